"""Hard-case gold items, fifty-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a journalist fact-checking claims made in a press conference about the private economy law and the
credit repair rules (English and Chinese, quotes claims and asks if they are true); a retired official asking
what he may do now in business (Chinese, terse).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我是跑经济口的记者，在核对昨天发布会上的一句话：“民营经济促进法规定，市场监管领域的行政检查一律‘双随机’，"
    "没有任何例外。”法条原文是这么写的吗？",
    "不完全准确。《民营经济促进法》第五十二条第二款：除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域依法"
    "依规实行全覆盖的重点监管外，市场监管领域相关部门的行政检查应当通过随机抽取检查对象、随机选派执法检查人员的"
    "方式进行，抽查事项及查处结果及时向社会公开；同一检查对象的多个检查事项尽可能合并或纳入跨部门联合检查。"
    "所以“双随机”有例外。",
    ["除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域依法依规实行全覆盖的重点监管外",
     "随机抽取检查对象、随机选派执法检查人员"],
    [E(PE, "第五十二条", "除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域依法依规实行全覆盖的重点监管外"),
     E(PE, "第五十二条", "应当通过随机抽取检查对象、随机选派执法检查人员的方式进行")],
    lang="zh")

add("single",
    "老同事正被监委立案调查，下个月到龄。单位能给他办退休吗？他想出国看孩子，行不行？",
    "《公职人员政务处分法》第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职；"
    "被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续。所以调查期间"
    "单位不能给他办退休，出境须经监察机关同意。",
    ["未经监察机关同意，不得出境、辞去公职", "不得对其交流、晋升、奖励、处分或者办理退休手续"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "不得对其交流、晋升、奖励、处分或者办理退休手续")],
    lang="zh")

add("single",
    "Fact-checking a quote from yesterday's briefing: \"Under the NDRC's 2023 notice, once a local government fixes "
    "its breach and actually performs, its dishonesty record is wiped and the punishments stop.\" Is that what the "
    "notice says, and who has to confirm the fix?",
    "Broadly yes. Item III.(6): credit leading departments at all levels coordinate and guide credit restoration for "
    "dishonest entities in their jurisdiction; once the identifying department confirms that the dishonest behaviour "
    "has been corrected and performance completed, the dishonesty records should be promptly restored and the "
    "dishonesty punishment measures terminated. (\"Restored\", not literally wiped.)",
    ["Once the identifying department confirms that the dishonest behavior has been corrected and performance "
     "completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "Once the identifying department confirms that the dishonest behavior has"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("single",
    "集团按国资委的合规办法要设首席合规官，办公室的人说得新增一个副总级别的领导职位，再单独配编制。是这样吗？",
    "不是。《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律"
    "顾问兼任，对企业主要负责人负责，领导合规管理部门组织开展相关工作，指导所属单位加强合规管理。",
    ["不新增领导岗位和职数，由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")],
    lang="zh")

add("single",
    "quick one for my write-up of the Guangzhou lecture: where was session 12 actually held and roughly how many "
    "ppl turned up?",
    "Per the report (¶3), the 12th session was held on the afternoon of December 26 at the Liby Center, hosted by "
    "the GBA Integrity and Compliance Association, and gathered over 100 guests.",
    ["was held at the Liby Center", "this event gathered over 100 guests"],
    [E(GZ, "¶3", "was held at the Liby Center"),
     E(GZ, "¶3", "this event gathered over 100 guests")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "At the press conference a panellist claimed two things about the NDRC's 2023 government-integrity notice: "
    "(a) a county bureau that fails to honour a contract \"because the leadership changed\" is still treated as "
    "dishonest, and (b) a city with government dishonesty records can even lose its social-credit demonstration "
    "zone title. Can you confirm both against the text?",
    "Both are in the notice. II.(2): failure to perform due to institutional adjustments, personnel changes and "
    "other reasons shall all be regarded as breach of contract and dishonesty. III.(4): for prefecture-level and "
    "above cities with government dishonesty records, the NDRC will cancel their eligibility for awards and pilot "
    "demonstrations in the development and reform system, increase the weight of city credit monitoring deductions, "
    "and cancel the title or eligibility for demonstration zones of social credit system construction.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty",
     "cancel the title or eligibility for demonstration zones of social credit system construction"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones of social credit")],
    lang="en")

add("multi",
    "发布会通稿里写：民营经济促进法“首次”规定，地方政府不得以政府换届、领导人员更替为由对企业违约毁约。我想核实"
    "一下：在这之前，有没有别的法规已经有类似规定？两处的说法有什么不同？",
    "有。2019年《优化营商环境条例》第三十一条已规定地方各级人民政府及其有关部门应当履行向市场主体依法作出的政策"
    "承诺以及依法订立的各类合同，不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约。"
    "《民营经济促进法》第七十条对民营经济组织作了基本相同的规定（“相关人员更替”）。两者都规定因国家利益、社会"
    "公共利益需要改变的，应依法定权限和程序进行并对损失予以补偿。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="zh")

add("multi",
    "退休两年了。在位时收过几个老板的购物卡，最近有人举报。现在会怎么处理？卡里的钱要不要退？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以"
    "对其立案调查；依法应当予以降级、撤职、开除的，按规定相应调整其享受的待遇，违法取得的财物依照第二十五条处理。"
    "第二十五条：违法取得的财物由监察机关没收、追缴或者责令退赔（依法应当由其他机关处理的除外）。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇",
     "由监察机关没收、追缴或者责令退赔"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "应当按照规定相应调整其享受的待遇"),
     E(PS, "第二十五条", "由监察机关没收、追缴或者责令退赔")],
    lang="zh")

add("multi",
    "Fact-check, please. A vice-minister told reporters: \"Public bodies that drag their feet paying small firms "
    "will get a black mark in their credit record, and the NDRC folds those arrears into government credit "
    "records.\" Do China's SME payment Regulations and the NDRC 2023 notice actually say this?",
    "Largely yes. SME Regulations Art. 26: where government organs, public institutions and large enterprises are "
    "found dishonest for arrears, the complaint-receiving and other departments record it in the entity's credit "
    "record; in serious cases it is published on the national credit sharing platform and enterprise credit "
    "publicity system, and organs/institutions face restrictions on official consumption, office space and funding. "
    "NDRC notice III.(3): the NDRC will include breach-of-contract information, arrears information sorted by "
    "localities and judgment-defaulter information to form government credit records.",
    ["按程序将有关失信情况记入相关主体信用记录",
     "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施",
     "arrears information sorted by localities as required"],
    [E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录"),
     E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施"),
     E(NDRC, "III.(3)", "arrears information sorted by localities as required")],
    lang="en")

add("multi",
    "记者核实：发布会上说“国企以后不能再拿审计结果卡着民企的工程款不结”。民营经济促进法和保障中小企业款项支付"
    "条例到底怎么规定的？有没有例外？",
    "《民营经济促进法》第六十七条：国家机关、事业单位、国有企业除法律、行政法规另有规定外，不得强制要求以审计结果"
    "作为结算依据。《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计"
    "结果作为结算依据，法律、行政法规另有规定的除外。即禁止的是“强制要求”，且有法律、行政法规另有规定的例外。",
    ["除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据",
     "不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "采访几个老板，他们都说：现在上头出台跟做买卖关系大的新规矩之前，得先问问企业和商会怎么想；出来以后也不能"
    "今天发文明天就卡人，得给大家缓一缓。法律里真有这么个说法，还是老板们的愿望？",
    "有。《民营经济促进法》第四十五条：国家机关制定与经营主体生产经营活动密切相关的法律、法规、规章和其他规范性"
    "文件或作出有关重大决策，应当注重听取包括民营经济组织在内各类经济组织、行业协会商会的意见建议；在实施前应当"
    "根据实际情况留出必要的适应调整期。",
    ["注重听取包括民营经济组织在内各类经济组织、行业协会商会的意见建议",
     "在实施前应当根据实际情况留出必要的适应调整期"],
    [E(PE, "第四十五条", "注重听取包括民营经济组织在内各类经济组织、行业协会商会的意见建议"),
     E(PE, "第四十五条", "在实施前应当根据实际情况留出必要的适应调整期")],
    lang="zh")

add("paraphrase",
    "So is this Guangzhou guidance thing basically a green light for officials to chill out on the rules and get "
    "cosy with business owners? That's how one of my sources spun it.",
    "No. Per the drafting-committee member (¶10), the Guidelines are not intended to \"relax discipline\" but to "
    "prevent grass-roots units from imposing excessive restrictions, setting unnecessary barriers and adopting a "
    "one-size-fits-all approach; the core test is distinguishing \"acting for the public good\" from \"acting for "
    "personal gain\" and whether actions can be \"put on the table\".",
    ["are not intended to “relax discipline”",
     "prevent grass-roots units from imposing excessive restrictions, setting unnecessary barriers"],
    [E(GZ, "¶10", "are not intended to “relax discipline”"),
     E(GZ, "¶10", "prevent grass-roots units from imposing excessive restrictions"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”")],
    lang="en")

add("paraphrase",
    "If some city hall keeps stiffing companies over and over, does the national planning agency ever call them out "
    "in public? What kind of cases get that treatment and where would I see them?",
    "Yes. Item IV.(9) of the NDRC notice: select a batch of cases with serious dishonesty, repeated dishonesty and "
    "strong public complaints, publicise them on the \"Credit China\" website and expose them through news media to "
    "form a strong public-opinion deterrent.",
    ["cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "publicize them on the \"Credit China\" website"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "老同事前几年让人写匿名信乱告了一通，最后查下来啥事没有，可名声已经坏了。监委有没有责任出面替他正名？",
    "有。《公职人员政务处分法》第五十三条：监察机关在调查中发现公职人员受到不实检举、控告或者诬告陷害，造成不良"
    "影响的，应当按照规定及时澄清事实，恢复名誉，消除不良影响。",
    ["受到不实检举、控告或者诬告陷害，造成不良影响的", "及时澄清事实，恢复名誉，消除不良影响"],
    [E(PS, "第五十三条", "公职人员受到不实检举、控告或者诬告陷害，造成不良影响的"),
     E(PS, "第五十三条", "应当按照规定及时澄清事实，恢复名誉，消除不良影响")],
    lang="zh")

add("paraphrase",
    "上面来查我们公司，结果把我个人的存款、连我老婆名下那套房子也一起冻了，说“反正都是老板家的”。这么干有没有"
    "说法？",
    "没有依据。《民营经济促进法》第六十二条：查封、扣押、冻结涉案财物应当遵守法定权限、条件和程序，严格区分违法"
    "所得、其他涉案财物与合法财产，民营经济组织财产与经营者个人财产，涉案人财产与案外人财产，不得超权限、超范围、"
    "超数额、超时限查封、扣押、冻结财物。",
    ["民营经济组织财产与民营经济组织经营者个人财产", "涉案人财产与案外人财产",
     "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物"],
    [E(PE, "第六十二条", "民营经济组织财产与民营经济组织经营者个人财产，涉案人财产与案外人财产"),
     E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "The minister said at the podium that the Private Economy Promotion Law now obliges the courts to \"promptly "
    "file, hear and enforce\" cases where small private firms are owed money. Is that accurate, and which article?",
    "Accurate. Article 68(2): people's courts shall promptly file, hear and enforce, according to law, cases of "
    "arrears owed to small and medium private economic organizations, and may mediate on a voluntary and lawful "
    "basis. Article 68(1) also bars large enterprises from making receipt of third-party payment a condition of "
    "paying them.",
    ["人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行", "可以根据自愿和合法的原则进行调解"],
    [E(PE, "第六十八条", "人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行"),
     E(PE, "第六十八条", "可以根据自愿和合法的原则进行调解")],
    lang="en")

add("cross_lingual",
    "Two claims from the briefing on credit repair, both attributed to China's new private economy law: (1) "
    "\"punishment for dishonesty must be proportionate\", and (2) \"once a company has fixed the problem it can "
    "apply for credit repair, and the authorities then have to lift the measures and take down the public "
    "listing.\" True or false?",
    "Both true. Article 54: dishonesty punishment must follow laws, regulations and relevant provisions and be "
    "moderate according to the facts, nature and seriousness of the dishonest conduct. A private economic "
    "organization or operator that corrects the conduct, eliminates the adverse effects and meets the credit-repair "
    "conditions may apply for credit repair; the relevant state organs shall promptly lift the punishment measures, "
    "remove or end the publication of the dishonesty information, and achieve coordinated repair on public credit "
    "information platforms.",
    ["根据失信行为的事实、性质、轻重程度等采取适度的惩戒措施", "可以提出信用修复申请",
     "移除或者终止失信信息公示"],
    [E(PE, "第五十四条", "根据失信行为的事实、性质、轻重程度等采取适度的惩戒措施"),
     E(PE, "第五十四条", "纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请"),
     E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份政务诚信通知里，“违约失信”的范围具体包括政府部门跟民营企业在哪些领域签的协议、合同？",
    "通知第二部分第（1）项：违约失信的范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本"
    "合作、产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为（\"government procurement, bidding, "
    "investment promotion, government-social capital cooperation, industrial support, government investment, and "
    "other fields\"）。",
    ["government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
     "support, government investment"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support")],
    lang="zh")

add("cross_lingual",
    "写稿要用：广州那篇廉洁合规大讲堂的报道里，大湾区廉洁合规协会是哪一年成立的？是由哪几家单位共同推动成立的？",
    "据报道（¶32），协会成立于2021年，是由市纪委监委、市国资委和市工商联共同推动成立的非营利性社会组织"
    "（\"jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal "
    "State-owned Assets Supervision and Administration Commission, and the Municipal Federation of Industry and "
    "Commerce\"）；里程碑部分载明2021年4月16日成立。",
    ["was established in 2021", "jointly promoted by the Municipal Commission for Discipline Inspection and "
     "Supervision"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection"),
     E(GZ, "¶32", "and the Municipal Federation of Industry and Commerce")],
    lang="zh")

add("cross_lingual",
    "Another line from the presser: \"Since the 2019 business-environment regulations, no one can force a company "
    "to join a trade association or make it pay to take part in rankings and training sessions.\" Does the "
    "regulation say that?",
    "Essentially yes, subject to exceptions in laws and regulations. Article 17 of the Regulations on Optimizing the "
    "Business Environment: unless laws or regulations provide otherwise, market players may decide on their own to "
    "join or leave industry associations and chambers of commerce and no one may interfere; no one may force or "
    "covertly force them to take part in appraisals, compliance checks, commendations, training, assessments or "
    "exams, or charge fees through such activities.",
    ["市场主体有权自主决定加入或者退出行业协会商会等社会组织", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "市场主体有权自主决定加入或者退出行业协会商会等社会组织"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "退休了。三年内能去以前分管行业的民营企业当独立董事、拿津贴吗？",
    ["独立董事", "独董", "三年内", "离职后"],
    "政务处分法第二十七条只讲已退休人员违法不再给予政务处分但可立案调查，第三十六条只说“违反规定”从事营利性活动、"
    "兼职领取报酬的给予处分，并未载明退休后从业的限制期限或任职范围；其他文件也没有。",
    lang="zh", present=["已经退休的公职人员", "营利性活动", "领取报酬"])

unans("not_covered",
    "退下来的干部在企业兼职，一年报酬最多能拿多少？同时兼几家算违规？",
    ["报酬上限", "兼职报酬", "兼职数量"],
    "政务处分法第三十六条只规定违反规定兼任职务、领取报酬的处分档次，没有报酬金额上限或兼职数量；其他文件未涉及。",
    lang="zh", present=["领取报酬", "兼任职务"])

unans("not_covered",
    "The NDRC press officer said typical government-dishonesty cases would be exposed on Credit China \"batch by "
    "batch\". According to the notice itself, how many cases go into each batch, and how often is a batch published?",
    ["per batch", "quarterly", "every month"],
    "IV.(9) only says to select a batch of cases with serious dishonesty, repeated dishonesty and strong public "
    "complaints and publicise them on Credit China; it gives no number of cases and no frequency.",
    lang="en", present=["Credit China", "typical cases"])

unans("not_covered",
    "Journalist again. A speaker said the Private Economy Promotion Law itself fixes the daily late-payment interest "
    "rate that state bodies must pay small private firms when they pay late. What rate does that law set?",
    ["daily interest rate", "late-payment interest"],
    "The Private Economy Promotion Law (Arts. 67, 68, 73) requires timely payment, correction and compensation for "
    "losses but sets no interest rate; the 0.05%-per-day default rate is in Art. 17 of the SME payment Regulations, "
    "not in the law the question names.",
    lang="en", present=["逾期利息", "万分之五", "拖延支付民营经济组织账款"])

unans("not_covered",
    "民营企业提出信用修复申请以后，有关机关最迟多少个工作日内必须解除惩戒、撤下公示？申请时要交哪些材料？",
    ["信用修复申请书", "15个工作日"],
    "民营经济促进法第五十四条只说符合条件的可以申请信用修复，有关国家机关应当“依法及时”解除惩戒措施、移除或终止"
    "公示；NDRC通知III.(6)也只说及时修复。均无具体时限或申请材料清单。",
    lang="zh", present=["信用修复申请", "及时解除惩戒措施"])

unans("not_covered",
    "Does it cost anything to lodge an arrears complaint on the MIIT \"Registration (Complaint) Platform\" that the "
    "NDRC notice mentions? If so, how much is the filing fee?",
    ["filing fee", "fee", "free of charge"],
    "NDRC II.(1) only lists the platform among the complaint channels; neither it nor the SME Regulations (Arts. "
    "24-25) say anything about fees for complaining.",
    lang="en", present=["Registration (Complaint) Platform", "投诉平台"])

unans("not_covered",
    "We're a small landscaping supplier in Hunan. The county housing bureau signed a three-year green-belt "
    "maintenance contract with us in 2022, then after the new county head took over last spring they simply "
    "stopped paying – about 3 million yuan outstanding for eight months. My brother-in-law, who used to work at the "
    "county, says it's hopeless. If we file through the provincial credit department's breach-of-contract column "
    "as the NDRC notice describes, how likely is it that the county actually gets listed as dishonest, and will we "
    "really get paid?",
    ["likelihood", "success rate", "probability"],
    "A prediction. The NDRC notice describes the procedure (II.(1)-(2): complaint, transfer for verification, "
    "rectification, confirmation of dishonesty on refusal) but nothing lets anyone estimate the chance of a listing "
    "or of payment.",
    lang="en", present=["credit leading departments", "verified as true"])

unans("not_covered",
    "集团新设的首席合规官，任期是几年？到期能不能连任？",
    ["任期", "连任"],
    "《中央企业合规管理办法》第十二条只规定设立首席合规官、由总法律顾问兼任、对主要负责人负责，第二十一、二十二条"
    "规定其职责，均未规定任期或连任。",
    lang="zh", present=["首席合规官"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Why does the Private Economy Promotion Law make a private company's credit repair conditional on approval by "
    "the NDRC before its dishonesty listing can be taken down? Isn't that a bottleneck?",
    ["approved by the NDRC", "NDRC approval"],
    "False premise hidden in a why-question: Art. 54 says a private economic organization meeting the credit-repair "
    "conditions may apply, and the relevant state organs shall promptly lift the measures and remove or end the "
    "publication; there is no NDRC approval step.",
    lang="en", present=["信用修复申请"],
    related=[E(PE, "第五十四条", "符合信用修复条件的，可以提出信用修复申请"),
             E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施")])

unans("false_premise",
    "发言人原话：“公职人员受警告处分的，处分期十二个月，期内不得晋升。”我翻了半天没找到，政务处分法是在哪一条"
    "把警告的处分期定为十二个月的？",
    ["警告，十二个月"],
    "前提错误：政务处分法第八条规定警告的处分期为六个月，十二个月是记过的处分期。",
    lang="zh", present=["十二个月", "六个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
    "政务处分法第三十六条不是说退休干部五年内不得经商吗？我今年退休满五年了，是不是就能去朋友公司挂个职拿钱了？",
    ["五年内不得经商", "不得经商"],
    "前提错误：第三十六条只规定违反规定从事或参与营利性活动、违反规定兼任职务领取报酬的给予处分，既没有提到退休"
    "干部，也没有“五年内不得经商”的期限；退休人员的处理见第二十七条。",
    lang="zh", present=["营利性活动", "已经退休的公职人员"],
    related=[E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的")])

unans("false_premise",
    "Article 70 of the Private Economy Promotion Law promises double compensation when a local government changes a "
    "policy commitment for public-interest reasons. How is the \"double\" worked out – on direct losses only, or "
    "lost profits too?",
    ["double", "双倍", "两倍"],
    "False premise: Art. 70 says changes for national or public interest must follow statutory authority and "
    "procedure and the losses suffered shall be compensated; no multiple (double) is stated anywhere.",
    lang="en", present=["补偿"],
    related=[E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")])

unans("false_premise",
    "通知里说，失信的地方政府整改履约以后，要满一年才能修复信用。这一年是从哪天开始算？",
    ["满一年"],
    "前提错误：NDRC通知III.(6)规定认定部门确认失信行为已纠正、履约完成后，应及时修复失信记录、终止惩戒措施，"
    "没有任何等待期。",
    lang="zh", present=["credit restoration"],
    related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
    "The SME payment Regulations say an SME that fails to tell the buyer it is an SME when signing loses the "
    "protection of the Regulations. We forgot to tell the state-owned group we contracted with – can we still claim "
    "the statutory late-payment interest?",
    ["lose the protection", "丧失"],
    "False premise: Art. 3 requires the SME to proactively inform the other party and fixes status by size at the "
    "time of contracting, but says nothing about losing the Regulations' protection for failing to inform.",
    lang="en", present=["主动告知"],
    related=[E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业"),
             E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定")])

unans("false_premise",
    "Reporter's question: under Article 11 of the Private Economy Promotion Law, tip-offs about local policies "
    "issued without fair-competition review go to the development and reform department. What is the NDRC hotline "
    "for that?",
    ["NDRC hotline", "发展改革部门负责受理"],
    "False premise (wrong body): Art. 11 says the market regulation department receives reports of policy measures "
    "that violate the fair-competition review system; no NDRC hotline is mentioned.",
    lang="en", present=["公平竞争审查"],
    related=[E(PE, "第十一条", "市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "今年退休金涨多少？",
    ["退休金", "养老金"],
    "养老金调整问题，与这些文件无关（政务处分法中的“退休”只涉及退休人员违法的处理）。",
    lang="zh", present=["退休"])

unans("out_of_domain",
    "How does a freelance journalist get accredited with a press card to attend the NDRC's monthly press "
    "conferences?",
    ["press card", "accreditation"],
    "Press accreditation; none of the documents deals with it (the NDRC notice only mentions exposing cases through "
    "news media).",
    lang="en", present=["news media"])

unans("out_of_domain",
    "老年大学书法班一学期学费多少？怎么报名？",
    ["老年大学", "书法", "学费"],
    "老年教育报名，与文件无关。",
    lang="zh", present=["培训"])

unans("out_of_domain",
    "What VAT rate applies to consulting fees invoiced by a small-scale taxpayer in China this year?",
    ["VAT", "增值税", "小规模纳税人"],
    "Tax rates; the documents mention tax only in passing (tax-and-fee reduction policies, tax compliance as a "
    "key area) and give no VAT rates.",
    lang="en", present=["税务管理", "减税降费"])

unans("out_of_domain",
    "想在深圳开家奶茶店，食品经营许可证去哪办，大概要多久能下来？",
    ["食品经营许可", "奶茶"],
    "具体行业许可办理，文件不涉及（营商环境条例只泛泛讲涉企经营许可改革）。",
    lang="zh", present=["经营许可"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版《保障中小企业款项支付条例》里，大型企业付款期限是怎么规定的？2025年修订时改了哪些地方？",
    ["2020年版", "修订前"],
    "语料只有2025年修订后的条例文本（标题注明2020年国务院令第728号公布），没有2020年原文，无法比较修订前后。",
    lang="zh", present=["国务院令第728号"])

unans("superseded",
    "For a timeline piece: what did the October 2024 draft of the Private Economy Promotion Law say about credit "
    "repair, and how did the final text change it?",
    ["draft", "征求意见稿"],
    "The corpus holds only the law as adopted on 30 April 2025; no draft version is in it.",
    lang="en", present=["信用修复"])

unans("superseded",
    "按2007年那个《行政机关公务员处分条例》，退休人员违纪还能处分吗？",
    ["公务员处分条例", "2007"],
    "语料只有2020年《公职人员政务处分法》，没有《行政机关公务员处分条例》。",
    lang="zh", present=["已经退休的公职人员"])

unans("superseded",
    "The press kit cites the NDRC's interim measures on restoring credit information after dishonest conduct has "
    "been corrected. What waiting period does that document set before a company can apply for restoration?",
    ["interim measures", "waiting period"],
    "The corpus has no NDRC credit-restoration measures; it holds only the 2023 NDRC notice (III.(6) on restoring "
    "government credit) and Art. 54 of the Private Economy Promotion Law, neither of which sets a waiting period.",
    lang="en", present=["credit restoration", "信用修复"])
