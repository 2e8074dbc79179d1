"""Hard-case gold items, hundred-and-fifty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the HR director of a large private manufacturer who wants to bring recently retired or
resigned officials on board and to keep the company's staff out of trouble in their dealings with
officials. Asks what follows former officials after they leave (investigations, sanctions,
periods), gifts, meals and hospitality, paying officials for advice or talks, invitations to
company events, and what the company itself risks. Writes business Chinese to colleagues and
business English when preparing answers for the foreign shareholder and the board; often passes
on a "rule" the legal team mentioned, sometimes wrongly, and mixes in the odd Chinese term.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "我们销售部逢年过节给对口局里的处长送购物卡。万一出事，收卡的那位处长本人按政务处分法会受什么处分？",
    "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，"
    "予以降级或者撤职；情节严重的，予以开除（政务处分法第三十四条第一款）。",
    ["予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")],
    lang="zh")

add("single",
    "想请一位在职的处长周末来给我们做兼职顾问，每月付一笔顾问费。这样做对他本人有什么风险？",
    "违反规定兼任职务、领取报酬的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；"
    "情节严重的，予以开除（政务处分法第三十六条）。",
    ["违反规定兼任职务、领取报酬", "予以警告、记过或者记大过"],
    [E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的")],
    lang="zh")

add("single",
    "区里某个局打电话给HR，要我们派人参加一个收费的“政企合规培训”，还暗示不去的话年底评先进会受影响。这种培训我们必须参加吗？",
    "不必。除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、"
    "考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费（优化营商环境条例第十七条第二款）。",
    ["不得强制或者变相强制市场主体参加", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")],
    lang="zh")

add("single",
    "民营经济促进法里面，对政府工作人员跟我们民企老板打交道，有没有提廉洁方面的要求？",
    "有。国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁"
    "（民营经济促进法第四十四条第一款）。",
    ["遵纪守法，保持清正廉洁"],
    [E(PE, "第四十四条", "国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁")],
    lang="zh")

add("single",
    "Shareholder question: the county promised us a subsidy for the new plant, then the Party secretary who "
    "signed it was transferred and his successor says it's 'not his commitment'. Under the NDRC government "
    "integrity notice, does that count as government dishonesty?",
    "Yes. The notice says failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty (NDRC notice, II.(2)).",
    ["personnel changes", "breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "personnel changes, and other reasons shall all be regarded as breach of contract")],
    lang="en")

add("single",
    "Quick one for the board deck: do the Guangzhou government-business interaction guidelines actually deal "
    "with day-to-day stuff like taking officials out to eat or giving them a ride, or is it all high-level principle?",
    "They do: the first batch of the Guidelines systematically responded to regular government-business "
    "interaction issues such as \"what meals can be eaten and what vehicles can be taken\" (GZ report ¶9).",
    ["what meals can be eaten and what vehicles can be taken"],
    [E(GZ, "¶9", "responded to regular government-business interaction issues")],
    lang="en")

add("single",
    "我们想学央企的做法，建一个内部违规举报渠道。央企合规办法对举报人保护是怎么要求的？",
    "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；对举报人的身份和举报事项严格保密，"
    "对举报属实的举报人可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复（第二十四条）。",
    ["严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密")],
    lang="zh")

add("single",
    "法务提醒说，我们作为大型企业，按时付中小供应商货款这件事也得纳入公司的合规管理，这是哪条规定的？下面的子公司也要管吗？",
    "保障中小企业款项支付条例第十九条：大型企业应当将保障中小企业款项支付工作情况，纳入企业风险控制与合规管理体系，"
    "并督促其全资或者控股子公司及时支付中小企业款项。",
    ["纳入企业风险控制与合规管理体系", "督促其全资或者控股子公司"],
    [E(SME, "第十九条", "大型企业应当将保障中小企业款项支付工作情况，纳入企业风险控制与合规管理体系")],
    lang="zh")

# ---- multi

add("multi",
    "如果我们的业务员为了拿项目给官员好处，除了官员本人，公司这边违反的是哪条规定、要承担什么责任？",
    "民营经济组织不得通过贿赂和欺诈等手段牟取不正当利益（民营经济促进法第三十六条）；违反法律法规的，"
    "由有权机关责令改正，依法予以行政处罚；造成人身损害或者财产损失的，依法承担民事责任；构成犯罪的，"
    "依法追究刑事责任（第七十五条）。",
    ["不得通过贿赂和欺诈等手段牟取不正当利益", "依法予以行政处罚", "依法追究刑事责任"],
    [E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益"),
     E(PE, "第七十五条", "民营经济组织及其经营者生产经营活动违反法律、法规规定，由有权机关责令改正，依法予以行政处罚")],
    lang="zh")

add("multi",
    "Scenario for the board: we hire a recently retired bureau director as a senior adviser. Two years later it "
    "comes out that he took kickbacks while in office. Can he still be punished under the sanctions law, and "
    "what happens to the money he took?",
    "A retired official is no longer given a governmental sanction, but can be placed under investigation; if "
    "the conduct warrants demotion, removal or expulsion his benefits are adjusted accordingly, and his illegal "
    "gains are handled under Art. 25 (PS Law Art. 27): the supervisory organ confiscates, recovers or orders "
    "restitution of them, returning them to the owner or turning them over to the state treasury (Art. 25).",
    ["不再给予政务处分", "可以对其立案调查", "没收、追缴或者责令退赔", "上缴国库"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十五条", "由监察机关没收、追缴或者责令退赔")],
    lang="en")

add("multi",
    "We're trying to poach a department manager from a state-owned enterprise who is currently serving a 记大过 "
    "sanction. How long does that last, what does it block for him while it runs, and does it simply lapse at the end?",
    "A serious demerit runs eighteen months from the date the decision takes effect (PS Law Art. 8); during it an "
    "SOE manager may not be promoted in position, post grade or title, nor in pay grade (Art. 21); if he shows "
    "repentance and commits no further violation it is lifted automatically when the period expires (Art. 26).",
    ["记大过，十八个月", "不得晋升薪酬待遇等级", "政务处分期满后自动解除"],
    [E(PS, "第八条", "（三）记大过，十八个月"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十六条", "政务处分期满后自动解除")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "One of our target hires, a division chief at a provincial bureau, told us he is under formal investigation "
    "but wants to resign now and start with us next month. Is he even allowed to resign?",
    "Not without consent: while under investigation an official may not leave the country or resign from public "
    "office without the supervisory organ's approval, and his unit may not process his transfer or retirement "
    "(PS Law Art. 52(2)).",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="en")

add("cross_lingual",
    "For the foreign shareholder: does China's new Private Economy Promotion Law put any anti-corruption "
    "obligations on private companies like us, e.g. staff training or internal audit?",
    "Art. 39: the state supports private economic organisations in building internal audit systems and "
    "strengthening integrity-risk prevention; private economic organisations shall strengthen rule-of-law "
    "education of their staff and foster an honest, clean and compliant culture.",
    ["内部审计制度", "加强对工作人员的法治教育"],
    [E(PE, "第三十九条", "民营经济组织应当加强对工作人员的法治教育，营造诚信廉洁、守法合规的文化氛围")],
    lang="en")

add("cross_lingual",
    "广州纪委出的那个政商交往指引，讲座上说碰到指引里没写到的情况该怎么判断？核心标准是什么？",
    "起草组成员王玉群说，判断各种情形的核心是区分“为公”还是“为私”（acting for the public good / acting for "
    "personal gain），关键看行为能否“摆上台面”（put on the table）（广州讲堂报道¶10）。",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "街道那边每年搞活动都让我们厂“表示表示”，要钱、要车、还要派几个员工去帮忙，不给又怕以后办事被卡。我们能硬气地说不吗？",
    "可以。禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体有权拒绝任何形式的摊派"
    "（优化营商环境条例第十四条第三款）。",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为")],
    lang="zh")

add("paraphrase",
    "我们销售部招了某局长的儿子，听说他在外面常拿他爸的名头拉生意，局长也知道，一直睁一只眼闭一只眼。局长自己会不会因此出事？",
    "会。纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的，予以警告、记过或者记大过；情节较重的，"
    "予以降级或者撤职；情节严重的，予以开除（政务处分法第三十三条）。",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的"],
    [E(PS, "第三十三条", "纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "候选人前年3月在原单位被撤职。法务说撤职的处分期是三十六个月，所以他现在还在处分期里。那处分期没满之前他来我们民企上班有什么限制？",
      ["三十六个月"],
      "政务处分法第八条：降级、撤职的处分期为二十四个月，不是三十六个月（多个处分合并最长也只有四十八个月，第十五条）。"
      "按二十四个月计，前年3月的撤职已经期满；文件也没有规定处分期内到民企任职的限制。前提错误，不能按所问回答。",
      lang="zh", present=["二十四个月"],
      related=[E(PS, "第八条", "（四）降级、撤职，二十四个月")])

unans("false_premise",
      "Our legal team says a retired official can still be demoted or dismissed under the Public Officials "
      "Sanctions Law for misconduct found after retirement, so any retiree we hire could be 'demoted' mid-contract. "
      "How does the demotion of a retiree actually work in practice?",
      ["demoted", "demotion", "dismissed"],
      "PS Law Art. 27: a retired official who broke the law before or after retirement is no longer given a "
      "governmental sanction (不再给予政务处分); he can be investigated, and where demotion, removal or expulsion "
      "would be due his benefits are adjusted and illegal gains handled under Art. 25. There is no demotion of a "
      "retiree to describe, so the question cannot be answered as asked.",
      lang="en", present=["不再给予政务处分"],
      related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")])

unans("false_premise",
      "法务跟采购说，合同里没写付款期的话，我们大型企业向中小供应商付款默认是交付后90日内，所以不用急。那从第91天起算的逾期利息按什么利率？",
      ["90日内", "90天", "第91天"],
      "保障中小企业款项支付条例第九条第二款：大型企业从中小企业采购货物、工程、服务，应当自交付之日起60日内支付款项，"
      "不是90日；合同另有约定的，也应当按照行业规范、交易习惯合理约定付款期限。逾期利息见第十七条（未约定的按每日万分之五），"
      "但“第91天起算”这个前提不成立，不能按所问回答。",
      lang="zh", present=["60日内"],
      related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
      "Legal told the shareholder that under the NDRC's 2023 government integrity notice, a city government that "
      "breaks a deal with a private company gets fined by the NDRC. Roughly how big are those fines, and do they "
      "get paid to the company?",
      ["fined", "fines"],
      "The NDRC notice imposes no fines. III.(4) lists restrictions instead: limiting central budget fund support, "
      "local government special bond applications and financing project recommendations, and for cities with "
      "dishonesty records cancelling awards and pilot eligibility and raising credit-monitoring deductions. "
      "There is no fine amount or payee to report.",
      lang="en", present=["central budget funds"],
      related=[E(NDRC, "III.(4)", "our commission will restrict support from central budget funds")])

unans("false_premise",
      "Legal mentioned the Guangzhou CDI guidelines now run to 50 scenarios across three batches. Which of the "
      "50 scenarios covers inviting bureau officials to our annual gala?",
      ["50 scenarios", "three batches", "annual gala"],
      "The GZ report (¶9-¶10) says the Guangzhou CDI has issued two batches of the Guidelines, covering 33 "
      "scenarios, and that they cannot encompass all situations; it does not list the scenarios or mention "
      "company galas. The 50-scenario, three-batch premise is wrong and the scenario asked for cannot be named.",
      lang="en", present=["33 scenarios"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
      "我们打算参照央企搭合规架构。法务说央企合规办法要求首席合规官必须新增领导职数、不能兼任，所以我们也准备外招一个专职的。央企那边这个岗位一般定什么职级？",
      ["新增领导职数", "不能兼任"],
      "中央企业合规管理办法第十二条正相反：中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
      "对企业主要负责人负责。办法也没有规定该岗位的职级，前提错误，无法按所问回答。",
      lang="zh", present=["总法律顾问兼任"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "上周区监委来厂里找我们一个采购员了解情况，只来了一个人。法务说政务处分法允许一名工作人员单独开展调查，所以以后来一个人我们也照常配合。那一个人做的询问笔录能直接当处分依据吗？",
      ["一名工作人员"],
      "政务处分法第四十二条：监察机关对涉嫌违法的公职人员进行调查，应当由二名以上工作人员进行；以非法方式收集的证据"
      "不得作为政务处分的依据。法律并不允许一名工作人员单独调查，前提错误，无法按所问回答。",
      lang="zh", present=["二名以上工作人员"],
      related=[E(PS, "第四十二条", "监察机关对涉嫌违法的公职人员进行调查，应当由二名以上工作人员进行")])

# ---- not_covered

unans("not_covered",
      "Is there a mandatory cooling-off period before a recently retired deputy bureau chief can join us as VP of "
      "Government Affairs? Legal thinks it's two or three years but can't point to the source.",
      ["cooling-off", "two years", "three years"],
      "None of the seven documents sets post-retirement employment restrictions for former officials. The PS Law "
      "(Art. 27) only says retired or departed officials are no longer sanctioned but can be investigated; the "
      "rules on former civil servants' later employment are in other laws and regulations not in the corpus.",
      lang="en", present=["已经离职"])

unans("not_covered",
      "逢年过节给对口部门的官员送点小礼品，价值多少钱以内算合规？法务说200元以下没问题，有没有明确的金额标准？",
      ["200元"],
      "政务处分法第三十四条只以“可能影响公正行使公权力”为标准规定收受、赠送礼品礼金的处分，"
      "七份文件都没有规定任何金额门槛，无法回答“多少钱以内”。",
      lang="zh", present=["礼品、礼金、有价证券"])

unans("not_covered",
      "We'd like a serving district mayor to give the keynote at our annual dinner. What's the maximum honorarium "
      "or speaker fee we're allowed to pay him?",
      ["honorarium", "speaker fee", "keynote"],
      "No document sets a cap on payments to officials for speaking. PS Law Art. 36 sanctions officials who take "
      "concurrent posts or receive remuneration in violation of rules, and Art. 34 covers gifts and hospitality, "
      "but neither gives an amount or a procedure for speaker fees.",
      lang="en", present=["领取报酬"])

unans("not_covered",
      "做候选人背景调查时，我们有没有公开渠道查到他以前受过什么政务处分？能不能去原单位调他的人事档案？",
      ["背景调查"],
      "政务处分法只规定处分决定书送达本人和所在单位、在一定范围内宣布（第四十六条），并存入本人档案（第五十四条）；"
      "没有任何文件规定用人企业查询处分记录或调阅档案的渠道和程序。",
      lang="zh", present=["存入其本人档案"])

unans("not_covered",
      "The board wants a number: how many public officials nationwide were sanctioned last year for accepting gifts "
      "from companies?",
      ["statistics", "人数"],
      "None of the documents contains enforcement statistics; the PS Law only sets the sanctions (Art. 34) and the "
      "GZ report gives no national figures. The count cannot be answered from the corpus.",
      lang="en", present=["礼品"])

unans("not_covered",
      "Will the Guangzhou discipline commission put out a third batch of the interaction guidelines next year, and "
      "will it cover hiring former officials?",
      ["third batch"],
      "The GZ report only describes the two batches issued so far (¶9-¶10) and says nothing about future batches "
      "or about hiring former officials; a prediction cannot be answered from the documents.",
      lang="en", present=["second batch"])

# ---- out_of_domain

unans("out_of_domain",
      "公司新来的两位德国工程师，外国人工作许可续签一般要提前多久办？需要准备哪些材料？",
      ["工作许可"],
      "外国人来华工作许可与七份文件无关。",
      lang="zh")

unans("out_of_domain",
      "How should we structure the year-end bonus for the sales team so the individual income tax withholding is "
      "handled correctly?",
      ["individual income tax", "withholding"],
      "Individual income tax on bonuses has nothing to do with the seven documents.",
      lang="en")

unans("out_of_domain",
      "How many days of paid annual leave is an employee with ten years' service entitled to in China?",
      ["annual leave", "年休假"],
      "Statutory annual leave is outside the seven documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "法务说《保障中小企业款项支付条例》2020年原来那一版（修订前）对大型企业付款期限的规定跟现在不一样。原条例是怎么写的？",
      ["修订前", "原条例"],
      "语料只有2025年3月17日国务院令第802号修订后的条例文本（2025年6月1日起施行）；2020年国务院令第728号公布的原文本不在语料中，"
      "无法说明其原有规定。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "Before SASAC's 2022 measures, central SOEs followed the 2018 trial compliance guidelines. What did the 2018 "
      "version require on chief compliance officers? The shareholder wants to see how it changed.",
      ["2018", "试行"],
      "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42, effective "
      "1 October 2022); the 2018 trial guidelines are not in it, so the earlier text cannot be compared.",
      lang="en", present=["第42号"])

unans("superseded",
      "民营经济促进法草案征求意见稿里，关于政府工作人员跟民企交往“清正廉洁”那条原来是怎么写的？跟正式通过的版本有什么不同？",
      ["草案", "征求意见稿"],
      "语料只有2025年4月30日通过、2025年5月20日起施行的民营经济促进法正式文本（第四十四条）；草案或征求意见稿不在语料中，无法比较。",
      lang="zh", present=["2025年5月20日"])

unans("superseded",
      "Before the 2020 sanctions law, under the 2007 regulations on punishing civil servants of administrative "
      "organs, how long did a demerit stay on someone's record?",
      ["2007", "行政机关公务员处分条例"],
      "The corpus holds only the Public Officials Sanctions Law adopted 20 June 2020 and effective 1 July 2020; "
      "the earlier 2007 regulations are not in it, so their periods cannot be given.",
      lang="en", present=["2020年7月1日"])
