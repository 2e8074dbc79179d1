"""Hard-case gold items, seventieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a graduate student in public administration writing a thesis that compares the NDRC notice, the
Guangzhou guidelines and the Private Economy Promotion Law; writes mostly in academic English with Chinese
terms in brackets, and asks about mechanisms, responsibilities, definitions and how one document's rule
relates to another's.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "For my chapter on the NDRC's identification mechanism: once the superior department verifies that a "
    "complaint of breach of contract (违约失信) against a local government department is true, is the department "
    "immediately labelled as dishonest, or is there an intermediate step?",
    "There is an intermediate step: if the complaint is verified as true, the identifying department first "
    "promotes rectification; only those who refuse to rectify are confirmed as breach of contract and dishonesty "
    "(NDRC notice II.(2)).",
    ["immediately promote rectification", "Those who refuse to rectify"],
    [E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

add("single",
    "What sanctions does the NDRC notice foresee specifically for prefecture-level and above cities "
    "that carry government dishonesty records, as opposed to the sanctions on individual entities?",
    "For such cities the NDRC will cancel their eligibility for awards and pilot demonstrations in the "
    "development and reform system, increase the weight of city credit monitoring deductions, and cancel the "
    "title or eligibility for social-credit demonstration zones (NDRC notice III.(4)).",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "How broadly does the NDRC notice define the scope of government breach of contract (违约毁约)? Which policy "
    "fields' agreements with private firms are covered?",
    "It covers breach and repudiation of the agreements and contracts government departments sign with private "
    "enterprises in government procurement, bidding, investment promotion, government-social capital "
    "cooperation, industrial support, government investment and other fields (NDRC notice II.(1)).",
    ["breach and repudiation behaviors", "investment promotion", "industrial support"],
    [E(NDRC, "II.(1)", "breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="en")

add("single",
    "Methodologically, are the Guangzhou guidelines simply a positive/negative list like most integrity "
    "codes, or did the drafters use some other drafting format (体例) when they wrote them up?",
    "The drafters built on positive and negative lists but added specific behavioural scenarios and typical "
    "cases, producing the 'scenario + list + case' format used by both batches (Guangzhou report ¶8).",
    ["scenario + list + case", "on the basis of positive and negative lists"],
    [E(GZ, "¶8", "typical cases on the basis of positive and negative lists"),
     E(GZ, "¶8", "‘scenario + list + case’ format adopted by both batches of the")],
    lang="en")

add("single",
    "How did the focus shift between the first and the second batch of the Guangzhou guidelines? I want to "
    "characterise the evolution (演进) in my comparative chapter.",
    "The first batch dealt with routine interaction issues such as what meals can be eaten and what vehicles can "
    "be taken; the second batch extended to full-cycle services for enterprise development, from investment "
    "promotion to project landing (Guangzhou report ¶9).",
    ["what meals can be eaten and what vehicles can be taken", "from investment promotion to project landing"],
    [E(GZ, "¶9", "“what meals can be eaten and what vehicles can be taken”"),
     E(GZ, "¶9", "The second batch extended and expanded the dimensions"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="en")

add("single",
    "《民营经济促进法》在国务院层面把促进民营经济发展的统筹协调职责交给了哪个部门？",
    "由国务院发展改革部门负责统筹协调促进民营经济发展工作，国务院其他有关部门在各自职责范围内负责相关工作（第四条）。",
    ["国务院发展改革部门负责统筹协调促进民营经济发展工作"],
    [E(PE, "第四条", "国务院发展改革部门负责统筹协调促进民营经济发展工作"),
     E(PE, "第四条", "国务院其他有关部门在各自职责范围内，负责促进民营经济发展相关工作")],
    lang="zh")

add("single",
    "按《民营经济促进法》，国有企业欠民营企业的工程款，能不能以“还在等决算审计”为由一直不付？能否硬性要求按审计结果结算？",
    "不能。国家机关、事业单位、国有企业不得在合同未作约定情况下以等待竣工验收批复、决算审计等为由拒绝或拖延支付；除法律、"
    "行政法规另有规定外，不得强制要求以审计结果作为结算依据（第六十七条）。",
    ["决算审计", "不得强制要求以审计结果作为结算依据"],
    [E(PE, "第六十七条", "在合同未作约定情况下以等待竣工验收批复、决算审计等为由，拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据")],
    lang="zh")

add("single",
    "What exactly is compiled into a government credit record (政府信用记录) under the NDRC notice? I need the "
    "categories of information for my coding scheme.",
    "The NDRC uniformly includes breach of contract and dishonesty information, arrears information sorted by "
    "localities, and information on those listed as dishonest persons subject to enforcement under the relevant "
    "entities (NDRC notice III.(3)).",
    ["arrears information sorted by localities", "dishonest persons subject to enforcement"],
    [E(NDRC, "III.(3)", "uniformly include breach of contract and dishonesty information"),
     E(NDRC, "III.(3)", "arrears information sorted by localities as required"),
     E(NDRC, "III.(3)", "information on those listed as dishonest persons subject to enforcement")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "On 'new officials ignoring old commitments' (新官不理旧账): does the NDRC notice accept personnel turnover as an "
    "excuse for non-performance, and how does the Private Economy Promotion Law treat the same excuse?",
    "Neither accepts it. The NDRC notice regards failure to perform due to institutional adjustments or personnel "
    "changes as breach of contract and dishonesty (II.(2)); the law forbids local governments to breach or "
    "repudiate commitments and contracts on grounds such as government turnover or replacement of personnel "
    "(PE Law Art. 70).",
    ["personnel changes", "相关人员更替"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")],
    lang="en")

add("multi",
    "How does credit restoration (信用修复) work for a dishonest government body under the NDRC notice compared "
    "with a private enterprise under the Private Economy Promotion Law? Who has to take the initiative?",
    "Under the NDRC notice, once the identifying department confirms the behaviour is corrected and performance "
    "completed, the records are promptly restored and punishment terminated (III.(6)). Under the law, a private "
    "organisation that has corrected the conduct and meets the conditions may itself apply for restoration, and "
    "the authorities must promptly lift the measures (PE Law Art. 54).",
    ["the dishonest behavior has been corrected and performance completed", "可以提出信用修复申请"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(PE, "第五十四条", "符合信用修复条件的，可以提出信用修复申请"),
     E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施")],
    lang="en")

add("multi",
    "论文里想对照一下付款规则：机关、事业单位从中小企业采购服务，合同没特别约定时最晚多少天内要付款？如果付晚了，又没约定利率，逾期利息按什么标准算？",
    "应自服务交付之日起30日内支付，合同另有约定的最长不超过60日（《保障中小企业款项支付条例》第九条）；迟延支付须支付逾期利息，"
    "未约定利率的按每日利率万分之五计算（第十七条）。",
    ["30日内支付款项", "每日利率万分之五"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "但付款期限最长不得超过60日"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委那份关于政务诚信履约机制的通知里，国家层面用什么方法评估各地处理违约失信投诉的情况？评估结果通报给谁？",
    "通过抽查、第三方调查、交叉检查等方式评估投诉处理和认定效率等重点任务，定期通报省级信用牵头部门并抄送省级人民政府（NDRC notice IV.(7)）。",
    ["spot checks, third-party investigations, cross-checks", "copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments"),
     E(NDRC, "IV.(7)", "copying the provincial people's governments")],
    lang="zh")

add("cross_lingual",
    "广州那套政商交往指引只覆盖有限的场景，遇到指引没写到的情况，起草人说判断的核心标准是什么？",
    "核心是区分“为公”还是“为私”，关键看行为能否“摆上台面”（Guangzhou report ¶10）。",
    ["acting for the public good", "put on the table"],
    [E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "For my definitions section: what exactly counts as a 'private economic organization' (民营经济组织) under the "
    "Private Economy Promotion Law? Are individual businesses included?",
    "It means for-profit legal persons, unincorporated organisations and individual industrial and commercial "
    "households established in China and controlled or actually controlled by Chinese citizens, plus for-profit "
    "legal persons and unincorporated organisations controlled by those (PE Law Art. 77).",
    ["由中国公民控股或者实际控制", "个体工商户"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "以及前述组织控股或者实际控制的营利法人、非法人组织")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "Will the worst offenders actually be named and shamed in public, or does all of this stay quietly inside "
    "the bureaucracy?",
    "They are made public: the NDRC will select cases of serious or repeated dishonesty with strong public "
    "complaints, publicize them on the Credit China website and expose them through news media (NDRC notice IV.(9)).",
    ["expose them to society through news media"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", 'publicize them on the "Credit China" website'),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "Say a city-owned company's managers make a bet that goes bad because of things nobody could control, even "
    "though they followed every proper step before signing off. Are they personally on the hook under the "
    "Guangzhou rules?",
    "Not necessarily: the Guidelines state that if an investment made with due diligence and compliant "
    "decision-making procedures incurs losses due to objective factors such as market risks, the personnel may be "
    "exempted from liability (Guangzhou report ¶21).",
    ["may be exempted from liability", "objective factors such as market risks"],
    [E(GZ, "¶21", "if an investment made with due diligence and through compliant decision-making"),
     E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "Why does the NDRC notice give the superior or competent department 15 working days to verify a "
    "breach-of-contract complaint (违约失信投诉) before it has to report back?",
    ["15 working days", "working days"],
    "NDRC II.(2) only says provincial credit leading departments 'immediately transfer' complaint clues for "
    "verification and that feedback be 'prompt'; no 15-working-day period exists in any document (the 10 "
    "working-day transfer and 30-day handling periods are in the SME payment regulation, Art. 25, a different "
    "mechanism).",
    lang="en", present=["immediately transfer", "工作日"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
    "Since the Guangzhou guidelines were promulgated by the Guangzhou Municipal People's Government "
    "(市政府) as a normative document, are they legally binding on enterprises in the way the Private "
    "Economy Promotion Law is?",
    ["Municipal People's Government", "广州市人民政府"],
    "The report says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection "
    "and Supervision (¶7), not the municipal government; nothing addresses their legal force over enterprises.",
    lang="en", present=["Municipal Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision")])

unans("false_premise",
    "《民营经济促进法》第九条要求国家每季度发布一次民营经济统计信息，这个发布频率是怎么确定的？",
    ["每季度", "quarterly"],
    "第九条只说国家建立健全民营经济统计制度、“定期发布有关信息”，没有规定每季度的频率。",
    lang="zh", present=["定期发布有关信息"],
    related=[E(PE, "第九条", "对民营经济发展情况进行统计分析，定期发布有关信息")])

unans("false_premise",
    "Given that Article 70 of the Private Economy Promotion Law exempts local governments from paying "
    "compensation when they change a policy commitment in the public interest, how does that square with the "
    "NDRC's dishonesty punishment?",
    ["免予补偿", "不予补偿", "无需补偿"],
    "The premise is reversed: PE Law Art. 70 requires changes for national or public interest to follow legal "
    "authority and procedure and to compensate the private organisation's losses (予以补偿).",
    lang="en", present=["予以补偿"],
    related=[E(PE, "第七十条", "应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿")])

unans("false_premise",
    "The notice on improving the government integrity performance mechanism was issued jointly by the General "
    "Office of the State Council (国务院办公厅) and the NDRC back in 2021, right?",
    ["General Office", "国务院办公厅"],
    "The notice is Development and Reform Finance [2023] No. 1103, signed by the National Development and Reform "
    "Commission alone and dated August 5, 2023; no State Council General Office involvement or 2021 date.",
    lang="en", present=["[2023] No. 1103", "August 5, 2023"],
    related=[E(NDRC, "IV.(9)", "August 5, 2023")])

unans("false_premise",
    "The SME payment regulation sets default late-payment interest at 1‰ per day (每日千分之一); so if a government "
    "agency pays a 100,000-yuan invoice 30 days late, it owes the supplier 3,000 yuan in interest?",
    ["千分之一", "1‰"],
    "SME regulation Art. 17 sets the default rate (where no rate is agreed) at 万分之五 per day, not 千分之一, so the "
    "arithmetic built on the premise is wrong.",
    lang="en", present=["万分之五"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "The second batch of the Guangzhou guidelines alone contains 50 scenarios. Which of those 50 deal with "
    "investment promotion (招商引资)?",
    ["50 scenarios", "fifty scenarios"],
    "The report says the two batches together cover 33 scenarios (¶10) and does not list the scenarios "
    "individually.",
    lang="en", present=["33 scenarios"],
    related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "Is there a filing fee (手续费) for a private firm lodging a breach-of-contract complaint through the special "
    "complaint column on a provincial credit website or on Credit China?",
    ["filing fee", "complaint fee", "手续费"],
    "NDRC II.(1) lists the complaint channels (credit websites, Internet + Supervision, the MIIT platform, 12345 "
    "hotlines) but says nothing about fees for complainants.",
    lang="en", present=["Credit China", "12345"])

unans("not_covered",
    "How many breach-of-contract complaints against local governments have provincial credit departments received "
    "since the NDRC notice was issued in 2023? I need the aggregate figure for my descriptive statistics.",
    ["number of complaints", "投诉数量"],
    "The notice sets up complaint channels and evaluation (II.(1), IV.(7)) but reports no figures on complaints "
    "received or handled.",
    lang="en", present=["complaints received", "complaint"])

unans("not_covered",
    "For how many years does a government dishonesty record stay publicly disclosed (公示期限) on the national credit "
    "information sharing platform before it expires automatically?",
    ["disclosure period", "公示期限", "automatically expire"],
    "NDRC III.(6) ties restoration to correction and completed performance, and PE Law Art. 54 to a restoration "
    "application; no document fixes a disclosure period in years.",
    lang="en", present=["promptly restored", "信用修复"])

unans("not_covered",
    "《民营经济促进法》第五十四条规定可以申请信用修复，那有关机关应当在收到申请后多少个工作日内作出修复决定？",
    ["修复决定", "个工作日内作出"],
    "第五十四条只要求有关国家机关“依法及时解除惩戒措施”，没有规定具体的办理期限。",
    lang="zh", present=["依法及时解除惩戒措施"])

unans("not_covered",
    "A private firm I'm interviewing plans to sue a county government for breaking an investment-promotion "
    "agreement (招商引资协议). Given PE Law Art. 70, will they win the case?",
    ["win the case", "胜诉", "招商引资协议"],
    "PE Law Art. 70 and Art. 73 set obligations and liability for breached commitments, but no document can predict "
    "the outcome of a particular lawsuit.",
    lang="en", present=["违约、毁约"])

unans("not_covered",
    "Under item (8) of the NDRC notice, how many representative private enterprises has the NDRC actually selected "
    "as monitoring points (监测点), and in which provinces?",
    ["监测点", "number of monitoring points"],
    "NDRC IV.(8) says the commission will select representative private enterprises to establish monitoring points, "
    "but gives no number or locations.",
    lang="en", present=["monitoring points"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "In the original 2020 text of the SME payment regulation (国务院令第728号), before the 2025 revision, what was the "
    "payment deadline for large enterprises buying from SMEs?",
    ["修订前", "原条例", "2020年版"],
    "The corpus holds only the 2025 revised text (Order No. 802); it names Order No. 728 as the 2020 original but "
    "does not reproduce its provisions.",
    lang="en", present=["第728号", "第802号"])

unans("superseded",
    "What did the draft Private Economy Promotion Law (草案) released for public comment in 2024 say "
    "about payment arrears to private firms, before the NPCSC adopted the final text?",
    ["草案", "征求意见稿"],
    "Only the law as adopted on 30 April 2025 is in the corpus; no draft or comment version is included.",
    lang="en", present=["2025年4月30日"])

unans("superseded",
    "Under the 2018 Central SOE Compliance Management Guidelines (Trial) (试行指引), were central "
    "SOEs already required to appoint a Chief Compliance Officer?",
    ["指引（试行）", "2018"],
    "The corpus has only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42), whose Art. 12 "
    "provides for a chief compliance officer; the 2018 trial guidelines are not included.",
    lang="en", present=["首席合规官"])

unans("superseded",
    "按国家监委2019年发布的《公职人员政务处分暂行规定》，记大过的处分期是多长？",
    ["暂行规定"],
    "语料中只有2020年施行的《公职人员政务处分法》（第八条规定记大过十八个月），不含此前的暂行规定。",
    lang="zh", present=["记大过，十八个月"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "Can my company terminate an employee's labour contract during the probation period without paying "
    "severance, or does the employee still have to be compensated in that situation?",
    ["试用期", "severance", "probation"],
    "Employment-law question; none of the seven documents deals with probation periods or severance pay.",
    lang="en", present=["劳动关系"])

unans("out_of_domain",
    "What VAT rate applies when a consulting company invoices a payment to a government agency, and is the "
    "rate any different if the agency is a public institution (事业单位) rather than a ministry?",
    ["增值税", "VAT"],
    "Tax question; the documents mention tax only generally (e.g. 财政税收 compliance, tax-service facilitation) "
    "and give no VAT rates.",
    lang="en", present=["税务"])

unans("out_of_domain",
    "How should a private company book a government subsidy payment in its income statement under the Chinese "
    "Accounting Standards for Business Enterprises (企业会计准则)?",
    ["企业会计准则", "income statement"],
    "Accounting-treatment question; PE Law Art. 40 only requires compliance with the unified accounting system, "
    "without any rule on how subsidies are booked.",
    lang="en", present=["国家统一的会计制度"])
