"""Hard-case gold items, hundred-and-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a business journalist at a financial newspaper writing an explainer on China's rules for
government-business relations; writes in English and Chinese, asks pointed questions about numbers,
penalties, who enforces what, case counts and what changed, and sometimes tests claims from press
releases or other articles against the documents.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "写稿核对一下：按修订后的《保障中小企业款项支付条例》，政府机关、事业单位从中小企业采购，就算合同里另有约定，付款最长能拖到多少天？",
    "机关、事业单位应自货物、工程、服务交付之日起30日内付款；合同另有约定的从其约定，但付款期限最长不得超过60日（第九条第一款）。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "如果合同里压根没写逾期利息，机关或者大企业拖欠中小企业货款，利息按什么标准算？",
    "双方未约定逾期利息利率的，按照每日利率万分之五支付逾期利息（第十七条）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "What does the NDRC actually threaten to do to a city that ends up with a government dishonesty record? I've read they lose awards — is there more to it than that?",
    "For prefecture-level and above cities with government dishonesty records, the NDRC will cancel their eligibility for awards and pilot "
    "demonstrations in the development and reform system, increase the weight of city credit monitoring deductions, and cancel the title or "
    "eligibility for social credit system demonstration zones (III.(4)).",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "How many scenarios do Guangzhou's two batches of government-business interaction guidelines cover, and do the drafters say that list is exhaustive?",
    "The two batches cover 33 scenarios, and the drafter (Wang Yuqun) says they cannot encompass all situations; the test is whether an action "
    "is for the public good or for personal gain (¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "一名处级干部被记大过，这个处分要背多久？从哪天开始算？",
    "记大过的政务处分期为十八个月，自政务处分决定生效之日起计算（第八条）。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "央企内部有人实名举报违规，查实了的话，企业会给举报人奖励吗？身份会不会被泄露？",
    "中央企业应对举报人身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励，任何单位和个人不得打击报复举报人（第二十四条）。",
    ["对举报属实的举报人可以给予适当奖励", "严格保密"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")],
    lang="zh")

add("single",
    "国务院出台跟企业经营密切相关的行政法规，向社会征求意见的窗口一般至少要开多久？",
    "除依法需要保密外，应通过报纸、网络等向社会公开征求意见，期限一般不少于30日（第六十二条）。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "If a local government says it can't honour a deal with a private company because the officials who signed it have moved on, does the NDRC still treat that as a breach?",
    "Yes. The notice says failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as "
    "breach of contract and dishonesty (II.(2)).",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "不少地方拿“等审计结果出来再结算”拖着不给民企付钱。《民营经济促进法》和《保障中小企业款项支付条例》对此分别怎么规定？",
    "民营经济促进法第六十七条：国家机关、事业单位、国有企业除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据；"
    "条例第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。",
    ["不得强制要求以审计结果作为结算依据", "不得强制要求以审计机关的审计结果作为结算依据"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("multi",
    "一名官员因为两件互不相干的违法行为，各被记过一次。合并起来的处分期可能是多长？法律有没有封顶？",
    "记过的处分期为十二个月（第八条）；应给予撤职以下多个相同政务处分的，可在一个处分期以上、多个处分期之和以下确定，即12至24个月，"
    "且最长不得超过四十八个月（第十五条）。",
    ["记过，十二个月", "多个政务处分期之和以下", "最长不得超过四十八个月"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的"),
     E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

add("multi",
    "中小企业被机关或大企业拖欠货款，该向哪个部门投诉？投诉之后大概多久能拿到处理结果？",
    "向省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）投诉（第二十四条）；受理部门自正式受理起10个工作日内转交处理投诉部门，"
    "处理部门自收到材料起30日内形成处理结果并书面反馈，复杂情况经批准可延长，但最长不得超过90日（第二十五条）。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约的通知里，哪些领域的政府合同违约可以被投诉为“违约失信”？",
    "范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为（II.(1)）。",
    ["government procurement, bidding, investment promotion", "industrial support, government investment"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "government-social capital cooperation"),
     E(NDRC, "II.(1)", "industrial support, government investment")],
    lang="zh")

add("cross_lingual",
    "广州那套“政商交往典型场景指引”到底是哪个部门发的？目前一共出了几批？",
    "由广州市纪委监委（Guangzhou Municipal Commission for Discipline Inspection and Supervision）连续两年发布，共两批（¶7）。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches of the Guidelines")],
    lang="zh")

add("cross_lingual",
    "If an official has already retired by the time wrongdoing comes to light, can they still be punished under China's Public Official Sanctions Law, or is retirement a safe harbour?",
    "Retired officials are no longer given a governmental sanction, but they can be placed on file and investigated; where demotion, removal "
    "or expulsion would be warranted, their benefits are adjusted accordingly, and illegal gains are handled under Article 25 (Article 27).",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分"),
     E(PS, "第二十七条", "但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "有企业主跟我抱怨，执法队靠开罚单给自己单位创收，多罚多得。国家层面有没有规定明确不许这么干？",
    "《优化营商环境条例》第五十九条规定，禁止将罚没收入与行政执法机关利益挂钩。",
    ["禁止将罚没收入与行政执法机关利益挂钩"],
    [E(BE, "第五十九条", "禁止将罚没收入与行政执法机关利益挂钩")],
    lang="zh")

add("paraphrase",
    "大总包非要我们小公司打一笔现钱押在他们那儿，银行开的担保文件一概不认，这样做站得住吗？",
    "不行。机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受（第十三条）。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为什么2025年修订的《保障中小企业款项支付条例》要把大型企业向中小企业付款的期限压缩到45天？",
    ["45日", "45天", "四十五日"],
    "第九条第二款规定大型企业应自交付之日起60日内支付款项（合同另有约定的从其约定，但须合理约定并及时支付）；条例中没有45天的期限，"
    "也未说明修订改动了什么。",
    lang="zh", present=["60日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "The NDRC's 2023 government-integrity notice was issued jointly with the Ministry of Finance. What enforcement role does the Ministry of Finance play under it?",
    ["Ministry of Finance", "jointly issued"],
    "The notice is issued by the National Development and Reform Commission alone (Development and Reform Finance [2023] No. 1103, signed "
    "by the NDRC) and addressed to provincial social credit leading departments; no co-issuer and no Ministry of Finance role appear.",
    lang="en", present=["National Development and Reform Commission"],
    related=[E(NDRC, "-", "Notice of the National Development and Reform Commission")])

unans("false_premise",
    "既然条例要求机关、事业单位每季度公开一次逾期未付中小企业款项的情况，今年一季度的数据应该去哪儿查？",
    ["每季度", "季度"],
    "第十八条要求机关、事业单位于每年3月31日前公开上一年度逾期尚未支付的合同数量、金额等信息，是按年度公开，而非每季度；文件没有季度数据。",
    lang="zh", present=["每年3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "Under the 2020 Public Official Sanctions Law a warning stays on an official's record for one year, right? So a warned official is frozen out of promotion for twelve months?",
    ["one year", "twelve months", "警告，十二个月", "警告，一年"],
    "Article 8 sets the period of a warning (警告) at six months, not a year; twelve months is the period for 记过. Articles 19–21 bar "
    "promotion during the sanction period, which for a warning is therefore six months.",
    lang="en", present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
    "有报道称，国资委要求每家中央企业新设一个副总经理级别的首席合规官领导岗位。这个新岗位在企业里排第几位？",
    ["副总经理", "行政级别"],
    "第十二条恰恰规定设立首席合规官“不新增领导岗位和职数，由总法律顾问兼任”，对企业主要负责人负责；文件没有规定其级别或排序。",
    lang="zh", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "Guangzhou's guidelines on government-business interactions were put out by the city's market regulation bureau; so are they aimed only at companies rather than at officials?",
    ["market regulation bureau", "market regulation"],
    "The report says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, and are meant "
    "to help both enterprises and public officials clarify the boundaries of interactions; no market regulation bureau is involved.",
    lang="en", present=["Guangzhou Municipal Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
             E(GZ, "¶7", "helping enterprises and public officials clarify the boundaries of interactions")])

unans("false_premise",
    "According to the NDRC notice, provincial credit departments have 15 working days to verify a breach-of-contract complaint against a government body. What happens if they miss that deadline?",
    ["15 working days", "working days"],
    "II.(2) says provincial credit leading departments should 'immediately transfer' complaint clues to the superior or competent department "
    "for verification; the notice sets no 15-working-day deadline and no consequence for missing one.",
    lang="en", present=["immediately transfer"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "Since the NDRC notice came out in August 2023, how many breach-of-contract complaints against local governments have been confirmed as dishonesty, and how many typical cases has Credit China exposed so far?",
    ["complaints confirmed", "number of complaints", "cases were exposed"],
    "IV.(9) says a batch of typical cases will be publicised on Credit China and II.(2) describes verification, but the notice gives no "
    "counts of complaints, confirmations or exposed cases.",
    lang="en", present=["typical cases", "Credit China"])

unans("not_covered",
    "中小企业通过国家统一的拖欠款项投诉平台投诉，要不要交费？投诉费是多少？",
    ["投诉费", "免费"],
    "第二十四条规定国务院中小企业主管部门建立国家统一的拖欠中小企业款项投诉平台，第二十五条规定受理、转交和处理时限，但条例没有提到投诉是否收费或收费标准。",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "国资委的合规办法对首席合规官有什么任职资格要求？比如必须有法律职业资格、要有几年从业经验？",
    ["任职资格", "法律职业资格", "从业经验"],
    "第十二条只规定首席合规官由总法律顾问兼任、不新增领导岗位，对企业主要负责人负责；办法没有规定资格证书或从业年限等任职条件。",
    lang="zh", present=["首席合规官", "总法律顾问"])

unans("not_covered",
    "If a small supplier sues a state-owned enterprise under the new Private Economy Promotion Law over unpaid invoices, what are its chances of winning in court?",
    ["chances of winning", "win rate", "胜诉"],
    "Article 68 says courts shall promptly file, try and enforce cases of arrears owed to small and medium private firms, and Article 73 "
    "provides for correction and compensation, but no document predicts outcomes or gives success rates.",
    lang="en", present=["人民法院", "拖欠"])

unans("not_covered",
    "官员对政务处分决定不服，收到决定书后要在多少天内申请复审？复核又要在多少天内提出？",
    ["日内申请复审", "日内申请复核", "三十日"],
    "第五十五条规定可以向作出决定的监察机关申请复审、对复审决定不服可向上一级申请复核；第四十五条只说决定书应载明“申请复审、复核的途径和期限”，"
    "法律本身没有规定具体天数。",
    lang="zh", present=["申请复审", "途径和期限"])

unans("not_covered",
    "How many member companies does the GBA Integrity and Compliance Association have now?",
    ["member companies", "number of members"],
    "The report says members include state-owned, private and overseas-invested enterprises and cover 29 industry sectors, and that the "
    "lecture hall drew over 100 guests, but it never gives a membership count.",
    lang="en", present=["29 industry sectors", "over 100 guests"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的原版《保障中小企业款项支付条例》，对大型企业的付款期限原来是怎么规定的？这次修订具体改了哪些条？",
    ["原条例", "2020年版", "修订前"],
    "语料只有2025年第802号令修订后的文本；题注提到2020年第728号令公布，但原版条文及修订对照不在文件中。",
    lang="zh", present=["国务院令第728号", "国务院令第802号修订"])

unans("superseded",
    "国资委2018年印发的《中央企业合规管理指引（试行）》对合规委员会是怎么要求的？和2022年的办法相比有什么变化？",
    ["试行", "合规管理指引", "2018"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），第十一条规定设立合规委员会；2018年试行指引的内容不在文件中，办法也未说明与之的差异。",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "The draft Private Economy Promotion Law put out for public comment in late 2024 — how many articles did that draft have, and what was cut before the final vote?",
    ["draft", "public comment", "草案", "征求意见稿"],
    "The corpus holds only the law as adopted on 30 April 2025 (78 articles, in force 20 May 2025); no draft text or drafting history is included.",
    lang="en", present=["2025年4月30日"])

unans("superseded",
    "Under the 2007 regulations on punishing civil servants of administrative organs, how long did a demotion sanction last, and did the 2020 law change that?",
    ["2007", "行政机关公务员处分条例"],
    "Only the 2020 Public Official Sanctions Law is in the corpus; Article 8 sets 降级、撤职 at 二十四个月, but the earlier 2007 regulations "
    "and any comparison with them are not included.",
    lang="en", present=["二十四个月"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "How much notice does a company in China have to give before terminating an employee's labor contract, and how much severance is payable?",
    ["severance", "labor contract", "notice period"],
    "Employment termination and severance are labour-law matters; none of the seven documents deal with them.",
    lang="en", present=[])

unans("out_of_domain",
    "公司给供应商付货款时拿到的增值税专用发票，抵扣期限是多久？",
    ["增值税", "专用发票", "抵扣"],
    "增值税发票抵扣属于税务规定，七份文件均未涉及（营商环境条例第四十六条只泛泛提到推广电子发票）。",
    lang="zh", present=["电子发票"])

unans("out_of_domain",
    "Our foreign CEO is flying to Beijing to meet government officials about a contract. What type of business visa does he need and how long does processing take?",
    ["visa", "签证"],
    "Entry visas for foreign executives are an immigration matter; none of the documents cover them.",
    lang="en", present=[])
