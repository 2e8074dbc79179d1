"""Hard-case gold items, seventy-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a discipline-inspection officer at a city-level state-owned enterprise and a trainee lawyer on
secondment; mostly Chinese, some English; precise questions on sanctions against managers, sanction
periods, procedure, review and appeal, conflicts of interest and the SOE compliance rules, at times
mixing up the public-official sanctions law with party discipline rules.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "我们公司一位副总（属于监察对象）被区监委给了记大过，这个处分期到底多长？是从违纪行为发生那天开始算，还是从别的时间点算？",
    "记大过的处分期为十八个月；处分期自政务处分决定生效之日起计算，决定自作出之日起生效（政务处分法第八条）。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "集团一名部门经理只受了警告处分，人力部门说他在处分期内今年的薪酬档次也一律不能调，这个说法在政务处分法里有依据吗？",
    "第二十一条规定国企管理人员在处分期内不得晋升职务、岗位等级和职称；不得晋升薪酬待遇等级的限制只针对被记过、记大过、降级、撤职的人员，警告不在其列。",
    ["不得晋升职务、岗位等级和职称", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级"],
    [E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

add("single",
    "一位已经退休两年的原总经理，最近被查出在任时收过供应商的礼金，现在还能对他作政务处分吗？如果不能，是不是就没法处理了？",
    "已退休的公职人员不再给予政务处分，但可以立案调查；依法应当降级、撤职、开除的，相应调整其享受的待遇，违法所得财物依第二十五条处理（第二十七条）。",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("single",
    "这次案件调查组里有一名同事恰好是被调查人的亲弟弟，他必须退出吗？如果他自己不提，被调查人能不能主动要求换人？",
    "是被调查人近亲属的，应当自行回避；被调查人、检举人及其他有关人员也有权要求其回避（政务处分法第四十七条）。",
    ["近亲属", "应当自行回避", "被调查人、检举人及其他有关人员也有权要求其回避"],
    [E(PS, "第四十七条", "（一）是被调查人或者检举人的近亲属的；"),
     E(PS, "第四十七条", "应当自行回避，被调查人、检举人及其他有关人员也有权要求其回避")],
    lang="zh")

add("single",
    "集团投资决策委员会下周要上会一个重大并购项目，按央企合规管理那套要求，合规审查意见得由谁签字背书？",
    "《中央企业合规管理办法》第二十一条：合规审查是必经程序，重大决策事项的合规审查意见应当由首席合规官签字，并对合规性提出明确意见。",
    ["首席合规官签字", "合规审查作为必经程序"],
    [E(SOE, "第二十一条", "中央企业应当将合规审查作为必经程序嵌入经营管理流程"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

add("single",
    "Under the NDRC notice, if a city bureau that was labelled as dishonest for breaking a contract with a private firm later fixes the problem and performs the contract, does the dishonesty record just stay on file?",
    "No. Under III.(6), once the identifying department confirms the dishonest behaviour has been corrected and performance completed, the dishonesty records should be promptly restored and the punishment measures terminated.",
    ["corrected and performance completed", "promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "and dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "有员工通过集团违规举报平台实名举报了分管副总，被举报人已经在打听是谁举报的。按央企合规管理办法，我们对举报人要做哪些保护？",
    "第二十四条要求企业对举报人的身份和举报事项严格保密，任何单位和个人不得以任何形式对举报人打击报复；举报属实的可给予适当奖励。",
    ["对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("single",
    "子公司一名经理被给予降级处分，决定已经下了，人事部门要在多长时间内把职务、工资这些变更手续办完？能不能一直拖着？",
    "降级以上处分，人事部门应在作出决定后一个月内办理职务、工资等待遇变更手续；特殊情况经批准可延长，但最长不得超过六个月（第五十四条）。",
    ["一个月内", "最长不得超过六个月"],
    [E(PS, "第五十四条", "对于受到降级以上政务处分的，应当由人事部门按照管理权限在作出政务处分决定后一个月内办理"),
     E(PS, "第五十四条", "特殊情况下，经批准可以适当延长办理期限，但是最长不得超过六个月")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "我们一位中层收到监委的政务处分决定，本人不服。他应该先向哪个机关提？如果还不服再找谁？决定书上会不会写明怎么申请、期限多久？",
    "先向作出决定的监察机关申请复审，对复审决定仍不服的向上一级监察机关申请复核（第五十五条）；政务处分决定书应当载明申请复审、复核的途径和期限（第四十五条）。",
    ["向作出决定的监察机关申请复审", "向上一级监察机关申请复核", "申请复审、复核的途径和期限"],
    [E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审"),
     E(PS, "第五十五条", "公职人员对复审决定仍不服的，可以向上一级监察机关申请复核"),
     E(PS, "第四十五条", "（四）不服政务处分决定，申请复审、复核的途径和期限；")],
    lang="zh")

add("multi",
    "我们是市属国有大型企业，向一家小微企业采购运维服务，合同里既没写付款期限也没写逾期利率。最晚交付后几天内得付？晚付了利息怎么算？",
    "大型企业应当自交付之日起60日内支付（《保障中小企业款项支付条例》第九条）；迟延支付的应付逾期利息，未约定利率的按每日万分之五计（第十七条）。",
    ["交付之日起60日内支付款项", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("multi",
    "集团工程部坚持要等审计局的审计结论出来，才跟民营施工方办结算，说这样最稳妥。这种做法站得住吗？如果监管部门让改、我们不改，会追究到谁头上？",
    "除法律、行政法规另有规定外，国有企业不得强制要求以审计结果作为结算依据（民营经济促进法第六十七条）；国有大型企业这样做的由监管部门责令改正，拒不改正的对负有责任的国有企业管理人员依法给予处分（条例第三十三条）。",
    ["不得强制要求以审计结果作为结算依据", "由其监管部门责令改正", "对负有责任的国有企业管理人员依法给予处分"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第三十三条", "要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正"),
     E(SME, "第三十三条", "拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份政务诚信的通知（1103号文）里，地方政府部门如果是因为机构调整、换了负责人才没履行跟民企签的合同，算不算违约失信？",
    "算。通知第二部分第（2）项明确，因机构调整、人员变动等原因未履约的，一律视为违约失信（II.(2)）。",
    ["institutional adjustments, personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "广州市纪委监委出的那套政商交往指南，两批加起来一共覆盖了多少个典型场景？起草的人觉得这些场景够不够用？",
    "据报道，两批《指引》共覆盖33个场景，起草组成员王玉群表示这些场景无法涵盖所有情况，判断的核心是区分“为公”还是“为私”（¶10）。",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="zh")

add("cross_lingual",
    "A manager at our state-owned company was demoted (降级) under the Public Official Sanctions Law. When his sanction period runs out, does he automatically get his old post and pay grade back?",
    "The sanction lifts automatically at the end of the period if he showed repentance and committed no new violation, but lifting a demotion or removal does not restore the original post, grade or pay (Article 26).",
    ["政务处分期满后自动解除", "不恢复原职务"],
    [E(PS, "第二十六条", "在政务处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除"),
     E(PS, "第二十六条", "但是，解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "监委找我们一位同事谈话，他想替自己解释几句、有些事不认。我担心他这样会被看成态度不好，最后罚得更狠，会这样吗？",
    "不会。作出决定前应听取被调查人的陈述和申辩，理由成立的应予采纳，不得因被调查人的申辩而加重政务处分（第四十三条）。",
    ["听取被调查人的陈述和申辩", "不得因被调查人的申辩而加重政务处分"],
    [E(PS, "第四十三条", "听取被调查人的陈述和申辩，并对其陈述的事实、理由和证据进行核实，记录在案"),
     E(PS, "第四十三条", "不得因被调查人的申辩而加重政务处分")],
    lang="zh")

add("paraphrase",
    "财务部有个年轻会计，是被领导逼着按要求做的账，当时也不清楚内情，事后认错态度很好。这种情况能不能从宽甚至不追究她？",
    "因不明真相被裹挟或被胁迫参与违法活动，经批评教育后确有悔改表现的，可以减轻、免予或者不予政务处分（第十二条第二款）。",
    ["被胁迫参与违法活动", "可以减轻、免予或者不予政务处分"],
    [E(PS, "第十二条", "公职人员因不明真相被裹挟或者被胁迫参与违法活动，经批评教育后确有悔改表现的"),
     E(PS, "第十二条", "可以减轻、免予或者不予政务处分")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "政务处分法规定，同一人多个违法行为应给予多个相同处分的，合并后的处分期最长不超过三十六个月；所以我们那位副总两个记大过合并起来，最多也就三十六个月吧？",
    ["三十六个月"],
    "第十五条的上限是四十八个月，不是三十六个月；前提数字错误。",
    lang="zh", present=["四十八个月"],
    related=[E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
             E(PS, "第十五条", "但是最长不得超过四十八个月")])

unans("false_premise",
    "为什么政务处分法规定公职人员一旦申请复审，原来的处分决定就要先暂停执行？这样不会被人拿来拖时间吗？",
    ["暂停执行", "停止执行"],
    "第五十六条恰恰相反：复审、复核期间不停止原政务处分决定的执行。问题的前提与条文相反。",
    lang="zh", present=["复审、复核期间"],
    related=[E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。")])

unans("false_premise",
    "央企合规管理办法第十二条规定首席合规官由企业纪委书记兼任，那他签署的重大决策合规审查意见，还需要再报董事会审议吗？",
    ["纪委书记"],
    "第十二条规定首席合规官由总法律顾问兼任、对企业主要负责人负责，并非纪委书记；前提把兼任主体弄错了。",
    lang="zh", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "Since the NDRC notice makes the National Public Credit Information Center responsible for verifying breach-of-contract complaints against local government departments, how many days does the Center have to finish a verification?",
    ["days", "verification period"],
    "II.(2) has provincial credit leading departments transfer complaint clues to the superior or competent departments of the complained entities for verification; the National Public Credit Information Center only formulates information collection standards (III.(3)). No deadline in days is set.",
    lang="en", present=["National Public Credit Information Center", "verification"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract"),
             E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
             E(NDRC, "III.(3)", "The National Public Credit Information Center should expedite the formulation")])

unans("false_premise",
    "保障中小企业款项支付条例要求事业单位每个季度公开一次逾期未付中小企业款项的合同信息，那我们作为国有大型企业，是不是也得按季度对外公开？",
    ["每个季度", "每季度", "按季度"],
    "第十八条要求机关、事业单位于每年3月31日前公开上一年度的逾期未付信息，大型企业则纳入企业年度报告公示；没有按季度公开的规定。",
    lang="zh", present=["3月31日前", "企业年度报告"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
             E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
    "政务处分法里的“留党察看”处分期是多长？期满以后能不能自动恢复党员权利？",
    ["留党察看", "党员权利", "党纪处分"],
    "政务处分法第七条规定的政务处分只有警告、记过、记大过、降级、撤职、开除六种，没有留党察看（属党纪处分），第八条的期间也不涉及它；语料中没有党纪处分条例。",
    lang="zh", present=["政务处分的种类为"],
    related=[E(PS, "第七条", "第七条 政务处分的种类为："),
             E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
    "The Public Official Sanctions Law gives a dismissal (开除) a 24-month sanction period, after which it is lifted automatically if the person behaves well. What does a dismissed SOE manager need to show to have it lifted?",
    ["开除，二十四个月", "开除的政务处分期", "解除开除"],
    "Article 8 sets 24 months only for demotion and removal from post; dismissal has no period. Article 26 ends the employment relationship on dismissal, and automatic lifting applies only to sanctions other than dismissal.",
    lang="en", present=["二十四个月", "开除以外的政务处分"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
             E(PS, "第二十六条", "公职人员被开除的，自政务处分决定生效之日起，应当解除其与所在机关、单位的人事关系或者劳动关系"),
             E(PS, "第二十六条", "公职人员受到开除以外的政务处分，在政务处分期内有悔改表现")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "被处分人对政务处分决定不服，申请复审的法定期限是收到决定书之日起多少日内？过了期限还能不能申请？",
    ["收到政务处分决定书", "复审申请期限", "日内申请"],
    "第五十五条只规定可以申请复审、复核，第四十五条要求决定书载明途径和期限，但政务处分法本身没有写明具体的申请天数；其他文件也未规定。",
    lang="zh", present=["申请复审", "途径和期限"])

unans("not_covered",
    "按央企合规管理办法，专职合规管理人员要按员工总数的多大比例配备？比如一万人的集团至少配几个？",
    ["配备比例", "千分之", "百分之"],
    "第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员，没有人数或比例标准。",
    lang="zh", present=["专职合规管理人员"])

unans("not_covered",
    "对情节轻微的中层干部进行诫勉后，诫勉影响期是多长？期间能不能提拔？",
    ["诫勉期", "影响期", "提拔"],
    "政务处分法第十二条只把诫勉列为免予或不予政务处分时可采取的方式之一，没有规定诫勉的影响期或对提拔的限制；其他文件也没有。",
    lang="zh", present=["予以诫勉"])

unans("not_covered",
    "How many Guangzhou officials or state-owned enterprise managers have actually been granted liability exemption under the Guidelines' error-tolerance mechanism since the first batch came out?",
    ["exemptions granted", "number of officials", "statistics"],
    "The Guangzhou report describes the error-tolerance and liability-exemption provisions through speakers' comments but gives no figures on how many people were exempted; no other document does either.",
    lang="en", present=["liability exemption", "error tolerance"])

unans("not_covered",
    "我们一位被撤职的子公司副总打算向上一级监委申请复核，按以往情况看，复核改变原处分的成功率大概有多少？值不值得申请？",
    ["成功率", "复核成功", "改变率"],
    "第五十五条至第五十九条规定了复核的途径和撤销、变更、维持的情形，但没有任何结果统计或胜算判断。",
    lang="zh", present=["申请复核", "予以维持"])

unans("not_covered",
    "央企违规举报平台收到的举报查实后，给举报人的奖励金额标准是多少？按涉案金额的比例发还是定额？",
    ["奖励标准", "奖励金额", "奖金比例"],
    "《中央企业合规管理办法》第二十四条只说对举报属实的举报人可以给予适当奖励，没有金额或比例标准。",
    lang="zh", present=["适当奖励"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2018年国资委发的《中央企业合规管理指引（试行）》对合规委员会和合规管理负责人是怎么规定的？和现在的有什么不同？",
    ["合规管理指引", "试行", "2018年"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），没有2018年的试行指引，无法比较。",
    lang="zh", present=["合规委员会", "国资委令第42号"])

unans("superseded",
    "2020年国务院令第728号公布的原版《保障中小企业款项支付条例》里，大型企业的付款期限是怎么写的？2025年修订前后有什么变化？",
    ["修订前", "原条例", "2020年版"],
    "语料中的条例是2025年国务院令第802号修订后的文本，仅在题注中提到2020年第728号公布，未载原版条文，无法比对修订前后。",
    lang="zh", present=["国务院令第728号", "第802号修订"])

unans("superseded",
    "Under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long was the sanction period for a demerit (记过), and could it be appealed the same way?",
    ["Regulations on the Punishment", "Civil Servants", "处分条例"],
    "The corpus holds only the 2020 Public Official Sanctions Law (Article 8 sets twelve months for 记过); the 2007 regulations it replaced for civil servants are not in the documents.",
    lang="en", present=["记过，十二个月"])

unans("superseded",
    "民营经济促进法草案征求意见稿里关于国有企业拖欠民企账款的条款原来是怎么写的？最终通过的文本改了哪些地方？",
    ["征求意见稿", "草案"],
    "语料只有2025年4月30日通过的民营经济促进法正式文本（第六十七条等），没有草案或征求意见稿。",
    lang="zh", present=["拒绝或者拖延支付民营经济组织账款"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "公司跟新招的员工签劳动合同，合同期三年的话，试用期最长能约定多久？",
    ["试用期", "劳动合同法"],
    "属于劳动合同法问题，七份文件都不涉及劳动合同试用期。",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "Our company paid a consulting invoice to a firm run by a former government official. Can we deduct that payment for corporate income tax purposes, and what documents does the tax bureau need?",
    ["income tax", "deduction", "tax bureau"],
    "A tax-deductibility question; none of the seven documents deals with corporate income tax.",
    lang="en", present=["税务管理"])

unans("out_of_domain",
    "公司对外签的货物买卖合同，对方一直不付货款，我们向法院起诉的诉讼时效是几年？从什么时候开始算？",
    ["诉讼时效", "买卖合同"],
    "属于民法上的诉讼时效问题；民营经济促进法第六十三条只提到刑事“追诉期限”，各文件均未规定民事诉讼时效。",
    lang="zh", present=["追诉期限"])
