"""Hard-case gold items, hundred-and-tenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a staff member of a county development and reform bureau (the county's credit leading
department) implementing the NDRC notice on the government integrity performance mechanism; she
reads the notice in her own Chinese translation and asks in formal Chinese about procedures,
deadlines, who verifies, who reports to whom, credit repair and the tie-in with the SME payment
regulations.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "我局按程序转交的拖欠中小企业款项投诉，处理投诉部门应当在多长时间内形成处理结果并反馈？"
    "如果案情复杂，最长可以延长到多久？",
    "《保障中小企业款项支付条例》第二十五条：处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，"
    "以书面形式反馈投诉人和受理投诉部门；情况复杂的经部门负责人批准可适当延长，但最长不得超过90日。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "县直机关和事业单位上一年度逾期没有付给中小企业的款项情况，需要在每年什么时候之前公开？"
    "公开哪些内容、通过什么渠道？",
    "条例第十八条：机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，"
    "通过网站、报刊等便于公众知晓的方式公开。",
    ["每年3月31日前", "合同数量、金额", "网站、报刊"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "关于上一年度逾期未付中小企业款项的情况，县政府各部门每年应当向谁报告？"
    "县属国有大型企业和事业单位又应当报给谁？",
    "条例第二十二条：县级以上地方人民政府部门每年定期按程序报告本级人民政府；"
    "事业单位、国有大型企业每年定期按程序报其主管部门或者监管部门。",
    ["报告本级人民政府", "报其主管部门或者监管部门"],
    [E(SME, "第二十二条", "县级以上地方人民政府部门应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报告本级人民政府"),
     E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门")],
    lang="zh")

add("single",
    "机关、事业单位拖欠中小企业款项被依法认定为失信、而且情节严重的，除公示外，"
    "还可以对这些单位采取哪些方面的限制措施？",
    "条例第二十六条：情节严重或造成严重不良社会影响的，相关信息纳入全国信用信息共享平台和国家企业信用信息公示系统向社会公示，"
    "并对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施。",
    ["公务消费、办公用房、经费安排", "全国信用信息共享平台"],
    [E(SME, "第二十六条", "将相关信息纳入全国信用信息共享平台和国家企业信用信息公示系统，向社会公示"),
     E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施")],
    lang="zh")

add("single",
    "辖区内民营企业已经纠正了失信行为、消除了不良影响，向我们提出信用修复后，"
    "有关国家机关依法应当做哪些事情？",
    "《民营经济促进法》第五十四条：符合信用修复条件的可以申请信用修复；有关国家机关应当依法及时解除惩戒措施，"
    "移除或者终止失信信息公示，并在相关公共信用信息平台实现协同修复。",
    ["及时解除惩戒措施", "移除或者终止失信信息公示", "协同修复"],
    [E(PE, "第五十四条", "纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请"),
     E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示"),
     E(PE, "第五十四条", "并在相关公共信用信息平台实现协同修复")],
    lang="zh")

add("single",
    "某局拖欠一家小微企业的货款，合同里没有写逾期利率，逾期利息应当按什么标准计付？",
    "条例第十七条：迟延支付的应当支付逾期利息；双方未约定利率的，按照每日利率万分之五支付。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "有个乡镇以原负责人调走、新领导尚未签批、内部付款手续没走完为由，迟迟不付中小企业的工程款，"
    "这种理由在条例上站得住吗？",
    "站不住。条例第十四条禁止机关、事业单位和大型企业以法定代表人或者主要负责人变更、履行内部付款流程等为由，"
    "拒绝或者迟延支付中小企业款项；违反的按第三十一条由上级机关、主管部门责令改正。",
    ["法定代表人或者主要负责人变更", "履行内部付款流程", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("single",
    "中小企业想用对我县某事业单位的应收账款去融资，请求该单位确认债权债务，"
    "事业单位应当在多少天内给予确认？",
    "条例第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["自中小企业提出确权请求之日起30日内", "确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "一个乡镇被民营企业投诉不履行招商协议，从被认定为违约失信到后来信用修复，"
    "分别在什么情况下、由哪个部门来确认？",
    "通知II.(2)：线索移交被投诉单位的上级或主管部门核实认定，属实的推动整改，拒不整改的由认定部门认定为违约失信；"
    "III.(6)：认定部门确认失信行为已纠正、履约完成后，应及时修复相关失信记录并终止失信惩戒措施，"
    "各级信用牵头部门统筹指导信用修复。",
    ["refuse to rectify shall be confirmed as breach of contract and dishonesty",
     "the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "II.(2)", "superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "refuse to rectify shall be confirmed as breach of contract and dishonesty"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="zh")

add("multi",
    "县里机关拖欠中小企业款项被认定为失信的，按照条例要记入哪里？"
    "这类拖欠信息在发改委的通知里会不会进入政府信用记录？",
    "条例第二十六条：受理投诉部门和有关部门按程序将失信情况记入相关主体信用记录，情节严重的纳入全国信用信息共享平台公示；"
    "通知III.(3)：国家发展改革委将违约失信信息、各地按要求梳理的拖欠信息以及失信被执行人信息统一归集到相关主体名下，形成政府信用记录。",
    ["记入相关主体信用记录", "arrears information sorted by localities as required",
     "to form government credit records"],
    [E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录"),
     E(NDRC, "III.(3)", "arrears information sorted by localities as required"),
     E(NDRC, "III.(3)", "to form government credit records")],
    lang="zh")

add("multi",
    "通知要求省级信用牵头部门依托哪些渠道开设违约失信投诉专栏？其中专门受理拖欠中小企业账款的那个平台，"
    "在《保障中小企业款项支付条例》里是由哪个部门建立的？",
    "通知II.(1)：依托信用网站、国务院“互联网+监管”平台、工信部“违约拖欠中小企业款项登记（投诉）平台”、"
    "12345政务服务热线、营商环境投诉平台、信访部门等渠道；条例第二十四条：国家统一的拖欠中小企业款项投诉平台"
    "由国务院负责中小企业促进工作综合管理的部门建立。",
    ["Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs",
     "12345 government service hotlines",
     "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"],
    [E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "省级信用牵头部门收到政府违约失信投诉线索后，应当移交给谁核实认定？"
    "核实下来不属实和属实的，分别怎么处理？",
    "通知II.(2)：立即移交被投诉单位的上级或主管部门核实认定；不属实的由认定部门及时向投诉人反馈说明，"
    "属实的由认定部门立即推动整改。",
    ["superior or competent departments of the complained entities",
     "provide feedback and explanations to the complainant",
     "the identifying department should immediately promote rectification"],
    [E(NDRC, "II.(2)", "superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "provide feedback and explanations to the complainant"),
     E(NDRC, "II.(2)", "the identifying department should immediately promote rectification")],
    lang="zh")

add("cross_lingual",
    "地级以上城市如果存在政府失信记录，国家发展改革委在发改系统内会对该城市采取哪些惩戒措施？",
    "通知III.(4)：取消其在发改系统的评奖评优和试点示范资格，加大城市信用监测扣分权重，"
    "取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "作为县级信用牵头部门，通知要求我们推动同级政府部门动用哪些失信惩戒手段？",
    "通知III.(5)：各级信用牵头部门推动同级政府部门在职能范围内调动各类失信惩戒措施，包括但不限于限制政府资金支持、"
    "限制申请扶持政策、取消评奖评优、限制参与政府采购等。",
    ["promote government departments at the same level", "restricting government funding support",
     "restricting participation in government procurement"],
    [E(NDRC, "III.(5)", "promote government departments at the same level"),
     E(NDRC, "III.(5)", "restricting government funding support"),
     E(NDRC, "III.(5)", "limiting applications for support policies"),
     E(NDRC, "III.(5)", "canceling awards, and restricting participation in government procurement")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "一家给机关供货的厂家坚持说自己是小厂，采购方却说它够不上，两边各执一词，最后该去找哪个机构拍板？",
    "条例第二十九条：对中小企业规模类型有争议的，可以向主张为中小企业一方所在地的县级以上地方人民政府"
    "负责中小企业促进工作综合管理的部门申请认定。",
    ["对中小企业规模类型有争议的", "主张为中小企业一方所在地", "申请认定"],
    [E(SME, "第二十九条", "对中小企业规模类型有争议的，可以向主张为中小企业一方所在地的县级以上地方人民政府"),
     E(SME, "第二十九条", "负责中小企业促进工作综合管理的部门申请认定")],
    lang="zh")

add("paraphrase",
    "企业上门催要货款、向上面反映问题之后，被对方单位的人威胁、穿小鞋，条例对这种做法有没有明令禁止？",
    "有。条例第二十条规定机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员"
    "进行恐吓、打击报复（第三十五条规定了相应处分或处罚）。",
    ["提出付款请求或者投诉的中小企业", "恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "通知要求省级信用牵头部门在收到违约失信投诉后15个工作日内将线索移交被投诉单位的上级或主管部门；"
    "那么县级信用牵头部门转交线索的时限应当是多少个工作日？",
    ["15个工作日", "working days"],
    "NDRC II.(2) says provincial credit leading departments should 'immediately transfer' complaint clues; no "
    "15-working-day limit and no county-level time limit. The only working-day limit in the corpus is SME art. 25 "
    "(10个工作日 for transferring SME arrears complaints), a different mechanism.",
    lang="zh", present=["immediately transfer", "10个工作日"],
    related=[E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract"),
             E(SME, "第二十五条", "自正式受理之日起10个工作日内")])

unans("false_premise",
    "鉴于通知第（七）项规定国家发展改革委每季度对各地违约失信投诉处理效率进行评估通报，"
    "我县的季度自评报告应当报送给哪个部门？",
    ["每季度", "quarterly", "自评"],
    "NDRC IV.(7) says NDRC evaluates key tasks through spot checks, third-party investigations, cross-checks, "
    "'regularly notifying provincial credit leading departments and copying the provincial people's governments'; "
    "no quarterly frequency and no county self-assessment report is mentioned.",
    lang="zh", present=["regularly notifying"],
    related=[E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")])

unans("false_premise",
    "通知规定政府违约失信行为由省级信用牵头部门自行核实认定；所以县发改局在这个过程中只需协助提供材料，对吗？",
    ["自行核实", "协助提供材料"],
    "NDRC II.(2): provincial credit leading departments transfer clues to the superior or competent departments of "
    "the complained entities for verification and identification; the identifying department confirms breach. "
    "The premise that the provincial credit department verifies by itself is wrong; the county's role in "
    "verification is not stated.",
    lang="zh", present=["verification and identification"],
    related=[E(NDRC, "II.(2)", "superior or competent departments of the complained entities")])

unans("false_premise",
    "2025年修订的《保障中小企业款项支付条例》是国家发展改革委以部门令形式发布的，"
    "所以条例里的拖欠投诉处理也由我们发改部门牵头负责，是这样吧？",
    ["发展改革委令", "部门令"],
    "The SME regulations were revised by 国务院令第802号 (State Council), not an NDRC order; art. 5 gives overall "
    "coordination to 国务院负责中小企业促进工作综合管理的部门, and art. 24 makes the provincial-or-above SME "
    "departments the 受理投诉部门; development and reform is only one of the departments acting by division of duties.",
    lang="zh", present=["国务院令第802号", "受理投诉部门"],
    related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
             E(SME, "第五条", "国务院负责中小企业促进工作综合管理的部门对保障中小企业款项支付工作进行综合协调、监督检查")])

unans("false_premise",
    "《保障中小企业款项支付条例》第九条规定机关、事业单位付款期限最长不得超过90日，"
    "我县某局与中小企业在合同里约定交付后75日付款，应该是合规的吧？",
    ["75日"],
    "SME art. 9: organs and public institutions pay within 30 days of delivery; a contract may provide otherwise "
    "but the term may not exceed 60 days (90 days is the complaint-handling cap in art. 25). The premise figure is wrong.",
    lang="zh", present=["付款期限最长不得超过60日", "90日"],
    related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "为什么通知要求被认定违约失信的政府部门必须在失信记录公示满一年后才能申请信用修复？",
    ["满一年", "one year"],
    "NDRC III.(6) sets no waiting period: once the identifying department confirms correction and completed "
    "performance, records are promptly restored and punishment terminated. PE art. 54 likewise sets no waiting period.",
    lang="zh", present=["credit restoration", "信用修复"],
    related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
             E(PE, "第五十四条", "符合信用修复条件的，可以提出信用修复申请")])

unans("false_premise",
    "通知第（九）项要求每个县每年至少曝光三起政府失信典型案例；如果我县当年没有符合条件的案例，应当如何处理？",
    ["每年至少", "三起", "three cases"],
    "NDRC IV.(9) only says to select 'a batch of cases with serious dishonesty, repeated dishonesty, and strong public "
    "complaints' and publicize them on Credit China and through the media; there is no per-county annual quota.",
    lang="zh", present=["typical cases", "Credit China"],
    related=[E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "通知要求被投诉单位的上级或主管部门对违约失信线索进行核实认定，核实认定的办理时限具体是多少天？",
    ["核实时限", "time limit", "working days"],
    "NDRC II.(2) says clues are transferred 'immediately' and rectification promoted 'immediately', but sets no "
    "number of days for verification and identification; SME art. 25's 30/90-day limits are for SME arrears complaints.",
    lang="zh", present=["verification and identification", "30日内形成处理结果"])

unans("not_covered",
    "对有政府失信记录的城市，通知说要加大城市信用监测扣分权重，具体是提高多少分或多少比例？",
    ["扣分", "percentage"],
    "NDRC III.(4) only says 'increase the weight of city credit monitoring deductions'; no figure is given anywhere.",
    lang="zh", present=["monitoring deductions"])

unans("not_covered",
    "通知印发以来，全国各地违约失信投诉专栏累计受理了多少件投诉？最终被认定为失信的比例有多高？",
    ["投诉件数", "number of complaints", "认定比例"],
    "The notice describes complaint columns and identification (II.(1), II.(2)) but contains no statistics on "
    "complaints received or outcomes; no other document has such figures.",
    lang="zh", present=["complaint columns"])

unans("not_covered",
    "失信主体申请信用修复需要缴纳费用吗？如果收费，收费标准是多少？",
    ["修复费用", "fee"],
    "NDRC III.(6) and PE art. 54 describe credit repair but say nothing about fees; '收费标准' occurs only in BE "
    "art. 43 (intermediary services), unrelated.",
    lang="zh", present=["信用修复", "收费标准"])

unans("not_covered",
    "失信主体申请信用修复时，要提交哪些证明材料、填写什么格式的申请表？",
    ["申请表", "application form", "修复材料"],
    "PE art. 54 says a qualifying entity 'may apply for credit repair' and NDRC III.(6) says records are restored "
    "once correction is confirmed; neither lists materials or forms.",
    lang="zh", present=["信用修复申请", "credit restoration"])

unans("not_covered",
    "我县一家民营企业因镇政府拖欠工程款准备向法院起诉，依据这些规定，企业能胜诉吗？",
    ["胜诉"],
    "PE art. 68 says courts file, try and enforce arrears cases promptly and may mediate; SME/PE set payment duties, "
    "but no document predicts the outcome of a specific lawsuit.",
    lang="zh", present=["依法及时立案、审理、执行"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的原《保障中小企业款项支付条例》中，大型企业向中小企业付款的期限原来是怎么规定的？"
    "和2025年修订后相比有什么变化？",
    ["原条例", "修订前", "2020年版"],
    "The corpus holds only the 2025 revised text (国务院令第802号); the title line mentions the 2020 order No. 728 "
    "but its original wording is not in any document, so no comparison is possible.",
    lang="zh", present=["第728号"])

unans("superseded",
    "发改财金〔2023〕1103号通知在征求意见稿阶段，对违约失信的认定部门是怎么表述的？和正式印发稿有什么不同？",
    ["征求意见稿", "发改财金"],
    "Only the final notice (Development and Reform Finance [2023] No. 1103, 5 Aug 2023) is in the corpus; no draft.",
    lang="zh", present=["Development and Reform Finance", "1103"])

unans("superseded",
    "民营经济促进法草案二审稿中关于信用修复的条文原来是怎么写的？与正式通过的第五十四条有何不同？",
    ["草案", "二审稿", "审议稿"],
    "Only the adopted law (passed 30 Apr 2025, effective 20 May 2025) is in the corpus; no draft text.",
    lang="zh", present=["信用修复"])

unans("superseded",
    "2018年的《中央企业合规管理指引（试行）》对央企设立合规委员会是怎么规定的？",
    ["2018", "试行"],
    "Only the 2022 SASAC Measures (令第42号, effective 1 Oct 2022) are in the corpus; art. 11 covers the compliance "
    "committee, but the 2018 trial guidelines are not present.",
    lang="zh", present=["合规委员会"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "我局一名编外合同工的劳动合同到期后单位不再续签，需要向他支付经济补偿吗？怎么计算？",
    ["经济补偿", "劳动合同", "编外"],
    "Labour-contract termination and severance are outside all seven documents.",
    lang="zh")

unans("out_of_domain",
    "县政府与一家公司签订了国有土地使用权出让合同，公司逾期缴纳土地出让金，违约金应当按每日多少比例计算？",
    ["国有土地使用权", "土地出让金", "违约金"],
    "Land-transfer contracts are not covered; SME art. 17's 万分之五 daily rate is overdue interest owed by payers "
    "to SMEs, not a land-premium penalty.",
    lang="zh", present=["万分之五"])

unans("out_of_domain",
    "公职人员经批准在企业兼职取得的劳务报酬，个人所得税应当如何申报缴纳？",
    ["劳务报酬", "个人所得税"],
    "Tax filing is outside the documents; PS art. 36 only sanctions unauthorised side jobs and pay.",
    lang="zh", present=["兼任职务、领取报酬"])
