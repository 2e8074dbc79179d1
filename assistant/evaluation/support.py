"""The offline support checker: does a cited text back an answer sentence?

No model is involved, so the verdict is cheap, deterministic and explainable. The checker reads
the sentence's *claim*: the quotation after a colon when there is one (《X》第九条规定：“…”),
else the sentence without its document titles. A sentence is supported when

1. enough of the claim's wording is in the cited text (*lexical support*: the share of the
   claim's content units found there, at or above a threshold calibrated on labelled pairs);
2. every hard fact of the sentence is there too: numbers (Chinese numerals before a measure
   word, 万分之五, "two batches" included), dates, article numbers and document titles;
3. each piece of the claim (cut at 。；) agrees with the cited sentence it matches best, in
   order (difflib over CJK characters and English words):
   - *copy*: a quoted piece is that sentence word for word (it may leave words out, not change
     or add them); an unquoted piece that copies most of it may reword, but not put in wording
     from elsewhere in the cited text, so a swapped duty-bearer (机关、事业单位 → 大型企业) is
     caught although the swapped-in party occurs in the clause;
   - *facts in place*: each number and date is in the cited sentence that matches the clause
     stating it (read with the piece's first clause, where its subject usually is), not only
     somewhere in the cited text: "机关、事业单位……60日内" is not backed by
     "机关、事业单位……30日内……；大型企业……60日内";
   - *polarity*: a word governed by a negation or modal cue (不得, 禁止, 无需, 可以, 应当; not,
     may, shall) on one side has a compatible cue where the other side has the same word
     (不得→可以, 不停止→停止 and may→may not differ; 不得 and 禁止 agree).

Lexical support sees none of 2 and 3: "应当在90日内支付" shares every character bigram with
"应当在60日内支付", and "停止原政务处分决定的执行" every bigram with "不停止……".

A claim in another script than every sentence of the cited text (an English sentence citing a
Chinese clause) cannot be compared word for word: it is judged on its hard facts alone (titles
in the other script are not checkable either), and its verdict says so.

Content units are character bigrams of CJK runs and lowercased English words minus stopwords,
whatever the sentence's language, so English quoted inside a Chinese sentence counts as English.
Digits are not content units: they are facts, checked exactly.

The negation and modal cues are this module's own, not the assistant's
(``assistant.verification``): a judge that shared the system's reading would share its blind
spots.
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ..numerals import NUMERAL_CHARS, UNITS, chinese_number
from ..tokenizing import english_stem

_CJK_CHARS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(rf"[{_CJK_CHARS}]+")
_ENGLISH_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being
    it its this that these those there their they them he she his her we our you your i not no
    so than then such shall should may can could will would must do does did has have had any
    all each every which who whom whose what when where how also into onto upon about over under
    other more most some only own same very just""".split()
)

_CN_UNITS = UNITS
_CN_NUMERAL = NUMERAL_CHARS

