"""Hard-case gold items, thirty-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: the finance manager of a construction subcontractor chasing late payments from a state-owned developer
(Chinese, impatient), and a district market-regulation official attending integrity training (English and Chinese).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "烦死了！我们给一家国企地产开发商做幕墙分包，工程款脱了小半年。现在想拿这笔应收账款去银行做保理，银行要求开发商"
    "先确权，结果开发商财务一直拖着不盖章。条例对确权到底有没有时间要求？",
    "有。《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业"
    "提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "I'm with a district market regulation bureau and sat through the 12th Integrity and Compliance Lecture Hall in "
    "Guangzhou. The speaker from the discipline commission admitted the scenarios in the Guidelines can't cover "
    "everything. When we hit a situation that isn't in there, what was the core test he said to apply?",
    "Per ¶10, Wang Yuqun said the core of judging the various possible situations is to distinguish between "
    "\"acting for the public good\" and \"acting for personal gain\", and the key is whether the actions can be "
    "\"put on the table\"; he added three sets of dialectical relationships to grasp when consulting the Guidelines.",
    ["distinguish between “acting for the public good” and “acting for personal gain”",
     "the key is whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "我在区市场监管局工作。中秋前，辖区一家刚被我们查过的超市老板硬塞给我一张2000元的购物卡。要是收了，按《公职人员"
    "政务处分法》会受到什么处分？",
    "《公职人员政务处分法》第三十四条第一款：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过"
    "或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过",
     "情节较重的，予以降级或者撤职；情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "A county in our province was put on record as dishonest after it stopped paying under an investment-promotion "
    "agreement with a private firm. It has now paid everything it owed. Under the NDRC's 2023 notice, when does the "
    "record come off, and do the punishments stop?",
    "Item III.(6): once the identifying department confirms that the dishonest behaviour has been corrected and "
    "performance completed, the relevant dishonesty records should be promptly restored and the dishonesty "
    "punishment measures terminated; credit leading departments at all levels coordinate and guide this credit "
    "restoration work.",
    ["confirms that the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored, and dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "dishonesty records should be promptly restored, and dishonesty punishment")],
    lang="en")

add("single",
    "那个国企开发商到底欠了多少家中小企业的钱、欠了多少，外面查得到吗？他们有义务公开吗",
    "有义务。《保障中小企业款项支付条例》第十八条第二款：大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息"
    "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示。",
    ["逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告", "依法通过国家企业信用信息公示系统向社会公示"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我们做钢结构分包，跟一家市属国企开发商（大型企业）签的合同写明按双方确认的工程量结算。完工都一年了，对方突然说要"
    "等审计局审计完，按审计结果结算，审计局那边又说排不上队。这要求合法吗？他们要是死活不改，谁来管？？",
    "一般不合法。《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为"
    "结算依据，法律、行政法规另有规定的除外。第三十三条第二款：国有大型企业没有法律、行政法规依据，要求以审计机关的审计"
    "结果作为结算依据的，由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正",
     "拒不改正的，对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正"),
     E(SME, "第三十三条", "拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "At our integrity training someone said a city that racks up government-dishonesty records under the NDRC "
    "notice \"pays twice\": once in its own departments' performance reviews and once in what the NDRC itself takes "
    "away from the city. What exactly does the notice say on each of those?",
    "III.(3): credit leading departments at all levels should promote the inclusion of dishonesty records into the "
    "performance evaluation indicators of relevant government departments, and the NDRC will include government "
    "dishonesty records in business-environment evaluations and comprehensive performance evaluations of "
    "high-quality development. III.(4): for prefecture-level and above cities with government dishonesty records, "
    "the NDRC will cancel their eligibility for awards and pilot demonstrations in the development and reform "
    "system, increase the weight of city credit monitoring deductions, and cancel the title or eligibility for "
    "social credit system construction demonstration zones.",
    ["promote the inclusion of dishonesty records into performance evaluation indicators",
     "cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(3)", "promote the inclusion of dishonesty records into performance evaluation"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("multi",
    "合同写的是“验收合格后付款”，验收期限约定15天。可开发商（国企，大型企业）就是拖着不来验收，去年10月交付到现在快半年"
    "了！按条例第十条，付款期限到底从哪天算？他们最晚应该多少天内付？",
    "《保障中小企业款项支付条例》第十条：约定以验收合格作为付款条件的，付款期限自验收合格之日起算；机关、事业单位和大型"
    "企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算（即交付后15天验收期满之日）。第九条第二款："
    "大型企业应当自交付之日起60日内支付款项；合同另有约定的，从其约定，但应当合理约定付款期限并及时支付。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "应当自货物、工程、服务交付之日起60日内支付款项"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("multi",
    "Integrity training question. A colleague, a civil servant at our district market regulation bureau, went on an "
    "all-expenses-paid \"study tour\" to Hainan laid on by a restaurant chain we inspect. If the supervision "
    "commission gives him a demerit under the Public Official Sanctions Law, which provision covers the trip, how "
    "long does the demerit last, and what does it do to his promotion and pay?",
    "Art. 34(2): accepting banquets, travel, fitness, entertainment or similar arrangements that may affect the "
    "impartial exercise of public power is, where the circumstances are relatively serious, punished by a warning, "
    "demerit or major demerit (serious cases: demotion or removal from post). Art. 8: a demerit lasts twelve months, "
    "counted from the day the decision takes effect. Art. 19: during the sanction period a civil servant may not be "
    "promoted in post, rank, title or grade, and one given a demerit or heavier may not move up salary steps.",
    ["接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排", "（二）记过，十二个月；",
     "被记过、记大过、降级、撤职的，不得晋升工资档次"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="en")

add("multi",
    "我是区市场监管局的，局里要搞一次眼镜店验光配镜专项整治。有领导提议两条：整治期间全区眼镜店统一停业一周自查；"
    "同时每家店必须派人参加我们跟协会合办的“合规经营培训班”，每人收800元培训费。这两条站得住吗？",
    "都站不住。《优化营商环境条例》第五十九条第二款：开展清理整顿、专项整治等活动应当严格依法进行，除涉及人民群众生命"
    "安全、发生重特大事故或者举办国家重大活动并报经有权机关批准外，不得在相关区域采取要求相关行业、领域的市场主体普遍"
    "停产、停业的措施。第十七条第二款：除法律、法规另有规定外，不得强制或者变相强制市场主体参加培训等活动，不得借前述"
    "活动向市场主体收费或者变相收费（违者依第六十九条第（五）项追究责任）。",
    ["不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第五十九条", "开展清理整顿、专项整治等活动，应当严格依法进行"),
     E(BE, "第五十九条", "不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施"),
     E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们财务部的小姑娘就打了三次电话要钱，对方国企项目部的人直接放话：“再打，下个标你们就别想进了，结账的时候也给你们"
    "好好挑挑毛病。”这也太欺负人了，他们这么说没问题吗？",
    "有问题。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者"
    "投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：有此类行为的，对负有责任的领导人员和直接责任人员依法给予"
    "处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复", "依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("paraphrase",
    "Two state-owned firms both lost money on tech bets. Firm A lost because the market turned, and it cut its losses "
    "fast. Firm B lost because after the deal closed nobody watched where the money went and someone sat on the bad "
    "news for months. Going by that Guangzhou lecture write-up, would the auditors treat the two the same?",
    "No. In ¶30 the audit speaker says losses caused by inherent risks such as policy adjustments, market changes "
    "and technological exploration, where due measures were taken to stop losses, get error tolerance; where losses "
    "are expanded through lack of post-investment control, misappropriation of funds, or concealment of risks and "
    "delayed disposal, those derelict in their duties must be held accountable.",
    ["If losses are caused by inherent risks such as policy adjustments, market changes, and technological exploration",
     "error tolerance will be granted", "concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="en")

add("paraphrase",
    "我们所里有个快退休的老同志，每回去小饭馆、小超市检查，都要顺手拿两包烟、几瓶饮料，不给就在检查记录上找茬。店家"
    "敢怒不敢言。这种事按政务处分法怎么算？",
    "属于《公职人员政务处分法》第三十八条第一款第（二）项“在管理服务活动中故意刁难、吃拿卡要”：情节较重的，予以警告、"
    "记过或者记大过；情节严重的，予以降级或者撤职；依第二款，情节特别严重的，予以开除。",
    ["在管理服务活动中故意刁难、吃拿卡要的", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "（二）在管理服务活动中故意刁难、吃拿卡要的；"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

add("paraphrase",
    "Back in 2021 our township signed a deal with a private logistics company to cover part of its land costs. Since "
    "then the township's commerce office was folded into another bureau and the official who signed has retired, and "
    "now nobody wants to honour it. Under that 2023 notice from the national planning commission, does the reshuffle "
    "let them off the hook?",
    "No. Item II.(2) of the NDRC notice: failure to perform due to institutional adjustments, personnel changes and "
    "other reasons shall all be regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be regarded "
     "as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("paraphrase",
    "Our section chief likes to pick for himself which shops we drop in on each month, usually the same handful he "
    "doesn't like. For ordinary checks on shops (nothing safety-critical), is that how it's "
    "supposed to work under the Private Economy Promotion Law?",
    "No. Art. 52(2): apart from special industries and key areas directly involving public safety and people's life "
    "and health (full-coverage key supervision), administrative inspections in the market-regulation field must "
    "select the targets at random and assign the inspectors at random, with the spot-check items and results made "
    "public promptly; several inspection items for the same target should be combined or put into cross-department "
    "joint inspections where possible.",
    ["通过随机抽取检查对象、随机选派执法检查人员的方式进行", "抽查事项及查处结果及时向社会公开"],
    [E(PE, "第五十二条", "市场监管领域相关部门的行政检查应当通过随机抽取检查对象、随机选派执法检查人员的方式进行"),
     E(PE, "第五十二条", "除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域依法依规实行全覆盖的重点监管外")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那个政务诚信的通知（英文版我看不太懂），里面说的“违约失信”到底包括哪些领域？我们跟区城建局签的是"
    "政府投资项目的施工合同，对方违约不付款，算不算？",
    "算。通知第二部分第（1）项：违约失信的范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、"
    "产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为（\"breach and repudiation behaviors in various "
    "agreements and contracts ... government investment, and other fields\"）。",
    ["breach and repudiation behaviors in various agreements and contracts signed by government departments with "
     "private enterprises", "industrial support, government investment, and other fields"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "industrial support, government investment, and other fields")],
    lang="zh")

add("cross_lingual",
    "参加廉洁培训的市场监管干部问一下：广州那份“廉洁合规大讲堂”英文报道里，市纪委监委的政商交往指引一共出了几批？"
    "两批加起来覆盖多少个场景？用的是什么编写格式？",
    "据报道，广州市纪委监委连续两年发布了两批《广州市政商交往典型场景指引及问答》（¶7）；两批都采用“场景+清单+案例”"
    "（‘scenario + list + case’）的格式（¶8）；两批共覆盖33个场景，不能涵盖所有情形（¶10）。",
    ["has issued two batches of the Guidelines and Q&A on Government-Business Interactions",
     "‘scenario + list + case’ format adopted by both batches",
     "the 33 scenarios covered in the two batches"],
    [E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A on Government-Business"),
     E(GZ, "¶8", "‘scenario + list + case’ format adopted by both batches"),
     E(GZ, "¶10", "the 33 scenarios covered in the two batches")],
    lang="zh")

add("cross_lingual",
    "I work in market regulation. Under China's regulations on guaranteeing payments to SMEs, if a large company "
    "leaves its overdue SME payables out of its annual report, or fudges the numbers, whose job is it to deal with "
    "that?",
    "Ours. Article 34: where a large enterprise fails to publish information on overdue unpaid SME payments in its "
    "annual report as required, or conceals the real situation or falsifies it, the market supervision and "
    "administration department deals with it according to law (Article 18(2) requires that disclosure through the "
    "National Enterprise Credit Information Publicity System).",
    ["未按照规定在企业年度报告中公示逾期尚未支付中小企业款项信息", "由市场监督管理部门依法处理"],
    [E(SME, "第三十四条", "未按照规定在企业年度报告中公示逾期尚未支付中小企业款项信息"),
     E(SME, "第三十四条", "隐瞒真实情况、弄虚作假的，由市场监督管理部门依法处理")],
    lang="en")

add("cross_lingual",
    "pls help - got a santion decision (a warning) from the district supervision commission last week. Under the "
    "Public Official Sanctions Law, where do I appeal, is there a second level, do I still serve the warning while "
    "it's pending, and can they make it harsher because I appealed?",
    "Art. 55: you may apply for review to the supervisory organ that made the decision; if still dissatisfied with "
    "the review decision, you may apply for re-examination to the supervisory organ at the next level up. Art. 56: "
    "the original decision is not suspended during review or re-examination, and you may not be given a heavier "
    "sanction because you applied.",
    ["可以依法向作出决定的监察机关申请复审", "可以向上一级监察机关申请复核",
     "复审、复核期间，不停止原政务处分决定的执行", "公职人员不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审"),
     E(PS, "第五十五条", "对复审决定仍不服的，可以向上一级监察机关申请复核"),
     E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行"),
     E(PS, "第五十六条", "公职人员不因提出复审、复核而被加重政务处分")],
    lang="en")

add("cross_lingual",
    "Quick one for an integrity-training handout: under SASAC's 2022 compliance Measures, who acts as a central SOE's "
    "chief compliance officer, and who does that person answer to?",
    "Article 12: central SOEs set up a chief compliance officer according to their circumstances, without adding "
    "leadership posts; the role is held concurrently by the general counsel, who is responsible to the enterprise's "
    "principal leader, leads the compliance department and guides subsidiaries' compliance management.",
    ["不新增领导岗位和职数，由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第十二条", "对企业主要负责人负责，领导合规管理部门组织开展相关工作")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我就问个直接的：国企开发商拖欠我们小企业工程款，按条例投诉了，要是查实，监管部门会罚开发商多少钱？有没有按欠款"
    "比例罚款的标准？别跟我绕。",
    ["罚款标准", "罚款数额", "按欠款比例"],
    "条例对大型企业拖欠只规定逾期利息（第十七条）、失信记录与限制措施（第二十六条）、对国有企业管理人员的处分（第三十三条），"
    "没有对拖欠方处以罚款的规定，更没有金额或比例；民营经济促进法第七十三条也只说大型企业依法承担法律责任。",
    lang="zh", present=["逾期利息", "依法给予处分"])

unans("not_covered",
    "According to the NDRC's 2023 government-integrity notice, within how many working days must the superior or "
    "competent department finish verifying a breach-of-contract complaint that the provincial credit department "
    "has passed to it?",
    ["working days", "within 30 days", "deadline"],
    "NDRC II.(2) only says complaint clues are transferred \"immediately\" and untrue ones answered \"promptly\"; "
    "it sets no number of days. (The SME payment Regulations, Art. 25, set 10 working days / 30 days / 90 days for "
    "SME payment complaints, but that is another document and procedure.)",
    lang="en", present=["immediately transfer", "promptly provide feedback", "30日内形成处理结果"])

unans("not_covered",
    "国家那个拖欠中小企业款项投诉平台，投诉一次要交钱不？交多少？要是最后走法院，诉讼费又得多少？",
    ["投诉费", "投诉费用", "诉讼费"],
    "条例第二十四、二十五条只规定受理投诉部门、国家统一投诉平台和处理时限，没有任何投诉收费的规定；民营经济促进法第六十八条"
    "只说法院对拖欠案件依法及时立案、审理、执行，没有诉讼费。",
    lang="zh", present=["投诉平台", "及时立案"])

unans("not_covered",
    "The Guangzhou lecture report says the two batches of the Guidelines cover 33 scenarios. How many of those are "
    "in the second batch, and how many of them deal with investment promotion?",
    ["scenarios in the second batch", "second batch contains", "second batch covers"],
    "GZ ¶10 gives only the combined total of 33 scenarios for both batches; ¶9 and ¶17 describe the second batch's "
    "focus (full-cycle services from investment promotion to project landing) but give no per-batch or per-topic "
    "count.",
    lang="en", present=["33 scenarios", "second batch"])

unans("not_covered",
    "监委对我们局一个科长立案调查了。政务处分法对调查期限有规定吗？最长多少天必须调查完、作出处分决定？",
    ["调查期限", "办案期限", "结案期限"],
    "政务处分法第四十二至四十六条规定调查人数、告知和申辩、调查终结后的处理和决定书内容，但没有调查或作出决定的期限；"
    "法中唯一相关的时限是第五十四条办理职务、工资变更手续的一个月（最长六个月）。",
    lang="zh", present=["立案调查", "一个月内"])

unans("not_covered",
    "Does the SASAC 2022 Measures say how often a central SOE's compliance committee has to meet? Is it at least "
    "once a quarter?",
    ["quarterly", "每季度", "每年至少", "once a quarter"],
    "SOE Art. 11 only says the compliance committee holds meetings regularly (定期召开会议) to study key and "
    "difficult issues; no frequency is set anywhere.",
    lang="en", present=["定期召开会议", "合规委员会"])

unans("not_covered",
    "不想再等了，准备起诉那家国企开发商，欠我们工程款386万，合同、验收单、对账单都齐。照这些法规看，我们打官司赢面有多大？"
    "法院大概几个月能判下来？",
    ["胜诉", "审理期限", "赢面"],
    "预测诉讼结果和审理时长不是文件内容；民营经济促进法第六十八条只要求法院对拖欠中小民营经济组织账款案件依法及时立案、"
    "审理、执行，可以调解，没有胜诉可能性或审理期限。",
    lang="zh", present=["及时立案、审理、执行"])

unans("not_covered",
    "The Capitalogics speaker said the Guidelines give new business formats like AI an \"observation period\". How "
    "long is that observation period - six months? a year?",
    ["months", "month", "one year"],
    "GZ ¶25 only mentions the \"inclusive and prudent supervision\" and \"observation period\" system advocated by "
    "the Guidelines; no length is given, and no other document defines such a period.",
    lang="en", present=["observation period", "包容审慎监管"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为什么《保障中小企业款项支付条例》要求我们必须先拿到工信部门出具的“中小企业规模认定证明”，才能要求国企开发商60天"
    "内付款？这个证明去哪开、要多久？",
    ["规模认定证明", "认定证明"],
    "前提错误：条例第三条规定中小企业、大型企业依合同订立时的企业规模类型确定，中小企业订立合同时应当主动告知；第二十九条"
    "提供规模类型自测服务，只有对规模类型有争议时才可向主张为中小企业一方所在地的部门申请认定。没有先取得认定证明才能"
    "主张付款期限的要求。",
    lang="zh", present=["主动告知", "自测服务", "申请认定"],
    related=[E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定"),
             E(SME, "第二十九条", "对中小企业规模类型有争议的，可以向主张为中小企业一方所在地的县级以上地方人民政府")])

unans("false_premise",
    "Article 62 of the State Council's Regulations on Optimizing the Business Environment says rules closely tied "
    "to business operations must go out for public comment for at least 60 days. Our city bureau gave only 20 days "
    "on a new rule for e-bike shops. Can the 60-day minimum ever be waived?",
    ["60 days", "at least 60"],
    "False premise: BE Art. 62(2) says the public comment period is generally not less than 30 days (一般不少于30日), "
    "not 60; there is no 60-day minimum to waive.",
    lang="en", present=["不少于30日"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
    "听说国企拖欠中小企业工程款，按条例得向国资委投诉，国资委30天内必须书面答复？那我们直接去市国资委窗口递材料就行了吧？",
    ["向国资委投诉", "国资委受理"],
    "前提错误：条例第二十四条规定受理投诉的是省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门），并有国家"
    "统一的投诉平台；第二十五条由其转交有关部门或者地方人民政府指定的处理投诉部门，自收到材料之日起30日内形成处理结果。"
    "条例没有规定向国资委投诉。",
    lang="zh", present=["受理投诉部门", "国有资产监管"],
    related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
             E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")])

unans("false_premise",
    "《优化营商环境条例》第三十二条不是规定了大型企业拖欠中小企业账款超过一年的，市场监管部门可以吊销其营业执照吗？那家"
    "国企开发商欠我们钱都一年多了，我们怎么申请吊销？",
    ["吊销", "营业执照被吊销"],
    "前提错误：第三十二条只规定国家机关、事业单位不得违约拖欠账款，大型企业不得利用优势地位拖欠中小企业账款，以及县级以上"
    "政府加大清理力度、建立长效机制；任何文件都没有因拖欠而吊销营业执照的规定。",
    lang="zh", present=["利用优势地位拖欠中小企业账款", "营业执照"],
    related=[E(BE, "第三十二条", "大型企业不得利用优势地位拖欠中小企业账款")])

unans("false_premise",
    "Since the NDRC notice makes the National Public Credit Information Center responsible for verifying each "
    "breach-of-contract complaint against a local government, how should a private company submit evidence to the "
    "Center?",
    ["submit evidence"],
    "False premise: under II.(2) provincial credit leading departments transfer complaint clues to the superior or "
    "competent departments of the complained entities for verification and identification; III.(3) only asks the "
    "National Public Credit Information Center to formulate information collection standards.",
    lang="en", present=["National Public Credit Information Center", "verification and identification"],
    related=[E(NDRC, "III.(3)", "The National Public Credit Information Center should expedite the formulation"),
             E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
    "政务处分法规定警告的处分期是十二个月吧？我们科一个同事上个月刚被警告，是不是得等满一年才能提拔？",
    ["警告，十二个月"],
    "前提错误：第八条规定警告的处分期为六个月（记过十二个月、记大过十八个月、降级和撤职二十四个月），自处分决定生效之日起"
    "计算；第十九条规定处分期内不得晋升。",
    lang="zh", present=["六个月", "十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

unans("false_premise",
    "Since the Guangzhou Guidelines on government-business interactions were issued by the city's Market Regulation "
    "Bureau, how do district market regulation officers like me get them formally adopted into our bureau's rules?",
    ["Market Regulation Bureau", "Administration for Market Regulation"],
    "False premise: GZ ¶7 says the two batches of the Guidelines were issued by the Guangzhou Municipal Commission "
    "for Discipline Inspection and Supervision; the report says nothing about a market regulation bureau issuing "
    "or adopting them.",
    lang="en", present=["Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "开给国企开发商的增值税专用发票税率开错了，9%开成了13%，对方已经认证抵扣了，现在怎么开红字发票冲回来？",
    ["增值税", "红字发票", "专用发票"],
    "税务发票操作问题，文件均不涉及（营商环境条例第四十六条只泛泛提到推广使用电子发票）。",
    lang="zh", present=["电子发票"])

unans("out_of_domain",
    "What's the maximum pesticide residue limit for chlorpyrifos on leafy vegetables under the national food safety "
    "standard? We're planning checks at wet markets next month.",
    ["pesticide", "chlorpyrifos", "food safety"],
    "A technical food-safety standard; none of the documents deals with it (they only set inspection principles "
    "such as \"double random, one public\").",
    lang="en", present=["抽查事项"])

unans("out_of_domain",
    "局里让我把辖区企业名单跟年报公示名单对一下，Excel里用VLOOKUP匹配企业名称老出#N/A，是怎么回事？",
    ["VLOOKUP", "Excel"],
    "办公软件操作问题，与文件无关。",
    lang="zh", present=["企业年度报告"])

unans("out_of_domain",
    "I just got my year-end bonus from the bureau. How is individual income tax calculated on a one-off annual bonus "
    "in China?",
    ["income tax", "bonus"],
    "Personal income tax; none of the documents covers it (the Sanctions Law mentions 奖金 only as pay affected by "
    "sanctions).",
    lang="en", present=["奖金"])

unans("out_of_domain",
    "工地上一个农民工从脚手架上摔下来骨折了，工伤认定去哪申请、多久出结果？总包是国企，这事归谁管？",
    ["工伤", "工伤认定"],
    "工伤认定问题，文件不涉及（条例只提到农民工工资保证金）。",
    lang="zh", present=["农民工工资保证金", "安全生产"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版的《保障中小企业款项支付条例》（国务院令第728号）里，大型企业的付款期限原来是怎么写的？2025年修订改了哪些？",
    ["2020年版", "修订前", "原条例"],
    "语料只有2025年3月17日国务院令第802号修订后的文本（标题注明2020年第728号公布），2020年原文没有收录，无法比较修订前后。",
    lang="zh", present=["国务院令第728号", "第802号修订"])

unans("superseded",
    "Before the 2022 Measures, SASAC had the 2018 Guidelines for Compliance Management of Central Enterprises (for "
    "trial implementation). What did those 2018 Guidelines require regarding a compliance committee?",
    ["2018", "trial implementation"],
    "The corpus holds only SASAC Order No. 42 of 2022 (the Measures); the 2018 guidelines are not in it.",
    lang="en", present=["合规委员会"])

unans("superseded",
    "《公平竞争审查条例》（2024年国务院令）规定起草单位要在多少日内完成公平竞争审查？市场监管部门的抽查比例是多少？",
    ["公平竞争审查条例"],
    "语料中没有《公平竞争审查条例》；民营经济促进法第十一条只规定落实公平竞争审查制度、市场监督管理部门受理举报，"
    "营商环境条例第六十三条只规定按国务院的规定进行公平竞争审查，均无天数或抽查比例。",
    lang="zh", present=["公平竞争审查制度"])

unans("superseded",
    "How did the draft Private Economy Promotion Law released for public comment in October 2024 differ from the "
    "final text on government late payments? Did the draft have a specific payment deadline?",
    ["draft", "草案", "October 2024"],
    "Only the final law adopted on 30 April 2025 (in force 20 May 2025) is in the corpus; no draft text is.",
    lang="en", present=["2025年4月30日"])
