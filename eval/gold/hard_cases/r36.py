"""Hard-case gold items, thirty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a trainee preparing for a compliance lecture session who asks exam-style questions (in English and
Chinese), and a supplier to a county hospital whose invoices are overdue (Chinese, colloquial, long stories).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我们是个小公司，十几个人，给县人民医院供应医用耗材和病房用的小家电，已经合作三年了。去年新签的采购合同里，"
    "医院那边的合同模板写的是“货到后120天内付款”，当时急着要单子就签了。现在好几批货送过去都快五个月了，钱一分没到，"
    "财务科说合同写的120天，还没到呢，又说年底资金紧。我想问，按那个保障中小企业款项支付的条例，县医院这种事业单位"
    "付款到底有没有期限？合同写120天算数吗？",
    "《保障中小企业款项支付条例》第九条第一款：机关、事业单位从中小企业采购货物、工程、服务，应当自交付之日起30日内"
    "支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。县医院作为事业单位，合同约定的120天超过了60日的"
    "上限。",
    ["应当自货物、工程、服务交付之日起30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "Exam prep for next week's lecture session. Question 4 on my mock paper: \"According to Wang Yuqun, when using "
    "the Guidelines to judge conduct that the 33 scenarios do not cover, which three sets of dialectical "
    "relationships must be grasped?\" What's the model answer?",
    "Per ¶10 of the GZ report, the core is distinguishing \"acting for the public good\" from \"acting for personal "
    "gain\" (whether actions can be \"put on the table\"), and three sets of dialectical relationships must be grasped: "
    "first, the unity of the reform spirit and strict standards; second, the unity of an effective market and a "
    "capable government; third, the unity of proactiveness with moderation and cleanliness with effectiveness.",
    ["the unity of the reform spirit and strict standards",
     "the unity of an effective market and a capable government",
     "the unity of proactiveness with moderation and cleanliness with effectiveness"],
    [E(GZ, "¶10", "First, the unity of the reform spirit and strict standards."),
     E(GZ, "¶10", "Second, the unity of an effective market and a capable government."),
     E(GZ, "¶10", "the unity of proactiveness with moderation and cleanliness with effectiveness")],
    lang="en")

add("single",
    "【模拟题】根据《中央企业合规管理办法》，中央企业的首席合规官：（1）是否需要新增领导岗位？（2）由谁兼任？"
    "（3）对谁负责？请写出依据条款。",
    "《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门组织开展相关工作，指导所属单位加强合规管理。",
    ["不新增领导岗位和职数，由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第十二条", "对企业主要负责人负责，领导合规管理部门组织开展相关工作")],
    lang="zh")

add("single",
    "Flashcard check: under the NDRC's 2023 government-integrity notice, at what point does a local department that "
    "was labelled dishonest get its record restored, and what happens to the punishment measures?",
    "Item III.(6): credit leading departments coordinate credit restoration; once the identifying department confirms "
    "that the dishonest behaviour has been corrected and performance completed, the dishonesty records should be "
    "promptly restored and the dishonesty punishment measures terminated.",
    ["confirms that the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "that the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "县医院欠我们四十多万货款，一直拖着。我们资金周转不过来，想拿这笔应收款去银行做个保理融资，银行说要医院出个"
    "书面确认，盖个章证明确实欠我们这么多钱。结果医院财务一会说领导出差，一会说要研究研究，一个多月了章都没盖。"
    "医院这样拖着不确认，有规定吗？最晚多久得给我们确认？",
    "有。《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业"
    "提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "说个事儿，气死我了。我们去年给县医院做了门诊楼的信息化弱电改造，合同里就写了验收合格后按实结算，根本没提审计。"
    "活早干完了，验收也过了，现在医院说“县审计局还没来审，审计结果出来才能按审定金额结算”，让我们等，谁知道审计局"
    "啥时候来。医院能这么干吗？我们要是去找卫健局（医院的主管部门），他们能管吗？",
    "不能。《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算"
    "依据（法律、行政法规另有规定的除外）。第三十一条第（四）项：机关、事业单位没有法律、行政法规依据，要求以审计机关的"
    "审计结果作为结算依据的，由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予"
    "处分。（《民营经济促进法》第六十七条也规定不得强制要求以审计结果作为结算依据。）",
    ["不得强制要求以审计机关的审计结果作为结算依据", "要求以审计机关的审计结果作为结算依据",
     "由其上级机关、主管部门责令改正"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十一条", "（四）没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据；"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "上周我又去县医院设备科催款，拿着对账单找科长签字。科长当场就翻脸了，说“你们再这么天天来催，再去外面乱投诉，"
    "明年的耗材招标你们就别想进了，我一句话的事”。旁边还有两个同事听见了。我们是小本生意，这家医院占了我们一半的营业额，"
    "真怕被穿小鞋。这种话他能说吗？真要这么干了，他要担什么责任？",
    "不能。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者"
    "投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：进行恐吓、打击报复的，对负有责任的领导人员和直接责任人员"
    "依法给予处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任")],
    lang="zh")

add("multi",
    "Case study for the session: a prefecture-level city signed an investment-promotion agreement with a private "
    "firm, then the bureau that signed it was merged into another bureau and the new leadership refused to perform, "
    "saying the old bureau no longer exists. Under the NDRC notice, does the restructuring excuse non-performance? "
    "And if the city ends up with a government dishonesty record, what can the NDRC do to the city itself?",
    "No. II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall all "
    "be regarded as breach of contract and dishonesty. III.(4): for prefecture-level and above cities with government "
    "dishonesty records, the NDRC will cancel their eligibility for awards and pilot demonstrations in the "
    "development and reform system, increase the weight of city credit monitoring deductions, and cancel the title "
    "or eligibility for demonstration zones of social credit system construction.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("multi",
    "For my lecture notes: how many typical scenarios do the two batches of the Guangzhou Guidelines cover in total, "
    "and how does the focus of the first batch differ from that of the second?",
    "¶10: the two batches cover 33 scenarios (which cannot encompass all situations). ¶9: the first batch "
    "systematically responded to regular government-business interaction issues such as \"what meals can be eaten and "
    "what vehicles can be taken\"; the second batch focuses on new productive forces and enterprise-related services, "
    "centred on full-cycle services for enterprise development from investment promotion to project landing, moving "
    "from \"moderate government-business interactions\" to \"effective service for enterprises\".",
    ["the 33 scenarios covered in the two batches of the Guidelines",
     "the first batch systematically responded to regular government-business interaction issues",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶9", "systematically responded to regular government-business interaction issues"),
     E(GZ, "¶9", "full-cycle services for enterprise development from investment promotion")],
    lang="en")

add("multi",
    "考前自测：某公务员因违法被监察机关给予记大过处分。请回答：（1）记大过的处分期是多长？（2）处分期内在晋升上受什么"
    "限制？（3）处分期满后处分怎么解除？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月。第十九条：公务员在政务处分期内不得晋升职务、职级、衔级和"
    "级别；被记过、记大过、降级、撤职的，不得晋升工资档次。第二十六条：受到开除以外的政务处分，在处分期内有悔改表现，"
    "并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除。",
    ["记大过，十八个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次", "政务处分期满后自动解除"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次"),
     E(PS, "第二十六条", "并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "县医院今年搞了个病房家具的采购，我们中了。中标以后医院说要先打一笔钱给他们押着，等一年后没质量问题再退。我们"
    "手头紧，跟他们商量能不能让开户行出一份担保的函件代替，银行那边都说能办。结果医院财务一口咬死：“只认真金白银"
    "打到账上，那种纸我们不收。”这个他们说了算吗？",
    "不算。《保障中小企业款项支付条例》第十三条第二款：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融"
    "机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。（第三款：保证期限届满后应当及时核算并退还。）",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("paraphrase",
    "我们几家给县医院送货的老板凑一块喝茶，都在骂医院拖账。有人说医院这种单位欠了多少钱、欠了几家，每年是要晒出来给"
    "老百姓看的，还有个截止日子。真有这回事吗？啥时候之前要晒？晒哪些内容？",
    "有。《保障中小企业款项支付条例》第十八条第一款：机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业"
    "款项的合同数量、金额等信息，通过网站、报刊等便于公众知晓的方式公开。",
    ["应当于每年3月31日前", "上一年度逾期尚未支付中小企业款项的合同数量、金额等信息", "通过网站、报刊等便于公众知晓的方式公开"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("paraphrase",
    "In plain terms, from the Guangzhou lecture write-up: when a state company's investment goes south, what gets "
    "the people who made the call off the hook, and what lands them in trouble?",
    "¶30 (Cheng Jinyuan, audit view): if losses come from inherent risks such as policy adjustments, market changes "
    "and technological exploration and due measures were taken to stop losses, error tolerance is granted; if losses "
    "are expanded due to lack of post-investment control, misappropriation of funds, or concealment of risks and "
    "delayed disposal, those derelict in their duties must be held accountable.",
    ["due measures have been taken to stop losses, error tolerance will be granted",
     "lack of post-investment control, misappropriation of funds",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

add("paraphrase",
    "Does that 2023 national planning-agency paper on honest local government plan to name and shame the worst "
    "offenders in public, and if so, which ones and where?",
    "Yes. IV.(9): select a batch of cases with serious dishonesty, repeated dishonesty and strong public complaints, "
    "publicise them on the \"Credit China\" website, and expose them to society through news media to form a strong "
    "public opinion deterrent.",
    ["cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "练习题：一个科长被监委盯上、已经正式查上了，他能不能赶紧递辞职信走人，或者先出国避避风头？单位还能不能让他"
    "照常上班管事？",
    "《公职人员政务处分法》第五十二条：公职人员涉嫌违法，已经被立案调查，不宜继续履行职责的，任免机关、单位可以决定"
    "暂停其履行职务；在被立案调查期间，未经监察机关同意，不得出境、辞去公职，所在单位及上级单位也不得对其交流、晋升、"
    "奖励、处分或者办理退休手续。",
    ["未经监察机关同意，不得出境、辞去公职", "可以决定暂停其履行职务"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "不宜继续履行职责的，公职人员任免机关、单位可以决定暂停其履行职务")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "讲堂那篇报道里，起草组的王玉群说两批《指引》都用了同一种编写体例，是哪“三件套”？为什么要这么编？",
    "据报道¶8：为了把抽象的规范变成看得见、可执行的行为准则（基层急需“易懂好用”的指引），借鉴“场景化”形式，在正面"
    "清单和负面清单基础上引入具体行为场景和典型案例，形成两批《指引》共同采用的“场景+清单+案例”体例（“scenario + "
    "list + case” format）。",
    ["‘scenario + list + case’ format",
     "introducing specific behavioral scenarios and typical cases on the basis of positive and negative lists"],
    [E(GZ, "¶8", "forming the ‘scenario + list + case’ format adopted by both batches"),
     E(GZ, "¶8", "introducing specific behavioral scenarios and typical cases")],
    lang="zh")

add("cross_lingual",
    "我们是给县医院供货的一家小民企，听说发改委2023年发过个通知，各省信用部门开了政府违约失信投诉专栏。可医院不是政府"
    "部门啊，是事业单位，这种专栏收不收投诉医院的？我们这种政府采购合同算不算它管的范围？",
    "收。通知第二部分第（1）项：省级信用牵头部门设立违约失信投诉专栏，受理和归集辖区内涉及政府部门（含机关和事业单位，"
    "\"including agencies and public institutions\"）的投诉；违约失信范围包括政府部门与民营企业在政府采购、招标投标、"
    "招商引资、政府和社会资本合作、产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为。",
    ["government departments (including agencies and public institutions)",
     "government procurement, bidding, investment promotion"],
    [E(NDRC, "II.(1)", "government departments (including agencies and public institutions)"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion")],
    lang="zh")

add("cross_lingual",
    "Mock exam, short answer: under Article 54 of China's Public Official Sanctions Law, where does the sanction "
    "decision go, and within what time must HR process the changes to post and pay after a demotion or heavier "
    "sanction? Can that deadline be extended?",
    "Article 54: the sanction decision is placed in the official's personal file. For demotion or heavier sanctions, "
    "the personnel department must process changes to post, salary and other benefits within one month of the "
    "decision; in special cases, with approval, this can be extended, but to no more than six months.",
    ["应当将政务处分决定书存入其本人档案", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续",
     "最长不得超过六个月"],
    [E(PS, "第五十四条", "公职人员受到政务处分的，应当将政务处分决定书存入其本人档案"),
     E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续"),
     E(PS, "第五十四条", "经批准可以适当延长办理期限，但是最长不得超过六个月")],
    lang="en")

add("cross_lingual",
    "Lecture-hall quiz: the SASAC compliance Measures for central SOEs list key areas for which specific compliance "
    "rules or special guidelines must be drawn up. Name them, and say what is required for overseas business.",
    "Article 18: specific compliance rules or special guidelines for key areas – anti-monopoly, anti-commercial "
    "bribery, ecological and environmental protection, work safety, labour and employment, tax management, data "
    "protection – and for higher-risk business; for important areas of foreign-related business, special compliance "
    "rules based on the laws of the country (region) concerned.",
    ["反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护", "结合实际制定专项合规管理制度"],
    [E(SOE, "第十八条", "针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "针对涉外业务重要领域，根据所在国家（地区）法律法规等，结合实际制定专项合规管理制度")],
    lang="en")

add("cross_lingual",
    "A provincial bureau is drafting a normative document that closely affects how companies operate. Under China's "
    "2019 Regulations on Optimizing the Business Environment, how must it consult the public, and for how long as a "
    "rule?",
    "Article 62: except where confidentiality is required, such drafts must be published for public comment through "
    "newspapers, the internet, etc., with a feedback mechanism on how comments were adopted; the comment period is "
    "generally not less than 30 days (and market players and industry associations must be fully heard).",
    ["向社会公开征求意见的期限一般不少于30日", "应当通过报纸、网络等向社会公开征求意见"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日"),
     E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见，并建立健全意见采纳情况反馈机制")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我们跟县医院的货款拖了快两年了，一开始想着都是老关系，不好撕破脸，就一直口头催，没发过律师函也没起诉。最近听"
    "同行说欠款时间长了“过了时效”就要不回来了，吓我一跳。那个保障中小企业款项支付的条例或者民营经济促进法里，"
    "诉讼时效是几年？从哪天开始算？",
    ["诉讼时效"],
    "各文件均未规定民事诉讼时效。条例规定付款期限、逾期利息和投诉；民营经济促进法第六十三条提到的“追诉期限”是刑事"
    "追诉，第六十八条只要求法院对拖欠案件及时立案、审理、执行。",
    lang="zh", present=["追诉期限", "立案、审理、执行"])

unans("not_covered",
    "我把情况都整理好了：县医院欠我们货款38万，最早一笔是前年11月的，合同、送货单、验收单、对账单都齐。打算下周在"
    "国家那个拖欠中小企业款项投诉平台上投诉。你帮我估一下，胜算有多大、钱真能要回来的成功率有几成？医院院长会不会因为"
    "这个被处分？",
    ["胜算", "成功率", "概率"],
    "条例第二十四、二十五条规定投诉受理、转交、30日内形成处理结果（最长90日）等程序，第三十一条规定责令改正和拒不改正"
    "时的处分，但任何文件都不可能也没有对个案结果作出预测。",
    lang="zh", present=["处理结果", "投诉平台"])

unans("not_covered",
    "Revision question: what daily late-payment interest rate does the Private Economy Promotion Law itself impose "
    "when a state organ or public institution pays a private company late?",
    ["late-payment interest", "interest rate"],
    "The Private Economy Promotion Law (Arts. 67, 68, 73) requires timely payment and provides for correction, "
    "compensation and sanctions, but states no interest rate; the 0.05%-per-day default rate is in Article 17 of the "
    "SME payment Regulations, not in that Law.",
    lang="en", present=["逾期利息", "万分之五", "拖延支付"])

unans("not_covered",
    "For the session quiz: how many member enterprises does the GBA Integrity and Compliance Association have in "
    "total, and how many of them are Fortune Global 500 companies?",
    ["membership", "member companies"],
    "¶34 says the association brings together enterprises of various ownership types, including Fortune Global 500, "
    "China Top 500, Guangdong Top 500 and listed companies, and covers 29 industry sectors, but gives no member count "
    "or breakdown.",
    lang="en", present=["Fortune Global 500", "29 industry sectors", "member enterprises"])

unans("not_covered",
    "我们实在被县医院拖怕了，准备正式维权。想问两件事：一是在国家拖欠中小企业款项投诉平台投诉要不要交钱，交多少？二是"
    "如果请律师打官司，律师费能不能判给医院出？按条例有没有这个说法？",
    ["律师费", "投诉费"],
    "条例第二十四、二十五条规定投诉受理和处理程序，第三十条鼓励法律服务机构提供公益法律服务，但没有规定投诉是否收费，"
    "也没有规定律师费由谁承担；其他文件亦无。",
    lang="zh", present=["公益法律服务", "投诉平台"])

unans("not_covered",
    "Under III.(6) of the NDRC notice, is there a minimum waiting period — say six months or a year — before a local "
    "government department with a dishonesty record can have it restored, and how long does the restoration take?",
    ["waiting period", "minimum period", "six months"],
    "III.(6) only says records should be promptly restored once the identifying department confirms correction and "
    "completed performance; no waiting period or processing time is set, here or elsewhere.",
    lang="en", present=["credit restoration", "promptly restored"])

unans("not_covered",
    "复习到政务处分法的调查程序了。请问：监察机关对公职人员立案调查后，法律规定必须在多长时间内调查终结？超期了"
    "怎么办？",
    ["调查期限", "办案期限", "个月内调查终结"],
    "政务处分法第四十二至四十四条规定调查须二名以上人员、不得非法取证、调查终结后如何处理，第五十四条有一个月内办理"
    "待遇变更的期限，但没有规定立案调查的期限。",
    lang="zh", present=["调查终结", "二名以上工作人员"])

unans("not_covered",
    "Practice question: under the 2022 SASAC compliance Measures, how often must a central SOE run the effectiveness "
    "evaluation of its compliance management system — annually, or every two years?",
    ["annually", "every two years", "每两年"],
    "Article 27 only requires central SOEs to carry out effectiveness evaluations periodically (定期) and special "
    "evaluations when appropriate; Article 14 has the compliance department evaluate on board authorisation. No "
    "frequency is fixed.",
    lang="en", present=["有效性评价", "定期开展"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "备考问题：为什么《中央企业合规管理办法》规定合规委员会必须由董事长担任主任、每季度至少开一次会？这样设计是出于"
    "什么考虑？",
    ["董事长", "主任", "每季度"],
    "前提错误：第十一条只规定中央企业设立合规委员会，可以与法治建设领导机构等合署办公，统筹协调合规管理工作，定期召开"
    "会议；既没有要求由董事长任主任，也没有“每季度至少一次”的频率。",
    lang="zh", present=["合规委员会", "定期召开会议"],
    related=[E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公"),
             E(SOE, "第十一条", "统筹协调合规管理工作，定期召开会议，研究解决重点难点问题")])

unans("false_premise",
    "我跟一个搞法务的朋友聊，他说条例第二十六条规定了：医院这种事业单位拖欠中小企业款项被认定失信的，院长本人要被"
    "列进失信被执行人名单，坐不了飞机高铁，限制高消费。那我们投诉下来以后，大概多久能看到院长上名单？上了名单医院"
    "是不是就得赶紧付钱了？",
    ["失信被执行人", "限制高消费", "院长"],
    "前提错误：第二十六条规定失信情况记入信用记录，情节严重的纳入信用平台公示，并对机关、事业单位在公务消费、办公用房、"
    "经费安排等方面采取必要的限制措施；没有把单位负责人个人列入失信被执行人名单或限制其高消费的规定。",
    lang="zh", present=["失信", "信用记录"],
    related=[E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施"),
             E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录")])

unans("false_premise",
    "Since Article 15 of the Public Official Sanctions Law caps the combined period for several identical sanctions "
    "at 36 months, if an official gets three demerits at once, is the period simply 36 months?",
    ["36 months", "三十六个月"],
    "False premise: Article 15 says the combined period lies between one period and the sum of the periods, but may "
    "not exceed forty-eight months (四十八个月), not 36.",
    lang="en", present=["四十八个月"],
    related=[E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月")])

unans("false_premise",
    "NDRC notice, item III.(4): it says county-level governments with dishonesty records lose their eligibility for "
    "NDRC awards and pilot demonstrations. What does a county have to do to get that eligibility back?",
    ["county-level", "county"],
    "False premise: III.(4) applies those measures to prefecture-level and above cities with government dishonesty "
    "records; counties are not mentioned anywhere in the notice.",
    lang="en", present=["prefecture-level"],
    related=[E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

unans("false_premise",
    "我们准备起诉县医院了。有人告诉我，《民营经济促进法》第六十八条规定，拖欠中小民营企业账款的案子，法院必须先行"
    "调解，调解不成才能判，所以起诉了也得先耗几个月调解。那这个强制调解一般要调多久？能不能申请跳过？",
    ["先行调解", "调解前置", "强制调解"],
    "前提错误：第六十八条第二款规定人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，可以根据自愿和合法的"
    "原则进行调解，并无必须先行调解的规定。",
    lang="zh", present=["自愿和合法的原则"],
    related=[E(PE, "第六十八条", "人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行"),
             E(PE, "第六十八条", "可以根据自愿和合法的原则进行调解")])

unans("false_premise",
    "Study note to verify: the GBA Integrity and Compliance Association was set up by the Guangdong Provincial "
    "Department of Justice. What role did the Department of Justice play at the 12th lecture session?",
    ["Department of Justice", "Provincial Department"],
    "False premise: per ¶32 and ¶41, the association was established on April 16, 2021 and was jointly promoted by "
    "the Municipal Commission for Discipline Inspection and Supervision, the Municipal SASAC and the Municipal "
    "Federation of Industry and Commerce; no Department of Justice is involved.",
    lang="en", present=["jointly promoted", "Federation of Industry and Commerce"],
    related=[E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection"),
             E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity")])

unans("false_premise",
    "Article 27 of the Public Official Sanctions Law lets supervisory organs give retired officials a warning or a "
    "demerit, together with a cut to their pension. What percentage of the pension can be cut?",
    ["pension", "percentage", "退休金"],
    "False premise: Article 27 says retired officials are no longer given government sanctions (though they may be "
    "investigated); where demotion, removal or expulsion would be due, their benefits are adjusted. No warning or "
    "demerit for retirees and no pension-cut percentage.",
    lang="en", present=["不再给予政务处分"],
    related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分"),
             E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "医院那边说明年要重新审供应商资质，我们卖的一次性输液器、医用口罩这些算二类医疗器械吧？经营备案要去哪个部门办，"
    "要准备哪些材料？",
    ["医疗器械", "经营备案", "输液器"],
    "医疗器械经营许可/备案问题，文件均不涉及（“资质”只在平等对待、资质评定限制等泛泛提法中出现）。",
    lang="zh", present=["资质"])

unans("out_of_domain",
    "I'm also thinking of sitting the CCEP exam after the lecture series. What's the pass mark, and how many CEUs do "
    "I need to renew it?",
    ["CCEP", "CEU", "pass mark"],
    "A private professional certification; none of the documents mentions it (the GZ report only describes the "
    "association's own compliance training services).",
    lang="en", present=["compliance training"])

unans("out_of_domain",
    "县医院财务非让我们先把全额的增值税专用发票开过去，说见票才走付款流程。票开了三个月钱没到，可税我们已经先交了。"
    "这种情况能不能先把发票作废或者红冲，等收到钱再重开？",
    ["增值税", "专用发票", "红冲"],
    "发票开具、作废和红字发票属于税务操作问题，文件都不涉及（条例第十四条只禁止以履行内部付款流程为由拒付）。",
    lang="zh", present=["内部付款流程"])

unans("out_of_domain",
    "I have a 45-minute slot to present at our internal compliance lecture. How many slides should I prepare, and "
    "what's a good PowerPoint structure for it?",
    ["slides", "PowerPoint"],
    "Presentation technique; nothing in the documents.",
    lang="en", present=["Lecture Hall"])

unans("out_of_domain",
    "The 12th session was held at the Liby Center. Which metro line and station are closest to it, and is there "
    "parking for attendees?",
    ["metro line", "station", "parking"],
    "Directions and venue logistics; the GZ report only names the venue (and Guangzhou Metro appears only as a "
    "company whose manager spoke).",
    lang="en", present=["Liby Center", "Guangzhou Metro"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "我们跟县医院那份合同是2021年签的，那时候用的还是2020年那版《保障中小企业款项支付条例》。2020年版里机关、事业单位"
    "的付款期限是怎么规定的？和2025年修订后的版本比改了哪些？",
    ["2020年版", "修订前", "原条例"],
    "语料只有2025年3月17日国务院令第802号修订后的条例文本；开头只注明2020年国务院令第728号公布，没有2020年原版的条文，"
    "无法比较修订前后的内容。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "Before the 2022 Measures, SASAC issued the 2018 Guidelines for Compliance Management of Central Enterprises "
    "(for Trial Implementation). What did the 2018 trial Guidelines require, and what did the 2022 Measures change?",
    ["2018", "Trial Implementation", "试行"],
    "The corpus holds only the 2022 Measures (SASAC Order No. 42); no 2018 document is in it, so no comparison is "
    "possible.",
    lang="en", present=["第42号"])

unans("superseded",
    "In the first batch of the Guangzhou Guidelines and Q&A, the scenario on accepting a meal from a company — what "
    "is the per-person spending cap it sets, and which scenario number is it?",
    ["per person", "per-person", "spending cap"],
    "The Guidelines themselves are not in the corpus; the GZ report only says the first batch dealt with issues such "
    "as \"what meals can be eaten and what vehicles can be taken\" and gives no scenario text, numbering or amounts.",
    lang="en", present=["what meals can be eaten"])

unans("superseded",
    "复习政务处分时想对比一下：2007年的《行政机关公务员处分条例》里，记过、记大过的处分期分别是多久？跟政务处分法"
    "一样吗？",
    ["行政机关公务员处分条例", "2007"],
    "语料只有2020年《公职人员政务处分法》（第八条：记过十二个月、记大过十八个月），没有2007年《行政机关公务员处分条例》，"
    "无法比较。",
    lang="zh", present=["十二个月", "十八个月"])
