"""Hard-case gold items, thirty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a law-school trainee preparing for a compliance lecture session (in Chinese and in English, who
quotes articles by number, sometimes wrongly), and a journalist fact-checking claims made by company and
government spokespersons (in English).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我在准备下周合规讲座的课件。政务处分法第十五条讲一个人有好几个违法行为的情形——如果每个行为都应当给撤职以下"
    "的同一种处分，处分期可以合并确定，那合并后最长能定到多少个月？",
    "《公职人员政务处分法》第十五条：应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期"
    "之和以下确定政务处分期，但是最长不得超过四十八个月。（应当给予两种以上政务处分的，执行其中最重的政务处分。）",
    ["在一个政务处分期以上、多个政务处分期之和以下确定政务处分期", "最长不得超过四十八个月"],
    [E(PS, "第十五条", "但是最长不得超过四十八个月"),
     E(PS, "第十五条", "应当给予两种以上政务处分的，执行其中最重的政务处分")],
    lang="zh")

add("single",
    "Fact-check request: a spokesperson for a Guangzhou cosmetics firm told me the company has \"been a member of the "
    "GBA Integrity and Compliance Association ever since the association was founded back in 2019\". According to "
    "the lecture-hall report, when was that association actually established?",
    "Not in 2019. The report's timeline (¶41) says the Guangzhou Greater Bay Area Enterprise Integrity and "
    "Compliance Management Association was established on April 16, 2021 (¶32 also says it was established in "
    "2021), so membership since 2019 is impossible as stated.",
    ["April 16, 2021", "was established in 2021"],
    [E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity"),
     E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021")],
    lang="en")

add("single",
    "优化营商环境条例第六十三条规定，制定跟企业生产经营密切相关的规章、规范性文件，要向社会公开征求意见，期限一般"
    "不少于多少天？我课件上写的是15天，想核对一下对不对。",
    "不是15天，且条文应为第六十二条（第六十三条讲公平竞争审查和合法性审核）。《优化营商环境条例》第六十二条第二款："
    "除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，并建立健全意见采纳情况反馈机制；向社会公开征求意见"
    "的期限一般不少于30日。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日"),
     E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见")],
    lang="zh")

add("single",
    "A solar-panel maker's spokesperson says its row with a county over an unpaid industrial-support subsidy "
    "agreement \"falls outside\" the NDRC's 2023 government-integrity complaint channel, because that channel is "
    "only for procurement contracts. Is that right? What agreements does the notice's scope cover?",
    "No. Item II.(1) says the scope of breach of contract and dishonesty includes breach and repudiation in various "
    "agreements and contracts signed by government departments with private enterprises in government procurement, "
    "bidding, investment promotion, government-social capital cooperation, industrial support, government investment "
    "and other fields – so industrial-support agreements are covered.",
    ["The scope of breach of contract and dishonesty includes breach and repudiation behaviors",
     "industrial support, government investment, and other fields"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="en")

add("single",
    "我们拿对一家大型国企的应收账款去银行做保理，银行要求对方先书面确权，对方一直拖着不确认。条例对这个确权有没有"
    "时间要求？",
    "有。《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小"
    "企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系"),
     E(SME, "第十六条", "中小企业以应收账款融资的")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "讲座要讲央企合规案例。假如一家中央企业因为违规被国际组织制裁，按《中央企业合规管理办法》，这种重大合规风险"
    "事件由谁牵头应对？这个牵头的人在企业里一般由谁担任、对谁负责？事后要不要向国资委报告？",
    "《中央企业合规管理办法》第二十二条：被国际组织制裁等重大合规风险事件，应当由首席合规官牵头，合规管理部门统筹"
    "协调，相关部门协同配合，及时采取措施妥善应对；发生重大合规风险事件，应当按照相关规定及时向国资委报告。第十二条："
    "首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["应当由首席合规官牵头", "应当按照相关规定及时向国资委报告", "由总法律顾问兼任，对企业主要负责人负责"],
    [E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
     E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("multi",
    "A county spokesperson told me that even if the NDRC records their city as having a government-dishonesty "
    "record, \"it only costs us a line in a database\". What does the NDRC notice itself say it will do to "
    "prefecture-level cities with such records, and how does a dishonest entity get the record cleared?",
    "III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will cancel their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of "
    "city credit monitoring deductions, and cancel the title or eligibility for social-credit demonstration zones "
    "(and for entities with dishonesty records it restricts central budget support, local government special bond "
    "applications and financing-project recommendations). III.(6): once the identifying department confirms the "
    "dishonest behaviour has been corrected and performance completed, the records are promptly restored and the "
    "punishment measures terminated.",
    ["cancel their eligibility for awards and pilot demonstrations in the development and reform system",
     "increase the weight of city credit monitoring deductions",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")],
    lang="en")

add("multi",
    "课上有学员问：一个乡镇公务员被给了记过处分，处分期多长、从哪天算？处分期里还能不能晋升职级、涨工资档次？",
    "《公职人员政务处分法》第八条：记过的处分期间为十二个月，政务处分期自政务处分决定生效之日起计算。第十九条："
    "公务员在政务处分期内不得晋升职务、职级、衔级和级别；被记过、记大过、降级、撤职的，不得晋升工资档次。",
    ["记过，十二个月", "政务处分期自政务处分决定生效之日起计算", "不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")],
    lang="zh")

add("multi",
    "A state-owned investment firm's spokesperson, defending a loss-making deal, told me Guangzhou's new "
    "government-business Guidelines mean \"managers are simply never held responsible for investment losses any "
    "more\". Checking against the lecture-hall report: when can personnel be exempted, and when are they still "
    "held to account?",
    "Not never. ¶21: if an investment made with due diligence and through compliant decision-making procedures "
    "incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from "
    "liability. ¶30 (audit view): losses from inherent risks such as policy adjustments, market changes and "
    "technological exploration, where due measures were taken to stop losses, get error tolerance; but if losses "
    "are expanded due to lack of post-investment control, misappropriation of funds, or concealment of risks and "
    "delayed disposal, those derelict in their duties must be held accountable.",
    ["the relevant personnel may be exempted from liability",
     "misappropriation of funds, or concealment of risks and delayed disposal",
     "must be held accountable"],
    [E(GZ, "¶21", "if an investment made with due diligence and through compliant decision-making"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "misappropriation of funds, or concealment of risks and delayed disposal")],
    lang="en")

add("multi",
    "县里去年换届，新来的县长说前任签的招商引资协议“不算数”，当初答应的厂房租金减免一分都不给了。民营经济促进法"
    "第七十条、第七十三条对这种情况是怎么规定的？我们因此多交的租金能不能要回来？",
    "第七十条：地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺和订立的合同，不得以行政区划"
    "调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；因国家利益、社会公共利益需要改变的，应依照"
    "法定权限和程序进行，并对损失予以补偿。第七十三条：不履行依法作出的政策承诺、依法订立的合同的，由有权机关予以"
    "纠正，造成损失的，依法予以赔偿；造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "由有权机关予以纠正，造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我舅舅退休前是县里某个局的局长，退下来两年了才被人举报当年收过包工头的“红包”。他在饭桌上跟我们说：“人都"
    "退了，处分落不到我头上，顶多说两句。”他这话靠谱吗？",
    "只说对一半。《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务"
    "处分，但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，对其违法取得的"
    "财物依照第二十五条没收、追缴或者责令退赔。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "I'm a district official who sometimes goes out of my way to help local firms get things moving. The rulebook "
    "obviously can't list every situation. According to the drafting-committee speaker in the Guangzhou lecture "
    "report, what's the quick gut-check for whether a favour I do for a company is okay or not?",
    "¶10: Wang Yuqun said the core of judging any situation is to distinguish between \"acting for the public good\" "
    "and \"acting for personal gain\", and the key is whether the actions can be \"put on the table\"; he added "
    "three dialectical relationships to grasp (reform spirit with strict standards; an effective market with a "
    "capable government; proactiveness with moderation and cleanliness with effectiveness).",
    ["acting for the public good", "“put on the table”"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "Is Beijing actually going to name and shame the worst local governments – the ones that keep going back on "
    "their word to businesses and that everyone grumbles about? Where would the names end up?",
    "Yes. Item IV.(9) of the NDRC notice: select a batch of cases with serious dishonesty, repeated dishonesty and "
    "strong public complaints, publicize them on the \"Credit China\" website, and expose them to society through "
    "news media to form a strong public opinion deterrent.",
    ["serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media to form a strong public opinion")],
    lang="en")

add("paraphrase",
    "催了好几回款，对方（一家国有大集团的二级公司）的项目经理撂下狠话：“再去上面告，你们就别想进我们的供应商库了，"
    "看以后谁还敢用你们。”这种话他们能随便说吗？",
    "不能。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求"
    "或者投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：有此类行为的，对负有责任的领导人员和直接责任人员"
    "依法给予处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("paraphrase",
    "开了家小五金店，街道市场监管所的人三天两头上门，每回都是同一拨人，隔壁几家店从来没见他们去过。他们是想查谁就"
    "查谁吗？就没个章法？",
    "有章法。《民营经济促进法》第五十二条第二款：除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域实行全"
    "覆盖重点监管外，市场监管领域的行政检查应当通过随机抽取检查对象、随机选派执法检查人员的方式进行，抽查事项及"
    "查处结果及时向社会公开；同一检查对象的多个检查事项应尽可能合并。《优化营商环境条例》第五十四条也规定推行"
    "“双随机、一公开”监管。",
    ["随机抽取检查对象、随机选派执法检查人员"],
    [E(PE, "第五十二条", "应当通过随机抽取检查对象、随机选派执法检查人员的方式进行"),
     E(BE, "第五十四条", "国家推行“双随机、一公开”监管")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "A central SOE's spokesperson told me the SASAC compliance Measures \"guarantee every whistleblower a cash "
    "bounty\". Article 24 – is that what it says? What does it actually require for people who report violations?",
    "No guarantee. Article 24: central SOEs must set up a violation-reporting platform and publish a hotline, email "
    "or mailbox; they must keep the whistleblower's identity and the reported matters strictly confidential; they "
    "MAY give appropriate rewards to whistleblowers whose reports are verified as true; and no one may retaliate "
    "against whistleblowers in any form.",
    ["对举报属实的举报人可以给予适当奖励", "对举报人的身份和举报事项严格保密"],
    [E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密")],
    lang="en")

add("cross_lingual",
    "For my compliance lecture I'm covering Article 43 of the PRC Law on Governmental Sanctions for Public "
    "Officials. If an official under investigation argues back hard in his own defence, can the supervisory "
    "commission punish him more severely because of that? And does it have to hear him out before deciding?",
    "No heavier sanction for the defence, and yes he must be heard. Article 43: before deciding, the supervisory "
    "organ must inform the person of the facts found and the basis for the proposed sanction, hear his statements "
    "and defence, verify the facts, reasons and evidence he raises and record them; valid ones must be adopted; and "
    "the sanction may not be increased because of his defence.",
    ["不得因被调查人的申辩而加重政务处分", "听取被调查人的陈述和申辩"],
    [E(PS, "第四十三条", "不得因被调查人的申辩而加重政务处分"),
     E(PS, "第四十三条", "听取被调查人的陈述和申辩")],
    lang="en")

add("cross_lingual",
    "A trade-body spokesperson claims China's 2025 Private Economy Promotion Law obliges the authorities to give "
    "businesses a breathing space before new business-related rules actually take effect. Is that accurate?",
    "Broadly yes. Article 45: when state organs make laws, regulations, rules and other normative documents closely "
    "related to business operations (or judicial interpretations, or major decisions), they should listen to the "
    "views of economic organizations including private ones and of industry associations, and before implementation "
    "leave a necessary adaptation and adjustment period according to actual circumstances.",
    ["在实施前应当根据实际情况留出必要的适应调整期"],
    [E(PE, "第四十五条", "在实施前应当根据实际情况留出必要的适应调整期"),
     E(PE, "第四十五条", "应当注重听取包括民营经济组织在内各类经济组织、行业协会商会的意见建议")],
    lang="en")

add("cross_lingual",
    "我在做讲座课件：发改委2023年政务诚信那份通知第三部分第（3）项，政府失信记录最后要纳入哪些考核评价里去？",
    "通知III.(3)：各级信用牵头部门应推动将失信记录纳入相关政府部门绩效考核指标（\"performance evaluation "
    "indicators of relevant government departments\"）；发改委将把政府失信记录适当纳入营商环境评价和高质量发展综合"
    "绩效评价（\"business environment evaluations and comprehensive performance evaluations of high-quality "
    "development\"）。",
    ["performance evaluation indicators of relevant government departments",
     "business environment evaluations and comprehensive performance evaluations of high-quality development"],
    [E(NDRC, "III.(3)", "performance evaluation indicators of relevant government departments"),
     E(NDRC, "III.(3)", "business environment evaluations and comprehensive performance evaluations")],
    lang="zh")

add("cross_lingual",
    "广州市纪委出的那两批政商交往《指引》，起草组成员在大讲堂上说它们采用的是什么编写体例？当初为什么要这么写？",
    "据报道¶8：两批《指引》都采用“场景+清单+案例”体例（'scenario + list + case' format），即在正负面清单基础上"
    "引入具体行为场景和典型案例。原因是规范性条文概括性强，但在具体场景中的适用性和可操作性有限，基层急需一份"
    "“看得懂、用得上”（easy to understand and simple to apply）的指引。",
    ["‘scenario + list + case’ format", "easy to understand and simple to apply"],
    [E(GZ, "¶8", "thus forming the ‘scenario + list + case’ format adopted by both batches"),
     E(GZ, "¶8", "they have limitations in terms of applicability and operability in specific")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "Under the NDRC's 2023 government-integrity notice, within how many working days must a provincial credit "
    "department forward a breach-of-contract complaint, and how many days does the verifying department then get "
    "to reach a finding?",
    ["working days", "working day"],
    "NDRC II.(2) only says the provincial credit leading departments should \"immediately transfer\" complaint clues "
    "for verification and identification; it sets no number of days for forwarding or verifying. The 10-working-day "
    "and 30-day (max 90-day) figures belong to Article 25 of the SME payment Regulations, a different complaint "
    "regime, not to the NDRC notice.",
    lang="en", present=["immediately transfer", "10个工作日", "30日内形成处理结果"])

unans("not_covered",
    "我是法学院的实习生，帮一家做钢结构的小企业整理材料：他们起诉一家国有大型企业拖欠货款，立案快半年了。民营经济"
    "促进法第六十八条说法院对拖欠中小民营经济组织账款的案件要“依法及时立案、审理、执行”，那按这条，我们这案子"
    "胜诉的可能性有多大？大概几个月能判下来？",
    ["胜诉", "审理期限"],
    "第六十八条只规定人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，可依自愿合法原则调解；文件"
    "不预测个案结果，也没有规定审理期限或月数。",
    lang="zh", present=["依法及时立案、审理、执行"])

unans("not_covered",
    "The spokesperson of a Guangzhou logistics company told me they are \"one of about 300 member enterprises\" of "
    "the GBA Integrity and Compliance Association. Does the lecture-hall report say how many member enterprises the "
    "association actually has?",
    ["300", "member companies", "membership"],
    "The GZ report (¶34) describes the kinds of members (state-owned, private, overseas-invested; Fortune Global "
    "500 etc.) and says they span 29 industry sectors, and ¶3 says the session had over 100 guests, but no count "
    "of member enterprises is given anywhere.",
    lang="en", present=["29 industry sectors", "member enterprises"])

unans("not_covered",
    "《中央企业合规管理办法》第十二条要求设首席合规官。那首席合规官本人要具备什么任职资格？比如必须有法律职业"
    "资格、几年以上法务工作经验吗？",
    ["任职资格", "法律职业资格", "工作经验"],
    "第十二条只规定中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；"
    "任职资格、执业资格或工作年限各文件均未规定。",
    lang="zh", present=["首席合规官", "总法律顾问兼任"])

unans("not_covered",
    "A city spokesperson says they have \"appealed the NDRC's dishonesty finding\". Under the 2023 notice, what is "
    "the appeal procedure – to which body and within what time limit – for a government entity that disputes being "
    "confirmed as dishonest?",
    ["appeal", "objection"],
    "The NDRC notice covers verification and identification by the superior/competent department (II.(2)), "
    "recording and punishment (III.(3)-(5)) and credit restoration after correction (III.(6)), but provides no "
    "appeal or objection procedure or time limit for a confirmed entity.",
    lang="en", present=["confirmed as breach of contract and dishonesty", "credit restoration"])

unans("not_covered",
    "优化营商环境条例第八条讲要建立营商环境评价体系。这个评价具体有哪些一级指标、每项各占多少权重？我讲座想放一张表。",
    ["权重", "一级指标", "评价指标"],
    "第八条只规定建立以市场主体和社会公众满意度为导向的营商环境评价体系，评价不得影响正常工作、不得增加负担、不得"
    "谋取利益；没有列出任何指标或权重，其他文件也没有。",
    lang="zh", present=["营商环境评价"])

unans("not_covered",
    "Quick one for my lecture: under China's Law on Governmental Sanctions for Public Officials, is there a limitation "
    "period – say five years after the misconduct – after which the supervisory commission can no longer impose a "
    "sanction?",
    ["statute of limitations", "limitation period", "时效", "五年"],
    "The Public Official Sanctions Law sets sanction periods (Art. 8), rules for retired/departed officials (Art. 27) "
    "and transitional rules (Art. 67), but no limitation period for imposing a sanction; the only 追诉期限 in the "
    "corpus is PE Art. 63's reference to criminal prosecution time limits.",
    lang="en", present=["追诉期限", "已经退休的公职人员"])

unans("not_covered",
    "条例第三十四条说，大型企业不在年度报告里公示逾期未付中小企业款项信息的，由市场监管部门“依法处理”。具体罚多少"
    "钱？有没有罚款上限？",
    ["万元", "罚款数额", "罚款上限"],
    "《保障中小企业款项支付条例》第三十四条只写由市场监督管理部门依法处理，没有规定罚款金额或上限；其他文件也没有。",
    lang="zh", present=["由市场监督管理部门依法处理"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Why does the NDRC's 2023 notice treat a local government's failure to honour a contract after a leadership "
    "reshuffle as excusable rather than as dishonesty? A city spokesperson cited that exemption to me.",
    ["reshuffle", "excusable", "exempt"],
    "False premise: NDRC II.(2) says the opposite – failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty; item I. also targets "
    "new officials ignoring previous commitments.",
    lang="en", present=["personnel changes", "new officials ignoring previous commitments"],
    related=[E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
             E(NDRC, "I.", "new officials ignoring previous commitments")])

unans("false_premise",
    "政务处分法第十条规定，警告处分满三个月后，本人可以向监察机关申请提前解除。申请提前解除要交哪些材料？",
    ["三个月", "提前解除"],
    "前提错误：第十条讲的是集体决定违法的责任人员；警告的处分期间规定在第八条，为六个月；第二十六条规定开除以外的"
    "处分在处分期内有悔改表现且无新违法行为的，期满后自动解除——法律中没有“满三个月申请提前解除”的制度。",
    lang="zh", present=["警告，六个月", "自动解除"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第二十六条", "政务处分期满后自动解除")])

unans("false_premise",
    "A private developer's spokesperson says it has filed its claim against a city government with \"the NDRC "
    "arbitration tribunal set up under the 2023 government-integrity notice\". How long does that tribunal take to "
    "hand down a decision?",
    ["arbitration", "tribunal"],
    "False premise: the notice sets up no tribunal. It has provincial credit leading departments collect complaints "
    "through special columns (II.(1)) and transfer them to the superior or competent departments of the complained "
    "entities for verification and identification (II.(2)).",
    lang="en", present=["credit leading departments", "verification and identification"],
    related=[E(NDRC, "II.(1)", "establish or improve special columns for breach of contract and dishonesty"),
             E(NDRC, "II.(2)", "competent departments of the complained entities for verification")])

unans("false_premise",
    "条例第十八条要求大型企业每年3月31日前在自己官网上公开上一年度逾期未付中小企业款项的信息。我们集团今年没赶上"
    "3月31日，能不能申请延期公开？找哪个部门申请？",
    ["官网", "延期公开"],
    "前提错误：第十八条规定3月31日前通过网站、报刊等公开的是机关、事业单位；大型企业应当把逾期未付信息纳入企业"
    "年度报告，通过国家企业信用信息公示系统公示。条例中也没有任何“申请延期公开”的程序。",
    lang="zh", present=["3月31日", "国家企业信用信息公示系统"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项"),
             E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示")])

unans("false_premise",
    "For my lecture on the Guangzhou government-business Guidelines: the lecture-hall report says the first batch "
    "alone had 50 scenarios. Which of those 50 scenarios deal with business meals?",
    ["50 scenarios"],
    "False premise: the report (¶10) says the two batches together cover 33 scenarios; ¶9 only says the first "
    "batch responded to regular issues such as \"what meals can be eaten and what vehicles can be taken\" and lists "
    "no individual scenarios.",
    lang="en", present=["33 scenarios"],
    related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
             E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken")])

unans("false_premise",
    "民营经济促进法第二十二条规定，小微民营企业的贷款由国家融资担保基金提供百分之八十的担保。我们公司想申请这个"
    "担保，该找哪个部门？",
    ["国家融资担保基金", "百分之八十", "80%"],
    "前提错误：第二十二条只规定国家推动构建民营经济组织融资风险的市场化分担机制，支持银行业金融机构与融资担保机构"
    "有序扩大业务合作；没有国家融资担保基金或80%担保比例的规定。",
    lang="zh", present=["融资担保机构"],
    related=[E(PE, "第二十二条", "支持银行业金融机构与融资担保机构有序扩大业务合作")])

unans("false_premise",
    "A central SOE's spokesperson told me that under Article 12 of SASAC's compliance Measures, its chief compliance "
    "officer is a new board-level post answerable directly to SASAC rather than to the company's own leadership. "
    "How often must the CCO report to SASAC under that article?",
    ["directly to SASAC", "board-level", "quarterly"],
    "False premise: Article 12 says the chief compliance officer adds no new leadership post, is held concurrently "
    "by the general counsel, and is responsible to the enterprise's principal person in charge; no reporting "
    "frequency to SASAC exists (Art. 22 only requires timely reports of major compliance risk events).",
    lang="en", present=["总法律顾问兼任", "向国资委报告"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "A tech company's spokesperson says they pay only 15% corporate income tax because they're a certified "
    "high-tech enterprise. Is 15% the right rate, and how does a company get high-tech certification?",
    ["income tax", "high-tech", "15%"],
    "Corporate tax rates and high-tech enterprise certification are not dealt with anywhere (BE Art. 24 only "
    "mentions implementing tax and fee reduction policies in general).",
    lang="en", present=["减税降费"])

unans("out_of_domain",
    "公司年会打算组织员工去澳门玩三天，这部分费用要不要并入员工工资扣个人所得税？",
    ["个人所得税", "澳门"],
    "个人所得税处理问题，文件均不涉及（政务处分法第三十四条的“旅游”是指向公职人员提供的活动安排，与此无关）。",
    lang="zh", present=["旅游"])

unans("out_of_domain",
    "Apart from preparing my compliance lecture, I'm helping a client register its trademark in the European Union. "
    "What's the EUIPO filing fee for one class of goods?",
    ["EUIPO", "European Union"],
    "EU trademark filing; the corpus only mentions trademark registration reform in China in general terms (BE "
    "Art. 15).",
    lang="en", present=["商标注册"])

unans("out_of_domain",
    "我们是民营企业，员工周末加班，加班费是按两倍工资算吗？能不能用调休代替？",
    ["加班费", "调休"],
    "劳动法上的加班工资问题，文件只泛泛要求遵守劳动用工方面的法律法规，不涉及加班费标准。",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "A spokesperson says their app's user data never leaves China, so no PIPL cross-border security assessment is "
    "needed. What thresholds trigger a CAC security assessment for exporting personal information?",
    ["PIPL", "cross-border", "security assessment"],
    "Personal-information export rules are outside the corpus (SOE Art. 18 and the GZ report only mention data "
    "protection / data compliance generally).",
    lang="en", present=["数据保护", "Data Compliance"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "我的讲义引用的是《保障中小企业款项支付条例》2020年版。2020年版第八条规定机关、事业单位的付款期限是多少天？"
    "跟2025年修订后相比有什么变化？",
    ["2020年版", "原条例", "修订前"],
    "语料只有2025年3月17日国务院令第802号修订后的条例文本；2020年国务院令第728号公布的原条例文本不在语料中，无法"
    "回答其第八条内容或修订前后的比较。",
    lang="zh", present=["728号", "802号"])

unans("superseded",
    "The spokesperson said their compliance programme is still built on SASAC's 2018 Compliance Management "
    "Guidelines for Central SOEs (Trial). What did those 2018 trial guidelines require regarding a chief "
    "compliance officer?",
    ["2018"],
    "The corpus holds only the 2022 SASAC Central SOE Compliance Management Measures (Order No. 42, in force "
    "1 October 2022); no 2018 text is in it.",
    lang="en", present=["首席合规官", "2022年10月1日"])

unans("superseded",
    "政务处分法出台以前，2007年的《行政机关公务员处分条例》规定，受撤职处分的公务员工资要降几档？",
    ["公务员处分条例", "2007"],
    "语料只有2020年《公职人员政务处分法》，没有2007年《行政机关公务员处分条例》的文本。",
    lang="zh", present=["撤职"])

unans("superseded",
    "In the 2024 draft of the Private Economy Promotion Law released for public comment, how was the article on "
    "governments honouring policy commitments (now Article 70) worded, and what changed in the final text?",
    ["draft", "public comment"],
    "The corpus holds only the final law adopted on 30 April 2025 (in force 20 May 2025); no draft version is in it.",
    lang="en", present=["政策承诺", "2025年5月20日"])
