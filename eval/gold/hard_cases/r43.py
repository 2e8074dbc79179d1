"""Hard-case gold items, forty-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a newly appointed village party secretary unsure what gifts and meals are allowed (Chinese,
colloquial), and an ESG analyst assessing government-integrity risk for investors (English).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "俺刚当上村支书没几天，村里老人吓唬我说干部要是挨个“记过”，这辈子就抬不起头了。按政务处分法，记过这个处分"
    "到底要挂多长时间？从哪天开始算？",
    "《公职人员政务处分法》第八条：政务处分期间为警告六个月、记过十二个月、记大过十八个月、降级和撤职二十四个月；"
    "政务处分决定自作出之日起生效，政务处分期自决定生效之日起计算。所以记过是十二个月，不是一辈子。",
    ["记过，十二个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "I'm building a government-integrity risk score for investors in projects that depend on Chinese local "
    "governments. Under item II.(1) of the NDRC's 2023 notice, which kinds of government–private agreements fall "
    "within the scope of \"breach of contract and dishonesty\"?",
    "II.(1): the scope covers breach and repudiation behaviors in the various agreements and contracts that "
    "government departments sign with private enterprises in government procurement, bidding, investment "
    "promotion, government-social capital cooperation, industrial support, government investment and other fields.",
    ["breach and repudiation behaviors in various agreements and contracts signed",
     "investment promotion, government-social capital cooperation, industrial support, government investment"],
    [E(NDRC, "II.(1)", "breach and repudiation behaviors in various agreements and contracts signed"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation"),
     E(NDRC, "II.(1)", "industrial support, government investment, and other fields")],
    lang="en")

add("single",
    "我们集团是央企，正按《中央企业合规管理办法》设首席合规官。这个职位是要单独新设一个领导岗位，还是由谁兼任？"
    "他对谁负责？",
    "《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门组织开展相关工作，指导所属单位加强合规管理。",
    ["不新增领导岗位和职数，由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责"),
     E(SOE, "第十二条", "领导合规管理部门组织开展相关工作，指导所属单位加强合规管理")],
    lang="zh")

add("single",
    "Quick one on the Guangzhou government-business Guidelines covered in the lecture-hall report: how many "
    "scenarios do the two batches cover between them, and when a situation isn't in there, what test did the "
    "drafting-committee member say officials should apply?",
    "¶10: the two batches cover 33 scenarios, which cannot encompass all situations. Wang Yuqun said the core of "
    "judging is to distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key "
    "is whether the actions can be \"put on the table\"; he added three sets of dialectical relationships to grasp.",
    ["the 33 scenarios covered in the two batches", "the key is whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "营商环境条例：涉企的规范性文件公开征求意见，最少挂几天？",
    "《优化营商环境条例》第六十二条第二款：除依法需要保密外，制定与市场主体生产经营活动密切相关的行政法规、规章、"
    "行政规范性文件，应当通过报纸、网络等向社会公开征求意见，期限一般不少于30日。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日"),
     E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "俺们村有个承包鱼塘的老板，中秋节硬往我兜里塞了一张两千块的超市购物卡，说明年鱼塘续包的事多关照关照。我这当"
    "村支书的要是收了，被查出来会给个啥处分？还听人说村干部跟机关里的干部处分不一样，是真的不？",
    "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物，依《公职人员政务处分法》第三十四条，予以警告、记过"
    "或者记大过；情节较重的降级或者撤职；情节严重的开除。对村里这类基层群众性自治组织中从事管理的人员，第二十二条"
    "规定监察机关可以予以警告、记过、记大过，受到政务处分的，由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、"
    "奖金。",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的", "监察机关可以予以警告、记过、记大过",
     "减发或者扣发补贴、奖金"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第二十二条", "基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过"),
     E(PS, "第二十二条", "应当由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金")],
    lang="zh")

add("multi",
    "From a credit-risk angle: if a prefecture-level city ends up with a government dishonesty record under the "
    "NDRC's 2023 notice, what does it lose inside the development-and-reform system, and what has to happen before "
    "that record is cleared?",
    "III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC cancels their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increases the weight of "
    "city credit monitoring deductions, and cancels the title or eligibility for social-credit demonstration zones "
    "(and for entities with dishonesty records it restricts central budget funds, local special bond applications "
    "and financing recommendations). III.(6): once the identifying department confirms the dishonest behaviour has "
    "been corrected and performance completed, the records are promptly restored and the punishment measures "
    "terminated.",
    ["cancel their eligibility for awards and pilot demonstrations in the development and reform system",
     "increase the weight of city credit monitoring deductions",
     "relevant dishonesty records should be promptly restored, and dishonesty punishment measures terminated"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "县里前年跟我们公司签了招商协议，白纸黑字承诺三年厂房租金补贴。今年县里班子换了，新领导一句“前任拍板的事我们不"
    "认”，补贴就停了。这个理由站得住吗？按发改委那份讲政务诚信的通知，这种情况算不算政府失信？",
    "站不住。《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行依法作出的政策承诺和订立的合同，不得以"
    "行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约（《优化营商环境条例》第三十一条同）。"
    "发改委通知II.(2)：因机构调整、人员变动等原因不履行的，一律视为违约失信（\"Failure to perform due to "
    "institutional adjustments, personnel changes, and other reasons shall all be regarded as breach of contract "
    "and dishonesty\"）。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "personnel changes, and other reasons shall all be regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "personnel changes, and other reasons shall all be regarded as breach of contract"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="zh")

add("multi",
    "For an ESG note on Guangzhou state-owned investors: going by the lecture-hall report on the second batch of the "
    "Guidelines, when can managers escape liability for an investment that loses money, and what kind of conduct "
    "still gets people held accountable?",
    "¶21 (Guangzhou Metro): if an investment made with due diligence and through compliant decision-making "
    "procedures incurs losses due to objective factors such as market risks, the relevant personnel may be "
    "exempted from liability. ¶30 (GPHL audit): error tolerance is granted for losses from inherent risks such as "
    "policy adjustments, market changes and technological exploration where due measures were taken to stop losses; "
    "if losses are expanded due to lack of post-investment control, misappropriation of funds, or concealment of "
    "risks and delayed disposal, those derelict in their duties must be held accountable.",
    ["incurs losses due to objective factors such as market risks", "the relevant personnel may be exempted from liability",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

add("multi",
    "问两个事。一是镇里下周来村里检查工作，村会计说要在县城饭店摆一桌像样的，拿村里的钱招待；二是村里修路的包工头"
    "隔三差五请我去吃饭喝酒。这两样事政务处分法分别是咋说的？",
    "《公职人员政务处分法》第三十五条：违反规定在公务接待等方面超标准、超范围的，或者违反规定公款消费的，情节较重的"
    "予以警告、记过或者记大过；情节严重的降级或者撤职。第三十四条第二款：接受、提供可能影响公正行使公权力的宴请、"
    "旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["在公务接待、公务交通、会议活动、办公用房以及其他工作生活保障等方面超标准、超范围的", "违反规定公款消费的",
     "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"],
    [E(PS, "第三十五条", "在公务接待、公务交通、会议活动、办公用房以及其他工作生活保障等方面超标准、超范围的"),
     E(PS, "第三十五条", "（三）违反规定公款消费的。"),
     E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "说实话，前阵子我稀里糊涂收了人家几条好烟，现在心里一直发毛。要是我自个儿先去镇纪委把事说清楚，再把东西折成钱"
    "退回去，能不能处理得轻一点？",
    "可以争取。《公职人员政务处分法》第十一条：主动交代本人应当受到政务处分的违法行为的、主动上交或者退赔违法所得的"
    "等情形，可以从轻或者减轻给予政务处分；第十二条：情节轻微且有上述情形之一的，可以谈话提醒、批评教育、责令检查"
    "或者予以诫勉，免予或者不予政务处分。",
    ["可以从轻或者减轻给予政务处分", "主动交代本人应当受到政务处分的违法行为的", "主动上交或者退赔违法所得的"],
    [E(PS, "第十一条", "公职人员有下列情形之一的，可以从轻或者减轻给予政务处分"),
     E(PS, "第十一条", "（一）主动交代本人应当受到政务处分的违法行为的；"),
     E(PS, "第十一条", "（六）主动上交或者退赔违法所得的；"),
     E(PS, "第十二条", "可以对其进行谈话提醒、批评教育、责令检查或者予以诫勉，免予或者不予政务处分")],
    lang="zh")

add("paraphrase",
    "Does anybody in Beijing actually grade the provinces on how they deal with complaints that local authorities "
    "welshed on deals with companies? Like, is there some kind of report card, how do they check, and who gets to "
    "see it?",
    "Yes, per item IV.(7) of the NDRC notice: the NDRC evaluates key tasks such as the handling and identification "
    "efficiency of breach-of-contract complaints, the quality of credit information collection and the "
    "implementation of punishment measures, through spot checks, third-party investigations, cross-checks and other "
    "methods, regularly notifying provincial credit leading departments and copying the provincial people's "
    "governments; credit departments at all levels should set up similar mechanisms.",
    ["handling and identification efficiency of breach of contract and dishonesty complaints",
     "spot checks, third-party investigations, cross-checks",
     "regularly notifying provincial credit leading departments and copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "the handling and identification efficiency of breach of contract"),
     E(NDRC, "IV.(7)", "spot checks, third-party investigations, cross-checks, and other methods"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments and copying")],
    lang="en")

add("paraphrase",
    "我小舅子听说村里要修机耕路，天天缠着我，让我跟施工队打声招呼分他一块活儿，说啥“肥水不流外人田”。我要是睁一只"
    "眼闭一只眼，由着他打着我的旗号去揽活，会有啥麻烦？",
    "有麻烦。《公职人员政务处分法》第三十三条第一款第（三）项：纵容、默许特定关系人利用本人职权或者职务上的影响谋取"
    "私利的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的"],
    [E(PS, "第三十三条", "（三）纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的。"),
     E(PS, "第三十三条", "有下列行为之一的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职")],
    lang="zh")

add("paraphrase",
    "Do the Guangzhou rules give brand-new kinds of tech businesses – say AI start-ups – some breathing room to try "
    "things out and fail a bit before regulators come down on them?",
    "According to the Capitalogics speaker in ¶25, the Guidelines advocate \"inclusive and prudent supervision\" and "
    "an \"observation period\" system, which provide valuable trial-and-error space and development patience for new "
    "business formats such as artificial intelligence, and establish a scientific error-tolerant mechanism in which "
    "\"due diligence and compliance are grounds for liability exemption\".",
    ["“inclusive and prudent supervision” and “observation period” system",
     "valuable trial-and-error space and development patience for new business formats such as artificial intelligence"],
    [E(GZ, "¶25", "“inclusive and prudent supervision” and “observation period” system"),
     E(GZ, "¶25", "valuable trial-and-error space and development patience for new business formats")],
    lang="en")

add("paraphrase",
    "区里搞环境大整治，街道一个电话打下来，整条街的小作坊、小饭馆不管有没有问题，统统关门一个月再说。这种一刀切"
    "的搞法行得通吗？",
    "原则上不行。《优化营商环境条例》第五十九条第二款：开展清理整顿、专项整治等活动应当严格依法进行，除涉及人民群众"
    "生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外，不得在相关区域采取要求相关行业、领域的"
    "市场主体普遍停产、停业的措施。",
    ["不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施",
     "除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动"],
    [E(BE, "第五十九条", "不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施"),
     E(BE, "第五十九条", "开展清理整顿、专项整治等活动，应当严格依法进行")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "As an ESG analyst I want hard data on payment arrears to SMEs. Under China's Regulations on Guaranteeing "
    "Payments to SMEs (2025 revision), what must government bodies/public institutions and large enterprises "
    "disclose about overdue unpaid SME contracts, by when, and through which channel?",
    "Article 18: organs and public institutions must, before 31 March each year, publish the number and amount of "
    "the previous year's overdue unpaid SME contracts via websites, newspapers or other publicly accessible means; "
    "large enterprises must include that information in their annual reports and publish it through the National "
    "Enterprise Credit Information Publicity System.",
    ["应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息",
     "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示"],
    [E(SME, "第十八条", "应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示")],
    lang="en")

add("cross_lingual",
    "Governance question on a central SOE we cover: under SASAC's Compliance Management Measures for central "
    "enterprises, what counts as a \"major compliance risk event\", who has to lead the response, and does SASAC "
    "have to be told?",
    "Article 22: major compliance risk events are major legal disputes, major administrative penalties, criminal "
    "cases or sanctions by international organisations triggered by violations, causing or possibly causing major "
    "asset losses or serious adverse effects. The chief compliance officer leads the response, the compliance "
    "department coordinates and the relevant departments cooperate; the enterprise must report such events to SASAC "
    "in time under the relevant rules.",
    ["因违规行为引发重大法律纠纷案件、重大行政处罚、刑事案件，或者被国际组织制裁等重大合规风险事件",
     "应当由首席合规官牵头", "应当按照相关规定及时向国资委报告"],
    [E(SOE, "第二十二条", "因违规行为引发重大法律纠纷案件、重大行政处罚、刑事案件，或者被国际组织制裁"),
     E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份政务诚信履约的通知里说要曝光一批典型案例。挑的是哪几类案例？在哪儿曝光？",
    "通知第四部分第（9）项：选择一批失信情节严重、反复失信、群众投诉强烈的案例（\"cases with serious dishonesty, "
    "repeated dishonesty, and strong public complaints\"），在“信用中国”网站公开，并通过新闻媒体向社会曝光，形成"
    "强大舆论震慑。",
    ["cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="zh")

add("cross_lingual",
    "听说广州纪委出了个政商交往的指引，分了两批。第一批是不是就讲跟老板打交道能吃啥饭、能坐啥车这些？第二批又侧重"
    "啥？",
    "是的。据广州廉洁合规大讲堂报道¶9：第一批系统回应了“能吃什么饭、能坐什么车”（\"what meals can be eaten and what "
    "vehicles can be taken\"）等常规政商交往问题，体现“亲而有度、清而无私”；第二批聚焦发展新质生产力，围绕从招商引资"
    "到项目落地的企业发展全周期服务，回答如何“清而不疏、为而有慎”，推动从“适度交往”向“有效服务企业”升级。",
    ["what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "full-cycle services for enterprise development from investment promotion")],
    lang="zh")

add("cross_lingual",
    "A red flag we track: a senior official at a local government counterparty is under formal investigation by the "
    "supervision commission. Under China's Law on Administrative Sanctions for Public Officials, can he just resign "
    "or go abroad while the case is open, and can his agency promote him or process his retirement meanwhile?",
    "No. Article 52: while under investigation, a public official may not leave the country or resign from public "
    "office without the supervisory organ's consent, and his agency and its superiors may not transfer, promote, "
    "reward or sanction him or handle his retirement; the appointing organ may also suspend him from duty if he is "
    "unfit to continue.",
    ["未经监察机关同意，不得出境、辞去公职", "不得对其交流、晋升、奖励、处分或者办理退休手续"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "不得对其交流、晋升、奖励、处分或者办理退休手续"),
     E(PS, "第五十二条", "公职人员任免机关、单位可以决定暂停其履行职务")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "村支书逢年过节收村民送的土鸡、自家酿的米酒，多少钱以内算正常人情往来、不用处分？有没有个具体的金额标准，比如"
    "200元以下就没事？",
    ["人情往来", "金额标准", "200元"],
    "政务处分法第三十四条只禁止收受“可能影响公正行使公权力”的礼品、礼金等，没有任何金额门槛；GZ报道提到第一批指引"
    "回应“能吃什么饭”等问题，但没有给出金额。",
    lang="zh", present=["可能影响公正行使公权力", "what meals can be eaten"])

unans("not_covered",
    "What daily late-payment interest rate does the NDRC's 2023 government-integrity notice make local governments "
    "pay when they settle bills to private companies late?",
    ["interest rate", "late-payment", "overdue interest"],
    "The NDRC notice sets up complaint, identification, punishment and restoration mechanisms but states no interest "
    "rate; only the SME payment Regulations (Art. 17) fix 0.05% per day where no rate was agreed, and that is a "
    "different document.",
    lang="en", present=["arrears", "万分之五"])

unans("not_covered",
    "For a sector report I need the counts: how many cases of government breach of contract have been confirmed "
    "nationwide since the NDRC notice came out, and how many cities have lost their social-credit demonstration-zone "
    "titles so far?",
    ["nationwide", "statistics", "number of cases"],
    "The notice (August 2023) only lays down the mechanism (identification, records, punishment incl. cancelling "
    "demonstration-zone titles, exposing typical cases); it contains no statistics, and no other document does.",
    lang="en", present=["typical cases", "demonstration zones"])

unans("not_covered",
    "我们公司投了县里一个污水处理PPP项目，县里换届后单方面把合同终止了，补偿也不给。我们准备起诉，按《民营经济促进法》"
    "第七十条、第七十三条，打赢的把握有多大？法院一般能判赔多少？",
    ["胜诉", "胜算", "判赔"],
    "第七十条规定政府应履约、因公共利益改变合同应予补偿，第七十三条规定由有权机关纠正、造成损失依法赔偿；但任何文件都"
    "不涉及诉讼胜算或赔偿金额的预测。",
    lang="zh", present=["补偿", "依法予以赔偿"])

unans("not_covered",
    "村干部受了政务处份，县里或者乡镇要扣补贴，一般扣多少钱？扣几个月？有没有个比例？",
    ["扣发比例", "扣发标准", "扣发期限"],
    "政务处分法第二十二条只说由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金，没有数额、比例或期限；其他文件"
    "也没有。",
    lang="zh", present=["减发或者扣发补贴、奖金"])

unans("not_covered",
    "Within how many working days does the superior department have to finish verifying a goverment breach-of-contract "
    "complaint under the NDRC 2023 notice?",
    ["working days", "days"],
    "II.(2) only says complaint clues are transferred immediately for verification and that the identifying "
    "department should promptly give feedback or promote rectification; no time limit in days is set (the 10-working-"
    "day transfer and 30/90-day limits in SME Regs Art. 25 concern SME arrears complaints, not this notice).",
    lang="en", present=["immediately transfer", "promptly"])

unans("not_covered",
    "How often must a central SOE's compliance committee meet under the SASAC Compliance Management Measures – at "
    "least quarterly? And who is supposed to chair it?",
    ["quarterly", "每季度", "主任委员"],
    "Article 11 only says central SOEs set up a compliance committee, which may share offices with the rule-of-law "
    "leading body and holds meetings regularly (定期召开会议); no frequency or chair is specified.",
    lang="en", present=["合规委员会", "定期召开会议"])

unans("not_covered",
    "If a large company hides its overdue SME payments in its annual report, how big a fine can market regulators "
    "impose under Article 34 of China's SME payment Regulations?",
    ["万元", "罚款数额", "以下罚款"],
    "Article 34 only says the market supervision department deals with it according to law (依法处理); no fine or "
    "amount is stated anywhere in the corpus.",
    lang="en", present=["由市场监督管理部门依法处理"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为啥《政务处分法》规定村干部收礼要超过500元才算违法？是不是500元以内就能随便收？",
    ["500元", "五百元"],
    "前提错误：第三十四条没有任何金额门槛，标准是礼品、礼金、有价证券等财物是否“可能影响公正行使公权力”；法律中没有"
    "500元的规定。",
    lang="zh", present=["可能影响公正行使公权力"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")])

unans("false_premise",
    "Why does the NDRC notice order the major credit rating agencies to downgrade cities that have government "
    "dishonesty records, and by how many notches?",
    ["rating agencies", "downgrade", "notches"],
    "False premise: III.(4) lists NDRC measures (restricting central budget funds, limiting local special bond "
    "applications, restricting financing recommendations, cancelling awards/pilot eligibility, raising the weight "
    "of city credit monitoring deductions); nothing about rating agencies or downgrades.",
    lang="en", present=["special bonds", "city credit monitoring"],
    related=[E(NDRC, "III.(4)", "limit applications for local government special bonds"),
             E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")])

unans("false_premise",
    "政务处分法第八条说记大过的处分期是十二个月。我去年3月被记大过，是不是今年3月就到期了？",
    ["记大过，十二个月"],
    "前提错误：第八条规定记过十二个月、记大过十八个月，问题把两者混淆了。",
    lang="zh", present=["十八个月"],
    related=[E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
    "Article 12 of the SASAC Compliance Management Measures has the chief compliance officer report to the board's "
    "audit committee rather than to management. How should we reflect that independent reporting line in our "
    "governance score?",
    ["audit committee", "审计委员会"],
    "False premise: Article 12 says the chief compliance officer is held concurrently by the general counsel and is "
    "responsible to the enterprise's principal person in charge (对企业主要负责人负责); no audit committee is mentioned.",
    lang="en", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "Article 73 of the Private Economy Promotion Law lets a private company apply to the people's procuratorate for "
    "a payment order once a government agency has owed it money for more than a year. What documents does the "
    "procuratorate need to see?",
    ["支付令", "超过一年"],
    "False premise: Article 73 says refusals or delays in paying are corrected by the competent authority, with "
    "compensation for losses and sanctions for those responsible; procuratorates (Art. 66) supervise litigation and "
    "handle complaints. There is no payment-order procedure and no one-year threshold.",
    lang="en", present=["检察机关"],
    related=[E(PE, "第七十三条", "拒绝或者拖延支付民营经济组织账款"),
             E(PE, "第六十六条", "检察机关依法对涉及民营经济组织及其经营者的诉讼活动实施法律监督")])

unans("false_premise",
    "The SME payment Regulations give large enterprises 90 days from delivery to pay their SME suppliers. One of our "
    "portfolio companies pays at day 75 with no special contract term, so it's compliant, right?",
    ["交付之日起90日"],
    "False premise: Article 9(2) gives large enterprises 60 days from delivery (a contract may agree otherwise if "
    "reasonable); 90 days is the maximum complaint-handling period in Article 25.",
    lang="en", present=["60日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "既然第十二期“廉洁合规大讲堂”是广州市纪委监委主办的，那会上市纪委通报了哪几起政商交往违纪的案件？",
    ["disciplinary cases", "Hosted by the Municipal"],
    "前提错误：GZ报道¶3写明该期大讲堂由广州市大湾区企业廉洁合规管理协会主办，市纪委监委等部门负责人只是到场嘉宾；"
    "报道也没有通报任何违纪案件。",
    lang="zh", present=["Hosted by the Guangzhou Greater Bay Area"],
    related=[E(GZ, "¶3", "Hosted by the Guangzhou Greater Bay Area Enterprise Integrity and Compliance")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "村里想把一片集体土地流转给外地老板种果树，土地流转合同最长能签多少年？要不要开村民大会表决？",
    ["土地流转", "承包期"],
    "农村土地流转问题，文件不涉及（文件只有“土地供应”“土地使用权”等泛泛提法）。",
    lang="zh", present=["土地供应"])

unans("out_of_domain",
    "What weight does MSCI currently give the governance pillar in its ESG rating methodology for Chinese utilities?",
    ["MSCI", "ESG rating"],
    "A rating vendor's methodology; no document deals with it (the GZ report only mentions ESG training and salons).",
    lang="en", present=["ESG"])

unans("out_of_domain",
    "过年村里想搞一场烟花晚会热闹热闹，燃放烟花爆竹要去哪个部门审批？要交什么材料？",
    ["烟花", "爆竹"],
    "烟花爆竹燃放审批，与这些文件无关。",
    lang="zh", present=["审批"])

unans("out_of_domain",
    "What corporate income tax rate does a high-tech enterprise pay in Guangzhou's Nansha zone, and for how many "
    "years does the preferential rate last?",
    ["income tax", "Nansha", "15%"],
    "Tax incentives for a specific zone; none of the documents covers tax rates (税务 appears only as a compliance "
    "area or tax-service reform).",
    lang="en", present=["税务管理"])

unans("out_of_domain",
    "明年村委会换届选举，候选人年龄和学历有没有硬性要求？外出打工的村民能委托别人投票吗？",
    ["村民委员会", "候选人"],
    "村委会选举规则，文件不涉及（文件只有政府换届、破坏选举的处分等提法）。",
    lang="zh", present=["换届", "选举"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版的《保障中小企业款项支付条例》里，大型企业给中小企业的付款期限原来是怎么规定的？跟2025年修订后比有啥"
    "不同？",
    ["2020年版", "修订前"],
    "语料只有2025年3月17日国务院令第802号修订后的文本；2020年国务院令第728号公布的原文不在语料中，无法比较。",
    lang="zh", present=["国务院令第728号", "第802号"])

unans("superseded",
    "Before the 2022 SASAC Measures, central SOEs followed the 2018 compliance management guidelines issued on a "
    "trial basis. What did the 2018 guidelines require about the compliance committee?",
    ["2018", "试行"],
    "The corpus holds only the 2022 Compliance Management Measures (SASAC Order No. 42); the 2018 guidelines are not "
    "in it.",
    lang="en", present=["合规委员会", "第42号"])

unans("superseded",
    "俺是村支书，归根到底是党员干部。按2018年版和2023年修订的《中国共产党纪律处分条例》，收礼分别怎么处分？两版有啥"
    "区别？",
    ["纪律处分条例", "党纪"],
    "语料中没有《中国共产党纪律处分条例》的任何版本，只有2020年《公职人员政务处分法》。",
    lang="zh", present=["政务处分"])

unans("superseded",
    "The NDRC issued a 2024 follow-up to Development and Reform Finance [2023] No. 1103 that tightened the "
    "breach-of-contract rules. Which new punishment measures did the 2024 notice add?",
    ["[2024]", "follow-up notice"],
    "The corpus holds only the 2023 notice ([2023] No. 1103, dated August 5, 2023); no 2024 follow-up is in it.",
    lang="en", present=["[2023] No. 1103"])
