"""Render an evaluation: a Markdown summary for the terminal, a self-contained HTML report.

The HTML file loads nothing (inline CSS, one inline script, an inline SVG plot) and escapes
every piece of text it shows: questions, answers and document quotes may hold markup. Its
Content-Security-Policy allows only the report's own script, by hash, so markup that slipped
through escaping would still not run.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path

from ..settings import PROJECT_ROOT
from .claims import VerifierScores
from .metrics import RefusalPoint
from .runner import (
    HARD_GATES,
    RATES,
    Comparison,
    EvalResult,
    QuestionResult,
    RerankerCalibration,
    Scores,
    SupportCalibration,
)

REPORTS_DIR = PROJECT_ROOT / "eval" / "reports"
BY_TYPE_COLUMNS = ("evidence_hit", "recall_at_5", "sentence_support", "citation_precision",
                   "refusal", "false_refusal")


def _value(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _with_ci(scores: Scores | None, metric: str) -> str:
    if scores is None:
        return ""
    value = getattr(scores, metric)
    interval = scores.ci.get(metric)
    if value is None or interval is None:
        return _value(value)
    return f"{value:.2f} [{interval[0]:.2f}–{interval[1]:.2f}]"


def _pair(ours: Scores | None, baseline: Scores | None, metric: str) -> str:
    first = _value(getattr(ours, metric)) if ours else "–"
    return first if baseline is None else f"{first} / {_value(getattr(baseline, metric))}"


def _checker_note(checker: SupportCalibration) -> str:
    note = (f"support threshold {checker.threshold:.2f} (agreement {checker.agreement:.0%} on "
            f"{checker.n_pairs} dev pairs")
    if checker.test_agreement is not None:
        note += f", {checker.test_agreement:.0%} on {checker.n_test_pairs} held-out test pairs"
    hand = checker.hand_label_agreement
    if hand is not None:
        note += (f", {hand.agreement:.0%} on {hand.n_pairs} hand-labelled answer sentences: "
                 f"precision {_value(hand.precision)}, recall {_value(hand.recall)}, "
                 f"kappa {_value(hand.kappa)}")
    return note + ")"


def markdown_summary(comparison: Comparison) -> str:
    """Ours vs baseline per metric (with 95% intervals), then a few metrics by question type."""
    ours, baseline = comparison.ours, comparison.baseline
    checker = comparison.support_checker
    lines = [
        f"{comparison.n_questions} questions ({comparison.n_unanswerable} unanswerable), "
        f"split {comparison.split}; {_checker_note(checker)}",
        "",
        "| metric | ours | baseline |",
        "|---|---|---|",
    ]
    for metric in [*RATES, "crag_score"]:
        gate = " (gate)" if metric in HARD_GATES else ""
        cells = f"{_with_ci(ours, metric)} | {_with_ci(baseline, metric)}"
        lines.append(f"| {metric}{gate} | {cells} |")
    verdicts = [f"ours {'pass' if ours.hard_gates_passed else 'FAIL'}"]
    if baseline is not None:
        verdicts.append(f"baseline {'pass' if baseline.hard_gates_passed else 'FAIL'}")
    lines += ["", "Hard gates: " + ", ".join(verdicts), ""]
    header = " | ".join(BY_TYPE_COLUMNS)
    lines += [
        "By type" + (" (ours / baseline)" if baseline is not None else ""),
        "",
        f"| type | n | {header} |",
        "|---|---|" + "---|" * len(BY_TYPE_COLUMNS),
    ]
    for name, scores in ours.by_type.items():
        other = baseline.by_type.get(name) if baseline is not None else None
        cells = " | ".join(_pair(scores, other, metric) for metric in BY_TYPE_COLUMNS)
        lines.append(f"| {name} | {scores.n_questions} | {cells} |")
    if comparison.verifier is not None:
        lines += ["", _verifier_note(comparison.verifier)]
    if comparison.reranker is not None:
        lines += ["", _reranker_note(comparison.reranker)]
    return "\n".join(lines) + "\n"


def _reranker_note(calibration: RerankerCalibration) -> str:
    """One paragraph on the reranker score floor this split supports."""

    def rate(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    return (
        f"Reranker ({calibration.n_scored} questions scored): refusing below a score of "
        f"{calibration.min_score:.2f} gives the best CRAG score, {calibration.crag_score:.3f} "
        f"(without a floor {calibration.crag_score_without:.3f}), with refusal "
        f"{rate(calibration.refusal)} and false refusal {rate(calibration.false_refusal)}. "
        f"Set answer.reranker_min_score to it after measuring on the dev split."
    )


def _verifier_note(scores: VerifierScores) -> str:
    """One paragraph on `assistant verify` against the labelled claims."""
    halves = ", ".join(f"{half} {value:.3f}" for half, value in scores.by_half.items())
    kinds = ", ".join(f"{kind} {value:.2f}" for kind, value in sorted(scores.by_kind.items()))
    return (
        f"Verifier on {scores.n_claims} labelled claims: accuracy {scores.accuracy:.3f} ({halves}); "
        f"false contradictions {_rate(scores.false_contradiction)}, false support "
        f"{_rate(scores.false_support)}, contradictions found "
        f"{_rate(scores.contradiction_recall)}, supported found {_rate(scores.support_recall)}, "
        f"right clause shown {_rate(scores.right_clause)}. By kind: {kinds}."
    )


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


# HTML ---------------------------------------------------------------------------------------

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222;max-width:1400px}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:4px 8px;
vertical-align:top;text-align:left}th{background:#f4f4f4}td.num{text-align:right;white-space:nowrap}
.fail{color:#b00020}.pass{color:#1b7f3b}.quote{color:#555;font-size:12px}
#questions td{max-width:420px}ul{margin:0;padding-left:1.2em}
.controls label{margin-right:1.5em}
"""

