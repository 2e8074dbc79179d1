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
