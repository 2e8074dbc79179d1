"""Hard-case gold items, ninety-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a section chief at a district commerce bureau who meets private investors every week and wants to
know what he himself may and may not do (dinners, site visits, helping a firm with approvals, souvenirs,
speaking at company events); writes plain Chinese, sometimes asks on behalf of colleagues.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ----------------------------------------------------------------------------- answerable: single

add("single",
    "企业开业剪彩完，给我们每个到场的人塞了个“纪念品”袋子，回来一看里面有张购物卡。这种东西收了会有什么后果？",
    "按《公职人员政务处分法》第三十四条，收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；情节较重的降级或者撤职；情节严重的开除。",
    ["礼品、礼金、有价证券", "予以警告、记过或者记大过", "予以开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过"),
     E(PS, "第三十四条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "来谈项目的投资方老板晚上非要请我们科几个人吃饭，饭后还安排了唱K。要是去了，被查出来会怎么处理？",
    "《公职人员政务处分法》第三十四条第二款：接受可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["宴请、旅游、健身、娱乐等活动安排", "予以降级或者撤职"],
    [E(PS, "第三十四条", "或者接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PS, "第三十四条", "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("single",
    "我们局想搞个年度“诚信示范企业”评选，要求辖区规上企业都得报名，每家交500块评审费。这样做行不行？",
    "不行。《优化营商环境条例》第十七条：除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰等活动，也不得借此向市场主体收费或者变相收费。",
    ["不得强制或者变相强制市场主体参加评比", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动"),
     E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费")],
    lang="zh")

add("single",
    "辖区一家民企想请我挂个“高级顾问”，不用坐班，每月给点车马费。我要是答应了，有什么风险？",
    "《公职人员政务处分法》第三十六条：违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的，予以警告、记过或者记大过；情节较重的降级或者撤职；情节严重的开除。",
    ["违反规定兼任职务、领取报酬的", "予以警告、记过或者记大过"],
    [E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的，予以警告、记过或者记大过"),
     E(PS, "第三十六条", "情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "我爱人想去辖区一家外贸公司跑业务，对方说看中的就是她“能跟商务局说上话”。我装作不知道、不去管，会有问题吗？",
    "有。《公职人员政务处分法》第三十三条第（三）项：纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的，予以警告、记过或者记大过；情节较重的降级或者撤职；情节严重的开除。",
    ["纵容、默许特定关系人", "予以警告、记过或者记大过"],
    [E(PS, "第三十三条", "纵容、默许特定关系人利用本人职权或者职务上的影响谋取私利的"),
     E(PS, "第三十三条", "予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除")],
    lang="zh")

add("single",
    "我们科打算每个月上门走访几家重点外资企业、顺便开个座谈会，这种走访有什么规矩要守？",
    "《优化营商环境条例》第四十八条：按构建亲清新型政商关系要求建立政企沟通机制，应当充分尊重市场主体意愿，增强针对性和有效性，不得干扰市场主体正常生产经营活动，不得增加市场主体负担。",
    ["充分尊重市场主体意愿", "不得干扰市场主体正常生产经营活动", "不得增加市场主体负担"],
    [E(BE, "第四十八条", "建立政企沟通机制，应当充分尊重市场主体意愿，增强针对性和有效性"),
     E(BE, "第四十八条", "不得干扰市场主体正常生产经营活动，不得增加市场主体负担")],
    lang="zh")

add("single",
    "投资商来区里考察，我们局负责接待吃住。要是这次招待超出了接待标准，经办的人会受什么处分？",
    "《公职人员政务处分法》第三十五条第（二）项：违反规定在公务接待等方面超标准、超范围的，情节较重的予以警告、记过或者记大过；情节严重的予以降级或者撤职。",
    ["超标准、超范围", "予以降级或者撤职"],
    [E(PS, "第三十五条", "违反规定，在公务接待、公务交通、会议活动、办公用房以及其他工作生活保障等方面超标准、超范围的"),
     E(PS, "第三十五条", "有下列行为之一，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职")],
    lang="zh")

add("single",
    "区里要办招商推介会，经费紧张，领导让我找几家大企业“分担”一下场地费，人家不愿意也得出。这样可以吗？",
    "不可以。《优化营商环境条例》第十四条：禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为，市场主体有权拒绝任何形式的摊派。",
    ["禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为", "市场主体有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "禁止在法律、法规规定之外要求市场主体提供财力、物力或者人力的摊派行为"),
     E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派")],
    lang="zh")

# ----------------------------------------------------------------------------- answerable: multi

add("multi",
    "我们科一个同事收了企业的购物卡，被记大过了。这个处分要背多久？这段时间里他还能提职级、涨工资吗？",
    "记大过的处分期为十八个月（《公职人员政务处分法》第八条）；公务员在处分期内不得晋升职务、职级、衔级和级别，被记大过的还不得晋升工资档次（第十九条）。",
    ["十八个月", "不得晋升职务、职级、衔级和级别", "不得晋升工资档次"],
    [E(PS, "第八条", "（三）记大过，十八个月"),
     E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("multi",
    "前几年区里招商时给一家民企承诺了租金补贴，现在换了领导、机构也调整了，新领导说不认账。这样合法吗？真不兑现会有什么后果？",
    "不合法。《民营经济促进法》第七十条规定不得以政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约；第七十三条规定不履行政策承诺的，由有权机关予以纠正，造成损失的依法赔偿，造成不良后果或者影响的对负有责任的领导人员和直接责任人员依法给予处分。",
    ["政府换届", "由有权机关予以纠正", "依法予以赔偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(PE, "第七十三条", "不履行向民营经济组织依法作出的政策承诺、依法订立的合同的，由有权机关予以纠正"),
     E(PE, "第七十三条", "造成损失的，依法予以赔偿；造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分")],
    lang="zh")

add("multi",
    "企业来窗口报项目，材料缺了好几样，同事每次只说一样让人家回去补，来回跑了四趟。还有同事想在办事指南之外再让企业多交一份情况说明。这两种做法行不行？",
    "都不行。《优化营商环境条例》第三十六条要求需要补正材料的应当一次性告知需要补正的内容；第三十五条规定没有法律、法规、规章依据，不得增设政务服务事项的办理条件和环节。",
    ["一次性告知需要补正的内容", "不得增设政务服务事项的办理条件和环节"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容"),
     E(BE, "第三十五条", "没有法律、法规、规章依据，不得增设政务服务事项的办理条件和环节")],
    lang="zh")

# ----------------------------------------------------------------------------- answerable: cross_lingual

add("cross_lingual",
    "广州那份政商交往指引里，招商引资的项目最后要是没达到预期，负责招商的干部会不会被追责？",
    "据广州廉洁合规大讲堂报道（¶18），第二批指引明确：只要招商过程尽职合规，即使项目未达预期，相关人员也不会被盲目问责。",
    ["due diligence and compliance", "will not be held blindly accountable"],
    [E(GZ, "¶18", "investment promotion process is carried out with due diligence and compliance"),
     E(GZ, "¶18", "relevant personnel will not be held blindly accountable"),
     E(GZ, "¶18", "even if the project fails to meet expectations")],
    lang="zh")

add("cross_lingual",
    "前任区长跟一家民营企业签了投资协议，换了领导后以“机构调整”为由一直没履行。按发改委2023年那个政府诚信履约的通知，这算不算违约失信？",
    "算。国家发展改革委通知第二部分第（2）项规定，因机构调整、人员变动等原因未履约的，一律认定为违约失信。",
    ["institutional adjustments, personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="zh")

add("cross_lingual",
    "A firm applying to us for a project approval asked which consulting agency they should hire for the assessment report. Can I just tell them to use one particular agency I trust?",
    "No. Article 43 of the Regulations on Optimizing the Business Environment says administrative organs must not designate, directly or in disguised form, an intermediary service agency for a market entity, nor force it to accept intermediary services beyond the statutory ones.",
    ["不得为市场主体指定或者变相指定中介服务机构"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构"),
     E(BE, "第四十三条", "除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介服务")],
    lang="en")

# ----------------------------------------------------------------------------- answerable: paraphrase

add("paraphrase",
    "有个同事给企业办事总是成心拖着、挑毛病，话里话外暗示人家请客送东西才肯往下走。这种人要是被查，会怎么处理？",
    "《公职人员政务处分法》第三十八条第（二）项：在管理服务活动中故意刁难、吃拿卡要，情节较重的予以警告、记过或者记大过；情节严重的降级或者撤职；情节特别严重的开除。",
    ["故意刁难、吃拿卡要", "情节特别严重的，予以开除"],
    [E(PS, "第三十八条", "在管理服务活动中故意刁难、吃拿卡要的"),
     E(PS, "第三十八条", "有下列行为之一，情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职"),
     E(PS, "第三十八条", "有前款第一项、第二项和第五项行为，情节特别严重的，予以开除")],
    lang="zh")

add("paraphrase",
    "万一我真犯了错，要是自己先跑去把事情原原本本说清楚，再把拿的东西还回去，结果上能不能罚得少一点？",
    "可以。《公职人员政务处分法》第十一条：主动交代本人应当受到政务处分的违法行为的，或者主动上交或者退赔违法所得的，可以从轻或者减轻给予政务处分。",
    ["可以从轻或者减轻给予政务处分", "主动交代", "主动上交或者退赔违法所得"],
    [E(PS, "第十一条", "公职人员有下列情形之一的，可以从轻或者减轻给予政务处分"),
     E(PS, "第十一条", "主动交代本人应当受到政务处分的违法行为的"),
     E(PS, "第十一条", "主动上交或者退赔违法所得的")],
    lang="zh")

# ----------------------------------------------------------------------------- unanswerable: false_premise

unans("false_premise",
    "我同事去年8月被记过。政务处分法规定记过的期间是六个月，那他现在早就解除了，可以报名竞聘副科了吧？",
    ["记过，六个月", "记过六个月"],
    "Premise wrong: 《公职人员政务处分法》第八条 sets 记过 at 十二个月 (six months is 警告); the question's figure is not in any document.",
    lang="zh", present=["记过，十二个月", "警告，六个月"],
    related=[E(PS, "第八条", "（二）记过，十二个月")])

unans("false_premise",
    "既然广州那两批政商交往场景指引是广州市商务局发布的，我们区商务局是不是也可以自己出一份类似的场景清单？",
    ["商务局", "Commerce Bureau", "Municipal Commerce"],
    "Premise wrong: the Guangzhou report says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, not a commerce bureau; nothing says a district bureau may issue its own.",
    lang="zh", present=["Commission for Discipline Inspection and Supervision"],
    related=[E(GZ, "¶7", "Guangzhou Municipal Commission for Discipline Inspection and Supervision")])

unans("false_premise",
    "条例规定机关采购中小企业的货物要在交付后15日内付款，我们局上个月订的展会搭建服务到现在还没付，是不是已经超期了？",
    ["15日内", "十五日内"],
    "Premise wrong: 《保障中小企业款项支付条例》第九条 gives 机关、事业单位 30 days from delivery (at most 60 if the contract so agrees); there is no 15-day rule.",
    lang="zh", present=["30日内支付款项"],
    related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日")])

unans("false_premise",
    "企业投诉我们拖欠款项以后，受理投诉部门有30个工作日时间把投诉转交给处理部门，对吧？",
    ["30个工作日", "三十个工作日"],
    "Premise wrong: 《保障中小企业款项支付条例》第二十五条 requires transfer within 10 working days of formal acceptance (30 days is the handling department's time to reach a result).",
    lang="zh", present=["10个工作日"],
    related=[E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门")])

unans("false_premise",
    "为什么政务处分法规定收受企业礼品价值在1000元以下的可以不给处分？",
    ["1000元", "一千元", "元以下"],
    "Premise wrong: 《公职人员政务处分法》第三十四条 sets no value threshold; it punishes 收受可能影响公正行使公权力的礼品 regardless of an amount.",
    lang="zh", present=["可能影响公正行使公权力的礼品"],
    related=[E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")])

unans("false_premise",
    "发改委那个政府诚信通知要求每季度通报一次各地违约失信投诉的处理情况，我们区按季度要报哪些数据？",
    ["quarterly", "every quarter", "季度"],
    "Premise wrong: NDRC notice IV.(7) says the commission evaluates and regularly notifies provincial credit leading departments; no quarterly frequency and no district-level data list is given.",
    lang="zh", present=["regularly notifying"],
    related=[E(NDRC, "IV.(7)", "regularly notifying provincial credit leading departments")])

unans("false_premise",
    "《民营经济促进法》第七十条只约束省级人民政府的政策承诺；所以我们区商务局跟企业签的招商协议，换了领导以后可以重新谈，是吧？",
    ["只约束", "省级人民政府"],
    "Premise wrong: 第七十条 binds 地方各级人民政府及其有关部门 and forbids breach on grounds of 政府换届 or 相关人员更替; it is not limited to provincial governments.",
    lang="zh", present=["地方各级人民政府及其有关部门"],
    related=[E(PE, "第七十条", "地方各级人民政府及其有关部门应当履行依法向民营经济组织作出的政策承诺和与民营经济组织订立的合同")])

# ----------------------------------------------------------------------------- unanswerable: not_covered

unans("not_covered",
    "企业请我去他们年会上讲几句、做个政策解读，事后给了2000块讲课费。这种讲课费的标准上限是多少？",
    ["讲课费", "劳务费", "年会"],
    "PS 第三十六条 only says 违反规定兼任职务、领取报酬 is punishable; no document sets a fee standard or cap for officials speaking at company events.",
    lang="zh", present=["领取报酬"])

unans("not_covered",
    "企业送的纪念品价值多少钱以下可以直接收下，不用上交？",
    ["纪念品", "元以下", "上交登记"],
    "PS 第三十四条 punishes accepting gifts 可能影响公正行使公权力 without any monetary threshold; no document gives an amount below which souvenirs may be kept.",
    lang="zh", present=["礼品、礼金"])

unans("not_covered",
    "广州那两批政商交往指引一共33个场景，其中第一批有多少个场景？",
    ["第一批", "16 scenarios", "17 scenarios", "15 scenarios"],
    "The Guangzhou report gives only the total (33 scenarios across the two batches) and a content summary of each batch; it never says how many scenarios the first batch has.",
    lang="zh", present=["33 scenarios", "first batch"])

unans("not_covered",
    "去年全国有多少公职人员因为收受企业礼品、接受宴请受到了政务处分？",
    ["人次", "受到政务处分的人数", "统计数据"],
    "PS 第三十四条 defines the offence and sanctions; no document reports enforcement statistics or counts of sanctioned officials.",
    lang="zh", present=["政务处分"])

unans("not_covered",
    "我们区一家民营企业起诉区政府拖欠工程款，你看法院最后会不会判企业赢？",
    ["胜诉", "败诉"],
    "PE 第六十八条 asks courts to file, hear and enforce arrears cases promptly and PE 第七十三条 sets liability, but no document can predict a case outcome.",
    lang="zh", present=["人民法院对拖欠中小民营经济组织账款案件依法及时立案"])

unans("not_covered",
    "广州的政商交往指引里具体怎么说的：去企业考察时能不能坐企业安排的车？",
    ["company car", "企业车辆", "企业安排的车"],
    "The Guangzhou report only says the first batch addressed issues like 'what meals can be eaten and what vehicles can be taken'; it does not state the rule itself.",
    lang="zh", present=["what vehicles can be taken"])

# ----------------------------------------------------------------------------- unanswerable: superseded

unans("superseded",
    "2020年刚公布的那版《保障中小企业款项支付条例》原文里，大型企业的付款期限是怎么规定的？和现在有什么不一样？",
    ["2020年版", "修订前", "原条例"],
    "The corpus holds only the 2025 revision (国务院令第802号); the original 2020 text (国务院令第728号) is mentioned in the header but its provisions are not given.",
    lang="zh", present=["国务院令第728号"])

unans("superseded",
    "按照以前的《行政监察法》，监察机关对收受企业礼品的公务员能给哪些行政处分？",
    ["行政监察法"],
    "Only the 2020 《公职人员政务处分法》 is in the corpus (it cites the 监察法); the former Administrative Supervision Law's sanctions are not in any document.",
    lang="zh", present=["监察法"])

unans("superseded",
    "帮一个在央企对接的同事问下：2018年那份《中央企业合规管理指引（试行）》里，对合规委员会和首席合规官是怎么要求的？",
    ["试行", "合规管理指引", "2018"],
    "The corpus has the 2022 《中央企业合规管理办法》 (国资委令第42号), which sets up 合规委员会 and 首席合规官; the earlier 2018 trial guidelines are not in it.",
    lang="zh", present=["首席合规官", "合规委员会"])

unans("superseded",
    "《民营经济促进法》草案征求意见稿里关于政企沟通是怎么写的？和最后通过的版本有什么差别？",
    ["草案", "征求意见稿"],
    "Only the law as adopted on 2025-04-30 is in the corpus (第四十四条 on 政企沟通机制); no draft text is given.",
    lang="zh", present=["政企沟通机制"])

# ----------------------------------------------------------------------------- unanswerable: out_of_domain

unans("out_of_domain",
    "我们局跟一家公司签了办公场地的租赁合同，对方迟迟不交房，违约金一般怎么算？",
    ["租赁", "违约金", "交房"],
    "A lease-contract remedy question; the documents cover payments to SMEs and integrity rules, not lease breach damages.",
    lang="zh", present=["违约责任"])

unans("out_of_domain",
    "今年个人所得税年度汇算的截止时间是哪天？政府工资和企业给的讲座报酬要合并申报吗？",
    ["个人所得税", "汇算", "申报个税"],
    "A personal income tax filing question; no document deals with individual tax filing.",
    lang="zh", present=["财政税收"])

unans("out_of_domain",
    "My cousin works for a private company, and the employment contract they gave him sets a one-year probation period. Is that legal?",
    ["probation", "employment contract", "试用期", "劳动合同法"],
    "An employment-law question about probation periods; the documents mention 劳动用工 only as an area firms must comply with, without any probation rule.",
    lang="en", present=["劳动用工"])
