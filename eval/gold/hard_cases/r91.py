"""Hard-case gold items, ninety-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a relationship manager at a state-owned commercial bank who lends to small private manufacturers
and to local-government platform companies; asks in business Chinese and English about financing,
receivables, credit records, what banks must or are encouraged to do, and what happens to a government
body that defaults.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- single

add("single",
    "我们给一家做汽车零部件的小厂做应收账款融资，买方是一家大型国企，确权函发过去一个多月了还没回。有没有规定买方必须在多少天内确认？",
    "有。《保障中小企业款项支付条例》第十六条：中小企业以应收账款融资的，大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "风控那边想对一家民营制造业客户抽贷，可借款合同里并没有约定我们可以提前收贷。民营经济促进法对银行这么做有什么说法？",
    "《民营经济促进法》第二十四条第二款：金融机构违反与民营经济组织借款人的约定，单方面中止发放贷款或者提前收回贷款的，依法承担违约责任。",
    ["提前收回贷款", "依法承担违约责任"],
    [E(PE, "第二十四条", "金融机构违反与民营经济组织借款人的约定，单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任")],
    lang="zh")

add("single",
    "给小微企业开对公账户这块，法规有没有要求我们银行必须对外公开哪些信息？",
    "有。《优化营商环境条例》第二十六条：商业银行应当向社会公开开设企业账户的服务标准、资费标准和办理时限。",
    ["服务标准、资费标准和办理时限"],
    [E(BE, "第二十六条", "商业银行应当向社会公开开设企业账户的服务标准、资费标准和办理时限")],
    lang="zh")

add("single",
    "区里一个局欠我们客户（一家做机电设备的小企业）货款大半年了，按《保障中小企业款项支付条例》，这个局会被怎么处理？",
    "第三十一条：机关未在规定期限内支付中小企业款项的，由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["责令改正", "依法给予处分"],
    [E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "未在规定的期限内支付中小企业货物、工程、服务款项")],
    lang="zh")

add("single",
    "We lend to a platform company owned by a prefecture-level city. If that city picks up a government dishonesty record under the NDRC notice, does it affect the city's access to local government special bonds?",
    "Yes. Under item III.(4), for entities with dishonesty records the NDRC will restrict central budget support and limit applications for local government special bonds, among other measures.",
    ["limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "For relevant entities with dishonesty records"),
     E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

add("single",
    "My client's dispute with the district is over a PPP project agreement, not a procurement contract. Does that kind of agreement fall within what the NDRC notice treats as government breach of contract?",
    "Yes. Item II.(1) defines the scope as breaches of agreements and contracts signed by government departments with private enterprises in fields including government procurement, bidding, investment promotion and government-social capital cooperation (PPP).",
    ["government-social capital cooperation"],
    [E(NDRC, "II.(1)", "includes breach and repudiation behaviors in various agreements and contracts"),
     E(NDRC, "II.(1)", "signed by government departments with private enterprises"),
     E(NDRC, "II.(1)", "investment promotion, government-social capital cooperation")],
    lang="en")

add("single",
    "我们给一家小施工企业开了履约保函，业主是个事业单位，不收保函，非让对方打现金保证金。这样合规吗？",
    "不合规。《保障中小企业款项支付条例》第十三条：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "很多小制造企业手里没有房产做抵押，民营经济促进法有没有说银行可以接受哪些别的质押方式？",
    "第二十一条：银行业金融机构接受符合贷款业务需要的担保方式，并为民营经济组织提供应收账款、仓单、股权、知识产权等权利质押贷款。",
    ["应收账款、仓单、股权、知识产权等权利质押贷款"],
    [E(PE, "第二十一条", "银行业金融机构等依据法律法规，接受符合贷款业务需要的担保方式，并为民营经济组织提供应收账款、仓单、股权、知识产权等权利质押贷款")],
    lang="zh")

# --------------------------------------------------------------------------- multi

add("multi",
    "县里换届以后，新班子不认前任跟我们客户签的招商引资协议，说那是上一届的事。这在法律上站得住吗？客户要是去投诉，会被认定为政府失信吗？",
    "站不住。《民营经济促进法》第七十条规定地方政府不得以政府换届、相关人员更替等为由违约、毁约；发改委通知II.(2)规定因机构调整、人员变动等原因不履约的均视为违约失信，拒不整改的由认定部门认定为违约失信。",
    ["政府换届", "personnel changes"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")],
    lang="zh")

add("multi",
    "地方政府部门拖欠中小企业账款，会不会进政府的信用记录？被认定失信以后，对这个部门本身有什么限制？",
    "会。发改委通知III.(3)将各地梳理的拖欠信息纳入政府信用记录；《保障中小企业款项支付条例》第二十六条规定被认定失信的记入信用记录，并对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施。",
    ["arrears information", "记入相关主体信用记录", "公务消费、办公用房、经费安排"],
    [E(NDRC, "III.(3)", "arrears information sorted by localities as required"),
     E(NDRC, "III.(3)", "to form government credit records"),
     E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录"),
     E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施")],
    lang="zh")

add("multi",
    "我们的客户是给一家大型国企做配套的小厂，合同里写着“甲方收到业主付款后再付款”，这种条款允许吗？如果合同没约定付款期限，法定多少天内要付？",
    "不允许。《保障中小企业款项支付条例》第九条规定大型企业应当自交付之日起60日内付款，不得约定以收到第三方付款作为付款条件；《民营经济促进法》第六十八条同样禁止以收到第三方付款作为支付条件。",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

# --------------------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "A city bureau paid my SME borrower three months late, and the supply contract says nothing about late-payment interest. Under the SME payment regulations, what interest can the borrower claim?",
    "Article 17 of the Regulations on Guaranteeing Payments to SMEs: late payers must pay overdue interest; where no rate was agreed, it is paid at a daily rate of 0.05% (万分之五).",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("cross_lingual",
    "我们有笔贷款的平台公司所在的市被认定有政府失信记录，按发改委那份政府诚信通知，怎样才能把这个失信记录修复掉？",
    "通知III.(6)：认定部门确认失信行为已纠正、履约已完成后，应及时修复相关失信记录并终止失信惩戒措施。",
    ["corrected and performance completed", "promptly restored"],
    [E(NDRC, "III.(6)", "Once the identifying department confirms that the dishonest behavior"),
     E(NDRC, "III.(6)", "has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="zh")

add("cross_lingual",
    "广州的政商交往指南里，国企按合规程序做的投资后来因为市场风险亏了，相关负责人要被追责吗？",
    "据报道，第二批指南明确：经尽职调查、合规决策程序作出的投资因市场风险等客观因素造成损失的，相关人员可以免责。",
    ["may be exempted from liability"],
    [E(GZ, "¶21", "if an investment made with due diligence and through compliant decision-making"),
     E(GZ, "¶21", "incurs losses due to objective factors such as market risks"),
     E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="zh")

# --------------------------------------------------------------------------- paraphrase

add("paraphrase",
    "一家公立医院欠我们客户的设备钱，说院长刚换人，新院长要重新签字审批，所以得往后拖。这个理由说得过去吗？",
    "说不过去。《保障中小企业款项支付条例》第十四条：不得以法定代表人或者主要负责人变更、履行内部付款流程为由拒绝或者迟延支付中小企业款项。",
    ["主要负责人变更", "履行内部付款流程"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("paraphrase",
    "客户去区里催了几次钱，对方放话说再催就别想接下一个项目了。这种做法有规定管吗？",
    "有。《保障中小企业款项支付条例》第二十条：机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。",
    ["恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "按《保障中小企业款项支付条例》，机关、事业单位从中小企业采购，要在交付后45日内付款，合同另有约定的最长也不能超过90日，对吧？",
    ["45日内支付"],
    "False premise: Article 9 sets 30 days from delivery for 机关、事业单位, and at most 60 days where the contract provides otherwise; 90 days appears only as the maximum complaint-handling period (Art. 25).",
    lang="zh", present=["30日内支付款项", "60日"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "《保障中小企业款项支付条例》第十八条要求机关、事业单位每年6月30日前公开上一年度逾期未付中小企业款项的信息，我们做贷前调查时去哪里能查到这些公开数据？",
    ["6月30日"],
    "False premise: Article 18 sets the deadline as 3月31日 (before March 31 each year), via websites, newspapers etc.; the regulation names no specific database.",
    lang="zh", present=["3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "Since the NDRC notice on government integrity was issued jointly with the People's Bank of China, what does it require commercial banks to do when lending to platform companies in cities that have dishonesty records?",
    ["People's Bank", "commercial banks"],
    "False premise: the notice (Development and Reform Finance [2023] No. 1103) is issued by the NDRC alone and addressed to provincial credit leading departments; its punishment measures are the NDRC's own (central budget funds, special bonds, financing project recommendations), with no duty imposed on banks.",
    lang="en", present=["National Development and Reform Commission", "financing projects"],
    related=[E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
             E(NDRC, "III.(4)", "restrict recommendations for various financing projects according to regulations")])

unans("false_premise",
    "为什么民营经济促进法要求银行对小微民营企业贷款的不良容忍度不得低于3%？这个3%是怎么算出来的？",
    ["3%", "百分之三"],
    "False premise: Article 20 only says the state should urge and guide financial institutions to set NPL tolerance reasonably (合理设置不良贷款容忍度); it gives no figure.",
    lang="zh", present=["不良贷款容忍度"],
    related=[E(PE, "第二十条", "督促引导金融机构合理设置不良贷款容忍度、建立健全尽职免责机制")])

unans("false_premise",
    "《保障中小企业款项支付条例》第三十四条规定，大型企业不在年报里公示逾期未付款信息的，由人民银行处理；所以我们银行在贷后管理中要负责核查核心企业年报里的这部分信息吗？",
    ["人民银行"],
    "False premise: Article 34 assigns the matter to 市场监督管理部门 (market regulation authorities), not the central bank; the regulation gives banks no checking duty.",
    lang="zh", present=["市场监督管理部门"],
    related=[E(SME, "第三十四条", "未按照规定在企业年度报告中公示逾期尚未支付中小企业款项信息或者隐瞒真实情况、弄虚作假的，由市场监督管理部门依法处理")])

unans("false_premise",
    "民营经济促进法第七十条规定，地方政府违约毁约给民营企业造成损失的，要按合同金额的两倍赔偿。那我们客户的招商协议被毁约，大概能主张多少？",
    ["两倍"],
    "False premise: Article 70 says losses from a lawful change of policy commitments or contracts shall be compensated (予以补偿); Article 73 says losses shall be compensated according to law (依法予以赔偿). No multiple of the contract amount exists.",
    lang="zh", present=["予以补偿", "依法予以赔偿"],
    related=[E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
             E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")])

unans("false_premise",
    "The NDRC notice requires provincial credit departments to publish a list of dishonest local governments on Credit China every quarter. Where do I find the latest quarterly list before approving a platform-company loan?",
    ["quarterly", "every quarter"],
    "False premise: item IV.(9) only says a batch of typical cases of serious or repeated dishonesty will be selected and publicized on Credit China; no quarterly list of dishonest local governments is provided for.",
    lang="en", present=["Credit China", "typical cases"],
    related=[E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
             E(NDRC, "IV.(9)", "publicize them on the \"Credit China\" website")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "做应收账款保理时，核心企业给中小供应商确权，条例允许它收多少确权服务费？",
    ["确权服务费", "确权费"],
    "Article 16 of the SME payment regulation sets a 30-day deadline to confirm claims after a 确权请求 but says nothing about any fee for confirmation.",
    lang="zh", present=["确权请求"])

unans("not_covered",
    "How many cities have had their social credit demonstration zone titles cancelled under the NDRC's 2023 notice so far?",
    ["so far", "have been cancelled", "statistics"],
    "Item III.(4) says the NDRC will cancel the title or eligibility for demonstration zones of cities with government dishonesty records, but the notice reports no outcome figures.",
    lang="en", present=["demonstration zones"])

unans("not_covered",
    "我们客户（一家小模具厂）起诉区里拖欠货款，按民营经济促进法第六十八条，法院多久能判下来？胜诉率高吗？",
    ["胜诉率", "审理期限"],
    "Article 68 only says courts shall promptly file, try and enforce (依法及时立案、审理、执行) arrears cases and may mediate; no time limit or success rate is given anywhere.",
    lang="zh", present=["及时立案"])

unans("not_covered",
    "对中小企业规模类型有争议、向主管部门申请认定的时候，要提交哪些材料？多少个工作日内出认定结果？",
    ["提交材料", "认定期限"],
    "Article 29 says a dispute over enterprise size may be referred for 认定 to the county-level SME department and other departments shall assist; it lists no materials and no time limit.",
    lang="zh", present=["申请认定"])

unans("not_covered",
    "民营经济促进法说要建立尽职免责机制，那小微企业贷款出了不良，客户经理具体在哪些情形下可以免责？",
    ["免责情形", "客户经理"],
    "Article 20 only says financial institutions should be guided to establish a 尽职免责机制; it specifies no exemption circumstances for loan staff. (The Guangzhou report's liability exemption concerns investment decisions, not bank lending.)",
    lang="zh", present=["尽职免责机制"])

unans("not_covered",
    "What headcount or revenue threshold makes a manufacturer a 'small enterprise' under the SME payment regulations? I need it to check whether my borrower qualifies.",
    ["employees", "营业收入", "从业人员"],
    "Article 3 defines SMEs by reference to the State Council-approved classification standard (中小企业划分标准) and Article 29 provides a self-test platform, but no thresholds are stated.",
    lang="en", present=["中小企业划分标准"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年国务院令第728号公布的那个原版《保障中小企业款项支付条例》，修订前对大型企业的付款期限是怎么规定的？",
    ["修订前", "原条例"],
    "The corpus holds only the 2025 revised text (Order No. 802); the header mentions the 2020 promulgation (第728号) but the original wording is not included.",
    lang="zh", present=["第728号"])

unans("superseded",
    "What did the draft of the Private Economy Promotion Law released for public comment in 2024 say about banks' tolerance for non-performing loans?",
    ["draft", "public comment"],
    "Only the law as adopted on 2025-04-30 is in the corpus (Art. 20 on 不良贷款容忍度); no draft version is included.",
    lang="en", present=["不良贷款容忍度"])

unans("superseded",
    "国资委2018年发的《中央企业合规管理指引（试行）》对合规委员会是怎么规定的？跟现在的办法比有什么变化？",
    ["2018", "试行"],
    "Only the 2022 Central SOE Compliance Management Measures (Order No. 42) are in the corpus (Art. 11 on 合规委员会); the earlier 2018 trial guidelines are not.",
    lang="zh", present=["合规委员会"])

unans("superseded",
    "What did the State Council's 2016 Guiding Opinions on strengthening government integrity say about local governments that default on their debts?",
    ["2016", "Guiding Opinions"],
    "The corpus has the NDRC's 2023 notice on the government integrity performance mechanism, not the earlier 2016 State Council opinions.",
    lang="en", present=["government integrity"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "我们公司招了几个外地员工，劳动合同里的试用期最长可以约定多久？",
    ["试用期"],
    "Employment-contract probation periods are governed by labour law, which none of the seven documents covers.",
    lang="zh")

unans("out_of_domain",
    "How much stamp duty is payable on a loan contract between our bank and a company borrower?",
    ["stamp duty", "印花税"],
    "Stamp duty on loan contracts is a tax matter outside all seven documents.",
    lang="en")

unans("out_of_domain",
    "一家公司的股东要对外转让股权，其他股东有没有优先购买权？",
    ["优先购买权"],
    "Shareholders' pre-emption rights are a company-law matter; the documents only refer to the Company Law by name (PE Art. 38) without its content.",
    lang="zh", present=["公司法"])
