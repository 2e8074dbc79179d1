"""Hard-case gold items, thirty-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: small logistics and catering companies dealing with street offices (街道办) and market regulators,
compliance consultants writing client memos (citing articles, sometimes wrongly), county officials who sign
investment agreements, and people asking very short keyword-style questions in either language.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "政务处分 记大过 期间多长？从哪天算？",
    "《公职人员政务处分法》第八条：记大过的处分期间为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分"
    "决定生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "I'm the newly appointed head of a county that is being merged into a neighbouring city district. My predecessor "
    "signed an industrial-support agreement with a private EV-parts maker; the new leadership wants to walk away, "
    "arguing the merger and the change of officials mean the old deal no longer binds us. Under item II.(2) of the "
    "NDRC's 2023 government-integrity notice, does that argument hold?",
    "No. Item II.(2) says failure to perform due to institutional adjustments, personnel changes and other reasons "
    "shall all be regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "我在街道上开了家小快餐店。街道办下通知，说辖区所有餐饮店必须参加他们搞的“放心餐馆”评比，每家交800块评比费，"
    "不参加的话年底“不好交代”。这个钱我们必须交吗？",
    "不必。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。（第六十九条"
    "第（五）项还规定对此依法依规追究责任。）",
    ["任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "GZ government-business Guidelines: number of scenarios, both batches?",
    "33 scenarios in the two batches (¶10), which, as the report notes, cannot encompass all situations.",
    ["the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "我在县里负责中小企业工作。县直机关和事业单位每年要公开上一年度逾期没付中小企业的款项，具体要公开什么内容？"
    "最晚什么时候前公开？用什么方式？",
    "《保障中小企业款项支付条例》第十八条第一款：机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业"
    "款项的合同数量、金额等信息，通过网站、报刊等便于公众知晓的方式公开。",
    ["每年3月31日前", "合同数量、金额等信息", "通过网站、报刊等便于公众知晓的方式公开"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我是某县分管招商的副县长。2022年前任县长和一家民营食品加工企业签了投资协议，承诺三年给厂房租金补贴。现在"
    "县政府换届了，县里又在搞撤县设区，新班子有人提出“借这个机会把协议停了”。这样做行不行？如果确实是公共利益"
    "需要调整，应该怎么做？要是硬不兑现，后果是什么？",
    "不行。《民营经济促进法》第七十条：地方政府应当履行依法作出的政策承诺和订立的合同，不得以行政区划调整、政府"
    "换届、机构或者职能调整以及相关人员更替等为由违约、毁约；因国家利益、社会公共利益需要改变的，应当依照法定权限"
    "和程序进行，并对民营经济组织因此受到的损失予以补偿。第七十三条：不履行依法作出的政策承诺、依法订立的合同的，"
    "由有权机关予以纠正，造成损失的依法予以赔偿；造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予"
    "处分。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "对民营经济组织因此受到的损失予以补偿", "由有权机关予以纠正"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿"),
     E(PE, "第七十三条", "不履行向民营经济组织依法作出的政策承诺、依法订立的合同的，由有权机关予以纠正")],
    lang="zh")

add("multi",
    "Deputy county head here. A private firm complained through the provincial credit website that we reneged on an "
    "industrial-support agreement. Under the NDRC notice, if the check finds the complaint is true, what happens next "
    "and what gets us labelled dishonest? And if we do end up with a dishonesty record, how does it come off?",
    "II.(2): if verified as true, the identifying department immediately promotes rectification; those who refuse "
    "to rectify are confirmed as breach of contract and dishonesty by the identifying department. III.(6): once the "
    "identifying department confirms the dishonest behaviour has been corrected and performance completed, the "
    "dishonesty records should be promptly restored and the punishment measures terminated.",
    ["if verified as true, the identifying department should immediately promote rectification",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty",
     "relevant dishonesty records should be promptly restored, and dishonesty punishment measures terminated"],
    [E(NDRC, "II.(2)", "if verified as true, the identifying department should immediately promote"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "has been corrected and performance completed, relevant dishonesty records"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("multi",
    "我开了家小面馆，上周市场监管所来检查，发现后厨有一箱调料标签不全，我们当场就下架了，也没卖出去过。结果执法的"
    "说要先把后厨冷柜贴封条，再“按顶格”罚。这么点小问题，他们非得查封、还要从重罚吗？有什么规定可以说理？",
    "《优化营商环境条例》第五十九条：行政执法应当推广说服教育、劝导示范、行政指导等非强制性手段；采用非强制性手段"
    "能够达到行政管理目的的，不得实施行政强制；违法行为情节轻微或者社会危害较小的，可以不实施行政强制。《民营经济"
    "促进法》第五十一条：行政处罚应当与违法行为的事实、性质、情节以及社会危害程度相当；具有行政处罚法规定的从轻、"
    "减轻或者不予处罚情形的，依照其规定从轻、减轻或者不予处罚。",
    ["采用非强制性手段能够达到行政管理目的的，不得实施行政强制", "违法行为情节轻微或者社会危害较小的，可以不实施行政强制",
     "应当与违法行为的事实、性质、情节以及社会危害程度相当"],
    [E(BE, "第五十九条", "采用非强制性手段能够达到行政管理目的的，不得实施行政强制"),
     E(BE, "第五十九条", "违法行为情节轻微或者社会危害较小的，可以不实施行政强制"),
     E(PE, "第五十一条", "应当与违法行为的事实、性质、情节以及社会危害程度相当"),
     E(PE, "第五十一条", "依照其规定从轻、减轻或者不予处罚")],
    lang="zh")

add("multi",
    "I'm drafting a memo for the investment committee of a Guangzhou state-owned group. Going by the lecture-hall "
    "report on the second batch of the Guidelines, when can staff be let off the hook if an investment loses money, "
    "and in which situations will people still be held to account?",
    "¶21: if an investment made with due diligence and through compliant decision-making procedures incurs losses due "
    "to objective factors such as market risks, the relevant personnel may be exempted from liability. ¶30: if losses "
    "come from inherent risks (policy adjustments, market changes, technological exploration) and due loss-stop "
    "measures were taken, error tolerance is granted; if losses are expanded due to lack of post-investment control, "
    "misappropriation of funds, or concealment of risks and delayed disposal, those derelict in their duties must be "
    "held accountable.",
    ["incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from "
     "liability",
     "if losses are expanded due to lack of post-investment control, misappropriation of funds, or concealment of "
     "risks and delayed disposal"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "if losses are expanded due to lack of post-investment control"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

add("multi",
    "我们是一家小物流公司，去年夏天给街道办运防汛物资、做仓储配送，9月份就全部交付了。合同写的是“验收合格后付款”，"
    "约定交付后15天内验收，可街道办一直没来验收，钱也拖到现在。我们想去投诉，又怕以后街道不找我们干活、甚至找茬。"
    "这种情况付款期限从哪天算？我们投诉了，他们能报复吗？",
    "《保障中小企业款项支付条例》第十条：约定以验收合格作为付款条件的，付款期限自验收合格之日起算；机关、事业单位"
    "拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算（机关、事业单位的付款期限依第九条为30日，合同"
    "另有约定的最长不得超过60日）。第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者"
    "投诉的中小企业及其工作人员进行恐吓、打击报复。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "付款期限最长不得超过60日",
     "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "开个小饭馆去窗口办手续，已经跑了五趟了！！每次去都说还差个东西，上回说缺平面图，这回又说少个啥证明，就不能一次"
    "说情楚吗？有没有啥规定管这个事儿",
    "有。《优化营商环境条例》第三十六条：政府及其有关部门办理政务服务事项，需要市场主体补正有关材料、手续的，应当"
    "一次性告知需要补正的内容。（第四十四条另规定证明事项清单之外不得索要证明。）",
    ["需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容")],
    lang="zh")

add("paraphrase",
    "When a city department welches on a deal with a business, do the bureaucrats actually take a hit on their own "
    "report cards, or is it just some name-and-shame list somewhere?",
    "Per III.(3) of the NDRC notice, credit leading departments at all levels should promote the inclusion of "
    "dishonesty records into the performance evaluation indicators of the relevant government departments, and the "
    "NDRC will include government dishonesty records in business environment evaluations and comprehensive "
    "performance evaluations of high-quality development.",
    ["promote the inclusion of dishonesty records into performance evaluation indicators of relevant government "
     "departments",
     "include government dishonesty records in business environment evaluations"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "comprehensive performance evaluations of high-quality development")],
    lang="en")

add("paraphrase",
    "我们是一家央企下面的三级子公司。集团说以后每个业务科室都得安排一个“盯规矩”的人，平时帮着看看有没有踩线。"
    "这个人是要新招专职的，还是从科室里挑？谁来带他们？",
    "《中央企业合规管理办法》第十三条第二款：中央企业应当在业务及职能部门设置合规管理员，由业务骨干担任，接受合规"
    "管理部门业务指导和培训。",
    ["在业务及职能部门设置合规管理员，由业务骨干担任", "接受合规管理部门业务指导和培训"],
    [E(SOE, "第十三条", "中央企业应当在业务及职能部门设置合规管理员，由业务骨干担任"),
     E(SOE, "第十三条", "接受合规管理部门业务指导和培训")],
    lang="zh")

add("paraphrase",
    "My boss at a small Guangzhou tech firm keeps asking whether a city official may join us for dinner or ride in "
    "our company car. Of the two rulebooks the city's anti-graft people put out, which one deals with that everyday "
    "stuff, and what is the other one mostly about?",
    "Per ¶9, the first batch of the Guidelines deals with regular interaction issues such as \"what meals can be "
    "eaten and what vehicles can be taken\"; the second batch focuses on full-cycle services for enterprise "
    "development from investment promotion to project landing.",
    ["what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="en")

add("paraphrase",
    "俺是乡镇的一名干部，去年挨了个“记过”。等这个处分的日子熬过去了，是不是就算翻篇了？以后提拔、涨工资还受不受"
    "影响？要不要自己写报告去申请撤掉？",
    "《公职人员政务处分法》第二十六条第二款：受到开除以外的政务处分，在政务处分期内有悔改表现，并且没有再发生应当"
    "给予政务处分的违法行为的，政务处分期满后自动解除，晋升职务、职级、级别、职称、薪酬待遇等不再受原政务处分影响"
    "（记过的处分期为十二个月，见第八条）。无需另行申请。",
    ["在政务处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的", "政务处分期满后自动解除"],
    [E(PS, "第二十六条", "政务处分期满后自动解除"),
     E(PS, "第二十六条", "职称、薪酬待遇不再受原政务处分影响")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "我是地级市发改委信用科的。发改委2023年那份政务诚信通知里，对有政务失信记录的地级及以上城市，国家发改委会采取"
    "哪几项措施？",
    "通知III.(4)：对有政务失信记录的地级及以上城市，国家发改委将取消其在发展改革系统的评奖评优和试点示范资格，加大"
    "城市信用监测扣分权重，并取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations in the development and reform system",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "廉洁合规大讲堂第12期 在哪办的？谁主办？来了多少人？",
    "据GZ报道¶3：第12期“廉洁合规大讲堂”于12月26日下午在立白中心（Liby Center）举行，由广州市大湾区企业廉洁合规"
    "管理协会（GBA Integrity and Compliance Association）主办，逾100位嘉宾参加。",
    ["Liby Center", "Guangzhou Greater Bay Area Enterprise Integrity and Compliance Management Association",
     "over 100 guests"],
    [E(GZ, "¶3", "was held at the Liby Center"),
     E(GZ, "¶3", "Hosted by the Guangzhou Greater Bay Area Enterprise Integrity"),
     E(GZ, "¶3", "this event gathered over 100 guests")],
    lang="zh")

add("cross_lingual",
    "We're a small trucking company hauling for a big state-owned logistics group. They now want a performance "
    "deposit and insist it be paid in cash – our bank guarantee 'isn't accepted'. Is that allowed under China's "
    "Regulations on Guaranteeing Payments to SMEs?",
    "No. Article 13: government organs, public institutions and large enterprises may not restrict deposits to cash; "
    "where the SME provides security by a guarantee issued by a financial institution, they shall accept it. They "
    "must also settle and return deposits promptly after the guarantee period expires.",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="en")

add("cross_lingual",
    "Client memo, PRC Law on Administrative Sanctions for Public Officials, Article 34: what sanction range applies to "
    "an official who accepts gifts or cash that could affect the impartial exercise of public power? And does the "
    "same article reach officials who accept banquets or trips laid on by a company?",
    "Article 34(1): accepting gifts, cash gifts, securities etc. that may affect the impartial exercise of public "
    "power – warning, demerit or major demerit; demotion or removal if the circumstances are relatively serious; "
    "expulsion if serious. Article 34(2) also covers accepting or providing banquets, travel, fitness or "
    "entertainment arrangements that may affect impartial exercise of power: where relatively serious, warning, "
    "demerit or major demerit; where serious, demotion or removal.",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过",
     "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排")],
    lang="en")

add("cross_lingual",
    "I work in a county development and reform bureau. To approve an investor's project we need a technical review "
    "done by an outside consultancy. Can we simply name the consultancy and have the investor pay its fee?",
    "No. Article 43 of the Regulations on Optimizing the Business Environment: administrative organs may not designate "
    "or covertly designate intermediary service providers for market entities; where an organ needs to commission an "
    "intermediary for technical services in the approval process, it shall select it by competitive means and bear "
    "the fee itself, not pass it on to the market entity.",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构",
     "应当通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第四十三条", "应当通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "新开一家火锅店，去区市场监管局申请食品经营许可证，法定多少个工作日内必须办完？",
    ["食品经营许可", "20个工作日"],
    "优化营商环境条例第三十六条只规定政务服务事项应在规定时限内办结、没有规定的按合理高效原则确定办理时限；"
    "食品经营许可的具体办理时限各文件均未载明。",
    lang="zh", present=["办理时限", "限时办结"])

unans("not_covered",
    "Once a provincial credit department forwards our breach-of-contract complaint under the NDRC notice, how many "
    "working days does the competent department have to finish verifying it?",
    ["working days", "15 days", "within 30 days"],
    "II.(2) only says complaint clues are transferred immediately for verification and identification and that "
    "feedback is given promptly; no verification deadline is set in any document.",
    lang="en", present=["immediately transfer", "credit leading departments"])

unans("not_covered",
    "县里跟投资方签招商引资协议，违约金一般约定多少比例合适？法律上对政府一方承担的违约金有没有上限？",
    ["违约金"],
    "民营经济促进法第七十条、第七十三条和优化营商环境条例第三十一条只要求政府履约、不得违约毁约，改变约定的予以"
    "补偿、造成损失的赔偿；没有任何关于违约金比例或上限的规定。",
    lang="zh", present=["违约", "补偿"])

unans("not_covered",
    "SASAC compliance Measures: how often must a central SOE's compliance committee meet? quarterly?",
    ["quarterly", "每季度", "每年至少"],
    "Article 11 only says the compliance committee holds meetings regularly (定期召开会议); no frequency is set.",
    lang="en", present=["合规委员会", "定期召开会议"])

unans("not_covered",
    "我们是跑城配的个体户，准备转成公司。按《民营经济促进法》，个体工商户转企业能享受哪些税收优惠？比如头几年免征"
    "所得税？",
    ["税收优惠", "免征"],
    "民营经济促进法第四十八条只规定个体工商户可以自愿依法转型为企业，登记机关、税务机关和有关部门提供指引和便利；"
    "没有任何具体税收优惠或免税期限。",
    lang="zh", present=["个体工商户", "转型为企业"])

unans("not_covered",
    "How many member enterprises does the GBA Integrity and Compliance Association have at the moment?",
    ["membership", "number of member"],
    "¶34 describes the kinds of member enterprises (ownership types, Fortune Global 500 etc.) and the 29 industry "
    "sectors covered, but gives no count of members.",
    lang="en", present=["29 industry sectors", "member enterprises"])

unans("not_covered",
    "After a supervisory commission makes an administrative sanction decision against an official, within how many "
    "days must the written decision be served on him?",
    ["日内送达", "送达期限"],
    "Article 46 of the Public Official Sanctions Law only says the decision shall be served promptly (及时送达) on the "
    "sanctioned person and his unit; no number of days is given.",
    lang="en", present=["及时送达"])

unans("not_covered",
    "For a client memo: under Art. 34 of the SME payment Regulations, what fine range can the market regulator impose "
    "on a large enterprise that hides its overdue SME payables in its annual report?",
    ["万元以下", "万元以上", "fine"],
    "Article 34 only says the market supervision department handles it according to law (由市场监督管理部门依法处理); "
    "no fine amount is stated in the Regulations or elsewhere in the corpus.",
    lang="en", present=["市场监督管理部门依法处理"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "听说《优化营商环境条例》第五十四条规定，市场监管部门对同一家餐馆每年最多只能检查两次，超过就是违规。我们店今年"
    "已经被查了三次，能不能拿这条拒绝第四次检查？",
    ["最多只能检查", "每年不超过", "两次"],
    "前提错误：第五十四条规定的是“双随机、一公开”监管，以及针对同一检查对象的多个检查事项应当尽可能合并或纳入跨部门"
    "联合抽查；对投诉举报等发现的问题还应有针对性地检查。条例没有“每年最多检查两次”的次数上限。",
    lang="zh", present=["双随机、一公开"],
    related=[E(BE, "第五十四条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围"),
             E(BE, "第五十四条", "对通过投诉举报、转办交办、数据监测等发现的问题，应当有针对性地进行检查")])

unans("false_premise",
    "Memo point: Article 8 of the Public Official Sanctions Law sets the sanction period for a 记过 (demerit) at six "
    "months, so our client's procurement officer, sanctioned in March, can be promoted again from October – correct?",
    ["记过，六个月", "demerit"],
    "False premise: Article 8 gives six months for a warning (警告) but twelve months for a demerit (记过); under "
    "Article 19 a civil servant cannot be promoted during the sanction period.",
    lang="en", present=["十二个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"),
             E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

unans("false_premise",
    "发改委那个政务诚信通知要求，省级信用牵头部门收到投诉后要在15个工作日内自己完成核实认定，对吧？我们县被企业"
    "投诉了，省发改委那边大概哪天能出认定结论？",
    ["15个工作日", "fifteen working days"],
    "前提错误：通知II.(2)规定省级信用牵头部门应当立即把投诉线索转交被投诉主体的上级或主管部门核实认定，由认定部门"
    "处理，信用牵头部门并不自行认定；通知也没有规定任何天数。",
    lang="zh", present=["credit leading departments"],
    related=[E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
             E(NDRC, "II.(2)", "Provincial-level credit leading departments should immediately transfer")])

unans("false_premise",
    "Our client is a big online freight platform. Its general counsel says Article 18 of the SME payment Regulations "
    "makes large enterprises post their overdue SME payables on their own website by 31 March every year. What "
    "exactly has to go into that web notice?",
    ["own website", "企业官网"],
    "False premise: the 31 March deadline and disclosure via websites or newspapers apply to government organs and "
    "public institutions; large enterprises must include the overdue-payment information in their annual report and "
    "publicise it through the National Enterprise Credit Information Publicity System.",
    lang="en", present=["国家企业信用信息公示系统"],
    related=[E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
             E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示")])

unans("false_premise",
    "《中央企业合规管理办法》第十二条要求央企新设一名专职副总经理来当首席合规官，那这个岗位的职级和薪酬应该参照谁？",
    ["专职副总经理"],
    "前提错误：第十二条规定首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    lang="zh", present=["首席合规官"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "The GBA Integrity and Compliance Association was set up by the Guangdong Provincial Department of Commerce, "
    "right? For our memo we need to name the provincial office that supervises it.",
    ["Department of Commerce", "Provincial Department"],
    "False premise: ¶32 says the association was established in 2021 as a non-profit jointly promoted by the "
    "Guangzhou Municipal Commission for Discipline Inspection and Supervision, Municipal SASAC and Municipal "
    "Federation of Industry and Commerce; no provincial commerce department is involved.",
    lang="en", present=["Municipal Federation of Industry and Commerce"],
    related=[E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal"),
             E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021")])

unans("false_premise",
    "市场监管局说我们运的一批货有问题，把我们三辆货车扣了。《民营经济促进法》第六十二条不是规定扣押最长不能超过三个月"
    "吗？现在都四个月了，是不是已经自动失效、可以直接把车开回来？",
    ["三个月"],
    "前提错误：第六十二条只要求查封、扣押、冻结遵守法定权限、条件和程序，不得超权限、超范围、超数额、超时限，并妥善"
    "保管涉案财物，没有“最长三个月”或到期自动失效的规定。",
    lang="zh", present=["超时限"],
    related=[E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物"),
             E(PE, "第六十二条", "对查封、扣押的涉案财物，应当妥善保管")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "饭店后厨油烟排放标准是多少毫克每立方米？油烟净化器要多久清洗一次？",
    ["油烟", "排放标准"],
    "餐饮业环保排放技术标准，文件不涉及（民营经济促进法只泛泛提到遵守生态环境方面的法律法规）。",
    lang="zh", present=["生态环境"])

unans("out_of_domain",
    "max gross weight 6-axle truck, China expressway?",
    ["axle", "truck"],
    "Road freight vehicle weight limits; none of the documents deals with it.",
    lang="en", present=["transportation"])

unans("out_of_domain",
    "小规模纳税人 增值税 起征点 2025",
    ["增值税", "小规模纳税人", "起征点"],
    "具体税种政策，文件不涉及（只泛泛提到财政税收法律法规和减税降费政策）。",
    lang="zh", present=["财政税收", "减税降费"])

unans("out_of_domain",
    "We run two noodle shops in Guangzhou. What's the current monthly minimum wage there, and is there a separate "
    "hourly minimum for part-time kitchen helpers?",
    ["minimum wage", "hourly"],
    "Local labour wage standards; the documents do not cover them.",
    lang="en", present=["Guangzhou"])

unans("out_of_domain",
    "Our county wants to attract a cold-chain logistics park. How much cold storage capacity, in tonnes, should we "
    "plan for, and how many refrigerated trucks does a park like that usually need?",
    ["cold-chain", "cold storage", "refrigerated"],
    "Industrial planning / logistics engineering question; no document covers it (they only speak of investment "
    "promotion in general).",
    lang="en", present=["investment promotion"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年7月公布的原版《保障中小企业款项支付条例》里，大型企业的付款期限原来是怎么规定的？和2025年修订前后比有啥"
    "区别？",
    ["修订前", "原条例"],
    "语料只收录2025年国务院令第802号修订后的文本；2020年国务院令第728号公布的原文不在语料中，无法比较修订前后。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "Before the 2022 SASAC Measures, the 2018 Guidelines for Compliance Management of Central Enterprises (for Trial "
    "Implementation) applied. Who did those trial guidelines put in charge of compliance?",
    ["for Trial Implementation", "试行"],
    "The corpus holds only the 2022 Measures (SASAC Order No. 42); the 2018 trial guidelines are not in it.",
    lang="en", present=["首席合规官"])

unans("superseded",
    "《民营经济促进法》草案征求意见稿里，关于拖欠民营企业账款的是第几条？正式通过时这一条改了哪些内容？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过的正式文本，没有草案或征求意见稿，无法比较。",
    lang="zh", present=["拖欠"])

unans("superseded",
    "Scenario 5 in the first batch of the Guangzhou Guidelines on Government-Business Interactions – what exactly "
    "does it say about officials accepting a working lunch in a company canteen?",
    ["scenario 5", "canteen", "working lunch"],
    "The GZ report only summarises the two batches (the first covering issues like \"what meals can be eaten\"); the "
    "text of the Guidelines and its individual scenarios is not in the corpus.",
    lang="en", present=["first batch", "what meals can be eaten"])
