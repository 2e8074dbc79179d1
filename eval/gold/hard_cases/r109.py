"""Hard-case gold items, hundred-and-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a data analyst building a regression test set for a compliance chatbot; writes terse questions that
ask to enumerate or count things, compare two documents on one point, or ask which document or article covers a
topic; sometimes takes a wrong count or a wrong list item as given.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "政务处分一共几种？逐一列出。",
    "六种：警告、记过、记大过、降级、撤职、开除（《公职人员政务处分法》第七条）。",
    ["警告", "记过", "记大过", "降级", "撤职", "开除"],
    [E(PS, "第七条", "第七条 政务处分的种类为：")],
    lang="zh")

add("single",
    "央企合规办法点名要制定合规具体制度或专项指南的重点领域，列全，数一下有几个。",
    "第十八条列了七个重点领域：反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护（另加合规风险较高的业务；涉外业务另定专项制度）。",
    ["反垄断", "反商业贿赂", "生态环保", "安全生产", "劳动用工", "税务管理", "数据保护"],
    [E(SOE, "第十八条", "针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "制定合规管理具体制度或者专项指南")],
    lang="zh")

add("single",
    "List every measure the NDRC says it will take against prefecture-level-and-above cities that have government dishonesty records.",
    "Per III.(4): cancel their eligibility for awards and pilot demonstrations in the development and reform "
    "system, increase the weight of city credit monitoring deductions, and cancel the title or eligibility for "
    "social credit system construction demonstration zones.",
    ["eligibility for awards and pilot demonstrations", "city credit monitoring deductions",
     "demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "eligibility for demonstration zones of social credit system construction")],
    lang="en")

add("single",
    "How many scenarios do the two batches of Guangzhou's government-business interaction Guidelines cover in total?",
    "33 scenarios across the two batches, which the drafter says cannot encompass all situations (report ¶10).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches")],
    lang="en")

add("single",
    "工程建设里允许收的保证金一共几类？列全。",
    "四类：投标保证金、履约保证金、工程质量保证金、农民工工资保证金，此外不得以任何形式收取其他保证金（《保障中小企业款项支付条例》第十三条）。",
    ["投标保证金", "履约保证金", "工程质量保证金", "农民工工资保证金"],
    [E(SME, "第十三条", "除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金外"),
     E(SME, "第十三条", "工程建设中不得以任何形式收取其他保证金")],
    lang="zh")

add("single",
    "营商环境条例里，公用企事业单位哪几种情形要被责令改正、追究责任？列全。",
    "第七十条三种：不向社会公开服务标准、资费标准、办理时限等信息；强迫市场主体接受不合理的服务条件；向市场主体收取不合理费用。",
    ["不向社会公开服务标准、资费标准、办理时限等信息", "强迫市场主体接受不合理的服务条件", "向市场主体收取不合理费用"],
    [E(BE, "第七十条", "公用企事业单位有下列情形之一的，由有关部门责令改正，依法追究法律责任"),
     E(BE, "第七十条", "(一)不向社会公开服务标准、资费标准、办理时限等信息"),
     E(BE, "第七十条", "(二)强迫市场主体接受不合理的服务条件"),
     E(BE, "第七十条", "(三)向市场主体收取不合理费用")],
    lang="zh")

add("single",
    "Name every channel the NDRC notice tells provincial credit departments to rely on for breach-of-contract complaint columns.",
    "II.(1): their credit websites, the State Council's \"Internet + Supervision\" platform, MIIT's Registration "
    "(Complaint) Platform for Breach of Contract and Arrears to SMEs, local 12345 hotlines, business environment "
    "complaint platforms, petition departments, and other channels.",
    ["credit websites", "Internet + Supervision", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs",
     "12345 government service hotlines", "business environment complaint platforms", "petition departments"],
    [E(NDRC, "II.(1)", "rely on their credit websites"),
     E(NDRC, "II.(1)", "the State Council's \"Internet + Supervision\" platform"),
     E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments")],
    lang="en")

add("single",
    "民营经济促进法：银行给民企做权利质押贷款，可以押哪几类权利？",
    "第二十一条列举应收账款、仓单、股权、知识产权等权利质押贷款。",
    ["应收账款", "仓单", "股权", "知识产权"],
    [E(PE, "第二十一条", "并为民营经济组织提供应收账款、仓单、股权、知识产权等权利质押贷款")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "大企业向中小企业采购后的付款期限：保障款项支付条例和民营经济促进法各怎么规定？对比一下。",
    "条例第九条：大型企业自交付之日起60日内支付，合同另有约定的须合理约定，不得以收到第三方付款为条件；"
    "民营经济促进法第六十八条只要求合理约定付款期限并及时支付、不得以收到第三方付款为条件，没有给出天数。",
    ["60日内支付款项", "合理约定付款期限并及时支付账款"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(PE, "第六十八条", "应当合理约定付款期限并及时支付账款"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "“不得强制以审计结果作为结算依据”——保障款项支付条例和民营经济促进法分别约束哪些主体？",
    "条例第十二条约束机关、事业单位和国有大型企业；民营经济促进法第六十七条约束国家机关、事业单位、国有企业；两者均设“法律、行政法规另有规定”的例外。",
    ["机关、事业单位和国有大型企业", "国家机关、事业单位、国有企业"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "不得强制要求以审计结果作为结算依据")],
    lang="zh")

add("multi",
    "降级的处分期多长？同时要给几个撤职以下的相同处分，合并后处分期最长几个月？",
    "降级处分期二十四个月（第八条）；应当给予撤职以下多个相同政务处分的，合并处分期最长不得超过四十八个月（第十五条）。",
    ["二十四个月", "四十八个月"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第十五条", "应当给予撤职以下多个相同政务处分的"),
     E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委1103号通知：地方政府因为机构调整、换人而没履行和民企的合同，算不算违约失信？",
    "算。通知第二部分第（2）项规定，因机构调整、人员变动等原因未履约的，一律视为违约失信（Failure to perform due to "
    "institutional adjustments, personnel changes... shall all be regarded as breach of contract and dishonesty）。",
    ["institutional adjustments, personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "广州政商交往指引是哪个部门发的？一共发了几批？",
    "广州市纪委监委（Guangzhou Municipal Commission for Discipline Inspection and Supervision）自去年起连续两年发布了两批指引（报道第7段）。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches of the Guidelines")],
    lang="zh")

add("cross_lingual",
    "SME arrears complaint: how many days does the handling department get to produce a result, and what is the cap if extended?",
    "Article 25 of the SME Payment Regulations: a result within 30 days of receiving the complaint materials; "
    "extendable with approval for complex cases, but no more than 90 days in total.",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "公家单位和大公司拖着钱不给小厂，拖的那些天要不要额外补钱？合同里没写比例的话按多少算？",
    "要。《保障中小企业款项支付条例》第十七条：迟延支付应当支付逾期利息；约定利率不得低于1年期LPR，未约定的按每日利率万分之五支付。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("paraphrase",
    "If a local government that reneged on a deal with a company later makes good on it, does the black mark come off?",
    "Yes. Under III.(6), once the identifying department confirms the behaviour has been corrected and "
    "performance completed, the dishonesty records are promptly restored and the punishment measures terminated.",
    ["dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "and dishonesty punishment measures terminated")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "既然《保障中小企业款项支付条例》给了大型企业90日的付款期限，合同还能约定得更长吗？",
      ["90日内支付", "付款期限为90日"],
      "Premise wrong: 第九条 gives large enterprises 60 days from delivery (机关、事业单位 30 days, at most 60 by "
      "contract). The only 90日 in the regulation is the cap on complaint handling in 第二十五条.",
      lang="zh", present=["60日内支付款项", "最长不得超过90日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
      "List the seven kinds of 政务处分 in the Public Official Sanctions Law.",
      ["seven kinds", "七种政务处分", "七种"],
      "Premise wrong: 第七条 lists six kinds (警告、记过、记大过、降级、撤职、开除). The seven-item lists in the "
      "law (第十一条, 第十三条) are mitigating/aggravating circumstances, not kinds of sanction.",
      lang="en", present=["政务处分的种类为"],
      related=[E(PS, "第七条", "第七条 政务处分的种类为：")])

unans("false_premise",
      "NDRC notice No. 1103 was issued jointly with the Ministry of Finance. Which items is the Ministry of Finance responsible for?",
      ["Ministry of Finance", "jointly issued"],
      "Premise wrong: the notice is signed by the National Development and Reform Commission alone; no finance "
      "ministry appears. Tasks fall to 'our commission', the credit leading departments and the National Public "
      "Credit Information Center.",
      lang="en", present=["National Development and Reform Commission", "National Public Credit Information Center"],
      related=[E(NDRC, "IV.(9)", "National Development and Reform Commission")])

unans("false_premise",
      "《中央企业合规管理办法》要求每季度做一次合规管理体系有效性评价，评价报告要报国资委吗？",
      ["每季度", "季度"],
      "Premise wrong: 第二十七条 only says 定期开展 (regularly), no quarterly frequency; 第八条 has the board "
      "evaluate effectiveness and approve the annual report. Nothing about quarterly reports to SASAC.",
      lang="zh", present=["定期开展合规管理体系有效性评价", "年度报告"],
      related=[E(SOE, "第二十七条", "中央企业应当定期开展合规管理体系有效性评价")])

unans("false_premise",
      "Guangzhou's government-business interaction Guidelines came out in three batches, right? What did the third batch add?",
      ["third batch", "three batches"],
      "Premise wrong: the report says the Commission for Discipline Inspection and Supervision issued two batches "
      "over two consecutive years, covering 33 scenarios; no third batch is mentioned.",
      lang="en", present=["two batches", "second batch"],
      related=[E(GZ, "¶7", "has issued two batches of the Guidelines")])

unans("false_premise",
      "民营经济促进法从2025年1月1日起施行；所以2025年3月发生的拖欠账款纠纷可以直接适用它吧？",
      ["2025年1月1日"],
      "Premise wrong: 第七十八条 says the law takes effect on 2025年5月20日, not 1 January; the corpus says "
      "nothing about applying it to earlier disputes.",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行")])

unans("false_premise",
      "为什么《优化营商环境条例》把涉企文件公开征求意见的期限定为不少于60日？",
      ["不少于60日"],
      "Premise wrong: 第六十二条 sets the public comment period at 一般不少于30日; and the regulation gives no "
      "reasons for the figure.",
      lang="zh", present=["一般不少于30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "向省级受理投诉部门投诉大企业拖欠款项，要交投诉费吗？收费标准多少？",
      ["投诉费", "手续费"],
      "The SME Payment Regulations (第二十四、二十五条) set up complaint channels, a national complaint platform "
      "and handling deadlines but say nothing about any complaint fee.",
      lang="zh", present=["受理投诉部门", "拖欠中小企业款项投诉平台"])

unans("not_covered",
      "How many breach-of-contract complaints against governments have been confirmed under the NDRC notice so far, and what is the success rate for complainants?",
      ["success rate", "number of complaints"],
      "The notice sets up complaint columns, identification and evaluation (II.(1)-(2), IV.(7)) but gives no "
      "statistics on complaints or outcomes.",
      lang="en", present=["breach of contract and dishonesty complaints"])

unans("not_covered",
      "我们公司准备起诉一家拖欠账款的国企，依据民营经济促进法第六十七条，胜诉把握有多大？",
      ["胜诉", "胜诉率"],
      "第六十七条 and 第七十三条 forbid and sanction late payment by state bodies and SOEs, 第六十八条 asks courts to "
      "handle arrears cases promptly; no document predicts or gives odds of winning a case.",
      lang="zh", present=["拒绝或者拖延支付民营经济组织账款", "依法及时立案、审理、执行"])

unans("not_covered",
      "首席合规官的任职资格条件有哪些？要求几年从业经验？",
      ["任职资格", "从业经验"],
      "《中央企业合规管理办法》第十二条 only says the CCO is set up without new leadership posts and held "
      "concurrently by the general counsel; no qualifications or years of experience are stated.",
      lang="zh", present=["首席合规官", "由总法律顾问兼任"])

unans("not_covered",
      "不服政务处分决定申请复审，法定期限是多少天？",
      ["复审申请期限", "日内申请复审", "复审期限"],
      "《公职人员政务处分法》第四十五条 requires the decision to state 申请复审、复核的途径和期限 and 第五十五条 "
      "allows review, but no number of days is given.",
      lang="zh", present=["申请复审、复核的途径和期限", "申请复审"])

unans("not_covered",
      "What revenue and headcount thresholds does the SME Payment Regulation use to classify a medium-sized enterprise?",
      ["营业收入", "从业人员", "营业额"],
      "第三条 refers to the 国务院批准的中小企业划分标准 and 第二十九条 to a self-test platform, but no thresholds "
      "are in the corpus.",
      lang="en", present=["中小企业划分标准", "企业规模类型测试平台"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "保障中小企业款项支付条例2020年原版（国务院令第728号）规定的付款期限是多少？和2025年修订版比改了什么？",
      ["修订前", "原条例"],
      "Only the 2025 revised text (国务院令第802号) is in the corpus; its header mentions the 2020 order but the "
      "original wording and the changes are not given.",
      lang="zh", present=["国务院令第728号公布", "国务院令第802号修订"])

unans("superseded",
      "Under the 2018 Central SOE Compliance Management Guidelines (for Trial Implementation), who had to serve as chief compliance officer?",
      ["2018", "试行"],
      "Only the 2022 Measures (国资委令第42号) are in the corpus; 第十二条 there has the general counsel serve as "
      "CCO, but the earlier trial guidelines are not in any document.",
      lang="en", present=["首席合规官", "国资委令第42号"])

unans("superseded",
      "民营经济促进法草案征求意见稿（2024年10月）里关于拖欠账款的是第几条？和正式文本有什么不同？",
      ["征求意见稿", "草案"],
      "Only the enacted law (2025年4月30日通过) is in the corpus (arrears: 第六十七至六十九条); no draft text.",
      lang="zh", present=["拖延支付民营经济组织账款"])

unans("superseded",
      "How many sanction types did the 2019 draft of the Public Official Sanctions Law list, compared with the final text?",
      ["2019 draft", "draft", "second reading"],
      "Only the law as adopted on 2020年6月20日 is in the corpus (第七条: six kinds); no draft version is included.",
      lang="en", present=["政务处分的种类为"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "What severance payment does a company owe when it terminates an employee's contract early in China?",
      ["severance", "经济补偿", "economic compensation"],
      "Labour-contract termination and severance are outside all seven documents; they only mention 劳动用工 "
      "compliance in general terms.",
      lang="en", present=["劳动用工"])

unans("out_of_domain",
      "公司给员工交社保，缴费基数按什么定？",
      ["社保基数", "缴费基数"],
      "Social insurance contributions are not covered; 社会保障 appears only as a field of laws private firms must obey "
      "(民营经济促进法第三十六条).",
      lang="zh", present=["社会保障"])

unans("out_of_domain",
      "What VAT rate applies to a payment under a consulting services contract with a government agency?",
      ["VAT", "增值税", "value-added tax"],
      "Tax rates are outside the corpus; documents only mention 减税降费 policies and 税务管理 as a compliance area.",
      lang="en", present=["减税降费", "税务管理"])
