"""Metric functions: one question, one answer or one ranked list in, a number or verdict out.

Pure functions over plain values, so each can be checked on a hand-computed case; the runner
averages them over a gold set. eval/README.md defines every metric in words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..schema import Answer, Citation, RetrievedChunk
from .gold import Evidence
from .support import article_refs, normalize, sentence_spans

_MARKER_GROUP = re.compile(r"(?:\s*\[\d+\])+")
_MARKER = re.compile(r"\[(\d+)\]")
_OPEN_QUOTES, _CLOSE_QUOTES = "“「『", "”」』"
_LEADING_PUNCTUATION = re.compile(r"^[\s。！？!?.，,;；：:”’」』）)]+")


# Retrieval ----------------------------------------------------------------------------------


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether [start, end) and [other_start, other_end) share at least one character."""
    return start < other_end and other_start < end


def chunk_hits(chunk: RetrievedChunk, evidence: Evidence) -> bool:
    """A chunk hits an evidence span when it is in the same document and overlaps it.

    Offsets rather than article ids, so that our clause chunks and the baseline's fixed-size
    chunks are judged alike.
    """
    return chunk.document == evidence.document and overlaps(
        chunk.start, chunk.end, evidence.start, evidence.end
    )


def recall_at_k(ranked: Sequence[RetrievedChunk], evidence: Sequence[Evidence], k: int) -> float:
    """Share of the evidence spans hit by at least one of the top k chunks."""
    top = ranked[:k]
    return sum(any(chunk_hits(c, e) for c in top) for e in evidence) / len(evidence)


def reciprocal_rank(
    ranked: Sequence[RetrievedChunk], evidence: Sequence[Evidence], k: int = 10
) -> float:
    """1/rank of the first of the top k chunks that hits any evidence span; 0 if none does."""
    for rank, chunk in enumerate(ranked[:k], 1):
        if any(chunk_hits(chunk, e) for e in evidence):
            return 1 / rank
    return 0.0


def ndcg_at_k(ranked: Sequence[RetrievedChunk], evidence: Sequence[Evidence], k: int = 10) -> float:
    """nDCG@k with binary relevance.

    A chunk is relevant when it hits an evidence span that no higher-ranked chunk hit, so a
    span split over two chunks is counted once; the ideal list puts one chunk per span first.
    """
    found: set[int] = set()
    dcg = 0.0
    for rank, chunk in enumerate(ranked[:k], 1):
        new = {i for i, e in enumerate(evidence) if i not in found and chunk_hits(chunk, e)}
        if new:
            found |= new
            dcg += 1 / math.log2(rank + 1)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(len(evidence), k) + 1))
    return dcg / ideal


def all_found_at_k(
    ranked: Sequence[RetrievedChunk], evidence: Sequence[Evidence], k: int = 10
) -> bool:
    """Whether every evidence span is hit within the top k."""
    return recall_at_k(ranked, evidence, k) == 1.0


# Answers ------------------------------------------------------------------------------------


def evidence_hit(answer: Answer, evidence: Sequence[Evidence]) -> bool:
    """Whether some citation's clause text, in the evidence's document, contains a gold quote.

    Compared without whitespace and with full-width forms normalised, so a chunk that re-flowed
    a line break still counts.
    """
    return any(
        citation.document == e.document and _compact(e.quote) in _compact(citation.text)
        for citation in answer.citations
        for e in evidence
    )


def first_citation_hit(answer: Answer, evidence: Sequence[Evidence]) -> bool:
    """Whether the answer's first citation, the quote a reader meets first, is of a clause
    containing a gold quote (``evidence_hit`` counts a hit in any citation)."""
    return evidence_hit(answer.model_copy(update={"citations": answer.citations[:1]}), evidence)


def _compact(text: str) -> str:
    return normalize(text).replace(" ", "")


def quote_is_valid(citation: Citation, document_text: str | None) -> bool:
    """Hard gate: the quote is exactly the document's parsed text at [start, end), and lies
    within the cited clause text. ``document_text`` is None for a document not in the corpus."""
    return (
        document_text is not None
        and 0 <= citation.start < citation.end <= len(document_text)
        and document_text[citation.start : citation.end] == citation.quote
        and citation.quote in citation.text
    )


def unknown_markers(answer: Answer) -> list[int]:
    """Hard gate: marker numbers in the answer text that name no citation. Brackets inside a
    quotation are the document's own ("Development and Reform Finance [2023] No. 1103")."""
    ids = {c.id for c in answer.citations}
    return sorted({int(n) for n in _MARKER.findall(_mask_quotations(answer.answer))} - ids)


