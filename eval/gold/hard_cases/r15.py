"""Hard-case gold items, fifteenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我们是央企二级子公司的人力资源部，正在排明年的培训计划。按《中央企业合规管理办法》，合规管理要作为哪几类人员"
    "培训的必修内容？",
    "《中央企业合规管理办法》第三十条：中央企业应当建立常态化合规培训机制，制定年度培训计划，将合规管理作为管理人员、"
    "重点岗位人员和新入职人员培训必修内容。",
    ["将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容", "制定年度培训计划"],
    [E(SOE, "第三十条", "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")],
    lang="zh")

add("single",
    "NDRC 2023 notice: besides waiting for complaints, how will the commission itself detect clues of government "
    "dishonesty?",
    "Item IV.(8): the NDRC will monitor and discover government dishonesty clues through communication mechanisms with "
    "private enterprises, big data monitoring, and selecting representative private enterprises to establish "
    "monitoring points; clues are transferred immediately to the place of jurisdiction for supervision and continuous "
    "follow-up.",
    ["big data monitoring", "selecting representative private enterprises to establish monitoring points"],
    [E(NDRC, "IV.(8)", "communication mechanisms with private enterprises, big data monitoring"),
     E(NDRC, "IV.(8)", "selecting representative private enterprises to establish monitoring points")],
    lang="en")

add("single",
    "民营经济促进法 经济纠纷 经济犯罪 区分 刑事手段干预",
    "《民营经济促进法》第六十三条：办理案件应当严格区分经济纠纷与经济犯罪，遵守法律关于追诉期限的规定；生产经营活动"
    "未违反刑法规定的，不以犯罪论处；禁止利用行政或者刑事手段违法干预经济纠纷。",
    ["严格区分经济纠纷与经济犯罪", "禁止利用行政或者刑事手段违法干预经济纠纷"],
    [E(PE, "第六十三条", "办理案件应当严格区分经济纠纷与经济犯罪"),
     E(PE, "第六十三条", "禁止利用行政或者刑事手段违法干预经济纠纷")],
    lang="zh")

add("single",
    "我们是一家小型设备厂，给一家大型国企供货，货交了三个多月对方还没付钱。合同里压根没写逾期利息，这种情况我们能要"
    "利息吗？按什么标准算？",
    "可以。《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；"
    "双方未对利率作约定的，按照每日利率万分之五支付逾期利息（有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率）。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "In the lecture-hall report on Guangzhou's government-business Guidelines, what format did the drafters say both "
    "batches of the Guidelines use, and what problem was it meant to fix?",
    "¶8: the drafters introduced specific behavioural scenarios and typical cases on the basis of positive and negative "
    "lists, forming the \"scenario + list + case\" format adopted by both batches. It answers the limits of highly "
    "generalised normative provisions in applicability and operability in specific scenarios, since the grass-roots "
    "level needed a guideline that is \"easy to understand and simple to apply\".",
    ["scenario + list + case", "easy to understand and simple to apply"],
    [E(GZ, "¶8", "thus forming the ‘scenario + list + case’ format adopted by both batches"),
     E(GZ, "¶8", "limitations in terms of applicability and operability in specific scenarios")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我是区财政局的一名公务员，因为违规报销被记过。想问两件事：这个处分期是多长？处分期里我的工资档次还能不能正常晋升？",
    "记过的处分期为十二个月，自政务处分决定生效之日起计算（《公职人员政务处分法》第八条）；公务员在政务处分期内不得"
    "晋升职务、职级、衔级和级别，其中被记过的，不得晋升工资档次（第十九条）。",
    ["记过，十二个月", "不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("multi",
    "我们是小型施工企业，给一家国有大型企业做分项工程。结算时对方提了两个条件：一是只给商业承兑汇票，不付现金；二是要"
    "等审计局的审计结果出来，按审计金额结算。这两点合同里都没约定，也没有哪条法律要求审计。对方这么做合规吗？",
    "都不合规。《保障中小企业款项支付条例》第十一条：使用商业汇票等非现金支付方式应当在合同中作出明确、合理约定，"
    "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，不得借此变相延长付款期限；第十二条：机关、"
    "事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。",
    ["不得强制中小企业接受商业汇票", "不得强制要求以审计机关的审计结果作为结算依据"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("multi",
    "Our company complained that a city bureau reneged on an industrial-support agreement. The provincial credit "
    "department checked and found our complaint true, but the bureau still won't put things right. Under the NDRC "
    "notice, what happens to the bureau, and what would it take for that mark to be cleared later?",
    "Under II.(2), once a complaint is verified as true the identifying department should immediately promote "
    "rectification, and those who refuse to rectify shall be confirmed as breach of contract and dishonesty. Under "
    "III.(6), once the identifying department confirms the dishonest behaviour has been corrected and performance "
    "completed, the dishonesty records should be promptly restored and the punishment measures terminated.",
    ["refuse to rectify shall be confirmed as breach of contract and dishonesty",
     "corrected and performance completed"],
    [E(NDRC, "II.(2)", "refuse to rectify shall be confirmed as breach of contract and dishonesty"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")],
    lang="en")

add("multi",
    "I do investment promotion for a district government in Guangzhou and I'm nervous about two things: if a project I "
    "brought in under-delivers, am I on the hook? And if a state-owned fund's investment loses money because of market "
    "risk, are the managers punished? What does the report say the Guidelines provide?",
    "¶18: as long as the investment promotion process is carried out with due diligence and compliance, relevant "
    "personnel will not be held blindly accountable even if the project fails to meet expectations. ¶21: if an "
    "investment made with due diligence and through compliant decision-making procedures incurs losses due to "
    "objective factors such as market risks, the relevant personnel may be exempted from liability.",
    ["will not be held blindly accountable", "may be exempted from liability"],
    [E(GZ, "¶18", "will not be held blindly accountable even if the project fails"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

add("multi",
    "央企合规办法培训课后小测：① 首席合规官一般由谁兼任、对谁负责？② 企业因违规被国际组织制裁这类重大合规风险事件，"
    "由谁牵头应对？",
    "①《中央企业合规管理办法》第十二条：中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对"
    "企业主要负责人负责；② 第二十二条：因违规行为被国际组织制裁等重大合规风险事件，应当由首席合规官牵头，合规管理"
    "部门统筹协调，相关部门协同配合，及时妥善应对，并按规定及时向国资委报告。",
    ["由总法律顾问兼任", "对企业主要负责人负责", "应当由首席合规官牵头"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责"),
     E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我表哥在街道办工作，前阵子被监委处理了。他觉得冤，想让他们重新再看一遍，可又怕一折腾反而罚得更狠。另外在重新看的"
    "这段时间里，原来那个处理是不是先不算数？",
    "《公职人员政务处分法》第五十六条：复审、复核期间，不停止原政务处分决定的执行；公职人员不因提出复审、复核而被"
    "加重政务处分。（第五十五条：可以向作出决定的监察机关申请复审，对复审决定仍不服的，可以向上一级监察机关申请复核。）",
    ["不停止原政务处分决定的执行", "不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行"),
     E(PS, "第五十六条", "公职人员不因提出复审、复核而被加重政务处分")],
    lang="zh")

add("paraphrase",
    "A county promised us land and subsidies if we moved our factory there, then the new leadership walked away from "
    "the deal. We're a private firm. According to the 2023 national notice on government integrity, where can we go "
    "to report this?",
    "II.(1): provincial credit leading departments set up special columns for breach-of-contract and dishonesty "
    "complaints relying on credit websites, the State Council's \"Internet + Supervision\" platform, MIIT's "
    "\"Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs\", local 12345 government service "
    "hotlines, business environment complaint platforms, petition departments and other channels; the scope covers "
    "agreements in investment promotion and industrial support, among others.",
    ["12345 government service hotlines", "business environment complaint platforms", "investment promotion"],
    [E(NDRC, "II.(1)", "12345 government service hotlines, business environment complaint platforms"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion, government-social capital")],
    lang="en")

add("paraphrase",
    "我们公司就二三十个人，要跟一家上市集团签供货合同。签的时候需要我们自己先跟对方讲明我们是小公司吗？要是签完以后"
    "我们扩张变大了，这份合同按大的还是按小的算？",
    "《保障中小企业款项支付条例》第三条：中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业；"
    "中小企业、大型企业依合同订立时的企业规模类型确定。",
    ["应当主动告知其属于中小企业", "依合同订立时的企业规模类型确定"],
    [E(SME, "第三条", "订立合同时，应当主动告知其属于中小企业"),
     E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定")],
    lang="zh")

add("paraphrase",
    "去区里的大厅办个许可证，窗口第一次说缺一张表，补了又说缺个证明，第三次又说章盖得不对，前后跑了三趟，每次只说一个"
    "问题。这种做法有没有规定管？",
    "有。《优化营商环境条例》第三十六条：需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容。",
    ["应当一次性告知需要补正的内容"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容")],
    lang="zh")

add("paraphrase",
    "From an internal-audit point of view, when a state firm's venture goes sour, what kind of conduct by the managers "
    "afterwards would still get them in trouble instead of being forgiven, according to the audit director quoted in "
    "the Guangzhou report?",
    "¶30 (Cheng Jinyuan): losses from inherent risks such as policy adjustments, market changes and technological "
    "exploration, where due measures were taken to stop losses, get error tolerance; but if losses are expanded due to "
    "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal, those "
    "who are derelict in their duties must be held accountable.",
    ["lack of post-investment control", "misappropriation of funds", "concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "losses are expanded due to lack of post-investment control"),
     E(GZ, "¶30", "misappropriation of funds, or concealment of risks and delayed disposal")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Do Chinese government agencies have to publicly disclose their overdue payments to small and medium-sized "
    "suppliers? If so, by what date each year and in what way?",
    "Yes. Art. 18 of the Regulations on Guaranteeing Payments to SMEs: agencies and public institutions must, before "
    "31 March each year, publish the number and amount of contracts with SME payments overdue and unpaid in the "
    "previous year, via websites, newspapers or other means easily accessible to the public. (Large enterprises "
    "include it in their annual reports, publicised through the National Enterprise Credit Information Publicity "
    "System.)",
    ["每年3月31日前", "通过网站、报刊等便于公众知晓的方式公开"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="en")

add("cross_lingual",
    "Under China's 2025 Private Economy Promotion Law, what exactly counts as a 'private economic organization'? "
    "And if such a company also has foreign investment, which rules apply to it?",
    "Art. 77: for-profit legal persons, unincorporated organizations and individual industrial and commercial "
    "households established in China and controlled or actually controlled by Chinese citizens, plus for-profit legal "
    "persons and unincorporated organizations controlled by them. Where foreign investment is involved, the foreign "
    "investment laws and regulations also apply.",
    ["由中国公民控股或者实际控制", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

add("cross_lingual",
    "My boss, a manager at a state-owned company, has just been placed under investigation by the supervision "
    "commission. Can he resign or travel abroad while the case is open? And can the company promote him or process "
    "his retirement in the meantime?",
    "No. Art. 52 of the Public Official Sanctions Law: while under investigation, he may not leave the country or "
    "resign from public employment without the supervisory organ's consent, and his unit and its superiors may not "
    "transfer, promote, reward or sanction him or handle his retirement; if unfit to keep working, his duties may be "
    "suspended.",
    ["未经监察机关同意，不得出境、辞去公职", "不得对其交流、晋升、奖励、处分或者办理退休手续"],
    [E(PS, "第五十二条", "未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "不得对其交流、晋升、奖励、处分或者办理退休手续")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份关于政府诚信履约的通知里，如果某个地级以上城市有政府失信记录，发改系统会对这个城市采取哪些惩戒？",
    "通知第三部分第（4）项：对有政府失信记录的地级及以上城市，国家发展改革委将取消其在发改系统评优评先和试点示范的资格，"
    "加大城市信用监测扣分权重，并取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="zh")

add("cross_lingual",
    "广州市纪委监委出的那两批政商交往指引，第二批跟第一批相比，关注重点有什么变化？",
    "据报道第9段：第一批系统回应了“能吃什么饭、能坐什么车”等常规政商交往问题；第二批拓展政商关系的表现维度，聚焦发展"
    "新质生产力，突出当前涉企服务的实质内容，围绕从招商引资到项目落地的企业发展全周期服务，实现从“适度政商交往”到"
    "“有效服务企业”的升级。",
    ["what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶9", "“what meals can be eaten and what vehicles can be taken”"),
     E(GZ, "¶9", "the full-cycle services for enterprise development from investment promotion")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "公司逢年过节想给对接的几位处长送点购物卡。政务处分法里，公职人员收礼累计到多少钱算“情节较重”、要降级撤职？"
    "有没有具体的金额标准？",
    ["购物卡", "数额较大", "元以上"],
    "政务处分法第三十四条对收受、赠送礼品礼金只按“情节较重”“情节严重”分档，未规定任何金额标准；其余文件亦无金额门槛。",
    lang="zh", present=["情节较重", "礼品、礼金"])

unans("not_covered",
    "We're a small contractor on a project for a big developer. Under China's SME payment regulation, what is the "
    "maximum percentage of the contract price they can withhold as a construction quality deposit?",
    ["3%", "百分之三"],
    "SME regulation Art. 13 lists the permitted deposits (incl. 工程质量保证金) and says the rate and manner must comply "
    "with laws, administrative regulations and state provisions, but states no percentage; no other document does.",
    lang="en", present=["工程质量保证金", "收取比例"])

unans("not_covered",
    "Under the Guangzhou government-business interaction Guidelines, what's the per-person spending cap when a company "
    "treats a government official to a working meal?",
    ["per person", "yuan", "RMB", "cap"],
    "The GZ report only says the first batch addressed \"what meals can be eaten and what vehicles can be taken\"; it "
    "quotes no amount, and no other document gives a meal limit.",
    lang="en", present=["meals"])

unans("not_covered",
    "我们央企准备设首席合规官，这个人需要具备什么任职资格？比如要不要有法律职业资格、几年以上合规工作经验？",
    ["任职资格", "法律职业资格", "工作经验"],
    "央企合规办法第十二条只规定首席合规官不新增领导岗位和职数、由总法律顾问兼任、对主要负责人负责，未规定任何任职资格条件。",
    lang="zh", present=["首席合规官", "总法律顾问兼任"])

unans("not_covered",
    "If a city government ends up with a dishonesty record under the NDRC scheme, how many years does that record stay "
    "published on Credit China before it drops off automatically?",
    ["automatically", "retention period"],
    "NDRC notice III.(6) ties restoration to the identifying department confirming correction and completed "
    "performance; it sets no publication or retention period, and no other document does.",
    lang="en", present=["Credit China", "restored"])

unans("not_covered",
    "民营经济促进法说失信了可以申请信用修复。我们公司被列入失信名单，想申请修复，需要提交哪些材料？有关部门多少天内必须"
    "给答复？",
    ["信用修复申请书", "修复时限"],
    "民营经济促进法第五十四条只规定纠正失信行为、消除不良影响、符合条件的可以申请信用修复，有关机关应当依法及时解除惩戒"
    "措施；未列申请材料，也未规定办理天数。NDRC通知III.(6)同样只说promptly。",
    lang="zh", present=["信用修复申请", "及时解除惩戒措施"])

unans("not_covered",
    "If a large enterprise leaves its overdue payments to SMEs out of its annual report, how much can the market "
    "regulator fine it under the SME payment regulation?",
    ["万元", "罚款数额"],
    "SME regulation Art. 34 only says such a large enterprise is dealt with by the market regulation department "
    "according to law (由市场监督管理部门依法处理); no fine amount is stated anywhere in the corpus.",
    lang="en", present=["市场监督管理部门依法处理"])

unans("not_covered",
    "政务处分决定不服 申请复审 期限 收到决定书后几日内",
    ["复审期限", "日内申请复审", "法定期限"],
    "政务处分法第五十五条规定可以申请复审、复核，第四十五条要求决定书载明申请复审、复核的途径和期限，但法律本身未规定"
    "申请期限；第五十四条的“一个月内”是人事部门办理待遇变更的期限，不是申请复审的期限。",
    lang="zh", present=["申请复审", "一个月内"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Our invoices to a provincial public hospital keep getting paid late. Since the SME payment regulation gives public "
    "institutions 90 days from delivery to pay, we can't complain until day 91, right?",
    ["90 days"],
    "False premise: SME regulation Art. 9 requires agencies and public institutions to pay within 30 days of delivery; "
    "a contract may agree otherwise but the term may not exceed 60 days. 90日 appears only in Art. 25 as the maximum "
    "time for handling a complaint.",
    lang="en", present=["30日内支付款项", "60日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
             E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "我们单位一位被开除的老同事说，政务处分法规定开除的处分期是四十八个月，期满以后就能回原岗位上班。真是这样吗？",
    ["开除的处分期"],
    "前提错误：第八条列明的处分期最长为降级、撤职二十四个月，开除没有处分期；第二十六条规定被开除的自决定生效之日起解除"
    "人事关系或者劳动关系，处分期满自动解除只适用于开除以外的政务处分。“四十八个月”是第十五条多个处分合并时处分期的上限。",
    lang="zh", present=["四十八个月", "开除"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月"),
             E(PS, "第二十六条", "公职人员受到开除以外的政务处分，在政务处分期内有悔改表现")])

unans("false_premise",
    "The SASAC compliance measures make every company in China, private ones included, appoint a chief compliance "
    "officer. We're a 200-person private firm — by when must ours be in place?",
    ["private firm", "private company", "private companies"],
    "False premise: the SASAC measures apply only to central SOEs for which SASAC performs investor duties (Art. 2); "
    "the duty to set up a chief compliance officer (Art. 12) is a central-SOE duty, with no deadline for private firms.",
    lang="en", present=["中央企业", "首席合规官"],
    related=[E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业"),
             E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官")])

unans("false_premise",
    "我们是分包下面的再分包，总包欠分包的钱、分包就一直拖我们。听说《保障中小企业款项支付条例》允许中小企业投诉欠款"
    "链条上的任何单位，不需要有合同关系，那我们能不能直接投诉最上面的业主单位？",
    ["分包", "总包", "再分包"],
    "前提错误：条例第二十五条规定投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉；并未允许无合同关系的投诉。",
    lang="zh", present=["合同关系"],
    related=[E(SME, "第二十五条", "投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉")])

unans("false_premise",
    "Under the NDRC's 2023 integrity notice, what fines does a private enterprise face once it is labelled dishonest "
    "for breaking a contract it signed with a local government?",
    ["fines", "fine"],
    "False premise: the notice is about government (agencies, public institutions) breach of contract and dishonesty "
    "towards private enterprises; its punishment measures target dishonest government entities and cities, and it "
    "sets no fines at all, let alone for private enterprises.",
    lang="en", present=["dishonesty", "private enterprises"],
    related=[E(NDRC, "II.(1)", "accepting and collecting complaints involving government departments"),
             E(NDRC, "II.(1)", "signed by government departments with private enterprises")])

unans("false_premise",
    "民营经济促进法出台以后，民营企业第一次违法一律不罚了，对吧？我们这次废水排放超标是头一回，要走什么程序申请免罚？",
    ["首次违法", "首违不罚", "免罚"],
    "前提错误：第五十一条规定对民营经济组织违法行为的行政处罚按照与其他经济组织同等原则实施，只有具备行政处罚法规定的"
    "从轻、减轻或者不予处罚情形时才依照其规定处理，没有“首次违法一律不罚”的规定，也没有免罚申请程序。",
    lang="zh", present=["不予处罚"],
    related=[E(PE, "第五十一条", "应当按照与其他经济组织及其经营者同等原则实施"),
             E(PE, "第五十一条", "依照其规定从轻、减轻或者不予处罚")])

unans("false_premise",
    "Since the Guangzhou Public Security Bureau issued the government-business interaction Guidelines, what penalty "
    "does the Bureau impose on companies that violate them?",
    ["penalty", "fines"],
    "False premise: per the GZ report (¶7) the Guidelines were issued by the Guangzhou Municipal Commission for "
    "Discipline Inspection and Supervision; the Public Security Bureau only sent people to the lecture hall (¶3). "
    "The report describes no penalties for companies.",
    lang="en", present=["Public Security Bureau"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches"),
             E(GZ, "¶3", "the Municipal Public Security Bureau")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "孩子今年上小学了，个人所得税的子女教育专项附加扣除每个月能扣多少？公司财务说要在个税App上自己填报。",
    ["个人所得税", "专项附加扣除", "个税"],
    "个人所得税专项附加扣除，与七份文件的主题无关。",
    lang="zh")

unans("out_of_domain",
    "I moved out of my apartment two months ago and the landlord still hasn't returned my security deposit. What can "
    "I do?",
    ["landlord", "security deposit", "apartment"],
    "A private tenancy deposit dispute; none of the documents deals with leases (the SME regulation's 保证金 are "
    "construction deposits).",
    lang="en")

unans("out_of_domain",
    "驾驶证一个记分周期扣满12分了，要去车管所参加什么学习和考试才能恢复？",
    ["驾驶证", "车管所", "记分"],
    "交通违法记分，与文件主题无关。",
    lang="zh")

unans("out_of_domain",
    "We're hiring a foreign engineer for our Shenzhen office. What documents does he need for a Chinese work visa and "
    "residence permit?",
    ["visa", "residence permit", "work permit"],
    "Immigration / foreign employment paperwork; no document covers it.",
    lang="en")

unans("out_of_domain",
    "I bought a phone online that turned out to be defective and the seller refuses a refund. Where do I file a "
    "complaint?",
    ["refund", "defective", "12315"],
    "A consumer dispute; the documents' complaint channels concern SME payment arrears, government breach of contract "
    "and the business environment, not consumer purchases.",
    lang="en")

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的那版《保障中小企业款项支付条例》原文里，大型企业给中小企业的付款期限是怎么规定的？"
    "2025年修订时改了哪些地方？",
    ["修订前", "原条例", "旧版"],
    "语料只有2025年修订后的条例文本（标题注明2020年第728号公布、2025年第802号修订），没有2020年原文，也没有修订对照。",
    lang="zh", present=["第728号"])

unans("superseded",
    "In the draft of the Private Economy Promotion Law that the NPC Standing Committee released for public comment in "
    "late 2024, how was the article on government payment arrears worded?",
    ["draft", "草案"],
    "Only the law as adopted on 30 April 2025 is in the corpus; no draft version is.",
    lang="en", present=["民营经济促进法"])

unans("superseded",
    "国资委2018年发的《中央企业合规管理指引（试行）》里，合规委员会和合规负责人是怎么规定的？跟2022年的办法比有什么区别？",
    ["合规管理指引", "试行", "2018年"],
    "语料只有2022年的《中央企业合规管理办法》（国资委令第42号），没有2018年试行指引的文本。",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "Before the Public Official Sanctions Law took effect, the 2007 Regulations on the Punishment of Civil Servants of "
    "Administrative Organs applied. Under those 2007 regulations, how long was the sanction period for a serious "
    "demerit?",
    ["2007", "行政机关公务员处分条例"],
    "The corpus has only the 2020 Public Official Sanctions Law (Art. 8: 记大过，十八个月); the 2007 regulations are "
    "not in it.",
    lang="en", present=["记大过，十八个月"])
