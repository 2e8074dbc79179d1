"""Hard-case gold items, sixty-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the general manager of a private logistics firm in Guangzhou that bids for government contracts, and
his assistant; chatty, long-winded questions (mostly Chinese, some English) about officials at events and meals,
contracts broken after a leadership change, late payments, and what the Guangzhou guidelines say.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "陈总让我来问一下：我们公司前年跟白云区一个局签了三年的仓储配送合同，今年局里换了一把手，新局长说那是前任签的，"
    "他不认，要么降价三成，要么提前终止。我们就是个小民营企业，真不知道该怎么办。法律上有没有说政府换了领导就可以不履行合同？",
    "不可以。《民营经济促进法》第七十条规定，地方各级人民政府及其有关部门应当履行与民营经济组织订立的合同，"
    "不得以政府换届、相关人员更替等为由违约、毁约。",
    ["政府换届", "相关人员更替", "违约、毁约"],
    [E(PE, "第七十条", "应当履行依法向民营经济组织作出的政策承诺和与民营经济组织订立的合同"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")],
    lang="zh")

add("single",
    "我们刚中标市里一个事业单位的配送项目，对方发过来的合同写的是“服务完成后90天内付款”。老板说这个账期太长了，"
    "我们现金流扛不住。想问下：事业单位跟我们这种小企业签合同，付款期限到底有没有上限？",
    "有。《保障中小企业款项支付条例》第九条：机关、事业单位应当自货物、工程、服务交付之日起30日内支付款项；"
    "合同另有约定的从其约定，但付款期限最长不得超过60日，90天超出了上限。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "区里一个单位欠我们运费一百二十多万，合同到期后拖了快半年了。当时签合同根本没写逾期怎么算利息，"
    "我们财务说没写就要不到利息。是这样吗？没约定的话有没有一个标准可以参照？",
    "可以要。《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；"
    "对利率未作约定的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "Hi, I'm the GM's assistant at a logistics company here in Guangzhou. My boss keeps talking about 'the Guangzhou "
    "guidelines' on how to deal with officials (meals, site visits, that kind of thing) and wants me to dig up the "
    "original. Which office actually put them out, so I know whose website to look on?",
    "According to the lecture-hall report (¶7), the Guangzhou Municipal Commission for Discipline Inspection and "
    "Supervision issued the Guidelines, in two batches over two consecutive years.",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision"],
    [E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision has"),
     E(GZ, "¶7", "has issued two batches of the")],
    lang="en")

add("single",
    "We had a warehousing deal with a county government outside Guangzhou. After their reshuffle the new people simply "
    "stopped performing: they say nobody briefed them and the man who signed has moved on. Does the NDRC count that kind "
    "of thing as the government breaking its word, or is 'personnel changes' an acceptable excuse?",
    "It counts as a breach. NDRC notice II.(2): failure to perform due to institutional adjustments, personnel changes "
    "and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "今天去参加一个区属单位的物流服务招标说明会，对方说中标以后要交30万履约保证金，而且只收现金，不收银行保函。"
    "我们老板问：他们能这么硬性规定只收现金吗？",
    "不能。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；"
    "中小企业以金融机构出具的保函等提供保证的，应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "说个头疼的事：我们有个业务经理逢年过节给交通局一个科长送购物卡，一次几千块，老板今天才知道，吓了一跳。"
    "现在想搞清楚：这事要是被查出来，那个科长按法律会受什么样的处分？",
    "《公职人员政务处分法》第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；"
    "情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["予以警告、记过或者记大过", "予以降级或者撤职", "予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "上个月我们在那个拖欠中小企业款项的投诉平台上把一个区属单位投诉了，到现在一点动静都没有。我想知道正常流程下，"
    "处理部门多长时间要给我们答复？最长能拖多久？",
    "《保障中小企业款项支付条例》第二十五条：受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门；"
    "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果并书面反馈，情况复杂的经批准可延长，但最长不得超过90日。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "处理期限最长不得超过90日")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "再问一个更气人的：那个局换了领导以后，不光把合同停了，之前已经干完的三个月配送费也一直拖着不给。老板气得想直接去找他们上级。"
    "按民营经济促进法，这种情况政府那边要担什么责任？我们的损失能不能要回来？经手的人会不会被处理？",
    "第七十条禁止以政府换届、相关人员更替等为由违约、毁约；第七十三条规定，国家机关拒绝或者拖延支付民营经济组织账款、"
    "不履行依法订立的合同的，由有权机关予以纠正，造成损失的依法予以赔偿，造成不良后果或者影响的，"
    "对负有责任的领导人员和直接责任人员依法给予处分。",
    ["相关人员更替", "由有权机关予以纠正", "依法予以赔偿", "对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿"),
     E(PE, "第七十三条", "造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "我们有个大客户是一家大型国企，去年底他们换了总经理，我们的运费对账单就一直卡着，对方说新领导来了要重新走内部付款审批，"
    "让我们等。已经拖了四个多月。他们能拿这个当理由吗？我们想正式发函催款甚至去投诉，又怕得罪他们以后被穿小鞋，法规对这个有没有保护？",
    "不能。《保障中小企业款项支付条例》第十四条：机关、事业单位和大型企业不得以法定代表人或者主要负责人变更、履行内部付款流程等为由"
    "拒绝或者迟延支付中小企业款项；第二十条：不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。",
    ["法定代表人或者主要负责人变更", "履行内部付款流程", "恐吓、打击报复"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项"),
     E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("multi",
    "Long story, sorry. We signed a three-year delivery contract with a district bureau through a government procurement "
    "tender. A new director arrives, the contract is suddenly 'suspended pending review' and nobody returns our calls. "
    "Someone at a trade association dinner said the NDRC has a mechanism for exactly this. Where do we actually lodge "
    "the complaint, and what happens to it after we file, who checks whether it's true?",
    "NDRC notice II.(1): provincial credit leading departments set up special columns for breach of contract and "
    "dishonesty complaints, relying on credit websites, the Internet + Supervision platform, the MIIT SME arrears "
    "platform, local 12345 hotlines and other channels; government procurement contracts are in scope. II.(2): the "
    "complaint clues are transferred to the superior or competent departments of the complained entity for verification; "
    "if true, rectification is promoted, and refusal to rectify is confirmed as breach of contract and dishonesty.",
    ["special columns for breach of contract and dishonesty complaints", "local 12345 government service hotlines",
     "superior or competent departments of the complained entities"],
    [E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(2)", "superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "听说发改委2023年发过一个关于政府诚信履约的通知。我们被一个地级市的政府部门拖欠了两年的物流款，想知道如果这个市被认定有政府失信记录，"
    "发改委那边会对它采取什么实际的惩戒措施？这样我们谈判的时候心里也有个底。",
    "发改委通知III.(4)：对有失信记录的相关主体，限制中央预算内资金支持、限制申报地方政府专项债券、按规定限制推荐各类融资项目；"
    "对有政府失信记录的地级及以上城市，取消其发展改革系统评优评先和试点示范资格，加大城市信用监测扣分权重，"
    "取消社会信用体系建设示范区称号或资格。",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="zh")

add("cross_lingual",
    "我们前年跟番禺那边签了个招商引资协议，在那儿建了个冷链物流中心，协议里承诺了年产值和纳税指标。结果这两年行情不好，运价一直跌，"
    "指标肯定完不成，区里招商办的人最近口气也有点变了。广州那个政商交往指引第二批，对企业因为客观原因完不成指标这种情况是怎么说的？",
    "据广州廉洁合规讲堂报道（¶18），第二批指引明确：企业因客观原因未完成目标的，可以协商调整并享受宽限期；"
    "因政策变化导致协议无法履行的，可以完善程序或设置过渡期。",
    ["negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="zh")

add("cross_lingual",
    "Quick one from the boss. We're a small logistics outfit doing last-mile delivery as a subcontractor for a big "
    "national e-commerce company on a city government project. Their purchasing guy just told us flat out: 'we pay you "
    "when the government pays us.' Is that even allowed under Chinese law?",
    "No. Article 68 of the Private Economy Promotion Law: a large enterprise purchasing from small and medium private "
    "firms must agree reasonable payment terms and pay promptly, and may not make receipt of payment from a third party "
    "a condition for paying them.",
    ["合理约定付款期限并及时支付账款", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(PE, "第六十八条", "大型企业向中小民营经济组织采购货物、工程、服务等，应当合理约定付款期限并及时支付账款"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "有个烦心事：给一家大企业跑的一批货里，有两车他们说箱子压坏了，正在跟我们扯皮到底谁担责任。结果他们把整个月的钱全压着不给，"
    "说等这两车的事弄清楚了再一起结。可其他几十车明明都好好的啊，这样做说得过去吗？",
    "说不过去。《保障中小企业款项支付条例》第十五条：交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("paraphrase",
    "Something my boss keeps wondering about: suppose the city bureau that owed us finally coughs up the money and "
    "honours the deal after all. Does the black mark against them get wiped clean and do the penalties stop, or does "
    "it stick with them for good?",
    "It is lifted. NDRC notice III.(6): once the identifying department confirms the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the punishment "
    "measures terminated.",
    ["relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
      "我们给区卫健局配送防疫物资，上个月20号交的货。我记得《保障中小企业款项支付条例》写的是机关单位要在15天内付款，"
      "现在都快一个月了还没到账，是不是已经算违规了，可以直接去投诉？",
      ["15天内", "15日内"],
      "第九条规定机关、事业单位自交付之日起30日内支付（合同约定最长不超过60日），没有15天的付款期限；前提错误。",
      lang="zh", present=["30日内支付款项"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "老板让我搞明白一件事：为什么《民营经济促进法》允许政府换届以后，新领导对前任签的合同重新议价？"
      "我们这个仓储合同现在就被要求重新谈价格，是不是只能认了？",
      ["重新议价"],
      "第七十条恰恰相反：不得以政府换届、相关人员更替等为由违约、毁约；只有因国家利益、社会公共利益需要并依法定程序才可改变，且应补偿。"
      "法律没有允许换届后重新议价。",
      lang="zh", present=["政府换届", "相关人员更替"],
      related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")])

unans("false_premise",
      "Since the Guangzhou guidelines on government-business interactions were issued by the Municipal Federation of "
      "Industry and Commerce, does that mean they only really bind us businesses, not the officials we deal with at "
      "dinners and events?",
      ["issued by the Municipal Federation", "Federation issued"],
      "The GZ report (¶7) says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection "
      "and Supervision; the Federation of Industry and Commerce only attended the event and co-promoted the association. "
      "The premise about the issuer is wrong.",
      lang="en", present=["Federation of Industry and Commerce", "Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision has")])

unans("false_premise",
      "朋友说条例要求机关、事业单位每季度都要把拖欠中小企业款项的情况公开一次。我们想看看欠我们钱的那个单位有没有老老实实公开，"
      "这个季度的公示一般在哪儿能查到？",
      ["每季度"],
      "第十八条规定的是每年3月31日前公开上一年度逾期未付的合同数量、金额等信息，是按年公开，不是每季度。",
      lang="zh", present=["每年3月31日前"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
      "Just double-checking before the boss goes to dinner with the district people tonight: under the NDRC notice, the "
      "moment we file a complaint the bureau is automatically put on record as a dishonest government entity, right? "
      "He wants to use that as leverage.",
      ["automatically", "the moment we file"],
      "NDRC II.(2): complaint clues are first verified by the superior or competent department; if true, rectification is "
      "promoted, and only those who refuse to rectify are confirmed as breach of contract and dishonesty. Filing does not "
      "by itself create a record.",
      lang="en", present=["refuse to rectify"],
      related=[E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
               E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])

unans("false_premise",
      "昨晚行业协会的饭局上有人说，《公职人员政务处分法》规定公职人员只要接受企业宴请就一律开除。下周区里几个干部来我们仓库调研，"
      "我们本来想中午在附近酒楼安排一桌，这样一来他们是不是都会被开除？",
      ["一律开除"],
      "第三十四条第二款：接受可能影响公正行使公权力的宴请等活动安排，情节较重的予以警告、记过或者记大过，情节严重的予以降级或者撤职；"
      "并无“一律开除”的规定。",
      lang="zh", present=["宴请"],
      related=[E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
               E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")])

unans("false_premise",
      "既然《民营经济促进法》规定国家机关拖欠民营企业账款要按欠款金额双倍赔偿，那我们被区里拖了80万，是不是可以直接主张160万？",
      ["双倍"],
      "第七十三条只规定由有权机关予以纠正、造成损失的依法予以赔偿，没有双倍赔偿的规定；第十七条（支付条例）规定的是逾期利息。",
      lang="zh", present=["依法予以赔偿"],
      related=[E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
      "如果我们去拖欠中小企业款项的投诉平台投诉那个区属单位，要交投诉费或者受理费吗？大概多少钱？小公司能省则省。",
      ["投诉费", "受理费"],
      "支付条例第二十四、二十五条规定了投诉平台和受理、转交、处理时限，但没有说投诉是否收费、收多少。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "广州这两年通过投诉要回被拖欠账款的民营企业大概有多少家？成功率高不高？我们在考虑值不值得去折腾。",
      ["成功率", "追回"],
      "各文件只规定投诉渠道和处理程序；广州讲堂报道也没有任何投诉或追回欠款的统计数据。",
      lang="zh", present=["投诉"])

unans("not_covered",
      "Honest question from my boss: if we take the district government to court over the warehouse contract they "
      "cancelled after the leadership change, will we win, and roughly how much compensation can we expect?",
      ["court", "lawsuit", "compensation"],
      "PE art. 70 and BE art. 31 forbid breaking contracts over a change of government and require compensation when "
      "changes are needed in the public interest; PE art. 65 allows litigation. None predicts outcomes or amounts.",
      lang="en", present=["breach of contract"])

unans("not_covered",
      "At Guangzhou industry events officials sometimes stay on for lunch. What's the maximum per-person spend on a meal "
      "that the Guangzhou government-business interaction guidelines allow when a company hosts officials?",
      ["per person", "per-person", "yuan", "RMB"],
      "The GZ report (¶9) only says the first batch addresses 'what meals can be eaten and what vehicles can be taken'; "
      "it gives no spending limit. PS art. 34/35 set sanctions, not amounts.",
      lang="en", present=["what meals can be eaten"])

unans("not_covered",
      "We want to file a breach-of-contract complaint against a county bureau through the provincial credit website. "
      "What supporting documents do we need to attach: contract copy, invoices, business licence? Is there a set form?",
      ["supporting documents", "attach", "business license", "licence"],
      "NDRC II.(1) describes the special complaint columns and channels, but lists no documents or forms to submit.",
      lang="en", present=["special columns"])

unans("not_covered",
      "如果区政府确实是因为公共利益需要提前解除我们的运输合同，法律说要给补偿。那补偿一般按合同剩余金额的多少比例算？有没有具体标准？",
      ["补偿标准", "补偿比例"],
      "民营经济促进法第七十条、优化营商环境条例第三十一条只说应当（依法）予以补偿，没有补偿比例或计算标准。",
      lang="zh", present=["予以补偿"])

# =========================================================================== unanswerable: superseded

unans("superseded",
      "我们2021年签的那份合同，当时适用的是2020年国务院令第728号公布的原版《保障中小企业款项支付条例》。"
      "原版里对机关、事业单位的付款期限是怎么规定的？跟现在一样吗？",
      ["修订前", "原条例"],
      "语料只有2025年国务院令第802号修订后的文本（第728号只在题注中出现）；2020年原版条文不在语料中，无法比较。",
      lang="zh", present=["第728号"])

unans("superseded",
      "Before the Private Economy Promotion Law was passed, a draft was put out for public comment in 2024. Did that "
      "draft have the same rule against governments breaking contracts after a change of leadership, or was it worded "
      "differently?",
      ["draft", "public comment", "草案"],
      "The corpus holds only the law as adopted on 30 April 2025 (art. 70); no draft text is included.",
      lang="en", present=["政府换届"])

unans("superseded",
      "《优化营商环境条例》正式公布之前有个征求意见稿，里面关于政府不得因换届毁约的那一条，跟正式版本比有什么改动？",
      ["征求意见稿"],
      "语料只有2019年国务院令第722号正式文本（第三十一条）；征求意见稿不在语料中。",
      lang="zh", present=["政府换届"])

unans("superseded",
      "我们想参考央企的合规做法给公司搞一套制度。2018年国资委那个《中央企业合规管理指引（试行）》里，对合规委员会和合规负责人是怎么规定的？",
      ["试行", "2018"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一、十二条讲合规委员会和首席合规官）；2018年试行指引不在语料中。",
      lang="zh", present=["合规委员会", "首席合规官"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
      "我们有个货车司机的劳动合同下个月到期，公司不打算续签了。这种情况公司要不要给经济补偿金？按几个月工资算？",
      ["经济补偿金", "劳动合同"],
      "劳动用工问题，七份文件都不涉及劳动合同终止的经济补偿。",
      lang="zh")

unans("out_of_domain",
      "Our company invoices a government agency for freight every month. What VAT rate applies to road freight "
      "transport, and can the agency insist that we issue a special VAT invoice?",
      ["VAT", "value-added tax", "增值税"],
      "A tax question; none of the documents sets VAT rates or invoice types (BE art. 46 only mentions promoting e-invoices).",
      lang="en")

unans("out_of_domain",
      "我们公司一辆货车在广园快速路上被一辆政府公务车追尾了，对方单位说要走他们的内部程序，保险理赔这块我们该怎么走、多久能拿到钱？",
      ["追尾", "保险理赔"],
      "交通事故和保险理赔问题，不属于采购款项支付；七份文件都不涉及。",
      lang="zh")
