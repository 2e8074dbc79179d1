"""Hard-case gold items, seventy-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a retired provincial official now teaching a weekend course for private entrepreneurs; asks in
formal Chinese and occasionally English, often framing questions as "a student asked me…" and quoting
half-remembered rules, numbers and article numbers, some of them wrong or taken from older rules.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "周末班上有位学员给区里一家事业单位供办公家具，合同里写的是“交货后九十天内付款”。他问我这个付款期限合不合规，请按现行规定帮我说明一下。",
    "不合规。《保障中小企业款项支付条例》第九条：机关、事业单位应当自交付之日起30日内支付款项；合同另有约定的从其约定，但付款期限最长不得超过60日，九十天超出了上限。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "有学员反映，一家大客户拖了他半年货款，当初签合同时双方压根没写逾期利息。请问这笔拖欠期间的利息，按规定应当怎么计算？",
    "《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付的应支付逾期利息；双方未约定利率的，按照每日利率万分之五支付（有约定的，约定利率不得低于合同订立时1年期LPR）。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "课间有位学员私下问我：他表哥在街道办工作，去年受了个记大过处分，这个处分要背多长时间才算期满？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月，自政务处分决定生效之日起计算。",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "一位做食品加工的学员说，他的贷款明明还没到期，银行却突然通知要提前收回，说法含糊其辞。民营经济促进法对银行这种做法有什么说法？",
    "《民营经济促进法》第二十四条第二款：金融机构违反与民营经济组织借款人的约定，单方面增加放贷条件、中止发放贷款或者提前收回贷款的，依法承担违约责任。",
    ["提前收回贷款的，依法承担违约责任"],
    [E(PE, "第二十四条", "金融机构违反与民营经济组织借款人的约定，单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任")],
    lang="zh")

add("single",
    "学员抱怨：市里一个管企业的新文件，挂到网上征求意见才一个星期就截止了，他们商会还没来得及讨论。按《优化营商环境条例》，这个时间够不够？",
    "不够。《优化营商环境条例》第六十二条：制定与市场主体生产经营活动密切相关的行政法规、规章、行政规范性文件，除依法需要保密外应向社会公开征求意见，期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见，并建立健全意见采纳情况反馈机制"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "有位在央企二级公司做法务的学员说，集团要设“首席合规官”。他问：这是不是要再增设一个领导职位？由什么人来担任？",
    "不新增。《中央企业合规管理办法》第十二条：中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "One of my weekend students signed an investment agreement with a county government; after the deputy county head who negotiated it was transferred, the county stopped honouring it. Under the NDRC's 2023 notice on government integrity, is a change of officials an acceptable excuse?",
    "No. NDRC notice II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes,"),
     E(NDRC, "II.(2)", "and other reasons shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "学员上个月在拖欠中小企业款项的投诉平台上投诉了一家拖款的单位，一直没动静。他问我：按规定多久应该给他一个处理结果？",
    "《保障中小企业款项支付条例》第二十五条：受理投诉部门自正式受理起10个工作日内转交处理投诉部门；处理投诉部门自收到投诉材料之日起30日内形成处理结果并书面反馈，情况复杂的经批准可延长，但最长不得超过90日。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "学员给一家市属国企做装修工程，完工快半年了，对方一直说“等审计局审完再结算”。我想在课上讲讲：这种做法站得住吗？现行法律法规分别怎么规定的？",
    "站不住。《民营经济促进法》第六十七条：国有企业除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据；《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。",
    ["不得强制要求以审计结果作为结算依据", "不得强制要求以审计机关的审计结果作为结算依据"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("multi",
    "中秋前，一位学员想给主管部门的科长送几张购物卡“联络感情”。我想把利害讲清楚：对收卡的科长、对送卡的企业，现行法律各自是怎么规定的？",
    "对公职人员：《公职人员政务处分法》第三十四条，收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过，情节较重、严重的降级、撤职直至开除。对企业：《民营经济促进法》第三十六条，民营经济组织不得通过贿赂和欺诈等手段牟取不正当利益。",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的", "不得通过贿赂和欺诈等手段牟取不正当利益"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")],
    lang="zh")

add("multi",
    "学员给一家大型车企供零部件，合同写的是“验收合格后付款”，可对方迟迟不组织验收。学员问：付款期限究竟从哪天起算？没有另外约定的话，对方最多能拖多久？",
    "《保障中小企业款项支付条例》第十条：约定验收合格后付款的，付款期限自验收合格之日起算；拖延验收的，自约定的验收期限届满之日起算。第九条：大型企业应当自交付（此处即上述起算日）起60日内支付，合同另有约定的从其约定但须合理约定、及时支付。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "60日内支付款项"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "有学员问：按国家发展改革委2023年那份关于完善政府诚信履约机制的通知，地方政府被认定为违约失信以后，要满足什么条件才能修复信用、解除惩戒？",
    "NDRC 通知 III.(6)：各级信用牵头部门统筹指导信用修复；认定部门确认失信行为已纠正、履约已完成后，应及时修复相关失信记录并终止失信惩戒措施。",
    ["corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "and dishonesty punishment measures terminated")],
    lang="zh")

add("cross_lingual",
    "广州市纪委监委出的那套政商交往场景指引，学员里有几位做招商对接的特别关心：招商引资项目最后没达到预期，经手的干部会不会被追责？",
    "据广州讲堂报道（第二批指引）：只要招商过程尽职合规，即使项目未达预期，相关人员也不会被盲目追责；企业因客观原因未完成目标可协商调整、享受宽限期。",
    ["will not be held blindly accountable"],
    [E(GZ, "¶18", "investment promotion process is carried out with due diligence and compliance"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
     E(GZ, "¶18", "even if the project fails to meet expectations")],
    lang="zh")

add("cross_lingual",
    "I retired from the provincial government myself, so a student asked me half-jokingly: if an official's misconduct from his working years only comes to light after he retires, can the supervisory commission still impose a governmental sanction on him?",
    "Under Article 27 of the Law on Governmental Sanctions for Public Officials, a retired official is no longer given a governmental sanction, but may be placed on file and investigated; where demotion, removal or expulsion would apply, his benefits are adjusted accordingly and illicit gains are handled under Article 25.",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "班上一位做外包的学员说，他的客户是家上市集团，对方放话：“等我们的甲方把钱打过来，再给你们结。”这种说法有没有问题？",
    "有问题。《保障中小企业款项支付条例》第九条：大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件，也不得按第三方付款进度比例支付；《民营经济促进法》第六十八条同样规定。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("paraphrase",
    "有位学员一直以自己名义开着一家小饭馆，这几年生意做大了，想改成有限公司的架子来经营。国家在这方面有没有什么帮扶？",
    "有。《民营经济促进法》第四十八条第二款：个体工商户可以自愿依法转型为企业，登记机关、税务机关和有关部门为其转型提供指引和便利。",
    ["个体工商户可以自愿依法转型为企业", "提供指引和便利"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业。登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "一位学员说，《保障中小企业款项支付条例》第九条规定大型企业必须在收货后90日内付款。他那份合同写的是120天，是不是比法定期限多出了30天？",
    ["90日内支付", "120日"],
    "第九条规定大型企业应当自交付之日起60日内支付（合同另有约定的从其约定，须合理约定）；没有“90日”付款期，90日只出现在第二十五条投诉处理期限。前提错误。",
    lang="zh", present=["60日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "条例要求机关、事业单位在每年6月30日前公开上一年度逾期未付中小企业款项的信息，对吧？学员想知道到时候去哪儿查。",
    ["6月30日"],
    "第十八条规定的公开时限是每年3月31日前，不是6月30日；公开方式为网站、报刊等便于公众知晓的方式。",
    lang="zh", present=["3月31日"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "Given that the NDRC notice (Development and Reform Finance [2023] No. 1103) gives provincial credit departments 15 working days to resolve each breach-of-contract complaint, what happens to a department that misses that deadline?",
    ["15 working days", "working days"],
    "Notice II.(2) only says provincial credit leading departments should immediately transfer complaint clues to the superior or competent department for verification; it sets no 15-working-day deadline and no sanction for missing one.",
    lang="en", present=["immediately transfer"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
    "政务处分法为什么把警告的处分期定为十二个月、跟记过一样长？学员觉得这样轻重不分，我也一时答不上来。",
    ["警告，十二个月"],
    "第八条规定警告的处分期为六个月，记过为十二个月，二者并不相同；问题的前提错误。",
    lang="zh", present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"), E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
    "《中央企业合规管理办法》第二十七条要求每季度开展一次合规管理体系有效性评价。学员所在央企的二级子公司，应当怎样安排这四次季度评价？",
    ["每季度", "季度"],
    "第二十七条只要求“定期开展合规管理体系有效性评价”并适时开展专项评价，没有规定按季度评价的频次。",
    lang="zh", present=["定期开展合规管理体系有效性评价"],
    related=[E(SOE, "第二十七条", "中央企业应当定期开展合规管理体系有效性评价")])

unans("false_premise",
    "《优化营商环境条例》规定涉企保证金一律以现金缴纳；所以学员公司以后投标、做工程时，就不能再拿银行保函来顶了吧？",
    ["一律以现金缴纳"],
    "恰好相反：营商环境条例第二十五条推广以金融机构保函替代现金缴纳涉企保证金；款项支付条例第十三条规定不得将保证金限定为现金，中小企业以保函提供保证的应当接受。",
    lang="zh", present=["保函"],
    related=[E(BE, "第二十五条", "推广以金融机构保函替代现金缴纳涉企保证金"),
             E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")])

unans("false_premise",
    "The Guangzhou Guidelines on government-business interactions in typical scenarios were issued by the Guangzhou Municipal People's Government, right? A student wants to cite the issuing body correctly in his company's compliance manual.",
    ["Municipal People's Government"],
    "The Guangzhou report says the two batches of Guidelines and Q&A were issued by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, not the municipal government.",
    lang="en", present=["Municipal Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
             E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "条例第三十四条说大型企业在年报里隐瞒逾期未付中小企业款项信息的，由市场监管部门依法处理。学员问：具体会被罚多少钱？有没有一个罚款幅度？",
    ["万元", "罚款数额"],
    "第三十四条只说由市场监督管理部门依法处理，没有规定罚款数额或幅度；其他文件也未规定。",
    lang="zh", present=["由市场监督管理部门依法处理"])

unans("not_covered",
    "How many breach-of-contract complaints against local governments have been published on the Credit China website so far, and what share of them ended up confirmed as government dishonesty?",
    ["number of complaints", "statistics"],
    "The NDRC notice says the commission will publicize local complaint columns and typical cases on Credit China, but gives no counts or outcome statistics.",
    lang="en", present=["Credit China"])

unans("not_covered",
    "学员的企业和采购方对它算不算中小企业有争议，准备去县里的中小企业主管部门申请认定。请问需要提交哪些材料？多少个工作日能拿到认定结论？",
    ["认定时限", "个工作日内作出认定"],
    "条例第二十九条只规定可以向主张为中小企业一方所在地的县级以上中小企业主管部门申请认定、相关部门提供协助，没有规定申请材料或认定期限。",
    lang="zh", present=["申请认定"])

unans("not_covered",
    "一位学员跟县政府签了招商协议，换届后新班子不认账，他打算起诉。按民营经济促进法第七十条，他这官司能打赢吗？大概能拿回多少补偿？",
    ["胜诉", "败诉"],
    "第七十条规定地方政府不得以政府换届等为由违约毁约、因公共利益改变约定的应予补偿，但文件不可能预测个案诉讼结果或补偿金额。",
    lang="zh", present=["不得以行政区划调整、政府换届"])

unans("not_covered",
    "民营企业纠正了失信行为后申请信用修复，要向哪个部门交多少手续费？学员想提前做个预算。",
    ["手续费", "信用修复费"],
    "民营经济促进法第五十四条规定可以提出信用修复申请、有关机关应依法及时解除惩戒；发改委通知III.(6)讲修复机制；均未涉及任何收费。",
    lang="zh", present=["信用修复申请"])

unans("not_covered",
    "What per-person spending cap on working meals with enterprises does the first batch of the Guangzhou government-business interaction Guidelines set?",
    ["per person", "yuan", "RMB"],
    "The Guangzhou report only says the first batch responded to issues like 'what meals can be eaten and what vehicles can be taken'; it gives no spending figure.",
    lang="en", present=["what meals can be eaten"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "我记得国资委2018年发过一份《中央企业合规管理指引（试行）》。有学员问：那份试行指引里，合规委员会是怎么设置的？",
    ["中央企业合规管理指引", "试行", "2018年"],
    "语料只有2022年《中央企业合规管理办法》（第十一条规定设立合规委员会），不含2018年试行指引的文本。",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "我当年在机关时用的是2007年的《行政机关公务员处分条例》。按那个条例，记过处分的期间是多久？学员想跟现行规定对照一下。",
    ["行政机关公务员处分条例", "2007年"],
    "语料只有2020年《公职人员政务处分法》（第八条记过十二个月），不含2007年处分条例的文本。",
    lang="zh", present=["记过，十二个月"])

unans("superseded",
    "《优化营商环境条例》2019年夏天公开征求意见时的那个征求意见稿里，政企沟通机制是怎么写的？和正式公布的文本有什么差别？",
    ["征求意见稿"],
    "语料只有2019年10月公布的正式条例（第四十八条政企沟通机制），不含征求意见稿文本，无从比较。",
    lang="zh", present=["政企沟通机制"])

unans("superseded",
    "A student brought a printout of the original 2020 SME payment regulation (State Council Decree No. 728), before this year's revision. Under that original text, within how many days did a large enterprise have to pay an SME when the contract said nothing?",
    ["修订前", "原条例", "2020年版"],
    "The corpus holds only the 2025 revised text (Decree No. 802; Article 9: 60 days for large enterprises); it mentions Decree No. 728 only as the original promulgation and does not give the original text.",
    lang="en", present=["第728号", "60日内支付款项"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "学员公司要跟离职的销售总监签竞业限制协议。请问补偿金每月至少要给多少？合同怎么约定才有效？",
    ["竞业限制", "经济补偿"],
    "劳动合同法上的竞业限制问题，不在七份文件范围内。",
    lang="zh")

unans("out_of_domain",
    "A student's company pays an overseas consultant under a service contract. What withholding tax rate applies to that payment, and will the government allow a reduced rate under a tax treaty?",
    ["withholding tax", "tax treaty"],
    "International tax question; none of the seven documents deals with tax rates or treaties.",
    lang="en")

unans("out_of_domain",
    "学员问：公司收到的政府产业扶持补贴，在企业所得税上可不可以作为不征税收入处理？",
    ["企业所得税", "不征税收入"],
    "税务处理问题，不在七份文件范围内。",
    lang="zh")
