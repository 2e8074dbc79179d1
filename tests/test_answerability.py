"""The checks that tell an on-topic clause from one that answers the question."""

from __future__ import annotations

import pytest

from assistant.numerals import chinese_number, to_chinese_numeral
from assistant.answerability import (
    Quantity,
    contradicted_premise,
    missing_quantity,
    quantities,
    unknown_document,
    unknown_term,
)

ARTICLE_8 = "第八条 政务处分的期间为：（一）警告，六个月；（二）记过，十二个月；（三）记大过，十八个月；"


@pytest.mark.parametrize(("text", "value"), [("十", 10), ("十二", 12), ("三十", 30), ("一百零二", 102)])
def test_chinese_numerals_both_ways(text, value):
    assert chinese_number(text) == value
    assert to_chinese_numeral(value) == text


def test_a_year_written_digit_by_digit():
    assert chinese_number("二〇一九") == 2019


def test_quantities_in_chinese_and_english():
    assert quantities("自交付之日起30日内支付，最长不得超过六十日") == {Quantity(30, "day"), Quantity(60, "day")}
    assert quantities("within 10 working days and 5%") == {Quantity(10, "workday"), Quantity(5, "percent")}
    assert Quantity(18, "month") in quantities(ARTICLE_8)


def test_a_question_asking_for_a_figure_no_clause_states():
    gifts = "第三十四条 收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过。"
    assert missing_quantity("收受礼品，金额在多少元以内不算违法？", [gifts]) is not None
    assert missing_quantity("记过的处分期间是多长？", [ARTICLE_8]) is None
    assert missing_quantity("什么是合规？", [gifts]) is None


def test_a_confirmation_with_the_wrong_figure_is_contradicted():
    assert contradicted_premise("政务处分法规定警告的期间是十二个月，对吗？", [ARTICLE_8])
    assert contradicted_premise("记过的期间是十二个月，对吗？", [ARTICLE_8]) is None
    assert contradicted_premise("警告的期间是多长？", [ARTICLE_8]) is None  # asks, asserts nothing


def test_a_named_document_must_be_indexed():
    titles = ["中华人民共和国公职人员政务处分法", "保障中小企业款项支付条例"]
    assert unknown_document("根据《行政监察法》应如何处分？", titles) == "《行政监察法》 not indexed"
    assert unknown_document("《公职人员政务处分暂行规定》对处分期间怎么规定？", titles)
    assert unknown_document("《政务处分法》第八条", titles) is None
    assert unknown_document("《保障中小企业款项支付条例》第九条", titles) is None


def test_rates_stated_as_fractions_are_quantities():
    clause = "未作约定的，按照每日利率万分之五支付逾期利息。"
    assert Quantity(0.0005, "fraction") in quantities(clause)
    assert contradicted_premise("条例规定逾期利息按每日万分之三计算，是吗？", [clause])


def test_a_quoted_term_no_document_uses_is_refused():
    corpus = "第十二条 中央企业设立首席合规官。\nbreach of contract and dishonesty"
    assert unknown_term("“合规管理负责人”由谁担任？", corpus) == "“合规管理负责人” not found"
    assert unknown_term("“首席合规官”由谁担任？", corpus) is None
    # a Chinese term counts as present when its English rendering is (English documents)
    assert unknown_term("通知里的“违约失信”包括哪些？", corpus) is None
    assert unknown_term('What does "compliance officer" mean?', corpus) is None
