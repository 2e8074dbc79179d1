"""Hard-case gold items, nineteenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我们是做包装材料的小厂，给一家大型上市公司分三批供货。对方说第二批有几箱印刷有色差，就把三批的货款全压着，"
    "说要等问题都处理完再一起结。没出问题的那两批，他们也能一起扣着不付吗？",
    "不能。《保障中小企业款项支付条例》第十五条：机关、事业单位和大型企业与中小企业的交易，部分存在争议但不影响其他"
    "部分履行的，对于无争议部分应当履行及时付款义务。",
    ["部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("single",
    "我父亲是村委会委员，管村里的土地流转。最近有人举报他，听说监察委可能要给处分。像他这种村干部，监察委能给哪些"
    "处分？会不会影响他每个月拿的补贴？",
    "《公职人员政务处分法》第二十二条：基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、"
    "记大过；受到政务处分的，由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金。",
    ["监察机关可以予以警告、记过、记大过", "减发或者扣发补贴、奖金"],
    [E(PS, "第二十二条", "基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过"),
     E(PS, "第二十二条", "应当由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金")],
    lang="zh")

add("single",
    "How does the NDRC check whether the provincial credit departments are actually handling breach-of-contract "
    "complaints against local governments properly? Is there any kind of evaluation, and who gets told the results?",
    "Item IV.(7): the NDRC evaluates key tasks such as the handling and identification efficiency of breach-of-contract "
    "and dishonesty complaints, the quality of credit information collection and the implementation of punishment "
    "measures, through spot checks, third-party investigations, cross-checks and other methods, regularly notifying "
    "the provincial credit leading departments and copying the provincial people's governments.",
    ["spot checks, third-party investigations, cross-checks", "copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods"),
     E(NDRC, "IV.(7)", "copying the provincial people's governments")],
    lang="en")

add("single",
    "央企重大决策的合规审查意见，要谁签字？",
    "《中央企业合规管理办法》第二十一条：合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规审查意见应当由"
    "首席合规官签字，对决策事项的合规性提出明确意见。",
    ["重大决策事项的合规审查意见应当由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字"),
     E(SOE, "第二十一条", "中央企业应当将合规审查作为必经程序嵌入经营管理流程")],
    lang="zh")

add("single",
    "People keep telling me the Guangzhou government-business Guidelines aren't written like ordinary rules. What "
    "format do they actually use, and why did the drafters go that way?",
    "Per the drafting committee member (¶8): normative provisions lack operability in specific scenarios and the grass "
    "roots needed a document \"easy to understand and simple to apply\", so the drafters adopted the scenario-based "
    "format, introducing specific behavioural scenarios and typical cases on the basis of positive and negative lists "
    "— the \"scenario + list + case\" format used by both batches.",
    ["scenario + list + case", "positive and negative lists", "easy to understand and simple to apply"],
    [E(GZ, "¶8", "thus forming the ‘scenario + list + case’ format"),
     E(GZ, "¶8", "typical cases on the basis of positive and negative lists"),
     E(GZ, "¶8", "‘easy to understand and simple to apply’")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我们是一家做办公家具的小微企业，去年给区里一个局供货。签合同时对方拿出格式合同，付款期限写的是“货物交付后90日内”，"
    "说是他们的惯例。现在交货已经两个多月了还没付。这个90天的约定能算数吗？机关最长能约定多久？如果他们就是拖着不付，"
    "谁来管、会有什么后果？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位从中小企业采购，应当自交付之日起30日内支付；合同另有约定的从其"
    "约定，但付款期限最长不得超过60日，90日超过了上限。第三十一条：机关、事业单位未在规定的期限内支付中小企业款项的，"
    "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["付款期限最长不得超过60日", "未在规定的期限内支付中小企业货物、工程、服务款项", "由其上级机关、主管部门责令改正"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第三十一条", "（一）未在规定的期限内支付中小企业货物、工程、服务款项；"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "我丈夫在街道办上班，上个月区监察委给了他降级处分。他觉得事实没查清楚想申诉，但又怕一申诉反而被加重。"
    "他应该向哪里申请？如果还不服怎么办？申请期间降级是不是先暂停执行？",
    "《公职人员政务处分法》第五十五条：不服的，可以向作出决定的监察机关申请复审；对复审决定仍不服的，可以向上一级监察"
    "机关申请复核。第五十六条：复审、复核期间，不停止原政务处分决定的执行；公职人员不因提出复审、复核而被加重政务处分。",
    ["向作出决定的监察机关申请复审", "向上一级监察机关申请复核", "不停止原政务处分决定的执行",
     "不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审"),
     E(PS, "第五十五条", "公职人员对复审决定仍不服的，可以向上一级监察机关申请复核"),
     E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行"),
     E(PS, "第五十六条", "公职人员不因提出复审、复核而被加重政务处分")],
    lang="zh")

add("multi",
    "I handle government relations for a private manufacturer. After it walked away from a land-and-investment "
    "agreement with us, our city government now has a government dishonesty record. Beyond the reputational hit, what "
    "concrete consequences does the NDRC notice attach to that record — for the departments' performance reviews and "
    "for the city's access to funding?",
    "III.(3): credit leading departments promote the inclusion of dishonesty records into the performance evaluation "
    "indicators of the relevant government departments, and the NDRC includes government dishonesty records in "
    "business-environment and high-quality-development performance evaluations. III.(4): for entities with dishonesty "
    "records the NDRC restricts central budget fund support, limits applications for local government special bonds and "
    "restricts financing-project recommendations; for prefecture-level and above cities it cancels eligibility for "
    "awards and pilot demonstrations, increases the weight of city credit monitoring deductions and cancels social-"
    "credit demonstration-zone titles.",
    ["inclusion of dishonesty records into performance evaluation indicators",
     "limit applications for local government special bonds",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("multi",
    "I'm in-house counsel at an overseas subsidiary of a central SOE. We have just been hit with sanctions by an "
    "international organisation over one of our projects. Under SASAC's compliance measures, who at group level is "
    "supposed to lead the response, is that person a separate new executive post, and does SASAC have to be informed?",
    "Art. 22 (第二十二条): a major compliance risk event such as being sanctioned by an international organization that "
    "causes or may cause major asset loss or serious adverse impact is led by the chief compliance officer, with the "
    "compliance department coordinating; a major compliance risk event must be reported to SASAC in time. Art. 12 "
    "(第十二条): the chief compliance officer is not a new leadership post: the general counsel holds it concurrently, "
    "answering to the enterprise's principal leader.",
    ["被国际组织制裁等重大合规风险事件", "应当由首席合规官牵头", "应当按照相关规定及时向国资委报告",
     "不新增领导岗位和职数，由总法律顾问兼任"],
    [E(SOE, "第二十二条", "或者被国际组织制裁等重大合规风险事件"),
     E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
     E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="en")

add("multi",
    "我们是民营施工企业，给一家市属国有集团（大型企业）建了厂房，竣工验收都过了。对方财务说要等市审计局出了审计结果，"
    "按审计金额才能结算付款，可合同里根本没这一条。他们能这么做吗？如果坚持这么做，对他们有什么后果？",
    "不能。《民营经济促进法》第六十七条：国有企业不得在合同未作约定情况下以等待竣工验收批复、决算审计等为由拒绝或者拖延"
    "支付民营经济组织账款；除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据。《保障中小企业款项支付条例》"
    "第三十三条：国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正；"
    "拒不改正的，对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计结果作为结算依据", "由其监管部门责令改正", "对负有责任的国有企业管理人员依法给予处分"],
    [E(PE, "第六十七条", "在合同未作约定情况下以等待竣工验收批复、决算审计等为由，拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第三十三条", "要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "去区里办个证，第一次去说少个章，第二次去又说缺一份东西，第三次又让补别的，来回跑了四趟。他们就不能一次把要补的"
    "都说清楚吗？有规定管这个吗？",
    "有。《优化营商环境条例》第三十六条：政府及其有关部门办理政务服务事项，需要市场主体补正有关材料、手续的，应当"
    "一次性告知需要补正的内容。",
    ["应当一次性告知需要补正的内容"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容")],
    lang="zh")

add("paraphrase",
    "我是镇上分管城建的副镇长，我爱人在镇上开了家建材店，生意跟镇里的工程多少沾点边。组织找我谈了，让我要么叫她把店"
    "关了，要么我换个岗位。我两样都不太想，就这么拖着的话会怎么样？",
    "《公职人员政务处分法》第三十三条第二款：拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务"
    "调整的，予以撤职。",
    ["拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职"],
    [E(PS, "第三十三条", "拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职")],
    lang="zh")

add("paraphrase",
    "我们公司人不多，去年接了几个大单，营收一下子上去了。现在甲方说我们已经不算小公司了，不肯按照顾小企业那套规矩"
    "按时给钱。可签合同那会儿我们还很小。到底算不算？吵不清的话谁说了算？",
    "《保障中小企业款项支付条例》第三条：中小企业、大型企业依合同订立时的企业规模类型确定。第二十九条：对中小企业规模"
    "类型有争议的，可以向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合管理的部门申请认定。",
    ["依合同订立时的企业规模类型确定",
     "向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合管理的部门申请认定"],
    [E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定"),
     E(SME, "第二十九条", "对中小企业规模类型有争议的，可以向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合管理的部门申请认定")],
    lang="zh")

add("paraphrase",
    "We're a Hong Kong investor thinking of putting a plant in Guangzhou. If something outside our control — say a "
    "supply-chain shock — means we can't hit the output numbers we promised the district, do we just get punished, or "
    "is there room to talk? And what if a rule change makes the deal impossible to carry out?",
    "According to the lecture report (¶18, on the second batch of the Guidelines): if an enterprise fails to complete "
    "its targets due to objective reasons, it can negotiate adjustments and enjoy a grace period; if an agreement cannot "
    "be fulfilled due to policy changes, procedures can be rectified or a transition period can be set.",
    ["it can negotiate adjustments and enjoy a grace period",
     "procedures can be rectified or a transition period can be set"],
    [E(GZ, "¶18", "fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(GZ, "¶18", "procedures can be rectified or a transition period can be set")],
    lang="en")

add("paraphrase",
    "Honest question: does the NDRC ever go looking for local governments that stiff companies on their own, or does "
    "nothing happen unless we stick our neck out and complain?",
    "It looks on its own. Item IV.(8): the NDRC monitors and discovers government dishonesty clues through "
    "communication mechanisms with private enterprises, big data monitoring and representative private enterprises "
    "selected as monitoring points, and transfers clues immediately to the place of jurisdiction for supervision and "
    "continuous follow-up.",
    ["big data monitoring", "selecting representative private enterprises to establish monitoring points"],
    [E(NDRC, "IV.(8)", "communication mechanisms with private enterprises, big data monitoring"),
     E(NDRC, "IV.(8)", "selecting representative private enterprises to establish monitoring points"),
     E(NDRC, "IV.(8)", "transferring clues immediately to the place of jurisdiction")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "I'm a German partner in a Shanghai company: a Chinese citizen holds 60% and runs it, my firm holds 40%. Does "
    "the new Private Economy Promotion Law treat the company as a 'private economic organization', and do the "
    "foreign-investment rules still apply to us?",
    "Art. 77 (第七十七条): a private economic organization is a for-profit legal person, unincorporated organization or "
    "individual business set up in China and controlled or actually controlled by Chinese citizens (or by entities they "
    "control), so a Chinese-citizen-controlled company qualifies; where it involves foreign investment, the "
    "foreign-investment laws and regulations apply at the same time.",
    ["由中国公民控股或者实际控制的营利法人", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

add("cross_lingual",
    "We're a small Italian-owned machinery maker registered in Ningbo, supplying a big Chinese contractor. They insist "
    "we wire a cash deposit and refuse the performance guarantee our bank has issued. Can they insist on cash?",
    "No. Art. 13 (第十三条) of the SME Payment Regulations: government bodies, public institutions and large "
    "enterprises may not limit deposits to cash, and where the SME provides security by a letter of guarantee issued "
    "by a financial institution, they shall accept it.",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="en")

add("cross_lingual",
    "A friend of mine is a section chief in a Chinese city government. His wife and kid live in Canada and he has "
    "quietly been going for Canadian permanent residence so he can join them later. Under China's Public Official "
    "Sanctions Law, how serious is that?",
    "Very: Art. 31 (第三十一条), para. 2, says obtaining foreign nationality or overseas permanent residence or a "
    "long-term residence permit in violation of the rules is punished by removal from office (撤职) or expulsion (开除).",
    ["违反规定取得外国国籍或者获取境外永久居留资格、长期居留许可的，予以撤职或者开除"],
    [E(PS, "第三十一条", "违反规定取得外国国籍或者获取境外永久居留资格、长期居留许可的，予以撤职或者开除")],
    lang="en")

add("cross_lingual",
    "发改委2023年那个关于政府诚信履约的通知，里面说的“违约失信”具体包括政府跟民营企业签的哪些领域的协议？"
    "我们跟县里签的是产业扶持协议，算不算在内？",
    "算。通知第二部分第(1)项：违约失信的范围包括政府部门在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、"
    "政府投资等领域与民营企业签订的各类协议、合同中的违约毁约行为（breach and repudiation behaviors）。",
    ["breach and repudiation behaviors", "investment promotion", "industrial support"],
    [E(NDRC, "II.(1)", "breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="zh")

add("cross_lingual",
    "我们是做人工智能应用的初创公司，打算落户广州。听说广州出的政商交往指引对AI这类新业态比较包容，具体是怎么说的？"
    "有没有给企业留试错的空间？",
    "据讲堂报道（¶25，协会一位企业代表的发言）：指引建立科学的容错机制，明确“尽职合规可以免责”（due diligence and "
    "compliance are grounds for liability exemption）；指引倡导的“包容审慎监管”和“观察期”制度，为人工智能等新业态提供了"
    "宝贵的试错空间和发展耐心。",
    ["“inclusive and prudent supervision” and “observation period” system", "trial-and-error space",
     "due diligence and compliance are grounds for liability exemption"],
    [E(GZ, "¶25", "the “inclusive and prudent supervision” and “observation period” system"),
     E(GZ, "¶25", "valuable trial-and-error space and development patience"),
     E(GZ, "¶25", "new business formats such as artificial intelligence"),
     E(GZ, "¶25", "“due diligence and compliance are grounds for liability exemption”")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "We're a foreign-owned trading company in Shenzhen with about 120 staff and RMB 80 million annual turnover. Under "
    "the 2025 SME payment regulations, what are the actual headcount and revenue cut-offs that decide whether we count "
    "as a medium-sized enterprise?",
    ["营业收入", "从业人员", "employees", "turnover"],
    "条例第三条只说依据国务院批准的中小企业划分标准确定，第二十九条提供规模类型自测平台和争议认定；没有列出任何人数或"
    "营业收入标准，其他文件也没有。",
    lang="en", present=["中小企业划分标准"])

unans("not_covered",
    "我是街道办的公务员，今年因为违规发补贴被记大过。处分期内不能升工资档次我知道，那年终奖（年终一次性奖金）会不会"
    "被扣？扣多少？",
    ["年终奖", "一次性奖金"],
    "政务处分法第十九条只规定公务员处分期内不得晋升职务、职级、衔级和级别，被记大过的不得晋升工资档次；第二十二条的"
    "减发、扣发奖金只针对基层群众性自治组织中从事管理的人员。没有任何文件规定公务员年终奖是否扣发或扣多少。",
    lang="zh", present=["不得晋升工资档次", "奖金"])

unans("not_covered",
    "Compliance manager at a central SOE here. By what date each year does our annual compliance management report "
    "have to be submitted to SASAC, and is there a required template for it?",
    ["deadline", "template", "报送", "模板"],
    "第八条只说董事会审议批准合规管理年度报告，第十四条由合规管理部门起草工作报告；办法没有规定向国资委报送的日期、"
    "也没有报告格式。其他文件也没有。",
    lang="en", present=["年度报告"])

unans("not_covered",
    "新厂房建好了要接电，供电公司拖了一个多月还没来装表。按优化营商环境条例，国家规定报装接电最多多少个工作日必须办完？",
    ["接电", "装表"],
    "优化营商环境条例第二十八条只说各地区应当在国家规定的报装办理时限内确定并公开具体办理时间，没有给出天数；"
    "其他文件也没有。",
    lang="zh", present=["报装", "供电"])

unans("not_covered",
    "我们公司去年因为一笔合同纠纷被列进了失信名单，现在钱已经全部还清了。按民营经济促进法，要等多久才能申请信用修复？"
    "向哪个部门申请，要交什么材料？",
    ["修复期限", "公示期"],
    "民营经济促进法第五十四条只说纠正失信行为、消除不良影响、符合信用修复条件的可以提出信用修复申请，有关国家机关"
    "应当依法及时解除惩戒措施；没有规定等待期限、受理部门或申请材料。NDRC 通知 III.(6) 针对的是政府失信主体，也无期限。",
    lang="zh", present=["信用修复"])

unans("not_covered",
    "Our industry association wants to invite a district bureau chief in Guangzhou to speak at our annual forum. Do the "
    "Guangzhou government-business Guidelines let us pay him a speaking fee, and if so, up to how much?",
    ["speaking fee", "honorarium", "remuneration"],
    "The GZ report describes the Guidelines only in general terms (33 scenarios; meals and vehicles in the first batch, "
    "investment services in the second); it says nothing about paying officials to speak, and no document gives an "
    "amount. 政务处分法第三十六条 punishes 违反规定兼任职务、领取报酬 but sets no rule or amount for speaking fees.",
    lang="en", present=["scenarios", "领取报酬"])

unans("not_covered",
    "The county broke an investment-promotion agreement with us (this isn't an unpaid invoice). Under the NDRC notice, "
    "once the provincial credit department passes our complaint to the county's superior department, how many days "
    "does that department have to verify it and reply to us?",
    ["days", "working days", "time limit"],
    "NDRC II.(2) only says clues are transferred immediately and, if found untrue, feedback is given promptly; it sets "
    "no number of days. (The 10 working days / 30 days in 条例第二十五条 belong to the separate complaint procedure "
    "for arrears owed to SMEs.)",
    lang="en", present=["immediately transfer", "promptly provide feedback"])

unans("not_covered",
    "民营经济促进法第六十八条说法院对拖欠中小民营企业账款的案子要及时立案。我们准备起诉一家拖了两年货款的大企业，"
    "法院几天之内必须立案？诉讼费能不能缓交或者减免？",
    ["诉讼费", "日内立案", "缓交"],
    "第六十八条只要求人民法院依法及时立案、审理、执行，并可以调解；没有立案天数，也没有诉讼费缓交、减免的规定。"
    "其他文件也没有。",
    lang="zh", present=["及时立案"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "听说新修订的款项支付条例规定，逾期利息约定的利率最高不能超过一年期LPR的4倍。我们和客户合同里约定的是日万分之八，"
    "是不是超了上限，只能按4倍LPR主张？",
    ["4倍", "四倍"],
    "前提错误：条例第十七条规定的是下限——约定利率不得低于合同订立时1年期贷款市场报价利率；未约定的按每日利率万分之五。"
    "条例没有“4倍LPR”的上限。",
    lang="zh", present=["贷款市场报价利率", "万分之五"],
    related=[E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")])

unans("false_premise",
    "我哥是区里事业单位的干部，单位已经因为他违规兼职给了他一个处分，现在监察委又说要对同一件事再给政务处分。"
    "既然法律允许两边都处分，那他最后是执行哪一个重的？",
    ["双重处分", "重复处分"],
    "前提错误：政务处分法第十六条规定，对公职人员的同一违法行为，监察机关和任免机关、单位不得重复给予政务处分和处分"
    "（第十七条允许的是组织处理加政务处分，第十五条“执行最重的”针对的是两个以上违法行为）。",
    lang="zh", present=["不得重复给予政务处分和处分"],
    related=[E(PS, "第十六条", "监察机关和公职人员任免机关、单位不得重复给予政务处分和处分")])

unans("false_premise",
    "Since SASAC's compliance measures require whistleblowers at central SOEs to report under their real names, should "
    "our reporting hotline reject anonymous tips outright, or just log them separately?",
    ["实名", "匿名", "anonymous"],
    "False premise: 第二十四条 requires a reporting platform with published phone/e-mail/mailbox, strict confidentiality "
    "of the reporter's identity, possible rewards and no retaliation; it says nothing about real-name reporting or "
    "rejecting anonymous reports.",
    lang="en", present=["举报人"],
    related=[E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
             E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密")])

unans("false_premise",
    "A consultant told us the 2019 Regulations on Optimizing the Business Environment abolished all enterprise-related "
    "deposits outright, so the district can't ask us for any deposit at all. Which article says that, so we can quote "
    "it back to the district?",
    ["一律取消", "取消涉企保证金"],
    "False premise: 第二十五条 does not abolish deposits; it requires a law / administrative-regulation basis or State "
    "Council approval, puts them under published catalogue management, bars deposits outside the catalogue, and "
    "promotes bank guarantees in place of cash.",
    lang="en", present=["涉企保证金", "保函"],
    related=[E(BE, "第二十五条", "设立政府性基金、涉企行政事业性收费、涉企保证金，应当有法律、行政法规依据或者经国务院批准"),
             E(BE, "第二十五条", "目录清单之外的前述收费和保证金一律不得执行")])

unans("false_premise",
    "Since under the NDRC notice any complaint about a government breaching a contract goes straight onto the Credit "
    "China website, how soon after we file will our complaint against the county be publicly visible there?",
    ["automatically", "published immediately"],
    "False premise: complaints are not published. II.(2): clues are transferred to the superior or competent "
    "department for verification; if true, rectification is promoted, and only those who refuse to rectify are "
    "confirmed as dishonest. Credit China carries the local complaint columns (II.(1)) and selected typical cases "
    "(IV.(9)), not every complaint.",
    lang="en", present=["Credit China", "refuse to rectify"],
    related=[E(NDRC, "II.(2)", "competent departments of the complained entities for verification"),
             E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])

unans("false_premise",
    "广州那份政商交往指引本来就是给基层干部松绑、放宽纪律要求的，那以后我们逢年过节给街道干部送点土特产应该没问题了吧？",
    ["土特产", "逢年过节"],
    "前提错误：报道¶10明确说指引不是为了“放松纪律”（not intended to “relax discipline”），而是防止基层过度限制、一刀切；"
    "报道也没有说可以送土特产。政务处分法第三十四条第二款对向公职人员赠送可能影响公正行使公权力的礼品设有处分。",
    lang="zh", present=["relax discipline"],
    related=[E(GZ, "¶10", "The Guidelines are not intended to “relax discipline”")])

unans("false_premise",
    "民营经济促进法第六十八条规定大企业必须在60天内付清中小民营企业的货款，超期还要按日收滞纳金。这个滞纳金该找哪个"
    "部门去要？",
    ["滞纳金", "60天"],
    "前提错误：民营经济促进法第六十八条只要求大型企业合理约定付款期限并及时支付，没有60天期限，也没有滞纳金；60日出自"
    "《保障中小企业款项支付条例》第九条，迟延支付的后果是逾期利息（第十七条），不是滞纳金。",
    lang="zh", present=["合理约定付款期限", "60日"],
    related=[E(PE, "第六十八条", "应当合理约定付款期限并及时支付账款"),
             E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "Our café in Guangzhou keeps having foreign tourists' Visa cards declined at the payment terminal. How do we open "
    "a merchant account that accepts international credit cards?",
    ["Visa", "merchant account"],
    "Card acquiring for a shop; none of the documents deals with it (their 支付 is payment of arrears to SMEs/private "
    "firms).",
    lang="en", present=["支付"])

unans("out_of_domain",
    "我打算明年考注册会计师，审计这门课通过率低，怎么复习比较好？",
    ["注册会计师", "CPA"],
    "职业资格考试备考，与文件无关（文件中的“审计”是审计机关的审计监督和企业内部审计）。",
    lang="zh", present=["审计"])

unans("out_of_domain",
    "We export software development services from Chengdu to a client in Germany. What VAT rate applies, and how do we "
    "claim the export tax refund?",
    ["VAT", "增值税", "export tax refund"],
    "Export tax question; the documents only mention tax in general terms (税务管理, 税务机关, 减税降费).",
    lang="en", present=["税务"])

unans("out_of_domain",
    "我女儿想考公务员，国考报名有没有年龄限制？行测和申论分别怎么准备？",
    ["国考", "申论", "行测"],
    "公务员招录考试，文件不涉及（政务处分法只涉及对违法公职人员的处分）。",
    lang="zh", present=["公务员"])

unans("out_of_domain",
    "We're hiring a Chinese engineer with a non-compete clause in his employment contract. How much monthly "
    "compensation must we pay him during the non-compete period after he leaves?",
    ["non-compete", "竞业限制", "employment contract"],
    "Employment law (non-compete compensation); not covered by any of the documents (their contracts are government-"
    "enterprise agreements and procurement contracts).",
    lang="en", present=["contract"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "Before the 2025 revision, what overdue-interest rule did the original 2020 version of the SME payment regulations "
    "(State Council Order No. 728) apply when the contract was silent on interest? I need it for an invoice that fell "
    "due in 2023.",
    ["修订前", "原条例"],
    "The corpus holds only the text as revised by State Council Order No. 802 (2025, in force 2025-06-01); the 2020 "
    "original (Order No. 728) is only named in the header, its articles are not in the corpus.",
    lang="en", present=["国务院令第728号", "万分之五"])

unans("superseded",
    "我父亲2016年在乡政府工作时受过一次行政处分，当时依据的是《行政监察法》。按那部法，不服处分应该向谁申诉、"
    "申诉期限是多少天？",
    ["行政监察法"],
    "语料没有已废止的《行政监察法》；政务处分法第六十七条只说本法施行前已结案的案件需要复审、复核的适用当时的规定，"
    "但当时的规定内容不在语料中。",
    lang="zh", present=["申请复审"])

unans("superseded",
    "Guangzhou's discipline commission has reportedly issued a third batch of its government-business interaction "
    "Guidelines. What new scenarios does the third batch add?",
    ["third batch"],
    "The GZ report (December 2025) covers only the two batches issued so far (33 scenarios); no third batch is in the "
    "corpus.",
    lang="en", present=["second batch", "33 scenarios"])

unans("superseded",
    "国资委2022年4月发的《中央企业合规管理办法（征求意见稿）》里，首席合规官是怎么设置的？跟正式稿比改了什么？",
    ["征求意见稿"],
    "语料只有2022年8月23日公布的正式办法（国资委令第42号，2022年10月1日施行），没有征求意见稿。",
    lang="zh", present=["首席合规官"])
