"""Hard-case gold items, eighty-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an English-speaking compliance officer at a Singapore-headquartered logistics company with a
Guangzhou subsidiary; writes precise English, occasionally pasting a Chinese phrase (or a question drafted
in Chinese by the Guangzhou team), and asks about gifts and hospitality with officials, the Guangzhou
guidelines, state-owned customers' payment terms, complaint channels and SOE partners' compliance rules.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "Our Guangzhou subsidiary's warehousing agreement with a district government bureau has been "
    "repudiated. Under NDRC Notice [2023] No. 1103, which channels are the provincial credit departments "
    "supposed to use to take in breach-of-contract complaints against government departments like this one?",
    "Under II.(1), provincial credit leading departments should rely on their credit websites, the State "
    "Council's \"Internet + Supervision\" platform, MIIT's complaint platform for breach of contract and "
    "arrears to SMEs, local 12345 government service hotlines, business environment complaint platforms, "
    "petition departments and other channels to set up special complaint columns.",
    ["local 12345 government service hotlines", "business environment complaint platforms",
     "petition departments"],
    [E(NDRC, "II.(1)", "the State Council's \"Internet + Supervision\" platform"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments"),
     E(NDRC, "II.(1)", "and other channels to establish or improve special columns")],
    lang="en")

add("single",
    "A county bureau has told our Guangzhou team it can no longer honour a logistics agreement because the "
    "official who signed it has been transferred and the bureau itself was merged into another. Does the "
    "NDRC integrity notice accept that as a valid reason not to perform?",
    "No. Item II.(2) says failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty.",
    ["institutional adjustments", "personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "I'm mapping our subsidiary's dealings with Guangzhou officials against the city's scenario-based "
    "guidelines. How many scenarios do the two batches cover in total, and if our situation isn't one of "
    "them, what test did the drafting committee suggest we apply?",
    "The two batches cover 33 scenarios, which cannot encompass all situations; the drafter said the core is "
    "to distinguish “acting for the public good” from “acting for personal gain”, the key being whether the "
    "actions can be “put on the table” (¶10).",
    ["33 scenarios", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "Which body actually issues the Guangzhou 政商交往 guidelines (the typical-scenario Q&A ones)? I need to "
    "name the issuer correctly in our internal gifts-and-hospitality policy.",
    "The Guangzhou Municipal Commission for Discipline Inspection and Supervision, which has issued two "
    "batches of the Guidelines and Q&A on Government-Business Interactions in Typical Scenarios in Guangzhou "
    "over two consecutive years (¶7).",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")],
    lang="en")

add("single",
    "中秋前，我们广州子公司的业务经理想给对口海关科室的科长送一张购物卡。如果对方收下了，按照政务处分法，这位科长可能受到什么处分？",
    "第三十四条第一款：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["予以警告、记过或者记大过", "予以降级或者撤职", "予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")])

add("single",
    "我们是中小企业，给一家大型国企客户做仓储物流。对方合同模板写的是“收到业主付款后再向我方付款”，这种约定可以吗？如果合同没写付款期限，他们应该多久内付？",
    "第九条第二款：大型企业应当自货物、工程、服务交付之日起60日内支付款项；合同可另行约定，但不得约定以收到第三方付款作为向中小企业支付款项的条件。",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")])

add("single",
    "我们的央企合作方要求供应商通过他们的违规举报平台反映问题。如果我们员工去举报，身份会不会被保密？会不会遭到报复？",
    "第二十四条第二款：中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")])

add("single",
    "央企合作方说按国资委的合规管理办法，要针对“重点领域”制定专门的合规制度。反商业贿赂算不算？还包括哪些领域？",
    "第十八条：中央企业应当针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域，以及合规风险较高的业务，制定合规管理具体制度或者专项指南。",
    ["反商业贿赂", "数据保护", "制定合规管理具体制度或者专项指南"],
    [E(SOE, "第十八条", "针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "制定合规管理具体制度或者专项指南")])

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "一家国企客户拖欠我们广州子公司（中小企业）的运费快半年了。应该向哪个部门投诉？投诉受理以后，多长时间能拿到处理结果？",
    "第二十四条：由省级以上人民政府负责中小企业促进工作综合管理的部门受理投诉（国家另建统一投诉平台）；第二十五条：受理部门自正式受理之日起10个工作日内转交处理投诉部门，处理部门自收到材料之日起30日内形成处理结果并书面反馈，情况复杂的可延长，但最长不得超过90日。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")])

add("multi",
    "If we complain that a municipal bureau broke its contract with us, at what point is it formally "
    "confirmed as \"breach of contract and dishonesty\", and once it has such a record, what can the NDRC "
    "itself do to it?",
    "II.(2): the clue is transferred for verification; if true, rectification is promoted, and those who "
    "refuse to rectify are confirmed as breach of contract and dishonesty. III.(4): for entities with "
    "dishonesty records, NDRC will restrict central budget fund support, limit applications for local "
    "government special bonds and restrict recommendations for financing projects.",
    ["Those who refuse to rectify shall be confirmed as breach of contract",
     "restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

add("multi",
    "我们是中小企业，一家国有大型企业客户坚持要等审计机关出审计结果后才跟我们结算。按《保障中小企业款项支付条例》这样做合规吗？如果他们一直不改，会有什么后果？",
    "第十二条：国有大型企业不得强制要求以审计机关的审计结果作为结算依据（法律、行政法规另有规定的除外）；第三十三条第二款：没有法律、行政法规依据这样要求的，由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正", "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正"),
     E(SME, "第三十三条", "拒不改正的，对负有责任的国有企业管理人员依法给予处分")])

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "We qualify as an SME under the Chinese size standards. A large state-owned customer paid our Guangzhou "
    "entity 45 days late and the contract says nothing about late-payment interest. What rate can we claim "
    "under the SME payment regulations?",
    "Art. 17: absent an agreed rate, overdue interest is paid at a daily rate of 0.05% (每日利率万分之五); an "
    "agreed rate may not be lower than the 1-year LPR at the time the contract was signed.",
    ["每日利率万分之五", "1年期贷款市场报价利率"],
    [E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("cross_lingual",
    "Our joint-venture partner is a central SOE. Before its management signs off on a major decision "
    "involving us, is a compliance review mandatory, and whose signature has to be on the compliance opinion?",
    "Art. 21 of the Central SOE Compliance Measures: compliance review must be embedded in business processes "
    "as a mandatory step, and the compliance review opinion on major decisions must be signed by the chief "
    "compliance officer.",
    ["合规审查作为必经程序", "由首席合规官签字"],
    [E(SOE, "第二十一条", "中央企业应当将合规审查作为必经程序嵌入经营管理流程"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="en")

add("cross_lingual",
    "广州第二批政商交往指引里，如果招商引资项目最后没达到预期，经办的公职人员会被追责吗？企业因为客观原因没完成约定指标又怎么办？",
    "¶18: as long as the investment promotion process is carried out with due diligence and compliance, "
    "relevant personnel will not be held blindly accountable even if the project fails to meet expectations; "
    "an enterprise that fails to complete its targets for objective reasons can negotiate adjustments and "
    "enjoy a grace period.",
    ["will not be held blindly accountable", "grace period"],
    [E(GZ, "¶18", "the investment promotion process is carried out with due diligence"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")])

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "Suppose the bureau that stiffed us eventually pays up and does what it promised. Does the black mark "
    "against it stay there for good, or does it get cleared?",
    "III.(6): once the identifying department confirms the dishonest behaviour has been corrected and "
    "performance completed, the dishonesty records should be promptly restored and the punishment measures "
    "terminated.",
    ["relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("paraphrase",
    "我们催一家国企客户结账之后，对方采购部的人放话说要让我们以后在他们那边“混不下去”。这种做法有没有规定管？",
    "第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。",
    ["进行恐吓、打击报复"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")])

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "Given that the SME payment regulations give government agencies and public institutions 90 days from "
    "delivery to pay an SME supplier, can our Guangzhou subsidiary still negotiate a shorter term with a "
    "district bureau customer?",
    ["交付之日起90日", "90 days"],
    "Art. 9 gives 机关、事业单位 30 days from delivery, and even by contract at most 60 days; no document sets "
    "a 90-day term for agencies (90日 appears only as the outer limit for handling complaints, art. 25).",
    lang="en", present=["30日内支付款项", "付款期限最长不得超过60日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
             E(SME, "第九条", "但付款期限最长不得超过60日")])

unans("false_premise",
    "为什么《中央企业合规管理办法》规定首席合规官必须由董事长兼任？这样董事会怎么监督合规？",
    ["由董事长兼任", "董事长"],
    "第十二条 says the chief compliance officer is concurrently held by the general counsel (由总法律顾问兼任) and "
    "answers to the principal responsible person; nothing says the chairman holds it.",
    present=["由总法律顾问兼任", "首席合规官"],
    related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "How should we follow up if the provincial credit department doesn't verify and answer our complaint "
    "within the 15 working days that NDRC Notice No. 1103 allows?",
    ["15 working days", "working days"],
    "II.(2) only says complaint clues are to be transferred immediately for verification and feedback given "
    "promptly; the notice sets no 15-working-day (or any numbered) deadline.",
    lang="en", present=["immediately transfer", "promptly provide feedback"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract"),
             E(NDRC, "II.(2)", "the identifying department should promptly provide feedback")])

unans("false_premise",
    "Under the Public Official Sanctions Law a 记过 (demerit) lasts six months before it lapses, right? So a "
    "customs officer who got one last autumn should be clear of it by now.",
    ["记过，六个月"],
    "Art. 8 sets the sanction period for 记过 at twelve months; six months is the period for 警告 (warning).",
    lang="en", present=["记过，十二个月", "警告，六个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月")])

unans("false_premise",
    "Since the Guangzhou Municipal SASAC issued the two batches of the city's government-business "
    "interaction guidelines, should I expect them to bind our state-owned partner's managers more strictly "
    "than ordinary civil servants?",
    ["SASAC"],
    "¶7 says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection and "
    "Supervision; the municipal SASAC is mentioned only as an attendee and a co-promoter of the association.",
    lang="en", present=["Municipal State-owned Assets Supervision and Administration Commission",
                        "Guangzhou Municipal Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision")])

unans("false_premise",
    "The Regulations on Optimizing the Business Environment require draft rules affecting businesses to be "
    "open for public comment for at least 60 days. A draft Guangzhou freight rule went out for comment two "
    "weeks ago, so how long do we still have to file our submission?",
    ["不少于60日", "60 days"],
    "Art. 62 says the public comment period is generally not less than 30 days (一般不少于30日), not 60; the "
    "documents say nothing about the specific Guangzhou draft.",
    lang="en", present=["一般不少于30日"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
    "The revised SME payment regulations (State Council Decree No. 802) took effect on 1 January 2025; so the "
    "contracts we signed with state-owned customers in February 2025 were already under the revised rules?",
    ["2025年1月1日"],
    "Art. 37 says the revised regulations take effect on 1 June 2025 (2025年6月1日); the revision was "
    "promulgated on 17 March 2025.",
    lang="en", present=["2025年6月1日"],
    related=[E(SME, "第三十七条", "本条例自2025年6月1日起施行")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "Is there a filing fee for lodging an arrears complaint against a large SOE customer on the national "
    "SME arrears complaint platform, and does the complainant or the respondent pay it?",
    ["filing fee", "投诉费", "免费"],
    "Art. 24 requires a national unified complaint platform and art. 25 sets the handling procedure; no "
    "document mentions any fee for filing a complaint.",
    lang="en", present=["投诉平台"])

unans("not_covered",
    "Since NDRC Notice No. 1103 came out, how many breach-of-contract complaints against government "
    "departments have been verified nationwide, and what percentage ended with the department being "
    "confirmed as dishonest?",
    ["percentage", "statistics"],
    "The notice sets up complaint columns, identification and evaluation (II, IV.(7)) and says typical cases "
    "will be publicised on Credit China, but gives no complaint counts or outcome statistics.",
    lang="en", present=["Credit China"])

unans("not_covered",
    "A state-owned port operator in Guangzhou owes us about RMB 2 million, eight months overdue. If we sue, "
    "how likely are we to win and actually recover the late-payment interest?",
    ["胜诉", "RMB", "likely"],
    "SME art. 17 sets overdue interest and PE art. 68 says courts should promptly file and hear arrears "
    "cases, but nothing predicts the outcome of a particular lawsuit.",
    lang="en", present=["逾期利息", "依法及时立案"])

unans("not_covered",
    "The Guangzhou Guidelines deal with “what meals can be eaten”. What is the per-head spending cap for a "
    "business meal with a Guangzhou official, and the maximum value of a festival gift (礼品) we may give?",
    ["per head", "礼品价值", "RMB"],
    "The report (¶9) only says the first batch addressed 'what meals can be eaten and what vehicles can be "
    "taken'; it gives no monetary limits, and PS art. 34 sanctions gifts 'that may affect impartial exercise "
    "of power' without any value threshold.",
    lang="en", present=["what meals can be eaten", "可能影响公正行使公权力的礼品"])

unans("not_covered",
    "按照《中央企业合规管理办法》，央企至少要配备多少名专职合规管理人员？是不是按员工总数的比例来算？",
    ["至少配备", "人员比例"],
    "第十四条 only requires full-time compliance staff commensurate with business scale, scope and risk "
    "level (与经营规模、业务范围、风险水平相适应); no number or ratio is given.",
    present=["专职合规管理人员"])

unans("not_covered",
    "When a central SOE partner has a major compliance risk event, within how many hours does it have to "
    "report to SASAC (国资委)?",
    ["小时", "hours"],
    "第二十二条 says major compliance risk events must be reported to SASAC 'in a timely manner' (及时向国资委报告) "
    "under relevant rules, with no hour limit stated.",
    lang="en", present=["及时向国资委报告"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "Our legal files still hold the 2020 original of the SME payment regulations (Decree No. 728). Under that "
    "original, pre-revision text, what payment deadline applied to large enterprises buying from SMEs?",
    ["修订前", "2020年9月1日"],
    "The corpus holds only the 2025 revised text (Decree No. 802); the 2020 Decree No. 728 is named in the "
    "title line but its original wording is not reproduced.",
    lang="en", present=["国务院令第728号"])

unans("superseded",
    "In the 2019 first-reading draft of the Public Official Sanctions Law, how was accepting gifts from "
    "companies sanctioned, and was it tightened in the final text?",
    ["草案", "draft", "一审"],
    "Only the law as adopted on 20 June 2020 (effective 1 July 2020) is in the corpus; its art. 34 covers "
    "accepting gifts, but no draft text is included, so no comparison is possible.",
    lang="en", present=["2020年7月1日", "可能影响公正行使公权力的礼品"])

unans("superseded",
    "Did SASAC's 2018 trial Guidelines on Compliance Management of Central Enterprises (合规管理指引) already "
    "require each central SOE to appoint a chief compliance officer, or was that only introduced later?",
    ["试行", "合规管理指引", "2018"],
    "The corpus holds the 2022 Central SOE Compliance Measures (SASAC Order No. 42), which provide for a chief "
    "compliance officer in art. 12; the 2018 trial guidelines are not in the corpus.",
    lang="en", present=["首席合规官"])

unans("superseded",
    "民营经济促进法草案（2024年10月征求意见稿）里关于国企拖欠民企账款的条款是怎么写的？跟正式通过的版本有什么不同？",
    ["草案", "征求意见稿"],
    "Only the law as adopted on 30 April 2025 is in the corpus (art. 67 on state organs and SOEs paying private "
    "firms); no draft text is included.",
    present=["拖延支付民营经济组织账款"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "Our Singapore head office plans to second a manager to the Guangzhou company for 18 months. Does the "
    "company need a work permit for him, and how is his individual income tax split between the two "
    "governments?",
    ["work permit", "个人所得税", "外国人工作许可"],
    "Immigration, employment permits and personal income tax are outside all seven documents.",
    lang="en")

unans("out_of_domain",
    "Can our company end a Guangzhou employee's labour contract during probation, and how much severance "
    "payment would we owe?",
    ["试用期", "经济补偿", "severance"],
    "Labour-contract termination and severance are not addressed by any of the documents.",
    lang="en")

unans("out_of_domain",
    "What withholding tax rate applies when the Guangzhou subsidiary pays a dividend to our Singapore parent "
    "company, and does the payment need to be registered with any government foreign-exchange office?",
    ["dividend", "withholding tax", "预提所得税"],
    "Dividend withholding tax and foreign-exchange registration are outside all seven documents.",
    lang="en")
