"""Hard-case gold items, fourteenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我们想拿对一家大型企业的应收账款去银行做融资，银行要求对方先确认这笔债权。对方财务一直拖着不确认，"
    "条例对他们确认有没有时间要求？",
    "有。《保障中小企业款项支付条例》第十六条：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业"
    "提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "NDRC 2023 integrity notice: which government breach-of-contract cases get publicly exposed as typical cases, "
    "and through what channels?",
    "Item IV.(9): a batch of cases with serious dishonesty, repeated dishonesty and strong public complaints is "
    "selected, publicized on the \"Credit China\" website and exposed to society through news media to form a "
    "strong public opinion deterrent.",
    ["serious dishonesty, repeated dishonesty, and strong public complaints", "Credit China",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("single",
    "涉企行政规范性文件 向社会公开征求意见 最少多少天",
    "《优化营商环境条例》第六十二条：除依法需要保密外，制定与市场主体生产经营活动密切相关的行政法规、规章、行政"
    "规范性文件，应当向社会公开征求意见，期限一般不少于30日。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "I'm a new compliance trainee. The Guangzhou government-business Guidelines obviously can't list every "
    "situation. According to the drafting committee member quoted in the lecture-hall report, what is the core "
    "test for judging an interaction with an official that none of the scenarios covers?",
    "The report (¶10) says the 33 scenarios cannot cover everything; the core of judging is to distinguish between "
    "\"acting for the public good\" and \"acting for personal gain\", and the key is whether the actions can be "
    "\"put on the table\".",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "有个处长去年已经退休了，今年才查出来他在任的时候收过企业老板的好处。人都退休了，还能给他政务处分吗？",
    "不再给予政务处分，但可以立案调查。《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法"
    "行为的，不再给予政务处分，但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的"
    "待遇，违法取得的财物依照第二十五条处理。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我们是做工业设备的小企业，卖给一家民营大集团一条生产线，合同写的是“验收合格后付款”，验收期约定15天。"
    "设备装好两个月了，对方一直不组织验收，说领导没空。合同对付款期限没有另外约定。请问付款期限到底从哪天开始算？"
    "对方最迟什么时候得付钱？",
    "《保障中小企业款项支付条例》第十条：约定以验收合格作为付款条件的，付款期限自验收合格之日起算；大型企业拖延验收"
    "的，付款期限自约定的验收期限届满之日起算（即15天验收期届满之日）。第九条：大型企业从中小企业采购，应当自交付"
    "之日起60日内支付款项（合同另有约定的从其约定）。所以应在约定验收期届满后60日内付款。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "60日内支付款项"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("multi",
    "We're a private developer. The city signed an investment-promotion agreement with us, then the mayor was "
    "replaced and the new team stopped honouring it, citing the personnel change. Under the NDRC notice, does a "
    "change of officials excuse the non-performance? And if the city later fixes things and performs the "
    "agreement, does the dishonesty record stay?",
    "No excuse: item II.(2) says failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty (those who refuse to rectify are confirmed "
    "as dishonest). Under III.(6), once the identifying department confirms the behaviour has been corrected and "
    "performance completed, the dishonesty records should be promptly restored and punishment measures terminated.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty",
     "relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "某区发改局一名科员（公务员）收了企业送的购物卡，被给予记过处分。这个处分期有多长？处分期内他能不能提拔、"
    "能不能涨工资档次？",
    "《公职人员政务处分法》第八条：记过的处分期为十二个月，自处分决定生效之日起计算。第十九条：公务员在政务处分期"
    "内不得晋升职务、职级、衔级和级别；其中被记过的，不得晋升工资档次。",
    ["记过，十二个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "其中，被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("multi",
    "县里换了新书记，说前任跟我们民营企业签的产业园合作协议“不算数了”，理由是机构调整、换了人。"
    "按民营经济促进法，政府能这么做吗？我们因此受了损失，会有什么后果、能不能要赔偿？",
    "不能。《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行与民营经济组织订立的合同，不得以政府"
    "换届、机构或者职能调整以及相关人员更替等为由违约、毁约；因公共利益需要改变的，应依法定权限和程序并予以补偿。"
    "第七十三条：不履行依法订立的合同的，由有权机关予以纠正，造成损失的，依法予以赔偿；造成不良后果或者影响的，"
    "对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

add("multi",
    "Internal auditor at a Guangzhou state-owned enterprise here. Going by the report on the lecture about the "
    "Guangzhou Guidelines, when will a loss on one of our investments be tolerated, and when will people still be "
    "held to account?",
    "Tolerated: an investment made with due diligence and through compliant decision-making procedures that loses "
    "money due to objective factors such as market risks – the relevant personnel may be exempted from liability "
    "(¶21); losses from inherent risks such as policy adjustments, market changes and technological exploration, "
    "where due measures were taken to stop losses, get error tolerance (¶30). Accountable: if losses are expanded "
    "by lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal, "
    "those derelict in their duties must be held accountable (¶30).",
    ["may be exempted from liability", "error tolerance will be granted",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "and due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们是给一家大集团做外包的小公司。上个月去对方财务那儿要了几次账，结果对方采购负责人放话，说再来要就把我们"
    "从合作名单里踢掉、以后别想接他们的活。他们这么干，有没有规定管？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求"
    "或者投诉的中小企业及其工作人员进行恐吓、打击报复；第三十五条：这样做的，对负有责任的领导人员和直接责任人员"
    "依法给予处分或者处罚，构成犯罪的追究刑事责任。",
    ["不得以任何形式", "恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("paraphrase",
    "If the city we've invested in gets flagged by the national planners for welching on its deals with businesses, "
    "does that actually hurt the city – say, in the money it can get from Beijing or its ability to borrow?",
    "Yes. Under item III.(4) of the NDRC notice, for entities with dishonesty records the NDRC will restrict support "
    "from central budget funds, limit applications for local government special bonds and restrict recommendations "
    "for financing projects; prefecture-level and above cities with government dishonesty records also lose "
    "eligibility for awards and pilot demonstrations and get a heavier weight of credit-monitoring deductions.",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

add("paraphrase",
    "街道上在搞什么“星级门店”挑选，硬要我们店报名，还让每家交两千块“参选费”，说不参加以后办事不方便。"
    "我们就想安安静静做生意，可以不去吗？",
    "可以拒绝。《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("paraphrase",
    "听说我们局一个副局长已经被监委正式查上了。他要是这时候递辞呈不干了，或者请假去国外待一阵，行得通吗？",
    "不行（除非监察机关同意）。《公职人员政务处分法》第五十二条：公职人员在被立案调查期间，未经监察机关同意，"
    "不得出境、辞去公职；所在机关、单位也不得对其交流、晋升、奖励、处分或者办理退休手续。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("paraphrase",
    "Guangzhou has put out two rounds of rules on how firms and officials should deal with each other. Which round "
    "is the one that sorts out whether an official can let a company buy them dinner or give them a lift – the "
    "earlier one or the later one?",
    "The first (earlier) batch: the report (¶9) says the first batch systematically responded to regular "
    "government-business interaction issues such as \"what meals can be eaten and what vehicles can be taken\"; the "
    "second batch focuses on full-cycle services from investment promotion to project landing.",
    ["the first batch systematically responded", "what meals can be eaten and what vehicles can be taken"],
    [E(GZ, "¶9", "the first batch systematically responded to regular government-business"),
     E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "I work at a central SOE and want to report a colleague who I think rigged a supplier selection. If I use the "
    "company's reporting channel, will my identity be kept secret, and is there any reward if I'm right?",
    "Yes. Article 24 of the SASAC Central SOE Compliance Management Measures: the central SOE must keep the "
    "whistleblower's identity and the reported matters strictly confidential, may give an appropriate reward to a "
    "whistleblower whose report proves true, and no one may retaliate against the whistleblower in any form.",
    ["对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份关于完善政务诚信履约机制的通知里，政府部门跟民营企业在哪些领域签的协议、合同违约，"
    "算在“违约失信”范围里？",
    "通知第二部分第（1）项：违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、"
    "产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为（\"government procurement, bidding, investment "
    "promotion, government-social capital cooperation, industrial support, government investment\"）。",
    ["government procurement, bidding, investment promotion", "industrial support, government investment"],
    [E(NDRC, "II.(1)", "private enterprises in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="zh")

add("cross_lingual",
    "广州大湾区企业廉洁合规管理协会是哪一年成立的？是哪几家单位共同推动成立的？",
    "据广州讲堂报道（¶32），该协会成立于2021年（\"established in 2021\"），是由广州市纪委监委、市国资委和市工商联"
    "共同推动成立的非营利性社会组织（\"jointly promoted by the Municipal Commission for Discipline Inspection and "
    "Supervision, the Municipal State-owned Assets Supervision and Administration Commission, and the Municipal "
    "Federation of Industry and Commerce\"）。",
    ["established in 2021", "jointly promoted by the Municipal Commission for Discipline Inspection",
     "Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection")],
    lang="zh")

add("cross_lingual",
    "Do Chinese government agencies and public institutions have to publish how many contracts with small "
    "suppliers they are behind on paying, and by what date each year?",
    "Yes. Article 18 of the Regulations on Guaranteeing Payments to SMEs: government organs and public "
    "institutions must, before 31 March each year, publish the number and amount of contracts overdue and unpaid "
    "to SMEs in the previous year through websites, newspapers etc.; large enterprises must include such "
    "information in their annual reports published via the National Enterprise Credit Information Publicity System.",
    ["每年3月31日前", "逾期尚未支付中小企业款项的合同数量、金额等信息"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="en")

add("cross_lingual",
    "Under China's Private Economy Promotion Law, how are market-regulation inspectors supposed to choose which "
    "private companies get inspected and who inspects them?",
    "Article 52: except for special industries and key areas directly involving public safety and people's lives "
    "and health (which are subject to full-coverage key supervision), administrative inspections in market "
    "regulation shall randomly select the objects of inspection and randomly assign the inspectors, with the items "
    "checked and results promptly made public; multiple inspections of the same target should be combined or "
    "joined into cross-department joint inspections where possible.",
    ["随机抽取检查对象、随机选派执法检查人员", "抽查事项及查处结果及时向社会公开"],
    [E(PE, "第五十二条", "市场监管领域相关部门的行政检查应当通过随机抽取检查对象、随机选派执法检查人员的方式进行"),
     E(PE, "第五十二条", "抽查事项及查处结果及时向社会公开")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "公职人员收受企业礼金，金额达到多少算“情节较重”、要降级或者撤职？有没有具体的数额标准？",
    ["元以上", "数额较大"],
    "政务处分法第三十四条只按情节（情节较重、情节严重）分档，没有任何金额标准；其他文件也没有。",
    lang="zh", present=["情节较重", "礼金"])

unans("not_covered",
    "Our sales team often takes district officials in Guangzhou out to lunch after site visits. Under the Guangzhou "
    "Guidelines, what's the maximum we can spend per person on a meal with an official?",
    ["per person", "yuan", "RMB"],
    "The GZ report only says the first batch of the Guidelines dealt with \"what meals can be eaten\"; it gives no "
    "spending cap or amount, and no other document does.",
    lang="en", present=["meals"])

unans("not_covered",
    "大型企业拖欠中小企业款项，要拖多久、欠多少钱才会被认定为失信并记入信用记录？有没有量化的门槛？",
    ["拖欠金额", "认定标准", "失信名单"],
    "保障中小企业款项支付条例第二十六条只说“依法依规被认定为失信的”记入信用记录，没有时长或金额门槛；其他文件也没有。",
    lang="zh", present=["失信", "信用记录"])

unans("not_covered",
    "Audit question: is there a required ratio of full-time compliance staff to total employees that a central SOE "
    "must meet under the SASAC compliance measures?",
    ["ratio", "千分之", "配备比例"],
    "第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员，没有人数或比例。",
    lang="en", present=["专职合规管理人员"])

unans("not_covered",
    "What professional certificate or minimum years of experience does someone need to be appointed chief "
    "compliance officer of a central SOE?",
    ["资格证书", "工作经验", "任职条件", "qualification"],
    "第十二条只说首席合规官由总法律顾问兼任、对企业主要负责人负责，不规定任职资格或工作年限。",
    lang="en", present=["首席合规官", "总法律顾问"])

unans("not_covered",
    "After a local government is confirmed as having breached a contract, how many years does its dishonesty record "
    "stay published on Credit China before it is automatically taken down?",
    ["automatically removed", "disclosure period"],
    "The NDRC notice only says records are restored once the behaviour is corrected and performance completed "
    "(III.(6)); it sets no publication period. 民营经济促进法第五十四条 and 条例第二十六条 set none either.",
    lang="en", present=["Credit China"])

unans("not_covered",
    "国家规定的企业开办时限是几个工作日？",
    ["一个工作日", "开办企业时限"],
    "优化营商环境条例第十九条只说“在国家规定的企业开办时限内，各地区应当确定并公开具体办理时间”，没写天数。",
    lang="zh", present=["开办时限"])

unans("not_covered",
    "收到政务处分决定书以后不服，要在多少日内向作出决定的监察机关申请复审？过了期限还能申请吗？",
    ["复审申请期限", "三十日", "日内申请"],
    "政务处分法第四十五条只要求决定书载明申请复审、复核的“途径和期限”，第五十五条规定可以申请复审，但没有规定天数。",
    lang="zh", present=["申请复审"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "条例规定大型企业向中小企业采购要在30天内付款，这30天是从合同签订那天开始算，还是从开票那天算？",
    ["合同签订", "开票"],
    "前提错误：大型企业的付款期限是自货物、工程、服务交付之日起60日（30日是机关、事业单位的期限），不是从签合同或开票起算。",
    lang="zh", present=["60日", "30日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "Once the period of a demotion sanction under the Public Official Sanctions Law runs out, how soon is the "
    "official's original grade and pay automatically restored?",
    ["自动恢复"],
    "False premise: 第二十六条 says the sanction is lifted when the period ends, but lifting a demotion (降级) or "
    "removal (撤职) does not restore the original post, grade or pay.",
    lang="en", present=["恢复原职务"],
    related=[E(PS, "第二十六条", "但是，解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇")])

unans("false_premise",
    "民营经济促进法要求民营企业都必须设立首席合规官，我们公司到现在还没设，会被罚多少钱？",
    ["未设立首席合规官", "对企业罚款"],
    "前提错误：首席合规官出自《中央企业合规管理办法》第十二条，只针对中央企业；民营经济促进法没有设立首席合规官的义务，也没有相应罚款。",
    lang="zh", present=["首席合规官"],
    related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官"),
             E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业")])

unans("false_premise",
    "The NDRC notice fines a local government 5% of the contract value when it breaches a contract with a private "
    "company. Who collects that fine, and does the company get any of it?",
    ["fine", "5%"],
    "False premise: the notice sets no fines; its punishments are restrictions (central budget funds, local special "
    "bonds, financing recommendations, awards, credit deductions) under III.(4)/(5).",
    lang="en", present=["special bonds"],
    related=[E(NDRC, "III.(4)", "restrict support from central budget funds")])

unans("false_premise",
    "政务处分法规定企业给公职人员送礼的，由监察机关对企业处以罚款。罚款标准是多少？",
    ["对企业罚款", "罚款标准"],
    "前提错误：政务处分法只适用于对违法的公职人员给予政务处分（第二条），不对企业罚款；第三十四条第二款处分的是送礼的公职人员。",
    lang="zh", present=["罚款", "礼金"],
    related=[E(PS, "第二条", "本法适用于监察机关对违法的公职人员给予政务处分的活动")])

unans("false_premise",
    "The Guangdong Department of Commerce issued the Guangzhou government-business Guidelines with 50 scenarios. "
    "Which of the 50 scenarios covers giving officials gifts at Spring Festival?",
    ["Department of Commerce", "50 scenarios", "Spring Festival"],
    "False premise: the GZ report says the Guidelines were issued by the Guangzhou Municipal Commission for "
    "Discipline Inspection and Supervision in two batches covering 33 scenarios; Spring Festival gifts are not "
    "mentioned.",
    lang="en", present=["scenarios"],
    related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
             E(GZ, "¶7", "Supervision has issued two batches of the Guidelines and Q&A")])

unans("false_premise",
    "《中央企业合规管理办法》适用于所有国有企业，包括市属、区属国企。那我们区属国企的首席合规官是不是也要直接向国务院国资委报告？",
    ["所有国有企业", "地方国企"],
    "前提错误：办法只适用于国资委履行出资人职责的中央企业（第二条）；地方国有资产监督管理机构只是参照本办法指导所出资企业（第四十条）。",
    lang="zh", present=["首席合规官"],
    related=[E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业"),
             E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "个税专项附加扣除里，首套房贷利息每个月能扣多少？夫妻两个人怎么分着扣？",
    ["专项附加扣除", "房贷", "个人所得税"],
    "个人所得税问题，与这些文件无关。",
    lang="zh", present=["税收"])

unans("out_of_domain",
    "I moved out of my flat two months ago and my landlord still hasn't returned my security deposit. Where can I "
    "file a complaint, and can I claim interest for the late payment?",
    ["landlord", "security deposit", "deposit"],
    "A tenancy dispute; none of the documents deals with it (their complaints and late-payment interest concern "
    "government breach of contract and payments to SMEs).",
    lang="en", present=["complaint"])

unans("out_of_domain",
    "公司拖欠我三个月工资了，我是该先申请劳动仲裁还是直接去法院起诉？需要准备什么材料？",
    ["劳动仲裁", "劳动争议"],
    "个人劳动争议，文件不涉及（文件中的“拖欠”指拖欠企业账款）。",
    lang="zh", present=["拖欠", "仲裁"])

unans("out_of_domain",
    "I'm a foreign engineer working for a private company in Guangzhou. How do I renew my work permit and residence "
    "permit, and how long does it take?",
    ["work permit", "residence permit"],
    "Immigration / employment of foreigners; not covered by any of the documents.",
    lang="en", present=["Guangzhou"])

unans("out_of_domain",
    "I run a small sole-trader shop. What credit score do I need to get a personal car loan, and will customers "
    "paying me late hurt my score?",
    ["credit score", "car loan", "loan"],
    "Personal consumer credit; the documents only deal with financing for private/SME businesses in general terms.",
    lang="en", present=["贷款", "个体工商户"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年7月公布的那版（修订前的）《保障中小企业款项支付条例》，对大型企业付款期限是怎么规定的？",
    ["修订前", "2020年版"],
    "语料只有2025年国务院令第802号修订后的文本，没有2020年原版的条文。",
    lang="zh", present=["国务院令第728号"])

unans("superseded",
    "The Regulations on Optimizing the Business Environment were revised in 2023. What does the revised version "
    "say about local governments breaking contracts with companies?",
    ["revised", "revision"],
    "The corpus holds only the 2019 Regulations (State Council Order No. 722, in force 2020-01-01); no revised "
    "version is in it.",
    lang="en", present=["优化营商环境条例"])

unans("superseded",
    "民营经济促进法草案征求意见稿里关于拖欠民营企业账款的条文，和最后通过的版本有什么不同？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过的正式文本，没有草案或征求意见稿。",
    lang="zh", present=["民营经济促进法"])

unans("superseded",
    "Before the 2022 Measures, central SOEs followed the 2018 trial Guidelines on compliance management. What did "
    "those 2018 guidelines require on the chief compliance officer?",
    ["2018", "试行"],
    "The corpus holds only the 2022 Measures (SASAC Order No. 42); the 2018 trial guidelines are not in it.",
    lang="en", present=["首席合规官"])
