"""Hard-case gold items, fiftieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a municipal-government contract lawyer defending the city in a dispute with a supplier over late
payment (Chinese, legalistic, cites articles by number, sometimes wrongly); a Hong Kong investor's assistant
preparing a briefing on Guangzhou's business climate (English, mixes in Hong Kong terms).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "本人系某市住房和城乡建设局的合同法律顾问，现代理我局应对一家小型施工企业的欠款诉讼。双方施工合同约定"
    "“工程交付后75日内付款”。依《保障中小企业款项支付条例》第九条第一款，机关从中小企业采购工程，法定付款期限"
    "为多少日？合同另有约定的，最长可以约定到多少日？",
    "《保障中小企业款项支付条例》第九条第一款：机关、事业单位从中小企业采购货物、工程、服务，应当自交付之日起"
    "30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。合同约定的75日超出了该上限。",
    ["应当自货物、工程、服务交付之日起30日内支付款项", "但付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "Prepping a briefing note for my principal (HK family office, Central). That Guangzhou GBA Integrity and "
    "Compliance Association lists several 'featured services'. Which one is about links with the other Greater Bay "
    "Area cities, and what does it actually involve?",
    "The fifth featured service, the Government-Enterprise Communication Platform (¶40): it builds a "
    "government-enterprise communication platform and organises targeted exchange activities between members and "
    "government agencies, economic organisations, civil organisations and well-known enterprises in the other "
    "\"9+2\" cities, serving as a bridge and link for deepening regional cooperation among the \"9+2\" cities.",
    ["Government-Enterprise Communication Platform",
     "serving as a bridge and link for deepening regional cooperation"],
    [E(GZ, "¶40", "organizing targeted exchange activities between members and government agencies"),
     E(GZ, "¶40", "serving as a bridge and link for deepening regional cooperation")],
    lang="en")

add("single",
    "供应商已将其对我局的应收账款拿去银行做保理融资，现发函要求我局对债权债务予以确认。条例对我局回复确权有没有"
    "时限要求？",
    "有。《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自"
    "中小企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "For the briefing: if a mainland city government ends up on the dishonesty record under the NDRC's 2023 "
    "government-integrity notice and later puts things right, can it get off the record? Who decides and what "
    "happens to the sanctions?",
    "Yes. Item III.(6): credit leading departments at all levels coordinate and guide credit restoration; once the "
    "identifying department confirms that the dishonest behaviour has been corrected and performance completed, the "
    "dishonesty records are promptly restored and the dishonesty punishment measures terminated.",
    ["Once the identifying department confirms that the dishonest behavior has been corrected and performance "
     "completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("single",
    "若本案最终导致我局分管付款的科长被监察机关给予记大过处分，依《公职人员政务处分法》，该处分期为多长？"
    "自何时起算？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分"
    "决定生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "对方（一家小型园林绿化公司）诉称：其一，我局迟延支付苗木款，合同未约定逾期利率，应按日万分之五计付逾期利息；"
    "其二，我局依法负有每年公开逾期未付款信息的义务而未履行。请问上述两项主张在《保障中小企业款项支付条例》中有无"
    "依据？公开的时间节点及内容为何？",
    "均有依据。第十七条：机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；未约定利率的，按照每日"
    "利率万分之五支付。第十八条第一款：机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同"
    "数量、金额等信息通过网站、报刊等便于公众知晓的方式公开（未按规定公开的，依第三十一条由上级机关、主管部门"
    "责令改正）。",
    ["未作约定的，按照每日利率万分之五支付逾期利息",
     "应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第三十一条", "（七）未按照规定公开逾期尚未支付中小企业款项信息。")],
    lang="zh")

add("multi",
    "My principal is a Hong Kong family office looking at a JV with a district government in Guangzhou – they did "
    "a similar deal in Shenzhen years ago and it went sideways. Their big worry is the classic mainland risk: a new "
    "Party secretary arrives, or the district gets merged, and whatever the predecessor signed is torn up. Under "
    "the State Council's business-environment rules, can a local government walk away from a contract for reasons "
    "like that, and if it changes the deal for public-interest reasons, does the investor get compensated? Also, "
    "does the NDRC 2023 notice treat non-performance blamed on personnel changes as dishonesty?",
    "No. Regulations on Optimizing the Business Environment Art. 31: local governments at all levels and their "
    "departments shall honour lawful policy commitments and contracts and may not breach or repudiate them on "
    "grounds such as administrative-division adjustment, change of government term, institutional or functional "
    "adjustment or replacement of the responsible persons; changes needed for national or public interests must "
    "follow statutory authority and procedures, with compensation for the resulting losses. NDRC notice II.(2): "
    "failure to perform due to institutional adjustments, personnel changes and other reasons is all regarded as "
    "breach of contract and dishonesty.",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约",
     "并依法对市场主体因此受到的损失予以补偿",
     "Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty"],
    [E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(BE, "第三十一条", "应当依照法定权限和程序进行，并依法对市场主体因此受到的损失予以补偿"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("multi",
    "我局与供应商约定“货物交付后经验收合格付款”，但合同未写明验收期限。货物已于四个月前交付，我局至今未组织验收。"
    "对方主张付款期限早已起算。请问：（一）条例第十条对验收期限及付款期限起算点如何规定？（二）机关拖延验收的，"
    "条例规定了何种法律责任？",
    "（一）第十条：约定以交付后经检验或者验收合格作为付款条件的，付款期限自检验或者验收合格之日起算；合同双方应当"
    "在合同中约定明确、合理的检验或者验收期限并在该期限内完成；机关、事业单位和大型企业拖延检验或者验收的，付款期限"
    "自约定的检验或者验收期限届满之日起算。（二）第三十一条第（二）项：机关、事业单位拖延检验、验收的，由其上级机关、"
    "主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["付款期限应当自检验或者验收合格之日起算", "合同双方应当在合同中约定明确、合理的检验或者验收期限",
     "付款期限自约定的检验或者验收期限届满之日起算", "（二）拖延检验、验收"],
    [E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十条", "合同双方应当在合同中约定明确、合理的检验或者验收期限"),
     E(SME, "第十条", "拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "My boss wants to co-invest with a Guangzhou state-owned group in an AI start-up. Two questions from the "
    "lecture-hall write-up: if the deal loses money, will the SOE managers get punished (which would make them too "
    "timid to sign)? And does the report say anything about regulators giving new sectors like AI some breathing "
    "room?",
    "¶21 (Guangzhou Metro): the second batch of the Guidelines says that if an investment made with due diligence "
    "and through compliant decision-making procedures incurs losses due to objective factors such as market risks, "
    "the relevant personnel may be exempted from liability – a \"safety zone\" for compliant investment decisions. "
    "¶25 (Capitalogics): the Guidelines treat due diligence and compliance as grounds for liability exemption, and "
    "the \"inclusive and prudent supervision\" and \"observation period\" system gives trial-and-error space and "
    "development patience to new business formats such as artificial intelligence.",
    ["incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from "
     "liability", "provide valuable trial-and-error space and development patience for new business formats such "
     "as artificial intelligence"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶21", "providing a “safety zone” for compliant investment decision-making"),
     E(GZ, "¶25", "provide valuable trial-and-error space and development patience")],
    lang="en")

add("multi",
    "我局一名副科长得知供应商向省工信厅投诉后，私下打电话给对方老板，称“再闹下去以后别想接局里的活”。供应商现以此"
    "为由要求追责。《保障中小企业款项支付条例》对此类行为有何禁止性规定？相关人员可能承担什么责任？",
    "第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行"
    "恐吓、打击报复。第三十五条：有此类行为的，对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，"
    "依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "下礼拜要跟一家做路灯维修的小公司签年度合同。对方说押金现在拿不出现钱，想找银行开个担保的单子来顶，"
    "我们财务科死活只认现金。这么卡人家行不行啊？",
    "不行。《保障中小企业款项支付条例》第十三条第二款：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以"
    "金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("paraphrase",
    "My boss is old-school Hong Kong – he likes to take officials out for yum cha and give them a lift in his car. "
    "I hear Guangzhou has put out two rulebooks on dealing with officials. Which one covers that sort of everyday "
    "stuff, and what is the other one about?",
    "Per ¶9 of the lecture-hall report, the first batch of the Guidelines systematically responded to regular "
    "government-business interaction issues such as \"what meals can be eaten and what vehicles can be taken\"; "
    "the second batch focuses on new productive forces and full-cycle services for enterprise development, from "
    "investment promotion to project landing.",
    ["what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "full-cycle services for enterprise development from investment promotion")],
    lang="en")

add("paraphrase",
    "说句实在话，我们局一把手刚换人。新来的领导翻出前任拍板、跟一家民营公司签的那份配套协议，觉得吃亏，想以"
    "“前任签的不算”为由不再履行。从法律上讲这条路走得通吗？真要改，得怎么改？",
    "走不通。《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺和"
    "订立的合同，不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；因国家利益、社会"
    "公共利益需要改变的，应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "并对民营经济组织因此受到的损失予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿")],
    lang="zh")

add("paraphrase",
    "off the record – does beijing ever actualy name and shame the local goverments that keep stiffing "
    "businesses, or is it all kept in house?",
    "The NDRC notice, item IV.(9), says a batch of typical cases will be exposed: cases with serious dishonesty, "
    "repeated dishonesty and strong public complaints are selected, publicised on the \"Credit China\" website and "
    "exposed to society through news media to form a strong public-opinion deterrent.",
    ["serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "供应商坚持要我们“处理”当年经手签合同、一直压着款子不付的那位老处长。可这位老处长去年就办了退休，现在天天在"
    "小区里下象棋、周末去水库钓鱼。人都退了，监委还能管他吗？",
    "能查但不再给政务处分。《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再"
    "给予政务处分，但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法所得"
    "依第二十五条处理。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "In Hong Kong, joining the Chinese General Chamber of Commerce is entirely voluntary. If my principal sets up a "
    "company in Guangzhou, can the district authorities make it join a local trade association, or sign it up for "
    "paid 'training' and 'appraisal' events? What do China's Regulations on Optimizing the Business Environment say?",
    "Article 17: unless laws or regulations provide otherwise, market entities have the right to decide on their own "
    "whether to join or leave industry associations, chambers of commerce and similar organisations, and no one may "
    "interfere; no one may force or disguisedly force them to take part in appraisals, standard-meeting, "
    "commendations, training, assessments, examinations and similar activities, or use such activities to charge "
    "them fees. (Art. 71 lets the authorities order associations that do so to correct it.)",
    ["市场主体有权自主决定加入或者退出行业协会商会等社会组织", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "市场主体有权自主决定加入或者退出行业协会商会等社会组织，任何单位和个人不得干预"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="en")

add("cross_lingual",
    "Market access: one national negative list, or can Guangdong/Guangzhou add their own on top? (Business "
    "Environment Regulations.)",
    "Article 20: the State applies a nationally unified market-access negative list; outside it all market entities "
    "may enter equally according to law, and no region or department may formulate a separate negative list of a "
    "market-access nature.",
    ["实行全国统一的市场准入负面清单制度", "各地区、各部门不得另行制定市场准入性质的负面清单"],
    [E(BE, "第二十条", "实行全国统一的市场准入负面清单制度"),
     E(BE, "第二十条", "各地区、各部门不得另行制定市场准入性质的负面清单")],
    lang="en")

add("cross_lingual",
    "发改委2023年关于完善政务诚信履约机制的通知（发改财金〔2023〕1103号）第二部分第（1）项所称“违约失信”，范围具体"
    "覆盖政府部门与民营企业在哪些领域签订的协议合同？我市与该供应商之间系政府采购合同，是否落入其中？",
    "是。通知II.(1)：违约失信的范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业"
    "扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为（\"government procurement, bidding, investment "
    "promotion, government-social capital cooperation, industrial support, government investment, and other "
    "fields\"），政府采购合同在其中。",
    ["breach and repudiation behaviors in various agreements and contracts signed by government departments with "
     "private enterprises", "government procurement, bidding, investment promotion, government-social capital "
     "cooperation, industrial support, government investment"],
    [E(NDRC, "II.(1)", "breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion")],
    lang="zh")

add("cross_lingual",
    "广州那场廉洁合规大讲堂的报道里，广药集团审计部负责人讲“三个区分”时，具体说了什么样的投资亏损可以容错、什么样的"
    "必须追责？",
    "据报道¶30：一是区分合规决策与违规失职，二是区分客观风险与人为漏洞。因政策调整、市场变化、技术探索等固有风险造成"
    "损失、且已采取应有止损措施的，予以容错；因投后管控缺失、挪用资金、隐瞒风险或处置迟延导致损失扩大的，对失职者"
    "必须追责。",
    ["If losses are caused by inherent risks such as policy adjustments, market changes, and technological "
     "exploration", "lack of post-investment control, misappropriation of funds, or concealment of risks and "
     "delayed disposal"],
    [E(GZ, "¶30", "inherent risks such as policy adjustments, market changes"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="zh")

add("cross_lingual",
    "Worst case for my boss: a falling-out with a Guangzhou partner, and local authorities step in and freeze "
    "things. Under the State Council's Regulations on Optimizing the Business Environment, what limits are there on "
    "sealing up, freezing or seizing a company's assets or the owner's personal property?",
    "Article 14: the State protects market entities' property and the personal and property safety of business "
    "operators; sealing up, freezing or seizing the property of market entities or the personal property of "
    "business operators in violation of statutory authority, conditions or procedures is strictly prohibited, and "
    "where such administrative compulsory measures are really needed they must be limited to the necessary scope.",
    ["对市场主体的财产和企业经营者个人财产实施查封、冻结和扣押等行政强制措施", "应当限定在所必需的范围内"],
    [E(BE, "第十四条", "严禁违反法定权限、条件、程序对市场主体的财产和企业经营者个人财产实施查封、冻结和扣押等行政强制措施"),
     E(BE, "第十四条", "依法确需实施前述行政强制措施的，应当限定在所必需的范围内")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "对方起诉主张逾期利息。条例第十七条规定未约定利率的按每日万分之五计算。请问该条对逾期利息总额是否设有封顶？"
    "例如是否以不超过欠款本金或合同价款的一定比例为限？",
    ["封顶", "利息总额", "不超过欠款本金"],
    "第十七条只规定约定利率不得低于合同订立时1年期LPR、未约定的按每日万分之五计付，未规定任何上限或封顶；其他文件"
    "也没有。",
    lang="zh", present=["万分之五", "逾期利息"])

unans("not_covered",
    "Under Article 19 of the Regulations on Optimizing the Business Environment, exactly how many working days does "
    "Guangzhou have to complete a company start-up? The Companies Registry back home does it in a few days online, "
    "so I want a like-for-like figure for the briefing.",
    ["working days", "开办时限为", "个工作日内办结", "Companies Registry"],
    "Article 19 only says that, within the enterprise start-up time limit set by the State, each region shall "
    "determine and publish the specific processing time; no number of days is given, and no document states "
    "Guangzhou's figure.",
    lang="en", present=["企业开办时限", "具体办理时间"])

unans("not_covered",
    "本案已于上月在市中级人民法院开庭。对方依据《保障中小企业款项支付条例》第九条、第十七条主张本金及逾期利息，"
    "我方抗辩称项目尚未完成财政评审。庭审中审判长对我方证据似乎不太认可，休庭时对方律师还跟书记员有说有笑。"
    "结合条文，请评估我方胜诉的概率有多大？法院大概率会支持多少利息？",
    ["胜诉", "败诉", "概率"],
    "预测诉讼结果：文件只规定付款期限、逾期利息和不得以决算审计等为由拒付等规则，不可能给出胜诉概率或法院判决金额。",
    lang="zh", present=["逾期利息", "决算审计"])

unans("not_covered",
    "How many member companies does the GBA Integrity and Compliance Association have right now, and how many of "
    "them are Hong Kong companies?",
    ["member companies", "number of members", "Hong Kong companies"],
    "The GZ report describes the membership by ownership type and says it covers 29 industry sectors, but gives no "
    "member count and no breakdown of Hong Kong members.",
    lang="en", present=["29 industry sectors", "overseas-invested enterprises"])

unans("not_covered",
    "供应商还向市监委检举了我局经办人。按《政务处分法》，监察机关立案调查后最长多久必须作出政务处分决定？有没有法定"
    "的调查期限？",
    ["调查期限", "结案期限", "个月内作出政务处分决定"],
    "政务处分法第四章规定调查应由二名以上工作人员进行、调查终结后的处理方式、决定书内容等，第五十四条只规定降级以上"
    "处分后一个月内办理待遇变更手续，未规定调查或作出决定的期限；其他文件也没有。",
    lang="zh", present=["调查终结", "一个月内"])

unans("not_covered",
    "Item II.(2) of the NDRC notice: how many working days does the competent department get to verify a "
    "breach-of-contract complaint?",
    ["working days", "within 15 days", "deadline"],
    "II.(2) says complaints are transferred immediately for verification and identification and that feedback is "
    "given promptly if untrue, but sets no verification deadline in days.",
    lang="en", present=["immediately transfer", "promptly provide feedback"])

unans("not_covered",
    "《民营经济促进法》第六十七条要求国家机关及时向民营经济组织支付账款。请问该法本身规定的付款期限是多少日？答辩状中"
    "我方需准确援引该法的条文，不援引其他法规。",
    ["日内支付民营经济组织账款", "日内向民营经济组织支付"],
    "民营经济促进法第六十七条只要求“依法或者依合同约定及时”支付，并列举不得拖延的理由，没有规定具体天数；30日/60日"
    "的期限出自《保障中小企业款项支付条例》第九条，不是该法的规定。",
    lang="zh", present=["及时向民营经济组织支付账款", "30日内支付款项"])

unans("not_covered",
    "Mid-Autumn is coming up. Back in Hong Kong we'd just check the civil-service gift rules. Under the Guangzhou "
    "government-business Guidelines (or China's Public Official Sanctions Law), what is the maximum value of a "
    "mooncake gift box my boss can give a Guangzhou district official – is anything under RMB 200 fine?",
    ["mooncake", "RMB 200", "Mid-Autumn"],
    "No document sets a value threshold: PS Art. 34 punishes giving gifts that may affect the fair exercise of public "
    "power without any amount, and the GZ report only says the first batch of the Guidelines covered meals and "
    "vehicles, without stating any figure.",
    lang="en", present=["礼品、礼金", "what meals can be eaten"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "根据《保障中小企业款项支付条例》第十二条，机关、事业单位可以要求以审计机关的审计结果作为结算依据，故我局在区"
    "审计局出具审计报告前暂不结算付款完全合法。请问审计报告出具后，我局最迟应在多少日内付款？",
    ["审计报告出具", "审计结果出具"],
    "前提错误：第十二条规定机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据（法律、行政法规"
    "另有规定的除外），第三十一条第（四）项将其列为违法情形；条例也没有“审计报告出具后多少日付款”的规定。",
    lang="zh", present=["审计结果作为结算依据"],
    related=[E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
             E(SME, "第三十一条", "（四）没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据；")])

unans("false_premise",
    "Why does the NDRC's 2023 notice require a local government that breaks a contract with a private company to pay "
    "that company a penalty of 10% of the contract value? Is that on top of ordinary damages?",
    ["10%", "contract value", "10 per cent"],
    "False premise: the notice provides for recording breach-of-contract dishonesty, restrictions by the NDRC "
    "(III.(4)) and local dishonesty punishment measures such as restricting funding support and procurement "
    "participation (III.(5)); it sets no payment to the company and no 10% penalty.",
    lang="en", present=["dishonesty punishment measures"],
    related=[E(NDRC, "III.(5)", "restricting government funding support, limiting applications for support"),
             E(NDRC, "III.(4)", "restrict support from central budget funds")])

unans("false_premise",
    "《优化营商环境条例》第三十二条只规定“大型企业不得利用优势地位拖欠中小企业账款”，对国家机关仅要求“加大清理"
    "力度”，并无禁止机关拖欠的规定。据此，我局作为机关在该条例项下不受拖欠禁止的约束，这个理解对吗？请说明应如何在"
    "答辩中援引。",
    ["并无禁止", "不受该条例约束", "不受拖欠禁止"],
    "前提错误：第三十二条第一款首先规定“国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款”，第六十九条"
    "第（七）项还将违约拖欠账款列为追究责任的情形。",
    lang="zh", present=["不得违约拖欠市场主体的货物、工程、服务等账款"],
    related=[E(BE, "第三十二条", "国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款"),
             E(BE, "第六十九条", "或者违约拖欠市场主体的货物、工程、服务等账款")])

unans("false_premise",
    "Since the GBA Integrity and Compliance Association was set up by Hong Kong's ICAC in 2021 as its Guangzhou "
    "outpost, can my boss's Hong Kong company join through the ICAC's Business Ethics Development Centre?",
    ["ICAC", "Business Ethics Development Centre", "outpost"],
    "False premise: the report says the association was established in 2021 as a non-profit social organisation "
    "jointly promoted by Guangzhou's Municipal Commission for Discipline Inspection and Supervision, Municipal SASAC "
    "and Municipal Federation of Industry and Commerce; the ICAC plays no part, and no joining route is described.",
    lang="en", present=["Hong Kong Exchange Activity"],
    related=[E(GZ, "¶32", "a non-profit social organization jointly promoted by the Municipal Commission"),
             E(GZ, "¶41", "Enterprise Integrity and Compliance Management Association was established")])

unans("false_premise",
    "条例第二十五条规定，处理投诉部门应当自收到投诉材料之日起60日内形成处理结果，情况复杂的可延长至180日。该供应商"
    "的投诉材料本月初才转到我局主管部门，那我们是不是还有将近半年时间准备答复材料？",
    ["180日", "60日内形成处理结果"],
    "前提错误：第二十五条规定处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，经批准可适当延长，但处理期限最长"
    "不得超过90日。",
    lang="zh", present=["最长不得超过90日"],
    related=[E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
             E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")])

unans("false_premise",
    "My boss's Guangzhou trading subsidiary is a large enterprise buying from small local suppliers. As I understand "
    "it, the SME payment Regulations put large enterprises on the same 30-day clock as government bodies, "
    "extendable by contract to 60 days at most. How should we restructure our current 90-day supplier terms to fit "
    "that 30/60 window?",
    ["大型企业应当自交付之日起30日内", "30/60"],
    "False premise: Article 9 gives large enterprises 60 days from delivery, and where the contract provides "
    "otherwise the term must be set reasonably under industry norms and trade customs (with no fixed maximum, "
    "but no third-party-payment condition); the 30-day / 60-day-maximum rule applies only to government bodies "
    "and public institutions.",
    lang="en", present=["60日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
             E(SME, "第九条", "应当按照行业规范、交易习惯合理约定付款期限并及时支付款项")])

unans("false_premise",
    "发改委通知第三部分第（4）项规定，对有政务失信记录的地级以上城市，一律取消其“全国文明城市”称号，并暂停中央预算内"
    "投资三年。我市如果被认定失信，这三年里还能申报哪些项目？",
    ["文明城市", "civilized city", "three years"],
    "前提错误：III.(4)规定对有失信记录的主体限制中央预算内资金支持、限制申报地方政府专项债券等；对有政务失信记录的"
    "地级以上城市取消发改系统评优评奖和试点示范资格、加大城市信用监测扣分权重、取消社会信用体系建设示范区称号或资格。"
    "没有“文明城市”称号，也没有三年期限。",
    lang="zh", present=["special bonds"],
    related=[E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
             E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones of social credit")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "Quick personal one from my boss: what's today's HKD to RMB exchange rate, and can he open a mainland account "
    "through Cross-boundary Wealth Management Connect?",
    ["exchange rate", "Wealth Management Connect", "HKD"],
    "Currency and retail banking; none of the documents deals with it.",
    lang="en", present=["Hong Kong"])

unans("out_of_domain",
    "对一审判决不服的，民事案件的上诉期是判决书送达之日起多少日？我市政府作为被告，能否申请延长上诉期？",
    ["上诉期", "民事诉讼法", "一审判决"],
    "民事诉讼程序问题，文件不涉及（文件只提到可以依法申请行政复议、提起诉讼）。",
    lang="zh", present=["提起诉讼"])

unans("out_of_domain",
    "What's the fastest way from West Kowloon to the Liby Center in Guangzhou for the next lecture-hall session – "
    "high-speed rail or a cross-border coach – and how long does the trip take?",
    ["West Kowloon", "high-speed rail", "coach"],
    "Travel logistics; the GZ report only says the 12th session was held at the Liby Center.",
    lang="en", present=["Liby Center"])

unans("out_of_domain",
    "How much does it cost to renew a Hong Kong Business Registration Certificate for a year, and can it be done "
    "online with the Inland Revenue Department?",
    ["Business Registration Certificate", "Inland Revenue"],
    "Hong Kong business registration fees; not covered by any document.",
    lang="en", present=["Hong Kong"])

unans("out_of_domain",
    "Compare Hong Kong's profits tax rate with the corporate income tax rate for a company in Guangzhou's Nansha "
    "district.",
    ["profits tax", "Nansha", "income tax"],
    "Tax rates; none of the documents gives any (the GZ report only names a Finance and Taxation committee).",
    lang="en", present=["Finance and Taxation"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "对方律师援引的是2020年版《保障中小企业款项支付条例》（国务院令第728号）原文。请问2020年版中机关付款期限的规定与"
    "2025年修订后的第九条相比有何不同？修订前是否也有“最长不得超过60日”的限制？",
    ["修订前", "2020年版", "原第八条"],
    "语料只有2025年3月国务院令第802号修订后的条例文本，没有2020年原文，无法比较修订前后的条文。",
    lang="zh", present=["第728号", "第802号修订"])

unans("superseded",
    "Our compliance memo still quotes SASAC's 2018 Guidelines for Compliance Management of Central Enterprises. "
    "What did the 2018 guidelines say about the chief compliance officer, and which of their provisions were carried "
    "over into the 2022 Measures?",
    ["2018", "试行"],
    "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42); no 2018 "
    "document is in it, so nothing can be compared.",
    lang="en", present=["首席合规官", "国务院国有资产监督管理委员会令第42号"])

unans("superseded",
    "《民营经济促进法》草案征求意见稿中关于政府履约的条款，跟正式通过的第七十条在措辞上有什么区别？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过的正式法律文本，没有任何草案或征求意见稿。",
    lang="zh", present=["2025年5月20日起施行"])

unans("superseded",
    "The report mentions the Guangzhou Enterprise Integrity and Compliance Governance Index Survey Report (2023). "
    "What overall index score did Guangzhou enterprises get in it, and how did that compare with the 2022 report?",
    ["index score", "overall score"],
    "The GZ report only says the 2022 and 2023 index survey reports were released (March 2023 and March 2024); "
    "neither report is in the corpus and no score is given.",
    lang="en", present=["Governance Index Survey Report"])
