"""Hard-case gold items, hundred-and-fiftieth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a supply-chain-finance credit officer at a commercial bank. He finances receivables that
small suppliers are owed by government agencies, public institutions, central SOEs and other large
"core enterprises", so he asks about debt confirmation (确权), payment terms, late-payment interest,
guarantee deposits and bank guarantees, pledge registration, what banks are told to do, and how a
defaulting public payer gets punished or put on a credit record. Precise and numbers-minded: asks
"how many days", "what rate", "who confirms", "from which date"; often states a figure or a line
from an internal memo he believes and asks a follow-on. Writes half in English (terse, bank jargon:
tenor, advance rate, pay-when-paid) and half in Chinese (行内口语: 核心企业、确权、保理、存量业务).
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "供应商拿对核心企业（一家大型国企）的应收账款来我行做保理，我们要核心企业确权。按条例，对方最晚多少天内必须确认债权债务？从哪天开始算？",
    "《保障中小企业款项支付条例》第十六条第二款：中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["提出确权请求之日起30日内", "确认债权债务关系"],
    [E(SME, "第十六条", "自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "合同里约定了逾期利率，但定得很低，年化才1%左右。条例对约定的逾期利率有没有下限？参照哪个基准、哪个时点？",
    "《保障中小企业款项支付条例》第十七条：双方对逾期利息的利率有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率（LPR）。",
    ["约定利率不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")],
    lang="zh")

add("single",
    "我行给一家小施工企业开了履约保函，业主是大型企业，说保证金只收现金、不认银行保函。这样合规吗？",
    "不合规。《保障中小企业款项支付条例》第十三条第二款：机关、事业单位和大型企业不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。",
    ["不得将保证金限定为现金", "机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "做应收账款质押，登记这块优化营商环境条例有说法吗？是不是要搞一个统一的登记平台？",
    "有。《优化营商环境条例》第四十七条第二款：国家推动建立统一的动产和权利担保登记公示系统，逐步实现市场主体在一个平台上办理动产和权利担保登记；纳入的动产和权利范围另行规定。",
    ["统一的动产和权利担保登记公示系统", "在一个平台上办理动产和权利担保登记"],
    [E(BE, "第四十七条", "国家推动建立统一的动产和权利担保登记公示系统"),
     E(BE, "第四十七条", "逐步实现市场主体在一个平台上办理动产和权利担保登记")],
    lang="zh")

add("single",
    "民营经济促进法对银行做权利质押贷款是怎么要求的？应收账款在不在列举范围里？",
    "在。《民营经济促进法》第二十一条：银行业金融机构等依据法律法规，接受符合贷款业务需要的担保方式，并为民营经济组织提供应收账款、仓单、股权、知识产权等权利质押贷款；各级人民政府及其有关部门为动产和权利质押登记、估值、交易流通、信息共享等提供支持和便利。",
    ["应收账款、仓单、股权、知识产权等权利质押贷款", "接受符合贷款业务需要的担保方式"],
    [E(PE, "第二十一条", "为民营经济组织提供应收账款、仓单、股权、知识产权等权利质押贷款"),
     E(PE, "第二十一条", "接受符合贷款业务需要的担保方式")],
    lang="zh")

add("single",
    "One of our obligors is a city platform company, and the city just picked up a government dishonesty record. What does NDRC itself restrict for entities with such a record - can they still apply for local government special bonds?",
    "Per the NDRC notice, item III.(4), for relevant entities with dishonesty records NDRC will restrict support from central budget funds, limit applications for local government special bonds and restrict recommendations for financing projects; prefecture-level and above cities with such records also lose award and pilot eligibility and get heavier credit-monitoring deductions.",
    ["limit applications for local government special bonds", "restrict support from central budget funds"],
    [E(NDRC, "III.(4)", "limit applications for local government special bonds"),
     E(NDRC, "III.(4)", "restrict support from central budget funds")],
    lang="en")

add("single",
    "District bureau owes our supplier-client on a procurement contract. Now they say the director who signed it got transferred and the new team 'isn't bound by it'. Under the NDRC notice, does that count as breach of contract?",
    "Yes. NDRC notice item II.(2): failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "We financed a manufacturer that signed an investment agreement with a Guangzhou district, and it's behind on its targets for reasons outside its control. What do the Guangzhou guidelines say - can the targets be renegotiated?",
    "According to the Guangzhou lecture report (¶18, on the second batch of the Guidelines): if an enterprise fails to complete its targets due to objective reasons, it can negotiate adjustments and enjoy a grace period; if an agreement cannot be fulfilled due to policy changes, procedures can be rectified or a transition period set.",
    ["negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

# ---- multi

add("multi",
    "区里一个事业单位从小供应商采购设备，合同写的是“验收合格后付款”。付款期限最长能约定多少天？是从交货日算还是从验收合格那天算？",
    "《保障中小企业款项支付条例》第九条：机关、事业单位应当自交付之日起30日内支付；合同另有约定的从其约定，但付款期限最长不得超过60日。第十条：约定以检验或者验收合格作为付款条件的，付款期限自检验或者验收合格之日起算（拖延验收的，自约定验收期限届满之日起算）。",
    ["付款期限最长不得超过60日", "付款期限应当自检验或者验收合格之日起算"],
    [E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算")],
    lang="zh")

add("multi",
    "机关超期不付供应商货款，上级责令改正了还不改，条例说要给责任人处分。处分要是记过或者记大过，处分期分别多长？",
    "《保障中小企业款项支付条例》第三十一条：机关、事业单位未在规定期限内支付中小企业款项的，由上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。《公职人员政务处分法》第八条（依第二条，第二章也适用于任免机关给予的处分）：记过十二个月，记大过十八个月。",
    ["拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分", "记过，十二个月", "记大过，十八个月"],
    [E(SME, "第三十一条", "拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第二条", "本法第二章、第三章适用于公职人员任免机关、单位对违法的公职人员给予处分")],
    lang="zh")

add("multi",
    "For a local government counterparty: what actually goes into its government credit record under the NDRC notice - are payment arrears in there? And beyond NDRC's own measures, what penalties can the local departments use?",
    "NDRC notice III.(3): NDRC will include breach of contract and dishonesty information, arrears information sorted by localities as required, and information on those listed as dishonest persons subject to enforcement to form government credit records. III.(5): local credit leading departments push same-level departments to use measures including restricting government funding support, limiting applications for support policies, canceling awards, and restricting participation in government procurement.",
    ["arrears information sorted by localities", "restricting participation in government procurement"],
    [E(NDRC, "III.(3)", "arrears information sorted by localities as required"),
     E(NDRC, "III.(5)", "canceling awards, and restricting participation in government procurement")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "Supplier sold lab kits to a public hospital (public institution), got paid 50 days late, and the contract is silent on late interest. What daily rate does the SME payment regulation impose?",
    "Art. 17 of the SME Payment Regulation: a payer that pays late must pay overdue interest; if no rate was agreed, it is 0.05% per day (每日利率万分之五).",
    ["每日利率万分之五", "应当支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息")],
    lang="en")

add("cross_lingual",
    "Large EPC contractor buying from a small sub-supplier: the default payment window is 60 days from delivery, I believe? And can the contract say they only pay once the project owner pays them (pay-when-paid)?",
    "Yes, 60 days. Art. 9(2) of the SME Payment Regulation: a large enterprise pays within 60 days of delivery; a contract may agree otherwise but on reasonable terms, and it may not make receipt of a third party's payment a condition of paying the SME, nor pay pro rata to the third party's payments.",
    ["60日内支付款项", "不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")],
    lang="en")

add("cross_lingual",
    "发改委2023年那份政务诚信的通知里，政府部门违约不付款，企业能走哪些渠道投诉？工信部那个拖欠中小企业款项的登记平台算不算？",
    "算。国家发展改革委通知第II.(1)项：省级信用牵头部门依托信用网站、国务院“互联网+监管”平台、工信部“违约拖欠中小企业款项登记（投诉）平台”、地方12345政务服务热线、营商环境投诉平台、信访部门等渠道，设立或完善违约失信投诉专栏。",
    ["Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs", "local 12345 government service hotlines"],
    [E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"),
     E(NDRC, "II.(1)", "local 12345 government service hotlines")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "一笔货款里有一小块对方说货不对板在扯皮，剩下大头没毛病，对方能拿这个当理由整笔都压着不给吗？",
    "不能。《保障中小企业款项支付条例》第十五条：交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务")],
    lang="zh")

add("paraphrase",
    "If a manager at a Guangzhou state-owned company signs off on a deal strictly by the book and it ends up in the red because prices tanked, is he going to be on the hook for it?",
    "Not necessarily. In the Guangzhou lecture report (¶21), the Guidelines are said to state that if an investment made with due diligence and through compliant decision-making procedures incurs losses due to objective factors such as market risks, the relevant personnel may be exempted from liability.",
    ["the relevant personnel may be exempted from liability", "due diligence and through compliant decision-making procedures"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability"),
     E(GZ, "¶21", "due diligence and through compliant decision-making procedures")],
    lang="en")

# ---- false_premise

unans("false_premise",
      "Our credit memo says: 'Under the revised SME payment regulation, a government agency may contractually extend payment to at most 45 days after delivery.' I'm sizing factoring tenor off that 45-day ceiling - is the cap right?",
      ["45 days", "45日"],
      "SME Payment Regulation art. 9(1): agencies and public institutions pay within 30 days of delivery; a contract may agree otherwise, but the term may not exceed 60 days. There is no 45-day ceiling, so the memo's figure is wrong.",
      lang="en", present=["60日", "30日内支付款项"],
      related=[E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
      "处理投诉部门收到材料后15个工作日内就得出处理结果，我们跟供应商说半个月左右肯定有结论，这么讲没问题吧？",
      ["15个工作日"],
      "条例第二十五条：受理投诉部门自正式受理之日起10个工作日内转交；处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，情况复杂的经批准可延长，最长不超过90日。没有“15个工作日内出结果”的规定。",
      lang="zh", present=["30日内形成处理结果", "10个工作日"],
      related=[E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")])

unans("false_premise",
      "修订后的条例3月17日起施行，所以3月下旬以后新签的基础交易合同，我们都按新规大型企业60日的口径来审，对吧？",
      ["3月17日起施行"],
      "2025年3月17日是国务院令第802号修订的日期；条例第三十七条规定本条例自2025年6月1日起施行，不是3月17日起施行，问题的前提错误。",
      lang="zh", present=["2025年6月1日", "2025年3月17日"],
      related=[E(SME, "第三十七条", "本条例自2025年6月1日起施行")])

unans("false_premise",
      "核心企业是央企下属公司，他们法务说按国资委合规管理办法，首席合规官由总会计师兼任，重大合同的合规审查意见要总会计师签字。那我们要的合规意见找总会计师签就够了？",
      ["总会计师"],
      "《中央企业合规管理办法》第十二条：首席合规官不新增领导岗位和职数，由总法律顾问兼任；第二十一条：重大决策事项的合规审查意见由首席合规官签字。办法没有由总会计师兼任或签字的规定。",
      lang="zh", present=["由总法律顾问兼任", "首席合规官签字"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任"),
               E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")])

unans("false_premise",
      "Follow-on on the NDRC notice: since a government's dishonesty record just drops off automatically after three years, should we simply wait the three years out before reopening limits to that county's platform company?",
      ["three years", "3 years"],
      "NDRC notice III.(6): records are restored once the identifying department confirms the dishonest behaviour has been corrected and performance completed; there is no automatic drop-off after a fixed period, let alone three years.",
      lang="en", present=["credit restoration"],
      related=[E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")])

unans("false_premise",
      "A colleague says the two batches of Guangzhou government-business Guidelines cover 50 scenarios. Does any of those 50 scenarios deal with bank staff visiting officials about receivables?",
      ["50 scenarios", "fifty scenarios"],
      "GZ report ¶10: the two batches of the Guidelines cover 33 scenarios, not 50; the report lists no scenario on banks or receivables either.",
      lang="en", present=["33 scenarios"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
      "民营经济促进法第六十七条那条“不得强制以审计结果作为结算依据”，只管国家机关和事业单位，国有企业除外吧？所以国企客户坚持审计完再结算，我们也没话说？",
      ["国有企业除外"],
      "《民营经济促进法》第六十七条的主体是“国家机关、事业单位、国有企业”，国有企业同样不得强制要求以审计结果作为结算依据（法律、行政法规另有规定的除外）；条例第十二条对国有大型企业也有同样要求。前提错误。",
      lang="zh", present=["国家机关、事业单位、国有企业", "国有大型企业"],
      related=[E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
               E(PE, "第六十七条", "不得强制要求以审计结果作为结算依据"),
               E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")])

# ---- not_covered

unans("not_covered",
      "What's the max advance rate a bank can give against a receivable that a government agency has confirmed - 80% or 90% of face value? Does any of these rules set it?",
      ["advance rate", "80%", "90%", "face value"],
      "SME Payment Regulation art. 16 and the Private Economy Promotion Law art. 21 encourage receivables financing and pledge loans, but no document sets an advance rate or loan-to-value ratio.",
      lang="en", present=["应收账款"])

unans("not_covered",
      "应收账款质押在中登网登记，一笔登记费多少钱？登记期限最长能选几年？",
      ["中登网", "登记费"],
      "《优化营商环境条例》第四十七条只说推动建立统一的动产和权利担保登记公示系统，《民营经济促进法》第二十一条要求为质押登记提供支持和便利；登记费用、登记期限均未规定。",
      lang="zh", present=["动产和权利担保登记"])

unans("not_covered",
      "How many overdue-payment complaints did the national SME arrears complaint platform handle last year, and what share of complaints were against SOEs?",
      ["share of complaints", "投诉量"],
      "SME Payment Regulation art. 24 only establishes the national complaint platform; no document gives complaint counts or a breakdown by type of debtor.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "供应商收到的商业汇票拿去贴现，贴现利息条例里有没有规定该由开票的大企业承担？",
      ["贴现"],
      "条例第十一条只规定不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，不得借此变相延长付款期限；贴现利息由谁承担没有规定。",
      lang="zh", present=["商业汇票"])

unans("not_covered",
      "The NDRC notice says it'll 'increase the weight of city credit monitoring deductions' for cities with dishonesty records. By how many points exactly?",
      ["deduction points", "points deducted"],
      "NDRC notice III.(4) says only that the weight of city credit monitoring deductions will be increased; no figure or scoring method is given anywhere.",
      lang="en", present=["credit monitoring deductions"])

unans("not_covered",
      "国家融资担保基金给供应链金融业务做再担保，担保费率上限是多少？",
      ["国家融资担保基金", "担保费率"],
      "《民营经济促进法》第二十二条只说支持银行业金融机构与融资担保机构扩大业务合作、构建融资风险市场化分担机制；没有任何文件规定担保费率或提及国家融资担保基金。",
      lang="zh", present=["融资担保机构"])

# ---- out_of_domain

unans("out_of_domain",
      "What risk weight does Basel III give a factored receivable on an A-rated corporate under the standardised approach?",
      ["Basel", "risk weight", "standardised approach"],
      "Bank capital regulation; none of the seven documents deals with it.",
      lang="en")

unans("out_of_domain",
      "How should I price a USD invoice discount off Term SOFR plus margin for a 90-day tenor?",
      ["SOFR", "Term SOFR"],
      "Pricing of USD trade finance; nothing in the seven documents.",
      lang="en")

unans("out_of_domain",
      "IFRS 9下保理应收账款的预期信用损失三阶段怎么划分？逾期30天就进第二阶段吗？",
      ["IFRS", "预期信用损失", "第二阶段"],
      "会计准则下的减值计量问题，七份文件均不涉及。",
      lang="zh")

# ---- superseded

unans("superseded",
      "Under the original 2020 SME payment regulation (Order No. 728, effective 1 September 2020), what was the payment term for large companies - did that version also have the 60-day default?",
      ["1 September 2020", "September 1, 2020", "2020年9月1日"],
      "The corpus holds only the 2025 revision (State Council Order No. 802, revised 2025-03-17, effective 2025-06-01); its preamble mentions the 2020 Order No. 728 but the original 2020 text is not in the corpus, so what that version said cannot be answered.",
      lang="en", present=["第728号", "2025年3月17日"])

unans("superseded",
      "Before the 2022 SASAC measures there were the 2018 Compliance Management Guidelines for central SOEs (trial version). What did those 2018 guidelines require on compliance sign-off for major deals?",
      ["2018", "trial version", "合规管理指引"],
      "The corpus holds only the 2022 Central SOE Compliance Management Measures (SASAC Order No. 42, effective 2022-10-01); the 2018 trial guidelines are not in it.",
      lang="en", present=["首席合规官签字"])

unans("superseded",
      "There was a draft of the Private Economy Promotion Law out for public comment in late 2024. Did the draft have a hard payment deadline for large firms paying small private suppliers?",
      ["draft", "征求意见稿"],
      "The corpus holds only the law as adopted on 2025-04-30 (effective 2025-05-20), whose art. 68 asks large enterprises to agree reasonable payment terms; the draft text is not in the corpus.",
      lang="en", present=["合理约定付款期限"])

unans("superseded",
      "2020年那版条例（728号令）里，应收账款确权也是30日吗？我们有笔2023年放的存量业务要按修订前的旧规看。",
      ["2020年版", "修订前", "2020年9月1日"],
      "语料只收了2025年国务院令第802号修订后的条例（第十六条规定30日内确权，2025年6月1日起施行）；2020年原版条例文本不在语料中，旧版怎么规定无法回答。",
      lang="zh", present=["第728号", "确权请求"])
