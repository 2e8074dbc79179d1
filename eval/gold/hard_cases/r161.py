"""Hard-case gold items, hundred-and-sixty-first round (see eval/gold/build_hard_cases.py): written blind, from the documents alone.

Persona: an auditor at a municipal audit bureau (审计局) who checks how government bodies, public
institutions and SOEs pay private firms and SMEs. Asks about audit supervision of payments, settlement
"based on audit results", arrears reporting and public disclosure, internal payment procedures used as
excuses for not paying, and sanctions for the officials responsible. Precise and procedural, likes to
cite article numbers (sometimes the wrong number or a slightly wrong paraphrase), writes mostly in
Chinese, and in English when relaying questions from an ADB technical-assistance team.
"""

from goldtools import E, item_adders
from hard_cases import BE, GZ, NDRC, PE, PS, SME, SOE  # noqa: F401 (not every part cites every document)

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# ---- single

add("single",
    "请问《保障中小企业款项支付条例》里直接写审计机关职责的是哪一条？审计监督的对象范围是什么，国有大型企业在不在里面？",
    "第二十七条：审计机关依法对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督，国有大型企业在范围内。",
    ["审计机关", "机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督"],
    [E(SME, "第二十七条", "审计机关依法对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督。")],
    lang="zh")

add("single",
    "建设单位在施工合同里写了“工程款以审计部门审定金额作为最终结算依据”，条例第十三条是不是禁止这种做法？有没有例外？",
    "这是第十二条（不是第十三条）：机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "法律、行政法规另有规定的除外"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。")],
    lang="zh")

add("single",
    "机关事业单位上一年度逾期没付中小企业的款项，最晚几号之前要对外公开？公开哪些内容、走什么渠道？",
    "条例第十八条第一款：每年3月31日前，将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。",
    ["每年3月31日前", "合同数量、金额", "通过网站、报刊等便于公众知晓的方式公开"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。")],
    lang="zh")

add("single",
    "区属国有大型企业每年的逾期未付中小企业款项情况，按条例应该报给谁？报区政府还是报国资监管部门？",
    "条例第二十二条第一款：事业单位、国有大型企业每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门（地方政府部门才是报本级人民政府）。",
    ["按程序报其主管部门或者监管部门", "报告本级人民政府"],
    [E(SME, "第二十二条", "事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门。")],
    lang="zh")

add("single",
    "审计移送后，负责拖欠工程款的处长被给予降级政务处分。人事部门要在多长时间内把职务、工资变更手续办完？能不能拖？",
    "政务处分法第五十四条：受到降级以上政务处分的，人事部门应在作出政务处分决定后一个月内办理职务、工资等变更手续；特殊情况经批准可适当延长，但最长不得超过六个月。",
    ["在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续", "最长不得超过六个月"],
    [E(PS, "第五十四条", "对于受到降级以上政务处分的，应当由人事部门按照管理权限在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续")],
    lang="zh")

add("single",
    "Question from the ADB team: a county bureau told a private contractor it can't honour the contract because the bureau was restructured and the leadership changed. How does the NDRC notice treat that excuse?",
    "Item II.(2) of the NDRC notice: failure to perform due to institutional adjustments, personnel changes and other reasons shall all be regarded as breach of contract and dishonesty.",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "shall all be regarded as breach of contract and dishonesty")],
    lang="en")

add("single",
    "If a government department with a dishonesty record pays what it owes and fixes the breach, does the record just stay there? What does the NDRC notice say?",
    "Item III.(6): once the identifying department confirms the dishonest behaviour has been corrected and performance completed, the dishonesty records should be promptly restored and the punishment measures terminated.",
    ["corrected and performance completed", "relevant dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")],
    lang="en")

