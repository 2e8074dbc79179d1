"""Hard-case gold items, hundred-and-forty-fourth round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a journalist on the fact-check desk of a financial news site who spends her day on viral
posts about Chinese business and integrity policy (Weibo threads, WeChat explainers, LinkedIn
takes). She pastes the claim, in quotation marks or after "a post says" / "网传", and asks whether
it is true, what the rule really says, or, taking the post at face value, fires off a follow-on
question for her piece. She writes half in English and half in Chinese, quickly and a little
informally; many of the posts she checks are subtly wrong (a figure, a deadline, the body in
charge, who is bound), and she does not always notice.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "网传：“机关、大企业拖欠中小企业货款，合同里没写利率的，按每日万分之五付逾期利息。”这个说法靠谱吗？",
    "属实。《保障中小企业款项支付条例》第十七条：机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息；"
    "双方约定利率的，不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付。",
    ["每日利率万分之五", "1年期贷款市场报价利率"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "有公众号说“公职人员同时挨好几个记过，处分期可以叠加，但最长不超过48个月”，政务处分法原文是这个意思吗？",
    "基本属实。《公职人员政务处分法》第十五条：有两个以上违法行为的分别确定政务处分；应当给予撤职以下多个相同政务处分的，"
    "可以在一个政务处分期以上、多个政务处分期之和以下确定政务处分期，但是最长不得超过四十八个月（给予两种以上不同处分的，执行最重的）。",
    ["最长不得超过四十八个月", "多个政务处分期之和以下"],
    [E(PS, "第十五条", "但是最长不得超过四十八个月")],
    lang="zh")

add("single",
    "微博上有人说“按规定，涉企的规章、规范性文件公开征求意见至少要留30天”。帮我核一下原文到底怎么写的",
    "《优化营商环境条例》第六十二条：制定与市场主体生产经营活动密切相关的行政法规、规章、行政规范性文件，除依法需要保密外，"
    "应当向社会公开征求意见，期限“一般不少于30日”。原文是“一般”不少于30日，并非绝对的“至少”。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "网传“央企首席合规官由总法律顾问兼任，不新增领导岗位和职数”，出处是哪条？是真的吗",
    "属实。《中央企业合规管理办法》第十二条：中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责，领导合规管理部门组织开展相关工作。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "LinkedIn post: \"Under NDRC's 2023 integrity notice, entities with government dishonesty records can be barred from "
    "applying for local government special bonds.\" Accurate or overstated?",
    "Broadly accurate, though the notice says 'limit' rather than bar: under III.(4), for relevant entities with dishonesty "
    "records the NDRC will restrict support from central budget funds, limit applications for local government special "
    "bonds and restrict recommendations for financing projects according to regulations.",
    ["limit applications for local government special bonds", "restrict support from central budget funds"],
    [E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="en")

add("single",
    "Fact-checking a Weibo thread. It claims that under the NDRC notice a local government can't excuse a broken contract "
    "by pointing to a reshuffle or new officials coming in, it still counts as breach of contract and dishonesty. Is that "
    "what the notice says?",
    "Yes. Item II.(2) of the notice: failure to perform due to institutional adjustments, personnel changes and other "
    "reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("single",
    "quick check for a piece: a post says Guangzhou's government-business interaction guidelines cover \"33 scenarios\" "
    "across the two batches. is 33 the right number?",
    "Yes. In the report on the 12th lecture hall (¶10), the 33 scenarios covered in the two batches of the Guidelines are "
    "mentioned, with the caveat that they cannot encompass all situations.",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")],
    lang="en")

add("single",
    "An English WeChat explainer says the Guangzhou guidelines are written in a \"scenario + list + case\" format. Is that "
    "how the drafters themselves describe it, and why did they go that route?",
    "Yes. Drafting committee member Wang Yuqun (¶8) said the grass-roots level needed a document that is 'easy to "
    "understand and simple to apply', so they introduced specific behavioral scenarios and typical cases on the basis of "
    "positive and negative lists, forming the 'scenario + list + case' format adopted by both batches.",
    ["scenario + list + case", "positive and negative lists"],
    [E(GZ, "¶8", "forming the ‘scenario + list + case’ format adopted by both batches")],
    lang="en")

# ---- multi

add("multi",
    "网传某大企业的采购合同写着“甲方收到业主回款后再向供应商付款”，帖子说“这是行业惯例，完全合法”。对中小企业供应商来说，这种条款到底允不允许？",
    "不允许。《保障中小企业款项支付条例》第九条：大型企业从中小企业采购，不得约定以收到第三方付款作为向中小企业支付款项的条件，"
    "或者按照第三方付款进度比例支付；《民营经济促进法》第六十八条也规定，大型企业不得以收到第三方付款作为向中小民营经济组织支付账款的条件。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件"),
     E(PE, "第六十八条", "不得以收到第三方付款作为向中小民营经济组织支付账款的条件")],
    lang="zh")

add("multi",
    "A post claims that once NDRC's system tags a local government as \"dishonest\" for breaking a deal with a private "
    "firm, the label sticks for good. How does a government actually end up with that tag, and can it ever get rid of it?",
    "Not permanent. Under II.(2), complaint clues go to the superior or competent department for verification; if true, "
    "rectification is pushed, and those who refuse to rectify are confirmed as breach of contract and dishonesty. Under "
    "III.(6), once the identifying department confirms the behaviour has been corrected and performance completed, the "
    "dishonesty records should be promptly restored and punishment measures terminated.",
    ["Those who refuse to rectify shall be confirmed as breach of contract", "relevant dishonesty records should be promptly restored"],
    [E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("multi",
    "网传“国企可以要求等审计局审完、按审计结果再给民企结算，这是规定流程”。这说法有依据吗？",
    "不对。《保障中小企业款项支付条例》第十二条：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，"
    "法律、行政法规另有规定的除外；《民营经济促进法》第六十七条：国家机关、事业单位、国有企业除法律、行政法规另有规定外，"
    "不得强制要求以审计结果作为结算依据。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "不得强制要求以审计结果作为结算依据"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(PE, "第六十七条", "不得强制要求以审计结果作为结算依据")],
    lang="zh")

# ---- cross_lingual

add("cross_lingual",
    "An English-language LinkedIn post says: \"China's SME payment rules force big buyers to confirm receivables within 30 "
    "days when a small supplier wants to borrow against them.\" Is that correct?",
    "Yes, and it is not only big buyers: under Article 16 of the SME payment regulations (保障中小企业款项支付条例 第十六条), "
    "where an SME finances with receivables, agencies, public institutions and large enterprises must confirm the "
    "creditor-debtor relationship within 30 days of the SME's request for confirmation.",
    ["30日内确认债权债务关系", "应收账款融资"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")],
    lang="en")

add("cross_lingual",
    "Saw this in an English newsletter: \"Under China's business environment regulations, if an agency hires an outside "
    "intermediary to do technical work during an approval, the applicant company can be billed for it.\" True?",
    "False. Article 43 of the Regulations on Optimizing the Business Environment (优化营商环境条例 第四十三条): where an "
    "administrative organ needs an intermediary for technical services during approval, it must select one competitively "
    "and bear the service fees itself, and may not shift them onto market entities.",
    ["自行承担服务费用", "不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "并自行承担服务费用，不得转嫁给市场主体承担")],
    lang="en")

add("cross_lingual",
    "网传广州政商交往指引第二批写了：“国企按尽职、合规程序做的投资，因为市场风险亏了，相关人员可以免责。”那篇英文报道里真这么说吗？",
    "是的。报道中广州地铁集团王晓斌谈第二批指引时说（¶21）：指引明确，尽职并经合规决策程序作出的投资，因市场风险等客观因素造成损失的，"
    "相关人员可以免责（the relevant personnel may be exempted from liability）。",
    ["may be exempted from liability", "due diligence and through compliant decision-making procedures"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "网传“当官的只要光荣退下来，以前那些烂账就一笔勾销，谁也动不了他了”，真是这样吗？",
    "不准确。《公职人员政务处分法》第二十七条：已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查；"
    "依法应当予以降级、撤职、开除的，应当按照规定相应调整其享受的待遇，违法取得的财物依照第二十五条处理。",
    ["可以对其立案调查", "相应调整其享受的待遇"],
    [E(PS, "第二十七条", "不再给予政务处分，但是可以对其立案调查")],
    lang="zh")

add("paraphrase",
    "Someone on LinkedIn says Guangzhou now lets a company that was wooed into the city walk back what it promised: if it "
    "can't hit the numbers for reasons outside its control, it can reopen talks and get some breathing room. Is that "
    "really in the guidance?",
    "According to the report (¶18, Chen Lin on the second batch of the Guidelines): if an enterprise fails to complete its "
    "targets due to objective reasons, it can negotiate adjustments and enjoy a grace period; if an agreement cannot be "
    "fulfilled due to policy changes, procedures can be rectified or a transition period set.",
    ["it can negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")],
    lang="en")

# ---- false_premise

unans("false_premise",
      "网传“中小企业投诉被拖欠账款后，处理部门必须在15个工作日内给出书面处理结果”。那要是过了15个工作日还没答复，企业下一步该找谁？",
      ["15个工作日", "十五个工作日"],
      "《保障中小企业款项支付条例》第二十五条：受理投诉部门自正式受理之日起10个工作日内将投诉转交处理投诉部门；处理投诉部门自收到投诉材料之日起"
      "30日内形成处理结果并书面反馈，情况复杂的经批准可延长，但最长不超过90日。没有“15个工作日出结果”的规定，问题的前提不成立，无法按其假设回答。",
      lang="zh", present=["10个工作日", "30日内形成处理结果"],
      related=[E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")])

unans("false_premise",
      "网传“公职人员被降级后要熬满36个月处分期才能解除”。那这36个月里工资档次还能不能涨？",
      ["三十六个月", "36个月"],
      "《公职人员政务处分法》第八条：降级、撤职的政务处分期为二十四个月（警告六个月、记过十二个月、记大过十八个月），没有36个月的处分期；"
      "问题以错误的期限为前提。",
      lang="zh", present=["二十四个月"],
      related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
      "有篇爆款文章说“国资委新规要求，央企重大决策的合规审查意见必须由董事长签字”。董事长出差不在的时候，能不能授权副手代签？",
      ["董事长"],
      "《中央企业合规管理办法》第二十一条规定重大决策事项的合规审查意见应当由首席合规官签字，而非董事长；"
      "首席合规官由总法律顾问兼任（第十二条）。文件未涉及代签问题，前提本身错误。",
      lang="zh", present=["首席合规官签字"],
      related=[E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")])

unans("false_premise",
      "网传《民营经济促进法》是2025年7月1日起施行的。那5月底签的合同，还适用这部法吗？",
      ["2025年7月1日"],
      "《民营经济促进法》第七十八条：本法自2025年5月20日起施行，而不是7月1日；问题基于错误的施行日期，且法中对具体合同的适用未作此类说明。",
      lang="zh", present=["2025年5月20日"],
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])

unans("false_premise",
      "A Weibo thread says the NDRC notice strips county-level governments with dishonesty records of their eligibility for "
      "development-and-reform awards and pilot programmes. Why did NDRC single out county governments?",
      ["county-level", "county"],
      "Item III.(4) of the NDRC notice applies the cancellation of award and pilot-demonstration eligibility to "
      "prefecture-level and above cities with government dishonesty records; counties are not mentioned, so the "
      "why-question rests on a false premise.",
      lang="en", present=["prefecture-level and above cities"],
      related=[E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

unans("false_premise",
      "Post says \"over 500 guests\" packed the Liby Center for the 12th Integrity and Compliance Lecture Hall on Dec 26. "
      "Why did this session draw 500 people when the earlier ones were so much smaller?",
      ["500 guests"],
      "The report (¶3) says the event gathered over 100 guests, not 500; it gives no attendance figures for earlier "
      "sessions either, so the comparison in the question cannot be made.",
      lang="en", present=["over 100 guests"],
      related=[E(GZ, "¶3", "this event gathered over 100 guests")])

unans("false_premise",
      "A post explains that Chinese government agencies and public institutions have until June 30 every year to publish "
      "how many SME contracts they're behind on paying. Where exactly do they have to post it by that June 30 deadline?",
      ["June 30", "6月30日"],
      "Article 18 of the SME payment regulations (第十八条) sets the deadline as before 31 March (3月31日) each year, for "
      "the previous year's overdue contracts, published via websites, newspapers and the like; there is no 30 June "
      "deadline, so the question's premise is wrong.",
      lang="en", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

# ---- not_covered

unans("not_covered",
      "网传“国家拖欠中小企业款项投诉平台去年受理了超过一万件投诉”。这个数字有官方出处吗？",
      ["一万件", "投诉量"],
      "《保障中小企业款项支付条例》第二十四条只规定国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台，"
      "七份文件均无投诉数量统计，无法核实该数字。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "网传“对政务处分不服，收到决定书一个月内可以申请复审”。政务处分法里复审的申请期限到底是多少天？",
      ["一个月内申请复审", "收到政务处分决定书之日起"],
      "《公职人员政务处分法》第四十五条只要求政务处分决定书载明申请复审、复核的途径和期限，第五十五条规定可以申请复审、复核，"
      "但未写明具体天数；其他文件也没有，无法从文件中回答。",
      lang="zh", present=["申请复审、复核的途径和期限"])

unans("not_covered",
      "网传“民营经济促进法的配套实施细则年底前一定出台”，有依据吗？大概什么时候能出？",
      ["实施细则"],
      "《民营经济促进法》及其他文件均未提及配套实施细则或其出台时间；这是对未来的预测，文件无法回答。",
      lang="zh")

unans("not_covered",
      "A viral post says Evergrande owes small contractors over 2 billion yuan and has already been publicly named as a "
      "dishonest payer under the SME payment rules. Has it actually been put on a list?",
      ["Evergrande", "2 billion"],
      "The SME payment regulations (第二十六条) describe recording dishonesty in credit records and public disclosure in "
      "serious cases, but no document names any company or gives case details; a specific case cannot be checked here.",
      lang="en", present=["国家企业信用信息公示系统"])

unans("not_covered",
      "A post says the second batch of the Guangzhou guidelines alone has 18 scenarios. How are the 33 scenarios split "
      "between the first and second batch?",
      ["18 scenarios", "15 scenarios"],
      "The report (¶10) only gives the total of 33 scenarios across the two batches; it does not break them down by "
      "batch, and no other document does.",
      lang="en", present=["33 scenarios"])

unans("not_covered",
      "Is there any fee for filing a breach-of-contract complaint against a government department through the credit "
      "complaint columns the NDRC notice set up? One post says it's free of charge, another says there's a filing fee.",
      ["filing fee", "free of charge"],
      "Item II.(1) of the NDRC notice asks provincial credit leading departments to establish or improve special columns "
      "for breach of contract and dishonesty complaints, but says nothing about fees; no document covers it.",
      lang="en", present=["special columns for breach of contract and dishonesty complaints"])

# ---- out_of_domain

unans("out_of_domain",
      "A post going around claims the Fed will cut rates three times before year-end. Can you verify that?",
      ["Federal Reserve", "Fed", "rate cut"],
      "US monetary policy has nothing to do with the seven documents.",
      lang="en")

unans("out_of_domain",
      "LinkedIn post says stamp duty on stock trades is being cut again. What's the new rate?",
      ["stamp duty", "stock trades"],
      "Securities stamp duty is not covered by any of the seven documents.",
      lang="en")

unans("out_of_domain",
      "网传“北京明年起新能源车指标摇号改成按家庭积分”，是真的吗？",
      ["摇号", "新能源车"],
      "小客车指标摇号政策与七份文件无关。",
      lang="zh")

# ---- superseded

unans("superseded",
      "网上流传的是2020年原版《保障中小企业款项支付条例》。那一版是哪天开始施行的？原来大企业的付款期限是怎么写的？",
      ["2020年9月1日"],
      "语料只收录2025年3月17日国务院令第802号修订后的条例（自2025年6月1日起施行），只在标题中提到2020年国务院令第728号公布；"
      "2020年原版的施行日期和原条文不在文件中，无法回答。",
      lang="zh", present=["国务院令第728号"])

unans("superseded",
      "网传“2018年的《中央企业合规管理指引（试行）》就已经要求设首席合规官”。那份试行指引原文是怎么规定的？",
      ["合规管理指引", "试行", "2018年"],
      "语料只有2022年国资委令第42号《中央企业合规管理办法》（2022年10月1日起施行），其第十二条规定设立首席合规官；"
      "2018年的试行指引不在文件中，无法回答其原文。",
      lang="zh", present=["令第42号"])

unans("superseded",
      "A post quotes the October 2024 draft of the Private Economy Promotion Law, the version put out for public comment. "
      "What did that draft say about paying private firms on time, and what changed in the final text?",
      ["draft", "October 2024", "征求意见稿"],
      "The corpus holds only the law as adopted on 30 April 2025 (effective 20 May 2025); no draft version is included, "
      "so the draft's wording and the changes cannot be answered.",
      lang="en", present=["2025年4月30日"])

unans("superseded",
      "Someone on Weibo compares the 2020 public official sanctions law with the 2007 civil servant punishment regulations "
      "that came before it. Under the 2007 regulations, how long did a demerit (记过) last?",
      ["2007", "Regulations on the Punishment of Civil Servants"],
      "The corpus holds only the 2020 Law on Administrative Sanctions for Public Officials (第八条: 记过 lasts 十二个月); "
      "the 2007 regulations are not among the documents, so their terms cannot be given.",
      lang="en", present=["十二个月"])
