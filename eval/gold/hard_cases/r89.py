"""Hard-case gold items, eighty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a trainee at a company compliance lecture series who turns each session into quiz questions for
classmates, in Chinese and English: true-or-false checks ('判断：…对吗？'), 'which of these…', fill-in-the-blank
items, and 'the lecturer said … — is that what the document says?'.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "填空题：政府部门找小企业买东西、买服务，条例规定交付后___天内要把钱付了；就算合同另有约定，最长也不能拖过___天。",
    "30天、60天：机关、事业单位应自交付之日起30日内付款，合同另有约定的，付款期限最长不得超过60日（《保障中小企业款项支付条例》第九条第一款）。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "判断：公职人员被记大过的话，处分期是一年半，对吗？",
    "对。政务处分法第八条规定记大过的处分期间为十八个月。",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；")],
    lang="zh")

add("single",
    "Fill in the blank for our Lecture Hall 12 quiz: taken together, the two batches of the Guangzhou government-business Guidelines cover ___ scenarios.",
    "33: the report says the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations (GZ ¶10).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "判断：央企员工举报公司里的违规问题，查实以后公司可以给举报人发奖励，对吗？",
    "对。《中央企业合规管理办法》第二十四条规定，对举报属实的举报人可以给予适当奖励，并应对举报人身份严格保密。",
    ["可以给予适当奖励"],
    [E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")],
    lang="zh")

add("single",
    "True or false: per the NDRC notice, if a local government stops honouring its deal with a private firm just because the officials who signed it have been replaced, that still counts as breach of contract and dishonesty.",
    "True. Section II.(2) says failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "填空：大企业拖了中小企业的货款，合同里又没写逾期利息怎么算，那就按每日___付利息。",
    "按每日利率万分之五支付逾期利息（《保障中小企业款项支付条例》第十七条）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "判断：按《优化营商环境条例》，出台和企业经营密切相关的规章、规范性文件，公开征求意见的时间一般不能少于一个月（30天），对吗？",
    "对。第六十二条规定向社会公开征求意见的期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "老师说：中小企业投诉被拖欠款项后，负责处理的部门要在30天内给出处理结果，情况复杂的最多可以延到90天——条例真是这么写的吗？",
    "是。《保障中小企业款项支付条例》第二十五条：处理投诉部门应自收到投诉材料之日起30日内形成处理结果，经批准可延长，但最长不得超过90日。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "判断：我们是大企业，跟小供应商约定“等业主把钱付给我们，我们再付给你”，这样行得通吗？哪两部文件管这件事？",
    "不行。《保障中小企业款项支付条例》第九条禁止大型企业约定以收到第三方付款作为向中小企业付款的条件；《民营经济促进法》第六十八条也规定大型企业不得以收到第三方付款作为向中小民营经济组织付款的条件。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "一名公职人员同时有好几个都该记过的违法行为，最后合并的处分期最长能定到多久？单个记过又是多久？",
    "单个记过的处分期为十二个月（政务处分法第八条）；应当给予撤职以下多个相同政务处分的，可以在一个处分期以上、多个处分期之和以下确定，但最长不得超过四十八个月（第十五条）。",
    ["记过，十二个月", "最长不得超过四十八个月"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

add("multi",
    "Quiz question: at a central SOE, whose signature has to be on the compliance review opinion for a major decision, and who normally fills that role?",
    "The chief compliance officer signs the compliance review opinion on major decisions (SOE Measures art. 21); the post is held concurrently by the general counsel, with no new leadership post created (art. 12).",
    ["应当由首席合规官签字", "由总法律顾问兼任"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字"),
     E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "判断：发改委那份关于政务诚信的通知说，政府部门只要把失信行为改正了、该履约的履约了，失信记录就应当及时修复、惩戒措施也要停下来，对吗？",
    "对。通知第三部分第（6）项：认定部门确认失信行为已纠正、履约完成后，应及时修复相关失信记录并终止失信惩戒措施。",
    ["the dishonest behavior has been corrected and performance completed", "promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="zh")

add("cross_lingual",
    "填空：这次讲座的主办方大湾区廉洁合规协会是____年__月__日成立的。",
    "2021年4月16日（广州讲座报道的协会大事记：April 16, 2021 协会成立）。",
    ["April 16, 2021"],
    [E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity")],
    lang="zh")

add("cross_lingual",
    "True or false: under China's SME payment regulation, a big buyer can insist that its small supplier take commercial acceptance bills instead of cash.",
    "False. Article 11 of the regulation forbids government bodies, public institutions and large enterprises to force SMEs to accept commercial bills or other non-cash payment methods.",
    ["不得强制中小企业接受商业汇票"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "有个老干部已经回家领养老金了，这会儿才被翻出以前的问题，还能拿他怎么样吗？",
    "已退休的公职人员不再给予政务处分，但可以立案调查；依法应当降级、撤职、开除的，相应调整其待遇，违法所得依第二十五条处理（政务处分法第二十七条）。",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "区里有个部门让我们公司“自愿”掏钱赞助他们搞活动，还暗示不给以后不好办事，我们能说不吗？",
    "能。《优化营商环境条例》第十四条禁止在法律、法规之外要求市场主体出钱出物出人，市场主体有权拒绝任何形式的摊派；《民营经济促进法》第六十一条也规定不得向民营经济组织摊派财物。",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派"),
     E(PE, "第六十一条", "不得向民营经济组织摊派财物")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "老师说《保障中小企业款项支付条例》要求大型企业自交付之日起45天内向中小企业付款——文件是这么说的吗？",
      ["45日", "45天"],
      "第九条第二款规定大型企业应当自交付之日起60日内支付款项（合同另有约定的从其约定）；没有45日的规定，讲师的数字是错的。",
      lang="zh", present=["60日内支付款项"],
      related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
      "为什么《中央企业合规管理办法》要求首席合规官必须新设一个专职领导岗位、不能让现有高管兼任？",
      ["新增专职", "不得兼任"],
      "第十二条恰恰相反：首席合规官不新增领导岗位和职数，由总法律顾问兼任。问题的前提与文件矛盾。",
      lang="zh", present=["首席合规官", "不新增领导岗位"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "Since the SME payment regulation makes government agencies and public institutions publish their overdue-payment figures by June 30 every year, what exactly do they have to disclose?",
      ["June 30", "6月30日"],
      "Art. 18 sets the deadline as before 31 March each year (上一年度逾期尚未支付 contracts: number, amount, etc.), not June 30; the premise's date is wrong.",
      lang="en", present=["3月31日前"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
      "Given that the NDRC checks every province's handling of government breach-of-contract complaints every quarter, who gets copied on those quarterly notifications?",
      ["quarterly", "every quarter", "每季度"],
      "Section IV.(7) says the NDRC evaluates key tasks and notifies provincial credit leading departments 'regularly', copying provincial people's governments; no quarterly frequency is set anywhere.",
      lang="en", present=["regularly notifying"],
      related=[E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments"),
               E(NDRC, "IV.(7)", "copying the provincial people's governments")])

unans("false_premise",
      "既然《民营经济促进法》规定由国务院国资委统筹协调促进民营经济发展工作，那到了县级以上地方政府这一层又由哪个部门牵头？",
      ["国资委统筹协调", "国资委负责统筹"],
      "第四条规定国务院发展改革部门负责统筹协调促进民营经济发展工作，不是国资委；前提错误（地方层面由县级以上地方人民政府有关部门按职责分工开展工作）。",
      lang="zh", present=["国务院发展改革部门负责统筹协调"],
      related=[E(PE, "第四条", "国务院发展改革部门负责统筹协调促进民营经济发展工作")])

unans("false_premise",
      "判断：政务处分里警告的处分期是十二个月；所以被警告的公务员整整一年都不能晋升职务，对吧？",
      ["警告，十二个月", "警告，一年"],
      "第八条规定警告的处分期为六个月（十二个月是记过）；处分期内不得晋升职务（第十九条），因此“一年不能晋升”建立在错误前提上。",
      lang="zh", present=["警告，六个月", "记过，十二个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；"),
               E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

unans("false_premise",
      "The Guangzhou government-business Guidelines explained at Lecture Hall 12 were issued by the GBA Integrity and Compliance Association itself, right? So how many batches has the Association put out so far?",
      ["issued by the GBA", "Association issued"],
      "The report says the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued the two batches of the Guidelines; the Association only hosted the lecture (its own 2023 guidelines are a different document). The issuing body in the premise is wrong.",
      lang="en", present=["two batches", "GBA Integrity and Compliance Association"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "填空：按照《保障中小企业款项支付条例》，年营业收入超过___亿元的企业就算大型企业。",
      ["营业收入", "亿元"],
      "第三条只说大型企业是中小企业以外的企业，依据国务院批准的中小企业划分标准确定；具体的营业收入门槛不在任何文件中。",
      lang="zh", present=["中小企业划分标准", "中小企业以外的企业"])

unans("not_covered",
      "Quiz prep: how much is the fee for lodging a complaint on the national platform for SME payment arrears, and can it be paid online?",
      ["fee", "投诉费"],
      "Art. 24 of the SME regulation says a national unified complaint platform is set up and art. 25 sets handling deadlines; no document mentions any complaint fee or how to pay one.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "公职人员不服政务处分决定，要在收到决定书之日起多少天内申请复审？",
      ["日内申请复审", "收到政务处分决定书", "一个月内申请"],
      "第四十五条只要求决定书载明申请复审、复核的途径和期限，第五十五条规定可以申请复审、复核；具体天数政务处分法没有写。",
      lang="zh", present=["申请复审", "途径和期限"])

unans("not_covered",
      "According to the NDRC notice, what percentage of breach-of-contract complaints against local governments were verified as true?",
      ["percent", "%"],
      "Section II.(2) describes verification (untrue → feedback; true → rectification), but no document gives any outcome statistics.",
      lang="en", present=["verified as true"])

unans("not_covered",
      "我们是小供应商，一家国企拖了我们半年货款。要是去法院起诉，胜诉的把握大吗？一般多久能判下来？",
      ["胜诉", "审理期限"],
      "《民营经济促进法》第六十八条只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行；胜诉概率和审理期限没有任何文件涉及。",
      lang="zh", present=["及时立案、审理、执行"])

unans("not_covered",
      "央企的合规委员会每年至少要开几次会？",
      ["每年至少", "每季度"],
      "《中央企业合规管理办法》第十一条只说合规委员会“定期召开会议”，没有规定次数。",
      lang="zh", present=["定期召开会议"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "2020年国务院令第728号公布的那一版《保障中小企业款项支付条例》，原来对大型企业的付款期限是怎么规定的？",
      ["2020年9月1日起施行", "原条例"],
      "语料只收录2025年国务院令第802号修订后的文本（第九条现为60日），2020年原版条文不在文档中，无法说明修订前的规定。",
      lang="zh", present=["第728号"])

unans("superseded",
      "In the 2018 trial Guidelines for Compliance Management of Central Enterprises, which department was supposed to lead compliance work?",
      ["2018", "合规管理指引", "试行"],
      "Only the 2022 SASAC Measures (Order No. 42) are in the corpus; the earlier 2018 trial guidelines are not, so what they said cannot be answered.",
      lang="en", present=["合规管理部门牵头"])

unans("superseded",
      "In the draft Private Economy Promotion Law that was put out for public comment in 2024, which article dealt with payment arrears?",
      ["草案", "征求意见稿", "draft"],
      "The corpus holds only the law as adopted on 30 April 2025; the earlier draft for comment is not among the documents.",
      lang="en", present=["民营经济促进法"])

unans("superseded",
      "2007年的《行政机关公务员处分条例》里，记过的处分期是多久？",
      ["行政机关公务员处分条例", "2007"],
      "语料只有2020年《公职人员政务处分法》（第八条记过十二个月）；2007年的公务员处分条例不在文档中。",
      lang="zh", present=["记过，十二个月"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "公司跟新员工签劳动合同，试用期最长能约定几个月？",
      ["试用期", "劳动合同"],
      "劳动用工合同的试用期属于劳动法问题，七份文件均未涉及。",
      lang="zh")

unans("out_of_domain",
      "What VAT rate should our company charge on a service contract with a government department?",
      ["VAT", "增值税"],
      "Tax rates on contracts are outside all seven documents (they mention tax only in passing, e.g. 减税降费, with no rates).",
      lang="en")

unans("out_of_domain",
      "How many days of paid annual leave does a company employee get after ten years of work, and does the company owe extra payment if the leave isn't taken?",
      ["annual leave", "年休假", "paid leave"],
      "Employee leave entitlements are an HR/labour-law matter not covered by any of the documents.",
      lang="en")
