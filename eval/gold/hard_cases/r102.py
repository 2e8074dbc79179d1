"""Hard-case gold items, hundred-and-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a compliance trainer writing multiple-choice and true/false questions in Chinese for an in-house
exam ('以下哪项属于…', '下列说法正确的是 A… B… C… D…', '判断正误'), and sometimes English versions for
expatriate staff; each item is a question the assistant must answer or refuse.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "判断正误：机关、事业单位从中小企业采购服务，只要合同里双方约定好了，付款期限可以定为交付后90日。",
    "错误。《保障中小企业款项支付条例》第九条规定机关、事业单位应自交付之日起30日内付款；合同另有约定的从其约定，但付款期限最长不得超过60日。",
    ["付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "单选题：公职人员受到记大过政务处分的，处分期间是多长？A. 六个月 B. 十二个月 C. 十八个月 D. 二十四个月",
    "选C。《公职人员政务处分法》第八条：记大过，十八个月。",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；")],
    lang="zh")

add("single",
    "下列关于中央企业首席合规官的说法，正确的是：A. 必须新增一个领导岗位 B. 由总法律顾问兼任 C. 直接对国资委负责 D. 由纪检监察机构负责人兼任",
    "选B。《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "判断正误：政府部门出台跟企业经营密切相关的规范性文件，向社会公开征求意见一般给15天就够了。",
    "错误。《优化营商环境条例》第六十二条规定，向社会公开征求意见的期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "单选题：大型企业拖欠中小企业货款，合同里没写逾期利息怎么算，应按什么标准付逾期利息？A. 同期LPR B. 每日万分之三 C. 每日万分之五 D. 不用付",
    "选C。《保障中小企业款项支付条例》第十七条：迟延支付的应支付逾期利息；未作约定的，按照每日利率万分之五支付。",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "以下哪项属于《民营经济促进法》所称的民营经济组织？A. 外国公民在境外设立的公司 B. 在中国境内依法设立、由中国公民实际控制的个体工商户 C. 国有独资公司 D. 事业单位",
    "选B。该法第七十七条：民营经济组织是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，以及前述组织控股或者实际控制的营利法人、非法人组织。",
    ["由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的"),
     E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="zh")

add("single",
    "True or false (for the English version of our exam): the two batches of Guangzhou's government-business interaction Guidelines together cover 33 scenarios, and the drafters admit these cannot cover every situation.",
    "True. The report says the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations; the key test is whether conduct is for the public good or personal gain.",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "Multiple choice: under the NDRC's 2023 government integrity notice, what will the NDRC do to prefecture-level and above cities that have government dishonesty records? A. cut their general transfer payments B. cancel their eligibility for development-and-reform awards and pilot demonstrations C. suspend their mayors D. nothing, it only issues warnings",
    "B. Section III.(4): for such cities the NDRC will cancel their eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of city credit monitoring deductions, and cancel demonstration-zone titles or eligibility.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "判断正误：大型企业向中小民营企业采购时，可以在合同里写明“待收到业主付款后再向供应商付款”。请分别结合《保障中小企业款项支付条例》和《民营经济促进法》说明。",
    "错误。条例第九条规定大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件，也不得按第三方付款进度比例支付；民营经济促进法第六十八条同样规定不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件",
     "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "案例题：某公职人员有两个违法行为，分别都应给予记过处分。合并执行时，政务处分期可以在多长范围内确定？",
    "记过的处分期为十二个月（第八条）；应给予撤职以下多个相同政务处分的，在一个处分期以上、多个处分期之和以下确定，最长不超过四十八个月（第十五条）。因此可在十二个月至二十四个月之间确定。",
    ["记过，十二个月", "在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

add("multi",
    "我们是一家中央企业。保障中小企业款项支付这项工作应当纳入公司的什么管理体系？该体系下重大决策事项的合规审查意见又该由谁签字？",
    "《保障中小企业款项支付条例》第十九条要求大型企业将保障中小企业款项支付工作情况纳入企业风险控制与合规管理体系；《中央企业合规管理办法》第二十一条规定重大决策事项的合规审查意见应当由首席合规官签字。",
    ["纳入企业风险控制与合规管理体系", "由首席合规官签字"],
    [E(SME, "第十九条", "大型企业应当将保障中小企业款项支付工作情况，纳入企业风险控制与合规管理体系"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "判断正误：按照国家发展改革委2023年关于完善政府诚信履约机制的通知，政府部门因为机构调整、人员变动而没有履行与民营企业的合同，不算违约失信。",
    "错误。通知第二部分第（2）项规定，因机构调整、人员变动等原因不履约的，均应视为违约失信（shall all be regarded as breach of contract and dishonesty）。",
    ["shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "广州廉洁合规讲堂的报道里说，第二批《指引》对勤勉尽责、决策程序合规的投资，如果因为市场风险等客观因素亏了钱，相关人员会怎么处理？",
    "据报道（广州地铁代表发言），第二批《指引》明确：勤勉尽责、经合规决策程序作出的投资因市场风险等客观因素造成损失的，相关人员可以免责（may be exempted from liability）。",
    ["may be exempted from liability"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="zh")

add("cross_lingual",
    "True or false: under China's Law on Administrative Discipline for Public Officials, an official who asks the supervisory commission to re-examine (复审) a sanction decision risks getting a heavier sanction as a result.",
    "False. Article 56 provides that a public official shall not receive a heavier sanction because he or she applied for re-examination or review (复审、复核); the original decision keeps being enforced meanwhile.",
    ["公职人员不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十六条", "公职人员不因提出复审、复核而被加重政务处分"),
     E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "判断正误：某干部正在被纪委监委查，这段时间他可以自己决定出国度个假，或者干脆递辞呈走人。",
    "错误。《公职人员政务处分法》第五十二条：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("paraphrase",
    "我们公司准备把注册地从A区搬到B市，手上已经拿到的那些经营资质，搬过去以后是不是都得从头再申请一遍？",
    "一般不用。《优化营商环境条例》第十九条规定，除法律、法规、规章另有规定外，企业迁移后其持有的有效许可证件不再重复办理；办理住所等变更登记，有关部门应当及时办理，不得限制。",
    ["企业迁移后其持有的有效许可证件不再重复办理"],
    [E(BE, "第十九条", "除法律、法规、规章另有规定外，企业迁移后其持有的有效许可证件不再重复办理"),
     E(BE, "第十九条", "企业申请办理住所等相关变更登记的，有关部门应当依法及时办理，不得限制")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "为什么《保障中小企业款项支付条例》要规定大型企业向中小企业的付款期限最长不得超过90日？出题时想在解析里写清立法理由。",
    ["付款期限最长不得超过90日"],
    "条例第九条规定大型企业应自交付之日起60日内付款，合同另有约定的从其约定但须合理约定；'最长不得超过60日'只针对机关、事业单位。没有任何'90日'付款上限（90日只见于第二十五条的投诉处理期限）。",
    lang="zh", present=["60日内支付款项", "最长不得超过60日", "90日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "《公职人员政务处分法》第八条规定警告的处分期间为三个月。请问这三个月是从违法行为发生之日起算，还是从决定作出之日起算？",
    ["警告，三个月"],
    "第八条规定警告的期间为六个月，并非三个月；处分期自政务处分决定生效之日起计算。问题建立在错误的期间上。",
    lang="zh", present=["警告，六个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")])

unans("false_premise",
    "既然《中央企业合规管理办法》是由国务院办公厅印发的，那么中央企业因合规管理不到位引发违规行为时，是不是由国务院办公厅出面约谈企业？",
    ["国务院办公厅"],
    "该办法是国务院国有资产监督管理委员会令第42号，由国资委负责解释；第三十七条规定由国资委约谈相关企业并责成整改。文件中没有国务院办公厅。",
    lang="zh", present=["国资委可以约谈相关企业"],
    related=[E(SOE, "第三十七条", "国资委可以约谈相关企业并责成整改"),
             E(SOE, "第四十一条", "本办法由国资委负责解释")])

unans("false_premise",
    "The NDRC notice requires provincial credit leading departments to upload identified breach-of-contract information to the national platform every quarter. What format must those quarterly submissions follow?",
    ["every quarter", "quarterly"],
    "Section III.(3) says provincial credit leading departments should share identified breach of contract and dishonesty information in real time according to unified standards; there is no quarterly reporting cycle or submission format.",
    lang="en", present=["in real time", "unified standards"],
    related=[E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time")])

unans("false_premise",
    "《民营经济促进法》规定由国务院财政部门负责统筹协调促进民营经济发展工作；所以民营企业遇到政策落实问题，应该直接向财政部反映吧？",
    ["国务院财政部门", "财政部"],
    "第四条规定国务院发展改革部门负责统筹协调促进民营经济发展工作，不是财政部门。",
    lang="zh", present=["国务院发展改革部门"],
    related=[E(PE, "第四条", "国务院发展改革部门负责统筹协调促进民营经济发展工作")])

unans("false_premise",
    "Under the SME payment regulation, government agencies and public institutions must publish last year's overdue unpaid SME contracts by June 30 each year, right?",
    ["June 30", "6月30日"],
    "Article 18 of the regulation sets the deadline as before 31 March each year (每年3月31日前), not 30 June.",
    lang="en", present=["3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
    "《优化营商环境条例》第二十条允许各地区根据实际情况另行制定本地的市场准入负面清单。那么地方清单应当如何与全国统一清单衔接？",
    ["地方市场准入负面清单", "本地的市场准入负面清单"],
    "第二十条恰恰相反：实行全国统一的市场准入负面清单制度，各地区、各部门不得另行制定市场准入性质的负面清单。",
    lang="zh", present=["不得另行制定市场准入性质的负面清单"],
    related=[E(BE, "第二十条", "各地区、各部门不得另行制定市场准入性质的负面清单")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "中小企业通过国家统一的拖欠款项投诉平台投诉机关拖欠账款，需要缴纳受理费吗？标准是多少？",
    ["受理费", "投诉费"],
    "条例第二十四、二十五条只规定受理投诉部门建立渠道、10个工作日内转交、30日内形成处理结果等，未提及任何投诉费用。",
    lang="zh", present=["拖欠中小企业款项投诉平台", "10个工作日内"])

unans("not_covered",
    "出一道数据题：《中央企业合规管理办法》施行以来，国资委一共约谈了多少家因合规管理不到位而引发违规行为的中央企业？",
    ["被约谈企业", "约谈次数"],
    "办法第三十七条只规定国资委可以约谈相关企业并责成整改，没有任何执行情况或统计数据。",
    lang="zh", present=["国资委可以约谈相关企业"])

unans("not_covered",
    "政务处分决定书送达后，被处分的公职人员要在收到决定书之日起多少日内向作出决定的监察机关申请复审？",
    ["收到政务处分决定书之日起", "三十日内申请复审", "一个月内申请复审"],
    "第四十五条只要求决定书载明'申请复审、复核的途径和期限'，第五十五条规定可以申请复审、复核，但本法本身没有规定具体的申请期限。",
    lang="zh", present=["申请复审、复核的途径和期限"])

unans("not_covered",
    "按照《中央企业合规管理办法》，新入职员工的合规培训每年至少要达到多少学时？",
    ["学时", "课时"],
    "第三十条要求建立常态化合规培训机制、制定年度培训计划，并将合规管理作为新入职人员培训必修内容，但没有规定学时。",
    lang="zh", present=["年度培训计划", "新入职人员培训必修内容"])

unans("not_covered",
    "We are an SME and a county-level government department has owed us RMB 2 million for eight months. If we sue, will we win the case and will the court award the full late-payment interest?",
    ["win the case", "court ruling"],
    "The documents set payment deadlines and overdue interest (SME Art. 9, 17) and say courts handle arrears cases promptly (PE Art. 68), but they cannot predict the outcome of a particular lawsuit.",
    lang="en", present=["每日利率万分之五", "依法及时立案、审理、执行"])

unans("not_covered",
    "判断题素材：按照《优化营商环境条例》，企业开办全流程最长必须在几个工作日内办完？",
    ["企业开办时间", "个工作日内办结"],
    "第十九条只说'在国家规定的企业开办时限内，各地区应当确定并公开具体办理时间'，没有给出具体天数。",
    lang="zh", present=["企业开办时限"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的原版《保障中小企业款项支付条例》（修订前）里，逾期利息是怎么规定的？和2025年修订版相比有什么变化？",
    ["修订前", "原条例"],
    "语料只收录了2025年国务院令第802号修订后的条例文本，2020年原版只在题注中提到公布信息，原条文内容不在文档中。",
    lang="zh", present=["国务院令第728号", "国务院令第802号"])

unans("superseded",
    "在《公职人员政务处分法》出台以前，《行政机关公务员处分条例》规定的记过处分期是多长？",
    ["行政机关公务员处分条例"],
    "语料只有2020年的政务处分法（第八条记过十二个月），没有此前的行政机关公务员处分条例。",
    lang="zh", present=["记过，十二个月"])

unans("superseded",
    "What did the earlier draft for public comment of the Private Economy Promotion Law say about the definition of a private economic organization, and how did the final text change it?",
    ["draft", "征求意见稿", "草案"],
    "Only the law as adopted on 30 April 2025 (Art. 77 definition) is in the corpus; no draft version is included.",
    lang="en", present=["本法所称民营经济组织"])

unans("superseded",
    "国资委2018年印发的《中央企业合规管理指引（试行）》对合规委员会的设置是怎么要求的？",
    ["合规管理指引", "试行"],
    "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一条合规委员会），没有2018年的试行指引。",
    lang="zh", present=["设立合规委员会"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "公司和新员工签劳动合同，试用期最长可以约定几个月？试用期工资最低能按多少比例支付？",
    ["试用期", "劳动合同"],
    "劳动合同法问题，语料均未涉及；民营经济促进法只笼统提到遵守劳动用工法律法规。",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "How should our company account for value-added tax on a late payment penalty that a government customer paid us under the contract?",
    ["value-added tax", "VAT"],
    "A tax accounting question; none of the documents deal with VAT treatment of penalties or interest.",
    lang="en")

unans("out_of_domain",
    "公司向境外母公司支付特许权使用费时，需要按什么税率代扣代缴企业所得税？需要到哪个官方部门备案？",
    ["特许权使用费", "企业所得税"],
    "跨境税务问题，七份文件均不涉及预提所得税。",
    lang="zh")
