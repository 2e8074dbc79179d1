"""Hard-case gold items, hundred-and-nineteenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a foreign correspondent fact-checking a Western news article about China's Private Economy
Promotion Law and related rules; quotes the article's claims (some accurate, some exaggerated or
invented) and asks whether the documents actually say so and where.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- single

add("single",
    "The piece we're checking says the NDRC's stated aim was to stop incoming officials from "
    "disowning the promises their predecessors made to businesses. Is that actually what the "
    "2023 notice says it is going after?",
    "Yes. Section I of the NDRC notice says the aim is to solve administrative dishonesty such as "
    "frequent policy changes and new officials ignoring previous commitments.",
    ["new officials ignoring previous commitments"],
    [E(NDRC, "I.", "focus on solving administrative dishonesty such as frequent policy changes"),
     E(NDRC, "I.", "new officials ignoring previous commitments")],
    lang="en")

add("single",
    "The article claims that cities with a record of government dishonesty can be stripped of "
    "their status as social-credit 'demonstration zones'. Can you find that in the NDRC notice?",
    "Yes. Item III.(4): for prefecture-level and above cities with government dishonesty records, "
    "the NDRC will cancel the title or eligibility for social credit demonstration zones (and "
    "cancel award/pilot eligibility, and weight city credit monitoring deductions more heavily).",
    ["cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

add("single",
    "One paragraph in the draft says a business can report a local government that broke a "
    "contract simply by ringing the local 12345 hotline. Is the hotline actually mentioned in "
    "the NDRC notice?",
    "Yes. Item II.(1) lists local 12345 government service hotlines among the channels provincial "
    "credit leading departments should rely on to set up breach-of-contract complaint columns.",
    ["local 12345 government service hotlines"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints")],
    lang="en")

add("single",
    "We wrote that Guangzhou's guidelines spell out 33 scenarios and that these are meant to "
    "cover every kind of contact between officials and firms. Is the number right, and is it "
    "presented as exhaustive?",
    "The number is right but the report says the list is not exhaustive: the 33 scenarios in the "
    "two batches cannot encompass all situations (¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "The article only says Guangzhou's 'scenario' guidelines on dealings between officials and "
    "businesses came from 'city authorities'. Which body actually put them out?",
    "The Guangzhou Municipal Commission for Discipline Inspection and Supervision, which has issued "
    "two batches of the Guidelines and Q&A on Government-Business Interactions in Typical Scenarios.",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision"],
    [E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")],
    lang="en")

add("single",
    "有篇外媒报道写道：“该法明令禁止警方用刑事手段插手商业纠纷。”民营经济促进法原文到底是怎么写的？在哪一条？",
    "第六十三条：禁止利用行政或者刑事手段违法干预经济纠纷，并要求办理案件严格区分经济纠纷与经济犯罪。"
    "注意原文禁止的是“违法干预”，并非一概排除刑事手段。",
    ["禁止利用行政或者刑事手段违法干预经济纠纷"],
    [E(PE, "第六十三条", "禁止利用行政或者刑事手段违法干预经济纠纷"),
     E(PE, "第六十三条", "办理案件应当严格区分经济纠纷与经济犯罪")],
    lang="zh")

add("single",
    "报道称“政府机关向中小企业采购后，必须在30天内付款”。条例真是这么规定的吗？合同里能不能约定更长的期限？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位应当自交付之日起30日内支付；合同另有约定的从其约定，"
    "但付款期限最长不得超过60日。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "文章里有一句：“按新规，官员收了商人送的礼金，最重可以被开除公职。”政务处分法里有对应的条款吗？",
    "有。政务处分法第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；"
    "情节较重的降级或者撤职；情节严重的，予以开除。",
    ["情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

# --------------------------------------------------------------------------- multi

add("multi",
    "一篇报道称，政府部门或者大企业拖欠中小企业货款，不但要付逾期利息，企业还可以到一个全国统一的平台投诉。"
    "请帮我核实：利息按什么标准算？投诉平台由谁来建？",
    "第十七条：迟延支付应当支付逾期利息，约定利率不得低于合同订立时1年期LPR，未约定的按每日万分之五；"
    "第二十四条：由国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台。",
    ["每日利率万分之五", "国家统一的拖欠中小企业款项投诉平台"],
    [E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台")],
    lang="zh")

add("multi",
    "The article contrasts Beijing and Guangzhou: the NDRC, it says, treats a government's failure "
    "to honour a deal after a personnel reshuffle as dishonesty, while Guangzhou's guidelines let "
    "a deal that falls through because policy changed be fixed or phased out. Do the two "
    "documents actually say these things?",
    "Broadly yes. NDRC item II.(2): failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty. The "
    "Guangzhou report (¶18) says that if an agreement cannot be fulfilled due to policy changes, "
    "procedures can be rectified or a transition period can be set.",
    ["personnel changes", "a transition period can be set"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
     E(GZ, "¶18", "if an agreement cannot be fulfilled due to policy changes"),
     E(GZ, "¶18", "procedures can be rectified or a transition period can be set")],
    lang="en")

add("multi",
    "报道说：“受到处分的官员在处分期内一律不得升职。”政务处分法里各种处分的处分期分别是多长？处分期内对晋升到底有什么限制？",
    "第八条：警告六个月，记过十二个月，记大过十八个月，降级、撤职二十四个月；第十九条：公务员等在处分期内不得晋升职务、"
    "职级、衔级和级别，被记过及以上的还不得晋升工资档次。",
    ["记过，十二个月", "不得晋升职务、职级、衔级和级别"],
    [E(PS, "第八条", "（一）警告，六个月；"),
     E(PS, "第八条", "（二）记过，十二个月"),
     E(PS, "第八条", "降级、撤职，二十四个月"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

# --------------------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "The article says: 'The law bars local governments from tearing up contracts with private "
    "firms just because a new leadership team has taken office.' Does the Chinese text of the "
    "Private Economy Promotion Law actually say that, and in which article?",
    "Yes. Article 70 says local governments must honour policy commitments and contracts and may not "
    "breach them on grounds such as administrative-division changes, a change of government (政府换届), "
    "institutional changes or personnel turnover; changes needed in the public interest require "
    "compensation.",
    ["政府换届", "违约、毁约"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")],
    lang="en")

add("cross_lingual",
    "'Entrepreneurs smeared online can now go to court to get the attacks stopped,' the article "
    "says. Is there a basis for that in the Private Economy Promotion Law?",
    "Yes. Article 59: no one may maliciously infringe the personality rights of private firms and "
    "their operators online by insult or defamation, and those maliciously harmed may apply to a "
    "people's court for an order requiring the infringer to stop.",
    ["向人民法院申请采取责令行为人停止有关行为的措施"],
    [E(PE, "第五十九条", "以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施")],
    lang="en")

add("cross_lingual",
    "We wrote that government agencies now have to publish, every year, how much they still owe "
    "small suppliers past the due date. Is there a deadline for that in the SME payment regulation?",
    "Yes. Article 18 of the regulation: government organs and public institutions must, before 31 "
    "March each year, publicly disclose the number and amount of contracts from the previous year "
    "still overdue to SMEs; large enterprises put this in their annual reports.",
    ["每年3月31日前"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")],
    lang="en")

# --------------------------------------------------------------------------- paraphrase

add("paraphrase",
    "有篇报道说，以后地方上不能再随便向私营老板伸手要钱要物、乱开罚单了。法律里真有这样的规定吗？",
    "有。民营经济促进法第六十一条第三款：任何单位不得违反法律、法规向民营经济组织收取费用，"
    "不得实施没有法律、法规依据的罚款，不得向民营经济组织摊派财物。",
    ["不得实施没有法律、法规依据的罚款", "不得向民营经济组织摊派财物"],
    [E(PE, "第六十一条", "任何单位不得违反法律、法规向民营经济组织收取费用"),
     E(PE, "第六十一条", "不得实施没有法律、法规依据的罚款，不得向民营经济组织摊派财物")],
    lang="zh")

add("paraphrase",
    "Is it true that under Guangzhou's new rules, a civil servant who courted an outside firm to "
    "set up in town won't automatically get the blame if the venture flops, so long as they did "
    "everything by the book?",
    "That is how the Guangzhou report describes the second batch of guidelines: if the process was "
    "carried out with due diligence and compliance, relevant personnel will not be held blindly "
    "accountable even if the project fails to meet expectations (¶18).",
    ["will not be held blindly accountable"],
    [E(GZ, "¶18", "the investment promotion process is carried out with due diligence"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
     E(GZ, "¶18", "even if the project fails to meet expectations")],
    lang="en")

# --------------------------------------------------------------------------- false_premise

unans("false_premise",
      "Why does the Private Economy Promotion Law put the State Administration for Market Regulation "
      "in overall charge of coordinating work to promote the private economy, rather than the NDRC?",
      ["State Administration for Market Regulation", "国家市场监督管理总局"],
      "False premise: Article 4 gives overall coordination to the State Council's development and "
      "reform department; market regulation departments appear only as handlers of fair-competition "
      "review reports (Art. 11).",
      lang="en", present=["国务院发展改革部门", "市场监督管理部门"],
      related=[E(PE, "第四条", "国务院发展改革部门负责统筹协调促进民营经济发展工作")])

unans("false_premise",
      "The article says the SME payment regulation lets a government agency stretch payment to a "
      "small supplier out to 90 days if the contract says so. Which article sets that 90-day cap?",
      ["付款期限最长不得超过90日", "90-day", "90 days"],
      "Wrong figure: Art. 9 says agencies pay within 30 days and a contract may extend this to at most "
      "60 days. The only 90-day figure is the maximum complaint-handling period in Art. 25.",
      lang="en", present=["最长不得超过60日", "90日"],
      related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "Our article describes the NDRC government-integrity notice as a 2024 document issued jointly "
      "with the Ministry of Finance. What does the Ministry of Finance take responsibility for under it?",
      ["Ministry of Finance"],
      "Wrong issuer and year: the notice (Development and Reform Finance [2023] No. 1103) is issued by "
      "the NDRC alone and dated August 5, 2023; no role for a finance ministry is mentioned.",
      lang="en", present=["1103", "Credit China"],
      related=[E(NDRC, "IV.(9)", "National Development and Reform Commission"),
               E(NDRC, "IV.(9)", "August 5, 2023")])

unans("false_premise",
      "既然政务处分法把记过的处分期定为二十四个月，那么一名在2025年初被记过的官员，最早要到哪一年才能重新晋升？",
      ["记过，二十四个月", "24 months"],
      "前提错误：第八条规定记过的处分期为十二个月，二十四个月是降级、撤职的处分期。",
      lang="zh", present=["记过，十二个月", "二十四个月"],
      related=[E(PS, "第八条", "（二）记过，十二个月"),
               E(PS, "第八条", "降级、撤职，二十四个月")])

unans("false_premise",
      "The law gives private firms priority over state-owned ones in government procurement; so can a "
      "procurement office now reserve certain tenders for private bidders only?",
      ["优先采购", "priority"],
      "False premise: Art. 14 requires public resource transactions to treat all economic organisations "
      "equally and not to restrict or exclude private firms; it grants no priority. BE Art. 13 likewise "
      "requires equal treatment.",
      lang="en", present=["平等对待", "政府采购"],
      related=[E(PE, "第十四条", "依法平等对待包括民营经济组织在内的各类经济组织"),
               E(PE, "第十四条", "招标投标、政府采购等公共资源交易不得有限制或者排斥民营经济组织的行为")])

unans("false_premise",
      "According to the article, the law makes the All-China Federation of Industry and Commerce the "
      "body that takes complaints about policies that skipped fair-competition review. How does a "
      "company file such a complaint with the federation?",
      ["All-China Federation", "全国工商联"],
      "Wrong body: Art. 11 says market regulation departments accept reports of policies violating the "
      "fair competition review system. The federation (工商业联合会) has a guidance role (Art. 7) and "
      "helps in payment-dispute mediation (Art. 69), not this complaint role.",
      lang="en", present=["工商业联合会", "公平竞争审查"],
      related=[E(PE, "第十一条", "市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报")])

unans("false_premise",
      "The article says the Private Economy Promotion Law only comes into force on 1 January 2026, "
      "right? I want to check what applies to disputes before then.",
      ["2026", "2026年1月1日"],
      "Wrong date: Art. 78 says the law took effect on 20 May 2025.",
      lang="en", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行")])

# --------------------------------------------------------------------------- not_covered

unans("not_covered",
      "When a local government changes a policy commitment in the public interest, the law says the "
      "firm gets compensated. Does it specify how the compensation is calculated, e.g. a percentage "
      "of the investment or a formula?",
      ["补偿标准", "compensation formula", "percentage"],
      "PE Art. 70 (and BE Art. 31) only require compensation for losses; Art. 61 says expropriation "
      "compensation must be fair and reasonable. No calculation method is given anywhere.",
      lang="en", present=["予以补偿", "公平、合理的补偿"])

unans("not_covered",
      "Since the NDRC notice came out, what share of complaints about governments breaking contracts "
      "with private firms have actually been resolved? The article quotes a figure and I need the source.",
      ["resolution rate", "resolved"],
      "The notice sets up complaint channels, identification and periodic evaluation (II.(1), II.(2), "
      "IV.(7)) but contains no outcome statistics.",
      lang="en", present=["complaints", "evaluate"])

unans("not_covered",
      "How much does a sole trader (个体工商户) have to pay the registration office in fees to convert "
      "into a company under the new law?",
      ["登记费", "registration fee"],
      "PE Art. 48 says individual businesses may voluntarily convert and registration and tax authorities "
      "provide guidance and convenience; no fee is stated.",
      lang="en", present=["个体工商户", "转型为企业"])

unans("not_covered",
      "The article says a blacklisted private company can get off the list by applying for credit "
      "repair. What documents or application form does it have to submit?",
      ["信用修复申请书", "application form"],
      "PE Art. 54 says firms that have corrected the conduct may apply for credit restoration, and NDRC "
      "III.(6) covers restoring government dishonesty records; neither lists required documents.",
      lang="en", present=["信用修复", "credit restoration"])

unans("not_covered",
      "My source, a small supplier, plans to sue a state-owned enterprise that has owed it money for a "
      "year. Given the new law, will it win?",
      ["胜诉", "win"],
      "PE Art. 67/68 and the SME regulation require timely payment and say courts should promptly accept "
      "and hear arrears cases, but nothing predicts a case outcome.",
      lang="en", present=["拖欠中小民营经济组织账款", "及时立案"])

unans("not_covered",
      "What is the maximum fine a large company faces for paying its small suppliers late, according "
      "to the law or the SME payment regulation?",
      ["maximum fine", "罚款数额", "fine"],
      "PE Art. 73 says large enterprises bear legal liability; SME Art. 17 sets late-payment interest, "
      "Art. 26 credit restrictions, Art. 34 handling by market regulation for disclosure failures. No "
      "fine amount is set.",
      lang="en", present=["依法承担法律责任", "逾期利息"])

# --------------------------------------------------------------------------- superseded

unans("superseded",
      "The article quotes the original 2020 version of the SME payment regulation (State Council Order "
      "No. 728). In that 2020 text, how many days did large companies have to pay small suppliers?",
      ["2020年版", "原条例", "State Council Order"],
      "The corpus holds only the 2025 revision (Order No. 802), whose Art. 9 gives large enterprises 60 "
      "days; the 2020 wording itself is not in the corpus, only the header mention of Order No. 728.",
      lang="en", present=["第728号", "第802号"])

unans("superseded",
      "The piece relies on the draft of the Private Economy Promotion Law released for public comment "
      "in late 2024. What did that draft say about officials who enforce the law outside their own "
      "jurisdiction?",
      ["草案", "征求意见稿", "draft"],
      "Only the adopted law (30 April 2025) is in the corpus; Art. 64 and Art. 72 cover cross-regional "
      "enforcement in the final text. No draft text is available.",
      lang="en", present=["异地执法"])

unans("superseded",
      "For background: what did SASAC's earlier trial guidelines on compliance management for central "
      "SOEs, from 2018, say about appointing a chief compliance officer?",
      ["合规管理指引", "试行", "2018"],
      "The corpus has only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42), whose "
      "Art. 12 covers the chief compliance officer; the 2018 trial guidelines are not included.",
      lang="en", present=["首席合规官"])

unans("superseded",
      "在政务处分法出台之前，2007年的《行政机关公务员处分条例》规定记过的处分期是多长？",
      ["行政机关公务员处分条例", "2007"],
      "语料只有2020年政务处分法（第八条记过十二个月），没有2007年的行政机关公务员处分条例。",
      lang="zh", present=["记过，十二个月"])

# --------------------------------------------------------------------------- out_of_domain

unans("out_of_domain",
      "Our Beijing bureau wants to end the contract of a local news assistant whose performance has been "
      "poor. How much severance does the company owe under Chinese labour law?",
      ["severance", "经济补偿金", "labour contract"],
      "Employment termination and severance are outside these documents (PE Art. 36 mentions labour law "
      "compliance only in general terms).",
      lang="en", present=["劳动用工"])

unans("out_of_domain",
      "Do I need a government-issued press card to interview officials in Guangzhou as a foreign "
      "journalist?",
      ["press card", "journalist", "interview"],
      "Press accreditation for foreign reporters is not covered by any of the documents.",
      lang="en")

unans("out_of_domain",
      "Our paper is paying a Chinese company for translation work. What VAT rate applies to the "
      "invoice, and does the payment need withholding tax?",
      ["VAT", "增值税", "withholding"],
      "Tax rates and withholding are outside the documents (BE Art. 46 covers tax service procedures "
      "only).",
      lang="en", present=["纳税服务"])
