"""Hard-case gold items, sixty-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: in-house counsel at a foreign-invested manufacturer in Suzhou that sells to local governments and
state-owned firms; writes mostly in English, some Chinese, in careful legal phrasing, often naming a document
and an article or item, and asks about payment terms, complaints, government contracts, credit records and what
the company may do.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我们给区里一家事业单位供了一批设备，合同里没有写付款期限。按《保障中小企业款项支付条例》第九条，对方最迟应当在什么时候付款？",
    "合同未约定的，事业单位应当自货物交付之日起30日内支付；即使合同另有约定，付款期限最长也不得超过60日（第九条第一款）。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "一家市属国企客户逾期付款快三个月了，合同里没有约定逾期利息。我们依据条例能主张多少逾期利息？",
    "双方未约定的，按照每日利率万分之五支付逾期利息；如有约定，约定利率不得低于合同订立时1年期贷款市场报价利率（《保障中小企业款项支付条例》第十七条）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="zh")

add("single",
    "我们准备拿对一家国有大型企业的应收账款去银行做保理，但对方一直不肯确认这笔债权。条例对确权有没有时限要求？",
    "有。中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系（《保障中小企业款项支付条例》第十六条第二款）。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "央企客户说他们的重大合同要经首席合规官签字。按《中央企业合规管理办法》，首席合规官一般由谁担任？",
    "中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责（第十二条）。",
    ["由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "A county government stopped performing our supply agreement after its leadership was reshuffled. Under NDRC Notice "
    "No. 1103, can non-performance for that kind of reason still be treated as breach of contract and dishonesty?",
    "Yes. Item II.(2) provides that failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Through which channels can we lodge a complaint that a municipal bureau has breached a government procurement "
    "contract with us, according to the NDRC government integrity notice?",
    "Item II.(1): provincial credit leading departments set up special complaint columns relying on their credit "
    "websites, the State Council's Internet + Supervision platform, MIIT's complaint platform for breach of contract "
    "and arrears to SMEs, local 12345 government service hotlines, business environment complaint platforms, petition "
    "departments and other channels.",
    ["12345 government service hotlines", "special columns for breach of contract and dishonesty complaints"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints")],
    lang="en")

add("single",
    "After our complaint, the city government has now paid us in full. Under the NDRC notice, does its dishonesty "
    "record stay on file, and what triggers its removal?",
    "Under item III.(6), once the identifying department confirms the dishonest behaviour has been corrected and "
    "performance completed, the dishonesty records are promptly restored and the punishment measures terminated.",
    ["performance completed", "promptly restored"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("single",
    "We are negotiating an investment agreement with output targets with a Guangzhou district. If we miss the targets "
    "for reasons outside our control, what do the second-batch Guangzhou Guidelines say, as reported from the lecture hall?",
    "According to the report, the second batch of the Guidelines provides that if an enterprise fails to complete its "
    "targets due to objective reasons, it can negotiate adjustments and enjoy a grace period (¶18).",
    ["negotiate adjustments", "grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "一家国有大型企业客户说要等审计局的审计结果出来才跟我们结算，同时又以“董事长换人了、内部付款流程还没走完”为由拖着不付。条例对这两点分别怎么规定？",
    "国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外（第十二条）；也不得以法定代表人或者主要负责人变更、履行内部付款流程为由拒绝或者迟延支付（第十四条）。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "履行内部付款流程"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("multi",
    "Suppose the provincial credit department verifies our complaint against a prefecture-level city and the city "
    "still refuses to put things right. Under the NDRC notice, what status does the city get, and what can the NDRC "
    "then do to that city?",
    "Under II.(2), an entity that refuses to rectify after verification is confirmed as breach of contract and "
    "dishonesty by the identifying department; under III.(4), for prefecture-level and above cities with government "
    "dishonesty records the NDRC cancels their eligibility for awards and pilot demonstrations, increases the weight of "
    "city credit monitoring deductions and cancels social credit demonstration-zone titles or eligibility.",
    ["confirmed as breach of contract and dishonesty", "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("multi",
    "我们打算就一家事业单位拖欠货款向主管部门投诉。处理投诉的部门多长时间内要给结果？另外，客户会不会因为我们投诉而在后续项目上刁难我们，条例有没有保护？",
    "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果并书面反馈，情况复杂的可延长，但最长不超过90日（第二十五条）；机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业进行恐吓、打击报复（第二十条）。",
    ["30日内形成处理结果", "最长不得超过90日", "打击报复"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日"),
     E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "A provincial SOE customer insists that our performance security be posted in cash. Under the SME Payment "
    "Regulation, can we insist on giving a bank letter of guarantee instead?",
    "Yes. Article 13 provides that public bodies and large enterprises may not restrict security deposits to cash, and "
    "must accept a guarantee issued by a financial institution offered by the SME.",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="en")

add("cross_lingual",
    "After the local elections and a change of district leadership, the new district head says the incentive agreement "
    "his predecessor signed with us is no longer binding. Under the Regulations on Optimizing the Business Environment, "
    "may the district walk away on that ground?",
    "No. Article 31 bars local governments from breaching or repudiating contracts on grounds such as administrative "
    "re-division, change of government term, institutional adjustment or replacement of responsible persons; a change "
    "needed for national or public interest must follow statutory authority and procedure, with compensation for losses.",
    ["政府换届", "违约毁约", "予以补偿"],
    [E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(BE, "第三十一条", "并依法对市场主体因此受到的损失予以补偿")],
    lang="en")

add("cross_lingual",
    "我们和苏州某区政府签了招商引资协议，区里后来没兑现承诺。按照国家发改委2023年关于完善政务诚信履约机制的那份通知，这类协议违约属不属于违约失信投诉的范围？",
    "属于。通知第二部分第（1）项规定，违约失信的范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、政府投资等领域签订的各类协议和合同中的违约毁约行为。",
    ["investment promotion", "breach and repudiation behaviors"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "Is the national planning agency actually going to name and shame the worst repeat offenders among local "
    "authorities, the ones that keep going back on their word? Where would that show up?",
    "Yes. Item IV.(9) of the NDRC notice says it will select cases with serious dishonesty, repeated dishonesty and "
    "strong public complaints, publicize them on the Credit China website and expose them through news media.",
    ["repeated dishonesty", "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "客户对我们交的那批货里有几台设备的质量有意见，就把整批货的钱全压着一分不给，这样做站得住脚吗？",
    "站不住。交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务（《保障中小企业款项支付条例》第十五条）。",
    ["部分存在争议", "无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Article 9 of the SME Payment Regulation lets government agencies and public institutions agree payment terms of up "
    "to 45 days after delivery. Our county customer has proposed exactly 45 days; does that leave us any room to object?",
    ["45日", "45天", "45 days"],
    "Article 9 gives agencies and public institutions 30 days from delivery and, by contract, at most 60 days; no "
    "45-day ceiling appears anywhere. The premise misstates the figure.",
    lang="en", present=["最长不得超过60日"],
    related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "Since Article 25 of the SME Payment Regulation requires the complaint-handling department to give us a written "
    "result within 15 working days, can we escalate straight to the national platform once that period passes?",
    ["15个工作日", "15 working days"],
    "Article 25: the accepting department forwards within 10 working days; the handling department forms a result "
    "within 30 days (extendable to 90). There is no 15-working-day deadline and no escalation right tied to one.",
    lang="en", present=["10个工作日", "30日内形成处理结果"],
    related=[E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")])

unans("false_premise",
    "既然《保障中小企业款项支付条例》第十八条要求事业单位每季度公开一次逾期未付中小企业款项的情况，那第三季度的数据最晚哪天必须公布？",
    ["每季度", "第三季度", "季度"],
    "第十八条规定的是每年3月31日前公开上一年度的逾期未付信息，是年度公开，不是季度公开；文件中没有任何季度公开的要求或期限。",
    lang="zh", present=["每年3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
    "Article 26 of the SME Payment Regulation has the People's Bank of China enter defaulting agencies into its credit "
    "reference system. How do we ask the PBOC to do that for a county bureau that owes us RMB 3 million?",
    ["People's Bank of China", "PBOC", "中国人民银行"],
    "Article 26 has the complaint-accepting department and relevant departments record dishonesty in the entity's "
    "credit record and, in serious cases, the national credit information sharing platform; the central bank is not "
    "involved and no procedure for asking it exists in the documents.",
    lang="en", present=["全国信用信息共享平台"],
    related=[E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录")])

unans("false_premise",
    "为什么《中央企业合规管理办法》第十二条要求首席合规官必须从外部律师事务所聘任？这是不是意味着我们和央企客户的合同合规审查要对接外部律师？",
    ["外部律师", "律师事务所"],
    "第十二条规定首席合规官由总法律顾问兼任、不新增领导岗位和职数，并没有要求从外部律师事务所聘任，前提与条文相反。",
    lang="zh", present=["总法律顾问"],
    related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "Under Article 8 of the Law on Governmental Sanctions for Public Officials a demerit lasts six months, right? The "
    "procurement official who hinted at a kickback only got a demerit, so he will be back handling our tenders by summer.",
    ["记过，六个月", "six months"],
    "Article 8 sets the sanction periods: warning 6 months, demerit (记过) 12 months, major demerit 18 months, demotion "
    "and dismissal from post 24 months. Six months is the warning period, not the demerit period.",
    lang="en", present=["记过，十二个月", "警告，六个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
    "Given that NDRC Notice No. 1103 lets private companies apply directly to the NDRC for compensation when a local "
    "government breaches a contract, what is the deadline for filing that compensation claim?",
    ["compensation"],
    "The notice sets up complaint columns run by provincial credit leading departments, verification, credit records, "
    "punishment and restoration; the NDRC publicizes the columns and coordinates handling. It provides no compensation "
    "claim to the NDRC and no filing deadline.",
    lang="en", present=["complaint columns"],
    related=[E(NDRC, "II.(1)", "Our commission will publicize local complaint columns on the")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "Does the national arrears complaint platform set up under Article 24 of the SME Payment Regulation charge a filing "
    "fee for a complaint against a state-owned buyer, and if so how much?",
    ["filing fee", "投诉费", "受理费"],
    "Article 24 establishes the national platform and complaint channels, Article 25 the handling timelines; no fee "
    "(or its absence) is mentioned in any document.",
    lang="en", present=["投诉平台"])

unans("not_covered",
    "What percentage of breach-of-contract complaints against local governments filed through the credit complaint "
    "columns under the NDRC notice have actually ended with the enterprise being paid?",
    ["percentage", "百分比", "resolution rate"],
    "The NDRC notice sets up complaint columns and evaluation of handling efficiency (IV.(7)) but publishes no outcome "
    "statistics; no document gives any such figure.",
    lang="en", present=["complaint columns"])

unans("not_covered",
    "We have a RMB 5 million claim against a municipal SOE for unpaid equipment. If we sue in the Suzhou Intermediate "
    "Court, will we win, and how many months will the trial take?",
    ["胜诉", "审理期限", "Intermediate Court"],
    "PE Article 68 only says courts should promptly file, try and enforce SME arrears cases and may mediate; no "
    "document predicts outcomes or gives trial durations.",
    lang="en", present=["依法及时立案"])

unans("not_covered",
    "向拖欠中小企业款项投诉平台投诉时，具体需要提交哪些材料？合同原件和发票需不需要办公证书？",
    ["合同原件", "公证书", "材料清单"],
    "条例第二十五条只提到“投诉材料”以及投诉人应与被投诉人存在合同关系，未列明材料清单或公证要求。",
    lang="zh", present=["投诉材料"])

unans("not_covered",
    "Under the SME Payment Regulation, what annual revenue and headcount limits decide whether our Suzhou plant counts "
    "as a medium-sized enterprise rather than a large one?",
    ["营业收入", "从业人员", "headcount"],
    "Article 3 refers to the SME classification standards approved by the State Council and Article 29 to a size "
    "self-test platform and a disputes procedure; the thresholds themselves are in no document.",
    lang="en", present=["中小企业划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "How many full-time compliance staff must a central SOE employ per billion yuan of revenue under the SASAC Central "
    "SOE Compliance Measures? We want to gauge who will review our supply contract.",
    ["per billion", "亿元"],
    "Article 14 only requires full-time compliance staff commensurate with scale, business scope and risk level; no "
    "ratio or number is set anywhere.",
    lang="en", present=["专职合规管理人员"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "What did the original 2020 version of the SME Payment Regulation (State Council Decree No. 728), before the 2025 "
    "revision, say about overdue interest where the contract was silent?",
    ["修订前", "原条例"],
    "The corpus holds only the 2025 revised text (Decree No. 802); the 2020 original is cited in the title but its "
    "wording is not in any document.",
    lang="en", present=["国务院令第728号"])

unans("superseded",
    "In the consultation draft of the Private Economy Promotion Law released for public comment before adoption, how "
    "was a private economic organization defined, and were foreign-invested companies covered?",
    ["征求意见稿", "草案", "consultation draft"],
    "Only the enacted law (adopted 30 April 2025) is in the corpus; Article 77 of the final text defines the term, but "
    "the draft's wording is not in any document.",
    lang="en", present=["民营经济组织涉及外商投资的"])

unans("superseded",
    "2018年国资委印发的《中央企业合规管理指引（试行）》里，合规委员会的职责是怎么规定的？",
    ["合规管理指引", "试行", "2018年"],
    "语料中只有2022年《中央企业合规管理办法》（国资委令第42号），其第十一条规定合规委员会；2018年试行指引的内容不在任何文件中。",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "Before the 2020 Law on Governmental Sanctions took effect, how long did a serious demerit last under the 2007 "
    "Regulations on the Punishment of Civil Servants of Administrative Organs?",
    ["公务员处分条例", "2007"],
    "Only the 2020 Law is in the corpus (Article 8 sets a major demerit at 18 months); the earlier 2007 regulations are "
    "not in any document.",
    lang="en", present=["记大过，十八个月"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "Our company wants to dismiss a sales manager who falsified expense claims. Do we owe severance under the Labor "
    "Contract Law, and must we notify the union first?",
    ["severance", "劳动合同法", "经济补偿金"],
    "Employment termination and severance are outside all seven documents (payment, integrity, compliance and "
    "sanctions rules).",
    lang="en")

unans("out_of_domain",
    "For our export contract with a German buyer, which Incoterm should we use so that the payment and delivery risk "
    "shifts once the goods are loaded in Shanghai?",
    ["Incoterms", "Incoterm", "FOB"],
    "International trade terms are not dealt with in any of the documents.",
    lang="en")

unans("out_of_domain",
    "公司要给新来的德国籍工程师办理工作许可和居留证，应该向哪个政府部门申请？一般要多长时间？",
    ["工作许可", "居留证"],
    "外籍员工工作许可和居留办理不属于七份文件的内容。",
    lang="zh")
