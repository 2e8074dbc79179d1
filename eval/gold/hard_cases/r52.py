"""Hard-case gold items, fifty-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: the compliance manager of a central SOE subsidiary building a compliance system (Chinese, formal; asks
about roles, committees and reporting lines), and a small merchant selling through delivery platforms who is owed
money (by canteens, a hospital, a street office) and owes some himself (Chinese and English, colloquial, typos).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "本人系某中央企业所属二级子公司合规管理部门负责人，正牵头搭建合规管理体系。请问依据《中央企业合规管理办法》，"
    "设立首席合规官是否需要新增领导岗位？该职务由何人兼任、对谁负责？",
    "《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门组织开展相关工作，指导所属单位加强合规管理。",
    ["不新增领导岗位和职数，由总法律顾问兼任", "对企业主要负责人负责"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任"),
     E(SOE, "第十二条", "对企业主要负责人负责，领导合规管理部门组织开展相关工作")],
    lang="zh")

add("single",
    "我在外卖平台上开了个小快餐店，顺带给街道办食堂每周送工作餐，合同里没写啥时候付钱。现在都拖了块4个月了，"
    "食堂那边说要等年底统一结。街道办这种机关单位，法律上到底多久之内得把钱给我？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位从中小企业采购货物、工程、服务，应当自交付之日起30日内支付款项；"
    "合同另有约定的从其约定，但付款期限最长不得超过60日。合同没约定，就是交付后30日内。",
    ["应当自货物、工程、服务交付之日起30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "Per the NDRC's 2023 government integrity notice, what happens to a prefecture-level city that ends up with a "
    "government dishonesty record?",
    "Item III.(4): for prefecture-level and above cities with government dishonesty records, the NDRC will cancel their "
    "eligibility for awards and pilot demonstrations in the development and reform system, increase the weight of city "
    "credit monitoring deductions, and cancel their title or eligibility for social credit system demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("single",
    "Session 12 of the lecture hall: where, who hosted, how many people?",
    "¶3: it was held on the afternoon of December 26 at the Liby Center, hosted by the Guangzhou Greater Bay Area "
    "Enterprise Integrity and Compliance Management Association (the GBA Integrity and Compliance Association), and "
    "gathered over 100 guests.",
    ["was held at the Liby Center", "this event gathered over 100 guests"],
    [E(GZ, "¶3", "was held at the Liby Center"),
     E(GZ, "¶3", "this event gathered over 100 guests")],
    lang="en")

add("single",
    "如本公司因违规行为被国际组织制裁，可能造成重大资产损失，按《中央企业合规管理办法》应由谁牵头应对？"
    "此类事件是否须向国资委报告？",
    "第二十二条：因违规行为引发重大法律纠纷案件、重大行政处罚、刑事案件，或者被国际组织制裁等重大合规风险事件，"
    "造成或者可能造成企业重大资产损失或者严重不良影响的，应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同"
    "配合，及时采取措施妥善应对；发生重大合规风险事件，应当按照相关规定及时向国资委报告。",
    ["应当由首席合规官牵头，合规管理部门统筹协调", "按照相关规定及时向国资委报告"],
    [E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调，相关部门协同配合"),
     E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我司正在起草合规管理体系建设方案和合规管理基本制度。请问依据《中央企业合规管理办法》第八条、第九条，上述两项文件"
    "分别由哪一治理主体拟订、由哪一主体审议批准？合规管理年度计划又由谁批准？",
    "第九条：经理层拟订合规管理体系建设方案，经董事会批准后组织实施；拟订合规管理基本制度，批准年度计划等。"
    "第八条：董事会审议批准合规管理基本制度、体系建设方案和年度报告等。即两项文件均由经理层拟订、董事会审批，"
    "年度计划由经理层批准。",
    ["审议批准合规管理基本制度、体系建设方案和年度报告等", "拟订合规管理体系建设方案，经董事会批准后组织实施",
     "拟订合规管理基本制度，批准年度计划等"],
    [E(SOE, "第八条", "审议批准合规管理基本制度、体系建设方案和年度报告等"),
     E(SOE, "第九条", "拟订合规管理体系建设方案，经董事会批准后组织实施"),
     E(SOE, "第九条", "拟订合规管理基本制度，批准年度计划等")],
    lang="zh")

add("multi",
    "集团要求我司设立合规委员会，并在各业务部门配备合规管理员。请教两点：其一，合规委员会能否与现有的法治建设领导"
    "小组合署办公，其定位为何？其二，业务部门的合规管理员应由何人担任，业务上接受谁的指导？",
    "第十一条：合规委员会可以与法治建设领导机构等合署办公，统筹协调合规管理工作，定期召开会议，研究解决重点难点问题。"
    "第十三条第二款：应当在业务及职能部门设置合规管理员，由业务骨干担任，接受合规管理部门业务指导和培训。",
    ["可以与法治建设领导机构等合署办公，统筹协调合规管理工作", "由业务骨干担任，接受合规管理部门业务指导和培训"],
    [E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公"),
     E(SOE, "第十一条", "统筹协调合规管理工作，定期召开会议，研究解决重点难点问题"),
     E(SOE, "第十三条", "中央企业应当在业务及职能部门设置合规管理员，由业务骨干担任")],
    lang="zh")

add("multi",
    "我和我老婆开了家做盒饭的外卖店，去年开始给市里一家公立医院（事业单位）的夜班送餐，到现在欠了我们3万多一直不结。"
    "想去投诉吧，又怕医院以后不订我们的餐了，后勤科的人还放话说“你去告试试看”。这种情况该去哪投诉？他们要真报复"
    "我们，有没有说法？",
    "《保障中小企业款项支付条例》第二十四条：省级以上人民政府负责中小企业促进工作综合管理的部门受理对机关、事业单位"
    "和大型企业拖欠中小企业款项的投诉，国务院主管部门还建立了国家统一的拖欠中小企业款项投诉平台。第二十条：机关、"
    "事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业进行恐吓、打击报复；第三十五条："
    "有此行为的，对负有责任的人员依法给予处分或处罚，构成犯罪的追究刑事责任。",
    ["受理对机关、事业单位和大型企业拖欠中小企业款项的投诉", "国家统一的拖欠中小企业款项投诉平台",
     "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十四条", "受理对机关、事业单位和大型企业拖欠中小企业款项的投诉"),
     E(SME, "第二十四条", "建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚")],
    lang="zh")

add("multi",
    "our county market bureau signed a deal giving my little restaurant chain a subsidy for joining their 'smart "
    "kitchen' scheme, then just didnt pay. if it gets confirmed as breach of contract under the NDRC notice, where does "
    "that record actualy go, and what does the bureau have to do to get it wiped?",
    "III.(3): provincial credit leading departments share identified breach-of-contract and dishonesty information in "
    "real time to the national credit information sharing platform, and the NDRC includes it under the relevant "
    "entities to form government credit records (which are also to count in departments' performance evaluation). "
    "III.(6): once the identifying department confirms the dishonest behaviour has been corrected and performance "
    "completed, the records are promptly restored and the punishment measures terminated.",
    ["share identified breach of contract and dishonesty information in real time to the national credit "
     "information sharing platform",
     "has been corrected and performance completed, relevant dishonesty records should be promptly restored"],
    [E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time"),
     E(NDRC, "III.(3)", "relevant entities to form government credit records"),
     E(NDRC, "III.(6)", "has been corrected and performance completed, relevant dishonesty records")],
    lang="en")

add("multi",
    "We run a mid-sized cross-border e-commerce business in Guangzhou and our board wants outside help setting up a "
    "proper integrity-and-compliance programme. The GBA association in that lecture-hall report – which specialised "
    "committees does it have, and which of its services is aimed at helping a company build its own compliance "
    "system?",
    "¶33: the association relies on specialised committees – the Compliance Think Tank, Legal Services, Finance and "
    "Taxation, Human Resources, Data Compliance, Internal Audit and Supervision, and Overseas Compliance. ¶37: its "
    "Enterprise Compliance Health Check service offers customised compliance health checks and anti-fraud "
    "investigations, helping enterprises build an integrity and compliance management system.",
    ["Data Compliance, Internal Audit and Supervision, and Overseas Compliance",
     "customized compliance health checks and anti-fraud investigations"],
    [E(GZ, "¶33", "specialized committees such as the Compliance Think Tank, Legal Services"),
     E(GZ, "¶33", "Data Compliance, Internal Audit and Supervision, and Overseas Compliance"),
     E(GZ, "¶37", "customized compliance health checks and anti-fraud investigations")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们这条美食街上全是做外卖的小店。街道办上周挨家通知，每家必须报名搞个“星级放心餐厅”挂牌，报名费800块，还得"
    "派个人去听三天课，不去的话“年底检查的时候看着办”。这个我们能不能不参加、不交钱啊？",
    "可以拒绝。《优化营商环境条例》第十七条第二款：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体"
    "参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费；第六十九条第（五）"
    "项规定政府和有关部门有此情形的依法依规追究责任。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("paraphrase",
    "对面同行雇了一帮小号天天在网上发帖，说我们店用过期肉、厨房里有老鼠，全是瞎编的，照片都是P的。这半个月单量"
    "掉了一大半。我能先让他们别再发了吗？掉的生意能找他们赔吗？",
    "能。《民营经济促进法》第五十九条：任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济"
    "组织及其经营者的人格权益；受到恶意侵害的，有权依法向人民法院申请采取责令行为人停止有关行为的措施；致使生产经营"
    "等遭受实际损失的，侵权人依法承担赔偿责任。（个体工商户属于第七十七条所称民营经济组织。）",
    ["有权依法向人民法院申请采取责令行为人停止有关行为的措施", "侵权人依法承担赔偿责任"],
    [E(PE, "第五十九条", "不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施"),
     E(PE, "第五十九条", "侵权人依法承担赔偿责任")],
    lang="zh")

add("paraphrase",
    "so last yr the district signed a written deal with our small food company: move our kitchen into their new night "
    "market street, 2 yrs rent free. now theres a new guy running the district and the office says \"new boss new "
    "plans, old deal's off\". is that even allowed?? and where do you complain about the goverment itself lol",
    "Under the NDRC notice, item II.(2): failure to perform due to institutional adjustments, personnel changes and "
    "other reasons is regarded as breach of contract and dishonesty. Item II.(1): provincial credit leading departments "
    "collect such complaints through their credit websites, the \"Internet + Supervision\" platform, the MIIT complaint "
    "platform, local 12345 government service hotlines, business environment complaint platforms and petition "
    "departments; the scope covers agreements the government signs with private enterprises in investment promotion, "
    "industrial support and other fields.",
    ["Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be regarded "
     "as breach of contract and dishonesty",
     "local 12345 government service hotlines, business environment complaint platforms"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint"),
     E(NDRC, "II.(1)", "signed by government departments with private enterprises in government")],
    lang="en")

add("paraphrase",
    "Our investment committee has basically frozen up. Nobody wants to put their name to anything new, because if it "
    "goes south they're sure they'll personally carry the can. Does that Guangzhou lecture-hall write-up say anything "
    "about this?",
    "Yes. In ¶21 the Guangzhou Metro speaker says the second batch of the Guidelines provides a \"safety zone\" for "
    "compliant investment decision-making: if an investment made with due diligence and through compliant "
    "decision-making procedures incurs losses due to objective factors such as market risks, the relevant personnel "
    "may be exempted from liability – addressing state-owned asset managers' \"fear of taking responsibility\".",
    ["incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from "
     "liability"],
    [E(GZ, "¶21", "compliant decision-making procedures incurs losses due to objective factors"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="en")

add("paraphrase",
    "我司一名采购岗员工私下向我反映，撞见其部门负责人与某供应商往来过密，疑有利益输送，但担心说出去之后被穿小鞋、"
    "年底考核被整。按央企合规办法，公司应当给这类员工提供什么渠道？又该如何保护他？",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱，相关部门按职责"
    "受理、调查和处理；应当对举报人的身份和举报事项严格保密，举报属实的可以给予适当奖励；任何单位和个人不得以任何"
    "形式对举报人进行打击报复。",
    ["设立违规举报平台，公布举报电话、邮箱或者信箱", "对举报人的身份和举报事项严格保密",
     "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "We just won a catering contract with a public hospital (a public institution). They want a 20,000 yuan "
    "performance deposit IN CASH up front, which kills my cashflow. Under China's SME payment regulations can I give "
    "them a bank guarantee letter instead? And when do I get the deposit back?",
    "Yes. Article 13: government organs, public institutions and large enterprises may not restrict deposits to cash, "
    "and where an SME provides security by a letter of guarantee issued by a financial institution, they must accept "
    "it. After the guarantee period expires they must promptly settle and refund the deposit according to law or the "
    "contract. (A performance deposit is one of the four lawful kinds of deposit in construction; the cash limit "
    "applies to all.)",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受",
     "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"),
     E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还")],
    lang="en")

add("cross_lingual",
    "I am preparing an English briefing on the SASAC Compliance Management Measures for Central SOEs for the board of "
    "our Hong Kong–listed parent. Does Article 25 require a record of violations by subsidiaries and staff, and what "
    "are those records to be used for?",
    "Yes. Article 25(2): central SOEs shall establish a system recording violations in the operation and management of "
    "their subsidiaries and in employees' performance of duties, and use the nature, number of occurrences and degree "
    "of harm of violations as an important basis for appraisal and evaluation, rank assessment and similar work. "
    "Article 25(1) also requires an accountability mechanism with clear scope and detailed standards.",
    ["建立所属单位经营管理和员工履职违规行为记录制度",
     "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据"],
    [E(SOE, "第二十五条", "中央企业应当建立所属单位经营管理和员工履职违规行为记录制度"),
     E(SOE, "第二十五条", "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据")],
    lang="en")

add("cross_lingual",
    "i run my delivery kitchen as a sole trader (individual business licence). thinking of switching to a proper "
    "company so i can sign bigger catering contracts. does the private economy promotion law say anything about that, "
    "will anybody help me with the paperwork?",
    "Yes. Article 48(2) of the Private Economy Promotion Law: individual industrial and commercial households may "
    "voluntarily transform into enterprises in accordance with law, and the registration authorities, tax authorities "
    "and other departments shall provide guidance and facilitation for the transformation.",
    ["个体工商户可以自愿依法转型为企业", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业"),
     E(PE, "第四十八条", "登记机关、税务机关和有关部门为个体工商户转型为企业提供指引和便利")],
    lang="en")

add("cross_lingual",
    "我去年投诉了区政府不履行跟我们签的协议，到现在都没啥动静。发改委2023年那个政务诚信通知里，上面会不会检查地方"
    "处理这种投诉的效率啊？用啥办法查，查完结果通报给谁？",
    "会。通知第四部分第（7）项：国家发改委将通过抽查、第三方调查、交叉检查等方式，对违约失信投诉的办理和认定效率、"
    "信用信息归集质量、失信惩戒措施落实等重点任务进行评估（\"through spot checks, third-party investigations, "
    "cross-checks\"），定期通报省级信用牵头部门并抄送省级人民政府；各级信用牵头部门也要参照建立评估通报机制。",
    ["the handling and identification efficiency of breach of contract and dishonesty complaints",
     "spot checks, third-party investigations, cross-checks",
     "regularly notifying provincial credit leading departments and copying the provincial people's governments"],
    [E(NDRC, "IV.(7)", "the handling and identification efficiency of breach of contract"),
     E(NDRC, "IV.(7)", "spot checks, third-party investigations, cross-checks"),
     E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")],
    lang="zh")

add("cross_lingual",
    "广州“廉洁合规大讲堂”那篇报道中提及的大湾区廉洁合规协会，系由哪几家单位共同推动成立？成立于哪一年？",
    "据报道¶32：该协会成立于2021年，是由广州市纪委监委、市国资委和市工商联共同推动成立的非营利性社会组织（\"jointly "
    "promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal State-owned Assets "
    "Supervision and Administration Commission, and the Municipal Federation of Industry and Commerce\"）；大事记¶41"
    "载明成立日期为2021年4月16日。",
    ["was established in 2021",
     "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal "
     "State-owned Assets Supervision and Administration Commission, and the Municipal Federation of Industry and "
     "Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "non-profit social organization jointly promoted by the Municipal Commission"),
     E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "集团要求各二级子公司参照设立首席合规官。请问《中央企业合规管理办法》对首席合规官的任职资格有何具体要求，"
    "例如是否须具备法律职业资格、从业年限不少于若干年？",
    ["任职资格", "法律职业资格", "从业年限"],
    "办法第十二条只规定首席合规官不新增领导岗位和职数、由总法律顾问兼任、对企业主要负责人负责，未规定任何任职资格、"
    "职业资格或从业年限；其他文件也没有。",
    lang="zh", present=["首席合规官", "总法律顾问"])

unans("not_covered",
    "我司拟设立合规委员会。请问办法对合规委员会的组成人员有无明确要求？会议频次是否规定为每季度至少召开一次？",
    ["组成人员", "每季度", "至少召开"],
    "办法第十一条只规定设立合规委员会、可与法治建设领导机构等合署办公、统筹协调合规管理工作、定期召开会议，"
    "既无组成人员要求，也无具体会议频次。",
    lang="zh", present=["合规委员会", "定期召开会议", "合署办公"])

unans("not_covered",
    "my shop has 6 staff and did about 1.2 million yuan last year. under the SME payment regulations what exactly "
    "are the headcount / revenue limits to count as a micro enterprise? want to make sure i qualify before i tell "
    "the canteen im an SME",
    ["employees", "营业收入", "从业人员"],
    "Article 3 of the Regulations only refers to the SME classification standards approved by the State Council and "
    "Article 29 to a self-test platform for enterprise size type; no headcount or revenue thresholds appear in any "
    "document.",
    lang="en", present=["划分标准", "企业规模类型测试平台"])

unans("not_covered",
    "Under the NDRC 2023 notice, once my complaint is passed up to the department above the county bureau for "
    "verification, how many days does that department have to finish verifying and identifying it? Is there a "
    "deadline written into the notice?",
    ["working days", "calendar days", "within 30 days"],
    "II.(2) of the NDRC notice says clues are transferred immediately for verification and identification and "
    "feedback is given promptly, but sets no number of days for verification; the 30-day/90-day handling limits are "
    "in Article 25 of the SME payment Regulations, which concern its own complaint mechanism, not the NDRC notice.",
    lang="en", present=["immediately", "promptly", "处理期限最长不得超过90日"])

unans("not_covered",
    "在国家那个拖欠中小企业款项投诉平台上投诉，要不要交钱啊？投诉费大概多少？",
    ["投诉费", "免费"],
    "条例第二十四条只规定建立国家统一的投诉平台、受理投诉，第二十五条规定处理时限，均未提及是否收费或费用标准；"
    "其他文件也没有。",
    lang="zh", present=["投诉平台", "公益法律服务"])

unans("not_covered",
    "How many member companies does the GBA Integrity and Compliance Association have at the moment?",
    ["number of members", "member companies"],
    "The GZ report describes the membership by type (state-owned, private, overseas-invested, Fortune Global 500 "
    "etc.) and says it covers 29 industry sectors, and that session 12 had over 100 guests, but never gives the "
    "number of members.",
    lang="en", present=["29 industry sectors", "over 100 guests", "benchmark enterprises"])

unans("not_covered",
    "ok so i filed on the national SME arrears complaint platform against the uni canteen (public institution) that "
    "owes me 18k for lunchboxes. realisticly whats the chance they actualy pay up within the month? whats the "
    "success rate for these complaints, will i win?",
    ["success rate", "成功率", "chance", "likely"],
    "A prediction: the SME payment Regulations set out the complaint procedure (Arts. 24-25: transfer within 10 "
    "working days, result within 30 days, at most 90) and consequences, but no document gives success rates or any "
    "basis to predict an outcome.",
    lang="en", present=["投诉平台", "督办书"])

unans("not_covered",
    "有家国企的职工食堂欠我们店的团餐款，拖了快两年了一直说没钱。我现在去法院告还来得及吗？诉讼时效是几年，"
    "会不会已经过了？",
    ["诉讼时效"],
    "民营经济促进法第六十八条只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，第六十三条的"
    "“追诉期限”是刑事追诉；民事诉讼时效在各文件中均未规定。",
    lang="zh", present=["立案", "追诉期限"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为什么《中央企业合规管理办法》要求首席合规官必须另设专职副总经理岗位担任、不得由总法律顾问兼任？我司领导职数"
    "已满，新增岗位报批困难，应当如何解决？",
    ["专职副总经理", "副总经理"],
    "前提错误：办法第十二条恰恰规定设立首席合规官“不新增领导岗位和职数，由总法律顾问兼任”，并无另设专职副总经理、"
    "禁止兼任的要求。",
    lang="zh", present=["总法律顾问", "首席合规官"],
    related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
    "办法第十一条规定，合规委员会主任须由监事会主席担任。我司已按改革要求撤销监事会，请问合规委员会主任应改由谁"
    "担任？",
    ["监事会", "主任"],
    "前提错误：第十一条只规定设立合规委员会，可以与法治建设领导机构等合署办公，统筹协调合规管理工作、定期召开会议，"
    "没有规定委员会主任人选，更未提及监事会（全文没有“监事会”）。",
    lang="zh", present=["合规委员会"],
    related=[E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公")])

unans("false_premise",
    "根据办法第三十条，新入职员工的合规培训每年不得少于16学时，重点岗位人员不得少于24学时。请问学时不足的，"
    "是否影响当年绩效考核？",
    ["学时"],
    "前提错误：第三十条只要求建立常态化合规培训机制、制定年度培训计划，将合规管理作为管理人员、重点岗位人员和新入职"
    "人员培训必修内容，没有任何学时要求。",
    lang="zh", present=["年度培训计划"],
    related=[E(SOE, "第三十条", "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")])

unans("false_premise",
    "I heard that under Article 18 of the SME payment regulations, public institutions must publish their list of "
    "overdue unpaid SME contracts by June 30 each year. It's July now and the city hospital that owes me hasn't "
    "posted anything – can I report them for missing the June 30 deadline?",
    ["June 30", "6月30日"],
    "False premise: Article 18 requires organs and public institutions to disclose the previous year's overdue unpaid "
    "SME contracts before March 31 each year, not June 30 (failure to disclose is item (7) of Article 31).",
    lang="en", present=["3月31日"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "the NDRC notice says only complaints filed thru the Credit China website count, so my call to the 12345 hotline "
    "about the street office tearing up our stall contract was basically useless?? do i have to start over?",
    ["only complaints", "filed through"],
    "False premise: II.(1) lists local 12345 government service hotlines among the channels the provincial credit "
    "leading departments rely on to collect complaints; the NDRC only publicises the local complaint columns on Credit "
    "China.",
    lang="en", present=["Credit China", "12345"],
    related=[E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint"),
             E(NDRC, "II.(1)", "Our commission will publicize local complaint columns")])

unans("false_premise",
    "Article 61 of the private economy promotion law says individual businesses (sole traders) are NOT private "
    "economic organizations, right? so my little delivery kitchen gets no protection at all when the town keeps "
    "fining us for no reason?",
    ["individual business", "getihu"],
    "False premise: Article 77 defines private economic organizations to include individual industrial and commercial "
    "households controlled by Chinese citizens; Article 61 is about expropriation and bars collecting fees, imposing "
    "fines without legal basis and apportioning levies on private economic organizations.",
    lang="en", present=["个体工商户"],
    related=[E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户"),
             E(PE, "第六十一条", "不得实施没有法律、法规依据的罚款")])

unans("false_premise",
    "我司一名中层管理人员（国有企业管理人员）近日被监委给予警告处分。按照政务处分法，警告处分期为十二个月，请问在"
    "这十二个月内他能否参加岗位等级晋升？期满后是否自动解除？",
    ["警告，十二个月", "警告处分期为十二个月"],
    "前提错误：政务处分法第八条规定警告的处分期为六个月，十二个月是记过的期间。（第二十一条：国有企业管理人员在"
    "处分期内不得晋升职务、岗位等级和职称；第二十六条：期满后自动解除。）",
    lang="zh", present=["政务处分期"],
    related=[E(PS, "第八条", "（一）警告，六个月；"),
             E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "开外卖店办食品经营许可证要准备啥材料呀？后厨面积有没有最低要求？",
    ["食品经营许可", "后厨"],
    "食品经营许可办理，与这些文件无关（文件中的“许可”只涉及证照分离、行政许可清单等泛泛规定）。",
    lang="zh", present=["许可"])

unans("out_of_domain",
    "whats the best way to get more orders on Meituan during the lunch rush – run promos or pay for better ranking?",
    ["Meituan", "promo"],
    "Platform marketing advice; nothing in the documents (the GZ report only lists e-commerce platforms among member "
    "sectors).",
    lang="en", present=["e-commerce platforms"])

unans("out_of_domain",
    "公司年会抽奖发放的奖品，个人所得税应当如何代扣代缴？",
    ["个人所得税", "年会", "代扣代缴"],
    "个人所得税代扣代缴问题，文件不涉及（央企合规办法只把税务管理列为合规重点领域）。",
    lang="zh", present=["税务管理"])

unans("out_of_domain",
    "What VAT rate do I pay as a small-scale taxpayer selling takeaway food, and can I issue special VAT invoices?",
    ["VAT", "small-scale taxpayer", "增值税"],
    "Tax rates and invoicing are not covered (BE Art. 24 and 46 only speak of tax cuts and electronic invoices in "
    "general).",
    lang="en", present=["减税降费"])

unans("out_of_domain",
    "one of my delivery guys crashed his e-bike on the way to a customer. who pays his hospital bill, me or the "
    "platform? does it count as a work injury?",
    ["work injury", "工伤", "e-bike"],
    "Work-injury insurance and liability for delivery riders; none of the documents covers it (labour only appears as "
    "a general compliance area).",
    lang="en", present=["劳动用工"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "2020年版《保障中小企业款项支付条例》（国务院令第728号原文）里，大型企业给中小企业的付款期限是怎么规定的？"
    "跟修订前比，2025年修订后有啥变化？",
    ["2020年版", "修订前", "原条例"],
    "语料只有2025年国务院令第802号修订后的条例文本，没有2020年原文，无法比较修订前后差异。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "What did the 2018 SASAC Guidelines for Compliance Management of Central SOEs (for Trial Implementation) say about "
    "the chief compliance officer?",
    ["2018", "试行", "for Trial Implementation"],
    "The corpus has only the 2022 SASAC Measures (Order No. 42); the 2018 trial guidelines are not in it.",
    lang="en", present=["首席合规官", "第42号"])

unans("superseded",
    "《民营经济促进法》草案征求意见稿里关于拖欠民营企业账款的那一条，跟最后正式通过的第六十八条比，改了哪些地方？",
    ["草案", "征求意见稿"],
    "语料只有2025年4月30日通过的正式法律文本，没有草案或征求意见稿，无法比较。",
    lang="zh", present=["中小民营经济组织"])

unans("superseded",
    "The NDRC notice implements the CPC Central Committee and State Council Opinions on Promoting the Development and "
    "Growth of the Private Economy. What exactly do those Opinions themselves say about clearing arrears owed to "
    "private firms – which of the so-called 31 articles is it?",
    ["31 articles", "31条"],
    "The NDRC notice only quotes the Opinions' phrase on the government integrity performance mechanism; the Opinions "
    "themselves are not in the corpus.",
    lang="en", present=["Opinions"])
