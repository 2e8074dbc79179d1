"""Hard-case gold items, tenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable

# --------------------------------------------------------------------------- single

add("single",
    "逾期利息 没约定利率的话 按多少算",
    "《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项应付逾期利息；"
    "双方未约定利率的，按照每日利率万分之五支付（有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="zh")

add("single",
    "We signed an investment-promotion agreement with a county government that promised us a land-price "
    "subsidy. After the county head was transferred, the new leadership team simply stopped honouring it. "
    "Under the NDRC's 2023 government-integrity notice, does a change of personnel excuse them, or is that "
    "still treated as breach of contract and dishonesty?",
    "It is still dishonesty: NDRC notice II.(2) says failure to perform due to institutional adjustments, "
    "personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Guangzhou gov-business Guidelines, both batches: how many scenarios in total?",
    "33 scenarios: the GZ report (¶10) says the 33 scenarios covered in the two batches of the Guidelines "
    "cannot encompass all situations.",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "我们单位有位老处长去年已经退休了，最近纪委在查一个旧案，发现他在职时收过企业的好处。"
    "人都退休了，监察机关还能给他政务处分吗？会不会就不了了之？",
    "《政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查；"
    "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法所得依第二十五条处理。",
    ["不再给予政务处分", "可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("single",
    "按照《优化营商环境条例》，制定和企业经营密切相关的规章、行政规范性文件时，向社会公开征求意见一般至少要留多长时间？",
    "《优化营商环境条例》第六十二条：除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

# --------------------------------------------------------------------------- paraphrase

add("paraphrase",
    "我们公司前年跟区里签了落户扶持协议，说好头三年给房租补贴。今年区里一把手换了人，"
    "新来的领导说前任答应的事他不认，补贴就停了。这种做法站得住脚吗？",
    "站不住。《民营经济促进法》第七十条要求地方政府履行依法作出的政策承诺和订立的合同，不得以政府换届、相关人员更替等为由违约、毁约；"
    "确需改变的须依法定权限和程序并补偿损失。《优化营商环境条例》第三十一条有同样规定。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="zh")

add("paraphrase",
    "I sit on the investment committee of a city-owned company. If we do all our homework, follow every "
    "approval step, and the deal still goes sour because the market turns against us, are we personally on "
    "the hook? What did the Guangzhou lecture say about this?",
    "The GZ report (¶21, Wang Xiaobin on the second batch of the Guidelines): if an investment made with due "
    "diligence and through compliant decision-making procedures incurs losses due to objective factors such "
    "as market risks, the relevant personnel may be exempted from liability.",
    ["may be exempted from liability", "incurs losses due to objective factors such as market risks"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

add("paraphrase",
    "干部挨了处分，等时间到了，这个处分是自己就没了，还是得本人打报告申请撤掉？",
    "《政务处分法》第二十六条：受到开除以外的政务处分，在处分期内有悔改表现且没有再发生应受政务处分的违法行为的，"
    "政务处分期满后自动解除；但解除降级、撤职的，不恢复原职务、职级等。",
    ["政务处分期满后自动解除", "在政务处分期内有悔改表现"],
    [E(PS, "第二十六条", "在政务处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除"),
     E(PS, "第二十六条", "解除降级、撤职的，不恢复原职务")],
    lang="zh")

add("paraphrase",
    "A city government near our plant got flagged for stiffing its contractors. Since then it has paid up "
    "and put things right. Does that black mark stay on its record forever, and do the penalties keep running?",
    "No. NDRC notice III.(6): once the identifying department confirms that the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the "
    "punishment measures terminated.",
    ["the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("paraphrase",
    "我们是做检测设备的小公司，卖给一家大型企业。合同写的是“东西查收没问题后60天内付款”，还说好到货后15天内来查收。"
    "结果对方三个月都不派人来点货，说没点过货就不用付钱。我们这60天到底从哪天开始算？",
    "《保障中小企业款项支付条例》第十条：以检验或验收合格作为付款条件的，付款期限自检验或者验收合格之日起算；"
    "对方拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算（即到货后第15天届满之日）。",
    ["付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

# --------------------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "We're a small software vendor and just delivered a system to a provincial government agency. Their "
    "finance office says they'll pay 'within 90 days, per our standard terms'. What is the legal payment "
    "deadline, and how far can a contract stretch it?",
    "Regulations on Ensuring Payments to SMEs, art. 9 (第九条): government organs and public institutions must "
    "pay within 30 days of delivery; a contract may agree otherwise, but the payment term may not exceed 60 days.",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="en")

add("cross_lingual",
    "official under investigation - allowed to resign or travel abroad?",
    "Not without consent: Law on Administrative Sanctions for Public Officials art. 52 (第五十二条) — during the "
    "case investigation the official may not leave the country or resign without the supervisory organ's consent, "
    "and the unit may not transfer, promote, reward, sanction or retire them.",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约机制的通知里，对有政务失信记录的地级及以上城市，发改系统会采取哪些惩戒措施？",
    "通知第III.(4)项：对有政务失信记录的地级及以上城市，取消其发改系统评优评先和试点示范资格，"
    "提高城市信用监测扣分权重，并取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "广州那两批《政商交往指引》，第一批和第二批的侧重点有什么不同？",
    "据广州讲堂报道（¶9）：第一批系统回应“能吃什么饭、能坐什么车”等常规政商交往问题；"
    "第二批聚焦新质生产力发展和涉企服务实质内容，围绕从招商引资到项目落地的全周期服务。",
    ["what meals can be eaten and what vehicles can be taken",
     "from investment promotion to project landing"],
    [E(GZ, "¶9", "“what meals can be eaten and what vehicles can be taken”"),
     E(GZ, "¶9", "focusing on the development of new productive forces"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="zh")

add("cross_lingual",
    "central SOE chief compliance officer: new leadership post or concurrent role? who holds it?",
    "SOE Compliance Measures art. 12 (第十二条): no new leadership post or headcount is added; the general "
    "counsel concurrently serves as chief compliance officer, answering to the enterprise's principal leader.",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第十二条", "对企业主要负责人负责")],
    lang="en")

# --------------------------------------------------------------------------- multi

add("multi",
    "我们是一家民营建材公司，中秋节想给负责项目审批的处长送几张购物卡，表示一下心意。"
    "从法律上讲，我们公司这么做有什么问题？处长要是收了，又会怎么处理？",
    "企业一方：《民营经济促进法》第三十六条规定民营经济组织不得通过贿赂等手段牟取不正当利益，第四十四条要求国家机关工作人员与经营者交往遵纪守法、清正廉洁。"
    "处长一方：《政务处分法》第三十四条，收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的降级或撤职；情节严重的开除。",
    ["不得通过贿赂和欺诈等手段牟取不正当利益",
     "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"],
    [E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益"),
     E(PE, "第四十四条", "国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁"),
     E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")],
    lang="zh")

add("multi",
    "Under the NDRC notice, what happens after a private company complains that a local government broke a "
    "contract: who verifies the complaint, when is the government labelled dishonest, and how can the record "
    "later be cleared?",
    "II.(2): provincial credit leading departments transfer the complaint to the superior or competent "
    "department of the complained entity for verification; if true, rectification is pushed, and those who "
    "refuse to rectify are confirmed as breach of contract and dishonesty. III.(6): once the dishonest "
    "behaviour is corrected and performance completed, the records are restored and punishment ends.",
    ["to the superior or competent departments of the complained entities",
     "Those who refuse to rectify shall be confirmed as breach of contract",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "大型企业从中小企业采购，付款期限到底怎么定？《民营经济促进法》和《保障中小企业款项支付条例》分别怎么规定的？",
    "《民营经济促进法》第六十八条：大型企业应当合理约定付款期限并及时支付，不得以收到第三方付款作为付款条件。"
    "《保障中小企业款项支付条例》第九条：大型企业应当自交付之日起60日内付款；合同另有约定的从其约定，但应按行业规范、交易习惯合理约定，"
    "不得以收到第三方付款为条件或按第三方付款进度比例支付。",
    ["合理约定付款期限并及时支付账款", "交付之日起60日内支付款项"],
    [E(PE, "第六十八条", "应当合理约定付款期限并及时支付账款，不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")],
    lang="zh")

add("multi",
    "记过处分 多久 期间能升职涨工资吗（公务员）",
    "《政务处分法》第八条：记过的处分期为十二个月。第十九条：公务员在政务处分期内不得晋升职务、职级、衔级和级别；"
    "被记过的，还不得晋升工资档次。",
    ["记过，十二个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("multi",
    "I'm preparing a training for our state-owned group's investment department based on the Guangzhou "
    "lecture report. When an invested project fails, how did the audit speaker say we should tell apart "
    "losses that get error tolerance from losses where people are held accountable?",
    "Cheng Jinyuan (¶29–¶31): failure of an SOE project does not necessarily lead to accountability; losses "
    "from inherent risks (policy adjustments, market changes, technological exploration) with due loss-stopping "
    "measures get error tolerance, while losses expanded by lack of post-investment control, misappropriation "
    "of funds or concealed risks mean those derelict in duty are held accountable — 'exempting liability for "
    "due diligence and holding accountable for dereliction of duty'.",
    ["does not necessarily lead to accountability",
     "error tolerance will be granted",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶29", "or their failure does not necessarily lead to accountability"),
     E(GZ, "¶30", "caused by inherent risks such as policy adjustments, market changes"),
     E(GZ, "¶30", "error tolerance will be granted"),
     E(GZ, "¶30", "if losses are expanded due to lack of post-investment control"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable"),
     E(GZ, "¶31", "exempting liability for due diligence and holding accountable")],
    lang="en")

# =========================================================================== unanswerable

# --------------------------------------------------------------------------- not_covered

unans("not_covered",
    "Our sales director wants to take the deputy head of the district investment bureau to dinner after a "
    "site visit. Do the Guangzhou government-business Guidelines say how much such a meal may cost per "
    "person, in yuan?",
    ["per person", "per-person", "yuan", "RMB"],
    "The GZ report only says the first batch of the Guidelines addresses 'what meals can be eaten and what "
    "vehicles can be taken' (¶9); it quotes no spending cap or amount, and no other document sets one.",
    lang="en", present=["what meals can be eaten"])

unans("not_covered",
    "拖欠中小企业款项 投诉平台 网址",
    ["网址", "www"],
    "《保障中小企业款项支付条例》第二十四条只规定国务院中小企业主管部门建立国家统一的拖欠中小企业款项投诉平台；"
    "NDRC通知II.(1)提到工信部的投诉平台名称；均未给出网址。",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "我在一家央企法务部工作，集团准备按《中央企业合规管理办法》设首席合规官。领导让我查一下："
    "这个岗位有什么任职资格的硬性要求，比如是否必须有法律职业资格、要多少年工作经验？",
    ["法律职业资格", "工作经验", "任职资格"],
    "《中央企业合规管理办法》第十二条只规定首席合规官不新增领导岗位和职数、由总法律顾问兼任、对主要负责人负责；"
    "未规定任何资格条件或从业年限。",
    lang="zh", present=["首席合规官", "由总法律顾问兼任"])

unans("not_covered",
    "If a public official disagrees with a sanction decision made by the supervisory commission, within how "
    "many days must they apply for a review?",
    ["内申请复审", "内提出复审", "days"],
    "《政务处分法》第五十五条 gives the right to apply for 复审 then 复核, and 第四十五条 requires the decision "
    "to state 申请复审、复核的途径和期限, but the law itself sets no number of days.",
    lang="en", present=["申请复审", "申请复审、复核的途径和期限"])

unans("not_covered",
    "NDRC notice: how many working days to verify a breach-of-contract complaint?",
    ["working days", "days"],
    "NDRC notice II.(2) only says provincial credit leading departments should 'immediately transfer' complaint "
    "clues for verification and identification; no time limit in days is set.",
    lang="en", present=["immediately transfer"])

unans("not_covered",
    "《公职人员政务处分法》里多次提到“特定关系人”，具体是指哪些人？比如公职人员的表兄弟、前妻算不算？",
    ["表兄弟", "前妻", "特定关系人，是指", "特定关系人是指"],
    "《政务处分法》第三十三条、第三十四条使用“特定关系人”一词，但全文没有定义其范围，其他文件也没有。",
    lang="zh", present=["特定关系人"])

unans("not_covered",
    "We audit a large manufacturer that left its overdue payments to small suppliers out of its annual "
    "report. Under the SME payment regulations, what is the range of the fine the market regulator can impose "
    "for that?",
    ["万元", "fine"],
    "《保障中小企业款项支付条例》第三十四条 only says such a large enterprise is dealt with by the market "
    "regulation department according to law (由市场监督管理部门依法处理); no fine or amount is stated.",
    lang="en", present=["由市场监督管理部门依法处理"])

unans("not_covered",
    "公司前年因为一笔合同纠纷被列入失信名单，现在判决已经全部履行完了。想按民营经济促进法申请信用修复，"
    "应该向哪个部门提交？提交后多少个工作日内必须办结？",
    ["修复期限", "修复时限", "信用修复申请受理"],
    "《民营经济促进法》第五十四条只规定符合条件的可以提出信用修复申请、有关国家机关应当依法及时解除惩戒措施，"
    "未指明受理部门和办理时限；NDRC通知III.(6)讲的是政府失信主体的信用修复，也无时限。",
    lang="zh", present=["可以提出信用修复申请"])

# --------------------------------------------------------------------------- false_premise

unans("false_premise",
    "我们公司是大型企业。采购部同事说，《保障中小企业款项支付条例》规定大企业跟中小企业的付款期限就算合同另有约定，"
    "最长也不能超过60天，所以我们和供应商签的90天账期条款是无效的。是这样吗？",
    ["九十天", "90天", "无效"],
    "第九条的“最长不得超过60日”只约束机关、事业单位；大型企业合同另有约定的从其约定，只要求按行业规范、交易习惯合理约定并及时支付，"
    "条例没有给大企业设60日上限，也未说此类条款无效。",
    lang="zh", present=["最长不得超过60日"],
    related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
             E(SME, "第九条", "合同另有约定的，从其约定，但应当按照行业规范、交易习惯合理约定付款期限并及时支付款项")])

unans("false_premise",
    "Which private companies end up on the NDRC's blacklist for breaking contracts with local governments "
    "under the 2023 government-integrity notice?",
    ["blacklist"],
    "The notice is about government dishonesty, not companies: II.(1) collects complaints involving government "
    "departments, and III.(3)-(5) punish government entities with dishonesty records. It lists no companies.",
    lang="en", present=["government dishonesty"],
    related=[E(NDRC, "II.(1)", "accepting and collecting complaints involving government departments"),
             E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

unans("false_premise",
    "开除处分期为什么是48个月",
    ["开除，四十八个月", "开除的处分期", "48个月"],
    "《政务处分法》第八条只为警告至撤职规定处分期，开除没有处分期（第二十六条：开除即解除人事或劳动关系）；"
    "“最长不得超过四十八个月”是第十五条对多个相同处分合并确定处分期的上限。",
    lang="zh", present=["四十八个月"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月"),
             E(PS, "第十五条", "但是最长不得超过四十八个月"),
             E(PS, "第二十六条", "公职人员被开除的，自政务处分决定生效之日起，应当解除其与所在机关、单位的人事关系或者劳动关系")])

unans("false_premise",
    "I'm the compliance lead at a city-owned transit company in Guangzhou. My boss says SASAC's Central SOE "
    "Compliance Management Measures bind us directly, so we must report major compliance incidents straight to "
    "SASAC in Beijing. Which article sets that reporting duty for city-level SOEs like ours?",
    ["city-level", "市属"],
    "The Measures apply to central SOEs for which SASAC performs the investor's duties (第二条); local SASACs only "
    "refer to them when guiding their own enterprises (第四十条). The duty to report to 国资委 in 第二十二条 is a "
    "central-SOE duty.",
    lang="en", present=["参照本办法"],
    related=[E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业"),
             E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")])

unans("false_premise",
    "我们是一家小装修公司，给总包干活，总包又是给一家大型国企做的项目。现在国企拖着不给总包钱，总包也就不给我们。"
    "听说中小企业被拖欠了可以直接投诉拖欠方，那我们直接去投诉那家国企就行了吧？",
    ["总包", "分包"],
    "《保障中小企业款项支付条例》第二十五条要求投诉人应当与被投诉人存在合同关系；该公司与国企之间没有合同，不能以国企为被投诉人。",
    lang="zh", present=["合同关系"],
    related=[E(SME, "第二十五条", "投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉")])

unans("false_premise",
    "Why does China's Regulation on Optimizing the Business Environment require companies to pay "
    "enterprise-related deposits in cash instead of bank guarantees?",
    ["cash"],
    "It says the opposite: 优化营商环境条例 第二十五条 promotes replacing cash deposits with guarantees issued by "
    "financial institutions (推广以金融机构保函替代现金缴纳涉企保证金).",
    lang="en", present=["保函"],
    related=[E(BE, "第二十五条", "推广以金融机构保函替代现金缴纳涉企保证金")])

unans("false_premise",
    "A colleague came back from the Guangzhou lecture saying the new Guidelines were written to relax "
    "discipline on officials, so officials can now accept gifts from companies they work with. Which gifts did "
    "the drafting committee say are now OK?",
    ["gift", "gifts"],
    "The GZ report says the opposite: the Guidelines are not intended to relax discipline (¶10) and companies "
    "must never cross the red line of interest transfer (¶15); nothing about gifts being permitted.",
    lang="en", present=["relax discipline"],
    related=[E(GZ, "¶10", "The Guidelines are not intended to “relax discipline”"),
             E(GZ, "¶15", "we must never cross the red line of interest transfer")])

# --------------------------------------------------------------------------- out_of_domain

unans("out_of_domain",
    "我是公司HR，今年有几位员工拿到了比较高的年终奖，问我个人所得税是单独计税还是并入综合所得更划算，这个怎么算？",
    ["个人所得税", "年终奖", "综合所得"],
    "个人所得税计算，七份文件均不涉及。",
    lang="zh")

unans("out_of_domain",
    "maternity leave days Guangdong 2025",
    ["maternity"],
    "Maternity leave entitlement; not the subject of any of the seven documents.",
    lang="en")

unans("out_of_domain",
    "签三年期的劳动合同，试用期最长可以约定多久？",
    ["试用期", "劳动合同"],
    "劳动合同法上的试用期问题，七份文件均未涉及。",
    lang="zh")

unans("out_of_domain",
    "I'm preparing a compliance lecture for colleagues at our EU subsidiary. What is the maximum GDPR fine for a "
    "personal-data breach, as a percentage of global turnover?",
    ["GDPR", "turnover"],
    "EU data-protection fines; none of the documents covers EU law.",
    lang="en")

unans("out_of_domain",
    "有限公司 注册资本 实缴期限 五年",
    ["实缴", "注册资本"],
    "公司法上注册资本实缴期限问题；七份文件均未涉及。",
    lang="zh")

# --------------------------------------------------------------------------- superseded

unans("superseded",
    "我们商会去年组织会员就《民营经济促进法》草案提过意见。我记得征求意见稿里关于拖欠账款那一条的写法跟正式通过的不一样，"
    "能告诉我草案原来是怎么写的吗？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过、5月20日施行的正式文本（拖欠账款见第六十七条至第六十九条），不含任何草案或征求意见稿。",
    lang="zh", present=["本法自2025年5月20日起施行"])

unans("superseded",
    "Before the Law on Administrative Sanctions for Public Officials took effect in 2020, what did the 2007 "
    "Regulations on the Punishment of Civil Servants of Administrative Organs set as the period for a demerit?",
    ["行政机关公务员处分条例", "2007", "Administrative Organs"],
    "The corpus holds only the 2020 Law (effective 2020-07-01; 第八条 sets 记过 at twelve months); the 2007 "
    "regulations are not in it.",
    lang="en", present=["2020年7月1日起施行"])

unans("superseded",
    "Our supply contract with a large state firm was signed in 2022, when the original 2020 version of the SME "
    "payment regulations (State Council Decree No. 728) applied. What did that original text say about the "
    "interest rate on late payments, before the 2025 revision?",
    ["修订前", "原条例"],
    "The corpus holds only the 2025 revised text (Decree No. 802, effective 2025-06-01); it mentions that the "
    "regulations were first promulgated by Decree No. 728 in 2020 but does not contain that text.",
    lang="en", present=["国务院令第728号公布"])

unans("superseded",
    "2018版 中央企业合规管理指引（试行） 合规委员会职责",
    ["试行", "2018", "合规管理指引"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号，第十一条规定合规委员会），不含2018年的试行指引。",
    lang="zh", present=["合规委员会"])
