"""Hard-case gold items, eighty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an HR and compliance manager at a private internet company in Guangzhou who is hiring a
recently retired district official and handles invitations to government events; writes precise
English with Chinese terms pasted in, and asks 'can we…', 'do we have to…', 'what's the rule if…'
questions, some of them really HR or employment-law questions.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "我们准备聘用一位刚从区里退下来的干部。万一以后查出他在职时有违法问题，监察机关还能给他政务处分吗？会不会牵连到我们？",
    "政务处分法第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但可以立案调查；依法应予降级、撤职、开除的，相应调整其享受的待遇。",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("single",
    "区里发通知邀请我们报名参加“营商环境标杆企业”评选，还要交一笔评审费，说不参加会影响以后的项目。我们能不能不去、也不交钱？",
    "可以。《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训等活动，不得借此收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "Our situation (a retired district official joining us as an adviser and still getting invited to government events) isn't one of the scenarios in the Guangzhou Guidelines. What test did the drafters say we should apply when no scenario fits?",
    "Wang Yuqun said the core is to distinguish between acting for the public good and acting for personal gain, and the key is whether the actions can be put on the table (GZ report ¶10).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "cannot encompass all situations"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "我们市场部想在项目对接后请区里几位干部去外地“考察”顺便旅游、再安排几次健身和KTV，干部本人接受这种安排的话，政务处分法怎么处理？",
    "政务处分法第三十四条第二款：接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["宴请、旅游、健身、娱乐等活动安排", "情节较重的，予以警告、记过或者记大过", "情节严重的，予以降级或者撤职"],
    [E(PS, "第三十四条", "或者接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。")],
    lang="zh")

add("single",
    "The district signed a talent-subsidy agreement with us, then the officials who negotiated it were rotated out and the new team says it 'doesn't recognise' the deal. Does the NDRC notice treat that as the government breaking faith?",
    "Yes. NDRC notice II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "我们是做内容社区的互联网平台。有用户连续发帖造谣辱骂一家民营企业和它的老板，对方找上门了。作为平台，法律上我们必须做什么？",
    "《民营经济促进法》第五十九条：网络服务提供者应当加强网络信息内容管理，建立健全投诉、举报机制，及时处置恶意侵害当事人合法权益的违法信息，并向有关主管部门报告。",
    ["加强网络信息内容管理", "建立健全投诉、举报机制", "及时处置恶意侵害当事人合法权益的违法信息", "向有关主管部门报告"],
    [E(PE, "第五十九条", "网络服务提供者应当依照有关法律法规规定，加强网络信息内容管理，建立健全投诉、举报机制"),
     E(PE, "第五十九条", "及时处置恶意侵害当事人合法权益的违法信息，并向有关主管部门报告")],
    lang="zh")

add("single",
    "我们谈好的那位区干部本来下个月办退休、然后入职我们公司，但听说他现在被监察机关立案调查了。这种情况下他还能按时办退休吗？",
    "不能按时办。政务处分法第五十二条：公职人员被立案调查期间，所在机关、单位及上级机关、单位不得对其办理退休手续；未经监察机关同意，也不得出境、辞去公职。",
    ["办理退休手续", "不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续")],
    lang="zh")

add("single",
    "Is the Guangzhou 政商交往 guidance only about big investment projects, or does it also answer the everyday stuff, like whether an official can have a meal with us or ride in our car?",
    "It covers both: the first batch responded to regular interaction issues such as what meals can be eaten and what vehicles can be taken; the second batch focuses on full-cycle services from investment promotion to project landing (GZ report ¶9).",
    ["what meals can be eaten and what vehicles can be taken", "from investment promotion to project landing"],
    [E(GZ, "¶9", "the first batch systematically responded to regular"),
     E(GZ, "¶9", "“what meals can be eaten and what vehicles can be taken”"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "中秋节想给对口的几位区干部每人送一张面值不小的购物卡。收卡的干部按政务处分法会怎样？我们公司这边，民营经济促进法有没有相应的禁止性规定？",
    "干部：政务处分法第三十四条，收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过，情节较重、严重的可降级、撤职直至开除。公司：民营经济促进法第三十六条，民营经济组织不得通过贿赂和欺诈等手段牟取不正当利益。",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的", "予以警告、记过或者记大过", "不得通过贿赂和欺诈等手段牟取不正当利益"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")],
    lang="zh")

add("multi",
    "If we complain that the district broke our agreement, who actually checks the complaint under the NDRC notice? And if the district then fixes it and pays up, how does its dishonesty record get cleared?",
    "II.(2): the provincial credit leading department transfers the complaint clues to the superior or competent departments of the complained entities for verification and identification. III.(6): once the identifying department confirms the dishonest behaviour has been corrected and performance completed, the records are promptly restored and punishment measures terminated.",
    ["superior or competent departments of the complained entities", "verification and identification",
     "has been corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "for verification and identification"),
     E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("multi",
    "面试了一位前公务员，他说之前被“开除”了。他和原单位的人事关系是从什么时候起解除的？以后他还能再考回公务员吗？",
    "政务处分法第二十六条：被开除的，自政务处分决定生效之日起，应当解除其与所在机关、单位的人事关系或者劳动关系。第二十四条：被开除的，不得录用为公务员以及参照公务员法管理的人员。",
    ["自政务处分决定生效之日起", "解除其与所在机关、单位的人事关系或者劳动关系", "不得录用为公务员"],
    [E(PS, "第二十六条", "公职人员被开除的，自政务处分决定生效之日起，应当解除其与所在机关、单位的人事关系或者劳动关系"),
     E(PS, "第二十四条", "不得录用为公务员以及参照《中华人民共和国公务员法》管理的人员")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委那份关于政务诚信履约的通知里，对有政府失信记录的地级以上城市，发改委会采取哪些惩戒措施？",
    "NDRC 通知 III.(4)：对有政府失信记录的地级及以上城市，取消其在发展改革系统的评奖和试点示范资格，加大城市信用监测扣分权重，取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "我们收到了第12期“廉洁合规大讲堂”的参会邀请回顾材料，想核对一下：那一期是谁主办的、在哪里办的、大概来了多少人？",
    "据报道（GZ ¶3），第12期于12月26日下午在立白中心（Liby Center）举行，由广州市大湾区企业廉洁合规管理协会主办，吸引了100多位嘉宾。",
    ["Liby Center", "Hosted by the Guangzhou Greater Bay Area Enterprise Integrity and Compliance Management Association",
     "over 100 guests"],
    [E(GZ, "¶3", "was held at the Liby Center"),
     E(GZ, "¶3", "Hosted by the Guangzhou Greater Bay Area Enterprise Integrity and Compliance"),
     E(GZ, "¶3", "this event gathered over 100 guests")],
    lang="zh")

add("cross_lingual",
    "The district office wants our VP at a 政企沟通 meeting every other week, with a written progress report each time. Is there any rule against this kind of 'communication' eating into our actual operations?",
    "Yes. Optimizing Business Environment Regulations art. 48: a government-business communication mechanism must fully respect the market entity's wishes, must not disturb its normal production and operation, and must not add to its burden.",
    ["充分尊重市场主体意愿", "不得干扰市场主体正常生产经营活动", "不得增加市场主体负担"],
    [E(BE, "第四十八条", "建立政企沟通机制，应当充分尊重市场主体意愿，增强针对性和有效性"),
     E(BE, "第四十八条", "不得干扰市场主体正常生产经营活动，不得增加市场主体负担")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "街道和区里一搞活动就打电话让我们公司掏钱赞助、再派几个员工过去帮忙，我们能说不吗？",
    "可以拒绝。《优化营商环境条例》第十四条：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体有权拒绝任何形式的摊派。",
    ["提供财力、物力或者人力的摊派行为", "有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

add("paraphrase",
    "老板问：公司是不是有义务定期给全体员工上上课，让大家明白做生意要干干净净、按规矩来？",
    "有。《民营经济促进法》第三十九条第二款：民营经济组织应当加强对工作人员的法治教育，营造诚信廉洁、守法合规的文化氛围。",
    ["加强对工作人员的法治教育", "营造诚信廉洁、守法合规的文化氛围"],
    [E(PE, "第三十九条", "民营经济组织应当加强对工作人员的法治教育，营造诚信廉洁、守法合规的文化氛围")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "Why does the 政务处分法 let officials accept gifts worth under RMB 200? We'd like to hand out mooncake boxes at a district investment-promotion event and want to stay under the line.",
    ["RMB 200", "200元", "200 yuan"],
    "The Public Official Sanctions Law (art. 34) punishes accepting gifts, cash gifts or securities that may affect the fair exercise of public power; it sets no value threshold, so the premise of a RMB 200 allowance is unfounded.",
    lang="en", present=["礼金", "礼品"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")])

unans("false_premise",
    "政务处分法第八条规定记过的处分期是六个月。我们在谈的另一位区干部去年被记过，现在已经满六个月了，那他的处分是不是已经自动解除、可以放心挖过来了？",
    ["记过，六个月"],
    "PS art. 8 sets the period for 记过 at twelve months (six months is for 警告); the premise misstates the figure, and the law says nothing about a company's recruitment decision.",
    lang="zh", present=["十二个月", "警告，六个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"), E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
    "Under the SME payment regulations (2025 revision), large companies get 90 days from delivery to pay small suppliers, right? We're a big platform and want to standardise our vendor contracts at 90 days.",
    ["90 days", "90日内支付"],
    "SME Payment Regulations art. 9 gives large enterprises 60 days from delivery (a contract may agree otherwise, reasonably per industry norms); 90 days appears only as the maximum complaint-handling period in art. 25, not a payment term.",
    lang="en", present=["60日内", "90日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "Given that the NDRC notice gives credit leading departments 15 working days to verify a breach-of-contract complaint, when should we chase them about our complaint against the district talent office filed on the 3rd?",
    ["15 working days", "working days"],
    "NDRC notice II.(2) says provincial credit leading departments should immediately transfer complaint clues for verification; it sets no 15-working-day verification deadline.",
    lang="en", present=["immediately transfer"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected")])

unans("false_premise",
    "既然广州那两批政商交往场景指引是市国资委发布的、主要管国企，我们民营企业邀请区领导来参加年会，是不是就不用参照了？",
    ["国资委发布", "issued by the Municipal State-owned Assets"],
    "The GZ report says the two batches of Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection and Supervision and are meant to help both enterprises and public officials clarify boundaries; nothing says they were issued by SASAC or apply only to SOEs, and no scenario on annual parties is described.",
    lang="zh", present=["Commission for Discipline Inspection and Supervision", "33 scenarios"],
    related=[E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
             E(GZ, "¶7", "helping enterprises and public officials clarify the boundaries of interactions")])

unans("false_premise",
    "Article 36 of the 政务处分法 bars retired officials from taking paid roles at private companies for two years after retirement. Our candidate left the district government in May, so we can't put him on payroll until 2027?",
    ["two years", "cooling-off", "从业限制"],
    "PS art. 36 concerns officials who engage in for-profit activity or hold concurrent posts and take pay in violation of rules; it says nothing about retirees or a two-year bar. Art. 27 only says retirees are no longer given sanctions but may be investigated.",
    lang="en", present=["营利性活动", "退休"],
    related=[E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的"),
             E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")])

unans("false_premise",
    "优化营商环境条例第十七条规定企业必须参加政府组织的评比、培训；所以区里通知的那个营商环境培训会，我们就不能推掉了吧？",
    ["必须参加"],
    "BE art. 17 says the opposite: unless laws or regulations provide otherwise, no unit or person may force or disguisedly force market entities to take part in appraisals, trainings and similar activities.",
    lang="zh", present=["不得强制或者变相强制"],
    related=[E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "We complained through the 12345 hotline that the district dropped our subsidy deal after the old 区长 was transferred. Realistically, will the credit department rule in our favour, and what are our odds of actually getting the money?",
    ["success rate", "odds", "likelihood", "win rate"],
    "NDRC notice II.(1)-(2) describes the complaint channels (incl. 12345) and says non-performance due to personnel changes counts as dishonesty, but no document predicts the outcome of a particular complaint or gives success statistics.",
    lang="en", present=["12345", "personnel changes"])

unans("not_covered",
    "区领导来公司调研，顺便在公司食堂或者附近餐厅吃顿饭，政务处分法或者相关规定里有没有人均多少钱以内的标准？",
    ["人均", "餐标"],
    "PS art. 34 covers banquets that may affect the fair exercise of public power, and the GZ report says the first batch of Guidelines answered 'what meals can be eaten', but no document gives a per-person spending limit.",
    lang="zh", present=["宴请", "what meals can be eaten"])

unans("not_covered",
    "The Guangzhou Guidelines have 33 scenarios across two batches. How many of them are in the second batch, and which one deals with inviting officials to a company's annual party?",
    ["annual party", "second batch contains", "scenarios in the second batch"],
    "The GZ report (¶10) gives only the combined figure of 33 scenarios across both batches and describes the batches' themes; it neither splits the count by batch nor lists the scenarios.",
    lang="en", present=["33 scenarios", "second batch"])

unans("not_covered",
    "我们要聘一位刚退休的区里干部做顾问，入职前需要向他原单位或者组织部门报备、审批吗？流程是怎样的？",
    ["报备", "组织部门"],
    "PS art. 27 only addresses violations by retired officials, and art. 52 bars processing retirement while under investigation; no document sets a reporting or approval procedure for a retiree taking a job at a private company.",
    lang="zh", present=["退休"])

unans("not_covered",
    "How much is the membership fee to join the GBA Integrity and Compliance Association, and does being a member get us seats at the Lecture Hall sessions?",
    ["membership fee", "annual fee"],
    "The GZ report describes the association's member composition and featured services (incl. the Lecture Hall), but states no fees or membership terms.",
    lang="en", present=["member enterprises", "Featured Services"])

unans("not_covered",
    "广州第二批指引说企业因客观原因没完成招商协议里的投资目标，可以协商调整、享受宽限期。那这个宽限期一般是多长？几个月还是一年？",
    ["宽限期", "grace period of"],
    "GZ ¶18 (Chen Lin) only says an enterprise that fails its targets for objective reasons can negotiate adjustments and enjoy a grace period; no length is given anywhere.",
    lang="zh", present=["grace period"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年版《保障中小企业款项支付条例》（修订前）里，大型企业向中小企业付款的期限原来是怎么规定的？跟现在比有什么变化？",
    ["2020年版", "修订前", "原条例"],
    "The corpus holds only the 2025 revised text (State Council Order No. 802); the header mentions the 2020 Order No. 728 publication, but the earlier wording is not included.",
    lang="zh", present=["第728号", "60日内"])

unans("superseded",
    "What did the Guidelines for Enterprise Integrity and Compliance Construction (2023 Edition) say about hiring former government officials? We're using it as a checklist.",
    ["former government officials", "former officials"],
    "The GZ report (¶50) only records that the association released the 2023 Edition of these guidelines in March 2024; their content is not in any document.",
    lang="en", present=["2023 Edition"])

unans("superseded",
    "民营经济促进法草案（征求意见稿）里关于政企沟通、国家机关工作人员和企业交往的条文，跟正式通过的版本有哪些不同？",
    ["草案", "征求意见稿"],
    "Only the law as adopted on 2025-04-30 is in the corpus (art. 44 on interactions and the 政企沟通机制); no draft text is included.",
    lang="zh", present=["政企沟通机制"])

unans("superseded",
    "Before SASAC's 2022 measures, the 2018 trial version of the central SOE compliance guidelines (试行) — did it already require a chief compliance officer? We're benchmarking our own compliance set-up against it.",
    ["2018", "试行"],
    "The corpus has only SASAC Order No. 42 (2022), art. 12 of which provides for a 首席合规官 held concurrently by the general counsel; the earlier 2018 trial guidelines are not included.",
    lang="en", present=["首席合规官"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "Can we put a non-compete clause (竞业限制) in the employment contract of our new product director, and how much monthly compensation does the company have to pay him after he leaves?",
    ["non-compete", "竞业限制"],
    "A labour-contract question; none of the seven documents deals with non-compete clauses or post-employment compensation.",
    lang="en")

unans("out_of_domain",
    "退休返聘的人员和我们公司签的应该是劳动合同还是劳务合同？公司还要不要给他交社保？",
    ["劳务合同", "返聘", "社保"],
    "An employment-law question about rehiring retirees; the documents only mention 劳动用工 and 社会保障 laws in general terms (PE art. 36) and do not address retiree contracts or social insurance contributions.",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "We just signed a software services contract with a government client. How is 印花税 calculated on the contract payment, and which party has to pay it?",
    ["印花税", "stamp duty"],
    "A tax question; the documents mention tax-service facilitation (BE art. 46) but say nothing about stamp duty on contracts.",
    lang="en", present=["办税"])
