"""Hard-case gold items, eighty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a Macau lawyer advising a Macau-and-Hong Kong investor that runs factories in Zhuhai and Guangzhou;
she writes in Traditional Chinese (繁體字) and sometimes Portuguese-flavoured English, and asks what the
mainland documents require of local governments and officials towards her client.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# =========================================================================== answerable: single

add("single",
    "我的客戶在珠海的工廠向當地一間公立醫院（事業單位）供應設備，對方在合同中寫明收貨後九十日才付款。"
    "按《保障中小企業款項支付條例》，這個付款期限是否合規？",
    "不合規。條例第九条規定機關、事業單位應自貨物交付之日起30日內支付款項；合同另有約定的從其約定，"
    "但付款期限最長不得超過60日，九十日超出上限。",
    ["30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "廣州一間大型國企拖欠我們客戶的加工費已經逾期三個月，合同對逾期利息完全沒有約定。"
    "我們可以按甚麼利率向對方追討逾期利息？",
    "條例第十七条：大型企業遲延支付中小企業款項的，應當支付逾期利息；雙方未約定利率的，按照每日利率萬分之五支付。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "如果那位一直刁難我們客戶的區級官員最終被記過，這個處分要背多久？從甚麼時候開始計算？",
    "《公職人員政務處分法》第八条：記過的處分期間為十二個月，政務處分期自政務處分決定生效之日起計算。",
    ["记过，十二个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "珠海某局通知我們客戶的工廠必須派人參加一個要收費的「達標培訓」，還暗示不參加會影響以後的檢查。"
    "我們可以不去、不付錢嗎？",
    "可以拒絕。《優化營商環境條例》第十七条：除法律、法規另有規定外，任何單位和個人不得強制或變相強制市場主體參加"
    "評比、達標、表彰、培訓等活動，也不得借此向市場主體收費或變相收費。",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "外省的執法人員跑到廣州來查我們客戶的工廠，看起來是為了幫他們當地一間企業追債。"
    "《民營經濟促進法》對這種跑到外地來執法的做法有甚麼限制？",
    "第六十四条：規範異地執法行為；辦理案件需要異地執法的，應當遵守法定權限、條件和程序；"
    "禁止為經濟利益等目的濫用職權實施異地執法。",
    ["应当遵守法定权限、条件和程序", "禁止为经济利益等目的滥用职权实施异地执法"],
    [E(PE, "第六十四条", "办理案件需要异地执法的，应当遵守法定权限、条件和程序"),
     E(PE, "第六十四条", "禁止为经济利益等目的滥用职权实施异地执法")],
    lang="zh")

add("single",
    "Our client signed an investment promotion agreement with a district in Zhuhai. After the reshuffle, the new "
    "district leadership says the commitments of the previous team do not bind them and simply stopped performing. "
    "Under the NDRC notice of 2023 on government integrity, does the change of personnel excuse them?",
    "No. Section II.(2) of the notice says failure to perform due to institutional adjustments, personnel changes "
    "and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "客戶發現某中央企業的採購經理暗示要收「好處費」才肯續約。這間央企內部是否一定要有舉報渠道？"
    "我們舉報的話，身份會不會被保密？",
    "《中央企業合規管理辦法》第二十四条：中央企業應當設立違規舉報平台，公布舉報電話、郵箱或者信箱；"
    "並應對舉報人的身份和舉報事項嚴格保密，任何單位和個人不得打擊報復舉報人。",
    ["设立违规举报平台", "对举报人的身份和举报事项严格保密"],
    [E(SOE, "第二十四条", "中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密")],
    lang="zh")

add("single",
    "In the Guangzhou Guidelines on government-business interactions (the second batch), if our client's factory "
    "cannot reach the targets of its investment agreement for objective reasons, what is foreseen for the company?",
    "According to the report (Chen Lin's remarks on the second batch), an enterprise that fails to complete its "
    "targets due to objective reasons can negotiate adjustments and enjoy a grace period.",
    ["negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "If an enterprise fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

# =========================================================================== answerable: multi

add("multi",
    "珠海一個區政府部門已經驗收了我們客戶的設備，但一直以「內部付款流程還沒走完」為由拖著不付款。"
    "這個理由站得住嗎？如果他們一直不改，負責的官員會有甚麼後果？",
    "站不住。《保障中小企業款項支付條例》第十四条禁止以履行內部付款流程為由拒絕或遲延支付；"
    "第三十一条規定由其上級機關、主管部門責令改正，拒不改正的，對負有責任的領導人員和直接責任人員依法給予處分。",
    ["履行内部付款流程", "由其上级机关、主管部门责令改正",
     "拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正"),
     E(SME, "第三十一条", "拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "新一屆區政府上任後，不再兌現前任給我們客戶的用地和扶持承諾，理由是「換屆了，以前說的不算」。"
    "法律上他們可以這樣做嗎？客戶因此蒙受的損失可以要求賠償嗎？",
    "不可以。《民營經濟促進法》第七十条要求地方政府履行政策承諾和合同，不得以政府換屆等為由違約、毀約；"
    "第七十三条規定不履行的由有權機關予以糾正，造成損失的依法予以賠償，並可對責任人員給予處分。",
    ["不得以行政区划调整、政府换届", "由有权机关予以纠正，造成损失的，依法予以赔偿"],
    [E(PE, "第七十条", "地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")],
    lang="zh")

add("multi",
    "鎮政府的一位官員要求我們客戶的工廠「贊助」鎮上的節慶活動，說每間廠都要出錢。"
    "企業可以拒絕嗎？那位官員本人可能受到甚麼處分？",
    "可以拒絕：《優化營商環境條例》第十四条禁止法外攤派，市場主體有權拒絕任何形式的攤派。"
    "《政務處分法》第三十八条：違反規定向管理服務對象收取、攤派財物，情節較重的予以警告、記過或者記大過，"
    "情節嚴重的予以降級或者撤職。",
    ["市场主体有权拒绝任何形式的摊派", "违反规定向管理服务对象收取、摊派财物的",
     "情节较重的，予以警告、记过或者记大过"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派"),
     E(PS, "第三十八条", "有下列行为之一，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职"),
     E(PS, "第三十八条", "违反规定向管理服务对象收取、摊派财物的")],
    lang="zh")

# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "按發改委2023年那份關於政府誠信履約的通知，如果違約的區政府後來改正了並履行了合同，"
    "它的失信記錄和相關懲戒措施會怎樣處理？",
    "通知第III.(6)項：認定部門確認失信行為已糾正、履約已完成後，應及時修復相關失信記錄，並終止失信懲戒措施。",
    ["dishonest behavior has been corrected and performance completed",
     "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "Once the identifying department confirms"),
     E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="zh")

add("cross_lingual",
    "廣州紀委那份政商交往指引的第二批，對國企管理人員盡職、按合規程序作出的投資決策，"
    "如果因為市場風險虧損了，相關人員是否一定要被追責？",
    "不一定。據報道，第二批指引明確：經盡職調查、按合規決策程序作出的投資，因市場風險等客觀因素造成損失的，"
    "相關人員可以免責。",
    ["the relevant personnel may be exempted from liability"],
    [E(GZ, "¶21", "if an investment made with due diligence"),
     E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="zh")

add("cross_lingual",
    "One of the Zhuhai officials who obstructed our client's project is now formally under investigation by the "
    "supervisory commission. Our client heard he intends to resign and move across to Macau. While the case is "
    "open, may he leave the mainland or quit his post?",
    "Not without consent: Article 52 of the Law on Administrative Discipline for Public Officials says that during "
    "the investigation the official may not leave the country or resign from public office without the "
    "supervisory organ's consent.",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="en")

# =========================================================================== answerable: paraphrase

add("paraphrase",
    "一間國企客戶要求我們先把一筆押金打進他們的戶口才肯開工，我們想改為請銀行出一份擔保書代替，"
    "他們可以堅持只收真金白銀嗎？",
    "不可以。《保障中小企業款項支付條例》第十三条：機關、事業單位和大型企業不得將保證金限定為現金；"
    "中小企業以金融機構出具的保函等提供保證的，應當接受。",
    ["不得将保证金限定为现金", "以金融机构出具的保函等提供保证的"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("paraphrase",
    "我們催對方還錢催了幾次，那邊一位科長就放話說以後不會再跟我們做生意，還說要「找人查查」我們的廠。"
    "他們可以這樣對待我們嗎？",
    "不可以。《保障中小企業款項支付條例》第二十条：機關、事業單位和大型企業及其工作人員不得以任何形式"
    "對提出付款請求或者投訴的中小企業及其工作人員進行恐嚇、打擊報復。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业", "恐吓、打击报复"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "《保障中小企業款項支付條例》規定大型企業須在收貨後90日內向中小企業付款。如果廣州那間大型企業在合同中"
    "約定120日付款，這個約定是否因為超過90日而無效？",
    ["90日内支付"],
    "第九条 gives large enterprises 60 days from delivery (contract may agree otherwise, set reasonably by industry "
    "norms); the only 90-day figure is the maximum complaint-handling period in 第二十五条. The premise is wrong.",
    lang="zh", present=["60日内支付款项", "最长不得超过90日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "既然機關、事業單位每半年就要公開一次逾期未付中小企業款項的資料，今年下半年的那一次應該在甚麼時候公布？",
    ["每半年", "半年"],
    "第十八条 requires organs and public institutions to publish the previous year's overdue-payment data once a "
    "year, before 31 March; there is no half-yearly disclosure.",
    lang="zh", present=["每年3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "The NDRC's 2023 notice obliges provincial governments to compensate a private enterprise within 90 days once "
    "a government department's breach of contract is confirmed. Which documents should our client's sociedade "
    "prepare to claim that compensation in the Zhuhai case?",
    ["compensate", "compensation", "90 days"],
    "The NDRC notice covers complaint channels, verification and rectification (II.(2)), credit records, "
    "punishment and credit restoration; it provides no compensation payment and no 90-day deadline.",
    lang="en", present=["breach of contract and dishonesty", "promote rectification"],
    related=[E(NDRC, "II.(2)", "the identifying department should immediately promote rectification")])

unans("false_premise",
    "《政務處分法》第八條規定降級的處分期是十二個月。那位拖欠我們款項的科長去年被降級，處分期一滿，"
    "他就會自動恢復原來的職級，繼續管我們的項目吧？",
    ["降级，十二个月"],
    "第八条 sets 24 months for 降级 (12 months is for 记过), and 第二十六条 says lifting a 降级 does not restore "
    "the original post or rank. Both premises are wrong.",
    lang="zh", present=["降级、撤职，二十四个月", "不恢复原职务"],
    related=[E(PS, "第八条", "降级、撤职，二十四个月"),
             E(PS, "第二十六条", "解除降级、撤职的，不恢复原职务、职级、衔级、级别")])

unans("false_premise",
    "The State Council's Regulations on Optimizing the Business Environment say a draft rule affecting enterprises "
    "only has to be open for public comment for at least 15 days, which is why the Guangzhou bureau gave us just "
    "two weeks to comment, right?",
    ["15 days", "fifteen days", "15日"],
    "第六十二条 says the public-comment period is generally not less than 30 days, not 15.",
    lang="en", present=["不少于30日"],
    related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")])

unans("false_premise",
    "《民營經濟促進法》規定，地方政府不履行對民營企業的政策承諾，由國家發改委處以罰款；"
    "那罰款金額是怎樣計算的？罰款會撥給受損的企業嗎？",
    ["处以罚款", "罚款数额"],
    "第七十三条 provides correction by the competent authority, compensation for losses and 处分 of responsible "
    "persons; no fine imposed by the NDRC. 第四条 only gives the State Council development and reform department "
    "an overall coordination role.",
    lang="zh", present=["由有权机关予以纠正", "依法予以赔偿"],
    related=[E(PE, "第七十三条", "地方各级人民政府及其有关部门不履行向民营经济组织依法作出的政策承诺、依法订立的合同的"),
             E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")])

unans("false_premise",
    "為甚麼《中央企業合規管理辦法》要求首席合規官必須由董事長兼任？這是否表示我們客戶在央企供應鏈上遇到合規問題，"
    "應該直接找董事長？",
    ["董事长"],
    "第十二条 says the chief compliance officer is concurrently held by the general counsel (总法律顾问) and is "
    "responsible to the enterprise's principal person in charge; nothing about the chairman.",
    lang="zh", present=["由总法律顾问兼任"],
    related=[E(SOE, "第十二条", "由总法律顾问兼任，对企业主要负责人负责")])

# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "我們準備向省裏負責中小企業促進工作的部門投訴某區政府拖欠款項。遞交投訴要繳交多少受理費？",
    ["受理费", "投诉费"],
    "第二十四条、第二十五条 of the SME payment regulations set who accepts complaints and the 10-working-day / "
    "30-day (max 90) time limits, but say nothing about any fee.",
    lang="zh", present=["受理投诉部门", "拖欠中小企业款项投诉平台"])

unans("not_covered",
    "發改委2023年的通知實施以來，廣東省一共有多少宗政府違約失信被認定？珠海和廣州各佔多少？",
    ["广东省", "珠海", "Zhuhai", "失信案件"],
    "The NDRC notice describes identification, credit records and exposing typical cases (IV.(9)) but gives no "
    "case statistics for any province or city.",
    lang="zh", present=["typical cases"])

unans("not_covered",
    "我們打算就珠海區政府違約毀約一事提起訴訟索償，以這些文件的規定來看，客戶勝訴的機會有多大？",
    ["胜诉", "胜诉率"],
    "PE 第六十五条 and 第七十三条 allow complaints, review, litigation and compensation, but no document predicts "
    "the outcome of a case.",
    lang="zh", present=["提起诉讼", "依法予以赔偿"])

unans("not_covered",
    "Of the 33 scenarios in the Guangzhou Guidelines, how many are in the first batch and how many in the second? "
    "Our client mainly cares about the investment-promotion ones.",
    ["scenarios in the first batch", "first batch covers", "scenarios in the second batch"],
    "The report (¶10) gives only the total of 33 scenarios across both batches and describes each batch's focus; "
    "it does not split the count by batch.",
    lang="en", present=["33 scenarios"])

unans("not_covered",
    "如果那位官員收到政務處分決定書後不服，他要在收到後多少日內向監察機關申請復審？逾期還能申請嗎？",
    ["日内申请复审", "申请复审的期限"],
    "PS 第四十五条 only says the decision must state the channel and time limit for 复审/复核, and 第五十五条 allows "
    "复审 then 复核; the law itself gives no number of days.",
    lang="zh", present=["申请复审、复核的途径和期限"])

unans("not_covered",
    "我們客戶的珠海工廠有三百名員工、年營業額約一億元人民幣，按《保障中小企業款項支付條例》算不算中型企業？",
    ["营业收入", "从业人员", "营业额"],
    "SME 第三条 refers to the size standards approved by the State Council and 第二十九条 to a self-test platform "
    "and a disputes procedure; the thresholds themselves are not in any document.",
    lang="zh", present=["中小企业划分标准", "企业规模类型测试平台"])

# =========================================================================== unanswerable: superseded

unans("superseded",
    "《保障中小企業款項支付條例》2020年原版（國務院令第728號）對機關、事業單位的付款期限原本是怎樣規定的？"
    "和2025年修訂後有沒有分別？",
    ["修订前", "原条例"],
    "The corpus holds only the 2025 revised text (国务院令第802号); the 2020 original is named in the header but "
    "its provisions are not given.",
    lang="zh", present=["国务院令第728号"])

unans("superseded",
    "《優化營商環境條例》2019年公開的徵求意見稿裏，關於政府違約拖欠賬款的條文原本是怎樣寫的？",
    ["征求意见稿"],
    "Only the final 2019 text (国务院令第722号) is in the corpus; 第三十一条、第三十二条 are the final provisions, "
    "no draft is included.",
    lang="zh", present=["征求意见"])

unans("superseded",
    "國資委2018年的《中央企業合規管理指引（試行）》對合規委員會是怎樣規定的？和2022年的辦法一樣嗎？",
    ["试行", "2018年"],
    "Only the 2022 Measures (国资委令第42号) are in the corpus (第十一条 on the compliance committee); the 2018 "
    "trial guidelines are not.",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "The draft Private Economy Promotion Law released for public comment in October 2024 - did its article on "
    "government bodies paying private enterprises' arrears read differently from the final text?",
    ["草案", "draft"],
    "Only the law as adopted on 30 April 2025 is in the corpus (第六十七条 on payment of arrears); no draft.",
    lang="en", present=["民营经济促进法"])

# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "我們客戶打算在澳門設立一間有限公司，持有珠海工廠的股權。按澳門《商法典》，這類公司的最低註冊資本是多少？",
    ["商法典", "注册资本"],
    "Macau company law is outside all seven documents.",
    lang="zh")

unans("out_of_domain",
    "Our client's Guangzhou factory wants to terminate the contract of a production manager who keeps missing work. "
    "How much severance payment does the company owe under the PRC Labour Contract Law?",
    ["severance", "劳动合同法", "经济补偿"],
    "Employment termination and severance are not covered; PE 第三十六条 only mentions complying with labour laws "
    "in general.",
    lang="en", present=["劳动用工"])

unans("out_of_domain",
    "香港母公司每年向珠海工廠支付來料加工費，這筆款項在香港利得稅下可否全數扣除？",
    ["利得税", "扣除"],
    "Hong Kong profits tax is outside all seven documents.",
    lang="zh")
