"""Hard-case gold items, sixty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a compliance lecturer writing true/false and multiple-choice exam items for trainees, in Chinese and
English, on all seven documents: statements to judge, numbers to recall, who does what, and trick items with a
wrong figure, body or document.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我们是一家小微企业，给一家大型企业供货，对方拖了三个多月才付款，合同里也没写逾期利息怎么算，我们能按什么标准要利息？",
    "可以要求逾期利息。《保障中小企业款项支付条例》第十七条：大型企业迟延支付中小企业款项的，应当支付逾期利息；"
    "双方未约定利率的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息。"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息。")],
    lang="zh")

add("single",
    "判断题：公职人员因过失犯罪被判处有期徒刑四年，依照政务处分法应当予以开除。对还是错？",
    "对。政务处分法第十四条第一款第（二）项：因过失犯罪被判处有期徒刑，刑期超过三年的，予以开除。",
    ["予以开除", "因过失犯罪被判处有期徒刑，刑期超过三年的"],
    [E(PS, "第十四条", "公职人员犯罪，有下列情形之一的，予以开除："),
     E(PS, "第十四条", "（二）因过失犯罪被判处有期徒刑，刑期超过三年的；")],
    lang="zh")

add("single",
    "央企上会的重大决策事项，合规审查意见最后要由谁签字？",
    "由首席合规官签字。《中央企业合规管理办法》第二十一条：重大决策事项的合规审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见。",
    ["由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见")],
    lang="zh")

add("single",
    "选择题：根据《优化营商环境条例》，开展专项整治时，在下列哪种情况下可以要求相关行业的市场主体普遍停产、停业？"
    "A. 为完成年度考核指标；B. 发生重特大事故，并报经有权机关批准；C. 上级部门口头要求；D. 任何情况下都不可以。",
    "选B。第五十九条第二款：除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外，"
    "不得要求相关行业、领域的市场主体普遍停产、停业。",
    ["发生重特大事故", "报经有权机关批准"],
    [E(BE, "第五十九条", "除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外"),
     E(BE, "第五十九条", "不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施")],
    lang="zh")

add("single",
    "Our city has ended up with a government dishonesty record. What can the NDRC do to a prefecture-level city in that position?",
    "Under item III.(4) of the NDRC notice, for prefecture-level and above cities with government dishonesty records the NDRC "
    "will cancel their eligibility for awards and pilot demonstrations in the development and reform system, increase the "
    "weight of city credit monitoring deductions, and cancel the title or eligibility for social credit demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "True or false: under the NDRC's 2023 notice, a county government that stops honouring a contract because the official "
    "who signed it has been transferred can excuse itself on the ground of personnel changes.",
    "False. Item II.(2) states that failure to perform due to institutional adjustments, personnel changes and other reasons "
    "shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes,"),
     E(NDRC, "II.(2)", "and other reasons shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Quick check for my notes: how many scenarios do the two batches of Guangzhou's government-business interaction Guidelines cover in total?",
    "33 scenarios. The report says the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations (¶10).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "Which municipal bodies jointly promoted the setting up of the GBA Integrity and Compliance Association?",
    "It was jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal State-owned "
    "Assets Supervision and Administration Commission, and the Municipal Federation of Industry and Commerce (¶32).",
    ["Municipal Commission for Discipline Inspection and Supervision",
     "Municipal State-owned Assets Supervision and Administration Commission",
     "Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "the Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶32", "the Municipal State-owned Assets Supervision and Administration Commission"),
     E(GZ, "¶32", "and the Municipal Federation of Industry and Commerce")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "一家大企业跟我们签采购合同，想写上“甲方收到业主付款后再向乙方付款”。这种条款行不行？哪些规定管这个？",
    "不行。《保障中小企业款项支付条例》第九条第二款规定大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件；"
    "《民营经济促进法》第六十八条也规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件",
     "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项"),
     E(PE, "第六十八条", "应当合理约定付款期限并及时支付账款，不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "一名公务员有两个违法行为，各自都应给予记过处分。单个记过的处分期是多长？两个记过合并后处分期能定多长？",
    "记过的处分期为十二个月（政务处分法第八条）。应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、"
    "多个政务处分期之和以下确定处分期（第十五条），即12至24个月，且最长不得超过四十八个月。",
    ["记过，十二个月", "在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

add("multi",
    "Under the NDRC notice, who actually decides that a government department is guilty of breach of contract and dishonesty, "
    "and what does it take to get that record cleared?",
    "Complaint clues go to the superior or competent department of the complained entity for verification; if the complaint is "
    "true and the entity refuses to rectify, that identifying department confirms breach of contract and dishonesty (II.(2)). "
    "Once the identifying department confirms the behaviour has been corrected and performance completed, the records are "
    "promptly restored and punishment measures terminated (III.(6)).",
    ["superior or competent departments of the complained entities", "refuse to rectify",
     "the dishonest behavior has been corrected and performance completed"],
    [E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约机制的通知里，对有失信记录的相关主体，发改委会采取哪些限制措施？",
    "通知第三部分第（4）项：对有失信记录的相关主体，发改委将按规定限制中央预算内资金支持、限制申报地方政府专项债券、"
    "限制推荐各类融资项目。",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "restrict recommendations for various financing projects"],
    [E(NDRC, "III.(4)", "For relevant entities with dishonesty records"),
     E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects according to regulations")],
    lang="zh")

add("cross_lingual",
    "第12期“廉洁合规大讲堂”是在哪里举办的？大概来了多少人？",
    "据广州报道（¶3），第12期讲堂在立白中心（Liby Center）举办，吸引了100多位嘉宾参加。",
    ["Liby Center", "over 100 guests"],
    [E(GZ, "¶3", "was held at the Liby Center"),
     E(GZ, "¶3", "this event gathered over 100 guests")],
    lang="zh")

add("cross_lingual",
    "We're a small supplier and want to borrow against an invoice a big customer owes us. Once we ask the customer to confirm "
    "the debt, how long do they have to do it?",
    "30 days. Under Article 16 of the Regulations on Ensuring Payments to SMEs, where an SME finances with accounts receivable, "
    "the large enterprise must confirm the creditor-debtor relationship within 30 days of the SME's request.",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "单位里一位科长正在被查，这段时间他能出国玩一趟，或者干脆辞职走人吗？",
    "不能擅自这样做。政务处分法第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("paraphrase",
    "If a city-owned company puts money into something in good faith, follows every sign-off step, and still loses money "
    "because conditions changed, will the people involved be punished under Guangzhou's new rules?",
    "Not necessarily: the second batch of the Guidelines states that if an investment made with due diligence and through "
    "compliant decision-making procedures incurs losses due to objective factors such as market risks, the relevant personnel "
    "may be exempted from liability (¶21).",
    ["may be exempted from liability"],
    [E(GZ, "¶21", "if an investment made with due diligence and through compliant"),
     E(GZ, "¶21", "decision-making procedures incurs losses due to objective factors"),
     E(GZ, "¶21", "such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "政务处分法规定警告的处分期为三个月。那么警告处分期满后，是自动解除吗？",
    ["三个月"],
    "政务处分法第八条规定警告的处分期为六个月，不是三个月（记过十二个月、记大过十八个月、降级撤职二十四个月）；"
    "前提错误，应先更正。",
    lang="zh", present=["警告，六个月", "期满后自动解除"],
    related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
    "Why did the State Council issue Development and Reform Finance [2023] No. 1103 on improving the government integrity performance mechanism?",
    ["issued by the State Council", "State Council issued"],
    "The notice is issued by the National Development and Reform Commission (signed NDRC, August 5, 2023), not the State "
    "Council; the State Council is only mentioned for its \"Internet + Supervision\" platform. The premise must be corrected.",
    lang="en", present=["National Development and Reform Commission", "State Council"],
    related=[E(NDRC, "IV.(9)", "National Development and Reform Commission"), E(NDRC, "IV.(9)", "August 5, 2023")])

unans("false_premise",
    "既然《保障中小企业款项支付条例》要求大型企业每年3月31日前通过网站、报刊公开逾期未付中小企业款项的合同信息，"
    "那为什么对机关、事业单位反而没有这种公开要求？",
    ["大型企业应当于每年3月31日前"],
    "第十八条恰好相反：3月31日前通过网站、报刊公开的是机关、事业单位；大型企业是把相关信息纳入企业年度报告，"
    "通过国家企业信用信息公示系统公示。问题的两个前提都错。",
    lang="zh", present=["3月31日前", "纳入企业年度报告"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
             E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
    "Under SASAC's Central SOE Compliance Measures, the chief compliance officer is a newly created senior post that reports directly to the board of directors, right?",
    ["对董事会负责"],
    "Article 12 says the opposite on both points: the CCO post adds no new leadership position (不新增领导岗位和职数), is held "
    "concurrently by the general counsel, and is responsible to the enterprise's principal person in charge, not the board.",
    lang="en", present=["不新增领导岗位和职数", "对企业主要负责人负责"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "《优化营商环境条例》规定涉企行政规范性文件向社会公开征求意见的期限一般不少于15日。我们市这次征求了20天意见，肯定合规吧？",
    ["不少于15日"],
    "第六十二条规定向社会公开征求意见的期限一般不少于30日，不是15日；按条例，20天并不满足一般要求。前提数字错误。",
    lang="zh", present=["不少于30日"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
    "Since the Guangzhou discipline commission has been putting out a new batch of its government-business Guidelines every "
    "six months and the third batch is now out, which scenarios did the third batch add?",
    ["third batch", "every six months"],
    "The report says two batches were issued, for two consecutive years, covering 33 scenarios in all; there is no third "
    "batch and no six-monthly cycle.",
    lang="en", present=["two batches", "second batch", "two consecutive years"],
    related=[E(GZ, "¶7", "issued two batches of the Guidelines and Q&A"),
             E(GZ, "¶7", "for two consecutive years"),
             E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
    "The NDRC notice gives provincial credit leading departments 15 working days to pass a breach-of-contract complaint to "
    "the competent department. What happens if they miss that deadline?",
    ["15 working days", "working days"],
    "Item II.(2) sets no 15-working-day period: provincial credit leading departments should immediately transfer complaint "
    "clues to the superior or competent department. The notice sets no consequence for a missed deadline.",
    lang="en", present=["immediately transfer"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "How many arrears complaints has the national SME payment complaint platform handled so far, and what share of them were resolved?",
    ["投诉数量", "resolution rate", "办结率"],
    "SME Regulations art. 24 only requires the State Council SME department to build a national unified complaint platform; "
    "the NDRC notice mentions MIIT's complaint platform. No document gives complaint counts or outcome statistics.",
    lang="en", present=["拖欠中小企业款项投诉平台", "Registration (Complaint) Platform"])

unans("not_covered",
    "对中小企业规模类型有争议、向主管部门申请认定的，需要交认定费吗？收费标准是多少？",
    ["认定费", "认定费用"],
    "《保障中小企业款项支付条例》第二十九条规定有争议的可以向县级以上地方政府中小企业主管部门申请认定、有关部门提供协助，"
    "并有规模类型自测服务，但没有规定是否收费或收费标准。",
    lang="zh", present=["申请认定", "企业规模类型测试平台"])

unans("not_covered",
    "We're a small supplier about to sue a large company for late payment. What are our realistic chances of winning in court?",
    ["胜诉", "win rate", "success rate"],
    "PE art. 68 says courts should promptly file, try and enforce cases of arrears owed to SMEs and may mediate; SME "
    "Regulations art. 30 encourages pro bono legal services. Nothing predicts case outcomes or gives success rates.",
    lang="en", present=["依法及时立案、审理、执行", "公益法律服务"])

unans("not_covered",
    "政务处分决定书作出后，最迟几日内必须送达被处分人？",
    ["日内送达", "送达期限"],
    "政务处分法第四十六条只规定决定书应当“及时送达”被处分人和所在单位；第五十四条的“一个月内”是降级以上处分后办理"
    "职务、工资等变更手续的期限，不是送达期限。送达的具体天数未规定。",
    lang="zh", present=["及时送达", "一个月内"])

unans("not_covered",
    "How many members must a central SOE's compliance committee have, and how often is it required to meet?",
    ["委员人数", "每季度", "quarterly"],
    "Central SOE Compliance Measures art. 11 only says central SOEs set up a compliance committee, which may share offices "
    "with the rule-of-law leading body and meets regularly (定期召开会议); no size or meeting frequency is set.",
    lang="en", present=["合规委员会", "定期召开会议"])

unans("not_covered",
    "民营经济组织提出信用修复申请后，有关国家机关应当在多少个工作日内解除惩戒措施、移除失信信息？",
    ["个工作日内解除", "信用修复期限"],
    "《民营经济促进法》第五十四条只规定符合条件的可以申请信用修复，有关国家机关应当“依法及时”解除惩戒措施、移除或终止"
    "失信信息公示；发改委通知III.(6)也只说 promptly restored。没有具体工作日数。",
    lang="zh", present=["信用修复申请", "依法及时解除惩戒措施"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的原版《保障中小企业款项支付条例》里，大型企业向中小企业付款的期限是怎么规定的？和2025年修订后比有什么变化？",
    ["修订前", "原条例"],
    "语料只收录2025年国务院令第802号修订后的文本（第九条：大型企业自交付之日起60日内付款等）；标题中提到2020年第728号"
    "公布，但原版条文不在文件中，无法说明原版规定及修订前后的差异。",
    lang="zh", present=["国务院令第728号", "第802号修订"])

unans("superseded",
    "国资委2018年印发的《中央企业合规管理指引（试行）》对合规委员会和首席合规官是怎么规定的？",
    ["合规管理指引", "试行"],
    "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一条合规委员会、第十二条首席合规官），没有2018年的"
    "试行指引；不能用现行办法替代回答旧指引的内容。",
    lang="zh", present=["中央企业合规管理办法", "首席合规官"])

unans("superseded",
    "Under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long did a demerit (记过) last?",
    ["行政机关公务员处分条例", "2007"],
    "The corpus only holds the 2020 Law on Administrative Discipline for Public Officials (art. 8: 记过 twelve months); the "
    "2007 regulations are not included, so their terms cannot be stated from the documents.",
    lang="en", present=["记过，十二个月"])

unans("superseded",
    "In the October 2024 consultation draft of the Private Economy Promotion Law, how was a \"private economic organization\" defined?",
    ["征求意见稿", "草案", "draft"],
    "The corpus has only the law as adopted on 30 April 2025 (art. 77 defines 民营经济组织); no draft or consultation text "
    "is included, so the draft's wording cannot be given.",
    lang="en", present=["本法所称民营经济组织"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "What VAT rate applies to the payment my company receives under a software services contract with a government department?",
    ["VAT", "增值税", "税率"],
    "Tax rates are outside these documents; BE art. 24 and 46 only speak of tax-cut policies and simplifying tax filing.",
    lang="en", present=["减税降费"])

unans("out_of_domain",
    "员工在公司连续工作满十年，续签劳动合同时能要求公司签无固定期限劳动合同吗？",
    ["无固定期限", "劳动合同"],
    "这是劳动合同法问题，七份文件都没有涉及劳动合同期限；民营经济促进法只原则性提到保障劳动者合法权益、劳动用工法律法规。",
    lang="zh", present=["劳动者合法权益"])

unans("out_of_domain",
    "How many days of paid annual leave is a government official entitled to each year?",
    ["annual leave", "年休假", "带薪"],
    "Leave entitlements are outside the documents; the sanctions law deals with discipline of public officials, not their "
    "leave or benefits.",
    lang="en", present=["公职人员"])
