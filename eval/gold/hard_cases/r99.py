"""Hard-case gold items, ninety-ninth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the head of a farmers' vegetable cooperative (with its small distribution company) in Shandong that supplies
school and hospital canteens and a county state-owned catering firm; writes colloquial northern Chinese (俺、咋、啥、
中不中、咱) and asks about late payment, deposits, gifts to principals and being pushed into paid "activities".
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "俺们给县一中食堂送菜，学校跟俺签的合同写着货到90天以后再付款，说这是他们的老规矩。这中不中？学校这种单位最晚得多长时间给钱？",
    "不中。《保障中小企业款项支付条例》第九条：事业单位应自交付之日起30日内付款；合同另有约定的从其约定，但付款期限最长不得超过60日，90天超限。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "县医院欠俺的菜钱拖了快半年了，当初合同里压根没写晚给钱咋赔这码事。俺能管他们要利息不？咋个算法？",
    "能。条例第十七条：迟延支付的应当支付逾期利息；双方未约定利率的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "县里有个部门隔三岔五就通知俺们合作社去参加啥“诚信供应商评比”，去一回就得交一千多块的评比费，不去还说影响以后给学校供货。这种事咱能不去不？",
    "能拒绝。《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训等活动，也不得借此收费或变相收费。",
    ["不得强制或者变相强制市场主体参加评比", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "过年的时候俺给公立小学校长塞了两张购物卡，要是让人捅出去了，校长那头会落个啥处分？",
    "《公职人员政务处分法》第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的降级或者撤职；情节严重的开除。",
    ["予以警告、记过或者记大过", "情节较重的，予以降级或者撤职", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "县医院让俺们配送公司先交5万块现金当保证金才肯签供货合同，俺手头紧，拿银行开的保函顶替中不中？这钱到时候啥时候退？",
    "中。条例第十三条：事业单位不得将保证金限定为现金，中小企业以金融机构出具的保函等提供保证的应当接受；保证期限届满后应及时核算并退还。",
    ["不得将保证金限定为现金", "应当接受", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"),
     E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还")],
    lang="zh")

add("single",
    "县医院结菜钱不给现钱，非塞给俺一张半年以后才能兑的商业汇票，说不要就拉倒。这么弄合规不？",
    "不合规。条例第十一条：不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，也不得利用其变相延长付款期限；使用的应在合同中明确、合理约定。",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("single",
    "学校换了个新校长，说前任签的送菜单子得重新走一遍内部审批流程，让俺再等等，这都等了俩月了。这理由站得住不？",
    "站不住。条例第十四条：不得以法定代表人或者主要负责人变更、履行内部付款流程等为由，拒绝或者迟延支付中小企业款项。",
    ["法定代表人或者主要负责人变更", "履行内部付款流程", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("single",
    "俺想拿学校欠俺的那笔菜钱去信用社做个应收账款贷款，信用社要学校出个确认，学校一直推三阻四不给确认。学校得在多少天里给俺确认？",
    "条例第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "合同上写着验收合格再付款，可医院那边收了菜老是拖着不验，一拖就是一个多月。这付款的日子打哪天开始算？医院这么干有人管没？",
    "条例第十条：拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算；第三十一条第（二）项：事业单位拖延检验、验收的，由其上级机关、主管部门责令改正，拒不改正的对责任人员依法给予处分。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "拖延检验、验收", "由其上级机关、主管部门责令改正"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "（二）拖延检验、验收；")],
    lang="zh")

add("multi",
    "县里好几个学校食堂欠俺们的菜钱，催了多少回都不给。俺想投诉，该找哪个部门？投上去以后多少天能给俺个说法？",
    "条例第二十四条：省级以上人民政府负责中小企业促进工作综合管理的部门受理投诉，国家还建立统一的拖欠中小企业款项投诉平台；第二十五条：受理后10个工作日内转交处理投诉部门，处理部门自收到材料之日起30日内形成处理结果并书面反馈，复杂的可延长，但最长不超过90日。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "国家统一的拖欠中小企业款项投诉平台",
     "自收到投诉材料之日起30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道"),
     E(SME, "第二十四条", "建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("multi",
    "县里那个国企餐饮公司拿了俺的菜，跟俺说得等审计完了、按审计出来的数才给结账，可合同里没这么写。这合法不？他们要一直拖着，俺的损失能让他们赔不？",
    "不合法。《民营经济促进法》第六十七条：国有企业不得在合同未作约定情况下以等待决算审计等为由拒绝或拖延付款，除法律、行政法规另有规定外不得强制要求以审计结果作为结算依据；第七十三条：国有企业拒绝或拖延支付的，由有权机关予以纠正，造成损失的依法予以赔偿。",
    ["以等待竣工验收批复、决算审计等为由", "不得强制要求以审计结果作为结算依据", "造成损失的，依法予以赔偿"],
    [E(PE, "第六十七条", "或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由，拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(PE, "第七十三条", "国家机关、事业单位、国有企业违反法律、行政法规规定或者合同约定，拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "县政府招商那会儿跟俺们签了个蔬菜基地扶持协议，后来说不给就不给了。听说国家发改委2023年有个政务诚信的通知，按那个通知俺能通过啥渠道去投诉政府违约？",
    "NDRC notice II.(1): provincial credit leading departments set up special columns for breach-of-contract and dishonesty complaints, relying on credit websites, the State Council \"Internet + Supervision\" platform, MIIT's complaint platform for arrears to SMEs, local 12345 hotlines, business environment complaint platforms and petition departments; investment promotion agreements are in scope.",
    ["special columns for breach of contract and dishonesty complaints", "12345 government service hotlines",
     "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "business environment complaint platforms, petition departments"),
     E(NDRC, "II.(1)", "the State Council's \"Internet + Supervision\" platform"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion")],
    lang="zh")

add("cross_lingual",
    "俺把县里一个局违约不给钱的事儿投诉到省里了。按发改委那个政务诚信通知，投诉转到哪儿去核实？要是查实了那个局还是不改，咋整？",
    "NDRC notice II.(2): the provincial credit leading department transfers the complaint clues to the superior or competent department of the complained entity for verification; if true, it immediately promotes rectification, and an entity that refuses to rectify is confirmed as breach of contract and dishonesty.",
    ["superior or competent departments of the complained entities", "immediately promote rectification",
     "Those who refuse to rectify shall be confirmed as breach of contract"],
    [E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "the identifying department should immediately promote rectification"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="zh")

add("cross_lingual",
    "My uncle's co-op supplies vegetables to public schools and a county hospital in Shandong. Do those public bodies have to make public how much they still owe small suppliers past the due date, and by when each year?",
    "Yes. SME Payment Regulations art. 18: state organs and public institutions must, before 31 March each year, publish the number and amount of contracts with SMEs overdue and unpaid in the previous year, via websites, newspapers or other publicly accessible means.",
    ["每年3月31日前", "逾期尚未支付中小企业款项的合同数量、金额等信息"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "上个月俺给医院食堂送了二十来车菜，他们说里头有一车白菜烂了不认，结果这个月的菜钱一分都不结，全压着。这么弄对不对？",
    "不对。条例第十五条：交易部分存在争议但不影响其他部分履行的，对无争议部分应当履行及时付款义务。",
    ["部分存在争议但不影响其他部分履行的", "对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("paraphrase",
    "俺寻思去上头告县一中欠钱不给，可又怕告完了校长给俺穿小鞋、往后不要俺的菜，还有人放话让俺“掂量掂量”。上头有没有说法护着俺们这号人？",
    "有。条例第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。",
    ["提出付款请求或者投诉", "进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "条例第九条不是规定学校、医院这种事业单位收了货15天内就得付款嘛，县医院这都拖了20天了，俺现在就能管他们要逾期利息了吧？",
      ["15日内", "15天"],
      "第九条规定事业单位自交付之日起30日内付款（合同约定最长60日），没有15天的期限；拖了20天尚未逾期，前提错误。",
      lang="zh", present=["30日内支付款项"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "既然条例要求学校医院这些事业单位每个季度都得公开一回拖欠中小企业的款，俺上哪儿查俺们县今年二季度的名单？",
      ["季度", "quarterly"],
      "第十八条要求机关、事业单位每年3月31日前公开上一年度逾期未付信息，是一年一次，不是每季度；也未说明到哪里查某县名单。",
      lang="zh", present=["每年3月31日前"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
      "国资委的《中央企业合规管理办法》里规定了国企拖欠供应商货款要按天付违约金；俺们县那个国企餐饮公司拖了俺三个月，这违约金按那个办法咋算？",
      ["违约金"],
      "《中央企业合规管理办法》只规定中央企业的合规管理体系（适用于国资委履行出资人职责的中央企业），没有任何付款或违约金条款；逾期利息见《保障中小企业款项支付条例》第十七条，不在该办法中。",
      lang="zh", present=["逾期利息"],
      related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业"),
               E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
      "民营经济促进法是2024年1月1日起施行的，俺们2024年下半年被县医院拖的那笔菜钱，肯定能按这个法去要了，对吧？",
      ["2024年1月1日"],
      "《民营经济促进法》第七十八条：本法自2025年5月20日起施行，不是2024年1月1日；前提错误，且文件未规定对施行前拖欠的适用。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "发改委2023年那个政务诚信通知里讲了，由财政部在“信用中国”网站上公布各地的投诉专栏、协调处理各地投诉，那俺是不是直接给财政部写信就中？",
      ["Ministry of Finance", "财政部"],
      "NDRC 通知 II.(1) 说的是 “Our commission”（国家发改委）在“信用中国”网站公布地方投诉专栏并协调处理投诉，没有提到财政部；前提把发布/协调主体弄错了。",
      lang="zh", present=["Credit China", "Our commission will publicize local complaint columns"],
      related=[E(NDRC, "II.(1)", "Our commission will publicize local complaint columns")])

unans("false_premise",
      "听说政务处分法第三十四条规定，给校长送的礼超过500块钱才算违法，俺送的是两张200块的购物卡，那就没事儿吧？",
      ["500元", "500块", "购物卡"],
      "第三十四条以“可能影响公正行使公权力”为标准，没有任何金额门槛；500元的说法文件中不存在。",
      lang="zh", present=["可能影响公正行使公权力"],
      related=[E(PS, "第三十四条", "向公职人员及其特定关系人赠送可能影响公正行使公权力的礼品、礼金、有价证券等财物")])

unans("false_premise",
      "为啥《优化营商环境条例》规定保证金最多只能收合同额的5%？俺们县国企餐饮公司张嘴就要10%的履约保证金，这不明摆着超了嘛。",
      ["5%", "百分之五", "10%"],
      "《优化营商环境条例》第二十五条只要求涉企保证金有法律、行政法规依据并实行目录清单管理；《保障中小企业款项支付条例》第十三条只说收取比例应符合法律法规和国家有关规定；均无5%的上限。",
      lang="zh", present=["保证金的收取比例", "涉企保证金"],
      related=[E(SME, "第十三条", "保证金的收取比例、方式应当符合法律、行政法规和国家有关规定"),
               E(BE, "第二十五条", "设立政府性基金、涉企行政事业性收费、涉企保证金，应当有法律、行政法规依据或者经国务院批准")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "在国家那个拖欠中小企业款项投诉平台上投诉，要交手续费不？一回得多少钱？",
      ["手续费", "投诉费"],
      "条例第二十四条只说建立国家统一的拖欠中小企业款项投诉平台，第二十五条讲处理时限，均未提投诉是否收费或收费标准。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "全国这两年通过投诉平台帮中小企业追回了多少欠款？有没有个总数，俺心里好有个底。",
      ["追回", "recovered"],
      "各文件只规定投诉、公开和监督机制，没有任何追回欠款金额等统计数据。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "俺要是把县一中告到法院讨菜钱，这官司能赢不？一般得多长时间能判下来？",
      ["胜诉", "审理期限"],
      "《民营经济促进法》第六十八条只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行并可调解，没有胜诉可能或审理时长。",
      lang="zh", present=["及时立案、审理、执行"])

unans("not_covered",
      "去投诉医院欠款得准备啥材料？合同原件、送货单都得带上不？要不要盖公章？",
      ["原件", "送货单", "公章"],
      "条例第二十五条只提到“投诉材料”和投诉人应与被投诉人存在合同关系，未列出需提交的具体材料。",
      lang="zh", present=["投诉材料", "存在合同关系"])

unans("not_covered",
      "俺们送的是青菜、豆角这些生鲜，放不住，条例对农产品的付款期限有没有单独规定得更短些？",
      ["农产品", "生鲜", "蔬菜"],
      "第九条只规定一般的30日/60日期限，并说法律、行政法规或者国家有关规定另有规定的从其规定，但没有农产品或生鲜的专门期限。",
      lang="zh", present=["另有规定的，从其规定"])

unans("not_covered",
      "The Guangzhou guidelines apparently cover \"what meals can be eaten\" with officials. What's the per-person spending cap for a meal with a public official under them?",
      ["per person", "per capita", "人均"],
      "The Guangzhou report (¶9) only says the first batch addressed \"what meals can be eaten and what vehicles can be taken\"; it gives no amount or cap.",
      lang="en", present=["what meals can be eaten"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "2020年国务院728号令刚出的那一版《保障中小企业款项支付条例》里，事业单位付款期限原来是咋规定的？跟现在这版有啥不一样？",
      ["修订前", "2020年版"],
      "语料只有2025年3月17日国务院令第802号修订后的条例文本；2020年原版的条文不在文件中，无法比较。",
      lang="zh", present=["728号", "802号"])

unans("superseded",
      "民营经济促进法草案当初向社会征求意见那会儿，里头关于拖欠民企账款是咋写的？跟最后通过的有啥区别？",
      ["草案", "征求意见稿"],
      "语料只有2025年4月30日通过的《民营经济促进法》正式文本（第六十七条等），没有草案文本。",
      lang="zh", present=["第十四届全国人民代表大会常务委员会第十五次会议通过"])

unans("superseded",
      "国资委2018年发的那个《中央企业合规管理指引（试行）》里，对首席合规官是咋要求的？",
      ["试行", "合规管理指引"],
      "语料只有2022年《中央企业合规管理办法》（国资委令第42号），其第十二条规定首席合规官；2018年试行指引不在文件中。",
      lang="zh", present=["首席合规官", "国资委令第42号"])

unans("superseded",
      "政务处分法出台以前，那个《行政机关公务员处分条例》对公务员收礼是咋处分的？",
      ["行政机关公务员处分条例"],
      "语料只有2020年施行的《公职人员政务处分法》（第三十四条规定收礼处分），之前的处分条例不在文件中。",
      lang="zh", present=["2020年7月1日起施行"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "俺合作社农忙时雇了几个季节工，没签劳动合同，干满一个月了，公司是不是得给他们交社保？不交的话官方会罚多少？",
      ["季节工", "劳动合同", "社保"],
      "劳动用工和社会保险缴费不在七份文件范围内（《民营经济促进法》第三十六条只泛泛要求遵守劳动用工等法律法规）。",
      lang="zh", present=["劳动用工"])

unans("out_of_domain",
      "俺们给县政府机关食堂供菜，要开发票，农产品免税发票咋开？这笔货款的增值税能不能免？",
      ["增值税", "免税"],
      "发票开具和增值税减免属于税务问题，文件中没有（《优化营商环境条例》第四十六条只提推广电子发票）。",
      lang="zh", present=["电子发票"])

unans("out_of_domain",
      "合作社跟一家冷库公司签了三年的租赁合同，人家提前解约，还扣着俺两万块押金不退，这押金咋要回来？",
      ["租赁", "押金", "冷库"],
      "两家私营企业之间的租赁合同纠纷和押金返还不在文件范围内；文件中的保证金规定针对机关、事业单位和大型企业采购。",
      lang="zh", present=["保证金"])