add("single",
    "央企内部的审计部门在合规管理体系里承担什么职责？《中央企业合规管理办法》是哪条规定的？",
    "第十五条：中央企业纪检监察机构和审计、巡视巡察、监督追责等部门依据有关规定，在职权范围内对合规要求落实情况进行监督，对违规行为进行调查，按照规定开展责任追究。",
    ["审计、巡视巡察、监督追责等部门", "对合规要求落实情况进行监督", "对违规行为进行调查"],
    [E(SOE, "第十五条", "中央企业纪检监察机构和审计、巡视巡察、监督追责等部门依据有关规定，在职权范围内对合规要求落实情况进行监督，对违规行为进行调查，按照规定开展责任追究。")],
    lang="zh")

# ---- multi

add("multi",
    "被审计的事业单位解释说，中小企业的货款拖了五个月是因为“内部付款流程还没走完”。条例允许拿这个当理由吗？如果我们提出后他们还是不改，怎么处理？",
    "不允许。条例第十四条规定不得以履行内部付款流程等为由拒绝或者迟延支付中小企业款项；第三十一条第（六）项规定，机关、事业单位有此情形的，由其上级机关、主管部门责令改正，拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["履行内部付款流程", "由其上级机关、主管部门责令改正", "对负有责任的领导人员和直接责任人员依法给予处分"],
    [E(SME, "第十四条", "机关、事业单位和大型企业不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(SME, "第三十一条", "由其上级机关、主管部门责令改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分"),
     E(SME, "第三十一条", "（六）以法定代表人或者主要负责人变更，履行内部付款流程")],
    lang="zh")

add("multi",
    "市属一家国有大型企业没有任何法律法规依据，坚持要以审计局的审计结果作为和分包商的结算依据，监管部门责令改正后仍不改。相关国企管理人员会被怎么处理？受处分期间还能提拔吗？",
    "保障中小企业款项支付条例第三十三条第二款：由监管部门责令改正，拒不改正的，对负有责任的国有企业管理人员依法给予处分；政务处分法第二十一条：国有企业管理人员在处分期内不得晋升职务、岗位等级和职称，被记过以上的不得晋升薪酬待遇等级，被撤职的降低职务或者岗位等级并降低薪酬待遇。",
    ["由其监管部门责令改正", "对负有责任的国有企业管理人员依法给予处分", "不得晋升职务、岗位等级和职称"],
    [E(SME, "第三十三条", "国有大型企业没有法律、行政法规依据，要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正；拒不改正的，对负有责任的国有企业管理人员依法给予处分。"),
     E(PS, "第二十一条", "国有企业管理人员在政务处分期内，不得晋升职务、岗位等级和职称")],
    lang="zh")

add("multi",
    "ADB team question: under the NDRC notice, do a locality's arrears to private firms end up in its government credit record, and what does the NDRC itself then do to entities that have such a record?",
    "Yes. III.(3): the NDRC includes breach-of-contract and dishonesty information and arrears information sorted by localities in government credit records. III.(4): for entities with dishonesty records it restricts central budget fund support, limits applications for local government special bonds and restricts recommendations for financing projects; prefecture-level and above cities lose award and pilot eligibility, among other measures.",
    ["arrears information sorted by localities", "restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(3)", "arrears information sorted by localities as required"),
     E(NDRC, "III.(4)", "our commission will restrict support from central budget funds")],
    lang="en")

# ---- cross_lingual

add("cross_lingual",
    "Our ADB colleagues ask: under China's 2025 Private Economy Promotion Law, can a state-owned enterprise hold back payment to a private contractor until the final accounts audit is done, if the contract says nothing about it? And can it insist on the audit result as the settlement basis?",
    "No. Article 67 of the Private Economy Promotion Law bars state organs, public institutions and SOEs from refusing or delaying payment on grounds such as waiting for the final accounts audit (决算审计) where the contract has no such term, and, unless laws or administrative regulations provide otherwise, from forcing the audit result to be used as the settlement basis.",
    ["在合同未作约定情况下以等待竣工验收批复、决算审计等为由", "不得强制要求以审计结果作为结算依据"],
    [E(PE, "第六十七条", "在合同未作约定情况下以等待竣工验收批复、决算审计等为由，拒绝或者拖延支付民营经济组织账款"),
     E(PE, "第六十七条", "除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据")],
    lang="en")

