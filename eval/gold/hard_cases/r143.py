"""Hard-case gold items, hundred and forty-third round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: a graduate student in public administration writing a thesis on government credibility and the
private economy, asking analytical 'why' and 'how does X relate to Y' questions in Chinese and English,
often building on an assumption about what a document says; false premises sit inside why-questions and
comparisons.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --------------------------------------------------------------------------- single

add("single",
    "我在论文里讨论“新官不理旧账”的问题。按照《民营经济促进法》，地方政府能不能以换届或者领导更替为由，不履行之前和民营企业签的合同？",
    "不能。《民营经济促进法》第七十条规定，地方各级人民政府及其有关部门应当履行政策承诺和合同，不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约。",
    ["政府换届", "相关人员更替", "违约、毁约"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约")],
    lang="zh")

add("single",
    "For my chapter on 'new officials ignoring old commitments': under the NDRC notice, if a local government fails to honour a contract because the officials in charge were replaced, is that excused or does it count as dishonesty?",
    "It is not excused. Item II.(2) of the NDRC notice says failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["personnel changes", "regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes"),
     E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "研究拖欠账款的违约成本时我想弄清楚：机关或者大企业拖欠中小企业的货款，如果合同里没约定逾期利率，利息按什么标准算？",
    "《保障中小企业款项支付条例》第十七条：迟延支付的应当支付逾期利息；双方未作约定的，按照每日利率万分之五支付逾期利息（有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率）。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    lang="zh")

add("single",
    "How many interaction scenarios do the two batches of Guangzhou's government-business guidelines cover altogether, and are they supposed to be exhaustive?",
    "According to the Guangzhou lecture-hall report, the two batches cover 33 scenarios, which cannot encompass all situations; officials are told to judge other cases by whether an action serves the public good and can be 'put on the table' (¶10).",
    ["33 scenarios", "cannot encompass all situations"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches"),
     E(GZ, "¶10", "cannot encompass all situations")],
    lang="en")

add("single",
    "公务员被记过以后，在处分期里还能不能升职、涨工资档次？我想看政务处分对干部到底有多大约束力。",
    "不能。《公职人员政务处分法》第十九条规定，公务员在政务处分期内不得晋升职务、职级、衔级和级别；被记过、记大过、降级、撤职的，不得晋升工资档次。",
    ["不得晋升职务、职级、衔级和级别", "不得晋升工资档次"],
    [E(PS, "第十九条", "在政务处分期内，不得晋升职务、职级、衔级和级别"),
     E(PS, "第十九条", "被记过、记大过、降级、撤职的，不得晋升工资档次")],
    lang="zh")

add("single",
    "政策能不能稳定可预期，也要看出台前企业有没有发言的机会。《优化营商环境条例》要求涉企规章、规范性文件公开征求意见，一般至少要留多长时间？",
    "《优化营商环境条例》第六十二条规定，向社会公开征求意见的期限一般不少于30日。",
    ["一般不少于30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日")],
    lang="zh")

add("single",
    "央企的首席合规官是专门新增的一个领导岗位吗？一般由谁来担任？",
    "不是新增岗位。《中央企业合规管理办法》第十二条规定，中央企业结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任。",
    ["不新增领导岗位和职数", "由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")],
    lang="zh")

add("single",
    "Is a government body's dishonesty record permanent under the NDRC notice, or can it be cleared? If so, what has to happen first?",
    "It can be cleared. Under III.(6), once the identifying department confirms that the dishonest behaviour has been corrected and performance completed, the dishonesty records should be promptly restored and punishment measures terminated.",
    ["corrected and performance completed", "promptly restored"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

# --------------------------------------------------------------------------- multi

add("multi",
    "我想比较两种情形：一是地方政府出于公共利益需要改变对民企的政策承诺，二是地方政府没有正当理由干脆不履行承诺。《民营经济促进法》对这两种情况的后果分别是怎么规定的？",
    "第七十条第二款：因国家利益、社会公共利益需要改变的，应依法定权限和程序进行，并对民营经济组织因此受到的损失予以补偿；第七十三条：不履行依法作出的政策承诺、依法订立的合同的，由有权机关予以纠正，造成损失的依法予以赔偿，并可对责任人员给予处分。",
    ["予以补偿", "由有权机关予以纠正", "依法予以赔偿"],
    [E(PE, "第七十条", "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行"),
     E(PE, "第七十条", "并对民营经济组织因此受到的损失予以补偿"),
     E(PE, "第七十三条", "不履行向民营经济组织依法作出的政策承诺、依法订立的合同的，由有权机关予以纠正"),
     E(PE, "第七十三条", "造成损失的，依法予以赔偿")],
    lang="zh")

add("multi",
    "在“以审计结果作为结算依据”这个问题上，《保障中小企业款项支付条例》和《民营经济促进法》的规定一致吗？两者约束的主体有什么不同？",
    "方向一致，主体略有不同：条例第十二条约束机关、事业单位和国有大型企业，不得强制要求以审计机关的审计结果作为结算依据；民营经济促进法第六十七条约束国家机关、事业单位、国有企业，除法律、行政法规另有规定外不得强制要求以审计结果作为结算依据。",
    ["国有大型企业", "审计机关的审计结果", "不得强制要求以审计结果作为结算依据"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据"),
     E(PE, "第六十七条", "国家机关、事业单位、国有企业应当依法或者依合同约定及时向民营经济组织支付账款"),
     E(PE, "第六十七条", "不得强制要求以审计结果作为结算依据")],
    lang="zh")

add("multi",
    "If a private firm wants to report that a county government broke an investment-promotion agreement, which channels can it use under the NDRC notice, and who then checks whether the complaint is true?",
    "Under II.(1), complaints can go through the provincial credit websites, the MIIT SME arrears platform, local 12345 hotlines, business-environment complaint platforms, petition departments and so on; under II.(2), the provincial credit leading department transfers the clues to the superior or competent departments of the complained entity for verification and identification.",
    ["12345 government service hotlines", "superior or competent departments of the complained entities"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines"),
     E(NDRC, "II.(2)", "immediately transfer received and collected breach of contract"),
     E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")],
    lang="en")

# --------------------------------------------------------------------------- cross_lingual

add("cross_lingual",
    "发改委2023年那份关于政府诚信履约的通知里，对有失信记录的主体，发改系统在资金和地方专项债方面会采取什么限制？",
    "通知第三部分第（4）项：对有失信记录的相关主体，发改委将限制中央预算内资金支持、限制申报地方政府专项债券，并按规定限制推荐各类融资项目。",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "restrict support from central budget funds"),
     E(NDRC, "III.(4)", "limit applications for local government special bonds")],
    lang="zh")

add("cross_lingual",
    "广州那套政商交往的场景指南是哪个部门发布的？到现在一共出了几批？",
    "据报道（¶7），广州市纪委监委自去年起连续两年发布了两批《广州市政商交往典型场景指引及问答》。",
    ["Guangzhou Municipal Commission for Discipline Inspection and Supervision", "two batches"],
    [E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision"),
     E(GZ, "¶7", "has issued two batches of the Guidelines")],
    lang="zh")

add("cross_lingual",
    "In my interviews, entrepreneurs worry that local authorities turn contract disputes into criminal cases. Does China's Private Economy Promotion Law say anything about using administrative or criminal means in economic disputes?",
    "Yes. Article 63 requires cases to strictly distinguish economic disputes from economic crimes, and prohibits using administrative or criminal means to illegally interfere in economic disputes.",
    ["严格区分经济纠纷与经济犯罪", "禁止利用行政或者刑事手段违法干预经济纠纷"],
    [E(PE, "第六十三条", "办理案件应当严格区分经济纠纷与经济犯罪"),
     E(PE, "第六十三条", "禁止利用行政或者刑事手段违法干预经济纠纷")],
    lang="en")

# --------------------------------------------------------------------------- paraphrase

add("paraphrase",
    "上面派人到厂里查账查货，是他们想挑哪家就挑哪家、想让谁来就让谁来吗？有没有什么规矩？",
    "有规矩。除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域外，市场监管领域的行政检查应当随机抽取检查对象、随机选派执法检查人员，抽查事项及查处结果及时公开（民营经济促进法第五十二条；优化营商环境条例第五十四条）。",
    ["随机抽取检查对象", "随机选派执法检查人员"],
    [E(PE, "第五十二条", "通过随机抽取检查对象、随机选派执法检查人员的方式进行"),
     E(BE, "第五十四条", "随机抽取检查对象、随机选派执法检查人员")],
    lang="zh")

add("paraphrase",
    "我们去有关部门反映了一家大公司老是欠账不还，对方会不会找人吓唬我们，或者以后故意给我们穿小鞋？有规定管这种事吗？",
    "有。《保障中小企业款项支付条例》第二十条规定，机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。",
    ["恐吓、打击报复"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复")],
    lang="zh")

# --------------------------------------------------------------------------- false_premise

unans("false_premise",
      "为什么《保障中小企业款项支付条例》要求机关、事业单位在货物交付后15日内就付款？这么短的期限是出于什么考虑？",
      ["15日内", "15日"],
      "第九条规定机关、事业单位应自交付之日起30日内支付，合同另有约定的最长不超过60日；没有15日的期限，前提错误。",
      lang="zh", present=["30日内"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])

unans("false_premise",
      "Since the Guangzhou guidelines on government-business interactions were issued by the Guangzhou Municipal Bureau of Commerce, why was it a discipline-inspection official who explained them at the lecture hall?",
      ["Bureau of Commerce"],
      "The report (¶7) says the Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection and Supervision, not a commerce bureau; the premise is wrong.",
      lang="en", present=["Commission for Discipline Inspection and Supervision"],
      related=[E(GZ, "¶7", "the Guangzhou Municipal Commission for Discipline Inspection and Supervision")])

unans("false_premise",
      "《保障中小企业款项支付条例》要求机关、事业单位每季度公开一次逾期未付中小企业款项的信息，这种高频率的公开是怎么倒逼政府守信的？",
      ["每季度"],
      "第十八条要求机关、事业单位于每年3月31日前公开上一年度逾期未付的合同数量、金额等信息，是按年公开，不是每季度。",
      lang="zh", present=["每年3月31日前"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])

unans("false_premise",
      "政务处分法把降级的处分期定为三十六个月，比撤职的期间还长，立法上为什么要这样安排？",
      ["三十六个月"],
      "第八条规定降级、撤职的处分期同为二十四个月（警告六个月、记过十二个月、记大过十八个月），没有三十六个月之说。",
      lang="zh", present=["二十四个月"],
      related=[E(PS, "第八条", "降级、撤职，二十四个月")])

unans("false_premise",
      "Given that the NDRC notice has the people's courts verify complaints about government breaches of contract, how independent is that identification from local governments?",
      ["court", "courts"],
      "II.(2) sends complaint clues to the superior or competent departments of the complained entities for verification and identification; courts play no part in the notice, so the premise is false.",
      lang="en", present=["superior or competent departments"],
      related=[E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities")])

unans("false_premise",
      "民营经济促进法规定，地方政府违约给民营企业造成损失的，要按实际损失的两倍赔偿。那这种惩罚性的赔偿标准在实践中怎么落实？",
      ["两倍"],
      "第七十三条只规定由有权机关予以纠正、造成损失的依法予以赔偿，第七十条第二款规定改变承诺的予以补偿；没有“两倍赔偿”。惩罚性赔偿只出现在知识产权侵权（第三十三条）。",
      lang="zh", present=["依法予以赔偿", "惩罚性赔偿"],
      related=[E(PE, "第七十三条", "造成损失的，依法予以赔偿")])

unans("false_premise",
      "The Regulations on Optimizing the Business Environment took effect on the day they were published in October 2019, right? So local policies issued in November 2019 already had to comply with them?",
      ["自公布之日起施行"],
      "Article 72 says the Regulations took effect on 1 January 2020 (published 22 October 2019), not on publication; the premise is wrong.",
      lang="en", present=["2020年1月1日"],
      related=[E(BE, "第七十二条", "本条例自2020年1月1日起施行")])

# --------------------------------------------------------------------------- not_covered

unans("not_covered",
      "NDRC那份通知发布以来，全国各地一共认定了多少起政府违约失信案例？有没有按省份的统计数据？",
      ["statistics", "按省份统计"],
      "通知只规定投诉受理、认定、惩戒、定期评估通报和曝光典型案例（IV.(7)、IV.(9)），没有给出认定案件的数量或分省统计。",
      lang="zh", present=["typical cases"])

unans("not_covered",
      "中小企业通过国家拖欠中小企业款项投诉平台投诉，需要交投诉费吗？",
      ["投诉费", "免费"],
      "条例第二十四、二十五条规定投诉平台的建立、转交和处理时限，但没有提到投诉是否收费。",
      lang="zh", present=["投诉平台"])

unans("not_covered",
      "We are a private contractor whose city government walked away from a PPP agreement after a leadership reshuffle. If we complain through the Credit China column, will we actually get our money back?",
      ["success rate", "refund", "guaranteed"],
      "The NDRC notice describes complaint channels, identification and punishment, and the private economy law (Art. 70, 73) provides for correction and compensation, but no document can predict the outcome of a particular complaint.",
      lang="en", present=["Credit China"])

unans("not_covered",
      "Of the 33 scenarios in the Guangzhou guidelines, how many are in the first batch and how many in the second?",
      ["scenarios in the first batch", "scenarios in the second batch"],
      "The report gives only the total of 33 scenarios across the two batches (¶10) and describes the themes of each batch, not how many scenarios each contains.",
      lang="en", present=["33 scenarios"])

unans("not_covered",
      "Under the Public Official Sanctions Law, within how many days must an official apply for review after receiving a sanction decision?",
      ["日内申请复审", "申请复审的期限为"],
      "Article 45 says the decision must state the channels and time limit for applying for review or re-examination, and Art. 55 gives the right to apply, but the law does not fix the number of days.",
      lang="en", present=["申请复审、复核的途径和期限"])

unans("not_covered",
      "央企对举报违规问题且查证属实的举报人，奖励标准是多少？是按挽回损失的比例给吗？",
      ["奖励标准", "奖励金额"],
      "《中央企业合规管理办法》第二十四条只说对举报属实的举报人可以给予适当奖励，没有规定标准或比例。",
      lang="zh", present=["适当奖励"])

# --------------------------------------------------------------------------- superseded

unans("superseded",
      "2020年国务院令第728号公布的原版《保障中小企业款项支付条例》里，大型企业的付款期限原来是怎么规定的？2025年修订改了哪些地方？",
      ["2020年版", "修订前"],
      "语料只收录2025年修订后的条例（第802号令），标题提到2020年第728号令公布，但没有原版条文，无法比较修订前后。",
      lang="zh", present=["第728号"])

unans("superseded",
      "《民营经济促进法（草案征求意见稿）》里关于政府违约失信的条款，和最终通过的文本相比有什么变化？",
      ["征求意见稿", "草案"],
      "语料只有2025年4月30日通过的正式文本，没有草案或征求意见稿。",
      lang="zh", present=["2025年4月30日"])

unans("superseded",
      "How did SASAC's 2018 Guidelines on Compliance Management of Central Enterprises (for Trial Implementation) define the compliance committee, before the 2022 Measures replaced them?",
      ["2018", "试行"],
      "Only the 2022 Measures (SASAC Order No. 42) are in the corpus (Art. 11 on the compliance committee); the earlier 2018 trial guidelines are not.",
      lang="en", present=["合规委员会"])

unans("superseded",
      "Before the Public Official Sanctions Law took effect, how long did a demerit sanction last under the 2007 Regulations on the Punishment of Civil Servants of Administrative Organs?",
      ["2007", "行政机关公务员处分条例"],
      "Only the 2020 law is in the corpus (Art. 8: demerit twelve months; Art. 67 on transitional cases); the earlier regulations are not included.",
      lang="en", present=["本法施行前"])

# --------------------------------------------------------------------------- out_of_domain

unans("out_of_domain",
      "Our company wants to end an employee's labor contract during the probation period. How much severance payment do we owe under Chinese law?",
      ["severance", "试用期", "经济补偿金"],
      "Employment-termination law is outside these documents; they mention labour only in general terms (e.g. PE Art. 36, 38).",
      lang="en")

unans("out_of_domain",
      "公司和一家新加坡客户签了合同，约定在新加坡仲裁，对方一直不付款。拿到的仲裁裁决能不能在国内法院申请执行？",
      ["新加坡", "纽约公约", "承认和执行"],
      "涉外仲裁裁决的承认与执行不在这些文件范围内；文件只笼统提到仲裁等纠纷解决机制。",
      lang="zh", present=["仲裁"])

unans("out_of_domain",
      "我想毕业后考公务员进政府部门工作，公务员招录考试的报考年龄上限是多少周岁？",
      ["报考", "周岁"],
      "公务员招录条件不在这些文件中；政务处分法只涉及处分期内不得晋升等。",
      lang="zh")
