"""Hard-case gold items, fifty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Personas: the HR director of a state-owned enterprise handling a manager under investigation (Chinese, careful;
asks about sanction periods, pay, promotion, retirement, review), and a foreign journalist writing about China's
private-economy law and the related government-integrity rules (English; asks what is new, who decides, numbers).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我是一家市属国企的人力资源总监。我们下属子公司一名部门经理（属于国有企业管理人员）上周收到了市监委的政务处分"
    "决定书，给的是记大过。请问按《公职人员政务处分法》第八条，记大过的处分期是多长？处分期从哪一天起算——是违法"
    "行为发生之日、立案之日，还是处分决定生效之日？",
    "《公职人员政务处分法》第八条：记大过的政务处分期间为十八个月；政务处分决定自作出之日起生效，政务处分期自政务"
    "处分决定生效之日起计算（不是从违法行为发生或立案之日起算）。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "I'm a correspondent writing about Beijing's push to make local governments keep their promises to private "
    "firms. Under the NDRC's 2023 notice, once a local government that was branded dishonest actually fixes the "
    "problem, does the blot stay on its record forever? And who gets to say it has been fixed?",
    "No. Item III.(6): credit leading departments at all levels coordinate and guide credit restoration; once the "
    "identifying department confirms that the dishonest behaviour has been corrected and performance completed, the "
    "relevant dishonesty records should be promptly restored and the dishonesty punishment measures terminated.",
    ["Once the identifying department confirms that the dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored, and dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "Once the identifying department confirms that the dishonest behavior has"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("single",
    "经理正在被监委立案调查，下个月刚好到龄。单位能先给他把退休手续办了吗？",
    "不能。《公职人员政务处分法》第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职；"
    "被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续。",
    ["不得对其交流、晋升、奖励、处分或者办理退休手续", "未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续"),
     E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("single",
    "Journalist here, covering Guangzhou's 'fault tolerance' approach for state investors. In the lecture-hall "
    "report, the Guangzhou Pharmaceutical audit director talks about the 'three distinctions'. When exactly does a "
    "loss-making investment get error tolerance, and when are people held to account?",
    "Per ¶30, audit risk identification distinguishes compliant decision-making from dereliction of duty in violation "
    "of regulations, and objective risks from man-made loopholes. If losses come from inherent risks such as policy "
    "adjustments, market changes and technological exploration, and due measures were taken to stop losses, error "
    "tolerance is granted; if losses are expanded through lack of post-investment control, misappropriation of funds, "
    "or concealment of risks and delayed disposal, those derelict in their duties must be held accountable.",
    ["distinguishes between compliant decision-making and dereliction of duty in violation of regulations",
     "error tolerance will be granted",
     "misappropriation of funds, or concealment of risks and delayed disposal"],
    [E(GZ, "¶30", "distinguishes between compliant decision-making and dereliction of duty"),
     E(GZ, "¶30", "and due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "misappropriation of funds, or concealment of risks and delayed disposal")],
    lang="en")

add("single",
    "市监委对我们一名经理作出的是降级处分。请问我们人事部门最晚要在什么时间内把他的职务、工资等变更手续办完？"
    "如果集团岗位体系调整一时办不完，能拖多久？",
    "《公职人员政务处分法》第五十四条：受到降级以上政务处分的，由人事部门按照管理权限在作出政务处分决定后一个月内"
    "办理职务、工资及其他有关待遇等的变更手续；特殊情况下，经批准可以适当延长办理期限，但最长不得超过六个月。"
    "政务处分决定书还应存入本人档案。",
    ["在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续", "最长不得超过六个月"],
    [E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续"),
     E(PS, "第五十四条", "经批准可以适当延长办理期限，但是最长不得超过六个月")],
    lang="zh")

# =========================================================================== answerable: multi

add("multi",
    "我们是一家中央企业的二级子公司，在西南做水电项目。一位项目部经理（国企管理人员）因为违规发放补贴被监委给了"
    "记过，处分期十二个月。他本来今年在岗位晋级名单上，年底还有一次薪酬等级调整。HR这边想确认两件事：一是处分期"
    "内他的岗位等级、薪酬等级还能不能按原计划晋升；二是集团按《中央企业合规管理办法》建立的违规行为记录，会不会"
    "影响他以后的考核和职级评定？",
    "一、《公职人员政务处分法》第二十一条：国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称；被记过、"
    "记大过、降级、撤职的，不得晋升薪酬待遇等级——所以处分期内岗位等级和薪酬等级都不能晋升。二、《中央企业合规"
    "管理办法》第二十五条：中央企业应当建立所属单位经营管理和员工履职违规行为记录制度，将违规行为性质、发生次数、"
    "危害程度等作为考核评价、职级评定等工作的重要依据。",
    ["国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称", "不得晋升薪酬待遇等级",
     "作为考核评价、职级评定等工作的重要依据"],
    [E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称"),
     E(PS, "第二十一条", "其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级"),
     E(SOE, "第二十五条", "将违规行为性质、发生次数、危害程度等作为考核评价、职级评定等工作的重要依据")],
    lang="zh")

add("multi",
    "处份决定下来了，经理本人不服，想申诉。按政务处分法，他先找谁、再找谁？申请期间处分是不是先不执行，等结果"
    "出来再说？会不会因为他申诉反而罚得更重？",
    "《公职人员政务处分法》第五十五条：对监察机关作出的政务处分决定不服的，可以依法向作出决定的监察机关申请复审；"
    "对复审决定仍不服的，可以向上一级监察机关申请复核。第五十六条：复审、复核期间，不停止原政务处分决定的执行；"
    "公职人员不因提出复审、复核而被加重政务处分。",
    ["可以依法向作出决定的监察机关申请复审", "可以向上一级监察机关申请复核",
     "复审、复核期间，不停止原政务处分决定的执行", "公职人员不因提出复审、复核而被加重政务处分"],
    [E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审"),
     E(PS, "第五十五条", "公职人员对复审决定仍不服的，可以向上一级监察机关申请复核"),
     E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行"),
     E(PS, "第五十六条", "公职人员不因提出复审、复核而被加重政务处分")],
    lang="zh")

add("multi",
    "For my story: a town government signed an investment-promotion deal with a private battery maker, promising "
    "land and a subsidy. Then a new party secretary arrived, the previous one's projects were 'reviewed', and the "
    "deal was quietly shelved. (The company's founder, incidentally, used to be a schoolteacher.) Under the NDRC's "
    "2023 notice, is an investment-promotion deal like that within the scope of breach of contract, and does the "
    "change of leadership count as an excuse?",
    "Yes, it is within scope: II.(1) defines the scope of breach of contract and dishonesty as breach and repudiation "
    "in agreements and contracts signed by government departments with private enterprises in government procurement, "
    "bidding, investment promotion, government-social capital cooperation, industrial support, government investment "
    "and other fields. And no excuse: II.(2) says failure to perform due to institutional adjustments, personnel "
    "changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["investment promotion, government-social capital cooperation, industrial support",
     "Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be regarded"
     " as breach of contract and dishonesty"],
    [E(NDRC, "II.(1)", "The scope of breach of contract and dishonesty includes breach and repudiation"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation, industrial support"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("multi",
    "Quick factual check for a sidebar: who actually issued Guangzhou's Guidelines on government-business "
    "interactions, how many batches are there so far, and how many scenarios do they cover in total?",
    "Per ¶7, the Guangzhou Municipal Commission for Discipline Inspection and Supervision has issued two batches of "
    "the Guidelines and Q&A on Government-Business Interactions in Typical Scenarios in Guangzhou, in two consecutive "
    "years; per ¶10, the two batches cover 33 scenarios (which, the drafter says, cannot encompass all situations).",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision has issued two batches of the",
     "33 scenarios covered in the two batches"],
    [E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches"),
     E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("multi",
    "我们有位老经理去年底已经正常退休了，最近被人举报说他在职时收过供应商的好处，钱数不小。监委现在还能管他吗？"
    "如果查实，那些好处能追回来吗？他退休后享受的待遇会不会受影响？",
    "能管。《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，"
    "但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇；违法取得的财物依照"
    "第二十五条处理。第二十五条：违法取得的财物，由监察机关没收、追缴或者责令退赔，属于国家财产或者不应当退还以及"
    "无法退还的，上缴国库。",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇", "由监察机关没收、追缴或者责令退赔"],
    [E(PS, "第二十七条", "不再给予政务处分，但是可以对其立案调查"),
     E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇"),
     E(PS, "第二十五条", "由监察机关没收、追缴或者责令退赔")],
    lang="zh")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "我们集团有个副总，前年被“一撸到底”拿掉了领导职务，工资也跟着降了。两年的处分期眼看就满了，他来问我：期满以后"
    "是不是职务、工资都能回到原来的样子？我该怎么答复他？",
    "不能自动恢复。《公职人员政务处分法》第二十六条：受到开除以外的政务处分，在处分期内有悔改表现且没有再发生应受"
    "政务处分的违法行为的，处分期满后自动解除，以后晋升不再受原处分影响；但是，解除降级、撤职的，不恢复原职务、"
    "职级、衔级、级别、岗位和职员等级、职称、薪酬待遇。",
    ["政务处分期满后自动解除", "解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇"],
    [E(PS, "第二十六条", "政务处分期满后自动解除"),
     E(PS, "第二十六条", "解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇")],
    lang="zh")

add("paraphrase",
    "监委的人下周要来公司找那位经理核实情况。我有点担心：他们会不会就派一个人来关起门谈？要是拿“不说清楚就连你"
    "家里人一起查”这种话吓唬他，这样问出来的东西算数吗？",
    "《公职人员政务处分法》第四十二条：监察机关对涉嫌违法的公职人员进行调查，应当由二名以上工作人员进行；严禁以"
    "威胁、引诱、欺骗及其他非法方式收集证据，以非法方式收集的证据不得作为给予政务处分的依据。",
    ["应当由二名以上工作人员进行", "严禁以威胁、引诱、欺骗及其他非法方式收集证据",
     "以非法方式收集的证据不得作为给予政务处分的依据"],
    [E(PS, "第四十二条", "监察机关对涉嫌违法的公职人员进行调查，应当由二名以上工作人员进行"),
     E(PS, "第四十二条", "严禁以威胁、引诱、欺骗及其他非法方式收集证据"),
     E(PS, "第四十二条", "以非法方式收集的证据不得作为给予政务处分的依据")],
    lang="zh")

add("paraphrase",
    "Is Beijing actually going to name and shame the worst local governments in public, or does this all stay "
    "behind closed doors?",
    "It says it will go public: item IV.(9) of the NDRC notice selects a batch of cases with serious dishonesty, "
    "repeated dishonesty and strong public complaints, publicises them on the \"Credit China\" website and exposes "
    "them to society through news media to form a strong public-opinion deterrent.",
    ["cases with serious dishonesty, repeated dishonesty, and strong public complaints",
     "expose them to society through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", "expose them to society through news media to form a strong")],
    lang="en")

add("paraphrase",
    "a source told me these guangzhou rules are basically a way of letting officials go soft on businessmen - "
    "loosening the leash so they can wine and dine. is that how the people who wrote them describe it??",
    "No. In ¶10 drafting-committee member Wang Yuqun says the Guidelines are not intended to \"relax discipline\" but "
    "to prevent grass-roots units from imposing excessive restrictions, setting unnecessary barriers and adopting a "
    "one-size-fits-all approach; the core test is distinguishing \"acting for the public good\" from \"acting for "
    "personal gain\", and the key is whether the actions can be \"put on the table\".",
    ["are not intended to “relax discipline”",
     "prevent grass-roots units from imposing excessive restrictions",
     "whether the actions can be “put on the table”"],
    [E(GZ, "¶10", "The Guidelines are not intended to “relax discipline”"),
     E(GZ, "¶10", "prevent grass-roots units from imposing excessive restrictions"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("paraphrase",
    "我们央企下面有个小伙子私下跟我说，他看到采购那边有人跟供应商串通，想往上捅，可又怕别人知道是他说的，以后被穿"
    "小鞋。公司层面有没有护着他的规矩？要是他说的是真的，能不能给点说法？",
    "有。《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台并受理调查；应当对举报人的身份和举报事项"
    "严格保密，对举报属实的举报人可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["对举报人的身份和举报事项严格保密", "对举报属实的举报人可以给予适当奖励",
     "任何单位和个人不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "For a piece on 'long-arm' policing of private businesspeople: does China's new Private Economy Promotion Law do "
    "anything about police or officials from another province swooping in on a company? And if two authorities "
    "fight over who has jurisdiction, who decides?",
    "Yes, Article 64: cross-regional (异地) enforcement is to be regulated and a cross-regional enforcement assistance "
    "system established; enforcement elsewhere must follow statutory authority, conditions and procedures. Where state "
    "organs disagree over jurisdiction they may consult, and if that fails the matter goes to their common superior "
    "organ for decision (unless the law provides otherwise). Abusing power to enforce in another region for economic "
    "gain is prohibited (Article 72 adds orders to correct and sanctions).",
    ["规范异地执法行为，建立健全异地执法协助制度", "协商不成的，提请共同的上级机关决定",
     "禁止为经济利益等目的滥用职权实施异地执法"],
    [E(PE, "第六十四条", "规范异地执法行为，建立健全异地执法协助制度"),
     E(PE, "第六十四条", "协商不成的，提请共同的上级机关决定"),
     E(PE, "第六十四条", "禁止为经济利益等目的滥用职权实施异地执法")],
    lang="en")

add("cross_lingual",
    "Numbers aside, what does Article 67 of the private economy law actually say about the state paying private "
    "suppliers? Can a state-owned company insist on waiting for a government audit before settling the bill, and "
    "who checks up on this?",
    "Article 67: state organs, public institutions and SOEs must pay private economic organizations on time as the "
    "law or contract requires, and may not refuse or delay payment citing personnel changes, internal payment "
    "procedures or (where the contract is silent) waiting for completion-acceptance approval or final-accounts audit; "
    "except where laws or administrative regulations provide otherwise, they may not force audit results to be the "
    "basis for settlement. Audit institutions exercise audit supervision over these payments.",
    ["不得强制要求以审计结果作为结算依据",
     "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督"],
    [E(PE, "第六十七条", "应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(PE, "第六十七条", "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督")],
    lang="en")

add("cross_lingual",
    "Trying to explain 'who decides' to my readers: under the Private Economy Promotion Law, which agency takes "
    "complaints about a local policy that skipped fair-competition review?",
    "Article 11: governments at all levels and their departments must put policy measures affecting business "
    "operations through fair competition review and regularly evaluate them; the market regulation departments "
    "(市场监督管理部门) are responsible for accepting reports of policy measures that violate the fair competition "
    "review system and handling them according to law.",
    ["市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报", "应当经过公平竞争审查"],
    [E(PE, "第十一条", "市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报"),
     E(PE, "第十一条", "制定涉及经营主体生产经营活动的政策措施应当经过公平竞争审查")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份关于政务诚信履约的通知里，对有政务失信记录的地级及以上城市，发改委自己会出哪些招？",
    "通知第三部分第（4）项：对有政务失信记录的地级及以上城市，发改委将取消其发展改革系统评优评奖和试点示范资格"
    "（\"cancel their eligibility for awards and pilot demonstrations in the development and reform system\"），"
    "加大城市信用监测扣分权重，并取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations in the development and reform system",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "广州那场“廉洁合规大讲堂”的报道里，主办方大湾区廉洁合规协会是哪一年成立的？是由哪几家单位共同推动成立的？",
    "据报道¶32：协会成立于2021年，是由广州市纪委监委、市国资委和市工商联共同推动成立的非营利性社会组织"
    "（\"jointly promoted by the Municipal Commission for Discipline Inspection and Supervision, the Municipal "
    "State-owned Assets Supervision and Administration Commission, and the Municipal Federation of Industry and "
    "Commerce\"）。",
    ["was established in 2021",
     "jointly promoted by the Municipal Commission for Discipline Inspection and Supervision",
     "the Municipal Federation of Industry and Commerce"],
    [E(GZ, "¶32", "the GBA Integrity and Compliance Association was established in 2021"),
     E(GZ, "¶32", "It is a non-profit social organization jointly promoted by"),
     E(GZ, "¶32", "and the Municipal Federation of Industry and Commerce")],
    lang="zh")

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "经理被立案调查后，单位按第五十二条暂停了他的职务。请问暂停履职期间他的工资怎么发？是照发、只发基本工资，还是"
    "按比例减发？",
    ["停职期间", "基本工资", "工资照发"],
    "政务处分法第五十二条只规定任免机关、单位可以决定暂停其履行职务，以及调查期间不得交流、晋升、办理退休等，未规定"
    "暂停履职期间的工资待遇；其他文件也没有。",
    lang="zh", present=["暂停其履行职务", "立案调查"])

unans("not_covered",
    "For context in my piece: what share of China's GDP, tax revenue and urban jobs does the private sector account "
    "for, according to the new Private Economy Promotion Law itself?",
    ["GDP", "tax revenue", "per cent", "percent"],
    "The law states the private economy's importance in words (Art. 3) and sets up a statistics system that "
    "publishes information regularly (Art. 9), but gives no shares or figures; no other document does either.",
    lang="en", present=["统计", "重要组成部分"])

unans("not_covered",
    "我们单位一位科长受了警告处分，还在处分期内。今年的年度考核他还能不能评“优秀”等次？",
    ["年度考核", "考核等次", "优秀"],
    "政务处分法第二十一条只规定国企管理人员处分期内不得晋升职务、岗位等级和职称（记过以上不得晋升薪酬待遇等级），"
    "央企合规办法第二十五条只说违规记录作为考核评价的重要依据；年度考核等次能否评优，各文件均未规定。",
    lang="zh", present=["不得晋升职务、岗位等级和职称", "考核评价"])

unans("not_covered",
    "Realistically, how likely is it that the new law gets local governments to clear their arrears to private "
    "companies by 2027? Will it actually work?",
    ["likely", "2027"],
    "A prediction. PE Arts. 67-69 and 73 set duties to pay on time, to prevent and clear arrears, and liability, but "
    "no document forecasts outcomes or sets a clearance date.",
    lang="en", present=["预防和清理拖欠民营经济组织账款"])

unans("not_covered",
    "政务处分决定书，监委要在作出决定后几天内送达本人和我们单位？我们收到后又要在几天内放进他的人事档案？",
    ["日内送达", "送达期限", "归档"],
    "第四十六条只说决定书应当及时送达被处分人和所在单位，第五十四条只说决定书存入本人档案（一个月期限只针对降级以上"
    "的职务、工资变更手续），都没有送达或存档的天数。",
    lang="zh", present=["及时送达", "存入其本人档案"])

unans("not_covered",
    "How many days does the Private Economy Promotion Law give government agencies and SOEs to pay a private "
    "supplier? Article 67 – is it 30 days or 60?",
    ["within 30 days", "within 60 days"],
    "PE Art. 67 only requires payment on time according to law or contract and lists forbidden excuses; it sets no "
    "number of days. The 30/60-day limits are in a different document (SME payment Regulations Art. 9), not in "
    "the law asked about.",
    lang="en", present=["及时向民营经济组织支付账款", "30日内支付款项"])

unans("not_covered",
    "集团准备按《中央企业合规管理办法》正式设立首席合规官。这个人需要什么任职资格？比如要不要有法律职业资格证、"
    "要几年以上合规工作经验？",
    ["任职资格", "工作经验", "法律职业资格", "年以上"],
    "办法第十二条只规定结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；没有"
    "任何资格、证书或年限要求。",
    lang="zh", present=["首席合规官", "总法律顾问兼任"])

unans("not_covered",
    "Does it cost anything for a company to lodge a complaint on the MIIT 'Registration (Complaint) Platform for "
    "Breach of Contract and Arrears to SMEs' mentioned in the NDRC notice? And how many complaints has that platform "
    "handled so far?",
    ["fee", "fees", "free of charge"],
    "The NDRC notice (II.(1)) only names the platform as one channel for complaint columns; no document mentions a "
    "fee or any complaint statistics.",
    lang="en", present=["Registration (Complaint) Platform"])

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "为什么政务处分法对国企管理人员这么严——哪怕只是受了警告，处分期内也不能晋升薪酬待遇等级？我们有个经理刚被警告，"
    "工资档次今年本来该调的，想跟他解释一下立法考虑。",
    ["警告的，不得晋升薪酬", "受警告处分期间"],
    "前提错误：第二十一条规定处分期内不得晋升职务、岗位等级和职称，但“不得晋升薪酬待遇等级”只针对被记过、记大过、"
    "降级、撤职的，警告不在其列。",
    lang="zh", present=["不得晋升薪酬待遇等级"],
    related=[E(PS, "第二十一条", "其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")])

unans("false_premise",
    "Article 4 of the new Private Economy Promotion Law puts the Ministry of Commerce in charge of coordinating "
    "private-economy work nationwide. Why MOFCOM rather than the NDRC, and how will it work with the provinces?",
    ["Ministry of Commerce", "MOFCOM", "商务部"],
    "False premise: Article 4 makes the State Council's development and reform department (i.e. the NDRC) "
    "responsible for overall coordination; commerce is not mentioned.",
    lang="en", present=["国务院发展改革部门"],
    related=[E(PE, "第四条", "国务院发展改革部门负责统筹协调促进民营经济发展工作")])

unans("false_premise",
    "政务处分法第二十七条说，已经退休的人违法照样可以给警告、记过这些政务处分。我们一位去年退休的老经理被查出在职时"
    "收过供应商的购物卡，要是给他记过，他的退休金要扣多少、扣多久？",
    ["退休金", "养老金"],
    "前提错误：第二十七条规定已经退休的公职人员有违法行为的，不再给予政务处分（可以立案调查，应当降级、撤职、开除的"
    "相应调整待遇），并无给退休人员记过的规定，也没有扣退休金的比例或期限。",
    lang="zh", present=["不再给予政务处分"],
    related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")])

unans("false_premise",
    "Under item II.(2) of the NDRC notice, a government body gets 30 days to rectify once a complaint is verified as "
    "true, and only after that is it confirmed as dishonest. The county I'm writing about let the 30 days lapse – "
    "what is the next step after that deadline?",
    ["30 days", "thirty days", "deadline"],
    "False premise: II.(2) sets no 30-day period; if verified as true the identifying department should immediately "
    "promote rectification, and those who refuse to rectify are confirmed as breach of contract and dishonesty.",
    lang="en", present=["immediately promote rectification"],
    related=[E(NDRC, "II.(2)", "if verified as true, the identifying department should immediately promote"),
             E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])

unans("false_premise",
    "我们一位经理因为三件不同的事，分别应当给三个记大过。听说第十五条规定合并以后处分期最长三十六个月，那是不是就"
    "顶格定三十六个月？",
    ["三十六个月"],
    "前提错误：第十五条规定应当给予撤职以下多个相同政务处分的，可以在一个处分期以上、多个处分期之和以下确定处分期，"
    "最长不得超过四十八个月（三个记大过即18至48个月），不是三十六个月。",
    lang="zh", present=["四十八个月"],
    related=[E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月")])

unans("false_premise",
    "Under Article 70 of the private economy law, a local government may walk away from a contract after a "
    "government reshuffle provided it gives the company 90 days' notice. How is that notice supposed to be served?",
    ["days' notice", "notice period", "90 days"],
    "False premise: Article 70 forbids breaking or repudiating contracts on grounds such as administrative-division "
    "changes, government changeover or personnel changes; changes for national or public interest must follow "
    "statutory authority and procedure with compensation. There is no notice-period route.",
    lang="en", present=["政府换届"],
    related=[E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")])

unans("false_premise",
    "SASAC's 2022 compliance Measures require every central SOE to create a new vice-president-level Chief "
    "Compliance Officer post. How is that new executive appointed, and does SASAC vet the candidate?",
    ["vice-president", "new executive", "副总经理"],
    "False premise: Article 12 says the chief compliance officer is set up without adding leadership posts or "
    "headcount, is held concurrently by the general counsel and answers to the enterprise's principal person in "
    "charge; nothing on SASAC vetting.",
    lang="en", present=["首席合规官", "总法律顾问兼任"],
    related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "被调查的那位经理这两天交了张病假条，说要休一个月。国企员工病假期间的病假工资按什么比例发？",
    ["病假", "病假工资"],
    "劳动法上的病假待遇问题，文件均不涉及。",
    lang="zh", present=["劳动关系"])

unans("out_of_domain",
    "I'm a foreign correspondent planning a reporting trip to Guangzhou. What kind of visa and press card do I need, "
    "and how long does accreditation usually take?",
    ["visa", "press card", "accreditation"],
    "Journalist accreditation and visas; none of the documents deals with it (they mention news media only as a "
    "channel for publicity or opinion supervision).",
    lang="en", present=["news media", "新闻媒体"])

unans("out_of_domain",
    "公司给中层干部发年终奖，个人所得税是单独计税还是并入综合所得？",
    ["个人所得税", "年终奖", "综合所得"],
    "个人所得税计税问题，与这些文件无关。",
    lang="zh", present=["财政税收"])

unans("out_of_domain",
    "How much foreign currency can an individual in China convert each year – is it still the USD 50,000 quota?",
    ["foreign exchange", "50,000", "外汇"],
    "Personal foreign-exchange rules; not covered by any document.",
    lang="en", present=["外商投资"])

unans("out_of_domain",
    "What are this year's employer contribution rates for social insurance and the housing provident fund in "
    "Guangzhou?",
    ["social insurance", "housing provident fund", "住房公积金", "缴费比例"],
    "Social-insurance contribution rates; the documents only mention social security as an area of law private firms "
    "must comply with.",
    lang="en", present=["社会保障"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "按2007年的《行政机关公务员处分条例》，受记过处分的公务员处分期间是多少个月？能不能晋升工资档次？我想拿来跟现在"
    "的规定对照一下。",
    ["行政机关公务员处分条例", "2007"],
    "语料只有2020年《公职人员政务处分法》，没有2007年《行政机关公务员处分条例》的文本。",
    lang="zh", present=["监察法", "政务处分的期间"])

unans("superseded",
    "How does the final Private Economy Promotion Law differ from the draft released for public comment in October "
    "2024? Which articles were added or dropped?",
    ["draft", "草案", "public comment"],
    "The corpus holds only the law as adopted on 30 April 2025 (effective 20 May 2025); no draft text is in it.",
    lang="en", present=["2025年5月20日"])

unans("superseded",
    "I'm comparing with the 2025 revision: what did the original 2020 text of the SME payment regulations (State "
    "Council Order No. 728) say about how long large companies had to pay SMEs?",
    ["original text", "2020 version", "修订前"],
    "The corpus holds only the 2025 revision (Order No. 802); the 2020 text under Order No. 728 is mentioned in the "
    "title but not included.",
    lang="en", present=["国务院令第728号"])

unans("superseded",
    "2018年国资委发的《中央企业合规管理指引（试行）》里，列了哪些需要重点加强合规管理的领域？",
    ["合规管理指引", "试行", "2018"],
    "语料只有2022年《中央企业合规管理办法》（国资委令第42号），没有2018年的试行指引。",
    lang="zh", present=["合规管理办法", "重点领域"])
