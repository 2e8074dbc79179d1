"""Hard-case gold items, hundred and thirty-second round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a Taiwanese businessman (台商) running a factory in Dongguan, writing Traditional Chinese with
Taiwan usage (公家機關, 廠商, 款項, 請款, 發包); he asks about getting paid by a local government and a
state-owned buyer, the promises a town made when he invested, and what officials may accept. Some of
his false premises attribute a rule to the wrong document, get a figure wrong, or swap who bears the duty.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "我們是東莞的小廠，幫鎮上一個事業單位做了一批設備，交貨後他們最晚要多久付款？對方想在合約裡寫成90天才付，這樣可以嗎？",
    "依《保障中小企业款项支付条例》第九条，机关、事业单位应自交付之日起30日内支付；合同另有约定的从其约定，但付款期限最长不得超过60日，约定90天不符合规定。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "公家機關的貨款拖了三個月才付，當初合約裡也沒寫遲延利息，我還能跟他們請求利息嗎？要怎麼算？",
    "可以。条例第十七条规定迟延支付的应当支付逾期利息；未约定利率的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "國營的大客戶說這批貨款只能開商業承兌匯票給我們，不收票就不付款，他們可以這樣硬來嗎？",
    "不可以。条例第十一条规定，机关、事业单位和大型企业不得强制中小企业接受商业汇票等非现金支付方式，也不得借此变相延长付款期限。",
    ["不得强制中小企业接受商业汇票"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("single",
    "鎮上的工程發包，承辦單位要我們先押一筆現金保證金，我們想改用銀行開的保函，他們可以拒絕嗎？",
    "不可以。条例第十三条规定，机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。")],
    lang="zh")

add("single",
    "聽說鎮上負責發包的科長收了別家廠商塞的紅包，依法他會受到什麼處分？",
    "依《公职人员政务处分法》第三十四条，收受可能影响公正行使公权力的礼品、礼金等财物的，予以警告、记过或者记大过；情节较重的降级或者撤职；情节严重的开除。",
    ["予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "跟我們採購的是一家央企，對方的採購經理暗示要拿回扣才肯續約。央企內部有沒有檢舉的管道？我去檢舉身分會不會曝光？",
    "《中央企业合规管理办法》第二十四条要求中央企业设立违规举报平台，公布举报电话、邮箱或者信箱，并对举报人的身份和举报事项严格保密，不得打击报复举报人。",
    ["设立违规举报平台", "严格保密"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("single",
    "我已經向主管部門投訴鎮上的事業單位拖欠款項，處理的部門多久要給我答覆？他們可以一直拖著不回嗎？",
    "条例第二十五条规定，处理投诉部门应当自收到投诉材料之日起30日内形成处理结果并书面反馈；情况复杂的经批准可延长，但最长不得超过90日。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "我想拿國企欠我們的那筆應收帳款去跟銀行融資，銀行要對方先確認這筆債權，結果國企一直不回覆，他們有期限嗎？",
    "有。条例第十六条规定，中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "國營大廠跟我們下單，合約裡寫「等業主把錢付給他們之後才付給我們」，這種條款合法嗎？如果他們就這樣一直拖著不付，負責的主管會不會被追究？",
    "条例第九条第二款规定大型企业不得约定以收到第三方付款作为向中小企业付款的条件；第三十三条规定国有大型企业拖欠中小企业款项造成不良后果或者影响的，对负有责任的国有企业管理人员依法给予处分。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "对负有责任的国有企业管理人员依法给予处分"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(SME, "第三十三条", "国有大型企业拖欠中小企业款项，造成不良后果或者影响的，对负有责任的国有企业管理人员依法给予处分")],
    lang="zh")

add("multi",
    "當年鎮上招商時答應給我們廠房租金減免，後來鎮黨委書記換人，新書記說前任的承諾不算數。這樣可以嗎？如果鎮上堅持不改，會被怎麼認定？",
    "不可以。《优化营商环境条例》第三十一条规定地方政府应履行依法作出的政策承诺，不得以政府换届、相关责任人更替等为由违约毁约；发改委通知II.(2)规定，因人员变动等原因未履约的均视为违约失信，拒不整改的由认定部门确认为违约失信。",
    ["相关责任人更替", "personnel changes", "confirmed as breach of contract and dishonesty"],
    [E(BE, "第三十一条", "地方各级人民政府及其有关部门应当履行向市场主体依法作出的政策承诺以及依法订立的各类合同"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(NDRC, "II.(2)", "refuse to rectify shall be confirmed as breach of contract and dishonesty"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("multi",
    "我去投訴國企拖欠貨款之後，對方採購部的人開始放話要把我們踢出供應商名單。這種報復行為有沒有規定禁止？真的做了會有什麼後果？",
    "条例第二十条规定机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业进行恐吓、打击报复；第三十五条规定有此类行为的，对负有责任的领导人员和直接责任人员依法给予处分或者处罚，构成犯罪的依法追究刑事责任。",
    ["不得以任何形式", "依法给予处分或者处罚", "依法追究刑事责任"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "我們廠是當年開發區招商引進來的，招商協議裡承諾的補貼一直沒兌現。照發改委那份關於政府誠信的通知，這種招商協議違約算不算可以投訴的範圍？可以透過哪些管道投訴？",
    "算。发改委通知II.(1)规定违约失信范围包括政府部门与民营企业在招商引资等领域签订的各类协议合同中的违约毁约行为；投诉渠道包括信用网站、“互联网+监管”平台、工信部违约拖欠中小企业款项登记（投诉）平台、12345政务服务热线等。",
    ["investment promotion", "12345 government service hotlines"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "government procurement, bidding, investment promotion"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines")],
    lang="zh")

add("cross_lingual",
    "我們投資設廠時跟鎮上簽了年產值目標，如果因為市場變化這類客觀原因沒達標，廣州那份政商交往指引有沒有提到可以怎麼處理？",
    "据讲堂报道（¶18），第二批《指引》明确企业因客观原因未完成目标的，可以协商调整并享受宽限期；因政策变化无法履约的，可以完善程序或设置过渡期。",
    ["negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period"),
     E(GZ, "¶18", "procedures can be rectified or a transition period can be set")],
    lang="zh")

add("cross_lingual",
    "Our factory in Dongguan delivered equipment to a town-run public institution. Now they say they can't pay us until the project's final settlement audit is finished, even though our contract says nothing about waiting for an audit. Can they hold back payment on that ground?",
    "No. Article 14 of the SME Payment Regulations forbids government bodies, public institutions and large enterprises from refusing or delaying payment on grounds such as waiting for the final accounts audit (决算审计) where the contract does not provide for it.",
    ["决算审计", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "或者在合同未作约定的情况下以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付中小企业款项")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "鎮上幾個單位常輪流來找我們廠出錢贊助節慶活動，有時還要我們派工人去幫忙搬東西，這種事我可以直接回絕嗎？",
    "可以。《优化营商环境条例》第十四条禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体有权拒绝任何形式的摊派。",
    ["市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为。市场主体有权拒绝任何形式的摊派。")],
    lang="zh")

add("paraphrase",
    "貨早就送進國企的倉庫了，可是他們遲遲不派人來點貨、確認品質，難道我的錢就要無限期等下去嗎？",
    "不会。条例第十条规定，以检验或验收合格作为付款条件的，付款期限自检验或验收合格之日起算；对方拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算。",
    ["自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "為什麼《保障中小企業款項支付條例》讓大型企業有交貨後90天的付款期，比公家機關的30天寬鬆這麼多？",
    ["交付之日起90日", "90日内支付"],
    "False figure: article 9 gives large enterprises 60 days from delivery (机关、事业单位 30 days); 90 days in the "
    "regulation is only the longest extended complaint-handling period (art. 25). The 'why' rests on a wrong premise.",
    lang="zh", present=["60日内支付款项", "90日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "條例規定公家機關遲延付款、合約又沒約定利率的話，逾期利息是按每日萬分之三計算，對吧？",
    ["万分之三"],
    "Wrong figure: article 17 sets 每日利率万分之五 where no rate is agreed (and an agreed rate may not be below the 1-year LPR).",
    lang="zh", present=["万分之五"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "既然受理投訴的部門依規定要在5個工作日內把投訴轉交給處理部門，那如果超過5天都沒轉，我可以再去哪裡申訴？",
    ["5个工作日"],
    "Wrong deadline: article 25 gives the accepting department 10 working days (10个工作日内) to transfer the complaint; "
    "nothing provides a further appeal for a missed 5-day deadline.",
    lang="zh", present=["10个工作日"],
    related=[E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门")])

unans("false_premise",
    "條例要求我們中小企業每年3月31日前公開被拖欠款項的合同數量和金額，我們廠要在哪個網站公布才算數？",
    ["中小企业应当于每年3月31日前", "中小企业应当公开"],
    "Duty swapped: article 18 puts the 3月31日 disclosure duty on 机关、事业单位 (for their own overdue unpaid SME "
    "contracts) and the annual-report duty on large enterprises; SMEs have no such duty.",
    lang="zh", present=["3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
             E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
    "Since the NDRC's 2023 notice on government integrity was addressed to the local people's courts, how quickly does a court have to rule on my breach-of-contract claim against the town government under that notice?",
    ["court", "courts", "judgment"],
    "Wrong addressee: the notice is addressed to provincial leading departments for social credit system construction; "
    "complaints go to credit leading departments and are transferred to the superior or competent departments of the "
    "complained entities for verification. It says nothing about courts or ruling deadlines.",
    lang="en", present=["Leading Departments for Social Credit System Construction"],
    related=[E(NDRC, "II.(2)", "Provincial-level credit leading departments should immediately transfer"),
             E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
    "條例第十二條允許國有大型企業要求以審計機關的審計結果作為結算依據。那一般審計要跑多久，我們才能請款？",
    ["审计期限", "审计周期"],
    "Contradicted: article 12 says 机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据 (unless a law or "
    "administrative regulation provides otherwise); PE art. 67 says the same. No audit duration is given anywhere.",
    lang="zh", present=["审计结果作为结算依据"],
    related=[E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")])

unans("false_premise",
    "《政務處分法》規定公職人員收受500元以下的禮品不算違法；所以我送鎮長的中秋月餅禮盒只要不超過500元就沒問題吧？",
    ["500元", "元以下"],
    "Invented threshold: article 34 sanctions accepting gifts, cash gifts or securities that may affect the impartial "
    "exercise of public power, with no amount threshold; giving such gifts to officials is also addressed there.",
    lang="zh", present=["可能影响公正行使公权力的礼品"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "國家那個拖欠中小企業款項的統一投訴平台，網址是什麼？我想直接上網登記。",
    ["网址", "www", "http"],
    "Article 24 says the State Council department builds a national unified complaint platform, and the NDRC notice "
    "names the MIIT registration (complaint) platform, but neither gives a web address.",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "向中小企業主管部門投訴公家機關拖欠款項，要不要繳投訴費或手續費？",
    ["投诉费", "手续费"],
    "Articles 24-25 describe how complaints are accepted, transferred and handled, but say nothing about any fee for "
    "filing one.",
    lang="zh", present=["受理投诉部门"])

unans("not_covered",
    "去年全國有多少家機關、國企因為拖欠中小企業款項被約談或通報？",
    ["去年", "案件数量", "件数"],
    "Article 23 provides for 函询约谈 and 督办通报, and article 18 for publishing overdue-contract counts, but the "
    "documents contain no statistics on how many entities were interviewed or named.",
    lang="zh", present=["函询约谈", "督办通报"])

unans("not_covered",
    "我如果去法院告鎮政府違約不兌現招商承諾，勝訴的機率大不大？",
    ["胜诉", "败诉", "胜算"],
    "BE art. 31 / PE art. 70 forbid breaking promises and PE art. 73 provides for correction and compensation, but no "
    "document predicts litigation outcomes.",
    lang="zh", present=["违约毁约"])

unans("not_covered",
    "條例說中小企業是依國務院批准的劃分標準認定的，那工業企業的中型企業標準到底是員工多少人、營收多少以下？",
    ["从业人员", "营业收入", "资产总额"],
    "SME art. 3 and art. 29 refer to 国务院批准的中小企业划分标准 and a self-test platform, but the thresholds "
    "themselves are not in any document.",
    lang="zh", present=["中小企业划分标准"])

unans("not_covered",
    "The Guangzhou guidelines reportedly tell officials what meals they can eat with businesspeople. What's the spending cap per person for a business meal with an official?",
    ["per person", "yuan"],
    "The Guangzhou report only says the first batch answered questions such as 'what meals can be eaten and what "
    "vehicles can be taken'; it gives no amounts.",
    lang="en", present=["what meals can be eaten"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年國務院令第728號公布的原版《保障中小企業款項支付條例》，當時對大型企業的付款期限是怎麼規定的？跟修訂後的版本有什麼不同？",
    ["修订前", "原条例"],
    "The corpus holds only the 2025 revision (国务院令第802号); its heading mentions the 2020 promulgation but the "
    "original text and a comparison are not available.",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "What did SASAC's 2018 Guidelines for Compliance Management of Central SOEs (Trial) say about who should serve as chief compliance officer?",
    ["2018", "试行", "合规管理指引"],
    "Only the 2022 中央企业合规管理办法 (国资委令第42号) is in the corpus; it provides that the 首席合规官 is held by "
    "the 总法律顾问, but the 2018 trial guidelines are not there.",
    lang="en", present=["首席合规官"])

unans("superseded",
    "《民營經濟促進法》草案徵求意見稿裡，關於政府拖欠民營企業帳款的條文原本是怎麼寫的？",
    ["草案", "征求意见稿"],
    "Only the law as adopted on 2025-04-30 (arts. 67, 73 on payment arrears) is in the corpus; no draft text.",
    lang="zh", present=["拖延支付民营经济组织账款"])

unans("superseded",
    "在《政務處分法》施行以前，2007年的《行政機關公務員處分條例》對公務員收禮是怎麼處分的？",
    ["行政机关公务员处分条例", "2007"],
    "Only the 2020 政务处分法 (art. 34 on accepting gifts) is in the corpus; its art. 67 on transitional application "
    "does not reproduce the earlier regulation.",
    lang="zh", present=["本法施行前"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "我們東莞廠因為訂單減少要資遣一批員工，經濟補償金依法要怎麼算？",
    ["经济补偿", "劳动合同法", "遣散"],
    "Severance under labour-contract law is outside these documents; PE art. 36/38 only mention 劳动用工 and 和谐劳动关系 in general.",
    lang="zh", present=["劳动用工"])

unans("out_of_domain",
    "我們台灣母公司要從大陸子公司匯回股利，公司要繳多少預提所得稅？",
    ["预提所得税", "股息"],
    "Cross-border dividend tax is not addressed; the documents only mention 财政税收 compliance and 减税降费 policies in general.",
    lang="zh", present=["减税降费"])

unans("out_of_domain",
    "When my company signs a contract with a local government office in China, does the contract need the official company chop, or is the legal representative's signature enough?",
    ["chop", "seal", "signature"],
    "Contract execution formalities are outside these documents; they regulate payment, promises and integrity, not "
    "how a contract is signed or sealed.",
    lang="en", present=["法定代表人"])