_SCRIPT = """
const rows = Array.from(document.querySelectorAll('#questions tbody tr'));
const typeFilter = document.getElementById('type-filter');
const languageFilter = document.getElementById('language-filter');
const failedFilter = document.getElementById('failed-filter');
function applyFilters() {
  for (const row of rows) {
    row.hidden = (typeFilter.value && row.dataset.type !== typeFilter.value)
      || (languageFilter.value && row.dataset.language !== languageFilter.value)
      || (failedFilter.checked && row.dataset.failed !== 'true');
  }
}
for (const control of [typeFilter, languageFilter, failedFilter]) {
  control.addEventListener('change', applyFilters);
}
"""


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _scores_table(comparison: Comparison) -> str:
    ours, baseline = comparison.ours, comparison.baseline
    head = "<tr><th>metric</th><th>ours</th>" + ("<th>baseline</th>" if baseline else "") + "</tr>"
    body = []
    for metric in [*RATES, "crag_score"]:
        gate = " (gate)" if metric in HARD_GATES else ""
        cells = f"<td class=num>{escape(_with_ci(ours, metric))}</td>"
        if baseline is not None:
            cells += f"<td class=num>{escape(_with_ci(baseline, metric))}</td>"
        body.append(f"<tr><td>{escape(metric + gate)}</td>{cells}</tr>")
    return f"<table>{head}{''.join(body)}</table>"


def _breakdown_table(comparison: Comparison, attribute: str, label: str) -> str:
    ours_groups: dict[str, Scores] = getattr(comparison.ours, attribute)
    base_groups: dict[str, Scores] = (
        getattr(comparison.baseline, attribute) if comparison.baseline else {}
    )
    head = "".join(f"<th>{escape(m)}</th>" for m in BY_TYPE_COLUMNS)
    rows = []
    for name, scores in ours_groups.items():
        other = base_groups.get(name) if comparison.baseline else None
        cells = "".join(
            f"<td class=num>{escape(_pair(scores, other, m))}</td>" for m in BY_TYPE_COLUMNS
        )
        rows.append(
            f"<tr><td>{escape(name)}</td><td class=num>{scores.n_questions}</td>{cells}</tr>"
        )
    suffix = " (ours / baseline)" if comparison.baseline else ""
    return (
        f"<h2>By {escape(label)}{suffix}</h2><table><tr><th>{escape(label)}</th><th>n</th>"
        f"{head}</tr>{''.join(rows)}</table>"
    )


