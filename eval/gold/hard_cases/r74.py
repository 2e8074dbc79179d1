"""Hard-case gold items, seventy-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an English-speaking operations manager at a German-owned auto-parts supplier in Tianjin that
sells to state-owned carmakers and deals with the local development zone; writes plain business
English about payment terms, acceptance, deposits, complaints, changes of local leaders and promised
subsidies, and sometimes assumes EU rules apply.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "Our state-owned carmaker customer has started paying us only with six-month commercial acceptance "
    "drafts instead of bank transfer, and basically says take it or leave it. Are they allowed to force that on us?",
    "No. Under Article 11 of the SME payment regulation, paying by commercial bills or electronic receivable "
    "vouchers must be clearly and reasonably agreed in the contract; the buyer may not force the SME to accept "
    "such non-cash payment, nor use it to extend the payment term in disguise.",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "应当在合同中作出明确、合理约定"),
     E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="en")

add("single",
    "Contract says we get paid once their incoming inspection passes, and gives them 15 days to inspect. "
    "Two months later they still haven't done the inspection. When does our payment period actually start?",
    "Article 10 of the SME payment regulation: if the buyer delays inspection or acceptance, the payment period "
    "runs from the day the agreed inspection/acceptance period expires (here, day 15), not from a later inspection.",
    ["付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="en")

add("single",
    "We want to borrow from our bank against what the carmaker owes us, but their finance team keeps "
    "stalling on confirming the amounts. Is there a deadline for them to confirm?",
    "Yes. Article 16 of the SME payment regulation: when an SME finances with its receivables, the buyer must "
    "confirm the debt relationship within 30 days from the SME's request for confirmation.",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="en")

add("single",
    "The customer wants a cash deposit from us as performance security on the new tooling order. "
    "Can we give them a bank guarantee instead, or can they insist on cash?",
    "Article 13 of the SME payment regulation: government bodies and large enterprises may not require the "
    "deposit to be in cash, and must accept a guarantee letter issued by a financial institution.",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。")],
    lang="en")

add("single",
    "The zone signed an investment agreement with us, but since the new zone director came in they have "
    "stopped performing it - their excuse is that the team has changed. Does the NDRC treat that as the "
    "government breaking its word?",
    "Yes. Section II.(2) of the NDRC notice says failure to perform because of institutional adjustments, "
    "personnel changes and similar reasons is all regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Our deal with the development zone ties the subsidy to annual output targets, and we missed them this "
    "year because a carmaker cut its call-offs. Do those Guangzhou government-business guidelines give "
    "companies any leeway in a case like this?",
    "According to the report on the second batch of the Guangzhou Guidelines, if an enterprise fails to complete "
    "its targets for objective reasons it can negotiate adjustments and enjoy a grace period (these are "
    "Guangzhou guidelines, not Tianjin rules).",
    ["negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

add("single",
    "Once I file a complaint about the carmaker's overdue invoices, how long before somebody actually "
    "comes back to me with an answer?",
    "Article 25 of the SME payment regulation: the receiving department forwards the complaint within 10 working "
    "days; the handling department must reach a result within 30 days of receiving the materials and reply in "
    "writing, extendable in complex cases but to no more than 90 days.",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="en")

add("single",
    "If I keep chasing their purchasing people for the money, or report them, and they start threatening "
    "to punish us for it, is there any rule against that?",
    "Yes. Article 20 of the SME payment regulation forbids government bodies, large enterprises and their staff "
    "from intimidating or retaliating in any form against an SME or its staff for requesting payment or complaining.",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "Our frame contract with a big state-owned carmaker doesn't say when they have to pay, and they paid "
    "us 100 days after delivery. Can we charge late interest, and at what rate if the contract has no rate?",
    "Yes. With no agreed term, a large enterprise must pay within 60 days of delivery (SME payment regulation "
    "Art. 9); late payment carries overdue interest, and with no agreed rate it is 0.05% per day (万分之五) (Art. 17).",
    ["60日内支付款项", "应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("multi",
    "The zone's new management says the relocation subsidy the old committee promised us is off the table "
    "now that they're in charge. Is that allowed, and where can I complain about it?",
    "Not allowed: local governments must honour lawful policy promises and contracts and may not breach them "
    "citing a change of government or of the responsible officials (Business Environment Regulations Art. 31). "
    "Complaints can go through the breach-of-contract columns set up under NDRC notice II.(1): credit websites, "
    "the Internet + Supervision platform, local 12345 hotlines, business environment complaint platforms, etc.",
    ["政府换届", "相关责任人更替", "local 12345 government service hotlines"],
    [E(BE, "第三十一条", "地方各级人民政府及其有关部门应当履行向市场主体依法作出的政策承诺以及依法订立的各类合同"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints")],
    lang="en")

add("multi",
    "Our SOE customer says our payment is on hold because their legal representative just changed, and "
    "anyway they want to wait for the state audit office's audit before they settle. Is either of those a valid reason?",
    "Neither. Buyers may not refuse or delay paying an SME because the legal representative or principal has "
    "changed or because of internal payment procedures (SME payment regulation Art. 14), and state-owned large "
    "enterprises may not force the audit authority's results to be the basis of settlement unless a law or "
    "administrative regulation says so (Art. 12).",
    ["法定代表人或者主要负责人变更", "不得强制要求以审计机关的审计结果作为结算依据"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "Before signing the land deal, the development zone wants us to pay a cash 'investment performance "
    "deposit'. Are there any rules on what kinds of deposits the government can ask companies for?",
    "Under Article 25 of the Business Environment Regulations, deposits imposed on enterprises need a basis in "
    "law or administrative regulation or State Council approval, are managed by a public catalogue list, and none "
    "outside the list may be collected; bank guarantees are promoted in place of cash deposits.",
    ["涉企保证金", "目录清单之外的前述收费和保证金一律不得执行", "以金融机构保函替代现金缴纳涉企保证金"],
    [E(BE, "第二十五条", "设立政府性基金、涉企行政事业性收费、涉企保证金，应当有法律、行政法规依据或者经国务院批准"),
     E(BE, "第二十五条", "目录清单之外的前述收费和保证金一律不得执行"),
     E(BE, "第二十五条", "推广以金融机构保函替代现金缴纳涉企保证金")],
    lang="en")

add("cross_lingual",
    "Does China's new Private Economy Promotion Law actually cover a company like ours? We're a Chinese "
    "subsidiary, 100% owned by a German group.",
    "Probably not directly: Article 77 defines private economic organisations as entities set up in China that "
    "are controlled (by shareholding or actual control) by Chinese citizens; a wholly German-controlled company "
    "falls outside that definition. Where a private organisation involves foreign investment, foreign-investment "
    "laws also apply.",
    ["由中国公民控股或者实际控制", "同时适用外商投资法律法规"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

add("cross_lingual",
    "Is there anywhere public where I can see how much a big carmaker owes in overdue payments to small suppliers?",
    "Yes. Article 18 of the SME payment regulation requires large enterprises to include the number and amount "
    "of contracts overdue to SMEs in their annual report, published through the National Enterprise Credit "
    "Information Publicity System.",
    ["纳入企业年度报告", "国家企业信用信息公示系统"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "We're fighting with the customer over one shipment of brake calipers they say is bad, and now they're "
    "sitting on the money for every other shipment too. Can they just hold everything back like that?",
    "No. Article 15 of the SME payment regulation: where part of a transaction is disputed but that does not "
    "affect the rest, the undisputed part must still be paid on time.",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="en")

add("paraphrase",
    "If a city government keeps going back on what it agreed with companies, does the planning commission "
    "in Beijing actually make it pay for that, e.g. by cutting off money?",
    "Yes, per NDRC notice III.(4): for entities with dishonesty records the NDRC restricts central budget fund "
    "support, limits applications for local government special bonds and restricts financing project "
    "recommendations; cities with such records lose award and pilot eligibility and face larger credit-monitoring deductions.",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "In the EU big customers can't push payment terms past 60 days, and I understand China's SME payment "
    "regulation copies that cap for large companies. How do we enforce the 60-day maximum against our "
    "state-owned carmaker customer, who wants 90 days in the new contract?",
    ["EU", "Late Payment Directive", "欧盟"],
    "Art. 9 caps agreed terms at 60 days only for government bodies and public institutions; for large "
    "enterprises the 60-day default yields to the contract, which must set a reasonable term per industry "
    "practice. No EU rule or hard cap for large buyers appears in any document.",
    lang="en", present=["最长不得超过60日", "60日内支付款项"],
    related=[E(SME, "第九条", "合同另有约定的，从其约定，但应当按照行业规范、交易习惯合理约定付款期限并及时支付款项")])

unans("false_premise",
    "Article 13 of the SME payment regulation caps quality deposits at 3% of the contract price, right? "
    "Our carmaker customer holds back 5% of every invoice.",
    ["3%", "百分之三", "5%"],
    "Art. 13 only says the rate and method of deposits must comply with laws, administrative regulations and "
    "state rules (and lists the deposits allowed in construction); it sets no percentage.",
    lang="en", present=["保证金的收取比例"],
    related=[E(SME, "第十三条", "保证金的收取比例、方式应当符合法律、行政法规和国家有关规定")])

unans("false_premise",
    "Given that government bodies only have to publish their overdue payments to SMEs by 30 June each year, "
    "is it pointless to chase the development zone in May for last year's figures, or should we wait until July?",
    ["6月30日", "30 June", "June 30"],
    "Art. 18 sets the deadline as before 31 March each year (3月31日前), not 30 June; the premise is wrong.",
    lang="en", present=["3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "What penalties does the Ministry of Commerce's 2023 notice on improving the government integrity "
    "performance mechanism set out for cities that break their promises to private companies?",
    ["Ministry of Commerce", "商务部"],
    "The 2023 notice on the government integrity performance mechanism (No. 1103) was issued by the National "
    "Development and Reform Commission, not the Ministry of Commerce; its sanctions are in III.(4)-(5).",
    lang="en", present=["National Development and Reform Commission", "central budget funds"],
    related=[E(NDRC, "III.(4)", "our commission will restrict support from central budget funds")])

unans("false_premise",
    "The NDRC notice has the commission grading provincial credit departments every quarter on how they "
    "handle complaints; so if I complain about the zone in January, Tianjin will be assessed on it by the end of March?",
    ["quarterly", "every quarter", "季度"],
    "IV.(7) says the NDRC evaluates complaint handling etc. by spot checks and third-party surveys and "
    "'regularly' notifies provincial credit departments; no quarterly cycle or timing is stated.",
    lang="en", present=["regularly notifying"],
    related=[E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")])

unans("false_premise",
    "The Optimizing Business Environment Regulations say a local government that cancels a promised subsidy "
    "after a change of leadership must compensate the company twice the promised amount. The zone promised "
    "us RMB 2 million in instalments and paid half - do we claim 2 or 3 million?",
    ["twice", "double", "两倍", "双倍"],
    "Art. 31 forbids breaching promises because of a change of government or officials at all; only a change "
    "needed for national or public interest is allowed, and then losses are compensated according to law - "
    "there is no double compensation.",
    lang="en", present=["予以补偿"],
    related=[E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
             E(BE, "第三十一条", "并依法对市场主体因此受到的损失予以补偿")])

unans("false_premise",
    "Since the SME payment regulation has the local people's court decide arrears complaints within 30 days, "
    "should we file ours at the court in Binhai, where we are, or where the customer is registered?",
    ["Binhai", "滨海", "法院受理投诉"],
    "Under Arts. 24-25 complaints go to the provincial-level SME authority (受理投诉部门), which forwards them to a "
    "handling department of government; the 30-day limit is for that department, not a court. No court venue is discussed.",
    lang="en", present=["处理投诉部门", "人民法院"],
    related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
             E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "Is there a legal maximum number of days a customer can take to do incoming inspection on our parts "
    "before it counts as dragging its feet?",
    ["验收期限不得超过", "验收期限最长", "maximum inspection period"],
    "Art. 10 only requires the parties to agree a clear, reasonable inspection/acceptance period and defers to "
    "other rules; no maximum number of days is given anywhere.",
    lang="en", present=["验收期限"])

unans("not_covered",
    "Is there a fee for filing an overdue-payment complaint on the national complaint platform, and if so how much?",
    ["投诉费", "filing fee", "complaint fee"],
    "Art. 24 creates the national arrears complaint platform and Art. 25 the handling procedure; no document "
    "mentions any fee or its amount.",
    lang="en", present=["投诉平台"])

unans("not_covered",
    "Roughly what percentage of breach-of-contract complaints against local governments actually end up "
    "confirmed as government dishonesty under the NDRC mechanism?",
    ["percent", "百分之", "resolution rate"],
    "II.(1)-(2) describe how complaints are collected and verified; no document gives outcome statistics.",
    lang="en", present=["breach of contract and dishonesty"])

unans("not_covered",
    "What paperwork do I need to attach to an arrears complaint - invoices, delivery notes, the signed acceptance report?",
    ["invoice", "delivery note", "送货单"],
    "Art. 25 refers to 投诉材料 and requires a contractual relationship between complainant and respondent, but "
    "lists no required documents.",
    lang="en", present=["投诉材料"])

unans("not_covered",
    "If we sue our state-owned carmaker customer in Tianjin over eight months of late payment, how likely "
    "are we to win, and how long will the case take?",
    ["胜诉", "win", "Tianjin"],
    "PE Art. 68 only says courts should promptly accept, try and enforce SME arrears cases and may mediate; "
    "nothing predicts outcomes or durations.",
    lang="en", present=["人民法院"])

unans("not_covered",
    "If the development zone never fixes its broken promise, how many years does the dishonesty record stay "
    "on its credit file under the NDRC notice?",
    ["publicity period", "公示期限", "保存期限"],
    "III.(3) builds government credit records and III.(6) removes records once the behaviour is corrected; no "
    "retention or publicity period is stated.",
    lang="en", present=["credit restoration", "信用修复"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "Under the original 2020 version of the SME payment regulation (State Council Decree No. 728), what was "
    "the default late-payment interest rate when the contract said nothing?",
    ["修订前", "原条例", "2020 version"],
    "The corpus holds only the 2025 revised text (Decree No. 802); the 2020 Decree 728 wording is not in it, "
    "though its number appears in the title.",
    lang="en", present=["国务院令第728号"])

unans("superseded",
    "Did SASAC's 2018 trial compliance guidelines for central SOEs already require a chief compliance officer, "
    "or is that new?",
    ["试行", "2018"],
    "Only the 2022 Central SOE Compliance Measures (SASAC Order No. 42) are in the corpus, which require a chief "
    "compliance officer (Art. 12); the earlier 2018 trial guidelines are not.",
    lang="en", present=["首席合规官"])

unans("superseded",
    "In the draft of the Private Economy Promotion Law that was published for comment in late 2024, what did "
    "the article on government bodies paying their bills say?",
    ["草案", "征求意见稿", "draft"],
    "Only the law as adopted on 30 April 2025 is in the corpus (payment article: Art. 67); no draft text is.",
    lang="en", present=["民营经济促进法"])

unans("superseded",
    "In the 2019 consultation draft of the Regulations on Optimizing the Business Environment, how long was "
    "the minimum public comment period for new rules affecting companies?",
    ["征求意见稿", "consultation draft"],
    "Only the final regulation (State Council Decree No. 722) is in the corpus; its Art. 62 says generally not "
    "less than 30 days, but the draft's wording is not available.",
    lang="en", present=["不少于30日"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "How do we work out the severance payment if the company lets go a production worker in Tianjin who has "
    "been with us for six years on an open-ended contract?",
    ["severance", "经济补偿金", "劳动合同法"],
    "Labour-law severance is outside all seven documents (PE Art. 36 only says companies must obey labour laws).",
    lang="en")

unans("out_of_domain",
    "What VAT rate applies when we sell brake parts to a state-owned carmaker, and how soon after payment do "
    "we have to issue the tax invoice?",
    ["VAT", "增值税", "13%"],
    "Tax rates and invoicing deadlines are not covered by any document.",
    lang="en")

unans("out_of_domain",
    "Our German head office wants to ship us injection moulds under a loan contract. What customs duty does "
    "the government charge on moulds brought in temporarily, and do we get it back when they go home?",
    ["关税", "customs duty", "暂时进境"],
    "Customs duties and temporary-import rules are outside the documents (BE Art. 45 only speaks generally of "
    "simplifying customs clearance).",
    lang="en")
