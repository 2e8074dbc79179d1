"""Hard-case gold items, hundred and thirty-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a product manager turning the documents into a compliance checklist app, who asks terse yes/no
checklist lines in mixed English and Chinese, often several at once, and wants the article to cite for each
line; the false premises are checklist lines with a wrong figure, deadline, frequency, party or issuing body.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "Y/N：机关、事业单位向中小企业采购，合同里约定 90 天付款可以吗？checklist 这一行引用哪条？",
    "不可以。《保障中小企业款项支付条例》第九条：机关、事业单位应自交付之日起30日内付款；合同另有约定的从其约定，"
    "但付款期限最长不得超过60日。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "逾期利息：合同里没写利率的话按什么算？app 里要填具体数字，cite 哪条",
    "按每日利率万分之五支付逾期利息；若有约定，约定利率不得低于合同订立时1年期贷款市场报价利率（条例第十七条）。",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="zh")

add("single",
    "Y/N: 机关、事业单位每年要公开上一年度逾期没付中小企业的款项？deadline 几号？引用哪条",
    "是。条例第十八条：机关、事业单位应于每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"
    "通过网站、报刊等方式公开。",
    ["每年3月31日前", "合同数量、金额等信息"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "Y/N：央企设首席合规官，要新增一个领导岗位吗？他对谁负责？哪条",
    "不新增。《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第十二条", "对企业主要负责人负责")],
    lang="zh")

add("single",
    "政务处分「记大过」期间多长？checklist 要写月数，引用哪条",
    "十八个月（《公职人员政务处分法》第八条）；处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "央企合规培训 checklist：Y/N 必须有年度培训计划？哪些人是必修？cite 哪条",
    "是。《中央企业合规管理办法》第三十条：建立常态化合规培训机制，制定年度培训计划，合规管理是管理人员、重点岗位人员"
    "和新入职人员培训必修内容。",
    ["制定年度培训计划", "管理人员、重点岗位人员和新入职人员培训必修内容"],
    [E(SOE, "第三十条", "中央企业应当建立常态化合规培训机制，制定年度培训计划"),
     E(SOE, "第三十条", "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")],
    lang="zh")

add("single",
    "Y/N：出台跟企业经营密切相关的规章、规范性文件，公开征求意见至少 30 天？引用哪条",
    "是，一般不少于30日（《优化营商环境条例》第六十二条，依法需要保密的除外）。",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "Y/N for the checklist: a local government fails to perform a contract with a private firm because of "
    "personnel changes — does the NDRC notice count that as breach of contract and dishonesty? Which item do I cite?",
    "Yes. Item II.(2) of the NDRC notice: failure to perform due to institutional adjustments, personnel changes and "
    "other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "Checklist 两行：① 大企业从中小企业采购，默认几天内付款？② 合同约定验收合格才付款的，付款期从哪天起算？各引哪条",
    "① 自交付之日起60日内（条例第九条第二款）；② 自检验或者验收合格之日起算，拖延验收的自约定验收期限届满之日起算"
    "（第十条）。",
    ["60日内支付款项", "付款期限应当自检验或者验收合格之日起算"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第十条", "付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

add("multi",
    "Y/N：国企可以要求用审计结果做跟民营/中小供应商结算的依据吗？民营经济促进法、付款条例各引一条",
    "不可以（法律、行政法规另有规定的除外）。《民营经济促进法》第六十七条：国有企业不得强制要求以审计结果作为结算依据；"
    "《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据。",
    ["不得强制要求以审计结果作为结算依据", "不得强制要求以审计机关的审计结果作为结算依据"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("multi",
    "拖欠中小企业款项投诉 flow：① 谁受理？② 受理后几天内转交？③ 处理结果最迟多久出？逐条给 article",
    "① 省级以上人民政府负责中小企业促进工作综合管理的部门受理（第二十四条）；② 自正式受理之日起10个工作日内转交处理投诉部门；"
    "③ 收到投诉材料之日起30日内形成处理结果，复杂的经批准可延长，最长不超过90日（第二十五条）。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "10个工作日内", "30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "发改委2023年那个政府诚信通知：地级以上城市有政府失信记录的，会被怎么处理？列成 checklist，标条目号",
    "通知III.(4)：对有政府失信记录的地级及以上城市，取消其在发改系统的评优评先和试点示范资格，加大城市信用监测扣分权重，"
    "取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations", "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="zh")

add("cross_lingual",
    "广州纪委那两批政商交往指引，一共覆盖多少个场景？能不能覆盖所有情况？我们 app 想按场景建清单",
    "两批指引共覆盖33个场景，且讲座中明确这些场景不能涵盖所有情况（广州讲座报道¶10）。",
    ["33 scenarios covered in the two batches", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="zh")

add("cross_lingual",
    "Y/N for the checklist: can a big company insist the SME pays its deposit in cash and refuse a bank guarantee "
    "letter instead? Which article?",
    "No. Article 13 (第十三条) of the SME payment regulation: organs, public institutions and large enterprises may not "
    "restrict deposits to cash, and must accept a guarantee letter issued by a financial institution.",
    ["不得将保证金限定为现金", "机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "甲方换了一把手，能不能拿这个当理由先压着不给小供应商打钱？",
    "不能。条例第十四条：不得以法定代表人或者主要负责人变更等为由，拒绝或者迟延支付中小企业款项。",
    ["以法定代表人或者主要负责人变更", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("paraphrase",
    "不同部门隔三岔五派人来我们厂里看这看那，能要求他们并成一趟来吗？有没有依据",
    "有。《民营经济促进法》第五十二条（及《优化营商环境条例》第五十四条）：针对同一检查对象的多个检查事项，"
    "应当尽可能合并或者纳入跨部门联合检查（抽查）范围。",
    ["应当尽可能合并"],
    [E(PE, "第五十二条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合检查范围"),
     E(BE, "第五十四条", "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "《保障中小企业款项支付条例》第九条：大型企业付款期限最长不超过90日，对吧？checklist 直接写 90 天 OK?",
    ["最长不超过90日", "付款期限最长不得超过90日", "90日内支付"],
    "第九条对大型企业规定的是自交付之日起60日内付款；合同另有约定的须按行业规范、交易习惯合理约定，条文没有90日上限。"
    "「最长不得超过60日」只针对机关、事业单位。90日只出现在第二十五条投诉处理期限中。",
    lang="zh", present=["60日内", "90日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "为什么条例第十七条把没约定利率的逾期利息定成每日万分之三？app 里要给用户写一句解释",
    ["万分之三"],
    "第十七条规定未约定利率的按每日利率万分之五支付逾期利息，不是万分之三；条文也不说明定价理由。",
    lang="zh", present=["万分之五"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "Given the NDRC notice gives a dishonest local government 3 months after rectification to complete credit "
    "restoration, how should the app set the countdown? Which item?",
    ["3 months", "three months", "90 days"],
    "Item III.(6) only says that once the identifying department confirms the dishonest behaviour has been corrected "
    "and performance completed, records should be promptly restored and punishment terminated; no period is set.",
    lang="en", present=["credit restoration", "promptly restored"],
    related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
    "《中央企业合规管理办法》是国务院令第42号发布的行政法规，所以地方国企也得直接照它执行？",
    ["国务院令第42号"],
    "办法由国务院国有资产监督管理委员会令第42号公布（部门规章），适用于国资委履行出资人职责的中央企业（第二条）；"
    "地方国资委只是参照本办法指导所出资企业（第四十条）。",
    lang="zh", present=["国务院国有资产监督管理委员会令第42号", "参照本办法"],
    related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业"),
             E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")])

unans("false_premise",
    "既然条例第二十二条要求国有大型企业每季度向主管部门报逾期未付中小企业款项情况，季度报表要放哪些字段？",
    ["每季度", "季度"],
    "第二十二条要求事业单位、国有大型企业每年定期将上一年度逾期尚未支付情况报主管部门或监管部门，不是每季度；"
    "也未规定报表字段。",
    lang="zh", present=["每年定期"],
    related=[E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况")])

unans("false_premise",
    "条例第十六条：中小企业用应收账款融资，由银行在30日内确认债权债务关系；so app 的提醒推给银行就行？",
    ["银行确认", "金融机构确认债权债务关系"],
    "第十六条第二款规定的是机关、事业单位和大型企业（即付款方）应自中小企业提出确权请求之日起30日内确认债权债务关系，"
    "不是银行。",
    lang="zh", present=["确权请求"],
    related=[E(SME, "第十六条", "机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")])

unans("false_premise",
    "政务处分法第五十四条：降级以上处分后人事部门三个月内办理待遇变更；HR checklist 设 90 天提醒对吧？",
    ["三个月内", "三个月"],
    "第五十四条规定的是作出政务处分决定后一个月内办理职务、工资及其他待遇变更手续，特殊情况经批准可延长但最长不超过六个月，"
    "不是三个月。",
    lang="zh", present=["一个月内", "六个月"],
    related=[E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "大企业没在年报里公示逾期未付款信息，市场监管会罚多少钱？checklist 要写罚款区间",
    ["万元", "罚款金额"],
    "条例第三十四条只说由市场监督管理部门依法处理，没有规定罚款数额或区间；其他文件也没有。",
    lang="zh", present=["市场监督管理部门依法处理"])

unans("not_covered",
    "央企专职合规管理人员按什么比例配？每多少员工配 1 个？",
    ["配备比例", "每千名"],
    "办法第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员，没有人数或比例。",
    lang="zh", present=["专职合规管理人员", "相适应"])

unans("not_covered",
    "How many breach-of-contract complaints against local governments has Credit China handled since the NDRC "
    "notice came out? Need a number for the dashboard.",
    ["statistics", "number of complaints"],
    "The NDRC notice says complaint columns will be publicised on Credit China and complaints coordinated (II.(1)), "
    "and that handling efficiency will be evaluated (IV.(7)), but gives no counts or outcome data.",
    lang="en", present=["Credit China", "complaints"])

unans("not_covered",
    "Y/N：在拖欠中小企业款项投诉平台上投诉，免费吗？要交投诉费吗？",
    ["免费", "投诉费"],
    "条例第二十四条规定建立国家统一的拖欠中小企业款项投诉平台、第二十五条规定处理流程，均未涉及是否收费。",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "We're an SME; a provincial SOE has owed us RMB 2m for five months. If we sue, will we win, and what are the odds?",
    ["win", "success rate", "odds"],
    "PE 第六十八条 says courts should promptly file, hear and enforce arrears cases and may mediate; SME 第十七条 sets "
    "late-payment interest. No document predicts litigation outcomes.",
    lang="en", present=["及时立案、审理、执行"])

unans("not_covered",
    "民营经济促进法第五十四条的信用修复申请：要交哪些材料？多少个工作日出结果？checklist 要写清楚",
    ["信用修复申请书", "修复时限"],
    "第五十四条只说符合信用修复条件的可以提出信用修复申请，有关国家机关应依法及时解除惩戒措施；没有材料清单或办理时限。",
    lang="zh", present=["信用修复申请", "及时解除惩戒措施"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "旧版（2020年国务院令第728号、当年9月施行的那版）条例里机关事业单位付款期限怎么写的？跟2025修订版做个 diff",
    ["2020年9月1日"],
    "语料只有2025年3月修订、2025年6月1日施行的文本；标题提到2020年国务院令第728号公布，但未收录原文，无法比较。",
    lang="zh", present=["第728号"])

unans("superseded",
    "2018年那版《中央企业合规管理指引（试行）》对合规委员会是怎么规定的？我们老客户还在用",
    ["合规管理指引", "试行"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），其第十一条规定合规委员会；没有2018年指引文本。",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "民营经济促进法草案（一审稿）里拖欠账款那条是第几条？跟正式版比改了啥？",
    ["草案", "一审稿"],
    "语料只有2025年4月30日通过的正式文本（拖欠账款见第六十七至六十九、七十三条），没有任何草案稿。",
    lang="zh", present=["拖欠"])

unans("superseded",
    "Under the old 2007 Regulations on the Punishment of Civil Servants of Administrative Organs, how long did a "
    "demerit (记过) last? We still have legacy records from before 2020.",
    ["行政机关公务员处分条例", "2007"],
    "The corpus holds only the 2020 Law on Administrative Discipline for Public Officials (第八条: 记过十二个月); "
    "the earlier 2007 regulation is not included.",
    lang="en", present=["记过，十二个月"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "Y/N：公司跟员工签劳动合同，试用期最长六个月？引用哪条",
    ["试用期", "劳动合同法"],
    "劳动合同试用期属于劳动法范畴，七份文件都没有规定。",
    lang="zh")

unans("out_of_domain",
    "Y/N: does a company contract need the official company seal to be valid, or is a signature enough? Which article?",
    ["company seal", "公章", "合同专用章"],
    "Contract formation and sealing formalities are not addressed by any of the seven documents.",
    lang="en")

unans("out_of_domain",
    "政府补贴款打到公司账上，要交企业所得税吗？能不能算不征税收入？",
    ["企业所得税", "不征税收入"],
    "税务处理不在这些文件范围内；营商环境条例只泛泛提到落实减税降费政策。",
    lang="zh", present=["减税降费"])
