"""Hard-case gold items, twenty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: secretaries of trade associations and chambers of commerce, graduate students writing theses on
business-environment law (precise, citing articles), internal auditors of state-owned enterprises, and people
pasting messages in a hurry with typos and chat abbreviations.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我是市建筑业商会的秘书长。会员里既有总包大企业，也有很多小分包。《保障中小企业款项支付条例》对我们这种行业"
    "协会商会，在防止会员大企业拖欠中小企业款项这件事上，提了哪些要求？",
    "《保障中小企业款项支付条例》第六条：有关行业协会商会应当按照法律法规和组织章程，加强行业自律管理，规范引导"
    "本行业大型企业履行及时支付中小企业款项义务、不得利用优势地位拖欠中小企业款项，为中小企业提供信息咨询、权益"
    "保护、纠纷处理等方面的服务，保护中小企业合法权益；同时鼓励大型企业公开承诺向中小企业采购的付款期限与方式。",
    ["规范引导本行业大型企业履行及时支付中小企业款项义务", "为中小企业提供信息咨询、权益保护、纠纷处理等方面的服务"],
    [E(SME, "第六条", "加强行业自律管理，规范引导本行业大型企业履行及时支付中小企业款项义务"),
     E(SME, "第六条", "为中小企业提供信息咨询、权益保护、纠纷处理等方面的服务"),
     E(SME, "第六条", "鼓励大型企业公开承诺向中小企业采购货物、工程、服务的付款期限与方式")],
    lang="zh")

add("single",
    "I run the secretariat of a Foshan trade chamber and our council is weighing a cooperation agreement with the "
    "GBA Integrity and Compliance Association. According to the lecture-hall write-up, when was that association set "
    "up, and which government bodies were behind it?",
    "Per ¶32, it was established in 2021 (¶41: 16 April 2021) as a non-profit social organization jointly promoted "
    "by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, the Municipal State-owned "
    "Assets Supervision and Administration Commission and the Municipal Federation of Industry and Commerce; it is "
    "also described as the first national 5A-level social organization dedicated to enterprise integrity and "
    "compliance and a grassroots contact point for municipal government legislation.",
    ["was established in 2021", "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision",
     "the Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "non-profit social organization jointly promoted by the Municipal Commission"),
     E(GZ, "¶32", "and the Municipal Federation of Industry and Commerce")],
    lang="en")

add("single",
    "本人在某央企集团审计部工作。想确认一下：按《中央企业合规管理办法》，如果我们监督部门在履职中本该发现的违规"
    "问题没有发现，最后给企业造成了损失，会不会追到我们自己头上？",
    "会。《中央企业合规管理办法》第三十八条：中央企业应当对在履职过程中因故意或者重大过失应当发现而未发现违规问题，"
    "或者发现违规问题存在失职渎职行为，给企业造成损失或者不良影响的单位和人员开展责任追究。",
    ["因故意或者重大过失应当发现而未发现违规问题", "给企业造成损失或者不良影响的单位和人员开展责任追究"],
    [E(SOE, "第三十八条", "因故意或者重大过失应当发现而未发现违规问题"),
     E(SOE, "第三十八条", "给企业造成损失或者不良影响的单位和人员开展责任追究")],
    lang="zh")

add("single",
    "quick one pls - ndrc 2023 notice, what does NDRC do to prefecture lvl cities that have govt dishonesty "
    "records?? boss needs it for tmrw's slide thx",
    "Item III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will cancel "
    "their eligibility for awards and pilot demonstrations in the development and reform system, increase the weight "
    "of city credit monitoring deductions, and cancel the title or eligibility for demonstration zones of social "
    "credit system construction.",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("single",
    "学位论文涉及涉企司法解释的时间效力问题。请问《民营经济促进法》第四十五条第二款对与经营主体生产经营活动密切"
    "相关的、属于审判检察工作中具体应用法律的解释是否溯及既往是如何规定的？有没有例外？",
    "第四十五条第二款：根据《立法法》的规定，与经营主体生产经营活动密切相关的法律、法规、规章和其他规范性文件，属于"
    "审判、检察工作中具体应用法律的解释，不溯及既往，但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定"
    "除外。（第一款另要求实施前根据实际情况留出必要的适应调整期。）",
    ["不溯及既往", "但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外"],
    [E(PE, "第四十五条", "属于审判、检察工作中具体应用法律的解释，不溯及既往"),
     E(PE, "第四十五条", "但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我们集团一家二级子公司在海外项目上被某国际组织列入了制裁名单，项目资产可能被冻结，损失估计不小。按《中央企业"
    "合规管理办法》，这种事该由谁牵头应对？要不要报国资委？另外，牵头的这个人在集团里一般是谁兼任的？",
    "属于重大合规风险事件。《中央企业合规管理办法》第二十二条第二款：因违规行为被国际组织制裁等重大合规风险事件，造成"
    "或者可能造成企业重大资产损失或者严重不良影响的，应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合；"
    "第三款：应当按照相关规定及时向国资委报告。第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业"
    "主要负责人负责。",
    ["应当由首席合规官牵头", "应当按照相关规定及时向国资委报告", "由总法律顾问兼任"],
    [E(SOE, "第二十二条", "或者被国际组织制裁等重大合规风险事件"),
     E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
     E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("multi",
    "Secretary-general of a provincial private-enterprise chamber here. One of our members signed an industrial-"
    "support agreement with a county commerce bureau. Last spring the county merged several bureaus, and the new "
    "bureau now says the old agreement \"does not bind the restructured department\" and has stopped the subsidies. "
    "Under the NDRC's 2023 notice: is this kind of agreement within the scope of the breach-of-contract complaint "
    "columns at all, and does the reorganisation give the county a valid excuse?",
    "It is in scope: II.(1) covers breach and repudiation in agreements and contracts signed by government "
    "departments with private enterprises in government procurement, bidding, investment promotion, "
    "government-social capital cooperation, industrial support, government investment and other fields. And the "
    "reorganisation is no excuse: II.(2) says failure to perform due to institutional adjustments, personnel changes "
    "and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["government-social capital cooperation, industrial support, government investment",
     "Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be regarded "
     "as breach of contract and dishonesty"],
    [E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("multi",
    "本人硕士论文研究涉企行政检查。请比较《优化营商环境条例》第五十四条与《民营经济促进法》第五十二条关于“双随机、"
    "一公开”的规定：二者各自的例外情形是什么？对同一检查对象的多个检查事项又分别怎么要求？",
    "两者基本一致。《优化营商环境条例》第五十四条：除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域外，市场"
    "监管领域的行政检查应当随机抽取检查对象、随机选派执法检查人员、抽查事项及查处结果及时向社会公开；对这些特殊行业、"
    "重点领域依法依规实行全覆盖的重点监管；同一检查对象的多个检查事项应当尽可能合并或者纳入跨部门联合抽查范围。《民营"
    "经济促进法》第五十二条第二款同样以直接涉及公共安全和人民群众生命健康等特殊行业、重点领域的全覆盖重点监管为例外，"
    "要求随机抽取、随机选派并公开结果，多个检查事项尽可能合并或者纳入跨部门联合检查范围；第一款还要求根据信用状况实施"
    "分级分类监管。",
    ["应当尽可能合并或者纳入跨部门联合抽查范围", "应当尽可能合并或者纳入跨部门联合检查范围",
     "根据民营经济组织的信用状况实施分级分类监管"],
    [E(BE, "第五十四条", "除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域外"),
     E(BE, "第五十四条", "应当尽可能合并或者纳入跨部门联合抽查范围"),
     E(PE, "第五十二条", "市场监管领域相关部门的行政检查应当通过随机抽取检查对象、随机选派执法检查人员的方式进行"),
     E(PE, "第五十二条", "应当尽可能合并或者纳入跨部门联合检查范围"),
     E(PE, "第五十二条", "根据民营经济组织的信用状况实施分级分类监管")],
    lang="zh")

add("multi",
    "I'm an internal auditor at a Guangzhou municipal SOE. We're reviewing an equity investment in a components "
    "start-up that lost about 40% of its value after the market turned, and management then sat on the bad news "
    "for two quarters. Going by the lecture-hall report on the second batch of the Guidelines: when can the people "
    "who made the investment decision be exempted, and what kinds of conduct after the investment would still get "
    "them held accountable?",
    "¶21: if an investment made with due diligence and through compliant decision-making procedures incurs losses "
    "due to objective factors such as market risks, the relevant personnel may be exempted from liability. ¶30: if "
    "losses come from inherent risks such as policy adjustments, market changes and technological exploration and "
    "due measures were taken to stop losses, error tolerance is granted; but if losses are expanded due to lack of "
    "post-investment control, misappropriation of funds, or concealment of risks and delayed disposal, those "
    "derelict in their duties must be held accountable.",
    ["incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from "
     "liability",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶21", "compliant decision-making procedures incurs losses due to objective factors"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "and due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="en")

add("multi",
    "急！！我表哥在市属国企当部门副经理，刚被监委给了个记过，想问下这个处分期多久啊？处分期里还能升职涨工资不？"
    "评职称呢？在线等",
    "《公职人员政务处分法》第八条：记过的处分期为十二个月，政务处分期自政务处分决定生效之日起计算。第二十一条：国有企业"
    "管理人员在政务处分期内，不得晋升职务、岗位等级和职称；被记过的，不得晋升薪酬待遇等级。（第二十六条：期内有悔改"
    "表现且未再违法的，期满后自动解除。）",
    ["记过，十二个月", "不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们是区餐饮协会的。最近区里某个局隔三岔五就喊会员饭店老板去“学习”，每回收八百块“资料费”，学完还要考一下，"
    "谁不去，年底的“先进”就别想了。会员意见很大，我们协会该怎么跟大家解释这事在法规上站不站得住？",
    "站不住。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。第六十九条第（五）项："
    "政府和有关部门及其工作人员有此情形的，依法依规追究责任。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(BE, "第六十九条", "强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")],
    lang="zh")

add("paraphrase",
    "Our chamber keeps getting asked by members whether some favour, dinner or meeting with a district official is "
    "OK when it isn't one of the situations the Guangzhou guidebook spells out. Did the drafter who spoke at that "
    "lecture give people any simple gut check for the grey areas?",
    "Yes. In ¶10 Wang Yuqun says the 33 scenarios cannot cover everything; the core of judging any situation is to "
    "distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key is whether "
    "the actions can be \"put on the table\". He adds three dialectical relationships to grasp: reform spirit with "
    "strict standards, an effective market with a capable government, and proactiveness with moderation and "
    "cleanliness with effectiveness.",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be"),
     E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines cannot encompass")],
    lang="en")

add("paraphrase",
    "上礼拜我们在平台上投诉了总包（一家大型建筑集团）欠钱的事，结果对方项目经理当晚就打电话来，说“你们有本事就告，"
    "以后别想再进我们的工地，圈子里我让你们混不下去”。这种话有没有人管？我们就怕以后真被穿小鞋。",
    "有人管。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者"
    "投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：有此行为的，对负有责任的领导人员和直接责任人员依法给予"
    "处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复", "依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("paraphrase",
    "Will the national planners actually name and shame the worst local governments that stiff businesses, or "
    "does it all stay behind closed doors? Asking for our chamber's newsletter.",
    "They will publicise the worst ones. Item IV.(9) of the NDRC notice: select a batch of cases with serious "
    "dishonesty, repeated dishonesty and strong public complaints, publicise them on the \"Credit China\" website and "
    "expose them to society through news media to form a strong public-opinion deterrent.",
    ["serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media to form a strong public opinion")],
    lang="en")

add("paraphrase",
    "专项审计翻出一笔老账：原来分管采购的副总，当年收过供应商不少好处，可人家前年就退休回老家带孙子了。人都退了，"
    "纪委监委那边还能拿他怎么样？当年拿的那些东西还追得回来吗？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其"
    "立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，对其违法取得的财物和用于违法行为的本人"
    "财物依照第二十五条处理，即由监察机关没收、追缴或者责令退赔。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇"),
     E(PS, "第二十五条", "由监察机关没收、追缴或者责令退赔")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Many of our association's SME members finance themselves by pledging receivables owed by big buyers, but the "
    "buyers drag their feet confirming the debt, so the banks won't lend. Do China's Regulations on Guaranteeing "
    "Payments to SMEs give the buyer a deadline to confirm?",
    "Yes. Article 16(2): where an SME seeks financing with accounts receivable, the government organ, public "
    "institution or large enterprise shall confirm the creditor-debtor relationship within 30 days from the date "
    "the SME requests confirmation of rights, to support the SME's financing.",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="en")

add("cross_lingual",
    "For a thesis chapter on cumulative sanctions: under Article 15 of the PRC Law on Administrative Discipline for "
    "Public Officials, if an official commits two separate violations, how are the sanctions determined, and where "
    "several identical sanctions below removal from office apply, what is the maximum combined sanction period?",
    "Article 15: a sanction is determined separately for each violation; where two or more kinds of sanction are "
    "due, the most severe one is executed; where several identical sanctions below removal from office are due, "
    "the period may be set between one sanction period and the sum of the periods, but may not exceed 48 months.",
    ["应当分别确定政务处分", "执行其中最重的政务处分", "但是最长不得超过四十八个月"],
    [E(PS, "第十五条", "公职人员有两个以上违法行为的，应当分别确定政务处分"),
     E(PS, "第十五条", "应当给予两种以上政务处分的，执行其中最重的政务处分"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份1103号文里说要“定期评估通报”。具体评估哪些工作、用什么方式评估、结果通报给谁？我们商会想据此给"
    "省里写个工作建议。",
    "通知第四部分第（7）项：国家发展改革委通过抽查、第三方调查、交叉检查等方式（\"spot checks, third-party "
    "investigations, cross-checks\"），对违约失信投诉办理和认定效率、信用信息归集质量、失信惩戒措施落实情况等重点任务"
    "开展评估，定期通报省级信用牵头部门并抄送省级人民政府；各级信用牵头部门参照建立评估通报机制。",
    ["the handling and identification efficiency of breach of contract and dishonesty complaints",
     "spot checks, third-party investigations, cross-checks",
     "regularly notifying provincial credit leading departments and copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "the handling and identification efficiency of breach of contract and dishonesty"),
     E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments and copying")],
    lang="zh")

add("cross_lingual",
    "在吗 帮忙查下 广州那个大湾区廉洁合规协会 下面都有哪些专委会啊？合规智库里都是些什么人？老板让我做个对接方案 急",
    "据报道¶35（另见¶33）：专门委员会包括法律服务、财税、人力资源、数据合规、内审监督和海外合规（\"Legal Services, "
    "Finance and Taxation, Human Resources, Data Compliance, Internal Audit and Supervision, and Overseas "
    "Compliance\"）；合规智库由政协委员、高校学者、企业高管和专业机构人员等各领域专业人士组成。",
    ["Legal Services, Finance and Taxation, Human Resources, Data Compliance, Internal Audit and Supervision, and "
     "Overseas Compliance",
     "CPPCC members, university scholars, enterprise executives, and professional institution personnel"],
    [E(GZ, "¶35", "composed of professionals from various fields such as CPPCC members"),
     E(GZ, "¶35", "enterprise executives, and professional institution personnel"),
     E(GZ, "¶35", "Data Compliance, Internal Audit and Supervision, and Overseas Compliance")],
    lang="zh")

add("cross_lingual",
    "I head internal audit at a subsidiary of a central SOE and am briefing our foreign JV partner. Under SASAC's "
    "2022 Central SOE Compliance Management Measures, what must the group's whistleblowing platform publish, and how "
    "are whistleblowers to be protected or rewarded?",
    "Article 24: a central SOE must set up a violation-reporting platform and publish a reporting telephone number, "
    "email or mailbox; departments accept and investigate reports, transferring asset-loss cases to the "
    "accountability department and suspected disciplinary or legal violations to discipline inspection and "
    "supervision bodies. The whistleblower's identity and the reported matters must be kept strictly confidential; "
    "whistleblowers whose reports prove true may be given appropriate rewards; no one may retaliate against them in "
    "any form.",
    ["公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我们是市建材行业协会。条例第六条让商会“规范引导”大企业按时付款，那如果会员里的大企业就是拖着中小会员的货款"
    "不给，协会能不能依据条例对它取消会籍？条例有没有规定协会这方面的惩戒程序？",
    ["会籍", "取消会员资格"],
    "条例第六条只要求行业协会商会加强行业自律管理、规范引导大型企业及时付款并为中小企业提供服务；协会能否取消会籍、"
    "有何惩戒程序，条例及其他文件均未规定（条例的约束措施是第二十三条函询约谈、第二十六条信用惩戒和第四章法律责任，"
    "均由政府部门实施）。",
    lang="zh", present=["行业自律", "行业协会商会"])

unans("not_covered",
    "Under item II.(2) of the NDRC notice, how many working days does the superior or competent department have to "
    "finish verifying a breach-of-contract complaint once the provincial credit department forwards it? And within "
    "what period must the complainant get feedback?",
    ["working days", "time limit", "within 15 days"],
    "II.(2) only says the provincial credit leading department should \"immediately\" transfer clues and the "
    "identifying department should \"promptly\" give feedback; no number of days is set anywhere in the notice. "
    "(The 10-working-day / 30-day / 90-day limits in Article 25 of the SME payment Regulations concern SME arrears "
    "complaints, a different mechanism.)",
    lang="en", present=["verification and identification", "promptly provide feedback"])

unans("not_covered",
    "《中央企业合规管理办法》第二十七条要求“定期开展合规管理体系有效性评价”。这个“定期”到底是多久？每年至少一次吗？"
    "评价能不能委托外部律所或者会计师事务所来做？",
    ["每年至少", "律所", "会计师事务所"],
    "第二十七条只说定期开展有效性评价并适时开展专项评价，第八条由董事会对有效性进行评价，第十四条合规管理部门根据"
    "董事会授权开展评价；评价频次和能否委托外部机构均未规定。",
    lang="zh", present=["有效性评价"])

unans("not_covered",
    "Several of our member firms want to attend the next Integrity and Compliance Lecture Hall. When is the 13th "
    "session, where will it be held, and how do non-member companies sign up?",
    ["13th", "thirteenth", "sign up"],
    "The GZ report covers the 12th session (26 December, Liby Center) and the association's past events; it says "
    "nothing about a next session, its venue or how to register.",
    lang="en", present=["12th session", "Lecture Hall"])

unans("not_covered",
    "同事是区里公务员 刚吃了个警告处分 年终奖/绩效奖要扣多少？有没有比例 急问",
    ["年终奖", "绩效奖"],
    "政务处分法第八条规定警告期六个月，第十九条规定处分期内不得晋升职务、职级等（被记过以上的才不得晋升工资档次）；"
    "减发或者扣发补贴、奖金只见于第二十二条，且针对基层群众性自治组织中从事管理的人员、无数额。公务员受警告后奖金"
    "扣多少，各文件均未规定。",
    lang="zh", present=["警告", "奖金"])

unans("not_covered",
    "Do SASAC's 2022 compliance Measures say what professional qualifications or years of experience a central "
    "SOE's chief compliance officer must have - for instance a PRC legal professional qualification certificate?",
    ["years of experience", "法律职业资格", "qualification certificate"],
    "Article 12 only says the chief compliance officer is set up according to actual circumstances, with no new "
    "leadership post, held concurrently by the general counsel and answerable to the principal responsible person; "
    "no qualification or experience requirement is stated in any document.",
    lang="en", present=["首席合规官", "总法律顾问"])

unans("not_covered",
    "《优化营商环境条例》第三十三条规定，对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销。"
    "请问简易注销的公告期是多少日？公告期满后登记机关应在多少日内作出决定？",
    ["公告期", "二十日"],
    "第三十三条只规定可以按照简易程序办理注销并要求精简材料、压缩时间、降低成本；简易注销的公告期和办理时限在各文件中"
    "均未规定。",
    lang="zh", present=["简易程序"])

unans("not_covered",
    "Lots of our member contractors aren't sure whether they count as SMEs under the SME payment Regulations. What "
    "headcount and annual-revenue ceilings does the Regulation set for a construction company to qualify as a small "
    "or medium-sized enterprise?",
    ["headcount", "营业收入", "从业人员"],
    "Article 3 refers to the SME classification standards approved by the State Council and fixes size at contract "
    "signing; Article 29 provides a size self-test platform and a determination procedure for disputes. No "
    "headcount or revenue figures appear in any document.",
    lang="en", present=["中小企业划分标准", "企业规模类型测试平台"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "《优化营商环境条例》第六十二条第二款要求，制定与市场主体生产经营活动密切相关的行政法规、规章、行政规范性文件，"
    "向社会公开征求意见的期限一般不少于60日。我想在论文里把这60日与《民营经济促进法》第四十五条的“适应调整期”作比较，"
    "二者能否叠加计算？",
    ["不少于60日"],
    "前提错误：第六十二条第二款规定公开征求意见的期限一般不少于30日，而非60日；且两个文件都没有规定征求意见期与适应"
    "调整期的叠加计算（第四十五条和条例第六十五条只要求根据实际情况留出必要的适应调整期，未定天数）。",
    lang="zh", present=["不少于30日", "适应调整期"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
    "Article 12 of SASAC's 2022 compliance Measures requires every central SOE to create a brand-new chief "
    "compliance officer post at vice-president level, separate from the general counsel. Our group has only "
    "re-titled its general counsel - should internal audit flag that as non-compliance?",
    ["vice-president", "separate from the general counsel"],
    "False premise: Article 12 says the chief compliance officer is set up without adding leadership posts or "
    "headcount and is held concurrently by the general counsel; it does not require a separate vice-president-level "
    "post.",
    lang="en", present=["总法律顾问兼任"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "《民营经济促进法》第六十九条规定，对拖欠民营企业账款的机关单位，由工商业联合会认定并公布拖欠失信名单。我们区"
    "工商联下属的商会想把会员反映的欠款线索报上去，报送有没有格式要求？",
    ["失信名单"],
    "前提错误：第六十九条只规定县级以上地方人民政府加强账款支付保障、对重大分歧组织协商调解，协商调解应当发挥工商业"
    "联合会、律师协会等组织的作用；并没有规定工商联认定或公布失信名单，报送格式更无规定。",
    lang="zh", present=["工商业联合会"],
    related=[E(PE, "第六十九条", "协商、调解应当发挥工商业联合会、律师协会等组织的作用"),
             E(PE, "第六十九条", "县级以上地方人民政府应当加强账款支付保障工作")])

unans("false_premise",
    "ndrc notice gives the govt dept 30 days to fix a breach b4 it gets labelled dishonest right?? county's on day "
    "25 and still stalling, can we file now or do we have 2 wait",
    ["30 days", "thirty days"],
    "False premise: II.(2) sets no 30-day cure period. Complaints can be filed through the channels in II.(1) at "
    "any time; once verified as true the identifying department immediately promotes rectification, and those who "
    "refuse to rectify are confirmed as breach of contract and dishonesty.",
    lang="en", present=["refuse to rectify"],
    related=[E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
             E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])

unans("false_premise",
    "《中央企业合规管理办法》第十五条把违规行为的调查和责任追究都交给了合规管理部门，那我们集团审计部在合规监督里就"
    "没有职责了吧？明年的年度审计计划里是不是可以不再安排合规检查？",
    ["年度审计计划", "合规检查"],
    "前提错误：第十五条规定的是纪检监察机构和审计、巡视巡察、监督追责等部门在职权范围内对合规要求落实情况进行监督、对"
    "违规行为进行调查、开展责任追究；合规管理部门（第十四条）只是受理举报、组织或者参与调查。办法也未涉及年度审计计划。",
    lang="zh", present=["审计"],
    related=[E(SOE, "第十五条", "中央企业纪检监察机构和审计、巡视巡察、监督追责等部门依据有关规定"),
             E(SOE, "第十五条", "对违规行为进行调查，按照规定开展责任追究")])

unans("false_premise",
    "Article 8 of the Public Official Sanctions Law sets the sanction period at 18 months for demotion and 36 "
    "months for removal from post. For my comparative chapter: why did the legislature give removal twice the "
    "period of demotion?",
    ["36 months", "thirty-six months"],
    "False premise: Article 8 sets demotion and removal from post at the same period, 24 months; 18 months is the "
    "period of a major demerit (记大过). The law gives no reasons for the periods.",
    lang="en", present=["二十四个月", "十八个月"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
             E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
    "client's a big private manufacturer. art 18 of the SME payment regs says large enterprises must post overdue "
    "SME payables on their own website by 31 March every yr, right? they didnt. who do we report 2",
    ["31 March", "March 31", "own website"],
    "False premise: the 31 March publication deadline in Article 18 applies to government organs and public "
    "institutions; large enterprises must include overdue SME payables in their annual report and publicise it "
    "through the National Enterprise Credit Information Publicity System, and a failure is handled by the market "
    "regulation department under Article 34.",
    lang="en", present=["3月31日", "国家企业信用信息公示系统"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项"),
             E(SME, "第十八条", "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示"),
             E(SME, "第三十四条", "由市场监督管理部门依法处理")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "商会明年要换届，社会团体法人登记证书也快到期了。换届选举要提前多久报业务主管单位？证书换发要带哪些材料去民政局？",
    ["民政局", "登记证书", "换届选举"],
    "社会团体换届和登记管理问题，文件不涉及（文件中的“换届”仅指政府换届不得作为违约理由）。",
    lang="zh", present=["行业协会商会", "换届"])

unans("out_of_domain",
    "hey quick q - is VAT on consulting svcs in china 6% or 13%?? invoicing a client today",
    ["VAT", "6%", "13%"],
    "Tax rates; none of the documents deals with them.",
    lang="en", present=["财政税收", "Finance and Taxation"])

unans("out_of_domain",
    "For my LLM thesis on China's business-environment law, should I cite PRC statutes in OSCOLA or Bluebook "
    "style, and how should I romanise statute titles in the footnotes?",
    ["OSCOLA", "Bluebook", "footnote"],
    "Academic citation style; nothing in the documents.",
    lang="en", present=["business environment"])

unans("out_of_domain",
    "Audit sampling question: in Excel, how do I do a fuzzy VLOOKUP to match supplier names that are spelled "
    "slightly differently across two ledgers?",
    ["Excel", "VLOOKUP"],
    "Spreadsheet technique; unrelated to the documents.",
    lang="en", present=["内部审计"])

unans("out_of_domain",
    "公司年会抽奖 一等奖是一台5万的车 中奖员工个税怎么扣 按偶然所得还是工资薪金？？",
    ["个税", "偶然所得", "工资薪金"],
    "个人所得税问题，文件不涉及。",
    lang="zh", present=["财政税收"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "我们协会的培训课件还是按2020年《保障中小企业款项支付条例》原版写的。原版第八条、第九条是怎么规定付款期限的？"
    "这次2025年修订具体改了哪几条？请对照说明。",
    ["原版", "修订前"],
    "语料只有2025年修订后的条例文本（国务院令第802号），标题虽提到2020年国务院令第728号公布，但2020年原文及修订对照"
    "均不在语料中。",
    lang="zh", present=["国务院令第728号", "第802号修订"])

unans("superseded",
    "Before the 2022 Measures, SASAC issued the 2018 Central SOE Compliance Management Guidelines (Trial). Which "
    "key areas did the 2018 Trial Guidelines list, and which of them were dropped in 2022?",
    ["2018", "Trial Guidelines", "合规管理指引"],
    "The corpus holds only the 2022 Measures (SASAC Order No. 42); the 2018 trial guidelines are not in it, so no "
    "comparison can be made (Article 18 of the 2022 Measures lists the current key areas).",
    lang="en", present=["反商业贿赂"])

unans("superseded",
    "论文写政务处分制度的沿革。2007年《行政机关公务员处分条例》规定的处分期间与现行《政务处分法》第八条相比有何不同？"
    "原条例对记大过的期间是多少个月？",
    ["行政机关公务员处分条例", "2007"],
    "语料只有2020年《公职人员政务处分法》，没有2007年《行政机关公务员处分条例》的文本，无法比较。",
    lang="zh", present=["政务处分的期间"])

unans("superseded",
    "In the draft of the Private Economy Promotion Law released for public comment in October 2024, how was the "
    "article on governments breaking policy promises worded, and how did the final Article 70 change it?",
    ["draft", "October 2024"],
    "The corpus holds only the law as adopted on 30 April 2025; no draft text is in it.",
    lang="en", present=["政策承诺"])
