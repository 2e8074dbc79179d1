"""Hard-case gold items, second round (see eval/gold/build_hard_cases.py)."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)


# =========================================================================== unanswerable
# --------------------------------------------------------------- Chinese documents

unans("not_covered",
      "我们是小企业，想向受理投诉部门投诉一家大企业拖欠货款，需要交投诉费吗？大概多少钱？",
      ["投诉费"],
      "《保障中小企业款项支付条例》第二十四条、第二十五条规定了受理投诉部门、转交和处理时限，"
      "但没有任何关于投诉是否收费或收费标准的规定；其他文件也没有。",
      present=["受理投诉部门", "拖欠中小企业款项"])

unans("not_covered",
      "If a public official loses both the review (复审) and the higher-level re-examination (复核) of "
      "his sanction, can he still sue in a people's court?",
      ["sue"],
      "政务处分法第五十五条只规定了向作出决定的监察机关申请复审、对复审不服向上一级监察机关申请复核，"
      "第五十六至五十九条规定复审复核的效果；之后能否起诉，任何条文都没有规定。",
      lang="en", present=["复审", "复核"])

unans("not_covered",
      "央企的首席合规官需要具备什么任职资格？比如至少几年法律工作经验？",
      ["任职资格", "工作经验"],
      "《中央企业合规管理办法》第十二条只说首席合规官不新增领导岗位、由总法律顾问兼任、对主要负责人负责，"
      "没有规定任职资格或从业年限。",
      present=["首席合规官", "总法律顾问"])

unans("false_premise",
      "既然《中央企业合规管理办法》要求合规委员会每季度至少开一次会，那会议纪要要不要报国资委？",
      ["每季度", "会议纪要"],
      "第十一条只说合规委员会“定期召开会议”，没有规定每季度开会，也没有要求把会议纪要报国资委；"
      "办法要求向国资委报告的是重大合规风险事件（第二十二条）。",
      present=["合规委员会", "定期召开会议"],
      related=[E(SOE, "第十一条", "统筹协调合规管理工作，定期召开会议，研究解决重点难点问题")])

unans("false_premise",
      "Since the SME payment regulation lets a large company pay its small suppliers only after its own "
      "customer has paid it, how should such a back-to-back clause be worded in the contract?",
      ["back-to-back"],
      "The premise is reversed: 第九条 of the SME payment regulation forbids agreeing that the large company "
      "pays only upon receiving a third party's payment (民营经济促进法第六十八条 likewise).",
      lang="en", present=["第三方付款"],
      related=[E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
               E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")])

unans("false_premise",
      "民营经济促进法要求民营企业每年向工商联报送合规报告，这个报告最晚什么时候交？",
      ["合规报告"],
      "民营经济促进法没有规定民营企业向工商联报送任何年度报告：第七条只规定工商联引导民营经济组织依法经营，"
      "第三十九条是支持引导建立内部审计制度、加强廉洁风险防控。",
      present=["工商联", "内部审计制度"],
      related=[E(PE, "第七条", "引导民营经济组织依法经营，提高服务民营经济水平"),
               E(PE, "第三十九条", "支持引导民营经济组织建立健全内部审计制度")])

unans("superseded",
      "《保障中小企业款项支付条例》2020年版（修订前）规定机关、事业单位多少天内付款？跟现在比改了什么？",
      ["2020年版", "修订前"],
      "语料中只有2025年修订后的条例文本（第九条：30日、最长60日）；标题只注明2020年国务院令第728号公布，"
      "修订前条文的内容和修改之处没有收录。",
      present=["国务院令第728号", "30日内支付款项"])

unans("superseded",
      "Before the Law on Administrative Sanctions for Public Officials took effect in July 2020, how long did "
      "a demerit last under the predecessor rules for civil servants?",
      ["predecessor", "demerit"],
      "政务处分法第八条只给出本法的处分期（记过十二个月等）；第六十七条只说本法施行前的案件如何适用"
      "“当时的规定”，并未写明此前规定的内容。",
      lang="en", present=["政务处分的期间", "当时的规定"])

unans("not_covered",
      "营商环境评价是由哪家第三方机构来打分的？多久评一次，结果在哪里公布？",
      ["第三方机构"],
      "《优化营商环境条例》第八条只说国家建立以满意度为导向的营商环境评价体系及其禁止事项；"
      "第二十八条（中小企业款项支付条例）和NDRC通知III.(3)只说把有关情况纳入评价，都没有规定评价机构、频率或公布方式。",
      present=["营商环境评价"])

unans("false_premise",
      "The Regulations on Optimizing the Business Environment let each province draw up its own "
      "market-access negative list. What does such a local list have to include?",
      ["market-access", "local negative list"],
      "第二十条 of the 优化营商环境条例 says the opposite: the national unified negative list applies and "
      "regions and departments may not make their own market-access negative lists (民营经济促进法第十条 too).",
      lang="en", present=["负面清单"],
      related=[E(BE, "第二十条", "各地区、各部门不得另行制定市场准入性质的负面清单"),
               E(PE, "第十条", "国家实行全国统一的市场准入负面清单制度")])

unans("false_premise",
      "按政务处分法，公职人员退休后被查出在职时违法的，照样要给予警告或者记过，这种情况下处分期从哪天起算？",
      ["退休后被查出"],
      "第二十七条规定已经退休的公职人员有违法行为的“不再给予政务处分”，只可立案调查并相应调整待遇，"
      "所以不存在对退休人员的警告、记过及其处分期。",
      present=["不再给予政务处分", "政务处分期"],
      related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")])

unans("not_covered",
      "Under the Private Economy Promotion Law, what is the minimum adaptation period that must be left "
      "between publishing a new business-related regulation and putting it into force?",
      ["adaptation period", "minimum"],
      "民营经济促进法第四十五条和优化营商环境条例第六十五条只要求留出“必要的适应调整期”，都没有规定最短期限"
      "（条例第六十二条的30日是征求意见期，不是调整期）。",
      lang="en", present=["适应调整期"])

unans("not_covered",
      "区政府拖欠我们公司工程款两年了，如果依据民营经济促进法去打官司，胜诉的把握有多大？",
      ["打官司", "胜诉"],
      "民营经济促进法第六十七条、第七十三条规定了不得拖延支付和相应责任，第六十八条第二款提到法院及时立案审理，"
      "但任何文件都不可能对具体诉讼结果作出预测。",
      present=["拖欠", "账款"])

# --------------------------------------------------------------- English documents (NDRC, GZ)

unans("not_covered",
      "Under the NDRC notice, what deadline does the superior department have to finish verifying a "
      "breach-of-contract complaint against a government agency?",
      ["deadline"],
      "II.(2) says the provincial credit leading department should 'immediately transfer' complaint clues "
      "and the identifying department should 'promptly' give feedback, but sets no time limit for "
      "verification. (The 30-day limit in the SME payment regulation 第二十五条 is for a different complaint "
      "track, arrears complaints to SME departments.)",
      lang="en", present=["verification", "breach of contract"])

unans("false_premise",
      "Since the NDRC notice exempts government departments whose failure to perform was caused by a change "
      "of leadership, what proof does the department have to produce?",
      ["exempts", "change of leadership"],
      "II.(2) says the opposite: failure to perform due to institutional adjustments, personnel changes and "
      "other reasons is all regarded as breach of contract and dishonesty.",
      lang="en", present=["personnel changes"],
      related=[E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
               E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")])

unans("not_covered",
      "通过发改委通知里说的违约失信投诉专栏投诉政府部门，一定要实名吗？可以匿名投诉吗？",
      ["实名", "匿名"],
      "NDRC通知II.(1)只规定依托信用网站、12345热线等渠道设立违约失信投诉专栏，受理涉及政府部门的投诉，"
      "没有说明投诉是否需要实名。",
      present=["投诉"])

unans("not_covered",
      "What is the retention period for a government dishonesty record on the national credit information "
      "sharing platform if the department never rectifies the breach?",
      ["retention period"],
      "III.(3) only says breach information is shared in real time and forms government credit records; "
      "III.(6) covers restoration after correction. No period for how long a record is kept is given.",
      lang="en", present=["credit records", "credit restoration"])

unans("false_premise",
      "The NDRC notice tells private companies to phone NDRC's own complaint line directly when a local "
      "government breaks a contract. What is the phone number?",
      ["phone number", "own complaint line"],
      "II.(1) has provincial credit leading departments set up complaint columns relying on credit websites, "
      "the Internet + Supervision platform, local 12345 hotlines etc.; NDRC only publicizes the local columns "
      "on Credit China and coordinates handling. It sets up no NDRC hotline.",
      lang="en", present=["complaint columns", "Credit China"],
      related=[E(NDRC, "II.(1)", "Our commission will publicize local complaint columns on the"),
               E(NDRC, "II.(1)", "local 12345 government service hotlines")])

unans("not_covered",
      "What percentage of a locality's business environment evaluation score does a government dishonesty "
      "record account for under the NDRC notice?",
      ["percentage"],
      "III.(3) says NDRC will 'appropriately include' government dishonesty records in business environment "
      "evaluations, with no weight or share given (the 'weight' in III.(4) is about city credit monitoring "
      "deductions, also unquantified).",
      lang="en", present=["business environment evaluations"])

unans("not_covered",
      "Under the Guangzhou Guidelines, what is the maximum value of a business meal a public official may "
      "accept from an enterprise?",
      ["maximum value", "business meal"],
      "The GZ report (¶9) only says the first batch responded to issues such as 'what meals can be eaten and "
      "what vehicles can be taken'; it does not reproduce the rules. 政务处分法第三十四条 forbids banquets that may "
      "affect impartial exercise of power but sets no amount.",
      lang="en", present=["meals", "first batch"])

unans("not_covered",
      "广州政商交往指引里，公职人员能不能坐企业安排的车去做项目考察？",
      ["企业安排的车", "考察"],
      "GZ报告¶9只提到第一批指引回应了“what meals can be eaten and what vehicles can be taken”这类问题，"
      "没有载明具体规则；其他文件也没有规定。",
      present=["vehicles"])

unans("false_premise",
      "Why did the Guangzhou Market Regulation Administration decide to publish its Guidelines on "
      "government-business interactions in a Q&A format?",
      ["Market Regulation Administration"],
      "¶7: the Guidelines and Q&A were issued by the Guangzhou Municipal Commission for Discipline Inspection "
      "and Supervision, not by a market regulation authority.",
      lang="en", present=["Guidelines and Q&A"],
      related=[E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
               E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

unans("false_premise",
      "广州的政商交往指引已经出了三批，第三批主要讲的是哪些场景？",
      ["第三批", "已经出了三批"],
      "GZ报告只说广州市纪委监委连续两年发布了两批指引（¶7），两批共33个场景（¶10），没有第三批。",
      present=["two batches"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
               E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

unans("not_covered",
      "What is the duration of the 'observation period' that the Guangzhou Guidelines give to AI start-ups?",
      ["duration", "start-ups"],
      "¶25 (a speaker's comment) only says the Guidelines advocate 'inclusive and prudent supervision' and an "
      "'observation period' system for new business formats such as AI; no length is given anywhere.",
      lang="en", present=["observation period", "artificial intelligence"])

unans("false_premise",
      "Given that the Guangzhou Guidelines make SOE investment managers personally liable for any investment "
      "loss, how can they protect themselves?",
      ["personally liable"],
      "The report says the opposite: investments made with due diligence and compliant procedures that lose "
      "money due to objective factors may be exempted from liability (¶21, also ¶18, ¶29-31).",
      lang="en", present=["exempted from liability", "due diligence"],
      related=[E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
               E(GZ, "¶29", "does not necessarily lead to accountability")])

unans("superseded",
      "What did the draft version of the second batch of the Guangzhou Guidelines say about investment "
      "promotion before it was finalised?",
      ["draft version"],
      "The GZ report only describes the issued second batch (¶9, ¶17-18) as interpreted by a drafting committee "
      "member; no draft text or pre-publication version is in any document.",
      lang="en", present=["second batch", "drafting committee"])

unans("not_covered",
      "发改委这份通知发出以后，到目前为止有多少个城市因为政府失信被取消了社会信用体系建设示范区称号？",
      ["到目前为止", "示范区称号"],
      "NDRC通知III.(4)只规定对有政府失信记录的地级及以上城市取消示范区称号或资格；"
      "通知发布后的执行情况和数量任何文件都没有记载。",
      present=["demonstration zones"])


# =========================================================================== answerable

add("cross_lingual",
    "If a government agency buys services from a small company, how soon does it have to pay, and can the "
    "contract stretch that out?",
    "Within 30 days of delivery; the contract may agree otherwise, but the payment term may be at most 60 days.",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "但付款期限最长不得超过60日")],
    lang="en")

add("paraphrase",
    "我们小公司给一家大企业供货，对方合同里写“等他们的客户把钱付了再付给我们”，这样约定可以吗？",
    "不可以。大型企业不得约定以收到第三方付款作为向中小企业付款的条件，也不得按第三方付款进度比例支付。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")])

add("cross_lingual",
    "After a small firm complains about unpaid invoices, how long does the department handling the complaint "
    "have to give it a written result?",
    "30 days from receiving the complaint materials; extendable with approval in complex cases, but to no more "
    "than 90 days in total.",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="en")

add("paraphrase",
    "央企设首席合规官，是要专门多设一个领导职位吗？一般让谁来当？",
    "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

add("cross_lingual",
    "A civil servant thinks the supervisory commission's sanction against him is wrong. Where can he "
    "challenge it, and does the sanction stay in force meanwhile?",
    "He may apply for review (复审) to the commission that decided, then for re-examination (复核) to the "
    "commission one level up; the sanction keeps being executed during review/re-examination.",
    ["申请复审", "上一级监察机关申请复核", "不停止原政务处分决定的执行"],
    [E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审"),
     E(PS, "第五十五条", "可以向上一级监察机关申请复核"),
     E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行")],
    lang="en")

add("paraphrase",
    "一位已经退休的处长，被发现在任时收过企业送的购物卡，监察机关还能给他记过吗？",
    "不能再给予政务处分（包括记过），但可以立案调查；应予降级、撤职、开除的，相应调整其待遇，违法所得依法处理。",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")])

add("multi",
    "同事被记了大过，要过多久这个处分才会自己解除？有什么前提？",
    "记大过的处分期为十八个月；处分期内有悔改表现且没有再发生应受政务处分的违法行为的，期满后自动解除。",
    ["十八个月", "有悔改表现", "政务处分期满后自动解除"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第二十六条", "在政务处分期内有悔改表现，并且没有再发生应当给予政务处分的违法行为的，政务处分期满后自动解除")])

add("cross_lingual",
    "Can a provincial department put out its own list of sectors that businesses are barred from entering, "
    "on top of the national one?",
    "No. A nationally unified negative list applies; regions and departments may not draw up their own "
    "negative lists of a market-access nature.",
    ["不得另行制定市场准入性质的负面清单"],
    [E(BE, "第二十条", "各地区、各部门不得另行制定市场准入性质的负面清单")],
    lang="en")

add("paraphrase",
    "政府要出台一个跟企业经营直接相关的新规定，留给社会提意见的时间一般最少多长？",
    "除依法需要保密外应公开征求意见，期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

add("cross_lingual",
    "按照发改委关于政府诚信履约的通知，地方政府因为换了领导或者机构调整，没有履行跟民营企业签的协议，算不算失信？",
    "算。因机构调整、人员变动等原因不履约的，一律视为违约失信。",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")])

add("paraphrase",
    "If a city government racks up a record of reneging on deals, can it still compete for NDRC prizes and "
    "trial-programme status?",
    "No: for prefecture-level and above cities with government dishonesty records, NDRC cancels eligibility for "
    "awards and pilot demonstrations in the development and reform system (and increases credit monitoring "
    "deductions, cancels demonstration-zone titles).",
    ["prefecture-level and above cities", "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

add("paraphrase",
    "A county bureau walked away from an investment-attraction agreement it signed with our private company. "
    "Through which channels can we complain under the NDRC notice?",
    "Through the breach-of-contract complaint columns set up by provincial credit leading departments on "
    "credit websites, the Internet + Supervision platform, MIIT's SME arrears platform, local 12345 hotlines, "
    "business environment complaint platforms, petition departments, etc.",
    ["credit websites", "12345 government service hotlines", "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "should rely on their credit websites"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments")],
    lang="en")

add("multi",
    "Roughly how many typical situations do the Guangzhou government-business guidelines cover across both "
    "rounds, and how is each one laid out?",
    "33 scenarios in the two batches, each in a 'scenario + list + case' format (behavioural scenarios with "
    "positive and negative lists and typical cases).",
    ["33 scenarios", "‘scenario + list + case’ format"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶8", "the ‘scenario + list + case’ format adopted by both batches")],
    lang="en")

add("cross_lingual",
    "广州那套《政商交往指引》是哪个部门发的？一共出了几批？",
    "广州市纪委监委（Guangzhou Municipal Commission for Discipline Inspection and Supervision），连续两年发布了两批。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

add("paraphrase",
    "Say officials did everything by the book when bringing in an investment project, but it ends up "
    "underperforming. Will they be punished under the Guangzhou Guidelines?",
    "No: if investment promotion was carried out with due diligence and compliance, the personnel will not be "
    "held blindly accountable even if the project falls short of expectations.",
    ["due diligence and compliance", "will not be held blindly accountable"],
    [E(GZ, "¶18", "carried out with due diligence and compliance"),
     E(GZ, "¶18", "will not be held blindly accountable")],
    lang="en")

add("cross_lingual",
    "按广州政商交往指引起草人的说法，碰到指引里没写到的情形，判断一个政商交往行为行不行，核心看什么？",
    "核心是区分“为公”还是“为私”（acting for the public good vs. for personal gain），关键看行为能否“摆上桌面”（put on the table）。",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "“acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "whether the actions can be “put on the table”")])

add("multi",
    "新一届政府上任后，能不能以“那是前任签的”为由不履行跟民营企业签的合同？",
    "不能。不得以政府换届、机构或职能调整、相关人员更替等为由违约毁约；确因公共利益需要改变的，须依法定权限和程序并补偿损失。",
    ["政府换届", "违约、毁约", "予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")])

add("multi",
    "一家国企拖着我们民营公司的工程款不给，说要等审计部门审完才跟我们对账结款，合同里并没有这个约定。这站得住吗？",
    "站不住。国有企业不得在合同未约定时以等待决算审计等为由拒绝或拖延付款，除法律、行政法规另有规定外不得强制以审计结果作为结算依据（对中小企业，国有大型企业同样不得）。",
    ["决算审计", "不得强制要求以审计结果作为结算依据"],
    [E(PE, "第六十七条", "在合同未作约定情况下以等待竣工验收批复、决算审计等为由"),
     E(PE, "第六十七条", "不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")])
