"""Hard-case gold items, hundred-and-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an in-house lawyer at a city-owned financing platform company (城投) that owes money to small private
contractors and also buys from them; writes formal Chinese with legal terms, occasionally English, and asks about
payment terms, acceptance, late-payment interest, disputes, contract clauses and practices such as paying with
commercial acceptance bills or delaying payment on the grounds of audit.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- single (8)

add("single",
    "我司拟在与中小施工单位签订的总承包合同范本中加入“甲方有权以商业承兑汇票支付全部工程款，乙方不得拒收”的条款。"
    "从《保障中小企业款项支付条例》角度看，该条款是否存在合规风险？",
    "有风险。以商业汇票等非现金方式支付须在合同中作出明确、合理约定，且不得强制中小企业接受商业汇票等非现金支付方式，"
    "也不得借此变相延长付款期限（《保障中小企业款项支付条例》第十一条）。",
    ["应当在合同中作出明确、合理约定", "不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "应当在合同中作出明确、合理约定，不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("single",
    "我司与一家小型建材供应商的采购合同中未约定逾期付款利率，目前货款已逾期两个月，对方书面主张逾期利息。"
    "在合同无约定的情况下，逾期利息应按何种标准计付？",
    "合同未约定逾期利息利率的，按照每日利率万分之五支付逾期利息（《保障中小企业款项支付条例》第十七条）。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "某市政项目已完工，合同约定竣工后20日内完成验收、验收合格后付款，但我司工程部因人手紧张一直未组织验收。"
    "在这种情况下，付款期限应从哪一天开始计算？",
    "发包方拖延验收的，付款期限自约定的验收期限届满之日起算，即竣工后第20日届满之日起算（《保障中小企业款项支付条例》第十条）。",
    ["拖延检验或者验收的", "自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("single",
    "我司招标文件规定中标人须以现金方式缴纳履约保证金。现中标的一家小微施工企业提出以银行出具的履约保函替代现金，"
    "我方可否以招标文件已有规定为由予以拒绝？",
    "不可以。大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受"
    "（《保障中小企业款项支付条例》第十三条）。",
    ["不得将保证金限定为现金", "以金融机构出具的保函等提供保证的"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。")],
    lang="zh")

add("single",
    "我司与一家分包商就第三期工程量的计量存在争议，但前两期工程已结算完毕且双方无异议，也不影响后续施工。"
    "在争议解决之前，我方能否暂停全部款项的支付？",
    "不能整体停付。交易部分存在争议但不影响其他部分履行的，对无争议部分应当履行及时付款义务"
    "（《保障中小企业款项支付条例》第十五条）。",
    ["部分存在争议但不影响其他部分履行的", "对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("single",
    "一家供应商准备以其对我司的应收账款向银行申请保理融资，银行要求我司出具应收账款确权函。"
    "对于我司何时必须完成确权，有无时限要求？",
    "有。中小企业以应收账款融资的，应当自其提出确权请求之日起30日内确认债权债务关系"
    "（《保障中小企业款项支付条例》第十六条第二款）。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "我司下属一家控股子公司近年拖欠小微企业货款较多。就中小企业款项支付问题，母公司层面是否负有管理或督促义务？",
    "有。大型企业应当将保障中小企业款项支付工作纳入企业风险控制与合规管理体系，并督促其全资或者控股子公司及时支付中小企业款项"
    "（《保障中小企业款项支付条例》第十九条）。",
    ["纳入企业风险控制与合规管理体系", "督促其全资或者控股子公司及时支付中小企业款项"],
    [E(SME, "第十九条", "大型企业应当将保障中小企业款项支付工作情况，纳入企业风险控制与合规管理体系"),
     E(SME, "第十九条", "并督促其全资或者控股子公司及时支付中小企业款项")],
    lang="zh")

add("single",
    "某安置房项目的施工合同对付款条件并未提及决算审计。项目已完工，财务部提出以“项目尚待竣工决算审计”为由暂缓支付施工方尾款，"
    "该做法是否站得住脚？",
    "不行。在合同未作约定的情况下，不得以等待竣工验收备案、决算审计等为由拒绝或者迟延支付中小企业款项"
    "（《保障中小企业款项支付条例》第十四条）。",
    ["在合同未作约定的情况下以等待竣工验收备案、决算审计等为由", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "或者在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项")],
    lang="zh")

# --------------------------------------------------------------------------- multi (3)

add("multi",
    "我司属于地方国有大型企业，拟在所有施工合同中统一要求“工程价款最终以审计机关的审计结果为准”。"
    "这一做法是否合规？如果我们坚持这样要求，公司和相关人员可能面临什么后果？",
    "不合规：国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外（第十二条）；"
    "没有法律、行政法规依据而这样要求的，由监管部门责令改正，拒不改正的，对负有责任的国有企业管理人员依法给予处分"
    "（《保障中小企业款项支付条例》第三十三条第二款）。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正", "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正"),
     E(SME, "第三十三条", "拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "我司拟与一家小型施工企业约定按月进度结算工程款，同时把逾期付款利率约定为年化1%。"
    "请问：按月结算时付款期限从何时起算？逾期利率这样约定有没有下限方面的问题？",
    "采取履行进度结算、定期结算等方式的，付款期限自双方确认结算金额之日起算（第九条第三款）；"
    "双方约定逾期利率的，约定利率不得低于合同订立时1年期贷款市场报价利率（第十七条），年化1%须对照该下限判断"
    "（《保障中小企业款项支付条例》）。",
    ["自双方确认结算金额之日起算", "约定利率不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第九条", "合同约定采取履行进度结算、定期结算等结算方式的，付款期限应当自双方确认结算金额之日起算"),
     E(SME, "第十七条", "双方对逾期利息的利率有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="zh")

add("multi",
    "我司为市属国有企业。新任董事长到任后，要求所有存量应付款一律重新履行内部审批流程，审批完成前暂停向民营供应商付款。"
    "这种安排是否合法？如果因此拖延付款，公司要承担什么责任？",
    "不合法：国有企业不得以人员变更、履行内部付款流程等为由拒绝或者拖延支付民营经济组织账款（《民营经济促进法》第六十七条）；"
    "违反规定拒绝或者拖延支付的，由有权机关予以纠正，造成损失的依法赔偿，造成不良后果或者影响的对负有责任人员依法给予处分（第七十三条）。",
    ["不得以人员变更、履行内部付款流程", "由有权机关予以纠正", "造成损失的，依法予以赔偿"],
    [E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由"),
     E(PE, "第六十七条", "拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第七十三条", "国家机关、事业单位、国有企业违反法律、行政法规规定或者合同约定，拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

# --------------------------------------------------------------------------- cross_lingual (3)

add("cross_lingual",
    "如果我市政府因拖欠民营企业账款、违约被记入政府失信记录，按照国家发改委关于政府诚信履约机制的通知，"
    "对本地申请地方政府专项债以及城市层面的评优、试点示范资格会有什么影响？",
    "发改委将对有失信记录的主体限制中央预算内资金支持、限制申报地方政府专项债券、限制各类融资项目推荐；"
    "对有政府失信记录的地级及以上城市，取消发改系统评优评先和试点示范资格、加大城市信用监测扣分权重、取消社会信用体系建设示范区称号或资格"
    "（NDRC通知 III.(4)）。",
    ["limit applications for local government special bonds", "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="zh")

add("cross_lingual",
    "民营企业投诉政府部门违约的线索，省级信用牵头部门收到后交由谁核实认定？核实属实但被投诉单位拒不整改的，如何处理？"
    "因机构调整、人员变动而未履约的，能否据此免于认定？",
    "省级信用牵头部门应将投诉线索立即转交被投诉主体的上级或主管部门核实认定；属实的应立即推动整改，拒不整改的由认定部门认定为违约失信；"
    "因机构调整、人员变动等原因未履约的，均视为违约失信（NDRC通知 II.(2)）。",
    ["to the superior or competent departments of the complained entities for verification and identification",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="zh")

add("cross_lingual",
    "We are a large state-owned enterprise procuring construction works from a small contractor. If the contract is silent on "
    "payment timing, how long after delivery do we have to pay? And may we write in a clause that we only pay once the "
    "project owner has paid us?",
    "Within 60 days of delivery of the goods, works or services; and a large enterprise may not make payment to an SME "
    "conditional on receiving payment from a third party, nor pay in proportion to the third party's payments "
    "(SME Payment Regulations, art. 9 para. 2).",
    ["应当自货物、工程、服务交付之日起60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项")],
    lang="en")

# --------------------------------------------------------------------------- paraphrase (2)

add("paraphrase",
    "有家小供应商为了讨要欠款，到处找上级部门反映我们的问题。业务部门有人提议，以后借机为难一下这家公司，让他们长长记性。"
    "从法律上讲，这样做行得通吗？",
    "不行。大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"
    "（《保障中小企业款项支付条例》第二十条）。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业", "恐吓、打击报复"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "财政出钱的那个项目，上面的钱还没拨下来。我们能不能先让承包的小公司自己掏钱把活干起来，等钱到了再一并结给他们？",
    "不能。政府投资项目所需资金应当按规定确保落实到位，不得由施工单位垫资建设（《保障中小企业款项支付条例》第八条第二款）。",
    ["政府投资项目所需资金应当按照国家有关规定确保落实到位", "不得由施工单位垫资建设"],
    [E(SME, "第八条", "政府投资项目所需资金应当按照国家有关规定确保落实到位，不得由施工单位垫资建设。")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise (7)

unans("false_premise",
    "为什么《保障中小企业款项支付条例》第九条把大型企业向中小企业付款的最长期限定为120日，比机关、事业单位的60日上限宽松这么多？",
    ["120日"],
    "第九条对机关、事业单位规定30日、约定最长不超过60日；对大型企业规定自交付之日起60日内支付，合同另有约定的按行业规范、"
    "交易习惯合理约定，并无120日上限。前提错误。",
    lang="zh", present=["60日内支付款项", "最长不得超过60日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
             E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "既然条例规定合同未约定利率时逾期利息按每日万分之三计算，那么我司在合同中约定按每日万分之二计息，是否更有利于控制我方成本且同样合法？",
    ["万分之三", "万分之二"],
    "第十七条规定未作约定的按每日万分之五计付，约定利率不得低于合同订立时1年期贷款市场报价利率；条例中没有万分之三的标准。前提错误。",
    lang="zh", present=["万分之五", "贷款市场报价利率"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
             E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")])

unans("false_premise",
    "条例第十八条要求包括我司在内的大型企业，每年3月31日前通过官网、报刊公开上一年度逾期未付中小企业款项的合同数量和金额。"
    "若我司错过3月31日才在官网公布，会面临什么处罚？",
    ["官网"],
    "第十八条的3月31日前通过网站、报刊公开是对机关、事业单位的要求；大型企业是将有关信息纳入企业年度报告，通过国家企业信用信息公示系统公示"
    "（未按规定公示由市场监督管理部门依法处理，第三十四条）。前提把义务主体张冠李戴。",
    lang="zh", present=["3月31日前", "企业年度报告"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
             E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
    "《保障中小企业款项支付条例》是国资委令，只约束国资委履行出资人职责的中央企业；所以我们这种地市级城投平台公司不受该条例约束，是吗？",
    ["国资委令"],
    "该条例是国务院令（2020年第728号公布、2025年第802号修订），适用于机关、事业单位和大型企业采购货物、工程、服务支付中小企业款项；"
    "大型企业指中小企业以外的企业，并不限于中央企业。前提关于发布机关和适用范围均错误。",
    lang="zh", present=["国务院令第802号", "中央企业"],
    related=[E(SME, "第二条", "机关、事业单位和大型企业采购货物、工程、服务支付中小企业款项，应当遵守本条例。"),
             E(SME, "第三条", "所称大型企业，是指中小企业以外的企业")])

unans("false_premise",
    "The NDRC's 2023 notice requires provincial credit leading departments to send the NDRC quarterly reports on how breach-of-contract "
    "complaints were handled. What indicators must those quarterly reports contain?",
    ["quarterly", "quarter"],
    "IV.(7) says the NDRC itself evaluates complaint handling, credit information quality and punishment measures by spot checks, "
    "third-party investigations and cross-checks, and 'regularly' notifies the provincial departments; no quarterly reporting "
    "duty and no list of report indicators exists. The premise reverses the direction and invents the frequency.",
    lang="en", present=["regularly notifying", "spot checks"],
    related=[E(NDRC, "IV.(7)", "handling and identification efficiency of breach of contract"),
             E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")])

unans("false_premise",
    "根据条例，处理投诉部门应当自收到投诉材料之日起15个工作日内形成处理结果并书面反馈投诉人，对吧？我们作为被投诉人，要在这个期限内配合到什么程度？",
    ["15个工作日"],
    "第二十五条：受理投诉部门10个工作日内转交；处理投诉部门自收到投诉材料之日起30日内形成处理结果，复杂情况经批准可延长但最长不超过90日。"
    "15个工作日的说法无依据；被投诉人应当配合的一般义务有规定，但无配合程度细则。",
    lang="zh", present=["10个工作日", "30日内形成处理结果"],
    related=[E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人")])

unans("false_premise",
    "据我理解，条例是以合同履行完毕时对方的企业规模来判断其是否属于中小企业。我们一家供应商签约时是小微企业，履约完毕时已成长为大型企业，"
    "那么我们对这笔款项是否就不再受条例付款期限的约束？",
    ["履约完毕", "履行完毕"],
    "第三条规定中小企业、大型企业依合同订立时的企业规模类型确定，而非履行完毕时。前提错误。",
    lang="zh", present=["合同订立时的企业规模类型"],
    related=[E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定")])

# --------------------------------------------------------------------------- unanswerable: not_covered (6)

unans("not_covered",
    "A small contractor has sued our company for unpaid works plus late-payment interest. On the evidence we have, "
    "what is our likelihood to win the case, and how long will the litigation take?",
    ["likelihood", "win the case"],
    "PE art. 68 only says courts shall file, try and enforce arrears cases in a timely way and may mediate; no document predicts "
    "outcomes or durations of litigation.",
    lang="en", present=["人民法院"])

unans("not_covered",
    "国家统一的拖欠中小企业款项投诉平台去年一共受理了多少件投诉？办结率和投诉人满意率分别是多少？",
    ["办结率", "满意率", "投诉数量"],
    "第二十四条只规定建立国家统一的拖欠中小企业款项投诉平台，第二十五条规定处理时限；各文件均无投诉受理量、办结率或满意率等统计数据。",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "我司作为发包人，工程质量保证金最高可以按工程价款结算总额的百分之几预留？",
    ["百分之三", "3%", "预留比例"],
    "第十三条只列明允许收取工程质量保证金，并规定收取比例、方式应当符合法律、行政法规和国家有关规定，未给出具体比例上限。",
    lang="zh", present=["工程质量保证金", "保证金的收取比例"])

unans("not_covered",
    "条例要求合同约定“明确、合理”的验收期限。那么验收期限最长可以约定多少天？约定超过多少天会被认定为不合理？",
    ["验收期限最长"],
    "第十条只要求约定明确、合理的检验或者验收期限并在期限内完成，法律法规另有规定的从其规定；未规定任何天数上限或判断标准。",
    lang="zh", present=["验收期限"])

unans("not_covered",
    "如果我司按合同约定以商业承兑汇票支付进度款，供应商持票向银行贴现所产生的贴现利息，应当由哪一方承担？",
    ["贴现"],
    "第十一条只规定使用商业汇票须在合同中明确、合理约定，不得强制接受或变相延长付款期限；未涉及贴现费用的负担。",
    lang="zh", present=["商业汇票"])

unans("not_covered",
    "对供应商是否属于中小企业有争议时，向主管部门申请规模类型认定需要提交哪些材料？认定部门应在多少日内作出认定结论？",
    ["认定结论", "认定期限"],
    "第二十九条只规定可以向主张为中小企业一方所在地的县级以上中小企业主管部门申请认定，相关部门应提供必要协助；未规定申请材料或认定时限。",
    lang="zh", present=["申请认定", "企业规模类型测试平台"])

# --------------------------------------------------------------------------- unanswerable: superseded (4)

unans("superseded",
    "2020年国务院令第728号公布的原《保障中小企业款项支付条例》（修订前版本）中，逾期利息是哪一条规定的？"
    "原条例对未约定利率的情形是怎么规定的？",
    ["修订前", "原条例"],
    "语料只有2025年国务院令第802号修订后的文本，标题仅提及2020年第728号公布；修订前版本的条文编号和内容不在文件中。",
    lang="zh", present=["第728号"])

unans("superseded",
    "《优化营商环境条例》在征求意见稿阶段，关于国家机关、事业单位不得违约拖欠市场主体账款的条文是怎么表述的？与正式公布文本有何不同？",
    ["征求意见稿"],
    "语料只有2019年国务院令第722号正式公布的文本（第三十二条）；征求意见稿内容不在文件中。",
    lang="zh", present=["违约拖欠市场主体"])

unans("superseded",
    "How did the draft Private Economy Promotion Law submitted to the NPC Standing Committee for second reading word the ban on "
    "using audit results as the settlement basis, and how does that compare with the final text?",
    ["draft", "second reading", "草案"],
    "Only the law as adopted on 30 April 2025 is in the corpus (art. 67 contains the ban); no draft reading text is included.",
    lang="en", present=["审计结果"])

unans("superseded",
    "国资委2018年印发的《中央企业合规管理指引（试行）》对经济合同的合规审查是怎么要求的？",
    ["合规管理指引", "试行", "2018年"],
    "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十四条规定合规管理部门负责经济合同合规审查）；此前的试行指引不在文件中。",
    lang="zh", present=["经济合同"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain (3)

unans("out_of_domain",
    "我司拟与一名项目经理协商解除劳动合同，他在公司工作了六年半，经济补偿金按什么标准、以哪个月工资基数计算？",
    ["经济补偿金", "劳动合同"],
    "劳动合同解除和经济补偿属于劳动法问题；文件只在一般意义上提到劳动用工、劳动关系，未涉及经济补偿计算。",
    lang="zh", present=["劳动关系"])

unans("out_of_domain",
    "What stamp duty rate applies when our company signs a construction contract with a government department, and which party pays it?",
    ["stamp duty", "印花税"],
    "Tax on contracts is outside all seven documents; BE mentions tax services and 减税降费 only in general terms.",
    lang="en", present=["减税降费"])

unans("out_of_domain",
    "我司作为城投平台收到政府返还的土地出让金用于代建项目，这笔款项在公司账上应如何进行会计处理？",
    ["土地出让金", "会计处理"],
    "会计核算问题不在文件范围内；PE第四十条只一般性要求民营经济组织依照会计制度规范会计核算。",
    lang="zh", present=["会计核算"])
