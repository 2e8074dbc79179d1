"""Hard-case gold items, eighty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the equipment-procurement officer of a county public hospital (a public institution, asking
formally in Chinese) and the owner of a small private medical-supplies firm that sells to it (asking
colloquially, with typos, sometimes in English): payment terms, acceptance checks, what each side may
give or accept, and what happens when the hospital pays late.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "本院系县级公立医院（事业单位），拟向一家小型医疗器械企业采购监护仪，对方同意在合同中约定到货后90天付款。请问这样约定是否可行？法规对付款期限有何要求？",
    "不可行。机关、事业单位从中小企业采购货物，应自交付之日起30日内付款；合同另有约定的从其约定，但付款期限最长不得超过60日（《保障中小企业款项支付条例》第九条第一款）。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "医院说设备得验收合格了才给钱，可他们一直拖着不来验收，都快俩月了，那付款期现到底从啥时候开始算啊？",
    "合同约定以验收合格为付款条件的，付款期限自验收合格之日起算；但医院拖延验收的，付款期限自合同约定的验收期限届满之日起算（《保障中小企业款项支付条例》第十条）。",
    ["付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算")],
    lang="zh")

add("single",
    "县医院欠我们的货款拖了快半年了，合同里压根没写逾期利息这回事，那利息还能要不？咋算？",
    "能要。机关、事业单位迟延支付中小企业款项的，应当支付逾期利息；合同未约定利率的，按每日利率万分之五支付（《保障中小企业款项支付条例》第十七条）。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "医院让我们交履约保正金，还非得交现金，我们说开个银行保函他们不收，这合理吗？",
    "不合理。机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受（《保障中小企业款项支付条例》第十三条第二款）。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "请问本院作为事业单位，上一年度逾期未支付中小企业款项的情况，须在何时之前、通过何种方式对外公开？公开哪些内容？",
    "应于每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，通过网站、报刊等便于公众知晓的方式公开（《保障中小企业款项支付条例》第十八条第一款）。",
    ["每年3月31日前", "合同数量、金额等信息", "网站、报刊"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "本院设备科一位科长被某供应商邀请挂名担任其公司技术顾问，每月领取顾问费。请问此种情形在法律上可能导致何种处分？",
    "违反规定兼任职务、领取报酬的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除（《公职人员政务处分法》第三十六条）。",
    ["违反规定兼任职务、领取报酬的", "予以警告、记过或者记大过"],
    [E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的，予以警告、记过或者记大过"),
     E(PS, "第三十六条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "我想拿医院欠的货款去银行做应收账款融资，银行要医院那边确认一下债权，医院一直拖着不盖章，他们有没有时间限制啊？",
    "有。中小企业以应收账款融资的，机关、事业单位应当自中小企业提出确权请求之日起30日内确认债权债务关系（《保障中小企业款项支付条例》第十六条第二款）。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "Does the NDRC notice on government integrity actually cover a public hospital that breaks a purchase contract with a small private supplier like us, or is it only about government departments proper?",
    "It covers it: complaint columns accept complaints involving government departments including agencies and public institutions, and the scope of breach covers contracts signed with private enterprises in government procurement and other fields (NDRC notice II.(1)).",
    ["including agencies and public institutions", "government procurement"],
    [E(NDRC, "II.(1)", "government departments (including agencies and public institutions)"),
     E(NDRC, "II.(1)", "with private enterprises in government procurement, bidding")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "如本院拖欠中小企业货款，被依法认定为失信，医院作为单位会受到哪些限制？负有责任的领导和经办人员又可能承担什么责任？",
    "失信情况记入信用记录，情节严重的向社会公示，并对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要限制（第二十六条）；未按期付款的，由上级机关、主管部门责令改正，拒不改正的对负有责任的领导人员和直接责任人员依法给予处分（第三十一条）。",
    ["公务消费、办公用房、经费安排", "对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施"),
     E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "未在规定的期限内支付中小企业货物、工程、服务款项")],
    lang="zh")

add("multi",
    "过年了想给医院设备科长送几张购物卡意思意思，这么搞会有啥后果？对他、对我们公司分别咋说？",
    "公职人员收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过，情节较重或严重的可降级、撤职乃至开除（《政务处分法》第三十四条）；民营企业不得通过贿赂等手段牟取不正当利益（《民营经济促进法》第三十六条），违法的依法予以行政处罚（第七十五条）。",
    ["礼品、礼金、有价证券等财物", "不得通过贿赂和欺诈等手段牟取不正当利益"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除"),
     E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")],
    lang="zh")

add("multi",
    "医院欠款一直不还，我想去投诉，该找哪个部门啊？投了以后大概多久能给个说法？",
    "向省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）投诉，国家另设统一的拖欠中小企业款项投诉平台（第二十四条）；受理后10个工作日内转交处理投诉部门，处理部门自收到材料之日起30日内形成处理结果书面反馈，复杂情况可延长但最长不超过90日（第二十五条）。",
    ["拖欠中小企业款项投诉平台", "10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道"),
     E(SME, "第二十四条", "建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross-lingual

add("cross_lingual",
    "我院新任院长到任后，对前任院长签订的一份设备采购合同不予履行。按照国家发改委关于完善政务诚信履约机制的通知，这种情况是否会被认定为违约失信？",
    "会。通知规定，因机构调整、人员变动等原因未履约的，均视为违约失信；经核实属实的应推动整改，拒不整改的由认定部门确认为违约失信（NDRC notice II.(2)）。",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="zh")

add("cross_lingual",
    "按发改委的要求，如果本院因拖欠供应商款项被认定为违约失信，之后补齐了款项，失信记录能否修复？由谁来确认？",
    "可以。认定部门确认失信行为已纠正、履约已完成后，应及时修复相关失信记录并终止失信惩戒措施（NDRC notice III.(6)）。",
    ["corrected and performance completed", "promptly restored"],
    [E(NDRC, "III.(6)", "the identifying department confirms"),
     E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="zh")

add("cross_lingual",
    "The county hospital wants to pay us in commercial acceptance bills instead of a bank transfer and says that's just how they do it now. Can they make us take bills?",
    "No. A public institution paying an SME by commercial bills or electronic receivable vouchers must agree this clearly and reasonably in the contract, may not force the SME to accept such non-cash payment, and may not use it to extend the payment term in disguise (SME Payment Regulations art. 11).",
    ["在合同中作出明确、合理约定", "不得强制中小企业接受商业汇票"],
    [E(SME, "第十一条", "应当在合同中作出明确、合理约定，不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "医院新来了个一把手，说之前的单子都得等他重新过一遍签字，钱就先压着不给，这样行得通吗？",
    "不行。机关、事业单位不得以法定代表人或者主要负责人变更、履行内部付款流程等为由拒绝或者迟延支付中小企业款项（《保障中小企业款项支付条例》第十四条）。",
    ["主要负责人变更", "履行内部付款流程"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("paraphrase",
    "我们送去的一批耗材里有几箱医院说质量不行，双方还在扯皮；可剩下那些人家早就用上了，这部分的钱是不是也得等扯完皮才能拿？",
    "不用等。交易部分存在争议但不影响其他部分履行的，对无争议部分应当履行及时付款义务（《保障中小企业款项支付条例》第十五条）。",
    ["无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "《保障中小企业款项支付条例》第九条允许机关、事业单位与中小企业约定最长90日的付款期限，本院与供应商约定了80天付款，这应该是合规的吧？",
    ["付款期限最长不得超过90日", "90日内"],
    "False figure attributed to art. 9: for public institutions the agreed term may be at most 60 days (default 30); "
    "90 days appears only as the maximum complaint-handling period in art. 25, not as a payment term.",
    lang="zh", present=["最长不得超过60日", "最长不得超过90日"],
    related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "既然《保障中小企业款项支付条例》只是财政部出台的部门规章，县医院这种事业单位是不是可以不受它约束？",
    ["财政部"],
    "Wrong issuing body: the regulations are a State Council decree (国务院令第728号, revised by 第802号), and art. 2 "
    "expressly binds 机关、事业单位 paying SMEs; no document calls them a Ministry of Finance rule.",
    lang="zh", present=["国务院令第802号", "事业单位"],
    related=[E(SME, "第二条", "机关、事业单位和大型企业采购货物、工程、服务支付中小企业款项，应当遵守本条例")])

unans("false_premise",
    "条例要求事业单位每季度公开一次逾期未付中小企业款项的信息。请问本院本季度的公开最迟应在季度结束后多少日内完成？",
    ["每季度", "季度"],
    "False frequency: art. 18 requires public institutions to disclose once a year, before 31 March, the previous "
    "year's overdue unpaid SME contracts; there is no quarterly disclosure or post-quarter deadline.",
    lang="zh", present=["每年3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "Given that the NDRC notice gives provincial credit departments 15 working days to verify a breach-of-contract complaint against a public hospital, what happens if they miss that deadline?",
    ["15 working days", "working days"],
    "Invented deadline: NDRC II.(2) says provincial credit leading departments should 'immediately transfer' complaint "
    "clues for verification, with no day count; the SME regulations (art. 25) set 10 working days for transfer and "
    "30 days for handling, but that is a different document and a different procedure.",
    lang="en", present=["immediately transfer", "10个工作日内"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
    "合同里没写逾期利息的话，医院就得按合同签订时1年期LPR的两倍给我算利息，对吧？",
    ["两倍", "倍"],
    "Wrong rule: art. 17 says an agreed rate may not be lower than the one-year LPR at signing, and where nothing is "
    "agreed the default is 万分之五 per day; no document mentions any multiple of LPR.",
    lang="zh", present=["每日利率万分之五", "1年期贷款市场报价利率"],
    related=[E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率"),
             E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "政务处分法规定公职人员收受200元以下的礼品不算违法，那供应商中秋送给我们设备科的两盒月饼，怎么认定是不是在200元以内？",
    ["200元", "月饼"],
    "Invented threshold: PS art. 34 sanctions accepting gifts, cash gifts or securities 'that may affect the impartial "
    "exercise of public power', with no monetary floor; no document sets a 200-yuan exemption or a valuation method.",
    lang="zh", present=["可能影响公正行使公权力的礼品"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")])

unans("false_premise",
    "条例第十条规定验收期限最长15日；所以医院验收拖到20天，那付款期现就从第15天开始算了，是这样不？",
    ["15日", "验收期限最长"],
    "False premise: art. 10 sets no statutory maximum acceptance period; the parties must agree a clear and reasonable "
    "period in the contract, and delay runs the payment term from the end of that agreed period.",
    lang="zh", present=["验收期限", "约定的检验或者验收期限届满之日起算"],
    related=[E(SME, "第十条", "合同双方应当在合同中约定明确、合理的检验或者验收期限"),
             E(SME, "第十条", "付款期限自约定的检验或者验收期限届满之日起算")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "本院采购一台CT，拟要求供应商缴纳履约保证金。请问法规规定的保证金比例上限是合同金额的百分之几？",
    ["百分之", "%", "上限"],
    "SME art. 13 only says deposit ratios and methods must conform to laws, administrative regulations and state "
    "rules, bans cash-only deposits and requires acceptance of bank guarantees; no document gives a percentage cap.",
    lang="zh", present=["收取比例", "履约保证金"])

unans("not_covered",
    "向省里投诉医院拖款要交投诉费不？收多少钱啊？",
    ["投诉费"],
    "SME arts. 24-25 set up the complaint channel, the national platform and handling deadlines, but say nothing about "
    "whether a complaint is free or what it costs.",
    lang="zh", present=["受理投诉部门", "投诉平台"])

unans("not_covered",
    "这几年全国通过拖欠中小企业款项投诉平台一共处理了多少件投诉？企业最后真拿到钱的比例有多高？",
    ["多少件", "成功率", "回款"],
    "SME art. 24 establishes the national arrears complaint platform; no document gives case counts or recovery rates.",
    lang="zh", present=["拖欠中小企业款项投诉平台"])

unans("not_covered",
    "我准备去法院起诉县医院拖欠货款，按这些规定我胜诉的把握大吗？法院一般几个月能判下来？",
    ["胜诉", "胜诉率", "审理期限"],
    "PE art. 68 says courts should promptly file, try and enforce arrears cases and may mediate; no document predicts "
    "outcomes or gives trial durations.",
    lang="zh", present=["依法及时立案、审理、执行"])

unans("not_covered",
    "医疗设备到货后，本院验收小组至少应由几人组成？是否必须邀请第三方检测机构参加验收？",
    ["验收小组", "第三方检测", "验收报告"],
    "SME art. 10 only requires a clear, reasonable acceptance period in the contract and fixes when the payment term "
    "starts; no document regulates the composition of an acceptance team or third-party testing.",
    lang="zh", present=["验收期限"])

unans("not_covered",
    "What supporting documents, like invoices or delivery notes, do we have to upload when we file a complaint about the hospital on the national SME arrears complaint platform?",
    ["supporting documents", "invoice", "delivery note"],
    "SME art. 24 and NDRC II.(1) name the complaint platforms, and art. 25 mentions 投诉材料 and requires a contract "
    "relationship, but no document lists the materials to be submitted.",
    lang="en", present=["投诉材料", "Registration (Complaint) Platform"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年公布的原《保障中小企业款项支付条例》（国务院令第728号）中，机关、事业单位的付款期限是如何规定的？与现行修订版相比有何不同？",
    ["原条例", "修订前", "2020年版"],
    "The corpus holds only the text as revised by 国务院令第802号 (2025); the 2020 original is named in the heading "
    "but its wording is not reproduced, so no comparison can be made.",
    lang="zh", present=["国务院令第728号", "第802号修订"])

unans("superseded",
    "民营经济促进法的草案征求意见稿里，关于拖欠民企账款的条款是咋写的？跟最后通过的版本差在哪儿？",
    ["草案", "征求意见稿"],
    "Only the law as adopted on 30 April 2025 is in the corpus (arts. 67-69, 73 on arrears); no draft text is present.",
    lang="zh", present=["拖延支付民营经济组织账款"])

unans("superseded",
    "Our hospital's legal adviser keeps quoting the 2019 public-comment draft of the Regulations on Optimizing the Business Environment on arrears owed to companies. What did that draft say?",
    ["draft", "public comment", "征求意见稿"],
    "The corpus has only the promulgated Regulations (国务院令第722号), whose art. 32 bans arrears; no draft version is "
    "present.",
    lang="en", present=["违约拖欠市场主体的货物、工程、服务等账款"])

unans("superseded",
    "政务处分法草案一审稿中，对公职人员收受礼品礼金的处分档次是怎么规定的？与正式通过的文本是否一致？",
    ["草案", "一审稿"],
    "Only the law as adopted on 20 June 2020 is in the corpus (art. 34 on gifts); no draft reading is reproduced.",
    lang="zh", present=["礼品、礼金、有价证券"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "我们公司新招了几个跑医院的业务员，劳动合同里试用期最长能签多久啊？",
    ["试用期"],
    "Employment-law question (probation periods); none of the documents deals with labour contracts of private firms.",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "What VAT rate applies when our company sells Class II medical devices to a public hospital, and who issues the invoice?",
    ["VAT", "value-added tax", "invoice", "医疗器械"],
    "Tax question; the documents deal with payment terms, arrears and integrity, not VAT rates or invoicing.",
    lang="en", present=["财政税收"])

unans("out_of_domain",
    "本院与供应商之间的买卖合同纠纷，诉讼时效是几年？从何时开始起算？",
    ["诉讼时效"],
    "Civil-law limitation period; the documents mention criminal 追诉期限 (PE art. 63) and court handling of arrears "
    "cases (PE art. 68) but never the limitation period for contract claims.",
    lang="zh", present=["追诉期限"])
