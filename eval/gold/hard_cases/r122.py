"""Hard-case gold items, hundred-and-twenty-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an auditor at a county audit bureau (审计局) who examines how agencies and state-owned firms pay
private suppliers and how the local government keeps its promises; writes precise formal Chinese, asks
about audit as a settlement basis, what counts as arrears, who must report what to whom and when, and
which clause an auditee's practice breaks.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "本局在对县属某事业单位的专项审计中发现，该单位与一家小型施工企业签订合同时，坚持要求以我局出具的审计结果作为工程结算依据，且并无法律、行政法规的特别规定。请问该做法违反了《保障中小企业款项支付条例》哪一条？",
    "违反《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。",
    ["不得强制要求以审计机关的审计结果作为结算依据"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外")],
    lang="zh")

add("single",
    "县直各机关上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，最迟应于何时向社会公开？以何种方式公开？",
    "依据条例第十八条第一款，机关、事业单位应当于每年3月31日前，通过网站、报刊等便于公众知晓的方式公开上一年度逾期尚未支付中小企业款项的合同数量、金额等信息。",
    ["每年3月31日前", "通过网站、报刊等便于公众知晓的方式公开"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "县属国有大型企业上一年度逾期未付中小企业款项的情况，按规定每年应当报送给谁？",
    "依据条例第二十二条第一款，国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门。",
    ["按程序报其主管部门或者监管部门"],
    [E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门")],
    lang="zh")

add("single",
    "被审计单位与供货的小微企业签订的合同中对逾期利息未作任何约定，现已迟延付款，逾期利息应按什么标准计算？",
    "依据条例第十七条，机关、事业单位和大型企业迟延支付中小企业款项应当支付逾期利息；双方未作约定的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "合同约定货物验收合格后付款，约定验收期为15天，但采购单位拖了两个多月才组织验收。审计时付款期限应从哪一天起算？",
    "依据条例第十条第二款，机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算，即从约定的15天验收期届满之日起算。",
    ["付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("single",
    "某县属国有企业在工程招标文件中规定，中标的中小施工企业只能以现金缴纳履约保证金，银行保函一律不收。这种要求是否合规？",
    "不合规。条例第十三条第二款规定，机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "一家中小供应商拿对县医院的应收账款去银行融资，请县医院确认债权，县医院一直拖着不回。按规定县医院应在多长时间内确认？",
    "依据条例第十六条第二款，中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "审计移送后，县住建局一名科长因拖欠工程款问题被监察机关给予记大过政务处分。该处分的期间是多长？",
    "依据《公职人员政务处分法》第八条，记大过的政务处分期间为十八个月，自政务处分决定生效之日起计算。",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "我局拟对支付民营企业、中小企业账款情况开展专项审计。审计机关实施这类审计监督的法定依据有哪些？两部法规规定的审计对象范围有何不同？",
    "《保障中小企业款项支付条例》第二十七条规定审计机关对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督；《民营经济促进法》第六十七条第二款规定审计机关对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督。前者限于国有大型企业和中小企业款项，后者覆盖所有国有企业和民营经济组织账款。",
    ["审计机关依法对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督",
     "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督"],
    [E(SME, "第二十七条", "审计机关依法对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督"),
     E(PE, "第六十七条", "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督")],
    lang="zh")

add("multi",
    "县城投公司（国有大型企业）在分包合同中写明“以审计局审定金额作为结算依据”，又无法律、行政法规依据。这违反了哪条规定？谁来处理，拒不改正会怎样？",
    "违反《保障中小企业款项支付条例》第十二条关于不得强制要求以审计机关的审计结果作为结算依据的规定；依第三十三条第二款，由其监管部门责令改正，拒不改正的，对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正",
     "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正"),
     E(SME, "第三十三条", "拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "县政府换届后，新班子以“前任签的不算”为由不兑现对一家民营企业的招商奖励承诺。这种情形在《民营经济促进法》里属于什么问题，应承担什么责任？",
    "《民营经济促进法》第七十条规定地方政府不得以政府换届、相关人员更替等为由违约、毁约；第七十三条规定不履行依法作出的政策承诺的，由有权机关予以纠正，造成损失的依法赔偿，造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得以行政区划调整、政府换届", "由有权机关予以纠正", "造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿；造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "按照国家发展改革委关于完善政府诚信履约机制的通知，省级信用牵头部门收到政府部门违约失信的投诉线索后应当如何处理？核实属实但拒不整改的，如何认定？",
    "依据通知第二部分第（2）项，省级信用牵头部门应立即将投诉线索转交被投诉主体的上级或主管部门核实认定；核实属实的推动整改，拒不整改的由认定部门确认为违约失信。",
    ["immediately transfer", "superior or competent departments of the complained entities",
     "Those who refuse to rectify shall be confirmed as breach of contract"],
    [E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract"),
     E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="zh")

add("cross_lingual",
    "某乡镇政府因拖欠民营企业款项被认定为违约失信，现已全额付清。其失信记录能否修复？需要满足什么条件？",
    "可以。依据国家发展改革委通知第三部分第（6）项，认定部门确认失信行为已纠正、履约已完成后，应及时修复相关失信记录，并终止失信惩戒措施。",
    ["the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="zh")

add("cross_lingual",
    "A state-owned company in our county says it cannot pay a small subcontractor yet because it is still waiting for the final accounts audit of the project, although the contract says nothing about that. Is that an acceptable reason under the SME payment rules?",
    "No. Article 14 of the Regulations on Guaranteeing Payments to SMEs forbids agencies, public institutions and large enterprises from refusing or delaying payment on grounds such as waiting for completion acceptance filing or the final accounts audit where the contract does not so provide.",
    ["在合同未作约定的情况下以等待竣工验收备案、决算审计等为由", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "或者在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "有个小厂老板上门要钱，后来又去上面反映情况，结果那家单位的人放话说让他以后别想再接活儿，还处处给他找麻烦。规定里对这种事怎么说？",
    "《保障中小企业款项支付条例》第二十条禁止机关、事业单位和大型企业及其工作人员以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复；第三十五条规定此类行为对负有责任的人员依法给予处分或者处罚。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "一个工程里有一小块活儿双方还在扯皮，其余的活儿都干完了也没人挑毛病，甲方能不能把整笔钱全压着，等那一小块说清楚了再一起给？",
    "不能。《保障中小企业款项支付条例》第十五条规定，交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "《保障中小企业款项支付条例》第九条规定，机关、事业单位应自货物、工程、服务交付之日起60日内付款，合同另有约定的，付款期限最长不得超过90日，对吧？",
    ["付款期限最长不得超过90日"],
    "条例第九条第一款规定机关、事业单位应自交付之日起30日内支付，合同另有约定的最长不得超过60日；60日是大型企业的法定付款期限，90日仅见于第二十五条投诉处理期限，前提中的数字均错。",
    present=["30日内支付款项", "付款期限最长不得超过60日", "最长不得超过90日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "既然条例第十八条要求机关、事业单位每季度公开一次逾期尚未支付中小企业款项的信息，县直单位漏报第二季度数据的，应当由哪个部门责令补报？",
    ["每季度"],
    "第十八条规定的是每年3月31日前公开上一年度逾期未付信息，是年度公开而非每季度；条例未规定季度公开，也无“补报”程序（第三十一条（七）项仅规定未按规定公开的由上级机关、主管部门责令改正）。",
    present=["每年3月31日前", "未按照规定公开逾期尚未支付中小企业款项信息"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "发改财金〔2023〕1103号通知是国家发展改革委会同财政部联合印发的，其中要求将政府失信记录与对下转移支付挂钩，具体扣减比例是多少？",
    ["财政部", "转移支付", "扣减"],
    "该通知由国家发展改革委单独印发（落款 National Development and Reform Commission），未与财政部联合；其惩戒措施为限制中央预算内资金支持、限制申报地方政府专项债券等，未涉及转移支付挂钩或扣减比例。",
    present=["central budget funds", "local government special bonds"],
    related=[E(NDRC, "III.(4)", "restrict support from central budget funds")])

unans("false_premise",
    "为什么《保障中小企业款项支付条例》允许大型企业在合同中约定“背靠背”条款，即待业主付款后再向中小分包商付款？这一例外的适用条件是什么？",
    ["背靠背"],
    "前提错误：条例第九条第二款明确规定大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件，或按照第三方付款进度比例支付；《民营经济促进法》第六十八条亦同。",
    present=["收到第三方付款", "第三方付款进度比例"],
    related=[E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项")])

unans("false_premise",
    "《公职人员政务处分法》规定记过的处分期间为六个月。那么因拖欠中小企业款项被记过的科长，六个月期满后就能正常晋升职级了吗？",
    ["记过，六个月"],
    "前提中的期间错误：第八条规定警告六个月、记过十二个月；文件未规定记过六个月。",
    present=["记过，十二个月", "警告，六个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
    "条例规定审计机关可以对大型企业（包括民营大型企业）支付中小企业款项的情况实施审计监督；因此我局能否直接进场审计本县一家民营大型企业的付款情况？",
    ["对大型企业支付", "民营大型企业"],
    "条例第二十七条规定审计机关对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督，对象不含民营大型企业；《民营经济促进法》第六十七条也仅指国家机关、事业单位和国有企业。",
    present=["国有大型企业支付中小企业款项情况实施审计监督"],
    related=[E(SME, "第二十七条", "审计机关依法对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督")])

unans("false_premise",
    "Under the SME payment regulation, the complaint-accepting department must pass a complaint on to the handling department within 5 working days of formally accepting it, right? How is that 5-day period counted when it spans a public holiday?",
    ["5 working days", "5个工作日"],
    "Article 25 sets 10 working days (自正式受理之日起10个工作日内) for transferring a complaint, not 5; the regulation says nothing about counting across public holidays.",
    lang="en", present=["10个工作日内"],
    related=[E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "按规定，审计机关对国有大型企业支付中小企业款项情况的审计监督应当多久开展一次？是否要求每年至少覆盖一次？",
    ["每年至少", "审计周期"],
    "条例第二十七条和《民营经济促进法》第六十七条只规定审计机关依法实施审计监督，未规定审计频次或覆盖周期。",
    present=["实施审计监督", "进行审计监督"])

unans("not_covered",
    "拖欠中小企业款项达到多少金额，才属于第二十三条所说的“情节严重”、需要予以督办通报？",
    ["万元", "金额标准"],
    "第二十三条只规定对情节严重的予以督办通报，未给出任何金额标准；文件中没有“情节严重”的数额界定。",
    present=["情节严重", "督办通报"])

unans("not_covered",
    "How many arrears complaints did the national SME arrears complaint platform receive last year, and what was its resolution rate?",
    ["resolution rate", "办结率"],
    "SME Article 24 only says the State Council department builds a national unified complaint platform; the NDRC notice names the MIIT registration (complaint) platform. No document gives complaint counts or resolution statistics.",
    lang="en", present=["投诉平台", "Registration (Complaint) Platform"])

unans("not_covered",
    "中小企业就规模类型发生争议、向县工信部门申请认定时，需要缴纳多少认定费用？认定结论多少天内作出？",
    ["认定费", "认定期限"],
    "条例第二十九条只规定可向主张为中小企业一方所在地的县级以上部门申请认定、有关部门应协助，未规定收费或认定期限。",
    present=["申请认定", "企业规模类型测试平台"])

unans("not_covered",
    "审计机关在审计中发现机关单位拖欠中小企业款项、需追究责任人员的，向纪检监察机关移送问题线索的具体程序和时限是什么？",
    ["审计机关移送", "移送时限"],
    "条例第二十七条只规定审计监督，第三十一条规定由上级机关、主管部门责令改正并给予处分；文件未规定审计机关移送线索的程序或时限（政务处分法第四十四条的“移送”指监察机关移送主管机关）。",
    present=["实施审计监督", "移送"])

unans("not_covered",
    "一家中小企业起诉县住建局拖欠工程款，依据这些规定，法院判决支持其全部逾期利息请求的可能性有多大？",
    ["胜诉", "胜诉率"],
    "条例第十七条规定了逾期利息标准，《民营经济促进法》第六十八条规定法院依法及时立案审理，但文件不对个案诉讼结果作出预测。",
    present=["逾期利息", "依法及时立案、审理、执行"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年《保障中小企业款项支付条例》（国务院令第728号）自2020年9月1日起施行时，对大型企业从中小企业采购的付款期限是怎么规定的？与现行条文相比有何变化？",
    ["2020年9月1日"],
    "语料只收录2025年国务院令第802号修订后的条例全文（自2025年6月1日起施行），未收录2020年原条例的条文，无法比较。",
    present=["第728号", "2025年6月1日"])

unans("superseded",
    "2018年国资委印发的《中央企业合规管理指引（试行）》中，对合规委员会和合规负责人的职责是如何规定的？",
    ["合规管理指引", "试行"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），其第十一条、第十二条规定合规委员会和首席合规官；2018年试行指引的内容不在文件中。",
    present=["合规委员会", "首席合规官"])

unans("superseded",
    "《民营经济促进法（草案）》征求意见稿中，关于国家机关、事业单位、国有企业不得拖欠民营经济组织账款的条款是第几条？表述与正式文本有何不同？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过的正式文本（第六十七条），不含草案或征求意见稿。",
    present=["第六十七条", "不得强制要求以审计结果作为结算依据"])

unans("superseded",
    "In the 2020 version of the SME payment regulation, was a contract allowed to provide that audit results would serve as the settlement basis? How did that exception read before the 2025 revision?",
    ["2020 version", "Decree No. 728"],
    "The corpus holds only the 2025 revised text (Decree No. 802), whose Article 12 allows an exception only where laws or administrative regulations provide otherwise; the wording of the 2020 original is not in any document.",
    lang="en", present=["第728号", "法律、行政法规另有规定的除外"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "我局一名合同制审计辅助人员劳动合同到期，单位决定不再续签，需要向其支付经济补偿吗？按几个月工资计算？",
    ["经济补偿"],
    "劳动合同终止的经济补偿属劳动法问题，七份文件均未涉及。",
    present=["劳动关系"])

unans("out_of_domain",
    "公司给政府部门开具的增值税专用发票金额开错了，对方已认证抵扣，现在应该怎么开红字发票冲销？",
    ["增值税", "红字发票"],
    "增值税发票开具与冲红属税务操作问题，文件均未涉及。",
    present=["电子发票"])

unans("out_of_domain",
    "Our company is paying an overseas consultant under a service contract signed with a government-owned client. What withholding tax rate applies to the payment?",
    ["withholding tax"],
    "Cross-border withholding tax is a tax-law question; none of the seven documents deals with it.",
    lang="en", present=[])
