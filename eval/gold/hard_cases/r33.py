"""Hard-case gold items, thirty-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: the compliance lead of a foreign-invested manufacturer in Guangzhou (English, precise: supplier terms,
performance securities, whistleblowing channels, joint ventures with municipal SOEs), and a journalist writing a
feature on local governments breaking contracts (Chinese and English: repudiated investment deals, arrears,
accountability of officials, what the NDRC notice does to dishonest cities).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "I'm a reporter working on a feature about local governments walking away from deals with private firms. A "
    "county official told me that when a contract went unperformed only because the county reorganised its bureaus "
    "and the officials in charge were rotated out, that is not \"breach of contract\" in the sense of the NDRC's "
    "2023 government-integrity notice. Is he right?",
    "No. Item II.(2) of the NDRC notice says failure to perform due to institutional adjustments, personnel changes "
    "and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "我在写一篇关于“新官不理旧账”的稿子。《民营经济促进法》对地方政府拿换届、机构调整当借口不履行招商合同是怎么"
    "规定的？如果确实是出于公共利益必须改合同，又该怎么办？",
    "《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行依法作出的政策承诺和订立的合同，不得以行政区划"
    "调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；因国家利益、社会公共利益需要改变政策承诺、合同"
    "约定的，应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行")],
    lang="zh")

add("single",
    "I head compliance at a foreign-invested auto-parts manufacturer in Panyu. Before we decide on joining the GBA "
    "Integrity and Compliance Association, I need one point confirmed precisely from the lecture-hall report: does "
    "the Association itself offer compliance assessments or fraud investigations to companies?",
    "Yes. Among its featured services (¶37), the \"Enterprise Compliance Health Check\" offers professional services "
    "such as customized compliance health checks and anti-fraud investigations for enterprises, helping them build "
    "an integrity and compliance management system.",
    ["customized compliance health checks and anti-fraud investigations"],
    [E(GZ, "¶37", "customized compliance health checks and anti-fraud investigations"),
     E(GZ, "¶37", "helping them build an integrity and compliance management system")],
    lang="en")

add("single",
    "记大过，处分期多长？从哪天起算？（政务处分法）",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分决定"
    "生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "for my piece - does the NDRC actually plan to publicly name and shame governments that break their word?? "
    "which cases get picked, and where do they get published?",
    "Yes. Item IV.(9) of the NDRC notice: select a batch of cases with serious dishonesty, repeated dishonesty and "
    "strong public complaints, publicize them on the \"Credit China\" website, and expose them to society through "
    "news media to form a strong public opinion deterrent.",
    ["cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media to form a strong public opinion")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我们报道的一个案例里，某县政府单方面撕毁了和一家民营物流企业签的招商协议，企业前期投入打了水漂。按《民营经济"
    "促进法》，县政府要承担什么后果？《优化营商环境条例》对这种行为又是怎么规定的？",
    "《民营经济促进法》第七十三条：地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的"
    "合同的，由有权机关予以纠正，造成损失的，依法予以赔偿；造成不良后果或者影响的，对负有责任的领导人员和直接责任"
    "人员依法给予处分。《优化营商环境条例》第六十九条第（七）项：政府和有关部门及其工作人员不履行向市场主体依法"
    "作出的政策承诺以及依法订立的各类合同的，依法依规追究责任。",
    ["由有权机关予以纠正，造成损失的，依法予以赔偿", "不履行向市场主体依法作出的政策承诺以及依法订立的各类合同"],
    [E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿"),
     E(BE, "第六十九条", "(七)不履行向市场主体依法作出的政策承诺以及依法订立的各类合同")],
    lang="zh")

add("multi",
    "Suppose a prefecture-level city ends up with a government dishonesty record under the NDRC notice. What does "
    "the NDRC itself do to that city – and is there any way for the city to get the record cleared afterwards?",
    "III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will cancel their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of "
    "city credit monitoring deductions, and cancel the title or eligibility for social-credit demonstration zones. "
    "III.(6): once the identifying department confirms the dishonest behaviour has been corrected and performance "
    "completed, the dishonesty records should be promptly restored and the punishment measures terminated.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed")],
    lang="en")

add("multi",
    "We are negotiating a joint venture with a Guangzhou municipal SOE, and their investment team is visibly nervous "
    "about signing off. According to the lecture-hall report on the second batch of the Guidelines, under what "
    "conditions are SOE staff exempted from liability when an investment loses money, and what conduct still gets "
    "them held accountable?",
    "¶21: if an investment made with due diligence and through compliant decision-making procedures incurs losses "
    "due to objective factors such as market risks, the relevant personnel may be exempted from liability. ¶30: "
    "losses from inherent risks (policy adjustments, market changes, technological exploration) where due measures "
    "were taken to stop losses get error tolerance; but if losses are expanded due to lack of post-investment "
    "control, misappropriation of funds, or concealment of risks and delayed disposal, those derelict in their "
    "duties must be held accountable.",
    ["incurs losses due to objective factors such as market risks",
     "the relevant personnel may be exempted from liability",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds")],
    lang="en")

add("multi",
    "想做个数据新闻，统计各县区机关、事业单位拖欠中小企业款项的情况。这些单位有没有义务主动公开逾期没付的款项？"
    "什么时候公开、公开哪些内容？要是到期不公开，谁来管、怎么管？",
    "有。《保障中小企业款项支付条例》第十八条：机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项"
    "的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。第三十一条第（七）项：未按照规定公开的，由其上级"
    "机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息",
     "（七）未按照规定公开逾期尚未支付中小企业款项信息", "由其上级机关、主管部门责令改正"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第三十一条", "（七）未按照规定公开逾期尚未支付中小企业款项信息"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正")],
    lang="zh")

add("multi",
    "县里欠一家民营建材厂的货款拖了两年，理由一会儿是“分管领导换了，要重新走一遍流程”，一会儿是“等审计结果出来"
    "再按审计的数结”。法律上这些理由站得住吗？如果县里这些机关最后被认定为失信，对机关本身会有什么实际限制？",
    "站不住。《民营经济促进法》第六十七条：国家机关、事业单位、国有企业不得以人员变更、履行内部付款流程或者在合同未"
    "作约定情况下以等待竣工验收批复、决算审计等为由拒绝或者拖延支付民营经济组织账款；除法律、行政法规另有规定外，"
    "不得强制要求以审计结果作为结算依据。《保障中小企业款项支付条例》第二十六条：拖欠被依法依规认定为失信的，记入"
    "信用记录；情节严重或者造成严重不良社会影响的，向社会公示，并对机关、事业单位在公务消费、办公用房、经费安排等"
    "方面采取必要的限制措施。",
    ["不得以人员变更、履行内部付款流程", "不得强制要求以审计结果作为结算依据",
     "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施"],
    [E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施"),
     E(SME, "第二十六条", "情节严重或者造成严重不良社会影响的")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "说个事儿，我们这边一家民营厂，上礼拜外省一个县的警察开车跑了一千多公里过来，说是查案子，结果话里话外就是让老板"
    "掏钱“了事”，不给就把人带回去。这种大老远跑来捞钱的做法，法律上到底管不管？",
    "管。《民营经济促进法》第六十四条：规范异地执法行为，办理案件需要异地执法的，应当遵守法定权限、条件和程序；禁止"
    "为经济利益等目的滥用职权实施异地执法。第七十二条第二款：违反法律规定实施异地执法的，由有权机关责令改正，造成"
    "不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["禁止为经济利益等目的滥用职权实施异地执法"],
    [E(PE, "第六十四条", "禁止为经济利益等目的滥用职权实施异地执法"),
     E(PE, "第六十四条", "办理案件需要异地执法的，应当遵守法定权限、条件和程序"),
     E(PE, "第七十二条", "违反法律规定实施异地执法的，由有权机关责令改正")],
    lang="zh")

add("paraphrase",
    "Practical question from our plant. A district official handling our expansion file invited our GM to dinner at "
    "his cousin's restaurant, and separately asked whether we'd help out with a local 'innovation' event. The "
    "Guangzhou rulebook on officials and companies obviously can't list every situation. What rule of thumb did its "
    "drafter give for telling whether something like this is fine or not?",
    "In ¶10 the drafting-committee member Wang Yuqun says the 33 scenarios cannot cover every situation; the core of "
    "judging is to distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key "
    "is whether the actions can be \"put on the table\" (he adds three dialectical relationships to keep in mind).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "去窗口交材料，办事的小伙子私下塞给我一张名片，说找这家“咨询公司”出报告就能一次过，找别家的话十有八九要被"
    "打回来。感觉就是被绑定了一家，这种情况有没有说法？",
    "有。《优化营商环境条例》第四十三条：行政机关不得为市场主体指定或者变相指定中介服务机构；除法定行政审批中介服务外，"
    "不得强制或者变相强制市场主体接受中介服务。第六十九条第（九）项：为市场主体指定或者变相指定中介服务机构的，依法"
    "依规追究责任。",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第六十九条", "(九)为市场主体指定或者变相指定中介服务机构")],
    lang="zh")

add("paraphrase",
    "For my feature: a township lured a private solar-panel maker with promises of subsidies and a cheap plot, then "
    "walked away once the mayor changed; another county pulled out of a toll-road deal it had co-financed with a "
    "private investor. Are deals like these – wooing investors, going in together with private money, handing out "
    "industry perks – the sort of thing the NDRC paper treats as a government breaking its word?",
    "Yes. Item II.(1) of the NDRC notice: the scope of breach of contract and dishonesty includes breach and "
    "repudiation behaviours in agreements and contracts signed by government departments with private enterprises in "
    "government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
    "support, government investment and other fields.",
    ["investment promotion, government-social capital cooperation, industrial support, government investment"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support")],
    lang="en")

add("paraphrase",
    "当年拍板撕毁协议的那位副县长，前两年已经退下来回老家带孙子了。现在事情翻出来，还能给他个处分吗？还是人退了就"
    "没人管了？",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其"
    "立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法取得的财物依照第二十五条处理。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约的通知，政府失信记录除了记进信用档案，会不会跟政府部门的考核挂钩？原文具体"
    "怎么说的？",
    "会。通知第三部分第（3）项：各级信用牵头部门应推动将失信记录纳入相关政府部门绩效考核指标（\"promote the "
    "inclusion of dishonesty records into performance evaluation indicators of relevant government departments\"）；"
    "发改委还将把政府失信记录适当纳入营商环境评价和高质量发展综合绩效评价。",
    ["promote the inclusion of dishonesty records into performance evaluation indicators of relevant government "
     "departments",
     "business environment evaluations and comprehensive performance evaluations of high-quality development"],
    [E(NDRC, "III.(3)", "promote the inclusion of dishonesty records into performance evaluation"),
     E(NDRC, "III.(3)", "business environment evaluations and comprehensive performance evaluations")],
    lang="zh")

add("cross_lingual",
    "广州那个大湾区廉洁合规协会到底什么来头？哪一年成立的，是哪几家单位一起推动成立的？",
    "据报道¶32：协会成立于2021年，是由广州市纪委监委、市国资委和市工商联共同推动成立的非营利性社会组织（\"jointly "
    "promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal State-owned Assets "
    "Supervision and Administration Commission, and the Municipal Federation of Industry and Commerce\"），也是全国"
    "首家专注企业廉洁合规的5A级社会组织、市政府立法基层联系点。",
    ["was established in 2021",
     "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal "
     "State-owned Assets Supervision and Administration Commission, and the Municipal Federation of Industry and "
     "Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection")],
    lang="zh")

add("cross_lingual",
    "We are a medium-sized foreign-invested manufacturer in Guangzhou, supplying and installing production-line "
    "equipment for the new workshop of a district-run vocational school. The school insists that our performance "
    "security be paid in cash and refuses a bank letter of guarantee. Under China's Regulations on Guaranteeing "
    "Payments to SMEs, can it do that, and when does it have to give the security back?",
    "No. Article 13: government organs, public institutions and large enterprises may not restrict securities to "
    "cash; where the SME provides security by a guarantee issued by a financial institution, they shall accept it; "
    "and after the security period expires they must promptly settle and return the security, according to law or "
    "the contract.",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受",
     "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"),
     E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还")],
    lang="en")

add("cross_lingual",
    "We are being onboarded as a supplier to a central SOE, and their supplier code refers to a whistleblowing "
    "channel. Article 24 of SASAC's 2022 Compliance Management Measures for central SOEs: what exactly must the SOE "
    "set up, and what protection do people who report get?",
    "Article 24: the central SOE must set up a violation-reporting platform and publish a reporting telephone number, "
    "email or mailbox; the relevant departments accept, investigate and handle reports. The SOE must keep the "
    "reporter's identity and the reported matters strictly confidential, may reward reporters whose reports prove "
    "true, and no unit or individual may retaliate against a reporter in any form.",
    ["应当设立违规举报平台，公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密",
     "任何单位和个人不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="en")

add("cross_lingual",
    "When a Chinese government body drafts a new rule or normative document that closely affects how businesses "
    "operate, how long does the public-comment period have to be under the State Council's business-environment "
    "regulations, and how must the draft be published?",
    "Article 62 of the Regulations on Optimizing the Business Environment: except where confidentiality is required, "
    "such drafts must be published for comment through newspapers, the internet, etc., with a feedback mechanism on "
    "how comments were adopted; the comment period is generally not less than 30 days.",
    ["向社会公开征求意见的期限一般不少于30日", "应当通过报纸、网络等向社会公开征求意见"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日"),
     E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "Precise question: what daily late-payment interest rate does the Private Economy Promotion Law (2025) itself "
    "prescribe when a state-owned enterprise pays a private supplier late and the contract says nothing about "
    "interest? I need the article of that Law, not of another instrument.",
    ["late-payment interest", "daily rate"],
    "The Private Economy Promotion Law (Arts. 67, 68, 73) requires timely payment and compensation for losses but "
    "states no interest rate; the 0.05%-per-day default rate is in Art. 17 of the SME Payment Regulations, not in "
    "the Law.",
    lang="en", present=["万分之五", "逾期利息", "拖延支付"])

unans("not_covered",
    "发改委那份政务诚信通知发出后，到现在全国一共认定了多少起地方政府违约失信案件？在信用中国上曝光的典型案例有"
    "多少个？有没有按省份的排名？",
    ["多少起", "违约失信案件", "number of cases", "ranking"],
    "NDRC通知只规定认定程序（II.(2)）和曝光一批典型案例（IV.(9)），没有任何案件数量、曝光数量或省份排名；其他文件"
    "也没有。",
    lang="zh", present=["typical cases", "Credit China"])

unans("not_covered",
    "I'm following a case where a county in northern Guangdong cancelled a land-transfer deal with a private "
    "logistics company right after the county party secretary was replaced. The company filed a complaint through "
    "the 12345 hotline last week. Realistically, how likely is it that the county ends up formally labelled as "
    "dishonest, and how many weeks does the verification usually take?",
    ["likely", "weeks", "probability"],
    "NDRC II.(2) describes the procedure (immediate transfer to the superior or competent department, verification, "
    "rectification, refusal confirmed as dishonesty; personnel changes count as breach) but sets no time limit for "
    "verification, and no document can predict the outcome of a given complaint.",
    lang="en", present=["12345", "verification and identification"])

unans("not_covered",
    "《中央企业合规管理办法》对首席合规官的任期、考核和薪酬有没有具体规定？比如任期几年、合规绩效在薪酬里占多大"
    "比例？",
    ["任期", "合规绩效", "绩效薪酬"],
    "办法第十二条只规定首席合规官不新增领导岗位和职数、由总法律顾问兼任、对主要负责人负责；任期、考核方式和薪酬比例"
    "均未规定。",
    lang="zh", present=["首席合规官", "总法律顾问兼任"])

unans("not_covered",
    "Under the SME Payment Regulations, what is the maximum number of days a large enterprise may take to complete "
    "acceptance inspection of delivered goods before the payment clock starts? We are redrafting our Guangzhou "
    "plant's standard purchase terms and want to set the acceptance period at the legal maximum.",
    ["acceptance period", "inspection period"],
    "Art. 10 only requires the parties to agree a clear and reasonable inspection/acceptance period in the contract "
    "(unless other rules provide one) and starts the payment term at the end of the agreed period if acceptance is "
    "delayed; no maximum number of days is set anywhere.",
    lang="en", present=["验收期限"])

unans("not_covered",
    "县政府为了修高铁站改了规划，把已经签约给一家民企的地块收回去了。按《民营经济促进法》第七十条应该补偿，那补偿"
    "标准具体怎么算？企业的预期利润能不能算进去？",
    ["补偿标准", "可得利益", "预期利润"],
    "第七十条只规定因国家利益、社会公共利益改变合同的应依法定权限和程序进行并对损失予以补偿（第六十一条对征收征用"
    "要求公平、合理的补偿）；补偿的计算标准、是否包括预期利润，各文件均未规定。",
    lang="zh", present=["予以补偿", "公平、合理的补偿"])

unans("not_covered",
    "If a private company wants to sue a county government for breaching an investment cooperation agreement, is "
    "that an administrative lawsuit or a civil lawsuit, and which level of court hears it at first instance?",
    ["administrative lawsuit", "civil lawsuit", "intermediate court"],
    "The documents say governments must honour contracts (PE Art. 70, BE Art. 31) and that enterprises may apply "
    "for administrative reconsideration or sue (PE Art. 65), but nothing on the nature of such a suit or on court "
    "jurisdiction.",
    lang="en", present=["提起诉讼", "行政复议"])

unans("not_covered",
    "广州纪委发的那两批政商交往指引里，公职人员在企业吃工作餐，人均多少钱以内算合规？超了标准怎么处理？",
    ["人均", "per person", "yuan"],
    "GZ报道只提到第一批指引回应了“what meals can be eaten and what vehicles can be taken”之类的问题，没有任何金额"
    "标准；指引原文不在语料中。",
    lang="zh", present=["what meals can be eaten"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Why do SASAC's 2022 Compliance Management Measures require every central SOE to create a brand-new, "
    "stand-alone chief compliance officer post, separate from the general counsel? Our JV partner's parent says "
    "that is why it is now hiring one externally.",
    ["stand-alone"],
    "False premise: Article 12 says the chief compliance officer is set up without adding leadership posts or "
    "headcount and is held concurrently by the general counsel, reporting to the enterprise's principal person in "
    "charge.",
    lang="en", present=["首席合规官", "总法律顾问兼任"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "《优化营商环境条例》第三十一条规定，地方政府违约毁约的，要按合同金额的20%向企业支付违约金。我们报道的那家企业"
    "合同额5000万，是不是能拿到1000万？",
    ["违约金", "20%"],
    "前提错误：第三十一条只规定地方政府不得以区划调整、换届等为由违约毁约，因公共利益改变的应依法定程序进行并依法对"
    "损失予以补偿；没有按合同金额20%支付违约金的规定。",
    lang="zh", present=["违约毁约", "予以补偿"],
    related=[E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
             E(BE, "第三十一条", "并依法对市场主体因此受到的损失予以补偿")])

unans("false_premise",
    "Under II.(2) of the NDRC notice, provincial credit departments have seven working days to forward a "
    "breach-of-contract complaint to the National Public Credit Information Center, which then verifies it. If the "
    "Center finds the complaint true, how long does the local government get to put things right?",
    ["working days", "seven working days"],
    "False premise: II.(2) says credit leading departments should immediately transfer complaint clues to the "
    "superior or competent departments of the complained entities for verification; the National Public Credit "
    "Information Center only formulates information collection standards (III.(3)). No deadline for rectification "
    "is set.",
    lang="en", present=["National Public Credit Information Center", "immediately"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract"),
             E(NDRC, "II.(2)", "superior or competent departments of the complained entities"),
             E(NDRC, "III.(3)", "The National Public Credit Information Center should expedite")])

unans("false_premise",
    "政务处分法第十五条说，一个人有好几个违法行为、要给多个同样处分的，合并后的处分期最长可以到六十个月。那个毁约的"
    "副县长同时摊上三件事，是不是要背五年的记大过？",
    ["六十个月"],
    "前提错误：第十五条规定应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定"
    "处分期，但最长不得超过四十八个月。",
    lang="zh", present=["四十八个月"],
    related=[E(PS, "第十五条", "但是最长不得超过四十八个月"),
             E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期")])

unans("false_premise",
    "The SME Payment Regulations give a large enterprise like ours 15 days to confirm a supplier's receivable once "
    "the SME asks for confirmation so it can factor the invoice. What is the sanction if our AP team misses the "
    "15-day window?",
    ["15 days", "15-day"],
    "False premise: Article 16 gives organs, public institutions and large enterprises 30 days from the SME's "
    "confirmation request to confirm the creditor-debtor relationship, not 15; no specific sanction for missing it "
    "is set in Chapter 4.",
    lang="en", present=["确权请求"],
    related=[E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")])

unans("false_premise",
    "看报道说广州市纪委监委已经连续三年发了三批《政商交往典型场景指引》，一共五十个场景。第三批主要讲的是什么？",
    ["three batches", "third batch", "50 scenarios", "五十个"],
    "前提错误：GZ报道说市纪委监委连续两年发布了两批指引，两批共33个场景；不存在第三批，也没有五十个场景。",
    lang="zh", present=["two batches", "33 scenarios"],
    related=[E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A on Government-Business"),
             E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
    "Article 70 of the Private Economy Promotion Law allows a local government to suspend performance of an "
    "investment contract for up to one year while an administrative-division merger is being completed. Our county "
    "was merged into a neighbouring district in March – when does that one-year window run out?",
    ["up to one year", "one-year"],
    "False premise: Article 70 forbids local governments from breaching or repudiating contracts on grounds of "
    "administrative-division adjustment, change of government, institutional change or personnel change; there is no "
    "suspension period.",
    lang="en", present=["行政区划调整"],
    related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "Is our WFOE in Huangpu eligible for the reduced corporate income tax rate as a high-and-new-technology "
    "enterprise, and what R&D spend ratio do we need to qualify?",
    ["corporate income tax", "high-and-new-technology", "R&D spend"],
    "Tax incentive qualification; no document covers it (BE Art. 12 only mentions equal treatment in tax and fee "
    "reductions).",
    lang="en", present=["税费减免"])

unans("out_of_domain",
    "广州2024年GDP多少？",
    ["GDP", "地区生产总值"],
    "城市经济统计数据，文件不涉及。",
    lang="zh", present=["Guangzhou"])

unans("out_of_domain",
    "What documents do we need to renew the work permit and residence permit of our German plant manager in "
    "Guangdong, and how far ahead of expiry should we file?",
    ["work permit", "residence permit"],
    "Foreign-employee immigration formalities; none of the documents deals with them.",
    lang="en", present=["overseas-invested enterprises"])

unans("out_of_domain",
    "我们厂的排污许可证明年到期，延续申请要提前多少天交？要不要重新做环评？",
    ["排污许可证", "环评"],
    "环保许可手续，文件不涉及（民营经济促进法第十三条只提到排污指标方面平等对待）。",
    lang="zh", present=["排污指标"])

unans("out_of_domain",
    "采访时没告诉对方就偷偷录了音，这段录音以后要是打官司，能当证据用吗？",
    ["录音", "偷录"],
    "民事诉讼证据规则问题，与这些文件无关（政务处分法中的“证据”仅指监察调查证据）。",
    lang="zh", present=["证据"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版的《保障中小企业款项支付条例》里，大型企业给中小企业的付款期限原来是怎么规定的？2025年修订的时候具体改了"
    "哪些地方？",
    ["2020年版", "修订前"],
    "语料只有2025年3月国务院令第802号修订后的条例文本；2020年（第728号令）原文不在语料中，无法比较修订前后的差别。",
    lang="zh", present=["第728号", "第802号修订"])

unans("superseded",
    "What did SASAC's 2018 Guidelines on Compliance Management of Central SOEs (for Trial Implementation) require "
    "about the compliance committee? I want to compare them with the 2022 Measures.",
    ["2018", "for Trial Implementation"],
    "The corpus holds only the 2022 Measures (SASAC Order No. 42); the 2018 trial guidelines are not in it.",
    lang="en", present=["合规委员会"])

unans("superseded",
    "Article 53 of the SME Promotion Law as amended in 2017 – what does it say about government bodies and large "
    "enterprises paying SMEs on time?",
    ["2017", "Article 53"],
    "The SME Payment Regulations cite the SME Promotion Law as their basis (Art. 1), but the Law's text is not in "
    "the corpus.",
    lang="en", present=["中小企业促进法"])

unans("superseded",
    "广州市纪委第一批《政商交往典型场景指引》的原文里，第五个场景是怎么写的？能把那条原文发我吗？",
    ["第五个场景", "scenario 5"],
    "语料中只有讲堂的报道，概述了两批指引的背景和特点；指引原文及其具体场景条款不在语料中。",
    lang="zh", present=["first batch", "Q&A"])
