"""Hard-case gold items, hundred and twenty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an internal auditor at a multinational's China subsidiary checking a colleague's compliance memo
line by line; each question quotes a memo sentence ("Memo says: ...") and asks whether the cited document or
article really says so, or for its exact wording; writes mostly in English, pasting Chinese terms, and in
Chinese when the memo sentence is Chinese.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "备忘录第3页写：“供应商如果合同里没约定逾期利息利率，对方迟付的话按每日万分之五算。”我在核对《保障中小企业款项支付条例》，第十七条原文是不是这么写的？约定了利率的话有没有下限？",
    "是。第十七条：迟延支付的应当支付逾期利息；约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付逾期利息。",
    ["每日利率万分之五", "不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "备忘录里关于我们央企客户的一句：“按照国资委《中央企业合规管理办法》，首席合规官由总法律顾问兼任。”请给我第十二条的原话——它还规定首席合规官对谁负责？",
    "第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责，领导合规管理部门组织开展相关工作。",
    ["由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数"),
     E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "Memo says: \"Under NDRC notice 1103, a district government that doesn't perform our investment agreement because the responsible official was rotated out is still treated as in breach.\" Is that actually in the notice? Please quote the sentence.",
    "Yes. Section II.(2) states that failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Memo says: \"The Guangzhou government-business interaction Guidelines cover 33 scenarios in total.\" Is 33 the figure in the Lecture Hall report, and is that for one batch or both?",
    "The report says the 33 scenarios are covered across the two batches of the Guidelines together, and that they cannot encompass all situations.",
    ["33 scenarios covered in the two batches"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "备忘录写：“政务处分中记大过的期间为十八个月，从处分决定生效之日起算。”请核对《公职人员政务处分法》第八条，原文是这样吗？",
    "是。第八条规定记大过的期间为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "备忘录引用《优化营商环境条例》：“涉企的规章和行政规范性文件向社会公开征求意见，期限一般不少于30日。”第六十二条的原文是怎么写的？",
    "第六十二条第二款：除依法需要保密外，制定与市场主体生产经营活动密切相关的文件应当通过报纸、网络等向社会公开征求意见；向社会公开征求意见的期限一般不少于30日。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见，并建立健全意见采纳情况反馈机制"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "备忘录说：“《民营经济促进法》所称民营经济组织，个体工商户也算在内。”第七十七条真的包括个体工商户吗？请给原文。",
    "是。第七十七条：民营经济组织是指在境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，以及前述组织控股或者实际控制的营利法人、非法人组织。",
    ["由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="zh")

add("single",
    "Memo says: \"If a prefecture-level city has a government dishonesty record, NDRC will take away its eligibility for development-and-reform awards and pilots.\" What exactly does the notice list for such cities?",
    "Section III.(4): for prefecture-level and above cities with government dishonesty records, NDRC will cancel their eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of city credit monitoring deductions, and cancel the title or eligibility for social credit demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "备忘录写：“大客户不能以‘等上游业主付款后再付’作为付款条件——民营经济促进法和中小企业款项支付条例都有规定。”两处原文分别怎么表述？",
    "《民营经济促进法》第六十八条：大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件；《保障中小企业款项支付条例》第九条：大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项。",
    ["不得以收到第三方付款作为向中小民营经济组织支付账款的条件",
     "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项")],
    lang="zh")

add("multi",
    "备忘录说：“国有大型企业客户要求以审计机关的审计结果作为结算依据是违规的，拒不改正会追究个人责任。”条例里哪条禁止、哪条规定后果？",
    "《保障中小企业款项支付条例》第十二条禁止机关、事业单位和国有大型企业强制要求以审计机关的审计结果作为结算依据（法律、行政法规另有规定的除外）；第三十三条第二款规定由其监管部门责令改正，拒不改正的，对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正", "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正"),
     E(SME, "第三十三条", "拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "Memo says: \"Under the NDRC notice a department only gets a dishonesty label if it won't fix the problem, and the label comes off once it performs.\" Who makes each of those two calls, and what has to happen first?",
    "Under II.(2), complaints verified as true lead to rectification, and those who refuse to rectify are confirmed as breach of contract and dishonesty by the identifying department; under III.(6), once the identifying department confirms the behaviour has been corrected and performance completed, the records are restored and punishment measures terminated.",
    ["Those who refuse to rectify shall be confirmed as breach of contract",
     "confirms that the dishonest behavior has been corrected"],
    [E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "II.(2)", "and dishonesty by the identifying department"),
     E(NDRC, "III.(6)", "Once the identifying department confirms that the dishonest behavior"),
     E(NDRC, "III.(6)", "has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross-lingual

add("cross_lingual",
    "Memo says: \"As a large enterprise (大型企业) we must put the number and amount of overdue unpaid SME contracts into our annual report and publish it through the national enterprise credit publicity system.\" Does the SME payment regulation actually require that? Which article?",
    "Yes. Article 18 (第十八条), second paragraph, of the SME payment regulation: large enterprises must include the number, amount etc. of overdue unpaid SME contracts in their annual report and publish it through the National Enterprise Credit Information Publicity System.",
    ["纳入企业年度报告", "国家企业信用信息公示系统"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示")],
    lang="en")

add("cross_lingual",
    "备忘录写：“发改委1103号文所说的违约失信，涵盖政府部门与民营企业在政府采购、招标投标、招商引资等领域签订的协议和合同。”通知原文是这么界定范围的吗？",
    "是。通知第二部分第（1）项：违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为。",
    ["government procurement, bidding, investment promotion", "breach and repudiation behaviors"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "signed by government departments with private enterprises"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion")],
    lang="zh")

add("cross_lingual",
    "备忘录写：“广州《政商交往指引》是广州市纪委监委发布的，已连续两年发布两批。”讲堂报道里对发布机关和批次是怎么说的？",
    "报道称：自去年起，广州市纪委监委已连续两年发布两批《广州市典型场景政商交往指引及问答》（即指引）。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "has issued two batches"],
    [E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A"),
     E(GZ, "¶7", "for two consecutive years")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "备忘录里有一句：“小供应商上门要钱，或者跑去政府那边告状，我们这边谁都不能给人家穿小鞋、施压。”那部讲按时给小厂家结钱的行政法规里，真有这个意思吗？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复；第三十五条规定了相应处分或处罚责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "Memo says: \"The Commission's circular is aimed at local authorities that keep moving the goalposts, and at incoming bosses who walk away from what their predecessors promised.\" Is that a fair reading of what the circular sets out to fix?",
    "Yes. Section I says the mechanism should focus on solving administrative dishonesty such as frequent policy changes, new officials ignoring previous commitments, damaging fair market transactions and harming enterprise interests.",
    ["frequent policy changes, new officials ignoring previous commitments"],
    [E(NDRC, "I.", "administrative dishonesty such as frequent policy changes"),
     E(NDRC, "I.", "new officials ignoring previous commitments")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false premise

unans("false_premise",
    "Memo says: \"Under the SME payment regulation, 第九条, government agencies and public institutions have 90 days from delivery to pay an SME.\" So our invoices to the district bureau aren't overdue until day 90, right?",
    ["90日内支付款项", "ninety days"],
    "False premise: 第九条 gives 机关、事业单位 30 days from delivery, and a contract may agree otherwise only up to a maximum of 60 days; 90 days appears only as the outer limit for handling complaints (第二十五条).",
    lang="en", present=["30日内支付款项", "最长不得超过60日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
             E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "备忘录写：“《中央企业合规管理办法》是国务院办公厅印发的，适用于所有国有企业。”既然如此，我们和地方国企合资的子公司是不是也必须按第十二条设首席合规官？",
    ["国务院办公厅", "所有国有企业"],
    "False premise on issuer and scope: the Measures are SASAC Order No. 42 (国务院国有资产监督管理委员会令第42号) and apply to central SOEs for which SASAC performs the investor's duties (第二条); local SASACs only refer to them (第四十条). Nothing covers a JV with a local SOE.",
    lang="zh", present=["国资委", "参照本办法"],
    related=[E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业"),
             E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")])

unans("false_premise",
    "Memo says: \"NDRC notice 1103 opened complaint columns where companies can report other private enterprises that breach contracts with them.\" On that basis, how do we file a complaint against our distributor that stopped paying us?",
    ["distributor", "against private enterprises"],
    "False premise on the party: II.(1) complaint columns accept complaints involving government departments (including agencies and public institutions) and breaches in contracts government departments sign with private enterprises; nothing covers complaints against private companies or distributors.",
    lang="en", present=["government departments"],
    related=[E(NDRC, "II.(1)", "accepting and collecting complaints involving government departments")])

unans("false_premise",
    "备忘录写：“依照政务处分法，降级、撤职的处分期间是三十六个月。”为什么降级、撤职比记大过的期间长了整整一倍？",
    ["三十六个月"],
    "错误前提：第八条规定降级、撤职的期间为二十四个月（记大过十八个月），不是三十六个月；第十五条的四十八个月是多个相同处分合并时的上限。",
    lang="zh", present=["二十四个月", "四十八个月"],
    related=[E(PS, "第八条", "降级、撤职，二十四个月")])

unans("false_premise",
    "Memo says: \"Under Article 24 of the SME payment regulation, arrears complaints are accepted by the county-level market regulation bureau (市场监管).\" Given that, should our supplier just go to the county AMR office?",
    ["县级市场监督管理部门", "county-level market regulation"],
    "False premise on the body: 第二十四条 makes the departments in charge of SME promotion at provincial level and above (受理投诉部门) accept complaints, with a national platform run by the State Council department; market regulation only handles large firms' annual-report disclosure (第三十四条).",
    lang="en", present=["受理投诉部门", "市场监督管理部门"],
    related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）")])

unans("false_premise",
    "备忘录写：“民营经济促进法第六十七条的及时付款义务只约束国家机关和事业单位，不包括国有企业。”对吧？所以我们的国企客户不受这条约束？",
    ["不包括国有企业"],
    "错误前提：第六十七条明确将国家机关、事业单位、国有企业并列为及时支付民营经济组织账款的义务主体，国有企业在内。",
    lang="zh", present=["国有企业"],
    related=[E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款")])

unans("false_premise",
    "Memo says: \"The State Council's business environment regulations took effect on 1 January 2019.\" Since they were already in force then, were our 2019 tender disputes with the city already covered by 第十三条?",
    ["2019年1月1日", "January 1, 2019", "1 January 2019"],
    "False premise on the date: the Regulations were promulgated on 2019-10-22 (State Council Order 722) and took effect on 2020-01-01 (第七十二条), not 2019-01-01.",
    lang="en", present=["2020年1月1日"],
    related=[E(BE, "第七十二条", "本条例自2020年1月1日起施行")])

# --------------------------------------------------------------------------- unanswerable: not covered

unans("not_covered",
    "Memo says our supplier can ask for a ruling on whether it is an SME (规模类型认定) under Article 29. What fee does that department charge for that, and how long does it take?",
    ["认定费用", "fee"],
    "第二十九条 says a disputed size type may be submitted for 认定 to the county-level SME promotion department where the party claiming SME status is located, and other departments assist; it states no fee and no time limit for the determination.",
    lang="en", present=["申请认定"])

unans("not_covered",
    "Memo says: \"NDRC has already exposed typical cases of government dishonesty on Credit China under notice 1103.\" How many cases had been exposed by the end of 2024, and which provinces had the most?",
    ["number of cases", "cases exposed in"],
    "III.(9) only says to select a batch of cases with serious or repeated dishonesty and strong public complaints and publicize them on Credit China; the notice gives no count, date or province statistics.",
    lang="en", present=["Credit China", "typical cases"])

unans("not_covered",
    "备忘录写：“被处分人对政务处分决定不服的，可以申请复审。”请问政务处分法规定的申请复审的期限是收到决定书后多少日？",
    ["复审申请期限", "日内申请复审"],
    "第四十五条只要求决定书载明“申请复审、复核的途径和期限”，第五十五条规定可向作出决定的监察机关申请复审、向上一级申请复核，但法律本身没有写明具体天数；第五十四条的“一个月内”是人事部门办理变更手续的期限。",
    lang="zh", present=["申请复审", "一个月内"])

unans("not_covered",
    "Memo says the second batch of the Guangzhou Guidelines added scenarios on investment promotion and project landing. How many of the 33 scenarios are in the second batch alone, and how many in the first?",
    ["scenarios in the second batch", "second batch alone"],
    "The report gives only the combined figure (33 scenarios across the two batches) and describes each batch's focus; it does not split the count by batch.",
    lang="en", present=["33 scenarios", "second batch"])

unans("not_covered",
    "Memo says the district government breached our investment-promotion agreement (招商引资) after the local government reshuffle, which Article 70 of the Private Economy Promotion Law forbids. If we sue, will we win compensation, and roughly how much?",
    ["胜诉", "win"],
    "第七十条 forbids breaching contracts on grounds such as 政府换届 and requires compensation where commitments are changed for public interest, and 第七十三条 provides for correction and compensation of losses; no document predicts litigation outcomes or amounts.",
    lang="en", present=["政府换届", "予以补偿"])

unans("not_covered",
    "备忘录写：“央企违规举报属实的，举报人可以获得奖励。”《中央企业合规管理办法》第二十四条规定的奖励最高是多少？按涉案金额的比例算吗？",
    ["奖励金额", "最高奖励"],
    "第二十四条只说对举报属实的举报人“可以给予适当奖励”，没有规定奖励标准、比例或上限。",
    lang="zh", present=["适当奖励"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "Memo quotes the original 2020 SME payment regulation (State Council Order No. 728, effective September 2020) on retention money (保证金). What did that 2020 text say before the 2025 revision?",
    ["2020年9月1日", "修订前"],
    "The corpus holds only the 2025 revised text (Order No. 802); it names Order No. 728 as the 2020 original but does not reproduce the 2020 wording, so the pre-revision text cannot be quoted.",
    lang="en", present=["国务院令第728号", "保证金"])

unans("superseded",
    "Memo cites SASAC's 2018 trial Guidelines on compliance management of central SOEs for the rule that the compliance committee is chaired by the board chairman. What did the 2018 trial guidelines actually say about the committee (合规委员会)?",
    ["合规管理指引", "2018"],
    "Only the 2022 Measures (SASAC Order No. 42) are in the corpus; 第十一条 says central SOEs set up a 合规委员会 that may work jointly with the rule-of-law leadership body, but nothing on the 2018 trial guidelines or who chairs it.",
    lang="en", present=["合规委员会"])

unans("superseded",
    "备忘录引用了2024年公开征求意见的《民营经济促进法（草案）》关于拖欠账款的条款。草案当时的写法和正式通过的第六十七条有什么不同？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过的正式文本（第六十七条等），没有草案或征求意见稿的内容，无法比较。",
    lang="zh", present=["第十四届全国人民代表大会常务委员会第十五次会议"])

unans("superseded",
    "Memo relies on the older 2007 State Council regulation on sanctions for civil servants of administrative organs for the length of a demotion (降级) sanction. What period did that 2007 regulation set, and has it changed?",
    ["行政机关公务员处分条例", "2007"],
    "Only the 2020 Law on Administrative Sanctions for Public Officials is in the corpus (第八条: 降级、撤职 24 months); the 2007 regulation's text is not there, so its period cannot be quoted or compared.",
    lang="en", present=["降级、撤职，二十四个月"])

# --------------------------------------------------------------------------- unanswerable: out of domain

unans("out_of_domain",
    "Memo says: \"For a three-year employment contract with our new finance officer, the company may set a six-month probation period.\" Is that the legal maximum?",
    ["probation", "试用期"],
    "Labour-contract probation periods are outside all seven documents (payments to SMEs, business environment, private economy, SOE compliance, public-official sanctions, government integrity).",
    lang="en")

unans("out_of_domain",
    "Memo says: \"When the subsidiary pays a dividend to the Hong Kong parent company, we must withhold 10% tax, reduced to 5% under the treaty.\" Which rate is correct?",
    ["dividend", "withholding tax", "预提所得税"],
    "Withholding tax on dividends to a foreign parent is not addressed by any of the documents.",
    lang="en")

unans("out_of_domain",
    "备忘录写：“公司取得的增值税专用发票须在开票之日起360日内认证抵扣，否则不能抵扣。”这个期限现在还有效吗？",
    ["增值税专用发票", "增值税"],
    "增值税发票认证抵扣期限不在七份文件范围内；《优化营商环境条例》第四十六条仅泛泛提及推广电子发票。",
    lang="zh", present=["电子发票"])
