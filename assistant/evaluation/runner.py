"""Run a gold set through a system and aggregate the metrics.

A system is anything with the Assistant's two methods, ``ask`` and ``retrieve``: the Assistant
itself, or the plain llama-index baseline. Every question yields one ``QuestionResult`` (the
answer, the ranked chunks, each metric's contribution and the reasons it failed); the scores
are ratios summed over those rows, overall, by question type and by language.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel, Field

from ..schema import Answer, RetrievedChunk
from ..settings import Settings
from . import metrics
from .claims import Judgement, VerifierScores, load_claims, score_verifier
from .gold import GoldItem, load_gold, support_pairs
from .labels import HandLabelAgreement, HandLabelledPair, hand_label_agreement, load_hand_labels
from .support import Calibration, SupportChecker, agreement, calibrate

if TYPE_CHECKING:
    from ..verification import Verdict

RETRIEVAL_DEPTH = 10
# Rates whose every value must be 1.0: a miss is a bug, not a weakness.
HARD_GATES = ("quote_validity", "cited_ids_valid", "no_invented_articles")
Progress = Callable[[str, int, int], None]


class System(Protocol):
    def ask(self, question: str, history: list[str] | None = None) -> Answer: ...

    def retrieve(
        self, question: str, history: list[str] | None = None, k: int = 10
    ) -> list[RetrievedChunk]: ...


class Scores(BaseModel):
    """Every metric over one group of questions (eval/README.md defines each).

    Rates are fractions in 0..1, None when no question of the group is concerned (e.g.
    ``refusal`` for a group without unanswerable questions). ``ci`` holds their 95% Wilson
    intervals.
    """

    n_questions: int
    evidence_hit: float | None
    evidence_hit_named: float | None = Field(
        description="evidence_hit counting only the clauses the item's writer named, not the "
        "alternatives found by the later review."
    )
    evidence_hit_first: float | None = Field(
        description="Share of answerable questions whose first citation holds the evidence: "
        "what a reader who stops at the first quote gets."
    )
    recall_at_5: float | None
    recall_at_10: float | None
    mrr: float | None
    ndcg_at_10: float | None
    multi_all_in_top10: float | None
    quote_validity: float | None
    cited_ids_valid: float | None
    no_invented_articles: float | None
    sentence_support: float | None
    citation_recall: float | None
    citation_precision: float | None
    required_fact_recall: float | None
    refusal: float | None
    false_refusal: float | None
    crag_score: float | None = Field(description="Mean CRAG score, -1..1 (not a rate: no ci).")
    ci: dict[str, tuple[float, float]]


RATES = [name for name in Scores.model_fields if name not in ("n_questions", "crag_score", "ci")]


class SystemScores(Scores):
    hard_gates_passed: bool = Field(description=f"All of {', '.join(HARD_GATES)} are 1.0.")
    by_type: dict[str, Scores]
    by_language: dict[str, Scores]


class SupportCalibration(BaseModel):
    """The support checker's threshold, calibrated on pairs derived from the dev split."""

    threshold: float
    agreement: float = Field(description="Agreement with the labels of the dev pairs fit on.")
    n_pairs: int
    test_agreement: float | None = Field(
        None, description="Agreement on pairs derived from the test split (held out)."
    )
    n_test_pairs: int = 0
    hand_label_agreement: HandLabelAgreement | None = Field(
        None, description="Agreement with hand-labelled answer sentences (eval/labels/)."
    )


class RerankerCalibration(BaseModel):
    """The reranker score floor (answer.reranker_min_score) best for this split's CRAG score,
    from the scores one run recorded. Exact when the run had no floor set; with one set, the
    questions it refused count as refused whatever the floor."""

    min_score: float = Field(description="The floor with the best CRAG score (the lowest of equals).")
    crag_score: float
    refusal: float | None
    false_refusal: float | None
    crag_score_without: float = Field(description="CRAG score with no floor (the reranker only reorders).")
    n_scored: int = Field(description="Questions the reranker scored (not exact article lookups).")


class Comparison(BaseModel):
    """What ``assistant eval --json`` prints; keys may be added, never renamed."""

    n_questions: int
    n_unanswerable: int
    split: str
    support_checker: SupportCalibration
    ours: SystemScores
    baseline: SystemScores | None
    verifier: VerifierScores | None = Field(
        None, description="`assistant verify` against the labelled claims of eval/labels/."
    )
    reranker: RerankerCalibration | None = Field(
        None, description="With a reranker configured: the score floor to refuse below."
    )