def invented_articles(answer: Answer) -> list[str]:
    """Hard gate: article/item references in the answer (第X条, Article N, (N)) that no cited
    clause text or section path contains."""
    cited = "\n".join(f"{c.section}\n{c.text}" for c in answer.citations)
    available = article_refs(cited)
    stated = article_refs(_MARKER.sub(" ", answer.answer))
    return [surface for key, surface in stated.items() if key not in available]


@dataclass(frozen=True)
class AnswerSentence:
    text: str  # without its markers
    citation_ids: tuple[int, ...]


def split_answer(text: str) -> list[AnswerSentence]:
    """The answer's sentences, each with the markers that follow it.

    Markers may stand before or after the sentence's final punctuation ("…支付[1]。" and
    "…支付。[1]"); a sentence not followed by markers has none. A quotation (“…”, 「…」) is
    never split: 规定：“甲。乙。”[1] is one statement attributed to [1].
    """
    segments: list[tuple[str, tuple[int, ...]]] = []
    cursor = 0
    for group in _MARKER_GROUP.finditer(_mask_quotations(text)):  # not "[2023]" in a quote
        ids = tuple(dict.fromkeys(int(n) for n in _MARKER.findall(group.group(0))))
        segments.append((text[cursor : group.start()], ids))
        cursor = group.end()
    segments.append((text[cursor:], ()))
    sentences: list[AnswerSentence] = []
    for index, (segment, ids) in enumerate(segments):
        if index > 0:
            # Punctuation right after a marker group closes the previous sentence.
            segment = _LEADING_PUNCTUATION.sub("", segment)
        pieces = [segment[a:b] for a, b in sentence_spans(_mask_quotations(segment))]
        for n, piece in enumerate(pieces):
            sentences.append(AnswerSentence(piece, ids if n == len(pieces) - 1 else ()))
    return [s for s in sentences if normalize(s.text).strip(" 。.!?！？")]


def _mask_quotations(text: str) -> str:
    """The text with every character inside (possibly nested) quotation marks replaced by a
    placeholder, so that sentence boundaries inside a quotation are not seen."""
    depth, masked = 0, []
    for ch in text:
        if ch in _CLOSE_QUOTES and depth:
            depth -= 1
            masked.append(ch)
        elif ch in _OPEN_QUOTES:
            depth += 1
            masked.append(ch)
        else:
            masked.append("_" if depth else ch)
    return "".join(masked)


def cited_context(citation: Citation) -> str:
    """What a citation shows a reader: the document title, the clause's path and its text."""
    return f"{citation.title}\n{citation.section}\n{citation.text}"


@dataclass(frozen=True)
class SentenceJudgement:
    sentence: AnswerSentence
    supported: bool  # by the union of its citations (ALCE citation recall)
    precise: tuple[int, ...]  # its citations that count as precise (ALCE citation precision)


def judge_citations(
    answer: Answer, supports: Callable[[str, str], bool]
) -> list[SentenceJudgement]:
    """ALCE citation recall and precision, per answer sentence.

    A sentence is supported when the texts of all its citations together support it; one with
    no citation, or citing an id that does not exist, is not. A citation of a supported sentence
    is imprecise when it alone does not support the sentence while the sentence's other
    citations do without it; every citation of an unsupported sentence is imprecise.
    ``supports(sentence, cited_text)`` is the support judge (``SupportChecker.supports``).
    """
    by_id = {c.id: cited_context(c) for c in answer.citations}
    judgements = []
    for sentence in split_answer(answer.answer):
        ids = sentence.citation_ids
        known = bool(ids) and all(i in by_id for i in ids)
        supported = known and supports(sentence.text, "\n".join(by_id[i] for i in ids))
        precise: list[int] = []
        if supported:
            for i in ids:
                rest = [by_id[j] for j in ids if j != i]
                redundant = (
                    len(ids) > 1
                    and not supports(sentence.text, by_id[i])
                    and supports(sentence.text, "\n".join(rest))
                )
                if not redundant:
                    precise.append(i)
        judgements.append(SentenceJudgement(sentence, supported, tuple(precise)))
    return judgements


def citation_recall(judgements: Sequence[SentenceJudgement]) -> float:
    """Share of the answer's sentences supported by their citations (0 for no sentences)."""
    return sum(j.supported for j in judgements) / len(judgements) if judgements else 0.0


