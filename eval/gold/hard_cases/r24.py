"""Hard-case gold items, twenty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "做销售的，春节前想给税务分局对接我们的科长送两瓶茅台加一张购物卡拜个年。要是他收了，后来被查出来，按政务处分法他本人"
    "会面临什么处分？",
    "《公职人员政务处分法》第三十四条第一款：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者"
    "记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过",
     "情节较重的，予以降级或者撤职；情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "我在央企审计部，抽查一个子公司的重大投资决策档案，发现合规审查意见只有法务部经办人签了名。按《中央企业合规管理办法》，"
    "重大决策的合规审查意见应该由谁签字？合规审查是不是可做可不做？",
    "《中央企业合规管理办法》第二十一条：中央企业应当将合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规审查意见"
    "应当由首席合规官签字，对决策事项的合规性提出明确意见。经办人签字不满足要求。",
    ["将合规审查作为必经程序嵌入经营管理流程", "重大决策事项的合规审查意见应当由首席合规官签字"],
    [E(SOE, "第二十一条", "中央企业应当将合规审查作为必经程序嵌入经营管理流程"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

add("single",
    "我老公是县里一个局的副局长，我自己开了家工程咨询公司。组织上认定我这公司属于违规经营，要他督促纠正，他一直拖着没处理，"
    "组织要调他岗位他也不服从。这样下去他会被怎么处分？",
    "《公职人员政务处分法》第三十三条第二款：拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，"
    "予以撤职。",
    ["拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职"],
    [E(PS, "第三十三条", "拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职")],
    lang="zh")

add("single",
    "I'm an account manager at a software vendor. The city bureau that signed our three-year data service contract was "
    "merged into a new department last spring, and the new department says it isn't bound by the old bureau's deal. "
    "Under the NDRC's 2023 government integrity notice, does a reorganisation like that excuse them?",
    "No. Item II.(2) of the notice: failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty. (If the complaint is verified as true, the "
    "identifying department promotes rectification; refusal to rectify is confirmed as breach of contract and "
    "dishonesty.)",
    ["institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "We sell medical equipment in Guangzhou. A health bureau official asked whether our company could cover the "
    "catering for a community health fair his office is running, and nothing like that is among the Guidelines' "
    "scenarios. According to the drafter quoted in the lecture-hall report, what's the basic test for judging a case "
    "the Guidelines don't list?",
    "¶10: the 33 scenarios in the two batches cannot cover every situation; Wang Yuqun said the core of judging is to "
    "distinguish between \"acting for the public good\" and \"acting for personal gain\", and the key is whether the "
    "actions can be \"put on the table\" (keeping in mind three dialectical relationships).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "“acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "法考复习：公职人员因过失犯罪被判三年以下有期徒刑，政务处分上一般怎么处理？有没有例外、例外要走什么程序？如果最后被开除了，"
    "以后还能不能再考公务员？",
    "《公职人员政务处分法》第十四条第二款：因过失犯罪被判处管制、拘役或者三年以下有期徒刑的，一般应当予以开除；案件情况特殊，"
    "予以撤职更为适当的，可以不予开除，但是应当报请上一级机关批准。第二十四条：公职人员被开除的，不得录用为公务员以及参照"
    "公务员法管理的人员。",
    ["一般应当予以开除", "报请上一级机关批准", "不得录用为公务员"],
    [E(PS, "第十四条", "因过失犯罪被判处管制、拘役或者三年以下有期徒刑的，一般应当予以开除"),
     E(PS, "第十四条", "予以撤职更为适当的，可以不予开除，但是应当报请上一级机关批准"),
     E(PS, "第二十四条", "不得录用为公务员以及参照《中华人民共和国公务员法》管理的人员")],
    lang="zh")

add("multi",
    "We're a private contractor thinking of reporting a county government that stopped paying under our PPP deal. "
    "Honestly, would a dishonesty finding hurt them at all? Does it touch the officials' performance reviews, and does "
    "the NDRC cut off any money?",
    "Under III.(3), credit leading departments at all levels should promote the inclusion of dishonesty records into "
    "performance evaluation indicators of relevant government departments, and the NDRC includes government dishonesty "
    "records in business environment evaluations and high-quality development performance evaluations. Under III.(4), "
    "for entities with dishonesty records the NDRC will restrict support from central budget funds, limit applications "
    "for local government special bonds and restrict recommendations for financing projects.",
    ["inclusion of dishonesty records into performance evaluation indicators",
     "restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

add("multi",
    "我们是做包装材料的小厂，给一家大型民营集团供货，合同里没写付款期限。对方采购说“等我们的客户回款了再付你们”。"
    "付款期限默认应该是多久？他们这种等上游回款再付钱的说法站得住吗？",
    "《保障中小企业款项支付条例》第九条第二款：大型企业从中小企业采购货物、工程、服务，应当自交付之日起60日内支付款项；"
    "合同另有约定的也不得约定以收到第三方付款作为支付条件或按第三方付款进度比例支付。《民营经济促进法》第六十八条同样"
    "规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["应当自货物、工程、服务交付之日起60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件",
     "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "央企内审提问：子公司合规部门的人按职责本该发现的违规问题没发现，给公司造成了损失，按《中央企业合规管理办法》要不要追他们"
    "的责？另外员工的违规行为记录要怎么用？",
    "第三十八条：对在履职过程中因故意或者重大过失应当发现而未发现违规问题，或者发现违规问题存在失职渎职行为，给企业造成损失"
    "或者不良影响的单位和人员开展责任追究（前提是故意或重大过失）。第二十五条第二款：建立所属单位经营管理和员工履职违规行为"
    "记录制度，将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据。",
    ["因故意或者重大过失应当发现而未发现违规问题", "作为考核评价、职级评定等工作的重要依据"],
    [E(SOE, "第三十八条", "因故意或者重大过失应当发现而未发现违规问题"),
     E(SOE, "第二十五条", "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据")],
    lang="zh")

add("multi",
    "Our AI start-up signed an investment agreement with a Guangzhou district last year with output targets. We'll "
    "miss them because our hardware deliveries slipped, and a local subsidy policy the deal relied on has since been "
    "changed. As the speakers in that lecture-hall report describe the Guidelines, what do they offer for missed "
    "targets, for agreements hit by policy changes, and for new business types like AI?",
    "¶18: if an enterprise fails to complete its targets due to objective reasons, it can negotiate adjustments and "
    "enjoy a grace period; if an agreement cannot be fulfilled due to policy changes, procedures can be rectified or a "
    "transition period can be set. ¶25: the \"inclusive and prudent supervision\" and \"observation period\" system "
    "give trial-and-error space and development patience to new business formats such as artificial intelligence.",
    ["negotiate adjustments and enjoy a grace period", "a transition period can be set", "observation period"],
    [E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(GZ, "¶18", "procedures can be rectified or a transition period can be set"),
     E(GZ, "¶25", "“inclusive and prudent supervision” and “observation period” system")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我弟弟在乡镇上班，前阵子犯了错，上面给了个“往下降一级”的处理。家里人想知道这事要背多久才算翻篇？翻篇以后原来那一级能"
    "还给他吗？",
    "降级的政务处分期为二十四个月（《公职人员政务处分法》第八条）。在处分期内有悔改表现且没有再发生应受政务处分的违法行为的，"
    "期满后自动解除；但解除降级、撤职的，不恢复原职务、职级、级别等和薪酬待遇（第二十六条）。",
    ["降级、撤职，二十四个月", "政务处分期满后自动解除", "解除降级、撤职的，不恢复原职务、职级、衔级、级别"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月"),
     E(PS, "第二十六条", "政务处分期满后自动解除"),
     E(PS, "第二十六条", "解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇")],
    lang="zh")

add("paraphrase",
    "One speaker at that Guangzhou event, from the subway operator, said his team no longer has to pull the plug early "
    "on a slow-to-pay-off venture just to cover themselves. What did he say the rules now want state money to act "
    "like, and what does that mean in practice?",
    "¶22 (Wang Xiaobin, Guangzhou Metro): the Guidelines encourage state-owned capital to become \"patient capital\": "
    "for projects with sound fundamentals that may not meet short-term expectations, they can \"accompany them with "
    "patience\" based on compliant processes and professional judgments, instead of making mechanistic loss-stop "
    "decisions for fear of taking responsibility.",
    ["patient capital", "accompany them with patience", "mechanistic loss-stop decisions for fear of taking responsibility"],
    [E(GZ, "¶22", "encourage state-owned capital to become “patient capital”"),
     E(GZ, "¶22", "we can choose to “accompany them with patience”"),
     E(GZ, "¶22", "mechanistic loss-stop decisions for fear of taking responsibility")],
    lang="en")

add("paraphrase",
    "区里搞了个“年度诚信示范企业”评选，街道的人打电话说我们公司必须报名，还得交三千块“材料审核费”，话里话外暗示不报以后办事"
    "会不顺。我们能不去吗？",
    "可以不去。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、"
    "达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费；第六十九条第（五）项：政府和有关"
    "部门及其工作人员这样做的，依法依规追究责任。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(BE, "第六十九条", "没有法律、法规依据，强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")],
    lang="zh")

add("paraphrase",
    "We lodged a grievance saying a township went back on its word to us. What does the province do with it first — "
    "do they look into it themselves? And if the township's higher-ups decide we got it wrong, will anyone tell us why?",
    "II.(2): provincial credit leading departments immediately transfer the complaint clues to the superior or "
    "competent departments of the complained entity for verification and identification; if verified as untrue, the "
    "identifying department should promptly provide feedback and explanations to the complainant (if true, it "
    "promotes rectification).",
    ["superior or competent departments of the complained entities",
     "promptly provide feedback and explanations to the complainant"],
    [E(NDRC, "II.(2)", "superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "promptly provide feedback and explanations to the complainant")],
    lang="en")

add("paraphrase",
    "镇里要把镇政府门口那条路翻新，镇长把我们几个本地老板叫去喝茶，说每家“意思一下”出五万，嘴上说自愿，可谁不出以后就难办了。"
    "这钱我们可以不出吗？",
    "可以拒绝。《民营经济促进法》第六十一条第三款：任何单位不得违反法律、法规向民营经济组织收取费用，不得向民营经济组织摊派"
    "财物；《优化营商环境条例》第十四条第三款：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体"
    "有权拒绝任何形式的摊派。",
    ["不得向民营经济组织摊派财物", "市场主体有权拒绝任何形式的摊派"],
    [E(PE, "第六十一条", "不得向民营经济组织摊派财物"),
     E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "A deputy section chief at the local housing bureau has offered to work weekends as a paid 'consultant' for our "
    "sales team. Under China's Public Official Sanctions Law, what can happen to him if he takes the side job in breach "
    "of the rules?",
    "Art. 36: a public official who engages or participates in for-profit activities in violation of the rules, or "
    "holds a concurrent post and receives remuneration in violation of the rules, is given a warning, a demerit or a "
    "major demerit; if the circumstances are relatively serious, demotion or removal from post; if serious, expulsion.",
    ["违反规定兼任职务、领取报酬的，予以警告、记过或者记大过", "情节较重的，予以降级或者撤职；情节严重的，予以开除"],
    [E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的，予以警告、记过或者记大过"),
     E(PS, "第三十六条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="en")

add("cross_lingual",
    "Law student here. Under SASAC's 2022 compliance measures for central SOEs, who approves the basic compliance "
    "policy and the annual compliance report, the board or management? And what is management's part?",
    "The board. Art. 8: the board reviews and approves the basic compliance management system, the system-building "
    "plan and the annual report, and decides the compliance department's setup. Art. 9: management drafts the "
    "system-building plan (implementing it after board approval), drafts the basic compliance system, approves the "
    "annual plan, and organises the response to major compliance risk events.",
    ["审议批准合规管理基本制度、体系建设方案和年度报告等", "拟订合规管理基本制度，批准年度计划等"],
    [E(SOE, "第八条", "审议批准合规管理基本制度、体系建设方案和年度报告等"),
     E(SOE, "第九条", "拟订合规管理基本制度，批准年度计划等，组织制定合规管理具体制度")],
    lang="en")

add("cross_lingual",
    "Our client is building a warehouse, and the district approvals office told them they have to use one particular "
    "consultancy, run by a unit under that office, for a technical report. Is that allowed under China's Regulations "
    "on Optimizing the Business Environment? And if the office itself needs outside technical work during the "
    "approval, who pays?",
    "No. Art. 43: administrative organs may not designate, openly or in disguise, intermediary service providers for "
    "market entities, and public institutions under the organ (and organisations and enterprises it oversees or they "
    "run) may not provide intermediary services related to that organ's approvals. If the organ needs technical "
    "services during the approval, it selects the provider competitively and bears the fees itself, without passing "
    "them on to the market entity.",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构", "不得开展与本机关所负责行政审批相关的中介服务",
     "自行承担服务费用，不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第四十三条", "不得开展与本机关所负责行政审批相关的中介服务"),
     E(BE, "第四十三条", "自行承担服务费用，不得转嫁给市场主体承担")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份政府诚信履约的通知（1103号），开头第一部分说要着力解决哪几类行政失信问题？“新官不理旧账”算不算在里面？",
    "算。通知第一部分：着力解决政策朝令夕改（frequent policy changes）、新官不理旧账（new officials ignoring previous "
    "commitments）、损害市场公平交易、危害企业利益等行政失信问题。",
    ["frequent policy changes", "new officials ignoring previous commitments", "damaging fair market transactions"],
    [E(NDRC, "I.", "frequent policy changes, new officials ignoring previous commitments"),
     E(NDRC, "I.", "damaging fair market transactions, and harming enterprise interests")],
    lang="zh")

add("cross_lingual",
    "我们公司收到“广州市大湾区企业廉洁合规管理协会”的邀请，去听他们的廉洁合规大讲堂。这个协会什么时候成立的？背后是哪几家单位"
    "推动的？",
    "据报道第32段：该协会成立于2021年（第41段：2021年4月16日），是由市纪委监委、市国资委和市工商联共同推动成立的非营利性社会"
    "组织，是全国首家专注企业廉洁合规的5A级社会组织，也是广州市政府立法基层联系点。",
    ["was established in 2021", "jointly promoted by", "Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "It is a non-profit social organization jointly promoted by the Municipal"),
     E(GZ, "¶32", "and the Municipal Federation of Industry and Commerce")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我们想请一位去年刚退休的区住建局局长来公司当顾问。文件里有没有规定退休官员要离开岗位满几年，才能到企业任职、拿报酬？",
    ["从业限制", "离职后", "三年内"],
    "七份文件都没有规定公职人员退休或离职后到企业任职的期限。政务处分法第二十七条只讲已退休公职人员有违法行为的处理，"
    "第三十六条针对在职人员违规兼职、领取报酬。",
    lang="zh", present=["已经退休的公职人员", "领取报酬"])

unans("not_covered",
    "Under the NDRC 2023 notice, how often must local governments publish updates on whether they are performing the "
    "contracts they've signed with private companies: quarterly or every half-year?",
    ["quarterly", "half-year", "semi-annual"],
    "NDRC II.(1) only says the commission supports localities in exploring contract performance credit supervision "
    "columns that collect such agreements and regularly track performance; it sets no publication duty or frequency, "
    "and no other document does.",
    lang="en", present=["regularly tracking performance"])

unans("not_covered",
    "我是央企审计部的，想确认一下：合规管理体系有效性评价，办法要求多久做一次？是不是必须委托外部中介机构来做？",
    ["每年至少", "每两年", "外部机构"],
    "央企合规办法第二十七条只说“定期开展合规管理体系有效性评价”，第八条由董事会评价有效性、第十四条合规管理部门根据董事会"
    "授权开展评价；没有规定频率，也没有要求委托外部机构。",
    lang="zh", present=["定期开展合规管理体系有效性评价", "根据董事会授权开展合规管理体系有效性评价"])

unans("not_covered",
    "What minimum ratio of full-time compliance staff to total employees must a central SOE meet under SASAC's "
    "compliance measures, e.g. one per 500 staff?",
    ["per 500", "千分之", "人员比例"],
    "SOE measures Art. 14 only requires full-time compliance staff commensurate with the business scale, scope and "
    "risk level (与经营规模、业务范围、风险水平相适应); no ratio is given anywhere in the corpus.",
    lang="en", present=["专职合规管理人员"])

unans("not_covered",
    "我们想招县市场监管局一位局长的外甥女来做销售。政务处分法里老提“特定关系人”，这个词具体包括哪些人？外甥女算不算？",
    ["特定关系人，是指", "共同利益关系", "外甥"],
    "政务处分法第三十三条、第三十四条使用“特定关系人”一词，但没有定义其范围；其他文件也没有界定。",
    lang="zh", present=["特定关系人"])

unans("not_covered",
    "Our overdue invoices to a big state-owned buyer go back to 2021. How long do we have to sue before the claim is "
    "time-barred? What's the limitation period for payment claims?",
    ["limitation period", "诉讼时效", "time-barred"],
    "None of the documents states a civil limitation period. The only related term is PE Art. 63's 追诉期限, the time "
    "limit for criminal prosecution; the SME regulation sets payment terms and complaint-handling deadlines only.",
    lang="en", present=["追诉期限"])

unans("not_covered",
    "我爸是县里的干部，被监委立案调查快半年了，一直没结论。政务处分法对监察机关调查有没有时限？最长能查多久？",
    ["调查期限", "调查时限", "立案之日起"],
    "政务处分法第四十二条至第四十四条规定调查人数、取证、告知申辩和调查终结后的处理，第五十二条规定立案调查期间的限制，"
    "但都没有规定调查期限；其他文件也没有。",
    lang="zh", present=["立案调查", "调查终结后"])

unans("not_covered",
    "How many of the Guangzhou Guidelines' scenarios are in the first batch and how many in the second, and in which "
    "month was each batch issued?",
    ["per batch", "scenarios each", "first batch covers"],
    "GZ ¶10 only gives the total (\"the 33 scenarios covered in the two batches\"); ¶7 says the two batches were issued "
    "in two consecutive years since last year. No split by batch and no month is given.",
    lang="en", present=["33 scenarios", "two consecutive years"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "听说《民营经济促进法》明确了企业请公职人员吃工作餐人均200元以内不算违规。那我们下周请审批科几位科长吃饭，控制在人均200"
    "以内，是不是就不用担心了？",
    ["200元", "人均", "工作餐"],
    "前提错误：民营经济促进法没有任何宴请金额标准，第四十四条只要求国家机关工作人员与民营经济组织经营者在工作交往中遵纪守法、"
    "保持清正廉洁；政务处分法第三十四条对接受、提供可能影响公正行使公权力的宴请规定了处分，也没有金额豁免。",
    lang="zh", present=["清正廉洁", "宴请"],
    related=[E(PE, "第四十四条", "国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁"),
             E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排")])

unans("false_premise",
    "We want to factor our receivables from a large SOE customer. The SME payment regulation says the buyer must "
    "confirm the debt within 15 days of our request; it's been 20 days now. What penalty does the buyer face for "
    "blowing that deadline?",
    ["15 days", "15日", "十五日"],
    "False premise: SME regulation Art. 16 gives agencies, public institutions and large enterprises 30 days from the "
    "SME's confirmation request (30日内确认债权债务关系), not 15; the regulation also sets no specific penalty for late "
    "confirmation.",
    lang="en", present=["30日内确认债权债务关系"],
    related=[E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")])

unans("false_premise",
    "我爸是县里的退休干部，有人举报他在任时收过钱。听说政务处分法规定退休了照样要给政务处分，还会直接取消退休金。那他现在会被"
    "给个什么处分？退休金从什么时候停发？",
    ["取消退休金", "退休金", "停发"],
    "前提错误：政务处分法第二十七条规定已经退休的公职人员有违法行为的，不再给予政务处分，但可以立案调查；依法应当予以降级、"
    "撤职、开除的，按照规定相应调整其享受的待遇，并处理违法所得。法律没有“取消退休金”的规定。",
    lang="zh", present=["不再给予政务处分", "相应调整其享受的待遇"],
    related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查"),
             E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇")])

unans("false_premise",
    "The NDRC's 2023 notice gives provincial credit departments 15 working days to finish verifying a "
    "breach-of-contract complaint. Ours against a county government has been sitting for a month. Which department "
    "do we escalate to for missing that deadline?",
    ["working days", "15 working days"],
    "False premise: the notice sets no verification deadline. Under II.(2) the provincial credit leading department "
    "does not verify complaints itself; it immediately transfers them to the superior or competent departments of the "
    "complained entity, which verify and identify.",
    lang="en", present=["immediately transfer"],
    related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract"),
             E(NDRC, "II.(2)", "superior or competent departments of the complained entities for verification")])

unans("false_premise",
    "我们央企按《中央企业合规管理办法》的要求，由纪委书记兼任首席合规官。请问他签过字的重大决策合规审查意见，需要在多少日内"
    "报国资委备案？",
    ["纪委书记", "报国资委备案"],
    "前提错误：办法第十二条规定首席合规官由总法律顾问兼任、对企业主要负责人负责，不是纪委书记；第二十一条只要求重大决策事项的"
    "合规审查意见由首席合规官签字，没有报国资委备案的要求（第二十二条要求报告的是重大合规风险事件）。",
    lang="zh", present=["总法律顾问兼任", "首席合规官签字"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任"),
             E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")])

unans("false_premise",
    "I heard Guangzhou's discipline commission put out a third batch of its government-business Guidelines this year, "
    "with rules on companies sponsoring officials' events. What does the third batch say about sponsorships?",
    ["third batch", "sponsor", "sponsorship"],
    "False premise: the GZ report speaks of only two batches of the Guidelines (¶7, ¶9, ¶10: 33 scenarios in the two "
    "batches), and says nothing about sponsorship.",
    lang="en", present=["two batches"],
    related=[E(GZ, "¶7", "has issued two batches of the Guidelines"),
             E(GZ, "¶10", "the 33 scenarios covered in the two batches")])

unans("false_premise",
    "法考复习遇到一道题：《优化营商环境条例》规定，制定与市场主体生产经营活动密切相关的规章，公开征求意见的期限不少于60日。"
    "那如果市政府只给了20天，这个规章是不是当然无效？",
    ["不少于60日", "当然无效"],
    "前提错误：条例第六十二条规定向社会公开征求意见的期限一般不少于30日，不是60日；条例也没有规定期限不足即当然无效。",
    lang="zh", present=["一般不少于30日"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "How should I structure a commission plan for key account managers: a flat rate, or tiered by quota attainment?",
    ["commission plan", "quota"],
    "Sales compensation design; unrelated to the documents.",
    lang="en")

unans("out_of_domain",
    "我妈是县城退休教师，要去深圳帮我带孩子，她的城乡居民医保怎么办异地就医备案？",
    ["医保", "异地就医"],
    "医疗保险异地就医，与七份文件无关。",
    lang="zh")

unans("out_of_domain",
    "For my property law exam: what are the elements a claimant must prove for adverse possession?",
    ["adverse possession"],
    "A common-law property doctrine; none of the documents deals with it.",
    lang="en")

unans("out_of_domain",
    "做央企内审，用数据透视表按月份汇总记账凭证金额，日期字段怎么按月分组？",
    ["数据透视表", "透视表"],
    "电子表格操作技巧，与文件主题无关。",
    lang="zh")

unans("out_of_domain",
    "Our 20-person B2B sales team keeps forgetting to log calls. Which CRM suits us better, Salesforce or HubSpot?",
    ["CRM", "Salesforce", "HubSpot"],
    "Choice of sales software; unrelated to the documents.",
    lang="en")

# =========================================================================== unanswerable: superseded

unans("superseded",
    "《优化营商环境条例》2019年公开征求意见时的那个征求意见稿里，政务服务一章和最后公布的正式文本比有哪些不同？",
    ["征求意见稿"],
    "语料只有2019年10月以国务院令第722号公布的正式文本，没有征求意见稿，也没有对照。",
    lang="zh", present=["国务院令第722号"])

unans("superseded",
    "Before China's 2018 Supervision Law, the old Administrative Supervision Law (行政监察法) governed discipline of "
    "civil servants. Under that 1997 law, what sanctions could supervision organs decide or recommend?",
    ["行政监察法", "Administrative Supervision Law", "1997"],
    "The corpus has only the 2020 Public Official Sanctions Law, which refers to the current 监察法; the repealed "
    "Administrative Supervision Law is not in it.",
    lang="en", present=["监察法"])

unans("superseded",
    "国务院2016年发的《关于加强政务诚信建设的指导意见》里，政府失信的责任追究是怎么规定的？跟发改委2023年的1103号通知比有什么"
    "变化？",
    ["2016", "政务诚信建设的指导意见"],
    "语料只有发改委2023年通知（发改财金〔2023〕1103号）的英文本，没有2016年国务院指导意见，无从比较。",
    lang="zh", present=["government integrity"])

unans("superseded",
    "The GBA integrity association released Guidelines for Enterprise Integrity and Compliance Construction (2023 "
    "Edition). What did that edition require companies to keep in a gift register, and what changed in the later "
    "edition?",
    ["gift register", "2024 Edition", "2025 Edition"],
    "The GZ report only mentions, in its milestones (¶50), that the 2023 Edition was released in March 2024; neither "
    "that edition's text nor any later edition is in the corpus.",
    lang="en", present=["2023 Edition"])
