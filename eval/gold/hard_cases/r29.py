"""Hard-case gold items, twenty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: tech-startup founders (AI, robotics, drones, SaaS, energy storage), bank credit officers assessing
borrowers (receivables financing, disclosures of overdue payables, government counterparties, collateral),
students preparing for a compliance exam (exam-style and flash-card questions, some quoting articles by
number, correctly or wrongly), and older business owners writing long, rambling stories in plain Chinese.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "复习题：政务处分里记大过的处分期是多久？降级、撤职呢？处分期从哪天起算？",
    "《公职人员政务处分法》第八条：记大过，十八个月；降级、撤职，二十四个月。政务处分决定自作出之日起生效，"
    "政务处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月", "降级、撤职，二十四个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "我在一家城商行做普惠授信审批。有个小微客户想拿它对某大型国企的应收账款做保理融资，可那家国企财务一直拖着"
    "不给确权盖章，说要“走流程”。条例对大企业确认这种债权债务有没有时间上的要求？",
    "有。《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自"
    "中小企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "hey, cofounder of a small AI startup in Tianhe here. someone told me the Guangzhou lecture-hall writeup has a "
    "bit about how the Guidelines treat AI companies, like giving us room to experiment?? what exactly does it say",
    "In ¶25, Zhang Xin (Capitalogics) says the Guidelines establish a scientific error-tolerant mechanism (\"due "
    "diligence and compliance are grounds for liability exemption\"), and that the \"inclusive and prudent "
    "supervision\" and \"observation period\" system they advocate provide valuable trial-and-error space and "
    "development patience for new business formats such as artificial intelligence.",
    ["inclusive and prudent supervision", "observation period",
     "trial-and-error space and development patience for new business formats such as artificial intelligence"],
    [E(GZ, "¶25", "trial-and-error space and development patience for new business formats"),
     E(GZ, "¶25", "due diligence and compliance are grounds for liability exemption")],
    lang="en")

add("single",
    "Compliance exam flashcard – NDRC notice Development and Reform Finance [2023] No. 1103: if a government "
    "department fails to perform an agreement because of an institutional adjustment or a change of personnel, how "
    "is that treated? And at what point is a complained-of department formally confirmed as in breach?",
    "Item II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall "
    "all be regarded as breach of contract and dishonesty. A complaint verified as true leads the identifying "
    "department to promote rectification; those who refuse to rectify are confirmed as breach of contract and "
    "dishonesty by the identifying department.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

add("single",
    "我今年快七十了，在镇上开了三十多年五金厂，儿子在外地也不回来，厂里的事都得我自己跑。上个月厂子要变更个"
    "经营范围，我去区政务服务大厅办。头一回窗口的小姑娘说少个股东会决议，我回去弄了；第二回又说决议格式不对，"
    "还少个租赁合同复印件；第三回又说要法人本人签字，我就是法人啊，偏偏那天身份证忘带了……前前后后跑了四趟，"
    "腿都跑细了。我就想问问，国家有没有规定，缺什么材料他们得一回讲清楚？",
    "有。《优化营商环境条例》第三十六条：政府及其有关部门办理政务服务事项，应推行当场办结、一次办结、限时办结"
    "等制度；需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容。",
    ["需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容"),
     E(BE, "第三十六条", "推行当场办结、一次办结、限时办结等制度")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我是某城商行信贷部的客户经理。我们跟一家做精密零件的民营小企业签了500万的流动资金贷款合同，已经放了一半。"
    "现在分行风控说“民企风险大”，要求它再追加实控人房产抵押，不然剩下的不放了，已放的也考虑提前收回。我担心"
    "这么干有法律风险，相关法规是怎么规定的？",
    "《民营经济促进法》第二十四条：金融机构在授信、信贷管理、风控管理等方面应当平等对待民营经济组织；违反与民营"
    "经济组织借款人的约定，单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任。《优化营商"
    "环境条例》第二十六条：商业银行等金融机构在授信中不得设置不合理条件，不得对民营企业、中小企业设置歧视性要求。",
    ["单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任",
     "不得对民营企业、中小企业设置歧视性要求"],
    [E(PE, "第二十四条", "金融机构违反与民营经济组织借款人的约定，单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任"),
     E(PE, "第二十四条", "金融机构在授信、信贷管理、风控管理、服务收费等方面应当平等对待民营经济组织"),
     E(BE, "第二十六条", "商业银行等金融机构在授信中不得设置不合理条件，不得对民营企业、中小企业设置歧视性要求")],
    lang="zh")

add("multi",
    "Our robotics startup signed an industrial-support agreement with a prefecture-level city: subsidised lab space "
    "plus a cash grant. The city pulled out halfway, and after our complaint it has now been confirmed as having a "
    "government dishonesty record. Under the NDRC notice, what does the NDRC itself do to a city like that, and what "
    "would the city have to do to get the record cleared?",
    "III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC cancels their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increases the weight of "
    "city credit monitoring deductions, and cancels the title or eligibility for social credit system demonstration "
    "zones (entities with dishonesty records also face restricted central budget support, limited special-bond "
    "applications and restricted financing-project recommendations). III.(6): once the identifying department "
    "confirms that the dishonest behaviour has been corrected and performance completed, the records are promptly "
    "restored and the punishment measures terminated.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "has been corrected and performance completed"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed")],
    lang="en")

add("multi",
    "Exam question: in the Guangzhou lecture-hall report, the audit director of Guangzhou Pharmaceutical Holdings "
    "talks about the \"three distinctions\". Which distinctions does he spell out, in what case is error tolerance "
    "granted and in what case are people held accountable, and how does he sum up the overall accountability rule?",
    "¶30: audit risk identification distinguishes between compliant decision-making and dereliction of duty in "
    "violation of regulations, and between objective risks and man-made loopholes. If losses come from inherent "
    "risks such as policy adjustments, market changes and technological exploration and due measures were taken to "
    "stop losses, error tolerance is granted; if losses are expanded by lack of post-investment control, "
    "misappropriation of funds, or concealment of risks and delayed disposal, those derelict in their duties must "
    "be held accountable. ¶31: the rule is \"exempting liability for due diligence and holding accountable for "
    "dereliction of duty\".",
    ["distinguishes between compliant decision-making and dereliction of duty",
     "distinguishes between objective risks and man-made loopholes",
     "error tolerance will be granted",
     "exempting liability for due diligence and holding accountable for dereliction of duty"],
    [E(GZ, "¶30", "it distinguishes between compliant decision-making and dereliction of duty"),
     E(GZ, "¶30", "it distinguishes between objective risks and man-made loopholes"),
     E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶31", "exempting liability for due diligence and holding accountable for dereliction")],
    lang="en")

add("multi",
    "说来话长。我们是个小厂，做劳保手套口罩的，二十来个工人，老伴管账。前年开始给市里一家公立医院供货，一直还算"
    "顺当。去年下半年那批货送过去，验收单都签了字，钱就是不给，拖了块半年。我打了十几个电话，实在没办法，在网上"
    "投诉了。结果医院后勤科的科长打电话过来，口气很冲，说“你敢投诉，以后别想再进我们医院的门”，还说要把我们"
    "拉进什么黑名单。我这把年纪也不想惹事，可心里憋屈。他们这样做有没有规定管？会有什么后果？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求"
    "或者投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：有此行为的，对负有责任的领导人员和直接责任"
    "人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任。（付款本身，第九条要求事业单位自交付之日起30日内"
    "支付，合同约定的最长不超过60日。）",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任"),
     E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")],
    lang="zh")

add("multi",
    "案例分析题：某县公务员小王先后有两项违法行为，经调查两项都应当给予记过处分。请问：（1）对他的政务处分期应当"
    "如何确定，上限是多少？（2）如果处分期内他表现良好，期满后处分怎么解除？",
    "（1）《公职人员政务处分法》第十五条：有两个以上违法行为的，应当分别确定政务处分；应当给予撤职以下多个相同"
    "政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但最长不得超过四十八个月。记过"
    "的处分期为十二个月（第八条），所以小王的处分期在十二个月以上、二十四个月以下确定。（2）第二十六条：受到开除"
    "以外的政务处分，在处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除。",
    ["可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期", "最长不得超过四十八个月",
     "政务处分期满后自动解除"],
    [E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第十五条", "但是最长不得超过四十八个月"),
     E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第二十六条", "并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们是一家做工业SaaS的初创公司，刚拿了天使轮。最近在区里报一个技改项目的审批，经办科室直接甩给我们一个咨询"
    "公司的电话，说“你们找他们出报告，别家出的我们不认”，报价三万，还得我们自己掏。感觉像被绑定了，这样合规吗？",
    "不合规。《优化营商环境条例》第四十三条：行政机关不得为市场主体指定或者变相指定中介服务机构；除法定行政审批"
    "中介服务外，不得强制或者变相强制市场主体接受中介服务；审批中需要委托中介机构开展技术性服务的，应当通过竞争"
    "性方式选择，并自行承担服务费用，不得转嫁给市场主体。",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构", "不得强制或者变相强制市场主体接受中介服务"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第四十三条", "除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介服务"),
     E(BE, "第四十三条", "并自行承担服务费用，不得转嫁给市场主体承担")],
    lang="zh")

add("paraphrase",
    "I cover municipal-linked borrowers at a bank, so I care whether local officials actually pay a price for "
    "stiffing the firms they deal with. Under that 2023 planning-commission paper, does a town hall's track record "
    "of broken deals come back to bite – in the officials' own report cards, or in how their city gets graded?",
    "Yes. III.(3) of the NDRC notice: breach-of-contract and dishonesty information forms government credit records; "
    "credit leading departments at all levels should promote the inclusion of dishonesty records into the "
    "performance evaluation indicators of relevant government departments, and the NDRC will include government "
    "dishonesty records in business environment evaluations and comprehensive performance evaluations of "
    "high-quality development.",
    ["inclusion of dishonesty records into performance evaluation indicators of relevant government departments",
     "business environment evaluations and comprehensive performance evaluations of high-quality development"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "government dishonesty records in business environment evaluations")],
    lang="en")

add("paraphrase",
    "我在城中村口开了个小饭馆，十几年了。上礼拜街道来人说要搞什么“市容大整治”，一条街不管有没有问题的店统统关门"
    "半个月，说是上面定的，一刀切。我们家证照齐全，卫生检查回回都过，这半个月的房租、工钱谁给？他们能这么干吗？",
    "一般不能。《优化营商环境条例》第五十九条第二款：开展清理整顿、专项整治等活动，应当严格依法进行，除涉及人民"
    "群众生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外，不得在相关区域采取要求相关行业、领域"
    "的市场主体普遍停产、停业的措施。",
    ["不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施",
     "除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动"],
    [E(BE, "第五十九条", "不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施"),
     E(BE, "第五十九条", "除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外")],
    lang="zh")

add("paraphrase",
    "Those Guangzhou do's-and-don'ts booklets on dealing with officials obviously can't list every situation. Say "
    "something comes up with a district official that none of their examples covers – what rule of thumb did the "
    "guy who helped write them give for telling whether it's okay?",
    "Per ¶10, Wang Yuqun (drafting committee) said the 33 scenarios cannot cover everything; the core of judging any "
    "situation is to distinguish between \"acting for the public good\" and \"acting for personal gain\", and the "
    "key is whether the actions can be \"put on the table\". He also named three dialectical relationships to grasp "
    "(reform spirit and strict standards; effective market and capable government; proactiveness with moderation "
    "and cleanliness with effectiveness).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be")],
    lang="en")

add("paraphrase",
    "气死了！我们是做储能的小公司，最近有个自媒体号连发几篇文章，编我们老板“卷款跑路”、说产品“会爆炸”，全是瞎编的。"
    "本来谈好的一轮投资，投资方看了文章直接暂停了。除了报警还能怎么办？能不能先让他把文章停下来？损失能找他赔吗？",
    "可以。《民营经济促进法》第五十九条：任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营"
    "经济组织及其经营者的人格权益；人格权益受到恶意侵害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施；"
    "致使生产经营、投资融资等活动遭受实际损失的，侵权人依法承担赔偿责任。网络服务提供者也应及时处置违法信息。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "人格权益受到恶意侵害的民营经济组织及其经营者有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "致使民营经济组织生产经营、投资融资等活动遭受实际损失的，侵权人依法承担赔偿责任")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "When I underwrite a large corporate borrower I'd like to see how much it is sitting on in overdue payables to "
    "small suppliers. Under Article 18 of China's Regulations on Guaranteeing Payments to SMEs, is that published "
    "anywhere – for large enterprises, and for government bodies?",
    "Yes. Article 18: large enterprises must include the number and amount of contracts with overdue unpaid SME "
    "payments in their annual reports and publish them through the National Enterprise Credit Information "
    "Publicity System; government organs and public institutions must publish the previous year's figures before "
    "31 March each year via websites, newspapers and similar channels.",
    ["纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示",
     "应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示"),
     E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")],
    lang="en")

add("cross_lingual",
    "We're building a drone-delivery startup – a new business model the rules haven't caught up with yet. Does the "
    "State Council's Regulations on Optimizing the Business Environment say how regulators should treat new "
    "business models like ours, instead of just banning us?",
    "Yes. Article 55: governments apply inclusive and prudent supervision to new technologies, new industries, new "
    "business forms and new models, formulating supervision rules and standards by category according to their "
    "nature and characteristics, leaving ample room for development while ensuring quality and safety; they may "
    "not simply ban them or leave them unregulated.",
    ["实行包容审慎监管", "不得简单化予以禁止或者不予监管"],
    [E(BE, "第五十五条", "对新技术、新产业、新业态、新模式等实行包容审慎监管"),
     E(BE, "第五十五条", "留足发展空间，同时确保质量和安全，不得简单化予以禁止或者不予监管")],
    lang="en")

add("cross_lingual",
    "Exam question (SASAC Order No. 42, 2022): in a central SOE, who serves as Chief Compliance Officer, whom does "
    "the CCO answer to, does creating the role add a leadership post, and what does the CCO lead?",
    "Article 12 of the Central SOE Compliance Management Measures: central SOEs set up a CCO according to their "
    "circumstances without adding leadership posts or headcount; the General Counsel concurrently serves as CCO, "
    "is responsible to the enterprise's principal person in charge, leads the compliance management department in "
    "its work, and guides subsidiaries in strengthening compliance management.",
    ["不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责",
     "领导合规管理部门组织开展相关工作"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责"),
     E(SOE, "第十二条", "领导合规管理部门组织开展相关工作，指导所属单位加强合规管理")],
    lang="en")

add("cross_lingual",
    "备考笔记求核对：发改委《关于完善政府诚信履约机制优化民营经济发展环境的通知》里，国家发改委对投诉处理认定"
    "效率、信用信息归集质量这些重点任务，是用哪些方式评估的？评估结果通报给谁、抄送谁？",
    "通知第四部分第（7）项：发改委通过抽查、第三方调查、交叉检查等方式（\"spot checks, third-party "
    "investigations, cross-checks\"）评估投诉处理认定效率、信用信息归集质量和失信惩戒措施落实情况，定期通报各省"
    "信用牵头部门，并抄送省级人民政府。",
    ["spot checks, third-party investigations, cross-checks",
     "regularly notifying provincial credit leading departments and copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments and copying")],
    lang="zh")

add("cross_lingual",
    "我一个做了几十年生意的老朋友，拉我入广州那个大湾区企业廉洁合规管理协会，说入了会能跟政府多打交道。我年纪"
    "大了，做事比较谨慎，想先打听清楚：这个协会是哪年成立的？是个什么性质的组织，背后是哪几家单位推动的？",
    "据报道¶32，该协会成立于2021年（¶41：2021年4月16日成立），是由市纪委监委、市国资委和市工商联共同推动成立的"
    "非营利性社会组织，是全国首家专注企业廉洁合规的5A级社会组织，也是广州市5A级社会组织和市政府立法基层联系点。",
    ["was established in 2021",
     "non-profit social organization jointly promoted by the Municipal Commission for Discipline Inspection and "
     "Supervision",
     "the Municipal State-owned Assets Supervision and Administration Commission, and the Municipal Federation of "
     "Industry and Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal"),
     E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我们行准备给一家大型民营制造企业续授信。听说条例规定，大企业拖欠中小企业款项被认定失信、情节严重的，在"
    "“融资获取”方面要依法依规受限制。具体怎么限？是银行不能新增授信额度，还是贷款利率要上浮多少？有没有量化标准？",
    ["利率上浮", "上浮", "授信额度"],
    "条例第二十六条只规定对情节严重的失信大型企业在财政资金支持、投资项目审批、融资获取等方面依法依规予以限制，"
    "没有规定限制方式、利率上浮或额度压降等任何量化标准；其他文件也没有。",
    lang="zh", present=["融资获取", "失信"])

unans("not_covered",
    "The Guangzhou lecture report mentions an \"observation period\" for new formats like AI. How long does it last – "
    "six months? a year? – and who decides when a startup comes out of it?",
    ["months", "six months", "duration"],
    "¶25 only says the Guidelines advocate an \"observation period\" system giving new business formats "
    "trial-and-error space; no length, start or end point, or deciding body is stated anywhere.",
    lang="en", present=["observation period", "inclusive and prudent supervision"])

unans("not_covered",
    "政务处分法：监察机关调查终结后，须在多少日内作出政务处分决定？",
    ["调查终结之日起", "审理期限", "办案期限"],
    "第四十四条只规定调查终结后根据不同情况分别作出处理，第四十五、四十六条规定决定书内容和送达，均无作出决定的"
    "期限（第五十四条的一个月是人事部门办理职务、工资等变更手续的期限）。",
    lang="zh", present=["调查终结后", "一个月内"])

unans("not_covered",
    "Per NDRC notice II.(2), how many working days does the competent department have to verify a breach-of-contract "
    "complaint against a county government? I need a realistic timeline for a borrower whose cash flow depends on "
    "the outcome.",
    ["working days", "days"],
    "II.(2) only says complaint clues are transferred 'immediately' for verification and feedback is given "
    "'promptly'; no verification deadline is set in the notice or elsewhere for NDRC-channel complaints.",
    lang="en", present=["verification and identification", "immediately"])

unans("not_covered",
    "我们厂是做纸箱包装的，去年营业收入大概一千八百万，在册职工一百二十来个人。老会计说我们算“中型企业”，我侄子说"
    "算“小型企业”，两人争了半天，谁也说服不了谁。条列里说中小企业按国务院批准的划分标准来定，那这个标准具体是多少"
    "营业收入、多少人算小型，多少算中型啊？",
    ["营业收入", "从业人员", "职工人数"],
    "条例第三条、第二十九条只说依据国务院批准的中小企业划分标准确定，并建立企业规模类型测试平台提供自测、有争议"
    "可申请认定；具体划型指标（营业收入、从业人员等数字）各文件均未载明。",
    lang="zh", present=["中小企业划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "Does the Private Economy Promotion Law give newly founded private tech startups a reduced corporate income tax "
    "rate or a tax holiday for their first few years? If so, what rate?",
    ["income tax", "tax holiday", "所得税"],
    "The PE Law only says governments make policies encouraging entrepreneurship (Art. 47), publish the scope and "
    "conditions of preferential policies (Art. 46) and apply support policies equally; the BE Regulations require "
    "implementing tax and fee cuts (Art. 24). No tax rate or holiday is set in any document.",
    lang="en", present=["优惠政策", "减税降费"])

unans("not_covered",
    "Exam prep: under the SASAC Central SOE Compliance Measures, at least how many times a year must a central SOE's "
    "compliance committee meet, and who chairs it?",
    ["times a year", "at least", "每年至少"],
    "Article 11 only says central SOEs set up a compliance committee, which may share offices with the rule-of-law "
    "leading body and meets regularly (定期召开会议); neither a minimum frequency nor a chair is specified.",
    lang="en", present=["合规委员会", "定期召开会议"])

unans("not_covered",
    "Startup founder here – we just registered our company and the bank says opening our basic corporate account "
    "takes \"up to 10 working days\". What's the legal maximum under the Regulations on Optimizing the Business "
    "Environment?",
    ["开户时限", "account opening", "working days"],
    "BE Art. 26 only requires commercial banks to publish the service standards, fee standards and processing time "
    "limits for opening corporate accounts; no maximum period is set in any document.",
    lang="en", present=["开设企业账户", "办理时限"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "简答题：《公职人员政务处分法》第七条规定政务处分共七种，请写出按由轻到重排列的第七种，并说明它的处分期间。",
    ["七种"],
    "前提错误：第七条规定政务处分只有六种：警告、记过、记大过、降级、撤职、开除，没有第七种；第八条规定的期间为"
    "警告六个月、记过十二个月、记大过十八个月、降级和撤职二十四个月。",
    lang="zh", present=["政务处分的种类", "开除"],
    related=[E(PS, "第七条", "第七条 政务处分的种类为："),
             E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
    "One of our borrowers is a city-level platform company. Its home city was listed as dishonest last year, fixed "
    "the problem and completed performance in March. Since NDRC notice III.(6) imposes a two-year waiting period "
    "before a corrected record is restored, the city's dishonesty flag should stay up until 2027 – how should we "
    "factor the remaining waiting period into our rating?",
    ["two-year", "two years", "waiting period"],
    "False premise: III.(6) says that once the identifying department confirms the dishonest behaviour has been "
    "corrected and performance completed, the records should be promptly restored and punishment measures "
    "terminated; there is no two-year waiting period.",
    lang="en", present=["credit restoration", "promptly restored"],
    related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
    "我们是做无人机航拍的初创公司。市里出了个低空飞行管理的规范性文件，牵涉我们很多业务，结果只在网上挂了十天征求"
    "意见就发了。《优化营商环境条例》第六十二条明确规定征求意见期不少于60日，我们拿这条去申请复议，胜算大吗？",
    ["不少于60日"],
    "前提错误：第六十二条规定向社会公开征求意见的期限“一般不少于30日”，不是60日；文件也不涉及复议的胜算。",
    lang="zh", present=["不少于30日"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
    "Quick check for my exam: Article 14 of the Public Official Sanctions Law says an official convicted of a "
    "negligent crime is expelled only if the prison term exceeds five years, right? So for a four-year sentence for "
    "negligence the answer would be removal from post rather than expulsion?",
    ["five years"],
    "False premise: Article 14 says an official sentenced to fixed-term imprisonment of more than three years for a "
    "negligent crime is expelled; for surveillance, detention or up to three years for a negligent crime, expulsion "
    "is generally applied, with removal from post only in special cases and with the next higher authority's "
    "approval. There is no five-year threshold.",
    lang="en", present=["过失犯罪", "刑期超过三年"],
    related=[E(PS, "第十四条", "因过失犯罪被判处有期徒刑，刑期超过三年的"),
             E(PS, "第十四条", "因过失犯罪被判处管制、拘役或者三年以下有期徒刑的，一般应当予以开除")])

unans("false_premise",
    "我干了一辈子装修，从包工头干到现在有个小公司。去年给一个国企总包做分包，交了一笔履约保证金。活早干完了，"
    "按条例第十三条，保证金应该在工程完工后28天内退，现在都过去快半年了，人家一拖再拖。我想问按这个28天算，"
    "他们逾期退保证金，利息怎么算？",
    ["28天", "28日"],
    "前提错误：条例第十三条只规定应当依法或者按照合同约定，在保证期限届满后及时核算并退还保证金，没有“完工后28天"
    "内退还”的规定，也没有规定逾期退还保证金的利息。",
    lang="zh", present=["履约保证金", "保证期限届满后"],
    related=[E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还")])

unans("false_premise",
    "I read that the Guangzhou SASAC's Guidlines on government-business interactions now run to three batches and "
    "50 scenarios. Which scenario covers a startup inviting a district official to our product demo day?",
    ["50 scenarios", "three batches"],
    "False premise: the Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection and "
    "Supervision in two batches covering 33 scenarios; the report names no scenario on demo days.",
    lang="en", present=["33 scenarios", "two batches"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches"),
             E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
    "我在银行授信部。《民营经济促进法》第二十一条规定，银行给民营企业做知识产权质押贷款，质押率不得低于评估值的"
    "70%。我们行内制度一般只给到30%，是不是得马上改制度？",
    ["质押率", "评估值", "70%"],
    "前提错误：第二十一条只规定银行业金融机构接受符合贷款业务需要的担保方式，为民营经济组织提供应收账款、仓单、"
    "股权、知识产权等权利质押贷款，并要求政府为质押登记、估值等提供便利，没有任何质押率下限。",
    lang="zh", present=["知识产权", "质押贷款"],
    related=[E(PE, "第二十一条", "并为民营经济组织提供应收账款、仓单、股权、知识产权等权利质押贷款")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "We're putting a Cayman holdco on top of our Shenzhen WFOE for a VC round. What vesting schedule and option-pool "
    "size do investors usually expect for the founding team?",
    ["vesting", "option pool", "Cayman"],
    "Start-up financing structure and equity incentives; not addressed by any document.",
    lang="en", present=["股权"])

unans("out_of_domain",
    "请问现在二套房的个人住房贷款最低首付比例是多少？LPR一般加多少个基点？",
    ["首付", "住房贷款", "二套房"],
    "个人住房信贷政策，文件不涉及（文件只在逾期利息处提到1年期贷款市场报价利率）。",
    lang="zh", present=["贷款市场报价利率"])

unans("out_of_domain",
    "我跟老伴都六十多了，厂子打算交给儿子。我这些年一直按灵活就业交的养老保险，还差几年没交满，能不能一次性补缴？"
    "补缴完了每个月养老金大概能领多少？",
    ["养老保险", "养老金", "补缴"],
    "社保养老政策，文件不涉及。",
    lang="zh", present=["社会保障"])

unans("out_of_domain",
    "What is the passing score on the CCEP certification exam, and how many questions does it have?",
    ["CCEP", "passing score"],
    "A private certification exam; no document covers it.",
    lang="en", present=["compliance training"])

unans("out_of_domain",
    "For a mid size manufacturing borrower, what minimum debt service coverage ratio should I require, and how do I "
    "compute DSCR from its financial statements?",
    ["debt service coverage", "DSCR"],
    "Credit-analysis methodology; not addressed by any document.",
    lang="en", present=["风控管理"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "老姐妹问我：她记得2020年那版《保障中小企业款项支付条例》刚出来的时候，大企业给小企业付款的期限写的不是现在"
    "这样。修订前的原条文到底是怎么规定的？跟2025年新版比改了哪些？",
    ["修订前", "旧版"],
    "语料只有2025年3月17日国务院令第802号修订后的条例文本，没有2020年国务院令第728号公布的原文，无法比较修订"
    "前后的条文。",
    lang="zh", present=["国务院令第728号", "第802号"])

unans("superseded",
    "Before the Private Economy Promotion Law was adopted in April 2025, a 2024 draft was circulated for public "
    "comment. What did the 2024 draft say about government arrears to private companies, and what changed in the "
    "final Article 67?",
    ["2024 draft", "public comment", "草案"],
    "The corpus holds only the adopted 2025 text of the PE Law (in force 20 May 2025); no draft is included, so the "
    "differences cannot be stated.",
    lang="en", present=["第六十七条", "2025年5月20日起施行"])

unans("superseded",
    "For my compliance exam I need the 2018 \"Guidelines for Compliance Management of Central Enterprises (for Trial "
    "Implementation)\". Which key areas did those 2018 trial guidelines list?",
    ["2018", "Trial Implementation", "试行"],
    "The corpus contains only the 2022 SASAC Central SOE Compliance Management Measures (SASAC Order No. 42); the "
    "2018 trial guidelines are not in it.",
    lang="en", present=["第42号"])

unans("superseded",
    "《保障中小企业款项支付条例》第一条说它是根据《中小企业促进法》制定的。那《中小企业促进法》（2017年修订）里，"
    "对金融机构给小微企业贷款、续贷有什么具体规定？",
    ["2017年修订", "续贷", "2017"],
    "语料里没有《中小企业促进法》文本，只有条例第一条提到其名称，该法的条文无从回答（《民营经济促进法》第二十条"
    "只原则性提到合理设置不良贷款容忍度）。",
    lang="zh", present=["中小企业促进法", "不良贷款容忍度"])
