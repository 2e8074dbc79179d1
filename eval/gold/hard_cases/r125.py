"""Hard-case gold items, hundred and twenty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a compliance trainer preparing a quiz for a lecture session, who asks in quiz form (multiple
choice, true/false to confirm, fill-in-the-blank, "which article says…"), in Chinese and English;
false premises come as a wrong option presented as the answer or a blank filled in wrongly.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "填空题，帮我核对答案：《保障中小企业款项支付条例》规定，机关、事业单位向中小企业买货物、工程、服务，"
    "应当自____起30日内付款；合同另有约定的，付款期限最长也不能超过____日。两个空各填什么？出自哪一条？",
    "第九条第一款：自货物、工程、服务交付之日起30日内支付款项；合同另有约定的从其约定，但付款期限最长不得超过60日。",
    ["交付之日起30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "选择题：某公务员有三个违法行为，每个都应当给予记过（记过期间十二个月）。合并确定政务处分期时，最长可以定多久？"
    "A. 十二个月 B. 二十四个月 C. 三十六个月 D. 四十八个月",
    "C。政务处分法第十五条：应当给予撤职以下多个相同政务处分的，可在一个政务处分期以上、多个政务处分期之和以下确定，"
    "但最长不得超过四十八个月；三个记过之和为三十六个月，所以最长三十六个月。",
    ["多个政务处分期之和以下", "最长不得超过四十八个月"],
    [E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

add("single",
    "课堂小测：央企重大决策事项的合规审查意见，最后要谁签字？A. 总法律顾问 B. 首席合规官 C. 董事长 D. 业务部门的合规管理员，哪个对？",
    "B。《中央企业合规管理办法》第二十一条：重大决策事项的合规审查意见应当由首席合规官签字。",
    ["由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见")],
    lang="zh")

add("single",
    "选择题：中小企业投诉被拖欠款项，受理投诉部门正式受理后，多长时间内要把投诉转给处理投诉部门？"
    "A. 5个工作日 B. 10个工作日 C. 15日 D. 30日",
    "B。《保障中小企业款项支付条例》第二十五条：自正式受理之日起10个工作日内，按程序将投诉转交处理投诉部门。",
    ["10个工作日内"],
    [E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门")],
    lang="zh")

add("single",
    "出题用：《民营经济促进法》是哪一条说明了什么叫“民营经济组织”？个体户算不算在里面？",
    "第七十七条：民营经济组织是指境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，"
    "以及前述组织控股或实际控制的营利法人、非法人组织；个体工商户包括在内。",
    ["由中国公民控股或者实际控制", "个体工商户"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="zh")

add("single",
    "True or false for my quiz: under the NDRC integrity notice, if a local government stops honouring its agreement "
    "with a private firm simply because the officials in charge were replaced, that still counts as breach of contract and dishonesty.",
    "True. Section II.(2) of the notice: failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "《优化营商环境条例》里，制定跟企业经营密切相关的行政法规、规章，向社会征求意见一般至少要留多少天？"
    "A. 15日 B. 20日 C. 30日 D. 60日——是哪一条规定的？",
    "C。《优化营商环境条例》第六十二条：向社会公开征求意见的期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "选择题：机关、事业单位每年必须在哪天之前，把上一年度逾期没付中小企业款项的合同数量、金额公开出来？"
    "A. 1月31日 B. 3月31日 C. 6月30日 D. 12月31日",
    "B。《保障中小企业款项支付条例》第十八条：机关、事业单位应当于每年3月31日前通过网站、报刊等方式公开上一年度逾期尚未支付的合同数量、金额等信息。",
    ["每年3月31日前"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "小测验两问：①大型企业向中小企业采购，合同没有另行约定的，应当在交付后多少天内付款？"
    "②大型企业拒绝或者拖延支付中小民营企业账款，按《民营经济促进法》要承担什么后果？",
    "①《保障中小企业款项支付条例》第九条第二款：自货物、工程、服务交付之日起60日内支付；"
    "②《民营经济促进法》第七十三条第二款：大型企业拒绝或者拖延支付中小民营经济组织账款的，依法承担法律责任。",
    ["交付之日起60日内支付款项", "依法承担法律责任"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(PE, "第七十三条", "大型企业违反法律、行政法规规定或者合同约定，拒绝或者拖延支付中小民营经济组织账款的，依法承担法律责任")],
    lang="zh")

add("multi",
    "判断题，两句都要判：公务员被记过，处分期是十二个月；期满时只要有悔改表现、期间没再犯应受处分的事，处分就自动解除。两句都对吗？",
    "都对。政务处分法第八条：记过的期间为十二个月；第二十六条：受到开除以外的政务处分，在处分期内有悔改表现且没有再发生应受处分的违法行为的，政务处分期满后自动解除。",
    ["记过，十二个月", "政务处分期满后自动解除"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第二十六条", "在政务处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")],
    lang="zh")

add("multi",
    "选择题：央企的合规管理基本制度，由谁拟订、由谁审议批准？A. 合规管理部门拟订、经理层批准 "
    "B. 经理层拟订、董事会审议批准 C. 董事会拟订、党委批准 D. 首席合规官拟订、国资委批准",
    "B。《中央企业合规管理办法》第九条：经理层拟订合规管理基本制度；第八条：董事会审议批准合规管理基本制度、体系建设方案和年度报告等。",
    ["拟订合规管理基本制度", "审议批准合规管理基本制度"],
    [E(SOE, "第九条", "（二）拟订合规管理基本制度，批准年度计划等，组织制定合规管理具体制度。"),
     E(SOE, "第八条", "（一）审议批准合规管理基本制度、体系建设方案和年度报告等。")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "选择题（发改委2023年第1103号通知）：对有政府失信记录的地级及以上城市，发改委会怎么处理？"
    "A. 取消其在发展改革系统的评优评先和试点示范资格 B. 直接免去市长职务 C. 暂停全部中央财政转移支付 D. 处以罚款",
    "A。通知III.(4)：对有政府失信记录的地级及以上城市，取消其在发展改革系统的评优和试点示范资格，加大城市信用监测扣分权重，"
    "取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="zh")

add("cross_lingual",
    "选择题：广州市纪委监委发布的两批《政商交往指引》，一共覆盖了多少个典型场景？A. 12个 B. 29个 C. 33个 D. 100个",
    "C。廉洁合规讲堂报道（¶10）：两批《指引》覆盖33个场景，并且不能涵盖所有情形。",
    ["33 scenarios covered in the two batches"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="zh")

add("cross_lingual",
    "Fill in the blank for my quiz: under China's Law on Administrative Sanctions for Public Officials, when a supervisory "
    "organ investigates an official suspected of wrongdoing, the investigation must be carried out by ___ or more staff. Which article?",
    "Two: Article 42 (第四十二条) requires the investigation to be conducted by two or more staff members (二名以上工作人员).",
    ["由二名以上工作人员进行"],
    [E(PS, "第四十二条", "监察机关对涉嫌违法的公职人员进行调查，应当由二名以上工作人员进行")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "考大家一个场景：一家小供应商给公家单位送了货，对方拖过了期限才给钱，双方协议里也没提晚给钱怎么算。那对方每晚一天得额外掏多少？",
    "《保障中小企业款项支付条例》第十七条：迟延支付的应当支付逾期利息；对利率未作约定的，按照每日利率万分之五支付。",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("paraphrase",
    "我们是央企。员工通过内部“吹哨”渠道反映了问题，后来查实了，单位能不能给他发点钱表示感谢？他是谁会不会被捅出去？",
    "《中央企业合规管理办法》第二十四条：应当对举报人的身份和举报事项严格保密；对举报属实的举报人可以给予适当奖励，任何单位和个人不得打击报复。",
    ["对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "《保障中小企业款项支付条例》第九条规定，机关、事业单位应当自货物交付之日起45日内向中小企业付款。那合同另有约定的话，最长可以延到多少天？",
    ["45日"],
    "第九条规定机关、事业单位应自交付之日起30日内支付（另有约定的最长60日），大型企业为60日；条例中没有45日的付款期限，前提错误。",
    lang="zh", present=["30日内支付款项", "最长不得超过60日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
    "Since the Central SOE Compliance Measures require every central SOE's compliance committee to meet at least once a quarter, "
    "who is supposed to chair those quarterly meetings?",
    ["quarter", "quarterly", "每季度", "主持"],
    "Article 11 (第十一条) only says the compliance committee 定期召开会议 (meets regularly) and may share an office with the "
    "rule-of-law leadership body; no frequency and no chair are set anywhere.",
    lang="en", present=["定期召开会议", "合规委员会"],
    related=[E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公，统筹协调合规管理工作，定期召开会议")])

unans("false_premise",
    "Given that the Guangzhou Federation of Industry and Commerce issued the Guidelines and Q&A on Government-Business "
    "Interactions in Typical Scenarios, how many of the 33 scenarios were in the first batch it published?",
    ["Federation of Industry and Commerce issued", "first batch covered"],
    "The report (¶7) says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection and "
    "Supervision, not the Federation of Industry and Commerce; it gives 33 scenarios for both batches together, with no per-batch split.",
    lang="en", present=["33 scenarios", "Federation of Industry and Commerce"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
    "政务处分法规定，公职人员对政务处分决定不服，可以直接向人民法院提起行政诉讼。请问起诉期限是多少天？",
    ["行政诉讼", "起诉期限"],
    "政务处分法第五十五条规定的救济途径是向作出决定的监察机关申请复审、对复审决定不服再向上一级监察机关申请复核；"
    "法中没有提起行政诉讼及其起诉期限的规定，前提错误。",
    lang="zh", present=["申请复审", "申请复核"],
    related=[E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审；公职人员对复审决定仍不服的，可以向上一级监察机关申请复核")])

unans("false_premise",
    "我出的题答案写的是：政务处分共七种——警告、记过、记大过、降级、撤职、留用察看、开除。那“留用察看”的期间是多久？",
    ["留用察看"],
    "政务处分法第七条规定的政务处分只有六种：警告、记过、记大过、降级、撤职、开除，没有“留用察看”；第八条也只规定了前五种的期间。",
    lang="zh", present=["政务处分的种类为"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。"), E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
    "中小企业用应收账款融资时，大型企业应当在15日内确认债权债务关系；所以超过15日没确认，就视为已经确认了，对吧？",
    ["15日内", "视为确认"],
    "条例第十六条规定的是自中小企业提出确权请求之日起30日内确认债权债务关系，不是15日；也没有逾期未确认即视为确认的规定。",
    lang="zh", present=["30日内确认债权债务关系"],
    related=[E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")])

unans("false_premise",
    "The NDRC notice says a government dishonesty record is automatically removed after three years. For my quiz: once the "
    "three years are up, does the city get its social credit demonstration zone title back?",
    ["three years", "automatically removed"],
    "III.(6) ties credit restoration to the identifying department confirming the dishonest behaviour has been corrected and "
    "performance completed; no fixed period or automatic removal is given, and nothing says a cancelled demonstration-zone title is restored.",
    lang="en", present=["credit restoration", "demonstration zones"],
    related=[E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
             E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "选择题：大型企业因拖欠中小企业款项被认定失信后，失信信息在全国信用信息共享平台上要保留几年才移除？A. 1年 B. 3年 C. 5年 D. 永久",
    ["五年", "保留期限", "移出"],
    "条例第二十六条只规定失信情况记入信用记录、情节严重的纳入全国信用信息共享平台和公示系统并予以限制；"
    "民营经济促进法第五十四条和发改委通知III.(6)讲信用修复，但都没有规定保留年限。",
    lang="zh", present=["全国信用信息共享平台", "信用修复"])

unans("not_covered",
    "Quiz question: what is the annual membership fee for a company joining the GBA Integrity and Compliance Association?",
    ["membership fee", "annual fee", "会费"],
    "The report describes the association's members (29 industry sectors, various ownership types) and its services, but never mentions fees.",
    lang="en", present=["member enterprises", "29 industry sectors"])

unans("not_covered",
    "Fill in the blank: under the Public Official Sanctions Law, the written sanction decision must be served on the sanctioned "
    "official within ___ days of being made.",
    ["日内送达", "served within"],
    "第四十六条 only says the decision shall be 及时送达 (served promptly) and announced within a certain scope; the one-month "
    "limit in 第五十四条 is for changing post and pay, not for service. No number of days is given.",
    lang="en", present=["及时送达被处分人", "一个月内"])

unans("not_covered",
    "选择题：按照国务院批准的中小企业划分标准，工业企业从业人员多少人以下、营业收入多少以下算小型企业？",
    ["从业人员", "营业收入"],
    "条例第三条、第二十九条只提到依据国务院批准的中小企业划分标准确定企业规模、建立规模类型测试平台，没有列出具体人数和营业收入标准。",
    lang="zh", present=["中小企业划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "For my lecture slides: how many breach-of-contract and dishonesty complaints against local governments were handled "
    "nationwide in the first year after the NDRC's 2023 notice?",
    ["nationwide", "first year", "statistics"],
    "The notice sets up complaint columns (II.(1)), identification (II.(2)) and regular evaluation and notification (IV.(7)), "
    "but reports no figures on complaints handled.",
    lang="en", present=["complaints", "regularly notifying"])

unans("not_covered",
    "案例题：一家民营企业被某国有企业拖欠工程款两年，依据《民营经济促进法》去法院起诉，胜诉的把握有多大？",
    ["胜诉", "胜诉率"],
    "民营经济促进法第六十七条、第七十三条规定国有企业不得拒绝或拖延支付、违反的予以纠正并依法赔偿，第六十八条要求法院及时立案审理；"
    "但文件无法预测个案诉讼结果。",
    lang="zh", present=["拒绝或者拖延支付民营经济组织账款", "及时立案、审理、执行"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年7月公布的原《保障中小企业款项支付条例》（国务院令第728号，修订前的版本）里，大型企业付款期限是怎么规定的？是第几条？",
    ["修订前", "原条例"],
    "语料中只有2025年3月17日国务院令第802号修订后的文本；2020年原条例的条文内容没有收录，无法回答修订前的规定。",
    lang="zh", present=["国务院令第728号公布", "第802号修订"])

unans("superseded",
    "In SASAC's 2018 Guidelines for Compliance Management of Central Enterprises (Trial), which article required central SOEs "
    "to set up a compliance committee?",
    ["2018", "试行"],
    "Only the 2022 Central SOE Compliance Measures (SASAC Order No. 42) are in the corpus; its 第十一条 sets up the compliance "
    "committee, but the earlier 2018 trial guidelines are not included.",
    lang="en", present=["合规委员会", "国资委令第42号"])

unans("superseded",
    "选择题：2007年的《行政机关公务员处分条例》规定，记大过的处分期间是多少个月？A. 十二个月 B. 十八个月 C. 二十四个月",
    ["行政机关公务员处分条例"],
    "语料只有2020年的政务处分法（第八条：记大过十八个月），没有收录2007年《行政机关公务员处分条例》，无法据此回答旧规定。",
    lang="zh", present=["记大过，十八个月"])

unans("superseded",
    "In the October 2024 draft of the Private Economy Promotion Law released for public comment, what payment deadline did "
    "the draft set for state organs paying private firms?",
    ["draft", "草案"],
    "Only the law as adopted on 30 April 2025 is in the corpus; its 第六十七条 requires timely payment (及时支付) with no day count. "
    "The 2024 draft is not included.",
    lang="en", present=["及时向民营经济组织支付账款"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "选择题：公司和新员工签三年期的劳动合同，试用期最长可以约定多久？A. 1个月 B. 2个月 C. 6个月 D. 不得约定",
    ["试用期", "劳动合同"],
    "劳动合同试用期属于劳动合同法的内容；七份文件只在民营经济促进法第三十六条等处笼统提到遵守劳动用工法律法规。",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "Quiz: when our company bills a government agency for office supplies, what VAT rate applies to the payment?",
    ["VAT", "增值税"],
    "Tax rates are outside these documents; the business-environment regulations only mention e-invoicing (电子发票) in 第四十六条.",
    lang="en", present=["电子发票"])

unans("out_of_domain",
    "判断题：公司发给员工的年终奖，可以单独计算缴纳个人所得税，对吗？",
    ["年终奖", "个人所得税"],
    "个人所得税计税规则不在七份文件范围内；文件只泛泛提到财政税收法律法规和减税降费政策。",
    lang="zh", present=["减税降费"])
