"""Aggregation over a gold set, the `eval --json` contract, and the Markdown and HTML reports.

The systems here are deterministic fakes returning canned answers, so that every aggregate can
be computed by hand; the real Assistant and baseline are scored by `assistant eval`.
"""

import base64
import hashlib
import re

import pytest

from assistant.evaluation.gold import GoldItem
from assistant.evaluation.report import markdown_summary, render_html, write_html_report
from assistant.evaluation.runner import SupportCalibration, compare, evaluate
from assistant.evaluation.support import SupportChecker
from assistant.schema import Answer, Citation, RetrievedChunk

HOSTILE = "<script>alert(1)</script>"
TEXT = f"第九条 机关应当在60日内支付款项。\n第十条 {HOSTILE}不得拖欠。"
ARTICLE_9 = (0, 18)  # "第九条 机关应当在60日内支付款项。"
ARTICLE_10 = (19, 53)
QUOTE_9 = (4, 17)  # "机关应当在60日内支付款项"

ITEMS = [
    GoldItem.model_validate(item)
    for item in [
        {"id": "zh-1", "split": "dev", "type": "single", "language": "zh",
         "question": "机关多久内支付款项？", "answerable": True, "short_answer": "60日内",
         "required_facts": ["60日"],
         "evidence": [{"document": "doc.txt", "article": "第九条", "start": 4, "end": 17,
                       "quote": "机关应当在60日内支付款项"}]},
        {"id": "zh-2", "split": "dev", "type": "unanswerable", "subtype": "not_covered",
         "language": "zh", "question": "罚款多少？", "answerable": False, "short_answer": "",
         "absence_check": {"searched": ["罚款"], "note": "no fines in the document"}},
        {"id": "en-1", "split": "dev", "type": "cross_lingual", "language": "en",
         "question": "<img src=x onerror=alert(1)> What may not be delayed?", "answerable": True,
         "short_answer": "payments",
         "evidence": [{"document": "doc.txt", "article": "第十条", "start": 23, "end": 53,
                       "quote": f"{HOSTILE}不得拖欠。"}]},
    ]
]


def clause(span):
    return RetrievedChunk(document="doc.txt", article=None, section="", start=span[0],
                          end=span[1], text=TEXT[span[0]:span[1]], score=0.5)


def cite(id, clause_span, quote_span, article):
    return Citation(id=id, document="doc.txt", title="条例", doc_number=None,
                    section=f"条例 › {article}", page=None, quote=TEXT[quote_span[0]:quote_span[1]],
                    text=TEXT[clause_span[0]:clause_span[1]], score=0.9, article=article,
                    start=quote_span[0], end=quote_span[1])


class CannedSystem:
    """A fake system: canned answers and rankings per question."""

    def __init__(self, answers, rankings):
        self.answers, self.rankings = answers, rankings

    def ask(self, question, history=None):
        return self.answers[question]

    def retrieve(self, question, history=None, k=10):
        return self.rankings[question][:k]


def canned(question, text, citations=(), refused=False, confidence=0.9):
    return Answer(question=question, answer=text, refused=refused, citations=list(citations),
                  confidence=confidence)


Q1, Q2, Q3 = (item.question for item in ITEMS)
OURS = CannedSystem(
    answers={
        Q1: canned(Q1, "机关应当在60日内支付款项[1]。", [cite(1, ARTICLE_9, QUOTE_9, "第九条")]),
        Q2: canned(Q2, "文件没有规定。", refused=True, confidence=0.2),
        # Wrong clause, and a number its citation does not state.
        Q3: canned(Q3, "机关应当在90日内支付款项[1]。", [cite(1, ARTICLE_9, QUOTE_9, "第九条")],
                   confidence=0.6),
    },
    rankings={Q1: [clause(ARTICLE_9)], Q2: [clause(ARTICLE_10)],
              Q3: [clause(ARTICLE_9), clause(ARTICLE_10)]},
)
BASELINE = CannedSystem(
    answers={
        Q1: canned(Q1, "机关应当在60日内支付款项。[1]", [cite(1, ARTICLE_9, (4, 18), "第九条")]),
        Q2: canned(Q2, "不得拖欠。[1]", [cite(1, ARTICLE_10, (48, 53), "第十条")], confidence=0.3),
        Q3: canned(Q3, f"{HOSTILE}不得拖欠。[1]", [cite(1, ARTICLE_10, (23, 53), "第十条")]),
    },
    rankings={Q1: [clause(ARTICLE_10), clause(ARTICLE_9)], Q2: [clause(ARTICLE_10)],
              Q3: [clause(ARTICLE_10)]},
)
CHECKER = SupportChecker(threshold=0.5)
CALIBRATION = SupportCalibration(threshold=0.5, agreement=0.9, n_pairs=20)


