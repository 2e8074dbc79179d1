"""Questions about a document as a whole: its purpose, what it covers, how it is laid out."""

from __future__ import annotations

import pytest

from assistant.overview import about_document, purpose_spans

from .test_answers import SME

PE_LAW = "cn_law_private_economy_promotion_2025.txt"
SANCTIONS = "cn_law_public_official_sanctions_2020.txt"
NDRC = "ndrc_government_integrity_notice_2023_en.pdf"


@pytest.mark.parametrize(("rest", "aspects"), [
    ("的立法目的是什么？", {"purpose"}),
    ("主要内容是什么？", {"overview"}),
    ("一共有几章？", {"outline"}),
    ("what is the purpose of the  ?", {"purpose"}),
    ("summarize the  notice on government integrity.", {"overview"}),
    ("what chapters does the  have?", {"outline"}),
])
def test_a_question_asking_only_about_a_named_document_is_about_the_document(rest, aspects):
    found = about_document("…", {PE_LAW}, rest, title_words={"govern", "integr"})
    assert found is not None and found.document == PE_LAW and found.aspects == aspects


@pytest.mark.parametrize("rest", [
    "里信用修复的目的是什么？",  # the purpose of something in it
    "第三批主要讲的是哪些场景？",  # a part of it
    "about late payment interest, what does it say?",
    "是哪年施行的？",  # a date: answered by the heading, elsewhere
])
def test_a_question_about_something_in_a_document_is_not_about_the_document(rest):
    assert about_document("…", {PE_LAW}, rest, title_words=set()) is None


def test_a_question_naming_no_document_or_two_is_not_about_one():
    assert about_document("主要内容是什么？", set(), "主要内容是什么？", set()) is None
    assert about_document("…", {PE_LAW, SME}, "主要内容是什么？", set()) is None


def test_the_purpose_sentence_is_found_in_a_law_and_in_a_notice():
    assert [s.text for s in purpose_spans("第一条 为了持续优化营商环境，制定本条例。")] == [
        "第一条 为了持续优化营商环境，制定本条例。"
    ]
    notice = "Leading Departments:\nTo thoroughly implement the Opinions, to advance integrity, the following work is hereby notified."
    assert len(purpose_spans(notice)) == 1
    assert purpose_spans("第六十四条 禁止为经济利益等目的滥用职权实施异地执法。") == []


@pytest.mark.parametrize("question", ["民营经济促进法的立法目的是什么？", "What is the purpose of the Private Economy Promotion Law?"])
def test_asked_the_purpose_of_a_law_its_first_article_answers(assistant, question):
    # Not 第六十四条 "禁止为经济利益等目的…", which only shares the word 目的.
    answer = assistant.ask(question)
    assert not answer.refused
    assert [(c.document, c.article) for c in answer.citations] == [(PE_LAW, "第一条")]
    assert "制定本法" in answer.citations[0].quote


def test_asked_what_a_notice_covers_its_purpose_and_its_parts_answer(assistant):
    answer = assistant.ask("发改委1103号文件主要讲了什么？")
    assert not answer.refused
    assert answer.citations[0].document == NDRC
    assert answer.citations[0].quote.startswith("To thoroughly implement")
    assert "hereby notified" in answer.citations[0].quote
    # The heading of each of its four parts, in order, after the quoted purpose.
    outline = answer.answer.splitlines()[1]
    assert outline.startswith("该文件共4个部分：I. Fully Recognize")
    assert outline.index("II. Establish") < outline.index("III. Improve") < outline.index("IV. Strengthen")


def test_asked_how_a_law_is_laid_out_its_chapters_answer_first(assistant):
    answer = assistant.ask("政务处分法一共有几章？")
    first_line = answer.answer.splitlines()[0]
    assert first_line.startswith("《中华人民共和国公职人员政务处分法》共7章：第一章 总 则；第二章 政务处分的种类和适用；")
    assert first_line.endswith("第七章 附 则。")
    assert [c.article for c in answer.citations] == ["第一条"]  # the purpose, still cited


def test_a_document_stating_no_purpose_or_chapters_is_answered_clause_by_clause(assistant):
    # The Guangzhou report is a news article: no purpose clause, no chapters.
    answer = assistant.ask("Give me an overview of the Guangzhou guidelines.")
    assert "divided into" not in answer.answer


def test_asked_the_purpose_of_something_in_a_law_its_first_article_does_not_answer(assistant):
    answer = assistant.ask("民营经济促进法里信用修复的目的是什么？")
    assert "第一条" not in [c.article for c in answer.citations[:1]]
