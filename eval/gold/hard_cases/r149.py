"""Hard-case gold items, hundred-and-forty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a law-school teaching assistant drafting exam items for a course on administrative law
and business regulation. They type in exam register: multiple-choice stems with A-D options
('下列说法正确的是：A…B…C…D…', 'Which of the following is NOT…'), true/false statements
('判断：…', 'True or false: …'), and short-answer prompts, sometimes with a note to themselves or a
quote from a colleague's draft. Some options are wrong on purpose as distractors; now and then the
premise they build an item on is itself wrong, or they ask for something from a neighbouring law,
an earlier version, a statistic or a forecast that the course materials do not contain. Half the
items are in English (for the exchange-student section), half in Chinese.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "单选题：下列关于政务处分期间的表述，正确的是（ ）\nA. 警告，十二个月\nB. 记过，六个月\nC. 记大过，十八个月\nD. 撤职，三十六个月",
    "C。《公职人员政务处分法》第八条：警告六个月，记过十二个月，记大过十八个月，降级、撤职二十四个月。",
    ["警告，六个月", "记过，十二个月", "记大过，十八个月", "降级、撤职，二十四个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；")],
    lang="zh")

add("single",
    "判断并简要说明理由：中央企业设立首席合规官，不另设新的领导岗位，由总法律顾问兼任，并向企业主要负责人负责。",
    "正确。《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责，领导合规管理部门开展工作。",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "多选题：依《优化营商环境条例》，下列哪些市场主体可以按简易程序办理注销？\nA. 设立后未开展生产经营活动的\nB. 无债权债务的\nC. 有债权债务但已提供担保的\nD. 任何申请注销的市场主体",
    "A、B。《优化营商环境条例》第三十三条：对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销；有债权债务的，在债权债务依法解决后及时办理注销。",
    ["设立后未开展生产经营活动或者无债权债务的市场主体", "可以按照简易程序办理注销", "在债权债务依法解决后及时办理注销"],
    [E(BE, "第三十三条", "对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销。")],
    lang="zh")

add("single",
    "下列哪一项不属于《保障中小企业款项支付条例》允许在工程建设中收取的保证金？（ ）\nA. 投标保证金\nB. 履约保证金\nC. 农民工工资保证金\nD. 诚信保证金",
    "D。条例第十三条：除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金外，工程建设中不得以任何形式收取其他保证金。",
    ["投标保证金、履约保证金、工程质量保证金、农民工工资保证金", "不得以任何形式收取其他保证金"],
    [E(SME, "第十三条", "除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金外，工程建设中不得以任何形式收取其他保证金。")],
    lang="zh")

add("single",
    "Which of the following is NOT listed in the NDRC's 2023 government integrity notice as a measure against prefecture-level and above cities with government dishonesty records?\n"
    "A. cancelling their eligibility for awards and pilot demonstrations in the development and reform system\n"
    "B. increasing the weight of city credit monitoring deductions\n"
    "C. cancelling the title of social credit system demonstration zone\n"
    "D. limiting applications for local government special bonds",
    "D. Under III.(4), limiting applications for local government special bonds is a measure against 'relevant entities with dishonesty records'; the city-specific measures are A, B and C.",
    ["limit applications for local government special bonds", "cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

add("single",
    "True or false: under the NDRC notice, if a local government fails to perform a contract with a private firm because of an institutional reshuffle or a change of officials, that still counts as breach of contract and dishonesty.",
    "True. Section II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons is all regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Short answer (5 pts): The two batches of the Guangzhou government-business interaction Guidelines cover how many scenarios, and for situations they don't cover, what did the drafting committee member say is the core test for judging conduct?",
    "33 scenarios. Wang Yuqun said the core is to distinguish 'acting for the public good' from 'acting for personal gain', the key being whether the actions can be 'put on the table'.",
    ["33 scenarios", "acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "Which statement about the GBA Integrity and Compliance Association is correct?\n"
    "A. It is a for-profit consultancy founded in 2019.\n"
    "B. It was jointly promoted by the municipal discipline inspection commission, the municipal SASAC and the municipal federation of industry and commerce.\n"
    "C. It was set up by the Guangdong provincial government as a public institution.\n"
    "D. It was established in 2023.",
    "B. It was established in 2021 as a non-profit social organization jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal SASAC and the Municipal Federation of Industry and Commerce.",
    ["established in 2021", "non-profit social organization",
     "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal State-owned Assets Supervision and Administration Commission, and the Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "It is a non-profit social organization jointly promoted by")],
    lang="en")

# ---- multi

add("multi",
    "多选题：关于“以审计结果作为结算依据”，下列说法正确的有（ ）\n"
    "A. 《民营经济促进法》规定，国家机关、事业单位、国有企业除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据\n"
    "B. 《保障中小企业款项支付条例》的这一禁止适用于所有大型企业，包括民营大型企业\n"
    "C. 国有大型企业无法律、行政法规依据要求以审计结果作为结算依据，拒不改正的，对负有责任的国有企业管理人员依法给予处分\n"
    "D. 上述禁止没有任何例外",
    "A、C。民营经济促进法第六十七条：除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据；条例第十二条只约束机关、事业单位和国有大型企业（故B错），且有“法律、行政法规另有规定”的例外（故D错）；条例第三十三条第二款：由监管部门责令改正，拒不改正的对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计结果作为结算依据", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据",
     "拒不改正的，对负有责任的国有企业管理人员依法给予处分"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分。")],
    lang="zh")

add("multi",
    "Short answer: compare how a dishonesty record gets cleared (a) for a government body under the NDRC's 2023 government integrity notice and (b) for a private business or its operator under the Private Economy Promotion Law. Who acts, and what triggers it?",
    "(a) NDRC III.(6): once the identifying department confirms the dishonest behaviour has been corrected and performance completed, the records are promptly restored and punishment measures terminated; credit leading departments coordinate restoration. "
    "(b) PE Art. 54: a private economic organization or operator that corrects the conduct, removes the bad effects and meets the conditions may apply for credit repair; the state organs concerned must lift the punishment measures and remove or stop publishing the dishonesty information.",
    ["dishonest behavior has been corrected and performance completed", "dishonesty punishment measures terminated",
     "可以提出信用修复申请", "移除或者终止失信信息公示"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(PE, "第五十四条", "民营经济组织及其经营者纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请。")],
    lang="en")

add("multi",
    "单选题：关于政务处分期内的影响，下列说法错误的是（ ）\n"
    "A. 公务员在政务处分期内不得晋升职务、职级\n"
    "B. 国有企业管理人员被记过的，处分期内不得晋升薪酬待遇等级\n"
    "C. 公务员受警告处分的，处分期内不得晋升工资档次\n"
    "D. 国有企业管理人员被撤职的，降低职务或者岗位等级，同时降低薪酬待遇",
    "C。政务处分法第十九条：公务员在处分期内不得晋升职务、职级等，但只有被记过、记大过、降级、撤职的才不得晋升工资档次，警告不在其列；第二十一条：国有企业管理人员被记过以上的不得晋升薪酬待遇等级，被撤职的降低职务或者岗位等级并降低薪酬待遇。",
    ["不得晋升职务、职级、衔级和级别", "被记过、记大过、降级、撤职的，不得晋升工资档次",
     "被撤职的，降低职务或者岗位等级，同时降低薪酬待遇"],
    [E(PS, "第十九条", "公务员以及参照《中华人民共和国公务员法》管理的人员在政务处分期内，不得晋升职务、职级、衔级和级别；其中，被记过、记大过、降级、撤职的，不得晋升工资档次。"),
     E(PS, "第二十一条", "被撤职的，降低职务或者岗位等级，同时降低薪酬待遇。")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "MCQ: Under China's regulations on guaranteeing payment to SMEs, a public institution pays an SME supplier late and the contract says nothing about the late-payment interest rate. Interest accrues at:\n"
    "A. the one-year loan prime rate\nB. 0.05% per day\nC. 0.5% per day\nD. nothing unless a court orders it",
    "B. Article 17: late payers owe overdue interest; an agreed rate may not be below the one-year LPR at contract signing, and where no rate was agreed interest is paid at a daily rate of 5/10,000 (0.05%).",
    ["按照每日利率万分之五支付逾期利息", "约定利率不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息。")],
    lang="en")

add("cross_lingual",
    "True or false, give reasons: a public official who applies for review or re-review of a sanction decision gets the sanction suspended while the application is pending, and the reviewing body may impose a heavier sanction.",
    "False on both counts. Article 56 of the Public Officials Sanctions Law: execution of the original decision is not suspended during review/re-review, and the official may not be given a heavier sanction for applying.",
    ["复审、复核期间，不停止原政务处分决定的执行", "公职人员不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。")],
    lang="en")

add("cross_lingual",
    "单选题：根据国家发改委2023年关于完善政府诚信履约机制的通知，下列哪一领域不在其列举的“违约失信”范围之内？（ ）\nA. 政府采购\nB. 招商引资\nC. 政府和社会资本合作\nD. 民间借贷",
    "D。通知第二部分第（1）项：违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为；民间借贷不在其列。",
    ["government procurement, bidding, investment promotion, government-social capital cooperation, industrial support, government investment"],
    [E(NDRC, "II.(1)", "private enterprises in government procurement, bidding, investment promotion")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "简答：菜市场里一个领了执照、自己单干的小摊主，生意做大了想把这摊小买卖改成公司来经营，法律上允不允许？有没有哪些部门会帮他？",
    "允许。《民营经济促进法》第四十八条第二款：个体工商户可以自愿依法转型为企业，登记机关、税务机关和有关部门为其转型提供指引和便利。",
    ["个体工商户可以自愿依法转型为企业", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业。登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利。")],
    lang="zh")

add("paraphrase",
    "Short answer: a manager at a city-owned company does his homework, gets every internal sign-off, puts money into a venture, and then the venture sinks because the market turns. Going by what the Guangzhou speakers said about the second batch, is he going to be blamed for it?",
    "Not necessarily: per the Guangzhou Metro speaker, the second batch of the Guidelines states that an investment made with due diligence and through compliant decision-making procedures that incurs losses due to objective factors such as market risks may see the relevant personnel exempted from liability.",
    ["made with due diligence and through compliant decision-making procedures", "objective factors such as market risks",
     "may be exempted from liability"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

# ---- false_premise

unans("false_premise",
      "简答题（10分）：《保障中小企业款项支付条例》要求机关、事业单位自货物、工程、服务交付之日起15日内向中小企业付款，合同另有约定的最长也不得超过45日。请分析该期限为何比大型企业的付款期限短得多。",
      ["15日", "45日"],
      "条例第九条规定的是机关、事业单位自交付之日起30日内支付，合同另有约定的最长不得超过60日；大型企业为60日内。15日、45日的前提与条文不符，无法按题设分析。",
      lang="zh", present=["30日内支付款项"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "Problem question: an official commits four separate violations, each calling for a 记大过 (serious demerit). Since the Public Officials Sanctions Law caps the combined sanction period at 36 months, confirm the period can be set anywhere from 18 to 36 months.",
      ["三十六个月", "36 months"],
      "Article 15 caps the combined period for several identical sanctions below dismissal-from-post at 48 months (四十八个月), not 36; the range here would be 18 up to 48 months, so the item's premise is wrong.",
      lang="en", present=["四十八个月"],
      related=[E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月。")])

unans("false_premise",
      "既然《中央企业合规管理办法》规定重大决策事项的合规审查意见须由总会计师签字，那么总会计师对审查意见应当承担什么责任？出一道简答题。",
      ["总会计师"],
      "办法第二十一条规定重大决策事项的合规审查意见应当由首席合规官签字（第十二条：首席合规官由总法律顾问兼任），没有总会计师签字的规定，题设前提错误。",
      lang="zh", present=["首席合规官签字"],
      related=[E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见。")])

unans("false_premise",
      "From a colleague's draft answer key: \"The Optimizing Business Environment Regulations require drafts of rules closely tied to business operations to be open for public comment for no less than 60 days.\" Students must explain why 60 days was chosen. What's the rationale?",
      ["60 days", "不少于60日"],
      "Article 62 of the Regulations says the public comment period is generally not less than 30 days (不少于30日), not 60; there is no rationale in the documents for a 60-day period.",
      lang="en", present=["不少于30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日。")])

unans("false_premise",
      "My notes say that under the NDRC integrity notice, provincial credit departments upload identified breach-of-contract information to the national platform once a month. Why did the NDRC go with a monthly cycle instead of quarterly?",
      ["monthly", "once a month", "quarterly"],
      "Section III.(3) requires provincial-level credit leading departments to share identified breach of contract and dishonesty information in real time to the national credit information sharing platform; there is no monthly cycle to explain.",
      lang="en", present=["in real time"],
      related=[E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time")])

unans("false_premise",
      "Essay prompt draft: Guangzhou's discipline commission has now issued three batches of its government-business interaction Guidelines. Compare the focus of the third batch with the first.",
      ["three batches", "third batch"],
      "The report (¶7) says the commission issued two batches of the Guidelines, over two consecutive years; it describes only the first and second batches, so there is no third batch to compare.",
      lang="en", present=["two batches"],
      related=[E(GZ, "¶7", "has issued two batches of the Guidelines")])

unans("false_premise",
      "《民营经济促进法》规定由国务院商务主管部门负责统筹协调促进民营经济发展工作。据此，下列关于县级以上地方政府有关部门职责的说法正确的是哪项？请先写出题干依据。",
      ["商务主管部门"],
      "民营经济促进法第四条规定的是国务院发展改革部门负责统筹协调促进民营经济发展工作，而非商务主管部门，题干依据错误。",
      lang="zh", present=["国务院发展改革部门"],
      related=[E(PE, "第四条", "国务院发展改革部门负责统筹协调促进民营经济发展工作。")])

# ---- not_covered

unans("not_covered",
      "简答：公职人员不服政务处分决定，应当在收到决定书之日起多少日内申请复审？监察机关又须在多长时间内作出复审决定？",
      ["一个月内申请复审", "日内申请复审", "作出复审决定"],
      "政务处分法第五十五条只规定可以向作出决定的监察机关申请复审、对复审决定不服可向上一级申请复核，第四十五条要求决定书载明申请复审、复核的途径和期限，但七份文件都没有规定具体的申请期限和复审办理期限。",
      lang="zh", present=["申请复审"])

unans("not_covered",
      "For a policy seminar: how many complaints did the MIIT's complaint platform for breach of contract and arrears to SMEs receive in 2023, and what percentage were resolved?",
      ["percentage", "resolution rate", "per cent"],
      "The NDRC notice (II.(1)) and the SME payment regulations (Art. 24) mention the complaint channels and platform, but no document gives complaint numbers or resolution statistics.",
      lang="en", present=["Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"])

unans("not_covered",
      "单选题：依《优化营商环境条例》，全国统一的企业开办时限为（ ）个工作日。A. 3　B. 5　C. 7　D. 15",
      ["3个工作日", "5个工作日", "7个工作日", "企业开办时限为"],
      "条例第十九条只说“在国家规定的企业开办时限内，各地区应当确定并公开具体办理时间”，没有写明具体天数，文件中找不到答案。",
      lang="zh", present=["企业开办时限"])

unans("not_covered",
      "Under SASAC's central SOE compliance measures, what is the minimum ratio of full-time compliance staff to total employees a central enterprise has to keep?",
      ["ratio", "每千名"],
      "Article 14 only says central enterprises should have full-time compliance staff commensurate with their business scale, scope and risk level (与经营规模、业务范围、风险水平相适应); no ratio or number is set in any document.",
      lang="en", present=["专职合规管理人员"])

unans("not_covered",
      "Forecast question for discussion: will the GBA Integrity and Compliance Association hold a 13th session of its lecture hall in 2026, and what will the theme be?",
      ["13th session", "2026"],
      "The GZ report covers the 12th session (December 2025) and past milestones; it announces no future session or theme, and no document makes predictions about 2026.",
      lang="en", present=["12th session"])

unans("not_covered",
      "简答：《中国共产党纪律处分条例》规定的党纪处分有哪几种？请与政务处分的六个种类作对比。",
      ["严重警告", "留党察看", "撤销党内职务"],
      "政务处分法第七条只列了政务处分的六个种类（警告、记过、记大过、降级、撤职、开除），七份文件都没有党纪处分种类的规定，无法对比。",
      lang="zh", present=["记大过"])

# ---- out_of_domain

unans("out_of_domain",
      "Quick one for the con law review sheet: what did the Court hold in Marbury v. Madison about judicial review?",
      ["Marbury", "judicial review"],
      "US constitutional law; nothing in the seven Chinese policy documents.",
      lang="en")

unans("out_of_domain",
      "《民法典》规定的普通诉讼时效期间是几年？从什么时候开始计算？",
      ["诉讼时效"],
      "民法上的诉讼时效，与七份文件无关。",
      lang="zh")

unans("out_of_domain",
      "刑法第二十条正当防卫的成立要件有哪些？无限防卫权适用于哪些情形？",
      ["正当防卫", "无限防卫"],
      "刑法问题，七份文件均未涉及。",
      lang="zh")

# ---- superseded

unans("superseded",
      "对比题：《保障中小企业款项支付条例》2020年原版（国务院令第728号，2020年9月1日起施行）修订前对机关、事业单位付款期限是怎么规定的？与2025年修订后的条文有何不同？",
      ["2020年9月1日", "修订前"],
      "语料只收录2025年3月国务院令第802号修订后的文本（2025年6月1日起施行），前言仅提到2020年以第728号令公布，原版条文本身不在文件中，无法对比。",
      lang="zh", present=["第728号"])

unans("superseded",
      "In the draft of the Private Economy Promotion Law released for public comment in October 2024, how was 'private economic organization' defined, and did the definition change in the final text?",
      ["October 2024", "draft", "first reading"],
      "Only the law as adopted on 30 April 2025 (in force 20 May 2025) is in the corpus; its Art. 77 gives the final definition, but no draft text is held, so the comparison can't be made.",
      lang="en", present=["2025年4月30日"])

unans("superseded",
      "Under SASAC's 2018 Compliance Management Guidelines for Central Enterprises (for trial implementation), who led compliance work? Was there already a chief compliance officer?",
      ["2018", "trial implementation", "试行"],
      "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42, in force 1 October 2022); the earlier 2018 trial guidelines are not among the documents.",
      lang="en", present=["首席合规官"])

unans("superseded",
      "《行政机关公务员处分条例》（2007年）规定的记过处分期间是多少个月？与《政务处分法》的规定一致吗？",
      ["行政机关公务员处分条例", "2007年"],
      "语料只有2020年《公职人员政务处分法》（第八条：记过十二个月），2007年《行政机关公务员处分条例》不在文件中，无法回答其规定。",
      lang="zh", present=["记过，十二个月"])
