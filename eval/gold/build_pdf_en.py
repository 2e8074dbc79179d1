"""Build and validate eval/gold/pdf_en.jsonl.

Gold items over three documents of the sample corpus:
  - cn_regs_sme_payment_guarantee_2025.pdf        (保障中小企业款项支付条例, 2025 revision)   SME
  - ndrc_government_integrity_notice_2023_en.pdf  (NDRC notice, Dev. and Reform Finance [2023] No. 1103)  NDRC
  - gz_lecture_hall_guidelines_2025_en.txt        (report on the Guangzhou Guidelines and Q&A)  GZ

Everything is read through the project's own parser and splitter, because the offsets refer to the
PARSED text (`assistant.parsing.parse_file(...).text`) and the article ids are the ones
`assistant.splitting.split_clauses` gives ("第九条", "II.(2)", "¶13", "-" for a preamble).

Evidence is written here as (document, article, verbatim quote); start/end are computed by looking
the quote up inside that article's chunk(s) only, so if the parser or splitter changes, a rebuild
re-anchors every quote (and fails loudly if a quote no longer lies inside its article).

For unanswerable items the absence terms are searched over the parsed text of ALL seven corpus
documents (Chinese terms with whitespace removed; English terms case-insensitively as whole words,
whitespace normalised). The build fails if a term listed as absent is found; terms listed as
"present" are allowed to occur and their hits are written into the note.

Usage:  python eval/gold/build_pdf_en.py            # build + validate, writes the jsonl
        python eval/gold/build_pdf_en.py --check    # only validate the existing jsonl
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldtools
from anchoring import anchor, corpus_names, evidence_chunk_text, parsed, span_errors, verbatim_fact
from goldtools import E, absence_check, item_adders, record, splits, validate_items

OUT = Path(__file__).resolve().parent / "pdf_en.jsonl"

SME = "cn_regs_sme_payment_guarantee_2025.pdf"
NDRC = "ndrc_government_integrity_notice_2023_en.pdf"
GZ = "gz_lecture_hall_guidelines_2025_en.txt"
MY_DOCS = (SME, NDRC, GZ)

SHORT = {
    SME: "中小企业款项支付条例", NDRC: "NDRC notice", GZ: "GZ report",
    "cn_law_private_economy_promotion_2025.txt": "民营经济促进法",
    "cn_law_public_official_sanctions_2020.txt": "政务处分法",
    "cn_regs_optimizing_business_environment_2019.txt": "优化营商环境条例",
    "cn_sasac_central_soe_compliance_measures_2022.txt": "央企合规办法",
}


# --------------------------------------------------------------------------- the items
# Split: decided per item by position within its type (unanswerable: within its subtype):
# positions 0 and 2 of every 5 are dev (40 %), the rest test.

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)


# ---------------------------------------------------------------- single (zh, SME regulation)
S = "single"
add(S, "机关、事业单位从中小企业采购货物，应当在多长时间内付款？",
    "应当自货物交付之日起30日内支付款项；合同另有约定的从其约定，但付款期限最长不得超过60日。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])
add(S, "机关事业单位跟中小企业在合同里约定付款期限，最长能约定多少天？",
    "合同可以另行约定，但付款期限最长不得超过60日。",
    ["最长不得超过60日"],
    [E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])
add(S, "大型企业可以约定收到第三方付款后再付款给中小企业吗？",
    "不可以。大型企业不得约定以收到第三方付款作为向中小企业支付款项的条件，也不得按照第三方付款进度比例支付。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")])
add(S, "合同约定按履行进度结算的，付款期限从什么时候开始计算？",
    "采取履行进度结算、定期结算等方式的，付款期限自双方确认结算金额之日起算。",
    ["自双方确认结算金额之日起算"],
    [E(SME, "第九条", "合同约定采取履行进度结算、定期结算等结算方式的，付款期限应当自双方确认结算金额之日起算")])
add(S, "合同约定验收合格后才付款的，付款期限从哪一天起算？",
    "约定以检验或者验收合格作为付款条件的，付款期限自检验或者验收合格之日起算。",
    ["付款期限应当自检验或者验收合格之日起算"],
    [E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算")])
add(S, "采购方迟迟不组织验收，付款期限怎么算？",
    "机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算。",
    ["付款期限自约定的检验或者验收期限届满之日起算"],
    [E(SME, "第十条", "拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算")])
add(S, "大型企业能不能强制中小企业接受商业汇票付款？",
    "不能。不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式，也不得借此变相延长付款期限。",
    ["不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")])
add(S, "国有大型企业可以要求以审计机关的审计结果作为结算依据吗？",
    "不得强制要求以审计机关的审计结果作为结算依据，但法律、行政法规另有规定的除外。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "法律、行政法规另有规定的除外"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外")])
add(S, "工程建设中可以向中小企业收取哪些保证金？",
    "只能收取依法设立的投标保证金、履约保证金、工程质量保证金和农民工工资保证金，不得以任何形式收取其他保证金。",
    ["投标保证金", "履约保证金", "工程质量保证金", "农民工工资保证金", "不得以任何形式收取其他保证金"],
    [E(SME, "第十三条", "除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金外，工程建设中不得以任何形式收取其他保证金")])
add(S, "中小企业用银行保函代替现金保证金，采购方可以拒绝吗？",
    "不可以。不得将保证金限定为现金；中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。",
    ["不得将保证金限定为现金", "应当接受"],
    [E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")])
add(S, "保证期限到了以后，收取的保证金应当怎么处理？",
    "应当依法或者按照合同约定，在保证期限届满后及时与中小企业核算并退还保证金。",
    ["在保证期限届满后及时与中小企业对收取的保证金进行核算并退还"],
    [E(SME, "第十三条", "在保证期限届满后及时与中小企业对收取的保证金进行核算并退还")])
add(S, "采购单位能以法定代表人变更为由推迟支付中小企业款项吗？",
    "不能。不得以法定代表人或者主要负责人变更为由拒绝或者迟延支付中小企业款项。",
    ["法定代表人或者主要负责人变更", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程")])
add(S, "合同没有约定的情况下，采购方能以等待决算审计为由拒绝付款吗？",
    "不能。在合同未作约定的情况下，不得以等待竣工验收备案、决算审计等为由拒绝或者迟延支付。",
    ["在合同未作约定的情况下以等待竣工验收备案、决算审计等为由"],
    [E(SME, "第十四条", "在合同未作约定的情况下以等待竣工验收备案、决算审计等为由")])
add(S, "交易中部分内容有争议，没有争议的部分要不要先付款？",
    "要。部分存在争议但不影响其他部分履行的，对于无争议部分应当履行及时付款义务。",
    ["对于无争议部分应当履行及时付款义务"],
    [E(SME, "第十五条", "对于无争议部分应当履行及时付款义务")])
add(S, "中小企业以应收账款融资，采购方应当在多少日内确权？",
    "应当自中小企业提出确权请求之日起30日内确认债权债务关系。",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")])
add(S, "机关、事业单位迟延支付中小企业款项，要不要付逾期利息？",
    "要。迟延支付中小企业款项的，应当支付逾期利息。",
    ["应当支付逾期利息"],
    [E(SME, "第十七条", "迟延支付中小企业款项的，应当支付逾期利息")])
add(S, "双方约定的逾期利息利率有没有下限？",
    "有。约定利率不得低于合同订立时1年期贷款市场报价利率。",
    ["约定利率不得低于合同订立时1年期贷款市场报价利率"],
    [E(SME, "第十七条", "约定利率不得低于合同订立时1年期贷款市场报价利率")])
add(S, "机关、事业单位每年最晚什么时候要公开上一年度逾期未付中小企业款项的信息？",
    "应当于每年3月31日前，通过网站、报刊等便于公众知晓的方式公开。",
    ["每年3月31日前"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")])
add(S, "大型企业逾期尚未支付中小企业款项的信息需要向社会公示吗？通过什么渠道？",
    "需要。应纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示。",
    ["纳入企业年度报告", "国家企业信用信息公示系统"],
    [E(SME, "第十八条", "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示")])
add(S, "受理投诉部门收到拖欠款项投诉后，多少个工作日内要转交处理？",
    "自正式受理之日起10个工作日内，按程序将投诉转交处理投诉部门。",
    ["10个工作日内"],
    [E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门")])
add(S, "处理投诉部门应当在多长时间内形成处理结果？最长可以延长到多久？",
    "自收到投诉材料之日起30日内形成处理结果并书面反馈；情况复杂的经批准可适当延长，但最长不得超过90日。",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果")])
add(S, "跟被投诉单位没有合同关系的人能投诉拖欠款项吗？",
    "不能。投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉。",
    ["投诉人应当与被投诉人存在合同关系"],
    [E(SME, "第二十五条", "投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉")])
add(S, "判断是不是中小企业，按哪个时间点的企业规模来定？",
    "中小企业、大型企业依合同订立时的企业规模类型确定。",
    ["依合同订立时的企业规模类型确定"],
    [E(SME, "第三条", "中小企业、大型企业依合同订立时的企业规模类型确定")])
add(S, "对企业是不是中小企业有争议，可以向哪个部门申请认定？",
    "可以向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合管理的部门申请认定。",
    ["主张为中小企业一方所在地", "申请认定"],
    [E(SME, "第二十九条", "可以向主张为中小企业一方所在地的县级以上地方人民政府负责中小企业促进工作综合管理的部门申请认定")])
add(S, "政府投资项目可以让施工单位垫资建设吗？",
    "不可以。政府投资项目所需资金应当确保落实到位，不得由施工单位垫资建设。",
    ["不得由施工单位垫资建设"],
    [E(SME, "第八条", "政府投资项目所需资金应当按照国家有关规定确保落实到位，不得由施工单位垫资建设")])
add(S, "大型企业拖欠中小企业款项被认定失信且情节严重的，会在哪些方面受到限制？",
    "在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制。",
    ["财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先"],
    [E(SME, "第二十六条", "对大型企业在财政资金支持、投资项目审批、融资获取、市场准入、资质评定、评优评先等方面依法依规予以限制")])
add(S, "修订后的保障中小企业款项支付条例从什么时候起施行？",
    "自2025年6月1日起施行。",
    ["2025年6月1日"],
    [E(SME, "第三十七条", "本条例自2025年6月1日起施行。")])
add(S, "军队采购支付中小企业款项也适用这个条例吗？",
    "不直接适用，军队采购货物、工程、服务支付中小企业款项，按照军队的有关规定执行。",
    ["按照军队的有关规定执行"],
    [E(SME, "第三十六条", "军队采购货物、工程、服务支付中小企业款项，按照军队的有关规定执行")])
add(S, "对提出付款请求或者投诉的中小企业进行打击报复，构成犯罪的怎么处理？",
    "对负有责任的领导人员和直接责任人员依法给予处分或者处罚；构成犯罪的，依法追究刑事责任。",
    ["依法给予处分或者处罚", "依法追究刑事责任"],
    [E(SME, "第三十五条", "构成犯罪的，依法追究刑事责任")])
add(S, "大型企业不按规定在年度报告中公示逾期未付款信息，由哪个部门处理？",
    "由市场监督管理部门依法处理。",
    ["由市场监督管理部门依法处理"],
    [E(SME, "第三十四条", "隐瞒真实情况、弄虚作假的，由市场监督管理部门依法处理")])

# ---------------------------------------------------------------- single (en, NDRC notice + GZ report)
add(S, "Does a change of officials excuse a government from its contracts?",
    "No. Failure to perform due to institutional adjustments, personnel changes and other reasons is "
    "regarded as breach of contract and dishonesty.",
    ["personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")], lang="en")
add(S, "What are the two batches of the Guangzhou Guidelines about?",
    "The first batch covers regular government-business interaction issues such as what meals can be eaten "
    "and what vehicles can be taken; the second covers full-cycle services for enterprise development from "
    "investment promotion to project landing.",
    ["what meals can be eaten and what vehicles can be taken",
     "from investment promotion to project landing"],
    [E(GZ, "¶9", "what meals can be eaten and what vehicles can be taken")], lang="en")
add(S, "What is the document number of the NDRC notice on government integrity performance?",
    "Development and Reform Finance [2023] No. 1103.",
    ["Development and Reform Finance [2023] No. 1103"],
    [E(NDRC, "-", "Development and Reform Finance [2023] No. 1103")], lang="en")
add(S, "Which channels should provincial credit leading departments rely on to collect breach-of-contract complaints about government departments?",
    "Their credit websites, the State Council's \"Internet + Supervision\" platform, MIIT's complaint platform for "
    "breach of contract and arrears to SMEs, local 12345 hotlines, business environment complaint platforms, "
    "petition departments and other channels.",
    ["local 12345 government service hotlines", "business environment complaint platforms"],
    [E(NDRC, "II.(1)", "local 12345 government service hotlines")], lang="en")
add(S, "What happens to prefecture-level cities that have government dishonesty records?",
    "The NDRC cancels their eligibility for awards and pilot demonstrations in the development and reform system, "
    "increases the weight of city credit monitoring deductions and cancels demonstration-zone titles or eligibility.",
    ["cancel their eligibility for awards and pilot demonstrations", "city credit monitoring deductions"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")], lang="en")
add(S, "How will the NDRC evaluate the handling of breach-of-contract complaints by the provinces?",
    "Through spot checks, third-party investigations, cross-checks and other methods, with regular notification "
    "to provincial credit leading departments, copied to the provincial people's governments.",
    ["spot checks, third-party investigations, cross-checks"],
    [E(NDRC, "IV.(7)", "through spot checks, third-party investigations, cross-checks, and other methods")], lang="en")
add(S, "Under the second batch of the Guangzhou Guidelines, what happens if an enterprise misses its targets for objective reasons?",
    "It can negotiate adjustments and enjoy a grace period.",
    ["negotiate adjustments and enjoy a grace period"],
    [E(GZ, "¶18", "it can negotiate adjustments and enjoy a grace period")], lang="en")
add(S, "What is the key test for judging government-business interactions under the Guangzhou Guidelines?",
    "Distinguish between acting for the public good and acting for personal gain; the key is whether the actions "
    "can be \"put on the table\".",
    ["“acting for the public good” and “acting for personal gain”", "“put on the table”"],
    [E(GZ, "¶10", "distinguish between “acting for the public good” and “acting for personal gain”")], lang="en")
add(S, "When was the GBA Integrity and Compliance Association established?",
    "On April 16, 2021.",
    ["April 16, 2021"],
    [E(GZ, "¶41", "April 16, 2021: The Guangzhou Greater Bay Area Enterprise Integrity")], lang="en")
add(S, "What do the Guangzhou Guidelines encourage state-owned capital to become?",
    "\"Patient capital\".",
    ["“patient capital”"],
    [E(GZ, "¶22", "encourage state-owned capital to become “patient capital”")], lang="en")

# ---------------------------------------------------------------- multi
M = "multi"
add(M, "机关单位从中小企业采购的付款期限是多少？如果合同约定验收合格后付款，期限从什么时候起算？",
    "自交付之日起30日内付款，合同约定最长不超过60日；约定以验收合格为付款条件的，付款期限自检验或者验收合格之日起算。",
    ["30日内支付款项", "最长不得超过60日", "付款期限应当自检验或者验收合格之日起算"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
     E(SME, "第十条", "付款期限应当自检验或者验收合格之日起算")])
add(M, "机关、事业单位不按期支付中小企业款项，要承担哪些后果？",
    "要支付逾期利息（未约定利率的按每日万分之五）；并由上级机关、主管部门责令改正，拒不改正的对责任人员依法给予处分。",
    ["应当支付逾期利息", "每日利率万分之五", "未在规定的期限内支付中小企业货物、工程、服务款项", "责令改正"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息"),
     E(SME, "第三十一条", "（一）未在规定的期限内支付中小企业货物、工程、服务款项")])
add(M, "机关单位拖延验收会怎样影响付款期限？还要承担什么责任？",
    "付款期限自约定的检验或者验收期限届满之日起算；拖延检验、验收的，由上级机关、主管部门责令改正，拒不改正的对责任人员给予处分。",
    ["付款期限自约定的检验或者验收期限届满之日起算", "（二）拖延检验、验收", "责令改正"],
    [E(SME, "第十条", "拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算"),
     E(SME, "第三十一条", "（二）拖延检验、验收")])
add(M, "条例对保证金有哪些规定？机关单位违法收取保证金要负什么责任？",
    "只可收取投标、履约、工程质量、农民工工资四类保证金，不得限定为现金、应接受保函并及时退还；违法收取保证金的由上级机关、主管部门责令改正，拒不改正的给予处分。",
    ["农民工工资保证金", "不得将保证金限定为现金", "违法收取保证金"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
     E(SME, "第三十一条", "（五）违法收取保证金，拒绝接受中小企业以金融机构出具的保函等提供保证")])
add(M, "中小企业被拖欠款项可以向哪里投诉？投诉多久会被转交和处理？",
    "可向省级以上人民政府负责中小企业促进工作综合管理的部门投诉，国家建有统一的拖欠中小企业款项投诉平台；受理后10个工作日内转交，处理投诉部门30日内形成处理结果，最长不超过90日。",
    ["国家统一的拖欠中小企业款项投诉平台", "10个工作日内", "30日内形成处理结果"],
    [E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"),
     E(SME, "第二十五条", "自正式受理之日起10个工作日内，按程序将投诉转交有关部门或者地方人民政府指定的部门")])
add(M, "国有大型企业要求以审计结果作为结算依据，条例怎么规定，违反了怎么处理？",
    "不得强制要求以审计机关的审计结果作为结算依据（法律、行政法规另有规定的除外）；没有法律、行政法规依据而这样要求的，由监管部门责令改正，拒不改正的对负有责任的国企管理人员给予处分。",
    ["不得强制要求以审计机关的审计结果作为结算依据", "由其监管部门责令改正"],
    [E(SME, "第十二条", "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外"),
     E(SME, "第三十三条", "要求以审计机关的审计结果作为结算依据的，由其监管部门责令改正")])
add(M, "大型企业要怎么公开逾期未付中小企业款项的信息？不公示或者造假有什么后果？",
    "应将逾期未付的合同数量、金额等信息纳入企业年度报告，通过国家企业信用信息公示系统向社会公示；未按规定公示或弄虚作假的，由市场监督管理部门依法处理。",
    ["纳入企业年度报告", "国家企业信用信息公示系统", "由市场监督管理部门依法处理"],
    [E(SME, "第十八条", "纳入企业年度报告，依法通过国家企业信用信息公示系统向社会公示"),
     E(SME, "第三十四条", "隐瞒真实情况、弄虚作假的，由市场监督管理部门依法处理")])
add(M, "条例禁止对投诉的中小企业打击报复吗？违反的怎么追责？",
    "禁止以任何形式对提出付款请求或者投诉的中小企业及其工作人员恐吓、打击报复；违反的对责任人员依法给予处分或者处罚，构成犯罪的依法追究刑事责任。",
    ["不得以任何形式对提出付款请求或者投诉的中小企业", "依法追究刑事责任"],
    [E(SME, "第二十条", "不得以任何形式对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击报复"),
     E(SME, "第三十五条", "构成犯罪的，依法追究刑事责任")])
add(M, "机关单位用商业汇票付款有什么限制？违反了怎么处理？",
    "应在合同中明确合理约定，不得强制中小企业接受商业汇票等非现金支付方式，不得借此变相延长付款期限；违反的由上级机关、主管部门责令改正，拒不改正的给予处分。",
    ["不得强制中小企业接受商业汇票", "变相延长付款期限", "责令改正"],
    [E(SME, "第十一条", "不得利用商业汇票、应收账款电子凭证等非现金支付方式变相延长付款期限"),
     E(SME, "第三十一条", "（三）强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")])
add(M, "机关单位拖欠中小企业款项会被记入信用记录吗？国家发改委的政府信用记录会包括拖欠信息吗？",
    "会。拖欠被认定为失信的，记入相关主体信用记录，情节严重的纳入全国信用信息共享平台并公示；发改委通知规定将违约失信信息和各地按要求梳理的拖欠信息等统一归集到相关主体名下，形成政府信用记录。",
    ["记入相关主体信用记录", "arrears information sorted by localities as required", "government credit records"],
    [E(SME, "第二十六条", "受理投诉部门和有关部门按程序将有关失信情况记入相关主体信用记录"),
     E(NDRC, "III.(3)", "arrears information sorted by localities as required")])
add(M, "If the purchasing entity's legal representative or leadership changes, can it stop paying an SME or stop performing a contract with a private firm?",
    "No. The SME regulation forbids refusing or delaying payment because of a change of legal representative or "
    "principal person in charge, and the NDRC notice treats failure to perform due to institutional adjustments or "
    "personnel changes as breach of contract and dishonesty.",
    ["法定代表人或者主要负责人变更", "拒绝或者迟延支付中小企业款项", "personnel changes",
     "breach of contract and dishonesty"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程"),
     E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")], lang="en")
add(M, "Where can an SME complain about government arrears or breach of contract at national level?",
    "The SME regulation has the State Council department in charge of SME promotion set up a national unified "
    "complaint platform for arrears to SMEs; the NDRC notice lists MIIT's \"Registration (Complaint) Platform for "
    "Breach of Contract and Arrears to SMEs\" among the channels, and \"Credit China\" publicises local complaint columns.",
    ["国家统一的拖欠中小企业款项投诉平台", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs"],
    [E(SME, "第二十四条", "国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台"),
     E(NDRC, "II.(1)", "Registration (Complaint) Platform for Breach of Contract and Arrears to SMEs")], lang="en")
add(M, "政府部门因拖欠或违约被认定失信后，会受到哪些惩戒？",
    "按条例，情节严重的，对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要限制；按发改委通知，对有失信记录的主体限制中央预算内资金支持、限制申报地方政府专项债券、限制各类融资项目推荐。",
    ["公务消费、办公用房、经费安排", "restrict support from central budget funds",
     "limit applications for local government special bonds"],
    [E(SME, "第二十六条", "对机关、事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施"),
     E(NDRC, "III.(4)", "restrict support from central budget funds")])
add(M, "How is a government's breach of contract identified under the NDRC notice, and how can the dishonesty record later be cleared?",
    "Complaint clues are transferred to the superior or competent department of the complained entity for "
    "verification; if true it promotes rectification and those refusing are confirmed as breach of contract and "
    "dishonesty. Once the identifying department confirms the behaviour is corrected and performance completed, the "
    "records are promptly restored and punishment measures terminated.",
    ["superior or competent departments of the complained entities",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty",
     "dishonesty records should be promptly restored"],
    [E(NDRC, "II.(2)", "to the superior or competent departments of the complained entities"),
     E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")], lang="en")
add(M, "广州政商交往指引两批分别侧重什么？一共覆盖了多少个场景？",
    "第一批回应“吃什么饭、坐什么车”等常规政商交往问题；第二批聚焦企业发展从招商引资到项目落地的全周期服务。两批共覆盖33个场景。",
    ["what meals can be eaten and what vehicles can be taken",
     "from investment promotion to project landing", "the 33 scenarios"],
    [E(GZ, "¶9", "from investment promotion to project landing"),
     E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])

# ---------------------------------------------------------------- cross-lingual
C = "cross_lingual"
# zh questions over the English documents
add(C, "政府因为换届或人员变动不履行合同，算不算违约失信？",
    "算。因机构调整、人员变动等原因不履约的，均认定为违约失信。",
    ["institutional adjustments, personnel changes", "shall all be regarded as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")])
add(C, "违约失信投诉经核实属实后，政府部门拒不整改会怎样？",
    "认定部门应立即推动整改；拒不整改的，由认定部门确认为违约失信。",
    ["the identifying department should immediately promote rectification",
     "Those who refuse to rectify shall be confirmed as breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Those who refuse to rectify shall be confirmed as breach of contract")])
add(C, "发改委通知里的“违约失信”范围包括哪些领域签订的协议和合同？",
    "包括政府部门在政府采购、招标投标、招商引资、政府和社会资本合作、产业扶持、政府投资等领域与民营企业签订的各类协议、合同中的违约毁约行为。",
    ["government procurement, bidding, investment promotion", "industrial support, government investment"],
    [E(NDRC, "II.(1)", "in government procurement, bidding, investment promotion")])
add(C, "对有失信记录的主体，国家发改委会在发改系统内采取哪些惩戒措施？",
    "限制中央预算内资金支持、限制申报地方政府专项债券、按规定限制各类融资项目推荐；对有政府失信记录的地级以上城市取消相关评优和试点示范资格等。",
    ["restrict support from central budget funds", "limit applications for local government special bonds"],
    [E(NDRC, "III.(4)", "limit applications for local government special bonds")])
add(C, "政府失信记录会被纳入哪些考核或评价？",
    "各级信用牵头部门推动将失信记录纳入相关政府部门绩效考核指标；发改委将政府失信记录适当纳入营商环境评价和高质量发展综合绩效评价。",
    ["performance evaluation indicators", "business environment evaluations"],
    [E(NDRC, "III.(3)", "include government dishonesty records in business environment evaluations")])
add(C, "政府部门失信行为纠正、履约完成以后，失信记录怎么处理？",
    "认定部门确认失信行为已纠正、履约完成后，应及时修复相关失信记录，终止失信惩戒措施。",
    ["dishonesty records should be promptly restored", "dishonesty punishment measures terminated"],
    [E(NDRC, "III.(6)", "relevant dishonesty records should be promptly restored")])
add(C, "发改委打算怎样曝光政府失信的典型案例？",
    "选取失信情节严重、反复失信、群众投诉强烈的案例，在“信用中国”网站公示，并通过新闻媒体向社会曝光。",
    ["serious dishonesty, repeated dishonesty, and strong public complaints", "\"Credit China\" website"],
    [E(NDRC, "IV.(9)", "cases with serious dishonesty, repeated dishonesty, and strong public complaints")])
add(C, "广州的政商交往指引两批一共覆盖了多少个场景？",
    "两批指引共覆盖33个场景。",
    ["the 33 scenarios covered in the two batches"],
    [E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])
add(C, "广州政商交往指引采用了什么样的编写形式？",
    "采用“场景+清单+案例”的形式。",
    ["‘scenario + list + case’ format"],
    [E(GZ, "¶8", "the ‘scenario + list + case’ format adopted by both batches")])
add(C, "按照广州的指引，尽职合规投资因市场风险出现亏损，相关人员要担责吗？",
    "经尽职调查和合规决策程序作出的投资，因市场风险等客观因素造成损失的，相关人员可以免责。",
    ["the relevant personnel may be exempted from liability"],
    [E(GZ, "¶21", "the relevant personnel may be exempted from liability")])
# en questions over the Chinese regulation
add(C, "How many days does a government agency have to pay an SME?",
    "30 days from delivery of the goods, works or services; a contract may provide otherwise but never more than 60 days.",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")], lang="en")
add(C, "Within how many days must a large enterprise pay an SME supplier after delivery?",
    "Within 60 days of delivery, unless the contract reasonably provides otherwise according to industry norms and trade practice.",
    ["60日内支付款项"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")], lang="en")
add(C, "What late-payment interest applies when the parties did not agree on a rate?",
    "Overdue interest at a daily rate of 0.05% (five ten-thousandths per day).",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")], lang="en")
add(C, "Can a public institution insist that an SME pay its performance deposit in cash?",
    "No. Deposits may not be restricted to cash, and a guarantee issued by a financial institution must be accepted.",
    ["不得将保证金限定为现金"],
    [E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金")], lang="en")
add(C, "How long does the complaint-handling department have to reach a decision on an arrears complaint?",
    "30 days from receiving the complaint materials; in complex cases it may be extended with approval, to at most 90 days.",
    ["30日内形成处理结果", "最长不得超过90日"],
    [E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")], lang="en")
add(C, "When does the revised regulation on guaranteeing payments to SMEs take effect?",
    "On June 1, 2025.",
    ["2025年6月1日"],
    [E(SME, "第三十七条", "本条例自2025年6月1日起施行。")], lang="en")
add(C, "Can a large company make payment to an SME conditional on first being paid by its own customer?",
    "No. A large enterprise may not agree to make receipt of a third party's payment a condition of paying the SME, "
    "nor pay in proportion to the third party's payment progress.",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件", "按照第三方付款进度比例支付中小企业款项"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")], lang="en")
add(C, "By what date each year must government agencies and public institutions disclose their overdue payments to SMEs?",
    "Before March 31 each year, for the previous year's overdue contracts (number, amounts, etc.).",
    ["每年3月31日前"],
    [E(SME, "第十八条", "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量")], lang="en")
add(C, "Is there an official tool to check whether my company counts as an SME under the payment regulation?",
    "Yes. The State Council department in charge of SME promotion runs an enterprise size-type testing platform "
    "offering SME self-testing; disputes can be submitted for determination to the county-level-or-above SME "
    "department where the party claiming SME status is located.",
    ["企业规模类型测试平台", "中小企业规模类型自测服务"],
    [E(SME, "第二十九条", "建立企业规模类型测试平台，提供中小企业规模类型自测服务")], lang="en")
add(C, "Within how many days must the buyer confirm a receivable when an SME uses it for financing?",
    "Within 30 days of the SME's request for confirmation of the creditor-debtor relationship.",
    ["30日内确认债权债务关系"],
    [E(SME, "第十六条", "应当自中小企业提出确权请求之日起30日内确认债权债务关系")], lang="en")

# ---------------------------------------------------------------- paraphrase (colloquial)
P = "paraphrase"
add(P, "我给区里一个事业单位供了批货，他们一直拖着不给钱，按规定最多能拖多久？",
    "事业单位应当自交付之日起30日内付款；合同另有约定的，最长也不得超过60日。",
    ["30日内支付款项", "最长不得超过60日"],
    [E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])
add(P, "甲方国企换了新老总，说要重新走内部付款流程，款子先压着，这说得过去吗？",
    "说不过去。不得以法定代表人或者主要负责人变更、履行内部付款流程为由拒绝或者迟延支付中小企业款项。",
    ["法定代表人或者主要负责人变更", "履行内部付款流程", "拒绝或者迟延支付中小企业款项"],
    [E(SME, "第十四条", "不得以法定代表人或者主要负责人变更，履行内部付款流程")])
add(P, "大厂跟我们说等他们的客户回款了才给我们结账，还要写进合同，这样行吗？",
    "不行。大型企业不得约定以收到第三方付款作为向中小企业付款的条件。",
    ["不得约定以收到第三方付款作为向中小企业支付款项的条件"],
    [E(SME, "第九条", "不得约定以收到第三方付款作为向中小企业支付款项的条件")])
add(P, "钱拖了大半年才到账，合同里也没写利息，我能找他们多要点利息吗？",
    "可以。迟延支付应当支付逾期利息；没有约定利率的，按每日万分之五计算。",
    ["应当支付逾期利息", "每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])
add(P, "so the county signed a deal with us, then a new guy took over and just ignored it. is that even allowed?",
    "No. The NDRC notice treats failure to perform because of institutional adjustments or personnel changes as "
    "breach of contract and dishonesty, and targets \"new officials ignoring previous commitments\".",
    ["personnel changes", "breach of contract and dishonesty"],
    [E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")], lang="en")
add(P, "our big client keeps paying us with commercial bills instead of cash and stretching it out - can they force that on us?",
    "No. They may not force an SME to accept commercial bills or other non-cash payment, nor use them to extend the payment term in disguise.",
    ["不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式", "变相延长付款期限"],
    [E(SME, "第十一条", "不得强制中小企业接受商业汇票、应收账款电子凭证等非现金支付方式")], lang="en")

# ---------------------------------------------------------------- follow-up
F = "follow_up"
add(F, "那大型企业呢？",
    "大型企业应当自货物、工程、服务交付之日起60日内支付款项；合同另有约定的从其约定，但应合理约定并及时支付。",
    ["60日内支付款项"],
    [E(SME, "第九条", "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项")],
    history=["机关单位采购中小企业的货物多少天内要付款？"])
add(F, "如果合同里没约定利率呢？",
    "未作约定的，按照每日利率万分之五支付逾期利息。",
    ["每日利率万分之五"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")],
    history=["机关、事业单位迟延支付中小企业款项，要付逾期利息吗？"])
add(F, "And once the problem is fixed, can the record be cleared?",
    "Yes. Once the identifying department confirms the dishonest behaviour has been corrected and performance "
    "completed, the dishonesty records are promptly restored and punishment measures terminated.",
    ["the dishonest behavior has been corrected and performance completed",
     "dishonesty records should be promptly restored"],
    [E(NDRC, "III.(6)", "the dishonest behavior has been corrected and performance completed")],
    lang="en", history=["What does the NDRC notice do with governments found to be in breach of contract?"])
add(F, "情况复杂的话，最长可以拖到多久？",
    "经部门负责人批准可以适当延长，但处理期限最长不得超过90日。",
    ["最长不得超过90日"],
    [E(SME, "第二十五条", "经部门负责人批准，可适当延长，但处理期限最长不得超过90日")],
    history=["中小企业投诉被拖欠款项后，处理投诉部门多久要给出处理结果？"])

# ---------------------------------------------------------------- unanswerable
U = "unanswerable"
# not_covered
unans("not_covered", "What is the fine in yuan for a government that breaches a contract?",
      ["yuan", "RMB", "fine", "fines", "元罚款", "万元"],
      "The NDRC notice only provides credit-based punishment (dishonesty records, restricted funding, special bonds, "
      "awards); no document sets a monetary fine for a government's breach of contract.",
      lang="en", present=["罚款", "penalties"])
unans("not_covered", "中小企业追讨被拖欠的款项，诉讼时效是几年？",
      ["诉讼时效", "时效"],
      "条例只规定付款期限、逾期利息和投诉处理，没有诉讼时效；其他文件也没有。",
      present=["人民法院"])
unans("not_covered", "营业收入达到多少亿元的企业算大型企业？",
      ["营业收入", "亿元", "从业人员"],
      "条例第三条只说依据国务院批准的中小企业划分标准确定、大型企业是中小企业以外的企业，没有具体数额标准。",
      present=["中小企业划分标准"])
unans("not_covered", "What is the maximum meal cost per person that public officials may accept under the Guangzhou Guidelines?",
      ["per person", "yuan", "RMB", "cost per"],
      "The report only says the first batch answers \"what meals can be eaten and what vehicles can be taken\"; "
      "it gives no amount.",
      lang="en", present=["meals"])
unans("not_covered", "政府失信记录在信用中国网站上公示几年后才能撤下？",
      ["公示期", "公示期限", "有效期", "publicity period", "validity period", "disclosure period"],
      "发改委通知 III.(6) 只说纠正并履约后“promptly restored”，未规定公示期限或年限；民营经济促进法第五十四条讲民营经济组织的信用修复申请，也没有年限；没有任何文件规定政府失信记录的公示期。",
      present=["credit restoration", "信用修复"])
unans("not_covered", "Can an SME claim state compensation (国家赔偿) when a government agency pays late?",
      ["国家赔偿", "state compensation", "行政赔偿"],
      "The regulation provides overdue interest (第十七条) and complaint handling, not state compensation; "
      "no corpus document mentions it.",
      lang="en", present=["逾期利息"])
# out_of_domain
unans("out_of_domain", "红烧肉怎么做才好吃？",
      ["红烧肉", "菜谱", "烹饪", "五花肉"],
      "菜谱问题，与政策文件无关。")
unans("out_of_domain", "Who won the 2022 FIFA World Cup?",
      ["FIFA", "World Cup", "football", "soccer"],
      "Sports question, outside the policy-document domain.", lang="en")
unans("out_of_domain", "明天广州会下雨吗？",
      ["天气", "下雨", "降雨", "气温", "weather", "rain"],
      "天气预报问题，与政策文件无关；Guangzhou 只出现在英文广州报告里（政商交往），中文文件中没有“广州”。", present=["广州", "Guangzhou"])
unans("out_of_domain", "How do I reset a forgotten iPhone passcode?",
      ["iPhone", "passcode", "password", "Apple"],
      "Consumer-electronics question, outside the policy-document domain.", lang="en")
# false_premise
unans("false_premise", "条例规定机关单位可以在90日内付款，对吗？",
      ["90日内支付", "90日内付款"],
      "不对：第九条规定30日内支付，合同约定最长不得超过60日；“90日”只出现在第二十五条投诉处理期限。",
      present=["90日"],
      related=[E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项"),
               E(SME, "第九条", "合同另有约定的，从其约定，但付款期限最长不得超过60日")])
unans("false_premise", "The NDRC notice treats personnel changes as a valid excuse for not performing a government contract, right?",
      ["valid excuse", "exempted from breach", "not be regarded as breach"],
      "The opposite: II.(2) says failure to perform due to institutional adjustments, personnel changes and other "
      "reasons shall all be regarded as breach of contract and dishonesty.",
      lang="en", present=["personnel changes"],
      related=[E(NDRC, "II.(2)", "Failure to perform due to institutional adjustments, personnel changes")])
unans("false_premise", "条例规定逾期利息按每日万分之三计算，是吗？",
      ["万分之三"],
      "不对：第十七条规定未约定利率的按每日万分之五，约定利率不得低于1年期贷款市场报价利率。",
      present=["万分之五"],
      related=[E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])
unans("false_premise", "广州的政商交往指引两批一共涵盖50个场景，对吧？",
      ["50 scenarios", "fifty scenarios", "50个场景"],
      "不对：报告说两批指引共覆盖33个场景。", present=["33 scenarios"],
      related=[E(GZ, "¶10", "the 33 scenarios covered in the two batches of the Guidelines")])
unans("false_premise", "Since the SME payment regulation requires deposits to be paid in cash, can an SME offer a bank guarantee at all?",
      ["paid in cash", "限定为现金的"],
      "Premise false: 第十三条 forbids restricting deposits to cash and requires acceptance of guarantees issued by "
      "financial institutions.",
      lang="en", present=["限定为现金"],
      related=[E(SME, "第十三条", "机关、事业单位和大型企业不得将保证金限定为现金"),
               E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")])
# superseded
unans("superseded", "保障中小企业款项支付条例自2020年9月1日起施行，对吗？",
      ["2020年9月1日", "9月1日"],
      "9月1日是2020年原条例（国务院令第728号）的施行日；语料只有2025年修订文本，第三十七条规定自2025年6月1日起施行。",
      present=["第728号", "2025年6月1日"])
unans("superseded", "Under the original 2020 version of the SME payment regulation (Decree No. 728), what did Article 8 say about payment deadlines?",
      ["修订前", "原条例", "原第八条"],
      "The corpus holds only the 2025 revised text (Decree No. 802); No. 728 appears only in its heading, and the "
      "current 第八条 is about budgets, not deadlines (deadlines are now in 第九条).",
      lang="en", present=["第728号"])
unans("superseded", "2020年原条例规定“合同另有约定”时国有大型企业可以用审计结果作为结算依据，这个例外原文怎么写的？",
      ["合同另有约定或者法律", "但合同另有约定"],
      "语料只有2025年修订文本，第十二条仅保留“法律、行政法规另有规定的除外”，没有原条例的合同约定例外原文。",
      present=["法律、行政法规另有规定的除外"])


# ---------------------------------------------------------------- true premises (appended last,
# so the dev/test split of the items above is unchanged). A "…, right?" question whose premise
# the documents state: the counterpart of the false-premise items, so that refusing every
# confirmation question cannot score well.
add(S, "条例规定机关、事业单位从中小企业采购货物，应当自交付之日起30日内付款，对吗？",
    "对。机关、事业单位应当自货物、工程、服务交付之日起30日内支付款项。",
    ["30日内支付款项"],
    [E(SME, "第九条", "应当自货物、工程、服务交付之日起30日内支付款项")])
add(S, "条例规定逾期利息没有约定的，按每日万分之五支付，是吗？",
    "是。双方未约定逾期利息利率的，按照每日利率万分之五支付逾期利息。",
    ["按照每日利率万分之五支付逾期利息"],
    [E(SME, "第十七条", "未作约定的，按照每日利率万分之五支付逾期利息")])
add(S, "既然条例不允许把保证金限定为现金，那中小企业用银行保函提供保证，对方必须接受吗？",
    "必须接受。中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受。",
    ["中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受"],
    [E(SME, "第十三条", "中小企业以金融机构出具的保函等提供保证的，机关、事业单位和大型企业应当接受")])
add(S, "The NDRC notice treats failure to perform because of personnel changes as breach of contract and dishonesty, right?",
    "Yes. Failure to perform due to institutional adjustments, personnel changes and other reasons shall all be "
    "regarded as breach of contract and dishonesty.",
    ["personnel changes"],
    [E(NDRC, "II.(2)", "personnel changes, and other reasons shall all be regarded as breach of contract")],
    lang="en")
add(S, "Under the NDRC notice, cities with government dishonesty records can lose their eligibility for awards and pilot demonstrations, correct?",
    "Yes. For prefecture-level and above cities with government dishonesty records, the NDRC will cancel their "
    "eligibility for awards and pilot demonstrations in the development and reform system.",
    ["cancel their eligibility for awards and pilot demonstrations"],
    [E(NDRC, "III.(4)", "cancel their eligibility for awards and pilot demonstrations")],
    lang="en")


# --------------------------------------------------------------------------- build

def build() -> list[dict]:
    corpus = {n: parsed(n) for n in corpus_names()}
    out = []
    for n, (it, split) in enumerate(zip(ITEMS, splits(ITEMS)), 1):
        absence = absence_check(n, it["absence"], corpus, SHORT)
        evidence = [anchor(*e) for e in it["evidence"]]
        facts = [verbatim_fact(f, evidence_chunk_text(evidence)) for f in it["required_facts"]]
        related = [anchor(*e) for e in it["related_evidence"]]
        out.append(record(f"pdfen-{n:03d}", split, it, facts, evidence, related, absence))
    return out


# --------------------------------------------------------------------------- validate

def validate(items: list[dict]) -> list[str]:
    return validate_items(items, span_errors)


def report(items: list[dict]) -> None:
    print(f"{len(items)} items")
    print("type:    ", dict(Counter(it["type"] for it in items)))
    print("subtype: ", dict(Counter(it["subtype"] for it in items if it["subtype"])))
    print("language:", dict(Counter(it["language"] for it in items)))
    print("split:   ", dict(Counter(it["split"] for it in items)))
    by = Counter((it["type"], it["split"]) for it in items)
    print("type×split:", {f"{t}/{s}": c for (t, s), c in sorted(by.items())})
    docs = Counter(ev["document"] for it in items for ev in it["evidence"] + it["related_evidence"])
    print("evidence by document:", {SHORT[d]: c for d, c in docs.items()})


def main() -> None:
    goldtools.main(OUT, build, validate, report)


if __name__ == "__main__":
    main()
