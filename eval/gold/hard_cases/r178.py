"""Hard-case gold items, hundred-and-seventy-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a county government's outside legal adviser (政府法律顾问) drafting formal legal opinions
(法律意见书) on whether the county may renegotiate or terminate investment agreements after a
leadership change, pay arrears to SMEs late, or sanction officials. Writes precise legal Chinese,
cites articles by number (now and then the wrong number or the wrong document), asks about
procedure, litigation, state compensation and other laws the documents may not contain; mostly
Chinese, with a few English questions written for a foreign investor's counsel.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "县里换届后，新班子想调整前任签的招商引资协议中的用地和奖补条款。如确系出于社会公共利益需要改约，"
    "《民营经济促进法》第七十条对程序和后果有何要求？",
    "须依照法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿；且不得以政府换届等为由违约、毁约"
    "（《民营经济促进法》第七十条）。",
    ["依照法定权限和程序进行", "予以补偿"],
    [E(PE, "第七十条", "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行")],
    lang="zh")

add("single",
    "县住建局拖欠一家小型施工企业工程款已逾期近一年，合同未约定逾期利息。出具意见时逾期利息按何标准计算？",
    "合同未约定的，按照每日利率万分之五支付逾期利息（《保障中小企业款项支付条例》第十七条）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "拟对原招商局局长给予记大过处分，处分期多长？自哪一天起算？",
    "记大过的处分期为十八个月；政务处分期自政务处分决定生效之日起计算（《公职人员政务处分法》第八条）。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "原分管招商的副县长去年已退休，在任期间对企业作出无法兑现的违规承诺。现在还能对其给予政务处分吗？",
    "已退休的公职人员退休前有违法行为的，不再给予政务处分，但可以立案调查；依法应予降级、撤职、开除的，"
    "按规定相应调整其享受的待遇（《公职人员政务处分法》第二十七条）。",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")],
    lang="zh")

add("single",
    "县政府拟出台一份涉企行政规范性文件，清理前任出台的招商优惠政策，向社会公开征求意见的期限最短多少天？",
    "除依法需要保密外，应通过报纸、网络等向社会公开征求意见，期限一般不少于30日（《优化营商环境条例》第六十二条）。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "县属国有企业能否直接适用国资委《中央企业合规管理办法》？地方国资监管机构在其中是什么角色？",
    "该办法针对中央企业；地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作（第四十条）。",
    ["参照本办法", "指导所出资企业加强合规管理工作"],
    [E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")],
    lang="zh")

add("single",
    "We act for a foreign-invested JV in the county. The new county leadership says the previous "
    "administration's commitments fell away with the change of officials. Does the NDRC's 2023 government "
    "integrity notice treat non-performance because of personnel changes as dishonesty?",
    "Yes. Section II.(2) of the NDRC notice: failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "personnel changes, and other reasons shall all be regarded as breach of contract")],
    lang="en")

add("single",
    "Opposing counsel keeps citing Guangzhou's government-business interaction Guidelines. What do they "
    "reportedly say where an investment agreement can't be performed because of a policy change?",
    "According to a speaker at the lecture (¶18), the second batch of the Guidelines provides that if an "
    "agreement cannot be fulfilled due to policy changes, procedures can be rectified or a transition period "
    "can be set; an enterprise missing targets for objective reasons can negotiate adjustments and a grace period.",
    ["procedures can be rectified", "transition period"],
    [E(GZ, "¶18", "cannot be fulfilled due to policy changes, procedures can be rectified")],
    lang="en")

# ---- multi

add("multi",
    "新任局长以“主要负责人已变更、需重新履行内部付款流程”为由，暂缓支付一家民营中小企业的工程款。"
    "此举在《保障中小企业款项支付条例》和《民营经济促进法》下是否均被明确禁止？",
    "是。条例第十四条禁止机关、事业单位以法定代表人或者主要负责人变更、履行内部付款流程为由拒绝或迟延支付；"
    "民营经济促进法第六十七条同样禁止以人员变更、履行内部付款流程等为由拒绝或拖延支付民营经济组织账款。",
    ["法定代表人或者主要负责人变更", "人员变更"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复")],
    lang="zh")

add("multi",
    "县政府不履行依法订立的招商合同，造成不良影响。民营经济促进法说对负有责任的领导人员“依法给予处分”，"
    "除此之外政府还要承担什么？处分具体可能有哪几种？",
    "民营经济促进法第七十三条：由有权机关予以纠正，造成损失的依法予以赔偿，造成不良后果或者影响的对负有责任的"
    "领导人员和直接责任人员依法给予处分；政务处分法第七条规定的种类为警告、记过、记大过、降级、撤职、开除。",
    ["依法予以赔偿", "警告", "撤职", "开除"],
    [E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的"),
     E(PS, "第七条", "第七条 政务处分的种类为：")],
    lang="zh")

add("multi",
    "县级中小企业主管部门对拖欠中小企业款项的县直机关可以采取哪些措施？若被依法认定为失信，"
    "对该机关本身会有哪些限制？",
    "可以进行函询约谈，情节严重的予以督办通报，必要时会同上级机关、行业主管部门、监管部门联合进行（条例第二十三条）；"
    "被认定失信的记入信用记录，情节严重的向社会公示，并对机关在公务消费、办公用房、经费安排等方面采取必要的限制措施（第二十六条）。",
    ["函询约谈", "督办通报", "公务消费、办公用房、经费安排"],
    [E(SME, "第二十三条", "可以进行函询约谈，对情节严重的，予以督办通报"),
     E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "How does China's Private Economy Promotion Law define a \"private economic organization\", and what "
    "applies if such an organization has foreign investment in it?",
    "Article 77: entities established in China that are controlled (by shareholding or actual control) by "
    "Chinese citizens, plus entities they in turn control; where foreign investment is involved, the "
    "foreign-investment laws and regulations apply as well.",
    ["中国公民控股或者实际控制", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

add("cross_lingual",
    "Our client is a foreign-invested manufacturer. Under the 2019 Regulations on Optimizing the Business "
    "Environment, can the county walk away from its investment contract because the government was "
    "reshuffled, and if it changes the contract for public-interest reasons, is our client compensated?",
    "No. Article 31: local governments must honour lawful policy commitments and contracts and may not breach "
    "them on grounds such as a change of government term or of responsible officials; changes needed for "
    "national or public interest must follow statutory authority and procedure, and losses must be compensated.",
    ["政府换届", "予以补偿"],
    [E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="en")

add("cross_lingual",
    "我县如因换届后不兑现招商承诺被认定政府失信，按发改委2023年那份政府诚信履约通知，"
    "在中央预算内资金、地方政府专项债券方面会受到什么限制？",
    "通知第（4）项：对有失信记录的相关主体，发改委将限制中央预算内资金支持、限制申报地方政府专项债券，"
    "并按规定限制推荐各类融资项目。",
    ["central budget funds", "local government special bonds"],
    [E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "当事人问我：“我已经找上面要求重新审一遍了，结果出来之前，原来给我的那个处理是不是先不作数？”这个怎么回答？",
    "不是。复审、复核期间，不停止原政务处分决定的执行；但不因提出复审、复核而被加重政务处分"
    "（《公职人员政务处分法》第五十六条）。",
    ["不停止原政务处分决定的执行"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行")],
    lang="zh")

add("paraphrase",
    "施工队老板抱怨押一大笔现钱太压资金，想请银行出个书面担保来顶替。县里有关单位能不能坚持只要现钱？",
    "不能。机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受"
    "（《保障中小企业款项支付条例》第十三条）。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "条例第九条规定，机关事业单位与中小企业合同另有约定的，付款期限最长不得超过90日。我县某采购合同约定验收合格后80日付款，据此应属合规吧？",
      ["付款期限最长不得超过90日", "80日"],
      "《保障中小企业款项支付条例》第九条：机关、事业单位应自交付之日起30日内支付；合同另有约定的，付款期限最长不得"
      "超过60日（不是90日），故80日的约定不能据此认定合规。",
      lang="zh", present=["最长不得超过60日"],
      related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "为什么政务处分法把记过的处分期定为六个月，跟警告一样长？这两种处分在期间上还有什么区分意义？",
      ["记过，六个月"],
      "《公职人员政务处分法》第八条：警告六个月，记过十二个月，记大过十八个月，降级、撤职二十四个月。"
      "记过的处分期并非六个月，问题的前提不成立。",
      lang="zh", present=["记过，十二个月"],
      related=[E(PS, "第八条", "（二）记过，十二个月；")])

unans("false_premise",
      "县财政局的内部通知写着：“根据《优化营商环境条例》第十八条，各单位须于每年6月30日前公开上一年度逾期未付中小企业款项信息。”"
      "现在才4月，是不是还来得及？",
      ["6月30日"],
      "该公开义务出自《保障中小企业款项支付条例》第十八条（不是优化营商环境条例），期限为每年3月31日前，"
      "不是6月30日前；4月时已经逾期。",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
      "央企合规办法要求首席合规官由企业主要负责人兼任，那县属国企参照执行时，是不是也得由董事长兼任首席合规官？",
      ["由企业主要负责人兼任", "由董事长兼任"],
      "《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；"
      "并非由主要负责人兼任。文件也未规定县属国企首席合规官的人选。",
      lang="zh", present=["由总法律顾问兼任"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "The NDRC notice gives provincial credit leading departments up to 30 days to pass a breach-of-contract "
      "complaint on to the competent department, so would it be premature for our client to chase the county "
      "after two weeks?",
      ["30 days"],
      "NDRC notice II.(2): provincial-level credit leading departments should immediately transfer complaint "
      "clues to the superior or competent departments for verification; no 30-day window is given.",
      lang="en", present=["immediately transfer"],
      related=[E(NDRC, "II.(2)", "should immediately transfer received and collected breach of contract")])

unans("false_premise",
      "广州市纪委出台的政商交往指引，三批共50个场景，里面有没有专门讲招商协议因政策调整无法履行该怎么处理的？",
      ["three batches", "50 scenarios"],
      "GZ报道¶10：指引共两批（two batches），覆盖33个场景，并非三批50个；第二批的相关内容见¶18。",
      lang="zh", present=["33 scenarios", "two batches"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
      "依政务处分法第五十四条，受降级以上政务处分的，人事部门可在决定作出后三个月内办理职务、工资变更手续。"
      "本案人事部门两个月才办妥，应当没有程序问题吧？",
      ["三个月内"],
      "《公职人员政务处分法》第五十四条：降级以上的，人事部门应在作出政务处分决定后一个月内办理变更手续，"
      "特殊情况经批准可适当延长，但最长不得超过六个月；并非“三个月内”。",
      lang="zh", present=["一个月内"],
      related=[E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续")])

# ---- not_covered

unans("not_covered",
      "县政府单方解除投资协议被确认违法后，企业依《国家赔偿法》请求赔偿的时效是几年？可得利益损失能否纳入赔偿范围？",
      ["国家赔偿法", "请求时效", "可得利益"],
      "民营经济促进法第七十二条、第七十三条只规定造成损失的“依法予以赔偿”，七份文件均未规定国家赔偿的请求时效、"
      "赔偿范围或可得利益。",
      lang="zh", present=["依法予以赔偿"])

unans("not_covered",
      "企业起诉县政府要求继续履行招商引资协议，这类案件属于行政协议纠纷还是民事纠纷？一审由哪一级法院管辖？",
      ["行政协议", "中级人民法院"],
      "文件只提到可以依法申请行政复议、提起诉讼（民营经济促进法第六十五条）和多元化纠纷解决机制，"
      "未涉及案件性质的识别或法院级别管辖。",
      lang="zh", present=["提起诉讼"])

unans("not_covered",
      "Do you have figures on how many arrears complaints the national SME arrears complaint platform took in "
      "last year, and what share were against county-level governments?",
      ["万件", "2024年"],
      "The SME payment regulation (Art. 24) only provides for a national unified complaint platform; none of "
      "the documents gives complaint statistics.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "县政府常务会议决定解除与某民企的投资协议之前，是否必须组织听证？听证通知应当提前几日送达企业？",
      ["听证会", "提前七日"],
      "民营经济促进法第七十条、优化营商环境条例第三十一条只要求改变合同约定“依照法定权限和程序进行”并予以补偿，"
      "未规定听证程序或通知期限。",
      lang="zh", present=["依照法定权限和程序"])

unans("not_covered",
      "对政务处分决定不服的，当事人应当在收到决定书之日起多少日内向作出决定的监察机关申请复审？逾期还能申请吗？",
      ["复审期限", "收到政务处分决定书之日起"],
      "政务处分法第四十五条只要求决定书载明“申请复审、复核的途径和期限”，第五十五条规定可申请复审、复核，"
      "但未规定具体申请期限及逾期后果。",
      lang="zh", present=["申请复审、复核的途径和期限"])

unans("not_covered",
      "For the foreign investor's memo: what is the limitation period for suing a county government over a "
      "breached investment agreement, and does Article 25 of the Foreign Investment Law say how compensation "
      "is calculated?",
      ["Foreign Investment Law", "Article 25", "诉讼时效"],
      "The Private Economy Promotion Law (Art. 77) only says foreign-investment laws also apply where foreign "
      "investment is involved; the corpus does not contain the Foreign Investment Law, limitation periods or "
      "compensation formulas.",
      lang="en", present=["外商投资法律法规"])

# ---- out_of_domain

unans("out_of_domain",
      "政府法律顾问服务合同的律师费，县财政一般按计时收费还是按年度固定费用支付比较规范？",
      ["律师费", "计时收费"],
      "律师收费方式与七份文件无关。",
      lang="zh")

unans("out_of_domain",
      "Quick one for the JV: what's the withholding tax rate on dividends a PRC subsidiary pays to its "
      "Hong Kong parent under the double tax arrangement?",
      ["withholding tax", "dividends"],
      "Tax treaty rates are not covered by any of the seven documents.",
      lang="en")

unans("out_of_domain",
      "农村土地承包经营权流转合同，流转期限最长可以约定多少年？超过承包期剩余期限的部分是否有效？",
      ["土地承包经营权", "流转"],
      "农村土地承包流转与七份文件无关。",
      lang="zh")

# ---- superseded

unans("superseded",
      "2020年国务院令第728号公布的原版《保障中小企业款项支付条例》，对机关事业单位付款期限是怎么规定的？2025年修订前后有何变化？",
      ["修订前", "原条例"],
      "语料只收录2025年3月17日国务院令第802号修订后的文本（序言提到2020年第728号公布），不含2020年原版条文，"
      "无法比较修订前后的变化。",
      lang="zh", present=["国务院令第728号"])

unans("superseded",
      "2007年《行政机关公务员处分条例》对记过处分期是怎么规定的？该条例现在还能作为处分县政府公务员的依据吗？",
      ["行政机关公务员处分条例", "2007年"],
      "语料只有2020年《公职人员政务处分法》（记过十二个月，第八条），不含2007年的处分条例，也未说明其效力。",
      lang="zh", present=["记过，十二个月"])

unans("superseded",
      "国资委2018年印发的《中央企业合规管理指引（试行）》里，合规委员会的职责是怎么规定的？",
      ["合规管理指引", "2018年"],
      "语料只有2022年《中央企业合规管理办法》（国资委令第42号，第十一条规定设立合规委员会），不含2018年的指引（试行）。",
      lang="zh", present=["合规委员会"])

unans("superseded",
      "Opposing counsel quotes the October 2024 draft of the Private Economy Promotion Law (the first-reading "
      "version). What did that draft say about local governments breaching contracts after a change of "
      "leadership, and was the wording changed in the final text?",
      ["草案", "first reading", "October 2024"],
      "The corpus holds only the law as adopted on 30 April 2025 (Art. 70 on 政府换届); no draft text is "
      "included, so no comparison is possible.",
      lang="en", present=["政府换届"])
