"""Hard-case gold items, hundred-and-twenty-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a software engineer testing the assistant through its API, who types questions in odd
formats: numbered sub-questions ('Q1: … Q2: …'), bullet points, key: value pairs, English and
Chinese mixed within one question, article numbers written as 'Art.9', '第9条' or 'art 9', and
abbreviations of document names.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "Q1: SME条例 第9条 —— 大型企业从中小企业采购，合同没特别写的话 default 付款期限是多少天？\n"
    "Q2: 合同里能不能写“等我们收到业主的钱再付给你”？",
    "大型企业应自货物、工程、服务交付之日起60日内支付；即使合同另有约定，也不得约定以收到第三方付款作为向中小企业支付款项的条件"
    "（《保障中小企业款项支付条例》第九条第二款）。",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")],
    lang="zh")

add("single",
    "doc: 处分法\narticle: 第8条\nquery: 记大过 的处分期 = ?\nquery2: 从哪天开始算？",
    "记大过的政务处分期为十八个月，自政务处分决定生效之日起计算（《公职人员政务处分法》第八条）。",
    ["十八个月", "自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "NDRC notice (发改财金 1103), credit restoration:\n"
    "- who coordinates it locally?\n"
    "- at what point do the dishonesty records actually get restored?",
    "Credit leading departments at all levels coordinate and guide credit restoration; once the identifying "
    "department confirms the dishonest behaviour has been corrected and performance completed, the records are "
    "restored and punishment measures terminated (NDRC notice III.(6)).",
    ["coordinate and guide credit restoration work", "corrected and performance completed",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "should coordinate and guide credit restoration work"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "• 文件：SASAC 42号令（央企合规办法）\n• 首席合规官 由谁兼任？\n• 要不要为此新设一个领导岗位？",
    "中央企业应结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责"
    "（《中央企业合规管理办法》第十二条）。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "营商条例 art 62: 跟企业经营密切相关的规章、规范性文件，公开征求意见 at least 几天？",
    "除依法需要保密外，应当向社会公开征求意见，期限一般不少于30日（《优化营商环境条例》第六十二条第二款）。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "GZ lecture report ->\n  Q1: how many scenarios do the two batches of the Guidelines cover in total?\n"
    "  Q2: for a case none of them fits, what's the core test?",
    "The two batches cover 33 scenarios and cannot encompass all situations; the core of judging is to distinguish "
    "between acting for the public good and acting for personal gain, the key being whether the actions can be "
    "\"put on the table\" (GZ report ¶10).",
    ["33 scenarios", "acting for the public good", "acting for personal gain"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "“acting for the public good” and “acting for personal gain”")],
    lang="en")

add("single",
    "处分法 第52条 Q: 公职人员被立案调查期间，能不能辞职？能不能出国？",
    "不能自行决定：立案调查期间，未经监察机关同意，不得出境、辞去公职（《公职人员政务处分法》第五十二条第二款）。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("single",
    "GBA Integrity & Compliance Assoc (GZ article):\n  founded: ?\n  jointly promoted by: ?",
    "It was established in 2021, as a non-profit social organisation jointly promoted by the Municipal Commission "
    "for Discipline Inspection and Supervision, the Municipal SASAC and the Municipal Federation of Industry and "
    "Commerce (GZ report ¶32).",
    ["established in 2021", "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection"),
     E(GZ, "¶32", "the Municipal State-owned Assets Supervision and Administration Commission")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "SME条例 Art.9 / Art.10:\nQ1: 机关、事业单位 从中小企业采购，多少天内要付款？合同最多能约定多久？\n"
    "Q2: 合同写了“验收合格后付款”，付款期限从哪天起算？\nQ3: 甲方一直拖着不验收呢？",
    "机关、事业单位应自交付之日起30日内付款，合同另有约定的最长不得超过60日（第九条）；约定验收合格后付款的，"
    "自检验或者验收合格之日起算；拖延检验或验收的，自约定的检验或验收期限届满之日起算（第十条）。",
    ["30日内支付款项", "付款期限最长不得超过60日", "自检验或者验收合格之日起算", "自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十条", "拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("multi",
    "处分法 quick check:\n(a) 记过 的处分期 = ?\n(b) 一个人两个违法行为、都该记过，合并以后处分期最长能到多少？",
    "记过的处分期为十二个月（第八条）；应当给予撤职以下多个相同政务处分的，可在一个处分期以上、多个处分期之和以下确定，"
    "但最长不得超过四十八个月（第十五条）。",
    ["记过，十二个月", "最长不得超过四十八个月"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

add("multi",
    "New mayor took office and the city now refuses to honour the investment agreement it signed with our private "
    "company, saying it was the previous leadership's deal. Q1: allowed under PEPL art 70? "
    "Q2: how would the NDRC integrity notice classify this?",
    "No: under the Private Economy Promotion Law art. 70 local governments may not breach or repudiate contracts on "
    "grounds such as a change of government term or of personnel; the NDRC notice (II.(2)) says failure to perform "
    "due to institutional adjustments or personnel changes shall all be regarded as breach of contract and dishonesty.",
    ["政府换届", "shall all be regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委 1103号通知 Q: 地级以上城市如果有政府失信记录，发改系统这边会有哪些后果？列一下。",
    "对有政府失信记录的地级及以上城市，发改委将取消其在发改系统的评优评奖和试点示范资格、加大城市信用监测扣分权重、"
    "取消社会信用体系建设示范区称号或资格（NDRC通知 III.(4)）。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "广州廉洁合规讲堂那篇报道 → 第二批《指引》：招商引资项目最后没达到预期，负责招商的人会被追责吗？",
    "按报道介绍，第二批《指引》明确只要招商过程尽职合规，即使项目未达预期，相关人员也不会被盲目问责（GZ报道 ¶18）。",
    ["carried out with due diligence and compliance", "will not be held blindly accountable"],
    [E(GZ, "¶18", "process is carried out with due diligence and compliance"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable")],
    lang="zh")

add("cross_lingual",
    "SASAC compliance measures, art 21 -> for a major decision, whose signature has to be on the compliance review "
    "opinion?",
    "The compliance review opinion on major decision matters must be signed by the chief compliance officer, who "
    "gives a clear opinion on the decision's compliance (Central SOE Compliance Measures art. 21).",
    ["重大决策事项的合规审查意见应当由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我舅以前在区里当干部，前年已经到点回家歇着了。现在有人举报他当年收过好处——还能按公职人员那套规矩追究他吗？会不会影响他每个月拿的钱？",
    "已经退休的公职人员不再给予政务处分，但可以立案调查；依法应当降级、撤职、开除的，按规定相应调整其享受的待遇"
    "（《公职人员政务处分法》第二十七条）。",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分"),
     E(PS, "第二十七条", "但是可以对其立案调查"),
     E(PS, "第二十七条", "应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "甲方是个大集团，非要我们把押金直接打到他们账上。我们想让银行出一份担保文件顶替，他们能不收吗？",
    "不能：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受"
    "（《保障中小企业款项支付条例》第十三条第二款）。",
    ["不得将保证金限定为现金", "机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Given SME条例 Art.17 默认逾期利息是每日万分之三：对方拖了100万、逾期10天，是不是只要付3000元？",
    ["万分之三"],
    "SME regulations 第十七条 sets the default overdue interest, where the parties agreed no rate, at 每日利率万分之五, "
    "not 万分之三; the premise (and the 3,000 yuan figure built on it) is wrong.",
    lang="zh", present=["万分之五", "逾期利息"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "为什么处分法第54条要求降级以上处分作出后，人事部门必须在三个月内办完职务、工资变更手续？三个月不够能延吗？",
    ["三个月内", "三个月"],
    "PS 第五十四条 gives one month (一个月内), extendable in special cases up to six months, not three months; "
    "the why-question rests on a wrong deadline.",
    lang="zh", present=["一个月内", "六个月"],
    related=[E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续"),
             E(PS, "第五十四条", "但是最长不得超过六个月")])

unans("false_premise",
    "Since SASAC Order No.42 (central SOE compliance measures) was actually issued by the State Council General "
    "Office, is it the General Office that interprets it when art 3's definition of compliance risk is unclear?",
    ["General Office", "国务院办公厅"],
    "The measures were promulgated as SASAC (国资委) Order No. 42 and art. 41 says 国资委 is responsible for their "
    "interpretation; no document says the State Council General Office issued or interprets them.",
    lang="en", present=["国资委令第42号", "国资委负责解释"],
    related=[E(SOE, "-", "国务院国有资产监督管理委员会令第42号公布"),
             E(SOE, "第四十一条", "本办法由国资委负责解释")])

unans("false_premise",
    "NDRC 1103 notice: provincial credit leading departments have to send complaint-handling stats up to NDRC "
    "quarterly. What template / fields does that quarterly report use?",
    ["quarterly", "quarter", "template"],
    "NDRC notice IV.(7) says NDRC itself evaluates complaint handling etc. through spot checks, third-party "
    "investigations and cross-checks and 'regularly' notifies provincial departments; no quarterly reporting "
    "duty, and no report template, is set anywhere.",
    lang="en", present=["regularly notifying", "spot checks"],
    related=[E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments"),
             E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods")])

unans("false_premise",
    "民营经济促进法第67条规定审计机关要对大型民营企业向中小企业付款的情况进行审计监督。那审计结果会不会向社会公开？",
    ["大型民营企业"],
    "PE 第六十七条 has 审计机关 audit payments by 国家机关、事业单位和国有企业 to private economic organisations, not "
    "payments by large private enterprises (SME 第二十七条 likewise: 国有大型企业); the claim the question builds on "
    "is wrong, and publication of audit results is not addressed.",
    lang="zh", present=["审计监督"],
    related=[E(PE, "第六十七条", "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督"),
             E(SME, "第二十七条", "审计机关依法对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督")])

unans("false_premise",
    "GZ report recap, confirm pls:\n- the Guidelines were issued by 广州市政府\n- 3 batches, 50 scenarios in total\n"
    "right? and which batch is the one on investment promotion?",
    ["50 scenarios", "third batch", "three batches"],
    "GZ ¶7 says the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued two batches of the "
    "Guidelines, and ¶10 that the two batches cover 33 scenarios; the confirmation request states a wrong issuer, "
    "batch count and scenario count.",
    lang="en", present=["two batches", "33 scenarios"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches"),
             E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
    "处分法: 撤职的处分期是36个月; so 被撤职的人要整整三年不能晋升工资档次？",
    ["36个月", "三十六个月"],
    "PS 第八条 sets the period for 降级、撤职 at 二十四个月, not 36 months; the follow-on about three years without "
    "promotion builds on a wrong figure.",
    lang="zh", present=["二十四个月"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "SME条例 第29条 提到的“企业规模类型测试平台”—— URL / 网址是多少？自测要准备哪些数据？",
    ["网址", "URL"],
    "SME 第二十九条 only says the competent department builds the size-type testing platform and offers self-testing; "
    "no address, link or required input data is given in any document.",
    lang="zh", present=["企业规模类型测试平台", "自测服务"])

unans("not_covered",
    "Q1: SME条例 第13条，工程质量保证金最多能按合同价的百分之几收？\nQ2: 是3%还是5%？",
    ["百分之三", "3%", "5%", "百分之五"],
    "SME 第十三条 lists the permitted deposits and says their ratio and method must comply with laws and state rules, "
    "but states no percentage; no document gives a cap.",
    lang="zh", present=["工程质量保证金", "收取比例"])

unans("not_covered",
    "NDRC integrity notice stats pls:\n  - % of breach-of-contract complaints verified as true\n"
    "  - overall resolution rate since the notice",
    ["resolution rate", "percentage", "解决率"],
    "The notice (II.(1)-(2), IV.(7)) sets up complaint channels, verification and evaluation, but reports no "
    "statistics on complaints or outcomes; the GZ report has none either.",
    lang="en", present=["verified as true", "complaints"])

unans("not_covered",
    "GZ article → GBA Integrity and Compliance Association: what's the annual membership fee for a private company "
    "to join?",
    ["membership fee", "fee"],
    "GZ ¶32-¶40 describe the association (founded 2021, 5A-level, non-profit, 29 industry sectors, services offered) "
    "but say nothing about membership fees or how to join.",
    lang="en", present=["non-profit social organization", "member enterprises"])

unans("not_covered",
    "处分法: 收到政务处分决定书以后，申请复审的期限是多少天？过了期限还能申请吗？",
    ["日内申请复审", "复审申请期限", "一个月内申请"],
    "PS 第四十五条 only requires the decision to state 申请复审、复核的途径和期限, and 第五十五条 gives the right to "
    "复审/复核; the law itself sets no number of days for applying.",
    lang="zh", present=["申请复审、复核的途径和期限", "申请复审"])

unans("not_covered",
    "Case: 国企拖欠我们（民营小公司）货款180万快两年了。按PE法 art 67 + art 73 去起诉，胜诉概率大概多少？",
    ["胜诉", "概率"],
    "PE 第六十七条/第七十三条 forbid state-owned enterprises from delaying payment and provide correction, damages and "
    "sanctions, and 第六十八条 asks courts to file and hear such cases promptly; no document predicts the outcome of "
    "a lawsuit.",
    lang="zh", present=["拖延支付", "依法及时立案"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "SME条例 2020年版（修订前的国务院令第728号原文）里，大型企业付款期限原来是怎么规定的？跟2025修订版比改了啥？",
    ["2020年版", "修订前", "原条例"],
    "The corpus holds only the 2025 revised text (国务院令第802号修订); its title line mentions the 2020 Order No. 728, "
    "but the original 2020 wording is not in any document, so no comparison can be made.",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "营商环境条例 征求意见稿（2019 draft）里，规范性文件公开征求意见的期限写的是多少天？正式稿改了吗？",
    ["征求意见稿"],
    "BE holds the final 2019 regulation (第六十二条: generally not less than 30 days); the draft for comment is not "
    "in the corpus.",
    lang="zh", present=["一般不少于30日"])

unans("superseded",
    "SASAC's 2018 central SOE compliance guidelines (试行 / trial version): did that earlier version already "
    "require a chief compliance officer?",
    ["2018", "试行"],
    "Only the 2022 Central SOE Compliance Measures (Order No. 42, 第十二条 首席合规官) are in the corpus; the 2018 "
    "trial guidelines are not.",
    lang="en", present=["首席合规官"])

unans("superseded",
    "老规定：《行政机关公务员处分条例》(2007) 里 警告 的处分期是几个月？跟现在政务处分法一样吗？",
    ["公务员处分条例", "2007"],
    "Only the 2020 Public Official Sanctions Law is in the corpus (第八条: 警告 six months); the 2007 civil-servant "
    "sanctions regulation it followed is not.",
    lang="zh", present=["警告，六个月"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "Q1: 公司和新员工签劳动合同，试用期最长能约定多久？\nQ2: 离职后的竞业限制补偿金按工资的多少比例付？",
    ["试用期", "竞业限制"],
    "Employment-contract probation periods and non-compete compensation are labour-law matters; none of the seven "
    "documents (payment, business environment, private economy, SOE compliance, official sanctions, integrity "
    "notice, GZ report) covers them.",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "Company payroll question:\n- we pay freelance contractors monthly under a service contract\n"
    "- what individual income tax withholding rate applies to those payments?",
    ["income tax", "withholding", "个人所得税"],
    "Income tax withholding on contractor payments is tax law, outside all seven documents.",
    lang="en")

unans("out_of_domain",
    "采购合同 key facts → 合同金额: 200万; 类型: 买卖合同. 要交多少印花税？税率是多少？",
    ["印花税"],
    "Stamp duty on purchase contracts is a tax question outside the documents, which deal with payment terms, "
    "business environment, private economy, compliance and sanctions.",
    lang="zh")
