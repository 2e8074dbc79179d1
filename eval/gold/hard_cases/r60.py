"""Hard-case gold items, sixtieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a newly recruited civil servant at a district bureau preparing for a compliance exam and a
lecture session; writes mostly in Chinese (some English), often as 判断题/选择题-style checks about what
officials may and may not do, the sanctions law and the business-environment regulation, and sometimes
misremembers article numbers or figures.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "如果一个公职人员有好几个违法行为，每个都应该给记过，那合并起来的处分期最长能定到多少个月？",
    "应当给予撤职以下多个相同政务处分的，可在一个处分期以上、多个处分期之和以下确定处分期，但最长不得超过四十八个月（政务处分法第十五条）。",
    ["四十八个月"],
    [E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

add("single",
    "选择题：公职人员被立案调查期间，未经监察机关同意，下列哪项不能做？A.出境 B.辞去公职 C.两项都不能",
    "选C。政务处分法第五十二条规定，被立案调查期间，未经监察机关同意，不得出境、辞去公职。",
    ["不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("single",
    "选择题：制定跟企业生产经营密切相关的规章、规范性文件，向社会公开征求意见的期限一般不少于多久？A.15日 B.20日 C.30日 D.45日",
    "选C。优化营商环境条例第六十二条：向社会公开征求意见的期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "机关、事业单位拖欠中小企业的款项，合同里又没约定逾期利息的利率，那利息按什么标准算？我记得是保障中小企业款项支付条例第十六条？",
    "按每日利率万分之五支付逾期利息；有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率（条例第十七条，不是第十六条）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "央企设首席合规官，是不是要单独新增一个领导岗位？一般由谁来担任？",
    "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责（中央企业合规管理办法第十二条）。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "已经退休的老干部，被查出在职时收过不该收的礼，还能给他政务处分吗？",
    "已退休的公职人员不再给予政务处分，但可以立案调查；依法应予降级、撤职、开除的，按规定相应调整其待遇（政务处分法第二十七条）。",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("single",
    "According to the NDRC notice on government integrity, what happens to a prefecture-level city that has a government dishonesty record?",
    "The NDRC will cancel its eligibility for awards and pilot demonstrations in the development and reform system, "
    "increase the weight of its city credit monitoring deductions, and cancel its social-credit demonstration-zone title or eligibility (III.(4)).",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "For my lecture: when a situation isn't covered by any of the Guangzhou government-business scenarios, what's the basic test an official should use to judge it?",
    "Distinguish between acting for the public good and acting for personal gain; the key is whether the action can be put on the table.",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "acting for the public good"),
     E(GZ, "¶10", "acting for personal gain"),
     E(GZ, "¶10", "the key is whether the actions can be")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "公务员被记过以后，多长时间内不能晋升工资档次？",
    "记过的处分期为十二个月（政务处分法第八条）；公务员在处分期内不得晋升职务、职级等，其中被记过的不得晋升工资档次（第十九条）。",
    ["记过，十二个月", "不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("multi",
    "我们局从一家小微企业采购了一批服务，财务说要等审计局的审计结果出来才结算，而且打算交付后90天再付款。这两个做法合规吗？",
    "都不合规：机关从中小企业采购应自交付之日起30日内付款，合同另有约定的最长也不得超过60日（条例第九条）；"
    "机关、事业单位不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外（第十二条）。",
    ["30日内支付款项", "最长不得超过60日", "不得强制要求以审计机关的审计结果作为结算依据"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("multi",
    "公职人员因为故意犯罪被判了有期徒刑但是宣告缓刑，还会被开除吗？开除以后还能再考公务员吗？",
    "会。因故意犯罪被判处管制、拘役或者有期徒刑以上刑罚（含宣告缓刑）的，予以开除（政务处分法第十四条）；"
    "被开除的不得录用为公务员以及参照公务员法管理的人员（第二十四条）。",
    ["含宣告缓刑", "不得录用为公务员"],
    [E(PS, "第十四条", "因故意犯罪被判处管制、拘役或者有期徒刑以上刑罚（含宣告缓刑）的"),
     E(PS, "第十四条", "公职人员犯罪，有下列情形之一的，予以开除"),
     E(PS, "第二十四条", "公职人员被开除，或者依照本法第二十三条规定"),
     E(PS, "第二十四条", "不得录用为公务员以及参照《中华人民共和国公务员法》管理的人员")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份政务诚信的通知里，政府部门因为机构调整、换了领导，没履行跟民营企业签的合同，算不算违约失信？",
    "算。通知第二部分第（2）项规定，因机构调整、人员变动等原因不履约的，一律认定为违约失信。",
    ["shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "广州那套政商交往典型场景的指引和问答是哪个部门出的？两批加起来一共覆盖多少个场景？",
    "由广州市纪委监委发布，连续两年出了两批；两批共覆盖33个场景。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "33 scenarios"],
    [E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶10", "the 33 scenarios covered in the two batches")],
    lang="zh")

add("cross_lingual",
    "If an official argues back and defends himself during a sanctions investigation, can the supervisory commission make his sanction heavier because of that?",
    "No. Before deciding, the supervisory organ must hear the person's statement and defence, and the sanction may not be "
    "increased because of the defence (Public Officials Sanctions Law, Art. 43).",
    ["不得因被调查人的申辩而加重政务处分"],
    [E(PS, "第四十三条", "听取被调查人的陈述和申辩"),
     E(PS, "第四十三条", "不得因被调查人的申辩而加重政务处分")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "区里办活动，领导让我们去找辖区几家公司“凑点钱”，公司要是不想出，可以直接回绝吗？",
    "可以。法律、法规规定之外要求企业出钱出物出人属于摊派，被禁止；市场主体有权拒绝任何形式的摊派（优化营商环境条例第十四条）。",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

add("paraphrase",
    "要是有公务员偷偷办了美国绿卡，被发现了会怎么样？",
    "违反规定取得外国国籍或者获取境外永久居留资格、长期居留许可的，予以撤职或者开除（政务处分法第三十一条）。",
    ["予以撤职或者开除"],
    [E(PS, "第三十一条", "违反规定取得外国国籍或者获取境外永久居留资格、长期居留许可的，予以撤职或者开除")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "判断题：根据政务处分法，警告的处分期为三个月，记过为六个月。这题应该判“对”吧？",
    ["三个月", "警告，三个月"],
    "政务处分法第八条：警告六个月，记过十二个月，记大过十八个月，降级、撤职二十四个月；题干的期间都说错了。",
    lang="zh", present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"), E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
    "保障中小企业款项支付条例第九条规定大型企业要在交付之日起90日内付款，那合同约定120天付款算不算违规？",
    ["交付之日起90日", "90日内支付"],
    "条例第九条给大型企业的是交付之日起60日内支付（合同另有约定的从约定，但应合理约定、及时支付）；没有90日的规定。"
    "90日只出现在第二十五条投诉处理期限的上限。",
    lang="zh", present=["60日内支付款项", "90日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "优化营商环境条例规定营商环境评价每季度开展一次，我们区下个季度迎评之前要准备哪些材料？",
    ["每季度", "季度"],
    "条例第八条只规定建立以市场主体和社会公众满意度为导向的营商环境评价体系，且评价不得影响正常工作、不得增加市场主体负担；"
    "没有规定评价频次，也没有列出迎评材料。",
    lang="zh", present=["营商环境评价"],
    related=[E(BE, "第八条", "国家建立和完善以市场主体和社会公众满意度为导向的营商环境评价体系"),
             E(BE, "第八条", "开展营商环境评价，不得影响各地区、各部门正常工作")])

unans("false_premise",
    "The Central SOE Compliance Management Measures were jointly issued by SASAC and the NDRC, and the chief compliance officer reports to the board of directors, right?",
    ["jointly issued", "联合发布", "对董事会负责"],
    "The Measures are SASAC Order No. 42, interpreted by SASAC alone (Art. 41); the chief compliance officer is concurrently "
    "the general counsel and is responsible to the enterprise's principal person in charge (Art. 12), not the board.",
    lang="en", present=["国资委令第42号", "对企业主要负责人负责"],
    related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责"),
             E(SOE, "第四十一条", "本办法由国资委负责解释")])

unans("false_premise",
    "Given that the NDRC notice bars cities with government dishonesty records from central budget funding for three years, how can a city get that ban lifted early?",
    ["three years", "for three years"],
    "III.(4) says the NDRC will restrict central budget fund support for entities with dishonesty records and, for cities, cancel "
    "award/pilot eligibility etc.; no duration is set. III.(6): once the dishonest behaviour is corrected and performance completed, "
    "records are restored and punishment measures terminated.",
    lang="en", present=["central budget funds", "credit restoration"],
    related=[E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
             E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
    "为什么政务处分法允许监察机关对村委会干部直接给予开除处分？立法上是怎么考虑的？",
    ["村委会"],
    "政务处分法第二十二条：基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过，"
    "受处分的由县级或者乡镇政府减发或者扣发补贴、奖金；并无对其开除的规定，也没有讲立法考虑。",
    lang="zh", present=["基层群众性自治组织"],
    related=[E(PS, "第二十二条", "基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过。")])

unans("false_premise",
    "政务处分法规定，申请复审、复核期间原处分决定暂停执行。那暂停期间的工资是照发还是停发？",
    ["暂停执行", "停止执行", "停发"],
    "政务处分法第五十六条恰恰相反：复审、复核期间，不停止原政务处分决定的执行；公职人员不因申请复审、复核而被加重处分。"
    "文件没有“暂停执行期间工资”的规定。",
    lang="zh", present=["不停止原政务处分决定的执行"],
    related=[E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "政务处分决定书应当在作出决定后几日内送达被处分人？",
    ["日内送达"],
    "政务处分法第四十六条只说决定书应当及时送达被处分人和其所在机关、单位，并在一定范围内宣布；没有规定具体天数。",
    lang="zh", present=["及时送达"])

unans("not_covered",
    "工程建设里向中小企业收的工程质量保证金，比例最高不能超过合同价款的百分之几？",
    ["百分之三", "3%"],
    "保障中小企业款项支付条例第十三条只列出可收取的四类保证金，并说收取比例、方式应当符合法律、行政法规和国家有关规定；"
    "没有给出比例上限。",
    lang="zh", present=["工程质量保证金", "收取比例"])

unans("not_covered",
    "How many public officials in total have been trained through the Integrity and Compliance Lecture Hall since it started in 2022?",
    ["cumulative", "officials trained"],
    "The Guangzhou report says the 12th session gathered over 100 guests and lists the sessions held (e.g. 10 sessions from "
    "June 2022 to October 2025), but gives no cumulative number of officials trained.",
    lang="en", present=["over 100 guests", "a total of 10 sessions"])

unans("not_covered",
    "企业对自己是不是中小企业有争议、去申请规模类型认定，要交多少认定费用？",
    ["认定费", "免费"],
    "保障中小企业款项支付条例第二十九条规定有争议的可向主张为中小企业一方所在地的县级以上主管部门申请认定，"
    "并有规模类型自测平台；没有提到任何费用。",
    lang="zh", present=["申请认定", "企业规模类型测试平台"])

unans("not_covered",
    "对政务处分决定不服申请复审，要在收到决定书之后多少日内提出？过了期限还能申请吗？",
    ["日内申请复审", "日内提出复审"],
    "政务处分法第五十五条只规定可以向作出决定的监察机关申请复审、对复审决定不服可向上一级申请复核；"
    "第四十五条要求决定书载明申请复审、复核的途径和期限，但法律本身没有规定天数。",
    lang="zh", present=["申请复审", "申请复审、复核的途径和期限"])

unans("not_covered",
    "If a private company files a breach-of-contract complaint against our county government through the provincial credit channel, what are the chances it gets confirmed as government dishonesty, and how fast?",
    ["chances", "success rate", "within 30 days"],
    "NDRC notice II.(1)-(2): complaints are transferred immediately to the superior/competent department for verification; if true, "
    "rectification is promoted and refusal to rectify is confirmed as dishonesty. No outcome statistics, likelihood or time limit.",
    lang="en", present=["breach of contract and dishonesty", "immediately transfer"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的原版《保障中小企业款项支付条例》里，大型企业的付款期限当时是怎么写的？和2025年修订后比有什么变化？",
    ["修订前", "原条例"],
    "语料只有2025年国务院令第802号修订后的文本（第九条：大型企业交付之日起60日内支付）；2020年原版条文不在文件中，无法比较。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "2018年国家监委印发的《公职人员政务处分暂行规定》里，对已经退休的人员是怎么处理的？",
    ["暂行规定", "2018"],
    "语料只有2020年施行的政务处分法（第二十七条规定退休人员不再给予政务处分、可立案调查）；此前的暂行规定不在文件中。",
    lang="zh", present=["已经退休的公职人员"])

unans("superseded",
    "民营经济促进法的草案征求意见稿里，关于拖欠民营企业账款的那一条是第几条？跟正式通过的版本有什么不一样？",
    ["征求意见稿", "草案"],
    "语料只有2025年4月30日通过的正式文本（第六十七条等规定账款支付）；草案/征求意见稿不在文件中。",
    lang="zh", present=["及时向民营经济组织支付账款"])

unans("superseded",
    "What did SASAC's 2018 Guidelines for Compliance Management of Central Enterprises (for trial implementation) say about setting up a compliance committee?",
    ["Guidelines for Compliance Management", "合规管理指引", "试行", "2018"],
    "The corpus has only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42; Art. 11 on the compliance committee); "
    "the earlier 2018 trial guidelines are not among the documents.",
    lang="en", present=["合规委员会"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "公司和员工签的劳动合同到期了不续签，公司要不要付经济补偿金？",
    ["劳动合同", "经济补偿金"],
    "劳动合同终止与经济补偿属于劳动合同法范畴；七份文件只在原则上提到保障劳动者合法权益、劳动关系，未涉及经济补偿。",
    lang="zh", present=["劳动者合法权益"])

unans("out_of_domain",
    "Our company finally received a late payment plus interest from a government agency. How should that interest be treated for corporate income tax?",
    ["corporate income tax", "企业所得税"],
    "The SME payment regulation (Art. 17) sets the late-payment interest owed, but none of the documents deals with the tax treatment of it.",
    lang="en", present=["逾期利息"])

unans("out_of_domain",
    "政府采购合同签了以后要不要贴印花税？税率是多少？",
    ["印花税"],
    "印花税属于税法问题；文件只涉及政府采购公平对待、按预算执行、及时付款等，不涉及合同印花税。",
    lang="zh", present=["政府采购"])
