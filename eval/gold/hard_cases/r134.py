"""Hard-case gold items, hundred and thirty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an English-speaking ESG analyst at an asset manager writing a research note on Chinese policy
risk; asks crisp questions about what the NDRC notice, the Private Economy Promotion Law and SASAC's
compliance measures require, by when, of whom, with what consequence (false premises overstate,
invent enforcement or mix up which instrument says what).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "For my note on local-government default risk: under the NDRC's 2023 notice, if a county doesn't honour "
    "a deal with a private firm simply because the officials who signed it have since moved on, does that "
    "still count as government dishonesty?",
    "Yes. Item II.(2) of the NDRC notice says failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "What concrete penalties can the NDRC itself apply to a prefecture-level city that ends up with a "
    "government dishonesty record?",
    "Under III.(4), for prefecture-level and above cities with government dishonesty records the NDRC will "
    "cancel their eligibility for awards and pilot demonstrations in the development and reform system, "
    "increase the weight of city credit monitoring deductions, and cancel the title or eligibility for social "
    "credit system demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "Once a local government has been flagged as dishonest under the NDRC notice, what does it take to get "
    "that record cleared?",
    "Under III.(6), once the identifying department confirms the dishonest behaviour has been corrected and "
    "performance completed, the dishonesty records should be promptly restored and the punishment measures "
    "terminated; credit leading departments coordinate and guide this credit restoration work.",
    ["corrected and performance completed", "promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "Once the identifying department confirms that the dishonest behavior"),
     E(NDRC, "III.(6)", "has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "How is the NDRC going to check whether the provinces are actually doing this, and who gets told the "
    "results?",
    "Per IV.(7), the NDRC evaluates key tasks (complaint handling and identification efficiency, credit "
    "information quality, implementation of punishment measures) through spot checks, third-party "
    "investigations, cross-checks and other methods, regularly notifying the provincial credit leading "
    "departments and copying the provincial people's governments.",
    ["spot checks, third-party investigations, cross-checks", "copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments"),
     E(NDRC, "IV.(7)", "copying the provincial people's governments")],
    lang="en")

add("single",
    "央企设首席合规官，是要另外新增一个高管职位吗？这个人对谁负责？",
    "不新增。《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "国资委的合规办法下，央企重大决策的合规审查意见最后由谁签字？",
    "第二十一条：合规审查是必经程序，重大决策事项的合规审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见。",
    ["由首席合规官签字"],
    [E(SOE, "第二十一条", "将合规审查作为必经程序嵌入经营管理流程"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见")],
    lang="zh")

add("single",
    "民营企业被失信惩戒以后，把问题改正了，能不能申请把记录撤掉？",
    "可以。《民营经济促进法》第五十四条：纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请；"
    "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示。",
    ["可以提出信用修复申请", "及时解除惩戒措施"],
    [E(PE, "第五十四条", "民营经济组织及其经营者纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请"),
     E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示")],
    lang="zh")

add("single",
    "央企内部有人举报违规，举报人的身份会被保护吗？举报属实的话有没有奖励？",
    "第二十四条：央企应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励；"
    "任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["严格保密", "可以给予适当奖励", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "Walk me through the NDRC process: after a private firm complains that a government agency broke a "
    "contract, how does the agency end up formally labelled dishonest, and where is that label then recorded?",
    "II.(2): provincial credit leading departments immediately transfer complaint clues to the superior or "
    "competent department for verification; if true, rectification is promoted, and those who refuse to "
    "rectify are confirmed as breach of contract and dishonesty. III.(3): identified information is shared in "
    "real time to the national credit information sharing platform and included to form government credit "
    "records.",
    ["immediately transfer", "Those who refuse to rectify shall be confirmed",
     "in real time to the national credit information sharing platform", "government credit records"],
    [E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract"),
     E(NDRC, "II.(2)", "superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed"),
     E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time"),
     E(NDRC, "III.(3)", "to the national credit information sharing platform"),
     E(NDRC, "III.(3)", "to form government credit records")],
    lang="en")

add("multi",
    "地方政府不兑现对民营企业的政策承诺，《民营经济促进法》规定了什么后果？政府能拿换届当理由推脱吗？",
    "不能。第七十条：地方各级人民政府及其有关部门不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约。"
    "第七十三条：不履行依法作出的政策承诺、依法订立的合同的，由有权机关予以纠正，造成损失的依法予以赔偿；"
    "造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["政府换届", "由有权机关予以纠正", "依法予以赔偿", "对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿"),
     E(PE, "第七十三条", "对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "央企出了重大合规风险事件，内部由谁牵头处理？要不要报国资委？如果事后发现是合规管理不到位造成的，国资委会怎么处理？",
    "第二十二条：由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合应对，并按照相关规定及时向国资委报告。"
    "第三十七条：因合规管理不到位引发违规行为的，国资委可以约谈相关企业并责成整改；造成损失或者不良影响的，国资委根据相关规定开展责任追究。",
    ["由首席合规官牵头", "及时向国资委报告", "约谈相关企业并责成整改", "开展责任追究"],
    [E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合，及时采取措施妥善应对"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
     E(SOE, "第三十七条", "因合规管理不到位引发违规行为的，国资委可以约谈相关企业并责成整改"),
     E(SOE, "第三十七条", "造成损失或者不良影响的，国资委根据相关规定开展责任追究")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Under China's Private Economy Promotion Law, can a state-owned enterprise hold back payment to a private "
    "contractor while it waits for a final-accounts audit?",
    "Not unless the contract provides for it. Article 67: state organs, public institutions and SOEs must pay "
    "private firms on time and may not refuse or delay payment on grounds such as personnel changes, internal "
    "payment procedures or, where the contract is silent, waiting for completion-acceptance approval or a "
    "final-accounts audit; nor, unless laws or administrative regulations provide otherwise, force audit "
    "results to be the settlement basis.",
    ["决算审计", "拒绝或者拖延支付民营经济组织账款", "不得强制要求以审计结果作为结算依据"],
    [E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "在合同未作约定情况下以等待竣工验收批复、决算审计等为由"),
     E(PE, "第六十七条", "拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第六十七条", "不得强制要求以审计结果作为结算依据")],
    lang="en")

add("cross_lingual",
    "For our ESG screen: which risk areas does SASAC specifically tell central SOEs to write dedicated "
    "compliance rules for?",
    "Article 18 of the Central SOE Compliance Measures: specific compliance rules or special guidelines for key "
    "areas such as anti-monopoly, anti-commercial bribery, ecology and environmental protection, work safety, "
    "labour and employment, tax management and data protection, and for higher-risk business; plus special "
    "compliance systems for important foreign-related business areas under the host country's laws.",
    ["反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护", "涉外业务重要领域"],
    [E(SOE, "第十八条", "针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "制定合规管理具体制度或者专项指南"),
     E(SOE, "第十八条", "中央企业应当针对涉外业务重要领域")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份政务诚信通知里，政府和民营企业签的哪些领域的协议、合同，违约毁约会被算作违约失信？",
    "通知第二部分第(1)项：违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、"
    "产业扶持、政府投资等领域签订的各类协议和合同中的违约毁约行为。",
    ["government procurement, bidding, investment promotion",
     "government-social capital cooperation, industrial support, government investment"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "Under this NDRC push, will local authorities that keep stiffing businesses get named and shamed, or is "
    "it all kept behind closed doors?",
    "They can be exposed: IV.(9) says a batch of cases with serious dishonesty, repeated dishonesty and strong "
    "public complaints will be publicised on the \"Credit China\" website and exposed to society through news "
    "media to form a strong public opinion deterrent.",
    ["serious dishonesty, repeated dishonesty", "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media"),
     E(NDRC, "IV.(9)", "to form a strong public opinion deterrent")],
    lang="en")

add("paraphrase",
    "央企刚招进来的人，是不是一定得先上守规矩的课？这种课多久排一次？",
    "是。《中央企业合规管理办法》第三十条：建立常态化合规培训机制，制定年度培训计划，将合规管理作为管理人员、"
    "重点岗位人员和新入职人员培训必修内容。",
    ["新入职人员培训必修内容", "制定年度培训计划"],
    [E(SOE, "第三十条", "中央企业应当建立常态化合规培训机制，制定年度培训计划，将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Why does the NDRC's 2023 government-integrity notice give provincial credit departments only 30 days to "
    "resolve each breach-of-contract complaint against a government agency, and is that deadline realistic?",
    ["within 30 days"],
    "NDRC II.(2) sets no resolution deadline: provincial credit leading departments 'should immediately "
    "transfer' complaint clues to the superior or competent department for verification. The 30-day handling "
    "period (30日内, at most 90 days) is in Art. 25 of the SME payment regulation, for arrears complaints, not "
    "in the NDRC notice.",
    lang="en", present=["immediately transfer", "30日内"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
    "Given that the Private Economy Promotion Law only came into force on 1 July 2025, how much lead time did "
    "local governments get between its passage and the effective date to align their contract practices?",
    ["1 July 2025", "2025年7月1日"],
    "PE Art. 78: the law takes effect on 20 May 2025 (adopted 30 April 2025), not 1 July 2025; the premise's "
    "date is wrong.",
    lang="en", present=["2025年5月20日"],
    related=[E(PE, "第七十八条", "本法自2025年5月20日起施行")])

unans("false_premise",
    "SASAC's compliance measures create the chief compliance officer as a brand-new, stand-alone executive "
    "seat separate from the general counsel. Who is that new executive supposed to report to?",
    ["单独设立首席合规官"],
    "SOE Art. 12 says the opposite: the chief compliance officer adds no new leadership post or headcount and "
    "is held concurrently by the general counsel (由总法律顾问兼任), answering to the principal responsible "
    "person.",
    lang="en", present=["不新增领导岗位和职数", "由总法律顾问兼任"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "What is the maximum fine SASAC can impose on a central SOE under Article 37 of the compliance measures "
    "when weak compliance management leads to violations?",
    ["fine", "罚款上限"],
    "SOE Art. 37 provides no fine: SASAC may hold a talk with the enterprise and order rectification (约谈并责成"
    "整改) and, where losses or adverse effects result, pursue accountability under relevant rules. 罚款 occurs "
    "only in PE Art. 61, which forbids fines on private firms without a legal basis.",
    lang="en", present=["约谈相关企业并责成整改", "罚款"],
    related=[E(SOE, "第三十七条", "国资委可以约谈相关企业并责成整改"),
             E(SOE, "第三十七条", "造成损失或者不良影响的，国资委根据相关规定开展责任追究")])

unans("false_premise",
    "The NDRC notice bars any locality with a government dishonesty record from issuing local government "
    "bonds altogether, right?",
    ["general bonds", "prohibited from issuing", "barred"],
    "NDRC III.(4) only says that for relevant entities with dishonesty records the NDRC will 'limit "
    "applications for local government special bonds' (and restrict central budget support and financing "
    "recommendations); it is a limit on special-bond applications, not a ban on all bond issuance.",
    lang="en", present=["local government special bonds"],
    related=[E(NDRC, "III.(4)", "limit applications for local government special bonds")])

unans("false_premise",
    "Since SASAC's measures require every central SOE to run a compliance-effectiveness evaluation each "
    "quarter, who has to sign off on the quarterly results?",
    ["quarterly", "每季度", "季度"],
    "SOE Art. 27 only says central SOEs should 'regularly' (定期) evaluate the effectiveness of the compliance "
    "system, with special evaluations as appropriate; no quarterly frequency. Art. 8(3) has the board evaluate "
    "effectiveness and Art. 8(1) has it approve the annual report.",
    lang="en", present=["定期开展合规管理体系有效性评价"],
    related=[E(SOE, "第二十七条", "中央企业应当定期开展合规管理体系有效性评价"),
             E(SOE, "第八条", "推动完善合规管理体系并对其有效性进行评价")])

unans("false_premise",
    "The Private Economy Promotion Law lets the NDRC strip a city of its social-credit demonstration-zone "
    "title for government dishonesty; so which article of the law should I cite for that?",
    ["示范区称号", "示范区"],
    "No article of the PE law does this; PE Art. 54 only says punishment for dishonesty must follow laws and "
    "be proportionate, and Art. 73 covers correction, compensation and sanctions for officials. Cancelling "
    "demonstration-zone titles is in the NDRC notice, III.(4).",
    lang="en", present=["demonstration zones", "失信惩戒"],
    related=[E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "How many breach-of-contract complaints against government departments have been lodged through the "
    "provincial credit columns since the NDRC notice came out in August 2023?",
    ["number of complaints", "投诉数量"],
    "NDRC II.(1) sets up complaint columns and says the NDRC will publicise them on 'Credit China'; no "
    "document reports any complaint statistics.",
    lang="en", present=["special columns", "Credit China"])

unans("not_covered",
    "What's the minimum headcount of full-time compliance staff SASAC requires each central SOE to have?",
    ["minimum number", "最低人数"],
    "SOE Art. 14 only requires full-time compliance staff commensurate with business scale, scope and risk "
    "level; Art. 13 puts compliance liaisons in business departments. No number is set anywhere.",
    lang="en", present=["专职合规管理人员"])

unans("not_covered",
    "By how many percentage points does the NDRC raise the weighting of city credit monitoring deductions for "
    "cities with government dishonesty records?",
    ["percentage points", "百分点"],
    "NDRC III.(4) says it will 'increase the weight of city credit monitoring deductions' but gives no figure.",
    lang="en", present=["city credit monitoring deductions"])

unans("not_covered",
    "Is there a filing fee for a private company lodging a breach-of-contract complaint through a provincial "
    "credit website column under the NDRC notice, or is it free of charge?",
    ["filing fee", "free of charge"],
    "NDRC II.(1) describes the complaint channels (credit websites, 12345 hotlines, the MIIT platform, etc.) "
    "but says nothing about fees.",
    lang="en", present=["special columns"])

unans("not_covered",
    "Within how many hours must a central SOE report a major compliance risk event to SASAC?",
    ["hours", "小时", "报告时限"],
    "SOE Art. 22 only says a central SOE should report major compliance risk events to SASAC 'in a timely "
    "manner' (及时) according to relevant rules; no hour or day limit is given.",
    lang="en", present=["及时向国资委报告"])

unans("not_covered",
    "If one of our portfolio companies sues a county government under Article 70 of the Private Economy "
    "Promotion Law for tearing up an investment agreement, what are its chances of winning?",
    ["胜诉", "win rate"],
    "PE Art. 70 bars breach on grounds such as government reshuffles and requires compensation where changes "
    "are needed for public interest; Art. 65 allows review or litigation. No document predicts litigation "
    "outcomes.",
    lang="en", present=["违约、毁约"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "How did the 2024 draft of the Private Economy Promotion Law released for public comment word the clause "
    "on local governments honouring contracts, and what changed in the final text?",
    ["草案", "征求意见稿", "draft"],
    "The corpus holds only the law as adopted on 30 April 2025 (Art. 70 on honouring commitments); no draft "
    "text is included.",
    lang="en", present=["2025年4月30日"])

unans("superseded",
    "What did SASAC's 2018 Guidelines for Compliance Management of Central Enterprises (Trial) require "
    "regarding the compliance committee?",
    ["2018", "合规管理指引"],
    "Only the 2022 Central SOE Compliance Measures (SASAC Order No. 42) are in the corpus; Art. 11 there sets "
    "up the compliance committee. The earlier trial guidelines are not included.",
    lang="en", present=["合规委员会", "第42号"])

unans("superseded",
    "Under the State Council's 2016 Guiding Opinions on Strengthening Government Integrity Construction "
    "(Guo Fa [2016] No. 76), which punishment measures applied to dishonest government bodies?",
    ["2016", "国发〔2016〕"],
    "The corpus holds the NDRC's 2023 notice (Fagai Caijin [2023] No. 1103), whose III.(4)-(5) list "
    "punishment measures; the 2016 State Council opinions are not included.",
    lang="en", present=["government integrity"])

unans("superseded",
    "Before the 2025 revision, what payment deadline did the original 2020 SME payment regulation (State "
    "Council Order No. 728) set for large enterprises buying from SMEs?",
    ["修订前", "原条例"],
    "The corpus has only the 2025 revised text (Order No. 802), whose Art. 9 sets 60 days for large "
    "enterprises; the original 2020 wording is not included, only its promulgation is noted in the header.",
    lang="en", present=["第728号", "60日内"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "When a Chinese company receives a government subsidy payment, should it be booked as income or deducted "
    "from the asset's cost under IFRS?",
    ["IFRS", "IAS 20"],
    "Accounting treatment of government grants is outside all seven documents.",
    lang="en")

unans("out_of_domain",
    "How much severance does a company owe an employee in China when it terminates the labour contract for "
    "economic reasons?",
    ["severance", "经济补偿金", "劳动合同"],
    "Employment-termination compensation is not covered; the documents only mention labour rights in general "
    "terms (e.g. PE Art. 6, 36).",
    lang="en")

unans("out_of_domain",
    "What withholding tax rate applies when a mainland Chinese company pays dividends to its Hong Kong parent "
    "company?",
    ["withholding tax", "dividends", "股息"],
    "Cross-border dividend taxation is outside all seven documents.",
    lang="en")
