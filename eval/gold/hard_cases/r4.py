"""Hard-case gold items, fourth round (see eval/gold/build_hard_cases.py): written blind, from the
documents alone, on the product's first use case, "may we do X with an official?"."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---------------------------------------------------------------------------------------------
# answerable, Chinese
# ---------------------------------------------------------------------------------------------

# gifts to an official's family
add("multi",
    "过年了，想给住建局分管我们项目的领导家里送点年货和购物卡，不给领导本人、给他爱人，这样是不是就没问题了？",
    "不行。《公职人员政务处分法》第三十四条规定，收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，"
    "予以警告、记过或者记大过，情节严重的直至开除；该条第二款还把向公职人员及其特定关系人（如配偶）赠送此类财物"
    "列为应受处分的行为，送给家属并不能规避。企业一方，《民营经济促进法》第三十六条规定不得通过贿赂和欺诈等手段"
    "牟取不正当利益。",
    ["特定关系人", "礼品、礼金、有价证券", "不得通过贿赂和欺诈等手段牟取不正当利益"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。"),
     E(PS, "第三十四条", "向公职人员及其特定关系人赠送可能影响公正行使公权力的礼品、礼金、有价证券等财物"),
     E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")])

# meals + golf
add("paraphrase",
    "项目批下来了，想周末请审批局那几个干部吃顿饭、再打场高尔夫，算是感谢一下，这样行不行？",
    "不宜。《公职人员政务处分法》第三十四条第二款规定，接受、提供可能影响公正行使公权力的宴请、旅游、健身、"
    "娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。请有审批权的干部吃饭、"
    "打球正属于这类安排，参加的干部要承担处分风险。",
    ["宴请、旅游、健身、娱乐等活动安排", "予以警告、记过或者记大过"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。")])

# apportionment (money + staff) demanded by a sub-district office
add("multi",
    "街道办领导打电话，让我们公司给辖区搞的活动出几万块钱，还要派几个员工过去帮忙，不给的话怕以后不好办事。我们能不能不给？",
    "可以拒绝。《优化营商环境条例》第十四条禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "并明确市场主体有权拒绝任何形式的摊派；第六十九条规定对这样做的政府部门及其工作人员依法依规追究责任。"
    "《民营经济促进法》第六十一条也规定不得向民营经济组织摊派财物。",
    ["市场主体有权拒绝任何形式的摊派", "财力、物力或者人力", "不得向民营经济组织摊派财物"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为。市场主体有权拒绝任何形式的摊派。"),
     E(BE, "第六十九条", "在法律、法规规定之外要求市场主体提供财力、物力或者人力"),
     E(PE, "第六十一条", "任何单位不得违反法律、法规向民营经济组织收取费用，不得实施没有法律、法规依据的罚款，不得向民营经济组织摊派财物。")])

# hindrance during approval + where to complain
add("multi",
    "去窗口办施工许可，经办的干部老说材料不行，又不说哪儿不行，同事说他是等我们'表示表示'。这种情况违法吗？我们能去哪儿反映？",
    "违法。《公职人员政务处分法》第三十八条规定，在管理服务活动中故意刁难、吃拿卡要的，情节较重的予以警告、记过或者"
    "记大过，情节严重的予以降级或者撤职，情节特别严重的予以开除。《优化营商环境条例》第三十六条要求需要补正材料的，"
    "应当一次性告知需要补正的内容；第四十九条要求政府及其有关部门建立便利、畅通的渠道，受理有关营商环境的投诉和举报。",
    ["故意刁难、吃拿卡要", "一次性告知需要补正的内容", "受理有关营商环境的投诉和举报"],
    [E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的"),
     E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容"),
     E(BE, "第四十九条", "政府及其有关部门应当建立便利、畅通的渠道，受理有关营商环境的投诉和举报。")])

# relatives of officials doing business
add("paraphrase",
    "有个局长的小舅子开了家公司来找我们合作，说他姐夫能在局里帮我们打招呼。要是局长对这事睁一只眼闭一只眼，他自己会怎么样？",
    "《公职人员政务处分法》第三十三条规定，纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的，予以警告、"
    "记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。拒不按照规定纠正特定关系人违规从事经营活动，"
    "且不服从职务调整的，予以撤职。",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利", "不服从职务调整的，予以撤职"],
    [E(PS, "第三十三条", "纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的。"),
     E(PS, "第三十三条", "拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职。")])

# government reneging after leadership change
add("multi",
    "当初招商的时候镇里答应给我们厂房补贴，现在换了新书记，说前任签的不算数了。这样合法吗？",
    "不合法。《民营经济促进法》第七十条和《优化营商环境条例》第三十一条都规定，地方政府应当履行依法作出的政策承诺和"
    "订立的合同，不得以政府换届、相关人员更替等为由违约、毁约；确因国家利益、社会公共利益需要改变的，应当依照法定权限"
    "和程序进行，并对企业因此受到的损失予以补偿。《民营经济促进法》第七十三条规定由有权机关予以纠正，造成损失的，依法予以赔偿。",
    ["政府换届", "相关人员更替", "予以补偿", "由有权机关予以纠正"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约。"),
     E(PE, "第七十条", "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿。"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的，由有权机关予以纠正，造成损失的，依法予以赔偿")])

# arrears: deadline, "waiting for audit" excuse
add("multi",
    "我们是家小公司，给区里一个局做的系统上个月就交付了，对方说要等决算审计做完才能付钱，可合同里没这么写。他们最晚什么时候得付？",
    "《保障中小企业款项支付条例》第九条规定，机关、事业单位从中小企业采购，应当自交付之日起30日内支付款项；合同另有约定的，"
    "从其约定，但付款期限最长不得超过60日。第十四条规定，合同未作约定的，不得以等待竣工验收备案、决算审计等为由拒绝或者"
    "迟延支付中小企业款项。",
    ["30日内支付款项", "最长不得超过60日", "决算审计"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。"),
     E(SME, "第十四条", "在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项")])

# late-payment interest
add("paraphrase",
    "一个事业单位欠我们的货款拖了大半年，合同里也没写晚付怎么办。我们能找他们要利息吗？按什么标准算？",
    "可以。《保障中小企业款项支付条例》第十七条规定，机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；"
    "双方没有约定利率的，按照每日利率万分之五支付；有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息。"),
     E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付逾期利息。")])

# where to complain about arrears, how long it takes
add("multi",
    "区里一个事业单位欠我们的工程款，催了好多次都没动静。听说可以往上投诉，到底找谁？投了以后多久能给个说法？",
    "《保障中小企业款项支付条例》第二十四条：省级以上人民政府负责中小企业促进工作综合管理的部门受理投诉，国务院该部门建立"
    "国家统一的拖欠中小企业款项投诉平台。第二十五条：受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门；处理投诉部门"
    "应当自收到投诉材料之日起30日内形成处理结果并书面反馈投诉人，情况复杂的可延长，但最长不得超过90日。投诉人应当与被投诉人"
    "存在合同关系。",
    ["拖欠中小企业款项投诉平台", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日。"),
     E(SME, "第二十五条", "投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉。")])

# SOE manager accepting a supplier-paid trip
add("multi",
    "我在一家央企当部门经理，有个供应商说请我们部门去三亚'考察'几天，吃住行全包。我要是去了，会有什么后果？",
    "有处分风险。《公职人员政务处分法》第三十四条规定，接受可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，"
    "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。第二十一条规定，国有企业管理人员在政务处分期内"
    "不得晋升职务、岗位等级和职称；被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级。",
    ["宴请、旅游、健身、娱乐等活动安排", "不得晋升职务、岗位等级和职称"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称；其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级。")])

# SOE whistleblowing
add("paraphrase",
    "我在央企下面的子公司上班，发现采购部有人拿供应商回扣。想举报，又怕以后被穿小鞋，公司有义务保护我吗？",
    "有。《中央企业合规管理办法》第二十四条规定，中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；应当对举报人的"
    "身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["违规举报平台", "严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励。任何单位和个人不得以任何形式对举报人进行打击报复。")])

# Guangzhou guidelines: agreement frustrated by a policy change (question in Chinese, document in English)
add("cross_lingual",
    "广州那个政商交往指引里有没有说：跟区里签了招商协议，后来因为政策调整没法兑现，企业这边怎么办？",
    "有。据这篇对广州《政商交往指引》的报道，第二批指引规定：因政策变化导致协议无法履行的，可以完善程序或者设置过渡期；"
    "企业因客观原因未完成目标的，可以协商调整并享受宽限期。",
    ["procedures can be rectified or a transition period can be set", "enjoy a grace period"],
    [E(GZ, "¶18", "procedures can be rectified or a transition period can be set"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="zh")

# ---------------------------------------------------------------------------------------------
# answerable, English
# ---------------------------------------------------------------------------------------------

# gift card / golf
add("cross_lingual",
    "Once our permit comes through, is it OK to give the case officer a gift card, or take him out for a round of golf as a thank-you?",
    "No. Article 34 of the Law on Administrative Sanctions for Public Officials sanctions an official who accepts gifts, cash "
    "gifts, securities or other property that may affect the impartial exercise of public power (warning, demerit or major "
    "demerit; demotion or removal where more serious; expulsion where serious), and also sanctions accepting or providing "
    "banquets, travel, fitness or entertainment arrangements that may affect impartiality.",
    ["礼品、礼金、有价证券", "宴请、旅游、健身、娱乐等活动安排"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。"),
     E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排")],
    lang="en")

# intermediary named by the official
add("cross_lingual",
    "The approval officer told us our application will only go through if we hire a consultancy he recommends to write the technical report. Is he allowed to do that?",
    "No. Article 43 of the Regulations on Optimizing the Business Environment says administrative agencies may not designate, "
    "openly or in disguised form, intermediary service providers for businesses, and apart from statutory approval "
    "intermediary services may not force businesses to accept intermediary services; if the agency itself needs technical "
    "services during approval it must select the provider competitively and pay for it itself, not pass the cost on.",
    ["不得为市场主体指定或者变相指定中介服务机构", "不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构；除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介服务。"),
     E(BE, "第四十三条", "行政机关在行政审批过程中需要委托中介服务机构开展技术性服务的，应当通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担。")],
    lang="en")

# reneging after a reshuffle: complaint channel and whether "new people" excuses it
add("multi",
    "A county government signed an incentive deal with us, but after a reshuffle the new team says it was the old team's promise and they won't honor it. Is 'different people now' a valid excuse, and where do we complain?",
    "It is not an excuse: under the NDRC notice, failure to perform due to institutional adjustments, personnel changes and "
    "similar reasons is all regarded as breach of contract and dishonesty (II.(2)). Complaints can be lodged through the "
    "special breach-of-contract complaint columns that provincial credit leading departments set up via credit websites, the "
    "'Internet + Supervision' platform, MIIT's platform, local 12345 government service hotlines, business environment "
    "complaint platforms and petition departments (II.(1)).",
    ["personnel changes", "regarded as breach of contract and dishonesty", "12345 government service hotlines"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty."),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints")],
    lang="en")

# consequences for a government with a dishonesty record
add("paraphrase",
    "If a city government gets flagged for stiffing private companies on its contracts, does anything actually happen to it?",
    "Yes. Under III.(4) of the NDRC notice, entities with dishonesty records face restricted support from central budget funds, "
    "limits on applying for local government special bonds and restricted financing-project recommendations; prefecture-level "
    "and higher cities with government dishonesty records lose eligibility for development-and-reform awards and pilot "
    "demonstrations, get heavier city credit-monitoring deductions, and can lose social credit demonstration-zone titles.",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

# paid with commercial bills
add("cross_lingual",
    "A government agency we supply wants to settle our invoice with commercial bills that mature in six months instead of a bank transfer. We're a small firm. Do we have to take them?",
    "No. Article 11 of the Regulations on Guaranteeing Payments to SMEs requires agencies, public institutions and large "
    "enterprises to agree any commercial-bill or electronic-receivable payment clearly in the contract, and forbids them to "
    "force SMEs to accept such non-cash payment or to use it to extend the payment term in disguise.",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "应当在合同中作出明确、合理约定，不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限。")],
    lang="en")

# the inspector hinted
add("cross_lingual",
    "During a fire-safety check, the inspector hinted the sign-off would go 'a lot smoother' if we looked after him. What happens to an official who does that?",
    "Article 38 of the Law on Administrative Sanctions for Public Officials covers officials who deliberately make things "
    "difficult or 'eat, take, obstruct and demand' in management and service activities: where the circumstances are "
    "relatively serious, a warning, demerit or major demerit; where serious, demotion or removal; and where especially serious, "
    "expulsion.",
    ["故意刁难、吃拿卡要", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除。")],
    lang="en")

# kickback: what the company risks
add("multi",
    "If one of our sales reps slips a kickback to a procurement official to win a tender, is that just his own problem, or is the company on the hook too?",
    "The company is exposed. Article 36 of the Private Economy Promotion Law says private economic organisations must not seek "
    "improper benefits by bribery or fraud, and Article 75 says that where their business activities violate laws or "
    "regulations, the competent authority orders correction and imposes administrative penalties, they bear civil liability "
    "for personal injury or property loss, and criminal liability is pursued where a crime is constituted. Article 39 also "
    "expects firms to build internal audit and integrity-risk controls.",
    ["不得通过贿赂和欺诈等手段牟取不正当利益", "依法予以行政处罚", "依法追究刑事责任"],
    [E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益"),
     E(PE, "第七十五条", "民营经济组织及其经营者生产经营活动违反法律、法规规定，由有权机关责令改正，依法予以行政处罚"),
     E(PE, "第七十五条", "造成人身损害或者财产损失的，依法承担民事责任；构成犯罪的，依法追究刑事责任。"),
     E(PE, "第三十九条", "支持引导民营经济组织建立健全内部审计制度，加强廉洁风险防控")],
    lang="en")

# SOE client waits for the audit office before settling
add("multi",
    "Our client is a big state-owned company and says it can't settle our final bill until the government audit office has finished auditing the project. Can they make us wait for that?",
    "Generally no. Article 12 of the Regulations on Guaranteeing Payments to SMEs says agencies, public institutions and large "
    "state-owned enterprises may not compel the use of the audit authority's results as the settlement basis unless a law or "
    "administrative regulation provides otherwise; Article 67 of the Private Economy Promotion Law says the same and bars "
    "delaying payment on grounds such as waiting for the final audit where the contract does not provide for it. Under "
    "Article 33 of the SME regulations the SOE's regulator orders correction, and responsible managers who refuse can be sanctioned.",
    ["不得强制要求以审计机关的审计结果作为结算依据", "不得强制要求以审计结果作为结算依据", "由其监管部门责令改正"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据。"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分。")],
    lang="en")

# SOE manager's own accountability
add("multi",
    "I run a business unit at a central SOE. If a compliance breach happens on my watch that I really should have spotted, can I be held personally accountable?",
    "Yes. Article 38 of the Central SOE Compliance Management Measures requires the SOE to pursue accountability against units "
    "and persons who, intentionally or through gross negligence, failed to discover violations they should have discovered, or "
    "were derelict after discovering them, causing losses or adverse effects. Article 25 requires a record of violations whose "
    "nature, frequency and harm serve as an important basis for performance evaluation and grade assessment.",
    ["因故意或者重大过失应当发现而未发现违规问题", "考核评价、职级评定"],
    [E(SOE, "第三十八条", "中央企业应当对在履职过程中因故意或者重大过失应当发现而未发现违规问题，或者发现违规问题存在失职渎职行为，给企业造成损失或者不良影响的单位和人员开展责任追究。"),
     E(SOE, "第二十五条", "中央企业应当建立所属单位经营管理和员工履职违规行为记录制度，将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据。")],
    lang="en")

# Guangzhou: general yardstick for cases not in the guidance
add("paraphrase",
    "What we're doing with a district official isn't one of the examples in Guangzhou's government–business guidance. Is there a general yardstick we can apply ourselves?",
    "Yes. According to the drafting-committee member quoted in the report, the listed scenarios cannot cover every situation; "
    "the core test is to distinguish 'acting for the public good' from 'acting for personal gain', and the key is whether the "
    "action can be 'put on the table'.",
    ["acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "cannot encompass all situations"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# development-zone assessment fee
add("cross_lingual",
    "We're building a plant in a development zone, and the zone office wants us to chip in for the area-wide geological hazard study it commissioned. Do we have to pay?",
    "No. Under Article 42 of the Regulations on Optimizing the Business Environment, regional assessments in development zones "
    "and similar areas are organised by the municipal government, businesses in the area are no longer asked to do separate "
    "assessments, and the cost of the regional assessment may not be borne by market entities.",
    ["区域评估的费用不得由市场主体承担", "不再对区域内的市场主体单独提出评估要求"],
    [E(BE, "第四十二条", "不再对区域内的市场主体单独提出评估要求。区域评估的费用不得由市场主体承担。")],
    lang="en")

# police used in a commercial dispute
add("multi",
    "We're in a payment fight with a company from another province, and now police from their city are threatening to come and freeze our accounts. Can they use the police to settle a business dispute?",
    "No. Article 63 of the Private Economy Promotion Law requires strict separation of economic disputes from economic crimes "
    "and prohibits using administrative or criminal means to illegally intervene in economic disputes; Article 64 prohibits "
    "abusing power to conduct cross-regional enforcement for economic benefit; Article 62 bars sealing, seizing or freezing "
    "beyond authority, scope, amount or time limit.",
    ["禁止利用行政或者刑事手段违法干预经济纠纷", "禁止为经济利益等目的滥用职权实施异地执法"],
    [E(PE, "第六十三条", "禁止利用行政或者刑事手段违法干预经济纠纷。"),
     E(PE, "第六十四条", "禁止为经济利益等目的滥用职权实施异地执法。"),
     E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物")],
    lang="en")

# ---------------------------------------------------------------------------------------------
# unanswerable
# ---------------------------------------------------------------------------------------------

unans("not_covered",
    "区里有个干部要来我们公司给员工讲讲政策，给他发讲课费的话，标准是多少才不算违规？",
    ["讲课费", "讲座"],
    "No document sets any standard for paying officials to lecture; PS 第三十六条 only says taking remuneration in "
    "violation of rules is sanctionable, without any amount or procedure.")

unans("not_covered",
    "某局刚退休的副局长想来我们公司做事，法律规定他要离职满几年才能来？",
    ["离职满", "从业限制", "冷却期"],
    "No document sets a post-retirement employment restriction or cooling-off period; PS 第二十七条 only covers "
    "violations by retired officials.")

unans("not_covered",
    "广州出的政商交往指引里，到底列了哪些饭能吃、哪些车能坐？能给我一份具体清单吗？",
    ["工作餐", "公务用车"],
    "GZ only reports that the first batch of the Guidelines addresses 'what meals can be eaten and what vehicles can be "
    "taken'; it does not reproduce any of the actual rules or lists.")

unans("false_premise",
    "政务处分法第三十四条是不是说送礼一千元以下不算违法？那我们送八百块的购物卡应该没问题吧？",
    ["一千元", "八百"],
    "PS 第三十四条 sets no monetary threshold; it covers gifts that 'may affect the impartial exercise of public power' "
    "regardless of amount.",
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")])

unans("false_premise",
    "听说保障中小企业款项支付条例规定，政府欠款超过一年，企业就可以直接申请冻结政府账户，具体怎么操作？",
    ["政府账户", "超过一年"],
    "SME contains no such remedy: it provides payment deadlines, late-payment interest (第十七条), complaints "
    "(第二十四、二十五条) and credit/discipline measures, but nothing about freezing government accounts after a year.",
    related=[E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息。"),
                      E(SME, "第二十四条", "受理对机关、事业单位和大型企业拖欠中小企业款项的投诉")])

unans("out_of_domain",
    "公司年会抽奖的奖品，要不要给中奖的员工代扣个人所得税？",
    ["个人所得税", "年会", "抽奖"],
    "Employee income-tax withholding is outside the scope of the corpus.")

unans("not_covered",
    "What's the maximum value in RMB of a gift we can give a Chinese official before it counts as a bribe?",
    ["RMB", "threshold", "de minimis"],
    "No document sets a monetary gift threshold; PS Article 34 turns on whether the gift may affect impartial exercise of "
    "public power.",
    lang="en")

unans("not_covered",
    "The inspector hinted he wanted a bribe. Are we allowed to secretly record our next conversation with him as evidence?",
    ["recording", "record the conversation", "录音"],
    "No document addresses whether a company may record conversations with officials.",
    lang="en")

unans("not_covered",
    "What's the maximum fine our company could face if an employee is caught bribing a local official?",
    ["maximum fine", "RMB"],
    "PE Article 75 says administrative penalties apply 'according to law' but no document states any fine amount or cap "
    "for bribery.",
    lang="en")

unans("false_premise",
    "The NDRC notice says private firms can claim double damages from local governments that break contracts. How do we file that claim?",
    ["double damages", "compensatory"],
    "The NDRC notice provides complaint channels, dishonesty records and punishment of the government entity; it grants "
    "companies no damages, let alone double damages.",
    related=[E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints"),
                      E(NDRC, "III.(4)", "restrict support from central budget funds")],
    lang="en")

unans("false_premise",
    "Since the SME payment rules let government buyers take up to 90 days to pay, can our city-government client put 90-day payment terms in our contract?",
    ["90-day", "90 days"],
    "False premise: SME Article 9 requires agencies to pay within 30 days of delivery and caps any agreed term at 60 days; "
    "the 90-day figure in SME Article 25 is the maximum complaint-handling period.",
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。"),
                      E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="en")

unans("out_of_domain",
    "What's the current corporate income tax rate for small and micro businesses in Guangzhou?",
    ["corporate income tax", "income tax rate"],
    "Tax rates are outside the scope of the corpus.",
    lang="en")
