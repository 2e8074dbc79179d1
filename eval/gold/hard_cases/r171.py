"""Hard-case gold items, hundred-and-seventy-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the general manager of a mid-sized private construction-materials supplier (cement, bricks,
rebar) in Foshan. He dictates long, rambling Chinese voice-to-text messages that tell the whole
backstory first (a county bureau that owes him money, a former official who now works for his
rival, an inspector who hinted at a "consulting fee", a town that wants "donations"), with the
actual question buried at the end, and sometimes with a wrong belief about what "the new law" or
"the new regulation" says, picked up from a peer's WeChat group. His English-speaking daughter,
who helps with the company's paperwork, sometimes types short, casual English questions for him.
About three quarters Chinese, one quarter English.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "是这样的，我们公司去年给县教育局直接供了一批水泥和砖，是教育局自己跟我们签的采购合同，用在他们一个学校的修缮上，"
    "货是去年十一月全部交齐的。合同里面只写了单价和数量，付款时间根本没写。到现在钱一分没给，每次打电话财务科都说财政紧张、"
    "再等等。我老婆说政府的钱急不来。我就想问清楚一句：政府单位买我们中小企业的东西，法律上到底规定要多少天内付钱？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位从中小企业采购货物、工程、服务，应当自交付之日起30日内支付款项；"
    "合同另有约定的从其约定，但付款期限最长不得超过60日。合同没约定付款期限的，就是交货之日起30日内。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "跟你说个事，上个月有个来我们厂检查的执法人员，查完了没开单子，私下跟我说整改的事可以“灵活处理”，但要我们给他介绍的一个朋友付一笔"
    "“咨询费”，五万。我没理他，结果他这个月又来了三次，每次都挑毛病，说我们堆场不合格、消防通道不合格，就是故意卡我们。"
    "我不想跟他闹僵，但也咽不下这口气。像这种公职人员在管事的时候故意刁难、吃拿卡要的，政务处分法里面对他是怎么处理的？",
    "《公职人员政务处分法》第三十八条第一款第（二）项：在管理服务活动中故意刁难、吃拿卡要的，情节较重的予以警告、记过或者记大过；"
    "情节严重的予以降级或者撤职；第二款：有第二项行为情节特别严重的，予以开除。",
    ["故意刁难、吃拿卡要", "情节严重的，予以降级或者撤职", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "（二）在管理服务活动中故意刁难、吃拿卡要的；"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除。")],
    lang="zh")

add("single",
    "还是县里那笔欠款，一共两百三十万。我现在打算正式去要了，准备连利息一起要。问题是当初合同是他们的格式合同，"
    "里面根本没写逾期要付多少利息，我签的时候也没注意。我们财务说没约定就要不到利息，我不太信。"
    "合同没写逾期利息的情况下，利息到底按什么标准算？",
    "《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项的应当支付逾期利息；"
    "双方对利率未作约定的，按照每日利率万分之五支付逾期利息（有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率）。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "hi, typing for my dad. the county backed out of part of our supply contract. under that NDRC notice on government integrity, "
    "can we file the complaint through the 12345 hotline or does it have to go through some special website?",
    "NDRC notice II.(1): provincial credit leading departments set up breach-of-contract complaint columns relying on several channels: "
    "their credit websites, the State Council's \"Internet + Supervision\" platform, MIIT's arrears-to-SMEs complaint platform, "
    "local 12345 government service hotlines, business environment complaint platforms, petition departments and others.",
    ["local 12345 government service hotlines", "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints")],
    lang="en")

add("single",
    "有件事憋了很久。以前县住建局有个刘科长，管我们这块的，当年他在位的时候收了我对手公司不少好处，大家都知道，"
    "我们那几年一个项目都没拿到。去年他辞职了，现在直接去我那个对手公司当副总，天天带着他们去跑以前的关系。"
    "我想去举报他，可是有人说他已经不是公职人员了，政务处分管不到他了。人已经辞职离开了，他以前在位时候干的事还能追究吗？",
    "《公职人员政务处分法》第二十七条：已经离职的公职人员在履职期间有违法行为的，依照第一款处理，即不再给予政务处分，"
    "但是可以对其立案调查；依法应当予以降级、撤职、开除的，按规定相应调整其待遇，对违法取得的财物依照第二十五条处理。",
    ["不再给予政务处分", "可以对其立案调查", "已经离职或者死亡的公职人员在履职期间有违法行为的"],
    [E(PS, "第二十七条", "已经离职或者死亡的公职人员在履职期间有违法行为的，依照前款规定处理。"),
     E(PS, "第二十七条", "不再给予政务处分，但是可以对其立案调查")],
    lang="zh")

add("single",
    "我们在三水那边想扩建一个仓库，去办审批。窗口的工作人员收了材料以后跟我讲，我们还缺一份评估报告，"
    "然后塞给我一张名片，说最好找这家咨询公司做，“别家做的我们这边一般过不了”，报价八万。我问了一下别的公司才三万。"
    "审批部门的人能这样指定我们找哪家中介吗？",
    "《优化营商环境条例》第四十三条：行政机关不得为市场主体指定或者变相指定中介服务机构；除法定行政审批中介服务外，"
    "不得强制或者变相强制市场主体接受中介服务。",
    ["不得为市场主体指定或者变相指定中介服务机构"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构")],
    lang="zh")

add("single",
    "Dad's question: the county says they can't keep the contract because the old director got transferred and the new one doesn't "
    "recognize it. Does the NDRC notice still count that as the government breaking the contract?",
    "Yes. NDRC notice II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall all be "
    "regarded as breach of contract and dishonesty.",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "我们有一部分货是供给一个央企下面的三级子公司的工地，他们项目上的采购经理暗示我每车要给他返点，不给就压我们的验收。"
    "我想往他们央企自己的违规举报平台上报，但是我怕一举报，他们内部一查就知道是我，以后这个客户就彻底没了，还可能被穿小鞋。"
    "央企那边对举报人身份有没有保密的要求？",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，并对举报人的身份和举报事项严格保密，"
    "对举报属实的举报人可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

# ---- multi

add("multi",
    "唉，县住建局那笔工程材料款的事越来越离谱。去年底他们换了个新局长，新局长上来就说前任签的东西要重新走一遍内部审批，"
    "然后又说要等审计局的决算审计结果出来才能按审计的数结算。我翻了合同，合同里面根本没写要等审计，也没写按审计结果结算。"
    "我听说今年新出的民营经济促进法，还有那个中小企业款项支付的条例都讲到这个了。他们这几个理由到底站不站得住？",
    "站不住。《保障中小企业款项支付条例》第十四条：不得以法定代表人或者主要负责人变更、履行内部付款流程，或者在合同未作约定的情况下"
    "以等待竣工验收备案、决算审计等为由拒绝或者迟延支付；第十二条另规定机关不得强制要求以审计结果作为结算依据。"
    "《民营经济促进法》第六十七条同样规定不得以人员变更、履行内部付款流程或合同未约定时以等待决算审计等为由拒绝或拖延支付，"
    "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据。",
    ["主要负责人变更", "决算审计", "不得强制要求以审计结果作为结算依据"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由"),
     E(PE, "第六十七条", "不得强制要求以审计结果作为结算依据")],
    lang="zh")

add("multi",
    "前年镇里招商，跟我们签了个协议，让我们在他们工业园建新的搅拌站和仓库，协议里写得清清楚楚，给我们配套道路、优惠地价。"
    "我们已经投了一千多万下去了。结果今年镇里换届，新来的书记说那是上一届班子的事，现在规划调整了，协议不认了。"
    "我就想知道，政府换了一届班子就能不认账吗？如果他们真的因为公共利益要改，我的损失谁来赔？",
    "不能。《民营经济促进法》第七十条和《优化营商环境条例》第三十一条都规定，地方各级人民政府及其有关部门应当履行依法作出的政策承诺和订立的合同，"
    "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约毁约；因国家利益、社会公共利益需要改变的，"
    "应当依照法定权限和程序进行，并对企业因此受到的损失予以补偿。",
    ["政府换届", "予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(BE, "第三十一条", "并依法对市场主体因此受到的损失予以补偿")],
    lang="zh")

add("multi",
    "我现在想通了，跟县里客客气气没用，决定投诉。但是我不知道往哪里投，佛山这边的工信局说他们管不了县里的事。"
    "投诉一般是谁来受理？有没有全国统一的地方可以投？投上去以后多久会转给具体处理的部门，多久能给我一个结果？",
    "《保障中小企业款项支付条例》第二十四条：省级以上人民政府负责中小企业促进工作综合管理的部门受理投诉，国务院该部门建立国家统一的"
    "拖欠中小企业款项投诉平台。第二十五条：受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门；处理投诉部门自收到投诉材料之日起"
    "30日内形成处理结果并书面反馈，情况复杂的可延长，但最长不得超过90日。",
    ["国家统一的拖欠中小企业款项投诉平台", "10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "typing for my dad again. a big general contractor we supply rebar to says they'll only pay us once the county pays them. "
    "is that allowed under the new private economy law?",
    "No. Private Economy Promotion Law art. 68 (第六十八条): large enterprises buying goods, works or services from small and medium "
    "private businesses shall reasonably agree payment terms and pay on time, and may not make receipt of a third party's payment "
    "a condition for paying them.",
    ["不得以收到第三方付款作为向中小民营经济组织支付账款的条件", "合理约定付款期限并及时支付账款"],
    [E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
     E(PE, "第六十八条", "应当合理约定付款期限并及时支付账款")],
    lang="en")

add("cross_lingual",
    "听说广州市纪委出了一个政商交往的指引，有什么场景可以吃什么饭、坐什么车都写了，我们佛山商会也想拿来参考。"
    "那个指引两批加起来一共覆盖了多少个场景？如果碰到的情况里面没写到，他们说应该怎么去判断能不能做？",
    "广州廉洁合规讲堂报道（GZ report ¶10）：两批指引共覆盖33个场景，不能涵盖所有情况；判断的核心是区分“为公”还是“为私”"
    "（acting for the public good / acting for personal gain），关键看行为能否“摆上桌面”（put on the table）。",
    ["33 scenarios", "acting for the public good", "put on the table"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "我女儿给我看了一个发改委的英文通知，讲政府失信要惩罚的，我英文不行看不太懂。我那个县要是因为欠钱不还被认定失信了，"
    "发改委那边具体会对它有什么限制？能不能卡它的钱？",
    "发改委通知（NDRC notice III.(4)）：对有失信记录的相关主体，发改委将限制中央预算内资金支持（central budget funds）、"
    "限制申报地方政府专项债券（local government special bonds）、按规定限制各类融资项目推荐；对有政府失信记录的地级及以上城市，"
    "取消发展改革系统评优和试点示范资格、加大城市信用监测扣分权重等。",
    ["central budget funds", "local government special bonds", "restrict recommendations for various financing projects"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "又来一件烦心事。镇经济发展办的人昨天拿着一张单子来厂里，说镇上年底要搞个文化节，每家规模以上的企业都要“支持一下”，"
    "我们厂大，要出三万块，另外还要我们出两台车、派五六个工人去帮他们搭台子搬东西。话里话外说不出的话以后厂里有事别找镇里。"
    "这种凭空让我们出钱出车出人的事，我能直接说不吗？",
    "可以拒绝。《优化营商环境条例》第十四条第三款：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "市场主体有权拒绝任何形式的摊派。",
    ["财力、物力或者人力的摊派行为", "有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

add("paraphrase",
    "我这几个月去那个单位催了好几次钱，上周还说了一句再不给我就往上面反映。结果昨天他们一个副主任打电话给我，"
    "阴阳怪气地说“你到处乱讲，以后你们的货一车都别想进我们工地，年底资格审查的时候你也小心点”。他们单位的人能这样吓唬我吗？",
    "不能。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业"
    "及其工作人员进行恐吓、打击报复（违反的，依第三十五条对责任人员给予处分或者处罚）。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "我一个同行在群里讲，新的中小企业款项支付条例规定政府单位买东西，拖到120天才算逾期，所以现在着急也没用。"
      "我那批货是今年2月交的，到现在也就一百来天，是不是还得再等它十几二十天才能去找他们？",
      ["120日", "120天"],
      "《保障中小企业款项支付条例》第九条规定机关、事业单位应当自交付之日起30日内支付，合同另有约定的最长也不得超过60日；"
      "没有任何条款规定120天，前提错误，不能按120天的期限回答。",
      lang="zh", present=["30日内支付款项", "最长不得超过60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "我问了个律师朋友，他说合同没约定的话，逾期利息按每日万分之三算。那我这两百三十万被拖了整整半年，按万分之三算下来能要多少利息？",
      ["万分之三"],
      "《保障中小企业款项支付条例》第十七条规定未约定利率的按照每日利率万分之五支付逾期利息，不是万分之三；"
      "按万分之三的前提计算的金额没有依据。",
      lang="zh", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "我表弟在镇里当干部，前阵子因为违规吃饭被记大过了，他跟我说记大过的处分期是三十六个月，三年内都升不了。"
      "他这才三十出头，三年耽误下来很麻烦。记大过三十六个月以后才能解除是吧？",
      ["三十六个月"],
      "《公职人员政务处分法》第八条规定记大过的处分期为十八个月（警告六个月、记过十二个月、降级撤职二十四个月），"
      "不是三十六个月；按三十六个月的前提无法回答。",
      lang="zh", present=["十八个月"],
      related=[E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
      "我们供货的一个央企下属公司，采购经理找我要回扣。我听人讲央企合规管理办法规定首席合规官都是纪委书记兼任的，"
      "那我直接找他们的首席合规官反映，是不是就等于直接找了他们纪委？",
      ["纪委书记"],
      "《中央企业合规管理办法》第十二条规定首席合规官由总法律顾问兼任、对企业主要负责人负责，并非由纪委书记兼任；"
      "纪检监察机构是第十五条规定的监督部门之一。前提错误。",
      lang="zh", present=["总法律顾问兼任"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "民营经济促进法不是2025年7月1号才开始施行吗？县里那笔款6月份到期的，那时候新法还没生效，"
      "所以他们6月份拖着不给钱这件事是不是用不上这部法？",
      ["2025年7月1日"],
      "《民营经济促进法》第七十八条规定本法自2025年5月20日起施行，不是7月1日；以7月1日施行为前提的推理不成立。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "dad keeps saying the Guangzhou government-business interaction guidelines were issued by the city's market regulation bureau. "
      "so can that bureau fine companies that don't follow them?",
      ["market regulation bureau", "Administration for Market Regulation"],
      "The GZ report ¶7 says the Guidelines (two batches) were issued by the Guangzhou Municipal Commission for Discipline Inspection "
      "and Supervision, not a market regulation bureau; the report says nothing about fines for not following them.",
      lang="en", present=["Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
      "the NDRC notice says a county's dishonesty record stays on file for 3 years even after it pays up, right? "
      "so they have no reason to rush paying us?",
      ["3 years", "three years"],
      "NDRC notice III.(6): once the identifying department confirms the dishonest behaviour has been corrected and performance "
      "completed, the dishonesty records should be promptly restored and punishment measures terminated; no 3-year retention.",
      lang="en", present=["promptly restored"],
      related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

# ---- not_covered

unans("not_covered",
      "县里这笔钱我估计最后还是要走法院。两百三十万的标的，去法院起诉欠款要先交多少诉讼费？律师费能不能让县里出？",
      ["诉讼费", "律师费"],
      "No document sets court fees or says who bears lawyers' fees. PE 第六十八条 only says courts shall file, try and enforce "
      "arrears cases against small private businesses promptly.",
      lang="zh", present=["依法及时立案"])

unans("not_covered",
      "我想知道我们佛山这边，去年一共有多少中小企业投诉政府和国企拖欠款项？投诉了以后大概有百分之几真拿到钱了？",
      ["佛山", "投诉件数"],
      "No document gives complaint statistics or recovery rates for any locality; SME 第十八条 only requires agencies to publish "
      "the number and amount of overdue contracts, and 第二十四条 sets up the complaint platform.",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "how long do we have to sue the county for unpaid invoices before it's too late? like what's the statute of limitations?",
      ["statute of limitations", "诉讼时效"],
      "No document states a civil limitation period for payment claims. PE 第六十三条 mentions 追诉期限 only for criminal "
      "prosecution; the SME regulation sets payment deadlines, not limitation periods.",
      lang="en", present=["追诉期限"])

unans("not_covered",
      "那个刘科长从住建局辞职不到半年就跑去我对手公司当副总了，还专门跑他以前管的那些项目。"
      "公务员辞职以后不是有几年不能去跟原来业务相关的企业上班吗？到底是几年？他这算不算违规？",
      ["从业限制", "两年内", "三年内"],
      "None of the seven documents sets a post-resignation employment restriction for former officials (that is in the Civil "
      "Servants Law, not in the corpus). PS 第三十六条 covers serving officials taking part in profit-making activities and "
      "第二十七条 only says departed officials are investigated, not given 政务处分.",
      lang="zh", present=["营利性活动"])

unans("not_covered",
      "县里明年有个大的道路工程要招标，那个刘科长现在在我对手公司，以前的关系都还在。你帮我分析一下，"
      "明年那个标是不是他们稳中了？我还有没有必要去投？",
      ["中标", "中标概率"],
      "A prediction about a specific tender's outcome; no document can answer it. PE 第十四条 only says public-resource "
      "trading must be fair and may not restrict or exclude private businesses.",
      lang="zh", present=["招标投标"])

unans("not_covered",
      "what's the phone number in Foshan to report an inspector who asked us for a 'consulting fee'? is it 12388 or something?",
      ["Foshan", "12388"],
      "No document gives a reporting phone number for Foshan or for reporting officials' solicitation; NDRC II.(1) lists 12345 "
      "hotlines only as channels for breach-of-contract complaints against government departments.",
      lang="en", present=["12345"])

# ---- out_of_domain

unans("out_of_domain",
      "财务小王上个月给一个客户开的增值税专用发票，税率开错了，客户已经认证抵扣了，现在要怎么红冲重开？",
      ["红冲", "增值税"],
      "VAT invoice correction is unrelated to the seven policy documents.",
      lang="zh")

unans("out_of_domain",
      "any recommendations for ERP software to track cement and rebar inventory across two warehouses?",
      ["ERP", "inventory"],
      "Business software advice; nothing in the seven documents.",
      lang="en")

unans("out_of_domain",
      "我们仓库新招了两个叉车司机，他们开叉车要考什么证？去哪里考，多久能拿到？",
      ["叉车"],
      "Forklift operator licensing is unrelated to the seven documents.",
      lang="zh")

# ---- superseded

unans("superseded",
      "我们那笔货是2021年签的合同，那时候还是2020年版的保障中小企业款项支付条例。2020年版里面对政府单位的付款期限是怎么写的？"
      "跟今年修订以后的比，主要改了哪些地方？",
      ["2020年版", "修订前"],
      "The corpus holds only the regulation as revised by State Council Order No. 802 (2025, in force 2025年6月1日); the header "
      "names the 2020 Order No. 728 but its original text is not in the corpus, so the earlier wording and the changes cannot be given.",
      lang="zh", present=["第728号", "2025年6月1日"])

unans("superseded",
      "我记得以前有个2018年的《中央企业合规管理指引（试行）》，我们对接的那个央企当时就是按那个做的。"
      "那个试行指引里面对合规管理部门的职责是怎么规定的？",
      ["合规管理指引", "试行"],
      "The corpus holds only the 2022 SASAC Central SOE Compliance Management Measures (Order No. 42, in force 2022年10月1日), "
      "not the earlier 2018 trial guidelines.",
      lang="zh", present=["2022年10月1日"])

unans("superseded",
      "民营经济促进法出台之前不是公开征求过意见吗？我记得那个草案里面对拖欠民营企业账款有一条专门的罚则，"
      "草案里那条原来是怎么写的？后来正式通过的时候是不是删掉了？",
      ["草案", "征求意见稿"],
      "The corpus holds only the law as adopted on 2025年4月30日 (in force 2025年5月20日); no draft text is included, so the "
      "draft's wording and what changed cannot be answered.",
      lang="zh", present=["2025年5月20日"])

unans("superseded",
      "dad has a printout of a 2016 State Council guideline on government integrity. what did that older one say about local "
      "governments breaking contracts with companies? is it still in force or replaced by the NDRC notice?",
      ["2016"],
      "The corpus holds only the NDRC notice of August 5, 2023 (Development and Reform Finance [2023] No. 1103); no 2016 "
      "guideline is included, and the notice does not say it replaces one.",
      lang="en", present=["August 5, 2023"])
