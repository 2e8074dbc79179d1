"""Hard-case gold items, hundred-and-sixtieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the editor of a WeChat public account on business policy, who runs a Chinese edition and an
English edition and thinks in headlines: '重磅！…', '一图读懂：…', '划重点：…', 'Breaking: …', numbered
takeaways and rhetorical hooks. She often types a question around a headline or a card she has
already drafted and wants checked (and sometimes the headline is wrong: a figure, a date, a body, a
number of batches), asks for lists she can turn into graphics, and now and then slips in questions
that are about running the account rather than about policy. Half her questions are in Chinese,
half in English.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "重磅！大企业拖欠中小企业货款要赔利息了！标题我拟的是「没约定利率的，按每天万分之五算」，这个说法靠谱吗？约定利率有没有下限？",
    "靠谱。《保障中小企业款项支付条例》第十七条：迟延支付应当支付逾期利息；双方约定利率的，不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付。",
    ["每日利率万分之五", "1年期贷款市场报价利率"],
    [E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "划重点：央企的「首席合规官」到底谁来当？是不是又要多设一个领导岗位？",
    "不新增岗位。《中央企业合规管理办法》第十二条：中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责，领导合规管理部门开展工作。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "一图读懂政务处分｜第5张卡片想写：一个人同时有好几件违法的事，处分期能叠加到多久？有没有封顶？",
    "《公职人员政务处分法》第十五条：两个以上违法行为分别确定政务处分；应给予两种以上的，执行其中最重的；应给予撤职以下多个相同政务处分的，可在一个处分期以上、多个处分期之和以下确定，但最长不得超过四十八个月。",
    ["执行其中最重的政务处分", "最长不得超过四十八个月"],
    [E(PS, "第十五条", "多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月")],
    lang="zh")

add("single",
    "划重点｜企业办事最怕来回跑！营商环境条例对「材料不全要补正」有没有硬性要求？",
    "有。《优化营商环境条例》第三十六条：需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容；政务服务事项推行当场办结、一次办结、限时办结等制度。",
    ["一次性告知需要补正的内容"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容")],
    lang="zh")

add("single",
    "Breaking: new officials, old promises void? Under the NDRC notice, is a local government off the hook if it stops performing a contract because the people in charge changed?",
    "No. Item II.(2) of the NDRC notice: failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Numbered takeaways for the English edition: what exactly happens to a prefecture-level city that ends up with a government dishonesty record? Give me the list.",
    "Item III.(4) of the NDRC notice: for prefecture-level and above cities with government dishonesty records, the NDRC will (1) cancel their eligibility for awards and pilot demonstrations in the development and reform system, (2) increase the weight of city credit monitoring deductions, and (3) cancel the title or eligibility for demonstration zones of social credit system construction.",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions", "demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

add("single",
    "Quick fact-check before I hit publish: how many scenarios do Guangzhou's two batches of government-business interaction guidelines cover altogether?",
    "33 scenarios across the two batches (¶10 of the lecture-hall report), which, the drafter adds, cannot encompass all situations.",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "Explainer hook: Guangzhou's integrity guidelines supposedly use a 'new format'. What is the format called, and why did the drafters go for it?",
    "The 'scenario + list + case' format (¶8): the grass-roots level needed a guideline that is 'easy to understand and simple to apply', since general provisions have limits in applicability and operability in specific scenarios, so the drafters added behavioural scenarios and typical cases to positive and negative lists.",
    ["scenario + list + case", "easy to understand and simple to apply"],
    [E(GZ, "¶8", "thus forming the ‘scenario + list + case’ format")],
    lang="en")

# ---- multi

add("multi",
    "重磅解读｜大企业向中小企业采购，到底多少天内要付款？还能不能搞「甲方没给我钱，我就不给你钱」那一套？两部法规都帮我对一下。",
    "《保障中小企业款项支付条例》第九条：大型企业应当自交付之日起60日内支付；合同另有约定的从其约定，但应合理约定付款期限并及时支付，不得约定以收到第三方付款作为支付条件，也不得按第三方付款进度比例支付。《民营经济促进法》第六十八条同样规定大型企业应当合理约定付款期限并及时支付，不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "Explainer: a private firm tells us the county government reneged on an investment-promotion deal. Walk me through the NDRC notice: where can the firm complain, and what happens to the complaint after that?",
    "Item II.(1): provincial credit leading departments accept such complaints through credit websites, the 'Internet + Supervision' platform, MIIT's SME arrears complaint platform, local 12345 hotlines, business environment complaint platforms and petition departments; the scope covers agreements in investment promotion and other fields. Item II.(2): the clues are transferred immediately to the superior or competent department of the entity complained about for verification; if untrue the complainant gets feedback, if true rectification is pushed, and a refusal to rectify is confirmed as breach of contract and dishonesty.",
    ["local 12345 government service hotlines", "investment promotion", "superior or competent departments of the complained entities", "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")],
    lang="en")

add("multi",
    "一图读懂｜「新官不理旧账」还行得通吗？民营经济促进法和优化营商环境条例里，政府换届、换人能不能当违约的理由？真要改承诺又该怎么办？",
    "不能。《民营经济促进法》第七十条和《优化营商环境条例》第三十一条都规定，地方政府及其部门不得以行政区划调整、政府换届、机构或者职能调整以及相关人员（责任人）更替等为由违约毁约；因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行，并对民营经济组织（市场主体）因此受到的损失予以补偿。",
    ["不得以行政区划调整、政府换届", "依照法定权限和程序进行", "予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "For our English edition: once an SME's complaint about unpaid bills has been passed on to the department that handles it, how long does that department get to produce a result? Can it drag on indefinitely?",
    "Article 25 of the SME payment regulation: the handling department must form a result within 30 days of receiving the complaint materials and give written feedback; in complex cases it may be extended with the department head's approval, but never beyond 90 days in total.",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")],
    lang="en")

add("cross_lingual",
    "Breaking explainer: at China's central SOEs, whose signature has to go on the compliance review of a major decision?",
    "The chief compliance officer's. Article 21 of SASAC's Central SOE Compliance Management Measures makes compliance review a mandatory step in business processes, and the compliance review opinion on major decisions must be signed by the chief compliance officer, giving a clear view on compliance.",
    ["必经程序", "重大决策事项的合规审查意见应当由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="en")

add("cross_lingual",
    "划重点｜听说广州第二批政商交往指引说国企投资亏了也能免责？前提条件到底是什么？别让读者误读成「亏了都不追责」。",
    "据讲堂报道（¶21），指引规定：投资已尽职尽责、经合规决策程序作出，因市场风险等客观因素造成亏损的，相关人员可以免责。不是亏了一律免责，前提是尽职和合规决策、亏损源于客观因素。",
    ["due diligence and through compliant decision-making procedures", "objective factors such as market risks", "may be exempted from liability"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "读者后台留言：我们小施工队接大单位的活，对方非让先打一笔押金，还只认现钱。拿银行出的担保单子顶替，行不行？",
    "行。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，对方应当接受。",
    ["不得将保证金限定为现金", "以金融机构出具的保函等提供保证的"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。")],
    lang="zh")

add("paraphrase",
    "Reader Q for our mailbag: say a town hall got blacklisted for stiffing a business, and later it pays up and makes good. Is it stuck with that black mark for good?",
    "No. Item III.(6) of the NDRC notice: once the identifying department confirms the dishonest behaviour has been corrected and performance completed, the dishonesty records should be promptly restored and the punishment measures terminated.",
    ["corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

# ---- unanswerable: false_premise

unans("false_premise",
      "「重磅！机关事业单位付款期限缩短至15日！」——这是我给新版中小企业款项支付条例拟的标题。想再补一句：合同另有约定的话，最长能放宽到多少天？",
      ["15日"],
      "《保障中小企业款项支付条例》第九条规定机关、事业单位应当自交付之日起30日内支付，合同另有约定的最长不得超过60日；条例中没有15日的付款期限，标题的前提是错的。",
      lang="zh", present=["30日", "60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "Explainer draft, point 3: 'A warning, the mildest sanction for Chinese public officials, still hangs over you for 12 months.' Why did lawmakers make even a warning last that long?",
      ["12 months"],
      "Article 8 of the Public Official Sanctions Law sets the period of a warning (警告) at six months (六个月); twelve months is the period of a demerit (记过). The premise is wrong, so the why-question cannot be answered as asked.",
      lang="en", present=["六个月", "十二个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
      "划重点：《中央企业合规管理办法》2023年1月1日起施行，那在这之前央企签的合同要不要补做合规审查？",
      ["2023年1月1日"],
      "《中央企业合规管理办法》第四十二条规定本办法自2022年10月1日起施行，不是2023年1月1日；办法也没有规定对施行前所签合同补做合规审查。",
      lang="zh", present=["2022年10月1日"],
      related=[E(SOE, "第四十二条", "本办法自2022年10月1日起施行。")])

unans("false_premise",
      "Breaking draft: 'Ministry of Commerce rolls out crackdown on government dishonesty to back private firms.' Which penalties does the Ministry of Commerce's 2023 notice set for dishonest local governments?",
      ["Ministry of Commerce", "MOFCOM"],
      "The 2023 notice on government integrity in the corpus (Development and Reform Finance [2023] No. 1103) was issued by the National Development and Reform Commission, not the Ministry of Commerce; no Ministry of Commerce notice is in the documents.",
      lang="en", present=["National Development and Reform Commission"],
      related=[E(NDRC, "-", "Notice of the National Development and Reform Commission")])

unans("false_premise",
      "一图读懂营商环境条例⑤：涉企的行政法规、规章、规范性文件向社会公开征求意见，期限「一般不少于两周」。那这两周从哪天开始算？",
      ["两周"],
      "《优化营商环境条例》第六十二条规定向社会公开征求意见的期限一般不少于30日，不是两周；条例也没有规定期限的起算日。",
      lang="zh", present=["30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日。")])

unans("false_premise",
      "Numbered takeaways: Guangzhou has now put out three batches of its government-business interaction guidelines, covering 50 scenarios. What's new in the third batch?",
      ["third batch", "three batches", "50 scenarios"],
      "The lecture-hall report says the Guangzhou Commission for Discipline Inspection and Supervision has issued two batches of the Guidelines (¶7), together covering 33 scenarios (¶10); there is no third batch in the documents.",
      lang="en", present=["two batches", "33 scenarios"],
      related=[E(GZ, "¶7", "has issued two batches of the Guidelines"),
               E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
      "划重点第3条：机关、事业单位每年6月30日前要公开上一年度拖欠中小企业款项的信息。为什么时间节点定在年中？",
      ["6月30日"],
      "《保障中小企业款项支付条例》第十八条规定机关、事业单位应当于每年3月31日前公开上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，不是6月30日；前提错误，无从解释「为什么定在年中」。",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

# ---- unanswerable: not_covered

unans("not_covered",
      "Breaking: the revised SME payment regulation has been in force for months now. How many complaints has the national arrears complaint platform logged so far, and what's the resolution rate?",
      ["resolution rate", "statistics"],
      "Article 24 of the SME payment regulation requires a national unified complaint platform for arrears, but no document gives any complaint numbers or resolution rates.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "民营企业申请信用修复，要交多少手续费？一般几个工作日能办完？想做一期一图读懂。",
      ["手续费", "修复费"],
      "《民营经济促进法》第五十四条只规定民营经济组织及其经营者符合条件的可以提出信用修复申请、有关机关应依法及时解除惩戒；NDRC通知III.(6)讲政府失信的信用修复。各文件均未规定信用修复的费用或办理时限。",
      lang="zh", present=["信用修复"])

unans("not_covered",
      "一图读懂：企业规模类型自测平台从哪儿进？网址或者小程序叫什么名字？",
      ["网址", "小程序"],
      "《保障中小企业款项支付条例》第二十九条只规定国务院负责中小企业促进工作综合管理的部门建立企业规模类型测试平台、提供自测服务，没有给出网址或入口名称。",
      lang="zh", present=["企业规模类型测试平台"])

unans("not_covered",
      "Breaking (to verify): which cities made it into NDRC's first batch of exposed government-dishonesty typical cases on Credit China?",
      ["Hangzhou", "Wuhan", "name and shame"],
      "Item IV.(9) of the NDRC notice only says a batch of typical cases will be selected and publicised on the Credit China website; no document names any city or case.",
      lang="en", present=["typical cases", "Credit China"])

unans("not_covered",
      "重磅｜新修订的《反不正当竞争法》对商业贿赂最高罚多少万元？央企合规制度要不要跟着调？",
      ["反不正当竞争法", "万元"],
      "《中央企业合规管理办法》第十八条只要求针对反商业贿赂等重点领域制定具体制度或专项指南，第十九条要求随法律法规变化修订制度；语料中没有《反不正当竞争法》的文本，也没有任何罚款数额。",
      lang="zh", present=["反商业贿赂"])

unans("not_covered",
      "Listicle idea: which companies' cases made it into the GBA association's first compilation of 'Integrity and Compliance Innovation Projects'? I need the names.",
      ["winners", "shortlisted"],
      "The lecture-hall report (¶57) only says the association released the Compilation of the First Batch of 'Integrity and Compliance Innovation Projects' in September 2025; it does not list the companies or projects included.",
      lang="en", present=["Integrity and Compliance Innovation Projects"])

# ---- unanswerable: out_of_domain

unans("out_of_domain",
      "公众号推文标题最多能写多少个字？太长会不会在订阅号列表里被折叠？",
      ["公众号", "标题"],
      "关于微信公众号运营规则，与七份政策文件无关。",
      lang="zh")

unans("out_of_domain",
      "What's the best time of day to push a WeChat article if I want the highest open rate?",
      ["WeChat", "open rate"],
      "A question about running a WeChat account; nothing in the seven policy documents.",
      lang="en")

unans("out_of_domain",
      "Hook idea: 'Yuan to break 7.5 per dollar by year-end?' Is that actually going to happen?",
      ["exchange rate", "dollar", "yuan"],
      "An exchange-rate forecast; none of the seven policy documents deals with currencies.",
      lang="en")

# ---- unanswerable: superseded

unans("superseded",
      "重磅回顾｜2020年国务院令第728号公布的那一版《保障中小企业款项支付条例》原文里，大型企业的付款期限是怎么写的？想做个新旧对比图。",
      ["修订前", "旧版"],
      "语料只收录2025年3月17日国务院令第802号修订后的条例文本（题注提到2020年第728号公布，但未收录原文），无法回答2020年原版条文的写法。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "Explainer: how did SASAC's 2018 trial compliance guidelines for central SOEs describe the chief compliance role, compared with the 2022 Measures?",
      ["2018"],
      "The corpus holds only SASAC Order No. 42, the Central SOE Compliance Management Measures in force from 1 October 2022; the earlier trial guidelines are not among the documents.",
      lang="en", present=["2022年10月1日"])

unans("superseded",
      "划重点：已经废止的《行政监察法》里，监察机关提出监察建议、对方不采纳的话怎么处理？跟现在的政务处分法比有啥变化？",
      ["行政监察法"],
      "语料只有2020年施行的《公职人员政务处分法》（其第三条、第六十一条涉及监察建议），没有已废止的《行政监察法》文本，无法说明旧法的规定或新旧变化。",
      lang="zh", present=["监察建议"])

unans("superseded",
      "Before/after piece: what did the October 2024 draft law on promoting the private economy say about late payments to private firms, and what changed in the final text?",
      ["October 2024", "draft law"],
      "The corpus holds only the Private Economy Promotion Law as adopted on 30 April 2025 (in force 20 May 2025); the earlier draft released for comment is not among the documents, so no comparison can be made.",
      lang="en", present=["2025年5月20日"])
