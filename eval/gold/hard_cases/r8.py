"""Hard-case gold items, eighth round (see eval/gold/build_hard_cases.py): terse questions, written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== single (5 zh, 5 en)

add("single",
    "记大过处分期多长？",
    "十八个月。《公职人员政务处分法》第八条：记大过的政务处分期为十八个月；政务处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算。")],
    lang="zh")

add("single",
    "首席合规官由谁担任？",
    "《中央企业合规管理办法》第十二条：中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["由总法律顾问兼任", "不新增领导岗位和职数"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "公开征求意见期限多久？",
    "《优化营商环境条例》第六十二条：制定与市场主体生产经营活动密切相关的行政法规、规章、行政规范性文件，向社会公开征求意见的期限一般不少于30日。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "欠款投诉多久出处理结果？",
    "《保障中小企业款项支付条例》第二十五条：处理投诉部门应当自收到投诉材料之日起30日内形成处理结果；情况复杂或有特殊原因的，经部门负责人批准可适当延长，但最长不得超过90日。",
    ["自收到投诉材料之日起30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "个体工商户能转成企业吗？",
    "可以。《民营经济促进法》第四十八条：个体工商户可以自愿依法转型为企业，登记机关、税务机关和有关部门为其转型提供指引和便利。",
    ["个体工商户可以自愿依法转型为企业"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业。登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利。")],
    lang="zh")

add("single",
    "What happens if a complained-about department refuses to rectify?",
    "Item II.(2) of the NDRC notice: those who refuse to rectify shall be confirmed as breach of contract and dishonesty by the identifying department.",
    ["shall be confirmed as breach of contract and dishonesty by the identifying department"],
    [E(NDRC, "II.(2)", "refuse to rectify shall be confirmed as breach of contract and dishonesty")],
    lang="en")

add("single",
    "When are government dishonesty records restored?",
    "Item III.(6) of the NDRC notice: once the identifying department confirms the dishonest behaviour has been corrected and performance completed, the dishonesty records should be promptly restored and punishment measures terminated.",
    ["the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("single",
    "When was the GBA Integrity and Compliance Association founded?",
    "On April 16, 2021 (the Guangzhou report's milestones; it also says the association was established in 2021).",
    ["April 16, 2021"],
    [E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity")],
    lang="en")

add("single",
    "How many industry sectors do the GBA association's members span?",
    "29 industry sectors, including biomedicine, automobile manufacturing, transportation, e-commerce platforms, investment and finance, and information technology (Guangzhou report, 'Member Composition').",
    ["29 industry sectors"],
    [E(GZ, "¶34", "It covers 29 industry sectors including biomedicine")],
    lang="en")

add("single",
    "What administrative dishonesty does the NDRC notice target?",
    "Section I of the NDRC notice: administrative dishonesty such as frequent policy changes, new officials ignoring previous commitments, damaging fair market transactions, and harming enterprise interests.",
    ["frequent policy changes", "new officials ignoring previous commitments"],
    [E(NDRC, "I.", "such as frequent policy changes, new officials ignoring previous commitments")],
    lang="en")

# =========================================================================== paraphrase (3 zh, 3 en)

add("paraphrase",
    "挨了处分还能涨工资吗？",
    "看处分种类。《公职人员政务处分法》第十九条：公务员在政务处分期内不得晋升职务、职级、衔级和级别；被记过、记大过、降级、撤职的，不得晋升工资档次（受警告的不在此列）；被撤职的还要降低工资和待遇。",
    ["被记过、记大过、降级、撤职的，不得晋升工资档次"],
    [E(PS, "第十九条", "公务员以及参照《中华人民共和国公务员法》管理的人员在政务处分期内，不得晋升职务、职级、衔级和级别；其中，被记过、记大过、降级、撤职的，不得晋升工资档次。")],
    lang="zh")

add("paraphrase",
    "工程押金只能交现金吗？",
    "不能限定为现金。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受。",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。")],
    lang="zh")

add("paraphrase",
    "网上有人造谣抹黑公司怎么办？",
    "《民营经济促进法》第五十九条：人格权益受到恶意侵害的民营经济组织及其经营者有权依法向人民法院申请责令行为人停止有关行为；造成实际损失的，侵权人依法承担赔偿责任。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "人格权益受到恶意侵害的民营经济组织及其经营者有权依法向人民法院申请采取责令行为人停止有关行为的措施。"),
     E(PE, "第五十九条", "侵权人依法承担赔偿责任")],
    lang="zh")

add("paraphrase",
    "Are managers blamed if a careful investment loses money?",
    "Not necessarily. Per the Guangzhou Guidelines (as described in the report), if an investment made with due diligence and through compliant decision-making procedures incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from liability.",
    ["the relevant personnel may be exempted from liability", "made with due diligence and through compliant decision-making procedures"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

add("paraphrase",
    "Do broken government promises cost localities central funding?",
    "Yes. Item III.(4) of the NDRC notice: for entities with dishonesty records the NDRC will restrict support from central budget funds, limit applications for local government special bonds and restrict recommendations for financing projects.",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

add("paraphrase",
    "Quick test for whether dealing with officials crosses the line?",
    "Per the Guidelines drafter quoted in the Guangzhou report: distinguish between acting for the public good and acting for personal gain; the key is whether the actions can be \"put on the table\".",
    ["acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# =========================================================================== cross_lingual (3 zh -> English docs, 3 en -> Chinese docs)

add("cross_lingual",
    "政府违约投诉涵盖哪些领域？",
    "国家发展改革委通知第二部分第（1）项：违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为。",
    ["government procurement, bidding, investment promotion", "industrial support, government investment"],
    [E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="zh")

add("cross_lingual",
    "广州政商交往指引共几个场景？",
    "两批《指引》共涵盖33个场景（广州讲堂报道），但报道也指出这33个场景无法涵盖所有情形。",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches")],
    lang="zh")

add("cross_lingual",
    "政府失信记录会影响哪些考核？",
    "国家发展改革委通知第三部分第（3）项：推动将失信记录纳入相关政府部门绩效考核指标；发展改革委将政府失信记录适当纳入营商环境评价和高质量发展综合绩效评价。",
    ["performance evaluation indicators of relevant government departments", "business environment evaluations"],
    [E(NDRC, "III.(3)", "performance evaluation indicators of relevant government departments"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")],
    lang="zh")

add("cross_lingual",
    "Does appealing a sanction suspend it?",
    "No. Public Official Sanctions Law art. 56: during review (复审) or re-examination (复核) the original sanction decision continues to be executed, and an official may not be given a heavier sanction for applying.",
    ["复审、复核期间，不停止原政务处分决定的执行", "公职人员不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。"),
     E(PS, "第五十六条", "公职人员不因提出复审、复核而被加重政务处分。")],
    lang="en")

add("cross_lingual",
    "Can whistleblowers at central SOEs be rewarded?",
    "Yes. SASAC Central SOE Compliance Measures art. 24: the enterprise must keep the whistleblower's identity confidential and may give appropriate rewards to whistleblowers whose reports prove true; retaliation is prohibited.",
    ["对举报属实的举报人可以给予适当奖励", "对举报人的身份和举报事项严格保密"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励。任何单位和个人不得以任何形式对举报人进行打击报复。")],
    lang="en")

add("cross_lingual",
    "How soon must buyers confirm receivables for SME financing?",
    "Within 30 days. SME Payment Regulations art. 16: where an SME finances with accounts receivable, government bodies, public institutions and large enterprises must confirm the debt within 30 days of the SME's confirmation request.",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。")],
    lang="en")

# =========================================================================== multi (2 zh, 2 en)

add("multi",
    "撤职处分期多久？期满能复原职吗？",
    "《公职人员政务处分法》第八条：撤职的处分期为二十四个月。第二十六条：处分期满后自动解除，但解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇。",
    ["降级、撤职，二十四个月", "解除降级、撤职的，不恢复原职务"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第二十六条", "但是，解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇。")],
    lang="zh")

add("multi",
    "大企业付款几天？验收的从哪天算？",
    "《保障中小企业款项支付条例》第九条：大型企业应当自交付之日起60日内支付中小企业款项（合同另有约定的从其约定，但须合理约定）。第十条：约定以检验或者验收合格作为付款条件的，付款期限自检验或者验收合格之日起算；拖延检验验收的，自约定期限届满之日起算。",
    ["自货物、工程、服务交付之日起60日内支付款项", "付款期限应当自检验或者验收合格之日起算"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算")],
    lang="zh")

add("multi",
    "Who verifies dishonesty complaints, and who evaluates that work?",
    "NDRC notice II.(2): provincial credit leading departments transfer complaint clues to the superior or competent departments of the complained entities, which verify and identify them. IV.(7): the NDRC evaluates handling and identification efficiency through spot checks, third-party investigations and cross-checks, and notifies the provinces.",
    ["superior or competent departments of the complained entities", "spot checks, third-party investigations, cross-checks"],
    [E(NDRC, "II.(2)", "superior or competent departments of the complained entities for verification"),
     E(NDRC, "IV.(7)", "evaluate key tasks such as the handling and identification efficiency"),
     E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods")],
    lang="en")

add("multi",
    "How does the NDRC find dishonesty clues and expose cases?",
    "NDRC notice IV.(8): it monitors through communication mechanisms with private enterprises, big data monitoring and monitoring points at representative private enterprises, passing clues to the locality. IV.(9): cases of serious or repeated dishonesty and strong public complaints are publicized on the \"Credit China\" website and exposed through news media.",
    ["big data monitoring", "publicize them on the \"Credit China\" website"],
    [E(NDRC, "IV.(8)", "communication mechanisms with private enterprises, big data monitoring"),
     E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")],
    lang="en")

# =========================================================================== not_covered (3 zh, 3 en)

unans("not_covered",
    "首席合规官任期几年？",
    ["任期"],
    "SOE art. 12 only says central SOEs set up a chief compliance officer, concurrently held by the general counsel, without new leadership posts; no document gives a term of office.",
    lang="zh", present=["首席合规官"])

unans("not_covered",
    "逾期利息利率上限多少？",
    ["利率上限", "最高利率"],
    "SME art. 17 sets only a floor for an agreed late-payment rate (not below the 1-year LPR at signing) and a default of 0.05% per day when none is agreed; no document sets a maximum rate.",
    lang="zh", present=["逾期利息", "万分之五"])

unans("not_covered",
    "合规管理员要持证上岗吗？",
    ["持证上岗", "资格证书", "职业资格"],
    "SOE art. 13 says compliance administrators in business departments are held by business backbone staff and receive guidance and training from the compliance department; no document requires a certificate or qualification.",
    lang="zh", present=["合规管理员"])

unans("not_covered",
    "How many member companies does the GBA association have?",
    ["member companies", "members in total", "number of members"],
    "The Guangzhou report says the association brings together benchmark enterprises across 29 industry sectors and that the lecture drew over 100 guests, but gives no member count.",
    lang="en", present=["Member Composition", "29 industry sectors"])

unans("not_covered",
    "Deadline for rectifying a verified government breach?",
    ["working days", "rectification deadline", "within 30 days"],
    "NDRC II.(2) says the identifying department should 'immediately promote rectification' and that refusal leads to confirmation of dishonesty, but sets no number of days; the nearest figure elsewhere, SME art. 25's 30 days (max 90) to produce a result on an SME arrears complaint, is a complaint-handling period, not a rectification deadline.",
    lang="en", present=["rectification"])

unans("not_covered",
    "GBA association annual membership fee?",
    ["membership fee", "annual fee", "membership dues"],
    "The Guangzhou report describes the association's members, think tank and services but says nothing about fees or dues.",
    lang="en", present=["Member Composition"])

# =========================================================================== false_premise (2 zh, 2 en)

unans("false_premise",
    "政府换届为何就能毁约？",
    ["换届后可以不履行", "换届可以违约"],
    "The premise is wrong: PE art. 70 (and BE art. 31) forbid local governments to breach or repudiate contracts on grounds of a change of government term, institutional adjustment or personnel change; changes for public interest must follow legal procedure with compensation.",
    lang="zh", present=["政府换届"],
    related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
             E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")])

unans("false_premise",
    "退休后被记过怎么算处分期？",
    ["对退休人员给予记过", "退休人员的政务处分期"],
    "The premise is wrong: PS art. 27 says retired public officials are no longer given 政务处分 (so no 记过 period runs); they may be investigated and, where demotion/dismissal would be due, their benefits adjusted.",
    lang="zh", present=["已经退休"],
    related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")])

unans("false_premise",
    "Why must SMEs accept commercial bills as payment?",
    ["必须接受商业汇票", "应当接受商业汇票"],
    "The premise is wrong: SME art. 11 forbids government bodies and large enterprises to force SMEs to accept commercial bills or other non-cash payment, or to use them to extend payment terms; non-cash payment must be agreed in the contract.",
    lang="en", present=["商业汇票"],
    related=[E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")])

unans("false_premise",
    "Why do dishonesty records stay even after correction?",
    ["permanently", "permanent"],
    "The premise is wrong: NDRC III.(6) says once the identifying department confirms the behaviour corrected and performance completed, dishonesty records should be promptly restored and punishment measures terminated (PE art. 54 also provides for credit restoration).",
    lang="en", present=["credit restoration"],
    related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

# =========================================================================== out_of_domain (2 zh, 2 en)

unans("out_of_domain",
    "银行定期存款利息怎么算？",
    ["定期存款", "存款利率"],
    "Personal banking question; the only interest in the corpus is late-payment interest owed to SMEs (SME art. 17).",
    lang="zh", present=["利息"])

unans("out_of_domain",
    "信用卡逾期影响征信吗？",
    ["信用卡"],
    "Personal consumer-credit question; the corpus mentions 逾期 only for overdue payments to SMEs and 征信 only for financing of private economic organisations (PE art. 26).",
    lang="zh", present=["逾期", "征信"])

unans("out_of_domain",
    "How do I complain about a noisy neighbour?",
    ["neighbour", "noisy"],
    "Neighbourhood dispute; the corpus's complaint channels concern government breach of contract (NDRC II.(1)) and SME arrears.",
    lang="en", present=["complaint"])

unans("out_of_domain",
    "Best credit card for travel rewards?",
    ["credit card", "travel rewards"],
    "Consumer finance question; 'credit' in the corpus means social/government credit records (NDRC notice).",
    lang="en", present=["credit"])
