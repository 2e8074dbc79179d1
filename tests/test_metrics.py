"""Metric definitions (eval/README.md), each checked on a hand-computed case."""

import math

import pytest

from assistant.evaluation.gold import Evidence
from assistant.evaluation.metrics import (
    AnswerSentence,
    all_found_at_k,
    chunk_hits,
    citation_precision,
    citation_recall,
    crag_score,
    evidence_hit,
    first_citation_hit,
    invented_articles,
    judge_citations,
    ndcg_at_k,
    overlaps,
    quote_is_valid,
    recall_at_k,
    reciprocal_rank,
    refusal_curve,
    required_fact_recall,
    split_answer,
    unknown_markers,
    wilson_interval,
)
from assistant.schema import Answer, Citation, RetrievedChunk

DOCUMENT = "第九条 机关应当在60日内支付款项。\n第十条 不得拖欠。"


def chunk(start, end, document="doc.txt"):
    return RetrievedChunk(document=document, article=None, section="", start=start, end=end,
                          text="…", score=0.5)


def evidence(start, end, document="doc.txt"):
    return Evidence(document=document, article="第九条", start=start, end=end,
                    quote="x" * (end - start))


def citation(id, text, quote=None, start=-1, end=-1, document="doc.txt", section="条例 › 第九条"):
    return Citation(id=id, document=document, title="条例", doc_number=None, section=section,
                    page=None, quote=quote or text, text=text, score=0.9, start=start, end=end)


def answer(text, citations=(), refused=False):
    return Answer(question="q", answer=text, refused=refused, citations=list(citations))


# Retrieval

@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [((0, 10), (5, 15), True), ((0, 10), (10, 20), False), ((5, 6), (0, 100), True),
     ((0, 10), (20, 30), False)],
)
def test_spans_overlap_when_they_share_a_character(a, b, expected):
    assert overlaps(*a, *b) is expected


def test_a_chunk_of_another_document_never_hits():
    assert chunk_hits(chunk(0, 100), evidence(10, 20))
    assert not chunk_hits(chunk(0, 100, document="other.txt"), evidence(10, 20))


A, B = evidence(0, 10), evidence(100, 110)
RANKED = [chunk(50, 60), chunk(0, 20), chunk(200, 300), chunk(105, 120)]


def test_recall_at_k_is_the_share_of_evidence_spans_hit_in_the_top_k():
    assert recall_at_k(RANKED, [A, B], 2) == 0.5
    assert recall_at_k(RANKED, [A, B], 5) == 1.0


def test_reciprocal_rank_is_one_over_the_rank_of_the_first_hit():
    assert reciprocal_rank(RANKED, [A, B]) == 0.5
    assert reciprocal_rank(RANKED, [evidence(500, 510)]) == 0.0
    assert reciprocal_rank([chunk(50, 60)] * 10 + [chunk(0, 10)], [A]) == 0.0  # rank 11


def test_ndcg_uses_binary_relevance_against_one_chunk_per_span():
    # Hits at ranks 2 and 4; the ideal puts them at ranks 1 and 2.
    expected = (1 / math.log2(3) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k(RANKED, [A, B]) == pytest.approx(expected)
    assert ndcg_at_k(RANKED, [A, B]) == pytest.approx(0.6509, abs=1e-4)


def test_ndcg_counts_a_span_split_over_two_chunks_once():
    assert ndcg_at_k([chunk(0, 5), chunk(5, 10)], [A]) == 1.0
    split_a = [chunk(0, 5), chunk(5, 10)]
    assert ndcg_at_k(split_a, [A, B]) == pytest.approx(1 / (1 + 1 / math.log2(3)))


def test_multi_clause_items_need_every_span_in_the_top_10():
    assert all_found_at_k(RANKED, [A, B])
    assert not all_found_at_k(RANKED, [A, evidence(500, 510)])


# Answers

def test_the_first_citation_hit_counts_only_the_quote_a_reader_meets_first():
    gold = [Evidence(document="doc.txt", article="第九条", start=4, end=17, quote="机关应当在60日内支付款项")]
    hit, miss = citation(1, "第九条 机关应当在60日内支付款项。"), citation(2, "第十条 不得拖欠。")
    assert first_citation_hit(answer("…[1]…[2]", [hit, miss]), gold)
    assert not first_citation_hit(answer("…[1]…[2]", [miss, hit]), gold)
    assert evidence_hit(answer("…[1]…[2]", [miss, hit]), gold)
    assert not first_citation_hit(answer("…", []), gold)


def test_evidence_hit_needs_a_citation_of_the_same_document_containing_a_gold_quote():
    gold = [Evidence(document="doc.txt", article="第九条", start=4, end=17, quote="机关应当在60日内支付款项")]
    assert evidence_hit(answer("…[1]", [citation(1, "第九条 机关应当在60日内支付款项。")]), gold)
    assert evidence_hit(answer("…[1]", [citation(1, "机关应当在６０日内\n支付款项")]), gold)  # re-flowed
    assert not evidence_hit(answer("…[1]", [citation(1, "第十条 不得拖欠。")]), gold)
    other = citation(1, "第九条 机关应当在60日内支付款项。", document="other.txt")
    assert not evidence_hit(answer("…[1]", [other]), gold)


@pytest.mark.parametrize(
    ("quote", "start", "end", "text", "valid"),
    [
        ("机关应当在60日内支付款项", 4, 17, "第九条 机关应当在60日内支付款项。", True),
        ("机关应当在60日内支付款项", 5, 18, "第九条 机关应当在60日内支付款项。", False),  # off by one
        ("机关应当在60日内支付款项", 4, 17, "第十条 不得拖欠。", False),  # not in the clause
        ("机关应当在90日内支付款项", 4, 17, "第九条 机关应当在90日内支付款项。", False),  # altered
        ("机关", -1, -1, "第九条 机关应当", False),  # no offsets
    ],
)
def test_a_quote_is_valid_only_as_the_exact_document_text_inside_its_clause(
    quote, start, end, text, valid
):
    assert quote_is_valid(citation(1, text, quote, start, end), DOCUMENT) is valid


def test_a_quote_of_a_document_outside_the_corpus_is_invalid():
    assert not quote_is_valid(citation(1, "机关", "机关", 4, 6), None)


def test_markers_must_name_citations():
    assert unknown_markers(answer("甲[1]。乙[1][3]。丙[4]", [citation(1, "甲"), citation(3, "乙")])) == [4]


def test_brackets_quoted_from_a_document_are_not_markers():
    quoted = "The document: “Development and Reform Finance [2023] No. 1103” [1]"
    cited = [citation(1, "Development and Reform Finance [2023] No. 1103")]
    assert unknown_markers(answer(quoted, cited)) == []
    assert split_answer(quoted) == [AnswerSentence(quoted.removesuffix(" [1]"), (1,))]


def test_article_numbers_in_the_answer_must_appear_in_a_cited_clause_or_its_path():
    cited = [citation(1, "机关应当在60日内支付款项。", section="条例 › 第九条")]
    assert invented_articles(answer("依照第9条，机关应当在60日内支付款项[1]。", cited)) == []
    assert invented_articles(answer("依照第十二条，机关应当支付[1]。", cited)) == ["第十二条"]
    assert invented_articles(answer("Under Article 9 and item (2), pay[1].", cited)) == ["(2)"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("甲规定[1]。乙规定[2][3]。", [("甲规定", (1,)), ("乙规定", (2, 3))]),
        ("甲规定。[1]乙规定。[2]", [("甲规定。", (1,)), ("乙规定。", (2,))]),
        ("甲规定。乙规定[1]。", [("甲规定。", ()), ("乙规定", (1,))]),
        ("Pay in 30 days.[1] Then report[2][2].",
         [("Pay in 30 days.", (1,)), ("Then report", (2,))]),
        ("No markers at all.", [("No markers at all.", ())]),
        ("条例规定：“甲。\n乙按照“丙。”办理。”[1]丁。", [("条例规定：“甲。\n乙按照“丙。”办理。”", (1,)), ("丁。", ())]),
    ],
)
def test_an_answer_splits_into_sentences_each_with_the_markers_that_follow_it(text, sentences):
    assert split_answer(text) == [AnswerSentence(t, ids) for t, ids in sentences]


