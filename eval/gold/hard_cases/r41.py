"""Hard-case gold items, forty-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: the owner of a small restaurant chain dealing with inspections and subsidies (Chinese, colloquial, with
typos), and a researcher at an NGO comparing credit-repair and breach-of-contract rules (English).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我在广州开了四家小饭馆。这俩月市监局的人来的贼勤，上礼拜来查后厨卫生，这礼拜又换一拨人来查价格标签和台账，"
    "说是不同科室的事。民营经济促进法对这种检察有没有啥规定？能不能让他们一次查完？",
    "《民营经济促进法》第五十二条：市场监管领域相关部门的行政检查应当通过随机抽取检查对象、随机选派执法检查人员的"
    "方式进行，抽查事项及查处结果及时向社会公开；针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合"
    "检查范围。但直接涉及公共安全和人民群众生命健康等特殊行业、重点领域依法依规实行全覆盖的重点监管的除外。",
    ["随机抽取检查对象、随机选派执法检查人员", "应当尽可能合并或者纳入跨部门联合检查范围"],
    [E(PE, "第五十二条", "市场监管领域相关部门的行政检查应当通过随机抽取检查对象、随机选派执法检查人员的方式进行"),
     E(PE, "第五十二条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合检查范围")],
    lang="zh")

add("single",
    "I'm mapping how Chinese policy documents define government \"breach of contract\". In the NDRC's 2023 notice on "
    "government integrity, which kinds of agreements between government departments and private enterprises fall "
    "within the scope of breach of contract and dishonesty?",
    "Item II.(1): the scope covers breach and repudiation behaviours in the various agreements and contracts that "
    "government departments sign with private enterprises in government procurement, bidding, investment promotion, "
    "government-social capital cooperation, industrial support, government investment and other fields.",
    ["breach and repudiation behaviors in various agreements and contracts signed by government departments",
     "government procurement, bidding, investment promotion, government-social capital cooperation"],
    [E(NDRC, "II.(1)", "dishonesty includes breach and repudiation behaviors in various agreements"),
     E(NDRC, "II.(1)", "bidding, investment promotion, government-social capital cooperation")],
    lang="en")

add("single",
    "街道办通知我们片区所有餐馆都必须参加啥“星级放心餐厅”评比，每家还得交800块培训费，不交就不给评，还暗示会影响"
    "明年的检查。按《优化营商环境条例》，这个合法吗？",
    "不合法（除非法律、法规另有规定）。《优化营商环境条例》第十七条第二款：任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "For a comparative paper: under the NDRC notice, if a local government fails to perform a contract because of an "
    "institutional reshuffle or a change of personnel, is that excused? And what happens to a department that is "
    "verified as in breach but refuses to rectify?",
    "Not excused. Item II.(2): failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty; if a complaint is verified as true the "
    "identifying department immediately promotes rectification, and those who refuse to rectify are confirmed as "
    "breach of contract and dishonesty by the identifying department.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

add("single",
    "quick one – in the Guangzhou lecture-hall write-up, what does the Capitalogics audit chief say the Guidelines "
    "offer new business formats like AI?",
    "¶25: the \"inclusive and prudent supervision\" and \"observation period\" system advocated by the Guidelines "
    "provides valuable trial-and-error space and development patience for new business formats such as artificial "
    "intelligence; the Guidelines also state that \"due diligence and compliance are grounds for liability "
    "exemption\".",
    ["“inclusive and prudent supervision” and “observation period” system",
     "valuable trial-and-error space and development patience"],
    [E(GZ, "¶25", "“inclusive and prudent supervision” and “observation period” system"),
     E(GZ, "¶25", "valuable trial-and-error space and development patience for new business formats")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "I'm at an NGO comparing credit-repair regimes. For a private company under China's Private Economy Promotion "
    "Law, and for a government body under the NDRC's 2023 government-integrity notice, what has to happen before a "
    "dishonesty record is cleared, and who has to act?",
    "Private firms (PE Art. 54): a private economic organization that has corrected the dishonest conduct, eliminated "
    "the adverse effects and meets the restoration conditions may apply for credit restoration; the state organs "
    "concerned must promptly lift the punishment measures, remove or end the publication of the dishonesty "
    "information and restore it in coordination on the public credit platforms. Government bodies (NDRC III.(6)): "
    "credit leading departments coordinate and guide restoration; once the identifying department confirms the "
    "dishonest behaviour has been corrected and performance completed, the records are promptly restored and the "
    "punishment measures terminated (no application by the body is mentioned).",
    ["可以提出信用修复申请", "依法及时解除惩戒措施，移除或者终止失信信息公示",
     "confirms that the dishonest behavior has been corrected and performance completed"],
    [E(PE, "第五十四条", "纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请"),
     E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示"),
     E(NDRC, "III.(6)", "confirms that the dishonest behavior has been corrected and performance"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "前年区里招商，说我们在新商圈开第三家店就给30万装修补帖，还签了协议。今年换了新区长，街道说“前任答应的不算”，"
    "补帖一分没给，我们装修钱都垫进去了。这种情况法律上咋说？我们能要回啥？",
    "《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺和订立的合同，"
    "不得以政府换届、相关人员更替等为由违约、毁约；第七十三条：不履行依法作出的政策承诺、依法订立的合同的，由有权"
    "机关予以纠正，造成损失的，依法予以赔偿，造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "由有权机关予以纠正，造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "应当履行依法向民营经济组织作出的政策承诺和与民营经济组织订立的合同"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

add("multi",
    "Which sanctions does the NDRC say it will itself apply to prefecture-level and above cities that carry "
    "government dishonesty records, and which kinds of cases does the notice say will be exposed to the public, "
    "and where?",
    "III.(4): for such cities the NDRC will cancel their eligibility for awards and pilot demonstrations in the "
    "development and reform system, increase the weight of city credit monitoring deductions, and cancel the title or "
    "eligibility for social-credit demonstration zones. IV.(9): cases with serious dishonesty, repeated dishonesty and "
    "strong public complaints are selected, publicised on the \"Credit China\" website and exposed through news media.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "serious dishonesty, repeated dishonesty, and strong public complaints"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "IV.(9)", "serious dishonesty, repeated dishonesty, and strong public complaints")],
    lang="en")

add("multi",
    "有个管我们片区的执法队员，每回来检查都要在店里白吃一顿，走的时候还让打包两份，不给就鸡蛋里挑骨头，说我们这不合格"
    "那不合格。我们想举报他：一是政府那边有没有义务受理这种投诉；二是按政务处分法他这种会被怎么处分？",
    "《民营经济促进法》第五十三条：各级人民政府及其有关部门建立健全行政执法违法行为投诉举报处理机制，及时受理并依法"
    "处理投诉举报；司法行政部门建立涉企行政执法诉求沟通机制。《公职人员政务处分法》第三十八条：在管理服务活动中故意"
    "刁难、吃拿卡要，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职；情节特别严重的，予以开除。",
    ["建立健全行政执法违法行为投诉举报处理机制", "在管理服务活动中故意刁难、吃拿卡要的", "情节特别严重的，予以开除"],
    [E(PE, "第五十三条", "建立健全行政执法违法行为投诉举报处理机制，及时受理并依法处理投诉举报"),
     E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

add("multi",
    "Comparing sanction toolkits: when a large enterprise's arrears to SMEs are officially deemed dishonest under "
    "China's SME payment Regulations, what restrictions can follow? And which punishment measures does the NDRC "
    "notice ask local departments to use against dishonest government bodies?",
    "SME Regulations Art. 26: the dishonesty is entered in credit records; in serious cases it is published through "
    "the national credit information sharing platform and the enterprise credit publicity system, and large "
    "enterprises are restricted in fiscal fund support, investment project approval, financing, market access, "
    "qualification assessment and awards. NDRC III.(5): credit leading departments should push same-level "
    "departments to use measures including restricting government funding support, limiting applications for support "
    "policies, canceling awards and restricting participation in government procurement.",
    ["对大型企业在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制",
     "restricting government funding support, limiting applications for support policies"],
    [E(SME, "第二十六条", "对大型企业在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制"),
     E(NDRC, "III.(5)", "restricting government funding support, limiting applications for support")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "说实话我们这种小饭馆根本不知道政府有啥扶持，网上搜半天也找不着哪个能申请、要够啥条件、去哪办，全靠听别的老板"
    "瞎传。政府是不是本来就该把这些说清楚？",
    "是。《民营经济促进法》第四十六条：各级人民政府及其有关部门应当及时向社会公开涉及经营主体的优惠政策适用范围、"
    "标准、条件和申请程序等，为民营经济组织申请享受有关优惠政策提供便利。",
    ["及时向社会公开涉及经营主体的优惠政策适用范围、标准、条件和申请程序等",
     "为民营经济组织申请享受有关优惠政策提供便利"],
    [E(PE, "第四十六条", "及时向社会公开涉及经营主体的优惠政策适用范围、标准、条件和申请程序等"),
     E(PE, "第四十六条", "为民营经济组织申请享受有关优惠政策提供便利")],
    lang="zh")

add("paraphrase",
    "When a state-owned company's investment goes belly-up, how do the auditors quoted in that Guangzhou piece tell "
    "plain bad luck apart from people dropping the ball? What gets forgiven and what doesn't?",
    "¶30 (Guangzhou Pharmaceutical audit director): audit separates compliant decision-making from dereliction of "
    "duty, and objective risks from man-made loopholes. Losses from inherent risks such as policy adjustments, market "
    "changes and technological exploration, where due measures were taken to stop losses, get error tolerance; losses "
    "expanded by lack of post-investment control, misappropriation of funds, or concealment of risks and delayed "
    "disposal mean those derelict in their duties must be held accountable.",
    ["distinguishes between objective risks and man-made loopholes", "error tolerance will be granted",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "it distinguishes between objective risks and man-made loopholes"),
     E(GZ, "¶30", "and due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="en")

add("paraphrase",
    "我们那条美食街上个月有家店被查出消防通道堵了，结果上面说要搞专项整治，让整条街所有馆子都关门一礼拜，“一刀切”"
    "先停了再说。我们自己啥问题都没有，凭啥也要关？",
    "《优化营商环境条例》第五十九条第二款：开展清理整顿、专项整治等活动，应当严格依法进行，除涉及人民群众生命安全、"
    "发生重特大事故或者举办国家重大活动，并报经有权机关批准外，不得在相关区域采取要求相关行业、领域的市场主体普遍"
    "停产、停业的措施。",
    ["不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施",
     "除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动"],
    [E(BE, "第五十九条", "开展清理整顿、专项整治等活动，应当严格依法进行"),
     E(BE, "第五十九条", "不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施")],
    lang="zh")

add("paraphrase",
    "Does the national planning agency just take the provinces' word for it that they're dealing with complaints "
    "about councils going back on deals, or does it actually check up on them somehow?",
    "It checks. IV.(7) of the NDRC notice: the NDRC evaluates key tasks – efficiency of handling and identifying "
    "breach-of-contract complaints, quality of credit information collection, and implementation of punishment "
    "measures – through spot checks, third-party investigations, cross-checks and other methods, regularly notifying "
    "the provincial credit leading departments and copying the provincial people's governments.",
    ["spot checks, third-party investigations, cross-checks",
     "copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments and copying")],
    lang="en")

add("paraphrase",
    "后厨地上有点积水、垃圾桶没盖盖子，就给开了张两万的罚单。我们是头一回，当场就改好了。这罚得是不是太狠了？法律上"
    "有没有说罚多罚少得看具体情况？",
    "有。《民营经济促进法》第五十一条：对违法行为依法需要实施行政处罚的，应当与违法行为的事实、性质、情节以及社会危害"
    "程度相当；具有《行政处罚法》规定的从轻、减轻或者不予处罚情形的，依照其规定从轻、减轻或者不予处罚。",
    ["应当与违法行为的事实、性质、情节以及社会危害程度相当", "依照其规定从轻、减轻或者不予处罚"],
    [E(PE, "第五十一条", "应当与违法行为的事实、性质、情节以及社会危害程度相当"),
     E(PE, "第五十一条", "依照其规定从轻、减轻或者不予处罚")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约机制的通知里，政府的失信记录会被用到哪些考核评价里去？",
    "通知第三部分第（3）项：各级信用牵头部门应推动将失信记录纳入相关政府部门绩效考核指标（\"inclusion of dishonesty "
    "records into performance evaluation indicators of relevant government departments\"）；发改委将把政府失信记录适当"
    "纳入营商环境评价和高质量发展综合绩效评价。",
    ["inclusion of dishonesty records into performance evaluation indicators of relevant government departments",
     "business environment evaluations and comprehensive performance evaluations of high-quality development"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "business environment evaluations and comprehensive performance evaluations")],
    lang="zh")

add("cross_lingual",
    "广州纪委那个政商交往场景指引，两批加起来也就三十来个场景，碰到指引里没写的情况咋办？讲座上说判断的核心是啥？",
    "据报道¶10：两批指引覆盖的33个场景不可能涵盖所有情况；判断各种情形的核心是区分“为公”还是“为私”（\"acting for "
    "the public good\" / \"acting for personal gain\"），关键看行为能否“摆上台面”（\"put on the table\"），并把握三组"
    "辩证关系。",
    ["the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations",
     "whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "Do the 2022 SASAC compliance Measures for central SOEs say anything about protecting or rewarding employees who "
    "blow the whistle on violations?",
    "Yes. Article 24: central SOEs must set up a violation-reporting platform and publish a phone number, email or "
    "mailbox; they must keep the whistleblower's identity and the reported matters strictly confidential, may give "
    "appropriate rewards to whistleblowers whose reports prove true, and no unit or individual may retaliate against "
    "a whistleblower in any form.",
    ["应当对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励",
     "任何单位和个人不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="en")

add("cross_lingual",
    "Art. 8 of the PRC Law on Administrative Sanctions for Public Officials: how long does each sanction period "
    "last, and from when is it counted?",
    "Article 8: warning – 6 months; demerit – 12 months; major demerit – 18 months; demotion or removal from post – "
    "24 months (expulsion has no period). A sanction decision takes effect on the day it is made, and the sanction "
    "period runs from the day the decision takes effect.",
    ["警告，六个月", "记过，十二个月", "记大过，十八个月", "降级、撤职，二十四个月",
     "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算"),
     E(PS, "第八条", "（四）降级、撤职，二十四个月。")],
    lang="en")

add("cross_lingual",
    "Under China's 2019 Regulations on Optimizing the Business Environment, when authorities draft rules that closely "
    "affect companies' operations, do they have to put them out for public comment, and for how long?",
    "Yes. Article 62: save where confidentiality is required by law, drafts of administrative regulations, rules and "
    "normative documents closely related to market players' operations must be opened for public comment through "
    "newspapers, the internet, etc., with a feedback mechanism on adoption of comments; the comment period is "
    "generally not less than 30 days. Market players and industry associations must also be fully heard.",
    ["应当通过报纸、网络等向社会公开征求意见", "向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见，并建立健全意见采纳情况反馈机制"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "请问下，按现在的规定，市场监管部门一年对同一家饭店最多能来查几次？超过次数我们能不能拒绝检查？",
    ["检查次数", "每年最多", "最多检查"],
    "《民营经济促进法》第五十二条、《优化营商环境条例》第五十四条只规定“双随机、一公开”、尽可能合并或联合检查，"
    "以及特殊行业全覆盖重点监管，没有任何年度检查次数上限，也没有超次数可拒绝检查的规定。",
    lang="zh", present=["随机抽取检查对象", "跨部门联合检查"])

unans("not_covered",
    "Under the NDRC's 2023 government-integrity notice, how many working days does the superior or competent "
    "department have to finish verifying a breach-of-contract complaint it receives from the provincial credit "
    "department?",
    ["working days", "working day", "within 30 days"],
    "NDRC II.(2) says provincial credit departments 'immediately transfer' complaint clues for verification and "
    "identification, but sets no verification deadline. The 10-working-day / 30-day / 90-day limits exist only in the "
    "SME payment Regulations (Art. 25) for arrears complaints, not in the NDRC notice.",
    lang="en", present=["immediately transfer", "工作日"])

unans("not_covered",
    "我们店去年因为一次食安问题被弄进了失信名单，现在整改完了。按民营经济促进法第五十四条申请信用修复，要交啥修复材料？"
    "提交以后多少天内必须给答复？",
    ["信用修复申请书", "修复期限", "修复材料"],
    "第五十四条只规定纠正失信行为、消除不良影响、符合信用修复条件的可以申请，有关国家机关应依法及时解除惩戒措施；"
    "没有列明材料，也没有答复期限。其他文件也没有。",
    lang="zh", present=["信用修复", "依法及时解除惩戒措施"])

unans("not_covered",
    "In the NDRC notice, if the identifying department decides that a company's complaint against a county government "
    "is untrue and the company disagrees, to which body can it appeal, and within what time limit?",
    ["appeal", "appeals", "reconsideration", "time limit"],
    "II.(2) only says that if a complaint is verified as untrue the identifying department gives the complainant "
    "feedback and explanations; the notice provides no appeal or review route and no time limit.",
    lang="en", present=["feedback and explanations"])

unans("not_covered",
    "我是个体户，开了两家面馆，想转成公司。听说民营经济促进法支持个体户转企，转了以后政府能给多少钱补帖？税能减免几年？",
    ["转企补贴", "奖励资金", "减免年限"],
    "《民营经济促进法》第四十八条只规定个体工商户可以自愿依法转型为企业，登记机关、税务机关等提供指引和便利；"
    "没有任何补贴金额或税收减免年限。",
    lang="zh", present=["转型为企业", "指引和便利"])

unans("not_covered",
    "区里答应的30万开店补帖，换了领导就不认了。我们要是去法院告区政府，你估计能赢吗？大概要几个月才能拿到钱？",
    ["胜诉率", "赢面", "胜算"],
    "预测类问题：《民营经济促进法》第七十条、第七十三条规定政府应当履约、由有权机关纠正并依法赔偿，但任何文件都不"
    "能预测诉讼结果或回款时间。",
    lang="zh", present=["政策承诺", "依法予以赔偿"])

unans("not_covered",
    "Under China's Law on Administrative Sanctions for Public Officials, what is the maximum time the supervisory "
    "commission has from opening an investigation to issuing the sanction decision?",
    ["办案期限", "结案期限", "审查期限"],
    "Articles 42-46 regulate investigation, hearing the subject's defence and the decision, but set no time limit "
    "for the investigation; the only 'one month / six months' limit (Art. 54) concerns changing post and pay after "
    "a demotion-or-heavier decision.",
    lang="en", present=["调查终结", "一个月内"])

unans("not_covered",
    "有一家分店亏太多想注销了。按《优化营商环境条例》走简易注销的话，大概要交多少钱？公告要挂多少天？",
    ["注销费", "公告期", "公告天数"],
    "《优化营商环境条例》第三十三条只要求精简材料、压缩时间、降低注销成本，未开展经营或无债权债务的可按简易程序"
    "注销；没有费用数额，也没有公告天数。",
    lang="zh", present=["简易程序", "注销成本"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Why does the NDRC notice require a local government to publish a public apology on the Credit China website "
    "before its dishonesty record can be restored? Is there a prescribed template for that apology?",
    ["apology", "apologize", "apologise"],
    "False premise: III.(6) says records are promptly restored and punishment terminated once the identifying "
    "department confirms the behaviour has been corrected and performance completed; no apology is required. Credit "
    "China is used to publicise complaint columns (II.(1)) and typical cases (IV.(9)).",
    lang="en", present=["Credit China", "restored"],
    related=[E(NDRC, "III.(6)", "confirms that the dishonest behavior has been corrected and performance")])

unans("false_premise",
    "听说新的民营经济促进法规定了，市场监管去小饭店检查必须提前三天书面通知，今天他们搞突击检查，是不是违法了？"
    "我能不能不让进？",
    ["提前通知", "提前三天", "书面通知"],
    "前提错误：第五十二条规定的是随机抽取检查对象、随机选派执法检查人员，并尽量合并检查；没有任何“提前三天书面通知”"
    "的要求，特殊行业还可以全覆盖重点监管。",
    lang="zh", present=["随机抽取检查对象"],
    related=[E(PE, "第五十二条", "市场监管领域相关部门的行政检查应当通过随机抽取检查对象、随机选派执法检查人员的方式进行")])

unans("false_premise",
    "Article 54 of the Private Economy Promotion Law provides that a private company's dishonesty record is "
    "automatically erased three years after the penalty. Does that three-year clock run from the decision date or "
    "from the date we paid the fine?",
    ["automatically", "three years", "three-year"],
    "False premise: Article 54 provides for credit restoration on application once the firm has corrected the "
    "conduct, removed the adverse effects and meets the restoration conditions; it sets no automatic erasure and no "
    "three-year period.",
    lang="en", present=["信用修复"],
    related=[E(PE, "第五十四条", "纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请")])

unans("false_premise",
    "朋友说《优化营商环境条例》第二十四条规定，小微餐饮企业每年能领5万块稳岗补帖，我们有3家店，是不是能领15万？"
    "去哪个部门领？",
    ["稳岗补贴", "稳岗", "5万"],
    "前提错误：第二十四条讲的是政府应严格落实国家减税降费政策，没有任何稳岗补贴或金额；其他文件也没有。",
    lang="zh", present=["减税降费"],
    related=[E(BE, "第二十四条", "政府及其有关部门应当严格落实国家各项减税降费政策")])

unans("false_premise",
    "Under China's SME payment Regulations, complaints about overdue payments go to the People's Bank of China, "
    "right? Which PBoC branch should a small catering supplier file its complaint with?",
    ["People's Bank", "人民银行", "中国人民银行"],
    "False premise: Article 24 makes the departments in charge of SME promotion at provincial level and above the "
    "complaint-accepting departments, with a national complaint platform run by the State Council's SME department; "
    "the central bank has no role.",
    lang="en", present=["受理投诉部门"],
    related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
             E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台")])

unans("false_premise",
    "《中央企业合规管理办法》不是要求首席合规官必须专职、不能由总法律顾问兼任吗？那我们集团为这个要新增一个领导职数，"
    "报国资委审批走什么流程？",
    ["不得由总法律顾问兼任", "不能由总法律顾问兼任"],
    "前提错误：第十二条规定首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    lang="zh", present=["首席合规官"],
    related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "Since the GBA Integrity and Compliance Association was set up by the Guangdong provincial SASAC, does attending "
    "its lecture hall count as official SASAC compliance training for our state-owned company's staff?",
    ["provincial SASAC", "Guangdong SASAC"],
    "False premise: the report says the association was established in April 2021 as a non-profit social "
    "organization jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the "
    "Municipal State-owned Assets Supervision and Administration Commission and the Municipal Federation of Industry "
    "and Commerce – not by a provincial SASAC; nothing makes its lecture hall official training.",
    lang="en", present=["Municipal State-owned Assets Supervision and Administration Commission"],
    related=[E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal"),
             E(GZ, "¶41", "Enterprise Integrity and Compliance Management Association was established")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "我们一家分店的食品经营许可证快到期了，续证要提前多少天申请？需不需要重新现场核查？",
    ["食品经营许可证", "续证", "食品"],
    "食品经营许可续期属于食品安全监管事项，文件不涉及（文件只泛泛谈行政许可清单管理、告知承诺等）。",
    lang="zh", present=["行政许可"])

unans("out_of_domain",
    "后厨油烟净化器多久要清洗一次？环保来检查一般看哪些记录？",
    ["油烟", "净化器"],
    "餐饮油烟治理的环保技术要求，文件不涉及。",
    lang="zh", present=["生态环境"])

unans("out_of_domain",
    "Our NGO keeps donor data on EU residents. What is the maximum GDPR fine for a data breach, and are we required to "
    "appoint a DPO?",
    ["GDPR", "DPO"],
    "EU data-protection law; none of the documents deals with it (the GZ report only mentions a Data Compliance "
    "committee of the association).",
    lang="en", present=["Data Compliance"])

unans("out_of_domain",
    "What is China's current one-year loan prime rate (LPR) this month? I need the figure for a memo on late-payment "
    "interest.",
    ["LPR", "loan prime rate"],
    "Current market data; the SME payment Regulations (Art. 17) only use the one-year LPR at contract signing as a "
    "floor for agreed interest and give no rate value.",
    lang="en", present=["贷款市场报价利率"])

unans("out_of_domain",
    "广州今年社保最低缴费基数是多少？我们店里服务员能不能都按最低的交？",
    ["缴费基数", "社保基数"],
    "社会保险缴费基数属于社保政策，文件不涉及（民营经济促进法只泛泛要求遵守社会保障等法律法规）。",
    lang="zh", present=["社会保障"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年那版《保障中小企业款项支付条例》（国务院令第728号）原文里，大型企业给中小企业付款的期限是怎么规定的？"
    "这次修订以后变严了多少？",
    ["修订前", "原条例", "修订内容"],
    "语料只有2025年国务院令第802号修订后的条例文本（第九条：大型企业60日内）；2020年原版条文不在语料中，无法比较修订前后。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "How did the State Council's 2014 Outline for the Construction of the Social Credit System (2014-2020) treat "
    "government integrity, and what does the 2023 NDRC notice add to it?",
    ["2014", "Outline"],
    "The corpus holds only the 2023 NDRC notice (which cites the Opinions of the CPC Central Committee and the State "
    "Council on the private economy), not the 2014 Outline.",
    lang="en", present=["social credit system"])

unans("superseded",
    "What did the 2024 amendments to the Law on Administrative Sanctions for Public Officials change about the length "
    "of sanction periods?",
    ["amendment", "amendments", "amended"],
    "The corpus holds the 2020 Law as adopted (in force 1 July 2020); no amended version is in it, so no change can be "
    "described.",
    lang="en", present=["2020年7月1日起施行"])

unans("superseded",
    "2018年国资委发的《中央企业合规管理指引（试行）》里，合规委员会和合规管理负责人是怎么设置的？跟现在的办法比有啥区别？",
    ["2018", "试行", "指引（试行）"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），没有2018年试行指引的文本。",
    lang="zh", present=["合规委员会", "首席合规官"])