add("cross_lingual",
    "Does the 2019 Regulations on Optimizing the Business Environment say anything about what county-and-above governments must do long term to stop state organs running up arrears with businesses?",
    "Yes, Article 32: state organs and public institutions must not default on payments for goods, works and services; people's governments at county level and above and their departments must step up clearing such arrears and, through stronger budget management and strict accountability, build a long-term mechanism to prevent and tackle them.",
    ["不得违约拖欠市场主体的货物、工程、服务等账款", "加强预算管理、严格责任追究", "长效机制"],
    [E(BE, "第三十二条", "国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款"),
     E(BE, "第三十二条", "通过加强预算管理、严格责任追究等措施，建立防范和治理国家机关、事业单位拖欠市场主体账款的长效机制")],
    lang="en")

add("cross_lingual",
    "广州那篇“廉洁合规讲堂”的报道里，广药集团审计部负责人讲从审计风控角度看国企投资亏损，什么情况下容错、什么情况下必须问责？",
    "报道¶30：区分合规决策与违规失职、客观风险与人为漏洞；因政策调整、市场变化、技术探索等固有风险造成损失且已采取止损措施的，予以容错；因投后管控缺失、挪用资金、隐瞒风险、延误处置导致损失扩大的，失职者必须问责。",
    ["distinguishes between compliant decision-making and dereliction of duty in violation of regulations", "error tolerance will be granted", "those who are derelict in their duties must be held accountable"],
    [E(GZ, "¶30", "due measures have been taken to stop losses, error tolerance will be granted"),
     E(GZ, "¶30", "those who are derelict in their duties must be held accountable")],
    lang="zh")

# ---- paraphrase

add("paraphrase",
    "走访时一个做装修的小老板跟我们反映，他去对方单位催了几回钱，对方经办人就放话说以后别想再接他们的活。这种事有人管吗？经办人会有什么后果？",
    "条例第二十条禁止机关、事业单位和大型企业及其工作人员对提出付款请求或者投诉的中小企业及其工作人员恐吓、打击报复；第三十五条规定对负有责任的领导人员和直接责任人员依法给予处分或者处罚，构成犯罪的依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复", "依法给予处分或者处罚"],
    [E(SME, "第二十条", "机关、事业单位和大型企业及其工作人员不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复。"),
     E(SME, "第三十五条", "对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任。")],
    lang="zh")

