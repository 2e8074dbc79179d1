"""Hard-case gold items, sixty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a Hong Kong lawyer advising mainland private companies on disputes with local governments; writes
mostly in English, sometimes in formal (traditional-style, converted to simplified) Chinese; precise, compares
documents, asks about remedies, deadlines, credit records and whether a document applies to a given party.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "Our client's investment agreement with a district government in Jiangxi was shelved after the district's "
    "leadership reshuffle, and the new officials say the commitments were made by people no longer in post. Under "
    "the NDRC's 2023 government integrity notice, does that excuse work, or is it treated as dishonesty?",
    "It does not excuse them: item II.(2) of the NDRC notice says failure to perform due to institutional "
    "adjustments, personnel changes and other reasons is all regarded as breach of contract and dishonesty.",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Does a local government's dishonesty record under the NDRC notice actually feed into how those government "
    "departments are assessed, or is it just a public list?",
    "It feeds in: under III.(3) credit leading departments at all levels should promote including dishonesty "
    "records in the performance evaluation indicators of the relevant government departments, and the NDRC will "
    "include government dishonesty records in business environment evaluations and comprehensive performance "
    "evaluations of high-quality development.",
    ["performance evaluation indicators of relevant government departments", "business environment evaluations"],
    [E(NDRC, "III.(3)", "promote the inclusion of dishonesty records into"),
     E(NDRC, "III.(3)", "performance evaluation indicators of relevant government departments"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")],
    lang="en")

add("single",
    "We act for a private manufacturer that signed an investment promotion agreement with a county-level "
    "development zone: land, tax incentives, the usual package. If the zone reneges, is that within the complaint "
    "scope of the NDRC notice, or is the notice limited to procurement contracts?",
    "It is within scope. Item II.(1) defines the scope of breach of contract and dishonesty as breach and "
    "repudiation of agreements and contracts signed by government departments with private enterprises in "
    "government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
    "support, government investment and other fields.",
    ["investment promotion", "breach and repudiation behaviors"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes"),
     E(NDRC, "II.(1)", "breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "bidding, investment promotion, government-social capital cooperation")],
    lang="en")

add("single",
    "Under Guangzhou's guidelines on government-business interactions, if a company brought in through investment "
    "promotion misses its agreed targets for reasons outside its control, is it simply in default?",
    "Not simply: according to the report on the second batch of the Guidelines, if an enterprise fails to complete "
    "its targets due to objective reasons it can negotiate adjustments and enjoy a grace period (¶18).",
    ["negotiate adjustments", "grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

add("single",
    "请问：某区政府部门逾期支付敝所客户（一家小型企业）货款，而双方合同对逾期利息之利率并无约定，应当如何计付逾期利息？",
    "依《保障中小企业款项支付条例》第十七条，机关、事业单位迟延支付中小企业款项的应当支付逾期利息；双方未约定利率的，"
    "按照每日利率万分之五支付。",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "就某市政府部门拖欠款项一事，敝所客户已向省级受理投诉部门作出投诉。烦请告知：处理投诉部门最迟须于多长期限内给出书面处理结果？",
    "依条例第二十五条，处理投诉部门应自收到投诉材料之日起30日内形成处理结果并以书面形式反馈投诉人；情况复杂或有其他特殊原因的，"
    "经部门负责人批准可适当延长，但处理期限最长不得超过90日。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "敝所客户系由内地中国公民实际控制、另有境外投资者参股之有限公司。该公司是否属于《民营经济促进法》所称民营经济组织？"
    "除该法之外，是否尚须适用其他规定？",
    "属于。第七十七条规定，民营经济组织指在境内依法设立、由中国公民控股或者实际控制的营利法人等；民营经济组织涉及外商投资的，"
    "同时适用外商投资法律法规的相关规定。",
    ["由中国公民控股或者实际控制", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="zh")

add("single",
    "客户签约时属小型企业，合同履行期间因并购而规模扩大，现已达大型企业标准。请问追讨该合同项下欠款时，客户是否仍可援引"
    "《保障中小企业款项支付条例》？",
    "可以。条例第三条规定，中小企业、大型企业依合同订立时的企业规模类型确定，签约时为小型企业即按中小企业对待。",
    ["依合同订立时的企业规模类型确定"],
    [E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "Walk me through the NDRC notice end to end: once the province verifies our complaint against a county bureau "
    "as true and the bureau still won't put things right, what status does the bureau get, and what does it take "
    "for that record to be cleared?",
    "Under II.(2), once a complaint is verified as true the identifying department must immediately promote "
    "rectification, and a department that refuses to rectify is confirmed as breach of contract and dishonesty. "
    "Under III.(6), once the identifying department confirms the dishonest behaviour has been corrected and "
    "performance completed, the dishonesty records are promptly restored and the punishment measures terminated.",
    ["Those who refuse to rectify shall be confirmed as breach of contract",
     "corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("multi",
    "A municipal bureau bought lab equipment from our SME client. The contract makes payment conditional on "
    "acceptance testing but says nothing about the payment term, and the bureau has sat on the acceptance for "
    "months past the agreed acceptance window. When did its payment clock start, and how long does it have?",
    "Under Art. 9 of the SME Payment Regulations a state organ must pay within 30 days (a contract may agree "
    "otherwise, up to 60 days; here it is silent). Under Art. 10, where payment depends on acceptance the term runs "
    "from passing acceptance, but if the buyer delays acceptance it runs from the expiry of the agreed acceptance "
    "period.",
    ["30日内支付款项", "付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="en")

add("multi",
    "关于“以审计结果作为结算依据”，《民营经济促进法》与《保障中小企业款项支付条例》之禁止性规定，所约束的付款方范围是否一致？"
    "倘欠款方为一家国有中型企业，两者是否均可援引？",
    "并不一致。民营经济促进法第六十七条约束国家机关、事业单位、国有企业：除法律、行政法规另有规定外，不得强制要求以审计结果作为"
    "结算依据；条例第十二条仅约束机关、事业单位和国有大型企业。故欠款方为国有中型企业时，可援引前者，条例第十二条则不适用。",
    ["国家机关、事业单位、国有企业", "不得强制要求以审计结果作为结算依据", "机关、事业单位和国有大型企业"],
    [E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "My SME client wants to raise bank financing against a receivable owed by a municipal housing bureau, but the "
    "bank needs the bureau to confirm the debt first. Is the bureau under any time limit to do that?",
    "Yes. Under Art. 16 of the SME Payment Regulations, where an SME finances with accounts receivable, state "
    "organs, public institutions and large enterprises must confirm the creditor-debtor relationship within 30 "
    "days of the SME's request for confirmation.",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="en")

add("cross_lingual",
    "A local bureau put one of our clients on a dishonesty list; the client has since fixed the underlying problem. "
    "Under the Private Economy Promotion Law, can it ask to have its credit record cleaned up, and what are the "
    "authorities then obliged to do?",
    "Yes. Under Art. 54, a private economic organisation that corrects the dishonest conduct, eliminates the adverse "
    "effects and meets the conditions may apply for credit restoration; the state organs concerned must promptly "
    "lift the punishment measures, remove or stop publishing the dishonesty information, and restore it "
    "collaboratively on the public credit information platforms.",
    ["可以提出信用修复申请", "依法及时解除惩戒措施", "移除或者终止失信信息公示"],
    [E(PE, "第五十四条", "民营经济组织及其经营者纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请"),
     E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示")],
    lang="en")

add("cross_lingual",
    "发改委2023年关于完善政务诚信履约机制之通知中，对存在失信记录的相关主体，发改委系统会采取哪些限制措施？",
    "依通知第三部分第（4）项，对有失信记录的相关主体，发改委将依规限制中央预算内资金支持、限制申报地方政府专项债券、"
    "限制推荐各类融资项目。",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "restrict recommendations for various financing projects"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects according to regulations")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "Will the local authorities that keep going back on their word over and over be openly named and shamed, or "
    "does it all stay behind closed doors?",
    "They will be exposed: under IV.(9) of the NDRC notice, cases of serious dishonesty, repeated dishonesty and "
    "strong public complaints are selected, publicised on the Credit China website and exposed to society through "
    "news media as a public-opinion deterrent.",
    ["repeated dishonesty", "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "Does Beijing actually go out looking for local authorities that string firms along, or does it just sit back "
    "until someone lodges a grievance?",
    "It looks actively: under IV.(8) of the NDRC notice, the NDRC monitors and discovers government dishonesty clues "
    "through communication mechanisms with private enterprises, big data monitoring and representative private "
    "enterprises set up as monitoring points, and transfers clues immediately to the locality for supervision.",
    ["big data monitoring", "monitoring points", "transferring clues immediately to the place of jurisdiction"],
    [E(NDRC, "IV.(8)", "increase efforts to monitor and discover government dishonesty clues"),
     E(NDRC, "IV.(8)", "through communication mechanisms with private enterprises, big data monitoring"),
     E(NDRC, "IV.(8)", "selecting representative private enterprises to establish monitoring points"),
     E(NDRC, "IV.(8)", "transferring clues immediately to the place of jurisdiction for supervision")],
    lang="en")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
      "Why do the SME Payment Regulations give government departments and public institutions a full 90 days from "
      "delivery to pay an SME supplier, when large enterprises only get 60?",
      ["交付之日起90日", "90 days"],
      "False figure: Art. 9 gives state organs and public institutions 30 days from delivery (a contract may agree "
      "otherwise, but no more than 60), and large enterprises 60 days; the only 90-day figure is the maximum "
      "extended complaint-handling period in Art. 25.",
      lang="en", present=["30日内支付款项", "60日内支付款项"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
               E(SME, "第九条", "但付款期限最长不得超过60日")])

unans("false_premise",
      "公职人员政务处分法规定“警告”处分期为三个月、“记过”为六个月。请问被记过之公务员在此六个月内可否晋升工资档次？",
      ["三个月"],
      "错误数字：政务处分法第八条规定警告的期间为六个月、记过为十二个月，并无三个月的处分期；问题所据之期间有误。",
      lang="zh", present=["警告，六个月", "记过，十二个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；"), E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
      "Given that the SASAC Compliance Measures apply to all state-owned enterprises, city- and district-level ones "
      "included, is a Guangzhou municipal SOE required under Article 12 to appoint a chief compliance officer?",
      ["所有国有企业", "地方国有企业"],
      "Wrong party: Art. 2 limits the Measures to central enterprises for which SASAC performs investor duties under "
      "State Council authorisation; under Art. 40 local SASACs only refer to the Measures in guiding their own "
      "enterprises. The Measures do not impose Art. 12 directly on municipal SOEs.",
      lang="en", present=["中央企业", "参照本办法"],
      related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业"),
               E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")])

unans("false_premise",
      "The NDRC notice requires provincial credit departments to pass a complaint on to the complained entity's "
      "superior department within 10 working days. If they sit on it longer than that, can we escalate directly to "
      "the NDRC?",
      ["10 working days", "working days"],
      "Wrong deadline: II.(2) says provincial credit leading departments should immediately transfer complaint clues "
      "for verification; no 10-working-day period is set (the 10 working days in the corpus belong to the SME "
      "Payment Regulations, Art. 25). II.(1) says the NDRC coordinates handling of complaints received by regions, "
      "but sets no escalation route tied to a deadline.",
      lang="en", present=["immediately transfer"],
      related=[E(NDRC, "II.(2)", "Provincial-level credit leading departments should immediately transfer")])

unans("false_premise",
      "Article 70 of the Private Economy Promotion Law says that when a local government changes a policy commitment "
      "in the public interest, it must compensate the private company within six months. From when does that "
      "six-month period run?",
      ["six months", "六个月内"],
      "False deadline: Art. 70 requires changes to follow statutory authority and procedure and the losses to be "
      "compensated, but sets no time limit for compensation.",
      lang="en", present=["予以补偿"],
      related=[E(PE, "第七十条", "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行"),
               E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")])

unans("false_premise",
      "据悉，机关、事业单位须每季度公开一次逾期未付中小企业款项之合同数量及金额，对吧？若某区住建局漏报一个季度，须承担何种后果？",
      ["每季度", "季度"],
      "错误频率：条例第十八条规定机关、事业单位于每年3月31日前公开上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，"
      "为每年一次，并无按季度公开的要求。",
      lang="zh", present=["每年3月31日前"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
      "Since the Guangzhou Guidelines on government-business interactions were issued by the Guangzhou Municipal "
      "Commerce Bureau, would a district official's breach of them be handled as a commercial matter rather than a "
      "disciplinary one?",
      ["Commerce Bureau"],
      "Wrong issuing body: the report says the Guidelines and Q&A were issued by the Guangzhou Municipal Commission "
      "for Discipline Inspection and Supervision, in two batches; nothing about a commerce bureau.",
      lang="en", present=["Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
               E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
      "How many private enterprises has the NDRC designated as monitoring points under the 2023 integrity notice so "
      "far, and which provinces are they in?",
      ["designated as monitoring points", "监测点"],
      "IV.(8) says the NDRC will select representative private enterprises to establish monitoring points, but gives "
      "no number or locations; no document reports implementation figures.",
      lang="en", present=["monitoring points"])

unans("not_covered",
      "国家统一的拖欠中小企业款项投诉平台设立以来，共受理了多少宗投诉？办结率如何？",
      ["办结率", "受理数量"],
      "条例第二十四条只规定国务院负责中小企业促进工作综合管理的部门建立国家统一的投诉平台，并无受理数量或办结情况的统计。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "A county government tore up our client's PPP agreement after a district merger. If we sue for compensation "
      "relying on Article 70 of the Private Economy Promotion Law, what are our realistic chances of winning?",
      ["likelihood", "胜诉", "win"],
      "PE Art. 70 (and BE Art. 31) forbid breach on grounds of administrative-division adjustment and require "
      "compensation when commitments change for public interest, but no document predicts litigation outcomes or "
      "success rates.",
      lang="en", present=["行政区划调整", "予以补偿"])

unans("not_covered",
      "Under Article 65 of the Private Economy Promotion Law, within how many days must our client apply for "
      "administrative reconsideration against a compulsory measure taken by a county bureau?",
      ["六十日", "60 days", "复议期限", "申请期限"],
      "PE Art. 65 only says private economic organisations may complain, appeal, apply for administrative "
      "reconsideration or sue according to law; no document sets the time limit for applying for reconsideration.",
      lang="en", present=["行政复议"])

unans("not_covered",
      "依民营经济促进法第五十四条申请信用修复，须向哪一机关提交哪些材料？有关机关应在多少个工作日内作出修复决定？",
      ["信用修复申请材料", "修复决定"],
      "第五十四条仅规定符合信用修复条件的可以提出申请，有关国家机关应依法及时解除惩戒措施；未列明申请材料或办理时限。"
      "NDRC通知III.(6)亦只要求“promptly restored”，无具体期限。",
      lang="zh", present=["信用修复"])

unans("not_covered",
      "What is the annual membership fee for a mainland private company to join the GBA Integrity and Compliance "
      "Association, and does membership include the compliance health check for free?",
      ["membership fee", "会费", "annual fee"],
      "The Guangzhou report lists the Association's featured services (including the Enterprise Compliance Health "
      "Check) and member composition, but gives no fees or membership terms.",
      lang="en", present=["Enterprise Compliance Health Check"])

# =========================================================================== unanswerable: superseded

unans("superseded",
      "Before the 2025 revision, what payment deadline did the original 2020 SME Payment Regulations (State Council "
      "Order No. 728) impose on large enterprises buying from SMEs?",
      ["修订前", "原条例"],
      "The corpus holds only the 2025 revised text (Order No. 802, effective 2025-06-01); the 2020 text under Order "
      "No. 728 is mentioned in the title but its provisions are not in the corpus.",
      lang="en", present=["第728号"])

unans("superseded",
      "《优化营商环境条例》公开征求意见稿中，关于政府违约毁约之条款与正式公布稿相比有何改动？",
      ["征求意见稿"],
      "语料只有2019年10月22日公布的正式条例（第三十一条规定不得违约毁约），没有征求意见稿的文本。",
      lang="zh", present=["违约毁约"])

unans("superseded",
      "How did SASAC's 2018 trial guidelines on compliance management of central enterprises treat the chief "
      "compliance officer role, compared with the 2022 Measures?",
      ["2018", "试行"],
      "Only the 2022 Measures (SASAC Order No. 42) are in the corpus; Art. 12 there sets the chief compliance officer "
      "role, but no earlier SASAC compliance guidelines are included.",
      lang="en", present=["首席合规官"])

unans("superseded",
      "In the draft of the Private Economy Promotion Law released for public comment in 2024, was there a fixed "
      "number of days within which state organs had to pay private companies?",
      ["draft", "草案"],
      "Only the law as adopted on 2025-04-30 is in the corpus; its Art. 67 requires timely payment without a fixed "
      "number of days. No draft text is included.",
      lang="en", present=["及时向民营经济组织支付账款"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
      "One of our client's sales managers signed a non-compete when he joined the company. How much monthly "
      "compensation does the company have to pay him during the restriction period?",
      ["non-compete", "竞业限制"],
      "Employment law question; none of the documents deals with non-compete covenants or employee compensation.",
      lang="en")

unans("out_of_domain",
      "What stamp duty rate applies when two mainland companies sign a purchase contract, and which party pays it?",
      ["stamp duty", "印花税"],
      "Tax question; the documents concern payment to SMEs, government integrity and compliance, not stamp duty.",
      lang="en")

unans("out_of_domain",
      "内地公司向香港关联公司支付技术服务费，须代扣代缴多少预提所得税？可否享受内地与香港税收安排之优惠税率？",
      ["预提所得税", "税收安排"],
      "跨境税务问题；七份文件均不涉及预提所得税或内地与香港税收安排。",
      lang="zh")