_ARTICLE_CN = re.compile(rf"第\s*([{_CN_NUMERAL}\d]+)\s*([条款项章节])")
_ARTICLE_EN = re.compile(r"\b(?:Article|Art\.)\s*(\d+)", re.IGNORECASE)
_ITEM = re.compile(r"[（(]\s*([一二三四五六七八九十]+|\d{1,2})\s*[）)]")
_TITLE = re.compile(r"《([^《》]+)》")
_DATE_CN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
# A month and day without year (每年3月31日前), as an English "March 31" is read.
_DATE_CN_DAY = re.compile(r"(?<!\d年)(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_DATE_EN = re.compile(rf"\b({'|'.join(_MONTHS)})\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?", re.IGNORECASE)
# Chinese-numeral quantities are only read before a measure word: elsewhere 一/十 are ordinary
# words (一般, 十分).
_CN_QUANTITY = re.compile(
    rf"([{_CN_NUMERAL}]+)(?=个?(?:工作日|日|天|小时|周|月|年|倍|元|万元|亿元|人|名|次|项|件|批|份"
    r"|种|类|位|户|家|届|期|轮|笔|%|％))"
)
# A list of items closing right before a count of them: 投标、履约、工程质量、农民工工资 (四类).
_ENUMERATION = re.compile(rf"[{_CJK_CHARS}]+(?:、[{_CJK_CHARS}]+)+$")
# 百分之五 is 5%; 千分之五 and 万分之五 are kept apart from a plain 5.
_FRACTION = re.compile(rf"([百千万])分之([{_CN_NUMERAL}]+|\d+(?:\.\d+)?)")
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
                 "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
# An English number word counts something only before a content word: "two batches", "one
# year", not "one of" or "one another".
_COUNT_EN = re.compile(rf"\b({'|'.join(_NUMBER_WORDS)})\s+([a-z]+)", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*|[.]+(?=\s+[A-Z“\"‘'(\u3400-\u9fff])")
# The quotation an answer sentence attributes to its source: 《X》第九条规定：“…” or X, III.(6): "…".
_QUOTATION = re.compile(r"[:：]\s*[“\"]([\s\S]+)[”\"]([^”\"]*)$")
# A piece ends at ；, and at an ellipsis: a quotation "…：……（三）…" leaves the text between out, so
# each side of it is a copy of its own.
_PIECE_END = re.compile(r"[；;]|…+|\.{3}")
_CLAUSE = re.compile(r"[^，,；;。：:！？!?\n]+")
_TOKEN = re.compile(rf"[{_CJK_CHARS}]|[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?")

# A piece of the claim matching at least this share of its tokens, in order, in one cited
# sentence is a copy of it. Tuned on the dev half of the hand labels (eval/README.md): every
# value from 0.6 to 0.95 agrees with all of it, and below 0.6 a close English paraphrase
# starts to count as an altered copy.
COPY_COVERAGE = 0.8

NEGATION, PERMISSION, OBLIGATION = "negation", "permission", "obligation"
# Longer cues first, so that 不得 is one cue, not 不 + 得, and 无需 is not read as 需.
_CUES_CN = {
    NEGATION: "不可以 不允许 不应当 不需要 不得 不能 不可 不应 不准 不许 不必 不用 无须 无需 禁止 严禁 "
              "拒绝 拒不 没有 未 不",
    PERMISSION: "可以 允许 准许 有权 能够",
    OBLIGATION: "应当 应该 必须 须",
}
_CUES_EN = {
    NEGATION: "not no never cannot can't nor neither prohibit prohibits prohibited forbid "
              "forbids forbidden refuse refuses refused",
    PERMISSION: "may can allowed permitted entitled",
    OBLIGATION: "shall must should required",
}
_CUE_CLASS = {cue: kind for cues in (_CUES_CN, _CUES_EN) for kind, words in cues.items()
              for cue in words.split()}
_CUE = re.compile(
    "|".join(sorted((c for c in _CUE_CLASS if not c.isascii()), key=len, reverse=True))
    + r"|\b(?:" + "|".join(re.escape(c) for c in _CUE_CLASS if c.isascii()) + r")\b"
)


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters become ASCII), lowercase, single spaces."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def _number(token: str) -> int:
    return int(token) if token.isdigit() else chinese_number(token)


def _stem(word: str) -> str:
    # Snowball, as BM25 stems: "signed" meets "sign", "partnerships" "partnership",
    # "promotion" "promote" (a trailing "s" alone left a paraphrase's verbs unmatched).
    return english_stem(word)


def content_units(text: str) -> set[str]:
    """The units lexical support counts: CJK character bigrams and English content words."""
    text = normalize(text)
    units: set[str] = set()
    for run in _CJK_RUN.findall(text):
        units.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    units.update(_stem(w) for w in _ENGLISH_WORD.findall(text) if w not in _STOPWORDS)
    return units


def lexical_support(sentence: str, cited_text: str) -> float:
    """Share of the sentence's content units found in the cited text (1.0 if it has none)."""
    wanted = content_units(sentence)
    if not wanted:
        return 1.0
    return len(wanted & content_units(cited_text)) / len(wanted)


def claim_text(sentence: str) -> str:
    """What the sentence asserts: the quotation after a colon (and anything after it), else the
    sentence without its 《document titles》, which are checked as facts instead."""
    quotation = _QUOTATION.search(sentence)
    if quotation:
        return quotation.group(1) + _TITLE.sub(" ", quotation.group(2))
    return _TITLE.sub(" ", sentence)


def _mostly_cjk(text: str) -> bool:
    cjk = sum(bool(_CJK_RUN.match(ch)) for ch in text)
    return cjk > sum(ch.isascii() and ch.isalpha() for ch in text)


def cross_language(sentence: str, cited_text: str) -> bool:
    """Whether the sentence's claim is in another script than every sentence of the cited text
    (several citations may join a Chinese and an English clause)."""
    cjk = _mostly_cjk(claim_text(sentence))
    return all(_mostly_cjk(piece) != cjk for piece in _pieces(cited_text))


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
    for pattern in (_DATE_CN, _DATE_CN_DAY, _DATE_ISO):
        for match in pattern.finditer(text):
            parts = [str(int(p)) for p in match.groups() if p]
            facts[f"date:{'-'.join(parts)}"] = match.group(0)
    for match in _DATE_EN.finditer(text):
        month = _MONTHS.index(match.group(1).lower()) + 1
        parts = [match.group(3), str(month), match.group(2)]
        facts[f"date:{'-'.join(str(int(p)) for p in parts if p)}"] = match.group(0)
    for match in _FRACTION.finditer(text):
        base, count = match.groups()
        value = _decimal(count) if count[0].isdigit() else str(chinese_number(count))
        facts[f"num:{value}" if base == "百" else f"num:{value}/{_CN_UNITS[base]}"] = match.group(0)
    # Digits inside references, dates and fractions were counted there; what is left are plain
    # quantities.
    rest = _TITLE.sub(" ", text)
    for pattern in (_ARTICLE_CN, _ARTICLE_EN, _ITEM, _DATE_CN, _DATE_CN_DAY, _DATE_ISO, _DATE_EN,
                    _FRACTION):
        rest = pattern.sub(" ", rest)
    for match in _NUMBER.finditer(rest):
        facts[f"num:{_decimal(match.group(0))}"] = match.group(0)
    for match in _CN_QUANTITY.finditer(rest):
        value = chinese_number(match.group(1))
        # "警告、记过、记大过、降级、撤职、开除六种" counts the items it lists: the sentence
        # backs that count itself, the cited text need not state it.
        listed = _ENUMERATION.search(rest, 0, match.start())
        if not (listed and listed.group(0).count("、") + 1 == value):
            facts[f"num:{value}"] = match.group(0)
    for match in _COUNT_EN.finditer(rest):
        if match.group(2).lower() not in _STOPWORDS | {"another"}:
            facts[f"num:{_NUMBER_WORDS.index(match.group(1).lower()) + 1}"] = match.group(0)
    return facts


def _decimal(number: str) -> str:
    whole, _, fraction = number.partition(".")
    fraction = fraction.rstrip("0")
    return f"{int(whole)}{'.' + fraction if fraction else ''}"


def missing_facts(sentence: str, cited_text: str) -> list[str]:
    """Hard facts of the sentence that the cited text does not state, as written.

    A title in another script than the cited text (《指引》 against an English clause) cannot be
    looked up in it and is not counted missing.
    """
    return [surface for _, surface in _absent(hard_facts(sentence), cited_text)]


def _absent(facts: dict[str, str], cited_text: str) -> list[tuple[str, str]]:
    """The (key, surface) of the facts that the cited text does not state."""
    available = hard_facts(cited_text)
    cited = normalize(cited_text)
    cited_cjk = _mostly_cjk(cited_text)
    missing = []
    for key, surface in facts.items():
        if key.startswith("title:"):
            # A title counts as present when its words are, with or without the 《》 marks.
            title = key.removeprefix("title:")
            if title not in cited and _mostly_cjk(title) == cited_cjk:
                missing.append((key, surface))
        elif key.startswith("date:"):
            if not any(_same_date(key, k) for k in available if k.startswith("date:")):
                missing.append((key, surface))
        elif key not in available:
            missing.append((key, surface))
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


def _pieces(text: str) -> list[str]:
    """The text's sentences, further cut at ；: the unit one rule of a clause is stated in."""
    return [
        part
        for start, end in sentence_spans(text)
        for part in _PIECE_END.split(text[start:end])
        if _TOKEN.search(normalize(part))
    ]


def _tokens(text: str) -> list[str]:
    """Characters of CJK runs, English words and numbers, in order: what a copy repeats.

    Article references are left out: 第九条 labels a whole clause, not its first sentence.
    """
    text = _THOUSANDS.sub("", unicodedata.normalize("NFKC", text))
    for pattern in (_ARTICLE_CN, _ARTICLE_EN, _ITEM):
        text = pattern.sub(" ", text)
    return _TOKEN.findall(normalize(text))


def _shown(tokens: list[str]) -> str:
    return re.sub(r"(?<=[^a-z0-9]) | (?=[^a-z0-9])", "", " ".join(tokens))


def _has_content(tokens: Iterable[str]) -> bool:
    return any(not token.isascii() or token not in _STOPWORDS for token in tokens)


def _is_wording(tokens: tuple[str, ...]) -> bool:
    """A word or more, not a particle: two CJK characters, an English content word, a number."""
    return (sum(not token.isascii() for token in tokens) >= 2
            or any(token.isascii() and token not in _STOPWORDS for token in tokens))


@dataclass(frozen=True)
class _Alignment:
    """A piece of the claim and the cited sentence it matches best, in order."""

    claim: str
    cited: str
    coverage: float  # share of the claim piece's tokens matched, in order, in the cited one
    # Wording of the claim piece put in place of cited wording, or added between shared
    # tokens, as (claim tokens, cited tokens); omissions are not listed.
    altered: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]

    @property
    def is_copy(self) -> bool:
        return self.coverage >= COPY_COVERAGE


def _align(claim_piece: str, cited_pieces: list[str]) -> _Alignment | None:
    """The cited piece sharing the most tokens, in order, with the claim piece (the first on a
    tie), and what the claim piece puts in place of the cited wording."""
    wanted = _tokens(claim_piece)
    if not wanted or not cited_pieces:
        return None
    best, best_matcher, best_matched = cited_pieces[0], None, -1
    for candidate in cited_pieces:
        matcher = difflib.SequenceMatcher(None, wanted, _tokens(candidate), autojunk=False)
        matched = sum(block.size for block in matcher.get_matching_blocks())
        if matched > best_matched:
            best, best_matcher, best_matched = candidate, matcher, matched
    assert best_matcher is not None
    codes = best_matcher.get_opcodes()
    equal = [i for i, code in enumerate(codes) if code[0] == "equal"]
    # difflib turns the claim into the cited text: "delete" is wording only the claim has. Such
    # wording before the first or after the last shared token is the claim going beyond this
    # sentence (framing, another sentence), not an alteration of it.
    altered = tuple(
        (tuple(wanted[i1:i2]), tuple(best_matcher.b[j1:j2]))
        for n, (tag, i1, i2, j1, j2) in enumerate(codes)
        if (tag == "replace" or tag == "delete" and equal and equal[0] < n < equal[-1])
        and _has_content(wanted[i1:i2])
    )
    return _Alignment(claim_piece, best, best_matched / len(wanted), altered)


@dataclass(frozen=True)
class _Marked:
    unit: str
    following: str | None  # the next unit in the clause, telling occurrences of a word apart
    cues: tuple[str, ...]  # the negation and modal cues before the unit in its clause
    governed: bool  # the first unit after a cue: the word the cue applies to


def _marked_units(text: str) -> list[_Marked]:
    marked = []
    # "May 20" is a date, not a permission.
    for clause in _CLAUSE.findall(normalize(_DATE_EN.sub(" ", text))):
        cues = [(m.start(), m.end(), m.group(0)) for m in _CUE.finditer(clause)]
        units = []
        for run in _CJK_RUN.finditer(clause):
            units += [(run.start() + i, run.start() + i + 2, run.group(0)[i : i + 2])
                      for i in range(max(1, len(run.group(0)) - 1))]
        units += [(m.start(), m.end(), _stem(m.group(0)))
                  for m in _ENGLISH_WORD.finditer(clause) if m.group(0) not in _STOPWORDS]
        units = sorted(u for u in units if not any(u[0] < e and s < u[1] for s, e, _ in cues))
        governed = {next((u for u in units if u[0] >= end), None) for _, end, _ in cues}
        for unit in units:
            following = next((u[2] for u in units if u[0] >= unit[1]), None)
            cues_before = tuple(c for _, end, c in cues if end <= unit[0])
            marked.append(_Marked(unit[2], following, cues_before, unit in governed))
    return marked


def _compatible(cues: Iterable[str], other_cues: Iterable[str]) -> bool:
    """Same polarity: both negated or neither, and, when neither is, not one permitting what
    the other requires. Two negations agree whatever their modal (不得, 禁止, may not)."""
    ours, theirs = {_CUE_CLASS[c] for c in cues}, {_CUE_CLASS[c] for c in other_cues}
    if (NEGATION in ours) != (NEGATION in theirs):
        return False
    if NEGATION in ours:
        return True
    return not (ours and theirs) or bool(ours & theirs)


def polarity_conflict(claim_piece: str, cited_piece: str) -> str | None:
    """Where a word governed by a cue on one side, followed by the same word on the other,
    carries an incompatible cue (or none) at every such occurrence there, in words; None when
    the polarities agree.

    The following word tells occurrences apart: in "责令改正；拒不改正的，给予处分" against
    "责令改正", only 改正 of 责令改正 is in the cited text, and it is not negated.
    """
    claim, cited = _marked_units(claim_piece), _marked_units(cited_piece)
    for governing, other, claim_side in ((claim, cited, True), (cited, claim, False)):
        for mark in governing:
            if not mark.governed:
                continue
            there = [m for m in other if (m.unit, m.following) == (mark.unit, mark.following)]
            if there and not any(_compatible(mark.cues, m.cues) for m in there):
                ours, theirs = (mark, there[0]) if claim_side else (there[0], mark)
                return (f"polarity before “{mark.unit}”: {'、'.join(ours.cues) or 'none'} in the "
                        f"sentence, {'、'.join(theirs.cues) or 'none'} in the cited text")
    return None


@dataclass(frozen=True)
class SupportVerdict:
    lexical: float
    missing: tuple[str, ...]
    supported: bool
    # Why the sentence is not supported, or for a cross-language claim why only facts were
    # checked, in words.
    reasons: tuple[str, ...] = ()
    cross_language: bool = False


@dataclass(frozen=True)
class _Evidence:
    """Everything the verdict depends on except the threshold."""

    lexical: float
    missing: tuple[str, ...]
    conflicts: tuple[str, ...]  # order and polarity problems of the claim's pieces
    cross_language: bool

    def verdict(self, threshold: float) -> SupportVerdict:
        reasons = list(self.conflicts)
        if self.missing:
            reasons.insert(0, "not in cited text: " + ", ".join(self.missing))
        if self.cross_language:
            reasons.append("cross-language: not checkable offline (hard facts only)")
        elif self.lexical < threshold:
            reasons.insert(0, f"lexical {self.lexical:.2f} < {threshold:.2f}")
        supported = (self.cross_language or self.lexical >= threshold) and not (
            self.missing or self.conflicts)
        return SupportVerdict(self.lexical, self.missing, supported, tuple(reasons),
                              self.cross_language)


def _evidence(sentence: str, cited_text: str) -> _Evidence:
    claim = claim_text(sentence)
    lexical = lexical_support(claim, cited_text)
    missing = tuple(missing_facts(sentence, cited_text))
    if cross_language(sentence, cited_text):
        return _Evidence(lexical, missing, (), True)
    quotation = _QUOTATION.search(sentence) is not None
    cited_pieces = _pieces(cited_text)
    cited_wording = _joined(_tokens(cited_text))
    conflicts: list[str] = []
    for piece in _pieces(claim):
        alignment = _align(piece, cited_pieces)
        if alignment is None:
            continue
        if quotation and not alignment.is_copy:
            conflicts.append(f"quotation not in the cited text: “{_shown(_tokens(piece))}”")
        elif alignment.is_copy:
            # A close paraphrase may reword; wording brought in from elsewhere in the cited
            # text is a swap (机关、事业单位 → 大型企业), not a rewording. A quotation may do
            # neither.
            changes = [(ours, theirs) for ours, theirs in alignment.altered if quotation
                       or _is_wording(ours) and _joined(ours) in cited_wording]
            if changes:
                conflicts.append("altered copy of the cited text: " + "; ".join(
                    f"“{_shown(ours)}” for “{_shown(theirs)}”" if theirs
                    else f"“{_shown(ours)}” added" for ours, theirs in changes))
        polarity = polarity_conflict(piece, alignment.cited)
        if polarity:
            conflicts.append(polarity)
        misplaced = [fact for fact in _misplaced_facts(piece, cited_pieces) if fact not in missing]
        if misplaced:
            conflicts.append(f"{', '.join(misplaced)} not in the cited sentence it matches")
    return _Evidence(lexical, missing, tuple(conflicts), False)


def _joined(tokens: Iterable[str]) -> str:
    # Separators on both ends, so that a substring test matches whole tokens only.
    return "\x00" + "\x00".join(tokens) + "\x00"


def _misplaced_facts(claim_piece: str, cited_pieces: list[str]) -> list[str]:
    """Numbers and dates of the claim piece that are not in the cited sentence matching the
    clause that states them.

    The clause is read with the piece's first clause, where the party it binds usually is:
    in "机关、事业单位向中小企业采购的，应在交付后60日内付款", 60日 belongs to 机关.
    """
    facts = {key: surface for key, surface in hard_facts(claim_piece).items()
             if key.startswith(("num:", "date:"))}
    clauses = _CLAUSE.findall(claim_piece)
    misplaced = []
    for n, clause in enumerate(clauses):
        # A fact written across clauses (April 16, 2021) is bound to none of them.
        stated = {key: surface for key, surface in facts.items() if surface in clause}
        if not stated:
            continue
        alignment = _align(clause if n == 0 else f"{clauses[0]}，{clause}", cited_pieces)
        if alignment is not None:
            misplaced += [surface for _, surface in _absent(stated, alignment.cited)]
    return misplaced


@dataclass(frozen=True)
class SupportChecker:
    """Judges sentences against cited text; ``threshold`` comes from ``calibrate``."""

    threshold: float

    def check(self, sentence: str, cited_text: str) -> SupportVerdict:
        return _evidence(sentence, cited_text).verdict(self.threshold)

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
    # Everything but the threshold comparison is independent of it: compute once.
    scored = [(_evidence(p.sentence, p.cited_text), p.supported) for p in pairs]
    observed = sorted({evidence.lexical for evidence, _ in scored})
    candidates = [0.0] + [(a + b) / 2 for a, b in zip(observed, observed[1:])]
    # A verdict the threshold cannot change (a missing fact, a conflict, another language) is
    # right or wrong at every candidate; any other is supported exactly when its lexical score
    # reaches the threshold. Counting those by their sorted scores keeps calibration linear in
    # the pairs (trying each candidate on every pair took half a minute on the dev split).
    fixed_right = 0
    supported_scores: list[float] = []  # lexical scores of the pairs labelled supported
    unsupported_scores: list[float] = []
    for evidence, label in scored:
        strictest, most_lenient = evidence.verdict(math.inf), evidence.verdict(-math.inf)
        if strictest.supported == most_lenient.supported:
            fixed_right += strictest.supported == label
        else:
            (supported_scores if label else unsupported_scores).append(evidence.lexical)
    supported_scores.sort()
    unsupported_scores.sort()

    def agreement_at(threshold: float) -> float:
        passed_supported = len(supported_scores) - bisect.bisect_left(supported_scores, threshold)
        rejected_unsupported = bisect.bisect_left(unsupported_scores, threshold)
        return (fixed_right + passed_supported + rejected_unsupported) / len(scored)

    best = max(candidates, key=lambda t: (agreement_at(t), -t))
    return Calibration(threshold=best, agreement=agreement_at(best), n=len(pairs))
