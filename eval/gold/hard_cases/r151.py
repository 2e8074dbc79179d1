"""Hard-case gold items, hundred-and-fifty-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a skeptical netizen posting in a forum thread about government arrears, officials and
business rules. Writes mostly in Chinese with some English, in rhetorical and negated questions
("难道……就没人管吗？", "不是说……吗？", "Isn't it true that…"), sarcasm ("呵呵", "lol", "合规个寂寞"),
and claims stated as common knowledge, some of them right and some of them wrong; drifts off topic
now and then.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "难道机关事业单位买了小企业的东西，钱想拖多久就拖多久？合同里随便写个付款期就完事了？",
    "不能。机关、事业单位从中小企业采购，应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的从其约定，"
    "但付款期限最长不得超过60日（《保障中小企业款项支付条例》第九条第一款）。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "记大过不就是走个过场吗？发个文过两天就没事了吧，难道还真有个期限？",
    "有期限。政务处分法第八条规定记大过的处分期为十八个月，政务处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "都说当官的只要熬到退休就平安着陆了，退了休再查出问题也不处分，是不是真的？那岂不是白捡？",
    "一半对。政务处分法第二十七条：已退休的公职人员退休前或退休后有违法行为的，不再给予政务处分，但可以立案调查；"
    "依法应当降级、撤职、开除的，应当相应调整其享受的待遇，违法取得的财物依第二十五条处理（没收、追缴或责令退赔）。",
    ["不再给予政务处分，但是可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("single",
    "在央企内部举报违规？呵呵，举报完身份就被捅出去，然后等着被穿小鞋吧，有哪条规定保护举报人吗？",
    "有。《中央企业合规管理办法》第二十四条：中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励；"
    "任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("single",
    "企业天天被拉去参加各种评比、达标、培训，去了还得交钱，难道企业连说不的权利都没有？",
    "有。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标、"
    "表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "Does a local govt breaking a deal because 'the official in charge got transferred' even count as dishonesty "
    "under that NDRC notice? Or is that just the perfect excuse lol",
    "It counts. Under item (2) of the NDRC notice, failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "How many scenarios do those Guangzhou government-business guidelines actually cover? "
    "Bet they can't cover every situation anyway.",
    "The two batches of the Guidelines cover 33 scenarios, and the report itself says they cannot encompass all "
    "situations; the core test is then whether an act is for the public good or for personal gain (GZ report, ¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "向政府投诉被拖欠货款，是不是投了就石沉大海？处理的部门到底有没有期限必须给个答复？",
    "有期限。《保障中小企业款项支付条例》第二十五条：处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人；"
    "情况复杂的经批准可适当延长，但处理期限最长不得超过90日。",
    ["30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

# ---- multi

add("multi",
    "一会儿“领导换人了”，一会儿“等决算审计”，这些拖款借口到底哪条规定说了不行？不会就一个条例意思意思吧？",
    "不止一处。《保障中小企业款项支付条例》第十四条禁止机关、事业单位和大型企业以法定代表人或者主要负责人变更、履行内部付款流程，"
    "或在合同未约定时以等待竣工验收备案、决算审计等为由拒绝或迟延支付中小企业款项；《民营经济促进法》第六十七条也规定国家机关、"
    "事业单位、国有企业不得以人员变更、履行内部付款流程或等待竣工验收批复、决算审计等为由拒绝或拖延支付民营经济组织账款。",
    ["以法定代表人或者主要负责人变更", "不得以人员变更"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项"),
     E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由")],
    lang="zh")

add("multi",
    "So a city that gets a government dishonesty record under the NDRC notice is basically marked for life? "
    "What do they actually lose, and can they ever get off the list?",
    "Under item (4), prefecture-level and above cities with government dishonesty records lose their eligibility for "
    "awards and pilot demonstrations in the development and reform system, get heavier city credit monitoring "
    "deductions, and lose social-credit demonstration zone titles. Not for life: under item (6), once the identifying "
    "department confirms the dishonest behaviour has been corrected and performance completed, the records are "
    "restored and the punishment measures terminated.",
    ["cancel their eligibility for awards and pilot demonstrations", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("multi",
    "公务员吃了个处分，是不是这辈子都别想升了？处分期里能不能升，期满以后又怎样？",
    "处分期内不能升：政务处分法第十九条规定公务员在政务处分期内不得晋升职务、职级、衔级和级别。但不是一辈子：第二十六条规定受开除以外处分、"
    "有悔改表现且没有再违法的，政务处分期满后自动解除，晋升不再受原处分影响；不过解除降级、撤职的，不恢复原职务等。",
    ["不得晋升职务、职级、衔级和级别", "政务处分期满后自动解除"],
    [E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第二十六条", "政务处分期满后自动解除"),
     E(PS, "第二十六条", "解除降级、撤职的，不恢复原职务")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "Isn't it true that officials can just ignore old contracts? New leadership comes in after a reshuffle and "
    "suddenly the deal with your private company is void. Is there any law actually stopping that?",
    "Yes. Article 70 of the Private Economy Promotion Law requires local governments to honour the policy commitments "
    "and contracts made with private economic organisations and forbids breaking or repudiating them on the grounds of "
    "administrative-division changes, a change of government term (政府换届), institutional adjustments or a change of "
    "personnel; changes for national or public interest must follow legal procedures with compensation.",
    ["政府换届", "违约、毁约"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")],
    lang="en")

add("cross_lingual",
    "广州那个政商交往指引第二批，招商引资项目要是没达到预期，经办的干部是不是照样要背锅？说得好听罢了吧",
    "按介绍，第二批指引明确：只要招商引资过程尽职合规，即使项目未达预期，相关人员也不会被盲目问责；企业因客观原因未完成目标的可协商调整、"
    "享受宽限期（GZ报道 ¶18）。",
    ["will not be held blindly accountable", "due diligence and compliance"],
    [E(GZ, "¶18", "carried out with due diligence and compliance"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable")],
    lang="zh")

add("cross_lingual",
    "Do government agencies ever have to tell the public how much they still owe small suppliers, "
    "or is that all kept in a drawer?",
    "They do. Article 18 of the SME payment regulation requires organs and public institutions to publish, before "
    "31 March each year (每年3月31日前), the number and amount of contracts with overdue unpaid SME payments for the "
    "previous year, via websites, newspapers or similar; large enterprises must put that information in their annual "
    "reports on the national enterprise credit information publicity system.",
    ["每年3月31日前", "合同数量、金额等信息"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")],
    lang="en")

# ---- paraphrase

add("paraphrase",
    "有些部门手头一紧就上门找茬开单子，再顺手让老板“表示表示”出点钱出点东西，这种生财之道真就没人管？",
    "有规定。《民营经济促进法》第六十一条第三款：任何单位不得违反法律、法规向民营经济组织收取费用，不得实施没有法律、法规依据的罚款，"
    "不得向民营经济组织摊派财物。",
    ["不得实施没有法律、法规依据的罚款", "不得向民营经济组织摊派财物"],
    [E(PE, "第六十一条", "不得实施没有法律、法规依据的罚款，不得向民营经济组织摊派财物")],
    lang="zh")

add("paraphrase",
    "吃公家饭的下了班打几圈牌带点彩头，纯属个人爱好，这也要被上纲上线？",
    "会。政务处分法第四十条第一款第（三）项：参与赌博的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["参与赌博的", "予以警告、记过或者记大过"],
    [E(PS, "第四十条", "有下列行为之一的，予以警告、记过或者记大过")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "不是说拖欠中小企业款项，没约定利率的就按每日万分之三算逾期利息吗？这点利息大企业会怕？难怪都拖着不给",
      ["万分之三"],
      "《保障中小企业款项支付条例》第十七条规定未约定逾期利息利率的，按照每日利率万分之五支付，约定利率不得低于合同订立时1年期LPR；"
      "“每日万分之三”的前提错误，不能按此回答。",
      lang="zh", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "呵呵，听说好几个处分叠在一起，处分期合并最长也才三十六个月，那岂不是犯一件是犯、犯三件也是犯？",
      ["三十六个月"],
      "政务处分法第十五条：应当给予撤职以下多个相同政务处分的，可以在一个处分期以上、多个处分期之和以下确定处分期，"
      "但最长不得超过四十八个月；“最长三十六个月”与法条不符。",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "但是最长不得超过四十八个月")])

unans("false_premise",
      "Why does the State Council's business environment regulation only give the public 15 days to comment on draft "
      "rules that hit companies? How is anyone supposed to respond in two weeks?",
      ["15 days", "15日"],
      "Article 62 of the Regulation on Optimizing the Business Environment says the public comment period is generally "
      "not less than 30 days (一般不少于30日); the 15-day premise is wrong, so the why-question cannot be answered as asked.",
      lang="en", present=["30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
      "The NDRC notice says every county-level city with a government dishonesty record loses its awards eligibility. "
      "So why are county towns still getting demonstration titles?",
      ["county-level"],
      "Item (4) of the NDRC notice applies the cancellation of awards and pilot-demonstration eligibility to "
      "prefecture-level and above cities with government dishonesty records, not county-level cities; the premise is wrong.",
      lang="en", present=["prefecture-level"],
      related=[E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

unans("false_premise",
      "央企的首席合规官不都是纪委书记兼任的吗？自己查自己，合规个寂寞",
      ["纪委书记"],
      "《中央企业合规管理办法》第十二条规定首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；"
      "“纪委书记兼任”的前提与文件不符。",
      lang="zh", present=["总法律顾问"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "民营经济促进法2025年1月1日就实施了，都半年多了政府欠账还是照欠，这法到底有啥用？",
      ["2025年1月1日"],
      "《民营经济促进法》第七十八条规定本法自2025年5月20日起施行，不是2025年1月1日；问题的时间前提错误。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行")])

unans("false_premise",
      "广州那套政商交往指引是市商务局搞出来的吧？商务局天天跟老板吃饭，自己给自己定规矩？",
      ["商务局", "Bureau of Commerce"],
      "GZ报道 ¶7：《广州市政商交往典型场景指引和问答》是广州市纪委监委（Municipal Commission for Discipline Inspection "
      "and Supervision）连续两年发布的两批，不是市商务局；前提错误。",
      lang="zh", present=["Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "Discipline Inspection and Supervision has issued two batches of the Guidelines")])

# ---- not_covered

unans("not_covered",
      "国家那个拖欠中小企业款项投诉平台，一年到底收了多少投诉、解决率多少？不会又不敢公布吧",
      ["解决率"],
      "《保障中小企业款项支付条例》第二十四条只规定建立国家统一的拖欠中小企业款项投诉平台，第十八条要求公开逾期未付合同数量金额；"
      "没有任何文件给出投诉数量或解决率的统计。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "Does it cost anything to file a complaint about unpaid SME invoices on the government platform? "
      "Bet there's some filing fee buried somewhere.",
      ["filing fee", "fee", "投诉费"],
      "The SME payment regulation (Art. 24-25) and the NDRC notice (item 1) describe complaint channels and handling "
      "deadlines, but none of the documents says whether filing a complaint is free or charged.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "被国企拖了两年货款，真去法院告的话诉讼费谁出？难道还要我们小厂先垫？",
      ["诉讼费"],
      "《民营经济促进法》第六十八条只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行；"
      "诉讼费用由谁负担，七份文件都没有规定。",
      lang="zh", present=["依法及时立案"])

unans("not_covered",
      "光有政务处分法顶什么用，党员干部收红包按党纪怎么处理？《中国共产党纪律处分条例》里是咋规定的？",
      ["纪律处分条例", "党纪处分"],
      "政务处分法第三十四条规定收受礼金的政务处分，但党纪处分和《中国共产党纪律处分条例》不在语料中，无法回答。",
      lang="zh", present=["礼金"])

unans("not_covered",
      "Will the government actually have cleared all the arrears owed to SMEs by 2026? Anyone wanna bet?",
      ["2026"],
      "The documents set duties and mechanisms for clearing arrears (e.g. SME regulation Art. 21, BE Art. 32) but make "
      "no prediction or target date; a forecast cannot be given from them.",
      lang="en", present=["清理力度"])

unans("not_covered",
      "央企那个首席合规官年薪多少？又是拿高薪不干活的位置吧",
      ["年薪"],
      "《中央企业合规管理办法》第十二条、第二十一条、第二十二条规定首席合规官由总法律顾问兼任及其职责，没有任何关于薪酬的规定。",
      lang="zh", present=["首席合规官"])

# ---- out_of_domain

unans("out_of_domain",
      "跑题问一句，今年个税专项附加扣除里房贷利息一个月能扣多少？",
      ["专项附加扣除", "房贷"],
      "个人所得税专项附加扣除与七份文件无关。",
      lang="zh")

unans("out_of_domain",
      "Off topic but is it true drinking hot water cures COVID? My uncle keeps posting it in the family group",
      ["COVID", "hot water"],
      "A health question, nothing to do with the documents.",
      lang="en")

unans("out_of_domain",
      "难道iPhone在国内卖得比美国贵就没人管吗？",
      ["iPhone"],
      "手机定价与七份文件无关。",
      lang="zh")

# ---- superseded

unans("superseded",
      "不是说2020年那版（728号令、2020年9月1日施行的）就已经管大企业付款了吗？那原版条文对大型企业付款期限到底咋写的？"
      "60日是这次修订才加的？",
      ["2020年9月1日"],
      "语料只有2025年3月17日国务院令第802号修订后的条例文本（第九条规定大型企业60日），不含2020年第728号令公布的原文，"
      "无法比较原版条文。",
      lang="zh", present=["第728号"])

unans("superseded",
      "2018年国资委那个《中央企业合规管理指引（试行）》里，合规委员会是谁牵头？别拿2022年的办法糊弄我",
      ["合规管理指引", "2018"],
      "语料只有2022年《中央企业合规管理办法》（国资委令第42号，第十一条规定合规委员会），不含2018年的试行指引。",
      lang="zh", present=["合规委员会"])

unans("superseded",
      "民营经济促进法草案征求意见稿里拖欠账款那条原来咋写的？听说正式版被改软了，是不是？",
      ["征求意见稿", "草案"],
      "语料只有2025年4月30日通过的《民营经济促进法》正式文本（第六十七条、第六十八条），没有草案或征求意见稿，无法比较。",
      lang="zh", present=["民营经济促进法"])

unans("superseded",
      "Before the 2020 sanctions law, under the old 2007 civil servant punishment regulations, how long did a demerit "
      "last? Bet it was shorter back then.",
      ["2007"],
      "The corpus holds only the 2020 Law on Administrative Sanctions for Public Officials (Art. 8: 记过 twelve months); "
      "the 2007 regulations it replaced for civil servants are not in the corpus.",
      lang="en", present=["十二个月"])
