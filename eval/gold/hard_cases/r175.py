"""Hard-case gold items, hundred-and-seventy-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the China liaison of a Japanese trading company's subsidiary in Dalian. Writes polite,
slightly Japanese-influenced Chinese (〜的情况下, 想确认一下, 是否可以理解为…) and formal, careful
English. Habitually maps Japanese rules onto the Chinese ones (下請法 / the Subcontract Act and its
60-day payment rule, 国家公務員倫理規程 on gifts and meals, パブリックコメント) and asks whether the
Chinese rule "is the same as" the Japanese one. Careful, but now and then misremembers a figure, a
date or which body is in charge, and sometimes quotes a colleague's memo as if it were settled.
About half the questions in Chinese, half in English.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "我们是日资大型企业在大连设立的公司，经常从本地的中小企业采购零部件。日本下請法是收货后60日以内付款，"
    "想确认一下中国这边，大型企业从中小企业采购货物的情况下，付款期限是多少天？合同里可以约定“等客户付款后再付”吗？",
    "《保障中小企业款项支付条例》第九条第二款：大型企业应当自货物、工程、服务交付之日起60日内支付款项；"
    "合同另有约定的从其约定，但应合理约定并及时支付，且不得约定以收到第三方付款作为向中小企业支付款项的条件。",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("single",
    "在日本，国家公務員倫理規程禁止公务员从利害关系者那里收受礼品。想确认一下，中国的公职人员如果收了企业送的、"
    "可能影响公正行使公权力的礼品或礼金，会受到什么样的政务处分？",
    "《公职人员政务处分法》第三十四条第一款：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，"
    "予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "我们合作的一家央企客户说今年设了“首席合规官”。想确认一下，这个职位是另外新增的领导岗位吗？一般由谁来担任、对谁负责？",
    "《中央企业合规管理办法》第十二条：中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门开展工作。",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "日本制定政省令的时候，パブリックコメント原则上是30日。中国制定和企业经营活动密切相关的规章、行政规范性文件时，"
    "向社会公开征求意见的期限是否也有规定？是否可以理解为和日本一样是30日？",
    "《优化营商环境条例》第六十二条第二款：除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，"
    "公开征求意见的期限一般不少于30日。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "A Chinese colleague mentioned that when a city government is found to have a record of government dishonesty, "
    "the city itself can lose certain titles. Could you kindly explain what measures the NDRC takes against such cities?",
    "NDRC notice item III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will cancel "
    "their eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of city "
    "credit monitoring deductions, and cancel the title or eligibility for social credit system demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

add("single",
    "Will the names of local governments that repeatedly break their promises to companies be made public? "
    "I would like to know where such cases are published, so that our head office in Tokyo can monitor them.",
    "NDRC notice item IV.(9): a batch of typical cases of serious or repeated dishonesty with strong public complaints is selected, "
    "publicized on the \"Credit China\" website and exposed to society through news media.",
    ["publicize them on the \"Credit China\" website", "news media"],
    [E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")],
    lang="en")

add("single",
    "At a seminar it was said that the Guangzhou guidelines on government-business interactions cannot cover every situation. "
    "In a case that is not listed, what basic test did the drafting committee member suggest for judging whether an interaction with an official is acceptable?",
    "GZ report ¶10: Wang Yuqun said the core is to distinguish between \"acting for the public good\" and \"acting for personal gain\", "
    "and the key is whether the actions can be \"put on the table\".",
    ["“acting for the public good”", "“acting for personal gain”", "“put on the table”"],
    [E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”")],
    lang="en")

add("single",
    "If a government department breaches a contract signed with a private enterprise, through which channels may the complaint be submitted "
    "under the NDRC notice of 2023? I would be grateful if you could list them.",
    "NDRC notice item II.(1): provincial credit leading departments rely on their credit websites, the State Council's \"Internet + Supervision\" "
    "platform, MIIT's \"Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs\", local 12345 hotlines, business environment "
    "complaint platforms, petition departments and other channels to set up special complaint columns.",
    ["\"Internet + Supervision\" platform", "local 12345 government service hotlines", "petition departments"],
    [E(NDRC, "II.(1)", "the State Council's \"Internet + Supervision\" platform"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines")],
    lang="en")

# ---- multi

add("multi",
    "我们公司和大连当地一家小型零件厂签了合同，约定“验收合格后付款”，但是我们的质检部门一直没有安排验收。"
    "想确认一下，这种情况下付款期限是从什么时候开始计算的？我们作为大型企业，原则上要在多少天内付款？",
    "《保障中小企业款项支付条例》第十条：以验收合格为付款条件的，付款期限自验收合格之日起算；大型企业拖延验收的，"
    "付款期限自约定的检验或者验收期限届满之日起算。第九条：大型企业应当自交付之日起60日内支付（合同另有约定的从其约定，但须合理约定并及时支付）。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "60日内支付款项"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("multi",
    "Our Dalian subsidiary received an investment incentive commitment from a district government. After the district leadership changed, "
    "the new officials say the agreement will not be honoured. Is this permitted under Chinese law, and how would it be treated under the NDRC government integrity mechanism?",
    "Not permitted: Regulations on Optimizing the Business Environment art. 31 forbids local governments to breach or repudiate policy commitments or contracts "
    "with market entities on grounds such as government change or replacement of responsible persons (changes for public interest must follow legal procedure "
    "with compensation; the Private Economy Promotion Law art. 70 says the same for private firms). Under NDRC notice II.(2), "
    "failure to perform due to institutional adjustments or personnel changes is regarded as breach of contract and dishonesty.",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(NDRC, "II.(2)", "personnel changes, and other reasons shall all be regarded as breach of contract")],
    lang="en")

add("multi",
    "我们在当地打交道的一位公务员听说受了记过处分。想确认一下，记过的处分期是多长时间？期满以后是不是自动解除，之后升职还会受影响吗？",
    "《公职人员政务处分法》第八条：记过的处分期为十二个月。第二十六条第二款：受开除以外处分者在处分期内有悔改表现且未再违法的，"
    "期满后自动解除，晋升职务等不再受原政务处分影响（但解除降级、撤职的不恢复原职务等）。",
    ["记过，十二个月", "政务处分期满后自动解除", "不再受原政务处分影响"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第二十六条", "政务处分期满后自动解除，晋升职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇不再受原政务处分影响")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "Our Dalian subsidiary is the general contractor for a factory building project and works with small local subcontractors. "
    "May we require them to post the performance deposit in cash only, or are we obliged to accept a bank letter of guarantee instead?",
    "Regulations on Guaranteeing Payments to SMEs art. 13: large enterprises may not restrict deposits to cash; where the SME provides a guarantee "
    "such as a letter of guarantee issued by a financial institution, it must be accepted. Only bid, performance, quality and migrant-wage deposits may be collected in construction.",
    ["不得将保证金限定为现金", "金融机构出具的保函", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。")],
    lang="en")

add("cross_lingual",
    "Our company in Dalian is wholly owned by a Japanese parent. Would it be regarded as a \"private economic organization\" under the "
    "Private Economy Promotion Law, or is it treated differently because it is foreign-invested?",
    "Art. 77 defines private economic organizations as for-profit legal persons, unincorporated organizations and individual businesses "
    "established in China and controlled or actually controlled by Chinese citizens (and entities they control); where foreign investment is involved, "
    "the foreign investment laws and regulations also apply.",
    ["由中国公民控股或者实际控制", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

add("cross_lingual",
    "广州那份政商交往指引的第二批里，想确认一下：企业因为客观原因没能完成招商协议里的目标的情况下，会怎么处理？"
    "如果是因为政策变化导致协议履行不了，又会怎样？",
    "据广州讲堂报道（¶18）：第二批指引规定，企业因客观原因未完成目标的，可以协商调整并享受宽限期；"
    "因政策变化导致协议无法履行的，可以补正程序或者设置过渡期。",
    ["negotiate adjustments and enjoy a grace period", "a transition period can be set"],
    [E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "我们公司内部有人提议：那些小供应商要是一直打电话来催我们付钱，就先把他们从下一轮订单里踢掉，给点颜色看看。想确认一下，这样做在中国会不会有问题？",
    "有问题。《保障中小企业款项支付条例》第二十条：大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"
    "（违反的，依第三十五条对责任人员给予处分或者处罚）。",
    ["不得以任何形式", "提出付款请求或者投诉", "恐吓、打击报复"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "A state-owned partner in Guangzhou told us its managers hesitate to approve a joint venture with us: if the venture ends up in the red because demand collapses, "
    "the person who signed off might be blamed. Under the newer Guangzhou guidance, would that person still be punished if every proper step had been followed?",
    "GZ report ¶21: the second batch of the Guidelines states that if an investment made with due diligence and through compliant decision-making procedures incurs losses "
    "due to objective factors such as market risks, the relevant personnel may be exempted from liability.",
    ["due diligence", "compliant decision-making procedures", "may be exempted from liability"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

# ---- false_premise

unans("false_premise",
      "同事的备忘录里写着：“机关、事业单位向中小企业采购，须在交付后15日内付款”，比日本下請法的60日短很多。"
      "是否可以理解为即使合同另有约定，也不能超过15日？",
      ["15日内", "15日"],
      "《保障中小企业款项支付条例》第九条第一款规定的是交付之日起30日内支付，合同另有约定的从其约定，但最长不得超过60日；"
      "文件中没有15日的期限，问题前提错误。",
      lang="zh", present=["30日内支付款项", "最长不得超过60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "We understand that under the revised SME payment regulation, when the contract does not specify a rate, overdue interest is 0.03% per day (万分之三). "
      "Could you confirm from which date this 0.03% starts to accrue?",
      ["万分之三", "0.03%"],
      "Art. 17 of the SME payment regulation sets the default overdue interest at 万分之五 (0.05%) per day where no rate was agreed, "
      "and an agreed rate may not be lower than the 1-year LPR; there is no 0.03% rate, so the question's figure is wrong.",
      lang="en", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "政务处分法规定，一个人有多个违法行为、要给予多个相同处分的情况下，合并后的处分期最长不超过三十六个月。"
      "想确认一下，这个三十六个月是从第一个处分决定生效之日起算吗？",
      ["三十六个月"],
      "《公职人员政务处分法》第十五条规定应当给予撤职以下多个相同政务处分的，处分期最长不得超过四十八个月，不是三十六个月；"
      "法律也未规定问题所说的起算方式，前提错误。",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月")])

unans("false_premise",
      "Our legal team's memo says: \"Under the NDRC notice of August 2023, complaints about government breach of contract are verified and "
      "identified by the State Administration for Market Regulation (SAMR).\" How many days does SAMR have to complete the identification?",
      ["State Administration for Market Regulation", "SAMR"],
      "NDRC notice II.(2): provincial credit leading departments transfer complaint clues to the superior or competent departments of the complained "
      "entities, which verify and identify them; SAMR plays no role and no deadline in days is set, so the memo's premise is wrong.",
      lang="en", present=["superior or competent departments"],
      related=[E(NDRC, "II.(2)", "the superior or competent departments of the complained entities")])

unans("false_premise",
      "我们在大连的合资伙伴是市国资委监管的地方国企。既然《中央企业合规管理办法》直接适用于所有国有企业，"
      "那他们是不是也必须在规定期限内设立首席合规官？",
      ["所有国有企业", "地方国有企业"],
      "《中央企业合规管理办法》第二条规定只适用于国资委履行出资人职责的中央企业；第四十条规定地方国有资产监督管理机构参照本办法指导所出资企业，"
      "并非直接适用于所有国企，办法也没有规定设立首席合规官的期限。",
      lang="zh", present=["参照本办法", "中央企业"],
      related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业"),
               E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")])

unans("false_premise",
      "Since the Guangzhou guidelines on government-business interactions were issued by the Guangzhou Municipal Commerce Bureau in three batches, "
      "could you tell me what the third batch added compared with the first two?",
      ["Commerce Bureau", "three batches", "third batch"],
      "GZ report ¶7: the Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, in two batches over two "
      "consecutive years; there is no third batch and no Commerce Bureau involvement.",
      lang="en", present=["two batches", "Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "Inspection and Supervision has issued two batches of the Guidelines")])

unans("false_premise",
      "听说大型企业也必须每年3月31日前，在公司网站或者报纸上公开上一年度逾期未付中小企业款项的合同数量和金额。"
      "我们作为大型企业，想确认一下公司网站上要用什么格式公开？",
      ["大型企业应当于每年3月31日前", "公司网站"],
      "《保障中小企业款项支付条例》第十八条：每年3月31日前通过网站、报刊公开的是机关、事业单位；大型企业是将逾期未付信息纳入企业年度报告，"
      "通过国家企业信用信息公示系统向社会公示。问题把机关的义务套到大型企业上，前提错误，格式也无规定。",
      lang="zh", present=["3月31日前", "国家企业信用信息公示系统"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开"),
               E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示")])

# ---- not_covered

unans("not_covered",
      "如果要在拖欠中小企业款项的投诉平台上投诉，是否需要缴纳投诉费？另外需要提交哪些格式的证明材料，想确认一下。",
      ["投诉费", "证明材料"],
      "《保障中小企业款项支付条例》第二十四条、第二十五条只规定建立投诉平台、转交与处理时限、投诉人须与被投诉人有合同关系等，"
      "没有关于收费或材料格式的规定，其他文件也没有。",
      lang="zh", present=["投诉平台", "投诉材料"])

unans("not_covered",
      "How many complaints about arrears owed to SMEs did the national complaint platform receive last year, and what was the resolution rate?",
      ["number of complaints", "resolution rate"],
      "The SME payment regulation (art. 24) only establishes the national complaint platform; no document gives complaint statistics or resolution rates.",
      lang="en", present=["complaint"])

unans("not_covered",
      "日本的国家公務員倫理規程规定，和利害关系者吃饭如果超过1万日元要事先申报。中国这边公职人员接受企业宴请，有没有具体的金额标准，比如多少元以下是可以的？",
      ["元以下", "金额标准", "日元"],
      "《公职人员政务处分法》第三十四条只规定接受、提供可能影响公正行使公权力的宴请情节较重的给予处分，没有金额标准；其他文件也没有具体金额。",
      lang="zh", present=["宴请"])

unans("not_covered",
      "When a Guangzhou official visits our factory, may our company pay for the official's taxi or arrange a company car? "
      "Do the Guangzhou Guidelines set a monetary limit for such transport?",
      ["taxi", "monetary limit"],
      "The GZ report (¶9) only says the first batch of the Guidelines addresses issues such as \"what meals can be eaten and what vehicles can be taken\"; "
      "the report does not reproduce the actual rules or any limit, and no other document covers this.",
      lang="en", present=["what vehicles can be taken"])

unans("not_covered",
      "我们计划在大连新设一家外资贸易公司。想确认一下，从提交申请到拿到营业执照，一般需要几个工作日？",
      ["3个工作日", "5个工作日"],
      "《优化营商环境条例》第十九条只要求在国家规定的企业开办时限内，各地区确定并公开具体办理时间，没有给出具体天数，也没有大连的数据。",
      lang="zh", present=["企业开办时限"])

unans("not_covered",
      "Japan recently tightened its Subcontract Act. Do you expect the State Council to shorten the 60-day payment limit for large enterprises again in 2026?",
      ["2026"],
      "The SME payment regulation (2025 revision, art. 9) sets the 60-day limit; no document predicts or announces future amendments.",
      lang="en", present=["60日"])

# ---- out_of_domain

unans("out_of_domain",
      "想确认一下，我们公司的中国员工去东京总部出差，在大连办理短期商务签证需要准备哪些材料？",
      ["签证", "护照"],
      "Visa procedures for business trips to Japan are not covered by any of the seven policy documents.",
      lang="zh")

unans("out_of_domain",
      "Could you tell me which JPY/CNY exchange rate customs applies this month for customs valuation of imports at Dalian port?",
      ["exchange rate", "customs valuation", "Dalian"],
      "Customs valuation and exchange rates have nothing to do with the seven documents.",
      lang="en")

unans("out_of_domain",
      "How is the year-end bonus for our Chinese local staff taxed? Is it calculated separately from monthly salary for individual income tax?",
      ["year-end bonus", "individual income tax"],
      "Individual income tax on bonuses is outside the seven documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "2020年最初公布的《保障中小企业款项支付条例》（国务院令第728号）里，大型企业的付款期限和逾期利息原来是怎么规定的？想确认一下修订前后有什么不同。",
      ["2020年9月1日", "修订前"],
      "语料只有2025年国务院令第802号修订后的文本（2025年6月1日起施行）；2020年第728号原文未收录，无法比较修订前的规定。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "Before the 2022 Measures, SASAC had issued the 2018 Compliance Management Guidelines for Central SOEs on a trial basis. "
      "Did those 2018 guidelines already require a chief compliance officer, and what changed in 2022?",
      ["2018", "Compliance Management Guidelines"],
      "Only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42) are in the corpus; the 2018 trial guidelines are not, so no comparison can be made.",
      lang="en", present=["首席合规官"])

unans("superseded",
      "政务处分法施行以前适用的《行政机关公务员处分条例》（2007年）里，记过的处分期间是多少个月？和现在的规定一样吗？",
      ["行政机关公务员处分条例", "2007"],
      "语料只有2020年7月1日起施行的《公职人员政务处分法》（第八条：记过十二个月）；2007年的《行政机关公务员处分条例》未收录。",
      lang="zh", present=["十二个月"])

unans("superseded",
      "Before the Private Economy Promotion Law was adopted, a draft was released for public comment in October 2024. "
      "Did that draft already contain the article requiring large companies to pay small private firms on time?",
      ["draft", "October 2024"],
      "Only the law as adopted on 30 April 2025 (effective 20 May 2025) is in the corpus; the earlier draft for comment is not, so its contents cannot be checked.",
      lang="en", present=["2025年4月30日"])
