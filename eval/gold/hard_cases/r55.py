"""Hard-case gold items, fifty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: the owner of a small printing shop who has been owed money by a district hospital for a year (Chinese,
angry, long and rambling, colloquial); a law-school teaching assistant setting exam questions with deliberate
traps (English, precise, mixes true and false statements).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "气死我了！我开个小印刷厂，十来个人，去年给区人民医院印了一大批病历本、检查单、宣传折页，货早就送过去了，"
    "人家也签收了，到现在整整一年一分钱没给！每次去问，财务就说“再等等”“走流程”。当初签的那个合同简单得很，"
    "压根没写哪天付钱。我就想问问，医院这种公家单位，法律上到底最晚该多久把钱给我？",
    "区人民医院属于事业单位。《保障中小企业款项支付条例》第九条：机关、事业单位从中小企业采购货物、工程、服务，"
    "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的从其约定，但付款期限最长不得超过60日。"
    "合同没约定期限，就应在交货之日起30日内付清，拖了一年已经逾期。",
    ["应当自货物、工程、服务交付之日起30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "Exam draft, Q3 (true/false, give the clause): \"The NDRC's 2023 government-integrity notice limits its "
    "breach-of-contract complaint columns to contracts signed in government procurement; agreements made during "
    "investment promotion or PPP projects fall outside its scope.\" I need the model answer with the exact list of "
    "fields the notice covers.",
    "False. Item II.(1) defines the scope of breach of contract and dishonesty as breach and repudiation behaviours "
    "in various agreements and contracts signed by government departments with private enterprises in government "
    "procurement, bidding, investment promotion, government-social capital cooperation, industrial support, "
    "government investment, and other fields – so investment-promotion and PPP agreements are expressly covered.",
    ["government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
     "support, government investment, and other fields"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion, government-social capital")],
    lang="en")

add("single",
    "医院后勤那个副科长昨天直接跟我放话了：“你要是敢去工信部那个平台投诉，以后医院印东西一张都不找你，那点钱你也"
    "别想要了。”我一个小老板，哪惹得起啊……他们这么吓唬人，合法吗？",
    "不合法。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款"
    "请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。（第三十五条还规定，有此类行为的，对负有责任的领导人员"
    "和直接责任人员依法给予处分或者处罚。）",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("single",
    "For a seminar handout on the Guangzhou lecture-hall report: when a situation is not among the scenarios in the "
    "Guidelines, what does Wang Yuqun say is the core test for judging an official's conduct toward a business, and "
    "what is the key question?",
    "¶10: the 33 scenarios cannot cover everything; the core of judging various possible situations is to "
    "distinguish between “acting for the public good” and “acting for personal gain”, and the key is whether the "
    "actions can be “put on the table”.",
    ["the core of judging various possible situations is to distinguish between",
     "the key is whether the actions can be"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "and the key is whether the actions can be")],
    lang="en")

add("single",
    "我在一家央企的二级子公司做采购，发现分管领导在招标里给亲戚的公司开小灶。我想举报，但怕被穿小鞋。按国资委那个"
    "合规管理办法，公司必须给我们留举报的渠道吗？我的身份会不会被捅出去？",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱，相关部门受理"
    "并调查处理；中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励，任何单位和个人"
    "不得以任何形式对举报人进行打击报复。",
    ["中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密",
     "任何单位和个人不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "还是医院那笔印刷费，三万八，拖了一年。我老婆说光要本金太亏了，这一年的利息总得算上吧？合同里啥利息都没写。"
    "另外我听人讲，这种老赖单位会被弄成失信的，真的假的？要是真被认定失信了，医院会受到啥限制？",
    "能要利息。《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期"
    "利息；未约定利率的，按照每日利率万分之五支付。第二十六条：拖欠中小企业款项依法依规被认定为失信的，记入信用"
    "记录；情节严重或造成严重不良社会影响的，纳入全国信用信息共享平台和国家企业信用信息公示系统向社会公示，对机关、"
    "事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施。",
    ["应当支付逾期利息", "未作约定的，按照每日利率万分之五支付逾期利息",
     "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录"),
     E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施")],
    lang="zh")

add("multi",
    "Exam draft, Q7 (trace the lifecycle): \"Under the NDRC notice, a county that breaks a contract with a private "
    "firm is automatically listed as dishonest the moment a complaint is received, and the listing is permanent.\" "
    "Both halves are wrong, I think. What actually triggers the dishonesty finding, and what ends it?",
    "Both halves are wrong. II.(2): complaints go to the superior or competent department for verification; if true, "
    "the identifying department promotes rectification, and only those who refuse to rectify are confirmed as breach "
    "of contract and dishonesty. III.(6): once the identifying department confirms the behaviour has been corrected "
    "and performance completed, the dishonesty records should be promptly restored and punishment measures terminated.",
    ["Those who refuse to rectify shall be confirmed as breach of contract and dishonesty",
     "relevant dishonesty records should be promptly restored, and dishonesty punishment measures terminated"],
    [E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "Exam draft, Q9 (mixed statements, mark each): (a) \"Under China's Private Economy Promotion Law, a newly elected "
    "county government may lawfully walk away from its predecessor's investment agreement, because a change of "
    "government resets prior commitments.\" (b) \"Where the public interest genuinely requires a change to such a "
    "contract, the private firm is owed compensation for its losses.\" (c) \"The NDRC's 2023 notice treats failure to "
    "perform caused by personnel changes as breach of contract and dishonesty.\"",
    "(a) False: PE Article 70 requires local governments to honour lawful policy commitments and contracts and bars "
    "breach or repudiation on grounds of administrative-division adjustment, change of government, institutional or "
    "functional adjustment or replacement of personnel. (b) True: changes for national or public interest must follow "
    "statutory authority and procedure, and the losses must be compensated (Art. 70(2)). (c) True: NDRC II.(2) says "
    "failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded "
    "as breach of contract and dishonesty.",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "并对民营经济组织因此受到的损失予以补偿",
     "Failure to perform due to institutional adjustments, personnel changes"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("multi",
    "合同里写明了货到以后医院7天内验收，验收合格再付款。结果呢？货堆在他们库房里大半年，验收小组一次都没来过，"
    "财务就拿“没验收”当挡箭牌。我都要被他们玩死了！这种情况付款期限到底从哪天算？医院拖着不验收，有人管吗？",
    "《保障中小企业款项支付条例》第十条：约定验收合格后付款的，付款期限自验收合格之日起算，但机关、事业单位和大型"
    "企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算——即从约定的7天验收期届满起算。第三十一条"
    "第（二）项：机关、事业单位拖延检验、验收的，由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和"
    "直接责任人员依法给予处分。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "（二）拖延检验、验收；", "由其上级机关、主管部门责令改正"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第三十一条", "（二）拖延检验、验收；"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "Exam draft, Q12: \"According to the Guangzhou lecture-hall report, (i) a state-owned investment that loses money "
    "because of market risk is excused only if the decision was made with due diligence and through compliant "
    "procedures, and (ii) error tolerance still applies even where the losses grew because funds were misappropriated "
    "after the investment.\" Which statement is right, and which speakers' paragraphs support the answer?",
    "(i) is right: Wang Xiaobin (¶21) says the Guidelines state that if an investment made with due diligence and "
    "through compliant decision-making procedures incurs losses due to objective factors such as market risks, the "
    "personnel may be exempted from liability. (ii) is wrong: Cheng Jinyuan (¶30) says error tolerance is granted for "
    "inherent risks where due stop-loss measures were taken, but if losses are expanded due to lack of post-investment "
    "control, misappropriation of funds, or concealment of risks and delayed disposal, those derelict in their duties "
    "must be held accountable.",
    ["if an investment made with due diligence and through compliant decision-making procedures incurs losses",
     "the relevant personnel may be exempted from liability",
     "misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶21", "compliant decision-making procedures incurs losses due to objective factors"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "misappropriation of funds, or concealment of risks and delayed disposal"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "今天又去医院财务科磨了一上午。那个会计跟我说实话了：你们那批印的东西，当初科室是自己拍脑袋定的，根本没报进"
    "今年的花钱计划里，上面没批这笔钱，所以账上走不出来，要等明年再报。我就纳闷了，东西是他们让印的，钱没批下来"
    "凭什么算我头上？他们这么干本身有没有问题？",
    "有问题。《保障中小企业款项支付条例》第八条：机关、事业单位使用财政资金从中小企业采购货物、工程、服务，应当"
    "严格按照批准的预算执行，不得无预算、超预算开展采购。第三十二条第（一）项：使用财政资金采购未按照批准的预算执行"
    "的，依法追究责任。无预算采购是医院自己的违规，不能据此让中小企业承担后果（付款期限仍按第九条）。",
    ["应当严格按照批准的预算执行，不得无预算、超预算开展采购", "未按照批准的预算执行"],
    [E(SME, "第八条", "应当严格按照批准的预算执行，不得无预算、超预算开展采购"),
     E(SME, "第三十二条", "（一）使用财政资金从中小企业采购货物、工程、服务，未按照批准的预算执行；")],
    lang="zh")

add("paraphrase",
    "Say a prefecture-level city keeps stiffing local businesses and ends up with a black mark under that 2023 Beijing "
    "planning-agency paper. Practically speaking, does it lose anything when it next goes cap in hand to Beijing – "
    "money from the centre, permission to borrow for its pet projects, prizes for being a model city?",
    "Yes. III.(4) of the NDRC notice: for entities with dishonesty records the NDRC will restrict support from central "
    "budget funds, limit applications for local government special bonds and restrict recommendations for financing "
    "projects; for prefecture-level and above cities with government dishonesty records it will cancel their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of "
    "city credit monitoring deductions, and cancel the title or eligibility for social credit demonstration zones.",
    ["restrict support from central budget funds, limit applications for local government special bonds",
     "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds, limit applications"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

add("paraphrase",
    "最近有人在短视频平台上连发好几条视频，说我们厂是“黑作坊”“骗子”“收了钱不干活”，全是瞎编的，评论区一堆人跟着"
    "骂，好几个老客户打电话来问，这个月订单少了一大截。我能让平台先把视频撤了、让那人先闭嘴吗？损失能找他赔吗？",
    "能。《民营经济促进法》第五十九条：任何单位和个人不得利用互联网等传播渠道以侮辱、诽谤等方式恶意侵害民营经济组织"
    "及其经营者的人格权益；网络服务提供者应当及时处置恶意侵害的违法信息；人格权益受到恶意侵害的，有权依法向人民法院"
    "申请采取责令行为人停止有关行为的措施；致使生产经营等遭受实际损失的，侵权人依法承担赔偿责任。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "遭受实际损失的，侵权人依法承担赔偿责任")],
    lang="zh")

add("paraphrase",
    "My cousin runs a tiny machine-learning startup in Guangzhou and is terrified regulators will shut it down before "
    "it even has a product. Did anyone at that Guangzhou integrity talk mention cutting young tech firms some slack "
    "while they experiment?",
    "Yes. In ¶25 Zhang Xin (Capitalogics) says the “inclusive and prudent supervision” and “observation period” system "
    "advocated by the Guidelines provide valuable trial-and-error space and development patience for new business "
    "formats such as artificial intelligence, and that the error-tolerant mechanism treats due diligence and "
    "compliance as grounds for liability exemption.",
    ["provide valuable trial-and-error space and development patience for new business formats such as artificial "
     "intelligence", "due diligence and compliance are grounds for liability exemption"],
    [E(GZ, "¶25", "provide valuable trial-and-error space and development patience"),
     E(GZ, "¶25", "due diligence and compliance are grounds for liability exemption")],
    lang="en")

add("paraphrase",
    "还有个事憋在心里好久了。医院原来管采购的那个科长，当年明里暗里收别家印刷厂的好处，才把活都给了人家，后来才轮到"
    "我们。现在他已经办了手续回家养老了。我要是去监委反映，人都不上班了还能处理他吗？",
    "可以处理，但不再给政务处分。《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，"
    "不再给予政务处分，但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，"
    "违法所得等依照第二十五条处理。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Exam draft, Q14: \"Article 62 of China's 2019 Regulations on Optimizing the Business Environment requires drafts "
    "of administrative rules closely bearing on market players' operations to be open for public comment for at least "
    "60 days, with no exceptions.\" Correct the statement.",
    "Two errors. Article 62: except where confidentiality is required by law, such drafts must be published for comment "
    "via newspapers, the internet, etc., and the comment period is generally not less than 30 days (not 60, and it is "
    "a general rule, not an absolute one). A feedback mechanism on the adoption of comments must also be established.",
    ["向社会公开征求意见的期限一般不少于30日", "除依法需要保密外"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日"),
     E(BE, "第六十二条", "除依法需要保密外，制定与市场主体生产经营活动密切相关的行政法规")],
    lang="en")

add("cross_lingual",
    "Exam draft, Q15 (Public Official Sanctions Law): An official commits separate violations. Scenario A: one "
    "warrants a demerit and another a serious demerit. Scenario B: three violations each warrant a demotion. Which "
    "sanction is executed in A, and what is the permissible sanction period in B?",
    "Article 15: separate violations are assessed separately. A: where two or more kinds of sanction are due, the "
    "heaviest is executed – the serious demerit. B: for several identical sanctions below removal from post, the "
    "period may be set between one period and the sum of the periods, but no more than 48 months; a demotion period "
    "is 24 months (Art. 8), so B ranges from 24 to 48 months (the 72-month sum is capped).",
    ["应当给予两种以上政务处分的，执行其中最重的政务处分", "但是最长不得超过四十八个月", "降级、撤职，二十四个月"],
    [E(PS, "第十五条", "应当给予两种以上政务处分的，执行其中最重的政务处分"),
     E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月"),
     E(PS, "第八条", "（四）降级、撤职，二十四个月。")],
    lang="en")

add("cross_lingual",
    "A small supplier to a public hospital wants to factor its receivable with a bank, but the hospital won't "
    "confirm the debt in writing. Under China's SME payment Regulations, must the hospital confirm it, and within "
    "what time?",
    "Yes. Article 16(2): where an SME finances with accounts receivable, government organs, public institutions and "
    "large enterprises shall confirm the creditor-debtor relationship within 30 days of the SME's request for "
    "confirmation, to support the SME's financing.",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系"),
     E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业")],
    lang="en")

add("cross_lingual",
    "发改委2023年政务诚信那个通知：哪些政府失信案例会被拿出来曝光？在哪儿曝光？",
    "通知第（9）项：选取一批失信情节严重、多次失信、群众投诉强烈的案例（\"serious dishonesty, repeated dishonesty, "
    "and strong public complaints\"），在“信用中国”网站公开，并通过新闻媒体向社会曝光，形成强大舆论震慑。",
    ["Select a batch of cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "publicize them on the \"Credit China\" website, and expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="zh")

add("cross_lingual",
    "广州那个大湾区廉洁合规协会是哪一年成立的？是哪几家单位牵头推动成立的？",
    "据报道¶32，协会成立于2021年（¶41：2021年4月16日），是由广州市纪委监委、市国资委和市工商联共同推动成立的非营利"
    "性社会组织（\"jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal "
    "State-owned Assets Supervision and Administration Commission, and the Municipal Federation of Industry and "
    "Commerce\"）。",
    ["was established in 2021",
     "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal "
     "State-owned Assets Supervision and Administration Commission"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection"),
     E(GZ, "¶32", "the Municipal Federation of Industry and Commerce")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我真是被逼得没办法了，我老婆天天骂我当初就不该接医院的活。现在我打算豁出去了，先上那个拖欠中小企业款项的投诉"
    "平台投诉，不行再去法院告。你就给我句痛快话：我这种情况，去告医院能不能赢？胜算有几成？要是赢了，多久能拿到钱？",
    ["胜算", "几成", "胜诉", "概率"],
    "预测问题：条例第二十四、二十五条只规定投诉渠道和处理期限（30日，最长90日），第十七条规定逾期利息，但任何文件"
    "都不评估个案胜诉可能性或回款时间。",
    lang="zh", present=["投诉平台", "处理结果"])

unans("not_covered",
    "Exam draft, Q18: \"State the daily late-payment interest rate that China's Private Economy Promotion Law (2025) "
    "itself prescribes where a state organ pays a private SME late and the contract names no rate.\" I want the figure "
    "and the article of that Law.",
    ["0.05%", "per day", "daily interest"],
    "The Private Economy Promotion Law (Arts. 67, 68, 73) requires timely payment and makes late payers liable, but "
    "states no interest rate; the 0.05%-per-day default (万分之五) is in Article 17 of the SME Payment Regulations, not "
    "in the Law the question names.",
    lang="en", present=["逾期利息", "拖延支付"])

unans("not_covered",
    "律师朋友劝我直接去法院起诉医院。我想先算算账：三万八的欠款，起诉要交多少诉讼费？请个律师一般收多少？别到时候"
    "钱没要回来，倒先搭进去一大笔。",
    ["诉讼费", "律师费", "案件受理费"],
    "费用问题：文件只提到国家鼓励法律服务机构为中小企业提供公益法律服务（条例第三十条）、法院及时立案审理（民营经济"
    "促进法第六十八条），没有任何诉讼费或律师费标准。",
    lang="zh", present=["公益法律服务", "及时立案"])

unans("not_covered",
    "Under the NDRC notice, once a provincial credit department passes a complaint to the competent department, how "
    "many working days does that department have to finish verifying it? Is there a deadline by which the "
    "complainant must get an answer?",
    ["working days", "days"],
    "II.(2) only says complaints are transferred immediately and the complainant gets feedback promptly if untrue; "
    "the notice sets no number of days for verification or reply (the 30/90-day limits are in the SME Payment "
    "Regulations for arrears complaints, not in the NDRC notice).",
    lang="en", present=["immediately transfer", "promptly"])

unans("not_covered",
    "我们厂算上我十二个人，去年营业额三百来万。医院那边有人说我们“不一定算中小企业”，不受那个条例保护。中小微企业"
    "到底按多少人、多少营业收入来划？具体标准数字是多少？",
    ["营业收入", "从业人员", "万元"],
    "条例第三条只说依据国务院批准的中小企业划分标准确定，第二十九条规定有规模类型自测平台和争议认定途径；文件里"
    "没有任何人数或营业收入的划分数字。",
    lang="zh", present=["中小企业划分标准", "自测"])

unans("not_covered",
    "Exam draft, Q20: \"Within what limitation period must a supervisory commission open a case against a public "
    "official under the Public Official Sanctions Law, and from when does the period run?\"",
    ["limitation period", "statute of limitations", "时效"],
    "The Public Official Sanctions Law sets sanction periods (Art. 8), a 48-month cap (Art. 15) and transitional rules "
    "(Art. 67) but no limitation period for investigating violations; the only 追诉期限 in the corpus is in the Private "
    "Economy Promotion Law (Art. 63) and concerns criminal prosecution.",
    lang="en", present=["追诉期限", "政务处分期"])

unans("not_covered",
    "央企首席合规官的任职条件是啥？要求几年法务工作经验？",
    ["任职资格", "任职条件", "工作经验"],
    "《中央企业合规管理办法》第十二条只规定首席合规官不新增领导岗位和职数、由总法律顾问兼任、对主要负责人负责，"
    "没有规定任职条件或工作年限。",
    lang="zh", present=["首席合规官", "总法律顾问兼任"])

unans("not_covered",
    "Exam draft, Q22: \"The Guangzhou Guidelines cover 33 scenarios in total. How many of these were in the first "
    "batch and how many were added in the second batch?\"",
    ["scenarios in the first batch", "scenarios in the second batch"],
    "Count not given: ¶10 says the 33 scenarios are covered in the two batches together; no paragraph splits the "
    "number between the batches.",
    lang="en", present=["33 scenarios", "second batch"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Exam draft, Q24: \"Why does Article 12 of the SASAC Central SOE Compliance Measures require each central SOE to "
    "create a separate chief compliance officer post in addition to its general counsel?\" Students should explain "
    "the policy reason for the separate post.",
    ["separate post", "另设"],
    "False premise: Article 12 says the chief compliance officer is set up without adding leadership posts or "
    "headcount and is held concurrently by the general counsel; there is no separate post.",
    lang="en", present=["首席合规官", "总法律顾问兼任"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "我一个开印刷厂的朋友说，条例里有规定，公家单位欠款超过一年的，逾期利息要翻倍算，按每天万分之十算。我这正好"
    "拖满一年了，翻倍以后我能要多少？三万八本金，你帮我按翻倍的算一下。",
    ["翻倍", "加倍", "万分之十"],
    "前提错误：条例第十七条只规定未约定时按每日利率万分之五支付逾期利息，约定利率不得低于1年期LPR；没有“超过一年"
    "翻倍”或“万分之十”的规定。",
    lang="zh", present=["万分之五", "逾期利息"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "Exam draft, Q26: \"Article 67 of the Private Economy Promotion Law obliges state organs to pay private firms "
    "within a 60-day statutory deadline.\" How should students reconcile that 60-day rule with the SME Payment "
    "Regulations?",
    ["60-day", "sixty days"],
    "False premise: Article 67 requires state organs, public institutions and SOEs to pay on time according to law or "
    "contract and bars excuses such as personnel change, but sets no day count; the 30-day/60-day limits are in "
    "Article 9 of the SME Payment Regulations.",
    lang="en", present=["及时向民营经济组织支付账款"],
    related=[E(PE, "第六十七条", "应当依法或者依合同约定及时向民营经济组织支付账款")])

unans("false_premise",
    "政务处分里的“留用察看”一般是多长时间？期满以后工资能恢复吗？",
    ["留用察看"],
    "前提错误：政务处分法第七条规定的种类只有警告、记过、记大过、降级、撤职、开除六种，没有“留用察看”；第八条规定的"
    "期间也只涉及这几种。",
    lang="zh", present=["政务处分的种类", "撤职"],
    related=[E(PS, "第七条", "第七条 政务处分的种类为："),
             E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
    "Our client, a private developer, had its PPP contract torn up by a county government 100 days ago. How do we "
    "show the provincial credit department that we are still inside the 90-day complaint window the NDRC notice "
    "sets, or is it already too late?",
    ["90 days", "filed within", "window"],
    "False premise: the NDRC notice sets up complaint columns and verification (II.(1)-(2)) but imposes no time limit "
    "for filing a complaint.",
    lang="en", present=["complaint", "government-social capital cooperation"],
    related=[E(NDRC, "II.(1)", "accepting and collecting complaints involving government departments")])

unans("false_premise",
    "《优化营商环境条例》第三十一条规定政府换届后，新领导班子可以在一年内重新审查前任签的招商合同，审查不通过的可以"
    "解除。我们跟开发区签的厂房补贴协议正赶上换届，审查一般要提交哪些材料？",
    ["重新审查", "一年内"],
    "前提错误：第三十一条恰恰规定地方政府不得以政府换届、相关责任人更替等为由违约毁约，只有因国家利益、社会公共利益"
    "需要才能依法定权限和程序改变并补偿；没有“一年内重新审查”的制度。",
    lang="zh", present=["政府换届"],
    related=[E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")])

unans("false_premise",
    "Exam draft, Q28: \"The 12th Integrity and Compliance Lecture Hall was held at Guangzhou Metro headquarters and "
    "drew more than 500 guests.\" Why did the organisers move it there from the usual venue?",
    ["Metro headquarters", "500 guests"],
    "False premise: ¶3 says the session was held at the Liby Center and gathered over 100 guests; nothing about "
    "Guangzhou Metro headquarters or 500 guests, nor any move of venue.",
    lang="en", present=["Liby Center"],
    related=[E(GZ, "¶3", "was held at the Liby Center"),
             E(GZ, "¶3", "this event gathered over 100 guests")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "等医院这笔钱要回来，我打算换台二手海德堡四色胶印机。现在二手的行情大概多少钱一台？",
    ["海德堡", "胶印机"],
    "印刷设备价格，与文件无关（条例第十六条的“机器设备”只是融资担保品）。",
    lang="zh", present=["机器设备"])

unans("out_of_domain",
    "How should my students cite a Chinese statute in Bluebook format in their exam answers?",
    ["Bluebook", "citation"],
    "Legal citation style; none of the documents deals with it.",
    lang="en", present=["Development and Reform Finance"])

unans("out_of_domain",
    "医院说我们去年开的那张增值税专用发票抬头写错了，要我们红冲重开。在电子税务局里红字发票怎么开？",
    ["红冲", "红字发票"],
    "发票操作问题，文件不涉及（优化营商环境条例第四十六条只泛泛提到推广电子发票）。",
    lang="zh", present=["电子发票"])

unans("out_of_domain",
    "Exam draft, Q30 (contract law unit): explain when promissory estoppel can be used as a sword rather than a "
    "shield in English contract law.",
    ["promissory estoppel", "English contract law"],
    "English common-law doctrine; outside all seven documents.",
    lang="en", present=["breach of contract"])

unans("out_of_domain",
    "厂里一个装订工上个月被切纸机切伤了手指，工伤认定要去哪个部门申请？要交哪些材料？",
    ["工伤", "切纸机"],
    "工伤认定问题，文件不涉及（文件只泛泛提到劳动用工、安全生产方面的法律法规）。",
    lang="zh", present=["劳动用工", "安全生产"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "我在网上搜到的是2020年那版《保障中小企业款项支付条例》，跟你们说的对不上。2020年原版里大型企业付款期限是"
    "怎么写的？修订前后到底改了哪些条？",
    ["2020年版", "原条例", "修订前"],
    "语料只有2025年3月修订后的条例文本（标题注明2020年第728号令公布、2025年第802号令修订），没有2020年原版条文，"
    "无法比较修订前后的内容。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "Exam draft, Q32: \"Compare Article 77 (definition of private economic organization) of the Private Economy "
    "Promotion Law as adopted in April 2025 with the wording in the October 2024 draft released for public comment.\"",
    ["draft", "征求意见稿"],
    "The corpus holds only the law as adopted on 30 April 2025; no draft for public comment is in it.",
    lang="en", present=["民营经济组织"])

unans("superseded",
    "2018年国资委发的那个《中央企业合规管理指引（试行）》里，合规委员会和合规管理负责人是怎么规定的？跟现在的办法"
    "比有什么不同？",
    ["2018", "指引（试行）", "合规管理指引"],
    "语料只有2022年的《中央企业合规管理办法》（国资委令第42号），没有2018年的指引（试行）文本。",
    lang="zh", present=["第42号", "合规委员会"])

unans("superseded",
    "Exam draft, Q34: \"Before the 2020 Public Official Sanctions Law, the 2007 Regulations on the Punishment of "
    "Civil Servants of Administrative Organs applied. How long did a demerit last under the 2007 Regulations?\"",
    ["2007", "Punishment of Civil Servants", "行政机关公务员处分条例"],
    "The corpus holds only the 2020 Public Official Sanctions Law (demerit: 12 months, Art. 8); the 2007 regulations "
    "are not in it.",
    lang="en", present=["政务处分"])