@dataclass
class QuestionResult:
    """One gold question through one system, kept for the report."""

    item: GoldItem
    answer: Answer
    retrieved: list[RetrievedChunk]
    # metric -> (numerator, denominator) this question adds; absent when it does not apply.
    ratios: dict[str, tuple[float, int]]
    crag: int
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


@dataclass
class EvalResult:
    name: str
    rows: list[QuestionResult]
    scores: SystemScores

    def refusal_curve(
        self, steps: int = 100, configured_threshold: float | None = None, language: str | None = None
    ) -> list[metrics.RefusalPoint]:
        """Refusal and false-refusal vs a refusal threshold over 0..1, from recorded confidences
        (of the questions in ``language``, or all).

        An answer refused although its confidence reached ``configured_threshold`` was refused
        by an answerability check (unknown document, missing figure, contradicted premise),
        which no threshold undoes: it counts as refused at every threshold.
        """
        observations = [
            (
                -1.0
                if configured_threshold is not None
                and row.answer.refused
                and row.answer.confidence >= configured_threshold
                else row.answer.confidence,
                row.item.answerable,
            )
            for row in self.rows
            if language is None or row.item.language == language
        ]
        return metrics.refusal_curve(observations, [i / steps for i in range(steps + 1)])

    def reranker_calibration(self) -> RerankerCalibration | None:
        """The best answer.reranker_min_score for these questions; None if nothing was scored."""
        outcomes = [
            metrics.ScoredOutcome(
                row.answer.reranker_score,
                row.item.answerable,
                None if row.answer.refused else row.crag,
            )
            for row in self.rows
        ]
        if all(o.score is None for o in outcomes):
            return None
        best = metrics.best_floor(outcomes)
        return RerankerCalibration(
            min_score=best.floor,
            crag_score=best.crag_score,
            refusal=best.refusal,
            false_refusal=best.false_refusal,
            crag_score_without=metrics.floor_point(outcomes, 0.0).crag_score,
            n_scored=sum(o.score is not None for o in outcomes),
        )


def evaluate(
    system: System,
    items: Sequence[GoldItem],
    *,
    document_text: Callable[[str], str | None],
    checker: SupportChecker,
    name: str = "ours",
    progress: Progress | None = None,
) -> EvalResult:
    """Ask and retrieve every item's question, score each answer, aggregate.

    ``document_text(file name)`` returns a document's parsed text (None if unknown), against
    which quotes are checked; ``checker`` judges sentence support; ``progress(name, done,
    total)`` is called after each question.
    """
    rows = []
    for done, item in enumerate(items, 1):
        history = list(item.history) or None
        answer = system.ask(item.question, history)
        retrieved = system.retrieve(item.question, history, k=RETRIEVAL_DEPTH)
        rows.append(score_question(item, answer, retrieved, document_text, checker))
        if progress is not None:
            progress(name, done, len(items))
    return EvalResult(name, rows, summarize(rows))


def score_question(
    item: GoldItem,
    answer: Answer,
    retrieved: list[RetrievedChunk],
    document_text: Callable[[str], str | None],
    checker: SupportChecker,
) -> QuestionResult:
    """Each metric's contribution for one question, and why it failed, in words."""
    ratios: dict[str, tuple[float, int]] = {}
    failures: list[str] = []
    refused = answer.refused
    options = item.evidence_options
    hit = not refused and any(metrics.evidence_hit(answer, spans) for spans in options)

    if item.answerable:
        evidence = item.evidence
        ratios["false_refusal"] = (float(refused), 1)
        ratios["evidence_hit"] = (float(hit), 1)
        named_hit = not refused and metrics.evidence_hit(answer, evidence)
        ratios["evidence_hit_named"] = (float(named_hit), 1)
        first_hit = not refused and any(metrics.first_citation_hit(answer, spans) for spans in options)
        ratios["evidence_hit_first"] = (float(first_hit), 1)
        # A question with alternatives is answered by any one of them: score the best option.
        for key, metric in (
            ("recall_at_5", lambda spans: metrics.recall_at_k(retrieved, spans, 5)),
            ("recall_at_10", lambda spans: metrics.recall_at_k(retrieved, spans, 10)),
            ("mrr", lambda spans: metrics.reciprocal_rank(retrieved, spans, 10)),
            ("ndcg_at_10", lambda spans: metrics.ndcg_at_k(retrieved, spans, 10)),
        ):
            ratios[key] = (max(metric(spans) for spans in options), 1)
        if len(evidence) > 1:
            ratios["multi_all_in_top10"] = (float(metrics.all_found_at_k(retrieved, evidence)), 1)
        if item.required_facts:
            ratios["required_fact_recall"] = (
                metrics.required_fact_recall(answer, item.required_facts), 1
            )
        if refused:
            failures.append(f"refused an answerable question (confidence {answer.confidence:.2f})")
        elif not hit:
            cited = ", ".join(_where(c.document, c.article) for c in answer.citations) or "nothing"
            gold = ", ".join(
                _where(e.document, e.article) for e in [*evidence, *item.alternative_evidence]
            )
            failures.append(f"no citation contains a gold quote: cited {cited}; gold {gold}")
        if ratios["recall_at_10"][0] == 0:
            failures.append(f"retrieval: no gold clause in the top {RETRIEVAL_DEPTH}")
        missing = [f for f in item.required_facts if metrics.required_fact_recall(answer, [f]) == 0]
        if missing and not refused:
            failures.append("required facts missing: " + "; ".join(missing))
    else:
        ratios["refusal"] = (float(refused), 1)
        if not refused:
            failures.append(f"answered an unanswerable question ({item.subtype or 'unanswerable'})")

    if not refused:
        failures.extend(_gate_failures(answer, document_text, ratios))
        failures.extend(_citation_failures(answer, checker, ratios))
    return QuestionResult(
        item, answer, retrieved, ratios, metrics.crag_score(item.answerable, refused, hit), failures
    )


