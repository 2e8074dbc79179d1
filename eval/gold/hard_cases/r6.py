"""Hard-case gold items, sixth round (see eval/gold/build_hard_cases.py): written blind, from the
documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable

# ---------------------------------------------------------------- 政务处分法 (PS)

add("cross_lingual",
    "Chinese New Year is coming and my boss wants to slip red envelopes stuffed with cash to the two "
    "tax officers who handle our account. 'It's just custom, everyone does it,' he says. If the "
    "officers take them, what could happen to them?",
    "Under art. 34 of the Public Official Sanctions Law, an official who accepts gifts, cash gifts, "
    "securities or other property that may affect the impartial exercise of public power is given a "
    "warning, a demerit or a major demerit; where the circumstances are relatively serious, demotion "
    "or removal from post; where they are serious, expulsion.",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的", "予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；"
                       "情节较重的，予以降级或者撤职；情节严重的，予以开除。")],
    lang="en")

add("paraphrase",
    "我们有个供应商是区住建局一位副局长的小舅子开的。副局长心里门儿清，一直默许他打着自己的旗号去各个工地揽活。"
    "真查出来的话，这位副局长会被怎么处理？",
    "政务处分法第三十三条：纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的，予以警告、记过或者记大过；"
    "情节较重的，予以降级或者撤职；情节严重的，予以开除。拒不按照规定纠正特定关系人违规从事经营活动且不服从职务调整的，予以撤职。",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的", "情节较重的，予以降级或者撤职"],
    [E(PS, "第三十三条", "有下列行为之一的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除"),
     E(PS, "第三十三条", "（三）纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的。")],
    lang="zh")

add("cross_lingual",
    "We'd like to bring on an engineer from the city water authority as a paid weekend 'technical "
    "adviser'. He'd keep his government job and we'd pay him a monthly retainer. What's his "
    "exposure under the sanctions law if he takes it without approval?",
    "Public Official Sanctions Law art. 36: engaging in profit-making activities, or holding a "
    "concurrent post and drawing pay, in violation of the rules is punished with a warning, a "
    "demerit or a major demerit; relatively serious cases with demotion or removal from post; "
    "serious cases with expulsion.",
    ["违反规定兼任职务、领取报酬的", "予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的，予以警告、记过或者记大过；"
                       "情节较重的，予以降级或者撤职；情节严重的，予以开除。")],
    lang="en")

add("single",
    "市场监管所有个科员每次来店里检查，都话里话外暗示要请吃饭、拿点货，不给就挑刺、拖着不办。"
    "按政务处分法，这种行为最重能处理到什么程度？",
    "属于政务处分法第三十八条第一款第二项“在管理服务活动中故意刁难、吃拿卡要”：情节较重的，予以警告、记过或者记大过；"
    "情节严重的，予以降级或者撤职；情节特别严重的，予以开除。",
    ["在管理服务活动中故意刁难、吃拿卡要的", "情节严重的，予以降级或者撤职", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "有下列行为之一，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职"),
     E(PS, "第三十八条", "（二）在管理服务活动中故意刁难、吃拿卡要的；"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除。")],
    lang="zh")

add("cross_lingual",
    "Internal audit found that a bureau director who signed off our land deal in 2022 took "
    "'consulting fees' from our former sales VP. He retired last year. A colleague insists the "
    "sanctions law can't touch him any more because he's retired. Is she right?",
    "Only partly. Under art. 27 a retired official is no longer given a governmental sanction for "
    "wrongdoing before or after retirement, but a case can still be opened and investigated; where "
    "demotion, removal or expulsion would be due, the benefits he enjoys are adjusted accordingly, "
    "and his illegal gains are handled under art. 25 (confiscated, recovered or ordered returned).",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="en")

# ---------------------------------------------------------------- 中小企业款项支付条例 (SME)

add("single",
    "我们是家小公司，客户是一家大型国企。这批货款对方说只能给我们开一张六个月后到期的商业承兑汇票，不收票就一直挂着不付。"
    "按《保障中小企业款项支付条例》，他们能这么做吗？",
    "不能。条例第十一条：使用商业汇票等非现金支付方式应当在合同中明确、合理约定，不得强制中小企业接受商业汇票、"
    "应收账款电子凭证等非现金支付方式，也不得利用这些方式变相延长付款期限。",
    ["不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式",
     "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限。")],
    lang="zh")

add("multi",
    "We're a small firm that installed a ventilation system for a public hospital. The contract says "
    "they'll inspect within 15 days of installation and pay after acceptance, but it's been three "
    "months and they keep postponing the inspection. The contract says nothing about late interest. "
    "When does their payment clock actually start, and what interest can we ask for?",
    "SME payment regulation art. 10: if the buyer delays inspection/acceptance, the payment term runs "
    "from the expiry of the agreed inspection period (day 15 here); a public institution must pay "
    "within 30 days (art. 9). Late payment carries overdue interest, and with no agreed rate it is "
    "0.05% per day (art. 17).",
    ["付款期限自约定的检验或者验收期限届满之日起算", "30日内支付款项", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算。"),
     E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息。"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息。")],
    lang="en")

add("paraphrase",
    "我们是个小施工队，接了一家大型建筑集团的分包活。对方要我们先交20万押金才让进场，还说只认现金转账，"
    "银行给我们出的担保函他们不要。这合规吗？",
    "不合规。条例第十三条：工程建设中除投标、履约、工程质量、农民工工资四类依法设立的保证金外，不得以任何形式收取其他保证金；"
    "大型企业不得将保证金限定为现金，中小企业以金融机构出具的保函提供保证的，应当接受。",
    ["工程建设中不得以任何形式收取其他保证金", "不得将保证金限定为现金", "机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金外，工程建设中不得以任何形式收取其他保证金。"),
     E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。中小企业以金融机构出具的保函等提供保证的，"
                      "机关、事业单位和大型企业应当接受。")],
    lang="zh")

add("paraphrase",
    "We're a small parts supplier. To get cash sooner, our bank will lend against what a big carmaker "
    "owes us, but only once the carmaker signs a letter confirming the debt. We asked five weeks ago "
    "and they're just ignoring it. Are they allowed to sit on it?",
    "No. Under SME payment regulation art. 16, when an SME seeks financing with its receivables, the "
    "large enterprise must confirm the creditor-debtor relationship within 30 days of the SME's "
    "confirmation request.",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系，"
                      "支持中小企业融资。")],
    lang="en")

add("single",
    "我在做审计底稿，要核对一个说法：机关、事业单位每年得把上一年度逾期没付给中小企业的钱对外公开。截止日期是哪天？公开哪些信息、通过什么方式？",
    "条例第十八条：机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，"
    "通过网站、报刊等便于公众知晓的方式公开。",
    ["每年3月31日前", "合同数量、金额等信息", "通过网站、报刊等便于公众知晓的方式公开"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"
                      "通过网站、报刊等便于公众知晓的方式公开。")],
    lang="zh")

# ---------------------------------------------------------------- 政府守信 (PE / BE / NDRC)

add("multi",
    "区里换了新班子。前任区长招商时书面承诺给我们三年厂房租金补贴，现在新领导说“那是上一届定的，我们不认”。"
    "这样做有依据吗？我们能主张什么？",
    "没有依据。民营经济促进法第七十条（及优化营商环境条例第三十一条）：地方政府应当履行依法作出的政策承诺和订立的合同，"
    "不得以政府换届、相关人员更替等为由违约、毁约；第七十三条：不履行的，由有权机关予以纠正，造成损失的依法赔偿，"
    "对负有责任的人员依法给予处分。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "由有权机关予以纠正，造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺和与民营经济组织订立的合同"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约。"),
     E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的，"
                       "由有权机关予以纠正，造成损失的，依法予以赔偿"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="zh")

add("cross_lingual",
    "我们想投诉地方政府签了招商协议又不履行。发改委那份关于政务诚信履约机制的通知里，列了哪些可以投诉的渠道？",
    "通知第二部分第（1）项：省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部“违约拖欠中小企业款项登记（投诉）平台”、"
    "地方12345政务服务热线、营商环境投诉平台、信访部门等渠道，设立或完善违约失信投诉专栏，受理涉及政府部门的投诉；"
    "范围包括招商引资等领域政府与民营企业签订的协议和合同。",
    ["local 12345 government service hotlines", "business environment complaint platforms", "investment promotion"],
    [E(NDRC, "II.(1)", "should rely on their credit websites"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments"),
     E(NDRC, "II.(1)", "bidding, investment promotion, government-social capital cooperation")],
    lang="zh")

add("single",
    "For a trainee session: once a prefecture-level city has a government dishonesty record, what "
    "does the NDRC itself do to that city under its 2023 notice?",
    "Section III.(4): the NDRC cancels the city's eligibility for awards and pilot demonstrations in "
    "the development and reform system, increases the weight of its city credit monitoring "
    "deductions, and cancels its title or eligibility as a social credit demonstration zone.",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones of social credit system")],
    lang="en")

add("multi",
    "We're a private company that built a sewage plant under a PPP deal with a county government. The "
    "county stopped paying the agreed fees, we complained, and it was confirmed as breach of contract "
    "and dishonesty. Now the county says it will pay everything it owes. Does the dishonesty record "
    "stay on file forever?",
    "No. PPP (government-social capital cooperation) agreements are within the notice's scope "
    "(II.(1)), and under III.(6), once the identifying department confirms the dishonest behaviour "
    "has been corrected and performance completed, the dishonesty records should be promptly restored "
    "and the punishment measures terminated.",
    ["government-social capital cooperation", "relevant dishonesty records should be promptly restored",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "bidding, investment promotion, government-social capital cooperation"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated.")],
    lang="en")

add("multi",
    "The township government sent a notice to every private factory in our industrial park: each must "
    "'contribute' 50,000 yuan toward a new town square, and firms that don't pay 'may find approvals "
    "slower'. Can they make us pay? Can we simply refuse?",
    "No, and yes. The Private Economy Promotion Law art. 61 forbids any unit to charge private firms "
    "fees in breach of laws or to apportion (摊派) property on them, and the Optimizing Business "
    "Environment Regulations art. 14 prohibits demands for money, goods or labour outside what laws "
    "and regulations provide and gives market entities the right to refuse any form of apportionment.",
    ["不得向民营经济组织摊派财物", "市场主体有权拒绝任何形式的摊派"],
    [E(PE, "第六十一条", "任何单位不得违反法律、法规向民营经济组织收取费用，不得实施没有法律、法规依据的罚款，"
                       "不得向民营经济组织摊派财物。"),
     E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为。市场主体有权拒绝任何形式的摊派。")],
    lang="en")

# ---------------------------------------------------------------- 中央企业合规管理办法 (SOE)

add("single",
    "下周给新入职的同事讲央企合规课，想确认两点：合规审查是可做可不做的吗？重大决策的合规审查意见最后由谁签字？",
    "中央企业合规管理办法第二十一条：合规审查是必经程序，应嵌入经营管理流程；重大决策事项的合规审查意见应当由首席合规官签字，"
    "对决策事项的合规性提出明确意见。",
    ["将合规审查作为必经程序嵌入经营管理流程", "重大决策事项的合规审查意见应当由首席合规官签字"],
    [E(SOE, "第二十一条", "中央企业应当将合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规审查意见应当由首席合规官签字，"
                        "对决策事项的合规性提出明确意见。")],
    lang="zh")

add("paraphrase",
    "At our central SOE, an engineer tipped off the compliance team that a procurement manager was "
    "pocketing kickbacks, and it checked out. She's now worried her name will leak and her boss will "
    "make her life hard. What does the company owe her, and can she get anything for speaking up?",
    "Under art. 24 of the Central SOE Compliance Measures, the company must keep the whistleblower's "
    "identity and the matter reported strictly confidential, may give an appropriate reward where the "
    "report proves true, and no unit or person may retaliate against her in any form.",
    ["对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励", "任何单位和个人不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励。"
                        "任何单位和个人不得以任何形式对举报人进行打击报复。")],
    lang="en")

add("multi",
    "我们是一家央企，海外子公司因为违规被一个国际组织列入了制裁名单，可能造成重大资产损失。内部该由谁牵头应对？"
    "要不要向国资委报告？如果查下来是合规管理不到位造成的，国资委会怎么处理？",
    "办法第二十二条：被国际组织制裁等重大合规风险事件，由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合，"
    "并按规定及时向国资委报告。第三十七条：因合规管理不到位引发违规行为的，国资委可以约谈企业并责成整改；"
    "造成损失或者不良影响的，依规开展责任追究。",
    ["应当由首席合规官牵头", "及时向国资委报告", "国资委可以约谈相关企业并责成整改"],
    [E(SOE, "第二十二条", "或者被国际组织制裁等重大合规风险事件，造成或者可能造成企业重大资产损失或者严重不良影响的"),
     E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合，及时采取措施妥善应对。"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告。"),
     E(SOE, "第三十七条", "中央企业违反本办法规定，因合规管理不到位引发违规行为的，国资委可以约谈相关企业并责成整改；"
                        "造成损失或者不良影响的，国资委根据相关规定开展责任追究。")],
    lang="zh")

# ---------------------------------------------------------------- 广州政商交往指引报道 (GZ)

add("cross_lingual",
    "广州纪委出的政商交往场景指引，两批加起来一共覆盖多少个场景？碰到指引里没写到的情况，起草组的人说应该怎么判断？",
    "据报道，两批指引共覆盖33个场景，无法涵盖所有情形；起草组成员王玉群说，判断的核心是区分“为公”还是“为私”"
    "（acting for the public good / for personal gain），关键看行为能否“摆上桌面”（put on the table）。",
    ["the 33 scenarios covered in the two batches of the Guidelines",
     "“acting for the public good” and “acting for personal gain”", "“put on the table”"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("paraphrase",
    "We signed an investment deal with a Guangzhou district promising a certain output by 2026, but new "
    "export controls wiped out half our orders and we're going to miss it. Going by what was said about "
    "the Guangzhou government-business guidelines at that lecture hall, are we simply in breach, or is "
    "there some give?",
    "According to the report (Chen Lin on the second batch of the Guidelines), if an enterprise fails "
    "to complete its targets due to objective reasons it can negotiate adjustments and enjoy a grace "
    "period, and if an agreement cannot be fulfilled due to policy changes, procedures can be rectified "
    "or a transition period set.",
    ["it can negotiate adjustments and enjoy a grace period", "a transition period can be set"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(GZ, "¶18", "if an agreement cannot be fulfilled due to policy changes"),
     E(GZ, "¶18", "procedures can be rectified or a transition period can be set")],
    lang="en")

# =========================================================================== unanswerable

# ---------------------------------------------------------------- not_covered

unans("not_covered",
    "Mid-Autumn Festival is next week and sales wants to send every official at the district commerce "
    "bureau a box of mooncakes worth about 300 yuan. Is there an official yuan limit below which a gift "
    "to an official is fine?",
    ["mooncake", "Mid-Autumn", "月饼", "元以下"],
    "PS art. 34 sanctions giving or accepting gifts 'that may affect the impartial exercise of public "
    "power' but sets no value threshold; the GZ report only says the first batch of Guidelines answers "
    "'what meals can be eaten'; no document gives a yuan limit for gifts.",
    lang="en", present=["礼品", "礼金"])

unans("not_covered",
    "广州那套政商交往场景指引里，干部到企业调研，企业食堂的工作餐每人最多能花多少钱？能不能上酒？",
    ["工作餐", "每人每餐", "饮酒"],
    "The GZ report only says the first batch of Guidelines deals with 'what meals can be eaten and what "
    "vehicles can be taken', without any content; PS art. 35 punishes over-standard official reception "
    "without a figure. No meal cap or alcohol rule is in any document.",
    lang="zh", present=["meals", "公务接待"])

unans("not_covered",
    "We want to file a complaint about a big customer that owes us 400,000 yuan past due. Under the SME "
    "payment regulation, is there a fee to file, and what documents do we have to attach?",
    ["filing fee", "受理费", "投诉材料清单"],
    "SME arts. 24-25 set up the complaint channels, the 10-working-day transfer and 30/90-day handling "
    "limits, and require the complainant to have a contract with the respondent; no fee and no list of "
    "documents are given.",
    lang="en", present=["投诉材料", "受理投诉部门"])

unans("not_covered",
    "央企业务部门设的合规管理员，办法要求持什么证上岗？每年至少要培训多少学时？",
    ["学时", "资格证书", "持证上岗"],
    "SOE art. 13 only says compliance liaisons are drawn from business backbone staff and receive "
    "guidance and training from the compliance department; art. 30 requires an annual training plan. "
    "No certificate or hour requirement is stated.",
    lang="zh", present=["合规管理员", "年度培训计划"])

unans("not_covered",
    "A supervisory commission has opened a case on the official who approved our building permit. Under "
    "the Public Official Sanctions Law, within how many months must it finish the investigation and "
    "decide?",
    ["调查期限", "结案期限", "investigation period"],
    "PS arts. 42-44 set the investigation procedure (two investigators, hearing the person, outcomes) "
    "but no time limit; the one-month limit in art. 54 is for personnel departments to change post and "
    "pay after a demotion-or-heavier decision.",
    lang="en", present=["立案调查", "一个月内"])

unans("not_covered",
    "我们合作过的一个处长被记过了，他说不服要申请复审。按政务处分法，收到决定书后多少天内必须提出复审？复审机关又要在多少天内答复？",
    ["日内提出复审", "复审期限", "复审决定期限"],
    "PS art. 45(4) only requires the decision to state the route and time limit for review, and art. 55 "
    "gives the right to review and re-examination; the law itself fixes no number of days for applying "
    "or deciding.",
    lang="zh", present=["申请复审", "复审、复核的途径和期限"])

unans("not_covered",
    "We complained that a city government tore up our investment-promotion agreement. Under the NDRC "
    "integrity notice, how many working days does the superior department have to verify the complaint "
    "and tell us the result?",
    ["working days", "business days"],
    "NDRC II.(2) only says provincial credit departments should 'immediately transfer' clues and the "
    "identifying department should 'promptly' give feedback; no time limit in days. (The SME "
    "regulation's day limits concern complaints about unpaid SME payments, not this.)",
    lang="en", present=["immediately transfer", "promptly provide feedback"])

unans("not_covered",
    "工程完工后，总包（大型企业）按合同扣了我们结算价的10%当质量保证金。条例规定质保金比例最高是多少？",
    ["百分之三", "3%", "结算总额"],
    "SME art. 13 lists the 工程质量保证金 as lawful and says its ratio and method must comply with laws "
    "and state rules, and requires timely accounting and refund after the guarantee period; no "
    "percentage cap is stated anywhere.",
    lang="zh", present=["工程质量保证金", "收取比例"])

# ---------------------------------------------------------------- false_premise

unans("false_premise",
    "The deputy director we work with at the land bureau was just demoted. My manager says a demotion "
    "sanction runs for 36 months, so he can't be promoted until 2028. Can we plan around that?",
    ["36 months", "三十六个月"],
    "PS art. 8 sets the demotion (and removal) period at 24 months, not 36; 48 months is only the cap "
    "for combining several identical sanctions (art. 15).",
    lang="en",
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
    "央企合规管理办法规定首席合规官直接对董事会负责，那董事会每年要听几次首席合规官的专题汇报？",
    ["对董事会负责", "专题汇报"],
    "SOE art. 12: the chief compliance officer is held by the general legal counsel and is responsible "
    "to the enterprise's principal person in charge, not the board; art. 8 has the board approve the "
    "annual compliance report, with no reporting frequency for the CCO.",
    lang="zh",
    related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "A county told us it can't honour our incentive agreement because the officials who signed it have "
    "all been transferred, and it says the NDRC notice treats personnel changes like force majeure that "
    "excuses performance. What proof does the county need to show to be excused?",
    ["force majeure", "不可抗力", "excused"],
    "NDRC II.(2) says the opposite: failure to perform due to institutional adjustments, personnel "
    "changes and other reasons is regarded as breach of contract and dishonesty (also PE art. 70, BE "
    "art. 31).",
    lang="en",
    related=[E(NDRC, "II.(2)", "due to institutional adjustments, personnel changes, and other reasons"),
             E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty.")])

unans("false_premise",
    "朋友开了家个体户小店，给区里一个事业单位供货，被拖了半年款。他听人说《民营经济促进法》里的“民营经济组织”只算公司，"
    "个体户不算，所以用不上这部法。那个体户该找哪部法来催款？",
    ["个体户不算", "不包括个体工商户"],
    "PE art. 77 defines 民营经济组织 to include individual industrial and commercial households "
    "(个体工商户), so the premise is wrong; PE art. 67 covers public institutions' payments to them.",
    lang="zh",
    related=[E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、"
                              "非法人组织和个体工商户")])

unans("false_premise",
    "Our liaison at the customs office got a major demerit and has applied for a review. He says the "
    "sanction is on hold while the review is pending, so he can still be put up for promotion this "
    "quarter. How long does a review like that usually take?",
    ["复审期限", "复核期限", "on hold"],
    "PS art. 56: execution of the original sanction is not suspended during review or re-examination "
    "(and art. 19 bars promotion during the sanction period); the law gives no duration for the review.",
    lang="en",
    related=[E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。")])

unans("false_premise",
    "办环评审批的时候，区里审批部门的人给我们推荐了一家“指定”中介，说营商环境条例允许审批部门给企业指定中介机构，"
    "只要收费公开就行。这类中介一般收多少钱？",
    ["中介费", "环评"],
    "BE art. 43 says the opposite: administrative organs may not designate or covertly designate "
    "intermediary service agencies for market entities; no fee level is given anywhere.",
    lang="zh",
    related=[E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构")])

unans("false_premise",
    "Our customer is a large state-owned construction group. Their finance team says the SME payment "
    "regulation lets state-owned firms insist that final settlement wait for the government audit "
    "office's result, since it's public money. Which article gives them that right, and how long may "
    "the audit take?",
    ["审计期限", "audit period"],
    "SME art. 12 says the opposite: agencies, public institutions and large SOEs may not compel use of "
    "the audit organ's results as the settlement basis unless a law or administrative regulation "
    "provides otherwise (also art. 14, PE art. 67); no audit duration is given.",
    lang="en",
    related=[E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。")])

# ---------------------------------------------------------------- out_of_domain

unans("out_of_domain",
    "I'm 35 with about 400,000 yuan in savings. Should I pay down my mortgage early or put the money "
    "into an index fund?",
    ["mortgage", "index fund", "房贷"],
    "Personal finance; none of the documents deals with it.",
    lang="en")

unans("out_of_domain",
    "公司的商务车在高速上被电子眼拍到超速30%，开车的是司机小王。他驾照要扣几分、罚多少钱？",
    ["超速", "扣分", "驾驶证"],
    "Traffic offence for a company driver; outside the documents.",
    lang="zh", present=["罚款"])

unans("out_of_domain",
    "We're closing our Dongguan plant and laying off 80 workers. How many months' wages of severance do we "
    "owe per year of service, and do we have to notify the labour bureau first?",
    ["severance", "经济补偿", "裁员"],
    "Labour law (mass layoffs, severance); the documents only mention labour rights in general terms.",
    lang="en", present=["劳动用工", "劳动者合法权益"])

unans("out_of_domain",
    "网上买了台冰箱，送来发现门上有个凹痕，商家说拆了包装就不能七天无理由退货了。我该怎么维权？",
    ["七天无理由", "退货", "冰箱"],
    "Consumer dispute; BE art. 9 mentions consumer-rights duties only in passing.",
    lang="zh", present=["消费者权益保护"])

unans("out_of_domain",
    "下周去广州出差，帮我推荐几家早茶店，再说说从天河坐地铁到白云机场要多久。",
    ["早茶", "白云机场", "天河"],
    "Travel tips for Guangzhou; the GZ report mentions Guangzhou Metro only as a company.",
    lang="zh", present=["Guangzhou Metro"])

# ---------------------------------------------------------------- superseded

unans("superseded",
    "2020年那版《保障中小企业款项支付条例》（国务院令第728号）里，大型企业的付款期限是怎么规定的？跟2025年修订后的比改了什么？",
    ["修订前", "原条例"],
    "The corpus holds only the 2025 revised text (Order No. 802, effective 2025-06-01); the 2020 text is "
    "not in the corpus, so what changed cannot be stated.",
    lang="zh", present=["国务院令第728号", "国务院令第802号"])

unans("superseded",
    "Has the State Council amended the Regulations on Optimizing the Business Environment since they took "
    "effect in 2020? What did the amendment change about governments breaking contracts?",
    ["amended", "amendment", "修正"],
    "The corpus has only the 2019 text (Order No. 722, effective 2020-01-01); no later amendment is in "
    "any document.",
    lang="en", present=["国务院令第722号"])

unans("superseded",
    "Before the 2022 Compliance Measures, SASAC's 2018 trial guidelines on compliance management of "
    "central SOEs applied. Under those 2018 guidelines, who chaired the compliance committee?",
    ["2018", "trial guidelines", "试行"],
    "The corpus has only the 2022 Measures (SASAC Order No. 42, effective 2022-10-01); the earlier "
    "guidelines are not in any document.",
    lang="en", present=["合规委员会", "2022年10月1日"])

unans("superseded",
    "广州市纪委今年出第三批政商交往场景指引了吗？第三批新增了哪些场景？",
    ["第三批", "third batch"],
    "The GZ report (December 2025) mentions only two batches of the Guidelines (33 scenarios); nothing "
    "about a third.",
    lang="zh", present=["second batch", "two batches"])
