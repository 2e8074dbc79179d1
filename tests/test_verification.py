"""Claims checked against real clauses of the sample corpus: supported when a clause states
them, contradicted when it states another figure or the opposite, not found when no clause is
about them; every compared span is verbatim text of its document."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.answerability.quantity import Quantity, event_years
from assistant.cli import cli
from assistant.indexing import UnknownDocument
from assistant.parsing import parse_file
from assistant.verification import (
    _fragments,
    article_nodes,
    consequence,
    denial,
    denied_purpose,
    ends_what_lasts,
    figure_of_another_party,
    left_out_party,
    other_kinds,
    limit_forbidden,
    other_body,
    modal_act,
    modalities,
    opposite,
    other_actor,
    other_level,
    reversed_bound,
    reversed_direction,
    stated_rules,
    unqualified,
    verify,
)

from .conftest import CORPUS

SME = "cn_regs_sme_payment_guarantee_2025.pdf"
NDRC = "ndrc_government_integrity_notice_2023_en.pdf"
PRIVATE_ECONOMY = "cn_law_private_economy_promotion_2025.txt"
SANCTIONS = "cn_law_public_official_sanctions_2020.txt"
SOE = "cn_sasac_central_soe_compliance_measures_2022.txt"
GUANGZHOU = "gz_lecture_hall_guidelines_2025_en.txt"
BUSINESS_ENVIRONMENT = "cn_regs_optimizing_business_environment_2019.txt"


@pytest.mark.parametrize(
    ("claim", "verdict", "document", "article"),
    [
        # The clause states it (same language, paraphrased, or across languages).
        ("机关、事业单位从中小企业采购货物，应当自货物交付之日起30日内支付款项", "supported", SME, "第九条"),
        ("合同另有约定的，机关付款期限最长不得超过60日", "supported", SME, "第九条"),
        ("Government agencies must pay SMEs within 30 days of delivery.", "supported", SME, "第九条"),
        # Read in the fragment stating the claim's figure, not in the sentence on agencies that
        # says "最长不得超过60日".
        ("Large enterprises must pay SMEs within 60 days of delivery.", "supported", SME, "第九条"),
        # "make … pay" states a duty: as a plain fact, 第六条's "不得…拖欠" had been its opposite
        ("The SME payment regulations make large companies pay small suppliers within 60 days",
         "supported", SME, "第九条"),
        ("公职人员受到警告处分的，处分期间为六个月", "supported", SANCTIONS, "第八条"),
        # the document and article named, and the verb saying so, are where, not what (r88)
        ("《政务处分法》第八条规定降级的处分期是十二个月", "contradicted", SANCTIONS, "第八条"),
        ("《政务处分法》第八条规定撤职的处分期是二十四个月", "supported", SANCTIONS, "第八条"),
        # how often, against another frequency or none (r103, r102)
        ("Article 18 makes government agencies publish their overdue payments to SMEs every quarter",
         "contradicted", SME, "第十八条"),
        ("Provincial credit departments must share identified breach-of-contract information with the national "
         "platform every quarter", "not_found", NDRC, "III.(3)"),
        # The phrase stating the claimed figure is the one compared, not a prohibition in the
        # same sentence naming the same payment ("不得约定以收到第三方付款作为…支付款项的条件").
        ("大型企业应当在60日内向中小企业支付款项", "supported", SME, "第九条"),
        ("地方政府不得以政府换届、相关人员更替为由违约毁约", "supported", PRIVATE_ECONOMY, "第七十条"),
        ("因机构调整、人员变动等原因不履约的，一律认定为违约失信", "supported", NDRC, "II.(2)"),
        (
            "Failure to perform due to personnel changes shall be regarded as breach of contract and dishonesty.",
            "supported", NDRC, "II.(2)",
        ),
        # Another figure for the same unit, read where the clause states that rule.
        ("机关、事业单位从中小企业采购货物，应当自货物交付之日起90日内支付款项", "contradicted", SME, "第九条"),
        ("机关、事业单位从中小企业采购货物，应当自货物交付之日起60日内支付款项", "contradicted", SME, "第九条"),
        ("Government agencies must pay SMEs within 90 days of delivery.", "contradicted", SME, "第九条"),
        ("大型企业应当在30日内向中小企业支付款项", "contradicted", SME, "第九条"),
        # Two figures of one unit, each read where the clause states its phrase.
        ("Agencies have to pay SMEs within 30 days of delivery, and by contract no later than 60 days.",
         "supported", SME, "第九条"),
        ("机关、事业单位应当自货物交付之日起30日内支付款项，合同另有约定的最长不得超过90日", "contradicted", SME, "第九条"),
        ("公职人员受到记过处分的，处分期间为六个月", "contradicted", SANCTIONS, "第八条"),
        # The claim permits or excuses what the clause forbids or requires.
        ("Personnel changes excuse a government from performing its contracts.", "contradicted", None, None),
        ("政府因为人员变动不履行合同，不算违约失信", "contradicted", NDRC, "II.(2)"),
        ("地方政府可以以政府换届为由不履行合同", "contradicted", None, None),
        ("机关、事业单位可以拖欠中小企业的款项", "contradicted", SME, "第七条"),
        ("中央企业不得设立首席合规官", "contradicted", SOE, "第十二条"),
        # Read in the phrase naming the act: "不再给予政务处分，但是可以对其立案调查".
        ("已经退休的公职人员，监察机关可以给予政务处分", "contradicted", SANCTIONS, "第二十七条"),
        ("Retired public officials may still be given governmental sanctions.", "contradicted", SANCTIONS, "第二十七条"),
        ("已经退休的公职人员有违法行为的，可以对其立案调查", "supported", SANCTIONS, "第二十七条"),
        # Across languages, "each year" (每年) is a frequency, not a sweep the clause must echo
        # (claim-075 of the labelled claims, dev half).
        ("Government agencies and public institutions must publicly disclose, before 31 March each "
         "year, the number and amount of contracts on which payments to SMEs were overdue and still "
         "unpaid in the previous year.", "supported", SME, "第十八条"),
        # "should" is the notice's word for 应当: an exemption from it is its opposite.
        ("When a complaint is verified as untrue, the identifying department need not give the "
         "complainant feedback or explanations.", "contradicted", NDRC, "II.(2)"),
        # A plain statement of what the clause forbids ("不得由市场主体承担").
        ("区域评估的费用由区域内的市场主体按比例分担", "contradicted", BUSINESS_ENVIRONMENT, "第四十二条"),
        # Another number of the same things.
        ("The GBA Integrity and Compliance Association covers 39 industry sectors.", "contradicted", GUANGZHOU, "¶34"),
        # Another body of the same kind in the same frame (发展改革部门), even with no law named:
        # a notice's title line matching across languages does not outweigh the clause.
        ("国务院市场监督管理部门负责统筹协调促进民营经济发展工作", "contradicted", PRIVATE_ECONOMY, "第四条"),
        # A measure moved the other way ("reduce" where the clause says "increase").
        ("The NDRC will reduce the weight of city credit monitoring deductions for cities with "
         "government dishonesty records.", "contradicted", NDRC, "III.(4)"),
        ("对有政府失信记录的地级及以上城市，国家发展改革委将提高其城市信用监测扣分权重", "supported", NDRC, "III.(4)"),
        # A list item read with the lead-in stating its consequence.
        ("公职人员工作中有形式主义、官僚主义行为，造成不良后果的，予以警告、记过或者记大过",
         "supported", SANCTIONS, "第三十九条"),
        # Another role or body in the clause's place.
        ("首席合规官由总经理兼任", "contradicted", SOE, "第十二条"),
        ("中央企业首席合规官由总法律顾问兼任", "supported", SOE, "第十二条"),
        ("监察机关负责人的回避，由同级党委决定", "contradicted", SANCTIONS, "第四十八条"),
        # A duty where the clause only permits.
        ("中央企业对举报属实的举报人必须给予奖励", "contradicted", SOE, "第二十四条"),
        ("中央企业对举报属实的举报人可以给予适当奖励", "supported", SOE, "第二十四条"),
        # A prohibition of one manner of the act ("不得虚假、恶意投诉") opposes only a claim
        # about that manner, not complaining as such.
        ("投诉人可以恶意投诉", "contradicted", SME, "第二十五条"),
        # (read as 违约 since hyphens are read as spaces, the NDRC notice's complaint clauses come
        # first; 第二十五条 is still compared: test_a_manner_qualified_prohibition_is_compared_…)
        ("Breach-of-contract complaints can be filed against any contracting party", "not_found", None, None),
        ("政府部门可以违法实施行政许可", "contradicted", BUSINESS_ENVIRONMENT, "第四十条"),
        # Forbidding to force a thing exempts from it: "不得强制中小企业接受商业汇票…" is the
        # opposite of a duty to accept them (the English claim was called supported).
        ("SMEs must accept commercial bills as payment", "contradicted", SME, "第十一条"),
        ("企业必须接受行政机关指定的中介服务", "contradicted", BUSINESS_ENVIRONMENT, "第四十三条"),
        ("Agencies must pay SMEs within 30 days of delivery", "supported", SME, "第九条"),
        # "不停止原政务处分决定的执行": carried out meanwhile, not on hold
        ("During a review, the original sanction is suspended.", "contradicted", SANCTIONS, "第五十六条"),
        ("复审期间，原政务处分决定暂停执行。", "contradicted", SANCTIONS, "第五十六条"),
        ("复审期间不停止原政务处分决定的执行", "supported", SANCTIONS, "第五十六条"),
        # A figure stated of another kind of a listed set (the six 政务处分) is not stated of
        # the kind claimed: 第十五条's 48 months are for several sanctions below 撤职, and
        # 第八条's 18 months are 记大过's.
        ("开除处分期是48个月", "not_found", None, None),
        ("降级处分期是十八个月", "contradicted", SANCTIONS, "第八条"),
        ("撤职处分期是24个月", "supported", SANCTIONS, "第八条"),
        ("应当给予撤职以下多个相同政务处分的，处分期最长不得超过48个月", "supported", SANCTIONS, "第十五条"),
        # Spoken words ("就先…了") are no part of what a clause would say.
        ("复审期间原处分就先暂停执行了", "contradicted", SANCTIONS, "第五十六条"),
        # A conditional claim asserts its consequence: the condition's words match 第五十五条
        # (applying for a review), the consequence is settled by 第五十六条.
        ("公职人员对处分不服申请复审的话，复审期间原处分就先暂停执行了", "contradicted", SANCTIONS, "第五十六条"),
        # A contract said to lapse binds no one: the clause requires performing it.
        ("After a change of government, contracts signed by the previous leadership become void",
         "contradicted", PRIVATE_ECONOMY, "第七十条"),
        # A sanction that lapses when its period ends is 期满解除 (第二十六条), no excuse (the
        # verifier does not read "lapses" as "解除" either).
        ("If an official who received a warning shows remorse and doesn't commit another violation, "
         "the sanction simply lapses when its period is over", "not_found", SANCTIONS, "第二十六条"),
        ("处分期满后自动失效", "supported", SANCTIONS, "第二十六条"),
        # Something said to last for good, where the clause provides for ending it.
        ("Government dishonesty records are kept permanently, with no way to have them removed",
         "contradicted", PRIVATE_ECONOMY, "第五十四条"),
        ("政府的失信记录会永久保留", "contradicted", NDRC, "III.(6)"),
        ("政务处分决定书存入本人档案", "supported", SANCTIONS, "第五十四条"),
        # 每日利率万分之五 in per cent, as an English claim states it
        ("The default late-payment interest is 0.05% per day.", "supported", SME, "第十七条"),
        ("The default late-payment interest is 0.1% per day.", "contradicted", SME, "第十七条"),
        # (nearest: 第六十九条's "…有下列情形之一的，依法依规追究责任：" with "（八）变相设定或者实施
        # 行政许可…", read together)
        ("政府部门可以实施行政许可", "not_found", BUSINESS_ENVIRONMENT, "第六十九条"),
        # A claim reaching everyone (or only some) is backed only by a sentence saying as much:
        # "投诉人应当与被投诉人存在合同关系" is on its topic, not its reach.
        ("投诉人可以投诉任何合同相对方", "not_found", None, None),
        ("Private companies may enter any field not on the market access negative list",
         "supported", PRIVATE_ECONOMY, "第十条"),
        ("两批指引一共33个场景，并不能涵盖所有情况", "supported", GUANGZHOU, "¶10"),  # a denied sweep
        # "最长不得超过90日" bounds the period; "可以延长" is no opposite of it.
        ("处理投诉部门收到投诉材料后一般30日内形成处理结果，情况复杂的可以延长，但最长不超过90日",
         "supported", SME, "第二十五条"),
        # The same figure in a fragment about something else (第五十四条's pay changes "一个月内")
        # backs nothing: the law sets no time limit for asking for a review.
        ("公职人员不服政务处分决定的，应当自收到决定书之日起一个月内申请复审", "not_found", None, None),
        # No clause is about it.
        ("The best dumpling recipe uses pork and cabbage.", "not_found", None, None),
        ("饺子最好用猪肉白菜馅", "not_found", None, None),
    ],
)
def test_claims_against_the_corpus(assistant, claim, verdict, document, article):
    result = verify(assistant, claim)
    assert result.verdict == verdict, result.explanation
    assert result.clauses, "the compared clauses are always shown"
    if document:
        assert (result.clauses[0].document, result.clauses[0].article) == (document, article)


def test_a_manner_qualified_prohibition_is_compared_and_opposes_no_plain_claim(assistant):
    result = verify(assistant, "Breach-of-contract complaints can be filed against any contracting party")
    assert result.verdict == "not_found"
    assert (SME, "第二十五条") in [(c.document, c.article) for c in result.clauses]


@pytest.mark.parametrize(
    ("claim", "phrases", "reversed_words"),
    [
        ("将降低其城市信用监测扣分权重", ["increase the weight of city credit monitoring deductions"],
         ("降低", "increase")),
        ("将提高其城市信用监测扣分权重", ["increase the weight of city credit monitoring deductions"], None),
        # The phrase about the claim decides, not another phrase of the sentence.
        ("将降低其城市信用监测扣分权重", ["cancel their eligibility for awards",
                                   "increase the weight of city credit monitoring deductions"],
         ("降低", "increase")),
        ("城市信用监测扣分权重", ["increase the weight of city credit monitoring deductions"], None),
        ("将降低其扣分权重", ["restrict support from central budget funds"], None),
    ],
)
def test_a_claim_moving_a_measure_the_other_way_is_read_in_the_phrase_about_it(claim, phrases, reversed_words):
    units = {"city", "credit", "monitor"}
    assert reversed_direction(claim, phrases, units) == reversed_words


def test_a_modality_contradiction_names_a_clause_on_the_topic(assistant):
    result = verify(assistant, "Personnel changes excuse a government from performing its contracts.")
    clause = result.clauses[0]
    assert clause.article in {"II.(2)", "第七十条", "第三十一条"}
    assert "says the opposite" in result.explanation


def test_a_figure_contradiction_says_which_figure_the_clause_states(assistant):
    claim = "机关、事业单位从中小企业采购货物，应当自货物交付之日起90日内支付款项"
    assert verify(assistant, claim).explanation == "《保障中小企业款项支付条例》第九条规定的是30日，不是90日。"
    english = verify(assistant, "Government agencies must pay SMEs within 90 days of delivery.")
    assert english.explanation == "保障中小企业款项支付条例, 第九条 states 30 days, not 90 days."


def test_an_overstated_duty_says_the_clause_only_permits(assistant):
    result = verify(assistant, "中央企业对举报属实的举报人必须给予奖励")
    assert result.explanation == "《中央企业合规管理办法》第二十四条只规定“可以”这样做，没有规定必须这样做。"


def test_the_documents_name_in_a_claim_says_where_to_look_not_what_it_is_about(assistant):
    # No clause of the law repeats its name; counted in the match, "Under the Public Officials
    # Sanctions Law" kept 第八条 off topic (a variant of claim-006, dev half).
    english = verify(
        assistant, "Under the Public Officials Sanctions Law, a demotion carries a sanction period of 18 months."
    )
    assert english.verdict == "contradicted"
    assert english.explanation == "中华人民共和国公职人员政务处分法, 第八条 states 24 months, not 18 months."
    true = verify(
        assistant, "Under the Public Officials Sanctions Law, the sanction period for a warning is six months."
    )
    assert (true.verdict, true.clauses[0].article) == ("supported", "第八条")


def test_a_list_item_is_read_under_its_lead_in_when_judging_what_it_is_about():
    fragments = _fragments("第八条 政务处分的期间为：\n\n（一）警告，六个月；\n\n政务处分决定自作出之日起生效。")
    assert fragments == [
        ("第八条 政务处分的期间为：", "第八条 政务处分的期间为："),
        ("（一）警告，六个月", "第八条 政务处分的期间为：（一）警告，六个月"),  # figures: the item's own
        ("政务处分决定自作出之日起生效", "政务处分决定自作出之日起生效"),
    ]


def test_one_consequence_whatever_the_severity_contradicts_a_clause_grading_by_it(assistant):
    # 第三十三条: 警告、记过或者记大过；情节较重的，降级或者撤职；情节严重的，开除 (a variant of
    # claim-013 of the labelled claims, dev half).
    result = verify(assistant, "公职人员贪污贿赂的，无论情节如何，一律予以开除。")
    assert result.verdict == "contradicted"
    assert result.clauses[0].article == "第三十三条"
    assert result.explanation == "《中华人民共和国公职人员政务处分法》第三十三条按情节轻重规定不同的后果，并非不论情节一律如此。"
    # Without the sweep the claim is one of the clause's grades, not contradicted by them.
    assert verify(assistant, "公职人员贪污贿赂情节严重的，予以开除。").verdict != "contradicted"


@pytest.mark.parametrize("claim", [
    "警告处分期满后，要本人写申请、经监委批准才能解除。",
    "A sanction is only lifted upon application by the official once its period ends.",
])
def test_what_the_clause_has_happen_by_itself_is_not_waiting_on_an_application(assistant, claim):
    # 第二十六条: 政务处分期满后自动解除 (r30).
    result = verify(assistant, claim)
    assert result.verdict == "contradicted"
    assert result.clauses[0].article == "第二十六条"
    assert "“自动解除”" in result.explanation
    assert verify(assistant, "政务处分期满后自动解除。").verdict == "supported"


def test_an_actor_contradiction_names_both_actors(assistant):
    result = verify(assistant, "《中央企业合规管理办法》规定首席合规官由总经理兼任")
    assert result.verdict == "contradicted"
    assert result.explanation == "《中央企业合规管理办法》第十二条规定的是总法律顾问，不是总经理。"


def test_another_role_in_the_claims_own_frame_is_contradicted_in_a_clause_near_the_top(assistant):
    # 第十五条 (纪检监察机构) outranks 第十二条 for this short claim, which names no article (r145, r151)
    result = verify(assistant, "央企的首席合规官由纪委书记兼任")
    assert result.verdict == "contradicted"
    assert result.explanation == "《中央企业合规管理办法》第十二条规定的是总法律顾问，不是纪委书记。"


@pytest.mark.parametrize(("claim", "sentence", "expected"), [
    ("strips county-level governments with dishonesty records of their eligibility for awards",
     "for prefecture-level and above cities with government dishonesty records, our commission will cancel their "
     "eligibility for awards", ("county-level", "prefecture-level")),
    ("provincial governments with dishonesty records lose their eligibility for awards",
     "for prefecture-level and above cities with government dishonesty records, our commission will cancel their "
     "eligibility for awards", None),
    ("乡镇人民政府负责促进民营经济发展工作", "县级以上地方人民政府应当加强对促进民营经济发展工作的组织领导", ("乡镇", "县级")),
    ("县级政府负责促进民营经济发展工作", "县级以上地方人民政府应当加强对促进民营经济发展工作的组织领导", None),
    ("政府负责促进民营经济发展工作", "县级以上地方人民政府应当加强对促进民营经济发展工作的组织领导", None),
])
def test_a_tier_of_government_the_sentence_does_not_admit_is_another(claim, sentence, expected):
    assert other_level(claim, sentence) == expected


def test_a_level_of_government_the_clause_does_not_name_is_contradicted(assistant):
    result = verify(assistant, "The NDRC notice cancels the eligibility for awards and pilot demonstrations of "
                               "county-level cities with government dishonesty records")
    assert result.verdict == "contradicted"
    assert "prefecture-level, not county-level" in result.explanation


def test_a_figure_given_to_another_party_than_the_clause_states_it_of_is_contradicted(assistant):
    # 第十八条: 机关、事业单位 publish by 31 March; 大型企业 put the figures in their annual report (r39)
    result = verify(assistant, "大型企业每年3月31日前在自己官网上公开上一年度逾期未付中小企业款项的信息")
    assert result.verdict == "contradicted"
    assert result.explanation == "《保障中小企业款项支付条例》第十八条规定的是机关、事业单位，不是大型企业。"
    assert verify(assistant, "机关、事业单位应当于每年3月31日前公开上一年度逾期尚未支付中小企业款项的信息").verdict == "supported"


def test_a_means_made_a_duty_that_the_clause_forbids_limiting_anyone_to_is_contradicted(assistant):
    # 第十三条: 不得将保证金限定为现金 (r40)
    result = verify(assistant, "工程质量保证金必须以现金缴纳")
    assert result.verdict == "contradicted"
    assert result.explanation == "《保障中小企业款项支付条例》第十三条明文规定“不得将保证金限定为现金”，与这一说法相反。"
    assert limit_forbidden("保证金必须交现金", "不得将保证金限定为现金") == "不得将保证金限定为现金"
    assert limit_forbidden("付款必须用银行转账", "不得将保证金限定为现金") is None  # another means
    assert limit_forbidden("履约保证金必须以现金缴纳", "不得将投标文件限定为纸质") is None


def test_a_public_body_the_named_article_does_not_name_is_contradicted_by_the_one_it_names(assistant):
    # 第十一条: 市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报 (r47)
    result = verify(assistant, "《民营经济促进法》第十一条规定，对违反公平竞争审查制度的政策措施，由发改委负责受理举报")
    assert result.verdict == "contradicted"
    assert result.explanation == "《中华人民共和国民营经济促进法》第十一条规定的是市场监督管理部门，不是发改委。"
    assert verify(assistant, "市场监督管理部门负责受理对违反公平竞争审查制度政策措施的举报").verdict == "supported"
    # ... and another role in the named article's frame, however long the claim (r48)
    result = verify(assistant, "《中央企业合规管理办法》第十二条要求首席合规官由党委书记兼任")
    assert result.explanation == "《中央企业合规管理办法》第十二条规定的是总法律顾问，不是党委书记。"
    # ... and, named by its duty, the department that takes SME arrears complaints (r129), in the
    # clause most about the claim though the claim names no article
    result = verify(assistant, "拖欠中小企业款项的投诉是由市场监管局受理的")
    assert result.verdict == "contradicted"
    assert result.explanation == (
        "《保障中小企业款项支付条例》第二十四条规定的是负责中小企业促进工作综合管理的部门，不是市场监管局。"
    )


def test_a_claim_with_a_conflict_and_a_figure_the_clause_lacks_is_explained_by_the_conflict(assistant):
    # 第二十六条: 期满后自动解除, and no 一年 (r79, which had failed to be explained)
    result = verify(assistant, "政务处分法规定警告的处分期是一年，期满后要本人提出申请才能解除")
    assert result.verdict == "contradicted"
    assert "无需申请或批准" in result.explanation


def test_a_text_aimed_at_an_act_does_not_allow_it(assistant):
    # "aimed at … bosses who walk away from what their predecessors promised" names what the NDRC
    # notice fights, which 第七十条 forbids too (r126)
    claim = ("The Commission's circular is aimed at local authorities that keep moving the goalposts, and at "
             "incoming bosses who walk away from what their predecessors promised")
    assert verify(assistant, claim).verdict != "contradicted"


@pytest.mark.parametrize(("claim", "clause", "expected"), [
    ("由发改委负责受理举报", "市场监督管理部门负责受理举报", ("发改委", "市场监督管理部门")),
    ("由市场监管部门负责受理举报", "市场监督管理部门负责受理举报", None),  # one body, two wordings
    ("投诉由有关部门处理", "市场监督管理部门负责受理举报", None),  # no body named in the claim
    # a body in a document's name is the document's issuer, not a body the claim gives a part
    ("《中央企业合规管理办法》要求设首席合规官", "市场监督管理部门负责受理举报", None),
    ("The NDRC notice requires complaint columns", "the Ministry of Industry and Information Technology platform", None),
    # of two bodies, the one the clause names first is the one that acts (第二十四条, r129)
    ("投诉由市场监管局受理", "省级以上人民政府负责中小企业促进工作综合管理的部门受理投诉。国务院负责中小企业促进工作综合管理的部门建立平台",
     ("市场监管局", "负责中小企业促进工作综合管理的部门")),
])
def test_another_public_body_is_one_the_clause_names_and_the_claim_does_not(claim, clause, expected):
    assert other_body(claim, clause) == expected


@pytest.mark.parametrize(("claim", "aligned", "expected"), [
    ("大型企业每年3月31日前公开", "机关、事业单位应当于每年3月31日前公开", ("大型企业", "机关、事业单位")),
    # The claim's party is in the fragment stating the figure: the same rule.
    ("监察机关应当在一个月内作出决定", "公职人员不服的，可以在一个月内申请复审，监察机关应当在一个月内作出决定", None),
    # A party the clause never names is not pinned on another.
    ("中央企业每年3月31日前公开", "机关、事业单位应当于每年3月31日前公开", None),
    # The claim's party the duty falls on, named in the fragment only as whose payments are
    # overdue (r132); not a party the claim itself names as an object.
    ("条例要求我们中小企业每年3月31日前公开被拖欠款项的合同数量",
     "机关、事业单位应当于每年3月31日前将逾期尚未支付中小企业款项的合同数量公开", ("中小企业", "机关、事业单位")),
    ("向中小企业付款的信息，机关、事业单位每年3月31日前公开",
     "机关、事业单位应当于每年3月31日前将逾期尚未支付中小企业款项的合同数量公开", None),
])
def test_a_figure_is_stated_of_the_party_its_fragment_opens_with(claim, aligned, expected):
    clause = aligned + "。大型企业应当将相关信息纳入企业年度报告。"
    assert figure_of_another_party(claim, aligned, clause) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("第六十七条的及时付款义务只约束国家机关和事业单位，不包括国有企业", "国家机关、事业单位、国有企业应当及时支付账款"),
    ("只要求国家机关和事业单位按时付款，却不约束国企", "国家机关、事业单位、国有企业应当及时支付账款"),
    ("The duty binds state organs and public institutions but not SOEs", "国家机关、事业单位、国有企业应当及时支付账款"),
    # ... or left out after it is named (r150)
    ("第六十七条只管国家机关和事业单位，国有企业除外", "国家机关、事业单位、国有企业应当及时支付账款"),
    # a party the sentence does not name beside the bound ones is left out by it too
    ("只约束国家机关，不包括大型企业", None),
])
def test_a_party_the_claim_says_a_rule_leaves_out_that_the_clause_binds_with_the_others(claim, expected):
    assert left_out_party(claim, "国家机关、事业单位、国有企业应当及时支付账款，不得拖延") == expected


def test_a_bound_of_one_side_claimed_where_the_clause_sets_the_other(assistant):
    assert reversed_bound("约定利率上限定为1年期LPR", "约定利率不得低于合同订立时1年期贷款市场报价利率") == ("上限", "不得低于")
    assert reversed_bound("付款期限最长不得超过60日", "付款期限最长不得超过60日") is None
    assert reversed_bound("60日内付款", "付款期限最长不得超过60日") is None  # no bound claimed
    result = verify(assistant, "《保障中小企业款项支付条例》第十七条把逾期利息的约定利率上限定为1年期LPR")
    assert result.verdict == "contradicted"
    assert result.explanation == "《保障中小企业款项支付条例》第十七条说的是“不得低于”，不是“上限”：方向与这一说法相反。"


def test_a_figure_an_english_claim_gives_another_party_than_the_chinese_clause_is_contradicted(assistant):
    # 第十八条's 3月31日 is 机关、事业单位's; large enterprises report in their annual reports (r45)
    result = verify(
        assistant,
        "Article 18 of the SME payment Regulations requires large enterprises to post their overdue SME "
        "payments on their own websites by 31 March each year",
    )
    assert result.verdict == "contradicted"
    assert "names 机关、事业单位, not 大型企业" in result.explanation
    # ... and a date of every year is compared across languages (r52)
    result = verify(assistant, "Under Article 18 of the SME payment regulations, public institutions must publish "
                               "their overdue SME contracts by June 30 each year")
    assert result.verdict == "contradicted"
    assert "states March 31, not June 30" in result.explanation


def test_a_date_is_compared_with_the_date_of_the_same_event(assistant):
    # The law's heading dates its adoption (2025年4月30日…通过) and its taking effect
    # (2025年5月20日起施行): the first does not back a claim about the second.
    result = verify(assistant, "《民营经济促进法》自2025年4月30日起施行。")
    assert result.verdict == "contradicted"
    assert "2025年5月20日" in result.explanation
    assert verify(assistant, "The Private Economy Promotion Law took effect on 30 April 2025.").verdict == "contradicted"
    assert verify(assistant, "《民营经济促进法》自2025年5月20日起施行。").verdict == "supported"
    assert verify(assistant, "《民营经济促进法》于2025年4月30日通过。").verdict == "supported"


def test_the_year_of_an_event_is_compared_with_the_year_the_documents_give_it(assistant):
    # "…the GBA Integrity and Compliance Association was established in 2021." (the lecture report)
    result = verify(assistant, "The GBA Integrity and Compliance Association was established in 2019.")
    assert result.verdict == "contradicted"
    assert result.explanation.endswith("states 2021, not 2019.")
    assert verify(assistant, "大湾区廉洁合规协会是2019年成立的。").verdict == "contradicted"
    assert verify(assistant, "The GBA Integrity and Compliance Association was established in 2021.").verdict == "supported"


def test_an_organization_said_to_be_set_up_by_another_body_is_contradicted(assistant):
    # The report: "It is a non-profit social organization jointly promoted by the Municipal
    # Commission for Discipline Inspection and Supervision, the Municipal State-owned Assets …"
    result = verify(
        assistant, "The GBA Integrity and Compliance Association was set up by the Guangdong Provincial Department of Commerce."
    )
    assert result.verdict == "contradicted"
    assert result.explanation.endswith("not Guangdong Provincial Department of Commerce.")
    true = "The GBA Integrity and Compliance Association was jointly promoted by the Municipal Commission for "
    true += "Discipline Inspection and Supervision, the Municipal SASAC and the Municipal Federation of Industry and Commerce."
    assert verify(assistant, true).verdict == "supported"


@pytest.mark.parametrize("founder", [
    "Hong Kong's ICAC",  # a body no pattern knows, whose words the record does not use (r50)
    "the Guangdong Provincial Department of Justice",  # (r36)
    "the Guangdong provincial SASAC",  # the record's body, at another level of government (r41)
])
def test_an_organization_said_to_be_set_up_by_a_body_the_record_does_not_name_is_contradicted(assistant, founder):
    result = verify(assistant, f"The GBA Integrity and Compliance Association was set up by {founder}.")
    assert result.verdict == "contradicted"
    assert "Municipal Commission for Discipline Inspection" in result.explanation


def test_an_organization_named_as_a_report_speaks_of_it_is_the_organization(assistant):
    claim = "The GBA Integrity and Compliance Association in the Guangzhou report was set up by the provincial Department of Commerce."
    assert verify(assistant, claim).verdict == "contradicted"  # (r44)


def test_a_year_that_names_a_document_dates_no_event():
    # "the 2023 notice", "2020年版" name a text; only a year beside what happened is compared.
    assert event_years("Under the 2023 NDRC notice, complaints are handled within 10 working days.") == set()
    assert event_years("2020年版条例第八条") == set()
    assert event_years("set up by the Guangdong Provincial Department of Commerce in 2019") == {
        Quantity(2019, "in:founded")
    }
    assert event_years("成立于2021年") == event_years("该协会2021年成立") == {Quantity(2021, "in:founded")}


def test_a_document_said_to_be_issued_by_another_body_is_contradicted_in_either_language(assistant):
    result = verify(assistant, "The Guangzhou Guidelines were issued by the city's Federation of Industry and Commerce.")
    assert result.verdict == "contradicted"
    assert "Guangzhou Municipal Commission for Discipline Inspection and Supervision" in result.explanation
    result = verify(assistant, "广州政商交往指引是市工商联发布的。")
    assert result.verdict == "contradicted"
    assert "Commission for Discipline Inspection" in result.explanation
    # the issuer it records, and another document's issuer, are no conflict
    true = "The Guangzhou Guidelines were issued by the Guangzhou Municipal Commission for Discipline Inspection."
    assert verify(assistant, true).verdict != "contradicted"
    assert verify(assistant, "The SME payment regulation was issued by the State Council.").verdict != "contradicted"
    # ... said with the body first, whose words also name the document's city
    active = "The Guangzhou Public Security Bureau issued the government-business interaction Guidelines."
    assert verify(assistant, active).verdict == "contradicted"


@pytest.mark.parametrize(("claim", "record"), [
    # the heading's order ("…国务院国有资产监督管理委员会令第42号公布…"), in the other language
    ("The Central SOE Compliance Management Measures were issued by SASAC.", "委员会令第42号公布"),
    ("《中央企业合规管理办法》由国务院国有资产监督管理委员会发布。", "委员会令第42号公布"),
    ("The SME payment regulations were issued by the State Council.", "国务院令第"),
    # the meeting that adopted a law or a regulation
    ("The Private Economy Promotion Law was adopted by the NPC Standing Committee.", "全国人大常委会第十五次会议通过"),
    ("《优化营商环境条例》是国务院通过的。", "国务院第66次常务会议通过"),
    # a notice that makes no issue statement: the issuer its heading names
    ("The NDRC notice was issued by the National Development and Reform Commission.",
     "National Development and Reform Commission"),
    # the report's record of who issued the Guidelines it reports on
    ("The Guangzhou Guidelines were issued by the Guangzhou discipline commission.", "has issued two batches"),
])
def test_a_claim_saying_only_who_issued_a_document_is_borne_out_by_its_record(assistant, claim, record):
    result = verify(assistant, claim)
    assert result.verdict == "supported"
    assert record in result.clauses[0].quote


def test_the_issuer_record_confirms_nothing_else_a_claim_says(assistant):
    claim = (
        "The Central SOE Compliance Management Measures were issued by SASAC and require the chief compliance "
        "officer to be an outside lawyer."
    )
    assert verify(assistant, claim).verdict != "supported"
    # nor does a paragraph about the body the claim names instead outweigh the record (the report
    # publishes the association's profile; the commission issued the Guidelines)
    other = verify(assistant, "The Guangzhou Guidelines were issued by the GBA Integrity and Compliance Association.")
    assert other.verdict == "contradicted"
    assert "Commission for Discipline Inspection" in other.explanation
    # a local government, named well after the document's kind (r73)
    government = verify(
        assistant,
        "The Guangzhou Guidelines on government-business interactions in typical scenarios were issued by the "
        "Guangzhou Municipal People's Government",
    )
    assert government.verdict == "contradicted"
    adopted = verify(assistant, "The Private Economy Promotion Law was adopted by the State Council.")
    assert adopted.verdict == "contradicted"
    assert "全国人大常委会" in adopted.explanation


def test_a_text_saying_it_is_not_meant_to_do_what_the_claim_says_contradicts_it(assistant):
    # The report: "The Guidelines are not intended to “relax discipline”, but to prevent…"
    result = verify(assistant, "relax the discipline rules", document="gz_lecture_hall_guidelines_2025_en.txt")
    assert result.verdict == "contradicted"
    assert "not intended to “relax discipline”" in result.explanation
    assert denied_purpose("The Guidelines relax restrictions", "not intended to “relax discipline”") is None
    # ... in Chinese, whatever the claim goes on to say, though little else of it matches the report
    chinese = "广州那份政商交往指引本来就是给基层干部松绑、放宽纪律要求的，那以后送点土特产应该没问题了"
    result = verify(assistant, chinese)
    assert result.verdict == "contradicted"
    assert "relax discipline" in result.explanation


@pytest.mark.parametrize(
    ("claim", "sentence", "expected"),
    [
        ("首席合规官由总经理兼任", "设立首席合规官，由总法律顾问兼任，对企业主要负责人负责", ("总经理", "总法律顾问")),
        # The same ending: one actor worded two ways, not two actors...
        ("由主管部门负责监督", "由有关部门负责监督", None),
        # ...unless both are named at length and share nothing but the ending.
        ("国务院市场监督管理部门负责统筹协调", "国务院发展改革部门负责统筹协调", ("市场监督管理部门", "发展改革部门")),
        # The claim's actor is in the clause: the sentence may just not be where it is named.
        ("由总法律顾问兼任", "由总法律顾问兼任", None),
        # Particles alone do not make a frame.
        ("由国务院的", "由省政府的", None),
        ("the complaint is handled by the general manager of the company",
         "the complaint is handled by the credit department of the company",
         ("general manager", "credit department")),
    ],
)
def test_other_actor_needs_the_same_frame_and_another_kind_of_actor(claim, sentence, expected):
    """Pure logic over two wordings (no index involved)."""
    assert other_actor(claim, sentence, sentence) == expected


def test_a_claim_checked_against_a_document_not_in_the_index_is_an_error(assistant):
    with pytest.raises(UnknownDocument, match="nosuch.pdf"):
        verify(assistant, "大型企业应当在60日内支付款项", document="nosuch.pdf")


def test_the_matching_span_is_verbatim_text_of_the_document(assistant):
    result = verify(assistant, "机关、事业单位从中小企业采购货物，应当自货物交付之日起30日内支付款项")
    clause = result.clauses[0]
    text = parse_file(CORPUS / clause.document).text
    assert text[clause.start : clause.end] == clause.quote
    assert "30日内支付款项" in clause.quote
    assert clause.quote in clause.text
    assert clause.page == 2


@pytest.mark.parametrize("article", ["第九条", "9", "第9条", "Article 9"])
def test_a_named_article_is_compared_exactly(assistant, article):
    result = verify(assistant, "大型企业应当在45日内支付中小企业款项", document=SME, article=article)
    assert result.verdict == "contradicted"
    assert {(c.document, c.article) for c in result.clauses} == {(SME, "第九条")}
    assert "60日" in result.explanation


def test_an_article_that_does_not_exist_finds_nothing_to_compare(assistant):
    result = verify(assistant, "机关应当在30日内付款", document=SME, article="第九十九条")
    assert result.verdict == "not_found"
    assert result.clauses == []


def test_the_document_filter_keeps_other_documents_out(assistant):
    result = verify(assistant, "地方政府不得以政府换届为由违约毁约", document=SME)
    assert all(c.document == SME for c in result.clauses)
    assert result.verdict != "supported"


def test_article_nodes_accept_an_item_of_a_notice(assistant):
    nodes = article_nodes(assistant.index.nodes(), "(2)", NDRC)
    assert {n.metadata["article"] for n in nodes} == {"II.(2)"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Personnel changes excuse non-performance.", {"exempted"}),
        ("政府因人员变动不履行合同，不算违约失信", {"permitted"}),
        ("Failure to perform shall all be regarded as breach of contract and dishonesty.", {"required", "forbidden"}),
        ("不得以政府换届为由违约毁约", {"forbidden"}),
        ("Governments shall not use personnel changes as an excuse to breach contracts.", {"forbidden"}),
        ("SMEs may not be required to accept unreasonable terms.", {"forbidden", "required"}),
        ("机关可以进行函询约谈", {"permitted"}),
        ("机关无需在30日内支付", {"exempted"}),
        ("Failure to perform is not regarded as breach of contract.", {"permitted"}),
        ("中央企业设立首席合规官", set()),
        ("Even by contract they can't push the deadline beyond 60 days.", {"forbidden"}),
        ("Agencies have to pay within 30 days.", {"required"}),
        ("The notice requires provinces to open complaint columns.", {"required"}),
        ("Agencies don't have to pay within 30 days.", {"exempted"}),
        ("已经退休的，不再给予政务处分", {"forbidden"}),
        ("Retired officials are no longer sanctioned.", {"forbidden"}),
        ("The payment period shall be no longer than 60 days.", {"required"}),
        # A bound on a figure forbids no act: the figure check reads it.
        ("处理期限最长不得超过90日", set()),
        ("The extension shall not exceed 60 days.", set()),
        ("Any agreed rate may not be lower than the one-year LPR.", set()),  # (r90)
        ("不得拖欠中小企业款项", {"forbidden"}),
        # forbidding to force a thing forbids the forcing and exempts from the thing
        ("不得强制中小企业接受商业汇票", {"forbidden", "exempted"}),
        ("Agencies shall not force SMEs to accept commercial bills.", {"forbidden", "exempted"}),
        # A denied excuse exempts nothing; a denied count permits.
        ("Personnel changes are no excuse for failing to perform a contract.", {"forbidden"}),
        ("A change of officials does not excuse non-performance.", {"forbidden"}),
        ("Non-performance caused by a change of officials doesn't count as dishonesty.", {"permitted"}),
        ("因公共利益改变合同约定时政府不用给企业补偿", {"exempted"}),  # (r159)
    ],
)
def test_modality_cues(text, expected):
    """Pure logic over cue phrases (no index involved)."""
    assert modalities(text) == expected


@pytest.mark.parametrize(
    ("clause", "claim", "kept"),
    [
        ("投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉。", "Complaints can be filed against anyone", False),
        ("投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉。", "投诉人可以恶意投诉", True),
        ("投诉人应当与被投诉人存在合同关系，不得虚假、恶意投诉。", "Complainants may file false complaints", True),
        ("不得以政府换届为由违约毁约", "可以以政府换届为由违约", True),  # no manner: always kept
    ],
)
def test_a_prohibition_of_one_manner_counts_only_for_a_claim_naming_it(clause, claim, kept):
    """Pure logic: "不得虚假、恶意投诉" forbids false or malicious complaints, not complaints."""
    assert ("不得" in unqualified(clause, claim)) is kept


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("监察机关可以给予政务处分", "给予政务处分"),
        ("Agencies must pay SMEs within 30 days, and no later than 60", " pay SMEs within 30 days"),
        ("中央企业设立首席合规官", ""),
    ],
)
def test_the_act_a_modality_governs(text, act):
    """Pure logic: the words after the first modality cue, to the end of their phrase."""
    assert modal_act(text) == act


@pytest.mark.parametrize(
    ("claim", "clause", "close", "expected"),
    [
        ({"permitted"}, {"forbidden"}, False, True),
        ({"exempted"}, {"required", "forbidden"}, False, True),
        ({"forbidden"}, {"required", "forbidden"}, True, False),  # something in common
        ({"forbidden"}, {"required"}, False, False),  # 不得拖欠 vs 应当支付: agree
        ({"forbidden"}, {"required"}, True, True),  # 不得设立 vs 应当设立
        ({"permitted"}, {"required"}, True, False),
        (set(), {"forbidden"}, True, False),
    ],
)
def test_opposite_modalities(claim, clause, close, expected):
    """Pure logic (no index involved)."""
    assert opposite(claim, clause, close) is expected


def test_verify_command_prints_the_verdict_as_json(corpus_index):
    result = CliRunner().invoke(
        cli, ["--index", str(corpus_index), "verify", "--json", "政府因为人员变动不履行合同，不算违约失信"]
    )
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)
    assert verdict["verdict"] == "contradicted"
    assert verdict["clauses"][0]["article"] == "II.(2)"


def test_verify_command_prints_a_readable_verdict(corpus_index):
    result = CliRunner().invoke(
        cli, ["--index", str(corpus_index), "verify", "大型企业应当在45日内支付", "--document", SME, "--article", "第九条"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("contradicted: 《保障中小企业款项支付条例》第九条规定的是60日，不是45日。")
    assert "[1] 保障中小企业款项支付条例, 第九条, p. 2" in result.stdout


def test_a_true_period_is_not_contradicted_by_a_period_the_law_gives_for_something_else(assistant):
    # 第八条 states 撤职，二十四个月; 第十五条 caps combined sanctions at 四十八个月. The claim's
    # wording shares too little with 第八条's item to count as stated there, so it is not found,
    # but the other figure must not make it contradicted.
    result = verify(assistant, "公职人员受到撤职处分的，处分期间为二十四个月")
    assert result.verdict != "contradicted", result.explanation
    assert verify(assistant, "公职人员受到撤职处分的，处分期间为十二个月").verdict == "contradicted"


@pytest.mark.parametrize(
    ("claim", "asserted"),
    [
        ("公职人员对处分不服申请复审的话，复审期间原处分就先暂停执行了", "复审期间原处分就先暂停执行了"),
        ("If an official appeals a sanction, the original sanction is suspended until the review ends",
         "the original sanction is suspended until the review ends"),
        # Too short to name what it is about: it would match any clause on a word or two.
        ("如果是小额礼品，就可以收下", None),
        ("If he appeals, he can be promoted", None),
        # Not a condition
        ("机关、事业单位从中小企业采购货物，应当自货物交付之日起30日内支付款项", None),
    ],
)
def test_a_conditional_claim_asserts_its_consequence(claim, asserted):
    assert consequence(claim) == asserted


@pytest.mark.parametrize(
    ("claim", "sentence", "expected"),
    [
        ("dishonesty records are kept permanently", "relevant dishonesty records should be promptly restored", True),
        ("失信记录永远消不掉", "移除或者终止失信信息公示", True),
        ("records can never be removed", "records should be promptly restored", True),
        ("处分决定不能撤销", "复审期间，不停止原政务处分决定的执行", False),
        # Nothing said to last: a clause ending something contradicts nothing.
        ("dishonesty records are shared with the national platform", "records should be promptly restored", False),
    ],
)
def test_something_said_to_last_for_good_is_contradicted_by_a_clause_ending_it(claim, sentence, expected):
    assert ends_what_lasts(claim, sentence) is expected


def test_a_claim_about_what_one_document_says_is_checked_against_that_document(assistant):
    # 第十二条 of the SASAC measures says this; the Private Economy Promotion Law does not.
    assert verify(assistant, "《中央企业合规管理办法》规定首席合规官由总法律顾问兼任。").verdict == "supported"
    misattributed = verify(assistant, "《民营经济促进法》规定首席合规官由总法律顾问兼任。")
    assert misattributed.verdict != "supported"
    assert {c.document for c in misattributed.clauses} == {"cn_law_private_economy_promotion_2025.txt"}


def test_a_claim_its_document_leaves_open_may_be_refuted_by_another(assistant):
    # The notice's own clauses neither back nor refute it; the law's credit restoration
    # (民营经济促进法 第五十四条) refutes it.
    result = verify(assistant, "Under the NDRC notice a government's dishonesty record stays forever and can never be removed.")
    assert result.verdict == "contradicted"


def test_what_a_clause_plainly_denies_is_contradicted_not_supported(assistant):
    # 第十二条: "设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任". The claim shared its words
    # and was called supported.
    result = verify(assistant, "中央企业设立首席合规官，需要新增领导岗位。")
    assert result.verdict == "contradicted"
    assert result.explanation == "《中央企业合规管理办法》第十二条明文规定“不新增领导岗位和职数”，与这一说法相反。"
    assert verify(assistant, "中央企业设立首席合规官，不新增领导岗位。").verdict == "supported"


@pytest.mark.parametrize(("claim", "sentence", "denied"), [
    ("设首席合规官要新增一个领导职数", "由总法律顾问兼任，不新增领导岗位和职数", "不新增领导岗位和职数"),
    ("政府要不断优化营商环境", "不断解放和发展社会生产力", None),  # 不断 is no negation
    ("付款期限最长60日", "付款期限最长不得超过60日", None),  # a bound, read by the figure check
    ("企业可以不新增岗位", "不新增领导岗位", "不新增领导岗位"),  # (the caller skips negated claims)
])
def test_a_plain_negation_is_read_apart_from_modal_and_bounding_cues(claim, sentence, denied):
    assert denial(claim, sentence) == denied


def test_a_claim_in_everyday_words_is_read_in_the_documents_words(assistant):
    # 背靠背 is what people call "以收到第三方付款作为…支付款项的条件", which 第九条 forbids.
    result = verify(assistant, "大型企业可以和中小企业约定背靠背付款")
    assert result.verdict == "contradicted"
    assert result.clauses[0].article == "第九条"


@pytest.mark.parametrize(
    ("claim", "rules"),
    [
        # A story, then the rule it claims: the rule is checked alone.
        ("他们说按合同要等业主把工程款付给他们以后才付我们，这种背靠背的约定条例是允许的",
         ["这种背靠背的约定条例是允许的"]),
        ("My boss says the buyer may pay us whenever it likes, since the contract is silent",
         ["My boss says the buyer may pay us whenever it likes"]),
        # Clauses stating no rule of their own, or too short to name what they are about.
        ("办审批的时候，窗口工作人员推荐了一家评估机构", []),
        ("他说可以，我们就做了", []),
        # One clause: the claim itself is what is checked.
        ("大型企业可以和中小企业约定背靠背付款", []),
    ],
)
def test_the_clauses_of_a_compound_claim_that_state_a_rule_of_their_own(claim, rules):
    assert stated_rules(claim) == rules


def test_a_compound_claim_is_contradicted_when_the_rule_it_states_is(assistant):
    claim = "他们说按合同要等业主把工程款付给他们以后才付我们，这种背靠背的约定条例是允许的"
    result = verify(assistant, claim)
    assert result.verdict == "contradicted", result.explanation
    assert result.claim == claim
    # a story alone states no rule, and backs or refutes nothing
    assert verify(assistant, "他们说按合同要等业主把工程款付给他们以后才付我们").verdict == "not_found"


@pytest.mark.parametrize(("claim", "explanation"), [
    # A claim naming an article is judged by it: 第九条 gives 大型企业 60 days; 第十六条's 30 days
    # for 大型企业 to confirm a debt, which shares the claim's words and figure, had been taken as
    # support (r58).
    ("《保障中小企业款项支付条例》第九条要求大型企业必须在30日内向中小企业付款",
     "《保障中小企业款项支付条例》第九条规定的是60日，不是30日。"),
    # A sanction the article does not list among those it lists (第二十二条, r60)
    ("监察机关可以对基层群众性自治组织中从事管理的人员给予开除处分",
     "《中华人民共和国公职人员政务处分法》第二十二条规定的是警告、记过、记大过，不是开除。"),
])
def test_a_contradiction_names_what_the_clause_states_instead(assistant, claim, explanation):
    result = verify(assistant, claim)
    assert (result.verdict, result.explanation) == ("contradicted", explanation)


@pytest.mark.parametrize(("claim", "explanation"), [
    # 第十八条: 每年3月31日前 (r59); across languages, 第二十二条's 每年定期 had been taken as support
    ("The SME payment regulation requires government agencies to publish their overdue SME payments every quarter",
     "保障中小企业款项支付条例, 第十八条 states annually, not quarterly."),
    ("条例要求机关每季度公开逾期未付中小企业款项的信息", "《保障中小企业款项支付条例》第十八条规定的是每年，不是每季度。"),
])
def test_how_often_a_claim_says_something_recurs_is_compared_with_the_clause(assistant, claim, explanation):
    result = verify(assistant, claim)
    assert (result.verdict, result.explanation) == ("contradicted", explanation)
    assert verify(assistant, "机关、事业单位应当每年公开上一年度逾期尚未支付中小企业款项的信息").verdict == "supported"


SANCTION_KINDS = frozenset({"警告", "记过", "记大过", "降级", "撤职", "开除"})
ARTICLE_22 = "基层群众性自治组织中从事管理的人员有违法行为的，监察机关可以予以警告、记过、记大过。"


@pytest.mark.parametrize(("claim", "kinds"), [
    # 第二十二条 lists three sanctions for village committee staff; 开除 is not one (r60)
    ("监察机关可以对基层群众性自治组织中从事管理的人员给予开除处分", ("开除", "警告、记过、记大过")),
    ("监察机关可以对基层群众性自治组织中从事管理的人员予以记过", None),  # one of those listed
    ("对基层群众性自治组织中从事管理的人员不能给予开除处分", None),  # denied, as the list bears out
    ("公职人员受到记过处分", None),  # a sentence listing no kind of the set says nothing of it
])
def test_a_kind_the_clause_does_not_list_among_those_it_lists(claim, kinds):
    sentence = ARTICLE_22 if "基层" in claim else "公职人员有违法行为的，依法给予政务处分。"
    assert other_kinds(claim, sentence, [SANCTION_KINDS]) == kinds


def test_bodies_said_to_have_issued_a_document_jointly_are_checked_against_its_record(assistant):
    # The measures' heading: "国务院国有资产监督管理委员会令第42号公布" (r60)
    joint = verify(assistant, "The Central SOE Compliance Management Measures were jointly issued by SASAC and the NDRC")
    assert joint.verdict == "contradicted"
    assert "国务院国有资产监督管理委员会" in joint.explanation
    # Another document's issuer is no record of this one's: the lecture report's "has issued two
    # batches of the Guidelines" had refuted "… were issued by the NDRC".
    single = verify(assistant, "The Central SOE Compliance Management Measures were issued by the NDRC")
    assert single.verdict == "contradicted"
    assert {c.document for c in single.clauses} == {SOE}
