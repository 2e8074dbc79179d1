"""Hard-case gold items, eighty-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a PhD student in law at a Hong Kong university and her supervisor, comparing mainland rules with
Hong Kong practice; mostly English with some Chinese, asking about definitions, scope, coverage, remedies,
time limits and earlier drafts, and sometimes assuming Hong Kong rules apply.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "我在和香港公务员纪律处分里的 severe reprimand 做比较。内地政务处分法里“记大过”的处分期间是多长？从哪天开始算？",
    "记大过的处分期间为十八个月；政务处分期自政务处分决定生效之日起计算（政务处分法第八条）。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算。")],
    lang="zh")

add("single",
    "导师问我：民营经济促进法里的“民营经济组织”是不是只指公司？个体工商户算不算在内？",
    "不限于公司。第七十七条把民营经济组织界定为在境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，以及前述组织控股或实际控制的营利法人、非法人组织，个体工商户包括在内。",
    ["由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的"),
     E(PE, "第七十七条", "营利法人、非法人组织和个体工商户，以及前述组织控股或者实际控制的营利法人、非法人组织")],
    lang="zh")

add("single",
    "香港这边逾期付款一般看合同或法定利率。内地《保障中小企业款项支付条例》下，如果合同根本没写逾期利息的利率，迟延付款要按什么标准付利息？",
    "迟延支付应当支付逾期利息；合同未约定利率的，按照每日利率万分之五支付（条例第十七条）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息。"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "Suppose a district government stops performing an investment-promotion agreement because the official who signed it "
    "was transferred. Under the NDRC integrity notice, does that still count as government dishonesty, or is it excused?",
    "It is not excused: failure to perform due to institutional adjustments, personnel changes and other reasons is all "
    "regarded as breach of contract and dishonesty (NDRC notice II.(2)).",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "My supervisor thinks the Guangzhou government-business interaction Guidelines work like a complete code of conduct. "
    "How many scenarios do they actually cover, and are they meant to be exhaustive?",
    "The two batches cover 33 scenarios, and the drafter said they cannot encompass all situations; the test for other "
    "cases is whether the conduct is for the public good or for personal gain (report ¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "公职人员对监察机关作出的政务处分决定不服，救济途径是什么？先找谁，再找谁？",
    "可以向作出决定的监察机关申请复审；对复审决定仍不服的，可以向上一级监察机关申请复核（政务处分法第五十五条）。",
    ["向作出决定的监察机关申请复审", "向上一级监察机关申请复核"],
    [E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审"),
     E(PS, "第五十五条", "公职人员对复审决定仍不服的，可以向上一级监察机关申请复核")],
    lang="zh")

add("single",
    "Once a local government has a dishonesty record under the NDRC notice, how does it get the record removed?",
    "Through credit restoration: once the identifying department confirms that the dishonest behaviour has been corrected "
    "and performance completed, the records are promptly restored and the punishment measures terminated (III.(6)).",
    ["corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "央企的首席合规官是不是要新设一个领导岗位？一般由谁来担任？",
    "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责（中央企业合规管理办法第十二条）。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "我们在研究中小企业被大企业拖欠货款时的行政救济：中小企业可以向哪个部门投诉？投诉转办和处理各有什么期限？",
    "向省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）投诉（第二十四条）；受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门，处理投诉部门自收到投诉材料之日起30日内形成处理结果，最长不超过90日（第二十五条）。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("multi",
    "如果地方在政府采购招标里设门槛排斥民营企业，民营经济促进法怎么规定？对相关官员有什么后果？",
    "第十四条规定除法律另有规定外，招标投标、政府采购等公共资源交易不得有限制或者排斥民营经济组织的行为；违反的，依第七十一条由有权机关责令改正，造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["不得有限制或者排斥民营经济组织的行为", "由有权机关责令改正", "对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(PE, "第十四条", "招标投标、政府采购等公共资源交易不得有限制或者排斥民营经济组织的行为"),
     E(PE, "第七十一条", "由有权机关责令改正，造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(PE, "第七十一条", "在招标投标、政府采购等公共资源交易中限制或者排斥民营经济组织")],
    lang="zh")

add("multi",
    "Walk me through the NDRC notice: a private firm's complaint against a city government is verified as true but the "
    "city refuses to fix the problem. What happens then, and what can the NDRC itself do to a prefecture-level city "
    "that ends up with a dishonesty record?",
    "If the city refuses to rectify, the identifying department confirms breach of contract and dishonesty (II.(2)). "
    "For cities at prefecture level and above with government dishonesty records, the NDRC cancels eligibility for "
    "awards and pilot demonstrations, increases the weight of city credit monitoring deductions, and cancels "
    "social-credit demonstration-zone titles (III.(4)).",
    ["Those who refuse to rectify shall be confirmed as breach of contract and dishonesty",
     "cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "In Hong Kong a civil servant given a suspended sentence is not necessarily dismissed. Under the mainland 政务处分法, "
    "if an official is convicted of an intentional crime but the prison term is suspended, is expulsion mandatory?",
    "Yes. Article 14 provides that an official sentenced for an intentional crime to public surveillance, criminal "
    "detention or fixed-term imprisonment or above, including a suspended sentence, shall be expelled (予以开除).",
    ["予以开除", "含宣告缓刑"],
    [E(PS, "第十四条", "公职人员犯罪，有下列情形之一的，予以开除"),
     E(PS, "第十四条", "因故意犯罪被判处管制、拘役或者有期徒刑以上刑罚（含宣告缓刑）的")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约机制的通知（发改财金〔2023〕1103号）里，企业投诉政府违约失信可以走哪些渠道？地方12345热线算不算？",
    "算。通知第二部分第（1）项要求省级信用牵头部门依托信用网站、“互联网+监管”平台、工信部违约拖欠中小企业款项登记（投诉）平台、地方12345政务服务热线、营商环境投诉平台、信访部门等渠道设立违约失信投诉专栏。",
    ["local 12345 government service hotlines", "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "business environment complaint platforms, petition departments"),
     E(NDRC, "II.(1)", "establish or improve special columns for breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "广州那套《政商交往指引》到底是哪个机关发布的？一共出了几批？",
    "由广州市纪委监委（Guangzhou Municipal Commission for Discipline Inspection and Supervision）发布，自去年起连续两年发布了两批（报告第7段）。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "Say a county keeps reneging on deals it struck with private builders. Can the planning commission in Beijing cut "
    "off the cash that county gets from the centre, or stop it from borrowing?",
    "Yes: for entities with dishonesty records the NDRC will restrict support from central budget funds, limit "
    "applications for local government special bonds and restrict recommendations for financing projects (III.(4)).",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

add("paraphrase",
    "一个干部已经不上班、在家领养老金了，这时才查出他在岗时收过好处，还能给他纪律上的处理吗？能不能查？",
    "已经退休的公职人员不再给予政务处分，但可以立案调查；依法应当降级、撤职、开除的，按规定相应调整其享受的待遇，违法所得依第二十五条处理（政务处分法第二十七条）。",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "Why does the Public Officials Sanctions Law set the sanction period for a demerit (记过) at only six months, "
    "when a Hong Kong reprimand stays on file much longer?",
    ["记过，六个月"],
    "False premise: Article 8 of the Sanctions Law sets six months for a warning (警告) and twelve months for a "
    "demerit (记过); nothing explains a six-month demerit period.",
    lang="en", present=["记过，十二个月", "警告，六个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月；"), E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
    "Article 9 of the SME payment regulations gives government bodies a default 60 days from delivery to pay an SME. "
    "Do large enterprises get the same 60 days, or longer?",
    ["机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内", "60 days"],
    "False premise: Article 9 gives organs and public institutions 30 days from delivery by default (a contract may "
    "agree otherwise but not beyond 60 days); the 60-day default applies to large enterprises.",
    lang="en", present=["交付之日起30日内支付款项", "但付款期限最长不得超过60日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
             E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "Given that the Guangzhou Guidelines on government-business interactions were issued by the Municipal Federation "
    "of Industry and Commerce, are they binding on public officials at all, or only on member businesses?",
    ["issued by the Municipal Federation", "Federation of Industry and Commerce issued"],
    "False premise: the report says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline "
    "Inspection and Supervision; the Federation of Industry and Commerce is only mentioned as an attendee and as a "
    "co-promoter of the GBA association. The report says nothing on binding force for business members.",
    lang="en", present=["Municipal Federation of Industry and Commerce"],
    related=[E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision")])

unans("false_premise",
    "Under the NDRC notice a government body's dishonesty record has to be restored within three months after it "
    "corrects the breach, right? I want to compare that with HK's credit reference practice.",
    ["three months", "within 3 months"],
    "False premise: III.(6) says records should be 'promptly restored' once the identifying department confirms "
    "correction and completed performance; no three-month (or any numeric) time limit is set.",
    lang="en", present=["promptly restored"],
    related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
    "《中央企业合规管理办法》要求央企每两年开展一次合规管理体系有效性评价；所以2022年10月施行后，第一次评价最迟应在什么时候完成？",
    ["每两年", "两年一次"],
    "错误前提：第二十七条只要求“定期开展合规管理体系有效性评价”，并未规定每两年一次，也没有首次评价的期限。",
    lang="zh", present=["定期开展合规管理体系有效性评价"],
    related=[E(SOE, "第二十七条", "中央企业应当定期开展合规管理体系有效性评价")])

unans("false_premise",
    "民营经济促进法第六十七条禁止大型民营企业强制以审计结果作为结算依据，这条是怎么和香港建造业付款惯例衔接的？",
    ["大型民营企业", "民营大型企业"],
    "错误前提：第六十七条的义务主体是国家机关、事业单位、国有企业，不是大型民营企业；《保障中小企业款项支付条例》第十二条对应主体为机关、事业单位和国有大型企业。文件未涉及与香港惯例的衔接。",
    lang="zh", present=["不得强制要求以审计结果作为结算依据"],
    related=[E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
             E(PE, "第六十七条", "不得强制要求以审计结果作为结算依据"),
             E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")])

unans("false_premise",
    "The Regulations on Optimizing the Business Environment require a public comment period of at least 60 days for "
    "rules closely affecting businesses. Can an agency shorten that, the way HK bureaux sometimes run short consultations?",
    ["不少于60日"],
    "False premise: Article 62 says the public comment period is generally not less than 30 days (一般不少于30日), not 60; "
    "the regulations say nothing about shortening it.",
    lang="en", present=["向社会公开征求意见的期限一般不少于30日"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "Is there a filing fee for lodging a complaint on the national platform for SME payment arrears, or is it free?",
    ["投诉费用", "filing fee", "免费"],
    "Article 24 of the SME payment regulations provides for a national unified arrears complaint platform and "
    "Article 25 sets the handling time limits, but no document mentions any fee or that filing is free.",
    lang="en", present=["拖欠中小企业款项投诉平台"])

unans("not_covered",
    "What percentage of breach-of-contract complaints against local governments were verified as true after the NDRC "
    "notice came out?",
    ["percentage", "per cent", "verification rate"],
    "The NDRC notice sets out complaint channels, verification (II.(2)) and periodic evaluation of handling efficiency "
    "(IV.(7)), but gives no statistics on outcomes.",
    lang="en", present=["handling and identification efficiency"])

unans("not_covered",
    "我们在帮一家香港公司处理深圳的供货纠纷，一个事业单位拖欠货款已经三个月了。按照《保障中小企业款项支付条例》起诉的话，能赢吗？",
    ["胜诉", "胜诉率"],
    "条例规定了付款期限（第九条）、逾期利息（第十七条）和投诉处理（第二十四、二十五条），但不对具体诉讼结果作出预测；文件也未说明香港公司是否属于条例所称中小企业。",
    lang="zh", present=["逾期利息", "投诉"])

unans("not_covered",
    "How many central SOEs have actually appointed a chief compliance officer since the SASAC measures took effect?",
    ["chief compliance officer", "已设立首席合规官", "家中央企业"],
    "Article 12 of the central SOE compliance measures requires a chief compliance officer (首席合规官) concurrently held "
    "by the general counsel, but no document gives any count of appointments.",
    lang="en", present=["首席合规官"])

unans("not_covered",
    "公职人员对政务处分决定不服，申请复审的期限是多少天？从收到决定书之日起算吗？",
    ["复审期限", "收到政务处分决定书之日起"],
    "政务处分法第五十五条规定可以申请复审、复核，第四十五条要求决定书载明申请复审、复核的途径和期限，但法律本身没有规定具体天数或起算点。",
    lang="zh", present=["申请复审、复核的途径和期限"])

unans("not_covered",
    "How many working days does the Business Environment Regulation give for setting up a company from application to "
    "business licence?",
    ["开办时限为", "个工作日内完成企业开办"],
    "Article 19 refers to the company set-up time limit set by the state (国家规定的企业开办时限) and requires localities "
    "to publish specific processing times, but gives no number of days.",
    lang="en", present=["企业开办时限"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "《保障中小企业款项支付条例》2020年版（国务院令第728号）原来关于保证金的条文是怎么写的？2025年修订时改了哪些内容？",
    ["修订前", "原第十三条", "2020年版"],
    "语料只收录2025年修订后的文本（国务院令第802号），标题中提到2020年国务院令第728号公布，但没有原条文文本，也没有修订对照说明。",
    lang="zh", present=["国务院令第728号"])

unans("superseded",
    "In the October 2024 draft of the Private Economy Promotion Law released for public comment, how was a 'private "
    "economic organisation' defined, and did the final Article 77 change it?",
    ["草案", "征求意见稿", "draft", "October 2024"],
    "Only the law as adopted on 30 April 2025 is in the corpus (Article 77 gives the definition); no draft text or "
    "drafting history is included.",
    lang="en", present=["本法所称民营经济组织"])

unans("superseded",
    "How did SASAC's 2018 trial Guidelines on compliance management of central SOEs define 'compliance', compared with "
    "the 2022 measures?",
    ["试行", "2018", "合规管理指引"],
    "The corpus has only the 2022 Measures (SASAC Order No. 42), whose Article 3 defines compliance; the earlier trial "
    "guidelines are not included or referred to.",
    lang="en", present=["本办法所称合规"])

unans("superseded",
    "Before the Public Officials Sanctions Law, the 2007 Regulations on Sanctions of Civil Servants of Administrative "
    "Organs applied. How long did a demerit last under those 2007 Regulations?",
    ["2007", "行政机关公务员处分条例"],
    "Only the 2020 Sanctions Law is in the corpus (Article 8 gives current periods); the 2007 regulations are not "
    "included or mentioned.",
    lang="en", present=["政务处分的期间"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "Our company in Hong Kong is laying off a manager whose employment contract has a three-month notice clause. "
    "How is the severance payment calculated?",
    ["severance", "Employment Ordinance", "遣散费"],
    "Employment termination and severance under Hong Kong law are outside all seven documents.",
    lang="en")

unans("out_of_domain",
    "If a company buys shares from a government-owned parent under a share purchase contract in Hong Kong, how much "
    "stamp duty is payable on the transfer?",
    ["stamp duty", "印花税"],
    "Stamp duty on share transfers is not dealt with in any of the documents.",
    lang="en")

unans("out_of_domain",
    "公司向境外关联方支付特许权使用费，需要代扣代缴多少预提所得税？合同里怎么约定税负承担比较稳妥？",
    ["预提所得税", "特许权使用费", "代扣代缴"],
    "跨境支付的预提所得税问题不在任何一份文件的范围内。",
    lang="zh")
