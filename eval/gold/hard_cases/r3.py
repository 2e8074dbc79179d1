"""Hard-case gold items, third round (see eval/gold/build_hard_cases.py): written blind, tuned on
(dev), weighted towards the product's first use case, "may we do X with an official?"."""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)



# =========================================================================== answerable
# --- dealings between companies and officials / government bodies

add("cross_lingual",
    "If a government official takes cash or shopping cards from a company and it could sway how he "
    "uses his power, what punishment does he face?",
    "Under Art. 34 of the Public Officials Sanctions Law, accepting gifts, cash gifts, securities etc. that "
    "may affect the impartial exercise of public power is punished with a warning, demerit or major "
    "demerit; if more serious, demotion or removal from post; if serious, expulsion.",
    ["收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的", "予以警告、记过或者记大过",
     "情节较重的，予以降级或者撤职", "情节严重的，予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")],
    lang="en")

add("multi",
    "我在国企做管理岗，想周末请审批部门的领导去打场高尔夫再吃顿饭，按政务处分法我自己会有什么后果？",
    "国企管理人员属于政务处分对象（第21条规定其政务处分期内的后果）。第34条：提供可能影响公正行使公权力的宴请、"
    "旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职；"
    "受处分期间不得晋升职务、岗位等级和职称。",
    ["接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排",
     "情节较重的，予以警告、记过或者记大过", "不得晋升职务、岗位等级和职称"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称")])

add("cross_lingual",
    "What happens to an official who turns a blind eye while his wife's company uses his position to "
    "win government business?",
    "Art. 33(3) of the Public Officials Sanctions Law: conniving at or tacitly allowing a 'specific related "
    "person' to use one's power or influence for private gain is punished with a warning, demerit or "
    "major demerit; if more serious, demotion or removal; if serious, expulsion.",
    ["纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利", "予以警告、记过或者记大过",
     "情节较重的，予以降级或者撤职"],
    [E(PS, "第三十三条", "纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的")],
    lang="en")

add("paraphrase",
    "去窗口办证，经办人故意拖着不给办，话里话外暗示我们“表示表示”，这种人按法律会被怎么处理？",
    "政务处分法第38条：在管理服务活动中故意刁难、吃拿卡要，情节较重的，予以警告、记过或者记大过；"
    "情节严重的，予以降级或者撤职；情节特别严重的，予以开除。",
    ["在管理服务活动中故意刁难、吃拿卡要的", "情节较重的，予以警告、记过或者记大过",
     "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的")])

add("cross_lingual",
    "The planning bureau says we have to hire the consulting firm they name to prepare our approval "
    "documents. Are they allowed to do that?",
    "No. Under Art. 43 of the Regulations on Optimizing the Business Environment, administrative organs may "
    "not designate (openly or in disguise) an intermediary for a business, nor force it to accept "
    "intermediary services other than statutory approval intermediary services; Art. 69(9) makes this a "
    "ground for holding the officials accountable.",
    ["行政机关不得为市场主体指定或者变相指定中介服务机构",
     "除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介服务",
     "为市场主体指定或者变相指定中介服务机构"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第六十九条", "为市场主体指定或者变相指定中介服务机构，或者违法强制市场主体接受中介服务")],
    lang="en")

add("multi",
    "街道办让我们公司出点钱、再派几个员工去帮他们搞活动，说是“支持一下工作”，我们不想出，可以拒绝吗？",
    "可以。优化营商环境条例第14条禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，"
    "市场主体有权拒绝任何形式的摊派；民营经济促进法第61条也规定不得向民营经济组织摊派财物。",
    ["禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为",
     "市场主体有权拒绝任何形式的摊派", "不得向民营经济组织摊派财物"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(PE, "第六十一条", "不得向民营经济组织摊派财物")])

add("cross_lingual",
    "The district commerce bureau keeps leaning on us to enter their 'star enterprise' contest and pay a "
    "registration fee. Are we obliged to take part?",
    "No. Art. 17 of the Regulations on Optimizing the Business Environment: unless laws or regulations "
    "provide otherwise, no one may force businesses (openly or in disguise) to take part in appraisals, "
    "commendations, trainings and similar activities, or charge them fees through such activities.",
    ["不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动",
     "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰")],
    lang="en")

add("multi",
    "After the county leadership changed, the new team says they won't honour the tax rebate the previous "
    "team promised in our investment deal. Can they just walk away from it?",
    "No. Art. 70 of the Private Economy Promotion Law forbids local governments to breach or repudiate "
    "policy commitments and contracts on grounds such as a change of government or of personnel (changes "
    "needed in the public interest must follow legal procedure and losses be compensated); the NDRC "
    "notice treats non-performance due to personnel changes as breach of contract and dishonesty.",
    ["不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约",
     "对民营经济组织因此受到的损失予以补偿",
     "shall all be regarded as breach of contract and dishonesty"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")],
    lang="en")

add("multi",
    "区里一个局欠我们小公司货款大半年了，去哪儿投诉？投诉以后多久能有个说法？",
    "保障中小企业款项支付条例第24、25条：向省级以上人民政府负责中小企业促进工作综合管理的部门（受理投诉部门）"
    "投诉；其自正式受理之日起10个工作日内转交处理投诉部门，后者自收到材料之日起30日内形成处理结果并书面反馈，"
    "情况复杂可延长，但最长不得超过90日。",
    ["省级以上人民政府负责中小企业促进工作综合管理的部门", "自正式受理之日起10个工作日内",
     "30日内形成处理结果", "处理期限最长不得超过90日"],
    [E(SME, "第二十四条", "省级以上人民政府负责中小企业促进工作综合管理的部门"),
     E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")])

add("cross_lingual",
    "按广州的政商交往指引，干部帮忙引进的招商项目最后没做起来，这个干部会被追责吗？",
    "The GZ report (¶18) says the second batch of the Guidelines provides that as long as investment "
    "promotion was carried out with due diligence and compliance, the personnel will not be held blindly "
    "accountable even if the project fails to meet expectations.",
    ["carried out with due diligence and compliance",
     "will not be held blindly accountable even if the project fails to meet expectations"],
    [E(GZ, "¶18", "relevant personnel will not be held blindly accountable")])

add("paraphrase",
    "The Guangzhou guidelines obviously can't list every situation. When something we want to do with an "
    "official isn't covered, what's the test for whether it's OK?",
    "Per the drafter (GZ report ¶10): the 33 scenarios can't cover everything; the core is to distinguish "
    "acting for the public good from acting for personal gain, and the key is whether the action can be "
    "'put on the table'.",
    ["acting for the public good", "acting for personal gain", "put on the table"],
    [E(GZ, "¶10", "the key is whether the actions can be “put on the table”")],
    lang="en")

add("cross_lingual",
    "An official who took gifts from our former boss retired last year. Can he still be punished for it?",
    "Art. 27 of the Public Officials Sanctions Law: a retired official is no longer given a sanction "
    "(政务处分), but can still be investigated; where demotion, removal or expulsion would be due, his "
    "benefits are adjusted accordingly and illegally obtained property is handled under Art. 25.",
    ["不再给予政务处分，但是可以对其立案调查", "应当按照规定相应调整其享受的待遇"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分")],
    lang="en")

add("multi",
    "我们是民营企业，有业务员想给审批的官员塞点钱让项目快点批，法律对我们企业有什么要求？公司内部该怎么管？",
    "民营经济促进法第36条：民营经济组织不得通过贿赂和欺诈等手段牟取不正当利益；第39条：支持引导其建立健全"
    "内部审计制度，加强廉洁风险防控，并应当加强对工作人员的法治教育，营造诚信廉洁、守法合规的文化氛围。",
    ["不得通过贿赂和欺诈等手段牟取不正当利益", "建立健全内部审计制度，加强廉洁风险防控",
     "加强对工作人员的法治教育"],
    [E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益"),
     E(PE, "第三十九条", "支持引导民营经济组织建立健全内部审计制度，加强廉洁风险防控")])

add("paraphrase",
    "民营企业老板平时跟政府官员打交道，民营经济促进法对双方有什么讲究？",
    "民营经济促进法第44条：国家机关工作人员与民营经济组织经营者在工作交往中应当遵纪守法、保持清正廉洁；"
    "各级政府及其部门建立畅通有效的政企沟通机制，及时听取意见建议，解决合理问题。",
    ["应当遵纪守法，保持清正廉洁", "建立畅通有效的政企沟通机制"],
    [E(PE, "第四十四条", "国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁")])

# --- other topics of the documents

add("cross_lingual",
    "地方政府被认定失信以后，这个失信记录还能撤掉吗？要满足什么条件？",
    "NDRC notice III.(6): once the identifying department confirms that the dishonest behaviour has been "
    "corrected and performance completed, the dishonesty records should be promptly restored and the "
    "punishment measures terminated.",
    ["dishonest behavior has been corrected and performance completed",
     "relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")])

add("cross_lingual",
    "有政府失信记录的城市，在发改委那边会受到哪些影响？",
    "NDRC notice III.(4): for prefecture-level and above cities with government dishonesty records, the "
    "NDRC cancels their eligibility for awards and pilot demonstrations, increases the weight of city "
    "credit monitoring deductions, and cancels the title or eligibility for social credit demonstration zones.",
    ["cancel their eligibility for awards and pilot demonstrations",
     "increase the weight of city credit monitoring deductions",
     "cancel the title or eligibility for demonstration zones"],
    [E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

add("single",
    "What was the first set of Guangzhou's official-business interaction rules about, and what did the "
    "later set add?",
    "GZ report ¶9: the first batch dealt with regular interaction issues such as what meals can be eaten "
    "and what vehicles can be taken; the second batch focused on full-cycle services for enterprises from "
    "investment promotion to project landing.",
    ["what meals can be eaten and what vehicles can be taken",
     "full-cycle services for enterprise development from investment promotion to project landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken")],
    lang="en")

add("paraphrase",
    "央企的首席合规官是要单独新设一个领导岗位吗？一般由谁来当？",
    "不新设。中央企业合规管理办法第12条：结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，"
    "对企业主要负责人负责。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

add("multi",
    "How long does a 'major demerit' stay on a civil servant's record, and does it come off by itself?",
    "Public Officials Sanctions Law Art. 8: a major demerit lasts 18 months from when the decision takes "
    "effect; Art. 26: if the official shows repentance and commits no new violation, it is lifted "
    "automatically when the period ends.",
    ["记大过，十八个月", "政务处分期满后自动解除"],
    [E(PS, "第八条", "政务处分期自政务处分决定生效之日起计算"),
     E(PS, "第二十六条", "政务处分期满后自动解除")],
    lang="en")

add("paraphrase",
    "机关拖了我们的货款，合同里又没写逾期利息怎么算，我们还能要利息吗？按什么标准？",
    "能。保障中小企业款项支付条例第17条：机关、事业单位和大型企业迟延支付的应当支付逾期利息；"
    "未约定利率的，按照每日利率万分之五支付。",
    ["应当支付逾期利息", "按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])

add("multi",
    "A state-owned company says it can't pay our invoice until the government audit of the project is "
    "finished. Is that a valid reason?",
    "Generally no. Private Economy Promotion Law Art. 67: SOEs may not refuse or delay payment on grounds "
    "such as waiting for final-accounts audits where the contract doesn't provide for it, and may not "
    "force audit results to be the settlement basis; SME payment regulation Art. 12 likewise bars state-"
    "owned large enterprises from requiring audit-office results as the settlement basis.",
    ["在合同未作约定情况下以等待竣工验收批复、决算审计等为由",
     "不得强制要求以审计结果作为结算依据", "不得强制要求以审计机关的审计结果作为结算依据"],
    [E(PE, "第六十七条", "在合同未作约定情况下以等待竣工验收批复、决算审计等为由"),
     E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据")],
    lang="en")

add("paraphrase",
    "When a ministry drafts new regulations that affect how businesses operate, how long does the public "
    "get to comment?",
    "Art. 62 of the Regulations on Optimizing the Business Environment: except where secrecy is required, "
    "such drafts are published for public comment (newspapers, internet), and the comment period is "
    "generally not less than 30 days.",
    ["向社会公开征求意见的期限一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="en")


# =========================================================================== unanswerable
# --- English documents (GZ report, NDRC notice)

unans("not_covered",
      "Under Guangzhou's government-business guidelines, how much can we spend per head when we take a "
      "district official out for a working lunch?",
      ["per head", "working lunch"],
      "The GZ report only says the first batch of the Guidelines addressed 'what meals can be eaten' (¶9); "
      "it states none of the rules, let alone an amount. No other document sets a meal budget for "
      "companies hosting officials (PS Art. 34 uses the 'may affect impartial exercise of power' test).",
      lang="en", present=["meals", "Guidelines"])

unans("not_covered",
      "广州政商交往指引里，企业可以派车接送下来调研的区里干部吗？",
      ["派车", "接送"],
      "The GZ report lists 'what vehicles can be taken' only as a topic of the first batch of the Guidelines "
      "(¶9) and gives no rule on it; no other document addresses company cars for officials.",
      present=["vehicles", "Guidelines"])

unans("not_covered",
      "We'd like to sponsor, of our own free will, a district government's investment promotion forum in "
      "Guangzhou. Do the Guangzhou Guidelines allow it, and is there a cap on how much we can give?",
      ["sponsor", "of our own free will"],
      "The GZ report does not state any rule of the Guidelines on sponsorship. BE Art. 14 and PE Art. 61 only "
      "forbid governments to impose levies (摊派) on businesses; nothing covers voluntary sponsorship of a "
      "government event or a cap.",
      lang="en", present=["investment promotion", "摊派"])

unans("false_premise",
      "Since the Guangzhou Guidelines were put out by the city's SASAC, do they only apply to state-owned "
      "enterprises?",
      ["SASAC"],
      "Premise wrong: ¶7 says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline "
      "Inspection and Supervision, to help enterprises and public officials clarify interaction boundaries; "
      "the municipal SASAC only attended the lecture (¶3).",
      lang="en", present=["Commission for Discipline Inspection", "state-owned"],
      related=[E(GZ, "¶7", "Commission for Discipline Inspection and Supervision has issued two batches"),
               E(GZ, "¶7", "helping enterprises and public officials clarify the boundaries of interactions")])

unans("superseded",
      "What does the third batch of the Guangzhou government-business Guidelines add on top of the first two?",
      ["third batch"],
      "The GZ report (December 2025) only knows two batches (¶7, ¶9, ¶17); any later batch is beyond the "
      "document.",
      lang="en", present=["second batch", "first batch"])

unans("not_covered",
      "广州那个政商交往指引一共33个场景，其中“邀请官员参加企业年会”那个场景是怎么规定的？",
      ["年会", "场景"],
      "The GZ report mentions that the two batches cover 33 scenarios (¶10) but never lists them or their "
      "rules; no document addresses inviting officials to company events.",
      present=["33 scenarios", "Guidelines"])

unans("not_covered",
      "How much is the annual membership fee for joining the GBA Integrity and Compliance Association?",
      ["membership fee"],
      "The GZ report describes the association (¶32–¶40: founding, members' sectors, services) but says "
      "nothing about fees.",
      lang="en", present=["GBA Integrity and Compliance Association"])

unans("false_premise",
      "Our county stopped paying under our investment agreement after the new county head took office. Since "
      "the NDRC notice says non-performance caused by a change of officials doesn't count as dishonesty, is "
      "there any point complaining?",
      ["county head", "investment agreement"],
      "Premise reversed: NDRC II.(2) says failure to perform due to institutional adjustments, personnel "
      "changes etc. shall all be regarded as breach of contract and dishonesty; PE Art. 70 likewise forbids "
      "breach on grounds of a change of government or personnel.",
      lang="en", present=["personnel changes", "breach of contract"],
      related=[E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
               E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")])

unans("not_covered",
      "按发改委那个政府诚信的通知，我们在信用网站投诉县政府不兑现招商引资承诺，认定部门最多多少天内必须给出核实结果？",
      ["多少天"],
      "NDRC II.(2) only says complaints are 'immediately' transferred for verification and feedback is given "
      "'promptly'; it sets no number of days. SME Arts. 24–25 set time limits only for complaints about "
      "arrears to SMEs, not for unkept investment-promotion commitments.",
      present=["verification", "investment promotion"])

unans("not_covered",
      "Under the NDRC notice, how many score points does a city lose in credit monitoring for each government "
      "dishonesty record?",
      ["score"],
      "NDRC III.(4) only says the weight of city credit monitoring deductions is increased; no figure is given.",
      lang="en", present=["credit monitoring deductions"])

unans("false_premise",
      "Why does the NDRC notice keep a local government's dishonesty record on file for five years even after "
      "it has paid up?",
      ["five years"],
      "Premise contradicted: NDRC III.(6) says once the dishonest behaviour is corrected and performance "
      "completed, the records should be promptly restored and punishments terminated; no five-year period.",
      lang="en", present=["credit restoration", "dishonesty records"],
      related=[E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])

unans("false_premise",
      "发改委通知里说企业投诉政府违约是交给法院审理的，那打这种官司的诉讼费由谁出？",
      ["诉讼费"],
      "Premise wrong: under NDRC II.(1)–(2) complaints go to provincial credit leading departments, which "
      "transfer them to the superior or competent departments of the complained entity for verification; "
      "courts play no role in the notice, and no document deals with court fees.",
      present=["complaint", "人民法院"],
      related=[E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("not_covered",
      "Has the NDRC's 2023 integrity notice actually reduced local governments defaulting on private "
      "companies? Are there any figures?",
      ["reduced", "defaulting", "figures"],
      "The notice (August 2023) only sets out measures; it contains no data on its effect, and no other "
      "document reports such statistics.",
      lang="en", present=["arrears", "Credit China"])

# --- Chinese documents

unans("not_covered",
      "Is there a cash value below which a gift to an official is fine? Say a 300-yuan mooncake box at "
      "Mid-Autumn Festival?",
      ["mooncake", "Mid-Autumn", "300-yuan"],
      "PS Art. 34 turns on whether a gift 'may affect the impartial exercise of public power' and sets no "
      "amount; no other document gives a value threshold.",
      lang="en", present=["礼品", "礼金"])

unans("false_premise",
      "政务处分法规定官员收礼超过5000元才给处分，那中秋给对接的处长送张两千块的购物卡应该没问题吧？",
      ["5000", "购物卡", "中秋"],
      "Premise invented: PS Art. 34 sets no amount; it sanctions accepting gifts, cash gifts, securities "
      "etc. that may affect the impartial exercise of public power.",
      present=["礼金", "有价证券"],
      related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的")])

unans("false_premise",
      "Since the Public Officials Sanctions Law lets the supervisory commission fine the company that gave "
      "the gift, how big are those fines usually?",
      ["fine", "fines"],
      "Premise wrong: the law governs sanctions (政务处分: warning … expulsion) against public officials "
      "(Arts. 2, 7); its gift rule (Art. 34) targets officials, not companies, and it provides for no fines.",
      lang="en", present=["政务处分", "监察机关"],
      related=[E(PS, "第二条", "本法适用于监察机关对违法的公职人员给予政务处分的活动"),
               E(PS, "第三十四条", "向公职人员及其特定关系人赠送可能影响公正行使公权力的礼品、礼金、有价证券等财物")])

unans("false_premise",
      "听说按政务处分法，官员去打高尔夫一律开除，那我们请领导打一场球，他是不是肯定会被开除？",
      ["高尔夫", "一律开除"],
      "Premise invented: PS Art. 34 para. 2 punishes accepting entertainment/fitness arrangements that may "
      "affect impartiality, where serious, with warning to major demerit, and where grave with demotion or "
      "removal; there is no automatic expulsion and golf is not named.",
      present=["健身", "娱乐"],
      related=[E(PS, "第三十四条", "娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")])

unans("not_covered",
      "We'd like to hire the deputy mayor's daughter as our sales manager. Do we have to get approval from the "
      "discipline commission before she starts?",
      ["mayor", "daughter", "discipline commission"],
      "PS Art. 33 only sanctions officials who connive at 'specific related persons' profiting from their "
      "influence or refuse to correct their improper employment; no document sets an approval procedure for "
      "companies hiring officials' relatives.",
      lang="en", present=["特定关系人"])

unans("not_covered",
      "If we report a bureau chief for taking bribes, within how many days does the supervisory commission "
      "have to finish investigating him?",
      ["bureau chief", "how many days"],
      "PS Arts. 42–44 regulate how investigations are conducted and concluded but set no time limit; the "
      "one-month limit in Art. 54 concerns changing pay/post after a decision.",
      lang="en", present=["调查终结", "监察机关"])

unans("false_premise",
      "民营经济促进法要求企业每季度向纪委报备跟官员吃饭的情况，这个报备表一般交给谁？",
      ["报备", "每季度"],
      "Invented obligation: PE Art. 44 only requires state personnel and private business operators to abide "
      "by discipline and law and stay clean in their dealings; there is no reporting duty for meals.",
      present=["清正廉洁", "政企沟通机制"],
      related=[E(PE, "第四十四条", "国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁")])

unans("not_covered",
      "审批科里的科长硬要我们用他指定的那家中介公司，按营商环境条例，这个科长会被罚多少钱？",
      ["科长", "罚多少"],
      "BE Art. 43 forbids designating intermediaries and Art. 69(9) says those responsible are held "
      "accountable 'according to law', but no document sets a monetary penalty for the official.",
      present=["指定或者变相指定中介服务机构", "追究责任"])

unans("not_covered",
      "Do the SASAC central-SOE compliance measures require staff to log every gift or meal they give "
      "government officials in a register?",
      ["SASAC", "register"],
      "The measures only require specific rules for key areas such as anti-commercial-bribery (Art. 18) and a "
      "record system for violations (Art. 25); no gift/hospitality register is mentioned.",
      lang="en", present=["反商业贿赂", "违规行为记录"])

unans("not_covered",
      "央企合规办法里说举报属实的可以给奖励，奖励金额一般是多少？",
      ["奖励金额"],
      "SOE Art. 24 only says whistle-blowers whose reports are true 'may be given appropriate rewards'; no "
      "amount is set.",
      present=["适当奖励", "举报人"])

unans("false_premise",
      "The SOE compliance measures require a brand-new chief compliance officer post at vice-president level. "
      "What qualifications does that person need?",
      ["vice-president", "qualifications"],
      "Premise contradicted: SOE Art. 12 says the chief compliance officer post adds no new leadership "
      "position and is held concurrently by the general counsel; no qualifications are listed.",
      lang="en", present=["首席合规官", "总法律顾问"],
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])

unans("superseded",
      "保障中小企业款项支付条例2020年那一版里，大型企业给中小企业付款的期限是多少天？修订前后有什么不同？",
      ["修订前"],
      "The corpus holds only the 2025 revised text (60 days for large enterprises, Art. 9); the wording of "
      "the 2020 version and the changes are not in any document.",
      present=["国务院令第728号", "付款期限"])

unans("superseded",
      "What did the 2024 draft of the Private Economy Promotion Law say about government arrears before the "
      "final text was adopted?",
      ["draft"],
      "Only the law as adopted on 30 April 2025 is in the corpus (Arts. 67–73 on arrears); no draft text.",
      lang="en", present=["民营经济促进法", "拖欠"])

unans("false_premise",
      "营商环境条例规定企业必须加入当地的行业协会商会，不加入的企业会受到什么处理？",
      ["必须加入"],
      "Premise reversed: BE Art. 17 says businesses decide for themselves whether to join or leave trade "
      "associations and chambers of commerce, and no one may interfere.",
      present=["行业协会商会"],
      related=[E(BE, "第十七条", "市场主体有权自主决定加入或者退出行业协会商会等社会组织")])
