"""Build and validate eval/gold/zh_laws.jsonl.

Gold items over four Chinese documents of the sample corpus:
  - cn_law_private_economy_promotion_2025.txt        (中华人民共和国民营经济促进法)        PE
  - cn_law_public_official_sanctions_2020.txt        (中华人民共和国公职人员政务处分法)    PS
  - cn_regs_optimizing_business_environment_2019.txt (优化营商环境条例)                    BE
  - cn_sasac_central_soe_compliance_measures_2022.txt (中央企业合规管理办法)               SOE

Evidence is given as (document, article, verbatim quote); the character offsets are computed
here (the quote is looked up inside the named article only, so a sentence that recurs in another
article -- e.g. 政务处分法 第二十条/第二十一条 -- is anchored to the right one). For unanswerable
items the absence terms are searched over the whole corpus (the .txt files and the text layer of
the two PDFs, whitespace removed; English terms as case-insensitive whole words) and the build
fails if a term listed as absent is found.

Usage:  python eval/gold/build_zh_laws.py            # build + validate, writes the jsonl
        python eval/gold/build_zh_laws.py --check    # only validate the existing jsonl
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldtools
from goldtools import E, absence_check, item_adders, record, splits, validate_items

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
OUT = Path(__file__).resolve().parent / "zh_laws.jsonl"

PE = "cn_law_private_economy_promotion_2025.txt"
PS = "cn_law_public_official_sanctions_2020.txt"
BE = "cn_regs_optimizing_business_environment_2019.txt"
SOE = "cn_sasac_central_soe_compliance_measures_2022.txt"
MY_DOCS = (PE, PS, BE, SOE)

ARTICLE_RE = re.compile(r"^第[零一二三四五六七八九十百]+条", re.M)


# --------------------------------------------------------------------------- corpus access

def read_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8").replace("\r\n", "\n")


def pdf_text(name: str) -> str:
    import pypdf

    reader = pypdf.PdfReader(str(CORPUS / name))
    return "\n".join(p.extract_text() or "" for p in reader.pages)


def load_corpus() -> dict[str, str]:
    docs = {}
    for p in sorted(CORPUS.iterdir()):
        if p.suffix == ".txt":
            docs[p.name] = read_text(p.name)
        elif p.suffix == ".pdf":
            docs[p.name] = pdf_text(p.name)
    return docs


def articles(text: str) -> list[tuple[str, int, int]]:
    """(article id, start, end) for every line starting with 第X条; end = next article start."""
    starts = [(m.group(0), m.start()) for m in ARTICLE_RE.finditer(text)]
    out = []
    for i, (aid, s) in enumerate(starts):
        e = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        out.append((aid, s, e))
    return out


def article_span(text: str, aid: str) -> tuple[int, int]:
    hits = [(s, e) for a, s, e in articles(text) if a == aid]
    if len(hits) != 1:
        raise ValueError(f"article {aid}: {len(hits)} occurrences at a line start")
    return hits[0]


SHORT = {
    PE: "民营经济促进法", PS: "政务处分法", BE: "优化营商环境条例", SOE: "央企合规办法",
    "cn_regs_sme_payment_guarantee_2025.pdf": "中小企业款项支付条例",
    "ndrc_government_integrity_notice_2023_en.pdf": "NDRC notice",
    "gz_lecture_hall_guidelines_2025_en.txt": "GZ report",
}

# --------------------------------------------------------------------------- the items
# Evidence: (document, article, quote). Split: decided per item by position within its
# (type, subtype) group -- positions 0 and 2 of every 5 are dev (40 %), the rest test.


ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)


# ---------------------------------------------------------------- single (zh)
S = "single"
# 民营经济促进法
add(S, "民营企业可以参与国家重大战略和重大工程吗？",
    "可以。民营经济促进法明确支持民营经济组织参与国家重大战略和重大工程。",
    ["支持民营经济组织参与国家重大战略和重大工程"],
    [E(PE, "第十六条", "支持民营经济组织参与国家重大战略和重大工程")])
add(S, "民营经济促进法所称的“民营经济组织”具体指哪些主体？",
    "指在中国境内依法设立的由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户，以及前述组织控股或者实际控制的营利法人、非法人组织。",
    ["中国公民控股或者实际控制", "个体工商户"],
    [E(PE, "第七十七条", "由中国公民控股或者实际控制的营利法人、非法人组织和个体工商户")])
add(S, "民营经济促进法从哪天开始施行？",
    "民营经济促进法自2025年5月20日起施行。",
    ["2025年5月20日"],
    [E(PE, "第七十八条", "本法自2025年5月20日起施行。")])
add(S, "按照民营经济促进法，政府采购项目能不能设置条件把民营企业排除在外？",
    "不能。除法律另有规定外，招标投标、政府采购等公共资源交易不得有限制或者排斥民营经济组织的行为。",
    ["除法律另有规定外", "不得有限制或者排斥民营经济组织的行为"],
    [E(PE, "第十四条", "除法律另有规定外，招标投标、政府采购等公共资源交易不得有限制或者排斥民营经济组织的行为。")])
add(S, "银行跟我们民营企业签了借款合同，后来单方面提前收回贷款，银行要承担什么责任？",
    "金融机构违反与民营经济组织借款人的约定，单方面提前收回贷款的，依法承担违约责任。",
    ["提前收回贷款", "违约责任"],
    [E(PE, "第二十四条", "单方面增加发放贷款条件、中止发放贷款或者提前收回贷款的，依法承担违约责任")])
add(S, "民营企业可以拿知识产权去银行做质押贷款吗？",
    "可以。银行业金融机构等为民营经济组织提供应收账款、仓单、股权、知识产权等权利质押贷款。",
    ["知识产权", "权利质押贷款"],
    [E(PE, "第二十一条", "为民营经济组织提供应收账款、仓单、股权、知识产权等权利质押贷款")])
add(S, "个体工商户可以转成企业吗？",
    "可以。个体工商户可以自愿依法转型为企业，登记机关、税务机关和有关部门为其转型提供指引和便利。",
    ["自愿依法转型为企业"],
    [E(PE, "第四十八条", "个体工商户可以自愿依法转型为企业。")])
add(S, "民营企业被采取失信惩戒后改正了，可以申请信用修复吗？",
    "可以。纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请，有关国家机关应当依法及时解除惩戒措施。",
    ["符合信用修复条件", "信用修复申请"],
    [E(PE, "第五十四条", "纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请")])
add(S, "按照民营经济促进法，国有企业能以内部付款流程还没走完为由拖欠民营企业的货款吗？",
    "不能。国家机关、事业单位、国有企业不得以履行内部付款流程等为由，拒绝或者拖延支付民营经济组织账款。",
    ["履行内部付款流程", "拒绝或者拖延支付民营经济组织账款"],
    [E(PE, "第六十七条", "不得以人员变更、履行内部付款流程或者在合同未作约定情况下以等待竣工验收批复、决算审计等为由，拒绝或者拖延支付民营经济组织账款")])
add(S, "民营企业到海外投资经营需要遵守哪些要求？",
    "应当遵守所在国家或者地区的法律，尊重当地习俗和文化传统，维护国家形象，不得从事损害国家安全和国家利益的活动。",
    ["遵守所在国家或者地区的法律", "尊重当地习俗和文化传统"],
    [E(PE, "第四十三条", "应当遵守所在国家或者地区的法律，尊重当地习俗和文化传统")])
add(S, "企业用欺诈手段骗取了政府的优惠政策，会有什么后果？",
    "应当撤销已获表彰荣誉、取消享受的政策待遇，依法予以处罚；构成犯罪的，依法追究刑事责任。",
    ["撤销已获表彰荣誉", "取消享受的政策待遇"],
    [E(PE, "第七十六条", "应当撤销已获表彰荣誉、取消享受的政策待遇，依法予以处罚")])
add(S, "发现某地出台的政策措施违反公平竞争审查制度，可以向哪个部门举报？",
    "可以向市场监督管理部门举报，由其受理并依法处理。",
    ["市场监督管理部门"],
    [E(PE, "第十一条", "市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报，并依法处理。")])
add(S, "办案机关可以用刑事手段介入企业之间的合同纠纷吗？",
    "不可以。民营经济促进法禁止利用行政或者刑事手段违法干预经济纠纷，办理案件应当严格区分经济纠纷与经济犯罪。",
    ["禁止利用行政或者刑事手段违法干预经济纠纷"],
    [E(PE, "第六十三条", "禁止利用行政或者刑事手段违法干预经济纠纷。")])
add(S, "为了公共利益征收民营企业的财产，要给补偿吗？",
    "要。为了公共利益的需要依照法律规定征收、征用财产的，应当给予公平、合理的补偿。",
    ["公平、合理的补偿"],
    [E(PE, "第六十一条", "为了公共利益的需要，依照法律规定征收、征用财产的，应当给予公平、合理的补偿。")])
# 公职人员政务处分法
add(S, "政务处分有哪几种？",
    "政务处分的种类为警告、记过、记大过、降级、撤职、开除六种。",
    ["警告", "记过", "记大过", "降级", "撤职", "开除"],
    [E(PS, "第七条", "政务处分的种类为：")])
add(S, "记大过的政务处分期间是多长？",
    "记大过的处分期间为十八个月。",
    ["十八个月"],
    [E(PS, "第八条", "（三）记大过，十八个月；")])
add(S, "公职人员主动退赔违法所得，可以从轻处分吗？",
    "可以。主动上交或者退赔违法所得的，可以从轻或者减轻给予政务处分。",
    ["可以从轻或者减轻给予政务处分", "主动上交或者退赔违法所得"],
    [E(PS, "第十一条", "（六）主动上交或者退赔违法所得的；")])
add(S, "被调查的公职人员串供，会被怎么处理？",
    "串供或者伪造、隐匿、毁灭证据的，应当从重给予政务处分。",
    ["应当从重给予政务处分", "串供"],
    [E(PS, "第十三条", "（三）串供或者伪造、隐匿、毁灭证据的；")])
add(S, "公职人员因过失犯罪被判处有期徒刑四年，会被开除吗？",
    "会。因过失犯罪被判处有期徒刑、刑期超过三年的，予以开除。",
    ["刑期超过三年", "予以开除"],
    [E(PS, "第十四条", "（二）因过失犯罪被判处有期徒刑，刑期超过三年的；")])
add(S, "公职人员有多个违法行为、都应给予记过的，合并确定的处分期最长可以是多久？",
    "可以在一个处分期以上、多个处分期之和以下确定，但最长不得超过四十八个月。",
    ["四十八个月"],
    [E(PS, "第十五条", "但是最长不得超过四十八个月")])
add(S, "国有企业管理人员被记过，在处分期内能不能晋升薪酬待遇等级？",
    "不能。国有企业管理人员被记过、记大过、降级、撤职的，在政务处分期内不得晋升薪酬待遇等级。",
    ["不得晋升薪酬待遇等级"],
    [E(PS, "第二十一条", "其中，被记过、记大过、降级、撤职的，不得晋升薪酬待遇等级。")])
add(S, "被开除的公职人员以后还能再考公务员吗？",
    "不能。公职人员被开除的，不得录用为公务员以及参照公务员法管理的人员。",
    ["不得录用为公务员"],
    [E(PS, "第二十四条", "不得录用为公务员以及参照《中华人民共和国公务员法》管理的人员")])
add(S, "公职人员向其他公职人员赠送可能影响公正行使公权力的礼金，会受什么处分？",
    "情节较重的，予以警告、记过或者记大过；情节严重的，予以降级或者撤职。",
    ["警告、记过或者记大过", "降级或者撤职"],
    [E(PS, "第三十四条", "向公职人员及其特定关系人赠送可能影响公正行使公权力的礼品、礼金、有价证券等财物")])
add(S, "公职人员参与赌博会受到政务处分吗？",
    "会。参与赌博的，予以警告、记过或者记大过；情节较重的，予以降级或者撤职；情节严重的，予以开除。",
    ["参与赌博", "予以警告、记过或者记大过"],
    [E(PS, "第四十条", "（三）参与赌博的；")])
add(S, "监察机关调查涉嫌违法的公职人员，至少要几名工作人员？",
    "应当由二名以上工作人员进行。",
    ["二名以上"],
    [E(PS, "第四十二条", "应当由二名以上工作人员进行")])
add(S, "被调查人提出申辩，会不会因此被加重政务处分？",
    "不会。不得因被调查人的申辩而加重政务处分。",
    ["不得因被调查人的申辩而加重政务处分"],
    [E(PS, "第四十三条", "不得因被调查人的申辩而加重政务处分。")])
add(S, "受到降级处分后，人事部门要在多长时间内办理工资待遇变更手续？",
    "应当在作出政务处分决定后一个月内办理；特殊情况下经批准可以适当延长，但最长不得超过六个月。",
    ["一个月内", "六个月"],
    [E(PS, "第五十四条", "在作出政务处分决定后一个月内办理职务、工资及其他有关待遇等的变更手续")])
add(S, "申请复审期间，原来的政务处分决定要停止执行吗？",
    "不停止。复审、复核期间，不停止原政务处分决定的执行。",
    ["不停止原政务处分决定的执行"],
    [E(PS, "第五十六条", "复审、复核期间，不停止原政务处分决定的执行。")])
add(S, "公职人员违规取得外国国籍，会被怎样处理？",
    "违反规定取得外国国籍或者获取境外永久居留资格、长期居留许可的，予以撤职或者开除。",
    ["予以撤职或者开除"],
    [E(PS, "第三十一条", "违反规定取得外国国籍或者获取境外永久居留资格、长期居留许可的，予以撤职或者开除。")])
# 优化营商环境条例
add(S, "优化营商环境条例里说的“营商环境”是什么意思？",
    "是指企业等市场主体在市场经济活动中所涉及的体制机制性因素和条件。",
    ["体制机制性因素和条件"],
    [E(BE, "第二条", "是指企业等市场主体在市场经济活动中所涉及的体制机制性因素和条件")])
add(S, "政府部门能强制企业参加评比、培训并借机收费吗？",
    "除法律、法规另有规定外，任何单位和个人不得强制或者变相强制市场主体参加评比、达标、表彰、培训等活动，也不得借此收费或者变相收费。",
    ["除法律、法规另有规定外", "不得借前述活动向市场主体收费或者变相收费"],
    [E(BE, "第十七条", "不得强制或者变相强制市场主体参加评比、达标、表彰、培训、考核、考试以及类似活动")])
add(S, "地方政府可以自己另外制定一份市场准入负面清单吗？",
    "不可以。各地区、各部门不得另行制定市场准入性质的负面清单。",
    ["不得另行制定市场准入性质的负面清单"],
    [E(BE, "第二十条", "各地区、各部门不得另行制定市场准入性质的负面清单。")])
add(S, "涉企保证金可以用保函代替现金缴纳吗？",
    "可以。条例要求推广以金融机构保函替代现金缴纳涉企保证金。",
    ["保函替代现金缴纳涉企保证金"],
    [E(BE, "第二十五条", "推广以金融机构保函替代现金缴纳涉企保证金。")])
add(S, "公司设立后一直没有开展经营，注销可以走简易程序吗？",
    "可以。对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销。",
    ["简易程序办理注销"],
    [E(BE, "第三十三条", "对设立后未开展生产经营活动或者无债权债务的市场主体，可以按照简易程序办理注销。")])
add(S, "行政机关可以为企业指定中介服务机构吗？",
    "不可以。行政机关不得为市场主体指定或者变相指定中介服务机构；除法定行政审批中介服务外，不得强制或者变相强制市场主体接受中介服务。",
    ["不得为市场主体指定或者变相指定中介服务机构"],
    [E(BE, "第四十三条", "行政机关不得为市场主体指定或者变相指定中介服务机构")])
add(S, "开发区做区域评估，费用能让入驻企业承担吗？",
    "不能。区域评估的费用不得由市场主体承担。",
    ["区域评估的费用不得由市场主体承担"],
    [E(BE, "第四十二条", "区域评估的费用不得由市场主体承担。")])
add(S, "政府部门可以要求企业提供证明事项清单以外的证明吗？",
    "不可以。清单之外，政府部门、公用企事业单位和服务机构不得索要证明。",
    ["清单之外", "不得索要证明"],
    [E(BE, "第四十四条", "清单之外，政府部门、公用企事业单位和服务机构不得索要证明。")])
add(S, "罚没收入可以和执法机关的利益挂钩吗？",
    "不可以。禁止将罚没收入与行政执法机关利益挂钩。",
    ["禁止将罚没收入与行政执法机关利益挂钩"],
    [E(BE, "第五十九条", "禁止将罚没收入与行政执法机关利益挂钩。")])
add(S, "对新技术、新业态的企业，政府应当采取什么样的监管方式？",
    "应当按照鼓励创新的原则实行包容审慎监管，分类制定监管规则和标准，不得简单化予以禁止或者不予监管。",
    ["包容审慎监管", "不得简单化予以禁止或者不予监管"],
    [E(BE, "第五十五条", "对新技术、新产业、新业态、新模式等实行包容审慎监管")])
add(S, "优化营商环境条例什么时候开始施行？",
    "自2020年1月1日起施行。",
    ["2020年1月1日"],
    [E(BE, "第七十二条", "本条例自2020年1月1日起施行。")])
add(S, "没有法律、法规依据，行政规范性文件能给企业增加义务吗？",
    "不能。没有法律、法规或者国务院决定和命令依据的，行政规范性文件不得减损市场主体合法权益或者增加其义务。",
    ["不得减损市场主体合法权益或者增加其义务"],
    [E(BE, "第六十四条", "行政规范性文件不得减损市场主体合法权益或者增加其义务")])
# 中央企业合规管理办法
add(S, "《中央企业合规管理办法》中的“合规”是什么意思？",
    "指企业经营管理行为和员工履职行为符合国家法律法规、监管规定、行业准则和国际条约、规则，以及公司章程、相关规章制度等要求。",
    ["企业经营管理行为和员工履职行为", "国家法律法规、监管规定、行业准则和国际条约、规则"],
    [E(SOE, "第三条", "是指企业经营管理行为和员工履职行为符合国家法律法规、监管规定、行业准则和国际条约、规则")])
add(S, "央企的首席合规官由谁兼任？",
    "首席合规官不新增领导岗位和职数，由总法律顾问兼任。",
    ["由总法律顾问兼任"],
    [E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])
add(S, "央企重大决策事项的合规审查意见需要谁签字？",
    "重大决策事项的合规审查意见应当由首席合规官签字。",
    ["首席合规官签字"],
    [E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字")])
add(S, "央企对举报属实的举报人可以给奖励吗？",
    "可以。中央企业对举报属实的举报人可以给予适当奖励。",
    ["可以给予适当奖励"],
    [E(SOE, "第二十四条", "对举报属实的举报人可以给予适当奖励")])
add(S, "央企业务部门的合规管理员应由什么人担任？",
    "合规管理员由业务骨干担任，接受合规管理部门业务指导和培训。",
    ["由业务骨干担任"],
    [E(SOE, "第十三条", "中央企业应当在业务及职能部门设置合规管理员，由业务骨干担任")])
add(S, "央企合规培训的必修对象包括哪些人员？",
    "合规管理是管理人员、重点岗位人员和新入职人员培训的必修内容。",
    ["管理人员、重点岗位人员和新入职人员"],
    [E(SOE, "第三十条", "将合规管理作为管理人员、重点岗位人员和新入职人员培训必修内容")])
add(S, "央企需要针对哪些重点领域制定合规管理具体制度？",
    "应针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域，以及合规风险较高的业务，制定具体制度或者专项指南。",
    ["反垄断", "反商业贿赂", "数据保护"],
    [E(SOE, "第十八条", "针对反垄断、反商业贿赂、生态环保、安全生产、劳动用工、税务管理、数据保护等重点领域")])
add(S, "中央企业发生重大合规风险事件，需要向国资委报告吗？",
    "需要。中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告。",
    ["及时向国资委报告"],
    [E(SOE, "第二十二条", "中央企业发生重大合规风险事件，应当按照相关规定及时向国资委报告。")])
add(S, "《中央企业合规管理办法》自什么时候起施行？",
    "自2022年10月1日起施行。",
    ["2022年10月1日"],
    [E(SOE, "第四十二条", "本办法自2022年10月1日起施行。")])

# ---------------------------------------------------------------- multi
M = "multi"
add(M, "地方政府换届了，新领导不认之前给我们民营企业的政策承诺和合同，法律上怎么规定？",
    "不允许。民营经济促进法和优化营商环境条例都规定地方政府不得以政府换届、相关人员更替等为由违约毁约；因国家利益、社会公共利益需要改变的，应依法定权限和程序进行，并对企业因此受到的损失予以补偿。",
    ["政府换届", "予以补偿"],
    [E(PE, "第七十条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关人员更替等为由违约、毁约"),
     E(BE, "第三十一条", "不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约")])
add(M, "市场监管部门来企业检查，是不是都要随机抽查？有没有例外？",
    "原则上市场监管领域的行政检查应随机抽取检查对象、随机选派执法检查人员，并及时公开抽查事项和查处结果；直接涉及公共安全和人民群众生命健康等特殊行业、重点领域除外，依法实行全覆盖的重点监管。",
    ["随机抽取检查对象", "随机选派执法检查人员", "公共安全和人民群众生命健康"],
    [E(PE, "第五十二条", "应当通过随机抽取检查对象、随机选派执法检查人员的方式进行"),
     E(BE, "第五十四条", "除直接涉及公共安全和人民群众生命健康等特殊行业、重点领域外")])
add(M, "公务员被记过后，多长时间内不能晋升？工资档次受不受影响？",
    "记过的处分期为十二个月；处分期内不得晋升职务、职级、衔级和级别，被记过的还不得晋升工资档次。",
    ["十二个月", "不得晋升工资档次"],
    [E(PS, "第八条", "（二）记过，十二个月；"),
     E(PS, "第十九条", "其中，被记过、记大过、降级、撤职的，不得晋升工资档次。")])
add(M, "国有企业管理人员受到撤职处分，处分期多长？期间职务和薪酬会怎样？",
    "撤职的处分期为二十四个月；被撤职的国有企业管理人员降低职务或者岗位等级，同时降低薪酬待遇。",
    ["二十四个月", "降低职务或者岗位等级", "同时降低薪酬待遇"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。"),
     E(PS, "第二十一条", "被撤职的，降低职务或者岗位等级，同时降低薪酬待遇。")])
add(M, "已经退休的公职人员被查出在职时受贿，违法所得的财物怎么处理？",
    "退休人员不再给予政务处分，但可以立案调查；其违法取得的财物由监察机关没收、追缴或者责令退赔，应退还原所有人的予以退还，属于国家财产或者不应当退还以及无法退还的，上缴国库。",
    ["不再给予政务处分", "没收、追缴或者责令退赔", "上缴国库"],
    [E(PS, "第二十七条", "对其违法取得的财物和用于违法行为的本人财物依照本法第二十五条的规定处理"),
     E(PS, "第二十五条", "属于国家财产或者不应当退还以及无法退还的，上缴国库")])
add(M, "公职人员被开除后，和原单位的关系怎么处理？以后还能当公务员吗？",
    "自政务处分决定生效之日起，应当解除其与所在机关、单位的人事关系或者劳动关系；被开除的人员不得录用为公务员以及参照公务员法管理的人员。",
    ["解除其与所在机关、单位的人事关系或者劳动关系", "不得录用为公务员"],
    [E(PS, "第二十六条", "应当解除其与所在机关、单位的人事关系或者劳动关系"),
     E(PS, "第二十四条", "公职人员被开除，或者依照本法第二十三条规定，受到解除人事关系或者劳动关系处理的")])
add(M, "地方政府出台涉企政策没做公平竞争审查，相关责任人会被追责吗？",
    "会。涉及经营主体生产经营活动的政策措施应当经过公平竞争审查；未经或者未通过公平竞争审查出台政策措施的，由有权机关责令改正，造成不良后果或者影响的，对负有责任的领导人员和直接责任人员依法给予处分。",
    ["公平竞争审查", "责令改正", "依法给予处分"],
    [E(PE, "第十一条", "制定涉及经营主体生产经营活动的政策措施应当经过公平竞争审查"),
     E(PE, "第七十一条", "（一）未经公平竞争审查或者未通过公平竞争审查出台政策措施；")])
add(M, "执法机关查封、冻结企业财产时，民营经济促进法和优化营商环境条例分别有什么限制？",
    "民营经济促进法要求遵守法定权限、条件和程序，严格区分违法所得与合法财产、企业财产与经营者个人财产，不得超权限、超范围、超数额、超时限查封、扣押、冻结；优化营商环境条例要求依法确需实施的，应当限定在所必需的范围内。",
    ["超数额", "限定在所必需的范围内"],
    [E(PE, "第六十二条", "不得超权限、超范围、超数额、超时限查封、扣押、冻结财物"),
     E(BE, "第十四条", "依法确需实施前述行政强制措施的，应当限定在所必需的范围内")])
add(M, "央企首席合规官具体要承担哪些职责？",
    "首席合规官由总法律顾问兼任，对企业主要负责人负责，领导合规管理部门开展工作；重大决策事项的合规审查意见由其签字；发生重大合规风险事件时由其牵头应对。",
    ["由总法律顾问兼任", "首席合规官签字", "首席合规官牵头"],
    [E(SOE, "第十二条", "领导合规管理部门组织开展相关工作"),
     E(SOE, "第二十一条", "重大决策事项的合规审查意见应当由首席合规官签字"),
     E(SOE, "第二十二条", "应当由首席合规官牵头，合规管理部门统筹协调")])
add(M, "央企员工发现违规行为想举报，有哪些渠道？举报人会受到保护吗？",
    "央企应设立违规举报平台，公布举报电话、邮箱或者信箱，合规管理部门受理职责范围内的违规举报；企业应对举报人身份和举报事项严格保密，任何单位和个人不得打击报复举报人。",
    ["违规举报平台", "严格保密", "受理职责范围内的违规举报"],
    [E(SOE, "第十四条", "（四）受理职责范围内的违规举报，提出分类处置意见"),
     E(SOE, "第二十四条", "中央企业应当对举报人的身份和举报事项严格保密")])
add(M, "政府官员和民营企业家打交道，法律上对双方有什么要求？",
    "国家机关工作人员与民营经济组织经营者在工作交往中应当遵纪守法，保持清正廉洁；政府应按照亲清新型政商关系的要求建立政企沟通机制，且不得干扰市场主体正常生产经营活动、不得增加其负担。",
    ["保持清正廉洁", "亲清新型政商关系", "不得干扰市场主体正常生产经营活动"],
    [E(PE, "第四十四条", "国家机关工作人员与民营经济组织经营者在工作交往中，应当遵纪守法，保持清正廉洁。"),
     E(BE, "第四十八条", "应当按照构建亲清新型政商关系的要求，建立畅通有效的政企沟通机制")])
add(M, "我们是民营企业，可以安排负责我们项目审批的官员去旅游吗？",
    "不可以。公职人员接受可能影响公正行使公权力的旅游等活动安排，情节较重的予以警告、记过或者记大过，情节严重的予以降级或者撤职；民营企业不得通过贿赂等手段牟取不正当利益，政企交往应当遵纪守法、保持清正廉洁。",
    ["旅游", "不得通过贿赂和欺诈等手段牟取不正当利益", "保持清正廉洁"],
    [E(PS, "第三十四条", "接受、提供可能影响公正行使公权力的宴请、旅游、健身、娱乐等活动安排"),
     E(PE, "第三十六条", "不得通过贿赂和欺诈等手段牟取不正当利益"),
     E(PE, "第四十四条", "应当遵纪守法，保持清正廉洁")])
add(M, "民营企业和中央企业在员工合规、法治教育方面分别有什么要求？",
    "民营经济组织应当加强对工作人员的法治教育，营造诚信廉洁、守法合规的文化氛围；中央企业应当建立常态化合规培训机制，制定年度培训计划，并把合规管理列为管理人员、重点岗位人员和新入职人员的必修培训内容。",
    ["法治教育", "常态化合规培训机制", "年度培训计划"],
    [E(PE, "第三十九条", "民营经济组织应当加强对工作人员的法治教育，营造诚信廉洁、守法合规的文化氛围。"),
     E(SOE, "第三十条", "中央企业应当建立常态化合规培训机制，制定年度培训计划")])
add(M, "新出台与企业经营密切相关的规定，要给企业留适应期吗？",
    "要考虑。民营经济促进法要求在实施前根据实际情况留出必要的适应调整期；优化营商环境条例要求制定相关行政法规、规章、行政规范性文件时结合实际确定是否为市场主体留出必要的适应调整期。",
    ["适应调整期"],
    [E(PE, "第四十五条", "在实施前应当根据实际情况留出必要的适应调整期"),
     E(BE, "第六十五条", "应当结合实际，确定是否为市场主体留出必要的适应调整期")])
add(M, "国家机关拖欠民营企业的工程款，有什么禁止性规定？拖欠了要承担什么后果？",
    "国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款；拒绝或者拖延支付民营经济组织账款的，由有权机关予以纠正，造成损失的依法予以赔偿，造成不良后果或者影响的对负有责任的人员依法给予处分。",
    ["不得违约拖欠", "由有权机关予以纠正", "依法予以赔偿"],
    [E(BE, "第三十二条", "国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款"),
     E(PE, "第七十三条", "由有权机关予以纠正，造成损失的，依法予以赔偿")])
add(M, "地方国有企业也要执行《中央企业合规管理办法》吗？",
    "不直接适用。该办法适用于国资委根据国务院授权履行出资人职责的中央企业；地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作。",
    ["履行出资人职责的中央企业", "参照本办法"],
    [E(SOE, "第二条", "根据国务院授权履行出资人职责的中央企业"),
     E(SOE, "第四十条", "地方国有资产监督管理机构参照本办法，指导所出资企业加强合规管理工作。")])

# ---------------------------------------------------------------- cross-lingual (en questions)
C = "cross_lingual"
add(C, "What sanctions can be imposed on a public official who accepts gifts?",
    "Accepting gifts, cash gifts, securities or other property that may affect the impartial exercise of public power is punished with a warning, a demerit or a major demerit; demotion or removal from office if the circumstances are relatively serious; and dismissal if serious.",
    ["警告、记过或者记大过", "降级或者撤职", "开除"],
    [E(PS, "第三十四条", "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过")], lang="en")
add(C, "How long does a 'warning' sanction last under the Public Official Sanctions Law?",
    "Six months, counted from the day the sanction decision takes effect.",
    ["六个月"],
    [E(PS, "第八条", "（一）警告，六个月；")], lang="en")
add(C, "Can a retired public official still be given a governmental sanction for misconduct committed before retirement?",
    "No governmental sanction is imposed on a retired official, but the case can still be opened and investigated; where demotion, removal or dismissal would apply, the official's benefits are adjusted accordingly.",
    ["不再给予政务处分", "可以对其立案调查"],
    [E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")], lang="en")
add(C, "Does a central SOE need a compliance committee, and can it share offices with other bodies?",
    "Yes. A central SOE sets up a compliance committee, which may work jointly (share offices) with the leading body for rule-of-law construction, to coordinate compliance work and meet regularly.",
    ["设立合规委员会", "法治建设领导机构"],
    [E(SOE, "第十一条", "中央企业设立合规委员会，可以与法治建设领导机构等合署办公")], lang="en")
add(C, "What is the minimum period for public consultation on new administrative rules that closely affect business operations?",
    "Unless confidentiality is required, drafts must be published for public comment, and the comment period is generally not less than 30 days.",
    ["30日"],
    [E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日。")], lang="en")
add(C, "Can private companies enter industries that are not on the market access negative list?",
    "Yes. Outside the national market access negative list, all kinds of economic organizations, including private ones, may enter on an equal footing according to law.",
    ["市场准入负面清单以外的领域", "可以依法平等进入"],
    [E(PE, "第十条", "市场准入负面清单以外的领域，包括民营经济组织在内的各类经济组织可以依法平等进入。")], lang="en")
add(C, "If an approval authority needs a technical intermediary service during review, can it make the applicant company pay for it?",
    "No. The authority must choose the intermediary through a competitive process and bear the service fee itself; it may not pass the cost on to the company.",
    ["自行承担服务费用", "不得转嫁给市场主体承担"],
    [E(BE, "第四十三条", "应当通过竞争性方式选择中介服务机构，并自行承担服务费用，不得转嫁给市场主体承担")], lang="en")
add(C, "What does 'compliance risk' mean under the SASAC measures for central SOEs?",
    "The possibility that the enterprise or its employees, through non-compliant conduct in operations and management, incur legal liability, economic or reputational loss, or other negative effects.",
    ["法律责任", "经济或者声誉损失"],
    [E(SOE, "第三条", "是指企业及其员工在经营管理过程中因违规行为引发法律责任、造成经济或者声誉损失以及其他负面影响的可能性")], lang="en")
add(C, "While a public official is under investigation, can he resign or travel abroad?",
    "Not without the supervisory commission's consent: during the investigation the official may not leave the country or resign from public office without its approval.",
    ["未经监察机关同意", "不得出境、辞去公职"],
    [E(PS, "第五十二条", "未经监察机关同意，不得出境、辞去公职")], lang="en")
add(C, "Can a public official challenge a sanction decision made by a supervisory commission?",
    "Yes. The official may apply to the commission that made the decision for a review, and if still dissatisfied, apply to the next-higher supervisory commission for a re-examination.",
    ["申请复审", "申请复核"],
    [E(PS, "第五十五条", "可以依法向作出决定的监察机关申请复审")], lang="en")
add(C, "Are private companies allowed to take part in public-private partnership (PPP) projects?",
    "Yes. Governments at all levels support private economic organizations in participating in government and social capital cooperation (PPP) projects, which should set out both sides' rights and obligations reasonably.",
    ["政府和社会资本合作项目"],
    [E(PE, "第十八条", "各级人民政府及其有关部门支持民营经济组织参与政府和社会资本合作项目。")], lang="en")
add(C, "What must a governmental sanction decision document contain?",
    "The sanctioned person's name, work unit and post; the facts and evidence of the violation; the type of and basis for the sanction; how and by when to apply for review or re-examination; and the deciding organ's name and date.",
    ["违法事实和证据", "政务处分的种类和依据", "申请复审、复核的途径和期限"],
    [E(PS, "第四十五条", "政务处分决定书应当载明下列事项：")], lang="en")

# ---------------------------------------------------------------- paraphrase
P = "paraphrase"
add(P, "公司账上的钱和老板自己的钱能混在一起花吗？",
    "不能。民营经济组织应当区分企业生产经营收支与经营者个人收支，实现企业财产与经营者个人财产分离。",
    ["个人收支", "个人财产分离"],
    [E(PE, "第四十条", "区分民营经济组织生产经营收支与民营经济组织经营者个人收支")])
add(P, "管我们这个行业的处长，能不能在我们公司挂个顾问拿点钱？",
    "不能。公职人员违反规定兼任职务、领取报酬的，予以警告、记过或者记大过；情节较重的降级或者撤职；情节严重的开除。",
    ["违反规定兼任职务、领取报酬", "予以警告、记过或者记大过"],
    [E(PS, "第三十六条", "违反规定从事或者参与营利性活动，或者违反规定兼任职务、领取报酬的")])
add(P, "去窗口办事，每次都说缺一样材料让我再跑一趟，这合规吗？",
    "不合规。需要补正材料、手续的，办理部门应当一次性告知需要补正的内容。",
    ["一次性告知"],
    [E(BE, "第三十六条", "需要市场主体补正有关材料、手续的，应当一次性告知需要补正的内容")])
add(P, "受了处分以后一直表现不错，这个处分会一直影响我升职吗？",
    "不会一直影响。开除以外的处分，在处分期内有悔改表现且没有再违法的，期满后自动解除，此后晋升不再受原处分影响；但解除降级、撤职的，不恢复原职务等。",
    ["自动解除", "不再受原政务处分影响"],
    [E(PS, "第二十六条", "政务处分期满后自动解除")])
add(P, "Our district office keeps asking our company to 'chip in' money and staff for its local events. Do we have to go along with it?",
    "No. Demanding money, goods or manpower from businesses beyond what laws and regulations provide is a prohibited apportionment, and businesses have the right to refuse any form of it.",
    ["有权拒绝任何形式的摊派"],
    [E(BE, "第十四条", "市场主体有权拒绝任何形式的摊派。")], lang="en")
add(P, "央企里是不是只有合规部门管合规，业务部门不用操心？",
    "不是。央企业务及职能部门承担合规管理主体责任，要建立本部门合规制度、识别评估风险、负责本部门经营管理行为的合规审查等。",
    ["承担合规管理主体责任"],
    [E(SOE, "第十三条", "中央企业业务及职能部门承担合规管理主体责任")])
add(P, "网上有人造谣抹黑我们公司和老板，法律管不管？",
    "管。任何单位和个人不得利用互联网等渠道以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益；受害方可申请法院责令停止侵害，造成实际损失的侵权人承担赔偿责任。",
    ["侮辱、诽谤", "人格权益"],
    [E(PE, "第五十九条", "任何单位和个人不得利用互联网等传播渠道，以侮辱、诽谤等方式恶意侵害民营经济组织及其经营者的人格权益")])
add(P, "搞专项整治，能不能一刀切让整条街的店全部停业？",
    "一般不能。除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动并报经有权机关批准外，不得要求相关行业、领域的市场主体普遍停产、停业。",
    ["普遍停产、停业", "报经有权机关批准"],
    [E(BE, "第五十九条", "不得在相关区域采取要求相关行业、领域的市场主体普遍停产、停业的措施")])
add(P, "Before the discipline people punish me, do they have to tell me what I'm accused of and let me explain myself?",
    "Yes. Before a sanction decision, the supervisory commission must inform the person of the facts found and the intended basis for the sanction, hear their statement and defence, and verify it; a defence can never lead to a heavier sanction.",
    ["告知被调查人", "陈述和申辩"],
    [E(PS, "第四十三条", "应当将调查认定的违法事实及拟给予政务处分的依据告知被调查人，听取被调查人的陈述和申辩")], lang="en")
add(P, "Can the city make us file everything through its one official online portal only?",
    "No. Businesses have the right to choose the channel through which they handle government services, and administrative organs may not restrict the channel.",
    ["自主选择政务服务办理渠道", "不得限定办理渠道"],
    [E(BE, "第三十七条", "市场主体有权自主选择政务服务办理渠道，行政机关不得限定办理渠道。")], lang="en")

# ---------------------------------------------------------------- follow-up
F = "follow_up"
add(F, "那已经辞职离开的呢？",
    "已经离职（或者死亡）的公职人员在履职期间有违法行为的，同退休人员一样处理：不再给予政务处分，但可以立案调查，并依法处理其违法所得。",
    ["依照前款规定处理", "不再给予政务处分"],
    [E(PS, "第二十七条", "已经离职或者死亡的公职人员在履职期间有违法行为的，依照前款规定处理。")],
    history=["已经退休的公职人员违法，还能给政务处分吗？"])
add(F, "那他对谁负责？",
    "首席合规官对企业主要负责人负责。",
    ["对企业主要负责人负责"],
    [E(SOE, "第十二条", "对企业主要负责人负责")],
    history=["央企的首席合规官由谁担任？"])
add(F, "那撤职呢？",
    "撤职（与降级相同）的处分期间为二十四个月。",
    ["二十四个月"],
    [E(PS, "第八条", "（四）降级、撤职，二十四个月。")],
    history=["政务处分里警告的期间是多长？"])
add(F, "And if it's the industry association itself that forces us into a paid training?",
    "That is also prohibited: without a legal basis nobody may force businesses into such activities or charge for them, and an association that does so is ordered by the relevant department to correct it and held legally liable.",
    ["责令改正", "依法追究法律责任"],
    [E(BE, "第十七条", "不得借前述活动向市场主体收费或者变相收费"),
     E(BE, "第七十一条", "行业协会商会、中介服务机构有下列情形之一的，由有关部门责令改正，依法追究法律责任：")],
    lang="en",
    history=["Under the Regulations on Optimizing the Business Environment, can a company freely join or leave an industry association?"])

# ---------------------------------------------------------------- unanswerable
NC, OD, FP, SS = "not_covered", "out_of_domain", "false_premise", "superseded"
unans(NC, "公职人员收受礼品，金额在多少元以内不算违法？",
      ["500元", "200元", "万元", "礼品价值"],
      "政务处分法第三十四条只按“可能影响公正行使公权力”和情节轻重定处分，没有任何金额标准；“金额”只出现在中小企业款项支付条例（合同金额）。",
      present=["礼品", "礼金", "金额"])
unans(NC, "中央企业首席合规官的任职资格，要求有几年以上工作经验？",
      ["任职资格", "工作经验", "年以上"],
      "央企合规办法第十二条只规定首席合规官由总法律顾问兼任，未规定任职资格或年限。",
      present=["首席合规官"])
unans(NC, "优化营商环境条例规定企业开办要在几个工作日内办完？",
      ["个工作日内办", "开办时间"],
      "条例第十九条只说“在国家规定的企业开办时限内”由各地确定并公开具体办理时间，没有天数；“工作日”仅见于中小企业款项支付条例的投诉转交期限。",
      present=["企业开办时限", "工作日"])
unans(NC, "公职人员离职以后几年内不得到与原工作业务直接相关的企业任职？",
      ["年内", "任职限制", "从业限制"],
      "政务处分法第二十七条只讲离职人员在履职期间违法如何处理，没有离职后从业限制或年限；“从业”只出现在第一条“廉洁从政从业”。",
      present=["离职", "从业"])
unans(NC, "What is the maximum fine SASAC can impose on a central SOE for weak compliance management?",
      ["fine", "fines", "罚金额", "最高罚款"],
      "SOE measures art. 37 only provide for talks (约谈), ordered rectification and accountability; 罚款 appears only in PE art. 61 (no unlawful fines), 罚金 only in PS art. 14 (criminal fine).",
      lang="en", present=["罚款", "罚金", "约谈"])
unans(NC, "央企每一千名员工要配备多少名专职合规管理人员？",
      ["千名", "每千", "配备比例"],
      "央企合规办法第十四条只要求配备与经营规模、业务范围、风险水平相适应的专职合规管理人员，没有人数或比例；“比例”仅出现在中小企业款项支付条例（付款、保证金比例）。",
      present=["专职合规管理人员", "比例"])
unans(NC, "公务接待每人每餐的标准是多少钱？",
      ["每人", "每餐", "接待标准", "餐标"],
      "政务处分法第三十五条只把公务接待“超标准、超范围”列为违法情形，没有规定具体标准；广州指引报道只提到“what meals can be eaten”，无金额。",
      present=["公务接待", "超标准"])
unans(NC, "How much corporate income tax relief do small private companies get under the Private Economy Promotion Law?",
      ["所得税", "income tax", "税率", "tax rate"],
      "No document states tax rates or income-tax relief; PE only mentions 财政税收 laws generally and BE art. 12 mentions 税费减免 as an area of equal treatment.",
      lang="en", present=["税费减免", "减税降费"])
unans(OD, "明天广州天气怎么样？",
      ["天气", "气温", "下雨", "weather"],
      "天气预报不在语料范围内（广州只出现在廉洁合规讲堂报道中）。")
unans(OD, "红烧肉怎么做才好吃？",
      ["红烧肉", "菜谱", "烹饪", "recipe"],
      "烹饪与政策文件无关，语料中无任何相关内容。")
unans(OD, "Who won the 2022 FIFA World Cup?",
      ["FIFA", "World Cup", "football", "足球"],
      "Sports results are outside the corpus.", lang="en")
unans(OD, "What's today's US dollar to RMB exchange rate?",
      ["exchange rate", "汇率", "US dollar"],
      "Exchange rates are outside the corpus; no currency or exchange-rate data in any document.", lang="en")
unans(OD, "帮我推荐几部好看的科幻电影。",
      ["电影", "科幻"],
      "影视推荐与政策文件无关。")
unans(FP, "政务处分法规定警告的期间是十二个月，对吗？",
      ["警告，十二个月", "警告十二个月"],
      "前提错误：第八条规定警告为六个月，十二个月是记过的期间。",
      present=["十二个月"],
      related=[E(PS, "第八条", "（一）警告，六个月；")])
unans(FP, "优化营商环境条例规定涉企规章征求意见期限一般不少于15日，那我们只公开征求两周意见就够了吧？",
      ["15日", "十五日", "两周"],
      "前提错误：第六十二条规定向社会公开征求意见的期限一般不少于30日。",
      related=[E(BE, "第六十二条", "向社会公开征求意见的期限一般不少于30日。")])
unans(FP, "既然《中央企业合规管理办法》规定首席合规官由总经理兼任，那总经理在合规审查意见上签字就行了吧？",
      ["总经理", "由总经理兼任"],
      "前提错误：第十二条规定首席合规官由总法律顾问兼任；“总经理”在语料中未出现。",
      related=[E(SOE, "第十二条", "不新增领导岗位和职数，由总法律顾问兼任")])
unans(FP, "The Private Economy Promotion Law has been in force since January 1, 2025, right?",
      ["2025年1月1日", "January 1, 2025", "1 January 2025"],
      "False premise: art. 78 says the law takes effect on 20 May 2025.",
      lang="en",
      related=[E(PE, "第七十八条", "本法自2025年5月20日起施行。")])
unans(FP, "政务处分法规定已退休的公职人员违法也照样给予记过、降级等政务处分，具体怎么执行？",
      ["照样给予", "退休人员给予政务处分"],
      "前提错误：第二十七条规定已经退休的公职人员不再给予政务处分（可以立案调查、调整待遇）；“退休”另见第五十二条（办理退休手续）。",
      present=["退休"],
      related=[E(PS, "第二十七条", "已经退休的公职人员退休前或者退休后有违法行为的，不再给予政务处分，但是可以对其立案调查")])
unans(FP, "Under the Public Official Sanctions Law, the combined sanction period for several demerits is capped at 36 months, correct?",
      ["三十六个月", "36个月", "36 months"],
      "False premise: art. 15 caps the combined period at 四十八个月 (48 months).",
      lang="en",
      related=[E(PS, "第十五条", "但是最长不得超过四十八个月")])
unans(SS, "根据《行政监察法》，监察机关可以对违法的公务员给予哪些行政处分？",
      ["行政监察法", "行政处分"],
      "《行政监察法》已于2018年随《监察法》施行而废止，语料中没有该法；现行的是2020年政务处分法（“政务处分”而非“行政处分”）。")
unans(SS, "《公职人员政务处分暂行规定》对处分期间是怎么规定的？",
      ["暂行规定"],
      "2018年的《公职人员政务处分暂行规定》已被2020年政务处分法取代，语料中不含其文本，不能据此作答（现行规定见政务处分法第八条）。")
unans(SS, "按照央企合规管理办法，“合规管理负责人”由谁担任？",
      ["合规管理负责人", "合规管理指引"],
      "“合规管理负责人”是2018年《中央企业合规管理指引（试行）》的用语，现行2022年办法的对应角色是首席合规官（第十二条，由总法律顾问兼任），语料中无“合规管理负责人”一词，不应按旧用语作答。",
      present=["首席合规官"])
unans(SS, "What did the 2018 trial Guidelines for Compliance Management of Central Enterprises require of the compliance committee?",
      ["合规管理指引", "试行", "2018", "trial Guidelines"],
      "The corpus holds only the 2022 SASAC Measures (Order No. 42), the current rules that succeeded the 2018 trial guidelines; the 2018 text is not in the corpus, so its provisions cannot be cited.",
      lang="en")


# ---------------------------------------------------------------- true premises (appended last,
# so the dev/test split of the items above is unchanged). A "…，对吗？" question whose premise
# the documents state: the counterpart of the false-premise items, so that refusing every
# confirmation question cannot score well.
add(S, "政务处分法规定记过的处分期间是十二个月，对吗？",
    "对。政务处分的期间：警告六个月，记过十二个月。",
    ["记过，十二个月"],
    [E(PS, "第八条", "记过，十二个月")])
add(S, "民营经济促进法规定国家实行全国统一的市场准入负面清单制度，是吗？",
    "是。国家实行全国统一的市场准入负面清单制度，负面清单以外的领域各类经济组织可以依法平等进入。",
    ["国家实行全国统一的市场准入负面清单制度"],
    [E(PE, "第十条", "国家实行全国统一的市场准入负面清单制度")])
add(S, "《中央企业合规管理办法》规定首席合规官由总法律顾问兼任，对吧？",
    "对。中央企业应当设立首席合规官，由总法律顾问兼任。",
    ["由总法律顾问兼任"],
    [E(SOE, "第十二条", "由总法律顾问兼任")])
add(S, "既然优化营商环境条例不允许政府以换届为由违约，那因为公共利益确实需要改变合同约定时，政府应当怎么做？",
    "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行，并依法对市场主体因此受到的损失予以补偿。",
    ["依法对市场主体因此受到的损失予以补偿"],
    [E(BE, "第三十一条", "应当依照法定权限和程序进行，并依法对市场主体因此受到的损失予以补偿")])
add(C, "Under the Private Economy Promotion Law, private companies may enter any field outside the market access negative list on an equal footing, right?",
    "Yes. Outside the market access negative list, all economic organisations including private ones may enter "
    "on an equal footing according to law.",
    ["市场准入负面清单以外的领域"],
    [E(PE, "第十条", "市场准入负面清单以外的领域，包括民营经济组织在内的各类经济组织可以依法平等进入")],
    lang="en")


# --------------------------------------------------------------------------- build

def make_evidence(texts, ev):
    doc, art, quote = ev
    text = texts[doc]
    a_s, a_e = article_span(text, art)
    pos = text.find(quote, a_s, a_e)
    if pos < 0:
        raise ValueError(f"quote not found in {doc} {art}: {quote}")
    if text.find(quote, pos + 1, a_e) >= 0:
        raise ValueError(f"quote not unique inside {doc} {art}: {quote}")
    return {"document": doc, "article": art, "start": pos, "end": pos + len(quote), "quote": quote}


def build() -> list[dict]:
    texts = {d: read_text(d) for d in MY_DOCS}
    corpus = load_corpus()
    out = []
    for n, (it, split) in enumerate(zip(ITEMS, splits(ITEMS)), 1):
        absence = absence_check(n, it["absence"], corpus, SHORT, hit_sep=", ")
        out.append(record(f"zhlaw-{n:03d}", split, it, it["required_facts"],
                          [make_evidence(texts, e) for e in it["evidence"]],
                          [make_evidence(texts, e) for e in it["related_evidence"]], absence))
    return out


# --------------------------------------------------------------------------- validation

def validate(items: list[dict]) -> list[str]:
    texts = {d: read_text(d) for d in MY_DOCS}

    def check_ev(it, e, where, errors):
        if set(e) != {"document", "article", "start", "end", "quote"}:
            errors.append(f"{it['id']}: {where} keys {sorted(e)}")
            return None
        if e["document"] not in texts:
            errors.append(f"{it['id']}: {where} document {e['document']} not one of mine")
            return None
        text = texts[e["document"]]
        if text[e["start"]:e["end"]] != e["quote"]:
            errors.append(f"{it['id']}: {where} offsets do not match quote")
        if "\n" in e["quote"] or not e["quote"]:
            errors.append(f"{it['id']}: {where} empty quote or line break in quote")
        try:
            a_s, a_e = article_span(text, e["article"])
        except ValueError as ex:
            errors.append(f"{it['id']}: {where} {ex}")
            return None
        if not (a_s <= e["start"] and e["end"] <= a_e):
            errors.append(f"{it['id']}: {where} quote outside {e['article']}")
        return text[a_s:a_e]

    def item_errors(it: dict) -> list[str]:
        """The checks specific to this set: id form, quotes against the raw-text articles."""
        errors: list[str] = []
        iid = it["id"]
        if not re.fullmatch(r"zhlaw-\d{3}", iid):
            errors.append(f"{iid}: bad id")
        if it["type"] == "cross_lingual" and it["language"] != "en":
            errors.append(f"{iid}: cross_lingual must be en")
        union = ""
        for k, e in enumerate(it["evidence"]):
            union += check_ev(it, e, f"evidence[{k}]", errors) or ""
        if it["answerable"]:
            for f in it["required_facts"]:
                if f not in union:
                    errors.append(f"{iid}: fact {f!r} not in evidence articles")
        for k, e in enumerate(it["related_evidence"]):
            check_ev(it, e, f"related_evidence[{k}]", errors)
        return errors

    return validate_items(items, item_errors)


def summary(items: list[dict]) -> None:
    print(f"{len(items)} items")
    for field in ("type", "language", "split"):
        print(f"  by {field}: {dict(sorted(Counter(it[field] for it in items).items()))}")
    print("  unanswerable by subtype:",
          dict(sorted(Counter(it["subtype"] for it in items if it["subtype"]).items())))
    print("  type x split:", dict(sorted(Counter((it["type"], it["split"]) for it in items).items())))
    print("  type x language:", dict(sorted(Counter((it["type"], it["language"]) for it in items).items())))
    docs = Counter(e["document"] for it in items for e in it["evidence"])
    print("  evidence per document:", dict(docs))
    arts = {(e["document"], e["article"]) for it in items for e in it["evidence"]}
    print(f"  distinct articles cited: {len(arts)}")


def main() -> None:
    goldtools.main(OUT, build, validate, summary)


if __name__ == "__main__":
    main()
