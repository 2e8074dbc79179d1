"""Hard-case gold items, ninety-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a lecturer preparing a compliance lecture session for an international class of trainees, writing
exam-style and discussion questions in English (some in Chinese for the local trainees): "Explain what…",
"List the…", "Compare how the two documents…", "According to…, what must…", "A trainee claims…; evaluate".
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "考试题：根据《公职人员政务处分法》，公职人员被降级或者撤职的，政务处分期是多长时间？这个期间从什么时候开始算？",
    "降级、撤职的政务处分期为二十四个月，自政务处分决定生效之日起计算（第八条）。",
    ["降级、撤职，二十四个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "课堂案例：某事业单位拖欠一家小企业的货款，双方合同里没有写逾期利率。这家小企业可以要求按什么标准计算逾期利息？",
    "合同未约定逾期利率的，按照每日利率万分之五支付逾期利息（《保障中小企业款项支付条例》第十七条）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "A trainee claims that if a local government walks away from a deal with a private firm only because the officials "
    "who signed it have since been replaced, that does not count as dishonesty under the NDRC notice. Evaluate this claim.",
    "The claim is wrong: under II.(2) of the NDRC notice, failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "According to the Guangzhou lecture-hall report, how many scenarios do the two batches of the Guidelines cover, and "
    "does the drafter say they cover every situation trainees might meet?",
    "The two batches cover 33 scenarios, and the drafter says they cannot encompass all situations (¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "请解释：按照《中央企业合规管理办法》，中央企业的首席合规官由谁来担任？他对谁负责？",
    "首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责（第十二条）。",
    ["由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "有学员认为：政府出台和企业经营密切相关的规章，只要在网上挂一周征求意见就算履行了程序。请根据《优化营商环境条例》评价这一说法。",
    "说法不对。除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，期限一般不少于30日（第六十二条）。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "请列出：《民营经济促进法》对个体工商户转为企业是怎么规定的？哪些机关应当提供帮助？",
    "个体工商户可以自愿依法转型为企业；登记机关、税务机关和有关部门为其转型提供指引和便利（第四十八条）。",
    ["个体工商户可以自愿依法转型为企业", "登记机关、税务机关和有关部门"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业"),
     E(PE, "第四十八条", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利")],
    lang="zh")

add("single",
    "Explain when, under the NDRC notice, a government body's dishonesty record gets cleared and the penalties against it are lifted.",
    "Once the identifying department confirms that the dishonest behaviour has been corrected and performance completed, "
    "the dishonesty records should be promptly restored and the punishment measures terminated (III.(6)).",
    ["corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "比较两份文件：《民营经济促进法》和《保障中小企业款项支付条例》对大型企业“等上游客户付了钱我再付给你”的付款安排分别是怎么规定的？",
    "两者都禁止：民营经济促进法第六十八条规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件；"
    "条例第九条规定不得约定以收到第三方付款作为付款条件，也不得按照第三方付款进度比例支付。",
    ["不得以收到第三方付款作为向中小民营经济组织支付账款的条件", "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项")],
    lang="zh")

add("multi",
    "案例讨论：某公务员有两个不同的违法行为，每个都应当给予记过处分。合并执行时，政务处分期可以在什么范围内确定？",
    "记过的处分期为十二个月（第八条）；应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定，"
    "即十二至二十四个月，最长不超过四十八个月（第十五条）。",
    ["记过，十二个月", "在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"],
    [E(PS, "第八条", "（二）记过，十二个月"),
     E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期")],
    lang="zh")

add("multi",
    "For the exam: list some of the channels provincial credit departments should use to collect breach-of-contract "
    "complaints against government departments, and explain what they must then do with the complaint clues.",
    "Under II.(1) they rely on credit websites, the \"Internet + Supervision\" platform, the MIIT SME arrears platform, "
    "local 12345 hotlines, business environment complaint platforms and petition departments; under II.(2) they must "
    "immediately transfer the clues to the superior or competent departments of the complained entities for verification.",
    ["local 12345 government service hotlines", "to the superior or competent departments of the complained entities"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract"),
     E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政府诚信履约的通知里，对有政府失信记录的地级及以上城市，发改委会采取哪些惩戒措施？",
    "发改委将取消其在发展改革系统的评奖和试点示范资格，加大城市信用监测扣分权重，并取消社会信用体系建设示范区称号或资格（III.(4)）。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "给本地学员的问题：广州那篇报道里提到的大湾区廉洁合规协会是哪天成立的？由哪些单位共同推动成立？",
    "协会于2021年4月16日成立（¶41），由市纪委监委、市国资委和市工商联共同推动成立（¶32）。",
    ["April 16, 2021", "jointly promoted by the Municipal Commission for Discipline Inspection",
     "Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity"),
     E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection"),
     E(GZ, "¶32", "the Municipal State-owned Assets Supervision and Administration Commission"),
     E(GZ, "¶32", "and the Municipal Federation of Industry and Commerce")],
    lang="zh")

add("cross_lingual",
    "Under China's revised regulation on paying SMEs, once a late-payment complaint has been passed to the handling "
    "department, how long does that department have to produce a result, and can the period be extended?",
    "The handling department must produce a result within 30 days of receiving the complaint materials; in complex cases "
    "it may be extended with the department head's approval, but to no more than 90 days (Article 25).",
    ["自收到投诉材料之日起30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "被查的干部如果替自己辩解、讲理由，会不会因此被罚得更重？",
    "不会。监察机关应当听取被调查人的陈述和申辩，不得因被调查人的申辩而加重政务处分（《公职人员政务处分法》第四十三条）。",
    ["不得因被调查人的申辩而加重政务处分"],
    [E(PS, "第四十三条", "听取被调查人的陈述和申辩"),
     E(PS, "第四十三条", "不得因被调查人的申辩而加重政务处分")],
    lang="zh")

add("paraphrase",
    "Does the NDRC plan to name and shame the worst government offenders openly, and through what outlets?",
    "Yes: IV.(9) says a batch of cases of serious or repeated dishonesty and strong public complaints will be selected, "
    "publicized on the \"Credit China\" website and exposed to society through news media.",
    ["Credit China", "news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Explain why China's SME payment regulation requires government agencies to pay small suppliers within 15 days of "
    "delivery, and what happens if they are late.",
    ["15日", "15 days"],
    "SME 第九条 sets 30 days from delivery for 机关、事业单位 (at most 60 days if the contract says otherwise); no document "
    "sets a 15-day payment period.",
    lang="en", present=["30日内支付款项"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
    "既然《中央企业合规管理办法》是国家发展改革委发布的，那么办法的解释权也在发改委吗？",
    ["国家发展改革委", "国家发展和改革委员会"],
    "SOE 办法 is issued by 国资委 (SASAC): 第二条 defines 国资委 and 第四十一条 says 本办法由国资委负责解释; the NDRC did not issue it.",
    lang="zh", present=["国资委"],
    related=[E(SOE, "第二条", "国务院国有资产监督管理委员会（以下简称国资委）"),
             E(SOE, "第四十一条", "本办法由国资委负责解释")])

unans("false_premise",
    "The NDRC notice gives the identifying department 30 days to verify each breach-of-contract complaint; so what "
    "happens to the complaint if that deadline passes?",
    ["30 days", "working days"],
    "NDRC II.(2) only says clues are to be transferred immediately for verification; it sets no 30-day (or other) "
    "verification deadline and no consequence of missing one.",
    lang="en", present=["immediately transfer"],
    related=[E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract")])

unans("false_premise",
    "为什么《公职人员政务处分法》规定，公职人员对政务处分不服的，要向人民法院申请复审？",
    ["向人民法院申请复审", "人民法院复审"],
    "PS 第五十五条: 复审 is applied for to the 监察机关 that made the decision, and 复核 to the next-higher 监察机关; "
    "courts have no role in 复审.",
    lang="zh", present=["申请复审", "申请复核"],
    related=[E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审"),
             E(PS, "第五十五条", "对复审决定仍不服的，可以向上一级监察机关申请复核")])

unans("false_premise",
    "The Guangzhou government-business interaction Guidelines were issued by the Municipal Federation of Industry and "
    "Commerce, right? And how many batches have they put out so far?",
    ["issued by the Municipal Federation", "Federation of Industry and Commerce has issued"],
    "GZ ¶7: the Guidelines were issued (two batches) by the Guangzhou Municipal Commission for Discipline Inspection and "
    "Supervision; the Federation of Industry and Commerce only attended and co-promoted the association.",
    lang="en", present=["Federation of Industry and Commerce"],
    related=[E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
             E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

unans("false_premise",
    "A trainee claims that under the Private Economy Promotion Law a large company may hold back payment to a small "
    "private supplier until its own client has paid, as long as the contract says so. Building on that, how should "
    "such a pay-when-paid clause be worded to be enforceable?",
    ["pay-when-paid", "背靠背"],
    "PE 第六十八条 forbids large enterprises to make receipt of third-party payment a condition of paying small private "
    "firms (SME 第九条 likewise forbids agreeing it); no document allows such a clause.",
    lang="en", present=["收到第三方付款"],
    related=[E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
             E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")])

unans("false_premise",
    "既然《保障中小企业款项支付条例》要求机关、事业单位每季度公开一次逾期未付中小企业款项的信息，那每次公开要写明哪些内容？",
    ["每季度", "季度"],
    "SME 第十八条 requires annual disclosure (每年3月31日前, covering the previous year), not quarterly.",
    lang="zh", present=["3月31日"],
    related=[E(SME, "第十八条", "应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "中小企业向省级受理投诉部门投诉机关拖欠款项，需要交投诉费吗？收费标准是多少？",
    ["投诉费", "受理费"],
    "SME 第二十四条、第二十五条 describe the complaint channel, transfer within 10 working days and a 30/90-day handling "
    "period, but say nothing about any complaint fee.",
    lang="zh", present=["受理投诉部门"])

unans("not_covered",
    "How many breach-of-contract complaints against government departments were verified as true in the first year "
    "after the NDRC notice, and what share of them were rectified?",
    ["rectification rate", "number of complaints", "percentage"],
    "NDRC II.(2) describes verification (\"if verified as true\") and IV.(7) regular evaluation, but the notice gives "
    "no statistics on complaints or outcomes.",
    lang="en", present=["verified as true"])

unans("not_covered",
    "我们是一家小型民营企业，被一家国有企业拖欠工程款一年多了。根据这些文件，如果去法院起诉，我们胜诉的把握有多大？",
    ["胜诉", "败诉"],
    "PE 第六十七条、第六十八条、第七十三条 and SME 第十七条 set duties and liabilities (court to 及时立案、审理、执行), "
    "but no document predicts litigation outcomes.",
    lang="zh", present=["拖延支付", "立案"])

unans("not_covered",
    "How many member enterprises does the GBA Integrity and Compliance Association have in total?",
    ["number of members", "members in total", "member companies"],
    "GZ ¶34 says members cover 29 industry sectors and ownership types, and ¶3 mentions over 100 guests at the event, "
    "but no member count is given.",
    lang="en", present=["29 industry sectors", "over 100 guests"])

unans("not_covered",
    "《中央企业合规管理办法》规定合规委员会每年至少要召开几次会议？",
    ["每年至少", "每半年"],
    "SOE 第十一条 only says the 合规委员会 定期召开会议; no minimum number of meetings is set.",
    lang="zh", present=["定期召开会议"])

unans("not_covered",
    "What exact non-performing loan tolerance does the Private Economy Promotion Law set for bank loans to small and "
    "micro private firms?",
    ["百分点", "non-performing loan"],
    "PE 第二十条 only says authorities urge financial institutions to 合理设置不良贷款容忍度; no figure is given anywhere.",
    lang="en", present=["不良贷款容忍度"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "讲课需要做新旧对比：2020年版（修订前）的《保障中小企业款项支付条例》对逾期利息是怎么规定的？",
    ["2020年版", "修订前"],
    "The corpus holds only the 2025 revision (国务院令第802号); the 2020 text (第728号) is cited in the heading but not included.",
    lang="zh", present=["第728号", "第802号修订"])

unans("superseded",
    "2018年国资委印发的《中央企业合规管理指引（试行）》对合规委员会的职责是怎么规定的？",
    ["合规管理指引", "试行"],
    "Only the 2022 中央企业合规管理办法 (国资委令第42号) is in the corpus; its 第十一条 covers the 合规委员会, but the earlier "
    "2018 trial guidelines are not included.",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "Under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long did a demotion "
    "sanction last?",
    ["Regulations on the Punishment", "行政机关公务员处分条例", "公务员处分条例"],
    "Only the 2020 公职人员政务处分法 is in the corpus (its 第八条 gives 降级 24 months); the 2007 regulations are not.",
    lang="en", present=["降级"])

unans("superseded",
    "In the draft Private Economy Promotion Law released for public comment in 2024, what did the article on late "
    "payment by state bodies say?",
    ["draft", "public comment", "征求意见稿", "草案"],
    "Only the law as adopted on 2025-04-30 is in the corpus (第六十七条 on payment by 国家机关、事业单位、国有企业); "
    "no draft text is included.",
    lang="en", present=["拒绝或者拖延支付民营经济组织账款"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "A company wants to end an employee's contract during the probation period. How much severance payment does it owe?",
    ["severance", "probation", "试用期", "经济补偿"],
    "Employment termination and severance are outside the seven documents (PE 第三十六条 only lists 劳动用工 laws in general).",
    lang="en", present=["劳动用工"])

unans("out_of_domain",
    "公司员工的个人所得税年度汇算截止日期是哪天？需要公司统一代办吗？",
    ["个人所得税", "汇算"],
    "Individual income tax filing is not covered; BE 第四十六条 only asks tax authorities to simplify 办税 procedures.",
    lang="zh", present=["办税"])

unans("out_of_domain",
    "If a US-listed company's sales manager pays a foreign government official to win a contract, what penalties apply "
    "under the FCPA?",
    ["FCPA", "Foreign Corrupt Practices Act"],
    "US anti-bribery law is outside the corpus; PE 第三十六条 and PS 第三十四条 deal only with Chinese rules on bribery and gifts.",
    lang="en", present=["贿赂"])
