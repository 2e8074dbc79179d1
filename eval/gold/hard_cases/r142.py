"""Hard-case gold items, hundred and forty-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a cadre at a Guangzhou street office (街道办) chatting casually in mixed Cantonese and Mandarin: what she
may accept from local businesses (mooncakes, meals, shopping cards, a ride), how the office must pay its vendors,
what happens to officials who break the rules, and now and then her own HR matters (leave, pay grade).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "中秋前有间茶楼老板送咗两盒月饼加一张购物卡过嚟街道办俾我，如果我收咗，按政务处分法会点处理㗎？",
    "政务处分法第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；"
    "情节较重的，降级或者撤职；情节严重的，开除。",
    ["礼品、礼金、有价证券等财物", "予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "区里有个商会会长约我哋科室去酒楼食饭，话佢埋单，我去咗会唔会有事？",
    "政务处分法第三十四条第二款：接受可能影响公正行使公权力的宴请等活动安排，情节较重的，予以警告、记过或者记大过；"
    "情节严重的，予以降级或者撤职。",
    ["宴请", "情节较重的，予以警告、记过或者记大过", "情节严重的，予以降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("single",
    "我哋街道办请咗间小型保洁公司，合同冇讲几时找数，咁要几耐之内俾钱先得？合同写90日得唔得？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位应当自交付之日起30日内支付；合同另有约定的从其约定，"
    "但付款期限最长不得超过60日，所以90日不行。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "如果我哋拖咗供应商啲钱，合同又冇写逾期利率，咁要赔几多利息俾人？",
    "《保障中小企业款项支付条例》第十七条：迟延支付应当支付逾期利息；未约定利率的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "我哋搞个小修缮工程，可唔可以要施工队一定交现金做保证金？佢哋话想用银行保函，我哋可唔可以唔收？",
    "《保障中小企业款项支付条例》第十三条：不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，"
    "机关、事业单位应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "听同事讲我哋每年都要公开欠中小企业嘅数，係咪有个截止日期？要公开啲乜嘢？",
    "《保障中小企业款项支付条例》第十八条：机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业款项的"
    "合同数量、金额等信息通过网站、报刊等方式公开。",
    ["每年3月31日前", "合同数量、金额等信息"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "财政科话啲工程款要等审计局审完，按审计结果先结算，条例容唔容许咁做㗎？",
    "《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，"
    "法律、行政法规另有规定的除外。",
    ["不得强制要求以审计机关的审计结果作为结算依据"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外")],
    lang="zh")

add("single",
    "万一我真係被处分咗，唔服气可以点申诉？要揾边个？",
    "政务处分法第五十五条：可以向作出决定的监察机关申请复审；对复审决定仍不服的，可以向上一级监察机关申请复核。",
    ["向作出决定的监察机关申请复审", "向上一级监察机关申请复核"],
    [E(PS, "第五十五条", "公职人员对监察机关作出的涉及本人的政务处分决定不服的，可以依法向作出决定的监察机关申请复审"),
     E(PS, "第五十五条", "公职人员对复审决定仍不服的，可以向上一级监察机关申请复核")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "我有个同事因为收咗商户嘅购物卡被记过，佢几耐之内唔可以升职？工资档次会唔会都受影响？",
    "记过的处分期为十二个月（政务处分法第八条）；处分期内公务员不得晋升职务、职级、衔级和级别，"
    "被记过的还不得晋升工资档次（第十九条）。",
    ["记过，十二个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("multi",
    "我哋同个装修小公司约定验收合格先俾钱，但科室一直拖住唔去验收，咁付款期限由几时开始计？拖验收又会有咩后果？",
    "条例第十条：拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算；第三十一条：机关、事业单位拖延检验、验收的，"
    "由上级机关、主管部门责令改正，拒不改正的对负有责任的领导人员和直接责任人员依法给予处分。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "拖延检验、验收", "责令改正"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "（二）拖延检验、验收；")],
    lang="zh")

add("multi",
    "如果我哋街道办长期拖住啲民营小企业嘅工程款唔俾，对单位本身同埋负责嘅领导会有啲咩后果？",
    "被认定失信的，记入信用记录，情节严重的向社会公示，并对机关在公务消费、办公用房、经费安排等方面采取限制措施"
    "（保障中小企业款项支付条例第二十六条）；拖延支付民营经济组织账款的由有权机关纠正，造成损失的赔偿，"
    "造成不良后果或者影响的对负有责任的领导人员和直接责任人员依法给予处分（民营经济促进法第七十三条）。",
    ["公务消费、办公用房、经费安排", "对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(SME, "第二十六条", "机关、事业单位和大型企业拖欠中小企业款项依法依规被认定为失信的"),
     E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施"),
     E(PE, "第七十三条", "国家机关、事业单位、国有企业违反法律、行政法规规定或者合同约定，拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第七十三条", "造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "广州纪委出嗰份政商交往指引，係咪有专门讲边啲饭可以食、边啲车可以坐？係边一批讲嘅？",
    "是。据讲堂报道（¶9），第一批指引系统回应了“what meals can be eaten and what vehicles can be taken”等常规政商交往问题。",
    ["first batch", "what meals can be eaten and what vehicles can be taken"],
    [E(GZ, "¶9", "the first batch systematically responded to regular government-business"),
     E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken")],
    lang="zh")

add("cross_lingual",
    "如果有个政府部门（唔係企业）因为违约被认定失信，之后要点样先可以修复信用、取消惩戒？",
    "国家发改委通知III.(6)：认定部门确认失信行为已纠正、履约完成后，应及时修复相关失信记录，终止失信惩戒措施。",
    ["corrected and performance completed", "promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="zh")

add("cross_lingual",
    "Our street office wants to pay a small cleaning contractor with a commercial acceptance bill instead of a bank "
    "transfer. Can we just make them take it?",
    "No. Under Article 11 of the SME payment regulations, non-cash payment must be clearly and reasonably agreed in "
    "the contract; the office may not force the SME to accept commercial bills or use them to stretch the payment period.",
    ["应当在合同中作出明确、合理约定", "不得强制中小企业接受商业汇票"],
    [E(SME, "第十一条", "使用商业汇票、应收账款电子凭证等非现金支付方式支付中小企业款项的，应当在合同中作出明确、合理约定"),
     E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "如果我收咗张卡之后，自己先去纪委讲清楚，再将张卡交返出去，处理上会唔会松手啲？",
    "政务处分法第十一条：主动交代本人违法行为、主动上交或者退赔违法所得的，可以从轻或者减轻给予政务处分。",
    ["可以从轻或者减轻给予政务处分", "主动交代本人应当受到政务处分的违法行为的", "主动上交或者退赔违法所得的"],
    [E(PS, "第十一条", "公职人员有下列情形之一的，可以从轻或者减轻给予政务处分"),
     E(PS, "第十一条", "主动交代本人应当受到政务处分的违法行为的"),
     E(PS, "第十一条", "主动上交或者退赔违法所得的")],
    lang="zh")

add("paraphrase",
    "我哋街道新嚟咗个书记，佢话上一任签落嘅单佢要重新睇过先过数，咁拖住唔找俾啲小公司得唔得？",
    "不得。《保障中小企业款项支付条例》第十四条：不得以法定代表人或者主要负责人变更、履行内部付款流程等为由，"
    "拒绝或者迟延支付中小企业款项。",
    ["不得以法定代表人或者主要负责人变更", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "点解《保障中小企业款项支付条例》要我哋机关喺货物交付后15日内就要俾钱？咁赶边度嚟得切？",
    ["15日内", "15日"],
    "The premise is wrong: Article 9 gives organs and public institutions 30 days from delivery (at most 60 days "
    "if the contract says so); no 15-day deadline exists anywhere in the corpus.",
    lang="zh", present=["30日内"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
    "条例第十八条讲机关每半年要公开一次逾期未付中小企业嘅款项，咁上半年嗰份要几时之前公开？",
    ["每半年", "上半年"],
    "Article 18 requires publication once a year, before 31 March, of the previous year's overdue contracts; "
    "there is no half-yearly disclosure, so the question about a first-half report rests on a false premise.",
    lang="zh", present=["3月31日前", "上一年度"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "国资委《中央企业合规管理办法》规定街道办事处都要设首席合规官，咁我哋街道应该点样揀人担任？",
    ["街道办事处", "街道"],
    "The SASAC measures apply only to central SOEs for which SASAC performs investor duties (Art. 2); the chief "
    "compliance officer (Art. 12) is a central-SOE post held by the general counsel. Nothing applies them to street offices.",
    lang="zh", present=["首席合规官", "中央企业"],
    related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业"),
             E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官")])

unans("false_premise",
    "既然政务处分法规定收受价值500元以下嘅礼品唔算违法，咁我收一盒月饼应该冇问题啩？",
    ["500元", "月饼"],
    "Article 34 sanctions accepting gifts, cash gifts or securities that may affect the fair exercise of public "
    "power; it sets no value threshold, so the 500-yuan exemption is invented.",
    lang="zh", present=["礼品、礼金、有价证券"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")])

unans("false_premise",
    "警告处分嘅处分期係三个月；咁即係我三个月之后就可以照常升职啦？",
    ["三个月"],
    "Article 8 sets the warning period at six months, not three; promotion is barred during the period (Art. 19), "
    "so the follow-up built on three months is wrong.",
    lang="zh", present=["警告，六个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

unans("false_premise",
    "The NDRC's 2023 notice gives provincial credit departments 15 working days to verify a breach-of-contract "
    "complaint against a government department. What happens if they miss that deadline?",
    ["working days", "15 working days"],
    "Item II.(2) only says complaint clues are to be transferred immediately to the superior or competent department "
    "for verification; it sets no 15-working-day verification deadline and no consequence for missing one.",
    lang="en", present=["immediately transfer"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract"),
             E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
    "The Guangzhou Guidelines on government-business interactions were put out by the Guangzhou Municipal "
    "People's Government in three batches, right?",
    ["three batches", "Municipal People's Government"],
    "The report says the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued two "
    "batches, one a year; both the issuer and the number of batches in the question are wrong.",
    lang="en", present=["two batches"],
    related=[E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
             E(GZ, "¶7", "has issued two batches of the Guidelines")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "商户送嘅月饼，几多钱以内先唔算违规？有冇一个具体金额标准？",
    ["月饼", "金额标准"],
    "Art. 34 of the sanctions law turns on whether a gift 'may affect the fair exercise of public power'; no "
    "document gives a monetary threshold for gifts, and the Guangzhou report does not quote one either.",
    lang="zh", present=["礼品、礼金、有价证券", "可能影响公正行使公权力"])

unans("not_covered",
    "如果我对政务处分决定唔服，要喺收到决定书之后几多日内申请复审？过咗期限仲得唔得？",
    ["日内申请复审", "三十日"],
    "Art. 55 gives the routes (复审 then 复核) and Art. 45 says the decision letter must state the route and time "
    "limit, but the law itself states no number of days for applying.",
    lang="zh", present=["申请复审、复核的途径和期限", "申请复审"])

unans("not_covered",
    "供应商上拖欠中小企业款项投诉平台投诉我哋，要唔要交投诉费？定係免费？",
    ["投诉费", "免费"],
    "SME regulations Arts. 24-25 set up the complaint platform, the 10-working-day transfer and 30/90-day handling "
    "limits, but say nothing about a fee for complaining.",
    lang="zh", present=["投诉平台", "10个工作日内"])

unans("not_covered",
    "How many officials in Guangzhou have been disciplined for breaking the government-business rules since the "
    "first batch of the Guidelines came out?",
    ["disciplined"],
    "The Guangzhou report describes the two batches, the 33 scenarios and enterprise reactions, but gives no "
    "enforcement statistics on officials sanctioned.",
    lang="en", present=["two batches", "33 scenarios"])

unans("not_covered",
    "有间小装修公司话要入禀法院告我哋街道办拖数，你睇我哋场官司会唔会输？",
    ["胜诉", "败诉"],
    "PE Art. 68 says courts shall promptly accept, hear and enforce arrears cases; the documents cannot predict the "
    "outcome of a particular lawsuit.",
    lang="zh", present=["人民法院对拖欠中小民营经济组织账款案件依法及时立案"])

unans("not_covered",
    "商家老细话顺路车我返屋企，坐佢架车算唔算违纪？广州个指引具体点讲？",
    ["ride", "顺风车", "搭车"],
    "The Guangzhou report only says the first batch addressed 'what vehicles can be taken' without giving the rule; "
    "Art. 34 of the sanctions law lists banquets, travel, fitness and entertainment, not lifts in a business's car.",
    lang="zh", present=["what vehicles can be taken", "宴请、旅游、健身、娱乐"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布嗰个旧版《保障中小企业款项支付条例》，大型企业付款期限原本係点规定？",
    ["修订前", "原条例"],
    "The corpus holds only the 2025 revised text (Order No. 802); the header mentions the 2020 Order No. 728 "
    "publication but the earlier wording is not in the corpus, so its terms cannot be stated.",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "民营经济促进法草案征求意见稿入面，对拖欠民营企业账款嗰条係点写㗎？同正式版有咩唔同？",
    ["草案", "征求意见稿"],
    "Only the enacted law of 30 April 2025 is in the corpus (Arts. 67-68, 73 on arrears); no draft text is "
    "available to compare.",
    lang="zh", present=["拖延支付民营经济组织账款"])

unans("superseded",
    "2018年国资委嗰份《中央企业合规管理指引（试行）》对合规管理负责人有咩要求？",
    ["试行", "2018"],
    "The corpus has the 2022 SASAC Measures (Order No. 42, effective 2022-10-01), which set up the chief compliance "
    "officer; the earlier 2018 trial guideline is not in the corpus.",
    lang="zh", present=["首席合规官"])

unans("superseded",
    "What did the 2019 draft of the Public Official Sanctions Law say about officials accepting gifts from "
    "businesses?",
    ["draft", "first reading"],
    "Only the law as adopted on 20 June 2020 is in the corpus (Art. 34 on gifts); no draft version is held.",
    lang="en", present=["礼品、礼金、有价证券"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "我喺街道办做咗五年，今年年假有几多日？请年假要提前几耐同单位讲？",
    ["年假", "年休假"],
    "Annual leave entitlements for government staff are outside all seven documents.",
    lang="zh")

unans("out_of_domain",
    "我哋街道办科员嘅工资级别係点定㗎？正常要几多年先可以升一个档次？",
    ["级别工资", "工资标准", "两年"],
    "The sanctions law only says a disciplined official may not be promoted in pay grade during the sanction period "
    "(Art. 19); ordinary civil-servant pay-grade rules are not in any document.",
    lang="zh", present=["工资档次"])

unans("out_of_domain",
    "My husband's company wants to sign a labour contract with a new hire. What's the longest probation period "
    "the company can set?",
    ["probation", "labour contract"],
    "Probation periods under labour law are outside these documents on government integrity, payments to SMEs and "
    "official sanctions.",
    lang="en")
