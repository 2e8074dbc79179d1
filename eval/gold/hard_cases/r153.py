"""Hard-case gold items, hundred-and-fifty-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the accountant of a small construction subcontractor who thinks in dates and sums. She
asks with concrete delivery dates, invoice amounts, overdue days and deposit percentages ("goods
delivered on 3 March, when is the latest they must pay?", "how much interest on 200,000 yuan
overdue 45 days?"), often does the arithmetic herself and sometimes builds it on a rule she has
got wrong (a figure from an internal memo, a date she half remembers). She writes mostly in
Chinese, in a brisk office register with colloquial words (总包, 甲方, 尾款, 催款); when the Hong
Kong parent company's finance or compliance team asks her something, she writes in plain
business English.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "总包是大型企业，我们的货是3月3日交付的，合同里没写付款期限。按规定他们最晚哪天要把钱付给我们？",
    "大型企业从中小企业采购货物、工程、服务，应当自交付之日起60日内支付款项（《保障中小企业款项支付条例》第九条第二款）；"
    "3月3日交付、合同未另约定的，应在60日内付清，即大约5月2日前后。",
    ["大型企业从中小企业采购货物、工程、服务", "60日内支付款项"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("single",
    "20万元工程款逾期45天没付，合同里没约定逾期利率，利息应该怎么算？大概多少钱？",
    "未约定逾期利率的，按照每日利率万分之五支付逾期利息（《保障中小企业款项支付条例》第十七条），"
    "200,000元×0.05%×45天＝4,500元。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "总包除了收我们合同价5%的履约保证金、3%的质保金，现在又要一笔2万块的'安全文明施工保证金'，这个他们能收吗？",
    "不能。工程建设中除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金外，"
    "不得以任何形式收取其他保证金（《保障中小企业款项支付条例》第十三条第一款）；'安全文明施工保证金'不在这四种之内。",
    ["投标保证金、履约保证金、工程质量保证金、农民工工资保证金", "不得以任何形式收取其他保证金"],
    [E(SME, "第十三条", "除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金外，工程建设中不得以任何形式收取其他保证金")],
    lang="zh")

add("single",
    "合同写的是验收合格后付款，验收期限约定15天。我们6月1日完工报验，甲方拖到8月10日才来验收，那付款期限从哪天开始算？",
    "甲方拖延验收的，付款期限自约定的检验或者验收期限届满之日起算（《保障中小企业款项支付条例》第十条第二款），"
    "即从约定的15天验收期届满那天（约6月16日）起算，而不是从8月10日实际验收起算。",
    ["拖延检验或者验收的", "付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("single",
    "甲方项目处的一个处长因为吃拿卡要被记过了，处分决定是今年3月1日生效的。记过要多长时间才到期？",
    "记过的政务处分期间为十二个月，自政务处分决定生效之日起计算（《公职人员政务处分法》第八条），"
    "3月1日生效的，处分期到次年2月底（满十二个月）。",
    ["记过，十二个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "总包是央企，他们项目上有人暗示要给'好处费'才批我们的进度款。央企内部有没有举报的渠道？我们举报了会不会被穿小鞋？",
    "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱，并对举报人身份和举报事项严格保密；"
    "任何单位和个人不得以任何形式对举报人进行打击报复（《中央企业合规管理办法》第二十四条）。",
    ["设立违规举报平台", "对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("single",
    "Our HK parent is asking: a district bureau signed an investment agreement with us, then a new director took over "
    "and now they won't honour it, saying it was 'the previous leadership's deal'. Under the NDRC integrity notice, "
    "does that count as breach of contract and dishonesty?",
    "Yes. Under item II.(2) of the NDRC notice, failure to perform due to institutional adjustments, personnel changes "
    "and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("single",
    "I need a number for the parent company's compliance deck: how many scenarios do the two batches of Guangzhou's "
    "government-business interaction guidelines cover in total?",
    "According to the report on the 12th Integrity and Compliance Lecture Hall, the two batches of the Guidelines "
    "cover 33 scenarios (and these cannot encompass all situations).",
    ["33 scenarios", "two batches"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

# ---- multi

add("multi",
    "区里一个事业单位采购我们的工程，合同约定交付后45天付款，3月3日交付的，他们5月17日才把30万付过来，"
    "利率合同没写。45天这个约定有效吗？我们能要多少逾期利息？",
    "机关、事业单位应自交付之日起30日内付款，合同另有约定的从其约定但最长不得超过60日（第九条），45天的约定有效，"
    "应在4月17日前后付款；逾期约30天，未约定利率的按每日万分之五计息（第十七条），300,000×0.05%×30≈4,500元。",
    ["30日内支付款项", "付款期限最长不得超过60日", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("multi",
    "甲方是国有大型企业，工程3月份就结算完了，现在说新来的老总要重新走一遍付款审批，还要等审计局审完才付。"
    "这两个理由站得住吗？他们要是一直拖，国企的人会不会被处分？",
    "站不住：国有企业不得以人员变更、履行内部付款流程为由拒绝或者拖延支付，除法律、行政法规另有规定外不得强制要求以审计结果作为结算依据"
    "（《民营经济促进法》第六十七条）；国有大型企业拖欠中小企业款项造成不良后果或者影响的，对负有责任的国有企业管理人员依法给予处分"
    "（《保障中小企业款项支付条例》第三十三条）。",
    ["不得以人员变更、履行内部付款流程", "不得强制要求以审计结果作为结算依据", "对负有责任的国有企业管理人员依法给予处分"],
    [E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第三十三条", "国有大型企业拖欠中小企业款项，造成不良后果或者影响的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "区政府的一个部门欠我们工程尾款快一年了，除了打官司，我们能去哪些地方投诉？",
    "省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）受理拖欠中小企业款项的投诉，国务院负责中小企业促进工作综合管理的部门建立了国家统一的拖欠中小企业款项投诉平台"
    "（《保障中小企业款项支付条例》第二十四条）；发改委通知还要求省级信用牵头部门依托信用网站、工信部的违约拖欠中小企业款项登记（投诉）平台、"
    "12345热线、营商环境投诉平台等渠道设立违约失信投诉专栏（NDRC通知 II.(1)）。",
    ["受理对机关、事业单位和大型企业拖欠中小企业款项的投诉", "国家统一的拖欠中小企业款项投诉平台",
     "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"],
    [E(SME, "第二十四条", "受理对机关、事业单位和大型企业拖欠中小企业款项的投诉"),
     E(SME, "第二十四条", "建立国家统一的拖欠中小企业款项投诉平台"),
     E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "Main contractor (a big SOE) wants to settle our RMB 1.5m progress payment in 6-month commercial acceptance bills "
    "or e-receivable vouchers, take it or leave it. Can they force that on us?",
    "No. Under Article 11 of the Regulations on Ensuring Payments to SMEs, large enterprises may not force SMEs to accept "
    "commercial bills, electronic receivable vouchers or other non-cash payment, must agree such payment clearly in the "
    "contract, and may not use them to extend the payment period in disguise.",
    ["不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式", "变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="en")

add("cross_lingual",
    "We signed the subcontract in January 2024 as a small company. Our headcount and revenue have grown a lot since, "
    "and we may now count as a large enterprise. For that old contract, are we still treated as an SME under the payment regulation?",
    "Yes. Article 3 of the Regulations on Ensuring Payments to SMEs determines whether a party is an SME or a large "
    "enterprise by its size type at the time the contract was concluded, so the January 2024 contract keeps SME status.",
    ["中小企业、大型企业依合同订立时的企业规模类型确定"],
    [E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定")],
    lang="en")

add("cross_lingual",
    "发改委2023年那个1103号通知里，对有失信记录的政府主体会有哪些限制？比如还能不能申请地方政府专项债？我们在评估区政府欠款的风险。",
    "通知第III.(4)项：对有失信记录的相关主体，发改委将限制中央预算内资金支持、限制申报地方政府专项债券、限制推荐各类融资项目；"
    "对有政府失信记录的地级及以上城市，取消发改系统评优和试点示范资格、加大城市信用监测扣分权重等。",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "上周我打电话去要钱，对方项目经理在电话里说'再催，以后别想接我们的活'。这种话他们能说吗？",
    "不能。机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"
    "（《保障中小企业款项支付条例》第二十条）。",
    ["对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "街道办说中秋要搞活动，辖区每家公司出2万块'赞助'，不出的话以后办事'不好说'。这钱我们可以不给吗？",
    "可以不给。禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体有权拒绝任何形式的摊派"
    "（《优化营商环境条例》第十四条第三款）。",
    ["禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为", "市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "区住建局的项目，合同写的是交付后120天付款。我们3月3日交付的，那他们最晚7月1日付钱也不算违规吧？",
      ["120日", "120天"],
      "《保障中小企业款项支付条例》第九条第一款：机关、事业单位应自交付之日起30日内付款，合同另有约定的从其约定，"
      "但付款期限最长不得超过60日；120天的约定超出上限，不能据此认为7月1日付款合规。",
      lang="zh", present=["60日"],
      related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "公司内部备忘录写的是'合同没约定利率的，逾期利息按每日万分之三计'。那20万逾期45天，我跟总包要2,700块利息就对了吧？",
      ["万分之三"],
      "《保障中小企业款项支付条例》第十七条规定未约定利率的按照每日利率万分之五支付逾期利息，不是万分之三；"
      "按备忘录的比例算出的2,700元没有依据（按万分之五应为4,500元）。",
      lang="zh", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "Our HK treasury team says that once we ask the main contractor to confirm a receivable for factoring, "
      "the regulation gives them 15 days to confirm it. We asked on 1 June, so they're already late by 16 June, right?",
      ["15 days", "15日"],
      "Article 16 of the Regulations on Ensuring Payments to SMEs gives large enterprises 30 days (30日内) from the SME's "
      "request to confirm the creditor-debtor relationship, not 15 days; the deadline in the question rests on a wrong period.",
      lang="en", present=["30日内确认债权债务关系"],
      related=[E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")])

unans("false_premise",
      "机关事业单位每年6月30日前要把上一年度逾期没付中小企业的合同公开出来，那7月份我们去网上查区教育局去年的欠款信息应该就能查到了吧？",
      ["6月30日"],
      "《保障中小企业款项支付条例》第十八条规定机关、事业单位应当于每年3月31日前公开上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，"
      "不是6月30日；至于某个具体单位是否已公开、在哪查到，文件也没有答案。",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
      "The parent company's memo says that under the NDRC notice, a district government's dishonesty record is wiped "
      "automatically after three years. The district owes us since 2023, so does the record drop off in 2026?",
      ["three years", "3 years", "automatically"],
      "Item III.(6) of the NDRC notice ties credit restoration to the identifying department confirming that the dishonest "
      "behaviour has been corrected and performance completed; it sets no automatic three-year expiry.",
      lang="en", present=["credit restoration"],
      related=[E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")])

unans("false_premise",
      "按中央企业合规管理办法，央企的首席合规官是由纪委书记兼任的吧？那我们分包合同的合规问题是不是直接找他们纪委书记？",
      ["纪委书记"],
      "《中央企业合规管理办法》第十二条规定首席合规官由总法律顾问兼任，不是纪委书记；问题的前提不成立。",
      lang="zh", present=["总法律顾问"],
      related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
      "民营经济促进法是2025年1月1日起施行的，那国企今年2月拖着不付我们的那笔款，是不是也能按这部法去追？",
      ["2025年1月1日"],
      "《民营经济促进法》第七十八条规定本法自2025年5月20日起施行，不是2025年1月1日；问题以错误的施行日期为前提。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

# ---- not_covered

unans("not_covered",
      "总包要我们交合同价10%的履约保证金，这个比例超标了吗？法规规定的上限到底是多少？",
      ["10%", "百分之十", "上限"],
      "《保障中小企业款项支付条例》第十三条只规定保证金的收取比例、方式应当符合法律、行政法规和国家有关规定，"
      "并列出允许收取的四种保证金；七份文件都没有规定履约保证金的具体比例或上限。",
      lang="zh", present=["保证金的收取比例"])

unans("not_covered",
      "合同约定逾期利息按1年期LPR算。现在1年期LPR是多少？30万逾期60天按这个算是多少钱？",
      ["LPR", "3.0%", "3.1%"],
      "《保障中小企业款项支付条例》第十七条只规定约定利率不得低于合同订立时1年期贷款市场报价利率，"
      "文件没有给出该利率的具体数值，无法据此算出金额。",
      lang="zh", present=["贷款市场报价利率"])

unans("not_covered",
      "一笔12万的工程款欠了快三年了，一直没起诉。诉讼时效是几年？现在还来得及告吗？",
      ["诉讼时效"],
      "七份文件都没有规定民事诉讼时效；《民营经济促进法》第六十三条提到的是办案中遵守追诉期限，第六十八条只说法院对拖欠案件依法及时立案、审理、执行。",
      lang="zh", present=["追诉期限"])

unans("not_covered",
      "Does it cost anything to file a complaint on the national SME arrears complaint platform? Our HK office asks "
      "whether there's a filing fee we should budget for.",
      ["fee", "filing fee", "手续费"],
      "Article 24 of the SME payment regulation says a national unified complaint platform is set up and Article 25 gives "
      "the handling time limits, but none of the seven documents says anything about fees for filing a complaint.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "For the parent's annual review: how much overdue money owed to SMEs was actually cleared nationwide last year? "
      "A rough figure in billions of yuan is fine.",
      ["billion", "cleared", "亿元"],
      "The documents set payment rules and clean-up duties (e.g. the SME payment regulation's Articles 21-22, the NDRC "
      "notice's arrears information), but none gives a national figure for arrears cleared.",
      lang="en", present=["arrears"])

unans("not_covered",
      "条例里说有个企业规模类型测试平台可以自测，网址是多少？自测要填营业收入还是从业人数？",
      ["网址", "www", "营业收入"],
      "《保障中小企业款项支付条例》第二十九条只规定国务院主管部门建立企业规模类型测试平台、提供自测服务，"
      "没有给出网址，也没有规定自测时填报的指标。",
      lang="zh", present=["企业规模类型测试平台"])

# ---- out_of_domain

unans("out_of_domain",
      "我们做的是建筑分包，开专票的时候增值税税率是9%还是按简易计税3%？",
      ["增值税", "9%", "税率"],
      "增值税税率问题与七份文件（中小企业款项支付、营商环境、民营经济促进、政务处分、央企合规、政务诚信、广州政商交往指引报道）无关。",
      lang="zh")

unans("out_of_domain",
      "For the HK parent's consolidation, should I translate our RMB receivables into HKD at the closing rate or the "
      "average rate for the year?",
      ["HKD", "exchange rate", "consolidation"],
      "Foreign-currency translation for consolidated accounts is an accounting-standards question; none of the seven "
      "documents deals with it.",
      lang="en")

unans("out_of_domain",
      "个税专项附加扣除里，子女教育每个月能扣多少？年底汇算我要帮几个同事核一下。",
      ["专项附加扣除", "个人所得税"],
      "个人所得税专项附加扣除与七份文件无关。",
      lang="zh")

# ---- superseded

unans("superseded",
      "我们2024年签的合同是按老版条例（2020年9月1日起施行的那版）来的。老版里大型企业付款期限是怎么写的，跟现在的新版有什么不同？",
      ["2020年9月1日"],
      "语料只有2025年3月17日国务院令第802号修订、2025年6月1日起施行的《保障中小企业款项支付条例》，"
      "标题中只提到2020年国务院令第728号公布，没有收录2020年原版的条文，无法比较新旧版本。",
      lang="zh", present=["国务院令第728号", "2025年6月1日"])

unans("superseded",
      "2018年那个《中央企业合规管理指引（试行）》里，对合规委员会和合规管理部门是怎么分工的？我们总包的合规手册还引用的是那一版。",
      ["试行", "2018年"],
      "语料只收录2022年国资委令第42号《中央企业合规管理办法》（2022年10月1日起施行），没有2018年的试行指引文本。",
      lang="zh", present=["国资委令第42号"])

unans("superseded",
      "按2007年的《行政机关公务员处分条例》，记过的处分期是多少个月？甲方那位科长是按老规定处理的。",
      ["公务员处分条例", "2007年"],
      "语料只有2020年7月1日起施行的《公职人员政务处分法》，没有收录2007年的行政机关公务员处分条例。",
      lang="zh", present=["2020年7月1日"])

unans("superseded",
      "Before the 2023 NDRC notice there was the 2016 State Council guiding opinion on government integrity (Guo Fa "
      "[2016] No. 76). What did that 2016 version say about punishing local governments that default on contracts?",
      ["2016", "Guo Fa"],
      "The corpus holds only the NDRC notice Development and Reform Finance [2023] No. 1103 of August 5, 2023; the 2016 "
      "State Council opinion is not among the seven documents.",
      lang="en", present=["[2023] No. 1103"])
