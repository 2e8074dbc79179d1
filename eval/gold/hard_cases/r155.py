"""Hard-case gold items, hundred-and-fifty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a heavy AI-chat user who never just asks a question but wraps it in instructions: a role
prompt first ("你是资深合规律师，请…", "Act as a compliance expert and…", "Pretend you're my mentor…"),
then a format demand ("用三点回答", "一句话告诉我", "give me a table", "bullet points", "one sentence
only"), and now and then an assumption to reason from ("假设条例规定…，请据此分析…", "Assume the
notice says X; explain…", a line quoted from an internal memo) that may well be wrong per the
documents. Writes half in English, half in Chinese, casually, sometimes with a slightly off name
for a document ("发改委那个政务诚信通知", "the Business Environment Regulations").
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "你是资深合规律师，请用一句话回答：大企业拖欠我们（中小企业）的货款，合同里压根没写逾期利率，这利息该怎么算？",
    "未约定逾期利率的，按照每日利率万分之五支付逾期利息（《保障中小企业款项支付条例》第十七条）；"
    "若有约定，约定利率不得低于合同订立时1年期贷款市场报价利率。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "Act as a compliance expert and give me a bullet list: under the NDRC government-integrity notice, in which fields "
    "does a government department breaking its contract with a private company count as 'breach of contract and dishonesty'?",
    "Breach and repudiation of agreements and contracts that government departments sign with private enterprises in "
    "government procurement, bidding, investment promotion, government-social capital cooperation, industrial support, "
    "government investment and other fields (notice II.(1)).",
    ["government procurement", "investment promotion", "industrial support", "government investment"],
    [E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "industrial support, government investment, and other fields")],
    lang="en")

add("single",
    "你是纪检监察专家，请直接给我一个表格：警告、记过、记大过、降级、撤职，各自的处分期是多久？不要解释。",
    "政务处分法第八条：警告六个月；记过十二个月；记大过十八个月；降级、撤职二十四个月（处分期自决定生效之日起计算）。",
    ["警告，六个月", "记过，十二个月", "记大过，十八个月", "降级、撤职，二十四个月"],
    [E(PS, "第八条", "（一）警告，六个月；"),
     E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "（四）降级、撤职，二十四个月。")],
    lang="zh")

add("single",
    "You're a policy analyst. Answer in one sentence: how many scenarios do the two batches of Guangzhou's "
    "government-business interaction Guidelines cover, and is that supposed to cover every situation?",
    "33 scenarios across the two batches, and, as the drafter said, they cannot encompass all situations (GZ report ¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "你是央企培训经理，用三点回答：合规管理办法对合规培训有什么硬性要求？比如要不要年度计划、哪些人必须学？",
    "《中央企业合规管理办法》第三十条：建立常态化合规培训机制；制定年度培训计划；"
    "合规管理是管理人员、重点岗位人员和新入职人员培训的必修内容。",
    ["常态化合规培训机制", "年度培训计划", "管理人员、重点岗位人员和新入职人员"],
    [E(SOE, "第三十条", "中央企业应当建立常态化合规培训机制，制定年度培训计划，将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容。")],
    lang="zh")

add("single",
    "假设你是立法顾问，请一句话回答：政府出台跟企业经营密切相关的规章、规范性文件，向社会公开征求意见一般至少要留多长时间？",
    "《优化营商环境条例》第六十二条：除依法需要保密外应当向社会公开征求意见，期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日。")],
    lang="zh")

add("single",
    "你是公司律师，请分两点回答：1. 法律上到底什么叫“民营经济组织”？2. 如果公司里有外资成分，还要同时适用什么规定？",
    "《民营经济促进法》第七十七条：民营经济组织是在中国境内依法设立的由中国公民控股或者实际控制的营利法人、"
    "非法人组织和个体工商户，以及前述组织控股或实际控制的营利法人、非法人组织；涉及外商投资的，同时适用外商投资法律法规的相关规定。",
    ["由中国公民控股或者实际控制", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定。")],
    lang="zh")

add("single",
    "Act as a due-diligence analyst. Give me a 2-row table: when was the GBA Integrity and Compliance Association set up, "
    "and which bodies jointly promoted it?",
    "Established in 2021 (April 16, 2021 per the timeline); a non-profit social organization jointly promoted by the "
    "Municipal Commission for Discipline Inspection and Supervision, the Municipal SASAC and the Municipal Federation of "
    "Industry and Commerce (GZ report ¶32).",
    ["established in 2021", "Municipal Commission for Discipline Inspection and Supervision",
     "Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "established in 2021. It is a non-profit social organization jointly promoted")],
    lang="en")

# ---- multi

add("multi",
    "你是资深合规律师，请用表格对比：《保障中小企业款项支付条例》和《民营经济促进法》对大企业搞“背靠背”付款（等甲方回款了再付供应商）分别是怎么规定的？",
    "两者都禁止：条例第九条第二款规定大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件，"
    "也不得按第三方付款进度比例支付（默认交付之日起60日内付款）；民营经济促进法第六十八条规定大型企业"
    "不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项"),
     E(PE, "第六十八条", "大型企业向中小民营经济组织采购货物、工程、服务等，应当合理约定付款期限并及时支付账款，不得以收到第三方付款作为向中小民营经济组织支付账款的条件。")],
    lang="zh")

add("multi",
    "Act as a government-relations advisor and answer with a short table: can a local government back out of a contract "
    "with our company just because the leadership changed (new term of government, staff reshuffle)? Cover the Private "
    "Economy Promotion Law, the Business Environment Regulations and the NDRC integrity notice.",
    "No under all three: PE Law art. 70 and the Business Environment Regulations art. 31 forbid breaching or repudiating "
    "contracts on grounds such as a change of government term or of the personnel responsible; the NDRC notice II.(2) "
    "regards failure to perform due to institutional adjustments or personnel changes as breach of contract and dishonesty.",
    ["政府换届", "相关人员更替", "相关责任人更替", "personnel changes"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约。"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约。"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("multi",
    "你是资深刑辩兼纪检律师，请用两句话回答：公职人员故意犯罪被判了有期徒刑但宣告缓刑，会不会被开除？开除以后还能再考公务员吗？",
    "会：政务处分法第十四条规定因故意犯罪被判处管制、拘役或者有期徒刑以上刑罚（含宣告缓刑）的，予以开除；"
    "第二十四条规定被开除的公职人员不得录用为公务员以及参照公务员法管理的人员。",
    ["含宣告缓刑", "不得录用为公务员"],
    [E(PS, "第十四条", "（一）因故意犯罪被判处管制、拘役或者有期徒刑以上刑罚（含宣告缓刑）的；"),
     E(PS, "第二十四条", "公职人员被开除，或者依照本法第二十三条规定，受到解除人事关系或者劳动关系处理的，不得录用为公务员以及参照《中华人民共和国公务员法》管理的人员。")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "Act as a payments lawyer, one sentence only: how many days does a government agency have to pay a small supplier "
    "after delivery, and what's the cap if the contract sets a different term?",
    "Within 30 days of delivery; if the contract provides otherwise, that applies, but the payment term may not exceed "
    "60 days (SME payment regulation, art. 9 para. 1).",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。")],
    lang="en")

add("cross_lingual",
    "You are the compliance officer at a central SOE. Three bullets: if we get hit with a major administrative penalty "
    "that could cause serious asset losses, who leads the response, and do we have to report it to SASAC?",
    "Under the Central SOE Compliance Measures art. 22 such a major compliance risk event is led by the chief compliance "
    "officer, coordinated by the compliance department with other departments cooperating, and must be reported to SASAC "
    "in a timely manner under the relevant rules.",
    ["由首席合规官牵头", "及时向国资委报告"],
    [E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合，及时采取措施妥善应对。"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告。")],
    lang="en")

add("cross_lingual",
    "你是信用修复专家，请分两步说明：发改委关于政府诚信履约的那个通知里，政府部门的失信记录满足什么条件才能修复？修复之后那些惩戒措施怎么处理？",
    "通知III.(6)：认定部门确认失信行为已纠正、履约已完成后，应及时修复相关失信记录，并终止失信惩戒措施；各级信用牵头部门统筹指导辖区内的信用修复。",
    ["the dishonest behavior has been corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "Pretend you're my mentor at a state-owned company. If I tick every box before putting company money into something "
    "and it still goes south because of stuff nobody could control out there, am I personally on the hook? One sentence.",
    "Per the second batch of the Guangzhou Guidelines as described in the GZ report (¶21), if an investment made with due "
    "diligence and compliant decision-making procedures loses money due to objective factors such as market risks, the "
    "relevant personnel may be exempted from liability.",
    ["may be exempted from liability"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

add("paraphrase",
    "你是纪检老法师，一句话告诉我：一个干部早就退下来回家带孙子了，以前在位时候的问题现在被翻出来，还能给他上那种处分吗？还能查他吗？",
    "政务处分法第二十七条：已经退休的公职人员有违法行为的，不再给予政务处分，但可以立案调查；依法应予降级、撤职、开除的，按规定相应调整其待遇。",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "你是资深合规律师。假设条例规定受理投诉部门收到拖欠中小企业款项的投诉后5个工作日内就得转交处理，请用三点分析这个时限对企业维权有什么好处。",
      ["5个工作日"],
      "《保障中小企业款项支付条例》第二十五条规定受理投诉部门自正式受理之日起10个工作日内将投诉转交处理投诉部门，"
      "不是5个工作日；以5个工作日为前提的分析不能成立，应纠正前提。",
      lang="zh", present=["10个工作日"],
      related=[E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门")])

unans("false_premise",
      "Act as a compliance expert and explain in 3 bullets why the NDRC integrity notice hands verification of "
      "breach-of-contract complaints against local governments to the Ministry of Finance.",
      ["Ministry of Finance"],
      "NDRC notice II.(2): provincial credit leading departments transfer complaint clues to the superior or competent "
      "departments of the complained entities for verification and identification; the Ministry of Finance is not given "
      "that role anywhere, so the why-question rests on a false premise.",
      lang="en", present=["superior or competent departments"],
      related=[E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
      "我们内部培训材料写着：“公职人员有多个违法行为、合并确定处分期的，最长不超过三十六个月。”你是纪检专家，那么请用两句话解释立法上为什么把上限定在三十六个月。",
      ["三十六个月"],
      "政务处分法第十五条规定应当给予撤职以下多个相同政务处分的，可在一个处分期以上、多个处分期之和以下确定，"
      "但最长不得超过四十八个月，不是三十六个月；培训材料的前提错误。",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "但是最长不得超过四十八个月")])

unans("false_premise",
      "Assume Guangzhou's discipline commission has already put out five batches of its government-business interaction "
      "Guidelines. Act as a compliance trainer and summarize what the third batch covers, in a table.",
      ["five batches", "third batch"],
      "The GZ report (¶7, ¶9) says the Guangzhou Municipal Commission for Discipline Inspection and Supervision has issued "
      "two batches of the Guidelines (2 consecutive years, 33 scenarios in all); there is no third batch to summarize.",
      lang="en", present=["two batches"],
      related=[E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

unans("false_premise",
      "你是央企合规顾问。假设《中央企业合规管理办法》规定首席合规官由纪委书记兼任，请用表格列出这种安排下首席合规官的职责和汇报线。",
      ["纪委书记"],
      "办法第十二条规定首席合规官由总法律顾问兼任、不新增领导岗位和职数、对企业主要负责人负责，并非由纪委书记兼任；假设前提与文件相反。",
      lang="zh", present=["总法律顾问"],
      related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
      "Act as a legal explainer: why did China's Private Economy Promotion Law take effect on January 1, 2025, basically "
      "right after it was passed? One short paragraph.",
      ["January 1, 2025", "2025年1月1日"],
      "PE Law art. 78 and its heading: adopted by the NPC Standing Committee on 30 April 2025 and in force from "
      "20 May 2025, not 1 January 2025; the why-question's date is wrong.",
      lang="en", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "Our memo says: 'Under the SME payment regulation, government agencies must publish last year's overdue SME "
      "contracts by June 30 each year.' Act as a compliance reviewer and give me a checklist for hitting that June 30 deadline.",
      ["June 30", "6月30日"],
      "SME payment regulation art. 18: agencies and public institutions must publish the number and amount of contracts "
      "with overdue unpaid SME payments for the previous year before 31 March each year, not by 30 June.",
      lang="en", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。")])

# ---- not_covered

unans("not_covered",
      "你是中小企业维权顾问，请用表格列出：向省里的中小企业主管部门投诉机关拖欠账款，要填什么申请表、交哪些材料、要不要交投诉费？",
      ["申请表", "投诉费"],
      "《保障中小企业款项支付条例》第二十四、二十五条只规定受理投诉部门、渠道、转交和处理时限、投诉人须与被投诉人存在合同关系；"
      "没有规定投诉表格、材料清单或收费。其他文件也未涉及。",
      lang="zh", present=["投诉材料"])

unans("not_covered",
      "Act as a policy forecaster: will the State Council amend the SME payment regulation again by 2027? Give me a "
      "probability and a one-line reason.",
      ["2027"],
      "The corpus holds the regulation as revised on 17 March 2025 (in force 1 June 2025); no document says anything "
      "about a future amendment, so a prediction cannot be grounded.",
      lang="en", present=["2025年3月17日"])

unans("not_covered",
      "你是政务处分专家。被处分人对监察机关的政务处分决定不服，收到决定书之后多少天内必须申请复审？一句话答我。",
      ["日内申请复审", "复审期限"],
      "政务处分法第四十五条只要求决定书载明申请复审、复核的途径和期限，第五十五条规定可以申请复审、复核，"
      "但法中没有规定具体的天数；其他文件也没有。",
      lang="zh", present=["申请复审"])

unans("not_covered",
      "Act as a Guangzhou compliance consultant: list, in a table, the membership fee tiers and annual fees of the GBA "
      "Integrity and Compliance Association.",
      ["membership fee", "annual fee"],
      "The GZ report describes the association (founded 2021, 5A-level, members across 29 sectors, its services) but says "
      "nothing about membership fees.",
      lang="en", present=["29 industry sectors"])

unans("not_covered",
      "你是央企薪酬顾问，用三点说明：合规管理办法对首席合规官的年薪和考核奖金是怎么定的？",
      ["年薪"],
      "《中央企业合规管理办法》第十二条只规定首席合规官由总法律顾问兼任、对主要负责人负责及其职责，"
      "没有任何薪酬或奖金规定；其他文件也没有。",
      lang="zh", present=["首席合规官"])

unans("not_covered",
      "As an antitrust lawyer, summarize in one paragraph what Article 22 of China's Anti-Monopoly Law says about abuse "
      "of dominant market position.",
      ["Anti-Monopoly Law", "反垄断法"],
      "None of the seven documents contains the Anti-Monopoly Law; they only mention anti-monopoly enforcement in general "
      "terms (PE Law art. 15, Business Environment Regulations art. 21, SOE Measures art. 18).",
      lang="en", present=["反垄断"])

# ---- out_of_domain

unans("out_of_domain",
      "Act as a travel planner and give me a 3-day Chengdu itinerary in a table, with one hotpot place per day.",
      ["Chengdu", "itinerary"],
      "Travel planning; nothing to do with the policy documents.",
      lang="en")

unans("out_of_domain",
      "你是资深Python工程师，请用三点说明列表推导式和生成器表达式的区别，最好附个小例子。",
      ["列表推导式", "生成器"],
      "编程问题，与七份政策文件无关。",
      lang="zh")

unans("out_of_domain",
      "Pretend you're a sommelier: in one sentence, which wine goes best with Peking duck?",
      ["wine", "Peking duck"],
      "Food and wine pairing; unrelated to the documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "你是资深律师，请用表格对比2020年版《保障中小企业款项支付条例》原文第十二条和2025年修订后的版本有什么不同。",
      ["2020年版"],
      "语料只收录2025年3月17日国务院令第802号修订后的条例文本（2025年6月1日施行）；2020年国务院令第728号公布的原文不在语料中，无法逐条对比。",
      lang="zh", present=["国务院令第728号"])

unans("superseded",
      "Act as a compliance historian: what did SASAC's 2018 trial guidelines on compliance management for central "
      "enterprises say about who should serve as chief compliance officer? Bullet points please.",
      ["2018"],
      "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42, in force 1 October 2022); "
      "the earlier 2018 trial guidelines are not in it, so what they said cannot be answered.",
      lang="en", present=["首席合规官"])

unans("superseded",
      "你是纪检专家，请对比一下老的《行政机关公务员处分条例》里记过的处分期和现在政务处分法的规定有什么区别，一句话总结。",
      ["行政机关公务员处分条例"],
      "语料只有2020年公职人员政务处分法（第八条：记过十二个月）；《行政机关公务员处分条例》不在语料中，无法对比其规定。",
      lang="zh", present=["记过，十二个月"])

unans("superseded",
      "As a policy analyst, summarize the State Council's 2016 Guiding Opinions on strengthening government integrity "
      "construction in 3 bullets, then tell me what the 2023 NDRC notice changed compared with it.",
      ["2016", "Guiding Opinions"],
      "The corpus holds only the 2023 NDRC notice (Development and Reform Finance [2023] No. 1103); the earlier 2016 "
      "opinions on government integrity are not in it, so neither their content nor a comparison can be given.",
      lang="en", present=["No. 1103"])
