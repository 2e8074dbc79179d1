"""Hard-case gold items, forty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a discipline-inspection cadre at a branch of a state-owned bank (Chinese, precise about the kinds,
periods and consequences of sanctions), and an American procurement manager at a Sino-foreign joint venture
asking practical what-can-we-do questions (English, casual: suppliers, deposits, acceptance, payment terms,
local-government deals).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我是某国有银行二级分行的纪检干部。我行一名信贷部副经理因违规放贷，被市监委给予记大过政务处分，决定书是"
    "3月5日作出的，3月8日才送达到本人。请问这个处分期是多长？是从作出那天算，还是从送达那天算？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分"
    "决定生效之日起计算——即从3月5日作出（生效）之日起算，而不是从送达之日起算。",
    ["记大过，十八个月", "政务处分决定自作出之日起生效", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "Quick one. The county we buy land-use and utility services from got flagged as \"dishonest\" under the NDRC's "
    "2023 government integrity notice after stiffing one of our local suppliers. I hear they've since paid the "
    "supplier in full. Does that record just sit there forever, or does it get cleared at some point?",
    "Item III.(6): credit leading departments at all levels coordinate and guide credit restoration for dishonest "
    "entities in their jurisdiction. Once the identifying department confirms that the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the dishonesty "
    "punishment measures terminated.",
    ["Once the identifying department confirms that the dishonest behavior has been corrected and performance "
     "completed",
     "relevant dishonesty records should be promptly restored, and dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "coordinate and guide credit restoration work for dishonest entities")],
    lang="en")

add("single",
    "受到降级政务处分的，人事部门多长时间内要把职务、工资等待遇变更手续办完？特殊情况最多能拖多久？",
    "《公职人员政务处分法》第五十四条：政务处分决定书存入本人档案；受到降级以上政务处分的，由人事部门按照管理"
    "权限在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续；特殊情况下经批准可以适当延长，"
    "但最长不得超过六个月。",
    ["在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续", "最长不得超过六个月"],
    [E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续"),
     E(PS, "第五十四条", "特殊情况下，经批准可以适当延长办理期限，但是最长不得超过六个月")],
    lang="zh")

add("single",
    "我们支行去年跟一家民营制造企业签了三年期的流动资金贷款合同，企业一直按时还本付息，没有任何违约。现在上级行"
    "风控口径收紧，支行领导想在合同没到期的情况下把这笔贷款提前收回来。按《民营经济促进法》，这么做会有什么"
    "法律后果？",
    "《民营经济促进法》第二十四条：金融机构在授信、信贷管理、风控管理等方面应当平等对待民营经济组织；金融机构"
    "违反与民营经济组织借款人的约定，单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任。",
    ["金融机构违反与民营经济组织借款人的约定", "单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任"],
    [E(PE, "第二十四条", "金融机构违反与民营经济组织借款人的约定，单方面增加发放贷款条件"),
     E(PE, "第二十四条", "中止发放贷款或者提前收回贷款的，依法承担违约责任"),
     E(PE, "第二十四条", "金融机构在授信、信贷管理、风控管理、服务收费等方面应当平等对待民营经济组织")],
    lang="zh")

add("single",
    "Our JV's government-affairs guy says the Guangzhou government-business Guidelines don't have a scenario for "
    "what we're planning (co-hosting a tech seminar with a district bureau). How many scenarios do the two batches "
    "actually cover, and what does the drafting-committee speaker say is the basic test when your situation isn't "
    "in there?",
    "Per ¶10, the two batches cover 33 scenarios, which cannot encompass all situations. Wang Yuqun said the core "
    "of judging other situations is to distinguish between \"acting for the public good\" and \"acting for personal "
    "gain\", the key being whether the actions can be \"put on the table\"; he added three sets of dialectical "
    "relationships to grasp (reform spirit vs strict standards, effective market vs capable government, "
    "proactiveness with moderation vs cleanliness with effectiveness).",
    ["the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations",
     "whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我行一名客户经理（属于国有企业管理人员）今年4月被给予记过政务处分。处分期内，他能不能参加今年的职称评审和"
    "岗位等级晋升？薪酬待遇等级能不能往上调？等处分期满了，这些限制是不是自动就没了？",
    "《公职人员政务处分法》第二十一条：国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称；被记过的，"
    "不得晋升薪酬待遇等级。第二十六条：受到开除以外的政务处分，在处分期内有悔改表现且没有再发生应当给予政务处分"
    "的违法行为的，处分期满后自动解除，晋升职务、岗位、职称、薪酬待遇等不再受原政务处分影响。",
    ["国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称",
     "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级", "政务处分期满后自动解除"],
    [E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级"),
     E(PS, "第二十六条", "在政务处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的"),
     E(PS, "第二十六条", "政务处分期满后自动解除")],
    lang="zh")

add("multi",
    "支行一位副行长这几年逢年过节收了好几家贷款客户送的购物卡和礼金，初核认定情节较重。谈话时他主动把问题全部"
    "交代了，还把收的钱卡全部上交。按政务处分法，这种收礼行为对应什么处分档次？他主动交代、主动上交，能不能"
    "从轻或者减轻？",
    "《公职人员政务处分法》第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过"
    "或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。第十一条：主动交代本人应当受到政务处分的违法"
    "行为的、主动上交或者退赔违法所得的，可以从轻或者减轻给予政务处分。",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的", "情节较重的，予以降级或者撤职",
     "可以从轻或者减轻给予政务处分", "主动上交或者退赔违法所得的"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的"),
     E(PS, "第三十四条", "予以警告、记过或者记大过；情节较重的，予以降级或者撤职"),
     E(PS, "第十一条", "公职人员有下列情形之一的，可以从轻或者减轻给予政务处分"),
     E(PS, "第十一条", "（六）主动上交或者退赔违法所得的；")],
    lang="zh")

add("multi",
    "我们集团是国资委履行出资人职责的央企，一家海外子公司因为出口管制方面的违规，可能被国际组织制裁。按《中央"
    "企业合规管理办法》，这事应该由谁牵头应对？这个牵头的人一般是由哪个岗位兼任的？要不要报告国资委？",
    "《中央企业合规管理办法》第二十二条：因违规行为被国际组织制裁等重大合规风险事件，应当由首席合规官牵头，合规"
    "管理部门统筹协调，相关部门协同配合，及时采取措施妥善应对；发生重大合规风险事件，应当按照相关规定及时向国资委"
    "报告。第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["应当由首席合规官牵头，合规管理部门统筹协调", "应当按照相关规定及时向国资委报告", "由总法律顾问兼任"],
    [E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
     E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("multi",
    "So our JV had a signed land-and-incentive agreement with a district government in Jiangsu, and after some "
    "reorg they basically walked away from it. If that gets confirmed as breach of contract under the NDRC 2023 "
    "notice, where does that record actually end up – does it count against the government departments in their "
    "own performance reviews? And could the case be made public?",
    "III.(3): identified breach-of-contract information is shared in real time to the national credit information "
    "sharing platform and included in government credit records; credit leading departments at all levels promote "
    "the inclusion of dishonesty records into performance evaluation indicators of the relevant government "
    "departments, and the NDRC includes government dishonesty records in business environment evaluations and "
    "comprehensive performance evaluations of high-quality development. IV.(9): cases of serious or repeated "
    "dishonesty with strong public complaints are publicised on the Credit China website and exposed through news "
    "media.",
    ["promote the inclusion of dishonesty records into performance evaluation indicators of relevant government "
     "departments",
     "business environment evaluations and comprehensive performance evaluations of high-quality development",
     "expose them to society through news media"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations"),
     E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("multi",
    "Someone from the \"GBA Integrity and Compliance Association\" just invited our GM to speak at their lecture "
    "hall. Is that a government agency or what? Who's behind it, and when was it founded?",
    "Per the GZ report it is not a government agency: ¶32 says it is a non-profit social organization jointly "
    "promoted by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, the Municipal SASAC and "
    "the Municipal Federation of Industry and Commerce, established in 2021 (the first national 5A-level social "
    "organization dedicated to enterprise integrity and compliance); ¶41 dates its establishment to April 16, 2021.",
    ["It is a non-profit social organization jointly promoted by the Municipal Commission for Discipline "
     "Inspection and Supervision",
     "April 16, 2021"],
    [E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal"),
     E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们支行有个刚提拔的会计主管，被一个老同事忽悠着帮忙“倒了几笔账”，他当时压根不知道那是在帮人挪钱，事后"
    "也说当时是被对方拿把柄逼着干的。谈话以后他认错态度挺好，也写了深刻检查。像这种情况，是不是一定得给处分啊？",
    "不一定。《公职人员政务处分法》第十二条第二款：公职人员因不明真相被裹挟或者被胁迫参与违法活动，经批评教育后"
    "确有悔改表现的，可以减轻、免予或者不予政务处分。",
    ["因不明真相被裹挟或者被胁迫参与违法活动", "经批评教育后确有悔改表现的，可以减轻、免予或者不予政务处分"],
    [E(PS, "第十二条", "公职人员因不明真相被裹挟或者被胁迫参与违法活动"),
     E(PS, "第十二条", "经批评教育后确有悔改表现的，可以减轻、免予或者不予政务处分")],
    lang="zh")

add("paraphrase",
    "市里有个协会隔三差五给我们打电话，说要搞什么“诚信经营示范单位”评选，让我们报名，评审费三千八，还话里话外"
    "暗示不参加的话以后去窗口办事会“不太方便”。这钱我们能不能不交、不参加？",
    "可以。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("paraphrase",
    "ugh. new party secretary shows up in the county, and suddenly the rent-subsidy deal his predecessor signed with "
    "our JV is \"not something this administration committed to\". on top of that they merged two bureaus so now "
    "nobody 'owns' the contract. does the NDRC notice let them off the hook because the people and the org chart "
    "changed??",
    "No. Item II.(2) of the NDRC notice says failure to perform due to institutional adjustments, personnel changes "
    "and other reasons shall all be regarded as breach of contract and dishonesty (and Part I names \"new officials "
    "ignoring previous commitments\" as a target).",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("paraphrase",
    "Honest question: a lot of the local officials we deal with are squeaky clean but basically won't pick up the "
    "phone – they're so scared of looking too close to a company that nothing ever moves. Does anything in that "
    "Guangzhou lecture write-up talk about that problem?",
    "Yes. In ¶13 Xiong Ying (Red Sea Human Resources Group) says the Guidelines solve the long-standing dilemma of "
    "\"wanting to connect but fearing overstepping the bounds, hoping for support but daring not to act\" – the "
    "problem of being \"clean but not proactive\" – by refining the error-tolerant and liability exemption mechanism "
    "and encouraging cadres to provide proactive services.",
    ["clean but not proactive", "refining the error-tolerant and liability exemption mechanism",
     "encouraging cadres to provide proactive services"],
    [E(GZ, "¶13", "the problem of being “clean but not proactive”"),
     E(GZ, "¶13", "refining the error-tolerant and liability exemption mechanism")],
    lang="en")

add("paraphrase",
    "Our state-owned JV partner's auditors are getting twitchy about a write-down on a battery-tech stake. From "
    "what the Guangzhou Pharma audit guy said at that lecture, when does a money-losing deal get a pass, and when "
    "do people actually get nailed for it?",
    "Per ¶30: if losses come from inherent risks such as policy adjustments, market changes and technological "
    "exploration, and due measures were taken to stop losses, error tolerance is granted; if losses were expanded "
    "by lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal, "
    "those derelict in their duties must be held accountable (¶31: exempting liability for due diligence and "
    "holding accountable for dereliction of duty).",
    ["If losses are caused by inherent risks such as policy adjustments, market changes, and technological "
     "exploration",
     "error tolerance will be granted",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "If losses are caused by inherent risks such as policy adjustments"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds"),
     E(GZ, "¶31", "exempting liability for due diligence and holding accountable for dereliction")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "We're the China JV of a US manufacturer (definitely a large enterprise). Our standard subcontract asks small "
    "installation subcontractors for a performance deposit paid in cash. One sub offered a bank guarantee instead. "
    "Can we insist on cash? And when do we have to hand the deposit back?",
    "No. Article 13 of the Regulations on Guaranteeing Payments to SMEs: large enterprises may not limit deposits "
    "to cash, and where an SME provides security by a guarantee (letter of guarantee) issued by a financial "
    "institution, they shall accept it. After the guarantee period expires, the deposit must be promptly reconciled "
    "and returned, according to law or the contract.",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受",
     "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"),
     E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还")],
    lang="en")

add("cross_lingual",
    "Our POs say \"payment 60 days after acceptance\". Problem: our QA team is swamped, and some deliveries from "
    "small vendors have sat un-inspected for 3+ months, so technically the payment clock never started. Purchasing "
    "thinks that's fine. Is it, under China's SME payment regulations?",
    "No. Article 10: where payment is conditioned on passing inspection/acceptance, the payment term runs from the "
    "date of passing; but the parties must agree a clear, reasonable inspection or acceptance period and complete "
    "it within that period, and if a large enterprise delays inspection or acceptance, the payment term runs from "
    "the expiry of the agreed inspection or acceptance period.",
    ["合同双方应当在合同中约定明确、合理的检验或者验收期限",
     "付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "合同双方应当在合同中约定明确、合理的检验或者验收期限"),
     E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="en")

add("cross_lingual",
    "Finance is asking me: as a large enterprise in China, do we have to publicly report how many contracts with "
    "small suppliers we're behind on paying? Where does that go, and what happens if we fudge the numbers?",
    "Yes. Article 18(2) of the SME payment Regulations: large enterprises must include the number and amount of "
    "contracts with overdue unpaid SME payments in their annual report and publicise it through the National "
    "Enterprise Credit Information Publicity System. Article 34: failing to publicise it, or concealing the facts "
    "or falsifying, is handled by the market regulation department according to law.",
    ["纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示", "由市场监督管理部门依法处理"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示"),
     E(SME, "第三十四条", "隐瞒真实情况、弄虚作假的，由市场监督管理部门依法处理")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份政务诚信通知（发改财金〔2023〕1103号）里说的“违约失信”，具体是指政府部门在哪些领域跟"
    "民营企业签的协议、合同？",
    "通知第二部分第（1）项：违约失信的范围包括政府部门在政府采购、招标投标、招商引资、政府和社会资本合作、产业"
    "扶持、政府投资等领域与民营企业签订的各类协议、合同中的违约毁约行为（\"government procurement, bidding, "
    "investment promotion, government-social capital cooperation, industrial support, government investment, and "
    "other fields\"）。",
    ["breach and repudiation behaviors in various agreements and contracts signed by government departments with "
     "private enterprises",
     "government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
     "support, government investment"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support")],
    lang="zh")

add("cross_lingual",
    "广州市纪委监委出的两批《政商交往指引》，按大讲堂上起草组成员的介绍，第一批和第二批各自侧重点有什么不同？",
    "据报道¶9：第一批系统回应了“哪些饭能吃、哪些车能坐”等常规政商交往问题（\"what meals can be eaten and what "
    "vehicles can be taken\"），更多体现“亲而有度、清而无私”；第二批聚焦发展新质生产力，围绕从招商引资到项目落地"
    "的企业发展全周期服务（\"full-cycle services for enterprise development from investment promotion to project "
    "landing\"），实现从“政商交往有度”到“服务企业有效”的迭代升级。",
    ["what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "full-cycle services for enterprise development from investment promotion")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我行一名支行副行长受到警告政务处分，处分期六个月。处分期内他当年的绩效奖金按规定应当扣发多少比例？是全额"
    "扣发还是减半？",
    ["绩效奖金", "扣发比例", "减半"],
    "政务处分法第二十一条只规定国有企业管理人员处分期内不得晋升职务、岗位等级和职称（记过以上不得晋升薪酬待遇"
    "等级）；第二十二条的“减发或者扣发补贴、奖金”只针对基层群众性自治组织人员，且无比例。任何文件都没有规定"
    "绩效奖金的扣发比例。",
    lang="zh", present=["扣发补贴、奖金", "不得晋升薪酬待遇等级"])

unans("not_covered",
    "Quick sanity check – does the Private Economy Promotion Law itself set a late-payment interest rate that big "
    "companies owe small private suppliers? What's the number in that law?",
    ["late-payment", "滞纳金", "逾期利率"],
    "The Private Economy Promotion Law (Arts. 67, 68, 73) requires timely payment and imposes liability but states "
    "no interest rate. The figure (0.05% per day absent agreement) is in Art. 17 of the SME payment Regulations, a "
    "different document.",
    lang="en", present=["逾期利息", "万分之五"])

unans("not_covered",
    "监委对我行一名员工立案调查了，按政务处分法，从立案到调查终结最长能查多少天？超期了又怎么处理？",
    ["调查期限", "办案期限", "立案之日起"],
    "政务处分法第四十二至四十四条规定调查主体、证据和调查终结后的处理，第五十二条规定立案调查期间的限制措施，"
    "但没有任何调查时限；第五十四条的一个月是处分决定后办理待遇变更手续的期限。",
    lang="zh", present=["调查终结", "立案调查"])

unans("not_covered",
    "how much does it cost to file an arrears complaint on China's national complaint platform for unpaid SME "
    "bills? and roughly how many complaints does it get a year? one of our small vendors (they sell to a city "
    "hospital too) is asking whether it's even worth the hassle",
    ["filing fee", "投诉费", "受理费"],
    "SME Regulations Arts. 24-25 establish the national complaint platform and the handling deadlines, but say "
    "nothing about fees or complaint volumes; no other document does either.",
    lang="en", present=["投诉平台"])

unans("not_covered",
    "央企合规委员会多久必须开一次会？办法里有没有“每季度至少一次”之类的硬性规定？",
    ["每季度", "每半年", "每年召开"],
    "《中央企业合规管理办法》第十一条只说合规委员会“定期召开会议”，未规定频次。",
    lang="zh", present=["定期召开会议"])

unans("not_covered",
    "Mid-Autumn is coming up and our sales team wants to drop off mooncake boxes and maybe a small red envelope to "
    "the district officials who helped with our permits. What's the maximum gift value the Guangzhou "
    "government-business Guidelines allow?",
    ["mooncake", "red envelope", "gift", "yuan", "RMB"],
    "The GZ report only says the first batch dealt with issues such as \"what meals can be eaten and what vehicles "
    "can be taken\"; it gives no gift rules or value thresholds (the Public Officials Sanctions Law Art. 34 "
    "sanctions gifts that may affect the impartial exercise of public power, with no amount).",
    lang="en", present=["what meals can be eaten", "礼品、礼金"])

unans("not_covered",
    "条例说中小企业按国务院批准的划分标准确定。那建筑业的中型企业，营业收入和资产总额的上限具体是多少？",
    ["营业收入", "资产总额"],
    "条例第三条、第二十九条只提到国务院批准的中小企业划分标准和企业规模类型测试平台，没有列出任何行业的具体"
    "划分数值。",
    lang="zh", present=["中小企业划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "Honestly, if we lodge a breach-of-contract complaint against the county through the provincial credit "
    "column, what are the odds they actually get confirmed as dishonest and we get paid? Has it worked for other "
    "foreign JVs?",
    ["odds", "likelihood", "success rate"],
    "A prediction: the NDRC notice (II.(1)-(2)) describes the complaint, verification and identification procedure "
    "but gives no outcomes, statistics or cases involving foreign JVs.",
    lang="en", present=["verification and identification"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "政务处分法为什么把记过的处分期定成六个月，警告反而是十二个月？这种轻处分期长、重处分期短的倒挂设计是出于"
    "什么考虑？",
    ["记过，六个月", "警告，十二个月"],
    "前提错误：第八条规定警告六个月、记过十二个月、记大过十八个月、降级和撤职二十四个月，并不存在“倒挂”。",
    lang="zh", present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
    "Article 12 of China's SME payment regulations lets state-owned large enterprises insist on the government "
    "audit result as the settlement basis. Our JV is 51% owned by a provincial SOE – so how long are we allowed to "
    "hold off paying our subcontractors while the audit office finishes?",
    ["audit office", "以审计结果为准", "等待审计结果"],
    "False premise: Article 12 says the opposite – government organs, public institutions and state-owned large "
    "enterprises may NOT compel the use of audit-authority results as the settlement basis unless laws or "
    "administrative regulations provide otherwise; Article 14 also bars delaying payment to wait for final-account "
    "audits absent a contract term.",
    lang="en", present=["审计机关的审计结果"],
    related=[E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
             E(SME, "第十四条", "在合同未作约定的情况下以等待竣工验收备案、决算审计等为由")])

unans("false_premise",
    "根据政务处分法第二十一条，国有企业管理人员受到警告处分的，要降低薪酬待遇等级。我行一名受警告的部门副经理，"
    "薪酬等级应当降几级？",
    ["降低薪酬待遇等级"],
    "前提错误：第二十一条规定处分期内不得晋升职务、岗位等级和职称，记过以上不得晋升薪酬待遇等级，只有被撤职的"
    "才降低职务或者岗位等级并降低薪酬待遇；警告不导致降低薪酬。",
    lang="zh", present=["不得晋升薪酬待遇等级", "同时降低薪酬待遇"],
    related=[E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
             E(PS, "第二十一条", "被撤职的，降低职务或者岗位等级，同时降低薪酬待遇")])

unans("false_premise",
    "How does our JV apply for money from the compensation fund that the NDRC's 2023 government-integrity notice "
    "set up for companies hurt by broken local-government contracts? Is there a standard form?",
    ["compensation fund", "compensation"],
    "False premise: the NDRC notice sets up complaint columns, verification and identification, government credit "
    "records, dishonesty punishment and credit restoration; it creates no compensation fund. (Compensation for "
    "changed commitments is a duty of the government itself under PE Art. 70 / BE Art. 31.)",
    lang="en", present=["dishonesty punishment measures", "补偿"],
    related=[E(NDRC, "II.(1)", "establish or improve special columns for breach of contract and dishonesty"),
             E(NDRC, "III.(4)", "restrict support from central budget funds")])

unans("false_premise",
    "《中央企业合规管理办法》第十二条要求首席合规官由党委书记兼任，那重大决策的合规审查意见是不是就得由书记"
    "签字？",
    ["党委书记兼任", "董事长兼任"],
    "前提错误：第十二条规定首席合规官由总法律顾问兼任、对企业主要负责人负责，不新增领导岗位和职数；第二十一条要求"
    "重大决策合规审查意见由首席合规官签字。",
    lang="zh", present=["由总法律顾问兼任", "首席合规官签字"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "Since China's SME payment rules give a large company like our JV 90 days from delivery to pay small "
    "suppliers, can we stretch it to 120 days in the contract if the supplier signs off?",
    ["90 days", "90日内支付"],
    "False premise: Article 9 gives large enterprises 60 days from delivery (a different term may be agreed but it "
    "must be reasonable per industry norms and trade practice); there is no 90-day rule. 90 days appears only as the "
    "maximum complaint-handling time in Art. 25.",
    lang="en", present=["60日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "按《优化营商环境条例》第六十二条，涉企行政规范性文件向社会公开征求意见的期限一般不少于60日。区里一个涉企"
    "文件只挂网两周就出台了，我们该怎么主张？",
    ["不少于60日"],
    "前提错误：第六十二条规定向社会公开征求意见的期限一般不少于30日，不是60日。",
    lang="zh", present=["一般不少于30日"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "个人住房贷款现在首套房最低首付比例多少？二套呢？",
    ["首付", "住房贷款"],
    "个人住房信贷政策，文件不涉及（文件中的“贷款”只涉及对民营企业的信贷和金融服务）。",
    lang="zh", present=["贷款"])

unans("out_of_domain",
    "What Section 301 tariff rate applies right now to the Chinese-made motor controllers our JV ships back to "
    "the US?",
    ["Section 301", "tariff"],
    "US trade law; none of the documents deals with it (BE Art. 45 only mentions customs clearance facilitation).",
    lang="en", present=["进出口"])

unans("out_of_domain",
    "对公账户单笔转账超过多少万元，银行要报大额交易报告？反洗钱那边最近有没有调整标准？",
    ["反洗钱", "大额交易"],
    "反洗钱大额交易报告标准，文件不涉及。",
    lang="zh", present=["金融机构"])

unans("out_of_domain",
    "Our new QA engineer from Ohio starts in Suzhou next month. What paperwork does he need for a Chinese work "
    "permit and Z visa, and how long does it usually take?",
    ["work permit", "visa"],
    "Immigration and employment of foreigners; not covered by any document.",
    lang="en", present=["人力资源"])

unans("out_of_domain",
    "How many days of paid annual leave do we have to give a local employee with more than 10 years of total work "
    "experience in China?",
    ["annual leave", "年休假", "带薪"],
    "Labour law on paid leave; the documents only mention compliance with labour-employment laws in general.",
    lang="en", present=["劳动用工"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版《保障中小企业款项支付条例》（国务院令第728号）原来对大型企业付款期限是怎么规定的？2025年修订时"
    "具体改了哪几条？",
    ["原条例", "修订前"],
    "语料只有2025年修订后的条例文本，标题虽提到2020年第728号令公布，但没有2020年原文，也没有修订对照。",
    lang="zh", present=["国务院令第728号", "第802号修订"])

unans("superseded",
    "Under SASAC's 2018 Compliance Management Guidelines for Central SOEs (trial), who was supposed to lead "
    "compliance work – did they already have a chief compliance officer back then?",
    ["(trial)", "试行", "合规管理指引"],
    "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42); the earlier "
    "trial guidelines are not in it.",
    lang="en", present=["首席合规官", "2022年8月23日"])

unans("superseded",
    "《国有企业管理人员处分条例》对国企管理人员违规放贷的，规定给予什么处分？跟政务处分法相比细化了哪些？",
    ["国有企业管理人员处分条例"],
    "政务处分法第六十五条只说国务院及其主管部门将对国有企业等违法公职人员的处分作出具体规定；该条例本身不在语料中。",
    lang="zh", present=["国有企业管理人员", "国有企业等的违法的公职人员处分事宜"])

unans("superseded",
    "Which payment-arrears provisions changed when the Optimizing Business Environment Regulations were amended "
    "in 2024?",
    ["amended", "2024年修订"],
    "The corpus holds the 2019 Regulations (State Council Order No. 722, effective 1 January 2020); no amended "
    "version is in it.",
    lang="en", present=["国务院令第722号"])
