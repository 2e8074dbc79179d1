"""Hard-case gold items, fifty-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a newly promoted township cadre unsure what counts as a gift or a banquet (Chinese, anxious, long
stories); a European chamber-of-commerce researcher comparing the NDRC notice with EU practice (English, precise,
asks about dates, bodies, numbers).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我上个月刚从镇党政办提拔为副镇长，分管招商和安监。春节前辖区一家建材厂的老板来我办公室坐了坐，走的时候在桌上"
    "留了个信封，说是“一点心意，给孩子买点东西”，里面是两千块的购物卡。我推了两次没推掉，这几天晚上都睡不好。按"
    "《公职人员政务处分法》，收这种东西会受什么处分？",
    "《公职人员政务处分法》第三十四条第一款：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、"
    "记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的", "予以警告、记过或者记大过"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "I am a researcher at a European chamber of commerce comparing sanction regimes. In the NDRC notice "
    "Development and Reform Finance [2023] No. 1103, what does the NDRC itself commit to doing to prefecture-level "
    "and above cities that have government dishonesty records?",
    "Item III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will cancel "
    "their eligibility for awards and pilot demonstrations in the development and reform system, increase the weight "
    "of city credit monitoring deductions, and cancel the title or eligibility for demonstration zones of social "
    "credit system construction. (For entities with dishonesty records generally it restricts central budget fund "
    "support, local government special bond applications and financing project recommendations.)",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "我们镇有位副镇长前阵子因为违规接受宴请被记过了。他这几天逢人就问：这个记过处份到底要背多久？是从哪天开始算的？"
    "我也说不清楚，想查个准话。",
    "《公职人员政务处分法》第八条：记过的处分期为十二个月；政务处分决定自作出之日起生效，政务处分期自政务处分决定"
    "生效之日起计算。",
    ["记过，十二个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "For a comparative table: which fields of government-private contracting does the NDRC 2023 notice bring "
    "within the scope of \"breach of contract and dishonesty\"? I need the exact list, since EU remedies are "
    "mostly confined to public procurement.",
    "Item II.(1): the scope covers breach and repudiation behaviours in agreements and contracts signed by "
    "government departments with private enterprises in government procurement, bidding, investment promotion, "
    "government-social capital cooperation, industrial support, government investment and other fields.",
    ["breach and repudiation behaviors in various agreements and contracts",
     "government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
     "support, government investment"],
    [E(NDRC, "II.(1)", "breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support")],
    lang="en")

add("single",
    "新提拔到镇里当干部，听说现在纪律管得严，身边好几个同事干脆不跟企业老板打交道了，企业上门一律往外推。我也"
    "拿不准：跟民营企业老板正常接触到底还行不行？法律对干部和老板打交道是怎么要求的？",
    "《民营经济促进法》第四十四条：国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁；"
    "同时各级人民政府及其有关部门应建立畅通有效的政企沟通机制，及时听取意见建议，解决其反映的合理问题。也就是说，"
    "正常交往不仅可以，而且是要求，但要清正廉洁。",
    ["应当遵纪守法，保持清正廉洁", "建立畅通有效的政企沟通机制"],
    [E(PE, "第四十四条", "国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁"),
     E(PE, "第四十四条", "各级人民政府及其有关部门建立畅通有效的政企沟通机制")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "上周六，镇里一家食品企业的老板说新车间投产了，要“感谢政府支持”，在县城酒楼摆了一桌，吃完又拉我们去KTV唱歌，"
    "单都是他买的。我是分管工业的副镇长，当时抹不开面子没走。这两天越想越怕，饭也吃不下。请问这种情况按法律会给"
    "什么处分？我要是现在主动去纪委把事情说清楚，能不能从轻？",
    "《公职人员政务处分法》第三十四条第二款：接受可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重"
    "的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。第十一条：主动交代本人应当受到政务处分的违法行为的，"
    "可以从轻或者减轻给予政务处分；第十二条：违法行为情节轻微且具有第十一条情形之一的，可以谈话提醒、批评教育、责令"
    "检查或者予以诫勉，免予或者不予政务处分。",
    ["接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排", "主动交代本人应当受到政务处分的违法行为的",
     "免予或者不予政务处分"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的"),
     E(PS, "第十一条", "（一）主动交代本人应当受到政务处分的违法行为的；"),
     E(PS, "第十二条", "可以对其进行谈话提醒、批评教育、责令检查或者予以诫勉，免予或者不予政务处分")],
    lang="zh")

add("multi",
    "Two precise points on the NDRC notice for our comparison with EU credit-registry practice: (a) which named "
    "body is tasked with drawing up the information collection standards for government credit records, and (b) "
    "on what condition are a government entity's dishonesty records restored and the punishment measures lifted, "
    "and who confirms that condition?",
    "(a) III.(3): the National Public Credit Information Center should expedite the formulation of relevant "
    "information collection standards. (b) III.(6): once the identifying department confirms that the dishonest "
    "behaviour has been corrected and performance completed, the dishonesty records should be promptly restored and "
    "the dishonesty punishment measures terminated; credit leading departments at all levels coordinate and guide "
    "credit restoration within their jurisdiction.",
    ["National Public Credit Information Center should expedite the formulation",
     "confirms that the dishonest behavior has been corrected and performance completed",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(3)", "National Public Credit Information Center should expedite the formulation"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("multi",
    "镇里要搞一场“招商推介晚宴”，书记让我挨家给辖区企业打电话，每家“赞助”五千到一万，说这是多年的惯例。我心里"
    "直发毛：这样找企业要钱，企业能不能不给？我们干部这么干又是什么性质？",
    "企业可以拒绝。《优化营商环境条例》第十四条第三款：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的"
    "摊派行为，市场主体有权拒绝任何形式的摊派。对干部而言，《公职人员政务处分法》第三十八条第一款第（一）项：违反"
    "规定向管理服务对象收取、摊派财物，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职；情节"
    "特别严重的，予以开除。",
    ["市场主体有权拒绝任何形式的摊派", "违反规定向管理服务对象收取、摊派财物的"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派"),
     E(PS, "第三十八条", "（一）违反规定向管理服务对象收取、摊派财物的；")],
    lang="zh")

add("multi",
    "We are comparing the EU doctrine of legitimate expectations with China's approach. Beyond the NDRC notice, "
    "does the Private Economy Promotion Law itself stop local governments from walking away from contracts because "
    "of a change of government or of the officials in charge, and what must happen if a contract has to be changed "
    "in the public interest? And how does the NDRC notice treat non-performance caused by personnel changes?",
    "Yes. Article 70 of the Private Economy Promotion Law: local governments and their departments must honour "
    "policy commitments lawfully made to, and contracts concluded with, private economic organizations, and may not "
    "breach or repudiate them on grounds of administrative-division adjustment, change of government term, "
    "institutional or functional adjustment or replacement of the personnel concerned; where national or public "
    "interest requires a change, it must follow statutory authority and procedure and the resulting losses must be "
    "compensated. NDRC notice II.(2): failure to perform due to institutional adjustments, personnel changes and "
    "other reasons shall all be regarded as breach of contract and dishonesty.",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "并对民营经济组织因此受到的损失予以补偿",
     "Failure to perform due to institutional adjustments, personnel changes"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("multi",
    "镇纪委找我谈话了，说县监委在核查我去年春节收了企业两箱酒的事。我很慌：处分决定下来之前，我有没有机会为自己"
    "解释？会不会越解释罚得越重？决定下来以后要是不服，该找谁？",
    "《公职人员政务处分法》第四十三条：作出政务处分决定前，监察机关应当将调查认定的违法事实及拟给予政务处分的依据"
    "告知被调查人，听取陈述和申辩并核实；不得因被调查人的申辩而加重政务处分。第五十五条：对政务处分决定不服的，可以"
    "依法向作出决定的监察机关申请复审；对复审决定仍不服的，可以向上一级监察机关申请复核。（第五十六条：复审、复核"
    "期间不停止原决定的执行。）",
    ["听取被调查人的陈述和申辩", "不得因被调查人的申辩而加重政务处分", "可以依法向作出决定的监察机关申请复审",
     "可以向上一级监察机关申请复核"],
    [E(PS, "第四十三条", "听取被调查人的陈述和申辩，并对其陈述的事实、理由和证据进行核实"),
     E(PS, "第四十三条", "不得因被调查人的申辩而加重政务处分"),
     E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审"),
     E(PS, "第五十五条", "公职人员对复审决定仍不服的，可以向上一级监察机关申请复核")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "说个事儿啊，我初中同学在镇上开了个厂，前两天喝茶时跟我讲，让我闺女去他们公司“挂个名”，每个月打三千块，人"
    "不用去上班。他说这跟我没关系，纯粹是看好我闺女。我当时没吭声。这事我要是就这么默认了，算个啥问题？",
    "可能构成《公职人员政务处分法》第三十三条规定的违法行为：利用职权或者职务上的影响为他人谋取私利，或者纵容、默许"
    "特定关系人利用本人职权或者职务上的影响谋取私利的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节"
    "严重的，予以开除。",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的"],
    [E(PS, "第三十三条", "（三）纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的。"),
     E(PS, "第三十三条", "（二）利用职权或者职务上的影响为本人或者他人谋取私利的；")],
    lang="zh")

add("paraphrase",
    "Put plainly: does Beijing's planning agency intend to name and shame the worst-behaving local authorites in "
    "public, and how does it pick which ones get that treatment?",
    "Yes. Item IV.(9) of the NDRC notice: select a batch of cases with serious dishonesty, repeated dishonesty and "
    "strong public complaints, publicise them on the \"Credit China\" website, and expose them to society through "
    "news media to form a strong public opinion deterrent.",
    ["serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media to form a strong public opinion")],
    lang="en")

add("paraphrase",
    "我们镇的企业来窗口办个证，有个老同事总说材料不齐，让人家来回跑了三四趟，还话里话外暗示“大家都懂的”。企业老板"
    "私下跟我抱怨。我刚当上分管领导，这事到底有多严重？法律上怎么看？",
    "《公职人员政务处分法》第三十八条：在管理服务活动中故意刁难、吃拿卡要，情节较重的，予以警告、记过或者记大过；"
    "情节严重的，予以降级或者撤职；情节特别严重的，予以开除。另外《优化营商环境条例》第三十六条要求需要补正材料的，"
    "应当一次性告知需要补正的内容。",
    ["在管理服务活动中故意刁难、吃拿卡要的", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "（二）在管理服务活动中故意刁难、吃拿卡要的；"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除"),
     E(BE, "第三十六条", "应当一次性告知需要补正的内容")],
    lang="zh")

add("paraphrase",
    "Stylistically, is the Guangzhou guidance on dealings between officials and companies a dense legal code, or "
    "something people on the ground can actually use – worked examples and so on? How did the drafters explain "
    "the shape they chose?",
    "Per ¶8 (Wang Yuqun of the drafting committee): the grass-roots level urgently needed a guideline that is "
    "\"easy to understand and simple to apply\", so the drafters drew on the emerging scenario-based format, "
    "introducing specific behavioural scenarios and typical cases on the basis of positive and negative lists – "
    "the \"scenario + list + case\" format adopted by both batches of the Guidelines.",
    ["easy to understand and simple to apply", "scenario + list + case"],
    [E(GZ, "¶8", "introducing specific behavioral scenarios and typical cases"),
     E(GZ, "¶8", "forming the ‘scenario + list + case’ format adopted by both batches")],
    lang="en")

add("paraphrase",
    "我们镇原来的老书记去年年底到点回家了，最近有人反映他在位时拿过包工头的好处。镇上都在传：人都回家领养老钱了，"
    "纪委也拿他没办法，顶多说两句。真是这样吗？",
    "不是。《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是"
    "可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，对其违法取得的财物依照第"
    "二十五条（没收、追缴或者责令退赔）处理。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "听说国家发改委2023年发过一个关于政务诚信履约的通知。我们镇上个月被一家民营企业投诉说违约，要是最后被认定为"
    "失信，这个记录会不会影响我们政府部门的绩效考核？",
    "会。通知第三部分第（3）项：各级信用牵头部门应推动将失信记录纳入相关政府部门绩效考核指标（\"promote the "
    "inclusion of dishonesty records into performance evaluation indicators of relevant government departments\"）；"
    "发改委还将把政府失信记录纳入营商环境评价和高质量发展综合绩效评价。",
    ["promote the inclusion of dishonesty records into performance evaluation indicators",
     "include government dishonesty records in business environment evaluations"],
    [E(NDRC, "III.(3)", "promote the inclusion of dishonesty records into performance evaluation"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")],
    lang="zh")

add("cross_lingual",
    "在网上看到广州市纪委出了两批《政商交往指引》，听说第一批主要就是讲“哪些饭能吃、哪些车能坐”这类日常交往的"
    "事？那第二批又侧重什么？",
    "是的。据广州廉洁合规大讲堂报道¶9：第一批系统回应了“what meals can be eaten and what vehicles can be "
    "taken”等常规政商交往问题；第二批聚焦新质生产力发展和当前涉企服务的实质内容，围绕企业从招商引资到项目落地的"
    "全周期服务（\"full-cycle services for enterprise development from investment promotion to project "
    "landing\"），实现从“适度交往”到“有效服务”的升级。",
    ["what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "full-cycle services for enterprise development from investment promotion")],
    lang="zh")

add("cross_lingual",
    "两批指引加起来也就几十个场景，肯定覆盖不全。要是碰到指引里没写的情况，比如企业请我去参加他们的年会，我该按"
    "什么原则判断能不能去？",
    "据报道¶10：两批指引涵盖的33个场景无法穷尽所有情形；判断的核心是区分“为公”还是“为私”（“acting for the "
    "public good” and “acting for personal gain”），关键看行为能否“摆上台面”（“put on the table”），并把握三组"
    "辩证关系。",
    ["the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations",
     "“acting for the public good” and “acting for personal gain”", "“put on the table”"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines cannot encompass"),
     E(GZ, "¶10", "“acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "For a table comparing disciplinary regimes: under China's 2020 Law on Administrative Discipline for Public "
    "Officials, what types of sanction are there, and how long does each sanction period run?",
    "Article 7 lists six types: warning, demerit, major demerit, demotion, removal from post, and expulsion. "
    "Article 8 sets the periods: warning 6 months; demerit 12 months; major demerit 18 months; demotion and removal "
    "from post 24 months (no period is set for expulsion). A sanction takes effect on the date the decision is made, "
    "and the period runs from that date.",
    ["警告，六个月", "记过，十二个月", "记大过，十八个月", "降级、撤职，二十四个月"],
    [E(PS, "第七条", "第七条 政务处分的种类为："),
     E(PS, "第八条", "（一）警告，六个月；"),
     E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "（四）降级、撤职，二十四个月。")],
    lang="en")

add("cross_lingual",
    "For comparison with the EU Late Payment Directive: under China's 2025 Private Economy Promotion Law, may a "
    "state organ or state-owned enterprise insist that the state audit result be the basis for settling its "
    "account with a private supplier? And which body checks how these public payers pay private firms?",
    "Article 67: state organs, public institutions and SOEs may not, unless laws or administrative regulations "
    "provide otherwise, compulsorily require audit results as the basis for settlement (nor refuse or delay payment "
    "citing personnel changes, internal payment procedures or, absent a contract term, waiting for completion "
    "approval or final-accounts audit). Audit organs conduct audit supervision of how state organs, public "
    "institutions and SOEs pay private economic organizations.",
    ["不得强制要求以审计结果作为结算依据",
     "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(PE, "第六十七条", "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我是刚提拔的副镇长。老家的习惯是逢年过节乡里乡亲互相送点土特产，现在辖区企业的老板也学着送，一箱橙子、两斤"
    "茶叶之类的。我就想要个准数：政务处分法规定礼品价值多少钱以下可以收、多少钱以上才算违纪？是不是200元以内就"
    "没事？",
    ["200元", "价值标准", "元以下"],
    "政务处分法第三十四条只以“可能影响公正行使公权力”界定违法收受礼品、礼金，没有规定任何金额标准；其他文件也没有。",
    lang="zh", present=["礼品", "可能影响公正行使公权力"])

unans("not_covered",
    "The 2023 NDRC notice on government integrity: what late-payment interest rate does it set when a local "
    "government department pays a private enterprise late? I need the figure for a table next to the EU's "
    "statutory rate of the reference rate plus eight percentage points.",
    ["interest rate", "late-payment interest", "late payment"],
    "The NDRC notice sets no interest rate at all (it only mentions arrears information in government credit "
    "records, III.(3)); a daily rate of 0.05% appears only in the SME payment Regulations Art. 17, not in the "
    "document asked about.",
    lang="en", present=["arrears", "万分之五"])

unans("not_covered",
    "One of our members, the Chinese subsidiary of a German machinery maker, has a supply contract that a county "
    "government stopped honouring after its Party secretary was replaced. If we file through the provincial credit "
    "department's complaint column, how likely is it that the breach will actually be confirmed and the county "
    "recorded as dishonest, and roughly how long does that usually take?",
    ["likelihood", "success rate", "probability"],
    "A prediction: the notice describes the procedure (II.(1)-(2)) and that personnel changes count as breach, but "
    "gives no success rates, outcomes or typical durations.",
    lang="en", present=["personnel changes", "breach of contract and dishonesty"])

unans("not_covered",
    "万一我真被给了处分，不服的话向监委申请复审，要不要交钱？复审费大概多少？要是请律师帮我写材料，律师费单位给"
    "报销吗？",
    ["复审费", "律师费"],
    "政务处分法第五十五条只规定可以申请复审、复核，未涉及任何费用或律师费报销；其他文件也没有。",
    lang="zh", present=["申请复审"])

unans("not_covered",
    "How many breach-of-contract complaints against local governments have been filed through the provincial "
    "complaint columns since the NDRC notice came out, and how many local governments have so far been publicly "
    "named as dishonest on Credit China?",
    ["statistics", "number of complaints"],
    "The notice sets up complaint columns (II.(1)) and typical-case exposure on Credit China (IV.(9)) but gives no "
    "counts of complaints or of governments named; no other document does.",
    lang="en", present=["Credit China", "complaint columns"])

unans("not_covered",
    "Under item II.(2) of the NDRC notice, within how many working days must the superior or competent department "
    "finish verifying a complaint and give the complainant feedback? I want to set it against EU procurement "
    "standstill periods.",
    ["working days", "within 30 days"],
    "II.(2) only says complaints are transferred immediately and feedback given promptly; no day count is set. "
    "(The SME Regulations' 10-working-day / 30-day complaint deadlines concern a different complaint channel.)",
    lang="en", present=["immediately transfer", "promptly provide feedback"])

unans("not_covered",
    "说真的我现在有点后怕。要是哪天企业硬塞了礼金没推掉，按规定我必须在几天之内交给组织登记？超过这个期限再交，"
    "还算不算主动上交？",
    ["登记上交", "日内上交", "礼品登记"],
    "政务处分法第十一条只把“主动上交或者退赔违法所得”列为可以从轻、减轻的情形，没有规定上交期限或登记程序；"
    "其他文件也没有。",
    lang="zh", present=["主动上交或者退赔违法所得"])

unans("not_covered",
    "Many EU institutions cap the value of gifts and hospitality that staff may accept. The first batch of the "
    "Guangzhou Guidelines is said to deal with \"what meals can be eaten\" – what per-person spending cap in RMB "
    "does it set for a meal an official may accept from a company?",
    ["RMB", "yuan", "per person"],
    "The GZ report only says the first batch responded to issues like \"what meals can be eaten and what vehicles "
    "can be taken\"; it quotes no content of the Guidelines and no monetary cap.",
    lang="en", present=["what meals can be eaten"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为什么《政务处分法》第三十四条要把收受礼金的门槛定在500元？我们镇几个老干部都说500元以下的红包收了不算事儿，"
    "这个标准是怎么定出来的？",
    ["500元", "五百元"],
    "前提错误：第三十四条没有任何金额门槛，只要是可能影响公正行使公权力的礼品、礼金、有价证券等财物，收受即予处分。",
    lang="zh", present=["礼金"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")])

unans("false_premise",
    "The NDRC notice of 5 August 2023 was issued jointly with the People's Bank of China and the Ministry of "
    "Commerce. Which of the three issuing bodies runs the complaint columns that are publicised on Credit China?",
    ["People's Bank of China", "Ministry of Commerce"],
    "False premise: the notice (Development and Reform Finance [2023] No. 1103) is issued by the NDRC alone; the "
    "complaint columns are set up by provincial credit leading departments, and the NDRC publicises them on Credit "
    "China.",
    lang="en", present=["Credit China", "Development and Reform Finance"],
    related=[E(NDRC, "-", "Development and Reform Finance [2023] No. 1103"),
             E(NDRC, "II.(1)", "Our commission will publicize local complaint columns on the")])

unans("false_premise",
    "《政务处分法》第八条规定记过的处分期是六个月。我同事上周被记过，他说熬过半年就能正常提拔了，下半年能不能给他"
    "报个副科？",
    ["记过，六个月", "记过六个月"],
    "前提错误：第八条规定警告六个月、记过十二个月；且第十九条规定公务员在政务处分期内不得晋升职务、职级。",
    lang="zh", present=["记过，十二个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"),
             E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

unans("false_premise",
    "Item III.(6) of the NDRC notice lets a local government recorded as dishonest apply to the National Public "
    "Credit Information Center for credit restoration once 12 months have passed. What documents must accompany "
    "that application?",
    ["12 months", "twelve months"],
    "False premise: III.(6) sets no waiting period and no application to the National Public Credit Information "
    "Center; records are restored once the identifying department confirms the behaviour has been corrected and "
    "performance completed. The Center's role (III.(3)) is formulating information collection standards.",
    lang="en", present=["credit restoration", "National Public Credit Information Center"],
    related=[E(NDRC, "III.(6)", "Once the identifying department confirms that the dishonest behavior has"),
             E(NDRC, "III.(3)", "National Public Credit Information Center should expedite the formulation")])

unans("false_premise",
    "听镇里老同志说，按政务处分法，干部接受企业老板宴请的一律开除公职，没有例外。我上个月陪县里领导吃过一次企业"
    "安排的饭，这饭碗是不是保不住了？",
    ["一律开除"],
    "前提错误：第三十四条第二款规定接受可能影响公正行使公权力的宴请等活动安排，情节较重的才予以警告、记过或者记大过，"
    "情节严重的予以降级或者撤职，并无“一律开除”的规定。",
    lang="zh", present=["宴请"],
    related=[E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的"),
             E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")])

unans("false_premise",
    "Since the Guangzhou Guidelines on government-business interactions were adopted by the Guangzhou Municipal "
    "People's Congress as local regulations, are companies that breach them subject to administrative fines?",
    ["People's Congress", "local regulations", "administrative fines"],
    "False premise: per the GZ report the Guidelines (and Q&A) were issued by the Guangzhou Municipal Commission "
    "for Discipline Inspection and Supervision, not adopted by a people's congress; nothing is said about fines.",
    lang="en", present=["Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision")])

unans("false_premise",
    "Why does the NDRC notice exempt local governments from a dishonesty finding when non-performance is caused by "
    "personnel changes or institutional restructuring? Is that meant to shield new officials from their "
    "predecessors' commitments?",
    ["exempt", "force majeure"],
    "False premise: II.(2) says the opposite – failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty; Part I targets new "
    "officials ignoring previous commitments.",
    lang="en", present=["personnel changes"],
    related=[E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
             E(NDRC, "I.", "new officials ignoring previous commitments")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "我是乡镇公务员，今年刚提拔。按规定我一年能休几天年休假？工作满十年以后是不是能多休几天？",
    ["年休假", "带薪休假"],
    "公务员休假制度，文件不涉及。",
    lang="zh", present=["公务员"])

unans("out_of_domain",
    "What VAT rate applies in China to management-consulting services that a Shanghai subsidiary invoices to its "
    "Brussels parent, and is the export of such services zero-rated?",
    ["VAT", "value-added tax", "zero-rated"],
    "Tax law; none of the documents deals with VAT (only general references to finance and taxation compliance).",
    lang="en", present=["财政税收", "税务管理"])

unans("out_of_domain",
    "孩子今年考上大学，亲戚朋友随了些份子钱，加起来两万多。这笔钱需要交个人所得税吗？",
    ["个人所得税", "份子钱"],
    "个人所得税问题，与这些文件无关。",
    lang="zh", present=["礼金"])

unans("out_of_domain",
    "Our chamber wants to open a representative office in Beijing. Which authority registers foreign chambers of "
    "commerce, and what documents do we have to file?",
    ["representative office", "foreign chambers"],
    "Registration of foreign chambers in China; not covered by any document.",
    lang="en", present=["Chambers of Commerce", "行业协会商会"])

unans("out_of_domain",
    "What is the statutory minimum wage in Guangzhou for 2025, and how often is it adjusted?",
    ["minimum wage"],
    "Labour law; the GZ report and the other documents say nothing about wage levels.",
    lang="en", present=["工资"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年国务院公布的那版《保障中小企业款项支付条例》（第728号令）原文里，大型企业向中小企业付款的期限是怎么"
    "规定的？跟现在的修订版比，60日这个期限是不是新加的？",
    ["2020年版", "修订前"],
    "语料只有2025年3月修订后的条例文本（第802号令修订），没有2020年原版条文，无法比较。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "Before the 2020 Law, civil servants were disciplined under the 2007 Regulations on the Punishment of Civil "
    "Servants of Administrative Organs. What sanction periods did the 2007 Regulations set, and do they still "
    "apply alongside the 2020 Law?",
    ["2007", "行政机关公务员处分条例"],
    "The corpus has only the 2020 Public Officials Sanctions Law; the 2007 regulations are not in it.",
    lang="en", present=["政务处分的期间"])

unans("superseded",
    "The NDRC notice says it implements the CPC Central Committee and State Council Opinions on promoting the "
    "private economy – the so-called \"31 measures\". What exactly does the section of those Opinions on government "
    "integrity require?",
    ["31 measures", "民营经济31条"],
    "The Opinions are only cited by title in the NDRC notice's preamble; their text is not in the corpus.",
    lang="en", present=["Opinions of the CPC Central Committee"])

unans("superseded",
    "国资委2018年那份《中央企业合规管理指引（试行）》里，对合规委员会的职责是怎么规定的？2022年的办法跟它相比"
    "改了什么？",
    ["合规管理指引", "试行", "2018"],
    "语料只有2022年《中央企业合规管理办法》，没有2018年的试行指引，无法比较。",
    lang="zh", present=["合规委员会"])
