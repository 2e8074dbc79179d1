"""Hard-case gold items, hundred-and-twelfth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a recently retired deputy director of a district bureau (退休干部), now invited to advise a private
company, whose son runs a small business supplying the district; he writes in older-style formal Chinese, asks
what he may still do after retirement, whether the sanctions law still reaches him, what to avoid with his son's
firm, and sometimes recalls a rule from his working years that the documents do not contain.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "老朽去年已办妥退休手续。倘若有人翻出我在副局长任上的旧事举报，监察机关如今还能给我记过、记大过之类的政务处分吗？",
    "依政务处分法第二十七条，已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但可以立案调查；"
    "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇。",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("single",
    "忆及在任时，有位同僚的公子在其分管领域内违规开公司做买卖，组织上责令纠正，他既不肯纠正，又不服从调整岗位。按政务处分法，这种情形该当何种处分？",
    "政务处分法第三十三条第二款规定：拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职。",
    ["拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动", "予以撤职"],
    [E(PS, "第三十三条", "拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职。")],
    lang="zh")

add("single",
    "旧部前些日子受了个记大过，托我打听：这处分要背多长时间才算到头？从哪一天起算？",
    "政务处分法第八条：记大过的处分期为十八个月；政务处分决定自作出之日起生效，处分期自决定生效之日起计算。",
    ["记大过，十八个月", "自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "老朽受聘为一家民营企业的顾问，东家问我：照民营经济促进法，公司在防范腐败、廉洁经营上应当做些什么？",
    "民营经济促进法第三十九条：支持引导民营经济组织建立健全内部审计制度，加强廉洁风险防控，提升依法合规经营管理水平；"
    "民营经济组织应当加强对工作人员的法治教育，营造诚信廉洁、守法合规的文化氛围。",
    ["建立健全内部审计制度", "加强廉洁风险防控", "加强对工作人员的法治教育"],
    [E(PE, "第三十九条", "支持引导民营经济组织建立健全内部审计制度，加强廉洁风险防控"),
     E(PE, "第三十九条", "民营经济组织应当加强对工作人员的法治教育，营造诚信廉洁、守法合规的文化氛围。")],
    lang="zh")

add("single",
    "犬子的小公司要和区里签一份供货合同。签约时他需不需要先说明自家是中小企业？企业算大算小，又以什么时候的规模为准？",
    "《保障中小企业款项支付条例》第三条：中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业；"
    "中小企业、大型企业依合同订立时的企业规模类型确定。",
    ["应当主动告知其属于中小企业", "依合同订立时的企业规模类型确定"],
    [E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定"),
     E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业")],
    lang="zh")

add("single",
    "区里一个工程项目要犬子交一笔履约保证金，经办人咬定只收现款。他手头紧，拿银行开的保函抵可不可以？",
    "可以。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；"
    "中小企业以金融机构出具的保函等提供保证的，应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "区里这些年欠民营小企业的款子，按规矩每年要不要向社会亮个底？最晚什么时候亮？",
    "《保障中小企业款项支付条例》第十八条：机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业款项的"
    "合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。",
    ["每年3月31日前", "合同数量、金额等信息"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "犬子想拿区里欠他的货款去银行做应收账款融资，银行要区里先出面确认这笔债，区里却一直拖着不办。区里有没有办理的期限？",
    "有。《保障中小企业款项支付条例》第十六条：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起"
    "30日内确认债权债务关系。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "老朽已经退休。万一日后查实我在任上收过他人的钱物，除了待遇上可能要调整，那些钱物本身会怎么处置？",
    "政务处分法第二十七条规定，退休人员不再给予政务处分，但对其违法取得的财物和用于违法行为的本人财物依照第二十五条处理；"
    "第二十五条规定由监察机关没收、追缴或者责令退赔，应当退还原所有人的依法退还，属于国家财产或者不应当退还以及无法退还的，上缴国库。",
    ["依照本法第二十五条的规定处理", "没收、追缴或者责令退赔", "上缴国库"],
    [E(PS, "第二十七条", "对其违法取得的财物和用于违法行为的本人财物依照本法第二十五条的规定处理"),
     E(PS, "第二十五条", "由监察机关没收、追缴或者责令退赔；应当退还原所有人或者原持有人的，依法予以退还"),
     E(PS, "第二十五条", "属于国家财产或者不应当退还以及无法退还的，上缴国库")],
    lang="zh")

add("multi",
    "犬子替一家大型总包企业做区里项目的分包，活儿早交了，总包却说“区里的钱还没拨下来，等拨下来再给你”。这个说法站得住吗？大企业到底该多久内付款？",
    "站不住。民营经济促进法第六十八条规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件；"
    "《保障中小企业款项支付条例》第九条规定大型企业应当自交付之日起60日内付款，合同另有约定的也不得约定以收到第三方付款作为付款条件。",
    ["不得以收到第三方付款作为向中小民营经济组织支付账款的条件", "自货物、工程、服务交付之日起60日内支付款项"],
    [E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"),
     E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")],
    lang="zh")

add("multi",
    "区里拖欠犬子的货款久拖不决，他打算去投诉。该向哪一级、哪个部门投诉？投诉递上去以后，多长时间能有个结果？",
    "《保障中小企业款项支付条例》第二十四条：由省级以上人民政府负责中小企业促进工作综合管理的部门受理投诉，国务院该部门另建国家统一投诉平台；"
    "第二十五条：受理后10个工作日内转交处理投诉部门，处理部门自收到材料之日起30日内形成处理结果并书面反馈，情况复杂的最长不超过90日。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "区里换了主要领导，新来的不认前任跟犬子公司签下的扶持协议。照国家发改委那份关于健全政府守信践诺机制的通知，这种情形算不算政府失信？",
    "算。通知第二部分第（2）项规定，因机构调整、人员变动等原因不履约的，一律视为违约失信（Failure to perform due to institutional "
    "adjustments, personnel changes, and other reasons shall all be regarded as breach of contract and dishonesty）。",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "广州纪委出的那份政商交往场景指引，终究不能把情形都写全。碰到指引里没写到的事，按起草人在讲堂上的说法，该凭什么来拿捏分寸？",
    "据广州讲堂报道，起草委员王玉群表示，判断各种情形的核心是区分“为公”（acting for the public good）与“为私”（acting for personal gain），"
    "关键看行为能否“摆到桌面上”（put on the table）。",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "“acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "My son's small firm supplies goods to our district government, and the contract says nothing about interest on late payment. "
    "If the district pays late, what interest does it owe him?",
    "Under Article 17 of the Regulations on Guaranteeing Payments to SMEs, a government body that pays late must pay overdue interest; "
    "where no rate was agreed, it is 0.05% per day (每日利率万分之五). An agreed rate may not be below the one-year LPR at signing.",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "区里管事的头头刚换了人，会计那边跟犬子说，新来的还没点头，得重新走一遍签批，钱只好再压一压。这么拖着，合规矩吗？",
    "不合。《保障中小企业款项支付条例》第十四条规定，机关、事业单位不得以法定代表人或者主要负责人变更、履行内部付款流程等为由，"
    "拒绝或者迟延支付中小企业款项（民营经济促进法第六十七条亦有同类规定）。",
    ["法定代表人或者主要负责人变更", "履行内部付款流程"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项"),
     E(PE, "第六十七条", "不得以人员变更、履行内部付款流程")],
    lang="zh")

add("paraphrase",
    "设若老朽尚在任上，而组织已经在核我的问题，我能不能赶紧打个报告告老还乡，或者先去国外探亲避一避风头？",
    "不能。政务处分法第五十二条：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职；"
    "所在机关、单位及上级机关、单位不得为其办理退休手续。",
    ["未经监察机关同意，不得出境、辞去公职", "办理退休手续"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "不得对其交流、晋升、奖励、处分或者办理退休手续")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
      "政务处分法规定撤职的处分期为三十六个月；老朽那位旧同事是2023年3月被撤职的，那他岂不是要熬到2026年3月才算期满？",
      ["三十六个月"],
      "政务处分法第八条规定降级、撤职的处分期为二十四个月，不是三十六个月；第十五条所说的四十八个月是多个处分合并时的上限。前提数字错误。",
      present=["二十四个月", "四十八个月"],
      related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
      "既然《保障中小企业款项支付条例》给了机关单位90日内付款的宽限，区里交货后第八十天才把货款付给犬子，他还能主张逾期利息吗？",
      ["90日内"],
      "条例第九条规定机关、事业单位应当自交付之日起30日内付款，合同另有约定的最长不得超过60日；条例中的90日是第二十五条投诉处理期限的上限，"
      "并非付款期限。前提错误。",
      present=["30日内", "60日", "90日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
               E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "政务处分法第三十六条明文规定，退休干部三年内不得到原管辖地区的企业任职。老朽退下来才一年，这份民企顾问之聘是不是得推到后年再接？",
      ["三年内", "退休干部", "原管辖"],
      "政务处分法第三十六条只规定违反规定从事营利性活动或者违反规定兼任职务、领取报酬的处分，没有“退休三年内不得到原管辖地区企业任职”的内容；"
      "任何文件都没有这一年限。前提把一条文件里没有的规矩安到了第三十六条上。",
      present=["兼任职务", "领取报酬"],
      related=[E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的")])

unans("false_premise",
      "Since the NDRC's 2023 notice requires provincial credit departments to publish a list of dishonest government bodies every quarter, "
      "how can my son check whether our district is on the latest quarterly list?",
      ["quarterly", "every quarter"],
      "The NDRC notice sets no quarterly list. It says the NDRC will evaluate and 'regularly' notify provincial credit leading departments (IV.(7)) "
      "and will select a batch of typical dishonesty cases to publicize on the Credit China website (IV.(9)); no frequency is fixed.",
      lang="en", present=["regularly", "Credit China"],
      related=[E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments"),
               E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")])

unans("false_premise",
      "广州那份《政商交往典型场景指引和问答》是广州市工商联印发的，前后一共出了三批，对吧？",
      ["三批", "three batches"],
      "据广州讲堂报道，该指引由广州市纪委监委印发，连续两年共发布两批，并非工商联印发、也不是三批；工商联只是发起成立廉洁合规协会的单位之一。",
      present=["two batches", "Federation of Industry and Commerce"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
      "民营经济促进法为什么要硬性规定国家机关必须在15日内把账款付给民营企业？这个期限是怎么定出来的？",
      ["15日", "十五日"],
      "民营经济促进法第六十七条只要求国家机关、事业单位、国有企业依法或者依合同约定“及时”支付民营经济组织账款，没有规定15日的期限；"
      "具体天数见《保障中小企业款项支付条例》第九条（30日、最长60日）。前提错误。",
      present=["及时向民营经济组织支付账款", "30日内"],
      related=[E(PE, "第六十七条", "应当依法或者依合同约定及时向民营经济组织支付账款")])

unans("false_premise",
      "听说《保障中小企业款项支付条例》并不要求投诉人与被投诉单位之间有合同关系。老朽想以自己的名义替犬子去省里投诉区里欠款，该准备些什么材料？",
      ["代为投诉", "无须"],
      "条例第二十五条恰恰规定投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉；文件也没有列出投诉材料清单。前提与条文相反。",
      present=["投诉人应当与被投诉人存在合同关系"],
      related=[E(SME, "第二十五条", "投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉。")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
      "老朽受聘民企顾问之前，是否须先向原单位或组织部门报告备案？走的是什么程序？",
      ["原单位", "报告备案", "退休干部"],
      "政务处分法第三十六条只提到违反规定兼任职务、领取报酬应受处分，第二十七条规定退休人员不再给予政务处分；"
      "没有任何文件规定退休人员到企业任职的报告、备案程序。",
      present=["兼任职务", "已经退休的公职人员"])

unans("not_covered",
      "犬子向省里的受理投诉部门投诉区里拖欠货款，需要缴纳投诉费吗？要交多少？",
      ["投诉费"],
      "《保障中小企业款项支付条例》第二十四、二十五条规定了受理投诉部门、转交和处理时限，但未涉及是否收费或收费标准。",
      present=["受理投诉部门"])

unans("not_covered",
      "What percentage of the breach-of-contract complaints against local governments have been verified as true since the NDRC notice came out?",
      ["percentage", "percent"],
      "NDRC notice II.(2) describes how complaints are verified (untrue: feedback; true: rectification) and IV.(7) mentions evaluating "
      "handling efficiency, but no figures or outcome statistics are given anywhere.",
      lang="en", present=["verified as true", "handling and identification efficiency"])

unans("not_covered",
      "犬子若就区里拖欠的货款向法院起诉，照这些法规看，胜诉的把握有几成？",
      ["胜诉", "败诉"],
      "民营经济促进法第六十八条要求人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，可以调解，"
      "但任何文件都不对个案结果作出预测。",
      present=["人民法院", "拖欠中小民营经济组织账款案件"])

unans("not_covered",
      "政务处分法第三十四条所说“可能影响公正行使公权力的礼品”，价值多少钱以上才算？犬子逢年过节给区里老同事送两盒茶叶算不算？",
      ["金额标准", "元以上"],
      "政务处分法第三十四条规定收受、赠送可能影响公正行使公权力的礼品、礼金、有价证券等财物的处分，但未设任何金额标准。",
      present=["可能影响公正行使公权力的礼品、礼金、有价证券等财物"])

unans("not_covered",
      "犬子公司和区里对他家算不算中小企业起了争议，去申请认定时要交哪些材料？认定多少天出结果？",
      ["认定材料", "认定期限"],
      "《保障中小企业款项支付条例》第二十九条只规定可向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合管理的部门"
      "申请认定，相关部门应提供协助；未规定申请材料和认定时限。",
      present=["申请认定", "企业规模类型测试平台"])

# =========================================================================== unanswerable: superseded

unans("superseded",
      "2020年国务院令第728号公布的那版原条例里，大型企业向中小企业付款的期限是怎么规定的？",
      ["原条例", "2020年版"],
      "语料只收录2025年3月国务院令第802号修订后的《保障中小企业款项支付条例》文本（第九条：大型企业60日内付款）；"
      "2020年原版条文不在文件中。",
      present=["第728号", "第802号"])

unans("superseded",
      "老朽在职那些年适用的《行政机关公务员处分条例》，对记过的处分期是怎样规定的？",
      ["行政机关公务员处分条例"],
      "文件只有2020年施行的政务处分法（第八条：记过十二个月），没有收录此前的《行政机关公务员处分条例》。",
      present=["记过，十二个月"])

unans("superseded",
      "国资委2018年印发的《中央企业合规管理指引（试行）》里，合规委员会由谁担任主任、由哪个部门牵头？",
      ["合规管理指引", "试行"],
      "文件只有2022年国资委令第42号《中央企业合规管理办法》（第十一条设立合规委员会，第十四条合规管理部门牵头）；"
      "2018年试行指引不在语料中。",
      present=["合规委员会", "中央企业合规管理办法"])

unans("superseded",
      "民营经济促进法草案2024年公开征求意见时，关于拖欠民营企业账款那一条原来是怎么写的？和正式通过的文本有什么不同？",
      ["草案"],
      "文件只有2025年4月30日通过的民营经济促进法正式文本（第六十七条等），没有收录任何草案或征求意见稿。",
      present=["账款"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
      "敝公司打算聘一位退休人员做顾问，该跟他签劳务合同还是劳动合同？公司还要不要替他缴社保？",
      ["劳务合同", "劳动合同", "社保"],
      "这是劳动用工与社会保险问题，七份文件均未涉及退休人员返聘的合同类型和社保缴纳。",
      present=["劳动用工"])

unans("out_of_domain",
      "犬子公司给区政府开的增值税专用发票金额开错了，款子还没付，这张发票该怎么红冲重开？",
      ["增值税", "红字发票"],
      "这是税务发票操作问题；优化营商环境条例第四十六条只泛泛提到推广电子发票，文件均不涉及发票冲红。",
      present=["电子发票"])

unans("out_of_domain",
      "How is a consulting fee that a private company pays to a retired government official taxed under China's individual income tax — "
      "as wages or as labor remuneration?",
      ["income tax", "wages", "labor remuneration"],
      "A personal income tax question; none of the seven documents deals with taxation of consulting fees.",
      lang="en")
