"""Hard-case gold items, hundred and twenty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a clerk at a district business-environment office (营商环境办) who takes enterprise calls about
deposits demanded of firms, intermediaries and fees in approvals, inspections, government promises and
late payment of suppliers, and writes them down first as callers put them, then as the office's rules would.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "区里某个部门让我们交一笔“安全生产保证金”，我们查了公开的收费和保证金目录清单，上面根本没有这一项，这钱可以不交吗？",
    "可以拒绝。《优化营商环境条例》第二十五条规定涉企保证金实行目录清单管理并向社会公开，目录清单之外的收费和保证金一律不得执行。",
    ["目录清单之外的前述收费和保证金一律不得执行"],
    [E(BE, "第二十五条", "实行目录清单管理并向社会公开"),
     E(BE, "第二十五条", "目录清单之外的前述收费和保证金一律不得执行")],
    lang="zh")

add("single",
    "我们办项目审批，审批部门说要委托第三方机构做一个技术审查，还让我们企业把这笔审查费付了，这样做合规吗？",
    "不合规。《优化营商环境条例》第四十三条第三款：行政机关在审批中需要委托中介服务机构开展技术性服务的，应通过竞争性方式选择，并自行承担服务费用，不得转嫁给市场主体。",
    ["自行承担服务费用", "不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "行政机关在行政审批过程中需要委托中介服务机构开展技术性服务的"),
     E(BE, "第四十三条", "应当通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担")],
    lang="zh")

add("single",
    "我们是一家小施工队，总包的大国企要求履约保证金必须打现金，我们想开银行保函他们不收，这有规定管吗？",
    "有。《保障中小企业款项支付条例》第十三条第二款：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "我们给街道办送了一批办公家具，合同里没写什么时候付款，他们最晚得在多久内把钱给我们？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位从中小企业采购，应当自货物交付之日起30日内支付款项（合同另有约定的从约定，但最长不得超过60日）。",
    ["应当自货物、工程、服务交付之日起30日内支付款项"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项")],
    lang="zh")

add("single",
    "区里一个单位拖了我们三个月货款，当初合同里也没写逾期利息，现在还能找他们要利息吗？按什么标准算？",
    "可以。《保障中小企业款项支付条例》第十七条：迟延支付中小企业款项的应当支付逾期利息；对利率未作约定的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "市场监管这个月已经来我们店查了三回，每回查的事项都不一样，能不能要求他们合在一起查一次？",
    "可以提出。《优化营商环境条例》第五十四条：针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围。",
    ["针对同一检查对象的多个检查事项", "应当尽可能合并"],
    [E(BE, "第五十四条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围")],
    lang="zh")

add("single",
    "我们已经把拖欠货款的投诉交给省里受理投诉的部门了，按规定多长时间能拿到处理结果？",
    "《保障中小企业款项支付条例》第二十五条：受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门；处理投诉部门自收到投诉材料之日起30日内形成处理结果并书面反馈，情况复杂的可延长，但最长不得超过90日。",
    ["10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "前几年招商的时候区里答应给我们厂房租金补贴，现在区政府换了届，新领导说以前的承诺不算数了，这能行吗？",
    "不行。《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行依法作出的政策承诺，不得以政府换届、相关人员更替等为由违约、毁约；因公共利益确需改变的，应依法定程序进行并对损失予以补偿。",
    ["应当履行依法向民营经济组织作出的政策承诺", "不得以行政区划调整、政府换届"],
    [E(PE, "第七十条", "地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "区住建局说我们这个工程还有一部分工程量有争议，要等决算审计全部做完再一起付款，可合同里没这么约定过。他们这样拖着合理吗？",
    "不合理。《保障中小企业款项支付条例》第十四条：合同未作约定的情况下，不得以等待竣工验收备案、决算审计等为由拒绝或者迟延支付中小企业款项；第十五条：交易部分存在争议但不影响其他部分履行的，对无争议部分应当及时付款。",
    ["在合同未作约定的情况下以等待竣工验收备案、决算审计等为由", "对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十四条", "在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项"),
     E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("multi",
    "审批要求我们做一项中介评估，可中介机构不肯公开收费标准，张口就要价。这有规定吗？我们能找谁管？",
    "《优化营商环境条例》第四十三条要求中介服务机构明确法定行政审批中介服务的条件、流程、时限、收费标准并向社会公开；第七十一条规定中介服务机构不公开收费标准等的，由有关部门责令改正，依法追究法律责任。",
    ["收费标准，并向社会公开", "由有关部门责令改正"],
    [E(BE, "第四十三条", "中介服务机构应当明确办理法定行政审批中介服务的条件、流程、时限、收费标准，并向社会公开"),
     E(BE, "第七十一条", "行业协会商会、中介服务机构有下列情形之一的，由有关部门责令改正，依法追究法律责任"),
     E(BE, "第七十一条", "不向社会公开办理法定行政审批中介服务的条件、流程、时限、收费标准")],
    lang="zh")

add("multi",
    "执法部门搞专项整治，说要把我们整片工业园的厂子都先停下来，还要查封我们的生产设备，这些有没有限制？",
    "有。《优化营商环境条例》第五十九条：开展清理整顿、专项整治，除涉及人民群众生命安全、发生重特大事故或举办国家重大活动并报经有权机关批准外，不得要求相关行业、领域的市场主体普遍停产、停业；《民营经济促进法》第六十二条：查封、扣押、冻结应当遵守法定权限、条件和程序，不得超权限、超范围、超数额、超时限。",
    ["不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物"],
    [E(BE, "第五十九条", "开展清理整顿、专项整治等活动，应当严格依法进行"),
     E(BE, "第五十九条", "除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外"),
     E(BE, "第五十九条", "不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施"),
     E(PE, "第六十二条", "查封、扣押、冻结涉案财物，应当遵守法定权限、条件和程序"),
     E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "政府部门跟我们签的招商协议一直不兑现，除了打官司，还有哪些渠道能投诉政府违约失信？",
    "国家发改委通知第二部分第（1）项：省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部违约拖欠中小企业款项登记（投诉）平台、地方12345政务服务热线、营商环境投诉平台、信访部门等渠道，设立或完善违约失信投诉专栏，受理涉及政府部门的投诉。",
    ["local 12345 government service hotlines", "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "should rely on their credit websites"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints")],
    lang="zh")

add("cross_lingual",
    "我们跟区里签的招商协议里约定了产值目标，因为客观原因没完成，广州那份政商交往指引对这种情况是怎么说的？",
    "据广州讲堂报道（第二批指引）：企业因客观原因未完成目标的，可以协商调整并享受宽限期；因政策变化无法履行协议的，可以完善程序或设置过渡期。",
    ["it can negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(GZ, "¶18", "procedures can be rectified or a transition period can be set")],
    lang="zh")

add("cross_lingual",
    "We're a small private supplier. A big company we sold parts to says it will only pay us once its own customer pays it. Is that allowed?",
    "No. Article 68 of the Private Economy Promotion Law says large enterprises buying from small and medium private firms must agree reasonable payment terms, pay promptly, and may not make receipt of a third party's payment a condition of paying them.",
    ["不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(PE, "第六十八条", "大型企业向中小民营经济组织采购货物、工程、服务等，应当合理约定付款期限并及时支付账款"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "东西早就给区里一家公立医院送过去了，对方说他们一把手刚调走，新来的还没签字，让我们再等等才能拿到钱，这说得过去吗？",
    "说不过去。《民营经济促进法》第六十七条：国家机关、事业单位、国有企业应当及时支付账款，不得以人员变更、履行内部付款流程等为由拒绝或者拖延支付民营经济组织账款。",
    ["不得以人员变更、履行内部付款流程"],
    [E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由"),
     E(PE, "第六十七条", "拒绝或者拖延支付民营经济组织账款")],
    lang="zh")

add("paraphrase",
    "区里一个局打电话，要我们掏两千块参加一个“诚信示范店”挂牌，嘴上说自愿但催得很紧，我们不参加行不行？",
    "可以不参加。《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰等活动，不得借此向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "按《保障中小企业款项支付条例》，拖欠中小企业款项的投诉是由市场监管局受理的，那我们区市场监管局的投诉窗口怎么交材料？",
    ["市场监督管理部门受理", "市场监管局"],
    "Wrong authority. SME art. 24 names the complaint-accepting departments as the provincial-level-and-above "
    "departments in charge of SME promotion (受理投诉部门), plus a national platform run by the State Council's SME "
    "department; market regulation only appears in art. 34 (large enterprises' annual-report disclosure). No district "
    "market-regulation window is described.",
    lang="zh", present=["受理投诉部门", "市场监督管理部门"],
    related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道")])

unans("false_premise",
    "条例规定机关、事业单位向中小企业采购，合同约定的付款期最长可以到90天，那我们跟区教育局签个80天的账期没问题吧？",
    ["付款期限最长不得超过90日", "最长可以到90天"],
    "Wrong figure. SME art. 9: agencies and public institutions pay within 30 days of delivery; a contract may agree "
    "otherwise but the term may not exceed 60 days. The 90-day figure in the regulation is the outer limit for handling "
    "a complaint (art. 25), not a payment term.",
    lang="zh", present=["不得超过60日", "不得超过90日"],
    related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "大型企业也得跟机关一样，每年3月31日前在网站上公开上一年逾期没付中小企业的款项信息，对吧？一般在哪个网站能查到？",
    ["大型企业应当于每年3月31日前", "企业官网"],
    "Wrong party. SME art. 18: the 31 March website/press disclosure is for agencies and public institutions; large "
    "enterprises instead put the overdue-contract count and amount in their annual report, publicised through the "
    "national enterprise credit information publicity system. No 31 March deadline applies to large enterprises.",
    lang="zh", present=["3月31日前", "国家企业信用信息公示系统"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
             E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
    "国资委的《中央企业合规管理办法》要求央企每季度向国资委报送拖欠民营企业账款的情况，这个报送表在哪里下载？",
    ["每季度", "拖欠民营企业账款"],
    "Wrong issuing body and frequency. The SOE compliance measures contain no payment-arrears reporting at all; they "
    "require reporting major compliance-risk events to SASAC (art. 22). The annual (not quarterly) reporting of overdue "
    "SME payments by state-owned large enterprises to their supervisor is in the SME payment regulation, art. 22. "
    "No form is described anywhere.",
    lang="zh", present=["每年定期", "重大合规风险事件"],
    related=[E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门"),
             E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告")])

unans("false_premise",
    "《优化营商环境条例》第四十三条只是说省级行政机关不得为企业指定中介服务机构，所以区里的部门给企业指定中介，应该不算违规吧？",
    ["省级行政机关", "区级部门可以指定"],
    "Wrong scope of agencies. BE art. 43 bars any administrative organ (行政机关) from designating or de facto designating "
    "an intermediary, with no restriction to provincial organs; art. 69(九) makes designating intermediaries a ground "
    "for liability of governments, departments and their staff.",
    lang="zh", present=["行政机关不得为市场主体指定或者变相指定中介服务机构"],
    related=[E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
             E(BE, "第六十九条", "为市场主体指定或者变相指定中介服务机构，或者违法强制市场主体接受中介服务")])

unans("false_premise",
    "Given that the NDRC notice gives provincial credit leading departments 15 working days to resolve each breach-of-contract complaint against a government department, what happens to a department that misses that deadline?",
    ["15 working days", "working days"],
    "Invented deadline. NDRC II.(2) only says provincial credit leading departments should 'immediately transfer' "
    "complaint clues to the superior or competent department for verification; no day count is set for resolving a "
    "complaint, and no sanction for missing one. IV.(7) describes periodic evaluation and notification generally.",
    lang="en", present=["immediately transfer", "regularly notifying"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
    "条例规定所有大型企业都不得强制要求以审计结果作为结算依据；所以我们跟一家民营上市公司签的分包合同里那条“按审计结果结算”的条款就是无效的吧？",
    ["所有大型企业", "条款无效", "民营大型企业"],
    "Wrong scope of firms. SME art. 12 binds only agencies, public institutions and state-owned large enterprises "
    "(国有大型企业); PE art. 67 likewise binds state organs, public institutions and state-owned enterprises. Neither "
    "extends the audit-settlement ban to private large enterprises, and no document addresses validity of such a clause.",
    lang="zh", present=["国有大型企业", "审计结果作为结算依据"],
    related=[E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "涉企保证金的目录清单是哪个部门负责编制的？多久更新一次？",
    ["保证金目录清单由", "每年更新", "清单编制"],
    "BE art. 25 says enterprise-related deposits need a legal/administrative-regulation basis or State Council approval "
    "and are managed by a published catalogue list, but says neither which department compiles the list nor how often "
    "it is updated.",
    lang="zh", present=["目录清单", "涉企保证金"])

unans("not_covered",
    "法定行政审批中介服务，比如环评、安评报告，收费标准上限是多少？大概要花多少钱？",
    ["环评", "安评", "收费上限"],
    "BE art. 43 requires intermediaries to set and publish the conditions, process, time limit and fee standard of "
    "statutory approval intermediary services, and art. 71(四) penalises non-disclosure; no document sets any fee level "
    "or cap or names specific reports.",
    lang="zh", present=["收费标准", "中介服务"])

unans("not_covered",
    "全国拖欠中小企业款项投诉平台去年一共收到多少件投诉？办结率是多少？",
    ["件投诉", "办结率"],
    "SME art. 24 only says the State Council SME department builds a national unified arrears complaint platform; "
    "NDRC II.(1) mentions MIIT's complaint platform. No document gives complaint counts or resolution statistics.",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "我们打算起诉区住建局拖欠工程款，照这些规定看能打赢吗？法院大概多久能判下来？",
    ["胜诉", "审理期限"],
    "PE art. 68 says courts should file, try and enforce arrears cases involving small private firms promptly and may "
    "mediate; PE art. 73 and SME arts. 17 and 31 set duties and liabilities. None predicts outcomes or gives trial "
    "time limits.",
    lang="zh", present=["依法及时立案、审理、执行"])

unans("not_covered",
    "向受理投诉部门投诉拖欠款，具体要提交哪些材料？要不要附合同原件和付款凭证？",
    ["合同原件", "投诉书", "付款凭证"],
    "SME art. 25 says complainants must have a contractual relationship with the respondent and must not complain "
    "falsely or maliciously, and refers to 投诉材料 being transferred, but lists no required materials.",
    lang="zh", present=["投诉材料", "存在合同关系"])

unans("not_covered",
    "The Guangzhou government-business interaction Guidelines cover 33 scenarios across two batches. How many of those scenarios are in the first batch and how many in the second?",
    ["scenarios in the first batch", "first batch covers"],
    "The Guangzhou report (¶10) only gives the combined figure: 'the 33 scenarios covered in the two batches'; it "
    "describes each batch's themes (meals and vehicles; full-cycle investment services) but not the split.",
    lang="en", present=["33 scenarios", "first batch", "second batch"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2007年那部《行政机关公务员处分条例》里，公务员在办事时对企业吃拿卡要，最重会给什么处分？",
    ["行政机关公务员处分条例", "2007年"],
    "Asks about the 2007 civil-servant sanctions regulation, which the corpus does not contain; the corpus has the 2020 "
    "Public Official Sanctions Law, whose art. 38 covers 吃拿卡要 (up to dismissal in especially serious cases).",
    lang="zh", present=["吃拿卡要"])

unans("superseded",
    "《民营经济促进法（草案）》当时公开征求意见的那一稿，对政府拖欠民营企业账款是怎么写的？跟最后通过的版本有什么不同？",
    ["草案", "征求意见稿"],
    "Asks about the draft version of the Private Economy Promotion Law; the corpus holds only the text adopted on "
    "30 April 2025 (arts. 67 and 73 on arrears), no draft, so no comparison is possible.",
    lang="zh", present=["拒绝或者拖延支付民营经济组织账款"])

unans("superseded",
    "国资委2018年发的《中央企业合规管理指引（试行）》里，对合规委员会和首席合规官是怎么规定的？",
    ["试行", "合规管理指引"],
    "Asks about the 2018 trial guidelines that preceded SASAC Order No. 42; the corpus has only the 2022 Central SOE "
    "Compliance Management Measures (arts. 11 and 12 on the compliance committee and chief compliance officer).",
    lang="zh", present=["合规委员会", "首席合规官"])

unans("superseded",
    "Under the original 2020 version of the Regulations on Ensuring Payments to SMEs (State Council Order No. 728), what payment deadline applied to large enterprises buying from SMEs?",
    ["2020 version", "original version"],
    "Asks about the 2020 original text; the corpus holds only the 2025 revision (Order No. 802), whose art. 9 sets "
    "60 days for large enterprises. The 2020 wording is not in the corpus.",
    lang="en", present=["第728号", "第802号"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "公司新招的员工，劳动合同里试用期最长能约定几个月？写半年合法吗？",
    ["试用期"],
    "Labour-contract probation rules; none of the seven documents deal with employment contracts beyond general "
    "references to 劳动用工 compliance.",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "公司跟供应商签的采购合同要不要交印花税？税率是多少？",
    ["印花税", "税率"],
    "A tax question; the documents mention tax-reduction policies and simplified tax filing (BE arts. 24, 46) but no "
    "stamp duty or rates.",
    lang="zh", present=["减税降费"])

unans("out_of_domain",
    "If our company terminates an employee whose contract has run for three years, how much severance payment do we owe under Chinese law?",
    ["severance", "economic compensation"],
    "Employment-termination compensation; outside all seven documents.",
    lang="en")