def words_all_present(sentence: str, cited_text: str) -> bool:
    """A deterministic fake support judge for these unit tests: every word of the sentence
    appears in the cited text. The real judge is SupportChecker (tests/test_support_checker.py)."""
    return all(word in cited_text.split() for word in sentence.split())


def test_alce_citation_recall_and_precision():
    citations = [citation(1, "alpha beta"), citation(2, "gamma"), citation(3, "epsilon")]
    text = "alpha beta[1][2]. alpha gamma[1][2]. delta[3]. omega."
    judgements = judge_citations(answer(text, citations), words_all_present)
    # Supported: "alpha beta" (by [1]) and "alpha gamma" (by [1]+[2] together); "delta" is not
    # supported by [3] and "omega" cites nothing.
    assert [j.supported for j in judgements] == [True, True, False, False]
    assert citation_recall(judgements) == 2 / 4
    # Five markers. [2] on "alpha beta" is imprecise: alone it does not support the sentence and
    # [1] does without it. Both on "alpha gamma" are needed. [3] supports nothing.
    assert [j.precise for j in judgements] == [(1,), (1, 2), (), ()]
    assert citation_precision(judgements) == 3 / 5


def test_a_sentence_citing_an_unknown_id_is_unsupported():
    judgements = judge_citations(answer("alpha[2].", [citation(1, "alpha")]), words_all_present)
    assert [j.supported for j in judgements] == [False]
    assert citation_precision(judgements) == 0.0


def test_required_fact_recall_looks_in_the_answer_and_the_cited_texts():
    cited = [citation(1, "逾期未支付的，支付利息。")]
    result = answer("机关应当在６０日内支付款项[1]。", cited)
    assert required_fact_recall(result, ["60日", "书面形式", "利息"]) == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("answerable", "refused", "hit", "score"),
    [(True, False, True, 1), (True, True, False, 0), (True, False, False, -1),
     (False, True, False, 1), (False, False, False, -1)],
)
def test_crag_score(answerable, refused, hit, score):
    assert crag_score(answerable, refused, hit) == score


# Aggregation

def test_wilson_interval_of_8_out_of_10():
    low, high = wilson_interval(8, 10)
    assert (low, high) == (pytest.approx(0.4902, abs=1e-4), pytest.approx(0.9433, abs=1e-4))


def test_wilson_interval_of_a_perfect_score_and_of_nothing():
    assert wilson_interval(10, 10) == (pytest.approx(10 / (10 + 1.96**2)), 1.0)
    assert wilson_interval(0, 0) is None


def test_refusal_curve_refuses_below_the_threshold():
    observations = [(0.2, False), (0.6, False), (0.3, True), (0.8, True)]
    points = refusal_curve(observations, [0.0, 0.5, 0.9])
    assert [(p.refusal, p.false_refusal) for p in points] == [(0.0, 0.0), (0.5, 0.5), (1.0, 1.0)]


def test_refusal_curve_has_no_rate_for_an_absent_kind_of_question():
    assert refusal_curve([(0.4, True)], [0.5])[0].refusal is None
