"""Hard-case gold items, twenty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: contractors and subcontractors on public construction projects (deposits, acceptance, payment
terms, commercial bills, audits), local investment-promotion officers, members of an industry association,
and foreign lawyers advising clients in English who quote articles by number.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "上个月我们在国家那个拖欠中小企业款项投诉平台上，投诉了某区城投公司拖欠我们的工程款。按条例，处理投诉的部门"
    "最晚多久得给我们一个书面结果？",
    "《保障中小企业款项支付条例》第二十五条：受理投诉部门自正式受理之日起10个工作日内把投诉转交处理投诉部门；"
    "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人；情况复杂或有其他特殊原因的，"
    "经部门负责人批准可适当延长，但处理期限最长不得超过90日。",
    ["自正式受理之日起10个工作日内", "自收到投诉材料之日起30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "I'm an investment-promotion officer at a provincial development zone. Item II.(1) of the NDRC 2023 notice "
    "lists the channels the provincial credit departments should rely on to set up breach-of-contract complaint "
    "columns. Which channels does it name?",
    "Item II.(1): their credit websites, the State Council's \"Internet + Supervision\" platform, the MIIT's "
    "\"Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs\", local 12345 government "
    "service hotlines, business environment complaint platforms, petition departments and other channels.",
    ["Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs",
     "local 12345 government service hotlines, business environment complaint platforms, petition departments"],
    [E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint")],
    lang="en")

add("single",
    "我们是做市政管网施工的小公司，给一家国有大型建筑企业做分包。活干完交付四个多月了他们还没付，合同里也没写"
    "逾期利息怎么算。我们能要利息吗？按什么标准算？",
    "能。《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；"
    "双方对利率有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付"
    "逾期利息。",
    ["应当支付逾期利息", "未作约定的，按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "A client of mine is thinking about joining the GBA Integrity and Compliance Association in Guangzhou. Going by "
    "the lecture-hall report, what kinds of companies are members, and how many industry sectors does the "
    "membership span?",
    "Per ¶34, the association brings together benchmark enterprises in integrity and compliance from the Greater "
    "Bay Area of various ownership types – state-owned, private and overseas-invested enterprises – including large "
    "and ultra-large enterprises such as Fortune Global 500, China Top 500, Guangdong Top 500 and listed companies; "
    "it covers 29 industry sectors (biomedicine, automobile manufacturing, transportation, e-commerce, investment "
    "and finance, information technology, etc.).",
    ["state-owned enterprises, private enterprises, and overseas-invested enterprises", "29 industry sectors"],
    [E(GZ, "¶34", "state-owned enterprises, private enterprises, and overseas-invested enterprises"),
     E(GZ, "¶34", "It covers 29 industry sectors including biomedicine")],
    lang="en")

add("single",
    "我们是一家中央企业下属的工程局，集团正准备对一个大型基础设施投资项目上会决策。按《中央企业合规管理办法》，"
    "这种重大决策的合规审查意见要由谁签字？",
    "《中央企业合规管理办法》第二十一条：中央企业应当将合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规"
    "审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见。",
    ["重大决策事项的合规审查意见应当由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字"),
     E(SOE, "第二十一条", "中央企业应当将合规审查作为必经程序嵌入经营管理流程")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我们给市里一家公立医院（事业单位）做门诊楼装修，合同约定的是银行转账付款。结账时医院非要给我们开一张一年期"
    "的商业承兑汇票，说不收就只能等明年预算。这么做合规吗？医院要是坚持，会有什么后果？",
    "不合规。《保障中小企业款项支付条例》第十一条：使用商业汇票等非现金支付方式应当在合同中作出明确、合理约定，"
    "不得强制中小企业接受商业汇票等非现金支付方式，也不得利用其变相延长付款期限。第三十一条第（三）项：机关、事业"
    "单位有此情形的，由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式", "变相延长付款期限",
     "由其上级机关、主管部门责令改正"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "区里一个政府投资的道路改造项目在招标，招标文件写明中标单位要先自筹资金干到主体完工，之后政府才开始拨款。"
    "这种要求合法吗？提出这种要求的机关要承担什么责任？",
    "不合法。《保障中小企业款项支付条例》第八条第二款：政府投资项目所需资金应当按照国家有关规定确保落实到位，不得"
    "由施工单位垫资建设。第三十二条第（二）项：机关、事业单位要求施工单位对政府投资项目垫资建设的，依法追究责任。",
    ["不得由施工单位垫资建设", "要求施工单位对政府投资项目垫资建设", "依法追究责任"],
    [E(SME, "第八条", "政府投资项目所需资金应当按照国家有关规定确保落实到位，不得由施工单位垫资建设"),
     E(SME, "第三十二条", "（二）要求施工单位对政府投资项目垫资建设。"),
     E(SME, "第三十二条", "机关、事业单位有下列情形之一的，依法追究责任")],
    lang="zh")

add("multi",
    "Our trade association is about to complain that a county government reneged on a PPP agreement with one of "
    "our member companies. Under the NDRC notice, once the provincial credit department receives the complaint, "
    "who checks it and what happens if it turns out to be untrue? And apart from complaints, how does the NDRC "
    "itself say it will spot this kind of government dishonesty?",
    "II.(2): the provincial credit leading department immediately transfers the complaint clues to the superior or "
    "competent department of the complained entity for verification and identification; if untrue, the identifying "
    "department gives the complainant feedback and an explanation; if true, it promotes rectification, and refusal "
    "to rectify is confirmed as breach of contract and dishonesty. IV.(8): the NDRC monitors and discovers clues "
    "through communication mechanisms with private enterprises, big data monitoring and monitoring points at "
    "representative private enterprises, and transfers clues to the place of jurisdiction for supervision.",
    ["superior or competent departments of the complained entities for verification and identification",
     "If verified as untrue, the identifying department should promptly provide feedback",
     "selecting representative private enterprises to establish monitoring points"],
    [E(NDRC, "II.(2)", "competent departments of the complained entities for verification"),
     E(NDRC, "II.(2)", "If verified as untrue, the identifying department should promptly"),
     E(NDRC, "IV.(8)", "selecting representative private enterprises to establish monitoring points")],
    lang="en")

add("multi",
    "我们跟县交通局在一个公路养护项目上有结算争议：其中一段路面的工程量双方对不上，其余几段都没争议。交通局说"
    "全部对完账才付钱。这样可以吗？要是分歧比较大，县政府有没有责任出面组织协调？",
    "不可以只因部分争议就全部不付。《保障中小企业款项支付条例》第十五条：交易部分存在争议但不影响其他部分履行的，"
    "对于无争议部分应当履行及时付款义务。《民营经济促进法》第六十九条：县级以上地方人民政府应加强对拖欠账款处置"
    "工作的统筹指导，对有争议的鼓励各方协商解决，对存在重大分歧的组织协商、调解，并发挥工商业联合会、律师协会等"
    "组织的作用。",
    ["对于无争议部分应当履行及时付款义务", "对存在重大分歧的组织协商、调解"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务"),
     E(PE, "第六十九条", "对有争议的鼓励各方协商解决，对存在重大分歧的组织协商、调解"),
     E(PE, "第六十九条", "协商、调解应当发挥工商业联合会、律师协会等组织的作用")],
    lang="zh")

add("multi",
    "I'm an investment-promotion officer in a Guangzhou district. According to the lecture-hall report on the second "
    "batch of the Guidelines, if a project I brought in underperforms, will I be held accountable, and what leeway "
    "does the investor get if it misses its targets? And how do the SOE audit people described in the report decide "
    "whether a failed state-owned investment leads to accountability?",
    "¶18: as long as the investment promotion process is carried out with due diligence and compliance, relevant "
    "personnel will not be held blindly accountable even if the project fails to meet expectations; an enterprise "
    "that misses its targets for objective reasons can negotiate adjustments and enjoy a grace period (and if an "
    "agreement cannot be fulfilled due to policy changes, procedures can be rectified or a transition period set). "
    "¶29: failure of an SOE investment does not necessarily lead to accountability; it is analysed from compliance "
    "review, due diligence identification and risk screening, distinguishing whether losses come from normal "
    "operational risks.",
    ["will not be held blindly accountable even if the project fails to meet expectations",
     "negotiate adjustments and enjoy a grace period", "does not necessarily lead to accountability"],
    [E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(GZ, "¶29", "or their failure does not necessarily lead to accountability")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们给区里一所公办学校扩建项目做机电安装，一期早就干完交了。对方财务这两个月一直不给钱，一会儿说校长刚调走、"
    "新来的还没签字，一会儿说要等上面把整个项目的总账核完再说——可当初签的合同里压根没提过这一茬。这些说法站得住吗？",
    "站不住。《保障中小企业款项支付条例》第十四条：机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，"
    "履行内部付款流程，或者在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项。",
    ["不得以法定代表人或者主要负责人变更", "在合同未作约定的情况下以等待竣工验收备案、决算审计等为由"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("paraphrase",
    "Honestly, what's the point of that 2023 paper from the national planning agency about local authorities "
    "keeping their word? What sort of behaviour by city halls is it trying to stamp out – the flip-flopping, the "
    "new guy in charge shrugging off whatever his predecessor agreed?",
    "Part I of the NDRC notice says the aim is to strengthen the government integrity performance mechanism and "
    "focus on solving administrative dishonesty such as frequent policy changes, new officials ignoring previous "
    "commitments, damaging fair market transactions and harming enterprise interests – to improve the business "
    "environment and private enterprises' investment confidence.",
    ["frequent policy changes, new officials ignoring previous commitments",
     "damaging fair market transactions, and harming enterprise interests"],
    [E(NDRC, "I.", "frequent policy changes, new officials ignoring previous commitments"),
     E(NDRC, "I.", "damaging fair market transactions, and harming enterprise interests")],
    lang="en")

add("paraphrase",
    "镇上要办个龙舟节，镇干部挨个工地打招呼，让每家出两万块钱，再派十个工人、两台吊车去帮忙搭台，说“都是为了"
    "家乡发展”。我们不想出，可以不给吗？",
    "可以不给。《优化营商环境条例》第十四条第三款：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的"
    "摊派行为，市场主体有权拒绝任何形式的摊派。《民营经济促进法》第六十一条也规定不得向民营经济组织摊派财物。",
    ["禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为", "市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派"),
     E(PE, "第六十一条", "不得向民营经济组织摊派财物")],
    lang="zh")

add("paraphrase",
    "Our city's state-backed fund put money into a rail-tech startup that is solid but slow to make money. The board "
    "is jittery and wants to dump the stake just to cover themselves. Does the Guangzhou lecture report say anything "
    "about hanging on instead?",
    "Yes. In ¶22 the Guangzhou Metro speaker says the Guidelines encourage state-owned capital to become \"patient "
    "capital\": for projects with sound fundamentals that may not meet short-term expectations, they can choose to "
    "\"accompany them with patience\" based on compliant processes and professional judgments, instead of making "
    "mechanistic loss-stop decisions for fear of taking responsibility.",
    ["The Guidelines encourage state-owned capital to become", "projects with sound fundamentals",
     "instead of making mechanistic loss-stop decisions for fear of taking responsibility"],
    [E(GZ, "¶22", "The Guidelines encourage state-owned capital to become “patient capital”"),
     E(GZ, "¶22", "instead of making mechanistic loss-stop decisions")],
    lang="en")

add("paraphrase",
    "我们跟一个开发商为工程款扯皮，对方老板有关系，叫了派出所的人到工地，说要以“合同诈骗”把我们老板带走问话，"
    "逼我们签字放弃一部分款子。这种做法在法律上有说法吗？",
    "有。《民营经济促进法》第六十三条：办理案件应当严格区分经济纠纷与经济犯罪，生产经营活动未违反刑法规定的，不以"
    "犯罪论处；禁止利用行政或者刑事手段违法干预经济纠纷。（第六十五条还规定可以依法反映情况、申诉、申请复议或起诉。）",
    ["严格区分经济纠纷与经济犯罪", "禁止利用行政或者刑事手段违法干预经济纠纷"],
    [E(PE, "第六十三条", "办理案件应当严格区分经济纠纷与经济犯罪"),
     E(PE, "第六十三条", "禁止利用行政或者刑事手段违法干预经济纠纷")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Our client is a large private real-estate developer. Its standard subcontract with small fit-out contractors "
    "says the developer pays each subcontractor only after, and in proportion to, what the project owner has paid "
    "the developer. Article 9 of the Regulations on Guaranteeing Payments to SMEs – does it allow that clause?",
    "No. Article 9(2): a large enterprise buying goods, works or services from an SME must pay within 60 days of "
    "delivery; where the contract provides otherwise, the term must be reasonable, and it may not make receipt of "
    "payment from a third party a condition of paying the SME, nor pay the SME in proportion to the third party's "
    "payment progress. (Article 68 of the Private Economy Promotion Law says the same for large enterprises.)",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "按照第三方付款进度比例支付中小企业款项"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="en")

add("cross_lingual",
    "One of our small subcontractors signed its contract with us while it was an SME, but it has since grown past "
    "the SME thresholds. Under China's SME payment Regulations, does it keep SME protection on that contract? And "
    "was it supposed to tell us it was an SME when we signed?",
    "It keeps it: Article 3 says SME or large-enterprise status is determined by the enterprise's size type at the "
    "time the contract is concluded. And yes – when contracting with government organs, public institutions or "
    "large enterprises, an SME shall proactively inform them that it is an SME.",
    ["依合同订立时的企业规模类型确定", "应当主动告知其属于中小企业"],
    [E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定"),
     E(SME, "第三条", "应当主动告知其属于中小企业")],
    lang="en")

add("cross_lingual",
    "我是区招商局的。发改委2023年那份政务诚信通知里，要求各级信用牵头部门推动同级政府部门对失信主体动用哪些"
    "惩戒措施？",
    "通知第三部分第（5）项：各级信用牵头部门应推动同级政府部门在职能范围内积极运用各类失信惩戒措施，包括但不限于"
    "限制政府资金支持、限制申请支持政策、取消评优评奖、限制参与政府采购（\"restricting government funding support, "
    "limiting applications for support policies, canceling awards, and restricting participation in government "
    "procurement\"），确保失信必惩。",
    ["restricting government funding support, limiting applications for support policies",
     "canceling awards, and restricting participation in government procurement"],
    [E(NDRC, "III.(5)", "restricting government funding support, limiting applications for support"),
     E(NDRC, "III.(5)", "canceling awards, and restricting participation in government procurement")],
    lang="zh")

add("cross_lingual",
    "广州那场“廉洁合规大讲堂”的报道里，广药集团审计部负责人讲国企投资项目没达预期要不要追责，说是从哪三个方面"
    "来分析的？",
    "据报道¶29，国企投资项目未达预期甚至失败并不必然导致追责，主要从“合规审查、尽职认定、风险甄别”三个方面分析"
    "（\"compliance review, due diligence identification, and risk screening\"），区分损失是否由正常经营风险造成，"
    "最终实现容错与问责的平衡。",
    ["compliance review, due diligence identification, and risk screening",
     "distinguishing whether the losses are caused by normal operational risks"],
    [E(GZ, "¶29", "compliance review, due diligence identification, and risk screening"),
     E(GZ, "¶29", "distinguishing whether the losses are caused by normal operational risks")],
    lang="zh")

add("cross_lingual",
    "Article 77 of China's Private Economy Promotion Law: would my client, a WFOE wholly owned by a German parent, "
    "count as a \"private economic organization\"? And where a Chinese-controlled private company has foreign "
    "investors, which rules apply to it?",
    "Article 77 defines private economic organizations as for-profit legal persons, unincorporated organizations and "
    "individual businesses established in China that are controlled or actually controlled by Chinese citizens (and "
    "entities those control). A WFOE controlled by a German parent does not meet that test. Where a private "
    "economic organization involves foreign investment, the foreign-investment laws and regulations also apply.",
    ["由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我们中标了市里一个保障房项目，发包方要按结算总价的5%扣工程质量保证金。按现行规定，质保金最多能扣多少比例？",
    ["5%", "3%", "百分之三", "比例上限"],
    "条例第十三条只说保证金的收取比例、方式应当符合法律、行政法规和国家有关规定，未给出任何比例数字；其他文件也没有。",
    lang="zh", present=["工程质量保证金", "收取比例"])

unans("not_covered",
    "If a local government is confirmed as dishonest under the NDRC notice and never rectifies, how long does its "
    "dishonesty record stay public on Credit China? Is there a fixed disclosure period?",
    ["disclosure period", "publicity period"],
    "The NDRC notice covers recording, punishment and restoration after correction (III.(3)-(6)) and publicising "
    "typical cases (IV.(9)) but sets no disclosure period; no other document does.",
    lang="en", present=["Credit China", "restored"])

unans("not_covered",
    "国家统一的拖欠中小企业款项投诉平台网址是多少？在上面提交投诉要准备哪些证明材料？",
    ["网址", "http", "证明材料"],
    "条例第二十四条只规定国务院主管部门建立国家统一的投诉平台，第二十五条规定投诉人应与被投诉人存在合同关系；"
    "平台网址和所需材料均未载明。",
    lang="zh", present=["投诉平台", "合同关系"])

unans("not_covered",
    "We're a construction firm thinking of joining the GBA Integrity and Compliance Association. What is the annual "
    "membership fee, and how long does the admission review take?",
    ["membership fee", "fee", "fees", "admission"],
    "The GZ report describes the association's members, services and history but says nothing about fees or an "
    "admission procedure.",
    lang="en", present=["benchmark enterprises"])

unans("not_covered",
    "竣工结算资料报给建设单位（区政府机关）以后，对方必须在多长时间内审完结算？超期不审的，是不是视为认可我们报的"
    "结算价？",
    ["结算文件", "审核时限", "视为认可"],
    "条例第九条只说按进度/定期结算的，付款期限自双方确认结算金额之日起算；结算审核期限和超期后果各文件均未规定。",
    lang="zh", present=["确认结算金额", "决算审计"])

unans("not_covered",
    "I work in a district investment-promotion bureau. Is there a cap on the tax rebates or land-price discounts we "
    "may promise an incoming investor in a signed investment agreement?",
    ["tax rebate", "rebate", "land price"],
    "The documents require governments to honour lawful policy commitments and contracts (PE Art. 70, BE Art. 31, "
    "NDRC II.) and to treat market players equally, but set no cap on incentives.",
    lang="en", present=["investment promotion", "政策承诺"])

unans("not_covered",
    "我在招商局工作，前阵子被监委给了个记过处分。收到处分决定书后，我要在多少日内申请复审？过了期限还能申请吗？",
    ["日内申请复审", "复审期限"],
    "政务处分法第四十五条只要求决定书载明申请复审、复核的途径和期限，第五十五条规定可以申请复审、复核，但法条本身"
    "没有给出具体天数；其他文件也没有。",
    lang="zh", present=["申请复审"])

unans("not_covered",
    "Do the SASAC compliance Measures set a minimum ratio of full-time compliance staff to total headcount for "
    "central SOEs – say one compliance officer per thousand employees?",
    ["one per thousand", "per thousand", "每千名", "比例配备"],
    "Article 14 only requires full-time compliance staff commensurate with business scale, scope and risk level; "
    "no ratio is given anywhere.",
    lang="en", present=["专职合规管理人员"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Article 17 of the SME payment Regulations sets statutory late-payment interest at the one-year LPR plus 50%. "
    "We were paid 90 days late by a state-owned general contractor and agreed no rate – how do we compute the "
    "interest on that basis?",
    ["LPR plus 50%", "plus 50%"],
    "False premise: Article 17 says an agreed rate may not be lower than the one-year LPR at contract signing and, "
    "absent agreement, interest is 0.05% per day; there is no \"LPR plus 50%\" rule.",
    lang="en", present=["贷款市场报价利率", "万分之五"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
             E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")])

unans("false_premise",
    "条例规定机关、事业单位的付款期限最长可以约定到90日。我们跟区住建局的施工合同约定竣工交付后80天付款，这个期限"
    "应该没问题吧？要是他们第85天才付，我们还能主张什么？",
    ["最长可以约定到90日", "付款期限最长不得超过90日"],
    "前提错误：条例第九条规定机关、事业单位应当自交付之日起30日内付款，合同另有约定的，付款期限最长不得超过60日；"
    "90日是第二十五条投诉处理的最长期限，与付款期限无关。",
    lang="zh", present=["最长不得超过60日", "90日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "Since the NDRC notice makes the Ministry of Finance the body that verifies and identifies government "
    "breach-of-contract complaints, which MoF office should our industry association send its complaint to?",
    ["Ministry of Finance", "MoF"],
    "False premise: the notice has provincial credit leading departments collect complaints and transfer them to "
    "the superior or competent departments of the complained entities for verification and identification; the "
    "Ministry of Finance plays no role.",
    lang="en", present=["credit leading departments"],
    related=[E(NDRC, "II.(1)", "Provincial-level leading departments for social credit system construction"),
             E(NDRC, "II.(2)", "competent departments of the complained entities for verification")])

unans("false_premise",
    "条例第十三条允许总包单位在工程质量保证金之外，另收不超过合同价5%的“安全文明施工保证金”。我们作为分包，这笔"
    "安全保证金竣工后多久必须退还？",
    ["安全文明施工保证金", "安全保证金"],
    "前提错误：第十三条规定除投标、履约、工程质量、农民工工资四类依法设立的保证金外，工程建设中不得以任何形式收取"
    "其他保证金，并无允许另收5%安全保证金的规定。",
    lang="zh", present=["保证金"],
    related=[E(SME, "第十三条", "除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金外，工程建设中不得以任何形式收取其他保证金")])

unans("false_premise",
    "Given that the second batch of the Guangzhou Guidelines automatically exempts investment-promotion staff from "
    "accountability whenever a project they bring in fails, do we even need to keep records of our due-diligence "
    "steps any more?",
    ["automatically"],
    "False premise: the report says personnel are not held blindly accountable only as long as the investment "
    "promotion process is carried out with due diligence and compliance; the rule is exempting liability for due "
    "diligence and holding accountable for dereliction of duty.",
    lang="en", present=["exempted from liability", "due diligence"],
    related=[E(GZ, "¶18", "investment promotion process is carried out with due diligence and compliance"),
             E(GZ, "¶31", "exempting liability for due diligence and holding accountable for dereliction")])

unans("false_premise",
    "《民营经济促进法》第五十四条规定，政府违约毁约的，民营企业可以直接向法院申请强制执行补偿款。我们县政府单方"
    "终止了招商协议，据此申请执行需要准备哪些材料？",
    ["申请强制执行"],
    "前提错误：第五十四条讲的是失信惩戒和信用修复；政府履约与补偿规定在第七十条（因公共利益改变合同应予补偿）"
    "和第七十三条（纠正、赔偿），法律中没有“直接申请强制执行补偿款”的规定。",
    lang="zh", present=["补偿"],
    related=[E(PE, "第五十四条", "健全失信惩戒和信用修复制度"),
             E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")])

unans("false_premise",
    "Item III.(4) of the NDRC notice bars cities with government dishonesty records from issuing any local "
    "government bonds for three years. Does that three-year ban also cover general-purpose bonds?",
    ["three years", "three-year", "general-purpose"],
    "False premise: III.(4) says the NDRC will limit applications for local government special bonds (and restrict "
    "central budget support and financing recommendations) for entities with dishonesty records; there is no "
    "blanket bond ban and no three-year period.",
    lang="en", present=["special bonds"],
    related=[E(NDRC, "III.(4)", "limit applications for local government special bonds")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "我们公司现在是建筑工程施工总承包二级资质，想升一级，需要多少项代表工程业绩？注册建造师要配几个？",
    ["施工总承包", "建造师", "代表工程业绩"],
    "建筑业企业资质标准问题，文件不涉及（文件中的“资质”只是平等对待、资质评定限制等泛泛提法）。",
    lang="zh", present=["资质"])

unans("out_of_domain",
    "What's the limitation period for suing on an unpaid construction invoice in the Hong Kong courts under the "
    "Limitation Ordinance?",
    ["Limitation Ordinance", "limitation period"],
    "Hong Kong civil procedure; none of the documents deals with it (the GZ report only mentions a Hong Kong "
    "exchange activity).",
    lang="en", present=["Hong Kong"])

unans("out_of_domain",
    "明年春季广交会几号开幕？我们招商局想组织本地企业去参展，展位怎么申请？",
    ["广交会", "展位"],
    "展会安排，与这些文件无关。",
    lang="zh", present=["investment promotion"])

unans("out_of_domain",
    "Our association wants to get its member companies certified to ISO 37301. What are the certification steps, "
    "and roughly how much does a certification audit cost?",
    ["ISO", "37301", "certification audit"],
    "Third-party certification to an international standard; not covered by any document (the GZ report only lists "
    "the association's own compliance health checks).",
    lang="en", present=["Compliance Health Check"])

unans("out_of_domain",
    "工地上开塔吊的司机要持什么特种作业操作证？证书多久复审一次？",
    ["塔吊", "特种作业"],
    "施工现场特种作业人员资格问题，文件不涉及。",
    lang="zh", present=["安全生产"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "按照已经废止的《行政监察法》，监察机关对违纪的公务员可以给哪几种行政处分？和现在的政务处分有什么区别？",
    ["行政监察法", "行政处分"],
    "语料只有2020年《公职人员政务处分法》，没有已废止的《行政监察法》文本。",
    lang="zh", present=["政务处分的种类"])

unans("superseded",
    "大湾区廉洁合规协会发布的《企业廉洁合规建设指引》2025版，相比2023版改了哪些内容？",
    ["2025版", "2025 Edition"],
    "GZ报道只提到协会2024年3月发布了《企业廉洁合规建设指引（2023年版）》，既没有2025版，也没有任何一版的内容。",
    lang="zh", present=["2023 Edition"])

unans("superseded",
    "Before the 2023 NDRC notice, the 2016 State Council opinions on strengthening government integrity already "
    "dealt with governments breaking contracts. What sanctions did the 2016 opinions set out?",
    ["2016"],
    "The corpus holds only the 2023 NDRC notice (Development and Reform Finance [2023] No. 1103); no 2016 document "
    "is in it.",
    lang="en", present=["government integrity"])

unans("superseded",
    "The Guangzhou discipline commission released a third batch of the government-business Guidelines in 2026. "
    "Which new scenarios did the third batch add?",
    ["third batch", "2026"],
    "The GZ report (December 2025) covers only the first and second batches (33 scenarios in all); no third batch "
    "or 2026 edition is in the corpus.",
    lang="en", present=["second batch"])
