"""Hard-case gold items, hundred-and-fifty-seventh round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a Taiwanese businessman who runs a parts factory in Xiamen. He writes in Traditional Chinese
with Taiwanese usage (廠商, 貨款, 政府機關, 公務員, 請問一下, 這樣合法嗎, 會不會被罰), often compares
with how things work in Taiwan, and mostly asks about government buyers and state firms paying late,
about dealing with officials (gifts, favours, being squeezed), and whether the mainland rules protect a
Taiwan-invested firm like his. A few questions are in plain business English, written for his American
partner, who is a co-investor and reads the contracts.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "請問一下，我們廠賣零件給廈門一個政府機關下面的事業單位，照大陸的規定他們收貨以後最晚幾天內要付貨款？合約可以約得更久嗎？",
    "机关、事业单位从中小企业采购货物、工程、服务，应自交付之日起30日内支付款项；合同另有约定的从其约定，"
    "但付款期限最长不得超过60日（《保障中小企业款项支付条例》第九条）。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "一家國營大企業拖了快三個月才付我們貨款，合約裡面也沒寫逾期利息，這樣還可以跟他們要利息嗎？要怎麼算？",
    "可以。迟延支付中小企业款项的应当支付逾期利息；双方未约定利率的，按照每日利率万分之五支付"
    "（《保障中小企业款项支付条例》第十七条）。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "我們是台資，在廈門登記設立的公司，規模不大，一百多個員工。那個保障中小企業款項支付條例也保護我們嗎？還是只管陸資的廠商？",
    "条例所称中小企业，是在中华人民共和国境内依法设立、依国务院批准的划分标准确定的中型、小型和微型企业，"
    "按合同订立时的规模确定，并不以资本来源区分；订立合同时应当主动告知对方属于中小企业（第三条）。",
    ["在中华人民共和国境内依法设立", "依合同订立时的企业规模类型确定", "应当主动告知其属于中小企业"],
    [E(SME, "第三条", "是指在中华人民共和国境内依法设立，依据国务院批准的中小企业划分标准确定的中型企业"),
     E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业")],
    lang="zh")

add("single",
    "如果大陸的公務員收了廠商送的禮金、購物卡，被查到的話他本人會受到什麼處分？跟台灣一樣是記過嗎？",
    "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的，"
    "降级或者撤职；情节严重的，开除（《公职人员政务处分法》第三十四条第一款）。",
    ["予以警告、记过或者记大过", "予以降级或者撤职", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")],
    lang="zh")

add("single",
    "鎮政府的人來廠裡說要辦活動，每家台商都要「贊助」幾萬塊，不出就是不配合。這種攤錢的我們可以拒絕嗎？會不會被罰？",
    "可以拒绝。禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体有权拒绝任何形式的摊派"
    "（《优化营商环境条例》第十四条第三款）。",
    ["禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为", "市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

add("single",
    "Question from my US partner: if a local government agency in China breaks a contract with us, where can we actually "
    "file a complaint? Is there a hotline or an online platform?",
    "Provincial credit leading departments set up breach-of-contract complaint columns relying on credit websites, the "
    "State Council's \"Internet + Supervision\" platform, MIIT's complaint platform for breach of contract and arrears to "
    "SMEs, local 12345 government service hotlines, business environment complaint platforms and petition departments "
    "(NDRC notice, II.(1)).",
    ["Internet + Supervision", "local 12345 government service hotlines", "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(1)", "accepting and collecting complaints involving government departments")],
    lang="en")

add("single",
    "跟某個央企的子公司做生意，他們採購經理暗示要拿回扣才下單。央企內部有沒有舉報的管道？我去舉報會不會被報復？",
    "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱；对举报人身份和举报事项严格保密，"
    "任何单位和个人不得以任何形式对举报人进行打击报复（《中央企业合规管理办法》第二十四条）。",
    ["设立违规举报平台", "对举报人的身份和举报事项严格保密", "不得以任何形式对举报人进行打击报复"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "任何单位和个人不得以任何形式对举报人进行打击报复")],
    lang="zh")

add("single",
    "My partner keeps asking what the basic test is in those Guangzhou government-business guidelines for telling "
    "whether something we do with an official is fine or crosses the line. What's the rule of thumb?",
    "According to drafting committee member Wang Yuqun, the core is to distinguish between \"acting for the public "
    "good\" and \"acting for personal gain\", and the key is whether the actions can be \"put on the table\" (GZ report, ¶10).",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the core of judging various possible situations is to distinguish between")],
    lang="en")

# ---- multi

add("multi",
    "我們跟一個事業單位簽約，合約寫驗收合格以後才付款，結果他們一直拖著不來驗收。這樣付款期限要從哪天開始算？最長可以拖多久？",
    "约定以验收合格为付款条件的，付款期限自验收合格之日起算；对方拖延验收的，自约定的验收期限届满之日起算（第十条）。"
    "机关、事业单位应在30日内付款，合同另有约定的最长不得超过60日（第九条）。",
    ["付款期限应当自检验或者验收合格之日起算", "付款期限自约定的检验或者验收期限届满之日起算", "最长不得超过60日"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("multi",
    "國營企業跟我們講，工程款要等審計局審完才能結算，可能要等一兩年。這在大陸合法嗎？台灣好像也常這樣拖。",
    "除法律、行政法规另有规定外，国家机关、事业单位、国有企业不得强制要求以审计结果作为结算依据，"
    "也不得在合同未约定时以等待决算审计等为由拒绝或拖延付款（《民营经济促进法》第六十七条）；"
    "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据（《保障中小企业款项支付条例》第十二条）。",
    ["不得强制要求以审计结果作为结算依据", "不得强制要求以审计机关的审计结果作为结算依据"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("multi",
    "If a government agency or a big state-owned company won't pay our invoices, who do we complain to, and how long "
    "do they have to come back to us with an answer?",
    "Complaints go to the provincial-level (or higher) SME authority, and there is a national unified complaint platform "
    "for SME arrears (art. 24). The complaint is passed on within 10 working days of acceptance; the handling department "
    "must give a written result within 30 days, extendable for complex cases to at most 90 days (art. 25).",
    ["国家统一的拖欠中小企业款项投诉平台", "10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "可适当延长，但处理期限最长不得超过90日")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "Our biggest Chinese customer, a large private group, wants the contract to say they only pay us after their own "
    "client pays them. Is a back-to-back payment clause like that allowed under the Chinese rules?",
    "No. A large enterprise buying from an SME may not agree to make payment conditional on receiving payment from a "
    "third party, or pay in proportion to the third party's payment progress (SME payment regulation, art. 9(2)).",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "按照第三方付款进度比例支付中小企业款项"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(SME, "第九条", "或者按照第三方付款进度比例支付中小企业款项")],
    lang="en")

add("cross_lingual",
    "We signed an investment incentive agreement with a district government. Now there's a new party secretary and "
    "the officials say the old promises don't count anymore. Can they just walk away from it?",
    "No. Local governments must honour the policy commitments and contracts they lawfully made and may not breach them "
    "because of administrative division changes, a change of government, institutional changes or personnel changes; "
    "if they must change them for the national or public interest, they must follow legal procedure and compensate the "
    "losses (Private Economy Promotion Law art. 70; Optimizing Business Environment Regulations art. 31).",
    ["不得以行政区划调整、政府换届", "应当依照法定权限和程序进行", "予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约"),
     E(BE, "第三十一条", "并依法对市场主体因此受到的损失予以补偿")],
    lang="en")

add("cross_lingual",
    "聽說廣州出了一份政商交往的指引，裡面有講到招商引資的案子如果最後沒成功，當初負責的公務員會不會被追究責任？",
    "据报道，第二批《指引》明确：只要招商引资过程尽职合规，即使项目未达预期，相关人员也不会被盲目问责"
    "（GZ report ¶18）。",
    ["carried out with due diligence and compliance", "will not be held blindly accountable"],
    [E(GZ, "¶18", "process is carried out with due diligence and compliance"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "我跟一家大公司客戶催了幾次帳，結果他們採購放話說再吵就把我們踢出供應商名單，還說要讓我們在這行混不下去。這種做法有沒有人管？",
    "有。机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、"
    "打击报复（《保障中小企业款项支付条例》第二十条）。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("paraphrase",
    "有個管我們的官員每次來都雞蛋裡挑骨頭，案子壓著不批，暗示要我們包個紅包、招待一下才肯放行。這種人在大陸會怎麼被處理？",
    "在管理服务活动中故意刁难、吃拿卡要，情节较重的予以警告、记过或者记大过；情节严重的降级或者撤职；"
    "情节特别严重的予以开除（《公职人员政务处分法》第三十八条）。",
    ["在管理服务活动中故意刁难、吃拿卡要的", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "（二）在管理服务活动中故意刁难、吃拿卡要的；"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除。")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "請問一下，大陸政府機關跟中小企業買東西，法定付款期限是45天對吧？那我們市政府拖到第40天才付，應該不算違規吧？",
      ["45日", "45天"],
      "《保障中小企业款项支付条例》第九条规定机关、事业单位应自交付之日起30日内付款（合同约定最长60日），"
      "没有45天的法定期限；问题以错误期限为前提，无法按其所设判断。",
      lang="zh", present=["30日内支付款项"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "我朋友說政府機關每年6月30日前才要把去年欠中小企業的貨款公開，那現在才5月，網站上查不到是正常的吧？",
      ["6月30日"],
      "《保障中小企业款项支付条例》第十八条规定机关、事业单位应于每年3月31日前公开上一年度逾期未付款项信息，"
      "不是6月30日；问题所设的期限与条文矛盾。",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
      "台灣公務員記大過主要是影響考績，大陸這邊聽說記大過的處分期是三十六個月，那這三年他都不能升官嗎？",
      ["三十六个月", "36个月"],
      "《公职人员政务处分法》第八条规定记大过的处分期为十八个月（降级、撤职为二十四个月），没有三十六个月；"
      "问题以错误期间为前提。",
      lang="zh", present=["十八个月"],
      related=[E(PS, "第八条", "（三）记大过，十八个月；")])

unans("false_premise",
      "My partner forwarded a memo that says: \"Under the 2023 NDRC notice, if a local government fails to perform "
      "because of personnel changes, it is not treated as dishonesty.\" So if the new district chief won't honor the old "
      "deal, we basically have no case there, right?",
      ["not treated as dishonesty", "not be regarded"],
      "The NDRC notice II.(2) says the opposite: failure to perform due to institutional adjustments, personnel changes "
      "and other reasons shall all be regarded as breach of contract and dishonesty. The memo's premise is false.",
      lang="en", present=["personnel changes"],
      related=[E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")])

unans("false_premise",
      "央企合規管理辦法不是規定首席合規官要由董事長兼任嗎？那我們跟央企簽的大合約，合規審查意見是不是要找董事長簽字？",
      ["董事长"],
      "《中央企业合规管理办法》第十二条规定首席合规官不新增领导岗位和职数，由总法律顾问兼任；第二十一条规定重大决策"
      "事项的合规审查意见由首席合规官签字。办法没有由董事长兼任的规定，问题前提错误。",
      lang="zh", present=["总法律顾问兼任"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("false_premise",
      "Why did Guangzhou end up putting out three batches of those government-business guidelines in just a couple of "
      "years? Was the first one that bad?",
      ["three batches", "third batch"],
      "The GZ report (¶7) says the Guangzhou Municipal Commission for Discipline Inspection and Supervision has issued "
      "two batches of the Guidelines, for two consecutive years; there is no third batch, so the why-question rests on a "
      "false premise.",
      lang="en", present=["two batches"],
      related=[E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A")])

unans("false_premise",
      "民營經濟促進法2024年就開始施行了，那我們2024年被拖欠的貨款，也可以直接用這部法來追吧？",
      ["2024年"],
      "《民营经济促进法》第七十八条规定本法自2025年5月20日起施行，不是2024年；问题以错误的施行时间为前提，"
      "文件也未规定对施行前的拖欠如何适用。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行")])

# ---- not_covered

unans("not_covered",
      "請問大陸有沒有專門保護台商的法律？像《台灣同胞投資保護法》跟這個民營經濟促進法，遇到拖欠貨款時哪一個優先適用？",
      ["台湾同胞投资保护法", "台湾同胞", "台商"],
      "七份文件都没有提到台湾同胞投资或其专门立法，也没有规定两部法律的适用顺序；《民营经济促进法》第七十七条只说"
      "民营经济组织涉及外商投资的同时适用外商投资法律法规。",
      lang="zh", present=["外商投资法律法规"])

unans("not_covered",
      "向國家那個拖欠中小企業款項的投訴平台投訴，需要繳什麼費用嗎？大概多少錢？",
      ["投诉费", "手续费"],
      "《保障中小企业款项支付条例》第二十四条只规定建立国家统一的投诉平台、受理投诉，没有任何关于投诉收费或费用数额的规定。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "去年福建省的政府機關一共拖欠中小企業多少錢？有沒有公布出來的數字？",
      ["福建", "亿元"],
      "文件只规定机关、事业单位每年公开逾期未付款项信息（条例第十八条），没有任何地区或全国的拖欠金额统计。",
      lang="zh", present=["逾期尚未支付中小企业款项"])

unans("not_covered",
      "What documents do we need to upload to file a breach-of-contract complaint on the Credit China website? Is there "
      "a specific form or a business license copy required?",
      ["upload", "business license"],
      "The NDRC notice (II.(1)) only says local complaint columns will be publicized on the Credit China website; none of "
      "the documents describes filing steps, forms or required attachments.",
      lang="en", present=["Credit China"])

unans("not_covered",
      "我們在廈門的廠被某區政府欠了80萬人民幣快一年了，如果去法院告，大概多久能判下來？勝訴率高不高？",
      ["胜诉", "厦门"],
      "《民营经济促进法》第六十八条只说人民法院对拖欠中小民营经济组织账款案件依法及时立案、审理、执行，"
      "文件中没有审理期限或胜诉率，也不涉及具体个案。",
      lang="zh", present=["依法及时立案"])

unans("not_covered",
      "Do you think Beijing will shorten the 30-day payment deadline for government buyers again in 2026? My partner "
      "wants to plan our cash flow around it.",
      ["2026"],
      "The SME payment regulation (art. 9) sets the current 30-day rule and takes effect on 1 June 2025 (art. 37); no "
      "document predicts or announces any future change.",
      lang="en", present=["30日内支付款项"])

# ---- out_of_domain

unans("out_of_domain",
      "請問一下，廈門到金門的小三通船班現在一天有幾班？單程票價多少？",
      ["小三通", "金门"],
      "与七份政策文件无关（两岸航运班次与票价），文件中没有相关内容。",
      lang="zh")

unans("out_of_domain",
      "What exchange rate should we use to convert our RMB invoices into USD for the quarterly report to our US investors?",
      ["exchange rate", "USD"],
      "Nothing to do with the seven policy documents (accounting/currency conversion); no document covers it.",
      lang="en")

unans("out_of_domain",
      "我現在長期住在廈門顧工廠，台灣的健保會不會被停掉？要怎麼辦停保？",
      ["健保", "停保"],
      "与七份政策文件无关（台湾全民健保的投保资格），文件中没有相关内容。",
      lang="zh")

# ---- superseded

unans("superseded",
      "Can you pull up what the original 2020 version of the SME payment regulation (State Council Order 728) said about "
      "commercial paper, before it got revised? I want to see exactly what changed.",
      ["修订前", "原条例", "2020 version"],
      "The corpus holds only the 2025 revised text (State Council Order 802); its header mentions the 2020 publication "
      "under Order 728, but the 2020 wording is not in any document, so the comparison cannot be made.",
      lang="en", present=["第728号", "第802号"])

unans("superseded",
      "2018年那份《中央企業合規管理指引（試行）》，裡面對合規委員會是怎麼規定的？跟現在的辦法有什麼不一樣？",
      ["试行", "2018年"],
      "语料只收了2022年的《中央企业合规管理办法》（国资委令第42号），没有2018年的试行指引，无法回答其内容或差异。",
      lang="zh", present=["合规委员会", "第42号"])

unans("superseded",
      "民營經濟促進法之前的草案、徵求意見稿，跟最後通過的版本比，拖欠帳款那一條改了什麼？",
      ["草案", "征求意见稿"],
      "语料只有2025年4月30日通过的《民营经济促进法》正式文本，没有草案或征求意见稿，无法比较。",
      lang="zh", present=["2025年4月30日"])

unans("superseded",
      "Before this 2023 NDRC notice (No. 1103), wasn't there an older NDRC notice on government integrity from around "
      "2016? What did that previous notice say about punishing local governments that break contracts?",
      ["2016", "previous notice"],
      "The corpus holds only the 2023 notice (Development and Reform Finance [2023] No. 1103); no earlier NDRC notice is "
      "in the documents, so its content cannot be given.",
      lang="en", present=["No. 1103"])
