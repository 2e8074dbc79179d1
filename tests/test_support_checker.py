"""The offline support checker: lexical support plus exact hard facts, threshold calibrated."""

import pytest

from assistant.evaluation.support import (
    LabelledPair,
    SupportChecker,
    calibrate,
    chinese_number,
    content_units,
    lexical_support,
    missing_facts,
    sentence_spans,
)


def test_chinese_text_counts_character_bigrams():
    assert content_units("支付款项") == {"支付", "付款", "款项"}


def test_english_text_counts_lowercased_words_without_stopwords_or_plural_s():
    assert content_units("The Payment of fees") == {"payment", "fee"}


def test_english_quoted_inside_a_chinese_sentence_counts_as_english_words():
    assert content_units("实行“Fair Competition”审查") == {"实行", "审查", "fair", "competition"}


def test_digits_are_facts_not_content_units():
    assert content_units("60日") == {"日"}


def test_lexical_support_is_the_share_of_the_sentences_units_in_the_cited_text():
    # {支付, 付款, 款项} against {及时, 时支, 支付}: one of three.
    assert lexical_support("支付款项", "及时支付") == pytest.approx(1 / 3)


def test_a_sentence_without_content_units_has_full_lexical_support():
    assert lexical_support("60", "anything") == 1.0


@pytest.mark.parametrize(
    ("sentence", "cited", "missing"),
    [
        ("应当在90日内支付", "应当在60日内支付", ["90"]),
        ("应当在６０日内支付", "应当在60日内支付", []),  # full-width digits
        ("应当在三十日内答复", "应当在30日内答复", []),
        ("款项为1,000元", "款项为1000元", []),
        ("依照第九条", "第9条 机关应当……", []),
        ("See Article 9", "第九条 机关应当……", []),
        ("依照第十条", "第九条 机关应当……", ["第十条"]),
        ("属于第九条第（二）项情形", "第九条 …… （二）……", []),
        ("See item (3)", "(1) ... (2) ...", ["(3)"]),
        ("《优化营商环境条例》规定", "优化营商环境条例 第一条", []),
        ("《中央企业合规管理办法》规定", "优化营商环境条例", ["《中央企业合规管理办法》"]),
        ("自2020年1月1日起施行", "2020年1月1日 施行", []),
        ("自2020年1月2日起施行", "2020年1月1日 施行", ["2020年1月2日"]),
        ("issued on August 5, 2023", "Issued 2023-08-05", []),
        ("held on December 26", "On December 26, 2024 the session", []),
    ],
)
def test_every_number_date_article_and_title_of_the_sentence_must_be_in_the_cited_text(
    sentence, cited, missing
):
    assert missing_facts(sentence, cited) == missing


def test_lexical_support_alone_passes_a_wrong_number_that_the_full_checker_rejects():
    sentence, cited = "应当在90日内支付", "应当在60日内支付"
    assert lexical_support(sentence, cited) == 1.0
    verdict = SupportChecker(threshold=0.5).check(sentence, cited)
    assert verdict.supported is False
    assert verdict.missing == ("90",)


def test_the_checker_passes_a_sentence_at_or_above_the_threshold_with_all_facts():
    checker = SupportChecker(threshold=1 / 3)
    assert checker.supports("支付款项", "及时支付")
    assert not SupportChecker(threshold=0.34).supports("支付款项", "及时支付")


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("九", 9), ("十", 10), ("十五", 15), ("二十三", 23), ("一百零五", 105), ("二〇一九", 2019),
     ("三万五千", 35000), ("两", 2)],
)
def test_chinese_numerals(numeral, value):
    assert chinese_number(numeral) == value


def test_calibration_picks_the_threshold_that_agrees_most_with_the_labels():
    pairs = [
        LabelledPair("payment made", "payment made", True),  # lexical 1
        LabelledPair("payment delayed", "payment made", True),  # 1/2
        LabelledPair("payment penalties apply", "payment made", False),  # 1/3
        LabelledPair("fines imposed quickly", "payment made", False),  # 0
    ]
    calibration = calibrate(pairs)
    # Between the highest unsupported score (1/3) and the lowest supported one (1/2).
    assert calibration.threshold == pytest.approx((1 / 3 + 1 / 2) / 2)
    assert calibration.agreement == 1.0
    assert calibration.n == 4


def test_calibration_reports_the_agreement_it_could_not_reach():
    pairs = [
        LabelledPair("payment made", "payment made", True),
        LabelledPair("the payment was made", "payment made", False),  # lexical 1, labelled no
        LabelledPair("payment delayed", "payment made", True),
        LabelledPair("payment penalties apply", "payment made", False),
        LabelledPair("fines imposed quickly", "payment made", False),
    ]
    calibration = calibrate(pairs)
    assert calibration.threshold == pytest.approx(5 / 12)
    assert calibration.agreement == pytest.approx(4 / 5)


def test_calibration_counts_the_fact_gate_in_the_agreement():
    pairs = [
        LabelledPair("应当在60日内支付", "应当在60日内支付", True),
        LabelledPair("应当在90日内支付", "应当在60日内支付", False),
    ]
    assert calibrate(pairs).agreement == 1.0


def test_calibration_needs_labelled_pairs():
    with pytest.raises(ValueError):
        calibrate([])


def test_sentences_end_at_chinese_and_english_stops_and_line_breaks():
    text = "第一句。第二句！Third one. See No. 5 here.\nline two"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "第一句。", "第二句！", "Third one.", "See No. 5 here.", "line two",
    ]
