"""Hard-case gold items, hundred and thirty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a finance manager at a provincial state-owned enterprise (省属国企) who pays many small suppliers and
asks, in business Chinese, what her company must do on payment deadlines, acceptance, audit-based settlement,
commercial bills, deposits, annual-report disclosure of overdue payments and who supervises all of this.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ----------------------------------------------------------------------------------------- single

add("single",
    "我们是省属国企，从一家小微企业采购了一批设备，合同里没写付款期。按规定最晚什么时候得把钱付了？",
    "大型企业从中小企业采购，应当自货物交付之日起60日内支付款项（《保障中小企业款项支付条例》第九条第二款）。",
    ["60日内支付款项"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("single",
    "合同约定货到验收合格后再付款，可我们技术部门一直没排上验收，已经超过合同里约定的验收期了。这种情况付款期从哪天开始算？",
    "大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算（条例第十条第二款）。",
    ["付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("single",
    "最近资金有点紧，我们想给几家小供应商开6个月期的商业承兑汇票顶货款，可以直接这样付吗？",
    "用商业汇票等非现金方式支付须在合同中明确、合理约定；不得强制中小企业接受，也不得借此变相延长付款期限（条例第十一条）。",
    ["应当在合同中作出明确、合理约定", "不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "机关、事业单位和大型企业使用商业汇票、应收账款电子凭证等非现金支付方式支付中小企业款项的，应当在合同中作出明确、合理约定"),
     E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("single",
    "施工分包的小企业不想交现金质保金，拿了一张银行保函过来。我们能坚持只收现金吗？",
    "不能。大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函提供保证的，应当接受（条例第十三条第二款）。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。")],
    lang="zh")

add("single",
    "每年逾期没付给中小企业的款项情况，我们国企需要往哪里报？",
    "国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门（条例第二十二条第一款）。",
    ["每年定期", "报其主管部门或者监管部门"],
    [E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门")],
    lang="zh")

add("single",
    "有个供应商签合同那会儿还是小企业，这两年做大了已经不算中小企业了。这份老合同的付款还得按中小企业的规矩来吗？",
    "要。中小企业、大型企业依合同订立时的企业规模类型确定（条例第三条）。",
    ["依合同订立时的企业规模类型确定"],
    [E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定")],
    lang="zh")

add("single",
    "我们的工程款是按进度每月结算的，这种情况60天付款期从哪天起算？还是从交付那天？",
    "合同约定履行进度结算、定期结算等方式的，付款期限自双方确认结算金额之日起算（条例第九条第三款）。",
    ["自双方确认结算金额之日起算"],
    [E(SME, "第九条", "合同约定采取履行进度结算、定期结算等结算方式的，付款期限应当自双方确认结算金额之日起算")],
    lang="zh")

add("single",
    "集团下面好几家控股子公司也在拖供应商的款，集团本部在这件事上有没有什么要做的？",
    "大型企业应将保障中小企业款项支付工作纳入风险控制与合规管理体系，并督促其全资或者控股子公司及时支付（条例第十九条）。",
    ["纳入企业风险控制与合规管理体系", "督促其全资或者控股子公司及时支付中小企业款项"],
    [E(SME, "第十九条", "大型企业应当将保障中小企业款项支付工作情况，纳入企业风险控制与合规管理体系，并督促其全资或者控股子公司及时支付中小企业款项")],
    lang="zh")

# ----------------------------------------------------------------------------------------- multi

add("multi",
    "工程结算我们领导想统一以审计局出的审计报告为准，合同里能这么要求供应商吗？要是坚持这么做会有什么后果？",
    "国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外（条例第十二条）；"
    "没有依据仍这样要求的，由其监管部门责令改正，拒不改正的对负有责任的国有企业管理人员依法给予处分（第三十三条第二款）。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正", "依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正"),
     E(SME, "第三十三条", "拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "集团年报里关于拖欠中小企业款项要披露哪些内容、在哪儿公示？要是漏报或者数字做得不实，由谁来管？",
    "大型企业应将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告，通过国家企业信用信息公示系统公示（条例第十八条第二款）；"
    "未按规定公示或者隐瞒、弄虚作假的，由市场监督管理部门依法处理（第三十四条）。",
    ["合同数量、金额等信息纳入企业年度报告", "国家企业信用信息公示系统", "由市场监督管理部门依法处理"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示"),
     E(SME, "第三十四条", "未按照规定在企业年度报告中公示逾期尚未支付中小企业款项信息或者隐瞒真实情况、弄虚作假的，由市场监督管理部门依法处理")],
    lang="zh")

add("multi",
    "公司刚换了董事长，新领导要求所有对外付款重新走一遍审批，财务这边能不能先把小供应商已经到期的款压一压？真压出问题来谁担责？",
    "不能。大型企业不得以法定代表人或者主要负责人变更、履行内部付款流程为由拒绝或迟延支付（条例第十四条）；"
    "国有大型企业拖欠中小企业款项造成不良后果或影响的，对负有责任的国有企业管理人员依法给予处分（第三十三条第一款）。",
    ["法定代表人或者主要负责人变更", "履行内部付款流程", "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项"),
     E(SME, "第三十三条", "国有大型企业拖欠中小企业款项，造成不良后果或者影响的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

# ----------------------------------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约的通知里，地方政府部门因为机构调整、换了人就不履行合同，算不算违约失信？",
    "算。通知第二部分第（2）项规定，因机构调整、人员变动等原因不履约的，一律视为违约失信。",
    ["institutional adjustments, personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "听说广州纪委出的政商交往指引里提到，国企按合规程序做的投资要是因为市场原因亏了，经办人可以免责？原文大概怎么说的？",
    "据广州讲堂报道（广州地铁代表发言），第二批指引明确：尽职且经合规决策程序作出的投资，因市场风险等客观因素造成损失的，相关人员可以免责。",
    ["due diligence", "compliant decision-making procedures", "may be exempted from liability"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="zh")

add("cross_lingual",
    "We're a state-owned company and our contract with a private supplier says nothing about audits. Can we hold the payment until the project's final accounts audit is done?",
    "No. Under Article 67 of the Private Economy Promotion Law, SOEs must pay private firms on time and may not, where the contract does not so provide, "
    "refuse or delay payment on the ground of waiting for completion-acceptance approval or final-accounts audit.",
    ["及时向民营经济组织支付账款", "决算审计", "拒绝或者拖延支付民营经济组织账款"],
    [E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由，拒绝或者拖延支付民营经济组织账款")],
    lang="en")

# ----------------------------------------------------------------------------------------- paraphrase

add("paraphrase",
    "有个小供应商说要拿我们欠他的这笔钱去银行贷款，让我们出个书面东西认一下欠多少，我们最晚得几天内给他办好？",
    "中小企业以应收账款融资的，大型企业应当自其提出确权请求之日起30日内确认债权债务关系（条例第十六条第二款）。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("paraphrase",
    "同一家供应商送了好几批货，就其中一批质量上还在扯皮没谈拢，另外几批没毛病的钱我们能一起先扣着、等谈完再说吗？",
    "不能。交易部分存在争议但不影响其他部分履行的，对无争议部分应当履行及时付款义务（条例第十五条）。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

# ----------------------------------------------------------------------------------------- false_premise

unans("false_premise",
      "既然《保障中小企业款项支付条例》要求国有企业和机关一样，在货物交付后30日内付款，那我们合同里约定45天付款是不是就违规了？",
      ["国有企业应当自", "国有大型企业应当自货物"],
      "条例第九条：30日（约定最长60日）是机关、事业单位的付款期限；大型企业（含国有大型企业）为交付之日起60日内，"
      "合同另有约定的从其约定但应合理约定。前提把机关的义务套到国企头上，不成立。",
      lang="zh", present=["30日内支付款项", "60日内支付款项"],
      related=[E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
               E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
      "大型企业逾期未付中小企业款项的信息要在每年3月31日前对外公开；所以我们集团今年的年报得赶在3月底前报出去，是吧？",
      ["大型企业应当于每年3月31日前"],
      "条例第十八条：3月31日前通过网站、报刊公开是机关、事业单位的义务；大型企业是将相关信息纳入企业年度报告，"
      "通过国家企业信用信息公示系统公示，条例未给大型企业规定3月31日的期限。",
      lang="zh", present=["3月31日", "年度报告"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
               E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
      "条例要求国有大型企业每个季度都要向国资委报告一次逾期未付中小企业款项的情况。请问季度报告一般在季后多少天内报？",
      ["季度", "每季度"],
      "条例第二十二条：国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况报其主管部门或者监管部门，"
      "是按年而非按季度；也没有规定季后报送天数。",
      lang="zh", present=["每年定期"],
      related=[E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门")])

unans("false_premise",
      "Under the 2025 SME payment regulation, if our contract doesn't set a late-payment rate, we owe the small supplier overdue interest at 0.03% per day, right?",
      ["0.03%", "万分之三"],
      "Article 17 of the SME payment regulation: where no rate is agreed, overdue interest is paid at a daily rate of 万分之五 "
      "(0.05%), and an agreed rate may not be below the one-year LPR at contract signing. The 0.03% figure is wrong.",
      lang="en", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "《中央企业合规管理办法》第十八条把中小企业款项支付列为合规重点领域，我们省属企业参照执行的话，这个专项指南应该包括哪些内容？",
      ["付款合规", "款项支付合规"],
      "合规管理办法第十八条列举的重点领域是反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等，没有中小企业款项支付；"
      "把款项支付纳入风险控制与合规管理体系的要求来自《保障中小企业款项支付条例》第十九条。办法也未规定专项指南的内容。",
      lang="zh", present=["专项指南"],
      related=[E(SOE, "第十八条", "中央企业应当针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
               E(SME, "第十九条", "大型企业应当将保障中小企业款项支付工作情况，纳入企业风险控制与合规管理体系")])

unans("false_premise",
      "Since the NDRC's 2023 government integrity notice requires provincial SOEs to report their overdue supplier payments to the provincial credit leading department, what is the deadline for that report?",
      ["SOE", "SOEs", "overdue payments"],
      "The NDRC notice concerns breach of contract and dishonesty by government departments (including agencies and public "
      "institutions) toward private enterprises; it imposes no reporting duty on SOEs and sets no such deadline. "
      "SOE arrears reporting is in the SME payment regulation, art. 22 (annually, to the competent or supervisory department).",
      lang="en", present=["credit leading departments", "public institutions"],
      related=[E(NDRC, "II.(1)", "government departments (including agencies and public institutions)"),
               E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门")])

unans("false_premise",
      "为什么《民营经济促进法》只要求国家机关和事业单位按时向民营企业付款，却不约束国有企业？",
      ["国有企业除外"],
      "民营经济促进法第六十七条明确把国有企业与国家机关、事业单位并列，要求依法或依约及时支付民营经济组织账款，"
      "第七十三条也规定了国有企业拒绝或拖延支付的责任。前提不成立。",
      lang="zh", present=["国有企业"],
      related=[E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
               E(PE, "第七十三条", "国家机关、事业单位、国有企业违反法律、行政法规规定或者合同约定，拒绝或者拖延支付民营经济组织账款")])

# ----------------------------------------------------------------------------------------- not_covered

unans("not_covered",
      "工程质量保证金按规定最多能扣合同价的百分之几？我们想按5%扣，会不会超标？",
      ["百分之三", "3%", "5%"],
      "条例第十三条只说保证金的收取比例、方式应当符合法律、行政法规和国家有关规定，并未给出具体比例；其他文件也没有。",
      lang="zh", present=["工程质量保证金", "收取比例"])

unans("not_covered",
      "供应商要是去国家拖欠中小企业款项投诉平台投诉我们，他得提交哪些证明材料？投诉书有没有固定格式？",
      ["证明材料", "格式", "投诉书"],
      "条例第二十四、二十五条规定了投诉平台、转交和处理时限，以及投诉人须与被投诉人存在合同关系，但没有列出投诉材料清单或格式。",
      lang="zh", present=["投诉平台", "投诉材料"])

unans("not_covered",
      "How many arrears complaints against state-owned enterprises did the national SME complaint platform receive last year, and what was the resolution rate?",
      ["resolution rate", "投诉数量"],
      "The SME payment regulation (arts. 24-25) sets up the national complaint platform and handling deadlines, and the NDRC notice "
      "describes complaint channels and evaluation of handling efficiency, but no document gives complaint counts or resolution statistics.",
      lang="en", present=["投诉平台", "complaint"])

unans("not_covered",
      "有家供应商因为我们逾期付款把公司告了，我们认为是他交货不合格才没付，这官司我们胜诉的可能性大吗？",
      ["胜诉", "败诉"],
      "民营经济促进法第六十八条只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，可以调解；"
      "条例第七条要求中小企业按合同提供合格货物。文件不会预测具体诉讼结果。",
      lang="zh", present=["人民法院", "合格的货物"])

unans("not_covered",
      "验收期限在合同里最长能约定多少天？比如约定验收期180天行不行？",
      ["验收期限最长", "180日", "180天"],
      "条例第十条只要求合同约定明确、合理的检验或者验收期限，法律、行政法规另有规定的从其规定，没有给出最长天数。",
      lang="zh", present=["验收期限"])

unans("not_covered",
      "逾期多久没付会被认定为失信、记入信用记录？有没有具体的天数标准？",
      ["逾期超过", "失信认定标准"],
      "条例第二十六条只说拖欠中小企业款项“依法依规被认定为失信”的，记入信用记录，情节严重的公示并限制；"
      "没有规定逾期多少天构成失信。民营经济促进法第五十四条讲失信惩戒与信用修复，也无天数。",
      lang="zh", present=["失信"])

# ----------------------------------------------------------------------------------------- superseded

unans("superseded",
      "2020年国务院令第728号公布的那版《保障中小企业款项支付条例》，当时对大型企业的付款期限是怎么规定的？跟现在比有什么变化？",
      ["修订前", "原条例"],
      "语料只收录2025年3月17日国务院令第802号修订后的文本（第九条规定大型企业60日），标题仅注明2020年第728号公布，"
      "不含2020年原文，无法比较修订前后。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "《民营经济促进法》草案征求意见稿里，关于国企拖欠民企账款的条款原来是怎么写的？后来正式通过时改了哪些？",
      ["草案", "征求意见稿"],
      "语料只有2025年4月30日通过的正式文本（第六十七条、第七十三条），没有草案或征求意见稿。",
      lang="zh", present=["第六十七条"])

unans("superseded",
      "2018年国资委那份《中央企业合规管理指引（试行）》里，对合规委员会和首席合规官是怎么规定的？",
      ["试行", "合规管理指引"],
      "语料只有2022年《中央企业合规管理办法》（国资委令第42号），其中第十一、十二条规定合规委员会和首席合规官；"
      "2018年试行指引不在文件中。",
      lang="zh", present=["首席合规官", "合规委员会"])

unans("superseded",
      "What did the original version of the SME payment regulation, before the 2025 revision, say about how large companies must disclose overdue payments to small suppliers?",
      ["original version", "prior version"],
      "Only the 2025 revised text (State Council Decree No. 802) is in the corpus; its art. 18 requires disclosure in the annual "
      "report. The 2020 original (Decree No. 728) is named only in the title line, and its text is not included.",
      lang="en", present=["第728号", "年度报告"])

# ----------------------------------------------------------------------------------------- out_of_domain

unans("out_of_domain",
      "公司年底给员工发年终奖，个人所得税是单独计税还是并入综合所得更合适？",
      ["个人所得税", "年终奖"],
      "个人所得税计算与这些关于款项支付、营商环境、政务处分和合规管理的文件无关。",
      lang="zh")

unans("out_of_domain",
      "我们跟一家外国供应商签了采购合同，用美元付款，合同里的汇率风险条款该怎么约定比较稳妥？",
      ["汇率", "美元"],
      "跨境采购的外汇结算与汇率条款不在任何文件范围内；条例只涉及境内中小企业款项支付。",
      lang="zh")

unans("out_of_domain",
      "Our company plans to lay off 40 employees next quarter. How much severance do we have to pay, and do we need to notify a government labor official first?",
      ["severance", "layoff", "redundancy"],
      "Mass layoffs and severance pay are labour-law questions that none of the seven documents address.",
      lang="en")
