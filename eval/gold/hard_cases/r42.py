"""Hard-case gold items, forty-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: the general manager of a private logistics company owed money by a county government (Chinese,
angry, long stories with irrelevant detail), and a trainee lawyer at an international firm preparing a
client memo (English, precise, citing articles by number, sometimes wrongly).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我是县城一家民营物流公司的总经理，这事气得我好几晚睡不着。去年九月起我们给县应急管理局运救灾物资、给县教育局"
    "配送课本，二十多趟活全干完了，每一车都有他们签收的单子。到现在快五个月了一分钱没见着。去局里问，办事员就一句"
    "“财政紧，你们排队等着”，还说合同里又没写几天付款。我们合同确实没写具体付款天数。我就想问一句：法律上机关单位"
    "到底多少天之内必须给钱？",
    "《保障中小企业款项支付条例》第九条第一款：机关、事业单位从中小企业采购货物、工程、服务，应当自交付之日起30日内"
    "支付款项；合同另有约定的从其约定，但付款期限最长不得超过60日。合同没约定期限的，就是交付后30日内。",
    ["应当自货物、工程、服务交付之日起30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "For a client memo on Article 18 of the Regulations on Guaranteeing Payments to SMEs (2025 revision): by what "
    "date each year must government organs and public institutions disclose their overdue unpaid SME contracts for "
    "the previous year, what must they disclose and through what means? And what is the equivalent obligation for "
    "large enterprises?",
    "Article 18: organs and public institutions must, before 31 March each year, publish the number, amount and "
    "other information of contracts under which SME payments from the previous year are overdue and still unpaid, "
    "via websites, newspapers or other means convenient for the public. Large enterprises must include that "
    "information in their annual reports and publicise it through the National Enterprise Credit Information "
    "Publicity System.",
    ["于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息",
     "通过网站、报刊等便于公众知晓的方式公开", "纳入企业年度报告"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")],
    lang="en")

add("single",
    "上礼拜我们在工信部那个平台上投诉了县住建局拖欠我们的运费，一共六十多万。结果昨天晚上县里一个副局长直接打电话"
    "给我，话说得很难听：“你们还想不想在县里做生意了？明年的配送招标你们就别来了，看谁给你们派活。”我手底下的"
    "调度员第二天去局里对账，也被保安拦在门口。这算不算打击报复？条例里有没有管这种事的？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者"
    "投诉的中小企业及其工作人员进行恐吓、打击报复。（违反的，按第三十五条对负有责任的领导人员和直接责任人员依法给予"
    "处分或者处罚；构成犯罪的依法追究刑事责任。）",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("single",
    "Our client is a county government that was confirmed as dishonest under the NDRC's 2023 notice after it "
    "refused to honour an incentive agreement with a private investor. It has since paid in full. Under item "
    "III.(6), what has to happen before its dishonesty record is restored and the punishment measures end, and who "
    "coordinates the restoration?",
    "III.(6): credit leading departments at all levels coordinate and guide credit restoration for dishonest "
    "entities in their jurisdiction; once the identifying department confirms that the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the punishment "
    "measures terminated.",
    ["Once the identifying department confirms that the dishonest behavior has been corrected and performance completed",
     "coordinate and guide credit restoration work for dishonest entities"],
    [E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("single",
    "县交通运输局欠我们一百八十多万运输款，拖了大半年。银行说可以拿这笔应收账款做保理融资，但前提是交通局得盖章确认"
    "这笔债。我们把确权函递过去快两个月了，对方一会儿说局长出差，一会儿说“要研究研究”。按规定他们到底该在多长时间"
    "内给我们确认？",
    "《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业"
    "提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "气死我了！前年我们跟县政府签了个冷链物流园的招商协议，白纸黑字写着前三年仓储用地租金减半、园区进场道路由县里"
    "修。我们一口气投了两千多万，冷库都建起来了。结果去年县委书记、县长全换了，新县长开会一句“那是上届班子定的，"
    "不作数”，路修到一半停了，减租也没了。按民营经济促进法，新班子能这样不认账吗？发改委那个政务诚信的通知又是怎么"
    "看这种“换了人就不履约”的？",
    "不能。《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行依法作出的政策承诺和订立的合同，不得以"
    "行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；确因国家利益、社会公共利益需要改变"
    "的，应依法定权限和程序进行并对损失予以补偿。发改委通知第二部分第（2）项：因机构调整、人员变动等原因不履约的，"
    "一律视为违约失信（\"shall all be regarded as breach of contract and dishonesty\"）。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="zh")

add("multi",
    "Memo question on Articles 10 and 31 of the SME Payment Regulations. Our client, an SME freight forwarder, "
    "delivered under a contract with a municipal bureau that made payment conditional on acceptance within 15 days "
    "of delivery. The bureau has not carried out the acceptance for three months. From when does the payment "
    "period run, and what can the bureau face for the delay?",
    "Article 10(2): where an organ or public institution delays inspection or acceptance, the payment period runs "
    "from the expiry of the agreed inspection/acceptance period (here, 15 days after delivery). Article 31(2): "
    "delaying inspection or acceptance is a listed violation; the superior organ or competent department orders "
    "rectification, and if the bureau refuses, the responsible leaders and directly responsible personnel are "
    "sanctioned according to law.",
    ["付款期限自约定的检验或者验收期限届满之日起算", "（二）拖延检验、验收",
     "由其上级机关、主管部门责令改正"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第三十一条", "（二）拖延检验、验收；"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="en")

add("multi",
    "我按你们说的在平台上投诉了县城管局拖欠的清运费，省里也转给市里处理了。可处理部门给城管局发函要情况，人家理都"
    "不理，一个多月了连个回复都没有，我打电话过去，办公室的人还笑着说“让他们等着呗”。被投诉的单位就这么不配合，"
    "处理投诉的部门能把它怎么样？中小企业主管部门还有没有别的办法治它？",
    "《保障中小企业款项支付条例》第二十五条第三款：被投诉人应当配合处理投诉部门工作；未及时反馈或者未按规定反馈的，"
    "处理投诉部门应当向其发出督办书；收到督办书仍拒不配合的，可以约谈、通报被投诉人，并责令整改。第二十三条第二款："
    "县级以上人民政府负责中小企业促进工作综合管理的部门对拖欠单位可以进行函询约谈，情节严重的予以督办通报，必要时"
    "可以会同拖欠单位上级机关、行业主管部门、监管部门联合进行。",
    ["处理投诉部门应当向其发出督办书", "收到督办书仍拒不配合的，处理投诉部门可以约谈、通报被投诉人，并责令整改",
     "对情节严重的，予以督办通报"],
    [E(SME, "第二十五条", "被投诉人未及时反馈或者未按规定反馈的，处理投诉部门应当向其发出督办书"),
     E(SME, "第二十五条", "收到督办书仍拒不配合的，处理投诉部门可以约谈、通报被投诉人，并责令整改"),
     E(SME, "第二十三条", "可以进行函询约谈，对情节严重的，予以督办通报")],
    lang="zh")

add("multi",
    "Client memo, Articles 12 and 33 of the SME Payment Regulations. Our client is a large state-owned logistics "
    "group. It wants its standard subcontracts with small hauliers to say that the final settlement price will be "
    "whatever the National Audit Office's audit of the project finds. Is that permissible, and what is the exposure "
    "for the client's managers if it insists?",
    "Not as a compulsory term. Article 12: organs, public institutions and state-owned large enterprises may not "
    "compel the use of an audit institution's audit results as the basis for settlement, unless laws or "
    "administrative regulations provide otherwise. Article 33(2): a state-owned large enterprise that does so "
    "without a legal basis is ordered by its supervisory department to rectify; if it refuses, the responsible SOE "
    "managers are sanctioned according to law. (Art. 67 of the Private Economy Promotion Law is to the same effect.)",
    ["不得强制要求以审计机关的审计结果作为结算依据",
     "由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="en")

add("multi",
    "县粮食和物资储备中心（事业单位）跟我们签应急物资运输合同，非要我们交二十万现金做履约保证金，我们说开银行保函，"
    "他们说“保函不认，只收现金”。现在合同早履行完了，保证期也过了半年，钱还压在他们账上不退，会计说“领导还没批”。"
    "这些做法合规吗？他们就是不退，有没有人管？",
    "不合规。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融"
    "机构出具的保函等提供保证的，应当接受；应当在保证期限届满后及时核算并退还保证金。第三十一条第（五）项：违法收取"
    "保证金、拒绝接受保函或者不及时核算并退还的，由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和"
    "直接责任人员依法给予处分。",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受",
     "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还",
     "拒绝接受中小企业以金融机构出具的保函等提供保证"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还"),
     E(SME, "第三十一条", "拒绝接受中小企业以金融机构出具的保函等提供保证，或者不及时与中小企业对保证金进行核算并退还")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "上周二邻省一个县的警察开着两辆车跑到我们公司院子里，说我们一个货主报案，告我们“私吞货物”，当场把我们两台冷藏车"
    "拉走了，连司机都带去问了半天。其实就是那个货主压了我们三个月运费，双方对账对不上。外地的警察能这样大老远跑来"
    "插手这种生意上的扯皮吗？",
    "法律有明确限制。《民营经济促进法》第六十四条：规范异地执法行为，办理案件需要异地执法的，应当遵守法定权限、条件"
    "和程序；禁止为经济利益等目的滥用职权实施异地执法。第六十三条：办理案件应当严格区分经济纠纷与经济犯罪，禁止利用"
    "行政或者刑事手段违法干预经济纠纷。",
    ["禁止为经济利益等目的滥用职权实施异地执法", "禁止利用行政或者刑事手段违法干预经济纠纷"],
    [E(PE, "第六十四条", "禁止为经济利益等目的滥用职权实施异地执法"),
     E(PE, "第六十四条", "办理案件需要异地执法的，应当遵守法定权限、条件和程序"),
     E(PE, "第六十三条", "禁止利用行政或者刑事手段违法干预经济纠纷")],
    lang="zh")

add("paraphrase",
    "Quick one from a partner: if a city keeps stiffing private companies, can the national planning agency in "
    "Beijing take away its bragging rights – the shiny 'model city for trustworthiness' badges, prizes, pilot "
    "status – and dock its scores?",
    "Yes. Under item III.(4) of the NDRC notice, for prefecture-level and above cities with government dishonesty "
    "records, the NDRC will cancel their eligibility for awards and pilot demonstrations in the development and "
    "reform system, increase the weight of city credit monitoring deductions, and cancel the title or eligibility "
    "for demonstration zones of social credit system construction.",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("paraphrase",
    "县里今年搞了个“诚信运输企业星级评定”，通知下到每家车队，说全县跑运输的都得报名，每家交三千八的“评审费”，还得派"
    "两个人去参加三天的封闭学习。我们不想掺和，又怕不报名以后办事被卡。这种事我们能不去、不交钱吗？",
    "能。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加"
    "评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。第六十九条第（五）项"
    "还规定，政府和有关部门及其工作人员这样做的，依法依规追究责任。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(BE, "第六十九条", "没有法律、法规依据，强制或者变相强制市场主体参加评比、达标、表彰、培训")],
    lang="zh")

add("paraphrase",
    "Say a city-owned company's investment goes south because the rules changed or the market tanked, and the "
    "managers did try to cut their losses in time. Does that Guangzhou lecture write-up suggest they get a pass? "
    "And what kind of screw-ups would still get people punished?",
    "Per ¶30 (the audit head of Guangzhou Pharmaceutical Holdings): if losses are caused by inherent risks such as "
    "policy adjustments, market changes and technological exploration, and due measures were taken to stop "
    "losses, error tolerance is granted; if losses are expanded by lack of post-investment control, misappropriation "
    "of funds, or concealment of risks and delayed disposal, those derelict in their duties must be held "
    "accountable.",
    ["If losses are caused by inherent risks such as policy adjustments, market changes, and technological exploration",
     "error tolerance will be granted",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "inherent risks such as policy adjustments, market changes"),
     E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "misappropriation of funds, or concealment of risks and delayed disposal")],
    lang="en")

add("paraphrase",
    "有个同行眼红我们接了县里的单子，在短视频平台上连发好几条，说我们“老板卷钱跑路了”“车队下个月就关门”，全是瞎编的。"
    "这两个礼拜已经有三个老客户打电话来问，有一个直接把合同停了。法律上能不能先让他把视频撤了？客户跑了的损失能找他赔吗？",
    "可以。《民营经济促进法》第五十九条：任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济"
    "组织及其经营者的人格权益；受到恶意侵害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施；致使生产经营"
    "等活动遭受实际损失的，侵权人依法承担赔偿责任。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "致使民营经济组织生产经营、投资融资等活动遭受实际损失的，侵权人依法承担赔偿责任")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那个关于政务诚信履约的通知（发改财金〔2023〕1103号），我们跟县政府签的是政府采购的物流配送合同，"
    "不是招商引资协议。这种合同县里违约，也算通知里说的“违约失信”吗？通知里到底包括哪些领域的合同？",
    "算。通知第二部分第（1）项：违约失信的范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本"
    "合作、产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为（\"government procurement, bidding, "
    "investment promotion, government-social capital cooperation, industrial support, government investment, and "
    "other fields\"）。",
    ["breach and repudiation behaviors in various agreements and contracts signed by government departments with private enterprises",
     "government procurement, bidding, investment promotion, government-social capital cooperation, industrial support, government investment"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion, government-social capital")],
    lang="zh")

add("cross_lingual",
    "广州纪委那份政商交往指引，起草组的王玉群在讲堂上说，两批指引一共才33个场景，碰到没覆盖的情况怎么判断？他说判断的"
    "核心是什么、关键又是什么？",
    "据报道¶10，王玉群说判断各种情形的核心是区分“为公”还是“为私”（\"acting for the public good\" 与 \"acting for "
    "personal gain\"），关键在于行为能否“摆上桌面”（\"put on the table\"）；并要把握改革精神与严格标准、有效市场与"
    "有为政府、亲而有度与清而有为三组辩证关系。",
    ["the core of judging various possible situations is to distinguish between",
     "the key is whether the actions can be", "three sets of dialectical relationships"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "it is necessary to specifically grasp three sets of dialectical relationships")],
    lang="zh")

add("cross_lingual",
    "Client memo point: a deputy director of a county transport bureau our client dealt with is now under formal "
    "investigation by the supervisory commission. Under Article 52 of the Law on Administrative Discipline for "
    "Public Officials, may he resign or travel abroad while the investigation runs, and may his bureau promote or "
    "transfer him in the meantime?",
    "Article 52: an official placed on file for investigation who is unfit to continue may be suspended from duty by "
    "the appointing organ; during the investigation he may not leave the country or resign from public office "
    "without the supervisory organ's consent, and his organ/unit and superior units may not transfer, promote, "
    "reward or sanction him or process his retirement.",
    ["未经监察机关同意，不得出境、辞去公职", "不得对其交流、晋升、奖励、处分或者办理退休手续"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续")],
    lang="en")

add("cross_lingual",
    "Under Article 12 of SASAC's 2022 Compliance Management Measures for central SOEs, who is to serve as chief "
    "compliance officer, does the role add a new leadership post, and to whom is the CCO accountable?",
    "Article 12: central SOEs should set up a chief compliance officer in light of their circumstances, without "
    "adding new leadership positions or headcount; the role is held concurrently by the general counsel, who is "
    "accountable to the enterprise's principal person in charge and leads the compliance department.",
    ["不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="en")

add("cross_lingual",
    "We are advising a private logistics company bidding on a county PPP project for a freight hub. Does the "
    "Private Economy Promotion Law say anything about what the PPP arrangement itself has to spell out?",
    "Yes. Article 18(2): governments and their departments support private economic organizations in PPP projects; "
    "PPP projects should reasonably set the rights and obligations of both parties and specify how investment "
    "returns are obtained, the risk-sharing mechanism, the dispute-resolution method and similar matters.",
    ["政府和社会资本合作项目应当合理设置双方权利义务", "明确投资收益获得方式、风险分担机制、纠纷解决方式等事项"],
    [E(PE, "第十八条", "政府和社会资本合作项目应当合理设置双方权利义务"),
     E(PE, "第十八条", "明确投资收益获得方式、风险分担机制、纠纷解决方式等事项")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "被县里拖了快一年运费，公司现金流都快断了，实在熬不住了。想问两件事：在国家那个拖欠中小企业款项投诉平台上投诉，"
    "要不要交钱？要是请律师去法院告县里，律师费能不能让县里掏？",
    ["律师费", "投诉费", "免费"],
    "条例第二十四条只规定建立投诉平台和受理渠道，第三十条鼓励法律服务机构提供公益法律服务；投诉是否收费、律师费由谁"
    "承担，各文件都没有规定。",
    lang="zh", present=["投诉平台", "公益法律服务"])

unans("not_covered",
    "Article 73 of the Private Economy Promotion Law makes state organs that refuse or delay payment to private "
    "companies liable. What daily rate of late-payment interest does the Private Economy Promotion Law itself set "
    "for such arrears?",
    ["daily interest", "late-payment interest"],
    "The Private Economy Promotion Law (Arts. 67, 73) sets no interest rate at all; only the SME Payment Regulations "
    "(Art. 17) give a default of 0.05% per day, and that is a different instrument.",
    lang="en", present=["逾期利息", "万分之五"])

unans("not_covered",
    "县城管局欠我们2021年的垃圾清运和搬运费，拖到现在快四年了。这几年我们每年都去要，每次都有他们经办人签收的对账单。"
    "现在去起诉，会不会已经过了诉讼时效？",
    ["诉讼时效", "时效中断"],
    "文件都不涉及民事诉讼时效；民营经济促进法第六十三条的“追诉期限”是刑事追诉，与欠款诉讼无关。",
    lang="zh", present=["追诉期限"])

unans("not_covered",
    "Item II.(2) of the NDRC notice: within how many working days must the superior or competent department finish "
    "verifying a breach-of-contract complaint, and is there a deadline by which a government found in breach must "
    "complete rectification?",
    ["working days", "deadline"],
    "II.(2) only says complaints are transferred 'immediately' and the identifying department gives feedback "
    "'promptly' or 'immediately' promotes rectification; no period in days and no rectification deadline is set "
    "anywhere.",
    lang="en", present=["immediately", "promptly"])

unans("not_covered",
    "我已经把县政府告上法院了，要他们付欠的136万运费加利息。合同、签收单、对账单、催收的微信记录我们全都有。你帮我"
    "估一下，这官司我们能赢吗？胜算有几成？法院会不会偏向县政府？",
    ["胜诉", "胜算"],
    "预测诉讼结果，文件不能回答；民营经济促进法第六十八条只说人民法院对拖欠案件依法及时立案、审理、执行，可以调解。",
    lang="zh", present=["及时立案、审理、执行"])

unans("not_covered",
    "For the background section of a memo: how many government bodies nationwide have been confirmed as dishonest "
    "and publicised on Credit China under the NDRC notice since it was issued in August 2023?",
    ["nationwide", "statistics"],
    "The notice sets out the mechanism (complaints, identification, records, typical cases on Credit China) but "
    "contains no figures on how many entities have been confirmed; no document gives such a count.",
    lang="en", present=["Credit China", "typical cases"])

unans("not_covered",
    "我们公司86个员工，去年营收九千多万，跟县里签合同的时候他们说我们“不一定算中小企业”。按条例说的划分标准，物流"
    "运输企业营业收入多少以下、从业人员多少以下才算小型企业？",
    ["营业收入", "从业人员"],
    "条例第三条只说依据国务院批准的中小企业划分标准确定，第二十九条规定测试平台和争议认定部门，具体的营收、人数"
    "标准没有写进任何文件。",
    lang="zh", present=["中小企业划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "Article 11 of SASAC's Compliance Management Measures requires each central SOE to set up a compliance "
    "committee. How often must it meet – quarterly? – and who is supposed to chair it?",
    ["quarterly", "每季度", "chair", "主任"],
    "Article 11 says only that the committee may share offices with the rule-of-law leadership body, coordinates "
    "compliance work and holds meetings regularly; no frequency and no chair are specified.",
    lang="en", present=["合规委员会", "定期召开会议"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "条例为什么规定中小企业必须先给欠款单位发满两次书面催款函、再等满三个月，才能到平台上投诉？我们发了一次函就去"
    "投诉，县里的人就说我们“程序不对、投诉无效”，真是气人。",
    ["催款函", "满三个月"],
    "前提错误：条例第二十四、二十五条没有先催款、等待期之类的前置程序，对投诉人的要求只有与被投诉人存在合同关系、"
    "不得虚假恶意投诉。",
    lang="zh", present=["投诉", "合同关系"],
    related=[E(SME, "第二十五条", "投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉"),
             E(SME, "第二十四条", "受理对机关、事业单位和大型企业拖欠中小企业款项的投诉")])

unans("false_premise",
    "Article 20 of the SME Payment Regulations entitles an SME to suspend further deliveries once a government "
    "buyer is 30 days overdue. What notice must our client give the municipal bureau before it suspends its "
    "freight services under that article?",
    ["suspend", "suspension"],
    "False premise: Article 20 forbids organs, public institutions and large enterprises from intimidating or "
    "retaliating against SMEs that request payment or complain; it confers no right to suspend performance, and no "
    "document sets a 30-day suspension trigger.",
    lang="en", present=["打击报复"],
    related=[E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")])

unans("false_premise",
    "县交通局那个卡我们付款、吃拿卡要的科长，听说被给了个记过处分。政务处分法规定记过的处分期是六个月，那他半年以后"
    "是不是又能提拔了？我们以后还得跟他打交道，想心里有个数。",
    ["记过，六个月", "半年"],
    "前提错误：政务处分法第八条规定记过的处分期为十二个月（六个月是警告）；第十九条规定处分期内不得晋升职务等。",
    lang="zh", present=["处分期", "记过"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"),
             E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

unans("false_premise",
    "Since Article 24 of the SME Payment Regulations designates the State Administration for Market Regulation as "
    "the body that accepts complaints about arrears, should our client file with SAMR's provincial branch or with "
    "its county-level office?",
    ["State Administration for Market Regulation", "SAMR"],
    "False premise: Article 24 makes the departments in charge of SME promotion at provincial level and above the "
    "complaint-accepting departments, with a national platform run by the State Council's SME department; market "
    "regulation only appears in Article 34 (large enterprises' annual-report disclosures).",
    lang="en", present=["受理投诉部门", "市场监督管理部门"],
    related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
             E(SME, "第三十四条", "由市场监督管理部门依法处理")])

unans("false_premise",
    "《民营经济促进法》第七十条允许新一届县政府在换届后六个月内，对前任签的协议进行“重新审查”，审查不通过的可以"
    "不再履行。现在新班子说我们冷链物流园的协议没通过审查，我该向哪里申请复查？",
    ["重新审查", "六个月内"],
    "前提错误：第七十条恰恰规定不得以政府换届、相关人员更替等为由违约、毁约，只有因国家利益、社会公共利益需要才可"
    "依法定权限和程序改变并予补偿；没有“换届后重新审查”的规定。",
    lang="zh", present=["政府换届"],
    related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")])

unans("false_premise",
    "The Guangzhou lecture-hall report says the second batch of the Guidelines on its own contains 33 scenarios. "
    "Which of those 33 scenarios deal with logistics and freight companies?",
    ["logistics", "freight"],
    "False premise: ¶10 says the 33 scenarios are covered by the two batches together, not the second batch alone; "
    "and the report lists no scenario about logistics or freight.",
    lang="en", present=["33 scenarios", "second batch"],
    related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
    "《优化营商环境条例》第三十一条规定，地方政府违约的，要按合同金额的两倍赔偿企业。我们跟县政府的运输合同是八十"
    "万，县里单方面解约了，我们是不是可以直接主张一百六十万？",
    ["两倍", "双倍"],
    "前提错误：第三十一条只规定政府应当履约、不得以换届等为由违约毁约，因公共利益需要改变的依法对损失予以补偿；"
    "没有按合同金额倍数赔偿的规定。",
    lang="zh", present=["补偿"],
    related=[E(BE, "第三十一条", "并依法对市场主体因此受到的损失予以补偿"),
             E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "我们车队有十几台重型半挂，最近高速口治超查得特别严。货车超载百分之三十以内是怎么罚的？驾驶证扣几分？",
    ["超载", "扣分"],
    "道路交通治超处罚，文件不涉及。",
    lang="zh", present=["罚款"])

unans("out_of_domain",
    "Separate question for the same client: what is CIETAC's filing fee for a RMB 5 million freight-damage "
    "arbitration, and how long does an expedited procedure usually take?",
    ["CIETAC", "filing fee", "expedited"],
    "Arbitration-institution fees and timetables; none of the documents covers them (they only mention arbitration "
    "as one dispute-resolution channel).",
    lang="en", present=["仲裁"])

unans("out_of_domain",
    "我们公司开运输发票，交通运输服务的增值税税率现在是9%还是6%？仓储服务又是多少？",
    ["增值税", "税率"],
    "税率问题，文件不涉及（营商环境条例只提到减税降费、电子发票等）。",
    lang="zh", present=["电子发票", "减税降费"])

unans("out_of_domain",
    "Our client wants to register its logistics brand as an EU trade mark. What is the filing process at the EUIPO "
    "and how many classes does the basic application fee cover?",
    ["EUIPO", "trade mark"],
    "EU trade-mark registration; outside all the documents (they mention trademarks only as Chinese IP protection "
    "in general terms).",
    lang="en", present=["商标"])

unans("out_of_domain",
    "What's a fair spot rate right now for a 40-foot container from Shenzhen to Rotterdam?",
    ["Rotterdam", "container"],
    "Ocean-freight pricing; none of the documents deals with it.",
    lang="en", present=["物流"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "按2020年国务院令第728号公布时的原版《保障中小企业款项支付条例》，机关、事业单位的付款期限是怎么规定的？2025年"
    "修订以后改了哪些？我们的运输合同是2022年签的，该适用哪一版？",
    ["修订前", "原条例"],
    "语料只有2025年修订后的条例文本（第三十七条：自2025年6月1日起施行），没有2020年原版文本，也没有新旧对照或"
    "过渡适用的规定。",
    lang="zh", present=["国务院令第728号", "2025年6月1日"])

unans("superseded",
    "The Regulations on Optimizing the Business Environment were amended in 2024. How did the 2024 amendment change "
    "Article 31 on local governments honouring policy commitments and contracts?",
    ["2024 amendment", "amended"],
    "The corpus holds only the 2019 Regulations (State Council Decree No. 722, in force 1 January 2020); no "
    "amendment of them is in the corpus.",
    lang="en", present=["政策承诺", "国务院令第722号"])

unans("superseded",
    "Before the 2020 Law on Administrative Discipline for Public Officials, the 2007 Regulations on the Punishment of "
    "Civil Servants of Administrative Organs governed sanctions on officials. What sanction periods did the 2007 "
    "Regulations set for a demerit and a major demerit?",
    ["2007", "Civil Servants of Administrative Organs"],
    "The corpus contains only the 2020 law (whose Article 8 gives 12 and 18 months); the 2007 regulations are not in "
    "the corpus.",
    lang="en", present=["处分期", "记大过"])

unans("superseded",
    "How did SASAC's 2018 Guidelines on Compliance Management of Central SOEs (for trial implementation) deal with "
    "the chief compliance officer, compared with the 2022 Measures?",
    ["2018", "合规管理指引", "试行"],
    "The corpus holds only the 2022 Measures (SASAC Order No. 42); the 2018 guidelines are not in it, so no "
    "comparison can be made.",
    lang="en", present=["首席合规官"])
