"""Hard-case gold items, hundred-and-seventeenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a QA tester probing a legal chatbot with awkward questions in English and Chinese: requests for
an opinion or a ranking, hypotheticals, questions that mix up two documents' articles, questions with an
embedded instruction ('answer only yes or no', 'cite the article number'), and very indirect phrasing.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "只回答一个数字就行：政府机关从小微企业买东西，如果合同里另外约定了付款期限，这个期限最长能约到多少天？",
    "机关、事业单位应自交付之日起30日内付款；合同另有约定的从其约定，但付款期限最长不得超过60日（《保障中小企业款项支付条例》第九条第一款）。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "请务必注明条号再回答：一个公务员被记大过，这个处分要“背”多长时间？从哪天起算？",
    "记大过的政务处分期为十八个月，自政务处分决定生效之日起计算（《公职人员政务处分法》第八条）。",
    ["记大过，十八个月", "自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "大厂拖了我们的货款，合同里压根没写逾期利息怎么算。那利息到底按什么标准给？只答标准，别展开。",
    "未约定逾期利息利率的，按照每日利率万分之五支付逾期利息（《保障中小企业款项支付条例》第十七条）。",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "先答是或否：央企设首席合规官，是不是得专门新增一个领导职位？如果不是，那由谁来当？",
    "否。中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任（《中央企业合规管理办法》第十二条）。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "Answer yes or no first, then explain: a county government says it can't honour an investment-promotion "
    "agreement because the official who signed it has since been transferred. Under the NDRC notice, is that "
    "still treated as breach of contract and dishonesty?",
    "Yes. Section II.(2) of the NDRC notice says failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Just curious how thorough the Guangzhou government-business guidance is: how many situations do the two "
    "batches walk through, and does anyone claim that covers everything?",
    "According to drafting committee member Wang Yuqun, the two batches of the Guidelines cover 33 scenarios, "
    "which cannot encompass all situations (¶10 of the report).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "营商环境条例里，政府要出台跟企业经营密切相关的规章，向社会征求意见一般至少得留多长时间？请给出条文号。",
    "向社会公开征求意见的期限一般不少于30日（《优化营商环境条例》第六十二条第二款）。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "只答能或不能：一个处长已经退休两年了，现在才查出他在职时收过钱，还能给他政务处分吗？",
    "不能再给予政务处分，但可以对其立案调查；依法应予降级、撤职、开除的，按规定相应调整其享受的待遇（《公职人员政务处分法》第二十七条）。",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "你觉得哪个规定管得更宽？民营经济促进法和中小企业款项支付条例都不让“拿审计结果当结算依据”，两者分别约束的是哪些单位？",
    "民营经济促进法第六十七条约束国家机关、事业单位、国有企业（除法律、行政法规另有规定外不得强制要求以审计结果作为结算依据），"
    "覆盖全部国有企业；款项支付条例第十二条约束机关、事业单位和国有大型企业。就主体而言前者更宽。",
    ["国家机关、事业单位、国有企业", "不得强制要求以审计结果作为结算依据", "机关、事业单位和国有大型企业"],
    [E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("multi",
    "假设某公职人员有两件违法的事，每件都该记过一次，合在一起处分期最长能定多久？单次记过本身又是多久？",
    "记过的处分期为十二个月（第八条）；应当给予撤职以下多个相同政务处分的，可在一个处分期以上、多个处分期之和以下确定，"
    "最长不得超过四十八个月（第十五条）。两次记过即在十二至二十四个月之间确定。",
    ["记过，十二个月", "多个政务处分期之和以下确定政务处分期", "最长不得超过四十八个月"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

add("multi",
    "Both the NDRC integrity notice and the Private Economy Promotion Law talk about credit restoration. Who is "
    "being restored in each, and what has to happen before the record is cleared?",
    "NDRC III.(6): for dishonest (government) entities, once the identifying department confirms the dishonest "
    "behaviour has been corrected and performance completed, the records are restored and punishment ends. "
    "PEPL Art. 54: a private economic organisation or its operator that corrects the dishonest conduct, removes "
    "the adverse effects and meets the conditions may apply for credit restoration.",
    ["corrected and performance completed", "纠正失信行为、消除不良影响", "可以提出信用修复申请"],
    [E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(PE, "第五十四条", "民营经济组织及其经营者纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约的通知，对有政府失信记录的地级以上城市，发改系统会怎么“收拾”？",
    "通知第三部分第（4）项：对有政府失信记录的地级及以上城市，取消其发改系统评奖评优和试点示范资格，加大城市信用监测扣分权重，"
    "取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "广州那场廉洁合规讲堂上，有做审计的嘉宾聊到国企投资——项目没达到预期甚至失败了，是不是就一定要追责？",
    "不一定。广药集团审计部负责人表示，国企投资项目未达预期或失败并不必然导致追责，主要从合规审查、尽职认定、风险甄别三方面分析，"
    "区分损失是否由正常经营风险造成（报告¶29）。",
    ["does not necessarily lead to accountability",
     "compliance review, due diligence identification, and risk screening"],
    [E(GZ, "¶29", "failure of state-owned enterprise investment projects to meet expectations"),
     E(GZ, "¶29", "does not necessarily lead to accountability"),
     E(GZ, "¶29", "compliance review, due diligence identification, and risk screening")],
    lang="zh")

add("cross_lingual",
    "In a central SOE, whose signature has to go on the compliance review opinion for a major decision? Cite the article.",
    "Article 21 of the Central SOE Compliance Measures: compliance review is a mandatory step, and the compliance "
    "review opinion on major decisions must be signed by the chief compliance officer.",
    ["由首席合规官签字"],
    [E(SOE, "第二十一条", "中央企业应当将合规审查作为必经程序嵌入经营管理流程"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "甲方那家大公司让我们先打一笔钱压在他们那儿，我们想请开户银行出个书面兜底来代替，他们能不收吗？",
    "不能拒绝。机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受"
    "（《保障中小企业款项支付条例》第十三条第二款）。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("paraphrase",
    "我表哥在单位被纪委正式盯上、已经在查他了，他现在想一走了之——递交辞呈然后飞去国外，这样行得通吗？",
    "不行。公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职（《公职人员政务处分法》第五十二条第二款）。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "Given that the SME Payment Regulation gives government agencies 45 days to pay a small supplier, how many "
    "extra days do large enterprises get on top of that?",
    ["45 days", "45日"],
    "Art. 9 sets 30 days for organs and public institutions (at most 60 by contract) and 60 days for large "
    "enterprises; there is no 45-day term, so the premise is wrong.",
    lang="en", present=["30日内支付款项", "60日内支付款项"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
    "政务处分法第八条给警告定的处分期是三个月；照这个比例，撤职的处分期是不是也就一年左右？",
    ["三个月"],
    "第八条规定警告六个月、记过十二个月、记大过十八个月、降级撤职二十四个月；警告三个月的前提是错的。",
    lang="zh", present=["警告，六个月", "降级、撤职，二十四个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
    "Since the 2023 NDRC integrity notice was jointly issued with the Ministry of Finance, which of the two bodies "
    "is the one restricting central budget funds for entities with dishonesty records?",
    ["Ministry of Finance", "jointly issued"],
    "The notice (Development and Reform Finance [2023] No. 1103) is issued by the NDRC alone; III.(4) has 'our "
    "commission' restrict central budget funds. No joint issuer is named.",
    lang="en", present=["central budget funds"],
    related=[E(NDRC, "III.(4)", "our commission will restrict support from central budget funds")])

unans("false_premise",
    "央企合规管理办法规定每季度都得做一次合规管理体系有效性评价。那评价报告要报国资委的哪个厅局？",
    ["每季度", "季度"],
    "第二十七条只说“定期开展”有效性评价，未规定频率，也未规定报送国资委某个内设机构；第八条由董事会推动完善并评价有效性。",
    lang="zh", present=["定期开展合规管理体系有效性评价"],
    related=[E(SOE, "第二十七条", "中央企业应当定期开展合规管理体系有效性评价")])

unans("false_premise",
    "政务处分法要求，受降级以上处分的，人事部门得在三个月内把工资待遇变更办完，特殊情况最长能拖到一年，对吧？",
    ["三个月内", "最长不得超过一年"],
    "第五十四条规定在作出政务处分决定后一个月内办理变更手续，特殊情况经批准可延长，但最长不得超过六个月；三个月、一年均不对。",
    lang="zh", present=["一个月内", "最长不得超过六个月"],
    related=[E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续")])

unans("false_premise",
    "How binding are the Guangzhou government-business Guidelines on private companies, seeing as the Guangzhou "
    "Municipal People's Government issued them as a formal regulation?",
    ["Municipal People's Government"],
    "The report says the Guidelines and Q&A were issued by the Guangzhou Municipal Commission for Discipline "
    "Inspection and Supervision, not the municipal government, and says nothing of their binding force.",
    lang="en", present=["Guangzhou Municipal Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
    "为什么优化营商环境条例要求设立涉企行政事业性收费必须报全国人大批准？这样不是拖慢效率吗？",
    ["全国人大批准", "全国人民代表大会批准"],
    "第二十五条要求有法律、行政法规依据或者经国务院批准，并非报全国人大批准；前提有误，也不涉及效率评价。",
    lang="zh", present=["经国务院批准"],
    related=[E(BE, "第二十五条", "设立政府性基金、涉企行政事业性收费、涉企保证金，应当有法律、行政法规依据或者经国务院批准")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "Walk me through it step by step: to get certified as an SME through the enterprise size-type testing platform, "
    "what materials do I upload and how long until I receive the certificate?",
    ["认定证书", "上传材料", "certificate"],
    "SME Art. 29 only says the platform offers self-testing of size type and that disputes may be referred to the "
    "county-level SME department for determination; no upload step, materials list, certificate or time limit.",
    lang="en", present=["企业规模类型测试平台"])

unans("not_covered",
    "拖欠中小企业款项的投诉，这几年实际处理完、欠款追回来的比例大概多少？给个百分比就行。",
    ["解决率", "办结率", "百分之"],
    "条例第二十五条只规定了转交（10个工作日）和处理（30日、最长90日）的期限，没有任何处理结果统计。",
    lang="zh", present=["30日内形成处理结果"])

unans("not_covered",
    "我们是家小建筑公司，区里一个事业单位欠了我们工程款快两年。按这些规定去法院起诉，胜诉把握有多大？",
    ["胜诉", "败诉"],
    "民营经济促进法第六十八条只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，可以调解；文件不评估个案胜诉可能。",
    lang="zh", present=["及时立案、审理、执行"])

unans("not_covered",
    "What's the annual membership fee to join the GBA Integrity and Compliance Association, and do private SMEs get a discount?",
    ["membership fee", "annual fee"],
    "The report describes the association (non-profit, established 2021, 5A-level, members from 29 sectors) and its "
    "services, but gives no fee or discount.",
    lang="en", present=["non-profit social organization"])

unans("not_covered",
    "央企合规办法说举报属实的可以给奖励，那奖励金额一般是多少？是不是按涉案金额的几个点来算？",
    ["奖励金额", "奖励标准"],
    "第二十四条仅规定对举报属实的举报人可以给予适当奖励，没有金额或计算标准。",
    lang="zh", present=["给予适当奖励"])

unans("not_covered",
    "The NDRC notice says a 'batch' of typical dishonesty cases will be exposed. How many cases go into each batch, "
    "and is that published quarterly or annually?",
    ["quarterly", "annually", "per year"],
    "IV.(9) only says a batch of cases with serious or repeated dishonesty and strong public complaints will be "
    "publicised on 'Credit China' and through news media; no number or frequency is given.",
    lang="en", present=["Expose a batch of typical cases"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "保障中小企业款项支付条例2020年那一版（国务院令第728号）里，大型企业的付款期限原来是怎么写的？2025年修订具体改了哪些？",
    ["修订前", "原条例"],
    "语料只有2025年修订后的文本（第802号令），标题注明2020年第728号令公布，但不含旧版条文，无法比较修改内容。",
    lang="zh", present=["第728号", "第802号修订"])

unans("superseded",
    "In the October 2024 draft of the Private Economy Promotion Law that went out for public comment, what did the "
    "article on payment arrears say before the final vote?",
    ["draft", "草案"],
    "Only the law as adopted on 30 April 2025 is in the corpus; no draft text is included.",
    lang="en", present=["2025年4月30日"])

unans("superseded",
    "国资委2018年发的《中央企业合规管理指引（试行）》里，对合规委员会是怎么规定的？跟现在的办法比有啥区别？",
    ["指引（试行）", "2018年"],
    "语料只有2022年《中央企业合规管理办法》（第十一条规定合规委员会），不含2018年指引，无法比较。",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "Under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long did a demerit "
    "(记过) last before it was lifted?",
    ["2007", "Regulations on the Punishment", "行政机关公务员处分条例"],
    "The corpus has only the 2020 Public Official Sanctions Law (Art. 8: 记过 twelve months); the 2007 regulations "
    "are not included.",
    lang="en", present=["记过，十二个月"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "Our company wants to end an employee's contract during the probation period. How much severance payment do we owe?",
    ["severance", "probation", "试用期", "经济补偿金"],
    "Employment termination and severance are not dealt with by any of the seven documents.",
    lang="en")

unans("out_of_domain",
    "公司和一家政府单位签了服务合同，开发票的时候增值税税率应该按6%还是13%？",
    ["增值税", "税率"],
    "增值税税率不在任何文件范围内；营商环境条例只泛泛提到电子发票和减税降费。",
    lang="zh", present=["电子发票"])

unans("out_of_domain",
    "If a company signs a purchase contract with a government official's department, what stamp duty rate applies "
    "to the contract, and which side pays it?",
    ["stamp duty", "印花税"],
    "Stamp duty on contracts is outside all seven documents.",
    lang="en")
