"""Hard-case gold items, hundred-and-seventy-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the moderator of a WeChat group for small-business owners (suppliers, contractors, shop
owners, a few 个体户 and one or two foreign members) who forwards members' questions more or less
verbatim: '群友问：…', '有群友说…，是真的吗？', '@所有人 有人转发了这段话：“…”，帮忙核实一下',
sometimes two members' questions in one message, keeping their typos, colloquial shorthand (甲方,
大厂, 回款, 背靠背) and emoji. Some forwarded claims are right, some wrong, some far off topic.
About four fifths Chinese; the English ones come from a foreign member who runs a small trading
company and writes short, plain questions.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "群友问：我们给区里一个事业单位供货，东西上个月就交了，对方财务说要走流程，起码等三个月才付款😤 合同里也没写付款时间，他们到底最晚多久要付钱？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位从中小企业采购货物、工程、服务，应当自交付之日起30日内支付款项；合同另有约定的从其约定，但付款期限最长不得超过60日。合同没写的，就是交付后30日内。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。")],
    lang="zh")

add("single",
    "有群友问：大厂拖了我们货款大半年，合同里压根没写逾期利息这回事，那现在能找他们要利息吗？按啥标准算啊🙏",
    "可以。《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；双方未约定利率的，按照每日利率万分之五支付逾期利息（有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率）。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "群友问：他表哥在街道办上班，前阵子被记大过了，这个处分要背多久才算过去？从哪天开始算？",
    "《公职人员政务处分法》第八条：记大过的政务处分期间为十八个月；政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；")],
    lang="zh")

add("single",
    "群友问：本地那个行业协会天天拉我们去参加什么“星级评比”“达标培训”，每次都要交钱，不去就说以后不给我们推荐项目😓 这种能不能拒绝？协会能不能想退就退？",
    "可以拒绝，也可以自主退出。《优化营商环境条例》第十七条：除法律、法规另有规定外，市场主体有权自主决定加入或者退出行业协会商会等社会组织；任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动，不得借前述活动向市场主体收费或者变相收费。",
    ["有权自主决定加入或者退出行业协会商会等社会组织", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")],
    lang="zh")

add("single",
    "群友问：我就是个开奶茶店的个体户，没注册公司，那个民营经济促进法管我们吗？我们算不算“民营经济组织”？🧋",
    "算。《民营经济促进法》第七十七条：民营经济组织是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，以及前述组织控股或者实际控制的营利法人、非法人组织。",
    ["由中国公民控股或者实际控制", "个体工商户"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")],
    lang="zh")

add("single",
    "群友问：我们给某央企下面的公司供货，发现对方采购经理暗示要好处费。央企内部有没有举报的地方？举报了会不会被穿小鞋？",
    "《中央企业合规管理办法》第二十四条：中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励；任何单位和个人不得以任何形式对举报人进行打击报复。",
    ["设立违规举报平台", "严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("single",
    "Hi all, foreign member here. A local government office signed a supply contract with my company and now refuses to honour it. Under the NDRC government integrity notice, where am I supposed to file the complaint?",
    "Under section II.(1) of the NDRC notice, provincial credit leading departments set up or improve special columns for breach-of-contract and dishonesty complaints, relying on their credit websites, the State Council's \"Internet + Supervision\" platform, MIIT's \"Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs\", local 12345 government service hotlines, business environment complaint platforms, petition departments and other channels; contracts in government procurement, bidding, investment promotion etc. are in scope.",
    ["12345 government service hotlines", "business environment complaint platforms", "special columns for breach of contract and dishonesty complaints"],
    [E(NDRC, "II.(1)", "12345 government service hotlines, business environment complaint platforms")],
    lang="en")

add("single",
    "Question from me (foreign member): the Guangzhou guidelines on dealing with officials, how many scenarios do they actually cover? Someone at the lecture said it can't cover everything.",
    "The GZ lecture report (¶10) says the two batches of the Guidelines cover 33 scenarios, which cannot encompass all situations; the key test for other cases is whether something is \"acting for the public good\" or \"acting for personal gain\" and whether it can be \"put on the table\".",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches"), E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

# ---- multi

add("multi",
    "群友问：我们给一个国企做了装修工程，验收完了，对方说要等审计局审计完才跟我们结算，合同里也没这么约定，拖了快一年了😭 这个有依据吗？",
    "没有依据。《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外；《民营经济促进法》第六十七条也规定国家机关、事业单位、国有企业不得在合同未约定情况下以等待决算审计等为由拒绝或者拖延支付，除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "不得强制要求以审计结果作为结算依据"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据。")],
    lang="zh")

add("multi",
    "群友问：镇里换了一把手，之前招商时答应我们的厂房租金补贴，新领导说“那是上一任的事”就不认了🙄 这样合法吗？发改委那边会不会把这种算成政府失信？",
    "不合法。《民营经济促进法》第七十条：地方各级人民政府及其有关部门应当履行向民营经济组织作出的政策承诺和订立的合同，不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约。发改委通知第二部分(2)：因机构调整、人员变动等原因不履约的，一律认定为违约失信（\"Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be regarded as breach of contract and dishonesty\"）。",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约", "shall all be regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("multi",
    "两个群友的问题一起问下：1⃣ 工程上甲方非要我们交现金保证金，我们说开银行保函他们不收，可以这样吗？2⃣ 国家层面是不是也提倡用保函代替现金交保证金？",
    "1. 不可以：《保障中小企业款项支付条例》第十三条规定机关、事业单位和大型企业不得将保证金限定为现金，中小企业以金融机构出具的保函等提供保证的，应当接受。2. 是的：《优化营商环境条例》第二十五条规定推广以金融机构保函替代现金缴纳涉企保证金。",
    ["不得将保证金限定为现金", "应当接受", "推广以金融机构保函替代现金缴纳涉企保证金"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。"),
     E(BE, "第二十五条", "推广以金融机构保函替代现金缴纳涉企保证金。")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "Foreign member again: if I complain about a big company that has not paid my invoices for months, how long does the government office have before they must give me a result? Is there a deadline at all?",
    "Yes. Under Article 25 of the Regulations on Guaranteeing Payments to SMEs, the accepting department must pass the complaint on within 10 working days of formal acceptance; the handling department must reach a result within 30 days of receiving the materials and reply in writing; in complex cases this can be extended with approval, but to no more than 90 days.",
    ["10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人，并反馈受理投诉部门。")],
    lang="en")

add("cross_lingual",
    "群友问：听说地方政府要是被认定有失信记录，发改委会“收拾”它？具体会限制啥？像地级市这种有啥后果？",
    "发改委通知第三部分(4)：对有失信记录的相关主体，发改委将按规定限制中央预算内资金支持、限制申报地方政府专项债券、限制推荐各类融资项目；对有政府失信记录的地级及以上城市，取消其发展改革系统评优评奖和试点示范资格，加大城市信用监测扣分权重，取消社会信用体系建设示范区称号或资格。",
    ["restrict support from central budget funds", "limit applications for local government special bonds", "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "will cancel their eligibility for awards and pilot demonstrations")],
    lang="zh")

add("cross_lingual",
    "群友问：我们跟广州一个区签了招商协议，去年因为市场不好产值没达标😔 听说广州出了个政商交往的指引，这种情况能不能跟政府协商调整？会不会直接被追责？",
    "据广州讲堂报道(¶18)，第二批《指引》明确：招商过程尽职合规的，项目未达预期相关人员也不会被盲目问责；企业因客观原因未完成目标的，可以协商调整并享有宽限期；因政策变化无法履约的，可以补正程序或设置过渡期。",
    ["it can negotiate adjustments and enjoy a grace period", "will not be held blindly accountable"],
    [E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "群友问：我们那片以前的老局长已经退下来两年了，他在位的时候卡过我们好几次还收东西，现在人都回家带孙子了，还能找他算账吗？🤔",
    "《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查；依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法所得财物依照第二十五条处理。",
    ["不再给予政务处分，但是可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")],
    lang="zh")

add("paraphrase",
    "群友问：公司准备从老城区搬到开发区那边，之前好不容易弄下来的那一堆牌照，搬过去是不是都要从头跑一遍？光想想就头大😩",
    "一般不用。《优化营商环境条例》第十九条：企业申请办理住所等相关变更登记的，有关部门应当依法及时办理，不得限制；除法律、法规、规章另有规定外，企业迁移后其持有的有效许可证件不再重复办理。",
    ["企业迁移后其持有的有效许可证件不再重复办理", "不得限制"],
    [E(BE, "第十九条", "除法律、法规、规章另有规定外，企业迁移后其持有的有效许可证件不再重复办理。")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "群友问：既然机关事业单位要到每年6月底才公开上一年拖欠中小企业款项的情况，那我们现在三月份去查是不是肯定查不到？",
      ["6月底", "6月30日"],
      "《保障中小企业款项支付条例》第十八条规定机关、事业单位应当于每年3月31日前公开上一年度逾期尚未支付中小企业款项的合同数量、金额等信息，不是6月底；问题的前提错了，能否“查到”也取决于具体单位的公开情况，文件不能回答。",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。")])

unans("false_premise",
      "群友问：我们对接的一个科长同时有两件事被处分，有人说几个处分合并以后处分期最长能到60个月，那他是不是5年内都别想升职了？",
      ["60个月", "六十个月"],
      "《公职人员政务处分法》第十五条：应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定处分期，但最长不得超过四十八个月；应当给予两种以上政务处分的，执行其中最重的一种。并没有60个月的说法，前提错误。",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月。")])

unans("false_premise",
      "@所有人 有人转发了这段话：“涉企的行政法规、规章、规范性文件向社会公开征求意见，期限一般不少于15天”，帮忙核实一下，15天也太短了吧，我们协会都来不及汇总意见😅",
      ["15天", "15日"],
      "《优化营商环境条例》第六十二条规定向社会公开征求意见的期限一般不少于30日，不是15天；转发内容的数字错误。",
      lang="zh", present=["不少于30日"],
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日。")])

unans("false_premise",
      "有群友说央企现在都要新设一个副总级的“首席合规官”岗位，要对外单独招人，他想去投简历，问问这个岗位一般要什么条件？",
      ["副总级", "单独招聘"],
      "《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。并非新设领导岗位对外招人，任职条件文件也没有规定。",
      lang="zh", present=["由总法律顾问兼任"],
      related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "群友问：民营经济促进法不是2025年7月1日才开始施行吗？那我们6月份被拖欠的款项是不是还用不上这部法？",
      ["2025年7月1日"],
      "《民营经济促进法》第七十八条规定本法自2025年5月20日起施行，不是7月1日；问题的前提错误（至于具体拖欠行为能否适用，还取决于个案事实）。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "My Chinese partner says Guangzhou has already published three batches of the government-business interaction guidelines. Where can I read what the third batch says about investment projects?",
      ["three batches", "third batch"],
      "The GZ lecture report (¶7) says the Guangzhou Municipal Commission for Discipline Inspection and Supervision has issued two batches of the Guidelines and Q&A on Government-Business Interactions in Typical Scenarios, for two consecutive years; there is no third batch in the documents, so the premise is wrong.",
      lang="en", present=["two batches"],
      related=[E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

unans("false_premise",
      "群友问：为啥大企业收到我们应收账款确权的请求，可以拖3个月才确认？我们拿着单子去银行融资，银行一直等着😡",
      ["3个月", "三个月"],
      "《保障中小企业款项支付条例》第十六条：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。不存在可以拖3个月的规定，问题的前提错误。",
      lang="zh", present=["30日内确认债权债务关系"],
      related=[E(SME, "第十六条", "机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")])

# ---- not_covered

unans("not_covered",
      "群友问：国家那个拖欠中小企业款项的投诉平台，网址是多少？要不要先注册账号？谁有链接发一下🙏",
      ["网址", "注册账号"],
      "《保障中小企业款项支付条例》第二十四条只规定国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台，没有给出网址、登录或注册方式；其他文件也没有。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "群友问：我们公司一年营收大概两千万、三十来个人，到底算小型还是中型企业？划分标准具体是多少钱多少人？",
      ["营业收入", "从业人员"],
      "《保障中小企业款项支付条例》第三条只说依据国务院批准的中小企业划分标准确定，第二十九条说可以用企业规模类型测试平台自测或申请认定；具体的营业收入、从业人员数额标准不在任何文件中。",
      lang="zh", present=["中小企业划分标准"])

unans("not_covered",
      "群友问：准备起诉那个拖欠我们八十多万的总包了，法院诉讼费大概要交多少？律师费能让对方出吗？",
      ["诉讼费", "律师费"],
      "《民营经济促进法》第六十八条只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行；诉讼费、律师费的金额或负担，七份文件都没有规定。",
      lang="zh", present=["及时立案"])

unans("not_covered",
      "Under the Guangzhou guidelines, can an official from the district accept a lunch at my factory canteen if it costs under 100 yuan per head? What is the exact limit?",
      ["yuan", "lunch"],
      "The GZ lecture report only says the first batch of the Guidelines dealt with questions such as \"what meals can be eaten and what vehicles can be taken\" (¶9); it gives no monetary limit or the actual scenario answers, and no other document sets a meal amount.",
      lang="en", present=["what meals can be eaten"])

unans("not_covered",
      "群友问：去年全国一共清欠了多少拖欠中小企业的账款？有没有具体数字？想在群里做个分享📊",
      ["亿元", "清欠金额"],
      "文件只规定了清欠的机制（如《保障中小企业款项支付条例》第二十一条加大清理力度、第二十二条逐级报告），没有任何全国清欠金额的统计数字。",
      lang="zh", present=["清理力度"])

unans("not_covered",
      "群友问：个体户转成公司，听说国家支持，那转了以后能免几年税？增值税有没有优惠？",
      ["免税", "增值税"],
      "《民营经济促进法》第四十八条只说个体工商户可以自愿依法转型为企业，登记机关、税务机关和有关部门提供指引和便利；没有规定任何免税年限或增值税优惠，其他文件也没有。",
      lang="zh", present=["个体工商户可以自愿依法转型为企业"])

# ---- out_of_domain

unans("out_of_domain",
      "群友问：快端午了，大家给员工发粽子礼盒还是直接发现金红包比较好？有没有靠谱的粽子供应商推荐😋",
      ["粽子", "端午"],
      "与七份政策文件无关（员工节日福利和供应商推荐），文件中没有相关内容。",
      lang="zh")

unans("out_of_domain",
      "有群友问：换了新手机，微信群的聊天记录怎么整体迁移过去？之前的合同照片都在里面😭",
      ["聊天记录", "微信"],
      "手机微信数据迁移的问题，与七份政策文件无关。",
      lang="zh")

unans("out_of_domain",
      "Anyone know how to convert a UK driving license to a Chinese one in Guangzhou? Which office do I go to?",
      ["driving license", "UK"],
      "A question about converting a foreign driving licence; none of the seven policy documents deals with it.",
      lang="en")

# ---- superseded

unans("superseded",
      "群友问：我们那个合同是2021年签的，想按2020年那版《保障中小企业款项支付条例》原来的条文算付款期限，老版本里大企业付款期限是怎么写的？",
      ["2020年9月1日"],
      "资料库只有2025年3月17日国务院令第802号修订、2025年6月1日起施行的版本；2020年国务院令第728号公布的原版本条文不在资料库中，无法回答老版本的具体写法。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "群友问：以前的《行政机关公务员处分条例》里，记过处分期是几个月？跟现在的政务处分法一样吗？",
      ["行政机关公务员处分条例"],
      "资料库只有2020年的《公职人员政务处分法》（第八条记过十二个月），没有旧的《行政机关公务员处分条例》文本，无法回答旧条例的规定或进行比较。",
      lang="zh", present=["记过，十二个月"])

unans("superseded",
      "有群友说他们给央企做合规咨询，用的还是2018年那版《中央企业合规管理指引（试行）》，问这个试行版里对重点领域是怎么列的？",
      ["试行", "2018年"],
      "资料库只有2022年国资委令第42号《中央企业合规管理办法》（2022年10月1日起施行），没有2018年的《中央企业合规管理指引（试行）》，无法回答试行版的内容。",
      lang="zh", present=["第42号"])

unans("superseded",
      "A friend forwarded me the 2024 draft of China's Private Economy Promotion Law for public comment. What did that draft version say about government departments delaying payments to private companies?",
      ["draft", "2024 draft"],
      "The corpus holds only the final Private Economy Promotion Law adopted on 30 April 2025 (in force 20 May 2025); the 2024 draft for public comment is not in it, so what the draft said cannot be answered.",
      lang="en", present=["2025年4月30日"])
