"""Hard-case gold items, thirty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: the HR and compliance officer of a foreign-invested electronics manufacturer in Guangzhou (English,
careful, long questions, some quoting articles by number), and a township official newly in charge of business
liaison (Chinese, terse, colloquial, the odd typo).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "镇里一名干部受了降级处分，人事这边工资、待遇的变更手续得多久内办完？能往后拖吗？",
    "《公职人员政务处分法》第五十四条：政务处分决定书存入本人档案；受到降级以上政务处分的，由人事部门按照管理权限"
    "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续；特殊情况下经批准可以适当延长，但最长"
    "不得超过六个月。",
    ["在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续", "最长不得超过六个月"],
    [E(PS, "第五十四条", "对于受到降级以上政务处分的，应当由人事部门按照管理权限在作出政务处分决定后一个月内办理"),
     E(PS, "第五十四条", "特殊情况下，经批准可以适当延长办理期限，但是最长不得超过六个月")],
    lang="zh")

add("single",
    "I am the HR and compliance officer of a foreign-invested electronics manufacturer in Guangzhou. One of our "
    "private-sector suppliers, a small domestic company, had a dispute with a district bureau that stopped paying "
    "the subsidies promised in an industrial support agreement; the bureau was eventually recorded for breach of "
    "contract and dishonesty. We now hear the bureau has paid everything it owed. Under the NDRC 2023 notice, what "
    "has to happen before that dishonesty record is restored and the punishment measures are lifted, and which "
    "departments are supposed to coordinate the restoration work?",
    "Item III.(6): credit leading departments at all levels coordinate and guide credit restoration for dishonest "
    "entities within their jurisdiction. Once the identifying department confirms that the dishonest behaviour has "
    "been corrected and performance completed, the dishonesty records should be promptly restored and the "
    "dishonesty punishment measures terminated.",
    ["Once the identifying department confirms that the dishonest behavior has been corrected and performance "
     "completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "coordinate and guide credit restoration work for dishonest entities")],
    lang="en")

add("single",
    "乡政府欠小企业的工程款过期没付，这个要不要对外公开？截止啥时候？",
    "要公开。《保障中小企业款项支付条例》第十八条：机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付"
    "中小企业款项的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。",
    ["每年3月31日前", "逾期尚未支付中小企业款项的合同数量、金额等信息"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "Our HR and data-protection teams would like to work with the GBA Integrity and Compliance Association rather "
    "than only attend its lectures. According to the report on the 12th Lecture Hall, which specialised committees "
    "does the association rely on? I am particularly interested in whether there is one for human resources and "
    "one for data.",
    "Yes. Per ¶33, the association relies on specialised committees such as the Compliance Think Tank, Legal "
    "Services, Finance and Taxation, Human Resources, Data Compliance, Internal Audit and Supervision, and Overseas "
    "Compliance.",
    ["Compliance Think Tank, Legal Services, Finance and Taxation, Human Resources, Data Compliance"],
    [E(GZ, "¶33", "specialized committees such as the Compliance Think Tank, Legal Services"),
     E(GZ, "¶33", "Human Resources, Data Compliance, Internal Audit and Supervision")],
    lang="en")

add("single",
    "镇里要出个跟企业经营有关的规范性文件，征求意见得挂出来多少天？",
    "《优化营商环境条例》第六十二条：制定与市场主体生产经营活动密切相关的行政规范性文件，除依法需要保密外，应当"
    "通过报纸、网络等向社会公开征求意见，并建立意见采纳情况反馈机制；向社会公开征求意见的期限一般不少于30日。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日"),
     E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见，并建立健全意见采纳情况反馈机制")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "前任书记跟一家民营企业签了招商协议，新书记来了不想认。能拿换届当理由不履行吗？真要改，得怎么办？",
    "不能。《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行依法作出的政策承诺和订立的合同，不得以"
    "行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；因国家利益、社会公共利益需要改变的，"
    "应当依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿。《优化营商环境条例》第三十一条作了同样"
    "规定（依法予以补偿），第六十九条第（七）项规定不履行政策承诺和合同的依法依规追究责任。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "并依法对市场主体因此受到的损失予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(BE, "第三十一条", "并依法对市场主体因此受到的损失予以补偿"),
     E(BE, "第六十九条", "(七)不履行向市场主体依法作出的政策承诺以及依法订立的各类合同")],
    lang="zh")

add("multi",
    "We are a foreign-invested electronics manufacturer that moved into a Guangzhou district under an "
    "investment-promotion agreement. Because of a slump in export orders we will miss the output target written "
    "into that agreement, and in the same meeting the district told our general manager that one of the support "
    "measures it promised can no longer be honoured because the official who negotiated it has been transferred. "
    "First, how does the lecture-hall report on the second batch of the Guangzhou Guidelines describe the treatment "
    "of an enterprise that misses its targets for objective reasons? Second, under the NDRC 2023 notice, does a "
    "government's failure to perform because of personnel changes count as breach of contract and dishonesty?",
    "GZ ¶18: if an enterprise fails to complete its targets due to objective reasons, it can negotiate adjustments "
    "and enjoy a grace period; if an agreement cannot be fulfilled due to policy changes, procedures can be "
    "rectified or a transition period set. NDRC II.(2): failure to perform due to institutional adjustments, "
    "personnel changes and other reasons shall all be regarded as breach of contract and dishonesty (the notice's "
    "complaint scope is agreements signed with private enterprises, II.(1)).",
    ["it can negotiate adjustments and enjoy a grace period",
     "Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
     "regarded as breach of contract and dishonesty"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("multi",
    "镇里一个科员收了辖区企业老板送的两千块购物卡。要是给个记过，影响多长时间？这期间能提拔、涨工资档次不？",
    "《公职人员政务处分法》第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者"
    "记大过；情节较重的降级或者撤职；情节严重的开除。第八条：记过的处分期为十二个月，自处分决定生效之日起计算。"
    "第十九条：公务员在政务处分期内不得晋升职务、职级、衔级和级别；被记过的，不得晋升工资档次。",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的", "记过，十二个月", "不得晋升工资档次"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "其中，被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("multi",
    "镇上要修条村道，钱不够，想让辖区每家企业都摊点，行不行？",
    "不行。《民营经济促进法》第六十一条：任何单位不得违反法律、法规向民营经济组织收取费用，不得实施没有法律、法规"
    "依据的罚款，不得向民营经济组织摊派财物。《优化营商环境条例》第十四条：禁止在法律、法规规定之外要求市场主体"
    "提供财力、物力或者人力的摊派行为，市场主体有权拒绝任何形式的摊派；第六十九条第（四）项对此依法依规追究责任。",
    ["不得向民营经济组织摊派财物", "市场主体有权拒绝任何形式的摊派"],
    [E(PE, "第六十一条", "任何单位不得违反法律、法规向民营经济组织收取费用"),
     E(PE, "第六十一条", "不得向民营经济组织摊派财物"),
     E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

add("multi",
    "A small private company in our supply chain signed an industrial support agreement with a county government, "
    "which has now quietly stopped paying the subsidies it promised. Before we point them to the right channel: "
    "does the breach of an industrial support agreement fall within the scope of the complaint columns described in "
    "the NDRC notice, and can the complaint go through the local 12345 hotline? And does the NDRC say it will make "
    "any such cases public?",
    "Yes. II.(1): the scope of breach of contract and dishonesty covers breach and repudiation of agreements signed "
    "by government departments with private enterprises in government procurement, bidding, investment promotion, "
    "government-social capital cooperation, industrial support, government investment and other fields; the "
    "complaint columns rely on channels including local 12345 government service hotlines. IV.(9): a batch of cases "
    "with serious dishonesty, repeated dishonesty and strong public complaints will be publicised on the \"Credit "
    "China\" website and exposed through news media.",
    ["government-social capital cooperation, industrial support, government investment",
     "local 12345 government service hotlines",
     "serious dishonesty, repeated dishonesty, and strong public complaints"],
    [E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "IV.(9)", "serious dishonesty, repeated dishonesty, and strong public complaints")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们镇上开会，一把手一个人拍板，班子其他人说啥都不听，大家举手定了的事他回头又给改了。这种情况按那个处份法算啥？"
    "咋处理？",
    "《公职人员政务处分法》第三十条第（一）项：违反民主集中制原则，个人或者少数人决定重大事项，或者拒不执行、擅自"
    "改变集体作出的重大决定的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["个人或者少数人决定重大事项", "擅自改变集体作出的重大决定",
     "予以警告、记过或者记大过；情节严重的，予以降级或者撤职"],
    [E(PS, "第三十条", "违反民主集中制原则，个人或者少数人决定重大事项，或者拒不执行、擅自改变集体作出的重大决定的"),
     E(PS, "第三十条", "予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("paraphrase",
    "At the lecture I attended, the speaker from the drafting team admitted that the worked examples can't cover "
    "every situation. When something we want to do with an official isn't covered, what was his basic litmus test "
    "for telling whether it is okay?",
    "¶10 (Wang Yuqun): the core is to distinguish between \"acting for the public good\" and \"acting for personal "
    "gain\", and the key is whether the actions can be \"put on the table\"; he added three dialectical "
    "relationships to grasp (reform spirit with strict standards, effective market with capable government, "
    "proactiveness with moderation and cleanliness with effectiveness).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "镇里给企业办审批，要找外面的公司出个技术方面的报告，这钱能让来办事的企业掏吗？",
    "不能。《优化营商环境条例》第四十三条第三款：行政机关在行政审批过程中需要委托中介服务机构开展技术性服务的，应当"
    "通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担。",
    ["应当通过竞争性方式选择中介服务机构", "并自行承担服务费用，不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "行政机关在行政审批过程中需要委托中介服务机构开展技术性服务的"),
     E(BE, "第四十三条", "应当通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担")],
    lang="zh")

add("paraphrase",
    "If a city government keeps going back on its word to businesses, can Beijing tighten the purse strings on it - "
    "cut central money, make it harder to borrow, that sort of thing?",
    "Yes, per NDRC notice III.(4): for entities with dishonesty records the NDRC will restrict support from central "
    "budget funds, limit applications for local government special bonds and restrict recommendations for financing "
    "projects; for prefecture-level and above cities with government dishonesty records it will also cancel "
    "eligibility for awards and pilot demonstrations, increase city credit monitoring deductions and cancel "
    "demonstration-zone titles.",
    ["restrict support from central budget funds, limit applications for local government special bonds",
     "restrict recommendations for various financing projects"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

add("paraphrase",
    "有个小厂去县里一个局要账，对方撂下话：再闹，以后别想接我们的活。这种算不算事儿？",
    "算违规。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求"
    "或者投诉的中小企业及其工作人员进行恐吓、打击报复。第三十五条：有此行为的，对负有责任的领导人员和直接责任人员"
    "依法给予处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复",
     "对负有责任的领导人员和直接责任人员依法给予处分或者处罚"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "I am the HR and compliance officer at a wholly foreign-owned electronics manufacturer in Guangzhou; our parent "
    "company is incorporated in Singapore. Our Chinese counsel keep citing the 2025 Private Economy Promotion Law in "
    "their memos. How does Article 77 of that Law define a \"private economic organisation\", and what does it say "
    "about private economic organisations that involve foreign investment?",
    "Article 77: a private economic organisation is a for-profit legal person, unincorporated organisation or "
    "individual industrial and commercial household lawfully established in China and controlled (by shareholding "
    "or actual control) by Chinese citizens, plus for-profit legal persons and unincorporated organisations "
    "controlled by such organisations. Where a private economic organisation involves foreign investment, the "
    "relevant foreign-investment laws and regulations also apply.",
    ["由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户",
     "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

add("cross_lingual",
    "From an HR perspective: does China's 2019 Regulations on Optimizing the Business Environment say anything about "
    "discrimination in the labour market, for instance based on gender or on where a job applicant comes from?",
    "Yes. Article 22: the State builds a unified, open and orderly human resources market system, breaking down "
    "urban-rural, regional and industry segmentation and discrimination based on identity, gender and the like, to "
    "promote the orderly social mobility and rational allocation of human resources.",
    ["打破城乡、地区、行业分割和身份、性别等歧视"],
    [E(BE, "第二十二条", "打破城乡、地区、行业分割和身份、性别等歧视"),
     E(BE, "第二十二条", "国家建立健全统一开放、竞争有序的人力资源市场体系")],
    lang="en")

add("cross_lingual",
    "Our Guangzhou joint venture's majority shareholder is a subsidiary of a central state-owned enterprise, and its "
    "group has asked us to align our onboarding with the SASAC Measures for the Compliance Management of Central "
    "Enterprises. For which categories of staff do the Measures make compliance a compulsory training subject, and "
    "what kind of training plan is expected?",
    "Article 30: central SOEs must establish a regular compliance training mechanism, draw up an annual training "
    "plan, and make compliance management a compulsory part of training for management personnel, staff in key "
    "positions and new hires.",
    ["建立常态化合规培训机制", "制定年度培训计划", "管理人员、重点岗位人员和新入职人员培训必修内容"],
    [E(SOE, "第三十条", "中央企业应当建立常态化合规培训机制，制定年度培训计划"),
     E(SOE, "第三十条", "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")],
    lang="en")

add("cross_lingual",
    "发改委2023年那个政务诚信的通知里讲，政府失信记录会不会算进政府部门的绩效考核？",
    "会。NDRC通知第III.(3)项：各级信用牵头部门应推动将失信记录纳入相关政府部门绩效考核指标；发改委还将把政府失信"
    "记录适当纳入营商环境评价和高质量发展综合绩效评价。",
    ["promote the inclusion of dishonesty records into performance evaluation indicators of relevant government "
     "departments", "business environment evaluations"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")],
    lang="zh")

add("cross_lingual",
    "广州市纪委出的那两批政商交往指引，一共覆盖多少个场景？用的啥体例？",
    "据GZ报道：两批《指引》共覆盖33个场景（¶10），两批都采用“场景+清单+案例”（scenario + list + case）的体例，"
    "在正负面清单基础上引入具体行为场景和典型案例（¶8）。",
    ["the 33 scenarios covered in the two batches of the Guidelines", "scenario + list + case"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶8", "scenario + list + case’ format adopted by both batches of the Guidelines")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "Our Guangzhou plant is a joint venture whose majority shareholder belongs to a central SOE group, so we are "
    "aligning our onboarding calendar with the SASAC Compliance Measures. I understand Article 30 makes compliance "
    "a compulsory subject for new hires. How many hours of compliance training must a new hire complete, and within "
    "how many days of joining must it be finished?",
    ["hours", "学时", "课时"],
    "Article 30 of the SOE Measures requires a regular training mechanism, an annual training plan and compliance as "
    "a compulsory subject for managers, key-position staff and new hires, but sets no number of hours and no "
    "deadline after joining; no other document does either.",
    lang="en", present=["新入职人员", "年度培训计划"])

unans("not_covered",
    "乡镇这一级管营商环境，要配几个专职人员？条例有没有个数？",
    ["营商环境专员", "专职人员"],
    "《优化营商环境条例》第七条只规定县级以上地方人民政府可以明确优化营商环境工作的主管部门，没有规定乡镇的人员"
    "配备或人数；其他文件也没有。",
    lang="zh", present=["主管部门", "优化营商环境工作"])

unans("not_covered",
    "We are weighing whether to join the GBA Integrity and Compliance Association. The lecture-hall report says its "
    "members span 29 industry sectors and include overseas-invested enterprises like ours, but how many member "
    "companies does it actually have, and how many of them are foreign-invested?",
    ["membership", "member companies"],
    "The GZ report (¶34) describes the kinds of members and the 29 sectors they cover but gives no count of members, "
    "foreign-invested or otherwise.",
    lang="en", present=["29 industry sectors", "overseas-invested enterprises"])

unans("not_covered",
    "有企业对自己算不算中小企业有争议，跑来县里申请认定，我们得在多少个工作日内给结论？",
    ["认定期限", "日内作出认定"],
    "《保障中小企业款项支付条例》第二十九条只规定可以向县级以上地方人民政府负责中小企业促进工作综合管理的部门申请"
    "认定、相关部门应当提供协助，没有规定认定的办理时限。",
    lang="zh", present=["申请认定", "企业规模类型测试平台"])

unans("not_covered",
    "Under the NDRC 2023 notice on government integrity, once the provincial credit leading department has "
    "transferred a breach-of-contract complaint to the superior or competent department of the government body "
    "concerned, within how many working days must that department complete its verification and identification?",
    ["working days", "calendar days"],
    "The NDRC notice (II.(2)) says complaint clues are transferred immediately and the identifying department gives "
    "feedback promptly, but it sets no number of days for verification. The 10-working-day transfer and 30/90-day "
    "handling limits in Article 25 of the SME payment Regulations apply to the SME arrears complaint procedure, not "
    "to the notice.",
    lang="en", present=["immediately transfer", "30日内形成处理结果"])

unans("not_covered",
    "监委立案调查我们镇一个干部，调查最长能搞多久？有没有期限？",
    ["调查期限", "办案期限"],
    "《公职人员政务处分法》规定了调查人数（第四十二条）、告知和申辩（第四十三条）、调查终结后的处理（第四十四条）、"
    "立案调查期间不得出境等（第五十二条），但没有规定调查的最长期限；其他文件也没有。",
    lang="zh", present=["立案调查", "调查终结后"])

unans("not_covered",
    "Frankly, our board wants a number. We are a medium-sized manufacturer and a district public hospital is four "
    "months late paying for equipment we delivered. If we file a complaint through the national SME arrears "
    "complaint platform, how likely is it that we are actually paid within the next three months, and what is the "
    "typical success rate of such complaints?",
    ["success rate", "likelihood", "probability"],
    "A prediction: the SME payment Regulations set the complaint procedure and time limits (Art. 24-25) and the "
    "payment and interest rules (Art. 9, 17), but no document gives success rates or the likelihood of being paid.",
    lang="en", present=["投诉平台", "30日内形成处理结果"])

unans("not_covered",
    "企业来镇里反映被拖欠款项，我们往上报要填个啥表？有没有统一格式？",
    ["登记表", "统一格式"],
    "条例第二十四条、第二十五条规定了受理投诉部门、国家统一的拖欠中小企业款项投诉平台和处理期限，但没有规定乡镇"
    "上报用的表格或格式；其他文件也没有。",
    lang="zh", present=["投诉平台", "受理投诉部门"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "政务处分法为啥允许监察机关对村干部直接降级、撤职？依据是哪一条？",
    ["村干部"],
    "前提错误：第二十二条规定基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过，"
    "并由县级或者乡镇人民政府减发或者扣发补贴、奖金，并没有降级、撤职。",
    lang="zh", present=["基层群众性自治组织"],
    related=[E(PS, "第二十二条", "基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过"),
             E(PS, "第二十二条", "应当由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金")])

unans("false_premise",
    "We are a large foreign-invested electronics manufacturer and buy many components from small local suppliers. "
    "Since Article 9 of the SME Payment Regulations allows a large enterprise to make payment to an SME conditional "
    "on first being paid by its own customer, provided this is written into the contract, how should our procurement "
    "team word such a back-to-back clause so that it is enforceable?",
    ["back-to-back", "pay-when-paid"],
    "False premise: Article 9(2) says the opposite - a large enterprise may not agree to make receipt of a third "
    "party's payment a condition for paying the SME, nor pay in proportion to the third party's payment progress "
    "(also PE Art. 68).",
    lang="en", present=["第三方付款"],
    related=[E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
             E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")])

unans("false_premise",
    "条例要求工程上的保证金一律交现金。镇里有个工程，施工的小企业想拿银行保函顶，按规定我们是不是只能拒？",
    ["一律交现金", "必须以现金"],
    "前提错误：《保障中小企业款项支付条例》第十三条规定机关、事业单位和大型企业不得将保证金限定为现金，中小企业以"
    "金融机构出具的保函等提供保证的，应当接受；拒收保函按第三十一条第（五）项责令改正。",
    lang="zh", present=["保函"],
    related=[E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
             E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")])

unans("false_premise",
    "Our JV's majority shareholder belongs to a central SOE group. As I understand it, the SASAC Compliance Measures "
    "require every central SOE to hire an external, independent Chief Compliance Officer from outside its management "
    "team. Should we expect that outside officer to sign off on our joint venture's major contracts as well?",
    ["independent", "external"],
    "False premise: Article 12 says central SOEs set up a chief compliance officer without adding a leadership post, "
    "held concurrently by the general counsel and answerable to the enterprise's principal leader; nothing about an "
    "external or independent officer.",
    lang="en", present=["首席合规官", "总法律顾问"],
    related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责")])

unans("false_premise",
    "Article 68 of the 2025 Private Economy Promotion Law, as our Chinese counsel summarised it to us, says that a "
    "large enterprise which owes a small private supplier for more than 90 days must pay double late-payment "
    "interest. We are a large manufacturer buying from many small domestic suppliers: on what base is that doubled "
    "interest calculated, and from which day does it start to run?",
    ["double", "doubled", "翻倍", "加倍"],
    "False premise: PE Article 68 only requires large enterprises to agree reasonable payment terms and pay on time, "
    "forbids making payment conditional on receiving a third party's payment, and asks courts to file, try and "
    "enforce such cases promptly; there is no doubling of interest and no 90-day trigger. Late-payment interest is "
    "set by Article 17 of the SME payment Regulations (an agreed rate not below the one-year LPR, otherwise 0.05% "
    "per day).",
    lang="en", present=["逾期利息", "第三方付款"],
    related=[E(PE, "第六十八条", "应当合理约定付款期限并及时支付账款"),
             E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "Since the Guangzhou Guidelines on government-business interactions were adopted by the Guangzhou Municipal "
    "People's Congress as local regulations, are they directly binding on private companies like ours, and what "
    "fines apply if we breach them?",
    ["People's Congress", "local regulations", "fines"],
    "False premise: the GZ report says the Guidelines (Guidelines and Q&A on Government-Business Interactions in "
    "Typical Scenarios) were issued by the Guangzhou Municipal Commission for Discipline Inspection and Supervision; "
    "nothing about a People's Congress, local regulations or fines.",
    lang="en", present=["Commission for Discipline Inspection"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
    "镇里一个同志挨了警告处分，得满一年才能提拔吧？",
    ["警告，一年", "警告，十二个月"],
    "前提错误：政务处分法第八条规定警告的处分期为六个月（记过才是十二个月），处分期自决定生效之日起计算；第十九条"
    "规定处分期内不得晋升职务、职级等。",
    lang="zh", present=["警告，六个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "What is the current monthly minimum wage in Guangzhou, and how should we calculate overtime pay for production "
    "line workers who work on a statutory public holiday?",
    ["minimum wage", "overtime"],
    "Labour-law question on wages; none of the documents covers it (PE Art. 36 only lists 劳动用工 among the laws "
    "private firms must obey).",
    lang="en", present=["劳动用工"])

unans("out_of_domain",
    "乡里想申报高标准农田建设项目，亩均补助多少？",
    ["高标准农田", "亩均"],
    "农业项目补助标准，与这些文件无关。",
    lang="zh", present=["项目申报"])

unans("out_of_domain",
    "Do we need an export control licence for dual-use items to ship our PCB assemblies with encryption modules to "
    "our sister plant in Vietnam?",
    ["export control", "dual-use", "Vietnam"],
    "Export-control licensing; not covered by any document (BE Art. 45 only speaks generally of cutting import/export "
    "approvals and customs clearance).",
    lang="en", present=["进出口"])

unans("out_of_domain",
    "村里明年换届选举，选民登记咋搞？",
    ["选民登记", "换届选举"],
    "村委会选举程序，文件不涉及（政务处分法第三十二条只提到以暴力、贿赂等手段破坏选举的处分）。",
    lang="zh", present=["破坏选举"])

unans("out_of_domain",
    "Several of our engineers are expatriates seconded from Singapore. Is the housing allowance we pay them exempt "
    "from individual income tax in China?",
    ["income tax", "housing allowance", "expatriate"],
    "Individual income tax treatment of expatriate benefits; none of the documents deals with it.",
    lang="en", present=["税务管理"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版的中小企业款项支付条例，机关付款期限原来是多少天？这次修订改了啥？",
    ["2020年版", "修订前"],
    "语料只有2025年3月修订后的条例文本（第九条：30日内，约定的最长不得超过60日）；标题虽提到2020年国务院令第728号"
    "公布，但2020年原文不在语料中，无法比较修订前后。",
    lang="zh", present=["国务院令第728号", "国务院令第802号修订"])

unans("superseded",
    "Compared with the 2018 SASAC Guidelines for the Compliance Management of Central Enterprises (for Trial "
    "Implementation), what did the 2022 Measures change about the role of the chief compliance officer?",
    ["2018", "试行"],
    "The corpus holds only the 2022 Measures (SASAC Order No. 42); no 2018 trial guidelines are in it, so no "
    "comparison is possible.",
    lang="en", present=["首席合规官", "2022年10月1日"])

unans("superseded",
    "政务处分法2024年修正以后，记大过的处分期是不是改了？现在多久？",
    ["2024年修正", "修正"],
    "语料只有2020年通过、2020年7月1日施行的《公职人员政务处分法》，没有任何修正文本；无法回答“修正后”的规定。",
    lang="zh", present=["2020年7月1日起施行"])

unans("superseded",
    "The NDRC notice says it implements the 2023 Opinions of the CPC Central Committee and the State Council on "
    "Promoting the Development and Growth of the Private Economy - the so-called 31 measures. What does that Opinions "
    "document itself say about clearing government arrears to private firms?",
    ["31 measures", "thirty-one"],
    "The NDRC notice only quotes one phrase from the Opinions; the Opinions themselves are not in the corpus.",
    lang="en", present=["Promoting the Development and Growth of the Private Economy"])
