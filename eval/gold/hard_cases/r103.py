"""Hard-case gold items, hundred-and-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a paralegal at a Guangzhou law firm drafting a client alert in precise English with article
citations (some misremembered: wrong article numbers, wrong paragraph, wrong document), asking what
each provision requires, from when, and of whom; now and then she types the question in Chinese.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "在写客户提示，我记得《保障中小企业款项支付条例》第八条规定了大型企业向中小企业付款的期限——具体是交付后多少天？"
    "合同里能不能写“等我方收到业主付款后再付给你”？",
    "在第九条第二款（不是第八条）：大型企业应自货物、工程、服务交付之日起60日内付款；合同另有约定的从其约定，"
    "但不得约定以收到第三方付款作为付款条件，也不得按第三方付款进度比例支付。",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项")],
    lang="zh")

add("single",
    "客户是一家小型设备供应商，买方是大型国企，一直拖款。按中小企业款项支付条例，逾期利息怎么算？"
    "合同没写利率的话按什么标准，写了的话有没有下限？",
    "第十七条：迟延支付应付逾期利息；约定利率不得低于合同订立时1年期贷款市场报价利率，未约定的按每日万分之五支付。",
    ["约定利率不得低于合同订立时1年期贷款市场报价利率", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "客户想拿对一家大型企业的应收账款去银行做融资，但对方一直不肯书面确认这笔债。条例对买方确认债权有没有时间要求？从哪天起算？",
    "第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "政务处分法第七条规定的“记大过”，处分期是多长？从哪一天开始算？",
    "处分期规定在第八条（第七条只列处分种类）：记大过为十八个月，政务处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算。")],
    lang="zh")

add("single",
    "国资委42号令下，央企的首席合规官是不是得新设一个领导岗位、另外招人？由谁来当，对谁负责？",
    "第十二条：不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责，领导合规管理部门开展工作。",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "客户想对市里一部涉企规章的草稿提意见。按《优化营商环境条例》第六十三条，政府挂网听取意见一般至少要留多长时间？",
    "规定在第六十二条第二款（不是第六十三条）：与市场主体生产经营活动密切相关的规定，除依法需要保密外应公开征求意见，期限一般不少于30日。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见，并建立健全意见采纳情况反馈机制"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "Drafting the section on the NDRC's 2023 notice (Development and Reform Finance [2023] No. 1103): a district government "
    "says it cannot honour an investment agreement because the officials who signed it have since been moved on. "
    "Does the notice accept that as an excuse?",
    "No. Item II.(2) says failure to perform due to institutional adjustments, personnel changes and other reasons "
    "shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "due to institutional adjustments, personnel changes, and other reasons"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "In the Guangzhou lecture-hall report, what does the second batch of the Guidelines say happens to the officials "
    "who brought in an investment project if the project later falls short of expectations?",
    "As a speaker summarises it: if the investment promotion process was carried out with due diligence and compliance, "
    "the relevant personnel will not be held blindly accountable even if the project fails to meet expectations.",
    ["due diligence and compliance", "will not be held blindly accountable"],
    [E(GZ, "¶18", "investment promotion process is carried out with due diligence and compliance"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
     E(GZ, "¶18", "even if the project fails to meet expectations")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "For our alert on the 2025 SME Payment Regulations: what do government agencies and large companies each have to "
    "publish about payments to SMEs that are overdue, by when and through what channel, and who goes after a large "
    "company that fudges those numbers?",
    "Art. 18: agencies and public institutions publish last year's overdue contracts (number, amount) before 31 March "
    "each year via websites, newspapers etc.; large enterprises put the information in their annual report and publicise "
    "it through the National Enterprise Credit Information Publicity System. Art. 34: a large enterprise that fails to "
    "disclose or conceals/falsifies it is dealt with by the market regulation department.",
    ["每年3月31日前", "纳入企业年度报告", "国家企业信用信息公示系统", "由市场监督管理部门依法处理"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开"),
     E(SME, "第十八条", "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示"),
     E(SME, "第三十四条", "未按照规定在企业年度报告中公示逾期尚未支付中小企业款项信息或者隐瞒真实情况、弄虚作假的"),
     E(SME, "第三十四条", "由市场监督管理部门依法处理")],
    lang="en")

add("multi",
    "A state-owned developer is telling our subcontractor client it will not settle the final account until the "
    "government audit bureau signs off on the project. Is that allowed under the Private Economy Promotion Law and the "
    "SME payment rules, and what is the consequence for the SOE if it digs in?",
    "Not allowed unless a law or administrative regulation provides otherwise: PE Law Art. 67 bars SOEs from forcing audit "
    "results as the settlement basis; SME Regulations Art. 12 says the same for state-owned large enterprises. Under SME "
    "Art. 33(2) the supervising department orders correction, and if the SOE refuses, the responsible managers are sanctioned.",
    ["不得强制要求以审计结果作为结算依据", "不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正",
     "对负有责任的国有企业管理人员依法给予处分"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的"),
     E(SME, "第三十三条", "由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="en")

add("multi",
    "国企采购部一位经理收了供应商送的购物卡，金额不小。按政务处分法他可能受什么处分？如果最后给的是记过，处分期内对他升职、涨薪有什么影响？",
    "第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过，情节较重降级或撤职，情节严重开除。"
    "第二十一条：国有企业管理人员在处分期内不得晋升职务、岗位等级和职称；被记过的还不得晋升薪酬待遇等级。",
    ["予以警告、记过或者记大过", "不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份第1103号通知里，对有政府失信记录的地级及以上城市，发改委自己会采取哪些惩戒措施？",
    "III.(4)：取消其在发展改革系统的评奖和试点示范资格，加大城市信用监测扣分权重，取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "广州“廉洁合规讲堂”那篇报道里，起草组成员说两批政商交往《指引》一共覆盖了多少个场景？碰到指引没写到的情形，判断的核心是什么？",
    "共33个场景，不能涵盖所有情形；判断的核心是区分“为公”还是“为私”，关键看行为能否“摆上桌面”。",
    ["33 scenarios", "acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "A large developer is insisting that our contractor client post its performance deposit in cash. Can the client "
    "offer a bank letter of guarantee instead, and when does the developer have to hand the deposit back?",
    "SME Payment Regulations Art. 13: large enterprises may not restrict deposits to cash and must accept a guarantee "
    "issued by a financial institution; after the guarantee period expires they must promptly reconcile and return the deposit.",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受",
     "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"),
     E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "街道要办个活动，让辖区里的公司“出点钱，再派几个员工去帮忙”，也拿不出什么文件依据。公司能直接回绝吗？",
    "可以。《优化营商环境条例》第十四条禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派，市场主体有权拒绝任何形式的摊派；"
    "民营经济促进法第六十一条也规定不得向民营经济组织摊派财物。",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派"),
     E(PE, "第六十一条", "不得向民营经济组织摊派财物")],
    lang="zh")

add("paraphrase",
    "Say a city government that stiffed a private firm eventually pays up and puts things right. Does the black mark "
    "against the city get wiped, and do the penalties stop?",
    "Yes, under NDRC notice III.(6): once the identifying department confirms the behaviour has been corrected and "
    "performance completed, the dishonesty records should be promptly restored and the punishment measures terminated.",
    ["relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "confirms that the dishonest behavior has been corrected"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "Why does Article 9 of the SME Payment Regulations let government agencies stretch payment to 45 days by contract "
    "while large companies get 60? I would like to explain the policy rationale in the alert.",
    ["45日", "45 days"],
    "SME Art. 9 gives agencies and public institutions 30 days from delivery, and where the contract provides otherwise "
    "at most 60 days; large enterprises 60 days or as agreed. There is no 45-day figure, and no rationale is given.",
    lang="en", present=["30日内支付款项", "最长不得超过60日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "Given that the NDRC notice requires provincial credit departments to close each breach-of-contract complaint "
    "against a government department within 15 working days, what can the complainant do if that deadline is missed?",
    ["15 working days", "working days"],
    "NDRC II.(2) only says provincial credit leading departments should immediately transfer complaint clues to the "
    "superior or competent departments for verification; it sets no day-count deadline and no remedy for a missed one. "
    "(The 10-working-day and 30-day limits in SME Art. 25 concern SME arrears complaints, not this notice.)",
    lang="en", present=["immediately transfer", "verified as true"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
    "Article 18 of the SME Payment Regulations makes government agencies publish their overdue-payment figures every "
    "quarter, right? What has to go into each quarterly disclosure?",
    ["季度", "quarterly"],
    "SME Art. 18 requires agencies and public institutions to publish the previous year's overdue contracts (number, "
    "amount etc.) once a year, before 31 March; there is no quarterly disclosure.",
    lang="en", present=["每年3月31日前", "上一年度"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "42号令第二十一条要求央企重大决策的合规审查意见由党委书记签字——这个签字要求是否也延伸适用于二级子企业的重大决策？",
    ["党委书记", "党委书记签字"],
    "SOE Art. 21 requires the compliance review opinion on major decisions to be signed by the chief compliance officer "
    "(首席合规官), not the Party committee secretary; nothing says how the signature rule applies to subsidiaries.",
    lang="zh", present=["由首席合规官签字", "所属单位"],
    related=[E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")])

unans("false_premise",
    "The Public Officials Sanctions Law sets the period of a warning at twelve months. For an SOE manager who gets a "
    "warning, does the promotion freeze then run for the full twelve months as well?",
    ["警告，十二个月"],
    "PS Art. 8 sets a warning at six months (twelve months is a demerit, 记过); Art. 21 bars promotion of SOE managers "
    "during the sanction period, so the premise's figure is wrong.",
    lang="en", present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"), E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
    "The Private Economy Promotion Law took effect on 1 January 2025; so our client's claim for invoices a large buyer "
    "has left unpaid since February 2025 falls squarely under Article 68?",
    ["2025年1月1日"],
    "PE Art. 78: the law takes effect on 20 May 2025 (adopted 30 April 2025), not 1 January 2025; the documents do "
    "not say how Art. 68 applies to arrears that arose before the effective date.",
    lang="en", present=["2025年5月20日"],
    related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
    "Since the Guangzhou Guidelines on Government-Business Interactions were issued by the Municipal Federation of "
    "Industry and Commerce, which office of the Federation answers questions about the 33 scenarios?",
    ["issued by the Municipal Federation", "Federation of Industry and Commerce issued"],
    "The GZ report says the Guidelines (two batches, 33 scenarios) were issued by the Guangzhou Municipal Commission "
    "for Discipline Inspection and Supervision; the Federation of Industry and Commerce is only named as attending and "
    "as a co-promoter of the GBA association. No office for questions is named.",
    lang="en", present=["Municipal Federation of Industry and Commerce"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "Is there a filing fee for lodging a complaint on the national arrears-complaint platform set up under the SME "
    "Payment Regulations, and if so how much is it?",
    ["投诉费", "免费", "complaint fee", "filing fee"],
    "SME Art. 24 sets up the national complaint platform and Art. 25 the handling time limits; neither mentions any fee "
    "or that filing is free.",
    lang="en", present=["投诉平台", "受理投诉部门"])

unans("not_covered",
    "How many breach-of-contract complaints against government departments has the NDRC publicised on Credit China "
    "since the 2023 notice, and what percentage of them were verified as true?",
    ["percentage", "statistics"],
    "NDRC II.(1)-(2) and IV.(9) describe the complaint columns, verification and exposure of typical cases on Credit "
    "China, but give no counts or outcome figures.",
    lang="en", present=["Credit China", "verified as true"])

unans("not_covered",
    "Our client's investment agreement with a district government was torn up after the district was merged. Relying on "
    "Article 70 of the Private Economy Promotion Law, will a Guangzhou court award us lost profits, and how good are our "
    "chances of winning?",
    ["可得利益", "胜诉", "lost profits"],
    "PE Art. 70 bars breach on grounds of administrative-division adjustment and requires compensation where a commitment "
    "is changed for public interest; Art. 73 provides correction and compensation for losses. Nothing predicts court "
    "outcomes or addresses lost profits.",
    lang="en", present=["行政区划调整", "予以补偿"])

unans("not_covered",
    "If the buyer disputes that our client is an SME, what documents must the client file with the county-level SME "
    "department to get a size determination, and within how many days must the department decide?",
    ["认定期限", "认定时限", "提交材料"],
    "SME Art. 29 says size disputes may be referred to the county-level SME department where the party claiming SME "
    "status is located, with other departments assisting; it lists no filing documents and no time limit.",
    lang="en", present=["申请认定", "企业规模类型测试平台"])

unans("not_covered",
    "按42号令，央企合规委员会至少要有几名成员？会议多久开一次，一年至少几次？",
    ["委员人数", "每年至少", "每季度"],
    "SOE Art. 11 only says central SOEs set up a compliance committee, which may share offices with the rule-of-law "
    "leadership body and 定期召开会议; no membership size or meeting frequency is given.",
    lang="zh", present=["合规委员会", "定期召开会议"])

unans("not_covered",
    "公职人员对政务处分决定不服申请复审，法定期限是收到决定书后多少日内？复审机关又要在多长时间内作出复审决定？",
    ["复审期限", "申请复审的期限", "一个月内申请"],
    "PS Art. 55 grants 复审 and 复核, Art. 45(四) requires the decision to state the 途径和期限 for applying, and Art. 56 "
    "says execution is not suspended; no day count for applying or for deciding is set in the law.",
    lang="zh", present=["申请复审", "途径和期限"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "For comparison in the alert: what did the original 2020 version of the SME Payment Regulations (State Council "
    "Order No. 728) say about the late-payment interest rate, before the 2025 revision changed it?",
    ["2020年9月1日", "修订前"],
    "Only the 2025 revised text (Order No. 802, effective 1 June 2025) is in the corpus; its title notes the 2020 "
    "promulgation by Order No. 728 but the 2020 text itself is not included.",
    lang="en", present=["第728号", "第802号"])

unans("superseded",
    "《优化营商环境条例》2019年公开征求意见稿里，对规章草案公开征求意见的期限是怎么写的？和正式公布的版本有没有区别？",
    ["征求意见稿"],
    "Only the promulgated text (Order No. 722, 2019-10-22) is in the corpus; Art. 62 sets the comment period at "
    "generally not less than 30 days. The draft for comment is not included.",
    lang="zh", present=["一般不少于30日"])

unans("superseded",
    "Our SOE client still cites SASAC's 2018 compliance management guidelines for central SOEs, the trial version. "
    "What did those 2018 guidelines require on the chief compliance officer?",
    ["2018", "试行"],
    "The corpus has only SASAC Order No. 42 (2022, effective 2022-10-01), whose Art. 12 covers the chief compliance "
    "officer; the 2018 trial guidelines are not included.",
    lang="en", present=["首席合规官"])

unans("superseded",
    "Before the Private Economy Promotion Law was passed, a draft was published for public comment in late 2024. Did "
    "that draft already contain the rule in final Article 67 against refusing payment because of personnel changes?",
    ["草案", "draft"],
    "Only the adopted law (30 April 2025, effective 20 May 2025) is in the corpus; its Art. 67 contains the rule, but "
    "no draft text is included.",
    lang="en", present=["以人员变更"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "What statutory severance does a Guangzhou company owe an employee whose labour contract it terminates without "
    "cause, and how is the monthly wage base calculated?",
    ["severance", "经济补偿金", "劳动合同"],
    "Labour-contract termination and severance are outside these documents (they mention labour rights only in general terms).",
    lang="en", present=["劳动关系"])

unans("out_of_domain",
    "How does a trading company apply to the government for an export VAT refund, and how long does the official "
    "processing usually take?",
    ["出口退税", "VAT"],
    "Export tax refunds are not covered; BE Art. 46 only speaks generally of streamlining tax procedures.",
    lang="en", present=["办税"])

unans("out_of_domain",
    "What stamp duty rate applies to a share transfer contract between two companies, and when does the payment fall due?",
    ["印花税", "stamp duty"],
    "Stamp duty is outside these documents.",
    lang="en", present=["股权"])
