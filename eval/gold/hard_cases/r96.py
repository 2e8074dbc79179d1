"""Hard-case gold items, ninety-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a Taiwanese manufacturer (台商) with a plant in Dongguan, writing in Traditional Chinese with
Taiwan usage (and sometimes English); he asks how mainland rules treat a local government that breaks
its investment promises or pays late, and what he may give officials at festivals.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "鎮政府當初招商時答應給我們廠的優惠，新領導上任後就說「那是前任答應的，不算」，這樣在法規上站得住腳嗎？",
    "站不住腳。《优化营商环境条例》第三十一条要求地方各级人民政府履行依法作出的政策承诺和合同，"
    "不得以政府换届、相关责任人更替等为由违约毁约。",
    ["政府换届", "相关责任人更替", "违约毁约"],
    [E(BE, "第三十一条", "地方各级人民政府及其有关部门应当履行向市场主体依法作出的政策承诺以及依法订立的各类合同"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")],
    lang="zh")

add("single",
    "我們東莞廠（中小企業）賣一批設備給當地一家事業單位，合約裡沒寫付款期限，對方最晚應該幾天內付款？",
    "依《保障中小企业款项支付条例》第九条，机关、事业单位应当自货物交付之日起30日内支付款项"
    "（合同另有约定的，付款期限最长也不得超过60日）。",
    ["30日内支付款项"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "公部門的款項拖了三個月才付，合約裡也沒約定遲延利息，我們可以主張多少利息？",
    "《保障中小企业款项支付条例》第十七条：迟延支付应当支付逾期利息；未约定利率的，按照每日利率万分之五支付。",
    ["每日利率万分之五", "逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "中秋節我們包了紅包、送月餅禮盒給鎮上幫忙的承辦官員，萬一被查到，那位官員會被怎麼處分？",
    "《公职人员政务处分法》第三十四条：收受可能影响公正行使公权力的礼品、礼金等财物的，予以警告、记过或者记大过；"
    "情节较重的降级或者撤职；情节严重的开除。",
    ["警告、记过或者记大过", "降级或者撤职", "予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "有家國企大客戶堅持貨款要開商業承兌匯票給我們，我們只想收現金，可以拒絕嗎？",
    "可以。《保障中小企业款项支付条例》第十一条规定大型企业等不得强制中小企业接受商业汇票等非现金支付方式，"
    "也不得借此变相延长付款期限。",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("single",
    "鎮上一直要我們廠報名參加什麼評比、達標活動，還要繳報名費，我們可以不參加嗎？",
    "《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标等活动，"
    "也不得借此收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比、达标", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "If a city government in Guangdong ends up with a government dishonesty record under the NDRC notice, "
    "what does the NDRC actually do to that city?",
    "Under item III.(4) of the NDRC notice, for prefecture-level and above cities with government dishonesty records the NDRC "
    "cancels their eligibility for awards and pilot demonstrations in the development and reform system, increases the weight of "
    "city credit monitoring deductions, and cancels their social credit demonstration-zone title or eligibility.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions")],
    lang="en")

add("single",
    "我們幫當地政府做廠房擴建工程，對方要的履約保證金只收現金、不收銀行保函，這樣合規嗎？",
    "不合规。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；"
    "中小企业以金融机构出具的保函提供保证的，应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "民營經濟促進法對地方政府不兌現招商時的政策承諾，有規定什麼後果嗎？如果政府說是為了公共利益真的得改呢？",
    "第七十条：因国家利益、社会公共利益需要改变政策承诺的，应当依照法定权限和程序进行，并对企业因此受到的损失予以补偿；"
    "第七十三条：不履行依法作出的政策承诺的，由有权机关予以纠正，造成损失的依法赔偿，并可对负责人员给予处分。",
    ["依照法定权限和程序进行", "予以补偿", "由有权机关予以纠正", "依法予以赔偿"],
    [E(PE, "第七十条", "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

add("multi",
    "公部門拖欠我們的貨款，要向哪個單位投訴？投訴之後大概多久會有處理結果？",
    "《保障中小企业款项支付条例》第二十四条：由省级以上人民政府负责中小企业促进工作综合管理的部门受理投诉，国家另设统一的投诉平台；"
    "第二十五条：处理投诉部门应自收到投诉材料之日起30日内形成处理结果，复杂情况可延长，但最长不得超过90日。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
     E(SME, "第二十四条", "建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("multi",
    "過年前鎮上有官員暗示我們要「意思意思」，不然審批就一直卡著。這種官員違反了什麼規定？如果我們真的包了紅包，收的人又會怎樣？",
    "《公职人员政务处分法》第三十八条第（二）项：在管理服务活动中故意刁难、吃拿卡要，情节较重的予以警告、记过或者记大过，严重的降级撤职，"
    "情节特别严重的开除；第三十四条：收受可能影响公正行使公权力的礼品、礼金的，予以警告、记过或者记大过，直至开除。",
    ["故意刁难、吃拿卡要", "收受可能影响公正行使公权力的礼品、礼金"],
    [E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除"),
     E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "我們在東莞簽的招商引資協議被地方政府毀約了，大陸有沒有專門的管道可以投訴「政府違約失信」？",
    "有。发改委通知第二部分第（1）项要求省级信用牵头部门依托信用网站、12345政务服务热线、营商环境投诉平台等渠道，"
    "设立违约失信投诉专栏，范围包括招商引资等领域政府部门与民营企业签订的协议合同。",
    ["special columns for breach of contract and dishonesty complaints",
     "local 12345 government service hotlines", "investment promotion"],
    [E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion")],
    lang="zh")

add("cross_lingual",
    "聽說廣州出了政商交往的指引。如果廠商因為客觀原因沒達到招商協議裡的目標，或是政策變了協議沒辦法履行，指引怎麼說？",
    "据广州讲堂报道，第二批《指引》规定：企业因客观原因未完成目标的，可以协商调整并享受宽限期；"
    "因政策变化无法履行协议的，可以补正程序或设置过渡期。",
    ["negotiate adjustments and enjoy a grace period", "a transition period can be set"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(GZ, "¶18", "if an agreement cannot be fulfilled due to policy changes"),
     E(GZ, "¶18", "procedures can be rectified or a transition period can be set")],
    lang="zh")

add("cross_lingual",
    "Our town government is asking every factory to 'sponsor' its Mid-Autumn Festival gala with cash and a few workers. "
    "Are we obliged to go along with it?",
    "No. Article 14 of the Regulations on Optimizing the Business Environment prohibits demanding money, goods or manpower from "
    "businesses outside what laws and regulations provide (摊派), and says market entities may refuse any form of such levy.",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "我們出貨給一家大公司，他們說要等他們自己的客人把錢付清了，才會付錢給我們。這種條件可以接受嗎？合法嗎？",
    "《保障中小企业款项支付条例》第九条第二款：大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件，"
    "也不得按第三方付款进度比例支付。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项")],
    lang="zh")

add("paraphrase",
    "我們去跟鎮上一個公家單位催錢之後，對方承辦人就放話說「以後別想再接我們的案子」，這種情況有規範嗎？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业"
    "及其工作人员进行恐吓、打击报复。",
    ["提出付款请求", "恐吓、打击报复"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业"),
     E(SME, "第二十条", "及其工作人员进行恐吓、打击报复")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "為什麼《保障中小企業款項支付條例》讓機關、事業單位有90天可以付款，反而比大型企業的60天還寬鬆？",
    ["90日内支付"],
    "False figure: 第九条 gives 机关、事业单位 30 days from delivery (at most 60 by contract) and large enterprises 60 days; "
    "no 90-day payment term exists (90日 only appears as the outer limit for handling a complaint in 第二十五条).",
    lang="zh", present=["30日内支付款项", "60日内支付款项"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
    "條例規定事業單位每年6月30日前要公開上一年度逾期沒付的合約數量和金額，那我7月再上網查就查得到了吧？",
    ["6月30日"],
    "Wrong deadline: 第十八条 requires 机关、事业单位 to publish the previous year's overdue-contract figures before 3月31日, not 6月30日.",
    lang="zh", present=["3月31日"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "The NDRC notice says a list of dishonest local governments is published every six months on Credit China. "
    "When is the next list due, so I can check whether the Dongguan authorities are on it?",
    ["every six months", "semi-annual"],
    "Wrong frequency: IV.(9) only says a batch of typical cases will be selected, publicized on Credit China and exposed through the "
    "media; IV.(7) speaks of regular notification to provincial departments. No six-monthly list or schedule is given.",
    lang="en", present=["Credit China", "typical cases"],
    related=[E(NDRC, "IV.(9)", "Expose a batch of typical cases"),
             E(NDRC, "IV.(9)", "publicize them on the")])

unans("false_premise",
    "Since the NDRC's 2023 notice lets private companies claim compensation from a local government that breaks a contract "
    "through the Credit China website, what is the filing procedure for our compensation claim?",
    ["compensation"],
    "False premise: the notice (II.(1)) sets up complaint columns for breach of contract and dishonesty and says the NDRC will "
    "publicize local complaint columns on Credit China; it says nothing about claiming compensation there.",
    lang="en", present=["complaint columns", "Credit China"],
    related=[E(NDRC, "II.(1)", "Our commission will publicize local complaint columns on the"),
             E(NDRC, "II.(1)", "special columns for breach of contract and dishonesty complaints")])

unans("false_premise",
    "依照公職人員政務處分法，中秋節送禮金給官員的台商老闆自己也會被記過、降級，對吧？",
    ["行贿人", "送礼人"],
    "Wrong party: the 政务处分法 applies to 公职人员 only (第二条); 第三十四条 sanctions officials who accept (or officials who give) "
    "gifts. It imposes no 政务处分 such as 记过 or 降级 on a private business owner.",
    lang="zh", present=["公职人员", "礼品、礼金"],
    related=[E(PS, "第二条", "本法适用于监察机关对违法的公职人员给予政务处分的活动"),
             E(PS, "第三十四条", "向公职人员及其特定关系人赠送可能影响公正行使公权力的礼品、礼金、有价证券等财物")])

unans("false_premise",
    "我聽說民營經濟促進法規定，地方政府違約的話要按合約金額兩倍賠給企業。那我們沒拿到的補貼款，可以主張兩倍嗎？",
    ["两倍", "双倍"],
    "False claim: 第七十三条 only says 造成损失的，依法予以赔偿 (and 第七十条 补偿 for changes made in the public interest); "
    "no multiple of the contract amount is set anywhere.",
    lang="zh", present=["依法予以赔偿"],
    related=[E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")])

unans("false_premise",
    "政務處分法規定官員收禮金超過5000元才會被處分；所以中秋節包3000元紅包給承辦人應該沒問題吧？",
    ["5000", "5000元"],
    "False threshold: 第三十四条 sanctions accepting gifts or cash 可能影响公正行使公权力 with no monetary threshold; "
    "the law sets no amount below which gifts are allowed.",
    lang="zh", present=["可能影响公正行使公权力"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "逢年過節送公部門承辦人禮品，金額在多少人民幣以內才不算違規？有沒有明確的上限？",
    ["金额上限", "元以下"],
    "PS 第三十四条 forbids gifts 可能影响公正行使公权力 without any value limit; the Guangzhou report mentions 'what meals can be "
    "eaten' scenarios but gives no amounts. No document sets a permissible gift value.",
    lang="zh", present=["礼品、礼金"])

unans("not_covered",
    "在國家那個拖欠中小企業款項的投訴平台上投訴，要繳多少投訴費或手續費？",
    ["投诉费", "手续费"],
    "SME 第二十四条 creates the national complaint platform and 第二十五条 sets handling deadlines; no fee (or its absence) is stated.",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "廣州那兩批政商交往指引裡，有幾個情境是專門講逢年過節送禮的？",
    ["gift", "gifts", "festival"],
    "The Guangzhou report says the two batches cover 33 scenarios and the first batch deals with 'what meals can be eaten and what "
    "vehicles can be taken'; it does not break down how many concern festival gifts.",
    lang="zh", present=["33 scenarios"])

unans("not_covered",
    "如果我們去法院告東莞的鎮政府違約毀約，台商勝訴的機率大概有多高？",
    ["胜诉", "胜诉率"],
    "BE 第三十一条 and PE 第七十条/第七十三条 forbid and sanction breach of promises, and BE 第六十六条 mentions litigation among "
    "dispute channels, but no document gives outcome statistics or predictions.",
    lang="zh", present=["违约毁约"])

unans("not_covered",
    "如果我們廠被列入失信名單，申請信用修復要準備哪些申請材料？主管機關幾個工作天內要完成修復？",
    ["修复申请材料", "工作日内完成", "信用修复申请书"],
    "PE 第五十四条 allows a credit-restoration application and NDRC III.(6) says records should be 'promptly restored', but neither "
    "lists the documents required nor a time limit in working days.",
    lang="zh", present=["信用修复"])

unans("not_covered",
    "發改委那份通知說對有失信紀錄的地方要限制中央預算資金支持，具體會扣減幾成？",
    ["扣减比例", "percent", "%"],
    "NDRC III.(4) says it will 'restrict support from central budget funds' for entities with dishonesty records, but gives no "
    "proportion or amount.",
    lang="zh", present=["central budget funds"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年國務院令第728號公布的原版《保障中小企業款項支付條例》，大型企業的付款期限是怎麼規定的？跟修訂後差在哪？",
    ["修订前", "原条例"],
    "The corpus holds only the 2025 revision (国务院令第802号); its header mentions the 2020 Decree No. 728 but the original text "
    "and its payment terms are not included, so no comparison can be made.",
    lang="zh", present=["国务院令第728号"])

unans("superseded",
    "民營經濟促進法的草案（徵求意見稿）裡，關於政府拖欠民營企業帳款的條文原本是怎麼寫的？",
    ["草案", "征求意见稿"],
    "Only the law as adopted on 2025-04-30 (第六十七条、第七十三条 on arrears) is in the corpus; no draft text is.",
    lang="zh", present=["民营经济促进法"])

unans("superseded",
    "我們合作的一家央企，以前依2018年的《中央企業合規管理指引（試行）》處理送禮問題，那份試行指引是怎麼規定的？",
    ["2018", "指引（试行）"],
    "Only the 2022 中央企业合规管理办法 (国资委令第42号) is in the corpus; it mentions 反商业贿赂 as a key area (第十八条) but "
    "the 2018 trial guidelines are not included.",
    lang="zh", present=["中央企业合规管理办法"])

unans("superseded",
    "Before the 2020 Public Official Sanctions Law, the 2007 Regulations on the Punishment of Civil Servants of Administrative "
    "Organs applied. Under those 2007 regulations, how were officials punished for taking festival gifts?",
    ["2007", "Regulations on the Punishment", "行政机关公务员处分条例"],
    "Only the 2020 政务处分法 is in the corpus (gift-taking: 第三十四条); the earlier 2007 regulations are not included.",
    lang="en", present=["政务处分"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "我們東莞廠派駐的台籍幹部要辦台胞證和在大陸的就業手續，公司要去哪個政府單位辦、要付哪些費用？",
    ["台胞证"],
    "Entry and work formalities for Taiwanese staff are outside all seven documents (business environment, payment, sanctions, "
    "compliance and government integrity).",
    lang="zh")

unans("out_of_domain",
    "Our company wants to end the labor contract of a worker at the Dongguan plant. How much severance payment do we owe him?",
    ["severance", "经济补偿金"],
    "Labour-contract termination and severance are outside the corpus; PE 第三十六条 only mentions 劳动用工 laws in general.",
    lang="en")

unans("out_of_domain",
    "台灣母公司從東莞子公司收股利，兩岸租稅協議下要被大陸政府扣多少預提所得稅？",
    ["股利", "预提所得税"],
    "Cross-strait dividend taxation is outside all seven documents.",
    lang="zh")
