"""Hard-case gold items, hundred and forty-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a trainee lawyer at an international law firm drafting an English client alert on China's new rules
for paying private companies and on government contract integrity; asks precise questions for exact wording,
effective dates, article numbers and who is bound. False premises misdate a document, misnumber an article or
name the wrong issuing body.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- single (8)

add("single",
    "For our alert on the NDRC government-integrity notice: if a local government stops performing a contract "
    "with a private company because of an institutional restructuring or a change of officials, is that treated "
    "as breach of contract and dishonesty, and where does the notice say so?",
    "Yes. Section II.(2) of the NDRC notice states that failure to perform due to institutional adjustments, "
    "personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Where does the NDRC notice say that typical cases of serious or repeated government dishonesty will be "
    "made public?",
    "Under item IV.(9), a batch of typical cases is to be publicized on the \"Credit China\" website and exposed "
    "to society through news media to create a public-opinion deterrent.",
    ["Credit China", "news media"],
    [E(NDRC, "IV.(9)", 'publicize them on the "Credit China" website'),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("single",
    "Which body does the NDRC notice task with drawing up the information collection standards for government "
    "credit records?",
    "Item III.(3): the National Public Credit Information Center should expedite the formulation of the relevant "
    "information collection standards.",
    ["National Public Credit Information Center", "information collection standards"],
    [E(NDRC, "III.(3)", "The National Public Credit Information Center should expedite the formulation"),
     E(NDRC, "III.(3)", "of relevant information collection standards")],
    lang="en")

add("single",
    "How many typical scenarios do the two batches of Guangzhou's government-business interaction Guidelines "
    "cover in total? I need the figure for a footnote.",
    "According to the Guangzhou report, the two batches of the Guidelines cover 33 scenarios (and the drafters "
    "note they cannot encompass all situations).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "机关、事业单位向中小企业采购，如果双方在合同里另行约定了付款期限，这个期限最长可以约定到多少天？",
    "《保障中小企业款项支付条例》第九条第一款：原则上自交付之日起30日内支付；合同另有约定的从其约定，但付款期限最长不得超过60日。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "大型企业拖欠中小企业货款，合同里又没约定逾期利息的利率，这时利息按什么标准算？",
    "《保障中小企业款项支付条例》第十七条：未作约定的，按照每日利率万分之五支付逾期利息。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "《民营经济促进法》里所说的“民营经济组织”，法条上到底是怎么界定的？",
    "第七十七条：指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，"
    "以及前述组织控股或者实际控制的营利法人、非法人组织。",
    ["由中国公民控股或者实际控制", "营利法人、非法人组织和个体工商户"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "以及前述组织控股或者实际控制的营利法人、非法人组织")],
    lang="zh")

add("single",
    "央企设首席合规官，是要新增一个领导岗位吗？这个职位由谁兼任、对谁负责？",
    "《中央企业合规管理办法》第十二条：不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

# --------------------------------------------------------------------------- multi (3)

add("multi",
    "关于“不得强制以审计结果作为结算依据”这条规则，《民营经济促进法》和《保障中小企业款项支付条例》分别约束的是哪些主体？",
    "《民营经济促进法》第六十七条约束国家机关、事业单位、国有企业（法律、行政法规另有规定的除外）；"
    "《保障中小企业款项支付条例》第十二条约束机关、事业单位和国有大型企业，针对的是审计机关的审计结果。",
    ["国家机关、事业单位、国有企业", "不得强制要求以审计结果作为结算依据", "机关、事业单位和国有大型企业"],
    [E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("multi",
    "I want to show continuity in the alert: both the 2019 Regulations on Optimizing the Business Environment and "
    "the Private Economy Promotion Law stop local governments from walking away from contracts because of things "
    "like a change of government. Which article in each, and what grounds does each list?",
    "Regulations Art. 31 bars breach on grounds of 行政区划调整、政府换届、机构或者职能调整以及相关责任人更替; "
    "Private Economy Promotion Law Art. 70 lists 行政区划调整、政府换届、机构或者职能调整以及相关人员更替. Both allow "
    "changes for national or public interest only under statutory authority and procedure, with compensation.",
    ["行政区划调整、政府换届、机构或者职能调整以及相关责任人更替", "行政区划调整、政府换届、机构或者职能调整以及相关人员更替"],
    [E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")],
    lang="en")

add("multi",
    "What are the effective dates of the Private Economy Promotion Law and of the revised Regulations on Ensuring "
    "Payments to SMEs, and which of the two came into force first?",
    "The Private Economy Promotion Law took effect on 20 May 2025 (Art. 78); the revised SME payment regulations "
    "took effect on 1 June 2025 (Art. 37). The law came first.",
    ["2025年5月20日", "2025年6月1日"],
    [E(PE, "第七十八条", "本法自2025年5月20日起施行"),
     E(SME, "第三十七条", "本条例自2025年6月1日起施行")],
    lang="en")

# --------------------------------------------------------------------------- cross_lingual (3)

add("cross_lingual",
    "发改委2023年那份关于政府诚信履约的通知里，违约失信投诉的受理范围涵盖政府部门与民营企业在哪些领域签订的协议和合同？",
    "通知第二部分第（1）项：包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、政府投资等领域"
    "签订的各类协议、合同中的违约毁约行为。",
    ["government procurement, bidding, investment promotion", "government-social capital cooperation",
     "industrial support, government investment"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="zh")

add("cross_lingual",
    "广州的《政商交往指引》是哪个机关发布的？到目前为止一共出了几批？",
    "据广州的报道，广州市纪委监委自去年起连续两年发布了两批《广州市典型场景政商交往指引和问答》。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches"),
     E(GZ, "¶7", "for two consecutive years")],
    lang="zh")

add("cross_lingual",
    "Under the SME payment regulations, by what date each year must government bodies and public institutions "
    "publish their overdue payments to SMEs, and what exactly do they have to disclose?",
    "Art. 18: before 31 March each year they must publish the number and amount of contracts with SME payments "
    "still overdue from the previous year, via websites, newspapers or other publicly accessible means.",
    ["每年3月31日前", "合同数量、金额"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="en")

# --------------------------------------------------------------------------- paraphrase (2)

add("paraphrase",
    "我们是家小供应商，想拿一家大客户还欠着我们的钱去银行贷款，客户那边最晚多久得给我们认账？",
    "《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起"
    "30日内确认债权债务关系。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("paraphrase",
    "If a city keeps reneging on deals with private firms, could it end up losing money from Beijing or being "
    "blocked from raising debt?",
    "Yes. Under item III.(4), for entities with dishonesty records the NDRC will restrict support from central "
    "budget funds, limit applications for local government special bonds and restrict recommendations for "
    "financing projects.",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

# --------------------------------------------------------------------------- false_premise (7)

unans("false_premise",
      "Since the revised Regulations on Ensuring Payments to SMEs took effect on 1 January 2025, do the 60-day "
      "payment cap and the default-interest rules already bind contracts our clients signed in February 2025?",
      ["2025年1月1日", "1 January 2025", "January 1, 2025"],
      "The revised regulations were adopted by State Council Order No. 802 on 17 March 2025 and take effect on "
      "1 June 2025 (Art. 37); no 1 January 2025 effective date appears, and no transitional rule for earlier contracts.",
      lang="en", present=["2025年6月1日", "2025年3月17日"],
      related=[E(SME, "第三十七条", "本条例自2025年6月1日起施行")])

unans("false_premise",
      "Article 70 of the Private Economy Promotion Law is the provision that bars state bodies, public institutions "
      "and SOEs from insisting on audit results as the settlement basis, right? I want to quote it verbatim.",
      ["第七十条国家机关", "Article 70"],
      "The audit-results rule is in Art. 67 of the Private Economy Promotion Law; Art. 70 concerns local governments "
      "honouring policy commitments and contracts despite government turnover.",
      lang="en", present=["不得强制要求以审计结果作为结算依据"],
      related=[E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
               E(PE, "第七十条", "地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺")])

unans("false_premise",
      "Given that Article 17 of the SME payment regulations sets default interest at 0.03% per day where the "
      "contract is silent, how much late interest would accrue on an RMB 1 million invoice paid 100 days late?",
      ["万分之三", "0.03%"],
      "Art. 17 sets the default rate at 万分之五 (0.05%) per day where no rate is agreed, and any agreed rate may not "
      "be lower than the one-year LPR; 0.03% appears nowhere.",
      lang="en", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "Why does Article 12 of the SME payment regulations extend the ban on using audit findings as the settlement "
      "basis to private large enterprises as well as state-owned ones?",
      ["民营大型企业", "private large enterprises", "所有大型企业", "all large enterprises"],
      "Art. 12 binds only 机关、事业单位和国有大型企业 (government bodies, public institutions and state-owned large "
      "enterprises); private large enterprises are not named.",
      lang="en", present=["国有大型企业"],
      related=[E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")])

unans("false_premise",
      "The NDRC government-integrity notice (Development and Reform Finance [2023] No. 1103) was jointly issued "
      "with the Ministry of Finance. Which of the two ministries coordinates complaints about local governments "
      "breaching contracts?",
      ["Ministry of Finance", "财政部", "jointly issued"],
      "The notice is issued and signed by the NDRC alone (5 August 2023); complaints are collected by provincial "
      "credit leading departments and the NDRC coordinates their handling. No Ministry of Finance involvement.",
      lang="en", present=["Credit China", "National Development and Reform Commission"],
      related=[E(NDRC, "II.(1)", "promptly coordinate the handling of complaints received by various regions")])

unans("false_premise",
      "SASAC Order No. 42 on compliance management of central SOEs took effect on the day it was published, "
      "23 August 2022; so central SOEs were already obliged to have a chief compliance officer in September 2022?",
      ["2022年8月23日起施行", "23 August 2022", "August 23, 2022"],
      "The Measures were published on 23 August 2022 but take effect on 1 October 2022 (Art. 42).",
      lang="en", present=["2022年10月1日"],
      related=[E(SOE, "第四十二条", "本办法自2022年10月1日起施行")])

unans("false_premise",
      "How should we explain to clients that, under Article 25 of the SME payment regulations, the complaint-handling "
      "department must deliver its written result within 15 working days?",
      ["15个工作日", "15 working days", "十五个工作日"],
      "Art. 25: the receiving department transfers the complaint within 10 working days; the handling department "
      "forms a result within 30 days of receiving the materials, extendable to at most 90 days. No 15-working-day limit.",
      lang="en", present=["10个工作日"],
      related=[E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
               E(SME, "第二十五条", "但处理期限最长不得超过90日")])

# --------------------------------------------------------------------------- not_covered (6)

unans("not_covered",
      "Is there a filing fee for lodging an arrears complaint on the national SME payment complaint platform, and "
      "who bears it?",
      ["filing fee", "投诉费", "fee"],
      "SME regulations Art. 24 sets up the national unified arrears complaint platform and Art. 25 the handling "
      "deadlines, but nothing is said about any fee for complaining.",
      lang="en", present=["国家统一的拖欠中小企业款项投诉平台"])

unans("not_covered",
      "How many breach-of-contract complaints against government departments have been received and resolved "
      "through the provincial complaint columns since the NDRC notice was issued?",
      ["resolved", "complaints were received", "number of complaints", "statistics"],
      "NDRC notice II.(1)-(2) and IV.(7) set up complaint columns, identification and evaluation of handling "
      "efficiency, but give no figures on complaints received or resolved.",
      lang="en", present=["breach of contract and dishonesty complaints"])

unans("not_covered",
      "What is the maximum fine the market regulator can impose on a large enterprise that conceals overdue SME "
      "payments in its annual report under Article 34 of the SME payment regulations?",
      ["万元", "RMB", "fine"],
      "Art. 34 only says the market regulation department handles it according to law (由市场监督管理部门依法处理); "
      "no fine or amount is specified.",
      lang="en", present=["由市场监督管理部门依法处理"])

unans("not_covered",
      "Is there a time limit for an SME to file a complaint once a payment becomes overdue — some kind of "
      "limitation period under the SME payment regulations?",
      ["投诉时效", "limitation period", "时效"],
      "Art. 24-25 cover who accepts complaints, transfer and handling deadlines and that the complainant must have "
      "a contractual relationship with the respondent; no deadline for filing a complaint is set.",
      lang="en", present=["投诉人应当与被投诉人存在合同关系", "10个工作日"])

unans("not_covered",
      "If our client sues a county government for unpaid invoices relying on Article 67 of the Private Economy "
      "Promotion Law, how likely are we to win and also recover default interest?",
      ["胜诉", "败诉", "win"],
      "Art. 67 and Art. 73 of the Private Economy Promotion Law set the payment obligation and liability "
      "(correction, compensation for losses); the documents make no prediction of litigation outcomes.",
      lang="en", present=["拒绝或者拖延支付民营经济组织账款"])

unans("not_covered",
      "How many of the 33 scenarios sit in the second batch of the Guangzhou Guidelines, and on what date was the "
      "second batch issued?",
      ["scenarios in the second batch", "second batch was issued"],
      "The Guangzhou report gives only the combined total of 33 scenarios across two batches issued in two "
      "consecutive years; no per-batch count or issue date.",
      lang="en", present=["33 scenarios", "second batch"])

# --------------------------------------------------------------------------- superseded (4)

unans("superseded",
      "What payment deadline did the original 2020 version of the SME payment regulations (State Council Order "
      "No. 728) impose on large enterprises before the 2025 revision?",
      ["2020 version", "原条例", "修订前", "2020年版"],
      "The corpus holds only the text as revised by Order No. 802 (2025); the header mentions the 2020 promulgation "
      "by Order No. 728 but not the original wording.",
      lang="en", present=["国务院令第728号", "2025年3月17日"])

unans("superseded",
      "In the October 2024 draft of the Private Economy Promotion Law released for public comment, how was the "
      "article on state bodies' payment arrears worded, and what changed in the final text?",
      ["草案", "征求意见稿", "draft"],
      "Only the final law adopted on 30 April 2025 is in the corpus; no draft text is included.",
      lang="en", present=["2025年4月30日"])

unans("superseded",
      "Under SASAC's 2018 Guidelines on Compliance Management of Central Enterprises (for Trial Implementation), "
      "who led compliance work before the chief compliance officer role was introduced?",
      ["2018", "试行", "中央企业合规管理指引"],
      "Only the 2022 Measures (SASAC Order No. 42) are in the corpus; the earlier trial guidelines are not.",
      lang="en", present=["中央企业合规管理办法"])

unans("superseded",
      "What sanction periods did the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs "
      "set for a demerit and a serious demerit?",
      ["行政机关公务员处分条例", "2007"],
      "Only the 2020 Public Official Sanctions Law is in the corpus (Art. 8 sets its own periods); the 2007 "
      "regulations are not included.",
      lang="en", present=["十八个月"])

# --------------------------------------------------------------------------- out_of_domain (3)

unans("out_of_domain",
      "What documents does a foreign company need to set up a representative office in Shanghai, and which "
      "government fees apply?",
      ["representative office", "代表处", "Shanghai"],
      "Foreign-company establishment formalities are outside these payment and government-integrity documents.",
      lang="en")

unans("out_of_domain",
      "Can our client dismiss an employee who is a relative of a government official without paying severance "
      "under the PRC Labour Contract Law?",
      ["severance", "经济补偿金", "劳动合同法"],
      "Employment termination and severance are not addressed in any of the seven documents.",
      lang="en")

unans("out_of_domain",
      "What withholding tax rate applies to dividend payments from a Chinese company to its Hong Kong parent "
      "under the mainland–Hong Kong tax arrangement?",
      ["withholding", "预提所得税", "dividend", "股息"],
      "Cross-border dividend taxation is outside the corpus.",
      lang="en")
