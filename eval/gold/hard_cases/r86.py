"""Hard-case gold items, eighty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a consultant at a credit-services agency who advises local governments and state-owned
platform companies on getting off dishonesty lists and repairing their credit records; writes formal
Chinese with occasional English acronyms, and asks about lists, repair conditions, time limits, who
decides, and what data is shared.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "我们服务的一家民营供应商此前因合同纠纷被实施了失信惩戒，目前已整改到位。按照《民营经济促进法》，"
    "它能否主动申请信用修复？申请通过后，有关机关需要做哪些事？",
    "可以。民营经济组织纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请；有关国家机关应当"
    "依法及时解除惩戒措施，移除或者终止失信信息公示，并在相关公共信用信息平台实现协同修复（第五十四条）。",
    ["可以提出信用修复申请", "及时解除惩戒措施", "移除或者终止失信信息公示", "协同修复"],
    [E(PE, "第五十四条", "民营经济组织及其经营者纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请。"),
     E(PE, "第五十四条", "有关国家机关应当依法及时解除惩戒措施，移除或者终止失信信息公示，并在相关公共信用信息平台实现协同修复。")],
    lang="zh")

add("single",
    "某区属平台公司（按规模属大型企业）拖欠中小企业工程款，已被依法认定为失信。什么情况下这条失信信息会被"
    "推送到全国性的平台对外公开？具体进哪几个系统？",
    "情节严重或者造成严重不良社会影响的，相关信息纳入全国信用信息共享平台和国家企业信用信息公示系统，向社会公示"
    "（《保障中小企业款项支付条例》第二十六条）。",
    ["情节严重或者造成严重不良社会影响", "全国信用信息共享平台", "国家企业信用信息公示系统"],
    [E(SME, "第二十六条", "情节严重或者造成严重不良社会影响的，将相关信息纳入全国信用信息共享平台和国家企业信用信息公示系统，向社会公示")],
    lang="zh")

add("single",
    "区里几家事业单位去年还有一批逾期没付的中小企业款项。这类信息对外公开有没有截止时间？要公开哪些内容、通过什么渠道？",
    "机关、事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，通过网站、"
    "报刊等便于公众知晓的方式公开（条例第十八条）。",
    ["3月31日前", "合同数量、金额等信息", "通过网站、报刊等便于公众知晓的方式公开"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "市属国有平台公司每年对逾期未付中小企业账款的情况，需要向谁报告？",
    "国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门（条例第二十二条）。",
    ["报其主管部门或者监管部门"],
    [E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门。")],
    lang="zh")

add("single",
    "平台公司和一家小微供应商的合同里没有写逾期利息条款，现在货款拖了三个多月，利息该按什么标准算？",
    "双方未约定逾期利息利率的，按照每日利率万分之五支付逾期利息（条例第十七条）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "我们辅导的一家国有建设平台公司（大型企业），想要求分包的中小企业以审计局的审计结论作为最终结算依据，这在合规上有没有问题？",
    "有问题。机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外"
    "（条例第十二条）。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "法律、行政法规另有规定的除外"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。")],
    lang="zh")

add("single",
    "地方在推进社会信用体系建设、大量归集企业信用信息的过程中，《优化营商环境条例》对信息安全和隐私保护提了什么要求？",
    "国家加强社会信用体系建设，同时要维护信用信息安全，严格保护商业秘密和个人隐私（第三十条）。",
    ["维护信用信息安全", "严格保护商业秘密和个人隐私"],
    [E(BE, "第三十条", "维护信用信息安全，严格保护商业秘密和个人隐私")],
    lang="zh")

add("single",
    "民营经济促进法有没有要求监管部门按企业的信用好坏区别对待、搞差异化监管？",
    "有。各级人民政府及其有关部门推动监管信息共享互认，根据民营经济组织的信用状况实施分级分类监管（第五十二条）。",
    ["根据民营经济组织的信用状况实施分级分类监管"],
    [E(PE, "第五十二条", "推动监管信息共享互认，根据民营经济组织的信用状况实施分级分类监管，提升监管效能")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "某市属国有平台公司（大型企业）长期拖欠中小企业工程款，被认定失信且情节严重。企业层面会在哪些方面受到限制？"
    "公司里负有责任的管理人员会不会被追究？",
    "企业层面：在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制（第二十六条）；"
    "个人层面：国有大型企业拖欠造成不良后果或者影响的，对负有责任的国有企业管理人员依法给予处分（第三十三条）。",
    ["财政资金支持、投资项目审批、融资获取", "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第二十六条", "对大型企业在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制"),
     E(SME, "第三十三条", "国有大型企业拖欠中小企业款项，造成不良后果或者影响的，对负有责任的国有企业管理人员依法给予处分。")],
    lang="zh")

add("multi",
    "平台公司一位副总（国有企业管理人员）受了记过的政务处分。这个处分期有多长、从哪天起算？处分期内对他升职和涨薪有什么影响？",
    "记过的处分期为十二个月，自政务处分决定生效之日起计算（政务处分法第八条）；国有企业管理人员在处分期内不得晋升职务、"
    "岗位等级和职称，被记过的还不得晋升薪酬待遇等级（第二十一条）。",
    ["记过，十二个月", "自政务处分决定生效之日起计算", "不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称；其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级。")],
    lang="zh")

add("multi",
    "一家中小企业想投诉某县政府拖欠款项。应该向哪一级、哪个部门投诉？受理后多长时间内要转办、多长时间内要给出处理结果？",
    "向省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）投诉（第二十四条）；受理投诉部门自正式受理之日起"
    "10个工作日内转交处理投诉部门，处理投诉部门自收到材料之日起30日内形成处理结果，复杂情况经批准可延长但最长不超过90日（第二十五条）。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "按照发改委2023年1103号通知，地方政府部门有了违约失信记录后，满足什么条件才能修复？由谁来确认？",
    "由认定部门（identifying department）确认失信行为已纠正、履约已完成后，相关失信记录应及时修复，失信惩戒措施终止（NDRC 通知 III.(6)）。",
    ["identifying department confirms", "corrected and performance completed", "promptly restored"],
    [E(NDRC, "III.(6)", "identifying department confirms that the dishonest behavior has been corrected"),
     E(NDRC, "III.(6)", "performance completed, relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "and dishonesty punishment measures terminated")],
    lang="zh")

add("cross_lingual",
    "对有政务失信记录的地级以上城市，发改委在本系统内会采取哪些惩戒措施？",
    "取消其在发展改革系统的评优评先和试点示范资格，加大城市信用监测扣分权重，取消社会信用体系建设示范区称号或资格（NDRC 通知 III.(4)）。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "发改委通知里所说的政府信用记录，都由哪些信息构成？省级信用牵头部门认定后的违约失信信息要怎么报送共享？",
    "省级信用牵头部门按统一标准将认定的违约失信信息实时共享至全国信用信息共享平台；发改委将违约失信信息、各地梳理的拖欠信息"
    "以及失信被执行人信息统一归集到相关主体名下，形成政府信用记录（NDRC 通知 III.(3)）。",
    ["share identified breach of contract and dishonesty information in real time",
     "arrears information", "dishonest persons subject to enforcement"],
    [E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time"),
     E(NDRC, "III.(3)", "to the national credit information sharing platform"),
     E(NDRC, "III.(3)", "arrears information sorted by localities as required"),
     E(NDRC, "III.(3)", "information on those listed as dishonest persons subject to enforcement")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "新来的区长上任后，对上一届班子答应企业的补贴和签下的招商协议一概不认账，理由是“不是我任上定的”。这种做法站得住吗？",
    "站不住。地方政府应当履行依法作出的政策承诺和依法订立的合同，不得以政府换届、相关责任人更替等为由违约毁约；确因公共利益"
    "需要改变的，应依法定权限和程序进行并补偿损失（优化营商环境条例第三十一条；民营经济促进法第七十条同旨）。",
    ["政府换届", "违约毁约"],
    [E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")],
    lang="zh")

add("paraphrase",
    "平台公司和施工方在其中一个分项的工程量上还在扯皮，其余的活早就干完了、也没什么异议。公司打算等这个分项谈拢后再把钱一起结，可以这样做吗？",
    "不可以。交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务（条例第十五条）。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "鉴于发改委1103号通知规定，政府部门的失信记录须在履约完成满三个月后方可修复，我们为区财政局准备修复材料时，这三个月从哪天起算？",
      ["三个月", "three months"],
      "NDRC 通知 III.(6) 只说认定部门确认失信行为已纠正、履约完成后，失信记录应及时（promptly）修复、惩戒措施终止，"
      "并无任何等待期，更无“满三个月”之说；起算日问题因此无从回答。",
      lang="zh", present=["promptly restored", "credit restoration"],
      related=[E(NDRC, "III.(6)", "performance completed, relevant dishonesty records should be promptly restored")])

unans("false_premise",
      "既然《保障中小企业款项支付条例》第二十六条规定，拖欠中小企业款项的失信信息由国家发展改革委统一记入信用记录，"
      "那平台公司申请移出时，是不是直接向发改委提交就行？",
      ["发展改革委", "申请移出"],
      "条例第二十六条规定的是由受理投诉部门和有关部门按程序将失信情况记入相关主体信用记录，并非由发改委统一记入；"
      "条例也未规定失信信息的移出或修复申请向谁提交。",
      lang="zh", present=["受理投诉部门", "信用记录"],
      related=[E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录")])

unans("false_premise",
      "条例规定机关、事业单位从中小企业采购，应自交付之日起45日内付款，合同另有约定的也最长不超过90日，对吧？",
      ["45日", "四十五日"],
      "条例第九条规定机关、事业单位应自交付之日起30日内付款，合同另有约定的最长不得超过60日；45日、90日的说法均不对"
      "（60日是大型企业的法定期限）。",
      lang="zh", present=["30日内支付款项", "60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "平台公司一名中层干部受了记过处分，按政务处分法记过的处分期是二十四个月。如果他在这期间表现良好，能否申请提前解除？",
      ["记过，二十四个月", "提前解除"],
      "政务处分法第八条规定记过的处分期为十二个月（二十四个月是降级、撤职）；第二十六条只规定有悔改表现且未再违法的，"
      "处分期满后自动解除，并无提前解除的申请程序。",
      lang="zh", present=["记过，十二个月", "自动解除"],
      related=[E(PS, "第八条", "（二）记过，十二个月；"),
               E(PS, "第二十六条", "政务处分期满后自动解除")])

unans("false_premise",
      "Since the NDRC notice has provincial credit departments upload identified breach-of-contract information to the "
      "national credit information sharing platform monthly, what is the cut-off date each month for a case to make that month's batch?",
      ["monthly", "cut-off"],
      "NDRC notice III.(3) requires provincial credit leading departments to share identified breach of contract and "
      "dishonesty information in real time, not monthly; there is no monthly batch or cut-off date.",
      lang="en", present=["real time", "national credit information sharing platform"],
      related=[E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time")])

unans("false_premise",
      "国资委《中央企业合规管理办法》要求央企把员工违规行为记录推送到全国信用信息共享平台。地方平台公司参照执行时，推送的数据字段有哪些？",
      ["推送", "数据字段"],
      "办法第二十五条只要求建立所属单位和员工违规行为记录制度，作为考核评价、职级评定等的重要依据，第三十三条是纳入企业信息系统；"
      "并未要求推送至全国信用信息共享平台（该平台见于中小企业款项支付条例第二十六条），也无数据字段规定。",
      lang="zh", present=["违规行为记录", "全国信用信息共享平台"],
      related=[E(SOE, "第二十五条", "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据")])

unans("false_premise",
      "《民营经济促进法》第五十四条要求失信信息公示满一年才能申请信用修复；所以客户去年11月被公示的，最早也要到今年11月才能申请？",
      ["满一年", "公示满"],
      "第五十四条只规定纠正失信行为、消除不良影响、符合信用修复条件的可以提出信用修复申请，没有“公示满一年”的期限要求。",
      lang="zh", present=["信用修复申请", "失信信息公示"],
      related=[E(PE, "第五十四条", "符合信用修复条件的，可以提出信用修复申请")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "按民营经济促进法第五十四条提出信用修复申请后，有关国家机关应当在多少个工作日内作出是否修复的决定？",
      ["修复时限", "作出修复决定"],
      "第五十四条只要求有关国家机关“依法及时”解除惩戒措施、移除或终止失信信息公示，没有规定具体的办理工作日数；其他文件也无此时限。",
      lang="zh", present=["依法及时解除惩戒措施", "信用修复申请"])

unans("not_covered",
      "地方信用平台办理政务失信信息的信用修复收费吗？如果收费，标准是多少？",
      ["信用修复费用", "修复收费"],
      "民营经济促进法第五十四条与 NDRC 通知 III.(6) 规定了信用修复的条件和后果，但均未涉及修复是否收费或收费标准。",
      lang="zh", present=["信用修复", "credit restoration"])

unans("not_covered",
      "How many prefecture-level cities have had their social credit demonstration-zone titles cancelled under the NDRC notice so far?",
      ["so far", "were cancelled", "statistics"],
      "NDRC notice III.(4) says the commission will cancel the title or eligibility for demonstration zones for cities with "
      "government dishonesty records, and IV.(9) mentions exposing typical cases, but no document gives any count of cities affected.",
      lang="en", present=["demonstration zones", "prefecture-level"])

unans("not_covered",
      "我们代理的一家中小供应商已经向省里投诉某区政府拖欠工程款，按条例走下去，能确保把欠款和逾期利息全部拿回来吗？胜算有多大？",
      ["胜算", "胜诉"],
      "条例第二十四、二十五条规定了投诉受理、转办和处理时限，第十七条规定了逾期利息，但无法预测具体案件结果，文件中也没有成功率之类的信息。",
      lang="zh", present=["逾期利息", "处理投诉部门"])

unans("not_covered",
      "按照保障中小企业款项支付条例，拖欠失信信息在国家企业信用信息公示系统上要公示多久？到期后会自动撤下吗？",
      ["公示期限", "公示期满", "自动撤下"],
      "条例第二十六条只规定情节严重的将相关信息纳入全国信用信息共享平台和国家企业信用信息公示系统向社会公示，未规定公示期限或到期撤下。",
      lang="zh", present=["国家企业信用信息公示系统", "向社会公示"])

unans("not_covered",
      "地方政府部门申请政务失信记录修复，需要提交哪些材料？是否必须由第三方信用服务机构出具信用报告？",
      ["修复材料", "信用服务机构", "信用报告"],
      "NDRC 通知 III.(6) 只说认定部门确认纠正和履约完成后及时修复，民营经济促进法第五十四条只提到“提出信用修复申请”，"
      "均未列申请材料，也未提到第三方信用服务机构或信用报告。",
      lang="zh", present=["credit restoration", "信用修复申请"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "2020年公布的《保障中小企业款项支付条例》（国务院令第728号）原版本里，机关、事业单位的付款期限是怎么规定的？跟2025年修订版相比改了哪些？",
      ["修订前", "原条例"],
      "语料只收录了2025年国务院令第802号修订后的条例文本（第九条：30日、最长60日），标题中虽提到2020年第728号公布，"
      "但原版条文不在文件中，无法比较修订前后的差异。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "国资委2018年发布的《中央企业合规管理指引（试行）》对合规委员会的设置和首席合规官有什么要求？",
      ["合规管理指引", "试行"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一条合规委员会、第十二条首席合规官），没有2018年的试行指引。",
      lang="zh", present=["合规委员会", "首席合规官"])

unans("superseded",
      "What did the State Council's 2016 guiding opinions on strengthening government integrity (Guofa [2016] No. 76) say about "
      "credit restoration for government bodies?",
      ["2016", "guiding opinions", "Guofa"],
      "The corpus has the 2023 NDRC notice (Development and Reform Finance [2023] No. 1103), whose III.(6) covers credit "
      "restoration; the 2016 State Council opinions are not among the documents.",
      lang="en", present=["government integrity", "credit restoration"])

unans("superseded",
      "《民营经济促进法（草案）》2024年10月公开征求意见时，关于信用修复的条文是第几条、当时是怎么写的？",
      ["草案", "征求意见稿"],
      "语料只有2025年4月30日通过的民营经济促进法正式文本（第五十四条信用修复），不含此前的草案或征求意见稿。",
      lang="zh", present=["信用修复", "第五十四条"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "平台公司和新招的员工签劳动合同，试用期最长可以约定多久？",
      ["试用期", "劳动合同法"],
      "劳动用工与试用期属劳动合同法问题；语料只在民营经济促进法第三十六条泛泛提到遵守劳动用工法律法规，没有试用期规定。",
      lang="zh", present=["劳动用工"])

unans("out_of_domain",
      "公司年底给员工发放的年终奖，个人所得税应该怎么计算？",
      ["年终奖", "个人所得税"],
      "个人所得税计算不在七份文件范围内；文件只涉及减税降费政策落实（优化营商环境条例第二十四条）等宏观表述。",
      lang="zh", present=["减税降费"])

unans("out_of_domain",
      "How many days of paid annual leave is an employee with ten years of service at a government-owned company entitled to?",
      ["annual leave", "paid leave"],
      "Statutory leave entitlements are an employment-law matter; none of the seven documents addresses leave.",
      lang="en", present=["employee"])
