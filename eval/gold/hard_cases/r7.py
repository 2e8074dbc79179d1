"""Hard-case gold items, seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable

# ---------------------------------------------------------------- single

add("single",
    "我们是小微企业，想拿一家大型国企欠我们的应收账款去银行做融资，银行要求对方先确权，可对方一直拖着不确认。"
    "条例有没有规定它多少天内必须确认？",
    "有。《保障中小企业款项支付条例》第十六条：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业"
    "提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资")],
    lang="zh")

add("single",
    "Under the NDRC notice, if a city bureau won't honour the agreement it signed with us because the bureau "
    "was restructured and the official who signed has been transferred, does that still count as breach of "
    "contract and dishonesty?",
    "Yes. Item II.(2) of the NDRC notice says failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "and other reasons shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "合作方那边有个处长刚被监委立案调查，听说他想赶紧辞职，过来我们公司上班。被立案调查期间他能辞职吗？",
    "不能自行辞去。政务处分法第五十二条：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("single",
    "How many scenarios do the two batches of the Guangzhou government-business interaction guidelines cover?",
    "33 scenarios in the two batches together; the drafter notes they cannot cover every situation (GZ report).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "准备一堂廉洁培训课，想在PPT上列清楚：公职人员收受可能影响公正用权的礼品、礼金、有价证券，按政务处分法分别对应哪几档处分？",
    "政务处分法第三十四条第一款：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；"
    "情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["予以警告、记过或者记大过", "情节较重的，予以降级或者撤职", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

# ---------------------------------------------------------------- multi

add("multi",
    "我们是民营企业，前年跟县里签了招商协议，县里承诺给三年厂房租金补贴。去年县里换届，新班子说“那是上一届的事”，补贴停了。"
    "法律上他们能以换届为由不认账吗？真不认的话，会有什么后果？",
    "不能。民营经济促进法第七十条：地方各级人民政府及其有关部门应当履行依法作出的政策承诺和订立的合同，不得以政府换届、"
    "相关人员更替等为由违约、毁约。第七十三条：不履行的，由有权机关予以纠正，造成损失的依法予以赔偿；造成不良后果或者影响的，"
    "对负有责任的领导人员和直接责任人员依法给予处分。",
    ["政府换届", "违约、毁约", "由有权机关予以纠正", "造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿；造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "We filed a complaint on the provincial credit website that a district government broke our "
    "investment-promotion agreement. If the complaint checks out, what happens next? And if the district "
    "eventually pays up, does the dishonesty record get lifted?",
    "Under NDRC notice II.(2), if the complaint is verified as true the identifying department immediately "
    "promotes rectification, and those who refuse to rectify are confirmed as breach of contract and "
    "dishonesty. Under III.(6), once the identifying department confirms the behaviour has been corrected and "
    "performance completed, the dishonesty records are promptly restored and punishment measures terminated.",
    ["immediately promote rectification", "Those who refuse to rectify shall be confirmed as breach of contract",
     "relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("multi",
    "给集团中层讲合规课，想讲清楚两点：重大决策事项的合规审查意见最后由谁签字？这个人是不是要新设一个领导岗位，一般由谁来担任？",
    "中央企业合规管理办法第二十一条：重大决策事项的合规审查意见应当由首席合规官签字。第十二条：首席合规官不新增领导岗位和职数，"
    "由总法律顾问兼任，对企业主要负责人负责。",
    ["由首席合规官签字", "不新增领导岗位和职数，由总法律顾问兼任"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见"),
     E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("multi",
    "我们给一家区属公立医院做了装修工程，合同写的是验收合格后付款，约定15天内完成验收，没写别的付款期限。结果完工两个月了，"
    "医院既不验收也不付钱，还说要等决算审计做完才能付。付款期限到底从哪天算？他们拿决算审计当理由站得住吗？",
    "保障中小企业款项支付条例第十条：拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算；第九条：机关、事业单位"
    "应当在30日内支付款项（合同另有约定最长不超过60日）。第十四条：在合同未作约定的情况下，不得以等待竣工验收备案、决算审计等为由"
    "拒绝或者迟延支付，所以理由站不住。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "30日内支付款项", "决算审计"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第十四条", "在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("multi",
    "For a lecture I'm giving: who actually issued the Guangzhou guidelines on government-business "
    "interactions, and how are they structured?",
    "According to the GZ report, the Guangzhou Municipal Commission for Discipline Inspection and Supervision "
    "issued two batches of the Guidelines and Q&A on Government-Business Interactions in Typical Scenarios; "
    "they use a 'scenario + list + case' format, introducing specific behavioral scenarios and typical cases "
    "on the basis of positive and negative lists.",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "has issued two batches",
     "positive and negative lists"],
    [E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches"),
     E(GZ, "¶8", "typical cases on the basis of positive and negative lists")],
    lang="en")

# ---------------------------------------------------------------- paraphrase

add("paraphrase",
    "办证窗口那个小伙子，每次我们去都说材料不全，话里话外暗示要“懂点事”，不塞点东西就一直拖着不给办。这种人要是被查，会是什么下场？",
    "政务处分法第三十八条：在管理服务活动中故意刁难、吃拿卡要的，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职；"
    "情节特别严重的，予以开除。",
    ["故意刁难、吃拿卡要", "情节较重的，予以警告、记过或者记大过", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "（二）在管理服务活动中故意刁难、吃拿卡要的；"),
     E(PS, "第三十八条", "有下列行为之一，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

add("paraphrase",
    "A friend at a Guangzhou investment promotion office is scared to back a startup project, because if it "
    "tanks he figures he'll be made to carry the can. Do the new Guangzhou rules say anything to calm him down?",
    "Yes. The GZ report says the second batch of the Guidelines stipulates that as long as the investment "
    "promotion process is carried out with due diligence and compliance, relevant personnel will not be held "
    "blindly accountable even if the project fails to meet expectations.",
    ["carried out with due diligence and compliance", "will not be held blindly accountable"],
    [E(GZ, "¶18", "investment promotion process is carried out with due diligence and compliance"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
     E(GZ, "¶18", "even if the project fails to meet expectations")],
    lang="en")

add("paraphrase",
    "街道办打电话来，说辖区每家企业“自愿”出两万块，再派两个员工去帮忙搞节庆活动。我们不想出钱也不想出人，能直接回绝吗？",
    "可以。优化营商环境条例第十四条：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体有权拒绝任何形式的摊派。",
    ["财力、物力或者人力的摊派行为", "市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为。市场主体有权拒绝任何形式的摊派")],
    lang="zh")

add("paraphrase",
    "我们是家小公司，给一家上市大集团供货。对方说这批货款不打钱了，给我们开一张半年后才到期的票，要么收票要么接着等。我们只想要现钱，能硬扛吗？",
    "可以。保障中小企业款项支付条例第十一条：机关、事业单位和大型企业不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，"
    "不得利用非现金支付方式变相延长付款期限；使用这类方式应当在合同中明确、合理约定。",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("paraphrase",
    "If our city ends up with a black mark for stiffing businesses on deals, what does the city actually lose "
    "out on from the Development and Reform Commission?",
    "Under NDRC notice III.(4), for prefecture-level and above cities with government dishonesty records the "
    "NDRC cancels their eligibility for awards and pilot demonstrations in the development and reform system, "
    "increases the weight of city credit monitoring deductions, and cancels the title or eligibility for "
    "social credit system demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

# ---------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "An internal audit turned up that a bureau chief took kickbacks from one of our suppliers two years before "
    "he retired. He's retired now. Can he still get a government sanction, or is he off the hook?",
    "Under art. 27 of the Public Official Sanctions Law, a retired official is no longer given a government "
    "sanction for violations before or after retirement, but he can be placed on file and investigated; where "
    "demotion, removal or expulsion would be warranted, his retirement benefits are adjusted accordingly, and "
    "illegally obtained property is handled under art. 25.",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="en")

add("cross_lingual",
    "Our CEO wants to put a serving official from the industry regulator on our advisory board and pay him a "
    "monthly retainer. What's the exposure for the official himself under the sanctions law?",
    "Public Official Sanctions Law art. 36: an official who, in breach of the rules, takes part in for-profit "
    "activities or holds a concurrent post and receives pay gets a warning, a demerit or a major demerit; "
    "demotion or removal where the circumstances are relatively serious; expulsion where serious.",
    ["违反规定兼任职务、领取报酬", "予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="en")

add("cross_lingual",
    "The deputy head of the land bureau lets his wife's consultancy 'help' applicants like us get approvals, "
    "and he just looks the other way. If this blows up, what could he face?",
    "Public Official Sanctions Law art. 33(3): conniving at or tacitly allowing a specially related person to "
    "use one's position or influence for private gain is punished with a warning, demerit or major demerit; "
    "demotion or removal if relatively serious; expulsion if serious. Refusing to correct a specially related "
    "person's improper business activity and to accept a post adjustment means removal from post.",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利", "予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十三条", "（三）纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的。"),
     E(PS, "第三十三条", "有下列行为之一的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="en")

add("cross_lingual",
    "I'm setting up compliance training at a central SOE subsidiary. Under the SASAC measures, whose training "
    "has to include compliance as a compulsory module, and what sort of plan do we need?",
    "Art. 30 of the Central SOE Compliance Management Measures: central SOEs must set up a regular compliance "
    "training mechanism, draw up an annual training plan, and make compliance management compulsory content in "
    "training for managers, staff in key positions and new hires.",
    ["建立常态化合规培训机制", "制定年度培训计划", "管理人员、重点岗位人员和新入职人员培训必修内容"],
    [E(SOE, "第三十条", "中央企业应当建立常态化合规培训机制，制定年度培训计划，将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份政务诚信的通知，政府违约失信投诉到底管哪些合同？我们跟区里签的产业扶持协议算不算？",
    "算。通知第二部分第（1）项：违约失信的范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、"
    "政府投资等领域签订的各类协议、合同中的违约毁约行为。",
    ["government procurement", "investment promotion", "government-social capital cooperation", "industrial support"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="zh")

# =========================================================================== unanswerable

# ---------------------------------------------------------------- not_covered

unans("not_covered",
    "We're hosting a delegation from the district government for a site visit next week. Going by the "
    "Guangzhou guidelines, what's the per-person cap on the working lunch, and can we serve alcohol?",
    ["per person", "per head", "alcohol"],
    "The GZ report only says the first batch of the Guidelines responded to 'what meals can be eaten and what "
    "vehicles can be taken'; it quotes no spending cap or drinks rule. PS art. 35 sanctions over-standard "
    "official receptions but sets no standard.",
    lang="en", present=["meals", "公务接待"])

unans("not_covered",
    "给公职人员送礼，多少钱以内不算违规？比如中秋送一盒200块的茶叶算不算？",
    ["200元", "金额标准", "茶叶"],
    "PS art. 34 turns on whether gifts 'may affect the impartial exercise of public power'; no document gives "
    "a value threshold.",
    lang="zh", present=["礼品", "可能影响公正行使公权力"])

unans("not_covered",
    "我们公司员工150人，年营收8000万，算不算中小企业？条例里具体的划分标准是怎么定的？",
    ["从业人员", "营业收入", "8000万"],
    "SME regulation art. 3 defers to the State Council-approved SME classification standard and art. 29 to a "
    "self-test platform; the thresholds themselves are in no document.",
    lang="zh", present=["中小企业划分标准", "规模类型"])

unans("not_covered",
    "How many full-time compliance staff does a central SOE need? Is there a headcount ratio in the SASAC measures?",
    ["headcount", "ratio", "人员比例"],
    "SOE measures art. 14 only require full-time compliance staff 'commensurate with' business scale, scope "
    "and risk level; no number or ratio is given.",
    lang="en", present=["专职合规管理人员"])

unans("not_covered",
    "单位里一个干部被给了记过处分，他不服，要在收到决定书后多少天内申请复审？过了这个期限还能申吗？",
    ["收到政务处分决定书之日起", "复审申请期限"],
    "PS art. 45(4) requires the decision to state the route and time limit for review, and art. 55 allows "
    "review and re-examination, but the law itself sets no number of days.",
    lang="zh", present=["复审", "申请复审、复核的途径和期限"])

unans("not_covered",
    "Under the NDRC notice, how many working days does the competent department get to verify a "
    "breach-of-contract complaint before it has to reply to the complainant?",
    ["working days", "within 15 days"],
    "NDRC notice II.(2) says clues are transferred 'immediately' and feedback is given 'promptly'; no time limit "
    "in days is set (only the SME regulation has day limits, for its own complaints).",
    lang="en", present=["promptly provide feedback", "immediately"])

unans("not_covered",
    "政府说因为公共利益要调整规划，把我们已经签了的项目合同改了。法律说要补偿，那补偿按什么标准算？能按预期利润赔吗？",
    ["补偿标准", "预期利润", "可得利益"],
    "PE art. 70 and BE art. 31 require compensation for losses when promises or contracts are changed in the "
    "public interest, but give no standard or method of calculation.",
    lang="zh", present=["予以补偿", "公共利益"])

unans("not_covered",
    "We'd like a deputy director from the market regulator to give a two-hour talk at our annual compliance "
    "day. What's the most we're allowed to pay him as an honorarium?",
    ["honorarium", "speaking fee", "讲课费", "劳务费"],
    "PS art. 36 only sanctions officials who hold concurrent posts or receive pay 'in breach of the rules'; "
    "no document sets a fee limit.",
    lang="en", present=["领取报酬"])

# ---------------------------------------------------------------- false_premise

unans("false_premise",
    "财务同事说，国有大企业要求“以审计机关的审计结果作为结算依据”，条例是不限制的，所以审计没出来之前他们不付款是合法的。那审计一般要等多久？",
    ["审计周期", "审计期限"],
    "SME regulation art. 12 says the opposite: agencies, public institutions and state-owned large enterprises "
    "may not force the use of audit results as the settlement basis unless laws or administrative regulations "
    "provide otherwise; no audit duration is given anywhere.",
    lang="zh",
    related=[E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外")])

unans("false_premise",
    "Since the sanctions law lets officials accept gifts worth under 500 yuan, we plan to give each person on "
    "the tax bureau team a 480-yuan mooncake box this Mid-Autumn. Do we need to log these anywhere?",
    ["500 yuan", "500元", "mooncake", "月饼"],
    "PS art. 34 has no value threshold: accepting gifts that may affect the impartial exercise of public power "
    "is sanctioned, and giving them to officials is covered too; no logging duty is stated.",
    lang="en",
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")])

unans("false_premise",
    "《民营经济促进法》规定政府换届以后，新一届政府有权对上一届作出的招商承诺重新审查，再决定要不要兑现。那我们企业应该提前准备哪些材料来应对重新审查？",
    ["重新审查", "兑现"],
    "PE art. 70 says the opposite: local governments must honour lawful policy promises and contracts and may "
    "not breach them on grounds of a change of government; changes for the public interest need legal "
    "authority and procedure plus compensation.",
    lang="zh",
    related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")])

unans("false_premise",
    "Central SOEs have to send SASAC a compliance report every quarter under the 2022 measures, right?",
    ["quarterly", "quarter", "每季度", "季度报告"],
    "The SOE measures set no quarterly report: the board approves an annual compliance report (art. 8) and "
    "major compliance risk events must be reported to SASAC promptly (art. 22).",
    lang="en",
    related=[E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
             E(SOE, "第八条", "审议批准合规管理基本制度、体系建设方案和年度报告等")])

unans("false_premise",
    "听同事说，公职人员对处分不服申请复审的话，复审期间原处分就先暂停执行了，所以那个被记过的科长现在照样可以提拔？",
    ["暂停执行", "中止执行"],
    "PS art. 56 says the opposite: review and re-examination do not stop the execution of the original "
    "decision; art. 19 bars promotion during the sanction period.",
    lang="zh",
    related=[E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行")])

unans("false_premise",
    "Since the NDRC notice makes a local government pay a fine to the company every time it's confirmed to have "
    "broken a contract, how is that fine worked out, and who collects it?",
    ["fine", "fined"],
    "NDRC notice III.(4)-(5) list restrictions (central budget funds, special bonds, financing "
    "recommendations, awards, government procurement), not fines payable to companies.",
    lang="en",
    related=[E(NDRC, "III.(4)", "restrict support from central budget funds"),
             E(NDRC, "III.(4)", "limit applications for local government special bonds")])

unans("false_premise",
    "广州那份政商交往指引是规定干部一律不准跟企业吃饭的吧？那我们开座谈会，连工作餐都不能安排了？",
    ["一律不准", "banned from dining", "no meals"],
    "The GZ report says the opposite of a blanket ban: the first batch of the Guidelines addresses 'what meals "
    "can be eaten and what vehicles can be taken', and the Guidelines aim to prevent excessive restrictions and "
    "one-size-fits-all approaches; the actual meal rules are not quoted.",
    lang="zh",
    related=[E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
             E(GZ, "¶10", "prevent grass-roots units from imposing excessive restrictions")])

# ---------------------------------------------------------------- out_of_domain

unans("out_of_domain",
    "I co-signed my brother-in-law's car loan and he's stopped paying. Can the bank come after me for the whole amount?",
    ["co-signed", "car loan", "guarantor"],
    "A personal loan guarantee question; none of the documents deals with consumer lending or guarantors.",
    lang="en", present=["贷款"])

unans("out_of_domain",
    "房东说要卖房，让我月底前搬走，押金也不打算退。我作为租客能怎么维权？",
    ["房东", "租客", "押金"],
    "A tenancy dispute; nothing in the corpus concerns residential leases.",
    lang="zh", present=["维权"])

unans("out_of_domain",
    "Under the UK Bribery Act, is corporate hospitality for foreign officials a defence as long as it's "
    "reasonable and proportionate?",
    ["Bribery Act", "UK", "proportionate"],
    "A foreign (UK) anti-bribery question; the corpus only contains Chinese national and Guangzhou texts "
    "(PE art. 43 only tells private firms abroad to obey local law).",
    lang="en", present=["所在国家或者地区的法律"])

unans("out_of_domain",
    "What's a good substitute for buttermilk in pancakes?",
    ["buttermilk", "pancakes"],
    "Cooking; entirely unrelated to the documents.",
    lang="en")

unans("out_of_domain",
    "周末想带孩子去广州长隆玩，门票是网上买划算还是现场买划算？",
    ["长隆", "门票"],
    "Tourism tickets; unrelated to the documents despite the mention of Guangzhou.",
    lang="zh", present=["Guangzhou"])

# ---------------------------------------------------------------- superseded

unans("superseded",
    "2020年那版《保障中小企业款项支付条例》（728号令）里，大型企业的付款期限原来是怎么规定的？这次修订都改了哪些地方？",
    ["修订前", "原条例", "修改内容"],
    "The corpus holds only the 2025 revised text (State Council Order No. 802); the 2020 wording and the list "
    "of changes are not in it.",
    lang="zh", present=["第728号", "修订"])

unans("superseded",
    "What did the draft version of the Public Official Sanctions Law say about officials accepting banquets, "
    "before the final text was adopted in 2020?",
    ["draft", "草案", "征求意见稿"],
    "Only the law as adopted on 20 June 2020 is in the corpus; no draft text.",
    lang="en", present=["宴请"])

unans("superseded",
    "Has the 2023 NDRC notice on government integrity been replaced by a 2025 version? What are the new "
    "punishment measures in it?",
    ["2025 version", "superseded"],
    "The corpus has only the NDRC notice of 5 August 2023; no later version or amendment.",
    lang="en", present=["August 5, 2023"])

unans("superseded",
    "国资委2018年那份《中央企业合规管理指引（试行）》对合规委员会是怎么规定的？2022年的新办法施行以后，它还有效吗？",
    ["合规管理指引", "2018年", "试行"],
    "The corpus holds only the 2022 Central SOE Compliance Management Measures (effective 1 October 2022), which "
    "neither quote nor mention the 2018 guideline or its status.",
    lang="zh", present=["合规委员会", "2022年10月1日"])
