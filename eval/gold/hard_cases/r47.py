"""Hard-case gold items, forty-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: the owner of a family-run construction-materials supplier (Chinese, worried, with Cantonese-flavoured
wording: 我哋、佢哋、唔该、点算、係咪...), and a compliance trainer writing quiz questions for a lecture session
(English and Chinese; short factual questions and trick questions, some quoting articles by number).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "唔该问下，我哋係屋企人一齐做嘅建材铺，主要供水泥、砖同防水材料。有个大客係大型国企嘅工程公司，欠我哋成百万"
    "货款。银行话可以用呢笔应收账款做融资，但要对方确认笔数先得，点知佢哋拖咗成个月都唔肯盖章。法规有冇讲佢哋要"
    "几耐之内确认？",
    "有。《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小"
    "企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "Quiz question for Thursday's session: under item (9) of the NDRC's 2023 government-integrity notice, which "
    "kinds of dishonesty cases get picked out for public exposure, and through what channels?",
    "IV.(9): a batch of cases with serious dishonesty, repeated dishonesty and strong public complaints is selected, "
    "publicised on the \"Credit China\" website and exposed to society through news media to form a strong public "
    "opinion deterrent.",
    ["cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media to form a strong public opinion")],
    lang="en")

add("single",
    "判断题：公职人员被记大过，政务处分期间是十二个月，从违法行为发生之日起计算。对吗？",
    "错。《公职人员政务处分法》第八条：记大过的处分期间为十八个月（十二个月是记过）；政务处分决定自作出之日起生效，"
    "政务处分期自政务处分决定生效之日起计算，而不是从违法行为发生之日起算。",
    ["（三）记大过，十八个月；", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "The 33 scenarios in the Guangzhou Guidelines obviously can't cover everything. When an official runs into a "
    "situation that isn't in them, what's the core test the drafting-committee member gives for judging it?",
    "¶10: Wang Yuqun says the core of judging such situations is to distinguish between \"acting for the public "
    "good\" and \"acting for personal gain\", and the key is whether the actions can be \"put on the table\" (he then "
    "lists three sets of dialectical relationships to grasp).",
    ["distinguish between “acting for the public good” and “acting for personal gain”",
     "the key is whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "出道小测验：按《中央企业合规管理办法》，央企的首席合规官由谁兼任？对谁负责？设这个岗位要不要新增领导职数？",
    "《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门组织开展相关工作，指导所属单位加强合规管理。",
    ["不新增领导岗位和职数，由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我哋间建材铺係我老豆三十年前开嘅，而家我同细佬一齐睇。今年中咗区里一间公立医院（事业单位）住院楼翻新嘅瓷砖"
    "同卫浴供货，合同写要交5万蚊履约保证金，仲话一定要现金，我哋话用银行保函都唔得。咁样合唔合规㗎？如果医院硬係"
    "唔改，有冇人管得到佢？",
    "不合规。《保障中小企业款项支付条例》第十三条第二款：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以"
    "金融机构出具的保函等提供保证的，应当接受。第三十一条第（五）项：机关、事业单位拒绝接受中小企业以金融机构出具的"
    "保函等提供保证的，由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得将保证金限定为现金", "由其上级机关、主管部门责令改正"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"),
     E(SME, "第三十一条", "拒绝接受中小企业以金融机构出具的保函等提供保证"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正")],
    lang="zh")

add("multi",
    "Trick question I want to use: 'A county government fails to honour a contract with a private firm because its "
    "departments were merged and the officials in charge changed – under the NDRC notice this is excused.' What's "
    "the right answer, and once such a county has been recorded as dishonest, what does it take to get the record "
    "cleared?",
    "Not excused. II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons "
    "shall all be regarded as breach of contract and dishonesty. III.(6): once the identifying department confirms "
    "that the dishonest behaviour has been corrected and performance completed, the dishonesty records should be "
    "promptly restored and the dishonesty punishment measures terminated.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "dishonest behavior has been corrected and performance completed"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("multi",
    "我哋供预拌砂浆同砌块畀一间市属国企（大型企业）起安置房，货早就交晒。佢哋财务话一定要等审计局审计完，按审计"
    "结果先结算，但合同入面根本冇呢条。点算好？佢哋咁做有冇后果㗎？",
    "《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，"
    "法律、行政法规另有规定的除外。第三十三条第二款：国有大型企业没有法律、行政法规依据要求以审计机关的审计结果作为"
    "结算依据的，由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分。（《民营经济促进法》"
    "第六十七条亦规定不得强制要求以审计结果作为结算依据。）",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正"),
     E(SME, "第三十三条", "拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "Case study for my lecture: a Guangzhou state-owned group put money into a new-materials plant and the "
    "investment lost money. Going by the lecture-hall report on the second batch of the Guidelines, under what "
    "conditions can the people responsible be let off, and what behaviour would still get them held accountable?",
    "¶21: if an investment made with due diligence and through compliant decision-making procedures incurs losses "
    "due to objective factors such as market risks, the relevant personnel may be exempted from liability. ¶30 (the "
    "audit view): losses from inherent risks such as policy adjustments, market changes and technological "
    "exploration, where due measures were taken to stop losses, are tolerated; but if losses are expanded due to "
    "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal, those "
    "derelict in their duties must be held accountable.",
    ["the relevant personnel may be exempted from liability",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="en")

add("multi",
    "镇上有个局嘅干部叫我哋一定要参加佢哋搞嘅“诚信经营示范户”评比，每家交800蚊“评审费”，唔参加就话以后唔帮我哋"
    "办嘢。我哋可唔可以唔去？个干部咁做，按政务处分法会点处理佢？",
    "可以不去。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。《公职人员政务处分"
    "法》第三十八条：违反规定向管理服务对象收取、摊派财物的，情节较重的，予以警告、记过或者记大过；情节严重的，予以"
    "降级或者撤职（情节特别严重的，予以开除）。",
    ["不得借前述活动向市场主体收费或者变相收费", "（一）违反规定向管理服务对象收取、摊派财物的；"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(PS, "第三十八条", "（一）违反规定向管理服务对象收取、摊派财物的；"),
     E(PS, "第三十八条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我上个礼拜喺网上投诉咗一个大客（係间上市嘅大公司）拖我哋货款，点知佢哋采购部个经理打电话嚟，话我“识做人啲”，"
    "再搞落去以后一张单都唔会畀我哋，仲会同行家讲我哋唔靠得住。佢哋咁样吓人得唔得㗎？我好惊以后冇生意做……",
    "不可以。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求"
    "或者投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：有此行为的，对负有责任的领导人员和直接责任人员依法"
    "给予处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("paraphrase",
    "Suppose a city keeps going back on its word to private investors and ends up with a black mark. Beyond the "
    "usual naming and shaming, what can the national planning agency itself do to hit that city where it hurts – "
    "prizes, showcase programmes, that sort of thing?",
    "III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will cancel their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of "
    "city credit monitoring deductions, and cancel the title or eligibility for demonstration zones of social credit "
    "system construction; for entities with dishonesty records it also restricts central budget fund support, "
    "limits applications for local government special bonds and restricts financing project recommendations.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("paraphrase",
    "我哋係家族生意，阿爸成日用公司个户口交屋企水电、畀我细佬交学费，有时又将自己私人啲钱转入公司周转，啲数乱晒。"
    "有朋友话新出嗰部讲私营企业嘅法律唔准咁搞，真係咁？佢点讲？",
    "《民营经济促进法》第四十条：民营经济组织应当依照法律、行政法规和国家统一的会计制度加强财务管理、规范会计核算、"
    "防止财务造假，并区分民营经济组织生产经营收支与经营者个人收支，实现民营经济组织财产与经营者个人财产分离。",
    ["区分民营经济组织生产经营收支与民营经济组织经营者个人收支",
     "实现民营经济组织财产与民营经济组织经营者个人财产分离"],
    [E(PE, "第四十条", "区分民营经济组织生产经营收支与民营经济组织经营者个人收支"),
     E(PE, "第四十条", "实现民营经济组织财产与民营经济组织经营者个人财产分离")],
    lang="zh")

add("paraphrase",
    "I run a small AI start-up in Guangzhou. Everyone says officials pounce on anything new. Does that lecture-hall "
    "write-up mention any breathing room for young kinds of business to try things out before regulators come down "
    "on them?",
    "Yes. ¶25 (the Capitalogics speaker): the Guidelines advocate \"inclusive and prudent supervision\" and an "
    "\"observation period\" system, which provide valuable trial-and-error space and development patience for new "
    "business formats such as artificial intelligence; they also set an error-tolerant mechanism in which due "
    "diligence and compliance are grounds for liability exemption.",
    ["“inclusive and prudent supervision” and “observation period” system",
     "valuable trial-and-error space and development patience for new business formats"],
    [E(GZ, "¶25", "the “inclusive and prudent supervision” and “observation period” system"),
     E(GZ, "¶25", "valuable trial-and-error space and development patience for new business formats")],
    lang="en")

add("paraphrase",
    "我家姐夫喺街道办做嘢，早排畀监委记咗个过。佢想揾返作出决定嗰个机关再睇过，但又惊：一来等结果嗰段时间，个处分"
    "仲算唔算数？二来会唔会越搞越大镬，罚得仲重？",
    "《公职人员政务处分法》第五十五条：不服的可以向作出决定的监察机关申请复审，对复审决定仍不服的可以向上一级监察机关"
    "申请复核。第五十六条：复审、复核期间，不停止原政务处分决定的执行；公职人员不因提出复审、复核而被加重政务处分。",
    ["复审、复核期间，不停止原政务处分决定的执行", "公职人员不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行"),
     E(PS, "第五十六条", "公职人员不因提出复审、复核而被加重政务处分")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那个政务诚信的通知里，政府部门跟民营企业在哪些领域签的协议、合同被违约毁约，才算进“违约失信”的"
    "范围？我们是做建材的，跟区政府签过一个招商引资的投资协议。",
    "通知第二部分第（1）项：违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、"
    "产业扶持、政府投资等领域签署的各类协议、合同中的违约毁约行为（\"government procurement, bidding, investment "
    "promotion, government-social capital cooperation, industrial support, government investment\"）。招商引资协议在"
    "范围内。",
    ["government procurement, bidding, investment promotion, government-social capital cooperation"],
    [E(NDRC, "II.(1)", "breach and repudiation behaviors in various agreements and contracts signed"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion, government-social capital")],
    lang="zh")

add("cross_lingual",
    "出题用：广州那个大湾区廉洁合规协会是哪一年成立的？由哪几家单位共同推动？是营利性机构吗？",
    "据报道¶32：协会成立于2021年，是由市纪委监委、市国资委和市工商联共同推动成立的非营利性社会组织（\"a non-profit "
    "social organization jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the "
    "Municipal State-owned Assets Supervision and Administration Commission, and the Municipal Federation of Industry "
    "and Commerce\"），也是全国首家专注企业廉洁合规的5A级社会组织。",
    ["was established in 2021",
     "non-profit social organization jointly promoted by the Municipal Commission for Discipline Inspection and Supervision"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal")],
    lang="zh")

add("cross_lingual",
    "Quiz: Article 62 of the 2019 Regulations on Optimizing the Business Environment – when drafting rules closely "
    "tied to companies' operations, how long should the public comment period normally be, and through what media?",
    "Article 62(2): except where confidentiality is required by law, such drafts must be published for public "
    "comment through newspapers, the internet, etc., with a feedback mechanism on how opinions were adopted; the "
    "public comment period is generally not less than 30 days.",
    ["向社会公开征求意见的期限一般不少于30日", "应当通过报纸、网络等向社会公开征求意见"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日"),
     E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见")],
    lang="en")

add("cross_lingual",
    "By what date each year do Chinese government bodies and public institutions have to publish the number and "
    "amount of their overdue unpaid contracts with small suppliers, and how do large companies disclose theirs?",
    "Article 18 of the SME payment Regulations: government organs and public institutions must, before 31 March each "
    "year, publish the number, amount, etc. of contracts with SMEs overdue and unpaid in the previous year via "
    "websites, newspapers or other publicly accessible means; large enterprises must include this information in "
    "their annual reports and publicise it through the National Enterprise Credit Information Publicity System.",
    ["应当于每年3月31日前", "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量"),
     E(SME, "第十八条", "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示")],
    lang="en")

add("cross_lingual",
    "For my SOE compliance module: what do SASAC's 2022 compliance Measures require of a central SOE's "
    "whistleblowing channel, and what protections do whistleblowers get?",
    "Article 24: central SOEs must set up a violation-reporting platform and publish a reporting telephone number, "
    "email or mailbox; the relevant departments accept and investigate reports, passing cases of asset loss to the "
    "accountability departments and suspected disciplinary or legal violations to discipline inspection and "
    "supervision bodies. The whistleblower's identity and the reported matters must be kept strictly confidential, "
    "whistleblowers whose reports prove true may be appropriately rewarded, and no unit or individual may retaliate "
    "against them in any form.",
    ["应当设立违规举报平台，公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密",
     "任何单位和个人不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我哋间铺有廿几个伙计，一年营业额大概三千万左右。想问下按《保障中小企业款项支付条例》，我哋算唔算小型企业？"
    "划分标准具体係几多人、几多营业额？",
    ["营业收入", "从业人员", "三千万"],
    "条例第三条只说中小企业依据国务院批准的中小企业划分标准确定，第二十九条规定规模类型测试平台和争议认定；具体的"
    "人数、营业收入标准各文件均未载明。",
    lang="zh", present=["中小企业划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "Quick quiz item: under the NDRC's 2023 notice, the department that verifies a breach-of-contract complaint "
    "against a government body has how many days to reach a conclusion – 15 or 30?",
    ["15 days", "30 days", "working days", "deadline"],
    "The NDRC notice only says provincial credit leading departments should immediately transfer complaint clues and "
    "the identifying department should promptly give feedback or promote rectification (II.(2)); it sets no number "
    "of days. The 30-day period belongs to Article 25 of the SME payment Regulations (complaint handling on arrears), "
    "a different document and procedure.",
    lang="en", present=["immediately transfer", "30日内形成处理结果"])

unans("not_covered",
    "我哋同一个区属事业单位签咗个小型维修工程合同，佢扣咗我哋5%做工程质量保证金。我想知条例规定嘅保证期限最长係"
    "几耐？到期之后佢要喺几多日内退返畀我哋？",
    ["缺陷责任期", "保证期限最长", "日内退还"],
    "条例第十三条只要求在保证期限届满后及时与中小企业对保证金进行核算并退还，既未规定保证期限的长短，也未规定退还的"
    "天数；其他文件亦无。",
    lang="zh", present=["保证期限届满后及时", "工程质量保证金"])

unans("not_covered",
    "How often do the SASAC compliance Measures say a central SOE's compliance committee has to meet – quarterly, "
    "or monthly?",
    ["quarterly", "monthly", "每季度", "每月"],
    "Article 11 only says the central SOE sets up a compliance committee that holds meetings regularly (定期召开会议); "
    "no frequency is given anywhere.",
    lang="en", present=["定期召开会议", "合规委员会"])

unans("not_covered",
    "小测验：公职人员对所在单位（任免机关）给的处分不服，依《政务处分法》应当在多少日内提出申诉？向谁提？",
    ["申诉期限", "三十日内", "日内提出申诉"],
    "第二条第二款规定任免机关、单位给予处分的程序、申诉等适用其他法律、行政法规、国务院部门规章和国家有关规定；本法"
    "只就监察机关的政务处分规定了复审、复核（第五十五条），申诉期限和受理机关在所有文件中都没有。",
    lang="zh", present=["申诉", "申请复审"])

unans("not_covered",
    "我哋上个月已经喺工信部嗰个拖欠中小企业款项投诉平台投诉咗区里一间中学拖我哋二十几万货款。你帮我估下，我哋有几大"
    "机会攞齐本金同利息？大概要等几耐先收到钱？我真係好担心，月尾要出粮畀伙计……",
    ["胜诉", "几率", "概率"],
    "要求预测结果和回款时间，文件无从回答：条例第二十五条只规定处理投诉部门自收到投诉材料之日起30日内形成处理结果"
    "（最长不超过90日），第十七条规定逾期利息，但没有任何条文能说明能否追回、何时到账。",
    lang="zh", present=["30日内形成处理结果", "逾期利息"])

unans("not_covered",
    "Roughly how much does it cost in government fees to close down a small company under the simplified "
    "deregistration procedure mentioned in China's 2019 Business Environment Regulations?",
    ["yuan", "RMB", "deregistration fee"],
    "Article 33 of the BE Regulations asks departments to simplify deregistration and reduce its cost, and allows a "
    "simplified procedure for entities that never operated or have no debts, but states no fee or amount; no "
    "document does.",
    lang="en", present=["简易程序", "注销成本"])

unans("not_covered",
    "Under the Private Economy Promotion Law, the coordination mechanism for promoting the private economy that "
    "county-level governments must set up – how many times a year must it convene, and which official chairs it?",
    ["每年召开", "牵头召集", "chairs"],
    "Article 4 requires the State Council and local governments at or above county level to establish a "
    "coordination mechanism, and makes the State Council development and reform department the overall "
    "coordinator, but says nothing about meeting frequency or who chairs a local mechanism.",
    lang="en", present=["协调机制", "国务院发展改革部门"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Why do SASAC's compliance Measures require every central SOE to hire an outside law firm as its Chief "
    "Compliance Officer rather than using in-house staff?",
    ["law firm", "external", "outside counsel"],
    "False premise: Article 12 says the chief compliance officer post is held concurrently by the general counsel "
    "(总法律顾问), without adding leadership posts, and reports to the principal person in charge; nothing requires "
    "an outside law firm.",
    lang="en", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "条例话大型企业要喺交货之后90日内畀钱，係咪？我哋供咗一批铝窗畀一间大型房企，合同冇写几时付款，佢哋话第85日"
    "先过数，仲喺90日之内，咁我哋咪冇得追利息咯？",
    ["交付之日起90日内"],
    "前提错误：条例第九条第二款规定大型企业应当自货物、工程、服务交付之日起60日内支付款项（另有约定的须合理约定）；"
    "90日是第二十五条投诉处理的最长期限，与付款期限无关。未约定付款期的，超过60日即属迟延，可依第十七条主张逾期利息。",
    lang="zh", present=["60日内支付款项", "万分之五"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "Trick question check: Article 7 of the Law on Administrative Discipline for Public Officials lists five types "
    "of sanction, the mildest being a 'notice of criticism'. How long does a notice of criticism stay on an "
    "official's record?",
    ["five types", "notice of criticism"],
    "False premise: Article 7 lists six types – warning, demerit, major demerit, demotion, removal from post and "
    "dismissal; the mildest is a warning, with a six-month period under Article 8. 通报批评 appears only in Article "
    "61, as a measure against organs or units that refuse supervisory recommendations, not as a sanction on an "
    "official.",
    lang="en", present=["警告，六个月", "通报批评"],
    related=[E(PS, "第七条", "第七条 政务处分的种类为："),
             E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
    "《民营经济促进法》第十一条规定，对违反公平竞争审查制度嘅政策措施，由发改委负责受理举报。我哋县出咗个文件，话"
    "本地工程只可以用本地建材，我想举报，应该点样写信畀发改委？",
    ["发改委", "发展改革委"],
    "前提错误：第十一条第二款规定由市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报，并依法处理；国务院"
    "发展改革部门在第四条中负责统筹协调促进民营经济发展工作，并非举报受理机关。",
    lang="zh", present=["市场监督管理部门负责受理"],
    related=[E(PE, "第十一条", "市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报")])

unans("false_premise",
    "Since the NDRC's 2023 notice obliges a local government that breaks a contract to pay compensation into a "
    "provincial compensation fund within 60 days, who actually administers that fund and how do we claim from it?",
    ["compensation fund", "60 days"],
    "False premise: the notice sets up complaint channels, identification, government credit records, dishonesty "
    "punishment (restricting funding support, support policies, awards, procurement) and credit restoration; it "
    "creates no compensation fund and no 60-day payment duty. Compensation for changed commitments is in PE Art. 70 "
    "and BE Art. 31, not in the notice.",
    lang="en", present=["dishonesty punishment", "予以补偿"],
    related=[E(NDRC, "III.(5)", "restricting government funding support, limiting applications for support"),
             E(NDRC, "III.(6)", "dishonesty punishment measures terminated")])

unans("false_premise",
    "出题用：一名已经退休的局长被查出在职时收受礼金，监察机关应当按什么程序对他作出降级的政务处分？",
    ["对退休人员作出降级", "退休后给予降级"],
    "前提错误：第二十七条规定已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但可以立案调查；依法"
    "应当予以降级、撤职、开除的，按照规定相应调整其享受的待遇，违法所得依第二十五条处理。不存在对退休人员作出降级"
    "处分的程序。",
    lang="zh", present=["不再给予政务处分"],
    related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")])

unans("false_premise",
    "Given that the GBA Integrity and Compliance Association is a for-profit consultancy that Liby Group spun off, "
    "what does it charge member companies for an Enterprise Compliance Health Check?",
    ["for-profit", "spun off"],
    "False premise: ¶32 describes the association as a non-profit social organization established in 2021, jointly "
    "promoted by the municipal discipline commission, SASAC and Federation of Industry and Commerce (Liby only "
    "hosted the lecture, and its discipline secretary is the association's secretary-general); the report gives no "
    "price for the health checks (¶37).",
    lang="en", present=["non-profit", "Compliance Health Check"],
    related=[E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "我哋想将啲瓷砖同卫浴出口去越南，报关要准备啲乜文件？出口退税率係几多？",
    ["越南", "出口退税", "报关单"],
    "出口报关与退税问题，文件不涉及（《优化营商环境条例》第四十五条只泛泛提到跨境贸易便利化和国际贸易“单一窗口”）。",
    lang="zh", present=["通关", "单一窗口"])

unans("out_of_domain",
    "For the icebreaker at my compliance session: what's the easiest way to split 100 Zoom participants into "
    "breakout rooms of five?",
    ["Zoom", "breakout"],
    "Video-conferencing how-to; none of the documents deals with it.",
    lang="en", present=["Lecture Hall"])

unans("out_of_domain",
    "C30混凝土配合比大概係点？每立方要落几多水泥？我哋搅拌站新请咗个师傅唔识计。",
    ["混凝土", "配合比", "搅拌站"],
    "建材技术问题，与合规/政策文件无关。",
    lang="zh", present=["质量标准"])

unans("out_of_domain",
    "What's the current VAT rate on cement and bricks sold to a construction company in mainland China, and can we "
    "issue special invoices for it?",
    ["VAT", "value-added", "special invoice"],
    "Tax rates and invoicing; not covered (the BE Regulations only mention promoting electronic invoices and tax "
    "cuts in general).",
    lang="en", present=["电子发票"])

unans("out_of_domain",
    "I'm booking a venue for my lecture in Guangzhou's Tianhe district – what's the typical daily rate for a "
    "100-seat training room?",
    ["Tianhe", "daily rate"],
    "Venue rental prices; nothing in the documents (the GZ report only says the 12th session was held at the Liby "
    "Center).",
    lang="en", present=["Liby Center"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "我记得2020年版《保障中小企业款项支付条例》都有讲大型企业付款期限，当时係点规定㗎？同今年修订版比，改咗啲乜？",
    ["2020年版", "修订前"],
    "语料只有2025年修订后的条例文本（国务院令第802号），标题只提到2020年以国务院令第728号公布，没有2020年原版条文，"
    "无法说明原规定或比较修改内容。",
    lang="zh", present=["国务院令第728号"])

unans("superseded",
    "Under SASAC's 2018 Guidelines for Compliance Management of Central Enterprises (for trial implementation), "
    "which body led compliance work, and how did the 2022 Measures change that?",
    ["2018", "trial implementation"],
    "The corpus holds only the 2022 Measures (SASAC Order No. 42, effective 1 October 2022); the 2018 trial "
    "guidelines are not in it, so nothing can be said about them or compared.",
    lang="en", present=["第42号"])

unans("superseded",
    "《民营经济促进法（草案征求意见稿）》里对“民营经济组织”的定义，和最后通过的第七十七条有什么不同？",
    ["征求意见稿", "草案"],
    "语料只有2025年4月30日通过的正式文本（第七十七条有定义），没有任何草案或征求意见稿，无法比较。",
    lang="zh", present=["民营经济组织"])

unans("superseded",
    "The first batch of the Guangzhou government-business Guidelines – what per-head spending cap does it set for "
    "a working lunch that a company offers an official?",
    ["per-head", "per person", "spending cap"],
    "The GZ report only says the first batch responded to issues such as \"what meals can be eaten and what "
    "vehicles can be taken\" (¶9); the Guidelines' own text is not in the corpus and no cap is given.",
    lang="en", present=["what meals can be eaten"])
