"""Hard-case gold items, twelfth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "被摊派 企业可以拒绝吗",
    "可以。《优化营商环境条例》第十四条：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "市场主体有权拒绝任何形式的摊派。",
    ["有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派"),
     E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为")],
    lang="zh")

add("single",
    "We're a private solar installer. Our county signed a subsidy agreement with us, then the county head was "
    "replaced and the new administration says the old deal isn't their problem. Under the NDRC government "
    "integrity notice, does a change of personnel excuse them from performing?",
    "No. Item II.(2) of the NDRC notice says failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "我们是一家小型装修公司，给一家大型地产企业做分包。对方要求履约保证金必须交现金，我们想用银行开的保函代替，"
    "对方说不行。他们可以这样要求吗？",
    "不可以。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构"
    "出具的保函等提供保证的，机关、事业单位和大型企业应当接受。",
    ["不得将保证金限定为现金", "机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的")],
    lang="zh")

add("single",
    "中央企业的首席合规官一般由什么人兼任？他对谁负责？",
    "《中央企业合规管理办法》第十二条：中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门组织开展相关工作。",
    ["由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "Guangzhou guidelines - how many scenarios covered?",
    "33 scenarios across the two batches of the Guidelines, which the report says cannot encompass all "
    "situations (¶10).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "过年的时候，街道办一个科长收了辖区企业老板送的两瓶茅台和一张购物卡，按规定他会挨什么处分？",
    "《公职人员政务处分法》第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；"
    "情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")],
    lang="zh")

add("paraphrase",
    "Our city ended up on the government blacklist after it stiffed a bunch of suppliers, us included. It has "
    "finally paid everyone in full. Does that black mark and the penalties stick around forever?",
    "No. Under item III.(6) of the NDRC notice, once the identifying department confirms the dishonest behaviour "
    "has been corrected and performance completed, the dishonesty records should be promptly restored and the "
    "punishment measures terminated.",
    ["corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("paraphrase",
    "我们是给一家大厂供包装盒的小作坊，货款拖了半年，我们催了几次，对方采购经理放话说再催就把我们从供应商名单里踢掉，"
    "以后别想接单。这样做有没有问题？",
    "有问题。《保障中小企业款项支付条例》第二十条：大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业"
    "及其工作人员进行恐吓、打击报复（第三十五条规定了相应的处分或者处罚）。",
    ["不得以任何形式", "恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "We promised the district we'd reach certain output numbers by next year in exchange for land, but a flood "
    "knocked out our supplier and we just won't make it. Does Guangzhou's new guidance leave us any wiggle room?",
    "Yes, per the second batch of the Guidelines as described in the report (¶18): if an enterprise fails to "
    "complete its targets due to objective reasons, it can negotiate adjustments and enjoy a grace period.",
    ["objective reasons", "negotiate adjustments", "grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

add("paraphrase",
    "我们公司让发改局的一位处长在公司挂名当顾问，每个月给他发一份钱。万一被查出来，这位处长会怎么样？",
    "《公职人员政务处分法》第三十六条：违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的，予以警告、记过或者"
    "记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["违反规定兼任职务、领取报酬的", "予以警告、记过或者记大过"],
    [E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "We're a small parts maker supplying a big state-owned manufacturing group. They paid our last invoice four "
    "months late, and our contract never set an interest rate for late payment. Can we charge interest, and at "
    "what rate?",
    "Yes. Article 17 of the Regulations on Ensuring Payments to SMEs: a large enterprise that pays late must pay "
    "overdue interest; where no rate was agreed, interest is 0.05% per day (每日利率万分之五).",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("cross_lingual",
    "Our private logistics firm signed a land and tax-incentive agreement with the city. Now the city says it has "
    "to take the site back for a new public hospital. Under China's Private Economy Promotion Law, can they do "
    "that, and do they owe us anything?",
    "Article 70: a change to a policy commitment or contract for the national or public interest must follow "
    "statutory authority and procedures, and the private enterprise must be compensated for its resulting losses.",
    ["应当依照法定权限和程序进行", "对民营经济组织因此受到的损失予以补偿"],
    [E(PE, "第七十条", "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")],
    lang="en")

add("cross_lingual",
    "地方政府有失信记录 发改委怎么惩戒",
    "国家发改委通知第三部分第（4）项：对有失信记录的相关主体，限制中央预算内资金支持、限制申报地方政府专项债券、按规定限制"
    "各类融资项目推荐；对有政府失信记录的地级及以上城市，取消发改系统评优评先和试点示范资格、加大城市信用监测扣分权重、"
    "取消社会信用体系建设示范区称号或资格。",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="zh")

add("cross_lingual",
    "我是广州一家市属国企的投资经理，去年按规定流程、做足尽职调查后投了一个项目，结果因为市场行情变化亏了钱。"
    "广州那套政商交往指引对这种情况怎么说，我会被追责吗？",
    "据报道（¶21），第二批《指引》明确：尽职并经合规决策程序作出的投资，因市场风险等客观因素造成损失的，相关人员可以免责。",
    ["due diligence", "objective factors such as market risks", "the relevant personnel may be exempted from liability"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="zh")

add("cross_lingual",
    "SME arrears complaint - deadline for the handling result?",
    "Article 25 of the SME payment regulations: the handling department must reach a result within 30 days of "
    "receiving the complaint materials and reply in writing; in complex cases it may be extended with approval, "
    "but to no more than 90 days.",
    ["30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我们是一家做课桌椅的小厂，给区教育局供了一批货。合同写的是验收合格后付款，但货送到两个多月了，他们一直拖着不来验收。"
    "正常情况下机关应该多久内付款？他们拖着不验收，付款期限又从什么时候算？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位应当自交付之日起30日内付款，合同另有约定的从其约定，但最长不得超过60日；"
    "第十条：约定验收合格后付款的，自验收合格之日起算，拖延验收的，付款期限自约定的验收期限届满之日起算。",
    ["交付之日起30日内支付款项", "付款期限最长不得超过60日", "付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "但付款期限最长不得超过60日"),
     E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("multi",
    "We're a private firm that won a government-social capital cooperation project with our town, and the town "
    "has now walked away from the deal. Where can we lodge a complaint, and what happens to it after that?",
    "II.(1): provincial credit leading departments run breach-of-contract complaint columns relying on credit "
    "websites, the Internet + Supervision platform, the MIIT SME arrears platform, local 12345 hotlines, business "
    "environment complaint platforms and petition departments. II.(2): clues are transferred to the superior or "
    "competent department of the complained entity for verification; if true, rectification is promoted, and "
    "refusal to rectify is confirmed as breach of contract and dishonesty.",
    ["local 12345 government service hotlines", "superior or competent departments of the complained entities",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint"),
     E(NDRC, "II.(2)", "superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

add("multi",
    "中央企业里，业务部门和合规管理部门在合规审查上分别管什么？业务部门里的合规管理员由谁担任？",
    "《中央企业合规管理办法》第十三条：业务及职能部门负责本部门经营管理行为的合规审查，并设置合规管理员，由业务骨干担任；"
    "第十四条：合规管理部门负责规章制度、经济合同、重大决策合规审查。",
    ["负责本部门经营管理行为的合规审查", "由业务骨干担任", "负责规章制度、经济合同、重大决策合规审查"],
    [E(SOE, "第十三条", "负责本部门经营管理行为的合规审查"),
     E(SOE, "第十三条", "中央企业应当在业务及职能部门设置合规管理员，由业务骨干担任"),
     E(SOE, "第十四条", "负责规章制度、经济合同、重大决策合规审查")],
    lang="zh")

add("multi",
    "审批科的科长暗示，如果我们公司给他儿子安排个岗位，我们的项目审批就能快一些。要是真这么做了，科长本人会受到什么处分？"
    "我们作为民营企业又违反了什么义务？",
    "科长：《公职人员政务处分法》第三十三条，利用职权或者职务上的影响为本人或者他人谋取私利的，予以警告、记过或者记大过，"
    "情节较重的降级或者撤职，情节严重的开除。企业：《民营经济促进法》第三十六条，民营经济组织不得通过贿赂和欺诈等手段牟取不正当利益。",
    ["利用职权或者职务上的影响为本人或者他人谋取私利的", "予以警告、记过或者记大过", "不得通过贿赂和欺诈等手段牟取不正当利益"],
    [E(PS, "第三十三条", "利用职权或者职务上的影响为本人或者他人谋取私利的"),
     E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")],
    lang="zh")

add("multi",
    "What did the first batch of Guangzhou's government-business interaction Guidelines deal with, and for a "
    "situation none of the scenarios covers, what is the core test for judging it?",
    "¶9: the first batch addressed regular interaction issues such as what meals can be eaten and what vehicles "
    "can be taken. ¶10: for uncovered situations the core is to distinguish acting for the public good from acting "
    "for personal gain, the key being whether the actions can be put on the table.",
    ["what meals can be eaten and what vehicles can be taken", "acting for the public good", "acting for personal gain",
     "put on the table"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
      "我们是做工程设计的小公司，春节想给区住建局对接我们项目的科长送点年货，送多少钱以内的礼品算合规？法律上有没有一个具体的金额标准？",
      ["礼品金额", "金额标准", "元以内"],
      "政务处分法第三十四条只规定收受、赠送'可能影响公正行使公权力的礼品、礼金、有价证券等财物'的处分档次，未规定任何金额标准"
      "或可以送的限额；其他文件也未规定。",
      lang="zh", present=["礼品", "礼金"])

unans("not_covered",
      "Is there a per-person spending cap when a company hosts a working lunch for visiting government inspectors?",
      ["per-person", "lunch", "per head"],
      "The GZ report (¶9) only says the first batch of the Guidelines dealt with 'what meals can be eaten', without "
      "giving the rules; PS 第三十四条 sanctions accepting or providing banquets (宴请) that may affect impartial "
      "exercise of power. No document sets a spending limit per person.",
      lang="en", present=["meals", "宴请"])

unans("not_covered",
      "公务员辞去公职以后，要隔多久才能去和原来分管业务有关的企业任职？",
      ["离职后", "从业限制", "三年内"],
      "政务处分法第二十七条只规定已经离职的公职人员在履职期间有违法行为的处理，第三十六条针对在职时违规从事营利性活动、兼职；"
      "各文件都没有规定离职后到企业任职的限制期限。",
      lang="zh", present=["离职", "营利性活动"])

unans("not_covered",
      "央企按规定至少要配多少名专职合规管理人员？有没有按员工人数的比例要求？",
      ["人员比例", "配备比例"],
      "央企合规办法第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员，没有规定人数或比例。",
      lang="zh", present=["专职合规管理人员"])

unans("not_covered",
      "A district official is coming to inspect our new plant and asked if he could ride over with us in our "
      "company car instead of taking his own. Under the Guangzhou government-business Guidelines, is giving him a "
      "lift allowed?",
      ["company car", "lift"],
      "The GZ report (¶9) only mentions that the first batch of the Guidelines answered questions such as 'what "
      "vehicles can be taken'; it does not state the rule itself, and no other document does.",
      lang="en", present=["vehicles"])

unans("not_covered",
      "政务处分 追究时效 几年",
      ["时效"],
      "政务处分法没有规定追究时效；第八条规定的是政务处分期（警告六个月至降级、撤职二十四个月），不是追究期限。民营经济促进法第六十三条"
      "的'追诉期限'针对刑事追诉。",
      lang="zh", present=["追诉期限", "政务处分的期间"])

unans("not_covered",
      "NDRC notice: how long does a government dishonesty record stay public?",
      ["publicity period", "disclosure period"],
      "The NDRC notice (III.(3), III.(6)) says records are formed and shared, and restored once the dishonest "
      "behaviour is corrected and performance completed; it sets no fixed display period.",
      lang="en", present=["credit restoration"])

unans("not_covered",
      "If an employee's whistleblowing report at a central SOE turns out to be true, how much reward are they "
      "entitled to?",
      ["奖励金额", "奖励标准"],
      "央企合规办法第二十四条只规定对举报属实的举报人可以给予适当奖励，未规定金额或标准。",
      lang="en", present=["适当奖励"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
      "We supply lab equipment to a provincial public hospital, which is a public institution. Our contract says "
      "they pay 120 days after delivery, and their finance office says that's fine because the contract terms "
      "govern. So a 120-day term is OK under the SME payment regulations, right?",
      ["120"],
      "Premise wrong: SME 第九条 — 机关、事业单位 must pay within 30 days of delivery; a contract may agree otherwise "
      "but the payment term may not exceed 60 days.",
      lang="en", present=["60日"],
      related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "我们给总包做劳务分包，总包是大型企业。他们说按合同要等业主把工程款付给他们以后才付我们，这种背靠背的约定条例是允许的吧？",
      ["背靠背"],
      "前提错误：保障中小企业款项支付条例第九条规定大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件；民营经济促进法"
      "第六十八条亦同。",
      lang="zh", present=["第三方付款"],
      related=[E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")])

unans("false_premise",
      "The Public Official Sanctions Law only punishes officials for taking cash and gifts, so an official "
      "accepting a company-paid golf trip isn't covered, correct?",
      ["golf"],
      "Premise wrong: PS 第三十四条 second paragraph also sanctions accepting or providing banquets, travel, fitness "
      "and entertainment arrangements that may affect the impartial exercise of public power.",
      lang="en", present=["旅游", "宴请"],
      related=[E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排")])

unans("false_premise",
      "央企设首席合规官 要新增一个领导职数吧",
      ["新增一个领导职数"],
      "前提错误：央企合规办法第十二条规定设立首席合规官不新增领导岗位和职数，由总法律顾问兼任。",
      lang="zh", present=["首席合规官"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "The NDRC government-integrity notice only covers government procurement contracts, so an "
      "investment attraction agreement with a county wouldn't count - correct?",
      ["investment attraction"],
      "Premise wrong: NDRC II.(1) defines the scope as agreements and contracts with private enterprises in "
      "government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
      "support, government investment and other fields.",
      lang="en", present=["investment promotion"],
      related=[E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support")])

unans("false_premise",
      "我们公司现在请了一位已经退休的原局长做顾问。听说人退休了就不归政务处分法管了，他在位时收过的好处也就没人追究了，是这样吗？",
      ["退休后不追究"],
      "前提错误：政务处分法第二十七条规定已退休的公职人员退休前或退休后有违法行为的，虽不再给予政务处分，但可以立案调查，"
      "应予降级、撤职、开除的相应调整待遇，违法所得依第二十五条处理。",
      lang="zh", present=["已经退休"],
      related=[E(PS, "第二十七条", "不再给予政务处分，但是可以对其立案调查"),
               E(PS, "第二十七条", "对其违法取得的财物和用于违法行为的本人财物依照本法第二十五条的规定处理")])

unans("false_premise",
      "My boss came back from the Guangzhou integrity lecture saying the new government-business Guidelines relax "
      "the discipline rules, so we can start taking district officials out to banquets again. Is that what the "
      "Guidelines say?",
      ["banquets", "banquet"],
      "Premise wrong: the GZ report (¶10) says the Guidelines are not intended to 'relax discipline' but to stop "
      "excessive restrictions and one-size-fits-all approaches; ¶15 stresses never crossing the red line of "
      "interest transfer.",
      lang="en", present=["relax discipline"],
      related=[E(GZ, "¶10", "The Guidelines are not intended to “relax discipline”"),
               E(GZ, "¶15", "we must never cross the red line of interest transfer")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
      "我爸明年退休，他的养老金是怎么计算的？",
      ["养老金", "退休金"],
      "个人养老待遇计算与这些关于政商交往、政务处分、账款支付和合规管理的文件无关。",
      lang="zh")

unans("out_of_domain",
      "good hotpot near Liby Center Guangzhou?",
      ["hotpot", "restaurant"],
      "A restaurant recommendation; the GZ report only mentions the Liby Center as the venue of the lecture.",
      lang="en", present=["Liby Center"])

unans("out_of_domain",
      "个税专项附加扣除 子女教育 怎么填",
      ["个税", "专项附加扣除", "子女教育"],
      "个人所得税申报与语料无关。",
      lang="zh")

unans("out_of_domain",
      "I moved out of my flat in Shenzhen last month and my landlord is refusing to return my deposit, saying the "
      "walls need repainting. How can I get my money back?",
      ["landlord", "deposit", "tenant"],
      "A personal tenancy dispute; none of the documents deals with residential leases.",
      lang="en")

unans("out_of_domain",
      "How do I apply for a work permit and Z visa for a foreign engineer we're hiring?",
      ["visa", "work permit"],
      "Immigration and work-permit procedure for foreigners is outside all seven documents.",
      lang="en")

# =========================================================================== unanswerable: superseded

unans("superseded",
      "2020年公布的原版《保障中小企业款项支付条例》，对大型企业的付款期限是怎么规定的？和现在有什么不同？",
      ["修订前", "原条例"],
      "语料只有2025年3月17日国务院令第802号修订、2025年6月1日施行的版本；2020年国务院令第728号公布的原版条文不在语料中，无法比较。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "民营经济促进法 草案 征求意见稿 拖欠账款条款",
      ["草案", "征求意见稿"],
      "语料只有2025年4月30日通过的《民营经济促进法》正式文本，草案或征求意见稿不在语料中。",
      lang="zh", present=["2025年4月30日"])

unans("superseded",
      "Our central SOE still runs its compliance program on the 2018 Guidelines for Compliance Management of "
      "Central Enterprises (trial version). Under those 2018 guidelines, which body was supposed to lead "
      "compliance work?",
      ["2018", "试行"],
      "The corpus has only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42, effective "
      "1 October 2022); the earlier 2018 trial guidelines are not in it.",
      lang="en", present=["第42号", "2022年10月1日"])

unans("superseded",
      "2007 civil servant punishment regs - demerit period?",
      ["2007", "公务员处分条例"],
      "The corpus has only the 2020 Law on Administrative Sanctions for Public Officials (PS 第八条: 记过 twelve months); "
      "the older civil-servant punishment regulations are not in it.",
      lang="en", present=["记过，十二个月"])
