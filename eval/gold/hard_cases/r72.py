"""Hard-case gold items, seventy-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a sales director at a mid-sized medical-device distributor in Wuhan who regularly meets hospital heads
and health-commission officials; types hurried Chinese on a phone (typos, little punctuation), sometimes English,
and asks what is allowed at dinners, conferences, sponsorships and festivals, and what happens to the official
and to the company if something goes wrong.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我们做器械配送的 公立医院采购我们耗材 合同里他们非要写到货后120天才付款 这个法律上站得住吗 医院最晚到底多久得付",
    "站不住。《保障中小企业款项支付条例》第九条：机关、事业单位从中小企业采购，应当自交付之日起30日内支付；"
    "合同另有约定的从其约定，但付款期限最长不得超过60日。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "医院财务跟我说这批设备款要等审计局审完 按审计结果才跟我们结算 我们就只能干等着？",
    "不必干等。条例第十二条规定，机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，"
    "法律、行政法规另有规定的除外。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "法律、行政法规另有规定的除外"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第十二条", "法律、行政法规另有规定的除外")],
    lang="zh")

add("single",
    "听说跟我们对接的卫检委一个处长被立案调查了 他现在还能出国或者干脆辞职走人吗",
    "不能随意。政务处分法第五十二条：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职；"
    "不宜继续履职的，任免机关、单位可以决定暂停其履行职务。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "公职人员任免机关、单位可以决定暂停其履行职务")],
    lang="zh")

add("single",
    "以前收过我们过节东西的卫健老领导去年已经退休了 现在要是被翻出来 还会给他政务处份吗",
    "政务处分法第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以立案调查；"
    "依法应当予以降级、撤职、开除的，应当相应调整其享受的待遇。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("single",
    "院长老婆自己开了个咨询公司 院长暗示我们跟她签个服务合同 后面的单子就好说了 这事要是出了 院长会怎样",
    "政务处分法第三十三条：纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的，予以警告、记过或者记大过；"
    "情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的", "予以警告、记过或者记大过"],
    [E(PS, "第三十三条", "纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的"),
     E(PS, "第三十三条", "予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "区里搞行业峰会 让我们这些经销商每家摊五万 嘴上说自愿 不给以后就不好办事 我们能不给吗",
    "可以拒绝。《优化营商环境条例》第十四条：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "市场主体有权拒绝任何形式的摊派。",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

add("single",
    "quick q - our supply contract is with a public hospital, not the health commission itself. under that NDRC 2023 "
    "integrity notice can we still use the provincial breach-of-contract complaint column??",
    "Yes: under II.(1) the provincial credit leading departments' special complaint columns accept complaints "
    "involving government departments, including agencies and public institutions (a public hospital is a public "
    "institution), within their jurisdiction.",
    ["special columns for breach of contract and dishonesty complaints", "including agencies and public institutions"],
    [E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints"),
     E(NDRC, "II.(1)", "involving government departments (including agencies and public institutions)")],
    lang="en")

add("single",
    "我们有个大客户是央企下面的医疗集团 他们对供应商请客送礼这一块 规定上要求他们有专门的合规制度吗",
    "有。《中央企业合规管理办法》第十八条要求中央企业针对反垄断、反商业贿赂等重点领域以及合规风险较高的业务，"
    "制定合规管理具体制度或者专项指南。",
    ["反商业贿赂", "制定合规管理具体制度或者专项指南"],
    [E(SOE, "第十八条", "中央企业应当针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "制定合规管理具体制度或者专项指南")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "合作的一家公立医院副院长收红包被记大过了 这个处分要背多久 这期间对他评职称涨工资有啥影响",
    "记大过的处分期为十八个月（政务处分法第八条）；公办医疗卫生单位中从事管理的人员在处分期内不得晋升职务、岗位和"
    "职员等级、职称，被记大过的还不得晋升薪酬待遇等级（第二十条）。",
    ["记大过，十八个月", "不得晋升职务、岗位和职员等级、职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第二十条", "公办的教育、科研、文化、医疗卫生、体育等单位中从事管理的人员"),
     E(PS, "第二十条", "在政务处分期内，不得晋升职务、岗位和职员等级、职称"),
     E(PS, "第二十条", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

add("multi",
    "公立医院超期大半年了还没付我们货款 能不能要利息 怎么算 医院那边管这事的人会不会被追责",
    "可以要逾期利息：有约定利率的不得低于订立合同时1年期LPR，未约定的按每日万分之五（条例第十七条）。"
    "事业单位未按期付款的，由上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分（第三十一条）。",
    ["应当支付逾期利息", "每日利率万分之五", "责令改正", "对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "未在规定的期限内支付中小企业货物、工程、服务款项")],
    lang="zh")

add("multi",
    "要是卫健委那个科长因为收我们钱被开除了 他单位那边会怎么处理他 以后他还能再考公务员回来吗",
    "被开除的，自政务处分决定生效之日起应当解除其与所在机关、单位的人事关系或者劳动关系（第二十六条），"
    "且不得录用为公务员以及参照公务员法管理的人员（第二十四条）。",
    ["解除其与所在机关、单位的人事关系或者劳动关系", "不得录用为公务员"],
    [E(PS, "第二十六条", "公职人员被开除的，自政务处分决定生效之日起，应当解除其与所在机关、单位的人事关系或者劳动关系"),
     E(PS, "第二十四条", "不得录用为公务员以及参照《中华人民共和国公务员法》管理的人员")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "如果我们这个市被认定对企业违约失信了 发改委那边会对这个城市有什么惩罚",
    "发改委通知 III.(4)：对有失信记录的主体限制中央预算内资金支持、限制申报地方政府专项债券、限制各类融资项目推荐；"
    "对有政府失信记录的地级及以上城市，取消其发改系统评奖和试点示范资格，加大城市信用监测扣分权重，取消社会信用体系建设示范区称号或资格。",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="zh")

add("cross_lingual",
    "广州纪委那个政商交往指引 碰到指引里没写的情况 他们说判断能不能做的核心标准到底是啥",
    "起草组成员王玉群表示，判断的核心是区分“为公”还是“为私”（acting for the public good / for personal gain），"
    "关键看行为能否“摆上桌面”（put on the table）。",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "“acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "One of the health officials we work with is being investigated for taking gifts from suppliers. If he owns up "
    "on his own and hands the money back, can his punishment be lighter?",
    "Yes, it can. Under Article 11 of the Public Official Sanctions Law, the sanction may be lighter or reduced where "
    "the official voluntarily confesses the violation, or voluntarily hands over or returns the illegal gains.",
    ["可以从轻或者减轻给予政务处分", "主动交代本人应当受到政务处分的违法行为的", "主动上交或者退赔违法所得的"],
    [E(PS, "第十一条", "公职人员有下列情形之一的，可以从轻或者减轻给予政务处分"),
     E(PS, "第十一条", "主动交代本人应当受到政务处分的违法行为的"),
     E(PS, "第十一条", "主动上交或者退赔违法所得的")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "周末带处长他们去唱K按摩 一条龙都是我们埋单 万一哪天被查 处长那边最坏是什么下场",
    "政务处分法第三十四条第二款：公职人员接受可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，"
    "予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["娱乐等活动安排", "情节严重的，予以降级或者撤职"],
    [E(PS, "第三十四条", "或者接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("paraphrase",
    "医院一把手刚换 新院长说前任签的单子他都得重新过一遍 我们的钱就一直压着不给 这样说得过去吗",
    "说不过去。条例第十四条：机关、事业单位和大型企业不得以法定代表人或者主要负责人变更、履行内部付款流程等为由，"
    "拒绝或者迟延支付中小企业款项（民营经济促进法第六十七条亦禁止以人员变更为由拖延支付）。",
    ["法定代表人或者主要负责人变更", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项"),
     E(PE, "第六十七条", "不得以人员变更、履行内部付款流程")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "卫健委一个科员收了我们中秋的购物卡 被给了警告处分 警告要背一年 那他这一年里是不是都升不了职级",
    ["警告，一年", "警告，十二个月"],
    "政务处分法第八条规定警告的处分期是六个月，不是一年（十二个月是记过的期间）；前提数字错误。",
    lang="zh", present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
    "Since the SME payment regulation gives public hospitals 90 days after delivery to pay us, can we start "
    "charging late interest from day 91?",
    ["90 days", "交付之日起90日"],
    "Article 9 of the SME payment regulation gives agencies and public institutions 30 days from delivery (at most "
    "60 days if the contract says otherwise); 90 days appears only as the longest complaint-handling period in Art. 25.",
    lang="en", present=["30日内支付款项", "90日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
    "为啥政务处分法对我们这种送礼的企业也要给记大过 企业又不是公务员 这个处分怎么落到公司头上",
    ["对企业给予政务处分", "行贿企业"],
    "政务处分法只适用于对违法的公职人员给予政务处分（第二条），第三十四条第二款处罚的也是赠送礼品的公职人员；"
    "法律没有对企业记大过的规定，前提错误。",
    lang="zh", present=["本法适用于监察机关对违法的公职人员给予政务处分的活动"],
    related=[E(PS, "第二条", "本法适用于监察机关对违法的公职人员给予政务处分的活动"),
             E(PS, "第三十四条", "向公职人员及其特定关系人赠送可能影响公正行使公权力的礼品、礼金、有价证券等财物")])

unans("false_premise",
    "保障中小企业款项支付条例要求公立医院每年6月30日前把上一年拖欠中小企业的款项情况公开出来 对吧 到时候我们去哪查",
    ["6月30日"],
    "条例第十八条规定机关、事业单位应当于每年3月31日前公开上一年度逾期未付款合同数量、金额等信息，不是6月30日。",
    lang="zh", present=["3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "发改委2023年1103号那个通知是发给各省卫健委的；所以医院拖我们款 直接去找省卫健委投诉就行？",
    ["卫健委", "Health Commission"],
    "NDRC 通知的对象是各省级社会信用体系建设牵头部门（credit leading departments），不是卫健委；"
    "投诉由省级信用牵头部门通过信用网站等渠道受理。",
    lang="zh", present=["Leading Departments for Social Credit System Construction", "credit leading departments"],
    related=[E(NDRC, "II.(1)", "Provincial-level leading departments for social credit system construction")])

unans("false_premise",
    "优化营商环境条例规定政府部门每个月至少要开一次政企座谈会。下个月卫健委的座谈会上我们想反映医院拖款的事 怎么提比较合适",
    ["座谈会", "每月"],
    "优化营商环境条例第四十八条只要求建立畅通有效的政企沟通机制、采取多种方式听取市场主体诉求，没有规定每月座谈会的频次。",
    lang="zh", present=["政企沟通机制"],
    related=[E(BE, "第四十八条", "建立畅通有效的政企沟通机制，采取多种方式及时听取市场主体的反映和诉求")])

unans("false_premise",
    "Given the 5,000-yuan gift threshold in the public official sanctions law, how should we split our Mid-Autumn "
    "gift cards so each section chief's share stays under it?",
    ["5,000", "yuan", "5000元"],
    "Article 34 of the sanctions law sets no money threshold: it covers gifts, cash gifts and securities that may "
    "affect the impartial exercise of public power; the premise of a 5,000-yuan threshold is invented.",
    lang="en", present=["可能影响公正行使公权力的礼品、礼金、有价证券等财物"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "跟医院院长吃饭 人均控制在多少钱以内算合规 有没有个具体标准",
    ["人均", "餐费"],
    "政务处分法第三十四条只说接受或提供可能影响公正行使公权力的宴请要处分；广州报告提到第一批指引回应“what meals can "
    "be eaten”，但没有给出任何金额标准。",
    lang="zh", present=["宴请", "what meals can be eaten"])

unans("not_covered",
    "我们想赞助省医学会的学术年会 给会场冠个名 这个要提前去卫健委报备吗 流程怎么走",
    ["学术", "赞助", "冠名", "报备"],
    "文件没有涉及企业赞助学术会议或报备程序；政务处分法第三十五条只涉及公职人员会议活动超标准。",
    lang="zh", present=["会议活动"])

unans("not_covered",
    "这几年全国卫健系统有多少干部因为收医药企业的礼被政务处分了 比例高不高",
    ["卫健", "医药企业", "处分人数"],
    "政务处分法规定处分种类和适用，但文件中没有任何处分人数或比例的统计数据。",
    lang="zh", present=["政务处分"])

unans("not_covered",
    "向省里投诉公立医院拖欠货款 要交投诉费吗",
    ["投诉费", "受理费"],
    "条例第二十四、二十五条规定受理投诉部门、转交时限（10个工作日）和处理期限（30日，最长90日），未提及任何投诉收费。",
    lang="zh", present=["受理投诉部门"])

unans("not_covered",
    "我们准备起诉区医院欠的300万货款 按民营经济促进法 能打赢吗 大概多久能判下来",
    ["胜诉", "审理期限"],
    "民营经济促进法第六十七、六十八条禁止拖延支付、要求法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，"
    "但无法预测个案结果或判决时间。",
    lang="zh", present=["依法及时立案、审理、执行"])

unans("not_covered",
    "In those Guangzhou government-business guidelines, which of the 33 scenarios covers giving officials gifts at "
    "Spring Festival, and is there a cash limit?",
    ["Spring Festival", "gift", "cash limit"],
    "The Guangzhou report only says the two batches cover 33 scenarios and that the first batch addressed questions "
    "like what meals can be eaten and what vehicles can be taken; it lists no individual scenario on gifts and no limit.",
    lang="en", present=["33 scenarios", "what meals can be eaten"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "保障中小企业款项支付条例2020年原来那版里 机关事业单位付款期限是怎么规定的 跟2025修订后比改了啥",
    ["2020年版", "修订前"],
    "语料只收录2025年3月17日国务院令第802号修订后的文本；2020年第728号令原文未收录，无法比较修订前后的差异。",
    lang="zh", present=["728号", "802号"])

unans("superseded",
    "以前那个《行政机关公务员处分条例》对公务员收企业礼金是怎么规定处分的",
    ["行政机关公务员处分条例"],
    "语料只有2020年施行的政务处分法（第三十四条规定收受礼金的处分），没有此前的行政机关公务员处分条例。",
    lang="zh", present=["礼金"])

unans("superseded",
    "国资委2018年发的《中央企业合规管理指引（试行）》里对商业贿赂是怎么要求的",
    ["合规管理指引", "试行", "2018"],
    "语料中是2022年国资委令第42号《中央企业合规管理办法》（第十八条提到反商业贿赂），没有2018年试行指引的文本。",
    lang="zh", present=["中央企业合规管理办法", "反商业贿赂"])

unans("superseded",
    "What did the 2024 consultation draft of the Private Economy Promotion Law say about officials dining with "
    "business owners? I heard the draft wording was stricter than the final law.",
    ["consultation draft", "草案", "征求意见稿"],
    "Only the final law adopted on 30 April 2025 is in the corpus (Art. 44 asks officials to stay clean and honest in "
    "dealings with business owners); no draft text is included.",
    lang="en", present=["保持清正廉洁"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "我们一个销售经理跳槽去了竞争对手 还带走了好几家医院客户 公司能要他赔钱吗 竞业限制补偿怎么算",
    ["竞业限制", "劳动合同"],
    "劳动合同与竞业限制属于劳动法问题，七份文件均未涉及。",
    lang="zh", present=[])

unans("out_of_domain",
    "我们跟医院签的设备采购合同要不要交印花税 税率多少",
    ["印花税", "税率"],
    "合同印花税属于税法问题，文件未涉及。",
    lang="zh", present=[])

unans("out_of_domain",
    "Can our company deduct client dinner costs as business entertainment expenses on the corporate income tax "
    "return, and up to what percentage?",
    ["corporate income tax", "business entertainment", "企业所得税"],
    "Corporate income tax deductions are outside all seven documents.",
    lang="en", present=[])
