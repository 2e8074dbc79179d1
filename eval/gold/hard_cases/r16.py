"""Hard-case gold items, sixteenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "政务处分 降级以上 人事部门 变更工资待遇 办理时限",
    "《公职人员政务处分法》第五十四条：受到降级以上政务处分的，由人事部门按照管理权限在作出政务处分决定后一个月内办理"
    "职务、工资及其他有关待遇等的变更手续；特殊情况下经批准可以适当延长，但最长不得超过六个月。政务处分决定书存入本人档案。",
    ["在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续", "最长不得超过六个月"],
    [E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续"),
     E(PS, "第五十四条", "但是最长不得超过六个月")],
    lang="zh")

add("single",
    "I'm on a training rotation at a prefecture-level city's development and reform bureau. If our city itself ends up "
    "with a government dishonesty record, what does the NDRC's 2023 integrity notice say the commission will do to the "
    "city?",
    "Item III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will cancel their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of city "
    "credit monitoring deductions, and cancel the title or eligibility for demonstration zones of social credit system "
    "construction.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "我们在拖欠中小企业款项投诉平台上投诉了一家国企，平台说已经转给处理部门了。请问处理部门最晚多长时间必须给我们"
    "书面答复？能无限期拖下去吗？",
    "不能。《保障中小企业款项支付条例》第二十五条：处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式"
    "反馈投诉人，并反馈受理投诉部门；情况复杂或者有其他特殊原因的，经部门负责人批准可适当延长，但处理期限最长不得超过90日。"
    "（受理投诉部门应自正式受理之日起10个工作日内转交。）",
    ["自收到投诉材料之日起30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "营商环境条例：涉企行政规范性文件公开征求意见，期限一般至少多少天？",
    "《优化营商环境条例》第六十二条：除依法需要保密外，制定与市场主体生产经营活动密切相关的行政法规、规章、行政规范性"
    "文件，应当通过报纸、网络等向社会公开征求意见，向社会公开征求意见的期限一般不少于30日。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "Our compliance lead says Guangzhou's government-business Guidelines can't list every situation. Per the drafting "
    "committee member at the lecture hall, how many scenarios do the two batches cover, and what is the core test for "
    "a situation that isn't one of them?",
    "¶10: the two batches cover 33 scenarios, which cannot encompass all situations. The core of judging is to "
    "distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key is whether the "
    "actions can be \"put on the table\".",
    ["33 scenarios", "“acting for the public good” and “acting for personal gain”",
     "whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我们是一家做实验仪器的小公司。去年区里一所公立中学（事业单位）向我们采购了一批设备，合同写的是“验收合格后45天内"
    "付款”，还约定了15天的验收期。结果设备送到两个多月了，学校一直拖着不验收，钱也没付。想问两点：合同约定45天付款期"
    "本身有没有问题？学校一直不验收，付款期限到底该从哪天开始算？",
    "45天可以：《保障中小企业款项支付条例》第九条规定机关、事业单位应自交付之日起30日内付款，合同另有约定的从其约定，但"
    "付款期限最长不得超过60日。第十条：以验收合格作为付款条件的，付款期限自验收合格之日起算；机关、事业单位和大型企业"
    "拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算——即从约定的15天验收期届满之日起算45天。",
    ["付款期限最长不得超过60日", "付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十条", "拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("multi",
    "单位一名公务员刚受了记过处分，人事科想弄清三件事：这个处分要管多长时间？这段时间里他能不能晋升职级、调工资档次？"
    "到期以后是不是自动就解除了，有没有前提条件？",
    "《公职人员政务处分法》第八条：记过的处分期为十二个月，自决定生效之日起计算。第十九条：公务员在政务处分期内不得晋升"
    "职务、职级、衔级和级别；被记过的，不得晋升工资档次。第二十六条：受到开除以外的政务处分，在处分期内有悔改表现，并且"
    "没有再发生应当给予政务处分的违法行为的，期满后自动解除，晋升等不再受原处分影响。",
    ["记过，十二个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次", "政务处分期满后自动解除"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次"),
     E(PS, "第二十六条", "并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")],
    lang="zh")

add("multi",
    "We're a private developer. Through the provincial credit website we complained that a district government walked "
    "away from the investment agreement it signed with us. Under the NDRC notice, what happens if the complaint is "
    "checked and found true — and if the district later puts things right and pays, how does its record get cleared?",
    "Item II.(2): the provincial credit leading department transfers the clue to the superior or competent department "
    "of the complained entity for verification; if verified as true, the identifying department immediately promotes "
    "rectification, and those who refuse to rectify are confirmed as breach of contract and dishonesty (the information "
    "then goes into the government credit records, III.(3)). Item III.(6): once the identifying department confirms "
    "that the dishonest behaviour has been corrected and performance completed, the dishonesty records are promptly "
    "restored and the punishment measures terminated.",
    ["the identifying department should immediately promote rectification",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty",
     "relevant dishonesty records should be promptly restored",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "新一届县领导上任后，说上一届政府跟我们公司签的招商引资协议“不算数了”，理由是换届了，原来负责的招商局也撤并了。"
    "按《民营经济促进法》，县里这样做站得住吗？要是县里坚持不履行，法律上会有什么后果？",
    "站不住。《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行与民营经济组织订立的合同，不得以行政区划"
    "调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；因国家利益、社会公共利益需要改变的，应依法定权限和"
    "程序进行并补偿损失。第七十三条：不履行依法订立的合同的，由有权机关予以纠正，造成损失的，依法予以赔偿；造成不良后果"
    "或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "由有权机关予以纠正，造成损失的，依法予以赔偿",
     "对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿"),
     E(PE, "第七十三条", "对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "I'm an internal auditor at a Guangzhou state-owned enterprise and one of our investment projects has lost money. "
    "Going by what the pharmaceutical group's audit director said at the lecture hall about the second batch of the "
    "Guidelines: from which three angles is a failed project looked at, and when is error tolerance granted rather than "
    "people being held accountable?",
    "¶29: the failure of an SOE investment does not necessarily lead to accountability; it is analysed from three "
    "aspects — \"compliance review, due diligence identification, and risk screening\" — to see whether the losses come "
    "from normal operational risks. ¶30: if losses are caused by inherent risks such as policy adjustments, market "
    "changes and technological exploration, and due measures have been taken to stop losses, error tolerance is "
    "granted; if losses are expanded by lack of post-investment control, misappropriation of funds, or concealment of "
    "risks and delayed disposal, those derelict in their duties must be held accountable.",
    ["compliance review, due diligence identification, and risk screening", "error tolerance will be granted",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶29", "“compliance review, due diligence identification, and risk screening”"),
     E(GZ, "¶30", "losses are caused by inherent risks such as policy adjustments, market changes"),
     E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "misappropriation of funds, or concealment of risks and delayed disposal")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们是个小厂，给一家大集团长期供货。对方最近出了新规矩：合作前得先往他们账上押一笔钱，只收转账，银行开的担保书"
    "一律不认。这种要求站得住吗？",
    "站不住。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构"
    "出具的保函等提供保证的，机关、事业单位和大型企业应当接受；保证期限届满后应及时核算并退还保证金。",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("paraphrase",
    "我们局的老局长已经退下来两年了，最近查出他在任时拿过老板的好处。现在还能追究他吗？还是人一走就拿他没办法了？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其"
    "立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法取得的财物依照第二十五条没收、追缴"
    "或者责令退赔。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "A county official promised to bring our factory to his county and signed the deal. Since then he's been moved to "
    "another city and his bureau has been folded into a new one, and the people there now say it's 'not their "
    "paperwork' and won't honour what was agreed. Under the NDRC's 2023 notice, does that excuse hold water?",
    "No. Item II.(2) of the NDRC notice: failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty; the company can complain through the "
    "provincial breach-of-contract complaint channels, and an entity that refuses to rectify is confirmed as dishonest.",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("paraphrase",
    "Say a manager at a city-owned fund does all her homework, gets every sign-off the rules require, and puts money "
    "into a young company — then the whole sector slumps and the money is gone. As the Metro Group speaker described "
    "Guangzhou's new guidance, is she automatically on the hook?",
    "Not automatically. ¶21: the second batch of the Guidelines states that if an investment made with due diligence "
    "and through compliant decision-making procedures incurs losses due to objective factors such as market risks, the "
    "relevant personnel may be exempted from liability — a \"safety zone\" for compliant investment decisions.",
    ["incurs losses due to objective factors such as market risks", "the relevant personnel may be exempted from liability"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

add("paraphrase",
    "有人在短视频平台上编段子，说我们老板欠一屁股债跑路了，转发了好几万，客户纷纷来退单。我们能不能先让对方马上闭嘴？"
    "生意上亏的钱能让他掏吗？",
    "能。《民营经济促进法》第五十九条：任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其"
    "经营者的人格权益；受到恶意侵害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施；致使生产经营、投资融资等"
    "活动遭受实际损失的，侵权人依法承担赔偿责任。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "遭受实际损失的，侵权人依法承担赔偿责任")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份政务诚信通知（发改财金〔2023〕1103号）里说的“违约失信”，具体涵盖政府部门和民营企业在哪些领域签的"
    "协议、合同？",
    "通知第二部分第（1）项：违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、"
    "政府投资等领域签订的各类协议、合同中的违约毁约行为。",
    ["government procurement, bidding, investment promotion",
     "government-social capital cooperation, industrial support, government investment"],
    [E(NDRC, "II.(1)", "government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="zh")

add("cross_lingual",
    "广州市纪委出的两批政商交往场景指引，第一批和第二批分别侧重解决什么问题？",
    "据报道第9段：第一批系统回应“什么饭能吃、什么车能坐”等常规政商交往问题，体现“亲而有度、清而无私”；第二批聚焦从"
    "招商引资到项目落地的企业发展全周期服务，实现从“适度交往”到“有效服务”的迭代升级。",
    ["what meals can be eaten and what vehicles can be taken", "full-cycle services for enterprise development",
     "from investment promotion to project landing"],
    [E(GZ, "¶9", "“what meals can be eaten and what vehicles can be taken”"),
     E(GZ, "¶9", "full-cycle services for enterprise development"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="zh")

add("cross_lingual",
    "SME payment regulation (2025 revision): by what date each year must government agencies and public institutions "
    "publish their overdue, still-unpaid SME contracts, and how do large companies disclose theirs?",
    "Art. 18 (第十八条): agencies and public institutions publish the number and amount of the previous year's overdue "
    "unpaid SME contracts before 31 March each year (每年3月31日前) via websites, newspapers etc.; large enterprises "
    "include this information in their annual enterprise report (纳入企业年度报告) and publicise it through the National "
    "Enterprise Credit Information Publicity System (国家企业信用信息公示系统).",
    ["每年3月31日前", "纳入企业年度报告", "国家企业信用信息公示系统"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量"),
     E(SME, "第十八条", "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示")],
    lang="en")

add("cross_lingual",
    "SASAC's compliance measures for central SOEs: which body inside the company signs off on the basic compliance "
    "rules and the annual compliance report, and who decides how the compliance department is set up?",
    "The board of directors (董事会), Art. 8 (第八条): it reviews and approves the basic compliance management system, "
    "the system-building plan and the annual report (审议批准合规管理基本制度、体系建设方案和年度报告等), and decides the "
    "setup and duties of the compliance management department (决定合规管理部门设置及职责).",
    ["审议批准合规管理基本制度、体系建设方案和年度报告等", "决定合规管理部门设置及职责"],
    [E(SOE, "第八条", "审议批准合规管理基本制度、体系建设方案和年度报告等"),
     E(SOE, "第八条", "决定合规管理部门设置及职责")],
    lang="en")

add("cross_lingual",
    "A division chief at an agency we work with is under formal investigation by the supervisory commission. While the "
    "case is open, can he resign or travel abroad, and can his agency promote or retire him in the meantime?",
    "Public Official Sanctions Law Art. 52 (第五十二条): during the investigation he may not leave the country or resign "
    "from public office without the supervisory organ's consent (未经监察机关同意，不得出境、辞去公职), and his unit and "
    "superior units may not transfer, promote, reward, sanction him or process his retirement (不得对其交流、晋升、奖励、"
    "处分或者办理退休手续); the appointing body may also suspend him from duty if unfit to continue.",
    ["未经监察机关同意，不得出境、辞去公职", "不得对其交流、晋升、奖励、处分或者办理退休手续"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "不得对其交流、晋升、奖励、处分或者办理退休手续")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我是民营企业的行政。逢年过节想请对接的街道办干部吃顿便饭，有没有明文规定人均多少元以内的工作餐不算违规？",
    ["人均", "元以内", "工作餐"],
    "政务处分法第三十四条只规定接受、提供可能影响公正行使公权力的宴请情节较重的予以处分；广州指引报道只说第一批回应了"
    "“what meals can be eaten”，没有任何文件给出人均金额标准。",
    lang="zh", present=["宴请", "meals"])

unans("not_covered",
    "Our invoices to a state-owned group are four months overdue. Is there a time limit on how long after the due date "
    "we can still lodge a complaint on the national SME arrears complaint platform?",
    ["time limit", "statute of limitations", "投诉期限"],
    "保障中小企业款项支付条例第二十四、二十五条规定了投诉平台和受理、处理部门的期限（10个工作日转交、30日处理、最长90日），"
    "但没有规定投诉人提出投诉的期限；民营经济促进法第六十三条的“追诉期限”是刑事追诉，与此无关。",
    lang="en", present=["投诉平台", "10个工作日内", "追诉期限"])

unans("not_covered",
    "央企合规管理部门的专职合规人员，有没有按职工人数配比的硬性要求？比如每千人至少配几名？",
    ["每千人", "配比"],
    "中央企业合规管理办法第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员，没有人数比例或最低人数。",
    lang="zh", present=["专职合规管理人员"])

unans("not_covered",
    "When the NDRC exposes a county's broken promise to a private firm as a typical case on Credit China, how long does "
    "the case stay published there before it is taken down?",
    ["taken down", "公示期限"],
    "NDRC notice IV.(9) only says typical cases are publicised on the Credit China website and exposed through news "
    "media; III.(6) restores dishonesty records once the behaviour is corrected and performance completed. No document "
    "sets a publication period for exposed cases.",
    lang="en", present=["Credit China", "typical cases", "credit restoration"])

unans("not_covered",
    "受了政务处分不服，想向作出决定的监察机关申请复审，必须在收到决定书后多少日内提出？过了期限还能申请吗？",
    ["复审期限", "逾期申请", "多少日内"],
    "政务处分法第四十五条只要求决定书载明申请复审、复核的途径和期限，第五十五条规定可以申请复审、复核，但法中没有写明"
    "申请复审的具体期限。",
    lang="zh", present=["申请复审", "途径和期限"])

unans("not_covered",
    "Under the 2019 Regulations on Optimizing the Business Environment, within how many working days must a new company "
    "be issued its business licence?",
    ["business licence", "working days", "3个工作日"],
    "优化营商环境条例第十九条只说“在国家规定的企业开办时限内，各地区应当确定并公开具体办理时间”，没有给出天数。",
    lang="en", present=["企业开办时限", "营业执照"])

unans("not_covered",
    "央企的合规管理年度报告每年几月几日前要报送国资委？有没有规定的格式模板？",
    ["报送", "截止", "格式模板"],
    "中央企业合规管理办法第八条只规定董事会审议批准年度报告，第二十二条规定重大合规风险事件及时向国资委报告；没有年度报告"
    "报送国资委的日期或格式。",
    lang="zh", present=["年度报告", "向国资委报告"])

unans("not_covered",
    "Trainee question: under Guangzhou's government-business interaction Guidelines, up to how many yuan can a civil "
    "servant accept as a Spring Festival gift from a company?",
    ["Spring Festival", "yuan", "gift"],
    "GZ report never mentions gifts or amounts; 政务处分法第三十四条 sanctions accepting 礼品、礼金 that may affect the fair "
    "exercise of public power, without any threshold amount.",
    lang="en", present=["礼品", "礼金"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "听说《保障中小企业款项支付条例》规定，合同没约定利率的，逾期利息按每日万分之三算。那大客户拖欠我们100万元一年，"
    "利息大概是多少？",
    ["万分之三"],
    "条例第十七条规定未作约定的按照每日利率万分之五支付逾期利息，不是万分之三。",
    lang="zh", present=["万分之五"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "I'm a county official who just got a demerit from the supervisory commission and I've applied for a review. Since "
    "the sanction is suspended while the review runs, how long will the suspension last?",
    ["suspended", "暂停执行"],
    "政务处分法第五十六条：复审、复核期间，不停止原政务处分决定的执行 — the sanction is not suspended during review, "
    "and no review duration is stated.",
    lang="en", present=["不停止原政务处分决定的执行"],
    related=[E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行")])

unans("false_premise",
    "按国资委的合规办法，央企要新设一个副总级的首席合规官岗位，由董事长兼任。那这个首席合规官是对董事会负责还是对党委负责？",
    ["董事长", "副总"],
    "中央企业合规管理办法第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    lang="zh", present=["总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "The NDRC notice gives provincial credit departments 15 days to pass a breach-of-contract complaint on to the "
    "competent department. What happens to a province that takes longer than that?",
    ["15 days", "fifteen days"],
    "NDRC notice II.(2) requires the clues to be transferred immediately; no 15-day period exists. IV.(7) evaluates "
    "handling efficiency generally.",
    lang="en", present=["immediately transfer"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
    "村委会主任违规向村民收钱，监察机关给了他降级处分。降级以后，他的待遇级别应该怎么往下调？",
    ["村委会", "村民委员会"],
    "政务处分法第二十二条：基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过，没有降级；"
    "受到政务处分的由县级或者乡镇人民政府减发或者扣发补贴、奖金。",
    lang="zh", present=["基层群众性自治组织", "减发或者扣发补贴、奖金"],
    related=[E(PS, "第二十二条", "基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过")])

unans("false_premise",
    "The 2019 business environment regulations say every company has to be a member of its local industry association. "
    "We dropped out last year to save on fees — what penalty are we looking at?",
    ["membership", "必须加入"],
    "优化营商环境条例第十七条：除法律、法规另有规定外，市场主体有权自主决定加入或者退出行业协会商会等社会组织，任何单位和个人"
    "不得干预 — there is no duty to join and no penalty for leaving.",
    lang="en", present=["行业协会商会"],
    related=[E(BE, "第十七条", "市场主体有权自主决定加入或者退出行业协会商会等社会组织，任何单位和个人不得干预")])

unans("false_premise",
    "我们给部队后勤部门供货，对方拖了三个月没付款。按《保障中小企业款项支付条例》第九条机关30天内必须付款的规定，"
    "这笔钱的逾期利息从哪天开始算？",
    ["部队"],
    "条例第三十六条：军队采购货物、工程、服务支付中小企业款项，按照军队的有关规定执行，不适用第九条的机关付款期限。",
    lang="zh", present=["军队"],
    related=[E(SME, "第三十六条", "军队采购货物、工程、服务支付中小企业款项，按照军队的有关规定执行")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "What's the easiest way to set up autopay so my credit card bill is never paid late?",
    ["credit card", "autopay"],
    "Personal finance, not in the corpus (shares 'payment', 'late' with the SME payment rules).",
    lang="en")

unans("out_of_domain",
    "公司年会抽奖中了一台手机，单位说要代扣个人所得税，这合理吗？",
    ["年会", "个人所得税"],
    "个人税务问题，语料不涉及。",
    lang="zh")

unans("out_of_domain",
    "新入职员工的试用期最长可以约定几个月？",
    ["试用期"],
    "劳动合同法问题，语料不涉及（与央企合规办法第三十条“新入职人员”共享字面）。",
    lang="zh", present=["新入职人员"])

unans("out_of_domain",
    "What time do the Pearl River night cruises leave in Guangzhou, and how much is a ticket?",
    ["Pearl River", "cruises"],
    "Tourism in Guangzhou, not in the corpus (shares 'Guangzhou' with the GZ report).",
    lang="en", present=["Guangzhou"])

unans("out_of_domain",
    "PostgreSQL keeps throwing 'duplicate key value violates unique constraint' on insert — how do I fix this data "
    "integrity error?",
    ["PostgreSQL", "unique constraint"],
    "Database programming, not in the corpus (shares 'integrity' with the NDRC notice and GZ report).",
    lang="en", present=["integrity"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的那一版《保障中小企业款项支付条例》，原文对大型企业付款期限是怎么写的？修订前后有哪些变化？",
    ["修订前", "原版"],
    "语料只收2025年国务院令第802号修订后的文本，标题行提到2020年728号令公布，但没有修订前的条文。",
    lang="zh", present=["国务院令第728号", "国务院令第802号"])

unans("superseded",
    "In the draft for comments of the Regulations on Optimizing the Business Environment released in 2019, how long "
    "was the proposed public-comment period for business-related rules?",
    ["draft for comments", "征求意见稿"],
    "Only the final 2019 text (国务院令第722号) is in the corpus; its 第六十二条 says 一般不少于30日, but the draft is not there.",
    lang="en", present=["不少于30日"])

unans("superseded",
    "2018年国资委印发的《中央企业合规管理指引（试行）》里，合规委员会由谁牵头负责？",
    ["合规管理指引", "试行", "2018"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），其第十一条规定设立合规委员会；2018年的试行指引不在语料中。",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "How did the first-reading draft of the Private Economy Promotion Law (published for comment in late 2024) define a "
    "\"private economic organization\"?",
    ["first reading", "draft", "草案"],
    "Only the law as adopted on 2025-04-30 is in the corpus (its 第七十七条 defines 民营经济组织); no draft text is.",
    lang="en", present=["民营经济组织"])
