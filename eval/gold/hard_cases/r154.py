"""Hard-case gold items, hundred-and-fifty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a compliance manager at a second-tier subsidiary (二级子企业) of a central state-owned
enterprise. Talks in the group's internal jargon (三道防线, 合规委员会, 首席合规官, 业务及职能部门,
强监管) and asks what SASAC's compliance measures require of whom, reporting lines, compliance
review, accountability, training and assessment, and how the private-economy and SME payment
rules bind the group as a buyer; also handles the 政务处分 side for managers. Precise but hurried,
types in fragments, sometimes misremembers a body, a period or a duty, and quotes internal memos
and drafts as if they were right. About two thirds of the questions are in Chinese; the English
ones are written for (or relayed from) the foreign joint-venture partner.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "集团要求二级子企业也参照设首席合规官，我再确认下办法原文：首席合规官要不要单独增加领导职数？由谁兼？对谁负责？",
    "《中央企业合规管理办法》第十二条：结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门开展工作、指导所属单位加强合规管理。",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "重大决策上会前那份合规审查意见，必须首席合规官本人签字吗？合规部负责人签了算不算",
    "办法第二十一条：合规审查是经营管理的必经程序，重大决策事项的合规审查意见应当由首席合规官签字，"
    "并对决策事项的合规性提出明确意见。",
    ["重大决策事项的合规审查意见应当由首席合规官签字", "对决策事项的合规性提出明确意见"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

add("single",
    "某行业协会发通知，会员单位必须派人参加他们的合规培训班，一人收3800，不去就取消评优资格。这种强制培训+收费有没有依据能顶回去？",
    "《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "合规培训这块，办法是不是要求必须有年度培训计划？哪几类人要把合规作为必修？",
    "办法第三十条：建立常态化合规培训机制，制定年度培训计划，将合规管理作为管理人员、重点岗位人员和"
    "新入职人员培训必修内容。",
    ["制定年度培训计划", "管理人员、重点岗位人员和新入职人员"],
    [E(SOE, "第三十条", "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")],
    lang="zh")

add("single",
    "集团清欠办说“付中小企业款要纳入合规管理体系”，条例里真有这条？对下面子公司有啥要求",
    "《保障中小企业款项支付条例》第十九条：大型企业应当将保障中小企业款项支付工作情况纳入企业风险控制与"
    "合规管理体系，并督促其全资或者控股子公司及时支付中小企业款项。",
    ["纳入企业风险控制与合规管理体系", "督促其全资或者控股子公司及时支付中小企业款项"],
    [E(SME, "第十九条", "纳入企业风险控制与合规管理体系")],
    lang="zh")

add("single",
    "Our JV partner asked: if a local government stops honoring a contract with a private company because "
    "the bureau got restructured and the officials who signed it moved on, does the NDRC integrity notice "
    "still count that as breach?",
    "Yes. NDRC notice item (2): failure to perform due to institutional adjustments, personnel changes and "
    "other reasons shall all be regarded as breach of contract and dishonesty.",
    ["institutional adjustments, personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("single",
    "In that Guangzhou lecture hall write-up, the audit director from Guangzhou Pharmaceutical explained when "
    "an SOE investment loss gets tolerated vs. when people get held accountable. Where exactly is the line?",
    "Per the GZ report (Cheng Jinyuan): losses caused by inherent risks such as policy adjustments, market "
    "changes and technological exploration, where due measures were taken to stop losses, get error "
    "tolerance; losses expanded by lack of post-investment control, misappropriation of funds, or "
    "concealment of risks and delayed disposal mean those derelict in their duties are held accountable.",
    ["policy adjustments, market changes, and technological exploration", "error tolerance will be granted",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶30", "error tolerance will be granted")],
    lang="en")

add("single",
    "违规举报平台要整改：办法要求对外公布哪些举报渠道？举报人身份怎么保护？查实了能不能给奖励？",
    "办法第二十四条：设立违规举报平台，公布举报电话、邮箱或者信箱；对举报人的身份和举报事项严格保密，"
    "对举报属实的举报人可以给予适当奖励，任何单位和个人不得打击报复举报人。",
    ["公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")],
    lang="zh")

# ---- multi

add("multi",
    "按三道防线，第一道业务及职能部门和第二道合规部在合规审查上怎么切？各自审什么，别到时候互相推",
    "办法第十三条：业务及职能部门负责本部门经营管理行为的合规审查；第十四条：合规管理部门负责规章制度、"
    "经济合同、重大决策合规审查。",
    ["负责本部门经营管理行为的合规审查", "负责规章制度、经济合同、重大决策合规审查"],
    [E(SOE, "第十三条", "负责本部门经营管理行为的合规审查"),
     E(SOE, "第十四条", "负责规章制度、经济合同、重大决策合规审查")],
    lang="zh")

add("multi",
    "Two things for the JV's purchasing terms with small private suppliers: how many days after delivery do "
    "we have to pay, and can we put in the contract that we only pay once our own customer has paid us?",
    "SME Payment Regulations art. 9: a large enterprise must pay within 60 days of delivery (a contract may "
    "agree otherwise, but reasonably) and may not make receipt of a third party's payment a condition of "
    "paying the SME; Private Economy Promotion Law art. 68 likewise bars making receipt of third-party "
    "payment a condition of paying small and medium private suppliers.",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件",
     "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起60日内支付款项"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="en")

add("multi",
    "子公司一个部门副经理（国企管理人员）被监委给了记过，处分期多长？这期间还能提拔、涨薪吗",
    "《政务处分法》第八条：记过的处分期为十二个月；第二十一条：国有企业管理人员在处分期内不得晋升职务、"
    "岗位等级和职称，被记过的还不得晋升薪酬待遇等级。",
    ["记过，十二个月", "不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "For our JV partner: do SASAC's compliance measures require a central SOE to have a compliance committee, "
    "and can it share offices with an existing body instead of being standalone?",
    "Yes. Art. 11 of the Central SOE Compliance Management Measures: central SOEs set up a compliance "
    "committee, which may work jointly (合署办公) with the rule-of-law leadership body, coordinates "
    "compliance work and meets regularly.",
    ["设立合规委员会", "可以与法治建设领导机构等合署办公"],
    [E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公")],
    lang="en")

add("cross_lingual",
    "If we (large enterprise) pay an SME supplier late and the contract says nothing about interest, what "
    "late-payment interest applies? And if we did agree a rate, is there a floor?",
    "SME Payment Regulations art. 17: late payers must pay overdue interest; an agreed rate may not be lower "
    "than the 1-year LPR at the time of contracting; with no agreement, interest is 0.05% per day.",
    ["每日利率万分之五", "不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("cross_lingual",
    "广州那个廉洁合规讲堂的报道里，广州地铁那位是怎么讲第二批指引对国企投资亏损能不能免责的？",
    "GZ report ¶21 (Wang Xiaobin, Guangzhou Metro): the Guidelines state that if an investment made with due "
    "diligence and through compliant decision-making procedures incurs losses due to objective factors such "
    "as market risks, the relevant personnel may be exempted from liability.",
    ["due diligence and through compliant decision-making procedures", "may be exempted from liability"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "员工以前出过岔子，公司是不是得给他留个底？以后评先进、定级的时候会不会翻这笔旧账",
    "办法第二十五条第二款：建立所属单位经营管理和员工履职违规行为记录制度，将违规行为性质、发生次数、"
    "危害程度等作为考核评价、职级评定等工作的重要依据。",
    ["违规行为记录制度", "考核评价、职级评定等工作的重要依据"],
    [E(SOE, "第二十五条", "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据")],
    lang="zh")

add("paraphrase",
    "有个小供应商催款催得紧，还跑到上面告了我们一状，项目上有人放话要“给他点颜色看看”。这事规定上怎么说",
    "《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求"
    "或者投诉的中小企业及其工作人员进行恐吓、打击报复（第三十五条另规定相应处分、处罚责任）。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "首席合规官是对董事会负责的，那子公司首席合规官的年度考核是不是也由董事会直接来考、直接向董事会汇报？",
      ["对董事会负责"],
      "办法第十二条规定首席合规官由总法律顾问兼任，对企业主要负责人负责，不是对董事会负责；"
      "办法也未规定首席合规官由董事会考核或直接向董事会汇报，前提错误，无法按所问回答。",
      lang="zh", present=["对企业主要负责人负责"],
      related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
      "42号令是2023年1月1日才施行的，所以22年四季度我们签的那批合同没走合规审查，应该不算违反办法吧？",
      ["2023年1月1日"],
      "办法第四十二条：本办法自2022年10月1日起施行，不是2023年1月1日；2022年四季度已在施行期内，"
      "问题的前提（施行日期）错误。",
      lang="zh", present=["2022年10月1日"],
      related=[E(SOE, "第四十二条", "本办法自2022年10月1日起施行")])

unans("false_premise",
      "条例规定大型企业从中小企业采购要在交付后90日内付款，我们子公司合同模板统一写“验收合格后90天付款”应该没问题吧？",
      ["90日内支付"],
      "条例第九条第二款规定大型企业应当自交付之日起60日内支付款项（合同另有约定的从其约定，但应合理约定并及时支付），"
      "没有“90日内付款”的规定；90日只出现在第二十五条投诉处理期限中。前提错误。",
      lang="zh", present=["60日内支付款项"],
      related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
      "The NDRC notice gives provincial credit departments 30 days to pass a breach complaint on to the "
      "government body's supervising department, right? So no point chasing them before then?",
      ["30 days"],
      "NDRC notice item (2) says provincial credit leading departments should immediately transfer received "
      "breach-of-contract complaint clues to the superior or competent department for verification; no "
      "30-day period exists, so the premise is wrong.",
      lang="en", present=["immediately transfer"],
      related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
      "内部处分制度草稿里写的“参照政务处分法，记大过处分期二十四个月”，为啥记大过和降级一样长？",
      ["记大过，二十四个月"],
      "政务处分法第八条：记大过处分期为十八个月，二十四个月是降级、撤职的期间；草稿的前提错误，"
      "无法解释“为什么一样长”。",
      lang="zh", present=["记大过，十八个月"],
      related=[E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
      "Why did Guangzhou SASAC put out the government-business interaction Guidelines in three batches, and which "
      "batch is the one on investment promotion?",
      ["three batches"],
      "The GZ report (¶7) says the Guidelines and Q&A were issued in two batches, by the Guangzhou Municipal "
      "Commission for Discipline Inspection and Supervision, not SASAC and not in three batches; the "
      "why-question rests on a false premise.",
      lang="en", present=["two batches"],
      related=[E(GZ, "¶7", "Supervision has issued two batches of the")])

unans("false_premise",
      "我们是国有大型企业，条例要求每年3月31日前在官网公开上一年度逾期未付中小企业款项的合同数量和金额，今年这个该合规部牵头还是财务部牵头？",
      ["大型企业应当于每年3月31日前"],
      "条例第十八条：3月31日前通过网站、报刊公开的是机关、事业单位；大型企业是将逾期未付信息纳入企业年度报告，"
      "通过国家企业信用信息公示系统向社会公示。内部由哪个部门牵头，文件也未规定。前提错误。",
      lang="zh", present=["国家企业信用信息公示系统", "每年3月31日前"],
      related=[E(SME, "第十八条", "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示")])

# ---- not_covered

unans("not_covered",
      "专职合规管理人员按员工总数什么比例配？办法有没有硬性人数下限？我们子公司两千多人现在就俩专职",
      ["配备比例", "人数下限"],
      "办法第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员，没有比例或人数下限；"
      "其他文件也没有。",
      lang="zh", present=["专职合规管理人员"])

unans("not_covered",
      "听说国资委要出合规管理办法的配套实施细则，大概啥时候发？会不会把二级子企业的首席合规官也改成强制设？",
      ["实施细则"],
      "预测性问题。办法第十二条只说中央企业应当结合实际设立首席合规官，第三十九条要求推动所属单位建立健全体系；"
      "七份文件都没有关于配套细则出台时间或未来修改的内容。",
      lang="zh", present=["结合实际设立首席合规官"])

unans("not_covered",
      "How many central SOEs have actually appointed a chief compliance officer so far? Our JV partner wants a "
      "benchmark number.",
      ["chief compliance officers", "have appointed"],
      "Statistics question. SOE measures art. 12 requires central SOEs to set up a CCO (held by the general "
      "counsel) but none of the documents gives any count of appointments.",
      lang="en", present=["首席合规官"])

unans("not_covered",
      "How many working days does the compliance department get to issue its opinion on a contract review under "
      "the SASAC measures? Need it for the JV's approval workflow.",
      ["working days", "合规审查时限"],
      "SOE measures art. 14 and 21 make compliance review a mandatory step and give the compliance department "
      "review of contracts, but set no time limit; the 10-working-day period in the SME regulations (art. 25) "
      "is for forwarding complaints, not compliance review.",
      lang="en", present=["合规审查"])

unans("not_covered",
      "二级子企业要不要做ISO 37301合规管理体系认证？国资委这边有没有硬性要求，强监管下做了能不能加分",
      ["37301", "ISO"],
      "办法要求建立合规管理体系并定期做有效性评价（第二十七条），但七份文件都没有提及ISO 37301认证或认证加分。",
      lang="zh", present=["有效性评价"])

unans("not_covered",
      "Is there an official template for the compliance commitment staff have to sign under the SASAC rules, "
      "and what must it contain?",
      ["template"],
      "SOE measures art. 31 only says central SOEs should issue a compliance handbook and organise the signing of "
      "compliance commitments (组织签订合规承诺); no template or required content appears in any document.",
      lang="en", present=["合规承诺"])

# ---- out_of_domain

unans("out_of_domain",
      "Excel 里怎么用 VLOOKUP 按统一社会信用代码把两张供应商台账对起来？急",
      ["VLOOKUP"],
      "Spreadsheet how-to; nothing in the seven policy documents.",
      lang="zh")

unans("out_of_domain",
      "What USD/CNY rate should we use for the JV's Q3 management accounts, month-end or monthly average?",
      ["exchange rate", "USD"],
      "Accounting/FX question; none of the seven documents covers it.",
      lang="en")

unans("out_of_domain",
      "下周去国资委开会，首都机场T3打车过去大概多少钱、多久？",
      ["首都机场"],
      "Travel question; nothing in the seven documents.",
      lang="zh")

# ---- superseded

unans("superseded",
      "2018年那版《中央企业合规管理指引（试行）》里重点领域列了哪些？印象里跟42号令列的不太一样",
      ["合规管理指引（试行）", "2018年"],
      "语料只有2022年《中央企业合规管理办法》（国资委令第42号，第十八条列了重点领域），没有2018年的试行指引，"
      "无法回答旧文本内容或比较。",
      lang="zh", present=["反垄断、反商业贿赂"])

unans("superseded",
      "条例2020年728号令原始版本里，大型企业付款期限是怎么写的？2025年修订前后有啥变化",
      ["2020年9月1日"],
      "语料中的《保障中小企业款项支付条例》是2025年国务院令第802号修订后的文本，只在题注里提到2020年第728号令公布，"
      "不含原版条文，无法说明原版写法或修订变化。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "Was the SOE payment clause worded differently in the October 2024 draft of the Private Economy Promotion Law "
      "versus the final text?",
      ["draft", "October 2024"],
      "The corpus holds only the law as adopted on 30 April 2025 (art. 67 on payments by state-owned enterprises); "
      "no draft text is included, so the comparison cannot be made.",
      lang="en", present=["国有企业应当依法或者依合同约定及时向民营经济组织支付账款"])

unans("superseded",
      "政务处分法出台前，按2007年的《行政机关公务员处分条例》，记过的处分期是几个月？和现在一样吗",
      ["公务员处分条例", "2007年"],
      "语料只有2020年《公职人员政务处分法》（第八条：记过十二个月），没有2007年《行政机关公务员处分条例》，"
      "无法回答旧条例的规定或比较。",
      lang="zh", present=["记过，十二个月"])
