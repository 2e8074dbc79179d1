"""Hard-case gold items, hundred-and-seventy-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a university lecturer in public policy preparing English-language slides on China's
business-environment and integrity rules. Checks lines already written on slides ("On slide 7 I
wrote: ... Accurate?"), asks for one-line summaries with the article number, wants comparisons
across the texts and background (statistics, history, reasons, other countries) that the documents
partly do not give, and now and then pastes a Chinese term to check its translation. Writes mostly
in English, about a quarter of the time in Chinese; informal, slide-driven, sometimes carries a
colleague's or her own mistaken figure into the question.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "On slide 7 I wrote: 'NDRC (2023): if a local government doesn't honour a contract because of a "
    "reshuffle or staff turnover, that still counts as breach of contract and dishonesty.' Accurate?",
    "Yes. Item (2) of the NDRC notice says failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty (after verification, "
    "those who refuse to rectify are confirmed as such by the identifying department).",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("single",
    "Give me a one-line summary of the rule of thumb Wang Yuqun offered in the Guangzhou lecture for "
    "grey-area situations the Guidelines don't cover.",
    "The core is to distinguish 'acting for the public good' from 'acting for personal gain', and the key is "
    "whether the actions can be 'put on the table' (GZ report ¶10).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "One-line summary of the late-payment interest rule in the SME payment regulations, with the article "
    "please - it's for my 'payment discipline' slide.",
    "Art. 17: late payers must pay overdue interest; an agreed rate may not be below the 1-year LPR at the time "
    "the contract was signed, and without an agreement it is 0.05% (万分之五) per day.",
    ["应当支付逾期利息", "1年期贷款市场报价利率", "每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("single",
    "幻灯片上要给“民营经济组织”下个定义（我要翻成英文），法律原文是怎么界定的？第几条？",
    "《民营经济促进法》第七十七条：指在中国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和"
    "个体工商户，以及前述组织控股或者实际控制的营利法人、非法人组织；涉及外商投资的，同时适用外商投资法律法规。",
    ["由中国公民控股或者实际控制", "个体工商户"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="zh")

add("single",
    "Translation check: I'm rendering 首席合规官 as 'Chief Compliance Officer'. Under the SASAC measures is "
    "that a brand-new senior post, or does somebody double up?",
    "Art. 12 of the central SOE compliance measures: no new leadership post or quota is added; the role is held "
    "concurrently by the general counsel (总法律顾问), answers to the principal leader and leads the compliance "
    "department.",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")],
    lang="en")

add("single",
    "For a slide on consultation: do the 2019 business environment regulations set a minimum public comment "
    "period for new rules that affect companies? I need the number.",
    "Yes: Art. 62 says rules closely related to business activity must be published for comment (newspapers, "
    "internet), and the comment period is generally not less than 30 days.",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="en")

add("single",
    "quick check for slide 12 - if an official gets a suspended sentence for an intentional crime, is "
    "expulsion (开除) automatic under the sanctions law or is there some discretion?",
    "Automatic: Art. 14(1) of the Public Officials Sanctions Law says an official sentenced for an intentional "
    "crime to public surveillance, criminal detention or fixed-term imprisonment or above, including a suspended "
    "sentence, shall be expelled. The discretion (撤职 instead, with approval of the next-higher organ) exists "
    "only for negligent crimes with up to three years.",
    ["因故意犯罪被判处管制、拘役或者有期徒刑以上刑罚（含宣告缓刑）", "予以开除"],
    [E(PS, "第十四条", "因故意犯罪被判处管制、拘役或者有期徒刑以上刑罚（含宣告缓刑）的")],
    lang="en")

add("single",
    "Which complaint channels does the NDRC notice tell the provinces to use for complaints about governments "
    "breaking contracts? I'm listing them on a slide.",
    "Item (1): provincial credit websites, the State Council's 'Internet + Supervision' platform, MIIT's "
    "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs, local 12345 government "
    "service hotlines, business environment complaint platforms, petition departments and other channels.",
    ["Internet + Supervision", "12345 government service hotlines", "petition departments"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment")],
    lang="en")

# ---- multi

add("multi",
    "Comparison slide: how long do (a) government bodies and (b) big companies have to pay a small supplier, "
    "and can a big contractor say 'we'll pay you once our own client pays us'? Cite the SME regs and the "
    "private economy law please.",
    "SME payment regulations Art. 9: organs and public institutions pay within 30 days of delivery (a contract "
    "may agree otherwise but at most 60 days); large enterprises within 60 days (or a reasonable agreed term), "
    "and may not make payment conditional on receiving third-party payment. Private Economy Promotion Law "
    "Art. 68 likewise forbids large enterprises to make receipt of third-party payment a condition of paying "
    "small and medium private firms.",
    ["30日内支付款项", "60日内支付款项", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "应当自货物、工程、服务交付之日起60日内支付款项"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="en")

add("multi",
    "I want one slide on the 'new official ignores the old promise' problem (新官不理旧账). Where do the 2019 "
    "business environment regs, the 2025 private economy law and the NDRC notice each say a government can't "
    "walk away from a contract because the leadership changed?",
    "BE regulations Art. 31: local governments must honour lawful policy commitments and contracts and may not "
    "breach them on grounds of administrative-division changes, change of government, institutional or "
    "functional adjustment or replacement of responsible persons. PE Law Art. 70 repeats this (相关人员更替) and "
    "requires compensation if a change is needed in the public interest. The NDRC notice targets 'new officials "
    "ignoring previous commitments' (I.) and item (2) treats non-performance due to institutional adjustments "
    "or personnel changes as breach of contract and dishonesty.",
    ["相关责任人更替", "相关人员更替", "personnel changes"],
    [E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "I.", "new officials ignoring previous commitments"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("multi",
    "“双随机、一公开”在2019年的营商环境条例和2025年的民营经济促进法里都有吗？两处写法有什么不一样？做对比表用。",
    "都有。《优化营商环境条例》第五十四条：国家推行“双随机、一公开”监管，除特殊行业、重点领域外，市场监管领域行政检查"
    "通过随机抽取检查对象、随机选派执法检查人员、抽查事项及查处结果及时向社会公开的方式进行，多个检查事项尽可能合并或"
    "纳入跨部门联合抽查。《民营经济促进法》第五十二条内容基本相同（措辞为“联合检查”，没有用“双随机、一公开”这个名称），"
    "另外要求根据民营经济组织的信用状况实施分级分类监管、推动监管信息共享互认。",
    ["国家推行“双随机、一公开”监管", "随机选派执法检查人员", "根据民营经济组织的信用状况实施分级分类监管"],
    [E(BE, "第五十四条", "国家推行“双随机、一公开”监管"),
     E(PE, "第五十二条", "随机抽取检查对象、随机选派执法检查人员的方式进行"),
     E(PE, "第五十二条", "根据民营经济组织的信用状况实施分级分类监管")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "发改委2023年那份政务诚信履约的通知（英文版），对有失信记录的主体，发改委自己会采取哪些限制措施？想核对一下英文原文。",
    "通知第（4）项：对有失信记录的相关主体，发改委依规限制中央预算内资金支持、限制申报地方政府专项债券、限制各类融资项目"
    "推荐；对有政务失信记录的地级及以上城市，取消发改系统评优评先和试点示范资格，提高城市信用监测扣分权重，取消社会信用体系"
    "建设示范区称号或资格。",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="zh")

add("cross_lingual",
    "广州那篇讲座报道里的“大湾区廉洁合规协会”是哪年成立的？由哪几家单位推动成立？背景页上要写一句。",
    "报道¶32：协会成立于2021年（里程碑中为2021年4月16日），是由广州市纪委监委、市国资委和市工商联共同推动成立的"
    "非营利社会组织。",
    ["established in 2021", "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision"],
    [E(GZ, "¶32", "It is a non-profit social organization jointly promoted by")],
    lang="zh")

add("cross_lingual",
    "If an official appeals a 政务处分 (asks for a review, then a re-review), is the sanction put on hold "
    "while the appeal runs? And can appealing backfire with a heavier penalty?",
    "No and no: Art. 56 of the Public Officials Sanctions Law says the original decision continues to be "
    "enforced during review/re-review, and an official shall not receive a heavier sanction for applying.",
    ["不停止原政务处分决定的执行", "不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行")],
    lang="en")

# ---- paraphrase

add("paraphrase",
    "Say a small supplier keeps chasing a big customer for money it's owed, and the customer's people start "
    "leaning on them - veiled threats, freezing them out of future work. Is there anything in the rules about that?",
    "Yes: Art. 20 of the SME payment regulations forbids organs, public institutions and large enterprises and "
    "their staff to intimidate or retaliate in any form against SMEs (or their staff) that request payment or "
    "complain; Art. 35 attaches sanctions or criminal liability.",
    ["提出付款请求或者投诉", "恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="en")

add("paraphrase",
    "Do the big state-owned groups have to give their people somewhere to tip off bad behaviour, and is there "
    "anything in it for the ones who speak up?",
    "Yes: Art. 24 of the central SOE compliance measures requires a violation-reporting platform (phone, email "
    "or mailbox published), confidentiality for the reporter, no retaliation, and reporters whose reports prove "
    "true may be given an appropriate reward.",
    ["设立违规举报平台", "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")],
    lang="en")

# ---- false_premise

unans("false_premise",
      "Why did the State Council set the default late-payment interest on money owed to SMEs at 0.1% a day? "
      "Seems steep - I'd like the rationale for slide 9.",
      ["0.1%", "千分之一", "万分之十"],
      "SME payment regulations Art. 17: without an agreed rate the default overdue interest is 万分之五 per day "
      "(0.05%), and an agreed rate may not be below the 1-year LPR. The 0.1% figure is wrong, and no document "
      "gives the State Council's rationale.",
      lang="en", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "Since a major demerit (记大过) runs 24 months under the sanctions law, same as demotion, what's the "
      "practical difference between the two for my slide?",
      ["记大过，二十四个月", "24 months"],
      "Public Officials Sanctions Law Art. 8: a major demerit lasts eighteen months (十八个月); twenty-four months "
      "is the period for demotion and removal from post. The premise that they share a 24-month period is wrong.",
      lang="en", present=["十八个月"],
      related=[E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
      "国资委的合规办法规定首席合规官由纪委书记兼任，这样安排是出于什么考虑？课上学生肯定会问。",
      ["纪委书记兼任", "纪委书记"],
      "《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；并非由纪委书记"
      "兼任，问题前提错误，办法也未说明所问安排的考虑。",
      lang="zh", present=["总法律顾问"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "Memo from a colleague: 'The Ministry of Finance's December 2023 notice on government integrity performance "
      "tells provinces to set up breach-of-contract complaint columns.' I want to quote it on slide 5 - what "
      "else did the MoF require in that notice?",
      ["Ministry of Finance", "December 2023"],
      "The notice in the corpus (Development and Reform Finance [2023] No. 1103) was issued by the National "
      "Development and Reform Commission and dated August 5, 2023, not by the Ministry of Finance in December 2023; "
      "no document holds a Ministry of Finance notice.",
      lang="en", present=["National Development and Reform Commission", "August 5, 2023"],
      related=[E(NDRC, "-", "Development and Reform Finance [2023] No. 1103"),
               E(NDRC, "IV.(9)", "August 5, 2023")])

unans("false_premise",
      "So then, given the Guangzhou Federation of Industry and Commerce put out the Guidelines in three batches, "
      "which batch was the one on investment promotion?",
      ["three batches", "third batch"],
      "GZ report ¶7: the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued two "
      "batches of the Guidelines in two consecutive years (the second batch covers investment promotion to "
      "project landing, ¶9). Neither the issuer nor the number of batches in the question is right.",
      lang="en", present=["two batches"],
      related=[E(GZ, "¶7", "has issued two batches of the Guidelines")])

unans("false_premise",
      "On slide 6 I say the 2019 business environment regs let each province draw up its own negative list for "
      "market access on top of the national one. Why was that flexibility allowed?",
      ["可以另行制定", "地方负面清单"],
      "Optimizing Business Environment Regulations Art. 20: the state applies a nationally unified market-access "
      "negative list, and regions and departments may not formulate separate negative lists of a market-access "
      "nature. The premise is the opposite of the text.",
      lang="en", present=["不得另行制定市场准入性质的负面清单"],
      related=[E(BE, "第二十条", "各地区、各部门不得另行制定市场准入性质的负面清单")])

unans("false_premise",
      "我幻灯片上写的是《民营经济促进法》自2025年1月1日起施行，那之前半年签的政府采购合同适用这部法吗？",
      ["2025年1月1日"],
      "《民营经济促进法》第七十八条：本法自2025年5月20日起施行，不是2025年1月1日；问题以错误的施行日期为前提，"
      "文件也未就施行前所签合同的适用作出规定。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

# ---- not_covered

unans("not_covered",
      "What share of China's GDP and urban jobs does the private economy account for? Everyone quotes "
      "'56789' - does the private economy law give the actual figures?",
      ["GDP", "56789"],
      "The Private Economy Promotion Law only says the state establishes a private-economy statistics system and "
      "publishes information regularly (Art. 9); no document gives shares of GDP or employment.",
      lang="en", present=["民营经济统计制度"])

unans("not_covered",
      "Is there a fee for a private firm to apply for credit restoration (信用修复), and how long does the "
      "process usually take?",
      ["修复费", "restoration fee"],
      "PE Law Art. 54 lets firms apply for credit restoration and the NDRC notice item (6) asks for prompt "
      "restoration once correction is confirmed, but no document mentions any fee or a processing time.",
      lang="en", present=["信用修复", "credit restoration"])

unans("not_covered",
      "How does China's regime on paying SMEs on time compare with the EU Late Payment Directive? Would be nice "
      "to have them side by side on slide 11.",
      ["Late Payment Directive", "欧盟"],
      "The SME payment regulations set Chinese deadlines and interest (Arts. 9, 17), but no document covers EU "
      "law or any foreign regime, so the comparison cannot be drawn from the corpus.",
      lang="en", present=["万分之五"])

unans("not_covered",
      "民营经济组织定义里的“控股”有没有具体比例？比如中国公民持股超过50%才算？",
      ["50%", "百分之五十"],
      "《民营经济促进法》第七十七条只说“由中国公民控股或者实际控制”，没有给出任何持股比例门槛；其他文件也没有。",
      lang="zh", present=["中国公民控股"])

unans("not_covered",
      "Any sign that the NDRC plans to turn the 2023 notice into a proper government integrity law in the next "
      "few years? I want to end the lecture with an outlook.",
      ["政务诚信法", "Government Integrity Law"],
      "The NDRC notice sets out work requirements (complaint channels, credit records, punishment, evaluation) but "
      "says nothing about future legislation; no document predicts a government integrity law.",
      lang="en", present=["government integrity"])

unans("not_covered",
      "How big is the fine for a large company that hides its overdue payments to SMEs in its annual report? "
      "Need a figure for slide 10.",
      ["万元以下罚款", "万元"],
      "SME payment regulations Art. 34 only says the market regulation department handles it according to law; "
      "no document states a fine amount.",
      lang="en", present=["由市场监督管理部门依法处理"])

# ---- out_of_domain

unans("out_of_domain",
      "Totally unrelated - any tips for making a 40-slide policy lecture less dense? Font size, how many bullet "
      "points per slide, that kind of thing?",
      ["bullet points", "font size"],
      "Presentation design; nothing in the seven policy documents.",
      lang="en")

unans("out_of_domain",
      "How do I cite a Chinese government document in APA 7th edition when I've translated the title myself?",
      ["APA"],
      "Citation style guidance; none of the documents deals with it.",
      lang="en")

unans("out_of_domain",
      "能推荐几本讲中国改革开放经济史的英文教材吗？给学生课前读的。",
      ["教材", "textbook"],
      "Reading recommendations on economic history; outside the seven documents.",
      lang="zh")

# ---- superseded

unans("superseded",
      "What did the original 2020 version of the SME payment regulations (Decree 728) set as the default overdue "
      "interest? I want to show how it changed in the 2025 revision.",
      ["修订前", "原条例"],
      "The corpus holds only the 2025 revised text (Decree 802), whose Art. 17 sets 万分之五 per day; the header "
      "mentions the 2020 Decree 728 promulgation, but the 2020 text itself is not in the corpus, so what it said "
      "and what changed cannot be answered.",
      lang="en", present=["国务院令第728号", "万分之五"])

unans("superseded",
      "For the history slide: under the 2007 Regulations on the Punishment of Civil Servants of Administrative "
      "Organs, how long did a demerit (记过) last? I want it next to the 2020 law.",
      ["Punishment of Civil Servants", "行政机关公务员处分条例", "2007"],
      "Only the 2020 Public Officials Sanctions Law is in the corpus (Art. 8: 记过 twelve months); the 2007 "
      "regulations are not, so their periods cannot be given.",
      lang="en", present=["记过，十二个月"])

unans("superseded",
      "国资委2018年发的《中央企业合规管理指引（试行）》对合规委员会是怎么规定的？跟2022年的办法比有什么变化？",
      ["合规管理指引", "试行", "2018"],
      "语料只有2022年《中央企业合规管理办法》（第十一条规定设立合规委员会）；2018年的指引（试行）不在语料中，无法说明其规定"
      "或两者的变化。",
      lang="zh", present=["合规委员会"])

unans("superseded",
      "Before the 2023 NDRC notice, what did the 2016 State Council opinions on strengthening government "
      "integrity require? Need it for the timeline slide.",
      ["2016", "Opinions on Strengthening Government Integrity"],
      "The corpus holds only the 2023 NDRC notice (No. 1103), which cites the Opinions on Promoting the "
      "Development and Growth of the Private Economy, not the 2016 opinions; their content is not in any document.",
      lang="en", present=["government integrity"])
