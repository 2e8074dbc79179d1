"""Hard-case gold items, hundred and thirty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a project manager at a mid-sized private construction firm in Guangzhou, writing terse Chinese
work-chat questions with amounts, days, rates and dates about acceptance, settlement by audit,
retention money, late-payment interest and complaints; false premises carry a wrong number, date,
rate or the wrong party's deadline.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- single

add("single",
    "我们是中小企业，给一家大型民企总包做分包，合同里没写付款时间，完工交付后他们最迟多少天内要付款？",
    "大型企业从中小企业采购工程，应当自交付之日起60日内支付款项（《保障中小企业款项支付条例》第九条第二款）。",
    ["自货物、工程、服务交付之日起60日内支付款项"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("single",
    "街道办拖了我们工程款120天，合同里没约定逾期利息，利息按啥标准算？",
    "迟延支付应付逾期利息；双方未约定利率的，按每日利率万分之五支付（条例第十七条）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "业主是大型国企，质保金非要我们交现金，我们开了银行保函他们不收，这合规吗？",
    "不合规：机关、事业单位和大型企业不得将保证金限定为现金，中小企业以金融机构出具的保函等提供保证的，应当接受（条例第十三条第二款）。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。")],
    lang="zh")

add("single",
    "拖欠投诉已经转到处理部门了，他们几天内要出结果？情况复杂的最多能拖多久？",
    "处理投诉部门应自收到投诉材料之日起30日内形成处理结果并书面反馈；情况复杂的经部门负责人批准可延长，但最长不超过90日（条例第二十五条第二款）。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "市里几个事业单位欠我们款，他们上一年逾期没付的合同数和金额，每年最晚几号之前要公开出来？",
    "机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息通过网站、报刊等方式公开（条例第十八条第一款）。",
    ["每年3月31日前"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")],
    lang="zh")

add("single",
    "想拿对总包的800万应收账款去银行做融资，总包是大企业，它多少天内必须给我们确权？",
    "中小企业以应收账款融资的，大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系（条例第十六条第二款）。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "合同写的验收合格后30天付款、验收期限15天，业主一直拖着不来验收，付款期从哪天开始算？",
    "业主拖延检验或验收的，付款期限自约定的验收期限届满之日起算（条例第十条第二款）。",
    ["付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算。")],
    lang="zh")

add("single",
    "我们跟区属业主在结算金额上差了几百万，谈崩了，政府会不会出面组织调解？",
    "会：县级以上地方人民政府对拖欠账款有争议的鼓励协商解决，对存在重大分歧的组织协商、调解，并发挥工商业联合会、律师协会等组织的作用（《民营经济促进法》第六十九条）。",
    ["对存在重大分歧的组织协商、调解"],
    [E(PE, "第六十九条", "对有争议的鼓励各方协商解决，对存在重大分歧的组织协商、调解"),
     E(PE, "第六十九条", "协商、调解应当发挥工商业联合会、律师协会等组织的作用")],
    lang="zh")

# --------------------------------------------------------------------------- multi

add("multi",
    "国企业主非要等审计局审完才跟我们结算，合同里根本没这条。这合法吗？他们死活不改谁来管？",
    "不合法：国有大型企业不得强制要求以审计机关的审计结果作为结算依据（条例第十二条）；没有法律、行政法规依据这样要求的，由其监管部门责令改正，拒不改正的对负有责任的国企管理人员给予处分（第三十三条第二款）。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正")],
    lang="zh")

add("multi",
    "跟区教育局的项目按进度结算，3月10日双方确认了结算金额，合同没约定付款期。他们最晚哪天要付？逾期了利息咋算？",
    "按进度结算的，付款期限自双方确认结算金额之日起算，机关单位须在30日内付款，即约4月9日前（条例第九条）；逾期未约定利率的，按每日利率万分之五支付逾期利息（第十七条）。",
    ["付款期限应当自双方确认结算金额之日起算", "30日内支付款项", "每日利率万分之五"],
    [E(SME, "第九条", "合同约定采取履行进度结算、定期结算等结算方式的，付款期限应当自双方确认结算金额之日起算。"),
     E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("multi",
    "我们是二级分包，合同是跟总包签的，想在国家平台上直接投诉业主拖款，能投吗？",
    "国家设有统一的拖欠中小企业款项投诉平台（条例第二十四条），但投诉人应当与被投诉人存在合同关系（第二十五条第四款），与业主无合同关系的分包只能投诉与其有合同关系的总包。",
    ["国家统一的拖欠中小企业款项投诉平台", "投诉人应当与被投诉人存在合同关系"],
    [E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉。")],
    lang="zh")

# --------------------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "发改委2023年1103号文里，政府部门因为换领导、机构调整就不履行合同，算不算违约失信？",
    "算。通知第II.(2)项规定，因机构调整、人员变动等原因不履行的，一律视为违约失信（regarded as breach of contract and dishonesty）。",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "按发改委那个政务诚信通知，区政府在政府投资项目里违约拖款，我们可以走哪些渠道投诉？",
    "通知第II.(1)项：省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部“违约拖欠中小企业款项登记（投诉）平台”、12345热线、营商环境投诉平台、信访部门等设立违约失信投诉专栏；范围包括政府投资领域的合同。",
    ["Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs",
     "local 12345 government service hotlines"],
    [E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments"),
     E(NDRC, "II.(1)", "industrial support, government investment, and other fields")],
    lang="zh")

add("cross_lingual",
    "Under China's SME payment regulations, can a large main contractor make paying us conditional on first getting paid by the project owner?",
    "No. Article 9 of the Regulations on Guaranteeing Payments to SMEs forbids a large enterprise from agreeing to make receipt of a third party's payment the condition for paying the SME, or paying in proportion to the third party's payments.",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项")],
    lang="en")

# --------------------------------------------------------------------------- paraphrase

add("paraphrase",
    "区里的项目要我们先自己掏钱把楼盖起来，等明年上面的钱批下来再给，这种要求站得住吗？",
    "站不住：政府投资项目所需资金应当落实到位，不得由施工单位垫资建设（条例第八条第二款）。",
    ["不得由施工单位垫资建设"],
    [E(SME, "第八条", "政府投资项目所需资金应当按照国家有关规定确保落实到位，不得由施工单位垫资建设。")],
    lang="zh")

add("paraphrase",
    "甲方不给现钱，非要拿半年后才能兑的票子抵我们的账，我们可以不收吗？",
    "可以：机关、事业单位和大型企业不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，也不得借此变相延长付款期限（条例第十一条）。",
    ["不得强制中小企业接受商业汇票"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "条例规定没约定逾期利息的按每日万分之三算；那业主欠我们100万拖了60天，利息就是1.8万吧？",
    ["万分之三"],
    "条例第十七条规定未约定利率的按每日利率万分之五（不是万分之三）支付逾期利息，前提错误。",
    lang="zh", present=["每日利率万分之五"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "为什么《保障中小企业款项支付条例》第九条给机关单位的付款期限是交付后90日，比大企业的60日还长？",
    ["交付之日起90日"],
    "第九条规定机关、事业单位应自交付之日起30日内付款，合同约定最长不超过60日；没有90日的规定，问题建立在错误期限上。",
    lang="zh", present=["交付之日起30日内支付款项", "最长不得超过60日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "大型企业也是每年3月31日前要把上年逾期没付中小企业的款项情况公开，对吧？我们总包到4月了还没公开，能告它超期吗？",
    ["大型企业应当于每年"],
    "第十八条的3月31日期限只针对机关、事业单位；大型企业是将逾期未付信息纳入企业年度报告，通过国家企业信用信息公示系统公示，条例未给大型企业规定3月31日期限。",
    lang="zh", present=["每年3月31日前", "纳入企业年度报告"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
             E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
    "条例要求县级以上地方政府每季度听一次保障中小企业款项支付工作的汇报。这个季度的汇报会点名哪些拖欠单位？",
    ["每季度"],
    "第二十二条规定的是县级以上地方人民政府每年定期听取汇报，不是每季度；文件也不涉及某次汇报点名哪些单位。",
    lang="zh", present=["每年定期听取"],
    related=[E(SME, "第二十二条", "县级以上地方人民政府应当每年定期听取本行政区域内保障中小企业款项支付工作汇报")])

unans("false_premise",
    "受理投诉部门收到投诉后5个工作日内必须转给处理部门，我们投诉已经7个工作日了还没转，算违规吧？",
    ["5个工作日"],
    "第二十五条规定受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门，不是5个工作日，7个工作日尚在期限内；前提错误。",
    lang="zh", present=["10个工作日内"],
    related=[E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门")])

unans("false_premise",
    "条例把工程质量保证金上限定成3%，业主扣了我们5%，多扣的部分怎么要回来？",
    ["3%", "5%"],
    "第十三条只说保证金的收取比例、方式应当符合法律、行政法规和国家有关规定，没有规定3%的上限；任何文件都没有这个比例。",
    lang="zh", present=["工程质量保证金", "保证金的收取比例"],
    related=[E(SME, "第十三条", "保证金的收取比例、方式应当符合法律、行政法规和国家有关规定")])

unans("false_premise",
    "既然条例第十七条说约定的逾期利率不能低于5年期LPR，我们合同写的是1年期LPR，这条约定是不是就无效了？",
    ["5年期"],
    "第十七条规定约定利率不得低于合同订立时1年期贷款市场报价利率，不是5年期；前提中的利率基准错误。",
    lang="zh", present=["1年期贷款市场报价利率"],
    related=[E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "质保期满了，条例规定业主多少天内必须把质保金退给我们？",
    ["日内退还", "退还期限"],
    "第十三条只要求在保证期限届满后“及时”核算并退还保证金，没有规定具体天数。",
    lang="zh", present=["在保证期限届满后及时与中小企业对收取的保证金进行核算并退还"])

unans("not_covered",
    "在国家那个拖欠中小企业款项投诉平台上投诉，要交多少手续费？",
    ["手续费", "投诉费"],
    "第二十四条规定建立国家统一的投诉平台，文件未提及投诉是否收费或收费金额。",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "去年全国拖欠中小企业款项投诉平台一共受理了多少件投诉？结案率多少？",
    ["结案率", "件投诉"],
    "条例只规定投诉平台的设立和处理期限，没有任何受理数量或结案率统计。",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "我们起诉区属业主拖欠600万工程款，按民营经济促进法第六十八条，我们胜诉的把握大吗？",
    ["胜诉"],
    "第六十八条只规定法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行并可调解，不能预测个案结果。",
    lang="zh", present=["依法及时立案、审理、执行"])

unans("not_covered",
    "合同没约定验收期限的话，业主要在竣工后多少天内完成验收？条例有没有默认天数？",
    ["日内完成验收", "竣工验收期限"],
    "第十条只要求双方在合同中约定明确、合理的检验或验收期限，法律另有规定的从其规定，本身没有默认天数。",
    lang="zh", present=["约定明确、合理的检验或者验收期限"])

unans("not_covered",
    "我们建筑公司去年营业收入3亿、员工500人，按条例算不算中小企业？",
    ["营业收入", "从业人员"],
    "第三条只说依据国务院批准的中小企业划分标准确定，文件未列出建筑业的具体划分指标。",
    lang="zh", present=["中小企业划分标准"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年那版条例（728号令）当时是哪天施行的？那版里大型企业的付款期限写的是多少天？",
    ["2020年9月1日"],
    "语料只有2025年国务院令第802号修订后的条例，首行仅注明2020年第728号令公布，未收录2020年原版的条文和施行日期。",
    lang="zh", present=["国务院令第728号"])

unans("superseded",
    "民营经济促进法草案征求意见稿里，关于拖欠民企账款的条文原来是怎么写的？",
    ["征求意见稿", "草案"],
    "语料只有2025年4月30日通过的正式法律文本（第六十七条、第六十八条），没有草案或征求意见稿。",
    lang="zh", present=["拒绝或者拖延支付民营经济组织账款"])

unans("superseded",
    "2018年国资委那个《中央企业合规管理指引（试行）》对合规委员会是怎么要求的？",
    ["指引（试行）", "2018年"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），其第十一条规定设立合规委员会；未收录2018年试行指引。",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "Our compliance team still cites the 2021 Edition of the GBA association's Guidelines for Enterprise Integrity and Compliance Construction. What did that edition say about vetting subcontractors?",
    ["2021 Edition", "subcontractors"],
    "The Guangzhou report only mentions that the association released the Guidelines for Enterprise Integrity and Compliance Construction (2023 Edition) in March 2024; no earlier edition and none of its content is in the corpus.",
    lang="en", present=["2023 Edition"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "工地上工人受伤了，公司要先垫付多少工伤赔偿？合同里约定了由分包承担的话政府还管吗？",
    ["工伤"],
    "文件涉及款项支付、营商环境、合规和政务处分，不涉及工伤认定或赔偿。",
    lang="zh")

unans("out_of_domain",
    "公司跟业主签的施工合同，印花税按合同金额的多少交？",
    ["印花税"],
    "文件不涉及具体税种税率；优化营商环境条例只原则性提到减税降费和办税服务。",
    lang="zh", present=["减税降费"])

unans("out_of_domain",
    "How many registered constructors does the government require a company to have for a Grade-2 general contracting qualification in building works?",
    ["constructors", "general contracting"],
    "No document covers construction enterprise qualification grades or staffing requirements; the business environment regulations mention 资质许可 only in general terms.",
    lang="en", present=["资质许可"])
