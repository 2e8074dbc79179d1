"""Hard-case gold items, hundred-and-forty-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a startup founder in Shenzhen who switches between Chinese and English inside a single
sentence ('我们的 vendor payment 被 delay 了三个月'), types fast with almost no punctuation, uses
abbreviations (SOE, SME, NDRC, 民促法, BD, AP, VC) and often repeats what he 'heard' from a client's
finance team, a friend or a WeChat post as if it were settled fact before asking. His questions are
about getting paid by big clients and government customers, dealing with officials and SOE
clients, and the odd founder question that has nothing to do with policy at all.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "大客户是个上市公司 他们 procurement 说合同里要写 等他们的 end client 付了钱才付我们 就是 back to back 这种条款 SME 条例允许吗",
    "不允许。《保障中小企业款项支付条例》第九条第二款：大型企业从中小企业采购，不得约定以收到第三方付款作为向中小企业支付款项的条件，或者按照第三方付款进度比例支付中小企业款项。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "按照第三方付款进度比例支付中小企业款项"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")],
    lang="zh")

add("single",
    "client 是个大厂 已经 delay 了三个月没付 合同里也没写 late payment interest 那逾期利息还能要吗 按多少算",
    "能要。条例第十七条：大型企业等迟延支付中小企业款项的，应当支付逾期利息；双方对利率未作约定的，按照每日利率万分之五支付逾期利息（有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率）。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "我们BD过年给区里对接的 officer 送了几张购物卡 万一被查 这个 officer 会被怎么处分 很严重吗",
    "《公职人员政务处分法》第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["予以警告、记过或者记大过", "情节较重的，予以降级或者撤职", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")],
    lang="zh")

add("single",
    "发现一个央企客户的采购经理暗示要 kickback 想举报 他们内部有 whistleblowing 渠道吗 会不会把我身份 leak 出去",
    "有。《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；应当对举报人的身份和举报事项严格保密，任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["设立违规举报平台", "对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱")],
    lang="zh")

add("single",
    "if a local govt ends up with a dishonesty record under that NDRC integrity notice what actually happens to them?? any real teeth or just naming",
    "Under item (4) of the NDRC notice, for entities with dishonesty records the NDRC will restrict support from central budget funds, limit applications for local government special bonds and restrict recommendations for financing projects; for prefecture-level and above cities with government dishonesty records it cancels their eligibility for awards and pilot demonstrations, increases the weight of city credit monitoring deductions, and cancels social-credit demonstration zone titles.",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds")],
    lang="en")

add("single",
    "who actually put out the guangzhou 政商交往 guidelines, city govt or the discipline commission? and how many batches so far",
    "The Guangzhou Municipal Commission for Discipline Inspection and Supervision issued them: two batches of the Guidelines and Q&A on Government-Business Interactions in Typical Scenarios, one a year for two consecutive years (¶7 of the lecture-hall report).",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "Supervision has issued two batches of the Guidelines and Q&A")],
    lang="en")

add("single",
    "办审批的时候区里窗口直接塞给我们一家 consulting 中介的名片 说评估报告必须找他们做 费用还我们出 这样合规吗",
    "不合规。《优化营商环境条例》第四十三条：行政机关不得为市场主体指定或者变相指定中介服务机构；除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介服务；行政机关在审批中需要委托中介开展技术性服务的，应当自行承担服务费用，不得转嫁给市场主体。",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构", "不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构")],
    lang="zh")

add("single",
    "我们是 founder 控股的 但 cap table 里有 foreign VC 民促法里说的 民营经济组织 我们算不算 还要另外看外资那套规定吗",
    "《民营经济促进法》第七十七条：民营经济组织是指在中国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户等；涉及外商投资的，同时适用外商投资法律法规的相关规定。",
    ["由中国公民控股或者实际控制", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="zh")

# ---- multi

add("multi",
    "government 那边说 budget 没批下来 所以款先欠着 而且他们处长换人了 新领导说要重新走内部 payment 流程 这俩理由站得住吗",
    "都站不住。条例第八条：机关、事业单位使用财政资金采购应当严格按照批准的预算执行，不得无预算、超预算开展采购；第十四条：不得以法定代表人或者主要负责人变更、履行内部付款流程等为由拒绝或者迟延支付中小企业款项。",
    ["不得无预算、超预算开展采购", "不得以法定代表人或者主要负责人变更，履行内部付款流程"],
    [E(SME, "第八条", "应当严格按照批准的预算执行，不得无预算、超预算开展采购"),
     E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程")],
    lang="zh")

add("multi",
    "我一个 friend 在街道办当公务员 上个月被记大过了 这个要挂多久 期间还能升职涨工资吗",
    "《政务处分法》第八条：记大过的处分期为十八个月；第十九条：公务员在政务处分期内不得晋升职务、职级、衔级和级别，被记大过的还不得晋升工资档次。",
    ["记大过，十八个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")],
    lang="zh")

add("multi",
    "区里换届之后新领导说之前答应我们的 rent subsidy 不算了 说是前任拍板的 这个合法吗 至少能要点补偿吧",
    "不合法。《民营经济促进法》第七十条和《优化营商环境条例》第三十一条都规定，地方政府及其部门不得以政府换届、相关人员更替等为由违约、毁约；因国家利益、社会公共利益需要改变政策承诺的，应当依照法定权限和程序进行，并对企业因此受到的损失予以补偿。",
    ["政府换届", "予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "big client keeps paying us with 6-month commercial acceptance bills instead of cash, basically stretches the payment forever. is that even allowed under the SME payment regs??",
    "No, not if forced. Article 11 of the SME payment regulations: agencies, public institutions and large enterprises using commercial bills or e-receivable vouchers must agree this clearly and reasonably in the contract, may not force SMEs to accept such non-cash payment, and may not use it to extend the payment term in disguise.",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")],
    lang="en")

add("cross_lingual",
    "pitching a big deal to a central SOE and their legal guy says the compliance review on major decisions has to be signed off by one specific exec. who is that? just wanna know who to chase",
    "The chief compliance officer. Article 21 of the central SOE compliance measures: compliance review is a mandatory step, and the compliance review opinion on major decisions must be signed by the chief compliance officer (who under Article 12 is the general counsel).",
    ["由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="en")

add("cross_lingual",
    "NDRC 那个政府诚信的 notice 里 如果地方政府被认定失信了 后来把钱付了 那个失信记录会撤掉吗",
    "会。通知第(6)项（信用修复）：认定部门确认失信行为已纠正、履约完成后，应及时修复相关失信记录，并终止失信惩戒措施（relevant dishonesty records should be promptly restored, and dishonesty punishment measures terminated）。",
    ["relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "say the city people talked us into moving our plant there and then the whole thing flops. do the officials who brought us in get in trouble? and if we can't hit the numbers we promised are we screwed",
    "Per the second batch of the Guangzhou guidelines as described in the report (¶18): if investment promotion was done with due diligence and compliance, the personnel involved will not be held blindly accountable even if the project falls short; a company that misses its targets for objective reasons can negotiate adjustments and get a grace period.",
    ["will not be held blindly accountable", "enjoy a grace period"],
    [E(GZ, "¶18", "relevant personnel will not be held blindly accountable")],
    lang="en")

add("paraphrase",
    "我们去 report 了一个大客户欠钱不还 结果他们 VP 打电话来说再闹就把我们踢出供应商名单 还说让我们在这行混不下去 这ok吗",
    "不可以。条例第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复（第三十五条规定了相应处分或处罚）。",
    ["恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "government 客户的财务说 按规定机关单位有45天付款期 从交货那天算 所以我们现在还不算 overdue 是这样吗",
      ["45天", "45日"],
      "条例第九条：机关、事业单位应当自交付之日起30日内支付款项；合同另有约定的，最长不得超过60日。没有“45天”的法定付款期，前提错误，无法按题设回答。",
      lang="zh", present=["30日内", "60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "heard a 警告 under the public official sanctions law only lasts 3 months, so my friend at the district office can go for promotion again by spring right?",
      ["3 months", "三个月"],
      "PS Article 8: the period of a warning (警告) is six months (六个月), not 3 months; Article 19 bars promotion during the period. The premise is wrong.",
      lang="en", present=["六个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
      "our district partner told us 'under the NDRC notice if a contract wasn't performed because of personnel changes it does not count as breach' so we basically have no case??",
      ["does not count", "not regarded as breach"],
      "NDRC notice item (2) says the opposite: failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty. The quoted claim contradicts the document.",
      lang="en", present=["personnel changes"],
      related=[E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")])

unans("false_premise",
      "听说 central SOE 的首席合规官都要新设一个 VP 级别的 leadership 岗位专职干 那我们对接合规是不是得找这个新 VP",
      ["VP", "专职首席合规官"],
      "央企合规办法第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任。并非新设专职领导岗位，前提错误。",
      lang="zh", present=["总法律顾问"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "so the 民促法 puts MIIT in charge of coordinating private economy work nationwide right? which MIIT office do we even talk to",
      ["MIIT", "工信部"],
      "民营经济促进法第四条：国务院发展改革部门负责统筹协调促进民营经济发展工作，其他部门在各自职责范围内负责相关工作。法律并未让工信部统筹，前提错误；具体对接哪个处室文件也未规定。",
      lang="en", present=["国务院发展改革部门"],
      related=[E(PE, "第四条", "国务院发展改革部门负责统筹协调促进民营经济发展工作")])

unans("false_premise",
      "the guangzhou 政商 guidelines are on their third batch now right? which batch is the one about investment promotion",
      ["third batch", "three batches"],
      "The GZ report speaks of two batches of the Guidelines only (¶7, ¶9, ¶10: 33 scenarios in the two batches); there is no third batch. (The second batch covers full-cycle services from investment promotion to project landing, ¶9.)",
      lang="en", present=["two batches"],
      related=[E(GZ, "¶9", "Comparing the content of the two batches of the Guidelines")])

unans("false_premise",
      "朋友说营商环境条例规定 新规公开征求意见最少15日就行 那区里那个文件挂了一个礼拜就出台 也就差几天 问题不大吧",
      ["15日", "十五日"],
      "优化营商环境条例第六十二条：向社会公开征求意见的期限一般不少于30日，不是15日，前提错误。",
      lang="zh", present=["不少于30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

# ---- not_covered

unans("not_covered",
      "国家那个拖欠中小企业款项投诉平台网址是啥 投诉要交投诉费吗 还是 free 的",
      ["网址", "投诉费"],
      "条例第二十四条只规定国务院中小企业主管部门建立国家统一的拖欠中小企业款项投诉平台（NDRC通知第(1)项也提到工信部的投诉平台），没有网址，也没有说是否收费，文件无法回答。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "how much is the membership fee to join that GBA integrity and compliance association? thinking of joining for the govt access lol",
      ["membership fee", "annual fee"],
      "The GZ report describes the association (¶32-¶40: founding, members, services) but says nothing about membership fees or how to join.",
      lang="en", present=["GBA Integrity and Compliance Association"])

unans("not_covered",
      "client owes us since 2022, whats the limitation period under the 民法典 for suing over unpaid invoices? still 3 years?",
      ["limitation period", "3 years", "诉讼时效"],
      "None of the seven documents is the Civil Code or deals with limitation periods for civil claims (PE Article 63 mentions 追诉期限 only for criminal cases). Not answerable from the corpus.",
      lang="en")

unans("not_covered",
      "do you think they'll cut the big company payment term in the SME regs down to 30 days in the next revision? like 2026 or 2027",
      ["2026", "2027"],
      "A prediction. The SME regulation (Article 9) sets 60 days for large enterprises and 30 days for agencies; no document says anything about future revisions.",
      lang="en", present=["60日内支付款项"])

unans("not_covered",
      "how many local govts has NDRC actually named and shamed on Credit China since that 2023 integrity notice? got numbers?",
      ["how many", "named and shamed", "statistics"],
      "NDRC notice item (9) only says a batch of typical cases will be publicized on the Credit China website; the documents contain no counts of cases actually exposed.",
      lang="en", present=["Credit China"])

unans("not_covered",
      "朋友被处分了 觉得不公平 想申请复审 有 deadline 吗 几天内要提",
      ["三十日内", "15日内", "一个月内申请"],
      "政务处分法第五十五条只规定可以向作出决定的监察机关申请复审、再向上一级申请复核，第四十五条要求决定书载明申请复审、复核的途径和期限，但法律本身没有写具体天数，文件无法回答。",
      lang="zh", present=["申请复审"])

# ---- out_of_domain

unans("out_of_domain",
      "whats the cleanest way to set up an ESOP pool if we're doing a Cayman + WFOE structure",
      ["ESOP", "Cayman", "WFOE"],
      "Offshore structuring and employee equity plans; nothing to do with the seven policy documents.",
      lang="en")

unans("out_of_domain",
      "投资人给的 term sheet 里 liquidation preference 是 1x non-participating 这个算 market standard 吗 要不要 push back",
      ["term sheet", "liquidation preference"],
      "风险投资条款谈判，与七份政策文件无关。",
      lang="zh")

unans("out_of_domain",
      "for our HK entity should we open a US bank account w Mercury or Brex? which one is easier for non-US founders",
      ["Mercury", "Brex"],
      "Choosing a US bank for a Hong Kong entity; nothing to do with the seven documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "SME 付款条例 2020年原版（728号令那个）里面大企业付款期限原来是怎么写的 跟25年修订后比改了啥",
      ["修订前", "2020年版"],
      "语料只有2025年3月17日国务院令第802号修订后的文本（第九条大型企业60日），2020年第728号令公布的原始文本未收录，无法比较修改前后的条文。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "before the 政务处分 law came out, under the old 2007 civil servant sanctions regulations how long did a demerit last? my uncle got one back in 2015",
      ["2007", "2015", "行政机关公务员处分条例"],
      "The corpus holds only the 2020 Public Officials Sanctions Law (Article 8: 记过 twelve months, effective 2020-07-01); the earlier civil-servant sanctions regulations are not in it.",
      lang="en", present=["2020年7月1日"])

unans("superseded",
      "the 2018 SASAC compliance guidelines for central SOEs, the trial version, what did those say about the compliance committee? our SOE client still quotes them",
      ["2018", "试行", "合规管理指引"],
      "Only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42, in force 2022-10-01; Article 11 on the 合规委员会) are in the corpus; the earlier trial guidelines are not.",
      lang="en", present=["合规委员会", "2022年10月1日"])

unans("superseded",
      "is there a 2024 revised version of the 营商环境条例? what changed vs the 2019 one",
      ["2024年修订", "修订版"],
      "The corpus holds only the 2019 Regulations on Optimizing the Business Environment (State Council Order No. 722, in force 2020-01-01); no later revised version is in it, so changes cannot be described.",
      lang="en", present=["国务院令第722号"])
