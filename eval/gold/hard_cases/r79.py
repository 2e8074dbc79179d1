"""Hard-case gold items, seventy-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a foreign journalist and a Chinese fixer preparing a feature on officials and businesspeople in
Guangzhou; they ask in English (some pinyin or Chinese) about the Guangzhou guidelines and the lecture report,
who spoke and who organised, what officials may do at meals, visits and events, and how the national laws
punish officials, sometimes mixing up names, dates and numbers.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "My fixer has it down as Dec 28 at Liby's headquarters. When and where was the 12th Integrity and "
    "Compliance Lecture Hall actually held?",
    "On the afternoon of December 26, at the Liby Center (GZ report, ¶3).",
    ["December 26", "Liby Center"],
    [E(GZ, "¶3", "On the afternoon of December 26, the 12th session of the"),
     E(GZ, "¶3", "was held at the Liby Center")],
    lang="en")

add("single",
    "We need Wang Yuqun's exact title for the photo caption. What's his position?",
    "He is a member of the Guidelines drafting committee and a First-Class Principal Staff Member of the Policy "
    "and Regulation Research Office of the Municipal Commission for Discipline Inspection and Supervision (GZ ¶7).",
    ["First-Class Principal Staff Member", "Policy and Regulation Research Office"],
    [E(GZ, "¶7", "Wang Yuqun, a member of the Guidelines drafting committee"),
     E(GZ, "¶7", "First-Class Principal Staff Member of the Policy and Regulation Research Office")],
    lang="en")

add("single",
    "I've seen both 30 and 36 quoted — how many scenarios do the Guangzhou government-business guidelines "
    "cover in total?",
    "33 scenarios across the two batches of the Guidelines, which the speaker said cannot cover every situation "
    "(GZ ¶10).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "Chen Lin — which company is that person with, and what role do they hold in the compliance association?",
    "Chen Lin is Secretary of the Commission for Discipline Inspection of Guangzhou Liby Enterprise Group Co., "
    "Ltd. and Secretary-General of the GBA Integrity and Compliance Association (GZ ¶16).",
    ["Guangzhou Liby Enterprise Group", "Secretary-General"],
    [E(GZ, "¶16", "Commission for Discipline Inspection of Guangzhou Liby Enterprise Group"),
     E(GZ, "¶16", "Secretary-General of the GBA Integrity and Compliance Association")],
    lang="en")

add("single",
    "If a local bureau ends up with a dishonesty record under the NDRC notice, is that permanent, or can it "
    "get cleared?",
    "It can be cleared: once the identifying department confirms the behaviour has been corrected and "
    "performance completed, the records should be promptly restored and punishment measures terminated "
    "(NDRC notice III.(6)).",
    ["promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "政务处分里的“记大过”，处分期要背多久？",
    "十八个月（政务处分法第八条第（三）项），自政务处分决定生效之日起计算。",
    ["十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；")],
    lang="zh")

add("single",
    "按政务处分法，公职人员接受企业老板安排的宴请、旅游，会受什么处分？",
    "接受可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的予以警告、记过或者记大过；"
    "情节严重的予以降级或者撤职（第三十四条第二款）。",
    ["宴请、旅游、健身、娱乐", "予以警告、记过或者记大过", "予以降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。")],
    lang="zh")

add("single",
    "一个区里的干部已经退休了，后来查出他在职时有问题，还能给他政务处分吗？",
    "不再给予政务处分，但可以立案调查；依法应当降级、撤职、开除的，按规定相应调整其享受的待遇"
    "（政务处分法第二十七条）。",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "应当按照规定相应调整其享受的待遇")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "Who actually put on the December lecture, and which city government bodies are behind that organiser?",
    "It was hosted by the Guangzhou Greater Bay Area Enterprise Integrity and Compliance Management Association "
    "(GZ ¶3), a non-profit social organization jointly promoted by the Municipal Commission for Discipline "
    "Inspection and Supervision, the Municipal SASAC and the Municipal Federation of Industry and Commerce (GZ ¶32).",
    ["Guangzhou Greater Bay Area Enterprise Integrity and Compliance Management Association",
     "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision",
     "the Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶3", "Hosted by the Guangzhou Greater Bay Area Enterprise"),
     E(GZ, "¶3", "Integrity and Compliance Management Association"),
     E(GZ, "¶32", "a non-profit social organization jointly promoted by the Municipal Commission"),
     E(GZ, "¶32", "the Municipal State-owned Assets Supervision and Administration Commission"),
     E(GZ, "¶32", "and the Municipal Federation of Industry and Commerce")],
    lang="en")

add("multi",
    "如果一名公务员被记过，处分期多长？这段时间里还能升职、涨工资档次吗？",
    "记过的处分期为十二个月（第八条）；公务员在政务处分期内不得晋升职务、职级、衔级和级别，"
    "被记过的还不得晋升工资档次（第十九条）。",
    ["十二个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("multi",
    "For our story: a district government backed out of an investment agreement with a private firm after the "
    "district leadership changed. Is a change of leaders an acceptable excuse under national rules, and how "
    "does the NDRC classify it?",
    "No. The Private Economy Promotion Law (art. 70) bars local governments from breaching or repudiating "
    "contracts on grounds such as a change of government term or of the persons in charge; the NDRC notice "
    "(II.(2)) regards failure to perform due to institutional adjustments or personnel changes as breach of "
    "contract and dishonesty.",
    ["政府换届", "相关人员更替", "personnel changes", "regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "广州第十二期廉洁合规大讲堂大概来了多少人？都有哪些单位的人参加？",
    "报道称有100多位嘉宾，包括市纪委监委、市国资委、市公安局、市工商联的有关负责人，以及行业协会、企业、"
    "学界和法律界代表（GZ ¶3）。",
    ["over 100 guests", "Municipal Public Security Bureau"],
    [E(GZ, "¶3", "this event gathered over 100 guests"),
     E(GZ, "¶3", "the Municipal Public Security Bureau"),
     E(GZ, "¶3", "representatives from industry associations, enterprises, academia")],
    lang="zh")

add("cross_lingual",
    "发改委2023年那份政务诚信的通知里，对有政府失信记录的地级以上城市会怎么惩戒？",
    "取消其在发展改革系统的评奖和试点示范资格，加大城市信用监测扣分权重，并取消社会信用体系建设示范区称号"
    "或资格（NDRC 通知 III.(4)）。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "Once a Guangzhou official is formally under investigation, can he simply resign or fly abroad?",
    "No. While under investigation he may not leave the country (出境) or resign from public office without the "
    "supervisory organ's consent, and his unit may suspend him from his duties (Public Official Sanctions Law, "
    "art. 52).",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "可以决定暂停其履行职务")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "Say a case isn't in the handbook at all — how is a bureaucrat supposed to tell whether hanging out with "
    "a company boss is OK?",
    "Wang Yuqun said the core is to distinguish acting for the public good from acting for personal gain, and "
    "the key test is whether the actions can be \"put on the table\" (GZ ¶10).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "干部偷偷拿了美国绿卡，会怎么处理？",
    "违反规定获取境外永久居留资格（或取得外国国籍、长期居留许可）的，予以撤职或者开除（政务处分法第三十一条第二款）。",
    ["境外永久居留资格", "予以撤职或者开除"],
    [E(PS, "第三十一条", "违反规定取得外国国籍或者获取境外永久居留资格、长期居留许可的，予以撤职或者开除。")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "Why did the Guangzhou Municipal People's Government decide to release the government-business Guidelines "
    "in three batches?",
    ["Municipal People's Government", "three batches", "third batch"],
    "GZ ¶7 says the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued two batches "
    "over two consecutive years; no document mentions the city government as issuer or a third batch.",
    lang="en", present=["two batches"],
    related=[E(GZ, "¶7", "has issued two batches of the Guidelines")])

unans("false_premise",
    "Since the report says the Guidelines cover 50 scenarios, how many of them deal with meals and banquets?",
    ["50 scenarios", "banquets"],
    "GZ ¶10 gives 33 scenarios across the two batches; ¶9 only says the first batch addressed 'what meals can "
    "be eaten and what vehicles can be taken' without a count of meal scenarios.",
    lang="en", present=["33 scenarios", "meals"],
    related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
             E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken")])

unans("false_premise",
    "NDRC notice No. 1103 orders the provincial discipline inspection commissions to punish officials who break "
    "contracts with private firms — what sanctions does it set for the officials personally?",
    ["discipline inspection commissions", "sanctions"],
    "The notice is addressed to provincial credit leading departments, and its punishment measures (III.(4), "
    "III.(5)) target government entities and cities (funding, bonds, awards, procurement), not individual "
    "officials; personal sanctions are in the Public Official Sanctions Law, which the notice does not cite.",
    lang="en", present=["credit leading departments"],
    related=[E(NDRC, "II.(1)", "Provincial-level leading departments for social credit system construction"),
             E(NDRC, "III.(4)", "our commission will restrict support from central budget funds")])

unans("false_premise",
    "政务处分法规定警告的处分期是一年，期满后要本人提出申请才能解除。申请解除需要提交哪些材料？",
    ["申请解除", "解除申请"],
    "第八条规定警告的处分期为六个月；第二十六条规定有悔改表现且未再违法的，政务处分期满后自动解除，"
    "不需要申请，也没有任何申请材料的规定。",
    lang="zh", present=["自动解除"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第二十六条", "政务处分期满后自动解除")])

unans("false_premise",
    "Wang Yuqun, the drafting committee guy, is from the Guangzhou Federation of Industry and Commerce, right? "
    "What did he say the Federation would do to roll the Guidelines out to member firms?",
    ["roll out", "member firms", "Federation will"],
    "GZ ¶7 places Wang Yuqun at the Policy and Regulation Research Office of the Municipal Commission for "
    "Discipline Inspection and Supervision; the report gives no Federation plan for rolling out the Guidelines.",
    lang="en", present=["Federation of Industry and Commerce"],
    related=[E(GZ, "¶7", "First-Class Principal Staff Member of the Policy and Regulation Research Office")])

unans("false_premise",
    "The NDRC notice gives a government department 30 days to fix a broken contract before it gets labelled "
    "dishonest; so what happens if it misses the 30-day deadline?",
    ["30 days", "30-day", "deadline"],
    "NDRC II.(2) sets no day limit: verified complaints lead to immediate rectification, and those who refuse "
    "to rectify are confirmed as breach of contract and dishonesty.",
    lang="en", present=["refuse to rectify"],
    related=[E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
             E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])

unans("false_premise",
    "我们看到广州的指引说，公职人员可以接受企业请吃饭，只要人均不超过200元。那超过200元的话怎么处罚？",
    ["200元", "人均"],
    "广州报道只说第一批指引回应了“what meals can be eaten”之类的问题，没有任何金额标准；政务处分法第三十四条"
    "按“可能影响公正行使公权力”和情节轻重处理宴请，不设人均金额门槛。",
    lang="zh", present=["宴请"],
    related=[E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
             E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "How much did it cost to get into the 12th lecture hall — was there a registration fee, or was it free for "
    "press?",
    ["registration fee", "admission fee", "ticket", "free of charge"],
    "GZ ¶3 gives the date, venue, host, theme and over 100 guests, but nothing about fees or admission of press.",
    lang="en", present=["over 100 guests"])

unans("not_covered",
    "广州市2024年有多少公职人员因为违规吃请被给予政务处分？",
    ["吃请", "2024年"],
    "政务处分法第三十四条规定了对接受宴请的处分，但没有任何文件提供广州或全国的处分人数统计。",
    lang="zh", present=["宴请"])

unans("not_covered",
    "Under the Guangzhou Guidelines, can an official ride in a company's car when visiting that company's "
    "project site?",
    ["company car", "ride", "site visit"],
    "GZ ¶9 only says the first batch responded to issues such as what vehicles can be taken; the report does "
    "not give the rule, and the national laws (e.g. PS 第三十五条 on 公务交通 standards) do not address riding in "
    "a firm's car.",
    lang="en", present=["vehicles", "公务交通"])

unans("not_covered",
    "收到政务处分决定书以后，公职人员要在多少天内申请复审？",
    ["收到政务处分决定书", "日内申请复审", "复审期限"],
    "第四十五条只要求决定书载明“申请复审、复核的途径和期限”，第五十五条规定可以申请复审、复核，"
    "但政务处分法没有写明具体天数。",
    lang="zh", present=["申请复审、复核的途径和期限"])

unans("not_covered",
    "If we name officials who went to a developer's dinner and one of them sues us for defamation in "
    "Guangzhou, will we win?",
    ["defamation", "win", "sue"],
    "PE 第五十九条 protects entrepreneurs' 名誉权 against online insult and slander, and BE 第五十条 allows media "
    "舆论监督 but bans fabricated reports; nothing predicts the outcome of a defamation suit by an official.",
    lang="en", present=["名誉权", "舆论监督"])

unans("not_covered",
    "How many people sit on the Guidelines drafting committee, and who chairs it?",
    ["who chairs", "chair of the drafting committee", "members of the drafting committee"],
    "GZ mentions 'drafting committee members' and names Wang Yuqun as one member, but gives no size or chair.",
    lang="en", present=["drafting committee"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年版、修订前的《保障中小企业款项支付条例》里，机关付款期限是怎么规定的？",
    ["修订前", "2020年版"],
    "语料只有2025年国务院令第802号修订后的文本（第九条：30日、最长60日）；2020年第728号原文的条文不在文件中。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "What did SASAC's 2018 trial Guidelines on compliance management of central SOEs (the 试行 version) "
    "say about the compliance committee?",
    ["中央企业合规管理指引", "试行", "2018年"],
    "Only the 2022 中央企业合规管理办法 (国资委令第42号) is in the corpus; its 第十一条 covers the 合规委员会, "
    "but the earlier 2018 trial guidelines are not.",
    lang="en", present=["合规委员会", "中央企业合规管理办法"])

unans("superseded",
    "Before the 2020 sanctions law, how long did a demerit last under the 2007 Regulations on the Punishment "
    "of Civil Servants of Administrative Organs?",
    ["2007", "Regulations on the Punishment", "行政机关公务员处分条例"],
    "Only the 2020 政务处分法 is in the corpus (第八条: 记过 十二个月); the 2007 regulations are not.",
    lang="en", present=["记过，十二个月"])

unans("superseded",
    "民营经济促进法的草案征求意见稿里，关于政企交往的条款原来是怎么写的？跟正式版有什么不同？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过的正式文本（第四十四条规定工作交往应遵纪守法、清正廉洁），没有草案文本。",
    lang="zh", present=["清正廉洁"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "Does our foreign news company need a government press card or a special visa before interviewing "
    "officials in Guangzhou?",
    ["press card", "visa", "journalist"],
    "Nothing in the seven documents concerns foreign media accreditation or visas.",
    lang="en")

unans("out_of_domain",
    "We pay our fixer per day — should our company sign an employment contract or a contractor agreement, and "
    "do we have to withhold individual income tax on the payment?",
    ["individual income tax", "withhold", "contractor"],
    "The documents cover official conduct, sanctions and payments to SMEs; none covers hiring or taxing "
    "freelancers.",
    lang="en")

unans("out_of_domain",
    "我们公司在广州的本地雇员还在试用期，公司想解除劳动合同，要付经济补偿金吗？",
    ["试用期", "经济补偿金", "解除劳动合同"],
    "七份文件都不涉及劳动合同解除或经济补偿；政务处分法第二十三条的“解除人事关系或者劳动关系”是对公职人员的处理，"
    "与企业雇员无关。",
    lang="zh", present=["劳动关系"])
