"""Hard-case gold items, hundred and thirtieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a small Vietnamese exporter selling parts to a Chinese state-owned enterprise and to a city agency in
Guangdong; writes simple non-native English (sometimes simple Chinese) with grammar slips, now and then pasting a
Chinese term from the contract, and asks about on-time payment, late-payment interest, deposits held back, gifts for
the buyer's staff, and where to complain.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "我们是做零件的小公司，卖货给广东一个市政府的单位。合同里写“货到后90天付款”，这个可以吗？按规定他们最晚要多少天付钱？",
    "不可以这么长：机关、事业单位应当自交付之日起30日内付款；合同另有约定的从其约定，但付款期限最长不得超过60日（《保障中小企业款项支付条例》第九条）。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "那个国企（是大企业）晚了两个月才付我们货款，合同里面没有写逾期利息。我们可以要利息吗？怎么算？",
    "可以：大型企业迟延支付中小企业款项的应当支付逾期利息；没有约定利率的，按每日利率万分之五支付（《保障中小企业款项支付条例》第十七条）。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "客户是国企，要我们交履约保证金，还说只能打现金到他们账户。我们想用银行开的保函，他们可以不收吗？",
    "不可以：机关、事业单位和大型企业不得将保证金限定为现金，中小企业以金融机构出具的保函等提供保证的，应当接受（《保障中小企业款项支付条例》第十三条第二款）。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "我们已经投诉了拖欠货款的事，请问多久会有结果？处理的部门要多少天答复我们？",
    "受理投诉部门自正式受理之日起10个工作日内转交处理投诉部门；处理投诉部门自收到投诉材料之日起30日内形成处理结果并书面反馈，情况复杂的可延长，但最长不得超过90日（《保障中小企业款项支付条例》第二十五条）。",
    ["10个工作日内", "30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人"),
     E(SME, "第二十五条", "但处理期限最长不得超过90日")],
    lang="zh")

add("single",
    "The city bureau in Guangdong dont follow our supply contract, many months. According the NDRC notice about government integrity, by which channels I can make complain?",
    "Under item II.(1), provincial credit leading departments accept breach-of-contract complaints through credit websites, the State Council's \"Internet + Supervision\" platform, MIIT's \"Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs\", local 12345 hotlines, business-environment complaint platforms and petition departments.",
    ["Internet + Supervision", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs",
     "12345 government service hotlines"],
    [E(NDRC, "II.(1)", "the State Council's \"Internet + Supervision\" platform"),
     E(NDRC, "II.(1)", "\"Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs,\""),
     E(NDRC, "II.(1)", "local 12345 government service hotlines")],
    lang="en")

add("single",
    "Our contract was signed with the old director of the agency. Now new director come and say he not recognise the old deal so no payment for us. In the NDRC notice, is this a ok reason?",
    "No. Item II.(2) of the NDRC notice says failure to perform because of institutional adjustments, personnel changes and other such reasons is all regarded as breach of contract and dishonesty.",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "My agent in Guangzhou tell me there is official guideline in Guangzhou how company can deal with government people (政商交往). Who make it, and it is one document or more?",
    "The Guangzhou Municipal Commission for Discipline Inspection and Supervision issued it: two batches of the Guidelines and Q&A on Government-Business Interactions in Typical Scenarios in Guangzhou, in two consecutive years (report ¶7).",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches of the Guidelines and Q&A"),
     E(GZ, "¶7", "Government-Business Interactions in Typical Scenarios in Guangzhou")],
    lang="en")

add("single",
    "春节我们想给市里那个单位的采购科长送红包和一些礼物。如果他收下了，按中国法律他会有什么后果？",
    "公职人员收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的降级或者撤职；情节严重的开除（《公职人员政务处分法》第三十四条第一款）。",
    ["收受可能影响公正行使公权力的礼品、礼金", "予以警告、记过或者记大过"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "国企采购部说要等审计局的审计结果出来才能结算，而且他们刚换了总经理，要重新走内部付款流程，所以货款先不给我们。这样合法吗？",
    "不合法：国有大型企业不得强制要求以审计机关的审计结果作为结算依据（法律、行政法规另有规定的除外，第十二条）；也不得以法定代表人或者主要负责人变更、履行内部付款流程为由拒绝或者迟延付款（第十四条）。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "履行内部付款流程"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("multi",
    "他们一直拖欠我们货款。我们想投诉，可以去哪里投诉？可是我们怕投诉以后他们报复我们，法规有没有保护？",
    "省级以上人民政府负责中小企业促进工作综合管理的部门受理拖欠投诉，国务院该部门还建立了国家统一的拖欠中小企业款项投诉平台（第二十四条）；机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业进行恐吓、打击报复（第二十条）。",
    ["受理投诉部门", "国家统一的拖欠中小企业款项投诉平台", "恐吓、打击报复"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门（以下统称受理投诉部门）应当建立便利畅通的渠道"),
     E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

add("multi",
    "我们给市里的单位供货时交了一笔保证金，保证期已经过了半年，他们还是不退。法规怎么说？一直不退的话他们会怎么样？",
    "机关、事业单位应当在保证期限届满后及时与中小企业核算并退还保证金（第十三条第三款）；不及时核算并退还的，由其上级机关、主管部门责令改正，拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分（第三十一条第五项）。",
    ["在保证期限届满后及时与中小企业对收取的保证金进行核算并退还", "责令改正"],
    [E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "不及时与中小企业对保证金进行核算并退还")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "Our company is registered only in Vietnam, we have no company in China, we export parts to the SOE. Does the China regulation on paying small and medium companies (the SME payment regulation) count us as a SME? And must we tell the buyer we are small company?",
    "Article 3 defines 中小企业 as medium, small and micro enterprises lawfully established within the PRC (sized by State Council standards), so a company registered only in Vietnam falls outside that definition as written; an SME must proactively tell the agency or large enterprise it is an SME when the contract is signed.",
    ["在中华人民共和国境内依法设立", "应当主动告知其属于中小企业"],
    [E(SME, "第三条", "本条例所称中小企业，是指在中华人民共和国境内依法设立"),
     E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业")],
    lang="en")

add("cross_lingual",
    "发改委2023年发的那个关于政府诚信履约的通知里面，如果一个地方政府部门被认定违约失信，发改委会对它有什么惩罚？",
    "通知第三部分第（4）项：对有失信记录的相关主体，发改委将按规定限制中央预算内资金支持、限制申报地方政府专项债券、限制各类融资项目推荐；对有政府失信记录的地级及以上城市，取消发改系统评优和试点示范资格、加大城市信用监测扣分权重、取消社会信用体系建设示范区称号或资格。",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict recommendations for various financing projects")],
    lang="zh")

add("cross_lingual",
    "Our contract with the 国企 write the late payment interest (逾期利息) is only 0.1% per year. Is there a minimum rate in the law, or we just must accept?",
    "There is a floor: where the parties agree an overdue-interest rate, it may not be lower than the 1-year loan prime rate (LPR) at the time the contract was signed (SME Payment Regulations, Art. 17).",
    ["约定利率不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "双方对逾期利息的利率有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "我们一次发了三批货，其中一批他们说有点毛病，结果三批的钱全部压着不给。这样对吗？",
    "不对：交易部分存在争议但不影响其他部分履行的，对于没有争议的部分应当及时付款（《保障中小企业款项支付条例》第十五条）。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("paraphrase",
    "Next month I go to Guangzhou. Can I take the bureau guys out for dinner, or send my car to pick them up? Is there some local rule-book talk about this kind of thing?",
    "Yes: Guangzhou's Guidelines on government-business interactions; the report says their first batch systematically addressed regular issues such as \"what meals can be eaten and what vehicles can be taken\" (¶9), though it does not set out the detailed answers.",
    ["what meals can be eaten and what vehicles can be taken", "the first batch"],
    [E(GZ, "¶9", "the first batch systematically responded to regular"),
     E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "为什么《保障中小企业款项支付条例》允许政府机关在交货以后90天内才付款？是因为他们要走财政审批吗？",
    ["90天"],
    "Art. 9 gives 机关、事业单位 30 days from delivery, and at most 60 days if the contract says otherwise; no 90-day period for agencies exists (90日 appears only as the complaint-handling maximum in Art. 25).",
    lang="zh", present=["30日内支付款项", "最长不得超过60日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
             E(SME, "第九条", "但付款期限最长不得超过60日")])

unans("false_premise",
    "The China SME payment regulation say government units must publish how much overdue money they owe to SMEs before 30 June every year, right? I want check if our Guangdong agency list us.",
    ["6月30日", "30 June"],
    "Art. 18 sets the deadline as before 31 March each year (上一年度 overdue contracts: number and amount), not 30 June.",
    lang="en", present=["3月31日"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
    "Since the 2023 notice on government integrity (No. 1103) was issued by the Ministry of Commerce, should I send my complaint about the Guangdong city agency to MOFCOM office?",
    ["Ministry of Commerce", "MOFCOM"],
    "The notice (Development and Reform Finance [2023] No. 1103) is issued by the National Development and Reform Commission, not the Ministry of Commerce; its complaint channels (II.(1)) run through provincial credit leading departments.",
    lang="en", present=["National Development and Reform Commission", "Credit China"],
    related=[E(NDRC, "IV.(9)", "National Development and Reform Commission"),
             E(NDRC, "II.(1)", "Provincial-level leading departments for social credit system construction")])

unans("false_premise",
    "既然条例要求国有大型企业每个季度都要向监管部门报告逾期没付的中小企业款项，那我们能不能要求看他们上个季度的报告？",
    ["季度"],
    "Art. 22 requires 事业单位、国有大型企业 to report the previous year's overdue payments to their supervising department 每年定期 (yearly), not quarterly; nothing gives a supplier access to such reports.",
    lang="zh", present=["每年定期"],
    related=[E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门")])

unans("false_premise",
    "我看到条例规定逾期利息是每天万分之三。我们有100万的货款被拖了60天，那利息应该是多少钱？",
    ["万分之三"],
    "Art. 17 sets the default (no agreed rate) at 每日利率万分之五, not 万分之三; an agreed rate may not be below the 1-year LPR.",
    lang="zh", present=["万分之五"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "政务处分法规定，送给公职人员的礼品只要不超过500元就不算违法；所以中秋节我们给采购科每个人送一张400元的月饼卡，应该没问题吧？",
    ["500元", "月饼"],
    "Art. 34 of the Public Official Sanctions Law punishes accepting gifts, cash or securities 可能影响公正行使公权力 with no monetary threshold; no document sets a 500-yuan safe amount.",
    lang="zh", present=["礼品、礼金"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")])

unans("false_premise",
    "The SOE say the regulation allow them to pay us by 商业汇票 when a bank guarantee it, and we must accept. How can I check the bank guarantee is real before I accept the 汇票?",
    ["银行承兑汇票", "bank acceptance"],
    "Art. 11 says agencies and large enterprises must not force SMEs to accept commercial bills or receivable e-vouchers and must agree such methods clearly in the contract; nothing obliges the SME to accept bank-guaranteed bills.",
    lang="en", present=["商业汇票"],
    related=[E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "在国家的拖欠中小企业款项投诉平台上投诉，要交投诉费吗？大概多少钱？",
    ["投诉费", "complaint fee"],
    "SME Art. 24 sets up the national complaint platform and Art. 25 the handling deadlines; no document mentions whether complaining costs anything.",
    lang="zh", present=["投诉平台"])

unans("not_covered",
    "How many complaints about government departments not paying companies were solved in Guangdong in 2024? What is the success rate? I want know my chance.",
    ["success rate", "percent"],
    "The NDRC notice describes complaint channels and periodic evaluation (IV.(7)) but gives no figures; no document reports complaint outcomes for Guangdong.",
    lang="en", present=["complaints"])

unans("not_covered",
    "我们准备去法院起诉广东那个市政府单位拖欠货款，我们会胜诉吗？法院大概几个月能判下来？",
    ["胜诉", "几个月"],
    "PE Art. 68 only says courts should 及时立案、审理、执行 arrears cases of SMEs (against large enterprises); no document predicts outcomes or gives court timelines.",
    lang="zh", present=["及时立案"])

unans("not_covered",
    "向受理投诉部门投诉拖欠款项的时候，要交哪些材料？一定要合同原件和发票吗？",
    ["合同原件", "证据清单"],
    "SME Art. 25 mentions 投诉材料 and requires a contractual relationship between complainant and respondent, but lists no required documents.",
    lang="zh", present=["投诉材料"])

unans("not_covered",
    "国企要我们交履约保证金，他们说要合同金额的15%。按规定最多可以收百分之几？",
    ["百分之十", "10%", "合同金额"],
    "SME Art. 13 says the 收取比例 and method must follow laws and national rules, and BE Art. 25 requires a legal basis for enterprise-related deposits, but neither gives a maximum percentage.",
    lang="zh", present=["收取比例", "履约保证金"])

unans("not_covered",
    "In the Guangzhou Guidelines, how much money one meal per person can be when a company invite the officials? Is 200 yuan OK?",
    ["yuan", "per person", "RMB"],
    "The Guangzhou report only says the first batch covers 'what meals can be eaten and what vehicles can be taken'; it gives no spending limit.",
    lang="en", present=["what meals can be eaten"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "这个条例2020年刚公布的原版（国务院令第728号，修订前）里面，大型企业付款期限是几天？和2025年修订后有什么不一样？",
    ["修订前", "原条例"],
    "The corpus holds only the 2025 revised text (令第802号修订); the original 2020 text of Order No. 728 is not included, so no comparison is possible.",
    lang="zh", present=["第728号", "第802号修订"])

unans("superseded",
    "The GBA Integrity and Compliance Association have Guidelines for Enterprise Integrity and Compliance Construction (2023 Edition). What gift value limit it set for gifts to customer's staff?",
    ["gift", "gifts"],
    "The Guangzhou report only lists the 2023 Edition's release (March 2024) among the association's milestones; its contents are not in the corpus.",
    lang="en", present=["2023 Edition"])

unans("superseded",
    "民营经济促进法草案（2024年征求意见稿）里面对国有企业拖欠民营企业账款是怎么写的？和正式通过的版本一样吗？",
    ["草案", "征求意见稿"],
    "Only the final law adopted 30 April 2025 is in the corpus (Arts. 67 and 73 on arrears); no draft text is included.",
    lang="zh", present=["拒绝或者拖延支付民营经济组织账款"])

unans("superseded",
    "Our buyer's compliance man still quote the old SASAC compliance guideline for central SOEs (the trial version from 2018). What that 2018 guideline said about commercial bribery and gifts to suppliers?",
    ["合规管理指引", "2018"],
    "The corpus has the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42), which names 反商业贿赂 as a key area (Art. 18); the 2018 trial guidelines are not included.",
    lang="en", present=["反商业贿赂"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "We want hire one Chinese sales person in Guangzhou for our company. In the labor contract how long the probation can be, and must we pay social insurance from the first month?",
    ["probation", "试用期", "social insurance"],
    "Employment-contract terms are outside these documents; PE Art. 36 only says private firms must obey labour and social-security laws.",
    lang="en", present=["劳动用工"])

unans("out_of_domain",
    "What is the VAT rate and export tax rebate the Vietnamese government give when my company export car parts to China? Which official form I need?",
    ["VAT", "增值税", "退税", "tax rebate"],
    "Export taxation is outside the corpus; BE Art. 45 speaks only generally of simplifying customs clearance and port fees.",
    lang="en", present=["通关"])

unans("out_of_domain",
    "Our buyer want to pay by letter of credit. How I open the L/C with my bank, and which one is safer for payment, L/C or T/T?",
    ["letter of credit", "信用证", "L/C", "T/T"],
    "Trade-finance instruments are not discussed; the SME regulation mentions only commercial bills and receivable e-vouchers (Art. 11).",
    lang="en", present=["商业汇票"])
