"""Check a claim against the documents: supported, contradicted, or not found.

Offline and deterministic. Retrieval finds the clauses (the exact article when the user names
one); each clause is then compared with the claim through its best-matching sentence (or two
adjacent sentences):

- *match*: the share of the claim's content units (Chinese character bigrams, English words;
  ``evaluation.support.content_units``) found in the sentence, or, when claim and clause are in
  different languages and share no words, the embedding similarity of the two;
- *figures*: every number-with-unit of the claim (``answerability.quantities``) must be stated
  in the part of the clause that matches the claim best among those stating that unit, so
  "60日内支付" is not backed by "30日内支付款项；……最长不得超过60日";
- *polarity*: a claim that allows or excuses something (may, excuse, 可以, 不算违约) is
  contradicted by a clause that forbids or requires it (shall not, regarded as breach, 不得),
  and the reverse.

Supported needs a high match, all figures and agreeing polarity; contradicted needs a clause
on topic (retrieval confidence at or above the refusal threshold, and a moderate match) that
states a different figure or the opposite polarity; everything else is not found.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np
from pydantic import BaseModel, Field

from .answerability import Quantity, quantities
from .evaluation.support import content_units
from .retrieval import Candidate, find_references, query_language
from .schema import Citation
from .sentences import Span, sentence_spans

if TYPE_CHECKING:
    from llama_index.core.schema import TextNode

    from .app import Assistant

# Share of the claim's content units a sentence must hold for the claim to be supported, and
# the lower share at which the clause is on topic enough to contradict it.
SUPPORTED_MATCH = 0.7
TOPIC_MATCH = 0.4
# The same two levels for the embedding similarity of a claim and a sentence in another
# language (multilingual USE: translations score about 0.6-0.8, unrelated policy text 0.2-0.4).
SUPPORTED_SIMILARITY = 0.55
TOPIC_SIMILARITY = 0.45

Polarity = Literal["license", "binding"] | None

# Cue phrases, tried in this order; each match is blanked before the next group is tried, so
# "not regarded as breach" is a license and never also the binding "regarded as breach", and
# "shall not" never also the license "may"/"can".
_NEUTRAL = re.compile(r"\bas an? (?:excuse|pretext|reason)\b|以[^，。；]{0,40}为由(?=[^，。；]*(?:违约|毁约))", re.I)
_LICENSE_NEGATED = re.compile(
    r"不算|不属于(?:违约|失信)|不构成|不视为|不认定为|无需|不需要|不必|免于|免除"
    r"|\bnot (?:be )?(?:regarded|considered|deemed|treated|counted) as\b|\bdoes not (?:constitute|count)\b"
    r"|\bis not (?:a )?(?:breach|violation)\b|\bneed not\b|\bnot required\b|\bno need\b",
    re.I,
)
_BINDING_NEGATED = re.compile(
    r"不得|不准|不能|不允许|不可以|不应|禁止|严禁"
    r"|\b(?:shall|must|may|should) not\b|\bcannot\b|\bcan not\b|\bnot (?:be )?(?:allowed|permitted)\b"
    r"|\bprohibit(?:ed|s)?\b|\bforbid(?:den|s)?\b",
    re.I,
)
_LICENSE = re.compile(
    r"可以|允许|准许|有权|免责"
    r"|\bmay\b|\bcan\b|\ballow(?:ed|s)?\b|\bpermit(?:ted|s)?\b|\bexcus(?:e|es|ed)\b|\bexempt(?:ed|s)?\b"
    r"|\bjustif(?:y|ies|ied)\b",
    re.I,
)
_BINDING = re.compile(
    r"应当|必须|视为|认定为|算违约|属于违约|构成违约"
    r"|\bshall\b|\bmust\b|\b(?:regarded|deemed|considered) as\b|\brequired\b",
    re.I,
)
# Clause fragments within which a figure is read (one rule each in 30日内……；……最长60日).
_FRAGMENT = re.compile(r"[^；;。\n]+")


class Verdict(BaseModel):
    """A claim checked against the documents."""

    claim: str
    verdict: Literal["supported", "contradicted", "not_found"]
    explanation: str = Field(description="Why, in the claim's language, naming the clause.")
    clauses: list[Citation] = Field(
        default_factory=list,
        description="The clause(s) compared; quote/start/end are the span that matches the claim.",
    )


def polarity(text: str) -> Polarity:
    """'license' (may, excuse, 不算违约), 'binding' (shall not, regarded as breach, 不得), or
    None when the text has neither or both."""
    text = _NEUTRAL.sub(" ", text)
    license_ = bool(_LICENSE_NEGATED.search(text))
    text = _LICENSE_NEGATED.sub(" ", text)
    binding = bool(_BINDING_NEGATED.search(text))
    text = _BINDING_NEGATED.sub(" ", text)
    license_ = license_ or bool(_LICENSE.search(text))
    binding = binding or bool(_BINDING.search(_LICENSE.sub(" ", text)))
    if license_ == binding:
        return None
    return "license" if license_ else "binding"


def verify(
    assistant: Assistant, claim: str, document: str | None = None, article: str | None = None
) -> Verdict:
    """Compare ``claim`` with the clauses retrieval finds (or the named ``article``)."""
    claim = claim.strip()
    language = query_language(claim)
    if article:
        found = [
            Candidate(node=n, fused=0.0, similarity=1.0, coverage=1.0, in_domain=1.0, exact=True)
            for n in article_nodes(assistant.index.nodes(), article, document)
        ]
    else:
        found = assistant.candidates(claim, documents=[document] if document else None)
    if not found:
        return Verdict(claim=claim, verdict="not_found", explanation=_say(language, "nothing"))
    threshold = assistant.settings.answer.refusal_threshold
    comparisons = _Comparer(claim, assistant.embed_model).compare(found)
    on_topic = [c for c in comparisons if c.candidate.confidence >= threshold and c.on_topic]

    def cite(chosen: list[_Comparison]) -> list[Citation]:
        return [c.citation(i, assistant.index.page_starts) for i, c in enumerate(chosen, 1)]

    supported = [c for c in on_topic if c.supported]
    if supported:
        best = supported[0]
        return Verdict(
            claim=claim,
            verdict="supported",
            explanation=_say(language, "supported", where=best.where(language)),
            clauses=cite(supported[:3]),
        )
    conflicting = [c for c in on_topic if c.conflict]
    if conflicting:
        best = conflicting[0]
        return Verdict(
            claim=claim,
            verdict="contradicted",
            explanation=_say(language, best.conflict, where=best.where(language), **best.figures),
            clauses=cite([best]),
        )
    nearest = sorted(comparisons, key=lambda c: -c.match)[:3]
    reason = "unstated" if on_topic else "off topic"
    if on_topic and on_topic[0].missing:
        reason = "missing figure"
    where = (on_topic or nearest)[0].where(language)
    figures = on_topic[0].figures if on_topic else {}
    return Verdict(
        claim=claim,
        verdict="not_found",
        explanation=_say(language, reason, where=where, **figures),
        clauses=cite(on_topic[:3] or nearest),
    )


def article_nodes(nodes: list[TextNode], article: str, document: str | None = None) -> list[TextNode]:
    """The chunks of an article named as stored (第九条, II.(2)) or as written (9, 第9条,
    Article 9, (2)), optionally within one document."""
    article = article.strip()
    if document:
        nodes = [n for n in nodes if n.metadata.get("document") == document]
    exact = [n for n in nodes if n.metadata.get("article") == article]
    if exact:
        return exact
    refs = find_references(f"第{article}条" if article.isdigit() else article)
    found = []
    for n in nodes:
        label = n.metadata.get("article") or ""
        for ref in refs:
            if (ref.article and label == ref.article) or (ref.item and label.endswith(f"({ref.item})")):
                found.append(n)
                break
    return found


@dataclass
class _Comparison:
    """One clause compared with the claim."""

    candidate: Candidate
    span: Span  # the best-matching sentence(s), offsets within the clause text
    match: float
    cross_language: bool
    missing: list[Quantity] = field(default_factory=list)  # claim figures the clause lacks
    stated: dict[Quantity, Quantity] = field(default_factory=dict)  # claim figure -> clause's
    opposite: bool = False  # polarity conflict

    @property
    def on_topic(self) -> bool:
        return self.match >= (TOPIC_SIMILARITY if self.cross_language else TOPIC_MATCH)

    @property
    def supported(self) -> bool:
        enough = SUPPORTED_SIMILARITY if self.cross_language else SUPPORTED_MATCH
        return self.match >= enough and not self.missing and not self.conflict

    @property
    def conflict(self) -> str | None:
        if self.stated:
            return "figure"
        if self.opposite:
            return "polarity"
        return None

    @property
    def figures(self) -> dict[str, str]:
        """The claim's figure and the clause's, for the explanation."""
        if self.stated:
            claimed, stated = next(iter(self.stated.items()))
            return {"claimed": _show(claimed), "stated": _show(stated)}
        if self.missing:
            return {"claimed": _show(self.missing[0])}
        return {}

    def where(self, language: str) -> str:
        meta = self.candidate.node.metadata
        title = meta.get("title") or meta.get("document", "")
        article = meta.get("article") or ""
        if article.startswith("¶"):
            article = ""
        if language == "zh":
            return f"《{title}》{article}"
        return f"{title}, {article}" if article else title

    def citation(self, citation_id: int, page_starts) -> Citation:
        node = self.candidate.node
        meta = node.metadata
        text = node.get_content()
        base = node.start_char_idx or 0
        starts = page_starts(meta.get("document", ""))
        return Citation(
            id=citation_id,
            document=meta.get("document", ""),
            title=meta.get("title") or meta.get("document", ""),
            doc_number=meta.get("doc_number") or None,
            section=meta.get("section", ""),
            page=max(1, bisect.bisect_right(starts, base + self.span.start)) if starts else None,
            quote=text[self.span.start : self.span.end],
            text=text,
            score=round(self.candidate.confidence, 4),
            article=meta.get("article") or None,
            start=base + self.span.start,
            end=base + self.span.end,
        )


class _Comparer:
    def __init__(self, claim: str, embed_model) -> None:
        self.claim = claim
        self.units = content_units(claim)
        self.language = query_language(claim)
        self.figures = quantities(claim)
        self.polarity = polarity(claim)
        self.embed_model = embed_model
        self._claim_vector: np.ndarray | None = None

    def compare(self, candidates: list[Candidate]) -> list[_Comparison]:
        return [self._compare(c) for c in candidates]

    def _compare(self, candidate: Candidate) -> _Comparison:
        text = candidate.node.get_content()
        windows = _windows(text)
        cross = candidate.node.metadata.get("language", self.language) != self.language
        scores = self._scores([w.text for w in windows], cross)
        best = max(range(len(windows)), key=lambda i: (scores[i], -len(windows[i].text)))
        comparison = _Comparison(candidate, windows[best], scores[best], cross)
        fragments = [m.group(0) for m in _FRAGMENT.finditer(text)]
        for figure in self.figures:
            with_unit = [f for f in fragments if any(q.unit == figure.unit for q in quantities(f))]
            if not with_unit:
                comparison.missing.append(figure)
                continue
            fragment_scores = self._scores(with_unit, cross)
            aligned = with_unit[int(np.argmax(fragment_scores))]
            stated = {q for q in quantities(aligned) if q.unit == figure.unit}
            if figure not in stated:
                comparison.stated[figure] = min(stated, key=lambda q: abs(q.value - figure.value))
        if self.polarity:
            clause_polarity = polarity(windows[best].text)
            comparison.opposite = clause_polarity is not None and clause_polarity != self.polarity
        return comparison

    def _scores(self, texts: list[str], cross_language: bool) -> list[float]:
        lexical = [
            len(self.units & content_units(t)) / len(self.units) if self.units else 0.0 for t in texts
        ]
        if not cross_language:
            return lexical
        # Across languages few words are shared; the multilingual embedding carries the match.
        if self._claim_vector is None:
            self._claim_vector = _unit(np.array(self.embed_model.get_query_embedding(self.claim)))
        vectors = np.array(self.embed_model.get_text_embedding_batch(texts))
        similarity = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)) @ self._claim_vector
        return [float(s) for s in similarity]


def _windows(text: str) -> list[Span]:
    """Each sentence of the clause, and each pair of adjacent sentences (a claim may join two)."""
    spans = sentence_spans(text) or [Span(0, len(text), text)]
    pairs = [Span(a.start, b.end, text[a.start : b.end]) for a, b in zip(spans, spans[1:])]
    return spans + pairs


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / (np.linalg.norm(vector) or 1.0)


_UNIT_NAMES = {
    "zh": {"day": "日", "workday": "个工作日", "month": "个月", "year": "年", "hour": "小时",
           "yuan": "元", "person": "人", "percent": "%", "times": "倍"},
    "en": {"day": "days", "workday": "working days", "month": "months", "year": "years",
           "hour": "hours", "yuan": "yuan", "person": "people", "percent": "%", "times": "times"},
}


def _show(quantity: Quantity, language: str = "zh") -> str:
    value = int(quantity.value) if quantity.value.is_integer() else quantity.value
    return f"{value} {quantity.unit}"


_EXPLANATIONS = {
    "supported": {
        "zh": "{where}的原文支持这一说法（见高亮部分）。",
        "en": "{where} states this (see the highlighted span).",
    },
    "figure": {
        "zh": "{where}规定的是{stated}，不是{claimed}。",
        "en": "{where} states {stated}, not {claimed}.",
    },
    "polarity": {
        "zh": "{where}的规定与这一说法相反：说法允许或免除的，条款要求或禁止（反之亦然）。",
        "en": "{where} says the opposite: the claim allows or excuses what the clause requires "
        "or forbids (or the reverse).",
    },
    "missing figure": {
        "zh": "{where}与此相关，但没有规定{claimed}。",
        "en": "{where} is on topic but does not state {claimed}.",
    },
    "unstated": {
        "zh": "{where}与此相关，但没有作出这一规定。",
        "en": "{where} is on topic but does not state this.",
    },
    "off topic": {
        "zh": "文件中没有找到涉及这一说法的条款；最接近的条款列在下面，仅供参考。",
        "en": "No clause in the documents addresses this claim; the nearest ones are listed "
        "for reference only.",
    },
    "nothing": {
        "zh": "没有找到可以比较的条款（索引为空，或指定的条文不存在）。",
        "en": "No clause to compare with (the index is empty, or the named article does not "
        "exist).",
    },
}


def _say(language: str, key: str, **values: str) -> str:
    return _EXPLANATIONS[key][language].format(**values)
