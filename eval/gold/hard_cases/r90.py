"""Hard-case gold items, ninetieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an internal auditor at a listed company verifying the citations in a consultant's compliance memo; writes
precise English and Chinese, quoting (sometimes misquoting) an article and asking whether that article really says
it, who it binds, from when it applies, and what it does not cover.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "顾问备忘录引用《保障中小企业款项支付条例》第九条：“大型企业应自交付之日起60日内付款；合同另有约定的，"
    "最长不得超过60日。”我核对时对第二款的“最长不得超过60日”有疑问——原文对大型企业真是这么写的吗？",
    "不是。第九条第一款的“付款期限最长不得超过60日”针对的是机关、事业单位；第二款对大型企业规定自交付之日起60日内支付，"
    "合同另有约定的从其约定，但应当按照行业规范、交易习惯合理约定付款期限并及时支付，并未设60日上限。",
    ["应当自货物、工程、服务交付之日起60日内支付款项", "按照行业规范、交易习惯合理约定付款期限",
     "但付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "但应当按照行业规范、交易习惯合理约定付款期限并及时支付款项")],
    lang="zh")

add("single",
    "备忘录提到，按《保障中小企业款项支付条例》第十八条第二款，我们这种大型企业也要公开逾期没付给中小企业的款项信息。"
    "具体是要放进哪份文件、通过什么渠道公示？",
    "第十八条第二款：大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告，"
    "依法通过国家企业信用信息公示系统向社会公示。",
    ["纳入企业年度报告", "国家企业信用信息公示系统"],
    [E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告"),
     E(SME, "第十八条", "依法通过国家企业信用信息公示系统向社会公示")],
    lang="zh")

add("single",
    "备忘录写道：“记大过的处分期为十二个月（《公职人员政务处分法》第八条），处分期自违法行为发生之日起算。”"
    "这两处引述准确吗？",
    "都不准确。第八条规定记过十二个月、记大过十八个月；政务处分决定自作出之日起生效，"
    "政务处分期自政务处分决定生效之日起计算，而不是自违法行为发生之日起算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算。")],
    lang="zh")

add("single",
    "The consultant's memo says that under section II of the NDRC's 2023 government integrity notice, the "
    "breach-of-contract complaints it covers are limited to government procurement contracts. Which kinds of "
    "agreements does the notice actually bring within scope?",
    "No, not only procurement. Item II.(1) covers breach and repudiation in agreements and contracts signed by "
    "government departments with private enterprises in government procurement, bidding, investment promotion, "
    "government-social capital cooperation, industrial support, government investment and other fields.",
    ["government procurement, bidding, investment promotion", "industrial support, government investment"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "government departments with private enterprises in government procurement"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support"),
     E(NDRC, "II.(1)", "government investment, and other fields")],
    lang="en")

add("single",
    "Our consultant describes the Guangzhou government-business interaction Guidelines as exhaustive, \"listing every "
    "scenario an official might face\". Does the lecture-hall report back that description up?",
    "No. The drafting committee member said the 33 scenarios covered in the two batches cannot encompass all "
    "situations; in unclear cases the core test is whether an action is for the public good or for personal gain, "
    "i.e. whether it can be \"put on the table\".",
    ["33 scenarios covered in the two batches", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches"), E(GZ, "¶10", "cannot encompass all situations"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”")],
    lang="en")

add("single",
    "备忘录称：“《优化营商环境条例》要求所有政府文件公开征求意见不少于30日。”我想核实：原文是“不少于”还是别的措辞？"
    "适用于哪类文件，有没有例外？",
    "第六十二条第二款：除依法需要保密外，制定与市场主体生产经营活动密切相关的行政法规、规章、行政规范性文件，"
    "应当向社会公开征求意见，期限“一般不少于30日”——并非所有政府文件，也不是绝对的不少于30日。",
    ["一般不少于30日", "除依法需要保密外"],
    [E(BE, "第六十二条", "除依法需要保密外，制定与市场主体生产经营活动密切相关的行政法规、规章、行政规范性文件"),
     E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "我们公司有境外基金持股，但实际控制人是中国公民。顾问认为只要有外资成分，就不算《民营经济促进法》所称的"
    "民营经济组织。第七十七条到底怎么界定？",
    "第七十七条以中国公民控股或者实际控制为标准：在境内依法设立、由中国公民控股或者实际控制的营利法人、"
    "非法人组织和个体工商户等属于民营经济组织；涉及外商投资的，同时适用外商投资法律法规的相关规定，并不因此被排除。",
    ["由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定。")],
    lang="zh")

add("single",
    "备忘录说《中央企业合规管理办法》把合规审查定位为“可选程序”，由业务部门视情况决定是否开展。"
    "第二十一条原文是这样吗？重大决策的审查意见由谁签字？",
    "不是。第二十一条要求中央企业将合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规审查意见"
    "应当由首席合规官签字，对决策事项的合规性提出明确意见。",
    ["将合规审查作为必经程序嵌入经营管理流程", "应当由首席合规官签字"],
    [E(SOE, "第二十一条", "中央企业应当将合规审查作为必经程序嵌入经营管理流程"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "我们是省国资委出资的上市国企。顾问备忘录写《中央企业合规管理办法》“自2022年10月1日起直接约束本公司”。"
    "请核实：这部办法适用于谁、对地方国企是什么关系、从哪天起施行？",
    "第二条：办法适用于国资委根据国务院授权履行出资人职责的中央企业；第四十条：地方国有资产监督管理机构参照本办法"
    "指导所出资企业加强合规管理，即对省属国企是参照而非直接适用；第四十二条：自2022年10月1日起施行。",
    ["根据国务院授权履行出资人职责的中央企业", "地方国有资产监督管理机构参照本办法", "自2022年10月1日起施行"],
    [E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业"),
     E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作。"),
     E(SOE, "第四十二条", "本办法自2022年10月1日起施行。")],
    lang="zh")

add("multi",
    "我们作为总包方，与中小分包商的合同写着“收到业主付款后5个工作日内支付”。顾问称《民营经济促进法》第六十八条只要求"
    "“合理约定付款期限”，并不禁止这种背靠背条款。这个说法对吗？《保障中小企业款项支付条例》又怎么规定？",
    "不对。《民营经济促进法》第六十八条明确大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件；"
    "条例第九条第二款也规定大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件，或者按照第三方付款进度比例支付。",
    ["不得以收到第三方付款作为向中小民营经济组织支付账款的条件", "按照第三方付款进度比例支付中小企业款项"],
    [E(PE, "第六十八条", "大型企业向中小民营经济组织采购货物、工程、服务等，应当合理约定付款期限并及时支付账款"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(SME, "第九条", "或者按照第三方付款进度比例支付中小企业款项")],
    lang="zh")

add("multi",
    "The memo claims that under the NDRC notice a city with a government dishonesty record is \"permanently barred\" "
    "from NDRC pilot programmes. What consequence does the notice actually attach for such cities, and is there "
    "a way for the record to be cleared?",
    "Under III.(4), for prefecture-level and above cities with government dishonesty records, NDRC cancels their "
    "eligibility for awards and pilot demonstrations in the development and reform system (and raises city credit "
    "monitoring deductions). It is not permanent: under III.(6), once the identifying department confirms the "
    "dishonest behaviour has been corrected and performance completed, the records should be promptly restored and "
    "the punishment measures terminated.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"), E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约机制的通知里，省级信用牵头部门收到政府违约失信的投诉线索后，应当转交给谁核实认定？"
    "核实后不属实、属实又分别怎么处理？",
    "按第二部分第（2）项，省级信用牵头部门应立即将线索转交被投诉主体的上级或主管部门核实认定；不属实的，由认定部门及时向"
    "投诉人反馈说明；属实的，立即推动整改，拒不整改的认定为违约失信。",
    ["superior or competent departments of the complained entities",
     "provide feedback and explanations to the complainant", "Those who refuse to rectify"],
    [E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract and dishonesty"),
     E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "promptly provide feedback and explanations to the complainant"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="zh")

add("cross_lingual",
    "备忘录把大湾区廉洁合规协会描述为“市纪委监委下属事业单位”。广州那篇讲堂报道对这个协会的性质、成立时间和推动单位是怎么介绍的？",
    "报道称该协会成立于2021年，是由市纪委监委、市国资委和市工商联共同推动的非营利性社会组织（并非事业单位），"
    "也是广州市5A级社会组织。",
    ["was established in 2021", "non-profit social organization jointly promoted by",
     "the Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "It is a non-profit social organization jointly promoted by"),
     E(GZ, "¶32", "the Municipal State-owned Assets Supervision and Administration Commission"),
     E(GZ, "¶32", "and the Municipal Federation of Industry and Commerce")],
    lang="zh")

add("cross_lingual",
    "The memo states that under Article 17 of China's revised SME payment regulations, late-payment interest defaults "
    "to 0.05% per day when the contract is silent, and that any agreed rate may not be lower than the one-year LPR. "
    "Is that what Article 17 says, and whom does it bind?",
    "Yes. Article 17 binds government bodies, public institutions and large enterprises that pay SMEs late: they "
    "must pay overdue interest; an agreed rate may not be lower than the one-year loan prime rate at the time the "
    "contract was signed, and absent agreement interest is paid at a daily rate of 5 in 10,000 (0.05%).",
    ["应当支付逾期利息", "不得低于合同订立时1年期贷款市场报价利率", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "有家小供应商一直催我们结账，还说要去主管部门告我们。采购总监想放话“再闹就拉黑，以后别想合作”。"
    "按那部保障小企业收钱的条例，这样做行不行？",
    "不行。条例第二十条规定，机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业"
    "及其工作人员进行恐吓、打击报复（违者依第三十五条对责任人员给予处分或处罚）。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "A district government signed a deal with one of our private suppliers, then a new mayor arrived and simply "
    "refused to honour what his predecessor had agreed. Would the NDRC count that as the government breaking faith, "
    "or is a change of leadership an acceptable excuse?",
    "It counts. Under item II.(2) of the NDRC notice, failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "为什么《保障中小企业款项支付条例》第九条把大型企业向中小企业付款的期限上限定为90日，比机关、事业单位宽松这么多？",
      ["付款期限最长不得超过90日", "90日内支付"],
      "第九条规定大型企业自交付之日起60日内支付，合同另有约定的从其约定但须合理约定；“最长不得超过60日”的上限针对机关、"
      "事业单位。条例中的90日只出现在第二十五条投诉处理期限，并非付款期限，问题的前提不成立。",
      lang="zh", present=["60日内支付款项", "最长不得超过90日"],
      related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
               E(SME, "第二十五条", "但处理期限最长不得超过90日")])

unans("false_premise",
      "Since the NDRC's 2023 integrity notice requires provincial credit leading departments to publish typical "
      "government dishonesty cases on Credit China every quarter, which quarter's list should our memo cite for the "
      "district that defaulted on our supplier?",
      ["quarterly", "every quarter", "每季度"],
      "The notice says NDRC will 'select a batch' of typical cases (serious, repeated, strong public complaints) and "
      "publicize them on Credit China, and will 'regularly' notify provincial departments of evaluations; it sets no "
      "quarterly publication duty on provincial departments and no periodic case lists.",
      lang="en", present=["Expose a batch of typical cases", "regularly notifying"],
      related=[E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
               E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")])

unans("false_premise",
      "《保障中小企业款项支付条例》第十八条规定机关、事业单位须在每年6月30日前公开上一年度逾期未付款信息——"
      "这个6月30日的截止日是否也同样约束国有大型企业？",
      ["6月30日"],
      "第十八条规定的公开截止日是每年3月31日前，且只针对机关、事业单位；大型企业是将相关信息纳入企业年度报告，"
      "通过国家企业信用信息公示系统公示，条文没有为大型企业规定具体截止日。前提中的6月30日不成立。",
      lang="zh", present=["3月31日前", "纳入企业年度报告"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
               E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
      "顾问引用《公职人员政务处分法》第二十一条，认为民营上市公司的管理人员受到政务处分后，在处分期内不得晋升职务和职称。"
      "照此，我们公司一位被记过的副总裁应当冻结晋升多久？",
      ["民营企业管理人员", "民营上市公司"],
      "第二十一条规定的是国有企业管理人员在政务处分期内不得晋升职务、岗位等级和职称，并非民营上市公司管理人员；"
      "政务处分法适用于监察法第十五条规定的公职人员。前提把条文的适用对象说错了。",
      lang="zh", present=["国有企业管理人员"],
      related=[E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
               E(PS, "第二条", "本法所称公职人员，是指《中华人民共和国监察法》第十五条规定的人员。")])

unans("false_premise",
      "Article 12 of the Central SOE Compliance Management Measures makes the chief compliance officer a newly created "
      "senior executive post that reports directly to the board of directors, right? Our memo relies on that reporting line.",
      ["board of directors", "对董事会负责", "新设领导岗位"],
      "Article 12 says the chief compliance officer is set up without adding leadership posts or headcount, is held "
      "concurrently by the general counsel, and is responsible to the enterprise's principal person in charge — not "
      "a new post reporting to the board.",
      lang="en", present=["不新增领导岗位和职数", "对企业主要负责人负责"],
      related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任"),
               E(SOE, "第十二条", "对企业主要负责人负责")])

unans("false_premise",
      "《民营经济促进法》第七十八条规定本法自2025年4月30日起施行；所以我们4月底与区政府签的招商协议，已经可以直接援引该法第七十条了吧？",
      ["4月30日起施行"],
      "第七十八条规定本法自2025年5月20日起施行；2025年4月30日是全国人大常委会通过的日期，并非施行日期。前提错误。",
      lang="zh", present=["2025年5月20日起施行"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "The memo cites Article 54 of the Private Economy Promotion Law as obliging authorities to complete credit "
      "restoration within 15 working days of an application. How should we time our subsidiary's application so "
      "the removal lands before our annual report goes out?",
      ["15 working days", "15个工作日"],
      "Article 54 lets a private economic organisation apply for credit restoration once it has corrected the "
      "dishonest conduct and met the conditions, and requires the authorities to lift the measures 'promptly, in "
      "accordance with law' (依法及时); it sets no 15-working-day time limit.",
      lang="en", present=["信用修复申请", "依法及时解除惩戒措施"],
      related=[E(PE, "第五十四条", "符合信用修复条件的，可以提出信用修复申请"),
               E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "中小供应商通过《保障中小企业款项支付条例》第二十四条的投诉渠道投诉我们拖欠款项，投诉方需要缴纳多少投诉费或手续费？",
      ["投诉费", "手续费", "免费"],
      "第二十四条只规定省级以上受理投诉部门建立便利畅通的渠道、国务院主管部门建立国家统一的投诉平台；第二十五条规定转交"
      "和处理时限。条例没有提到投诉是否收费或费用金额。",
      lang="zh", present=["拖欠中小企业款项投诉平台", "10个工作日内"])

unans("not_covered",
      "如果我们依据《民营经济促进法》第六十八条起诉拖欠货款的大型客户，胜诉的可能性有多大？有没有这类案件法院胜诉率的统计数据？",
      ["胜诉", "胜诉率"],
      "第六十八条只规定人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行并可调解；文件中没有任何诉讼结果预测"
      "或胜诉率统计。",
      lang="zh", present=["依法及时立案、审理、执行"])

unans("not_covered",
      "How many breach-of-contract complaints against government departments has the NDRC received through the "
      "Credit China complaint columns since the 2023 notice, and what share were verified as true?",
      ["number of complaints", "statistics", "verification rate"],
      "The notice sets up complaint columns and the verification procedure (II.(1)-(2)) and says NDRC will evaluate "
      "handling efficiency, but it reports no complaint counts or verification rates.",
      lang="en", present=["verified as untrue", "handling and identification efficiency"])

unans("not_covered",
      "《中央企业合规管理办法》要求专职合规管理人员至少占员工总数的多大比例？备忘录说有硬性配比要求。",
      ["占员工总数", "人员配比", "千分之"],
      "第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员；第十三条要求业务部门设合规管理员，"
      "均无人数或比例标准。",
      lang="zh", present=["专职合规管理人员", "合规管理员"])

unans("not_covered",
      "《公职人员政务处分法》下，被处分人对监察机关的政务处分决定不服，须在收到决定书后多少日内申请复审？",
      ["日内申请复审", "复审申请期限"],
      "第四十五条只要求政务处分决定书载明申请复审、复核的途径和期限，第五十五条规定可以向作出决定的监察机关申请复审、"
      "向上一级申请复核，但法律本身没有规定申请复审的具体天数。",
      lang="zh", present=["申请复审、复核的途径和期限", "申请复审"])

unans("not_covered",
      "We are considering joining the GBA Integrity and Compliance Association that hosts the Guangzhou lecture hall. "
      "Does the report say what the annual membership fee is for a listed company?",
      ["membership fee", "annual fee", "dues"],
      "The report describes the association's member composition (including listed companies), think tank and "
      "featured services, but says nothing about membership fees or dues.",
      lang="en", present=["Member Composition", "listed companies"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "备忘录引用的是2020年国务院令第728号公布的原《保障中小企业款项支付条例》。修订前的原条例第九条，对大型企业付款期限"
      "原来是怎么规定的？",
      ["修订前", "原条例", "2020年版"],
      "语料只收录2025年3月17日国务院令第802号修订后的条例文本；标题注明2020年公布，但没有2020年原版条文内容，"
      "无法说明原第九条的规定。",
      lang="zh", present=["国务院令第728号公布", "国务院令第802号修订"])

unans("superseded",
      "What did the 2022 edition of the Guangzhou Enterprise Integrity and Compliance Governance Index Survey Report "
      "find — in particular the overall index score — before the 2023 edition was released?",
      ["index score", "findings"],
      "The report only lists in the association's milestones that the 2022 survey report was released in March 2023 "
      "and the 2023 one in March 2024; neither report's contents or scores are in the documents.",
      lang="en", present=["Governance Index Survey Report"])

unans("superseded",
      "The consultant's memo quotes the 2018 Central SOE Compliance Management Guidelines issued by SASAC on trial "
      "basis for the chief compliance officer role. What did that 2018 version require, and how does it differ from "
      "the current Measures?",
      ["2018", "合规管理指引", "试行"],
      "Only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42, effective 1 October 2022) are in "
      "the documents; no earlier SASAC guideline text is included, so the 2018 version cannot be quoted or compared.",
      lang="en", present=["国务院国有资产监督管理委员会令第42号"])

unans("superseded",
      "顾问引用了《民营经济促进法（草案）》征求意见稿中关于拖欠账款的条款编号。草案里那一条是第几条，与正式通过的文本相比改了什么？",
      ["草案", "征求意见稿", "审议稿"],
      "语料只有2025年4月30日通过、5月20日施行的正式文本（相关内容见第六十七条、第六十八条），没有任何草案或征求意见稿文本。",
      lang="zh", present=["第十四届全国人民代表大会常务委员会第十五次会议通过"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "What notice period does a listed company in China have to give when terminating the employment contract of a "
      "senior manager, and how is severance payment calculated?",
      ["notice period", "severance", "经济补偿金"],
      "The documents address private-economy promotion, payment to SMEs, SOE compliance, public official sanctions, "
      "the business environment and government integrity; none covers employment termination or severance.",
      lang="en", present=["劳动用工"])

unans("out_of_domain",
      "我们作为上市公司，与关联方签订采购合同的交易金额达到多少时，需要提交股东大会审议并对外公告？",
      ["关联交易", "股东大会", "上市公司"],
      "语料涉及民营经济促进、中小企业款项支付、央企合规、政务处分、营商环境和政务诚信，不涉及上市公司关联交易审议和披露规则。",
      lang="zh", present=["采购货物、工程、服务"])

unans("out_of_domain",
      "When our company makes payments to a government contractor, how do we claim a VAT refund on the input tax, "
      "and which official at the tax bureau signs it off?",
      ["VAT", "refund", "增值税", "退税"],
      "The documents mention tax administration only in general terms (e.g. BE Article 46 on simplifying tax filing); "
      "none deals with VAT input credits or refunds.",
      lang="en", present=["税务机关"])