def document_text(name):
    return TEXT if name == "doc.txt" else None


@pytest.fixture(scope="module")
def ours():
    return evaluate(OURS, ITEMS, document_text=document_text, checker=CHECKER)


@pytest.fixture(scope="module")
def baseline():
    return evaluate(BASELINE, ITEMS, document_text=document_text, checker=CHECKER, name="baseline")


@pytest.fixture(scope="module")
def comparison(ours, baseline):
    return compare(ITEMS, ours, baseline, CALIBRATION, split="dev")


def test_scores_sum_each_questions_contribution(ours):
    scores = ours.scores
    assert scores.n_questions == 3
    assert scores.evidence_hit == 0.5  # zh-1 cites its gold quote, en-1 does not
    assert scores.recall_at_5 == 1.0
    assert scores.mrr == 0.75  # ranks 1 and 2
    assert scores.refusal == 1.0  # zh-2 refused
    assert scores.false_refusal == 0.0
    assert scores.sentence_support == 0.5  # the en-1 sentence states 90日, its citation 60日
    assert scores.quote_validity == 1.0
    assert scores.required_fact_recall == 1.0
    assert scores.crag_score == pytest.approx((1 + 1 - 1) / 3)
    assert scores.multi_all_in_top10 is None  # no item has two evidence spans
    assert scores.hard_gates_passed


def test_scores_break_down_by_type_and_language(ours):
    assert set(ours.scores.by_type) == {"single", "unanswerable", "cross_lingual"}
    assert ours.scores.by_type["unanswerable"].refusal == 1.0
    assert ours.scores.by_type["unanswerable"].evidence_hit is None
    assert ours.scores.by_language["zh"].evidence_hit == 1.0
    assert ours.scores.by_language["en"].evidence_hit == 0.0


def test_an_alternative_clause_counts_as_the_evidence_it_stands_for():
    # en-1's writer named 第十条; a later review found that 第九条 answers as fully. Citing
    # and ranking 第九条 then scores as a hit, and evidence_hit_named still shows the miss.
    reviewed = ITEMS[2].model_copy(update={"alternative_evidence": [ITEMS[0].evidence[0]]})
    scores = evaluate(OURS, [reviewed], document_text=document_text, checker=CHECKER).scores
    assert scores.evidence_hit == 1.0
    assert scores.evidence_hit_named == 0.0
    assert (scores.recall_at_5, scores.mrr) == (1.0, 1.0)  # 第九条 ranked first


def test_alternatives_are_only_for_questions_one_span_answers():
    multi = ITEMS[0].model_dump() | {
        "type": "multi",
        "evidence": [ITEMS[0].evidence[0].model_dump(), ITEMS[2].evidence[0].model_dump()],
        "alternative_evidence": [ITEMS[0].evidence[0].model_dump()],
    }
    with pytest.raises(ValueError, match="exactly one evidence span"):
        GoldItem.model_validate(multi)


def test_every_rate_has_a_wilson_interval(ours):
    low, high = ours.scores.ci["evidence_hit"]
    assert 0 < low < 0.5 < high < 1


def test_failures_are_explained_in_words(ours, baseline):
    rows = {row.item.id: row for row in ours.rows}
    assert rows["zh-1"].passed
    assert any("no citation contains a gold quote" in f for f in rows["en-1"].failures)
    assert any("not in cited text: 90" in f for f in rows["en-1"].failures)
    baseline_rows = {row.item.id: row for row in baseline.rows}
    assert baseline_rows["zh-2"].failures == ["answered an unanswerable question (not_covered)"]


def test_the_refusal_curve_is_recomputed_from_recorded_confidences(ours):
    curve = {round(p.threshold, 2): p for p in ours.refusal_curve()}
    # Confidences: unanswerable 0.2; answerable 0.9 and 0.6.
    assert (curve[0.2].refusal, curve[0.2].false_refusal) == (0.0, 0.0)
    assert (curve[0.5].refusal, curve[0.5].false_refusal) == (1.0, 0.0)
    assert (curve[0.7].refusal, curve[0.7].false_refusal) == (1.0, 0.5)