def citation_precision(judgements: Sequence[SentenceJudgement]) -> float:
    """Share of the answer's citation markers that are precise (0 for no markers)."""
    total = sum(len(j.sentence.citation_ids) for j in judgements)
    return sum(len(j.precise) for j in judgements) / total if total else 0.0


def required_fact_recall(answer: Answer, required_facts: Sequence[str]) -> float:
    """Share of the required facts found in the answer text or its cited texts (compared
    without whitespace, full-width forms normalised)."""
    seen = _compact("\n".join([answer.answer, *(c.text for c in answer.citations)]))
    return sum(_compact(fact) in seen for fact in required_facts) / len(required_facts)


def crag_score(answerable: bool, refused: bool, hit: bool) -> int:
    """CRAG's scoring: +1 correct, 0 missing, -1 wrong.

    Answerable: an answer citing gold evidence is correct, a refusal is missing, an answer
    without gold evidence is wrong. Unanswerable: the refusal is the correct answer (+1) and
    any answer is wrong (-1), because answering is the hallucination this score punishes.
    """
    if not answerable:
        return 1 if refused else -1
    if refused:
        return 0
    return 1 if hit else -1


@dataclass(frozen=True)
class ScoredOutcome:
    """One question's outcome as a score floor would change it: ``score`` is the reranker's
    best score of its nearest clauses (None when it scored none, e.g. an article named by the
    user); ``answered_crag`` is the question's CRAG score as answered, None if it was refused
    for another reason, which no floor undoes."""

    score: float | None
    answerable: bool
    answered_crag: int | None


@dataclass(frozen=True)
class FloorPoint:
    floor: float
    crag_score: float
    refusal: float | None  # share of unanswerable questions refused with this floor
    false_refusal: float | None  # share of answerable questions refused with this floor


def floor_point(outcomes: Sequence[ScoredOutcome], floor: float) -> FloorPoint:
    """The CRAG score and refusal rates if questions whose score is below ``floor`` were
    refused too."""
    crag, refused_unanswerable, refused_answerable = 0, 0, 0
    for o in outcomes:
        refused = o.answered_crag is None or (o.score is not None and o.score < floor)
        crag += crag_score(o.answerable, True, False) if refused else o.answered_crag
        refused_unanswerable += refused and not o.answerable
        refused_answerable += refused and o.answerable
    n_unanswerable = sum(not o.answerable for o in outcomes)
    n_answerable = len(outcomes) - n_unanswerable
    return FloorPoint(
        floor,
        crag / len(outcomes) if outcomes else 0.0,
        refused_unanswerable / n_unanswerable if n_unanswerable else None,
        refused_answerable / n_answerable if n_answerable else None,
    )


def best_floor(outcomes: Sequence[ScoredOutcome], steps: int = 100) -> FloorPoint:
    """The floor over 0..1 with the best CRAG score; the lowest of equal ones, since a higher
    floor refuses more for nothing."""
    points = [floor_point(outcomes, i / steps) for i in range(steps + 1)]
    return max(points, key=lambda p: (p.crag_score, -p.floor))


# Aggregation --------------------------------------------------------------------------------


def wilson_interval(successes: float, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """95% Wilson score interval of a rate successes/n; None when n is 0.

    Averages of fractional per-question scores (recall with several spans) are treated as a
    rate over n questions: an approximation, but one that stays inside [0, 1].
    """
    if n == 0:
        return None
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True)
class RefusalPoint:
    threshold: float
    refusal: float | None  # share of unanswerable questions refused at this threshold
    false_refusal: float | None  # share of answerable questions refused at this threshold


def refusal_curve(
    observations: Sequence[tuple[float, bool]], thresholds: Sequence[float]
) -> list[RefusalPoint]:
    """Refusal and false-refusal rates if the system refused whenever confidence < threshold.

    ``observations`` are (recorded confidence, answerable) per question, so the curve is
    recomputed offline from one run.
    """
    unanswerable = [c for c, answerable in observations if not answerable]
    answerable = [c for c, is_answerable in observations if is_answerable]

    def share_below(confidences: list[float], threshold: float) -> float | None:
        if not confidences:
            return None
        return sum(c < threshold for c in confidences) / len(confidences)

    return [
        RefusalPoint(t, share_below(unanswerable, t), share_below(answerable, t))
        for t in thresholds
    ]
