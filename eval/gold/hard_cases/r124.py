"""Hard-case gold items, hundred and twenty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a Hong Kong investment adviser whose clients own factories in Guangdong; writes in Traditional
Chinese with Hong Kong usage and some English, asking how mainland rules treat payment to suppliers,
officials' conduct and local government promises; several false premises swap who decides, pays,
supervises or reports, or which kind of entity a rule covers.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "我有個客喺東莞開五金廠，幫一間大型上市集團做零件，份合約完全冇寫付款期。按《保障中小企業款項支付條例》，對方最遲要喺交貨後幾多日內找數？",
    "大型企業從中小企業採購，應當自貨物交付之日起60日內支付款項；合同另有約定的從其約定（條例第九條第二款）。",
    ["自货物、工程、服务交付之日起60日内支付款项"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    lang="zh")

add("single",
    "區政府個單位拖咗我客戶兩個月貨款，合約又冇寫 late payment interest 點計。咁我客戶可以按咩利率追逾期利息？",
    "未約定利率的，按照每日利率萬分之五支付逾期利息；有約定的，約定利率不得低於合同訂立時1年期LPR（條例第十七條）。",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "我客戶成日要同鎮上一位負責審批嘅幹部打交道，聽講佢最近被「記過」。呢種政務處分嘅處分期通常有幾長？",
    "記過的政務處分期為十二個月，自處分決定生效之日起計算（政務處分法第八條）。",
    ["记过，十二个月"],
    [E(PS, "第八条", "（二）记过，十二个月"),
     E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "當年鎮政府招商嗰陣承諾俾我客戶三年租金補貼，而家換咗屆新領導就話唔認數。《民營經濟促進法》對呢種情況有冇講法？",
    "地方政府應當履行依法作出的政策承諾和訂立的合同，不得以政府換屆、相關人員更替等為由違約毀約；因公共利益需改變的，應依法定程序並予補償（民營經濟促進法第七十條）。",
    ["应当履行依法向民营经济组织作出的政策承诺", "政府换届"],
    [E(PE, "第七十条", "地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺"),
     E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")],
    lang="zh")

add("single",
    "客戶想將應收一間大型國企嘅 receivables 拎去銀行做 factoring 融資，需要對方確認筆數。條例有冇規定對方幾耐內要確認？",
    "中小企業以應收賬款融資的，機關、事業單位和大型企業應當自中小企業提出確權請求之日起30日內確認債權債務關係（條例第十六條）。",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "客戶準備同一間央企搞 JV，想知對方嘅首席合規官（Chief Compliance Officer）一般由邊個擔任？係咪專登請一個新高層？",
    "首席合規官不新增領導崗位和職數，由總法律顧問兼任，對企業主要負責人負責（中央企業合規管理辦法第十二條）。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "我想睇下廣東啲政府機關拖欠中小企業嘅情況。佢哋每年最遲幾時要公開上一年度逾期未付嘅合同數量同金額？",
    "機關、事業單位應當於每年3月31日前，通過網站、報刊等方式公開上一年度逾期尚未支付中小企業款項的合同數量、金額等信息（條例第十八條）。",
    ["每年3月31日前"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")],
    lang="zh")

add("single",
    "客戶做工程分判，總承包係一間大型企業，堅持要我客戶俾現金做保證金，唔收銀行保函。佢哋咁樣做合唔合規？",
    "機關、事業單位和大型企業不得將保證金限定為現金；中小企業以金融機構出具的保函提供保證的，應當接受（條例第十三條）。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "我客戶想投訴一間國企拖數大半年。應該向邊個部門投訴？投訴之後大概要等幾耐先有處理結果？",
    "投訴由省級以上人民政府負責中小企業促進工作綜合管理的部門受理（第二十四條）；受理後10個工作日內轉交處理投訴部門，處理部門自收到材料起30日內形成結果並書面反饋，最長不超過90日（第二十五條）。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "10个工作日内", "30日内形成处理结果"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("multi",
    "一間省屬國企客戶話要等審計署嘅審計結果出咗先同我客戶結算，合約就冇咁寫。《民營經濟促進法》同《保障中小企業款項支付條例》係咪都唔准佢哋咁做？",
    "係。民營經濟促進法第六十七條規定國有企業除法律、行政法規另有規定外不得強制要求以審計結果作為結算依據；條例第十二條亦規定國有大型企業不得強制要求以審計機關的審計結果作為結算依據。",
    ["不得强制要求以审计结果作为结算依据", "不得强制要求以审计机关的审计结果作为结算依据"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="zh")

add("multi",
    "中秋節客戶想送月餅禮盒加購物卡俾負責審批佢廠房擴建嘅官員。如果官員收咗會有咩處分？我客戶間民企本身又有咩法律上嘅底線？",
    "公職人員收受可能影響公正行使公權力的禮品、禮金、有價證券等財物，予以警告、記過或記大過，情節較重降級或撤職，嚴重的開除（政務處分法第三十四條）；民營經濟組織不得通過賄賂和欺詐等手段牟取不正當利益（民營經濟促進法第三十六條）。",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物", "不得通过贿赂和欺诈等手段牟取不正当利益"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "發改委2023年嗰份關於政務誠信履約嘅通知入面，如果地方政府係因為機構調整、人事變動而冇履行同民企簽嘅合同，會唔會被當成違約失信？",
    "會。通知II.(2)指明因機構調整、人員變動等原因未能履約的，一律視為違約失信（Failure to perform due to institutional adjustments, personnel changes ... shall all be regarded as breach of contract and dishonesty）。",
    ["Failure to perform due to institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "廣州市紀委連續兩年出咗兩批政商交往典型場景指引，兩批加埋總共涵蓋幾多個場景？",
    "據講座報道，兩批《指引》共涵蓋33個場景，並不能涵蓋所有情況（the 33 scenarios covered in the two batches of the Guidelines）。",
    ["33 scenarios"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")],
    lang="zh")

add("cross_lingual",
    "If a government agency in Guangdong buys components from my client's small factory, how soon does it have to pay, and can the contract push that deadline out?",
    "Government bodies and public institutions must pay within 30 days of delivery; a contract may provide otherwise, but the payment term can be at most 60 days (SME Payment Regulations art. 9 para. 1).",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "客戶分三批出貨，買家話其中一批質素有問題，於是成張單都唔肯過數，連冇問題嗰兩批都扣住。佢哋可唔可以咁做？",
    "不可以。交易部分存在爭議但不影響其他部分履行的，對於無爭議部分應當履行及時付款義務（條例第十五條）。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("paraphrase",
    "個大客話佢哋啱啱換咗新 CEO，所有 invoice 要重新 go through 一輪 approval，所以要押後幾個月先俾錢。咁樣講得通咩？",
    "講唔通。機關、事業單位和大型企業不得以法定代表人或主要負責人變更、履行內部付款流程等為由拒絕或遲延支付中小企業款項（條例第十四條）。",
    ["法定代表人或者主要负责人变更", "履行内部付款流程", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
      "既然《保障中小企業款項支付條例》規定中小企業被拖數要直接向國務院國資委投訴，我東莞嘅客戶應該點準備投訴材料、寄去國資委邊個部門？",
      ["向国资委投诉"],
      "SME art. 24 names the complaint-accepting departments as the provincial-or-higher government departments "
      "in charge of SME promotion (plus a national complaint platform run by the State Council's SME department); "
      "SASAC is not the complaint body, and no document describes how to prepare complaint materials.",
      lang="zh", present=["受理投诉部门", "投诉平台"],
      related=[E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）")])

unans("false_premise",
      "條例第九條話大型企業向中小企業採購，就算合約另有約定，付款期最長都唔可以超過90日。咁我客戶份合約寫咗120日，係咪自動當90日計？",
      ["120日"],
      "SME art. 9 caps the contractual term at 60 days only for government bodies and public institutions; for large "
      "enterprises it allows the contract to govern subject to reasonable terms per industry norms, with no 90-day cap "
      "(90日 appears only as the maximum complaint-handling period in art. 25); nothing on 'automatic' conversion.",
      lang="zh", present=["最长不得超过60日", "90日"],
      related=[E(SME, "第九条", "合同另有约定的，从其约定，但应当按照行业规范、交易习惯合理约定付款期限并及时支付款项")])

unans("false_premise",
      "條例第十二條禁止所有大型企業，包括民營大型企業，強制要求用審計結果做結算依據，所以我客戶嗰個私營大客都唔可以咁要求，right？",
      ["民营大型企业", "私营"],
      "SME art. 12 binds only government bodies, public institutions and STATE-OWNED large enterprises; PE art. 67 "
      "likewise covers state organs, public institutions and SOEs. No document extends the audit-result rule to "
      "privately owned large enterprises (SME art. 14, which does bind all large enterprises, only bars delaying "
      "payment while awaiting a final-accounts audit when the contract is silent).",
      lang="zh", present=["国有大型企业"],
      related=[E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
               E(PE, "第六十七条", "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督")])

unans("false_premise",
      "點解《民營經濟促進法》第六十七條要交由市場監督管理部門去審計國企拖欠民企賬款，而唔係審計署？市監局會唔會主動上門查？",
      ["市场监督管理部门审计"],
      "PE art. 67 para. 2 gives the audit oversight of payments by state organs, public institutions and SOEs to the "
      "AUDIT organs, not market regulation; SME art. 27 says the same. The premise swaps the supervising body.",
      lang="zh", present=["审计机关依法"],
      related=[E(PE, "第六十七条", "审计机关依法对国家机关、事业单位和国有企业支付民营经济组织账款情况进行审计监督")])

unans("false_premise",
      "聽講條例要求大型企業每季度喺國家企業信用信息公示系統公示逾期未付中小企業嘅款項，咁第一季嘅資料最遲幾時要上載？",
      ["每季度", "季度"],
      "SME art. 18 para. 2 requires large enterprises to include overdue-payment information in their ANNUAL report "
      "published via the national enterprise credit information publicity system; there is no quarterly disclosure "
      "and no quarterly deadline.",
      lang="zh", present=["企业年度报告"],
      related=[E(SME, "第十八条", "大型企业应当将逾期尚未支付中小企业款项的合同数量、金额等信息纳入企业年度报告")])

unans("false_premise",
      "Since the NDRC notice makes the Ministry of Finance responsible for verifying whether a local government has breached its contract with a private firm, how long does the Ministry usually take to reach a finding?",
      ["Ministry of Finance"],
      "NDRC II.(2): provincial credit leading departments transfer complaint clues to the superior or competent "
      "departments of the complained entities for verification and identification; the Ministry of Finance plays no "
      "role, and no time limit for the finding is given.",
      lang="en", present=["identifying department"],
      related=[E(NDRC, "II.(2)", "superior or competent departments of the complained entities for verification")])

unans("false_premise",
      "村委會主任都算公職人員，受咗政務處分就由監察委員會直接扣減佢嘅補貼同獎金；所以我客戶間廠所在條村嘅村主任被記過，監委會會扣佢幾多成？",
      ["扣发比例", "扣减"],
      "PS art. 22 para. 2: for managers of grassroots self-governing organisations who receive a sanction, the COUNTY "
      "or TOWNSHIP people's government reduces or withholds allowances and bonuses 'according to the circumstances'; "
      "not the supervision commission, and no percentage is set.",
      lang="zh", present=["减发或者扣发补贴"],
      related=[E(PS, "第二十二条", "应当由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
      "廣東省2024年總共處理咗幾多宗拖欠中小企業賬款嘅投訴？成功追回款項嘅比例大概有幾高？",
      ["2024年", "成功率", "追回"],
      "SME arts. 24-25 set up complaint acceptance and handling; no document gives complaint counts or recovery "
      "statistics for Guangdong or anywhere else.",
      lang="zh", present=["受理投诉部门"])

unans("not_covered",
      "經國家統一嘅拖欠中小企業款項投訴平台投訴，要唔要俾手續費或者 filing fee？",
      ["手续费", "投诉费", "filing fee"],
      "SME art. 24 says the State Council SME department builds a national complaint platform; no document mentions "
      "any fee (or its absence) for filing a complaint.",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "我客戶啱啱入稟告東莞一個鎮政府違反招商承諾，按《民營經濟促進法》第七十條同第七十三條，佢勝訴嘅機會大唔大？",
      ["胜诉", "胜诉率"],
      "PE arts. 70 and 73 forbid breaching commitments and provide correction, compensation and sanctions; no "
      "document predicts litigation outcomes or success rates.",
      lang="zh", present=["违约、毁约"])

unans("not_covered",
      "發改委話會揀選有代表性嘅民企設立政務失信監測點，咁每個省會揀幾多間？揀選準則係乜？",
      ["per province", "selection criteria"],
      "NDRC IV.(8) says the commission will select representative private enterprises to establish monitoring points; "
      "it gives no number per province and no selection criteria.",
      lang="zh", present=["monitoring points"])

unans("not_covered",
      "客戶同大客爭拗自己算唔算中小企業，如果向縣級中小企業主管部門申請認定，要交咩文件？幾多個工作日會有認定結果？",
      ["认定期限", "认定结果"],
      "SME art. 29 allows applying to the county-or-higher SME department where the claimed SME is located, with "
      "assistance from other departments; it sets no document list and no time limit for the determination.",
      lang="zh", present=["申请认定"])

unans("not_covered",
      "廣州嗰兩批政商交往指引講到「可以食咩飯」，咁官員接受企業請食飯，每人消費上限係幾多錢？",
      ["人均", "餐费标准", "per person"],
      "The GZ report only says the first batch addressed 'what meals can be eaten and what vehicles can be taken'; "
      "it quotes no spending limit. PS art. 34 sanctions banquets that may affect impartiality but sets no amount.",
      lang="zh", present=["what meals can be eaten", "宴请"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
      "2020年國務院令第728號原版嘅《保障中小企業款項支付條例》入面，機關事業單位嘅付款期係點規定？同2025年修訂版有咩唔同？",
      ["修订前", "原条例"],
      "The corpus holds only the 2025 revision (State Council Order No. 802); the 728 order is named in its title "
      "but the original 2020 text is not in the corpus, so the earlier payment term and the differences cannot be cited.",
      lang="zh", present=["728号"])

unans("superseded",
      "國資委2018年嗰份《中央企業合規管理指引（試行）》入面，合規委員會同首席合規官點樣分工？",
      ["合规管理指引", "试行", "2018年"],
      "The corpus has the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42), not the 2018 trial "
      "guidelines.",
      lang="zh", present=["首席合规官"])

unans("superseded",
      "喺政務處分法生效之前，2007年嗰份《行政機關公務員處分條例》入面，記過處分期係幾耐？",
      ["行政机关公务员处分条例"],
      "Only the 2020 Law on Governmental Sanctions for Public Officials is in the corpus (記過 12 months, art. 8); the "
      "2007 regulation is not.",
      lang="zh", present=["记过，十二个月"])

unans("superseded",
      "《民營經濟促進法》2024年公開徵求意見嗰份草案，對拖欠民企賬款嗰條原本係點寫？同最終通過版本有咩分別？",
      ["草案", "征求意见稿", "2024年"],
      "The corpus has only the law as adopted on 2025-04-30 (effective 2025-05-20); no draft text is included.",
      lang="zh", present=["拒绝或者拖延支付民营经济组织账款"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
      "我客戶喺香港間公司請咗幾個 sales，強積金（MPF）僱主供款比例係幾多？",
      ["强积金", "MPF"],
      "Hong Kong employer MPF contributions are outside all seven documents.",
      lang="zh")

unans("out_of_domain",
      "香港母公司同東莞廠簽 supply contract，揀香港法做 governing law，將來喺內地法院打官司會唔會被承認？",
      ["governing law", "准据法"],
      "Choice of law in cross-border contracts is not addressed by any of the documents.",
      lang="zh")

unans("out_of_domain",
      "有官員話我客戶間廠可以申請高新技術企業，企業所得稅由25%降到15%，申請條件係乜？",
      ["高新技术企业", "企业所得税"],
      "High-tech enterprise tax qualification is outside the documents (BE art. 24 only speaks generally of "
      "implementing tax and fee reduction policies).",
      lang="zh", present=["减税降费"])
