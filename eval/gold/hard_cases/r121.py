"""Hard-case gold items, hundred-and-twenty-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an elderly private entrepreneur who dictates long, rambling voice messages in colloquial
Chinese (a few relayed in English by his grandson), piling up several grievances at once (a county
that broke its land and tax promise after a change of leadership, an inspection campaign that shut
his factory, an official who asked for "sponsorship", an SOE customer that pays late) and burying one
or two questions at the end.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)


# =========================================================================== answerable: single

add("single",
    "唉，我跟你讲，这一年我是真倒霉。县里换了个新书记，原来答应我的地价优惠、税收返还全不认了，"
    "这个事我先不说。上个月又来了个什么环保安全专项整治，一刀切，整个工业园区三十几家厂子，"
    "不管你有没有问题，全部叫停产，我那个厂子停了二十多天，订单全黄了，工人工资我还得照发。"
    "园区里又没出过什么事故，也没听说要办什么大活动。国企那边的货款也还拖着没给。"
    "你帮我查查，搞专项整治能不能这样让整个园区的企业统统停产停业？",
    "一般不能。《优化营商环境条例》第五十九条规定，开展清理整顿、专项整治等活动应当严格依法进行，"
    "除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动并报经有权机关批准外，"
    "不得在相关区域要求相关行业、领域的市场主体普遍停产、停业。",
    ["开展清理整顿、专项整治等活动，应当严格依法进行", "普遍停产、停业"],
    [E(BE, "第五十九条", "开展清理整顿、专项整治等活动，应当严格依法进行"),
     E(BE, "第五十九条", "除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外"),
     E(BE, "第五十九条", "不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施")],
    lang="zh")

add("single",
    "我今年七十二了，干了一辈子实业，没见过这样的。镇上有个管经济的干部，隔三岔五到我厂里转，"
    "前天直说了，镇里要搞个什么文化节，让我们几个老板每家'赞助'三万，说是大家都出了，"
    "就差我一家。没有哪个文件说要交这个钱，他就是口头说的。我这边国企欠的款还没回来，"
    "县里答应的税收返还也黄了，哪来的闲钱？我就想问一句，这种钱我能不能直接不给？",
    "可以拒绝。《优化营商环境条例》第十四条禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "并明确市场主体有权拒绝任何形式的摊派。",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为。"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派。")],
    lang="zh")

add("single",
    "还是那个国企的事啊。我给他们供了一年多的零配件，合同上付款期限写了，可偏偏没写晚付了怎么算利息，"
    "当时我也没在意，想着人家是大国企不会赖账。结果现在拖了四个多月，一问就是'走流程'。"
    "我儿子说可以要利息，我不懂。县里那边又在折腾我的地，厂子上个月还被停了一阵，资金周转实在困难。"
    "合同里没约定逾期利息的话，他们晚付的钱，利息按多少算？",
    "按《保障中小企业款项支付条例》第十七条，迟延支付应当支付逾期利息；双方未约定利率的，"
    "按照每日利率万分之五支付逾期利息（如有约定，约定利率不得低于合同订立时1年期贷款市场报价利率）。",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息。"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息。")],
    lang="zh")

add("single",
    "我跟你说，国企欠款这个事我已经往省里那个投诉渠道递了材料了，人家说受理了，转给什么处理部门了。"
    "这都快一个月了，没人给我打过电话。县里那头换了领导以后也是这样，什么事都拖。"
    "我这个岁数等不起啊，厂子停过一次，工人都快走光了。你帮我看看，他们收到我的投诉材料以后，"
    "最迟多少天要给我个书面答复？能一直往后拖吗？",
    "《保障中小企业款项支付条例》第二十五条规定，处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，"
    "以书面形式反馈投诉人；情况复杂的经部门负责人批准可适当延长，但处理期限最长不得超过90日。",
    ["自收到投诉材料之日起30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日。")],
    lang="zh")

add("single",
    "那个国企啊，现在更过分了。本来说好打款的，上礼拜财务打电话说，现金没有，给我开一张六个月的商业承兑汇票，"
    "爱要不要，不要就继续等。我去银行一问，贴现要扣一大笔。合同里根本没写用汇票结算。"
    "县里那边的事我还在找人问，官员拉赞助的事我也没理他。你先帮我看这个：他们能不能硬塞给我汇票，"
    "不给现钱？",
    "不能强制。《保障中小企业款项支付条例》第十一条规定，使用商业汇票等非现金支付方式应当在合同中作出明确、合理约定，"
    "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，也不得借此变相延长付款期限。",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "应当在合同中作出明确、合理约定，不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("single",
    "拉赞助那个干部的事，我后来没给钱，他脸色就不好看了，说我'不懂事'。我气不过，已经写了材料准备往纪委递。"
    "他管的就是我们这些企业，平时办个证啥的都得经他手。我这人不记仇，可也不能让他这么欺负人。"
    "县里毁约的事、国企欠款的事我回头再说。我想知道，要是查实了他这种向我们企业要钱摊派的行为，"
    "按规定他会受什么处分？",
    "依《公职人员政务处分法》第三十八条，违反规定向管理服务对象收取、摊派财物，情节较重的，予以警告、记过或者记大过；"
    "情节严重的，予以降级或者撤职；情节特别严重的，予以开除。",
    ["违反规定向管理服务对象收取、摊派财物的", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "有下列行为之一，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职"),
     E(PS, "第三十八条", "（一）违反规定向管理服务对象收取、摊派财物的；"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除。")],
    lang="zh")

add("single",
    "我老伴劝我别折腾了，说你去投诉国企，人家以后不跟你做生意了，还可能找人给你使绊子。"
    "那个国企的采购经理也放话了，说谁要是去上面告，明年的供应商名单就没他。"
    "县里那边我也在往上反映，这一堆事压得我睡不着。我就想知道：我去投诉他们拖欠款项，"
    "他们要是因为这个威胁我、报复我，规定里是怎么说的？",
    "《保障中小企业款项支付条例》第二十条规定，机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业"
    "及其工作人员进行恐吓、打击报复（第三十五条还规定了相应的处分、处罚和刑事责任）。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("single",
    "这几个月实在周转不开了，我跑了趟银行，想拿国企欠我的那一百多万应收账款做抵押贷点款。"
    "银行说可以，但得国企那边出个确认函，确认确实欠我这笔钱。我去找国企，财务推来推去，"
    "一个多月了都不给盖章确认。县里那边的地也还悬着，真是雪上加霜。"
    "他们这样拖着不确认，规定里有没有个期限？",
    "有。《保障中小企业款项支付条例》第十六条规定，中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起"
    "30日内确认债权债务关系，支持中小企业融资。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")


# =========================================================================== answerable: multi

add("multi",
    "县里的事我得从头说。2017年老县长招商把我请回来，签了协议，地按优惠价给，税收地方留成那块返还三年。"
    "前年县里换届，新来的领导开会说'前任的承诺跟我没关系'，返还停了，还说那块地要收回，"
    "理由说得好听，叫'为了公共利益调整规划'。我这边厂子被整治停过产，国企的货款也拖着，"
    "真是四面漏风。我想问两件事：要是真是为了公共利益改的，我的损失有没有人补？"
    "要是根本就是新领导不认账，法律上对他们有什么后果？",
    "《民营经济促进法》第七十条规定，地方政府不得以政府换届、相关人员更替等为由违约、毁约；"
    "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行，并对因此受到的损失予以补偿。"
    "第七十三条规定，不履行依法作出的政策承诺、依法订立的合同的，由有权机关予以纠正，造成损失的依法予以赔偿，"
    "造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["并对民营经济组织因此受到的损失予以补偿", "由有权机关予以纠正，造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十条", "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿"),
     E(PE, "第七十三条", "对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "那个国企是个大集团，我们是小厂。合同上没单独约定付款日子，就写了'货到后付款'。"
    "我三月份就把货送齐了，现在都八月了，一分没见着。打电话过去，经办的说领导没签字。"
    "县里换届毁约的事、整治停产的事够我烦的了，这个再拖我真撑不住。"
    "按规定他们交货以后最晚多少天得付钱？这么拖着，他们那边管事的人会不会担责任？",
    "《保障中小企业款项支付条例》第九条规定，大型企业从中小企业采购货物、工程、服务，应当自交付之日起60日内支付款项"
    "（合同另有约定的从其约定，但应合理约定并及时支付）。第三十三条规定，国有大型企业拖欠中小企业款项，造成不良后果或者影响的，"
    "对负有责任的国有企业管理人员依法给予处分。",
    ["应当自货物、工程、服务交付之日起60日内支付款项", "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第三十三条", "国有大型企业拖欠中小企业款项，造成不良后果或者影响的，对负有责任的国有企业管理人员依法给予处分。")],
    lang="zh")

add("multi",
    "停产那回还有个事没跟你说。来检查的人不光叫停产，还把我车间里两台进口设备贴了封条，说是'涉案'，"
    "可到现在没人跟我说涉的什么案，封条一贴就是两个月，设备放着都生锈了。"
    "我那两台机器是我自己的钱买的，跟什么违法的事一点边都不沾。拉赞助的干部、县里毁约、国企欠钱，"
    "这些事凑一块儿我是真受够了。我要是觉得他们这封条贴得不对，能去哪儿讲理？真封错了，我的损失能不能赔？",
    "《民营经济促进法》第六十五条规定，对国家机关实施的强制措施存在异议的，可以依法向有关机关反映情况、申诉，"
    "依法申请行政复议、提起诉讼。第七十二条规定，违反法律规定实施查封、扣押、冻结等措施的，由有权机关责令改正，"
    "造成损失的，依法予以赔偿。",
    ["依法申请行政复议、提起诉讼", "造成损失的，依法予以赔偿"],
    [E(PE, "第六十五条", "以及国家机关实施的强制措施存在异议的，可以依法向有关机关反映情况、申诉，依法申请行政复议、提起诉讼"),
     E(PE, "第七十二条", "违反法律规定实施征收、征用或者查封、扣押、冻结等措施的，由有权机关责令改正，造成损失的，依法予以赔偿")],
    lang="zh")


# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "我孙子给我找了个发改委的文件，是英文的，我看不懂。我的事你知道的，县里新领导上台，"
    "说前任签的招商协议是'历史遗留问题'，机构也调整了，原来管招商的那个局都撤了，所以不履行。"
    "厂子被整治停产、国企欠款这些先不提。你就帮我看看那个发改委的通知：政府因为机构调整、换了人就不履行协议，"
    "这算不算政府违约失信？",
    "算。国家发展改革委关于完善政府诚信履约机制的通知第二部分第（2）项规定，因机构调整、人员变动等原因不履约的，"
    "均视为违约失信（Failure to perform due to institutional adjustments, personnel changes, and other reasons shall all be "
    "regarded as breach of contract and dishonesty）。",
    ["Failure to perform due to institutional adjustments, personnel changes"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "and other reasons shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "我有个老朋友在广州做生意，他说广州纪委出了个政商交往的指引，讲得很实在。我这个情况是这样的："
    "当年跟县里签招商协议，约定了投产后每年的产值和税收指标，这两年行情不好，原材料涨价，"
    "国企客户又拖款，还被整治停产了一回，指标确实没完成，县里就拿这个说事要收地。"
    "他们那个指引里，企业因为客观原因没完成指标的，是怎么处理的？",
    "广州廉洁合规大讲堂报道介绍，第二批《广州市政商交往典型场景指引》规定：企业因客观原因未完成目标的，可以协商调整并享受宽限期；"
    "因政策变化无法履行协议的，可以补正程序或设置过渡期（报道第18段）。",
    ["it can negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(GZ, "¶18", "if an agreement cannot be fulfilled due to policy changes"),
     E(GZ, "¶18", "procedures can be rectified or a transition period can be set")],
    lang="zh")

add("cross_lingual",
    "Hi, I'm typing this for my grandfather, he runs a small parts factory and he's been venting for an hour: the county "
    "went back on his land deal, an inspection team shut the plant for three weeks, some official wanted 'sponsorship' "
    "money. But the thing he really wants answered is this. A big state-owned customer owes him about 1.2 million yuan. "
    "They just got a new chairman and new legal representative, and finance now says every old invoice has to go through "
    "their internal approval process again, so payment is on hold indefinitely. Are those acceptable reasons to delay "
    "paying a small supplier?",
    "No. Under Article 14 of the Regulations on Guaranteeing Payments to Small and Medium-sized Enterprises, government "
    "bodies, public institutions and large enterprises may not refuse or delay payment to SMEs on the grounds of a change "
    "of legal representative or principal person in charge, or of going through internal payment procedures.",
    ["不得以法定代表人或者主要负责人变更，履行内部付款流程"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="en")


# =========================================================================== answerable: paraphrase

add("paraphrase",
    "国企那边今天又来了新说法。我一共给他们送了十二车料，他们说其中两车尺寸有点偏差，要跟我掰扯清楚，"
    "这个我认，可以慢慢对。可他们借着这两车的事，把整张单子的钱全压着，那十车好好的、人家早就用上了的货，"
    "也一分不结。县里的事、停产的事已经让我焦头烂额了。你说那十车没毛病的钱，他们是不是得先给我？",
    "应当先付。《保障中小企业款项支付条例》第十五条规定，交易部分存在争议但不影响其他部分履行的，"
    "对于无争议部分应当履行及时付款义务。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("paraphrase",
    "国企的采购经理跟我诉苦，说他们这个项目的业主是市里的一个单位，市里的钱还没拨下来，"
    "所以他们也没钱给我，让我'等上头的钱到了一起结'。可我跟他们签的合同，跟市里那个单位有什么关系？"
    "县里毁约、停产整治、拉赞助，这一年什么事都让我赶上了。他们等上家给钱再给我，这个理由站得住吗？",
    "站不住。《民营经济促进法》第六十八条规定，大型企业向中小民营经济组织采购货物、工程、服务等，应当合理约定付款期限并及时支付账款，"
    "不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(PE, "第六十八条", "大型企业向中小民营经济组织采购货物、工程、服务等，应当合理约定付款期限并及时支付账款"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")


# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "国企这个款我是越想越气。我儿子给我念了那个条例第九条，说大企业跟中小企业在合同里约定付款期限，"
    "最长也不能超过120天，我那份合同写的是'验收合格后付款'。县里换届不认账、整治停产这些事先搁一边。"
    "我就想弄明白：这个120天的最长期限，是从我交货那天起算，还是从他们验收合格那天起算？",
    ["120日", "120天"],
    "SME Art. 9 sets 60 days from delivery for large enterprises (30 days for government bodies, at most 60 by contract); "
    "for large enterprises a contract may agree otherwise if reasonable, with no 120-day cap anywhere. Art. 10 says "
    "payment time runs from passing inspection/acceptance when that is the agreed condition. The premise (120-day maximum) is false.",
    lang="zh", present=["60日内支付款项", "但付款期限最长不得超过60日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
             E(SME, "第九条", "合同另有约定的，从其约定，但应当按照行业规范、交易习惯合理约定付款期限并及时支付款项"),
             E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算")])

unans("false_premise",
    "县里除了毁我的约，还欠着我厂里前年给他们做的一批护栏钱。我听人说，按那个保障中小企业款项支付的条例，"
    "机关事业单位每年6月30日以前得把上一年欠企业的款公开出来。现在都7月中了，县里网站上啥也没有。"
    "国企欠款、停产整治这些我以后再跟你细说。他们过了6月30日这个截止日子还不公开，我该找谁去反映？",
    ["6月30日", "6月底"],
    "SME Art. 18 requires government bodies and public institutions to publish last year's overdue unpaid SME contracts "
    "before 31 March each year, not 30 June; the deadline in the question is wrong.",
    lang="zh", present=["3月31日"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "欠我钱的那个是央企下面的子公司。我听一个做律师的老乡说，国资委2022年发的《中央企业合规管理办法》里头，"
    "明文规定了央企给民营供应商的货款60天内必须付清，不付就追责。县里那边换了领导不认账，"
    "我也是没办法了，只能先盯着国企这头。国资委这个合规管理办法里是有这么一条60天付款的规定，对吧？",
    ["央企付款期限", "货款", "供应商"],
    "The SASAC Central SOE Compliance Measures (2022) set up compliance organisation, systems and accountability; they "
    "contain no payment deadline. The 60-day rule for large enterprises is in SME Regulations Art. 9, not in the SASAC measures.",
    lang="zh", present=["60日内支付款项", "合规管理"],
    related=[E(SOE, "第十八条", "中央企业应当针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域"),
             E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "县里这个事我找人打听了，说民营经济促进法专门有规定，政府违约毁约的，要按企业实际损失的双倍赔偿，"
    "为的是让地方政府不敢随便翻脸。我当年为了落户投了两千多万，地价优惠和税收返还前后算下来损失几百万。"
    "厂子停产、国企欠款那些损失还不算在里面。既然法律规定政府毁约要双倍赔，那我这种情况能要回来多少？",
    ["双倍", "两倍"],
    "PE Art. 70 provides compensation (补偿) when commitments are changed for the public interest, and Art. 73 provides "
    "that losses are compensated according to law (依法予以赔偿); no document provides double damages.",
    lang="zh", present=["依法予以赔偿", "予以补偿"],
    related=[E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿"),
             E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿")])

unans("false_premise",
    "拉赞助那个干部，我后来没办法还是给了他三万块，他说是'文化节赞助'，可我打听了，文化节根本没办。"
    "我侄子说，政务处分法写得清清楚楚，公职人员收钱收礼的，不管多少，一律开除。"
    "县里毁约、国企拖款的事我都忍了，这个我忍不了。既然法律规定收钱一律开除，那我一举报他肯定就开除了吧？",
    ["一律开除", "一律予以开除"],
    "PS Art. 34 (accepting gifts/cash) and Art. 38 (collecting or apportioning property from those served) grade the "
    "sanction by severity: warning/demerit/major demerit, demotion or dismissal from post, expulsion only if serious "
    "(or especially serious). Nothing says automatic expulsion.",
    lang="zh", present=["情节严重的，予以开除"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
             E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除"),
             E(PS, "第三十八条", "（一）违反规定向管理服务对象收取、摊派财物的；")])

unans("false_premise",
    "县里第一次翻脸其实是2020年夏天，那时候老县长调走，代理县长就把税收返还停了，后来新书记来了又要收地。"
    "我那个懂法的外甥说，《优化营商环境条例》是2021年1月1日才开始施行的，管不到之前的事。"
    "厂子停产、国企欠款这些是后来的事。条例2021年才施行，所以2020年县里停返还这一出就不归它管了吧？",
    ["2021年1月1日", "2021年施行"],
    "BE Art. 72: the Regulations took effect on 1 January 2020 (promulgated 22 October 2019), so the premise that they "
    "took effect in 2021 is false.",
    lang="zh", present=["2020年1月1日"],
    related=[E(BE, "第七十二条", "本条例自2020年1月1日起施行。"),
             E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")])

unans("false_premise",
    "This is his grandson again. Grandpa finally agreed to file a formal complaint about the county breaking the investment "
    "agreement after the new leadership came in (he also wants to complain about the factory shutdown and the late SOE "
    "payments, but one thing at a time). He read somewhere that the NDRC's 2023 notice on government integrity says these "
    "breach-of-contract complaints must be filed on the Ministry of Commerce's complaint platform. Since it has to go "
    "through the Ministry of Commerce, does he register on their website or send it by post?",
    ["Ministry of Commerce", "MOFCOM", "商务部"],
    "NDRC notice II.(1) lists channels run or relied on by provincial credit leading departments: credit websites, the "
    "State Council 'Internet + Supervision' platform, the Ministry of Industry and Information Technology's complaint "
    "platform for SME arrears, local 12345 hotlines, business environment complaint platforms, petition departments. "
    "The Ministry of Commerce is not mentioned.",
    lang="en", present=["Ministry of Industry and Information Technology", "12345"],
    related=[E(NDRC, "II.(1)", "the Ministry of Industry and Information Technology's"),
             E(NDRC, "II.(1)", "\"Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs,\"")])


# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "县里现在松口了，说收地是为了公共利益，会给我补偿。可我当年那块地是按优惠价拿的，一亩才八万，现在周边挂牌都三十多万一亩了。"
    "整治停产、国企拖款的事我另说。我就问这个补偿：是按我当年拿地的优惠价算，还是按现在的市场价算？每亩该给我多少？",
    ["补偿标准", "市场价", "每亩"],
    "PE Art. 70 and BE Art. 31 say losses from changed commitments must be compensated (予以补偿), but no document sets "
    "how compensation is calculated or any per-mu figure.",
    lang="zh", present=["予以补偿"])

unans("not_covered",
    "我想好了，国企欠款的事去省里那个受理投诉的部门投诉，国家不是还有个统一的拖欠中小企业款项投诉平台嘛。"
    "可我一个老头子，上回去县里办个证被收了好几样钱，怕了。县里的事、停产的事以后再说。"
    "去这个平台投诉，要不要交投诉费？要交的话交多少？",
    ["投诉费", "免费受理"],
    "SME Arts. 24-25 set up the complaint channel and platform and the handling time limits; no document mentions "
    "any complaint fee or that complaints are free.",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "我孙子说发改委2023年出过一个通知，要曝光一批政府失信的典型案例，失信的城市还要取消示范资格。"
    "我们县新领导毁约的事我也想往上捅。国企欠款、拉赞助这些就先不说了。"
    "那个通知出来以后，到现在全国一共曝光了多少个政府失信案例？有多少个地方真被取消了资格？",
    ["已曝光", "cases have been exposed", "曝光"],
    "NDRC notice III.(4) and III.(9) announce punishments and the exposure of a batch of typical cases; the notice gives "
    "no counts or outcome statistics.",
    lang="zh", present=["typical cases"])

unans("not_covered",
    "停产那回，说是我们车间的粉尘处理不达标。我花了四十多万换了设备，整改完了，可到现在还不让开工。"
    "县里毁约的事、国企的欠款，哪个都指望不上，就指望厂子赶紧转起来。"
    "整改完了想复工，得去哪个部门申请？要交哪些材料？多少天能批下来？",
    ["复工", "恢复生产", "复产"],
    "BE Art. 59 and PE Art. 50 restrict blanket shutdowns and require minimising the impact of enforcement; no document "
    "sets out a procedure, materials or time limit for resuming production after rectification.",
    lang="zh", present=["停产、停业"])

unans("not_covered",
    "我问了个律师，他说国企欠款这种事可以直接起诉，法律上说法院对拖欠中小企业账款的案子要及时立案。"
    "可我这把年纪，打官司又费钱又费神，县里那摊事还没完，厂子又停过一次。你给我句实在话，"
    "我要是把这个国企告到法院，能不能赢？这类拖欠款的官司胜诉率大概多少？",
    ["胜诉率", "胜诉", "败诉"],
    "PE Art. 68 says courts should promptly file, try and enforce SME arrears cases and may mediate; no document predicts "
    "outcomes or gives success rates.",
    lang="zh", present=["及时立案"])

unans("not_covered",
    "我那个广州的朋友给我发了篇文章，讲广州纪委出的两批政商交往场景指引，说第一批管的是吃什么饭、坐什么车这种，"
    "第二批讲招商引资到项目落地。我们县里搞招商的那一套，正好想对照看看。县里毁约、停产、拉赞助这些事你都知道。"
    "那个第二批指引里一共有多少个场景？",
    ["second batch contains", "second batch includes", "多少个场景"],
    "The GZ report says the two batches together cover 33 scenarios and describes what each batch focuses on, but never "
    "gives the number of scenarios in the second batch alone.",
    lang="zh", present=["33 scenarios"])


# =========================================================================== unanswerable: superseded

unans("superseded",
    "国企那个财务跟我说，我们签合同是2021年，那时候用的是2020年国务院第728号令公布的那版《保障中小企业款项支付条例》，"
    "不是现在修订的这版。县里的事、拉赞助的事先不提。那我就问问，2020年那个老版本条例里，"
    "大企业给中小企业付款的期限是怎么规定的？跟现在这版比有什么不一样？",
    ["原条例", "修订前", "旧版"],
    "The corpus holds only the 2025 revision (State Council Order No. 802, in force 1 June 2025); its header names "
    "the 2020 Order No. 728 but the original 2020 text and its payment terms are not in any document.",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "民营经济促进法出台之前，我记得公开征求过意见，我还让孙子帮我在网上提了条建议，就是关于政府换届不认账的。"
    "现在县里正好这么干，国企也拖着我的钱。我想知道，那个草案征求意见稿里，政府换届不认账那一条原来是怎么写的？"
    "后来正式通过的时候改了什么？",
    ["草案", "征求意见稿"],
    "Only the law as adopted on 30 April 2025 (Art. 70 on commitments) is in the corpus; no draft or consultation "
    "version is included.",
    lang="zh", present=["政府换届"])

unans("superseded",
    "欠我钱那个国企是央企的孙公司，他们法务跟我说，他们集团的合规还是按国资委2018年发的《中央企业合规管理指引（试行）》那一套在搞。"
    "县里毁约、停产整治的事我就不重复了。我想弄清楚，那个2018年试行的指引里，对央企合规负责人是怎么要求的？"
    "是不是也要设首席合规官？",
    ["试行", "2018年", "合规管理指引"],
    "The corpus holds the 2022 SASAC Central SOE Compliance Management Measures (Order No. 42, Art. 12 on the chief "
    "compliance officer); the 2018 trial guidelines are not included.",
    lang="zh", present=["首席合规官"])

unans("superseded",
    "拉赞助那个干部的事，纪委的人跟我说现在按政务处分法处理。可我记得以前有个2007年的《行政机关公务员处分条例》，"
    "我年轻时候厂里出过事，就是按那个处理的干部。国企欠款、县里毁约这些我另说。"
    "那个2007年的老条例里，记过处分的期限是多长？",
    ["行政机关公务员处分条例", "2007年"],
    "Only the 2020 Law on Administrative Sanctions for Public Officials (Art. 8: demerit 12 months) is in the corpus; "
    "the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs are not.",
    lang="zh", present=["记过，十二个月"])


# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "我这一年被县里、被整治、被国企折腾得够呛，想明白了，干不动了，准备把公司交给我儿子。"
    "我手里占公司百分之八十的股份，打算直接转到他名下，一分钱不要。"
    "这种父亲把公司股份无偿转给儿子，要交多少个人所得税？要去税务局办什么手续？",
    ["个人所得税", "股权转让"],
    "None of the seven documents deals with personal income tax or transfers of company shares within a family.",
    lang="zh")

unans("out_of_domain",
    "厂子停产那阵子走了一批年轻人，现在能指望的就是几个跟了我二十多年的老师傅，都过了六十岁了。"
    "县里、国企的事搞得我焦头烂额，人手再不能出问题。我想继续留他们干，这种过了退休年龄的老工人继续用，"
    "要不要跟他们签合同？还要不要给他们交社保？",
    ["返聘", "退休年龄", "社保", "劳动合同"],
    "The documents mention labour law compliance only in general terms (PE Art. 36); none addresses re-employing "
    "retirees, contract type or social insurance for them.",
    lang="zh")

unans("out_of_domain",
    "Grandson here, last one for today. Grandpa dug out the supply contract with the state-owned customer that still owes "
    "him money, and noticed it's stamped with the company's 'contract seal', not its official company seal, and the "
    "government official who introduced the deal signed as a witness. Before he takes this any further: is a contract "
    "stamped only with a contract seal legally valid and enforceable?",
    ["contract seal", "official seal", "合同专用章", "公章"],
    "Contract formation and the validity of company seals are contract-law questions; none of the seven documents "
    "addresses seals or contract validity.",
    lang="en")
