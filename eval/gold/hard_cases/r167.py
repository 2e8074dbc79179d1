"""Hard-case gold items, hundred-and-sixty-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a young civil servant cramming for the provincial selection exam (遴选考试) and a Party-discipline
knowledge quiz. He asks in quiz form: fill-in-the-blank, true-or-false statements to judge, multiple choice,
mnemonics he made up, and "my notes say ..., is that right?". His notes are sometimes wrong about figures,
bodies and periods, and he also asks about older versions and other regulations he has to memorise. Mostly
Chinese, about a third in English because he practises for an English-medium training course.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "填空：政务处分的期间，警告___个月，记过___个月，记大过___个月，降级、撤职___个月。我背的是6、12、18、24，没背错吧？",
    "没背错。政务处分法第八条：警告六个月，记过十二个月，记大过十八个月，降级、撤职二十四个月；处分期自决定生效之日起计算。",
    ["警告，六个月", "记过，十二个月", "记大过，十八个月", "降级、撤职，二十四个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "（四）降级、撤职，二十四个月。")],
    lang="zh")

add("single",
    "我自己编了个口诀记政务处分种类：“警、过、大过、降、撤、开”，一共六种，顺序跟法条里列的一样吧？",
    "对。政务处分法第七条列举的种类依次为：警告、记过、记大过、降级、撤职、开除，共六种。",
    ["（一）警告", "（三）记大过", "（四）降级", "（五）撤职", "（六）开除"],
    [E(PS, "第七条", "第七条 政务处分的种类为：")],
    lang="zh")

add("single",
    "单选：机关、事业单位和大型企业迟延支付中小企业款项，双方对逾期利息利率没有约定的，按（ ）支付逾期利息。A.每日万分之三 B.每日万分之五 C.1年期LPR D.1年期LPR的1.5倍",
    "选B。《保障中小企业款项支付条例》第十七条：未作约定的，按照每日利率万分之五支付逾期利息；有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "True or false: under the NDRC's 2023 notice, if a local government can't honour its contract with a private firm just because the officials in charge were replaced, that does NOT count as breach of contract and dishonesty.",
    "False. Section II.(2) of the notice says failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "personnel changes, and other reasons shall all be regarded as breach of contract")],
    lang="en")

add("single",
    "判断题：中央企业违规举报平台收到的举报经查属实的，可以给举报人适当奖励。（ ）",
    "正确。《中央企业合规管理办法》第二十四条：对举报属实的举报人可以给予适当奖励，并应对举报人身份和举报事项严格保密。",
    ["对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")],
    lang="zh")

add("single",
    "判断：开发区搞区域评估（压覆矿产、地质灾害那些），评估费可以让区里的企业按占地面积分摊。对还是错？",
    "错。《优化营商环境条例》第四十二条：区域评估由设区的市级以上地方人民政府组织，区域评估的费用不得由市场主体承担。",
    ["区域评估的费用不得由市场主体承担"],
    [E(BE, "第四十二条", "区域评估的费用不得由市场主体承担。")],
    lang="zh")

add("single",
    "quiz q: the two batches of the Guangzhou Guidelines on government-business interactions cover how many typical scenarios altogether?",
    "33. The lecture-hall report (¶10) says the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations.",
    ["33 scenarios", "two batches of the Guidelines"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "填空：本法所称民营经济组织，是指在中华人民共和国境内依法设立的由________控股或者实际控制的营利法人、非法人组织和个体工商户。横线上填“中国公民”还是“境内自然人”？",
    "填“中国公民”。民营经济促进法第七十七条：由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，以及前述组织控股或者实际控制的营利法人、非法人组织。",
    ["由中国公民控股或者实际控制"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="zh")

# ---- multi

add("multi",
    "被记过的公务员，处分期内能不能晋升工资档次？等处分期满了以后，晋升还受影响吗？",
    "处分期内不能：政务处分法第十九条规定被记过、记大过、降级、撤职的，不得晋升工资档次。期满后：第二十六条规定受开除以外处分、期内有悔改表现且没有再发生应受处分的违法行为的，期满后自动解除，晋升职务、职级、薪酬待遇等不再受原政务处分影响。",
    ["不得晋升工资档次", "政务处分期满后自动解除", "不再受原政务处分影响"],
    [E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次"),
     E(PS, "第二十六条", "政务处分期满后自动解除")],
    lang="zh")

add("multi",
    "大企业从中小企业采购，默认多少天内要付款？合同里能不能写“等业主把钱给我了我再付你”？条例和民营经济促进法分别怎么说的？",
    "《保障中小企业款项支付条例》第九条：大型企业应当自交付之日起60日内支付；合同另有约定的也不得约定以收到第三方付款作为支付条件或按第三方付款进度比例支付。民营经济促进法第六十八条同样规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件",
     "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "For my English course I have to summarise the NDRC integrity notice: what can NDRC itself do to entities that have a government dishonesty record, and what has to happen before those punishments are lifted?",
    "Under III.(4) NDRC will restrict support from central budget funds, limit applications for local government special bonds and restrict recommendations for financing projects (and for prefecture-level and above cities, cancel award/pilot eligibility, etc.). Under III.(6), once the identifying department confirms the dishonest behaviour has been corrected and performance completed, the records are restored and the punishment measures terminated.",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "T/F practice for my English-medium course: a public official convicted of a negligent (not intentional) crime and sentenced to more than three years' fixed-term imprisonment must be expelled.",
    "True. Article 14 of the Law on Administrative Sanctions for Public Officials: an official sentenced to fixed-term imprisonment of more than three years for a negligent crime shall be expelled (予以开除); for negligent crimes with control, detention or up to three years, expulsion is the general rule.",
    ["因过失犯罪被判处有期徒刑，刑期超过三年的", "予以开除"],
    [E(PS, "第十四条", "（二）因过失犯罪被判处有期徒刑，刑期超过三年的；")],
    lang="en")

add("cross_lingual",
    "In a central SOE, when a major compliance risk event happens (e.g. the company gets sanctioned by an international organisation), who is supposed to take the lead in handling it, and does SASAC have to be informed?",
    "Article 22 of the Central SOE Compliance Management Measures: the chief compliance officer takes the lead, the compliance department coordinates and other departments cooperate; the SOE must also report the major compliance risk event to SASAC in time under the relevant rules.",
    ["应当由首席合规官牵头", "及时向国资委报告"],
    [E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告。")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约机制的通知里说要曝光一批典型失信案例，是挑哪些案例、在哪个网站上公布？",
    "通知第（9）项：选取失信情节严重、多次失信、群众投诉强烈的案例，在“信用中国”（Credit China）网站公布，并通过新闻媒体向社会曝光。",
    ["serious dishonesty, repeated dishonesty, and strong public complaints", "Credit China"],
    [E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "我们处有个老同志早就退下来领退休金了，最近被查出来以前在岗时收过别人的东西。人都退了，还能不能追究他？还是就拿他没办法了？",
    "政务处分法第二十七条：已退休的公职人员退休前或退休后有违法行为的，不再给予政务处分，但可以立案调查；依法应当降级、撤职、开除的，应当相应调整其享受的待遇，违法取得的财物依第二十五条没收、追缴或责令退赔。",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")],
    lang="zh")

add("paraphrase",
    "Say a manager at a city-owned company did all the homework and got proper sign-off before putting money into something, then the market turned and the money's gone. Going by that Guangzhou lecture write-up, does he still get punished?",
    "Not necessarily: ¶21 says the Guidelines state that if an investment made with due diligence and through compliant decision-making procedures incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from liability.",
    ["may be exempted from liability", "market risks"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

# ---- false_premise

unans("false_premise",
      "我笔记上写：警告的政务处分期是三个月，记过是六个月。为什么警告的处分期要定得这么短？",
      ["警告，三个月", "三个月", "记过，六个月"],
      "政务处分法第八条规定警告的处分期为六个月、记过为十二个月，笔记中“三个月”“六个月（记过）”的说法与条文矛盾，无法解释“为什么定为三个月”。",
      lang="zh", present=["六个月", "十二个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
      "《保障中小企业款项支付条例》规定机关、事业单位从中小企业采购，应当自交付之日起15日内付款，合同另有约定的最长不超过45日——为什么机关的期限比大企业短这么多？",
      ["15日", "45日"],
      "条例第九条规定机关、事业单位应当自交付之日起30日内支付，合同另有约定的最长不得超过60日（大型企业为60日内）；题中15日、45日的期限在条例中不存在。",
      lang="zh", present=["30日内支付款项", "不得超过60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "判断题我标的是“对”：央企首席合规官由纪委书记兼任，对企业党委负责。那设首席合规官要不要新增领导职数？",
      ["纪委书记", "对企业党委负责"],
      "《中央企业合规管理办法》第十二条规定首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；“纪委书记兼任、对党委负责”的前提与条文矛盾。",
      lang="zh", present=["总法律顾问兼任", "对企业主要负责人负责"],
      related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
      "My flashcard says the Private Economy Promotion Law came into force on May 1, 2025 (Labour Day, easy to remember). So it took effect just one day after it was adopted?",
      ["May 1, 2025", "2025年5月1日", "5月1日"],
      "Article 78 of the Private Economy Promotion Law says it takes effect on 20 May 2025 (adopted 30 April 2025), not 1 May; the 'one day after adoption' follow-on rests on the wrong date.",
      lang="en", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "第七十八条 本法自2025年5月20日起施行。")])

unans("false_premise",
      "优化营商环境条例规定，涉企行政法规、规章向社会公开征求意见的期限一般不少于15日，我记得没错吧？那征求意见不满15日就出台的文件算不算无效？",
      ["不少于15日", "15日"],
      "《优化营商环境条例》第六十二条规定向社会公开征求意见的期限一般不少于30日，不是15日；条例也未规定不满期限出台的文件是否无效。",
      lang="zh", present=["不少于30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
      "From my study group notes: \"For county-level and above cities with government dishonesty records, NDRC cancels their eligibility for awards and pilot demonstrations.\" Why did NDRC draw the line at county level?",
      ["county-level"],
      "NDRC notice III.(4) applies the award/pilot cancellation to prefecture-level and above cities with government dishonesty records, not county-level cities; the why-question rests on a wrong level.",
      lang="en", present=["prefecture-level"],
      related=[E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

unans("false_premise",
      "Quiz prep: the Guangzhou Municipal SASAC has put out three batches of the Guidelines on government-business interactions. Which batch dealt with meals and cars?",
      ["three batches", "third batch", "SASAC"],
      "The GZ report (¶7) says the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued two batches of the Guidelines, not the municipal SASAC and not three batches (¶9: the first batch covered meals and vehicles).",
      lang="en", present=["two batches"],
      related=[E(GZ, "¶7", "Discipline Inspection and Supervision has issued two batches of the Guidelines")])

# ---- not_covered

unans("not_covered",
      "填空：公职人员对政务处分决定不服的，可以自收到决定书之日起____内向作出决定的监察机关申请复审。政务处分法里我没找到天数，到底是一个月还是30日？",
      ["一个月内申请复审", "30日内申请复审", "复审申请期限"],
      "政务处分法第五十五条只规定可以向作出决定的监察机关申请复审、对复审决定不服可向上一级申请复核，第四十五条要求决定书载明复审、复核的途径和期限，但七份文件都没有规定具体的申请期限。",
      lang="zh", present=["申请复审"])

unans("not_covered",
      "党纪知识竞赛题：《中国共产党纪律处分条例》里，党内警告处分的影响期是多长？跟政务处分的警告一样是六个月吗？",
      ["党内警告", "纪律处分条例"],
      "语料只有政务处分法（第八条警告六个月）等七份文件，没有党纪处分条例，党内警告的影响期无从回答。",
      lang="zh", present=["警告，六个月"])

unans("not_covered",
      "How much is the annual membership fee to join the GBA Integrity and Compliance Association? A colleague's company wants to join.",
      ["membership fee", "annual fee"],
      "The GZ report describes the association (founding in 2021, 5A-level rating, members across 29 sectors, services) but says nothing about membership fees.",
      lang="en", present=["5A-level social organization"])

unans("not_covered",
      "考试可能考数据：2024年全国各级监察机关一共给予了多少人次政务处分？",
      ["人次", "万人"],
      "七份文件均不含政务处分的统计数据，政务处分法只规定种类、期间和程序。",
      lang="zh", present=["政务处分"])

unans("not_covered",
      "押题用：民营经济促进法会不会在2026年出台配套的实施条例？大概会细化哪些内容？",
      ["实施条例"],
      "民营经济促进法（第七十八条2025年5月20日施行）未提及配套实施条例，其他文件也没有，属于预测，文件无法回答。",
      lang="zh", present=["2025年5月20日"])

unans("not_covered",
      "中小企业向受理投诉部门投诉被拖欠款项，要不要交投诉费？投诉表格长什么样、要填哪些栏目？",
      ["投诉费", "投诉表"],
      "《保障中小企业款项支付条例》第二十四、二十五条规定受理投诉部门、转交和处理时限（10个工作日、30日、最长90日），但没有规定投诉是否收费，也没有投诉表格式。",
      lang="zh", present=["受理投诉部门", "10个工作日内"])

# ---- out_of_domain

unans("out_of_domain",
      "遴选考试的申论一般要求写多少字？有没有比较好的范文推荐？",
      ["申论", "范文"],
      "与七份政策文件无关，属于考试备考问题。")

unans("out_of_domain",
      "For my English training course: what's a polite way to write an email asking my section chief for two days' leave?",
      ["section chief", "leave request"],
      "Unrelated to the seven policy documents; a general English-writing question.",
      lang="en")

unans("out_of_domain",
      "党史题：中共一大最初在哪里召开？后来为什么转移到嘉兴南湖红船上继续开？",
      ["一大", "嘉兴", "南湖"],
      "党史知识，与七份政策文件无关。")

# ---- superseded

unans("superseded",
      "2020年国务院728号令公布的原版《保障中小企业款项支付条例》里，大型企业的付款期限是怎么规定的？原版是哪天施行的？",
      ["2020年9月1日"],
      "语料只收录2025年3月17日第802号令修订后的版本（2025年6月1日施行）；文首虽提到2020年第728号令公布，但原版条文及其施行日期不在语料中。",
      lang="zh", present=["第728号", "2025年6月1日"])

unans("superseded",
      "2018年国资委印发的《中央企业合规管理指引（试行）》里，合规委员会的主任由谁担任？",
      ["合规管理指引", "试行"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一条设合规委员会，未规定主任人选），不含2018年的试行指引。",
      lang="zh", present=["合规委员会"])

unans("superseded",
      "Under the old Administrative Supervision Law (before the Supervision Law replaced it), what sanctions could supervisory organs recommend against civil servants, and how long did a warning last?",
      ["Administrative Supervision Law", "行政监察法"],
      "The corpus holds the 2020 Law on Administrative Sanctions for Public Officials, not the repealed Administrative Supervision Law; its provisions cannot be answered from the documents.",
      lang="en", present=["监察法"])

unans("superseded",
      "民营经济促进法2024年10月公开征求意见的那版草案里，第十条是怎么写的？跟正式通过的有区别吗？",
      ["草案", "征求意见稿"],
      "语料只收录2025年4月30日通过的正式文本（第十条为全国统一的市场准入负面清单制度），不含2024年征求意见的草案文本，无法比较。",
      lang="zh", present=["市场准入负面清单"])
