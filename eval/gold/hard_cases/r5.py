"""Hard-case gold items, fifth round (see eval/gold/build_hard_cases.py): written blind, from the
documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable

# ---------------------------------------------------------------- 政务处分法 (PS)

add("paraphrase",
    "Our sales director wants to take the head of the district permits office on a golf-and-spa "
    "weekend, all on us. If this ever comes out, what can happen to the official?",
    "Under the Public Official Sanctions Law art. 34(2), an official who accepts banquets, trips, "
    "fitness or entertainment arrangements that may affect the impartial exercise of public power "
    "gets a warning, a demerit or a major demerit where the circumstances are relatively serious, "
    "and demotion or removal from post where they are serious.",
    ["健身、娱乐", "情节较重的，予以警告、记过或者记大过", "情节严重的，予以降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="en")

add("single",
    "记大过的话，处分期是多久？从哪天开始算？",
    "记大过的政务处分期为十八个月（政务处分法第八条），政务处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月", "自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("multi",
    "A section chief at the tax bureau we deal with just got a 'demerit' sanction. Our GM wants to "
    "know: can he still be promoted or get a pay-step raise in the meantime, and how long does that last?",
    "No. A civil servant in a sanction period may not be promoted in post, rank or grade, and one "
    "given a demerit also may not move up a salary step (art. 19); the demerit period is twelve "
    "months (art. 8), counted from the date the decision takes effect.",
    ["不得晋升职务、职级、衔级和级别", "不得晋升工资档次", "记过，十二个月"],
    [E(PS, "第十九条", "公务员以及参照《中华人民共和国公务员法》管理的人员在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次"),
     E(PS, "第八条", "（二）记过，十二个月；")],
    lang="en")

# ---------------------------------------------------------------- 中小企业款项支付条例 (SME)

add("paraphrase",
    "We make packaging for a big food company. Their procurement guy just told us: 'we pay you "
    "when our retail customers pay us.' Can they actually do that?",
    "No. A large enterprise buying from an SME must pay within 60 days of delivery (or a reasonable "
    "term agreed in the contract) and may not make receiving a third party's payment a condition of "
    "paying the SME, nor pay in proportion to the third party's payments (SME regulation art. 9).",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")],
    lang="en")

add("single",
    "区里一个事业单位欠我们货款拖了四个多月，合同里没写逾期利息，能要利息吗？按多少算？",
    "可以。机关、事业单位迟延支付中小企业款项的，应当支付逾期利息；双方未约定利率的，按照每日利率"
    "万分之五支付（保障中小企业款项支付条例第十七条）。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("cross_lingual",
    "We complained to the provincial SME department that a big state-owned builder owes us money. "
    "How long do they have to deal with it? They keep telling us 'it's complicated'.",
    "The department that accepts the complaint must pass it to the handling department within 10 "
    "working days of formal acceptance; the handling department must reach a result within 30 days "
    "of receiving the materials and reply in writing; in complex cases it may extend with its head's "
    "approval, but to no more than 90 days in total (SME regulation art. 25).",
    ["10个工作日内", "30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="en")

# ---------------------------------------------------------------- 优化营商环境条例 (BE)

add("paraphrase",
    "街道办打电话说要搞个“诚信示范商户”评选，每家交两千块参评费，不交就“影响以后办事”。这种能拒吗？",
    "可以拒绝。优化营商环境条例第十七条规定，除法律、法规另有规定外，任何单位和个人不得强制或者"
    "变相强制市场主体参加评比、达标、表彰等活动，也不得借这些活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("cross_lingual",
    "The approval office told us the technical report for our application has to be done by one "
    "specific consultancy, and it turns out that firm belongs to a public institution under that same "
    "office. Is that allowed?",
    "No. Under the Regulations on Optimizing the Business Environment art. 43, administrative organs "
    "may not designate an intermediary service agency for a business, openly or in disguise, and "
    "public institutions under the organ (and firms they run) may not provide intermediary services "
    "related to the approvals that organ handles, unless a law or administrative regulation provides "
    "otherwise.",
    ["不得为市场主体指定或者变相指定中介服务机构", "不得开展与本机关所负责行政审批相关的中介服务"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第四十三条", "行政机关所属事业单位、主管的社会组织及其举办的企业不得开展与本机关所负责行政审批相关的中介服务")],
    lang="en")

add("multi",
    "镇上要修路，让辖区每家企业“自愿”出五万块，说这不算摊派……我们是民营企业，能不交吗？有什么依据？",
    "可以不交。民营经济促进法第六十一条规定任何单位不得向民营经济组织摊派财物；优化营商环境条例"
    "第十四条禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，并明确市场主体有权"
    "拒绝任何形式的摊派。",
    ["不得向民营经济组织摊派财物", "市场主体有权拒绝任何形式的摊派"],
    [E(PE, "第六十一条", "不得向民营经济组织摊派财物"),
     E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

# ---------------------------------------------------------------- 民营经济促进法 (PE) + NDRC

add("multi",
    "After the reshuffle, our new county head says the land-price incentive his predecessor promised "
    "us 'was his deal, not mine'. What do the rules say about that?",
    "Local governments must honour policy commitments and contracts lawfully made with private "
    "businesses and may not breach or repudiate them because of a change of government term, "
    "institutional adjustment or replacement of the officials concerned; a change needed for the "
    "public interest must follow statutory procedure and compensate the loss (Private Economy "
    "Promotion Law art. 70). The NDRC notice likewise treats failure to perform because of "
    "institutional adjustments or personnel changes as breach of contract and dishonesty (II.(2)).",
    ["政府换届", "相关人员更替", "personnel changes"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("paraphrase",
    "A competitor we're in a contract fight with got the police to open a fraud case against our "
    "boss. Feels like they're using the cops to win a business dispute. Does the private economy law "
    "say anything about this?",
    "Yes. Art. 63 of the Private Economy Promotion Law requires cases to strictly distinguish economic "
    "disputes from economic crimes, says business conduct that does not violate the Criminal Law is "
    "not treated as a crime, and prohibits using administrative or criminal means to interfere "
    "unlawfully in economic disputes.",
    ["严格区分经济纠纷与经济犯罪", "禁止利用行政或者刑事手段违法干预经济纠纷"],
    [E(PE, "第六十三条", "办理案件应当严格区分经济纠纷与经济犯罪"),
     E(PE, "第六十三条", "禁止利用行政或者刑事手段违法干预经济纠纷")],
    lang="en")

# ---------------------------------------------------------------- NDRC notice

add("cross_lingual",
    "政府招商引资时跟我们签的协议不兑现，按发改委那个政务诚信的通知，我们能通过哪些渠道投诉？",
    "通知第二部分第（1）项要求省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部违约拖欠"
    "中小企业款项登记（投诉）平台、12345政务服务热线、营商环境投诉平台、信访部门等渠道，设立或完善违约"
    "失信投诉专栏；招商引资中政府与民营企业签订的协议属于受理范围。",
    ["12345 government service hotlines", "credit websites", "investment promotion"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion")],
    lang="zh")

add("cross_lingual",
    "如果某个区政府因为拖着不履约被认定失信了，后来改正了、合同也履行完了，这个失信记录会一直挂着吗？",
    "不会。按通知第（6）项，认定部门确认失信行为已纠正、履约已完成后，应及时修复相关失信记录，"
    "并终止失信惩戒措施。",
    ["promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="zh")

add("single",
    "A colleague's slide says the NDRC notice lets the NDRC cut a dishonest government's "
    "applications for local government special bonds. Does the notice actually say that?",
    "Yes. Item (4) says that for entities with dishonesty records the NDRC will restrict support from "
    "central budget funds, limit applications for local government special bonds and restrict "
    "recommendations for financing projects; cities with government dishonesty records also lose "
    "award and pilot eligibility in the development and reform system.",
    ["limit applications for local government special bonds", "central budget funds"],
    [E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict support from central budget funds")],
    lang="en")

# ---------------------------------------------------------------- Guangzhou report (GZ)

add("cross_lingual",
    "广州那份政商交往指引里没写到的情形，比如企业请区里干部来参加我们的新品发布会，该怎么判断行不行？",
    "报道中起草组成员王玉群说，两批指引共33个场景无法涵盖所有情况；判断的核心是区分“为公”还是“为私”，"
    "关键看行为能否“摆到桌面上”，并把握三组辩证关系。",
    ["acting for the public good", "put on the table", "cannot encompass all situations"],
    [E(GZ, "¶10", "cannot encompass all situations"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "whether the actions can be “put on the table”")],
    lang="zh")

add("single",
    "我要给新员工讲广州的政商交往指引，第一批和第二批的侧重点有什么不一样？",
    "据报道，第一批系统回应日常政商交往问题，如“什么饭能吃、什么车能坐”；第二批聚焦新质生产力和涉企"
    "服务，围绕从招商引资到项目落地的企业发展全周期服务。",
    ["what meals can be eaten and what vehicles can be taken", "from investment promotion to project landing"],
    [E(GZ, "¶9", "“what meals can be eaten and what vehicles can be taken”"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="zh")

add("paraphrase",
    "我们是广州的国企，投了个项目结果亏了不少。按广州那个政商交往指引的思路，审计是不是一律要追责？什么情况能容错？",
    "不是一律追责。报道中广药集团审计部负责人解读“三个区分”：因政策调整、市场变化、技术探索等固有风险"
    "造成损失且已采取止损措施的，予以容错；因投后管控缺失、挪用资金、隐瞒风险、延误处置导致损失扩大的，"
    "失职者必须追责。",
    ["error tolerance will be granted", "misappropriation of funds"],
    [E(GZ, "¶30", "policy adjustments, market changes, and technological exploration"),
     E(GZ, "¶30", "error tolerance will be granted"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="zh")

# ---------------------------------------------------------------- 中央企业合规管理办法 (SOE)

add("cross_lingual",
    "I work at a central SOE. HR says we need a 'chief compliance officer' — do we have to create a "
    "new VP slot for that, or who takes it on?",
    "No new leadership post: the SASAC measures (art. 12) say central enterprises set up a chief "
    "compliance officer without adding leadership positions, held concurrently by the general legal "
    "counsel and answerable to the enterprise's principal leader.",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第十二条", "对企业主要负责人负责")],
    lang="en")

add("paraphrase",
    "我在央企，发现采购经理跟供应商私下勾兑，想实名反映又怕被穿小鞋，公司对举报人有什么保护？",
    "中央企业合规管理办法第二十四条规定，企业应对举报人的身份和举报事项严格保密，举报属实的可以给予"
    "适当奖励，任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("multi",
    "Under the SASAC compliance measures, who has to sign the compliance review opinion on a major "
    "decision, and which department does the compliance review of our business contracts?",
    "The compliance review opinion on a major decision must be signed by the chief compliance officer "
    "(art. 21); the compliance management department is responsible for compliance review of rules, "
    "economic contracts and major decisions (art. 14).",
    ["由首席合规官签字", "负责规章制度、经济合同、重大决策合规审查"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字"),
     E(SOE, "第十四条", "负责规章制度、经济合同、重大决策合规审查")],
    lang="en")

# =========================================================================== unanswerable

# ---------------------------------------------------------------- not_covered

unans("not_covered",
    "Quick one: what's the max value of a gift a government official can legally accept? Is a "
    "500-yuan mooncake box OK?",
    ["threshold", "礼品价值", "金额标准"],
    "PS art. 34 sanctions accepting gifts, cash or securities 'that may affect the impartial exercise "
    "of public power' with no monetary threshold; no document sets a value limit for gifts.",
    lang="en",
    present=["礼品"])

unans("not_covered",
    "我们公司一年营业额八千万、员工三百人，算不算中小企业？条例里有没有具体的划分数字？",
    ["营业收入", "从业人员", "资产总额"],
    "SME regulation art. 3 refers to the SME classification standards approved by the State Council "
    "and art. 29 to a self-test platform, but no document gives the revenue or headcount thresholds.",
    lang="zh")

unans("not_covered",
    "央企员工举报违规，查实了的话奖励能拿多少钱？有没有按比例给的说法？",
    ["奖励金额", "奖励比例", "奖励标准"],
    "SOE measures art. 24 only say a whistleblower whose report proves true 'may be given an "
    "appropriate reward'; no amount, ratio or standard is given anywhere.",
    lang="zh")

unans("not_covered",
    "被监察委给了政务处分，不服想申请复审，得在收到决定书多少天之内提出？",
    ["复审期限", "日内申请"],
    "PS art. 55 allows applying for review (复审) and re-examination (复核), and art. 45 says the "
    "decision states the route and time limit, but the law itself gives no number of days.",
    lang="zh")

unans("not_covered",
    "If a big company doesn't disclose its overdue payments to small suppliers in its annual report, "
    "how big is the fine?",
    ["fine", "罚款数额", "万元以下"],
    "SME regulation art. 34 only says the market regulation department 'handles it according to law'; "
    "no document states a fine or amount for this.",
    lang="en")

unans("not_covered",
    "Per the Guangzhou government-business guidelines, how much per head can we spend if we host a "
    "working lunch for district officials?",
    ["per head", "per person", "spending cap"],
    "The GZ report says the first batch covers 'what meals can be eaten' but quotes no figures or "
    "per-person limits; no other document sets a meal budget.",
    lang="en")

unans("not_covered",
    "地方政府被记入政务失信记录以后，这条记录会在网上公示几年？",
    ["公示期限", "disclosure period", "record retention"],
    "The NDRC notice covers forming government credit records (III.(3)), exposing typical cases on "
    "Credit China (IV.(9)) and restoring records once corrected (III.(6)), but states no period for "
    "which a record is displayed; nor does any other document.",
    lang="zh")

unans("not_covered",
    "央企的合规委员会多久开一次会？成员要几个人？",
    ["每季度", "每年至少", "委员人数"],
    "SOE measures art. 11 only say the compliance committee 'holds meetings regularly' and may share "
    "offices with the rule-of-law leading body; no frequency or membership is given.",
    lang="zh")

# ---------------------------------------------------------------- false_premise

unans("false_premise",
    "同事说警告处分的影响期是一年，这一年里都不能提拔，对吧？",
    ["警告一年", "警告，一年"],
    "PS art. 8 sets the warning period at six months, not one year (it is the demerit that runs "
    "twelve months); art. 19 bars promotion during the period.",
    lang="zh",
    related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
    "Our client, a city hospital, wants 90-day payment terms with us and says the SME payment "
    "regulation lets public bodies agree up to 90 days. Is that right?",
    ["90 days", "90-day"],
    "SME regulation art. 9: agencies and public institutions pay within 30 days of delivery and, if "
    "the contract says otherwise, the term may be at most 60 days; 90 days appears only as the "
    "maximum complaint-handling period in art. 25.",
    lang="en",
    related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "Why does the Optimizing Business Environment regulation make companies join their industry "
    "association before they can get a business licence?",
    ["must join", "必须加入", "入会"],
    "BE art. 17 says the opposite: except as laws and regulations provide, businesses decide for "
    "themselves whether to join or leave industry associations and no one may interfere.",
    lang="en",
    related=[E(BE, "第十七条", "市场主体有权自主决定加入或者退出行业协会商会等社会组织，任何单位和个人不得干预")])

unans("false_premise",
    "央企合规管理办法规定首席合规官由董事长兼任，那董事长出差的时候，重大决策的合规审查意见谁来签？",
    ["董事长", "董事长兼任"],
    "SOE measures art. 12: the chief compliance officer is held concurrently by the general legal "
    "counsel (总法律顾问), not the chairman; art. 21 requires the CCO's signature.",
    lang="zh",
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "The NDRC notice says breach-of-contract complaints against local governments go to the Ministry "
    "of Commerce, which then rules on whether it's dishonesty. How long does the Ministry of "
    "Commerce take to decide?",
    ["Ministry of Commerce", "MOFCOM", "商务部"],
    "NDRC notice II.(1)-(2): provincial credit leading departments collect complaints and transfer "
    "the clues to the superior or competent departments of the complained entities, which verify and "
    "identify; the Ministry of Commerce plays no role and no time limit is set.",
    lang="en",
    related=[E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
    "广州那套政商交往场景指引是市商务局出的吧？商务局为什么要管干部吃饭坐车这些事？",
    ["商务局", "Commerce Bureau", "Bureau of Commerce"],
    "GZ ¶7: the Guidelines were issued by the Guangzhou Municipal Commission for Discipline "
    "Inspection and Supervision, not a commerce bureau.",
    lang="zh",
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
    "Since retired officials can't be given a government sanction anymore, an ex-bureau chief who "
    "took bribes before retiring basically faces no consequences under the sanctions law, right?",
    ["no consequences", "不再追究"],
    "PS art. 27: retired officials are not given a 政务处分, but may be investigated; where demotion, "
    "removal or expulsion would apply their benefits are adjusted, and illegal gains are confiscated "
    "under art. 25.",
    lang="en",
    related=[E(PS, "第二十七条", "不再给予政务处分，但是可以对其立案调查"),
             E(PS, "第二十七条", "应当按照规定相应调整其享受的待遇")])

# ---------------------------------------------------------------- superseded

unans("superseded",
    "保障中小企业款项支付条例2020年那一版，大企业的付款期限原来是怎么规定的？这次修订到底改了哪些？",
    ["修订前", "原条例", "2020年版"],
    "The corpus holds only the 2025 revised text (国务院令第802号); its header records the 2020 "
    "original (第728号), but the earlier wording is not contained, so no comparison is possible.",
    lang="zh")

unans("superseded",
    "What did the draft of the Private Economy Promotion Law, the one put out for public comment, say "
    "about government payment arrears, and did the final version change it?",
    ["draft", "草案", "征求意见稿"],
    "Only the law as adopted on 30 April 2025 is in the corpus (art. 67 on arrears); no draft text is.",
    lang="en")

unans("superseded",
    "听说广州的政商交往指引已经出了第三批，第三批主要新增了哪些场景？",
    ["第三批", "third batch"],
    "The GZ report covers two batches of the Guidelines (33 scenarios in total); nothing about a third.",
    lang="zh")

unans("superseded",
    "Was the Public Official Sanctions Law amended after 2020? Trainees keep asking what the latest "
    "amendment changed about accepting gifts.",
    ["amendment", "修正", "修正案"],
    "The corpus holds the law as passed on 20 June 2020 (in force 1 July 2020); no later amendment.",
    lang="en")

# ---------------------------------------------------------------- out_of_domain

unans("out_of_domain",
    "My landlord won't return my deposit after I moved out, says it's 'wear and tear' under the lease "
    "contract. What can I do?",
    ["landlord", "deposit", "押金"],
    "Residential tenancy; nothing to do with the seven documents.",
    lang="en")

unans("out_of_domain",
    "公司年会抽奖抽到一台手机，这个奖品要不要交个税？",
    ["个人所得税", "年会", "个税"],
    "Individual income tax on a prize; none of the documents deals with it.",
    lang="zh")

unans("out_of_domain",
    "How do I set up automatic payment for my credit card bill so I never miss the due date?",
    ["credit card", "信用卡"],
    "Personal banking; not covered by any document.",
    lang="en")

unans("out_of_domain",
    "去日本旅游的签证现在要办多久？需要开在职证明吗？",
    ["签证", "日本"],
    "Travel visas; not covered by any document.",
    lang="zh")

unans("out_of_domain",
    "Can a DMV official refuse to renew my driver's license because of unpaid parking tickets?",
    ["driver's license", "parking", "驾驶证"],
    "Traffic and vehicle licensing; not covered by any document.",
    lang="en")
