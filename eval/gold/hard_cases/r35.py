"""Hard-case gold items, thirty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: an internal auditor at a subsidiary of a central SOE (Chinese: compliance organisation, whistle-blowing,
chief compliance officer, sanctions on managers, overdue payments to SME suppliers), a private for-profit
kindergarten operator dealing with the district education bureau (Chinese, long stories: compulsory fee-charging
appraisals, designated testing firms, broken subsidy agreements, arrears on purchased services), and a logistics
startup founder (English, terse: late payers, receivables financing, acceptance delays, broken investment deals).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我在一家中央企业二级子公司的审计部工作。集团正在按《中央企业合规管理办法》搭建违规举报平台，办法对平台要对外"
    "公布哪些联系方式、对举报人的保密和奖励分别是怎么规定的？",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；应当对举报人的"
    "身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励")],
    lang="zh")

add("single",
    "City transport bureau stopped honouring our cold-chain depot deal. New director says he 'wasn't party to it'. "
    "Under the NDRC 2023 notice does that still count as breach of contract?",
    "Yes. Item II.(2) of the NDRC notice: failure to perform due to institutional adjustments, personnel changes and "
    "other reasons shall all be regarded as breach of contract and dishonesty (and a department that refuses to "
    "rectify after verification is confirmed as in breach).",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "我在区里开了一家营利性的民办幼儿园，登记的是有限公司，这两年跟区教育局打交道特别多。上个月教育局发通知，说要"
    "搞全区“星级幼儿园评比”，外加园长“规范化办园培训”，每家园必须报名，评比费三千，培训费每人一千二，还说不参加"
    "的年检时会“重点关注”。我们园就六个班，老师本来就忙不过来，那周还撞上家长开放日。这种强制参加、还要交钱的评比"
    "和培训，有没有规定说我们可以不参加？",
    "有。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "In the Guangzhou lecture-hall write-up, what format did the drafting committee say both batches of the "
    "Guidelines use, and what gap at the grass-roots level was it meant to fill?",
    "¶8: normative provisions, though highly generalisable, have limited applicability and operability in specific "
    "scenarios, and the grass-roots level urgently needed a guideline that is \"easy to understand and simple to "
    "apply\"; the drafters drew on the scenario-based format, introducing behavioural scenarios and typical cases on "
    "the basis of positive and negative lists, forming the \"scenario + list + case\" format adopted by both batches.",
    ["scenario + list + case", "easy to understand and simple to apply"],
    [E(GZ, "¶8", "the grass-roots level is in urgent need of a guideline document"),
     E(GZ, "¶8", "thus forming the ‘scenario + list + case’ format adopted by both batches")],
    lang="en")

add("single",
    "子公司一名副总经理（国有企业管理人员）上个月被监委给了记过处分。人力资源部来问我们审计部：他处分期内，今年的"
    "岗位等级晋升和薪酬调级还能不能照常走？",
    "不能。《公职人员政务处分法》第二十一条：国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称；其中，"
    "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级。",
    ["国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级"],
    [E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我们是央企下属公司的审计部。集团在推合规管理体系，我们对分工有点拿不准：员工的违规举报到底归合规管理部门受理，"
    "还是归我们审计？审计、纪检这些部门在合规管理里按办法是什么角色？",
    "《中央企业合规管理办法》第十四条：合规管理部门受理职责范围内的违规举报，提出分类处置意见，组织或者参与对违规"
    "行为的调查。第十五条：纪检监察机构和审计、巡视巡察、监督追责等部门依据有关规定，在职权范围内对合规要求落实情况"
    "进行监督，对违规行为进行调查，按照规定开展责任追究。",
    ["受理职责范围内的违规举报，提出分类处置意见", "在职权范围内对合规要求落实情况进行监督"],
    [E(SOE, "第十四条", "受理职责范围内的违规举报，提出分类处置意见，组织或者参与对违规行为的调查"),
     E(SOE, "第十五条", "中央企业纪检监察机构和审计、巡视巡察、监督追责等部门依据有关规定"),
     E(SOE, "第十五条", "在职权范围内对合规要求落实情况进行监督，对违规行为进行调查")],
    lang="zh")

add("multi",
    "说来话长。2022年区政府为了扩学位，跟我们几家民办园签了扶持协议。我们园是营利性的，登记为公司，老板就是我本人。"
    "协议白纸黑字写着三年内每年按在园人数给补助、减免场地租金，我们也照协议把收费降到了普惠标准。结果去年区里换届，"
    "教育局局长也换了人，新领导一句“那是上一届的承诺”，补助停了，租金还要按市场价补交。这一年园里亏了四十多万，"
    "老师工资都是我自己垫的。政府能这样拿换届当理由不认账吗？我们的损失谁来负责？",
    "不能。《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行依法作出的政策承诺和订立的合同，不得以"
    "行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；确因公共利益需要改变的，应依法定权限"
    "和程序进行并予以补偿。第七十三条：不履行依法作出的政策承诺、依法订立的合同的，由有权机关予以纠正，造成损失的，"
    "依法予以赔偿；造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "由有权机关予以纠正，造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "不履行向民营经济组织依法作出的政策承诺、依法订立的合同的"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

add("multi",
    "Prefecture-level city reneged on an investment-promotion deal for our logistics hub. Does the NDRC notice cover "
    "that kind of agreement? And if the city ends up with a dishonesty record, what does the NDRC do to the city?",
    "Yes: II.(1) defines the scope of breach of contract and dishonesty as breach and repudiation of agreements and "
    "contracts signed by government departments with private enterprises in government procurement, bidding, "
    "investment promotion, PPP, industrial support, government investment and other fields. III.(4): for "
    "prefecture-level and above cities with government dishonesty records, the NDRC will cancel their eligibility "
    "for awards and pilot demonstrations in the development and reform system, increase the weight of city credit "
    "monitoring deductions, and cancel the title or eligibility for social-credit demonstration zones.",
    ["government procurement, bidding, investment promotion", "cancel their eligibility for awards",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "II.(1)", "private enterprises in government procurement, bidding, investment promotion"),
     E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("multi",
    "Per the Guangzhou lecture-hall report: what's the 'clean but not proactive' problem the Red Sea HR chairman says "
    "the Guidelines solve, and what does the Capitalogics speaker say they give new business formats like AI?",
    "¶13: the Guidelines solve the long-standing dilemma of \"wanting to connect but fearing overstepping the bounds, "
    "hoping for support but daring not to act\" – being \"clean but not proactive\" – by refining the error-tolerant "
    "and liability-exemption mechanism and encouraging cadres to provide proactive services. ¶25: the \"inclusive and "
    "prudent supervision\" and \"observation period\" system provide trial-and-error space and development patience for "
    "new business formats such as artificial intelligence (and \"due diligence and compliance are grounds for "
    "liability exemption\").",
    ["wanting to connect but fearing overstepping the bounds, hoping for support but daring not to act",
     "refining the error-tolerant and liability exemption mechanism",
     "provide valuable trial-and-error space and development patience for new business formats"],
    [E(GZ, "¶13", "wanting to connect but fearing overstepping the bounds"),
     E(GZ, "¶13", "refining the error-tolerant and liability exemption mechanism"),
     E(GZ, "¶25", "provide valuable trial-and-error space and development patience for new business")],
    lang="en")

add("multi",
    "今年内审发现，我们这家央企子公司（按规模属于大型企业）对一批中小供应商有不少逾期没付的合同。除了催业务部门付款，"
    "按《保障中小企业款项支付条例》，公司在合规体系、年报公示和向上报告这几方面还有哪些硬性要求？",
    "《保障中小企业款项支付条例》第十九条：大型企业应当将保障中小企业款项支付工作情况纳入企业风险控制与合规管理体系，"
    "并督促其全资或者控股子公司及时支付。第十八条第二款：大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等"
    "信息纳入企业年度报告，通过国家企业信用信息公示系统向社会公示。第二十二条：国有大型企业应当每年定期将上一年度"
    "逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门。",
    ["纳入企业风险控制与合规管理体系", "纳入企业年度报告", "按程序报其主管部门或者监管部门"],
    [E(SME, "第十九条", "大型企业应当将保障中小企业款项支付工作情况，纳入企业风险控制与合规管理体系"),
     E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第二十二条", "国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们园想在隔壁再租一层楼扩两个班，就去区政务大厅办手续。窗口的人说，房屋安全鉴定和室内空气检测那两份报告，"
    "他们“只认”某某检测公司出的，别家出的一律不收，还顺手塞给我一张那家公司的名片。我私下问了一圈，那家报价比市面"
    "上贵一倍，听说老板跟局里有人沾亲带故。我们能不能自己找别的正规机构去做？这种“只认一家”的做法有没有说法？",
    "有说法。《优化营商环境条例》第四十三条：行政机关不得为市场主体指定或者变相指定中介服务机构；除法定行政审批中介"
    "服务外，不得强制或者变相强制市场主体接受中介服务。",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构", "不得强制或者变相强制市场主体接受中介服务"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第四十三条", "除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介服务")],
    lang="zh")

add("paraphrase",
    "Is the national planning commission actually going to publicly call out the worst repeat-offender local govts "
    "that stiff businesses? Where?",
    "Yes. IV.(9) of the NDRC notice: select a batch of cases with serious dishonesty, repeated dishonesty and strong "
    "public complaints, publicise them on the \"Credit China\" website and expose them to society through news media "
    "to form a strong public-opinion deterrent.",
    ["cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "through news media to form a strong public opinion deterrent"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "through news media to form a strong public opinion deterrent")],
    lang="en")

add("paraphrase",
    "打个比方：哪天集团因为有人违规，被某个国际机构点名制裁，或者惹上一场标的巨大的官司，公司内部该谁挑头收拾局面？"
    "这种事要不要往上报给国资委？",
    "《中央企业合规管理办法》第二十二条：因违规行为引发重大法律纠纷案件、重大行政处罚、刑事案件，或者被国际组织制裁"
    "等重大合规风险事件的，应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合，及时妥善应对；发生重大合规"
    "风险事件，应当按照相关规定及时向国资委报告。",
    ["应当由首席合规官牵头，合规管理部门统筹协调", "应当按照相关规定及时向国资委报告"],
    [E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告")],
    lang="zh")

add("paraphrase",
    "honestly how do i tell if grabbing dinner w/ a district official to talk about our depot site is ok or not?? "
    "the guangzhou guidelines talk gave some rule of thumb right",
    "Per ¶10, Wang Yuqun said the core of judging any situation is to distinguish between \"acting for the public "
    "good\" and \"acting for personal gain\", and the key is whether the actions can be \"put on the table\"; he also "
    "pointed to three sets of dialectical relationships to grasp when consulting the Guidelines.",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "教育局管年检的一个科员，每次来园里检查都挑三拣四，话里话外暗示我们“懂点事”，上回非得我们请他吃顿饭才肯在检查"
    "表上签字。他这种做法要是被查实，会受什么处理？",
    "《公职人员政务处分法》第三十八条第一款第（二）项：在管理服务活动中故意刁难、吃拿卡要的，情节较重的，予以警告、"
    "记过或者记大过；情节严重的，予以降级或者撤职；第二款：有该项行为、情节特别严重的，予以开除。",
    ["在管理服务活动中故意刁难、吃拿卡要的", "情节较重的，予以警告、记过或者记大过"],
    [E(PS, "第三十八条", "（二）在管理服务活动中故意刁难、吃拿卡要的"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Want to factor receivables a big SOE shipper owes us. Under China's SME payment regs, how long do they get to "
    "confirm the debt once we ask?",
    "30 days. Article 16(2): where an SME finances with accounts receivable, government organs, public institutions "
    "and large enterprises shall confirm the creditor-debtor relationship within 30 days of the SME's request for "
    "confirmation, to support the SME's financing.",
    ["应当自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="en")

add("cross_lingual",
    "Sold a sorting line to a state-owned port operator. Contract: pay 30 days after acceptance, acceptance within 15 "
    "days of delivery. They've sat on acceptance for 2 months. When does our 30-day clock start under the SME "
    "payment Regulations?",
    "From the end of the agreed acceptance period. Article 10: where payment is conditional on passing inspection or "
    "acceptance, the term runs from passing; but if the government organ, public institution or large enterprise "
    "delays inspection or acceptance, the payment term runs from the expiry of the agreed inspection or acceptance "
    "period.",
    ["拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约机制的通知里，政府部门被认定违约失信以后，满足什么条件可以修复信用、解除惩戒？"
    "由谁来统筹？",
    "通知第三部分第（6）项：各级信用牵头部门统筹指导本辖区失信主体的信用修复工作（\"coordinate and guide credit "
    "restoration work for dishonest entities\"）；认定部门确认失信行为已纠正、履约完成后，应及时修复相关失信记录，"
    "终止失信惩戒措施。",
    ["coordinate and guide credit restoration work for dishonest entities",
     "dishonest behavior has been corrected and performance completed"],
    [E(NDRC, "III.(6)", "coordinate and guide credit restoration work for dishonest entities"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")],
    lang="zh")

add("cross_lingual",
    "我在央企子公司做内审。听说广州那场廉洁合规大讲堂上，广药集团审计部负责人讲了审计风险识别的“三个区分”。报道里"
    "具体提到要区分哪两对？什么情况下容错，什么情况下必须追责？",
    "据报道¶30：一是区分合规决策与违规失职（compliant decision-making and dereliction of duty），二是区分客观风险与"
    "人为漏洞（objective risks and man-made loopholes）；因政策调整、市场变化、技术探索等固有风险造成损失且已采取止损"
    "措施的，予以容错；因投后管控缺失、挪用资金、隐瞒风险延误处置导致损失扩大的，失职者必须追责。",
    ["distinguishes between compliant decision-making and dereliction of duty",
     "distinguishes between objective risks and man-made loopholes",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "distinguishes between compliant decision-making and dereliction of duty"),
     E(GZ, "¶30", "distinguishes between objective risks and man-made loopholes"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="zh")

add("cross_lingual",
    "Do SASAC's 2022 compliance Measures make central SOEs create a brand-new Chief Compliance Officer leadership "
    "post? Who fills the role and whom does the CCO answer to?",
    "No new post. Article 12: central SOEs shall set up a CCO in light of their actual situation, without adding "
    "leadership posts or headcount; the role is held concurrently by the general counsel, is responsible to the "
    "enterprise's principal person in charge, and leads the compliance department.",
    ["不新增领导岗位和职数，由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第十二条", "对企业主要负责人负责，领导合规管理部门组织开展相关工作")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我们审计部想对标一下：按《中央企业合规管理办法》，合规管理体系有效性评价应该每年做一次还是三年一次？评价报告"
    "要不要报国资委备案？",
    ["每年一次", "三年一次", "报国资委备案"],
    "第二十七条只说中央企业应当定期开展合规管理体系有效性评价，第八条、第十四条讲董事会推动评价、合规管理部门根据"
    "授权开展评价，均未规定频次，也没有报国资委备案的要求（第二十二条只要求重大合规风险事件向国资委报告）。",
    lang="zh", present=["有效性评价", "定期开展"])

unans("not_covered",
    "Big e-commerce client paid us 4 months late. Beyond interest, how big a fine in RMB do the SME payment regs "
    "slap on them?",
    ["RMB", "yuan", "fine"],
    "The SME Regulations give late-payment interest (Art. 17) and sanctions such as orders to correct, disciplinary "
    "action against responsible persons, credit records and publicity (Arts. 26, 31-35); Art. 34 only says market "
    "regulators deal with false annual-report disclosure. No fine amount is stated anywhere.",
    lang="en", present=["逾期利息", "依法处理"])

unans("not_covered",
    "我们园给区教育局做“政府购买学前教育服务”，合同写的是按季度结算，可对方已经欠了两个季度的服务费。我在国家拖欠"
    "中小企业款项投诉平台上投了诉，省里已经转给市里的部门处理。现在市里说已经督促教育局反馈情况了，但教育局就是一直"
    "拖着不回话。请问按条例，被投诉单位必须在几个工作日内反馈？超过几天不反馈就会收到督办书？",
    ["个工作日内反馈", "日内反馈"],
    "条例第二十五条只规定处理投诉部门应当督促被投诉人及时反馈情况，未及时反馈或者未按规定反馈的发出督办书；被投诉人"
    "反馈的具体天数和发督办书的时点均未规定（规定的期限只有转交10个工作日、形成处理结果30日、最长90日）。",
    lang="zh", present=["督办书", "及时反馈"])

unans("not_covered",
    "Under the NDRC notice, how many working days does the superior department have to finish verifying a "
    "breach-of-contract complaint after the provincial credit department transfers it?",
    ["working days", "deadline"],
    "II.(2) says the provincial credit leading department should immediately transfer complaint clues for "
    "verification and identification and the identifying department should promptly give feedback or promote "
    "rectification; no verification period is set.",
    lang="en", present=["verification and identification", "immediately"])

unans("not_covered",
    "集团要求我们子公司也配首席合规官。《中央企业合规管理办法》对首席合规官有没有任职资格要求？比如必须持有法律职业"
    "资格、有几年以上法务工作经历？",
    ["法律职业资格", "任职资格", "工作经历"],
    "第十二条只规定首席合规官不新增领导岗位和职数、由总法律顾问兼任、对主要负责人负责并指导所属单位加强合规管理，"
    "没有任何任职资格或从业年限要求。",
    lang="zh", present=["首席合规官", "总法律顾问"])

unans("not_covered",
    "How many member companies does the GBA Integrity and Compliance Association have right now?",
    ["member companies", "number of members"],
    "The GZ report (¶34) describes the membership by ownership type and size and says it covers 29 industry "
    "sectors, and that the lecture hall gathered over 100 guests, but it never gives the number of members.",
    lang="en", present=["29 industry sectors", "member enterprises"])

unans("not_covered",
    "教育局拖欠我们园两年的普惠补助，一共六十多万，协议写得清清楚楚。律师建议先拿《民营经济促进法》第七十条、第七十三条"
    "跟他们交涉，谈不拢就起诉。我就想问一句实在的：照这些规定，真去法院告教育局，我们胜诉的可能性有多大？大概要多久"
    "才能拿到钱？",
    ["胜诉", "胜诉率"],
    "文件规定了政府应当履行承诺、由有权机关纠正并依法赔偿（民营经济促进法第七十条、第七十三条），以及法院对拖欠"
    "账款案件依法及时立案、审理、执行（第六十八条），但无法预测个案诉讼结果或回款时间。",
    lang="zh", present=["依法予以赔偿", "及时立案"])

unans("not_covered",
    "Private Economy Promotion Law only: what's the max number of days a large company may take to pay a small "
    "private firm like us? Need the figure from that law, not other regs.",
    ["60 days", "days"],
    "PE Art. 68 only requires large enterprises to agree a reasonable payment term, pay in time and not make "
    "third-party payment a condition; it states no number of days. (The SME payment Regulations, Art. 9, have a "
    "60-day default for large enterprises, but the question asks for the Private Economy Promotion Law.)",
    lang="en", present=["合理约定付款期限", "60日内支付款项"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为什么《中央企业合规管理办法》第十一条要求合规委员会必须由董事长亲自担任主任，而且每季度至少开一次会？我们子公司"
    "是不是也得照这个标准来？",
    ["每季度", "担任主任"],
    "前提错误：第十一条只规定中央企业设立合规委员会，可以与法治建设领导机构等合署办公，统筹协调合规管理工作，定期召开"
    "会议；没有要求董事长担任主任，也没有规定每季度开会。",
    lang="zh", present=["合规委员会", "定期召开会议"],
    related=[E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公"),
             E(SOE, "第十一条", "统筹协调合规管理工作，定期召开会议，研究解决重点难点问题")])

unans("false_premise",
    "SME payment regs Art 17 caps total late-payment interest at 10% of the unpaid amount, right? Client owes us 800k "
    "for 9 months, no rate agreed, so we max out at 80k?",
    ["10%", "cap"],
    "False premise: Article 17 sets no cap; absent an agreed rate, interest is 0.05% per day (万分之五), and an agreed "
    "rate may not be lower than the one-year LPR at signing.",
    lang="en", present=["万分之五"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "区教育局上周开会说，根据《优化营商环境条例》第十七条，教育主管部门可以要求辖区所有民办园加入区民办教育协会，"
    "按规模交会费，不入会的年检不给过。我们园去年本来就亏了，会费一年就要八千。请问按这条规定，会费标准是谁定的？"
    "我们能不能申请减免？",
    ["民办教育协会", "会费"],
    "前提错误：《优化营商环境条例》第十七条恰恰规定，除法律、法规另有规定外，市场主体有权自主决定加入或者退出行业协会"
    "商会等社会组织，任何单位和个人不得干预；条例没有授权主管部门强制入会或规定会费标准。",
    lang="zh", present=["自主决定加入或者退出行业协会商会"],
    related=[E(BE, "第十七条", "市场主体有权自主决定加入或者退出行业协会商会等社会组织，任何单位和个人不得干预")])

unans("false_premise",
    "The NDRC notice gives a complained-about government department 15 days to rectify before it gets labelled "
    "dishonest. Does the 15 days run from the complaint or from the verification?",
    ["15 days", "fifteen"],
    "False premise: II.(2) says that, if the complaint is verified as true, the identifying department should "
    "immediately promote rectification, and those who refuse to rectify are confirmed as in breach; no 15-day "
    "period exists.",
    lang="en", present=["refuse to rectify"],
    related=[E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])

unans("false_premise",
    "我们子公司有个中层被监委给了开除处分。他说按《政务处分法》第二十四条，被开除的人满五年以后就能重新报考公务员了，"
    "问我们这个五年是从处分决定作出那天算还是从生效那天算？",
    ["五年"],
    "前提错误：第二十四条规定公职人员被开除的，不得录用为公务员以及参照公务员法管理的人员，并无“满五年可重新录用”"
    "的规定。",
    lang="zh", present=["不得录用为公务员"],
    related=[E(PS, "第二十四条", "不得录用为公务员以及参照《中华人民共和国公务员法》管理的人员")])

unans("false_premise",
    "Since the GBA Integrity and Compliance Association is a department of the Guangdong provincial government, can "
    "it fine member firms that fail its Enterprise Compliance Health Check?",
    ["provincial government", "fine"],
    "False premise: ¶32 says the association is a non-profit social organization established in 2021, jointly "
    "promoted by the Guangzhou municipal discipline commission, SASAC and Federation of Industry and Commerce; its "
    "compliance health check is a service it offers (¶37), not an enforcement power.",
    lang="en", present=["non-profit social organization", "Compliance Health Check"],
    related=[E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal")])

unans("false_premise",
    "教育局拖欠我们园的政府购买服务款快一年了。听人说按《保障中小企业款项支付条例》，投诉拖欠之前必须先经过行业协会"
    "调解，拿到“调解不成”的证明才能去平台投诉。请问这个证明去哪开？一般要等多久？",
    ["调解不成", "先行调解"],
    "前提错误：条例第二十四条、第二十五条规定受理投诉部门受理投诉并转交处理，投诉人只需与被投诉人存在合同关系、"
    "不得虚假恶意投诉；没有任何先经行业协会调解的前置要求（第六条只讲行业协会提供纠纷处理等服务）。",
    lang="zh", present=["投诉平台", "纠纷处理"],
    related=[E(SME, "第二十四条", "受理对机关、事业单位和大型企业拖欠中小企业款项的投诉"),
             E(SME, "第二十五条", "投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "Max gross weight for a 6-axle semi-trailer truck on Chinese expressways?",
    ["axle", "gross weight"],
    "Road-freight vehicle limits; none of the documents deals with them (PE Art. 57 only mentions overseas "
    "logistics services in passing).",
    lang="en", present=["物流"])

unans("out_of_domain",
    "新招的两位幼儿园老师还没拿到教师资格证，能不能先上岗带班？教师资格证考试一年考几次？",
    ["教师资格证"],
    "教师资格与招聘问题，文件不涉及（文件中的“资格”只是资质许可、政府采购资格等泛泛提法）。",
    lang="zh", present=["资格"])

unans("out_of_domain",
    "内部审计的工作底稿按规定要保存多少年？电子底稿能不能替代纸质的？",
    ["工作底稿"],
    "内部审计档案管理问题，文件不涉及（民营经济促进法第三十九条只提到支持建立内部审计制度）。",
    lang="zh", present=["内部审计"])

unans("out_of_domain",
    "How much does it cost to register a trademark for our delivery brand in China, and how long does it take?",
    ["trademark fee", "CNY"],
    "Trademark fees and timelines are not in any document (BE Art. 15 only says the state will facilitate trademark "
    "registration and improve examination efficiency).",
    lang="en", present=["商标注册"])

unans("out_of_domain",
    "Going rate to lease a 2,000 sqm cold storage warehouse near Baiyun airport?",
    ["cold storage", "Baiyun", "warehouse"],
    "Commercial property rents; nothing in the documents (the GZ report is about Guangzhou but not real estate).",
    lang="en", present=["Guangzhou"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版《保障中小企业款项支付条例》（国务院令第728号）原文里，大型企业的付款期限是怎么写的？2025年修订时具体"
    "改了哪几处？",
    ["修订前", "原条例"],
    "语料只有2025年3月国务院令第802号修订后的条例文本，标题中提到2020年第728号公布，但没有2020年原文，也没有修订"
    "前后对照。",
    lang="zh", present=["第728号", "第802号修订"])

unans("superseded",
    "The Optimizing Business Environment Regulations were amended in 2024 – what changed in Article 31 on governments "
    "honouring their policy commitments?",
    ["amended in 2024", "2024 amendment"],
    "The corpus holds only the 2019 Regulations (State Council Order No. 722, in force 1 January 2020); no 2024 "
    "amendment is in it.",
    lang="en", present=["第722号", "政策承诺"])

unans("superseded",
    "2018年国资委发的《中央企业合规管理指引（试行）》里，合规委员会和合规管理负责人的职责是怎么规定的？跟2022年的"
    "办法比有什么不同？",
    ["合规管理指引", "试行"],
    "语料只有2022年国资委令第42号《中央企业合规管理办法》，没有2018年的合规管理指引（试行）。",
    lang="zh", present=["合规委员会", "第42号"])

unans("superseded",
    "Did the 2024 draft of the Private Economy Promotion Law already ban pay-when-paid clauses for large companies? "
    "What article number was it in the draft?",
    ["draft", "draft for comments"],
    "The corpus has only the law as adopted on 30 April 2025 (Art. 68 bans making third-party payment a condition); "
    "no draft version is in it.",
    lang="en", present=["不得以收到第三方付款作为向中小民营经济组织支付账款的条件"])
