"""Hard-case gold items, thirteenth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我们是做包装材料的小厂，给一家上市大公司供货，货交了三个多月了对方还没付钱。合同里没写逾期利息怎么算，"
    "我们能按什么标准要利息？",
    "《保障中小企业款项支付条例》第十七条：大型企业迟延支付中小企业款项的，应当支付逾期利息；双方未约定利率的，"
    "按照每日利率万分之五支付逾期利息（如有约定，约定利率不得低于合同订立时1年期贷款市场报价利率）。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息")],
    lang="zh")

add("single",
    "NDRC notice: once a county government that was flagged for breaching a contract has fixed the problem and "
    "finished performing, does the dishonesty record stay on file?",
    "No. Under item III.(6) of the NDRC notice, once the identifying department confirms that the dishonest behavior "
    "has been corrected and performance completed, the dishonesty records should be promptly restored and the "
    "dishonesty punishment measures terminated.",
    ["corrected and performance completed", "relevant dishonesty records should be promptly restored",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("single",
    "记大过 处分期 多长",
    "《公职人员政务处分法》第八条：记大过的政务处分期间为十八个月（警告六个月，记过十二个月，降级、撤职二十四个月），"
    "自政务处分决定生效之日起计算。",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "I manage investments at a Guangzhou state-owned company. One project we approved after full due diligence lost "
    "money because the market turned. According to the report on the second batch of the Guangzhou Guidelines, will "
    "the people who made that call be punished?",
    "Not necessarily: the report (¶21) says the Guidelines state that if an investment made with due diligence and "
    "through compliant decision-making procedures incurs losses due to objective factors such as market risks, the "
    "relevant personnel may be exempted from liability.",
    ["may be exempted from liability", "objective factors such as market risks"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

add("single",
    "请问老师：央企重大决策事项做合规审查，审查意见最后要由谁签字？",
    "《中央企业合规管理办法》第二十一条：合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规审查意见应当由"
    "首席合规官签字，对决策事项的合规性提出明确意见。",
    ["应当由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "区里一个部门通知我们公司必须报名参加他们搞的“诚信示范企业”评选，还要交800块评审费，不报名的话以后办事"
    "可能不太顺。我们能不能不去？他们这么干合规吗？",
    "可以不去。《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加"
    "评比、达标、表彰等活动，不得借前述活动向市场主体收费或者变相收费；第六十九条还将此列为追责情形。",
    ["不得强制或者变相强制市场主体参加评比", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("paraphrase",
    "我们老板想趁国庆请管我们项目审批的那位处长一家去三亚玩几天，机票酒店都由公司出。万一被查，处长本人会受到"
    "什么处理？",
    "《公职人员政务处分法》第三十四条第二款：接受可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，"
    "予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["旅游", "情节较重的，予以警告、记过或者记大过", "情节严重的，予以降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("paraphrase",
    "We won a city bureau's tender to supply them software, signed the contract, and then they just walked away from "
    "the deal. Is a case like ours something the complaint columns set up under the NDRC integrity notice are meant "
    "to take?",
    "Yes. Item II.(1): the scope of breach of contract and dishonesty includes breach and repudiation behaviors in "
    "agreements and contracts signed by government departments with private enterprises in government procurement, "
    "bidding and other fields; provincial credit leading departments set up special complaint columns to accept them.",
    ["breach and repudiation behaviors", "government procurement, bidding",
     "special columns for breach of contract and dishonesty complaints"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "private enterprises in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints")],
    lang="en")

add("paraphrase",
    "We signed an investment agreement with a Guangzhou district promising certain output figures, but a supply "
    "shock outside our control means we won't hit them this year. Does the second batch of the Guangzhou Guidelines, "
    "as described in the report, give us any breathing room?",
    "Yes. The report (¶18) says that if an enterprise fails to complete its targets due to objective reasons, it can "
    "negotiate adjustments and enjoy a grace period; if an agreement cannot be fulfilled due to policy changes, "
    "procedures can be rectified or a transition period set.",
    ["fails to complete its targets due to objective reasons", "negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

add("paraphrase",
    "我们是个小公司，上周去大客户那边催那笔拖了半年的工程款，对方采购总监当场撂话：再催就让你们进黑名单，以后别想"
    "接我们的活儿。这种做法条例允许吗？",
    "不允许。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者"
    "投诉的中小企业及其工作人员进行恐吓、打击报复；第三十五条规定对此依法给予处分或者处罚。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "We're a small lab-supplies firm. A city public hospital (a public institution) wants to write 90-day payment "
    "terms, counted from delivery, into our supply contract. Is that allowed under China's SME payment regulation?",
    "No. Article 9 of the Regulations on Guaranteeing Payments to SMEs: agencies and public institutions buying from "
    "SMEs must pay within 30 days of delivery; the contract may agree otherwise, but the payment term may not exceed "
    "60 days.",
    ["应当自货物、工程、服务交付之日起30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="en")

add("cross_lingual",
    "Trainee question: under the SASAC measures on compliance management in central SOEs, does the company have to "
    "keep a whistleblower's identity confidential, and may it reward people who report violations?",
    "Yes. Article 24: central SOEs shall keep the whistleblower's identity and the reported matters strictly "
    "confidential, may give appropriate rewards to whistleblowers whose reports prove true, and no one may retaliate "
    "against a whistleblower in any form.",
    ["对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")],
    lang="en")

add("cross_lingual",
    "发改委关于政务诚信履约机制的那个通知里，对有政府失信记录的地级以上城市，具体有哪些惩戒措施？",
    "NDRC通知第III.(4)项：对有政府失信记录的地级及以上城市，国家发改委将取消其在发展改革系统的评优评奖和试点示范资格，"
    "提高城市信用监测扣分权重，并取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="zh")

add("cross_lingual",
    "广州那两批政商交往指引，用的是什么编写体例？为什么要这么写？",
    "据报道（¶8），两批《指引》都采用“场景+清单+案例”（scenario + list + case）体例：在正负面清单基础上引入具体行为场景"
    "和典型案例，因为规范性条文概括性强，但在具体场景中的适用性、可操作性有局限，基层急需“易懂好用”的指引。",
    ["scenario + list + case", "positive and negative lists"],
    [E(GZ, "¶8", "the ‘scenario + list + case’ format adopted by both batches"),
     E(GZ, "¶8", "typical cases on the basis of positive and negative lists")],
    lang="zh")

add("cross_lingual",
    "Police froze assets in a case against our company's founder personally. Now they also want to freeze the "
    "company's own bank accounts. Does the Private Economy Promotion Law say anything about keeping these apart?",
    "Yes. Article 62: when sealing, seizing or freezing property involved in a case, authorities must strictly "
    "distinguish the private economic organization's property from its operator's personal property (and the "
    "parties' property from outsiders'), and must not exceed their authority, scope, amount or time limit.",
    ["民营经济组织财产与民营经济组织经营者个人财产", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物"],
    [E(PE, "第六十二条", "民营经济组织财产与民营经济组织经营者个人财产"),
     E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "某局采购我们公司的设备，付款时硬塞给我们一张六个月的商业承兑汇票，不收就不给钱。这种做法合法吗？局里的人要"
    "承担什么后果？",
    "不合法。《保障中小企业款项支付条例》第十一条：不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，"
    "不得利用其变相延长付款期限。第三十一条：机关、事业单位有此情形的，由其上级机关、主管部门责令改正；拒不改正的，"
    "对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得强制中小企业接受商业汇票", "由其上级机关、主管部门责令改正", "对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")],
    lang="zh")

add("multi",
    "After the county's leadership turned over, the new team refused to honour the tax-rebate promise the previous "
    "government made to our private company when we moved our factory there. What does the Private Economy Promotion "
    "Law say about this, and how does the NDRC integrity notice classify it?",
    "PE Law art. 70: local governments must honour policy commitments and contracts made to private economic "
    "organizations and may not breach them on grounds such as a change of government term or personnel; if public "
    "interest requires a change, it must follow legal procedures and losses must be compensated. NDRC notice II.(2): "
    "failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as "
    "breach of contract and dishonesty.",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("multi",
    "我是区里的公务员，刚被给了记过处分。想问一下，多长时间内不能升职？这期间工资档次还能正常往上调吗？",
    "《公职人员政务处分法》第八条：记过的处分期为十二个月。第十九条：公务员在政务处分期内不得晋升职务、职级、衔级和级别；"
    "被记过的，不得晋升工资档次。",
    ["记过，十二个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("multi",
    "At a central SOE, if we end up in a criminal case over a violation, who is supposed to lead the response, who "
    "normally holds that post, and do we have to tell SASAC?",
    "Art. 22 of the Central SOE Compliance Measures: for major compliance risk events such as criminal cases, the chief "
    "compliance officer leads the response, coordinated by the compliance department, and the company must report to "
    "SASAC in time. Art. 12: the chief compliance officer is held concurrently by the general counsel and is responsible "
    "to the company's principal person in charge.",
    ["应当由首席合规官牵头", "及时向国资委报告", "由总法律顾问兼任"],
    [E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
     E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")],
    lang="en")

add("multi",
    "大企业欠中小企业款 去哪投诉 多久出结果",
    "《保障中小企业款项支付条例》第二十四条：由省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）受理投诉，"
    "国家另建统一投诉平台。第二十五条：受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门；处理投诉部门自收到"
    "投诉材料之日起30日内形成处理结果并书面反馈，情况复杂的可延长，但最长不得超过90日。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "10个工作日内", "30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
      "Under the NDRC integrity notice, how many working days does the superior department have to verify a "
      "breach-of-contract complaint against a local government once it's been transferred?",
      ["working days", "within 15 days"],
      "NDRC notice II.(2) only says complaint clues are transferred 'immediately' for verification and identification, "
      "with 'prompt' feedback if untrue; it sets no verification deadline in days. The 10-working-day and 30-day limits "
      "in SME 第二十五条 belong to the SME-arrears complaint procedure, not to this one.",
      lang="en", present=["immediately transfer", "verification and identification"])

unans("not_covered",
      "央企合规管理部门的负责人，是不是必须具有律师执业资格或者法律职业资格？",
      ["律师执业资格", "法律职业资格"],
      "央企合规办法第十四条只规定合规管理部门的职责和配备专职合规管理人员，第十二条规定首席合规官由总法律顾问兼任；"
      "没有任何条款规定合规管理部门负责人的资格条件。",
      lang="zh", present=["合规管理部门", "总法律顾问"])

unans("not_covered",
      "What's the actual fine a large company faces if it leaves its overdue SME payments out of its annual report?",
      ["万元以下罚款", "罚款金额"],
      "SME 第三十四条 only says the market regulation department handles it according to law (由市场监督管理部门依法处理); "
      "第十八条 sets the disclosure duty. No document states a fine or its amount.",
      lang="en", present=["年度报告", "市场监督管理部门"])

unans("not_covered",
      "收到政务处分决定书以后，公职人员要在几天之内申请复审？过了期限还能申请吗？",
      ["复审期限", "三十日内", "逾期申请"],
      "政务处分法第五十五条只规定可以向作出决定的监察机关申请复审、再向上一级申请复核，第四十五条要求决定书载明申请复审、"
      "复核的途径和期限，但法律本身没有写出具体天数或逾期后果。",
      lang="zh", present=["申请复审", "政务处分决定书"])

unans("not_covered",
      "How much is the annual membership fee to join the GBA Integrity and Compliance Association, and what are the "
      "eligibility criteria for companies?",
      ["membership fee", "annual fee"],
      "The GZ report (¶32-¶34) describes the association (established 2021, 5A-level, non-profit, members from 29 "
      "industry sectors) and its services (¶36-¶40), but says nothing about fees or admission criteria.",
      lang="en", present=["GBA Integrity and Compliance Association", "non-profit"])

unans("not_covered",
      "按《优化营商环境条例》，新开一家公司，营业执照最多几个工作日必须办下来？",
      ["3个工作日", "天内办结"],
      "优化营商环境条例第十九条只说在国家规定的企业开办时限内，各地区应当确定并公开具体办理时间；第三十六条也只要求按合理、"
      "高效原则确定时限。条例没有给出具体天数。",
      lang="zh", present=["企业开办时限", "营业执照"])

unans("not_covered",
      "We run a private chemical plant. Under the Private Economy Promotion Law, how many days' advance notice must "
      "inspectors give us before an on-site administrative inspection?",
      ["advance notice", "提前通知", "提前告知"],
      "PE 第五十二条 covers random-selection inspections and merging multiple inspection items, and 第五十条 asks "
      "authorities to minimise disruption to normal business; neither, nor any other document, sets a prior-notice "
      "period for inspections.",
      lang="en", present=["行政检查", "随机抽取检查对象"])

unans("not_covered",
      "我们公司员工被街道一个干部索要好处，向监察机关举报了。国家对这种举报有没有奖金？一般奖多少钱？",
      ["举报奖励", "奖励金额"],
      "政务处分法只涉及检举人的保护和回避（第四十七条、第六十二条、第六十三条），没有举报奖励；央企合规办法第二十四条的"
      "'可以给予适当奖励'只针对央企内部违规举报平台的举报人，也没有金额。",
      lang="zh", present=["检举人", "适当奖励"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
      "Audit check: is it true that under the SME payment regulation a large enterprise must pay an SME within 30 "
      "days of delivery, the same as government agencies?",
      ["大型企业应当自货物、工程、服务交付之日起30日", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日"],
      "False premise: SME 第九条 gives 30 days (contractual maximum 60) only for 机关、事业单位; large enterprises must pay "
      "within 60 days of delivery, or on agreed terms set reasonably per industry norms.",
      lang="en", present=["60日内支付款项", "30日内支付款项"],
      related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
               E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "听说《政务处分法》规定公职人员收礼超过5000元才会被处分，5000元以下的土特产、购物卡都没事，是这样吗？",
      ["5000元", "五千元", "元以下"],
      "前提错误：政务处分法第三十四条以'可能影响公正行使公权力'为标准，不设任何金额门槛，按情节给予警告至开除；"
      "各文件均无5000元的规定。",
      lang="zh", present=["礼品、礼金、有价证券"],
      related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")])

unans("false_premise",
      "Our trainer said the SASAC Central SOE Compliance Measures require every private company with more than 500 "
      "employees to appoint a chief compliance officer. Which article says that, and by when do we have to comply?",
      ["500 employees", "500人", "民营企业应当设立首席合规官"],
      "False premise: SOE 第二条 limits the measures to central SOEs for which SASAC performs investor duties (第四十条: "
      "local SASACs refer to them for their own enterprises); 第十二条's chief compliance officer is for central SOEs. "
      "Nothing applies them to private companies or sets an employee threshold.",
      lang="en", present=["首席合规官", "中央企业"],
      related=[E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业"),
               E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官")])

unans("false_premise",
      "发改委政务诚信通知规定，政府失信记录满三年就自动修复、自动解除惩戒，对吧？三年从哪天起算？",
      ["three years", "automatically restored", "三年后自动"],
      "前提错误：NDRC通知III.(6)规定的是认定部门确认失信行为已纠正、履约完成后，及时修复失信记录、终止惩戒措施，"
      "与时间长短无关，也没有'三年自动修复'的规定。",
      lang="zh", present=["credit restoration"],
      related=[E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")])

unans("false_premise",
      "Is it right that the 2019 Regulations on Optimizing the Business Environment require at least 60 days of public "
      "consultation before business-related rules are adopted?",
      ["不少于60日", "60 days"],
      "False premise: BE 第六十二条 says the public comment period is generally not less than 30 days (一般不少于30日); "
      "no document sets 60 days.",
      lang="en", present=["征求意见", "不少于30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
      "我们是一家大型民企，有几家中小经销商欠我们货款一直不还。听说《保障中小企业款项支付条例》也保护大企业，我们可以按这个"
      "条例去省里投诉他们，要求按万分之五付逾期利息吗？",
      ["拖欠大型企业款项", "中小企业拖欠"],
      "前提错误：条例第一条、第二条只规范机关、事业单位和大型企业向中小企业付款；第二十四条的投诉渠道受理的是对机关、事业单位"
      "和大型企业拖欠中小企业款项的投诉，第十七条的逾期利息也只针对它们迟延支付中小企业款项。条例不保护大企业的应收款。",
      lang="zh", present=["拖欠中小企业款项"],
      related=[E(SME, "第二条", "机关、事业单位和大型企业采购货物、工程、服务支付中小企业款项，应当遵守本条例"),
               E(SME, "第二十四条", "受理对机关、事业单位和大型企业拖欠中小企业款项的投诉")])

unans("false_premise",
      "The Guangzhou government-business Guidelines were passed by the Guangzhou Municipal People's Congress as a "
      "local regulation, right? What fines does it set for companies that break them?",
      ["People's Congress", "local regulation", "fines"],
      "False premise: the GZ report (¶7) says the Guidelines and Q&A were issued by the Guangzhou Municipal Commission "
      "for Discipline Inspection and Supervision in two batches; it describes scenario-based guidance, not a local "
      "regulation, and mentions no fines.",
      lang="en", present=["Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
      "My landlord in Shenzhen is refusing to give back my rental deposit after I moved out. What can I do?",
      ["landlord", "rent", "deposit"],
      "Tenancy dispute between private persons; none of the documents (government-business integrity, SME payments, "
      "official sanctions, SOE compliance) covers leases.",
      lang="en")

unans("out_of_domain",
      "最近加班太多老是失眠，褪黑素一天吃多少比较合适？",
      ["失眠", "褪黑素"],
      "健康用药问题，与语料中的法规文件无关。",
      lang="zh")

unans("out_of_domain",
      "planning a trip to Guilin in spring - do Canadians need a visa, and is April too rainy?",
      ["Guilin", "visa"],
      "Travel question; nothing in the documents.",
      lang="en")

unans("out_of_domain",
      "婚前我付了首付买房，婚后两个人一起还贷款，现在要离婚，房子怎么分？",
      ["离婚", "婚前"],
      "婚姻家庭法问题，语料中的文件均不涉及。",
      lang="zh")

unans("out_of_domain",
      "Can you write me a Python script that merges all the Excel files in a folder into one sheet?",
      ["Python", "Excel"],
      "Programming request unrelated to the compliance documents.",
      lang="en")

# =========================================================================== unanswerable: superseded

unans("superseded",
      "2020年国务院令第728号公布的那版《保障中小企业款项支付条例》（修订前），大型企业付款期限原来是怎么规定的？和2025年"
      "修订后有什么不同？",
      ["修订前", "原条例"],
      "语料只收录2025年第802号令修订后的文本（第九条：大型企业60日内支付等），标题注明2020年第728号令公布，但没有原文本，"
      "无法说明修订前的规定或比较差异。",
      lang="zh", present=["国务院令第728号", "60日内支付款项"])

unans("superseded",
      "How did the 2024 draft of the Private Economy Promotion Law released for public comment differ from the final "
      "text on payment arrears owed to private firms?",
      ["draft", "草案", "征求意见稿"],
      "The corpus holds only the law as adopted on 30 April 2025 (第六十七条-第六十九条 on arrears); no draft text is "
      "included, so no comparison is possible.",
      lang="en", present=["2025年4月30日", "拖欠"])

unans("superseded",
      "Has the Public Official Sanctions Law been amended since 2020? What changed in the latest amendment?",
      ["amendment", "修正", "2024年"],
      "The corpus has the 2020 text only (adopted 20 June 2020, in force 1 July 2020, 第六十八条); it cannot say whether "
      "or how it was later amended.",
      lang="en", present=["2020年7月1日"])

unans("superseded",
      "国资委2018年那个《中央企业合规管理指引（试行）》和现在的《中央企业合规管理办法》比，合规委员会的规定有什么变化？",
      ["指引（试行）", "试行", "2018年"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一条合规委员会），没有此前的指引文本，无法比较。",
      lang="zh", present=["合规委员会", "国资委令第42号"])
