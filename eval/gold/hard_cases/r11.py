"""Hard-case gold items, eleventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我们公司长期对接的一位区里的处长上个月被监察委立案调查了。他私下跟我们老板说想赶紧辞职，"
    "来我们公司当顾问，顺便出国避避风头。他在被调查期间能自己辞职或者出境吗？",
    "不能擅自这样做。《公职人员政务处分法》第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，"
    "不得出境、辞去公职；所在机关、单位也不得对其交流、晋升、奖励、处分或者办理退休手续。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("single",
    "NDRC 2023 notice: when does a government dishonesty record get restored?",
    "Item III.(6): once the identifying department confirms that the dishonest behaviour has been corrected and "
    "performance completed, the relevant dishonesty records should be promptly restored and the dishonesty "
    "punishment measures terminated.",
    ["the dishonest behavior has been corrected and performance completed",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("single",
    "政府起草跟企业生产经营密切相关的规章、规范性文件时，向社会公开征求意见一般至少要留多长时间？",
    "《优化营商环境条例》第六十二条第二款：除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，"
    "征求意见的期限一般不少于30日，并建立意见采纳情况反馈机制。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "We're a manufacturer that signed an investment agreement with a Guangzhou district. Because of a raw-material "
    "shortage we couldn't reach the output targets we had committed to. According to the lecture-hall report on "
    "the Guangzhou Guidelines, what can a company in our position expect?",
    "The report (¶18, on the second batch of the Guidelines) says that if an enterprise fails to complete its "
    "targets due to objective reasons, it can negotiate adjustments and enjoy a grace period; if an agreement "
    "cannot be fulfilled due to policy changes, procedures can be rectified or a transition period set.",
    ["it can negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

add("single",
    "几个记过合并执行 处分期最长几个月",
    "《公职人员政务处分法》第十五条：应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、"
    "多个政务处分期之和以下确定政务处分期，但最长不得超过四十八个月。",
    ["最长不得超过四十八个月"],
    [E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们是个十几个人的小加工厂，给一家大集团供货。对方财务每次结账都不打钱，而是塞给我们一张半年后才能兑付的“票”，"
    "说不要的话就排到下个季度再说。我们只想收现款，他们能这样逼我们吗？",
    "不能。《保障中小企业款项支付条例》第十一条：大型企业等使用商业汇票、应收账款电子凭证等非现金支付方式的，"
    "应在合同中明确、合理约定，不得强制中小企业接受非现金支付方式，也不得借此变相延长付款期限。",
    ["不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式",
     "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("paraphrase",
    "If a new team takes over at the county government and simply refuses to honour what their predecessors "
    "signed with our company, is that treated as the government going back on its word, or is it excused "
    "because the people in charge changed?",
    "It is not excused. Item II.(2) of the NDRC notice: failure to perform due to institutional adjustments, "
    "personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes, and other reasons shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("paraphrase",
    "以前管我们项目审批的一位老领导，退下来已经两年了。最近有人反映他在位时拿过好处。人都回家养老了，"
    "还能拿他怎么样吗？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，"
    "但可以立案调查；依法应当予以降级、撤职、开除的，应当相应调整其享受的待遇，违法所得财物依第二十五条处理。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "本地有个商会三天两头打电话拉我们入会，还说不报名他们搞的“诚信企业”评选，以后在本地不好办事，报名费要八千。"
    "我们可以不理会吗？",
    "可以。《优化营商环境条例》第十七条：除法律、法规另有规定外，市场主体有权自主决定加入或者退出行业协会商会等"
    "社会组织，任何单位和个人不得干预；不得强制或者变相强制市场主体参加评比、表彰等活动，也不得借此收费或者变相收费。",
    ["市场主体有权自主决定加入或者退出行业协会商会等社会组织", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "市场主体有权自主决定加入或者退出行业协会商会等社会组织"),
     E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")],
    lang="zh")

add("paraphrase",
    "I'm on the audit team of a state-owned group. One of our funds put money into a start-up; first the market "
    "turned against it, and then, because nobody kept an eye on the money afterwards, the hole got much bigger. "
    "At the Guangzhou lecture hall, how did the audit speaker say cases like this are split between being "
    "forgiven and being punished?",
    "Cheng Jinyuan (¶30): losses caused by inherent risks such as policy adjustments, market changes and "
    "technological exploration, where due measures were taken to stop losses, are granted error tolerance; "
    "where losses are expanded due to lack of post-investment control, misappropriation of funds or concealment "
    "of risks and delayed disposal, those derelict in their duties must be held accountable.",
    ["error tolerance will be granted", "if losses are expanded due to lack of post-investment control",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶30", "If losses are caused by inherent risks such as policy adjustments"),
     E(GZ, "¶30", "if losses are expanded due to lack of post-investment control")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "I've just joined the legal department of a central state-owned enterprise and I'm preparing an induction "
    "slide on the Chief Compliance Officer. Under the SASAC compliance measures, who takes on this role, and does "
    "the company have to create a new executive position for it?",
    "Article 12 of the Central SOE Compliance Management Measures (中央企业合规管理办法): central SOEs set up a "
    "chief compliance officer according to their actual situation, without adding leadership posts or headcount; "
    "the general counsel holds the role concurrently, answers to the principal person in charge and leads the "
    "compliance department.",
    ["不新增领导岗位和职数，由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="en")

add("cross_lingual",
    "late payment interest owed to an SME when the contract sets no rate?",
    "Article 17 of the Regulations on Guaranteeing Payments to SMEs: a late payer owes overdue interest; if no rate "
    "was agreed, it is paid at a daily rate of 0.05% (万分之五); an agreed rate may not be lower than the one-year "
    "LPR at the time the contract was signed.",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("cross_lingual",
    "我在一个地级市的发改委工作。市里因为拖欠民营企业的合同款被认定了政府失信记录，领导让我查一下国家发改委2023年"
    "那份关于政务诚信的通知：对有这种记录的城市会有什么后果？",
    "国家发改委通知第III.(4)项：对有政府失信记录的地级及以上城市，取消其在发展改革系统的评优评先和试点示范资格，"
    "加大城市信用监测扣分权重，取消社会信用体系建设示范区称号或资格；对有失信记录的相关主体还会限制中央预算内资金"
    "支持、地方政府专项债券申报和各类融资项目推荐。",
    ["cancel their eligibility for awards and pilot demonstrations in the development and reform system",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="zh")

add("cross_lingual",
    "广州的政商交往指引两批加起来也就三十几个场景。遇到指引里没写到的情况，起草组的王玉群说应该怎么判断一个行为"
    "合不合适？",
    "据讲堂报道（¶10）：两批指引涵盖的33个场景无法涵盖所有情形；判断各种情形的核心是区分“为公”还是“为私”"
    "（acting for the public good / acting for personal gain），关键看行为能否“摆上桌面”（put on the table），"
    "并把握三组辩证关系。",
    ["the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations",
     "the key is whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "Someone keeps posting made-up, insulting stories about our private company and our founder on social media. "
    "Under China's Private Economy Promotion Law, can we ask a court to make them stop, and can we claim for the "
    "business we lost?",
    "Yes. Article 59 of the Private Economy Promotion Law: a private economic organisation or its operator whose "
    "personality rights are maliciously infringed may apply to a people's court for measures ordering the "
    "infringer to stop; where this causes actual losses to production, operation, investment or financing, the "
    "infringer is liable for compensation.",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "人格权益受到恶意侵害的民营经济组织及其经营者有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "致使民营经济组织生产经营、投资融资等活动遭受实际损失的，侵权人依法承担赔偿责任")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "去年我们和区政府签了招商引资协议，约定给设备补贴。今年区里换届，新班子说机构调整了、以前的承诺不算数。"
    "这样做合法吗？我们可以通过什么渠道投诉？",
    "不合法。《民营经济促进法》第七十条：地方各级人民政府及其有关部门不得以行政区划调整、政府换届、机构或者职能调整"
    "以及相关人员更替等为由违约、毁约；确因国家利益、社会公共利益需要改变的，应依法定权限和程序并补偿损失。"
    "国家发改委通知II.(1)：招商引资等领域的协议违约属于违约失信范围，可通过信用网站、“互联网+监管”平台、"
    "工信部违约拖欠中小企业款项登记（投诉）平台、12345热线、营商环境投诉平台等设立的违约失信投诉专栏投诉。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "local 12345 government service hotlines", "investment promotion"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint"),
     E(NDRC, "II.(1)", "bidding, investment promotion, government-social capital cooperation")],
    lang="zh")

add("multi",
    "We're a large listed company buying custom parts from a small supplier. The contract says we pay after the "
    "parts pass our acceptance inspection and gives us 15 days to inspect, but our QA team still hasn't done it two "
    "months later. Under China's SME payment regulations, from when does our payment period run, and how long is "
    "it if the contract doesn't fix one?",
    "Article 10: where payment depends on passing inspection or acceptance, the period runs from the date they are "
    "passed; if the large enterprise delays the inspection, it runs from the expiry of the agreed inspection "
    "period (here the 15 days). Article 9: a large enterprise pays within 60 days (from delivery, or from the "
    "start date fixed as above) unless the contract sets a reasonable term.",
    ["付款期限自约定的检验或者验收期限届满之日起算", "应当自货物、工程、服务交付之日起60日内支付款项"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="en")

add("multi",
    "国有企业的部门经理受了记大过的政务处分，处分期有多长？在这期间还能提拔、涨工资吗？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月，自处分决定生效之日起计算。第二十一条：国有企业管理人员"
    "在政务处分期内不得晋升职务、岗位等级和职称；被记大过的，还不得晋升薪酬待遇等级。",
    ["记大过，十八个月", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

add("multi",
    "central SOE compliance: who signs the compliance opinion on major decisions, who approves the basic compliance rules?",
    "SASAC Central SOE Compliance Measures, Article 21: the compliance review opinion on major decision items is "
    "signed by the chief compliance officer. Article 8: the board of directors reviews and approves the basic "
    "compliance management system, the system-building plan and the annual report.",
    ["重大决策事项的合规审查意见应当由首席合规官签字", "审议批准合规管理基本制度、体系建设方案和年度报告等"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字"),
     E(SOE, "第八条", "（一）审议批准合规管理基本制度、体系建设方案和年度报告等。")],
    lang="en")

add("multi",
    "我们是一家民营企业。中秋快到了，销售部想给平时对接的几位区里科长每人送一张购物卡“维护关系”。"
    "收卡的公职人员会面临什么处分？法律对我们和公职人员打交道又有什么要求？",
    "《公职人员政务处分法》第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者"
    "记大过；情节较重的降级或者撤职；情节严重的开除。《民营经济促进法》第四十四条：国家机关工作人员与民营经济组织"
    "经营者在工作交往中应当遵纪守法，保持清正廉洁；第三十六条：民营经济组织不得通过贿赂和欺诈等手段牟取不正当利益。",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过",
     "应当遵纪守法，保持清正廉洁", "不得通过贿赂和欺诈等手段牟取不正当利益"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PE, "第四十四条", "国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁"),
     E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
      "Ten years ago a township official we dealt with took a kickback from our former sales director. It has only "
      "just come to light, and he is still in office. Under the Public Official Sanctions Law, is there a time "
      "limit after which he can no longer be given a sanction?",
      ["时效", "limitation period", "处分时效"],
      "The Public Official Sanctions Law sets no limitation period for sanctions: art. 67 only deals with conduct "
      "before the law took effect (the rules of the time apply), art. 27 with retired/departed officials; the "
      "only 追诉期限 in the corpus is the criminal prosecution period mentioned in 民营经济促进法 art. 63.",
      lang="en", present=["追诉期限", "行为发生时的规定"])

unans("not_covered",
      "央企合规管理部门的专职合规人员至少要配几个？有没有按员工总数的比例要求？",
      ["最低人数", "人员比例", "配备比例"],
      "央企合规办法第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员，第十三条要求业务部门设合规"
      "管理员，但没有规定最低人数或与员工总数的比例。",
      lang="zh", present=["专职合规管理人员", "与经营规模、业务范围、风险水平相适应"])

unans("not_covered",
      "NDRC 1103 notice: how many working days to verify a breach-of-contract complaint?",
      ["working days", "working day"],
      "NDRC notice II.(2) only says complaint clues are to be transferred immediately and the identifying department "
      "should promptly give feedback / immediately promote rectification; it sets no number of days. The 10-working-day "
      "and 30/90-day limits in 保障中小企业款项支付条例 art. 25 concern SME payment complaints, not this notice.",
      lang="en", present=["immediately transfer", "promptly provide feedback"])

unans("not_covered",
      "公司下周要接待来调研的区里工作人员，中午想留他们吃个工作餐。我记得广州那个政商交往指引第一批讲过“能吃什么饭”，"
      "指引里定的工作餐人均标准是多少钱？",
      ["人均", "per person", "yuan", "RMB"],
      "GZ report ¶9 only says the first batch of the Guidelines answered questions such as “what meals can be eaten and "
      "what vehicles can be taken”; the report quotes no spending standard, and no other document sets a per-head "
      "meal limit.",
      lang="zh", present=["what meals can be eaten"])

unans("not_covered",
      "We supply a state-owned hospital and want to rely on the SME payment regulations, but the hospital says we're "
      "too big to count as an SME. We're a software company with about 350 staff and 80 million in annual revenue. "
      "What headcount and revenue cut-offs define an SME?",
      ["营业收入", "从业人员", "headcount"],
      "保障中小企业款项支付条例 art. 3 refers to the SME classification standards approved by the State Council without "
      "stating any figures; art. 29 only provides a self-test platform and recognition by the county-level SME "
      "department in a dispute.",
      lang="en", present=["中小企业划分标准", "企业规模类型测试平台"])

unans("not_covered",
      "不服政务处分 申请复审 要在几日内提",
      ["日内申请复审", "复审申请期限", "收到政务处分决定书之日起"],
      "政务处分法第五十五条规定可以申请复审、复核，第四十五条要求处分决定书载明申请复审、复核的途径和期限，"
      "但法律本身没有规定申请复审的天数。",
      lang="zh", present=["申请复审", "申请复审、复核的途径和期限"])

unans("not_covered",
      "Our private company was put on a dishonesty list over an unpaid court judgment. We've now paid everything. "
      "Under the Private Economy Promotion Law, how long do we have to wait before we can apply for credit repair, "
      "and within how many days must the authority decide?",
      ["waiting period", "修复期限", "日内作出"],
      "民营经济促进法 art. 54 allows a credit-repair application once the dishonest conduct is corrected and the repair "
      "conditions are met, and requires authorities to lift measures promptly (及时), but sets no waiting period or "
      "decision deadline; NDRC notice III.(6) likewise only says records are promptly restored.",
      lang="en", present=["信用修复申请", "promptly restored"])

unans("not_covered",
      "Under the Regulations on Optimizing the Business Environment, if a district bureau keeps asking us for "
      "certificates that aren't on the published list, which office exactly do we complain to, and how many days "
      "does it have to reply?",
      ["答复期限", "日内答复", "日内反馈"],
      "优化营商环境条例 art. 44 bars asking for certificates outside the published list and art. 49 only requires "
      "governments to set up convenient channels for business-environment complaints; no office is named and no reply "
      "deadline is set (the 30/90-day limits of 保障中小企业款项支付条例 art. 25 apply only to SME payment complaints).",
      lang="en", present=["受理有关营商环境的投诉和举报", "清单之外，政府部门、公用企事业单位和服务机构不得索要证明"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
      "我们是区里的一个事业单位，从一家小微企业买了一批办公设备。同事说只要合同里写清楚，付款期限约定成90天也没问题，"
      "反正双方自愿。那我们就按90天签了，可以吧？",
      ["90天"],
      "前提错误：保障中小企业款项支付条例第九条规定机关、事业单位应自交付之日起30日内付款，合同另有约定的，"
      "付款期限最长也不得超过60日；约定90天不合规。",
      lang="zh", present=["最长不得超过60日"],
      related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "Why does the sanction period for a 记过 (demerit) under the Public Official Sanctions Law last 24 months?",
      ["24 months"],
      "False premise: art. 8 of the Public Official Sanctions Law sets the period for 记过 at twelve months; 24 months "
      "applies to 降级 and 撤职.",
      lang="en", present=["二十四个月", "十二个月"],
      related=[E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
      "办审批的时候，窗口工作人员给我们推荐了一家指定的评估机构，说只要这家机构不另外收费，政府指定中介就符合"
      "《优化营商环境条例》，对吧？",
      ["指定的中介", "可以指定"],
      "前提错误：优化营商环境条例第四十三条规定行政机关不得为市场主体指定或者变相指定中介服务机构，与是否收费无关；"
      "行政机关自己需要技术性服务的，应通过竞争性方式选择并自行承担费用。",
      lang="zh", present=["不得为市场主体指定或者变相指定中介服务机构"],
      related=[E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构")])

unans("false_premise",
      "《中央企业合规管理办法》出台以后，我们这种民营上市公司也必须设首席合规官、由总法律顾问兼任，对吧？",
      ["民营上市公司"],
      "前提错误：央企合规办法第二条规定其适用于国资委履行出资人职责的中央企业，第四十条只要求地方国资委参照指导所出资"
      "企业；办法不适用于民营企业，也没有要求民营企业设首席合规官（民营经济促进法第三十九条只是支持引导民企提升合规水平）。",
      lang="zh", present=["中央企业", "首席合规官"],
      related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业")])

unans("false_premise",
      "NDRC notice: government dishonesty records are permanent, never removed",
      ["permanent", "permanently"],
      "False premise: NDRC notice III.(6) provides for credit restoration: once the identifying department confirms "
      "the dishonest behaviour is corrected and performance completed, records are promptly restored and punishment "
      "measures terminated.",
      lang="en", present=["credit restoration"],
      related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
      "我们是一家大型建筑企业，做总包，下面有不少小的民营分包商。法务同事说《民营经济促进法》允许在分包合同里写"
      "“业主付款后再付分包款”的背靠背条款，只要对方签字同意就行。那我们就照这个写了？",
      ["背靠背"],
      "前提错误：民营经济促进法第六十八条规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件；"
      "保障中小企业款项支付条例第九条第二款也禁止约定以收到第三方付款作为付款条件或按第三方付款进度比例支付。",
      lang="zh", present=["不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
      related=[E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")])

unans("false_premise",
      "My manager says the Guangzhou Guidelines on government-business interactions were drawn up by the GBA Integrity "
      "and Compliance Association as a voluntary code for its member companies, so we don't need to bother with them "
      "when dealing with officials. Which batch did the association put out first?",
      ["voluntary code"],
      "False premise: GZ report ¶7 says the two batches of the Guidelines and Q&A were issued by the Guangzhou Municipal "
      "Commission for Discipline Inspection and Supervision; the association hosted the lecture hall (¶3) where "
      "drafting committee members interpreted them. The association's own guidelines (¶51, ¶58) are different documents.",
      lang="en", present=["Municipal Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
      "我在一家央企工作，今年年终奖发了五万多。听同事说单独计税和并入综合所得算出来差不少，我这种情况选哪种更划算？",
      ["年终奖", "个人所得税", "综合所得"],
      "个人所得税问题，不属于这些合规文件的内容。",
      lang="zh")

unans("out_of_domain",
      "maternity leave days for civil servants in Guangdong 2025",
      ["maternity", "产假"],
      "Leave entitlements are an HR/labour matter; none of the documents covers them.",
      lang="en")

unans("out_of_domain",
      "My husband is a section chief at a district bureau and we're buying our first flat in Guangzhou. What's the "
      "minimum down payment, and can we use his housing provident fund for it?",
      ["down payment", "provident fund", "公积金"],
      "Personal housing finance; outside the documents' subject.",
      lang="en")

unans("out_of_domain",
      "公司新招的合规专员，试用期最长能约定几个月？试用期内辞退要不要给经济补偿？",
      ["试用期", "经济补偿"],
      "劳动合同法问题；央企合规办法第三十条只提到新入职人员的合规培训，文件中没有任何劳动合同规则。",
      lang="zh")

unans("out_of_domain",
      "What is the VAT rate on software services our Guangzhou company exports to clients in Hong Kong?",
      ["VAT", "增值税", "税率"],
      "Tax rates are outside the documents' subject.",
      lang="en")

# =========================================================================== unanswerable: superseded

unans("superseded",
      "我在整理培训课件，想做个新旧对比：2020年国务院令第728号公布的《保障中小企业款项支付条例》原版里，大型企业"
      "付款期限是怎么规定的？修订前后有什么变化？",
      ["修订前", "原条例第"],
      "语料只收录2025年3月国务院令第802号修订后的文本；标题虽提到2020年第728号令公布，但原版条文不在语料中，无法对比。",
      lang="zh", present=["国务院令第728号"])

unans("superseded",
      "SASAC 2018 central SOE compliance guidelines (pilot version): key requirements?",
      ["2018", "试行"],
      "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42); the earlier "
      "2018 guidelines are not in it.",
      lang="en", present=["国资委令第42号"])

unans("superseded",
      "A trainee asked me how civil-servant discipline worked before the sanctions law took effect in July 2020. Under "
      "the old 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long did a demotion "
      "sanction last?",
      ["2007", "行政机关公务员处分条例", "Regulations on the Punishment"],
      "The corpus holds only the 2020 Public Official Sanctions Law (art. 8: 降级 24 months); the earlier 2007 "
      "regulations are not in it (art. 67 only refers to 'the rules of the time').",
      lang="en", present=["2020年7月1日起施行"])

unans("superseded",
      "《民营经济促进法》草案二审稿和最后通过的版本相比，关于拖欠民营企业账款的那一条改了哪些内容？",
      ["草案", "二审稿"],
      "语料只有2025年4月30日通过的正式文本（第六十七条等），没有任何草案稿，无法比较。",
      lang="zh", present=["第十四届全国人民代表大会常务委员会第十五次会议通过"])
