"""Hard-case gold items, twenty-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: managers of foreign-invested enterprises (Japanese, German, American) asking in English, township
and street-office officials, would-be whistleblowers worried about retaliation, and relatives of public
officials.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我是街道办的一名科员，上个月因为违规给一家商户开了证明，被区监委给了个记大过。想问下这个处分期到底多长？"
    "是从我签收决定书那天开始算吗？",
    "《公职人员政务处分法》第八条：记大过的处分期为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分"
    "决定生效之日起计算——也就是从决定作出之日起算，而不是从签收之日起算。",
    ["记大过，十八个月", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "我去年实名举报了我们镇一个副镇长收红包。最近区监委来人调查了，结果我发现来的两个调查人员里，有一个是那个"
    "副镇长的亲弟弟！我作为举报人，能不能要求他回避？",
    "能。《公职人员政务处分法》第四十七条：参与公职人员违法案件调查、处理的人员是被调查人或者检举人的近亲属的，"
    "应当自行回避，被调查人、检举人及其他有关人员也有权要求其回避。",
    ["被调查人、检举人及其他有关人员也有权要求其回避", "是被调查人或者检举人的近亲属的"],
    [E(PS, "第四十七条", "应当自行回避，被调查人、检举人及其他有关人员也有权要求其回避"),
     E(PS, "第四十七条", "（一）是被调查人或者检举人的近亲属的；")],
    lang="zh")

add("single",
    "镇财政所的，问一下：咱们镇政府去年有几笔欠中小企业的工程款到期没付，听说要对外公开？哪天之前公开、公开啥、"
    "在哪儿公开？",
    "《保障中小企业款项支付条例》第十八条第一款：机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小"
    "企业款项的合同数量、金额等信息，通过网站、报刊等便于公众知晓的方式公开。",
    ["每年3月31日前", "上一年度逾期尚未支付中小企业款项的合同数量、金额等信息",
     "通过网站、报刊等便于公众知晓的方式公开"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "I run the China operations of a US-headquartered equipment maker. Our local partner, a Chinese private "
    "company, signed an investment-promotion agreement with a development zone. The zone now says it can't honour "
    "the deal because its management committee was merged into another body and the director who signed has moved "
    "on. Under the 2023 NDRC notice, is that a valid excuse?",
    "No. Item II.(2) of the NDRC notice says failure to perform due to institutional adjustments, personnel changes "
    "and other reasons shall all be regarded as breach of contract and dishonesty. Complaint clues are transferred "
    "to the superior or competent department of the complained entity for verification; if true, it promotes "
    "rectification, and those who refuse to rectify are confirmed as breach of contract and dishonesty.",
    ["institutional adjustments, personnel changes, and other reasons",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

add("single",
    "Tanaka here, GM of a Japanese auto-parts subsidiary in Huangpu. I understand the Guangzhou Guidelines on "
    "government-business interactions can't cover every situation. When our case isn't one of the listed scenarios, "
    "what test did the drafter say we should apply to decide whether an interaction with an official is OK?",
    "Per ¶10 of the lecture-hall report, the 33 scenarios in the two batches cannot encompass all situations; the "
    "drafter (Wang Yuqun) said the core of judging is to distinguish between \"acting for the public good\" and "
    "\"acting for personal gain\", and the key is whether the actions can be \"put on the table\" – applied through "
    "three sets of dialectical relationships.",
    ["the 33 scenarios covered in the two batches", "acting for the public good", "acting for personal gain",
     "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”"),
     E(GZ, "¶10", "the 33 scenarios covered in the two batches")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "我想去区监委举报我们街道一个副主任吃拿卡要，可我就在他手底下干活。最怕两件事：一是监委那边有人把我举报的事"
    "漏给他；二是他知道了以后给我穿小鞋。《政务处分法》对这两种情况分别是怎么规定的？",
    "《公职人员政务处分法》第六十三条第（二）项：监察机关及其工作人员泄露检举事项、检举受理情况以及检举人信息的，"
    "对负有责任的领导人员和直接责任人员依法给予处理。第三十二条第（三）项：公职人员对依法行使检举等权利的行为进行"
    "压制或者打击报复的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。第六十二条"
    "第（三）项还规定，对检举人进行打击报复的，由其上级机关等责令改正，依法给予处理。",
    ["泄露检举事项、检举受理情况以及检举人信息", "对依法行使批评、申诉、控告、检举等权利的行为进行压制或者打击报复",
     "对检举人、证人或者调查人员进行打击报复"],
    [E(PS, "第六十三条", "（二）窃取、泄露调查工作信息，或者泄露检举事项、检举受理情况以及检举人信息的；"),
     E(PS, "第三十二条", "（三）对依法行使批评、申诉、控告、检举等权利的行为进行压制或者打击报复的；"),
     E(PS, "第六十二条", "（三）对检举人、证人或者调查人员进行打击报复的；")],
    lang="zh")

add("multi",
    "镇里打算搞个“十佳诚信企业”评选，书记的意思是辖区内规上企业都得报名参加，每家交800块评审费。我是经办人，"
    "心里有点打鼓：营商环境条例第十七条好像管这个？这么搞有没有问题，真出了事要不要担责任？",
    "有问题。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场"
    "主体参加评比、达标、表彰等活动，不得借前述活动向市场主体收费或者变相收费。第六十九条第（五）项：政府和有关"
    "部门及其工作人员没有法律、法规依据强制或变相强制市场主体参加评比，或借此收费的，依法依规追究责任。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费", "依法依规追究责任"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(BE, "第六十九条", "政府和有关部门及其工作人员有下列情形之一的，依法依规追究责任"),
     E(BE, "第六十九条", "(五)没有法律、法规依据，强制或者变相强制市场主体参加评比")],
    lang="zh")

add("multi",
    "我老公在市场监管局当副局长，我在他分管的那个区开了家食品检测公司，开了两年了。最近纪委找他谈话，说要么我把"
    "公司关了或者转出去，要么他调岗。他脾气犟，两样都不想干。这样下去会怎么样？另外，他这两年的个人事项报告里一直"
    "没填我开公司这事，这又算什么问题？",
    "《公职人员政务处分法》第三十三条第二款：拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从"
    "职务调整的，予以撤职。第二十九条第二款：违反个人有关事项报告规定，隐瞒不报，情节较重的，予以警告、记过或者"
    "记大过。",
    ["拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职",
     "违反个人有关事项报告规定，隐瞒不报，情节较重的，予以警告、记过或者记大过"],
    [E(PS, "第三十三条", "拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职"),
     E(PS, "第二十九条", "违反个人有关事项报告规定，隐瞒不报，情节较重的，予以警告、记过或者记大过")],
    lang="zh")

add("multi",
    "Klaus Weber, CFO of a German-invested machinery group. A prefecture-level city that courted our Chinese "
    "private subsidiary has now been formally identified as dishonest for reneging on its land and subsidy "
    "agreement. Two questions from our board: what concrete consequences does the NDRC itself impose on such a city, "
    "and what would the city have to do to get the dishonesty record cleared?",
    "III.(4): for entities with dishonesty records the NDRC restricts central budget fund support, limits "
    "applications for local government special bonds and restricts financing-project recommendations; for "
    "prefecture-level and above cities with government dishonesty records it cancels their eligibility for awards "
    "and pilot demonstrations in the development and reform system, increases the weight of city credit monitoring "
    "deductions, and cancels social-credit demonstration-zone titles or eligibility. III.(6): once the identifying "
    "department confirms the dishonest behaviour has been corrected and performance completed, the dishonesty "
    "records are promptly restored and the punishment measures terminated.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "the dishonest behavior has been corrected and performance completed"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "I'm the American co-founder of an AI start-up in Guangzhou that just took money from a city-owned fund. Two "
    "worries: (a) if our next year goes badly, will the fund's managers be punished, so that they pull out at the "
    "first sign of trouble? (b) will regulators give a new AI business some room to experiment? What does the "
    "lecture-hall report on the Guidelines say?",
    "(a) ¶21: the second batch of the Guidelines states that if an investment made with due diligence and through "
    "compliant decision-making procedures incurs losses due to objective factors such as market risks, the relevant "
    "personnel may be exempted from liability (a \"safety zone\"); ¶22 adds that state capital is encouraged to be "
    "\"patient capital\". (b) ¶25: the \"inclusive and prudent supervision\" and \"observation period\" system "
    "provides trial-and-error space and development patience for new business formats such as artificial "
    "intelligence.",
    ["incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from "
     "liability",
     "provide valuable trial-and-error space and development patience for new business formats such as artificial "
     "intelligence"],
    [E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶25", "“inclusive and prudent supervision” and “observation period” system"),
     E(GZ, "¶25", "trial-and-error space and development patience for new business formats")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们镇有个搞绿化的小老板，镇里欠他钱，他跑到省里去告了一状。镇长很恼火，放话说以后镇上的活一个都不给他，还让我"
    "去“敲打敲打”他，让他把状子撤了。我心里发毛，这事我要是照办了，会不会惹上麻烦？",
    "会。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者"
    "投诉的中小企业及其工作人员进行恐吓、打击报复；第三十五条：有此行为的，对负有责任的领导人员和直接责任人员依法"
    "给予处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("paraphrase",
    "我爸从区里退下来都快两年了，最近有人反映他在位的时候帮亲戚拿过工程，监委好像在了解情况。他人都退了，还能给他"
    "个什么处份吗？退休工资会不会受影响啊？急！",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以"
    "对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法取得的财物依照第二十五条"
    "处理。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")],
    lang="zh")

add("paraphrase",
    "Is there any kind of public 'wall of shame' for city governments that keep going back on their word to "
    "businesses? My head office in Osaka keeps asking whether anyone ever actually gets named.",
    "Yes. Item IV.(9) of the NDRC notice: a batch of cases with serious dishonesty, repeated dishonesty and strong "
    "public complaints will be selected, publicised on the \"Credit China\" website and exposed to society through "
    "news media to form a strong public-opinion deterrent.",
    ["cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "honestly sounds like guangzhou is just loosening things up so officials can get cozy with business again?? is "
    "that what these new guidelines are for or am i reading it wrong",
    "That's not the stated aim. Per ¶10 of the lecture-hall report, the drafter said the Guidelines are not intended "
    "to \"relax discipline\", but to prevent grass-roots units from imposing excessive restrictions, setting "
    "unnecessary barriers and adopting a \"one-size-fits-all\" approach; the test remains public good vs personal "
    "gain.",
    ["relax discipline", "prevent grass-roots units from imposing excessive restrictions, setting unnecessary "
     "barriers"],
    [E(GZ, "¶10", "are not intended to “relax discipline”"),
     E(GZ, "¶10", "prevent grass-roots units from imposing excessive restrictions")],
    lang="en")

add("paraphrase",
    "Will a local bureau chief actually feel it on his own department's scorecard if his people walk away from a "
    "deal they signed with us? Or is it just the city's reputation that takes the hit?",
    "Per item III.(3) of the NDRC notice, credit leading departments at all levels should promote the inclusion of "
    "dishonesty records into the performance evaluation indicators of the relevant government departments, and the "
    "NDRC will include government dishonesty records in business environment evaluations and comprehensive "
    "performance evaluations of high-quality development. (The notice speaks of departments, not individual officials.)",
    ["inclusion of dishonesty records into performance evaluation indicators of relevant government departments",
     "business environment evaluations and comprehensive performance evaluations of high-quality development"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")],
    lang="en")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "我在镇里分管招商引资。发改委2023年那个关于政务诚信履约的通知里，把政府跟民营企业在哪些领域签的协议、合同违约"
    "算作“违约失信”？我们镇跟企业签的产业扶持协议算不算？",
    "算。通知第二部分第（1）项：违约失信的范围包括政府部门在政府采购、招标投标、招商引资、政府和社会资本合作、产业"
    "扶持、政府投资等领域与民营企业签订的各类协议、合同中的违约毁约行为（\"government procurement, bidding, "
    "investment promotion, government-social capital cooperation, industrial support, government investment, and other "
    "fields\"）。",
    ["government procurement, bidding, investment promotion, government-social capital cooperation, industrial "
     "support, government investment"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support")],
    lang="zh")

add("cross_lingual",
    "我爸是广州一家市属国企投资部的负责人，前年主导投的一个新材料项目现在亏了，他天天睡不着，怕被追责。那篇“廉洁"
    "合规大讲堂”的报道里，广药集团审计部的人说什么情况下可以容错、什么情况下一定要追责？",
    "据报道¶30：损失由政策调整、市场变化、技术探索等固有风险造成，且已采取应有止损措施的，给予容错；因投后管控缺失、"
    "挪用资金、隐瞒风险或处置迟缓导致损失扩大的，失职者必须问责。¶31：问责原则是“尽职免责、失职问责”"
    "（\"exempting liability for due diligence and holding accountable for dereliction of duty\"）。",
    ["policy adjustments, market changes, and technological exploration",
     "due measures have been taken to stop losses, error tolerance will be granted",
     "lack of post-investment control, misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "policy adjustments, market changes, and technological exploration"),
     E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "lack of post-investment control, misappropriation of funds, or concealment"),
     E(GZ, "¶31", "exempting liability for due diligence and holding accountable for dereliction")],
    lang="zh")

add("cross_lingual",
    "Our headquarters in Stuttgart asks: does China's Regulation on Optimizing the Business Environment actually "
    "commit the authorities to treat a foreign-invested company like ours the same as domestic firms? And can a "
    "provincial department publish its own list of sectors that are closed to us?",
    "Yes on equal treatment: Article 6(2) says the state further expands opening up, actively promotes foreign "
    "investment and treats domestic enterprises, foreign-invested enterprises and other market players equally. "
    "No on separate lists: Article 20 provides a nationally unified negative list for market access, and regions and "
    "departments may not formulate their own negative lists of a market-access nature.",
    ["平等对待内资企业、外商投资企业等各类市场主体", "各地区、各部门不得另行制定市场准入性质的负面清单"],
    [E(BE, "第六条", "国家进一步扩大对外开放，积极促进外商投资，平等对待内资企业、外商投资企业等各类市场主体"),
     E(BE, "第二十条", "国家持续放宽市场准入，并实行全国统一的市场准入负面清单制度"),
     E(BE, "第二十条", "各地区、各部门不得另行制定市场准入性质的负面清单")],
    lang="en")

add("cross_lingual",
    "We're the Chinese arm of a Japanese electronics group (a large enterprise under Chinese rules) and we buy "
    "moulds from small local toolmakers. Payment is due after our QA acceptance, and our QA team is chronically slow "
    "- sometimes three months. Under Article 10 of the SME payment regulations, when does the payment clock actually "
    "start running?",
    "Article 10: where payment is conditional on inspection or acceptance after delivery, the payment term runs from "
    "the date inspection/acceptance is passed; the parties must agree a clear, reasonable inspection/acceptance "
    "period and complete it within that period, and if the buyer delays inspection or acceptance, the payment term "
    "runs from the expiry of the agreed inspection/acceptance period.",
    ["付款期限应当自检验或者验收合格之日起算", "拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十条", "合同双方应当在合同中约定明确、合理的检验或者验收期限"),
     E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="en")

add("cross_lingual",
    "I'm an American engineer seconded to a subsidiary of a central SOE. I've seen what looks like kickbacks in a "
    "procurement tender. If I use the company's internal reporting channel, what do SASAC's compliance Measures say "
    "about protecting me? Will my name be kept confidential, and could I face retaliation?",
    "Article 24 of the Central SOE Compliance Management Measures: central SOEs must set up a violation-reporting "
    "platform and publish a phone number, email or mailbox; they must keep the whistleblower's identity and the "
    "reported matters strictly confidential, may give appropriate rewards where the report is true, and no unit or "
    "individual may retaliate against a whistleblower in any form.",
    ["应当对举报人的身份和举报事项严格保密", "任何单位和个人不得以任何形式对举报人进行打击报复",
     "对举报属实的举报人可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复"),
     E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我在一家央企的二级子公司做采购，手里有领导收回扣的证据。听说《中央企业合规管理办法》规定举报属实有奖励，具体"
    "能拿多少？是不是按追回损失的百分之几给？",
    ["百分之", "奖励标准", "奖金数额"],
    "央企合规办法第二十四条只说对举报属实的举报人可以给予适当奖励，未规定奖励金额、比例或标准；其他文件也没有。",
    lang="zh", present=["适当奖励", "违规举报平台"])

unans("not_covered",
    "Our Japanese parent holds 49% of a JV with a central SOE. If the JV is hit by a major compliance risk event – "
    "say, a foreign sanctions listing – within how many hours must the SOE report it to SASAC?",
    ["24 hours", "24小时", "48小时", "小时内"],
    "SOE Measures Art. 22 only says a central SOE with a major compliance risk event shall report to SASAC in a timely "
    "manner according to relevant provisions (按照相关规定及时向国资委报告); no time limit is stated anywhere.",
    lang="en", present=["重大合规风险事件", "国际组织制裁"])

unans("not_covered",
    "村委会主任受了记过处分，镇里要扣他的补贴。按规定扣多少？扣几个月？有没有统一标准？",
    ["扣发比例", "扣发标准", "扣发期限"],
    "政务处分法第二十二条第二款只规定由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金，未规定比例、期限或"
    "标准；其他文件也没有。",
    lang="zh", present=["扣发补贴、奖金", "基层群众性自治组织"])

unans("not_covered",
    "We're setting up a second WFOE in Suzhou. Under the Business Environment Regulation, what's the maximum number "
    "of working days the authorities can take to issue the business licence for a new company?",
    ["working days", "个工作日内办结", "开办时限为"],
    "BE Art. 19 only says that within the enterprise start-up time limit set by the state, each region shall "
    "determine and publish the specific processing time; no number of days is given in any document.",
    lang="en", present=["企业开办时限", "营业执照"])

unans("not_covered",
    "我弟在县税务局，公务员，今年被记过了。处分期里他的年终奖、绩效奖金还能照发吗？",
    ["年终奖", "绩效奖金", "绩效考核"],
    "政务处分法第十九条只规定公务员在处分期内不得晋升职务、职级、衔级和级别，被记过的不得晋升工资档次；对年终奖、"
    "绩效奖金是否发放未作规定，其他文件也没有。",
    lang="zh", present=["不得晋升工资档次"])

unans("not_covered",
    "We are not complaining about unpaid invoices – the county simply cancelled the tax incentives it promised in "
    "our investment agreement. Once the provincial credit department forwards our breach-of-contract complaint to "
    "the county's superior department, how many days does that department have to finish verifying it? Is there a "
    "deadline we can hold them to?",
    ["deadline", "within 30 days", "working days", "days"],
    "NDRC II.(2) only says clues are transferred immediately and that the identifying department should promptly "
    "give feedback or immediately promote rectification; no verification period is set. The 30/90-day limits in SME "
    "Regulations Art. 25 concern SME arrears complaints, not this kind of complaint.",
    lang="en", present=["immediately transfer", "promptly provide feedback"])

unans("not_covered",
    "Our Japanese trading company in Tianhe wants to host a dinner for officials from the district commerce bureau "
    "after a project signing. Do the Guangzhou Guidelines say how much per person a meal can cost before it crosses "
    "the line?",
    ["per person", "yuan", "RMB"],
    "The GZ report only says the first batch of the Guidelines responded to issues such as \"what meals can be eaten "
    "and what vehicles can be taken\"; it gives no spending limit, and the Guidelines' own text is not in the corpus.",
    lang="en", present=["what meals can be eaten"])

unans("not_covered",
    "我在街道综合执法队。上面说要减少对企业的干扰，那对同一家企业，一年最多能上门检查几次？有没有硬性的次数上限？",
    ["检查次数", "每年不超过", "次数上限"],
    "民营经济促进法第五十二条、优化营商环境条例第五十四条只要求随机抽查、多个检查事项尽可能合并或纳入跨部门联合"
    "检查，未规定检查次数上限；其他文件也没有。",
    lang="zh", present=["随机抽取检查对象", "跨部门联合"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "我爸是乡长，我在县城开了家小超市，跟政府没任何业务往来。听人说《政务处分法》规定公职人员子女经商的，公职人员"
    "一律给予开除处分，这是真的吗？我爸是不是得被开除？",
    ["一律给予开除", "子女经商"],
    "前提错误：政务处分法没有“子女经商一律开除”的规定。第三十三条针对的是纵容、默许特定关系人利用本人职权或职务"
    "影响谋取私利（警告至开除，视情节），以及拒不纠正特定关系人违规从事经营活动且不服从职务调整（撤职）。",
    lang="zh", present=["特定关系人"],
    related=[E(PS, "第三十三条", "（三）纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的。"),
             E(PS, "第三十三条", "且不服从职务调整的，予以撤职")])

unans("false_premise",
    "《政务处分法》第五十三条规定，举报查无实据的，举报人要承担诬告责任、处以罚款。我对我们局长违规发补贴的事只"
    "掌握了一部分证据，现在还敢不敢举报？",
    ["处以罚款", "查无实据"],
    "前提错误：第五十三条规定的是监察机关发现公职人员受到不实检举、控告或者诬告陷害造成不良影响的，应当澄清事实、"
    "恢复名誉；没有对举报人罚款的规定。第六十二条第（四）项针对的是“诬告陷害公职人员”，而不是举报内容未能查实。",
    lang="zh", present=["不实检举", "诬告陷害"],
    related=[E(PS, "第五十三条", "监察机关在调查中发现公职人员受到不实检举、控告或者诬告陷害，造成不良影响的"),
             E(PS, "第六十二条", "（四）诬告陷害公职人员的；")])

unans("false_premise",
    "Under the NDRC notice, foreign-invested enterprises are kept out of the breach-of-contract complaint columns "
    "and must go through the Ministry of Commerce's complaint mechanism instead. Could you walk me through the "
    "MOFCOM filing steps for our Japanese-owned plant in Wuxi?",
    ["Ministry of Commerce", "MOFCOM", "foreign-invested"],
    "False premise: the NDRC notice says nothing about foreign-invested enterprises or the Ministry of Commerce; it "
    "has provincial credit leading departments set up complaint columns relying on credit websites, \"Internet + "
    "Supervision\", the MIIT platform, 12345 hotlines, business-environment complaint platforms and petition "
    "departments.",
    lang="en", present=["credit leading departments", "12345"],
    related=[E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint"),
             E(NDRC, "II.(1)", "establish or improve special columns for breach of contract")])

unans("false_premise",
    "根据《保障中小企业款项支付条例》，乡镇政府拖欠中小企业款项超过一年的，由县级财政直接代付，再从乡镇的转移支付"
    "里扣回。我们镇有笔2023年的工程尾款还没付，县财政那边一般多久能代付下来？",
    ["代付", "代为支付", "转移支付"],
    "前提错误：条例没有县级财政代付机制。第三十一条规定机关、事业单位未在规定期限内付款的，由其上级机关、主管部门"
    "责令改正，拒不改正的对责任人员给予处分；第十七条规定应当支付逾期利息；民营经济促进法第七十三条也只规定由有权机关予以纠正、依法赔偿。",
    lang="zh", present=["责令改正", "逾期利息"],
    related=[E(SME, "第三十一条", "由其上级机关、主管部门责令改正"),
             E(SME, "第三十一条", "（一）未在规定的期限内支付中小企业货物、工程、服务款项；"),
             E(PE, "第七十三条", "拒绝或者拖延支付民营经济组织账款")])

unans("false_premise",
    "Article 12 of SASAC's Compliance Measures requires every central SOE to appoint an independent, external Chief "
    "Compliance Officer from outside the company who reports directly to SASAC. Our JV partner is a central SOE – "
    "should we expect this outside CCO to take a seat on our JV board?",
    ["independent", "external", "outside the company"],
    "False premise: Art. 12 says the CCO is set up without adding leadership posts, is held concurrently by the "
    "general counsel and is responsible to the enterprise's principal person in charge; nothing about an outside "
    "appointee, reporting to SASAC, or JV boards.",
    lang="en", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "我们街道在老旧小区改造里要求施工企业交一笔文明施工押金。《优化营商环境条例》第二十五条不是规定涉企保证金一律"
    "以现金缴纳、不得用银行保函替代嘛，所以企业拿保函来我们可以不收，对吧？",
    ["一律以现金", "不得用银行保函", "文明施工押金"],
    "前提错误：第二十五条规定的是推广以金融机构保函替代现金缴纳涉企保证金，且涉企保证金须有法律、行政法规依据或经"
    "国务院批准并实行目录清单管理；保障中小企业款项支付条例第十三条也规定不得将保证金限定为现金，中小企业提供保函的"
    "应当接受。",
    lang="zh", present=["保函", "涉企保证金"],
    related=[E(BE, "第二十五条", "推广以金融机构保函替代现金缴纳涉企保证金"),
             E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金")])

unans("false_premise",
    "My father-in-law is a township head in Hunan and got a 'serious demerit' last spring. My wife says the Public "
    "Official Sanctions Law makes that a 36-month sanction period during which he can't be promoted. Is he really "
    "frozen until 2028?",
    ["36 months", "thirty-six months", "三十六个月"],
    "False premise: Art. 8 sets the period for a serious demerit (记大过) at eighteen months (warning 6, demerit 12, "
    "demotion/removal 24); 48 months is only the cap for several sanctions combined under Art. 15.",
    lang="en", present=["十八个月", "四十八个月"],
    related=[E(PS, "第八条", "（三）记大过，十八个月；")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "What withholding tax rate applies to dividends our Shanghai WFOE pays up to the German parent under the "
    "China-Germany double tax treaty, and do we have to file anything to claim the treaty rate?",
    ["withholding", "dividends", "double tax", "tax treaty"],
    "International tax; none of the documents deals with it (SOE Art. 18 only lists tax management as a compliance "
    "area).",
    lang="en", present=["税务管理", "外商投资"])

unans("out_of_domain",
    "镇里明年要申报高标准农田建设项目，中央财政每亩补助多少钱？申报材料什么时候截止？",
    ["高标准农田", "每亩"],
    "农业项目补助问题，与这些文件无关。",
    lang="zh", present=["项目申报"])

unans("out_of_domain",
    "How long does it take to get a work permit and residence permit for a Japanese engineer we're transferring to "
    "our Dalian plant, and which of his documents need an apostille?",
    ["work permit", "residence permit", "apostille"],
    "Immigration and work-permit procedure; not covered by any document.",
    lang="en", present=["人力资源"])

unans("out_of_domain",
    "我妈是退休的公办小学老师，今年退休人员基本养老金上调了多少？什么时候补发？",
    ["养老金", "基本养老"],
    "社保待遇调整问题，文件不涉及（政务处分法只涉及退休公职人员违法后的处理）。",
    lang="zh", present=["退休"])

unans("out_of_domain",
    "We want to let go of an underperforming sales manager at our Shenzhen subsidiary. How much severance do we owe "
    "under Chinese labor law – is it N+1?",
    ["severance", "N+1", "经济补偿金"],
    "Employment-law question; none of the documents covers termination or severance (PE/SOE only mention labour "
    "matters as a compliance area).",
    lang="en", present=["劳动用工", "劳动关系"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的那版《保障中小企业款项支付条例》，原来对大型企业的付款期限是怎么规定的？跟2025年"
    "修订后的比，改了哪些？",
    ["修订前", "原条例", "修改内容"],
    "语料只有2025年3月17日国务院令第802号修订后的文本，没有2020年原版条文，也没有修订说明，无法比较新旧规定。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "Before the 2020 law, civil servants were disciplined under the 2007 Regulations on the Punishment of Civil "
    "Servants of Administrative Organs. Under those regulations, how long did a demerit last, and could it be lifted "
    "early?",
    ["2007", "Regulations on the Punishment", "行政机关公务员处分条例"],
    "The corpus holds only the 2020 Public Official Sanctions Law; the 2007 regulations are not in it.",
    lang="en", present=["政务处分的期间"])

unans("superseded",
    "国资委2018年出的《中央企业合规管理指引（试行）》里，要求央企重点关注哪些合规领域？跟现在的办法比有啥不同？",
    ["合规管理指引", "试行", "2018"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），没有2018年的《合规管理指引（试行）》。",
    lang="zh", present=["重点领域", "令第42号"])

unans("superseded",
    "Before the NPC adopted the Private Economy Promotion Law, a draft was put out for public comment in late 2024. "
    "How did the draft's article on local governments honouring contracts differ from the final Article 70?",
    ["draft", "草案", "征求意见稿"],
    "The corpus contains only the final law adopted on 30 April 2025; no draft text is in it.",
    lang="en", present=["政策承诺", "2025年4月30日"])
