"""Hard-case gold items, hundred-and-sixty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the owner of a small Cantonese restaurant chain in Guangzhou who types fast on her phone:
Chinese full of typos and homophones (在/再, 以经, 帐/账), pinyin abbreviations (zf 政府, gwy 公务员,
lz 楼主), a bit of Cantonese, missing punctuation and emoji. Officials eat at her restaurants,
inspectors come by, the district still owes her for catering a government event, and she repeats
rumours from her merchants' WeChat group as if they were facts. About a quarter of the questions are
typed for her in plain, slightly sloppy English by her nephew who studies abroad.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "区zf上个月叫我们做了200份盒饭开会用 到现在钱还没给😤 合同没写几时付 他们最迟要几天内俾钱啊",
    "机关、事业单位从中小企业采购服务，应当自交付之日起30日内支付款项；合同另有约定的从其约定，但付款期限最长不得超过60日（《保障中小企业款项支付条例》第九条）。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项")],
    lang="zh")

add("single",
    "zf拖我酒席钱拖咗3个月了 可以问他们要利息吗？合同里面没写利率的 咁点计🙏",
    "可以。机关、事业单位和大型企业迟延支付中小企业款项的应当支付逾期利息；双方对利率未作约定的，按照每日利率万分之五支付（《保障中小企业款项支付条例》第十七条）。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "有几个gwy熟客成日来食饭 我成日帮佢哋免单 系咪会害咗佢哋啊 佢哋会被点处分",
    "《公职人员政务处分法》第三十四条第二款：接受、提供可能影响公正行使公权力的宴请等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["宴请", "警告、记过或者记大过", "降级或者撤职"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排")],
    lang="zh")

add("single",
    "街道搞个咩文明餐饮店评比 话每间店都一定要参加 仲要交800蚊报名费 唔交就扣分 咁样合法咩😡",
    "除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比等活动，也不得借此向市场主体收费或者变相收费（《优化营商环境条例》第十七条第二款）。",
    ["不得强制或者变相强制市场主体参加评比", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")],
    lang="zh")

add("single",
    "我表哥系gwy 被记过了 要背几耐啊？？lz急问 在线等",
    "政务处分中记过的期间为十二个月，自政务处分决定生效之日起计算（《公职人员政务处分法》第八条）。",
    ["记过，十二个月", "自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "hi asking for my aunt. the district gov changed its head and the new guy says the old catering deal "
    "was his predecessor's thing so not his problem. is there any rule saying a personnel change still "
    "counts as breaking the contract?",
    "Yes. The NDRC notice on government integrity (II.(2)) says failure to perform due to institutional "
    "adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("single",
    "my aunt heard the guangzhou discipline commission made some guidelines on how officials and "
    "businesses should deal with each other, like what meals are ok. how many scenarios does it cover altogether?",
    "The two batches of the Guangzhou Guidelines cover 33 scenarios, which the drafter says cannot "
    "encompass all situations (GZ report ¶10).",
    ["33 scenarios", "two batches"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "有人在大众点评乱写我哋间店食死人 明明系同行抹黑😭😭 法律有冇得保护我哋？可以叫佢停手吗",
    "民营经济组织的名誉权等受法律保护，任何人不得利用互联网以侮辱、诽谤等方式恶意侵害；受到恶意侵害的可以依法向人民法院申请责令行为人停止有关行为，造成实际损失的侵权人依法承担赔偿责任（《民营经济促进法》第五十九条）。",
    ["名誉权", "向人民法院申请采取责令行为人停止有关行为的措施"],
    [E(PE, "第五十九条", "任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益"),
     E(PE, "第五十九条", "有权依法向人民法院申请采取责令行为人停止有关行为的措施")],
    lang="zh")

# ---- multi

add("multi",
    "区里财政的人话 我们盒饭钱要等审计局审计完先结算 又话负责的主任调走了 要新领导重新签字走流程 "
    "呢2个理由企唔企得住🤔",
    "都不成立。机关、事业单位不得强制要求以审计机关的审计结果作为结算依据（法律、行政法规另有规定的除外，第十二条）；也不得以法定代表人或者主要负责人变更、履行内部付款流程等为由拒绝或者迟延支付（第十四条，《保障中小企业款项支付条例》）。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "法定代表人或者主要负责人变更", "履行内部付款流程"],
    [E(SME, "第十二条", "不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程")],
    lang="zh")

add("multi",
    "想投诉区zf拖钦款项 去边度投诉啊？投咗之后几耐先有结果",
    "省级以上负责中小企业促进工作综合管理的部门受理投诉，国务院该部门建立国家统一的拖欠中小企业款项投诉平台（第二十四条）；受理部门自正式受理之日起10个工作日内转交处理投诉部门，处理部门自收到材料之日起30日内形成处理结果并书面反馈，复杂情况经批准可延长，但最长不得超过90日（第二十五条，《保障中小企业款项支付条例》）。",
    ["国家统一的拖欠中小企业款项投诉平台", "10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")],
    lang="zh")

add("multi",
    "镇上以前答应我们开新店有扶持补贴 白纸黑字签了的 而家换了个书记就话唔认数 咁都得？？唔认的话有咩后果",
    "不可以。地方政府及其部门不得以政府换届、相关人员更替等为由违约、毁约（《民营经济促进法》第七十条）；不履行依法作出的政策承诺、依法订立的合同的，由有权机关予以纠正，造成损失的依法予以赔偿，造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分（第七十三条）。",
    ["相关人员更替", "由有权机关予以纠正", "造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "The district office wants to pay my aunt's catering bill with some commercial acceptance bill "
    "instead of a bank transfer. Can they force her to take that?",
    "No. Under the SME Payment Regulations (第十一条), government bodies, public institutions and large "
    "enterprises may not force an SME to accept commercial bills or other non-cash payment, must agree it "
    "clearly in the contract, and may not use it to extend the payment period in disguise.",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")],
    lang="en")

add("cross_lingual",
    "every time my aunt goes to the bureau about her restaurant paperwork they tell her ONE more missing "
    "document, she's been there 4 times already. aren't they supposed to tell her everything at once??",
    "Yes. Under the Regulations on Optimizing the Business Environment (第三十六条), where a business needs "
    "to supplement materials, the government must tell it all the required corrections in one go.",
    ["应当一次性告知需要补正的内容"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容")],
    lang="en")

add("cross_lingual",
    "群里有人讲 zf有失信记录的话 发改委会限制佢申请地方专项债 真的假的🤔 仲有咩惩罚",
    "属实。发改委通知（III.(4)）写明：对有失信记录的主体，发改委将限制中央预算内资金支持、限制申请地方政府专项债券、按规定限制各类融资项目推荐；对有政府失信记录的地级及以上城市，取消其评优评奖和试点示范资格等。",
    ["limit applications for local government special bonds", "restrict support from central budget funds"],
    [E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "居委个阿姐话每间铺头都要夹钱赞助中秋晚会 仲要出2个伙计去帮手搬嘢 唔出就话我哋唔俾面 我可唔可以唔理佢😒",
    "可以拒绝。法律、法规规定之外要求市场主体提供财力、物力或者人力属于摊派，被禁止，市场主体有权拒绝任何形式的摊派（《优化营商环境条例》第十四条第三款）。",
    ["提供财力、物力或者人力的摊派行为", "市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为")],
    lang="zh")

add("paraphrase",
    "我追了几次区里还数 那边有个科长就放话 再追就叫人天天来查你间铺 咁样搞我合法咩😰",
    "不合法。机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复（《保障中小企业款项支付条例》第二十条；违反的依第三十五条追责）。",
    ["不得以任何形式", "恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "群里大家都话 机关同我哋签合同可以约定最长180日先付款 所以区里拖到而家都唔算违法 系咪咁样",
      ["180日", "180天"],
      "《保障中小企业款项支付条例》第九条：机关、事业单位应当自交付之日起30日内付款，合同另有约定的，付款期限最长不得超过60日；没有任何文件规定可约定180日，前提错误，应纠正而非顺着回答。",
      lang="zh", present=["60日", "30日内支付款项"],
      related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "逾期利息系每日万分之三对吧 咁5万蚊拖咗100日 我可以问佢哋攞几多利息",
      ["万分之三"],
      "《保障中小企业款项支付条例》第十七条：未约定利率的，按照每日利率万分之五支付逾期利息（约定利率不得低于合同订立时1年期LPR），不是万分之三；按问题的利率计算会给出错误金额。",
      lang="zh", present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "我老公个friend被记大过 听讲要背三十六个月 咁长？？ 咁佢几时先可以升职",
      ["三十六个月"],
      "《公职人员政务处分法》第八条：记大过的期间为十八个月（降级、撤职二十四个月），不是三十六个月；处分期内不得晋升（第十九条）。问题建立在错误的期间上。",
      lang="zh", present=["十八个月"],
      related=[E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
      "民营经济促进法唔系2025年7月1日先生效咩 咁5月份zf欠我嘅钱就用唔到呢部法啦",
      ["2025年7月1日"],
      "《民营经济促进法》第七十八条：本法自2025年5月20日起施行，不是7月1日；问题的生效日期错误。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "my aunt's wechat group says under that NDRC government integrity notice, a local government that "
      "broke its contract gets its dishonesty record wiped automatically after three years even if it never "
      "pays. so should she just wait it out?",
      ["three years", "automatically"],
      "NDRC notice III.(6): records are restored only once the identifying department confirms the dishonest "
      "behaviour has been corrected and performance completed; the notice sets no automatic removal after "
      "three years. The premise is false.",
      lang="en", present=["credit restoration"],
      related=[E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")])

unans("false_premise",
      "广州市商务局出嘅那个政商交往指引 第一批主要讲乜嘢？我想睇下gwy来食饭有咩要注意",
      ["商务局"],
      "GZ report ¶7: the Guidelines and Q&A on Government-Business Interactions in Typical Scenarios were issued by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, not a commerce bureau; the issuer in the question is wrong.",
      lang="zh", present=["Commission for Discipline Inspection"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
      "我哋供饭堂嘅那间央企话 佢哋新规定首席合规官系董事长兼任嘅 所以合同一定要董事长签字先得 系咪真系咁",
      ["董事长", "董事长兼任"],
      "《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责；不是董事长兼任。另外办法也没有规定供应合同必须由谁签字。",
      lang="zh", present=["总法律顾问兼任"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

# ---- not_covered

unans("not_covered",
      "如果去法院告区zf追数 诉讼费要交几多 会唔会好贵💸",
      ["诉讼费"],
      "文件只讲到法院对拖欠中小民营经济组织账款案件应及时立案审理（《民营经济促进法》第六十八条）、可以依法提起诉讼（第六十五条），没有任何文件规定诉讼费标准。",
      lang="zh", present=["提起诉讼"])

unans("not_covered",
      "食品经营许可证到期 要提前几耐申请续证啊 唔记得咗😅",
      ["食品经营许可证", "续证"],
      "七份文件都没有涉及食品经营许可证的有效期或续期程序；《优化营商环境条例》只笼统讲精简涉企经营许可（第十九条、第四十条）。",
      lang="zh", present=["经营许可"])

unans("not_covered",
      "国家那个拖欠中小企业款项投诉平台 网址系乜啊 手机可唔可以直接投",
      ["网址"],
      "《保障中小企业款项支付条例》第二十四条只规定国务院主管部门建立国家统一的拖欠中小企业款项投诉平台，NDRC通知II.(1)提到工信部的登记（投诉）平台，但都没有给出网址或手机办理方式。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "How many complaints about local governments not paying small businesses were filed in Guangzhou last year?",
      ["number of complaints"],
      "No document gives complaint statistics for any city or year; the SME regulations (第二十四条, 第二十五条) and the NDRC notice II.(1) only describe the complaint channels and handling.",
      lang="en", present=["complaints"])

unans("not_covered",
      "民营经济促进法会唔会出实施细则啊 大概几时出 群里有人话年底",
      ["实施细则"],
      "《民营经济促进法》全文没有提到实施细则或其出台时间，其他文件也没有；这是对未来的预测，文件无法回答。",
      lang="zh", present=["民营经济促进法"])

unans("not_covered",
      "gwy来店里食工作餐 人均几多钱以内先唔算违规啊 我好定个套餐价🍱",
      ["人均"],
      "没有文件给出公务用餐的金额标准：政务处分法第三十四条、第三十五条只讲可能影响公正行使公权力的宴请和公务接待超标准，GZ报告只提到指引回答了“what meals can be eaten”，没有具体数额。",
      lang="zh", present=["公务接待"])

# ---- out_of_domain

unans("out_of_domain",
      "白切鸡浸几耐先啱 要皮爽肉滑嗰种🐔 师傅成日浸过龙",
      ["白切鸡"],
      "烹饪问题，与七份政策文件无关。",
      lang="zh")

unans("out_of_domain",
      "how do i extend my UK student visa if my course runs longer than planned",
      ["visa"],
      "UK immigration question, unrelated to the seven policy documents.",
      lang="en")

unans("out_of_domain",
      "which cantonese restaurants in guangzhou got a michelin star this year? auntie wants to know the competition lol",
      ["Michelin"],
      "Restaurant guide question, unrelated to the seven policy documents.",
      lang="en")

# ---- superseded

unans("superseded",
      "2020年728号令原来嗰版款项支付条例 修订前机关付款期限系几多日 同而家有冇唔同",
      ["修订前"],
      "语料只收录2025年3月17日国务院令第802号修订后的《保障中小企业款项支付条例》文本，2020年原版条文不在其中，无法比较修订前后。",
      lang="zh", present=["国务院令第728号"])

unans("superseded",
      "以前那个行政机关公务员处分条例入面 警告要背几个月 我睇到旧新闻有讲",
      ["行政机关公务员处分条例"],
      "语料只有2020年的《公职人员政务处分法》，不含此前的《行政机关公务员处分条例》，无法回答旧条例的规定。",
      lang="zh", present=["政务处分"])

unans("superseded",
      "民营经济促进法征求意见稿入面 原本有冇讲zf拖欠账款要罚几多钱",
      ["征求意见稿"],
      "语料只有2025年4月30日通过的《民营经济促进法》正式文本，不含草案或征求意见稿。",
      lang="zh", present=["民营经济促进法"])

unans("superseded",
      "I found an older State Council opinion from 2016 on strengthening government integrity. what did that one say "
      "about punishing local governments that break promises?",
      ["2016"],
      "The corpus holds only the NDRC's 2023 notice (Development and Reform Finance [2023] No. 1103); no 2016 State Council document is included, so its contents cannot be given.",
      lang="en", present=["government integrity"])
