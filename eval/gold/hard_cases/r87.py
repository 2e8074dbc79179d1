"""Hard-case gold items, eighty-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a deputy to a county people's congress drafting a proposal on the business environment, and her
assistant who translates for a visiting delegation; formal Chinese and plain English, asking what the rules
require of governments, for numbers, rankings and last year's case counts, and testing claims heard in meetings.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "县里几个局从本地小企业采购办公设备，有的合同写半年后再付款。按现行规定，机关、事业单位向中小企业付款的期限是多少？合同里最长能约定多久？",
    "机关、事业单位应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的从其约定，但付款期限最长不得超过60日"
    "（《保障中小企业款项支付条例》第九条第一款），半年后付款的约定不符合要求。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "我准备在建议中要求县级各部门把去年拖欠中小企业的合同笔数和金额晒出来。条例对机关、事业单位公开这类信息有没有时间要求？",
    "有。机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，"
    "通过网站、报刊等便于公众知晓的方式公开（《保障中小企业款项支付条例》第十八条第一款）。",
    ["每年3月31日前", "合同数量、金额等信息"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "县政府起草一份与企业生产经营密切相关的规范性文件，向社会公开征求意见的时间最少应当留多久？",
    "除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，期限一般不少于30日（《优化营商环境条例》第六十二条第二款）。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见，并建立健全意见采纳情况反馈机制"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "合同里没有写逾期利息，结果政府部门拖了几个月才付款，小企业可以按什么标准主张利息？",
    "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；双方未约定利率的，按照每日利率万分之五支付"
    "（《保障中小企业款项支付条例》第十七条）。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "The delegation asks: what does the NDRC say it will do to a prefecture-level city that has a government dishonesty record?",
    "Under item III.(4) of the NDRC notice, for prefecture-level and above cities with government dishonesty records the NDRC will "
    "cancel their eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of "
    "city credit monitoring deductions, and cancel their social-credit demonstration-zone title or eligibility.",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "代表团想了解：公职人员被记大过以后，这个处分期是多长时间？",
    "记大过的政务处分期间为十八个月，自政务处分决定生效之日起计算（《公职人员政务处分法》第八条）。",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "企业投诉被拖欠货款后，负责处理的部门要在多长时间内给出处理结果？能无限期拖下去吗？",
    "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果并书面反馈投诉人；情况复杂的经部门负责人批准可适当延长，"
    "但最长不得超过90日（《保障中小企业款项支付条例》第二十五条第二款）。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "How many scenarios do Guangzhou's guidelines on government-business interactions cover so far?",
    "According to the Guangzhou lecture-hall report, the two batches of the Guidelines cover 33 scenarios, which the drafter "
    "says cannot encompass all situations.",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "有乡镇换届后，新班子说前任和民营企业签的招商协议不算数。《民营经济促进法》对此怎么规定？如果坚持不履行，要承担什么后果？",
    "第七十条规定地方各级人民政府及其有关部门应当履行依法作出的政策承诺和订立的合同，不得以政府换届、相关人员更替等为由违约、毁约；"
    "第七十三条规定不履行的，由有权机关予以纠正，造成损失的依法予以赔偿，造成不良后果或者影响的对负有责任的领导人员和直接责任人员依法给予处分。",
    ["政府换届", "由有权机关予以纠正", "依法予以赔偿"],
    [E(PE, "第七十条", "应当履行依法向民营经济组织作出的政策承诺和与民营经济组织订立的合同"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "不履行向民营经济组织依法作出的政策承诺、依法订立的合同的，由有权机关予以纠正"),
     E(PE, "第七十三条", "造成损失的，依法予以赔偿")],
    lang="zh")

add("multi",
    "县属国有大型企业能否要求施工的中小企业等审计机关出了审计结果再结算？如果硬要这么做，由谁来纠正、怎么处理？",
    "不能。机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外（第十二条）；"
    "国有大型企业没有依据这样要求的，由其监管部门责令改正，拒不改正的对负有责任的国有企业管理人员依法给予处分（第三十三条第二款）。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的"),
     E(SME, "第三十三条", "由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "If a county department is found to have broken its deal with a private firm and won't put it right, does it get a dishonesty "
    "record? And how would that record come off later?",
    "Under II.(2), verified complaints lead the identifying department to push for rectification, and those who refuse to rectify "
    "are confirmed as breach of contract and dishonesty. Under III.(6), once the identifying department confirms the behaviour has "
    "been corrected and performance completed, the dishonesty records should be promptly restored and punishment measures terminated.",
    ["refuse to rectify", "confirmed as breach of contract and dishonesty", "dishonesty records should be promptly restored"],
    [E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政府诚信履约的通知里，政府部门因为机构调整、人员变动没有履行合同，算不算违约失信？",
    "算。通知第二部分第（2）项明确，因机构调整、人员变动等原因未履约的，均视为违约失信"
    "（Failure to perform due to institutional adjustments, personnel changes … shall all be regarded as breach of contract and dishonesty）。",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "听说广州第二批政商交往指引对招商引资有专门说法：项目最后没达到预期，经办的干部会不会被追责？",
    "据广州讲堂报道，第二批指引明确：只要招商引资过程尽职合规，即使项目未达预期，相关人员也不会被盲目追责"
    "（will not be held blindly accountable even if the project fails to meet expectations）。",
    ["carried out with due diligence and compliance", "will not be held blindly accountable"],
    [E(GZ, "¶18", "investment promotion process is carried out with due diligence and compliance"),
     E(GZ, "¶18", "will not be held blindly accountable even if the project fails")],
    lang="zh")

add("cross_lingual",
    "A big developer tells a small local subcontractor it will only pay once its own client pays it. Is that allowed under China's rules on paying SMEs?",
    "No. Under Article 9(2) of the Regulations on Ensuring Payments to SMEs, a large enterprise must pay within 60 days of delivery "
    "(or a reasonably agreed term) and may not make receipt of a third party's payment a condition of paying the SME "
    "(不得约定以收到第三方付款作为向中小企业支付款项的条件).",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "企业跟我反映，这个局来一趟、那个局又来一趟，一个月要被上门好几回。有没有规定让各家部门商量好一块儿来？",
    "有。《优化营商环境条例》第五十四条规定，针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围；"
    "《民营经济促进法》第五十二条也有同样要求（纳入跨部门联合检查范围）。",
    ["尽可能合并", "跨部门联合抽查范围"],
    [E(BE, "第五十四条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围"),
     E(PE, "第五十二条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合检查范围")],
    lang="zh")

add("paraphrase",
    "Say the head of a state-owned company follows every proper step before backing a venture, and then it goes sour because the "
    "sector slumps. Under Guangzhou's new guidance, does he get punished for it?",
    "Not necessarily: the report says the second batch of Guangzhou's Guidelines states that if an investment made with due diligence "
    "and through compliant decision-making procedures incurs losses due to objective factors such as market risks, the relevant "
    "personnel may be exempted from liability.",
    ["may be exempted from liability"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "《保障中小企业款项支付条例》为什么把机关、事业单位的付款期限定为交付后15日？我们县在提案里要不要参照这个期限？",
      ["15日内支付", "15日内"],
      "第九条规定机关、事业单位应当自交付之日起30日内支付款项（约定最长不超过60日），并无15日的期限，前提错误。",
      lang="zh", present=["30日内支付款项"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "Someone at our meeting said the NDRC's 2023 notice makes provinces publish a list of dishonest government departments "
      "every quarter. Where do those quarterly lists get posted?",
      ["quarterly", "every quarter"],
      "The notice sets no quarterly publication: the NDRC evaluates and 'regularly' notifies provincial credit leading departments "
      "(IV.(7)) and exposes a batch of typical cases on Credit China (IV.(9)); nothing about a quarterly list of dishonest departments.",
      lang="en", present=["regularly notifying provincial credit leading departments", "typical cases"],
      related=[E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments"),
               E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")])

unans("false_premise",
      "既然《民营经济促进法》规定审计机关要对大型企业向中小民营企业付款的情况进行审计监督，去年县审计局对多少家大型企业开展了这类审计？",
      ["审计机关依法对大型企业", "对大型企业进行审计"],
      "第六十七条规定审计机关审计监督的是国家机关、事业单位和国有企业支付民营经济组织账款的情况，并非大型企业；"
      "大型企业拖欠的依第七十三条第二款依法承担法律责任。文件也无县审计局的审计数量。",
      lang="zh", present=["审计机关依法对国家机关、事业单位和国有企业"],
      related=[E(PE, "第六十七条", "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督"),
               E(PE, "第七十三条", "拒绝或者拖延支付中小民营经济组织账款的，依法承担法律责任")])

unans("false_premise",
      "For the delegation: under China's Law on Administrative Discipline for Public Officials, a warning stays in effect for twelve months, right?",
      ["警告，十二个月"],
      "Article 8 sets the period of a warning at six months; twelve months is the period for 记过 (demerit), so the premise is wrong.",
      lang="en", present=["警告，六个月", "记过，十二个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；"), E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
      "受理投诉部门收到拖欠款项投诉后3个工作日内就要转交处理部门；所以企业投诉后一个星期左右就能拿到书面处理结果了吧？",
      ["3个工作日"],
      "第二十五条规定受理投诉部门自正式受理之日起10个工作日内转交，处理投诉部门自收到材料之日起30日内形成处理结果，最长可延至90日；"
      "并无3个工作日转交、一周出结果的规定。",
      lang="zh", present=["10个工作日内", "30日内形成处理结果"],
      related=[E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门"),
               E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")])

unans("false_premise",
      "The Ministry of Finance's 2023 notice (No. 1103) on government integrity performance: which punishments does the Ministry "
      "tell local governments to use against departments that break contracts?",
      ["Ministry of Finance"],
      "Notice No. 1103 (Development and Reform Finance [2023]) was issued by the National Development and Reform Commission, not the "
      "Ministry of Finance; the punishment measures it lists (III.(4), III.(5)) are the NDRC's and the credit leading departments'.",
      lang="en", present=["National Development and Reform Commission", "Development and Reform Finance"],
      related=[E(NDRC, "III.(5)", "restricting government funding support"),
               E(NDRC, "III.(4)", "our commission will restrict support from central budget funds")])

unans("false_premise",
      "Given that SASAC's 2022 compliance measures create a brand-new vice-president-level chief compliance officer post in every "
      "central SOE, how many extra leadership positions does that add per company?",
      ["副总经理", "新设领导岗位"],
      "Article 12 says the chief compliance officer is set up without adding leadership posts or headcount (不新增领导岗位和职数) "
      "and is held concurrently by the general counsel; the premise of a new post is wrong.",
      lang="en", present=["不新增领导岗位和职数", "首席合规官"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "去年国家拖欠中小企业款项投诉平台一共收到多少件投诉？办结率是多少？我想在建议里引用这个数字。",
      ["办结率", "件投诉"],
      "第二十四条只规定国务院有关部门建立国家统一的拖欠中小企业款项投诉平台，没有任何投诉数量或办结率统计。",
      lang="zh", present=["拖欠中小企业款项投诉平台"])

unans("not_covered",
      "国家营商环境评价里各省是怎么排名的？我们省去年排第几？",
      ["排名", "排第"],
      "《优化营商环境条例》第八条只说国家建立以满意度为导向的营商环境评价体系及其限制，"
      "款项支付条例第二十八条要求把款项支付情况纳入评价；均无排名方法或名次。",
      lang="zh", present=["营商环境评价"])

unans("not_covered",
      "Is there a fee for a private company to apply for credit restoration after it's been put on a dishonesty list, and how much is it?",
      ["restoration fee", "修复费用", "信用修复费"],
      "PE Art. 54 lets a firm apply for credit restoration and NDRC III.(6) covers restoring government dishonesty records; "
      "neither mentions any fee or its amount.",
      lang="en", present=["credit restoration", "信用修复申请"])

unans("not_covered",
      "If small suppliers in our county take the county education bureau to court over unpaid invoices, how likely are they to win?",
      ["胜诉", "败诉"],
      "The documents require timely payment (SME Art. 9, PE Art. 67) and describe complaint channels and court handling of arrears "
      "by large enterprises (PE Art. 68), but say nothing about litigation outcomes or win rates.",
      lang="en", present=["拖欠中小民营经济组织账款案件"])

unans("not_covered",
      "国家规定的企业开办时限到底是几个工作日？从申请到拿到执照、刻章、领发票全部算在内吗？",
      ["个工作日内完成企业开办", "企业开办时限为"],
      "《优化营商环境条例》第十九条只说在国家规定的企业开办时限内，各地区应当确定并公开具体办理时间，没有给出具体天数或包含环节。",
      lang="zh", present=["企业开办时限"])

unans("not_covered",
      "How many officials in Guangzhou were disciplined for breaching the government-business interaction Guidelines last year?",
      ["disciplined"],
      "The Guangzhou report describes the Guidelines (two batches, 33 scenarios, error tolerance) and the lecture event but gives no "
      "count of officials disciplined or held accountable.",
      lang="en", present=["held accountable", "33 scenarios"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "2020年国务院令第728号公布的原版《保障中小企业款项支付条例》对大型企业的付款期限是怎么规定的？和修订后有什么不同？",
      ["修订前", "原条例"],
      "语料只收录2025年国务院令第802号修订后的文本（题注提到2020年第728号公布），没有2020年原版条文，无法比较。",
      lang="zh", present=["国务院令第728号公布"])

unans("superseded",
      "What did the draft Private Economy Promotion Law released for public comment in 2024 say about government payment arrears?",
      ["草案", "征求意见稿"],
      "Only the law as adopted on 30 April 2025 (in force 20 May 2025) is in the corpus; no draft text is included.",
      lang="en", present=["民营经济促进法"])

unans("superseded",
      "2018年国资委印发的《中央企业合规管理指引（试行）》对合规委员会的职责是怎么规定的？",
      ["合规管理指引", "试行"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一条规定设立合规委员会），没有2018年试行指引的文本。",
      lang="zh", present=["合规委员会"])

unans("superseded",
      "Under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long did a demerit last?",
      ["行政机关公务员处分条例", "Punishment of Civil Servants"],
      "The corpus has only the 2020 Law on Administrative Discipline for Public Officials (Art. 8: 记过 twelve months), "
      "not the 2007 regulations.",
      lang="en", present=["记过，十二个月"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "Our company wants to let a new hire go during probation. Do we have to pay severance under the employment contract?",
      ["probation", "试用期", "经济补偿"],
      "Employment termination and severance are labour-law matters; none of the seven documents covers them.",
      lang="en")

unans("out_of_domain",
      "公司和供应商签的货款合同，对方一直拖着不付钱，向法院起诉的诉讼时效是几年？",
      ["诉讼时效"],
      "诉讼时效属民法范畴；语料只有民营经济促进法第六十三条关于刑事追诉期限的规定，没有民事诉讼时效。",
      lang="zh", present=["追诉期限"])

unans("out_of_domain",
      "县政府机关工作人员的年终奖要交多少个人所得税？单位代扣时怎么计算？",
      ["个人所得税", "年终奖"],
      "个人所得税计算不在七份文件范围内；政务处分法只涉及违规发放津贴、补贴、奖金的处分。",
      lang="zh", present=["奖金"])