add("paraphrase",
    "有个项目结算单里就两三项双方扯皮没谈拢，甲方干脆把整笔钱都压着一分不给。没扯皮的那部分能不能先要回来？",
    "条例第十五条：交易部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。",
    ["部分存在争议但不影响其他部分履行的", "对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "机关、事业单位和大型企业与中小企业的交易，部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。")],
    lang="zh")

# ---- false_premise

unans("false_premise",
      "条例第九条规定机关、事业单位要在货物服务交付后45日内付款，那我们审计时统计逾期，是不是超过45天才算？",
      ["45日"],
      "条例第九条第一款规定的是自交付之日起30日内支付，合同另有约定的最长不得超过60日，没有45日的期限；按45天计算逾期的前提错误。",
      lang="zh", present=["30日", "60日"],
      related=[E(SME, "第九条", "机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。")])

unans("false_premise",
      "我们局下发的通知里写着“依据条例第十八条，各单位须于6月30日前在门户网站公开上年度逾期未付中小企业款项信息”，这个截止时间各单位能不能申请延后？",
      ["6月30日"],
      "条例第十八条规定机关、事业单位应当于每年3月31日前公开上一年度逾期尚未支付中小企业款项信息，不是6月30日；文件也没有申请延后的规定。",
      lang="zh", present=["3月31日"],
      related=[E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息通过网站、报刊等便于公众知晓的方式公开。")])

unans("false_premise",
      "既然条例第二十七条把所有大型企业（包括民营大型企业）都纳入了审计监督，我们局对辖区里的民营上市公司欠中小企业货款的情况该怎么开展审计？",
      ["所有大型企业", "民营大型企业"],
      "条例第二十七条只规定审计机关对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督，不包括民营大型企业；民营经济促进法第六十七条也只针对国家机关、事业单位和国有企业。问题前提错误，文件也没有对民营企业开展审计的做法。",
      lang="zh", present=["国有大型企业"],
      related=[E(SME, "第二十七条", "审计机关依法对机关、事业单位和国有大型企业支付中小企业款项情况实施审计监督。")])

unans("false_premise",
      "拖欠问题的主要责任人被撤职了，按政务处分法撤职处分期是三十六个月，期满后能不能恢复原来的处长职务？",
      ["三十六个月"],
      "政务处分法第八条规定降级、撤职的处分期为二十四个月，不是三十六个月（第二十六条还规定解除撤职的不恢复原职务）；前提中的期限错误。",
      lang="zh", present=["二十四个月"],
      related=[E(PS, "第八条", "（四）降级、撤职，二十四个月。")])

unans("false_premise",
      "The NDRC notice says county-level governments with government dishonesty records lose their eligibility for development-and-reform awards and pilot demonstrations. Does that cut apply to our district government as well?",
      ["county-level", "district"],
      "Item III.(4) applies that measure to prefecture-level and above cities with government dishonesty records, not county-level governments; the notice says nothing about districts, so the premise is wrong.",
      lang="en", present=["prefecture-level"],
      related=[E(NDRC, "III.(4)", "for prefecture-level and above cities with government dishonesty records")])

unans("false_premise",
      "The Guangzhou lecture-hall report says the three batches of the Guidelines cover 50 scenarios. Which batch has the scenarios on paying private suppliers on time?",
      ["three batches", "50 scenarios", "third batch"],
      "The GZ report (¶10) speaks of two batches of the Guidelines covering 33 scenarios; there is no third batch and no 50 scenarios, and the report does not describe a scenario on paying suppliers.",
      lang="en", present=["33 scenarios", "two batches"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

unans("false_premise",
      "央企合规管理办法第十二条规定首席合规官由总会计师兼任，那重大决策的合规审查意见和付款审批岂不是同一个人签字？",
      ["总会计师"],
      "《中央企业合规管理办法》第十二条规定首席合规官由总法律顾问兼任，不是总会计师；第二十一条规定重大决策事项的合规审查意见由首席合规官签字，办法未规定付款审批由谁签。前提错误。",
      lang="zh", present=["总法律顾问", "首席合规官"],
      related=[E(SOE, "第十二条", "中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任")])

# ---- not_covered

unans("not_covered",
      "条例第二十七条说审计机关对国有大型企业支付中小企业款项情况实施审计监督，那是每年都要全覆盖审一次，还是按抽查比例来？有没有规定频次？",
      ["抽查比例", "全覆盖审计", "每年审计"],
      "条例第二十七条只规定审计机关依法实施审计监督，没有规定审计频次、覆盖面或抽查比例；其他文件也未涉及。",
      lang="zh", present=["审计监督"])

unans("not_covered",
      "2024年全国一共清理了多少拖欠中小企业的账款？我们写审计报告想引用一个全国数据。",
      ["2024年", "清欠金额"],
      "七份文件都没有全国清欠金额的统计数据；条例第二十一条、第二十二条只规定清理和报告要求。",
      lang="zh", present=["清理力度"])

unans("not_covered",
      "Is there a filing fee for an SME to lodge an arrears complaint on the national complaint platform, and how much is it?",
      ["filing fee", "complaint fee"],
      "SME regulation Articles 24-25 set up the complaint platform and the handling deadlines (10 working days to transfer, 30 days to resolve, up to 90), but say nothing about any fee; no other document covers it.",
      lang="en", present=["投诉平台"])

unans("not_covered",
      "审计发现的公职人员拖欠款项问题线索，审计局要在多少个工作日内移送纪委监委？",
      ["移送纪委", "纪委监委", "个工作日内移送"],
      "政务处分法规定监察机关的调查、处分程序，条例规定投诉转交期限（10个工作日转交处理投诉部门），但没有任何文件规定审计机关向纪检监察机关移送问题线索的时限。",
      lang="zh", present=["10个工作日"])

unans("not_covered",
      "Is the NDRC expected to issue a follow-up notice in 2026 with numeric targets for clearing government arrears to private firms?",
      ["2026", "numeric targets"],
      "The 2023 NDRC notice sets no numeric targets and no document predicts a future notice; a forecast cannot be answered from the documents.",
      lang="en")

unans("not_covered",
      "《审计法》哪一条授权审计机关审计国有企业的资产负债损益？我们出审计通知书时要引用。",
      ["审计法", "审计通知书"],
      "语料里没有《审计法》；条例第二十七条和民营经济促进法第六十七条只笼统规定审计机关依法对付款情况进行审计监督，没有给出审计法的条文。",
      lang="zh", present=["审计机关"])

# ---- out_of_domain

unans("out_of_domain",
      "我们局今年新调来的同事，工龄满十年，年休假能休几天？",
      ["年休假", "工龄"],
      "与七份文件无关：职工带薪年休假属于劳动人事规定，文件均未涉及。",
      lang="zh")

unans("out_of_domain",
      "For the ADB team's training module: what sampling approach does INTOSAI's ISSAI 4000 recommend for compliance audits?",
      ["INTOSAI", "ISSAI"],
      "Nothing to do with the seven documents: international public-sector audit standards are not in the corpus.",
      lang="en")

unans("out_of_domain",
      "下周去外省审计调查，处级干部出差住宿费每晚限额是多少？差旅费怎么报销？",
      ["住宿费", "差旅费"],
      "与文件无关：差旅费报销标准不在七份文件中。",
      lang="zh")

# ---- superseded

unans("superseded",
      "2020年那版原条例（728号令，修订前）里，逾期未付款项信息公开是第几条规定的？和2025年修订后的第十八条比有什么变化？",
      ["原条例", "修订前"],
      "语料只有2025年3月17日国务院令第802号修订后的条例全文（第十八条规定3月31日前公开）；2020年国务院令第728号公布的原文本没有收录，无法比较。",
      lang="zh", present=["第728号", "第802号"])

unans("superseded",
      "民营经济促进法草案二审稿里关于拖欠民营企业账款的条款是第几条？跟正式通过的文本相比有什么改动？",
      ["草案", "二审稿"],
      "语料只有2025年4月30日通过的民营经济促进法正式文本（第六十七条、第七十三条涉及拖欠账款），没有任何草案或审议稿，无法比较。",
      lang="zh", present=["第六十七条"])

unans("superseded",
      "2018年国资委印发的《中央企业合规管理指引（试行）》里，对合规委员会和合规管理负责人是怎么规定的？",
      ["2018年", "指引（试行）", "合规管理负责人"],
      "语料收录的是2022年国资委令第42号《中央企业合规管理办法》（自2022年10月1日起施行），不含2018年的试行指引，无法回答该旧文件的规定。",
      lang="zh", present=["第42号", "合规委员会"])

unans("superseded",
      "Before the 2023 NDRC notice, the State Council's 2016 opinions on strengthening government integrity (Guo Fa [2016] No. 76) governed this. What did those opinions say about government arrears and credit restoration?",
      ["2016", "Guo Fa", "No. 76"],
      "The corpus holds only the 2023 NDRC notice (Development and Reform Finance [2023] No. 1103); the 2016 State Council opinions are not in it, so their content cannot be stated from the documents.",
      lang="en", present=["No. 1103"])
