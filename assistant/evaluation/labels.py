"""Hand-labelled sentence–citation pairs, and how often the support checker agrees with them.

The calibration pairs of ``gold.support_pairs`` are derived mechanically from the gold set (a
short answer against its own evidence, or another item's). The pairs here are real answer
sentences of ``assistant ask`` against the clause they cite, plus hand-made negatives and
paraphrases, each labelled by a person reading it (eval/labels/README.md says how). They are an
outside check on the checker, not a second calibration set: the threshold is not fitted on
them. They are split in two halves by gold item (``label_half``): the checker's rules were
designed and their constants tuned looking at the dev half only, and the held-out half says
whether that generalises.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..settings import PROJECT_ROOT
from .metrics import wilson_interval
from .support import LabelledPair, SupportChecker

HAND_LABELS_PATH = PROJECT_ROOT / "eval" / "labels" / "support_pairs.jsonl"

PairKind = Literal[
    "faithful_quote",
    "paraphrase",
    "cross_lingual_paraphrase",
    "wrong_citation",
    "number_changed",
    "article_changed",
    "subject_swapped",
    "negated",
]


LabelHalf = Literal["dev", "held_out"]


class HandLabelError(ValueError):
    """A label file line that does not follow the schema, located by file and line."""


class LabelRecord(BaseModel):
    """A line of a label file: a record with an id of its own, and no field beyond its schema."""

    model_config = ConfigDict(extra="forbid")

    id: str


class HandLabelledPair(LabelRecord):
    """One answer sentence, the text of the citation it is judged against, and a person's label."""

    source: str = Field(min_length=1, description="Gold item whose answer the sentence is from.")
    kind: PairKind
    label: bool = Field(description="Whether the cited text supports the sentence.")
    sentence: str = Field(min_length=1)
    cited_text: str = Field(min_length=1, description="The cited clause's section path and text.")
    citation: str = Field(description="Document and article of the cited clause, for people.")
    note: str | None = Field(None, description="What was changed, for perturbed pairs.")

    def labelled_pair(self) -> LabelledPair:
        return LabelledPair(self.sentence, self.cited_text, self.label)


def label_half(pair: HandLabelledPair) -> LabelHalf:
    """The half a pair belongs to, fixed by a hash of its gold item: pairs made from one answer
    (its quote, its paraphrases, its perturbations) always fall in the same half, and adding
    pairs never moves old ones."""
    return half_of(pair.source)


def half_of(key: str) -> LabelHalf:
    """The half a label falls in by a hash of ``key``: the same key always falls in the same
    half, and adding labels never moves old ones."""
    return "dev" if hashlib.sha256(key.encode()).digest()[-1] % 2 == 0 else "held_out"


def load_hand_labels(path: Path = HAND_LABELS_PATH) -> list[HandLabelledPair]:
    """The labelled pairs of a JSON-lines file; HandLabelError on a bad line or a reused id."""
    return load_labelled(path, HandLabelledPair)


Labelled = TypeVar("Labelled", bound=LabelRecord)


def load_labelled(path: Path, model: type[Labelled]) -> list[Labelled]:
    """The ``model`` records of a JSON-lines file, each with an ``id``; HandLabelError, naming
    the file and line, on a line that breaks the schema or reuses an id."""
    records: list[Labelled] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = model.model_validate_json(line)
        except ValidationError as exc:
            raise HandLabelError(f"{path.name}:{number}: {exc}") from exc
        if record.id in seen:
            raise HandLabelError(f"{path.name}:{number}: id {record.id!r} already used at line "
                                 f"{seen[record.id]}")
        seen[record.id] = number
        records.append(record)
    return records


class KindAgreement(BaseModel):
    n_pairs: int
    n_supported: int = Field(description="Pairs labelled supported.")
    agreement: float


class HalfAgreement(KindAgreement):
    kappa: float | None = Field(
        description="Cohen's kappa: agreement corrected for chance (None if chance is 1)."
    )


