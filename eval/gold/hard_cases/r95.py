"""Hard-case gold items, ninety-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an American in-house lawyer at a US manufacturer's Shanghai subsidiary; writes terse English
full of common-law jargon (indemnity, estoppel, liquidated damages, safe harbour, de minimis) and asks
how the Chinese documents handle government contracts, payments, gifts and compliance programmes.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- single

add("single",
    "District investment bureau stopped honouring our incentive agreement after a reorg and a new "
    "director came in; they say the old commitments died with the old org chart. Is that a valid "
    "excuse under the NDRC integrity notice, or still a breach?",
    "Not an excuse: item II.(2) of the NDRC notice says failure to perform due to institutional "
    "adjustments, personnel changes and other reasons is all regarded as breach of contract and dishonesty.",
    ["institutional adjustments, personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Our deal with the county is an industrial support package tied to the plant build-out, not a "
    "procurement award. In scope for the NDRC breach/dishonesty complaint columns, or procurement only?",
    "In scope: II.(1) defines breach of contract and dishonesty to include breach and repudiation of "
    "agreements signed by government departments in government procurement, bidding, investment "
    "promotion, government-social capital cooperation, industrial support, government investment and other fields.",
    ["investment promotion", "industrial support"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion,"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="en")

add("single",
    "Say the county gets tagged as dishonest and then cures, pays in full. Is the black mark "
    "permanent or is there a cure mechanism?",
    "There is a cure: under III.(6), once the identifying department confirms the dishonest behaviour "
    "has been corrected and performance completed, the dishonesty records are promptly restored and "
    "the punishment measures terminated.",
    ["corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "Our fact pattern (plant-opening ceremony with district officials) isn't one of the scenarios in "
    "the Guangzhou government-business interaction guidelines. What residual test do the drafters "
    "say to apply?",
    "Per the drafting committee member (¶10), the scenarios cannot cover every situation; the core is "
    "to distinguish 'acting for the public good' from 'acting for personal gain', the key being "
    "whether the actions can be 'put on the table'.",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "cannot encompass all situations"),
     E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "JV partner is a Guangzhou SOE; its managers won't sign off on the capex because a loss could "
    "land on them personally. Does the second batch of the Guangzhou guidelines give them any safe "
    "harbour if the project loses money on market risk?",
    "Yes, as reported (¶21): if an investment made with due diligence and through compliant "
    "decision-making procedures incurs losses due to objective factors such as market risks, the "
    "relevant personnel may be exempted from liability.",
    ["due diligence", "may be exempted from liability"],
    [E(GZ, "¶21", "an investment made with due diligence and through compliant decision-making"),
     E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

add("single",
    "我们是大型外资制造企业，想在和中小供应商的采购合同里加pay-when-paid条款：终端客户付款后我们再付。这样约定行吗？",
    "不行。《保障中小企业款项支付条例》第九条第二款规定，大型企业从中小企业采购，不得约定以收到第三方付款作为向中小企业"
    "支付款项的条件，或者按照第三方付款进度比例支付中小企业款项。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项")],
    lang="zh")

add("single",
    "合资方是央企，说要设首席合规官。这个CCO一般由谁兼任？要不要新增领导职数？",
    "《中央企业合规管理办法》第十二条：中央企业应结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第十二条", "对企业主要负责人负责，领导合规管理部门组织开展相关工作")],
    lang="zh")

add("single",
    "区里一个协会通知我们必须参加“诚信示范企业”达标评比，还要交评审费。这种要求有依据吗？能不交吗？",
    "《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、"
    "达标等活动，也不得借此向市场主体收费或者变相收费。",
    ["不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

# --------------------------------------------------------------------------- multi

add("multi",
    "What teeth does the NDRC notice actually have against a local government with a dishonesty "
    "record? Money, bonds, procurement? Both what NDRC itself does and what local departments do.",
    "NDRC itself (III.(4)) will restrict central budget fund support, limit applications for local "
    "government special bonds and restrict financing project recommendations (and strip cities of "
    "awards and pilot eligibility); local credit leading departments (III.(5)) should mobilise "
    "measures such as restricting government funding support, cancelling awards and restricting "
    "participation in government procurement.",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "restricting participation in government procurement"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(5)", "restricting government funding support"),
     E(NDRC, "III.(5)", "restricting participation in government procurement")],
    lang="en")

add("multi",
    "我们上海子公司按划型标准是中型企业，给区里一家事业单位供设备，合同写“验收合格后付款”。付款期限从哪天起算？合同能不能约定90天？",
    "第九条：机关、事业单位应自交付之日起30日内付款，合同另有约定从其约定，但最长不得超过60日，所以不能约定90天；"
    "第十条：约定以检验或验收合格为付款条件的，付款期限自检验或者验收合格之日起算（拖延验收的，自约定验收期限届满之日起算）。",
    ["付款期限最长不得超过60日", "付款期限应当自检验或者验收合格之日起算"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十条", "付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("multi",
    "我们是中型企业，给一家国有大型企业做工程，对方坚持以审计结果作为结算依据，不等审计就不结算。这合规吗？对方不改有什么后果？",
    "第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外；"
    "第三十三条第二款：国有大型企业无依据这样要求的，由其监管部门责令改正，拒不改正的对负有责任的国有企业管理人员依法给予处分。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的"),
     E(SME, "第三十三条", "由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

# --------------------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "New district party chief wants to walk away from the tax-rebate commitments his predecessor "
    "signed with us, citing the leadership change and a redistricting. Anything in the PRC business "
    "environment rules that estops them? And what if they plead public interest?",
    "Art. 31 of the Regulations on Optimizing the Business Environment: local governments must honour "
    "lawful policy commitments and contracts and may not breach them on grounds of administrative-division "
    "adjustment, change of government, institutional change or change of responsible persons; a change "
    "needed for national or public interest must follow statutory authority and procedure, with "
    "compensation for the losses.",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约", "依法对市场主体因此受到的损失予以补偿"],
    [E(BE, "第三十一条", "地方各级人民政府及其有关部门应当履行向市场主体依法作出的政策承诺以及依法订立的各类合同"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(BE, "第三十一条", "应当依照法定权限和程序进行，并依法对市场主体因此受到的损失予以补偿")],
    lang="en")

add("cross_lingual",
    "One of our SME vendors is factoring its receivables and the bank wants us to confirm the debt. "
    "Are we on a clock to sign the confirmation?",
    "Yes. Art. 16 of the SME Payment Regulations: where an SME finances with receivables, the large "
    "enterprise must confirm the debtor-creditor relationship within 30 days of the SME's request for confirmation.",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="en")

add("cross_lingual",
    "Sales wants to hand out prepaid gift cards to customs officers at Mid-Autumn. Park the FCPA "
    "analysis: what's the disciplinary exposure for the officers themselves under PRC law if they take them?",
    "Art. 34 of the Public Official Sanctions Law: accepting gifts, cash gifts, securities or other "
    "property that may affect the impartial exercise of public power draws a warning, demerit or major "
    "demerit; more serious cases demotion or removal; severe cases expulsion.",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的", "予以警告、记过或者记大过"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="en")

# --------------------------------------------------------------------------- paraphrase

add("paraphrase",
    "Does Beijing ever go public with the names of the worst local governments that stiff businesses, "
    "or is it all handled quietly?",
    "It goes public: IV.(9) of the NDRC notice has a batch of serious, repeated and much-complained-of "
    "dishonesty cases selected, publicised on the \"Credit China\" website and exposed through news "
    "media as a deterrent.",
    ["Expose a batch of typical cases", "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Expose a batch of typical cases"),
     E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "街道办打电话来，让我们“自愿”赞助一台晚会，还要派二十个员工过去帮忙。我们能直接说不吗？",
    "可以拒绝。《优化营商环境条例》第十四条第三款禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "市场主体有权拒绝任何形式的摊派。",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

# --------------------------------------------------------------------------- false_premise

unans("false_premise",
    "Given the SME Payment Regulations give government agencies 90 days from delivery to pay SME "
    "suppliers, can we start charging late interest on day 91?",
    ["90日内支付"],
    "False figure: art. 9 of the SME Payment Regulations gives agencies and public institutions 30 days "
    "from delivery, extendable by contract to at most 60 days; 90 days appears only as the outer limit "
    "for handling a complaint (art. 25).",
    lang="en", present=["30日内支付款项", "不得超过60日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
             E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "The NDRC government-integrity notice was a joint issuance with MOFCOM. Which of the two "
    "ministries' local offices takes our breach-of-contract complaint?",
    ["MOFCOM", "Ministry of Commerce"],
    "False issuing body: the notice (Development and Reform Finance [2023] No. 1103) is issued by the NDRC "
    "alone and addressed to provincial leading departments for social credit system construction, which "
    "run the complaint columns; no commerce ministry is involved.",
    lang="en", present=["Development and Reform Finance", "credit leading departments"],
    related=[E(NDRC, "II.(1)", "Provincial-level leading departments for social credit system construction"),
             E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints")])

unans("false_premise",
    "How do we get a copy of the quarterly compliance report our central SOE customer has to file "
    "with SASAC under the 2022 Measures? Want it as a diligence item.",
    ["季度", "quarterly"],
    "False frequency: the SASAC Measures have the board approve an annual compliance report (art. 8) and "
    "require prompt reporting of major compliance risk events to SASAC (art. 22); there is no quarterly "
    "filing, and nothing on giving counterparties a copy.",
    lang="en", present=["年度报告", "及时向国资委报告"],
    related=[E(SOE, "第八条", "审议批准合规管理基本制度、体系建设方案和年度报告等"),
             E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告")])

unans("false_premise",
    "Why does the Private Economy Promotion Law cap liquidated damages on government contracts at "
    "20% of contract value?",
    ["违约金", "20%", "liquidated damages"],
    "No such cap: the law (art. 70) bars local governments from breaching contracts on grounds such as "
    "a change of government and requires compensation when public interest forces a change; art. 73 "
    "provides for compensation of losses. No liquidated-damages figure appears anywhere.",
    lang="en", present=["违约、毁约", "依法予以赔偿"],
    related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
             E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")])

unans("false_premise",
    "Art. 68 of the Private Economy Promotion Law lets large companies make payment to SME suppliers "
    "conditional on receiving the end customer's money; so our back-to-back clause is safe?",
    ["pay-when-paid", "back-to-back"],
    "Contradicted: art. 68 says large enterprises may NOT make receipt of a third party's payment a "
    "condition of paying small and medium private economic organisations (SME Payment Regulations art. 9 likewise).",
    lang="en", present=["不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    related=[E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
             E(PE, "第六十八条", "大型企业向中小民营经济组织采购货物、工程、服务等，应当合理约定付款期限并及时支付账款")])

unans("false_premise",
    "Our customs contact got a demerit (jiguo) under the Public Official Sanctions Law. Sanction "
    "period is six months, so he's promotable again by summer, right?",
    ["记过，六个月"],
    "Wrong period: art. 8 sets six months for a warning but twelve months for a demerit, and art. 19 "
    "bars promotion of civil servants during the sanction period.",
    lang="en", present=["记过，十二个月", "警告，六个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"),
             E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

unans("false_premise",
    "Who at the Guangzhou Commerce Bureau should we ping about the government-business interaction "
    "guidelines it put out in two batches?",
    ["Commerce Bureau"],
    "Wrong issuing body: the report says the two batches of the Guidelines were issued by the Guangzhou "
    "Municipal Commission for Discipline Inspection and Supervision, not a commerce bureau.",
    lang="en", present=["Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision")])

# --------------------------------------------------------------------------- not_covered

unans("not_covered",
    "What's the filing fee for lodging an arrears complaint on MIIT's SME platform, and who bears it?",
    ["filing fee", "申诉费"],
    "The NDRC notice names MIIT's Registration (Complaint) Platform as a channel and the SME Payment "
    "Regulations set up a national complaint platform and handling deadlines, but no document mentions a fee.",
    lang="en", present=["Registration (Complaint) Platform", "投诉平台"])

unans("not_covered",
    "Board wants a number: what share of arrears complaints under the SME Payment Regulations end "
    "with the agency actually paying in full? Any success rate?",
    ["success rate", "成功率"],
    "The regulations set how complaints are transferred and answered (10 working days, 30 days, up to 90 "
    "days) but give no outcome statistics.",
    lang="en", present=["30日内形成处理结果"])

unans("not_covered",
    "What's the RMB de minimis for gifts to PRC officials? Below what value is a Mid-Autumn gift a "
    "non-issue under the Public Official Sanctions Law?",
    ["de minimis", "元以下"],
    "Art. 34 turns on whether the gift may affect the impartial exercise of public power and grades "
    "sanctions by seriousness; no monetary threshold appears in any document.",
    lang="en", present=["可能影响公正行使公权力的礼品"])

unans("not_covered",
    "We're suing a district government for repudiating our investment agreement. Odds we win?",
    ["胜诉", "win"],
    "The documents say governments must not breach contracts on grounds of a change of leadership and "
    "provide for compensation, but nothing predicts litigation outcomes.",
    lang="en", present=["违约毁约"])

unans("not_covered",
    "Under the SASAC compliance Measures, how many full-time compliance staff must a central SOE "
    "carry? Minimum headcount or ratio?",
    ["名专职", "headcount"],
    "Art. 14 only requires full-time compliance staff commensurate with the business scale, scope and "
    "risk level; no number or ratio is set.",
    lang="en", present=["专职合规管理人员"])

unans("not_covered",
    "Max inspection/acceptance period a buyer can stipulate before the payment clock starts under the "
    "SME Payment Regulations: 15 days? 30?",
    ["验收期限最长", "最长验收期限"],
    "Art. 10 requires the parties to agree a clear and reasonable inspection or acceptance period and "
    "starts the clock at its expiry if the buyer delays, but sets no maximum.",
    lang="en", present=["明确、合理的检验或者验收期限"])

# --------------------------------------------------------------------------- superseded

unans("superseded",
    "Before the 2025 revision, what did the original 2020 SME Payment Regulations (Decree 728) require "
    "on large-enterprise payment terms?",
    ["原条例", "修订前"],
    "Only the 2025 revised text (Decree 802) is in the corpus; the title mentions the 2020 Decree 728 "
    "promulgation, but its original wording is not reproduced.",
    lang="en", present=["第728号", "第802号"])

unans("superseded",
    "What did SASAC's 2018 trial Compliance Management Guidelines for central SOEs say about who "
    "leads compliance? Was there a CCO then?",
    ["2018", "指引（试行）"],
    "The corpus holds only the 2022 SASAC Measures (Order No. 42), which create the chief compliance "
    "officer; the 2018 trial guidelines are not included.",
    lang="en", present=["首席合规官"])

unans("superseded",
    "民营经济促进法草案征求意见稿里，关于政府拖欠民营企业账款的条款当时是怎么写的？",
    ["草案", "征求意见稿"],
    "The corpus has only the law as adopted on 30 April 2025 (arts. 67, 73 on arrears); no draft text.",
    lang="zh", present=["拖欠民营经济组织账款"])

unans("superseded",
    "Under the 2007 State Council regulations on disciplining civil servants of administrative "
    "organs, how long did a demotion stay on the record?",
    ["2007", "行政机关公务员处分条例"],
    "Only the 2020 Public Official Sanctions Law is in the corpus (demotion/removal: 24 months, art. 8); "
    "the earlier 2007 regulations are not.",
    lang="en", present=["降级、撤职，二十四个月"])

# --------------------------------------------------------------------------- out_of_domain

unans("out_of_domain",
    "Limitation period for our contract claim against a state-owned customer in a PRC court: two years "
    "or three?",
    ["诉讼时效", "statute of limitations"],
    "Civil limitation periods are not addressed; the documents mention only prosecution time limits in "
    "criminal matters (PE art. 63).",
    lang="en", present=["追诉期限"])

unans("out_of_domain",
    "Does the FCPA facilitating-payments exception cover a small cash payment to an official to speed "
    "up a routine customs clearance in Shanghai?",
    ["FCPA", "facilitating payment"],
    "US anti-bribery law is outside the corpus; the documents are PRC and Guangzhou texts.",
    lang="en", present=["贿赂"])

unans("out_of_domain",
    "Our company is firing a sales manager who paid an official. Do we owe statutory severance under "
    "PRC labour law, and how is it calculated?",
    ["经济补偿", "劳动合同法", "severance"],
    "Employment termination and severance are not covered by any of the seven documents.",
    lang="en", present=["劳动用工"])
