"""Hard-case gold items, hundred-and-sixty-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: in-house counsel at a US multinational with China operations and an FCPA mindset. Writes
crisp American legal English (gifts, hospitality, per-diem, facilitation payments, dollar
thresholds, officials' relatives, third-party agents, comparisons with US practice), often framed
around a policy matrix, a memo or a counterparty; sometimes assumes a Chinese rule has an
FCPA-like feature (a de minimis threshold, a facilitation-payment exception) that it does not.
About three quarters of the questions are in English; the Chinese ones are pasted in from a local
colleague, in the colleague's own words.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "Officials in one of our host cities say the incentive agreement signed under the prior administration "
    "\"doesn't bind the new team.\" Under the NDRC integrity notice, does nonperformance because of a "
    "personnel change get a pass?",
    "No. The NDRC notice (II.(2)) says failure to perform due to institutional adjustments, personnel changes "
    "and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "due to institutional adjustments, personnel changes, and other reasons")],
    lang="en")

add("single",
    "What's actually in NDRC's \"toolbox\" for a prefecture-level city that ends up with a government "
    "dishonesty record? Trying to gauge how much leverage a complaint really gives us.",
    "Per III.(4), for prefecture-level and above cities with government dishonesty records NDRC will cancel "
    "their eligibility for awards and pilot demonstrations in the development and reform system, increase the "
    "weight of city credit monitoring deductions, and cancel the title or eligibility for social credit "
    "demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations in the development")],
    lang="en")

add("single",
    "We're benchmarking the Guangzhou government-business Guidelines against our G&H policy. How many fact "
    "scenarios do the two batches cover, and does the drafter hold them out as exhaustive?",
    "The two batches cover 33 scenarios, and the drafter says they cannot encompass all situations (¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "Who actually issued the Guangzhou Guidelines on government-business interactions? Is this a municipal "
    "discipline body's document or just industry-association soft guidance?",
    "They were issued by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, in two "
    "batches over two consecutive years (¶7); the association only hosted the lecture.",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")],
    lang="en")

add("single",
    "同事问一下：央企合规办法有没有明确要求央企针对反商业贿赂单独出制度？我们在跟一家央企谈合资，想知道对方内部应该有哪些制度。",
    "有。《中央企业合规管理办法》第十八条要求中央企业针对反垄断、反商业贿赂等重点领域，以及合规风险较高的业务，制定合规管理具体制度或者专项指南。",
    ["反商业贿赂", "制定合规管理具体制度或者专项指南"],
    [E(SOE, "第十八条", "针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域")],
    lang="zh")

add("single",
    "当地街道办让我们公司“赞助”一笔钱给他们办活动，说辖区企业都要出，这个我们能拒绝吗？",
    "可以拒绝。《优化营商环境条例》第十四条禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体有权拒绝任何形式的摊派。",
    ["市场主体有权拒绝任何形式的摊派", "提供财力、物力或者人力的摊派行为"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为")],
    lang="zh")

add("single",
    "我们在华子公司按规定算大型企业，跟中小供应商的合同里没写逾期利息，如果付款晚了，利息按多少算？",
    "《保障中小企业款项支付条例》第十七条：迟延支付应当支付逾期利息；未作约定的，按照每日利率万分之五支付。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "如果某个公职人员默许他家里人借他的职务影响做生意捞好处，政务处分法怎么处理他本人？",
    "《政务处分法》第三十三条第一款第三项：纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["默许特定关系人利用本人职权或者职务上的影响谋取私利", "情节严重的，予以开除"],
    [E(PS, "第三十三条", "纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的")],
    lang="zh")

# ---- multi

add("multi",
    "For our JV diligence on a central SOE partner: who typically serves as the SOE's Chief Compliance Officer, "
    "and does the CCO have to personally sign off on major decisions?",
    "Under the SASAC Measures the CCO is concurrently the general counsel, with no new leadership post created, "
    "and reports to the principal responsible person (Art. 12); compliance review opinions on major decisions "
    "must be signed by the CCO (Art. 21).",
    ["由总法律顾问兼任", "由首席合规官签字"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="en")

add("multi",
    "Our local distributor, a Chinese-owned small business, supplies a state-owned customer that is sitting on "
    "its invoices, citing (a) a change in its legal representative and (b) that it's waiting on the final "
    "accounts audit. The contract says nothing about audits. Is either a valid reason to hold payment?",
    "No. The SME Payment Regulations (Art. 14) bar refusing or delaying payment because of a change of legal "
    "representative or principal responsible person, or, where the contract is silent, because of waiting for "
    "a final accounts audit; the Private Economy Promotion Law (Art. 67) likewise bars state organs, public "
    "institutions and SOEs from refusing or delaying payment on grounds of personnel changes or waiting for a "
    "final accounts audit.",
    ["法定代表人或者主要负责人变更", "以人员变更", "决算审计"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由")],
    lang="en")

add("multi",
    "Does the 2025 Private Economy Promotion Law add anything to the 2019 Business Environment Regulations on "
    "local governments reneging on commitments after a leadership turnover, or is it the same rule restated?",
    "Essentially the same rule. Both bar local governments from breaching on grounds of administrative "
    "re-division, a change of government term, institutional or functional adjustment, or turnover of "
    "personnel (PE Art. 70; BE Art. 31), and both require that any change in the public interest follow "
    "statutory authority and procedure with compensation for the losses.",
    ["政府换届", "相关人员更替", "相关责任人更替", "予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "How long does a \"serious demerit\" sanction run for a PRC public official? We're deciding whether a "
    "former official who got one can consult for us.",
    "Under Art. 8 of the Public Official Sanctions Law, the period for a serious demerit (记大过) is eighteen "
    "months, counted from the date the sanction decision takes effect.",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="en")

add("cross_lingual",
    "Our China subsidiary is a small-enterprise supplier to a public hospital. What payment deadline does the "
    "hospital have to meet, and can its standard terms push that out to 90 days?",
    "A public institution must pay within 30 days of delivery; a contract may provide otherwise but the payment "
    "term may not exceed 60 days, so 90 days is not allowed (SME Payment Regulations Art. 9).",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")],
    lang="en")

add("cross_lingual",
    "Does the Private Economy Promotion Law itself prohibit private companies from paying bribes? I'd like a "
    "statutory hook for the anti-corruption reps in our China JV agreement.",
    "Yes. Art. 36 requires private economic organizations to comply with laws and regulations and provides that "
    "they must not seek improper benefits through bribery, fraud or similar means.",
    ["不得通过贿赂和欺诈等手段牟取不正当利益"],
    [E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")],
    lang="en")

# ---- paraphrase

add("paraphrase",
    "Gray-zone question: when a dealing with local officials isn't one of the listed fact patterns, what's the "
    "Guangzhou drafter's rule of thumb? Something like our \"would you be comfortable seeing it on the front "
    "page\" test?",
    "The drafter says the core is to distinguish acting for the public good from acting for personal gain, and "
    "the key is whether the actions can be \"put on the table\" (¶10).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "Say a city gets blacklisted for stiffing a contractor. Is there a way back off the list once it pays up, "
    "and whose say-so does that take?",
    "Yes: under the NDRC notice (III.(6)), once the identifying department confirms that the dishonest behavior "
    "has been corrected and performance completed, the dishonesty records should be promptly restored and the "
    "punishment measures terminated; credit leading departments coordinate the restoration.",
    ["corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")],
    lang="en")

# ---- false_premise

unans("false_premise",
      "Quick sanity check for our gifts & hospitality matrix: the PRC Sanctions Law treats gifts to officials "
      "under RMB 200 as ordinary courtesy and exempts them, correct? If so we'll set our pre-approval threshold "
      "there.",
      ["RMB 200", "200元"],
      "The Public Official Sanctions Law sets no monetary threshold for gifts: Art. 34 sanctions accepting (and "
      "giving) gifts, cash gifts, securities and other property that may affect the impartial exercise of public "
      "power, without any de minimis amount. The premise of an RMB 200 exemption has no basis in the documents.",
      lang="en", present=["可能影响公正行使公权力"],
      related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")])

unans("false_premise",
      "Since Chinese law, like the FCPA, carves out facilitation payments for routine governmental action, can "
      "our customs broker keep handing small cash amounts to the clearance staff to speed things up?",
      ["facilitation payment", "routine governmental action"],
      "No document contains a facilitation-payment exception. The Private Economy Promotion Law (Art. 36) bars "
      "seeking improper benefits by bribery, and the Public Official Sanctions Law sanctions officials who "
      "deliberately obstruct and exact favours in management and service activities (Art. 38) and who accept "
      "property that may affect the impartial exercise of power (Art. 34).",
      lang="en", present=["吃拿卡要", "贿赂"],
      related=[E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的"),
               E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")])

unans("false_premise",
      "Why did the 2025 SME payment regulation give government agencies a 45-day payment deadline when large "
      "companies get 60?",
      ["45-day", "45日", "45 days"],
      "The SME Payment Regulations (Art. 9) give organs and public institutions 30 days from delivery (a "
      "contract may extend it to at most 60 days); large enterprises get 60 days. There is no 45-day deadline, "
      "so the why-question rests on a wrong figure.",
      lang="en", present=["30日内支付款项"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "An official we're vetting got a warning (警告) last year. Since a warning runs 12 months, he's still inside "
      "the sanction period and can't be promoted yet, right?",
      ["警告，十二个月", "12 months"],
      "Under the Public Official Sanctions Law Art. 8 a warning runs six months, not twelve (twelve months is the "
      "period for a demerit, 记过). Whether this official is still inside the period depends on facts not in the "
      "documents, and the question's premise about the period is wrong.",
      lang="en", present=["警告，六个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
      "Our China team's memo says: \"Under NDRC Notice No. 1103, complaints about a local government breaching "
      "its contract go to MOFCOM's hotline.\" Is that the right channel for our plant's dispute?",
      ["MOFCOM", "Ministry of Commerce"],
      "The NDRC notice (II.(1)) has provincial credit leading departments receive complaints through credit "
      "websites, the State Council's Internet + Supervision platform, MIIT's platform for breach of contract and "
      "arrears to SMEs, local 12345 hotlines, business-environment complaint platforms and petition departments; "
      "MOFCOM is not mentioned.",
      lang="en", present=["12345", "Ministry of Industry and Information Technology"],
      related=[E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint")])

unans("false_premise",
      "同事转来的：央企合规办法是2023年1月1日起施行的，那我们2022年底跟央企签的合作协议，对方的合规审查是不是还不受这个办法约束？",
      ["2023年1月1日"],
      "《中央企业合规管理办法》第四十二条规定自2022年10月1日起施行，不是2023年1月1日；问题以错误的施行日期为前提，且办法也未就具体协议签订时间的适用作出规定。",
      lang="zh", present=["2022年10月1日"],
      related=[E(SOE, "第四十二条", "本办法自2022年10月1日起施行")])

unans("false_premise",
      "The Guangzhou write-up says the GBA Integrity and Compliance Association was established in 2019 by the "
      "Municipal Public Security Bureau, so is it effectively a law-enforcement body we should treat as a "
      "government counterparty?",
      ["established in 2019"],
      "The report (¶32) says the association was established in 2021 (¶41: April 16, 2021) and is a non-profit "
      "social organization jointly promoted by the Municipal Commission for Discipline Inspection and "
      "Supervision, the Municipal SASAC and the Municipal Federation of Industry and Commerce; the Public "
      "Security Bureau only sent attendees to the lecture (¶3).",
      lang="en", present=["established in 2021", "April 16, 2021"],
      related=[E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021")])

# ---- not_covered

unans("not_covered",
      "What's the per-diem cap for meals and lodging when we host Chinese officials for a plant site visit? "
      "Need a number for our T&E policy.",
      ["per-diem", "per diem"],
      "The Public Official Sanctions Law (Art. 35) sanctions exceeding standards in official reception and "
      "related matters, and Art. 34 covers hospitality that may affect impartiality, but no document sets any "
      "per-diem amount or meal/lodging cap.",
      lang="en", present=["公务接待"])

unans("not_covered",
      "去年全国一共有多少公职人员因为收受礼金受到政务处分？有没有统计数字？",
      ["人次", "统计数字"],
      "政务处分法只规定收受礼金等的处分（第三十四条），文档中没有任何关于受处分人数的统计数据。",
      lang="zh", present=["礼金"])

unans("not_covered",
      "Do the SASAC compliance measures require central SOEs to run third-party due diligence on sales agents "
      "and intermediaries before engaging them?",
      ["third-party due diligence", "中介机构尽职调查"],
      "The SASAC Measures require specific rules or guidelines for key areas such as anti-commercial bribery "
      "(Art. 18) and compliance review in business processes (Arts. 21, 34), but say nothing about due "
      "diligence on agents or intermediaries.",
      lang="en", present=["反商业贿赂"])

unans("not_covered",
      "政务处分决定书有没有统一的格式模板？在哪里可以下载？",
      ["模板", "下载"],
      "政务处分法第四十五条只规定决定书应当载明的事项和盖章要求，没有提供格式模板或下载渠道。",
      lang="zh", present=["政务处分决定书"])

unans("not_covered",
      "Is there a filing fee for an SME to lodge a non-payment complaint with the provincial complaint "
      "department, and how much is it?",
      ["filing fee", "投诉费"],
      "The SME Payment Regulations (Arts. 24-25) set up complaint channels, transfer within 10 working days and "
      "a 30-day handling period (up to 90), but say nothing about any complaint fee.",
      lang="en", present=["受理投诉部门"])

unans("not_covered",
      "What's the fine range a company faces for commercial bribery under the Anti-Unfair Competition Law? "
      "Want to compare it with FCPA corporate exposure.",
      ["Anti-Unfair Competition Law", "反不正当竞争法"],
      "None of the seven documents is the Anti-Unfair Competition Law or states fines for commercial bribery; "
      "the Private Economy Promotion Law only mentions anti-unfair-competition enforcement agencies (Art. 15) "
      "and bars bribery (Art. 36) without amounts.",
      lang="en", present=["反不正当竞争执法机构"])

# ---- out_of_domain

unans("out_of_domain",
      "What's the statute of limitations for a DOJ criminal action under the FCPA anti-bribery provisions?",
      ["FCPA", "statute of limitations"],
      "A US-law question; none of the seven Chinese policy documents addresses the FCPA.",
      lang="en")

unans("out_of_domain",
      "Under section 7 of the UK Bribery Act, what does a company need to show for the adequate procedures "
      "defence?",
      ["Bribery Act", "adequate procedures"],
      "A UK-law question; nothing in the seven documents concerns the UK Bribery Act.",
      lang="en")

unans("out_of_domain",
      "Does OFAC's 50 percent rule apply to an entity owned 25% each by two SDNs?",
      ["OFAC", "SDN"],
      "A US sanctions question unrelated to the seven documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "2020年国务院令第728号公布的那版《保障中小企业款项支付条例》（修订前的原条例），机关、事业单位的付款期限是怎么规定的？",
      ["修订前", "原条例"],
      "语料只收录2025年3月17日国务院令第802号修订后的条例（2025年6月1日起施行）；2020年原条例的条文不在文档中，无法据此回答修订前的规定。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "2018年那份《中央企业合规管理指引（试行）》里，对合规委员会和合规管理负责人是怎么规定的？",
      ["合规管理指引", "2018"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》，2018年的试行指引不在文档中。",
      lang="zh", present=["第42号"])

unans("superseded",
      "Under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, what was the "
      "sanction for accepting gifts? We have a legacy matter from 2018.",
      ["2007", "Civil Servants of Administrative Organs"],
      "The corpus holds only the 2020 Public Official Sanctions Law (effective 2020-07-01); the 2007 "
      "regulations are not among the documents.",
      lang="en", present=["2020年7月1日"])

unans("superseded",
      "What did the October 2024 draft for comment of the Private Economy Promotion Law say about late payment "
      "to private companies, before the final text was adopted?",
      ["draft for comment", "草案"],
      "Only the adopted law (passed 2025-04-30, effective 2025-05-20) is in the corpus; no draft version is held.",
      lang="en", present=["2025年4月30日"])
