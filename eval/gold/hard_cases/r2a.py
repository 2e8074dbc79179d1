"""Hard-case gold items, second round (see eval/gold/build_hard_cases.py)."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)


# =========================================================================== UNANSWERABLE
# --------------------------------------------------------------------------- Chinese documents

unans("not_covered",
      "中小企业向受理投诉部门投诉机关、大企业拖欠款项，需要交多少投诉费？",
      ["投诉费"],
      "保障中小企业款项支付条例第二十四、二十五条规定了投诉渠道、转交和处理时限，但没有任何关于投诉收费的规定；其他文件也未涉及。",
      present=["受理投诉部门", "投诉"])

unans("false_premise",
      "保障中小企业款项支付条例既然允许大型企业跟中小企业约定“背靠背”付款（等业主付了钱再付给我们），这种约定要满足什么条件才算有效？",
      ["背靠背"],
      "前提错误：保障中小企业款项支付条例第九条明确禁止大型企业约定以收到第三方付款作为付款条件，民营经济促进法第六十八条同样禁止，不存在“有效条件”。",
      present=["第三方付款"],
      related=[E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
               E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")])

unans("false_premise",
      "退休干部被查出在职时受贿，给了记大过处分以后，他的退休金要扣多少？",
      ["退休金"],
      "前提错误：政务处分法第二十七条规定已经退休的公职人员不再给予政务处分（可立案调查，应予降级、撤职、开除的调整待遇），不会“记大过”；也没有规定扣减退休金的数额。",
      present=["已经退休", "政务处分"],
      related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")])

unans("false_premise",
      "央企合规办法要求首席合规官必须从外部聘请专职人员担任，那对外聘人选有什么资格要求？",
      ["外部聘请", "资格要求"],
      "前提错误：中央企业合规管理办法第十二条规定首席合规官不新增领导岗位和职数，由总法律顾问兼任，并无外部聘请的要求，也未规定资格条件。",
      present=["首席合规官"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "The Private Economy Promotion Law treats companies controlled by foreign investors (外资控股) as private economic "
      "organizations. Which of its provisions apply to such a foreign-controlled company?",
      ["外资控股", "foreign investors"],
      "False premise: Art. 77 defines private economic organizations as those controlled by Chinese citizens (those "
      "involving foreign investment also fall under foreign-investment law); foreign-controlled firms are not included.",
      lang="en", present=["民营经济组织", "外商投资"],
      related=[E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")])

unans("superseded",
      "保障中小企业款项支付条例2020年版本里，大型企业的付款期限原来是怎么规定的？2025年修订改了哪些地方？",
      ["2020年版本"],
      "语料只收录2025年国务院令第802号修订后的文本，2020年原条文及修订前后的对比不在任何文件中。",
      present=["国务院令第728号", "修订"])

unans("not_covered",
      "政务处分决定书作出以后，监察机关必须在几日内送达被处分人？",
      ["几日内"],
      "政务处分法第四十六条只要求“及时送达”被处分人和所在机关、单位，没有规定具体天数（第五十四条的一个月是办理待遇变更手续的期限）。",
      present=["送达", "政务处分决定书"])

unans("false_premise",
      "If an official applies for re-examination of a demotion under the Public Official Sanctions Law, the sanction is "
      "suspended while the review is pending. How long can that suspension last?",
      ["suspended"],
      "False premise: Art. 56 says the original sanction decision continues to be enforced during re-examination "
      "(复审) or review (复核); there is no suspension.",
      lang="en", present=["复审", "复核"],
      related=[E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。")])

unans("not_covered",
      "央企业务部门的合规管理员每年至少要参加多少学时的合规培训？",
      ["学时"],
      "中央企业合规管理办法第十三条规定合规管理员接受合规管理部门业务指导和培训，第三十条要求建立常态化培训机制、制定年度培训计划，但都没有规定学时。",
      present=["合规管理员", "合规培训"])

unans("not_covered",
      "When an individual business converts into a company under the Private Economy Promotion Law, what minimum "
      "registered capital (注册资本) does the new company need?",
      ["注册资本", "registered capital"],
      "Art. 48 only says individual businesses may voluntarily convert and that registration and tax authorities give "
      "guidance and facilitation; no document sets a capital requirement.",
      lang="en", present=["个体工商户", "转型为企业"])

unans("not_covered",
      "Under the Regulations on Optimizing the Business Environment, what is the fine amount (罚款金额) for a water or "
      "power utility that charges businesses unreasonable fees?",
      ["罚款金额", "fine amount"],
      "Art. 70 only says the relevant department orders correction and legal liability is pursued; no amount of fine "
      "is stated anywhere.",
      lang="en", present=["公用企事业单位", "不合理费用"])

unans("not_covered",
      "公司注销如果走简易程序，公告期是多少天？",
      ["公告期"],
      "优化营商环境条例第三十三条只规定未开展经营或无债权债务的市场主体可以按简易程序注销，没有规定公告期；其他文件也未涉及。",
      present=["简易程序", "注销"])

unans("not_covered",
      "县政府换届后不认之前跟我们签的投资合同，我们民营企业去法院起诉，胜诉的可能性大吗？",
      ["胜诉"],
      "民营经济促进法第七十条、优化营商环境条例第三十一条禁止以政府换届为由违约，但任何文件都不对具体诉讼结果作出预测，属于咨询/预测问题。",
      present=["政府换届", "违约"])

unans("not_covered",
      "2024年全国机关、事业单位公开的逾期未付中小企业款项一共有多少金额？",
      ["2024年"],
      "保障中小企业款项支付条例第十八条只规定每年3月31日前公开上一年度逾期未付信息的义务，语料中没有任何统计数据。",
      present=["逾期尚未支付中小企业款项"])

# --------------------------------------------------------------------------- English documents

unans("not_covered",
      "按照发改委那份政府诚信履约的通知，企业投诉政府违约失信时需要提交哪些证明材料？",
      ["证明材料"],
      "NDRC notice II.(1) lists the complaint channels and II.(2) the verification procedure, but nothing about what "
      "materials a complainant must submit; no other document says so for this notice.",
      present=["complaint", "complaint channels"])

unans("false_premise",
      "Since the NDRC notice excuses a government that fails to perform a contract because of personnel changes, what "
      "documentation of the reshuffle does it have to provide?",
      ["documentation", "reshuffle"],
      "False premise: II.(2) says failure to perform because of institutional adjustments or personnel changes is "
      "itself regarded as breach of contract and dishonesty; there is no excuse.",
      lang="en", present=["personnel changes"],
      related=[E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")])

unans("false_premise",
      "发改委通知规定由国家发改委直接认定地方政府是否违约失信，企业一般多久能拿到认定结果？",
      ["认定结果"],
      "前提错误：NDRC notice II.(2) 规定省级信用牵头部门把线索转交被投诉主体的上级或主管部门核实认定，不是国家发改委直接认定；也没有规定时限。",
      present=["identifying department"],
      related=[E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
      "Why does the NDRC notice only cover government contracts with foreign-invested companies and leave out domestic "
      "private firms?",
      ["foreign-invested"],
      "False premise: II.(1) defines the scope as agreements and contracts signed by government departments with "
      "private enterprises; foreign-invested companies are not mentioned.",
      lang="en", present=["private enterprises"],
      related=[E(NDRC, "II.(1)", "contracts signed by government departments with private enterprises")])

unans("not_covered",
      "Under the NDRC notice, by how many points is a city's credit monitoring score reduced when it gets a government "
      "dishonesty record?",
      ["how many points", "score"],
      "III.(4) only says the NDRC will 'increase the weight of city credit monitoring deductions'; no number of points "
      "or scoring rule is given anywhere.",
      lang="en", present=["monitoring deductions"])

unans("superseded",
      "What did the 2019 version of the NDRC's government-integrity notice require before Document No. 1103 replaced it?",
      ["2019 version"],
      "Only the 2023 notice (Development and Reform Finance [2023] No. 1103) is in the corpus; no earlier version or "
      "replacement relationship is described.",
      lang="en", present=["No. 1103"])

unans("not_covered",
      "发改委这份通知印发以后，“信用中国”网站已经曝光了哪些地方政府失信的典型案例？",
      ["已经曝光"],
      "NDRC notice IV.(9) only announces that typical cases will be publicised on Credit China; what happened after "
      "publication (dated August 5, 2023) is not in any document.",
      present=["Credit China", "typical cases"])

unans("not_covered",
      "Under the Guangzhou Guidelines, what is the maximum value of a meal a public official may accept from a company?",
      ["maximum value"],
      "The GZ report (¶9) only names 'what meals can be eaten' as a topic of the first batch without stating the rule; "
      "the Public Official Sanctions Law Art. 34 prohibits banquets that may affect impartiality but sets no value.",
      lang="en", present=["what meals can be eaten"])

unans("not_covered",
      "广州政商交往指引两批一共33个场景，其中第二批有多少个场景？分别是哪几个场景？",
      ["第二批", "哪几个场景"],
      "The GZ report (¶10) gives only the total of 33 scenarios for both batches and (¶9, ¶17-18) the themes of the "
      "second batch; neither the split between the batches nor the list of scenarios is given.",
      present=["33 scenarios", "second batch"])

unans("not_covered",
      "How many months does the 'observation period' for new business formats such as AI last under the Guangzhou "
      "Guidelines?",
      ["months"],
      "¶25 only mentions that the Guidelines advocate an 'observation period' system; its length is not stated.",
      lang="en", present=["observation period"])

unans("false_premise",
      "广州市国资委发布的《政商交往指引》为什么只适用于国有企业？",
      ["只适用于"],
      "前提错误：GZ report ¶7 says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline "
      "Inspection and Supervision (not SASAC) and help enterprises and public officials in general, not only SOEs.",
      present=["Guidelines"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
      "Under the Guangzhou Guidelines, investment-promotion staff are personally liable whenever a project misses "
      "expectations. What penalties do they face?",
      ["personally liable"],
      "False premise: ¶18 says that if investment promotion was carried out with due diligence and compliance, "
      "personnel will not be held blindly accountable even if the project fails to meet expectations (see also ¶21).",
      lang="en", present=["investment promotion"],
      related=[E(GZ, "¶18", "will not be held blindly accountable even if the project fails")])

unans("false_premise",
      "既然广州指引规定企业没完成招商协议的目标就必须全额退还补贴，退还期限一般是多久？",
      ["全额退还", "退还补贴"],
      "前提错误：GZ report ¶18 says an enterprise that misses its targets for objective reasons can negotiate "
      "adjustments and enjoy a grace period; no refund duty or deadline is mentioned.",
      present=["grace period"],
      related=[E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")])

unans("superseded",
      "Which provisions of the first batch of the Guangzhou Guidelines were repealed when the second batch came out?",
      ["repealed"],
      "The GZ report (¶9, ¶17) says the second batch extended and expanded the first; it says nothing about any first-batch "
      "provision being repealed or replaced, and the Guidelines' text itself is not in the corpus.",
      lang="en", present=["first batch", "second batch"])


# =========================================================================== ANSWERABLE

add("multi",
    "我们是家小公司，给一家大企业供货，对方说要等他们的客户付了钱才能付给我们，这种做法合规吗？",
    "不合规。大型企业不得约定以收到第三方付款作为向中小企业付款的条件（保障中小企业款项支付条例第九条；民营经济促进法第六十八条同样规定）。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")])

add("cross_lingual",
    "A government agency we supplied is paying us late, and our contract never mentioned interest for late payment. "
    "What rate of late-payment interest do they owe?",
    "Overdue interest at a daily rate of 0.05% (万分之五 per day) when no rate was agreed (SME Payment Regulation Art. 17).",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")], lang="en")

add("single",
    "我投诉了被拖欠的货款以后，有关部门最晚多长时间要给我处理结果？",
    "处理投诉部门应自收到投诉材料之日起30日内形成处理结果并书面反馈；情况复杂经批准可延长，但最长不超过90日（条例第二十五条）。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")])

add("multi",
    "公务员被记大过以后，要等多久才能再升职？",
    "记大过的处分期为十八个月；公务员在处分期内不得晋升职务、职级、衔级和级别（也不得晋升工资档次）（政务处分法第八条、第十九条）。",
    ["记大过，十八个月", "在政务处分期内，不得晋升职务、职级、衔级和级别"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

add("cross_lingual",
    "If an official asks for a sanction decision to be re-examined, does the sanction stay in force while that is "
    "going on? And could asking for the review make the penalty heavier?",
    "Yes, it stays in force: re-examination/review does not stop enforcement of the original decision, and the "
    "official cannot be given a heavier sanction for asking (Public Official Sanctions Law Art. 56).",
    ["复审、复核期间，不停止原政务处分决定的执行", "不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。"),
     E(PS, "第五十六条", "公职人员不因提出复审、复核而被加重政务处分。")], lang="en")

add("paraphrase",
    "老干部已经退休了，才被查出在职时有违法问题，还能给他政务处分吗？",
    "不再给予政务处分，但可以立案调查；应当降级、撤职、开除的，相应调整其待遇，违法所得依第二十五条处理（政务处分法第二十七条）。",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")])

add("paraphrase",
    "央企的首席合规官是专门新设的一个领导岗位吗？一般由谁来当？",
    "不是新增领导岗位，不新增职数，由总法律顾问兼任，对企业主要负责人负责（中央企业合规管理办法第十二条）。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

add("cross_lingual",
    "At a central state-owned enterprise, whose signature has to be on the compliance review opinion for a major "
    "decision?",
    "The chief compliance officer must sign the compliance review opinion on major decisions (SOE Compliance Measures Art. 21).",
    ["由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")], lang="en")

add("cross_lingual",
    "After the local leadership changed, our county government refuses to honour the investment agreement it signed "
    "with our private company. Is it allowed to back out for that reason?",
    "No. Local governments must honour their policy commitments and contracts and may not breach them on grounds such "
    "as a change of government term or personnel (Private Economy Promotion Law Art. 70; Business Environment "
    "Regulations Art. 31); changes for public interest need legal procedure and compensation.",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="en")

add("paraphrase",
    "我是个体户，想把生意升级成公司，政府部门会帮忙吗？",
    "会。个体工商户可以自愿依法转型为企业，登记机关、税务机关和有关部门提供指引和便利（民营经济促进法第四十八条）。",
    ["个体工商户可以自愿依法转型为企业", "提供指引和便利"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业。登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利")])

add("paraphrase",
    "公司注册以后一直没做过生意，也不欠谁的钱，想关掉的话有没有更省事的办法？",
    "有。设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销（优化营商环境条例第三十三条）。",
    ["可以按照简易程序办理注销"],
    [E(BE, "第三十三条", "对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销")])

add("cross_lingual",
    "When a government body drafts a rule that closely affects how businesses operate, how long does the public "
    "consultation normally have to stay open?",
    "Generally no less than 30 days (Business Environment Regulations Art. 62).",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")], lang="en")

add("paraphrase",
    "A city bureau stopped honouring our contract and blamed it on a reorganisation and new staff. Under the NDRC "
    "notice, does that get them off the hook?",
    "No. Failure to perform due to institutional adjustments, personnel changes and similar reasons is all regarded as "
    "breach of contract and dishonesty (NDRC notice II.(2)).",
    ["shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")], lang="en")

add("cross_lingual",
    "企业想投诉地方政府部门违约失信，发改委通知里说可以通过哪些渠道？",
    "各省信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部违约拖欠中小企业款项登记（投诉）平台、12345政务服务热线、营商环境投诉平台、信访部门等设立违约失信投诉专栏（NDRC notice II.(1)）。",
    ["credit websites", "12345 government service hotlines", "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "should rely on their credit websites"),
     E(NDRC, "II.(1)", "12345 government service hotlines, business environment complaint platforms")])

add("single",
    "Once a government body fixes its breach and actually performs the contract, what happens to its dishonesty record?",
    "After the identifying department confirms correction and performance, the dishonesty record is promptly restored "
    "and the punishment measures are terminated (NDRC notice III.(6)).",
    ["relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")], lang="en")

add("single",
    "What consequences can a city face from the NDRC if it has a government dishonesty record?",
    "For prefecture-level and above cities: cancellation of eligibility for NDRC-system awards and pilot "
    "demonstrations, heavier weight of city credit monitoring deductions, and loss of the social credit demonstration "
    "zone title/eligibility (NDRC notice III.(4)).",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")], lang="en")

add("paraphrase",
    "If an investment-attraction project flops even though the officials handled everything carefully and by the book, "
    "will they be punished under the Guangzhou Guidelines?",
    "No: if investment promotion was done with due diligence and compliance, the personnel will not be held blindly "
    "accountable even if the project falls short (GZ report ¶18).",
    ["will not be held blindly accountable"],
    [E(GZ, "¶18", "will not be held blindly accountable even if the project fails")], lang="en")

add("cross_lingual",
    "广州的政商交往指引是哪个部门发布的？两批一共覆盖多少个场景？",
    "由广州市纪委监委（Guangzhou Municipal Commission for Discipline Inspection and Supervision）连续两年发布两批；两批共覆盖33个场景（GZ report ¶7、¶10）。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "33 scenarios"],
    [E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches"),
     E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

add("single",
    "The Guidelines can't list every situation. What test does the drafter suggest for deciding whether a dealing with a "
    "company is acceptable?",
    "Distinguish 'acting for the public good' from 'acting for personal gain'; the key is whether the action can be "
    "'put on the table' (GZ report ¶10).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "acting for the public good"),
     E(GZ, "¶10", "whether the actions can be “put on the table”")], lang="en")

add("cross_lingual",
    "按照广州的指引，企业因为客观原因没完成招商协议里的目标，会怎么处理？",
    "可以协商调整并享受宽限期；因政策变化无法履约的，可以完善手续或设置过渡期（GZ report ¶18）。",
    ["negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")])
