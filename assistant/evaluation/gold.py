"""The gold set: questions with the exact clauses that answer them.

Items are JSON lines in ``eval/gold/*.jsonl``; eval/README.md documents every field. Loading
validates each line's shape and fails with ``file:line`` on the first bad one. Whether quotes
match the documents is checked by tests/test_gold_set.py, which needs the parsed corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from ..settings import PROJECT_ROOT
from .support import LabelledPair

GOLD_DIR = PROJECT_ROOT / "eval" / "gold"
# Other clauses that answer a question as fully as its evidence, found by a review of the whole
# corpus per question (blind to the system's answers), each with the reason. Kept apart from
# the items so the writer's evidence and the later review stay distinguishable.
ALTERNATIVES_FILE = Path("alternatives") / "alternatives.jsonl"

QuestionType = Literal[
    "single", "multi", "cross_lingual", "paraphrase", "follow_up", "unanswerable"
]
Split = Literal["dev", "test"]


class GoldError(ValueError):
    """A gold file that does not follow the schema, located by file and line."""


class Evidence(BaseModel):
    """A span of a document's parsed text that answers (or relates to) the question."""

    model_config = ConfigDict(extra="forbid")

    document: str
    article: str
    start: int
    end: int
    quote: str

    @model_validator(mode="after")
    def _span_matches_quote(self) -> "Evidence":
        if not 0 <= self.start < self.end:
            raise ValueError(f"evidence span [{self.start}, {self.end}) is empty or negative")
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"evidence span [{self.start}, {self.end}) is {self.end - self.start} characters, "
                f"its quote {len(self.quote)}"
            )
        return self


class AbsenceCheck(BaseModel):
    """How the writer made sure the corpus does not answer the question."""

    model_config = ConfigDict(extra="forbid")

    searched: list[str]
    note: str


class GoldItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    split: Split
    type: QuestionType
    subtype: Literal["not_covered", "out_of_domain", "false_premise", "superseded"] | None = None
    language: Literal["zh", "en"]
    question: str
    history: list[str] = []
    answerable: bool
    short_answer: str
    required_facts: list[str] = []
    evidence: list[Evidence] = []
    related_evidence: list[Evidence] = []
    absence_check: AbsenceCheck | None = None
    # Merged in from ALTERNATIVES_FILE by load_gold: other clauses that answer as fully.
    alternative_evidence: list[Evidence] = []

    @model_validator(mode="after")
    def _answerability_is_backed(self) -> "GoldItem":
        if self.answerable and not self.evidence:
            raise ValueError("an answerable item needs evidence")
        if not self.answerable and self.absence_check is None:
            raise ValueError("an unanswerable item needs an absence_check")
        if self.type == "unanswerable" and self.answerable:
            raise ValueError("type 'unanswerable' with answerable: true")
        if self.subtype is not None and self.answerable:
            raise ValueError("a subtype is for unanswerable items only")
        if self.alternative_evidence and len(self.evidence) != 1:
            # With several spans, "any one of these instead" has no single meaning.
            raise ValueError("alternative evidence is for items with exactly one evidence span")
        return self

    @property
    def evidence_options(self) -> list[list[Evidence]]:
        """The sets of spans that each fully answer: the evidence, then each alternative."""
        return [self.evidence] + [[span] for span in self.alternative_evidence]


def load_gold(
    gold_dir: Path = GOLD_DIR, split: Literal["dev", "test", "all"] = "all"
) -> list[GoldItem]:
    """All items of the gold files in ``gold_dir`` (sorted by file name), of one split or all.

    Raises GoldError on a line that is not a valid item and on duplicate ids.
    """
    items: list[GoldItem] = []
    seen: dict[str, str] = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        for where, line in _lines(path):
            with _located(where):
                item = GoldItem.model_validate_json(line)
            if item.id in seen:
                raise GoldError(f"{where}: id {item.id!r} already used at {seen[item.id]}")
            seen[item.id] = where
            items.append(item)
    items = _with_alternatives(items, gold_dir / ALTERNATIVES_FILE)
    return [item for item in items if split == "all" or item.split == split]


class _Alternatives(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    alternatives: list[Evidence]
    why: str


def _with_alternatives(items: list[GoldItem], path: Path) -> list[GoldItem]:
    """``items`` with the alternative evidence of ``path`` (if it exists) attached by id."""
    if not path.exists():
        return items
    by_id = {item.id: item for item in items}
    for where, line in _lines(path):
        with _located(where):
            entry = _Alternatives.model_validate_json(line)
            if entry.id not in by_id:
                raise ValueError(f"no gold item {entry.id!r}")
            by_id[entry.id] = GoldItem.model_validate(
                {**by_id[entry.id].model_dump(), "alternative_evidence": entry.alternatives}
            )
    return [by_id[item.id] for item in items]


def _lines(path: Path) -> Iterator[tuple[str, str]]:
    """The non-blank lines of a JSON-lines file, each with its "file:line"."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            yield f"{path.name}:{number}", line


@contextmanager
def _located(where: str) -> Iterator[None]:
    """Re-raise a schema error as a GoldError that names the file and line."""
    try:
        yield
    except (ValidationError, ValueError) as exc:
        raise GoldError(f"{where}: {exc}") from exc


def type_mix(items: Iterable[GoldItem]) -> dict[str, int]:
    """Number of items per question type, most frequent first."""
    return dict(Counter(item.type for item in items).most_common())


def _mostly_cjk(text: str) -> bool:
    cjk = sum("\u3400" <= ch <= "\u9fff" for ch in text)
    return cjk > sum(ch.isascii() and ch.isalpha() for ch in text)


def _shares_evidence(a: GoldItem, b: GoldItem) -> bool:
    return any(
        x.document == y.document and x.start < y.end and y.start < x.end
        for x in a.evidence
        for y in b.evidence
    )


def support_pairs(items: list[GoldItem]) -> list[LabelledPair]:
    """Labelled pairs for calibrating the support checker, derived from gold items.

    Supported: an item's short answer against its own evidence quotes. Unsupported: the same
    short answer against the evidence of another item, preferably from the same document (a
    hard negative: same vocabulary, different rule), whose evidence does not overlap. Pairs
    whose two sides are in different scripts are left out: a lexical checker cannot judge them.
    """
    answerable = [item for item in items if item.answerable and item.short_answer.strip()]
    # The negative is the first other item that qualifies, so the search stops there and each
    # quote's script is read once: a scan of every other item per item took minutes on the
    # thousands of dev items.
    first_quote_cjk = [_mostly_cjk(item.evidence[0].quote) for item in answerable]
    pairs: list[LabelledPair] = []
    for i, item in enumerate(answerable):
        own = "\n".join(e.quote for e in item.evidence)
        answer_cjk = _mostly_cjk(item.short_answer)
        if answer_cjk != _mostly_cjk(own):
            continue
        pairs.append(LabelledPair(item.short_answer, own, True))
        documents = {e.document for e in item.evidence}
        negative = None
        for j in [*range(i + 1, len(answerable)), *range(i)]:
            other = answerable[j]
            if first_quote_cjk[j] != answer_cjk or _shares_evidence(item, other):
                continue
            if other.evidence[0].document in documents:
                negative = other
                break
            negative = negative or other
        if negative is not None:
            quotes = "\n".join(e.quote for e in negative.evidence)
            pairs.append(LabelledPair(item.short_answer, quotes, False))
    return pairs