def _where(document: str, article: str | None) -> str:
    return f"{document} {article}" if article else document


def _gate_failures(
    answer: Answer, document_text: Callable[[str], str | None], ratios: dict[str, tuple[float, int]]
) -> list[str]:
    failures = []
    valid = 0
    for citation in answer.citations:
        if metrics.quote_is_valid(citation, document_text(citation.document)):
            valid += 1
        else:
            failures.append(
                f"citation [{citation.id}]: the quote is not the text of {citation.document} "
                f"at [{citation.start}, {citation.end}) within the cited clause"
            )
    if answer.citations:
        ratios["quote_validity"] = (valid, len(answer.citations))
    unknown = metrics.unknown_markers(answer)
    ratios["cited_ids_valid"] = (float(not unknown), 1)
    failures.extend(f"marker [{n}] names no citation" for n in unknown)
    invented = metrics.invented_articles(answer)
    ratios["no_invented_articles"] = (float(not invented), 1)
    failures.extend(f"mentions {ref}, which no cited clause contains" for ref in invented)
    return failures


def _citation_failures(
    answer: Answer, checker: SupportChecker, ratios: dict[str, tuple[float, int]]
) -> list[str]:
    judgements = metrics.judge_citations(answer, checker.supports)
    if not judgements:
        return ["the answer has no sentences"]
    ratios["citation_recall"] = (metrics.citation_recall(judgements), 1)
    ratios["citation_precision"] = (metrics.citation_precision(judgements), 1)
    ratios["sentence_support"] = (sum(j.supported for j in judgements), len(judgements))
    by_id = {c.id: metrics.cited_context(c) for c in answer.citations}
    failures = []
    for judgement in judgements:
        sentence = judgement.sentence
        shown = sentence.text if len(sentence.text) <= 60 else sentence.text[:57] + "…"
        if not sentence.citation_ids:
            failures.append(f"“{shown}” has no citation")
        elif not judgement.supported:
            cited = "\n".join(by_id.get(i, "") for i in sentence.citation_ids)
            verdict = checker.check(sentence.text, cited)
            markers = "".join(f"[{i}]" for i in sentence.citation_ids)
            why = "; ".join(verdict.reasons) or "unknown citation"
            failures.append(f"“{shown}” is not supported by {markers} ({why})")
        elif len(judgement.precise) < len(sentence.citation_ids):
            extra = [i for i in sentence.citation_ids if i not in judgement.precise]
            failures.append(f"“{shown}”: {''.join(f'[{i}]' for i in extra)} not needed")
    return failures


def summarize(rows: Sequence[QuestionResult]) -> SystemScores:
    """Overall scores with breakdowns by question type and by language."""
    by_type = _groups(rows, lambda row: row.item.type)
    by_language = _groups(rows, lambda row: row.item.language)
    overall = _scores(rows)
    gates = all(getattr(overall, gate) in (None, 1.0) for gate in HARD_GATES)
    return SystemScores(
        **overall.model_dump(), hard_gates_passed=gates, by_type=by_type, by_language=by_language
    )