class HandLabelAgreement(BaseModel):
    """The checker's verdicts against hand labels, "supported" being the positive class."""

    n_pairs: int
    n_supported: int = Field(description="Pairs labelled supported.")
    agreement: float = Field(description="Share of pairs where verdict and label agree.")
    precision: float | None = Field(
        description="Of the pairs the checker passes, the share labelled supported."
    )
    recall: float | None = Field(
        description="Of the pairs labelled supported, the share the checker passes."
    )
    kappa: float | None = Field(
        description="Cohen's kappa: agreement corrected for chance (None if chance is 1)."
    )
    true_positive: int
    false_positive: int
    false_negative: int
    true_negative: int
    ci: dict[str, tuple[float, float]] = Field(
        description="95% Wilson intervals of agreement, precision and recall."
    )
    by_kind: dict[str, KindAgreement]
    by_half: dict[str, HalfAgreement] = Field(
        default_factory=dict,
        description="Dev half (the checker was tuned looking at it) and held-out half "
        "(``label_half``).",
    )


def hand_label_agreement(
    checker: SupportChecker, pairs: Sequence[HandLabelledPair]
) -> HandLabelAgreement:
    """How the checker's verdicts compare with the hand labels, overall, per kind of pair and
    per half."""
    if not pairs:
        raise ValueError("hand_label_agreement needs at least one labelled pair")
    # (verdict, label) per pair, in order.
    said = [(checker.supports(p.sentence, p.cited_text), p.label) for p in pairs]
    tp, fp, fn, tn = _confusion(said)
    n = len(pairs)
    counts = {"agreement": (tp + tn, n), "precision": (tp, tp + fp), "recall": (tp, tp + fn)}
    intervals = {}
    for name, (hits, total) in counts.items():
        interval = wilson_interval(hits, total)
        if interval is not None:
            intervals[name] = interval
    by_kind: dict[str, KindAgreement] = {}
    for kind in dict.fromkeys(p.kind for p in pairs):
        group = [s for s, p in zip(said, pairs) if p.kind == kind]
        by_kind[kind] = KindAgreement(
            n_pairs=len(group),
            n_supported=sum(label for _, label in group),
            agreement=sum(verdict == label for verdict, label in group) / len(group),
        )
    by_half: dict[str, HalfAgreement] = {}
    for half in ("dev", "held_out"):
        group = [s for s, p in zip(said, pairs) if label_half(p) == half]
        if group:
            by_half[half] = HalfAgreement(
                n_pairs=len(group),
                n_supported=sum(label for _, label in group),
                agreement=sum(verdict == label for verdict, label in group) / len(group),
                kappa=_kappa(*_confusion(group)),
            )
    return HandLabelAgreement(
        n_pairs=n,
        n_supported=tp + fn,
        agreement=(tp + tn) / n,
        precision=tp / (tp + fp) if tp + fp else None,
        recall=tp / (tp + fn) if tp + fn else None,
        kappa=_kappa(tp, fp, fn, tn),
        true_positive=tp,
        false_positive=fp,
        false_negative=fn,
        true_negative=tn,
        ci=intervals,
        by_kind=by_kind,
        by_half=by_half,
    )


def _confusion(said: Sequence[tuple[bool, bool]]) -> tuple[int, int, int, int]:
    """True positives, false positives, false negatives, true negatives of (verdict, label)."""
    return (
        sum(verdict and label for verdict, label in said),
        sum(verdict and not label for verdict, label in said),
        sum(not verdict and label for verdict, label in said),
        sum(not verdict and not label for verdict, label in said),
    )


def _kappa(tp: int, fp: int, fn: int, tn: int) -> float | None:
    n = tp + fp + fn + tn
    observed = (tp + tn) / n
    # Chance agreement: both say "supported" or both say "unsupported" independently.
    chance = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
    return (observed - chance) / (1 - chance) if chance < 1 else None
