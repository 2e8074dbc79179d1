"""Hard-case gold items, hundred-and-seventy-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a QA tester for a legal-tech product who probes the assistant's edge cases on purpose. Types
tersely and exactly, switching between English and Chinese from one question to the next; likes
negations and double negatives ("is it not true that ... cannot ..."), bounds and ranges ("上限还是下限",
"不少于还是不超过", "10 working days or calendar days"), side-by-side comparisons of two documents or two
parties, precise who/what/when wording, and questions that bundle one correct and one wrong claim to see
whether the assistant catches the wrong half. Also asks the odd work question that has nothing to do with
the documents (test design, tooling).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "机关、事业单位付中小企业款，合同另有约定时——是“最长不得超过60日”还是“不少于60日”？到底是上限还是下限",
    "上限。机关、事业单位应自货物、工程、服务交付之日起30日内支付；合同另有约定的从其约定，但付款期限最长不得超过60日"
    "（《保障中小企业款项支付条例》第九条第一款）。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "两个以上违法行为，应给撤职以下多个相同政务处分的，处分期怎么定？区间是多少，上限48个月对不对",
    "对。可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但最长不得超过四十八个月（政务处分法第十五条）；"
    "应给两种以上不同政务处分的，执行其中最重的。",
    ["一个政务处分期以上、多个政务处分期之和以下", "最长不得超过四十八个月"],
    [E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期")],
    lang="zh")

add("single",
    "逾期利息的利率双方自己约定的话，能约定低于1年期LPR吗？条文是“不得低于”还是“不得高于”",
    "“不得低于”：约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的按每日利率万分之五支付（条例第十七条）。",
    ["不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="zh")

add("single",
    "涉企的行政法规、规章向社会公开征求意见，期限是一般不少于30日，还是不超过30日？",
    "一般不少于30日（优化营商环境条例第六十二条第二款），且除依法需要保密外应通过报纸、网络等公开征求意见。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "Is it not true that a local gov failing to perform a contract because of personnel changes can NOT be "
    "counted as breach of contract & dishonesty? (NDRC 2023 notice)",
    "It is not true: item (2) of the NDRC notice says failure to perform due to institutional adjustments, "
    "personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "personnel changes, and other reasons shall all be regarded as breach of contract")],
    lang="en")

add("single",
    "GZ guidelines: exact number of scenarios across both batches — 33? and does the report claim they cover "
    "every situation, yes/no",
    "Yes, 33 scenarios across the two batches, and no: the report says they cannot encompass all situations "
    "(¶10); in unclear cases the test is 'acting for the public good' vs 'acting for personal gain'.",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "Guidelines cannot encompass all situations")],
    lang="en")

add("single",
    "央企首席合规官：是新增一个领导岗位，还是由总法律顾问兼任？对谁负责？",
    "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责（中央企业合规管理办法第十二条）。",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "个体工商户转成企业，民营经济促进法写的是“应当”还是“可以自愿”？",
    "可以自愿：个体工商户可以自愿依法转型为企业，登记机关、税务机关和有关部门为其提供指引和便利（民营经济促进法第四十八条第二款）。",
    ["个体工商户可以自愿依法转型为企业"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业")],
    lang="zh")

# ---- multi

add("multi",
    "对比：大企业向中小企业采购，能不能拿“收到第三方付款”当付款条件？条例和民营经济促进法是不是都禁止？条例有没有多禁一项",
    "都禁止。条例第九条第二款：大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件，也不得按照第三方付款进度比例支付；"
    "民营经济促进法第六十八条：大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件。条例多禁了“按第三方付款进度比例支付”。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "按照第三方付款进度比例支付中小企业款项",
     "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "Warning sanction under the public official sanctions law: how long exactly, and once it runs out is it lifted "
    "automatically? and for demotion — does lifting it restore the old rank?",
    "A warning lasts six months (Art. 8). Sanctions other than expulsion are lifted automatically when the period "
    "ends, provided the official showed repentance and committed no new sanctionable violation; but lifting a "
    "demotion or removal does not restore the original post, rank or pay (Art. 26).",
    ["警告，六个月", "政务处分期满后自动解除", "解除降级、撤职的，不恢复原职务"],
    [E(PS, "第八条", "（一）警告，六个月；"),
     E(PS, "第二十六条", "政务处分期满后自动解除"),
     E(PS, "第二十六条", "但是，解除降级、撤职的，不恢复原职务")],
    lang="en")

add("multi",
    "“不得强制要求以审计结果作为结算依据”——条例管的是机关、事业单位和国有大型企业，促进法是不是扩大到所有国有企业了？两边各自有没有例外",
    "是。条例第十二条约束机关、事业单位和国有大型企业，法律、行政法规另有规定的除外；民营经济促进法第六十七条约束国家机关、事业单位、国有企业"
    "（不限于大型），同样是除法律、行政法规另有规定外不得强制要求以审计结果作为结算依据。",
    ["机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据", "国家机关、事业单位、国有企业",
     "不得强制要求以审计结果作为结算依据"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "SME payment regs, complaint handling: is the transfer deadline 10 working days or 10 calendar days? and the "
    "handling dept gets 30 days, max 90 with extension — right?",
    "Working days: the accepting department transfers the complaint within 10 working days of formal acceptance; "
    "the handling department must produce a written result within 30 days of receiving the materials, extendable "
    "with the department head's approval to at most 90 days (Art. 25).",
    ["10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="en")

add("cross_lingual",
    "Official convicted of a negligent crime, sentenced to more than 3 yrs fixed-term: is expulsion mandatory, or "
    "only 'generally'? and what if it's 3 yrs or less?",
    "More than three years for a negligent crime: expulsion (Art. 14 para. 1 item 2). Control, criminal detention "
    "or up to three years for a negligent crime: generally expulsion; where removal from post is more appropriate "
    "in special circumstances, expulsion may be waived, but only with approval from the next-higher authority.",
    ["因过失犯罪被判处有期徒刑，刑期超过三年的", "一般应当予以开除", "应当报请上一级机关批准"],
    [E(PS, "第十四条", "因过失犯罪被判处有期徒刑，刑期超过三年的"),
     E(PS, "第十四条", "因过失犯罪被判处管制、拘役或者三年以下有期徒刑的，一般应当予以开除")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份政府诚信通知：有政府失信记录的地级及以上城市会被怎么处理？列全",
    "三项：取消其在发展改革系统的评奖和试点示范资格；加大城市信用监测扣分权重；取消社会信用体系建设示范区称号或资格（通知第（4）项）。",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "在中字头国企内部揭发违规，查实了能拿点什么吗？会不会有人知道是我捅出去的",
    "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励，任何单位和个人不得打击报复举报人（中央企业合规管理办法第二十四条第二款）。",
    ["对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励")],
    lang="zh")

add("paraphrase",
    "Company got lured into town by the city, then couldn't hit its numbers for reasons outside its control. Does "
    "the Guangzhou write-up say it just eats the penalty, or is there some slack?",
    "There is slack: per the report (on the second batch of the Guidelines), if an enterprise fails to complete its "
    "targets due to objective reasons, it can negotiate adjustments and enjoy a grace period (¶18).",
    ["fails to complete its targets due to objective reasons", "negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

# ---- false_premise

unans("false_premise",
      "逾期利息没约定利率的，按每日万分之三计——那一百万拖一年是不是十万出头？帮我核一下",
      ["万分之三"],
      "条例第十七条：未约定利率的按每日利率万分之五支付逾期利息，不是万分之三；按错误费率的计算不能被确认。",
      lang="zh", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "Internal memo: 'a serious demerit (记大过) runs 24 months, same as demotion.' So serious demerit and demotion "
      "carry identical periods — confirm?",
      ["记大过，二十四个月", "记大过，24个月"],
      "政务处分法第八条: 记大过 is eighteen months; twenty-four months is the period for 降级 and 撤职. The memo's "
      "premise is wrong, so the two periods are not identical.",
      lang="en", present=["十八个月"],
      related=[E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
      "优化营商环境条例不是2019年10月22日起施行的吗？那2019年底跟政府签的合同适不适用",
      ["2019年10月22日起施行"],
      "条例2019年10月22日公布，第七十二条规定自2020年1月1日起施行；前提把公布日当成施行日，且文件未规定对施行前所签合同的适用。",
      lang="zh", present=["2020年1月1日起施行"],
      related=[E(BE, "第七十二条", "本条例自2020年1月1日起施行。")])

unans("false_premise",
      "Why does the NDRC notice route SME-arrears complaints through the Ministry of Commerce's platform instead of MIIT's?",
      ["Ministry of Commerce"],
      "NDRC notice item (1) names the Ministry of Industry and Information Technology's 'Registration (Complaint) "
      "Platform for Breach of Contract and Arrears to SMEs'; the Ministry of Commerce is not mentioned.",
      lang="en", present=["Ministry of Industry and Information Technology"],
      related=[E(NDRC, "II.(1)", "the Ministry of Industry and Information Technology's")])

unans("false_premise",
      "So under the SME payment regs a big buyer has 15 days after the supplier asks to confirm a receivable for "
      "financing — what happens if it misses the 15 days?",
      ["15日"],
      "条例第十六条第二款: the period is 30 days from the SME's request for confirmation (30日内确认债权债务关系), not "
      "15 days; there is no 15-day deadline to miss.",
      lang="en", present=["30日内确认债权债务关系"],
      related=[E(SME, "第十六条", "自中小企业提出确权请求之日起30日内确认债权债务关系")])

unans("false_premise",
      "民营经济促进法2025年7月1日才施行，那6月份发生的拖欠账款是不是还用不了第六十七条？",
      ["2025年7月1日"],
      "民营经济促进法第七十八条：本法自2025年5月20日起施行，不是7月1日；问题以错误施行日为前提。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "GBA Integrity & Compliance Association: founded 2018, 12 lecture hall sessions since, so roughly one a year? "
      "true/false on both halves",
      ["2018"],
      "The GZ report's milestones: the association was established on April 16, 2021 (not 2018); the first lecture "
      "hall session was in March 2022 and the 12th in December 2025. The 'founded 2018' half is false.",
      lang="en", present=["April 16, 2021"],
      related=[E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity")])

# ---- not_covered

unans("not_covered",
      "National SME arrears complaint platform — is there a filing fee? if yes how much and who pays",
      ["filing fee", "投诉费"],
      "条例第二十四条 only says the State Council department sets up a national unified complaint platform; no "
      "document mentions any fee for complaining.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "2024年全国清欠中小企业账款总额多少亿元？条例修订后拖欠比例降了多少",
      ["清欠", "亿元"],
      "文件只规定公开、报告逾期未付款信息的义务（条例第十八条、第二十二条），没有任何清欠金额或拖欠比例的统计数据。",
      lang="zh", present=["逾期尚未支付中小企业款项"])

unans("not_covered",
      "Private economy promotion law — will there be implementing regulations (实施条例) for it, and roughly when? ETA?",
      ["实施条例", "implementing regulations"],
      "民营经济促进法 only says it takes effect on 2025年5月20日 (第七十八条); it mentions no implementing regulations, "
      "and no document contains a legislative plan or forecast.",
      lang="en", present=["2025年5月20日"])

unans("not_covered",
      "不服政务处分，申请复审的期限到底几天？是收到决定书之日起一个月内吗",
      ["一个月内申请复审", "收到政务处分决定书之日起"],
      "政务处分法第四十五条只要求决定书载明申请复审、复核的途径和期限，第五十五条规定可以申请复审、复核，但均未规定具体期限（期限见监察法实施条例等其他规定，不在文件中）。",
      lang="zh", present=["申请复审"])

unans("not_covered",
      "Second batch of the GZ Guidelines: max value of a gift a cadre may accept — RMB 200? 500? exact figure pls",
      ["RMB", "yuan"],
      "The GZ report describes the Guidelines' format and themes (meals, vehicles, investment promotion, error "
      "tolerance) but gives no gift value threshold; no other document sets one.",
      lang="en", present=["what meals can be eaten"])

unans("not_covered",
      "SASAC compliance measures: minimum number of full-time compliance staff, e.g. X per 1,000 employees? give the number",
      ["per 1,000 employees", "每千名"],
      "央企合规办法第十四条 only requires full-time compliance staff 'commensurate with' business scale, scope and "
      "risk level (与经营规模、业务范围、风险水平相适应); no ratio or number is set.",
      lang="en", present=["专职合规管理人员"])

# ---- out_of_domain

unans("out_of_domain",
      "boundary value analysis vs equivalence partitioning — when do you pick one over the other for a date-range field?",
      ["boundary value analysis", "equivalence partitioning"],
      "A software test-design question; nothing to do with the policy documents.",
      lang="en")

unans("out_of_domain",
      "Selenium 和 Playwright 哪个做回归测试更稳？flaky 的比例差多少",
      ["Selenium", "Playwright"],
      "与文件无关的测试工具选型问题。",
      lang="zh")

unans("out_of_domain",
      "Jira: how do I bulk-change the fix version on ~200 tickets without spamming watchers?",
      ["Jira", "fix version"],
      "An issue-tracker how-to; nothing in the policy documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "2020年国务院令第728号那版原条例，跟2025修订版比删了哪几条、哪些条款编号变了？",
      ["删除", "原第"],
      "语料只收录2025年3月17日国务院令第802号修订后的条例文本；第728号原版只在标题沿革中出现，原文不在文件中，无法比对删改。",
      lang="zh", present=["国务院令第728号"])

unans("superseded",
      "SASAC's 2018 compliance guidelines for central enterprises (the trial version) — did they already have a chief "
      "compliance officer? what changed with the 2022 measures?",
      ["试行", "2018"],
      "The corpus holds only the 2022 Measures (国资委令第42号, effective 2022-10-01), whose 第十二条 sets up the chief "
      "compliance officer; the 2018 trial guidelines are not in the documents, so no comparison can be made.",
      lang="en", present=["首席合规官"])

unans("superseded",
      "The 2016 State Council opinions on government integrity (国发〔2016〕76号) — what did they say about dishonesty "
      "records, vs the NDRC 2023 notice?",
      ["国发〔2016〕76号", "2016"],
      "Only the NDRC notice of 2023 (Development and Reform Finance [2023] No. 1103) is in the corpus; the 2016 State "
      "Council document is not, so its content cannot be stated or compared.",
      lang="en", present=["[2023] No. 1103"])

unans("superseded",
      "2007年那个《行政机关公务员处分条例》里警告期也是6个月吗？跟政务处分法对得上吗",
      ["行政机关公务员处分条例", "2007"],
      "语料只有2020年政务处分法（第八条：警告六个月），没有2007年行政机关公务员处分条例的文本，无法回答其规定或比对。",
      lang="zh", present=["警告，六个月"])
