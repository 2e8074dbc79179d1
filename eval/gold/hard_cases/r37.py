"""Hard-case gold items, thirty-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: a general counsel of a mid-size private manufacturer comparing the documents (English, precise, quotes
article numbers, correctly or wrongly), and a township official's relative who runs a small restaurant (Chinese,
worried, colloquial, with typos: unpaid meal bills of the township government, fears for her cousin the deputy
township head, inspections, fees and an online smear campaign).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我表哥在镇政府当副镇长，镇里的公务接待一直放在我家饭店吃，从过年到现在快三个月了一分钱没结帐，在这样下去"
    "我店都要撑不住了。我们是小本生意，当时也没签什么合同写啥时候付。按那个保障中小企业款项支付的条例，镇政府"
    "最迟应该多久把钱给我们？",
    "《保障中小企业款项支付条例》第九条第一款：机关、事业单位从中小企业采购货物、工程、服务，应当自交付之日起30日内"
    "支付款项；合同另有约定的从其约定，但付款期限最长不得超过60日。没有约定的，镇政府应在交付（用餐服务提供）之日起"
    "30日内付款。",
    ["应当自货物、工程、服务交付之日起30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "I'm general counsel at a mid-size private manufacturer. A county government signed an industrial-support "
    "agreement with us in 2022; this year it merged two bureaus and the new bureau director says the old commitments "
    "\"are not his\". Under item II.(2) of the NDRC 2023 notice, does non-performance caused by an institutional "
    "reshuffle or a change of personnel count as breach of contract and dishonesty?",
    "Yes. Item II.(2) states that failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty; a verified complaint leads the identifying "
    "department to promote rectification, and a refusal to rectify is confirmed as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be regarded "
     "as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

add("single",
    "镇上市场所今年搞什么“放心餐馆”评比，说每家饭店都的报名，还要交800块评审费加培训费，不参加的话年底检查就"
    "“重点关照”。我们就一个小饭馆，能不能不参加、不交这个钱啊？",
    "可以拒绝。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场"
    "主体参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "In the Guangzhou lecture-hall write-up, the Guangzhou Metro executive says the second batch of the Guidelines "
    "gives a \"safety zone\" for investment decisions. What exactly does he say happens when such an investment loses "
    "money?",
    "Per ¶21, the Guidelines state that if an investment made with due diligence and through compliant "
    "decision-making procedures incurs losses due to objective factors such as market risks, the relevant personnel "
    "may be exempted from liability – addressing state-owned asset managers' \"fear of taking responsibility\".",
    ["incurs losses due to objective factors such as market risks", "the relevant personnel may be exempted from liability"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "made with due diligence and through compliant decision-making procedures")],
    lang="en")

add("single",
    "我饭店现在是个体户执照，这两年生意做大了点，想改成有限公司，听人说要先注销再从头办，很麻烦。民营经济促进法"
    "对个体户转成企业有没有说法？政府管不管帮忙？",
    "有。《民营经济促进法》第四十八条第二款：个体工商户可以自愿依法转型为企业；登记机关、税务机关和有关部门为个体"
    "工商户转型为企业提供指引和便利。",
    ["个体工商户可以自愿依法转型为企业", "为个体工商户转型为企业提供指引和便利"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业"),
     E(PE, "第四十八条", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "Per the NDRC notice: if our prefecture-level city ends up with a government dishonesty record, what does the "
    "NDRC itself take away from the city? And once the city actually pays up and performs, how does the record get "
    "cleared?",
    "III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC cancels their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increases the weight of "
    "city credit monitoring deductions, and cancels the title or eligibility for social-credit demonstration zones "
    "(entities with records also face limits on central budget funds, special bonds and financing recommendations). "
    "III.(6): once the identifying department confirms the dishonest behaviour has been corrected and performance "
    "completed, the dishonesty records are promptly restored and punishment measures terminated, with credit leading "
    "departments coordinating the restoration.",
    ["cancel their eligibility for awards and pilot demonstrations in the development and reform system",
     "increase the weight of city credit monitoring deductions",
     "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed")],
    lang="en")

add("multi",
    "Quick orientation before our sales team meets Guangzhou district officials. According to the lecture-hall "
    "report, how many scenarios do the two batches of the Guangzhou Guidelines cover, how does the second batch "
    "differ in focus from the first, and what rule of thumb does the drafter offer for a situation none of the "
    "scenarios covers?",
    "¶9: the first batch dealt with regular interactions such as \"what meals can be eaten and what vehicles can be "
    "taken\"; the second centres on full-cycle services for enterprises from investment promotion to project landing. "
    "¶10: the two batches cover 33 scenarios, which cannot encompass all situations; the core of judging is to "
    "distinguish \"acting for the public good\" from \"acting for personal gain\", the key being whether the actions "
    "can be \"put on the table\".",
    ["the 33 scenarios covered in the two batches", "the key is whether the actions can be",
     "from investment promotion to project landing", "what meals can be eaten and what vehicles can be taken"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches"),
     E(GZ, "¶10", "the key is whether the actions can be"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="en")

add("multi",
    "我表哥是镇里的副镇长，这两年镇政府的接待、开会的盒饭基本都是他打招呼安排到我饭店的，价钱比别家贵一点。现在"
    "有人举报到纪委监委了，我很担心：他这种情况按政务处分法会给什么处分？要是他自己主动去讲清楚、把多出来的钱退"
    "出来，能不能处理的轻一点？",
    "《公职人员政务处分法》第三十三条：利用职权或者职务上的影响为本人或者他人谋取私利的（或纵容、默许特定关系人"
    "利用其职权谋取私利的），予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。第十一条："
    "主动交代本人应当受到政务处分的违法行为、配合调查如实说明、主动上交或者退赔违法所得等，可以从轻或者减轻给予"
    "政务处分。",
    ["利用职权或者职务上的影响为本人或者他人谋取私利的", "主动交代本人应当受到政务处分的违法行为的",
     "主动上交或者退赔违法所得的"],
    [E(PS, "第三十三条", "利用职权或者职务上的影响为本人或者他人谋取私利的"),
     E(PS, "第三十三条", "予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除"),
     E(PS, "第十一条", "可以从轻或者减轻给予政务处分"),
     E(PS, "第十一条", "主动上交或者退赔违法所得的")],
    lang="zh")

add("multi",
    "镇政府欠我饭店四万多块接待费，我想去那个拖欠中小企业款项的投诉平台投诉，可又怕投诉完镇里找人天天来查我卫生、"
    "查消防，给我穿小鞋。条例对这种报复有没有规定？真要报复了，会怎么处理他们？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者"
    "投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：进行恐吓、打击报复的，对负有责任的领导人员和直接责任"
    "人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任")],
    lang="zh")

add("multi",
    "县里这两周搞餐饮油烟专项整治，街道直接下通知：整条美食街的饭店从下周一起全部停业十天，等检查完再说。我们店的"
    "油烟净化器去年刚换的，检测也合格。他们可以这样一刀切让所有店都关门吗？",
    "一般不可以。《优化营商环境条例》第五十九条第二款：开展清理整顿、专项整治等活动应当严格依法进行，除涉及人民群众"
    "生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外，不得在相关区域采取要求相关行业、领域的市场"
    "主体普遍停产、停业的措施。《民营经济促进法》第五十条：行政机关开展执法活动应当避免或者尽量减少对民营经济组织"
    "正常生产经营活动的影响。",
    ["不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施",
     "避免或者尽量减少对民营经济组织正常生产经营活动的影响"],
    [E(BE, "第五十九条", "不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施"),
     E(BE, "第五十九条", "除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外"),
     E(PE, "第五十条", "行政机关开展执法活动应当避免或者尽量减少对民营经济组织正常生产经营活动的影响")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "Honest question: when a local government keeps welshing on deals with businesses, does anybody at national level "
    "ever call it out in public, or does it all stay behind closed doors?",
    "It is meant to be called out. Item IV.(9) of the NDRC notice: select a batch of cases with serious dishonesty, "
    "repeated dishonesty and strong public complaints, publicise them on the \"Credit China\" website and expose them "
    "to society through news media, to form a strong public-opinion deterrent.",
    ["serious dishonesty, repeated dishonesty, and strong public complaints", "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "serious dishonesty, repeated dishonesty, and strong public complaints"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "A buddy who runs an AI startup in Tianhe swears Guangzhou now gives new kinds of tech businesses some breathing "
    "room – a spell where they can mess up a bit before the hammer comes down. Is there anything like that in the "
    "lecture-hall write-up?",
    "Yes. In ¶25 the Capitalogics speaker says the Guidelines advocate \"inclusive and prudent supervision\" and an "
    "\"observation period\" system, which provide valuable trial-and-error space and development patience for new "
    "business formats such as artificial intelligence; they also set an error-tolerant mechanism under which due "
    "diligence and compliance are grounds for liability exemption.",
    ["trial-and-error space and development patience", "new business formats such as artificial intelligence"],
    [E(GZ, "¶25", "provide valuable trial-and-error space and development patience"),
     E(GZ, "¶25", "new business formats such as artificial intelligence")],
    lang="en")

add("paraphrase",
    "That 2023 paper from the national planning agency about local governments keeping their word to businesses – is "
    "anybody actually grading the provinces on how they handle people's complaints? Who does the checking, and how "
    "would they even know?",
    "Yes. Item IV.(7) of the NDRC notice: the NDRC evaluates key tasks – the handling and identification efficiency of "
    "breach-of-contract complaints, the quality of credit information collection and the implementation of punishment "
    "measures – through spot checks, third-party investigations, cross-checks and other methods, regularly notifying "
    "the provincial credit leading departments and copying the provincial governments; lower levels should set up "
    "similar evaluation and notification mechanisms.",
    ["spot checks, third-party investigations, cross-checks", "regularly notifying provincial credit leading departments"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")],
    lang="en")

add("paraphrase",
    "我表哥上个月被县监委叫去，说是正式查他了，结果还没出来。他心情不好，想趁这段时间带全家去泰国玩一趟散散心，还说"
    "干脆辞职不干了，来我饭店帮忙算了。他现在这样走得了吗？",
    "走不了（未经同意）。《公职人员政务处分法》第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、"
    "辞去公职；所在机关、单位及上级机关、单位也不得对其交流、晋升、奖励、处分或者办理退休手续。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("paraphrase",
    "最近有个人在点评App和抖音上到处发帖，说我们店用地沟油、后厨有老鼠，全是瞎编的，还配了别家店的照片。好多老客"
    "都不来了，一个月少了好几万流水。这种人有没有人管？我能找谁让他别再发了、还要他赔钱？",
    "有。《民营经济促进法》第五十九条：任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济"
    "组织及其经营者的人格权益；网络服务提供者应当建立投诉、举报机制，及时处置违法信息；受到恶意侵害的有权依法向"
    "人民法院申请采取责令行为人停止有关行为的措施；致使生产经营等遭受实际损失的，侵权人依法承担赔偿责任。"
    "（第七十七条：个体工商户也属于民营经济组织。）",
    ["不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益",
     "有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "致使民营经济组织生产经营、投资融资等活动遭受实际损失的，侵权人依法承担赔偿责任")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Article 24 of the Private Economy Promotion Law, second paragraph. Our house bank – in breach of a signed "
    "working-capital facility – bolted on new drawdown conditions, stopped disbursing the undrawn tranche and demanded "
    "early repayment. What exactly does Article 24 provide, and does it go beyond a general equal-treatment statement?",
    "It does. Article 24(1): financial institutions shall treat private economic organizations equally in credit "
    "granting, credit management, risk control and service charges. Article 24(2): a financial institution that, in "
    "breach of its agreement with a private borrower, unilaterally adds lending conditions, suspends lending or recalls "
    "the loan early bears liability for breach of contract according to law.",
    ["单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任",
     "在授信、信贷管理、风控管理、服务收费等方面应当平等对待民营经济组织"],
    [E(PE, "第二十四条", "中止发放贷款或者提前收回贷款的，依法承担违约责任"),
     E(PE, "第二十四条", "金融机构在授信、信贷管理、风控管理、服务收费等方面应当平等对待民营经济组织")],
    lang="en")

add("cross_lingual",
    "One of our customers is a central SOE. Two of its procurement staff have hinted at kickbacks and our compliance "
    "team is considering reporting it. Under Article 24 of SASAC's 2022 Central SOE Compliance Measures, must the SOE "
    "run a whistleblowing channel, will the reporter's identity be protected, and can a reporter be rewarded?",
    "Yes on all three. Article 24: central SOEs shall set up a violation-reporting platform and publish a reporting "
    "phone number, email or mailbox; the relevant departments accept, investigate and handle reports (transferring "
    "suspected disciplinary or legal violations to discipline inspection and supervision bodies). The SOE must keep "
    "the reporter's identity and the reported matters strictly confidential, may give appropriate rewards to reporters "
    "whose reports prove true, and no one may retaliate against a reporter in any form.",
    ["设立违规举报平台，公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密",
     "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励")],
    lang="en")

add("cross_lingual",
    "Comparing the 2025 Private Economy Promotion Law with the 2019 Business Environment Regulations: does Article 45 "
    "of the PE Law say anything about retroactive application of new business-related rules and judicial "
    "interpretations, and about a lead time before they take effect? Is there an equivalent in the 2019 Regulations?",
    "Yes. PE Art. 45: such rules and decisions should leave a necessary adaptation period before implementation as "
    "circumstances require; and, per the Legislation Law, laws, regulations, rules, normative documents and judicial "
    "interpretations closely related to business operations do not apply retroactively, except special provisions "
    "made to better protect the rights and interests of citizens, legal persons and other organizations. BE Art. 65: "
    "rule-makers shall decide in light of actual conditions whether to leave market entities a necessary adaptation "
    "period.",
    ["在实施前应当根据实际情况留出必要的适应调整期", "不溯及既往", "确定是否为市场主体留出必要的适应调整期"],
    [E(PE, "第四十五条", "在实施前应当根据实际情况留出必要的适应调整期"),
     E(PE, "第四十五条", "不溯及既往，但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外"),
     E(BE, "第六十五条", "确定是否为市场主体留出必要的适应调整期")],
    lang="en")

add("cross_lingual",
    "我是县工商联的。发改委2023年那份政务诚信的通知，讲的“违约失信”到底包括政府部门跟民营企业在哪些领域签的"
    "协议合同？另外受理的投诉对象只是政府部门吗，事业单位算不算？",
    "通知第二部分第（1）项：违约失信范围包括政府部门与民营企业在政府采购、招标投标、招商引资、政府和社会资本合作、"
    "产业扶持、政府投资等领域签订的各类协议、合同中的违约毁约行为（\"government procurement, bidding, investment "
    "promotion, government-social capital cooperation, industrial support, government investment\"）；受理的是辖区内"
    "涉及政府部门（含机关和事业单位，\"including agencies and public institutions\"）的投诉。",
    ["government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
     "support, government investment", "including agencies and public institutions"],
    [E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "capital cooperation, industrial support, government investment"),
     E(NDRC, "II.(1)", "including agencies and public institutions")],
    lang="zh")

add("cross_lingual",
    "广州那个“廉洁合规大讲堂”的报道里，广药集团审计部那位负责人讲“三个区分”。国企投资亏了，具体什么情况下可以"
    "容错、什么情况下必须问责？有没有举例子？",
    "据报道¶30：区分依规决策与违规失职、客观风险与人为漏洞。因政策调整、市场变化、技术探索等固有风险造成损失，且已"
    "采取止损措施的，予以容错（\"policy adjustments, market changes, and technological exploration\"… \"error "
    "tolerance will be granted\"）；因投后管控缺失、挪用资金、隐瞒风险和延误处置导致损失扩大的，失职者必须问责"
    "（\"lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal\"）。",
    ["policy adjustments, market changes, and technological exploration", "error tolerance will be granted",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "policy adjustments, market changes, and technological exploration"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds"),
     E(GZ, "¶30", "concealment of risks and delayed disposal")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我想好了，准备去法院告镇政府，要回那四万多的饭钱和利息。可我表哥在那当副镇长，家里人都劝我别告。你帮我看看，"
    "这官司我能打赢吗？赢面有几成？法院大概多久能判下来？",
    ["胜诉", "赢面", "审理期限"],
    "预测诉讼结果：文件只规定法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行（民营经济促进法第六十八条）、"
    "逾期利息（条例第十七条）等，既不能预测胜败，也没有规定审理期限。",
    lang="zh", present=["及时立案、审理、执行", "逾期利息"])

unans("not_covered",
    "Article 73 of the Private Economy Promotion Law makes state organs and SOEs liable for delaying payments owed to "
    "private companies. What daily late-payment interest rate does the PE Law itself fix for such arrears, and from "
    "which date does it start to run?",
    ["late-payment interest", "daily interest", "interest rate"],
    "A figure asked of one named document: the PE Law (Arts. 67, 68, 73) requires timely payment and provides for "
    "correction, compensation and sanctions, but states no interest rate or start date; the default 0.05% per day "
    "rate is in Art. 17 of the SME Payment Regulations, not in the PE Law.",
    lang="en", present=["万分之五", "拖延支付民营经济组织账款"])

unans("not_covered",
    "我表哥要是真被给了个记过，处分决定会不会在镇政府门口贴出来公示啊？要公示几天？我们开饭店的，街坊邻居都认识，"
    "怕丢人",
    ["张贴", "公示期", "公示几天"],
    "政务处分法第四十六条只规定政务处分决定书应当及时送达被处分人和其所在机关、单位，并在一定范围内宣布；没有张贴"
    "公示的规定，也没有天数。",
    lang="zh", present=["在一定范围内宣布"])

unans("not_covered",
    "Article 11 of the SASAC Compliance Measures requires each central SOE to set up a compliance committee that meets "
    "\"regularly\". Does the text say how often – quarterly, twice a year – and who has to chair it?",
    ["quarterly", "每季度", "twice a year", "主任委员"],
    "Article 11 only says the committee may share offices with the rule-of-law leadership body, coordinates "
    "compliance work and holds meetings regularly (定期召开会议); no frequency and no chair are specified anywhere.",
    lang="en", present=["定期召开会议", "合署办公"])

unans("not_covered",
    "我想在隔壁镇再开一家分店，要办食品经营许可证。营商环境条例不是说政务服务要限时办结吗？那这个证法定最多几个"
    "工作日必须批下来？",
    ["食品经营许可", "许可证核发"],
    "优化营商环境条例第三十六条只规定推行限时办结，法律法规有时限的在时限内尽快办结、没有规定的按合理高效原则确定并"
    "可压减公开；没有任何具体天数，也不涉及食品经营许可。",
    lang="zh", present=["限时办结", "办理时限"])

unans("not_covered",
    "Under II.(2) of the NDRC notice, once our complaint is transferred, how many working days does the superior or "
    "competent department have to verify it and report back to us?",
    ["working days", "working day"],
    "II.(2) says complaints are transferred \"immediately\" and feedback given \"promptly\", but sets no time limit; "
    "the 10-working-day / 30-day / 90-day limits in Art. 25 of the SME Payment Regulations belong to the SME arrears "
    "complaint mechanism, not to this one.",
    lang="en", present=["immediately transfer", "promptly provide feedback"])

unans("not_covered",
    "The lecture-hall report says the GBA Integrity and Compliance Association spans 29 industry sectors. How many "
    "member companies does it actually have, and how many of them are private manufacturers like us?",
    ["member companies", "number of members"],
    "A count not stated: ¶34 gives the ownership types, the kinds of large enterprises and the 29 industry sectors, but "
    "no number of members and no breakdown.",
    lang="en", present=["29 industry sectors", "benchmark enterprises"])

unans("not_covered",
    "在那个国家统一的拖欠中小企业款项投诉平台上投诉，要不要交钱？听说还得先把欠条拿去公证，公证费大概多少？",
    ["投诉费", "手续费", "公证费"],
    "条例第二十四、二十五条规定投诉平台、转交和处理时限，但没有说是否收费，也没有公证要求或费用（第三十条只鼓励法律"
    "服务机构提供公益法律服务）。",
    lang="zh", present=["投诉平台", "公益法律服务"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Why does Article 68 of the Private Economy Promotion Law require large enterprises to pay their SME suppliers "
    "within 60 days of delivery, when our own standard purchasing terms are 90 days? I need the rationale before I "
    "rewrite our template.",
    ["60 days", "sixty days"],
    "False premise inside a why-question: PE Art. 68 only requires large enterprises to agree reasonable payment terms, "
    "pay timely and not make receipt of third-party payment a condition; it sets no 60-day term. The 60-day default "
    "term is in Art. 9 of the SME Payment Regulations, which also lets the contract provide otherwise if reasonable.",
    lang="en", present=["60日"],
    related=[E(PE, "第六十八条", "应当合理约定付款期限并及时支付账款"),
             E(SME, "第九条", "应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "听人说《政务处分法》第三十五条规定：干部在饭店挂账吃饭超过三个月不还的，一律开除。镇里在我店里挂了好几个月的帐，"
    "单子都是我表哥签的字，他是不是要被开除了？？我现在要不要先别催他们还钱了",
    ["挂账", "超过三个月", "一律开除"],
    "前提错误：第三十五条针对违规发放薪酬津贴、公务接待等超标准超范围、违规公款消费，情节较重的警告、记过或者记大过，"
    "情节严重的降级或者撤职，根本没有开除，也没有“挂账超过三个月”的规定；镇政府欠饭钱是条例规定的付款义务问题。",
    lang="zh", present=["公款消费"],
    related=[E(PS, "第三十五条", "违反规定，在公务接待、公务交通、会议活动、办公用房以及其他工作生活保障等方面超标准、超范围的"),
             E(PS, "第三十五条", "情节严重的，予以降级或者撤职")])

unans("false_premise",
    "III.(6) of the NDRC notice says a government dishonesty record is automatically restored 12 months after it is "
    "published. For a county identified as dishonest in January, when do the 12 months expire – from identification "
    "or from publication on Credit China?",
    ["12 months", "twelve months", "automatically"],
    "False premise: III.(6) ties credit restoration to the identifying department confirming that the dishonest "
    "behaviour has been corrected and performance completed; there is no time-based automatic restoration.",
    lang="en", present=["restored", "credit restoration"],
    related=[E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed")])

unans("false_premise",
    "集团法务部转来通知：按《中央企业合规管理办法》第十二条，首席合规官必须单独设岗、从外部专家中聘任，还要新增一个"
    "领导职数。请问这个新增职数是报国资委审批，还是集团党委自己定就行？",
    ["外部专家", "单独设岗", "聘任"],
    "前提错误：第十二条规定中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人"
    "负责；不存在外聘和新增职数的问题。",
    lang="zh", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "Article 8 of the Public Official Sanctions Law sets the period of a \"serious demerit\" (记大过) at 36 months. The "
    "district official who handles our plant-expansion file got one in March 2024 – so he can't be promoted until "
    "March 2027, correct?",
    ["36 months", "thirty-six months"],
    "False premise: Article 8 sets warning 6 months, demerit 12, serious demerit 18, demotion and removal 24 months; "
    "48 months is only the cap when several identical sanctions are combined (Art. 15).",
    lang="en", present=["十八个月", "四十八个月"],
    related=[E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
    "为什么《优化营商环境条例》规定，饭店必须先加入县餐饮协会、交了会费，才能承接镇政府的公务接待？镇里就是这么跟我"
    "说的，我表哥也说是条例要求的。",
    ["餐饮协会", "会费", "必须加入"],
    "为什么问题里的错误前提：条例第十七条规定市场主体有权自主决定加入或者退出行业协会商会，任何单位和个人不得干预；"
    "第十三条要求政府采购不得以不合理条件限制或者排斥；条例没有这种要求。",
    lang="zh", present=["行业协会商会"],
    related=[E(BE, "第十七条", "市场主体有权自主决定加入或者退出行业协会商会等社会组织，任何单位和个人不得干预"),
             E(BE, "第十三条", "不得以不合理条件或者产品产地来源等进行限制或者排斥")])

unans("false_premise",
    "Since the GBA Integrity and Compliance Association was set up in 2019 by the Guangdong Provincial Department of "
    "Commerce, are the government-business Guidelines it presented at the lecture hall binding provincial rules for "
    "companies like ours?",
    ["Department of Commerce", "Provincial Department"],
    "False premise: the report says the association was established on 16 April 2021 as a non-profit social "
    "organization jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal "
    "SASAC and the Municipal Federation of Industry and Commerce; the Guidelines were issued by the Guangzhou Municipal "
    "Commission for Discipline Inspection and Supervision, not by the association or any provincial department.",
    lang="en", present=["Federation of Industry and Commerce"],
    related=[E(GZ, "¶32", "was established in 2021"),
             E(GZ, "¶32", "jointly promoted by the Municipal Commission for Discipline Inspection"),
             E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A on Government-Business")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "饭店后厨要改燃气管道、加装燃气报警器，开业前消防这块需要走什么手续？找哪个部门验收？",
    ["燃气", "消防"],
    "餐饮场所燃气、消防安全手续，与这些文件无关（文件只泛泛提到安全生产等法律法规）。",
    lang="zh", present=["安全生产"])

unans("out_of_domain",
    "我这个个体户饭店，一个月营业额多少以内可以免增值税？小规模纳税人的征收率现在是百分之几？",
    ["增值税", "小规模纳税人"],
    "具体税收政策和税率问题，文件不涉及（营商环境条例只原则性地要求落实减税降费政策）。",
    lang="zh", present=["减税降费"])

unans("out_of_domain",
    "We export machined steel parts to Germany. Under the EU's Carbon Border Adjustment Mechanism, what emissions data "
    "must our importer report for 2026 shipments, and who pays for the certificates?",
    ["Carbon Border", "CBAM", "EU"],
    "EU trade/climate regulation; none of the documents deals with it (PE Art. 43 only asks firms investing abroad to "
    "obey local law).",
    lang="en", present=["海外", "Overseas Compliance"])

unans("out_of_domain",
    "We're exhibiting at a trade fair in Bangkok next spring. How do we file a trademark application in Thailand, and "
    "how long does examination usually take there?",
    ["Thailand", "trademark", "Bangkok"],
    "Foreign trademark registration procedure; the documents only mention IP protection and overseas IP dispute "
    "guidance in general terms.",
    lang="en", present=["知识产权"])

unans("out_of_domain",
    "店里新招了两个服务员，签一年合同，试用期最长能约定多久？试用期工资能比当地最低工资低吗？",
    ["试用期", "最低工资"],
    "劳动合同法上的试用期和工资问题，文件不涉及（只泛泛提到遵守劳动用工法律法规）。",
    lang="zh", present=["劳动用工"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "我看条例开头写着2020年国务院令第728号公布。那2020年原来那一版里，机关、事业单位付款期限是不是也是30天、最长60天？"
    "2025年修订到底改了哪几条？",
    ["2020年版", "修订前", "原条例"],
    "早期版本（按年份）：语料只有2025年修订后的条例文本（2025年6月1日施行），标题中仅提到2020年第728号令公布；"
    "2020年原文和修订对照不在语料中。",
    lang="zh", present=["国务院令第728号", "第802号修订"])

unans("superseded",
    "Before the 2022 Measures, SASAC issued the 2018 Guidelines for Compliance Management of Central Enterprises (for "
    "Trial Implementation). Which requirements of the 2018 trial guidelines did the 2022 Measures drop or tighten – "
    "for example on the compliance committee?",
    ["2018", "for Trial Implementation", "试行"],
    "The corpus holds only the 2022 Measures (SASAC Order No. 42, effective 1 October 2022); the 2018 trial guidelines "
    "are not in it, so no comparison can be drawn.",
    lang="en", present=["令第42号", "合规委员会"])

unans("superseded",
    "政务处分法出台以前，《行政机关公务员处分条例》（2007年）对记过的处分期是怎么规定的？跟现在政务处分法第八条"
    "一样吗？",
    ["行政机关公务员处分条例", "2007"],
    "语料只有2020年《公职人员政务处分法》，没有2007年《行政机关公务员处分条例》的文本，无法比较。",
    lang="zh", present=["政务处分的期间"])

unans("superseded",
    "The 2019 Regulations on Optimizing the Business Environment were reportedly revised in 2026 to add a chapter on "
    "AI supervision. What does the new chapter require of platform companies?",
    ["2026", "AI supervision"],
    "The corpus holds only the 2019 Regulations (State Council Order No. 722, effective 1 January 2020); no 2026 "
    "revision or AI chapter is in it.",
    lang="en", present=["国务院令第722号"])
