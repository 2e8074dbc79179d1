"""Hard-case gold items, fortieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: an internal auditor at a subsidiary of a central state-owned enterprise (Chinese, formal register:
compliance governance, violation records, audit-based settlement, sanctions on SOE managers), and a Hong Kong
investor exploring a Greater Bay Area venture (English, mixing in Hong Kong legal terms such as injunction,
ordinance, specific performance, consultation paper, stamp duty).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "本人系某中央企业所属二级子企业审计部工作人员。本年度内部审计计划拟对本单位违规行为记录制度的建立与运行情况"
    "开展专项检查。请问依据《中央企业合规管理办法》，违规行为记录应当涵盖哪些要素，记录结果应当作为哪些工作的依据？",
    "《中央企业合规管理办法》第二十五条第二款：中央企业应当建立所属单位经营管理和员工履职违规行为记录制度，将违规"
    "行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据。",
    ["违规行为性质、发生次数、危害程度", "考核评价、职级评定等工作的重要依据"],
    [E(SOE, "第二十五条", "中央企业应当建立所属单位经营管理和员工履职违规行为记录制度"),
     E(SOE, "第二十五条", "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据")],
    lang="zh")

add("single",
    "I'm a Hong Kong investor looking at a joint venture in Zhongshan. The district government we'd be dealing with "
    "was apparently logged as 'dishonest' under the NDRC's 2023 government-integrity notice for reneging on an "
    "earlier investment agreement. If they've since cured the breach and performed, are they still blacklisted, "
    "or does the notice provide for the record to be lifted?",
    "Item III.(6) of the NDRC notice provides for credit restoration: credit leading departments at all levels "
    "coordinate and guide credit restoration for dishonest entities in their jurisdiction; once the identifying "
    "department confirms the dishonest behaviour has been corrected and performance completed, the dishonesty "
    "records should be promptly restored and the dishonesty punishment measures terminated.",
    ["coordinate and guide credit restoration work",
     "relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "我公司属国有大型企业，截至年末仍有部分中小供应商的货款逾期未付。按照《保障中小企业款项支付条例》，此类逾期未付"
    "信息应当通过何种方式对外公示？",
    "《保障中小企业款项支付条例》第十八条第二款：大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入"
    "企业年度报告，依法通过国家企业信用信息公示系统向社会公示。",
    ["纳入企业年度报告", "依法通过国家企业信用信息公示系统向社会公示"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示")],
    lang="zh")

add("single",
    "Quick one – who actually stands behind this 'GBA Integrity and Compliance Association' in Guangzhou? Is it a "
    "statutory body, a chamber of commerce, or what? When was it set up?",
    "Per ¶32 of the lecture-hall report, it was established in 2021 and is a non-profit social organization jointly "
    "promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal State-owned Assets "
    "Supervision and Administration Commission and the Municipal Federation of Industry and Commerce; it is also a "
    "5A-level social organization in Guangzhou and a grassroots contact point for municipal government legislation.",
    ["was established in 2021", "non-profit social organization", "Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "was established in 2021"),
     E(GZ, "¶32", "It is a non-profit social organization jointly promoted by"),
     E(GZ, "¶32", "grassroots contact point for municipal government legislation")],
    lang="en")

add("single",
    "央企首席合规官由谁兼任？对谁负责？",
    "《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门组织开展相关工作，指导所属单位加强合规管理。",
    ["由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责"),
     E(SOE, "第十二条", "不新增领导岗位和职数")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "集团近期部署内部审计职能定位的梳理工作。请问在《中央企业合规管理办法》框架下，审计部门在合规管理中承担何种"
    "监督职责？若审计人员在履职过程中因重大过失，对本应发现的违规问题未能发现，并给企业造成损失，是否会被追究责任？",
    "第十五条：中央企业纪检监察机构和审计、巡视巡察、监督追责等部门依据有关规定，在职权范围内对合规要求落实情况"
    "进行监督，对违规行为进行调查，按照规定开展责任追究。第三十八条：对在履职过程中因故意或者重大过失应当发现而"
    "未发现违规问题，或者发现违规问题存在失职渎职行为，给企业造成损失或者不良影响的单位和人员，中央企业应当开展"
    "责任追究——审计人员同样适用。",
    ["在职权范围内对合规要求落实情况进行监督", "因故意或者重大过失应当发现而未发现违规问题"],
    [E(SOE, "第十五条", "中央企业纪检监察机构和审计、巡视巡察、监督追责等部门依据有关规定"),
     E(SOE, "第十五条", "在职权范围内对合规要求落实情况进行监督，对违规行为进行调查"),
     E(SOE, "第三十八条", "因故意或者重大过失应当发现而未发现违规问题"),
     E(SOE, "第三十八条", "给企业造成损失或者不良影响的单位和人员开展责任追究")],
    lang="zh")

add("multi",
    "We (a Hong Kong holding company) signed an investment agreement with a Guangzhou district for a logistics hub. "
    "A new district head has now taken over and his office says the policy behind the land package has changed, so "
    "the previous commitments 'no longer bind the current administration'. In HK we'd be talking about specific "
    "performance. What does the Guangzhou Guidelines report say should happen when an agreement can't be fulfilled "
    "because of a policy change, and how does the NDRC notice treat a failure to perform because of personnel changes?",
    "Per ¶18 of the GZ report, the second batch of the Guidelines provides that if an agreement cannot be fulfilled "
    "due to policy changes, procedures can be rectified or a transition period can be set (and an enterprise that "
    "misses targets for objective reasons can negotiate adjustments and enjoy a grace period). Under NDRC notice "
    "II.(2), failure to perform due to institutional adjustments, personnel changes and other reasons shall all be "
    "regarded as breach of contract and dishonesty; those who refuse to rectify are confirmed as such.",
    ["procedures can be rectified or a transition period can be set",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(GZ, "¶18", "procedures can be rectified or a transition period can be set"),
     E(NDRC, "II.(2)", "due to institutional adjustments, personnel changes, and other reasons"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("multi",
    "经查，我单位一名部门副经理（国有企业管理人员）因违规兼职被监察机关给予记过处分。请问该处分期为多长，自何时"
    "起算？处分期内其职务晋升、薪酬调整会受到哪些限制？",
    "《公职人员政务处分法》第八条：记过的处分期为十二个月，政务处分决定自作出之日起生效，处分期自决定生效之日起"
    "计算。第二十一条：国有企业管理人员在政务处分期内不得晋升职务、岗位等级和职称；被记过的，不得晋升薪酬待遇等级。",
    ["记过，十二个月", "政务处分期自政务处分决定生效之日起计算", "不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

add("multi",
    "审计中发现，本公司（国有大型企业）与若干中小分包单位签订的施工合同均约定“以审计机关出具的审计结果作为结算"
    "依据”，相关项目并无法律、行政法规对此另有规定。该条款是否合规？如不予纠正，公司及相关人员将承担何种后果？",
    "不合规。《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果"
    "作为结算依据，法律、行政法规另有规定的除外。第三十三条第二款：国有大型企业没有法律、行政法规依据，要求以审计"
    "机关的审计结果作为结算依据的，由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正",
     "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的"),
     E(SME, "第三十三条", "由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "Doing my due diligence on a potential GBA counterparty that happens to be a city government. Under the NDRC "
    "2023 notice, what exactly goes into a government's credit record – and does the NDRC ever publicly name and "
    "shame the worst offenders?",
    "III.(3): the NDRC will uniformly include breach-of-contract and dishonesty information, arrears information "
    "sorted by localities, and information on those listed as dishonest persons subject to enforcement under the "
    "relevant entities to form government credit records (shared in real time to the national credit information "
    "sharing platform). IV.(9): it selects a batch of cases with serious dishonesty, repeated dishonesty and strong "
    "public complaints, publicises them on the \"Credit China\" website and exposes them through news media.",
    ["arrears information sorted by localities",
     "information on those listed as dishonest persons subject to enforcement",
     "cases with serious dishonesty, repeated dishonesty, and strong public complaints"],
    [E(NDRC, "III.(3)", "arrears information sorted by localities as required"),
     E(NDRC, "III.(3)", "information on those listed as dishonest persons subject to enforcement"),
     E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们是做环保设备的小厂，给县里一个污水处理项目供货，钱拖了大半年。上周我们去省里反映了一下，结果县里经办的科长"
    "打电话过来阴阳怪气，说“再往上捅，以后你们在县里一个标都别想拿”。他这么讲有没有问题？我们能怎么办？",
    "有问题。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款"
    "请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：有此类恐吓、打击报复行为的，对负有责任的"
    "领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("paraphrase",
    "My team is building an AI-based cross-border logistics platform in Guangzhou. In Hong Kong there's usually a "
    "sandbox before the regulator comes down hard on something new. From that Guangzhou lecture write-up, is there "
    "any sort of grace or breathing space for brand-new kinds of business like ours?",
    "Yes. In ¶25 the Capitalogics speaker says the Guidelines advocate \"inclusive and prudent supervision\" and an "
    "\"observation period\" system, which provide valuable trial-and-error space and development patience for new "
    "business formats such as artificial intelligence; the Guidelines also set up an error-tolerant mechanism under "
    "which due diligence and compliance are grounds for liability exemption.",
    ["observation period", "provide valuable trial-and-error space and development patience",
     "new business formats such as artificial intelligence"],
    [E(GZ, "¶25", "provide valuable trial-and-error space and development patience"),
     E(GZ, "¶25", "new business formats such as artificial intelligence"),
     E(GZ, "¶25", "due diligence and compliance are grounds for liability exemption")],
    lang="en")

add("paraphrase",
    "我在子公司财务部看到分管领导把一笔采购款分拆付款、规避集团审批。想向上反映，但又担心名字传出去以后在单位里被"
    "穿小鞋。集团那边会替我捂住身份吗？万一查实了，对我有没有什么说法？",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台；应当对举报人的身份和举报事项严格保密，对"
    "举报属实的举报人可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("paraphrase",
    "Practical question. When I'm up in Guangzhou meeting district cadres about our venture, there are always grey "
    "areas – a working dinner, a site visit, them helping us line up a supplier. The lecture report says the "
    "Guidelines can't list every case. What rule of thumb did the drafter give for telling what's OK from what isn't?",
    "Per ¶10, Wang Yuqun said the 33 scenarios cannot cover everything; the core of judging a situation is to "
    "distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key is whether the "
    "actions can be \"put on the table\" (with three dialectical relationships to grasp when consulting the Guidelines).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "我们原来分管采购的副总去年已经到点回家了。这次审计翻旧账，发现他在任那几年有几笔采购明显有问题。人都已经"
    "退了，监委还管得着他吗？还能把他怎么样？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以"
    "对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，对其违法取得的财物和用于违法"
    "行为的本人财物依照第二十五条处理（没收、追缴或者责令退赔）。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约机制的通知里，发改委准备用什么方法去评估各地违约失信投诉的处理和认定效率？"
    "评估结果通报给谁？",
    "通知第四部分第（7）项：发改委将通过抽查、第三方调查、交叉检查等方式（\"spot checks, third-party "
    "investigations, cross-checks\"），对违约失信投诉处理认定效率、信用信息归集质量、失信惩戒措施落实情况等重点工作"
    "进行评估，定期通报省级信用牵头部门并抄送省级人民政府；各级信用牵头部门参照建立评估通报机制。",
    ["spot checks, third-party investigations, cross-checks", "copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods"),
     E(NDRC, "IV.(7)", "copying the provincial people's governments"),
     E(NDRC, "IV.(7)", "the quality of credit information collection")],
    lang="zh")

add("cross_lingual",
    "广州“廉洁合规大讲堂”报道中，广药集团审计部负责人从审计风险控制角度阐述了“三个区分”。请问依其所述，何种原因"
    "造成的投资损失可予容错，何种情形则须追究失职人员责任？",
    "据报道¶30：对于政策调整、市场变化、技术探索等固有风险造成的损失，且已采取应有止损措施的，给予容错（\"error "
    "tolerance will be granted\"）；因投后管控缺失、挪用资金、隐瞒风险或者延误处置导致损失扩大的，失职人员必须"
    "被追责（\"those who are derelict in their duties must be held accountable\"）。",
    ["policy adjustments, market changes, and technological exploration", "error tolerance will be granted",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶30", "policy adjustments, market changes, and technological exploration"),
     E(GZ, "¶30", "error tolerance will be granted"),
     E(GZ, "¶30", "misappropriation of funds, or concealment of risks and delayed disposal"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="zh")

add("cross_lingual",
    "We're negotiating a JV with a subsidiary of a central SOE. Their counsel keeps citing SASAC's 2022 compliance "
    "Measures. For which 'key areas' are central SOEs required to have specific compliance rules or special "
    "guidelines – does that cover antitrust and data protection? And is there anything specific about overseas business?",
    "Yes. Article 18: central SOEs shall formulate specific compliance management rules or special guidelines for key "
    "areas such as anti-monopoly, anti-commercial bribery, ecological and environmental protection, work safety, "
    "labour and employment, tax management and data protection, and for higher-risk businesses; and for important "
    "areas of foreign-related business they shall formulate special compliance rules based on the laws of the "
    "relevant country (region).",
    ["反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域", "针对涉外业务重要领域"],
    [E(SOE, "第十八条", "反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "针对涉外业务重要领域，根据所在国家（地区）法律法规等")],
    lang="en")

add("cross_lingual",
    "Our JV partner in Foshan is a privately held mainland company controlled by its founder, a mainland Chinese "
    "citizen. Some rival has been running an online smear campaign against the company and the founder personally. "
    "In Hong Kong we'd go for an injunction plus damages for defamation. Does China's Private Economy Promotion Law "
    "give them anything comparable?",
    "Yes. Article 59: no one may maliciously infringe the personality rights of private economic organizations or "
    "their operators through insult or defamation online; where such rights are maliciously infringed, the "
    "organization or operator has the right to apply to a people's court for measures ordering the infringer to "
    "stop the conduct, and where actual losses result to production, investment or financing, the infringer bears "
    "liability for compensation. Network service providers must handle such illegal information promptly.",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "侵权人依法承担赔偿责任")],
    lang="en")

add("cross_lingual",
    "In Hong Kong, new rules that hit business usually go out as a consultation paper first. On the mainland, under "
    "the Regulations on Optimizing the Business Environment, do rules closely related to business operations have to "
    "be put out for public comment, and for how long?",
    "Yes. Article 62: when formulating administrative regulations, rules and normative documents closely related to "
    "market players' business activities, the views of market players and industry associations must be fully heard; "
    "unless confidentiality is required, drafts shall be published for public comment through newspapers, the "
    "internet etc., with a feedback mechanism on adoption of comments, and the comment period is generally not less "
    "than 30 days.",
    ["向社会公开征求意见的期限一般不少于30日", "应当通过报纸、网络等向社会公开征求意见"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日"),
     E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "拟请示：依据《中央企业合规管理办法》，首席合规官的任职资格有何具体要求？例如是否须具备若干年以上法律工作经历"
    "或取得法律职业资格？",
    ["任职资格", "年以上"],
    "办法第十二条只规定首席合规官由总法律顾问兼任、不新增领导岗位和职数、对主要负责人负责；任职资格、从业年限等"
    "要求各文件均未规定。",
    lang="zh", present=["首席合规官", "总法律顾问"])

unans("not_covered",
    "What statutory rate of late-payment interest does the Private Economy Promotion Law itself prescribe when a "
    "state-owned enterprise pays a small private supplier late? I need the figure from that Law specifically, not "
    "from other regulations.",
    ["late-payment interest", "penalty interest"],
    "The Private Economy Promotion Law (Arts. 67, 68, 73) prohibits refusing or delaying payment and provides for "
    "correction and compensation, but states no interest rate; the only rate (daily 0.05% absent agreement) is in "
    "Article 17 of the SME payment Regulations, a different document.",
    lang="en", present=["逾期利息", "拖延支付"])

unans("not_covered",
    "报道里说广州那个廉洁合规协会可以给企业做定制化的合规体检。做一次大概要多少钱？从进场到出报告一般要多长时间？",
    ["体检费用", "health check fee", "出报告"],
    "GZ报道¶37只说协会提供定制化合规体检和反舞弊调查等专业服务，没有任何收费或周期信息。",
    lang="zh", present=["Compliance Health Check", "anti-fraud investigations"])

unans("not_covered",
    "Suppose we complain under the NDRC notice that a county broke its PPP agreement with our JV, and the county's "
    "competent department verifies the complaint as 'untrue'. Is there an appeal or reconsideration route against "
    "that finding under the notice – something like judicial review in Hong Kong?",
    ["appeal", "reconsideration", "judicial review"],
    "NDRC notice II.(2) only says that if verified as untrue, the identifying department gives the complainant "
    "feedback and explanations; it provides no appeal or review route, and no other document deals with it.",
    lang="en", present=["feedback and explanations"])

unans("not_covered",
    "关于合规管理体系有效性评价，《中央企业合规管理办法》是否规定了每年至少开展的次数？评价报告须在评价完成后多少"
    "日内报送国资委？",
    ["每年至少", "日内报"],
    "办法第二十七条只要求定期开展有效性评价、适时开展专项评价，第十四条规定合规部门根据董事会授权开展评价；频次和"
    "报送国资委的时限均未规定。",
    lang="zh", present=["有效性评价", "定期开展"])

unans("not_covered",
    "A county in Guangdong tore up our land-use deal citing 'public interest'. We're about to sue. Given Article 70 "
    "of the Private Economy Promotion Law, what are our realistic chances of winning, and roughly how much "
    "compensation would a mainland court award as a percentage of our sunk costs?",
    ["likelihood", "success rate", "胜诉"],
    "A prediction. Article 70 says changes for national or public interest must follow statutory authority and "
    "procedure and losses shall be compensated, but no document gives odds of success or any measure of "
    "compensation amounts.",
    lang="en", present=["补偿"])

unans("not_covered",
    "我们下属一家供应商说自己是“小型企业”，要求按条例享受付款保护。请问条例里小型企业的划分标准具体是多少——营业"
    "收入多少以下、从业人员多少人以下？",
    ["营业收入", "从业人员"],
    "条例第三条只说依据国务院批准的中小企业划分标准确定，第二十九条规定建立企业规模类型测试平台和争议认定程序；"
    "具体数值标准各文件均未载明。",
    lang="zh", present=["划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "The report says the two batches of the Guangzhou Guidelines cover 33 scenarios. How many of those were in the "
    "first batch and how many in the second?",
    ["15 scenarios", "18 scenarios"],
    "¶10 gives only the combined total (33 scenarios across the two batches); no per-batch count is stated anywhere.",
    lang="en", present=["33 scenarios", "second batch"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为何《中央企业合规管理办法》要求首席合规官必须由企业纪委书记兼任？这样安排是否会与纪检监察的监督职能产生冲突？",
    ["纪委书记"],
    "前提错误：办法第十二条规定首席合规官由总法律顾问兼任，对企业主要负责人负责；并无由纪委书记兼任的规定。",
    lang="zh", present=["总法律顾问", "纪检监察机构"],
    related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "Our Dongguan subsidiary is an SME owed money by a state-owned general contractor. Since the SME payment "
    "Regulations make the State Administration for Market Regulation the body that accepts arrears complaints, should "
    "we lodge it with SAMR's Guangdong bureau or with the local market regulation office?",
    ["SAMR", "State Administration for Market Regulation"],
    "False premise: Article 24 makes the departments in charge of SME promotion at provincial level and above the "
    "complaint-accepting departments (with a national complaint platform run by the State Council department in charge "
    "of SME promotion); market regulation only handles large enterprises' annual-report disclosure failures (Art. 34).",
    lang="en", present=["受理投诉部门", "市场监督管理部门"],
    related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
             E(SME, "第三十四条", "由市场监督管理部门依法处理")])

unans("false_premise",
    "《公职人员政务处分法》第十五条规定，应当给予撤职以下多个相同政务处分的，合并后的处分期最长不超过三十六个月。"
    "某员工两次违规均被记大过，按此上限合并处分期应如何确定？",
    ["三十六个月"],
    "前提错误：第十五条规定可以在一个政务处分期以上、多个政务处分期之和以下确定，但最长不得超过四十八个月，"
    "不是三十六个月。",
    lang="zh", present=["四十八个月"],
    related=[E(PS, "第十五条", "但是最长不得超过四十八个月")])

unans("false_premise",
    "As I understand it, the Guangzhou Guidelines on government-business interactions were enacted by the Guangzhou "
    "People's Congress as a local regulation, so they bind private investors the way an ordinance would in Hong Kong. "
    "What's the penalty if our WFOE breaches them?",
    ["People's Congress", "local regulation"],
    "False premise: per ¶7 the Guidelines and Q&A were issued by the Guangzhou Municipal Commission for Discipline "
    "Inspection and Supervision, as behavioural guidance for government-business interactions; the report never calls "
    "them a local regulation or sets penalties for enterprises.",
    lang="en", present=["Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
    "既然《保障中小企业款项支付条例》第十三条规定工程质量保证金必须以现金缴纳，我司作为总承包方向分包单位收取后，"
    "这笔现金应存入哪个专户管理？",
    ["必须以现金", "专户"],
    "前提错误：第十三条恰恰规定机关、事业单位和大型企业不得将保证金限定为现金，中小企业以金融机构保函等提供保证的"
    "应当接受；条例也未规定任何专户。",
    lang="zh", present=["保函"],
    related=[E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
             E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")])

unans("false_premise",
    "Why does Article 52 of the Private Economy Promotion Law require market regulators to give a private company "
    "seven days' advance notice before any on-site inspection? Does that apply to a WFOE too?",
    ["seven days", "7 days", "提前通知"],
    "False premise: Article 52 provides for credit-based tiered supervision and for inspections by random selection of "
    "inspected objects and inspectors, with merged or joint inspections; it contains no advance-notice requirement.",
    lang="en", present=["随机抽取检查对象"],
    related=[E(PE, "第五十二条", "市场监管领域相关部门的行政检查应当通过随机抽取检查对象、随机选派执法检查人员的方式进行")])

unans("false_premise",
    "根据《中央企业合规管理办法》，合规管理基本制度由经理层审议批准后报国资委备案。本次审计中，我们应当调阅哪一份"
    "备案回执作为核查依据？",
    ["备案回执", "报国资委备案"],
    "前提错误：第八条规定合规管理基本制度由董事会审议批准，第九条规定经理层只是拟订；办法未规定报国资委备案，"
    "也不存在备案回执。",
    lang="zh", present=["审议批准合规管理基本制度"],
    related=[E(SOE, "第八条", "（一）审议批准合规管理基本制度、体系建设方案和年度报告等。"),
             E(SOE, "第九条", "（二）拟订合规管理基本制度，批准年度计划等，组织制定合规管理具体制度。")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "If my HK holding company transfers shares in its Hong Kong private company to the new GBA JV, what's the stamp "
    "duty on the share transfer?",
    ["stamp duty"],
    "Hong Kong tax on share transfers; none of the documents deals with it.",
    lang="en", present=["Hong Kong"])

unans("out_of_domain",
    "本人计划报考国际注册内部审计师（CIA），请问报名条件和考试科目有哪些？",
    ["CIA", "注册内部审计师"],
    "职业资格考试问题，文件不涉及（民营经济促进法第三十九条只泛泛提到内部审计制度）。",
    lang="zh", present=["内部审计"])

unans("out_of_domain",
    "whats the HK profits tax rate on the first couple million of assessable profits these days? trying to compare "
    "it with setting up the op in Nansha",
    ["profits tax", "HK$"],
    "Hong Kong tax rates; not covered by any document.",
    lang="en", present=["Finance and Taxation"])

unans("out_of_domain",
    "集团年会抽奖，员工中了手机、购物卡，公司代扣个人所得税应按哪个税目、什么税率计算？",
    ["偶然所得", "个人所得税"],
    "个人所得税代扣代缴问题，文件不涉及（合规办法第十八条只把税务管理列为重点领域）。",
    lang="zh", present=["税务管理"])

unans("out_of_domain",
    "Heading to Guangzhou for meetings near the Liby Center next week – any decent dim sum places around there for a "
    "client lunch?",
    ["dim sum", "restaurant"],
    "Restaurant recommendation; the GZ report only names the Liby Center as the lecture venue.",
    lang="en", present=["Liby Center"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "国资委2018年印发的《中央企业合规管理指引（试行）》列举了哪些需要重点关注的领域？与2022年《中央企业合规管理"
    "办法》相比有哪些变化？",
    ["指引（试行）", "2018"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），没有2018年指引的文本，无法比较。",
    lang="zh", present=["合规管理办法"])

unans("superseded",
    "Under the original 2020 version of the Regulations on Guaranteeing Payments to SMEs (State Council Decree "
    "No. 728), before the 2025 revision, what payment deadline applied to large enterprises buying from SMEs?",
    ["Decree No. 728", "原条例", "修订前"],
    "The corpus holds only the 2025 revised text (Decree No. 802); it mentions Decree No. 728 only as the original "
    "promulgation and does not contain the 2020 wording.",
    lang="en", present=["第728号", "第802号"])

unans("superseded",
    "《民营经济促进法（草案）》二审稿中关于“民营经济组织”的定义是怎么表述的？和最后通过的版本有什么不同？",
    ["草案", "二审稿"],
    "语料只有2025年4月30日通过的正式文本（第七十七条），没有任何草案或审议稿。",
    lang="zh", present=["民营经济组织"])

unans("superseded",
    "Now that the Social Credit System Construction Law has been passed, does it replace the NDRC's 2023 notice on "
    "government integrity, and what does the Law say about local governments that break contracts?",
    ["Social Credit System Construction Law", "社会信用体系建设法"],
    "No such law is in the corpus; the only credit document is the 2023 NDRC notice (Development and Reform Finance "
    "[2023] No. 1103).",
    lang="en", present=["social credit system construction"])
