"""Hard-case gold items, forty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a retired civil servant now advising companies (Chinese; talks about "the old days", earlier rules
and former colleagues), and a foreign chamber-of-commerce policy officer summarising the rules for member
companies and their Chinese partners (English).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "政务处分法：记大过的处分期多长？从哪天起算？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分"
    "决定生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "For our members' briefing: suppose a municipal government was recorded as dishonest under the NDRC's 2023 "
    "government-integrity notice for failing to honour a contract with a private supplier, and it later pays up and "
    "performs. Does the notice say what happens to the dishonesty record and the punishments then?",
    "Yes. Item III.(6): credit leading departments at all levels coordinate and guide credit restoration; once the "
    "identifying department confirms that the dishonest behaviour has been corrected and performance completed, the "
    "dishonesty records should be promptly restored and the dishonesty punishment measures terminated.",
    ["Once the identifying department confirms that the dishonest behavior has been corrected and performance "
     "completed", "relevant dishonesty records should be promptly restored, and dishonesty punishment measures "
     "terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "我退休前在机关管过人事，现在给一家中央企业下属公司做顾问。他们集团要设首席合规官，有人说得新增一个班子成员"
    "职数、专门招一个人。按《中央企业合规管理办法》，首席合规官是怎么设的？对谁负责？",
    "《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门组织开展相关工作，指导所属单位加强合规管理。",
    ["不新增领导岗位和职数，由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第十二条", "对企业主要负责人负责，领导合规管理部门组织开展相关工作")],
    lang="zh")

add("single",
    "The Guangzhou lecture-hall report says the two batches of the government-business Guidelines do not cover every "
    "situation. When a member company meets a situation none of the scenarios addresses, what basic test did the "
    "drafting committee member give for judging it?",
    "¶10: the 33 scenarios in the two batches cannot encompass all situations; Wang Yuqun said the core of judging is "
    "to distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key is whether "
    "the actions can be \"put on the table\" (he added three sets of dialectical relationships to grasp).",
    ["33 scenarios covered in the two batches of the Guidelines cannot encompass all situations",
     "the key is whether the actions can be"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "我们拿对一家国有大企业的应收账款去银行做保理，银行要求对方先确权，对方财务一拖再拖就是不盖章。条例对这个"
    "有没有时间要求？",
    "有。《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小"
    "企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "说句实在话，我们那个年代，人一退休基本就算“安全着陆”了。现在我一个退休好几年的老同事，被人举报说在任时"
    "收过企业老板的钱。按现在的政务处分法，还能给他处分吗？他收的那些钱又怎么处理？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但可以"
    "立案调查；依法应当予以降级、撤职、开除的，按规定相应调整其享受的待遇，违法所得财物依照第二十五条处理。第二十"
    "五条：违法取得的财物由监察机关没收、追缴或者责令退赔（应退还原所有人的退还，属于国家财产等的上缴国库）。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇",
     "由监察机关没收、追缴或者责令退赔"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇"),
     E(PS, "第二十五条", "由监察机关没收、追缴或者责令退赔")],
    lang="zh")

add("multi",
    "Briefing note for members. After a leadership reshuffle in March, the new district party secretary told one of "
    "our members' local suppliers - a privately owned Chinese company - that the investment agreement his "
    "predecessor signed \"no longer reflects district priorities\" and will not be honoured. Under the NDRC's 2023 "
    "notice and the Private Economy Promotion Law, is a change of officials an acceptable reason not to perform? "
    "And if the government genuinely has to change the deal for public-interest reasons, what is the company owed?",
    "No. NDRC notice II.(2): failure to perform due to institutional adjustments, personnel changes and other "
    "reasons is regarded as breach of contract and dishonesty. PE Article 70: local governments must honour their "
    "lawful policy commitments and contracts and may not breach them on grounds of administrative-division changes, "
    "a change of government, institutional or functional adjustments or replacement of personnel; if a change is "
    "needed for national or public interests, it must follow statutory authority and procedure and the private "
    "company must be compensated for its resulting losses.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty",
     "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "并对民营经济组织因此受到的损失予以补偿"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")],
    lang="en")

add("multi",
    "我们给县卫健委（机关）供了一批医疗设备，合同写的是到货后15日内验收、验收合格后30日内付款。现在货到了快两个"
    "月，他们一直说忙、不来验收，钱也就一直不付。那付款期限到底从哪天算？卫健委这么拖着，会有什么后果？",
    "《保障中小企业款项支付条例》第十条：约定以验收合格作为付款条件的，付款期限自验收合格之日起算；机关、事业单位"
    "和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算（即到货后第15日届满起算30日）。"
    "第三十一条第（二）项：机关、事业单位拖延检验、验收的，由其上级机关、主管部门责令改正；拒不改正的，对负有责任"
    "的领导人员和直接责任人员依法给予处分。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "拖延检验、验收", "由其上级机关、主管部门责令改正"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第三十一条", "（二）拖延检验、验收；"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正")],
    lang="zh")

add("multi",
    "What is actually at stake for a prefecture-level city that gets a government dishonesty record under the NDRC "
    "notice - what does the NDRC itself take away from such cities? And will the worst cases be made public?",
    "III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC cancels their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increases the weight of "
    "city credit monitoring deductions, and cancels their title or eligibility as social-credit demonstration zones "
    "(entities with records also face restrictions on central budget funds, special bond applications and financing "
    "recommendations). IV.(9): a batch of cases with serious or repeated dishonesty and strong public complaints is "
    "selected, publicised on the Credit China website and exposed through news media.",
    ["cancel their eligibility for awards and pilot demonstrations in the development and reform system",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones of social credit system construction",
     "expose them to society through news media"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("multi",
    "我们那个年代，行业协会多半挂靠在局里，一个文件下去让企业入会、交会费、参加评比，谁敢不去？现在我顾问的一家"
    "民营建材企业又碰上了：市里某行业协会说，不入会就不能参加今年的“诚信企业”评比，参加评比还得交三千块“培训费”。"
    "按《优化营商环境条例》，现在还能这么搞吗？协会这么干有什么后果？",
    "不能。《优化营商环境条例》第十七条：除法律、法规另有规定外，市场主体有权自主决定加入或者退出行业协会商会等"
    "社会组织，任何单位和个人不得干预；不得强制或者变相强制市场主体参加评比、达标、表彰、培训等活动，不得借此收费"
    "或者变相收费。第七十一条：行业协会商会有违法干预入会退会、强制参加评比培训或借此收费等情形的，由有关部门责令"
    "改正，依法追究法律责任。",
    ["市场主体有权自主决定加入或者退出行业协会商会等社会组织",
     "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "由有关部门责令改正，依法追究法律责任"],
    [E(BE, "第十七条", "市场主体有权自主决定加入或者退出行业协会商会等社会组织，任何单位和个人不得干预"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(BE, "第七十一条", "行业协会商会、中介服务机构有下列情形之一的，由有关部门责令改正，依法追究法律责任")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我带过的一个小年轻，在街道办干，犯了点小错，也不算啥大事，事后他自己跑去跟领导全交代了。这种情况能不能就"
    "找他聊聊、批评几句、让他写个检讨，别给他正式的处份？",
    "可以。《公职人员政务处分法》第十二条：公职人员违法行为情节轻微，且具有第十一条规定情形之一（如主动交代本人"
    "违法行为）的，可以对其进行谈话提醒、批评教育、责令检查或者予以诫勉，免予或者不予政务处分。",
    ["谈话提醒、批评教育、责令检查或者予以诫勉", "免予或者不予政务处分"],
    [E(PS, "第十二条", "公职人员违法行为情节轻微，且具有本法第十一条规定的情形之一的"),
     E(PS, "第十二条", "可以对其进行谈话提醒、批评教育、责令检查或者予以诫勉，免予或者不予政务处分")],
    lang="zh")

add("paraphrase",
    "Quick one for a member FAQ: a general manager wants to know whether he can take the district official who "
    "helped with his permit out to lunch, or give her a lift back to the office. Which of the two Guangzhou "
    "guideline batches deals with that sort of everyday stuff, and what does the other batch concentrate on?",
    "Per ¶9 of the lecture-hall report, the first batch systematically answers regular government-business "
    "interaction issues such as \"what meals can be eaten and what vehicles can be taken\"; the second batch "
    "focuses on full-cycle services for enterprise development, from investment promotion to project landing "
    "(new productive forces, current enterprise-related services).",
    ["what meals can be eaten and what vehicles can be taken",
     "It centered on the full-cycle services for enterprise development from investment promotion to project "
     "landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="en")

add("paraphrase",
    "最近有个自媒体号天天发视频，说我们老板欠了一屁股债要跑路，还说我们的产品有毒，全是瞎编的。客户天天打电话来"
    "问，好几个订单都黄了。我们能不能让他赶紧闭嘴？损失能找他赔吗？",
    "能。《民营经济促进法》第五十九条：任何单位和个人不得利用互联网等传播渠道以侮辱、诽谤等方式恶意侵害民营经济"
    "组织及其经营者的人格权益；受到恶意侵害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施；致使生产"
    "经营等遭受实际损失的，侵权人依法承担赔偿责任。网络服务提供者也应及时处置此类违法信息。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "侵权人依法承担赔偿责任")],
    lang="zh")

add("paraphrase",
    "Cynical question from a member: what stops the provincial credit offices from just sitting on complaints "
    "about local governments? Does anyone in Beijing actually check how fast they deal with them?",
    "Yes. Under IV.(7) of the NDRC notice, the NDRC evaluates key tasks such as the handling and identification "
    "efficiency of breach-of-contract and dishonesty complaints, the quality of credit information collection and "
    "the implementation of punishment measures, through spot checks, third-party investigations, cross-checks and "
    "other methods, and regularly notifies the provincial credit leading departments, copying the provincial "
    "people's governments.",
    ["the handling and identification efficiency of breach of contract and dishonesty complaints",
     "spot checks, third-party investigations, cross-checks"],
    [E(NDRC, "IV.(7)", "the handling and identification efficiency of breach of contract"),
     E(NDRC, "IV.(7)", "spot checks, third-party investigations, cross-checks"),
     E(NDRC, "IV.(7)", "copying the provincial people's governments")],
    lang="en")

add("paraphrase",
    "我外甥在一家央企的二级公司上班，发现部门领导跟供应商勾勾搭搭的。他想反映，又怕被穿小鞋、以后在单位混不下去。"
    "公司里有没有地方可以反映？会不会把他名字漏出去？",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；应当对举报人"
    "的身份和举报事项严格保密，举报属实的可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["中央企业应当设立违规举报平台", "对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "我早年在县里招商办干过，那时候政府答应了的事，换了领导不认账是常有的。发改委2023年那个完善政务诚信履约机制、"
    "优化民营经济发展环境的通知里，“违约失信”到底管哪些领域签的协议和合同？",
    "通知第二部分第（1）项：违约失信的范围包括政府部门在政府采购、招标投标、招商引资、政府和社会资本合作、产业"
    "扶持、政府投资等领域与民营企业签订的各类协议、合同中的违约毁约行为（\"breach and repudiation behaviors in "
    "various agreements and contracts signed by government departments with private enterprises\"）。",
    ["breach and repudiation behaviors in various agreements and contracts signed by government departments with "
     "private enterprises",
     "government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
     "support, government investment"],
    [E(NDRC, "II.(1)", "breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "industrial support, government investment, and other fields")],
    lang="zh")

add("cross_lingual",
    "广州那场廉洁合规大讲堂的报道里，讲审计风控“三个区分”的那位，具体说了国企投资亏了，哪些情况可以容错，哪些情况"
    "必须追责？",
    "据报道¶30（广药集团审计部负责人）：因政策调整、市场变化、技术探索等固有风险造成损失，且已采取应有止损措施的，"
    "予以容错；因投后管控缺失、资金挪用、隐瞒风险、延迟处置导致损失扩大的，失职失责者必须追责（\"error tolerance "
    "will be granted\" / \"must be held accountable\"）。",
    ["such as policy adjustments, market changes, and technological exploration",
     "due measures have been taken to stop losses, error tolerance will be granted",
     "lack of post-investment control, misappropriation of funds",
     "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶30", "such as policy adjustments, market changes, and technological exploration"),
     E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="zh")

add("cross_lingual",
    "One of our members is a mid-sized European-invested subcontractor (an SME by Chinese thresholds) working for "
    "a state-owned developer. The developer wants the performance deposit paid in cash and refuses a bank "
    "guarantee. Under China's SME payment Regulations, can it insist on cash? And when does the deposit have to "
    "come back?",
    "No. Article 13: government organs, public institutions and large enterprises may not restrict deposits to "
    "cash; where the SME provides security through a guarantee issued by a financial institution, they must accept "
    "it. They must settle and refund the deposit promptly after the guarantee period expires, by law or as agreed "
    "in the contract.",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受",
     "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"),
     E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还")],
    lang="en")

add("cross_lingual",
    "A privately owned Chinese distributor that works with several of our members tells us its bank suddenly "
    "recalled a working-capital loan early and froze the undrawn tranche, although the company had breached "
    "nothing in the loan agreement. Does the Private Economy Promotion Law say anything about banks doing that?",
    "Yes. Article 24: financial institutions shall treat private economic organizations equally in credit "
    "granting, credit management, risk control and service fees; a financial institution that breaches its "
    "agreement with a private borrower by unilaterally adding lending conditions, suspending lending or recalling "
    "the loan early bears liability for breach of contract according to law.",
    ["单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任",
     "金融机构在授信、信贷管理、风控管理、服务收费等方面应当平等对待民营经济组织"],
    [E(PE, "第二十四条", "金融机构违反与民营经济组织借款人的约定，单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任"),
     E(PE, "第二十四条", "金融机构在授信、信贷管理、风控管理、服务收费等方面应当平等对待民营经济组织")],
    lang="en")

add("cross_lingual",
    "Members applying for construction approvals in one district are told they must use a particular "
    "\"recommended\" consultancy for their technical reports, and the approval bureau then passes the bill of its "
    "own technical-review consultant on to the applicant. Under the Regulations on Optimizing the Business "
    "Environment, is either practice allowed?",
    "Neither. Article 43: administrative organs may not designate, or in disguised form designate, intermediary "
    "service agencies for market players; where an organ needs to commission an intermediary for technical "
    "services during approval, it must select it competitively and bear the service fee itself, not pass it on to "
    "the market player.",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构",
     "应当通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第四十三条", "应当通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "For our members' payment-terms memo: what late-payment interest rate does the Private Economy Promotion Law "
    "prescribe when a state-owned enterprise pays a private supplier late?",
    ["late-payment interest", "interest rate"],
    "Figure asked of one named document: PE Articles 67, 68 and 73 require timely payment and liability for "
    "arrears but state no interest rate; only the SME payment Regulations (Art. 17, 0.05% per day absent "
    "agreement) give a figure, and they are not the document asked about.",
    lang="en", present=["逾期利息", "拒绝或者拖延支付民营经济组织账款"])

unans("not_covered",
    "我给一家做钢结构的小企业当顾问。他们想在国家统一的拖欠中小企业款项投诉平台上投诉一个区直单位欠款。我们那时候"
    "上访、打官司哪样不花钱？这个平台投诉收不收费，要交多少钱？",
    ["投诉费", "免费"],
    "条例第二十四条只规定国务院主管部门建立国家统一的投诉平台、受理投诉部门建立便利畅通的渠道，第二十五条规定"
    "处理时限，均未提及是否收费或收费数额；其他文件也没有。",
    lang="zh", present=["投诉平台", "受理投诉部门"])

unans("not_covered",
    "政务处分决定书下来以后，要在多大范围内宣布？是不是得在单位公告栏张贴公示，公示几天？",
    ["张贴", "公示栏", "公告栏"],
    "政务处分法第四十六条只规定决定书及时送达并“在一定范围内宣布”，未规定具体范围、张贴方式或公示天数。",
    lang="zh", present=["在一定范围内宣布"])

unans("not_covered",
    "Do the SASAC compliance Measures specify how many members a central SOE's compliance committee must have, "
    "who has to chair it, and how many times a year it must meet?",
    ["quarterly", "每季度", "至少"],
    "Article 11 only says central SOEs set up a compliance committee, which may share offices with the rule-of-law "
    "leading body and holds meetings regularly; no size, chair or meeting frequency is stated anywhere.",
    lang="en", present=["合规委员会", "定期召开会议"])

unans("not_covered",
    "条例说中小企业按国务院批准的中小企业划分标准确定。我那个客户是做软件开发的，员工260人，年营收8000万，算中型"
    "还是大型？标准里软件信息业的具体数字是多少？",
    ["从业人员", "营业收入"],
    "条例第三条、第二十九条只提到依据国务院批准的中小企业划分标准并建立规模类型测试平台，划分标准的具体指标和数字"
    "均未载明。",
    lang="zh", present=["中小企业划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "After a provincial credit department forwards a breach-of-contract complaint to the competent department, "
    "within how many working days must that department finish verification and reply to the complainant?",
    ["working days"],
    "NDRC II.(2) says complaints are transferred \"immediately\" and the identifying department should \"promptly\" "
    "give feedback if untrue, but sets no number of days; no other document gives a deadline for this NDRC "
    "procedure.",
    lang="en", present=["immediately transfer", "promptly provide feedback"])

unans("not_covered",
    "现在新开一家公司，从申请设立到领执照、刻章、银行开户，国家规定最多几个工作日必须办完？",
    ["压缩至", "个工作日内办结"],
    "优化营商环境条例第十九条只说“在国家规定的企业开办时限内，各地区应当确定并公开具体办理时间”，没有给出时限天数；"
    "其他文件也没有。",
    lang="zh", present=["企业开办时限"])

unans("not_covered",
    "A privately owned joint-venture partner of one of our members has sued a county government in Jiangsu for "
    "tearing up an investment agreement after a new county leadership took office. Given Article 70 of the Private "
    "Economy Promotion Law, how likely is it to win, and how much compensation can it realistically expect?",
    ["likely", "likelihood", "win", "胜诉"],
    "Prediction: PE Article 70 (and BE Article 31) state the duty to honour contracts and to compensate losses when "
    "a change is made for public interests, but nothing in the documents predicts litigation outcomes or amounts.",
    lang="en", present=["政府换届", "予以补偿"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Why do the SASAC compliance Measures require every central SOE to recruit its chief compliance officer "
    "externally, as an independent officer who reports straight to SASAC rather than to company management?",
    ["externally", "external", "independent"],
    "False premise inside a why-question: Article 12 says the chief compliance officer is set up without adding "
    "leadership posts, is held concurrently by the general counsel, and is responsible to the enterprise's "
    "principal person in charge.",
    lang="en", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任"),
             E(SOE, "第十二条", "对企业主要负责人负责，领导合规管理部门组织开展相关工作")])

unans("false_premise",
    "我们那会儿，警告处分要影响半年。听说2020年《政务处分法》出来以后，警告的处分期缩短成三个月了？那挨了警告的人，"
    "三个月一过就能提拔了吧？",
    ["三个月"],
    "前提错误：政务处分法第八条规定警告的处分期为六个月（并非三个月）；第十九条规定处分期内不得晋升职务、职级等。",
    lang="zh", present=["六个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

unans("false_premise",
    "The lecture-hall write-up says the GBA Integrity and Compliance Association was set up by the Guangdong "
    "Provincial Department of Commerce as a government agency. So is membership mandatory for foreign-invested "
    "firms in Guangzhou, and which office do our members register with?",
    ["Department of Commerce", "mandatory"],
    "False premise: ¶32 says the association was established in 2021 as a non-profit social organization jointly "
    "promoted by the municipal discipline commission, SASAC and federation of industry and commerce; it is not a "
    "government agency of the provincial commerce department and nothing makes membership mandatory.",
    lang="en", present=["established in 2021", "non-profit social organization"],
    related=[E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
             E(GZ, "¶32", "It is a non-profit social organization jointly promoted by")])

unans("false_premise",
    "条例第十二条明确规定，政府投资项目一律以审计结果作为结算依据。我们跟区政府的施工合同里没写这一条，可审计拖了"
    "一年多还没出结果，我们是不是只能干等着？",
    ["一律以审计结果作为结算依据"],
    "前提错误：第十二条恰恰规定机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据（法律、"
    "行政法规另有规定的除外）；第十四条还禁止在合同未约定时以等待决算审计为由拒绝或迟延付款。",
    lang="zh", present=["审计结果作为结算依据"],
    related=[E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
             E(SME, "第十四条", "在合同未作约定的情况下以等待竣工验收备案、决算审计等为由")])

unans("false_premise",
    "Under the NDRC notice a government body found dishonest has to wait two years from the finding before it can "
    "apply for credit restoration. Does the two-year clock restart if it breaches again in the meantime?",
    ["two years", "two-year"],
    "False premise: III.(6) sets no waiting period; once the identifying department confirms the dishonest "
    "behaviour has been corrected and performance completed, the records should be promptly restored and the "
    "punishment measures terminated.",
    lang="en", present=["credit restoration"],
    related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
    "有老同志跟我说，《民营经济促进法》第五十二条规定对民营企业的行政检查每年不得超过一次。我顾问的一家企业今年已经"
    "被市场监管查了三回了，下次来能不能拿这条把人挡回去？",
    ["每年不得超过", "一年一次"],
    "前提错误：第五十二条规定的是分级分类监管、随机抽取检查对象和执法人员、同一对象多个检查事项尽可能合并或联合检查，"
    "并无“每年不得超过一次”的次数上限。",
    lang="zh", present=["随机抽取检查对象"],
    related=[E(PE, "第五十二条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合检查范围"),
             E(PE, "第五十二条", "市场监管领域相关部门的行政检查应当通过随机抽取检查对象")])

unans("false_premise",
    "Article 18 of the SME payment Regulations requires large enterprises to post their overdue SME payments on "
    "their own websites by 31 March each year. Does that deadline also apply to foreign-invested large enterprises?",
    ["own website", "own websites"],
    "False premise: the 31 March website/press publication duty in Article 18 applies to government organs and "
    "public institutions; large enterprises must include overdue-payment information in their annual reports and "
    "publish it through the National Enterprise Credit Information Publicity System.",
    lang="en", present=["3月31日", "国家企业信用信息公示系统"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量"),
             E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "What VAT rate applies to the management-consulting fees a Shanghai WFOE charges its Hong Kong parent, and is "
    "there an export exemption?",
    ["VAT", "增值税"],
    "Indirect-tax rates; none of the documents covers them (PE Art. 36 only mentions complying with fiscal and tax "
    "laws).",
    lang="en", present=["财政税收", "Hong Kong"])

unans("out_of_domain",
    "我今年刚从机关退休，今年机关事业单位的养老金上调了百分之几？职业年金怎么领？",
    ["养老金", "职业年金"],
    "退休待遇与养老保险问题，文件不涉及（政务处分法中的“退休”只涉及退休人员违法的处理）。",
    lang="zh", present=["退休"])

unans("out_of_domain",
    "We're hosting a member delegation near the Liby Center in Guangzhou next month. Any good Cantonese restaurant "
    "nearby for about twelve people, and do we need to book?",
    ["restaurant", "Cantonese"],
    "Restaurant recommendation; the GZ report only names the Liby Center as the venue of the lecture hall.",
    lang="en", present=["Liby Center"])

unans("out_of_domain",
    "我们一个外资客户要派一位德国籍技术总监来广州常驻，外国人工作许可证要准备哪些材料？多久能批下来？",
    ["工作许可", "外籍"],
    "外国人来华工作许可办理问题，文件不涉及（只有民营经济促进法提到涉及外商投资的同时适用外商投资法律法规）。",
    lang="zh", present=["外商投资"])

unans("out_of_domain",
    "When does China's 2026 Spring Festival public holiday start and end, and which weekend days become make-up "
    "working days?",
    ["Spring Festival", "public holiday", "2026"],
    "Public-holiday calendar; unrelated to any of the documents.",
    lang="en", present=["工作日"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "我退休前参与过清欠工作，记得2020年国务院令第728号公布的那版《保障中小企业款项支付条例》。那一版原来对大型企业的"
    "付款期限是怎么写的？2025年修订到底改了哪些地方？",
    ["修订前", "原条例"],
    "语料只有2025年修订后的条例文本；标题虽注明2020年第728号令公布，但2020年原版条文和修订对照均不在语料中。",
    lang="zh", present=["国务院令第728号", "国务院令第802号修订"])

unans("superseded",
    "Several of our members partner with central SOEs. Under SASAC's 2018 Guidelines for Compliance Management of "
    "Central SOEs (for trial implementation), which key areas did the SOEs have to prioritise?",
    ["2018", "试行"],
    "The corpus holds only the 2022 SASAC Measures (Order No. 42); the 2018 trial guidelines are not in it.",
    lang="en", present=["中央企业合规管理办法", "重点领域"])

unans("superseded",
    "我们那时候都是按2007年的《行政机关公务员处分条例》办事。那个条例对违反规定从事营利性活动的公务员，规定给什么"
    "处分？",
    ["公务员处分条例", "2007"],
    "语料只有2020年《公职人员政务处分法》（第三十六条有相应规定），没有2007年《行政机关公务员处分条例》的文本。",
    lang="zh", present=["营利性活动"])

unans("superseded",
    "Compared with the draft Private Economy Promotion Law published for comment in October 2024, what did the NPC "
    "Standing Committee change in the final text?",
    ["draft", "草案", "征求意见稿"],
    "The corpus holds only the law as adopted on 30 April 2025; no draft text is in it, so no comparison can be "
    "made.",
    lang="en", present=["2025年4月30日"])
