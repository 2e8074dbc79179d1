"""Hard-case gold items, fifty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a junior associate at a Guangzhou law firm preparing a client memo and a staff quiz for a private
manufacturing company that supplies local governments and state firms and whose managers deal with officials;
writes mostly in Chinese, some English, formal-ish, sometimes citing article numbers (not always correctly).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single (8)

add("single",
    "我们客户给区里一个局供货，对方想在合同里把付款期限约成90天。按《保障中小企业款项支付条例》，机关、事业单位向中小企业采购，付款期限是怎么规定的？能约90天吗？",
    "条例第九条第一款规定，机关、事业单位应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的从其约定，但付款期限最长不得超过60日，所以约定90天超出上限。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "对方迟延付款，但合同里完全没写逾期利息怎么算，这种情况下按什么标准主张逾期利息？",
    "《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项应当支付逾期利息；未作约定的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息。"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "国企客户要求我们的履约保证金必须以现金缴纳，不收银行保函。这符合《保障中小企业款项支付条例》吗？",
    "不符合。条例第十三条第二款规定，机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。")],
    lang="zh")

add("single",
    "给员工做培训用：如果公职人员接受了企业安排的旅游，按《公职人员政务处分法》，最重可能受到什么政务处分？",
    "政务处分法第三十四条第二款：接受、提供可能影响公正行使公权力的宴请、旅游等活动安排，情节较重的予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["旅游", "情节严重的，予以降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("single",
    "我们的主要客户是一家中央企业。按《中央企业合规管理办法》，央企的首席合规官一般由谁担任、对谁负责？",
    "办法第十二条规定，中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "Does the complaint channel under the NDRC's 2023 government integrity notice cover a contract that a private supplier signed with a local government department through government procurement?",
    "Yes. Section II.(1) says the scope of breach of contract and dishonesty covers agreements and contracts that government departments sign with private enterprises in government procurement, bidding, investment promotion and other fields.",
    ["government procurement", "signed by government departments with private enterprises"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "contracts signed by government departments with private enterprises"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion")],
    lang="en")

add("single",
    "According to the drafting committee member at the Guangzhou lecture hall, how many scenarios do the two batches of the Guangzhou government-business interaction Guidelines cover?",
    "33 scenarios, which he noted cannot encompass all situations (¶10).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "我们向主管部门投诉拖欠款项后，处理投诉部门多长时间内要给结果？可以延长吗？",
    "《保障中小企业款项支付条例》第二十五条第二款：处理投诉部门应当自收到投诉材料之日起30日内形成处理结果并书面反馈；情况复杂的经批准可适当延长，但最长不得超过90日。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

# =========================================================================== answerable: multi (3)

add("multi",
    "市属国企客户坚持“审计结果出来之后才按审计金额结算”。这样做合规吗？如果他们拒不改正，会有什么后果？",
    "《保障中小企业款项支付条例》第十二条规定国有大型企业不得强制要求以审计机关的审计结果作为结算依据（法律、行政法规另有规定的除外）；第三十三条第二款规定，没有法律、行政法规依据这样要求的，由其监管部门责令改正，拒不改正的，对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正", "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分。")],
    lang="zh")

add("multi",
    "合同约定“验收合格后付款”，但采购我们设备的区属事业单位一直拖着不组织验收。付款期限从什么时候起算？他们这样拖延有什么责任？",
    "条例第十条：以验收合格为付款条件的，付款期限自验收合格之日起算；拖延验收的，自约定的验收期限届满之日起算。第三十一条把“拖延检验、验收”列为违法情形，由上级机关、主管部门责令改正，拒不改正的对负有责任的人员依法给予处分。",
    ["付款期限应当自检验或者验收合格之日起算", "付款期限自约定的检验或者验收期限届满之日起算", "拖延检验、验收", "由其上级机关、主管部门责令改正"],
    [E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算。"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "（二）拖延检验、验收")],
    lang="zh")

add("multi",
    "区政府换届后，新班子不认之前跟我们签的配套协议。按《民营经济促进法》，换届能不能作为不履约的理由？按发改委2023年那份政务诚信通知，这种情况又会被怎么认定？",
    "不能。民营经济促进法第七十条规定地方政府不得以政府换届、相关人员更替等为由违约、毁约；发改委通知第二部分第（二）项规定，因机构调整、人员变动等原因不履约的，一律认定为违约失信（breach of contract and dishonesty）。",
    ["政府换届", "违约、毁约", "personnel changes", "regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

# =========================================================================== answerable: cross_lingual (3)

add("cross_lingual",
    "发改委2023年第1103号通知里，对有失信记录的相关主体，发改委自己会采取哪些惩戒措施？",
    "通知第三部分第（四）项：对有失信记录的相关主体，发改委将依规限制中央预算内资金支持、限制申报地方政府专项债券、限制各类融资项目推荐。",
    ["restrict support from central budget funds", "limit applications for local government special bonds", "restrict recommendations for various financing projects"],
    [E(NDRC, "III.(4)", "For relevant entities with dishonesty records"),
     E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects")],
    lang="zh")

add("cross_lingual",
    "廉洁合规讲堂上企业代表介绍的广州第二批政商交往指引：企业因为客观原因没有完成招商协议里的目标，会怎么处理？",
    "据讲堂报道（¶18），第二批指引规定企业因客观原因未完成目标的，可以协商调整并享受宽限期；因政策变化导致协议无法履行的，可以完善手续或设置过渡期。",
    ["negotiate adjustments and enjoy a grace period", "objective reasons"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="zh")

add("cross_lingual",
    "A large state-owned customer wants a pay-when-paid clause: it will pay our client (an SME supplier) only after the government project owner pays it. Is that allowed under China's SME payment regulation?",
    "No. Article 9(2) of the Regulations on Ensuring Payments to SMEs says large enterprises may not agree to make receipt of third-party payment a condition for paying an SME, nor pay in proportion to third-party payment progress.",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项")],
    lang="en")

# =========================================================================== answerable: paraphrase (2)

add("paraphrase",
    "我们给街道办送完货了，对方财务说原来的主任调走了，新主任还没签字，单子还得一级一级往上报，所以钱要再压几个月。这说得过去吗？",
    "说不过去。《保障中小企业款项支付条例》第十四条规定，机关、事业单位和大型企业不得以法定代表人或者主要负责人变更、履行内部付款流程等为由，拒绝或者迟延支付中小企业款项。",
    ["主要负责人变更", "履行内部付款流程", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("paraphrase",
    "我们给一家国企分三批发了货，他们只对其中一批的质量有意见，却说三批的钱都要等这件事谈妥了再一起结。这样合理吗？",
    "不合理。《保障中小企业款项支付条例》第十五条规定，交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。",
    ["部分存在争议但不影响其他部分履行", "对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "机关、事业单位和大型企业与中小企业的交易，部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。")],
    lang="zh")

# =========================================================================== unanswerable: false_premise (7)

unans("false_premise",
    "为什么《保障中小企业款项支付条例》第九条要求大型企业必须在30日内向中小企业付款，比机关、事业单位的要求还严格？",
    ["立法理由"],
    "Premise reversed: SME 第九条 gives 30 days for 机关、事业单位 (contractual maximum 60) and 60 days for 大型企业; "
    "large enterprises are not held to a stricter 30-day limit, and no document states a rationale.",
    present=["30日内支付款项", "60日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "《优化营商环境条例》第三十二条规定，机关拖欠中小企业账款超过90天的要在“信用中国”网站公示。那这个公示期是多长？",
    ["公示期", "信用中国"],
    "BE 第三十二条 only bars 国家机关、事业单位 from 违约拖欠 and asks for a long-term mechanism; it sets no 90-day "
    "threshold and no 'Credit China' publication. SME 第十八条 has institutions disclose overdue contracts by 31 March; "
    "the NDRC notice publicises typical cases on Credit China. No document gives a publication period.",
    present=["Credit China", "3月31日前"],
    related=[E(BE, "第三十二条", "国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款，大型企业不得利用优势地位拖欠中小企业账款。")])

unans("false_premise",
    "Since the NDRC's 2023 notice directs the Ministry of Finance to keep a public blacklist of local governments that default on contracts, how can we search that blacklist for the district we supply?",
    ["Ministry of Finance", "blacklist"],
    "Wrong body and mechanism: the NDRC notice has the NDRC and provincial credit leading departments build government "
    "credit records on the national credit information sharing platform and publicise typical cases on the Credit China "
    "website; the Ministry of Finance is not mentioned and no searchable blacklist is described.",
    lang="en", present=["Credit China", "government credit records"],
    related=[E(NDRC, "III.(3)", "uniformly include breach of contract and dishonesty information"),
             E(NDRC, "III.(3)", "to form government credit records")])

unans("false_premise",
    "为什么《公职人员政务处分法》第八条把警告的处分期间定为十二个月？是出于什么考虑？",
    ["警告，十二个月", "立法理由"],
    "Wrong figure: PS 第八条 sets 警告 at six months (记过 is twelve); the law gives no rationale for the periods.",
    present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
    "《中央企业合规管理办法》要求给央企供货的民营供应商也设立首席合规官，那我们作为央企的供应商最晚什么时候要设好？",
    ["供应商", "民营供应商"],
    "The SOE measures apply only to central enterprises for which SASAC performs investor duties (第二条); 第十二条's "
    "chief compliance officer is for 中央企业 themselves. Nothing imposes this on private suppliers or sets a deadline.",
    present=["首席合规官", "中央企业"],
    related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业。")])

unans("false_premise",
    "The Guangzhou government-business interaction Guidelines were issued by the Guangdong Provincial Department of Commerce; when is its third batch due out?",
    ["Department of Commerce", "third batch"],
    "Wrong body: the GZ report says the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued "
    "two batches of the Guidelines; no third batch or date is mentioned anywhere.",
    lang="en", present=["two batches", "Municipal Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
    "Since Article 34 of the Public Official Sanctions Law lets supervisory organs give a warning to a private-company sales manager who sends gifts to an official, how long would that warning stay on our manager's record?",
    ["民营企业人员", "非公职人员"],
    "Wrong premise: the sanctions law covers public officials (第二条, persons under 监察法第十五条); 第三十四条's gift "
    "provision sanctions public officials who give or accept gifts, not private-company staff. The documents say "
    "nothing about sanctioning a private employee; PE 第三十六条 only forbids bribery by private firms.",
    lang="en", present=["赠送", "公职人员"],
    related=[E(PS, "第二条", "本法所称公职人员，是指《中华人民共和国监察法》第十五条规定的人员。")])

# =========================================================================== unanswerable: not_covered (6)

unans("not_covered",
    "《保障中小企业款项支付条例》第三条说按划分标准确定中型、小型企业。我们客户是做五金制造的，年营业收入多少、员工多少人以内才算中型企业？",
    ["营业收入", "从业人员"],
    "SME 第三条 and 第二十九条 refer to the 国务院批准的中小企业划分标准 and a size self-test platform, but the thresholds "
    "themselves are in no document.",
    present=["中小企业划分标准"])

unans("not_covered",
    "通过工信部的拖欠中小企业款项投诉平台投诉，要不要交费？需要提交哪些具体材料？",
    ["投诉费", "手续费"],
    "SME 第二十四条/第二十五条 describe the complaint platform, forwarding within 10 working days, the 30/90-day handling "
    "limits and that the complainant must have a contract with the respondent; no fee and no list of materials.",
    present=["投诉平台", "合同关系"])

unans("not_covered",
    "If we sue a county government under the SME payment regulation for late payment, will we win, and how long will the court take?",
    ["win", "lawsuit"],
    "No document predicts outcomes or gives court time frames; PE 第六十八条 only says courts 依法及时立案、审理、执行 arrears "
    "cases and may mediate.",
    lang="en", present=["人民法院"])

unans("not_covered",
    "广州的政商交往指引里，企业负责人请公职人员吃工作餐，人均多少钱以内算合规？有没有具体金额？",
    ["人均", "yuan", "per person"],
    "The GZ report only says the first batch addressed 'what meals can be eaten and what vehicles can be taken'; it "
    "gives no monetary limit, and no other document does.",
    present=["what meals can be eaten"])

unans("not_covered",
    "Under the Central SOE Compliance Measures, how often must a central SOE's compliance committee meet — monthly or quarterly?",
    ["quarterly", "每季度", "每月"],
    "SOE 第十一条 only says the compliance committee 定期召开会议; no frequency is set anywhere.",
    lang="en", present=["定期召开会议", "合规委员会"])

unans("not_covered",
    "政务处分法对监察机关立案调查有没有规定办案期限？一般多长时间必须结案？",
    ["调查期限", "结案期限"],
    "PS 第四十二条至第四十四条 cover who investigates and what happens 调查终结后, and 第五十四条 sets a one-month limit "
    "for post-decision personnel changes, but no investigation time limit appears in any document.",
    present=["调查终结"])

# =========================================================================== unanswerable: superseded (4)

unans("superseded",
    "2020年7月公布的《保障中小企业款项支付条例》原版（国务院令第728号），修订前关于逾期利息的那一条是怎么写的？",
    ["修订前", "2020年版"],
    "The corpus holds only the 2025 revision (国务院令第802号修订, effective 2025-06-01); it names the 2020 original but does "
    "not reproduce its text, so the pre-revision wording cannot be given.",
    present=["国务院令第728号"])

unans("superseded",
    "What did the October 2024 draft for public comment of the Private Economy Promotion Law say about late payments by government bodies?",
    ["draft", "征求意见稿"],
    "Only the law as adopted on 30 April 2025 (in force 20 May 2025) is in the corpus; no draft text is included.",
    lang="en", present=["2025年4月30日"])

unans("superseded",
    "国资委2018年印发的《中央企业合规管理指引（试行）》里，对合规委员会是怎么规定的？",
    ["合规管理指引", "试行", "2018"],
    "The corpus has the 2022 中央企业合规管理办法 (国资委令第42号) only; the 2018 trial guidelines are not included or mentioned.",
    present=["合规委员会"])

unans("superseded",
    "Under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long did a demotion sanction last?",
    ["2007", "行政机关公务员处分条例"],
    "The corpus has only the 2020 Public Official Sanctions Law (降级、撤职 24 months, 第八条); the 2007 regulations are "
    "not included.",
    lang="en", present=["降级、撤职，二十四个月"])

# =========================================================================== unanswerable: out_of_domain (3)

unans("out_of_domain",
    "我们和一家外地民营企业签的设备买卖合同约定违约金为合同总价的30%，对方逾期交货，法院会不会认为违约金过高而调低？",
    ["违约金", "民法典"],
    "Private commercial contract penalties are outside the documents, which cover government/SOE payment duties, "
    "officials' discipline and compliance; none deals with liquidated damages between private firms.",
    present=["违约责任"])

unans("out_of_domain",
    "What corporate income tax rate applies to a high-tech manufacturing company in Guangzhou that sells to government buyers?",
    ["income tax", "所得税", "高新技术企业"],
    "Tax rates are outside all seven documents; PE 第三十六条 only mentions compliance with 财政税收 laws in general.",
    lang="en", present=["财政税收"])

unans("out_of_domain",
    "我们工厂今年订单少，想裁员20人，需要提前多少天通知工会？经济补偿怎么算？",
    ["裁员", "经济补偿"],
    "Labour-law redundancy rules are outside the documents; PE only mentions 劳动用工 laws and 工会 in general terms.",
    present=["劳动用工"])
