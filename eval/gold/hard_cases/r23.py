"""Hard-case gold items, twenty-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: owners of very small businesses (restaurants, workshops, shops, farms), local civil servants worried about
their own conduct, compliance trainers preparing exam questions, overseas investors asking in English about China.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我在镇上开了个小五金加工作坊。镇里要办“丰收节”，让每家企业“自愿”赞助两千块，还说不交的话以后办事“不方便”。"
    "《民营经济促进法》对这种做法有没有说法？",
    "有。《民营经济促进法》第六十一条：任何单位不得违反法律、法规向民营经济组织收取费用，不得实施没有法律、法规依据的"
    "罚款，不得向民营经济组织摊派财物。镇里以“赞助”名义按户要钱属于向民营经济组织摊派财物，作坊（包括个体工商户）"
    "可以拒绝。",
    ["任何单位不得违反法律、法规向民营经济组织收取费用", "不得向民营经济组织摊派财物"],
    [E(PE, "第六十一条", "任何单位不得违反法律、法规向民营经济组织收取费用"),
     E(PE, "第六十一条", "不得向民营经济组织摊派财物")],
    lang="zh")

add("single",
    "I advise overseas investors who hold stakes in a private manufacturer in Jiangsu. The county signed an "
    "investment-promotion agreement with the firm and then stopped paying the promised industrial subsidies. Under the "
    "NDRC's 2023 government integrity notice, are such agreements within the scope of breach-of-contract complaints, "
    "and through which channels can the firm complain?",
    "Yes. Item II.(1): the scope covers breach and repudiation of agreements and contracts that government departments "
    "sign with private enterprises in government procurement, bidding, investment promotion, government-social capital "
    "cooperation, industrial support, government investment and other fields. Provincial credit leading departments "
    "set up complaint columns relying on their credit websites, the State Council's \"Internet + Supervision\" "
    "platform, MIIT's complaint platform for breach of contract and arrears to SMEs, local 12345 government service "
    "hotlines, business environment complaint platforms, petition departments and other channels; the NDRC publicizes "
    "the local complaint columns on the \"Credit China\" website.",
    ["investment promotion, government-social capital cooperation, industrial support",
     "local 12345 government service hotlines",
     "publicize local complaint columns on the \"Credit China\" website"],
    [E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "publicize local complaint columns on the \"Credit China\" website")],
    lang="en")

add("single",
    "我是区市场监管局的一名科员，上个月因为工作失误被监察委给了个记过。这个处分要“背”多久？是从哪天开始算的？",
    "《公职人员政务处分法》第八条：记过的处分期为十二个月；政务处分决定自作出之日起生效，政务处分期自政务处分决定"
    "生效之日起计算。",
    ["记过，十二个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "出一道判断题用：《中央企业合规管理办法》要求合规审查在经营管理流程里是什么性质的环节？重大决策事项的合规审查意见"
    "由谁签字？",
    "第二十一条：中央企业应当将合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规审查意见应当由首席合规官签字，"
    "对决策事项的合规性提出明确意见。",
    ["将合规审查作为必经程序嵌入经营管理流程", "重大决策事项的合规审查意见应当由首席合规官签字"],
    [E(SOE, "第二十一条", "将合规审查作为必经程序嵌入经营管理流程"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

add("single",
    "A state-owned investment project in Guangzhou lost money. According to the audit director of Guangzhou "
    "Pharmaceutical Holdings speaking at the lecture hall, which kinds of losses qualify for error tolerance and which "
    "ones mean people must be held accountable?",
    "¶30 (the \"three distinctions\"): if losses are caused by inherent risks such as policy adjustments, market "
    "changes and technological exploration, and due measures have been taken to stop losses, error tolerance will be "
    "granted; if losses are expanded due to lack of post-investment control, misappropriation of funds, or concealment "
    "of risks and delayed disposal, those who are derelict in their duties must be held accountable.",
    ["policy adjustments, market changes, and technological exploration",
     "due measures have been taken to stop losses, error tolerance will be granted",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "policy adjustments, market changes, and technological exploration"),
     E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds"),
     E(GZ, "¶30", "concealment of risks and delayed disposal")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我们是一家小农业公司，给一家全国连锁超市供应蔬菜。合同里没写付款期限，对方现在说要等他们的加盟店把货款结给他们"
    "之后再付，已经拖了三个月。他们应该在多少天内付款？拖欠的利息怎么算？",
    "《保障中小企业款项支付条例》第九条：大型企业从中小企业采购货物，应当自交付之日起60日内支付款项，且不得约定以收到"
    "第三方付款作为向中小企业支付款项的条件——“等加盟店结款”不能成为拖延理由。第十七条：迟延支付的应当支付逾期利息，"
    "双方未约定利率的，按照每日利率万分之五支付。",
    ["应当自货物、工程、服务交付之日起60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件",
     "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("multi",
    "Our joint-venture partner, a Chinese private company, complained that a district government stopped honouring a "
    "land-use agreement after its leadership was reshuffled. Under the NDRC's 2023 notice, when does the district "
    "actually get labelled as dishonest, and how can that label be removed later?",
    "II.(2): the complaint is sent for verification; if true, the identifying department promotes rectification, and "
    "those who refuse to rectify are confirmed as breach of contract and dishonesty — failure to perform due to "
    "institutional adjustments or personnel changes counts as breach. III.(6): once the identifying department "
    "confirms that the dishonest behaviour has been corrected and performance completed, the dishonesty records are "
    "promptly restored and the punishment measures terminated.",
    ["Those who refuse to rectify shall be confirmed as breach of contract and dishonesty",
     "institutional adjustments, personnel changes",
     "the dishonest behavior has been corrected and performance completed",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("multi",
    "我是县里的公务员，刚被监察委给了记大过。处分期间我还能不能晋升职级、涨工资档次？等处分期满了，是不是还得单位"
    "另外发文给我解除？",
    "《公职人员政务处分法》第十九条：公务员在政务处分期内不得晋升职务、职级、衔级和级别；被记过、记大过、降级、撤职的，"
    "不得晋升工资档次。第二十六条：受到开除以外的政务处分，在处分期内有悔改表现且没有再发生应当给予政务处分的违法行为的，"
    "政务处分期满后自动解除，晋升不再受原政务处分影响——不需要另行申请解除。",
    ["不得晋升职务、职级、衔级和级别", "被记过、记大过、降级、撤职的，不得晋升工资档次", "政务处分期满后自动解除"],
    [E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次"),
     E(PS, "第二十六条", "在政务处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的"),
     E(PS, "第二十六条", "政务处分期满后自动解除")],
    lang="zh")

add("multi",
    "区里搞环保专项整治，一纸通知让我们整条街的家具作坊全部停工一个月，既没出什么大事故，也没有什么重大活动。这种"
    "“一刀切”全部停产合法吗？我不服的话可以走什么途径？",
    "《优化营商环境条例》第五十九条：开展清理整顿、专项整治等活动应当严格依法进行，除涉及人民群众生命安全、发生重特大"
    "事故或者举办国家重大活动，并报经有权机关批准外，不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施。"
    "《民营经济促进法》第六十五条：对国家机关实施的强制措施有异议的，可以依法向有关机关反映情况、申诉，依法申请行政复议、"
    "提起诉讼。",
    ["不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施", "依法申请行政复议、提起诉讼"],
    [E(BE, "第五十九条", "除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外"),
     E(BE, "第五十九条", "不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施"),
     E(PE, "第六十五条", "可以依法向有关机关反映情况、申诉，依法申请行政复议、提起诉讼")],
    lang="zh")

add("multi",
    "I'm building a training module on Guangzhou's second batch of government-business Guidelines. As the speakers "
    "describe it, what happens to officials when an investment-promotion project falls short of expectations, and to "
    "SOE managers when a properly decided investment loses money because of market risk?",
    "¶18: as long as the investment promotion process is carried out with due diligence and compliance, relevant "
    "personnel will not be held blindly accountable even if the project fails to meet expectations. ¶21: if an "
    "investment made with due diligence and through compliant decision-making procedures incurs losses due to "
    "objective factors such as market risks, the relevant personnel may be exempted from liability.",
    ["relevant personnel will not be held blindly accountable even if the project fails to meet expectations",
     "the relevant personnel may be exempted from liability"],
    [E(GZ, "¶18", "investment promotion process is carried out with due diligence and compliance"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
     E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "有个什么“美食协会”的人上门，说我这小面馆得报名他们搞的星级打分，报名费八百，不报就“后果自负”。我能不理他们吗？",
    "可以不理。《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、"
    "达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费；第七十一条规定行业协会商会有"
    "此类行为的，由有关部门责令改正，依法追究法律责任。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("paraphrase",
    "有人在短视频里瞎编说我们小超市卖过期货，还把我的照片挂出来骂，生意一落千丈。我能请法院先叫他别再发了吗？"
    "亏掉的钱能让他赔吗？",
    "能。《民营经济促进法》第五十九条：民营经济组织及其经营者的名誉权等人格权益受法律保护，任何人不得利用互联网以侮辱、"
    "诽谤等方式恶意侵害；人格权益受到恶意侵害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施；致使生产经营"
    "等活动遭受实际损失的，侵权人依法承担赔偿责任。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "遭受实际损失的，侵权人依法承担赔偿责任")],
    lang="zh")

add("paraphrase",
    "When a local government goes back on its word to companies, does that ever come back to hurt the officials' "
    "departments when they get graded each year, or the region when it gets scored?",
    "Yes, per item III.(3) of the NDRC notice: credit leading departments at all levels should promote the inclusion "
    "of dishonesty records into performance evaluation indicators of relevant government departments, and the NDRC "
    "will appropriately include government dishonesty records in business environment evaluations and comprehensive "
    "performance evaluations of high-quality development.",
    ["inclusion of dishonesty records into performance evaluation indicators of relevant government departments",
     "business environment evaluations and comprehensive performance evaluations of high-quality development"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "business environment evaluations and comprehensive performance evaluations")],
    lang="en")

add("paraphrase",
    "I run a tiny AI startup in Guangzhou. Do the city's new rules on dealing with officials give newer kinds of "
    "businesses like mine some room to experiment and slip up, instead of getting punished straight away?",
    "According to a speaker at the lecture hall (¶25), the Guidelines establish an error-tolerant mechanism (\"due "
    "diligence and compliance are grounds for liability exemption\"), and the \"inclusive and prudent supervision\" "
    "and \"observation period\" system they advocate provide trial-and-error space and development patience for new "
    "business formats such as artificial intelligence.",
    ["“inclusive and prudent supervision” and “observation period” system",
     "trial-and-error space and development patience for new business formats such as artificial intelligence"],
    [E(GZ, "¶25", "“inclusive and prudent supervision” and “observation period” system"),
     E(GZ, "¶25", "valuable trial-and-error space and development patience for new business formats")],
    lang="en")

add("paraphrase",
    "我在镇上管项目审批，我小舅子开了个施工队，老打着我的旗号去村里揽工程。我从没替他说过话，就是一直没拦着。"
    "这样我会不会有事？",
    "会。《公职人员政务处分法》第三十三条第一款第（三）项：纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的，"
    "予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的",
     "予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除"],
    [E(PS, "第三十三条", "纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的"),
     E(PS, "第三十三条", "予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "I'm a Singapore investor with a minority stake in a Chinese company that is controlled by Chinese citizens. Does "
    "the company count as a 'private economic organization' under China's 2025 Private Economy Promotion Law, and do "
    "the foreign investment rules still apply to it?",
    "Yes to both. Art. 77 (第七十七条) defines private economic organizations as for-profit legal persons, unincorporated "
    "organizations and individual businesses established in China and controlled or actually controlled by Chinese "
    "citizens (由中国公民控股或者实际控制), plus entities they control; where a private economic organization involves "
    "foreign investment, the foreign investment laws and regulations also apply (同时适用外商投资法律法规的相关规定).",
    ["由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

add("cross_lingual",
    "Our small China subsidiary supplies parts to a big Chinese automaker, which now insists on paying only with "
    "six-month commercial acceptance bills. Is that allowed under China's SME payment regulation?",
    "Not if it is forced on you. Art. 11 (第十一条) of the Regulations on Ensuring Payments to SMEs: non-cash payment "
    "such as commercial bills or electronic receivable vouchers must be clearly and reasonably agreed in the contract; "
    "the buyer may not force the SME to accept them (不得强制中小企业接受商业汇票…等非现金支付方式) and may not use them "
    "to disguise an extension of the payment term (不得利用…变相延长付款期限).",
    ["应当在合同中作出明确、合理约定", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式",
     "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限"],
    [E(SME, "第十一条", "应当在合同中作出明确、合理约定"),
     E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="en")

add("cross_lingual",
    "We're building a plant in a Chinese city. The approval office told us we must hire a particular appraisal firm "
    "they recommend, and pay for it ourselves. Can they do that under the Regulations on Optimizing the Business "
    "Environment?",
    "No. Art. 43 (第四十三条): administrative organs may not designate or indirectly designate intermediary service "
    "providers for market entities (不得为市场主体指定或者变相指定中介服务机构) and, apart from statutory approval "
    "intermediary services (which need a basis in law, regulation or State Council decision), may not force them to "
    "accept intermediary services; if the organ itself needs technical services during approval, it must choose the "
    "provider competitively and bear the cost itself, not pass it on to the company (自行承担服务费用，不得转嫁给市场主体承担).",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构", "自行承担服务费用，不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第四十三条", "除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介服务"),
     E(BE, "第四十三条", "应当通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担")],
    lang="en")

add("cross_lingual",
    "我刚调到省发改委信用处。按国家发改委2023年那份政府诚信履约的通知，我们收到企业投诉政府违约失信的线索后，应该转给谁"
    "核实认定？核实下来不属实的话要做什么？",
    "通知第二条第（2）项：省级信用牵头部门应当立即将收到的违约失信投诉线索转交被投诉主体的上级或主管部门核实认定"
    "（immediately transfer … to the superior or competent departments of the complained entities for verification and "
    "identification）；经核实不属实的，认定部门应及时向投诉人反馈并作出说明（promptly provide feedback and "
    "explanations to the complainant）；属实的，应立即推动整改。",
    ["superior or competent departments of the complained entities for verification and identification",
     "promptly provide feedback and explanations to the complainant"],
    [E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract"),
     E(NDRC, "II.(2)", "superior or competent departments of the complained entities for verification"),
     E(NDRC, "II.(2)", "promptly provide feedback and explanations to the complainant")],
    lang="zh")

add("cross_lingual",
    "准备培训课件：广州市纪委监委发的两批《政商交往指引》，按起草组成员在讲堂上的介绍，第一批和第二批各自侧重解决什么问题？",
    "¶9：第一批系统回应了“能吃什么饭、能坐什么车”（what meals can be eaten and what vehicles can be taken）等常规政商交往"
    "问题；第二批围绕企业发展从招商引资到项目落地的全周期服务（full-cycle services for enterprise development from "
    "investment promotion to project landing），推动政商交往从“形式”层面走向“实质”层面。",
    ["what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "full-cycle services for enterprise development"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我开火锅店的，市场监管搞“双随机”抽查，一年里最多能抽到我几次？被抽中过一次的，当年是不是就不会再查了？",
    ["抽查次数", "每年最多"],
    "优化营商环境条例第五十四条、民营经济促进法第五十二条只规定随机抽取检查对象、随机选派执法检查人员、结果公开、多个事项"
    "尽可能合并检查，没有规定每年抽查频次上限，也没有抽中后当年免检的规定。",
    lang="zh", present=["随机抽取检查对象"])

unans("not_covered",
    "Under China's 2025 Private Economy Promotion Law, what corporate tax rate or tax rebate percentage does a private "
    "company get for investing in strategic emerging industries?",
    ["tax rebate", "税率", "退税"],
    "民营经济促进法第十六条只表示支持在战略性新兴产业等领域投资，第四十六条要求公开优惠政策的适用范围、标准、条件和申请程序；"
    "没有任何文件规定税率或退税比例。",
    lang="en", present=["战略性新兴产业", "优惠政策"])

unans("not_covered",
    "我是街道办的公务员，业余时间在网上开了个小网店，卖老家自产的土特产。这算不算违规从事营利性活动？有没有允许的额度？",
    ["网店", "兼职收入"],
    "政务处分法第三十六条只规定“违反规定从事或者参与营利性活动”的处分档次，未说明哪些经营活动违反规定、也没有任何允许额度；"
    "具体界限取决于文件之外的规定。",
    lang="zh", present=["营利性活动"])

unans("not_covered",
    "For a compliance exam: under SASAC's 2022 measures, how many hours of compliance training must a new hire at a "
    "central SOE complete in the first year?",
    ["training hours", "学时", "小时"],
    "中央企业合规管理办法第三十条只要求建立常态化培训机制、制定年度培训计划，将合规管理作为管理人员、重点岗位人员和新入职"
    "人员培训必修内容，没有规定学时。",
    lang="en", present=["年度培训计划", "培训必修内容"])

unans("not_covered",
    "我们小厂拿着对一家国企的应收账款去银行做融资，银行最长要在多少天内审批放款？超时了能投诉银行吗？",
    ["放款", "审批时限"],
    "保障中小企业款项支付条例第十六条只规定付款方应自确权请求之日起30日内确认债权债务关系；优化营商环境条例第二十六条只说"
    "提高贷款审批效率。没有任何文件规定银行审批、放款的期限。",
    lang="zh", present=["确权请求", "贷款审批效率"])

unans("not_covered",
    "Of the 33 scenarios in Guangzhou's government-business Guidelines, how many are in the first batch and how many "
    "in the second?",
    ["first batch contains", "scenarios in the second batch"],
    "GZ report ¶10 only gives the total of 33 scenarios across the two batches; ¶9 and ¶17 describe each batch's "
    "focus but never split the count.",
    lang="en", present=["33 scenarios", "two batches"])

unans("not_covered",
    "出题用：按《民营经济促进法》，已出台的涉企政策措施做公平竞争审查后的“定期评估”，法定周期是几年一次？",
    ["评估周期", "每三年", "每两年"],
    "民营经济促进法第十一条只要求政策措施经过公平竞争审查并“定期评估”，及时清理、废除妨碍公平竞争的内容，没有规定评估周期。",
    lang="zh", present=["定期评估"])

unans("not_covered",
    "We're a mid-sized foreign-invested manufacturer in Guangzhou. How much is the annual membership fee to join the "
    "GBA Integrity and Compliance Association, and what are the admission requirements?",
    ["membership fee", "会费", "admission requirements"],
    "GZ report ¶32-¶40 describe the association (5A-level non-profit, established 2021, members of various ownership "
    "types across 29 industry sectors, its services) but give no fee or admission criteria.",
    lang="en", present=["5A-level social organization"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "既然政务处分法规定警告的处分期是三个月，那我去年11月1日受的警告，今年2月初就到期了。到期后还要单位出个解除文件吗？",
    ["三个月"],
    "政务处分法第八条：警告的处分期为六个月，不是三个月；第二十六条：期满后自动解除。",
    lang="zh", present=["六个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第二十六条", "政务处分期满后自动解除")])

unans("false_premise",
    "I heard China's SME payment regulation gives large companies 90 days from delivery to pay their small suppliers. "
    "So can our contract with a Chinese SME supplier simply set 120 days?",
    ["90 days", "ninety days"],
    "保障中小企业款项支付条例第九条：大型企业应自交付之日起60日内付款；合同另有约定的须按行业规范、交易习惯合理约定。"
    "No 90-day period for large companies exists (the only 90日 in the regulation is the maximum complaint-handling period "
    "in 第二十五条).",
    lang="en", present=["60日内"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "民营经济促进法规定个体工商户经营满三年就必须转成企业吧？我这个小卖部明年满三年，不转的话会被罚多少钱？",
    ["满三年", "必须转型"],
    "民营经济促进法第四十八条：个体工商户可以自愿依法转型为企业，登记机关、税务机关等提供指引和便利；没有强制转型或期限，"
    "也没有相应罚款。",
    lang="zh", present=["自愿依法转型为企业"],
    related=[E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业")])

unans("false_premise",
    "SASAC's 2022 compliance measures apply directly to every state-owned enterprise in China, including city-level "
    "ones. What penalty does SASAC impose on a municipal SOE that hasn't set up a compliance committee?",
    ["city-level", "municipal SOE"],
    "中央企业合规管理办法第二条：只适用于国资委履行出资人职责的中央企业；第四十条：地方国资监管机构参照本办法指导所出资企业。"
    "The measures do not bind municipal SOEs directly, and SASAC sets no penalty for them.",
    lang="en", present=["中央企业", "地方国有资产监督管理机构"],
    related=[E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业"),
             E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")])

unans("false_premise",
    "为什么政务处分法规定公职人员一退休就不能再立案调查了？这样我们科长退休前收的那些好处不就一笔勾销了吗？",
    ["一笔勾销", "不得立案"],
    "政务处分法第二十七条：已经退休的公职人员不再给予政务处分，但是可以对其立案调查；依法应当降级、撤职、开除的，按规定"
    "调整其待遇，违法所得依照第二十五条没收、追缴或者责令退赔。",
    lang="zh", present=["可以对其立案调查"],
    related=[E(PS, "第二十七条", "不再给予政务处分，但是可以对其立案调查"),
             E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")])

unans("false_premise",
    "Why does the NDRC's 2023 integrity notice leave PPP contracts out of the breach-of-contract complaint scope, and "
    "where should a private PPP investor complain instead?",
    ["PPP", "public-private partnership"],
    "NDRC notice II.(1) expressly includes agreements in government-social capital cooperation (i.e. PPP) in the scope "
    "of breach of contract and dishonesty complaints.",
    lang="en", present=["government-social capital cooperation"],
    related=[E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support")])

unans("false_premise",
    "按《保障中小企业款项支付条例》，只要是中小企业就能在投诉平台投诉拖欠方，跟对方有没有合同关系无所谓。我们是给总包"
    "干活的二级分包小厂，能不能直接投诉总包上面的业主单位（一家国企）欠款？",
    ["无所谓", "不需要合同"],
    "保障中小企业款项支付条例第二十五条：投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉。",
    lang="zh", present=["存在合同关系"],
    related=[E(SME, "第二十五条", "投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "饭店后厨的油烟管道多久要清洗一次，才能通过消防检查？",
    ["油烟", "消防"],
    "餐饮消防与厨房卫生，与语料无关（“检查”一词与监管执法条款相同）。",
    lang="zh")

unans("out_of_domain",
    "I just switched jobs in Shanghai mid-year. How are my paid annual leave days calculated for the rest of this year?",
    ["annual leave", "年休假"],
    "Employment leave entitlement, not in the corpus.",
    lang="en")

unans("out_of_domain",
    "冬天寒潮来了，大棚里的草莓怎么防冻比较省钱？",
    ["草莓", "大棚"],
    "农业种植技术，与语料无关。",
    lang="zh")

unans("out_of_domain",
    "What's a sensible way to hedge USD/CNY exchange rate risk on dividends from my China subsidiary?",
    ["exchange rate", "汇率", "hedge"],
    "Foreign-exchange risk management, not in the corpus (shares 'China', 'investor' flavour only).",
    lang="en")

unans("out_of_domain",
    "How do I build a pivot table in Excel to summarise my shop's monthly sales by product?",
    ["Excel", "pivot table"],
    "Spreadsheet how-to, not in the corpus.",
    lang="en")

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2024年10月公布的《民营经济促进法（草案征求意见稿）》里，对拖欠民营企业账款是怎么写的？和最后通过的版本有什么不同？",
    ["征求意见稿", "草案"],
    "语料只收2025年4月30日通过、5月20日施行的正式文本，没有草案或征求意见稿。",
    lang="zh", present=["2025年4月30日"])

unans("superseded",
    "How did SASAC's 2018 Guidelines on Compliance Management of Central Enterprises (for Trial Implementation) assign "
    "the lead compliance role, and what did the 2022 measures change compared with them?",
    ["2018", "trial implementation", "试行"],
    "The corpus only has the 2022 中央企业合规管理办法 (SASAC Order No. 42, effective 2022-10-01); the 2018 trial "
    "guidelines are not in it, so no comparison can be made.",
    lang="en", present=["2022年10月1日"])

unans("superseded",
    "《政务处分法》施行以前，按2007年的《行政机关公务员处分条例》，记过处分的期间是多长？和现在一样吗？",
    ["行政机关公务员处分条例", "2007"],
    "语料只有2020年7月1日起施行的政务处分法；第六十七条只说施行前的案件适用当时的规定，没有收录旧条例的内容。",
    lang="zh", present=["2020年7月1日"])

unans("superseded",
    "What new scenarios did the third batch of Guangzhou's Guidelines for Government-Business Interactions add in 2026?",
    ["third batch", "2026"],
    "GZ report covers only the two batches issued so far (33 scenarios); no third batch or 2026 edition.",
    lang="en", present=["two batches"])
