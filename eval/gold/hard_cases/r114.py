"""Hard-case gold items, hundred-and-fourteenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the owner of a small construction subcontractor in Foshan who is owed money by a state-owned
general contractor and a district government agency; writes colloquial Chinese full of numbers
(amounts, dates, days overdue), asking what he can demand, how interest is worked out, where and how
to complain, what evidence he needs, and whether the excuses he is given are allowed.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- single

add("single",
    "国企总包欠我们80万工程款，已经逾期45天了，合同里压根没写逾期利息怎么算。这种情况利息按多少算？我自己算的是80万×万分之五×45天=1.8万，对不对？",
    "合同未约定逾期利率的，按每日利率万分之五支付逾期利息（《保障中小企业款项支付条例》第十七条），按此80万元逾期45天约为1.8万元。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "总包项目经理跟我讲，业主（开发商）那边钱没到，他们也没办法，合同里还写了“甲方收到业主款项后按比例支付分包款”。我这120多万就一直卡着，这种条款算数吗？",
    "不算数：大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件，也不得按第三方付款进度比例支付（《保障中小企业款项支付条例》第九条第二款）。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(SME, "第九条", "或者按照第三方付款进度比例支付中小企业款项")],
    lang="zh")

add("single",
    "区里那个单位说我们这个工程要等区审计局审计完，按审计结果来结算，估计还得拖个一年半载，可我们合同里根本没写要审计结算。他们能硬要这样吗？",
    "不能：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外（《保障中小企业款项支付条例》第十二条）。",
    ["不得强制要求以审计机关的审计结果作为结算依据"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("single",
    "总包要我们交合同额5%的保证金，差不多15万，还非得打现金过去。我想开个银行保函代替，他们说不收保函。这样合规吗？",
    "不合规：不得将保证金限定为现金，中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受（《保障中小企业款项支付条例》第十三条第二款）。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "我5月8号在网上投诉了区里拖欠我们38万的事，说是已经正式受理了，转到处理部门。那他们最迟多久要给我一个答复？一直拖着不回怎么办？",
    "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果并书面反馈投诉人；情况复杂的经批准可适当延长，但最长不得超过90日（《保障中小企业款项支付条例》第二十五条）。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "国企总包说这批100万的进度款现金紧张，只能给我开6个月到期的商票，不要就没有。我们合同里没写可以用汇票付款，我能拒绝吗？",
    "可以：大型企业不得强制中小企业接受商业汇票等非现金支付方式，也不得借此变相延长付款期限；使用非现金支付方式应在合同中明确约定（《保障中小企业款项支付条例》第十一条）。",
    ["不得强制中小企业接受商业汇票", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限"],
    [E(SME, "第十一条", "应当在合同中作出明确、合理约定，不得强制中小企业接受商业汇票"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("single",
    "结算下来一共210万，总包说其中有一笔8万的签证单他们不认，有争议，所以整个210万都先压着不付。没争议的那200多万他们是不是应该先给？",
    "应该：交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务（《保障中小企业款项支付条例》第十五条）。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("single",
    "街道和区里的一个政府投资的市政小项目，区里的人叫我们先自己掏钱把活干了，说财政资金明年才到位，大概要垫300来万。这种要求合法吗？",
    "不合法：政府投资项目所需资金应当按规定落实到位，不得由施工单位垫资建设（《保障中小企业款项支付条例》第八条第二款）；要求施工单位垫资的，依法追究责任（第三十二条）。",
    ["不得由施工单位垫资建设"],
    [E(SME, "第八条", "政府投资项目所需资金应当按照国家有关规定确保落实到位，不得由施工单位垫资建设")],
    lang="zh")

# --------------------------------------------------------------------------- multi

add("multi",
    "区里那个局欠我们46万，去催的时候他们说局长刚换人，新局长要重新走一遍内部付款流程，还得等决算审计，可合同里没写要等决算审计。这些理由站得住吗？他们要是就是不改，有什么后果？",
    "站不住：不得以主要负责人变更、履行内部付款流程，或在合同未约定时以等待决算审计等为由拒绝或迟延付款（《保障中小企业款项支付条例》第十四条）；违反的由上级机关、主管部门责令改正，拒不改正的对负有责任的领导人员和直接责任人员依法给予处分（第三十一条第六项）。",
    ["法定代表人或者主要负责人变更", "履行内部付款流程", "由其上级机关、主管部门责令改正", "依法给予处分"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正"),
     E(SME, "第三十一条", "拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "合同写的是完工后15天内验收，验收合格再付款，没写付款期限。我们3月1号就完工了，国企总包到现在拖了快3个月都不来验收。那付款期限从哪天开始算？最迟应该哪天付？",
    "拖延验收的，付款期限自约定的验收期限届满之日起算（第十条），即3月16日左右起算；大型企业应在此后60日内付款（第九条第二款），约在5月中旬前。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "60日内支付款项"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("multi",
    "区政府部门和国企总包两头都欠我钱，加起来快200万了。我到底该去哪里投诉？投诉成立的话，他们会不会被记上失信、有什么限制？",
    "向省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）投诉，国家还建立统一的拖欠中小企业款项投诉平台（第二十四条）；被依法认定失信的，记入信用记录，情节严重的向社会公示，对机关在公务消费、办公用房、经费安排等方面限制，对大型企业在财政资金支持、融资获取等方面限制（第二十六条）。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "拖欠中小企业款项投诉平台", "记入相关主体信用记录"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
     E(SME, "第二十四条", "建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录"),
     E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施")],
    lang="zh")

# --------------------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "区政府今年换届，新来的领导说前任跟我们签的那个厂房改造合同他们不认了，尾款62万也不付。按发改委2023年那个政务诚信的通知，这种情况算不算政府违约失信？",
    "算：发改委通知规定，因机构调整、人员变动等原因不履约的，一律视为违约失信（NDRC通知 II.(2)）。",
    ["institutional adjustments, personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "政府部门跟我们签了合同又违约欠款，按国家发改委那个关于政务诚信履约的通知，我能通过哪些渠道去投诉？打12345有没有用？",
    "通知要求省级信用牵头部门依托信用网站、“互联网+监管”平台、工信部“违约拖欠中小企业款项登记（投诉）平台”、地方12345政务服务热线、营商环境投诉平台、信访部门等渠道开设违约失信投诉专栏（NDRC通知 II.(1)）。",
    ["local 12345 government service hotlines", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"],
    [E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines")],
    lang="zh")

add("cross_lingual",
    "A district government bureau owes my small construction firm for renovation work we handed over on 1 March. The contract says nothing about when they pay. Under China's regulation on paying SMEs, by when should they have paid us?",
    "Government bodies must pay within 30 days of delivery of the works; a contract may agree otherwise but the term may not exceed 60 days (SME payment regulation Art. 9, para. 1), so by about 31 March.",
    ["自货物、工程、服务交付之日起30日内支付款项"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项")],
    lang="en")

# --------------------------------------------------------------------------- paraphrase

add("paraphrase",
    "我去上面告了总包之后，他们项目上的人就放狠话，说要整我，让我以后在佛山一个活都接不到。他们敢这么干吗？",
    "不允许：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业进行恐吓、打击报复（《保障中小企业款项支付条例》第二十条），违者依法给予处分或者处罚（第三十五条）。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "我想拿国企欠我的那90万去银行押一押，借点钱周转发工资。银行要总包那边盖章承认确实欠我这么多，可总包一直拖着不盖。他们有没有时间限制？",
    "有：中小企业以应收账款融资的，大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系（《保障中小企业款项支付条例》第十六条第二款）。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "为什么《保障中小企业款项支付条例》规定国企欠款的逾期利息只按每日万分之三算，比政府机关欠款的还低？我被国企欠了60万、拖了100天，是不是只能拿1.8万利息？",
    ["万分之三"],
    "第十七条对机关、事业单位和大型企业统一规定：未约定利率的按每日万分之五支付逾期利息，没有国企按万分之三、比机关低的区分；前提错误。",
    lang="zh", present=["每日利率万分之五"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "条例第九条说大型企业要在工程交付后45天内付款，我们3月1号交的活，那国企总包最晚4月15号就得付清吧？",
    ["45天", "45日"],
    "第九条第二款规定大型企业应自交付之日起60日内支付（合同另有约定从其约定），不是45天；前提中的数字错误。",
    lang="zh", present=["60日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "条例规定机关每半年要公开一次逾期没付中小企业的款项情况，区里今年上半年欠我们的那笔38万会不会在7月份的公开里？去哪查？",
    ["每半年"],
    "第十八条规定机关、事业单位应于每年3月31日前公开上一年度逾期尚未支付的合同数量、金额等信息，是一年一次而非每半年；前提中的频率错误。",
    lang="zh", present=["每年3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "既然《保障中小企业款项支付条例》是住建部发的部门规章，那我这工程款的事是不是只能找住建局投诉，找别的部门都没用？",
    ["住建部", "住建局"],
    "该条例是国务院令（2020年国务院令第728号公布、2025年国务院令第802号修订）的行政法规，不是住建部规章；投诉由省级以上人民政府负责中小企业促进工作综合管理的部门受理（第二十四条）。",
    lang="zh", present=["国务院令第802号", "受理投诉部门"],
    related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）")])

unans("false_premise",
    "听人说拖欠中小企业款项的投诉只能由地级市的工信局受理，区里、省里都不管。那我是不是只能去佛山市工信局递材料？要带几份？",
    ["工信局", "地级市"],
    "第二十四条规定受理投诉部门是省级以上人民政府负责中小企业促进工作综合管理的部门，并有国家统一投诉平台；没有“只能由地级市工信局受理”的规定，材料份数也未规定。",
    lang="zh", present=["受理投诉部门", "拖欠中小企业款项投诉平台"],
    related=[E(SME, "第二十四条", "建立国家统一的拖欠中小企业款项投诉平台")])

unans("false_premise",
    "政务处分法里明确写了，公务员拖欠民营企业工程款超过半年的一律记大过，对吧？那区里拖了我们8个月的那个科长肯定要被记大过了？",
    ["一律记大过", "半年"],
    "政务处分法没有针对拖欠工程款、以拖欠时长定处分的条文；第三十九条对不履行或不正确履行职责等造成不良后果的，规定警告、记过或记大过等，视情节而定。保障中小企业款项支付条例第三十一条也只规定拒不改正的依法给予处分。",
    lang="zh", present=["玩忽职守", "依法给予处分"],
    related=[E(PS, "第三十九条", "不履行或者不正确履行职责，玩忽职守，贻误工作的"),
             E(SME, "第三十一条", "拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")])

unans("false_premise",
    "Since the NDRC's 2023 integrity notice says the Ministry of Finance blacklists any district government that is more than 90 days late paying a private firm, should I report our district office straight to the Ministry of Finance?",
    ["Ministry of Finance", "90 days"],
    "The NDRC notice has complaints collected by provincial credit leading departments through credit websites, the MIIT arrears platform, 12345 hotlines etc., and sets no 90-day threshold; the Ministry of Finance plays no such role in it.",
    lang="en", present=["credit leading departments"],
    related=[E(NDRC, "II.(1)", "Provincial-level leading departments for social credit system construction"),
             E(NDRC, "II.(2)", "breach of contract and dishonesty complaint clues")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "到省里或者国家那个平台投诉拖欠款，要不要交投诉费？我这笔欠款才25万，要是还得交几千块费用就不值了。",
    ["投诉费"],
    "第二十四、二十五条规定受理投诉部门、处理时限和转办程序，但对投诉是否收费只字未提。",
    lang="zh", present=["受理投诉部门"])

unans("not_covered",
    "这几年全国拖欠中小企业款项的投诉，最后有多少比例真拿回了钱？回款率大概多少？",
    ["回款率", "百分之"],
    "条例只规定投诉受理、处理和监督措施；发改委通知提到评估投诉处理效率，但各文件都没有投诉后追回款项的统计数据。",
    lang="zh", present=["投诉"])

unans("not_covered",
    "我准备去法院起诉国企总包，欠我们150万、已经拖了快一年，证据有合同、验收单和对账单。你看我胜诉的机会有多大？",
    ["胜诉", "对账单"],
    "民营经济促进法第六十八条只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行；没有任何文件能预测个案结果。",
    lang="zh", present=["依法及时立案、审理、执行"])

unans("not_covered",
    "区里欠我们的那笔41万，2022年底就该付了，拖到现在快两年半了。现在去告还来得及吗？诉讼时效是不是三年？",
    ["诉讼时效"],
    "文件讲付款期限、逾期利息、投诉和法院及时立案，但没有规定追讨欠款的诉讼时效；民营经济促进法第六十三条的“追诉期限”是刑事追诉，不是民事诉讼时效。",
    lang="zh", present=["追诉期限", "及时立案"])

unans("not_covered",
    "在国家那个拖欠中小企业款项投诉平台上投诉，具体要上传哪些材料？合同、结算单、催款函这些是不是都得有，少一样会不会不受理？",
    ["结算单", "催款函", "投诉材料清单"],
    "第二十四、二十五条只规定投诉平台、受理部门、转办和处理时限，以及投诉人应与被投诉人存在合同关系、不得虚假投诉；没有规定需提交的证据材料清单。",
    lang="zh", present=["投诉材料", "存在合同关系"])

unans("not_covered",
    "我们合同约定的逾期利率是按签合同时1年期LPR来算，合同是2023年6月签的，那时候1年期LPR到底是多少？欠的95万拖了120天，利息多少？",
    ["LPR", "3.55%"],
    "第十七条只说约定利率不得低于合同订立时1年期贷款市场报价利率，没有给出任何时点的利率数值。",
    lang="zh", present=["1年期贷款市场报价利率"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年那版原来的《保障中小企业款项支付条例》（第728号令）里，大企业付款期限是怎么规定的？跟2025年改的这版比，哪里变了？",
    ["2020年9月1日", "原条例"],
    "语料中只有2025年3月17日国务院令第802号修订后的文本（2025年6月1日起施行）；2020年原版的条文不在文件中，无法比较。",
    lang="zh", present=["第728号", "2025年6月1日"])

unans("superseded",
    "《民营经济促进法》草案当时征求意见的那一稿里，关于国企拖欠民营企业账款的条款是怎么写的？跟最后通过的第六十七条有什么不同？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过的民营经济促进法正式文本（第六十七条）；草案或征求意见稿的条文不在文件中。",
    lang="zh", present=["2025年4月30日"])

unans("superseded",
    "Before the 2023 notice, what did the NDRC's 2016 guidance on government integrity say about local governments defaulting on contracts with private builders?",
    ["2016"],
    "Only the NDRC notice of August 5, 2023 (Development and Reform Finance [2023] No. 1103) is in the corpus; no earlier NDRC guidance is included.",
    lang="en", present=["Development and Reform Finance"])

unans("superseded",
    "总包是央企下面的子公司。国资委2018年发的那个《中央企业合规管理指引（试行）》里，有没有要求央企把按时给分包付款纳入合规管理？",
    ["试行", "2018年"],
    "语料中只有国资委2022年第42号令《中央企业合规管理办法》（2022年10月1日起施行）；2018年的合规管理指引（试行）不在文件中。",
    lang="zh", present=["第42号", "2022年10月1日"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "我公司请了几个泥水工，干了半年没签劳动合同，现在项目做完了想辞退，要赔他们多少钱？是不是每人要赔两倍工资？",
    ["劳动合同法", "经济补偿", "二倍工资"],
    "文件只在一般意义上提到民营企业要遵守劳动用工法律、保障劳动者权益，未涉及未签劳动合同的赔偿或辞退补偿。",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "我们公司给总包开工程款发票，建筑服务增值税专票到底开9%还是3%？开错了会不会被罚？",
    ["增值税", "专票", "9%"],
    "文件涉及付款期限、保证金等，未涉及增值税税率或开票规则（优化营商环境条例只一般性提到推广电子发票）。",
    lang="zh", present=["电子发票"])

unans("out_of_domain",
    "One of our company's site trucks was in a traffic accident on a government project in Foshan, and the insurer is refusing to pay out. What can the company do to make the insurance company pay?",
    ["traffic accident", "insurer", "insurance company"],
    "None of the documents deals with motor insurance claims or traffic accidents; they concern payment of SMEs, government integrity, private-economy promotion, compliance and official discipline.",
    lang="en", present=["government"])
