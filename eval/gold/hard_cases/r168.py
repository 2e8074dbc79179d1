"""Hard-case gold items, hundred-and-sixty-eighth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a Singaporean regional counsel for a logistics company expanding into South China
(Guangzhou, Nansha, Foshan, Shenzhen). She writes precise British-style English with legal drafting
habits ("for the avoidance of doubt", "save that", "notwithstanding", "on that footing"), now and
then pastes a Chinese term she is unsure of (保证金, 政商交往, 民营经济组织), and writes about a
quarter of her questions in fairly formal Chinese. She often restates what she believes a rule says
as a premise clause before asking the consequential question, and sometimes attributes a rule to
the wrong document or body.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "We have an investment-promotion agreement with a district government in Zhaoqing for a bonded "
    "warehouse. The district has now declined to pay the agreed rent subsidy, citing a change of "
    "leadership in its commerce bureau. For the avoidance of doubt, under the NDRC's government "
    "integrity notice does a personnel change excuse the non-performance, or is it still treated as "
    "breach of contract and dishonesty?",
    "It does not excuse it. Item II.(2) of the NDRC notice provides that failure to perform due to "
    "institutional adjustments, personnel changes and other reasons shall all be regarded as breach of "
    "contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "Suppose the local authority is in due course recorded as dishonest and then settles what it owes "
    "us. What does the NDRC notice say has to happen before that dishonesty record is lifted and the "
    "punishment measures stop?",
    "Under III.(6), once the identifying department confirms that the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the "
    "dishonesty punishment measures terminated.",
    ["corrected and performance completed", "promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored"),
     E(NDRC, "III.(6)", "dishonesty punishment measures terminated")],
    lang="en")

add("single",
    "For a board paper: how many typical scenarios do the two batches of the Guangzhou guidelines on "
    "政商交往 cover between them, and does the drafting committee member suggest the list is exhaustive?",
    "33 scenarios across the two batches; Wang Yuqun expressly said they cannot encompass all situations, "
    "and that the core test is whether conduct is for the public good or for personal gain.",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "我司（属中小企业）拟以对某大型客户的应收账款办理保理融资。请问在我方提出确权请求后，该客户须在多长时间内确认债权债务关系？",
    "《保障中小企业款项支付条例》第十六条第二款：大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="zh")

add("single",
    "据悉我们在某项目谈判中的对口官员已被监察机关立案调查。请问在调查期间，他本人是否可以出境或者辞去公职？",
    "不可以擅自为之。《公职人员政务处分法》第五十二条第二款：公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职。",
    ["未经监察机关同意，不得出境、辞去公职"],
    [E(PS, "第五十二条", "公职人员在被立案调查期间，未经监察机关同意，不得出境、辞去公职")],
    lang="zh")

add("single",
    "We are tendering for a freight contract with a central SOE subsidiary, which says the award is a "
    "'major decision' requiring compliance sign-off. Under the SASAC compliance measures, whose signature "
    "must the compliance review opinion on a major decision bear?",
    "The chief compliance officer's. Article 21 of the Central SOE Compliance Measures makes compliance "
    "review a mandatory step, and the compliance review opinion on major decisions must be signed by the "
    "chief compliance officer (首席合规官).",
    ["由首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")],
    lang="en")

add("single",
    "When a PRC ministry puts draft rules that closely affect business operations out for public "
    "consultation, what is the ordinary minimum comment period under the State Council's business "
    "environment regulations? Our trade association wants to know how long we would usually have to "
    "make submissions.",
    "Generally not less than 30 days (Optimizing Business Environment Regulations, art. 62, para. 2).",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="en")

add("single",
    "Our PRC operating entity is wholly owned by the Singapore parent, itself controlled by Singaporean "
    "shareholders. Notwithstanding that the entity is established in China, would it fall within "
    "'民营经济组织' as the Private Economy Promotion Law defines it, and what other regime is engaged "
    "where foreign investment is involved?",
    "Article 77 defines 民营经济组织 as profit-making legal persons, unincorporated organisations and "
    "individual businesses established in the PRC that are controlled (by shareholding or in fact) by "
    "Chinese citizens, or controlled by such organisations; an entity controlled by Singaporean "
    "shareholders does not on its face meet that test. Where a private economic organisation involves "
    "foreign investment, the foreign investment laws and regulations also apply.",
    ["由中国公民控股或者实际控制", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人、"
                        "非法人组织和个体工商户"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

# ---- multi

add("multi",
    "Premise: we qualify as an SME in the PRC and provide trucking services to a large enterprise under a "
    "contract that is silent both on payment terms and on late-payment interest. Within what period must "
    "the customer pay from delivery, and, should it pay late, at what rate does default interest run?",
    "It must pay within 60 days of delivery of the services (SME Payment Regulations art. 9, para. 2); if "
    "it pays late and no rate was agreed, overdue interest runs at a daily rate of 0.05% (万分之五) "
    "(art. 17).",
    ["60日内支付款项", "每日利率万分之五"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")

add("multi",
    "请教：降级、撤职这两种政务处分的期间分别是多久？期满解除之后，原来的职务和待遇是否随之恢复？",
    "第八条：降级、撤职的期间均为二十四个月。第二十六条：开除以外的政务处分期满后自动解除，但解除降级、撤职的，"
    "不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇。",
    ["降级、撤职，二十四个月", "不恢复原职务"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第二十六条", "但是，解除降级、撤职的，不恢复原职务、职级、衔级、级别、岗位和职员等级、职称、薪酬待遇。")],
    lang="zh")

add("multi",
    "A municipal works bureau wants our construction-logistics JV (an SME) to post a performance 保证金 "
    "strictly in cash. Am I right that they cannot insist on cash and must accept a bank guarantee "
    "instead? And is there a more general State Council policy steer towards guarantees in lieu of cash "
    "deposits?",
    "Yes. Under art. 13 of the SME Payment Regulations, agencies, public institutions and large "
    "enterprises may not restrict deposits to cash and must accept a guarantee issued by a financial "
    "institution. More generally, art. 25 of the Optimizing Business Environment Regulations promotes "
    "replacing cash enterprise-related deposits with financial institution guarantees (保函).",
    ["不得将保证金限定为现金", "应当接受", "推广以金融机构保函替代现金缴纳涉企保证金"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金。中小企业以金融机构出具的保函等提供保证的，"
                       "机关、事业单位和大型企业应当接受。"),
     E(BE, "第二十五条", "推广以金融机构保函替代现金缴纳涉企保证金。")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "发改委关于完善政府诚信履约机制的那份通知中，对于有政府失信记录的地级及以上城市，发改委会采取哪些措施？",
    "通知第III.(4)项：对有政府失信记录的地级及以上城市，发改委将取消其在发展改革系统的评奖评优和试点示范资格，"
    "加大城市信用监测扣分权重，并取消社会信用体系建设示范区称号或资格。",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones of social credit system construction"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records"),
     E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations"),
     E(NDRC, "III.(4)", "increase the weight of city credit monitoring deductions"),
     E(NDRC, "III.(4)", "cancel the title or eligibility for demonstration zones")],
    lang="zh")

add("cross_lingual",
    "If one of our staff reports misconduct through a central SOE client's whistleblowing channel, does "
    "the SASAC compliance regime oblige the SOE to keep the reporter's identity confidential? And may a "
    "tip-off that proves true be rewarded?",
    "Yes on both counts: under art. 24 of the Central SOE Compliance Measures the SOE must keep the "
    "whistleblower's identity and the reported matters strictly confidential, may give an appropriate "
    "reward where the report proves true, and no one may retaliate against the whistleblower.",
    ["对举报人的身份和举报事项严格保密", "可以给予适当奖励"],
    [E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密，对举报属实的举报人可以给予适当奖励。")],
    lang="en")

add("cross_lingual",
    "Our Guangzhou team has asked whether a mooncake hamper with a prepaid card for a customs officer is "
    "acceptable. Leaving aside our own anti-bribery policy, what sanctions does the Public Officials "
    "Sanctions Law provide for an official who accepts gifts or cash that could affect the impartial "
    "exercise of public power?",
    "Article 34: a warning, demerit or major demerit; where the circumstances are relatively serious, "
    "demotion or removal from post; where serious, expulsion.",
    ["予以警告、记过或者记大过", "情节较重的，予以降级或者撤职", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；"
                        "情节较重的，予以降级或者撤职；情节严重的，予以开除。")],
    lang="en")

# ---- paraphrase

add("paraphrase",
    "Say we promise a Guangzhou district certain headcount and output numbers as part of an inward "
    "investment deal, and then the market turns and we fall short through no fault of our own. Is there "
    "any room to revisit those numbers or buy ourselves time, or are we simply in default?",
    "According to the report on the second batch of the Guangzhou Guidelines, if an enterprise fails to "
    "complete its targets due to objective reasons it can negotiate adjustments and enjoy a grace period; "
    "if an agreement cannot be fulfilled because of policy changes, procedures can be rectified or a "
    "transition period set.",
    ["negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "fails to complete its targets due to objective reasons"),
     E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

add("paraphrase",
    "我们两年前在南沙设了一家公司，一直没开张，也没有欠谁的钱、别人也不欠我们，现在打算把它关掉。有没有比较省事的途径？",
    "《优化营商环境条例》第三十三条：对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销。",
    ["按照简易程序办理注销"],
    [E(BE, "第三十三条", "对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销。")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "As the SME payment regulations give government agencies and public institutions 90 days from "
      "delivery to pay an SME supplier, save where the contract provides otherwise, what recourse do we "
      "have if a municipal bureau overruns even that period?",
      ["90 days"],
      "SME Payment Regulations art. 9: agencies and public institutions must pay within 30 days of "
      "delivery; a contract may provide otherwise but the payment period may not exceed 60 days. There is "
      "no 90-day period, so the question's premise is wrong and cannot be answered as asked.",
      lang="en", present=["30日内支付款项", "最长不得超过60日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，"
                              "但付款期限最长不得超过60日")])

unans("false_premise",
      "Why did the Ministry of Commerce issue the 2023 notice on improving the government integrity "
      "performance mechanism (No. 1103)? Was it prompted by China's WTO transparency commitments?",
      ["Ministry of Commerce", "MOFCOM", "WTO"],
      "The notice (Development and Reform Finance [2023] No. 1103) was issued by the National Development "
      "and Reform Commission, not the Ministry of Commerce, and its stated purpose is to implement the CPC "
      "Central Committee and State Council Opinions on promoting the private economy; nothing links it to "
      "WTO commitments.",
      lang="en", present=["Development and Reform Finance"],
      related=[E(NDRC, "-", "Notice of the National Development and Reform Commission"),
               E(NDRC, "-", "Development and Reform Finance [2023] No. 1103")])

unans("false_premise",
      "据我理解，政务处分法规定，应当给予多个相同政务处分时，合并后的处分期最长不得超过三十六个月。那么某官员因三项违法行为各应记大过，合并后是否最多只能定为三十六个月？",
      ["三十六个月"],
      "《公职人员政务处分法》第十五条：应当给予撤职以下多个相同政务处分的，可以在一个政务处分期以上、多个政务处分期之和以下确定，"
      "但最长不得超过四十八个月，而非三十六个月；前提错误。",
      lang="zh", present=["四十八个月"],
      related=[E(PS, "第十五条", "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月")])

unans("false_premise",
      "Our SOE joint-venture partner tells us that the SASAC compliance measures require every central "
      "SOE to create a standalone chief compliance officer post at vice-president level, separate from "
      "the general counsel. On that footing, to whom does that new CCO report?",
      ["standalone", "vice-president"],
      "SOE Compliance Measures art. 12: the chief compliance officer is set up without adding leadership "
      "posts or headcount and is held concurrently by the general counsel (由总法律顾问兼任), answering to "
      "the enterprise's principal responsible person. There is no standalone vice-president-level post, "
      "so the question rests on a false premise.",
      lang="en", present=["不新增领导岗位和职数", "由总法律顾问兼任"],
      related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
                                "对企业主要负责人负责")])

unans("false_premise",
      "Since the Private Economy Promotion Law took effect on 1 January 2025, I take it that our framework "
      "agreement with a Shenzhen district government signed in February 2025 already enjoyed its "
      "protection against the government walking away from contracts. Could you confirm?",
      ["1 January 2025", "2025年1月1日"],
      "PE Law art. 78: the law took effect on 20 May 2025 (it was adopted on 30 April 2025), not on "
      "1 January 2025, so the premise that it covered the agreement from February 2025 is wrong.",
      lang="en", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "I am told the Guangzhou Guidelines on government-business interactions were promulgated by the "
      "Guangdong Provincial Department of Commerce. If so, is that Department the right body to approach "
      "when one of our scenarios is ambiguous?",
      ["Department of Commerce"],
      "The GZ report (¶7) says the Guidelines (two batches) were issued by the Guangzhou Municipal "
      "Commission for Discipline Inspection and Supervision; no commerce department is involved, so the "
      "question rests on a misattribution.",
      lang="en", present=["Municipal Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])

unans("false_premise",
      "条例要求机关、事业单位于每年6月30日前公开上一年度逾期尚未支付中小企业款项的信息。若某区住建局7月才公开，是否即构成违反该期限？",
      ["6月30日"],
      "《保障中小企业款项支付条例》第十八条规定的期限是每年3月31日前，而非6月30日；问题的前提有误。",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

# ---- not_covered

unans("not_covered",
      "What is the filing fee, if any, for lodging an arrears complaint on the national SME arrears "
      "complaint platform, and is it refunded if the complaint succeeds?",
      ["filing fee", "手续费"],
      "SME Payment Regulations arts. 24-25 set up the national complaint platform and the complaint "
      "procedure (transfer within 10 working days, result within 30 days, at most 90), but no document "
      "mentions any fee or refund.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "How many prefecture-level cities have actually had their social credit demonstration zone titles "
      "cancelled under the NDRC mechanism since 2023? I need a figure for a risk memo.",
      ["cities have had", "titles cancelled"],
      "NDRC notice III.(4) says the commission will cancel the demonstration-zone title or eligibility of "
      "cities with dishonesty records, but no document gives any count of cities actually affected.",
      lang="en", present=["demonstration zones"])

unans("not_covered",
      "Could you list all 33 scenarios in the Guangzhou Guidelines, in order, so that we can map them "
      "against our gifts-and-hospitality policy?",
      ["Scenario 1", "Scenario 33"],
      "The GZ report gives the number (33 scenarios in two batches, ¶10) and a few examples (meals, "
      "vehicles, investment promotion to project landing) but does not list the scenarios; no other "
      "document does.",
      lang="en", present=["33 scenarios"])

unans("not_covered",
      "Would our acquisition of a bonded-logistics park operator in Nansha trigger a foreign investment "
      "security review, and what is the filing threshold?",
      ["security review", "安全审查"],
      "The corpus only says (PE Law art. 77) that foreign-invested private economic organisations are also "
      "subject to the foreign investment laws; no document deals with security review or thresholds.",
      lang="en", present=["外商投资法律法规"])

unans("not_covered",
      "What is the typical remuneration of a chief compliance officer at a central SOE? We are "
      "benchmarking a hire for our own group.",
      ["remuneration", "年薪"],
      "SOE Compliance Measures art. 12 only says the CCO post is held concurrently by the general counsel "
      "without new leadership posts; nothing in any document addresses pay.",
      lang="en", present=["首席合规官"])

unans("not_covered",
      "Within how many working days must the 'identifying department' complete its verification of a "
      "breach-of-contract complaint against a local government under the NDRC notice?",
      ["working days"],
      "NDRC notice II.(2) only says complaint clues are to be transferred immediately and verified, with "
      "prompt feedback if untrue; it sets no verification deadline. (The 10-working-day and 30-day limits in "
      "SME Payment Regulations art. 25 concern SME arrears complaints, not this mechanism.)",
      lang="en", present=["immediately transfer"])

# ---- out_of_domain

unans("out_of_domain",
      "Quick one unrelated to China: what are the current CPF contribution rates for employees above 55 "
      "and up to 60 in Singapore?",
      ["CPF"],
      "Singapore social security contributions; nothing to do with the seven documents.",
      lang="en")

unans("out_of_domain",
      "Under Incoterms 2020 DAP, who bears the risk of unloading at the named place of destination?",
      ["Incoterms", "DAP"],
      "International trade terms; none of the documents deals with them.",
      lang="en")

unans("out_of_domain",
      "从新加坡寄纸质合同原件到广州，走顺丰国际一般需要几天？",
      ["顺丰"],
      "国际快递时效问题，与七份文件无关。",
      lang="zh")

# ---- superseded

unans("superseded",
      "To compare what changed: under the original 2020 text of the SME payment regulations (款项支付条例), "
      "before the 2025 revision, what payment period applied to large enterprises buying from SMEs?",
      ["修订前", "2020 text"],
      "The corpus holds only the 2025 revised text (State Council Order No. 802, effective 1 June 2025); "
      "its header mentions the 2020 publication (Order No. 728) but not the 2020 wording, so the earlier "
      "version cannot be quoted.",
      lang="en", present=["第728号"])

unans("superseded",
      "2018年的《中央企业合规管理指引（试行）》对合规委员会是如何规定的？与现行办法相比有何变化？",
      ["合规管理指引", "2018年"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（第十一条规定合规委员会），没有2018年的试行指引，无法比较。",
      lang="zh", present=["合规委员会"])

unans("superseded",
      "In the second-reading draft of the Private Economy Promotion Law circulated in late 2024, how was the "
      "article on government arrears to private firms worded, and was it tightened in the final text?",
      ["second-reading draft", "草案"],
      "The corpus holds only the law as adopted on 30 April 2025 (art. 67 on payment of arrears); no draft "
      "version is included, so no comparison can be made.",
      lang="en", present=["第六十七条"])

unans("superseded",
      "Under the old Administrative Supervision Law that preceded the Public Officials Sanctions Law, what "
      "sanctions could the supervisory organs impose on a civil servant who accepted gifts?",
      ["Administrative Supervision Law", "行政监察法"],
      "The corpus holds only the 2020 Public Officials Sanctions Law (made under the Supervision Law, "
      "监察法); the earlier Administrative Supervision Law is not in the corpus.",
      lang="en", present=["监察法"])
