"""Hard-case gold items, hundred-and-fifty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a credit-system officer in the credit section (信用科) of a county development-and-reform
bureau who handles complaints about government breach of contract under the NDRC government-integrity
notice (发改财金〔2023〕1103号). He talks in the trade's jargon (信用中国, 失信记录, 信用修复, 政务诚信,
违约失信, 归集, 认定, 转办件), asks about procedures, time limits, who verifies, what has to be
reported upward and how the other documents (the SME payment regulation, the private-economy law,
the sanctions law, the business-environment regulation) tie in; he sometimes states as settled a
procedure or a figure he only assumes. He writes mostly in Chinese, in short office shorthand, and
in plain, slightly stiff English when he fills in a World Bank business-environment survey.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "World Bank survey asks us to describe the verification step. When the provincial credit leading "
    "department receives a breach-of-contract complaint against a government department, who does it "
    "pass the clue to for verification, and what happens if the complaint is found untrue?",
    "Under II.(2) of the NDRC notice, the provincial credit leading department immediately transfers the "
    "complaint clues to the superior or competent departments of the complained entities, which verify "
    "and identify; if the complaint is verified as untrue, the identifying department promptly gives "
    "feedback and explanations to the complainant (if true, it promotes rectification).",
    ["superior or competent departments of the complained entities",
     "promptly provide feedback and explanations to the complainant"],
    [E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")],
    lang="en")

add("single",
    "Another survey item: what information is actually pulled together to form a local government's "
    "credit record under the 2023 NDRC notice? We only collect the complaint data at county level.",
    "Under III.(3), the NDRC uniformly includes breach of contract and dishonesty information, arrears "
    "information sorted by localities as required, and information on those listed as dishonest persons "
    "subject to enforcement under the relevant entities, to form government credit records.",
    ["breach of contract and dishonesty information", "arrears information sorted by localities",
     "dishonest persons subject to enforcement"],
    [E(NDRC, "III.(3)", "arrears information sorted by localities as required")],
    lang="en")

add("single",
    "拖欠中小企业款项的投诉转到我们县里了，处理投诉部门多长时间内要出处理结果？情况复杂的能延期吗，最长多久",
    "《保障中小企业款项支付条例》第二十五条：处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，"
    "以书面形式反馈投诉人并反馈受理投诉部门；情况复杂或有其他特殊原因的，经部门负责人批准可适当延长，"
    "但处理期限最长不得超过90日。",
    ["30日内形成处理结果", "经部门负责人批准", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")],
    lang="zh")

add("single",
    "机关事业单位拖欠中小企业款项被认定失信，情节严重的要归集到哪些平台公示？对机关本身有啥限制措施",
    "条例第二十六条：被认定失信的，受理投诉部门和有关部门按程序记入信用记录；情节严重或造成严重不良社会影响的，"
    "纳入全国信用信息共享平台和国家企业信用信息公示系统向社会公示，并对机关、事业单位在公务消费、"
    "办公用房、经费安排等方面采取必要的限制措施。",
    ["全国信用信息共享平台", "国家企业信用信息公示系统", "公务消费、办公用房、经费安排"],
    [E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施")],
    lang="zh")

add("single",
    "民企把失信行为纠正了来申请信用修复，按民营经济促进法，有关机关除了解除惩戒措施还得做哪些？",
    "《民营经济促进法》第五十四条：民营经济组织及其经营者纠正失信行为、消除不良影响、符合信用修复条件的可以申请信用修复；"
    "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示，并在相关公共信用信息平台实现协同修复。",
    ["解除惩戒措施", "移除或者终止失信信息公示", "协同修复"],
    [E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示")],
    lang="zh")

add("single",
    "局里准备出一个关于政务诚信的规范性文件，涉及企业生产经营的，挂网公开征求意见最少得挂多少天",
    "《优化营商环境条例》第六十二条：与市场主体生产经营活动密切相关的行政规范性文件，除依法需要保密外应当"
    "向社会公开征求意见，期限一般不少于30日，并建立健全意见采纳情况反馈机制。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "镇里分管领导因为拖着不履行招商协议，被给了个记大过。这个处分期是多长，从哪天开始算",
    "《公职人员政务处分法》第八条：记大过的政务处分期间为十八个月；政务处分决定自作出之日起生效，"
    "处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月", "自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "县里有个央企的项目公司，说他们重大决策要首席合规官签字。这个首席合规官是另外新设的领导岗位吗？一般谁来当",
    "《中央企业合规管理办法》第十二条：中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门开展工作。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

# ---- multi

add("multi",
    "县某局跟一家小微企业买服务，合同里写的是验收后90天付款，这个合规吗？要是逾期了，合同里又没约定利率，利息咋算",
    "不合规：条例第九条规定机关、事业单位应自交付之日起30日内付款，合同另有约定的从其约定，但付款期限最长不得超过60日，"
    "90天超出上限。第十七条：迟延支付应当支付逾期利息，未约定利率的按照每日利率万分之五支付。",
    ["30日内支付款项", "付款期限最长不得超过60日", "每日利率万分之五"],
    [E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("multi",
    "乡镇换届，新书记不认前任签的招商协议，企业投诉到我们信用科了。法律上换届能当不履约的理由吗？按1103号文这种算不算违约失信",
    "不能：《民营经济促进法》第七十条规定地方各级人民政府及其有关部门不得以行政区划调整、政府换届、机构或者职能调整"
    "以及相关人员更替等为由违约、毁约。NDRC 通知 II.(2) 明确，因机构调整、人员变动等原因不履约的，"
    "一律视为违约失信（Failure to perform due to institutional adjustments, personnel changes ... shall all be "
    "regarded as breach of contract and dishonesty）。",
    ["不得以行政区划调整、政府换届", "personnel changes", "regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="zh")

add("multi",
    "上一年度逾期没付中小企业的款，县直部门每年要往哪报？对社会还要不要公开，截止到什么时候",
    "条例第二十二条：县级以上地方人民政府部门应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报告本级人民政府"
    "（事业单位、国有大型企业报其主管或监管部门）。第十八条：机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付"
    "中小企业款项的合同数量、金额等信息通过网站、报刊等方式公开。",
    ["按程序报告本级人民政府", "每年3月31日前", "合同数量、金额"],
    [E(SME, "第二十二条", "上一年度逾期尚未支付中小企业款项情况按程序报告本级人民政府"),
     E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "政府失信主体的信用修复，发改委1103号文是怎么要求的？具体啥条件下修复，惩戒措施怎么处理",
    "NDRC 通知 III.(6)：各级信用牵头部门统筹指导辖区内失信主体的信用修复；认定部门确认失信行为已纠正、"
    "履约完成后（corrected and performance completed），应及时修复相关失信记录，并终止失信惩戒措施。",
    ["coordinate and guide credit restoration", "corrected and performance completed",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")],
    lang="zh")

add("cross_lingual",
    "广州市纪委那个政商交往指引，两批加起来一共覆盖多少个场景？起草人说碰到指引没写到的情况，判断核心看什么",
    "报道第10段：两批指引共涵盖33个场景（the 33 scenarios），不能穷尽所有情况；起草组成员王玉群说，判断的核心是区分"
    "“为公”还是“为私”（acting for the public good / acting for personal gain），关键看行为能否“摆上桌面”。",
    ["33 scenarios", "acting for the public good", "put on the table"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="zh")

add("cross_lingual",
    "For the World Bank questionnaire: under China's SME payment regulation, which government departments "
    "accept complaints about late payment to small firms, and is there one nationwide complaint platform?",
    "Article 24 of the 保障中小企业款项支付条例: the departments in charge of the comprehensive management of SME "
    "promotion at provincial level and above (the complaint-accepting departments) set up channels to accept "
    "such complaints; the State Council department in charge of SME promotion builds a unified national "
    "platform for complaints about arrears owed to SMEs.",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "国家统一的拖欠中小企业款项投诉平台"],
    [E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台")],
    lang="en")

# ---- paraphrase

add("paraphrase",
    "Does Beijing ever go public with the worst cases of local authorities going back on their word to "
    "businesses, like naming them so everyone can see?",
    "Yes. Under IV.(9) of the NDRC notice a batch of typical cases (serious dishonesty, repeated dishonesty, "
    "strong public complaints) is selected, publicized on the \"Credit China\" website and exposed to society "
    "through news media to create a public opinion deterrent.",
    ["Credit China", "news media", "repeated dishonesty"],
    [E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")],
    lang="en")

add("paraphrase",
    "当年拍板不认账的老乡长去年已经退下来了，现在还能追究他吗？还能给他个处理不",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或退休后有违法行为的，不再给予政务处分，但可以立案调查；"
    "依法应当降级、撤职、开除的，按规定相应调整其享受的待遇，违法所得财物依第二十五条处理。",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "条例规定受理投诉部门自正式受理之日起15个工作日内转交处理部门，可我们县里拿到转办件的时候常常已经过了三周，"
      "这15个工作日到底从哪天起算？",
      ["15个工作日"],
      "条例第二十五条规定受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门，不是15个工作日；"
      "问题所依据的期限有误，不能按15个工作日回答起算问题。",
      lang="zh", present=["10个工作日"],
      related=[E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门")])

unans("false_premise",
      "Since the 2023 NDRC notice says county-level cities with government dishonesty records lose their "
      "eligibility for development-and-reform awards and pilot programmes, does our county's pilot status get "
      "cancelled straight away once a record is entered?",
      ["county-level cities", "county-level", "county"],
      "NDRC notice III.(4) applies award/pilot cancellation, higher city credit-monitoring deductions and "
      "loss of demonstration-zone status to prefecture-level and above cities with government dishonesty "
      "records; the notice says nothing about county-level cities, so the premise misstates its scope and "
      "the timing question cannot be answered from it.",
      lang="en", present=["prefecture-level and above cities"],
      related=[E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

unans("false_premise",
      "同一个人有两个违法行为、都该给记过，合并执行的话处分期最长能定到六十个月吧？我们要写进通报里",
      ["六十个月"],
      "《政务处分法》第十五条：应当给予撤职以下多个相同政务处分的，可以在一个处分期以上、多个处分期之和以下确定处分期，"
      "但最长不得超过四十八个月；六十个月的说法与法条矛盾。",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "但是最长不得超过四十八个月")])

unans("false_premise",
      "民营经济促进法是2025年7月1日起施行的吧？那5月底乡镇以换届为由毁约的这起，是不是还用不上第七十条？",
      ["2025年7月1日"],
      "《民营经济促进法》第七十八条规定本法自2025年5月20日起施行，不是7月1日；按错误的施行日期无法判断"
      "5月底行为的适用问题。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行")])

unans("false_premise",
      "营商环境条例既然写明因公共利益需要改变合同约定时政府不用给企业补偿，那企业拿这种情况来投诉违约失信，我们还要不要受理？",
      ["不予补偿", "无需补偿", "不用补偿"],
      "《优化营商环境条例》第三十一条恰恰相反：因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行，"
      "并依法对市场主体因此受到的损失予以补偿（《民营经济促进法》第七十条同）。前提错误。",
      lang="zh", present=["予以补偿"],
      related=[E(BE, "第三十一条", "并依法对市场主体因此受到的损失予以补偿")])

unans("false_premise",
      "县里央企子公司的人说《中央企业合规管理办法》是2023年1月1日才施行的，所以2022年底签的那批合同不用走合规审查，这个说法靠谱吗",
      ["2023年1月1日"],
      "《中央企业合规管理办法》第四十二条规定自2022年10月1日起施行，不是2023年1月1日；前提的施行日期错误。",
      lang="zh", present=["2022年10月1日"],
      related=[E(SOE, "第四十二条", "本办法自2022年10月1日起施行")])

unans("false_premise",
      "I'm citing Guangzhou as good practice in the survey. Their discipline commission's guidelines came out in "
      "three batches covering 50 scenarios - what were the main themes of the third batch?",
      ["three batches", "50 scenarios", "third batch"],
      "The GZ report (¶7, ¶10) says the Guidelines were issued in two batches and the two batches cover 33 "
      "scenarios; there is no third batch, so its themes cannot be given.",
      lang="en", present=["33 scenarios", "two batches"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

# ---- not_covered

unans("not_covered",
      "政府机关的违约失信记录挂到信用中国上，一般公示期多长？满3年是不是自动撤下",
      ["公示期", "3年"],
      "NDRC 通知只说将违约失信信息归集形成政府信用记录（III.(3)）、典型案例在 Credit China 公开（IV.(9)），"
      "纠正并履约后及时修复（III.(6)）；没有任何文件规定政务失信记录的公示期限。",
      lang="zh", present=["Credit China"])

unans("not_covered",
      "企业交了信用修复申请，我们信用科要在几个工作日内办结？全国有没有统一的办结时限，5个工作日还是7个工作日",
      ["5个工作日", "7个工作日", "办结时限"],
      "《民营经济促进法》第五十四条只规定可以申请信用修复、有关机关应依法及时解除惩戒措施；NDRC 通知 III.(6) 只说"
      "及时修复。没有文件规定信用修复申请的具体办理时限。",
      lang="zh", present=["信用修复"])

unans("not_covered",
      "For the survey: how many government breach-of-contract complaints were recorded nationwide in 2023, and "
      "what percentage were verified as true?",
      ["nationwide", "percentage", "were recorded"],
      "The NDRC notice sets up complaint channels and identification procedures (II.(1), II.(2)) and periodic "
      "evaluation (IV.(7)) but gives no complaint statistics; no document reports such figures.",
      lang="en", present=["breach of contract and dishonesty complaints"])

unans("not_covered",
      "政府违约给企业造成损失，违约金怎么算，有没有上限？是不是按民法典第五百八十五条来",
      ["违约金", "民法典", "第五百八十五条"],
      "《民营经济促进法》第七十三条只说造成损失的依法予以赔偿，第七十条规定改变合同约定要补偿；没有文件规定违约金计算方法，"
      "也没有收录民法典。",
      lang="zh", present=["依法予以赔偿"])

unans("not_covered",
      "认定部门确认违约失信以后，要不要出具违约失信认定书？有没有统一的文书格式，是否要送达企业",
      ["认定书", "文书格式"],
      "NDRC 通知 II.(2) 只说拒不整改的由认定部门确认为违约失信，未规定认定文书、格式或送达程序；其他文件也没有。",
      lang="zh", present=["identifying department"])

unans("not_covered",
      "Is the NDRC expected to revise the 1103 notice in 2026 and add fixed time limits for verifying complaints?",
      ["2026", "revised notice"],
      "The notice (dated August 5, 2023) contains no plans for revision and no time limits for verification; "
      "a prediction about a future revision is not answerable from the documents.",
      lang="en", present=["August 5, 2023"])

# ---- out_of_domain

unans("out_of_domain",
      "我今年年休假还剩5天没休，能不能跨年顺延到明年一季度？",
      ["年休假"],
      "个人年休假安排与七份文件无关。",
      lang="zh")

unans("out_of_domain",
      "What is the submission deadline for the World Bank B-READY expert questionnaire this round, and who is "
      "the focal point at the provincial DRC?",
      ["B-READY", "World Bank"],
      "The survey's logistics are not in any of the seven documents.",
      lang="en")

unans("out_of_domain",
      "下周去市里参加社会信用体系培训，住宿费报销标准一晚上是多少？差旅费能不能走培训经费",
      ["住宿费", "差旅费"],
      "差旅报销标准与七份文件无关。",
      lang="zh")

# ---- superseded

unans("superseded",
      "想做个对比：2020年728号令公布的原版条例里，大型企业给中小企业的付款期限当时是怎么写的？修订前后有啥变化",
      ["修订前", "原条例"],
      "语料只收录2025年国务院令第802号修订后的《保障中小企业款项支付条例》（第九条现行规定大型企业60日内支付），"
      "没有2020年第728号令原版文本，无法比较修订前后。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "国务院2016年那个加强政务诚信建设的指导意见（国发〔2016〕76号）里，政务失信记录是怎么规定的？我想跟1103号文对照着看",
      ["国发", "76号", "2016"],
      "语料中没有该指导意见；只有2023年 NDRC 通知（发改财金〔2023〕1103号）等文件。",
      lang="zh", present=["[2023] No. 1103"])

unans("superseded",
      "优化营商环境条例当年征求意见稿里，政府守信践诺那一条原来是怎么写的？跟正式公布的有啥不一样",
      ["征求意见稿"],
      "语料只有2019年10月22日公布的《优化营商环境条例》正式文本（第三十一条），没有征求意见稿。",
      lang="zh", present=["国务院令第722号"])

unans("superseded",
      "For comparison in the survey: what did the 2018 trial Guidelines for Compliance Management of Central "
      "Enterprises say about who leads compliance work, before the current SASAC measures?",
      ["2018", "Guidelines for Compliance Management"],
      "The corpus holds only the 2022 中央企业合规管理办法 (SASAC Order No. 42, effective 2022-10-01); the "
      "earlier 2018 trial guidelines are not included.",
      lang="en", present=["令第42号"])
