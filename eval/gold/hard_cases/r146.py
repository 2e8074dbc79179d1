"""Hard-case gold items, hundred-and-forty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a policy officer at a European chamber of commerce in China who is drafting a position
paper. Writes formal, long English sentences with subordinate clauses, keeps comparing the Chinese
texts with EU practice (the Late Payment Directive, better-regulation consultation periods, the
Foreign Subsidies Regulation), wants to know what the texts actually guarantee foreign-invested
and private firms, and now and then drops a Chinese term in characters. About a third of the
questions come from a Chinese colleague, who writes in formal written Chinese (书面语), sometimes
quoting a consultant's memo.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "For the section of our position paper that compares late-payment remedies, could you clarify what interest "
    "an SME may claim under the 2025 payment regulation when a large enterprise or a public body pays late and the "
    "contract is silent on the point, and whether the parties remain free to agree a lower rate, bearing in mind "
    "that the EU Late Payment Directive pegs statutory interest to the ECB reference rate plus eight percentage points?",
    "Under Article 17 the late payer must pay overdue interest. If the parties agreed a rate, it may not be lower "
    "than the one-year Loan Prime Rate at the time the contract was concluded; if nothing was agreed, interest runs "
    "at 0.05% per day (每日利率万分之五).",
    ["每日利率万分之五", "约定利率不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("single",
    "我会拟在立场文件中专门讨论外资企业的适用问题。请问《民营经济促进法》所称“民营经济组织”具体如何界定？"
    "若某一民营经济组织涉及外商投资，是否仍须同时适用外商投资方面的法律法规？",
    "第七十七条：民营经济组织是指在中国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，"
    "以及前述组织控股或者实际控制的营利法人、非法人组织；民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定。",
    ["由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="zh")

add("single",
    "In the EU a change of government does not release a public authority from contracts it has signed, and our "
    "members would like to know whether the NDRC's 2023 notice on government integrity takes the same line, that is, "
    "whether a local government's failure to perform an agreement because of institutional restructuring or a "
    "turnover of officials (colloquially 新官不理旧账) is excused or is instead counted as dishonesty.",
    "It is not excused. Item II.(2) of the notice says that failure to perform because of institutional adjustments, "
    "personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "欧盟委员会在“更好监管”框架下通常给予利益相关方不少于十二周的公开反馈期。相比之下，《优化营商环境条例》对于"
    "与市场主体生产经营活动密切相关的行政法规、规章及行政规范性文件，向社会公开征求意见的期限是如何规定的？",
    "第六十二条：除依法需要保密外，制定此类文件应当通过报纸、网络等向社会公开征求意见，期限一般不少于30日，"
    "并建立健全意见采纳情况反馈机制。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "When our members' compliance teams deal with central SOE partners they are often unsure who the 首席合规官 "
    "actually is: does the SASAC measure create a new and separate senior position, in the way a European group would "
    "normally appoint a Chief Compliance Officer, or is the role combined with another office, and to whom does that "
    "person answer?",
    "Article 12: central SOEs set up a chief compliance officer without adding a new leadership post or headcount; "
    "the role is held concurrently by the general counsel (总法律顾问), who answers to the enterprise's principal "
    "responsible person and leads the compliance department.",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="en")

add("single",
    "As we intend to cite Guangzhou's guidelines on government-business interactions as an example of scenario-based "
    "soft-law guidance, we should like to state accurately how many typical scenarios the two batches cover, and "
    "whether the drafters present that set as exhaustive or concede that it leaves situations unaddressed.",
    "The two batches cover 33 scenarios, and the drafting committee member says plainly that they cannot encompass "
    "all situations; for other cases the test is whether the conduct is for the public good or for personal gain "
    "and whether it can be 'put on the table' (¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "会员企业在合规培训中屡次询问：公职人员如收受可能影响公正行使公权力的礼品、礼金等财物，依照《公职人员政务处分法》"
    "将面临何种幅度的政务处分？",
    "第三十四条第一款：予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["予以警告、记过或者记大过", "情节较重的，予以降级或者撤职", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")],
    lang="zh")

add("single",
    "Equal treatment remains our members' most persistent concern, so quite apart from the foreign investment "
    "legislation itself, does the State Council's 2019 Regulation on Optimizing the Business Environment contain any "
    "express undertaking that foreign-invested enterprises will be treated on the same footing as domestic ones?",
    "Yes. Article 6, second paragraph: the state further expands opening-up, actively promotes foreign investment, "
    "and treats domestic enterprises, foreign-invested enterprises and all other market entities equally "
    "(平等对待内资企业、外商投资企业等各类市场主体).",
    ["积极促进外商投资", "平等对待内资企业、外商投资企业等各类市场主体"],
    [E(BE, "第六条", "国家进一步扩大对外开放，积极促进外商投资，平等对待内资企业、外商投资企业等各类市场主体")],
    lang="en")

# ---- multi

add("multi",
    "Pay-when-paid clauses are a familiar problem in European construction supply chains; in China, may a large "
    "enterprise make payment to a smaller supplier conditional on first being paid by its own client, and is the "
    "answer to be found only in the State Council's SME payment regulation or also in the Private Economy Promotion Law?",
    "It may not, and both texts say so. Article 9 of the SME payment regulation bars large enterprises from agreeing "
    "that receipt of payment from a third party is a condition of paying the SME, or from paying in proportion to "
    "the third party's payments; Article 68 of the Private Economy Promotion Law likewise bars large enterprises "
    "from making receipt of third-party payment a condition of paying small and medium private economic organisations.",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="en")

add("multi",
    "我会会员反映，个别地方政府在换届或主要负责人调整之后，即以此为由不再履行此前签订的投资协议。请问《民营经济促进法》"
    "与《优化营商环境条例》对此分别作何规定？如确因公共利益需要而变更约定，企业能否就所受损失获得补偿？",
    "两者均禁止。民营经济促进法第七十条：地方各级人民政府及其有关部门不得以行政区划调整、政府换届、机构或者职能调整以及"
    "相关人员更替等为由违约、毁约；因国家利益、社会公共利益需要改变的，应依法定权限和程序进行，并对民营经济组织因此受到的"
    "损失予以补偿。优化营商环境条例第三十一条作了相同规定（相关责任人更替等为由违约毁约），并要求依法对市场主体的损失予以补偿。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "对民营经济组织因此受到的损失予以补偿",
     "相关责任人更替等为由违约毁约",
     "依法对市场主体因此受到的损失予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "对民营经济组织因此受到的损失予以补偿"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(BE, "第三十一条", "依法对市场主体因此受到的损失予以补偿")],
    lang="zh")

add("multi",
    "Whereas the EU Late Payment Directive leaves enforcement essentially to the civil courts, the Chinese regulation "
    "appears to provide an administrative complaint route; could you set out where an unpaid SME may lodge such a "
    "complaint and the time limits within which the complaint must be passed on and a written outcome given, "
    "including any maximum extension?",
    "Article 24: the departments in charge of SME promotion at provincial level and above accept complaints, and the "
    "State Council department runs a national unified complaint platform for arrears owed to SMEs. Article 25: the "
    "accepting department transfers the complaint within 10 working days of formal acceptance; the handling department "
    "must reach a result within 30 days of receiving the materials and reply in writing, extendable in complex cases "
    "with approval but to no more than 90 days.",
    ["国家统一的拖欠中小企业款项投诉平台", "自正式受理之日起10个工作日内", "自收到投诉材料之日起30日内形成处理结果",
     "处理期限最长不得超过90日"],
    [E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "处理期限最长不得超过90日")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "国家发展改革委2023年关于完善政府诚信履约机制、优化民营经济发展环境的通知中，对于存在政府失信记录的地级及以上城市，"
    "规定了哪些具体惩戒措施？",
    "通知第（4）项：对有政府失信记录的地级及以上城市，发展改革委将取消其在发展改革系统内的评奖评优和试点示范资格，"
    "加大城市信用监测扣分权重，并取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations in the development and reform system",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")],
    lang="zh")

add("cross_lingual",
    "据报道，广州市纪委监委发布的第二批政商交往指引涉及招商引资环节。若招商项目最终未达预期，相关经办人员是否会因此被追责？"
    "企业若因客观原因未能完成约定目标，又有何缓冲安排？",
    "据报告（¶18），指引明确：只要招商引资过程尽职合规，即使项目未达预期，相关人员也不会被盲目问责；企业因客观原因未完成"
    "目标的，可以协商调整并享受宽限期；因政策变化无法履约的，可以完善程序或设置过渡期。",
    ["will not be held blindly accountable even if the project fails to meet expectations",
     "it can negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="zh")

add("cross_lingual",
    "One of the chamber's longstanding asks, very much in the spirit of the EU's better-regulation principles, is that "
    "companies be given time to adjust before new rules bite and that rules not be applied retroactively; does the "
    "Private Economy Promotion Law oblige state organs to leave an adjustment period before implementation, and what "
    "does it say about retroactive effect?",
    "Article 45: when state organs make laws, regulations, rules and normative documents closely related to business "
    "operations, they should hear the views of economic organisations and chambers and leave a necessary adaptation "
    "period before implementation; such texts and judicial interpretations do not apply retroactively, except for "
    "special provisions made to better protect the rights of citizens and organisations.",
    ["在实施前应当根据实际情况留出必要的适应调整期", "不溯及既往"],
    [E(PE, "第四十五条", "在实施前应当根据实际情况留出必要的适应调整期"),
     E(PE, "第四十五条", "属于审判、检察工作中具体应用法律的解释，不溯及既往")],
    lang="en")

# ---- paraphrase

add("paraphrase",
    "Some of our members who build things for state-owned clients tell us that the money they have to leave with the "
    "client as security must be handed over in hard cash, and that a written promise to pay from their own bank will "
    "simply not do; can the client really insist on that?",
    "No. Article 13 of the SME payment regulation: public bodies and large enterprises may not restrict deposits to "
    "cash, and where the SME provides security by a guarantee letter issued by a financial institution (保函) they "
    "must accept it.",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="en")

add("paraphrase",
    "近来有人在社交平台上编造不实说法，存心抹黑一家会员企业及其老板的名声，已导致部分客户流失。该企业能否请求法官先行"
    "叫停对方的做法？对方是否须为企业由此蒙受的生意损失负责？",
    "可以。民营经济促进法第五十九条：人格权益受到恶意侵害的民营经济组织及其经营者有权依法向人民法院申请采取责令行为人停止"
    "有关行为的措施；恶意侵害致使生产经营、投资融资等活动遭受实际损失的，侵权人依法承担赔偿责任。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "侵权人依法承担赔偿责任")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "Why did the State Council, when revising the payment regulation in 2025, settle on a default of 45 days from "
      "delivery for government agencies and public institutions to pay their SME suppliers, rather than adopting the "
      "30-day benchmark that the EU Late Payment Directive applies to public authorities?",
      ["45 days", "45日"],
      "Article 9 of the SME payment regulation gives agencies and public institutions 30 days from delivery (a "
      "contract may provide otherwise, but never more than 60 days); 60 days is the default for large enterprises. "
      "There is no 45-day term, so the question's premise is wrong and its 'why' cannot be answered.",
      lang="en", present=["30日", "60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "某咨询机构备忘录称：“依照《保障中小企业款项支付条例》，机关、事业单位须于每年6月30日前公开上一年度逾期未付中小企业款项的"
      "信息。”请问该项公开应通过何种渠道进行，公开内容是否包括合同数量和金额？",
      ["6月30日"],
      "条例第十八条规定的公开时限是每年3月31日前，而非6月30日；备忘录的日期有误。公开内容为逾期尚未支付的合同数量、金额等，"
      "通过网站、报刊等便于公众知晓的方式公开。",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
      "Given that the Private Economy Promotion Law has been in force since 1 January 2025 and so predates the revised "
      "SME payment regulation by some months, which of the two instruments should our paper treat as the later and "
      "more specific rule on arrears owed to private SMEs?",
      ["1 January 2025", "2025年1月1日"],
      "Article 78 of the Private Economy Promotion Law: it took effect on 20 May 2025 (adopted 30 April 2025), not 1 "
      "January 2025; the revised SME payment regulation took effect on 1 June 2025 (Article 37), only days later. The "
      "premise is wrong, and which rule prevails is a legal assessment the documents do not make.",
      lang="en", present=["2025年5月20日", "2025年6月1日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行")])

unans("false_premise",
      "In the 2023 notice on improving the government integrity performance mechanism which the Ministry of Commerce "
      "(MOFCOM) addressed to the provincial commerce departments, which complaint channels are foreign-invested "
      "enterprises expected to use?",
      ["Ministry of Commerce", "MOFCOM", "commerce departments", "商务部"],
      "The notice (Development and Reform Finance [2023] No. 1103) was issued by the National Development and Reform "
      "Commission to the provincial leading departments for social credit system construction, not by MOFCOM to "
      "commerce departments; its complaint channels (item II.(1)) concern breaches by government departments of "
      "contracts with private enterprises, and it says nothing specific about foreign-invested enterprises.",
      lang="en", present=["National Development and Reform Commission", "credit leading departments"],
      related=[E(NDRC, "-", "Notice of the National Development and Reform Commission on Improving")])

unans("false_premise",
      "Since demotion or removal from post under the 政务处分法 carries a sanction period of 36 months, would a "
      "counterpart official so sanctioned in mid-2024 still be barred from promotion throughout 2026?",
      ["36 months", "三十六个月"],
      "Article 8 of the Public Officials Sanctions Law sets the period for demotion and removal from post at 24 months "
      "(二十四个月), not 36; the longest combined period for multiple sanctions is 48 months (Article 15). The premise "
      "is wrong, and the outcome for a particular official cannot be read from the text.",
      lang="en", present=["二十四个月"],
      related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
      "既然《中央企业合规管理办法》规定首席合规官一律由董事长兼任，外方合作伙伴在开展合规对接时，是否应当直接与央企董事长"
      "沟通重大决策的合规审查意见？",
      ["董事长兼任", "董事长"],
      "办法第十二条规定首席合规官由总法律顾问兼任，对企业主要负责人负责，并不新增领导岗位和职数；办法中没有由董事长兼任的规定，"
      "问题前提错误。",
      lang="zh", present=["总法律顾问兼任"],
      related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
      "Now that Guangzhou has issued three batches of its Guidelines on government-business interactions, covering "
      "some 50 scenarios in total, why does the drafting committee still maintain that the guidance cannot encompass "
      "every situation, and what test does it propose for cases falling outside the listed scenarios?",
      ["three batches", "third batch", "50 scenarios"],
      "The GZ report speaks of two batches of the Guidelines covering 33 scenarios (¶7, ¶10), not three batches or 50 "
      "scenarios; the question's figures are wrong.",
      lang="en", present=["two batches", "33 scenarios"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

# ---- not_covered

unans("not_covered",
      "Is an SME charged any filing fee when it lodges a complaint on the national arrears complaint platform, and "
      "has any figure been published for the number of complaints handled there in the past year?",
      ["fee", "filing fee"],
      "Article 24 of the SME payment regulation establishes the national unified complaint platform and Article 25 "
      "sets the handling deadlines, but no document mentions fees for complaints or any statistics on complaints handled.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "请问现行《外商投资准入特别管理措施（负面清单）》共列有多少条特别管理措施？其与《民营经济促进法》第十条所指的全国统一"
      "市场准入负面清单是何关系？",
      ["特别管理措施", "外商投资准入"],
      "民营经济促进法第十条和优化营商环境条例第二十条只规定实行全国统一的市场准入负面清单制度；任何文件均未涉及外商投资准入"
      "负面清单的条目数量及两张清单的关系。",
      lang="zh", present=["市场准入负面清单"])

unans("not_covered",
      "In your assessment, is the State Council likely, in the next revision of the payment regulation, to shorten the "
      "60-day term for large enterprises so as to bring it closer to the EU's 30-day default for business-to-business "
      "transactions?",
      ["next revision"],
      "Article 9 sets the current 60-day term for large enterprises; the documents contain no indication of future "
      "revisions, and a prediction cannot be answered from them.",
      lang="en", present=["60日"])

unans("not_covered",
      "Is there a prescribed template or standard form that an SME must use when it asks a large customer to confirm a "
      "receivable for financing purposes (the so-called 确权请求), and must the request be made in writing or through "
      "a particular platform?",
      ["template", "standard form"],
      "Article 16 of the SME payment regulation only requires the debtor to confirm the claim within 30 days of the "
      "SME's request; no document prescribes a form, template or channel for the request.",
      lang="en", present=["确权请求"])

unans("not_covered",
      "为在立场文件中引用数据，请问2024年全国各级政府部门和大型企业累计清偿拖欠中小企业账款的金额为多少亿元？",
      ["亿元", "清偿"],
      "保障中小企业款项支付条例规定了清理拖欠、公开逾期信息等制度（第十八条、第二十一条），但任何文件均未提供全国清欠金额等统计数据。",
      lang="zh", present=["拖欠中小企业款项"])

unans("not_covered",
      "Under the Foreign Investment Law, which body handles complaints lodged through the complaint mechanism for "
      "foreign-invested enterprises, and within what time must it respond, a point we would like to contrast with the "
      "SME arrears complaint procedure?",
      ["Foreign Investment Law", "投诉工作机制"],
      "The corpus does not contain the Foreign Investment Law; the Private Economy Promotion Law (Article 77) only "
      "says foreign-investment laws also apply, and no document describes a complaint mechanism for foreign-invested "
      "enterprises.",
      lang="en", present=["外商投资法律法规"])

# ---- out_of_domain

unans("out_of_domain",
      "What is the current status of the EU-China Comprehensive Agreement on Investment, and has the European "
      "Parliament lifted the freeze on its ratification that it imposed in 2021?",
      ["Comprehensive Agreement on Investment", "European Parliament"],
      "EU-China investment treaty politics; none of the seven documents deals with it.",
      lang="en")

unans("out_of_domain",
      "For a briefing to member companies, what notification thresholds apply under the EU Foreign Subsidies "
      "Regulation to concentrations in which a Chinese state-owned acquirer takes part?",
      ["Foreign Subsidies Regulation"],
      "EU merger-control / foreign-subsidy rules; outside the corpus entirely.",
      lang="en")

unans("out_of_domain",
      "欧盟碳边境调节机制（CBAM）过渡期内，中国出口企业配合欧盟进口商履行季度报告义务时，具体需要提供哪些排放数据？",
      ["碳边境调节", "CBAM"],
      "欧盟碳关税制度，与七份文件无关。",
      lang="zh")

# ---- superseded

unans("superseded",
      "Before the 2025 revision, what did the original version of the SME payment regulation, State Council Decree "
      "No. 728 of 2020, provide on the payment term for large enterprises, so that the paper can show how the rule "
      "has evolved?",
      ["original version", "2020年版", "原条例"],
      "The corpus holds only the 2025 revised text (Decree No. 802, in force 1 June 2025); the 2020 Decree No. 728 "
      "version is only named in the heading, and its wording is not in the documents.",
      lang="en", present=["第728号", "第802号"])

unans("superseded",
      "国资委2018年印发的《中央企业合规管理指引（试行）》对合规委员会的设置和职责是如何规定的？与现行办法相比有哪些变化？",
      ["合规管理指引", "2018年", "试行"],
      "语料仅收录2022年《中央企业合规管理办法》（国资委令第42号，2022年10月1日施行），其第十一条规定设立合规委员会；"
      "2018年的试行指引不在文件中，无法比较。",
      lang="zh", present=["2022年10月1日"])

unans("superseded",
      "Before the Public Officials Sanctions Law came into force in July 2020, how long did a demerit (记过) last under "
      "the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, and was that longer or "
      "shorter than the period today?",
      ["2007", "Regulations on the Punishment of Civil Servants", "行政机关公务员处分条例"],
      "Only the 2020 Public Officials Sanctions Law is in the corpus (Article 8: 记过 twelve months; in force 1 July "
      "2020). The 2007 regulations are not, so the earlier period cannot be given.",
      lang="en", present=["2020年7月1日", "十二个月"])

unans("superseded",
      "In the draft of the Private Economy Promotion Law released for public comment in October 2024, was the article "
      "on late payment to private firms worded differently from the text eventually adopted, and in particular did it "
      "already contain the bar on pay-when-paid conditions?",
      ["draft", "October 2024", "征求意见稿"],
      "The corpus holds only the law as adopted on 30 April 2025 (Article 68 contains the bar on third-party-payment "
      "conditions); no draft version is included, so no comparison is possible.",
      lang="en", present=["2025年4月30日"])
