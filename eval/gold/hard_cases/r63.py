"""Hard-case gold items, sixty-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an internal auditor at a provincial state-owned enterprise and a visiting analyst from a European
chamber, asking terse checklist questions in Chinese and English about the central SOE compliance measures, the
NDRC integrity notice and the Guangzhou lecture-hall report: counts, deadlines, who is responsible, and whether a
document "requires" something.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "首席合规官这个岗位，是要新增一个领导职数，还是由现有的人兼任？兼任的话是谁？",
    "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责（《中央企业合规管理办法》第十二条）。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第十二条", "对企业主要负责人负责")],
    lang="zh")

add("single",
    "重大决策上会前的合规审查意见，最后由谁签字？",
    "重大决策事项的合规审查意见应当由首席合规官签字，并对决策事项的合规性提出明确意见（第二十一条）。",
    ["由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

add("single",
    "核对一下：违规举报平台必须对外公布哪些联系方式？举报人身份要不要保密？",
    "应当公布举报电话、邮箱或者信箱；对举报人的身份和举报事项严格保密（第二十四条）。",
    ["举报电话、邮箱或者信箱", "严格保密"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密")],
    lang="zh")

add("single",
    "合规委员会一定要单独成立吗？能不能跟现有的机构合在一起办公？",
    "可以。合规委员会可以与法治建设领导机构等合署办公，统筹协调合规管理工作（第十一条）。",
    ["可以与法治建设领导机构等合署办公"],
    [E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公")],
    lang="zh")

add("single",
    "Once a provincial credit department receives a complaint that a county bureau broke a contract with a "
    "private firm, who is supposed to verify it?",
    "The provincial credit leading department transfers the complaint clues immediately to the superior or "
    "competent departments of the complained entity, which verify and identify it (NDRC notice II.(2)).",
    ["superior or competent departments"],
    [E(NDRC, "II.(2)", "collected breach of contract and dishonesty complaint clues"),
     E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")],
    lang="en")

add("single",
    "Who is responsible for drawing up the collection standards for government credit information?",
    "The National Public Credit Information Center is to expedite the formulation of the information collection "
    "standards (NDRC notice III.(3)).",
    ["National Public Credit Information Center"],
    [E(NDRC, "III.(3)", "The National Public Credit Information Center should expedite the formulation"),
     E(NDRC, "III.(3)", "of relevant information collection standards")],
    lang="en")

add("single",
    "Checklist item: how many scenarios do the two batches of Guangzhou's government-business interaction "
    "Guidelines cover in total?",
    "33 scenarios across the two batches, which the report says cannot cover every situation (Guangzhou report ¶10).",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "How does NDRC check how well provinces handle breach-of-contract complaints, and who gets the results "
    "besides the provincial credit departments?",
    "NDRC evaluates through spot checks, third-party investigations, cross-checks and other methods, notifies the "
    "provincial credit leading departments and copies the provincial people's governments (NDRC notice IV.(7)).",
    ["spot checks, third-party investigations, cross-checks",
     "copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "spot checks, third-party investigations, cross-checks"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments"),
     E(NDRC, "IV.(7)", "copying the provincial people's governments")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "合规管理基本制度这一份文件，谁起草、谁拟订、最后谁批准？",
    "合规管理部门组织起草（第十四条（一）），经理层拟订（第九条（二）），董事会审议批准（第八条（一））。",
    ["组织起草合规管理基本制度", "拟订合规管理基本制度", "审议批准合规管理基本制度"],
    [E(SOE, "第十四条", "组织起草合规管理基本制度、具体制度、年度计划和工作报告等"),
     E(SOE, "第九条", "拟订合规管理基本制度，批准年度计划等"),
     E(SOE, "第八条", "审议批准合规管理基本制度、体系建设方案和年度报告等")],
    lang="zh")

add("multi",
    "For a city flagged with a government dishonesty record, what does NDRC take away, and how does the city "
    "get the record cleared?",
    "NDRC cancels its eligibility for awards and pilot demonstrations in the development and reform system, "
    "increases city credit monitoring deductions and cancels social-credit demonstration-zone titles (III.(4)); "
    "once the identifying department confirms the behaviour is corrected and performance completed, the records "
    "are restored and punishment measures terminated (III.(6)).",
    ["cancel their eligibility for awards and pilot demonstrations", "corrected and performance completed",
     "promptly restored"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "我们是省属国企，《中央企业合规管理办法》对我们直接适用吗？另外，拖欠中小企业款项这件事要不要纳入我们的合规管理体系？",
    "办法适用于国资委履行出资人职责的中央企业（第二条），地方国资监管机构参照本办法指导所出资企业（第四十条）；"
    "大型企业应当将保障中小企业款项支付工作情况纳入企业风险控制与合规管理体系（《保障中小企业款项支付条例》第十九条）。",
    ["参照本办法", "纳入企业风险控制与合规管理体系"],
    [E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业"),
     E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作"),
     E(SME, "第十九条", "大型企业应当将保障中小企业款项支付工作情况，纳入企业风险控制与合规管理体系")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委那份政务诚信通知里，要曝光哪几类政务失信典型案例？在哪儿公开？",
    "选取失信情节严重、多次失信、群众反映强烈的案例，在“信用中国”网站公示并通过新闻媒体曝光（NDRC notice IV.(9)）。",
    ["serious dishonesty", "repeated dishonesty", "strong public complaints", "Credit China"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="zh")

add("cross_lingual",
    "广州第12期“廉洁合规大讲堂”是哪个机构主办的？到场大概多少人？",
    "由 Guangzhou Greater Bay Area Enterprise Integrity and Compliance Management Association（GBA 廉洁合规协会）主办，到场嘉宾超过100人（广州讲堂报道开篇活动介绍）。",
    ["Greater Bay Area Enterprise Integrity and Compliance Management Association", "over 100 guests"],
    [E(GZ, "¶3", "Greater Bay Area Enterprise Integrity and Compliance Management Association"),
     E(GZ, "¶3", "this event gathered over 100 guests")],
    lang="zh")

add("cross_lingual",
    "Which high-risk areas does SASAC expect central SOEs to cover with dedicated compliance rules or guides?",
    "Key areas such as anti-monopoly, anti-commercial bribery, ecology and environment, work safety, labour, tax "
    "and data protection, plus high-risk businesses, need specific compliance rules or special guides (Art. 18).",
    ["反垄断", "反商业贿赂", "数据保护", "专项指南"],
    [E(SOE, "第十八条", "中央企业应当针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
     E(SOE, "第十八条", "制定合规管理具体制度或者专项指南")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "If the county officials who inked our deal get reshuffled and their successors just walk away from it, "
    "does the NDRC notice still count that against the government?",
    "Yes. Failure to perform because of institutional adjustments, personnel changes or similar reasons is "
    "regarded as breach of contract and dishonesty (NDRC notice II.(2)).",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("paraphrase",
    "员工以前出过的岔子会不会留底？以后提拔定级的时候会不会被翻出来看？",
    "会。企业应当建立员工履职违规行为记录制度，把违规行为性质、发生次数、危害程度等作为考核评价、职级评定等的重要依据（第二十五条）。",
    ["违规行为记录制度", "职级评定"],
    [E(SOE, "第二十五条", "中央企业应当建立所属单位经营管理和员工履职违规行为记录制度"),
     E(SOE, "第二十五条", "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "为什么《中央企业合规管理办法》规定合规委员会必须由董事长担任主任？",
      ["董事长", "担任主任"],
      "第十一条只规定央企设立合规委员会，可以与法治建设领导机构等合署办公、定期召开会议；没有规定由谁任主任，更没有要求董事长担任。",
      lang="zh", present=["合规委员会", "合署办公"],
      related=[E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公")])

unans("false_premise",
      "Since the SASAC compliance measures came into force on 1 January 2023, when is our first annual "
      "compliance report due to the board?",
      ["1 January 2023", "January 1, 2023"],
      "Article 42 of the measures says they took effect on 1 October 2022, not 1 January 2023; Article 8(1) has the "
      "board approve the annual report but no document sets a due date for it.",
      lang="en", present=["2022年10月1日", "年度报告"],
      related=[E(SOE, "第四十二条", "本办法自2022年10月1日起施行")])

unans("false_premise",
      "办法第三十条要求央企每季度组织一次全员合规培训，这个频次对二级子公司也适用吗？",
      ["每季度", "季度"],
      "第三十条只要求建立常态化合规培训机制、制定年度培训计划，并把合规作为管理人员、重点岗位人员和新入职人员培训必修内容；没有规定每季度一次。",
      lang="zh", present=["年度培训计划", "常态化合规培训机制"],
      related=[E(SOE, "第三十条", "中央企业应当建立常态化合规培训机制，制定年度培训计划")])

unans("false_premise",
      "The NDRC government integrity notice was co-issued with the Ministry of Finance, right? So which of the "
      "two evaluates how provinces handle complaints?",
      ["Ministry of Finance", "co-issued"],
      "The notice is issued and signed by the National Development and Reform Commission alone; in IV.(7) 'our "
      "commission' (NDRC) does the evaluation. No finance ministry is named.",
      lang="en", present=["National Development and Reform Commission"],
      related=[E(NDRC, "IV.(7)", "Our commission will evaluate key tasks")])

unans("false_premise",
      "Given that Guangzhou's interaction Guidelines now run to 50 scenarios in three batches, which batch deals "
      "with investment promotion?",
      ["50 scenarios", "three batches"],
      "The report speaks of two batches covering 33 scenarios (the second batch covers investment promotion to "
      "project landing); there is no third batch and no figure of 50.",
      lang="en", present=["33 scenarios", "two batches"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
      "发改委那份通知规定政府失信记录满三年自动修复。那三年是从认定失信之日起算，还是从整改完成之日起算？",
      ["自动修复", "three years"],
      "NDRC 通知 III.(6) 规定认定部门确认失信行为已纠正、履约完成后应及时修复记录、终止惩戒；没有“三年自动修复”的规定，也没有任何起算规则。",
      lang="zh", present=["credit restoration"],
      related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
      "Article 22 of the SASAC measures gives central SOEs 48 hours to report a major compliance risk event to "
      "SASAC. Does the clock start at discovery or at confirmation?",
      ["48 hours", "四十八小时"],
      "Article 22 only says a major compliance risk event must be reported to SASAC promptly (及时) according to "
      "relevant rules; it sets no 48-hour deadline and no starting point.",
      lang="en", present=["及时向国资委报告"],
      related=[E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "What is the required ratio of full-time compliance staff to total employees at a central SOE?",
      ["staffing ratio", "配备比例"],
      "Article 14 only requires full-time compliance staff commensurate with business scale, scope and risk level; "
      "no ratio or number is given anywhere.",
      lang="en", present=["专职合规管理人员"])

unans("not_covered",
      "举报属实的话，办法规定给举报人奖励多少钱？有没有具体的奖励标准？",
      ["奖励标准", "奖励金额"],
      "第二十四条只说对举报属实的举报人可以给予适当奖励，没有金额或标准。",
      lang="zh", present=["适当奖励"])

unans("not_covered",
      "How many member companies does the GBA Integrity and Compliance Association have in total?",
      ["number of members", "member count"],
      "The report describes member composition by ownership type and says it covers 29 industry sectors, but gives "
      "no count of members.",
      lang="en", present=["29 industry sectors", "Member Composition"])

unans("not_covered",
      "参加广州“廉洁合规大讲堂”要交费吗？非会员企业的报名费是多少？",
      ["报名费", "fee", "会费"],
      "报道只介绍了讲堂是协会的品牌活动、第12期的主题和参会人员，没有提到收费。",
      lang="zh", present=["Lecture Hall"])

unans("not_covered",
      "What share of breach-of-contract complaints filed through the local credit complaint columns end up confirmed "
      "as government dishonesty? What's the success rate for complainants?",
      ["success rate", "confirmation rate", "statistics"],
      "NDRC notice II.(1)-(2) sets up complaint columns and the verification process, and IV.(7) evaluates handling "
      "efficiency, but no outcome figures are given in any document.",
      lang="en", present=["complaint"])

unans("not_covered",
      "央企合规管理体系有效性评价具体有哪些评分标准和评价指标？",
      ["评分标准", "评价指标"],
      "第八条（三）、第十四条（三）和第二十七条规定要对合规管理体系有效性进行评价并定期开展，但没有任何评分标准或指标。",
      lang="zh", present=["有效性评价"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "2018年国资委印发的《中央企业合规管理指引（试行）》里，合规委员会由谁牵头负责？",
      ["合规管理指引", "2018"],
      "语料只收录2022年的《中央企业合规管理办法》（国资委令第42号），没有2018年的试行指引。",
      lang="zh", present=["中央企业合规管理办法"])

unans("superseded",
      "Under the original 2020 text of the SME payment regulation (State Council Order No. 728), how many days did "
      "large enterprises have to pay SMEs?",
      ["Order No. 728", "修订前"],
      "The corpus has only the 2025 revision (Order No. 802), whose Article 9 sets 60 days for large enterprises; "
      "the original 2020 wording is not included.",
      lang="en", present=["第728号", "第802号"])

unans("superseded",
      "What did the draft-for-comment version of the NDRC government integrity notice say about credit "
      "restoration timelines?",
      ["draft for comment", "征求意见稿"],
      "Only the final notice (Development and Reform Finance [2023] No. 1103, 5 August 2023) is in the corpus; no "
      "draft is included.",
      lang="en", present=["credit restoration"])

unans("superseded",
      "以前《行政监察法》还有效的时候，对国企管理人员的处分有哪几种？",
      ["行政监察法"],
      "语料只有2020年施行的《公职人员政务处分法》（依据《监察法》制定），第七条列出现行政务处分种类；已废止的《行政监察法》不在语料中。",
      lang="zh", present=["政务处分的种类"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "Our company wants to end a service contract with a supplier early. What notice period does Chinese law "
      "require?",
      ["notice period", "Civil Code"],
      "The documents deal with payment terms, government contract performance and compliance, not with "
      "termination of commercial contracts between companies.",
      lang="en")

unans("out_of_domain",
      "公司员工的年休假天数怎么算？加班费能不能用调休抵掉？",
      ["年休假", "加班费"],
      "劳动用工只在合规重点领域列举中出现（办法第十八条），没有任何文件规定年休假或加班费。",
      lang="zh", present=["劳动用工"])

unans("out_of_domain",
      "What corporate income tax rate applies to payments our company receives under a government contract?",
      ["income tax", "企业所得税"],
      "The documents cover payment deadlines and government integrity, not tax rates.",
      lang="en")
