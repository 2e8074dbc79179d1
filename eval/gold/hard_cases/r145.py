"""Hard-case gold items, hundred-and-forty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the finance director (财务科长) of a county public hospital, a public institution (事业单位) that
buys drugs, equipment and construction work from small suppliers. He asks from the PAYER's side: what
the hospital must do, by when, what it may not do, and what happens to the hospital and to its people if
it does not. Mostly Chinese, practical and a bit defensive ("我们医院…是不是也要…", "能不能先压一压"),
with a few English questions he drafts for a foreign-invested equipment supplier (or for its memo), in
plain business English.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "我们医院是事业单位，从小供应商那进的耗材，货到了以后最晚多少天内得把钱付了？合同里能不能写长一点？",
    "机关、事业单位从中小企业采购，应自交付之日起30日内付款；合同另有约定的从其约定，但付款期限最长不得超过60日（《保障中小企业款项支付条例》第九条）。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项")],
    lang="zh")

add("single",
    "设备合同写的是验收合格后付款，那付款期限从哪天开始算？要是我们设备科验收一直拖着不验，怎么算？",
    "约定以验收合格为付款条件的，付款期限自验收合格之日起算；机关、事业单位拖延验收的，付款期限自约定的验收期限届满之日起算（条例第十条）。",
    ["付款期限应当自检验或者验收合格之日起算", "付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("single",
    "要是我们医院付款晚了，合同里又没约定逾期利息，供应商能按什么标准找我们要利息？",
    "迟延支付应当支付逾期利息；未作约定的，按照每日利率万分之五支付（条例第十七条）。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "听说事业单位每年还得把欠中小企业的钱公开出来？我们医院要在几月几号前公开，公开些什么，在哪公开？",
    "机关、事业单位应于每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，通过网站、报刊等便于公众知晓的方式公开（条例第十八条）。",
    ["每年3月31日前", "合同数量、金额", "网站、报刊"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")],
    lang="zh")

add("single",
    "院里资金紧，想给几家小供应商开商业汇票，有一家不愿意收，我们能不能坚持只给汇票？",
    "不能。机关、事业单位使用商业汇票等非现金支付方式的，应在合同中明确、合理约定，不得强制中小企业接受，也不得借此变相延长付款期限（条例第十一条）。",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")],
    lang="zh")

add("single",
    "我们院长刚换了，新院长说所有付款都要按新流程重新审一遍，民营供应商的款能不能借这个由头先缓一缓？",
    "不能。国家机关、事业单位、国有企业不得以人员变更、履行内部付款流程等为由，拒绝或者拖延支付民营经济组织账款（《民营经济促进法》第六十七条）。",
    ["人员变更、履行内部付款流程", "拒绝或者拖延支付民营经济组织账款"],
    [E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由")],
    lang="zh")

add("single",
    "Quick check for our foreign-invested equipment vendor: the NDRC's breach-of-contract complaint "
    "columns, are they only for complaints against government departments, or can a vendor also file "
    "there against a public institution like a county hospital?",
    "Public institutions are covered: provincial credit leading departments set up special columns for breach of "
    "contract and dishonesty complaints and accept complaints involving government departments (including "
    "agencies and public institutions) in their jurisdiction (NDRC notice, II.(1)).",
    ["special columns for breach of contract and dishonesty complaints", "including agencies and public institutions"],
    [E(NDRC, "II.(1)", "government departments (including agencies and public institutions)")],
    lang="en")

add("single",
    "我是县医院财务科长，万一因为付款的事被记过，处分期里对我评职称、升岗位有啥影响？",
    "公办医疗卫生单位中从事管理的人员在政务处分期内不得晋升职务、岗位和职员等级、职称；被记过的，还不得晋升薪酬待遇等级（《政务处分法》第二十条）。",
    ["医疗卫生", "不得晋升职务、岗位和职员等级、职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第二十条", "公办的教育、科研、文化、医疗卫生、体育等单位中从事管理的人员，在政务处分期内，不得晋升职务、岗位和职员等级、职称")],
    lang="zh")

# ---- multi

add("multi",
    "如果我们医院超期没付小供应商的钱，上级责令改正了我们还没改，经办的人会怎么处理？要是给个记过，要背多长时间？",
    "未在规定期限内付款的，由上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分（条例第三十一条）。政务处分中记过的期间为十二个月（《政务处分法》第八条）。",
    ["拒不改正的", "未在规定的期限内支付中小企业货物、工程、服务款项", "记过，十二个月"],
    [E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(PS, "第八条", "（二）记过，十二个月；")],
    lang="zh")

add("multi",
    "我们新住院楼的工程款，能不能等审计局审完了按审计结果跟施工方结算？另外审计机关会不会来查我们医院给中小企业付款的情况？",
    "除法律、行政法规另有规定外，事业单位不得强制要求以审计机关的审计结果作为结算依据（条例第十二条）；审计机关依法对机关、事业单位支付中小企业款项情况实施审计监督（条例第二十七条）。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "实施审计监督"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第二十七条", "审计机关依法对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督")],
    lang="zh")

add("multi",
    "Drafting a reply to our vendor: if a public hospital is recorded as dishonest over unpaid invoices, "
    "what restrictions can it face, and once it pays up, how does that record get cleared?",
    "Where arrears are found to be dishonest and the case is serious, public institutions face restrictions on official "
    "consumption, office space and funding arrangements (SME payment regulations, art. 26); once the identifying "
    "department confirms the behaviour has been corrected and performance completed, the dishonesty records "
    "should be promptly restored and punishment measures terminated (NDRC notice, III.(6)).",
    ["公务消费、办公用房、经费安排", "the dishonest behavior has been corrected and performance completed", "promptly restored"],
    [E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "Our supplier asks: after they file a complaint that the hospital paid late, how long does the "
    "department handling it have to give them a written result, and can that be extended?",
    "The handling department must reach a result within 30 days of receiving the complaint materials and reply in "
    "writing; in complex cases, with the department head's approval, it may be extended, but to no more than 90 "
    "days (SME payment regulations, art. 25).",
    ["30日内形成处理结果", "以书面形式反馈投诉人", "处理期限最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")],
    lang="en")

add("cross_lingual",
    "Our equipment vendor is a foreign-invested company set up in China. Can it count as an SME under the "
    "payment rules, and is it supposed to tell us it's an SME when we sign the contract?",
    "An SME is an enterprise lawfully established in China that is a medium, small or micro enterprise under the "
    "approved classification standards, judged by its size when the contract is signed; when contracting with a "
    "public institution it shall proactively tell the other party it is an SME (SME payment regulations, art. 3).",
    ["在中华人民共和国境内依法设立", "依合同订立时的企业规模类型确定", "应当主动告知其属于中小企业"],
    [E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业")],
    lang="en")

add("cross_lingual",
    "广州纪委出的那个政商交往指引，拿来判断我们跟医药代表、供应商打交道合不合规，核心标准到底是看什么？",
    "据指引起草委员王玉群介绍，判断的核心是区分“为公”还是“为私”（acting for the public good / acting for personal gain），关键看行为能否“摆上台面”（GZ 报道 ¶10）。",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "有个小厂老板天天上门要钱，还跑到上面告了我们一状。科里有人放话要给他点颜色看看、以后处处卡他，这么干有没有问题？",
    "不行。事业单位及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复（条例第二十条），否则对责任人依法处分或处罚（第三十五条）。",
    ["提出付款请求或者投诉", "恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "一批监护仪里有三台，对方说没毛病、我们说有毛病，正在扯皮。剩下那些好好的，钱能不能也先压着，等全扯清楚了再一起结？",
    "不能。交易部分存在争议但不影响其他部分履行的，对无争议部分应当及时付款（条例第十五条）。",
    ["部分存在争议", "对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "对于无争议部分应当履行及时付款义务")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "Our draft contract with the vendor says the hospital pays within 90 days of delivery, since public "
      "institutions get a longer window than companies. That's within the legal limit, right?",
      ["90 days"],
      "条例第九条：机关、事业单位应自交付之日起30日内付款，合同另有约定的，付款期限最长不得超过60日；事业单位并没有比企业更长的期限（大型企业为60日）。90天的约定超出上限，前提错误。",
      lang="en", present=["60日"],
      related=[E(SME, "第九条", "但付款期限最长不得超过60日")])

unans("false_premise",
      "事业单位是每年6月30日前公开上一年度逾期没付的款项信息吧？那我们现在4月还没公开，应该不算晚吧？",
      ["6月30日"],
      "条例第十八条规定机关、事业单位应当于每年3月31日前公开上一年度逾期尚未支付中小企业款项的信息，不是6月30日；按题设4月尚未公开已经超期。",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
      "新的中小企业款项支付条例是2025年1月1日起施行的，那我们院今年1月份签的采购合同是不是都得按新条例的30天付款？",
      ["2025年1月1日"],
      "修订后的条例第三十七条规定自2025年6月1日起施行，不是2025年1月1日；以1月1日为施行日推出的结论没有依据。",
      lang="zh", present=["2025年6月1日"],
      related=[E(SME, "第三十七条", "本条例自2025年6月1日起施行")])

unans("false_premise",
      "我们院两个中层各有几项违规，听说多个相同的政务处分合并，处分期最长可以到六十个月，是这样算的吗？",
      ["六十个月"],
      "《政务处分法》第十五条：应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定处分期，但最长不得超过四十八个月，不是六十个月。",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "但是最长不得超过四十八个月")])

unans("false_premise",
      "Our vendor's memo says: \"Under the NDRC integrity notice, the provincial credit department has 15 working "
      "days before it must pass our complaint on to the hospital's supervising department.\" Is that the right timeline?",
      ["15 working days", "working days"],
      "NDRC notice II.(2): provincial credit leading departments should IMMEDIATELY transfer complaint clues to the "
      "superior or competent department of the complained entity; the notice sets no 15-working-day window.",
      lang="en", present=["immediately transfer"],
      related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
      "我们的药品配送商是央企下属的，他们说央企的首席合规官按规定由纪委书记兼任，合规审查都归纪委管，这是办法里规定的吗？",
      ["纪委书记"],
      "《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任；合规审查由业务及职能部门、合规管理部门依职责进行（第十三、十四、二十一条），并非纪委书记兼任。",
      lang="zh", present=["总法律顾问"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "院办的人说《优化营商环境条例》管拖欠账款只管到大企业欺负中小企业那块，管不到我们事业单位，那这条例我们可以不用管了吧？",
      ["管不到"],
      "《优化营商环境条例》第三十二条第一句就规定国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款，第六十九条第（七）项对违约拖欠账款依法依规追究责任；事业单位在规范范围内。",
      lang="zh", present=["违约拖欠"],
      related=[E(BE, "第三十二条", "国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款")])

# ---- not_covered

unans("not_covered",
      "带量采购的药品，医保基金直接跟配送企业结算的那部分货款，国家规定的结算周期是多少天？",
      ["带量采购", "医保", "结算周期"],
      "七份文件都没有涉及药品集中带量采购或医保基金直接结算；条例第九条只规定机关、事业单位自交付之日起30日内（约定最长60日）支付，不回答医保结算周期。",
      lang="zh", present=["30日内支付款项"])

unans("not_covered",
      "How many county hospitals nationwide were publicly named last year for overdue payments to SMEs?",
      ["county hospitals", "hospitals"],
      "No document gives any statistics: the SME payment regulations require annual disclosure (art. 18) and allow "
      "督办通报 (art. 23), and the NDRC notice mentions exposing typical cases, but none reports counts of hospitals named.",
      lang="en", present=["督办通报"])

unans("not_covered",
      "逾期利息付给供应商以后，我们事业单位在会计上该记哪个会计科目？能不能从预算里列支？",
      ["会计科目", "列支"],
      "条例第十七条只规定迟延支付应支付逾期利息及利率，第八条要求按批准的预算执行采购；没有任何文件规定逾期利息的会计科目或列支渠道。",
      lang="zh", present=["逾期利息"])

unans("not_covered",
      "If the vendor takes us to court over late payment, what's the statute of limitations on its claim and which court would hear the case?",
      ["statute of limitations", "limitation period"],
      "《民营经济促进法》第六十八条只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行并可调解；没有文件规定诉讼时效或管辖法院。",
      lang="en", present=["人民法院"])

unans("not_covered",
      "供应商说它是不是中小企业有争议，要去县里主管部门申请认定，这个认定要交多少钱？一般多久出结果？",
      ["认定费"],
      "条例第二十九条只规定可向主张为中小企业一方所在地县级以上主管部门申请认定、相关部门应提供协助；没有规定认定收费或办理时限。",
      lang="zh", present=["申请认定"])

unans("not_covered",
      "听说国家下一步要把事业单位的付款期限从30天再压到15天，这个大概什么时候出台？我们要不要提前准备？",
      ["15天", "15日"],
      "文件只规定现行期限（条例第九条：30日内，约定最长60日），不对今后的修订作任何预测或计划安排。",
      lang="zh", present=["30日内支付款项"])

# ---- out_of_domain

unans("out_of_domain",
      "医院职工的个税专项附加扣除，子女教育那项现在每月能扣多少？",
      ["专项附加扣除", "个税"],
      "个人所得税扣除标准与七份文件无关。",
      lang="zh")

unans("out_of_domain",
      "What depreciation period should we use for a new CT scanner under Chinese accounting rules?",
      ["depreciation", "CT"],
      "Fixed-asset depreciation is not addressed by any of the seven documents.",
      lang="en")

unans("out_of_domain",
      "DRG付费改革以后，我们医院的病种分值和权重是怎么测算的？",
      ["DRG", "病种"],
      "医保DRG支付与七份文件无关。",
      lang="zh")

# ---- superseded

unans("superseded",
      "条例2020年版（728号令）原来对事业单位付款期限是怎么写的？跟这次修订前比到底改了哪些地方？",
      ["2020年版", "修订前"],
      "语料只收录2025年3月17日第802号令修订后的文本；序言只提到2020年第728号令公布，原2020年文本及修订对照不在语料中。",
      lang="zh", present=["第728号"])

unans("superseded",
      "For the vendor: what did the 2024 draft of the Private Economy Promotion Law, the version put out for public "
      "consultation, say about large companies paying small suppliers?",
      ["draft", "consultation"],
      "The corpus holds only the law as adopted on 2025年4月30日 (effective 2025年5月20日); no draft or consultation "
      "version is in it.",
      lang="en", present=["2025年4月30日"])

unans("superseded",
      "按2012年的《事业单位工作人员处分暂行规定》，财务人员违规拖延付款一般给什么处分？",
      ["处分暂行规定", "2012年"],
      "语料没有这部（已被取代的）事业单位处分规章；《政务处分法》第六十五条只说由国务院及相关部门对事业单位等违法公职人员的处分事宜作出具体规定，其内容不在语料中。",
      lang="zh", present=["事业单位、国有企业等的违法的公职人员处分事宜"])

unans("superseded",
      "我们配送商说他们还在按2018年那版《中央企业合规管理指引（试行）》做合规，那版里对合规委员会是怎么要求的？",
      ["合规管理指引", "试行", "2018年"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（2022年10月1日施行），不含2018年的试行指引。",
      lang="zh", present=["第42号"])
