"""Hard-case gold items, forty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a county development-and-reform bureau official drafting a local credit-repair procedure (Chinese,
bureaucratic register: 失信惩戒, 信用修复, 政务诚信, the bureau's own staff under the sanctions law), and a
UK-educated in-house counsel at a private manufacturer comparing the Chinese rules with the UK Bribery Act
(English: gifts and hospitality, corporate liability, compliance programmes, government breach of contract).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我局正在起草《县级信用修复工作规程》，需在第一章列明上位法依据。请问《民营经济促进法》对民营经济组织申请"
    "信用修复的条件，以及有关国家机关收到申请后的相应职责，是如何表述的？",
    "《民营经济促进法》第五十四条第二款：民营经济组织及其经营者纠正失信行为、消除不良影响、符合信用修复条件的，"
    "可以提出信用修复申请。有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示，并在相关公共信用信息"
    "平台实现协同修复。",
    ["纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请",
     "依法及时解除惩戒措施，移除或者终止失信信息公示", "在相关公共信用信息平台实现协同修复"],
    [E(PE, "第五十四条", "纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请"),
     E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示")],
    lang="zh")

add("single",
    "大型企业拖欠中小企业款项被依法认定为失信的，按《保障中小企业款项支付条例》，可以在哪些方面对其予以限制？",
    "《保障中小企业款项支付条例》第二十六条：受理投诉部门和有关部门按程序将失信情况记入相关主体信用记录；情节严重"
    "或者造成严重不良社会影响的，纳入全国信用信息共享平台和国家企业信用信息公示系统向社会公示，并对大型企业在财政"
    "资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制。",
    ["按程序将有关失信情况记入相关主体信用记录",
     "对大型企业在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制"],
    [E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录"),
     E(SME, "第二十六条", "对大型企业在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制")],
    lang="zh")

add("single",
    "局里一名四级主任科员因违规报销被区监委给了记过处分。请示一下：记过的处分期是多长？从哪一天起算？",
    "《公职人员政务处分法》第八条：记过的处分期为十二个月；政务处分决定自作出之日起生效，政务处分期自政务处分决定"
    "生效之日起计算。",
    ["记过，十二个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算"),
     E(PS, "第八条", "（二）记过，十二个月；")],
    lang="zh")

add("single",
    "I'm in-house counsel at a private manufacturer. Two years ago our county signed an industrial-support "
    "agreement with us (land and equipment subsidies for a new plant) and has now quietly walked away from it. "
    "Does that kind of agreement fall within the \"breach of contract and dishonesty\" scope of the NDRC's 2023 "
    "notice, or is the notice only about procurement contracts?",
    "It is covered. Item II.(1) defines the scope as breach and repudiation behaviours in various agreements and "
    "contracts signed by government departments with private enterprises in government procurement, bidding, "
    "investment promotion, government-social capital cooperation, industrial support, government investment and "
    "other fields – not only procurement.",
    ["breach and repudiation behaviors in various agreements and contracts",
     "industrial support, government investment, and other fields"],
    [E(NDRC, "II.(1)", "breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "industrial support, government investment, and other fields")],
    lang="en")

add("single",
    "The Guangzhou lecture-hall write-up admits the 33 scenarios in the two batches can't cover everything. For a "
    "situation that isn't in any scenario – say, an official asking to tour our plant and then stay for dinner – "
    "what is the core test the drafter suggested for judging it?",
    "Per ¶10, Wang Yuqun said the core of judging such situations is to distinguish between \"acting for the "
    "public good\" and \"acting for personal gain\", and the key is whether the actions can be \"put on the "
    "table\" (together with three sets of dialectical relationships to grasp when consulting the Guidelines).",
    ["distinguish between “acting for the public good” and “acting for personal gain”",
     "the key is whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我局拟订《失信惩戒与信用修复实施细则》（征求意见稿）时有两点需要明确：一是对民营经济组织设定失信惩戒措施应当"
    "遵循什么原则；二是日常监管中能否依据企业信用状况实行差别化监管。请依据《民营经济促进法》答复。",
    "一、第五十四条第一款：健全失信惩戒和信用修复制度；实施失信惩戒，应当依照法律、法规和有关规定，并根据失信行为"
    "的事实、性质、轻重程度等采取适度的惩戒措施。二、第五十二条第一款：各级人民政府及其有关部门推动监管信息共享互认，"
    "根据民营经济组织的信用状况实施分级分类监管，提升监管效能。",
    ["实施失信惩戒，应当依照法律、法规和有关规定", "根据失信行为的事实、性质、轻重程度等采取适度的惩戒措施",
     "根据民营经济组织的信用状况实施分级分类监管"],
    [E(PE, "第五十四条", "根据失信行为的事实、性质、轻重程度等采取适度的惩戒措施"),
     E(PE, "第五十四条", "实施失信惩戒，应当依照法律、法规和有关规定"),
     E(PE, "第五十二条", "根据民营经济组织的信用状况实施分级分类监管，提升监管效能")],
    lang="zh")

add("multi",
    "县里去年底换届。前任班子跟一家民营汽配企业签过招商引资协议，承诺厂房建成后给设备补助，现在新班子说“前任定的事"
    "不算”，一直不兑现。企业找到我们发改局。请问依法这种理由能不能成立？如果政府确实不履行，要承担什么后果？",
    "不能成立。《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行依法作出的政策承诺和订立的合同，不得以"
    "行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；因国家利益、社会公共利益需要改变的，应"
    "依法定权限和程序进行并予以补偿。第七十三条：不履行的，由有权机关予以纠正，造成损失的依法予以赔偿；造成不良后果或"
    "者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "由有权机关予以纠正，造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

add("multi",
    "我局一名副局长对市监委作出的降级处分决定不服，拟提出异议。请问应当向哪个机关申请复审？对复审决定仍不服怎么办？"
    "复审期间原处分是否暂停执行？会不会因为申请复审反而被加重处分？",
    "《公职人员政务处分法》第五十五条：可以依法向作出决定的监察机关申请复审；对复审决定仍不服的，可以向上一级监察机关"
    "申请复核。第五十六条：复审、复核期间，不停止原政务处分决定的执行；公职人员不因提出复审、复核而被加重政务处分。",
    ["可以依法向作出决定的监察机关申请复审", "可以向上一级监察机关申请复核",
     "复审、复核期间，不停止原政务处分决定的执行", "公职人员不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审"),
     E(PS, "第五十五条", "公职人员对复审决定仍不服的，可以向上一级监察机关申请复核"),
     E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行"),
     E(PS, "第五十六条", "公职人员不因提出复审、复核而被加重政务处分")],
    lang="zh")

add("multi",
    "A prefecture-level city owes us on a supply contract. Its excuse is that the bureau we contracted with was "
    "merged and the officials who signed have all moved on. Under the NDRC's 2023 notice, does that reshuffle "
    "get the city off the hook? And if the city ends up with a government dishonesty record, what will the NDRC "
    "itself do to a city like that?",
    "No. II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall "
    "all be regarded as breach of contract and dishonesty. III.(4): for prefecture-level and above cities with "
    "government dishonesty records, the NDRC will cancel their eligibility for awards and pilot demonstrations in "
    "the development and reform system, increase the weight of city credit monitoring deductions, and cancel the "
    "title or eligibility for social credit system demonstration zones.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty",
     "cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
     E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("multi",
    "Coming from a UK background I'm trying to understand the Guangzhou approach to state-owned investors who "
    "lose money. From the lecture-hall report: when can the people who made a loss-making SOE investment be let "
    "off, and when will they be held to account?",
    "¶21 (Guangzhou Metro): if an investment made with due diligence and through compliant decision-making "
    "procedures incurs losses due to objective factors such as market risks, the relevant personnel may be "
    "exempted from liability. ¶30 (GPHL audit): if losses come from inherent risks such as policy adjustments, "
    "market changes and technological exploration and due measures were taken to stop losses, error tolerance is "
    "granted; if losses are expanded by lack of post-investment control, misappropriation of funds, or "
    "concealment of risks and delayed disposal, those derelict in their duties must be held accountable.",
    ["made with due diligence and through compliant decision-making procedures",
     "the relevant personnel may be exempted from liability",
     "due measures have been taken to stop losses, error tolerance will be granted",
     "lack of post-investment control, misappropriation of funds",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "最近有个协会打着市里的旗号，给我们县的企业挨家挨户发通知，说要搞“诚信星级单位”挂牌，交3800块才能挂，不挂的"
    "以后来办事可能“不太方便”。有企业打电话来问我们发改局，这个要不要配合转发？企业能不能不理它？",
    "不用配合，企业可以不理。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相"
    "强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。第七十"
    "一条：行业协会商会有此类情形的，由有关部门责令改正，依法追究法律责任。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(BE, "第七十一条", "行业协会商会、中介服务机构有下列情形之一的，由有关部门责令改正")],
    lang="zh")

add("paraphrase",
    "我们局有个老科长前年就退了，最近纪委那边查出来他还在岗那会儿收过企业老板好几张购物卡。人都退休回家带孙子了，"
    "还能给他处分么？那些卡里的钱咋办？",
    "不再给予政务处分，但可以立案调查。《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，"
    "不再给予政务处分，但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，对其违法"
    "取得的财物依照第二十五条处理（没收、追缴或者责令退赔）。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "Does Beijing's planning commission ever actually name and shame the worst local governments for welching on "
    "deals with businesses, or is it all done quietly behind closed doors?",
    "It names them. Item IV.(9) of the NDRC notice: select a batch of cases with serious dishonesty, repeated "
    "dishonesty and strong public complaints, publicise them on the \"Credit China\" website and expose them to "
    "society through news media to form a strong public opinion deterrent.",
    ["serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "A colleague summed up the first set of Guangzhou rules as \"basically about who pays for lunch and whether "
    "the official gets a lift in the compnay car\". Fair summary? And what's the second set mostly about then?",
    "Broadly fair. ¶9: the first batch systematically responded to regular government-business interaction issues "
    "such as \"what meals can be eaten and what vehicles can be taken\"; the second batch focuses on new productive "
    "forces and the full-cycle services for enterprise development from investment promotion to project landing.",
    ["what meals can be eaten and what vehicles can be taken", "from investment promotion to project landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "systematically responded to regular government-business interaction issues"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="en")

add("paraphrase",
    "Cynical question: when a town breaks its promises to a company, does that actually come back to bite the "
    "officials' own report cards, or is the only cost a bit of bad press?",
    "It is meant to count against them. Item III.(3) of the NDRC notice: credit leading departments at all levels "
    "should promote the inclusion of dishonesty records into the performance evaluation indicators of the "
    "government departments concerned, and the NDRC will include government dishonesty records in business "
    "environment evaluations and comprehensive performance evaluations of high-quality development.",
    ["inclusion of dishonesty records into performance evaluation indicators",
     "include government dishonesty records in business environment evaluations"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "关于政府失信主体的信用修复，国家发展改革委2023年《关于完善政府诚信履约机制优化民营经济发展环境的通知》是怎么"
    "规定的？失信记录在什么条件下修复、惩戒措施何时终止？我局起草修复程序时需引用。",
    "通知第三部分第（6）项：各级信用牵头部门应当统筹指导本辖区失信主体的信用修复工作；认定部门确认失信行为已纠正、"
    "履约已完成后，应及时修复相关失信记录，终止失信惩戒措施（\"Once the identifying department confirms that the "
    "dishonest behavior has been corrected and performance completed, relevant dishonesty records should be "
    "promptly restored, and dishonesty punishment measures terminated\"）。",
    ["the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "coordinate and guide credit restoration work for dishonest entities"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="zh")

add("cross_lingual",
    "我县拟借鉴广州经验，推动成立一个企业廉洁合规方面的社会组织。广州那个大湾区企业廉洁合规管理协会是哪几家单位"
    "共同推动成立的？哪年哪天成立的？",
    "据报道¶32，该协会成立于2021年，是由市纪委监委、市国资委、市工商联共同推动成立的非营利性社会组织（\"jointly "
    "promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal State-owned "
    "Assets Supervision and Administration Commission, and the Municipal Federation of Industry and "
    "Commerce\"）；¶41载明成立日期为2021年4月16日（\"April 16, 2021\"）。",
    ["jointly promoted by the Municipal Commission for Discipline Inspection",
     "the Municipal Federation of Industry and Commerce", "April 16, 2021"],
    [E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection"),
     E(GZ, "¶32", "and the Municipal Federation of Industry and Commerce"),
     E(GZ, "¶41", "April 16, 2021")],
    lang="zh")

add("cross_lingual",
    "Coming from the UK Bribery Act world: does China's Private Economy Promotion Law itself say anything to "
    "private companies about bribery – an express prohibition, or expectations about internal anti-corruption "
    "controls?",
    "Yes, in general terms. Article 36: private economic organisations must not seek improper benefits through "
    "bribery, fraud or other means. Article 39: the state promotes mechanisms for private economic organisations "
    "to prevent and tackle corruption at source, and supports and guides them to establish sound internal audit "
    "systems and strengthen integrity-risk prevention and control; they should also educate staff to foster an "
    "honest, law-abiding and compliant culture.",
    ["不得通过贿赂和欺诈等手段牟取不正当利益", "源头防范和治理腐败的体制机制",
     "建立健全内部审计制度，加强廉洁风险防控"],
    [E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益"),
     E(PE, "第三十九条", "国家推动构建民营经济组织源头防范和治理腐败的体制机制"),
     E(PE, "第三十九条", "支持引导民营经济组织建立健全内部审计制度，加强廉洁风险防控")],
    lang="en")

add("cross_lingual",
    "Our sales team sometimes hosts local officials – dinners, the odd golf weekend, festive gift boxes. On the "
    "official's side of the table, what does the Public Official Sanctions Law provide: what sanction for "
    "accepting gifts, and are dinners and trips caught too?",
    "Article 34: accepting gifts, cash gifts, securities or other property that may affect the impartial exercise "
    "of public power – warning, demerit or major demerit; demotion or removal if more serious; expulsion if "
    "severe. Accepting or providing banquets, travel, fitness or entertainment arrangements that may affect the "
    "impartial exercise of public power is also caught: where relatively serious, warning, demerit or major demerit; "
    "where severe, demotion or removal.",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过",
     "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排")],
    lang="en")

add("cross_lingual",
    "One of our JV partners is a central SOE. Do SASAC's 2022 compliance Measures require central SOEs to have a "
    "dedicated anti-commercial-bribery policy, and what about their overseas business?",
    "Article 18: central SOEs shall formulate specific compliance rules or special guidelines for key areas such as "
    "anti-monopoly, anti-commercial bribery, environmental protection, work safety, labour, tax and data "
    "protection, and for higher-risk business; for important areas of foreign-related business they shall adopt "
    "special compliance rules based on the laws of the host country (region).",
    ["针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域",
     "制定合规管理具体制度或者专项指南", "根据所在国家（地区）法律法规等，结合实际制定专项合规管理制度"],
    [E(SOE, "第十八条", "针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "中央企业应当针对涉外业务重要领域，根据所在国家（地区）法律法规等")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我局起草信用修复工作规程，需要设定办理时限。民营经济组织提交信用修复申请后，有关机关应当在多少个工作日内作出"
    "是否修复的决定？上位法有无明确天数？",
    ["工作日内作出", "修复申请之日起"],
    "《民营经济促进法》第五十四条只规定有关国家机关应当“依法及时”解除惩戒措施、移除或终止失信信息公示；NDRC通知"
    "III.(6)也只说\"promptly restored\"。各文件均未规定具体办理天数。",
    lang="zh", present=["信用修复申请", "依法及时解除惩戒措施", "promptly restored"])

unans("not_covered",
    "《民营经济促进法》第六十八条要求大型企业向中小民营经济组织采购时合理约定付款期限。该法规定的付款期限上限是"
    "多少天？",
    ["60天", "六十天"],
    "《民营经济促进法》第六十八条只要求“合理约定付款期限并及时支付账款”，未给出天数；60日的期限见于另一文件"
    "（《保障中小企业款项支付条例》第九条），并非该法所定。",
    lang="zh", present=["合理约定付款期限", "60日内支付款项"])

unans("not_covered",
    "请问信用修复申请书有没有国家统一格式？申请时须附哪些证明材料（如整改报告、履约凭证）？我县拟直接参照执行。",
    ["申请书", "统一格式", "证明材料"],
    "《民营经济促进法》第五十四条只规定符合条件的可以提出信用修复申请；NDRC通知III.(6)讲认定部门确认纠正后修复。"
    "申请书格式和需附材料各文件均未规定。",
    lang="zh", present=["信用修复申请", "credit restoration"])

unans("not_covered",
    "我县某局被一家民营企业投诉拖欠工程款，如果省里最终认定为政务失信，按发改委那份通知，我县今年的营商环境评价"
    "和城市信用监测大概会被扣多少分？",
    ["扣分", "扣多少分", "points deducted"],
    "NDRC通知III.(3)只说将政府失信记录纳入营商环境评价和高质量发展综合绩效评价，III.(4)说加大城市信用监测扣分"
    "权重（increase the weight of city credit monitoring deductions），均未给出任何分值。",
    lang="zh", present=["business environment evaluations", "credit monitoring deductions"])

unans("not_covered",
    "Under section 7 of the UK Bribery Act a company has a full defence if it had adequate procedures to prevent "
    "bribery. Do the Chinese texts here – the Private Economy Promotion Law or the SASAC compliance Measures – give "
    "a company a comparable defence, i.e. if we can show a proper anti-bribery programme, are we off the hook when "
    "a rogue salesman bribes someone?",
    ["adequate procedures", "defence", "Bribery Act"],
    "PE Art. 36 prohibits bribery and Art. 39 encourages internal audit and integrity-risk controls; the SASAC "
    "Measures require compliance systems (e.g. Art. 18 anti-commercial bribery rules). None of the documents says "
    "that having a compliance programme relieves a company of liability for an employee's bribery (the GZ "
    "\"exempted from liability\" passages concern officials' investment decisions, not corporate bribery).",
    lang="en", present=["反商业贿赂", "内部审计制度", "exempted from liability"])

unans("not_covered",
    "Is there a de minimis value under the Public Official Sanctions Law – something like RMB 200 – below which a "
    "festive gift box to a local official doesn't count?",
    ["de minimis", "RMB", "yuan", "threshold"],
    "PS Art. 34 turns on gifts \"that may affect the impartial exercise of public power\" (可能影响公正行使公权力) and "
    "states no monetary threshold; no other document gives one.",
    lang="en", present=["可能影响公正行使公权力", "礼品"])

unans("not_covered",
    "Back in March we lodged a complaint through the local 12345 hotline about a district that reneged on an "
    "industrial-support agreement with us (about RMB 3m in equipment subsidies still unpaid). Realistically, how "
    "likely is it that the province confirms a breach this year, and what are our chances of actually seeing the "
    "money?",
    ["likely", "chance", "chances", "probability"],
    "A prediction. The NDRC notice describes the channels (II.(1)), verification and identification (II.(2)), "
    "punishment and restoration (III.), but nothing lets anyone estimate the outcome or timing of a particular "
    "complaint.",
    lang="en", present=["12345", "industrial support", "verification and identification"])

unans("not_covered",
    "We're thinking of joining the GBA Integrity and Compliance Association. How many member companies does it have "
    "in total, and how many of them are UK- or other European-invested?",
    ["member companies", "number of members", "UK", "European"],
    "¶34 describes the membership by ownership type and size and says it covers 29 industry sectors; no member "
    "count and no breakdown by investor country is given anywhere.",
    lang="en", present=["overseas-invested enterprises", "29 industry sectors"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为什么《民营经济促进法》第五十四条规定，信用修复申请必须在失信信息公示满一年以后才能提出？这个“一年”是从认定"
    "之日起算，还是从公示之日起算？我局规程里需要写清楚。",
    ["满一年", "公示满"],
    "前提错误：第五十四条只规定纠正失信行为、消除不良影响、符合信用修复条件的即可提出信用修复申请，没有任何“公示满"
    "一年”的等待期。",
    lang="zh", present=["信用修复申请"],
    related=[E(PE, "第五十四条", "纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请")])

unans("false_premise",
    "《保障中小企业款项支付条例》第二十六条规定，拖欠中小企业款项被认定失信的机关，三年内暂停申报政府投资项目。"
    "我县拟在细则里照此规定，请问这三年从什么时候起算？",
    ["三年内", "暂停申报"],
    "前提错误：第二十六条对被认定失信的机关、事业单位，是在公务消费、办公用房、经费安排等方面采取必要的限制措施；"
    "“三年内暂停申报政府投资项目”并无规定（投资项目审批方面的限制针对的是大型企业）。",
    lang="zh", present=["公务消费", "投资项目审批"],
    related=[E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施")])

unans("false_premise",
    "按发改委2023年通知第三部分第（6）项，政府失信记录的修复须报国家公共信用信息中心审核通过。我县起草修复程序时，"
    "报送该中心审核一般需要几个工作日？",
    ["国家公共信用信息中心", "审核通过"],
    "前提错误：III.(6)规定由认定部门确认失信行为已纠正、履约完成后及时修复记录，由各级信用牵头部门统筹指导；"
    "National Public Credit Information Center 在 III.(3) 中只负责制定信息归集标准，并无审核修复的职责。",
    lang="zh", present=["National Public Credit Information Center", "identifying department"],
    related=[E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
             E(NDRC, "III.(3)", "should expedite the formulation of relevant information collection standards")])

unans("false_premise",
    "Article 36 of the Private Economy Promotion Law creates a strict-liability corporate offence of failing to "
    "prevent bribery, much like s.7 of our Bribery Act. What is the maximum fine a company faces under it?",
    ["strict liability", "failing to prevent", "maximum fine"],
    "False premise: Art. 36 only says private economic organisations must not seek improper benefits through "
    "bribery or fraud; it creates no corporate failure-to-prevent offence and sets no fine (liability is left to "
    "other laws, Art. 75).",
    lang="en", present=["贿赂"],
    related=[E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益"),
             E(PE, "第七十五条", "由有权机关责令改正，依法予以行政处罚")])

unans("false_premise",
    "Under SASAC's Measures the Chief Compliance Officer is a new, stand-alone board-level post that reports "
    "directly to SASAC. Who appoints the CCO, and can our JV partner's general counsel hold it at the same time?",
    ["board-level", "reports to SASAC", "stand-alone"],
    "False premise: Art. 12 says the CCO is set up without adding leadership posts, is held concurrently by the "
    "general counsel, and is responsible to the enterprise's principal person in charge – not a new post reporting "
    "to SASAC.",
    lang="en", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "Item IV.(7) of the NDRC notice has the NDRC publish a quarterly league table ranking provinces by how fast "
    "they handle breach-of-contract complaints. Where is the latest ranking published, and where does Jiangsu sit?",
    ["quarterly", "league table", "ranking", "Jiangsu"],
    "False premise: IV.(7) says the NDRC evaluates complaint handling and other key tasks by spot checks, "
    "third-party investigations and cross-checks and regularly notifies provincial credit leading departments, "
    "copying provincial governments; no public quarterly ranking is mentioned.",
    lang="en", present=["spot checks", "third-party investigations"],
    related=[E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")])

unans("false_premise",
    "Since the Guangzhou government-business Guidelines were issued by the municipal SASAC, are they binding only on "
    "state-owned enterprises, or do private manufacturers like us have to follow them as well?",
    ["binding", "issued by the Municipal State-owned"],
    "False premise: ¶7 says the two batches of the Guidelines were issued by the Guangzhou Municipal Commission for "
    "Discipline Inspection and Supervision; the municipal SASAC only appears among the guests (¶3) and the "
    "association's sponsors (¶32).",
    lang="en", present=["Municipal Commission for Discipline Inspection and Supervision",
                        "Municipal State-owned Assets Supervision and Administration Commission"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "下月到省里参加信用体系建设培训，县直单位工作人员住宿费每晚报消标准是多少？",
    ["住宿费", "差旅费"],
    "差旅费报销标准，与文件无关。",
    lang="zh", present=["培训"])

unans("out_of_domain",
    "孩子今年秋天上小学一年级，个税子女教育专项附加扣除每个月能扣多少？需要在哪个APP上填报？",
    ["专项附加扣除", "子女教育"],
    "个人所得税问题，文件不涉及（文件中的税收内容只有减税降费、办税便利等泛泛提法）。",
    lang="zh", present=["减税降费"])

unans("out_of_domain",
    "机关食堂准备换一家配餐公司，对方给的食品经营许可证怎么查真伪？",
    ["食品经营许可证", "配餐"],
    "食品经营许可核验，与这些文件无关。",
    lang="zh", present=["涉企经营许可事项"])

unans("out_of_domain",
    "What's the maximum penalty for a company convicted under section 7 of the UK Bribery Act, and has the Serious "
    "Fraud Office updated its guidance on deferred prosecution agreements recently?",
    ["Bribery Act", "Serious Fraud Office", "deferred prosecution"],
    "UK criminal law and prosecutorial guidance; none of the documents deals with it.",
    lang="en", present=["反商业贿赂"])

unans("out_of_domain",
    "What withholding tax rate applies to dividends our Chinese subsidiary pays up to the UK parent under the "
    "UK–China double taxation agreement?",
    ["withholding", "double taxation", "dividend", "dividends"],
    "International tax treaty question; the documents do not cover it.",
    lang="en", present=["税务管理"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年原版《保障中小企业款项支付条例》对大型企业付款期限是怎么规定的？修订前后有什么变化？我们细则的说明部分"
    "想写一段沿革。",
    ["修订前", "原条例"],
    "语料只有2025年修订后的条例文本（国务院令第802号修订），没有2020年第728号令原文，无法比较修订前后。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "国家发展改革委《失信行为纠正后的信用信息修复管理办法（试行）》（第58号令）规定的修复流程分几步？我县规程拟"
    "对照该办法设计。",
    ["信用信息修复管理办法", "第58号令", "试行"],
    "语料中没有该办法；与信用修复相关的只有《民营经济促进法》第五十四条和NDRC通知III.(6)的原则性规定。",
    lang="zh", present=["信用修复", "credit restoration"])

unans("superseded",
    "How did the draft of the Private Economy Promotion Law released for public comment in October 2024 differ "
    "from the final text on the prohibition of bribery?",
    ["draft", "for comments", "public comment"],
    "The corpus holds only the final law adopted on 30 April 2025; no draft text is in it.",
    lang="en", present=["不得通过贿赂"])

unans("superseded",
    "Before the 2022 Measures, SASAC issued compliance guidelines for central SOEs on a trial basis in 2018. What did "
    "the 2018 guidelines say about the role of the chief compliance officer?",
    ["2018", "trial basis"],
    "The corpus holds only the 2022 SASAC Measures (Order No. 42); the 2018 trial guidelines are not in it.",
    lang="en", present=["首席合规官", "第42号"])
