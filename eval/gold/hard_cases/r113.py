"""Hard-case gold items, hundred-and-thirteenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a university student on a debate team preparing a motion on government integrity and the
private economy; writes in Chinese and English, asks for definitions and distinctions between close
terms (记过 vs 记大过, 降级 vs 撤职, breach of contract vs dishonesty), and tests claims the opposing
team made, some true and some invented.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "辩论准备：记过和记大过听起来差不多，法律上到底差在哪？是不是主要就是处分期长短不一样？",
    "按《公职人员政务处分法》第八条，记过的处分期为十二个月，记大过为十八个月；两者在第七条中是两个不同的处分种类。",
    ["记过，十二个月", "记大过，十八个月"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "（三）记大过，十八个月；")],
    lang="zh")

add("single",
    "对方一辩说：被降级或撤职的公职人员，就算处分期满、处分解除了，也回不到原来的职务和待遇。法条真是这么规定的吗？",
    "是。《公职人员政务处分法》第二十六条规定处分期满后自动解除，但解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇。",
    ["解除降级、撤职的，不恢复原职务"],
    [E(PS, "第二十六条", "但是，解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇。")],
    lang="zh")

add("single",
    "The other side keeps saying that under the NDRC's 2023 notice, \"we reorganised the department\" or "
    "\"the official who signed it has moved on\" is no excuse, and the government is still treated as in "
    "breach of contract and dishonest. Is that actually in the notice?",
    "Yes. Item II.(2) of the NDRC notice says failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "如果政府部门拖欠了中小企业的货款，合同里又压根没写逾期利息，那利息按什么标准算？",
    "《保障中小企业款项支付条例》第十七条：迟延支付应当支付逾期利息；未作约定的，按照每日利率万分之五支付。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息。")],
    lang="zh")

add("single",
    "被处分的公职人员要是不服去申请复审，在复审结果出来之前，这个处分是先停着还是照样执行？",
    "照样执行。《公职人员政务处分法》第五十六条规定，复审、复核期间，不停止原政务处分决定的执行。",
    ["不停止原政务处分决定的执行"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。")],
    lang="zh")

add("single",
    "辩题里要用到“民营经济组织”这个概念——民营经济促进法到底是怎么定义的？个体户也算在里面吗？",
    "《民营经济促进法》第七十七条：民营经济组织是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，以及前述组织控股或者实际控制的营利法人、非法人组织；个体工商户包括在内。",
    ["由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"],
    [E(PE, "第七十七条", "是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="zh")

add("single",
    "How many typical scenarios do the two batches of Guangzhou's government-business interaction Guidelines "
    "cover altogether, and does the drafter claim they cover every situation?",
    "According to the report (¶10), the two batches cover 33 scenarios, and Wang Yuqun said they cannot "
    "encompass all situations.",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "央企的“首席合规官”是专门新设的一个高管位子吗？一般是谁来当？",
    "不是新增岗位。《中央企业合规管理办法》第十二条规定，首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "给评委讲清楚“警告”和“记过”的区别：对公务员来说，除了处分期长短不同，记过在工资上是不是比警告多一层限制？",
    "是。第八条：警告处分期六个月、记过十二个月；第十九条：处分期内都不得晋升职务、职级等，其中被记过（及以上）的还不得晋升工资档次，警告不受这一限制。",
    ["警告，六个月", "记过，十二个月", "不得晋升工资档次"],
    [E(PS, "第八条", "（一）警告，六个月；"),
     E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "其中，被记过、记大过、降级、撤职的，不得晋升工资档次。")],
    lang="zh")

add("multi",
    "对方说“总包大企业等业主把钱打过来再付给小供应商，这是行业惯例、合法合规”。法律允许这样吗？如果合同没另外约定，大企业最迟多久必须付款？",
    "不允许。《民营经济促进法》第六十八条规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件；《保障中小企业款项支付条例》第九条规定大型企业应当自货物、工程、服务交付之日起60日内支付款项（合同另有约定的从其约定，但同样不得以第三方付款为条件）。",
    ["不得以收到第三方付款作为向中小民营经济组织支付账款的条件", "60日内支付款项"],
    [E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("multi",
    "For our rebuttal: after a private firm complains, how does a government department actually end up "
    "confirmed as 'dishonest' under the NDRC notice, and what does it take to get that record cleared again?",
    "Under II.(2), complaint clues go to the complained entity's superior or competent department for "
    "verification; if true, rectification is promoted, and those who refuse to rectify are confirmed as breach "
    "of contract and dishonesty. Under III.(6), once the identifying department confirms the behaviour has been "
    "corrected and performance completed, the records are restored and punishment measures terminated.",
    ["Those who refuse to rectify shall be confirmed as breach of contract",
     "corrected and performance completed"],
    [E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份政务诚信的通知里，一个地级市要是有政府失信记录，会被怎么“惩罚”？",
    "NDRC 通知 III.(4)：对有政府失信记录的地级及以上城市，取消其在发展改革系统的评奖和试点示范资格，提高城市信用监测扣分权重，取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="zh")

add("cross_lingual",
    "广州那份政商交往指引的起草人说，碰到指引里没写到的情形，判断一个行为行不行的核心标准是什么？",
    "据广州报告 ¶10，王育群认为核心是区分“为公”还是“为私”（acting for the public good / acting for personal gain），关键看行为能否“摆到桌面上”（put on the table）。",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "Quick fact check for our case: under China's Public Official Sanctions Law, if an official is convicted "
    "of an intentional crime but only gets a suspended sentence, can they keep their post?",
    "No. Article 14(1) of the Law on Governmental Sanctions for Public Officials: an official sentenced for an "
    "intentional crime to control, criminal detention or fixed-term imprisonment or more, suspended sentences "
    "included (含宣告缓刑), is expelled (予以开除).",
    ["（含宣告缓刑）", "予以开除"],
    [E(PS, "第十四条", "公职人员犯罪，有下列情形之一的，予以开除："),
     E(PS, "第十四条", "因故意犯罪被判处管制、拘役或者有期徒刑以上刑罚（含宣告缓刑）的")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "一个当官的在接受审查时替自己喊冤、据理力争，最后会不会因为“态度不好”反而被罚得更狠？",
    "不会。《公职人员政务处分法》第四十三条要求听取被调查人的陈述和申辩，并规定不得因被调查人的申辩而加重政务处分。",
    ["不得因被调查人的申辩而加重政务处分"],
    [E(PS, "第四十三条", "不得因被调查人的申辩而加重政务处分。")],
    lang="zh")

add("paraphrase",
    "When a freshly appointed mayor shrugs off whatever his predecessor promised to businesses, and the rules "
    "keep flip-flopping year to year, is stopping that something the national planning agency's paper is "
    "actually aimed at?",
    "Yes. Section I of the NDRC notice says the mechanism should focus on solving administrative dishonesty "
    "such as frequent policy changes and new officials ignoring previous commitments.",
    ["frequent policy changes", "new officials ignoring previous commitments"],
    [E(NDRC, "I.", "administrative dishonesty such as frequent policy changes"),
     E(NDRC, "I.", "new officials ignoring previous commitments")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "为什么政务处分法把“警告”的处分期也定成十二个月，跟记过一样长？这样两者还有什么实质区别？",
      ["警告，十二个月"],
      "The premise is wrong: 政务处分法第八条 sets 警告 at six months and 记过 at twelve months; no document "
      "gives 警告 a twelve-month period.",
      lang="zh", present=["警告，六个月", "记过，十二个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
      "《保障中小企业款项支付条例》第九条规定机关、事业单位要在交付之日起90日内付款，那合同里最多还能约定延长到多少天？",
      ["交付之日起90日"],
      "Wrong figure attributed to a named article: 第九条 requires 机关、事业单位 to pay within 30 days of "
      "delivery, and a contract may stretch this to at most 60 days. The only 90 days in the regulation is the "
      "complaint-handling ceiling in 第二十五条.",
      lang="zh", present=["30日内支付款项", "90日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "The NDRC notice on government integrity (Development and Reform Finance [2023] No. 1103) was issued "
      "jointly with the Ministry of Finance — which of its measures is the Ministry of Finance responsible for?",
      ["Ministry of Finance"],
      "Wrong issuing body: the notice is issued by the National Development and Reform Commission alone and "
      "names no finance ministry role; the only ministry it mentions is MIIT, as a complaint platform operator.",
      lang="en", present=["National Development and Reform Commission", "Ministry of Industry and Information Technology"],
      related=[E(NDRC, "-", "Notice of the National Development and Reform Commission on Improving")])

unans("false_premise",
      "既然《中央企业合规管理办法》规定合规委员会必须由董事长亲自担任主任，那开会时董事长对合规事项有没有一票否决权？",
      ["董事长", "一票否决"],
      "Invented premise: 第十一条 only says central SOEs set up a 合规委员会 that may share offices with the "
      "法治建设领导机构 and meets regularly; nothing says who chairs it, and no veto is mentioned.",
      lang="zh", present=["合规委员会", "合署办公"],
      related=[E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公")])

unans("false_premise",
      "Under the Public Official Sanctions Law an official who has already retired can still be given a "
      "serious demerit (记大过); so how long does that sanction period run for a retiree?",
      ["退休后给予记大过", "退休人员的政务处分期"],
      "Contradicted premise: 第二十七条 says retired public officials are no longer given 政务处分 (they may be "
      "investigated and their benefits adjusted), so there is no sanction period for a retiree.",
      lang="en", present=["已经退休的公职人员"],
      related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")])

unans("false_premise",
      "对方辩手说：按《民营经济促进法》，被采取失信惩戒的民营企业五年内不得申请信用修复。那这五年是从认定失信之日起算，还是从惩戒措施生效之日起算？",
      ["五年内"],
      "Invented claim: 第五十四条 lets an organisation that has corrected the dishonest conduct and meets the "
      "conditions apply for credit restoration, with no waiting period of any length.",
      lang="zh", present=["信用修复"],
      related=[E(PE, "第五十四条", "符合信用修复条件的，可以提出信用修复申请")])

unans("false_premise",
      "The Guangzhou Guidelines on government-business interactions were put out by the Guangzhou Municipal "
      "Government in three batches, with the third one in 2025 — right?",
      ["three batches", "third batch"],
      "Wrong issuer and count: the report says the Guangzhou Municipal Commission for Discipline Inspection and "
      "Supervision has issued two batches, one a year for two consecutive years.",
      lang="en", present=["two batches"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "政务处分决定书作出以后，必须在几日内送达被处分人？超过期限才送达的话处分还有效吗？",
      ["日内送达"],
      "第四十六条 only requires the decision to be delivered 及时 (promptly); no number of days is set, and "
      "nothing says what a late delivery does to validity.",
      lang="zh", present=["送达"])

unans("not_covered",
      "公职人员不服政务处分，向作出决定的监察机关申请复审，法律规定的申请期限是多少天？",
      ["复审期限", "日内申请复审", "日内提出复审"],
      "第五十五条 gives the right to 申请复审 and 复核, and 第四十五条 says the decision letter must state the "
      "route and time limit, but the law itself sets no number of days.",
      lang="zh", present=["申请复审"])

unans("not_covered",
      "How many breach-of-contract and dishonesty complaints against local governments has the NDRC actually "
      "received and resolved since the 2023 notice came out?",
      ["statistics", "number of complaints", "cases resolved"],
      "The notice sets up complaint columns and evaluation (II.(1), IV.(7)) but reports no figures on complaints "
      "or outcomes.",
      lang="en", present=["complaints"])

unans("not_covered",
      "中小企业通过国家统一的拖欠款项投诉平台投诉政府欠款，要不要交投诉费？大概多少钱？",
      ["投诉费", "免费"],
      "第二十四、二十五条 set up the complaint platform and handling deadlines but say nothing about any fee.",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "Going by these documents, will the Private Economy Promotion Law actually cut government arrears to "
      "private firms over the next few years, and by roughly what percent? We want a number for our closing.",
      ["percent", "forecast", "projected"],
      "The law (第六十七条, 第六十九条, 第七十三条) sets payment duties and liability, but no document forecasts "
      "how much arrears will fall.",
      lang="en", present=["拖欠"])

unans("not_covered",
      "央企的合规委员会多久开一次会？是每季度一次吗？",
      ["每季度", "每年召开"],
      "第十一条 only says the committee 定期召开会议; no frequency is given.",
      lang="zh", present=["定期召开会议"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "2020年国务院令第728号最初公布的那版《保障中小企业款项支付条例》里，机关、事业单位的付款期限是多少天？和2025年修订后有什么不同？",
      ["修订前", "2020年版"],
      "The corpus holds only the 2025 revised text (国务院令第802号); its header names the 2020 第728号 version "
      "but none of its original provisions.",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "国资委2018年发的《中央企业合规管理指引（试行）》对合规委员会是怎么规定的？",
      ["合规管理指引", "试行"],
      "Only the 2022 中央企业合规管理办法 (国资委令第42号) is in the corpus; the earlier trial guideline is "
      "neither included nor quoted.",
      lang="zh", present=["合规委员会"])

unans("superseded",
      "政务处分法施行以前，《行政机关公务员处分条例》里记过的处分期是多长？跟现在的十二个月一样吗？",
      ["公务员处分条例"],
      "The corpus has only the 2020 政务处分法 (记过 twelve months, 第八条); the earlier regulation on "
      "administrative civil servants is not in it, and 第六十七条 only says old rules apply to earlier conduct.",
      lang="zh", present=["记过，十二个月", "适用当时的规定"])

unans("superseded",
      "The Sanctions Law defines 'public officials' by pointing to Article 15 of the Supervision Law. In the "
      "original 2018 version of the Supervision Law, which categories of people did Article 15 list?",
      ["2018年", "中国共产党机关"],
      "第二条 defines 公职人员 only by reference to 监察法第十五条; the Supervision Law itself, in any version, "
      "is not in the corpus.",
      lang="en", present=["监察法"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "我们公司和供应商签的合同里违约金约定得很高，对方违约以后，法院会不会按比例把违约金调低？",
      ["违约金"],
      "Liquidated damages under contract law are not covered; the documents mention 违约责任 only as a "
      "trading term large buyers may not impose unreasonably on SMEs.",
      lang="zh", present=["违约责任"])

unans("out_of_domain",
      "How much severance pay does a company owe an employee it lays off after five years of service?",
      ["severance", "经济补偿"],
      "Employment severance is outside these documents.",
      lang="en", present=[])

unans("out_of_domain",
      "报考公务员的年龄上限是多少岁？政府招录官员有没有学历门槛？",
      ["报名年龄", "35周岁"],
      "Civil-service recruitment conditions are not in these documents (政务处分法 第二十四条 only bars expelled "
      "officials from being recruited).",
      lang="zh", present=["不得录用为公务员"])