def test_the_refusal_curve_of_one_language_counts_only_its_questions(ours):
    # The English question alone: answerable, at 0.6; no unanswerable one to refuse.
    curve = {round(p.threshold, 2): p for p in ours.refusal_curve(language="en")}
    assert (curve[0.5].refusal, curve[0.5].false_refusal) == (None, 0.0)
    assert (curve[0.7].refusal, curve[0.7].false_refusal) == (None, 1.0)


REQUIRED_KEYS = {"evidence_hit", "recall_at_5", "mrr", "quote_validity", "sentence_support",
                 "citation_recall", "citation_precision", "refusal", "false_refusal"}


def test_the_json_contract_keeps_its_keys(comparison):
    data = comparison.model_dump(mode="json")
    assert {"n_questions", "n_unanswerable", "ours", "baseline"} <= set(data)
    assert (data["n_questions"], data["n_unanswerable"]) == (3, 1)
    for side in ("ours", "baseline"):
        assert REQUIRED_KEYS | {"by_type"} <= set(data[side])
        for scores in data[side]["by_type"].values():
            assert REQUIRED_KEYS <= set(scores)
    assert data["baseline"]["refusal"] == 0.0


def test_the_markdown_summary_puts_ours_and_the_baseline_side_by_side(comparison):
    text = markdown_summary(comparison)
    assert "| evidence_hit | 0.50 [0.09–0.91] | 1.00 [0.34–1.00] |" in text
    assert "| refusal | 1.00 [0.21–1.00] | 0.00 [0.00–0.79] |" in text
    # Columns: evidence_hit, recall_at_5, sentence_support, citation_precision, refusal,
    # false_refusal; "–" where no question of the type is concerned.
    row = "| unanswerable | 1 | – / – | – / – | – / 1.00 | – / 1.00 | 1.00 / 0.00 | – / – |"
    assert row in text


def test_the_markdown_summary_without_a_baseline(ours):
    text = markdown_summary(compare(ITEMS, ours, None, CALIBRATION, split="dev"))
    assert "| single | 1 | 1.00 | 1.00 | 1.00 | 1.00 | – | 0.00 |" in text


def test_the_html_report_escapes_all_text(comparison, ours, baseline):
    page = render_html(comparison, ours, baseline, refusal_thresholds={"zh": 0.45, "en": 0.45})
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;不得拖欠。" in page
    assert "<img" not in page
    assert page.count("<script") == 1


def test_the_html_report_loads_nothing_and_runs_only_its_own_script(comparison, ours, baseline):
    page = render_html(comparison, ours, baseline, refusal_thresholds={"zh": 0.45, "en": 0.45})
    assert not re.search(r"<[^>]+\b(?:src|href)\s*=", page)
    for external in ("<link", "@import", "url("):
        assert external not in page
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert f"script-src &#x27;sha256-{digest}&#x27;" in csp
    assert "default-src &#x27;none&#x27;" in csp


def test_the_html_report_plots_refusal_against_the_threshold(comparison, ours, baseline):
    page = render_html(comparison, ours, baseline, refusal_thresholds={"zh": 0.45, "en": 0.45})
    # The Chinese questions' plot (after the English one): one unanswerable, one answerable.
    svg = re.findall(r"<svg.*?</svg>", page, re.S)[1]
    assert svg.count("<polyline") == 2
    # Plot area from x=50, 490 wide: the configured 0.45 sits at 50 + 0.45 * 490.
    assert 'class="threshold" x1="270.5"' in svg
    assert "configured 0.45" in svg


def test_the_html_report_plots_each_language_against_its_own_threshold(comparison, ours, baseline):
    page = render_html(comparison, ours, baseline, refusal_thresholds={"zh": 0.15, "en": 0.45})
    english, chinese = re.findall(r"<svg.*?</svg>", page, re.S)
    assert "configured 0.45" in english
    assert "configured 0.15" in chinese


def test_the_html_report_rows_can_be_filtered_by_type_and_language(comparison, ours, baseline):
    page = render_html(comparison, ours, baseline, refusal_thresholds={"zh": 0.45, "en": 0.45})
    assert page.count("<tr data-type=") == 3
    assert '<tr data-type="unanswerable" data-language="zh" data-failed="true">' in page
    assert '<option value="cross_lingual">cross_lingual</option>' in page
    assert '<option value="en">en</option>' in page


def test_the_html_report_is_written_where_asked(tmp_path, comparison, ours, baseline):
    target = tmp_path / "reports" / "eval-dev.html"
    path = write_html_report(target, comparison, ours, baseline, {"zh": 0.45, "en": 0.45})
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
