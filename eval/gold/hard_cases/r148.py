"""Hard-case gold items, hundred-and-forty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a secretary in a township Party and government office (乡镇党政办) who writes in official-document
style (公文体): long, formal messages with numbered sub-questions ("一是……二是……"), stock phrases such as
贯彻落实, 有关要求, 现请示如下, 请予明确; asks what the township government itself must or must not do
toward enterprises, how to handle its own cadres and village officials, and what the documents require of
grassroots bodies. Mostly Chinese; a few questions in stiff, translated English prepared for a visiting
delegation.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "关于村（社区）干部受到政务处分后的待遇处理问题，现请示如下：我镇某村委会副主任近期受到监察机关政务处分，"
    "一是对其补贴、奖金应当如何处理；二是该项工作由哪一级负责落实。请予明确。",
    "政务处分法第二十二条第二款：基层群众性自治组织中从事管理的人员受到政务处分的，应当由县级或者乡镇人民政府"
    "根据具体情况减发或者扣发补贴、奖金。",
    ["县级或者乡镇人民政府", "减发或者扣发补贴、奖金"],
    [E(PS, "第二十二条", "应当由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金")],
    lang="zh")

add("single",
    "为贯彻落实保障中小企业款项支付有关要求，我镇政府拟向辖区一家小微企业采购绿化养护服务，现就付款时限请示如下："
    "一是法定付款期限自何时起算、为多少日；二是如合同另有约定，最长可约定多少日。请予明确。",
    "保障中小企业款项支付条例第九条第一款：机关、事业单位从中小企业采购货物、工程、服务，应当自交付之日起30日内"
    "支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。",
    ["交付之日起30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")],
    lang="zh")

add("single",
    "镇党政办正在起草本年度政务公开工作要点，其中涉及逾期未支付中小企业款项信息公开一项。请明确："
    "一是机关、事业单位须于每年何时前公开；二是公开哪些内容、通过何种方式公开。",
    "保障中小企业款项支付条例第十八条第一款：机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业"
    "款项的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。",
    ["3月31日前", "合同数量、金额等信息", "网站、报刊等便于公众知晓的方式公开"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")],
    lang="zh")

add("single",
    "我镇拟联合镇商会举办辖区企业经营管理培训暨“星级企业”评比活动，初步方案要求各企业必须派员参加，"
    "并按企业规模收取适当资料费。请问此种做法是否符合有关要求？请予明确。",
    "不符合。优化营商环境条例第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")],
    lang="zh")

add("single",
    "关于推进乡镇便民服务中心规范化建设，我镇已设立政务服务大厅，但目前仍有部分事项在各站所分散办理，"
    "大厅内各部门窗口亦分设。请问有关规定对政务服务事项进驻大厅及窗口设置有何要求？",
    "优化营商环境条例第三十六条第三款：地方各级人民政府已设立政务服务大厅的，本行政区域内各类政务服务事项一般"
    "应当进驻政务服务大厅统一办理；对部门分设的服务窗口，应当创造条件整合为综合窗口，提供一站式服务。",
    ["一般应当进驻政务服务大厅统一办理", "整合为综合窗口，提供一站式服务"],
    [E(BE, "第三十六条", "本行政区域内各类政务服务事项一般应当进驻政务服务大厅统一办理")],
    lang="zh")

add("single",
    "我镇正与某中央企业所属单位洽谈合作项目，对方告知项目须经其内部合规审查、并由首席合规官签字后方可决策。"
    "为做好对接工作，请问中央企业重大决策事项的合规审查有何规定？请予明确。",
    "中央企业合规管理办法第二十一条：中央企业应当将合规审查作为必经程序嵌入经营管理流程，重大决策事项的合规审查"
    "意见应当由首席合规官签字，对决策事项的合规性提出明确意见。",
    ["合规审查作为必经程序嵌入经营管理流程", "应当由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="zh")

add("single",
    "For the visiting delegation: Through which channels may private enterprises lodge complaints when a local "
    "government department breaches a contract signed with them? Kindly clarify the relevant requirements.",
    "NDRC notice II.(1): provincial credit leading departments rely on their credit websites, the State Council's "
    "\"Internet + Supervision\" platform, MIIT's complaint platform for breach of contract and arrears to SMEs, local "
    "12345 government service hotlines, business environment complaint platforms, petition departments and other "
    "channels to set up special columns for breach-of-contract and dishonesty complaints.",
    ["12345 government service hotlines", "special columns for breach of contract and dishonesty complaints"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines")],
    lang="en")

add("single",
    "Translated for the delegation: How many typical scenarios are covered in total by the two batches of the "
    "Guangzhou Guidelines on government-business interactions, and are they said to cover every situation?",
    "GZ report ¶10: the two batches of the Guidelines cover 33 scenarios, which cannot encompass all situations; "
    "in case of doubt the core is to distinguish \"acting for the public good\" from \"acting for personal gain\".",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

# ---- multi

add("multi",
    "因行政区划调整，我镇近期与邻镇撤并，原镇政府与某民营企业所签招商引资协议中尚有扶持资金未兑现。现新一届班子中"
    "有意见认为“前任所签协议与本届无关”。就此请示：一是区划调整、换届后能否以此为由不再履约；二是如不履约，"
    "在政务诚信方面将被如何认定。请予明确。",
    "不能。民营经济促进法第七十条：地方各级人民政府及其有关部门应当履行依法作出的政策承诺和订立的合同，不得以行政"
    "区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；因公共利益需要改变的，应依法定权限和程序"
    "并补偿损失。NDRC通知II.(2)：因机构调整、人员变动等原因未履约的，一律视为违约失信；经核实属实的应立即推动整改，"
    "拒不整改的由认定部门确认为违约失信。",
    ["不得以行政区划调整、政府换届", "Failure to perform due to institutional adjustments, personnel changes",
     "regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="zh")

add("multi",
    "我镇一项村道硬化工程已由一家中小施工企业完工交付。因镇主要负责人近期调整，且合同对付款条件未作约定，"
    "财政所拟待决算审计完成后再行付款。现请示：一是此种做法是否妥当；二是如确已逾期，合同又未约定利率，"
    "逾期利息如何计算。请予明确。",
    "不妥当。保障中小企业款项支付条例第十四条：机关、事业单位不得以法定代表人或者主要负责人变更，或者在合同未作约定"
    "的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项。第十七条：迟延支付的应当支付逾期利息，"
    "未约定利率的，按照每日利率万分之五支付。",
    ["主要负责人变更", "决算审计", "每日利率万分之五"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("multi",
    "为筹办镇庆暨乡村文化节，有同志提议向辖区企业按规模分派赞助任务。现请示如下：一是企业对此类要求能否拒绝；"
    "二是经办的公职人员如违规向企业收取、摊派财物，将面临何种政务处分。请予明确。",
    "优化营商环境条例第十四条第三款：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体"
    "有权拒绝任何形式的摊派。政务处分法第三十八条：违反规定向管理服务对象收取、摊派财物，情节较重的，予以警告、记过"
    "或者记大过；情节严重的，予以降级或者撤职；情节特别严重的，予以开除。",
    ["市场主体有权拒绝任何形式的摊派", "违反规定向管理服务对象收取、摊派财物", "情节特别严重的，予以开除"],
    [E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派"),
     E(PS, "第三十八条", "违反规定向管理服务对象收取、摊派财物的"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "如我镇因未履行与企业所签协议被认定为政务失信，后经整改已全部履约，请问：一是失信记录应如何处理；"
    "二是已采取的失信惩戒措施是否随之终止。请予明确。",
    "NDRC通知III.(6)：认定部门确认失信行为已纠正、履约已完成的，应及时修复相关失信记录，并终止失信惩戒措施；"
    "各级信用牵头部门统筹指导辖区内失信主体的信用修复工作。",
    ["corrected and performance completed", "relevant dishonesty records should be promptly restored",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="zh")

add("cross_lingual",
    "学习借鉴广州市政商交往指引有关经验，现请示两点：一是招商引资项目若未达预期，相关经办人员是否一律追责；"
    "二是企业因客观原因未完成约定目标的，又当如何处理。请予明确。",
    "广州讲堂报道¶18：第二批《指引》明确，只要招商引资过程尽职合规，即使项目未达预期，相关人员也不会被盲目问责；"
    "企业因客观原因未完成目标的，可以协商调整并享受宽限期；因政策变化无法履约的，可补正手续或设置过渡期。",
    ["will not be held blindly accountable", "negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "relevant personnel will not be held blindly accountable")],
    lang="zh")

add("cross_lingual",
    "For the reference of the visiting delegation: when a government drafts an administrative normative document "
    "closely related to the production and operation of enterprises, how long shall the period for soliciting "
    "public opinions generally be?",
    "优化营商环境条例第六十二条第二款：除依法需要保密外，应当通过报纸、网络等向社会公开征求意见，并建立意见采纳情况"
    "反馈机制；向社会公开征求意见的期限一般不少于30日。",
    ["一般不少于30日", "建立健全意见采纳情况反馈机制"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="en")

# ---- paraphrase

add("paraphrase",
    "镇里有段水渠修缮的活儿包给了本地一家小施工队，经办同志想让对方先押一笔钱，而且只收现钱；对方提出拿银行出具的"
    "担保凭证来顶。请问镇里能不能坚持只认现钱？",
    "不能。保障中小企业款项支付条例第十三条第二款：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融"
    "机构出具的保函等提供保证的，应当接受。",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金")],
    lang="zh")

add("paraphrase",
    "我镇原农技站老站长已经退下来两年了，近期群众反映他在岗时有些问题。请问人已经不在岗了，组织上还能不能追究？"
    "如果问题属实，他现在每月领的养老钱会不会受影响？",
    "政务处分法第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查；"
    "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇。",
    ["不再给予政务处分", "可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "镇财政所转来一份学习材料，称“机关、事业单位采购中小企业货物、工程、服务，应当自交付之日起45日内支付款项”。"
      "据此请示：一是我镇现有采购合同付款期是否统一约定为45日；二是逾期未付的如何整改。请予明确。",
      ["45日"],
      "保障中小企业款项支付条例第九条规定机关、事业单位应当自交付之日起30日内支付款项，合同另有约定的最长不得超过60日；"
      "材料所称“45日内”与条文不符，不能据此统一约定为45日。",
      lang="zh", present=["30日内支付款项"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "为何《保障中小企业款项支付条例》规定，合同未约定利率时逾期利息按每日万分之三计算？我镇如迟延支付工程款，"
      "是否即按万分之三口径测算应付利息？请予明确。",
      ["万分之三"],
      "条例第十七条规定未作约定的按照每日利率万分之五支付逾期利息（约定利率不得低于合同订立时1年期贷款市场报价利率）；"
      "文件中并无万分之三的规定，问题前提错误。",
      lang="zh", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "我镇一名公务员近日被给予留党察看政务处分，现请示：一是该政务处分期为多长；二是处分期内能否晋升职级。请予明确。",
      ["留党察看"],
      "政务处分法第七条规定政务处分的种类为警告、记过、记大过、降级、撤职、开除六种，其中没有“留党察看”（属党纪处分），"
      "第八条的政务处分期间亦不涉及该种类；问题以其为政务处分，前提错误。",
      lang="zh", present=["警告", "撤职"],
      related=[E(PS, "第七条", "第七条 政务处分的种类为：")])

unans("false_premise",
      "据学习材料，《民营经济促进法》自2025年7月1日起施行。那么，我镇在此日期之前与民营企业签订的协议是否不受该法约束？"
      "请予明确。",
      ["2025年7月1日"],
      "民营经济促进法第七十八条规定本法自2025年5月20日起施行，而非2025年7月1日；以错误施行日期为前提的追问无从回答，"
      "且文件亦未对施行前所签协议作专门规定。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行")])

unans("false_premise",
      "Since the NDRC notice cancels the eligibility for awards and pilot demonstrations of county-level cities with "
      "government dishonesty records, would a township government like ours lose such eligibility as well? "
      "Kindly clarify for the delegation.",
      ["county-level"],
      "NDRC notice III.(4) applies the cancellation of award and pilot-demonstration eligibility to prefecture-level "
      "and above cities with government dishonesty records, not county-level cities; nothing is said about townships.",
      lang="en", present=["prefecture-level"],
      related=[E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

unans("false_premise",
      "广州市纪委监委已连续三年印发三批政商交往典型场景指引。请问第三批指引重点规范了哪些场景？我镇拟参照制定本镇政商"
      "交往负面清单，请予明确。",
      ["三批", "第三批", "third batch"],
      "广州讲堂报道¶7称广州市纪委监委自去年起连续两年印发了两批《指引》（两批共33个场景），并无第三批；"
      "问题所称三批、第三批与报道不符。",
      lang="zh", present=["two batches"],
      related=[E(GZ, "¶7", "issued two batches of the Guidelines and Q&A")])

unans("false_premise",
      "有同志在镇党委会上传达：按照中央企业合规管理办法，央企首席合规官由企业纪委书记兼任，并相应新增领导职数。"
      "我镇对接辖区央企合规事项时是否应直接与其纪委书记联系？请予明确。",
      ["纪委书记"],
      "中央企业合规管理办法第十二条规定首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；"
      "所称由纪委书记兼任、新增职数均与条文相反。",
      lang="zh", present=["总法律顾问兼任"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

# ---- not_covered

unans("not_covered",
      "村干部受到政务处分后，乡镇减发或者扣发其补贴、奖金，具体扣发比例和扣发期限是多少？是否有全省统一标准？请予明确。",
      ["扣发比例", "百分之"],
      "政务处分法第二十二条只规定由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金，未规定具体比例、期限或统一标准；"
      "其余文件亦未涉及。",
      lang="zh", present=["减发或者扣发补贴、奖金"])

unans("not_covered",
      "中小施工企业以保函代替现金缴纳保证金的，开立保函所产生的手续费应由谁承担、费率一般为多少？我镇在招标文件中"
      "应如何表述？",
      ["手续费", "费率"],
      "保障中小企业款项支付条例第十三条、优化营商环境条例第二十五条只要求接受或推广以金融机构保函替代现金保证金，"
      "均未规定保函手续费的承担和费率，也未给出招标文件表述。",
      lang="zh", present=["保函"])

unans("not_covered",
      "请问2024年全国拖欠中小企业款项投诉平台共受理投诉多少件、办结率多少？我镇拟在年度总结中引用。",
      ["2024年", "办结率"],
      "保障中小企业款项支付条例第二十四条只规定建立国家统一的拖欠中小企业款项投诉平台，各文件均无该平台的受理数量、"
      "办结率等统计数据。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "关于上一年度逾期尚未支付中小企业款项情况的报告，现请示：一是乡镇向县政府报送应使用何种报表；"
      "二是报送截止日期为哪一天。请予明确。",
      ["报表", "截止日期"],
      "保障中小企业款项支付条例第二十二条仅规定县级以上地方人民政府部门应当每年定期按程序报告本级人民政府，"
      "未规定乡镇报送的报表格式或截止日期；其他文件亦无此内容。",
      lang="zh", present=["每年定期"])

unans("not_covered",
      "The delegation wishes to know: will the 30-day payment deadline for government bodies be shortened in the "
      "next revision of the SME payment regulation?",
      ["shortened", "next revision"],
      "The SME payment regulation (revised 2025, article 9) sets the 30-day deadline; no document predicts or "
      "discusses any future revision.",
      lang="en", present=["30日内支付款项"])

unans("not_covered",
      "县里拟对各乡镇开展营商环境评价，请问具体评价指标有哪些、各项分值权重如何设置？我镇需提前做好迎评准备。",
      ["分值", "权重"],
      "优化营商环境条例第八条只规定建立以市场主体和社会公众满意度为导向的营商环境评价体系及不得影响正常工作等要求，"
      "未列出评价指标或分值权重；其他文件亦未规定。",
      lang="zh", present=["营商环境评价"])

# ---- out_of_domain

unans("out_of_domain",
      "关于做好今年秋冬季秸秆禁烧工作，请问乡镇网格员的巡查频次和责任追究有何具体要求？请予明确。",
      ["秸秆", "禁烧"],
      "秸秆禁烧属农村环境治理事项，与七份涉企政策文件无关。",
      lang="zh")

unans("out_of_domain",
      "镇党政办近期规范公文处理，请问党政机关公文中发文字号、签发人的标注位置和字体字号有何规范？",
      ["发文字号", "签发人"],
      "公文格式属党政机关公文格式标准的内容，七份文件均未涉及。",
      lang="zh")

unans("out_of_domain",
      "For the delegation: how is the annual review of rural minimum living allowance (dibao) households organized "
      "at the township level?",
      ["minimum living allowance", "dibao"],
      "Rural social assistance is unrelated to the seven documents on business environment, payments, "
      "compliance and sanctions.",
      lang="en")

# ---- superseded

unans("superseded",
      "为便于新旧对照，请提供2020年国务院令第728号公布的《保障中小企业款项支付条例》修订前原文中关于机关、"
      "事业单位付款期限的规定，并说明与现行条例相比有何变化。",
      ["修订前", "2020年版"],
      "语料只收录2025年3月17日国务院令第802号修订后的条例（序言提及2020年第728号公布），不含2020年原文，"
      "无法提供修订前条文或作新旧对照。",
      lang="zh", present=["第728号"])

unans("superseded",
      "For the delegation's comparison: what did the 2018 trial Compliance Management Guidelines for Central "
      "Enterprises provide on setting up a compliance committee?",
      ["2018", "Compliance Management Guidelines"],
      "The corpus holds only the 2022 中央企业合规管理办法 (SASAC Order No. 42, article 11 on the 合规委员会); "
      "the earlier 2018 trial guidelines are not in it.",
      lang="en", present=["合规委员会"])

unans("superseded",
      "请问《民营经济促进法（草案征求意见稿）》中关于账款支付的条款是如何表述的？与正式公布的文本相比作了哪些修改？",
      ["草案", "征求意见稿"],
      "语料只有2025年4月30日通过的民营经济促进法正式文本（第六十七条至第六十九条涉及账款支付），不含草案或征求意见稿，"
      "无法比较。",
      lang="zh", present=["账款"])

unans("superseded",
      "政务处分法施行前，对乡镇公务员的处分依据的是《行政机关公务员处分条例》。我镇档案整理中涉及一起当时的处分，"
      "请问该条例规定的记过处分期为多久？请予明确。",
      ["行政机关公务员", "公务员处分条例"],
      "语料只含2020年施行的政务处分法（第八条规定记过为十二个月，第六十七条规定施行前已结案案件的复审、复核适用当时的规定），"
      "不含《行政机关公务员处分条例》文本，无法说明该条例规定的处分期。",
      lang="zh", present=["十二个月"])
