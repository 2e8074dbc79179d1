"""Hard-case gold items, sixty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the owner of a small Chengdu software company that built an e-government system for a district
and has not been paid for 14 months; angry, short messages in Chinese internet slang with some English,
asking what he can do, who to complain to, and whether a new district head or a budget problem lets the
district delay.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "区里新区长上任了，财务说前任签的合同要“重新研究”，钱先不给。这也行？？离谱到家了",
    "不行。《保障中小企业款项支付条例》第十四条规定，机关、事业单位不得以法定代表人或者主要负责人变更为由，"
    "拒绝或者迟延支付中小企业款项。",
    ["不得以法定代表人或者主要负责人变更", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("single",
    "系统交付都一年多了😅 政府买服务到底法定多少天内要打款？合同里压根没写付款时间",
    "条例第九条：机关、事业单位从中小企业采购服务，应当自交付之日起30日内支付款项；"
    "合同另有约定的从其约定，但付款期限最长不得超过60日。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "拖了我整整14个月，合同里也没约定违约金利息啥的，能找他们要利息不？按啥标准算",
    "可以。条例第十七条：机关、事业单位迟延支付中小企业款项的，应当支付逾期利息；"
    "对利率未作约定的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "想投诉区政府欠钱，到底该找谁啊？区里自己的部门我是真不敢信了🙃",
    "条例第二十四条：由省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）受理对机关、"
    "事业单位拖欠中小企业款项的投诉；国务院该部门还建立了国家统一的拖欠中小企业款项投诉平台。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "国家统一的拖欠中小企业款项投诉平台"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道"),
     E(SME, "第二十四条", "受理对机关、事业单位和大型企业拖欠中小企业款项的投诉"),
     E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台")],
    lang="zh")

add("single",
    "投诉交上去是不是又石沉大海？有没有规定多久必须给我个说法，别又拖一年",
    "条例第二十五条：受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门；处理投诉部门自收到投诉材料之日起"
    "30日内形成处理结果并书面反馈投诉人，情况复杂的经批准可延长，但最长不得超过90日。",
    ["10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "朋友劝我别投诉，说投了以后会被区里针对、穿小鞋。他们真敢这么搞吗？",
    "法规明确禁止。条例第二十条：机关、事业单位及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业"
    "及其工作人员进行恐吓、打击报复。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业", "恐吓、打击报复"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("single",
    "区财政说要等审计局把项目审完、按审计结果才结算，审计排到明年了😤 这合规吗",
    "一般不合规。条例第十二条：机关、事业单位不得强制要求以审计机关的审计结果作为结算依据，"
    "法律、行政法规另有规定的除外。",
    ["不得强制要求以审计机关的审计结果作为结算依据"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外")],
    lang="zh")

add("single",
    "系统早就上线跑了，区里就是不组织验收，说验收完才付钱。合同写了验收期30天，那付款期限到底从哪天起算？",
    "条例第十条：机关、事业单位拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算，"
    "即从合同约定的30天验收期届满之日起算。",
    ["付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "区里甩了俩理由：一是换届了，新区长不认前任签的合同；二是今年财政紧、没预算。这俩理由站得住吗？",
    "都站不住。民营经济促进法第七十条：地方政府不得以政府换届、相关人员更替等为由违约、毁约；"
    "条例第八条：机关使用财政资金采购应当严格按照批准的预算执行，不得无预算、超预算开展采购，"
    "即采购前就应有预算保障。",
    ["不得以行政区划调整、政府换届", "严格按照批准的预算执行，不得无预算、超预算开展采购"],
    [E(PE, "第七十条", "地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺和与民营经济组织订立的合同"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(SME, "第八条", "机关、事业单位使用财政资金从中小企业采购货物、工程、服务，应当严格按照批准的预算执行，不得无预算、超预算开展采购")],
    lang="zh")

add("multi",
    "就这么一直拖，拖到我公司倒闭也没人管？？负责的领导会不会被处分，我的损失能赔吗",
    "有人管。条例第三十一条：机关未在规定期限内支付中小企业款项的，由上级机关、主管部门责令改正；拒不改正的，"
    "对负有责任的领导人员和直接责任人员依法给予处分。民营经济促进法第七十三条：国家机关拒绝或者拖延支付民营经济组织账款的，"
    "由有权机关予以纠正，造成损失的，依法予以赔偿。",
    ["由其上级机关、主管部门责令改正", "对负有责任的领导人员和直接责任人员依法给予处分", "造成损失的，依法予以赔偿"],
    [E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "未在规定的期限内支付中小企业货物、工程、服务款项"),
     E(PE, "第七十三条", "拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

add("multi",
    "请律师太贵了，小公司真扛不住。有没有免费的法律帮助？真去起诉的话法院会不会也拖着不立案？",
    "条例第三十条：国家鼓励法律服务机构为与机关、事业单位存在支付纠纷的中小企业提供公益法律服务；"
    "民营经济促进法第六十八条：人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，可以调解。",
    ["提供公益法律服务", "依法及时立案、审理、执行"],
    [E(SME, "第三十条", "国家鼓励法律服务机构为与机关、事业单位和大型企业存在支付纠纷的中小企业提供公益法律服务"),
     E(PE, "第六十八条", "人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "打12345有用吗？政府违约欠钱，除了正式投诉还能在哪些渠道投？",
    "有用。发改委通知第二部分(1)项：省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部“违约拖欠中小企业款项登记（投诉）平台”、"
    "地方12345政务服务热线、营商环境投诉平台、信访部门等渠道，受理涉及政府部门的违约失信投诉。",
    ["local 12345 government service hotlines", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(NDRC, "II.(1)", "accepting and collecting complaints involving government departments")],
    lang="zh")

add("cross_lingual",
    "区里说机构调整、人事还没定，所以合同暂时履行不了。这种在政府诚信那块算不算违约失信？",
    "算。发改委通知第二部分(2)项：因机构调整、人员变动等原因不履约的，一律视为违约失信；"
    "经核实属实的由认定部门推动整改，拒不整改的认定为违约失信。",
    ["institutional adjustments, personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="zh")

add("cross_lingual",
    "District finance now says they'll 'pay' me in commercial acceptance bills / e-receivable vouchers instead of cash. wtf. Am I forced to take that?",
    "No. Article 11 of the SME Payment Regulations (条例第十一条): agencies may not force SMEs to accept non-cash payment "
    "such as commercial bills or electronic receivable vouchers, nor use them to extend the payment term in disguise; "
    "any such method must be clearly agreed in the contract.",
    ["不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式", "变相延长付款期限"],
    [E(SME, "第十一条", "应当在合同中作出明确、合理约定"),
     E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "每次催都说单子还在里面一层层走签字，签完才能打钱，一走就一年多。这借口能一直用下去？",
    "不能。民营经济促进法第六十七条：国家机关、事业单位应当及时支付账款，不得以履行内部付款流程等为由"
    "拒绝或者拖延支付民营经济组织账款。",
    ["履行内部付款流程", "拒绝或者拖延支付民营经济组织账款"],
    [E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "不得以人员变更、履行内部付款流程"),
     E(PE, "第六十七条", "拒绝或者拖延支付民营经济组织账款")],
    lang="zh")

add("paraphrase",
    "现金流快断了，想拿区里欠我的这笔钱去银行押着借点周转，银行要区里出面认下这笔账。区里必须配合吗？多久内？",
    "必须配合。条例第十六条：中小企业以应收账款融资的，机关、事业单位应当自中小企业提出确权请求之日起"
    "30日内确认债权债务关系，支持中小企业融资。",
    ["提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "看网上说《保障中小企业款项支付条例》给机关定的付款期限是90天，right？那他们14个月早超了吧",
      ["90天"],
      "Wrong figure: 第九条 gives agencies 30 days from delivery (at most 60 days if the contract says otherwise); "
      "90日 occurs only as the longest complaint-handling period in 第二十五条.",
      lang="zh", present=["30日内支付款项", "最长不得超过60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
               E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "条例第十八条不是说机关每年6月30日前要公开上年度欠款信息吗？现在都7月了区网站啥也没有，能拿这个去举报不",
      ["6月30日"],
      "Wrong deadline attributed to 第十八条: the article requires publication before 3月31日 each year, not 6月30日.",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
      "为啥民营经济促进法允许政府换届后一年内暂缓支付企业账款？这不是给新区长开后门吗",
      ["暂缓支付", "一年内"],
      "Premise contradicted: 第七十条 forbids breaching contracts on grounds of 政府换届 or personnel change; "
      "no document grants a one-year deferral after a change of government.",
      lang="zh", present=["政府换届"],
      related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")])

unans("false_premise",
      "既然那个2023年1103号、讲政府诚信履约的通知是财政部发的，那我直接去财政部投诉区政府就完事了吧？",
      ["财政部", "Ministry of Finance"],
      "Wrong issuing body: the notice (Development and Reform Finance [2023] No. 1103) was issued by the National "
      "Development and Reform Commission; it routes complaints through provincial credit leading departments, not the Ministry of Finance.",
      lang="zh", present=["National Development and Reform Commission", "credit leading departments"],
      related=[E(NDRC, "IV.(9)", "National Development and Reform Commission"),
               E(NDRC, "II.(1)", "Provincial-level leading departments for social credit system construction")])

unans("false_premise",
      "条例要求县级以上地方政府每季度听一次中小企业款项支付工作汇报。那我们区这季度的汇报里会提到我这笔钱吗？",
      ["每季度"],
      "Wrong frequency: 第二十二条 says county-level and higher governments hear the report 每年定期 (yearly), not quarterly; "
      "nor does any document say what a particular report contains.",
      lang="zh", present=["每年定期听取"],
      related=[E(SME, "第二十二条", "县级以上地方人民政府应当每年定期听取本行政区域内保障中小企业款项支付工作汇报")])

unans("false_premise",
      "逾期利息法定是按LPR的两倍算；所以拖了14个月，我直接按两倍LPR去要就行？",
      ["两倍"],
      "Wrong rule: 第十七条 sets 每日利率万分之五 when no rate was agreed, and an agreed rate may not be lower than the "
      "1-year LPR; nothing says twice the LPR.",
      lang="zh", present=["万分之五", "1年期贷款市场报价利率"],
      related=[E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率"),
               E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "The NDRC notice says provincial credit departments must resolve a breach-of-contract complaint against the government "
      "within 15 working days, right? mine's been sitting there 3 months lol",
      ["working days", "15 working days"],
      "Wrong figure attributed to the NDRC notice: II.(2) says complaint clues are to be transferred immediately to the "
      "superior or competent department for verification; it sets no 15-working-day deadline.",
      lang="en", present=["immediately transfer"],
      related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract"),
               E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "去法院告区政府要交多少诉讼费？小公司账上快见底了，交不起咋整",
      ["诉讼费", "court fee"],
      "PE 第六十八条 says courts file and try arrears cases promptly, and SME 第三十条 encourages pro bono legal "
      "services, but no document mentions court fees or fee waivers.",
      lang="zh", present=["依法及时立案", "公益法律服务"])

unans("not_covered",
      "全国投诉政府拖欠中小企业款项的，最后有多少真把钱要回来了？成功率大概多少，心里没底啊",
      ["成功率", "回款率"],
      "The documents set up complaint channels (SME 第二十四条, NDRC II.(1)) and periodic notification (NDRC IV.(7)) "
      "but give no statistics on complaint outcomes or recovery.",
      lang="zh", present=["投诉平台", "处理结果"])

unans("not_covered",
      "说实话，我这种情况起诉区政府胜算大不大？能赢吗",
      ["胜诉", "胜算"],
      "PE 第六十八条 and 第七十三条 cover prompt court handling and liability for late payment, but no document "
      "predicts the outcome of a particular lawsuit.",
      lang="zh", present=["依法予以赔偿"])

unans("not_covered",
      "国家那个拖欠中小企业款项投诉平台网址是啥？投诉要准备哪些材料，要不要盖公章？",
      ["网址", "盖章"],
      "SME 第二十四条 says the national complaint platform exists and 第二十五条 mentions 投诉材料 and that the "
      "complainant must have a contract with the respondent, but gives no address or list of materials.",
      lang="zh", present=["投诉平台", "投诉材料"])

unans("not_covered",
      "都拖了14个月了，会不会过诉讼时效了？时效到底是几年",
      ["诉讼时效"],
      "PE 第六十三条 mentions 追诉期限 only for criminal prosecution; no document states the limitation period for "
      "suing over unpaid contract money.",
      lang="zh", present=["追诉期限"])

unans("not_covered",
      "他们不给钱，我能不能先把系统停了、运维也断了逼他们付？这样会不会反过来算我违约",
      ["停止服务", "中止履行", "不安抗辩"],
      "SME 第七条 says SMEs must provide qualified goods/services per contract and 第十五条 covers paying the undisputed "
      "part of a partly disputed deal, but no document says whether a supplier may suspend performance over non-payment.",
      lang="zh", present=["按照合同约定提供合格的货物、工程和服务", "对于无争议部分应当履行及时付款义务"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "我合同是2023年签的，那会儿还是2020年那版《保障中小企业款项支付条例》（728号令），旧版里机关付款期限咋规定的？",
      ["2020年版", "修订前", "旧版"],
      "The corpus holds only the 2025 revision (国务院令第802号, effective 2025-06-01); the 2020 text promulgated by "
      "Order No. 728 is mentioned in the header but not included.",
      lang="zh", present=["国务院令第728号公布", "2025年6月1日"])

unans("superseded",
      "民营经济促进法征求意见稿里，政府拖欠账款那条原来是咋写的？有没有写过要加倍赔？",
      ["征求意见稿", "草案", "加倍"],
      "Only the enacted law (adopted 2025-04-30) is in the corpus; its 第六十七条/第七十三条 cover arrears, "
      "but no draft text is included.",
      lang="zh", present=["拒绝或者拖延支付民营经济组织账款"])

unans("superseded",
      "My complaint was filed in early 2025, before the revision. Under the old 2020 version of the SME payment "
      "regulation, how fast did they have to handle a complaint?",
      ["2020 version", "old version"],
      "The corpus has only the 2025 revision of the regulation (effective 2025-06-01); its 第二十五条 deadlines are "
      "the revised ones, and the 2020 text is not included.",
      lang="en", present=["728", "2025年6月1日"])

unans("superseded",
      "听说《优化营商环境条例》2019年送审稿里，政府拖欠账款那条原本写了具体付款天数，后来删了？原稿里写的多少天？",
      ["送审稿", "征求意见稿"],
      "Only the promulgated regulation (国务院令第722号) is in the corpus; its 第三十二条 forbids arrears without "
      "any day count, and no draft is included.",
      lang="zh", present=["违约拖欠市场主体的货物、工程、服务等账款"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "公司账上没钱，员工工资拖了两个月，有员工说要去劳动仲裁，我该咋办？要赔经济补偿金吗",
      ["劳动仲裁", "经济补偿金"],
      "An employment-law question about the company's own wage arrears; the documents deal with payment of SMEs "
      "by agencies and large enterprises, not labour disputes.",
      lang="zh")

unans("out_of_domain",
      "政府的钱一分没到账，发票我去年就开了，增值税是不是得先交？能不能申请缓缴",
      ["增值税", "缓缴"],
      "A tax question (VAT on invoiced but unpaid receivables); no document covers VAT or tax deferral.",
      lang="zh")

unans("out_of_domain",
      "off topic: how do I register software copyright for our e-gov system in China, and how long does the "
      "copyright registration take?",
      ["software copyright", "copyright registration"],
      "An IP registration procedure question; the documents only mention IP protection in general terms.",
      lang="en")
