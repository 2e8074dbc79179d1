"""Hard-case gold items, twenty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: in-house lawyers of listed private companies, discipline-inspection and supervision (纪检监察) staff,
finance staff of small suppliers chasing unpaid invoices, and reporters fact-checking claims about the
documents.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "纪委监委案管室的，问个基础的：拟对一名科长给记大过，政务处分期是多长？从哪天开始算？",
    "《公职人员政务处分法》第八条：记大过的政务处分期为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分"
    "决定生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "I'm a reporter. A city official told me on the phone that the NDRC's 2023 government-integrity notice only ever "
    "punishes individual departments, never whole cities. Is that right? What does the notice say the NDRC will do "
    "to prefecture-level and above cities that have government dishonesty records?",
    "Not right. Item III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will "
    "cancel their eligibility for awards and pilot demonstrations in the development and reform system, increase the "
    "weight of city credit monitoring deductions, and cancel the title or eligibility for demonstration zones of "
    "social credit system construction.",
    ["cancel their eligibility for awards and pilot demonstrations in the development and reform system",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("single",
    "我在一家做包装材料的小厂管账。去年给一家国企下属的大型饮料公司供了三百多万的货，钱一直没回来，老板想拿这笔应收"
    "账款去银行做保理融资。银行要求对方盖章确认这笔债权，可对方采购部一拖再拖，说“流程在走”。按条例，对方应该在"
    "多长时间内给我们确认？",
    "《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业"
    "提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系"),
     E(SME, "第十六条", "中小企业以应收账款融资的")],
    lang="zh")

add("single",
    "Fact-checking a feature on the Guangzhou lecture hall: when was the GBA Integrity and Compliance Association "
    "founded, is it a government body or something else, and who backed its creation?",
    "Per ¶32 it was established in 2021; it is a non-profit social organization jointly promoted by the Municipal "
    "Commission for Discipline Inspection and Supervision, the Municipal State-owned Assets Supervision and "
    "Administration Commission and the Municipal Federation of Industry and Commerce (and a 5A-level social "
    "organization in Guangzhou and a grassroots contact point for municipal government legislation).",
    ["was established in 2021", "It is a non-profit social organization jointly promoted by the Municipal "
     "Commission for Discipline Inspection and Supervision",
     "the Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal")],
    lang="en")

add("single",
    "区监委对一名住建局副局长立案调查了。他随后交了辞职报告，还说早就订好了下个月去国外看孩子的机票；局里人事科"
    "也在问能不能按原计划给他办提前退休。这几件事现在能办吗？",
    "都不能擅自办。《公职人员政务处分法》第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、"
    "辞去公职；被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续。",
    ["未经监察机关同意，不得出境、辞去公职", "不得对其交流、晋升、奖励、处分或者办理退休手续"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "不得对其交流、晋升、奖励、处分或者办理退休手续")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我们在核一条线索：某区原发改局局长去年已经退休，现在查实他在职时收过企业老板的礼金，钱还在他家里。人已经退了，"
    "还能给政务处分吗？他收的这些钱怎么处理？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以"
    "立案调查；依法应当予以降级、撤职、开除的，按规定相应调整其享受的待遇，违法取得的财物依第二十五条处理。第二十五"
    "条：违法取得的财物由监察机关没收、追缴或者责令退赔；应当退还原所有人的依法退还；属于国家财产或者不应当退还以及"
    "无法退还的，上缴国库。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇",
     "由监察机关没收、追缴或者责令退赔", "上缴国库"],
    [E(PS, "第二十七条", "不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇"),
     E(PS, "第二十五条", "由监察机关没收、追缴或者责令退赔"),
     E(PS, "第二十五条", "属于国家财产或者不应当退还以及无法退还的，上缴国库")],
    lang="zh")

add("multi",
    "In-house counsel here (listed private manufacturer). A provincial development zone signed an investment "
    "agreement with us, then its management committee was merged into another body and the new people say the old "
    "agreement \"isn't theirs\". Under the NDRC notice, does that count as breach of contract and dishonesty? And if "
    "they eventually perform, what happens to their dishonesty record and the punishments?",
    "Yes. II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall all "
    "be regarded as breach of contract and dishonesty (those who refuse to rectify are confirmed as such by the "
    "identifying department). III.(6): once the identifying department confirms the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the punishment "
    "measures terminated.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty",
     "relevant dishonesty records should be promptly restored, and dishonesty punishment measures terminated"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "我们是一家小型医疗器械经销商，去年11月给市疾控中心送了一批检测设备，合同写的是“验收合格后30日内付款”，验收期"
    "约定15天。结果他们到现在也没组织验收，钱自然也一分没付，问就说“忙”。这种情况付款期限到底从哪天算？他们一直拖着"
    "不验收，有谁能管？",
    "《保障中小企业款项支付条例》第十条：约定验收合格后付款的，付款期限自验收合格之日起算；机关、事业单位和大型企业"
    "拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算。第三十一条第（二）项：机关、事业单位拖延"
    "检验、验收的，由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "拖延检验、验收", "由其上级机关、主管部门责令改正"],
    [E(SME, "第十条", "拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第三十一条", "（二）拖延检验、验收；"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "我在一家中央企业二级子公司纪委工作。集团违规举报平台收到实名举报，说一名分公司副总经理逢年过节收供应商送的"
    "购物卡。按《中央企业合规管理办法》，这类举报受理后应当怎么移交、对举报人有什么要求？如果查实，按政务处分法这种"
    "收礼行为可以给什么处分？",
    "《中央企业合规管理办法》第二十四条：相关部门受理违规举报并调查处理，对涉嫌违纪违法的，按照规定移交纪检监察等"
    "相关部门或者机构；企业应当对举报人的身份和举报事项严格保密，不得打击报复。《公职人员政务处分法》第三十四条：收受"
    "可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；"
    "情节严重的，予以开除。",
    ["按照规定移交纪检监察等相关部门或者机构", "对举报人的身份和举报事项严格保密",
     "予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除"],
    [E(SOE, "第二十四条", "对涉嫌违纪违法的，按照规定移交纪检监察等相关部门或者机构"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除。")],
    lang="zh")

add("multi",
    "For a piece on \"error tolerance\" in Guangzhou: two speakers at the lecture hall talked about losses on state "
    "investments. What did the Guangzhou Metro speaker say the second batch of Guidelines provides for investments "
    "that lose money, and how did the GPHL audit director separate losses that get error tolerance from losses that "
    "get people held accountable?",
    "¶21 (Guangzhou Metro): if an investment made with due diligence and through compliant decision-making procedures "
    "incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from "
    "liability. ¶30 (GPHL audit): losses caused by inherent risks such as policy adjustments, market changes and "
    "technological exploration, where due measures have been taken to stop losses, are granted error tolerance; if "
    "losses are expanded due to lack of post-investment control, misappropriation of funds, or concealment of risks "
    "and delayed disposal, those derelict in their duties must be held accountable.",
    ["the relevant personnel may be exempted from liability",
     "inherent risks such as policy adjustments, market changes, and technological exploration",
     "error tolerance will be granted", "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "policy adjustments, market changes, and technological exploration"),
     E(GZ, "¶30", "if losses are expanded due to lack of post-investment control"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们是做钢结构的小公司，接了一家上市大建筑集团的分包。对方让我们先交二十万“押金”，还必须现金打到他们账上，我们拿"
    "银行开的担保函过去，他们说不认、只认现钱。这合理吗？",
    "不合理。《保障中小企业款项支付条例》第十三条第二款：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以"
    "金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。（同条还规定保证期限届满后应及时核算并退还。）",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("paraphrase",
    "My editor's summary of the Guangzhou rulebook is that volume one was basically \"which lunches an official may "
    "accept and whose car he can hop into\". Fair enough — but what did volume two move on to?",
    "Per ¶9, the first batch dealt with regular interaction issues such as \"what meals can be eaten and what "
    "vehicles can be taken\"; the second batch extended the dimensions, focusing on the development of new "
    "productive forces and current enterprise-related services, centring on full-cycle services for enterprise "
    "development from investment promotion to project landing – moving from \"moderate government-business "
    "interactions\" to \"effective service for enterprises\".",
    ["focusing on the development of new productive forces",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "focusing on the development of new productive forces"),
     E(GZ, "¶9", "full-cycle services for enterprise development from investment promotion")],
    lang="en")

add("paraphrase",
    "我是一家上市民企的法务。最近有个自媒体号天天发短视频，说我们董事长“卷钱跑路”“公司马上爆雷”，全是瞎编的，"
    "股价连跌好几天，几个大客户也来问。除了发律师函，法律上我们还能怎么办？损失能找他要吗？",
    "《民营经济促进法》第五十九条：任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及"
    "其经营者的人格权益；受到恶意侵害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施；致使生产经营、投资"
    "融资等活动遭受实际损失的，侵权人依法承担赔偿责任。网络服务提供者也应及时处置此类违法信息。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "侵权人依法承担赔偿责任")],
    lang="zh")

add("paraphrase",
    "前年挨了个记过，这两年老老实实没再出啥事。现在到期了，我是不是得自己打报告申请撤销？以后提拔还会被这个卡住不？",
    "不用申请。《公职人员政务处分法》第二十六条第二款：受到开除以外的政务处分，在政务处分期内有悔改表现，并且没有再"
    "发生应当给予政务处分的违法行为的，政务处分期满后自动解除，晋升职务、职级等不再受原政务处分影响（解除降级、撤职"
    "的不恢复原职务等）。",
    ["政务处分期满后自动解除", "不再受原政务处分影响"],
    [E(PS, "第二十六条", "在政务处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的"),
     E(PS, "第二十六条", "政务处分期满后自动解除"),
     E(PS, "第二十六条", "薪酬待遇不再受原政务处分影响")],
    lang="zh")

add("paraphrase",
    "If a town hall welshes on a deal with us, does that black mark actually follow the officials into their own "
    "yearly scorecards, or does it just sit in some database nobody looks at? (Asking about the NDRC 2023 paper.)",
    "It is meant to count. III.(3): credit leading departments at all levels should promote the inclusion of "
    "dishonesty records into the performance evaluation indicators of relevant government departments, and the NDRC "
    "will include government dishonesty records in business environment evaluations and comprehensive performance "
    "evaluations of high-quality development.",
    ["performance evaluation indicators of relevant government departments",
     "comprehensive performance evaluations of high-quality development"],
    [E(NDRC, "III.(3)", "performance evaluation indicators of relevant government departments"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "We're counsel to a Shenzhen-listed private company. Does the Private Economy Promotion Law (Art. 45) require "
    "authorities to give businesses time to adjust before new rules affecting operations take effect, and can a "
    "Supreme People's Court judicial interpretation be applied retroactively to our existing contracts?",
    "Article 45: when making laws, regulations, rules and normative documents closely related to business operations, "
    "or judicial interpretations, authorities should listen to the views of economic organisations including private "
    "ones and industry associations, and leave a necessary adaptation period before implementation according to "
    "actual circumstances. Such documents and judicial interpretations do not apply retroactively, except for special "
    "provisions made to better protect the rights and interests of citizens, legal persons and other organisations.",
    ["在实施前应当根据实际情况留出必要的适应调整期", "不溯及既往"],
    [E(PE, "第四十五条", "在实施前应当根据实际情况留出必要的适应调整期"),
     E(PE, "第四十五条", "属于审判、检察工作中具体应用法律的解释，不溯及既往"),
     E(PE, "第四十五条", "但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外")],
    lang="en")

add("cross_lingual",
    "Fact-check request: a provincial outlet says an official was given three separate demerits (记过) for three "
    "violations, merged into one 36-month sanction period. Under the Public Officials Sanctions Law, is that "
    "allowed, and what is the ceiling when several sanctions are combined?",
    "Allowed. Article 15: several violations are assessed separately; where two or more kinds of sanction are due, the "
    "heaviest is executed; where several identical sanctions below dismissal from post are due, the period may be set "
    "between one sanction period and the sum of the periods, but no longer than 48 months. A demerit lasts 12 months "
    "(Art. 8), so 36 months is the sum of three and within the cap.",
    ["执行其中最重的政务处分", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期", "最长不得超过四十八个月"],
    [E(PS, "第十五条", "应当给予两种以上政务处分的，执行其中最重的政务处分"),
     E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="en")

add("cross_lingual",
    "发改委那份关于政务诚信履约的通知（发改财金〔2023〕1103号）里，国家发改委说要怎么评估各地违约失信投诉的办理"
    "情况？用哪些方法？评估结果通报给谁？",
    "通知第四部分第（7）项：发改委通过抽查、第三方调查、交叉检查等方式（\"spot checks, third-party investigations, "
    "cross-checks, and other methods\"），对违约失信投诉办理和认定效率、信用信息归集质量、失信惩戒措施落实等重点"
    "任务进行评估，定期通报省级信用牵头部门并抄送省级人民政府；各级信用牵头部门参照建立评估通报机制。",
    ["spot checks, third-party investigations, cross-checks", "copying the provincial people's governments",
     "handling and identification efficiency of breach of contract and dishonesty complaints"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods"),
     E(NDRC, "IV.(7)", "copying the provincial people's governments"),
     E(NDRC, "IV.(7)", "handling and identification efficiency of breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "广州那篇大讲堂报道里，有位科技企业的代表说指引对人工智能这类新业态特别友好，具体提到了哪些制度安排？",
    "据报道¶25（Capitalogics审计监察中心总经理张鑫）：指引建立科学的容错机制，明确“尽职合规即可免责”（\"due "
    "diligence and compliance are grounds for liability exemption\"）；倡导的“包容审慎监管”和“观察期”制度"
    "（\"inclusive and prudent supervision\" and \"observation period\"）为人工智能等新业态提供了宝贵的试错空间"
    "和发展耐心。",
    ["due diligence and compliance are grounds for liability exemption", "observation period",
     "valuable trial-and-error space and development patience"],
    [E(GZ, "¶25", "due diligence and compliance are grounds for liability exemption"),
     E(GZ, "¶25", "provide valuable trial-and-error space and development patience"),
     E(GZ, "¶25", "new business formats such as artificial intelligence")],
    lang="zh")

add("cross_lingual",
    "I'm in-house at a listed private group that buys from hundreds of small suppliers. Under the SME payment "
    "Regulations, what do we have to disclose publicly about invoices we have not paid on time, through which "
    "channel, and who takes action if we hide or fudge the numbers?",
    "Article 18(2): a large enterprise must include the number and amount of overdue unpaid contracts with SMEs in its "
    "annual report and publicise it through the National Enterprise Credit Information Publicity System. Article 34: "
    "failing to publicise it in the annual report, or concealing the truth or falsifying it, is dealt with by the "
    "market regulation department according to law.",
    ["纳入企业年度报告", "国家企业信用信息公示系统", "由市场监督管理部门依法处理"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示"),
     E(SME, "第三十四条", "隐瞒真实情况、弄虚作假的，由市场监督管理部门依法处理")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我们是一家小型劳务公司，被一个区属事业单位拖了快一年的款，准备起诉。请问按条例，我们为讨债花的律师费、财产保全费"
    "能不能要求对方承担？条例有没有规定？",
    ["律师费", "保全费", "诉讼费"],
    "条例只规定逾期利息（第十七条）和对拖欠方的行政处理、处分；第三十条仅鼓励法律服务机构提供公益法律服务。律师费、"
    "保全费等维权费用由谁承担，各文件均未规定。",
    lang="zh", present=["逾期利息", "公益法律服务"])

unans("not_covered",
    "Under the NDRC notice, once the provincial credit department forwards our complaint to the county's superior "
    "department, how many working days does that department have to finish verifying it? We filed six weeks ago "
    "and heard nothing.",
    ["working days", "deadline", "within 15 days"],
    "II.(2) only says complaint clues are transferred \"immediately\" and that untrue findings get \"prompt\" "
    "feedback; no verification period is set. (The 30/90-day limits in Art. 25 of the SME payment Regulations belong "
    "to a different complaint regime.)",
    lang="en", present=["verification and identification", "immediately"])

unans("not_covered",
    "监察机关对公职人员立案调查以后，政务处分法有没有规定多长时间内必须调查终结？超过期限没结案怎么办？",
    ["办案期限", "调查期限", "立案之日起"],
    "政务处分法第四十二条至第四十四条规定调查人数、取证规则和调查终结后的处理，第五十二条规定立案调查期间的限制，但"
    "没有规定调查期限；其他文件也没有。",
    lang="zh", present=["立案调查", "调查终结"])

unans("not_covered",
    "我们厂一百二十来号人，一年营收大概八千万，做五金配件的，算不算条例说的中小企业？工业企业的划型标准具体是多少人、"
    "多少营收？",
    ["从业人员", "营业收入", "资产总额"],
    "条例第三条只说依据国务院批准的中小企业划分标准确定，第二十九条规定有规模类型自测平台和争议认定程序，但未给出任何"
    "人数、营收等具体标准。",
    lang="zh", present=["中小企业划分标准", "规模类型"])

unans("not_covered",
    "Article 77 of the Private Economy Promotion Law talks about companies \"controlled\" by Chinese citizens. What "
    "exact shareholding percentage counts as control? Our listed parent's PRC founders hold 38% and a US fund holds "
    "45%.",
    ["50%", "51%", "percent", "持股比例"],
    "Article 77 says 由中国公民控股或者实际控制 without any percentage threshold; no document defines control by "
    "shareholding ratio.",
    lang="en", present=["实际控制", "控股"])

unans("not_covered",
    "A source inside a central SOE says whistleblowers under the SASAC compliance Measures get a reward equal to a "
    "percentage of the losses recovered. What does the rule actually say the reward amount is?",
    ["percentage", "奖励标准", "奖励金额"],
    "Article 24 of the SASAC Measures only says the enterprise 可以给予适当奖励 to whistleblowers whose reports are true; "
    "no amount, percentage or standard is set anywhere.",
    lang="en", present=["适当奖励", "举报人"])

unans("not_covered",
    "The lecture-hall report says the two batches of the Guangzhou Guidelines cover 33 scenarios. How many of those "
    "were in the first batch and how many in the second?",
    ["16 scenarios", "17 scenarios", "18 scenarios"],
    "¶10 gives only the total (33 scenarios across the two batches); the split between batches is not stated.",
    lang="en", present=["33 scenarios", "second batch"])

unans("not_covered",
    "村委会主任被乡镇监察办给了个警告，按规定要减发或者扣发他的补贴、奖金。具体扣多少、扣几个月，有没有标准？",
    ["扣发比例", "减发标准"],
    "政务处分法第二十二条第二款只规定由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金，没有数额、比例或期限。",
    lang="zh", present=["减发或者扣发", "基层群众性自治组织"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "政务处分法第八条规定撤职的处分期是三十六个月，降级是二十四个月。我们对一名处长作出撤职决定，三十六个月满了以后"
    "是不是能自动恢复原职级？",
    ["三十六个月"],
    "前提错误：第八条规定降级、撤职的处分期都是二十四个月；且第二十六条规定解除降级、撤职的，不恢复原职务、职级等。",
    lang="zh", present=["二十四个月"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
             E(PS, "第二十六条", "解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇")])

unans("false_premise",
    "A viral post says the SASAC compliance Measures make every central SOE create a brand-new chief compliance "
    "officer post, appointed by SASAC and reporting directly to SASAC. Which article sets up the SASAC appointment?",
    ["appointed by SASAC", "由国资委任命"],
    "False premise: Article 12 says the CCO is set up without adding leadership posts, is held concurrently by the "
    "general counsel and is responsible to the enterprise's principal person in charge; SASAC does not appoint the CCO.",
    lang="en", present=["首席合规官", "总法律顾问兼任"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "条例第十八条规定大型企业应当于每年3月31日前在官网公开上一年度逾期未付中小企业款项的情况。我们的客户是一家上市"
    "大企业，到现在官网上也没公布，我们能以此去哪里举报？",
    ["大型企业应当于每年3月31日前"],
    "前提错误：第十八条的“每年3月31日前”通过网站、报刊公开是对机关、事业单位的要求；大型企业是将相关信息纳入企业"
    "年度报告，通过国家企业信用信息公示系统向社会公示。",
    lang="zh", present=["3月31日", "企业年度报告"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项"),
             E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
    "Article 70 of the Private Economy Promotion Law caps the compensation a local government must pay at 30% of the "
    "investment when it changes a contract in the public interest. Our client invested RMB 200m – is the 30% counted "
    "on the total or only on the sunk costs?",
    ["30%", "百分之三十"],
    "False premise: Article 70 requires changes to follow statutory authority and procedure and compensation for the "
    "losses suffered; it sets no cap or percentage.",
    lang="en", present=["予以补偿"],
    related=[E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
             E(PE, "第七十条", "应当依照法定权限和程序进行")])

unans("false_premise",
    "我们给一名干部作出降级决定后他申请复审了。按政务处分法，复审期间原处分要暂停执行，那他这期间的工资是不是先按原级别发？",
    ["暂停执行原"],
    "前提错误：第五十六条规定复审、复核期间，不停止原政务处分决定的执行。",
    lang="zh", present=["不停止原政务处分决定的执行"],
    related=[E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。")])

unans("false_premise",
    "I'm checking a claim that the 2023 integrity notice was signed by Premier Li Qiang and orders provincial "
    "governors to report every breach-of-contract case to the State Council monthly. What format does that monthly "
    "report take?",
    ["Li Qiang", "governors", "monthly"],
    "False premise: the notice is an NDRC document (Development and Reform Finance [2023] No. 1103) addressed to the "
    "provincial leading departments for social credit system construction; the NDRC evaluates and regularly notifies "
    "those departments, copying the provincial governments. There is no monthly reporting duty.",
    lang="en", present=["copying the provincial people's governments"],
    related=[E(NDRC, "-", "Development and Reform Finance [2023] No. 1103"),
             E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")])

unans("false_premise",
    "Since the GBA Integrity and Compliance Association is the body that issued the Guidelines and Q&A on "
    "Government-Business Interactions in Typical Scenarios, can our member company petition the association to amend "
    "one of the scenarios?",
    ["amend", "petition the association"],
    "False premise: per ¶7 the government-business Guidelines were issued by the Guangzhou Municipal Commission for "
    "Discipline Inspection and Supervision; the association's own publication is the Guidelines for Enterprise "
    "Integrity and Compliance Construction (2023 Edition). Nothing is said about amendment requests.",
    lang="en", present=["Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches"),
             E(GZ, "¶50", "Guidelines for Enterprise Integrity and Compliance Construction (2023 Edition)")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "客户说我们上个月开的增值税专用发票金额开错了，要红冲重开，财务这边具体怎么操作？",
    ["增值税专用发票", "红字发票", "红冲"],
    "开票与税务操作问题，文件不涉及（营商环境条例第四十六条只泛泛提到推广电子发票）。",
    lang="zh", present=["电子发票"])

unans("out_of_domain",
    "Our listed company's annual report: what's the filing deadline with the stock exchange, and do we need a "
    "separate ESG report this year?",
    ["Stock Exchange", "STAR Market"],
    "Securities-listing disclosure rules; no document covers them (the GZ report only mentions ESG training and listed "
    "companies among association members).",
    lang="en", present=["listed companies", "ESG"])

unans("out_of_domain",
    "下周去广州出差，处级干部住宿费每晚报销标准是多少？超了能不能自己补差价？",
    ["住宿费", "差旅费"],
    "差旅费报销标准不在任何文件中（政务处分法第三十五条只规定公务接待等超标准、超范围的处分）。",
    lang="zh", present=["公务接待", "超标准"])

unans("out_of_domain",
    "Our EU subsidiary had a customer-data leak. What's the maximum GDPR fine, and how many hours do we have to "
    "notify the regulator?",
    ["GDPR"],
    "EU data-protection law; none of the documents covers it (they mention data protection only generically).",
    lang="en", present=["Data Compliance", "数据保护"])

unans("out_of_domain",
    "Small supplier here, cash is tight: if we skip one month of an employee's social insurance contributions, what "
    "penalties do we face and does it affect his pension?",
    ["social insurance", "pension"],
    "Social-insurance contribution rules; not covered by any document.",
    lang="en", present=["社会保障"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版《保障中小企业款项支付条例》（728号令）里，大型企业付款期限那一条原文是怎么写的？2025年修订前后改了什么？",
    ["2020年版", "修订前"],
    "语料只有2025年修订后的条例文本（令第802号），只在题注中提到2020年令第728号公布；2020年原版条文不在语料中，无法比较。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "In the draft of the Private Economy Promotion Law published for public comment in late 2024, what did the "
    "article on government breach of contract say, and how was it changed in the final text?",
    ["draft", "征求意见稿"],
    "The corpus holds only the final law as adopted on 30 April 2025 (in force 20 May 2025); no draft is in it.",
    lang="en", present=["2025年5月20日"])

unans("superseded",
    "2018年国资委印发的《中央企业合规管理指引（试行）》对合规委员会是怎么规定的？现在的《中央企业合规管理办法》"
    "施行后那份指引还有效吗？",
    ["指引（试行）", "2018"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），没有2018年指引文本，办法中也未提及该指引的效力。",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "The NDRC notice implements the 2023 Opinions of the CPC Central Committee and the State Council on promoting the "
    "private economy (the \"31 measures\"). What do those Opinions themselves say about clearing arrears owed to "
    "private firms?",
    ["31 measures", "thirty-one"],
    "The Opinions are only cited in the NDRC notice's preamble; their text is not in the corpus.",
    lang="en", present=["Opinions of the CPC Central Committee"])
