"""Hard-case gold items, hundred and thirty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an officer at a district discipline inspection commission (区纪委监委) who trains officials on
Guangzhou's government-business interaction guidelines and the Public Officials Sanctions Law; asks
concrete scenario questions (meals, wedding gifts, golf, a company's car, speaking fees, WeChat red
packets), many of which the documents only cover in general terms, plus sanctions for officials.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "辖区一个科长的儿子办婚礼，一家长期找他办审批的企业老板随了两万块礼金，他收下了。按政务处分法，这类行为最重可以给到什么处分？",
    "政务处分法第三十四条第一款：收受可能影响公正行使公权力的礼品、礼金等财物的，予以警告、记过或者记大过；情节较重的，降级或者撤职；情节严重的，予以开除，所以最重是开除。",
    ["收受可能影响公正行使公权力的礼品、礼金", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "周末一家企业的老总约分管的副局长去打高尔夫，球场、餐饮费用全是企业出的，副局长也去了。这种情况对应政务处分法哪一条，一般怎么处分？",
    "第三十四条第二款：接受可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排", "情节较重的，予以警告、记过或者记大过"],
    [E(PS, "第三十四条", "或者接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节严重的，予以降级或者撤职")],
    lang="zh")

add("single",
    "我们发现有个干部周末给一家民营企业当“顾问”，定期去讲课、按月拿报酬，从来没报批过。政务处分法里这算什么问题，怎么处分？",
    "属于政务处分法第三十六条“违反规定兼任职务、领取报酬”：予以警告、记过或者记大过；情节较重的，降级或者撤职；情节严重的，开除。",
    ["违反规定兼任职务、领取报酬"],
    [E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的，予以警告、记过或者记大过"),
     E(PS, "第三十六条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "有个干部陆续收了企业老板发的几个微信红包，组织找他谈话前，他自己把钱全部交了上来。定处分的时候这一点能考虑吗？",
    "可以。政务处分法第十一条第（六）项：主动上交或者退赔违法所得的，可以从轻或者减轻给予政务处分。",
    ["主动上交或者退赔违法所得的", "可以从轻或者减轻给予政务处分"],
    [E(PS, "第十一条", "公职人员有下列情形之一的，可以从轻或者减轻给予政务处分"),
     E(PS, "第十一条", "主动上交或者退赔违法所得的")],
    lang="zh")

add("single",
    "一位已经退休两年的原局长，被人举报在职时收过企业老板的购物卡。人都退了，我们还能怎么处理他？",
    "政务处分法第二十七条：已经退休的公职人员不再给予政务处分，但可以立案调查；依法应当予以降级、撤职、开除的，按照规定相应调整其享受的待遇，违法所得财物依第二十五条处理。",
    ["不再给予政务处分", "可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("single",
    "一名干部因为收企业的礼品已经被立案调查了，他现在打报告说想辞职下海，单位能直接批吗？",
    "不能直接批。政务处分法第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("single",
    "审批窗口有个工作人员跟企业暗示“请顿饭就好办”，不请就一直拖着不给办。政务处分法里对这种行为怎么处分？",
    "政务处分法第三十八条第（二）项：在管理服务活动中故意刁难、吃拿卡要，情节较重的，予以警告、记过或者记大过；情节严重的，降级或者撤职；情节特别严重的，予以开除。",
    ["在管理服务活动中故意刁难、吃拿卡要的", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "有下列行为之一，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职"),
     E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

add("single",
    "我们在查一起干部收老板礼金的案子，发现他事先和送钱的老板对好了说法，想统一口径应付调查。这对最后的处分有什么影响？",
    "属于政务处分法第十三条第（三）项“串供或者伪造、隐匿、毁灭证据”，应当从重给予政务处分。",
    ["串供或者伪造、隐匿、毁灭证据的", "应当从重给予政务处分"],
    [E(PS, "第十三条", "公职人员有下列情形之一的，应当从重给予政务处分"),
     E(PS, "第十三条", "串供或者伪造、隐匿、毁灭证据的")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "一个科长收了企业送的购物卡，被记过。多久以后这个处分就不影响他了？到期还需要他自己去申请撤销吗？",
    "记过的处分期为十二个月（第八条）；期内有悔改表现且没有再发生应受政务处分的违法行为的，期满后自动解除，晋升等不再受影响，无需申请（第二十六条第二款）。",
    ["记过，十二个月", "政务处分期满后自动解除"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第二十六条", "在政务处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")],
    lang="zh")

add("multi",
    "市属国企有个部门经理接受供应商安排的出国旅游，被记大过。处分期是多长？这段时间里他的升职、涨薪会受什么影响？",
    "记大过处分期十八个月（第八条）；国有企业管理人员在处分期内不得晋升职务、岗位等级和职称，被记大过的也不得晋升薪酬待遇等级（第二十一条）。",
    ["记大过，十八个月", "不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

add("multi",
    "区里某局换了一把手，新局长说前任签的采购合同要“重新研究”，就一直压着一家小微企业的货款不付。这个理由站得住吗？如果一直不改，我们能追究谁？",
    "站不住：保障中小企业款项支付条例第十四条禁止以法定代表人或者主要负责人变更为由拒绝或者迟延支付；第三十一条第（六）项规定由上级机关、主管部门责令改正，拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["以法定代表人或者主要负责人变更", "对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "以法定代表人或者主要负责人变更，履行内部付款流程")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "广州第二批政商交往指引里讲，干部招商引资引进的项目最后没达到预期，会不会因此被追责？",
    "据报道（¶18），第二批指引明确：只要招商引资过程尽职合规，即使项目未达预期，相关人员也不会被盲目追责。",
    ["due diligence and compliance", "will not be held blindly accountable"],
    [E(GZ, "¶18", "carried out with due diligence and compliance"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable")],
    lang="zh")

add("cross_lingual",
    "有的区政府以“机构调整、领导换人”为由不履行和民营企业签的协议，发改委2023年那份政务诚信通知对这种情况怎么认定？",
    "通知第二部分第（2）项：因机构调整、人员变动等原因不履行的，一律认定为违约失信。",
    ["shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "A division chief who took gifts from a property developer has already been removed from his leadership post. Can the supervisory commission still give him a sanction on top of that?",
    "Yes. Article 18 of the Public Officials Sanctions Law: where an official holding a leadership post is recalled, removed or resigns from it for a violation, the supervisory organ may at the same time impose a sanction (政务处分).",
    ["监察机关可以同时给予政务处分"],
    [E(PS, "第十八条", "担任领导职务的公职人员有违法行为，被罢免、撤销、免去或者辞去领导职务的，监察机关可以同时给予政务处分")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "有位处长的爱人在辖区一家公司挂了个名，每个月白拿一份钱，明摆着是冲着处长的位子来的。处长心里清楚，却一直睁一只眼闭一只眼。对处长能处理吗？",
    "能。政务处分法第三十三条第（三）项：纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的，予以警告、记过或者记大过；情节较重的，降级或者撤职；情节严重的，开除。",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的"],
    [E(PS, "第三十三条", "有下列行为之一的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除"),
     E(PS, "第三十三条", "纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的")],
    lang="zh")

add("paraphrase",
    "有个刚参加工作的小伙子，被科长硬拉去一个老板做东的饭局，还跟着收了老板塞的东西，他事先根本不知道是怎么回事，事后也老老实实认了错。对他能不能网开一面？",
    "可以。政务处分法第十二条第二款：因不明真相被裹挟或者被胁迫参与违法活动，经批评教育后确有悔改表现的，可以减轻、免予或者不予政务处分。",
    ["因不明真相被裹挟或者被胁迫参与违法活动", "可以减轻、免予或者不予政务处分"],
    [E(PS, "第十二条", "公职人员因不明真相被裹挟或者被胁迫参与违法活动，经批评教育后确有悔改表现的，可以减轻、免予或者不予政务处分")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "为什么政务处分法把警告的处分期定成十二个月，和记过一样长？培训时学员老问这个。",
      ["警告，十二个月"],
      "Premise inside a why-question is wrong: PS 第八条 sets 警告 at six months and 记过 at twelve months; the law gives no reasons for the periods.",
      lang="zh", present=["警告，六个月", "记过，十二个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
      "《保障中小企业款项支付条例》第九条允许机关在合同里把付款期限约定到最长90日，那区里某局和小企业约定80天付款就没问题吧？",
      ["90日内支付", "最长不得超过90日内"],
      "Wrong figure attributed to SME 第九条: 机关、事业单位 must pay within 30 days; a contract may agree otherwise but 付款期限最长不得超过60日. The only 90-day figure in SME is the complaint-handling limit in 第二十五条.",
      lang="zh", present=["付款期限最长不得超过60日", "最长不得超过90日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "发改委2023年那份政务诚信通知规定，政府违约失信的投诉由省级市场监管局直接认定。那我们纪委接到这类线索，是不是也应该先移交市场监管局？",
      ["市场监管局", "market regulation"],
      "Wrong party: NDRC II.(2) says provincial credit leading departments transfer the complaint clues to the superior or competent departments of the complained entities for verification and identification; market regulation authorities are not mentioned, and the notice says nothing about discipline commissions.",
      lang="zh", present=["credit leading departments", "competent departments"],
      related=[E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
      "既然广州的《政商交往指引》是广州市政府办公厅印发的，那它在效力上算不算政府规章？",
      ["办公厅", "General Office", "政府规章"],
      "Given-X premise is wrong: the Guangzhou report (¶7) says the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued the two batches; no document says the municipal government's General Office issued them or discusses their legal rank.",
      lang="zh", present=["Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
      "政务处分法规定干部退休后照样给予政务处分；所以一个退休局长在职时收过老板的礼金，我们直接给他记大过就行了吧？",
      ["照样给予", "退休后仍"],
      "The premise contradicts PS 第二十七条: retired officials are no longer given 政务处分; they may be investigated and, where 降级、撤职、开除 would apply, their benefits adjusted.",
      lang="zh", present=["不再给予政务处分"],
      related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")])

unans("false_premise",
      "《优化营商环境条例》第四十八条要求政府每季度至少召开一次政企座谈会，我们区纪委需要派人列席监督吗？",
      ["每季度", "座谈会"],
      "Wrong frequency attributed to BE 第四十八条: it only requires 建立畅通有效的政企沟通机制 that respects enterprises' wishes and does not disturb their operations; no meeting frequency and nothing on discipline commissions attending.",
      lang="zh", present=["政企沟通机制"],
      related=[E(BE, "第四十八条", "政府及其有关部门应当按照构建亲清新型政商关系的要求，建立畅通有效的政企沟通机制")])

unans("false_premise",
      "政务处分法规定，监察机关负责人的回避由同级党委决定。如果区监委主任和被调查的干部是亲戚，我们要向区委哪个部门打报告？",
      ["同级党委", "党委决定"],
      "Claim then question: PS 第四十八条 says the recusal of a supervisory organ's head is decided by the higher-level supervisory organ (上级监察机关), not the same-level Party committee; no procedure for reporting to the district Party committee is given.",
      lang="zh", present=["上级监察机关决定"],
      related=[E(PS, "第四十八条", "监察机关负责人的回避，由上级监察机关决定")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "按广州的政商交往指引，干部和企业家一起吃工作餐，人均标准最高是多少钱？超过多少算违规？",
      ["人均", "per person", "per capita"],
      "GZ ¶9 only says the first batch responded to 'what meals can be eaten and what vehicles can be taken'; no document gives a meal cost standard. PS 第三十四条 covers banquets only in general terms.",
      lang="zh", present=["what meals can be eaten", "宴请"])

unans("not_covered",
      "广州的政商交往指引里有没有专门讲：干部自己AA付费的话，就可以和企业家一起打高尔夫？",
      ["高尔夫", "golf", "AA"],
      "The Guangzhou report does not list the 33 scenarios or mention golf or cost-splitting; PS 第三十四条 only speaks of 健身、娱乐等活动安排 that may affect impartial exercise of power.",
      lang="zh", present=["33 scenarios", "健身、娱乐"])

unans("not_covered",
      "干部经批准到企业或者行业协会讲课，讲课费每小时最多能拿多少钱才算合规？",
      ["讲课费", "课酬", "每学时"],
      "PS 第三十六条 sanctions 违反规定兼任职务、领取报酬 but no document sets a lecture-fee rate or cap.",
      lang="zh", present=["领取报酬"])

unans("not_covered",
      "干部收到管理服务对象发的微信红包，没来得及退的，规定要在几天之内向组织登记上交？",
      ["红包", "微信", "登记上交"],
      "PS 第十一条（六）treats 主动上交或者退赔违法所得 as a mitigating factor and 第三十四条 covers 礼金, but no document sets a deadline or procedure for registering and handing in gifts.",
      lang="zh", present=["主动上交或者退赔违法所得", "礼金"])

unans("not_covered",
      "广州市纪委监委出台政商交往指引以后，2024年全市因为违规吃请、收礼查处了多少名干部？",
      ["查处了", "违规吃喝", "cases investigated"],
      "The Guangzhou report describes the Guidelines' background and enterprises' reactions but gives no enforcement statistics; no other document has Guangzhou figures.",
      lang="zh", present=["typical cases"])

unans("not_covered",
      "我们区有个干部被记大过，他不服申请了复审，说礼金是亲戚之间正常往来。照他这个情况，复审能改成更轻的处分吗？",
      ["复审成功", "改判", "撤销率"],
      "Prediction of an outcome: PS 第五十五条—第五十九条 set the review route and the grounds for revoking, changing or upholding a decision, but cannot say how a particular case will come out.",
      lang="zh", present=["申请复审", "政务处分不当的"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "2020年国务院令第728号公布的那一版、也就是修订前的《保障中小企业款项支付条例》，对大型企业向中小企业付款的期限是怎么规定的？",
      ["修订前"],
      "The corpus has only the 2025 revision (国务院令第802号); the 2020 original text is not in the corpus, so its wording cannot be quoted.",
      lang="zh", present=["国务院令第728号公布", "国务院令第802号修订"])

unans("superseded",
      "2018年国资委发的《中央企业合规管理指引（试行）》里，对合规管理牵头部门和合规委员会是怎么规定的？",
      ["试行", "指引（试行）"],
      "The corpus has the 2022 中央企业合规管理办法 (国资委令第42号), not the earlier 2018 trial guideline it replaced.",
      lang="zh", present=["合规委员会", "国资委令第42号"])

unans("superseded",
      "民营经济促进法草案向社会征求意见的时候，那一稿里关于国家机关工作人员和民营企业家交往的条款是怎么写的？后来正式通过时改了哪些地方？",
      ["草案", "征求意见稿"],
      "Only the enacted law (adopted 2025-04-30) is in the corpus (第四十四条 on 工作交往中遵纪守法，保持清正廉洁); the draft text is not.",
      lang="zh", present=["保持清正廉洁"])

unans("superseded",
      "政务处分法出台之前，2018年国家监委印发的《公职人员政务处分暂行规定》对收受礼金是怎么处分的？",
      ["暂行规定", "国家监委"],
      "The corpus has only the 2020 政务处分法 (第三十四条 on 礼金); the earlier interim provisions are not included.",
      lang="zh", present=["礼金"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "公司和员工签的劳动合同到期了，公司不想续签，要给员工付多少经济补偿？",
      ["经济补偿", "劳动合同法"],
      "Labour-contract severance is outside these documents; PE only mentions 劳动用工 and 劳动关系 in general terms.",
      lang="zh", present=["劳动关系"])

unans("out_of_domain",
      "区政府和一家公司签的政府采购合同，双方各自要交印花税吗？税率是多少？",
      ["印花税", "税率"],
      "Stamp duty on procurement contracts is not in any document; they mention 政府采购 and 减税降费 only in general terms.",
      lang="zh", present=["政府采购"])

unans("out_of_domain",
      "How many days of paid annual leave is a government official entitled to after twelve years of service?",
      ["annual leave", "年休假"],
      "Civil-service leave entitlement is outside all seven documents.",
      lang="en", present=["official"])
