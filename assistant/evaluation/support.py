"""The offline support checker: does a cited text back an answer sentence?

No model is involved, so the verdict is cheap, deterministic and explainable. A sentence is
supported when

1. enough of its wording is in the cited text (*lexical support*: the share of the sentence's
   content units found there, at or above a threshold calibrated on labelled pairs), and
2. every hard fact it states is there too: numbers, dates, article numbers and document titles.

The second condition is what a lexical score cannot see: "应当在90日内支付" shares every
character bigram with "应当在60日内支付", and differs in the one thing that matters.

Content units are character bigrams of CJK runs and lowercased English words minus stopwords,
whatever the sentence's language, so English quoted inside a Chinese sentence counts as English.
Digits are not content units: they are facts, checked exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_ENGLISH_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being
    it its this that these those there their they them he she his her we our you your i not no
    so than then such shall should may can could will would must do does did has have had any
    all each every which who whom whose what when where how also into onto upon about over under
    other more most some only own same very just""".split()
)

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_CN_NUMERAL = "零〇一二两三四五六七八九十百千万"

_ARTICLE_CN = re.compile(rf"第\s*([{_CN_NUMERAL}\d]+)\s*([条款项章节])")
_ARTICLE_EN = re.compile(r"\b(?:Article|Art\.)\s*(\d+)", re.IGNORECASE)
_ITEM = re.compile(rf"[（(]\s*([一二三四五六七八九十]+|\d{{1,2}})\s*[）)]")
_TITLE = re.compile(r"《([^《》]+)》")
_DATE_CN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_DATE_EN = re.compile(rf"\b({'|'.join(_MONTHS)})\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?", re.IGNORECASE)
# Chinese-numeral quantities are only read before a unit: elsewhere 一/十 are ordinary words.
_CN_QUANTITY = re.compile(
    rf"([{_CN_NUMERAL}]+)(?=个?(?:工作日|日|天|小时|周|月|年|倍|元|万元|亿元|人|次|项|家|%|％))"
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*|[.]+(?=\s+[A-Z“\"‘'(\u3400-\u9fff])")


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters become ASCII), lowercase, single spaces."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def chinese_number(numeral: str) -> int:
    """Value of a Chinese numeral: 九 → 9, 二十三 → 23, 一百零五 → 105, 二〇一九 → 2019."""
    if not any(ch in _CN_UNITS for ch in numeral):
        return int("".join(str(_CN_DIGITS[ch]) for ch in numeral))
    total, section, digit = 0, 0, 0
    for ch in numeral:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch == "万":
            total += (section + digit) * 10000
            section, digit = 0, 0
        else:
            # A bare 十 at the start means 一十.
            section += (digit or 1) * _CN_UNITS[ch]
            digit = 0
    return total + section + digit


def _number(token: str) -> int:
    return int(token) if token.isdigit() else chinese_number(token)


def content_units(text: str) -> set[str]:
    """The units lexical support counts: CJK character bigrams and English content words."""
    text = normalize(text)
    units: set[str] = set()
    for run in _CJK_RUN.findall(text):
        units.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    for word in _ENGLISH_WORD.findall(text):
        if word not in _STOPWORDS:
            # A trailing plural "s" is dropped so "payments" meets "payment"; applied to both
            # sides alike, the odd stem ("busines") still matches itself.
            units.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return units


def lexical_support(sentence: str, cited_text: str) -> float:
    """Share of the sentence's content units found in the cited text (1.0 if it has none)."""
    wanted = content_units(sentence)
    if not wanted:
        return 1.0
    return len(wanted & content_units(cited_text)) / len(wanted)


def article_refs(text: str) -> dict[str, str]:
    """Article, paragraph and item references, keyed so that 第九条 = 第9条 = Article 9.

    Values are the surface form as written, for messages.
    """
    text = unicodedata.normalize("NFKC", text)
    refs: dict[str, str] = {}
    for match in _ARTICLE_CN.finditer(text):
        refs.setdefault(f"{match.group(2)}{_number(match.group(1))}", match.group(0))
    for match in _ARTICLE_EN.finditer(text):
        refs.setdefault(f"条{int(match.group(1))}", match.group(0))
    for match in _ITEM.finditer(text):
        refs.setdefault(f"item{_number(match.group(1))}", match.group(0))
    return refs


def hard_facts(text: str) -> dict[str, str]:
    """Numbers, dates, article references and titles stated in the text, by normalised key."""
    text = _THOUSANDS.sub("", unicodedata.normalize("NFKC", text))
    facts = {f"ref:{key}": surface for key, surface in article_refs(text).items()}
    for match in _TITLE.finditer(text):
        facts[f"title:{normalize(match.group(1))}"] = match.group(0)
    for pattern in (_DATE_CN, _DATE_ISO):
        for match in pattern.finditer(text):
            parts = [str(int(p)) for p in match.groups() if p]
            facts[f"date:{'-'.join(parts)}"] = match.group(0)
    for match in _DATE_EN.finditer(text):
        month = _MONTHS.index(match.group(1).lower()) + 1
        parts = [match.group(3), str(month), match.group(2)]
        facts[f"date:{'-'.join(str(int(p)) for p in parts if p)}"] = match.group(0)
    # Digits inside references and dates were counted there; what is left are plain quantities.
    rest = _TITLE.sub(" ", text)
    for pattern in (_ARTICLE_CN, _ARTICLE_EN, _ITEM, _DATE_CN, _DATE_ISO, _DATE_EN):
        rest = pattern.sub(" ", rest)
    for match in _NUMBER.finditer(rest):
        whole, _, fraction = match.group(0).partition(".")
        fraction = fraction.rstrip("0")
        facts[f"num:{int(whole)}{'.' + fraction if fraction else ''}"] = match.group(0)
    for match in _CN_QUANTITY.finditer(rest):
        facts[f"num:{chinese_number(match.group(1))}"] = match.group(0)
    return facts


def missing_facts(sentence: str, cited_text: str) -> list[str]:
    """Hard facts of the sentence that the cited text does not state, as written."""
    available = hard_facts(cited_text)
    cited = normalize(cited_text)
    missing = []
    for key, surface in hard_facts(sentence).items():
        if key.startswith("title:"):
            # A title counts as present when its words are, with or without the 《》 marks.
            if key.removeprefix("title:") not in cited:
                missing.append(surface)
        elif key.startswith("date:"):
            if not any(_same_date(key, k) for k in available if k.startswith("date:")):
                missing.append(surface)
        elif key not in available:
            missing.append(surface)
    return missing


def _same_date(stated: str, cited: str) -> bool:
    """A stated date is backed by the same date, or by a fuller one that contains it: a
    year-month by a date in that month, a month-day without year by that day in any year."""
    stated, cited = stated.removeprefix("date:"), cited.removeprefix("date:")
    return stated == cited or cited.startswith(stated + "-") or cited.endswith("-" + stated)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence of a text, surrounding whitespace excluded.

    Sentences end at 。！？!? (with any closing quote), at a full stop followed by a capital or
    a CJK character, and at line breaks.
    """
    spans = []
    line_start = 0
    for line in text.split("\n"):
        cursor = 0
        boundaries = [m.end() for m in _SENTENCE_END.finditer(line)] + [len(line)]
        for boundary in boundaries:
            piece = line[cursor:boundary]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                start = line_start + cursor
                spans.append((start + lead, start + len(piece.rstrip())))
            cursor = boundary
        line_start += len(line) + 1
    return spans


@dataclass(frozen=True)
class SupportVerdict:
    lexical: float
    missing: tuple[str, ...]
    supported: bool


@dataclass(frozen=True)
class SupportChecker:
    """Judges sentences against cited text; ``threshold`` comes from ``calibrate``."""

    threshold: float

    def check(self, sentence: str, cited_text: str) -> SupportVerdict:
        lexical = lexical_support(sentence, cited_text)
        missing = tuple(missing_facts(sentence, cited_text))
        return SupportVerdict(lexical, missing, lexical >= self.threshold and not missing)

    def supports(self, sentence: str, cited_text: str) -> bool:
        return self.check(sentence, cited_text).supported


@dataclass(frozen=True)
class LabelledPair:
    sentence: str
    cited_text: str
    supported: bool


@dataclass(frozen=True)
class Calibration:
    threshold: float
    agreement: float  # share of the labelled pairs on which the full checker agrees
    n: int


def agreement(checker: SupportChecker, pairs: Iterable[LabelledPair]) -> float:
    """Share of labelled pairs on which the checker's verdict equals the label."""
    pairs = list(pairs)
    if not pairs:
        raise ValueError("agreement needs at least one labelled pair")
    right = sum(checker.supports(p.sentence, p.cited_text) == p.supported for p in pairs)
    return right / len(pairs)


def calibrate(pairs: Iterable[LabelledPair]) -> Calibration:
    """The lexical threshold on which the full checker agrees most with the labels.

    Candidates are 0 and the midpoints between consecutive observed lexical scores (any other
    threshold gives the same verdicts as one of them); ties go to the most lenient threshold.
    """
    pairs = list(pairs)
    if not pairs:
        raise ValueError("calibrate needs at least one labelled pair")
    # Each pair's lexical score and fact check do not depend on the threshold: compute once.
    scored = [
        (lexical_support(p.sentence, p.cited_text), not missing_facts(p.sentence, p.cited_text),
         p.supported)
        for p in pairs
    ]
    observed = sorted({lexical for lexical, _, _ in scored})
    candidates = [0.0] + [(a + b) / 2 for a, b in zip(observed, observed[1:])]

    def agreement_at(threshold: float) -> float:
        right = sum(
            (lexical >= threshold and facts_ok) == label for lexical, facts_ok, label in scored
        )
        return right / len(scored)

    best = max(candidates, key=lambda t: (agreement_at(t), -t))
    return Calibration(threshold=best, agreement=agreement_at(best), n=len(pairs))
