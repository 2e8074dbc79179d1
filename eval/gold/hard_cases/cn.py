"""Hard-case gold items (see eval/gold/build_hard_cases.py)."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)


# =========================================================================== paraphrase (zh)

add("paraphrase",
    "我们想拿对大客户的应收款去银行做融资，银行要客户出个确认，可客户一直拖着不给盖章。对方有没有必须在多久内确认的要求？",
    "中小企业以应收账款融资的，机关、事业单位和大型企业应当自其提出确权请求之日起30日内确认债权债务关系。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")])

add("paraphrase",
    "我们小厂给一家大集团装了套设备，对方一直拖着不来验货，还说没验收就不算开始计账期，钱可以一直不付。这说法站得住吗？",
    "站不住：大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算。",
    ["付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")])

add("paraphrase",
    "我们是家二十来人的小公司，跟一家大集团签供货合同，需要我们自己先说明是小企业吗，还是等对方去查？",
    "需要：中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业。",
    ["应当主动告知其属于中小企业"],
    [E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业。")])

add("paraphrase",
    "有个处长刚被监委立案，他想赶紧辞职或者出国躲一躲，他能自己说走就走吗？",
    "不能：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")])

add("paraphrase",
    "监委的人来我们公司找财务核实一位干部的事，只来了一个人。这样符合规定吗？我们得配合他吗？",
    "监察机关调查应当由二名以上工作人员进行；其依法向单位了解情况、收集证据时，有关单位和个人应当如实提供情况。",
    ["应当由二名以上工作人员进行", "有关单位和个人应当如实提供情况"],
    [E(PS, "第四十二条", "监察机关对涉嫌违法的公职人员进行调查，应当由二名以上工作人员进行。")])

add("paraphrase",
    "去窗口办个手续，工作人员每次只说缺一样东西，害得我们来回跑了四趟，有没有规定不许这样？",
    "有：需要市场主体补正材料、手续的，政府及其有关部门应当一次性告知需要补正的内容。",
    ["应当一次性告知需要补正的内容"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容")])

add("paraphrase",
    "审批部门的人暗示我们得找他们“推荐”的那家评估公司出报告，不然就卡着不批，这合规吗？",
    "不合规：行政机关不得为市场主体指定或者变相指定中介服务机构，除法定行政审批中介服务外不得强制市场主体接受中介服务。",
    ["不得为市场主体指定或者变相指定中介服务机构"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构")])

add("paraphrase",
    "跟合作方的货款官司还没打完，对方就托关系让派出所把我们老板带走了，法律上允许这么干吗？",
    "不允许：办理案件应严格区分经济纠纷与经济犯罪，禁止利用行政或者刑事手段违法干预经济纠纷。",
    ["禁止利用行政或者刑事手段违法干预经济纠纷"],
    [E(PE, "第六十三条", "禁止利用行政或者刑事手段违法干预经济纠纷。")])

add("paraphrase",
    "我们是一家央企，今年招了一批应届生，入职培训里讲不讲合规是可以自己定的，还是必须讲？",
    "必须讲：中央企业应当将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容。",
    ["新入职人员培训必修内容"],
    [E(SOE, "第三十条", "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")])

# =========================================================================== paraphrase (en)

add("paraphrase",
    "We're a small parts supplier and a big manufacturer is months behind on paying us. Our contract "
    "never mentioned late fees. Can we still charge them for the delay, and at what rate?",
    "Yes: a large enterprise that pays an SME late must pay overdue interest; where the contract sets no "
    "rate, it is 0.05% (万分之五) per day.",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("paraphrase",
    "We're a privately owned company. Our bank suddenly stopped releasing the money it had agreed to lend "
    "us and demanded early repayment, although we hadn't broken any term of the agreement. Is the bank "
    "on the hook for that?",
    "Yes: a financial institution that breaches its agreement with a private borrower by unilaterally "
    "suspending lending or recalling a loan early bears liability for breach of contract.",
    ["依法承担违约责任"],
    [E(PE, "第二十四条", "单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任")],
    lang="en")

add("paraphrase",
    "A colleague in the civil service was sanctioned by the supervision commission and has asked it to "
    "look at the decision again. While that's pending, is the punishment put on hold?",
    "No: during a review (复审) or re-examination (复核), the original sanction decision continues to be "
    "enforced.",
    ["不停止原政务处分决定的执行"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。")],
    lang="en")

# =========================================================================== cross_lingual (en)

add("cross_lingual",
    "How long does a serious demerit stay in effect when it is imposed on a public official?",
    "The sanction period for a serious demerit (记大过) is eighteen months.",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；")],
    lang="en")

add("cross_lingual",
    "An official committed several separate violations and each one calls for the same kind of sanction "
    "short of dismissal. What is the longest combined sanction period that can be set?",
    "The period may be set between one sanction period and the sum of all of them, but never longer than "
    "48 months.",
    ["最长不得超过四十八个月"],
    [E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月")],
    lang="en")

add("cross_lingual",
    "When the authorities draft new rules that directly affect how companies operate, how long does the "
    "public normally get to comment on the draft?",
    "The public consultation period is generally no less than 30 days.",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日。")],
    lang="en")

add("cross_lingual",
    "I've filed a complaint that a large company hasn't paid my small business. Once the department "
    "handling it has my file, how long does it have to give me an outcome?",
    "It must reach a result within 30 days of receiving the complaint materials and reply in writing; in "
    "complex cases it may be extended with approval, to 90 days at most.",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人")],
    lang="en")

add("cross_lingual",
    "At a central state-owned enterprise, whose signature has to be on the compliance review opinion for "
    "a major decision?",
    "The chief compliance officer (首席合规官) must sign the compliance review opinion on major decisions.",
    ["由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="en")

add("cross_lingual",
    "What makes a business a 'private economic organization' under China's Private Economy Promotion Law?",
    "It is a for-profit legal person, unincorporated organization or individual business set up in China "
    "and controlled (by shareholding or de facto) by Chinese citizens, plus entities those in turn control.",
    ["由中国公民控股或者实际控制"],
    [E(PE, "第七十七条", "在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="en")

# =========================================================================== single (true premise)

add("single",
    "听说监察机关调查的时候，被调查的干部替自己辩解，不会因为辩解反而被处分得更重，对吗？",
    "对：不得因被调查人的申辩而加重政务处分。",
    ["不得因被调查人的申辩而加重政务处分"],
    [E(PS, "第四十三条", "不得因被调查人的申辩而加重政务处分。")])

add("single",
    "我们公司办政务服务，去大厅还是网上办可以自己挑，行政机关不能硬性规定只能走哪条路，对吗？",
    "对：市场主体有权自主选择政务服务办理渠道，行政机关不得限定办理渠道。",
    ["有权自主选择政务服务办理渠道", "不得限定办理渠道"],
    [E(BE, "第三十七条", "市场主体有权自主选择政务服务办理渠道，行政机关不得限定办理渠道。")])

add("single",
    "Government agencies and public institutions that buy from a small firm have to pay within 30 days of "
    "delivery, and even by contract they can't push that beyond 60 days, right?",
    "Right: they must pay within 30 days of delivery; a contract may agree otherwise, but the payment term "
    "may not exceed 60 days.",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="en")

add("single",
    "If an official who received a warning shows remorse and doesn't commit another violation, the "
    "sanction simply lapses when its period is over, right?",
    "Right: a sanction other than dismissal is lifted automatically when the sanction period expires, if "
    "the official has shown remorse and committed no new violation.",
    ["政务处分期满后自动解除"],
    [E(PS, "第二十六条", "并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
      "我们准备起诉一家大企业拖欠货款，诉讼费能不能减免或者先缓交？",
      ["诉讼费", "缓交"],
      "民营经济促进法第六十八条只要求法院对拖欠中小民营经济组织账款案件及时立案、审理、执行并可调解，"
      "款项支付条例第三十条只鼓励公益法律服务，没有任何条文涉及诉讼费用的减免或缓交。",
      present=["人民法院", "公益法律服务"])

unans("not_covered",
      "政府采购项目里，按民营经济促进法要给中小民营企业预留多大比例的份额？",
      ["预留", "份额"],
      "民营经济促进法第十四条只要求公共资源交易平等对待、不得限制或者排斥民营经济组织，"
      "没有规定预留份额或比例，其他文件也没有。",
      present=["政府采购", "平等对待"])

unans("not_covered",
      "我在央企的违规举报平台实名举报了一件事，平台多少天内必须给我答复？",
      ["答复"],
      "中央企业合规管理办法第二十四条规定设立举报平台、受理调查、为举报人保密和可给予奖励，"
      "但没有规定处理时限，也没有规定向举报人反馈的义务。",
      present=["违规举报", "举报人"])

unans("not_covered",
      "How long must a central SOE archive its compliance review files before they can be destroyed?",
      ["archive", "destroyed"],
      "The SOE compliance measures require compliance review as a mandatory step and compliance records in "
      "an information system (arts. 21, 33) but set no retention period for any file.",
      lang="en", present=["合规审查", "信息系统"])

unans("not_covered",
      "If a customer disputes that we're an SME, how many working days does the local authority have to "
      "rule on our size classification?",
      ["working days"],
      "Art. 29 of the SME payment regulation lets the party claiming SME status apply to the county-level "
      "SME department for a determination but sets no time limit for it; no other document does.",
      lang="en", present=["申请认定", "规模类型"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
      "监察机关负责人本人需要回避的，由同级党委决定，对吗？",
      ["同级党委"],
      "政务处分法第四十八条规定监察机关负责人的回避由上级监察机关决定，不是同级党委（错误的决定主体）。",
      present=["回避"],
      related=[E(PS, "第四十八条", "监察机关负责人的回避，由上级监察机关决定")])

unans("false_premise",
      "既然《中央企业合规管理办法》对所有企业都适用，那我们这家民营公司是不是也得设首席合规官？",
      ["所有企业", "民营公司"],
      "该办法第二条规定只适用于国资委履行出资人职责的中央企业（地方国资委参照指导所出资企业），"
      "不适用于民营企业，设首席合规官的要求也只针对中央企业（适用范围错误）。",
      present=["首席合规官", "民营经济组织"],
      related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业")])

unans("false_premise",
      "央企对举报属实的举报人是必须给奖励的，那奖励标准一般怎么定？",
      ["奖励标准"],
      "中央企业合规管理办法第二十四条规定对举报属实的举报人“可以”给予适当奖励，并非必须，"
      "也没有规定奖励标准（情态错误）。",
      present=["举报人", "适当奖励"],
      related=[E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")])

unans("false_premise",
      "Since government agencies and large companies are allowed to insist that small contractors pay "
      "their guarantee deposits in cash, how much do they usually ask for?",
      ["cash", "deposits"],
      "Art. 13 of the SME payment regulation says the opposite: agencies, public institutions and large enterprises must not "
      "restrict deposits to cash and must accept bank guarantees (wrong modality).",
      lang="en", present=["保证金", "保函"],
      related=[E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金")])

unans("false_premise",
      "退休干部要是被查出在职时收过钱，监察机关照样能给他记大过、降级这些政务处分，对吗？",
      ["退休干部"],
      "政务处分法第二十七条规定已经退休的公职人员有违法行为的不再给予政务处分，只可立案调查、"
      "调整待遇并处理违法所得（后果错误）。",
      present=["已经退休"],
      related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")])

unans("false_premise",
      "Which board committee does the chief compliance officer of a central SOE report to?",
      ["chief compliance officer", "board committee"],
      "The SOE compliance measures (art. 12) make the chief compliance officer, a post held by the general "
      "counsel, answerable to the enterprise's principal person in charge, not to the board or a board "
      "committee (wrong role).",
      lang="en", present=["首席合规官", "主要负责人负责"],
      related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

# =========================================================================== unanswerable: superseded

unans("superseded",
      "《保障中小企业款项支付条例》2020年版（修订前）对大型企业向中小企业付款的期限是怎么规定的？和现在有什么不同？",
      ["修订前", "2020年版"],
      "语料只收录2025年国务院令第802号修订后的条例文本，2020年国务院令第728号公布的原文不在语料中，无法说明修订前的规定。",
      present=["728号", "802号"])

unans("superseded",
      "What did the original 2020 version of the SME payment regulation say about how quickly complaints "
      "had to be handled?",
      ["original"],
      "The corpus holds only the regulation as revised in 2025 (State Council Order No. 802); the 2020 text "
      "(Order No. 728) is not in the corpus, so its complaint-handling rules cannot be stated.",
      lang="en", present=["728号", "802号"])

unans("superseded",
      "2018年国资委发的《中央企业合规管理指引（试行）》里，对合规委员会是怎么规定的？",
      ["合规管理指引", "试行"],
      "语料只有2022年的《中央企业合规管理办法》（国资委令第42号），此前的试行指引不在语料中。",
      present=["合规委员会", "第42号"])
