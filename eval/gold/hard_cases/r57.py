"""Hard-case gold items, fifty-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a village-enterprise owner who supplies a township government and hears rumours from other owners
(Chinese, hearsay, dialect words, typos); an internal auditor at a central SOE checking the compliance measures
(Chinese and English, terse checklists).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "俺们是村里办的小砖厂，常年给镇政府送砖送水泥管子。听隔壁厂老王讲，镇政府是机关单位，货交了以后拖个大半年"
    "再给钱也不犯法，只要最后给了就中。真是这样不？按那个保障中小企业款项的条例，机关单位到底该多长时间内付钱？",
    "不是这样。《保障中小企业款项支付条例》第九条第一款：机关、事业单位从中小企业采购货物、工程、服务，应当自"
    "货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。",
    ["应当自货物、工程、服务交付之日起30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "内审清单｜违规举报平台：按《中央企业合规管理办法》，须公布哪些举报渠道？举报人保密、奖励怎么要求？",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；对举报人的身份"
    "和举报事项严格保密，对举报属实的举报人可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("single",
    "镇里买了俺们一批路沿石，合同上写的是“验收合格后付款”，验收期限写的15天。结果都俩月了镇上还不来人验收，说是"
    "没空，钱也就一直不给。有人说只要不验收就永远不用付款，咋整？这付款期限到底从哪天开始算？",
    "不是永远不用付。《保障中小企业款项支付条例》第十条：约定以验收合格作为付款条件的，付款期限自检验或者验收合格"
    "之日起算；合同双方应约定明确、合理的验收期限并在期限内完成验收；机关、事业单位和大型企业拖延检验或者验收的，"
    "付款期限自约定的检验或者验收期限届满之日起算（即从约定的15天期满之日起算）。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "并在该期限内完成检验或者验收"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第十条", "合同双方应当在合同中约定明确、合理的检验或者验收期限，并在该期限内完成检验或者验收")],
    lang="zh")

add("single",
    "A township in our county was flagged as dishonest after it stiffed a private contractor on a procurement deal. "
    "It has now paid everything it owed. Under the NDRC's 2023 notice, what has to happen before its dishonesty record "
    "is cleared and the penalties stop?",
    "Item III.(6): credit leading departments at all levels coordinate and guide credit restoration for dishonest "
    "entities in their jurisdiction. Once the identifying department confirms that the dishonest behavior has been "
    "corrected and performance completed, the relevant dishonesty records should be promptly restored and the "
    "dishonesty punishment measures terminated.",
    ["confirms that the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "III.(6)", "Once the identifying department confirms that the dishonest behavior has"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "In the Guangzhou lecture-hall write-up, what format did the drafting committee adopt for both batches of the "
    "government-business Guidelines, and why didn't they just stick with ordinary normative provisions?",
    "¶8: Wang Yuqun said normative provisions, though highly generalizable, have limitations in applicability and "
    "operability in specific scenarios, and the grass roots urgently needed a document that is 'easy to understand "
    "and simple to apply'. So the drafters drew on the scenario-based format, introducing specific behavioural "
    "scenarios and typical cases on the basis of positive and negative lists – the 'scenario + list + case' format "
    "adopted by both batches.",
    ["scenario + list + case", "easy to understand and simple to apply",
     "they have limitations in terms of applicability and operability in specific scenarios"],
    [E(GZ, "¶8", "forming the ‘scenario + list + case’ format adopted by both batches"),
     E(GZ, "¶8", "limitations in terms of applicability and operability in specific scenarios"),
     E(GZ, "¶8", "a guideline document that is ‘easy to understand and simple to apply’")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "俺们几家村办厂都给镇里供货，镇里欠了好几十万。有人想去省里投诉，可镇上管后勤的干部放话了：“谁敢去告，明年一分"
    "货都不要他的，帐也别想结了。”听说好几个厂子怕了都不敢吭声。这样吓唬人合法不？他真这么干了，会咋样？",
    "不合法。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求"
    "或者投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：进行恐吓、打击报复的，对负有责任的领导人员和直接"
    "责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任")],
    lang="zh")

add("multi",
    "核查项：下属单位被国际组织制裁——①算不算重大合规风险事件？②谁牵头应对？③要不要报国资委？④若查明系合规管理"
    "不到位引发，国资委可采取什么措施？",
    "①算。《中央企业合规管理办法》第二十二条第二款：因违规行为引发重大法律纠纷案件、重大行政处罚、刑事案件，或者被"
    "国际组织制裁等重大合规风险事件，造成或者可能造成重大资产损失或者严重不良影响的，②由首席合规官牵头，合规管理部门"
    "统筹协调，相关部门协同配合；③第三款：应当按照相关规定及时向国资委报告。④第三十七条：因合规管理不到位引发违规"
    "行为的，国资委可以约谈相关企业并责成整改；造成损失或者不良影响的，国资委根据相关规定开展责任追究。",
    ["或者被国际组织制裁等重大合规风险事件", "应当由首席合规官牵头", "及时向国资委报告",
     "国资委可以约谈相关企业并责成整改"],
    [E(SOE, "第二十二条", "或者被国际组织制裁等重大合规风险事件"),
     E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
     E(SOE, "第三十七条", "国资委可以约谈相关企业并责成整改")],
    lang="zh")

add("multi",
    "In 2022 we signed an investment-promotion agreement with a prefecture-level city government: land at a fixed "
    "price plus a three-year rent subsidy. After the party secretary and the mayor were both rotated out, the new "
    "team says the deal was 'the old leadership's business' and stopped paying the subsidy. Does the NDRC notice treat "
    "that as breach of contract and dishonesty? And if the city ends up confirmed as dishonest, what can the NDRC "
    "itself do to it?",
    "Yes. II.(1) puts breach and repudiation of agreements signed by government departments with private enterprises "
    "in investment promotion (among other fields) within the scope of breach of contract and dishonesty, and II.(2) "
    "says failure to perform due to institutional adjustments, personnel changes and other reasons shall all be "
    "regarded as breach of contract and dishonesty (those who refuse to rectify are confirmed by the identifying "
    "department). III.(4): for entities with dishonesty records the NDRC restricts central budget fund support, limits "
    "applications for local government special bonds and restricts financing project recommendations; for "
    "prefecture-level and above cities it cancels eligibility for awards and pilot demonstrations in the development "
    "and reform system, increases the weight of city credit monitoring deductions and cancels social credit "
    "demonstration zone titles or eligibility.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty",
     "restrict support from central budget funds",
     "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "II.(1)", "bidding, investment promotion, government-social capital cooperation"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "III.(4)", "restrict support from central budget funds, limit applications for"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

add("multi",
    "I head internal audit at a Guangzhou tech company. In the lecture-hall report, what error-tolerance tools does "
    "the Capitalogics speaker say the Guidelines give innovators, and where does the Guangzhou Pharmaceutical audit "
    "director draw the line between losses that are tolerated and losses that get someone held accountable?",
    "¶25: the Guidelines establish a scientific error-tolerant mechanism stating that \"due diligence and compliance "
    "are grounds for liability exemption\", and advocate \"inclusive and prudent supervision\" and an \"observation "
    "period\" system giving trial-and-error space to new business formats such as AI. ¶30: if losses come from "
    "inherent risks such as policy adjustments, market changes and technological exploration and due measures were "
    "taken to stop losses, error tolerance is granted; if losses are expanded by lack of post-investment control, "
    "misappropriation of funds, or concealment of risks and delayed disposal, those derelict in their duties must be "
    "held accountable.",
    ["due diligence and compliance are grounds for liability exemption", "observation period",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶25", "due diligence and compliance are grounds for liability exemption"),
     E(GZ, "¶25", "“inclusive and prudent supervision” and “observation period” system"),
     E(GZ, "¶30", "If losses are caused by inherent risks such as policy adjustments"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="en")

add("multi",
    "镇上新修文化站，叫俺们村施工队去干。开工前镇里说要先交一笔“诚信保证金”，还非得交现金，说银行开的保函他们不认。"
    "俺们寻思这“诚信保证金”也莫听说过啊，这合规矩不？",
    "不合规矩。《保障中小企业款项支付条例》第十三条：除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资"
    "保证金外，工程建设中不得以任何形式收取其他保证金；机关、事业单位和大型企业不得将保证金限定为现金，中小企业以"
    "金融机构出具的保函等提供保证的应当接受。《优化营商环境条例》第二十五条：设立涉企保证金应当有法律、行政法规依据"
    "或者经国务院批准，实行目录清单管理，目录清单之外的保证金一律不得执行，并推广以金融机构保函替代现金缴纳。",
    ["工程建设中不得以任何形式收取其他保证金", "不得将保证金限定为现金",
     "目录清单之外的前述收费和保证金一律不得执行"],
    [E(SME, "第十三条", "工程建设中不得以任何形式收取其他保证金"),
     E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"),
     E(BE, "第二十五条", "目录清单之外的前述收费和保证金一律不得执行"),
     E(BE, "第二十五条", "推广以金融机构保函替代现金缴纳涉企保证金")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "镇上有个管企业的干部，每回来俺们厂转悠一圈，走的时候都要顺走两箱酒，不给就说俺们的手续“还得再看看”，故意拖着"
    "不给办。这号人要是被查了，一般会落个啥下场？",
    "《公职人员政务处分法》第三十八条：在管理服务活动中故意刁难、吃拿卡要的，情节较重的，予以警告、记过或者记大过；"
    "情节严重的，予以降级或者撤职；有该项行为情节特别严重的，予以开除。",
    ["在管理服务活动中故意刁难、吃拿卡要的", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的"),
     E(PS, "第三十八条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

add("paraphrase",
    "Is the national planning agency going to name and shame the worst local authorities – the repeat welshers "
    "everybody keeps griping about – so the whole country can see who they are?",
    "Yes. Item IV.(9) of the NDRC notice: select a batch of cases with serious dishonesty, repeated dishonesty and "
    "strong public complaints, publicize them on the \"Credit China\" website and expose them to society through news "
    "media, to form a strong public opinion deterrent.",
    ["serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty"),
     E(NDRC, "IV.(9)", "repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "form a strong public opinion deterrent")],
    lang="en")

add("paraphrase",
    "My boss reckons that Guangzhou playbook on dealing with officials is basically a way for them to go easy on "
    "themselves. According to the guy from the drafting team, is that the idea – or what's it actually meant to do?",
    "No. In ¶10 Wang Yuqun says the Guidelines are not intended to \"relax discipline\" but to prevent grass-roots "
    "units from imposing excessive restrictions, setting unnecessary barriers and adopting a \"one-size-fits-all\" "
    "approach (the unity of the reform spirit and strict standards). The core test is distinguishing \"acting for "
    "the public good\" from \"acting for personal gain\" – whether the actions can be \"put on the table\".",
    ["prevent grass-roots units from imposing excessive restrictions, setting unnecessary barriers",
     "the unity of the reform spirit and strict standards"],
    [E(GZ, "¶10", "The Guidelines are not intended to “relax discipline”"),
     E(GZ, "¶10", "prevent grass-roots units from imposing excessive restrictions"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "检查发现：各业务部门没有人专门盯合规，啥事都甩给法务部。按办法，业务部门里是不是得安排个自己人兼着管这摊事？"
    "对这个人有啥要求？",
    "是。《中央企业合规管理办法》第十三条：业务及职能部门承担合规管理主体责任；中央企业应当在业务及职能部门设置合规"
    "管理员，由业务骨干担任，接受合规管理部门业务指导和培训。",
    ["设置合规管理员，由业务骨干担任", "接受合规管理部门业务指导和培训"],
    [E(SOE, "第十三条", "中央企业应当在业务及职能部门设置合规管理员，由业务骨干担任"),
     E(SOE, "第十三条", "中央企业业务及职能部门承担合规管理主体责任")],
    lang="zh")

add("paraphrase",
    "Does anyone up in Beijing actually check whether the provinces deal with these broken-promise complaints "
    "properly, or is it all just on paper? How would they even find out?",
    "Item IV.(7) of the NDRC notice: the NDRC evaluates key tasks – the handling and identification efficiency of "
    "breach-of-contract and dishonesty complaints, the quality of credit information collection and the "
    "implementation of punishment measures – through spot checks, third-party investigations, cross-checks and other "
    "methods, regularly notifying provincial credit leading departments and copying the provincial people's "
    "governments.",
    ["spot checks, third-party investigations, cross-checks",
     "regularly notifying provincial credit leading departments"],
    [E(NDRC, "IV.(7)", "the handling and identification efficiency of breach of contract and"),
     E(NDRC, "IV.(7)", "spot checks, third-party investigations, cross-checks"),
     E(NDRC, "IV.(7)", "copying the provincial people's governments")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Audit checklist – SASAC central SOE compliance Measures, Art. 25(2): violation-record system for subsidiaries "
    "and staff. What has to be recorded, and what is the record used for?",
    "Art. 25(2): central SOEs must establish a record system for violations in the operation and management of "
    "subsidiaries and in employees' performance of duties, and use the nature, number of occurrences and degree of "
    "harm of violations as an important basis for assessment and evaluation, rank evaluation and similar work.",
    ["应当建立所属单位经营管理和员工履职违规行为记录制度",
     "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据"],
    [E(SOE, "第二十五条", "应当建立所属单位经营管理和员工履职违规行为记录制度"),
     E(SOE, "第二十五条", "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据")],
    lang="en")

add("cross_lingual",
    "Testing our risk-identification process against the central SOE compliance Measures. Q1: is a compliance-risk "
    "database mandatory? Q2: on which dimensions must each risk be analysed? Q3: which risks need an early warning?",
    "Art. 20: central SOEs shall set up a compliance risk identification, assessment and early-warning mechanism, "
    "establish and regularly update a compliance risk database, analyse the likelihood, degree of impact and potential "
    "consequences of risks, and issue timely warnings for typical, common or potentially serious risks.",
    ["建立并定期更新合规风险数据库", "对风险发生的可能性、影响程度、潜在后果等进行分析",
     "对典型性、普遍性或者可能产生严重后果的风险及时预警"],
    [E(SOE, "第二十条", "建立并定期更新合规风险数据库"),
     E(SOE, "第二十条", "对风险发生的可能性、影响程度、潜在后果等进行分析"),
     E(SOE, "第二十条", "对典型性、普遍性或者可能产生严重后果的风险及时预警")],
    lang="en")

add("cross_lingual",
    "俺们村里厂子跟镇政府签了个政府采购合同，送了一半货，镇里说不要了，剩下的也不结帐。听人说发改委2023年出过个"
    "管“政府失信”的文件，它管不管政府采购合同这种事？能通过啥渠道投诉？",
    "管。发改委通知第二部分第（1）项：违约失信的范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会"
    "资本合作、产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为（\"breach and repudiation behaviors in "
    "various agreements and contracts\"）。省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部“违约拖欠中小"
    "企业款项登记（投诉）平台”、地方12345政务服务热线、营商环境投诉平台、信访部门等渠道设立违约失信投诉专栏受理投诉。",
    ["breach and repudiation behaviors in various agreements and contracts",
     "local 12345 government service hotlines, business environment complaint platforms, petition departments"],
    [E(NDRC, "II.(1)", "with private enterprises in government procurement, bidding"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint"),
     E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs")],
    lang="zh")

add("cross_lingual",
    "广州纪委出的那两批政商交往《指引》，讲堂上起草组的人说第一批和第二批各管些啥？侧重点有啥不一样？",
    "据报道¶9：第一批系统回应“能吃什么饭、能坐什么车”等常规政商交往问题（\"what meals can be eaten and what vehicles "
    "can be taken\"），更多体现“亲而不逾矩、清而不徇私”；第二批拓展政商关系的维度，聚焦新质生产力发展，围绕从招商引资"
    "到项目落地的企业发展全周期服务，回答如何“清而不疏、为而有慎”，实现从“政商交往适度”到“服务企业有效”的迭代升级。",
    ["what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶9", "“what meals can be eaten and what vehicles can be taken”"),
     E(GZ, "¶9", "full-cycle services for enterprise development from investment promotion"),
     E(GZ, "¶9", "to “effective service for enterprises”")],
    lang="zh")

add("cross_lingual",
    "Internal audit query: one of our SOE's department managers got a demerit (记过) sanction from the supervisory "
    "commission. Under the Public Official Sanctions Law, how long does the sanction period run, and what is he barred "
    "from during it?",
    "Art. 8: a demerit runs twelve months, counted from the date the sanction decision takes effect. Art. 21: managers "
    "of state-owned enterprises may not be promoted in post, position grade or professional title during the sanction "
    "period, and those given a demerit (or heavier) may not be promoted in pay grade.",
    ["记过，十二个月", "不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "俺厂子在村里，工人三十来个，去年流水差不多八百万。镇里财务说俺们不算“中小企业”，条例管不着。按那个保障中小企业"
    "款项支付条例，到底多少人、多少营业额以下才算小微企业啊？",
    ["营业收入", "从业人员", "八百万"],
    "《保障中小企业款项支付条例》第三条只说依据国务院批准的中小企业划分标准确定中型、小型和微型企业，第二十九条提到"
    "企业规模类型测试平台和有争议时申请认定；任何文件都没有写出人数或营业收入的具体标准。",
    lang="zh", present=["中小企业划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "镇里给的活干完了，质保期去年年底就到了，可扣俺们的那笔质保金到现在还没退。听人说到期后有个固定天数必须退，过了"
    "就算违约。条例里到底规定几天之内退？",
    ["日内退还", "退还期限", "15天", "十五天"],
    "条例第十三条第三款只要求在保证期限届满后“及时”与中小企业对保证金进行核算并退还，没有规定天数；其他文件也没有。",
    lang="zh", present=["及时与中小企业对收取的保证金进行核算并退还"])

unans("not_covered",
    "俺们几个厂子合计着一块去省里投诉镇政府欠款，加起来七十来万。你给俺估摸估摸，这事去投诉能赢不？有几成把握把钱"
    "全要回来？",
    ["胜诉率", "成功率", "几成"],
    "预测结果：条例规定了受理、转交和处理投诉的程序与期限（第二十四、二十五条）及逾期利息（第十七条），但任何文件都"
    "不涉及投诉成功的可能性或追回款项的概率。",
    lang="zh", present=["处理投诉部门", "逾期利息"])

unans("not_covered",
    "SASAC Measures Art. 27, compliance-system effectiveness evaluation: minimum frequency? Annual or biennial?",
    ["annually", "biennial", "每年开展", "一年一次"],
    "Article 27 only says central SOEs shall conduct effectiveness evaluations regularly (定期) and special evaluations "
    "of key business as appropriate; no frequency is set, here or elsewhere.",
    lang="en", present=["定期开展合规管理体系有效性评价"])

unans("not_covered",
    "Does the central SOE compliance Measures fix a minimum number of compliance-training hours per year for new "
    "hires and key-position staff? Need the figure for our training KPI.",
    ["hours", "学时", "课时"],
    "Article 30 requires a regular training mechanism, an annual training plan and compliance as a compulsory training "
    "subject for managers, key-position staff and new hires, but sets no number of hours.",
    lang="en", present=["年度培训计划", "必修内容"])

unans("not_covered",
    "Going by the NDRC 2023 notice itself: within how many days must the identifying department finish verifying a "
    "breach-of-contract complaint against a government body and report back to the complainant?",
    ["days", "working days", "within 30 days"],
    "The NDRC notice (II.(2)) only says complaints are transferred immediately and the complainant gets feedback "
    "promptly; it sets no day limit. The SME payment Regulations (Art. 25) do set 10 working days / 30 days / 90 days "
    "for SME arrears complaints, but that is a different document and procedure.",
    lang="en", present=["promptly provide feedback", "30日内形成处理结果"])

unans("not_covered",
    "The lecture-hall report says the two batches of the Guangzhou Guidelines cover 33 scenarios between them. How many "
    "of those scenarios are in the second batch?",
    ["scenarios in the second batch", "18 scenarios", "15 scenarios"],
    "¶10 gives only the total (33 scenarios across the two batches); the report never splits the number by batch.",
    lang="en", present=["33 scenarios", "second batch"])

unans("not_covered",
    "听说去省里那个拖欠中小企业款项的投诉平台告状，得先交一笔手续费，还要押点钱，怕大家乱告。一般要交多少钱啊？",
    ["手续费", "押金", "投诉费"],
    "条例第二十四、二十五条规定了受理投诉部门、投诉平台、转交与处理期限以及不得虚假、恶意投诉，但没有提到任何投诉"
    "费用或押金；其他文件也没有。",
    lang="zh", present=["投诉平台", "不得虚假、恶意投诉"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "听村东头老刘讲，按那个保障中小企业款项的条例，欠款得拖满一年以上、还得超过十万块，才能去投诉，不够的人家不受理。"
    "俺们被镇里欠了八个多月、六万来块，是不是还得再等等才能告？",
    ["满一年", "超过一年", "十万"],
    "前提错误：条例第二十四、二十五条规定受理投诉部门受理拖欠投诉，只要求投诉人与被投诉人存在合同关系、不得虚假恶意"
    "投诉，没有欠款时长或金额门槛；机关单位付款期限本身是30日、约定最长60日（第九条）。",
    lang="zh", present=["投诉人应当与被投诉人存在合同关系"],
    related=[E(SME, "第二十四条", "受理对机关、事业单位和大型企业拖欠中小企业款项的投诉"),
             E(SME, "第二十五条", "投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉")])

unans("false_premise",
    "为什么《中央企业合规管理办法》要求首席合规官必须从外部聘请专职人员、不得由总法律顾问兼任？我们集团现在是总法律"
    "顾问兼着，整改时限是多久？",
    ["外部聘请", "不得由总法律顾问兼任"],
    "前提错误：第十二条恰恰规定首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；不存在必须外聘"
    "的要求，也就没有整改时限。",
    lang="zh", present=["首席合规官"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "Checklist item 4: \"Board of directors approved the 2025 annual compliance plan, as required by Art. 8 of the "
    "SASAC Measures.\" Confirm the board is the required approver for the annual plan under Art. 8.",
    ["annual compliance plan", "董事会批准年度计划"],
    "False premise: Art. 8 has the board approve the basic compliance system, the system-building plan and the annual "
    "report; under Art. 9 it is management (经理层) that approves the annual plan.",
    lang="en", present=["年度计划", "年度报告"],
    related=[E(SOE, "第八条", "审议批准合规管理基本制度、体系建设方案和年度报告等"),
             E(SOE, "第九条", "拟订合规管理基本制度，批准年度计划等")])

unans("false_premise",
    "Under item II.(2) of the NDRC notice a complaint against a government department must first go to arbitration, "
    "and only an arbitral award lets the credit department label the department dishonest. How long does that "
    "arbitration stage usually take?",
    ["arbitration", "arbitral"],
    "False premise: II.(2) has provincial credit leading departments transfer complaint clues to the superior or "
    "competent departments of the complained entities for verification and identification, and those who refuse to "
    "rectify are confirmed as dishonest by the identifying department; there is no arbitration step.",
    lang="en", present=["identifying department"],
    related=[E(NDRC, "II.(2)", "transfer received and collected breach of contract and dishonesty"),
             E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])

unans("false_premise",
    "镇上那个收过俺们红包的副镇长，前阵子挨了个记过处分。听人嚼舌根说记过就半年，半年一过照样提拔、还能涨工资。"
    "那他下半年是不是就能升了？",
    ["记过，六个月", "记过半年"],
    "前提错误：政务处分法第八条规定记过的处分期是十二个月（六个月的是警告）；第十九条规定公务员在处分期内不得晋升"
    "职务、职级等，被记过的不得晋升工资档次。",
    lang="zh", present=["政务处分期"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"),
             E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")])

unans("false_premise",
    "Since the GBA Integrity and Compliance Association was set up by the Guangdong Provincial Department of Commerce "
    "as a for-profit consultancy, are its compliance health checks billed at commercial rates?",
    ["Department of Commerce", "for-profit"],
    "False premise: ¶32 says the association was established in 2021 as a non-profit social organization jointly "
    "promoted by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, the Municipal SASAC and "
    "the Municipal Federation of Industry and Commerce; the report says nothing about prices for its health checks.",
    lang="en", present=["non-profit", "Compliance Health Check"],
    related=[E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal"),
             E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021")])

unans("false_premise",
    "镇里换届了，新来的书记说按《民营经济促进法》第七十条，政府换届以后原来的招商合同就可以作废，要跟俺们重新谈价。"
    "俺们是不是只能认了？",
    ["合同作废", "重新谈价"],
    "前提错误：第七十条规定地方政府应当履行政策承诺和合同，不得以行政区划调整、政府换届、机构或者职能调整以及相关"
    "人员更替等为由违约、毁约；确需因公共利益改变的，须依法定程序并予以补偿。",
    lang="zh", present=["政府换届"],
    related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
             E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "俺想在自家宅基地上盖个两层小厂房扩大生产，要上哪办手续？要不要办规划许可证？",
    ["宅基地", "规划许可证"],
    "农村宅基地建房和规划许可问题，文件不涉及（《优化营商环境条例》只泛泛提到投资审批与用地、规划协同）。",
    lang="zh", present=["用地、规划"])

unans("out_of_domain",
    "村办厂给工人交社保，缴费基数咋定？能不能都按最低档交？",
    ["社保", "缴费基数"],
    "社会保险缴费问题，文件不涉及（民营经济促进法只笼统要求遵守社会保障等方面的法律法规）。",
    lang="zh", present=["社会保障"])

unans("out_of_domain",
    "For the FY2025 audit, how should we compute expected credit loss provisions under IFRS 9 on receivables owed by "
    "local governments?",
    ["IFRS", "expected credit loss"],
    "Accounting standards question; none of the documents deals with loss provisioning.",
    lang="en", present=["arrears"])

unans("out_of_domain",
    "What sample size do the IIA standards recommend when testing travel-expense reimbursements in an internal audit?",
    ["IIA", "sample size", "reimbursement"],
    "Internal-audit methodology; not covered (the GZ report only names an Internal Audit and Supervision committee).",
    lang="en", present=["Internal Audit"])

unans("out_of_domain",
    "Some of our SOE engineers fly to Riyadh next month for a rail project. What visa type do they need and how long "
    "does processing take?",
    ["visa", "Riyadh"],
    "Travel/immigration question; the documents only mention overseas compliance in general terms.",
    lang="en", present=["Overseas Compliance", "涉外业务"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "俺记得2020年那版《保障中小企业款项支付条例》里，大企业给小企业付款期限写的是多少天？跟现在修订的比改了啥？",
    ["2020年版", "修订前"],
    "语料只有2025年修订后的条例（国务院令第802号）；2020年原条例（第728号）只在标题中提到，其条文不在语料中，无法比较。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "Compare the 2018 SASAC Guidelines for Compliance Management of Central SOEs with the 2022 Measures – what changed "
    "in the chief compliance officer role?",
    ["2018", "Guidelines for Compliance Management"],
    "Only the 2022 Measures (SASAC Order No. 42) are in the corpus; no 2018 text is, so no comparison is possible.",
    lang="en", present=["国务院国有资产监督管理委员会令第42号"])

unans("superseded",
    "听说《公职人员政务处分法》2025年大修了，修订后记大过的处分期改成多少个月了？",
    ["2025年修订", "修订后"],
    "语料只有2020年7月1日起施行的《公职人员政务处分法》，没有任何修订文本。",
    lang="zh", present=["记大过，十八个月"])

unans("superseded",
    "The NDRC reportedly replaced Development and Reform Finance [2023] No. 1103 with a 2025 notice. What new penalties "
    "does the 2025 notice add for local governments that default?",
    ["2025 notice", "replaced"],
    "The corpus holds only the 2023 notice (No. 1103); no later NDRC notice is in it.",
    lang="en", present=["No. 1103"])
