"""Hard-case gold items, hundred-and-fifteenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a compliance officer at a European multinational's China subsidiary who maps Chinese rules onto the
group's global anti-bribery policy; writes English with FCPA and UK Bribery Act vocabulary (facilitation payments,
hospitality thresholds, third-party intermediaries, books and records, adequate procedures), asks whether the Chinese
documents contain an equivalent rule, and sometimes assumes one that they do not.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- single

add("single",
    "集团的全球政策对招待官员（hospitality）设了审批门槛。中国这边，如果公职人员接受企业安排的宴请、旅游，按政务处分法会怎么处理？",
    "按《公职人员政务处分法》第三十四条第二款，接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，"
    "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["可能影响公正行使公权力的宴请", "予以警告、记过或者记大过", "予以降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("single",
    "UK Bribery Act下我们要能证明有adequate procedures。民营经济促进法对企业自身的反腐败内控有没有类似的要求？",
    "有相关规定：第三十九条规定国家推动构建民营经济组织源头防范和治理腐败的体制机制，支持引导其建立健全内部审计制度、"
    "加强廉洁风险防控；民营经济组织应当加强对工作人员的法治教育，营造诚信廉洁、守法合规的文化氛围。",
    ["内部审计制度", "加强廉洁风险防控", "加强对工作人员的法治教育"],
    [E(PE, "第三十九条", "国家推动构建民营经济组织源头防范和治理腐败的体制机制"),
     E(PE, "第三十九条", "支持引导民营经济组织建立健全内部审计制度，加强廉洁风险防控"),
     E(PE, "第三十九条", "民营经济组织应当加强对工作人员的法治教育，营造诚信廉洁、守法合规的文化氛围")],
    lang="zh")

add("single",
    "我们的合资方是央企。央企合规管理办法有没有要求他们专门针对商业贿赂出一套制度？就像我们集团单独的anti-bribery policy那样。",
    "有。《中央企业合规管理办法》第十八条要求中央企业针对反垄断、反商业贿赂等重点领域，以及合规风险较高的业务，"
    "制定合规管理具体制度或者专项指南。",
    ["反商业贿赂", "制定合规管理具体制度或者专项指南"],
    [E(SOE, "第十八条", "针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "制定合规管理具体制度或者专项指南")],
    lang="zh")

add("single",
    "We signed an investment agreement with a district government; the official who negotiated it has been rotated out "
    "and the new team says they're not bound by it. Under the NDRC notice, does a change of personnel let the government "
    "off the hook, or does it count as dishonesty?",
    "It counts as dishonesty: section II.(2) of the NDRC notice says failure to perform due to institutional adjustments, "
    "personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "I'm turning the Guangzhou government-business interaction Guidelines into modules for our gifts & hospitality "
    "training. How many scenarios do the two batches cover, and are they supposed to be exhaustive?",
    "According to the report, the two batches of the Guidelines cover 33 scenarios, and these cannot encompass all "
    "situations (¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "集团有speak-up热线和anti-retaliation政策。央企合规管理办法对举报渠道、举报人保密和防止打击报复是怎么规定的？",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；应当对举报人的身份和"
    "举报事项严格保密，对举报属实的可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["设立违规举报平台", "对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("single",
    "FCPA里有books and records条款。民营经济促进法里有没有关于会计核算和账目真实性的相应要求？",
    "第四十条要求民营经济组织依照法律、行政法规和国家统一的会计制度，加强财务管理，规范会计核算，防止财务造假，"
    "并区分企业生产经营收支与经营者个人收支。",
    ["规范会计核算", "防止财务造假", "区分民营经济组织生产经营收支与民营经济组织经营者个人收支"],
    [E(PE, "第四十条", "依照法律、行政法规和国家统一的会计制度，加强财务管理，规范会计核算，防止财务造假"),
     E(PE, "第四十条", "区分民营经济组织生产经营收支与民营经济组织经营者个人收支")],
    lang="zh")

add("single",
    "Our sales team keeps running into situations with Guangzhou officials that none of the Guidelines' scenarios "
    "quite fit. What rule of thumb did the drafting committee member give for judging those grey-zone cases?",
    "Wang Yuqun said the core is to distinguish between \"acting for the public good\" and \"acting for personal gain\", "
    "and the key is whether the actions can be \"put on the table\" (¶10).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "“acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# --------------------------------------------------------------------------- multi

add("multi",
    "我们在华子公司按条例算大型企业。向中小供应商采购，法定的付款期限是多久？如果晚付了又没约定利率，逾期利息怎么算？",
    "《保障中小企业款项支付条例》第九条：大型企业应当自货物、工程、服务交付之日起60日内支付款项（合同另有约定的从其约定，"
    "但应合理约定并及时支付）；第十七条：迟延支付应付逾期利息，未约定利率的按每日利率万分之五支付，约定的不得低于合同订立时1年期LPR。",
    ["交付之日起60日内支付款项", "每日利率万分之五"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="zh")

add("multi",
    "If a local government ends up with a dishonesty record under the NDRC notice, what does the NDRC actually do to it, "
    "and how does it get that record cleared again?",
    "Under III.(4) the NDRC restricts support from central budget funds, limits applications for local government "
    "special bonds and restricts financing-project recommendations (and for prefecture-level cities cancels award and "
    "pilot eligibility); under III.(6), once the identifying department confirms the dishonest behaviour has been "
    "corrected and performance completed, the records are promptly restored and punishment measures terminated.",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "records should be promptly restored"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "客户那边一位公职人员因为收了供应商的礼金，被给了记过处分。这个处分一般要挂多久？从什么时候开始算？",
    "收受可能影响公正行使公权力的礼金，依第三十四条予以警告、记过或者记大过（情节较重、严重的更重）；"
    "依第八条，记过的处分期为十二个月，自政务处分决定生效之日起计算。",
    ["收受可能影响公正行使公权力的礼品、礼金", "记过，十二个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

# --------------------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约的通知里，“违约失信”覆盖政府和企业在哪些领域签的协议？招商引资协议算不算？",
    "算。通知第二部分第（1）项规定，违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、"
    "产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为。",
    ["government procurement, bidding, investment promotion"],
    [E(NDRC, "II.(1)", "breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion")],
    lang="zh")

add("cross_lingual",
    "广州那份政商交往的《指引》是哪个部门发的？一共出了几批？",
    "据报道，《指引》由广州市纪委监委发布，自去年起连续两年发布了两批（¶7）。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "Discipline Inspection and Supervision has issued two batches"),
     E(GZ, "¶7", "for two consecutive years")],
    lang="zh")

add("cross_lingual",
    "Is there anything like DOJ-style cooperation credit in the Public Official Sanctions Law? If an official "
    "self-reports or cooperates with the investigation, can the sanction be reduced?",
    "Yes. Article 11 allows a lighter or mitigated sanction where the official voluntarily confesses the violation, "
    "cooperates with the investigation and truthfully explains the facts, reports others' violations that are verified, "
    "takes measures to avoid or recover losses, or hands over or returns illegal gains.",
    ["主动交代本人应当受到政务处分的违法行为", "配合调查，如实说明本人违法事实", "可以从轻或者减轻给予政务处分"],
    [E(PS, "第十一条", "可以从轻或者减轻给予政务处分"),
     E(PS, "第十一条", "主动交代本人应当受到政务处分的违法行为的"),
     E(PS, "第十一条", "配合调查，如实说明本人违法事实的")],
    lang="en")

# --------------------------------------------------------------------------- paraphrase

add("paraphrase",
    "办证的时候窗口那个人一直拖着不给办，话里话外暗示要点好处才肯盖章（我们集团叫facilitation payment）。这种人按规定会受什么处理？",
    "这属于《公职人员政务处分法》第三十八条第一款第（二）项“在管理服务活动中故意刁难、吃拿卡要”：情节较重的，"
    "予以警告、记过或者记大过；情节严重的，予以降级或者撤职；情节特别严重的，予以开除。",
    ["故意刁难、吃拿卡要", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

add("paraphrase",
    "当地街道让我们公司“自愿”出钱出人支持一个活动，上面也拿不出任何文件说必须交。我们能不能直接回绝？",
    "可以。《优化营商环境条例》第十四条第三款禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "市场主体有权拒绝任何形式的摊派。",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "Why does the SME Payment Regulation let large companies like ours make payment to SME suppliers conditional on "
    "first being paid by the end customer? We'd like to mirror that pay-when-paid wording in our China templates.",
    ["pay-when-paid", "背靠背"],
    "The premise is contradicted: SME Art. 9 says large enterprises may not agree to make receipt of third-party payment "
    "a condition of paying SMEs, nor pay in proportion to third-party payment progress; PE Art. 68 says the same for "
    "large enterprises buying from small and medium private economic organisations.",
    lang="en", present=["收到第三方付款"],
    related=[E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
             E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")])

unans("false_premise",
    "按条例第十七条每日万分之三的法定逾期利率，我们对中小供应商一笔100万元的货款逾期60天，要付多少利息？",
    ["万分之三"],
    "前提数字错误：《保障中小企业款项支付条例》第十七条规定未约定利率的按每日利率万分之五支付逾期利息，"
    "约定利率不得低于合同订立时1年期贷款市场报价利率；没有万分之三的规定，按错误利率计算的结果无从回答。",
    lang="zh", present=["万分之五", "1年期贷款市场报价利率"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "The NDRC notice gives the identifying department 15 working days to verify a breach-of-contract complaint against "
    "a government body. What happens under the notice if they miss that 15-day deadline?",
    ["working days", "15 days"],
    "The NDRC notice sets no 15-working-day verification deadline: II.(2) only says provincial credit leading departments "
    "should immediately transfer complaint clues to the superior or competent department for verification and "
    "identification, and that untrue ones get prompt feedback; no consequence for a missed deadline is stated.",
    lang="en", present=["immediately transfer", "promptly provide feedback"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
    "SASAC's Compliance Measures require central SOEs to run a compliance-system effectiveness evaluation every three "
    "years, right? Our SOE joint-venture partner says its next one isn't due until 2026.",
    ["every three years", "每三年"],
    "SOE Art. 27 only says central SOEs shall regularly (定期) evaluate the effectiveness of the compliance management "
    "system and carry out special evaluations when appropriate; no three-year cycle is set (Art. 8 mentions an annual "
    "report approved by the board, not a triennial evaluation).",
    lang="en", present=["定期开展合规管理体系有效性评价"],
    related=[E(SOE, "第二十七条", "中央企业应当定期开展合规管理体系有效性评价")])

unans("false_premise",
    "Since the Guangzhou Guidelines on government-business interactions were issued by the GBA Integrity and Compliance "
    "Association, does the Association also investigate and sanction officials or member companies that breach them?",
    ["Association issued the Guidelines", "investigates"],
    "The premise is wrong: the report says the Guangzhou Municipal Commission for Discipline Inspection and Supervision "
    "issued the two batches of Guidelines; the GBA Association hosted the lecture hall. Nothing says the Association "
    "investigates or sanctions anyone.",
    lang="en", present=["GBA Integrity and Compliance Association"],
    related=[E(GZ, "¶7", "Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
    "Given that the Private Economy Promotion Law covers every company operating in China, wholly foreign-owned "
    "subsidiaries like ours included, does it now give us a statutory duty to set up an internal audit function?",
    ["wholly foreign-owned", "外商独资"],
    "PE Art. 77 defines a private economic organisation as one controlled or actually controlled by Chinese citizens; "
    "where foreign investment is involved, foreign-investment laws also apply. So the law does not cover all companies "
    "as assumed, and Art. 39 only says the state supports and guides such organisations to build internal audit systems.",
    lang="en", present=["涉及外商投资", "内部审计制度"],
    related=[E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
             E(PE, "第三十九条", "支持引导民营经济组织建立健全内部审计制度")])

unans("false_premise",
    "政务处分法只管政府机关的公务员，国企的人不算公职人员；所以国企客户的采购经理收我们送的礼品，不会有政务处分的问题吧？",
    ["仅适用于公务员", "不包括国有企业"],
    "前提错误：政务处分法第二条所称公职人员指监察法第十五条规定的人员，法中多处直接规定国有企业管理人员受政务处分的后果"
    "（第二十一条）；第三十四条对收受可能影响公正行使公权力的礼品同样适用。",
    lang="zh", present=["国有企业管理人员"],
    related=[E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
             E(PS, "第二条", "本法所称公职人员，是指《中华人民共和国监察法》第十五条规定的人员")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "What's the RMB value threshold below which gifts or meals for Chinese public officials are acceptable under the "
    "Public Official Sanctions Law? I need to set our pre-approval limit.",
    ["RMB", "yuan", "金额上限", "500元"],
    "PS Art. 34 sanctions gifts, cash gifts and banquets that may affect the fair exercise of public power, graded by "
    "seriousness of circumstances; it sets no monetary threshold, and no other document does.",
    lang="en", present=["可能影响公正行使公权力"])

unans("not_covered",
    "Since the first batch of the Guangzhou Guidelines came out, how many companies or officials in Guangzhou have "
    "actually been penalised for breaching them?",
    ["penalised", "penalized", "number of cases"],
    "The GZ report describes the two batches, their 33 scenarios and participants' praise, but gives no enforcement "
    "statistics on companies or officials penalised under them.",
    lang="en", present=["33 scenarios"])

unans("not_covered",
    "央企合规管理办法对代理商、中间人这类第三方的合规尽职调查有什么具体要求？比如要不要做背景调查、在合同里加反腐条款？",
    ["尽职调查", "代理商", "中间人", "背景调查"],
    "《中央企业合规管理办法》只规定合规审查嵌入经营管理流程、合规管理部门审查经济合同（第十四条、第二十一条）和反商业贿赂专项制度"
    "（第十八条），没有针对第三方中介的尽职调查或合同反腐条款的具体要求。",
    lang="zh", present=["经济合同", "反商业贿赂"])

unans("not_covered",
    "How much does the GBA Integrity and Compliance Association charge for its Enterprise Compliance Health Check, and "
    "do we have to become a member first?",
    ["fee", "fees", "price"],
    "The GZ report lists customized compliance health checks among the Association's featured services but gives no "
    "fee, price or membership precondition.",
    lang="en", present=["compliance health checks"])

unans("not_covered",
    "We filed a breach-of-contract complaint on the provincial credit website against a district government that "
    "walked away from our investment agreement. Realistically, will we win and get compensated?",
    ["success rate", "likelihood"],
    "The NDRC notice describes complaint channels, verification, identification, punishment and restoration (II–III); "
    "PE Art. 70 and BE Art. 31 provide for compensation when commitments are changed for public interest. None can "
    "predict the outcome of a specific complaint.",
    lang="en", present=["complaint"])

unans("not_covered",
    "央企合规管理办法说对举报属实的举报人可以给奖励，那具体的奖励标准或者金额是多少？",
    ["奖励标准", "奖励金额"],
    "《中央企业合规管理办法》第二十四条只说对举报属实的举报人可以给予适当奖励，未规定奖励标准或金额。",
    lang="zh", present=["适当奖励"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号最初公布的那版《保障中小企业款项支付条例》里，大型企业的付款期限原来是怎么规定的？跟修订后的有什么不同？",
    ["修订前", "原条例"],
    "语料只有2025年国务院令第802号修订后的文本（第九条：大型企业60日内付款）；2020年原版条文没有收录，无法比较。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "Under SASAC's 2018 Guidelines on Compliance Management of Central Enterprises (for Trial Implementation), which "
    "key areas needed dedicated compliance guidance? I'm comparing them with the 2022 Measures.",
    ["2018", "Trial Implementation", "试行"],
    "The corpus has only the 2022 SASAC Measures (Decree No. 42; Art. 18 lists the key areas); the 2018 trial "
    "guidelines are not included.",
    lang="en", present=["反商业贿赂"])

unans("superseded",
    "In the draft of the Private Economy Promotion Law that was put out for public comment in late 2024, how was the "
    "anti-corruption article worded before the final text was adopted?",
    ["draft", "草案", "征求意见稿", "public comment"],
    "The corpus holds only the law as adopted on 30 April 2025 (Art. 39 on anti-corruption); no draft is included.",
    lang="en", present=["源头防范和治理腐败"])

unans("superseded",
    "政务处分法出台前，2007年的《行政机关公务员处分条例》里，警告处分的期间是多久？",
    ["行政机关公务员处分条例", "2007"],
    "语料只有2020年《公职人员政务处分法》（第八条：警告六个月），没有收录此前的《行政机关公务员处分条例》。",
    lang="zh", present=["警告，六个月"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "Can our China subsidiary put a non-compete clause in the employment contract of a sales manager who deals with "
    "government hospitals, and how much compensation must the company pay him during the restricted period?",
    ["non-compete", "竞业限制"],
    "Employment non-compete rules are outside these documents; they deal with private-economy promotion, SME payments, "
    "public-official sanctions, SOE compliance and government integrity.",
    lang="en")

unans("out_of_domain",
    "What withholding tax rate applies when our China subsidiary pays a dividend to the European parent company, and "
    "does a tax bureau official have to approve the treaty rate before payment?",
    ["withholding tax", "dividend", "预提所得税"],
    "Cross-border dividend taxation is not covered by any of the documents.",
    lang="en")

unans("out_of_domain",
    "集团要派一位外籍财务总监来中国子公司工作，公司需要向哪个政府部门办工作许可？要准备哪些材料？",
    ["工作许可", "外国人来华工作"],
    "外籍员工工作许可不在这些文件范围内。",
    lang="zh")
