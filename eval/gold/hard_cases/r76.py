"""Hard-case gold items, seventy-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the owner of a family-run catering company in Foshan that delivers meals to a township government
canteen and a public school, and her law-graduate daughter; they write mixed Chinese (with Cantonese words)
and English about late payment, deposits, invoices, festival gifts for officials, and leadership changes in the town.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我哋係佛山一间做团餐嘅小公司，每日送饭去镇政府饭堂。份合同冇写几时找数，咁政府最迟几多日内要俾钱？"
    "如果合同有写，最长又可以拖几耐？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位应当自服务交付之日起30日内支付款项；合同另有约定的从其约定，"
    "但付款期限最长不得超过60日。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "学校饭堂迟咗成三个月先找数，合同入面又冇讲过 late payment 利息点计，咁我哋可以追几多利息？",
    "《保障中小企业款项支付条例》第十七条：迟延支付的应当支付逾期利息；双方未约定利率的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "新学期学校要我哋交一笔履约保证金，仲指明一定要现金转账。我哋周转紧，可唔可以拎银行保函代替？",
    "《保障中小企业款项支付条例》第十三条：机关、事业单位不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，"
    "应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "合同写明要饭堂验收合格先付款，但佢哋个验收一拖再拖，成个月都未搞掂，咁付款期限由几时开始计？",
    "《保障中小企业款项支付条例》第十条：机关、事业单位拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算。",
    ["自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("single",
    "我想知镇政府同学校一共拖欠咗供应商几多钱，佢哋有冇责任公开出嚟？要几时之前公开？",
    "《保障中小企业款项支付条例》第十八条：机关、事业单位应当于每年3月31日前，通过网站、报刊等方式公开上一年度逾期尚未支付"
    "中小企业款项的合同数量、金额等信息。",
    ["每年3月31日前", "合同数量、金额等信息"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "我哋同镇政府饭堂系每月月尾对数、开发票，之后先俾钱。咁付款期系由每日送餐嗰日计，定系由月尾对完数嗰日计？",
    "《保障中小企业款项支付条例》第九条第三款：合同约定采取定期结算等结算方式的，付款期限应当自双方确认结算金额之日起算。",
    ["定期结算", "自双方确认结算金额之日起算"],
    [E(SME, "第九条", "合同约定采取履行进度结算、定期结算等结算方式的，付款期限应当自双方确认结算金额之日起算")],
    lang="zh")

add("single",
    "同学校续约签新合同嗰阵，我哋使唔使主动话俾佢哋知我哋系小微企业？定系等佢哋问先讲？",
    "《保障中小企业款项支付条例》第三条：中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业。",
    ["应当主动告知其属于中小企业"],
    [E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业")],
    lang="zh")

add("single",
    "学校财务话今年嘅饭钱要等审计局审计完，按审计结果先同我哋结算。合同入面其实冇咁写，佢哋可以咁做咩？",
    "《民营经济促进法》第六十七条：国家机关、事业单位不得在合同未作约定情况下以等待决算审计等为由拒绝或者拖延支付账款；"
    "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据。",
    ["不得强制要求以审计结果作为结算依据"],
    [E(PE, "第六十七条", "在合同未作约定情况下以等待竣工验收批复、决算审计等为由，拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "听讲下个月镇政府换届，新班子上嚟之后会唔会唔认我哋份供餐合同？旧领导任内欠落嘅饭钱，"
    "佢哋又可唔可以话“换咗人要重新走流程”而拖住唔俾？",
    "《民营经济促进法》第七十条：地方政府应当履行与民营经济组织订立的合同，不得以政府换届、相关人员更替等为由违约、毁约；"
    "《保障中小企业款项支付条例》第十四条：机关、事业单位不得以主要负责人变更、履行内部付款流程为由拒绝或者迟延支付。",
    ["不得以行政区划调整、政府换届", "主要负责人变更，履行内部付款流程"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("multi",
    "学校欠我哋半年饭钱，催极都唔理。如果正式投诉，应该向边个部门投诉？投诉之后要几耐先有结果？",
    "《保障中小企业款项支付条例》第二十四条：省级以上人民政府负责中小企业促进工作综合管理的部门受理投诉，并有国家统一的"
    "拖欠中小企业款项投诉平台；第二十五条：处理投诉部门应自收到投诉材料之日起30日内形成处理结果，情况复杂的最长不得超过90日。",
    ["国家统一的拖欠中小企业款项投诉平台", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道"),
     E(SME, "第二十四条", "建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("multi",
    "镇政府饭堂已经 overdue 四个月，除咗追利息之外，佢哋入面有冇人要为拖数负责？会唔会有人被处分？",
    "《保障中小企业款项支付条例》第十七条：迟延支付应当支付逾期利息；第三十一条：机关、事业单位未在规定的期限内支付款项的，"
    "由上级机关、主管部门责令改正，拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["应当支付逾期利息", "未在规定的期限内支付中小企业货物、工程、服务款项", "责令改正", "依法给予处分"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "未在规定的期限内支付中小企业货物、工程、服务款项")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "镇里换咗新书记之后，话之前嗰份饭堂供餐协议系上一届签嘅，唔再履行。国家发改委嗰份关于政务诚信履约嘅通知，会点样定性呢种情况？",
    "NDRC notice II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall all be "
    "regarded as breach of contract and dishonesty.",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "如果政府部门喺政府采购合同上对我哋毁约，按发改委嗰份通知，可以经边啲渠道投诉？打12345得唔得？",
    "NDRC notice II.(1): provincial credit leading departments set up breach-of-contract complaint columns relying on credit "
    "websites, the Internet + Supervision platform, the MIIT arrears platform, local 12345 government service hotlines and other "
    "channels; the scope covers contracts signed in government procurement.",
    ["local 12345 government service hotlines", "government procurement"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints"),
     E(NDRC, "II.(1)", "private enterprises in government procurement")],
    lang="zh")

add("cross_lingual",
    "Daughter here. If the township official who signs off our canteen contract accepts a mooncake box with a red packet "
    "inside from a supplier, and it could sway how he uses his power, what sanction does the public officials law say he faces?",
    "Public Official Sanctions Law Art. 34: accepting gifts, cash gifts or securities that may affect the impartial exercise of "
    "public power is punished by warning, demerit or major demerit; if serious, demotion or removal; if very serious, dismissal.",
    ["收受可能影响公正行使公权力的礼品、礼金", "予以警告、记过或者记大过", "予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "学校话上个月有几日嘅饭盒份量唔够，于是成个月嘅钱都扣住唔找。其余日子啲饭佢哋从来冇出过声，咁佢哋有冇道理成笔都唔俾？",
    "《保障中小企业款项支付条例》第十五条：交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("paraphrase",
    "重阳节镇里搞敬老宴，叫我哋免费出人出饭包二十围，又话“大家互相支持下”。呢啲唔收钱嘅差事，我哋可唔可以 say no？",
    "《优化营商环境条例》第十四条：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体有权拒绝"
    "任何形式的摊派。",
    ["有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
      "《保障中小企业款项支付条例》第九条规定机关、事业单位嘅付款期最长可以约定到90日，我哋同镇政府饭堂份合同就写咗90日。"
      "咁佢哋第85日先俾钱，都算准时啦？",
      ["付款期限最长不得超过90日"],
      "SME 第九条: organs and public institutions pay within 30 days of delivery; a contract may extend this to at most 60 "
      "days. 90 days appears only as the complaint-handling limit in 第二十五条, not as a payment term.",
      lang="zh", present=["最长不得超过60日", "最长不得超过90日"],
      related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "Since the SME payment regulation sets default late-payment interest at 1‰ per day when the contract says nothing, "
      "how much can we claim on ¥80,000 that the school paid 60 days late?",
      ["1‰", "千分之一"],
      "SME 第十七条: where no rate is agreed, overdue interest is paid at a daily rate of 万分之五 (0.05%), not 1‰; "
      "the premise misstates the figure.",
      lang="en", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "Why does Article 13 of the SME payment regulation give the school only 7 days after the contract ends to refund our "
      "performance deposit — and does that 7-day limit also cover the quality deposit?",
      ["7日内退还", "七日内", "within 7 days"],
      "SME 第十三条 only says deposits are to be settled and returned promptly (及时) after the guarantee period expires, per "
      "law or contract; it sets no 7-day deadline.",
      lang="en", present=["核算并退还"],
      related=[E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还")])

unans("false_premise",
      "发改委个政务诚信通知规定，政府失信记录喺“信用中国”公示满三年就会自动删除；所以就算我哋投诉镇政府毁约，佢哋拖够三年就冇事？",
      ["three years", "自动删除", "三年后"],
      "NDRC III.(6): dishonesty records are restored only once the identifying department confirms the behaviour has been "
      "corrected and performance completed; there is no automatic removal after three years.",
      lang="zh", present=["credit restoration", "Credit China"],
      related=[E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
               E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
      "民营经济促进法第七十条写明，政府换届之后新一届政府可以喺六个月内单方面重新议价，所以新镇长话要将每餐餐标由15蚊降到12蚊，"
      "佢哋系有权咁做㗎，right？",
      ["重新议价", "单方面调整"],
      "PE 第七十条 says the opposite: local governments may not breach contracts citing 政府换届 or personnel changes; a change "
      "for national or public interest must follow legal authority and procedure, with compensation. No six-month repricing right.",
      lang="zh", present=["政府换届"],
      related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
               E(PE, "第七十条", "应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿")])

unans("false_premise",
      "《公职人员政务处分法》系国务院2020年公布嘅行政法规，所以佢只管公务员，唔管公立学校校长同饭堂主任呢啲人，系咪？",
      ["国务院公布"],
      "The law was adopted by the NPC Standing Committee (not a State Council regulation), and 第二十条 expressly covers "
      "managers in public education units.",
      lang="zh", present=["全国人民代表大会常务委员会"],
      related=[E(PS, "第二十条", "公办的教育、科研、文化、医疗卫生、体育等单位中从事管理的人员")])

unans("false_premise",
      "Given that the Guangzhou government-business interaction guidelines let officials accept gifts worth up to 200 yuan, "
      "can we give each of the canteen staff a 150-yuan mooncake box at Mid-Autumn?",
      ["200 yuan", "mooncake", "gift"],
      "GZ only describes the guidelines in general terms (first batch: what meals can be eaten and what vehicles can be taken; "
      "33 scenarios); it states no gift value threshold. PS 第三十四条 treats gifts that may affect impartial exercise of power "
      "without any monetary floor.",
      lang="en", present=["what meals can be eaten"],
      related=[E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
               E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
      "我哋公司有28个员工，去年营业额大概900万，到底算唔算条例入面讲嘅“中小企业”？具体划分标准系几多人、几多营业额？",
      ["营业收入", "从业人员"],
      "SME 第三条 defers to the State Council-approved size classification standard and 第二十九条 mentions a self-test "
      "platform; neither gives headcount or revenue thresholds.",
      lang="zh", present=["中小企业划分标准", "企业规模类型测试平台"])

unans("not_covered",
      "镇政府饭堂要求我哋开6%嘅增值税专用发票先肯付款，我哋系小规模纳税人只开到普票，条例有冇规定佢哋一定要接受普通发票？",
      ["增值税", "专用发票", "普通发票"],
      "No document regulates invoice types or VAT rates; BE 第四十六条 only mentions promoting 电子发票 for tax services.",
      lang="zh", present=["电子发票"])

unans("not_covered",
      "广州嗰两批政商交往指引出台之后，有几多个官员因为收企业礼物而被处分？有冇统计数字？",
      ["disciplined", "statistics"],
      "GZ reports the lecture hall and the content of the two batches of guidelines (33 scenarios) but gives no figures on "
      "officials sanctioned after they were issued.",
      lang="zh", present=["33 scenarios", "second batch"])

unans("not_covered",
      "如果我哋入禀法院告镇政府拖欠饭钱，大概几耐有判决？打赢嘅机会大唔大？",
      ["胜诉", "审理期限"],
      "PE 第六十八条 only says courts should promptly file, try and enforce arrears cases and may mediate; no timeline or "
      "outcome prediction appears in any document.",
      lang="zh", present=["依法及时立案、审理、执行"])

unans("not_covered",
      "Is there a filing fee to submit a complaint on the national platform for arrears owed to SMEs, and what is its website "
      "address?",
      ["filing fee", "网址", "投诉费"],
      "SME 第二十四条 says a national unified arrears complaint platform is established, but gives neither a fee nor an address.",
      lang="en", present=["拖欠中小企业款项投诉平台"])

unans("not_covered",
      "How many scenarios are in the second batch of Guangzhou's government-business interaction guidelines on its own, "
      "and does any of them deal with canteen catering contracts?",
      ["canteen", "catering"],
      "GZ ¶10 gives only the combined count (33 scenarios across two batches) and names no catering scenario.",
      lang="en", present=["33 scenarios", "second batch"])

# =========================================================================== unanswerable: superseded

unans("superseded",
      "2020年嗰版《保障中小企业款项支付条例》（国务院令第728号）原本规定机关要几多日内俾钱？同2025年修订版比有冇改过？",
      ["修订前", "原条例"],
      "The corpus holds only the 2025 revised text (国务院令第802号); the 2020 original wording is not reproduced.",
      lang="zh", present=["国务院令第728号", "国务院令第802号"])

unans("superseded",
      "民营经济促进法草案征求意见稿入面，关于政府拖欠民企账款嘅条文系点写？同最终通过嘅版本有咩分别？",
      ["征求意见稿", "草案"],
      "Only the adopted law (passed 2025-04-30) is in the corpus; no draft text.",
      lang="zh", present=["第六十七条"])

unans("superseded",
      "What did the 2023 Edition of the Guidelines for Enterprise Integrity and Compliance Construction say about giving festival "
      "gifts to government officials?",
      ["festival", "gift"],
      "GZ only lists in the milestones that the 2023 Edition was released in March 2024; its content is not given.",
      lang="en", present=["Guidelines for Enterprise Integrity and Compliance Construction"])

unans("superseded",
      "喺政务处分法出台之前，2007年嗰部《行政机关公务员处分条例》对收受礼金嘅官员系点处分？",
      ["行政机关公务员处分条例"],
      "Only the 2020 Public Official Sanctions Law is in the corpus; 第六十七条 refers to 'the rules at the time' for earlier "
      "cases without stating them.",
      lang="zh", present=["本法施行前"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
      "我哋请咗几个兼职送餐司机，每日做4个钟，公司使唔使同佢哋签劳动合同同埋买社保？",
      ["劳动合同", "非全日制"],
      "Employment contracts and social insurance for part-time staff are outside these documents.",
      lang="zh", present=["劳动关系"])

unans("out_of_domain",
      "我哋想开个中央厨房专门送学校饭，向政府申请食品经营许可证要准备啲乜嘢资料？",
      ["食品经营许可", "中央厨房", "食品安全"],
      "Food business licensing is not covered; BE only speaks of administrative licensing reform in general.",
      lang="zh", present=["行政许可"])

unans("out_of_domain",
      "My daughter wants to rent a second kitchen in Shunde. Under the lease contract, can the landlord keep our payment "
      "deposit if we end the lease early?",
      ["landlord", "lease", "租赁"],
      "Commercial tenancy law is outside these documents.",
      lang="en", present=[])
