"""Hard-case gold items, hundred and fortieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the editor of a WeChat official account that explains policy to small business owners, writing
questions as catchy Chinese (sometimes English) headlines and teasers ('重磅！…？', '注意了：…', '一文读懂…'),
often exaggerating ('一律', '全部', '立刻'); the false premises are exaggerated or twisted headlines about the documents.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- single (8)

add("single",
    "注意了：小企业把货卖给政府机关，对方最晚多少天内必须付款？合同里能不能约定拖到90天？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位应当自交付之日起30日内支付；合同另有约定的从其约定，但付款期限最长不得超过60日，约定90天不行。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "一文读懂：大客户拖欠货款，合同里压根没写逾期利息，那利息到底怎么算？",
    "《保障中小企业款项支付条例》第十七条：迟延支付的应当支付逾期利息；双方未作约定的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "重磅！收了老板礼金的官员被记大过，这个处分要背多久？",
    "《公职人员政务处分法》第八条：记大过的政务处分期间为十八个月，自政务处分决定生效之日起计算。",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "个体户想升级成公司，有没有部门给指引、帮忙办？",
    "《民营经济促进法》第四十八条：个体工商户可以自愿依法转型为企业，登记机关、税务机关和有关部门为其转型提供指引和便利。",
    ["个体工商户可以自愿依法转型为企业", "提供指引和便利"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业"),
     E(PE, "第四十八条", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利")],
    lang="zh")

add("single",
    "一文读懂：跟企业经营密切相关的新规出台前，向社会征求意见至少要挂多少天？",
    "《优化营商环境条例》第六十二条：除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "央企的首席合规官到底由谁来当？是不是要专门新增一个领导岗位？",
    "《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "注意了：拿对大客户的应收账款去银行融资，客户一直拖着不确认欠款，它最晚多少天内得确认？",
    "《保障中小企业款项支付条例》第十六条：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "Heads up: a county government says it can't honour the investment deal it signed with us because the officials "
    "who signed it have all been replaced. Under the NDRC notice, does that count as government dishonesty?",
    "Yes. Section II.(2) of the NDRC notice says failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

# --------------------------------------------------------------------------- multi (3)

add("multi",
    "一文读懂：大企业欠小供应商的货款最多能拖多久？它说“甲方还没给我钱，所以我也不给你”，这站得住吗？",
    "《保障中小企业款项支付条例》第九条：大型企业应当自交付之日起60日内支付，不得约定以收到第三方付款作为付款条件；"
    "《民营经济促进法》第六十八条也规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["60日内支付款项", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "被欠款的小企业想投诉，该找哪个部门？投诉递上去以后，多久会被转给处理部门、多久能拿到结果？",
    "条例第二十四条：由省级以上人民政府负责中小企业促进工作综合管理的部门受理投诉；第二十五条：自正式受理之日起10个工作日内转交处理投诉部门，"
    "处理部门自收到材料之日起30日内形成处理结果，延长的最长不超过90日。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "10个工作日内", "30日内形成处理结果"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("multi",
    "央企搞重大决策，合规审查意见要谁签字？这个人平时又是谁兼着的？",
    "《中央企业合规管理办法》第二十一条：重大决策事项的合规审查意见应当由首席合规官签字；第十二条：首席合规官由总法律顾问兼任。",
    ["由首席合规官签字", "由总法律顾问兼任"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字"),
     E(SOE, "第十二条", "设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

# --------------------------------------------------------------------------- cross_lingual (3)

add("cross_lingual",
    "重磅！发改委出手：有政务失信记录的地方和单位，会被怎么“卡脖子”？",
    "NDRC notice III.(4): for entities with dishonesty records, the NDRC restricts support from central budget funds, "
    "limits applications for local government special bonds and restricts recommendations for financing projects; "
    "cities with records lose award and pilot eligibility.",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects")],
    lang="zh")

add("cross_lingual",
    "一文读懂广州政商交往指引：前后出了几批？一共覆盖多少个典型场景？",
    "According to the Guangzhou report, the Municipal Commission for Discipline Inspection and Supervision issued two "
    "batches of the Guidelines, which together cover 33 scenarios.",
    ["two batches", "33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="zh")

add("cross_lingual",
    "Breaking: can a big company refuse to pay a small supplier just because its legal representative changed "
    "or its internal payment process isn't finished?",
    "No. Article 14 of the SME payment regulations bars agencies, public institutions and large enterprises from "
    "refusing or delaying payment on grounds such as a change of legal representative or internal payment procedures.",
    ["法定代表人或者主要负责人变更", "履行内部付款流程"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="en")

# --------------------------------------------------------------------------- paraphrase (2)

add("paraphrase",
    "办个执照让我来回跑了四趟，每回窗口只说还差一样东西，下回又冒出另一样，这么折腾人合规吗？",
    "《优化营商环境条例》第三十六条：需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容。",
    ["一次性告知需要补正的内容"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容")],
    lang="zh")

add("paraphrase",
    "一笔货款里有一小块双方还在扯皮，剩下那些早就对清楚的钱，对方能一起压着不给吗？",
    "《保障中小企业款项支付条例》第十五条：交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

# --------------------------------------------------------------------------- false_premise (7)

unans("false_premise",
      "重磅！《保障中小企业款项支付条例》要求大企业收货后30天内必须付清中小企业货款，超过30天会被怎么罚？",
      ["大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内"],
      "第九条给大型企业的期限是交付之日起60日内（30日是机关、事业单位的期限），标题把两者混了；前提错误。",
      lang="zh", present=["60日内支付款项", "30日内支付款项"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
      "注意了：机关单位每个季度都要公开一次拖欠中小企业款项的情况，企业上哪儿查最新一季的名单？",
      ["季度", "每季度"],
      "第十八条要求机关、事业单位于每年3月31日前公开上一年度逾期未付款的合同数量、金额等信息，是按年度而非按季度，也没有公布“名单”。",
      lang="zh", present=["每年3月31日前"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
      "国家发改委出台的《中央企业合规管理办法》要求民营企业也一律设首席合规官，小公司该怎么配？",
      ["民营企业设立首席合规官", "发展改革委令"],
      "该办法是国资委令第42号，适用于国资委履行出资人职责的中央企业（第二条），首席合规官规定（第十二条）针对中央企业；发布机关和适用对象都被说错了。",
      lang="zh", present=["国资委", "首席合规官"],
      related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业"),
               E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官")])

unans("false_premise",
      "为什么政务处分法规定，公职人员只要吃了企业老板一顿饭就一律开除？",
      ["一律开除"],
      "第三十四条对接受可能影响公正行使公权力的宴请等，情节较重的予以警告、记过或者记大过，情节严重的予以降级或者撤职；并无“一顿饭一律开除”的规定。",
      lang="zh", present=["宴请"],
      related=[E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过")])

unans("false_premise",
      "Since the NDRC notice says governments found dishonest are permanently blacklisted with no way back, how can a "
      "city that broke a contract ever regain its award eligibility?",
      ["permanently", "blacklisted"],
      "NDRC notice III.(6) sets up credit restoration: once the identifying department confirms the dishonest behaviour "
      "has been corrected and performance completed, records are promptly restored and punishment measures terminated. "
      "Nothing says permanent.",
      lang="en", present=["credit restoration"],
      related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
      "The Guangzhou government-business guidelines were issued by the city government as one batch covering 50 "
      "typical scenarios, right? Which of those 50 deal with business meals?",
      ["50 scenarios", "50 typical scenarios"],
      "The GZ report says the Municipal Commission for Discipline Inspection and Supervision issued two batches, "
      "covering 33 scenarios in total; the issuer, the number of batches and the count are all wrong.",
      lang="en", present=["33 scenarios", "two batches"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
      "民营经济促进法规定，政府工程款一律以审计结果作为结算依据；所以政府说“等审计完再付”，企业就只能干等？",
      ["一律以审计结果作为结算依据"],
      "第六十七条正相反：不得以等待竣工验收批复、决算审计等为由拖延付款，除法律、行政法规另有规定外不得强制要求以审计结果作为结算依据；条例第十二条同旨。",
      lang="zh", present=["审计结果作为结算依据"],
      related=[E(PE, "第六十七条", "不得强制要求以审计结果作为结算依据"),
               E(SME, "第十二条", "不得强制要求以审计机关的审计结果作为结算依据")])

# --------------------------------------------------------------------------- not_covered (6)

unans("not_covered",
      "一文读懂：逾期利息约定利率不能低于1年期贷款市场报价利率，那现在这个利率具体是百分之几？",
      ["LPR", "3.1%"],
      "第十七条只以“合同订立时1年期贷款市场报价利率”为下限、未约定则按每日万分之五，文件没有给出该报价利率的具体数值。",
      lang="zh", present=["贷款市场报价利率", "每日利率万分之五"])

unans("not_covered",
      "注意了：跟大企业对中小企业规模类型有争议，去申请认定要交多少认定费？",
      ["认定费"],
      "第二十九条规定可向县级以上地方人民政府负责中小企业促进工作综合管理的部门申请认定，并有自测平台，但未提及任何费用。",
      lang="zh", present=["申请认定", "自测服务"])

unans("not_covered",
      "重磅！全国拖欠中小企业款项投诉平台上线以来，一共收到多少件投诉、解决了多少？",
      ["投诉总量", "件投诉"],
      "第二十四条只规定建立国家统一的拖欠中小企业款项投诉平台，没有任何投诉数量或办结统计。",
      lang="zh", present=["拖欠中小企业款项投诉平台"])

unans("not_covered",
      "我们起诉区政府因为换届毁约，按民营经济促进法第七十条打官司能稳赢吗？胜诉率有多高？",
      ["胜诉率"],
      "第七十条规定地方政府不得以政府换届等为由违约、毁约并应补偿损失，但文件不预测诉讼结果，也无胜诉率数据。",
      lang="zh", present=["政府换届", "毁约"])

unans("not_covered",
      "一文读懂：企业申请信用修复，到底要交哪些材料、填哪张申请书？",
      ["信用修复申请书", "application form"],
      "民营经济促进法第五十四条只说符合条件的可以提出信用修复申请，NDRC通知III.(6)讲认定部门确认后修复记录，都没有列申请材料或表格。",
      lang="zh", present=["信用修复申请", "credit restoration"])

unans("not_covered",
      "广州政商交往指引火了：官员跟企业家吃饭，人均最多能花多少钱？",
      ["人均", "yuan", "per person"],
      "GZ报告只提到第一批指引回应了“what meals can be eaten and what vehicles can be taken”，没有给出任何金额标准。",
      lang="zh", present=["meals"])

# --------------------------------------------------------------------------- superseded (4)

unans("superseded",
      "一文读懂老版本：2020年9月1日起施行的那版《保障中小企业款项支付条例》，大企业付款期限当时是怎么写的？",
      ["2020年9月1日"],
      "语料只有2025年国务院令第802号修订后的条例（自2025年6月1日起施行），仅在标题中提到2020年国务院令第728号公布，没有2020年版的条文。",
      lang="zh", present=["国务院令第728号", "2025年6月1日"])

unans("superseded",
      "注意了：2018年那份《中央企业合规管理指引（试行）》对合规委员会是怎么要求的？",
      ["合规管理指引", "试行"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一条规定设立合规委员会），没有2018年试行指引的文本。",
      lang="zh", present=["合规委员会"])

unans("superseded",
      "2007年的《行政机关公务员处分条例》里，记过处分期是几个月？跟现在比有没有变？",
      ["行政机关公务员处分条例", "2007"],
      "语料只有2020年《公职人员政务处分法》（第八条：记过十二个月），没有2007年条例的文本，无法比较。",
      lang="zh", present=["记过，十二个月"])

unans("superseded",
      "What did the draft of the Private Economy Promotion Law released for public comment say about overdue "
      "payments, before the final 2025 text was passed?",
      ["草案", "draft"],
      "The corpus holds only the law as adopted on 30 April 2025 (effective 20 May 2025); no draft text is included.",
      lang="en", present=["2025年5月20日"])

# --------------------------------------------------------------------------- out_of_domain (3)

unans("out_of_domain",
      "重磅！员工主动辞职，公司是不是一律也要按合同给经济补偿金？",
      ["经济补偿金", "劳动合同法"],
      "劳动关系解除的补偿属于劳动法律，七份文件均未涉及；民营经济促进法只泛泛提到保障劳动者合法权益。",
      lang="zh", present=["劳动者合法权益"])

unans("out_of_domain",
      "注意了：政府给小公司的增值税优惠，月销售额多少以下可以免征？",
      ["增值税", "月销售额"],
      "税收优惠具体标准不在文件范围内；优化营商环境条例第二十四条只要求落实减税降费政策，未给出任何税种标准。",
      lang="zh", present=["减税降费"])

unans("out_of_domain",
      "Our company's sales contract with a US buyer has an arbitration clause naming CIETAC. If we win, can we enforce "
      "the award in the US under the New York Convention, and how long does the official process take?",
      ["New York Convention", "CIETAC", "arbitration"],
      "International arbitration and award enforcement are outside all seven documents, which only mention 仲裁 "
      "generally as a dispute-resolution channel.",
      lang="en", present=["仲裁"])
