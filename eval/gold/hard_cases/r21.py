"""Hard-case gold items, twenty-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我在区属国企做采购经理，按规定也算公职人员。项目验收完，我想以个人名义安排主管部门一位科长全家去海南玩一趟，算是"
    "感谢。按《公职人员政务处分法》，这种安排对我自己可能是什么处分？",
    "《公职人员政务处分法》第三十四条第二款：向公职人员及其特定关系人提供可能影响公正行使公权力的宴请、旅游、健身、"
    "娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排",
     "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("single",
    "NDRC 1103 notice: what happens to a prefecture-level city that has a government dishonesty record?",
    "Item III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will cancel their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of city "
    "credit monitoring deductions, and cancel the title or eligibility for social credit system demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "内审在核查集团一项重大投资决策的流程文件。想确认一下：《中央企业合规管理办法》是不是真的要求重大决策事项的合规审查"
    "意见由首席合规官签字？还是合规部门负责人签就可以？",
    "是的。《中央企业合规管理办法》第二十一条：合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规审查意见应当由"
    "首席合规官签字，对决策事项的合规性提出明确意见。",
    ["重大决策事项的合规审查意见应当由首席合规官签字", "将合规审查作为必经程序嵌入经营管理流程"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字"),
     E(SOE, "第二十一条", "中央企业应当将合规审查作为必经程序嵌入经营管理流程")],
    lang="zh")

add("single",
    "我们是做分包的小公司。总包方是大型企业，除了履约保证金，还要我们另交一笔“安全文明施工保证金”，而且只收现金，"
    "拿银行保函来不认。按《保障中小企业款项支付条例》，这样做合规吗？",
    "不合规。《保障中小企业款项支付条例》第十三条：除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金"
    "外，工程建设中不得以任何形式收取其他保证金；大型企业不得将保证金限定为现金，中小企业以金融机构出具的保函等提供保证"
    "的，大型企业应当接受。",
    ["工程建设中不得以任何形式收取其他保证金", "不得将保证金限定为现金",
     "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金外"),
     E(SME, "第十三条", "工程建设中不得以任何形式收取其他保证金"),
     E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "We signed an investment agreement with a Guangzhou district and will miss our output targets because of a supply "
    "shock we couldn't control. According to the lecture-hall report, what does the second batch of the Guidelines "
    "allow in that case, and what if a policy change makes the agreement impossible to fulfil?",
    "¶18 (Chen Lin): the second batch provides that if an enterprise fails to complete its targets due to objective "
    "reasons, it can negotiate adjustments and enjoy a grace period; if an agreement cannot be fulfilled due to policy "
    "changes, procedures can be rectified or a transition period can be set.",
    ["it can negotiate adjustments and enjoy a grace period",
     "procedures can be rectified or a transition period can be set"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(GZ, "¶18", "if an agreement cannot be fulfilled due to policy changes")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我们集团是大型企业，从一家小微企业采购了一批模具，合同里既没写付款期，也没约定逾期利率。财务拖到交付后第80天才付款。"
    "按《保障中小企业款项支付条例》，本应在多少天内付？迟付的利息怎么算？",
    "《保障中小企业款项支付条例》第九条第二款：大型企业从中小企业采购，应当自货物、工程、服务交付之日起60日内支付款项；"
    "第十七条：迟延支付的应当支付逾期利息，未约定利率的，按照每日利率万分之五支付。",
    ["应当自货物、工程、服务交付之日起60日内支付款项", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("multi",
    "A county investment-promotion bureau signed a subsidy agreement with us and then simply stopped paying. If we file "
    "through the provincial credit department's complaint column, who actually checks the complaint? And if they're "
    "marked as dishonest but later pay in full, does the record stay on file?",
    "Under NDRC item II.(2) the provincial credit leading department immediately transfers the clue to the superior or "
    "competent department of the complained entity for verification and identification; if true, rectification is "
    "promoted, and refusal to rectify is confirmed as breach of contract and dishonesty. Under III.(6), once the "
    "identifying department confirms the behaviour has been corrected and performance completed, the dishonesty records "
    "are promptly restored and punishment measures terminated.",
    ["to the superior or competent departments of the complained entities for verification and identification",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "备课遇到一个案例：某干部有两项违法行为，经认定各自都应当给予记大过。按政务处分法，合起来处分期可以定多长？处分期满"
    "以后，他晋升还受不受影响？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月；第十五条：应当给予撤职以下多个相同政务处分的，可以在一个"
    "政务处分期以上、多个政务处分期之和以下确定处分期（最长不超过四十八个月），即十八至三十六个月；第二十六条：处分期内"
    "有悔改表现且没有再发生应受处分的违法行为的，期满后自动解除，晋升不再受原政务处分影响。",
    ["记大过，十八个月", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期",
     "政务处分期满后自动解除"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的"),
     E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第二十六条", "并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")],
    lang="zh")

add("multi",
    "前年区里招商，书面承诺给我们三年厂房租金补贴。今年区政府换届，新班子说“那是上一届的承诺”，补贴就停了。这样做有"
    "法律依据吗？如果他们说是为了公共利益必须调整政策，我们能主张什么？",
    "没有依据。《民营经济促进法》第七十条和《优化营商环境条例》第三十一条：地方政府应当履行依法作出的政策承诺和订立的"
    "合同，不得以政府换届、相关人员更替等为由违约毁约；因国家利益、社会公共利益需要改变的，应当依照法定权限和程序进行，"
    "并对企业因此受到的损失予以补偿。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "对民营经济组织因此受到的损失予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="zh")

add("multi",
    "For my onboarding deck: which body issued Guangzhou's Guidelines and Q&A on Government-Business Interactions in "
    "Typical Scenarios, and how do the two batches differ in what they focus on?",
    "¶7: the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued the two batches in two "
    "consecutive years. ¶9: the first batch dealt with regular interaction issues such as \"what meals can be eaten and "
    "what vehicles can be taken\"; the second focused on full-cycle services for enterprise development, from "
    "investment promotion to project landing.",
    ["Commission for Discipline Inspection and Supervision has issued two batches",
     "what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches"),
     E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "full-cycle services for enterprise development from investment promotion")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "上周去甲方那儿要钱，他们采购部的人直接撂话：再催就让你们以后接不到单，要是跑去上面告状就让你们好看。我们是小公司，"
    "对方是大集团。他们这么说，有规定管吗？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉"
    "的中小企业及其工作人员进行恐吓、打击报复；第三十五条：这样做的，对负有责任的领导人员和直接责任人员依法给予处分或者"
    "处罚，构成犯罪的依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("paraphrase",
    "Is Beijing going to name and shame the worst local governments that keep going back on their word to businesses?",
    "Yes. NDRC item IV.(9): select a batch of typical cases with serious dishonesty, repeated dishonesty and strong "
    "public complaints, publicize them on the \"Credit China\" website and expose them to society through news media "
    "to form a strong public opinion deterrent.",
    ["cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "publicize them on the \"Credit China\" website"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "我们科刚来的小伙子，被老处长拉着一起在报销单上动了手脚。他事先根本不知道那是怎么回事，后来也是处长施压才没敢声张。"
    "事后他认错态度很诚恳。这种情况，处理上会不会手下留情？",
    "可能会。《公职人员政务处分法》第十二条第二款：公职人员因不明真相被裹挟或者被胁迫参与违法活动，经批评教育后确有悔改"
    "表现的，可以减轻、免予或者不予政务处分。",
    ["因不明真相被裹挟或者被胁迫参与违法活动", "可以减轻、免予或者不予政务处分"],
    [E(PS, "第十二条", "公职人员因不明真相被裹挟或者被胁迫参与违法活动，经批评教育后确有悔改表现的"),
     E(PS, "第十二条", "可以减轻、免予或者不予政务处分")],
    lang="zh")

add("paraphrase",
    "街道办打电话说要搞个“星级商铺”的排名，每家店都必须派人去，还得交300块报名费，不交就上“不配合”名单。我开个小饭馆，"
    "这种事能不去吗？",
    "可以拒绝。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("paraphrase",
    "I run a fund at a city-owned group. If one of our bets goes sour because the whole sector tanks, but we did our "
    "homework and moved fast to cut the bleeding, am I going to be hung out to dry?",
    "According to the audit view in ¶30 of the GZ report: if losses come from inherent risks such as policy adjustments, "
    "market changes or technological exploration and due measures were taken to stop losses, error tolerance is "
    "granted; only if losses are expanded by lack of post-investment control, misappropriation of funds or concealment "
    "of risks and delayed disposal are those derelict in their duties held accountable.",
    ["due measures have been taken to stop losses, error tolerance will be granted",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶30", "If losses are caused by inherent risks such as policy adjustments"),
     E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Our founder is personally under investigation in an unrelated matter. Can the authorities freeze the company's own "
    "bank accounts just because he owns it? What does the Private Economy Promotion Law say?",
    "Art. 62 of the Private Economy Promotion Law: sealing, seizing and freezing must follow statutory authority, "
    "conditions and procedures and strictly distinguish the private economic organization's property from its operator's "
    "personal property; property may not be frozen beyond authority, scope, amount or time limit.",
    ["民营经济组织财产与民营经济组织经营者个人财产", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物"],
    [E(PE, "第六十二条", "查封、扣押、冻结涉案财物，应当遵守法定权限、条件和程序"),
     E(PE, "第六十二条", "民营经济组织财产与民营经济组织经营者个人财产"),
     E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物")],
    lang="en")

add("cross_lingual",
    "SASAC compliance measures: compliance training is compulsory for which staff?",
    "Art. 30 of the Central SOE Compliance Management Measures: central SOEs set up a regular compliance training "
    "mechanism with an annual training plan, and make compliance management compulsory training content for managers, "
    "key-position staff and new hires.",
    ["将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容", "制定年度培训计划"],
    [E(SOE, "第三十条", "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容"),
     E(SOE, "第三十条", "中央企业应当建立常态化合规培训机制，制定年度培训计划")],
    lang="en")

add("cross_lingual",
    "A friend of mine, a civil servant, is being investigated by the supervisory commission. He wants to argue his case "
    "hard before any decision, but he's afraid that pushing back will just make the sanction heavier. Under the Public "
    "Official Sanctions Law, can they punish him more severely for defending himself?",
    "No. Art. 43: before deciding, the supervisory organ must tell him the facts found and the proposed basis, hear his "
    "statements and defence, verify them and adopt those that hold up; the sanction may not be made heavier because of "
    "his defence.",
    ["不得因被调查人的申辩而加重政务处分", "听取被调查人的陈述和申辩"],
    [E(PS, "第四十三条", "听取被调查人的陈述和申辩"),
     E(PS, "第四十三条", "被调查人提出的事实、理由和证据成立的，应予采纳"),
     E(PS, "第四十三条", "不得因被调查人的申辩而加重政务处分")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份关于完善政务诚信履约机制的通知里，企业要投诉政府部门违约失信，可以走哪些渠道？打12345热线算不算？",
    "算。NDRC通知第II.(1)项：省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部“违约拖欠中小企业款项登记"
    "（投诉）平台”、地方12345政务服务热线、营商环境投诉平台、信访部门等渠道，建立或完善违约失信投诉专栏。",
    ["local 12345 government service hotlines", "business environment complaint platforms, petition departments"],
    [E(NDRC, "II.(1)", "the State Council's \"Internet + Supervision\" platform"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments")],
    lang="zh")

add("cross_lingual",
    "帮我查一下：广州“廉洁合规大讲堂”第12期是哪天、在哪儿办的？主办方是谁，大概来了多少人？",
    "GZ报道¶3：第12期于12月26日下午在立白中心（Liby Center）举行，由广州市大湾区企业廉洁合规管理协会主办，"
    "100多位嘉宾参加。",
    ["On the afternoon of December 26", "was held at the Liby Center", "this event gathered over 100 guests",
     "Hosted by the Guangzhou Greater Bay Area Enterprise Integrity and Compliance Management Association"],
    [E(GZ, "¶3", "On the afternoon of December 26, the 12th session"),
     E(GZ, "¶3", "was held at the Liby Center"),
     E(GZ, "¶3", "Hosted by the Guangzhou Greater Bay Area Enterprise Integrity"),
     E(GZ, "¶3", "this event gathered over 100 guests")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "中秋快到了，我们公司想给对接的几位处长各送一盒月饼，每盒三四百元。政务处分法里有没有写明多少钱以下的礼品算正常"
    "人情、不会被处分？具体的金额门槛是多少？",
    ["礼品金额", "元以上", "数额较大"],
    "政务处分法第三十四条只以“可能影响公正行使公权力”为标准规定收受、赠送礼品礼金的处分，没有任何金额门槛；其他文件"
    "（含GZ报道提到的“what meals can be eaten”）也没有给出金额标准。",
    lang="zh", present=["可能影响公正行使公权力的礼品"])

unans("not_covered",
    "Under Guangzhou's government-business Guidelines, what's the per-person spending cap if our company hosts a working "
    "lunch for district officials, and may they ride in our company car to a site visit?",
    ["per person", "spending cap", "yuan", "RMB"],
    "The GZ report only says the first batch answered questions such as \"what meals can be eaten and what vehicles can "
    "be taken\" (¶9); it does not reproduce the answers, give any spending limit or say anything about riding in "
    "company cars. No other document does either.",
    lang="en", present=["what meals can be eaten"])

unans("not_covered",
    "我们集团违规举报平台收到一条实名举报，已经查实。按《中央企业合规管理办法》，给举报人的奖励标准是多少？是不是按"
    "挽回损失的一定比例计算？",
    ["奖励标准", "奖励金额", "奖励比例"],
    "央企合规办法第二十四条只规定对举报属实的举报人“可以给予适当奖励”，并要求保密、禁止打击报复，没有规定奖励标准、"
    "金额或计算比例；其他文件亦无。",
    lang="zh", present=["适当奖励"])

unans("not_covered",
    "If a city government is recorded as dishonest under NDRC's 2023 notice and never fixes the problem, how many years "
    "does the record stay on the national credit platform before it drops off automatically?",
    ["retention period", "expire", "automatically removed"],
    "NDRC III.(6) only provides for restoration once the identifying department confirms the behaviour has been "
    "corrected and performance completed; no retention or expiry period is set. PE Art. 54 (信用修复) likewise gives "
    "no period.",
    lang="en", present=["credit restoration", "promptly restored"])

unans("not_covered",
    "我们有个子公司成立后一直没开展业务，想走简易注销。《优化营商环境条例》规定简易注销的公告期是多少天？要交哪些材料？",
    ["公告期", "20天", "简易注销公告"],
    "优化营商环境条例第三十三条只规定对设立后未开展生产经营活动或者无债权债务的市场主体可以按照简易程序办理注销，并要求"
    "精简材料、压缩时间，没有规定公告期天数或材料清单；其他文件亦无。",
    lang="zh", present=["简易程序办理注销"])

unans("not_covered",
    "If a large enterprise pays a small supplier a month late, what administrative fine can the authorities impose under "
    "the 2025 SME payment regulation? Is there a fixed amount range?",
    ["fine", "罚款金额", "万元"],
    "The SME regulation sets overdue interest (Art. 17), credit-record measures (Art. 26), sanctions for managers of "
    "state-owned large enterprises (Art. 33) and handling by market regulators for false annual-report disclosure "
    "(Art. 34), but no fine or fine range for late payment by large enterprises; PE Art. 73 only says they bear legal "
    "liability according to law.",
    lang="en", present=["逾期利息", "市场监督管理部门依法处理"])

unans("not_covered",
    "《中央企业合规管理办法》要求设立合规委员会并“定期召开会议”。具体至少多久开一次？委员会主任由谁担任？",
    ["每季度", "每年至少", "合规委员会主任"],
    "央企合规办法第十一条只规定合规委员会可以与法治建设领导机构等合署办公、定期召开会议，没有规定会议频次，也没有规定"
    "由谁任主任；其他文件亦无。",
    lang="zh", present=["定期召开会议"])

unans("not_covered",
    "Under the Private Economy Promotion Law, what headcount or revenue cut-off makes a private firm count as a small or "
    "micro private economic organization?",
    ["headcount", "employees", "营业收入", "从业人员"],
    "PE Art. 77 defines 民营经济组织 by Chinese-citizen control, not by size, and Art. 20 mentions 小型微型民营经济组织 "
    "without thresholds; SME regulation Art. 3 refers to the State Council-approved classification standards without "
    "reproducing any figures.",
    lang="en", present=["小型微型民营经济组织", "中小企业划分标准"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "区财政局和我们签的服务合同写的是交付后90天付款。他们说《保障中小企业款项支付条例》允许机关单位跟企业约定最长90天，"
    "既然合同这么写了，过了60天还没到90天，我们是不是只能干等？",
    ["付款期限最长不得超过90日", "最长90日"],
    "前提错误：第九条规定机关、事业单位应当自交付之日起30日内付款，合同另有约定的从其约定，但付款期限最长不得超过60日，"
    "不是90日（“90日”是第二十五条投诉处理的最长期限）。超过60日即属逾期，应按第十七条支付逾期利息。",
    lang="zh", present=["最长不得超过60日", "处理期限最长不得超过90日"],
    related=[E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
             E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "Our draft compliance manual says that under Art. 22 of the SASAC Central SOE Compliance Measures, every compliance "
    "risk event must be reported to SASAC within 24 hours. What does the 24-hour report need to contain?",
    ["24 hours", "24小时", "二十四小时"],
    "False premise: Art. 22 has business departments report compliance risks to the compliance department; only major "
    "compliance risk events are to be reported to SASAC, 'in a timely manner according to relevant provisions'. No "
    "24-hour deadline or report content is set.",
    lang="en", present=["及时向国资委报告"],
    related=[E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
             E(SOE, "第二十二条", "并按照规定向合规管理部门报告")])

unans("false_premise",
    "我们村的村干部收了工程老板的好处。听说政务处分法规定监察机关可以对村干部直接撤职、开除。撤职以后，他这两年领的补贴"
    "要全额退回吗？",
    ["村干部", "退回补贴", "村主任"],
    "前提错误：第二十二条规定基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过，不包括"
    "撤职、开除；受到政务处分的，由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金，没有“全额退回”已领补贴的规定。",
    lang="zh", present=["基层群众性自治组织中从事管理的人员"],
    related=[E(PS, "第二十二条", "基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过"),
             E(PS, "第二十二条", "应当由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金")])

unans("false_premise",
    "The NDRC notice says the Ministry of Finance will publish every province's breach-of-contract complaint column on its "
    "own website. Where on the MoF site do we find Guangdong's column?",
    ["Ministry of Finance", "MoF"],
    "False premise: under II.(1) it is the NDRC itself ('Our commission') that will publicize local complaint columns, "
    "on the 'Credit China' website; the Ministry of Finance is not mentioned.",
    lang="en", present=["Credit China"],
    related=[E(NDRC, "II.(1)", "publicize local complaint columns on the \"Credit China\" website")])

unans("false_premise",
    "民营经济促进法规定，国家机关拖欠民营企业账款的，企业可以直接向审计机关申请强制执行。我们应该向哪一级审计机关提交"
    "申请？需要准备什么材料？",
    ["强制执行", "申请执行"],
    "前提错误：第六十七条第二款只规定审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督，审计"
    "机关不受理企业的执行申请；拖欠账款案件由人民法院依法立案、审理、执行（第六十八条第二款），企业也可依第六十五条申诉、"
    "申请行政复议、提起诉讼。",
    lang="zh", present=["审计监督"],
    related=[E(PE, "第六十七条", "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督"),
             E(PE, "第六十八条", "人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行")])

unans("false_premise",
    "Since the Optimizing Business Environment Regulations let each province issue its own supplementary market-access "
    "negative list, which industries do provinces usually add to those local lists?",
    ["supplementary negative list", "补充负面清单", "地方负面清单"],
    "False premise: Art. 20 establishes a nationally unified market-access negative list and expressly forbids all "
    "regions and departments from drawing up separate negative lists of a market-access nature (PE Art. 10 likewise "
    "refers to the unified national list).",
    lang="en", present=["市场准入负面清单"],
    related=[E(BE, "第二十条", "实行全国统一的市场准入负面清单制度"),
             E(BE, "第二十条", "各地区、各部门不得另行制定市场准入性质的负面清单")])

unans("false_premise",
    "广州那套政商交往指引是市国资委出的，应该只管国企吧？我们是民企，跟区里干部吃饭是不是不用参照？",
    ["SASAC", "国资委发布"],
    "前提错误：GZ报道¶7说《指引》由广州市纪委监委连续两年发布了两批，目的是帮助企业和公职人员厘清交往边界，并非市国资委"
    "发布、只适用于国企（市国资委只是¶32所述协会的共同推动单位之一）。报道也没有说民企可以不参照。",
    lang="zh", present=["Municipal Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches"),
             E(GZ, "¶7", "helping enterprises and public officials clarify the boundaries of interactions")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "We export CNC machines to Vietnam. What's the current export VAT rebate rate for machinery, and how long does the "
    "tax bureau usually take to pay the refund?",
    ["VAT", "export tax rebate", "rebate"],
    "Export tax rebates are not dealt with in any of the documents (BE Art. 46 only asks tax authorities to simplify "
    "tax procedures in general).",
    lang="en")

unans("out_of_domain",
    "我在公司干了快11年了，今年能休几天带薪年假？没休完的，公司要按几倍工资补给我？",
    ["带薪年假", "年休假", "三倍工资"],
    "职工带薪年休假属劳动法律问题，七份文件均未涉及（民营经济促进法第三十六条只笼统要求遵守劳动用工方面的法律法规）。",
    lang="zh")

unans("out_of_domain",
    "We're a 20-person startup about to raise a Series A. How big should the employee stock option pool be, and what "
    "vesting schedule is standard?",
    ["stock option", "Series A", "vesting"],
    "Start-up equity planning; none of the documents deals with it.",
    lang="en")

unans("out_of_domain",
    "下个月公司组织去日本团建，员工办旅游签证一般要准备哪些材料？提前多久递交比较稳妥？",
    ["签证", "团建", "护照"],
    "出境旅游签证办理与文件主题无关（政务处分法第三十一条只涉及公职人员违规出境、办理因私出境证件的处分）。",
    lang="zh")

unans("out_of_domain",
    "我在上海上班，社保中间断缴了三个月，会不会影响以后落户和买房资格？",
    ["社保", "落户", "买房"],
    "个人社会保险缴纳与户籍、购房资格，七份文件均未涉及。",
    lang="zh")

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2018年国资委印发过《中央企业合规管理指引（试行）》。那份试行指引把合规管理的牵头部门定为哪个部门？2022年办法出台后，"
    "试行指引还有效吗？",
    ["试行", "合规管理指引", "2018"],
    "语料只有2022年国资委令第42号《中央企业合规管理办法》（第四十二条：自2022年10月1日起施行），不含2018年的试行指引，"
    "也没有关于其效力或废止的规定。",
    lang="zh", present=["2022年10月1日起施行", "合规管理部门牵头负责"])

unans("superseded",
    "Before the supervision-commission system, civil servants were disciplined under the Administrative Supervision Law. "
    "Under that old law, which body imposed sanctions and what types of sanction were there?",
    ["Administrative Supervision Law", "行政监察法", "行政监察"],
    "The corpus has only the 2020 Public Official Sanctions Law, made under the Supervision Law (监察法, Art. 1); the "
    "former Administrative Supervision Law and its sanctions regime are not in it.",
    lang="en", present=["监察法"])

unans("superseded",
    "民营经济促进法在2024年10月公开征求意见的草案里，账款支付是第几条？正式通过时条文序号和内容有没有改动？",
    ["草案", "征求意见稿", "2024年10月"],
    "语料只有2025年4月30日通过的民营经济促进法正式文本，不含草案或征求意见稿，无法比较条文序号和内容变化。",
    lang="zh", present=["2025年4月30日"])

unans("superseded",
    "NDRC's 2023 notice builds on the 2016 State Council Guiding Opinions on Strengthening Government Integrity "
    "Construction. What did the 2016 Opinions require for government dishonesty records, and did the 2023 notice "
    "replace them?",
    ["2016", "Guiding Opinions", "国发"],
    "The corpus has only the 2023 notice (Development and Reform Finance [2023] No. 1103), which cites the CPC Central "
    "Committee and State Council opinions on the private economy, not any 2016 document; the 2016 Opinions and their "
    "relation to the notice are not covered.",
    lang="en", present=["Development and Reform Finance"])
