"""Hard-case gold items, hundred-and-fifty-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the daughter of a retired county-level official in Northeast China, worried about her
father and his old colleagues and about her relatives who still work in government or run small
businesses. She types colloquial northern Mandarin with a 东北话 flavour (咋整, 啥, 整明白, 嘎哈,
贼, 老铁), asks about sanctions for retired or former officials, gifts, banquets, relatives'
businesses, and what happens to pensions and positions, and repeats what aunts, uncles and chat
groups told her as if it were fact. A few questions come in casual English from her son, who
studies in Canada and asks on behalf of the family.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "我爸退休都三年了，最近听说他老单位有人被查，他贼上火，整宿睡不着。退休了的干部要是以前有点啥事儿，纪委还能给他处分不？咋整啊",
    "按《政务处分法》第二十七条，已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但可以对其立案调查；"
    "依法应当降级、撤职、开除的，按照规定相应调整其享受的待遇，违法所得财物依第二十五条处理。",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")],
    lang="zh")

add("single",
    "我老公在县里上班，过年有老板往家送购物卡、送酒，他说收点没事儿，人情往来嘛。这玩意儿要真被查出来，最重能到啥份上？",
    "《政务处分法》第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；"
    "情节较重的，降级或者撤职；情节严重的，予以开除。",
    ["予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。")],
    lang="zh")

add("single",
    "我二舅被记大过了，一家子都跟着闹心。这处分得背多长时间啊？从啥时候开始算，啥时候算到头？",
    "《政务处分法》第八条：记大过的处分期为十八个月，政务处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月", "自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "我表哥在他爹管的那片儿开了个公司，上头让他爹把这事儿给纠正了，他爹就是不整，组织要给他调岗他也不服。老爷子这么犟下去会咋样？",
    "《政务处分法》第三十三条第二款：拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职。",
    ["不服从职务调整", "予以撤职"],
    [E(PS, "第三十三条", "拒不按照规定纠正特定关系人违规任职、兼职或者从事经营活动，且不服从职务调整的，予以撤职。")],
    lang="zh")

add("single",
    "我大姨夫让监委立案调查了，他明年正好到岁数该退了，单位说查完之前退休手续不给办。单位这么整对不对啊？",
    "对。《政务处分法》第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意不得出境、辞去公职；"
    "其所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续。",
    ["办理退休手续", "不得出境、辞去公职"],
    [E(PS, "第五十二条", "被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者办理退休手续。")],
    lang="zh")

add("single",
    "我表弟开个小厂，给县里中学供了一批桌椅，学校一直拖着不给钱。机关事业单位跟小企业买东西，到底该多长时间内把钱给了？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位从中小企业采购货物、工程、服务，应当自交付之日起30日内支付款项；"
    "合同另有约定的从其约定，但付款期限最长不得超过60日。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。")],
    lang="zh")

add("single",
    "my grandma keeps forwarding me stuff about guangzhou's rules for officials hanging out w businesspeople (meals, rides etc). "
    "how many scenarios do those guidelines actually cover? is everything in there?",
    "According to the report on the lecture hall (¶10), the two batches of the Guangzhou Guidelines cover 33 scenarios, "
    "which cannot encompass all situations; the core test is whether an action is for the public good or personal gain.",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "我表姐在镇上开个饭店，街道三天两头来让她“赞助”活动，不掏钱就给脸子看。这种摊派她能不掏不？",
    "能拒绝。《优化营商环境条例》第十四条第三款：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "市场主体有权拒绝任何形式的摊派。",
    ["有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为。市场主体有权拒绝任何形式的摊派。")],
    lang="zh")

# ---- multi

add("multi",
    "我老舅被撤职了，说处分期两年。那两年一过，他能回原来那位置不？工资待遇能恢复不？",
    "撤职的处分期为二十四个月（《政务处分法》第八条）。期满有悔改表现且没有新的违法行为的自动解除，"
    "但解除降级、撤职的，不恢复原职务、职级、级别、薪酬待遇等（第二十六条第二款）。",
    ["降级、撤职，二十四个月", "不恢复原职务"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第二十六条", "但是，解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇。")],
    lang="zh")

add("multi",
    "老铁们帮我整明白点：要是真查出我爸退休前收过人家钱，那钱咋整？他那退休待遇还能照拿不？",
    "《政务处分法》第二十七条：对已退休的不再给予政务处分，但依法应当降级、撤职、开除的，按照规定相应调整其享受的待遇；"
    "违法取得的财物依第二十五条处理，由监察机关没收、追缴或者责令退赔，应当退还原所有人的退还，属于国家财产或无法退还的上缴国库。",
    ["相应调整其享受的待遇", "没收、追缴或者责令退赔", "上缴国库"],
    [E(PS, "第二十七条", "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇"),
     E(PS, "第二十五条", "由监察机关没收、追缴或者责令退赔")],
    lang="zh")

add("multi",
    "我表弟给镇卫生院搞装修，活儿早干完了，卫生院说换院长了，得等新院长重新走流程，钱拖了大半年。他们这理由站得住脚不？拖这么久能要利息不？",
    "站不住。《民营经济促进法》第六十七条：国家机关、事业单位、国有企业不得以人员变更、履行内部付款流程等为由拒绝或者拖延支付民营经济组织账款。"
    "《保障中小企业款项支付条例》第十七条：迟延支付的应当支付逾期利息，未约定利率的按每日利率万分之五支付。",
    ["人员变更", "每日利率万分之五"],
    [E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由，拒绝或者拖延支付民营经济组织账款"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "my uncle works for the county govt back home and he's been quietly trying to get PR in canada so he can retire near us. "
    "if they find out what happens to him?",
    "Under Article 31 of the Law on Governmental Sanctions for Public Officials, obtaining foreign nationality or overseas "
    "permanent residence or long-term residence permits in violation of regulations is sanctioned by removal from post (撤职) or dismissal (开除).",
    ["获取境外永久居留资格", "予以撤职或者开除"],
    [E(PS, "第三十一条", "违反规定取得外国国籍或者获取境外永久居留资格、长期居留许可的，予以撤职或者开除。")],
    lang="en")

add("cross_lingual",
    "my aunt works at one of those big central SOEs and saw some shady stuff going on. does the company have to have some way to report it, "
    "and will they keep her name secret?",
    "Yes. Article 24 of the SASAC compliance measures: central SOEs must set up a violation reporting platform and publish a phone number, "
    "email or mailbox; they must keep the whistleblower's identity and the reported matters strictly confidential, and nobody may retaliate.",
    ["设立违规举报平台", "对举报人的身份和举报事项严格保密"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密")],
    lang="en")

add("cross_lingual",
    "前几年县里招商把我表舅的厂子招过去了，当时答应给扶持资金，后来换了县长就不认账了，说人换了啥都变了。"
    "听说国家发改委有个文件，说这种也算政府失信，是真的不？",
    "是。发改委《关于完善政府诚信履约机制优化民营经济发展环境的通知》第二部分第（2）项：因机构调整、人员变动等原因不履约的，"
    "一律认定为违约失信；省级信用牵头部门应把投诉线索转交被投诉主体的上级或主管部门核实认定。",
    ["personnel changes", "breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "我老姑父在乡里上班，前两年稀里糊涂让人拉着掺和了点事儿，当时人家逼着他干的，他压根不知道里头啥门道，后来挨了顿说也认错改了。这样的还非得给处分吗？",
    "不一定。《政务处分法》第十二条第二款：公职人员因不明真相被裹挟或者被胁迫参与违法活动，经批评教育后确有悔改表现的，"
    "可以减轻、免予或者不予政务处分。",
    ["被裹挟或者被胁迫", "可以减轻、免予或者不予政务处分"],
    [E(PS, "第十二条", "公职人员因不明真相被裹挟或者被胁迫参与违法活动，经批评教育后确有悔改表现的，可以减轻、免予或者不予政务处分。")],
    lang="zh")

add("paraphrase",
    "我老叔被叫去谈话了，他想替自己掰扯掰扯、说道说道，我婶儿死活拦着，说你越犟嘴人家罚得越狠。真是这么回事儿吗？",
    "不是。《政务处分法》第四十三条：作出决定前监察机关应当听取被调查人的陈述和申辩并核实，理由成立的应予采纳，"
    "不得因被调查人的申辩而加重政务处分。",
    ["听取被调查人的陈述和申辩", "不得因被调查人的申辩而加重政务处分"],
    [E(PS, "第四十三条", "不得因被调查人的申辩而加重政务处分。")],
    lang="zh")

# ---- unanswerable: false_premise

unans("false_premise",
      "我老公同事挨了个警告处分，他们单位的人都说警告期一年，这一年里不能提拔。那等满一年以后就能提了呗？",
      ["警告期一年", "警告，一年"],
      "《政务处分法》第八条规定警告的处分期为六个月，不是一年；第十九条规定处分期内不得晋升。问题把警告期当成一年，前提错误，"
      "不能按“一年以后”来回答。",
      lang="zh", present=["警告，六个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；")])

unans("false_premise",
      "我二舅一下子挨了俩记大过，家里人说俩处分期得加一块儿算，最长能到六十个月，五年都翻不了身，真有这么长啊？",
      ["六十个月", "五年"],
      "《政务处分法》第十五条：应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定处分期，"
      "但最长不得超过四十八个月。不存在六十个月（五年）的处分期。",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月")])

unans("false_premise",
      "为啥监委调查非得来三个人？我们那边都说必须三名以上工作人员才算数，上回来找我大姨夫的就俩人，是不是不合规矩，能不认？",
      ["三名以上"],
      "《政务处分法》第四十二条规定调查应当由二名以上工作人员进行，两人即符合要求；“必须三名以上”的前提与条文不符。",
      lang="zh", present=["二名以上"],
      related=[E(PS, "第四十二条", "监察机关对涉嫌违法的公职人员进行调查，应当由二名以上工作人员进行。")])

unans("false_premise",
      "我表弟他们群里有人发：“机关单位拖欠小企业的钱，合同没约定利率的，按每天万分之三算逾期利息。”我表弟就照这个算的，这么算对不？",
      ["万分之三"],
      "《保障中小企业款项支付条例》第十七条：未约定逾期利率的，按照每日利率万分之五支付逾期利息，不是万分之三。群里的说法与条文不符。",
      lang="zh", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "my mom saw a news thing about guangzhou's integrity lecture hall, the 20th session in december where the drafting guy explained the guidelines. "
      "why did it take them 20 sessions to finally get to the guidelines lol",
      ["20th session"],
      "The GZ report (¶3) says the December 26 event was the 12th session of the Integrity and Compliance Lecture Hall, not the 20th; "
      "the why-question rests on a wrong session number, and the report gives no reason why the Guidelines were covered in that session.",
      lang="en", present=["12th session"],
      related=[E(GZ, "¶3", "the 12th session of the “Integrity and Compliance Lecture Hall”")])

unans("false_premise",
      "我闺蜜她对象在央企上班，她说央企那个首席合规官都是纪委书记兼着的，那是不是还得专门新增个领导岗位？",
      ["纪委书记兼任", "纪委书记"],
      "《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，不是纪委书记兼任。前提错误，后面的追问也不成立。",
      lang="zh", present=["总法律顾问兼任"],
      related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "我表哥前些年被开除公职了，我大舅妈说开除满五年就能重新考公务员，他今年正好满五年，那是不是能报名了？",
      ["满五年", "五年后"],
      "《政务处分法》第二十四条：公职人员被开除的，不得录用为公务员以及参照公务员法管理的人员，没有“满五年可重新报考”的规定。"
      "前提与条文矛盾。",
      lang="zh", present=["不得录用为公务员"],
      related=[E(PS, "第二十四条", "公职人员被开除，或者依照本法第二十三条规定，受到解除人事关系或者劳动关系处理的，不得录用为公务员以及参照《中华人民共和国公务员法》管理的人员。")])

# ---- unanswerable: not_covered

unans("not_covered",
      "我爸要是真被查了，说是按规定调整待遇，那退休金一个月能扣多少？有没有个具体比例啥的？",
      ["退休金", "养老金", "扣减比例"],
      "《政务处分法》第二十七条只说依法应当降级、撤职、开除的，按照规定相应调整其享受的待遇，没有规定退休金扣减的数额或比例；"
      "其他文件也没有。",
      lang="zh", present=["相应调整其享受的待遇"])

unans("not_covered",
      "我爸那点事儿都过去十好几年了，政务处分有没有追究时效？超过多少年就不管了？",
      ["时效"],
      "《政务处分法》没有规定政务处分的追究时效或期限；第六十七条只讲本法施行前案件的法律适用。《民营经济促进法》第六十三条提到的"
      "“追诉期限”是刑事案件办理，与政务处分无关。文件无法回答。",
      lang="zh", present=["追诉期限"])

unans("not_covered",
      "过年过节亲戚朋友之间随个礼，公职人员收多少钱以内不算违规？有没有个具体金额，比如200元？",
      ["200元", "金额标准"],
      "《政务处分法》第三十四条只以“可能影响公正行使公权力”界定收受礼品礼金的违法，没有规定金额门槛；其他文件也没有。",
      lang="zh", present=["可能影响公正行使公权力的礼品"])

unans("not_covered",
      "grandpa's old buddy wants to report a village official for taking bribes, but anonymously. what number does he call, can he do it online?",
      ["12388", "anonymous"],
      "None of the documents gives a discipline-inspection reporting hotline or an anonymous reporting channel for misconduct by officials; "
      "the NDRC notice's complaint channels (II.(1)) concern government breach of contract, and the SOE measures' reporting platform (第二十四条) is internal to central SOEs.",
      lang="en")

unans("not_covered",
      "去年咱们省一共有多少退休干部被立案调查的？有没有个数？",
      ["退休干部", "立案数"],
      "文件里没有任何关于被立案调查的退休公职人员的统计数字；《政务处分法》第二十七条只规定可以对退休人员立案调查。",
      lang="zh", present=["可以对其立案调查"])

unans("not_covered",
      "我爸退休了，有个老板想请他去公司挂个名，一个月给几千块。退休干部去企业任职是不是有几年的限制？过几年才行？",
      ["从业限制", "离职后", "退休干部"],
      "七份文件都没有规定退休或离职公职人员到企业任职、从业的年限限制。《政务处分法》第三十六条针对在职人员违规从事营利性活动、兼职领取报酬，"
      "第二十七条规定退休人员不再给予政务处分，但都没有回答几年的从业限制。",
      lang="zh", present=["兼任职务、领取报酬"])

# ---- unanswerable: out_of_domain

unans("out_of_domain",
      "我爸血压老高了，降压药是早上吃好还是晚上吃好啊？饭前饭后有讲究不？",
      ["降压药", "血压"],
      "医疗用药问题，与七份政策文件无关。",
      lang="zh")

unans("out_of_domain",
      "过年想带我爸妈去哈尔滨冰雪大世界溜达溜达，今年啥时候开园，门票多少钱？",
      ["冰雪大世界", "门票"],
      "旅游信息，与七份政策文件无关。",
      lang="zh")

unans("out_of_domain",
      "whats the cheapest way to send money from toronto to my mom in shenyang? wise or just a bank transfer?",
      ["Shenyang", "Toronto", "remittance"],
      "Personal cross-border money transfer; nothing to do with the seven policy documents.",
      lang="en")

# ---- unanswerable: superseded

unans("superseded",
      "我爸老提以前那个《行政机关公务员处分条例》，说那里头退了休的照样能处分。那个条例里到底是咋规定的？",
      ["行政机关公务员处分条例"],
      "语料里没有《行政机关公务员处分条例》，只有2020年施行的《政务处分法》（其第二十七条规定已退休的不再给予政务处分，但可以立案调查）。"
      "旧条例的内容无法从文件中回答。",
      lang="zh", present=["政务处分法"])

unans("superseded",
      "保障中小企业款项支付条例2020年那版，大企业给小企业付款期限是咋写的？跟现在改过的这版比有啥不一样？",
      ["2020年版", "修订前"],
      "语料只有2025年3月17日国务院令第802号修订后的条例全文；2020年国务院令第728号公布的原版只在标题处被提及，其条文不在语料中，"
      "无法比较修订前后的差别。",
      lang="zh", present=["国务院令第728号"])

unans("superseded",
      "my aunt says her central SOE still goes by the 2018 compliance guidelines, the trial ones. what did the 2018 version say a company has to do?",
      ["合规管理指引", "2018"],
      "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42, in force 1 October 2022); "
      "no 2018 trial guidelines are in it, so what that earlier text required cannot be answered.",
      lang="en", present=["国务院国有资产监督管理委员会令第42号"])

unans("superseded",
      "以前那个《行政监察法》那会儿，监察机关对当官的能直接给啥处分？跟现在比是不是松多了？",
      ["行政监察法"],
      "语料里没有已废止的《行政监察法》；只有《政务处分法》（第七条规定现行政务处分的种类）。旧法的规定及前后比较无法从文件中回答。",
      lang="zh", present=["政务处分的种类"])
