"""Hard-case gold items, seventeenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我们是做包装材料的小厂，想拿一家上市公司（大型企业）欠我们的货款去银行做应收账款融资。银行要求对方先确认这笔债权，"
    "可对方财务一直拖着不给确认。条例里对他们多久之内必须确认有规定吗？",
    "有。《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业"
    "提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "We signed an industrial-support agreement with a county government two years ago. After the county leadership "
    "changed, the new people told us the old deal \"doesn't count anymore\". Under the NDRC's 2023 notice, does that "
    "count as the government breaking the contract?",
    "Yes. Item II.(2) of the NDRC notice: failure to perform due to institutional adjustments, personnel changes, and "
    "other reasons shall all be regarded as breach of contract and dishonesty. (Complaint clues are transferred to the "
    "superior or competent departments of the complained entity for verification; if true, rectification is promoted, "
    "and those who refuse to rectify are confirmed as breach of contract and dishonesty.)",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be regarded "
     "as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "街道通知我们公司必须报名参加一个“诚信示范企业”评比，还要交800块培训费，说不参加年底不好交代。这种评比和培训我们能不参加吗？"
    "收费合规吗？",
    "可以不参加。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "My boss signed an investment agreement with a Guangzhou district, and now the market has collapsed and we can't hit "
    "the output targets in it. According to that lecture-hall report on the Guangzhou Guidelines, what can a company in "
    "our position do?",
    "¶18 (Chen Lin, on the second batch of the Guidelines): if an enterprise fails to complete its targets due to "
    "objective reasons, it can negotiate adjustments and enjoy a grace period; if an agreement cannot be fulfilled due to "
    "policy changes, procedures can be rectified or a transition period can be set.",
    ["it can negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

add("single",
    "我是一家小供货商的销售经理。某央企下属公司的采购员暗示要给“好处费”才下单。央企是不是有专门的违规举报渠道？"
    "我去举报的话，身份会不会被泄露、会不会被报复？",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱，相关部门受理并调查处理；"
    "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励；任何单位和个人不得以任何形式对"
    "举报人进行打击报复。",
    ["中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密",
     "任何单位和个人不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我们是给一家大型建筑公司做分包的小企业。合同里写着“业主付款后，按业主付款比例支付分包款”，现在业主没付，他们也"
    "一分不给。这种约定合法吗？都有哪些规定管这事？",
    "不合法。《保障中小企业款项支付条例》第九条第二款：大型企业从中小企业采购货物、工程、服务，应当自交付之日起60日内支付；"
    "合同另有约定的从其约定，但不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业"
    "款项。《民营经济促进法》第六十八条同样规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件；第七十三条："
    "大型企业拒绝或者拖延支付中小民营经济组织账款的，依法承担法律责任。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项",
     "不得以收到第三方付款作为向中小民营经济组织支付账款的条件",
     "拒绝或者拖延支付中小民营经济组织账款的，依法承担法律责任"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
     E(PE, "第七十三条", "大型企业违反法律、行政法规规定或者合同约定，拒绝或者拖延支付中小民营经济组织账款的，依法承担法律责任")],
    lang="zh")

add("multi",
    "Our small landscaping company won a county bidding project, but the county government keeps dodging the final "
    "payment it agreed to in the contract. Under the NDRC notice, where can we complain, and what happens to the "
    "complaint after we file it?",
    "II.(1): provincial credit leading departments accept such complaints through their credit websites, the State "
    "Council's \"Internet + Supervision\" platform, MIIT's \"Registration (Complaint) Platform for Breach of Contract and "
    "Arrears to SMEs\", local 12345 government service hotlines, business environment complaint platforms and petition "
    "departments; breaches in bidding contracts are within scope. II.(2): they immediately transfer the complaint clues to "
    "the superior or competent departments of the complained entity for verification and identification; if untrue, the "
    "complainant gets feedback and an explanation; if true, rectification is promoted; those who refuse to rectify are "
    "confirmed as breach of contract and dishonesty.",
    ["local 12345 government service hotlines",
     "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs",
     "immediately transfer received and collected breach of contract and dishonesty complaint clues to the superior or "
     "competent departments of the complained entities",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty by the identifying department"],
    [E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract"),
     E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

add("multi",
    "我老公在区里一个局当科员，是公务员。前阵子因为在外面违规兼职，被给了个记大过处分。想问一下：这个处分要背多久？"
    "这期间他还能升职、涨工资档次吗？到期以后会自己消掉吗？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月，自政务处分决定生效之日起计算。第十九条：公务员在政务处分期内"
    "不得晋升职务、职级、衔级和级别；被记过、记大过、降级、撤职的，不得晋升工资档次。第二十六条：受到开除以外的政务处分，"
    "在处分期内有悔改表现且没有再发生应受政务处分的违法行为的，政务处分期满后自动解除，晋升等不再受原处分影响。",
    ["记大过，十八个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次", "政务处分期满后自动解除"],
    [E(PS, "第八条", "（三）记大过，十八个月"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次"),
     E(PS, "第二十六条", "在政务处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")],
    lang="zh")

add("multi",
    "My startup took money from a Guangzhou state-owned investment fund, and the project is well behind what we "
    "promised. The fund manager who backed us is scared he'll be punished. According to the speakers in that lecture-hall "
    "report, when would someone like him be let off, and when would he still be held accountable?",
    "¶21 (Wang Xiaobin, Guangzhou Metro): the second batch of the Guidelines says that if an investment made with due "
    "diligence and through compliant decision-making procedures incurs losses due to objective factors such as market "
    "risks, the relevant personnel may be exempted from liability. ¶30 (Cheng Jinyuan, audit): losses caused by inherent "
    "risks such as policy adjustments, market changes and technological exploration, where due measures were taken to "
    "stop losses, are granted error tolerance; if losses are expanded due to lack of post-investment control, "
    "misappropriation of funds, or concealment of risks and delayed disposal, those derelict in their duties must be "
    "held accountable.",
    ["incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from liability",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds"),
     E(GZ, "¶30", "concealment of risks and delayed disposal"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

add("multi",
    "我们是做服装批发的小公司，这个月市场监管部门来了三拨人，一次查标签、一次查计量、一次查价格，每次都得停下来陪着。"
    "他们检查对象是怎么挑的？这么多检查就不能一次查完吗？",
    "《优化营商环境条例》第五十四条：推行“双随机、一公开”，除特殊行业、重点领域外，市场监管领域的行政检查应当通过随机抽取"
    "检查对象、随机选派执法检查人员、抽查事项及查处结果及时向社会公开的方式进行；针对同一检查对象的多个检查事项，应当尽可能"
    "合并或者纳入跨部门联合抽查范围。《民营经济促进法》第五十二条作了同样要求（尽可能合并或者纳入跨部门联合检查范围），"
    "第五十条要求执法活动避免或者尽量减少对正常生产经营活动的影响。",
    ["随机抽取检查对象、随机选派执法检查人员", "应当尽可能合并或者纳入跨部门联合抽查范围",
     "应当尽可能合并或者纳入跨部门联合检查范围"],
    [E(BE, "第五十四条", "市场监管领域的行政检查应当通过随机抽取检查对象、随机选派执法检查人员、抽查事项及查处结果及时向社会公开的方式进行"),
     E(BE, "第五十四条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围"),
     E(PE, "第五十二条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合检查范围"),
     E(PE, "第五十条", "行政机关开展执法活动应当避免或者尽量减少对民营经济组织正常生产经营活动的影响")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "客户是个大集团，每次结账都不打钱，塞给我们一张半年后才能兑的“票”，说不收就别想结。我们小公司现金流快断了，"
    "只能认吗？",
    "不必认。《保障中小企业款项支付条例》第十一条：机关、事业单位和大型企业使用商业汇票、应收账款电子凭证等非现金支付方式"
    "支付中小企业款项的，应当在合同中作出明确、合理约定，不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，"
    "不得利用这些非现金支付方式变相延长付款期限。",
    ["不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式",
     "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("paraphrase",
    "我老公开了家小贸易公司，家里买菜、交孩子学费、还房贷都直接从公司账上走，他说反正公司是自己的，钱放哪都一样。"
    "这么弄真的没问题吗？",
    "有问题。《民营经济促进法》第四十条：民营经济组织应当依照法律、行政法规和国家统一的会计制度，加强财务管理，规范会计核算，"
    "防止财务造假，并区分民营经济组织生产经营收支与民营经济组织经营者个人收支，实现民营经济组织财产与经营者个人财产分离。",
    ["区分民营经济组织生产经营收支与民营经济组织经营者个人收支",
     "实现民营经济组织财产与民营经济组织经营者个人财产分离"],
    [E(PE, "第四十条", "区分民营经济组织生产经营收支与民营经济组织经营者个人收支，实现民营经济组织财产与民营经济组织经营者个人财产分离")],
    lang="zh")

add("paraphrase",
    "Honest question from a small business owner: do the national planners actually go looking for local governments "
    "that stiff companies, or does anything only happen if somebody like me sticks their neck out and reports it?",
    "They do look. NDRC notice IV.(8): the commission will increase efforts to monitor and discover government "
    "dishonesty clues through communication mechanisms with private enterprises, big data monitoring, and selecting "
    "representative private enterprises to establish monitoring points, transferring clues immediately to the place of "
    "jurisdiction for supervision and continuous follow-up; credit leading departments at all levels set up matching "
    "mechanisms.",
    ["big data monitoring", "selecting representative private enterprises to establish monitoring points",
     "transferring clues immediately to the place of jurisdiction for supervision and continuous follow-up"],
    [E(NDRC, "IV.(8)", "communication mechanisms with private enterprises, big data monitoring"),
     E(NDRC, "IV.(8)", "selecting representative private enterprises to establish monitoring points"),
     E(NDRC, "IV.(8)", "transferring clues immediately to the place of jurisdiction")],
    lang="en")

add("paraphrase",
    "I run a tiny AI app startup in Guangzhou. We're nervous that the authorities will shut us down the first time we "
    "get something wrong. Does the new local guidance give young companies like ours any room to try things out?",
    "According to ¶25 of the report (Zhang Xin), the Guidelines advocate \"inclusive and prudent supervision\" and an "
    "\"observation period\" system, which provide trial-and-error space and development patience for new business "
    "formats such as artificial intelligence; they also state that \"due diligence and compliance are grounds for "
    "liability exemption\".",
    ["“inclusive and prudent supervision” and “observation period” system",
     "trial-and-error space and development patience for new business formats such as artificial intelligence"],
    [E(GZ, "¶25", "“inclusive and prudent supervision” and “observation period” system"),
     E(GZ, "¶25", "trial-and-error space and development patience for new business formats"),
     E(GZ, "¶25", "such as artificial intelligence")],
    lang="en")

add("paraphrase",
    "我舅舅以前在镇上管土地审批，前年已经退下来在家领养老金了。最近听说他在岗时收过开发商的钱，被查出来了。人都不上班了，"
    "还能拿他怎么样？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案"
    "调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，对其违法取得的财物和用于违法行为的本人财物依照"
    "第二十五条处理（没收、追缴或者责令退赔）。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "I'm the sales manager at a 40-person parts maker, about to sign a supply contract with a big state-owned buyer. "
    "Under the SME payment regulations, do we have to tell them we're an SME? And if we grow past the SME line next "
    "year, does the protection still apply to this contract?",
    "Art. 3 (第三条) of the 2025 SME payment regulations: whether a party is an SME or a large enterprise is determined by "
    "its size type at the time the contract is signed, so later growth does not change it for this contract; and when "
    "an SME signs with an agency, public institution or large enterprise it shall proactively inform them that it is an "
    "SME.",
    ["中小企业、大型企业依合同订立时的企业规模类型确定", "应当主动告知其属于中小企业"],
    [E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定"),
     E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业")],
    lang="en")

add("cross_lingual",
    "Our office admin has spent a week running around because the district office wants a paper \"proof\" from our "
    "neighbourhood committee before it will process our application. Is there any rule in the business environment "
    "regulations limiting what certificates government offices can demand from companies?",
    "Yes, Art. 44 (第四十四条) of the Regulations on Optimizing the Business Environment: certification matters must have "
    "a basis in law, regulations or a State Council decision; they may not be set where the matter can be handled "
    "through statutory licences, written commitments, internal or inter-departmental checks, online verification etc.; "
    "departments must publish a list of certification matters, and outside the list government departments, public "
    "utilities and service bodies may not ask for proofs; repeated demands should be avoided through mutual recognition.",
    ["证明事项应当有法律、法规或者国务院决定依据", "清单之外，政府部门、公用企事业单位和服务机构不得索要证明"],
    [E(BE, "第四十四条", "证明事项应当有法律、法规或者国务院决定依据"),
     E(BE, "第四十四条", "清单之外，政府部门、公用企事业单位和服务机构不得索要证明")],
    lang="en")

add("cross_lingual",
    "我们公司投诉县政府不履行招商引资协议，后来被认定为政府违约失信。按发改委2023年那个政务诚信通知，发改委会对这个有失信"
    "记录的县采取哪些惩戒措施？",
    "通知第三部分第（4）项：对有失信记录的相关主体，国家发展改革委将依规限制中央预算内资金支持、限制申报地方政府专项债券、"
    "限制各类融资项目推荐（地级及以上城市有政务失信记录的，还将取消发改系统评优和试点示范资格等）。",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "restrict recommendations for various financing projects"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects")],
    lang="zh")

add("cross_lingual",
    "我在广州开了家小电商公司，听说有个大湾区廉洁合规协会。它能给企业提供哪些服务？有没有帮企业做合规“体检”的？",
    "报道“Featured Services”部分：协会提供廉洁合规大讲堂（定制化培训、政策解读、合规培训、风险预警）；企业合规体检——为企业"
    "提供定制化合规体检和反舞弊调查等专业服务，帮助搭建廉洁合规管理体系；此外还有合规指引编制、廉洁合规宣传、政企交流平台。",
    ["customized compliance health checks and anti-fraud investigations",
     "helping them build an integrity and compliance management system"],
    [E(GZ, "¶37", "customized compliance health checks and anti-fraud investigations"),
     E(GZ, "¶37", "helping them build an integrity and compliance management system"),
     E(GZ, "¶36", "customized education and training, policy interpretation")],
    lang="zh")

add("cross_lingual",
    "Our bank approved a working-capital loan for my small furniture company, then halfway through it stopped paying out "
    "and demanded we repay early, even though we never missed a payment. Does the Private Economy Promotion Law say "
    "anything about this?",
    "Art. 24 (第二十四条): financial institutions must treat private economic organisations equally in credit granting, "
    "loan management, risk control and fees; a financial institution that breaches its agreement with a private borrower "
    "by unilaterally adding lending conditions, suspending disbursement or recalling the loan early bears liability for "
    "breach of contract according to law.",
    ["单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任"],
    [E(PE, "第二十四条", "金融机构违反与民营经济组织借款人的约定，单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我们公司58个人，去年营收四千万左右，算不算条例里说的中小企业？具体按多少人、多少营收来划？",
    ["营业收入", "从业人员"],
    "保障中小企业款项支付条例第三条只说依据国务院批准的中小企业划分标准确定，第二十九条规定企业规模类型测试平台和争议认定；"
    "没有任何文件给出人数或营收的划分数字。",
    lang="zh", present=["划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "Our deal with the township was only worth about 80,000 yuan. Is there a minimum contract amount before a "
    "breach-of-contract complaint against a local government gets accepted under the NDRC notice?",
    ["minimum", "threshold", "contract value"],
    "NDRC notice II.(1) describes the complaint channels and the scope (breaches in procurement, bidding, investment "
    "promotion etc.) but sets no minimum amount; no other document does either.",
    lang="en", present=["complaint", "credit leading departments"])

unans("not_covered",
    "我们小公司有几项发明专利，想按民营经济促进法说的知识产权质押去贷款。一般能贷到评估价的几成？质押率有没有规定？",
    ["质押率", "几成"],
    "民营经济促进法第二十一条只说银行业金融机构为民营经济组织提供应收账款、仓单、股权、知识产权等权利质押贷款，政府为登记、"
    "估值等提供便利；没有贷款额度或质押率。",
    lang="zh", present=["权利质押贷款", "知识产权"])

unans("not_covered",
    "We're one of the firms that can't meet our investment-agreement targets in Guangzhou. The report says we can get a "
    "grace period — how many months is it, and which office do we apply to?",
    ["months"],
    "GZ report ¶18 only says an enterprise that fails its targets for objective reasons can negotiate adjustments and "
    "enjoy a grace period; it gives neither its length nor the body to apply to, and the Guidelines' own text is not in "
    "the corpus.",
    lang="en", present=["grace period", "negotiate adjustments"])

unans("not_covered",
    "我姐在一家央企法务部，说公司要设首席合规官。这个岗位要什么任职资格？必须有法律职业资格证吗？",
    ["法律职业资格", "律师证", "任职资格"],
    "中央企业合规管理办法第十二条只规定首席合规官不新增领导岗位和职数、由总法律顾问兼任、对企业主要负责人负责；没有任职资格"
    "或证书要求。",
    lang="zh", present=["首席合规官", "总法律顾问"])

unans("not_covered",
    "My brother-in-law is a civil servant at a township government and just got a warning for a minor slip-up. The "
    "family is worried about money — how much will a warning cut from his year-end bonus?",
    ["year-end bonus", "年终奖"],
    "政务处分法第八条 sets the warning period at six months and 第十九条 bars promotion during it (wage-grade freeze only "
    "from 记过 up); no article says a warning reduces a civil servant's bonus or by how much. 第二十二条's 减发或者扣发补贴、奖金 "
    "applies only to managers of 基层群众性自治组织.",
    lang="en", present=["警告，六个月", "奖金"])

unans("not_covered",
    "新厂房要接电，供电公司说要排队等。营商环境条例规定的报装时限是几个工作日？",
    ["接电", "用电报装"],
    "优化营商环境条例第二十八条只要求各地区在国家规定的报装办理时限内确定并公开具体办理时间，没有给出天数；其他文件也没有。",
    lang="zh", present=["报装办理时限", "供电"])

unans("not_covered",
    "The Private Economy Promotion Law mentions punitive damages for IP infringement. A bigger competitor copied our "
    "patented design — up to how many times our losses can we claim?",
    ["倍", "赔偿倍数"],
    "民营经济促进法第三十三条（及优化营商环境条例第十五条）只说实施知识产权侵权惩罚性赔偿制度，没有规定赔偿倍数。",
    lang="en", present=["惩罚性赔偿"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "我们给一家国有大型企业做了装修工程，对方说按规定工程款必须等审计局出了审计结果才能结算。审计局一般要审多久？我们还得"
    "等几个月？",
    ["审计周期", "审计完成后"],
    "保障中小企业款项支付条例第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据（法律、行政"
    "法规另有规定的除外）；民营经济促进法第六十七条同。没有“必须等审计”的规定，也没有审计时长。",
    lang="zh", present=["审计结果", "结算依据"],
    related=[E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")])

unans("false_premise",
    "Under the NDRC's 2023 government-integrity notice, it's the Ministry of Finance that checks whether a local "
    "government broke its contract with a private company. How do I get my complaint in front of the MOF?",
    ["Ministry of Finance", "MOF"],
    "NDRC notice II.(2): provincial credit leading departments transfer complaint clues to the superior or competent "
    "departments of the complained entities for verification and identification; the Ministry of Finance plays no role.",
    lang="en", present=["superior or competent departments", "credit leading departments"],
    related=[E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
             E(NDRC, "II.(2)", "for verification and identification")])

unans("false_premise",
    "我在街道办上班，事业编。我老婆最近开了家奶茶店。同事说政务处分法规定公职人员配偶经商的一律撤职，是真的吗？我是不是得"
    "让她把店关了？",
    ["配偶经商", "一律撤职"],
    "政务处分法第三十三条只在“拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的”情况下予以撤职，"
    "并处分纵容、默许特定关系人利用本人职权谋取私利；没有配偶经商一律撤职的规定。",
    lang="zh", present=["特定关系人"],
    related=[E(PS, "第三十三条", "拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职")])

unans("false_premise",
    "A friend says the new Private Economy Promotion Law requires every private company to give a fixed share of its "
    "profits to charity or disaster relief each year. We're a 12-person design studio — what percentage do we have to "
    "donate?",
    ["percentage", "捐款", "利润"],
    "民营经济促进法第四十二条只鼓励、引导民营经济组织积极履行社会责任，自愿参与公益慈善事业、应急救灾等活动；第六十一条还禁止"
    "向民营经济组织摊派财物。没有强制捐赠或比例。",
    lang="en", present=["自愿参与公益慈善事业", "摊派财物"],
    related=[E(PE, "第四十二条", "鼓励、引导民营经济组织积极履行社会责任，自愿参与公益慈善事业、应急救灾等活动")])

unans("false_premise",
    "我们是给央企供货的小公司。听说按国资委的《中央企业合规管理办法》，央企的供应商都得先签合规承诺书才能入围。这个承诺书"
    "找谁签、要附什么材料？",
    ["供应商", "入围"],
    "中央企业合规管理办法第三十一条的“组织签订合规承诺”是央企对本企业全员的合规文化措施；第二条规定办法适用于中央企业本身，"
    "没有任何针对供应商的承诺书或入围要求。",
    lang="zh", present=["合规承诺"],
    related=[E(SOE, "第三十一条", "组织签订合规承诺，强化全员守法诚信、合规经营意识")])

unans("false_premise",
    "Our factory sits in a provincial development zone that commissioned a regional assessment (geological hazards, "
    "mineral overlay). The zone office is now billing each company its pro rata share of the cost, which it says the "
    "Business Environment Regulations allow. How should our share be calculated?",
    ["pro rata", "按比例分摊"],
    "优化营商环境条例第四十二条：区域评估由设区的市级以上地方人民政府组织，不再对区域内的市场主体单独提出评估要求，区域评估的"
    "费用不得由市场主体承担 — companies may not be charged any share.",
    lang="en", present=["区域评估"],
    related=[E(BE, "第四十二条", "区域评估的费用不得由市场主体承担")])

unans("false_premise",
    "广州市工商联出的那两批政商交往指引，我们民营企业要是违反了，工商联会怎么处罚？",
    ["工商联"],
    "GZ报道第7段：两批《指引》由广州市纪委监委（Municipal Commission for Discipline Inspection and Supervision）发布；"
    "市工商联只是出席讲堂、共同推动成立协会的单位。报道也没有规定对企业的处罚。",
    lang="zh", present=["Municipal Federation of Industry and Commerce",
                        "Municipal Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "社保断缴了三个月，会不会影响我在上海的买房资格？",
    ["社保断缴", "买房"],
    "个人社保与购房资格问题，语料不涉及（与民营经济促进法“社会保障”共享字面）。",
    lang="zh", present=["社会保障"])

unans("out_of_domain",
    "My landlord says he's keeping my whole security deposit for \"wear and tear\" after three years. Is he allowed to "
    "do that?",
    ["landlord", "wear and tear", "security deposit"],
    "Residential tenancy, not in the corpus (the corpus's 保证金 are procurement/construction deposits).",
    lang="en", present=["保证金"])

unans("out_of_domain",
    "公司让我签竞业限制协议，离职后两年不能去同行，公司得给我补偿金吗？每月给多少？",
    ["竞业限制", "补偿金"],
    "劳动合同问题，语料不涉及（与“补偿”共享字面）。",
    lang="zh", present=["补偿"])

unans("out_of_domain",
    "How do I get my university to send an official transcript to a grad school in the US?",
    ["transcript", "grad school"],
    "Education admin, not in the corpus (shares 'officials' loosely with the NDRC notice and GZ report).",
    lang="en", present=["officials"])

unans("out_of_domain",
    "Which card payment terminal should my small coffee shop buy if we want to take WeChat Pay, Alipay and foreign "
    "credit cards?",
    ["WeChat Pay", "Alipay"],
    "Retail payment hardware, not in the corpus (shares 'payment' with the SME payment regulations).",
    lang="en", present=["支付"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "政务处分法2020年7月施行以前，按2007年的《行政机关公务员处分条例》，公务员受记过处分的处分期是多久？和现在一样吗？",
    ["行政机关公务员处分条例", "2007"],
    "语料只有2020年的公职人员政务处分法（第八条：记过十二个月）；第六十七条只说施行前的案件适用当时的规定，旧条例原文不在语料中。",
    lang="zh", present=["记过，十二个月", "当时的规定"])

unans("superseded",
    "Before the 2025 revision, what default late-payment interest rate did the original 2020 SME payment regulations "
    "(State Council Decree No. 728) set when the contract said nothing about it?",
    ["原条例", "2020年版"],
    "Only the text as revised by 国务院令第802号 (2025) is in the corpus; its 第十七条 sets 每日利率万分之五. The title "
    "line mentions the 2020 Decree 728 publication, but the pre-revision articles are not there.",
    lang="en", present=["国务院令第728号", "万分之五"])

unans("superseded",
    "The GBA Integrity and Compliance Association put out a 2023 Edition of its guidelines for enterprise integrity and "
    "compliance construction. I heard there's a newer 2025 Edition — what did it add for small suppliers?",
    ["2025 Edition", "small suppliers"],
    "GZ report only mentions that the Guidelines for Enterprise Integrity and Compliance Construction (2023 Edition) were "
    "released in March 2024; neither that edition's text nor any later edition is in the corpus.",
    lang="en", present=["2023 Edition"])

unans("superseded",
    "听说《优化营商环境条例》出了修订版，修订后对“证照分离”和涉企经营许可有什么新规定？跟2019年那版比改了哪些？",
    ["修订版"],
    "语料只有2019年国务院令第722号公布的原文（第十九条规定推进“证照分离”改革），没有任何修订后的版本。",
    lang="zh", present=["证照分离", "国务院令第722号"])
