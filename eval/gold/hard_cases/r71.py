"""Hard-case gold items, seventy-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the head of the compliance department of a municipal state-owned investment group preparing board
papers; terse, formal Chinese (some English); asks about the chief compliance officer, the board, risk reviews,
accountability and paying suppliers on time, and sometimes attributes a rule to the wrong document.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "集团拟上会的重大投资项目，合规审查意见最终须由谁签字？请给出依据条款。",
    "《中央企业合规管理办法》第二十一条：重大决策事项的合规审查意见应当由首席合规官签字，并对决策事项的合规性提出明确意见。",
    ["由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见")],
    lang="zh")

add("single",
    "起草董事会议案附件，需逐项列明董事会在合规管理方面的职责，请列出。",
    "《中央企业合规管理办法》第八条：董事会审议批准合规管理基本制度、体系建设方案和年度报告等；研究决定合规管理重大事项；"
    "推动完善合规管理体系并对其有效性进行评价；决定合规管理部门设置及职责。",
    ["审议批准合规管理基本制度、体系建设方案和年度报告", "研究决定合规管理重大事项",
     "推动完善合规管理体系并对其有效性进行评价", "决定合规管理部门设置及职责"],
    [E(SOE, "第八条", "审议批准合规管理基本制度、体系建设方案和年度报告等"),
     E(SOE, "第八条", "研究决定合规管理重大事项"),
     E(SOE, "第八条", "推动完善合规管理体系并对其有效性进行评价"),
     E(SOE, "第八条", "决定合规管理部门设置及职责")],
    lang="zh")

add("single",
    "下属公司逾期支付中小供应商货款，合同未约定逾期利率，逾期利息按何标准计？",
    "《保障中小企业款项支付条例》第十七条：未作约定的，按照每日利率万分之五支付逾期利息。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "违规举报经查属实，可否对举报人给予奖励？对举报人身份有何保密要求？",
    "《中央企业合规管理办法》第二十四条：应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励；"
    "任何单位和个人不得打击报复举报人。",
    ["严格保密", "可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("single",
    "履职中对违规问题“该发现没发现”的单位和人员，是否要追责？追责的条件是什么？",
    "《中央企业合规管理办法》第三十八条：因故意或者重大过失应当发现而未发现违规问题，或者发现违规问题存在失职渎职行为，"
    "给企业造成损失或者不良影响的单位和人员，应开展责任追究。",
    ["因故意或者重大过失应当发现而未发现违规问题", "给企业造成损失或者不良影响"],
    [E(SOE, "第三十八条", "因故意或者重大过失应当发现而未发现违规问题，或者发现违规问题存在失职渎职行为"),
     E(SOE, "第三十八条", "给企业造成损失或者不良影响的单位和人员开展责任追究")],
    lang="zh")

add("single",
    "下属公司一名中层被监察机关给予撤职政务处分，处分期多长？",
    "《公职人员政务处分法》第八条：降级、撤职的政务处分期为二十四个月，自政务处分决定生效之日起计算。",
    ["二十四个月"],
    [E(PS, "第八条", "降级、撤职，二十四个月"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "子公司因违规被处以重大行政处罚，集团层面由谁牵头应对？是否须向国资委报告？",
    "《中央企业合规管理办法》第二十二条：此类重大合规风险事件由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合；"
    "并应按规定及时向国资委报告（地方国资监管机构参照执行，见第四十条）。",
    ["由首席合规官牵头", "合规管理部门统筹协调", "及时向国资委报告"],
    [E(SOE, "第二十二条", "因违规行为引发重大法律纠纷案件、重大行政处罚、刑事案件，或者被国际组织制裁等重大合规风险事件"),
     E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告")],
    lang="zh")

add("single",
    "中小供应商拿对我方的应收账款去银行融资，请求我方确权，我方最迟多少天内须确认？",
    "《保障中小企业款项支付条例》第十六条：应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "合规管理体系建设方案，经理层与董事会各管哪一环？board paper 里需写清楚分工。",
    "《中央企业合规管理办法》第九条：经理层拟订合规管理体系建设方案，经董事会批准后组织实施；第八条：董事会审议批准合规管理基本制度、"
    "体系建设方案和年度报告等。",
    ["拟订合规管理体系建设方案，经董事会批准后组织实施", "审议批准合规管理基本制度、体系建设方案和年度报告"],
    [E(SOE, "第九条", "拟订合规管理体系建设方案，经董事会批准后组织实施"),
     E(SOE, "第八条", "审议批准合规管理基本制度、体系建设方案和年度报告等")],
    lang="zh")

add("multi",
    "集团财务坚持待审计机关审计结果出具后再与施工供应商结算，合同对此未作约定。是否合规？拒不纠正有何后果？",
    "不合规：《保障中小企业款项支付条例》第十二条规定国有大型企业不得强制要求以审计机关的审计结果作为结算依据（法律、行政法规另有规定的除外）；"
    "第三十三条规定没有法律、行政法规依据而如此要求的，由其监管部门责令改正，拒不改正的，对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正", "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的"),
     E(SME, "第三十三条", "由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "按时向中小供应商付款一事，是否须纳入集团合规管理体系？相关经济合同的合规审查由哪个部门负责？",
    "《保障中小企业款项支付条例》第十九条：大型企业应将保障中小企业款项支付工作情况纳入企业风险控制与合规管理体系，并督促子公司及时付款；"
    "《中央企业合规管理办法》第十四条：合规管理部门负责规章制度、经济合同、重大决策合规审查。",
    ["纳入企业风险控制与合规管理体系", "负责规章制度、经济合同、重大决策合规审查"],
    [E(SME, "第十九条", "大型企业应当将保障中小企业款项支付工作情况，纳入企业风险控制与合规管理体系"),
     E(SME, "第十九条", "督促其全资或者控股子公司及时支付中小企业款项"),
     E(SOE, "第十四条", "负责规章制度、经济合同、重大决策合规审查")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年关于政府诚信履约的通知中，地方政府因机构调整、人员变动而不履约，是否算违约失信？",
    "算。NDRC通知第二部分第（2）项：因机构调整、人员变动等原因不履约的，一律视为违约失信"
    "（Failure to perform due to institutional adjustments, personnel changes … shall all be regarded as breach of contract and dishonesty）。",
    ["shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "广州第二批政商交往指引对国企投资亏损怎么处理？按合规程序决策、因市场风险亏损的，相关人员还要担责吗？",
    "据广州廉洁合规讲堂报道（广州地铁代表发言），第二批指引明确：尽职并经合规决策程序的投资，因市场风险等客观因素造成亏损的，"
    "相关人员可以免责（may be exempted from liability）。",
    ["may be exempted from liability"],
    [E(GZ, "¶21", "investment made with due diligence and through compliant decision-making"),
     E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="zh")

add("cross_lingual",
    "For the board paper: under SASAC's 2022 compliance measures, who is supposed to take on the chief compliance officer "
    "role, and to whom does that person answer?",
    "Article 12 of the Central SOE Compliance Management Measures: the chief compliance officer is held concurrently by the "
    "general counsel (总法律顾问), with no new leadership post, and is responsible to the enterprise's principal person in charge.",
    ["由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "公司刚换了一把手，新领导还没点头，下面小供应商的钱能不能先压一压再给？",
    "不能。《保障中小企业款项支付条例》第十四条：不得以法定代表人或者主要负责人变更、履行内部付款流程等为由，拒绝或者迟延支付中小企业款项"
    "（《民营经济促进法》第六十七条亦禁止以人员变更为由拖延支付）。",
    ["不得以法定代表人或者主要负责人变更", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("paraphrase",
    "手下人以前踩过红线的事，要不要留个底？以后提拔定级时会不会翻出来参考？",
    "要。《中央企业合规管理办法》第二十五条：应建立员工履职违规行为记录制度，将违规行为性质、发生次数、危害程度等作为考核评价、"
    "职级评定等工作的重要依据。",
    ["员工履职违规行为记录制度", "职级评定"],
    [E(SOE, "第二十五条", "中央企业应当建立所属单位经营管理和员工履职违规行为记录制度"),
     E(SOE, "第二十五条", "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "《中央企业合规管理办法》第十二条要求首席合规官由总经理兼任。总经理兼任后，集团是否仍需另设总法律顾问？",
    ["由总经理兼任", "总经理"],
    "第十二条规定首席合规官由总法律顾问兼任、对企业主要负责人负责，并非由总经理兼任；前提错误，文件亦未讨论是否另设总法律顾问。",
    lang="zh", present=["由总法律顾问兼任", "首席合规官"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "鉴于《保障中小企业款项支付条例》规定大型企业与中小企业约定的付款期限最长不得超过90日，我方框架协议约定75天即属合规，对否？",
    ["付款期限最长不得超过90日", "交付之日起90日"],
    "第九条：大型企业应自交付之日起60日内付款，合同另有约定的从其约定但须按行业规范、交易习惯合理约定；“最长不得超过60日”针对的是"
    "机关、事业单位。条例并无大型企业“最长90日”的上限，前提错误。",
    lang="zh", present=["最长不得超过60日", "60日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
             E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "既然《中央企业合规管理办法》要求合规委员会每季度至少召开一次会议，集团合规委员会的会议纪要应报送哪个部门备案？",
    ["每季度", "会议纪要"],
    "第十一条仅规定合规委员会“定期召开会议”，未规定每季度的频次，也未规定会议纪要报送或备案；前提错误。",
    lang="zh", present=["合规委员会", "定期召开会议"],
    related=[E(SOE, "第十一条", "统筹协调合规管理工作，定期召开会议，研究解决重点难点问题")])

unans("false_premise",
    "为什么《民营经济促进法》第六十七条把拖欠中小企业款项的逾期利息定为每日万分之三？",
    ["万分之三"],
    "民营经济促进法第六十七条规定及时支付账款、不得以人员变更等为由拖延，未规定逾期利息；逾期利息规定在《保障中小企业款项支付条例》"
    "第十七条，未约定的按每日万分之五。文件与数字均错。",
    lang="zh", present=["万分之五", "逾期利息"],
    related=[E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
             E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "条例要求每年6月30日前公开上一年度逾期未付中小企业款项信息。集团作为国有大型企业，应在官网公开哪些内容？",
    ["6月30日"],
    "第十八条：3月31日前通过网站、报刊公开的义务针对机关、事业单位；大型企业是将逾期未付信息纳入企业年度报告，通过国家企业信用信息公示系统公示。"
    "“6月30日”与“官网公开”均无依据。",
    lang="zh", present=["3月31日前", "国家企业信用信息公示系统"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
             E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
    "The SASAC compliance measures require the compliance committee to be chaired by an independent director, right? "
    "Which of our directors should we nominate?",
    ["独立董事", "independent director"],
    "第十一条只规定中央企业设立合规委员会，可与法治建设领导机构等合署办公，统筹协调合规管理工作；未规定由独立董事担任主任，前提错误。",
    lang="en", present=["合规委员会", "合署办公"],
    related=[E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公")])

unans("false_premise",
    "政务处分法规定记大过的处分期为二十四个月；所以集团那位被记大过的副总，两年内都不能晋升薪酬待遇等级？",
    ["记大过，二十四个月"],
    "第八条：记大过的处分期为十八个月，二十四个月是降级、撤职的期间；前提错误，据此推出的“两年”不成立。",
    lang="zh", present=["记大过，十八个月", "不得晋升薪酬待遇等级"],
    related=[E(PS, "第八条", "（三）记大过，十八个月；"),
             E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "首席合规官任期一般几年？任期届满是否须轮岗？",
    ["任期", "轮岗"],
    "第十二条只规定首席合规官的设立、由总法律顾问兼任及对主要负责人负责，未规定任期或轮岗。",
    lang="zh", present=["首席合规官", "总法律顾问"])

unans("not_covered",
    "按办法，专职合规管理人员的配备比例是多少？比如每千名员工至少几人？",
    ["配备比例", "千名"],
    "第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员，无具体比例或人数。",
    lang="zh", present=["专职合规管理人员", "相适应"])

unans("not_covered",
    "中小供应商向国家统一的拖欠中小企业款项投诉平台投诉，需缴纳投诉费吗？",
    ["投诉费"],
    "第二十四、二十五条规定投诉平台的建立、受理转交时限和处理期限，未涉及是否收费。",
    lang="zh", present=["投诉平台", "10个工作日内"])

unans("not_covered",
    "How many breach-of-contract complaints against government departments has NDRC received through the Credit China "
    "columns since the 2023 notice, and how many were confirmed as dishonesty?",
    ["statistics", "number of complaints", "how many"],
    "The NDRC notice sets up complaint columns, identification, and publicising typical cases on Credit China, but gives no "
    "figures on complaints received or confirmed.",
    lang="en", present=["Credit China", "complaints received"])

unans("not_covered",
    "一家小供应商以迟延付款为由起诉我集团下属公司，索要逾期利息，我方胜诉的可能性有多大？",
    ["胜诉", "胜诉率"],
    "条例第十七条规定逾期利息标准，民营经济促进法第六十八条要求法院及时立案审理，但任何文件都不预测个案诉讼结果。",
    lang="zh", present=["逾期利息", "及时立案"])

unans("not_covered",
    "违规举报平台收到实名举报后，须在几个工作日内向举报人反馈调查结果？",
    ["反馈举报人", "举报人反馈"],
    "办法第二十四条规定设立举报平台、受理调查、保密和奖励，未规定向举报人反馈的时限；条例第二十五条的10个工作日、30日是中小企业"
    "拖欠款项投诉的转交与处理时限，不适用于企业内部违规举报。",
    lang="zh", present=["举报人", "10个工作日内"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版《保障中小企业款项支付条例》（国务院令第728号）修订前，大型企业向中小企业付款的期限原来是如何规定的？",
    ["修订前", "原条例"],
    "语料只收录2025年第802号令修订后的文本，仅在题注提及2020年第728号令公布，未载原条文内容。",
    lang="zh", present=["第728号", "修订"])

unans("superseded",
    "国资委2018年印发的《中央企业合规管理指引（试行）》对合规委员会和合规负责人的职责是怎么规定的？",
    ["合规管理指引", "试行"],
    "语料只有2022年国资委令第42号《中央企业合规管理办法》，未收录此前的指引文本。",
    lang="zh", present=["合规委员会", "第42号"])

unans("superseded",
    "《优化营商环境条例》征求意见稿中，对新规出台前的适应调整期原先是如何表述的？",
    ["征求意见稿"],
    "语料只有2019年正式公布的条例（第六十五条规定确定是否留出适应调整期），没有征求意见稿的文本。",
    lang="zh", present=["适应调整期"])

unans("superseded",
    "Under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long did a demerit "
    "sanction last, compared with today?",
    ["Punishment of Civil Servants", "行政机关公务员处分条例", "2007"],
    "The corpus has only the 2020 Law on Administrative Discipline for Public Officials (第八条 sets current periods); the "
    "earlier 2007 regulations are not included.",
    lang="en", present=["记过，十二个月"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "集团与员工劳动合同到期不续签，公司需支付多少经济补偿？",
    ["经济补偿", "劳动合同"],
    "劳动合同终止的经济补偿属劳动合同法范畴，七份文件均未涉及（办法仅把劳动用工列为合规重点领域）。",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "集团竞得一宗地块，向市政府缴纳的土地出让金能否分期付款？",
    ["土地出让金"],
    "土地出让金缴纳属土地管理与出让合同事项，文件未涉及（营商环境条例、民营经济促进法仅泛称土地供应平等对待）。",
    lang="zh", present=["土地供应"])

unans("out_of_domain",
    "What corporate income tax rate applies to a company whose main contract is with a government agency?",
    ["income tax", "tax rate"],
    "Tax rates are outside these documents; they mention tax only in passing (减税降费, 税务管理 as a compliance area).",
    lang="en", present=["减税降费", "税务管理"])
