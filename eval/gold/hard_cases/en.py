"""Hard-case gold items (see eval/gold/build_hard_cases.py)."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)


# =========================================================================== paraphrase (7 en, 3 zh)

add("paraphrase",
    "The district office we signed our factory deal with was merged into another bureau, and the new team "
    "says they aren't bound by what the old team promised. Would their walking away still count against "
    "the government as a broken promise on its integrity record?",
    "Yes. Under the NDRC notice, failure to perform because of institutional adjustments, personnel changes "
    "or other such reasons is all regarded as breach of contract and dishonesty.",
    ["institutional adjustments", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("paraphrase",
    "A township that got blacklisted for reneging on our contract has since paid up and done everything it "
    "originally agreed to. Is that stain permanent, or does it go away?",
    "It goes away: once the identifying department confirms the dishonest behaviour has been corrected and "
    "performance completed, the dishonesty records should be promptly restored and the punishment "
    "measures terminated.",
    ["corrected and performance completed", "promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("paraphrase",
    "Our city government has a habit of going back on deals with businesses. Could that cost the city its "
    "chances at the national planning commission's prizes and trial programmes?",
    "Yes. For prefecture-level and above cities with government dishonesty records, the NDRC will cancel "
    "their eligibility for awards and pilot demonstrations in the development and reform system (and "
    "increase city credit monitoring deductions, cancel social-credit demonstration zone titles).",
    ["cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

add("paraphrase",
    "Does the NDRC only react when a company complains, or does it actively keep an eye out for local "
    "governments that go back on their word?",
    "It actively looks: it monitors and discovers government dishonesty clues through communication "
    "mechanisms with private enterprises, big data monitoring and representative private enterprises set "
    "up as monitoring points, and transfers clues to the place of jurisdiction for supervision.",
    ["big data monitoring", "establish monitoring points"],
    [E(NDRC, "IV.(8)", "selecting representative private enterprises to establish monitoring points")],
    lang="en")

add("paraphrase",
    "We told the district we'd reach certain output numbers, but a supplier collapse we couldn't control "
    "means we'll fall short. Under the Guangzhou guidance, is there any room for us?",
    "Yes. If an enterprise fails to complete its targets due to objective reasons, it can negotiate "
    "adjustments and enjoy a grace period.",
    ["objective reasons", "negotiate adjustments", "grace period"],
    [E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

add("paraphrase",
    "A state-owned company's project went south. On top of the market drop, the managers moved project "
    "money to other uses and sat on the bad news for months. Would Guangzhou's lenient approach to failed "
    "investments still shield them?",
    "No. Where losses are expanded due to lack of post-investment control, misappropriation of funds, or "
    "concealment of risks and delayed disposal, those derelict in their duties must be held accountable; "
    "error tolerance applies to inherent risks where due loss-stopping measures were taken.",
    ["misappropriation of funds", "concealment of risks and delayed disposal", "must be held accountable"],
    [E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="en")

add("paraphrase",
    "None of the examples in the Guangzhou handbook fits what I'm planning to do with an official. What's "
    "the basic yardstick for deciding whether it's okay?",
    "Distinguish between acting for the public good and acting for personal gain; the key is whether the "
    "action can be 'put on the table'.",
    ["acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "我们和区里签了招商落户协议，后来上面的规定变了，有些条款没法照原样执行。按广州那套政商交往指引，"
    "是不是只能认栽、协议就此作废？",
    "不是。指引明确，因政策变化导致协议无法履行的，可以完善（补正）程序或设置过渡期。",
    ["policy changes", "procedures can be rectified", "transition period"],
    [E(GZ, "¶18", "procedures can be rectified or a transition period can be set")])

add("paraphrase",
    "国企投了一个底子不错、但短期内回报可能达不到预期的项目，按广州的指引，是不是只能赶紧割肉退出？",
    "不必。指引鼓励国有资本做“耐心资本”，对基本面良好但短期可能不达预期的项目，可基于合规流程和专业判断"
    "选择“耐心陪伴”，而不是出于怕担责机械止损。",
    ["patient capital", "mechanistic loss-stop decisions"],
    [E(GZ, "¶22", "The Guidelines encourage state-owned capital to become “patient capital”")])

add("paraphrase",
    "有的地方政府对企业一再说话不算数、企业意见特别大，这种情况会不会被拿出来公开点名？",
    "会。通知要求选取一批严重失信、多次失信、群众投诉强烈的案例，在“信用中国”网站公开，并通过新闻媒体向社会曝光，"
    "形成舆论震慑。",
    ["repeated dishonesty", "strong public complaints", "Credit China"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints")])


# =========================================================================== cross_lingual (6 zh)

add("cross_lingual",
    "企业和政府签的招商引资协议被毁约了，能去政府违约失信投诉专栏投诉吗？违约失信的范围都包括哪些领域？",
    "能。违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、"
    "政府投资等领域签订的各类协议、合同中的违约毁约行为。",
    ["investment promotion", "government procurement", "government-social capital cooperation"],
    [E(NDRC, "II.(1)", "private enterprises in government procurement, bidding, investment promotion")])

add("cross_lingual",
    "政府信用记录里具体会纳入哪些信息？除了违约失信信息，还有别的吗？",
    "发改委将违约失信信息、各地按要求梳理的拖欠账款信息、以及被列为失信被执行人的信息统一归集到相关主体名下，形成政府信用记录。",
    ["breach of contract and dishonesty information", "arrears information",
     "dishonest persons subject to enforcement"],
    [E(NDRC, "III.(3)", "arrears information sorted by localities as required")])

add("cross_lingual",
    "我们投诉某区政府违约，如果核实下来认为投诉不属实，认定部门需要给我们一个说法吗？",
    "需要。经核实不属实的，认定部门应当及时向投诉人反馈并作出解释说明。",
    ["verified as untrue", "provide feedback and explanations to the complainant"],
    [E(NDRC, "II.(2)", "provide feedback and explanations to the complainant")])

add("cross_lingual",
    "发改委那份政务诚信履约的通知，要求各级信用牵头部门推动同级政府部门用哪些手段惩戒失信？",
    "推动同级政府部门在职能范围内动用各类失信惩戒措施，包括但不限于限制政府资金支持、限制申请扶持政策、"
    "取消评优评先、限制参与政府采购等。",
    ["restricting government funding support", "limiting applications for support policies",
     "restricting participation in government procurement"],
    [E(NDRC, "III.(5)", "including but not limited to restricting government funding support")])

add("cross_lingual",
    "广州的《政商交往典型场景指引和问答》是哪个部门发布的？一共发了几批？",
    "由广州市纪委监委发布，连续两年发布了两批。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "Discipline Inspection and Supervision has issued two batches of the Guidelines")])

add("cross_lingual",
    "广州政商交往指引为什么要搞“场景化”？最后采用的是什么编写体例？",
    "因为规范性条文概括性强、在具体场景中适用性和可操作性有限，基层需要“易懂好用”的指引；于是借鉴场景化形式，"
    "在正负面清单基础上引入具体行为场景和典型案例，形成“场景+清单+案例”的体例。",
    ["scenario + list + case", "positive and negative lists"],
    [E(GZ, "¶8", "forming the ‘scenario + list + case’ format")])


# =========================================================================== single, true premise (2 en, 2 zh)

add("single",
    "So when the NDRC grades how well the provinces are handling these complaints, it sends the results to "
    "the provincial credit offices and cc's the provincial governments, right?",
    "Right. The NDRC evaluates key tasks (complaint handling and identification efficiency, credit "
    "information quality, implementation of punishment measures) and regularly notifies the provincial "
    "credit leading departments, copying the provincial people's governments.",
    ["notifying provincial credit leading departments", "copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "copying the provincial people's governments")],
    lang="en")

add("single",
    "Our trainer says that, going by the Guangzhou Guidelines, an SOE investment project that misses "
    "expectations or even fails won't automatically get anyone punished. That's correct, right?",
    "Correct. Failure of an SOE investment project to meet expectations, or its failure, does not "
    "necessarily lead to accountability; it is analysed via compliance review, due diligence identification "
    "and risk screening.",
    ["does not necessarily lead to accountability"],
    [E(GZ, "¶29", "does not necessarily lead to accountability")],
    lang="en")

add("single",
    "地方政府的失信记录，会算进相关政府部门的绩效考核里，对吗？",
    "对。各级信用牵头部门应推动将失信记录纳入相关政府部门绩效考核评价指标；发改委还会将政府失信记录适当纳入营商环境评价等。",
    ["performance evaluation indicators of relevant government departments"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators")])

add("single",
    "广州两批政商交往指引加起来一共33个场景，并不能涵盖所有情况，对吗？",
    "对。两批指引涵盖的33个场景不能涵盖所有情况，遇到困惑时要区分“为公”还是“为私”、看能否“摆上桌面”。",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])


# =========================================================================== unanswerable: not_covered (4 en, 1 zh)

unans("not_covered",
      "Under the first batch of the Guangzhou Guidelines, what's the per-person spending cap when a company "
      "hosts a working meal for officials?",
      ["per-person", "cap"],
      "The GZ report only says the first batch addressed 'what meals can be eaten'; no document gives any "
      "amount for meals with officials.",
      lang="en", present=["meals", "宴请"])

unans("not_covered",
      "How many months does the 'observation period' for AI start-ups last under the Guangzhou Guidelines?",
      ["months", "start-ups"],
      "The GZ report mentions an 'observation period' for new business formats such as AI but never its "
      "length; no other document defines such a period.",
      lang="en", present=["observation period", "包容审慎监管"])

unans("not_covered",
      "Can we file a complaint about a government department's breach of contract anonymously through the "
      "provincial credit website's complaint column?",
      ["anonymously"],
      "NDRC II.(1) sets up complaint columns but says nothing on anonymous complaints; no document addresses "
      "anonymity of complaints against government departments.",
      lang="en", present=["complaint", "complainant"])

unans("not_covered",
      "How many points is a city's credit monitoring score docked for each government dishonesty record "
      "under the NDRC notice?",
      ["docked", "score"],
      "NDRC III.(4) only says the weight of city credit monitoring deductions will be increased, without any "
      "figure per record.",
      lang="en", present=["credit monitoring", "deductions"])

unans("not_covered",
      "被曝光的政务失信典型案例，在“信用中国”网站上的公示期限是多久？",
      ["公示期限"],
      "NDRC IV.(9) says typical cases are publicised on 'Credit China' and in the media but gives no "
      "publication period; no other document does either.",
      present=["Credit China", "向社会公示"])


# =========================================================================== unanswerable: false_premise (4 en, 2 zh)

unans("false_premise",
      "Since the NDRC itself investigates each complaint and rules on whether the local agency broke its "
      "word, what paperwork should we send to Beijing?",
      ["paperwork", "Beijing"],
      "Wrong actor: provincial credit leading departments accept complaints and transfer the clues to the "
      "superior or competent departments of the complained entity, which verify and identify; the NDRC "
      "publicises complaint columns and coordinates, it does not rule on each case.",
      lang="en", present=["identifying department"],
      related=[E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
      "The NDRC notice excuses a county government that couldn't perform a contract because of a "
      "restructuring or a change of leadership, right?",
      ["excuses", "restructuring"],
      "Wrong modality: the notice says failure to perform due to institutional adjustments, personnel "
      "changes and other reasons shall all be regarded as breach of contract and dishonesty (民营经济促进法 "
      "第七十条 and 优化营商环境条例 第三十一条 likewise forbid it).",
      lang="en", present=["institutional adjustments", "personnel changes", "政府换届"],
      related=[E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")])

unans("false_premise",
      "When a city ends up with a government dishonesty record, how big are the fines the NDRC imposes on "
      "its officials?",
      ["fines"],
      "Wrong consequence: the NDRC's measures are restrictions on central budget funds, special bonds, "
      "financing recommendations, awards, pilots and demonstration titles; no document has the NDRC fine "
      "officials.",
      lang="en", present=["restrict support from central budget funds"],
      related=[E(NDRC, "III.(4)", "restrict support from central budget funds")])

unans("false_premise",
      "Since the new breach-of-contract complaint columns take complaints about any contracting party, can we "
      "use one to report a private supplier that failed to deliver?",
      ["supplier", "deliver"],
      "Wrong scope: the columns accept complaints involving government departments (including agencies and "
      "public institutions) and concern agreements signed by government departments with private "
      "enterprises, not disputes between private firms.",
      lang="en", present=["complaints involving government departments"],
      related=[E(NDRC, "II.(1)", "accepting and collecting complaints involving government departments")])

unans("false_premise",
      "政府违约失信的投诉线索，是由国家公共信用信息中心直接受理并认定的吧？那一般多久能出认定结果？",
      ["国家公共信用信息中心"],
      "Wrong actor: the National Public Credit Information Center only formulates information collection "
      "standards; complaints are accepted by provincial credit leading departments and identified by the "
      "complained entity's superior or competent department.",
      present=["National Public Credit Information Center"],
      related=[E(NDRC, "III.(3)", "The National Public Credit Information Center should expedite"),
               E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
      "广州的政商交往指引只适用于国有企业和政府打交道，民营企业不在适用范围内，对吗？",
      ["政商交往", "只适用于"],
      "Wrong scope: the GZ report presents the Guidelines as helping enterprises and public officials in "
      "general clarify the boundaries of interactions, and private enterprises among their beneficiaries; "
      "nothing limits them to state-owned enterprises.",
      present=["private enterprises", "enterprises and public officials"],
      related=[E(GZ, "¶7", "helping enterprises and public officials clarify the boundaries"),
               E(GZ, "¶19", "private enterprises will definitely resonate with the city")])


# =========================================================================== unanswerable: superseded (2 en, 1 zh)

unans("superseded",
      "Before Notice No. 1103 came out, what did the NDRC's earlier rules say about how complaints of "
      "government breach of contract were handled?",
      ["earlier"],
      "The corpus holds only the 2023 NDRC notice; no predecessor NDRC document on government integrity is "
      "included.",
      lang="en", present=["1103"])

unans("superseded",
      "What did the draft of the second batch of the Guangzhou Guidelines say about grace periods before it "
      "was finalised?",
      ["draft", "finalised"],
      "The corpus holds only a report on the issued Guidelines; no draft or earlier text of either batch is "
      "included.",
      lang="en", present=["grace period", "drafting committee"])

unans("superseded",
      "发改委2023年这份政务诚信通知出台以前，旧版文件对失信的地方政府都有哪些惩戒措施？",
      ["旧版"],
      "The corpus holds only the 2023 NDRC notice (发改财金〔2023〕1103号); no earlier NDRC document on "
      "government dishonesty punishment is included.",
      present=["1103"])
