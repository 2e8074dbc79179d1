"""Hard-case gold items, ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable

# --------------------------------------------------------------------------- single

add("single",
    "我们公司看中了区里一位科长，想请他来做政府事务总监。他说自己正被监察委立案调查，打算先辞职再过来。他现在能直接辞去公职吗？",
    "不能自行辞职。《公职人员政务处分法》第五十二条：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("single",
    "逾期利息 没约定利率 按多少算",
    "《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；双方未作约定的，按照每日利率万分之五支付（有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率）。",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "央企合规培训 必修对象有哪些",
    "《中央企业合规管理办法》第三十条：中央企业应当建立常态化合规培训机制，制定年度培训计划，将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容。",
    ["管理人员、重点岗位人员和新入职人员培训必修内容"],
    [E(SOE, "第三十条", "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")],
    lang="zh")

add("single",
    "Under the NDRC notice, what happens to a government body's dishonesty record once it has corrected the breach and performed the contract?",
    "Item III.(6): once the identifying department confirms the dishonest behaviour has been corrected and performance completed, the dishonesty records should be promptly restored and the dishonesty punishment measures terminated.",
    ["relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("single",
    "I'm giving a compliance talk to our sales team next week. The Guangzhou government-business guidelines only cover 33 scenarios, so what core test do they suggest for situations that aren't on the list?",
    "According to Wang Yuqun (¶10 of the lecture report), the core of judging any situation is to distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key is whether the actions can be \"put on the table\".",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# --------------------------------------------------------------------------- paraphrase

add("paraphrase",
    "我们是一家小施工企业，接了区政府的一个工程。对方要求我们先交一笔现金押金，我们想用银行开的担保函代替，他们不收。这样做合规吗？",
    "不合规。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("paraphrase",
    "老领导已经退下来了，要是查出他在位时收过企业送的购物卡，还能给他处分吗？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法所得财物依第二十五条处理。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "街道某个部门隔三岔五拉我们公司去参加各种“先进单位”评选和学习班，每次还要交几千块钱，说不去会影响以后办事。我们可以不去、不交钱吗？",
    "可以。《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("paraphrase",
    "Our city hall keeps going back on deals with local firms, and the national planning agency has now flagged it as untrustworthy. Could that cost the city money from Beijing or its ability to raise bonds?",
    "Yes. Item III.(4) of the NDRC notice: for entities with dishonesty records the NDRC will restrict support from central budget funds, limit applications for local government special bonds and restrict recommendations for financing projects; cities at prefecture level and above also lose eligibility for awards and pilot demonstrations.",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

add("paraphrase",
    "I run investments at a Guangzhou state-owned company. If a project we backed loses money because the market turned, even though we did our homework and followed every step of the approval process, will I be blamed for it?",
    "Per the report on the second batch of the Guangzhou Guidelines (¶21), if an investment made with due diligence and through compliant decision-making procedures incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from liability.",
    ["the relevant personnel may be exempted from liability"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

# --------------------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "Our sales team wants to invite a city procurement officer on an all-expenses-paid weekend trip to Sanya. If he accepts, what sanction could he face under China's public-official sanctions law?",
    "PS art. 34 (2nd para.): accepting travel or similar arrangements that may affect the impartial exercise of public power is punished, where the circumstances are relatively serious, by a warning, a demerit or a major demerit; where serious, by demotion or removal from post.",
    ["接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="en")

add("cross_lingual",
    "SME arrears complaint: how long does the handling department have to give a result?",
    "SME payment regulation art. 25: within 30 days of receiving the complaint materials, in writing to the complainant; in complex cases it may be extended with approval, but to no more than 90 days.",
    ["自收到投诉材料之日起30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="en")

add("cross_lingual",
    "Private Economy Promotion Law: definition of a private economic organization? foreign-invested firms?",
    "PE art. 77: for-profit legal persons, unincorporated organizations and individual businesses lawfully set up in China and controlled (by shareholding or in fact) by Chinese citizens, plus entities they control; where foreign investment is involved, foreign-investment laws also apply.",
    ["由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

add("cross_lingual",
    "发改委关于完善政务诚信履约机制的通知里，对失信严重的政府典型案例会怎么处理？会公开曝光吗？",
    "会。通知第（9）项：选取严重失信、反复失信、群众投诉强烈的典型案例，在“信用中国”网站公开，并通过新闻媒体向社会曝光，形成舆论震慑。",
    ["serious dishonesty, repeated dishonesty, and strong public complaints", "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="zh")

add("cross_lingual",
    "我们在广州签了招商引资协议，承诺三年内达到一定产值。现在行业整体下行，目标可能完不成。广州第二批政商交往指引对这种情况是怎么说的？",
    "据讲堂报道（¶18），第二批指引明确：企业因客观原因未能完成目标的，可以协商调整并享受宽限期；因政策变化导致协议无法履行的，可以补正程序或设置过渡期。",
    ["If an enterprise fails to complete its targets due to objective reasons", "it can negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="zh")

# --------------------------------------------------------------------------- multi

add("multi",
    "我们处室一名公务员因违规兼职被给了记过处分。他原本今年要晋升职级，现在得等多久？工资档次会不会也受影响？",
    "《公职人员政务处分法》第八条：记过的处分期为十二个月；第十九条：公务员在政务处分期内不得晋升职务、职级、衔级和级别，被记过的还不得晋升工资档次。",
    ["记过，十二个月", "不得晋升职务、职级、衔级和级别", "被记过、记大过、降级、撤职的，不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "管理的人员在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "其中，被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("multi",
    "我们是给一家大型企业供货的小厂，合同约定验收合格后付款，验收期定为15天。可对方过了期限一直不来验收，付款期限从哪天开始算？最晚多少天内要付？",
    "《保障中小企业款项支付条例》第十条：拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算；第九条：大型企业应当在60日内支付款项（合同另有约定的从其约定，但应合理约定并及时支付）。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "60日内支付款项"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("multi",
    "央企合规管理基本制度 谁起草 谁拟订 谁批准",
    "《中央企业合规管理办法》：合规管理部门组织起草（第十四条）；经理层拟订（第九条）；董事会审议批准（第八条）。",
    ["组织起草合规管理基本制度", "拟订合规管理基本制度", "审议批准合规管理基本制度"],
    [E(SOE, "第十四条", "（一）组织起草合规管理基本制度、具体制度、年度计划和工作报告等。"),
     E(SOE, "第九条", "（二）拟订合规管理基本制度，批准年度计划等，组织制定合规管理具体制度。"),
     E(SOE, "第八条", "（一）审议批准合规管理基本制度、体系建设方案和年度报告等。")],
    lang="zh")

add("multi",
    "We're a private contractor, and a district government has stopped paying under a PPP agreement it signed with us. Where can we complain under the NDRC notice, and what happens to our complaint after that?",
    "II.(1): complaints go to the special breach-of-contract columns that provincial credit leading departments set up on credit websites, the Internet + Supervision platform, the MIIT arrears platform, local 12345 hotlines, business-environment complaint platforms and petition departments; government-social capital cooperation contracts are in scope. II.(2): the clues are transferred to the complained entity's superior or competent department for verification; if true, rectification is promoted, and refusal to rectify is confirmed as breach of contract and dishonesty.",
    ["local 12345 government service hotlines", "government-social capital cooperation",
     "superior or competent departments of the complained entities",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support"),
     E(NDRC, "II.(2)", "superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "refuse to rectify shall be confirmed as breach of contract and dishonesty")],
    lang="en")

add("multi",
    "For my intro slide: when was the GBA Integrity and Compliance Association founded, and how many Lecture Hall sessions has it held so far?",
    "It was established on April 16, 2021 (¶41), and the Integrity and Compliance Lecture Hall has been held for 12 consecutive sessions to date (¶4).",
    ["April 16, 2021", "held for 12 consecutive sessions to date"],
    [E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity"),
     E(GZ, "¶4", "which has been held for 12 consecutive sessions to date")],
    lang="en")

# =========================================================================== unanswerable

# --------------------------------------------------------------------------- not_covered

unans("not_covered",
    "下周区发改委的处长来我们公司调研，中午想留他在附近饭店吃个工作餐。人均标准控制在多少钱以内才算合规？",
    ["人均", "餐标"],
    "PS art. 34 only bars accepting or providing banquets that may affect the impartial exercise of public power, and art. 35 "
    "refers to 公务接待 standards without stating them; the GZ report says the first batch of Guidelines dealt with "
    "'what meals can be eaten' but gives no amount. No document sets a per-person meal limit.",
    lang="zh", present=["宴请", "公务接待"])

unans("not_covered",
    "How often must a central SOE's compliance committee meet under the SASAC compliance measures?",
    ["quarterly", "times a year", "每季度"],
    "SOE art. 11 says the compliance committee 定期召开会议 (meets regularly) to resolve key issues, but no article "
    "sets a frequency.",
    lang="en", present=["合规委员会", "定期召开会议"])

unans("not_covered",
    "企业开办全流程 几个工作日办完",
    ["3个工作日", "5个工作日"],
    "BE art. 19 only says that within the nationally set 企业开办时限 each locality shall fix and publish the concrete "
    "processing time; no document states the number of days.",
    lang="zh", present=["开办时限"])

unans("not_covered",
    "We're a 200-person parts maker selling to a large SOE. The SME payment regulation says we must tell them we're an SME when we sign. What headcount or revenue thresholds decide whether we count as medium-sized?",
    ["headcount", "营业收入", "从业人员"],
    "SME art. 3 defers to the 中小企业划分标准 approved by the State Council and art. 29 to a self-test platform; the "
    "thresholds themselves are in none of the documents.",
    lang="en", present=["中小企业划分标准"])

unans("not_covered",
    "NDRC notice: working days allowed to verify a breach-of-contract complaint?",
    ["working days", "15 days"],
    "NDRC II.(2) says complaint clues are transferred 'immediately' for verification and identification and feedback "
    "is given 'promptly'; no time limit in days is set anywhere in the notice.",
    lang="en", present=["verification and identification"])

unans("not_covered",
    "按照政务处分法，实名检举公职人员违法的群众能拿到多少奖励？奖励标准是什么？",
    ["奖励标准", "奖金比例"],
    "PS mentions 检举 only as a mitigating circumstance (art. 11) and protects 检举人 from retaliation (art. 62); it "
    "provides no reward for informants. SOE art. 24 allows 适当奖励 for whistleblowers inside central SOEs but sets no "
    "standard either.",
    lang="zh", present=["检举"])

unans("not_covered",
    "Our HR team is planning the year-end party and wants to invite two officials from the district commerce bureau. The Guangzhou Guidelines apparently cover 33 scenarios. Is attending a company's annual dinner one of them, and what do they say about it?",
    ["annual dinner", "year-end party"],
    "The GZ report mentions that the two batches cover 33 scenarios (¶10) and that the first batch addressed 'what "
    "meals can be eaten and what vehicles can be taken' (¶9), but it does not list the scenarios or say anything about "
    "company annual dinners; PS art. 34 only states the general rule on banquets.",
    lang="en", present=["33 scenarios"])

unans("not_covered",
    "我们是一家央企的二级子公司，正在组建合规管理部门。集团让我们按规定配备专职合规人员，请问规定每多少名员工至少配备一名专职合规管理人员？",
    ["至少配备", "人员编制"],
    "SOE art. 14 only requires 专职合规管理人员 'commensurate with business scale, scope and risk level'; no document "
    "gives a staffing ratio or minimum number.",
    lang="zh", present=["专职合规管理人员"])

# --------------------------------------------------------------------------- false_premise

unans("false_premise",
    "我们是民营企业，和县政府签了招商协议。今年县里换届，新领导说按规定政府换届后原协议自动失效，要重新谈。协议失效后我们前期投入的损失该找谁补偿？",
    ["自动失效"],
    "The premise is wrong: PE art. 70 (and BE art. 31) forbid local governments to breach or repudiate contracts on the "
    "ground of 政府换届 or personnel changes; contracts do not lapse. Compensation is provided only where a change is "
    "needed for the national or public interest, through statutory procedures.",
    lang="zh", present=["政府换届"],
    related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
             E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")])

unans("false_premise",
    "Why does China's SME payment regulation give large enterprises up to 90 days to pay their small suppliers?",
    ["90 days"],
    "SME art. 9: large enterprises shall pay within 60 days of delivery (or on reasonable agreed terms), not 90; the only "
    "90-day figure in the regulation is the maximum complaint-handling period in art. 25.",
    lang="en", present=["60日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "政务处分 罚款金额上限",
    ["罚款金额", "罚款上限"],
    "PS art. 7 lists the only kinds of 政务处分: 警告、记过、记大过、降级、撤职、开除. A fine is not one of them, so there "
    "is no fine ceiling.",
    lang="zh", present=["政务处分的种类"],
    related=[E(PS, "第七条", "第七条 政务处分的种类为：")])

unans("false_premise",
    "Our general counsel says the SASAC compliance measures force every central SOE to create a brand-new chief compliance officer post, adding a seat to the leadership team. How many extra leadership posts does that create?",
    ["leadership posts", "brand-new"],
    "SOE art. 12: the chief compliance officer is set up without adding leadership posts or headcount (不新增领导岗位和职数) "
    "and is held concurrently by the general counsel, so no extra posts are created.",
    lang="en", present=["首席合规官"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "Why are government dishonesty records under the NDRC notice kept permanently, with no way to have them removed?",
    ["permanently", "permanent"],
    "NDRC III.(6) provides a credit restoration mechanism: once the breach is corrected and performance completed, the "
    "dishonesty records are promptly restored and punishment measures terminated; nothing makes them permanent.",
    lang="en", present=["credit restoration"],
    related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
    "我们是给市属事业单位供货的小微企业。对方说按照《保障中小企业款项支付条例》，单位有权强制用商业汇票付款，我们只能接受。请问这种商业汇票最长能开多久的期限？",
    ["汇票期限", "最长期限"],
    "The premise is wrong: SME art. 11 forbids 机关、事业单位和大型企业 to force SMEs to accept commercial bills or "
    "other non-cash payment, or to use them to extend the payment term in disguise; no bill tenor is given.",
    lang="zh", present=["商业汇票"],
    related=[E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")])

unans("false_premise",
    "Someone at the Guangzhou lecture told me the new government-business Guidelines say officials who approved an investment project that failed are always held accountable, no matter how careful they were. What penalty range do the Guidelines set for them?",
    ["always held accountable", "penalty range"],
    "The GZ report says the opposite: where investment promotion was done with due diligence and compliance, personnel "
    "will not be held blindly accountable even if the project falls short (¶18), and losses from objective factors "
    "may be exempted from liability (¶21). No penalty range is given.",
    lang="en", present=["exempted from liability"],
    related=[E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
             E(GZ, "¶21", "the relevant personnel may be exempted from liability")])

# --------------------------------------------------------------------------- out_of_domain

unans("out_of_domain",
    "我去年租房交了两个月押金，上个月搬走了，房东一直拖着不退，还说要扣清洁费。我该怎么要回来？",
    ["房东", "租房"],
    "A residential tenancy deposit dispute between private persons; the documents deal with deposits (保证金) only in "
    "procurement and construction with SMEs (SME art. 13, BE art. 25).",
    lang="zh", present=["保证金", "退还"])

unans("out_of_domain",
    "speeding fine China how many points deducted from driving licence",
    ["speeding", "driving licence"],
    "A traffic-law question; no document deals with traffic offences (罚款 appears only in PE art. 61 on fees and fines "
    "levied on private firms).",
    lang="en", present=["罚款"])

unans("out_of_domain",
    "Which Chinese bank currently pays the best interest rate on a three-year fixed-term deposit?",
    ["fixed-term deposit", "savings"],
    "A personal banking question; the documents mention interest rates only for overdue payments to SMEs (SME art. 17).",
    lang="en", present=["利率"])

unans("out_of_domain",
    "我借给朋友五万元没写借条，只有微信转账记录，他现在不还，能起诉要回来吗？",
    ["借条", "微信转账"],
    "A private loan between friends; the documents mention loans only for financial institutions lending to private "
    "enterprises (PE art. 24).",
    lang="zh", present=["借款"])

unans("out_of_domain",
    "My cousin and I signed a private agreement to co-own a car. I pay half the car loan every month, but he stopped paying his share. Can I force a sale of the car?",
    ["car loan", "co-own"],
    "A contract and co-ownership dispute between private persons; the documents concern contracts between governments "
    "or large buyers and enterprises, not private co-ownership.",
    lang="en", present=["贷款", "contract"])

# --------------------------------------------------------------------------- superseded

unans("superseded",
    "2020年版《保障中小企业款项支付条例》（国务院令第728号）原条文对大型企业向中小企业付款的期限是怎么规定的？当时有没有60日的上限？",
    ["2020年版", "原条例"],
    "The indexed text is the 2025 revision (国务院令第802号, in force 2025-06-01), which carries the 2020 promulgation only "
    "in its title; the original 2020 wording is not in the corpus. The current rule is art. 9 (60 days for large "
    "enterprises).",
    lang="zh", present=["第728号"])

unans("superseded",
    "2018年《中央企业合规管理指引（试行）》 合规委员会职责",
    ["2018年", "指引（试行）", "合规管理指引"],
    "The corpus holds the 2022 中央企业合规管理办法 (国资委令第42号); the earlier 2018 trial guidelines are not indexed. "
    "The current provision on the compliance committee is SOE art. 11.",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "Under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long did a demerit (记过) last?",
    ["2007", "Civil Servants of Administrative Organs"],
    "The corpus has only the 2020 Law on Administrative Sanctions for Public Officials; the 2007 regulations are not "
    "indexed. Under the current law (PS art. 8) a demerit lasts twelve months.",
    lang="en", present=["记过，十二个月"])

unans("superseded",
    "Private Economy Promotion Law, October 2024 draft for comment: what did it say on late payments?",
    ["draft", "草案"],
    "The corpus holds the law as adopted on 2025-04-30 (in force 2025-05-20); the 2024 draft is not indexed. The adopted "
    "law deals with late payments in arts. 67-68 and 73.",
    lang="en", present=["民营经济促进法"])
