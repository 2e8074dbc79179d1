"""Hard-case gold items, sixty-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the owner of a small construction-materials firm (cement, bricks, sand) in a county town, who deals with
township officials and supplies a state-owned firm that pays late; writes long, colloquial, dialect-tinged Chinese
with typos, and now and then his daughter types a simple English question for him.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "俺是县城里做建材的，水泥砖头沙子都卖。去年秋天乡政府修村里那条路，从俺这拉了三十多吨水泥，"
    "货早就送到了，签收单也有，到现在一分钱没见着，去问乡里的会计就说再等等再等等。"
    "我就想问问，国家对政府单位买东西多长时间内得给钱有没有个说法？合同里也没写具体哪天付。",
    "有。按《保障中小企业款项支付条例》第九条，机关、事业单位从中小企业采购货物，应当自交付之日起30日内支付款项；"
    "合同另有约定的从约定，但付款期限最长不得超过60日。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "给镇上一个工程供砖，人家说要先交一笔质量保证金，还非得要现金打过去，我们小本生意哪有那么多现钱压着啊。"
    "我闺女说银行能开保函，我问他们能不能用保函顶，他们说不行就要现金。这个他们能这么硬性规定吗？",
    "不能。《保障中小企业款项支付条例》第十三条规定，机关、事业单位和大型企业不得将保证金限定为现金；"
    "中小企业以金融机构出具的保函等提供保证的，对方应当接受。",
    ["不得将保证金限定为现金", "保函"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "跟你说个气人的事。俺给一个大国企的项目部供沙石料，他们是总包，干完了找他们要钱，"
    "项目经理张嘴就是“业主还没给我们拨款，业主钱不到我们也没法给你”，合同里还真写了一句“待业主付款后支付”。"
    "这种等上家给了钱才给我们的说法，法律上站得住脚吗？",
    "站不住。《民营经济促进法》第六十八条规定，大型企业向中小民营经济组织采购货物、工程、服务，应当合理约定付款期限并及时支付，"
    "不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(PE, "第六十八条", "大型企业向中小民营经济组织采购货物、工程、服务等，应当合理约定付款期限并及时支付账款"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("single",
    "俺们镇上副镇长有个小舅子，开了个砂石厂，到处跟人说“我姐夫管着城建这一块”，"
    "镇里的工程谁不从他那进料谁就别想干。副镇长本人从来没明说过，可他心里门清，就是装不知道。"
    "像副镇长这样明知道亲戚打他旗号捞好处还不管的，按规定他要受啥处分不？",
    "要。《公职人员政务处分法》第三十三条第一款第（三）项，纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的，"
    "予以警告、记过或者记大过；情节较重的降级或者撤职；情节严重的开除。",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利", "予以警告、记过或者记大过"],
    [E(PS, "第三十三条", "有下列行为之一的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除"),
     E(PS, "第三十三条", "纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的")],
    lang="zh")

add("single",
    "俺厂子搬新地方，要去镇里办个手续，管这事的小伙子三回五回让俺回去补材料，每回都说差一样，"
    "旁边人提醒俺说“你得意思意思，请他吃顿饭塞条烟就好办了”。这种当官的故意为难人、吃拿卡要，"
    "国家的法律里头对他有没有处分的规定？",
    "有。《公职人员政务处分法》第三十八条第一款第（二）项，在管理服务活动中故意刁难、吃拿卡要的，情节较重的，"
    "予以警告、记过或者记大过；情节严重的降级或者撤职；情节特别严重的开除。",
    ["故意刁难、吃拿卡要", "予以警告、记过或者记大过"],
    [E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的"),
     E(PS, "第三十八条", "有下列行为之一，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

add("single",
    "给国企供了五批砖，其中第三批他们说有几块强度不够，在跟我扯皮，这个我认，可以慢慢谈。"
    "问题是他们借着这一批的事，把另外四批好好的钱也一起压着不给，说等全部谈清楚了再一起结。这合理吗？",
    "不合理。《保障中小企业款项支付条例》第十五条规定，交易部分存在争议但不影响其他部分履行的，"
    "对于无争议部分应当履行及时付款义务。",
    ["部分存在争议但不影响其他部分履行的", "对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("single",
    "那个国企欠俺八十来万，钱一时要不回来，俺寻思拿这笔应收款去银行做个融资先周转。"
    "银行说得让欠款那家出个确认，证明这账是真的。可国企那边推来推去，一个多月了章都不给盖。"
    "他们有没有义务在多长时间内给确认？",
    "有。《保障中小企业款项支付条例》第十六条第二款规定，中小企业以应收账款融资的，机关、事业单位和大型企业"
    "应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "Hi, I'm typing for my dad. The township government cancelled a supply contract with us halfway and we filed a "
    "complaint about it. According to the NDRC notice on government integrity, what is supposed to happen if the "
    "complaint turns out to be true, and what if the township still won't fix it?",
    "Under section II.(2), the complaint clue is sent to the superior or competent department for verification; if it "
    "is verified as true, that department should immediately promote rectification, and if the government side refuses "
    "to rectify it is confirmed as breach of contract and dishonesty.",
    ["immediately promote rectification", "Those who refuse to rectify shall be confirmed as breach of contract"],
    [E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract and dishonesty"),
     E(NDRC, "II.(2)", "if verified as true, the identifying department should immediately promote"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "说说俺这事：给一个国有大企业的项目供了快两百万的料，验收早完了，他们财务说“得等审计局审完出结果才能按审计数结账”，"
    "可合同里压根没写要审计这回事。这一等就等了大半年。俺想问两件事：一是他们能不能硬要拿审计结果当结算的依据？"
    "二是拖了这么久，合同里也没写利息，俺能不能要利息，按多少算？",
    "不能硬要：《保障中小企业款项支付条例》第十二条规定国有大型企业不得强制要求以审计机关的审计结果作为结算依据（法律、行政法规另有规定的除外）。"
    "可以要利息：第十七条规定迟延支付应当支付逾期利息，未作约定的按照每日利率万分之五支付。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("multi",
    "乡里欠俺的帐拖了一年多，俺是真想去告他，可俺老婆拦着，说你告了以后乡里头能给你好果子吃？"
    "以后工程全不找你了，还三天两头来查你厂子。所以想问清楚：这种拖欠中小企业的钱，到底是往哪儿投诉？"
    "投诉了以后他们要是找茬报复，有没有规定管？",
    "《保障中小企业款项支付条例》第二十四条：省级以上人民政府负责中小企业促进工作综合管理的部门受理拖欠中小企业款项的投诉，"
    "国务院相关部门还建有国家统一的拖欠中小企业款项投诉平台。第二十条：机关、事业单位和大型企业及其工作人员"
    "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。",
    ["国家统一的拖欠中小企业款项投诉平台", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十四条", "受理对机关、事业单位和大型企业拖欠中小企业款项的投诉"),
     E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("multi",
    "下个月乡里要定二期工程用谁家的料，俺寻思着请管项目的那个站长去县里好点的饭店吃一顿，走的时候后备箱塞两条好烟两瓶酒，"
    "让他到时候照顾照顾。俺就想弄明白：俺这么干算不算违法？他要是收了，他那头会怎么样？",
    "你这边：《民营经济促进法》第三十六条规定民营经济组织不得通过贿赂和欺诈等手段牟取不正当利益。"
    "他那边：《公职人员政务处分法》第三十四条规定，收受可能影响公正行使公权力的礼品、礼金等财物的，予以警告、记过或者记大过，"
    "情节较重的降级或者撤职，情节严重的开除；接受可能影响公正行使公权力的宴请也要受处分。",
    ["不得通过贿赂和欺诈等手段牟取不正当利益", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的"],
    [E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益"),
     E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "前年乡政府招标，俺中了标给他们供建材，合同白纸黑字签了。今年乡里换了一拨人，说原来那合同不作数了，剩下的货不要了，"
    "已经备好的料全砸俺手里。听说发改委专门发过一个通知管政府违约失信的事，按那个通知，俺这种能去哪些地方投诉？",
    "按国家发改委2023年通知第二部分第（1）项，省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部违约拖欠中小企业款项登记（投诉）平台、"
    "当地12345政务服务热线、营商环境投诉平台、信访部门等渠道，受理涉及政府部门的违约失信投诉；"
    "政府采购、招标投标等领域与民营企业签的合同违约毁约都在范围内。",
    ["credit websites", "12345 government service hotlines", "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "should rely on their credit websites"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines, business environment complaint"),
     E(NDRC, "II.(1)", "signed by government departments with private enterprises in government")],
    lang="zh")

add("cross_lingual",
    "俺闺女给俺看了个广州的新闻，说广州纪委出了个政商交往的指南，连能吃啥饭坐啥车都写了。俺们这小地方没这东西，"
    "跟乡里干部打交道经常拿不准。那个指南的起草人说碰到指南里没写到的情况，核心要怎么判断？",
    "据广州“廉洁合规大讲堂”的报道，起草组成员王宇群说，判断各种情形的核心是区分“为公”还是“为私”，"
    "关键看行为能不能“摆上台面”。",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between"), E(GZ, "¶10", "“acting for the public good” and “acting for personal gain”"),
     E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="zh")

add("cross_lingual",
    "Dad's question (I'm translating): a big state-owned company owes us for cement. Instead of cash they want to pay "
    "us with commercial acceptance bills that only mature in a year. Do we have to take those bills, or can we insist "
    "on being paid in money?",
    "Under Article 11 of the SME payment regulation, buyers must agree non-cash payment clearly and reasonably in the "
    "contract, may not force SMEs to accept commercial bills or receivables e-vouchers, and may not use them to extend "
    "the payment term in disguise.",
    ["不得强制中小企业接受商业汇票", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限"],
    [E(SME, "第十一条", "应当在合同中作出明确、合理约定，不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "镇上今年要搞个什么文化节，镇里干部挨家挨户上厂子里来，说每家要出两万块钱，还得出两台铲车、几个工人去帮着搭台子，"
    "说这是“任务”，谁家不出以后来镇里办事就别怪不给面子。没有文件也没有收据。俺们小厂子能不能不出这个钱？",
    "可以不出。《优化营商环境条例》第十四条禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "市场主体有权拒绝任何形式的摊派；《民营经济促进法》第六十一条也规定不得向民营经济组织摊派财物。",
    ["禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为", "市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

add("paraphrase",
    "那家国企以前跟俺对接的老总调到省里去了，新来的老总一上台，俺去找他结账，他说前头的事他不清楚，"
    "再说财务那边得一级一级签字，签完了才能打钱，让俺回去等着。这都等俩月了还在“签字”。他们这样一直推能行吗？",
    "不行。《保障中小企业款项支付条例》第十四条规定，机关、事业单位和大型企业不得以法定代表人或者主要负责人变更、"
    "履行内部付款流程等为由，拒绝或者迟延支付中小企业款项。",
    ["不得以法定代表人或者主要负责人变更，履行内部付款流程", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "乡里欠俺的钱都快两年了，乡里说没钱。俺听人讲《民营经济促进法》专门规定了，乡镇欠民营企业的款还不上的，"
    "由县财政先行垫付给企业。那为啥县里到现在还不给俺垫付？这个垫付要找县里哪个部门申请？",
    ["先行垫付", "垫付", "代为偿还"],
    "PE 第六十九条 only says county-level governments shall strengthen payment guarantee work, prevent and clear arrears, "
    "and organise negotiation/mediation; no document provides that county finance pays on a township's behalf.",
    lang="zh", present=["加强账款支付保障工作", "预防和清理拖欠民营经济组织账款"],
    related=[E(PE, "第六十九条", "县级以上地方人民政府应当加强账款支付保障工作，预防和清理拖欠民营经济组织账款")])

unans("false_premise",
    "《保障中小企业款项支付条例》第九条不是规定大型企业收了货30天内就得付钱嘛，俺给国企送的货到今天是第45天，"
    "按说已经超了半个月了。这超的15天利息咋算，从第31天开始算对不对？",
    ["大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日"],
    "SME 第九条 gives 30 days for 机关、事业单位 but 60 days for 大型企业 (or as agreed, reasonably); the premise that large "
    "firms must pay within 30 days is wrong, so day 45 is not yet overdue under the default rule.",
    lang="zh", present=["交付之日起60日内支付款项", "交付之日起30日内支付款项"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "听说条例要求政府机关每季度都得把欠中小企业的钱公开一次。俺们乡今年头两个季度的都没见公开，"
    "他们没按季度公开，俺该找谁反映？",
    ["每季度", "按季度"],
    "SME 第十八条 requires 机关、事业单位 to publish last year's overdue unpaid contracts once a year, before 31 March; "
    "there is no quarterly disclosure duty.",
    lang="zh", present=["每年3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "民营经济促进法第七十三条说了，政府拖欠民企账款的，由乡镇纪委直接罚乡长的款。俺们乡长已经被罚了，"
    "那罚下来的这笔钱是不是能直接赔给俺这个被欠钱的？",
    ["乡镇纪委", "纪委", "罚乡长"],
    "PE 第七十三条 says the competent authority (有权机关) corrects the arrears, losses are compensated according to law, and "
    "responsible leaders are given 处分; it says nothing about a township discipline commission fining the township head, "
    "nor about paying such a fine to the creditor.",
    lang="zh", present=["由有权机关予以纠正", "依法予以赔偿"],
    related=[E(PE, "第七十三条", "拒绝或者拖延支付民营经济组织账款"),
             E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")])

unans("false_premise",
    "Since the Public Official Sanctions Law allows officials to accept gifts worth under 200 yuan, my dad wants to "
    "give the town head a 180-yuan box of mooncakes and tea for the holiday. That is fine then, right? Does he need a "
    "receipt to prove the value?",
    ["200 yuan", "gift", "mooncakes"],
    "PS 第三十四条 sanctions accepting gifts that may affect the impartial exercise of public power; no document sets a "
    "yuan threshold below which gifts are allowed.",
    lang="en", present=["可能影响公正行使公权力的礼品"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")])

unans("false_premise",
    "The NDRC notice gives a government department six months to fix a breach of contract before it is recorded as "
    "dishonest. The township broke our contract seven months ago and did nothing, so it should already be on the "
    "dishonesty list. How do we check that it was recorded?",
    ["six months", "6 months", "seven months"],
    "NDRC II.(2): verified complaints lead to immediate promotion of rectification, and refusal to rectify is confirmed as "
    "breach and dishonesty; there is no six-month grace period.",
    lang="en", present=["immediately promote rectification", "refuse to rectify"],
    related=[E(NDRC, "II.(2)", "if verified as true, the identifying department should immediately promote"),
             E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])

unans("false_premise",
    "广州那个政商交往指南里写明了，企业请干部吃饭只要人均不超过100块钱就不算违规，对吧？"
    "俺想照这个标准，请乡里的几个干部在镇上小饭馆吃个便饭，这样没问题吧？",
    ["人均", "100 yuan", "per person"],
    "The GZ report only says the first batch of the Guidelines answered questions like what meals can be eaten and what "
    "vehicles can be taken; it gives no per-person spending limit, and no document does.",
    lang="zh", present=["what meals can be eaten"],
    related=[E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "给镇上一个工程供料兼干点小活，完了他们要从结算款里扣工程质量保证金。俺想问问，这个质量保证金国家规定最多能扣百分之几？"
    "他们张口就要扣百分之十，是不是扣多了？",
    ["百分之三", "3%", "百分之十"],
    "SME 第十三条 lists the lawful deposits (including 工程质量保证金) and says the ratio must comply with laws and state rules, "
    "but no document states a percentage.",
    lang="zh", present=["工程质量保证金", "保证金的收取比例"])

unans("not_covered",
    "闺女说国家有个统一的拖欠中小企业款项投诉平台，能在网上投诉。俺年纪大了弄不明白，那个平台网址是啥，"
    "手机上是下个APP还是关注个公众号？注册要填些啥？",
    ["网址", "公众号", "注册账号"],
    "SME 第二十四条 only says the State Council department builds 国家统一的拖欠中小企业款项投诉平台, and NDRC II.(1) names the "
    "MIIT registration (complaint) platform; neither gives an address, app or sign-up steps.",
    lang="zh", present=["国家统一的拖欠中小企业款项投诉平台"])

unans("not_covered",
    "If my dad files a complaint about the unpaid money on the national complaint platform for SMEs, does he have to "
    "pay a fee to file it? How much does it cost?",
    ["fee", "free of charge", "filing fee"],
    "SME 第二十四、二十五条 set up the complaint channels and handling deadlines; no document mentions any charge for "
    "filing a complaint.",
    lang="en", present=["拖欠中小企业款项投诉平台"])

unans("not_covered",
    "那个国企说俺们厂不算中小企业，不给按中小企业的规矩付款。条例里说有争议可以去县里申请认定，"
    "那申请认定具体要带哪些材料？营业执照、纳税证明、社保人数这些都要吗？",
    ["认定材料", "营业执照复印件", "纳税证明"],
    "SME 第二十九条 says disputes over enterprise size may be submitted for 认定 to the county-level SME department of the "
    "claimant's locality; it lists no application materials.",
    lang="zh", present=["申请认定"])

unans("not_covered",
    "Since the NDRC notice came out in 2023, how many local governments have actually been put on the dishonesty "
    "record for not paying private companies? Is there a number for our province?",
    ["statistics", "how many", "number of cases"],
    "NDRC III.(3) and IV.(9) describe forming government credit records and exposing typical cases; no document reports "
    "how many governments have been recorded.",
    lang="en", present=["typical cases", "government credit records"])

unans("not_covered",
    "乡里欠俺的那四十万，俺寻思不跟他磨了，直接去县法院起诉乡政府。你给俺估计估计，像这种民营企业告政府要账的官司，"
    "胜诉率有多高？俺能赢不？",
    ["胜诉", "胜诉率"],
    "PE 第六十八条 says courts shall file, hear and enforce cases of arrears to SMEs promptly; no document predicts outcomes "
    "or gives win rates.",
    lang="zh", present=["依法及时立案、审理、执行"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "这个保障中小企业款项支付的条例，2020年国务院第728号令刚出来的那个老版本里，大企业给中小企业付款的期限当时是咋规定的？"
    "俺有个合同是2021年签的，想看看按老版本该咋算。",
    ["原条例", "修订前"],
    "The corpus holds only the 2025 revision (国务院令第802号); its header mentions the 2020 Order No. 728 publication but "
    "the original text is not included.",
    lang="zh", present=["第728号", "第802号修订"])

unans("superseded",
    "民营经济促进法正式通过以前，不是出过一个草案征求意见稿嘛。那个征求意见稿里关于政府和国企拖欠民企账款的那一条，"
    "原来是咋写的？跟现在正式的一样不一样？",
    ["草案", "征求意见稿"],
    "Only the law as adopted on 30 April 2025 is in the corpus (its 第六十七条 deals with arrears); no draft version is.",
    lang="zh", present=["2025年4月30日"])

unans("superseded",
    "俺听一个在央企干过的朋友讲，2018年国资委发过一个《中央企业合规管理指引（试行）》，里面对央企按时给供应商付款有要求。"
    "那个试行的指引里具体是咋说的？",
    ["合规管理指引", "试行"],
    "The corpus holds the 2022 中央企业合规管理办法 (国资委令第42号); the earlier 2018 trial guideline is not in it.",
    lang="zh", present=["中央企业合规管理办法"])

unans("superseded",
    "Dad signed a supply contract with a state-owned company back in 2021, when the first version of the SME payment "
    "regulation (State Council Order No. 728, 2020) was in force. In that original 2020 version, what late-payment "
    "interest rate applied if the contract did not set one?",
    ["2020 version", "original version"],
    "The corpus holds only the regulation as revised on 17 March 2025 (Order No. 802; 第十七条 sets 万分之五 per day); "
    "the header cites the 2020 Order No. 728 publication but its original text is not included.",
    lang="en", present=["第728号", "每日利率万分之五"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "俺厂里一个装卸工上个礼拜卸水泥的时候把脚砸骨折了，当初招他的时候图省事没签劳动合同，也没给交保险。"
    "现在他家里人来公司要钱，俺这种情况工伤赔偿得赔多少？",
    ["工伤", "劳动合同", "工伤保险"],
    "A work-injury compensation question; the documents cover payment of SMEs, officials' discipline, business environment "
    "and compliance, not employment injury compensation.",
    lang="zh")

unans("out_of_domain",
    "国企结账的时候要俺开增值税专用发票，俺们卖的商品混凝土和砖，开票的税率到底是百分之几？"
    "小规模纳税人能不能开专票？",
    ["增值税", "税率", "小规模纳税人"],
    "A VAT invoicing question; none of the documents sets tax rates or invoicing rules.",
    lang="zh")

unans("out_of_domain",
    "My dad wants to rent a bigger warehouse for the company from a private landlord. How long can a lease contract "
    "run, and how many months of deposit payment is normal to pay up front?",
    ["lease", "landlord", "warehouse"],
    "A private leasing question; the documents do not deal with leases or rental deposits.",
    lang="en")
