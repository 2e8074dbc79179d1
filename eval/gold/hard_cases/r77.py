"""Hard-case gold items, seventy-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a policy officer at a provincial development-and-reform commission drafting an internal briefing on the
2023 NDRC notice and the private-economy law; writes formal Chinese and precise English, asks who must do what, by
when and through which channel, and how credit restoration and supervision work, and sometimes attributes a duty to
the wrong level of government.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "请问在《民营经济促进法》框架下，民营企业已纠正失信行为、消除不良影响后，能否申请信用修复？有关国家机关届时须履行哪些义务？",
    "可以。符合信用修复条件的可以提出信用修复申请；有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示，"
    "并在相关公共信用信息平台实现协同修复（第五十四条第二款）。",
    ["可以提出信用修复申请", "依法及时解除惩戒措施", "移除或者终止失信信息公示", "协同修复"],
    [E(PE, "第五十四条", "民营经济组织及其经营者纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请"),
     E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示，并在相关公共信用信息平台实现协同修复")],
    lang="zh")

add("single",
    "For our briefing: when a provincial credit leading department receives a complaint clue that a county bureau broke "
    "a contract with a private firm, to whom must it pass the clue, and what follows if the bureau refuses to put things right?",
    "It must immediately transfer the clue to the superior or competent department of the complained entity for "
    "verification and identification; if the complaint is true the identifying department promotes rectification, and "
    "an entity that refuses to rectify is confirmed as breach of contract and dishonesty (Notice II.(2)).",
    ["immediately transfer", "superior or competent departments of the complained entities", "refuse to rectify",
     "confirmed as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Provincial-level credit leading departments should immediately transfer"),
     E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "refuse to rectify shall be confirmed as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Apart from complaints lodged by firms, how does the NDRC itself pick up clues of government dishonesty under the "
    "2023 notice, and what does it do with a clue once found?",
    "Through communication mechanisms with private enterprises, big data monitoring and monitoring points set up at "
    "representative private enterprises; clues are transferred immediately to the place of jurisdiction for supervision "
    "and continuous follow-up (Notice IV.(8)).",
    ["big data monitoring", "monitoring points", "transferring clues immediately to the place of jurisdiction"],
    [E(NDRC, "IV.(8)", "through communication mechanisms with private enterprises, big data monitoring"),
     E(NDRC, "IV.(8)", "selecting representative private enterprises to establish monitoring points"),
     E(NDRC, "IV.(8)", "transferring clues immediately to the place of jurisdiction for supervision")],
    lang="en")

add("single",
    "企业就机关拖欠中小企业款项向受理投诉部门投诉后，受理部门须在几个工作日内转交处理？处理投诉部门最迟多久要给出书面处理结果？",
    "受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门；处理投诉部门自收到投诉材料之日起30日内形成处理结果并书面反馈，"
    "情况复杂的经批准可延长，但最长不得超过90日（《保障中小企业款项支付条例》第二十五条）。",
    ["10个工作日内", "30日内形成处理结果", "以书面形式反馈投诉人", "最长不得超过90日"],
    [E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "机关、事业单位上一年度逾期未付中小企业款项的情况，每年最迟何时对外公开？通过什么方式？大型企业又该通过什么途径公示？",
    "机关、事业单位应于每年3月31日前，将上一年度逾期尚未支付的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开；"
    "大型企业将相关信息纳入企业年度报告，通过国家企业信用信息公示系统向社会公示（条例第十八条）。",
    ["每年3月31日前", "网站、报刊", "纳入企业年度报告", "国家企业信用信息公示系统"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开"),
     E(SME, "第十八条", "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示")],
    lang="zh")

add("single",
    "民营经济促进法施行后，国家层面由哪个部门统筹协调促进民营经济发展工作？县级以上地方政府各部门的分工又以什么为依据？",
    "国务院发展改革部门负责统筹协调；县级以上地方人民政府有关部门依照法律法规和本级人民政府确定的职责分工开展工作（第四条）。",
    ["国务院发展改革部门负责统筹协调促进民营经济发展工作", "本级人民政府确定的职责分工"],
    [E(PE, "第四条", "国务院发展改革部门负责统筹协调促进民营经济发展工作"),
     E(PE, "第四条", "县级以上地方人民政府有关部门依照法律法规和本级人民政府确定的职责分工，开展促进民营经济发展工作")],
    lang="zh")

add("single",
    "How will the NDRC assess each province's handling and identification of breach-of-contract complaints under notice "
    "No. 1103, and who receives the results?",
    "Through spot checks, third-party investigations, cross-checks and other methods; results are regularly notified to "
    "the provincial credit leading departments, with copies to the provincial people's governments (Notice IV.(7)).",
    ["spot checks, third-party investigations, cross-checks", "regularly notifying provincial credit leading departments",
     "copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments"),
     E(NDRC, "IV.(7)", "copying the provincial people's governments")],
    lang="en")

add("single",
    "机关迟延支付中小企业货款的，合同未约定逾期利息利率时按什么标准计付？若合同约定了利率，有没有下限要求？",
    "未约定的，按照每日利率万分之五支付逾期利息；约定的利率不得低于合同订立时1年期贷款市场报价利率（条例第十七条）。",
    ["每日利率万分之五", "不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "某市直部门拖欠一家中小企业的款项，企业应向哪一级、哪个部门投诉？如该部门拖欠行为被依法认定为失信，对其会采取哪些限制？",
    "向省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）投诉（条例第二十四条）；被认定失信的，记入信用记录，"
    "情节严重的向社会公示，并对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施（第二十六条）。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "记入相关主体信用记录", "公务消费、办公用房、经费安排"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道"),
     E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录"),
     E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施")],
    lang="zh")

add("multi",
    "Under the 2023 NDRC notice, which channels should provincial credit leading departments rely on to collect "
    "breach-of-contract complaints, and once a breach has been identified, where must that information be sent?",
    "They rely on their credit websites, the State Council's Internet + Supervision platform, the MIIT complaint platform, "
    "local 12345 hotlines, business-environment complaint platforms, petition departments and other channels (II.(1)); "
    "identified information is shared in real time to the national credit information sharing platform under unified "
    "standards (III.(3)).",
    ["credit websites", "12345 government service hotlines", "petition departments",
     "in real time", "national credit information sharing platform"],
    [E(NDRC, "II.(1)", "should rely on their credit websites"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments"),
     E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time"),
     E(NDRC, "III.(3)", "to the national credit information sharing platform")],
    lang="en")

add("multi",
    "在账款支付保障上，省级政府对本行政区域负什么责任？对拖欠民营企业账款存在重大分歧的，县级以上地方政府应当如何处置？",
    "省、自治区、直辖市人民政府对本行政区域内保障中小企业款项支付工作负总责（条例第五条）；县级以上地方人民政府对有争议的"
    "鼓励各方协商解决，对存在重大分歧的组织协商、调解，并发挥工商业联合会、律师协会等组织的作用（民营经济促进法第六十九条）。",
    ["负总责", "对存在重大分歧的组织协商、调解", "工商业联合会、律师协会"],
    [E(SME, "第五条", "省、自治区、直辖市人民政府对本行政区域内保障中小企业款项支付工作负总责"),
     E(PE, "第六十九条", "对有争议的鼓励各方协商解决，对存在重大分歧的组织协商、调解"),
     E(PE, "第六十九条", "协商、调解应当发挥工商业联合会、律师协会等组织的作用")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "对于存在政务失信记录的相关主体，国家发展改革委在中央预算内资金、地方政府专项债券和融资项目推荐方面会采取哪些措施？",
    "按规定限制中央预算内资金支持、限制申报地方政府专项债券、限制推荐各类融资项目（通知III.(4)）。",
    ["restrict support from central budget funds", "limit applications for local government special bonds",
     "restrict recommendations for various financing projects"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects")],
    lang="zh")

add("cross_lingual",
    "广州的《政商交往指引》是由哪个机关发布的？两批指引合计涵盖多少个场景？",
    "由广州市纪委监委（Guangzhou Municipal Commission for Discipline Inspection and Supervision）发布，两批共涵盖33个场景（报道¶7、¶10）。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "33 scenarios"],
    [E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="zh")

add("cross_lingual",
    "Under the Private Economy Promotion Law, may a local government walk away from a contract with a private firm "
    "because of a change of government or a reshuffle of officials? And if the public interest genuinely requires "
    "changing the contract, what must it do?",
    "No. Local governments may not breach or repudiate on grounds such as administrative-division adjustment, change of "
    "government, institutional adjustment or personnel change; a change needed for national or public interest must "
    "follow statutory authority and procedure and the firm's losses must be compensated (Article 70).",
    ["政府换届", "相关人员更替", "依照法定权限和程序进行", "予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "政府要出台跟公司做买卖直接相关的新规定，事先让外界发表看法，一般至少得给多长时间？",
    "除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，期限一般不少于30日（《优化营商环境条例》第六十二条）。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("paraphrase",
    "Suppose a county government that reneged on a deal later sets things right and actually delivers what it promised: "
    "does the black mark stay on its file, and do the penalties keep running?",
    "No. Once the identifying department confirms the behaviour has been corrected and performance completed, the "
    "dishonesty records should be promptly restored and the punishment measures terminated (Notice III.(6)).",
    ["corrected and performance completed", "promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "Why does the 2023 NDRC notice give municipal development-and-reform commissions five working days to pass "
    "breach-of-contract complaint clues on to the complained department's superior?",
    ["five working days", "5 working days", "working days"],
    "II.(2) puts the duty on provincial-level credit leading departments and says they should transfer clues "
    "'immediately'; no municipal DRC duty and no five-working-day deadline appear anywhere.",
    lang="en", present=["immediately transfer", "Provincial-level credit leading departments"],
    related=[E(NDRC, "II.(2)", "Provincial-level credit leading departments should immediately transfer")])

unans("false_premise",
    "既然《民营经济促进法》第五十四条明确信用修复申请统一向县级发展改革部门提出，那么该部门受理后须在多少个工作日内作出修复决定？",
    ["县级发展改革部门", "修复决定"],
    "第五十四条只规定符合条件的可以提出信用修复申请、有关国家机关应当依法及时解除惩戒措施，既未指定县级发展改革部门受理，"
    "也未规定作出决定的工作日期限。",
    lang="zh", present=["信用修复申请", "及时解除惩戒措施"],
    related=[E(PE, "第五十四条", "可以提出信用修复申请。有关国家机关应当依法及时解除惩戒措施")])

unans("false_premise",
    "按照《保障中小企业款项支付条例》第九条“约定付款期限最长不得超过90日”的规定，我省政府采购合同范本中的付款条款应当如何表述？",
    ["付款期限最长不得超过90日", "合同范本"],
    "第九条规定机关、事业单位应自交付之日起30日内付款，合同另有约定的付款期限最长不得超过60日，而非90日（90日只出现在第二十五条"
    "投诉处理期限中）；文件也未提供政府采购合同范本的表述。",
    lang="zh", present=["付款期限最长不得超过60日", "处理期限最长不得超过90日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "Given that notice No. 1103 was jointly issued by the NDRC and the Ministry of Finance, which of its tasks fall to "
    "the Ministry of Finance rather than the NDRC?",
    ["Ministry of Finance", "jointly issued"],
    "The notice is issued by the National Development and Reform Commission alone (signed 'National Development and "
    "Reform Commission, August 5, 2023'); 'our commission' carries the central tasks. No finance ministry role is mentioned.",
    lang="en", present=["Our commission will", "Development and Reform Finance"],
    related=[E(NDRC, "IV.(9)", "August 5, 2023"),
             E(NDRC, "II.(1)", "Our commission will publicize local complaint columns")])

unans("false_premise",
    "1103号通知要求国家公共信用信息中心每季度对各省政务失信投诉办理情况进行评估通报。我省信用牵头部门每季度末前需要报送哪些材料？",
    ["每季度", "quarterly", "each quarter"],
    "IV.(7) 说的是国家发展改革委（our commission）通过抽查、第三方调查、交叉检查等方式评估，并“定期”通报省级信用牵头部门、"
    "抄送省级人民政府；并非由国家公共信用信息中心按季度通报，也没有规定各省报送材料的清单。"
    "国家公共信用信息中心在III.(3)中只负责制定信息归集标准。",
    lang="zh", present=["regularly notifying", "National Public Credit Information Center"],
    related=[E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments"),
             E(NDRC, "IV.(7)", "copying the provincial people's governments"),
             E(NDRC, "III.(3)", "The National Public Credit Information Center should expedite the formulation")])

unans("false_premise",
    "Article 67 of the Private Economy Promotion Law makes the provincial development and reform commission responsible "
    "for audit supervision of how state organs and SOEs pay private firms; so should our commission set up its own audit team?",
    ["发展改革部门依法对", "audit team"],
    "Article 67 assigns audit supervision of payments by state organs, public institutions and SOEs to audit authorities "
    "(审计机关), not to development and reform departments; the law says nothing about a DRC audit team.",
    lang="en", present=["审计机关依法对"],
    related=[E(PE, "第六十七条", "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督")])

unans("false_premise",
    "Under the NDRC notice, a prefecture-level city with a government dishonesty record is permanently disqualified from "
    "development-and-reform awards and pilot programmes, right?",
    ["permanently", "permanent"],
    "III.(4) says the NDRC will cancel such cities' eligibility for awards and pilot demonstrations, but nothing makes it "
    "permanent; III.(6) provides that once correction and performance are confirmed, records are restored and "
    "punishment measures terminated.",
    lang="en", present=["cancel their eligibility for awards and pilot demonstrations", "punishment measures terminated"],
    related=[E(NDRC, "III.(4)", "our commission will cancel their eligibility for awards and pilot demonstrations"),
             E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "Does a private firm have to pay a fee to lodge a complaint through the MIIT's Registration (Complaint) Platform for "
    "Breach of Contract and Arrears to SMEs, and if so how much?",
    ["fee", "free of charge", "filing fee", "投诉费", "免费"],
    "II.(1) lists the MIIT platform as one channel for complaints; SME Article 24 has a national complaint platform. "
    "Neither says anything about charges for complaining.",
    lang="en", present=["Registration (Complaint) Platform", "投诉平台"])

unans("not_covered",
    "通知要求国家公共信用信息中心抓紧制定政务失信信息归集标准，该标准何时出台，具体包括哪些数据项？",
    ["数据项", "data items", "字段"],
    "III.(3) 只说国家公共信用信息中心应加快制定相关信息归集标准，未给出出台时间或标准内容。",
    lang="zh", present=["information collection standards", "unified standards"])

unans("not_covered",
    "根据民营经济促进法，民营企业的失信信息至少要公示多长时间以后，才能申请信用修复？",
    ["最短公示", "公示期限", "minimum disclosure period"],
    "第五十四条规定纠正失信行为、消除不良影响、符合信用修复条件的可以申请修复，未规定任何最短公示期限；其他文件也没有。",
    lang="zh", present=["符合信用修复条件", "信用修复申请"])

unans("not_covered",
    "Since the 2023 notice took effect, how many typical cases of government dishonesty has the NDRC exposed on the "
    "Credit China website, and which provinces accounted for the most?",
    ["statistics", "number of typical cases"],
    "IV.(9) only says a batch of typical cases will be publicised on Credit China and exposed through the media; the "
    "corpus has no counts or provincial breakdown.",
    lang="en", present=["Credit China", "typical cases"])

unans("not_covered",
    "某县政府以换届为由拒付一家民营企业的工程款，如果企业依据民营经济促进法第七十三条起诉，胜诉的可能性有多大？",
    ["胜诉", "败诉", "诉讼结果"],
    "第七十条禁止以政府换届为由违约、毁约，第七十三条规定由有权机关予以纠正、造成损失依法赔偿；但任何文件都不预测诉讼结果。",
    lang="zh", present=["政府换届", "由有权机关予以纠正"])

unans("not_covered",
    "By how many points is a city's credit monitoring score reduced for each government dishonesty record under the notice?",
    ["per dishonesty record", "deduction points", "points deducted", "扣分"],
    "III.(4) says the NDRC will 'increase the weight of city credit monitoring deductions' but gives no figure or scale.",
    lang="en", present=["city credit monitoring deductions"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的《保障中小企业款项支付条例》原文中，大型企业的付款期限是怎么规定的？与2025年修订后相比有何变化？",
    ["修订前", "原第", "原条例"],
    "语料只收录2025年修订后的条例文本（第九条：大型企业自交付之日起60日内付款），标题提到2020年第728号令公布，但未收录2020年原文，"
    "无法比较修订前后。",
    lang="zh", present=["第728号", "60日内支付款项"])

unans("superseded",
    "In the draft Private Economy Promotion Law released for public comment in late 2024, how was the credit-restoration "
    "article worded, and what changed in the final text?",
    ["draft", "征求意见稿", "草案", "public comment"],
    "Only the law as adopted on 30 April 2025 is in the corpus (Article 54 on credit restoration); no draft or comment "
    "version is included.",
    lang="en", present=["信用修复申请"])

unans("superseded",
    "2018年国资委印发的《中央企业合规管理指引（试行）》中，合规委员会和首席合规官是如何设置的？",
    ["试行", "指引（试行）"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），其第十一条、第十二条规定合规委员会和首席合规官；2018年试行指引未收录。",
    lang="zh", present=["合规委员会", "首席合规官"])

unans("superseded",
    "Under the 2018 interim provisions on administrative sanctions for public officials issued by the National "
    "Supervisory Commission, how long did a recorded demerit remain in effect?",
    ["interim provisions", "暂行规定"],
    "The corpus holds only the 2020 Law on Administrative Sanctions for Public Officials (Article 8: 记过，十二个月); the "
    "earlier interim provisions are not included.",
    lang="en", present=["记过，十二个月"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "How should our company recognise late-payment interest received from a government customer under IFRS 9?",
    ["IFRS", "revenue recognition"],
    "The SME regulation sets the late-payment interest rate (Article 17) but nothing in the corpus covers accounting "
    "standards or how a company books that interest.",
    lang="en", present=["逾期利息"])

unans("out_of_domain",
    "公司与高管签订劳动合同时，竞业限制期限最长可以约定几年？经济补偿怎么算？",
    ["竞业限制", "劳动合同法"],
    "语料涉及民营经济、账款支付、营商环境、央企合规和政务处分，不涉及劳动合同中的竞业限制。",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "What withholding tax rate applies when our company pays dividends to its Hong Kong parent company?",
    ["withholding", "dividend", "预提所得税"],
    "No document covers tax rates on cross-border dividend payments.",
    lang="en", present=["财政税收"])
