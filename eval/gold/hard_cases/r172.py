"""Hard-case gold items, hundred-and-seventy-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an audit intern at an international accounting firm, testing a client's compliance manual
and training deck against the source texts. Writes in a checklist voice, almost always in English
("Manual §4.2 states: '…'. Consistent with the source?", "Tick or cross: …", "Per the client's
training deck, …; please confirm and give the clause."), switching to Chinese only when the manual
line being tested is itself in Chinese. Quotes manual lines that are sometimes right and sometimes
subtly wrong (a figure, a date, who is responsible), and mixes in audit-working-paper questions on
sampling, thresholds, fees and statistics that the sources do not give, plus the odd audit-technical
question that has nothing to do with them.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "Manual §3.1 states: \"Where a government department fails to perform an agreement with a private "
    "enterprise because of institutional adjustments or personnel changes, this still counts as breach of "
    "contract and dishonesty.\" Consistent with the source? Pls give the para of the NDRC notice.",
    "Yes. Item (2) of section II of the NDRC notice (Development and Reform Finance [2023] No. 1103) says "
    "failure to perform due to institutional adjustments, personnel changes and other reasons shall all be "
    "regarded as breach of contract and dishonesty.",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("single",
    "Tick or cross: per the client's training deck, a prefecture-level (or higher) city that has a government "
    "dishonesty record loses its eligibility for awards and pilot demonstrations in the development and reform "
    "system. Please confirm and give the clause.",
    "Tick. Item (4) of the NDRC notice: for prefecture-level and above cities with government dishonesty "
    "records, the NDRC will cancel their eligibility for awards and pilot demonstrations in the development and "
    "reform system (and also raise the weight of city credit monitoring deductions and cancel social credit "
    "demonstration-zone titles).",
    ["prefecture-level and above cities", "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

add("single",
    "Manual §2.4 (Guangzhou section): \"The two batches of the Guangzhou Guidelines on government-business "
    "interactions cover 33 scenarios in total.\" Consistent with the source?",
    "Yes. The lecture hall report (¶10) says the 33 scenarios covered in the two batches of the Guidelines "
    "cannot encompass all situations.",
    ["33 scenarios", "two batches of the Guidelines"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "Per the client's training deck, slide 12: the Guangzhou Guidelines are written in a \"scenario + list + "
    "case\" format. Please confirm and give the paragraph of the lecture hall write-up.",
    "Confirmed. In ¶8, drafting committee member Wang Yuqun explains they introduced behavioural scenarios and "
    "typical cases on top of positive and negative lists, forming the \"scenario + list + case\" format adopted "
    "by both batches of the Guidelines.",
    ["scenario + list + case", "positive and negative lists"],
    [E(GZ, "¶8", "thus forming the ‘scenario + list + case’ format")],
    lang="en")

add("single",
    "Checklist item 7 - credit restoration. Manual wording: \"a government entity's dishonesty record is "
    "restored once the identifying department confirms the dishonest behaviour has been corrected and "
    "performance completed, and the punishment measures are then terminated.\" Tick or cross, with source ref.",
    "Tick. Item (6) of the NDRC notice: once the identifying department confirms that the dishonest behavior "
    "has been corrected and performance completed, the records should be promptly restored and dishonesty "
    "punishment measures terminated.",
    ["dishonest behavior has been corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed")],
    lang="en")

add("single",
    "客户手册第5.3条原文：“记大过的政务处分期间为十八个月。”与法条一致吗？请给出条款号。",
    "一致。《公职人员政务处分法》第八条规定政务处分的期间：警告六个月，记过十二个月，记大过十八个月，降级、撤职二十四个月；"
    "处分期自处分决定生效之日起计算。",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；")],
    lang="zh")

add("single",
    "手册原句：“首席合规官由总法律顾问兼任，对企业主要负责人负责。”核对出处，打勾或打叉。",
    "打勾。《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责。",
    ["由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "手册第4.2条：“机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息向社会公开。”"
    "是否与来源一致？请注明条款。",
    "一致。《保障中小企业款项支付条例》第十八条第一款：机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的"
    "合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。",
    ["每年3月31日前", "合同数量、金额"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"
                     "通过网站、报刊等便于公众知晓的方式公开。")],
    lang="zh")

# ---- multi

add("multi",
    "Manual §4.1, two lines to test: (a) \"Government agencies and public institutions buying from SMEs pay within "
    "30 days of delivery; a contract can agree otherwise but not beyond 60 days.\" (b) \"Where payment depends on "
    "inspection/acceptance, the clock starts on the date acceptance is passed.\" Consistent? Give clauses for both.",
    "Both consistent with the SME Payment Regulations. Art. 9: agencies/public institutions pay within 30 days "
    "from delivery; if the contract provides otherwise, the longest period is 60 days. Art. 10: where payment is "
    "conditional on inspection or acceptance, the payment period runs from the date inspection or acceptance is "
    "passed (and if the buyer delays inspection, from expiry of the agreed inspection period).",
    ["30日内支付款项", "最长不得超过60日", "自检验或者验收合格之日起算"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项；"
                   "合同另有约定的，从其约定，但付款期限最长不得超过60日。"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算")],
    lang="en")

add("multi",
    "手册第6.2条：“降级、撤职的政务处分期为二十四个月；处分期满解除后，不恢复原职务、职级。”请逐句核对并给出条款。",
    "两句均与《公职人员政务处分法》一致：第八条规定降级、撤职的处分期间为二十四个月；第二十六条规定开除以外的处分期满后自动解除，"
    "但解除降级、撤职的，不恢复原职务、职级、衔级、级别等及薪酬待遇。",
    ["降级、撤职，二十四个月", "解除降级、撤职的，不恢复原职务"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第二十六条", "但是，解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇。")],
    lang="zh")

add("multi",
    "Manual §5 (SOE customers): \"State-owned buyers may not force suppliers to accept the audit authority's "
    "results as the basis for settlement, unless a law or administrative regulation provides otherwise.\" Which "
    "source(s) back this? Client says it's only in the SME payment regs - I think the PE law has it too.",
    "Both do. Private Economy Promotion Law art. 67: state organs, public institutions and SOEs must not, except "
    "where laws/administrative regulations provide otherwise, force the use of audit results as the settlement "
    "basis with private economic organisations. SME Payment Regulations art. 12: agencies, public institutions and "
    "state-owned large enterprises must not force the audit authority's audit results to be the settlement basis, "
    "save where laws/administrative regulations provide otherwise.",
    ["不得强制要求以审计结果作为结算依据", "国有大型企业不得强制要求以审计机关的审计结果作为结算依据"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "Manual §7.3: \"Draft regulations and normative documents closely tied to business operations should be put "
    "out for public comment for generally not less than 30 days.\" Consistent with the Business Environment "
    "Regulations? Article no. pls.",
    "Yes. Art. 62 of the Regulations on Optimizing the Business Environment: such drafts should be published for "
    "public comment (via newspapers, the internet, etc.) and the comment period is generally not less than 30 days.",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日。")],
    lang="en")

add("cross_lingual",
    "Per the client's training deck (central SOE compliance module): the compliance review opinion on major "
    "decisions has to be signed off by the Chief Compliance Officer. Please confirm and give the clause.",
    "Confirmed. SASAC Central SOE Compliance Management Measures art. 21: compliance review is a mandatory step "
    "embedded in business processes, and the compliance review opinion on major decision matters shall be signed by "
    "the chief compliance officer, giving a clear opinion on compliance.",
    ["重大决策事项的合规审查意见应当由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字，对决策事项的合规性提出明确意见。")],
    lang="en")

add("cross_lingual",
    "Tick or cross: \"Under the Private Economy Promotion Law, routine inspections in the market regulation area "
    "pick both the inspected business and the inspectors at random, and publish what was checked and the results - "
    "except in sectors touching public safety and health, which get full-coverage supervision.\" Clause?",
    "Tick. Private Economy Promotion Law art. 52(2): apart from special sectors and key areas directly involving "
    "public safety and people's life and health (which are under full-coverage key supervision), administrative "
    "inspections in the market regulation field are conducted by random selection of inspection targets and random "
    "assignment of inspectors, with inspection items and results promptly made public.",
    ["随机抽取检查对象、随机选派执法检查人员", "抽查事项及查处结果及时向社会公开"],
    [E(PE, "第五十二条", "市场监管领域相关部门的行政检查应当通过随机抽取检查对象、随机选派执法检查人员的方式进行，"
                     "抽查事项及查处结果及时向社会公开。")],
    lang="en")

# ---- paraphrase

add("paraphrase",
    "Deck slide on entity rationalisation says: if one of the group's shells never actually traded, or owes nobody "
    "anything and nobody owes it, it can be shut down through a quicker, lighter route. Is there a source for that? "
    "Pls give the clause.",
    "Yes. Regulations on Optimizing the Business Environment art. 33: market entities that never carried out "
    "business after being set up, or that have no claims or debts, may have their deregistration handled under the "
    "simplified procedure (those with claims/debts are deregistered once those are settled).",
    ["设立后未开展生产经营活动或者无债权债务的市场主体", "按照简易程序办理注销"],
    [E(BE, "第三十三条", "对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销。")],
    lang="en")

add("paraphrase",
    "Training deck, Guangzhou case study: \"If a state-owned company's bet goes sour because the market turned, "
    "and the people behind it did their homework and followed the proper sign-off steps, they won't be made to "
    "carry the can.\" Does the lecture write-up back this? Which para?",
    "Yes, broadly. In ¶21 Wang Xiaobin (Guangzhou Metro) says the second batch of the Guidelines clearly states "
    "that if an investment made with due diligence and through compliant decision-making procedures incurs losses "
    "due to objective factors such as market risks, the relevant personnel may be exempted from liability - note "
    "'may be', not an automatic exemption.",
    ["due diligence", "compliant decision-making procedures", "may be exempted from liability"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

# ---- false_premise

unans("false_premise",
      "Manual §6.1: \"Under the Business Environment Regulations, companies located in development zones split the "
      "cost of the regional assessment 50/50 with the city government.\" What's the invoicing procedure for the "
      "client's 50% share, and which article sets the split?",
      ["50/50", "分摊"],
      "Art. 42 of the Regulations on Optimizing the Business Environment says the opposite: in development zones, new "
      "areas etc. the city-level government organises a unified regional assessment and its cost may not be borne by "
      "market entities at all. There is no cost split and no invoicing procedure to cite.",
      lang="en", present=["区域评估的费用不得由市场主体承担"],
      related=[E(BE, "第四十二条", "区域评估的费用不得由市场主体承担。")])

unans("false_premise",
      "Why does the Public Officials Sanctions Law cap the combined sanction period for several identical sanctions "
      "at 36 months? Client's HR manual uses 36 months and I need the clause for the working paper.",
      ["三十六个月", "36 months"],
      "Art. 15 of the Public Officials Sanctions Law caps it at 48 months (四十八个月), not 36: for several identical "
      "sanctions below dismissal-from-post, the period is set between one period and the sum of the periods, but at "
      "most 48 months. No document gives a 36-month cap, so the why cannot be answered as asked.",
      lang="en", present=["四十八个月"],
      related=[E(PS, "第十五条", "但是最长不得超过四十八个月")])

unans("false_premise",
      "Client's gap analysis uses 1 January 2023 as the effective date of the SASAC Central SOE Compliance Management "
      "Measures (Order No. 42). Why was there such a long gap after issuance in Aug 2022 - was there a transition "
      "period clause?",
      ["1 January 2023", "2023年1月1日"],
      "The Measures took effect on 1 October 2022 (art. 42: 本办法自2022年10月1日起施行), issued 23 August 2022. "
      "The 1 January 2023 date is wrong and no transition-period clause exists.",
      lang="en", present=["2022年10月1日"],
      related=[E(SOE, "第四十二条", "本办法自2022年10月1日起施行。")])

unans("false_premise",
      "Deck intro slide: \"the GBA Integrity and Compliance Association, established in 2019 as the first national "
      "5A-level integrity & compliance body...\". Before I tick it - what was the exact 2019 founding date?",
      ["established in 2019", "2019年成立"],
      "The lecture hall report says the association was established in 2021 (¶32), on April 16, 2021 (¶41). It was "
      "not set up in 2019, so there is no 2019 founding date to give.",
      lang="en", present=["April 16, 2021"],
      related=[E(GZ, "¶32", "GBA Integrity and Compliance Association was established in 2021")])

unans("false_premise",
      "Manual §8.2 says provincial credit leading departments get 15 working days to pass breach-of-contract "
      "complaint clues on to the complained entity's superior department. Which para of the NDRC notice sets the "
      "15 working days?",
      ["15 working days"],
      "Item (2) of the NDRC notice sets no 15-working-day window: provincial credit leading departments should "
      "'immediately transfer' received complaint clues to the superior or competent department for verification. "
      "The only working-day figure in the corpus is the SME regulations' 10 working days for forwarding complaints "
      "(art. 25), a different document and procedure.",
      lang="en", present=["immediately transfer", "10个工作日"],
      related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
      "客户合规手册第5.7条：“大型企业迟延支付中小企业款项，合同未约定逾期利率的，按每日万分之三支付逾期利息。”"
      "我们抽样重算时就按万分之三算的，麻烦给一下这个万分之三的依据条款。",
      ["万分之三"],
      "《保障中小企业款项支付条例》第十七条规定未作约定的，按照每日利率万分之五支付逾期利息（约定利率不得低于合同订立时1年期"
      "贷款市场报价利率），不是万分之三，因此无法给出万分之三的依据。",
      lang="zh", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "Manual §4.8: \"Large enterprises may pay SME suppliers on a pay-when-paid (back-to-back) basis, i.e. only "
      "after the end customer has paid them, provided the contract says so.\" Which clause permits this?",
      ["pay-when-paid", "back-to-back"],
      "No clause permits it; both sources prohibit it. SME Payment Regulations art. 9(2): large enterprises may not "
      "agree to make receipt of third-party payment a condition of paying the SME, or pay in proportion to "
      "third-party payment progress. Private Economy Promotion Law art. 68 likewise bars making receipt of "
      "third-party payment a condition of paying small and medium private economic organisations.",
      lang="en", present=["收到第三方付款"],
      related=[E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项"),
               E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")])

# ---- not_covered

unans("not_covered",
      "For testing the client's contract compliance reviews under the SASAC central SOE measures - what minimum "
      "sample size does the regulation expect, and is it judgmental or statistical sampling?",
      ["sample size", "抽样"],
      "The SASAC Measures require compliance review of rules, economic contracts and major decisions (arts. 14, 21) "
      "and periodic effectiveness evaluation (art. 27) but say nothing about sample sizes or sampling methods; no "
      "other document does either.",
      lang="en")

unans("not_covered",
      "How many breach-of-contract / dishonesty complaints against government departments has NDRC received "
      "through the Credit China complaint columns since the notice came out? Need a figure for the risk memo.",
      ["complaints were received", "投诉数量"],
      "The NDRC notice sets up the complaint columns, publicity on Credit China and regular evaluation and "
      "notification (items (1), (7), (9)), but contains no complaint counts or other statistics.",
      lang="en", present=["Credit China"])

unans("not_covered",
      "Art. 34 of the SME payment regs says market regulation handles large enterprises that don't disclose overdue "
      "SME payables in the annual report. What's the fine range in RMB? Need it to size the contingent liability.",
      ["万元", "RMB"],
      "Art. 34 only says the market supervision department handles it according to law (由市场监督管理部门依法处理); "
      "no fine amount is given there or in any other document.",
      lang="en", present=["由市场监督管理部门依法处理"])

unans("not_covered",
      "Client's gift & hospitality policy cites the Guangzhou Guidelines for a per-head cap on meals with public "
      "officials. What is the per head limit (RMB) in the Guidelines?",
      ["per head", "per person"],
      "The lecture hall report only says the first batch of the Guidelines deals with questions like 'what meals can "
      "be eaten and what vehicles can be taken' (¶9); it gives no per-head figure, and none of the other documents "
      "set a meal cap.",
      lang="en")

unans("not_covered",
      "手册：“审计机关对国有企业支付中小企业款项情况实施审计监督，每年抽查比例不低于20%。”这个抽查比例出自哪里？",
      ["抽查比例", "20%"],
      "《保障中小企业款项支付条例》第二十七条和《民营经济促进法》第六十七条只规定审计机关依法对支付款项情况实施审计监督，"
      "未规定任何抽查比例或频次，其他文件也没有。",
      lang="zh", present=["审计监督"])

unans("not_covered",
      "For the large-enterprise annual report disclosure of overdue SME payables - is there a materiality threshold, "
      "e.g. only contracts above a certain amount or overdue more than X days need to be included?",
      ["materiality", "threshold"],
      "Art. 18(2) of the SME Payment Regulations requires large enterprises to include the number and amount of "
      "overdue unpaid SME contracts in their annual report and publicise it via the enterprise credit information "
      "system, but sets no materiality threshold, minimum amount or days-overdue cut-off; no other document does.",
      lang="en", present=["企业年度报告"])

# ---- out_of_domain

unans("out_of_domain",
      "Quick one for my working papers: under ISA 530, when is it acceptable to use non-statistical sampling instead "
      "of statistical sampling?",
      ["ISA 530"],
      "An auditing-standards question; none of the seven policy documents deals with audit sampling standards.",
      lang="en")

unans("out_of_domain",
      "How do I calculate the upper misstatement limit in monetary unit sampling when two errors are found in the "
      "sample?",
      ["monetary unit sampling"],
      "Audit methodology; nothing in the corpus.",
      lang="en")

unans("out_of_domain",
      "Under IFRS 16, what discount rate should the client use for its office leases if the implicit rate isn't "
      "readily determinable?",
      ["IFRS 16"],
      "An accounting-standards question unrelated to the seven policy documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "Client's manual still quotes the original 2020 version of the SME payment regulations (Order No. 728), before "
      "the 2025 revision. Under that 2020 text, what was the deadline for large enterprises paying SMEs? Want to see "
      "if the manual is outdated.",
      ["2020 version", "修订前"],
      "The corpus holds only the 2025 revised text (State Council Order No. 802, effective 1 June 2025); the preamble "
      "mentions the 2020 Order No. 728 but its original wording is not in any document, so what the 2020 text said "
      "cannot be answered.",
      lang="en", present=["第728号", "第802号"])

unans("superseded",
      "The client's HR discipline chapter still cites the 2007 Regulations on the Punishment of Civil Servants of "
      "Administrative Organs. What sanction periods did those regulations set for a warning and a demerit?",
      ["行政机关公务员处分条例", "Civil Servants of Administrative Organs"],
      "Those 2007 regulations are not in the corpus. Only the 2020 Public Officials Sanctions Law is held (art. 8: "
      "warning six months, demerit twelve months), which cannot tell what the older regulations set.",
      lang="en", present=["六个月", "十二个月"])

unans("superseded",
      "Manual footnote cites SASAC's 2018 Guidelines on Compliance Management of Central Enterprises (trial). "
      "Under the 2018 trial guidelines, who was the compliance management lead - was there a CCO role already?",
      ["2018", "试行"],
      "The corpus has only the 2022 SASAC Central SOE Compliance Management Measures (Order No. 42); the 2018 trial "
      "guidelines are not held, so what they provided cannot be answered from the documents.",
      lang="en", present=["第42号"])

unans("superseded",
      "Deck compares the client's policy against the public consultation draft of the Private Economy Promotion Law "
      "(late 2024). In that draft, which article number had the audit-results-as-settlement-basis rule?",
      ["draft", "征求意见稿", "草案"],
      "Only the law as adopted on 30 April 2025 (in force 20 May 2025) is in the corpus, where the rule is art. 67; "
      "the consultation draft and its numbering are not held.",
      lang="en", present=["2025年5月20日"])
