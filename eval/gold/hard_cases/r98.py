"""Hard-case gold items, ninety-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a policy analyst at a foreign chamber of commerce in Beijing drafting a position paper on the
business environment; writes long, careful English (occasionally Chinese), asks "does China have a rule
on…", compares the documents with each other and tests claims made by member companies.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ----------------------------------------------------------------------------- answerable: single

add("single",
    "For our position paper I am trying to pin down what actually happens once a member's complaint "
    "against a local government is checked. Under the NDRC's 2023 notice on government integrity, if "
    "the verifying department finds the complaint is true, is the authority immediately labelled as "
    "dishonest, or does it first get a chance to fix the problem?",
    "It first gets a chance to fix it: if the complaint is verified as true the identifying department "
    "should immediately promote rectification, and only those who refuse to rectify are confirmed as "
    "breach of contract and dishonesty (II.(2)).",
    ["immediately promote rectification", "Those who refuse to rectify"],
    [E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

add("single",
    "Several members ask whether a local authority that has been recorded as dishonest stays tainted "
    "indefinitely. According to the NDRC notice, once the authority has made good on its obligations, "
    "can the record be cleared, and whose confirmation does that depend on?",
    "Yes. Under III.(6), once the identifying department confirms that the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the "
    "punishment measures terminated.",
    ["corrected and performance completed", "promptly restored"],
    [E(NDRC, "III.(6)", "Once the identifying department confirms that the dishonest behavior"),
     E(NDRC, "III.(6)", "has been corrected and performance completed, relevant dishonesty records"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "A member company is sceptical that the NDRC's government-integrity mechanism has teeth at the city "
    "level. Does the notice spell out concrete consequences for a prefecture-level city that carries a "
    "government dishonesty record, beyond simply naming it?",
    "Yes. Under III.(4) the NDRC will cancel such cities' eligibility for awards and pilot demonstrations "
    "in the development and reform system, increase the weight of city credit monitoring deductions, and "
    "cancel the title or eligibility for social credit demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "Our Guangzhou chapter keeps describing the city's government-business interaction guidelines as a "
    "complete rulebook. How many scenarios do the two batches actually cover, and does the drafting "
    "committee itself claim that they cover every situation?",
    "The two batches cover 33 scenarios, and the drafter (Wang Yuqun) says expressly that they cannot "
    "encompass all situations; in unclear cases one distinguishes acting for the public good from acting "
    "for personal gain (¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "有会员企业反映，大型企业拖欠其货款，但合同里没有写逾期利息怎么算。请问在这种情况下逾期利息按什么标准支付？"
    "另外，如果合同里约定了一个很低的利率，是否有下限？",
    "按《保障中小企业款项支付条例》第十七条，未作约定的按每日利率万分之五支付逾期利息；有约定的，约定利率不得低于"
    "合同订立时1年期贷款市场报价利率。",
    ["每日利率万分之五", "不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="zh")

add("single",
    "会员企业向省级中小企业主管部门投诉被拖欠款项后，案子被转给了处理部门。处理部门多长时间内必须给出处理结果？"
    "如果对方说情况复杂，是不是可以无限期拖下去？",
    "不能无限期拖延。处理投诉部门应自收到投诉材料之日起30日内形成处理结果并书面反馈；情况复杂的经负责人批准可适当延长，"
    "但最长不得超过90日（第二十五条）。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "我们在整理会员企业的合规培训材料。请问按照《公职人员政务处分法》，公职人员接受企业安排的宴请、旅游这类活动，"
    "可能受到什么样的政务处分？",
    "第三十四条第二款：接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的予以警告、"
    "记过或者记大过；情节严重的予以降级或者撤职。",
    ["宴请、旅游、健身、娱乐", "予以降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("single",
    "与央企合作的外资会员企业想了解：中央企业是否必须设立违规举报渠道？对于实名举报的人，办法里有没有保密、"
    "奖励或者防止报复的规定？",
    "有。《中央企业合规管理办法》第二十四条要求设立违规举报平台，公布举报电话、邮箱或者信箱；对举报人身份和举报事项"
    "严格保密，举报属实的可以给予适当奖励，任何单位和个人不得打击报复举报人。",
    ["设立违规举报平台", "严格保密", "可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

# ----------------------------------------------------------------------------- answerable: multi

add("multi",
    "A recurring complaint from members is that a new local leadership 'does not recognise' its "
    "predecessor's commitments. Comparing the Private Economy Promotion Law with the NDRC's 2023 notice, "
    "how does each of them treat non-performance that is blamed on a change of officials?",
    "Both reject it. Article 70 of the Private Economy Promotion Law forbids local governments to breach "
    "or repudiate commitments and contracts on grounds such as a change of government or of the persons "
    "concerned; NDRC notice II.(2) says failure to perform due to institutional adjustments or personnel "
    "changes is regarded as breach of contract and dishonesty.",
    ["相关人员更替", "personnel changes", "regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("multi",
    "一家会员企业向某政府机关供应设备，合同约定验收合格后付款。请问机关最长可以在多少天内付款？付款期限从交付日"
    "还是验收合格日算起？如果机关迟迟不组织验收，又从什么时候起算？",
    "按第九条，机关、事业单位应在交付后30日内付款，合同另有约定的最长不得超过60日；按第十条，约定以验收合格为付款条件的，"
    "从验收合格之日起算，拖延验收的，从约定的验收期限届满之日起算。",
    ["30日内支付款项", "最长不得超过60日", "自检验或者验收合格之日起算", "自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十条", "付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("multi",
    "关于“不得强制要求以审计结果作为结算依据”，《保障中小企业款项支付条例》和《民营经济促进法》都有规定。"
    "两者约束的主体范围是否一致？",
    "不完全一致：条例第十二条约束机关、事业单位和国有大型企业；民营经济促进法第六十七条约束国家机关、事业单位、国有企业"
    "（不限于大型），两者都保留法律、行政法规另有规定的例外。",
    ["机关、事业单位和国有大型企业", "国家机关、事业单位、国有企业"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "不得强制要求以审计结果作为结算依据")],
    lang="zh")

# ----------------------------------------------------------------------------- answerable: cross-lingual

add("cross_lingual",
    "Our chamber is regularly given only a week or two to comment on draft rules that directly affect "
    "members' operations. Does China have a rule on the minimum length of a public comment period for "
    "administrative regulations and normative documents that concern business activities?",
    "Yes. Article 62 of the Regulations on Optimizing the Business Environment requires such drafts to be "
    "published for public comment (unless confidential), and the comment period is generally not less "
    "than 30 days.",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="en")

add("cross_lingual",
    "Many of our members are wholly foreign-owned enterprises. Does the Private Economy Promotion Law "
    "actually cover them, and where a 'private economic organisation' has foreign investment in it, which "
    "rules apply?",
    "Article 77 defines private economic organisations as entities set up in China that are controlled "
    "(by shareholding or actual control) by Chinese citizens, so a foreign-controlled WFOE falls outside "
    "the definition; where a private economic organisation involves foreign investment, the foreign "
    "investment laws and regulations also apply.",
    ["由中国公民控股或者实际控制", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

add("cross_lingual",
    "国家发展改革委2023年关于完善政府诚信履约机制的通知里，政府违约失信投诉涵盖哪些领域签订的协议和合同？"
    "比如地方政府和企业签的招商引资协议算不算？",
    "算。通知II.(1)规定违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、"
    "政府投资等领域签订的各类协议和合同中的违约毁约行为。",
    ["government procurement", "investment promotion", "industrial support"],
    [E(NDRC, "II.(1)", "with private enterprises in government procurement"),
     E(NDRC, "II.(1)", "bidding, investment promotion, government-social capital cooperation"),
     E(NDRC, "II.(1)", "industrial support, government investment, and other fields")],
    lang="zh")

# ----------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "When local authorities keep going back on their word to businesses, will the worst serial offenders "
    "actually be named and shamed in front of everyone, or is it all dealt with quietly between agencies?",
    "They are to be exposed: under IV.(9) a batch of cases with serious or repeated dishonesty and strong "
    "public complaints is publicised on the Credit China website and exposed to society through the news "
    "media.",
    ["Expose a batch of typical cases", "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Expose a batch of typical cases"),
     E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "不少中小会员企业私下说，去催大客户结账或者找有关部门反映问题，怕对方给小鞋穿、吓唬人，以后生意就没得做了。"
    "对这种事有没有明确的说法？",
    "有。《保障中小企业款项支付条例》第二十条规定，机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者"
    "投诉的中小企业及其工作人员进行恐吓、打击报复。",
    ["提出付款请求或者投诉", "恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# ----------------------------------------------------------------------------- unanswerable: false premise

unans("false_premise",
    "Since the SME payment regulations require government agencies and public institutions to pay small "
    "suppliers within 45 days of delivery, is that stricter or looser than the period that applies when a "
    "large company buys from an SME?",
    ["45日", "45 days", "四十五日"],
    "False figure: Article 9 sets 30 days from delivery for agencies and public institutions (at most 60 "
    "if the contract so provides), and 60 days for large enterprises; no document mentions 45 days.",
    lang="en", present=["30日内支付款项", "60日内支付款项"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
    "Members keep citing the Private Economy Promotion Law as if it has been in force since 1 January "
    "2025 — that is its effective date, right? So a contract a district government walked away from in "
    "February 2025 would already fall under Article 70?",
    ["2025年1月1日", "1 January 2025", "January 1, 2025"],
    "False date: Article 78 says the law takes effect on 20 May 2025 (adopted 30 April 2025); a February "
    "2025 breach predates it.",
    lang="en", present=["2025年5月20日"],
    related=[E(PE, "第七十八条", "本法自2025年5月20日起施行")])

unans("false_premise",
    "Why do the Central SOE Compliance Measures require every central SOE to engage an outside law firm as "
    "its chief compliance officer, and does that not create a conflict of interest where the same firm "
    "also litigates for the SOE?",
    ["律师事务所", "外部律师", "law firm"],
    "False party: Article 12 says the chief compliance officer is held concurrently by the general legal "
    "counsel, with no new leadership post; nothing about an outside law firm.",
    lang="en", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "《保障中小企业款项支付条例》要求机关、事业单位每年6月30日前公开上一年度逾期未付中小企业款项的信息；"
    "那按同样的时间表，大型企业的同类信息是通过什么渠道、在哪一天之前公开？",
    ["6月30日"],
    "False deadline: Article 18 sets 31 March for agencies and public institutions; large enterprises "
    "include the information in their annual report via the national enterprise credit information "
    "publicity system, with no separate date.",
    lang="zh", present=["3月31日前", "企业年度报告"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
    "Item III.(3) of the NDRC notice asks provincial credit departments to push identified breach-of-"
    "contract information to the national credit sharing platform on a monthly basis. Is there any "
    "flexibility for provinces that lack the IT capacity to meet a monthly reporting cycle?",
    ["monthly", "每月", "every month"],
    "False frequency: III.(3) requires sharing the identified information in real time according to "
    "unified standards; no monthly cycle and no flexibility clause.",
    lang="en", present=["in real time"],
    related=[E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time")])

unans("false_premise",
    "有会员企业告诉我们，按《公职人员政务处分法》，记过处分的期间是二十四个月，期间内不得晋升职务。"
    "既然记过就要两年，那记大过的处分期间是不是还要更长，比如三年？",
    ["记过，二十四个月", "三十六个月"],
    "False figure: Article 8 sets 12 months for a demerit (记过), 18 months for a major demerit, 24 months "
    "only for demotion and removal from post.",
    lang="zh", present=["记过，十二个月", "记大过，十八个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"), E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
    "Given that the Guangzhou government-business interaction Guidelines were issued by the Guangzhou "
    "Municipal Commerce Bureau, do they bind discipline-inspection officials at all, or only commerce "
    "officials dealing with investors?",
    ["Commerce Bureau", "Bureau of Commerce"],
    "False issuing body: the report says the Guidelines (two batches) were issued by the Guangzhou "
    "Municipal Commission for Discipline Inspection and Supervision; no commerce bureau is mentioned.",
    lang="en", present=["Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Municipal Commission for Discipline Inspection and Supervision has issued")])

# ----------------------------------------------------------------------------- unanswerable: not covered

unans("not_covered",
    "Does filing a complaint about unpaid invoices on the national SME arrears complaint platform cost "
    "anything? Our smaller members want to know whether there is a filing fee and who bears it if the "
    "complaint is rejected.",
    ["投诉费", "filing fee", "免费"],
    "Article 24 of the SME payment regulations establishes complaint channels and a national platform, and "
    "Article 25 the handling time limits, but no document mentions any fee or its absence.",
    lang="en", present=["投诉平台", "受理投诉部门"])

unans("not_covered",
    "For the statistics annex of our paper: how many breach-of-contract complaints against local "
    "governments have been verified as genuine since the NDRC notice was issued, and what percentage of "
    "them ended in rectification?",
    ["percentage", "per cent", "%"],
    "The NDRC notice describes complaint channels, verification and rectification (II.(1)-(2)) and "
    "evaluation/notification (IV.(7)) but gives no figures on outcomes.",
    lang="en", present=["rectification", "Credit China"])

unans("not_covered",
    "A member's investment agreement with a district government was torn up after the district was merged "
    "into its neighbour. If the member sues relying on Article 70 of the Private Economy Promotion Law, "
    "will it win, and roughly how much compensation can it expect?",
    ["胜诉", "win the case", "赔偿金额"],
    "Article 70 forbids breach on grounds of administrative division changes and Article 73 provides for "
    "compensation of losses, but no document predicts case outcomes or amounts.",
    lang="en", present=["行政区划调整", "依法予以赔偿"])

unans("not_covered",
    "拖欠中小企业款项的逾期利息如果按每日万分之五计算，是否可以计收复利（利滚利）？逾期利息总额有没有上限，"
    "比如不超过本金？",
    ["复利", "利滚利", "上限"],
    "Article 17 of the SME payment regulations sets the default daily rate of 0.05% and the LPR floor for "
    "agreed rates, but says nothing about compounding or a cap.",
    lang="zh", present=["每日利率万分之五", "逾期利息"])

unans("not_covered",
    "If a local authority never bothers to seek credit restoration, how long does its government "
    "dishonesty record stay publicly visible on Credit China before it drops off automatically?",
    ["公示期", "publicity period", "公示期限"],
    "NDRC III.(6) and Private Economy Promotion Law Article 54 deal with restoration once the conduct is "
    "corrected; no document sets a display period or automatic expiry of records.",
    lang="en", present=["credit restoration", "信用修复"])

unans("not_covered",
    "条例说中小企业依据国务院批准的中小企业划分标准确定。那么对于制造业企业，营业收入或者从业人员在多少以下才算"
    "中型企业？我们有会员企业拿不准自己是否算中小企业。",
    ["营业收入", "从业人员"],
    "Articles 3 and 29 of the SME payment regulations refer to the State Council-approved classification "
    "standard, a self-test platform and a dispute procedure, but give no thresholds.",
    lang="zh", present=["中小企业划分标准", "企业规模类型测试平台"])

# ----------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "Before the 2025 revision, what payment deadline did the original 2020 SME payment regulations (State "
    "Council Decree No. 728) set for large enterprises, and what exactly did Decree No. 802 change in "
    "that article?",
    ["修订前", "原条例", "No. 728"],
    "The corpus holds only the 2025 revised text; its heading names Decree No. 728 of 2020 but the "
    "original wording is not reproduced anywhere.",
    lang="en", present=["第728号", "第802号"])

unans("superseded",
    "The draft of the Private Economy Promotion Law that was published for public comment in 2024 — did "
    "it already contain the article forbidding governments to breach contracts because of personnel "
    "changes, or was that added only in the final version?",
    ["草案", "征求意见稿", "draft"],
    "Only the adopted law (30 April 2025) is in the corpus; no draft text or drafting history is given.",
    lang="en", present=["相关人员更替"])

unans("superseded",
    "国资委2018年印发的《中央企业合规管理指引（试行）》对首席合规官是怎么规定的？和2022年的《中央企业合规管理办法》"
    "相比有哪些变化？",
    ["合规管理指引", "试行", "2018"],
    "Only the 2022 Measures (SASAC Order No. 42) are in the corpus; the earlier trial guidelines are "
    "neither quoted nor described.",
    lang="zh", present=["首席合规官"])

unans("superseded",
    "Before the Public Official Sanctions Law took effect in 2020, the 2007 Regulations on the Punishment "
    "of Civil Servants of Administrative Organs governed this area. What sanction periods did those 2007 "
    "regulations set, and were they the same as today's?",
    ["行政机关公务员处分条例", "2007"],
    "Only the 2020 law is in the corpus (Article 8 sets its periods); the earlier regulations are not "
    "reproduced or described.",
    lang="en", present=["政务处分的期间"])

# ----------------------------------------------------------------------------- unanswerable: out of domain

unans("out_of_domain",
    "For a member company whose employees sign three-year labour contracts, what is the longest probation "
    "period the company may set, and may it pay a lower salary during probation?",
    ["试用期", "probation"],
    "Labour-contract rules are outside the seven documents (the Private Economy Promotion Law only "
    "mentions compliance with labour laws in general).",
    lang="en", present=["劳动用工"])

unans("out_of_domain",
    "What corporate income tax rate applies to a wholly foreign-owned company that qualifies as a "
    "high-tech enterprise, and does it have to obtain government approval for the reduced rate every year?",
    ["企业所得税", "income tax", "高新技术企业"],
    "Tax rates and incentives are not covered by any of the documents.",
    lang="en", present=["减税降费"])

unans("out_of_domain",
    "One of our members wants to terminate its office lease contract early. How much notice does it have "
    "to give the landlord, and is the deposit payment refundable if the company leaves before the term ends?",
    ["租赁", "lease", "押金"],
    "Commercial tenancy is outside all seven documents.",
    lang="en")
