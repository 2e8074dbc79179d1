"""Hard-case gold items, sixty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a journalist at a business newspaper in Shenzhen writing an explainer on China's rules for how
governments and companies deal with each other; asks in English and Chinese for exact wording, dates,
numbers, issuers and which document came first, and sometimes misremembers details from older news stories.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "写稿想核实个数字：机关或者大企业拖欠中小企业货款，如果合同里没写逾期利率，逾期利息按多少算？",
    "按每日利率万分之五支付逾期利息；若双方有约定，约定利率不得低于合同订立时1年期贷款市场报价利率（《保障中小企业款项支付条例》第十七条）。",
    ["每日利率万分之五", "不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="zh")

add("single",
    "For my explainer: if a local government stops honouring a deal with a private firm because the official "
    "who signed it has been moved to another post, does the NDRC notice treat that as government dishonesty?",
    "Yes. Item II.(2) says failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "公职人员被给了降级以上的政务处分，人事部门多长时间内要把职务、工资这些待遇改过来？能拖吗？",
    "应在作出政务处分决定后一个月内办理职务、工资及其他待遇的变更手续；特殊情况经批准可适当延长，但最长不得超过六个月（《政务处分法》第五十四条）。",
    ["在作出政务处分决定后一个月内", "最长不得超过六个月"],
    [E(PS, "第五十四条", "对于受到降级以上政务处分的，应当由人事部门按照管理权限"),
     E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续"),
     E(PS, "第五十四条", "经批准可以适当延长办理期限，但是最长不得超过六个月")],
    lang="zh")

add("single",
    "国资委2022年那份央企合规管理办法，首席合规官是要专门新设一个领导职位吗？一般由谁来当？",
    "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责（《中央企业合规管理办法》第十二条）。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "《优化营商环境条例》原文怎么说的：出台跟企业经营密切相关的规章、规范性文件，公开征求意见最少要留几天？",
    "除依法需要保密外，应通过报纸、网络等向社会公开征求意见，期限一般不少于30日（《优化营商环境条例》第六十二条）。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "How many scenarios do Guangzhou's two batches of government-business interaction Guidelines cover in total?",
    "33 scenarios across the two batches, which, the drafter noted, cannot cover every situation (the Guangzhou "
    "lecture-hall report).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "民营经济促进法里的“民营经济组织”到底怎么界定？有外资成分的企业还适用吗？",
    "指在中国境内依法设立、由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，以及前述组织控股或实际控制的营利法人、非法人组织；涉及外商投资的，同时适用外商投资法律法规（第七十七条）。",
    ["由中国公民控股或者实际控制", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="zh")

add("single",
    "What exactly does the NDRC notice say will happen to prefecture-level cities that end up with government "
    "dishonesty records?",
    "Item III.(4): the NDRC will cancel their eligibility for awards and pilot demonstrations in the development "
    "and reform system, increase the weight of city credit monitoring deductions, and cancel the title or "
    "eligibility for social credit system demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "民营经济促进法和修订后的《保障中小企业款项支付条例》，哪个先开始施行？分别是哪一天？",
    "民营经济促进法先施行：2025年5月20日（第七十八条）；修订后的条例自2025年6月1日起施行（第三十七条）。",
    ["2025年5月20日", "2025年6月1日"],
    [E(PE, "第七十八条", "本法自2025年5月20日起施行。"),
     E(SME, "第三十七条", "本条例自2025年6月1日起施行。")],
    lang="zh")

add("multi",
    "大企业跟小供应商说“等上游甲方把钱给我了，我再付你”——民营经济促进法和中小企业款项支付条例是不是都不允许这么约定？",
    "是。民营经济促进法第六十八条规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件；条例第九条规定大型企业不得约定以收到第三方付款作为付款条件，也不得按第三方付款进度比例支付。",
    ["不得以收到第三方付款作为向中小民营经济组织支付账款的条件",
     "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(SME, "第九条", "或者按照第三方付款进度比例支付中小企业款项")],
    lang="zh")

add("multi",
    "Walk me through the NDRC notice: once a complaint that a local government broke a contract is found to be "
    "true, what happens next, and how does that government body later get the black mark cleared?",
    "Under II.(2) the identifying department should immediately promote rectification, and those who refuse to "
    "rectify are confirmed as breach of contract and dishonesty; under III.(6), once the identifying department "
    "confirms the behaviour is corrected and performance completed, the records are promptly restored and "
    "punishment measures terminated.",
    ["immediately promote rectification", "Those who refuse to rectify",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份政务诚信通知（发改财金〔2023〕1103号）里，企业想投诉地方政府违约失信，可以走哪些渠道？",
    "省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部违约拖欠中小企业款项登记（投诉）平台、地方12345政务服务热线、营商环境投诉平台、信访部门等渠道设立违约失信投诉专栏（通知第二部分第（1）项）。",
    ["12345 government service hotlines", "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "the State Council's \"Internet + Supervision\" platform"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints")],
    lang="zh")

add("cross_lingual",
    "广州那套政商交往《指引》到底是哪个部门发的？一共出了几批？",
    "由广州市纪委监委发布，自去年起连续两年发布了两批《广州市政商交往典型场景指引及问答》（报告第7段）。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A on Government-Business")],
    lang="zh")

add("cross_lingual",
    "Under China's SME payment regulation, how quickly must a government agency pay a small supplier after "
    "delivery, and how far can the contract stretch that?",
    "Within 30 days of delivery of the goods, works or services; if the contract provides otherwise, the "
    "contract applies, but the payment term may not exceed 60 days (Article 9).",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "好些小老板跟我说，不敢去找甲方要钱，怕对方以后给他们穿小鞋。规定里对这种事有说法吗？",
    "有。机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复（《保障中小企业款项支付条例》第二十条）。",
    ["不得以任何形式", "进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "Say a district official woos an investor, does everything by the book, and the factory still flops — "
    "is the official going to get punished for that under Guangzhou's rules?",
    "No, per the second batch as described in the report: if investment promotion was carried out with due "
    "diligence and compliance, relevant personnel will not be held blindly accountable even if the project "
    "fails to meet expectations.",
    ["due diligence and compliance", "will not be held blindly accountable"],
    [E(GZ, "¶18", "carried out with due diligence and compliance"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
     E(GZ, "¶18", "even if the project fails to meet expectations")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "为什么《保障中小企业款项支付条例》要给大型企业留90日的付款期限？这比机关单位宽松太多了吧？",
    ["90日内", "90日内支付"],
    "第九条规定大型企业应自交付之日起60日内支付（机关、事业单位30日，约定最长60日）；90日只出现在第二十五条投诉处理最长期限中，不是付款期限。",
    lang="zh", present=["60日内支付款项", "最长不得超过90日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "既然《中央企业合规管理办法》是国家发改委2022年发布的，那这个办法的解释权是不是也在发改委？",
    ["发改委", "国家发展改革委"],
    "该办法是国务院国资委令第42号公布的，第四十一条规定由国资委负责解释；文件中没有发改委发布的说法。",
    lang="zh", present=["国务院国有资产监督管理委员会令第42号", "本办法由国资委负责解释"],
    related=[E(SOE, "-", "2022年8月23日国务院国有资产监督管理委员会令第42号公布"),
             E(SOE, "第四十一条", "本办法由国资委负责解释。")])

unans("false_premise",
    "The NDRC's 2023 notice gives provincial credit departments 15 working days to pass complaint clues on "
    "for verification, right? What happens if they miss that deadline?",
    ["15 working days", "working days"],
    "II.(2) says provincial credit leading departments should immediately transfer complaint clues to the "
    "superior or competent departments; no 15-working-day period or consequence for missing it is set.",
    lang="en", present=["immediately transfer"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
    "政务处分法里“警告”的处分期是十二个月，这十二个月是从处分决定作出那天开始算，还是另外算？",
    ["警告，十二个月"],
    "第八条规定警告的处分期为六个月，十二个月是记过的期间；问题的前提记错了。",
    lang="zh", present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
    "Guangzhou's discipline commission has now put out three batches of its government-business Guidelines, "
    "covering 50 scenarios. What does the third batch focus on?",
    ["third batch", "three batches", "50 scenarios"],
    "The report speaks of two batches issued over two consecutive years, covering 33 scenarios; no third batch "
    "is mentioned.",
    lang="en", present=["two batches", "33 scenarios"],
    related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
             E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A on Government-Business")])

unans("false_premise",
    "《保障中小企业款项支付条例》要求机关、事业单位每半年公开一次逾期没付的中小企业款项；那下半年那次应该几月底前公布？",
    ["每半年", "半年"],
    "第十八条要求机关、事业单位每年3月31日前公开上一年度逾期未付信息，是一年一次，没有半年一次的要求。",
    lang="zh", present=["每年3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
    "Article 24 of China's SME payment regulation puts the Ministry of Finance in charge of the national "
    "complaint platform for arrears owed to SMEs. When did the Ministry launch it?",
    ["Ministry of Finance", "财政部"],
    "Article 24 gives the platform to the State Council department responsible for comprehensive management of "
    "SME promotion, not the Ministry of Finance; no launch date is given (the NDRC notice mentions an MIIT platform).",
    lang="en", present=["投诉平台", "Ministry of Industry"],
    related=[E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "小企业到国家拖欠中小企业款项投诉平台投诉，要不要交投诉费？",
    ["投诉费", "免费"],
    "条例第二十四、二十五条只讲投诉平台的设立、受理与处理时限，没有说投诉是否收费。",
    lang="zh", present=["投诉平台", "10个工作日内"])

unans("not_covered",
    "民营经济促进法施行以来，全国一共清理了多少亿元拖欠民营企业的账款？",
    ["亿元", "清欠"],
    "文件规定了预防和清理拖欠账款的职责（民营经济促进法第六十九条等），但没有任何清理金额统计。",
    lang="zh", present=["预防和清理拖欠民营经济组织账款"])

unans("not_covered",
    "我们是深圳一家做工程的小公司，被一家区属国企拖了两年工程款。按民营经济促进法去法院起诉，胜算大吗？",
    ["胜诉", "胜算", "败诉"],
    "民营经济促进法第六十八条只说法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，可以调解；不能预测个案结果。",
    lang="zh", present=["拖欠中小民营经济组织账款案件"])

unans("not_covered",
    "对企业规模类型有争议、去申请认定的话，认定部门要在多少个工作日内给结果？需要交哪些材料？",
    ["认定期限", "日内作出认定", "认定结果"],
    "条例第二十九条只规定可向主张为中小企业一方所在地县级以上主管部门申请认定，未规定认定时限和申请材料。",
    lang="zh", present=["申请认定"])

unans("not_covered",
    "How many people attended the very first Integrity and Compliance Lecture Hall session in Guangzhou back in March 2022?",
    ["attendees", "attended"],
    "The milestones list says the first session was held in March 2022 but gives no attendance; the 'over 100 "
    "guests' figure refers to the 12th session in December.",
    lang="en", present=["guests", "March 2022"])

unans("not_covered",
    "Under the NDRC notice, how long does a government dishonesty record stay on file before it is removed?",
    ["retention period", "publicity period", "disclosure period"],
    "III.(6) says records are restored once the identifying department confirms the behaviour is corrected and "
    "performance completed; no fixed retention or publicity period is set.",
    lang="en", present=["credit restoration", "promptly restored"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "国务院728号令公布的2020年原版《保障中小企业款项支付条例》是哪天起施行的？原版对大型企业付款期限是怎么写的？",
    ["2020年9月1日", "修订前"],
    "语料只有2025年修订版（第802号令）的文本，标题行只提到2020年7月5日第728号令公布；原版的施行日期和条文不在文件中。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "政务处分法出台以前，2007年的《行政机关公务员处分条例》里记过处分期是几个月？",
    ["行政机关公务员处分条例", "2007"],
    "语料只有2020年政务处分法；其前身行政法规不在文件中。",
    lang="zh", present=["记过，十二个月"])

unans("superseded",
    "国资委2018年印发的《中央企业合规管理指引（试行）》对首席合规官有什么规定？和2022年办法比变了什么？",
    ["合规管理指引", "试行", "2018"],
    "语料只有2022年国资委令第42号《中央企业合规管理办法》；2018年的试行指引不在文件中。",
    lang="zh", present=["首席合规官"])

unans("superseded",
    "In the October 2024 public-comment draft of the Private Economy Promotion Law, what did the article on "
    "late payments to private firms say, and how was it changed in the final law?",
    ["draft", "草案", "征求意见稿"],
    "Only the final law adopted on 30 April 2025 is in the corpus (Articles 67-68 on payments); no draft text.",
    lang="en", present=["拖延支付民营经济组织账款"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "Our company wants to end a new hire's contract during the probation period. How much severance do we owe, "
    "and do we need to notify the local government labour bureau?",
    ["severance", "probation", "试用期", "经济补偿"],
    "Employment termination and severance are not covered by any of the seven documents.",
    lang="en")

unans("out_of_domain",
    "公司给政府机关提供咨询服务，开增值税发票，税率是6%还是13%？",
    ["增值税", "税率"],
    "税种税率不在任何文件中；营商环境条例第四十六条只提到推广电子发票。",
    lang="zh", present=["电子发票"])

unans("out_of_domain",
    "深圳考公务员，报名年龄上限是多少？企业工作经历能不能算基层经历？",
    ["报名", "年龄"],
    "公务员录用考试条件不在文件中；政务处分法只涉及被开除者不得录用为公务员等。",
    lang="zh", present=["不得录用为公务员"])
