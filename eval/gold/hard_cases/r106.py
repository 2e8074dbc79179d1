"""Hard-case gold items, hundred-and-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an exchange student from Germany writing a master thesis in English on Chinese anti-corruption and
business-environment rules; careful but slightly non-native English, mixes up document names and years, pastes
Chinese terms in brackets, and asks definition, scope and comparison questions.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "For my thesis chapter about government integrity (政务诚信): in the NDRC notice No. 1103 from 2023, if a local "
    "government does not fulfil a contract with a private firm only because the responsible officials were exchanged, "
    "is this still counted as breach of contract and dishonesty, or is it excused?",
    "It is not excused: item II.(2) of the notice says that failure to perform due to institutional adjustments, "
    "personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "What concretely happens to a city (地级市) that has a government dishonesty record, according to the NDRC notice "
    "on the government integrity performance mechanism? I need the list of measures for a comparison table.",
    "Under item III.(4), for prefecture-level and above cities with government dishonesty records the NDRC cancels "
    "their eligibility for awards and pilot demonstrations in the development and reform system, increases the weight "
    "of city credit monitoring deductions, and cancels the title or eligibility for social credit demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "How many scenarios (场景) do the two batches of the Guangzhou guidelines on government-business interactions "
    "cover together? I want to quote the number correctly in my literature review.",
    "The report says the two batches of the Guidelines cover 33 scenarios, and that these cannot encompass all "
    "situations (¶10).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the")],
    lang="en")

add("single",
    "Which kind of drafting format (编写体例) did the Guangzhou government-business Guidelines use to make the abstract "
    "rules more concrete? My notes only say something with 'scenario'.",
    "According to drafting committee member Wang Yuqun, both batches use a 'scenario + list + case' format: specific "
    "behavioural scenarios and typical cases added on the basis of positive and negative lists (¶8).",
    ["scenario + list + case", "positive and negative lists"],
    [E(GZ, "¶8", "thus forming the ‘scenario + list + case’ format"),
     E(GZ, "¶8", "typical cases on the basis of positive and negative lists")],
    lang="en")

add("single",
    "我在写关于政务处分的论文，想确认一下：公职人员被“记大过”以后，处分期一共是多少个月？从哪一天开始算？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月；政务处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月", "自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "请问：大企业晚付中小企业的货款，如果合同里根本没有写逾期利息的利率，那应该按多少来算？",
    "《保障中小企业款项支付条例》第十七条：双方未约定逾期利息利率的，按照每日利率万分之五支付逾期利息。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "中央企业的首席合规官（Chief Compliance Officer）是要新设一个领导岗位吗？还是由别的人兼任？",
    "《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "《民营经济促进法》里面说的“民营经济组织”，法律上的定义到底是什么？是看谁控股吗？",
    "第七十七条：民营经济组织是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、"
    "非法人组织和个体工商户，以及前述组织控股或者实际控制的营利法人、非法人组织。",
    ["由中国公民控股或者实际控制", "个体工商户"],
    [E(PE, "第七十七条", "在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "以及前述组织控股或者实际控制的营利法人、非法人组织")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "Comparison question: do both the SME payment regulation and the Private Economy Promotion Law forbid a big "
    "company to make the payment to its small supplier depend on first being paid by its own customer (背靠背)?",
    "Yes. Art. 9 of the SME payment regulation says large enterprises may not stipulate receipt of a third party's "
    "payment as a condition for paying SMEs (nor pay in proportion to third-party payment progress); Art. 68 of the "
    "Private Economy Promotion Law likewise says large enterprises may not make receipt of third-party payment a "
    "condition for paying small and medium private economic organisations.",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="en")

add("multi",
    "《优化营商环境条例》和《民营经济促进法》好像都说政府不能因为换届（政府换届）就毁约。可是如果为了公共利益真的必须改变合同，"
    "政府应该怎么做？两部文件的规定一样吗？",
    "基本一致：营商环境条例第三十一条和民营经济促进法第七十条都禁止以行政区划调整、政府换届等为由违约毁约；"
    "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行，并对企业因此受到的损失予以补偿。",
    ["依照法定权限和程序进行", "因此受到的损失予以补偿"],
    [E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(BE, "第三十一条", "并依法对市场主体因此受到的损失予以补偿"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿")],
    lang="zh")

add("multi",
    "If a public official gets two separate demerits (记过) for two different violations, how long is the sanction "
    "period all together, and is there a maximum? I first looked in the Civil Servant Law but I think the rule is "
    "in the sanctions law.",
    "Under the Public Official Sanctions Law a 记过 lasts twelve months (Art. 8); where several identical sanctions "
    "below 撤职 are due, the period may be fixed between one period and the sum of the periods, i.e. here 12 to 24 "
    "months, and never longer than 48 months (Art. 15).",
    ["记过，十二个月", "多个政务处分期之和以下", "最长不得超过四十八个月"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份关于完善政府诚信履约机制的通知里，有失信记录的主体在申请地方政府专项债的时候会不会受到限制？",
    "会。通知第III.(4)项规定，对有失信记录的相关主体，国家发展改革委将按规定限制中央预算内资金支持、限制申报地方政府专项债券、"
    "限制推荐各类融资项目（restrict support from central budget funds, limit applications for local government special bonds）。",
    ["limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="zh")

add("cross_lingual",
    "广州那份《政商交往指引》没有覆盖到的情况，起草人说应该怎么判断一个行为能不能做？核心标准是什么？",
    "起草组成员王玉群表示，判断的核心是区分“为公”还是“为私”（acting for the public good / acting for personal "
    "gain），关键看行为能否“摆上台面”（put on the table）（¶10）。",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "When ministries draft rules that touch companies' business (under the 优化营商环境 regulation from 2019), for how "
    "many days at least must the draft be opened for public comment?",
    "Art. 62 of the Regulations on Optimizing the Business Environment: unless confidentiality is required, such drafts "
    "must be published for public comment via newspapers, the internet etc., and the comment period is generally not "
    "less than 30 days.",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我导师问我一个问题：一个老干部早就不上班、在家领养老钱了，后来才被发现他以前在岗的时候干过见不得人的事。"
    "现在还能正式给他一个纪律上的“说法”吗？他每个月领的那笔钱会不会被动？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以立案调查；"
    "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法所得财物依第二十五条处理。",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分"),
     E(PS, "第二十七条", "但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "Suppose a county government broke its promise to an investor and got a black mark for it, and later it fixed "
    "things and really delivered what it owed. Does the black mark get wiped and do the penalties stop? And who "
    "decides that it was fixed?",
    "Item III.(6) of the NDRC notice: once the identifying department confirms that the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the punishment "
    "measures terminated; credit leading departments coordinate and guide this credit restoration.",
    ["corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
      "Why does the Public Official Sanctions Law make the period for a warning (警告) twelve months but for a "
      "demerit only six months? It seems strange to me that the lighter sanction lasts longer.",
      ["警告，十二个月", "记过，六个月"],
      "Art. 8 of the sanctions law sets 警告 at six months and 记过 at twelve months; the question reverses them, so "
      "there is no such rule to explain.",
      lang="en", present=["警告，六个月", "记过，十二个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；"), E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
      "In Art. 9 of the SME payment regulation, government agencies and public institutions must pay small firms "
      "within 45 days after delivery, and with a contract clause this can be extended up to 90 days, right?",
      ["45日", "四十五日"],
      "Art. 9 says agencies and public institutions pay within 30 days of delivery, and a contract may extend this to "
      "at most 60 days; 90 days appears only as the complaint-handling limit in Art. 25.",
      lang="en", present=["30日内支付款项", "不得超过60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
               E(SME, "第九条", "但付款期限最长不得超过60日")])

unans("false_premise",
      "Since the Central SOE Compliance Measures were issued by the State Council (国务院) in 2020, do provincial "
      "state-owned companies also have to appoint a chief compliance officer under them?",
      ["国务院令第42号"],
      "The Measures are SASAC Order No. 42 of 2022 (effective 1 Oct 2022), not a State Council order of 2020; they "
      "apply to central SOEs, and local SASACs only refer to them (参照) when guiding their own enterprises.",
      lang="en", present=["国务院国有资产监督管理委员会令第42号", "参照本办法"],
      related=[E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业"),
               E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法"),
               E(SOE, "第四十二条", "本办法自2022年10月1日起施行")])

unans("false_premise",
      "The NDRC notice No. 1103 obliges the provincial credit leading departments to send a quarterly report "
      "(季度报告) on government breach-of-contract complaints to the NDRC. What content must this quarterly report have?",
      ["quarterly", "季度报告"],
      "The notice has no quarterly report: provinces share identified dishonesty information in real time to the "
      "national platform (III.(3)), and it is the NDRC that evaluates and regularly notifies the provinces (IV.(7)).",
      lang="en", present=["regularly notifying", "in real time"],
      related=[E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time"),
               E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")])

unans("false_premise",
      "Art. 67 of the Private Economy Promotion Law only talks about state-owned enterprises (国有企业) paying private "
      "companies on time, not about government bodies; so a district bureau that delays payment to my private firm "
      "is not covered by this article?",
      ["仅适用于国有企业"],
      "Art. 67 names 国家机关、事业单位、国有企业 together, so state organs are covered; the premise that it is limited "
      "to SOEs is wrong.",
      lang="en", present=["国家机关、事业单位、国有企业"],
      related=[E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款")])

unans("false_premise",
      "Given that the sanctions law (政务处分法) gives the personnel department three months after a demotion decision "
      "to change the official's salary, extendable to one year in special cases, what happens if the department "
      "misses the one-year limit?",
      ["三个月内", "不得超过一年"],
      "Art. 54 sets one month after the decision, extendable with approval to at most six months; there is no "
      "three-month or one-year limit, and no consequence for missing a limit is stated.",
      lang="en", present=["一个月内", "不得超过六个月"],
      related=[E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续"),
               E(PS, "第五十四条", "但是最长不得超过六个月")])

unans("false_premise",
      "广州市工商联（Federation of Industry and Commerce）发布的《广州市政商交往指引》一共有三批，第三批主要讲的是什么内容？",
      ["third batch", "第三批"],
      "The report says the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued two batches "
      "of the Guidelines (33 scenarios); the Federation of Industry and Commerce only attended / co-promotes the "
      "association, and no third batch is mentioned.",
      lang="zh", present=["two batches", "Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "Discipline Inspection and Supervision has issued two batches of the")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
      "Under Art. 34 of the SME payment regulation, if a large company hides its overdue payments in the annual report, "
      "what is the exact fine (罚款) in RMB that the market regulator can impose?",
      ["罚款金额", "万元"],
      "Art. 34 only says the market regulation department handles it according to law (依法处理); no fine amount is "
      "given in any document.",
      lang="en", present=["由市场监督管理部门依法处理"])

unans("not_covered",
      "How many breach-of-contract complaints against local governments were received through the 'Credit China' "
      "(信用中国) columns in the first year after the NDRC 2023 notice, and how many were verified as true?",
      ["complaints were received", "投诉数量"],
      "The notice sets up complaint columns on Credit China and a verification procedure, but gives no statistics on "
      "complaints or outcomes.",
      lang="en", present=["Credit China"])

unans("not_covered",
      "根据民营经济促进法第五十四条申请信用修复，需要交费吗？有关机关要在多少个工作日内作出决定？",
      ["修复费用", "信用修复期限", "工作日内作出"],
      "Art. 54 PE only says organisations may apply for credit repair and authorities should lift measures promptly "
      "(及时); NDRC III.(6) is likewise without fee or deadline. No fee or number of working days is stated.",
      lang="zh", present=["可以提出信用修复申请"])

unans("not_covered",
      "My friend's small IT company delivered software to a public hospital eight months ago and still is not paid. "
      "If they complain on the national arrears complaint platform and later go to court, will they win and get the "
      "full overdue interest (逾期利息)?",
      ["胜诉", "败诉"],
      "The SME regulation sets payment terms, overdue interest and complaint handling, and PE Art. 68 asks courts to "
      "handle arrears cases promptly, but no document can predict the outcome of a particular case.",
      lang="en", present=["投诉平台", "逾期利息"])

unans("not_covered",
      "In the first batch of the Guangzhou government-business Guidelines about 'what meals can be eaten', what is the "
      "spending limit per person (人均标准) in yuan for a dinner that a company pays for officials?",
      ["per person", "人均"],
      "The report only mentions that the first batch deals with 'what meals can be eaten and what vehicles can be "
      "taken'; it gives no concrete spending limits.",
      lang="en", present=["what meals can be eaten"])

unans("not_covered",
      "中央企业的合规委员会（compliance committee）至少要有几名委员？每年必须开几次会？",
      ["委员人数", "每年至少"],
      "SOE Measures Art. 11 only says central SOEs set up a compliance committee that holds meetings regularly "
      "(定期召开会议); neither membership size nor meeting frequency is specified.",
      lang="zh", present=["定期召开会议"])

# =========================================================================== unanswerable: superseded

unans("superseded",
      "In the original 2020 version of the SME payment regulation (国务院令第728号), was the payment deadline for "
      "large enterprises also 60 days, or was it different before the 2025 revision?",
      ["修订前", "原条例"],
      "The corpus holds only the 2025 revised text (Order No. 802); the header names the 2020 Order No. 728 but its "
      "content is not in the documents.",
      lang="en", present=["国务院令第728号"])

unans("superseded",
      "Before the 2022 Measures, SASAC had a trial compliance guideline for central SOEs from 2018 (合规指引). What "
      "did this trial version say about the chief compliance officer — did the position already exist there?",
      ["合规管理指引", "2018", "试行"],
      "Only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42) are in the corpus; the 2018 trial "
      "guidelines are not.",
      lang="en", present=["首席合规官"])

unans("superseded",
      "民营经济促进法草案（2024年提请审议的那一稿）里，对“民营经济组织”的定义和最后通过的版本有什么不同？",
      ["草案", "征求意见稿"],
      "Only the law as adopted on 30 April 2025 is in the corpus (definition in Art. 77); no draft text is included.",
      lang="zh", present=["本法所称民营经济组织"])

unans("superseded",
      "Before the sanctions law of 2020, the old 2007 regulation on sanctions for civil servants of administrative "
      "organs was applied. How long was the period for a serious demerit (记大过) under that 2007 regulation?",
      ["行政机关公务员处分条例", "2007"],
      "Only the 2020 Public Official Sanctions Law is in the corpus (Art. 8: 记大过 eighteen months); the 2007 "
      "regulation is not.",
      lang="en", present=["记大过，十八个月"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
      "Can a company in China pay the salaries of its German employees in euros into a German bank account, and which "
      "government approval (外汇管理局) is needed for this payment?",
      ["外汇", "foreign exchange"],
      "Foreign-exchange and payroll rules are outside the seven documents.",
      lang="en")

unans("out_of_domain",
      "Which VAT rate (增值税税率) must a software company put on the invoice for a service contract with a government "
      "office?",
      ["增值税", "VAT"],
      "Tax rates are not in any document; BE only mentions tax services and electronic invoices in general.",
      lang="en")

unans("out_of_domain",
      "我们公司和新员工签劳动合同，试用期最长可以约定多久？试用期工资可以比正式工资低多少？",
      ["试用期", "probation"],
      "Labour-contract probation rules are outside the documents.",
      lang="zh")
