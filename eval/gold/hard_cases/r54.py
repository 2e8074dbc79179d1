"""Hard-case gold items, fifty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a Guangzhou district market-regulation official drafting an FAQ for firms (Chinese, officialese,
sometimes confuses which law says what); a Singaporean regional compliance head of a logistics company
(English, brisk, asks about scope, deadlines and who enforces).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我局正在编写面向辖区企业的《涉企行政检查常见问题解答》。关于市场监管领域的日常行政检查，初稿拟写“依据《民营"
    "经济促进法》第五十四条实行双随机抽查”。现请确认：《优化营商环境条例》对市场监管领域行政检查的方式是如何规定的？"
    "哪些行业、领域不适用随机抽查而实行重点监管？",
    "《优化营商环境条例》第五十四条：国家推行“双随机、一公开”监管，除直接涉及公共安全和人民群众生命健康等特殊行业、"
    "重点领域外，市场监管领域的行政检查应当通过随机抽取检查对象、随机选派执法检查人员、抽查事项及查处结果及时向社会"
    "公开的方式进行；针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围。对直接涉及公共安全和"
    "人民群众生命健康等特殊行业、重点领域，依法依规实行全覆盖的重点监管。（另：《民营经济促进法》的相应规定在第五十二条，"
    "第五十四条讲的是失信惩戒和信用修复。）",
    ["随机抽取检查对象、随机选派执法检查人员", "直接涉及公共安全和人民群众生命健康等特殊行业、重点领域",
     "依法依规实行全覆盖的重点监管"],
    [E(BE, "第五十四条", "市场监管领域的行政检查应当通过随机抽取检查对象、随机选派执法检查人员"),
     E(BE, "第五十四条", "依法依规实行全覆盖的重点监管，并严格规范重点监管的程序")],
    lang="zh")

add("single",
    "Quick one. Our China trucking subsidiary counts as a 'large enterprise' under the SME payment Regulations. What "
    "exactly do we have to disclose about SME invoices we're paying late, and through which channel? Is there a fixed "
    "calendar deadline like the one government bodies have?",
    "Article 18: a large enterprise must include the number and amount of contracts with overdue unpaid SME payments "
    "in its annual enterprise report and publicise it to society through the National Enterprise Credit Information "
    "Publicity System. The fixed date applies to government organs and public institutions, which must publish the "
    "previous year's figures by 31 March each year via websites, newspapers and similar channels; for large "
    "enterprises the vehicle is the annual report.",
    ["纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示", "机关、事业单位应当于每年3月31日前"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")],
    lang="en")

add("single",
    "记大过的政务处分期多长？从哪天起算？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分决定"
    "生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "Under the NDRC's 2023 government-integrity notice, who checks that the provinces are actually handling the "
    "breach-of-contract complaints properly, by what methods, and who gets told the results?",
    "Item IV.(7): the NDRC itself evaluates key tasks – the handling and identification efficiency of breach-of-contract "
    "complaints, the quality of credit information collection and the implementation of dishonesty punishment "
    "measures – through spot checks, third-party investigations, cross-checks and other methods, regularly notifying "
    "the provincial credit leading departments and copying the provincial people's governments. Credit leading "
    "departments at all levels are to set up similar evaluation and notification mechanisms.",
    ["through spot checks, third-party investigations, cross-checks, and other methods",
     "regularly notifying provincial credit leading departments"],
    [E(NDRC, "IV.(7)", "the handling and identification efficiency of breach of contract"),
     E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods")],
    lang="en")

add("single",
    "辖区一家小微物流企业反映：其拟以对某大型企业的应收账款向银行申请保理融资，银行要求债务人确权，但该大型企业以"
    "“内部流程未走完”为由迟迟不予确认。请问现行规定对大型企业确权有无时限要求？",
    "有。《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业"
    "提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "Scope check on China's SME payment Regulations, assuming our Chinese freight-forwarding entity is an SME. Three "
    "customers are late: (a) a provincial industry federation that runs partly on government money, (b) a PLA "
    "logistics depot, (c) a municipal environmental bureau. Which of them does the Regulation reach, and on what terms?",
    "Article 2: the Regulation governs payments by government organs, public institutions and large enterprises "
    "procuring goods, works and services from SMEs – so the municipal bureau (c) is covered directly. Article 36: "
    "organisations that use fiscal funds in part or in whole follow the Regulation's rules for government organs and "
    "public institutions – that covers (a). Military procurement payments to SMEs follow the military's own "
    "regulations – so (b) is outside the ordinary regime.",
    ["机关、事业单位和大型企业采购货物、工程、服务支付中小企业款项，应当遵守本条例",
     "参照本条例对机关、事业单位的有关规定执行", "军队采购货物、工程、服务支付中小企业款项，按照军队的有关规定执行"],
    [E(SME, "第二条", "机关、事业单位和大型企业采购货物、工程、服务支付中小企业款项，应当遵守本条例"),
     E(SME, "第三十六条", "部分或者全部使用财政资金的团体组织采购货物、工程、服务支付中小企业款项"),
     E(SME, "第三十六条", "军队采购货物、工程、服务支付中小企业款项，按照军队的有关规定执行")],
    lang="en")

add("multi",
    "近期有企业来电咨询：与某国有大型企业签订运输服务合同时，对方不认可其中小企业身份，称其去年营收已超标，拒绝按"
    "中小企业款项支付规定付款。我局理解企业规模类型应由市场监管部门认定，拟在FAQ中请企业向我局申请。请问这样写是否"
    "准确？企业规模按什么时点确定？",
    "不准确。《保障中小企业款项支付条例》第二十九条：国务院负责中小企业促进工作综合管理的部门建立企业规模类型测试平台，"
    "提供自测服务；对规模类型有争议的，可以向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合"
    "管理的部门申请认定，市场监督管理等部门应认定部门请求提供必要协助。第三条：中小企业、大型企业依合同订立时的企业"
    "规模类型确定，中小企业订立合同时应主动告知其属于中小企业。",
    ["可以向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合管理的部门申请认定",
     "人力资源社会保障、市场监督管理、统计等相关部门应当应认定部门的请求，提供必要的协助",
     "中小企业、大型企业依合同订立时的企业规模类型确定"],
    [E(SME, "第二十九条", "可以向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合管理的部门申请认定"),
     E(SME, "第二十九条", "人力资源社会保障、市场监督管理、统计等相关部门应当应认定部门的请求，提供必要的协助"),
     E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定")],
    lang="zh")

add("multi",
    "We run bonded warehousing in a JV with a central SOE. If that SOE gets sanctioned by an international organisation, "
    "who on their side is supposed to lead the response, and do they have to report it up to SASAC? Also – is their "
    "chief compliance officer a separate hire or somebody already on the management team?",
    "Article 22 of the SASAC Measures: a major compliance risk event – including being sanctioned by an international "
    "organisation – that causes or may cause major asset losses or serious adverse impact is led by the chief "
    "compliance officer, with the compliance department coordinating and other departments cooperating; major "
    "compliance risk events must be reported to SASAC in a timely manner under the relevant rules. Article 12: the "
    "chief compliance officer is set up without adding leadership posts, is held concurrently by the general counsel, "
    "and is responsible to the enterprise's principal person in charge.",
    ["或者被国际组织制裁等重大合规风险事件", "应当由首席合规官牵头，合规管理部门统筹协调",
     "应当按照相关规定及时向国资委报告", "由总法律顾问兼任"],
    [E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
     E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="en")

add("multi",
    "我局拟在FAQ中回答：“企业发现区里新出台的扶持政策只给本地注册企业、变相排斥外地民营企业，可以向哪个部门举报？”"
    "我们初步理解按《优化营商环境条例》应向发展改革部门举报，是否准确？违规出台政策的单位要承担什么责任？",
    "不准确。《民营经济促进法》第十一条：制定涉及经营主体生产经营活动的政策措施应当经过公平竞争审查；市场监督管理部门"
    "负责受理对违反公平竞争审查制度政策措施的举报，并依法处理。第七十一条：未经公平竞争审查或者未通过公平竞争审查出台"
    "政策措施的，由有权机关责令改正，造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报，并依法处理",
     "未经公平竞争审查或者未通过公平竞争审查出台政策措施", "由有权机关责令改正"],
    [E(PE, "第十一条", "市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报，并依法处理"),
     E(PE, "第七十一条", "未经公平竞争审查或者未通过公平竞争审查出台政策措施"),
     E(PE, "第七十一条", "由有权机关责令改正，造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "Background: our local partner, a Chinese-owned private trucking firm, signed an incentive agreement with a district "
    "government in 2022 – five years of rent subsidy for a cross-dock hub we share. Last year the district was merged "
    "into its neighbour, a new party secretary came in, and the new district office now says the deal 'belongs to a "
    "district that no longer exists'. Coffee's gone cold waiting for them. Is a merger a lawful reason to walk away? "
    "And does the NDRC notice treat that kind of non-performance as dishonesty?",
    "No. Article 70 of the Private Economy Promotion Law: local governments must honour policy commitments and contracts "
    "lawfully made with private economic organisations and may not breach or repudiate them on grounds of "
    "administrative-division adjustment, change of government, institutional or functional adjustment or personnel "
    "change; if national or public interest requires a change, it must follow statutory authority and procedure and "
    "compensate the losses. (Article 31 of the Optimizing Business Environment Regulations says the same for all market "
    "players.) NDRC notice II.(2): failure to perform due to institutional adjustments, personnel changes and other "
    "reasons is regarded as breach of contract and dishonesty.",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "并对民营经济组织因此受到的损失予以补偿",
     "Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be regarded"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "区里有个什么促进会，隔三差五打电话让我们报名参加“诚信示范单位”评选，报名费三千八，还暗示说不参加的话年底评级"
    "可能受影响。感觉就是变着法儿收钱。。我们这种小公司能不能直接不理ta？",
    "可以不参加。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。第七十一条：行业协会"
    "商会等有此类行为的，由有关部门责令改正，依法追究法律责任。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(BE, "第七十一条", "行业协会商会、中介服务机构有下列情形之一的，由有关部门责令改正")],
    lang="zh")

add("paraphrase",
    "That Guangzhou talk on the government–business guidelines – the drafter more or less admitted the scenarios can't "
    "cover every situation. For the grey cases, what was his rule of thumb? Something like 'could you do it in broad "
    "daylight'?",
    "Yes, roughly. In ¶10 Wang Yuqun says the 33 scenarios cannot encompass all situations; the core of judging is to "
    "distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key is whether the "
    "actions can be \"put on the table\". He adds three dialectical relationships to grasp: reform spirit with strict "
    "standards, an effective market with a capable government, and proactiveness with moderation and cleanliness with "
    "effectiveness.",
    ["the core of judging various possible situations is to distinguish between",
     "the key is whether the actions can be"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "Is Beijing actually going to name and shame the worst-behaving local governments? Where would that show up?",
    "Yes. Item IV.(9) of the NDRC notice: select a batch of cases with serious dishonesty, repeated dishonesty and strong "
    "public complaints, publicise them on the \"Credit China\" website and expose them to society through news media to "
    "form a strong public-opinion deterrent.",
    ["Select a batch of cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media to form a strong public opinion")],
    lang="en")

add("paraphrase",
    "我们去国企甲方财务那儿催了好几次尾款，对方项目经理撂下话：“再去投诉，就把你们从供应商库里踢出去，以后别想接我们的"
    "活。”这种话算不算威胁？有没有什么说法？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉"
    "的中小企业及其工作人员进行恐吓、打击报复。第三十五条：有此类行为的，对负有责任的领导人员和直接责任人员依法给予处分"
    "或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("paraphrase",
    "我们局里一位副科长前两天被区监委立案了。听说他想赶紧把辞职报告交上去，再去香港“散散心”；人事科那边也在商量要不要"
    "顺手给他办个提前退休，省得以后麻烦。这些现在能办吗？",
    "不能。《公职人员政务处分法》第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职；被调查"
    "公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续。（第一款：不宜继续履行职责的，"
    "任免机关、单位可以决定暂停其履行职务。）",
    ["未经监察机关同意，不得出境、辞去公职", "不得对其交流、晋升、奖励、处分或者办理退休手续"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "不得对其交流、晋升、奖励、处分或者办理退休手续")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年1103号文里所说的“违约失信”，范围具体涵盖政府部门与民营企业在哪些领域签订的协议和合同？我们FAQ里想逐项"
    "列清楚。",
    "通知第二部分第（1）项：违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、"
    "政府投资等领域签订的各类协议、合同中的违约毁约行为（\"government procurement, bidding, investment promotion, "
    "government-social capital cooperation, industrial support, government investment, and other fields\"）；受理的是涉及"
    "辖区内政府部门（含机关和事业单位）的投诉。",
    ["government procurement, bidding, investment promotion",
     "government-social capital cooperation, industrial support, government investment"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion, government-social capital"),
     E(NDRC, "II.(1)", "industrial support, government investment, and other fields")],
    lang="zh")

add("cross_lingual",
    "广州“廉洁合规大讲堂”那篇报道中，广药集团审计部负责人讲审计风险识别时提到，哪些原因造成的投资损失可以容错，哪些情形"
    "必须追责？",
    "据报道¶30：因政策调整、市场变化、技术探索等固有风险造成损失，且已采取应有止损措施的，给予容错（\"policy "
    "adjustments, market changes, and technological exploration\"）；因投后管控缺失、资金挪用或隐瞒风险、延迟处置导致损失"
    "扩大的，失职者必须追责（\"lack of post-investment control, misappropriation of funds, or concealment of risks and "
    "delayed disposal\"）。其依据是区分合规决策与违规失职、区分客观风险与人为漏洞。",
    ["policy adjustments, market changes, and technological exploration",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "policy adjustments, market changes, and technological exploration"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="zh")

add("cross_lingual",
    "Due diligence on a central SOE customer: under SASAC's 2022 compliance Measures, must they run a whistleblowing "
    "channel? What do they have to publish, and what protection or reward do whistleblowers get?",
    "Yes. Article 24: central SOEs must set up a violation-reporting platform and publish a reporting telephone number, "
    "e-mail or mailbox; departments accept and investigate reports, pass cases causing asset losses to the "
    "accountability department and suspected disciplinary or legal violations to discipline inspection bodies. The "
    "whistleblower's identity and the reported matters must be kept strictly confidential, whistleblowers whose "
    "reports prove true may receive appropriate rewards, and no retaliation in any form is allowed.",
    ["应当设立违规举报平台，公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密",
     "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励")],
    lang="en")

add("cross_lingual",
    "Deadline question. When Chinese authorities draft administrative regulations, rules or normative documents closely "
    "tied to business operations, how long is the public comment window supposed to run under the Regulations on "
    "Optimizing the Business Environment?",
    "Article 62: except where confidentiality is required, such drafts must be published via newspapers, the internet "
    "and similar channels for public comment, with a mechanism for feedback on how comments were adopted; the public "
    "comment period is generally not less than 30 days. Market players and industry associations must also be fully "
    "consulted.",
    ["向社会公开征求意见的期限一般不少于30日", "应当通过报纸、网络等向社会公开征求意见"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日"),
     E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见，并建立健全意见采纳情况反馈机制")],
    lang="en")

add("cross_lingual",
    "We do customs brokerage for a public hospital in Shenzhen (a public institution). The contract says we get paid "
    "after they 'accept' each month's services, but they simply never get round to signing the acceptance. When does "
    "the payment clock actually start under the SME payment Regulations?",
    "Article 10: where payment is conditional on inspection or acceptance, the payment term runs from the date "
    "acceptance is passed; the parties must agree a clear, reasonable acceptance period and finish within it, and if the "
    "buyer delays acceptance the payment term runs from the expiry of the agreed acceptance period. Under Article 9 a "
    "public institution must then pay within 30 days (at most 60 days if the contract says otherwise).",
    ["付款期限应当自检验或者验收合格之日起算", "付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我局在FAQ中需写明：大型企业未按《保障中小企业款项支付条例》在年度报告中公示逾期未付中小企业款项信息的，市场监管部门"
    "最高可处多少罚款？罚款数额区间是多少？",
    ["罚款数额", "万元以下罚款", "万元以上"],
    "条例第三十四条只规定由市场监督管理部门依法处理，未规定任何罚款数额；其他文件也没有相关数字。",
    lang="zh", present=["市场监督管理部门依法处理", "企业年度报告"])

unans("not_covered",
    "NDRC 2023 notice: once a provincial credit department forwards a breach-of-contract complaint for verification, how "
    "many working days does the identifying department get to reach a conclusion? Any hard deadline?",
    ["working days", "within 15 days", "within 30 days"],
    "II.(2) only says complaints are transferred immediately, feedback is given promptly and rectification promoted "
    "immediately; no time limit for verification is set anywhere in the documents.",
    lang="en", present=["immediately transfer", "promptly provide feedback"])

unans("not_covered",
    "企业依据《民营经济促进法》第五十四条提出信用修复申请后，有关国家机关应当在几个工作日内作出是否准予修复的决定？逾期未"
    "作决定的，是否视为同意修复？",
    ["工作日内作出", "修复期限", "视为同意"],
    "第五十四条只规定符合条件可以提出信用修复申请，有关国家机关应当依法及时解除惩戒措施、移除或终止失信信息公示，"
    "没有具体办理期限，也没有逾期视为同意的规定。",
    lang="zh", present=["信用修复申请", "依法及时解除惩戒措施"])

unans("not_covered",
    "The Guangzhou lecture-hall report says the two batches of the Guidelines cover 33 scenarios in all. How many of "
    "those are in the second batch alone?",
    ["16 scenarios", "17 scenarios", "second batch contains", "second batch covers"],
    "¶10 gives only the combined total of 33 scenarios for the two batches; the split between the batches is not "
    "stated.",
    lang="en", present=["33 scenarios", "second batch"])

unans("not_covered",
    "Under the Private Economy Promotion Law specifically – not the SME payment Regulations – how many days after "
    "delivery does a large enterprise have by statute to pay a small private supplier?",
    ["60 days", "30 days"],
    "Article 68 of the law only requires large enterprises to agree reasonable payment terms and pay in time, and not to "
    "make third-party payment a condition; it sets no number of days. The 60-day limit is in Article 9 of the SME "
    "payment Regulations, not in this law.",
    lang="en", present=["合理约定付款期限", "60日"])

unans("not_covered",
    "Realistically – if our Shenzhen sub files on the national SME arrears complaint platform against a state-owned "
    "shipper, what are the odds we actually get paid inside the 90 days? Worth the hassle?",
    ["odds", "likely", "success rate"],
    "Articles 24-25 of the SME payment Regulations describe the platform and the handling time limits (30 days, at most "
    "90) but nothing about outcomes, recovery rates or likelihood of payment; a prediction cannot be answered from "
    "the documents.",
    lang="en", present=["最长不得超过90日", "投诉平台"])

unans("not_covered",
    "FAQ拟答：“同一企业一年内接受市场监管部门行政检查不超过几次？”请问相关法律法规对年度检查次数有没有设定上限？",
    ["检查次数", "每年不超过", "次数上限"],
    "《民营经济促进法》第五十二条、《优化营商环境条例》第五十四条只规定双随机抽查、多个检查事项尽可能合并或纳入跨部门"
    "联合检查，未规定年度检查次数上限。",
    lang="zh", present=["合并或者纳入跨部门联合检查范围", "随机抽取检查对象"])

unans("not_covered",
    "听说央企每年都要向国资委报送合规管理年度报告。按《中央企业合规管理办法》，报送截止时间是每年几月几日？",
    ["报送国资委", "每年1月", "年度报告报送"],
    "办法第八条只规定董事会审议批准合规管理年度报告，第二十二条规定重大合规风险事件向国资委报告；没有年度报告报送国资委"
    "的截止日期。",
    lang="zh", present=["年度报告", "向国资委报告"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为什么《民营经济促进法》第六十七条要由市场监管部门来对国家机关、国有企业拖欠民营企业账款的情况进行审计监督？我局是否"
    "需要为此配备专门的审计人员？",
    ["市场监管部门审计", "审计监督机关"],
    "前提错误：第六十七条第二款规定由审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督，"
    "并非市场监管部门（《保障中小企业款项支付条例》第二十七条亦规定由审计机关实施审计监督）。",
    lang="zh", present=["审计机关依法对国家机关"],
    related=[E(PE, "第六十七条", "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督")])

unans("false_premise",
    "Why do SASAC's compliance Measures insist that every central SOE hire a brand-new, stand-alone chief compliance "
    "officer who reports directly to the board? Seems heavy for a group that already has a general counsel.",
    ["directly to the board", "stand-alone"],
    "False premise: Article 12 says the chief compliance officer is set up without adding leadership posts, is held "
    "concurrently by the general counsel, and is responsible to the enterprise's principal person in charge.",
    lang="en", present=["首席合规官", "总法律顾问兼任"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "政务处分法规定警告的处分期是一年，期满自动解除。我们局一名同事今年三月受了警告，是不是要等到明年三月以后才能提拔？",
    ["警告，一年", "警告，十二个月"],
    "前提错误：第八条规定警告的处分期为六个月（十二个月是记过）；第十九条、第二十六条规定处分期内不得晋升，期满后自动解除。",
    lang="zh", present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第二十六条", "政务处分期满后自动解除")])

unans("false_premise",
    "Per the NDRC notice, a private company that breaches a government contract gets blacklisted and may only apply for "
    "credit restoration after 12 months. One of our suppliers got listed – how do they apply once the 12 months are up?",
    ["12 months", "twelve months"],
    "False premise: the notice deals with government departments' breach of contract toward private enterprises, not "
    "private companies' breaches; and III.(6) restores records once the identifying department confirms correction and "
    "performance, with no 12-month waiting period.",
    lang="en", present=["credit restoration"],
    related=[E(NDRC, "III.(6)", "confirms that the dishonest behavior has been corrected"),
             E(NDRC, "II.(1)", "accepting and collecting complaints involving government departments")])

unans("false_premise",
    "条例第二十四条规定，中小企业被拖欠款项的，只能通过国家统一的投诉平台投诉，不得另行起诉。那我们FAQ是否应提醒已经起诉"
    "的企业先撤诉再去平台投诉？",
    ["不得向人民法院起诉", "只能通过", "不得另行起诉"],
    "前提错误：《保障中小企业款项支付条例》第二十四条只规定受理投诉的渠道和国家统一投诉平台，并未排除诉讼；《民营经济"
    "促进法》第六十八条还规定人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行。",
    lang="zh", present=["投诉平台", "依法及时立案"],
    related=[E(SME, "第二十四条", "建立国家统一的拖欠中小企业款项投诉平台"),
             E(PE, "第六十八条", "人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行")])

unans("false_premise",
    "The GBA Integrity and Compliance Association in that Guangzhou report was set up by the Guangdong Provincial "
    "Government back in 2019, right? So is it effectively a provincial regulator whose guidelines are binding on us?",
    ["Guangdong Provincial", "Provincial Government"],
    "False premise: per ¶32 and ¶41 the association was established on 16 April 2021 as a non-profit social "
    "organisation jointly promoted by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, the "
    "Municipal SASAC and the Municipal Federation of Industry and Commerce; it is not a provincial body or regulator.",
    lang="en", present=["non-profit social organization", "April 16, 2021"],
    related=[E(GZ, "¶32", "It is a non-profit social organization jointly promoted by"),
             E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity")])

unans("false_premise",
    "根据条例第二十六条，拖欠中小企业款项被认定失信的大型企业，三年内禁止参加政府采购。请问这三年是从失信认定之日起算，"
    "还是从公示之日起算？",
    ["三年内", "禁止参加政府采购"],
    "前提错误：第二十六条对大型企业是在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规"
    "予以限制，既没有禁止参加政府采购，也没有三年期限。",
    lang="zh", present=["资质评定", "政府采购"],
    related=[E(SME, "第二十六条", "对大型企业在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "What's Singapore's current GST rate, and when is our quarterly GST return due to IRAS?",
    ["GST", "IRAS", "Singapore"],
    "Singapore tax administration; none of the documents deals with it.",
    lang="en", present=["财政税收"])

unans("out_of_domain",
    "辖区个体工商户申请食品经营许可证（小餐饮），需要提交哪些材料？现场核查一般多久完成？",
    ["食品经营许可", "小餐饮", "食品"],
    "食品经营许可办理问题，文件不涉及（《优化营商环境条例》只有精简行政许可的原则性规定）。",
    lang="zh", present=["个体工商户", "行政许可"])

unans("out_of_domain",
    "can we air-freight lithium-ion batteries out of Guangzhou Baiyun as general cargo if each is under 100Wh, or is it "
    "full IATA dangerous-goods paperwork?",
    ["lithium", "IATA", "Baiyun", "dangerous goods"],
    "Air cargo dangerous-goods rules; not covered by any document.",
    lang="en", present=["物流"])

unans("out_of_domain",
    "2025年广州市最低工资标准是每月多少钱？企业试用期工资能不能低于这个数？",
    ["最低工资", "试用期"],
    "劳动工资标准问题，文件不涉及（文件只泛泛提到劳动用工方面的法律法规）。",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "For our Guangzhou–Jakarta ocean lane, should we quote FOB or CIF under Incoterms 2020, and where does the risk pass?",
    ["Incoterms", "Jakarta", "FOB", "CIF"],
    "International trade terms; nothing in the documents.",
    lang="en", present=["物流"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版《保障中小企业款项支付条例》（国务院令第728号）原第八条对大型企业的付款期限是怎么规定的？2025年修订时具体改了"
    "什么？",
    ["修订前", "原条例", "原第八条"],
    "语料只有2025年3月修订后的条例文本（标题处仅提及2020年国务院令第728号公布），没有2020年原文，无法回答原条文内容或比较"
    "修订变化。",
    lang="zh", present=["第728号", "第802号修订"])

unans("superseded",
    "How did the 2018 SASAC Guidelines for Compliance Management of Central SOEs (Trial) define the compliance "
    "committee's role, and what did the 2022 Measures change?",
    ["2018", "Guidelines for Compliance Management of Central"],
    "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42); the 2018 trial "
    "guidelines are not in it, so no comparison is possible.",
    lang="en", present=["合规委员会"])

unans("superseded",
    "我局有位参照公务员法管理的同事受了降级处分。按《行政机关公务员处分条例》（2007年），降级处分期间规定在第几条？该条例"
    "现在还适用于我们吗？",
    ["行政机关公务员处分条例", "2007"],
    "语料只有2020年《公职人员政务处分法》，没有《行政机关公务员处分条例》的文本，无法回答其条文或现行效力。",
    lang="zh", present=["处分的程序、申诉等适用其他法律、行政法规"])

unans("superseded",
    "The Private Economy Promotion Law was amended in 2026 – does the amended Article 67 now impose a hard payment "
    "deadline on state-owned enterprises?",
    ["2026", "amended"],
    "The corpus holds only the law as adopted on 30 April 2025 and in force from 20 May 2025; no amendment is in it.",
    lang="en", present=["2025年5月20日起施行"])
