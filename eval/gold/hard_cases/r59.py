"""Hard-case gold items, fifty-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a policy analyst at a foreign business association in Shanghai writing a briefing for member
companies, and a compliance trainer preparing lecture slides; mostly English, some Chinese, interested in
the NDRC notice, the Guangzhou lecture-hall report, the SME payment regulation and the Chinese laws.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "Under item II.(2) of the NDRC notice, if a government department stops performing a contract with a "
    "private firm because of personnel changes or an institutional reshuffle, is that still treated as "
    "breach of contract?",
    "Yes. Item II.(2) says failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty.",
    ["institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "For my briefing: which dishonesty punishment measures does the NDRC notice list that local credit "
    "leading departments should get same-level government departments to use?",
    "Item III.(5): measures within their functional scope, including but not limited to restricting "
    "government funding support, limiting applications for support policies, canceling awards, and "
    "restricting participation in government procurement.",
    ["restricting government funding support", "limiting applications for support policies",
     "canceling awards", "restricting participation in government procurement"],
    [E(NDRC, "III.(5)", "including but not limited to restricting government funding support"),
     E(NDRC, "III.(5)", "limiting applications for support policies, canceling awards"),
     E(NDRC, "III.(5)", "restricting participation in government procurement")],
    lang="en")

add("single",
    "What kinds of information does the NDRC say it will pull together to form government credit records "
    "(item III.(3))?",
    "Item III.(3): breach of contract and dishonesty information, arrears information sorted by localities, "
    "and information on those listed as dishonest persons subject to enforcement.",
    ["breach of contract and dishonesty information", "arrears information",
     "dishonest persons subject to enforcement"],
    [E(NDRC, "III.(3)", "uniformly include breach of contract and dishonesty information"),
     E(NDRC, "III.(3)", "arrears information sorted by localities as required"),
     E(NDRC, "III.(3)", "those listed as dishonest persons subject to enforcement")],
    lang="en")

add("single",
    "According to the Guangzhou lecture-hall report, how many scenarios do the two batches of the "
    "government-business interaction Guidelines cover, and what is the core test for situations they don't cover?",
    "33 scenarios; for other situations the core is to distinguish \u201cacting for the public good\u201d from "
    "\u201cacting for personal gain\u201d, the key being whether the actions can be \u201cput on the table\u201d.",
    ["33 scenarios", "acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "\u00b610", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "\u00b610", "\u201cacting for the public good\u201d and \u201cacting for personal gain\u201d"),
     E(GZ, "\u00b610", "whether the actions can be \u201cput on the table\u201d")],
    lang="en")

add("single",
    "What format did the drafters adopt for both batches of the Guangzhou Guidelines?",
    "The \u201cscenario + list + case\u201d format: specific behavioral scenarios and typical cases added on "
    "the basis of positive and negative lists.",
    ["scenario + list + case"],
    [E(GZ, "\u00b68", "thus forming the \u2018scenario + list + case\u2019 format")],
    lang="en")

add("single",
    "《保障中小企业款项支付条例》里，合同没约定逾期利息利率的，迟延付款按什么标准付利息？",
    "第十七条：未作约定的，按照每日利率万分之五支付逾期利息；有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "中小企业投诉被拖欠款项后，处理投诉部门多长时间内要给出处理结果？最长可以拖到多久？",
    "第二十五条：自收到投诉材料之日起30日内形成处理结果并书面反馈；情况复杂经批准可延长，但最长不得超过90日。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人，并反馈受理投诉部门。"),
     E(SME, "第二十五条", "情况复杂或者有其他特殊原因的，经部门负责人批准，可适当延长，但处理期限最长不得超过90日。")],
    lang="zh")

add("single",
    "中小企业拿应收账款去融资，需要付款方确认债权债务，《保障中小企业款项支付条例》给了对方多长时间？",
    "第十六条：机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "Which SME-arrears complaint channel does the NDRC notice name among the channels for breach-of-contract "
    "complaints, and who does the SME payment regulation make responsible for a national unified complaint platform?",
    "NDRC item II.(1) lists the MIIT \u201cRegistration (Complaint) Platform for Breach of Contract and Arrears to "
    "SMEs\u201d; SME regulation art. 24 has the State Council department in charge of SME promotion build the "
    "national unified platform for complaints about arrears to SMEs.",
    ["Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs",
     "国家统一的拖欠中小企业款项投诉平台"],
    [E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台")],
    lang="en")

add("multi",
    "大型企业拖欠中小企业款项被认定失信、情节严重的，会在哪些方面受到限制？如果它在年度报告里对逾期未付款信息弄虚作假，由哪个部门处理？",
    "第二十六条：对大型企业在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制；"
    "第三十四条：未按规定公示或者隐瞒真实情况、弄虚作假的，由市场监督管理部门依法处理。",
    ["财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先", "由市场监督管理部门依法处理"],
    [E(SME, "第二十六条", "对大型企业在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制"),
     E(SME, "第三十四条", "大型企业违反本条例，未按照规定在企业年度报告中公示逾期尚未支付中小企业款项信息或者隐瞒真实情况、弄虚作假的，由市场监督管理部门依法处理。")],
    lang="zh")

add("multi",
    "For a training slide comparing credit restoration: what triggers restoration under the NDRC notice, and what "
    "must a private firm do under the Private Economy Promotion Law to get its credit restored?",
    "NDRC item III.(6): once the identifying department confirms the dishonest behavior has been corrected and "
    "performance completed, records are promptly restored and punishment terminated. PE Law art. 54: a private "
    "economic organization that corrects the dishonest conduct, eliminates adverse effects and meets the "
    "conditions may apply for credit restoration; the organs must then promptly lift the measures.",
    ["corrected and performance completed", "可以提出信用修复申请"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(PE, "第五十四条", "民营经济组织及其经营者纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请。")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "Under the SME payment regulation, may a large company agree with an SME supplier that it will only pay once "
    "its own customer has paid it?",
    "No. Art. 9 para. 2: large enterprises may not agree to make receipt of third-party payment a condition of "
    "paying the SME, or pay in proportion to the third party's payment progress.",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项")],
    lang="en")

add("cross_lingual",
    "发改委那份关于政务诚信履约机制的通知里，发改委打算通过哪些途径监测发现政府失信线索？",
    "第（8）项：通过与民营企业的沟通机制、大数据监测、选取有代表性的民营企业设立监测点等方式，发现线索后立即转交属地督办。",
    ["communication mechanisms with private enterprises", "big data monitoring",
     "establish monitoring points"],
    [E(NDRC, "IV.(8)", "communication mechanisms with private enterprises, big data monitoring"),
     E(NDRC, "IV.(8)", "selecting representative private enterprises to establish monitoring points")],
    lang="zh")

add("cross_lingual",
    "广州这次“廉洁合规大讲堂”是第几期？在哪里办的，主办方是谁？",
    "第12期，12月26日下午在立白中心（Liby Center）举行，由广州大湾区企业廉洁合规管理协会主办。",
    ["12th session", "held at the Liby Center",
     "Guangzhou Greater Bay Area Enterprise Integrity and Compliance Management Association"],
    [E(GZ, "\u00b63", "the 12th session of the \u201cIntegrity and Compliance Lecture Hall\u201d"),
     E(GZ, "\u00b63", "was held at the Liby Center"),
     E(GZ, "\u00b63", "Hosted by the Guangzhou Greater Bay Area Enterprise Integrity")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "我们给一家大公司干完活，对方说得等他们公司里一层层签完字才能打钱，而且他们刚换了老板，这些理由能让他们拖着不给吗？",
    "不能。第十四条：机关、事业单位和大型企业不得以法定代表人或者主要负责人变更、履行内部付款流程等为由，拒绝或者迟延支付中小企业款项。",
    ["法定代表人或者主要负责人变更", "履行内部付款流程", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("paraphrase",
    "If a large municipality keeps going back on its word to businesses, could it miss out on prizes and trial "
    "programmes handed out by the national planning agency, or even lose a badge it already holds?",
    "Yes. Item III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will "
    "cancel their eligibility for awards and pilot demonstrations, increase the weight of city credit monitoring "
    "deductions, and cancel the title or eligibility for social credit demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "Why does the NDRC notice require provincial credit leading departments to verify breach-of-contract "
    "complaints within 15 working days?",
    ["15 working days", "working days"],
    "NDRC item II.(2) sets no day count: complaint clues are to be transferred 'immediately' for verification and "
    "feedback given 'promptly'. The only working-day limit in the corpus is SME regulation art. 25 (10 working "
    "days to pass on an SME arrears complaint), a different rule.",
    lang="en", present=["immediately transfer", "10个工作日"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
    "Since the SME payment regulation gives large enterprises 90 days from delivery to pay SMEs, how should our "
    "members word the payment clause?",
    ["交付之日起90日", "90日内"],
    "SME regulation art. 9 gives large enterprises 60 days from delivery (agencies 30 days, max 60 by contract); "
    "90 days appears only as the maximum complaint-handling period in art. 25.",
    lang="en", present=["60日内支付款项", "最长不得超过90日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "The SME payment regulation requires government agencies to publish their overdue SME payments every quarter; "
    "what must each quarterly disclosure contain?",
    ["quarterly", "每季度", "季度"],
    "SME regulation art. 18 requires agencies and public institutions to publish, before 31 March each year, the "
    "previous year's overdue contracts (number, amount); the disclosure is annual, not quarterly.",
    lang="en", present=["每年3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。")])

unans("false_premise",
    "为什么《民营经济促进法》规定民营企业的失信信息公示满三年后就自动修复信用？",
    ["自动修复", "满三年"],
    "民营经济促进法第五十四条规定的是纠正失信行为、消除不良影响、符合条件的，可以提出信用修复申请，"
    "并无公示满一定年限自动修复的规定；NDRC III.(6) 也是以确认已纠正并履约为条件。",
    lang="zh", present=["信用修复申请"],
    related=[E(PE, "第五十四条", "民营经济组织及其经营者纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请。")])

unans("false_premise",
    "Why did the Guangzhou municipal government issue three batches of the Guidelines on government-business "
    "interactions, according to the lecture-hall report?",
    ["three batches", "third batch"],
    "The GZ report says the Guangzhou Municipal Commission for Discipline Inspection and Supervision (not the "
    "municipal government) issued two batches of the Guidelines in two consecutive years.",
    lang="en", present=["two batches"],
    related=[E(GZ, "\u00b67", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
             E(GZ, "\u00b67", "has issued two batches of the")])

unans("false_premise",
    "《公职人员政务处分法》为什么把撤职的处分期间定为三十六个月，比降级还长一年？",
    ["三十六个月"],
    "政务处分法第八条规定降级、撤职的处分期间都是二十四个月（警告六个月、记过十二个月、记大过十八个月）；"
    "三十六个月并无依据（四十八个月仅为第十五条合并处分期的上限）。",
    lang="zh", present=["二十四个月", "四十八个月"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
    "Given that item III.(4) of the NDRC notice lets the commission impose fines on cities with government "
    "dishonesty records, how large are the fines?",
    ["fines", "fine"],
    "NDRC item III.(4) lists restrictions (central budget funds, special bonds, financing recommendations, awards, "
    "pilot eligibility, credit monitoring deductions, demonstration zone titles) but no fines.",
    lang="en", present=["local government special bonds"],
    related=[E(NDRC, "III.(4)", "restrict support from central budget funds"),
             E(NDRC, "III.(4)", "limit applications for local government special bonds")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "How many government breach-of-contract complaints have been lodged through the special columns set up under "
    "the NDRC notice so far, and what share were verified as true?",
    ["statistics", "number of complaints"],
    "NDRC items II.(1)-(2) set up complaint columns and the verification procedure; no figures on complaints or "
    "outcomes appear in any document.",
    lang="en", present=["verified as true"])

unans("not_covered",
    "Is there a filing fee for an SME to lodge an arrears complaint with the complaint-receiving department under "
    "the SME payment regulation?",
    ["filing fee", "投诉费"],
    "SME regulation arts. 24-25 set up the complaint channel, transfer and handling deadlines and confidentiality; "
    "nothing is said about fees for complaining.",
    lang="en", present=["受理投诉部门"])

unans("not_covered",
    "What is the maximum value, in yuan, of a meal or gift that a Guangzhou official may accept from a company "
    "under the first batch of the Guidelines?",
    ["yuan", "RMB"],
    "The GZ report only says the first batch answered questions such as 'what meals can be eaten and what "
    "vehicles can be taken'; it gives no monetary thresholds.",
    lang="en", present=["what meals can be eaten"])

unans("not_covered",
    "《保障中小企业款项支付条例》说的企业规模类型测试平台，网址是什么？",
    ["网址", "http"],
    "第二十九条只规定国务院负责中小企业促进工作综合管理的部门建立企业规模类型测试平台、提供自测服务，未给出网址或入口。",
    lang="zh", present=["企业规模类型测试平台"])

unans("not_covered",
    "One of our members wants to complain about a district government that broke an investment agreement. Under "
    "the NDRC notice, what is the success rate of such complaints, and will we win?",
    ["success rate", "胜诉率"],
    "NDRC item II.(2) describes verification and rectification, and III.(4)-(5) punishment measures; no document "
    "gives success rates or predicts outcomes.",
    lang="en", present=["investment promotion"])

unans("not_covered",
    "How many years of legal work experience must a central SOE's chief compliance officer have under the SASAC "
    "compliance measures?",
    ["years of experience", "工作经验", "任职资格"],
    "SOE measures art. 12 only says the chief compliance officer is held concurrently by the general counsel and "
    "reports to the principal head; no qualification or experience requirement is stated.",
    lang="en", present=["首席合规官", "总法律顾问"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "Before the 2025 revision, what payment deadline did the original 2020 version of the SME payment regulation "
    "(Decree No. 728) set for large enterprises?",
    ["修订前", "原条例"],
    "The corpus holds only the 2025 revised text (Decree No. 802, effective 1 June 2025); its header cites Decree "
    "No. 728 of 2020 but the earlier wording is not reproduced.",
    lang="en", present=["第728号", "第802号"])

unans("superseded",
    "What did the State Council's 2016 guiding opinions on strengthening government integrity construction require, "
    "i.e. the earlier document on this topic before the NDRC's 2023 notice?",
    ["2016", "政务诚信建设的指导意见"],
    "The NDRC notice (2023 No. 1103) cites only the CPC/State Council opinions on the private economy; no earlier "
    "government-integrity document is in the corpus.",
    lang="en", present=["Development and Reform Finance"])

unans("superseded",
    "What topics did the 11th session of the Integrity and Compliance Lecture Hall cover, before the 12th session "
    "on the Guangzhou Guidelines?",
    ["11th session", "eleventh"],
    "The GZ report covers the 12th session; its milestones mention the first and 8th sessions but nothing about the "
    "11th.",
    lang="en", present=["12th session", "8th session"])

unans("superseded",
    "2024年公开征求意见的《民营经济促进法（草案）》里，关于拖欠民营企业账款的条文原来是怎么写的？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过的民营经济促进法正式文本（第六十七、六十八、七十三条涉及账款），不含草案或征求意见稿。",
    lang="zh", present=["拒绝或者拖延支付民营经济组织账款"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "How much notice does a company in Shanghai have to give before terminating an employee's contract, and how is "
    "severance payment calculated?",
    ["notice period", "severance", "经济补偿金"],
    "Employment termination is outside these documents; PE Law and the BE regulations mention labour rights only "
    "in general terms.",
    lang="en", present=["劳动用工"])

unans("out_of_domain",
    "What VAT rate applies when our consulting company invoices a government client for advisory services?",
    ["VAT", "增值税"],
    "Tax rates are not covered; the BE regulations only speak of tax-reduction policies and tax filing services.",
    lang="en", present=["减税降费"])

unans("out_of_domain",
    "我们公司和外国客户签买卖合同，争议解决条款约定在新加坡仲裁，这个条款有效吗？",
    ["新加坡", "仲裁条款"],
    "涉外合同仲裁条款效力不在这些文件范围内；语料只在纠纷多元化解机制中泛泛提到仲裁。",
    lang="zh", present=["仲裁"])
