"""Hard-case gold items, forty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: the compliance manager of a provincial state-owned construction group (Chinese, formal, quotes
articles by number), and a small software start-up founder selling to public hospitals and schools (English
and Chinese, terse).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "本集团系省国资委履行出资人职责的省属建筑施工企业，并非国务院国资委监管的中央企业。请问《中央企业合规管理办法》"
    "对我集团是否直接适用？该办法对地方国有企业的合规管理作了何种安排？",
    "不直接适用：该办法第二条规定其适用于国资委根据国务院授权履行出资人职责的中央企业。对地方国企，第四十条规定："
    "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作。",
    ["地方国有资产监督管理机构参照本办法", "指导所出资企业加强合规管理工作"],
    [E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")],
    lang="zh")

add("single",
    "City health commission got flagged as dishonest under the NDRC notice after stiffing us on a contract. "
    "They've now paid in full. Does the flag come off?",
    "Yes. NDRC notice III.(6): once the identifying department confirms that the dishonest behaviour has been "
    "corrected and performance completed, the relevant dishonesty records should be promptly restored and the "
    "dishonesty punishment measures terminated; credit leading departments at all levels coordinate and guide "
    "credit restoration in their jurisdiction.",
    ["the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "and dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "我集团下属某工程公司副总经理（国有企业管理人员）因违规兼职取酬，被区监委给予记大过政务处分。依《公职人员政务"
    "处分法》，记大过的处分期为多长？处分期自何时起算？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分决定"
    "生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "区人民医院欠我们软件款四十来万。想拿这笔应收账款找银行融资，银行要医院确权，医院一直拖着不盖章。有时限吗？",
    "有。《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小"
    "企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "guangzhou govt-business interaction Guidelines: how many scenarios do the two batches cover, and if my "
    "situation isnt one of them, what's the test?",
    "Per ¶10 of the lecture-hall report, the two batches cover 33 scenarios, which cannot encompass all situations; "
    "the core of judging other situations is to distinguish between \"acting for the public good\" and \"acting for "
    "personal gain\", and the key is whether the actions can be \"put on the table\".",
    ["the 33 scenarios covered in the two batches", "acting for the public good", "acting for personal gain"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "the key is whether the actions can be")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "本集团为省属国有大型企业。近期修订专业分包合同范本时，部分项目公司提出加入“最终结算价以审计机关审计结果为准”"
    "条款。请问依《保障中小企业款项支付条例》第十二条，该条款能否写入？如分包方为中小企业而我方坚持，集团将承担何种"
    "后果？",
    "不能强制写入。第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政"
    "法规另有规定的除外。第三十三条第二款：国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据"
    "的，由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正",
     "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正"),
     E(SME, "第三十三条", "拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "Won a county hospital IT procurement last year. New county health director arrived in March and scrapped the "
    "contract. 1) Can I complain under the NDRC 2023 notice? 2) Is 'new director' a valid excuse?",
    "1) Yes: II.(1) covers complaints involving government departments (including agencies and public "
    "institutions), and the scope of breach of contract includes breach and repudiation of agreements signed with "
    "private enterprises in government procurement and other fields; complain through the provincial credit "
    "leading department's complaint columns. 2) No: II.(2) says failure to perform due to institutional "
    "adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["including agencies and public institutions",
     "signed by government departments with private enterprises in government procurement",
     "personnel changes, and other reasons shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(1)", "government departments (including agencies and public institutions)"),
     E(NDRC, "II.(1)", "with private enterprises in government procurement, bidding"),
     E(NDRC, "II.(2)", "personnel changes, and other reasons shall all be regarded as breach of contract")],
    lang="en")

add("multi",
    "我集团参照《中央企业合规管理办法》建设合规管理体系。如下属单位因违规行为被处以重大行政处罚，依该办法第二十二条"
    "应由谁牵头应对、是否需要报告？另依第十二条，首席合规官应由何人担任，是否需要新增领导职数？",
    "第二十二条：因违规行为引发重大行政处罚等重大合规风险事件的，应当由首席合规官牵头，合规管理部门统筹协调，相关"
    "部门协同配合，及时采取措施妥善应对；中央企业还应当按照相关规定及时向国资委报告。第十二条：结合实际设立首席合规"
    "官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["应当由首席合规官牵头，合规管理部门统筹协调", "及时向国资委报告", "不新增领导岗位和职数，由总法律顾问兼任"],
    [E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
     E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("multi",
    "A Guangzhou state-owned fund might invest in our startup. Their investment manager is nervous he'll get "
    "blamed if we flop. According to the lecture-hall report on the Guidelines, when is he off the hook and when "
    "isn't he?",
    "¶21: if an investment made with due diligence and through compliant decision-making procedures incurs losses "
    "due to objective factors such as market risks, the relevant personnel may be exempted from liability. ¶30: "
    "losses from inherent risks (policy adjustments, market changes, technological exploration) where due measures "
    "were taken to stop losses get error tolerance; losses expanded through lack of post-investment control, "
    "misappropriation of funds, or concealment of risks and delayed disposal mean those derelict must be held "
    "accountable.",
    ["incurs losses due to objective factors such as market risks", "may be exempted from liability",
     "error tolerance will be granted", "lack of post-investment control, misappropriation of funds"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "and due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "if losses are expanded due to lack of post-investment control")],
    lang="en")

add("multi",
    "我集团某二级子公司副总经理（属《监察法》第十五条规定的国有企业管理人员）已被市监委立案调查。该同志年满五十八岁，"
    "上周向集团人力资源部递交了提前退休申请，人力资源部认为其工龄已满、材料齐全，拟本月内办结。请问：一、依《公职"
    "人员政务处分法》第五十二条，集团能否在立案调查期间为其办理退休手续？二、倘若其已退休，依第二十七条将如何处理？",
    "一、不能。第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职；被调查公职人员所在"
    "机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续。二、第二十七条：已经退休的公职人员"
    "退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照"
    "规定相应调整其享受的待遇。",
    ["不得对其交流、晋升、奖励、处分或者办理退休手续", "不再给予政务处分，但是可以对其立案调查",
     "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第五十二条", "不得对其交流、晋升、奖励、处分或者办理退休手续"),
     E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "区教育局的人跟我说，想进他们学校信息化采购的“推荐名单”，得先报他们搞的一个培训班，一个人3800，还得去他们点名"
    "的那家测评公司出份报告，别家的不认。我们就三个人的小公司，这钱必须花吗？",
    "不必。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。第四十三条：行政"
    "机关不得为市场主体指定或者变相指定中介服务机构；除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介"
    "服务。（第六十九条第（五）、（九）项对此追究责任。）",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训", "不得借前述活动向市场主体收费或者变相收费",
     "行政机关不得为市场主体指定或者变相指定中介服务机构"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构")],
    lang="zh")

add("paraphrase",
    "Does anybody actually dock points from local officials when their city breaks promises to businesses? Like, "
    "does it show up on their report card at all, per that NDRC paper?",
    "Yes. NDRC notice III.(3): credit leading departments at all levels should promote the inclusion of dishonesty "
    "records into the performance evaluation indicators of relevant government departments, and the NDRC will "
    "include government dishonesty records in business environment evaluations and comprehensive performance "
    "evaluations of high-quality development.",
    ["promote the inclusion of dishonesty records into performance evaluation indicators",
     "include government dishonesty records in business environment evaluations"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")],
    lang="en")

add("paraphrase",
    "县医院信息科主任暗示我：搞个“团建”，去温泉山庄玩两天，费用我们包，单子就好签了。真这么弄了，他那边会怎么样？"
    "我们公司这边呢？",
    "对他：《公职人员政务处分法》第三十四条第二款，接受可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，"
    "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职（公办医疗卫生单位中从事管理的人员属公职"
    "人员）。对你们：《民营经济促进法》第三十六条，民营经济组织不得通过贿赂和欺诈等手段牟取不正当利益。",
    ["接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排", "不得通过贿赂和欺诈等手段牟取不正当利益"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "娱乐等活动安排，情节较重的，予以警告、记过或者记大过"),
     E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")],
    lang="zh")

add("paraphrase",
    "We build AI tools. Does the Guangzhou lecture writeup say anything about regulators giving brand-new kinds of "
    "businesses some room to experiment before they clamp down?",
    "Yes. In ¶25 (Capitalogics' Zhang Xin) the report says the \"inclusive and prudent supervision\" and "
    "\"observation period\" system advocated by the Guidelines provides valuable trial-and-error space and "
    "development patience for new business formats such as artificial intelligence; and the Guidelines state that "
    "\"due diligence and compliance are grounds for liability exemption\".",
    ["inclusive and prudent supervision", "observation period",
     "trial-and-error space and development patience for new business formats"],
    [E(GZ, "¶25", "provide valuable trial-and-error space and development patience"),
     E(GZ, "¶25", "new business formats such as artificial intelligence")],
    lang="en")

add("paraphrase",
    "集团有位员工找到我，说他往公司信箱写信反映某项目经理吃分包商回扣，结果没几天那位项目经理就知道是他写的，随后"
    "把他从项目上调走、年终考核给了末等。如果参照央企那套合规办法，公司在这件事上本应怎么做？",
    "《中央企业合规管理办法》第二十四条：企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当"
    "奖励；任何单位和个人不得以任何形式对举报人进行打击报复；相关部门应受理调查，对涉嫌违纪违法的，按照规定移交纪检"
    "监察等相关部门或者机构。",
    ["对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复"),
     E(SOE, "第二十四条", "对涉嫌违纪违法的，按照规定移交纪检监察等相关部门或者机构")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Public hospital (a public institution) bought our software, delivered last week. Contract says nothing on "
    "payment date. Deadline? And can they put 120 days in the next contract?",
    "Article 9 of the Regulations on Guaranteeing Payments to SMEs: organs and public institutions must pay within "
    "30 days of delivery; a contract may provide otherwise, but the payment term may not exceed 60 days - so 120 "
    "days is not allowed.",
    ["交付之日起30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="en")

add("cross_lingual",
    "School district's IT chief told me: complain about the late payement and you'll never work with us again. "
    "Is that legal under China's SME payment rules? Any consequence for him?",
    "No. Article 20: organs, public institutions and large enterprises and their staff may not in any form "
    "intimidate or retaliate against SMEs or their staff who request payment or complain. Article 35: for such "
    "intimidation or retaliation, the responsible leaders and directly responsible personnel are given sanctions "
    "or penalties according to law; where a crime is constituted, criminal liability is pursued.",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="en")

add("cross_lingual",
    "国家发展改革委《关于完善政务诚信履约机制优化民营经济发展环境的通知》（2023年第1103号）第三部分第（四）项，"
    "对有失信记录的相关主体，以及对有政务失信记录的地级及以上城市，分别规定了哪些惩戒措施？",
    "III.(4)：对有失信记录的相关主体，发改委将限制中央预算内资金支持、限制申报地方政府专项债券、按规定限制各类融资"
    "项目推荐；对有政务失信记录的地级及以上城市，取消其发展改革系统评优评奖和试点示范资格，加大城市信用监测扣分权重，"
    "取消社会信用体系建设示范区称号或资格。",
    ["restrict support from central budget funds, limit applications for local government special bonds",
     "cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds, limit applications"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="zh")

add("cross_lingual",
    "广州那个廉洁合规大讲堂的报道里说，大湾区廉洁合规协会可以给企业做“合规体检”？具体做些啥？",
    "据报道¶37，协会的“企业合规体检”（Enterprise Compliance Health Check）为企业提供定制化的合规体检和反舞弊调查"
    "等专业服务，帮助企业建立廉洁合规管理体系。",
    ["customized compliance health checks and anti-fraud investigations",
     "helping them build an integrity and compliance management system"],
    [E(GZ, "¶37", "customized compliance health checks and anti-fraud investigations"),
     E(GZ, "¶37", "helping them build an integrity and compliance management system")],
    lang="zh")

add("cross_lingual",
    "A rival keeps posting on social media that our scheduling software leaks patient data. Totally false, and two "
    "hospitals have paused talks with us. Does China's Private Economy Promotion Law give us anything to work with?",
    "Yes, Article 59: private economic organisations' right to name, reputation and honour is protected; no one may "
    "use the internet or other channels to maliciously infringe them by insult or defamation, and network service "
    "providers must handle such illegal information. The victim may apply to a people's court for an order that the "
    "infringer stop; where the malicious infringement causes actual losses in operations or financing, the "
    "infringer bears liability for compensation.",
    ["以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益", "有权依法向人民法院申请采取责令行为人停止有关行为的措施",
     "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "侵权人依法承担赔偿责任")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "《中央企业合规管理办法》第二十七条要求“定期开展合规管理体系有效性评价”。请问该办法规定的评价频次是每年一次"
    "还是每三年一次？是否须委托第三方机构实施？",
    ["每年一次", "每三年", "第三方机构", "第三方评价"],
    "第二十七条只说“定期开展”有效性评价并适时开展专项评价，第十四条说合规管理部门根据董事会授权开展有效性评价；"
    "办法未规定评价频次，也未要求委托第三方。",
    lang="zh", present=["定期开展合规管理体系有效性评价", "有效性评价"])

unans("not_covered",
    "Private Economy Promotion Law specifically - how many days does a public school have to pay a small private "
    "vendor after delivery? I need the number from that law, not from some other regulation.",
    ["30 days", "days of delivery"],
    "The PE law (Art. 67) only requires state organs, public institutions and SOEs to pay private economic "
    "organisations in time (及时) and bars pretexts for delay; it states no number of days. The 30/60-day terms are "
    "in the SME payment Regulations (Art. 9), not in the law asked about.",
    lang="en", present=["及时向民营经济组织支付账款", "30日内支付款项"])

unans("not_covered",
    "打算在国家拖欠中小企业款项投诉平台投诉某区人民医院欠我们的系统尾款，合同关系清楚、验收单也有。你帮我判断下，"
    "胜算大不大？大概率能在一个月内拿到钱吗？",
    ["胜算", "成功率"],
    "预测问题。条例第二十四、二十五条只规定受理、转交和处理投诉的期限（10个工作日内转交、30日内形成处理结果、最长"
    "90日），并未也不可能说明投诉能否成功、何时到账。",
    lang="zh", present=["投诉平台", "30日内形成处理结果"])

unans("not_covered",
    "Filing an arrears complaint on MIIT's Registration (Complaint) Platform for Breach of Contract and Arrears to "
    "SMEs - is there a filing fee? how much?",
    ["fee", "filing fee", "free of charge"],
    "The NDRC notice (II.(1)) only names the platform as a channel; the SME Regulations (Arts. 24-25) set up "
    "complaint handling; none of the documents mentions any fee or cost of filing a complaint.",
    lang="en", present=["Registration (Complaint) Platform"])

unans("not_covered",
    "依《公职人员政务处分法》第四十四条，调查终结后由监察机关分别作出处理。请问自立案至调查终结，该法规定的调查期限"
    "为多长？逾期未结案的，被调查人能否申请撤案？",
    ["调查期限", "结案期限", "申请撤案"],
    "政务处分法第四十二条至第四十四条规定调查的人员、取证和调查终结后的处理，但没有规定调查期限，也没有被调查人"
    "申请撤案的程序；第五十四条的一个月/六个月是办理待遇变更手续的期限。",
    lang="zh", present=["调查终结", "撤销案件"])

unans("not_covered",
    "How many of the 33 scenarios in the Guangzhou Guidelines are in the second batch alone? And is one of them "
    "about selling software to hospitals?",
    ["software", "hospital", "hospitals"],
    "The GZ report gives only the total of 33 scenarios across the two batches (¶10) and describes the second batch's "
    "focus (investment promotion to project landing); it does not split the count by batch or list a software/"
    "hospital scenario.",
    lang="en", present=["33 scenarios", "second batch"])

unans("not_covered",
    "依《中央企业合规管理办法》第二十四条，对举报属实的举报人可以给予适当奖励。请问奖励标准是多少？是否按涉案金额的"
    "一定比例计算？",
    ["奖励标准", "奖励金额", "涉案金额"],
    "第二十四条只规定“可以给予适当奖励”，未规定任何奖励标准、金额或计算比例；其他文件也没有。",
    lang="zh", present=["适当奖励"])

unans("not_covered",
    "NDRC notice: after I file, within how many working days must the provincial credit dept pass my complaint on, "
    "and how many days does the verifying department get?",
    ["working days", "days"],
    "II.(2) only says the provincial credit leading departments should \"immediately transfer\" complaint clues and "
    "the identifying department should \"promptly\" give feedback; no number of days is set anywhere in the notice.",
    lang="en", present=["immediately transfer", "promptly"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "《中央企业合规管理办法》第十二条为何要求首席合规官必须由总会计师兼任？我集团总会计师已身兼数职，可否另设专职"
    "首席合规官？",
    ["总会计师"],
    "前提错误：第十二条规定首席合规官不新增领导岗位和职数，由总法律顾问兼任，并非总会计师；办法中没有“总会计师”。",
    lang="zh", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "The SME payment Regulations only protect companies with fewer than 20 employees, right? We're 35 people now - "
    "how do we prove we still qualify under Article 3?",
    ["20 employees", "fewer than 20", "employees"],
    "False premise: Article 3 defines SMEs by the State Council-approved SME classification standards (medium, small "
    "and micro enterprises), determined at the time the contract is concluded; no headcount threshold appears in the "
    "Regulations (Art. 29 provides a size self-test platform and a recognition procedure for disputes).",
    lang="en", present=["中小企业划分标准", "企业规模类型"],
    related=[E(SME, "第三条", "依据国务院批准的中小企业划分标准确定的中型企业、小型企业和微型企业"),
             E(SME, "第二十九条", "建立企业规模类型测试平台，提供中小企业规模类型自测服务")])

unans("false_premise",
    "依《公职人员政务处分法》第八条，撤职处分的期间为三十六个月。我集团一名被撤职的项目公司经理，在这三十六个月"
    "内能否参加职称评审？期满后是否自动恢复原职务？",
    ["三十六个月"],
    "前提错误：第八条规定降级、撤职的处分期为二十四个月，不是三十六个月（另第二十六条规定解除撤职的不恢复原职务）。",
    lang="zh", present=["二十四个月", "不恢复原职务"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
    "Which paragraph of the NDRC notice carves public hospitals and schools out of the breach-of-contract complaint "
    "scope? Our client is a public hospital and they claim they're exempt.",
    ["hospital", "hospitals", "schools"],
    "False premise: there is no such carve-out; II.(1) has complaints accepted against government departments "
    "\"including agencies and public institutions\" within the jurisdiction.",
    lang="en", present=["public institutions"],
    related=[E(NDRC, "II.(1)", "government departments (including agencies and public institutions)")])

unans("false_premise",
    "Article 26 of the SME payment Regulations: once a public hospital is found dishonest over arrears, its operating "
    "budget is cut by 30% the next year. How does that 30% cut get enforced in practice?",
    ["30%", "budget cut"],
    "False premise: Article 26 provides that for organs and public institutions found dishonest, necessary "
    "restrictive measures are taken regarding official consumption, office space and funding arrangements; no "
    "percentage cut is stated.",
    lang="en", present=["经费安排"],
    related=[E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施")])

unans("false_premise",
    "The GBA Integrity and Compliance Association in the Guangzhou report was set up by the provincial Department of "
    "Commerce, so is it basically a government body I can report a bribe request to?",
    ["Department of Commerce"],
    "False premise: ¶32 says the association was established in 2021 as a non-profit social organization jointly "
    "promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal SASAC and the "
    "Municipal Federation of Industry and Commerce; no Department of Commerce is involved.",
    lang="en", present=["non-profit social organization"],
    related=[E(GZ, "¶32", "was established in 2021. It is a non-profit social organization"),
             E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection")])

unans("false_premise",
    "《优化营商环境条例》规定，涉企的规章、规范性文件公开征求意见不得少于60日。市里新出的那个数据管理办法挂网才"
    "45天就定稿了，是不是违规了？",
    ["不少于60日", "不得少于60日"],
    "前提错误：第六十二条规定向社会公开征求意见的期限一般不少于30日，不是60日。",
    lang="zh", present=["不少于30日"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "What do we need to get our hospital scheduling software registered as a Class II medical device in China?",
    ["medical device", "Class II"],
    "Medical device registration; none of the documents deals with it.",
    lang="en", present=["检验检测"])

unans("out_of_domain",
    "我集团拟于明年在上交所发行绿色公司债券，请问募集资金用途认定和存续期信息披露有何具体要求？",
    ["绿色债券", "上交所", "交易所", "信息披露"],
    "债券发行与信息披露规则，文件不涉及（民营经济促进法、营商环境条例只泛泛提到发行债券融资）。",
    lang="zh", present=["债券"])

unans("out_of_domain",
    "how do i set up employee stock options for my 6-person team in a chinese startup? typical vesting schedule?",
    ["stock option", "vesting", "employees"],
    "Startup equity incentive design; not covered by any document.",
    lang="en", present=["股权"])

unans("out_of_domain",
    "软件著作权登记现在多久能下证？加急要多少钱？",
    ["软件著作权", "著作权登记", "加急"],
    "版权登记实务，文件不涉及（民营经济促进法第三十三条只泛泛提到保护著作权）。",
    lang="zh", present=["著作权"])

unans("out_of_domain",
    "What's the VAT rate on software licence sales in China, and can a small startup use the small-scale taxpayer "
    "rate?",
    ["VAT", "small-scale taxpayer"],
    "Tax rates; none of the documents gives any (they only mention tax and fee reductions in general).",
    lang="en", present=["减税降费"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "国资委2018年印发的《中央企业合规管理指引（试行）》所列合规管理重点领域，与2022年《中央企业合规管理办法》第十八"
    "条相比有哪些不同？",
    ["合规管理指引", "2018", "试行"],
    "语料只有2022年《中央企业合规管理办法》，没有2018年的《中央企业合规管理指引（试行）》文本，无法比较。",
    lang="zh", present=["中央企业合规管理办法", "重点领域"])

unans("superseded",
    "Under the original 2020 version of the SME payment Regulations (State Council Decree No. 728), what was the "
    "payment deadline for large enterprises buying from SMEs?",
    ["Decree No. 728", "2020 version"],
    "The corpus holds the 2025 revision (Decree No. 802) of the Regulations; it only names the 2020 Decree No. 728 in "
    "its heading and does not contain the original 2020 text.",
    lang="en", present=["国务院令第728号", "国务院令第802号"])

unans("superseded",
    "2026年新修订的《优化营商环境条例》对政府采购付款期限有什么新规定？",
    ["2026"],
    "语料中的《优化营商环境条例》是2019年公布、2020年施行的国务院令第722号文本，没有2026年修订版。",
    lang="zh", present=["优化营商环境条例", "国务院令第722号"])

unans("superseded",
    "The NDRC notice implements the CPC Central Committee and State Council Opinions on the private economy (the "
    "'31 Articles', July 2023). What does the text of those Opinions itself say about clearing government arrears to "
    "private firms?",
    ["31 Articles", "July 2023"],
    "The corpus holds only the NDRC notice, which quotes one phrase of the Opinions in its preamble; the Opinions "
    "themselves are not in the corpus.",
    lang="en", present=["Promoting the Development and Growth of the Private Economy"])
