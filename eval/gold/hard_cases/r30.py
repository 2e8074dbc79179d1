"""Hard-case gold items, thirtieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: procurement officers of public hospitals and universities (buying from small firms: acceptance,
deposits and guarantees, receivables confirmation, disclosure of arrears), owners of family businesses handing
over to their children, HR managers of state-owned enterprises handling staff discipline, and English-speaking
journalists writing explainers on China's business rules.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我是市第二人民医院采购中心的。给我们供应输液泵的一家小公司说要拿我们欠他的货款去银行做应收账款融资，发函"
    "请我们确认这笔债权。医院最晚要在多长时间内给他确认？",
    "《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业"
    "提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "Writing a short explainer for a business daily. The NDRC's 2023 government-integrity notice promises to name "
    "and shame some cases of local-government dishonesty. Which cases get picked, and where are they publicised?",
    "Item IV.(9): a batch of cases with serious dishonesty, repeated dishonesty and strong public complaints is "
    "selected, publicised on the \"Credit China\" website and exposed to society through news media, to form a "
    "strong public-opinion deterrent.",
    ["cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media to form a strong public")],
    lang="en")

add("single",
    "我在一家市属国企人力资源部。我们一位部门副经理上个月被市监委给了记过处分，他本来在今年的提拔名单里，年底还"
    "要调薪档。处分期内这两件事还能办吗？",
    "都不能办。《公职人员政务处分法》第二十一条：国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称；"
    "其中被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级。（记过的处分期为十二个月，见第八条。）",
    ["国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

add("single",
    "Quick fact-check for a feature: when was the GBA Integrity and Compliance Association in Guangzhou founded, "
    "and which bodies got it started?",
    "Per ¶32 of the lecture-hall report, the association was established in 2021 (¶41: 16 April 2021) as a "
    "non-profit social organization jointly promoted by the Municipal Commission for Discipline Inspection and "
    "Supervision, the Municipal State-owned Assets Supervision and Administration Commission and the Municipal "
    "Federation of Industry and Commerce.",
    ["was established in 2021",
     "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection"),
     E(GZ, "¶32", "and the Municipal Federation of Industry and Commerce")],
    lang="en")

add("single",
    "我爸在镇上开了二十多年五金店，一直是个体户执照。现在他要退休交给我，我想趁这个机会改成有限公司。民营经济"
    "促进法对个体户转企业有说法吗？",
    "有。《民营经济促进法》第四十八条第二款：个体工商户可以自愿依法转型为企业。登记机关、税务机关和有关部门为"
    "个体工商户转型为企业提供指引和便利。",
    ["个体工商户可以自愿依法转型为企业", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业"),
     E(PE, "第四十八条", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我是某省属高校国资处的采购员。去年底学院从一家小型仪器公司买了台光谱仪，合同写“验收合格后付款”，验收期限"
    "约定为到货后15天。结果实验室老师忙课题，快两个月了都没组织验收，财务说没有验收单不能付。付款期限到底从哪天"
    "起算？学校这样一直拖着会有什么后果？",
    "《保障中小企业款项支付条例》第十条：约定以验收合格作为付款条件的，付款期限自验收合格之日起算；但机关、事业"
    "单位拖延检验或者验收的，付款期限自约定的验收期限届满之日起算（即到货后第15天届满起算）。第三十一条第（二）"
    "项：事业单位拖延检验、验收的，由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员"
    "依法给予处分。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "由其上级机关、主管部门责令改正"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第三十一条", "（二）拖延检验、验收；"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "For a piece on how Beijing disciplines local governments that renege on deals: under the NDRC's 2023 notice, "
    "what happens to a prefecture-level city that ends up with a government dishonesty record, and how can it get "
    "the record cleared afterwards?",
    "III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC cancels their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increases the weight of "
    "city credit monitoring deductions and cancels the title or eligibility for social-credit demonstration zones "
    "(and for entities with dishonesty records it restricts central budget funds, special-bond applications and "
    "financing recommendations). III.(6): once the identifying department confirms the dishonest behaviour has been "
    "corrected and performance completed, the records are promptly restored and the punishment measures terminated.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "has been corrected and performance completed"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("multi",
    "我们是一家国有独资公司的人事部。分公司一位副总涉嫌违规收受礼金，已经被区监委立案调查。他今年58岁，托人来问"
    "能不能赶在处分下来之前先把退休手续办了，要不就干脆辞职。公司能给他办吗？如果他真退了休，是不是就处分不了了？",
    "不能办。《公职人员政务处分法》第五十二条第二款：被立案调查期间，未经监察机关同意，不得出境、辞去公职；所在"
    "机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续。第二十七条：已经退休的公职人员"
    "退休前或者退休后有违法行为的，不再给予政务处分，但可以立案调查；依法应当予以降级、撤职、开除的，应当按照规定"
    "相应调整其享受的待遇。",
    ["未经监察机关同意，不得出境、辞去公职", "不得对其交流、晋升、奖励、处分或者办理退休手续",
     "不再给予政务处分，但是可以对其立案调查"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续"),
     E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("multi",
    "厂子是我和老伴一手做起来的，明年准备交给女儿。女儿在外面学了财务，回来一看就说我们家公私不分——买房、孩子"
    "学费都从公司账上走。她说新出的民营经济促进法对这个有要求，是真的吗？还有，我一直担心万一哪天公司惹上案子"
    "被查封，会不会把我们家里的房子存款一起封掉？",
    "是真的。《民营经济促进法》第四十条：民营经济组织应当加强财务管理、规范会计核算、防止财务造假，并区分生产"
    "经营收支与经营者个人收支，实现企业财产与经营者个人财产分离。第六十二条：查封、扣押、冻结涉案财物应当遵守法定"
    "权限、条件和程序，严格区分民营经济组织财产与经营者个人财产、涉案人财产与案外人财产，不得超权限、超范围、超数额、"
    "超时限查封、扣押、冻结财物。",
    ["区分民营经济组织生产经营收支与民营经济组织经营者个人收支",
     "民营经济组织财产与民营经济组织经营者个人财产",
     "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物"],
    [E(PE, "第四十条", "并区分民营经济组织生产经营收支与民营经济组织经营者个人收支"),
     E(PE, "第四十条", "实现民营经济组织财产与民营经济组织经营者个人财产分离"),
     E(PE, "第六十二条", "民营经济组织财产与民营经济组织经营者个人财产，涉案人财产与案外人财产"),
     E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物")],
    lang="zh")

add("multi",
    "Our family firm signed an industrial-support agreement with a county government in 2021: subsidies in "
    "exchange for building a plant there. Last year the county was merged into a neighbouring district and the new "
    "officials now say the old deal \"belongs to a government that no longer exists\". My kids, who are taking over "
    "the business, want to complain. Does the NDRC 2023 notice cover this kind of agreement at all, and does the "
    "merger excuse the county?",
    "Yes, it is covered: II.(1) says the scope of breach of contract and dishonesty includes breach and repudiation "
    "of agreements and contracts signed by government departments with private enterprises in fields including "
    "investment promotion, government-social capital cooperation and industrial support. No excuse: II.(2) says "
    "failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded "
    "as breach of contract and dishonesty. Complaints go to the provincial credit leading departments' complaint "
    "columns (II.(1)).",
    ["government-social capital cooperation, industrial support, government investment",
     "Failure to perform due to institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "说个我们学校后勤的事：有家小装修队因为工钱拖了半年，跑到省里的平台告了我们一状。后勤一个科长气坏了，放话说"
    "以后学校的活儿一概不让他们沾边，还半夜打电话给人家老板说“走着瞧”。这科长的做法有问题吗？",
    "有问题。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款"
    "请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：有此行为的，对负有责任的领导人员和直接责任"
    "人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复", "依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任")],
    lang="zh")

add("paraphrase",
    "The Guangzhou discipline official who spoke at that lecture – what was his rule of thumb for telling whether a "
    "cadre's dealings with a businessman are OK? Something along the lines of 'could you do it in broad daylight'?",
    "Per ¶10, Wang Yuqun said the core of judging is to distinguish between \"acting for the public good\" and "
    "\"acting for personal gain\", and the key is whether the actions can be \"put on the table\".",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "厂里一个车间主任（国企管理人员）挨了处分，他不服，说要找监委重新审一遍。那在重新审完之前，降薪这些是不是先缓"
    "一缓？还有他要是去闹，会不会反而罚得更狠？",
    "不缓。《公职人员政务处分法》第五十六条：复审、复核期间，不停止原政务处分决定的执行；公职人员不因提出复审、"
    "复核而被加重政务处分。",
    ["复审、复核期间，不停止原政务处分决定的执行", "公职人员不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行"),
     E(PS, "第五十六条", "公职人员不因提出复审、复核而被加重政务处分")],
    lang="zh")

add("paraphrase",
    "so beijing tells the provinces to take complaints about town halls breaking their word. but how does the "
    "national planning agency actually check the provinces are doing the job, rather than just taking their word "
    "for it??",
    "IV.(7) of the NDRC notice: the NDRC evaluates key tasks – how efficiently complaints are handled and "
    "identified, the quality of credit information collection and the implementation of punishment measures – "
    "through spot checks, third-party investigations, cross-checks and other methods, regularly notifying the "
    "provincial credit leading departments and copying the provincial people's governments.",
    ["spot checks, third-party investigations, cross-checks", "copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods"),
     E(NDRC, "IV.(7)", "copying the provincial people's governments")],
    lang="en")

add("paraphrase",
    "最近网上有个账号天天发视频，说我们家的食品厂用地沟油，还把我爸的名字、照片都挂出来，评论区骂成一片，好几个"
    "经销商都来退货了。其实全是瞎编的。我刚从我爸手里接过厂子，这种事能让法院先叫他停下来吗？亏的钱能要回来吗？",
    "能。《民营经济促进法》第五十九条：任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济"
    "组织及其经营者的人格权益；受到恶意侵害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施；致使生产"
    "经营等活动遭受实际损失的，侵权人依法承担赔偿责任。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "遭受实际损失的，侵权人依法承担赔偿责任")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "I head procurement at a county public hospital (a public institution). Our finance office asked me what the "
    "SME payment Regulations require us to publish each year about late payments to small suppliers – by when, "
    "what information, and through which channels?",
    "Article 18(1): government organs and public institutions must, before 31 March each year, publish the number "
    "and amount of contracts on which payments to SMEs were overdue and still unpaid in the previous year, through "
    "websites, newspapers or other channels convenient for the public. (Failing to do so is listed in Art. 31(7).)",
    ["应当于每年3月31日前", "合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="en")

add("cross_lingual",
    "Explainer question: what sanctions can supervisory commissions impose on public officials under the 2020 "
    "Public Official Sanctions Law, and how long does each one last?",
    "Article 7: warning, demerit, major demerit, demotion, removal from office and expulsion. Article 8: warning "
    "six months; demerit twelve months; major demerit eighteen months; demotion and removal from office twenty-four "
    "months. The decision takes effect when made and the period runs from the date it takes effect.",
    ["（六）开除", "警告，六个月", "记过，十二个月", "记大过，十八个月", "降级、撤职，二十四个月",
     "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第七条", "第七条 政务处分的种类为："),
     E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="en")

add("cross_lingual",
    "我家是做日化的家族企业，正在交班给儿子，他想给公司做个合规“体检”。广州那篇大湾区廉洁合规协会的报道里提到的"
    "“企业合规体检”服务，具体提供些什么？",
    "报道¶37：Enterprise Compliance Health Check——为企业提供定制化合规体检和反舞弊调查等专业服务（\"customized "
    "compliance health checks and anti-fraud investigations\"），帮助企业建立廉洁合规管理体系。",
    ["customized compliance health checks and anti-fraud investigations",
     "helping them build an integrity and compliance management system"],
    [E(GZ, "¶37", "customized compliance health checks and anti-fraud investigations"),
     E(GZ, "¶37", "helping them build an integrity and compliance management system")],
    lang="zh")

add("cross_lingual",
    "我们学校（事业单位）被一家民营企业投诉说违约。听说发改委2023年那份政务诚信通知里，政府失信记录会影响考核，"
    "具体会被纳入哪些考核评价？",
    "通知第三部分第（3）项：各级信用牵头部门应推动将失信记录纳入相关政府部门绩效考核评价指标（\"inclusion of "
    "dishonesty records into performance evaluation indicators\"）；发改委将把政府失信记录适当纳入营商环境评价和"
    "高质量发展综合绩效评价（\"business environment evaluations and comprehensive performance evaluations of "
    "high-quality development\"）。（第二部分第（1）项写明投诉对象包括机关和事业单位。）",
    ["inclusion of dishonesty records into performance evaluation indicators",
     "business environment evaluations and comprehensive performance evaluations of high-quality development"],
    [E(NDRC, "III.(3)", "promote the inclusion of dishonesty records into performance evaluation"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")],
    lang="zh")

add("cross_lingual",
    "I'm in HR at a subsidiary of a central SOE and we're redesigning our whistleblowing hotline. What does "
    "Article 24 of SASAC's 2022 compliance Measures require about the reporting channel, protecting the "
    "whistleblower's identity, and rewards?",
    "Article 24: set up a violation-reporting platform and publish a reporting phone number, email or mailbox; the "
    "departments concerned accept, investigate and handle reports (asset losses or serious consequences go to the "
    "accountability department, suspected disciplinary or legal violations to discipline inspection and supervision "
    "bodies). The whistleblower's identity and the reported matters must be kept strictly confidential; "
    "whistleblowers whose reports prove true may be given appropriate rewards; no one may retaliate in any form.",
    ["公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我们是三甲公立医院设备处，要从一家小企业采购一台DR设备。按《保障中小企业款项支付条例》，合同里的验收期限最长"
    "能约定多少天？是不是有“不得超过30天”的硬性上限？装机调试的时间算不算在里面？",
    ["验收期限最长", "不得超过30天", "装机调试"],
    "条例第十条只要求合同双方约定明确、合理的检验或者验收期限并在期限内完成，法律法规另有规定的从其规定；没有规定"
    "验收期限的天数上限，也没有提到安装调试；其他文件也没有。",
    lang="zh", present=["验收期限", "明确、合理"])

unans("not_covered",
    "For readers: what exactly makes a supplier an 'SME' under China's Regulations on Guaranteeing Payments to SMEs? "
    "What are the headcount and annual-revenue cut-offs separating micro, small and medium enterprises?",
    ["headcount", "employees", "从业人员", "营业收入"],
    "Article 3 only says SMEs are the medium, small and micro enterprises determined under the SME classification "
    "standards approved by the State Council, and Article 29 adds a size self-test platform; no thresholds appear "
    "in any document.",
    lang="en", present=["中小企业划分标准", "规模类型"])

unans("not_covered",
    "央企二级子公司人力部，问个细节：按《中央企业合规管理办法》要建员工违规行为记录，一条违规记录在系统里要保留"
    "几年？过多久以后职级评定就不再考虑它了？",
    ["保存期限", "保存年限", "保留年限"],
    "第二十五条只要求建立违规行为记录制度，把违规行为性质、发生次数、危害程度作为考核评价、职级评定的重要依据，"
    "第三十三条要求纳入信息系统；没有规定记录保存期限或影响期限，其他文件也没有。",
    lang="zh", present=["违规行为记录制度", "职级评定"])

unans("not_covered",
    "Article 24 of the SASAC compliance Measures lets us reward whistleblowers whose reports turn out to be true. "
    "Is there a prescribed amount or percentage (say, a share of the losses recovered), or a cap on such rewards?",
    ["reward amount", "奖励金额", "奖励标准"],
    "Article 24 only says whistleblowers whose reports are true may be given appropriate rewards; no amount, "
    "percentage or cap is set in any document.",
    lang="en", present=["适当奖励"])

unans("not_covered",
    "我今年65了，准备把家里的纺织公司股份分给一儿一女。民营经济促进法里有没有专门支持民营企业家族传承、代际交接班"
    "的条款？股份过户给子女能不能享受什么税费减免？",
    ["传承", "接班", "股权转让", "赠与", "继承"],
    "民营经济促进法讲经营者队伍建设（第五条）、治理结构（第三十八条）、财产分离（第四十条）等，但没有关于家族企业"
    "代际传承或股份过户给子女的税费优惠的规定；其他文件也没有（优化营商环境条例第十二条的“税费减免”只是平等适用）。",
    lang="zh", present=["民营经济组织经营者", "税费减免"])

unans("not_covered",
    "Once a provincial credit department passes a breach-of-contract complaint to the government body's superior "
    "department, how many working days does that department have to finish verifying it, and what happens if it "
    "misses the deadline?",
    ["working days", "deadline", "days"],
    "NDRC II.(2) says complaint clues are transferred immediately for verification and identification and the "
    "complainant gets prompt feedback, but no verification deadline or consequence of missing one is stated. (The "
    "10-working-day and 30-day limits in Art. 25 of the SME payment Regulations concern SME arrears complaints, "
    "not this procedure.)",
    lang="en", present=["verification and identification", "个工作日"])

unans("not_covered",
    "医院财务科长问我：要是我们逾期付了供应商货款，按条例得付逾期利息，这笔利息能在医院的财政拨款里列支吗？还是"
    "要由拖延付款的经办人个人承担？",
    ["列支", "个人承担", "经办人"],
    "条例第十七条只规定机关、事业单位迟延支付须支付逾期利息及利率，第三十一条规定责令改正、对责任人员给予处分；"
    "逾期利息从何种资金列支、是否由个人承担，各文件均未规定。",
    lang="zh", present=["逾期利息", "直接责任人员"])

unans("not_covered",
    "The Guangzhou report says the two batches of the Guidelines cover 33 scenarios in total. How many of those are "
    "in the first batch and how many in the second, and what are the titles of the second-batch scenarios?",
    ["18 scenarios", "15 scenarios", "scenario titles"],
    "¶10 only gives the total of 33 scenarios across both batches; ¶9 and ¶17 describe what each batch focuses on "
    "but not how many scenarios each contains or what they are called.",
    lang="en", present=["33 scenarios", "second batch"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "条例第十三条规定，中小企业用保函代替保证金的，保函只能由国有大型商业银行出具。我们医院最近收到一家供应商拿来的"
    "农商行保函，是不是可以不收、继续要求他们交现金？",
    ["国有大型商业银行", "农商行"],
    "前提错误：第十三条规定不得将保证金限定为现金，中小企业以金融机构出具的保函等提供保证的应当接受，并未限定须由"
    "国有大型银行出具；第三十一条第（五）项把拒绝接受保函列为应责令改正的情形。",
    lang="zh", present=["金融机构出具的保函"],
    related=[E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"),
             E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金")])

unans("false_premise",
    "Article 8 of the Public Official Sanctions Law sets a 36-month sanction period for demotion but only 24 months "
    "for removal from office. Why would the lighter sanction last longer than the heavier one?",
    ["36 months", "三十六个月", "36个月"],
    "False premise: Article 8 sets the same 24-month period for demotion and removal from office (warning 6, "
    "demerit 12, major demerit 18 months); there is no 36-month period.",
    lang="en", present=["二十四个月"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
    "《中央企业合规管理办法》第十二条规定首席合规官由企业纪委书记兼任、对国资委负责。我们集团纪委书记刚调走，新书记"
    "到位之前，重大决策的合规审查意见该由谁签字？",
    ["纪委书记"],
    "前提错误：第十二条规定首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；并非由纪委书记"
    "兼任、对国资委负责。",
    lang="zh", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "My father is handing our family company over to me. Someone told me Article 40 of the new Private Economy "
    "Promotion Law obliges every private company to have its books audited each year by a certified public "
    "accountant and to file the report with the Federation of Industry and Commerce. Which CPA firms are approved "
    "for that?",
    ["certified public accountant", "注册会计师", "年度审计"],
    "False premise: Article 40 requires private economic organizations to strengthen financial management, "
    "standardise accounting, prevent financial fraud and separate company and owner finances; there is no annual "
    "CPA audit or filing duty (Art. 39 only supports internal audit systems).",
    lang="en", present=["内部审计制度", "防止财务造假"],
    related=[E(PE, "第四十条", "加强财务管理，规范会计核算，防止财务造假"),
             E(PE, "第三十九条", "支持引导民营经济组织建立健全内部审计制度")])

unans("false_premise",
    "我们公司有个员工去年被给了警告处分，按政务处分法，处分期满后得他本人写申请、经监委批准才能解除吧？我们人事部要"
    "不要提醒他提前准备申请材料？",
    ["申请解除"],
    "前提错误：第二十六条规定，受到开除以外的政务处分，在处分期内有悔改表现且没有再发生应受政务处分的违法行为的，"
    "处分期满后自动解除，无需本人申请或监委批准；警告的处分期为六个月（第八条）。",
    lang="zh", present=["自动解除", "六个月"],
    related=[E(PS, "第二十六条", "并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")])

unans("false_premise",
    "I'm told the NDRC's 2023 notice on government integrity only applies to contracts that local governments sign "
    "with foreign investors, as part of a push to reassure overseas capital. Which provision limits it to "
    "foreign-invested projects?",
    ["foreign investors", "foreign-invested", "foreign"],
    "False premise: II.(1) defines the scope as breach and repudiation of agreements and contracts signed by "
    "government departments with private enterprises (procurement, bidding, investment promotion, PPP, industrial "
    "support, government investment); the notice says nothing about foreign investors.",
    lang="en", present=["private enterprises"],
    related=[E(NDRC, "II.(1)", "contracts signed by government departments with private enterprises")])

unans("false_premise",
    "Background check: the GBA Integrity and Compliance Association was set up in 2019 by the Guangdong provincial "
    "government as a government agency, right? So its lecture hall counts as official government training?",
    ["Guangdong provincial government", "government agency"],
    "False premise: ¶32 says the association was established in 2021 (¶41: 16 April 2021) as a non-profit social "
    "organization jointly promoted by the municipal discipline commission, municipal SASAC and municipal federation "
    "of industry and commerce – not a provincial government agency set up in 2019.",
    lang="en", present=["non-profit social organization"],
    related=[E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
             E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "我们医院准备买一台3.0T核磁共振，听说属于大型医用设备，要先办配置许可证。甲类、乙类分别找哪个部门审批？",
    ["医用设备", "配置许可", "核磁"],
    "大型医用设备配置许可属卫生健康行政管理事项，七份文件均未涉及（文件中的“行政许可”只是泛泛的许可制度改革）。",
    lang="zh", present=["行政许可"])

unans("out_of_domain",
    "If I transfer shares in my family company to my two children in China, is there an inheritance or gift tax, "
    "and what's the rate?",
    ["inheritance tax", "gift tax", "遗产税"],
    "Personal tax on transfers within a family; none of the documents deals with it.",
    lang="en", present=["税务机关"])

unans("out_of_domain",
    "我们学校要从国外进口一批科研试剂，报关时能不能享受科教用品免税？需要提前去海关办什么手续？",
    ["科教用品", "免税", "报关"],
    "进口科教用品税收政策和海关手续，文件不涉及（优化营商环境条例第四十五条只泛泛提到通关便利化）。",
    lang="zh", present=["通关"])

unans("out_of_domain",
    "We're laying off a team at a state-owned subsidiary. How is statutory severance (economic compensation) "
    "calculated in China – one month's wage per year of service? Is there a cap for high earners?",
    ["severance", "economic compensation", "经济补偿"],
    "Labour-law severance; none of the documents deals with it (PS Art. 23/26 only mention ending a labour "
    "relationship as a disciplinary consequence).",
    lang="en", present=["劳动关系"])

unans("out_of_domain",
    "员工在我们国企连续工作满十年了，他今年能休几天带薪年休假？没休完的年假公司要按300%折算工资吗？",
    ["年休假", "带薪年假", "300%"],
    "带薪年休假属劳动法规问题，文件不涉及。",
    lang="zh", present=["劳动用工"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "我们医院的采购合同模板还是照着2020年那版《保障中小企业款项支付条例》写的。请对照一下：2020年版原条文对机关、"
    "事业单位的付款期限是怎么规定的？2025年修订改了哪些地方？",
    ["2020年版", "修订前", "原条文"],
    "语料只有2025年3月修订后的条例（国务院令第802号），虽提到2020年国务院令第728号公布，但没有收录修订前的条文，"
    "无法比较改动。",
    lang="zh", present=["第728号", "第802号修订"])

unans("superseded",
    "Before the 2020 law, civil servants were disciplined under the 2007 Regulations on the Punishment of Civil "
    "Servants of Administrative Organs. How long did a demerit last under those 2007 regulations, and did the 2020 "
    "law change it?",
    ["2007", "行政机关公务员处分条例", "Civil Servants of Administrative Organs"],
    "The corpus holds only the 2020 Public Official Sanctions Law (Art. 8: demerit twelve months); the 2007 "
    "regulations are not in it, so no comparison can be made.",
    lang="en", present=["记过，十二个月"])

unans("superseded",
    "Our compliance manual still cites SASAC's 2018 Guidelines for Compliance Management of Central Enterprises "
    "(for Trial Implementation). What did those trial guidelines require of the compliance committee, and does the "
    "2022 version keep it?",
    ["2018", "试行"],
    "Only the 2022 Measures (SASAC Order No. 42) are in the corpus; Article 11 there requires a compliance "
    "committee, but no 2018 trial guidelines are in the corpus to compare with.",
    lang="en", present=["合规委员会", "第42号"])

unans("superseded",
    "广州市纪委前年发的第一批《广州市政商交往典型场景指引及问答》原文里，关于公职人员能不能吃企业安排的工作餐，"
    "正面清单是怎么写的？",
    ["正面清单", "工作餐"],
    "GZ报道只概述第一批指引回应了“what meals can be eaten and what vehicles can be taken”等问题、采用“scenario + "
    "list + case”形式，语料中没有任一批指引的原文，无法给出清单条文。",
    lang="zh", present=["first batch", "positive and negative lists"])
