"""Hard-case gold items, hundred-and-sixty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a procurement officer (采购专员) at a district government department in Guangdong who signs
and pays contracts with private suppliers. Writes terse internal-note Chinese (拟、妥否、请示、经办),
often pastes a line from a colleague's WeChat message or an old meeting minute and asks whether it is
right, and regularly mixes up the SME payment rules with the government procurement law, tendering
rules and budget rules that these documents do not contain. Mostly Chinese; about a quarter of the
questions are in English, typed when a foreign or foreign-invested supplier is involved.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "供应商是小微企业，合同里逾期付款利息没约定利率。财务问：万一我们付晚了，利息按什么标准算？",
    "机关迟延支付中小企业款项应当支付逾期利息；合同未约定利率的，按照每日利率万分之五支付（《保障中小企业款项支付条例》第十七条）。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "拟在合同中约定履约保证金一律现金缴纳，供应商（小型企业）提出用银行保函代替。经办意见：不同意。妥否？",
    "不妥。机关、事业单位不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，机关应当接受（《保障中小企业款项支付条例》第十三条第二款）。",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金")],
    lang="zh")

add("single",
    "对方是央企下属公司，补充协议说要先过他们内部合规审查才能盖章，拖了快两周。这个合规审查是他们必须走的程序？",
    "是。《中央企业合规管理办法》第二十一条要求中央企业将合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规审查意见还应当由首席合规官签字。",
    ["将合规审查作为必经程序嵌入经营管理流程"],
    [E(SOE, "第二十一条", "中央企业应当将合规审查作为必经程序嵌入经营管理流程")],
    lang="zh")

add("single",
    "中秋供应商往科室寄了两张购物卡，经办同事收了。这个按政务处分法最重会怎么处理？",
    "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，降级或者撤职；情节严重的，予以开除（《公职人员政务处分法》第三十四条）。",
    ["予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")],
    lang="zh")

add("single",
    "供应商签合同时是小型企业，这两年做大了，现在说已经不算中小企业了。付款期限按签约时的规模算还是按现在的？",
    "按签约时：中小企业、大型企业依合同订立时的企业规模类型确定（《保障中小企业款项支付条例》第三条）。",
    ["依合同订立时的企业规模类型确定"],
    [E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定")],
    lang="zh")

add("single",
    "Quick one: does the NDRC 2023 notice on government integrity let a supplier complain about us breaching a "
    "government procurement contract, or is it only about investment promotion deals?",
    "It covers procurement too: under II.(1) the scope of breach of contract and dishonesty includes agreements and "
    "contracts signed by government departments with private enterprises in government procurement, bidding, "
    "investment promotion, PPP, industrial support, government investment and other fields.",
    ["government procurement, bidding, investment promotion"],
    [E(NDRC, "II.(1)", "private enterprises in government procurement, bidding, investment promotion")],
    lang="en")

add("single",
    "供应商拿对我们的应收账款去银行做保理，发函要我们确权。我们多长时间内要回复确认？",
    "中小企业以应收账款融资的，机关应当自中小企业提出确权请求之日起30日内确认债权债务关系（《保障中小企业款项支付条例》第十六条第二款）。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "Colleague forwarded an article on Guangzhou's Guidelines for government-business interactions (the discipline "
    "commission ones). How many scenarios do the two batches cover in total?",
    "33 scenarios across the two batches, and the report notes they cannot encompass all situations (¶10).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

# ---- multi

add("multi",
    "供应商是小企业，合同写“验收合格后付款”。货5月1日交的，我们6月10日才验收合格。付款期限从哪天起算？合同最长能约定多少天？",
    "约定以验收合格为付款条件的，付款期限自验收合格之日起算（第十条，但须在约定的验收期限内完成，拖延的自约定验收期限届满之日起算）；机关从中小企业采购应在30日内付款，合同另有约定的最长不得超过60日（第九条）。",
    ["付款期限应当自检验或者验收合格之日起算", "付款期限最长不得超过60日"],
    [E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("multi",
    "我局今年机构改革和另一个局合并了，之前跟民营供应商签的服务合同，新领导意思是“旧账不认，重新谈”。请示：能否以机构调整为由不再履行？",
    "不能。民营经济促进法第七十条规定地方政府及其部门不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；发改委政务诚信通知II.(2)也规定因机构调整、人员变动等原因不履行的，一律视为违约失信。",
    ["机构或者职能调整", "institutional adjustments, personnel changes"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="zh")

add("multi",
    "如果我们科没在规定期限内付中小企业的款，经办人和科长会受什么处理？处分一般有哪几种？",
    "条例第三十一条：未在规定期限内支付的，由上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。政务处分法第七条规定的种类为警告、记过、记大过、降级、撤职、开除。",
    ["未在规定的期限内支付中小企业货物、工程、服务款项", "对负有责任的领导人员和直接责任人员依法给予处分", "记大过", "撤职"],
    [E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(PS, "第七条", "第七条 政务处分的种类为：")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "Foreign supplier here, their mainland entity is a small company. Their rep asks if we'll hold the final "
    "payment until the audit bureau finishes and settle on the audited figures. Can we actually require that?",
    "Not as a forced condition: under Article 12 of the SME payment regulation, government agencies and public "
    "institutions may not compel settlement based on the audit authority's audit results, unless a law or "
    "administrative regulation provides otherwise.",
    ["不得强制要求以审计机关的审计结果作为结算依据", "法律、行政法规另有规定的除外"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="en")

add("cross_lingual",
    "Our supplier is a big multinational, so the SME payment regulation doesn't cover them. Is there still "
    "anything saying a government department can't just sit on their payments past the contract terms?",
    "Yes: Article 32 of the Regulations on Optimizing the Business Environment says state organs and public "
    "institutions must not breach contracts by delaying payment owed to market entities for goods, works and services.",
    ["国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款"],
    [E(BE, "第三十二条", "国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款")],
    lang="en")

add("cross_lingual",
    "我们单位前年有笔欠款被认定违约失信了，款现在已经全部付清。发改委那个政务诚信的通知里，失信记录能撤掉吗？",
    "可以修复：III.(6) 规定认定部门确认失信行为已纠正、履约完成后，应及时修复相关失信记录，并终止失信惩戒措施。",
    ["relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "打包项目里有几台设备供应商和我们对质量还在扯皮，别的货早就用上了也没毛病。领导意思是等全弄清楚再一起结，这样行吗？",
    "不行。交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务（《保障中小企业款项支付条例》第十五条）。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("paraphrase",
    "有家做印刷的小公司催钱催得很凶，还跑到上面告了我们一状。科里有人说以后别让他家再进我们的项目了，出出气。这么搞有没有问题？",
    "有问题。机关及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复（《保障中小企业款项支付条例》第二十条）。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "同事微信原话：“机关从中小企业采购，交付后45日内付款就行，合同里写到90天也合规。”拟照此在合同模板写“验收后90日内付款”，妥否？",
      ["45日", "90日内付款"],
      "《保障中小企业款项支付条例》第九条：机关、事业单位应当自交付之日起30日内支付；合同另有约定的，付款期限最长不得超过60日。微信里的45日、90天都与条文相反，不能照此拟合同。",
      lang="zh", present=["30日内支付款项", "最长不得超过60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "新修订的款项支付条例是2025年1月1日起施行的，那我们今年2月签的那批合同是不是都得按新条例的付款期限来？",
      ["2025年1月1日"],
      "修订后的《保障中小企业款项支付条例》第三十七条：本条例自2025年6月1日起施行，不是2025年1月1日；问题以错误的施行日期为前提。",
      lang="zh", present=["2025年6月1日"],
      related=[E(SME, "第三十七条", "本条例自2025年6月1日起施行")])

unans("false_premise",
      "为什么记过的处分期只有六个月？我们处一个同事被记过，人事说十二个月内不能晋升，是不是人事搞错了？",
      ["记过，六个月"],
      "政务处分法第八条：警告六个月，记过十二个月，记大过十八个月，降级、撤职二十四个月。记过的处分期是十二个月而不是六个月，问题的前提错误。",
      lang="zh", present=["记过，十二个月", "警告，六个月"],
      related=[E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
      "Supplier is a central SOE subsidiary. Their rep says the Central SOE Compliance Measures were issued by the "
      "Ministry of Finance in 2022, so our department must follow them as well. Which article puts that on us?",
      ["Ministry of Finance", "财政部"],
      "The Measures were issued by SASAC (国务院国有资产监督管理委员会令第42号), not the Ministry of Finance, and "
      "Article 2 limits them to central enterprises for which SASAC performs the investor's duties; nothing in "
      "them binds a district government department.",
      lang="en", present=["国务院国有资产监督管理委员会令第42号"],
      related=[E(SOE, "-", "国务院国有资产监督管理委员会令第42号公布"),
               E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业")])

unans("false_premise",
      "Foreign supplier emailed: \"under NDRC's 2023 notice, once we file a complaint your department is "
      "automatically put on the dishonesty list.\" Before I reply, how long does that listing stay on?",
      ["automatically"],
      "NDRC notice II.(2): complaint clues go to the superior or competent department for verification; if untrue "
      "the complainant gets feedback, if true rectification is pushed, and only those who refuse to rectify are "
      "confirmed as breach of contract and dishonesty. Nothing is automatic on filing, and the notice sets no "
      "listing period (III.(6) only provides restoration once corrected).",
      lang="en", present=["Those who refuse to rectify"],
      related=[E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])

unans("false_premise",
      "看到广州市纪委一共出了三批《政商交往指引》，第三批是不是专门讲招商引资的？采购跟企业吃饭这块在哪一批？",
      ["三批", "third batch", "three batches"],
      "广州讲堂报道¶7：广州市纪委监委连续两年发布了两批《指引》，不是三批；第二批聚焦从招商引资到项目落地的全周期服务（¶9）。“第三批”不存在。",
      lang="zh", present=["two batches"],
      related=[E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

unans("false_premise",
      "旧会议纪要一句：“供应商中小企业身份有争议的，统一由区市场监督管理局认定。”请示：是否继续按此执行？",
      ["由市场监督管理部门认定", "市场监督管理局"],
      "条例第二十九条：对中小企业规模类型有争议的，向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合管理的部门申请认定；市场监督管理等部门只是应请求提供协助。纪要所写的认定机关与条文不符。",
      lang="zh", present=["负责中小企业促进工作综合管理的部门申请认定"],
      related=[E(SME, "第二十九条", "向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合管理的部门申请认定")])

# ---- not_covered

unans("not_covered",
      "政府采购合同签完后，几个工作日内要在网上公告？",
      ["2个工作日", "合同公告"],
      "合同公告时限属于政府采购法及其实施条例的内容，七份文件都没有规定；款项支付条例只管付款期限。",
      lang="zh")

unans("not_covered",
      "拟对一家小微供应商先付合同额30%的预付款，有没有规定预付款比例上限？",
      ["预付款"],
      "七份文件都没有关于预付款或其比例的规定；款项支付条例只规定交付后的付款期限、保证金等。",
      lang="zh")

unans("not_covered",
      "去年全国拖欠中小企业款项投诉平台一共收到多少件投诉？广东占多少？",
      ["件投诉"],
      "条例第二十四条只规定建立国家统一的拖欠中小企业款项投诉平台，没有任何投诉数量统计。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "A supplier from HK with no mainland entity can't issue a fapiao. Can we still pay them against a commercial "
      "invoice, and what withholding tax applies?",
      ["fapiao", "withholding", "commercial invoice"],
      "None of the seven documents deals with invoices, fapiao or withholding tax on payments to overseas suppliers.",
      lang="en")

unans("not_covered",
      "逾期利息要是真付了，从哪个预算科目列支？能不能让经办人个人承担？",
      ["预算科目", "列支"],
      "条例第十七条只规定应当支付逾期利息及利率标准，没有规定从哪个预算科目列支，也没有由经办人个人承担的规定。",
      lang="zh", present=["逾期利息"])

unans("not_covered",
      "工程质量保证金最多能按合同额百分之几扣？群里说3%，有依据吗？",
      ["3%", "百分之三"],
      "条例第十三条只列明可收取工程质量保证金，并规定收取比例应当符合法律、行政法规和国家有关规定，本身没有给出任何比例。",
      lang="zh", present=["工程质量保证金"])

# ---- out_of_domain

unans("out_of_domain",
      "政采云上供应商报价单一直上传失败，提示文件格式不对，怎么处理？",
      ["政采云", "文件格式"],
      "采购平台操作问题，与七份文件无关。",
      lang="zh")

unans("out_of_domain",
      "What VAT rate applies when we import lab equipment from a German supplier, and who files the customs declaration?",
      ["VAT", "customs declaration"],
      "Import tax and customs filing; none of the seven documents covers it.",
      lang="en")

unans("out_of_domain",
      "单位电子签章的UKey过期了，续期找哪个部门？",
      ["UKey", "电子签章"],
      "办公设备/电子签章事务，与七份文件无关。",
      lang="zh")

# ---- superseded

unans("superseded",
      "2020年版的款项支付条例（728号令）里，机关付款期限原来是怎么写的？和这次修订比，哪些条款是新增的？",
      ["2020年9月1日"],
      "语料只收录2025年3月17日国务院令第802号修订后的文本，标题里仅提到2020年第728号令公布，原2020年版条文不在语料中，无法比对新旧条款。",
      lang="zh", present=["国务院令第728号"])

unans("superseded",
      "之前一直按2018年国资委那个《中央企业合规管理指引（试行）》在看，试行版里合规委员会是怎么规定的？",
      ["合规管理指引", "试行", "2018年"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一条规定合规委员会），没有2018年的试行指引，无法回答试行版的内容。",
      lang="zh", present=["合规委员会"])

unans("superseded",
      "Our foreign supplier's counsel keeps quoting the October 2024 draft of the Private Economy Promotion Law. What "
      "did that draft say about governments paying private firms on time?",
      ["October 2024", "征求意见稿"],
      "The corpus holds only the law as adopted on 30 April 2025 (in force 20 May 2025); no draft version is held, so "
      "what the October 2024 draft said cannot be answered.",
      lang="en", present=["2025年5月20日"])

unans("superseded",
      "以前按《行政监察法》，行政机关工作人员拖欠供应商款项能给什么处分？",
      ["行政监察法"],
      "语料里只有2020年的《公职人员政务处分法》（依据《监察法》制定），没有已废止的《行政监察法》文本，无法回答其规定。",
      lang="zh", present=["监察法"])
