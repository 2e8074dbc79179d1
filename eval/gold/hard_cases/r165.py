"""Hard-case gold items, hundred-and-sixty-fifth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an ESG analyst at a Hong Kong asset manager covering Chinese issuers (SOEs, private
champions, construction and LGFV-adjacent names). Writes mostly English with finance and
governance jargon (governance red flags, related-party, tone at the top, KPIs, DSO, counterparty
risk) and drops in the odd traditional-Chinese term; about a third of the questions are in
written Chinese in traditional characters, sometimes with Cantonese particles. Wants to know what
the rules make companies and local governments actually do, keeps benchmarking them against HKEX
listing rules, the UK Bribery Act and OECD guidance that these documents do not contain, and
quotes figures and dates from memory, sometimes wrongly, inside longer analytical sentences.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "Scoring local-gov counterparty risk for our construction names. Under the NDRC government integrity notice, "
    "if a city walks away from a contract because the party secretary got rotated out or the bureau was restructured, "
    "is that still treated as breach of contract and dishonesty, or is there some carve-out for personnel changes?",
    "No carve-out: the NDRC notice says failure to perform due to institutional adjustments, personnel changes and "
    "other reasons shall all be regarded as breach of contract and dishonesty (II.(2)).",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("single",
    "Does the NDRC dishonesty 'toolbox' have any real teeth at city level? Specifically what happens to a "
    "prefecture-level city once it carries a government dishonesty record - is it just name-and-shame or are there "
    "tangible consequences?",
    "For prefecture-level and above cities with government dishonesty records, the NDRC cancels their eligibility "
    "for awards and pilot demonstrations in the development and reform system, increases the weight of city credit "
    "monitoring deductions, and cancels the title or eligibility for social credit demonstration zones (III.(4)).",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

add("single",
    "The Guangzhou lecture-hall write-up says the two batches of the gov-business Guidelines can't cover every "
    "situation. How many scenarios do they actually cover, and what's the rule of thumb the drafter gives for "
    "grey areas not in the list? Want to map it against our own gifts & hospitality red flags.",
    "The two batches cover 33 scenarios. For situations outside them, Wang Yuqun says the core is to distinguish "
    "'acting for the public good' from 'acting for personal gain', the key being whether the action can be "
    "'put on the table' (GZ report ¶10).",
    ["33 scenarios", "acting for the public good", "put on the table"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "Before we reference the GBA Integrity and Compliance Association in an engagement letter I need to know who is "
    "really behind it - is it effectively a government-sponsored body? Which agencies promoted its set-up and when "
    "was it founded?",
    "It was established in 2021 as a non-profit social organization jointly promoted by the Municipal Commission "
    "for Discipline Inspection and Supervision, the Municipal SASAC and the Municipal Federation of Industry and "
    "Commerce (GZ report ¶32).",
    ["established in 2021", "Municipal Commission for Discipline Inspection and Supervision",
     "Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal")],
    lang="en")

add("single",
    "大型企業逾期未付中小企業嘅款項，合同數量同金額係咪一定要放入年報披露？係經咩渠道向社會公示？"
    "想睇下同港交所ESG報告有冇得對照。",
    "要。《保障中小企业款项支付条例》第十八条第二款：大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息"
    "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示。",
    ["纳入企业年度报告", "国家企业信用信息公示系统"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")],
    lang="zh")

add("single",
    "國資委個合規辦法有冇要求央企設whistleblowing渠道？對舉報人嘅身份保密、獎勵同反報復有乜規定？",
    "有。《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；"
    "对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励，任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["设立违规举报平台", "严格保密", "对举报属实的举报人可以给予适当奖励", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱")],
    lang="zh")

add("single",
    "國企高管如果喺政務處分期內（例如被記過），仲可唔可以升職、加薪？",
    "不可以。《政务处分法》第二十一条：国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称；其中被记过、"
    "记大过、降级、撤职的，不得晋升薪酬待遇等级；被撤职的，降低职务或者岗位等级，同时降低薪酬待遇。",
    ["不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称")],
    lang="zh")

add("single",
    "民企老闆公私不分、公司錢同私人錢混埋用，係我哋最常見嘅governance red flag。《民營經濟促進法》有冇明文要求分開？",
    "有。《民营经济促进法》第四十条：民营经济组织应当加强财务管理，规范会计核算，防止财务造假，并区分民营经济组织"
    "生产经营收支与经营者个人收支，实现民营经济组织财产与经营者个人财产分离。",
    ["防止财务造假", "区分民营经济组织生产经营收支与民营经济组织经营者个人收支"],
    [E(PE, "第四十条", "实现民营经济组织财产与民营经济组织经营者个人财产分离")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "Working-capital stress test on a central SOE contractor: if it pays an SME supplier late and the contract "
    "says nothing about interest, what default late-payment rate kicks in under the State Council SME payment "
    "regs? And if the contract does set a rate, is there a floor?",
    "Under the SME payment regulations (第十七条) the late payer must pay overdue interest; with no agreed rate it "
    "is 0.05% per day (每日利率万分之五); an agreed rate may not be lower than the 1-year LPR at the time the "
    "contract was signed.",
    ["每日利率万分之五", "1年期贷款市场报价利率"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("cross_lingual",
    "When local governments draft rules that directly hit business operations, how long does the public "
    "consultation window have to be under the 2019 business-environment regs? HK consultations typically run "
    "a couple of months so I'm curious how it compares.",
    "Under the Regulations on Optimizing the Business Environment (第六十二条), such rules must, unless they need "
    "to be kept confidential, be put out for public comment through newspapers, the internet etc., with a comment "
    "period generally not less than 30 days, and a feedback mechanism on how comments were adopted.",
    ["一般不少于30日", "向社会公开征求意见"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="en")

add("cross_lingual",
    "發改委嗰份政府誠信履約通知入面，地方政府被記入失信記錄之後，要點樣先可以信用修復？懲戒措施會唔會即刻停？",
    "NDRC通知第(6)项（III.(6)）：认定部门确认失信行为已纠正、履约完成后，应及时修复相关失信记录，并终止失信惩戒措施"
    "（dishonesty records promptly restored, punishment measures terminated）。",
    ["corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")],
    lang="zh")

# ---- multi

add("multi",
    "Pay-when-paid is everywhere in the construction supply chain. Both the SME payment regs and the Private "
    "Economy Promotion Law ban making SME payment conditional on the big contractor getting paid by the owner, "
    "right? And what's the default payment term for large enterprises buying from SMEs?",
    "Yes. SME payment regulations 第九条: large enterprises must pay within 60 days of delivery unless agreed "
    "otherwise, and may not make receipt of third-party payment a condition of paying SMEs (or pay in proportion "
    "to third-party payment progress). Private Economy Promotion Law 第六十八条: large enterprises must agree "
    "reasonable terms and pay in time, and may not make receipt of third-party payment a condition of paying "
    "small and medium private economic organizations.",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件",
     "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="en")

add("multi",
    "Tone-at-the-top check on a central SOE under the SASAC compliance measures: what does the chief compliance "
    "officer actually have to put a signature on, and who takes the lead when there's a major compliance incident "
    "(say, getting sanctioned by an international organisation)? Does anything have to go up to SASAC?",
    "第二十一条: compliance review is a mandatory step, and the compliance review opinion on major decisions must be "
    "signed by the chief compliance officer. 第二十二条: major compliance risk events (major legal disputes, major "
    "administrative penalties, criminal cases, sanctions by international organisations, etc.) are handled under "
    "the lead of the chief compliance officer with the compliance department coordinating, and must be reported to "
    "SASAC in time.",
    ["重大决策事项的合规审查意见应当由首席合规官签字", "应当由首席合规官牵头", "及时向国资委报告"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告")],
    lang="en")

add("multi",
    "地方政府換屆或者官員調走之後唔認之前嘅招商承諾，《民營經濟促進法》同《優化營商環境條例》各自點規定？"
    "如果係因為公共利益真係要改，企業有冇補償？",
    "两者都禁止：《民营经济促进法》第七十条及《优化营商环境条例》第三十一条均规定地方各级人民政府及其有关部门不得以"
    "行政区划调整、政府换届、机构或者职能调整以及相关人员（责任人）更替等为由违约毁约；因国家利益、社会公共利益需要"
    "改变的，应依照法定权限和程序进行，并对企业因此受到的损失予以补偿。",
    ["相关人员更替", "相关责任人更替", "对民营经济组织因此受到的损失予以补偿", "依法对市场主体因此受到的损失予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "Say a state-owned fund manager in Guangzhou follows every step by the book, and a bet still loses money "
    "because prices swung the wrong way. Do the new Guangzhou rules mean the individuals who signed off get "
    "punished anyway, or are they protected?",
    "Per the GZ report (¶21), the second batch of the Guidelines says that if an investment made with due "
    "diligence and through compliant decision-making procedures incurs losses due to objective factors such as "
    "market risks, the relevant personnel may be exempted from liability.",
    ["due diligence", "may be exempted from liability"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

add("paraphrase",
    "一個局長已經退落嚟喺屋企湊孫，之前喺任上收過企業好處，而家仲追唔追究到佢？佢攞緊嘅長俸同待遇會唔會受影響？",
    "《政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但可以立案调查；"
    "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法所得依第二十五条处理。",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "Given that government agencies now get 45 days to pay SME suppliers under the revised 2025 payment regs, "
      "is it reasonable to model local-government receivables at roughly 45 DSO for our construction names, "
      "before any contractual extension?",
      ["45日", "45 days"],
      "SME payment regulations 第九条 give 机关、事业单位 30 days from delivery (a contract may agree otherwise, "
      "but the term may not exceed 60 days); no 45-day term exists in any document, so the premise is wrong.",
      lang="en", present=["30日内支付款项"],
      related=[E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "I read that SASAC's 2022 measures force every central SOE to hire a standalone chief compliance officer "
      "as a brand-new C-suite post reporting to the board - similar to what the UK Bribery Act guidance nudges "
      "firms towards. How many extra headcount does that usually mean?",
      ["向董事会负责", "单独设立", "reports to the board"],
      "央企合规办法 第十二条 says the opposite: the CCO is set up without adding leadership posts or quota, is held "
      "concurrently by the general counsel, and is responsible to the enterprise's principal responsible person, "
      "not the board. Headcount effects are not discussed anywhere.",
      lang="en", present=["由总法律顾问兼任", "对企业主要负责人负责"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
      "The NDRC punishment toolbox - cancelling awards, raising credit monitoring deductions - applies to every "
      "county-level government with a dishonesty record, so for our county LGFV exposure this is a genuine "
      "headline risk. How quickly does the cancellation of pilot eligibility take effect?",
      ["county-level", "county level"],
      "NDRC notice III.(4) targets prefecture-level and above cities with government dishonesty records; it says "
      "nothing about county-level governments, nor about how quickly the measures take effect.",
      lang="en", present=["prefecture-level"],
      related=[E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

unans("false_premise",
      "One of our Guangzhou holdings cites the third batch of the city's gov-business interaction Guidelines in its "
      "ESG report. What did the third batch add on top of the first two - anything on related-party dealings with "
      "officials' relatives?",
      ["third batch", "three batches"],
      "The GZ report (¶7) says the Guangzhou Commission for Discipline Inspection and Supervision has issued two "
      "batches of the Guidelines (for two consecutive years); there is no third batch in the documents.",
      lang="en", present=["two batches"],
      related=[E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

unans("false_premise",
      "Since the Private Economy Promotion Law only came into force on 1 July 2025, I assume disputes with local "
      "governments over unpaid invoices in May and June 2025 still fall under the old regime - how are those handled?",
      ["2025年7月1日", "1 July 2025"],
      "民营经济促进法 第七十八条: the law took effect on 20 May 2025, not 1 July 2025, so the assumed gap does not "
      "exist.",
      lang="en", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "《保障中小企業款項支付條例》規定受理投訴部門收到投訴後5個工作日內要轉交處理部門，咁即係話成個流程好快，"
      "點解我哋接觸嘅供應商仲話投訴石沉大海？",
      ["5个工作日", "五个工作日"],
      "条例第二十五条规定的是自正式受理之日起10个工作日内转交处理投诉部门（处理部门30日内形成结果，最长不超过90日），"
      "不是5个工作日；至于个别投诉为何无回音，文件亦无从回答。",
      lang="zh", present=["10个工作日"],
      related=[E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门")])

unans("false_premise",
      "政務處分法講明幾個處分合併執行最長唔可以超過三十六個月，咁即係一個國企高管最多三年後就可以重新升職？",
      ["三十六个月", "36个月"],
      "政务处分法第十五条规定多个相同政务处分合并时处分期最长不得超过四十八个月，不是三十六个月，前提错误。",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "但是最长不得超过四十八个月")])

# ---- not_covered

unans("not_covered",
      "How many arrears complaints has the MIIT SME platform logged so far this year, and what's the resolution "
      "rate? I'd like a KPI to track local-government payment behaviour across provinces.",
      ["resolution rate", "结案率"],
      "SME regs 第二十四条 and NDRC II.(1) mention the national complaint platform and how complaints are handled, "
      "but no document gives complaint counts or resolution statistics.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "If a large listed enterprise fails to disclose its overdue SME payables in its annual report, what is the "
      "actual fine - is it a fixed RMB amount or a percentage of revenue, like HKEX-style sanctions?",
      ["万元", "罚款金额"],
      "SME regs 第三十四条 only says such cases are handled by the market supervision department according to law; "
      "no document sets a fine amount or a revenue-based penalty.",
      lang="en", present=["由市场监督管理部门依法处理"])

unans("not_covered",
      "The business-environment regs set up a national business environment evaluation system. Which cities came "
      "out on top in the latest evaluation, and is Guangzhou in the top 5?",
      ["top 5", "ranking"],
      "BE 第八条 establishes an evaluation system oriented to market-entity and public satisfaction, but no document "
      "contains evaluation results or city rankings.",
      lang="en", present=["营商环境评价体系"])

unans("not_covered",
      "Do you think NDRC will extend the dishonesty punishments to block LGFV bond issuance in 2026? Would be a big "
      "deal for our credit book.",
      ["LGFV", "2026"],
      "NDRC III.(4) lists current measures (incl. limiting applications for local government special bonds); "
      "no document predicts future extensions or addresses LGFV bonds in 2026.",
      lang="en", present=["local government special bonds"])

unans("not_covered",
      "國資委對央企合規管理體系有效性做考核評價，具體評分標準同權重係點？有冇公開嘅打分表可以參考？",
      ["评分标准", "权重"],
      "央企合规办法第四条只说国资委对合规管理体系建设情况及其有效性进行考核评价，第二十七条要求企业定期开展有效性评价，"
      "但没有任何文件给出评分标准或权重。",
      lang="zh", present=["考核评价"])

unans("not_covered",
      "廣州市紀委嗰兩批政商交往《指引》入面，公職人員同企業食飯，人均消費上限係幾多錢？",
      ["人均", "上限"],
      "GZ报告第9段只提到第一批指引回应了“what meals can be eaten”等问题，并无具体金额；其他文件亦无人均消费上限。",
      lang="zh", present=["what meals can be eaten"])

# ---- out_of_domain

unans("out_of_domain",
      "Quick one: what's the current HKEX minimum public float requirement for an H-share issuer after the latest "
      "listing rule amendments?",
      ["HKEX", "public float"],
      "HKEX listing rules are not covered by any of the seven documents.",
      lang="en")

unans("out_of_domain",
      "For the UK Bribery Act section 7 defence, what counts as 'adequate procedures' in the MoJ guidance - "
      "we're benchmarking a mainland issuer's ABC policy against it.",
      ["Bribery Act", "adequate procedures"],
      "UK anti-bribery law and its guidance are outside the corpus.",
      lang="en")

unans("out_of_domain",
      "What's the phase-in timeline for Scope 3 emissions disclosure for HK-listed companies under the ISSB-aligned "
      "climate requirements?",
      ["ISSB", "Scope 3"],
      "Climate disclosure rules are not covered by any of the seven documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "Under the original 2020 version of the SME payment regs (Order No. 728), was there already a fixed day-count "
      "deadline for large enterprises, or did the 60-day rule only come in with the revision? Trying to date when "
      "the DSO pressure started.",
      ["修订前", "2020年版"],
      "The corpus holds only the 2025 revised text (Order No. 802, effective 1 June 2025); the header mentions the "
      "2020 Order No. 728 but its text is not in the corpus, so what the original version said cannot be answered.",
      lang="en", present=["728"])

unans("superseded",
      "Before the 政務處分法, civil servants were disciplined under the 2007 Regulations on the Punishment of Civil "
      "Servants of Administrative Organs. How long did a demerit last under those old rules?",
      ["行政机关公务员处分条例", "2007"],
      "Only the 2020 Public Official Sanctions Law is in the corpus; the repealed/earlier 2007 regulations are not, "
      "so their periods cannot be stated.",
      lang="en", present=["政务处分的期间"])

unans("superseded",
      "How did the 2018 trial compliance guidelines for central SOEs (the 試行 version) define the compliance "
      "committee's role? I want to see what actually changed before the 2022 measures.",
      ["2018", "试行"],
      "Only the 2022 SASAC Measures (Order No. 42) are in the corpus; the 2018 trial guidelines are not, so their "
      "content cannot be compared.",
      lang="en", present=["合规委员会"])

unans("superseded",
      "《民營經濟促進法》之前公開徵求意見嗰版草案，關於政府拖欠民企賬款嗰條係第幾條？同正式通過嘅版本有乜唔同？",
      ["草案", "征求意见稿"],
      "语料只有2025年4月30日通过的正式文本（第六十七条规定账款支付），没有征求意见的草案文本，无法比较。",
      lang="zh", present=["第六十七条"])
