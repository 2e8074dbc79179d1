"""Hard-case gold items, hundred-and-seventy-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the owner of a small village enterprise (乡镇企业) in Sichuan that did road work for the
township, which still has not paid him. He types Mandarin full of Sichuan dialect (啥子, 咋个, 要得,
莫得, 晓得, 巴适, 搞不赢, 遭了) with almost no punctuation, and repeats what the village head, the
township accountant or a village meeting told him as if it were the law. A cadre who signs off his
acceptance keeps asking for "tea money", the village head is no better, and his son wants to sit the
civil-service exam. Almost everything is in Chinese; the few English questions are typed for him by
his niece, a student in Chengdu, in casual lower-case English.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "乡上喊我修的村道去年十月就交工了 合同上莫得写好久付钱 乡政府到底该好久之内把钱给我嘛 一直拖起的",
    "《保障中小企业款项支付条例》第九条：机关、事业单位从中小企业采购工程，应当自交付之日起30日内支付款项；"
    "合同另有约定的从其约定，但付款期限最长不得超过60日。合同没写期限，就是交付之日起30日内。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")],
    lang="zh")

add("single",
    "乡政府拖了我一年多的工程款 能不能找他们要利息哦 合同头莫得约定利率 那咋个算嘛",
    "可以。《保障中小企业款项支付条例》第十七条：机关、事业单位迟延支付中小企业款项的，应当支付逾期利息；"
    "双方对利率未作约定的，按照每日利率万分之五支付逾期利息。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "乡上说要等县审计局审完了 按审计出来的数跟我结账 合同里头根本莫得写这一条 这个要得不",
    "不行。《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果"
    "作为结算依据，法律、行政法规另有规定的除外（违反的，按第三十一条由上级机关责令改正）。",
    ["不得强制要求以审计机关的审计结果作为结算依据"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("single",
    "办验收那个干部明里暗里找我要茶水钱 不给就拖起不签字 这种吃拿卡要的干部要遭啥子处分",
    "《公职人员政务处分法》第三十八条：在管理服务活动中故意刁难、吃拿卡要的，情节较重的予以警告、记过或者记大过；"
    "情节严重的予以降级或者撤职；情节特别严重的，予以开除。",
    ["在管理服务活动中故意刁难、吃拿卡要的", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的")],
    lang="zh")

add("single",
    "镇上搞啥子星级企业评比 喊每个厂都必须参加 还要交两千块评比费 不交就说以后工程莫得我的份 这个合法不",
    "《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、"
    "达标、表彰等活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "镇上搞文化节 喊每个厂出两万块 村主任说这是上面派的任务必须出 我可不可以不出嘛",
    "可以拒绝。《优化营商环境条例》第十四条：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "市场主体有权拒绝任何形式的摊派。",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

add("single",
    "修路的沥青是从一个央企的项目部拿的 项目经理暗示要给他回扣才结账 我能不能去他们公司举报他 举报了会不会遭报复哦",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；应当对举报人的身份"
    "和举报事项严格保密，任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["违规举报平台", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱")],
    lang="zh")

add("single",
    "hi, my uncle's township govt signed a road contract with his company and now just wont pay. "
    "can he complain through the 12345 hotline? what other channels are there for this kind of thing",
    "Yes. Under section II.(1) of the NDRC notice, provincial credit leading departments set up special columns for "
    "breach-of-contract and dishonesty complaints against government departments, relying on credit websites, the "
    "\"Internet + Supervision\" platform, MIIT's platform for arrears to SMEs, local 12345 government service hotlines, "
    "business environment complaint platforms, petition departments and other channels.",
    ["local 12345 government service hotlines", "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint")],
    lang="en")

# ---- multi

add("multi",
    "去年乡上换了书记乡长 新来的说那个修路合同是前任签的 他不认账 这个说法有没有道理 政府这样搞算不算失信",
    "没有道理。《民营经济促进法》第七十条：地方各级人民政府不得以政府换届、相关人员更替等为由违约、毁约；"
    "发改委通知第二部分第（2）项也规定，因机构调整、人员变动等原因不履约的，一律认定为违约失信。",
    ["政府换届", "相关人员更替", "Failure to perform due to institutional adjustments, personnel changes"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="zh")

add("multi",
    "那个干部又来要茶水钱了 我要是给了他 他收了要遭啥子处分 我这边送钱的算不算也犯了规矩",
    "他收受可能影响公正行使公权力的礼金，按《公职人员政务处分法》第三十四条予以警告、记过或者记大过，情节较重的"
    "降级或者撤职，情节严重的开除；你这边，《民营经济促进法》第三十六条规定民营经济组织不得通过贿赂和欺诈等手段"
    "牟取不正当利益。",
    ["收受可能影响公正行使公权力的礼品、礼金", "予以警告、记过或者记大过", "不得通过贿赂和欺诈等手段牟取不正当利益"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的"),
     E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")],
    lang="zh")

add("multi",
    "我想去告乡政府拖欠工程款 到底该找哪个部门投诉 投了以后好久能有个结果嘛",
    "《保障中小企业款项支付条例》第二十四条：由省级以上人民政府负责中小企业促进工作综合管理的部门受理投诉（国家还有"
    "统一的投诉平台）；第二十五条：受理后10个工作日内转交处理投诉部门，处理部门自收到投诉材料之日起30日内形成处理"
    "结果并书面反馈，情况复杂的可延长，但最长不得超过90日。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "自收到投诉材料之日起30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "my uncle wants to get a bank loan using the money the township still owes him. if he asks the township "
    "to confirm the debt in writing, how many days do they have to do it?",
    "Article 16 of the SME payment regulations (保障中小企业款项支付条例): when an SME finances with accounts receivable, "
    "government bodies, public institutions and large enterprises must confirm the creditor-debtor relationship within "
    "30 days of the SME's request for confirmation.",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="en")

add("cross_lingual",
    "听说政府失信了发改委那边要整它 具体有些啥子办法 是不是连专项债都不准它报了",
    "是的。发改委通知第三部分第（4）项：对有失信记录的主体，限制中央预算内资金支持，限制申报地方政府专项债券，"
    "按规定限制各类融资项目推荐；对有失信记录的地级及以上城市，取消评优和示范资格等。",
    ["limit applications for local government special bonds", "restrict support from central budget funds"],
    [E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="zh")

add("cross_lingual",
    "我侄女说广州纪委出了个政商交往的指引 讲干部啥子饭能吃啥子车能坐 那个指引两批加起来一共讲了好多种场景哦",
    "广州的报道（第10段）说，两批《指引》共涵盖33个场景，并说明这33个场景不能涵盖所有情形。",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "我要是真去上头反映乡上欠钱的事 怕他们以后处处整我 喊人来厂里头找麻烦 有没有啥子规定护到我",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求"
    "或者投诉的中小企业及其工作人员进行恐吓、打击报复（违反的按第三十五条给予处分或处罚）。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "那个干部要是遭上头记了一笔 是不是一辈子都翻不了身了 过几年还能往上升不",
    "不是一辈子。《公职人员政务处分法》第二十六条：受到开除以外的政务处分，期内有悔改表现且没有再违法的，"
    "政务处分期满后自动解除，晋升不再受原政务处分影响；但解除降级、撤职的，不恢复原职务、职级等。",
    ["政务处分期满后自动解除", "不再受原政务处分影响"],
    [E(PS, "第二十六条", "政务处分期满后自动解除")],
    lang="zh")

# ---- unanswerable: false_premise

unans("false_premise",
      "村主任跟我说 政府欠企业的工程款 法律上规定90天内给了都不算拖欠 喊我莫急 那我就再等两个月嘛",
      ["90天"],
      "《保障中小企业款项支付条例》第九条：机关、事业单位应当自交付之日起30日内支付；合同另有约定的，付款期限最长"
      "不得超过60日。没有任何文件规定90天内付款不算拖欠，前提是错的。",
      lang="zh", present=["30日内支付款项", "最长不得超过60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "乡上会计说就算给逾期利息 也是按每天万分之一算 合同里头又莫得写 那我一百万拖一年才三万多块钱 是不是这么算",
      ["万分之一"],
      "《保障中小企业款项支付条例》第十七条：未约定利率的，按照每日利率万分之五支付逾期利息，不是万分之一，"
      "所以按万分之一算出的三万多元不成立。",
      lang="zh", present=["每日利率万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "听说那个干部遭了个记过 记过就背六个月 半年一过啥子事都莫得了 是不是",
      ["记过六个月", "记过，六个月"],
      "《公职人员政务处分法》第八条：警告的处分期为六个月，记过为十二个月，记大过十八个月。说记过只背六个月是错的。",
      lang="zh", present=["记过，十二个月", "警告，六个月"],
      related=[E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
      "镇上说 告政府拖欠款项只能去县信访局 省里头的部门不收中小企业的投诉 为啥子只能找信访局哦",
      ["信访局"],
      "《保障中小企业款项支付条例》第二十四条：受理拖欠投诉的是省级以上人民政府负责中小企业促进工作综合管理的部门，"
      "国务院主管部门还建立了国家统一的投诉平台；没有文件说只能找县信访局。",
      lang="zh", present=["受理投诉部门"],
      related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）")])

unans("false_premise",
      "村上开会说民营经济促进法2024年就施行了 那乡上2024年拖我的钱是不是也按这个法来算",
      ["2024年"],
      "《民营经济促进法》第七十八条：本法自2025年5月20日起施行（2025年4月30日通过），不是2024年施行；"
      "前提错误，文件也没有规定它对施行前的拖欠如何适用。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "村主任自己说的 政务处分法只管公务员 他一个村干部管不到他 所以他收点茶水钱莫得事",
      ["只管公务员", "只适用于公务员"],
      "《公职人员政务处分法》第二十二条明确：基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、"
      "记过、记大过，并由县级或乡镇政府减发或者扣发补贴、奖金。说该法只管公务员是错的。",
      lang="zh", present=["基层群众性自治组织中从事管理的人员"],
      related=[E(PS, "第二十二条", "基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过。")])

unans("false_premise",
      "why does the NDRC notice say complaints about local govts breaking contracts have to go to the Ministry of Finance? "
      "my uncle wants to complain about his township",
      ["Ministry of Finance"],
      "NDRC notice II.(1): complaints are collected by provincial-level leading departments for social credit system "
      "construction through credit websites, 12345 hotlines, complaint platforms etc.; II.(2) sends clues to the "
      "complained entity's superior or competent department. The notice does not route them to the Ministry of Finance.",
      lang="en", present=["credit leading departments", "12345"],
      related=[E(NDRC, "II.(1)", "Provincial-level leading departments for social credit system construction")])

# ---- unanswerable: not_covered

unans("not_covered",
      "要是投诉也不管用 我去法院告乡政府 诉讼费要交好多钱嘛 按欠款的几个点收",
      ["诉讼费"],
      "文件只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行（民营经济促进法第六十八条），"
      "没有任何诉讼费标准。",
      lang="zh", present=["立案、审理、执行"])

unans("not_covered",
      "那个国家统一的拖欠投诉平台 网址是好多 进去要填啥子表 要准备些啥子材料",
      ["网址", "投诉表"],
      "《保障中小企业款项支付条例》第二十四条只规定国务院主管部门建立国家统一的拖欠中小企业款项投诉平台，"
      "文件没有给出网址、表格或材料清单。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "我儿子想考公务员 考公是不是超过35周岁就不得行了 四川省考一般好久报名",
      ["35周岁", "报名"],
      "语料中没有公务员录用的年龄条件或四川省考时间；政务处分法第二十四条只规定被开除等人员不得录用为公务员。",
      lang="zh", present=["不得录用为公务员"])

unans("not_covered",
      "你帮我估一下 我要是去告乡政府 胜诉的把握有好大 大概好久拿得到钱",
      ["胜诉"],
      "这是对个案结果的预测；文件只规定付款期限、投诉处理期限和法院及时立案审理执行，没有也不可能给出胜诉概率或回款时间。",
      lang="zh", present=["最长不得超过90日"])

unans("not_covered",
      "how many complaints about government arrears to small companies did Sichuan province get last year? "
      "just want to know if my uncle is the only one lol",
      ["Sichuan"],
      "No document gives complaint statistics for any province; the SME regulations only require annual disclosure of "
      "overdue contracts by government bodies (Art. 18) and the NDRC notice speaks of evaluation and notification, "
      "without figures.",
      lang="en", present=["逾期尚未支付中小企业款项"])

unans("not_covered",
      "我要是给那个干部塞了两千块茶水钱 够不够得上行贿罪 刑法上立案标准是好多钱",
      ["行贿罪", "立案标准"],
      "文件只规定民营经济组织不得通过贿赂牟取不正当利益（民营经济促进法第三十六条）和公职人员收受礼金的政务处分"
      "（政务处分法第三十四条）；刑法上行贿罪的构成和立案金额不在任何文件中。",
      lang="zh", present=["贿赂"])

# ---- unanswerable: out_of_domain

unans("out_of_domain",
      "今年猪肉价格咋个样哦 我想把厂房后头那块地拿来养猪 划不划得来",
      ["猪肉"],
      "与七份政策文件无关（养猪行情）。",
      lang="zh")

unans("out_of_domain",
      "我们乡下修路 压路机租一天大概好多钱 按台班算还是按天算巴适些",
      ["压路机"],
      "工程机械租赁价格，七份文件均不涉及。",
      lang="zh")

unans("out_of_domain",
      "ok different question, my uncle is visiting me in chengdu this weekend. any good hotpot place near Chunxi Road that isnt a tourist trap?",
      ["hotpot", "Chunxi"],
      "Restaurant recommendation in Chengdu; nothing to do with the seven documents.",
      lang="en")

# ---- unanswerable: superseded

unans("superseded",
      "听说这个保障中小企业款项支付条例2020年就有了 那2020年修订前原来那一版里头 机关付款期限是咋个规定的 跟现在有啥子不一样",
      ["修订前"],
      "语料只收了2025年3月17日国务院令第802号修订后的文本；2020年国务院令第728号公布的原文本不在语料中，"
      "无法对比原条文。",
      lang="zh", present=["国务院令第728号", "国务院令第802号"])

unans("superseded",
      "我们屋头老辈子说以前有个行政监察法 干部收了礼按那个法是咋个处理的",
      ["行政监察法"],
      "语料中没有已废止的《行政监察法》；现有的是2020年施行的《公职人员政务处分法》（根据监察法制定）。",
      lang="zh", present=["监察法"])

unans("superseded",
      "民营经济促进法出来之前不是有个草案征求意见稿嘛 那个稿子里头对政府拖欠账款是咋个写的",
      ["草案", "征求意见稿"],
      "语料只有2025年4月30日通过的正式文本（第六十七条等规定拖欠账款），没有草案或征求意见稿。",
      lang="zh", present=["拒绝或者拖延支付民营经济组织账款"])

unans("superseded",
      "what did the old 2007 Regulations on the Punishment of Civil Servants of Administrative Organs say about officials "
      "taking gifts? my uncle insists that one still applies",
      ["2007", "Punishment of Civil Servants"],
      "The corpus does not hold the 2007 regulations on civil servants' punishment; it holds the 2020 Law on "
      "Administrative Discipline for Public Officials (政务处分法, Art. 34 on gifts).",
      lang="en", present=["政务处分"])
