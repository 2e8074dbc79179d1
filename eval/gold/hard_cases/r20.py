"""Hard-case gold items, twentieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我是一家民营建筑公司的HR。区住建局有位科长想辞职来我们公司当副总，但听说他最近刚被区监察委立案调查。"
    "他现在能自己把公职辞了吗？",
    "不能自行辞去。《公职人员政务处分法》第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、"
    "辞去公职；所在机关、单位及上级机关、单位也不得对其交流、晋升、奖励、处分或者办理退休手续。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续")],
    lang="zh")

add("single",
    "中小企业拿对大型企业的应收账款去做融资，银行要求债务人确权。大企业收到确权请求后，最迟多少天内要确认？",
    "《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业"
    "提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资")],
    lang="zh")

add("single",
    "我们在市里一个国家级开发区拿了块地准备建厂，管委会让我们自己掏钱请机构做地质灾害危险性评估和压覆矿产评估，"
    "前前后后花了几十万。听说开发区现在推行区域评估了，这笔钱到底该不该由企业出？",
    "不该。《优化营商环境条例》第四十二条第二款：在依法设立的开发区、新区等区域推行区域评估，由设区的市级以上地方"
    "人民政府组织统一评估，不再对区域内的市场主体单独提出评估要求；区域评估的费用不得由市场主体承担。",
    ["不再对区域内的市场主体单独提出评估要求", "区域评估的费用不得由市场主体承担"],
    [E(BE, "第四十二条", "由设区的市级以上地方人民政府组织对一定区域内压覆重要矿产资源、地质灾害危险性等事项进行统一评估"),
     E(BE, "第四十二条", "不再对区域内的市场主体单独提出评估要求"),
     E(BE, "第四十二条", "区域评估的费用不得由市场主体承担")],
    lang="zh")

add("single",
    "We want to complain about a district bureau that tore up a procurement contract with us. Through which channels "
    "does the NDRC notice expect the provincial credit departments to collect complaints like ours?",
    "Item II.(1): provincial credit leading departments should rely on their credit websites, the State Council's "
    "\"Internet + Supervision\" platform, MIIT's \"Registration (Complaint) Platform for Breach of Contract and Arrears "
    "to SMEs\", local 12345 government service hotlines, business environment complaint platforms, petition "
    "departments and other channels to set up special complaint columns; the NDRC publicizes the local columns on "
    "\"Credit China\".",
    ["\"Internet + Supervision\" platform", "local 12345 government service hotlines",
     "business environment complaint platforms, petition departments"],
    [E(NDRC, "II.(1)", "the State Council's \"Internet + Supervision\" platform"),
     E(NDRC, "II.(1)", "Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments"),
     E(NDRC, "II.(1)", "will publicize local complaint columns on the \"Credit China\" website")],
    lang="en")

add("single",
    "Trainee question: the Guangzhou Guidelines only have a fixed number of scenarios. When a situation with an "
    "official isn't one of them, what's the basic test the drafter told people to apply?",
    "Per the drafting committee member in ¶10: the 33 scenarios of the two batches cannot cover everything; the core "
    "of judging is to distinguish \"acting for the public good\" from \"acting for personal gain\", and the key is "
    "whether the actions can be \"put on the table\" (he adds three sets of dialectical relationships to grasp).",
    ["“acting for the public good” and “acting for personal gain”", "whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我们是民营企业，老板想约分管我们项目审批的副局长周末去外地打两天高尔夫，吃住行公司全包，顺便聊聊审批进度。"
    "从法律上说，公司这边和这位副局长那边分别有什么风险？",
    "公司一方：《民营经济促进法》第三十六条要求民营经济组织不得通过贿赂和欺诈等手段牟取不正当利益；第四十四条要求"
    "国家机关工作人员与民营经济组织经营者在工作交往中遵纪守法、保持清正廉洁。副局长一方：《公职人员政务处分法》第三十四条"
    "第二款，接受可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的予以警告、记过或者记大过；情节严重的"
    "予以降级或者撤职。",
    ["不得通过贿赂和欺诈等手段牟取不正当利益", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"],
    [E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益"),
     E(PE, "第四十四条", "国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁"),
     E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("multi",
    "Our county government was confirmed as dishonest under the NDRC notice after refusing to rectify a breached "
    "industrial-support agreement with us. It has now paid everything. Which body decides that the matter is fixed, "
    "and what then happens to the dishonesty record and the punishment measures?",
    "II.(2): the identifying department is the superior or competent department of the complained entity, to which "
    "the provincial credit leading department transfers the clues for verification and identification. III.(6): once "
    "the identifying department confirms that the dishonest behavior has been corrected and performance completed, the "
    "dishonesty records should be promptly restored and the punishment measures terminated; credit leading departments "
    "coordinate and guide credit restoration.",
    ["superior or competent departments of the complained entities", "relevant dishonesty records should be promptly restored",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "II.(2)", "superior or competent departments of the complained entities"),
     E(NDRC, "III.(6)", "confirms that the dishonest behavior has been corrected"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("multi",
    "审计部门核对一下：按《中央企业合规管理办法》，合规管理的年度计划和年度报告，分别由公司哪一层批准？由谁起草？",
    "第九条：经理层批准年度计划等；第八条：董事会审议批准合规管理基本制度、体系建设方案和年度报告等；第十四条："
    "合规管理部门组织起草合规管理基本制度、具体制度、年度计划和工作报告等。",
    ["批准年度计划等", "审议批准合规管理基本制度、体系建设方案和年度报告等",
     "组织起草合规管理基本制度、具体制度、年度计划和工作报告等"],
    [E(SOE, "第九条", "（二）拟订合规管理基本制度，批准年度计划等，组织制定合规管理具体制度。"),
     E(SOE, "第八条", "（一）审议批准合规管理基本制度、体系建设方案和年度报告等。"),
     E(SOE, "第十四条", "（一）组织起草合规管理基本制度、具体制度、年度计划和工作报告等。")],
    lang="zh")

add("multi",
    "我们是一家小型设备厂，给一家大型企业供了一批设备。合同写的是“验收合格后60天内付款”，验收期限约定为到货后15天。"
    "现在到货三个月了，对方一直不来验收，钱也不付，合同里也没写逾期利息。付款期限到底从哪天起算？能不能要利息，怎么算？",
    "《保障中小企业款项支付条例》第十条：大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"
    "（即从到货后第15天期满起算60天）。第十七条：迟延支付中小企业款项的应当支付逾期利息；对利率未作约定的，按照每日"
    "利率万分之五支付。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("multi",
    "I sit on the investment committee of a Guangzhou municipal SOE and one of our equity stakes has lost money. "
    "Going by the lecture report on the second batch of the Guidelines, when would the people who made the call be "
    "let off, and when would they still be held accountable?",
    "¶21: if an investment made with due diligence and through compliant decision-making procedures incurs losses due "
    "to objective factors such as market risks, the relevant personnel may be exempted from liability. ¶30 (the "
    "\"three distinctions\"): losses from inherent risks such as policy adjustments, market changes or technological "
    "exploration, with due measures taken to stop losses, get error tolerance; losses expanded through lack of "
    "post-investment control, misappropriation of funds, or concealment of risks and delayed disposal mean those "
    "derelict in their duties must be held accountable.",
    ["the relevant personnel may be exempted from liability", "error tolerance will be granted",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "街道上有个部门隔三差五通知我们掏钱派人去听课，还让我们花几千块去争一个“星级商户”的牌子，说不去的话年底不好交代。"
    "这种事我们能不能直接不理？",
    "可以拒绝。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("paraphrase",
    "我们厂以前打交道的一位老局长，前两年已经到点回家带孙子了。最近听说他当年在位时帮亲戚揽过工程。人都已经下来了，"
    "组织上还能拿他怎么样？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其"
    "立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法所得依照第二十五条处理。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "我们是个小加工厂，甲方是个大集团，欠我们货款大半年了。老板上门要了几回，对方采购经理放话说“再来闹，以后一单都"
    "别想接，还让你在这行混不下去”。他们能这么说吗？",
    "不能。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者"
    "投诉的中小企业及其工作人员进行恐吓、打击报复；第三十五条：有此行为的，对负有责任的领导人员和直接责任人员依法给予"
    "处分或者处罚，构成犯罪的依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("paraphrase",
    "Will the worst local governments — the ones that keep welching on deals again and again — ever get named and "
    "shamed in public, or is it all handled quietly behind closed doors?",
    "They can be named. Item IV.(9): a batch of cases with serious dishonesty, repeated dishonesty and strong public "
    "complaints is selected, publicized on the \"Credit China\" website and exposed to society through news media to "
    "form a strong public opinion deterrent.",
    ["repeated dishonesty", "publicize them on the \"Credit China\" website", "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "Our startup is backed by a fund owned by the Guangzhou city government. We're doing fine but won't make money "
    "for a few years. Does anything in the new Guangzhou rules let them stick with us, rather than pulling out early "
    "just to protect themselves?",
    "According to the lecture report (¶22, Guangzhou Metro's speaker), the Guidelines encourage state-owned capital to "
    "become \"patient capital\": for projects with sound fundamentals that may not meet short-term expectations, they "
    "can choose to \"accompany them with patience\" based on compliant processes and professional judgment, instead of "
    "making mechanistic loss-stop decisions for fear of taking responsibility.",
    ["“patient capital”", "“accompany them with patience”",
     "instead of making mechanistic loss-stop decisions for fear of taking responsibility"],
    [E(GZ, "¶22", "encourage state-owned capital to become “patient capital”"),
     E(GZ, "¶22", "projects with sound fundamentals but may not meet short-term expectations"),
     E(GZ, "¶22", "we can choose to “accompany them with patience”"),
     E(GZ, "¶22", "mechanistic loss-stop decisions for fear of taking responsibility")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "A department head at a state-owned enterprise we supply was just convicted of taking kickbacks and got three "
    "years, suspended. His colleagues think he'll keep his job because the sentence is suspended. Is that right under "
    "China's Public Official Sanctions Law?",
    "No. Art. 14 (第十四条): a public official sentenced for an intentional crime to control, criminal detention or "
    "fixed-term imprisonment or above — expressly including a suspended sentence (含宣告缓刑) — is expelled (予以开除).",
    ["因故意犯罪被判处管制、拘役或者有期徒刑以上刑罚（含宣告缓刑）的"],
    [E(PS, "第十四条", "因故意犯罪被判处管制、拘役或者有期徒刑以上刑罚（含宣告缓刑）的"),
     E(PS, "第十四条", "公职人员犯罪，有下列情形之一的，予以开除")],
    lang="en")

add("cross_lingual",
    "The district office keeps telling us to bring a 'no violations' certificate from the local police station before "
    "it will process our application. Are they allowed to demand that kind of document? Is there some list of what "
    "they may ask for?",
    "Under Art. 44 (第四十四条) of the Regulations on Optimizing the Business Environment, certification items need a "
    "basis in law, regulation or a State Council decision; government departments must publish a list of certification "
    "items (basis, requesting unit, issuing unit, guide), and outside that list government departments, public "
    "utilities and service institutions may not demand certificates; items the issuing unit cannot verify, or that can "
    "be handled by internal checks, notice-and-commitment etc., may not be set.",
    ["证明事项应当有法律、法规或者国务院决定依据", "政府有关部门应当公布证明事项清单",
     "清单之外，政府部门、公用企事业单位和服务机构不得索要证明"],
    [E(BE, "第四十四条", "证明事项应当有法律、法规或者国务院决定依据"),
     E(BE, "第四十四条", "政府有关部门应当公布证明事项清单，逐项列明设定依据、索要单位、开具单位、办理指南等"),
     E(BE, "第四十四条", "清单之外，政府部门、公用企事业单位和服务机构不得索要证明")],
    lang="en")

add("cross_lingual",
    "For a training deck: under SASAC's 2022 compliance measures, in which key areas must central SOEs draw up "
    "specific compliance rules or guidelines, and what extra is expected for their overseas business?",
    "Art. 18 (第十八条): specific compliance rules or special guidelines for key areas such as anti-monopoly, "
    "anti-commercial bribery, ecological and environmental protection, work safety, labour and employment, tax "
    "management and data protection, and for higher-risk business; for important areas of foreign-related business, "
    "special compliance rules based on the laws of the host country or region.",
    ["反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域",
     "制定合规管理具体制度或者专项指南", "根据所在国家（地区）法律法规等，结合实际制定专项合规管理制度"],
    [E(SOE, "第十八条", "反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "以及合规风险较高的业务，制定合规管理具体制度或者专项指南"),
     E(SOE, "第十八条", "中央企业应当针对涉外业务重要领域，根据所在国家（地区）法律法规等，结合实际制定专项合规管理制度")],
    lang="en")

add("cross_lingual",
    "发改委那份政务诚信履约的通知，除了发改委自己那套惩戒工具，还要求地方各级对本级失信的政府部门用哪些惩戒措施？"
    "会不会限制它们参与政府采购？",
    "会。通知第三部分第(5)项：各级信用牵头部门推动同级政府部门在职能范围内调动各类失信惩戒措施，包括但不限于限制政府"
    "资金支持（restricting government funding support）、限制申报支持政策、取消评优评奖、限制参与政府采购"
    "（restricting participation in government procurement）等。",
    ["restricting government funding support", "limiting applications for support policies", "canceling awards",
     "restricting participation in government procurement"],
    [E(NDRC, "III.(5)", "restricting government funding support"),
     E(NDRC, "III.(5)", "limiting applications for support policies"),
     E(NDRC, "III.(5)", "canceling awards, and restricting participation in government procurement"),
     E(NDRC, "III.(5)", "promote government departments at the same level to actively mobilize")],
    lang="zh")

add("cross_lingual",
    "广州市纪委监委出的两批政商交往指引，第一批和第二批分别侧重什么？听说第二批更偏重服务企业？",
    "据讲堂报道¶9：第一批系统回应“能吃什么饭、能坐什么车”（what meals can be eaten and what vehicles can be taken）"
    "这类常规政商交往问题；第二批聚焦发展新质生产力和当前涉企服务的实质内容，围绕从招商引资到项目落地的企业发展全周期"
    "服务，实现从“适度的政商交往”到“有效的服务企业”的迭代升级。",
    ["“what meals can be eaten and what vehicles can be taken”",
     "full-cycle services for enterprise development from investment promotion to project landing",
     "from “moderate government-business interactions” to “effective service for enterprises”"],
    [E(GZ, "¶9", "“what meals can be eaten and what vehicles can be taken”"),
     E(GZ, "¶9", "full-cycle services for enterprise development"),
     E(GZ, "¶9", "from investment promotion to project landing"),
     E(GZ, "¶9", "from “moderate government-business interactions”"),
     E(GZ, "¶9", "to “effective service for enterprises”")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我老公在区发改局当科长，上个月被监察委立案调查了，单位决定让他暂停履行职务。暂停期间工资还发不发？发多少？",
    ["停发工资", "工资照发", "暂停期间"],
    "政务处分法第五十二条只规定已被立案调查、不宜继续履行职责的，任免机关、单位可以决定暂停其履行职务，以及调查期间"
    "不得出境、辞职等；没有规定暂停职务期间的工资待遇。其他文件也没有。",
    lang="zh", present=["暂停其履行职务"])

unans("not_covered",
    "我们集团准备设首席合规官。按《中央企业合规管理办法》，首席合规官要具备什么任职条件？比如要不要有法律职业资格、"
    "几年从业经验？",
    ["法律职业资格", "任职条件", "任职资格", "从业经验"],
    "办法第十二条只说结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；没有任何"
    "资格、学历或从业年限要求。其他文件也没有。",
    lang="zh", present=["首席合规官"])

unans("not_covered",
    "If a city government gets a government dishonesty record under the NDRC notice and simply never fixes the "
    "breach, does the record expire by itself after a few years? What's the retention period?",
    ["expire", "retention period", "automatically"],
    "NDRC III.(6) only provides restoration once the identifying department confirms correction and completed "
    "performance; no document gives a retention period or automatic expiry for government dishonesty records.",
    lang="en", present=["promptly restored"])

unans("not_covered",
    "按优化营商环境条例第四十九条，我们向政府投诉营商环境问题以后，对方必须在多少个工作日内答复？",
    ["答复期限", "日内答复"],
    "第四十九条只要求建立便利、畅通的渠道受理有关营商环境的投诉和举报，没有答复时限；民营经济促进法第五十三条只说及时"
    "受理并依法处理。（款项支付条例第二十五条的10个工作日/30日/90日只适用于拖欠中小企业款项的投诉。）",
    lang="zh", present=["受理有关营商环境的投诉和举报", "10个工作日"])

unans("not_covered",
    "Under the Guangzhou government-business Guidelines, what's the per-person spending cap if our company hosts a "
    "working lunch for district officials?",
    ["per person", "per-person", "yuan", "RMB"],
    "The GZ report only says the first batch answered \"what meals can be eaten and what vehicles can be taken\"; it "
    "gives no amount. No document sets a meal cap (政务处分法第三十四条 only punishes banquets that may affect the "
    "impartial exercise of public power).",
    lang="en", present=["what meals can be eaten", "宴请"])

unans("not_covered",
    "民营经济促进法对市场监管部门来企业检查的次数有没有上限？一年最多能来查几次？",
    ["检查次数", "检查频次", "一年最多"],
    "民营经济促进法第五十二条只规定双随机抽查、同一检查对象的多个检查事项尽可能合并或纳入跨部门联合检查；优化营商环境"
    "条例第五十四条类似。没有任何文件规定检查次数上限。",
    lang="zh", present=["随机抽取检查对象", "合并或者纳入跨部门联合检查"])

unans("not_covered",
    "Under the SME payment regulations, what is the maximum performance bond, as a percentage of the contract price, "
    "that a state-owned main contractor may require from an SME subcontractor?",
    ["百分之", "%"],
    "条例第十三条只列出可收取的四类保证金（含履约保证金），并说收取比例、方式应当符合法律、行政法规和国家有关规定；"
    "没有给出比例。其他文件也没有。",
    lang="en", present=["收取比例", "履约保证金"])

unans("not_covered",
    "Do SASAC's central SOE compliance measures require us to get our compliance management system certified to "
    "ISO 37301, and if so by which certification body?",
    ["ISO", "37301"],
    "办法第二十七条只要求定期开展合规管理体系有效性评价和专项评价；没有任何外部认证要求，也不提ISO标准。其他文件也没有。",
    lang="en", present=["有效性评价"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "我同事上个月被记过，听说记过的处分期是六个月。那六个月一满，他是不是就能赶上今年年底的职称评审了？",
    ["记过，六个月", "记过六个月"],
    "前提错误：政务处分法第八条规定记过的处分期是十二个月（六个月是警告），自政务处分决定生效之日起计算；处分期内不得"
    "晋升（第十九至二十一条）。",
    lang="zh", present=["记过，十二个月", "警告，六个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"),
             E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")])

unans("false_premise",
    "Since SASAC's Central SOE Compliance Measures legally bind provincial SOEs as well, by what deadline does our "
    "Jiangsu provincial SOE have to appoint its chief compliance officer?",
    ["省属", "地方国有企业", "provincial SOE"],
    "False premise: 第二条 limits the Measures to central enterprises for which SASAC performs investor duties; "
    "第四十条 only has local SASACs refer to them (参照) in guiding the enterprises they fund. No deadline for "
    "appointing a CCO is set in any case.",
    lang="en", present=["地方国有资产监督管理机构参照本办法"],
    related=[E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业"),
             E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")])

unans("false_premise",
    "我们是大型民营企业。条例要求我们每年3月31日前在公司官网上公开上一年逾期没付给中小企业的合同数量和金额。"
    "今年我们晚了一周才挂出来，会被怎么罚？",
    ["官网"],
    "前提错误：款项支付条例第十八条的“每年3月31日前”“通过网站、报刊等公开”是对机关、事业单位的要求；大型企业的义务是"
    "把逾期未付信息纳入企业年度报告，通过国家企业信用信息公示系统公示（违反的由市场监督管理部门依法处理，第三十四条）。",
    lang="zh", present=["3月31日前", "企业年度报告"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
             E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
    "The Regulations on Optimizing the Business Environment require at least 60 days of public consultation on any "
    "rule that affects businesses. Our city issued one after only 30 days of comments — can we get it struck down on "
    "that ground?",
    ["不少于60日", "60 days"],
    "False premise: 第六十二条 says the public comment period is generally not less than 30 days (一般不少于30日), "
    "not 60; a 30-day consultation meets it.",
    lang="en", present=["不少于30日"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
    "民营经济促进法规定个体工商户年营业额超过一定规模就必须转为企业。我开的小超市去年流水超了，法律给了多长时间"
    "必须完成“个转企”？",
    ["必须转型", "个转企", "强制转型"],
    "前提错误：民营经济促进法第四十八条规定个体工商户可以自愿依法转型为企业，登记、税务等机关提供指引和便利；没有营业额"
    "门槛，也没有强制转型或期限。",
    lang="zh", present=["自愿依法转型为企业"],
    related=[E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业"),
             E(PE, "第四十八条", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利")])

unans("false_premise",
    "Our county says the breach happened only because the old party secretary was transferred and the investment "
    "bureau was merged, and that the NDRC notice treats such cases as a justified excuse rather than dishonesty. What "
    "documents does the county have to file to get that excuse accepted?",
    ["justified excuse", "force majeure"],
    "False premise: NDRC II.(2) says failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty; 民营经济促进法第七十条 likewise bars breach on "
    "grounds of 政府换届、机构或者职能调整以及相关人员更替.",
    lang="en", present=["institutional adjustments, personnel changes", "相关人员更替"],
    related=[E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
             E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
             E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")])

unans("false_premise",
    "广州市工商联去年发布的那份《政商交往指引》，如果企业违反了，工商联会怎么处罚企业？",
    ["工商联"],
    "前提错误：报道¶7说两批指引由广州市纪委监委（Municipal Commission for Discipline Inspection and Supervision）发布；"
    "市工商联只是讲堂的出席单位之一、协会的共同发起单位（¶3、¶32）。报道也没有说指引对企业设定任何罚则。",
    lang="zh", present=["Federation of Industry and Commerce", "Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "We're a 200-person auto-parts maker. Should we go with SAP S/4HANA or Oracle NetSuite as our ERP, and roughly "
    "what does an implementation cost?",
    ["ERP", "SAP", "NetSuite"],
    "Enterprise software selection; none of the documents deals with it.",
    lang="en")

unans("out_of_domain",
    "我们在亚马逊美国站的店铺因为“关联账户”被封了，申诉信应该怎么写才容易解封？",
    ["亚马逊", "店铺", "申诉信"],
    "跨境电商平台账号申诉，与文件无关（文件中的“申诉”是对政务处分、强制措施的申诉）。",
    lang="zh", present=["申诉"])

unans("out_of_domain",
    "Under FOB Shenzhen terms, at what point does the risk of loss pass to our US buyer, and who should insure the "
    "container?",
    ["FOB", "Incoterms", "insure"],
    "International trade terms and cargo insurance; not in any document.",
    lang="en")

unans("out_of_domain",
    "员工年终奖怎么申报个税更划算？是单独计税好还是并入综合所得好？",
    ["个税", "综合所得", "单独计税"],
    "个人所得税申报，文件不涉及（文件只在一般意义上提到税务管理、税务机关）。",
    lang="zh", present=["税务"])

unans("out_of_domain",
    "Most of our export receivables are in US dollars. What's the better way to hedge against the renminbi "
    "strengthening — forward contracts or currency options?",
    ["hedge", "forward contract", "汇率"],
    "Foreign-exchange hedging; none of the documents covers it.",
    lang="en")

# =========================================================================== unanswerable: superseded

unans("superseded",
    "Before the 2022 Measures took effect, SASAC's 2018 Compliance Management Guidelines for Central Enterprises "
    "(for Trial Implementation) applied. What did those 2018 trial guidelines require about the compliance committee?",
    ["2018", "试行", "Trial Implementation"],
    "The corpus has only the 2022 Measures (SASAC Order No. 42, in force 2022-10-01); the 2018 trial guidelines are "
    "not in it (第十一条 of the 2022 Measures is the only rule on the compliance committee).",
    lang="en", present=["合规委员会"])

unans("superseded",
    "发改委2023年1103号通知出台之前，国务院2016年那份关于加强政务诚信建设的指导意见，对政府失信是怎么认定、怎么惩戒的？",
    ["2016", "国发", "指导意见"],
    "语料只有2023年的发改财金〔2023〕1103号通知（英文本），没有2016年的国务院文件，其内容无从回答。",
    lang="zh", present=["1103"])

unans("superseded",
    "The GBA integrity and compliance association has a 2023 Edition of its Guidelines for Enterprise Integrity and "
    "Compliance Construction. What did the earlier edition say about gifts to officials, and what changed in 2023?",
    ["2022 Edition", "earlier edition"],
    "The GZ report (¶50) only records that the 2023 Edition was released in March 2024; it gives no content of that "
    "or any earlier edition.",
    lang="en", present=["2023 Edition"])

unans("superseded",
    "政务处分法施行以前，事业单位工作人员是按2012年的《事业单位工作人员处分暂行规定》处分的。那个暂行规定里警告的"
    "处分期是几个月？",
    ["暂行规定", "2012"],
    "语料没有该暂行规定；政务处分法第八条是现行规定（警告六个月），第六十七条只说施行前已结案的案件复审、复核适用当时的"
    "规定，当时的规定内容不在语料中。",
    lang="zh", present=["警告，六个月"])
