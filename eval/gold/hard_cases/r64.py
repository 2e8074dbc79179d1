"""Hard-case gold items, sixty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a procurement officer at a county hospital (a public institution buying from small suppliers) and her
colleague in the hospital's discipline office; they write mostly in Chinese, some English, and worry about paying
suppliers on time, what the hospital may accept from suppliers, and what happens to staff who break the rules.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- answerable: single

add("single",
    "我们是县医院，属于事业单位，从本地一家小公司采购医用耗材。货送到以后最晚多久必须把钱付了？合同里写90天付款行不行？",
    "事业单位从中小企业采购，应自交付之日起30日内付款；合同另有约定的从其约定，但付款期限最长不得超过60日，写90天不行（《保障中小企业款项支付条例》第九条）。",
    ["自货物、工程、服务交付之日起30日内支付款项", "付款期限最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "财务那边这次付款晚了两个月，合同里压根没写逾期利息怎么算，供应商来要利息，我们该按什么标准给？",
    "迟延支付的应当支付逾期利息；合同未约定利率的，按照每日利率万分之五支付（《保障中小企业款项支付条例》第十七条）。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "一家做设备维保的小供应商不想交现金履约保证金，说要拿银行开的保函来顶。我们医院可以坚持只要现金吗？",
    "不可以。机关、事业单位不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，应当接受（《保障中小企业款项支付条例》第十三条）。",
    ["不得将保证金限定为现金", "机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")],
    lang="zh")

add("single",
    "院办让我们把去年欠着没付的供应商合同情况对外公开，最迟要在每年什么时候之前公开？公开哪些内容？",
    "事业单位应当于每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息通过网站、报刊等方式公开（《保障中小企业款项支付条例》第十八条）。",
    ["每年3月31日前", "合同数量、金额等信息"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息"),
     E(SME, "第十八条", "通过网站、报刊等便于公众知晓的方式公开")],
    lang="zh")

add("single",
    "有个供应商因为我们拖款去投诉了，采购科有同事放话说以后要卡他家的单子、给他点颜色看看。真这么干的话，会有什么后果？",
    "对提出付款请求或者投诉的中小企业进行恐吓、打击报复的，对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任（《保障中小企业款项支付条例》第三十五条）。",
    ["恐吓、打击报复", "依法给予处分或者处罚", "构成犯罪的，依法追究刑事责任"],
    [E(SME, "第三十五条", "对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任")],
    lang="zh")

add("single",
    "纪检这边想确认一下：一个人被记大过，处分期是多长？从哪天开始算？",
    "记大过的处分期为十八个月，自政务处分决定生效之日起计算（《公职人员政务处分法》第八条）。",
    ["记大过，十八个月", "政务处分期自政务处分决定生效之日起计算"],
    [E(PS, "第八条", "（三）记大过，十八个月；"),
     E(PS, "第八条", "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算")],
    lang="zh")

add("single",
    "A county agency told one of its suppliers it won't honour a signed procurement agreement because the department "
    "has been reorganised and the official who signed it has moved on. Under the NDRC notice, does that excuse the agency?",
    "No. Under item II.(2) of the NDRC notice, failure to perform due to institutional adjustments, personnel changes "
    "and other reasons is all regarded as breach of contract and dishonesty.",
    ["institutional adjustments, personnel changes",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "and other reasons shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "我们是公立医院，有个科室主任（管理岗）被记过了。在处分期内他还能评职称、涨薪酬等级吗？",
    "不能。公办医疗卫生单位中从事管理的人员在处分期内不得晋升职务、岗位和职员等级、职称；被记过的，还不得晋升薪酬待遇等级（《公职人员政务处分法》第二十条）。",
    ["不得晋升职务、岗位和职员等级、职称", "不得晋升薪酬待遇等级"],
    [E(PS, "第二十条", "公办的教育、科研、文化、医疗卫生、体育等单位中从事管理的人员"),
     E(PS, "第二十条", "在政务处分期内，不得晋升职务、岗位和职员等级、职称"),
     E(PS, "第二十条", "被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级")],
    lang="zh")

# --------------------------------------------------------------------------- answerable: multi

add("multi",
    "合同写的是药品验收合格后再付款，约定验收期10天，结果药剂科拖了一个多月才验收。付款期限从哪天开始算？最长能约定多久付款？",
    "拖延验收的，付款期限自约定的验收期限届满之日起算（第十条）；事业单位应在30日内付款，合同另有约定的最长不得超过60日（第九条）（《保障中小企业款项支付条例》）。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "付款期限最长不得超过60日"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("multi",
    "设备科一位管理人员收了供应商送的购物卡，查出来之前他自己主动交回来了。按政务处分法会怎么处理？主动上交能不能从轻？",
    "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过，情节较重的降级或者撤职，情节严重的开除（第三十四条）；主动上交违法所得的，可以从轻或者减轻给予政务处分（第十一条）。",
    ["予以警告、记过或者记大过", "主动上交或者退赔违法所得的", "可以从轻或者减轻给予政务处分"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除"),
     E(PS, "第十一条", "公职人员有下列情形之一的，可以从轻或者减轻给予政务处分"),
     E(PS, "第十一条", "（六）主动上交或者退赔违法所得的；")],
    lang="zh")

add("multi",
    "If our county hospital (we're a public institution) breaks a purchase contract with a private supplier, can the supplier "
    "complain under the NDRC integrity notice? And what happens if we're told to fix it and don't?",
    "Yes: complaint channels accept complaints involving government departments including agencies and public institutions, "
    "covering contracts in government procurement (II.(1)); complaints are passed to the superior or competent department "
    "for verification, and those who refuse to rectify are confirmed as breach of contract and dishonesty (II.(2)).",
    ["including agencies and public institutions", "government procurement",
     "Those who refuse to rectify shall be confirmed as breach of contract"],
    [E(NDRC, "II.(1)", "government departments (including agencies and public institutions)"),
     E(NDRC, "II.(1)", "with private enterprises in government procurement"),
     E(NDRC, "II.(2)", "clues to the superior or competent departments of the complained entities"),
     E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "II.(2)", "and dishonesty by the identifying department")],
    lang="en")

# --------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "我们医院之前因为拖欠供应商款项被认定违约失信了，现在已经整改、把钱都付清了。按发改委那份政务诚信通知，这条失信记录能撤掉吗？",
    "可以。认定部门确认失信行为已纠正、履约完成后，应及时修复相关失信记录并终止失信惩戒措施（发改委通知 III.(6)）。",
    ["dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "and dishonesty punishment measures terminated")],
    lang="zh")

add("cross_lingual",
    "听说广州纪委出的政商交往场景指引已经出了两批，两批加起来一共覆盖了多少个场景？",
    "两批指引共覆盖33个场景（广州廉洁合规大讲堂报道 ¶10），而且这些场景不能涵盖所有情况。",
    ["the 33 scenarios covered in the two batches"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches")],
    lang="zh")

add("cross_lingual",
    "A small supplier wants to borrow from its bank against the money we owe it and has asked us to confirm the debt in "
    "writing. How long do we, as a public institution, have to confirm it?",
    "Within 30 days of the SME's request for confirmation, public institutions must confirm the debtor-creditor relationship "
    "to support the SME's receivables financing (SME Payment Regulation, Article 16).",
    ["自中小企业提出确权请求之日起30日内确认债权债务关系"],
    [E(SME, "第十六条", "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="en")

# --------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "我们院长刚换了人，财务科说新院长上任得重新签一遍字，供应商的钱就先压着不给。这种说法站得住脚吗？",
    "站不住。机关、事业单位不得以法定代表人或者主要负责人变更、履行内部付款流程为由拒绝或者迟延支付中小企业款项（《保障中小企业款项支付条例》第十四条）。",
    ["法定代表人或者主要负责人变更", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第十四条", "拒绝或者迟延支付中小企业款项")],
    lang="zh")

add("paraphrase",
    "Say our city's government has a track record of going back on its word to local businesses. Could that cost the "
    "city the honours and trial-programme status it gets from the national planning agency?",
    "Yes. For prefecture-level and above cities with government dishonesty records, the NDRC will cancel their eligibility "
    "for awards and pilot demonstrations in the development and reform system (NDRC notice III.(4)).",
    ["prefecture-level and above cities with government dishonesty records",
     "cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")

# --------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "为什么《保障中小企业款项支付条例》允许我们医院规定供应商的履约保证金只收现金？是出于资金安全考虑吗？",
    ["只收现金", "现金形式"],
    "False premise: SME Art. 13 says the opposite — institutions may not restrict deposits to cash and must accept bank "
    "guarantees; no document gives a reason for a cash-only rule.",
    lang="zh", present=["限定为现金", "保函"],
    related=[E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金")])

unans("false_premise",
    "条例第十七条规定没约定利率的按每日万分之三付逾期利息，那我们拖了100天、欠款20万，应该付多少利息？",
    ["万分之三"],
    "Wrong figure: SME Art. 17 sets the default overdue interest at 万分之五 per day, not 万分之三; the computation built on "
    "the wrong rate is not in the documents.",
    lang="zh", present=["万分之五", "逾期利息"],
    related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

unans("false_premise",
    "《中央企业合规管理办法》是财政部发的，我们县医院作为事业单位是不是也得按它设首席合规官？",
    ["财政部"],
    "Wrong issuing body and scope: the Measures were issued by SASAC (国资委令第42号) and apply to central SOEs for which SASAC "
    "performs investor duties; they say nothing about county hospitals or the Ministry of Finance.",
    lang="zh", present=["国务院国有资产监督管理委员会", "首席合规官"],
    related=[E(SOE, "第二条", "本办法适用于国务院国有资产监督管理委员会（以下简称国资委）根据国务院授权履行出资人职责的中央企业")])

unans("false_premise",
    "Since the NDRC integrity notice requires provincial credit departments to report government breach-of-contract "
    "cases to the NDRC every quarter, what's the reporting deadline for the first quarter?",
    ["quarter", "quarterly", "every three months"],
    "Wrong frequency: the NDRC notice has identified information shared 'in real time' and the NDRC evaluating and "
    "'regularly notifying' provinces; it sets no quarterly report or deadline.",
    lang="en", present=["in real time", "regularly notifying"],
    related=[E(NDRC, "III.(3)", "share identified breach of contract and dishonesty information in real time"),
             E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")])

unans("false_premise",
    "既然条例规定受理投诉部门要在5个工作日内把供应商的投诉转给处理部门，那我们医院被投诉后，处理部门多久会找我们核实？",
    ["5个工作日", "五个工作日"],
    "Wrong deadline: SME Art. 25 gives the accepting department 10 working days to transfer a complaint, and the handling "
    "department 30 days (max 90) to produce a result; no time for contacting the respondent is set.",
    lang="zh", present=["10个工作日", "30日内形成处理结果"],
    related=[E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门")])

unans("false_premise",
    "The SME payment regulation lets large companies pay a small supplier only once they've been paid by their own "
    "customer (pay-when-paid). Can a public hospital use the same back-to-back clause?",
    ["pay-when-paid", "back-to-back"],
    "Contradicted premise: SME Art. 9 forbids large enterprises from making receipt of third-party payment a condition of "
    "paying SMEs (PE Art. 68 likewise); public institutions must pay within 30 days (max 60 by contract).",
    lang="en", present=["第三方付款", "30日内支付款项"],
    related=[E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
             E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")])

unans("false_premise",
    "政务处分法规定，公职人员退休前收过供应商的礼金，退休后查出来照样给予政务处分，对吧？",
    ["退休后仍", "照样给予"],
    "Contradicted confirmation: PS Art. 27 says retired officials are no longer given a 政务处分 (they may be investigated "
    "and their benefits adjusted), so the premise is wrong.",
    lang="zh", present=["已经退休的公职人员", "不再给予政务处分"],
    related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")])

# --------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "合同里约定验收合格后付款，条例对药品、耗材的验收期限有没有规定最长多少天？",
    ["验收期限最长", "验收期限不得超过"],
    "SME Art. 10 only requires the parties to agree a clear, reasonable inspection period (unless other rules apply) and "
    "starts the payment clock when it expires if inspection is delayed; no maximum number of days is given.",
    lang="zh", present=["明确、合理的检验或者验收期限"])

unans("not_covered",
    "We're renovating an outpatient building with a small contractor. What percentage of the contract price are we "
    "allowed to hold back as a construction quality retention deposit?",
    ["retention rate", "百分之", "3%", "5%"],
    "SME Art. 13 lists the permitted deposits (including 工程质量保证金) and says rate and method must follow laws and national "
    "rules; no percentage is stated in any document.",
    lang="en", present=["工程质量保证金", "保证金的收取比例"])

unans("not_covered",
    "去年全国一共有多少家机关、事业单位因为拖欠中小企业款项被列为失信、向社会公示？",
    ["失信单位数量", "多少家", "数量统计"],
    "SME Art. 26 and the NDRC notice describe recording and publicising dishonesty; no document gives counts or statistics "
    "of institutions listed.",
    lang="zh", present=["失信", "向社会公示"])

unans("not_covered",
    "供应商通过国家拖欠中小企业款项投诉平台投诉我们医院，他们需要交投诉费吗？",
    ["投诉费"],
    "SME Art. 24 sets up the national complaint platform and Art. 25 the handling deadlines; nothing is said about any fee "
    "for filing a complaint.",
    lang="zh", present=["投诉平台", "受理投诉部门"])

unans("not_covered",
    "If the complaint-handling department sends our hospital a supervision notice (督办书) over a supplier's complaint, "
    "within how many days do we have to respond?",
    ["督办书之日起"],
    "SME Art. 25 says a 督办书 is issued when the respondent fails to report back, and refusal after it can lead to "
    "interviews, public notice and orders to rectify; no response deadline is set.",
    lang="en", present=["督办书", "被投诉人"])

unans("not_covered",
    "供应商把我们医院告上法院，要逾期利息和违约金，按现在的条例我们这官司能打赢吗？",
    ["胜诉", "败诉"],
    "The documents state payment duties and default interest (SME Arts. 9, 17) and PE Art. 68 says courts should handle "
    "such cases promptly; none predicts the outcome of a particular lawsuit.",
    lang="zh", present=["逾期利息", "依法及时立案、审理、执行"])

# --------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年版的《保障中小企业款项支付条例》（国务院令第728号，修订前）对大型企业付款期限是怎么规定的？和现在比有什么变化？",
    ["修订前", "原条例", "2020年版"],
    "The corpus holds only the 2025 revised text (国务院令第802号修订); the 2020 original is named in the title but its "
    "wording is not included, so the old rule and the change cannot be read from the documents.",
    lang="zh", present=["国务院令第728号", "国务院令第802号"])

unans("superseded",
    "What did the GBA Integrity and Compliance Association's Guidelines for Enterprise Integrity and Compliance "
    "Construction, 2023 Edition, say about employees accepting gifts from suppliers?",
    ["gift", "gifts"],
    "The Guangzhou report only lists the 2023 Edition's release (March 2024) among the association's milestones; its "
    "content is not in any document.",
    lang="en", present=["2023 Edition", "Guidelines for Enterprise Integrity and Compliance Construction"])

unans("superseded",
    "政务处分法草案（征求意见稿）里，记过的处分期原来定的是多少个月？后来正式通过时改了吗？",
    ["草案", "征求意见稿"],
    "Only the law as adopted on 2020-06-20 is in the corpus (Art. 8: 记过十二个月); no draft or consultation text is included.",
    lang="zh", present=["记过，十二个月"])

unans("superseded",
    "Under the 2018 trial version of SASAC's compliance guidelines for central SOEs, was there already "
    "a chief compliance officer role, or did that only come with the 2022 Measures?",
    ["2018", "试行", "指引（试行）"],
    "The corpus holds only the 2022 SASAC Measures (Art. 12 sets up the 首席合规官); no earlier trial guideline is included.",
    lang="en", present=["首席合规官", "中央企业合规管理办法"])

# --------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "Our company wants to let a new hire go before the end of their probation period. Under the employment contract, "
    "how much severance payment do we owe them?",
    ["severance", "probation"],
    "Labour-contract termination and severance pay are not dealt with in any of the seven documents.",
    lang="en")

unans("out_of_domain",
    "医院给职工发的年终奖，个人所得税是单独计税还是并入综合所得？公家单位和公司算法一样吗？",
    ["个人所得税", "年终奖"],
    "Individual income tax on year-end bonuses is outside all seven documents.",
    lang="zh")

unans("out_of_domain",
    "供应商按合同开给我们的增值税专用发票弄丢了，财务还能凭复印件付款入账吗？",
    ["增值税", "专用发票"],
    "VAT invoice handling and accounting are outside the documents (BE Art. 46 only mentions promoting 电子发票 in tax "
    "services).",
    lang="zh", present=["电子发票"])
