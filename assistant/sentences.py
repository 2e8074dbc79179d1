"""Sentences of a clause as spans of its text: what answers quote and what retrieval scores."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at 。！？ (or ；when the sentence would be long), or at . ! ? before a capital.
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』]?|\n|$)")
_EN_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"”][.])\s+(?=[A-Z(“\"])")
LONG_SENTENCE = 160

@dataclass
class Span:
    start: int  # offsets within the chunk text
    end: int
    text: str


def sentence_spans(text: str) -> list[Span]:
    """Sentences of a clause as spans of its text (whitespace trimmed, never rewritten)."""
    spans: list[Span] = []
    for match in _SENTENCE.finditer(text):
        for start, end in _split_english(text, match.start(), match.end()):
            for s, e in _split_long(text, start, end):
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e - s >= 2:
                    spans.append(Span(s, e, text[s:e]))
    return spans


def _split_english(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [start + m.end() for m in _EN_SENTENCE_END.finditer(text[start:end])] + [end]
    return list(zip(cuts, cuts[1:]))


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= LONG_SENTENCE or not re.search(r"[\u4e00-\u9fff]", text[start:end]):
        return [(start, end)]
    cuts = [start] + [start + m.end() for m in re.finditer("；", text[start:end])] + [end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


# A list item opens with its number in brackets: （一）, (三), （4）, (2).
_LIST_ITEM = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]")
# A sentence that introduces a list ends with a colon: "政务处分的种类为：", "有下列情形之一的，…：".
_INTRODUCES_LIST = re.compile(r"[：:]$")


def opens_list_item(text: str) -> bool:
    """Whether ``text`` opens with a list item's number: "（一）警告，六个月；"."""
    return _LIST_ITEM.match(text.lstrip()) is not None


def introduces_list(text: str) -> bool:
    """Whether ``text`` introduces a list: "政务处分的期间为："."""
    return _INTRODUCES_LIST.search(text.rstrip()) is not None


def with_list_context(spans: list[Span], chosen: list[int]) -> list[int]:
    """The sentences to quote for the ``chosen`` ones (indices into ``spans``), in order: a
    list item comes with the sentence that introduces its list, which often states the rule
    ("有下列行为之一的，予以警告、记过或者记大过…：" where "（三）纵容、默许…的。" names only the
    conduct), and a sentence introducing a list comes with the list ("第七条 政务处分的种类为："
    alone names no sanction). An item is a paragraph opening with its number, so a long item
    cut at ；into several sentences is one item."""
    indices = set(chosen)
    first, last = min(chosen), max(chosen)
    lead = lead_in(spans, first)
    if lead is not None:
        indices.add(lead)
    if _INTRODUCES_LIST.search(spans[last].text):
        following = last + 1
        while following < len(spans) and _is_item(spans, following):
            indices.add(following)
            following += 1
    return sorted(indices)


def lead_in(spans: list[Span], index: int) -> int | None:
    """The sentence introducing the list that sentence ``index`` is an item of, if it is one."""
    if not _is_item(spans, index):
        return None
    lead = _paragraph_start(spans, index) - 1
    while lead >= 0 and _is_item(spans, lead):
        lead = _paragraph_start(spans, lead) - 1
    return lead if lead >= 0 and _INTRODUCES_LIST.search(spans[lead].text) else None


def _paragraph_start(spans: list[Span], index: int) -> int:
    """The first sentence of the paragraph sentence ``index`` is in: sentences of one
    paragraph follow each other with nothing between; paragraphs are parted by line breaks."""
    while index > 0 and spans[index].start == spans[index - 1].end:
        index -= 1
    return index


def _is_item(spans: list[Span], index: int) -> bool:
    return _LIST_ITEM.match(spans[_paragraph_start(spans, index)].text) is not None


def elided(text: str, spans: list[Span], indices: list[int]) -> str:
    """The sentences ``indices`` of ``text`` as one quote, the text between adjacent sentences
    kept verbatim and a gap marked with an ellipsis (…… in Chinese text, … in English): a
    lead-in and its third item read "…：……（三）…", leaving out items one and two."""
    gap = "……" if re.search(r"[\u4e00-\u9fff]", text) else " … "
    pieces, start = [], spans[indices[0]].start
    for previous, following in zip(indices, indices[1:]):
        if following != previous + 1:
            pieces.append(text[start : spans[previous].end])
            start = spans[following].start
    pieces.append(text[start : spans[indices[-1]].end])
    return gap.join(pieces)
