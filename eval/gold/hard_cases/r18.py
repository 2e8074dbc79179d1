"""Hard-case gold items, eighteenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我是一家大型制造企业的法务。有家小供应商拿对我们的应收账款去银行做融资，来函要求我们确认这笔债权。按《保障中小企业"
    "款项支付条例》，我们最迟要在多长时间内确认？",
    "《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出"
    "确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "A colleague on our legal team says that under the NDRC's 2023 government-integrity notice, a government department "
    "can't escape a dishonesty finding by pointing to an institutional reshuffle or staff turnover as the reason it "
    "didn't perform. Is she right?",
    "Yes. Item II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall "
    "all be regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "讲课前核对一个知识点：一名公职人员已经退休了，之后才查出他在职时收过好处。按政务处分法，还能给他政务处分吗？如果按"
    "情节本该开除，又怎么处理？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其"
    "立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法取得的财物依照第二十五条处理。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("single",
    "市里要出一份涉及企业经营的规范性文件，法规科在讨论：按《优化营商环境条例》，向社会公开征求意见一般至少要留多长时间？",
    "《优化营商环境条例》第六十二条：除依法需要保密外，制定与市场主体生产经营活动密切相关的行政法规、规章、行政规范性"
    "文件，应当通过报纸、网络等向社会公开征求意见；向社会公开征求意见的期限一般不少于30日。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "For my training slides on the Guangzhou government-business Guidelines: how many scenarios do the two batches cover, "
    "and when a situation isn't among them, what test did the drafting committee member say to apply?",
    "¶10 (Wang Yuqun): the 33 scenarios covered in the two batches cannot encompass all situations; the core of judging "
    "is to distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key is whether "
    "the actions can be \"put on the table\".",
    ["33 scenarios", "acting for the public good", "put on the table"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines cannot"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "内审这边想确认央企重大决策的合规审查流程：按《中央企业合规管理办法》，重大决策的合规审查归哪个部门负责？审查意见"
    "最后要由谁签字？",
    "第十四条：合规管理部门牵头负责本企业合规管理工作，职责包括负责规章制度、经济合同、重大决策合规审查；第二十一条："
    "合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见。",
    ["负责规章制度、经济合同、重大决策合规审查", "重大决策事项的合规审查意见应当由首席合规官签字"],
    [E(SOE, "第十四条", "（二）负责规章制度、经济合同、重大决策合规审查。"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

add("multi",
    "我们是市属国企，一位部门经理因违规兼职被监委给了记大过。人力部门想知道：处分期多长？这段时间里他能不能升职、"
    "涨薪？期满之后是不是自动就没事了？",
    "第八条：记大过的处分期为十八个月，自政务处分决定生效之日起计算；第二十一条：国有企业管理人员在政务处分期内不得晋升"
    "职务、岗位等级和职称，被记大过的不得晋升薪酬待遇等级；第二十六条：处分期内有悔改表现、且没有再发生应当给予政务"
    "处分的违法行为的，处分期满后自动解除，晋升等不再受原政务处分影响。",
    ["记大过，十八个月", "不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级", "政务处分期满后自动解除"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级"),
     E(PS, "第二十六条", "并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")],
    lang="zh")

add("multi",
    "我们是一家民营大型建筑企业，法务在审分包合同模板，分包商大多是中小民营企业。业务部门想加一条“业主付款到位后再按"
    "比例支付分包款”；另外有些合同压根没写付款期限。这条能写吗？没写期限的话最晚多久要付？",
    "不能写。《保障中小企业款项支付条例》第九条：大型企业从中小企业采购货物、工程、服务，应当自交付之日起60日内支付款项；"
    "合同另有约定的应合理约定并及时支付，不得约定以收到第三方付款作为支付条件或者按照第三方付款进度比例支付。《民营经济"
    "促进法》第六十八条同样规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["应当自货物、工程、服务交付之日起60日内支付款项",
     "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项",
     "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "I'm preparing a session for district investment-promotion officials. According to the lecture-hall report, what "
    "leeway does the second batch of the Guangzhou Guidelines give an enterprise that misses its targets for objective "
    "reasons, or whose agreement can't be honoured after a policy change? And what did the Capitalogics speaker say the "
    "Guidelines offer new business formats like AI?",
    "¶18: if an enterprise fails to complete its targets due to objective reasons, it can negotiate adjustments and enjoy "
    "a grace period; if an agreement cannot be fulfilled due to policy changes, procedures can be rectified or a "
    "transition period can be set. ¶25 (Zhang Xin): the \"inclusive and prudent supervision\" and \"observation period\" "
    "system advocated by the Guidelines provide trial-and-error space and development patience for new business formats "
    "such as artificial intelligence.",
    ["negotiate adjustments and enjoy a grace period", "a transition period can be set", "observation period"],
    [E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(GZ, "¶18", "procedures can be rectified or a transition period can be set"),
     E(GZ, "¶25", "“inclusive and prudent supervision” and “observation period” system")],
    lang="en")

add("multi",
    "Once a provincial credit department has a confirmed case of a county government breaking its contract with a "
    "private firm, where does that information end up under the NDRC 2023 notice, and can the case be made public?",
    "III.(3): provincial credit leading departments share identified breach-of-contract and dishonesty information in "
    "real time to the national credit information sharing platform, and the NDRC includes it under the entities to form "
    "government credit records, which also feed into performance evaluation indicators and business environment "
    "evaluations. IV.(9): cases of serious dishonesty, repeated dishonesty or strong public complaints are selected, "
    "publicized on the \"Credit China\" website and exposed through news media.",
    ["share identified breach of contract and dishonesty information in real time to the national credit information "
     "sharing platform", "to form government credit records", "publicize them on the \"Credit China\" website"],
    [E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time"),
     E(NDRC, "III.(3)", "under the relevant entities to form government credit records"),
     E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "街道和一个协会隔三差五让我们公司派人去听课、参加什么“诚信示范店”打分，每回还要交几百块报名费，不去就暗示以后办事"
    "不方便。这种事我们能不能不理？",
    "可以拒绝。《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、"
    "达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("paraphrase",
    "朋友公司的老板涉案了，办案单位把公司账户、老板爱人名下的房子，连一个跟案子不沾边的合作方刚打过来的货款都一起冻住了。"
    "法律对这种“一锅端”有没有限制？",
    "有。《民营经济促进法》第六十二条：查封、扣押、冻结涉案财物应当遵守法定权限、条件和程序，严格区分违法所得、其他涉案"
    "财物与合法财产，民营经济组织财产与经营者个人财产，涉案人财产与案外人财产，不得超权限、超范围、超数额、超时限查封、"
    "扣押、冻结财物。",
    ["涉案人财产与案外人财产", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物"],
    [E(PE, "第六十二条", "严格区分违法所得、其他涉案财物与合法财产"),
     E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物")],
    lang="zh")

add("paraphrase",
    "Our town keeps flip-flopping on its rules, and the new county head simply shrugs off whatever his predecessor "
    "promised us. Is that sort of thing actually what the NDRC's 2023 notice is aimed at?",
    "Yes. Section I: efforts should focus on solving administrative dishonesty such as frequent policy changes, new "
    "officials ignoring previous commitments, damaging fair market transactions and harming enterprise interests.",
    ["frequent policy changes", "new officials ignoring previous commitments"],
    [E(NDRC, "I.", "focus on solving administrative dishonesty such as frequent policy changes"),
     E(NDRC, "I.", "new officials ignoring previous commitments")],
    lang="en")

add("paraphrase",
    "One business leader at the Guangzhou lecture hall said the Guidelines cure a familiar headache: officials who keep "
    "their hands spotless but won't lift a finger for companies, and firms that want to talk to officials but are scared "
    "of crossing a line. How was that put, and what did the speaker say the Guidelines sharpen to fix it?",
    "¶13 (Xiong Ying): the Guidelines solve the long-standing dilemma of \"wanting to connect but fearing overstepping "
    "the bounds, hoping for support but daring not to act\" — the problem of being \"clean but not proactive\" — in "
    "particular by refining the error-tolerant and liability exemption mechanism and encouraging cadres to provide "
    "proactive services.",
    ["clean but not proactive", "wanting to connect but fearing overstepping the bounds",
     "refining the error-tolerant and liability exemption mechanism"],
    [E(GZ, "¶13", "the problem of being “clean but not proactive”"),
     E(GZ, "¶13", "wanting to connect but fearing overstepping the bounds"),
     E(GZ, "¶13", "refining the error-tolerant and liability exemption mechanism")],
    lang="en")

add("paraphrase",
    "我们科有位同事被人匿名乱告了一通，纪委监委查了一圈啥问题也没有，可单位里已经风言风语传开了。监委查完会不会出面"
    "替他把话说清楚？",
    "会。《公职人员政务处分法》第五十三条：监察机关在调查中发现公职人员受到不实检举、控告或者诬告陷害，造成不良影响的，"
    "应当按照规定及时澄清事实，恢复名誉，消除不良影响。",
    ["应当按照规定及时澄清事实，恢复名誉，消除不良影响"],
    [E(PS, "第五十三条", "受到不实检举、控告或者诬告陷害，造成不良影响的"),
     E(PS, "第五十三条", "应当按照规定及时澄清事实，恢复名誉，消除不良影响")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "When we applied for a permit, the approving bureau told us to hire one particular consultancy for the technical "
    "report; later the bureau outsourced part of its own technical review and asked us to pay that consultant's fee. "
    "What do China's Regulations on Optimizing the Business Environment say about this?",
    "Art. 43: administrative organs may not designate, openly or in disguise, intermediary service agencies for market "
    "entities, nor (outside statutory approval intermediary services) force them to accept intermediary services; where "
    "an organ needs to entrust technical services during approval, it must select the agency competitively and bear the "
    "fee itself, not pass it on to the market entity.",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构", "自行承担服务费用，不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第四十三条", "应当通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担")],
    lang="en")

add("cross_lingual",
    "Police from another province turned up at our client's plant over what is really an unpaid-invoice dispute with a "
    "company in their city. What does China's Private Economy Promotion Law say about enforcement carried out outside "
    "an agency's home region, and about using such means in commercial disputes?",
    "Art. 64: where a case requires cross-region enforcement, statutory authority, conditions and procedures must be "
    "observed, and abusing power to carry out cross-region enforcement for economic gain or similar purposes is "
    "prohibited. Art. 63: using administrative or criminal means to interfere unlawfully in economic disputes is "
    "prohibited.",
    ["办理案件需要异地执法的，应当遵守法定权限、条件和程序", "禁止为经济利益等目的滥用职权实施异地执法",
     "禁止利用行政或者刑事手段违法干预经济纠纷"],
    [E(PE, "第六十四条", "办理案件需要异地执法的，应当遵守法定权限、条件和程序"),
     E(PE, "第六十四条", "禁止为经济利益等目的滥用职权实施异地执法"),
     E(PE, "第六十三条", "禁止利用行政或者刑事手段违法干预经济纠纷")],
    lang="en")

add("cross_lingual",
    "Preparing a lecture for trainees: which key areas do the SASAC compliance measures for central SOEs single out for "
    "specific compliance rules or special guidelines, and what extra is required for overseas business?",
    "Art. 18: central SOEs must formulate specific compliance rules or special guidelines for key areas such as "
    "anti-monopoly, anti-commercial bribery, ecology and environmental protection, work safety, labour and employment, "
    "tax administration and data protection, and for higher-risk business; for important areas of foreign-related "
    "business they must make special compliance rules based on the laws of the host country (region).",
    ["反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护",
     "根据所在国家（地区）法律法规等，结合实际制定专项合规管理制度"],
    [E(SOE, "第十八条", "针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "中央企业应当针对涉外业务重要领域，根据所在国家（地区）法律法规等")],
    lang="en")

add("cross_lingual",
    "发改委2023年关于政府诚信履约的那份通知里，国家发改委打算用什么方式检查各地的落实情况？检查结果通报给谁？",
    "通知第四部分第（7）项：国家发展改革委对违约失信投诉的处理和认定效率、信用信息归集质量、失信惩戒措施落实等重点任务，"
    "通过抽查、第三方调查、交叉检查等方式开展评估，定期通报省级信用牵头部门，并抄送省级人民政府。",
    ["spot checks, third-party investigations, cross-checks",
     "regularly notifying provincial credit leading departments",
     "copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")],
    lang="zh")

add("cross_lingual",
    "我在区里分管营商环境，想了解一下主办这期讲堂的广州大湾区企业廉洁合规管理协会：它是哪一年成立的？由哪几家单位共同"
    "推动成立？",
    "据报道第32段：协会成立于2021年（时间线：2021年4月16日），是由市纪委监委、市国资委和市工商联共同推动成立的非营利"
    "社会组织。",
    ["was established in 2021",
     "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision",
     "the Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection"),
     E(GZ, "¶32", "the Municipal State-owned Assets Supervision and Administration Commission")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "条例说国家建了统一的拖欠中小企业款项投诉平台。我们要在上面投诉，需要上传哪些材料——合同、对账单都要吗？有没有规定的"
    "投诉登记表格式？",
    ["对账单", "投诉登记表", "网址"],
    "SME条例第二十四条只规定由国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台，第二十五条"
    "只规定转交和处理时限及投诉人须与被投诉人存在合同关系，没有列出需提交的材料或表格格式；其他文件亦无。",
    lang="zh", present=["投诉平台", "投诉材料"])

unans("not_covered",
    "Under Article 52 of the Public Official Sanctions Law, the appointing unit can suspend an official under "
    "investigation from his duties. What's the maximum length of such a suspension, and does he keep full pay meanwhile?",
    ["maximum duration", "停职期限", "停发工资", "full pay"],
    "PS Art. 52 only says the appointing organ or unit may decide to suspend an official under investigation who is "
    "unfit to keep performing duties (暂停其履行职务); it sets no maximum duration and says nothing about pay during "
    "the suspension. No other document does either.",
    lang="en", present=["暂停其履行职务"])

unans("not_covered",
    "审计发现我们集团专职合规人员偏少。《中央企业合规管理办法》对专职合规管理人员有没有硬性配比——比如按员工人数的千分之"
    "几配备？业务部门的合规管理员有没有最低人数？",
    ["千分之", "配备比例", "人数"],
    "央企合规办法第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员；第十三条要求在业务及职能部门"
    "设置合规管理员、由业务骨干担任。均未规定任何比例或人数下限。",
    lang="zh", present=["专职合规管理人员", "合规管理员"])

unans("not_covered",
    "Under the NDRC integrity notice, within how many working days must a provincial credit department pass a complaint "
    "clue to the competent department, and how long does that department then have to finish its verification?",
    ["working days", "verification period"],
    "NDRC II.(2) only says clues are to be 'immediately' transferred and that feedback is given 'promptly' if a complaint "
    "proves untrue; no number of days is set for transfer or verification. (The 10个工作日 in SME regulation Art. 25 "
    "belongs to the separate SME-arrears complaint procedure.)",
    lang="en", present=["immediately transfer", "promptly provide feedback", "受理投诉部门"])

unans("not_covered",
    "我们在准备营商环境专题培训。《优化营商环境条例》有没有规定新办企业从申请到拿到执照最多几个工作日？比如全国统一压缩到"
    "3个工作日以内？",
    ["3个工作日", "5个工作日", "开办时限为"],
    "优化营商环境条例第十九条只说在国家规定的企业开办时限内，各地区应当确定并公开具体办理时间，条例本身没有给出天数；"
    "其他文件也没有企业开办的天数。",
    lang="zh", present=["企业开办时限", "确定并公开具体办理时间"])

unans("not_covered",
    "For a compliance workshop I'm building a table of the Guangzhou government-business Guidelines: how many of the 33 "
    "scenarios are in the first batch and how many in the second?",
    ["15 scenarios", "16 scenarios", "17 scenarios", "18 scenarios"],
    "The GZ report gives only the total (¶10: the 33 scenarios covered in the two batches); ¶9 and ¶17 describe each "
    "batch's focus but never split the count between them.",
    lang="en", present=["33 scenarios", "first batch", "second batch"])

unans("not_covered",
    "民营经济促进法第四十五条说，出台与企业经营密切相关的规定，实施前要留出“必要的适应调整期”。这个调整期法律有没有规定"
    "最短多少天？比如至少30天？",
    ["适应调整期一般", "适应调整期不少于", "调整期不得少于"],
    "民营经济促进法第四十五条只要求根据实际情况留出必要的适应调整期，未规定天数；优化营商环境条例第六十五条也只说结合实际"
    "确定是否留出必要的适应调整期。“不少于30日”是条例第六十二条公开征求意见的期限，不是适应调整期。",
    lang="zh", present=["适应调整期", "不少于30日"])

unans("not_covered",
    "Is there a time limit under the SME payment regulation for filing an arrears complaint? Does a small supplier lose "
    "the right to complain if it waits, say, two or three years after the payment fell due?",
    ["limitation period", "诉讼时效", "投诉时效"],
    "SME regulation Arts. 24-25 set up complaint channels and the authorities' own deadlines (10 working days to "
    "transfer, 30 days, at most 90, to handle), but no deadline for an SME to file; no document states a limitation "
    "period.",
    lang="en", present=["受理投诉部门", "90日"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "同事说，按《保障中小企业款项支付条例》，供应商得先到工信部门登记备案为“中小企业”，没备案的，大企业就可以不按60天付款。"
    "我们有家供应商从没备过案，是不是可以按我们自己的账期走？",
    ["备案为中小企业", "中小企业备案"],
    "前提错误：条例没有中小企业登记备案的要求。第三条规定企业规模按国务院批准的中小企业划分标准、依合同订立时的规模类型"
    "确定，中小企业订立合同时应当主动告知；第二十九条规定提供规模类型自测服务，有争议的可以申请认定。大型企业付款期限"
    "依第九条，与是否备案无关。",
    lang="zh", present=["企业规模类型", "主动告知"],
    related=[E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定"),
             E(SME, "第二十九条", "建立企业规模类型测试平台，提供中小企业规模类型自测服务")])

unans("false_premise",
    "A colleague told our trainees that a warning under the Public Official Sanctions Law blocks a civil servant's "
    "promotion for 12 months. So someone warned last March can't be promoted until next March, right?",
    ["12 months", "twelve months", "警告，十二个月"],
    "False premise: Art. 8 sets the sanction period for a warning at six months (twelve months is the period for 记过); "
    "during the period a civil servant may not be promoted (Art. 19), so the bar lasts six months from the decision "
    "taking effect.",
    lang="en", present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

unans("false_premise",
    "Since the SASAC compliance measures create a new vice-president-level chief compliance officer post in every "
    "central SOE, how do we get the extra leadership headcount approved by SASAC?",
    ["vice-president", "headcount"],
    "False premise: Art. 12 says the chief compliance officer is set up without adding leadership posts or numbers "
    "(不新增领导岗位和职数) and is held concurrently by the general counsel, answering to the principal person in charge; "
    "there is no extra headcount to approve.",
    lang="en", present=["首席合规官", "总法律顾问兼任"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "给局领导准备材料：按发改委2023年1103号通知，企业投诉地方政府违约，是由国家发改委直接调查、直接认定失信然后公示的吧？"
    "认定之前地方还有没有申辩的机会？",
    ["直接认定"],
    "前提错误：通知II.(2)规定省级信用牵头部门把投诉线索立即转交被投诉主体的上级或主管部门核实认定，由认定部门推动整改，"
    "拒不整改的由认定部门认定为违约失信；国家发改委只是公示各地投诉专栏、协调处理（II.(1)），并不直接认定。通知也没有"
    "规定被投诉方的申辩程序。",
    lang="zh", present=["superior or competent departments", "identifying department"],
    related=[E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
             E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])

unans("false_premise",
    "A colleague in our compliance team says that since the Private Economy Promotion Law took effect, market regulators "
    "may inspect private companies only through 'double random' spot checks, so an inspection aimed at us because a "
    "competitor complained is unlawful. Can we turn the inspectors away on that basis?",
    ["only through random", "拒绝检查"],
    "False premise: PE Art. 52 makes random selection the rule for market-regulation inspections but excepts special "
    "industries and key areas under full-coverage key supervision, and BE Art. 54 expressly requires targeted "
    "inspection of problems found through complaints and reports. Nothing makes complaint-triggered inspections "
    "unlawful or lets a firm refuse them.",
    lang="en", present=["随机抽取检查对象", "投诉举报"],
    related=[E(PE, "第五十二条", "市场监管领域相关部门的行政检查应当通过随机抽取检查对象"),
             E(BE, "第五十四条", "对通过投诉举报、转办交办、数据监测等发现的问题，应当有针对性地进行检查")])

unans("false_premise",
    "听说《优化营商环境条例》给新业态定了一年的“观察期”，观察期里监管部门一律不处罚。我们做无人机配送的，现在还算不算在"
    "观察期内？",
    ["观察期"],
    "前提错误：条例第五十五条只要求对新技术、新产业、新业态、新模式实行包容审慎监管，分类制定监管规则和标准，同时确保质量"
    "和安全，不得简单化予以禁止或者不予监管；没有“观察期”，更没有一年内一律不罚。GZ报道¶25提到广州指引倡导的"
    "“observation period”，与该条例无关，也没有期限。",
    lang="zh", present=["包容审慎监管", "observation period"],
    related=[E(BE, "第五十五条", "对新技术、新产业、新业态、新模式等实行包容审慎监管"),
             E(BE, "第五十五条", "同时确保质量和安全，不得简单化予以禁止或者不予监管")])

unans("false_premise",
    "At the December lecture hall Guangzhou released a third batch of its government-business interaction Guidelines. "
    "What new scenarios does the third batch add for AI companies?",
    ["third batch"],
    "False premise: per the GZ report (¶7, ¶10) the Municipal Commission for Discipline Inspection and Supervision has "
    "issued two batches, one a year for two consecutive years; the December session interpreted those two batches. No "
    "third batch is mentioned.",
    lang="en", present=["two batches", "second batch"],
    related=[E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A"),
             E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "I missed two credit card payments last year. How long will that stay on my personal credit report, and what's the "
    "fastest way to raise my credit score?",
    ["credit card", "credit report", "credit score"],
    "Personal consumer credit; the documents' credit provisions concern government and enterprise credit records, not "
    "individuals' credit cards.",
    lang="en")

unans("out_of_domain",
    "我们公司去年的年报审计，会计师事务所出了保留意见。这会不会影响我们明年申报IPO？监管一般怎么看？",
    ["保留意见", "会计师事务所", "IPO"],
    "财务报表审计意见与上市审核，与七份文件的主题无关（文件中的审计指审计机关对付款情况的审计监督和企业内部审计）。",
    lang="zh")

unans("out_of_domain",
    "Our EU subsidiary just had a personal data breach. For GDPR compliance, how many hours do we have to notify the "
    "supervisory authority, and must we tell every affected customer?",
    ["GDPR", "data breach"],
    "EU data-protection law; none of the documents deals with it (SOE Art. 18 only lists 数据保护 as a key compliance area).",
    lang="en")

unans("out_of_domain",
    "我的劳动合同下个月到期，公司说不续签了。我在公司干了五年，能拿多少经济补偿？",
    ["经济补偿", "劳动合同", "续签"],
    "个人劳动合同终止的经济补偿，不属于文件主题。",
    lang="zh")

unans("out_of_domain",
    "How many days of paid annual leave is a Chinese civil servant with 12 years of service entitled to, and can unused "
    "days be carried over to next year?",
    ["annual leave", "年休假", "carried over"],
    "Civil servants' leave entitlements; the Public Official Sanctions Law covers sanctions only, and no document deals "
    "with leave.",
    lang="en")

# =========================================================================== unanswerable: superseded

unans("superseded",
    "讲课要做新旧条文对比：2020年国务院令第728号公布的那版原条例里，逾期利息是第几条？当时对大型企业有没有“60日内付款”"
    "的规定？",
    ["修订前", "原条例", "原第"],
    "语料只有2025年国务院令第802号修订后的条例文本，标题虽注明2020年第728号公布，但不含2020年原文，也没有条文序号对照，"
    "无法说明原版的条号和原规定。",
    lang="zh", present=["第728号", "第802号修订", "60日内支付款项"])

unans("superseded",
    "Before the Public Official Sanctions Law, staff of public hospitals and schools were disciplined under the 2012 "
    "Interim Provisions on Sanctions for Staff of Public Institutions. Under those Interim Provisions, how long did a "
    "demotion sanction last, and were they later replaced?",
    ["Interim Provisions", "事业单位工作人员处分暂行规定", "2012"],
    "The corpus has only the 2020 Public Official Sanctions Law (Art. 8: demotion 24 months; Art. 20 covers managers in "
    "public education, research, health and similar units); the 2012 interim provisions and whatever replaced them are "
    "not in it.",
    lang="en", present=["降级、撤职，二十四个月", "公办的教育、科研、文化、医疗卫生"])

unans("superseded",
    "The GBA association published its Guangzhou Enterprise Integrity and Compliance Governance Index Survey Report for "
    "2022 and again for 2023. What overall index score did the 2022 edition give, and how much did the 2023 edition "
    "improve on it?",
    ["index score", "overall score"],
    "The GZ report only lists the releases in its timeline (¶46: March 2023, the 2022 report; ¶50: March 2024, the 2023 "
    "report); neither edition's content is in the corpus.",
    lang="en", present=["Governance Index Survey Report"])

unans("superseded",
    "《优化营商环境条例》正式公布前，2019年曾公开过征求意见稿。征求意见稿里关于政务服务“好差评”的条款，正式版里是删掉了"
    "还是改写了？",
    ["征求意见稿", "好差评"],
    "语料只有2019年10月国务院令第722号公布的正式文本，没有征求意见稿，无法比对草案与正式版的差异。",
    lang="zh", present=["第722号"])