def _groups(
    rows: Sequence[QuestionResult], key: Callable[[QuestionResult], str]
) -> dict[str, Scores]:
    groups: dict[str, list[QuestionResult]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return {name: _scores(group) for name, group in sorted(groups.items())}


def _scores(rows: Sequence[QuestionResult]) -> Scores:
    values: dict[str, float | None] = {}
    intervals: dict[str, tuple[float, float]] = {}
    for rate in RATES:
        contributions = [row.ratios[rate] for row in rows if rate in row.ratios]
        numerator = sum(n for n, _ in contributions)
        denominator = sum(d for _, d in contributions)
        values[rate] = numerator / denominator if denominator else None
        interval = metrics.wilson_interval(numerator, denominator)
        if interval is not None:
            intervals[rate] = interval
    crag = sum(row.crag for row in rows) / len(rows) if rows else None
    return Scores(n_questions=len(rows), **values, crag_score=crag, ci=intervals)


def compare(
    items: Sequence[GoldItem],
    ours: EvalResult,
    baseline: EvalResult | None,
    calibration: SupportCalibration,
    split: str,
) -> Comparison:
    """The JSON contract: both systems' scores on the same items."""
    return Comparison(
        n_questions=len(items),
        n_unanswerable=sum(not item.answerable for item in items),
        split=split,
        support_checker=calibration,
        ours=ours.scores,
        baseline=baseline.scores if baseline else None,
        reranker=ours.reranker_calibration(),
    )


def calibrated_checker(
    dev_items: Iterable[GoldItem],
    test_items: Iterable[GoldItem] = (),
    hand_labels: Sequence[HandLabelledPair] = (),
) -> tuple[SupportChecker, SupportCalibration]:
    """A support checker whose threshold is calibrated on pairs derived from dev items, with
    its agreement on pairs from test items and on hand-labelled pairs as held-out checks."""
    pairs = support_pairs(list(dev_items))
    if not pairs:
        raise ValueError("no dev gold items to calibrate the support checker on")
    fit: Calibration = calibrate(pairs)
    checker = SupportChecker(fit.threshold)
    held_out = support_pairs(list(test_items))
    return checker, SupportCalibration(
        threshold=fit.threshold,
        agreement=fit.agreement,
        n_pairs=fit.n,
        test_agreement=agreement(checker, held_out) if held_out else None,
        n_test_pairs=len(held_out),
        hand_label_agreement=hand_label_agreement(checker, hand_labels) if hand_labels else None,
    )


def corpus_texts(corpus_dir: Path) -> Callable[[str], str | None]:
    """Parsed text of a corpus document by file name (None if absent), parsed once."""
    from ..parsing import ParseError, parse_file

    @functools.cache
    def text(document: str) -> str | None:
        try:
            return parse_file(corpus_dir / document).text
        except ParseError:
            return None

    return text


@dataclass
class EvalRun:
    comparison: Comparison
    ours: EvalResult
    baseline: EvalResult | None


def run_evaluation(
    settings: Settings,
    split: Literal["dev", "test", "all"] = "dev",
    baseline: bool = True,
    progress: Progress | None = None,
) -> EvalRun:
    """The whole evaluation the CLI runs: gold items of a split through the Assistant (and the
    baseline), the support checker calibrated on the dev split whatever split is scored.

    Scores the Assistant's index as it is: the corpus should have been ingested.
    """
    from ..app import Assistant
    from ..verification import verify
    from .baseline import BaselineSystem

    items = load_gold(split=split)
    if not items:
        raise ValueError(f"no gold items in split {split!r}")
    checker, calibration = calibrated_checker(
        load_gold(split="dev"), load_gold(split="test"), load_hand_labels()
    )
    document_text = corpus_texts(settings.corpus_dir)
    assistant = Assistant(settings)
    ours = evaluate(
        assistant, items, document_text=document_text, checker=checker, progress=progress
    )
    verifier = score_verifier(lambda claim: _judged(verify(assistant, claim)), load_claims())
    base = None
    if baseline:
        system = BaselineSystem.from_corpus(
            settings.corpus_dir, settings.embedding, settings.ignore
        )
        base = evaluate(
            system, items, document_text=document_text, checker=checker, name="baseline",
            progress=progress,
        )
    comparison = compare(items, ours, base, calibration, split)
    return EvalRun(comparison.model_copy(update={"verifier": verifier}), ours, base)


def _judged(verdict: Verdict) -> Judgement:
    first = verdict.clauses[0] if verdict.clauses else None
    return Judgement(
        verdict=verdict.verdict,
        document=first.document if first else None,
        article=first.article if first else None,
    )
