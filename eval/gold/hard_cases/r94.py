"""Hard-case gold items, ninety-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an employee of a private contractor to a state-owned enterprise who suspects an SOE manager
and a district official of taking kickbacks and wants to report it safely; she writes anxious
Chinese and some English, and asks about reporting channels, protection, rewards, what happens to
the people reported, and what happens to her own company.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "我在一家给央企做外包的民企上班，发现央企那边一个经理好像在收回扣。央企内部有没有专门收举报的地方？一般是打电话还是发邮件？",
    "有。《中央企业合规管理办法》第二十四条要求中央企业设立违规举报平台，公布举报电话、邮箱或者信箱，由相关部门按职责受理、调查和处理；涉嫌违纪违法的移交纪检监察等部门。",
    ["违规举报平台", "公布举报电话、邮箱或者信箱"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "对涉嫌违纪违法的，按照规定移交纪检监察等相关部门或者机构")],
    lang="zh")

add("single",
    "说实话我也有点私心……如果我举报的事情最后查实了，央企会给举报人什么奖励吗？",
    "《中央企业合规管理办法》第二十四条规定，对举报属实的举报人可以给予适当奖励（是“可以”，不是必须，也没有规定具体金额）。",
    ["对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")],
    lang="zh")

add("single",
    "区里那个官员如果真的收了回扣，按政务处分法最重会怎么处理？会被开除吗？",
    "政务处分法第三十三条：贪污贿赂的（或利用职权为本人或者他人谋取私利的），予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["贪污贿赂的", "情节严重的，予以开除"],
    [E(PS, "第三十三条", "有下列行为之一的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除"),
     E(PS, "第三十三条", "（二）利用职权或者职务上的影响为本人或者他人谋取私利的；")],
    lang="zh")

add("single",
    "那个国企经理要是被处分了，他还能照样升职加薪吗？我怕他过两年又爬上去了回来整我。",
    "政务处分法第二十一条：国有企业管理人员在政务处分期内不得晋升职务、岗位等级和职称；被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级；被撤职的，降低职务或岗位等级并降低薪酬待遇。",
    ["不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

add("single",
    "我听说调查组里有个人跟那个区里官员是亲戚，我作为举报人能不能要求换人？",
    "可以。政务处分法第四十七条：参与调查、处理的人员是被调查人或者检举人的近亲属的，应当自行回避，检举人也有权要求其回避。",
    ["被调查人、检举人及其他有关人员也有权要求其回避", "是被调查人或者检举人的近亲属的"],
    [E(PS, "第四十七条", "应当自行回避，被调查人、检举人及其他有关人员也有权要求其回避"),
     E(PS, "第四十七条", "（一）是被调查人或者检举人的近亲属的；")],
    lang="zh")

add("single",
    "那个经理好像已经察觉了，在到处打招呼不让人说出去。他这样拦着别人举报，处分会不会更重？",
    "会。政务处分法第十三条第（二）项：阻止他人检举、提供证据的，应当从重给予政务处分。",
    ["应当从重给予政务处分", "阻止他人检举、提供证据的"],
    [E(PS, "第十三条", "公职人员有下列情形之一的，应当从重给予政务处分"),
     E(PS, "第十三条", "（二）阻止他人检举、提供证据的；")],
    lang="zh")

add("single",
    "万一监察委里面有人把我举报的内容和我的名字透露给那个官员，这种人会被追责吗？",
    "会。政务处分法第六十三条第（二）项：监察机关及其工作人员泄露检举事项、检举受理情况以及检举人信息的，对负有责任的领导人员和直接责任人员依法给予处理。",
    ["泄露检举事项、检举受理情况以及检举人信息的", "对负有责任的领导人员和直接责任人员依法给予处理"],
    [E(PS, "第六十三条", "监察机关及其工作人员有下列情形之一的，对负有责任的领导人员和直接责任人员依法给予处理"),
     E(PS, "第六十三条", "（二）窃取、泄露调查工作信息，或者泄露检举事项、检举受理情况以及检举人信息的；")],
    lang="zh")

add("single",
    "Our company also has an investment agreement with the district government and they keep not honouring it. "
    "If they end up with a dishonesty record under the NDRC notice, what can NDRC actually do to them?",
    "Under item III.(4) of the NDRC notice, for entities with dishonesty records NDRC will restrict support from "
    "central budget funds, limit applications for local government special bonds, and restrict recommendations for "
    "financing projects (cities at prefecture level and above also lose award and pilot eligibility).",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "For relevant entities with dishonesty records"),
     E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects according to regulations")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "我最怕的就是被报复。我举报了央企经理和区里的官员之后，要是他们或者他们单位找我麻烦，有哪些规定能保护我？",
    "《中央企业合规管理办法》第二十四条：企业应对举报人身份和举报事项严格保密，任何单位和个人不得以任何形式打击报复举报人；"
    "政务处分法第六十二条第（三）项：对检举人、证人进行打击报复的，由上级机关、主管部门、任免机关或者监察机关责令改正，依法给予处理。",
    ["对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复", "对检举人、证人或者调查人员进行打击报复的"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复"),
     E(PS, "第六十二条", "由其上级机关，主管部门，任免机关、单位或者监察机关责令改正，依法给予处理"),
     E(PS, "第六十二条", "（三）对检举人、证人或者调查人员进行打击报复的；")],
    lang="zh")

add("multi",
    "假如那个国企经理收回扣的事被查实了，他除了挨处分，收的那些钱会怎么处理？能追回来吗？",
    "政务处分法第三十三条：贪污贿赂或者利用职权谋取私利的，视情节予以警告直至开除；第二十五条：公职人员违法取得的财物由监察机关没收、追缴或者责令退赔，"
    "应当退还原所有人的依法退还，属于国家财产或者不应退还、无法退还的，上缴国库。",
    ["贪污贿赂的", "由监察机关没收、追缴或者责令退赔", "上缴国库"],
    [E(PS, "第三十三条", "（二）利用职权或者职务上的影响为本人或者他人谋取私利的；"),
     E(PS, "第三十三条", "予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除"),
     E(PS, "第二十五条", "公职人员违法取得的财物和用于违法行为的本人财物"),
     E(PS, "第二十五条", "由监察机关没收、追缴或者责令退赔"),
     E(PS, "第二十五条", "属于国家财产或者不应当退还以及无法退还的，上缴国库")],
    lang="zh")

add("multi",
    "还有个事我特别担心：我们老板好像也知道回扣的事，可能为了拿项目默许了。真查出来的话，我们公司这种民企会承担什么后果？",
    "民营经济促进法第三十六条规定民营经济组织不得通过贿赂和欺诈等手段牟取不正当利益；第七十五条规定民营经济组织及其经营者违法的，"
    "由有权机关责令改正，依法予以行政处罚；造成人身损害或财产损失的承担民事责任；构成犯罪的，依法追究刑事责任。",
    ["不得通过贿赂和欺诈等手段牟取不正当利益", "依法予以行政处罚", "构成犯罪的，依法追究刑事责任"],
    [E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益"),
     E(PE, "第七十五条", "民营经济组织及其经营者生产经营活动违反法律、法规规定，由有权机关责令改正，依法予以行政处罚"),
     E(PE, "第七十五条", "构成犯罪的，依法追究刑事责任")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "我们公司跟区政府签的招商协议他们一直不履行，听说可以向省里的信用牵头部门投诉违约失信。投诉之后他们怎么处理？要是核实下来说不属实，会不会告诉我？",
    "发改委通知第二部分第（2）项：省级信用牵头部门将投诉线索立即转交被投诉主体的上级或主管部门核实认定；核实不属实的，认定部门应及时向投诉人反馈并说明；"
    "属实的立即推动整改，拒不整改的认定为违约失信。",
    ["superior or competent departments of the complained entities", "promptly provide feedback and explanations to the complainant",
     "immediately promote rectification"],
    [E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract and dishonesty"),
     E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "If verified as untrue"),
     E(NDRC, "II.(2)", "promptly provide feedback and explanations to the complainant"),
     E(NDRC, "II.(2)", "the identifying department should immediately promote rectification")],
    lang="zh")

add("cross_lingual",
    "广州纪委出的那个政商交往指引，说是有好多场景，可我碰到的情况不一定在里面。判断官员跟企业打交道有没有越界，起草的人说核心看什么？",
    "据广州“廉洁合规大讲堂”报道，起草组成员王玉群说，判断的核心是区分“为公”还是“为私”（acting for the public good / acting for personal gain），"
    "关键看行为能否“摆上台面”（put on the table）。",
    ["acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "I'm scared the district official will just resign or fly abroad once he knows he's being investigated. Is he even allowed to do that?",
    "No. Article 52 of the Public Official Sanctions Law: while a public official is under case-filed investigation, he may not "
    "leave the country or resign from public office without the supervisory organ's consent; his unit may also suspend him from duty.",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "公职人员任免机关、单位可以决定暂停其履行职务")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "我们是小公司，那边是大国企。要是我们去催那笔尾款，他们会不会因为这事给我们穿小鞋、吓唬我们？有没有说法管这个？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。",
    ["提出付款请求或者投诉的中小企业", "进行恐吓、打击报复"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业"),
     E(SME, "第二十条", "及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "要是那个经理自己先坦白，把拿的好处全吐出来，是不是处理上能宽大一些？",
    "可以。政务处分法第十一条：主动交代本人应当受到政务处分的违法行为的、主动上交或者退赔违法所得的，可以从轻或者减轻给予政务处分。",
    ["主动交代本人应当受到政务处分的违法行为的", "主动上交或者退赔违法所得的", "可以从轻或者减轻给予政务处分"],
    [E(PS, "第十一条", "公职人员有下列情形之一的，可以从轻或者减轻给予政务处分"),
     E(PS, "第十一条", "（一）主动交代本人应当受到政务处分的违法行为的；"),
     E(PS, "第十一条", "（六）主动上交或者退赔违法所得的；")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "为什么《中央企业合规管理办法》规定违规举报平台只受理实名举报？我不敢留真名，是不是就没法举报了？",
    ["实名", "匿名"],
    "SOE art. 24 requires a reporting platform (phone, email, mailbox), confidentiality of the reporter's identity and "
    "no retaliation; it says nothing about real-name-only reports (nor about anonymous ones). The premise is invented.",
    lang="zh", present=["违规举报平台", "严格保密"],
    related=[E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
             E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密")])

unans("false_premise",
    "政务处分法规定记大过的处分期是二十四个月，那国企经理被记大过以后，是不是要整整两年才能再升职？",
    ["记大过，二十四个月"],
    "Wrong figure: PS art. 8 sets the period for 记大过 at eighteen months (twenty-four months is for 降级、撤职).",
    lang="zh", present=["记大过，十八个月", "降级、撤职，二十四个月"],
    related=[E(PS, "第八条", "（三）记大过，十八个月；"),
             E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
    "《保障中小企业款项支付条例》第二十五条说受理投诉部门要在5个工作日内把投诉转交处理，我们投诉国企拖款都一个星期了还没动静，是不是已经违规了？",
    ["5个工作日", "五个工作日"],
    "Wrong deadline: SME art. 25 gives the accepting department 10 working days from formal acceptance to transfer the "
    "complaint; the handling department then has 30 days (up to 90).",
    lang="zh", present=["10个工作日"],
    related=[E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门")])

unans("false_premise",
    "Since SASAC issued the 2023 notice No. 1103 on improving the government integrity performance mechanism, "
    "should I send my complaint about the district official to SASAC's provincial offices?",
    ["SASAC"],
    "Wrong issuing body: Development and Reform Finance [2023] No. 1103 is a notice of the National Development and "
    "Reform Commission, addressed to provincial leading departments for social credit system construction, and it "
    "concerns government breach of contract and dishonesty, not kickbacks.",
    lang="en", present=["National Development and Reform Commission", "credit leading departments"],
    related=[E(NDRC, "II.(1)", "Provincial-level leading departments for social credit system construction")])

unans("false_premise",
    "既然民营经济促进法规定举报属实可以拿到涉案金额百分之十的奖励，我举报他们收的回扣大概有几十万，我能拿多少？",
    ["百分之十", "涉案金额"],
    "The Private Economy Promotion Law provides no whistleblower reward at all; the only reward clause is SOE art. 24, "
    "which says a central SOE 'may give an appropriate reward' to a reporter whose report is true, with no percentage.",
    lang="zh", present=["适当奖励"],
    related=[E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")])

unans("false_premise",
    "政务处分法规定公职人员退休以后就不能再立案调查了；所以那个区里的官员明年就退休，我现在举报是不是已经来不及了？",
    ["不再立案调查", "不得立案调查"],
    "Contradicted: PS art. 27 says retired officials are no longer given a 政务处分 but may still be investigated (可以对其立案调查), "
    "with benefits adjusted and illegal gains handled under art. 25.",
    lang="zh", present=["可以对其立案调查"],
    related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")])

unans("false_premise",
    "Under the Public Official Sanctions Law, I as the whistleblower can apply for a review (复审) if I think the official's punishment was too light, right?",
    ["检举人申请复审", "检举人不服", "检举人可以申请"],
    "PS art. 55 gives the right to apply for 复审/复核 to the public official who is dissatisfied with a decision concerning "
    "himself; no document gives the reporter a right to request review of the sanction.",
    lang="en", present=["申请复审"],
    related=[E(PS, "第五十五条", "公职人员对监察机关作出的涉及本人的政务处分决定不服的，可以依法向作出决定的监察机关申请复审")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "央企举报属实的话，奖励一般给多少钱？有没有具体的奖励标准或者比例？",
    ["奖励标准", "奖金数额", "奖励金"],
    "SOE art. 24 only says a reporter whose report is true 'may be given an appropriate reward'; no amount, standard or ratio anywhere.",
    lang="zh", present=["适当奖励"])

unans("not_covered",
    "我向监察委举报之后，他们规定多少天内必须告诉我受理没有、查得怎么样了？",
    ["答复检举人", "反馈检举人", "答复举报人", "反馈举报人"],
    "PS covers confidentiality of 检举受理情况 (art. 63) and recusal, but sets no time limit for replying to a reporter. "
    "The only complaint deadlines (SME art. 25: 10 working days / 30 days) concern SME payment-arrears complaints, not misconduct reports.",
    lang="zh", present=["检举受理情况", "10个工作日"])

unans("not_covered",
    "我可以匿名举报吗？如果匿名的话，要通过什么方式提交才不会被查到是我？",
    ["匿名", "anonymous", "anonymously"],
    "SOE art. 24 lists phone, email and mailbox channels and requires keeping the reporter's identity confidential; "
    "no document mentions anonymous reporting or how to submit one.",
    lang="zh", present=["举报电话", "严格保密"])

unans("not_covered",
    "How many kickback cases involving SOE managers did Guangzhou's discipline inspection commission investigate last year?",
    ["kickback", "kickbacks", "cases investigated"],
    "The Guangzhou report describes the lecture hall and the Guidelines issued by the Municipal Commission for Discipline "
    "Inspection and Supervision (33 scenarios, two batches) but gives no enforcement statistics.",
    lang="en", present=["Municipal Commission for Discipline Inspection and Supervision", "33 scenarios"])

unans("not_covered",
    "我手上只有一些微信聊天记录和几张转账截图，凭这些去举报，能不能肯定把他们两个都拉下马？",
    ["聊天记录", "截图", "转账记录"],
    "A prediction about the outcome. PS art. 5 requires 事实清楚、证据确凿 and art. 42 bars illegally obtained evidence, "
    "but nothing says what evidence suffices or predicts a result.",
    lang="zh", present=["证据确凿"])

unans("not_covered",
    "如果查出来我们老板当初也给那个经理送过回扣，我们公司会被那家央企列入供应商黑名单吗？要拉黑几年？",
    ["黑名单", "供应商"],
    "SOE art. 25 requires a record of violations by the SOE's own subsidiaries and employees, and PE art. 75 provides "
    "administrative/criminal liability for private firms, but nothing covers supplier blacklisting or its duration.",
    lang="zh", present=["违规行为记录制度"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的那版（修订前的）《保障中小企业款项支付条例》，大型企业的付款期限和逾期利息是怎么规定的？跟现在有什么区别？",
    ["修订前", "2020年版", "原条例"],
    "The corpus holds only the 2025 revision (Decree 802); Decree 728 is named in the heading but its original text is not in any document.",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "2018年国资委发的《中央企业合规管理指引（试行）》里，对举报人保护是怎么规定的？",
    ["合规管理指引", "2018"],
    "Only the 2022 SASAC Measures (Order No. 42) are in the corpus; the earlier 2018 trial guideline is not.",
    lang="zh", present=["第42号"])

unans("superseded",
    "民营经济促进法的草案（征求意见稿）里，是不是有专门保护民企员工举报公职人员的条款？后来正式版删掉了吗？",
    ["草案", "征求意见稿"],
    "Only the final law adopted on 2025-04-30 is in the corpus; no draft text is.",
    lang="zh")

unans("superseded",
    "Before the Public Official Sanctions Law took effect in 2020, under the 2007 Regulations on the Punishment of Civil "
    "Servants of Administrative Organs, how long did a demerit sanction last?",
    ["Civil Servants of Administrative Organs", "行政机关公务员处分条例"],
    "PS art. 67 only says cases before the law took effect follow 'the rules of the time'; the earlier regulations themselves are not in the corpus.",
    lang="en", present=["本法施行前"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "我跟现在这家公司签的劳动合同还有一年才到期，举报完我想马上辞职，公司会不会要我赔违约金？",
    ["违约金", "劳动合同法", "劳动合同"],
    "An employment-contract question (employee resignation and penalty); none of the documents covers private-sector labour contracts.",
    lang="zh")

unans("out_of_domain",
    "My company is signing a service contract with a Hong Kong government department. What stamp duty do we pay on the contract payment?",
    ["stamp duty"],
    "A tax question about Hong Kong contracts; no document covers stamp duty.",
    lang="en")

unans("out_of_domain",
    "国企付给我们的工程款，我们应该开几个点的增值税专用发票？",
    ["增值税", "专用发票", "税率"],
    "A VAT invoicing question; the documents cover payment deadlines to SMEs but not tax rates or invoice types.",
    lang="zh", present=["电子发票"])
