"""Hard-case gold items, hundred-and-eleventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an interpreter for a Japanese manufacturer with a joint venture in Guangzhou, relaying management's
questions in polite, roundabout English (now and then in Chinese), often two or three sub-questions in one
message, sometimes with the Japanese side's own assumption (right or wrong) stated first.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "Our head office in Osaka assumes that when a district bureau in Guangzhou stops honouring an investment "
    "agreement only because the responsible official has been transferred, this is an unavoidable internal matter "
    "and not a breach. We would like to kindly confirm whether the NDRC notice on government integrity accepts such "
    "a reason, or whether the bureau would still be counted as in breach?",
    "The assumption is wrong: under II.(2) of the NDRC notice, failure to perform due to institutional adjustments, "
    "personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "due to institutional adjustments, personnel changes, and other reasons"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "In case a government department in our district had once been recorded as dishonest, but has since put the "
    "problem right and performed the contract, could you please advise whether its dishonesty record would remain "
    "on file, and whether the punishment measures against it would continue to apply?",
    "No. Under III.(6) of the NDRC notice, once the identifying department confirms the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the punishment "
    "measures terminated.",
    ["relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "Management would like to know, with respect, where exactly our JV could lodge a complaint if a Guangzhou "
    "district department breaks a procurement contract with us. Could you please advise if the local 12345 hotline "
    "is one of the accepted channels, and whether the Ministry of Industry and Information Technology has any "
    "platform for this?",
    "Yes. Under II.(1) of the NDRC notice, provincial credit leading departments rely on channels including their "
    "credit websites, the \"Internet + Supervision\" platform, MIIT's Registration (Complaint) Platform for Breach of "
    "Contract and Arrears to SMEs, local 12345 government service hotlines, business environment complaint "
    "platforms and petition departments to accept breach-of-contract complaints.",
    ["local 12345 government service hotlines",
     "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"],
    [E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "accepting and collecting complaints involving government departments")],
    lang="en")

add("single",
    "Our Guangzhou managers have now received the Guangzhou Guidelines on government-business interactions. We "
    "would like to kindly confirm how many typical scenarios the two batches cover altogether, and whether the "
    "drafters consider that list to cover every situation we may meet?",
    "According to the report (¶10), the two batches cover 33 scenarios, which the drafter Wang Yuqun said cannot "
    "encompass all situations; the core of judging other cases is to distinguish acting for the public good from "
    "acting for personal gain.",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches"),
     E(GZ, "¶10", "cannot encompass all situations"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”")],
    lang="en")

add("single",
    "Could you please advise what consequences a prefecture-level city such as Guangzhou itself could face under "
    "the NDRC notice if it carries government dishonesty records? Our management wonders whether this gives the "
    "city a real reason to keep its promises to investors.",
    "Under III.(4), for prefecture-level and above cities with government dishonesty records the NDRC will cancel "
    "their eligibility for awards and pilot demonstrations in the development and reform system, increase the "
    "weight of city credit monitoring deductions, and cancel the title or eligibility for social credit "
    "demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("single",
    "我们是一家日资合资企业，在广州向本地中小供应商采购零部件，日方管理层认为我方属于大型企业。烦请确认：如果合同没有特别约定，"
    "我方应当在货物交付后多长时间内付款？另外，可否在合同里写明“待我方客户回款后再向供应商付款”？",
    "依《保障中小企业款项支付条例》第九条第二款，大型企业应当自货物交付之日起60日内支付；合同另有约定的应合理约定并及时支付，"
    "且不得约定以收到第三方付款作为向中小企业支付款项的条件。",
    ["自货物、工程、服务交付之日起60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")],
    lang="zh")

add("single",
    "恳请赐教：我方若因内部流程延误而晚付了中小供应商的货款，而合同对逾期利息的利率没有约定，应当按照什么标准计付？"
    "如果合同有约定，约定的利率是否有下限？",
    "依《保障中小企业款项支付条例》第十七条，迟延支付应付逾期利息；未约定的按每日利率万分之五支付；有约定的，"
    "约定利率不得低于合同订立时1年期贷款市场报价利率。",
    ["每日利率万分之五", "不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "日方总部希望了解：政府在制定与企业经营密切相关的规章、规范性文件时，是否必须向社会公开征求意见？"
    "如果需要，征求意见的期限一般是多长？",
    "依《优化营商环境条例》第六十二条，除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，期限一般不少于30日。",
    ["向社会公开征求意见", "一般不少于30日"],
    [E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "我方在广州的合资公司按划分标准属于中型企业，向某区政府机关供应设备。日方想确认两点：一是对方应当在交付后多长时间内付款，"
    "合同能否约定更长的期限；二是对方以“项目还在等决算审计”为由迟迟不付款，而合同里并没有这样的约定，这样做是否允许？",
    "依条例第九条第一款，机关应自交付之日起30日内付款，合同另有约定的从其约定但最长不得超过60日；依第十四条，"
    "合同未作约定时不得以等待竣工验收备案、决算审计等为由拒绝或者迟延支付。",
    ["30日内支付款项", "付款期限最长不得超过60日", "决算审计"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第十四条", "在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("multi",
    "We would like to kindly understand the process under the NDRC notice. Suppose our JV complains that a municipal "
    "department ignored a signed investment-promotion agreement: who would verify the complaint, at what point is "
    "the department formally confirmed as dishonest, and what kinds of support could it then lose from the NDRC?",
    "Under II.(2), the provincial credit leading department transfers the complaint clues to the superior or "
    "competent department of the complained entity for verification; if true, rectification is promoted, and those "
    "who refuse to rectify are confirmed as breach of contract and dishonesty. Under III.(4), entities with "
    "dishonesty records face restricted central budget fund support, limits on applying for local government "
    "special bonds, and restricted recommendations for financing projects.",
    ["superior or competent departments of the complained entities",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty",
     "restrict support from central budget funds"],
    [E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

add("multi",
    "我方合资伙伴是某中央企业的下属公司。日方董事想请教：中央企业的首席合规官是否是新设的领导岗位，一般由谁来担任？"
    "重大投资决策在合规方面是否需要这位首席合规官签字？",
    "依《中央企业合规管理办法》第十二条，首席合规官不新增领导岗位和职数，由总法律顾问兼任；依第二十一条，"
    "重大决策事项的合规审查意见应当由首席合规官签字。",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "重大决策事项的合规审查意见应当由首席合规官签字"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "We were told that the district official who handled our factory's land matters has received a 'major demerit' "
    "sanction. Could you please advise how long such a sanction period lasts, and from which date it is counted?",
    "Under Article 8 of the Law on Administrative Sanctions for Public Officials, a major demerit lasts 18 months; "
    "the decision takes effect on the date it is made and the sanction period runs from the date the decision "
    "takes effect.",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="en")

add("cross_lingual",
    "Management would like to kindly confirm whether Chinese government agencies and public institutions that are "
    "behind on paying small suppliers must disclose this publicly — and if so, by which date each year, what "
    "information, and through what channels?",
    "Yes. Under Article 18 of the SME Payment Regulation, agencies and public institutions must disclose, before "
    "31 March each year, the number and amount of contracts overdue and unpaid to SMEs in the previous year, via "
    "websites, newspapers or other means accessible to the public.",
    ["每年3月31日前", "合同数量、金额等信息", "网站、报刊"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="en")

add("cross_lingual",
    "恳请确认：国家发展改革委2023年关于完善政务诚信履约机制的通知中，“违约失信”的范围具体涵盖政府部门与民营企业在哪些领域"
    "签订的协议和合同？我方与区政府签的招商引资协议是否在内？",
    "通知第二部分第（1）项规定，违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、"
    "产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为，招商引资协议在内。",
    ["government procurement, bidding, investment promotion",
     "government-social capital cooperation, industrial support, government investment"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "signed by government departments with private enterprises"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "government-social capital cooperation, industrial support, government investment")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "冒昧请教：我方规模不大，承接了区里一个厂房改造工程，对方要求押金一律打现钱，不收银行开的担保书。日方想知道这种做法站得住吗？"
    "我方能否坚持用银行开具的担保书来代替？",
    "不合规。依条例第十三条第二款，机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，"
    "对方应当接受。",
    ["不得将保证金限定为现金", "机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("paraphrase",
    "Our JV signed a deal with a district in Guangzhou promising certain output and investment numbers, but because "
    "of things entirely outside our control we will probably fall short. With respect, could you please advise "
    "whether Guangzhou's new rules let us talk about changing those commitments and give us some extra time, "
    "rather than being penalised straight away?",
    "According to the report (¶18), the second batch of the Guangzhou Guidelines provides that if an enterprise "
    "fails to complete its targets due to objective reasons, it can negotiate adjustments and enjoy a grace period.",
    ["negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "The Japanese side understands that Article 17 of the SME Payment Regulation fixes the default overdue "
      "interest at one-thousandth (0.1%) per day when the contract is silent. Building on that, we would like to "
      "kindly confirm whether this 0.1% per day is counted from the delivery date or only from the end of the agreed "
      "payment period.",
      ["千分之一", "one-thousandth", "0.1%"],
      "Article 17 sets the default rate at 万分之五 (0.05%) per day, not one-thousandth; the premise's figure is wrong.",
      lang="en", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "Given that the NDRC notice obliges the provincial credit leading department to finish verifying a "
      "breach-of-contract complaint within 15 working days, could you please advise what our JV may do if no answer "
      "has come after that period, and whether we may then escalate to the NDRC directly?",
      ["15 working days", "working days", "fifteen"],
      "II.(2) says provincial credit leading departments should immediately transfer complaint clues to the superior "
      "or competent departments for verification; it sets no 15-working-day verification deadline.",
      lang="en", present=["immediately transfer"],
      related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract"),
               E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
      "The Guangzhou Guidelines on government-business interactions were issued by the Guangzhou Municipal "
      "Development and Reform Commission, right? If that is so, could you kindly advise whether our JV may address "
      "its questions about the Guidelines directly to that commission?",
      ["Municipal Development and Reform Commission"],
      "The report (¶7) says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection "
      "and Supervision, not a development and reform commission; no channel for enterprises' questions is described.",
      lang="en", present=["Municipal Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
      "Could you kindly help us understand why the Regulations on Optimizing the Business Environment make companies "
      "located in a development zone pay for the zone-wide regional assessment, for example of geological hazards, "
      "themselves — and roughly what such an assessment fee usually amounts to?",
      ["评估费", "assessment fee"],
      "Article 42 says regional assessments are organised by the city government and their cost may not be borne by "
      "market entities; no fee amount is given anywhere.",
      lang="en", present=["区域评估"],
      related=[E(BE, "第四十二条", "区域评估的费用不得由市场主体承担")])

unans("false_premise",
      "Since the SASAC Compliance Measures require every central SOE to evaluate the effectiveness of its compliance "
      "management system each quarter, we would like to kindly confirm whether our JV, whose Chinese partner is a "
      "central SOE subsidiary, must submit quarterly compliance data, and in what format.",
      ["每季度", "季度"],
      "Article 27 only requires central SOEs to evaluate effectiveness regularly (定期), with special evaluations as "
      "appropriate; no quarterly frequency and nothing about data from joint ventures.",
      lang="en", present=["有效性评价"],
      related=[E(SOE, "第二十七条", "中央企业应当定期开展合规管理体系有效性评价")])

unans("false_premise",
      "日方听说《优化营商环境条例》第三十六条规定，所有政务服务事项一律须在20个工作日内办结；那么，我方一项涉企审批手续已超过"
      "20个工作日仍未办完，是否可以据此要求办理单位立即办结，并要求给予补偿？",
      ["20个工作日", "二十个工作日"],
      "Article 36 sets no uniform 20-working-day limit: statutory time limits apply where they exist, otherwise a "
      "reasonable limit is set; if exceeded, the handling unit must publicly explain. No compensation is provided for.",
      lang="zh", present=["办理时限"],
      related=[E(BE, "第三十六条", "没有规定的，应当按照合理、高效的原则确定办理时限并按时办结"),
               E(BE, "第三十六条", "超过办理时间的，办理单位应当公开说明理由")])

unans("false_premise",
      "The SASAC Compliance Measures apply directly to every state-owned enterprise in China, including Guangzhou's "
      "city-owned groups; so our JV partner, a Guangzhou municipal SOE, is legally obliged under Article 12 to "
      "appoint a chief compliance officer — could you please confirm by what date it must do so?",
      ["市属国有企业", "地方国有企业"],
      "Article 2 limits the Measures to central enterprises for which SASAC performs investor duties; Article 40 only "
      "says local SASACs guide their enterprises by reference to the Measures. No deadline for appointments is given.",
      lang="en", present=["地方国有资产监督管理机构"],
      related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业"),
               E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "When our JV wishes to complain about a government customer's arrears through the national complaint platform "
      "for SME arrears, could you please advise whether any filing fee is charged, and which supporting documents "
      "must be attached to the complaint?",
      ["投诉费", "filing fee", "complaint fee"],
      "SME Regulation arts. 24-25 set up the national complaint platform, the transfer and handling deadlines and the "
      "requirement of a contract relationship; nothing on fees or a list of supporting documents.",
      lang="en", present=["投诉平台", "投诉材料"])

unans("not_covered",
      "Management would be grateful to know how effective the NDRC notice has been in practice: how many complaints "
      "about government breach of contract have been filed nationwide since August 2023, and what percentage ended "
      "with the department being confirmed as dishonest?",
      ["number of complaints", "percentage", "statistics"],
      "The NDRC notice sets up complaint, identification and evaluation mechanisms (II, IV.(7)) and promises to "
      "expose typical cases, but gives no figures on complaints or outcomes; no other document does either.",
      lang="en", present=["typical cases"])

unans("not_covered",
      "恳请专业意见：区政府当初招商时承诺给我方合资公司设备补贴，换届后却以政府换届为由不再兑现。如果我方提起诉讼，"
      "胜诉的可能性有多大？大致能获得多少赔偿金额？",
      ["胜诉", "胜诉率", "赔偿金额"],
      "PE art. 70 and BE art. 31 forbid breaking policy commitments on grounds of a change of government and require "
      "compensation; PE art. 73 provides for damages. None predicts litigation outcomes or amounts.",
      lang="zh", present=["政府换届"])

unans("not_covered",
      "Our JV has about 300 employees. We would like to kindly confirm the exact headcount and annual revenue "
      "thresholds under which an industrial company counts as a medium-sized enterprise for the SME payment "
      "regulation, so that we know whether our suppliers may treat us as a large enterprise.",
      ["从业人员", "营业收入", "headcount", "annual revenue"],
      "SME Regulation art. 3 refers to the SME classification standards approved by the State Council and art. 29 to "
      "a size self-test platform, but no thresholds are stated in any document.",
      lang="en", present=["中小企业划分标准", "规模类型"])

unans("not_covered",
      "Our general manager is interested in the GBA Integrity and Compliance Association mentioned in the Guangzhou "
      "report. Could you please advise what the annual membership fee is, and how many member companies it "
      "currently has?",
      ["membership fee", "annual fee", "会费", "number of members"],
      "The report describes the association's member composition (ownership types, 29 industry sectors) and "
      "services, but gives neither a fee nor a member count.",
      lang="en", present=["29 industry sectors"])

unans("not_covered",
      "With respect, under the SASAC measures on central SOE compliance, how much reward may a whistleblower receive "
      "when the report proves true, and within how many days must the company finish investigating the report?",
      ["奖励金额", "reward amount", "调查期限"],
      "SOE Measures art. 24 requires a reporting platform, confidentiality and says true reports may receive "
      "appropriate rewards (适当奖励), but no amount and no investigation deadline.",
      lang="en", present=["适当奖励", "违规举报平台"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "Our legal team still works from the original 2020 text of the SME Payment Regulation (State Council Order "
      "No. 728). Before the 2025 revision, what payment deadline did that 2020 version set for large enterprises "
      "buying from SMEs, and did it already contain the rule on commercial acceptance bills?",
      ["修订前", "原条例", "2020年版"],
      "The corpus holds only the 2025 revised text (Order No. 802); the 2020 Order No. 728 is mentioned only in the "
      "title lines, its content is not given.",
      lang="en", present=["第728号"])

unans("superseded",
      "Our partner's compliance manual still refers to the 2018 trial Guidelines on compliance management of central "
      "SOEs. We would like to kindly confirm what those 2018 Guidelines required regarding the compliance committee "
      "and the person leading compliance work.",
      ["合规管理指引", "试行", "2018"],
      "Only the 2022 SASAC Measures (Order No. 42) are in the corpus; the earlier trial guidelines are neither "
      "reproduced nor described.",
      lang="en", present=["合规委员会"])

unans("superseded",
      "日方法务此前研读过《民营经济促进法》2024年10月公布的草案征求意见稿。恳请告知：草案中关于拖欠民营企业账款的条款，"
      "与最终通过的文本相比作了哪些修改？",
      ["草案", "征求意见稿"],
      "Only the final law adopted on 30 April 2025 is in the corpus; no draft text is given, so no comparison is "
      "possible.",
      lang="zh", present=["2025年4月30日"])

unans("superseded",
      "Before the 2020 Law on Administrative Sanctions for Public Officials, our Chinese counterparts' officials were "
      "disciplined under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs. Could you "
      "kindly advise how long a demerit lasted under those 2007 Regulations?",
      ["公务员处分条例", "行政机关公务员", "2007"],
      "Only the 2020 law is in the corpus (art. 8: demerit twelve months); the earlier 2007 regulations are not.",
      lang="en", present=["记过，十二个月"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "Our Guangzhou company's Chinese staff are asking about holidays. Could you please advise how many days of "
      "paid annual leave an employee with ten years of service is entitled to, and whether the company must pay "
      "for days not taken?",
      ["annual leave", "年休假", "带薪"],
      "Employment leave entitlements are outside all seven documents.",
      lang="en")

unans("out_of_domain",
      "We would like to kindly confirm the withholding tax rate on dividends the JV pays to its Japanese parent "
      "company under the China–Japan tax treaty, and whether any government approval is needed before the payment "
      "is remitted abroad.",
      ["dividend", "股息", "tax treaty", "预提所得税"],
      "Cross-border dividend taxation is outside all seven documents.",
      lang="en")

unans("out_of_domain",
      "One of our private Chinese suppliers keeps delivering late under our supply contract. Could you please advise "
      "whether, under the Civil Code, we may terminate the contract early, and whether a liquidated damages clause "
      "of 30% of the contract price would be upheld by a court?",
      ["Civil Code", "民法典", "违约金", "liquidated damages"],
      "Private commercial contract remedies between two companies are outside all seven documents.",
      lang="en")
