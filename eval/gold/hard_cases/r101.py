"""Hard-case gold items, hundred-and-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: the China manager of a Korean electronics supplier in Suzhou, writing English as a second
language (grammar slips, Korean-style phrasing, Chinese words in pinyin), sometimes simple Chinese;
asks about payment by state customers, gifts and meals with officials, and what the documents say
about foreign companies.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)


# =========================================================================== answerable: single

add("single",
    "Our customer is one kaifaqu guanweihui project. Last month new lingdao come and he say the old "
    "supply agreement is signed by the before leader, so not his business, payment stop. In the NDRC "
    "notice this kind of case is count as government shixin or not?",
    "Yes. Under item II.(2) of the NDRC notice, failure to perform because of institutional "
    "adjustments, personnel changes or similar reasons is all regarded as breach of contract and "
    "dishonesty.",
    ["personnel changes", "breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "My Chinese pengyou tell me after Guangzhou publish the new zhengshang jiaowang guideline, the "
    "discipline become more loose, so now we can invite lingdao for dinner more freely. Is this "
    "true, what the guideline drafter was saying about it?",
    "No. The drafting committee member said the Guidelines are not intended to \"relax "
    "discipline\"; they aim to stop grass-roots units from imposing excessive restrictions, "
    "unnecessary barriers and a one-size-fits-all approach (¶10).",
    ["relax discipline", "imposing excessive restrictions"],
    [E(GZ, "¶10", "not intended to “relax discipline”, but to prevent grass-roots units"),
     E(GZ, "¶10", "from imposing excessive restrictions")],
    lang="en")

add("single",
    "Guangzhou guideline have two batch. Which batch is talking about eating meal and taking car "
    "together with government people? I want send only that part to my sales team for study.",
    "The first batch: it responded to regular government-business interaction issues such as "
    "\"what meals can be eaten and what vehicles can be taken\" (¶9).",
    ["the first batch", "what meals can be eaten and what vehicles can be taken"],
    [E(GZ, "¶9", "the first batch systematically responded to regular government-business"),
     E(GZ, "¶9", "“what meals can be eaten and what vehicles can be taken”")],
    lang="en")

add("single",
    "我们是苏州一家小电子厂，给区里一个事业单位（公立医院）供货，对方合同里写交货以后90天付款。这个付款期限是可以的吗？",
    "不可以。第九条：机关、事业单位应当自货物交付之日起30日内支付款项；合同另有约定的，付款期限最长也不得超过60日，90天超出了上限。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("single",
    "有个国企大客户每次付款都给我们开电子商票，要半年以后才能兑现，我们其实不想要这种，我们可以不接受吗？",
    "可以不接受被强制的商票。第十一条：使用商业汇票、应收账款电子凭证等非现金方式付款，应在合同中明确、合理约定，"
    "不得强制中小企业接受，也不得借此变相延长付款期限。",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限"],
    [E(SME, "第十一条", "应当在合同中作出明确、合理约定，不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"),
     E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限")],
    lang="zh")

add("single",
    "中秋节的时候我们给海关一个科长送了月饼和购物卡，他收下了。如果以后被查出来，他本人会受什么样的处分？",
    "第三十四条：收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的降级或者撤职；情节严重的开除。",
    ["予以警告、记过或者记大过", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "Our payment from one jiedao government office is stuck 8 month already. I remember the NDRC "
    "notice say there is some Ministry platform where SME can complain the arrears. What is the name "
    "of this platform exactly?",
    "Item II.(1) names the Ministry of Industry and Information Technology's \"Registration "
    "(Complaint) Platform for Breach of Contract and Arrears to SMEs\" among the complaint channels.",
    ["Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"],
    [E(NDRC, "II.(1)", "the Ministry of Industry and Information Technology's"),
     E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs")],
    lang="en")

add("single",
    "区政府采购一批测试设备，招标文件里写只有内资企业才能投标，我们是韩国投资的公司就被排除了。这样做符合规定吗？",
    "不符合。《优化营商环境条例》第十三条：招标投标和政府采购应当依法平等对待各类所有制和不同地区的市场主体，不得以不合理条件或者产品产地来源等进行限制或者排斥。",
    ["依法平等对待各类所有制和不同地区的市场主体", "不得以不合理条件或者产品产地来源等进行限制或者排斥"],
    [E(BE, "第十三条", "招标投标和政府采购应当公开透明、公平公正，依法平等对待各类所有制和不同地区的市场主体"),
     E(BE, "第十三条", "不得以不合理条件或者产品产地来源等进行限制或者排斥")],
    lang="zh")


# =========================================================================== answerable: multi

add("multi",
    "我们卖给一个政府机关一套检测设备，合同写“验收合格后付款”，验收期限写的是15天。可是设备装好三个月了他们一直不来验收。付款期限到底从哪天开始算？最多可以拖多少天？",
    "第十条：以验收合格为付款条件的，付款期限自验收合格之日起算；对方拖延验收的，自约定的验收期限届满之日起算。第九条：机关应在30日内付款，合同另有约定的最长不得超过60日。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "30日内支付款项", "最长不得超过60日"],
    [E(SME, "第十条", "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")],
    lang="zh")

add("multi",
    "One shuiwuju officer who take our gift got jiguo (记过) punishment. My boss want to know: how "
    "long this chufen will last, and during that time he can still get promotion or salary go up?",
    "A 记过 sanction period is twelve months (Article 8). During the period a civil servant may not be "
    "promoted in post, rank or grade, and one given 记过 may not move up a salary step (Article 19).",
    ["记过，十二个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "公务员以及参照《中华人民共和国公务员法》管理的人员在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="en")

add("multi",
    "Big guoqi customer tell us we must wait the shenji result from the government shenjiju before "
    "they settle our payment, now it is already 2 month late. They can require like this? And for "
    "the late money, how much interest we can ask if our contract say nothing about it?",
    "Except where laws or administrative regulations provide otherwise, state-owned enterprises may "
    "not force audit results to be the basis of settlement (Private Economy Promotion Law art. 67). "
    "A large enterprise paying late must pay overdue interest; with no agreed rate it is 0.05% per "
    "day (SME Payment Regulation art. 17).",
    ["不得强制要求以审计结果作为结算依据", "应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据"),
     E(SME, "第十七条", "机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息"),
     E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="en")


# =========================================================================== answerable: cross_lingual

add("cross_lingual",
    "We are 100% Korean-owned factory, but registered as waizi company in Suzhou Industrial Park. "
    "The SME payment tiaoli is protect only Chinese neizi company, or also us? And anything we must "
    "do when we sign contract with state customer?",
    "Article 3 covers medium, small and micro enterprises legally established within the PRC and "
    "classified under the State Council-approved standards, with no ownership condition; size is fixed "
    "at the time the contract is signed, and the SME should tell the agency, institution or large "
    "enterprise that it is an SME when signing.",
    ["在中华人民共和国境内依法设立", "依合同订立时的企业规模类型确定", "应当主动告知其属于中小企业"],
    [E(SME, "第三条", "本条例所称中小企业，是指在中华人民共和国境内依法设立，依据国务院批准的中小企业划分标准确定的中型企业、小型企业和微型企业"),
     E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定"),
     E(SME, "第三条", "中小企业与机关、事业单位、大型企业订立合同时，应当主动告知其属于中小企业")],
    lang="en")

add("cross_lingual",
    "The new minying jingji cujin fa from 2025 — our Suzhou company is fully owned by Korean "
    "headquarter. Are we count as a \"private economic organization\" in this law? If not, which "
    "rules it say apply for foreign investment?",
    "Article 77 defines private economic organizations as those established in China and controlled "
    "(by shareholding or actual control) by Chinese citizens, so a company controlled by a Korean "
    "parent does not meet the definition; where a private economic organization involves foreign "
    "investment, the foreign investment laws and regulations also apply.",
    ["由中国公民控股或者实际控制", "同时适用外商投资法律法规的相关规定"],
    [E(PE, "第七十七条", "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人"),
     E(PE, "第七十七条", "民营经济组织涉及外商投资的，同时适用外商投资法律法规的相关规定")],
    lang="en")

add("cross_lingual",
    "发改委2023年发的那个政务诚信的通知里面，地方政府如果被认定失信了，会有什么惩罚？还能申请地方政府专项债吗？",
    "通知第III.(4)项：对有失信记录的主体，发改委将限制中央预算内资金支持、限制申报地方政府专项债券、限制各类融资项目推荐；有政府失信记录的地级及以上城市还会被取消评奖和示范资格等。",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "our commission will restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="zh")


# =========================================================================== answerable: paraphrase

add("paraphrase",
    "镇上的办事处每年都让我们厂出钱支持他们搞运动会和节日活动，有时候还叫我们派几个工人过去帮忙，说每家厂都得出。我们不想出，可以吗？",
    "可以。《优化营商环境条例》第十四条：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体有权拒绝任何形式的摊派。",
    ["禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为", "市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

add("paraphrase",
    "Some local offices break their promise to companies again and again. Does Beijing ever tell "
    "everybody who are the worst ones, like on TV or online, or everything just stay inside the "
    "government?",
    "Item IV.(9) of the NDRC notice: a batch of cases with serious or repeated dishonesty and strong "
    "public complaints is selected, publicized on the \"Credit China\" website and exposed to society "
    "through news media.",
    ["Credit China", "through news media"],
    [E(NDRC, "IV.(9)", "Select a batch of cases with serious dishonesty, repeated dishonesty"),
     E(NDRC, "IV.(9)", 'publicize them on the "Credit China" website'),
     E(NDRC, "IV.(9)", "expose them to society through news media")],
    lang="en")


# =========================================================================== unanswerable: false_premise

unans("false_premise",
    "Why the SME payment tiaoli give government jiguan and shiye danwei 90 days to pay small "
    "supplier, but big company only 60 days? It seem not fair for us suppliers.",
    ["90 days", "90天"],
    "Article 9 gives agencies and public institutions 30 days from delivery (at most 60 by contract) "
    "and large enterprises 60 days; the 90-day term for state buyers is wrong (90日 appears only as "
    "the complaint-handling cap in Article 25).",
    lang="en", present=["30日内支付款项", "60日内支付款项"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
    "Article 18 of SME payment regulation: the government office must publish the overdue unpaid "
    "contracts before June 30 every year, right? I want check our customers' list in July.",
    ["June 30", "6月30日"],
    "Article 18 sets 31 March (每年3月31日前) for agencies and public institutions to publish the "
    "previous year's overdue contracts, not 30 June.",
    lang="en", present=["3月31日前"],
    related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息")])

unans("false_premise",
    "Since the NDRC notice say the government dishonesty record is automatically delete after 3 "
    "years, maybe better we just wait and keep good guanxi, not make complain. How you think?",
    ["3 years", "three years", "automatically"],
    "III.(6) restores records only once the identifying department confirms the dishonest behaviour "
    "is corrected and performance completed; no automatic expiry or time limit is stated anywhere.",
    lang="en", present=["credit restoration"],
    related=[E(NDRC, "III.(6)", "dishonest behavior has been corrected and performance completed"),
             E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
    "政务处分法第三十四条规定，给公职人员送礼的企业要被罚款。我们公司春节给客户单位的领导送过茶叶，那罚款标准是多少？",
    ["罚款标准", "送礼"],
    "第三十四条只规定对公职人员（收受礼品，或向公职人员赠送礼品）给予警告至开除等政务处分；该法适用于对违法公职人员的政务处分，没有对送礼企业罚款的规定，也没有罚款标准。",
    lang="zh", present=["可能影响公正行使公权力的礼品", "罚款"],
    related=[E(PS, "第三十四条", "向公职人员及其特定关系人赠送可能影响公正行使公权力的礼品、礼金、有价证券等财物"),
             E(PS, "第二条", "本法适用于监察机关对违法的公职人员给予政务处分的活动")])

unans("false_premise",
    "The SASAC central SOE compliance banfa require compliance training every quarter; so as the "
    "supplier of one yangqi, our sales staff also must attend their training every 3 months?",
    ["every quarter", "每季度", "季度"],
    "Article 30 requires a regular (常态化) training mechanism with an annual training plan for the "
    "central SOE's own managers, key-post staff and new hires; no quarterly frequency and nothing on "
    "suppliers' staff.",
    lang="en", present=["年度培训计划", "常态化合规培训机制"],
    related=[E(SOE, "第三十条", "中央企业应当建立常态化合规培训机制，制定年度培训计划")])

unans("false_premise",
    "Guangzhou guideline set the limit 200 yuan per person for meal with officials. How we can prove "
    "to our Korean audit team that the dinner was under the limit — we need fapiao for each person?",
    ["200 yuan", "per person", "fapiao"],
    "The Guangzhou report only says the first batch of Guidelines addresses \"what meals can be eaten "
    "and what vehicles can be taken\"; it gives no spending limit and nothing on proving it.",
    lang="en", present=["what meals can be eaten"],
    related=[E(GZ, "¶9", "“what meals can be eaten and what vehicles can be taken”")])

unans("false_premise",
    "Given the Guangzhou government-business Guidelines was issued by Guangzhou Commerce Bureau, can "
    "foreign company like us ask the Commerce Bureau to explain one scenario for us?",
    ["Commerce Bureau", "商务局"],
    "The report says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline "
    "Inspection and Supervision, not a commerce bureau; nothing on foreign companies asking for "
    "interpretations.",
    lang="en", present=["Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches")])


# =========================================================================== unanswerable: not_covered

unans("not_covered",
    "If we complain on the national tuoqian complaint platform, how much is the filing fee? Our "
    "company is small, budget is tight now.",
    ["filing fee", "投诉费", "手续费"],
    "Article 24 of the SME regulation sets up the national complaint platform and convenient channels; "
    "no document mentions any fee for filing a complaint.",
    lang="en", present=["拖欠中小企业款项投诉平台"])

unans("not_covered",
    "How many complaints about government breaking contract the NDRC received since the 2023 notice, "
    "and what percent is solved? I want show my boss that complaining is useful.",
    ["percent", "resolution rate", "结案率"],
    "The NDRC notice describes complaint channels, evaluation and typical-case exposure on Credit "
    "China, but gives no complaint counts or resolution statistics.",
    lang="en", present=["Credit China"])

unans("not_covered",
    "We plan to sue one qu zhengfu (district government) for 1.2 million RMB unpaid goods money. With "
    "the new private economy law and the SME regulation, will we win the case?",
    ["win the case", "胜诉"],
    "PE art. 68 says courts file, try and enforce arrears cases in time and may mediate; the documents "
    "cannot predict the outcome of a particular lawsuit.",
    lang="en", present=["依法及时立案、审理、执行"])

unans("not_covered",
    "政务处分法里说收礼“情节较重”要降级或者撤职，那收多少钱的礼品才算情节较重？有没有具体的金额标准，比如超过几千元？",
    ["金额标准", "元以上", "数额较大"],
    "第三十四条按情节较重、情节严重分级处分，但没有规定任何金额标准；其他文件也没有。",
    lang="zh", present=["情节较重"])

unans("not_covered",
    "When I submit complaint to the shouli tousu bumen for our unpaid money, what documents I must "
    "upload? Contract copy, invoice, delivery note — which one is required?",
    ["invoice", "delivery note", "合同复印件"],
    "SME art. 25 mentions 投诉材料 and time limits, and requires a contract relationship, but lists no "
    "required documents.",
    lang="en", present=["投诉材料", "投诉人应当与被投诉人存在合同关系"])

unans("not_covered",
    "In Guangzhou guideline, when the district official visit our factory at noon, can we give him "
    "lunch in our company canteen, or he must pay by himself? How much he should pay?",
    ["canteen", "食堂", "工作餐"],
    "The Guangzhou report only says the first batch covers \"what meals can be eaten\"; it does not "
    "give the scenario content, canteen meals or any payment rule.",
    lang="en", present=["what meals can be eaten"])


# =========================================================================== unanswerable: superseded

unans("superseded",
    "Before the 2025 revision, in the original 2020 version of SME payment tiaoli (Order No. 728), "
    "what was the late-payment interest rule? Our contract was signed in 2021 so maybe old rule apply.",
    ["原条例", "修订前"],
    "The corpus holds only the 2025 revised text (Order No. 802, in force 1 June 2025); the 2020 "
    "Order No. 728 is named in the title line but its text is not included.",
    lang="en", present=["第728号", "万分之五"])

unans("superseded",
    "优化营商环境条例2019年的征求意见稿里，关于政府拖欠企业账款是怎么写的？和最后的正式版有什么不一样？",
    ["征求意见稿"],
    "语料只有2019年10月公布的正式条例（第三十二条讲拖欠账款），没有征求意见稿文本。",
    lang="zh", present=["拖欠市场主体账款"])

unans("superseded",
    "The SASAC 2018 central SOE compliance guideline (shixing version) — did it already require a "
    "chief compliance officer? Our yangqi customer say the rule is changed now.",
    ["2018", "试行"],
    "Only the 2022 Measures (SASAC Order No. 42) are in the corpus; art. 12 requires a chief "
    "compliance officer, but no earlier guideline is included to compare.",
    lang="en", present=["首席合规官"])

unans("superseded",
    "In the draft version of Private Economy Promotion Law (the caoan put out for public comment in "
    "2024), was there an article about foreign-invested company? I read news it was different.",
    ["draft", "草案"],
    "The corpus has only the law as adopted on 30 April 2025 (art. 77 on foreign investment); no draft "
    "text is included.",
    lang="en", present=["外商投资法律法规"])


# =========================================================================== unanswerable: out_of_domain

unans("out_of_domain",
    "Our Korean engineer's work permit in Suzhou expire next month. Which government office handle "
    "the renewal and how long it take? The company need him for customer project.",
    ["work permit", "工作许可", "visa"],
    "Foreign employee work permits are outside these documents (payment, integrity, compliance, "
    "official sanctions).",
    lang="en")

unans("out_of_domain",
    "我们一个员工的劳动合同到期了，公司不想续签，需要付经济补偿吗？按N还是N+1算？",
    ["劳动合同", "经济补偿"],
    "劳动合同终止和经济补偿属于劳动法问题，七份文件都没有涉及。",
    lang="zh")

unans("out_of_domain",
    "We want pay dividend from Suzhou company to Seoul headquarter. What is the withholding tax rate "
    "under the Korea-China tax treaty, 5% or 10%? Is any government approval for the payment?",
    ["withholding", "dividend", "税收协定"],
    "Dividend withholding tax and tax treaties are outside the documents.",
    lang="en")
