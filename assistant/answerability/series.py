"""Numbered installments of something the documents report: the Guidelines' batches, the lecture
hall's sessions ("第二批", "the 13th session"), as a question names them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numerals import to_chinese_numeral
from ..tokenizing import has_chinese
from .quantity import numeral_value

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_ENGLISH_ORDINAL = rf"({'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"


@dataclass(frozen=True)
class _Series:
    chinese: re.Pattern[str]  # "第三批", "第13期"
    english: re.Pattern[str]  # "the third batch", "the 13th session"
    near: re.Pattern[str]  # a word for what is numbered, near the ordinal ("第三批货" is goods)
    measure: str  # the Chinese measure word, for the forms looked for
    noun: str  # the English noun

    def forms(self, n: int) -> tuple[str, ...]:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th")
        english = [f"{n}{suffix} {self.noun}"] + ([f"{_ORDINALS[n - 1]} {self.noun}"] if n <= len(_ORDINALS) else [])
        return (f"第{to_chinese_numeral(n)}{self.measure}", f"第{n}{self.measure}", *english)


_SERIES = [
    _Series(
        re.compile(r"第([一二三四五六七八九十\d]{1,2})批"),
        re.compile(rf"\b{_ENGLISH_ORDINAL}\s+(?:batch|set|round|edition|instal?ment)\b", re.I),
        re.compile(r"指引|指南|问答|清单|文件|通知|场景|guidelines?|guidance|q&a|scenarios|rules", re.I),
        "批", "batch",
    ),
    # "When is the 13th session of the Lecture Hall?" (r26): the report tells of twelve.
    _Series(
        re.compile(r"第([一二三四五六七八九十\d]{1,3})(?:期|场|讲)"),
        re.compile(rf"\b{_ENGLISH_ORDINAL}\s+(?:session|lecture|edition|event)\b", re.I),
        re.compile(r"讲堂|讲座|lecture|hall", re.I),
        "期", "session",
    ),
]


@dataclass(frozen=True)
class Installment:
    match: re.Match[str]  # where the question names it
    series: _Series
    number: int

    def forms(self) -> tuple[str, ...]:
        """How a text names it, in either language: 第二批, "2nd batch", "second batch"."""
        return self.series.forms(self.number)


def installments(question: str, reach: int | None = None) -> list[Installment]:
    """The installments ``question`` names, near a word for what is numbered: a few words either
    way, or within ``reach`` characters."""
    found = []
    for series in _SERIES:
        asked = [(m, numeral_value(m.group(1))) for m in series.chinese.finditer(question)]
        for m in series.english.finditer(question):
            word = m.group(1).lower()
            asked.append((m, float(_ORDINALS.index(word) + 1 if word in _ORDINALS else int(word[:-2]))))
        for match, number in asked:
            near = reach or (8 if has_chinese(match.group(0)) else 50)
            if not series.near.search(question[max(0, match.start() - near) : match.end() + near]):
                continue
            if number is not None and 1 <= number <= 99:
                found.append(Installment(match, series, int(number)))
    return found
