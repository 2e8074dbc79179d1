"""Hard-case gold items, twenty-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: procurement and finance staff of private suppliers, HR/legal staff inside state-owned enterprises,
journalists and researchers checking what the documents say, and people writing in a hurry.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "甲方是个大国企，拖了我们货款快三个月了，合同里压根没写late payment interest。能找他们要预期利息吗 按啥标准算",
    "可以。《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；"
    "双方对利率有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付逾期利息。",
    ["应当支付逾期利息", "未作约定的，按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "I'm reporting on a county that was flagged for reneging on a deal with a local private firm. Officials there now "
    "say they've paid up. Under the NDRC's 2023 notice, what has to happen before that dishonesty record is cleared and "
    "the penalties stop?",
    "NDRC notice III.(6): credit leading departments at all levels coordinate and guide credit restoration for dishonest "
    "entities in their jurisdiction; once the identifying department confirms that the dishonest behavior has been "
    "corrected and performance completed, the relevant dishonesty records should be promptly restored and the dishonesty "
    "punishment measures terminated. So paying alone is not enough until the identifying department confirms it.",
    ["Once the identifying department confirms that the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored, and dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "Once the identifying department confirms that the dishonest behavior"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "我在一家市属国企的人力资源部。我们一个部门副经理上个月被监察委立案调查了，他下个月正好到退休年龄，现在我们还能按正常流程"
    "给他办退休吗？他自己说干脆辞职算了，这样行吗？",
    "都不行。《公职人员政务处分法》第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职；"
    "被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续。（第一款：不宜继续履行职责的，"
    "任免机关、单位可以决定暂停其履行职务。）",
    ["未经监察机关同意，不得出境、辞去公职", "不得对其交流、晋升、奖励、处分或者办理退休手续"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职"),
     E(PS, "第五十二条", "所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续")],
    lang="zh")

add("single",
    "I handle key accounts at a private equipment supplier in Guangzhou. Something came up with a district official that "
    "doesn't match any of the scenarios in the city's government-business Guidelines. According to the drafter quoted in "
    "the lecture-hall report, how are we supposed to judge a situation the Guidelines don't list?",
    "¶10 of the GZ report: Wang Yuqun said the 33 scenarios covered in the two batches cannot encompass all situations; "
    "the core of judging is to distinguish between \"acting for the public good\" and \"acting for personal gain\", and the "
    "key is whether the actions can be \"put on the table\" (plus three dialectical relationships to grasp when consulting "
    "the Guidelines).",
    ["cannot encompass all situations",
     "distinguish between “acting for the public good” and “acting for personal gain”",
     "whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "whether the actions can be “put on the table”")],
    lang="en")

add("single",
    "我们给一家大型地产公司做分包工程，对方要我们交履约保证金，还说只收现金转账、不认银行保函。我们资金很紧，能坚持用保函吗？",
    "可以。《保障中小企业款项支付条例》第十三条第二款：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构"
    "出具的保函等提供保证的，机关、事业单位和大型企业应当接受。",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我是一家小软件公司的财务。一家国有大型企业欠我们的系统维护费一年多了，催了很多次没用，想正式投诉。按条例该向哪个部门投诉？"
    "投诉之后多久能有结果？",
    "《保障中小企业款项支付条例》第二十四条：向省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）投诉，"
    "国务院该部门还建立了国家统一的拖欠中小企业款项投诉平台。第二十五条：受理投诉部门自正式受理之日起10个工作日内将投诉转交"
    "处理投诉部门；处理投诉部门自收到投诉材料之日起30日内形成处理结果并书面反馈；情况复杂的经批准可延长，但最长不得超过90日。"
    "投诉人应当与被投诉人存在合同关系。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "建立国家统一的拖欠中小企业款项投诉平台",
     "自正式受理之日起10个工作日内", "自收到投诉材料之日起30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道"),
     E(SME, "第二十四条", "建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("multi",
    "I'm a journalist writing about local governments that owe money to private firms. Apart from naming and shaming, "
    "what concrete consequences does the NDRC's 2023 notice attach to a city or department that ends up with a "
    "government dishonesty record?",
    "III.(3): breach-of-contract and dishonesty information forms government credit records; credit leading departments "
    "push for dishonesty records to enter the performance evaluation indicators of the departments concerned, and the "
    "NDRC includes government dishonesty records in business environment evaluations and comprehensive high-quality "
    "development performance evaluations. III.(4): for entities with dishonesty records the NDRC restricts central budget "
    "fund support, limits applications for local government special bonds and restricts recommendations for financing "
    "projects; for prefecture-level and above cities it cancels eligibility for awards and pilot demonstrations in the "
    "development and reform system, increases the weight of city credit monitoring deductions and cancels social credit "
    "demonstration zone titles or eligibility.",
    ["promote the inclusion of dishonesty records into performance evaluation indicators of relevant government departments",
     "restrict support from central budget funds, limit applications for local government special bonds",
     "cancel their eligibility for awards and pilot demonstrations in the development and reform system"],
    [E(NDRC, "III.(3)", "inclusion of dishonesty records into performance evaluation indicators"),
     E(NDRC, "III.(3)", "government dishonesty records in business environment evaluations"),
     E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

add("multi",
    "我在一家央企集团总部法务部。我们一个海外项目刚被某国际组织列入制裁名单，可能造成很大损失。按国资委的合规管理办法，这种事该由"
    "谁牵头应对？要不要向国资委报告？另外我们还没正式设首席合规官，这个角色按规定由谁兼任？",
    "《中央企业合规管理办法》第二十二条：因违规行为被国际组织制裁等重大合规风险事件，造成或者可能造成重大资产损失或者严重不良影响"
    "的，应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合，及时妥善应对；发生重大合规风险事件应当按照相关规定及时"
    "向国资委报告。第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合", "应当按照相关规定及时向国资委报告", "由总法律顾问兼任"],
    [E(SOE, "第二十二条", "或者被国际组织制裁等重大合规风险事件"),
     E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告"),
     E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("multi",
    "I'm researching local anti-corruption rules for a paper. Who actually issued Guangzhou's guidelines on dealings "
    "between officials and businesses, and how does the second batch differ in focus from the first?",
    "¶7: the Guangzhou Municipal Commission for Discipline Inspection and Supervision issued two batches of the "
    "Guidelines and Q&A on Government-Business Interactions in Typical Scenarios in Guangzhou, in two consecutive years. "
    "¶9: the first batch systematically dealt with regular interaction issues such as \"what meals can be eaten and what "
    "vehicles can be taken\"; the second batch focuses on new productive forces and on full-cycle services for enterprise "
    "development from investment promotion to project landing.",
    ["the Guangzhou Municipal Commission for Discipline Inspection and Supervision has issued two batches",
     "what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "Guidelines and Q&A on Government-Business Interactions in Typical Scenarios"),
     E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken"),
     E(GZ, "¶9", "full-cycle services for enterprise development"),
     E(GZ, "¶9", "from investment promotion to project landing")],
    lang="en")

add("multi",
    "我们是一家民营贸易公司，卷进了一起合同纠纷引发的案子。办案机关冻结公司账户我们能理解，可连老板个人名下的房子和存款也一起冻了，"
    "冻结金额远远超过涉案金额。这样做有依据吗？我们能怎么办？",
    "《民营经济促进法》第六十二条：查封、扣押、冻结涉案财物应当遵守法定权限、条件和程序，严格区分违法所得、其他涉案财物与合法"
    "财产，民营经济组织财产与经营者个人财产，不得超权限、超范围、超数额、超时限查封、扣押、冻结财物。第六十五条：对国家机关实施"
    "的强制措施有异议的，可以依法向有关机关反映情况、申诉，依法申请行政复议、提起诉讼。第七十二条：违反法律规定实施查封、扣押、"
    "冻结等措施的，由有权机关责令改正，造成损失的，依法予以赔偿。",
    ["民营经济组织财产与民营经济组织经营者个人财产", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物",
     "可以依法向有关机关反映情况、申诉，依法申请行政复议、提起诉讼", "造成损失的，依法予以赔偿"],
    [E(PE, "第六十二条", "严格区分违法所得、其他涉案财物与合法财产，民营经济组织财产与民营经济组织经营者个人财产"),
     E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物"),
     E(PE, "第六十五条", "国家机关实施的强制措施存在异议的，可以依法向有关机关反映情况、申诉，依法申请行政复议、提起诉讼"),
     E(PE, "第七十二条", "违反法律规定实施征收、征用或者查封、扣押、冻结等措施的，由有权机关责令改正，造成损失的，依法予以赔偿")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我表哥在区里一个机关上班，这回一下子被翻出来三件事，每件单拎出来都够挨一次同样的处理。他是要一回接一回地挨三次吗？"
    "最长得被影响多久？",
    "不是简单叠加。《公职人员政务处分法》第十五条：有两个以上违法行为的，应当分别确定政务处分；应当给予两种以上政务处分的，执行"
    "其中最重的；应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得"
    "超过四十八个月。",
    ["应当分别确定政务处分", "执行其中最重的政务处分",
     "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月"],
    [E(PS, "第十五条", "公职人员有两个以上违法行为的，应当分别确定政务处分"),
     E(PS, "第十五条", "应当给予两种以上政务处分的，执行其中最重的政务处分"),
     E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月")],
    lang="zh")

add("paraphrase",
    "去区里办个手续，窗口的人直接塞给我一张名片，说得找这家公司出份报告才给过，钱还得我们自己掏。我们能不找他们吗？",
    "可以不找。《优化营商环境条例》第四十三条：作为办理行政审批条件的中介服务须有法律、法规或者国务院决定依据；行政机关不得为市场"
    "主体指定或者变相指定中介服务机构；除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介服务；行政机关在审批中需要"
    "委托中介机构开展技术性服务的，应当自行承担服务费用，不得转嫁给市场主体承担。",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构", "不得强制或者变相强制市场主体接受中介服务",
     "自行承担服务费用，不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第四十三条", "除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介服务"),
     E(BE, "第四十三条", "并自行承担服务费用，不得转嫁给市场主体承担")],
    lang="zh")

add("paraphrase",
    "The money behind our startup comes from a city-owned investment arm in Guangzhou. The business is healthy, but we're "
    "going to miss this year's numbers. Will they just cut and run so nobody upstairs can blame them?",
    "According to ¶22 of the lecture-hall report (Wang Xiaobin, Guangzhou Metro), the Guidelines encourage state-owned "
    "capital to become \"patient capital\": for projects with sound fundamentals that may not meet short-term "
    "expectations, the investor can choose to \"accompany them with patience\" based on compliant processes and "
    "professional judgments, instead of making mechanistic loss-stop decisions for fear of taking responsibility.",
    ["encourage state-owned capital to become “patient capital”",
     "for projects with sound fundamentals but may not meet short-term expectations",
     "instead of making mechanistic loss-stop decisions for fear of taking responsibility"],
    [E(GZ, "¶22", "encourage state-owned capital to become “patient capital”"),
     E(GZ, "¶22", "for projects with sound fundamentals but may not meet short-term expectations"),
     E(GZ, "¶22", "instead of making mechanistic loss-stop decisions")],
    lang="en")

add("paraphrase",
    "If some town hall keeps welching on deals again and again and half the local businesses are furious about it, does "
    "anybody actually put that out in public, or does it all get handled quietly?",
    "It is meant to go public. NDRC notice IV.(9): a batch of cases with serious dishonesty, repeated dishonesty and strong "
    "public complaints is selected, publicized on the \"Credit China\" website and exposed to society through news media "
    "to form a strong public-opinion deterrent.",
    ["Select a batch of cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "publicize them on the \"Credit China\" website", "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website"),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")

add("paraphrase",
    "有个短视频博主天天发视频，说我们老板是骗子、公司马上要卷钱跑路，全是瞎编的，结果好几个客户把单子撤了。我们能让他别再发了吗？"
    "丢掉的生意能找他要回来吗？",
    "《民营经济促进法》第五十九条：任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的"
    "人格权益；受到恶意侵害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施；致使生产经营、投资融资等活动遭受实际损失"
    "的，侵权人依法承担赔偿责任。网络服务提供者也应当及时处置此类违法信息。",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "致使民营经济组织生产经营、投资融资等活动遭受实际损失的，侵权人依法承担赔偿责任")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "I work in HR at a Shanghai city-level state-owned group; our shareholder is the municipal SASAC, not the central "
    "one. Do SASAC's 2022 Central SOE Compliance Management Measures bind us directly, or how do they reach companies "
    "like ours?",
    "Not directly. Art. 2 (第二条): the Measures apply to the central enterprises for which SASAC performs investor duties "
    "under State Council authorization. Art. 40 (第四十条): local state-owned assets supervision authorities refer to the "
    "Measures to guide the enterprises they invest in to strengthen compliance management.",
    ["根据国务院授权履行出资人职责的中央企业", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作"],
    [E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业"),
     E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作")],
    lang="en")

add("cross_lingual",
    "我是跑财经口的记者。发改委2023年那份政务诚信通知里，要求各级信用牵头部门推动同级政府部门对失信主体动用哪些惩戒手段？"
    "能列一下吗？",
    "通知第三部分第（5）项（III.(5)）：各级信用牵头部门参照建立政府失信惩戒机制，推动同级政府部门在职能范围内积极调动各类失信惩戒"
    "措施，包括但不限于限制政府资金支持、限制申请扶持政策、取消评优评奖、限制参与政府采购等，确保失信受惩。",
    ["including but not limited to restricting government funding support, limiting applications for support policies, "
     "canceling awards, and restricting participation in government procurement"],
    [E(NDRC, "III.(5)", "including but not limited to restricting government funding support"),
     E(NDRC, "III.(5)", "limiting applications for support policies, canceling awards"),
     E(NDRC, "III.(5)", "restricting participation in government procurement")],
    lang="zh")

add("cross_lingual",
    "大湾区廉洁合规协会是哪年成立的 谁牵头推动的 算不算政府机构啊 写稿要用 thx",
    "据广州讲堂报道第32段：广州大湾区企业廉洁合规管理协会（GBA Integrity and Compliance Association）成立于2021年，是由广州市"
    "纪委监委、市国资委和市工商联共同推动成立的非营利性社会组织，也是广州市5A级社会组织，并非政府机构。",
    ["was established in 2021",
     "It is a non-profit social organization jointly promoted by the Municipal Commission for Discipline Inspection and "
     "Supervision, the Municipal State-owned Assets Supervision and Administration Commission, and the Municipal "
     "Federation of Industry and Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "It is a non-profit social organization jointly promoted by"),
     E(GZ, "¶32", "the Municipal Federation of Industry and Commerce")],
    lang="zh")

add("cross_lingual",
    "I'm in business development at a private IT supplier. A section chief at a client bureau has hinted that we should "
    "pay for his family's holiday in Sanya. If he accepts a paid trip like that, what sanctions can he face under China's "
    "Public Official Sanctions Law?",
    "Art. 34, para. 2 (第三十四条第二款): a public official who accepts or provides banquets, travel, fitness or "
    "entertainment arrangements that may affect the impartial exercise of public power gets, where the circumstances are "
    "relatively serious, a warning, a demerit or a major demerit; where serious, demotion or removal from post. (Para. 1: "
    "accepting gifts, cash gifts or securities that may affect impartiality: warning to major demerit, up to dismissal "
    "where serious.)",
    ["接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，"
     "予以降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="en")

add("cross_lingual",
    "For a policy brief: under China's 2019 Regulations on Optimizing the Business Environment, when the government "
    "drafts rules that closely affect companies' operations, must the draft be put out for public comment, and for how "
    "long?",
    "Yes. Art. 62 (第六十二条): except where confidentiality is required by law, administrative regulations, rules and "
    "normative documents closely related to market entities' operations must be put out for public comment through "
    "newspapers, the internet etc., with a feedback mechanism on which opinions were adopted; the comment period is "
    "generally not less than 30 days. Market entities and industry associations must also be consulted.",
    ["应当通过报纸、网络等向社会公开征求意见", "向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "应当通过报纸、网络等向社会公开征求意见，并建立健全意见采纳情况反馈机制"),
     E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="en")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我在一家央企的人力部门，正在做明年的编制。合规管理办法说要配专职合规管理人员，具体按员工总数的什么比例配？一个二级子公司"
    "至少要配几个人？",
    ["配备比例", "千分之", "人数"],
    "中央企业合规管理办法第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员，第十三条要求业务部门设合规"
    "管理员；没有比例或最低人数，其他文件也没有。",
    lang="zh", present=["专职合规管理人员", "合规管理员"])

unans("not_covered",
    "We supply a listed large company. Under the 2025 SME payment regulations, large firms must disclose their overdue "
    "payments to SMEs in their annual report. By what date each year does that annual report have to be filed, so we "
    "know when to look it up?",
    ["June 30", "6月30日"],
    "保障中小企业款项支付条例第十八条第二款 only says large enterprises include the information in their 企业年度报告 and "
    "publish it through the 国家企业信用信息公示系统; it gives no filing date (the 3月31日 deadline in para. 1 is for "
    "机关、事业单位). No other document gives one.",
    lang="en", present=["企业年度报告", "3月31日"])

unans("not_covered",
    "公司去年因为一个行政处罚上了失信名单 现在整改完了想做信用修复 要等满多久才能申请?? 有没有年限规定 急",
    ["修复期限", "满一年", "年限"],
    "民营经济促进法第五十四条只说纠正失信行为、消除不良影响、符合信用修复条件的可以提出信用修复申请；NDRC通知III.(6)讲政府失信"
    "主体的修复；均无等待期或年限。",
    lang="zh", present=["信用修复", "修复条件"])

unans("not_covered",
    "quick q - local govt broke our supply contract back in 2021 and we never complained. is it too late now?? is there "
    "a time limit on filing a breach of contract complaint under the ndrc notice",
    ["limitation period", "limitation", "诉讼时效", "投诉时效"],
    "NDRC notice II.(1)-(2) set out the complaint channels and how clues are transferred and verified, but give no time "
    "limit for filing; no other document sets a limitation period for such complaints (民营经济促进法第六十三条's "
    "追诉期限 is about criminal prosecution).",
    lang="en", present=["complaint clues", "追诉期限"])

unans("not_covered",
    "我们公司一名中层（国企管理人员）收到了监察委的政务处分决定书，他不服想申请复审。法律规定收到决定书后多少日内必须提出？"
    "过了期限还能申请吗？",
    ["复审期限", "日内申请"],
    "政务处分法第五十五条规定可以向作出决定的监察机关申请复审、再向上一级申请复核；第四十五条只要求决定书载明申请复审、复核的"
    "途径和期限；法律本身没有规定具体天数。",
    lang="zh", present=["申请复审", "途径和期限"])

unans("not_covered",
    "Our sales team sometimes has lunch with officials from a Guangzhou district procurement office. What's the "
    "per-person spending cap for such a meal under the Guangzhou Guidelines?",
    ["per person", "yuan", "RMB"],
    "GZ report ¶9 only says the first batch of the Guidelines dealt with \"what meals can be eaten and what vehicles can "
    "be taken\"; it gives no amount, and the Guidelines' own text is not in the corpus.",
    lang="en", present=["what meals can be eaten"])

unans("not_covered",
    "我们是做办公家具的小微企业。听说政府采购要给中小企业预留份额，民营经济促进法里规定的预留比例是多少？",
    ["预留", "份额"],
    "民营经济促进法第十四条只规定招标投标、政府采购不得限制或者排斥民营经济组织（优化营商环境条例第十三条类似）；没有任何文件"
    "规定预留份额或比例。",
    lang="zh", present=["政府采购"])

unans("not_covered",
    "How often does a central SOE's compliance committee have to meet under SASAC's 2022 measures - quarterly? And who "
    "is supposed to chair it?",
    ["每季度", "quarterly", "每年至少", "主任"],
    "中央企业合规管理办法第十一条 only says central SOEs set up a 合规委员会 that may share offices with the rule-of-law "
    "leadership body and 定期召开会议; no frequency and no chair are specified.",
    lang="en", present=["合规委员会", "定期召开会议"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "既然条例规定大型企业给中小企业付款最长不能超过30天，我们跟一家大型民企签的合同写的是验收合格后45天付款，这个条款是不是就"
    "无效了？我们能直接按30天催款吗？",
    ["45日"],
    "保障中小企业款项支付条例第九条：30日（约定最长60日）是机关、事业单位的付款期限；大型企业应当自交付之日起60日内支付，合同另有"
    "约定的从其约定（须合理约定）。“大型企业最长30天”的前提是错的。",
    lang="zh", present=["30日内支付款项", "60日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
             E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
    "My boss says the NDRC's 2023 notice set up a special NDRC arbitration panel that hears companies' breach-of-contract "
    "claims against local governments and can order them to pay damages, so we should skip the local courts. How do we "
    "file a claim with that panel?",
    ["arbitration", "tribunal", "damages"],
    "The NDRC notice creates no arbitration panel and awards no damages: II.(1) has provincial credit leading departments "
    "accept complaints through existing channels, and II.(2) sends clues to the superior or competent departments of the "
    "complained entities for verification and rectification.",
    lang="en", present=["credit leading departments", "superior or competent departments"],
    related=[E(NDRC, "II.(1)", "accepting and collecting complaints involving government departments"),
             E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
    "政务处分法里警告的处分期是一年，对吧？我们公司一个部门经理上个月被给了警告，人力这边想确认一下，是不是要到明年这个时候他才能"
    "参加岗位晋升？",
    ["警告，十二个月", "警告，一年"],
    "政务处分法第八条：警告的处分期是六个月（十二个月是记过）；第二十一条：国有企业管理人员在处分期内不得晋升职务、岗位等级和职称。"
    "“警告一年”的前提错误。",
    lang="zh", present=["警告，六个月", "记过，十二个月"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称")])

unans("false_premise",
    "The 2019 Business Environment Regulations cap any deposit a government body can demand from a company at 5% of the "
    "contract value. Our municipal bureau is asking for a 10% performance deposit on a services contract. How do we work "
    "out the refund of the excess 5%?",
    ["5%", "百分之五"],
    "优化营商环境条例第二十五条 sets no percentage cap: 涉企保证金 need a legal/administrative-regulation basis or State "
    "Council approval and are managed by a published catalogue (nothing outside it may be charged), with bank guarantees "
    "encouraged instead of cash. SME payment regulations 第十三条 only says deposit ratios must follow laws and rules.",
    lang="en", present=["涉企保证金", "保证金的收取比例"],
    related=[E(BE, "第二十五条", "设立政府性基金、涉企行政事业性收费、涉企保证金，应当有法律、行政法规依据或者经国务院批准")])

unans("false_premise",
    "为什么《民营经济促进法》要求所有民营企业都必须设首席合规官？我们才五十来个人的贸易公司，也得专门招一个吗？",
    ["必须设立", "民营经济组织应当设立首席合规官"],
    "民营经济促进法没有首席合规官的要求，第三十九条只是支持引导民营经济组织建立健全内部审计制度、加强廉洁风险防控；首席合规官出自"
    "中央企业合规管理办法第十二条，按第二条只适用于国资委履行出资人职责的中央企业。",
    lang="zh", present=["首席合规官"],
    related=[E(PE, "第三十九条", "支持引导民营经济组织建立健全内部审计制度，加强廉洁风险防控"),
             E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业")])

unans("false_premise",
    "The Guangzhou government-business interaction Guidelines apply across all of Guangdong, right? We're a supplier based "
    "in Shenzhen - which of the 33 scenarios cover our dealings with Shenzhen district officials?",
    ["Shenzhen"],
    "GZ report ¶7: the Guidelines (Guidelines and Q&A on Government-Business Interactions in Typical Scenarios in "
    "Guangzhou) were issued by the Guangzhou Municipal Commission for Discipline Inspection and Supervision; nothing says "
    "they apply province-wide or in Shenzhen.",
    lang="en", present=["33 scenarios", "Guangdong"],
    related=[E(GZ, "¶7", "Government-Business Interactions in Typical Scenarios in Guangzhou")])

unans("false_premise",
    "我们领导说，按《保障中小企业款项支付条例》，机关、事业单位每年6月30日前才要公开上一年度逾期没付中小企业款项的情况，所以"
    "现在4月份查不到很正常。那到7月份我们该去哪儿查他们公开的这些信息？",
    ["6月30日"],
    "保障中小企业款项支付条例第十八条：机关、事业单位应当于每年3月31日前公开，不是6月30日；前提中的期限错误。",
    lang="zh", present=["3月31日"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "上个月开给客户的增值税专票税率开错了 已经跨月了 还能作废吗 还是只能开红字 流程咋走",
    ["增值税专用发票", "红字发票"],
    "增值税发票开具与红冲，语料不涉及（与优化营商环境条例第四十六条“电子发票”共享字面）。",
    lang="zh", present=["电子发票"])

unans("out_of_domain",
    "I've worked at the same company for 8 years in total. How many days of paid annual leave am I entitled to each year?",
    ["annual leave", "带薪年休假"],
    "Employee leave entitlement, not in the corpus (劳动用工 is only mentioned in passing).",
    lang="en", present=["劳动用工"])

unans("out_of_domain",
    "公司组织去日本团建，有两个同事护照过期了，加急办护照一般要几个工作日？",
    ["护照", "团建"],
    "护照办理，语料不涉及（政务处分法第三十一条“因私出境证件”仅字面相近）。",
    lang="zh", present=["出境"])

unans("out_of_domain",
    "What's a sensible monthly Google Ads budget if we sell industrial valves B2B, and should we bid on competitors' brand "
    "names?",
    ["Google Ads", "valves"],
    "Online advertising, not in the corpus (shares only 'market expansion' loosely with the GZ report).",
    lang="en", present=["market expansion"])

unans("out_of_domain",
    "Our office laser printer keeps jamming on thick card stock. Should we change the paper tray settings or just buy an "
    "inkjet?",
    ["printer", "inkjet"],
    "Office equipment, not in the corpus.",
    lang="en")

# =========================================================================== unanswerable: superseded

unans("superseded",
    "I remember a draft of the Private Economy Promotion Law being put out for public comment in late 2024. How did the "
    "draft's wording on late payments by government agencies differ from the final text?",
    ["draft", "草案", "征求意见稿"],
    "Only the final law (adopted 2025-04-30, in force 2025年5月20日) is in the corpus; no draft text or comparison.",
    lang="en", present=["2025年5月20日"])

unans("superseded",
    "2018年国资委印发的《中央企业合规管理指引（试行）》里，对合规委员会和合规管理牵头部门是怎么规定的？跟2022年的办法比有哪些变化？",
    ["合规管理指引", "2018", "试行"],
    "语料只有2022年国资委令第42号《中央企业合规管理办法》，没有2018年试行指引的文本。",
    lang="zh", present=["第42号", "合规委员会"])

unans("superseded",
    "在发改委2023年这个政务诚信通知出台之前，2016年国务院发的《关于加强政务诚信建设的指导意见》对政府失信是怎么惩戒的？",
    ["2016", "指导意见", "Guiding Opinions"],
    "NDRC通知（2023年8月）只引用中共中央、国务院关于促进民营经济发展壮大的意见；2016年的政务诚信指导意见不在语料中。",
    lang="zh", present=["Opinions of the CPC Central Committee"])

unans("superseded",
    "Before the Supervision Law and the 2020 sanctions law, officials were disciplined under the old Administrative "
    "Supervision Law. What sanctions could supervision organs impose under that old law, and how long did a demerit last?",
    ["Administrative Supervision Law", "行政监察法"],
    "Only the 2020 公职人员政务处分法 is in the corpus (第八条: 记过，十二个月); the repealed 行政监察法 is not, and 第六十七条 "
    "only says pre-existing cases follow the rules of the time.",
    lang="en", present=["监察法", "记过，十二个月"])
