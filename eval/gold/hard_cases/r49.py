"""Hard-case gold items, forty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a graduate student writing a thesis on government integrity who asks about sources, dates and
document numbers (in Chinese and in English), and the operator of a for-profit private kindergarten
(registered as a limited company) who deals with several bureaus at once (education, health, fire, market
supervision, the sub-district office) and asks in colloquial Chinese.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "For my thesis bibliography I need the exact document number of the NDRC notice on improving the "
    "government integrity performance mechanism, and to whom it was formally addressed.",
    "It is \"Development and Reform Finance [2023] No. 1103\" (发改财金〔2023〕1103号), addressed to the Leading "
    "Departments for Social Credit System Construction in all provinces, autonomous regions, municipalities "
    "directly under the Central Government, and the Xinjiang Production and Construction Corps (signed by the "
    "NDRC, August 5, 2023).",
    ["Development and Reform Finance [2023] No. 1103",
     "Leading Departments for Social Credit System Construction in All Provinces"],
    [E(NDRC, "-", "Development and Reform Finance [2023] No. 1103"),
     E(NDRC, "-", "Leading Departments for Social Credit System Construction in All Provinces")],
    lang="en")

add("single",
    "我开的是一家营利性民办幼儿园（登记的是有限公司）。这学期市场监管的来查了一次食堂，过了两个礼拜又换一拨"
    "市场监管的人来查收费公示，前后脚的，每次老师都得停下手里的活陪着。听说有规定，同一家单位好几项检查应该"
    "尽量合在一起查？是哪个条例哪一条？",
    "《优化营商环境条例》第五十四条：国家推行“双随机、一公开”监管，市场监管领域的行政检查应当随机抽取检查对象、"
    "随机选派执法检查人员；针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围。但直接涉及"
    "公共安全和人民群众生命健康等特殊行业、重点领域，依法依规实行全覆盖的重点监管（食品安全可能属于此类）。",
    ["针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围"],
    [E(BE, "第五十四条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围"),
     E(BE, "第五十四条", "除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域外")],
    lang="zh")

add("single",
    "我在写一篇关于政务诚信的硕士论文，需要准确引用《公职人员政务处分法》里政务处分期间的规定：警告、记过、"
    "记大过、降级和撤职分别是多长时间？处分期从哪一天开始算？",
    "《公职人员政务处分法》第八条：警告六个月；记过十二个月；记大过十八个月；降级、撤职二十四个月。政务处分决定"
    "自作出之日起生效，政务处分期自政务处分决定生效之日起计算。（开除没有期间。）",
    ["警告，六个月", "记过，十二个月", "记大过，十八个月", "降级、撤职，二十四个月",
     "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "I'm citing the Guangzhou lecture-hall report in a thesis chapter. In what year was the GBA Integrity and "
    "Compliance Association set up, and which bodies jointly promoted it?",
    "Per ¶32, it was established in 2021 as a non-profit social organization jointly promoted by the Guangzhou "
    "Municipal Commission for Discipline Inspection and Supervision, the Municipal State-owned Assets Supervision "
    "and Administration Commission and the Municipal Federation of Industry and Commerce (the milestones list dates "
    "its establishment to April 16, 2021).",
    ["was established in 2021",
     "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection")],
    lang="en")

add("single",
    "区教育局开会口头通知，说每家民办园都要交5万块钱的“办园风险保证金”，还必须交现金，不收转账不收保函。"
    "这个钱有啥依据吗？我们能不能拿银行保函顶？",
    "《优化营商环境条例》第二十五条：设立涉企保证金，应当有法律、行政法规依据或者经国务院批准；涉企保证金实行"
    "目录清单管理并向社会公开，目录清单之外的保证金一律不得执行；推广以金融机构保函替代现金缴纳涉企保证金。"
    "没有依据、不在目录清单里的，不得收取。",
    ["涉企保证金，应当有法律、行政法规依据或者经国务院批准", "目录清单之外的前述收费和保证金一律不得执行",
     "推广以金融机构保函替代现金缴纳涉企保证金"],
    [E(BE, "第二十五条", "涉企保证金，应当有法律、行政法规依据或者经国务院批准"),
     E(BE, "第二十五条", "目录清单之外的前述收费和保证金一律不得执行"),
     E(BE, "第二十五条", "推广以金融机构保函替代现金缴纳涉企保证金")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我们园今年搬了新址，去窗口办变更。第一次去说少个平面图，回去补了；第二次去又说少个别的表；第三次又让我们"
    "去社区开个“该房屋没有改作其他用途”的证明，社区说这个他们根本没法核实，不给开。三趟了，老师都笑我天天跑"
    "政务大厅。窗口这么干合规吗？",
    "不合规。《优化营商环境条例》第三十六条：需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容。"
    "第四十四条：证明事项应当有法律、法规或者国务院决定依据；开具单位无法调查核实的，不得设定证明事项；"
    "政府有关部门应当公布证明事项清单，清单之外不得索要证明。",
    ["应当一次性告知需要补正的内容", "开具单位无法调查核实的，不得设定证明事项",
     "清单之外，政府部门、公用企事业单位和服务机构不得索要证明"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容"),
     E(BE, "第四十四条", "开具单位无法调查核实的，不得设定证明事项"),
     E(BE, "第四十四条", "清单之外，政府部门、公用企事业单位和服务机构不得索要证明")],
    lang="zh")

add("multi",
    "For a chapter comparing sources: both the 2019 Regulations on Optimizing the Business Environment and the 2025 "
    "Private Economy Promotion Law forbid local governments from going back on their commitments. Which article of "
    "each is it, which excuses do they rule out, and what must a government do if the public interest really "
    "requires changing a contract?",
    "Regulations Art. 31 and Law Art. 70. Both require local governments and departments to honour lawful policy "
    "commitments and contracts and bar breaching them on grounds of administrative-division adjustment, change of "
    "government term, institutional or functional adjustment, or replacement of the officials concerned. Where "
    "national or public interest requires changing a commitment or contract, it must be done within statutory "
    "authority and procedure, and the resulting losses must be compensated.",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约",
     "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "并对民营经济组织因此受到的损失予以补偿"],
    [E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿")],
    lang="en")

add("multi",
    "卫生监督所有个老科员，每次来园里检查都挑刺，话里话外暗示要我们“表示表示”。上回没表示，他就说保健室不合格"
    "要我们停业整改。我是开民办园的（公司制），小本生意不敢得罪人。这种事能去哪儿反映？他这样做有没有什么后果？",
    "可以投诉举报：《民营经济促进法》第五十三条要求各级人民政府及其有关部门建立健全行政执法违法行为投诉举报处理"
    "机制，及时受理并依法处理，司法行政部门建立涉企行政执法诉求沟通机制并及时纠正不当执法。后果：《公职人员政务"
    "处分法》第三十八条，在管理服务活动中故意刁难、吃拿卡要，情节较重的予以警告、记过或者记大过；情节严重的降级"
    "或者撤职；情节特别严重的予以开除。",
    ["建立健全行政执法违法行为投诉举报处理机制", "在管理服务活动中故意刁难、吃拿卡要的",
     "情节特别严重的，予以开除"],
    [E(PE, "第五十三条", "建立健全行政执法违法行为投诉举报处理机制，及时受理并依法处理投诉举报"),
     E(PS, "第三十八条", "（二）在管理服务活动中故意刁难、吃拿卡要的；"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

add("multi",
    "Thesis question on the 2023 NDRC notice: in which fields do government agreements with private firms fall "
    "within its scope of \"breach of contract and dishonesty\", and what does the NDRC itself do to prefecture-level "
    "or higher cities that have government dishonesty records?",
    "II.(1): breach and repudiation of agreements and contracts signed by government departments with private "
    "enterprises in government procurement, bidding, investment promotion, government-social capital cooperation, "
    "industrial support, government investment and other fields. III.(4): for such cities the NDRC cancels their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increases the weight of "
    "city credit monitoring deductions, and cancels the title or eligibility for social credit demonstration zones.",
    ["government procurement, bidding, investment promotion, government-social capital cooperation",
     "cancel their eligibility for awards and pilot demonstrations in the development and reform system",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "II.(1)", "government procurement, bidding, investment promotion, government-social capital"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("multi",
    "我另外注册了个小公司，按政府采购合同给街道办做“社区托育点”的托管服务。上学期服务早结束了，都两个多月了"
    "钱还没给。合同里没写付款期限。街道那边说新来的主任还不熟悉情况、要等他签字走流程。街道这样拖着行吗？",
    "不行。《保障中小企业款项支付条例》第九条：机关、事业单位从中小企业采购服务，应当自交付之日起30日内支付款项；"
    "合同另有约定的最长不得超过60日。《民营经济促进法》第六十七条：国家机关等不得以人员变更、履行内部付款流程等"
    "为由拒绝或者拖延支付民营经济组织账款（条例第十四条同样禁止以主要负责人变更、履行内部付款流程为由迟延支付）。",
    ["应当自货物、工程、服务交付之日起30日内支付款项", "不得以人员变更、履行内部付款流程"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "上礼拜五晚上教育局在群里甩了个新文件，要求所有园下周一开始户外场地全部换成新标准的地垫，周一就来人看。"
    "我们连供货的都还没联系上。上面定新规矩的时候，就不用给下面留点缓冲的时间吗？",
    "按规定应当留。《民营经济促进法》第四十五条：国家机关制定与经营主体生产经营活动密切相关的法律、法规、规章和"
    "其他规范性文件，在实施前应当根据实际情况留出必要的适应调整期。《优化营商环境条例》第六十五条也要求结合实际"
    "确定是否为市场主体留出必要的适应调整期，并合理把握文件出台节奏。",
    ["在实施前应当根据实际情况留出必要的适应调整期", "确定是否为市场主体留出必要的适应调整期"],
    [E(PE, "第四十五条", "在实施前应当根据实际情况留出必要的适应调整期"),
     E(BE, "第六十五条", "应当结合实际，确定是否为市场主体留出必要的适应调整期")],
    lang="zh")

add("paraphrase",
    "Rules for officials are usually so abstract nobody at street level knows what they mean in practice. How did "
    "the people who drafted Guangzhou's do's-and-don'ts for officials dealing with businesses make theirs something "
    "a front-line clerk could actually use?",
    "Per ¶8 (Wang Yuqun of the drafting committee): because normative provisions lack applicability in specific "
    "situations and the grass roots wanted something easy to understand and apply, they adopted a scenario-based "
    "format, introducing specific behavioural scenarios and typical cases on top of positive and negative lists – "
    "the \"scenario + list + case\" format used by both batches of the Guidelines.",
    ["introducing specific behavioral scenarios and typical cases on the basis of positive and negative lists",
     "scenario + list + case"],
    [E(GZ, "¶8", "introducing specific behavioral scenarios and typical cases"),
     E(GZ, "¶8", "adopted by both batches of the Guidelines")],
    lang="en")

add("paraphrase",
    "区里搞“星级民办园”评比，嘴上说自愿，私底下又讲不报名的话明年年检“可能会比较麻烦”。报名要交800块评审费，"
    "还得派两个老师去上三天培训，培训也要另外交钱。这种“自愿”到底算咋回事？",
    "这属于变相强制。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相"
    "强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。"
    "第六十九条第（五）项：政府和有关部门及其工作人员这样做的，依法依规追究责任。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(BE, "第六十九条", "没有法律、法规依据，强制或者变相强制市场主体参加评比")],
    lang="zh")

add("paraphrase",
    "Say a county reneged on a deal with a local bus company, got blacklisted for it, and then finally pays up "
    "and does what it promised. Does the black mark stay forever, or does it get wiped and the sanctions lifted?",
    "It gets cleaned up. Under III.(6) of the NDRC notice, credit leading departments coordinate credit restoration; "
    "once the identifying department confirms the dishonest behaviour has been corrected and performance completed, "
    "the dishonesty records should be promptly restored and the punishment measures terminated.",
    ["confirms that the dishonest behavior has been corrected and performance completed",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("paraphrase",
    "我们县以前有位局长，退下来都好几年了，最近被人翻出来当年在位的时候收过开发商的好处。人都退休在家带孙子了，"
    "这种还能拿他怎么样？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以"
    "对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，对其违法取得的财物和用于违法"
    "行为的本人财物依照第二十五条处理（没收、追缴或者责令退赔）。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "论文要追溯政策源头：发改委2023年那份关于完善政府诚信履约机制的通知，开头说是为了落实哪份中央文件、"
    "里面的什么要求？",
    "通知开篇说明，是为贯彻落实《中共中央 国务院关于促进民营经济发展壮大的意见》（\"Opinions of the CPC Central "
    "Committee and the State Council on Promoting the Development and Growth of the Private Economy\"）中关于“完善"
    "政府诚信履约机制，建立健全政务失信记录和惩戒制度”的要求。",
    ["Opinions of the CPC Central Committee and the State Council on Promoting the Development and Growth of the "
     "Private Economy",
     "establishing and improving the record and punishment system for government dishonesty"],
    [E(NDRC, "-", "State Council on Promoting the Development and Growth of the Private Economy"),
     E(NDRC, "-", "the record and punishment system for government dishonesty")],
    lang="zh")

add("cross_lingual",
    "For the reference list: what is the SASAC order number of China's Central SOE Compliance Management Measures, "
    "when were they promulgated and when did they take effect, and who has the power to interpret them?",
    "SASAC Order No. 42, promulgated on 23 August 2022 and in force from 1 October 2022; SASAC is responsible for "
    "interpreting the Measures (Art. 41; Art. 42 gives the effective date).",
    ["2022年8月23日国务院国有资产监督管理委员会令第42号公布", "自2022年10月1日起施行", "本办法由国资委负责解释"],
    [E(SOE, "-", "2022年8月23日国务院国有资产监督管理委员会令第42号公布"),
     E(SOE, "第四十一条", "本办法由国资委负责解释。")],
    lang="en")

add("cross_lingual",
    "My thesis cites China's Regulations on Guaranteeing Payments to Small and Medium-sized Enterprises. Which "
    "State Council order first promulgated them, which order revised them and when, and from what date does the "
    "revised text apply?",
    "First promulgated by State Council Order No. 728 in 2020; revised by State Council Order No. 802 on 17 March "
    "2025; the revised Regulations apply from 1 June 2025 (Art. 37).",
    ["2020年国务院令第728号公布", "2025年3月17日国务院令第802号修订", "本条例自2025年6月1日起施行"],
    [E(SME, "-", "2020年国务院令第728号公布，2025年3月17日国务院令第802号修订"),
     E(SME, "第三十七条", "本条例自2025年6月1日起施行。")],
    lang="en")

add("cross_lingual",
    "广州那份政商交往的指引（全称好像是“广州市典型场景政商交往指引和问答”），是哪个部门发的？一共发了几批？"
    "两批加起来覆盖多少个场景？",
    "据广州廉洁合规大讲堂报道：由广州市纪委监委发布，自去年起连续两年发布了两批（¶7）；两批指引共覆盖33个场景"
    "（¶10），并采用“场景+清单+案例”的形式。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision has issued two batches",
     "the 33 scenarios covered in the two batches of the Guidelines"],
    [E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches"),
     E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="zh")

add("cross_lingual",
    "Which statute is China's Law on Administrative Discipline for Public Officials (the 2020 public-official "
    "sanctions law) made on the basis of, whom does it mean by \"public officials\", and when did it enter into "
    "force?",
    "Art. 1: it is formulated on the basis of the Supervision Law of the PRC. Art. 2: \"public officials\" are the "
    "persons specified in Article 15 of the Supervision Law. Art. 68: it took effect on 1 July 2020.",
    ["根据《中华人民共和国监察法》，制定本法", "是指《中华人民共和国监察法》第十五条规定的人员",
     "本法自2020年7月1日起施行"],
    [E(PS, "第一条", "根据《中华人民共和国监察法》，制定本法"),
     E(PS, "第二条", "本法所称公职人员，是指《中华人民共和国监察法》第十五条规定的人员"),
     E(PS, "第六十八条", "本法自2020年7月1日起施行。")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "How many cities has the NDRC actually stripped of their social credit demonstration-zone titles under item "
    "III.(4) of the 2023 notice so far, and which ones were they? I need the count for a table in my thesis.",
    ["stripped", "revoked"],
    "III.(4) only says the NDRC will cancel the title or eligibility for demonstration zones of cities with "
    "government dishonesty records; the notice (and every other document) gives no count and names no city.",
    lang="en", present=["demonstration zones", "typical cases"])

unans("not_covered",
    "营利性民办园申请办学许可证，教育局按规定最多几个工作日必须批下来？我们材料交上去都一个半月了，一点动静没有。",
    ["办学许可", "审批时限"],
    "文件没有办学许可的审批时限。《优化营商环境条例》第三十六条只泛泛规定有规定时限的在时限内办结、没有规定的按"
    "合理高效原则确定并按时办结，未给出任何天数。",
    lang="zh", present=["办理时限", "限时办结"])

unans("not_covered",
    "What daily late-payment interest rate does the 2025 Private Economy Promotion Law itself fix for state organs "
    "and state-owned enterprises that pay private companies late?",
    ["late-payment interest", "daily interest rate"],
    "The Private Economy Promotion Law (Arts. 67, 73) bars delayed payment and provides correction, compensation "
    "and sanctions, but sets no interest rate; the 0.05%-per-day rate is in Art. 17 of the SME payment "
    "Regulations, a different document.",
    lang="en", present=["万分之五", "拖延支付"])

unans("not_covered",
    "《优化营商环境条例》第二十五条说涉企收费实行目录清单管理。那我们市的目录里，民办幼儿园年检一次收多少钱？"
    "办学许可证换证的工本费又是多少？",
    ["年检费", "工本费", "办学许可"],
    "第二十五条只规定涉企收费实行目录清单管理并向社会公开，文件本身不含任何地方收费目录或收费金额。",
    lang="zh", present=["目录清单"])

unans("not_covered",
    "The first batch of the Guangzhou Guidelines is said to deal with \"what meals can be eaten\". What per-head "
    "spending cap, in yuan, does it set for a meal an official accepts from a company?",
    ["per head", "per-head", "yuan", "RMB"],
    "The GZ report only says the first batch responded to issues such as \"what meals can be eaten and what "
    "vehicles can be taken\"; it quotes no amount, and the Guidelines' text is not in the corpus.",
    lang="en", present=["what meals can be eaten"])

unans("not_covered",
    "我们准备把街道办拖欠托育服务费的事投到国家那个拖欠中小企业款项的投诉平台上。按你估计，投诉以后有几成胜算、"
    "多大概率一个月之内能把钱拿回来？",
    ["概率", "胜算"],
    "预测类问题：条例第二十四、二十五条只规定投诉平台和处理期限（30日内形成处理结果，最长90日），不涉及投诉成功率"
    "或回款可能性。",
    lang="zh", present=["投诉平台", "30日内形成处理结果"])

unans("not_covered",
    "Under the NDRC notice, within how many working days must the identifying department finish verifying a "
    "breach-of-contract complaint and reply to the complainant?",
    ["working days", "calendar days"],
    "II.(2) says clues are transferred immediately and the identifying department should promptly provide "
    "feedback if a complaint is untrue, but no number of days is set anywhere in the notice.",
    lang="en", present=["promptly provide feedback"])

unans("not_covered",
    "我打12345投诉区教育局老拖着不办事。按《优化营商环境条例》第四十九条，他们最迟多少天之内必须答复我？"
    "过期不答复又怎么算？",
    ["答复", "日内答复"],
    "第四十九条只要求政府及其有关部门建立便利、畅通的渠道受理营商环境投诉和举报，没有答复期限，也没有超期后果；"
    "12345 只在发改委通知中作为投诉渠道出现。",
    lang="zh", present=["投诉和举报", "12345"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "How should a provincial credit leading department go about reporting confirmed government breach-of-contract "
    "cases to the Supreme People's Court, as the 2023 NDRC notice requires?",
    ["Supreme People's Court", "court"],
    "False premise: the notice never mentions a court. Identified breach-of-contract information is shared in real "
    "time to the national credit information sharing platform and included in government credit records "
    "(III.(3)); typical cases are publicised on Credit China (IV.(9)).",
    lang="en", present=["credit information sharing platform"],
    related=[E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time"),
             E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")])

unans("false_premise",
    "《优化营商环境条例》第三十一条规定，地方政府因为换届违约毁约的，要按合同金额的双倍赔给企业。我们镇换了书记"
    "以后，不认前任签的招商协议了，这个双倍赔偿该怎么主张？",
    ["双倍", "两倍"],
    "前提错误：第三十一条只规定不得以政府换届等为由违约毁约，因国家利益、社会公共利益需要改变的应依法补偿损失；"
    "没有“双倍赔偿”。违约的责任见第六十九条（依法依规追究责任）和《民营经济促进法》第七十三条（纠正、依法赔偿）。",
    lang="zh", present=["违约毁约", "补偿"],
    related=[E(BE, "第三十一条", "并依法对市场主体因此受到的损失予以补偿"),
             E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")])

unans("false_premise",
    "民营经济促进法第五十二条写了，信用好的企业一年最多只能被查一次。我们园今年卫健、消防、市场监管各来查了两回，"
    "这是不是违法了？我能拿这条把他们顶回去不？",
    ["一年最多", "每年不超过", "最多只能"],
    "前提错误：第五十二条规定根据信用状况实施分级分类监管、随机抽查、多个检查事项尽可能合并或联合检查，没有"
    "“一年最多检查一次”的次数限制。",
    lang="zh", present=["分级分类监管", "跨部门联合检查"],
    related=[E(PE, "第五十二条", "根据民营经济组织的信用状况实施分级分类监管"),
             E(PE, "第五十二条", "应当尽可能合并或者纳入跨部门联合检查范围")])

unans("false_premise",
    "Article 8 of the Public Official Sanctions Law sets the period of a demerit at 24 months. My client, a manager "
    "at a state-owned enterprise, got a demerit this March, so he is barred from promotion for two full years – "
    "what exactly is he barred from during those 24 months?",
    ["24 months"],
    "False premise: under Art. 8 a demerit (记过) lasts twelve months; twenty-four months is the period for "
    "demotion and removal from post. Art. 21 lists what an SOE manager cannot get during the sanction period.",
    lang="en", present=["记过，十二个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"),
             E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称")])

unans("false_premise",
    "我论文里要引国务院办公厅2023年印发的那份关于完善政府诚信履约机制、优化民营经济发展环境的通知，它的文号是"
    "“国办发〔2023〕”第几号？",
    ["国务院办公厅", "国办发"],
    "前提错误：该通知由国家发展改革委印发，文号为 Development and Reform Finance [2023] No. 1103（发改财金〔2023〕"
    "1103号），不是国务院办公厅文件，也没有“国办发”文号。",
    lang="zh", present=["Development and Reform Finance"],
    related=[E(NDRC, "-", "Notice of the National Development and Reform Commission on Improving"),
             E(NDRC, "-", "Development and Reform Finance [2023] No. 1103")])

unans("false_premise",
    "Why do the SASAC Compliance Measures require every central SOE to create a brand-new vice-president-level "
    "Chief Compliance Officer post, separate from its general counsel?",
    ["vice-president", "brand-new"],
    "False premise: Art. 12 says central SOEs set up a chief compliance officer without adding leadership posts or "
    "headcount, and the post is held concurrently by the general counsel.",
    lang="en", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "按《优化营商环境条例》第十七条，民办园必须先加入区里的学前教育协会才能参加年检。协会一年收我们3000块会费，"
    "还老让摊活动经费。条例里规定的入会义务是几年？期满了能退吗？",
    ["学前教育协会", "会费"],
    "前提错误：第十七条规定除法律、法规另有规定外，市场主体有权自主决定加入或者退出行业协会商会等社会组织，"
    "任何单位和个人不得干预；条例没有任何入会义务，更没有入会年限。",
    lang="zh", present=["行业协会商会"],
    related=[E(BE, "第十七条", "市场主体有权自主决定加入或者退出行业协会商会等社会组织")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "幼儿圆小班一个班最多能收多少个孩子？“两教一保”是硬性规定吗？",
    ["小班", "两教一保", "保育员"],
    "学前教育办园标准问题，七份文件都不涉及。",
    lang="zh", present=[])

unans("out_of_domain",
    "For my thesis bibliography, should Chinese statutes be formatted in GB/T 7714 or APA 7th edition, and how "
    "do I cite a State Council order in APA?",
    ["APA", "GB/T", "bibliography"],
    "Academic citation style; none of the documents deals with it.",
    lang="en", present=["国务院令"])

unans("out_of_domain",
    "园里自己办食堂，食品经营许可证去哪个窗口办？要准备什么材料？每天晨检都得查哪些项目？",
    ["食品经营许可", "食堂", "晨检"],
    "食品经营许可和幼儿园卫生保健问题，文件不涉及（文件中的“许可”只是行政许可制度的一般规定）。",
    lang="zh", present=["行政许可"])

unans("out_of_domain",
    "I'm surveying 200 Guangzhou SMEs for my thesis. What sample design gives me enough statistical power, and "
    "should I use a five- or seven-point Likert scale for the integrity questions?",
    ["statistical power", "Likert", "sampling"],
    "Survey methodology; not in any document.",
    lang="en", present=["private enterprises"])

unans("out_of_domain",
    "小朋友在园里午睡的时候发烧到38度5，是先物理降温还是马上打电话让家长来接？",
    ["发烧", "降温", "午睡"],
    "儿童健康护理问题，与文件无关。",
    lang="zh", present=[])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "I want to compare the payment deadlines in the original 2020 version of the SME payment Regulations (State "
    "Council Order No. 728) with the 2025 text. What exactly did the 2020 version say about how long state organs "
    "had to pay?",
    ["2020 version", "2020年版", "original version"],
    "The corpus holds only the 2025 revision (Order No. 802); its header mentions Order No. 728 but the 2020 text "
    "itself is not in the corpus.",
    lang="en", present=["第728号", "第802号修订"])

unans("superseded",
    "The NDRC notice says it implements the CPC Central Committee and State Council Opinions on Promoting the "
    "Development and Growth of the Private Economy. Which of that document's 31 measures covers government "
    "integrity, and what does its full text say?",
    ["31 measures", "thirty-one"],
    "Only the NDRC notice is in the corpus; it names the Opinions and quotes one phrase from them, but the Opinions "
    "themselves are not in the corpus.",
    lang="en", present=["Opinions of the CPC Central Committee"])

unans("superseded",
    "Before the 2020 Public Official Sanctions Law, the 2007 Regulations on the Punishment of Civil Servants of "
    "Administrative Organs set the sanction periods. How long did a serious demerit last under the 2007 "
    "regulations, compared with the 18 months now?",
    ["2007", "行政机关公务员处分条例"],
    "The corpus has only the 2020 Public Official Sanctions Law (Art. 8: 记大过 eighteen months); the 2007 "
    "regulations are not in it.",
    lang="en", present=["记大过，十八个月"])

unans("superseded",
    "Could you quote, verbatim, scenario No. 12 of the second batch of the Guangzhou Guidelines – the one on "
    "investment-promotion officials attending a signing banquet – together with its Q&A answer?",
    ["scenario No", "signing banquet", "banquet"],
    "The corpus holds only a report about the Guidelines (speakers' summaries); the Guidelines' text, numbered "
    "scenarios and Q&A are not in it.",
    lang="en", present=["second batch", "33 scenarios"])
