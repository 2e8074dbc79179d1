"""Hard-case gold items, hundred-and-sixty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a county-level discipline-inspection cadre (纪检干部) who handles letters and visits. He writes
in brisk bureaucratic Chinese, heavy on 四字词 and abbreviations (两个责任, 四种形态, 一案双查, 八项规定),
often pastes what a petitioner wrote (信访件反映：“…”) and asks whether the rule invoked exists or says
that, and asks about disciplinary procedures and Party rules that these documents may not contain. Mostly
Chinese; a few English questions prepared for a visiting foreign delegation.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "信访件反映：“王某受记大过处分都这么久了，处分期早该满了，凭什么还卡着不让晋升。”请明确一下，记大过的处分期到底多长？从哪天起算？",
    "记大过的政务处分期为十八个月；政务处分决定自作出之日起生效，处分期自决定生效之日起计算（政务处分法第八条）。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算。")],
    lang="zh")

add("single",
    "线索反映某退休干部在职期间收受礼金，人已退休两年。这种情况还能立案吗？还能给政务处分不？",
    "已经退休的公职人员退休前有违法行为的，不再给予政务处分，但可以立案调查；依法应当予以降级、撤职、开除的，按照规定相应调整其享受的待遇，违法取得的财物依第二十五条处理（政务处分法第二十七条）。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")],
    lang="zh")

add("single",
    "信访人来电，说办案组里有个同志跟被反映人沾亲带故，要求换人。法条上规定的回避情形有哪几种？检举人自己有没有权利提出回避？",
    "参与调查、处理的人员是被调查人或者检举人的近亲属的、担任过本案证人的、本人或近亲属与案件有利害关系的、或有其他可能影响公正调查处理情形的，应当自行回避；被调查人、检举人及其他有关人员也有权要求其回避（政务处分法第四十七条）。",
    ["是被调查人或者检举人的近亲属的", "担任过本案的证人的", "被调查人、检举人及其他有关人员也有权要求其回避"],
    [E(PS, "第四十七条", "应当自行回避，被调查人、检举人及其他有关人员也有权要求其回避")],
    lang="zh")

add("single",
    "信访件反映：某建材公司在拖欠款项投诉平台上投诉县住建局，“转过去两个多月了没人答复”。按规定，处理投诉部门多少天内要拿出处理结果？最长能拖多久？",
    "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，书面反馈投诉人并反馈受理投诉部门；情况复杂或有其他特殊原因的，经部门负责人批准可适当延长，但最长不得超过90日（保障中小企业款项支付条例第二十五条）。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "央企下属单位的违规举报，合规部门查下来涉嫌违纪违法的，是企业自己消化还是移交？举报人身份怎么保护？",
    "对涉嫌违纪违法的，按照规定移交纪检监察等相关部门或者机构（造成资产损失或严重不良后果的移交责任追究部门）；企业应当对举报人的身份和举报事项严格保密，任何单位和个人不得打击报复举报人（中央企业合规管理办法第二十四条）。",
    ["按照规定移交纪检监察等相关部门或者机构", "对举报人的身份和举报事项严格保密"],
    [E(SOE, "第二十四条", "对涉嫌违纪违法的，按照规定移交纪检监察等相关部门或者机构"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密")],
    lang="zh")

add("single",
    "信访件反映：“县里某局牵头搞‘诚信示范企业’评比，要求辖区企业必须参加，每家交两千元评审费。”这种强制参评、借机收费的做法，营商环境条例里有没有明确禁止？",
    "有。除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费（优化营商环境条例第十七条第二款）。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "Briefing notes for the visiting delegation: under NDRC's 2023 government integrity notice, once a complaint that a local government broke its contract with a private company is checked and found true, what happens? And what if the government side just won't fix it?",
    "If verified as true, the identifying department (the superior or competent department of the complained entity) should immediately promote rectification; those who refuse to rectify are confirmed by the identifying department as breach of contract and dishonesty (NDRC notice, II.(2)).",
    ["immediately promote rectification", "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

add("single",
    "信访件反映：“外省某地公安跑到我县企业查账扣人，明摆着是冲着追款分成来的。”民营经济促进法对这种逐利式异地执法有没有禁止性规定？两地管辖扯皮怎么办？",
    "有。办理案件需要异地执法的，应当遵守法定权限、条件和程序；国家机关之间对管辖有争议的可以协商，协商不成的提请共同的上级机关决定；禁止为经济利益等目的滥用职权实施异地执法（民营经济促进法第六十四条）。",
    ["禁止为经济利益等目的滥用职权实施异地执法", "提请共同的上级机关决定"],
    [E(PE, "第六十四条", "禁止为经济利益等目的滥用职权实施异地执法。"),
     E(PE, "第六十四条", "协商不成的，提请共同的上级机关决定")],
    lang="zh")

# ---- multi

add("multi",
    "乡镇一名公务员受降级处分，处分期多长？期内能不能提拔、调工资档次？期满以后原来的职级能不能恢复？",
    "降级的处分期为二十四个月（第八条）；处分期内不得晋升职务、职级、衔级和级别，被降级的也不得晋升工资档次（第十九条）；期满有悔改表现且无新的违法行为的自动解除，但解除降级的不恢复原职务、职级、衔级、级别等（第二十六条）。以上均见政务处分法。",
    ["降级、撤职，二十四个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次", "解除降级、撤职的，不恢复原职务、职级、衔级、级别"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第二十六条", "但是，解除降级、撤职的，不恢复原职务、职级、衔级、级别")],
    lang="zh")

add("multi",
    "信访件反映：“镇政府的道路工程验收合格好几个月了，尾款一直不给，还说合同写了一年内付清就行。”机关事业单位付中小企业款项，期限到底怎么定？逾期利息怎么算？",
    "机关、事业单位应自交付之日起30日内支付；合同另有约定的从其约定，但付款期限最长不得超过60日（第九条）；约定以验收合格为付款条件的，期限自验收合格之日起算（第十条）；迟延支付应付逾期利息，未约定利率的按每日万分之五计付（第十七条）。以上见保障中小企业款项支付条例。",
    ["30日内支付款项", "付款期限最长不得超过60日", "付款期限应当自检验或者验收合格之日起算", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "但付款期限最长不得超过60日"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("multi",
    "信访件反映：“乡里换了新书记，说前任签的招商协议和工程欠款一概不认，要等决算审计完再说。”这个说法站得住吗？有哪些条文可以拿来答复信访人？",
    "站不住。民营经济促进法第七十条规定地方政府不得以政府换届、相关人员更替等为由违约、毁约；保障中小企业款项支付条例第十四条规定不得以法定代表人或者主要负责人变更，或者在合同未约定的情况下以等待竣工验收备案、决算审计等为由拒绝或者迟延支付中小企业款项。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约", "以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(SME, "第十四条", "不得以法定代表人或者主要负责人变更")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "发改委2023年那个政务诚信履约的通知，对有政府失信记录的地级以上城市，发改系统有哪些惩戒手段？",
    "对有政府失信记录的地级及以上城市，发改委将取消其发展改革系统评奖评优和试点示范资格，提高城市信用监测扣分权重，取消社会信用体系建设示范区称号或资格（NDRC notice III.(4)）。",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions", "demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="zh")

add("cross_lingual",
    "广州市纪委监委那个政商交往典型场景指引，两批一共覆盖多少个场景？碰到指引里没写的情形，判断的核心看什么？",
    "两批指引共覆盖33个场景，不能涵盖所有情形；判断的核心是区分“为公”还是“为私”，关键看行为能否“摆上桌面”（GZ report ¶10）。",
    ["33 scenarios", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "The foreign delegation asked who serves as chief compliance officer in China's central SOEs. Is it a brand-new executive post, and who does that person answer to?",
    "Central SOEs set up a chief compliance officer without adding leadership posts or headcount; the post is held concurrently by the general counsel and is responsible to the enterprise's principal person in charge (central SOE compliance measures, 第十二条).",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="en")

# ---- paraphrase

add("paraphrase",
    "乡里有个干部，说那天是被人拉去凑人头的，到了现场才知道是去堵路，后来又被人逼着不让走。事后教育了，态度好、认错也诚恳——这种能不能网开一面，轻办甚至不追究？",
    "可以。公职人员因不明真相被裹挟或者被胁迫参与违法活动，经批评教育后确有悔改表现的，可以减轻、免予或者不予政务处分（政务处分法第十二条第二款）。",
    ["因不明真相被裹挟或者被胁迫参与违法活动", "可以减轻、免予或者不予政务处分"],
    [E(PS, "第十二条", "公职人员因不明真相被裹挟或者被胁迫参与违法活动，经批评教育后确有悔改表现的")],
    lang="zh")

add("paraphrase",
    "信访件反映：县里某执法队给队员下任务数，谁开单多、收上来的钱多，年底谁奖金就高，队里还按比例返钱。上面有没有明文说不许这么搞？",
    "有。优化营商环境条例第五十九条第三款规定：禁止将罚没收入与行政执法机关利益挂钩。",
    ["禁止将罚没收入与行政执法机关利益挂钩"],
    [E(BE, "第五十九条", "禁止将罚没收入与行政执法机关利益挂钩。")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "信访件反映：“李某去年受警告处分，警告处分期三个月，早就满了，为什么今年评优提拔还不考虑他？”警告三个月期满后，晋升是不是就不受影响了？",
      ["三个月"],
      "政务处分法第八条规定警告的处分期为六个月，不是三个月；处分期满自动解除后晋升才不再受影响（第二十六条）。题设“三个月”与法条不符，不能按三个月作答。",
      lang="zh", present=["警告，六个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
      "一人三个违法行为，都应给予记大过，合并确定处分期。法律规定封顶三十六个月，那是不是直接按三十六个月定？",
      ["三十六个月"],
      "政务处分法第十五条规定应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定，但最长不得超过四十八个月，不是三十六个月；三个记大过（各十八个月）可在十八个月至四十八个月之间确定。",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "但是最长不得超过四十八个月")])

unans("false_premise",
      "信访件反映县里出台涉企规范性文件，征求意见只挂网十天就印发了。条例不是规定公开征求意见不少于15日吗？这个连15日都不够，是不是可以直接认定程序违法？",
      ["不少于15日", "15日"],
      "优化营商环境条例第六十二条规定向社会公开征求意见的期限一般不少于30日，不是15日；题设的期限不存在，不能以“15日”作为判断依据。",
      lang="zh", present=["不少于30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
      "央企的首席合规官按规定由纪委书记兼任，那重大决策的合规审查意见也由纪委书记签字，这跟纪委监督的再监督定位会不会冲突？",
      ["纪委书记"],
      "中央企业合规管理办法第十二条规定首席合规官由总法律顾问兼任，对企业主要负责人负责，并非纪委书记兼任；第二十一条的签字人是首席合规官。题设前提错误。",
      lang="zh", present=["由总法律顾问兼任"],
      related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
      "信访件反映：镇里换届后新班子不认前任签的招商协议。镇里书面答复说，发改委2023年那个政务诚信通知讲了，因机构调整、人员变动导致不履约的，不视为违约失信。那我们给信访人回复时怎么引这条？",
      ["不视为违约失信", "not be regarded"],
      "NDRC 通知 II.(2) 规定的恰恰相反：因机构调整、人员变动等原因不履约的，一律视为违约失信（shall all be regarded as breach of contract and dishonesty）。镇里引用的条文不存在。",
      lang="zh", present=["shall all be regarded as breach of contract and dishonesty"],
      related=[E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
               E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")])

unans("false_premise",
      "听说广州市纪委监委的政商交往场景指引已经连出了三批，第三批是不是专门讲招商引资容错免责的？",
      ["三批", "third batch", "three batches"],
      "GZ 报道 ¶7 说广州市纪委监委连续两年发布了两批《指引》，没有第三批；招商引资到项目落地的全周期服务是第二批的内容（¶9、¶17）。",
      lang="zh", present=["two batches"],
      related=[E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

unans("false_premise",
      "民营经济促进法是2025年7月1日起施行的，信访件反映的乡政府拖欠民企账款发生在2025年6月，那是不是只能按营商环境条例处理？",
      ["2025年7月1日"],
      "民营经济促进法第七十八条规定本法自2025年5月20日起施行，不是2025年7月1日；题设施行日期错误，由此推出的“只能按营商环境条例处理”的前提不成立。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

# ---- not_covered

unans("not_covered",
      "被处分人对政务处分决定不服，收到决定书后多少天内可以申请复审？过了期限还受不受理？",
      ["复审申请期限", "一个月内申请复审"],
      "政务处分法第五十五条规定可以向作出决定的监察机关申请复审、对复审决定不服的向上一级申请复核，第四十五条要求决定书载明申请复审、复核的途径和期限，但七份文件都没有规定具体天数，也没有规定逾期是否受理。",
      lang="zh", present=["申请复审"])

unans("not_covered",
      "信访件反映的问题查实后情节轻微，拟按“四种形态”第一种形态处理。谈话函询的回复材料要不要入档？",
      ["四种形态", "谈话函询", "入档"],
      "政务处分法第十二条提到谈话提醒、批评教育、责令检查、诫勉，但“四种形态”、谈话函询及其材料是否入档属于党内规定，七份文件均未涉及。",
      lang="zh", present=["谈话提醒"])

unans("not_covered",
      "信访件转到县纪委以后，按规定要在多少日内告知信访人受理还是不受理？",
      ["信访工作条例", "十五日内", "15日内"],
      "NDRC 通知 II.(1) 只把信访部门列为违约失信投诉渠道之一；信访事项的受理告知时限属于信访工作条例等规定，七份文件均未规定。",
      lang="zh", present=["petition departments"])

unans("not_covered",
      "The delegation asked: how many central SOEs have actually appointed a chief compliance officer so far? Even a rough figure or percentage would do.",
      ["have appointed", "percent"],
      "第十二条 of the central SOE compliance measures requires central SOEs to set up a chief compliance officer, but none of the seven documents gives any count or share of enterprises that have done so.",
      lang="en", present=["首席合规官"])

unans("not_covered",
      "县住建局拖欠中小企业工程款被查实，对局主要负责人要不要搞“一案双查”，同时追究主体责任和监督责任这“两个责任”？",
      ["一案双查", "两个责任", "监督责任"],
      "保障中小企业款项支付条例第三十一条规定机关拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分，但“一案双查”、主体责任与监督责任的追究属于党内问责规定，七份文件均未涉及。",
      lang="zh", present=["负有责任的领导人员和直接责任人员"])

unans("not_covered",
      "八项规定实施细则里，公务接待的陪餐人数是怎么规定的？接待对象10人以内陪几个？",
      ["八项规定", "陪餐"],
      "政务处分法第三十五条只规定公务接待超标准、超范围的予以处分，没有陪餐人数标准；八项规定及其实施细则不在七份文件中。",
      lang="zh", present=["公务接待"])

# ---- out_of_domain

unans("out_of_domain",
      "党费交纳比例怎么算？月工资税后三千元以上的按百分之几交？",
      ["党费"],
      "党费交纳标准与七份文件（民营经济、政务处分、营商环境、央企合规、中小企业款项支付、政务诚信、广州政商交往报道）无关。",
      lang="zh")

unans("out_of_domain",
      "纪检干部下乡办案，差旅伙食补助一天标准多少？在乡镇食堂吃饭还要不要交钱？",
      ["差旅", "伙食补助"],
      "差旅费和伙食补助标准不在七份文件的范围之内。",
      lang="zh")

unans("out_of_domain",
      "Could you draft a short welcome toast for tonight's banquet with the foreign delegation?",
      ["toast", "banquet"],
      "Writing a banquet toast has nothing to do with the seven policy documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "2020年版《保障中小企业款项支付条例》（国务院令第728号）原文里，大型企业的付款期限是怎么规定的？跟修订前相比有啥变化？",
      ["2020年9月1日", "修订前"],
      "语料只收录2025年3月17日国务院令第802号修订后的文本（自2025年6月1日起施行），2020年第728号令的原始文本不在语料中，无法回答原文条款及前后变化。",
      lang="zh", present=["国务院令第728号"])

unans("superseded",
      "以前《行政机关公务员处分条例》规定的降级处分期是多少个月？跟政务处分法比有没有变化？",
      ["行政机关公务员处分条例"],
      "语料只有2020年施行的政务处分法（第八条降级、撤职二十四个月），《行政机关公务员处分条例》不在语料中，无法据以比较。",
      lang="zh", present=["二十四个月"])

unans("superseded",
      "国资委2018年印发的《中央企业合规管理指引（试行）》里，合规委员会是怎么设置的？",
      ["2018", "合规管理指引"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一条规定合规委员会），2018年的试行指引不在语料中。",
      lang="zh", present=["合规委员会"])

unans("superseded",
      "For the delegation: what did the 2024 consultation draft of China's Private Economy Promotion Law say about late payments to private firms, before the final text was adopted?",
      ["draft", "征求意见稿", "草案"],
      "The corpus holds only the Private Economy Promotion Law as adopted on 2025年4月30日 (in force 2025年5月20日); no draft or consultation version is included.",
      lang="en", present=["2025年4月30日"])
