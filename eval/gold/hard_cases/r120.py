"""Hard-case gold items, hundred-and-twentieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the procurement officer of a public university (a public institution, 事业单位) who buys lab
equipment and services from small suppliers; writes formal Chinese with some English terms, asks about
payment terms, deposits and guarantees, acceptance periods, paying with commercial bills, disclosing
overdue payments, and what happens to the university and to her if payment is late.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我校是事业单位，向一家小微企业采购一批lab equipment（实验室设备）。合同里的payment term最长可以约定多少天？如果合同没写，默认是多少天？",
    "《保障中小企业款项支付条例》第九条：事业单位应自货物交付之日起30日内付款；合同另有约定的从其约定，但付款期限最长不得超过60日。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "合同约定设备installation完成、验收合格后再付款，但课题组一直抽不出时间做acceptance test，已经拖了两个多月。这种情况下付款期限从哪天开始算？",
    "条例第十条：机关、事业单位拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算（而不是等实际验收合格）。",
    ["自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("single",
    "财务处建议今后对小供应商统一改用商业承兑汇票（commercial acceptance bill）付款，以缓解学校的cash flow压力。这样做是否合规？需要注意哪些限制？",
    "条例第十一条：用商业汇票等非现金方式付款须在合同中作出明确、合理约定；不得强制中小企业接受商业汇票，也不得借此变相延长付款期限。",
    ["应当在合同中作出明确、合理约定", "不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "使用商业汇票、应收账款电子凭证等非现金支付方式支付中小企业款项的，应当在合同中作出明确、合理约定"),
     E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("single",
    "我们想在标准合同模板里把late payment interest约定为年利率1%。逾期利率可以由双方随意约定吗？有没有下限？",
    "条例第十七条：双方约定逾期利率的，约定利率不得低于合同订立时1年期贷款市场报价利率（LPR）。",
    ["不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "双方对逾期利息的利率有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="zh")

add("single",
    "一家做实验室耗材的小企业中标后提出，用银行出具的bank guarantee代替现金形式的履约保证金（performance deposit）。我们的招标文件写明只收现金，学校可以拒绝吗？",
    "不可以。条例第十三条第二款：机关、事业单位不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。")],
    lang="zh")

add("single",
    "学校法定代表人（校长）刚换人，财务处说新校长的签字授权还没办好、内部审批流程也没走完，所以这批设备款要暂缓支付。这个理由站得住吗？",
    "站不住。条例第十四条：事业单位不得以法定代表人或者主要负责人变更、履行内部付款流程为由，拒绝或者迟延支付中小企业款项。",
    ["法定代表人或者主要负责人变更", "履行内部付款流程", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("single",
    "供应商一次交付了五台离心机（centrifuge），其中一台的性能参数有dispute，另外四台已经正常使用。学校能不能等争议解决后再整单付款？",
    "不能整单压款。条例第十五条：交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("single",
    "签合同时这家供应商没说明自己是中小企业，签约半年后它被一家大集团收购了。判断它是不是SME应以什么时间点为准？它签约时有没有义务主动告诉我们？",
    "条例第三条：中小企业、大型企业依合同订立时的企业规模类型确定；中小企业与事业单位订立合同时，应当主动告知其属于中小企业。",
    ["依合同订立时的企业规模类型确定", "应当主动告知其属于中小企业"],
    [E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定。"),
     E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业。")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "如果学校拖欠小供应商的设备款，最后被认定为失信（dishonesty），学校层面会受到哪些限制？我作为procurement经办人，个人会不会被追责？",
    "条例第二十六条：被认定失信且情节严重的，对事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施；第三十一条：未按期付款的，由上级机关、主管部门责令改正，拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["公务消费、办公用房、经费安排", "直接责任人员依法给予处分"],
    [E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "未在规定的期限内支付中小企业货物、工程、服务款项")],
    lang="zh")

add("multi",
    "假如我因为经手的仪器采购款逾期支付被记过，这个处分期有多长？在处分期内我还能评职称（professional title）或者涨薪吗？",
    "《公职人员政务处分法》第八条：记过的期间为十二个月；第二十条：公办教育、科研等单位中从事管理的人员在处分期内不得晋升职务、岗位和职员等级、职称，被记过的还不得晋升薪酬待遇等级。",
    ["记过，十二个月", "不得晋升职务、岗位和职员等级、职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第二十条", "公办的教育、科研、文化、医疗卫生、体育等单位中从事管理的人员"),
     E(PS, "第二十条", "在政务处分期内，不得晋升职务、岗位和职员等级、职称"),
     E(PS, "第二十条", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

add("multi",
    "上一年度还有几份供应商合同逾期没付清。我们学校需要在什么时候、通过什么渠道对外disclose？除了对外公开，还要向谁报告？",
    "条例第十八条：事业单位应于每年3月31日前将上一年度逾期未付中小企业款项的合同数量、金额等信息通过网站、报刊等方式公开；第二十二条：事业单位还应每年定期将该情况按程序报其主管部门或者监管部门。",
    ["每年3月31日前", "网站、报刊", "按程序报其主管部门或者监管部门"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开"),
     E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "Our purchase contract with a small reagent supplier says nothing about late-payment interest. If the university pays after the deadline, what interest do we owe under the SME payment rules?",
    "Art. 17 of the Regulations on Guaranteeing Payments to SMEs: late payers must pay overdue interest; where no rate was agreed, it is paid at a daily rate of 0.05% (万分之五).",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("cross_lingual",
    "前任校领导和一家民营企业签了实验室共建的合作协议，新领导上任后以“人员调整”为由不再履行。按国家发改委2023年关于政务诚信履约机制的通知，这种情况会被怎么认定？",
    "NDRC通知II.(2)：因机构调整、人员变动等原因未履约的，一律视为违约失信（breach of contract and dishonesty）；II.(1)所称政府部门包括机关和事业单位（public institutions）。",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
     E(NDRC, "II.(1)", "government departments (including agencies and public institutions)")],
    lang="zh")

add("cross_lingual",
    "假设学校因拖欠款项被认定为违约失信，后来我们把欠款全部付清、问题也整改到位了。按发改委那份政务诚信通知，失信记录能不能修复？",
    "NDRC通知III.(6)：认定部门确认失信行为已纠正、履约完成后，应及时修复相关失信记录并终止失信惩戒措施。",
    ["dishonest behavior has been corrected and performance completed", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "一家小供应商想拿学校还没结清的货款去银行借钱，请我们出一份盖章的书面说明，证明这笔钱确实是学校欠它的。我们最迟多久要给它回复？",
    "条例第十六条第二款：中小企业以应收账款融资的，事业单位应当自其提出确权请求之日起30日内确认债权债务关系。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("paraphrase",
    "有家小公司为了追讨货款，把我们学校告到了上级部门。领导很恼火，想以后给它点颜色看看，还要警告它的销售人员别再乱说话。这样做会有什么问题？",
    "条例第二十条禁止以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复；第三十五条：违者对负有责任的领导人员和直接责任人员依法给予处分或者处罚，构成犯罪的依法追究刑事责任。",
    ["恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "《保障中小企业款项支付条例》第九条要求事业单位在交付后45日内付款，为什么给事业单位的期限反而比大型企业的60日还短？是出于财政资金管理的考虑吗？",
    ["45日"],
    "第九条规定事业单位自交付之日起30日内付款（合同约定最长60日），大型企业为60日；条例中没有45日的期限，也未说明期限设计的理由。",
    lang="zh", present=["30日内支付款项", "60日内支付款项"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
    "Given that the SME Payment Regulations require public institutions like our university to publish last year's overdue payments to SMEs by June 30 each year, is it enough to post them in late June?",
    ["6月30日"],
    "Art. 18 sets the deadline at 31 March (每年3月31日前), via websites, newspapers etc.; there is no 30 June deadline.",
    lang="en", present=["3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
    "既然条例要求事业单位每季度向主管部门报送逾期未付中小企业款项的情况，那第一季度的报告应当在几月几日之前提交？",
    ["每季度", "季度"],
    "第二十二条要求事业单位每年定期将上一年度逾期未付情况报主管部门或监管部门，并非按季度报送，也没有规定具体日期。",
    lang="zh", present=["每年定期"],
    related=[E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门")])

unans("false_premise",
    "The 2025 revised SME Payment Regulations were issued as an MIIT departmental order, right? If so, is a ministry-level rule really binding on a university that reports to the Ministry of Education?",
    ["工业和信息化部令", "MIIT"],
    "The regulations were revised by State Council Order No. 802 (国务院令第802号), not a ministry order; art. 2 applies them to 机关、事业单位 buying from SMEs.",
    lang="en", present=["国务院令第802号"],
    related=[E(SME, "第二条", "机关、事业单位和大型企业采购货物、工程、服务支付中小企业款项，应当遵守本条例。")])

unans("false_premise",
    "《民营经济促进法》第六十七条规定，国家机关、事业单位拖欠民营企业账款超过90日的，企业可以直接申请法院强制执行。那么学校收到法院的执行通知后，最晚要在多长时间内付款？",
    ["强制执行"],
    "第六十七条只规定应依法或依合同约定及时支付账款、不得以人员变更等为由拖延，并规定审计监督；没有“超过90日可直接申请强制执行”的内容，也没有收到执行通知后的付款期限。",
    lang="zh", present=["拒绝或者拖延支付民营经济组织账款"],
    related=[E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款")])

unans("false_premise",
    "条例规定事业单位可以按合同金额的5%收取质量保证金（retention money）；所以我们这次实验室设备采购也按5%扣留，验收满一年后再退，可以吧？",
    ["5%", "百分之五"],
    "第十三条只列举工程建设中可收的保证金类型，要求收取比例、方式符合法律法规和国家规定，不得限定为现金并应及时退还；没有规定5%的比例，也没有授权货物采购按5%扣留。",
    lang="zh", present=["工程质量保证金", "保证金的收取比例"],
    related=[E(SME, "第十三条", "保证金的收取比例、方式应当符合法律、行政法规和国家有关规定")])

unans("false_premise",
    "按发改委2023年第1103号通知，针对事业单位违约失信的投诉统一由市场监管总局受理。学校如果被投诉了，应该向市场监管总局提交哪些说明材料？",
    ["市场监管总局", "State Administration for Market Regulation"],
    "NDRC通知II.(1)(2)规定由省级社会信用体系建设牵头部门受理投诉，并转交被投诉主体的上级或主管部门核实认定；并非市场监管总局受理，也未规定被投诉单位应提交的材料。",
    lang="zh", present=["credit leading departments"],
    related=[E(NDRC, "II.(1)", "Provincial-level leading departments for social credit system construction"),
             E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "像质谱仪这类大型仪器的验收期限（acceptance period），法规有没有规定最长不得超过多少天？我们能不能在合同里约定90天？",
    ["验收期限最长", "验收期限不得超过"],
    "第十条只要求合同约定明确、合理的检验或验收期限，并引致其他规定，没有给出最长天数。",
    lang="zh", present=["验收期限"])

unans("not_covered",
    "采购进口设备时，按规定我们最多可以给小供应商支付合同金额多少比例的预付款（advance payment）？",
    ["预付款", "预付"],
    "文件规定付款期限、保证金、非现金支付等，但没有任何关于预付款比例的规定。",
    lang="zh", present=["付款期限"])

unans("not_covered",
    "Roughly how many universities and other public institutions were publicly named last year for owing money to SMEs, and what was the total amount in arrears?",
    ["高校", "拖欠总额", "statistics"],
    "The regulations provide for 督办通报 and disclosure duties, and the NDRC notice for exposing typical cases, but no document gives counts or amounts.",
    lang="en", present=["督办通报"])

unans("not_covered",
    "如果用商业汇票付款，供应商拿去贴现（discount）产生的贴现利息应该由学校承担还是由供应商承担？",
    ["贴现"],
    "第十一条只规定商业汇票须在合同中明确合理约定、不得强制接受、不得变相延长付款期限；没有涉及贴现费用的承担。",
    lang="zh", present=["商业汇票"])

unans("not_covered",
    "每年公开逾期未付款信息时，有没有统一的公开格式或模板？公开前是否需要先报教育部审批？",
    ["模板", "教育部"],
    "第十八条只规定公开时间、内容（合同数量、金额等）和方式（网站、报刊等）；第二十二条规定向主管部门报告，均未涉及格式模板或事前审批。",
    lang="zh", present=["网站、报刊"])

unans("not_covered",
    "一家供应商已经就设备验收争议把我们学校起诉到法院，我们主张设备没有通过验收、付款条件尚未成就。按这些规定，学校胜诉的可能性有多大？",
    ["胜诉", "败诉"],
    "文件规定付款期限自验收合格之日起算、拖延验收的后果，以及法院及时立案审理，但不对具体诉讼结果作出预测。",
    lang="zh", present=["人民法院", "验收合格"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的那个原版《保障中小企业款项支付条例》里，事业单位的付款期限和逾期利息是怎么规定的？和2025年修订版相比有什么变化？",
    ["修订前", "原条例"],
    "语料只收录2025年修订后的文本（国务院令第802号），标题虽提及2020年第728号公布，但未收录原版条文，无法比较。",
    lang="zh", present=["国务院令第728号"])

unans("superseded",
    "《民营经济促进法（草案）》当初公开征求意见时，关于拖欠民营企业账款的条款原来是怎么写的？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过的正式文本（第六十七条、第六十八条等），没有草案或征求意见稿。",
    lang="zh", present=["拒绝或者拖延支付民营经济组织账款"])

unans("superseded",
    "Some of our instrument suppliers are central SOE subsidiaries. Under SASAC's earlier 2018 Guidelines for Compliance Management of Central Enterprises (Trial), did they have to run a compliance review on every sales contract?",
    ["合规管理指引", "试行"],
    "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42), e.g. art. 14 on 经济合同 compliance review; the 2018 trial guidelines are not included.",
    lang="en", present=["首席合规官", "经济合同"])

unans("superseded",
    "2018年《公职人员政务处分暂行规定》里，对记过处分的期间以及处分期内能否晋升是怎么规定的？",
    ["暂行规定"],
    "语料只有2020年施行的《公职人员政务处分法》（第八条、第二十条等），不含此前的暂行规定。",
    lang="zh", present=["记过，十二个月"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "学校和一位外聘实验技术员签的劳务合同（service contract）到期后不再续签，需要支付经济补偿金吗？",
    ["经济补偿金", "劳务合同"],
    "劳动/劳务用工的经济补偿问题不在这些付款保障、营商环境、政务处分与合规文件的范围内。",
    lang="zh", present=["劳动关系"])

unans("out_of_domain",
    "We're signing a purchase contract worth RMB 2 million with a supplier company. What stamp duty rate applies, and does the university or the supplier pay it?",
    ["stamp duty", "印花税"],
    "Tax treatment of contracts is not addressed by any of the seven documents.",
    lang="en", present=["合同"])

unans("out_of_domain",
    "向境外供应商支付进口设备款时，学校需要代扣代缴增值税吗？购汇付款需要办理哪些外汇审批手续？",
    ["增值税", "代扣代缴", "外汇"],
    "跨境付款的税务和外汇管理不在这些文件的范围内。",
    lang="zh", present=["财政税收"])
