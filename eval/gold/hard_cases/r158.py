"""Hard-case gold items, hundred-and-fifty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an international master's student from Kenya studying public policy in Beijing, writing a
term paper on China's government-business relations. She writes in simple English with occasional
grammar slips (missing articles, "what this mean", "why they give"), asks for definitions, purposes,
who does what, and comparisons between the documents, and sometimes switches to beginner Chinese
(short textbook sentences, simple words like 小店, 公司, 工资). She often restates what her lecture
slides or classmates said, not always correctly, and sometimes asks things that are about her
student life rather than the documents.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "央企的合规培训，哪些人必须参加？",
    "《中央企业合规管理办法》第三十条：中央企业应当建立常态化合规培训机制，制定年度培训计划，"
    "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容。",
    ["管理人员、重点岗位人员和新入职人员", "必修内容"],
    [E(SOE, "第三十条", "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")],
    lang="zh")

add("single",
    "“营商环境”是什么意思？请告诉我定义。",
    "《优化营商环境条例》第二条：营商环境是指企业等市场主体在市场经济活动中所涉及的体制机制性因素和条件。",
    ["企业等市场主体", "体制机制性因素和条件"],
    [E(BE, "第二条", "本条例所称营商环境，是指企业等市场主体在市场经济活动中所涉及的体制机制性因素和条件")],
    lang="zh")

add("single",
    "中小企业和大企业签合同的时候，中小企业要不要告诉对方自己是中小企业？",
    "要。《保障中小企业款项支付条例》第三条：中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于"
    "中小企业；企业规模类型依合同订立时的企业规模类型确定。",
    ["应当主动告知其属于中小企业", "依合同订立时的企业规模类型确定"],
    [E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业")],
    lang="zh")

add("single",
    "民营经济促进法里的“民营经济组织”是什么意思？个体户也是吗？",
    "《民营经济促进法》第七十七条：民营经济组织是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的"
    "营利法人、非法人组织和个体工商户，以及前述组织控股或者实际控制的营利法人、非法人组织。所以个体工商户也包括在内。",
    ["由中国公民控股或者实际控制", "个体工商户"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="zh")

add("single",
    "如果公职人员不同意监察机关的政务处分决定，他可以做什么？",
    "《公职人员政务处分法》第五十五条：可以依法向作出决定的监察机关申请复审；对复审决定仍不服的，"
    "可以向上一级监察机关申请复核。",
    ["申请复审", "向上一级监察机关申请复核"],
    [E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审")],
    lang="zh")

add("single",
    "In the NDRC notice, which kind of agreements between government and private companies count for "
    "\"breach of contract and dishonesty\"? Only government procurement, or more?",
    "More than procurement. Notice II.(1): the scope covers breach and repudiation of agreements and contracts signed "
    "by government departments with private enterprises in government procurement, bidding, investment promotion, "
    "government-social capital cooperation, industrial support, government investment and other fields.",
    ["government procurement", "investment promotion", "government-social capital cooperation", "industrial support"],
    [E(NDRC, "II.(1)", "government procurement, bidding, investment promotion")],
    lang="en")

add("single",
    "My classmate say the Guangzhou guidelines use a \"scenario + list + case\" format. What this format mean "
    "and why the drafters choose it?",
    "GZ report ¶8: the grass-roots level needed a guideline that is 'easy to understand and simple to apply', so the "
    "drafters used the scenario-based format, adding specific behavioural scenarios and typical cases on the basis of "
    "positive and negative lists, to make abstract provisions concrete — the 'scenario + list + case' format.",
    ["easy to understand and simple to apply", "positive and negative lists", "scenario + list + case"],
    [E(GZ, "¶8", "introducing specific behavioral scenarios and typical cases")],
    lang="en")

add("single",
    "If a situation is not in the Guangzhou guidelines, how an official can judge if his action with a company is ok? "
    "What is the key point the speaker gave?",
    "GZ report ¶10 (Wang Yuqun): the core is to distinguish between 'acting for the public good' and 'acting for "
    "personal gain', and the key is whether the actions can be 'put on the table'.",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# ---- multi

add("multi",
    "For my paper I compare promise-keeping. Is it true the business environment regulation and the private economy "
    "law both say local government cannot break contract with companies just because leaders changed? And the NDRC "
    "notice also say something like this?",
    "Yes. 优化营商环境条例第三十一条 and 民营经济促进法第七十条 both forbid local governments to breach or repudiate "
    "policy commitments and contracts on grounds of administrative-division adjustment, change of government term (政府换届), "
    "institutional or functional adjustment, or change of the persons responsible (相关责任人更替 / 相关人员更替); changes "
    "needed for national or public interest must follow legal procedure with compensation. The NDRC notice II.(2) says "
    "failure to perform due to institutional adjustments, personnel changes and other reasons is regarded as breach of "
    "contract and dishonesty.",
    ["政府换届", "相关责任人更替", "相关人员更替", "personnel changes"],
    [E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("multi",
    "政务处分有哪几种？每一种的处分期多长？",
    "《公职人员政务处分法》第七条：种类为警告、记过、记大过、降级、撤职、开除。第八条：警告六个月，记过十二个月，"
    "记大过十八个月，降级、撤职二十四个月（开除没有处分期，第二十六条规定解除人事关系或者劳动关系）。",
    ["记大过", "开除", "警告，六个月", "记过，十二个月", "记大过，十八个月", "降级、撤职，二十四个月"],
    [E(PS, "第七条", "第七条 政务处分的种类为："),
     E(PS, "第八条", "（四）降级、撤职，二十四个月。")],
    lang="zh")

add("multi",
    "In the central SOE compliance measures, who makes the basic compliance system — the board, the managers or the "
    "compliance department? I am confused who does what.",
    "All three, at different steps. 第十四条: the compliance management department organises the drafting (组织起草) of "
    "the basic compliance system; 第九条: the management team (经理层) draws it up (拟订合规管理基本制度); 第八条: the "
    "board of directors reviews and approves it (审议批准合规管理基本制度), and also decides the setting-up and duties "
    "of the compliance department.",
    ["审议批准合规管理基本制度", "拟订合规管理基本制度", "组织起草合规管理基本制度"],
    [E(SOE, "第八条", "（一）审议批准合规管理基本制度、体系建设方案和年度报告等。"),
     E(SOE, "第九条", "（二）拟订合规管理基本制度，批准年度计划等，组织制定合规管理具体制度。"),
     E(SOE, "第十四条", "（一）组织起草合规管理基本制度、具体制度、年度计划和工作报告等。")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "Under the SME payment regulation, how many days a government office or public institution have to pay a small "
    "company? My slide says 30 days, and maximum 60 if the contract agree differently. Is it correct?",
    "Yes. 保障中小企业款项支付条例第九条: organs and public institutions must pay within 30 days from delivery of the "
    "goods, works or services; where the contract provides otherwise, the contract applies, but the payment term may "
    "not exceed 60 days.",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")],
    lang="en")

add("cross_lingual",
    "发改委的通知说，如果地方政府有失信记录，发改委会怎么惩罚？",
    "NDRC notice III.(4)：对有失信记录的相关主体，发改委限制中央预算内资金支持、限制申报地方政府专项债券、按规定限制"
    "推荐各类融资项目；对有政府失信记录的地级及以上城市，取消发展改革系统评优评奖和试点示范资格，加大城市信用监测扣分"
    "权重，取消社会信用体系建设示范区称号或资格。",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds")],
    lang="zh")

add("cross_lingual",
    "广州的大湾区廉洁合规协会是哪一年成立的？是谁推动成立的？",
    "GZ report ¶32：该协会成立于2021年，是由市纪委监委、市国资委和市工商联共同推动成立的非营利性社会组织"
    "（¶41：2021年4月16日成立）。",
    ["established in 2021", "Municipal Commission for Discipline Inspection and Supervision",
     "Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "How does the NDRC find out that some local government is not keeping its word to business people? "
    "Do they just wait for somebody to tell them?",
    "Not only. NDRC notice IV.(8): the NDRC actively looks for clues of government dishonesty through communication "
    "mechanisms with private enterprises, big data monitoring, and monitoring points set up in selected representative "
    "private enterprises, and passes clues to the local jurisdiction for supervision and follow-up.",
    ["communication mechanisms with private enterprises", "big data monitoring", "monitoring points"],
    [E(NDRC, "IV.(8)", "through communication mechanisms with private enterprises, big data monitoring")],
    lang="en")

add("paraphrase",
    "我朋友在北京有一个小店。她想把小店变成公司，可以吗？有人帮她吗？",
    "可以。《民营经济促进法》第四十八条：个体工商户可以自愿依法转型为企业，登记机关、税务机关和有关部门为个体工商户"
    "转型为企业提供指引和便利。",
    ["个体工商户可以自愿依法转型为企业", "提供指引和便利"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "My lecture slide says under the new SME payment regulation big companies must pay small companies within 45 days "
      "after delivery, but government offices have 60 days. Why big companies get less time than the government?",
      ["45日", "45 days"],
      "保障中小企业款项支付条例第九条 gives the opposite: organs and public institutions pay within 30日 of delivery "
      "(contract may extend to at most 60日), large enterprises within 60日 (or a reasonable contractual term). No "
      "45-day term exists, and big companies do not get less time than government, so the why-question rests on a false premise.",
      lang="en", present=["30日", "60日"],
      related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
      "撤职的处分期是三十六个月，为什么比降级长？",
      ["三十六个月"],
      "政务处分法第八条：降级、撤职的处分期都是二十四个月，撤职并不比降级长，也没有三十六个月的处分期"
      "（第十五条合并处分最长四十八个月）。问题的前提是错的。",
      lang="zh", present=["二十四个月"],
      related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
      "Why the Ministry of Finance issued the 2023 notice on government integrity and private economy? "
      "I thought finance ministry only care about money.",
      ["Ministry of Finance"],
      "The notice was issued by the National Development and Reform Commission (preamble; signed NDRC, August 5, 2023), "
      "not the Ministry of Finance; the 'Finance' in its number 'Development and Reform Finance [2023] No. 1103' is part "
      "of the NDRC document code. The why-question about the Ministry of Finance cannot be answered.",
      lang="en", present=["National Development and Reform Commission"],
      related=[E(NDRC, "-", "Notice of the National Development and Reform Commission on Improving")])

unans("false_premise",
      "In the lecture hall the speaker said the two batches of Guangzhou guidelines cover 50 scenarios. "
      "If 50 is so many, why he still say they cannot cover all situations?",
      ["50 scenarios"],
      "GZ report ¶10 says the two batches of the Guidelines cover 33 scenarios, not 50, and that they cannot "
      "encompass all situations because government-business interactions keep developing. The figure in the question is wrong.",
      lang="en", present=["33 scenarios"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
      "老师说，央企的首席合规官由董事长兼任。为什么是董事长？",
      ["董事长"],
      "中央企业合规管理办法第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。"
      "文件没有规定由董事长兼任，问题前提错误。",
      lang="zh", present=["总法律顾问"],
      related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
      "民营经济促进法是2024年通过的，为什么2025年才开始施行？",
      ["2024年"],
      "民营经济促进法题注及第七十八条：2025年4月30日第十四届全国人大常委会第十五次会议通过，自2025年5月20日起施行。"
      "不是2024年通过的，问题前提错误。",
      lang="zh", present=["2025年4月30日", "2025年5月20日"],
      related=[E(PE, "-", "2025年4月30日第十四届全国人大常委会第十五次会议通过")])

unans("false_premise",
      "My slide: \"Business environment regulation — public comments on new rules for companies at least 15 days.\" "
      "Why they give people such short time to comment?",
      ["15天", "15 days", "15日"],
      "优化营商环境条例第六十二条: the period for soliciting public comments on administrative regulations, rules and "
      "normative documents closely related to business is generally not less than 30日, not 15 days. The premise is wrong.",
      lang="en", present=["不少于30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

# ---- not_covered

unans("not_covered",
      "Does a small company need to pay a fee when it complain on the national platform for unpaid SME money? How much?",
      ["filing fee", "投诉费", "免费"],
      "保障中小企业款项支付条例第二十四条、第二十五条 set up the complaint platform and the handling deadlines (10个工作日 "
      "transfer, 30日 result, at most 90日) but say nothing about any fee or that it is free; no other document covers it.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "央企的首席合规官一年的工资是多少？",
      ["年薪", "万元"],
      "中央企业合规管理办法第十二条只规定首席合规官由总法律顾问兼任、不新增领导岗位和职数，没有规定工资或者薪酬；"
      "其他文件也没有。",
      lang="zh", present=["首席合规官"])

unans("not_covered",
      "How many complaints about big companies not paying SMEs did the national complaint platform receive since the "
      "regulation start? I need a number for my paper.",
      ["投诉数量", "万件", "complaints in total"],
      "The SME payment regulation (第二十四条) only says a national unified complaint platform is set up; no document gives "
      "any statistics on the number of complaints received.",
      lang="en", present=["拖欠中小企业款项投诉平台"])

unans("not_covered",
      "民营经济促进法以后会修改吗？什么时候？",
      ["修正案", "修订草案"],
      "民营经济促进法只规定自2025年5月20日起施行（第七十八条），没有任何关于以后修改的计划；这是预测，文件不能回答。",
      lang="zh", present=["2025年5月20日"])

unans("not_covered",
      "Under the private economy law a company can apply for credit restoration. Which application form they must fill "
      "and how many days the government take to decide?",
      ["application form", "申请表"],
      "民营经济促进法第五十四条 only says private economic organisations meeting the conditions may apply for credit "
      "restoration and authorities shall lift punishment measures in time; it gives no form and no processing time limit. "
      "The NDRC notice III.(6) covers government (not company) restoration without forms either.",
      lang="en", present=["信用修复申请"])

unans("not_covered",
      "How is China's public official sanctions law different from Kenya's Leadership and Integrity Act? "
      "Which one is more strict?",
      ["Kenya", "Leadership and Integrity Act"],
      "The documents contain only the Chinese 政务处分法 and related Chinese texts; nothing about Kenyan law, so no comparison "
      "can be drawn from them.",
      lang="en", present=["政务处分"])

# ---- out_of_domain

unans("out_of_domain",
      "How can I extend my student residence permit in Beijing? Do I go to the exit-entry office myself?",
      ["residence permit", "visa"],
      "A question about immigration procedures for a foreign student; none of the seven policy documents deals with it.",
      lang="en")

unans("out_of_domain",
      "学校图书馆周末几点关门？",
      ["图书馆", "关门"],
      "关于校园图书馆开放时间的问题，与七份政策文件无关。",
      lang="zh")

unans("out_of_domain",
      "How should I cite a Chinese law in APA style in my term paper reference list?",
      ["APA", "reference list"],
      "A citation-style question for academic writing; the documents say nothing about it.",
      lang="en")

# ---- superseded

unans("superseded",
      "The SME payment regulation first came out in 2020 (order No. 728). When did that first version take effect, and "
      "what it said about how fast big companies must pay?",
      ["2020年9月1日", "September 1, 2020"],
      "The corpus holds only the 2025 revision (国务院令第802号, in force from 2025年6月1日, 第三十七条); the header "
      "mentions the 2020 order No. 728 but the 2020 text, its effective date and its payment rules are not in the documents.",
      lang="en", present=["第728号", "2025年6月1日"])

unans("superseded",
      "2018年的《中央企业合规管理指引（试行）》对首席合规官有什么规定？",
      ["合规管理指引", "试行"],
      "语料只有2022年的《中央企业合规管理办法》（国资委令第42号，2022年10月1日施行），没有2018年的试行指引文本，"
      "无法回答它的规定。",
      lang="zh", present=["中央企业合规管理办法"])

unans("superseded",
      "Before the 2020 sanctions law there was the 2007 regulation on punishment of civil servants of administrative "
      "organs. How long was a warning period in that old 2007 regulation?",
      ["2007", "Regulations on the Punishment"],
      "The corpus has only the 公职人员政务处分法 of 2020 (第八条: 警告六个月); the earlier 2007 regulation is not among the "
      "documents, so what it said cannot be answered from them.",
      lang="en", present=["警告，六个月"])

unans("superseded",
      "2024年的民营经济促进法草案和现在的法一样吗？草案有多少条？",
      ["草案", "2024年"],
      "语料只有2025年4月30日通过的《民营经济促进法》正式文本（共七十八条），没有2024年的草案，无法比较。",
      lang="zh", present=["2025年4月30日"])
