"""Hard-case gold items, hundred and twenty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a law student preparing a moot court problem on a private company's dispute with a county
government; writes mostly in English with legal vocabulary (estoppel, remedies, standing, burden of
proof, 'the statute', 'the instrument'), cites articles of the Private Economy Promotion Law and the
NDRC notice by number; false premises misstate a remedy, who bears a duty, a condition or which
instrument says it.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "Moot problem facts: after the county head was replaced, the county simply stopped performing its "
    "investment agreement with our client, pleading the personnel reshuffle. For the purposes of the NDRC "
    "notice (Development and Reform Finance [2023] No. 1103), is that non-performance excused, or is it "
    "still treated as a breach?",
    "Not excused: under item II.(2) of the notice, failure to perform due to institutional adjustments, "
    "personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Procedurally, once our client lodges a breach complaint with the provincial credit leading department, "
    "does that department itself decide whether the county acted in bad faith, or is the determination "
    "made by some other body under the NDRC notice?",
    "Elsewhere: under item II.(2) the provincial credit leading department transfers the complaint clues to "
    "the superior or competent departments of the complained entity for verification and identification; "
    "if true, that identifying department promotes rectification, and refusal to rectify is confirmed as "
    "breach of contract and dishonesty.",
    ["superior or competent departments of the complained entities", "verification and identification"],
    [E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract and dishonesty"),
     E(NDRC, "II.(2)", "superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "for verification and identification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed")],
    lang="en")

add("single",
    "Suppose the county pays in full midway through the proceedings. Under the NDRC notice, what has to "
    "happen before its dishonesty record is cleared and the punishment measures lifted?",
    "Under item III.(6), once the identifying department confirms that the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the "
    "punishment measures terminated.",
    ["corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "Once the identifying department confirms that the dishonest behavior"),
     E(NDRC, "III.(6)", "has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "As leverage for the moot: what funding-side consequences can the NDRC itself impose on an entity that "
    "carries a dishonesty record, per item (4) of the notice?",
    "Under item III.(4) the NDRC will restrict support from central budget funds, limit applications for "
    "local government special bonds and restrict recommendations for various financing projects.",
    ["central budget funds", "local government special bonds", "financing projects"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects")],
    lang="en")

add("single",
    "According to the report on the Guangzhou lecture, what does the second batch of the Guidelines say "
    "should happen when an investment agreement cannot be honoured because the policy itself changed?",
    "As described by Chen Lin in the report, the second batch provides that if an agreement cannot be "
    "fulfilled due to policy changes, procedures can be rectified or a transition period can be set.",
    ["procedures can be rectified", "a transition period can be set"],
    [E(GZ, "¶18", "if an agreement cannot be fulfilled due to policy changes"),
     E(GZ, "¶18", "procedures can be rectified or a transition period can be set")],
    lang="en")

add("single",
    "县政府说出于社会公共利益需要，要改变当初给我们公司的政策承诺。这种情况下公司因此受到的损失，法律上怎么处理？",
    "《民营经济促进法》第七十条第二款：因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行，"
    "并对民营经济组织因此受到的损失予以补偿。",
    ["依照法定权限和程序进行", "予以补偿"],
    [E(PE, "第七十条", "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")],
    lang="zh")

add("single",
    "县里的机关向我们这家小微企业采购服务，合同里能不能约定交付后90天再付款？",
    "不能。《保障中小企业款项支付条例》第九条：机关、事业单位应当自交付之日起30日内支付；合同另有约定的从其约定，"
    "但付款期限最长不得超过60日。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "县政府迟延付款，但合同里没约定逾期利息的利率，这个利息应该怎么算？",
    "《保障中小企业款项支付条例》第十七条：迟延支付的应当支付逾期利息；未作约定的，按照每日利率万分之五支付。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "县财政局以“还在等决算审计”为由一直不付我们的工程款，可合同里根本没有这种约定。这个理由站得住吗？如果他们就是拖着不付，"
    "法律上有什么后果？",
    "站不住：《民营经济促进法》第六十七条禁止在合同未作约定情况下以等待竣工验收批复、决算审计等为由拒绝或拖延支付；"
    "第七十三条规定由有权机关予以纠正，造成损失的依法予以赔偿，造成不良后果或影响的对负有责任的领导人员和直接责任人员依法给予处分。",
    ["决算审计", "依法予以赔偿", "依法给予处分"],
    [E(PE, "第六十七条", "在合同未作约定情况下以等待竣工验收批复、决算审计等为由，拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿"),
     E(PE, "第七十三条", "对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "Our client's contract with the county is a government-social capital cooperation (PPP) agreement. Does "
    "the NDRC notice's complaint mechanism even reach that kind of contract, and once a breach is confirmed, "
    "where does the record end up?",
    "Yes: item II.(1) defines the scope of breach to include agreements signed with private enterprises in "
    "government-social capital cooperation, among other fields. Under item III.(3) the identified breach "
    "information is shared in real time to the national credit information sharing platform and included "
    "by the NDRC to form government credit records.",
    ["government-social capital cooperation", "national credit information sharing platform",
     "government credit records"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation"),
     E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time"),
     E(NDRC, "III.(3)", "to the national credit information sharing platform"),
     E(NDRC, "III.(3)", "to form government credit records")],
    lang="en")

add("multi",
    "我们是被县政府拖欠账款的小型民营企业。除了打官司，《民营经济促进法》要求县政府怎么组织化解这类争议？法院对这类拖欠案件又应当怎么处理？",
    "第六十九条：县级以上地方人民政府对有争议的鼓励各方协商解决，对存在重大分歧的组织协商、调解，并发挥工商业联合会、律师协会等组织的作用；"
    "第六十八条第二款：人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，可以根据自愿和合法的原则进行调解。",
    ["组织协商、调解", "依法及时立案、审理、执行"],
    [E(PE, "第六十九条", "对有争议的鼓励各方协商解决，对存在重大分歧的组织协商、调解"),
     E(PE, "第六十九条", "协商、调解应当发挥工商业联合会、律师协会等组织的作用"),
     E(PE, "第六十八条", "人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行"),
     E(PE, "第六十八条", "可以根据自愿和合法的原则进行调解")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委那份关于完善政府诚信履约机制的通知，对那些失信严重、反复失信、群众投诉强烈的典型案例，打算怎么处理？",
    "通知第IV.(9)项：选取一批严重失信、反复失信和群众投诉强烈的案例，在“信用中国”网站公开，并通过新闻媒体向社会曝光，形成舆论震慑。",
    ["publicize them on the \"Credit China\" website", "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="zh")

add("cross_lingual",
    "If our client, a small enterprise, files an arrears complaint against a county agency, how long does "
    "the department handling the complaint have to reach an outcome, and can that period be extended?",
    "Under Article 25 of the SME Payment Regulation, the handling department must produce a result within "
    "30 days of receiving the complaint materials and reply in writing; in complex cases, with the department "
    "head's approval, it may be extended, but to no more than 90 days.",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="en")

add("cross_lingual",
    "If the county officials responsible are given a 'major demerit' as a governmental sanction, how long "
    "does the sanction period run, and from what date is it counted?",
    "Under Article 8 of the Law on Governmental Sanctions for Public Officials, a major demerit (记大过) runs "
    "eighteen months, counted from the date the sanction decision takes effect.",
    ["记大过，十八个月", "自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "我们担心一去催县里还钱，县里就会在别的事情上给我们穿小鞋、找麻烦。条例里有没有不许这样做的规定？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业"
    "及其工作人员进行恐吓、打击报复；第三十五条还规定了相应处分或处罚。",
    ["不得以任何形式", "恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "县里要我们先押一笔钱在他们账上才让开工，还非得直接打款，银行开出来的担保文件他们一概不认。这样做行吗？",
    "不行。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等"
    "提供保证的，应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "Since PEPL Article 70 entitles a private enterprise to treble damages when a county government reneges "
      "on a policy commitment after a change of leadership, how should we compute the multiplier: on the "
      "contract price or on the lost profits?",
      ["三倍", "treble"],
      "False remedy: Art. 70 forbids breach on grounds such as 政府换届 and, where a change is needed for the "
      "public interest, requires compensation (补偿) of losses; Art. 73 provides for 依法予以赔偿 of losses. "
      "No multiple damages anywhere; 惩罚性赔偿 appears only for IP infringement (PE Art. 33, BE Art. 15).",
      lang="en", present=["惩罚性赔偿", "政府换届"],
      related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
               E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")])

unans("false_premise",
      "Article 9 of the SME Payment Regulation gives a county agency 45 days from delivery to pay an SME "
      "supplier. Does that 45-day period run from delivery itself or from the date the supplier issues its invoice?",
      ["45日", "开票"],
      "Wrong figure: SME Art. 9 requires agencies and public institutions to pay within 30 days of delivery "
      "(contractual extension capped at 60 days); large enterprises get 60 days. Nothing ties the period to invoicing.",
      lang="en", present=["30日内支付款项"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "Under the NDRC notice it is the Ministry of Finance that publishes a county's breach-of-contract record on "
      "the 'Credit China' website. Within how many days of the identification must it do so?",
      ["Ministry of Finance", "days"],
      "Wrong party and invented deadline: the notice says the NDRC ('our commission') publicizes local complaint "
      "columns on Credit China (II.(1)) and that typical cases are publicized there (IV.(9)); the Ministry of "
      "Finance is not mentioned and no day count is set.",
      lang="en", present=["Credit China"],
      related=[E(NDRC, "II.(1)", "Our commission will publicize local complaint columns"),
               E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")])

unans("false_premise",
      "Given that Article 18 of the SME Payment Regulation requires government agencies to publish their overdue "
      "SME payments every quarter, can we rely on the county's latest quarterly disclosure as evidence of the arrears?",
      ["每季度", "quarterly", "季度"],
      "Wrong frequency: SME Art. 18 requires agencies and public institutions to publish, before 31 March each "
      "year, the number and amount of contracts with payments to SMEs overdue in the previous year; there is no "
      "quarterly disclosure.",
      lang="en", present=["3月31日前"],
      related=[E(SME, "第十八条", "应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
      "Under PEPL Article 67 the burden of proof is on the private company to show the county had an approved "
      "budget for the project before it can demand payment, right?",
      ["举证", "burden of proof"],
      "Wrong duty-bearer: Art. 67 places the duty to pay promptly on state organs, public institutions and SOEs; "
      "keeping procurement within the approved budget is the government's duty (PE Art. 69, SME Art. 8). No "
      "document allocates a burden of proof or makes payment conditional on the supplier proving the budget.",
      lang="en", present=["批准的预算"],
      related=[E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
               E(SME, "第八条", "应当严格按照批准的预算执行，不得无预算、超预算开展采购")])

unans("false_premise",
      "《保障中小企业款项支付条例》第十七条把逾期利息的约定利率上限定为1年期LPR；所以即使合同约定了更高的利率，我们也只能按LPR主张逾期利息吧？",
      ["上限", "不得高于"],
      "Inverted condition: SME Art. 17 sets a floor, not a cap: an agreed rate may not be lower than the 1-year "
      "LPR at the time of contracting; absent agreement, 0.05% per day.",
      lang="zh", present=["贷款市场报价利率"],
      related=[E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")])

unans("false_premise",
      "The Guangzhou Guidelines on government-business interactions were promulgated by the Guangzhou Municipal "
      "People's Government as binding administrative rules. Could a private company therefore invoke them against "
      "a county official in administrative litigation?",
      ["Municipal People's Government", "administrative litigation", "行政诉讼"],
      "Wrong issuing body: the report says the Guidelines (Guidelines and Q&A on Government-Business Interactions "
      "in Typical Scenarios) were issued in two batches by the Guangzhou Municipal Commission for Discipline "
      "Inspection and Supervision; nothing on their legal force or invocation in litigation.",
      lang="en", present=["Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
               E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "企业起诉县政府追讨拖欠的合同款，诉讼时效是几年？《民营经济促进法》或者《保障中小企业款项支付条例》对此有特别规定吗？",
      ["诉讼时效", "时效期间"],
      "PE Art. 63 mentions 追诉期限 only for criminal prosecution; PE Art. 68 requires courts to file and hear "
      "arrears cases promptly. No document sets a limitation period for civil or administrative claims.",
      lang="zh", present=["追诉期限"])

unans("not_covered",
      "Is there a filing fee for lodging an arrears complaint on the national SME arrears complaint platform, "
      "and if so how much is it?",
      ["filing fee", "投诉费", "受理费"],
      "SME Art. 24 establishes the national complaint platform and Art. 25 the handling deadlines; no fee for "
      "complaining is mentioned.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "For our skeleton argument: what proportion of breach-of-contract complaints against local governments "
      "have been verified as true since the NDRC notice took effect? Is there a published percentage?",
      ["percentage", "%", "百分比"],
      "NDRC II.(2) describes verification (true/untrue) and IV.(7) periodic evaluation and notification, but no "
      "outcome statistics are given in any document.",
      lang="en", present=["verified as true"])

unans("not_covered",
      "If the identifying department confirms the county as dishonest under the NDRC notice, what procedure and "
      "time limit does the county have to lodge an objection or appeal against that finding?",
      ["appeal", "objection", "异议期"],
      "NDRC II.(2) covers verification, rectification and confirmation, III.(6) credit restoration after "
      "correction; no objection or appeal procedure for the identified government entity. PE Art. 65 gives "
      "private organisations (not governments) routes to object to enforcement measures.",
      lang="en", present=["异议", "credit restoration"])

unans("not_covered",
      "On these facts (the county reneged on a written tax-rebate promise after the change of county leadership), "
      "will the tribunal accept our estoppel argument based on PEPL Article 70 and find for our client?",
      ["estoppel", "禁止反言", "胜诉"],
      "PE Art. 70 and BE Art. 31 forbid breaching policy commitments on grounds of a change of government; the "
      "documents say nothing about estoppel or how a tribunal would rule on particular facts.",
      lang="en", present=["政府换届"])

unans("not_covered",
      "分包商和县政府之间没有直接合同关系，它有没有原告资格直接起诉县政府索要工程款？",
      ["原告资格", "诉讼主体资格", "分包"],
      "SME Art. 25 requires a complainant to have a contract with the respondent, but that concerns administrative "
      "complaints; SME Art. 9 bars large enterprises from conditioning payment on third-party payment. Nothing on "
      "a subcontractor's standing to sue the government.",
      lang="zh", present=["存在合同关系"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "I need the original 2020 text of the SME Payment Regulation (State Council Order No. 728) as first "
      "promulgated, not the 2025 revision: what did that version provide on late-payment interest?",
      ["修订前", "原条例", "2020年版"],
      "The corpus holds only the 2025 revision (Order No. 802); the 2020 Order No. 728 is named in the title "
      "but its text is not included.",
      lang="en", present=["国务院令第728号"])

unans("superseded",
      "《民营经济促进法（草案）》2024年公开征求意见时，关于政府违约毁约的那一条是怎么写的？和最终通过的第七十条相比有什么不同？",
      ["草案", "征求意见稿", "二审稿"],
      "Only the law as adopted on 30 April 2025 is in the corpus (Art. 70); no draft text is included.",
      lang="zh", present=["第七十条"])

unans("superseded",
      "The county's SOE partner is a central enterprise. What did SASAC's 2018 Central Enterprise Compliance "
      "Management Guidelines (Trial) say about the chief compliance officer's role?",
      ["2018", "试行"],
      "The corpus has SASAC's 2022 Measures (Order No. 42), which set up the 首席合规官 (Art. 12); the earlier "
      "2018 trial guidelines are not included.",
      lang="en", present=["首席合规官"])

unans("superseded",
      "Under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long did a "
      "demerit sanction last for an official who caused the government to breach a contract?",
      ["公务员处分条例", "2007"],
      "The corpus has the 2020 Law on Governmental Sanctions (demerit: twelve months, Art. 8); the 2007 State "
      "Council regulations are not included.",
      lang="en", present=["记过，十二个月"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "Separate question for my clerkship at a law firm: how long a probation period may a company impose on a "
      "new employee hired under a three-year employment contract?",
      ["试用期", "probation", "劳动合同期限"],
      "Labour-contract law question; the documents only mention 劳动用工 compliance in general terms.",
      lang="en")

unans("out_of_domain",
      "公司给政府部门提供咨询服务，收款时开增值税专用发票，税率是多少？",
      ["增值税", "税率"],
      "Tax-rate question; BE Art. 46 mentions electronic invoices and tax services but no VAT rates.",
      lang="zh", present=["发票"])

unans("out_of_domain",
      "How many years must a company keep its accounting vouchers and payment records under China's accounting "
      "archives rules?",
      ["保管期限", "会计档案", "retention period"],
      "Accounting-archives question; PE Art. 40 requires sound financial management and accounting but says "
      "nothing about retention periods.",
      lang="en", present=["会计核算"])
