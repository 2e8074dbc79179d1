"""Hard-case gold items, thirty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a law student preparing for a moot court on the Private Economy Promotion Law (Chinese, formal); an
older township enterprise owner who types colloquially with typos (Chinese); a tender agent (English).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "本人系法学院学生，正备战以《民营经济促进法》为主题的模拟法庭。案情中，甲省某公安机关赴乙省对一家民营企业"
    "异地执法，甲、乙两地机关就案件管辖发生争议。依该法，国家机关之间的管辖争议应当如何解决？该法对异地执法另有"
    "何种禁止性规定？",
    "《民营经济促进法》第六十四条：办理案件需要异地执法的，应当遵守法定权限、条件和程序；国家机关之间对案件管辖"
    "有争议的，可以进行协商，协商不成的，提请共同的上级机关决定，法律另有规定的从其规定。同条第二款：禁止为经济"
    "利益等目的滥用职权实施异地执法。",
    ["协商不成的，提请共同的上级机关决定", "禁止为经济利益等目的滥用职权实施异地执法"],
    [E(PE, "第六十四条", "国家机关之间对案件管辖有争议的，可以进行协商，协商不成的，提请共同的上级机关决定"),
     E(PE, "第六十四条", "禁止为经济利益等目的滥用职权实施异地执法")],
    lang="zh")

add("single",
    "I run a tendering agency. One of our private-sector clients won a municipal bidding project, signed the "
    "contract, and then the city bureau simply walked away from it. Does a contract awarded through bidding fall "
    "within the scope of \"breach of contract and dishonesty\" in the NDRC's 2023 notice, or is that notice only "
    "about investment-promotion deals?",
    "It is covered. Item II.(1): the scope of breach of contract and dishonesty includes breach and repudiation "
    "behaviours in various agreements and contracts signed by government departments with private enterprises in "
    "government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
    "support, government investment and other fields.",
    ["includes breach and repudiation behaviors in various agreements and contracts",
     "government procurement, bidding, investment promotion, government-social capital cooperation"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements"),
     E(NDRC, "II.(1)", "procurement, bidding, investment promotion, government-social capital")],
    lang="en")

add("single",
    "俺们是镇上的小建材厂，接了县里一所中学食堂翻修的活。学校说履约保证金必须交现金，还得打到他们账上，俺们想用"
    "银行开的保涵（保函）顶，他们说保涵一律不收。这合规矩吗",
    "不合规矩。《保障中小企业款项支付条例》第十三条第二款：机关、事业单位和大型企业不得将保证金限定为现金；中小"
    "企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "quick one - in that Guangzhou lecture-hall write-up, what did the Capitalogics speaker say the Guidelines "
    "give to new business formats like AI?",
    "In ¶25 Zhang Xin (Capitalogics) says the Guidelines' error-tolerant mechanism states that \"due diligence and "
    "compliance are grounds for liability exemption\", and the \"inclusive and prudent supervision\" and "
    "\"observation period\" system they advocate provides valuable trial-and-error space and development patience "
    "for new business formats such as artificial intelligence.",
    ["valuable trial-and-error space and development patience", "observation period",
     "due diligence and compliance are grounds for liability exemption"],
    [E(GZ, "¶25", "valuable trial-and-error space and development patience"),
     E(GZ, "¶25", "due diligence and compliance are grounds for liability exemption")],
    lang="en")

add("single",
    "俺们村的村主任（村委会那个）收了承包鱼塘老板的好处费，被监委立按调查了。村干部又不是公务员，监委能给他啥"
    "处份？听说还要扣他补贴，是谁来扣？",
    "《公职人员政务处分法》第二十二条：基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、"
    "记过、记大过；受到政务处分的，应当由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金。",
    ["监察机关可以予以警告、记过、记大过", "由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金"],
    [E(PS, "第二十二条", "基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过"),
     E(PS, "第二十二条", "应当由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "模拟法庭案情如下：某县公安机关以涉嫌非法吸收公众存款为由对一家民营企业立案，随即冻结了该企业全部账户，并"
    "一并冻结了企业实际控制人配偶名下与案件无关的个人房产，冻结总额远超涉案金额。作为申请人代理人，拟援引"
    "《民营经济促进法》哪些条文论证冻结措施违法？违法实施冻结的法律后果又是什么？",
    "第六十二条：查封、扣押、冻结涉案财物应当遵守法定权限、条件和程序，严格区分违法所得、其他涉案财物与合法财产，"
    "民营经济组织财产与经营者个人财产，涉案人财产与案外人财产，不得超权限、超范围、超数额、超时限查封、扣押、"
    "冻结财物。第七十二条第一款：违反法律规定实施查封、扣押、冻结等措施的，由有权机关责令改正，造成损失的，依法"
    "予以赔偿；造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["涉案人财产与案外人财产", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物",
     "由有权机关责令改正，造成损失的，依法予以赔偿"],
    [E(PE, "第六十二条", "民营经济组织财产与民营经济组织经营者个人财产，涉案人财产与案外人财产"),
     E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物"),
     E(PE, "第七十二条", "违反法律规定实施征收、征用或者查封、扣押、冻结等措施的，由有权机关责令改正，造成损失的，依法予以赔偿")],
    lang="zh")

add("multi",
    "Scenario from one of our procurement mandates: after the bureau director was replaced, a district procuring "
    "entity refused to perform a service contract it had signed with our private client, saying the new leadership "
    "\"never approved it\". Would the NDRC notice treat that as breach of contract and dishonesty? And if the "
    "district later pays up and performs, how does it get the dishonesty record cleared?",
    "Yes. II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall all "
    "be regarded as breach of contract and dishonesty (and a complained entity that refuses to rectify after "
    "verification is confirmed as dishonest). III.(6): once the identifying department confirms that the dishonest "
    "behaviour has been corrected and performance completed, the dishonesty records should be promptly restored and "
    "the punishment measures terminated; credit leading departments coordinate and guide credit restoration.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "镇里今年搞了个啥“优秀乡镇企业”评比，通知说全镇的厂子每家必须参加，还得交三千块评审费，不参加的话镇上就"
    "罚款两千。俺问他们有啥文件依据，他们也说不出来。这种硬拉着评比还收钱的合法不？罚款他能随便罚吗",
    "不合法。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场"
    "主体参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。《民营"
    "经济促进法》第六十一条第三款：任何单位不得违反法律、法规向民营经济组织收取费用，不得实施没有法律、法规依据"
    "的罚款。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费", "不得实施没有法律、法规依据的罚款"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(PE, "第六十一条", "不得实施没有法律、法规依据的罚款")],
    lang="zh")

add("multi",
    "I advise a Guangzhou state-owned investment platform. If one of its equity investments, approved through proper "
    "procedures after due diligence, loses money because the market turned, does the second batch of the Guidelines "
    "(as the lecture-hall report describes it) shield the decision-makers? And what kind of conduct after the "
    "investment would still get people held accountable?",
    "¶21: if an investment made with due diligence and through compliant decision-making procedures incurs losses due "
    "to objective factors such as market risks, the relevant personnel may be exempted from liability (a \"safety "
    "zone\"). ¶30: where losses come from inherent risks such as policy adjustments, market changes and technological "
    "exploration and due measures were taken to stop losses, error tolerance is granted; but where losses are "
    "expanded due to lack of post-investment control, misappropriation of funds, or concealment of risks and delayed "
    "disposal, those derelict in their duties must be held accountable.",
    ["the relevant personnel may be exempted from liability",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="en")

add("multi",
    "我在一家央企的法务部。集团准备按《中央企业合规管理办法》设首席合规官，有领导提议专门新设一个副总经理级别的"
    "岗位来担任。这符合办法的要求吗？另外，如果集团在海外被国际组织制裁，应当由谁牵头应对，要不要报国资委？",
    "不符合。《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律"
    "顾问兼任，对企业主要负责人负责。第二十二条：被国际组织制裁等重大合规风险事件，应当由首席合规官牵头，合规管理"
    "部门统筹协调，相关部门协同配合，及时妥善应对；发生重大合规风险事件，应当按照相关规定及时向国资委报告。",
    ["不新增领导岗位和职数，由总法律顾问兼任", "应当由首席合规官牵头", "应当按照相关规定及时向国资委报告"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第二十二条", "或者被国际组织制裁等重大合规风险事件"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我在镇上开了个小五金店十来年了，执照上就是我个人名字那种，不是公司。现在生意大了点，想弄成个正经公司，会不会"
    "很麻凡？有没有哪个部门管帮俺们弄这个",
    "可以。《民营经济促进法》第四十八条第二款：个体工商户可以自愿依法转型为企业；登记机关、税务机关和有关部门为"
    "个体工商户转型为企业提供指引和便利。",
    ["个体工商户可以自愿依法转型为企业", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业"),
     E(PE, "第四十八条", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利")],
    lang="zh")

add("paraphrase",
    "Will the worst town halls – the ones that keep going back on their word to businesses again and again – "
    "actually get called out in public, or does it all stay behind closed doors?",
    "They can be. Item IV.(9) of the NDRC notice: a batch of cases with serious dishonesty, repeated dishonesty and "
    "strong public complaints is to be selected, publicised on the \"Credit China\" website and exposed to society "
    "through news media to form a strong public-opinion deterrent.",
    ["serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "前几年给我们厂办手续的那个老局长，吃拿卡要，逢年过节就暗示要购物卡，我们给过不少。人家去年已经退下来回家带"
    "孙子了，是不是就拿他没办法了？",
    "不是。《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，"
    "但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，并依第二十五条处理"
    "其违法取得的财物。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "Our compliance manual says \"when in doubt, check the Guangzhou Guidelines\", but obviously they can't list "
    "every situation. What rule of thumb did the drafter give for grey areas where none of the scenarios fits?",
    "¶10: the 33 scenarios in the two batches cannot encompass all situations; Wang Yuqun said the core of judging is "
    "to distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key is whether "
    "the actions can be \"put on the table\" (grasping three sets of dialectical relationships).",
    ["the 33 scenarios covered in the two batches", "acting for the public good", "acting for personal gain",
     "put on the table"],
    [E(GZ, "¶10", "cannot encompass all situations"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "模拟法庭中，对方代理人主张：最高人民法院今年新作出的一项司法解释对我方当事人更为不利，且应当回头适用于该解释"
    "出台以前已经发生的经营行为。《民营经济促进法》对此类解释能否适用于其出台前的行为有无规定？",
    "有。第四十五条第二款：根据立法法，与经营主体生产经营活动密切相关的法律、法规、规章和其他规范性文件，属于审判、"
    "检察工作中具体应用法律的解释，不溯及既往，但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外。"
    "（第一款还要求实施前留出必要的适应调整期。）",
    ["属于审判、检察工作中具体应用法律的解释，不溯及既往",
     "但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外"],
    [E(PE, "第四十五条", "属于审判、检察工作中具体应用法律的解释，不溯及既往"),
     E(PE, "第四十五条", "但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "We're drafting the tender documents for a provincial hospital's equipment procurement. The end user wants a "
    "clause admitting only state-owned or state-controlled bidders, \"for reliability\". Under China's Private Economy "
    "Promotion Law, can we do that, and what is the exposure for the officials who sign off on it?",
    "No. Article 14(2): except as otherwise provided by law, bidding, government procurement and other public resource "
    "transactions must not restrict or exclude private economic organizations. Article 71(2): restricting or "
    "excluding them in such transactions is to be corrected on the order of the competent authority, and where it "
    "causes adverse consequences or impact, the responsible leaders and directly responsible persons are sanctioned.",
    ["招标投标、政府采购等公共资源交易不得有限制或者排斥民营经济组织的行为",
     "在招标投标、政府采购等公共资源交易中限制或者排斥民营经济组织", "由有权机关责令改正"],
    [E(PE, "第十四条", "除法律另有规定外，招标投标、政府采购等公共资源交易不得有限制或者排斥民营经济组织的行为"),
     E(PE, "第七十一条", "（二）在招标投标、政府采购等公共资源交易中限制或者排斥民营经济组织"),
     E(PE, "第七十一条", "由有权机关责令改正，造成不良后果或者影响的")],
    lang="en")

add("cross_lingual",
    "Art. 13 of the Regulations on Optimizing the Business Environment: our client, a county water bureau, wants the "
    "pipe tender to require that the goods be \"produced in this province\". Is a local-origin requirement OK under "
    "that article, and who is supposed to police it?",
    "No. Article 13: bidding and government procurement must be open, transparent, fair and just, treat market "
    "players of all ownership types and from different regions equally, and must not restrict or exclude them by "
    "unreasonable conditions or by product origin; the relevant government departments must strengthen supervision of "
    "bidding and government procurement and correct and investigate violations.",
    ["依法平等对待各类所有制和不同地区的市场主体", "不得以不合理条件或者产品产地来源等进行限制或者排斥",
     "政府有关部门应当加强招标投标和政府采购监管"],
    [E(BE, "第十三条", "不得以不合理条件或者产品产地来源等进行限制或者排斥"),
     E(BE, "第十三条", "政府有关部门应当加强招标投标和政府采购监管，依法纠正和查处违法违规行为")],
    lang="en")

add("cross_lingual",
    "During a tender run by a central SOE we saw signs that its procurement staff leaked our client's bid price to a "
    "competitor. Do SASAC's 2022 compliance Measures oblige the central SOE to run a whistleblowing channel, and is "
    "the whistleblower's identity protected?",
    "Yes. Article 24: central SOEs shall set up a violation-reporting platform and publish a reporting telephone "
    "number, e-mail or mailbox; the departments concerned accept and investigate reports. The enterprise must keep "
    "the whistleblower's identity and the reported matters strictly confidential, may reward whistleblowers whose "
    "reports prove true, and no entity or person may retaliate against a whistleblower in any form.",
    ["应当设立违规举报平台，公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密",
     "任何单位和个人不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份关于完善政务诚信履约机制的通知里，地方政府部门的违约失信记录会不会跟部门的绩效考核挂钩？"
    "会不会影响营商环境评价？",
    "会。通知第三部分第（3）项：各级信用牵头部门应推动将失信记录纳入相关政府部门绩效考核指标（\"promote the "
    "inclusion of dishonesty records into performance evaluation indicators of relevant government departments\"）；"
    "发改委将把政府失信记录适当纳入营商环境评价和高质量发展综合绩效评价。",
    ["inclusion of dishonesty records into performance evaluation indicators",
     "business environment evaluations and comprehensive performance evaluations of high-quality development"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")],
    lang="zh")

add("cross_lingual",
    "广州市纪委监委出的那两批《广州市政商交往典型场景指引及问答》，按大讲堂那篇报道的说法，采用的是什么体例？"
    "第一批主要回应的是哪类问题？",
    "据报道¶8，两批指引都采用“场景+清单+案例”的体例（\"scenario + list + case\"），在正负面清单基础上引入具体"
    "行为场景和典型案例；¶9：第一批系统回应了“什么饭能吃、什么车能坐”等常规政商交往问题（\"what meals can be "
    "eaten and what vehicles can be taken\"）。",
    ["scenario + list + case", "what meals can be eaten and what vehicles can be taken"],
    [E(GZ, "¶8", "specific behavioral scenarios and typical cases"),
     E(GZ, "¶8", "scenario + list + case"),
     E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "拟在模拟法庭中论证某中外合资公司属于《民营经济促进法》第七十七条所称“民营经济组织”。该条所称“中国公民控股”，"
    "是否以中国公民合计持股超过百分之五十为认定标准？“实际控制”又以何种持股比例或者表决权比例为界？",
    ["百分之五十", "50%", "持股比例", "表决权"],
    "第七十七条只规定由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户等，未给出任何持股或表决权比例；"
    "其他文件也未界定“控股”“实际控制”的标准。",
    lang="zh", present=["控股或者实际控制"])

unans("not_covered",
    "Per the NDRC's 2023 government-integrity notice, what late-payment interest rate accrues when a government "
    "department that has been found in breach pays a private contractor late?",
    ["late-payment interest", "overdue interest", "0.05%", "per day"],
    "The NDRC notice covers complaint channels, identification, credit records, punishment and credit restoration; "
    "it sets no interest rate. (A rate of 0.05% per day appears only in Art. 17 of the SME payment Regulations, for "
    "late payment to SMEs — not in the notice the question names.)",
    lang="en", present=["万分之五", "arrears"])

unans("not_covered",
    "俺们厂被县里一个单位拖了快一年的货款，听人说国家有个专门投诉拖欠中小企业款子的平台。上去投诉要交多少钱手续费？"
    "要不要先交个押金啥的",
    ["手续费", "投诉费", "押金"],
    "条例第二十四条只规定国务院主管部门建立国家统一的拖欠中小企业款项投诉平台、省级以上受理投诉部门建立渠道，"
    "没有提到任何收费或押金；其他文件也没有。",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "Tender agent here, putting together a training deck. The Guangzhou report says the two batches of the Guidelines "
    "cover 33 scenarios in total. How many of those are in the second batch, and how many questions does the Q&A "
    "part contain?",
    ["scenarios in the second batch", "scenarios in the first batch", "questions and answers"],
    "¶10 only gives the total of 33 scenarios across both batches; there is no per-batch split and no count of "
    "Q&A items anywhere in the report.",
    lang="en", present=["33 scenarios"])

unans("not_covered",
    "镇政府欠俺们厂修路的钱三年了，一直拖着不给。俺要是去法院告镇政府，能打赢不？胜算有几成？大概多久能判下来把"
    "钱拿到手",
    ["胜诉", "胜算", "审理期限"],
    "文件规定机关不得拖欠、应付逾期利息、可以投诉，民营经济促进法第六十八条要求法院对拖欠案件依法及时立案、审理、"
    "执行，但不预测个案胜负，也没有规定审理期限。",
    lang="zh", present=["及时立案、审理、执行"])

unans("not_covered",
    "Our client is a small contractor bidding on a county road project run by the county transport bureau. Under the "
    "SME payment Regulations, within how many days after the award notice must the bureau return the unsuccessful "
    "bidders' bid security?",
    ["退还投标保证金", "中标通知书", "bid security"],
    "Art. 13 lists the bid deposit (投标保证金) as a lawful deposit and requires timely reconciliation and return after "
    "the guarantee period expires, but gives no number of days and says nothing about award notices; no other "
    "document does.",
    lang="en", present=["投标保证金"])

unans("not_covered",
    "《民营经济促进法》第十一条规定市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报。请问该部门应当"
    "在受理后多少个工作日内作出处理决定？举报人对处理结果不服的，可以向哪一机关申请复核？",
    ["举报之日起", "处理时限", "工作日内作出"],
    "第十一条第二款只规定市场监督管理部门负责受理举报并依法处理，未规定处理时限，也未规定举报人的复核途径；其他"
    "文件亦无。",
    lang="zh", present=["公平竞争审查"])

unans("not_covered",
    "For a central SOE client: by what date each year must the annual compliance management report be filed with "
    "SASAC, and is there a prescribed template for it?",
    ["annual compliance report", "报送时间", "报告模板", "每年1月"],
    "Art. 8 has the board review and approve the annual compliance report and Art. 22 requires timely reporting of "
    "major compliance risk events to SASAC, but no filing date or template is given anywhere.",
    lang="en", present=["年度报告", "及时向国资委报告"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为何《民营经济促进法》第五十二条要求行政机关对民营经济组织开展行政检查前，须提前三日书面通知被检查企业？"
    "该程序要求在模拟法庭中能否作为主张检查行为违法的依据？",
    ["提前三日", "书面通知"],
    "前提错误：第五十二条规定根据信用状况分级分类监管，市场监管领域行政检查以随机抽取检查对象、随机选派执法检查"
    "人员的方式进行，多项检查尽可能合并或纳入跨部门联合检查；并无提前三日书面通知的要求。",
    lang="zh", present=["随机抽取检查对象"],
    related=[E(PE, "第五十二条", "行政检查应当通过随机抽取检查对象、随机选派执法检查人员的方式进行"),
             E(PE, "第五十二条", "应当尽可能合并或者纳入跨部门联合检查范围")])

unans("false_premise",
    "I understand Article 14 of the Private Economy Promotion Law has an exception letting procuring entities limit "
    "bidding to state-owned firms for critical infrastructure projects. How should we word that restriction in the "
    "tender notice so it is defensible?",
    ["critical infrastructure", "关键基础设施", "国有企业投标"],
    "False premise: Art. 14(2) only allows exceptions \"where otherwise provided by law\"; it has no "
    "critical-infrastructure carve-out. Art. 16 supports private participation in modern infrastructure, and "
    "Art. 71 sanctions restricting or excluding private firms in bidding.",
    lang="en", present=["除法律另有规定外", "现代化基础设施"],
    related=[E(PE, "第十四条", "除法律另有规定外，招标投标、政府采购等公共资源交易不得有限制或者排斥民营经济组织的行为"),
             E(PE, "第十六条", "参与现代化基础设施投资建设")])

unans("false_premise",
    "我表弟在镇政府上班，上个月被记过了。人家都说记过要背24个月，这两年里升不了职也涨不了工资，是这样不？这24个月"
    "是从哪天开始算的",
    ["记过，二十四个月", "记过二十四个月"],
    "前提错误：政务处分法第八条规定记过的处分期间为十二个月；二十四个月是降级、撤职的期间。",
    lang="zh", present=["十二个月", "二十四个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"),
             E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
    "How big are the fines that the NDRC notice lets Credit China impose on local governments that renege on "
    "contracts with private firms? Is there a schedule by contract value?",
    ["fine", "fines", "penalty", "contract value"],
    "False premise: the notice provides for no fines, and Credit China is a publicity website. The measures are "
    "restrictions (central budget funds, local special bonds, financing recommendations, awards and pilot "
    "eligibility, city credit-monitoring deductions) and publication of typical cases.",
    lang="en", present=["Credit China", "special bonds"],
    related=[E(NDRC, "III.(4)", "restrict support from central budget funds, limit applications for"),
             E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")])

unans("false_premise",
    "Article 12 of SASAC's central SOE compliance Measures requires the chairman of the board to serve concurrently "
    "as chief compliance officer. For a central SOE whose chairman is also Party secretary, can the CCO role be "
    "delegated to someone else?",
    ["由董事长兼任", "董事长"],
    "False premise: Art. 12 says the chief compliance officer is held concurrently by the general counsel (总法律顾问), "
    "without adding leadership posts, and is responsible to the enterprise's principal person in charge; no "
    "document mentions a chairman holding the role.",
    lang="en", present=["总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "Our SME client wants to factor a receivable owed by a state-owned general contractor. Article 16 of the SME "
    "payment Regulations gives the contractor 15 days to confirm the debt once the SME asks – if it misses the 15 "
    "days, is the receivable deemed confirmed?",
    ["15日内确认", "视为确认"],
    "False premise: Art. 16(2) gives 30 days from the SME's request to confirm the creditor-debtor relationship, and "
    "there is no deemed-confirmation rule.",
    lang="en", present=["30日内确认债权债务关系"],
    related=[E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")])

unans("false_premise",
    "看了广州那场廉洁合规大讲堂的报道，说第二批指引规定：招商项目没达到约定目标的，企业必须全额退还已经享受的奖补"
    "资金，还要加收利息。这个退还期限是多长？",
    ["全额退还", "refund", "repay", "subsidies"],
    "前提错误：报道¶18所述第二批指引规定，企业因客观原因未完成目标的可以协商调整并享受宽限期，因政策变化无法履约的"
    "可以完善手续或设置过渡期；没有全额退还奖补资金或加收利息的内容。",
    lang="zh", present=["grace period", "transition period"],
    related=[E(GZ, "¶18", "fails to complete its targets due to objective reasons"),
             E(GZ, "¶18", "procedures can be rectified or a transition period can be set")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "我想在自家宅基地上盖个两百来平的小厂房搞点加工，要去哪里办手续？要准备啥材料",
    ["宅基地", "厂房", "乡村建设规划许可证"],
    "农村宅基地用途和乡村建设规划审批问题，文件均不涉及。",
    lang="zh", present=["行政许可"])

unans("out_of_domain",
    "How do I register our agency on the China Government Procurement Network as an accredited procurement agent, "
    "and how much does the CA digital certificate for e-bidding cost?",
    ["CCGP", "CA certificate", "digital certificate", "procurement agent"],
    "Procurement-platform registration and e-bidding certificates; none of the documents deals with them.",
    lang="en", present=["government procurement"])

unans("out_of_domain",
    "本人将参加全国高校模拟法庭竞赛，请问竞赛中书面代理词的字数上限一般为多少？庭辩环节双方各有多少分钟陈述时间？",
    ["模拟法庭", "代理词", "陈述时间"],
    "模拟法庭赛事规则，与文件无关。",
    lang="zh", present=["法治宣传教育"])

unans("out_of_domain",
    "We're sending a team to the next lecture-hall session at the Liby Center in Guangzhou. What are the building's "
    "opening hours, and is there visitor parking nearby?",
    ["opening hours", "parking", "visitor"],
    "Venue logistics; the GZ report only names the Liby Center as the venue of the 12th session.",
    lang="en", present=["Liby Center"])

unans("out_of_domain",
    "what VAT rate applies to tender agency service fees in China – 6%? and do we issue a special VAT invoice or an "
    "ordinary one to the procuring entity?",
    ["VAT", "6%", "agency fee"],
    "Tax treatment of tendering-agency fees; no document addresses VAT.",
    lang="en", present=["招标投标"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版《保障中小企业款项支付条例》（国务院令第728号）原来对大型企业向中小企业付款的期限是怎么规定的？"
    "2025年修订时改了哪些？",
    ["原条例", "修订前", "2020年版"],
    "语料只有2025年3月修订后的条例文本（标题仅注明2020年以第728号令公布），没有2020年原文，无法说明修订前的规定"
    "或修订了哪些内容。",
    lang="zh", present=["国务院令第728号", "60日内支付款项"])

unans("superseded",
    "Under Article 22 of China's Government Procurement Law, which supplier qualification conditions may a procuring "
    "entity add on top of the statutory ones?",
    ["Government Procurement Law", "政府采购法", "supplier qualification"],
    "The Government Procurement Law is not in the corpus; PE Art. 14 and BE Art. 13 only prohibit restricting or "
    "excluding bidders and do not list supplier qualifications.",
    lang="en", present=["政府采购"])

unans("superseded",
    "为准备模拟法庭，请比较《民营经济促进法（草案）》二审稿与最终通过文本在“民营经济组织”定义条款上的差异。",
    ["草案", "二审稿", "征求意见稿"],
    "语料仅有2025年4月30日通过的正式文本，没有任何草案或审议稿。",
    lang="zh", present=["2025年4月30日"])

unans("superseded",
    "Our client's compliance programme was built on SASAC's 2018 Guidelines for Compliance Management of Central "
    "Enterprises (Trial). Which duties did the 2018 guidelines give the compliance committee that the 2022 Measures "
    "dropped?",
    ["2018", "试行"],
    "The corpus only has the 2022 Measures (SASAC Order No. 42); the 2018 trial guidelines are not in it, so no "
    "comparison is possible.",
    lang="en", present=["合规委员会", "国务院国有资产监督管理委员会令第42号"])
