"""Hard-case gold items, hundred and thirty-sixth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a Macau lawyer advising a Macau company with subsidiaries in Hengqin and Guangzhou; writes formal
Traditional Chinese legal prose, cites article numbers (sometimes the wrong one) and compares with Macau practice.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "本所客戶之橫琴子公司屬小型企業，擬向廣州市某事業單位供應設備。該單位要求於合同中約定"
    "「自交付之日起九十日內付款」。依《保障中小企業款項支付條例》之規定，此項付款期限之約定是否合規？",
    "不合規。依第九条，机关、事业单位应自交付之日起30日内付款；合同另有约定的从其约定，"
    "但付款期限最长不得超过60日，九十日已逾上限。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "本所客戶之廣州子公司為中小企業，其大型企業客戶逾期未付貨款，而雙方合同對逾期利息全無約定。"
    "澳門實務上多依法定利率計算遲延利息；然依《保障中小企業款項支付條例》，此情形下逾期利息應如何計算？",
    "依第十七条，大型企业迟延支付应支付逾期利息；未作约定的，按照每日利率万分之五支付逾期利息。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "與本公司廣州子公司素有業務往來之某局官員，近日經監察機關給予記大過之政務處分。"
    "依《公職人員政務處分法》，該處分期間為多長？",
    "依第八条，记大过的政务处分期间为十八个月，自政务处分决定生效之日起计算。",
    ["记大过，十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "本所客戶擬與某中央企業合組項目公司，需對接該央企之首席合規官。依《中央企業合規管理辦法》，"
    "首席合規官一般由何人出任？是否須另設領導崗位？",
    "依第十二条，中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "廣州某區負責審批本公司子公司項目之官員已被監察機關立案調查，據悉其擬辭去公職並移居澳門。"
    "依《公職人員政務處分法》，其於立案調查期間得否自行辭職及出境？",
    "不得。依第五十二条，公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("single",
    "廣州市政府擬出台一份與企業生產經營密切相關之規範性文件。依《優化營商環境條例》，"
    "有別於澳門法規草案之公開諮詢慣例，其向社會公開徵求意見之期間至少應為多久？",
    "依第六十二条，除依法需要保密外，应通过报纸、网络等向社会公开征求意见，期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "本所已代子公司就欠款提出投訴，受理部門亦已將投訴轉交處理投訴部門。依《保障中小企業款項支付條例》第二十五條，"
    "處理部門應於多長期間內作出處理結果？如案情複雜，可延長至何時？",
    "依第二十五条，处理投诉部门应自收到投诉材料之日起30日内形成处理结果并书面反馈；"
    "情况复杂经部门负责人批准可适当延长，但最长不得超过90日。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"),
     E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "本所客戶之橫琴子公司由澳門母公司控股。假設該子公司屬《民營經濟促進法》所稱之民營經濟組織，"
    "其是否仍須同時遵守外商投資方面之法律法規？",
    "依第七十七条第二款，民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定。",
    ["同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "本公司廣州子公司（中型企業）承接某大型總承包商之分包工程，分包合同訂有「待業主向總包付款後，"
    "總包方向分包付款」之背靠背條款。依《保障中小企業款項支付條例》及《民營經濟促進法》，此條款是否為法所容許？",
    "不容许。条例第九条规定大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件；"
    "民营经济促进法第六十八条亦规定大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "廣州某市屬大型國有企業堅持以審計機關之審計結果作為本公司子公司工程款之結算依據，"
    "並以審計尚未完成為由延遲付款。依《民營經濟促進法》與《保障中小企業款項支付條例》，此等要求是否合法？",
    "除法律、行政法规另有规定外不合法：民营经济促进法第六十七条规定国有企业不得强制要求以审计结果作为结算依据；"
    "条例第十二条亦规定国有大型企业不得强制要求以审计机关的审计结果作为结算依据。",
    ["不得强制要求以审计结果作为结算依据", "不得强制要求以审计机关的审计结果作为结算依据"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("multi",
    "與本公司往來之某公職人員受記過處分。依《公職人員政務處分法》，其處分期間為何？"
    "處分期滿後，其日後晉升是否仍受該處分影響？",
    "依第八条，记过的处分期间为十二个月；依第二十六条，在处分期内有悔改表现且无新违法行为的，"
    "期满后自动解除，晋升不再受原政务处分影响。",
    ["记过，十二个月", "政务处分期满后自动解除"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第二十六条", "政务处分期满后自动解除，晋升职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇不再受原政务处分影响")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "依國家發展改革委2023年第1103號通知，省級社會信用體系建設牽頭部門收到針對政府部門違約失信之投訴後，"
    "應如何處理？若被投訴部門拒不整改，結果如何？",
    "依 II.(2)，省级信用牵头部门应立即将投诉线索转交被投诉主体的上级或主管部门核实认定；"
    "属实的推动整改，拒不整改的由认定部门确认为违约失信。",
    ["superior or competent departments of the complained entities",
     "refuse to rectify shall be confirmed as breach of contract"],
    [E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract and dishonesty"),
     E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="zh")

add("cross_lingual",
    "廣州市紀委監委先後發佈之《廣州市政商交往典型場景指引和問答》，兩批合共涵蓋多少個典型場景？",
    "据广州报道第10段，两批《指引》共涵盖33个场景，且不能涵盖所有情形。",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="zh")

add("cross_lingual",
    "Our Guangzhou subsidiary is a small supplier on a construction project. The main contractor, a large "
    "company, insists that the performance security be paid in cash and refuses a bank guarantee. Can it do "
    "that under the SME payment regulations?",
    "No. Under Article 13 (第十三条), large enterprises may not limit deposits to cash, and must accept a "
    "guarantee letter issued by a financial institution provided by the SME.",
    ["不得将保证金限定为现金", "中小企业以金融机构出具的保函等提供保证的"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "如果有企業安排一位負責批文件的官員到外地遊玩幾天、再請他打幾場高爾夫，這位官員本人會有什麼後果？",
    "依公职人员政务处分法第三十四条第二款，接受可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，"
    "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["宴请、旅游、健身、娱乐等活动安排", "情节严重的，予以降级或者撤职"],
    [E(PS, "第三十四条", "或者接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("paraphrase",
    "我們在橫琴開的那家公司成立後一直沒開張做生意，帳上也沒有欠人或被欠的錢，現在想把它結束掉，有沒有比較省事的辦法？",
    "依优化营商环境条例第三十三条，设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销。",
    ["可以按照简易程序办理注销"],
    [E(BE, "第三十三条", "对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "依《保障中小企業款項支付條例》第九條，大型企業向中小企業採購，須於交付後三十日內付款；"
    "故本公司廣州子公司與某大型客戶約定之四十五日賬期，是否因逾越該三十日上限而歸於無效？",
    ["四十五日", "45日"],
    "第九条对大型企业的规定是交付之日起60日内付款，合同另有约定的从其约定（须合理约定）；"
    "30日是对机关、事业单位的规定。前提把机关的期限套到大型企业上，文件中不存在对大型企业的30日上限。",
    lang="zh", present=["30日", "60日"],
    related=[E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "鑒於《中央企業合規管理辦法》係由國家發展和改革委員會以第42號令發佈，"
    "則該辦法之解釋權是否亦歸屬發改委？本所遇有疑義時應向發改委何部門請示？",
    ["发展和改革委员会", "发改委"],
    "该办法由国务院国有资产监督管理委员会令第42号公布，第四十一条规定由国资委负责解释；发改委并非发布机关。",
    lang="zh", present=["国资委", "第42号"],
    related=[E(SOE, "第四十一条", "本办法由国资委负责解释"),
             E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业")])

unans("false_premise",
    "依《保障中小企業款項支付條例》第十八條，機關、事業單位須每半年公開一次逾期尚未支付中小企業款項之資訊；"
    "請問下半年度之公開截止日為何時？",
    ["每半年", "半年"],
    "第十八条规定机关、事业单位于每年3月31日前公开上一年度逾期未付信息，是每年一次，并无每半年公开的规定。",
    lang="zh", present=["3月31日", "上一年度"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "依《公職人員政務處分法》第五十五條，公職人員不服政務處分者得向人民法院提起行政訴訟。"
    "若與本公司往來之廣州官員對其記過處分不服，其起訴期限應如何計算？",
    ["行政诉讼", "起诉期限"],
    "第五十五条规定的救济是向作出决定的监察机关申请复审、对复审不服向上一级监察机关申请复核，并非向法院提起行政诉讼；"
    "文件亦未规定任何起诉期限。",
    lang="zh", present=["复审", "复核"],
    related=[E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审"),
             E(PS, "第五十五条", "公职人员对复审决定仍不服的，可以向上一级监察机关申请复核")])

unans("false_premise",
    "《民營經濟促進法》第六十八條明定大型企業應於交付後六十日內向中小民營經濟組織付款。"
    "該六十日期限可否以合同約定予以延長？",
    ["六十日"],
    "民营经济促进法第六十八条只要求大型企业合理约定付款期限并及时支付、不得以第三方付款为条件，未规定六十日期限；"
    "60日的规定出自保障中小企业款项支付条例第九条，前提把另一文件的规则归于该法。",
    lang="zh", present=["合理约定付款期限", "60日"],
    related=[E(PE, "第六十八条", "应当合理约定付款期限并及时支付账款"),
             E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")])

unans("false_premise",
    "依《公職人員政務處分法》第八條，撤職處分之期間為三十六個月，因此被撤職之官員須待三年後方可恢復晉升，對嗎？",
    ["三十六个月"],
    "第八条规定降级、撤职的处分期间为二十四个月，不是三十六个月；且第二十六条规定解除撤职的不恢复原职务。",
    lang="zh", present=["二十四个月"],
    related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
    "Section III.(4) of the NDRC notice bars cities with government dishonesty records from applying for local "
    "government special bonds for three years. From what date does that three-year bar start to run?",
    ["three years", "three-year", "3 years"],
    "III.(4) says the NDRC will limit applications for local government special bonds for relevant entities with "
    "dishonesty records; for cities it cancels award and pilot eligibility and demonstration-zone titles. No "
    "three-year bar, and no start date, appears in the notice.",
    lang="en", present=["special bonds"],
    related=[E(NDRC, "III.(4)", "limit applications for local government special bonds"),
             E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "本所擬代橫琴子公司就廣州某事業單位拖欠貨款一事，向省級受理投訴部門提出投訴。"
    "依《保障中小企業款項支付條例》，提出投訴是否須繳納投訴費？其收費標準若干？",
    ["投诉费", "投诉费用"],
    "第二十四、二十五条规定受理投诉部门、转交时限和处理时限，但未提及任何投诉费用或收费标准。",
    lang="zh", present=["受理投诉部门"])

unans("not_covered",
    "依國家發改委第1103號通知，2023年全國經核實屬實之政府違約失信投訴共有多少宗？其中已完成整改者所佔比例為何？",
    ["percent", "nationwide", "案件数量"],
    "通知规定投诉受理、核实认定、整改和定期评估通报机制，但未给出任何投诉数量或整改比例的统计数据。",
    lang="zh", present=["verified as true"])

unans("not_covered",
    "本公司廣州子公司擬就某區政府拖欠工程款一事，依《民營經濟促進法》第六十七條起訴，"
    "閣下估計勝訴機會有多大？法院一般判決支持之比例如何？",
    ["胜诉", "胜算"],
    "第六十七条规定国家机关等不得拖延支付，第七十三条规定法律责任，但文件不涉及诉讼胜算或法院裁判结果的预测与统计。",
    lang="zh", present=["人民法院", "拖延支付"])

unans("not_covered",
    "就子公司是否屬中小企業存有爭議時，依《保障中小企業款項支付條例》第二十九條向縣級以上主管部門申請認定，"
    "該部門須於多少日內作出認定？逾期未認定者應如何處理？",
    ["认定期限", "作出认定"],
    "第二十九条只规定可向主张为中小企业一方所在地的主管部门申请认定及相关部门协助，未规定认定时限或逾期后果。",
    lang="zh", present=["申请认定"])

unans("not_covered",
    "依《中央企業合規管理辦法》，首席合規官須具備何種執業資格（例如律師或法律顧問資格）及若干年之任職年限？",
    ["执业资格", "任职年限", "任职资格"],
    "第十二条只规定首席合规官不新增领导岗位、由总法律顾问兼任、对主要负责人负责，未规定资格条件或任职年限。",
    lang="zh", present=["首席合规官", "总法律顾问"])

unans("not_covered",
    "What is the annual membership fee for a company to join the GBA Integrity and Compliance Association, "
    "and how long does the admission process take?",
    ["membership fee", "annual fee"],
    "The Guangzhou report describes the association's founding, member composition, think tank and featured "
    "services, but says nothing about membership fees or admission procedure.",
    lang="en", present=["Member Composition"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "《保障中小企業款項支付條例》2020年原版（國務院令第728號）修訂前，關於大型企業付款期限及第三方付款條件之原條文如何規定？"
    "與2025年修訂版有何差異？",
    ["修订前", "原条例"],
    "语料只收录2025年国务院令第802号修订后的文本，标题注明2020年第728号公布，但未载有修订前原条文的内容。",
    lang="zh", present=["第728号", "第802号"])

unans("superseded",
    "《優化營商環境條例（徵求意見稿）》當時就公開徵求意見之期限及市場主體適應調整期原本如何規定？與正式公佈之版本有何出入？",
    ["征求意见稿"],
    "语料只有2019年国务院令第722号公布的正式文本（第六十二条、第六十五条），未收录征求意见稿。",
    lang="zh", present=["征求意见", "适应调整期"])

unans("superseded",
    "Under the 2018 Central SOE Compliance Management Guidelines (for Trial Implementation), which officer was "
    "responsible for compliance, and how did that differ from the chief compliance officer role today?",
    ["trial implementation", "2018", "试行"],
    "The corpus has only the 2022 SASAC Order No. 42 Measures (第十二条 on the chief compliance officer); the "
    "earlier 2018 trial guidelines are not included.",
    lang="en", present=["首席合规官"])

unans("superseded",
    "《民營經濟促進法（草案）》提請全國人大常委會審議之稿本中，關於民營經濟組織定義之條文如何表述？與正式通過版本第七十七條相比有何修改？",
    ["草案", "审议稿"],
    "语料只有2025年4月30日通过的正式文本（第七十七条定义民营经济组织），未收录草案或审议稿。",
    lang="zh", present=["民营经济组织"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "本公司澳門總部之本地僱員，其有薪年假天數依澳門《勞動關係法》應如何計算？未放完之年假可否折算為金錢補償？",
    ["年假", "劳动关系法", "澳门"],
    "语料为内地关于民营经济、政务处分、营商环境、央企合规、中小企业款项支付及政府诚信的文件，不涉及澳门劳动法上的年假。",
    lang="zh")

unans("out_of_domain",
    "本公司之橫琴子公司擬申請適用粵澳深度合作區企業所得稅15%優惠稅率，其須符合何等條件及提交何種證明文件？",
    ["企业所得税", "横琴"],
    "优化营商环境条例第二十四条仅泛泛要求落实减税降费政策，文件均未涉及横琴合作区的企业所得税优惠条件。",
    lang="zh", present=["减税降费"])

unans("out_of_domain",
    "What stamp duty does the Macau government charge on a commercial office lease contract signed by our company, "
    "and who is liable to pay it, the landlord or the tenant?",
    ["stamp duty", "lease", "Macau"],
    "None of the documents deal with Macau taxation or lease contracts.",
    lang="en")