def refusal_plot(
    curve: Sequence[RefusalPoint], threshold: float, width: int = 560, height: int = 320
) -> str:
    """Inline SVG: refusal (unanswerable) and false refusal (answerable) against the refusal
    threshold, with the configured threshold as a vertical line."""
    left, right, top, bottom = 50, 20, 20, 45
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(value: float) -> float:
        return left + plot_w * min(max(value, 0.0), 1.0)

    def y(value: float) -> float:
        return top + plot_h * (1 - value)

    parts = [
        f'<svg width="{width}" height="{height}" '
        f'role="img" aria-label="Refusal and false refusal against the refusal threshold">',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" '
        'fill="none" stroke="#999"/>',
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1):
        parts.append(f'<line x1="{x(tick):.1f}" y1="{y(0):.1f}" x2="{x(tick):.1f}" '
                     f'y2="{y(0) + 4:.1f}" stroke="#999"/>')
        parts.append(f'<text x="{x(tick):.1f}" y="{y(0) + 16:.1f}" font-size="11" '
                     f'text-anchor="middle">{tick:g}</text>')
        parts.append(f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" font-size="11" '
                     f'text-anchor="end">{tick:g}</text>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 6}" font-size="12" '
                 'text-anchor="middle">refusal threshold '
                 '(refuse when confidence &lt; threshold)</text>')
    series = (("refusal", "#1b7f3b", "refusal of unanswerable"),
              ("false_refusal", "#b00020", "false refusal of answerable"))
    for n, (attribute, colour, label) in enumerate(series):
        points = [
            (p.threshold, getattr(p, attribute))
            for p in curve
            if getattr(p, attribute) is not None
        ]
        if points:
            coordinates = " ".join(f"{x(t):.1f},{y(v):.1f}" for t, v in points)
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
                         f'points="{coordinates}"/>')
        parts.append(f'<line x1="{left + 10}" y1="{top + 14 + 16 * n}" x2="{left + 30}" '
                     f'y2="{top + 14 + 16 * n}" stroke="{colour}" stroke-width="2"/>')
        parts.append(f'<text x="{left + 36}" y="{top + 18 + 16 * n}" font-size="12">'
                     f'{escape(label)}</text>')
    parts.append(f'<line class="threshold" x1="{x(threshold):.1f}" y1="{top}" '
                 f'x2="{x(threshold):.1f}" y2="{y(0):.1f}" stroke="#333" stroke-dasharray="4 3"/>')
    parts.append(f'<text x="{x(threshold) + 4:.1f}" y="{top + plot_h - 6:.1f}" font-size="11">'
                 f'configured {threshold:.2f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _answer_cell(row: QuestionResult | None) -> str:
    if row is None:
        return "<td></td>"
    answer = row.answer
    verdict = '<b class="pass">pass</b>' if row.passed else '<b class="fail">fail</b>'
    status = "refused" if answer.refused else "answered"
    citations = "".join(
        f"<li>[{c.id}] {escape(c.document)} {escape(c.article or c.section)}"
        f'<div class="quote">{escape(c.quote)}</div></li>'
        for c in answer.citations
    )
    failures = "".join(f'<li class="fail">{escape(f)}</li>' for f in row.failures)
    return (
        f"<td>{verdict} · {status} · confidence {answer.confidence:.2f}"
        f"<p>{escape(answer.answer)}</p>"
        + (f"<ul>{citations}</ul>" if citations else "")
        + (f"<ul>{failures}</ul>" if failures else "")
        + "</td>"
    )


def _question_rows(ours: EvalResult, baseline: EvalResult | None) -> str:
    base_rows = {row.item.id: row for row in baseline.rows} if baseline else {}
    rows = []
    for row in ours.rows:
        item = row.item
        other = base_rows.get(item.id)
        failed = not row.passed or (other is not None and not other.passed)
        history = "".join(f'<div class="quote">{escape(turn)}</div>' for turn in item.history)
        gold = "".join(
            f"<li>{label}{escape(e.document)} {escape(e.article)}"
            f'<div class="quote">{escape(e.quote)}</div></li>'
            for label, spans in (("", item.evidence), ("or: ", item.alternative_evidence))
            for e in spans
        )
        rows.append(
            f'<tr data-type="{escape(item.type)}" data-language="{escape(item.language)}" '
            f'data-failed="{"true" if failed else "false"}">'
            f"<td>{escape(item.id)}<br>{escape(item.type)} · {escape(item.language)}</td>"
            f"<td>{history}{escape(item.question)}"
            f'<div class="quote">gold: {escape(item.short_answer)}</div>'
            + (f"<ul>{gold}</ul>" if gold else "")
            + "</td>"
            + _answer_cell(row)
            + (_answer_cell(other) if baseline else "")
            + "</tr>"
        )
    return "".join(rows)


def _options(values: Sequence[str]) -> str:
    return '<option value="">all</option>' + "".join(
        f'<option value="{escape(v)}">{escape(v)}</option>' for v in values
    )


def render_html(
    comparison: Comparison,
    ours: EvalResult,
    baseline: EvalResult | None,
    refusal_thresholds: Mapping[str, float],
) -> str:
    """The whole report as one HTML document; ``refusal_thresholds`` are the configured ones
    by question language (answer.threshold_for)."""
    types = sorted({row.item.type for row in ours.rows})
    languages = sorted({row.item.language for row in ours.rows})
    baseline_head = "<th>baseline</th>" if baseline else ""
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src '{_script_hash(_SCRIPT)}'"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">
<title>Evaluation report</title><style>{_STYLE}</style></head>
<body>
<h1>Evaluation report</h1>
<p>{comparison.n_questions} questions ({comparison.n_unanswerable} unanswerable), split
{escape(comparison.split)}; {escape(_checker_note(comparison.support_checker))}.
Intervals are 95% Wilson.</p>
<h2>Scores</h2>
{_scores_table(comparison)}
{_breakdown_table(comparison, "by_type", "type")}
{_breakdown_table(comparison, "by_language", "language")}
<h2>Refusal threshold</h2>
<p>Recomputed from the confidences recorded for each answer (ours), assuming a refusal
whenever confidence is below the threshold; answers refused by an answerability check (a
document that is not indexed, a figure no clause states, a contradicted premise, a term no
document uses) count as refused at every threshold. One plot per question language, as each
has its own threshold.</p>
{_refusal_plots(ours, languages, refusal_thresholds)}
<h2>Questions</h2>
<div class="controls">
<label>type <select id="type-filter">{_options(types)}</select></label>
<label>language <select id="language-filter">{_options(languages)}</select></label>
<label><input type="checkbox" id="failed-filter"> failures only</label>
</div>
<table id="questions">
<thead><tr><th>item</th><th>question</th><th>ours</th>{baseline_head}</tr></thead>
<tbody>{_question_rows(ours, baseline)}</tbody></table>
<script>{_SCRIPT}</script>
</body></html>
"""


def _refusal_plots(ours: EvalResult, languages: list[str], thresholds: Mapping[str, float]) -> str:
    """A refusal plot per question language, each marking that language's threshold."""
    return "".join(
        f"<h3>Questions in {escape(language)}</h3>"
        + refusal_plot(
            ours.refusal_curve(configured_threshold=thresholds[language], language=language),
            thresholds[language],
        )
        for language in languages
    )


def write_html_report(
    path: Path,
    comparison: Comparison,
    ours: EvalResult,
    baseline: EvalResult | None,
    refusal_thresholds: Mapping[str, float],
) -> Path:
    """Write the HTML report to ``path`` (folders created) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(comparison, ours, baseline, refusal_thresholds), encoding="utf-8")
    return path
