"""Hard-case gold items, hundred-and-seventy-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a retired engineer who for decades wrote long opinionated letters to a newspaper's reader
column and now writes them to the assistant. Mostly Chinese: whole paragraphs of opinion, full of
rhetorical questions (难道不是…吗？凭什么…？岂不是…？), anecdotes about old classmates and small
factories, and claims about what "the new laws" say, often half-remembered or simply wrong, with a
demand at the end to be shown the source. He also drifts into history, his pension, other laws and
what will happen next year. A few questions are in stiff, over-formal English "for my grandson".
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "我有个老同学，退休后帮儿子张罗一个小加工厂，给某局做了一批活，钱拖了一年多才给。去要利息，人家说合同里没写利息，"
    "所以一分钱利息也不用付。凭什么？难道欠钱不还还能白占便宜吗？合同里没约定利息的，逾期到底按什么算？请把出处给我。",
    "要付。机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；双方未约定利率的，按照每日利率万分之五支付"
    "（《保障中小企业款项支付条例》第十七条）。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "报上说某干部被记大过。我就纳闷了：这个处分是跟人一辈子的污点，还是有个期限？记大过到底管多长时间？从哪天算起？",
    "记大过的政务处分期间为十八个月，自政务处分决定生效之日起计算（《公职人员政务处分法》第八条）。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "我一直以为“民营”就是私人老板开的厂子。可现在满街都在讲民营经济促进法，这里头说的“民营经济组织”究竟是个什么范围？"
    "街口卖烧饼的个体户算不算？",
    "民营经济组织指在中国境内依法设立的、由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，以及前述组织控股"
    "或者实际控制的营利法人、非法人组织；个体工商户在内（《民营经济促进法》第七十七条）。",
    ["由中国公民控股或者实际控制", "个体工商户"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="zh")

add("single",
    "楼下几家小店跟我诉苦：街道上非要他们参加什么“文明商户评比”，还得交几百块“评比费”，不参加就三天两头来找麻烦。"
    "这难道不是变着法子摊派吗？国家的营商环境条例对这种事到底怎么说？",
    "除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰等活动，也不得借此向市场主体收费"
    "或者变相收费（《优化营商环境条例》第十七条第二款）。",
    ["不得强制或者变相强制市场主体参加评比", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")],
    lang="zh")

add("single",
    "央企现在又兴出一个“首席合规官”。我看多半又是多设一把交椅、多拿一份高薪，岂不是叠床架屋？这个首席合规官到底由谁来当，"
    "是不是新增的领导职位？",
    "不是新增职位：中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责"
    "（《中央企业合规管理办法》第十二条）。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "For my grandson I write this in English. Our county government signed an agreement with his company, then the "
    "leaders were changed and the new officials say the old agreement is not their business. According to the "
    "Notice of the NDRC on government integrity, is a change of personnel an acceptable excuse for not performing?",
    "No. Under section II(2) of the NDRC notice, failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("single",
    "Dear assistant, my grandson is working in investment department of a state-owned company in Guangzhou. He is "
    "afraid that if one project loses money he will be punished for it. I wish to know: according to the Guangzhou "
    "guidelines as explained at that lecture hall, if the investment was made with due diligence and proper "
    "procedure but lost money because of the market, what happens to the responsible staff?",
    "As reported at the lecture hall (Wang Xiaobin, ¶21), the second batch of the Guidelines states that if an "
    "investment made with due diligence and through compliant decision-making procedures incurs losses due to "
    "objective factors such as market risks, the relevant personnel may be exempted from liability.",
    ["objective factors such as market risks", "the relevant personnel may be exempted from liability"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

add("single",
    "我自己是退了休的老头，不是干部，可我一直好奇：有些官员退休以后才查出问题，是不是就算“安全着陆”、一笔勾销了？"
    "难道退了休就没人管了吗？",
    "不是一笔勾销：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以立案调查；依法应当降级、撤职、"
    "开除的，要相应调整其享受的待遇，违法所得依第二十五条处理（《公职人员政务处分法》第二十七条）。",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")],
    lang="zh")

# ---- multi

add("multi",
    "大企业从小厂进货，付款时总有一句话：“甲方还没给我钱，我也没法给你。”一拖就是大半年。难道大企业想拖多久就拖多久吗？"
    "国家到底给大企业定了几天的付款期？这种“等上家付了钱再说”的说法，在新法里站得住脚吗？",
    "大型企业从中小企业采购货物、工程、服务，应当自交付之日起60日内付款；合同另有约定的也要合理约定并及时支付，不得约定以收到"
    "第三方付款作为付款条件（《保障中小企业款项支付条例》第九条第二款）。《民营经济促进法》第六十八条同样规定大型企业不得以"
    "收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["60日内支付款项", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "交付之日起60日内支付款项"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "My grandson has just become a civil servant. I warned him: one mistake, one demerit on the record, and your "
    "career is finished for ever. Is this correct? During the period of a sanction may he be promoted, and when "
    "the period is over does the sanction still follow him?",
    "During the sanction period a civil servant may not be promoted in post, rank or grade (and with a demerit or "
    "heavier he may not move up a salary step) (Public Official Sanctions Law art. 19). For sanctions other than "
    "dismissal, if he shows repentance and commits no new violation, the sanction is lifted automatically when the "
    "period ends and no longer affects promotion, though lifting a demotion or removal does not restore the old "
    "post (art. 26).",
    ["不得晋升职务、职级、衔级和级别", "政务处分期满后自动解除"],
    [E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第二十六条", "政务处分期满后自动解除")],
    lang="en")

add("multi",
    "小企业去告欠款，一怕石沉大海，二怕以后被甲方穿小鞋、再也接不到活。投诉递上去，多久能有个结果？万一对方借机报复，"
    "难道就只能忍着吗？请逐条告诉我出处。",
    "受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门；处理投诉部门自收到材料之日起30日内形成处理结果并书面反馈，"
    "情况复杂的经批准可延长，但最长不超过90日（第二十五条）。机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求"
    "或者投诉的中小企业进行恐吓、打击报复（第二十条），违者依第三十五条追责。",
    ["10个工作日内", "30日内形成处理结果", "最长不得超过90日", "进行恐吓、打击报复"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "My grandson's friend works in a big central state enterprise and saw something not proper. He is afraid to "
    "report it. Do the compliance rules for central enterprises protect a person who reports, and is there any "
    "reward for him?",
    "Yes. Central enterprises must keep the whistle-blower's identity and the reported matter strictly "
    "confidential, may give an appropriate reward where the report proves true, and no one may retaliate against "
    "the whistle-blower in any form (Central SOE Compliance Measures art. 24).",
    ["对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密")],
    lang="en")

add("cross_lingual",
    "前些年我们那儿的开发区答应给企业的补贴，新班子一来就不认了。企业想告，连门都找不着。国家发改委那个讲政务诚信的通知，"
    "说政府违约失信可以往哪些地方投诉？难道还是只能去信访吗？",
    "通知第二部分第(1)项要求省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部违约拖欠中小企业款项登记（投诉）"
    "平台、地方12345政务服务热线、营商环境投诉平台、信访部门等渠道，设立或完善违约失信投诉专栏，受理涉及辖区政府部门的投诉。",
    ["special columns for breach of contract and dishonesty complaints", "local 12345 government service hotlines"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines")],
    lang="zh")

add("cross_lingual",
    "报上登了广州开“廉洁合规大讲堂”的消息，主办的是个什么大湾区廉洁合规协会。这种协会如今多如牛毛，我倒想问问："
    "它是哪一年成立的？是谁牵头搞起来的？别又是个挂羊头卖狗肉的收费协会吧？",
    "据报道（¶32），广州大湾区企业廉洁合规管理协会成立于2021年，是由市纪委监委、市国资委和市工商联共同推动成立的非营利性"
    "社会组织，也是广州市5A级社会组织和市政府立法基层联系点。",
    ["established in 2021",
     "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "我在厂里干了三十年，最怕的就是上头来人查。过去是看谁不顺眼就去谁家，来的还总是那几张熟面孔，吃吃喝喝就走了。"
    "现在是不是改成抓阄了——去哪家、派哪个人，全凭手气？查完了结果还贴出来让大家看？",
    "是的。除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域外，市场监管领域的行政检查要随机抽取检查对象、随机选派执法"
    "检查人员，抽查事项及查处结果及时向社会公开（“双随机、一公开”，《优化营商环境条例》第五十四条）。",
    ["随机抽取检查对象", "随机选派执法检查人员", "及时向社会公开"],
    [E(BE, "第五十四条", "随机抽取检查对象、随机选派执法检查人员")],
    lang="zh")

add("paraphrase",
    "我邻居的老板，把厂里的钱当自家的钱包：今天给老婆买辆车，明天给儿子交学费，一笔糊涂账。出了事，厂子和他家里的东西"
    "也分不清是谁的。新出来的那部法，对老板这样公私一锅煮，到底有没有个说法？",
    "有。民营经济组织应当加强财务管理、规范会计核算、防止财务造假，并区分企业生产经营收支与经营者个人收支，实现企业财产与"
    "经营者个人财产分离（《民营经济促进法》第四十条）。",
    ["区分民营经济组织生产经营收支与民营经济组织经营者个人收支",
     "实现民营经济组织财产与民营经济组织经营者个人财产分离"],
    [E(PE, "第四十条", "实现民营经济组织财产与民营经济组织经营者个人财产分离")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "我在报上读到：新修订的中小企业款项支付条例规定，机关、事业单位从小企业采购，45日内付款就算守规矩。"
      "既然国家都允许拖一个半月，那些小老板还叫什么苦？岂不是无病呻吟？",
      ["45日", "四十五日"],
      "The premise is wrong: SME art. 9 requires organs and public institutions to pay within 30 days of delivery "
      "(a contract may agree otherwise but at most 60 days); there is no 45-day rule, so the question cannot be "
      "answered as put.",
      lang="zh", present=["30日内支付款项", "最长不得超过60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "听人讲，公职人员犯了好几档子事，处分期可以叠着算，但是政务处分法又规定最长不超过三十六个月。"
      "犯的事越多，打的折越大，这难道不是给贪官打折吗？凭什么这么定？",
      ["三十六个月"],
      "The cap is misstated: PS art. 15 says that where several identical sanctions below removal are due, the "
      "period may be set between one period and the sum of all periods, but not over 48 months (四十八个月), "
      "not 36; the why-question rests on a figure no document gives.",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "但是最长不得超过四十八个月")])

unans("false_premise",
      "我在一篇评论文章里看到，央企的重大决策，合规审查意见由董事长签字就算数。既然董事长一支笔说了算，"
      "还设什么首席合规官？岂不是聋子的耳朵——摆设？",
      ["董事长签字", "董事长"],
      "The premise is wrong: SOE Measures art. 21 requires the compliance review opinion on major decisions to be "
      "signed by the chief compliance officer (首席合规官签字), not the board chairman; no document mentions a "
      "chairman signing.",
      lang="zh", present=["首席合规官签字"],
      related=[E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")])

unans("false_premise",
      "民营经济促进法明明是2025年7月1日起施行的，怎么五月份就有人拿它去法院、去政府讨说法了？"
      "法还没生效就拿来用，这不是乱套了吗？",
      ["2025年7月1日"],
      "The date is wrong: PE art. 78 says the law took effect on 20 May 2025 (adopted 30 April 2025), so the "
      "premise that it only took effect on 1 July 2025 is contradicted.",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行")])

unans("false_premise",
      "优化营商环境条例规定，政府出台涉企文件，向社会征求意见只要不少于15日就行。半个月，老百姓连报纸都没翻完，"
      "意见就征完了，这样的“公开征求意见”难道不是走过场？",
      ["15日", "十五日"],
      "The figure is wrong: BE art. 62 says the public comment period is generally not less than 30 days "
      "(一般不少于30日); no document gives 15 days.",
      lang="zh", present=["不少于30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
      "My grandson told me the Guangzhou government-business guidelines have already come out in three batches with "
      "50 scenarios in total. For his school report, please tell me which scenarios are in the third batch.",
      ["three batches", "50 scenarios", "third batch"],
      "The premise is wrong: the GZ report (¶7, ¶10) speaks of two batches of the Guidelines, issued in two "
      "consecutive years, covering 33 scenarios; there is no third batch or 50 scenarios, and the report does "
      "not list the scenarios anyway.",
      lang="en", present=["two batches", "33 scenarios"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
      "I read in the newspaper that under the NDRC notice on government integrity, a county-level city with a "
      "dishonesty record loses its awards and its demonstration-zone title. Why are the county-level cities "
      "punished so hard while the big cities escape? Please show me the article, for my grandson.",
      ["county-level", "county-level city"],
      "The scope is misstated: NDRC III(4) applies the cancellation of awards, pilot eligibility and "
      "demonstration-zone titles to prefecture-level and above cities with government dishonesty records, not to "
      "county-level cities, so the why-question rests on a false premise.",
      lang="en", present=["prefecture-level"],
      related=[E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

# ---- not_covered

unans("not_covered",
      "这部保障中小企业款项支付的条例施行以来，全国到底清欠了多少亿元？哪个省欠得最多？报上天天说成效显著，"
      "我倒要看看数字。",
      ["清欠", "亿元"],
      "No document gives national or provincial figures on arrears cleared. SME art. 18 only requires organs and "
      "large enterprises to publish the number and amount of their own overdue contracts; no statistics are in "
      "the corpus.",
      lang="zh", present=["逾期尚未支付中小企业款项"])

unans("not_covered",
      "我那老同学想去投诉拖欠款，可又听说要先交一笔投诉费、材料费，还得请律师。到受理投诉部门投诉，到底收不收钱？"
      "收多少？",
      ["投诉费", "手续费"],
      "SME arts. 24-25 set up complaint channels and time limits, and art. 30 encourages pro bono legal services, "
      "but no document says whether complaining costs anything or how much.",
      lang="zh", present=["受理投诉部门", "公益法律服务"])

unans("not_covered",
      "广州那次廉洁合规讲堂上，据说讲了不少反面典型案例。到底是哪个区的哪个局长出了事？叫什么名字、受了什么处分？"
      "报纸上为什么不点名？",
      ["局长", "海珠区"],
      "The GZ report only says the training included policy interpretation and case warnings (¶11); it names no "
      "official, district or sanction, and no other document covers such a case.",
      lang="zh", present=["case warnings"])

unans("not_covered",
      "民营经济促进法刚施行，我看问题还不少。明年全国人大会不会出个修正案？要改的话会先改哪几条？你给预测预测。",
      ["修正案"],
      "A prediction: the documents contain the law as adopted (PE art. 78, in force 20 May 2025) but say nothing "
      "about future amendments.",
      lang="zh", present=["本法自2025年5月20日起施行"])

unans("not_covered",
      "政务处分法里说贪污贿赂要记过、降级、开除。那要是够上刑法了，行贿罪一般判几年？量刑标准是多少钱起步？",
      ["行贿罪", "量刑"],
      "PS art. 33 lists sanctions for 贪污贿赂 and arts. 14/64 refer to criminal liability, but no document sets "
      "out criminal sentencing for bribery; that is in the Criminal Law, which is not in the corpus.",
      lang="zh", present=["贪污贿赂", "依法追究刑事责任"])

unans("not_covered",
      "My grandson studies law and wants to be a chief compliance officer in a central enterprise. Is there a "
      "national qualification exam for this, and which certificate must he obtain first?",
      ["exam", "certificate", "qualification"],
      "SOE art. 12 says the chief compliance officer is concurrently the general counsel, with no new post; no "
      "document mentions any exam, certificate or qualification for the role.",
      lang="en", present=["首席合规官", "总法律顾问"])

# ---- out_of_domain

unans("out_of_domain",
      "我退休快十年了，每年就盼着养老金涨一点。今年企业退休人员的养老金到底上调了百分之几？我们这种高级工程师退休的能多拿多少？",
      ["养老金"],
      "Pensions are outside the seven documents.",
      lang="zh")

unans("out_of_domain",
      "我年轻时修过桥，一直佩服古人。赵州桥到底是谁设计的？真是李春吗？一千四百年不倒，难道今天的工程师就造不出来吗？",
      ["赵州桥", "李春"],
      "Bridge history has nothing to do with the documents.",
      lang="zh")

unans("out_of_domain",
      "For my grandson's homework: a simply supported beam of 6 metres carries a uniform load of 10 kN per metre. "
      "What is the maximum bending moment, please show the formula?",
      ["beam", "bending moment"],
      "A structural engineering exercise, unrelated to the documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "这部条例2025年修订过。我想对比一下：2020年那版原条例（国务院令第728号）里，机关、事业单位的付款期限和逾期利息"
      "是怎么写的？修订前后到底改了哪几条？",
      ["原条例", "修订前"],
      "The corpus holds only the 2025 revised text (国务院令第802号); the original 2020 text (第728号) is only named "
      "in the heading, so its wording and the changes cannot be given.",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "政务处分法出来以前，公务员犯错是按《行政机关公务员处分条例》处理的。那个老条例里警告、记过的期限是怎么规定的？"
      "跟现在比是宽了还是严了？",
      ["行政机关公务员处分条例"],
      "The earlier regulation is not in the corpus; only the 2020 Public Official Sanctions Law is (its periods "
      "are in art. 8), so the old rules and the comparison cannot be given.",
      lang="zh", present=["政务处分的期间为"])

unans("superseded",
      "Before the 2022 compliance measures, I believe SASAC issued compliance guidelines for central enterprises "
      "on a trial basis in 2018. What did that 2018 document require, and what was changed in 2022?",
      ["2018"],
      "Only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42, in force 1 October 2022) "
      "are in the corpus; no earlier 2018 document is held.",
      lang="en", present=["2022年10月1日"])

unans("superseded",
      "民营经济促进法公开征求意见的时候，草案里有一条讲民营企业家人身安全的，我记得写得比现在硬气。征求意见稿里那一条原文"
      "是怎么写的？为什么后来改软了？",
      ["草案", "征求意见稿"],
      "The corpus holds only the law as adopted on 30 April 2025 (e.g. art. 58 and 60 on personal rights); the "
      "draft and the comment version are not in it.",
      lang="zh", present=["人身权利"])
