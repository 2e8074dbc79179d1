"""Labelled claims, and how often `assistant verify` reaches their verdict.

Audit staff paste what someone says a document says; the verifier answers supported,
contradicted or not found, with the clause it compared (assistant/verification.py). The claims
of eval/labels/claims.jsonl were written from the documents by a writer blind to the verifier,
each with its verdict, the clause that decides it and its kind (a verbatim or reworded rule, a
figure changed, a modality flipped, another body in the clause's place, a rule stretched, a
point no document makes…). Like the hand labels they fall in two halves by a hash of their id:
the verifier's rules are designed looking at the dev half, and the held-out half says whether
they generalise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from ..settings import PROJECT_ROOT
from .labels import LabelHalf, LabelRecord, half_of, load_labelled
from .metrics import wilson_interval

CLAIMS_PATH = PROJECT_ROOT / "eval" / "labels" / "claims.jsonl"

VerdictName = Literal["supported", "contradicted", "not_found"]
VERDICTS: tuple[VerdictName, ...] = ("supported", "contradicted", "not_found")
ClaimKind = Literal[
    "verbatim",
    "paraphrase",
    "cross_lingual",
    "figure_changed",
    "modality_flipped",
    "actor_swapped",
    "overreach",
    "not_in_corpus",
    "off_topic",
]


class LabelledClaim(LabelRecord):
    """A claim about the documents, with the verdict a careful reader reaches and why."""

    claim: str = Field(min_length=1)
    language: Literal["zh", "en"]
    verdict: VerdictName
    document: str | None = Field(description="File name of the clause that decides it, if any.")
    article: str | None = Field(description="That clause's label (第九条, II.(2)); null for a report.")
    kind: ClaimKind
    why: str = Field(min_length=1, description="What the clause says and why this is the verdict.")


def claim_half(claim: LabelledClaim) -> LabelHalf:
    """The half a claim belongs to, fixed by a hash of its id (adding claims moves none)."""
    return half_of(claim.id)


def load_claims(path: Path = CLAIMS_PATH) -> list[LabelledClaim]:
    """The labelled claims of a JSON-lines file; HandLabelError on a bad line or a reused id."""
    return load_labelled(path, LabelledClaim)


class Judgement(BaseModel):
    """What the verifier said of one claim: its verdict and the clause it shows first."""

    verdict: VerdictName
    document: str | None = None
    article: str | None = None


class VerifierScores(BaseModel):
    """The verifier's verdicts against the labelled claims."""

    n_claims: int
    accuracy: float = Field(description="Share of claims given their labelled verdict.")
    false_contradiction: float | None = Field(
        description="Of the claims labelled supported or not found, the share called "
        "contradicted: telling an auditor that a true (or merely unstated) claim is wrong."
    )
    false_support: float | None = Field(
        description="Of the claims labelled contradicted or not found, the share called "
        "supported: vouching for a claim the documents do not make."
    )
    contradiction_recall: float | None = Field(
        description="Of the claims labelled contradicted, the share called contradicted."
    )
    support_recall: float | None = Field(
        description="Of the claims labelled supported, the share called supported."
    )
    right_clause: float | None = Field(
        description="Of the claims given their right verdict that name a deciding clause, the "
        "share whose first shown clause is that clause (same document and article)."
    )
    confusion: dict[str, dict[str, int]] = Field(
        description="Labelled verdict -> the verifier's verdict -> number of claims."
    )
    by_kind: dict[str, float] = Field(description="Accuracy per kind of claim.")
    by_half: dict[str, float] = Field(
        description="Accuracy on the dev half (rules designed looking at it) and the held-out half."
    )
    ci: dict[str, tuple[float, float]] = Field(description="95% Wilson intervals of the rates.")


def score_verifier(
    judge: Callable[[str], Judgement], claims: Sequence[LabelledClaim]
) -> VerifierScores:
    """Ask ``judge`` (the verifier) about every claim and compare with the labels."""
    if not claims:
        raise ValueError("score_verifier needs at least one labelled claim")
    said = [(claim, judge(claim.claim)) for claim in claims]
    confusion = {label: {verdict: 0 for verdict in VERDICTS} for label in VERDICTS}
    for claim, judgement in said:
        confusion[claim.verdict][judgement.verdict] += 1
    right = [(c, j) for c, j in said if c.verdict == j.verdict]
    named = [(c, j) for c, j in right if c.document and c.verdict != "not_found"]
    counts = {
        "accuracy": (len(right), len(said)),
        "false_contradiction": (
            confusion["supported"]["contradicted"] + confusion["not_found"]["contradicted"],
            sum(confusion["supported"].values()) + sum(confusion["not_found"].values()),
        ),
        "false_support": (
            confusion["contradicted"]["supported"] + confusion["not_found"]["supported"],
            sum(confusion["contradicted"].values()) + sum(confusion["not_found"].values()),
        ),
        "contradiction_recall": (
            confusion["contradicted"]["contradicted"], sum(confusion["contradicted"].values())
        ),
        "support_recall": (confusion["supported"]["supported"], sum(confusion["supported"].values())),
        "right_clause": (sum(_same_clause(c, j) for c, j in named), len(named)),
    }
    rates = {name: hits / total if total else None for name, (hits, total) in counts.items()}
    intervals = {}
    for name, (hits, total) in counts.items():
        interval = wilson_interval(hits, total)
        if interval is not None:
            intervals[name] = interval
    return VerifierScores(
        n_claims=len(said),
        accuracy=rates["accuracy"],
        false_contradiction=rates["false_contradiction"],
        false_support=rates["false_support"],
        contradiction_recall=rates["contradiction_recall"],
        support_recall=rates["support_recall"],
        right_clause=rates["right_clause"],
        confusion=confusion,
        by_kind=_accuracy_by(said, lambda c: c.kind),
        by_half=_accuracy_by(said, claim_half),
        ci=intervals,
    )


def _same_clause(claim: LabelledClaim, judgement: Judgement) -> bool:
    return claim.document == judgement.document and (
        claim.article is None or claim.article == judgement.article
    )


def _accuracy_by(
    said: Sequence[tuple[LabelledClaim, Judgement]], key: Callable[[LabelledClaim], str]
) -> dict[str, float]:
    groups: dict[str, list[bool]] = {}
    for claim, judgement in said:
        groups.setdefault(key(claim), []).append(claim.verdict == judgement.verdict)
    return {name: sum(group) / len(group) for name, group in groups.items()}
