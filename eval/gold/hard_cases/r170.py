"""Hard-case gold items, hundred-and-seventieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a data journalist building an explainer dashboard on China's business-environment and
clean-government rules. She wants exact figures, deadlines, counts and lists (how many days, how
many kinds, which bodies, which dates) and types short, list-shaped questions, half in English and
half in Chinese, often pasting a number she scraped from a secondary source (a WeChat post, a press
release, her own spreadsheet) and asking to confirm it. She also keeps asking for statistics,
rankings, trends and before/after comparisons that the documents themselves do not give, and now
and then slips in a question about her tooling.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "抓到一个数：中小企业款项逾期、双方又没约定利率的话，逾期利息按每日万分之五算。对吗？哪一条？",
    "对。《保障中小企业款项支付条例》第十七条：迟延支付应当支付逾期利息；有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付。",
    ["每日利率万分之五", "1年期贷款市场报价利率"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "政务处分一共几种？从轻到重列一下",
    "六种，《公职人员政务处分法》第七条：警告、记过、记大过、降级、撤职、开除。",
    ["警告", "记过", "记大过", "降级", "撤职", "开除"],
    [E(PS, "第七条", "第七条 政务处分的种类为：")],
    lang="zh")

add("single",
    "营商环境条例：涉企的行政法规、规章、规范性文件公开征求意见，期限是不少于30天吗？确认下",
    "是。《优化营商环境条例》第六十二条：除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，征求意见的期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "央企合规办法里点名要制定专项制度的“重点领域”有几个？分别是哪些",
    "《中央企业合规管理办法》第十八条列了七个：反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护（“等”重点领域，另加合规风险较高的业务）。",
    ["反垄断", "反商业贿赂", "生态环保", "安全生产", "劳动用工", "税务管理", "数据保护"],
    [E(SOE, "第十八条", "针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域")],
    lang="zh")

add("single",
    "民营经济促进法：牵头统筹协调促进民营经济发展工作的是哪个部门？",
    "国务院发展改革部门（《民营经济促进法》第四条）；国务院其他有关部门在各自职责范围内负责相关工作。",
    ["国务院发展改革部门负责统筹协调促进民营经济发展工作"],
    [E(PE, "第四条", "国务院发展改革部门负责统筹协调促进民营经济发展工作")],
    lang="zh")

add("single",
    "NDRC 2023 govt integrity notice — which channels are provinces supposed to use to collect breach-of-contract complaints? just need the list",
    "Item II.(1): credit websites, the State Council's \"Internet + Supervision\" platform, MIIT's Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs, local 12345 government service hotlines, business environment complaint platforms, petition departments and other channels.",
    ["credit websites", "Internet + Supervision", "local 12345 government service hotlines",
     "business environment complaint platforms", "petition departments"],
    [E(NDRC, "II.(1)", "the State Council's \"Internet + Supervision\" platform"),
     E(NDRC, "II.(1)", "should rely on their credit websites"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment"),
     E(NDRC, "II.(1)", "complaint platforms, petition departments, and other channels")],
    lang="en")

add("single",
    "from a press release: the GBA Integrity and Compliance Association spans 29 industry sectors. confirm?",
    "Yes. The Guangzhou report (¶34) says the association covers 29 industry sectors, including biomedicine, automobile manufacturing, transportation, daily chemicals and FMCG, e-commerce platforms, investment and finance, and information technology.",
    ["29 industry sectors"],
    [E(GZ, "¶34", "It covers 29 industry sectors including biomedicine, automobile manufacturing")],
    lang="en")

add("single",
    "Guangzhou gov-business interaction guidelines: total number of scenarios across both batches?",
    "33 scenarios across the two batches (report ¶10), which the drafter says cannot cover every situation.",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

# ---- multi

add("multi",
    "帮我汇总支付条例里的几个天数：应收账款确权几天？投诉转交几个工作日？投诉处理一般几天、最长几天？",
    "《保障中小企业款项支付条例》第十六条：自中小企业提出确权请求之日起30日内确认债权债务关系；第二十五条：受理投诉部门自正式受理之日起10个工作日内转交，处理投诉部门自收到材料之日起30日内形成处理结果，经批准可延长，但最长不得超过90日。",
    ["30日内确认债权债务关系", "10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第十六条", "自中小企业提出确权请求之日起30日内确认债权债务关系"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("multi",
    "政务处分期：单个处分最长是几个月？几个处分叠加的话上限又是多少个月？",
    "《政务处分法》第八条：降级、撤职的处分期最长，为二十四个月（警告六个月、记过十二个月、记大过十八个月）；第十五条：应当给予撤职以下多个相同政务处分的，可在一个处分期以上、多个处分期之和以下确定，但最长不得超过四十八个月。",
    ["二十四个月", "四十八个月"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

add("multi",
    "timeline check for the GBA Integrity & Compliance Association: founding date, first Lecture Hall session, and when was session 12?",
    "Founded April 16, 2021 (¶41); first Lecture Hall session in March 2022 (¶43); the 12th session in December 2025 (¶59), on the afternoon of December 26 at the Liby Center (¶3).",
    ["April 16, 2021", "March 2022", "December 2025"],
    [E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise"),
     E(GZ, "¶43", "March 2022: Held the first session of the"),
     E(GZ, "¶59", "December 2025: Held the 12th session")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "SME payment regs (2025 revision): how many days do govt agencies/public institutions get to pay an SME, and what's the cap if the contract sets its own term? news piece said 30/60",
    "Correct: art. 9 of the SME payment regulations - agencies and public institutions pay within 30 days of delivery; a contract may agree otherwise, but the term may not exceed 60 days.",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "但付款期限最长不得超过60日")],
    lang="en")

add("cross_lingual",
    "Public official sanctions law: after a demotion or heavier sanction, how long does HR have to change the person's post & salary? max extension?",
    "Art. 54: for sanctions of demotion or above, the personnel department handles the changes to post, salary and other benefits within one month of the decision; in special cases it may be extended with approval, but to no more than six months.",
    ["一个月内", "最长不得超过六个月"],
    [E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续"),
     E(PS, "第五十四条", "但是最长不得超过六个月")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份政府诚信通知，对有失信记录的主体，发改系统能用哪些惩戒手段？列个清单",
    "通知第(4)项：对有失信记录的主体，限制中央预算内资金支持、限制申报地方政府专项债券、按规定限制各类融资项目推荐；对有政府失信记录的地级及以上城市，取消发改系统评优评先和试点示范资格，加大城市信用监测扣分权重，取消社会信用体系建设示范区称号或资格。",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "restrict recommendations for various financing projects"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "读者问的：注册了个公司，一天生意都没做过，也不欠谁钱、没人欠它钱，想把它关了，有没有省事的办法？",
    "有。《优化营商环境条例》第三十三条：对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销。",
    ["按照简易程序办理注销"],
    [E(BE, "第三十三条", "对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销")],
    lang="zh")

add("paraphrase",
    "Say a city gets flagged for going back on its word to a company, then actually makes good on the deal. Does the black mark ever come off?",
    "Yes. NDRC notice item (6): once the identifying department confirms the behaviour has been corrected and performance completed, the dishonesty records should be promptly restored and the punishment measures terminated.",
    ["relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

# ---- false_premise

unans("false_premise",
      "二手资料写的：大型企业从中小企业采购，法定付款期限是交付后45日内。那如果合同另有约定，最长能拖到多少天？",
      ["45日"],
      "《保障中小企业款项支付条例》第九条第二款规定大型企业自交付之日起60日内支付，不是45日；合同另有约定的，只要求按行业规范、交易习惯合理约定并及时支付，没有给出大型企业的最长天数（最长60日的上限是第一款对机关、事业单位的）。前提错误，追问的“最长天数”也无从回答。",
      lang="zh", present=["60日内支付款项", "最长不得超过60日"],
      related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
      "My source table says under the sanctions law a warning lasts 3 months and a demerit 6 months. Why is a warning so short?",
      ["3 months", "three months", "三个月"],
      "PS art. 8 sets the periods at six months for a warning, twelve months for a demerit, eighteen for a major demerit and twenty-four for demotion or removal; nothing gives three months, so the premise is wrong and there is no 'why' to explain.",
      lang="en", present=["六个月", "十二个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；"),
               E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
      "看到一篇帖子：“机关、事业单位每年6月30日前要公开上一年度逾期未付中小企业款项的情况”。为啥定在年中？",
      ["6月30日"],
      "《保障中小企业款项支付条例》第十八条规定的截止日是每年3月31日前，不是6月30日；条例也没有解释日期定在何时的理由。",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
      "Why did the Ministry of Commerce's 2023 government-integrity notice tell provinces to strip cities of their social credit demonstration-zone titles?",
      ["Ministry of Commerce", "MOFCOM"],
      "The 2023 government-integrity notice (Development and Reform Finance [2023] No. 1103) was issued by the National Development and Reform Commission, not the Ministry of Commerce; and in item (4) it is the NDRC itself ('our commission') that cancels demonstration-zone titles for cities with government dishonesty records, not the provinces.",
      lang="en", present=["National Development and Reform Commission", "demonstration zones"],
      related=[E(NDRC, "-", "Development and Reform Finance [2023] No. 1103"),
               E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")])

unans("false_premise",
      "解读文章说央企首席合规官是新设的领导岗位，由董事长兼任。那现在一共有多少位？",
      ["董事长兼任", "由董事长"],
      "《中央企业合规管理办法》第十二条规定首席合规官“不新增领导岗位和职数，由总法律顾问兼任”，不是新设岗位、也不是董事长兼任；各文件也都没有首席合规官的人数统计。",
      lang="zh", present=["由总法律顾问兼任"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "Report says 200 guests turned up for the 12th Lecture Hall at Canton Tower on Dec 16 — who were the speakers?",
      ["200 guests", "Canton Tower", "December 16"],
      "The Guangzhou report (¶3) says the 12th session was held on the afternoon of December 26 at the Liby Center and gathered over 100 guests; no figure of 200, no Canton Tower, no December 16. The premise is wrong on count, venue and date.",
      lang="en", present=["over 100 guests", "Liby Center", "December 26"],
      related=[E(GZ, "¶3", "was held at the Liby Center"),
               E(GZ, "¶3", "this event gathered over 100 guests")])

unans("false_premise",
      "我表格里民营经济促进法那一行写的是“2025年1月1日起施行，共80条”，没问题吧？",
      ["2025年1月1日", "第八十条", "80条"],
      "《民营经济促进法》第七十八条（最后一条）规定本法自2025年5月20日起施行；全法共七十八条，不是80条，施行日期也不是1月1日。",
      lang="zh", present=["2025年5月20日", "第七十八条"],
      related=[E(PE, "第七十八条", "第七十八条 本法自2025年5月20日起施行。")])

# ---- not_covered

unans("not_covered",
      "How many complaints did MIIT's arrears-to-SMEs complaint platform log in 2024? need a yearly number for the chart",
      ["complaints received in 2024", "complaints in 2024"],
      "The NDRC notice (II.(1)) names MIIT's Registration (Complaint) Platform and the SME regulations (art. 24) set up a national complaint platform, but no document gives any complaint counts for any year.",
      lang="en", present=["投诉平台", "Registration (Complaint) Platform"])

unans("not_covered",
      "有没有统计：多少家央企已经设了首席合规官？各央企合规管理有没有排名？",
      ["家央企", "排名"],
      "《中央企业合规管理办法》第十二条只规定“结合实际设立首席合规官”，第四条规定国资委考核评价；各文件均无设立数量统计或排名。",
      lang="zh", present=["首席合规官"])

unans("not_covered",
      "民营经济“56789”那几个比重（税收、GDP、就业这些），民营经济促进法里有写吗？最新数字是多少？",
      ["56789", "百分之六十"],
      "《民营经济促进法》第九条只规定国家建立健全民营经济统计制度、定期发布有关信息，没有任何比重或统计数字；其他文件也没有。",
      lang="zh", present=["民营经济统计制度"])

unans("not_covered",
      "Is there a filing fee for an SME to lodge an arrears complaint against a big company? how much?",
      ["filing fee", "投诉费"],
      "The SME payment regulations (arts. 24-25) set up complaint channels and handling deadlines but say nothing about any fee for filing a complaint; no other document covers it.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "政务处分法施行以来，全国每年多少公职人员被政务处分？有逐年趋势吗",
      ["人次", "逐年"],
      "《公职人员政务处分法》只规定处分种类、期间和程序，没有任何处分人数统计；其他文件也没有。",
      lang="zh", present=["政务处分"])

unans("not_covered",
      "can you list all 33 scenarios in the Guangzhou gov-business guidelines, and how many are in batch 1 vs batch 2?",
      ["Scenario 1", "16 scenarios", "17 scenarios"],
      "The Guangzhou report (¶10) only gives the total of 33 scenarios across the two batches and describes each batch's focus (¶9); it neither lists the scenarios nor splits the count by batch.",
      lang="en", present=["33 scenarios"])

# ---- out_of_domain

unans("out_of_domain",
      "quick one, pandas: how do I get a 7-day rolling average on a daily time series?",
      ["pandas", "rolling average"],
      "A data-processing question; nothing to do with the policy documents.",
      lang="en")

unans("out_of_domain",
      "做新闻交互图表，Datawrapper 和 Flourish 哪个更好用？",
      ["Datawrapper", "Flourish"],
      "数据可视化工具选择问题，与这些政策文件无关。",
      lang="zh")

unans("out_of_domain",
      "For showing rank changes over several years, bump chart or slope chart?",
      ["bump chart", "slope chart"],
      "A chart-design question; nothing to do with the policy documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "支付条例2020年第728号令那一版，原条例里大型企业付款期限怎么写的？想做个修订前后对比",
      ["原条例", "修订前", "2020年版"],
      "语料只收了2025年3月17日国务院令第802号修订后的《保障中小企业款项支付条例》；标题只提到2020年以第728号令公布，2020年原文本不在语料中，无法对比。",
      lang="zh", present=["国务院令第728号", "国务院令第802号"])

unans("superseded",
      "Before the 2022 measures SASAC had the 2018 central SOE compliance guidelines (trial). How many articles did that one have and what changed?",
      ["2018", "试行"],
      "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42, effective 2022-10-01); the earlier trial guidelines are not in it, so neither their length nor a comparison can be given.",
      lang="en", present=["国资委令第42号"])

unans("superseded",
      "before/after chart: under the old 2007 civil-servant punishment regulations, how long did a warning last compared with now?",
      ["2007", "行政机关公务员处分条例"],
      "Only the 2020 Public Official Sanctions Law is in the corpus (warning: six months, art. 8); the earlier civil-servant punishment regulations are not, so the 'before' side cannot be answered.",
      lang="en", present=["六个月"])

unans("superseded",
      "The 2024 draft of the private economy promotion law – how many articles did it have vs the final 78?",
      ["draft", "草案", "征求意见稿"],
      "The corpus has only the law as adopted on 2025-04-30 (78 articles, effective 2025-05-20); no draft or consultation version is included.",
      lang="en", present=["2025年5月20日"])
