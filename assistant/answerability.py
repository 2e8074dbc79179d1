"""Can the retrieved clauses answer this question at all? Checks beyond retrieval similarity.

A clause can be on topic and still not answer: similarity cannot tell "within 60 days" from
"within 90 days", nor notice that a question asks for an amount the clause never states, nor
that it names a document that is not indexed. Each check returns a reason a person reads, or
None when it has no objection.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .numerals import chinese_number, to_chinese_numeral
from .sentences import introduces_list, opens_list_item
from .tokenizing import (
    formal_terms,
    formal_wordings,
    glossary_counterparts,
    glossary_entries_in,
    has_chinese,
    jieba_words,
    normalize,
    tokenize,
    translate_renderings,
    translate_terms,
    word_frequency,
)

_NUMERAL = r"(?:\d+(?:\.\d+)?|[零一二三四五六七八九十百千万两]+)"
# Longest units first, so "个工作日" is not read as "日".
_ZH_UNITS = {
    "个工作日": "workday", "工作日": "workday", "个月": "month", "小时": "hour",
    "亿元": "yuan", "万元": "yuan", "元": "yuan", "日": "day", "天": "day", "年": "year", "月": "month",
    "名": "person", "人": "person", "%": "percent", "％": "percent", "倍": "times",
    # training time ("每年不得少于16学时": r52)
    "学时": "hour", "课时": "hour",
}
_EN_UNITS = {
    "working days": "workday", "working day": "workday", "business days": "workday",
    "days": "day", "day": "day", "months": "month", "month": "month", "years": "year",
    "year": "year", "hours": "hour", "yuan": "yuan", "rmb": "yuan", "percent": "percent",
    "%": "percent", "people": "person", "persons": "person", "staff": "person",
    "guests": "person", "participants": "person", "attendees": "person", "points": "point",
}
_ZH_QUANTITY = re.compile(
    _NUMERAL + "(" + "|".join(map(re.escape, _ZH_UNITS)) + ")"
)
# Numbers written as words, as English text and questions often put periods: "five years".
_EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90,
}
_EN_QUANTITY = re.compile(
    r"(?<![\d.])\b(\d+(?:\.\d+)?|" + "|".join(_EN_NUMBER_WORDS) + r")[\s-]*("
    + "|".join(map(re.escape, _EN_UNITS)) + r")\b",
    re.IGNORECASE,
)
# Calendar dates, read as one figure (unit "date", value YYYYMMDD) before any number-with-unit,
# so that 2025年6月1日 is not also read as "1日" (one day) or "6月".
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH = "(" + "|".join(_MONTHS) + ")"
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# A day of every year ("每年3月31日前"): a date too (value MMDD), not "3月" and "31日".
_ZH_YEARLY_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_EN_DATES = [  # (pattern, group of year, month, day)
    (re.compile(_MONTH + r"\s+(\d{1,2}),?\s+(\d{4})", re.IGNORECASE), (3, 1, 2)),
    (re.compile(r"(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})", re.IGNORECASE), (3, 2, 1)),
]
# A day of every year in English ("by June 30 each year", "before 31 March"): value MMDD, as
# 每年3月31日前 (r52). Not "may 5": the verb, as often as the month.
_YEARLY_MONTH = "(" + "|".join(m for m in _MONTHS if m != "may") + ")"
_EN_YEARLY_DATES = [  # (pattern, group of month, day)
    (re.compile(r"\b" + _YEARLY_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE), (1, 2)),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _YEARLY_MONTH + r"\b", re.IGNORECASE), (2, 1)),
]
# A question about when a document (or rule) takes effect or was issued asks for a date.
_WHEN_ZH = r"(?:哪天|哪一天|哪日|什么时候|什么时间|何时|哪年|几月几日|日期)"
_IN_FORCE_ZH = r"(?:施行|生效|实施|发布|印发|公布|通过|修订)"
_ASKS_DATE = re.compile(
    _WHEN_ZH + r".{0,8}" + _IN_FORCE_ZH + "|" + _IN_FORCE_ZH + r".{0,8}" + _WHEN_ZH
    + r"|\bwhen\b.{0,80}\b(?:take|takes|took|come|comes|came|enter|enters|entered) "
    r"(?:into )?(?:effect|force)\b|\bwhen\b.{0,80}\b(?:effective|issued|published|adopted|promulgated)\b"
    r"|\b(?:effective|issue|issuance|publication|commencement) date\b",
    re.IGNORECASE,
)

# What a question asks for, by the unit an answer would carry.
# Every unit a figure may be asked in: a figure asked of no unit the question names.
_ALL_UNITS = frozenset({"yuan", "percent", "day", "workday", "month", "year", "hour", "person", "times"})
_ASKS = [
    (_ASKS_DATE, {"date"}),
    # "…and by what date each year?", "截止日期是哪天" (r14)
    (re.compile(r"\b(?:by|on|before) (?:what|which) date\b|\bwhat(?:'s| is)? the (?:due |cut-?off |closing )?date\b"
                r"|截止日期|截至日期|几月几[日号]", re.I), {"date"}),
    (re.compile(
        r"多少(?:亿|万)?元|多少钱|多少金额|罚款.*多少|(?:金额|花费|消费)上限|how much|what (?:is the )?(?:amount|fine)"
        r"|maximum fine|how many yuan|how (?:big|large|high) (?:are|is|will be) (?:the )?(?:fines?|penalt(?:y|ies))"
        # "how big a fine can market regulators impose" (r43)
        r"|\bhow (?:big|large|high|heavy) an? (?:fine|penalty)\b"
        r"|spending (?:cap|limit)|per-person (?:cap|limit)"
        # "the range of the fine the regulator can impose", "罚款幅度", "罚多少"
        r"|\b(?:range|amount|size|level|scale) of (?:the |a |any )?(?:fines?|penalt(?:y|ies)|compensation|damages)\b"
        r"|\bfine range\b|罚款(?:幅度|范围|额度)|罚多少"
        # "What's the actual fine a large company faces…" (a fine is money; a penalty may be a sanction)
        r"|\bwhat(?:'s| is) the (?:actual |exact |real |maximum |minimum |usual )?fines?\b"
        # "交多少投诉费", "扣多少退休金", "the maximum value of a meal"
        r"|多少[^，。？?\s天日年月个人名分次]{0,3}(?:费|金)|(?:交|缴|付|扣|赔)多少(?!分|天|日|年|个|人|名)"
        # "有没有允许的额度？" (r23)
        r"|(?:允许|规定)的?(?:金额|数额)?额度|额度(?:是|有|为)?多少|有没有额度"
        # "暂停期间工资还发不发？发多少？" (r20)
        r"|(?:工资|薪酬|薪水|奖金|补贴)[^。]{0,12}发多少|发多少(?:钱|工资)"
        # "能拿到多少奖励", "补偿多少"
        # "亩均补助多少" (r38)
        r"|多少(?:奖励|奖金|补偿|赔偿|补贴|补助|资助|奖补)|(?:奖励|奖金|补偿|赔偿|补贴|补助|资助|奖补)(?:是|有|能有)?多少"
        # ("the maximum gift value the Guidelines allow", "a de minimis value… below which": r46, r48)
        r"|(?:maximum|max|highest|upper) (?:[\w-]+ )?(?:value|price|cost)|how expensive|what (?:fee|charge)"
        r"|\bde minimis\b|几多钱"
        # "奖励金额一般是多少", "a cash value below which a gift is fine"
        r"|(?:金额|数额)[^，。？?]{0,4}多少|\b(?:cash|money|monetary) (?:value|amount|limit|threshold)\b"
        # "礼品价值多少以下可以收", "an official yuan limit below which a gift is fine"
        r"|(?:价值|价格)(?:是|为|在)?多少|\byuan (?:limit|threshold|cap|ceiling)\b"
        # "What's the most we're allowed to pay him as an honorarium?"
        r"|\bthe most (?:we|i|a company|companies|they)(?:'re| are| am|'m| is)? (?:allowed|permitted|able) to "
        r"(?:pay|give|spend|offer)\b"
        # "what's the maximum we can spend per person on a meal" (r14)
        r"|\b(?:maximum|max|most) (?:amount )?(?:we|i|you|one|they|a company|companies|staff) "
        r"(?:can|could|may|are allowed to|is allowed to) (?:spend|give)\b"
        # "Is there a minimum contract amount before a complaint is accepted?" (r17)
        r"|\b(?:minimum|threshold|floor) (?:contract |claim |deal |transaction )?(?:amount|value|sum)\b"
        r"|最低金额|金额(?:门槛|起点|下限)|起点金额"
        # "what administrative fine can the authorities impose…? Is there a fixed amount range?" (r21)
        r"|\bwhat (?:administrative |monetary |financial )?fines? (?:can|could|will|would|may|might|do|does)\b"
        r"|\b(?:fixed )?amount range\b"
        # "Is there a prescribed amount or percentage … for such rewards?" (r30)
        r"|\b(?:prescribed|fixed|set|statutory|standard) (?:amount|sum)\b", re.I), {"yuan"}),
    # "up to how many times our losses can we claim?", "惩罚性赔偿最多几倍" (r17): a multiple
    # (not "要的抵押比国企多好几倍": several times more, told).
    (re.compile(
        r"多少倍|(?<!好)几倍|\bhow many times (?:the |our |their |its |his |her |my )?(?:actual )?"
        r"(?:loss|losses|damages?|amount|value|price|contract)\b|\bwhat multiple\b", re.I), {"times"}),
    (re.compile(
        r"多大比例|多少比例|百分之几|比例(?:最高|最低|上限|下限|一般)?(?:是|为|能到|可以到)?多少|占比多少"
        # "What exact shareholding percentage counts as control?" (r28)
        r"|what (?:[\w-]+ ){0,2}?(?:percentage|proportion)|what percent"
        r"|(?:maximum|max|highest|upper|minimum|lowest) (?:percentage|proportion|ratio|rate)\b"
        # "is there a required ratio of compliance staff to employees" (r14)
        r"|\b(?:required|fixed|set|mandatory|prescribed) (?:ratio|proportion|percentage)\b|\bratio of\b|配比"
        # "the maximum performance bond, as a percentage of the contract price" (r20)
        r"|\bas an? (?:percentage|proportion|share) of\b", re.I),
     {"percent"}),
    # "讲课费的标准是多少", "逾期利息的标准是多少", "付款期限的标准是多少": a figure of some kind.
    (re.compile(r"标准(?:是|为|在)?多少"), _ALL_UNITS),
    # "企业所得税税率是多少", "the corporate income tax rate": a rate, in per cent (万分之五 is 0.05%).
    (re.compile(r"税率|\btax rates?\b", re.I), {"percent"}),
    # "逾期利息按什么利率算", "What is the late-payment interest rate…": a rate too.
    (re.compile(
        r"利率(?:是|为|按)?(?:多少|几)|(?:按|以)(?:什么|哪个|多少)利率"
        # "is there an inheritance or gift tax, and what's the rate?" (r30)
        r"|\b(?:what|which)(?:'s| is)? (?:the )?(?:[\w-]+ ){0,3}?(?:interest )?rate\b|\bat what rate\b"
        # ("State the daily late-payment interest rate that … prescribes": r55)
        r"|\b(?:state|give|name) the (?:[\w-]+ ){0,4}?rate\b", re.I),
     {"percent"}),
    (re.compile(r"扣(?:多少|几)分|how many (?:score |credit )?points", re.I), {"point"}),
    # "the maximum number of working days the authorities can take" (r27)
    (re.compile(r"几个?工作日|多少个?工作日|how many (?:working|business) days"
                r"|\bnumber of (?:working|business) days\b", re.I), {"workday"}),
    (re.compile(
        r"多少名|多少人|几名|几个人|(?:配|配备|配置)(?:几|多少)"
        # "how many full-time compliance staff", "a headcount ratio"
        r"|how many (?:[\w-]+ ){0,3}?(?:people|staff|persons|employees|members|officials|officers|investigators"
        r"|inspectors)\b|\bheadcount\b",
        re.I), {"person"}),
    # "What professional certificate or minimum years of experience does someone need…" (r14)
    # (not "这几年", "前几天": these few years, the other day; r51)
    (re.compile(r"(?<![这那前近头过好])几年|多少年|how many years|\byears? of (?:experience|service|work)\b"
                r"|\b(?:minimum|at least) years\b|工作年限|从业年限", re.I), {"year"}),
    (re.compile(r"(?<![这那前近头过好])几个月|多少个月|how many months", re.I), {"month"}),
    # (and in Cantonese, 几多日: r47)
    (re.compile(r"多少天|(?<![这那前近头过好])几天|多少日|(?<![这那前近头过好])几日|几多日|几多天"
                r"|how many days|\bnumber of days\b", re.I), {"day", "workday"}),
    (re.compile(r"多少(?:个)?(?:学时|课时|小时)|几(?:个)?(?:学时|课时|小时)|how many (?:training |class )?hours", re.I),
     {"hour"}),
    (re.compile(r"多长时间|多久|多长|几耐|期限是|期间是|how long|what (?:is the )?(?:period|deadline|time limit)"
                # "What's the retention period?", "保存期限是多少" (r20)
                r"|\bretention (?:period|time)\b|(?:保存|保留)期限"
                # "What's the maximum length of such a suspension?" (r18). Not "Is there a time
                # limit?": whether the rules set one, answered by a clause setting it without a figure.
                r"|\b(?:maximum|max|minimum|longest|shortest) (?:length|duration|period)\b", re.I),
     {"day", "workday", "month", "year", "hour"}),
]
_INTEREST = re.compile(r"利息|利率|滞纳金|\binterest\b", re.I)
# A question typed as a noun phrase ("Deadline for rectifying a verified breach?", "GBA
# association annual membership fee?", "整改期限？", "会费多少？") asks for the figure its noun
# names. Not a question with a verb of its own: "Can the bureau charge a fee?" asks whether.
_VERB_QUESTION = re.compile(
    r"^\s*(?:can|could|may|might|must|shall|should|will|would|do|does|did|is|are|was|were|has|have|had"
    r"|who|whom|whose|what|which|when|where|why|how|if|under|in|for|according)\b",
    re.IGNORECASE,
)
_TERSE_ASKS = [
    (re.compile(r"\b(?:deadlines?|time limits?|time ?frames?)\b", re.I),
     {"day", "workday", "month", "year", "hour"}),
    # "NDRC notice: working days allowed to verify a complaint?"
    (re.compile(r"\b(?:working |business |calendar )?days\b", re.I), {"day", "workday"}),
    (re.compile(r"\b(?:fees?|dues|charges?|costs?|prices?|fines?)\b", re.I), {"yuan"}),
    (re.compile(r"\b(?:rates?|ratios?|percentages?|proportions?)\b", re.I), {"percent"}),
]
_TERSE_ASKS_ZH = [
    (re.compile(r"(?:期限|时限)(?:是|为)?[？?]\s*$"), {"day", "workday", "month", "year", "hour"}),
    # ("投诉费大概多少？": r52)
    (re.compile(r"(?:费|费用)(?:大概|大约|一般|具体)?(?:是|为|要|交)?多少"), {"yuan"}),
    (re.compile(r"(?:利率|费率|比例)(?:的)?(?:上限|下限|最高|最低)?(?:是|为)?多少"), {"percent"}),
]
# 万分之五 (five ten-thousandths), 百分之三: rates stated as fractions, read in per cent.
_ZH_FRACTION = re.compile(r"(百|千|万)分之([零一二三四五六七八九十百两\d]+)")
_FRACTION_BASE = {"百": 100, "千": 1000, "万": 10000}

_CONFIRMATION = re.compile(
    r"对吗|是吗|是不是|对不对|没错吧|吧[？?]?\s*$|right\??\s*$|correct\??\s*$|isn'?t it|is that (?:right|true|correct)|true\?",
    re.IGNORECASE,
)
_NAMED_TITLE = re.compile(r"《([^》]{2,40})》")

@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str


def _value(numeral: str) -> float | None:
    """30 → 30.0, 十二 → 12.0; None for text that is not a numeral."""
    if re.fullmatch(r"\d+(?:\.\d+)?", numeral):
        return float(numeral)
    try:
        return float(chinese_number(numeral))
    except KeyError:
        return None


def _dates(text: str) -> tuple[set[Quantity], str]:
    """The calendar dates in ``text``, and the text with them blanked out."""
    found: set[Quantity] = set()

    def take(year: str, month: str, day: str) -> None:
        month_number = int(month) if month.isdigit() else _MONTHS.index(month.lower()) + 1
        found.add(Quantity(float(int(year) * 10000 + month_number * 100 + int(day)), "date"))

    for match in _ZH_DATE.finditer(text):
        take(*match.groups())
    text = _ZH_DATE.sub(" ", text)
    for match in _ZH_YEARLY_DATE.finditer(text):
        take("0", *match.groups())
    text = _ZH_YEARLY_DATE.sub(" ", text)
    for pattern, (y, m, d) in _EN_DATES:
        for match in pattern.finditer(text):
            take(match.group(y), match.group(m), match.group(d))
        text = pattern.sub(" ", text)
    for pattern, (m, d) in _EN_YEARLY_DATES:
        for match in pattern.finditer(text):
            take("0", match.group(m), match.group(d))
        text = pattern.sub(" ", text)
    return found, text


# Before a number-with-unit, these make it name one year or month, not an amount of them.
_PARTICULAR = set("第上下同当这那")


def _names_a_period(text: str, match: re.Match[str]) -> bool:
    """Whether a number-with-unit names a particular year or month rather than an amount of
    them: 上一年度 (the previous year's), 同一年, 第一年."""
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    return before in _PARTICULAR or after == "度"


def quantities(text: str) -> set[Quantity]:
    """Every number-with-unit in ``text``: 30日, 十八个月, 60 days, 5%, and dates (2025年6月1日)."""
    found, text = _dates(normalize(text))
    for match in _ZH_QUANTITY.finditer(text):
        if _names_a_period(text, match):
            continue
        number = match.group(0)[: -len(match.group(1))]
        value = _value(number)
        if value is not None:
            found.add(Quantity(value, _ZH_UNITS[match.group(1)]))
    for match in _ZH_FRACTION.finditer(text):
        value = _value(match.group(2))
        if value is not None:
            # in per cent, so that "0.05% per day" and 每日利率万分之五 are one figure
            found.add(Quantity(round(value * 100 / _FRACTION_BASE[match.group(1)], 6), "percent"))
    for match in _EN_QUANTITY.finditer(text):
        number = match.group(1).lower()
        value = float(_EN_NUMBER_WORDS.get(number) or number)
        found.add(Quantity(value, _EN_UNITS[match.group(2).lower()]))
    return found


# The end of a sentence that states (not of an abbreviation: "No. 1103", "Art. 9").
_STATEMENT_END = re.compile(r"[。！!]|(?<!\bNo)(?<!\bArt)(?<!\bNos)\.(?=\s)")


def asking_part(question: str) -> str:
    """The sentences of ``question`` that ask: "去三亚考察几天，吃住全包。会有什么后果？" asks
    about consequences; the user's story before it, with its "几天", asks nothing."""
    sentences = [s for s in _STATEMENT_END.split(question) if s.strip()]
    asking = [s for s in sentences if re.search(r"[？?]", s)]
    return " ".join(asking) if asking else question


def sub_questions(question: str) -> list[str]:
    """The parts of a question that asks several things, each with its own question mark:
    "国有企业的部门经理受了记大过的政务处分，处分期有多长？在这期间还能提拔、涨工资吗？" asks for a
    period and whether promotion is allowed. Empty for a question that asks one thing."""
    parts = [p.strip() for p in re.findall(r"[^？?]+[？?]", asking_part(question))]
    parts = [p for p in parts if len(p) >= 4]
    return parts if len(parts) >= 2 else []


# "Do agencies have to publish how many contracts they are behind on paying?", "要不要公开拖欠了
# 多少合同": a figure someone must publish or report is what they disclose; the question asks
# whether they must, not for the figure (r14: refused for stating no number of contracts).
_DISCLOSED_FIGURE = re.compile(
    r"\b(?:publish|disclose|report|announce|reveal|make public|list|record)(?:es|s|ed|ing)?\s+how (?:many|much)\b"
    # (not "评价报告须在完成后多少日内报送": a report, the noun, due within days, r40)
    r"|(?:公开|公布|披露|报告|报送|载明)(?![须应要需必])[^，。？?]{0,8}?(?:多少|几)",
    re.IGNORECASE,
)


def _figures_asked(question: str) -> str:
    """The asking part of ``question``, without the figures it says someone discloses."""
    return _DISCLOSED_FIGURE.sub(" ", asking_part(question))


# A bound asked with no unit, which the story gives: "the bank says opening our account takes
# 'up to 10 working days'. What's the legal maximum…?" asks for working days (r29).
_BARE_BOUND = re.compile(
    r"\bwhat(?:'s| is| are)? the (?:legal |statutory |official |permitted )?(?:maximum|minimum|limit|cap|ceiling)\b"
    r"|(?:法定|规定)的?(?:上限|下限|最长期限|最短期限)(?:是)?(?:多少|什么)",
    re.IGNORECASE,
)


# A bound, or "the number", of no unit the question names (read after all that name one):
# "营业收入和资产总额的上限具体是多少", "What's the number in that law?" (r48).
_ANY_FIGURE = re.compile(r"[上下]限(?:具体)?(?:是|为)?多少|\bwhat(?:'s| is) the (?:number|figure)\b(?! of)", re.I)


@functools.lru_cache(maxsize=64)
def asked_units(question: str) -> frozenset[str]:
    """The units an answer must carry, when the question asks for a number. Cached: it is
    asked again for every sentence of every candidate clause."""
    original, question = question, _figures_asked(question)
    for pattern, units in _ASKS:
        if pattern.search(question):
            # Interest asked "how much" ("要付多少利息", "how much interest") is stated as a rate
            # (每日利率万分之五), as often as an amount.
            if units == {"yuan"} and _INTEREST.search(question):
                units = units | {"percent"}
            return frozenset(units)
    for pattern, units in _TERSE_ASKS_ZH:
        if pattern.search(question):
            return frozenset(units)
    if not has_chinese(question) and len(question.split()) <= 12 and not _VERB_QUESTION.search(question):
        for pattern, units in _TERSE_ASKS:
            if pattern.search(question):
                return frozenset(units)
    if _ANY_FIGURE.search(question):
        return _ALL_UNITS
    if _BARE_BOUND.search(question):
        told = {q.unit for q in quantities(original) if q.unit != "date"}
        return frozenset(told | {"day", "workday"} if told & {"day", "workday"} else told)
    return frozenset()


DEFINITION_QUESTION = re.compile(
    r"是什么意思|指什么|是指|什么是|含义|定义|何谓|所称|\bmean(s|ing)?\b|\bdefin(e|ed|ition)\b|what is an?\b"
    r"|\bwhat (?:makes|counts as|qualifies as)\b|\bwho counts as\b",
    re.IGNORECASE,
)
DEFINITION_CLAUSE = re.compile(r"所称|是指|\bmeans\b|\brefers to\b|\bdefined as\b")
# The term a clause defines: "本办法所称合规风险，是指…", "“X” means …".
_DEFINED_TERM = re.compile(
    r"([^，,。；\s]{2,30})[，,]?\s*是指|[“\"]([^”\"]{2,40})[”\"],?\s+(?:which\s+)?(?:means|refers to)",
    re.IGNORECASE,
)


def defines_asked_term(question: str, text: str) -> bool | None:
    """Whether ``text`` defines a term the question asks about (None: not a "what does X
    mean" question). The term may be asked in the other language (glossary)."""
    if not DEFINITION_QUESTION.search(question):
        return None
    asked = _asked_terms(question)
    for match in _DEFINED_TERM.finditer(text):
        term = next(g for g in match.groups() if g).split("所称")[-1]  # 本办法所称合规风险
        if normalize(term) in asked:
            return True
    return False


# "政务处分有哪几种", "what are the types of governmental sanctions": the clause that lists
# the kinds ("政务处分的种类为：（一）警告；…") answers, not every clause naming a kind.
KINDS_QUESTION = re.compile(
    r"哪几种|哪些种类|什么种类|有几种|多少种|哪几类|哪些类型|分为哪|种类有|种类是|几个等级|哪些等级|分几档"
    r"|\b(?:types|kinds|categories|forms|levels|grades)\s+of\b"
    r"|\bwhat\s+(?:types|kinds|categories|levels|grades)\b",
    re.IGNORECASE,
)
# What a listing clause lists the kinds of: "政务处分的种类为", "the types of X are".
_KINDS_OF = re.compile(
    r"([^，,。；：:\s]{2,30}?)的?(?:种类|类型|类别)(?:为|是|包括|有)"
    r"|\bthe (?:types|kinds|categories|forms) of ([a-z][a-z -]{2,40}?) (?:are|include|shall be)\b",
    re.IGNORECASE,
)


def lists_asked_kinds(question: str, text: str) -> bool | None:
    """Whether ``text`` lists the kinds of something the question asks the kinds of (None:
    not a "what kinds of X are there" question)."""
    if not KINDS_QUESTION.search(question):
        return None
    asked = _all_wordings(question)
    for match in _KINDS_OF.finditer(text):
        listed = normalize(next(g for g in match.groups() if g))
        if any(term in listed for term in asked):
            return True
    return False


# A clause setting the period of a term other clauses use: "第八条 政务处分的期间为：（一）警告，
# 六个月；…" for 第十九条's "在政务处分期内，不得晋升职务"; the term starts its sentence.
_SETS_PERIOD = re.compile(r"^(?:第[一二三四五六七八九十百零]+条\s*)?([\u4e00-\u9fff]{2,8}?)的?(?:期间|期限)为")
PERIOD_UNITS = frozenset({"day", "workday", "month", "year"})


def defined_periods(text: str) -> list[str]:
    """The terms whose period ``text`` sets ("政务处分" for "政务处分的期间为：…"), when it
    states one."""
    terms = []
    for sentence in re.split(r"[。；;\n]", text):
        match = _SETS_PERIOD.match(sentence.strip())
        if match and any(q.unit in PERIOD_UNITS for q in quantities(text)):
            terms.append(match.group(1))
    return terms


_LISTED_KIND = re.compile(r"[（(][一二三四五六七八九十\d]+[）)]\s*([^；;。.\n（(]{1,12}?)\s*[；;。.]")


def listed_kinds(text: str) -> list[frozenset[str]]:
    """The closed sets of kinds a clause lists: "政务处分的种类为：（一）警告；（二）记过；…（六）
    开除。" gives {警告, 记过, 记大过, 降级, 撤职, 开除}. Each is one of a kind and none of the
    others: what a fragment says of 撤职 it does not say of 开除."""
    sets = []
    for match in _KINDS_OF.finditer(text):
        rest = text[match.end() :]
        items: list[str] = []
        previous_end = 0
        for item in _LISTED_KIND.finditer(rest):
            if rest[: item.start()].strip(" ：:\n；;") and not items:
                break  # the list must follow the lead-in
            if items and rest[previous_end : item.start()].strip():
                break  # the list has ended
            items.append(item.group(1).strip())
            previous_end = item.end()
        if len(items) >= 2:
            sets.append(frozenset(items))
    return sets


@functools.lru_cache(maxsize=64)
def _all_wordings(question: str) -> frozenset[str]:
    """The question's words of two or more characters and their glossary renderings, every
    one, not only the longest (_asked_terms): "governmental sanctions" renders as 政务处分 and
    不予政务处分, and the clause listing the sanctions names the shorter. Cached: every
    candidate clause asks again."""
    return frozenset(t for t in tokenize(question + " " + translate_terms(question)) if len(t) >= 2)


@functools.lru_cache(maxsize=64)
def _asked_terms(question: str) -> frozenset[str]:
    """The question's terms and their glossary counterparts, whole terms only: the clause
    defining 合规 does not define 首席合规官. Cached: every candidate clause asks again."""
    translated = translate_terms(question)
    terms = set(tokenize(question + " " + translated)) | set(normalize(translated).split())
    return frozenset(t for t in terms if not any(t != longer and t in longer for longer in terms))


# "文号是什么", "what is the document number": the number a document was issued under, which
# its metadata holds and its heading states.
_ASKS_DOCUMENT_NUMBER = re.compile(
    r"文号|发文字号|第几号令|令第几号|\b(?:document|reference|file)\s+(?:number|no\b)", re.IGNORECASE
)


def asks_document_number(question: str) -> bool:
    return _ASKS_DOCUMENT_NUMBER.search(question) is not None


def states_document_number(question: str, text: str, doc_number: str | None) -> bool | None:
    """Whether ``text`` states ``doc_number``, its document's number, when the question asks
    for it; None when the question does not ask or the document has no number."""
    if not doc_number or not asks_document_number(question):
        return None
    return normalize(doc_number) in normalize(text)


# Asked when something takes effect, a date counts only beside words of taking effect: a
# regulation's heading also carries its adoption and revision dates.
_ASKS_ISSUE_DATE = re.compile(r"发布|印发|公布|issued|published|promulgated", re.IGNORECASE)
# A date on a line of its own closes a notice under its issuer's name: the day it was issued
# ("National Development and Reform Commission\nAugust 5, 2023").
_SIGNATURE_DATE = re.compile(
    r"^[^\S\n]*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[a-z]+ \d{1,2}, \d{4})[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


def closing_date(text: str) -> bool:
    """Whether ``text`` is a date on a line of its own, as a notice closes."""
    return _SIGNATURE_DATE.fullmatch(text.strip()) is not None


_DATE_EVENTS = [
    (re.compile(r"施行|生效|实施|effect|force|effective", re.IGNORECASE),
     re.compile(r"施行|生效|实施|\beffect|\bforce\b|effective", re.IGNORECASE)),
    (_ASKS_ISSUE_DATE, re.compile(
        rf"发布|印发|公布|令|\bissued|published|promulgated|{_SIGNATURE_DATE.pattern}",
        re.IGNORECASE | re.MULTILINE,
    )),
]


def dated_event(text: str) -> re.Pattern[str] | None:
    """What a statement of a date would say happened on it, for the event ``text`` dates (taking
    effect, being issued); None when it names neither."""
    for _, stated in _DATE_EVENTS:
        if stated.search(text):
            return stated
    return None


def states_asked_figure(
    question: str, text: str, kind_sets: Iterable[frozenset[str]] = ()
) -> bool | None:
    """Whether ``text`` states the kind of figure the question asks for (None: asks for none).
    Asked of one kind of a listed set (``kind_sets``: 记大过 of the six 政务处分), a sentence
    stating it of other kinds only ("对于受到降级以上政务处分的，…一个月内…"; "（四）降级、撤职，
    二十四个月；") does not state it."""
    units = asked_units(question)
    if not units:
        return None
    if units == {"date"}:
        for asked, stated in _DATE_EVENTS:
            if asked.search(question) and not stated.search(text):
                return False
    sentences = [s for s in re.split(r"[。\n]", text) if not of_other_kinds(s, question, kind_sets)]
    return any(q.unit in units for s in sentences for q in quantities(s))


@functools.lru_cache(maxsize=64)
def _naming_kinds(asked: str) -> str:
    """``asked`` with its glossary renderings: an English question names 记过 as "demerit". A
    rendering found inside a more specific one's is not named: "a serious demerit" (记大过)
    says "demerit" too, and the line stating 记过's period was quoted for it."""
    renderings = translate_terms(asked).split()
    specific = [t for t in renderings if not any(u != t and _subsequence(t, u) for u in renderings)]
    return f"{asked} {' '.join(specific)}"


def _subsequence(short: str, long: str) -> bool:
    """Whether ``short``'s characters occur in ``long`` in order (记过 in 记大过)."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def of_other_kinds(text: str, asked: str, kind_sets: Iterable[frozenset[str]]) -> bool:
    """Whether ``text`` names kinds of a listed set (`listed_kinds`) and none of those ``asked``
    names, in either language: "（四）降级、撤职，二十四个月" says nothing of 开除, 记大过 or a
    "demerit"."""
    asked = _naming_kinds(asked)
    for kinds in kind_sets:
        claimed = {k for k in kinds if k in asked}
        named = {k for k in kinds if k in text}
        if claimed and named and not named & claimed:
            return True
    return False


def of_no_kind_asked(text: str, asked: str, kind_sets: Iterable[frozenset[str]]) -> bool:
    """Whether ``asked`` names a kind of a listed set (in either language) and ``text`` names
    no kind of it at all."""
    asked = _naming_kinds(asked)
    return any(
        any(k in asked for k in kinds) and not any(k in text for k in kinds) for kinds in kind_sets
    )


# "多少个场景", "how many batches": a count of things, asked by noun; the Chinese noun is
# jieba's first word after the measure word.
_MEASURE_WORDS = "个项种类条批家份位次所"
_ASKS_COUNT_ZH = re.compile(rf"(?:多少|几)[{_MEASURE_WORDS}]([\u4e00-\u9fff]+)")
_ASKS_COUNT_EN = re.compile(r"\bhow many ([a-z][a-z-]+)", re.IGNORECASE)
_ASKS_PLURAL_EN = re.compile(r"\bhow many (?:[a-z][a-z-]+ ){0,2}?([a-z][a-z-]+s)\b", re.IGNORECASE)
_COUNT_ZH = rf"[\d零一二三四五六七八九十百千两]+\s*[{_MEASURE_WORDS}]?\s*"
_COUNT_EN = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)"
)


# A number of things a text states: "29 industry sectors", "33个场景". The Chinese noun is
# jieba's first word after the measure word; the English one the first plural of the two words
# after the number. Not "第二批" (an ordinal), not one thing ("一个部门" is "a department"), not
# a year ("2023 reforms"), and not what ``quantities`` reads (个月, 个工作日).
_STATED_COUNT_ZH = re.compile(
    rf"(?<!第)([\d零二三四五六七八九十百千两]+)\s*([{_MEASURE_WORDS}])([\u4e00-\u9fff]+)"
)
_STATED_COUNT_EN = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z-]+)(?:\s+([a-z-]+))?"
)


def counts(text: str) -> set[Quantity]:
    """Every number of things in ``text``, each a Quantity of unit "count:<noun>": "39 industry
    sectors" is (39, "count:sector"), "33个场景" is (33, "count:个场景"), so that a claim's
    count is compared with the clause's count of the same things."""
    found: set[Quantity] = set()
    lowered = normalize(text)
    for number, measure, rest in _STATED_COUNT_ZH.findall(lowered):
        noun = jieba_words(rest)[0] if rest else ""
        value = _value(number)
        # 个月 and 个工作日 are units; 两个以上, 两批一共 count no noun.
        if value and value > 1 and len(noun) >= 2 and noun[0] not in "月工以一共的或及和与中内上下左多余":
            found.add(Quantity(value, f"count:{measure}{noun}"))
    for number, first, second in _STATED_COUNT_EN.findall(lowered):
        value = float(_EN_NUMBER_WORDS.get(number) or number)
        if value <= 1 or 1900 <= value <= 2100:
            continue
        plural = next(
            (w for w in (first, second) if len(w) > 3 and w.endswith("s") and not w.endswith("ss")),
            None,
        )
        if plural and first not in _EN_UNITS and plural not in _EN_UNITS:  # "two staff members" are people
            found.add(Quantity(value, f"count:{plural[:-1]}"))
    return found


@functools.lru_cache(maxsize=64)
def counted_noun(question: str) -> str | None:
    """What a "how many X" question counts; None when it asks for no count of things, or for
    a unit that ``asked_units`` knows (days, people, yuan). Cached: every sentence asks again."""
    if asked_units(question):
        return None
    question = _figures_asked(question)  # "派几个员工过去帮忙。能不能不给？" counts nothing
    # The plural after up to two words that qualify it: "how many typical scenarios" counts
    # scenarios (r36).
    if match := _ASKS_PLURAL_EN.search(question) or _ASKS_COUNT_EN.search(question):
        return normalize(match.group(1))
    if match := _ASKS_COUNT_ZH.search(question):
        return jieba_words(match.group(1))[0]
    return None


@functools.lru_cache(maxsize=64)
def _counted_forms(noun: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The noun's Chinese forms and English stems, the glossary's counterparts included."""
    forms = [noun, *glossary_counterparts(noun)]
    chinese = tuple(f for f in forms if has_chinese(f))
    stems = frozenset(t for f in forms if not has_chinese(f) for t in tokenize(f)[-1:])
    return chinese, stems


def states_asked_count(question: str, text: str) -> bool | None:
    """Whether ``text`` puts a number to what the question counts ("33 scenarios" for "多少个
    场景", in either language through the glossary); None when it counts nothing."""
    noun = counted_noun(question)
    if noun is None:
        return None
    chinese, stems = _counted_forms(noun)
    lowered = normalize(text)
    if any(re.search(_COUNT_ZH + re.escape(f), lowered) for f in chinese):
        return True
    return any(stems & set(tokenize(m.group(1))) for m in _COUNT_EN.finditer(lowered))


def missing_count(question: str, clause_texts: list[str]) -> str | None:
    """The question asks how many of something ("how many words", "多少个场景") and no clause
    puts a number to it. Not "几个": "派几个员工去帮忙" is "a few staff", asking nothing."""
    asks = _ASKS_COUNT_EN.search(question) or re.search(rf"多少[{_MEASURE_WORDS}]", question)
    noun = counted_noun(question)
    if not asks or noun is None:
        return None
    # A clause counts the noun only in a language the noun has a form in: "members" has no
    # Chinese one, so "由二名以上工作人员进行" can neither count nor fail to count it.
    chinese, stems = _counted_forms(noun)
    judged = [t for t in clause_texts if (chinese if has_chinese(t) else stems)]
    if not judged or any(states_asked_count(question, t) for t in judged):
        return None
    # "How many types of sanctions are there?": the clause listing them counts them.
    if any(lists_asked_kinds(question, t) for t in clause_texts):
        return None
    return "asked-for figure not stated"


def missing_quantity(question: str, clause_texts: list[str]) -> str | None:
    """The question asks for an amount/period the clauses never state, in a fragment about
    the question: "1年期贷款市场报价利率" does not answer "诉讼时效是几年？"."""
    units = asked_units(question)
    if not units:
        return None
    # "多久报告一次": 每年 answers it, though it states no number of days
    if _ASKS_FREQUENCY.search(asking_part(question)) and _states_frequency(question, clause_texts):
        return None
    fragments = _fragments_about(question, clause_texts)
    if "date" in units and _ASKS_ISSUE_DATE.search(question):
        # The closing date shares no word with the question; it is about the whole document.
        fragments += [m.group(0) for text in clause_texts for m in _SIGNATURE_DATE.finditer(text)]
    annual = "date" in units and _ANNUAL.search(asking_part(question)) is not None
    stated = {q.unit for f in fragments for q in quantities(f) if not (annual and _of_one_year(q))}
    if stated & units:
        return None
    return "asked-for figure not stated"


# "By what date each year must the annual report be submitted?": a date of every year (“每年3月
# 31日前”), not one of a particular year ("2022年8月23日…公布", the measures' own date; r19).
_ANNUAL = re.compile(r"每年|每一年|年度|\b(?:each|every|per) year\b|\bannual(?:ly)?\b|\byearly\b", re.IGNORECASE)


def _of_one_year(quantity: Quantity) -> bool:
    """A date of a particular year (a yearly date, "3月31日", is read with year 0)."""
    return quantity.unit == "date" and quantity.value >= 10000


# "How often must the compliance committee meet?", "董事会每年要听几次汇报？": a frequency,
# which "定期召开会议" (regularly) does not state.
_ASKS_FREQUENCY = re.compile(
    # (asked, not told: "affect how often we get inspected" asks whether; "查了好几次" is a story)
    r"\bhow (?:often|frequently) (?:must|should|shall|do|does|did|is|are|will|can|has|have)\b"
    r"|\bhow many times (?:a|per|each|every) (?:year|month|quarter|week)\b"
    r"|多久[^，。？?]{0,6}一次|(?:每|一)(?:年|季度|个月|月)[^，。？?]{0,20}(?<!好)(?:几|多少)次"
    r"|(?:频率|频次)(?:是|为)?(?:多少|怎样|如何)"
    # "评价频次是每年一次还是每三年一次？" (r44)
    r"|(?:频率|频次)(?:是|为)[^，。？?]{0,14}还是"
    # "会议频次是否规定为每季度至少召开一次？" (r52)
    r"|(?:频率|频次)[^，。？?]{0,4}(?:是否|有无|有没有)|是否(?:规定|要求)为?每(?:年|半年|季度|个?月|周)",
    re.IGNORECASE,
)
_STATES_FREQUENCY = re.compile(
    r"每(?:年|季度|半年|个?月|周|日|天)|[一二两三四五六\d]次"  # (not 年度报告, an annual report)
    r"|\b(?:annual(?:ly)?|quarterly|monthly|weekly|daily|once|twice)\b"
    r"|\b(?:every|each|a|per) (?:year|quarter|month|week|day)\b",
    re.IGNORECASE,
)


def missing_frequency(question: str, clause_texts: list[str]) -> str | None:
    """The question asks how often something happens and no clause fragment about it says."""
    if not _ASKS_FREQUENCY.search(asking_part(question)):
        return None
    return None if _states_frequency(question, clause_texts) else "asked-for figure not stated"


def _states_frequency(question: str, clause_texts: list[str]) -> bool:
    return any(_STATES_FREQUENCY.search(f) for f in _fragments_about(question, clause_texts, shared=2))


# Which way a figure is bounded: asked for ("利率上限多少", "the maximum fee") and stated
# ("约定利率不得低于…", "shall not exceed 60 days").
_ASKS_BOUND = {
    # (not 最高人民法院, nor "投诉最多的" / "最少的", the most or fewest of something)
    "upper": re.compile(r"上限|最高(?!人民)|最多(?!的)|最长|封顶|\b(?:cap|ceiling|maximum|max|upper limit|at most)\b", re.I),
    "lower": re.compile(r"下限|最低|最少(?!的)|最短|至少|\b(?:floor|minimum|min|lower limit|at least)\b", re.I),
}
_STATES_BOUND = {
    "upper": re.compile(
        r"不得(?:超过|高于|多于|长于)|不超过|不高于|最高|最多|最长|上限"
        r"|\b(?:not|never) (?:to )?exceed|\bno (?:more|longer|higher) than\b|\bat most\b|\bup to\b|\bmaximum\b",
        re.I),
    "lower": re.compile(
        r"不得(?:低于|少于|短于)|不低于|不少于|最低|最少|至少|下限"
        r"|\bnot (?:be )?(?:lower|less|fewer|shorter) than\b|\bno (?:less|lower|fewer|shorter) than\b"
        r"|\bat least\b|\bminimum\b",
        re.I),
}


def other_bound(question: str, clause_texts: list[str]) -> str | None:
    """The question asks for a figure's upper bound ("逾期利息利率上限多少？") and the clause
    fragments about it bound it only from below ("约定利率不得低于合同订立时1年期贷款市场报价
    利率"), or the reverse: the fragment that does, which answers another question."""
    asking = asking_part(question)
    asked = [bound for bound, pattern in _ASKS_BOUND.items() if pattern.search(asking)]
    if len(asked) != 1:
        return None
    other = "lower" if asked[0] == "upper" else "upper"
    fragments = _fragments_about(question, clause_texts)
    if any(_STATES_BOUND[asked[0]].search(f) for f in fragments):
        return None
    # The fragment shown as bounding the other way must be about the figure asked, not share
    # one word with the question: "合同订立时…不得低于" is no answer to "the maximum performance
    # bond, as a percentage of the contract price" (r20), however it bounds its own rate.
    about = _fragments_about(question, clause_texts, shared=2)
    bounding = next((f for f in about if _STATES_BOUND[other].search(f)), None)
    return f"{asked[0]} bound not stated: {bounding.strip()}" if bounding else None


# "条例里具体的划分标准是怎么定的", "what are the exact thresholds": the criteria themselves.
_ASKS_CRITERIA = re.compile(
    r"具体(?:的)?(?:划分|认定|计算)?(?:标准|数字|数额|门槛|条件)|(?:划分|认定|界定)标准|按什么标准"
    r"|\b(?:exact|specific|concrete) (?:criteria|thresholds?|figures?|numbers?|cut-?offs?|standards?)\b"
    r"|\bwhat (?:are the )?(?:criteria|thresholds?)\b",
    re.IGNORECASE,
)
# A clause that leaves the criteria to another rule: "依据国务院批准的中小企业划分标准确定".
_DELEGATES = re.compile(
    r"依据[^，。；]{0,30}(?:标准|规定|办法)确定|按照国家有关规定|由国务院[^，。；]{0,20}(?:规定|制定)|另行(?:规定|制定)"
    r"|\b(?:as|where) (?:prescribed|provided|specified|determined) by\b"
    r"|\bin accordance with (?:the )?relevant (?:national )?(?:provisions|regulations|rules)\b",
    re.IGNORECASE,
)


def delegated_criteria(question: str, clause_texts: list[str]) -> str | None:
    """The question asks for criteria or thresholds ("算不算中小企业？具体的划分标准是怎么定的？")
    and the nearest clause, stating no figure, leaves them to another rule, which is not indexed:
    the fragment that says so."""
    if not clause_texts or not _ASKS_CRITERIA.search(asking_part(question)):
        return None
    first = clause_texts[0]
    delegation = _DELEGATES.search(first)
    if delegation is None or quantities(first):
        return None
    fragment = next(f for f in re.split(r"(?<=[；;。])", first) if delegation.group(0) in f)
    return f"delegated criteria: {fragment.strip()}"


# A particular tax, or an invoice of one, asked or stated.
_PARTICULAR_TAX = re.compile(
    r"个人所得税|个税|企业所得税|增值税|印花税|消费税|红字发票|专用发票|红冲"
    r"|\b(?:income|value[- ]added|stamp|gift|inheritance|consumption) tax\b|\bVAT\b|\bGST\b|\bstamp duty\b",
    re.I,
)


# Details a question may ask for that a clause names in words of its own: "需要提交哪些材料"
# is answered only by a clause that names materials or proof, "can we complain anonymously"
# only by one that speaks of anonymity or real names. (what the question asks, what a clause
# stating it says, the detail's name in each language)
_ASKED_DETAILS = [
    (
        re.compile(r"匿名|\banonym", re.I),
        re.compile(r"匿名|实名|\banonym|\breal[- ]name", re.I),
        {"zh": "能否匿名", "en": "anonymity"},
    ),
    (
        re.compile(
            r"(?:(?:提交|提供|准备)(?:哪些|什么|啥|几样|几份)|(?:哪些|什么|啥|几样|几份))(?:证明|证据|申请)?材料"
            # (not "提供哪些服务", "提供什么样的登记服务": a service asked for, not papers)
            r"|(?:提交|提供|准备)(?:哪些|什么|啥)(?![^，,。？?]{0,14}(?:服务|支持|帮助|保障|指导|便利|政策|措施|渠道|途径|平台|保护))"
            r"|\bwhat (?:documents|materials|paperwork|evidence|proof)\b[^?]{0,40}"
            r"\b(?:submit|provide|send|prepare|bring|file|attach)"
            # (not "add paperwork burdens on us": a burden, not papers asked for)
            r"|\b(?:what|which|any) paperwork\b|\bpaperwork (?:do|does|is|are|must|should) (?:we|i|you|they)\b",
            re.I,
        ),
        re.compile(
            r"材料|证明|证据|证照|文书|\bdocuments?\b|\bmaterials?\b|\bevidence\b|\bproof\b|\bpaperwork\b",
            re.I,
        ),
        {"zh": "需要提交哪些材料", "en": "the materials to submit"},
    ),
    # "合规管理员要持证上岗吗？", "What qualifications does the chief compliance officer need?":
    # a person's qualifications, which the documents never set (they say who holds a post,
    # not what that person must have). Not "a certificate not on the published list": that
    # is a proof (证明) asked of a business.
    (
        re.compile(
            r"任职资格|(?:职业|执业|从业)资格|持证上岗|资格(?:要求|条件)|(?:什么|哪些|啥)(?:样的)?资格"
            r"|\bqualifications?\b|\bcertified (?:compliance|public|legal)|\blicensed (?:lawyer|attorney|accountant)"
            r"|\bprofessional (?:certificate|licen[cs]e|qualification)s?\b|\bbar (?:exam|admission)",
            re.I,
        ),
        re.compile(
            r"资格|资质|持证|证书|执业|学历|工作经验|\bqualif|\bcertif|\blicen[cs]|\bexperience\b|\bdegree\b",
            re.I,
        ),
        {"zh": "任职资格要求", "en": "the qualifications required"},
    ),
    # "How long do we have to sue before the claim is time-barred?", "诉讼时效是几年": a limitation
    # period, which the documents never set (their days are payment terms and handling times;
    # r24, r25).
    (
        # (Not one for prosecution: 民营经济促进法 第六十三条 names 追诉期限.)
        re.compile(
            r"诉讼时效|起诉期限|\btime[- ]barred\b"
            r"|\b(?:limitation periods?|statutes? of limitations?)\b(?! for (?:criminal )?prosecution)",
            re.I,
        ),
        re.compile(r"时效|\blimitation\b|time[- ]barred", re.I),
        {"zh": "诉讼时效", "en": "a limitation period"},
    ),
    # "为讨债花的律师费、财产保全费能不能要求对方承担？", "诉讼费能不能减免或者缓交？": the costs
    # of going to law, which no document allocates or waives (cn, r28).
    (
        re.compile(
            r"律师费|诉讼费|保全费|仲裁费|鉴定费|公证费"
            r"|\b(?:legal|lawyer'?s?|attorney'?s?|court|litigation|arbitration|notary|notari[sz]ation) (?:fees|costs)\b",
            re.I,
        ),
        re.compile(
            r"律师费|诉讼费|保全费|仲裁费|鉴定费|公证费"
            r"|\b(?:legal|attorney|court|litigation|notary|notari[sz]ation) (?:fees|costs)\b",
            re.I,
        ),
        {"zh": "律师费、诉讼费等费用", "en": "the costs of going to law"},
    ),
    # "Which metro station is closest to the Liby Center, and is there parking?" (r34, r36): how
    # to get to a place the report names, which no document says.
    (
        re.compile(
            r"停车|地铁|公交|开放时间|营业时间|怎么去|怎么走"
            # (not "unpaid parking tickets": a fine, r5)
            r"|\bparking\b(?!\s+(?:tickets?|fines?|violations?))|\bmetro\b|\bsubway\b|\bbus (?:line|route|stop)s?\b"
            r"|\bopening hours\b"
            r"|\bhow (?:do|can) (?:we|i) get there\b",
            re.I,
        ),
        re.compile(r"停车|地铁|公交|开放时间|\bparking\b|\bmetro\b|\bsubway\b|\bopening hours\b", re.I),
        {"zh": "交通、停车或开放时间", "en": "directions, parking or opening hours"},
    ),
    # "What withholding tax rate applies to dividends…?" (r46): a tax rate, which no document sets
    # (their rates are of late-payment interest).
    (
        re.compile(r"税率|\btax rates?\b|\bwithholding tax\b", re.I),
        re.compile(r"税率|\btax rates?\b", re.I),
        {"zh": "税率", "en": "a tax rate"},
    ),
    # How a particular tax is assessed or an invoice issued ("个人所得税是单独计税还是并入综合所得",
    # "红字发票怎么开", r51, r55, r56): the documents name no tax but to speed up filing it.
    (_PARTICULAR_TAX, _PARTICULAR_TAX, {"zh": "具体税种的处理", "en": "how a particular tax is treated"}),
    # "附近有什么好吃的早茶", "any decent dim sum places around there?" (r40): where to eat or
    # stay near a place the report names.
    (
        re.compile(
            r"(?:推荐|有什么|有啥|有没有|哪家|哪里有)[^，。？?]{0,6}(?:餐厅|饭店|餐馆|酒店|宾馆|茶楼|好吃的|吃饭的地方)"
            r"|\b(?:any|good|decent|nice|recommend(?:ed|ations?)?)\b[^?.]{0,20}"
            r"\b(?:dim sum|restaurants?|places? to (?:eat|stay)|hotels?|cafes?)\b",
            re.I,
        ),
        re.compile(r"餐厅|饭店|餐馆|酒店|宾馆|茶楼|\brestaurants?\b|\bhotels?\b|\bdim sum\b|\bcafes?\b", re.I),
        {"zh": "餐饮或住宿推荐", "en": "places to eat or stay"},
    ),
    # "我们往上报要填个啥表？有没有统一格式？", "Is there a standard form or template?" (r38): a
    # form to fill in, which a clause names as such.
    (
        re.compile(
            r"填(?:个|一张|什么|啥|哪个|哪些|哪种)(?:样的)?表|(?:什么|啥|哪个|哪种)表格|统一(?:的)?(?:格式|模板|表格)"
            r"|格式(?:文本|模板)|(?:有没有|有无|是否有)(?:固定|统一|规定)?的?(?:模板|范本)"
            r"|\b(?:what|which) forms? (?:do|does|should|must|shall|to)\b|\b(?:standard|prescribed|official) "
            r"(?:form|template)s?\b|\bis there a (?:form|template)\b",
            re.I,
        ),
        re.compile(r"表格|格式|模板|范本|示范文本|\bforms?\b|\btemplates?\b", re.I),
        {"zh": "表格或格式", "en": "a form or template"},
    ),
    # "具体有哪些一级指标、每项各占多少权重" (r39): an evaluation's indicators and weights, which
    # a clause names as such.
    (
        re.compile(r"权重|(?:一|二|三)级指标|指标体系|(?:哪些|什么)指标|\bweight(?:ing)?s?\b|\bindicators?\b", re.I),
        re.compile(r"权重|指标|\bweight|\bindicator", re.I),
        {"zh": "指标或权重", "en": "indicators or weights"},
    ),
    (
        # "Which board committee does the CCO report to?": a clause naming a committee.
        re.compile(r"哪个(?:专门)?委员会|\bwhich (?:\w+ )?committees?\b", re.I),
        re.compile(r"委员会|\bcommittees?\b|\bcommissions?\b", re.I),
        {"zh": "哪个委员会", "en": "which committee"},
    ),
    # "投诉平台 网址", "What's the hotline number?": the address or number itself, which a clause
    # gives as such (the NDRC notice's "12345" hotline). Not "must SOEs publish a reporting
    # phone number?", which asks for a duty.
    (
        re.compile(
            r"网址|网站地址|官网地址|链接地址|邮箱地址"
            r"|\b(?:url|web ?address|website address|web link|email address)(?:es)?\b"
            r"(?! (?:to|for|must|shall|should))",
            re.I,
        ),
        re.compile(r"https?://|www\.|\.(?:gov|com|org|net)\b|\w@\w", re.I),
        {"zh": "网址", "en": "a web address"},
    ),
    (
        re.compile(
            r"电话号码|(?:电话|热线)(?:是)?(?:多少|几号)"
            r"|\b(?:(?:tele)?phone|hotline) numbers?\b(?! (?:to|for|must|shall|should))",
            re.I,
        ),
        re.compile(r"\d{5,}"),
        {"zh": "电话号码", "en": "a phone number"},
    ),
]


def missing_detail(question: str, clause_texts: list[str], language: str) -> str | None:
    """The question asks for a detail (the materials to submit, whether one may stay
    anonymous) that no clause fragment about the question mentions at all; the detail is
    named in ``language``, the answer's.

    A fragment is about the question when it shares two of its words other than those naming
    the detail: "证明事项…政府部门内部核查…" shares 证明 and 政府 with "投诉政府违约，需要提交
    哪些证明材料", but speaks of proof for administrative services, not of complaints.
    """
    # "同事被人匿名乱告了一通…。监委查完会不会出面替他澄清？": a detail of the story is not asked.
    asking = asking_part(question)
    for asked, stated, name in _ASKED_DETAILS:
        if not asked.search(asking):
            continue
        topic = stated.sub(" ", asked.sub(" ", question))
        fragments = _fragments_about(topic, clause_texts, shared=2)
        if not any(stated.search(f) for f in fragments):
            return f"asked-for detail not stated: {name[language]}"
    return None


def _asking_phrase(question: str) -> str:
    """The phrase (between commas) that asks for a figure: "要等多久才能再升职"; "" if none."""
    question = asking_part(question)
    for pattern, _ in _ASKS:
        if match := pattern.search(question):
            start = max(question.rfind(c, 0, match.start()) for c in "，,；;。") + 1
            ends = [i for c in "，,；;。？?" if (i := question.find(c, match.end())) >= 0]
            return question[start : min(ends, default=len(question))]
    return ""


_IN_FORCE_WORDS = frozenset({"施行", "生效", "实施"})


# Units that count people or points name what is counted ("how many staff"), which is a topic.
_COUNTED = frozenset({"person", "point"})


@functools.lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """The words of the units figures are counted in (工作日, "working days"): a fragment stating
    "10个工作日内转交投诉" shares the unit with "企业开办几个工作日办完" and nothing it is about."""
    units = [word for word, unit in [*_ZH_UNITS.items(), *_EN_UNITS.items()] if unit not in _COUNTED]
    return frozenset(tokenize(" ".join(units)))


def _fragments_about(question: str, clause_texts: list[str], shared: int = 1) -> list[str]:
    """The clause fragments (split at ；。 and line ends) that share ``shared`` content words
    with the question (or with its glossary translation), numbers left aside, or that use the
    documents' wording of an everyday word in the phrase asking for the figure, whole
    ("验收以后多久付钱" → 支付; "质保金" → 工程质量保证金, not any fragment with 工程). (Only that
    phrase: "区里有个干部…，标准是多少" asks nothing of 公职人员.)"""
    topic = {
        t for t in tokenize(question + " " + translate_terms(question))
        if len(t) >= 2 and not re.search(r"[\d零一二三四五六七八九十百千万两]", t)
    } - _unit_words()
    # Taking effect is one event however it is worded: "哪天生效" is answered by "本法自…起施行".
    if topic & _IN_FORCE_WORDS:
        topic |= _IN_FORCE_WORDS
    wordings = formal_terms(_asking_phrase(question)).split()
    about = []
    for text in clause_texts:
        lead_words: set[str] = set()
        for f in re.split(r"[；;。\n]", text):
            words = set(tokenize(f))
            # A list item is read with its lead-in: "（一）警告，六个月" is about "政务处分的期间",
            # which an English question asks for as "the sanction period" (r41).
            if opens_list_item(f):
                words |= lead_words
            elif f.strip():
                lead_words = words if introduces_list(f) else set()
            if len(topic & words) >= shared or any(w in f for w in wordings):
                about.append(f)
    return about


def contradicted_premise(question: str, clause_texts: list[str]) -> str | None:
    """A confirmation question asserts a figure that the clauses state differently.

    Figures are compared within clause fragments (split at ；。 and line ends) that share a
    word with the question: "警告，六个月；记过，十二个月" contradicts "警告的期间是十二个月"
    although twelve months is stated, for another sanction.
    """
    if not _CONFIRMATION.search(question):
        return None
    asserted = quantities(question)
    if not asserted:
        return None
    fragments = _fragments_about(question, clause_texts)
    for quantity in asserted:
        stated = {q for f in fragments for q in quantities(f) if q.unit == quantity.unit}
        if stated and quantity not in stated:
            return "premise contradicted"
    return None


# "…，对吗？" / "…, right?": the question asks to confirm what precedes the tag.
_TAG_WORDS = (
    r"(?:对吗|是吗|是不是|对不对|没错吧|对吧|是这样吗|是真的吗|吧|係咪|係唔係|啱唔啱"
    r"|right|correct|isn'?t it|is that (?:right|true|correct)|true)"
)
_CONFIRMATION_TAG = re.compile(r"\s*[，,]?\s*" + _TAG_WORDS + r"\s*[？?]?\s*$", re.IGNORECASE)
# "…, and is there any reward if I'm right?" ends on a condition, not a tag: the whistle-blower
# asks; the question was read as a claim and "contradicted" (r14).
_CONDITION_BEFORE_TAG = re.compile(r"\bif\s+\w+(?:'m|'s|'re|\s+(?:am|is|are))\s*$", re.IGNORECASE)
# "既然…，那…" / "Since …, …": the question takes a claim as given and asks something else.
# Heard second-hand, and what a document is said to say: "听说", "政务处分法规定", "发改委通知里说".
_HEARSAY = (
    r"(?:(?:听说|据说|我听说|有人说|听(?:人|别人|朋友|同事)(?:说|讲)"
    # "我一个开印刷厂的朋友说，条例里有规定，…" (r55)
    r"|我(?:一个|有个|的)?[^，,。？?]{0,10}?(?:朋友|同事|同行|老乡|亲戚)(?:说|讲))[，,：:]?)"
)
# An article as Chinese cites it: "第七十条", "第9条".
_ARTICLE_ZH = r"第[零一二三四五六七八九十百\d]+条"
# Not a claim where a question begins asking why (it asks the claim back) or supposing (a
# condition, not a claim).
_NOT_WHY = r"(?!为何|为什么|为啥|凭什么)"
_NOT_SUPPOSED = r"(?!如果|假如|要是|若|万一|假设|假定)"
# A document as users name it: "政务处分法", "《优化营商环境条例》", "发改委通知".
_DOCUMENT_NAMED = r"(?:[^，,。？?]{0,16}?(?:法|条例|办法|通知|指引|文件))》?"
_DOCUMENT_SAYS = (
    # "《优化营商环境条例》第六十二条明确规定…" (r29): an article, and an adverb, may come between
    _DOCUMENT_NAMED + r"(?:" + _ARTICLE_ZH + r"(?:第[一二三四五六七八九十]+款)?)?"
    # ("第七十条允许新一届县政府…", r42)
    r"里?面?有?(?:明确|明文|清楚)?(?:规定|要求|明确|说|提到|写着|写了|允许|准许|禁止)"
)
# Where a claim the user builds on may begin: the question's start, or after a sentence of
# their story or a label ("简答题：《…》第七条规定…，请写出…", r29).
_CLAIM_START = r"(?:^|(?<=[。！!：:]))"
# An article named in a claim ("第七十条规定…", "Article 12 requires…").
_ARTICLE_NAMED = re.compile(_ARTICLE_ZH + r"|\b(?:Article|Art\.) \d+", re.IGNORECASE)
# "按政务处分法，复审期间原处分要暂停执行，那…？" (r28): the user's reading of a document, then
# the question built on it.
# Also as someone else reads it, at an article: "他说按《政务处分法》第二十四条，被开除的人满五年
# 以后就能重新报考公务员了，问我们…" (r35).
_ACCORDING_TO = r"(?:按|按照|根据|依照|依据|依(?!法))"  # (not 依法, "by law")
_AS_UNDERSTOOD = re.compile(
    _CLAIM_START + r"(?:(?:他|她|对方|有人|同事|领导|老板|朋友)(?:说|讲))?" + _ACCORDING_TO
    + _DOCUMENT_NAMED + r"(?:" + _ARTICLE_ZH + r")?"
    + r"(?:的?规定)?[，,]([^，,。？?]{6,}?)[，,]\s*(?:那么|那|所以|因此|请?问)"
    # ... at an article, a sentence of its own, a story and a question after it: "依《公职人员
    # 政务处分法》第八条，撤职处分的期间为三十六个月。我集团一名被撤职的…能否…？" (r44)
    r"|" + _CLAIM_START + _ACCORDING_TO + _DOCUMENT_NAMED + _ARTICLE_ZH
    + r"(?:的?规定)?[，,]([^，,。？?]{6,}?)。(?=[^？?]*[？?])"
)
# What an article is said to say, a sentence of its own, then the question built on it: "政务
# 处分法第十五条说，…最长可以到六十个月。那个副县长…，是不是…？" (r33), "Article 16 of the SME
# payment Regulations gives the contractor 15 days to confirm the debt – if it misses the 15
# days, …?" (r33, r34). (The question may have a comma; in English a story may come first, in
# Chinese it may say who "我们" are: "我们是大型民营企业。条例要求我们…" is read whole.)
_ARTICLE_SAYS_THEN_ASKED = re.compile(
    r"^" + _NOT_WHY + _NOT_SUPPOSED + _HEARSAY
    + r"?(?![^。？?]*(?:吗|呢|哪|什么|怎么|怎样|多少|(?<!好)几|谁|如何|是否|能否|可否))"
    # (the question may be followed by more of the story: "…他是不是要被开除了？？我现在要不要先
    # 别催他们还钱了", r37)
    r"(" + _DOCUMENT_SAYS + r"[，,：:]?[^。？?]{4,}?)。(?=[^。]*[？?](?:[？?]|\s*$|[^。？?]+[。！!]?\s*$))"
    r"|(?:^|(?<=[.!?]\s))((?:under )?(?:Article|Art\.) \d+ of (?:the )?[^,.?]{3,80}? (?:gives|allows|lets|requires|says|states|"
    r"provides|sets|caps|limits|obliges|bans|prohibits|permits|entitles|grants"
    # "Article 12 … has the chief compliance officer report to the board's audit committee" (r43)
    r"|has|makes|designates|assigns|names|puts|treats|exempts)\b[^.?!–—]{6,}?)"
    r"(?:\.\s+|\s[–—]\s)(?=.*\?\s*$)"
    # "Article 26 of the SME payment Regulations: once a public hospital is found dishonest…, its
    # operating budget is cut by 30% the next year. How does…?" (r44)
    r"|^(?:under )?(?:Article|Art\.) \d+ of (?:the )?[^,.?:]{3,80}?:\s+([^?!]{10,}?)\.\s+(?=[^.]*\?\s*$)",
    re.IGNORECASE,
)
_GIVEN_AFTER_SUBJECT = re.compile(r"^([^，,。？?]{2,30}?)既然([^，,。？?]{4,}?)[，,]")
_GIVEN = re.compile(
    r"^既然(.{4,}?)[，,]"
    r"|^" + _HEARSAY + r"(.{4,}?)[，,]\s*(?:那么|那|所以|因此|是不是|能不能)"
    # "央企对举报人是必须给奖励的，那标准怎么定？": a stated duty the question builds on (not a
    # hypothesis: 如果/假如… are conditions, not claims).
    r"|^" + _NOT_SUPPOSED + r"(.{6,}?(?:必须|一定要|应当|不用|无需|不必|只能).{0,30}?)[，,]\s*(?:那么|那)"
    # "政务处分法规定官员收礼超过5000元才给处分，那…？": what a document is said to say, then a
    # question (not "…规定的处分有哪几种，…": that part asks; not "…，对吗？": that confirms).
    # (Not "为何…第五十二条要求…": a why-question, asking the whole claim back.)
    r"|" + _CLAIM_START + _NOT_WHY + _HEARSAY
    + r"?(?![^，,。？?]*(?:吗|呢|哪|什么|怎么|怎样|多少|几|谁|如何|是否|能否|可否))"
    # (the question may be followed by more of the story: "…，那他半年以后是不是又能提拔了？我们
    # 以后还得跟他打交道，想心里有个数。", r42)
    r"(" + _DOCUMENT_SAYS + r"[^，,。？?]{4,}?)[，,](?=.*[？?]\s*$|\s*(?:那么|那|所以|因此)[^？?]*[？?])"
    r"(?!\s*" + _TAG_WORDS + r"\s*(?:[？?]|$))"
    # "听说款项支付条例规定，政府欠款超过一年，企业就可以…，具体怎么操作？": the claim runs on
    # after the comma, up to the last one before the question.
    r"|^" + _HEARSAY + r"?(" + _DOCUMENT_SAYS + r"[，,][^。？?]{4,}?)[，,]"
    r"(?=[^，,。？?]{2,}[？?]\s*$)(?![^，,。？?]*" + _TAG_WORDS + r"\s*[？?]?\s*$)"
    # "Since X, …", also after the user's own story: "Our county stopped paying. Since X, …"
    # (not "since then", "since last year": when, not why; r16)
    r"|(?:^|(?<=[.!?]\s))(?:since(?!\s+(?:then|last|this|that time|early|the (?:start|beginning|end)|\d{4}|"
    + "|".join(_MONTHS) + r")\b)|given that|now that)\s+(.{10,}?),",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Premise:
    """A claim a question rests on, to be checked against the documents before answering."""

    claim: str
    confirming: bool  # True: the question asks whether the claim holds; False: takes it as given
    asks_why: bool = False  # "为什么X？": X is taken as given, and is often the text's rationale
    # Said to be what a document says ("Their finance team says the SME regulation lets…"),
    # whatever the claim's own wording.
    attributed: bool = False
    source: str = ""  # the document the claim is said to come from, as the question names it
    # Typed as a statement, not a question ("NDRC notice: government dishonesty records are
    # permanent, never removed"): a claim to check, or keywords of a question ("SME payment
    # deadline large firms"); only a contradiction tells which.
    statement: bool = False
    # Asked outright ("Is it true that X?"): a claim worded by the user, often across languages
    # from the clause, whose support the verifier may miss; only a conflict or a figure no
    # clause states rules out an answer (written clause questions: "Is it true that businesses
    # have the right to refuse any kind of forced levy?" was refused as too broad).
    asked_outright: bool = False
    # The user's own reading of a document ("按政务处分法，公职人员收受礼金要给处分，那…"): worded
    # as they understand it, whose support the verifier may miss; like a claim asked outright,
    # only a conflict or a figure no clause states rules out an answer.
    as_understood: bool = False


# "政务处分法规定…", "发改委通知里说…", "the notice lets…", "under the measures…": the claim
# says what a document says (whether it names one is the catalog's to tell).
_ATTRIBUTION = re.compile(
    r"规定|要求|说|明确|提到|写着|按|根据|依照|依据"
    r"|\b(?:under|according to|says?|states?|requires?|lets|allows?|excuses?|provides?|permits?)\b"
    # what a document does: "the NDRC notice makes the Ministry of Finance the body that…" (r25)
    r"|\b(?:makes|treats|designates|assigns|gives|bars|bans|caps|limits|exempts|imposes|sets)\b",
    re.IGNORECASE,
)


def attributes(claim: str) -> bool:
    """Whether ``claim`` is worded as what a document says or provides."""
    return _ATTRIBUTION.search(claim) is not None


# A claim about everyone, or only some: "对所有企业都适用", "any contracting party", "only SOEs".
_UNIVERSAL = re.compile(
    r"所有|一切|任何|全部|全额|一律|凡是|无论|不论|不管"
    # "each year", "every month" say how often, not how far a rule reaches; "any more", when.
    r"|\b(?:all|any|every|each|always|never|whenever|regardless)\b"
    r"(?! (?:year|month|week|day|quarter|working day|business day)s?\b)(?! (?:more|longer)\b)",
    re.IGNORECASE,
)
_RESTRICTIVE = re.compile(r"只适用|只有|仅限|仅适用|\b(?:only|solely|exclusively)\b", re.IGNORECASE)
# "并不能涵盖所有情况", "not all": a denied sweep is a modest claim, not a sweeping one.
_DENIED_SWEEP = re.compile(
    r"(?:不|没|未|并非|非)[^，。,;；]{0,4}(?:所有|一切|全部|任何)|\bnot (?:\w+ ){0,2}(?:all|every|always)\b"
    # "the Guidelines can't list every case" (r40)
    r"|\b(?:can'?t|cannot|couldn'?t|won'?t|doesn'?t|don'?t|never) (?:\w+ ){0,2}(?:all|every|always)\b",
    re.IGNORECASE,
)
# What a clause says when it reaches everyone ("凡", "各类", "various" besides a claim's own
# sweeping words), or only some.
_STATES_UNIVERSAL = re.compile(_UNIVERSAL.pattern + r"|凡|各类|各种|均|\bvarious\b", re.IGNORECASE)
_STATES_RESTRICTIVE = re.compile(r"仅|只|限于|\b(?:only|solely|exclusively)\b", re.IGNORECASE)


def sweep(claim: str) -> str | None:
    """Which way ``claim`` sweeps: "all" when it stretches a rule to everyone, "only" when it
    narrows it to some, None otherwise (also for a denied sweep: "并不能涵盖所有情况")."""
    claim = _DENIED_SWEEP.sub(" ", claim)
    if _RESTRICTIVE.search(claim):
        return "only"
    if _UNIVERSAL.search(claim):
        return "all"
    return None


def states_sweep(text: str, kind: str) -> bool:
    """Whether ``text`` itself reaches as far (kind "all") or stops as short ("only")."""
    return bool((_STATES_RESTRICTIVE if kind == "only" else _STATES_UNIVERSAL).search(text))


# "为什么X只适用于国有企业？", "Why does the notice only cover …?": asking why takes X as so.
_WHY_ZH = re.compile(r"^([^？?。]*?)(?:为什么|为何|为啥)([^？?。，,]{2,})")
# ... up to the question mark when it names an article: "为何《民营经济促进法》第五十二条要求行政
# 机关…开展行政检查前，须提前三日书面通知被检查企业？" (r34) claims the article's whole rule.
_WHY_ARTICLE_ZH = re.compile(r"^([^？?。]*?)(?:为什么|为何|为啥)([^？?。]*?" + _ARTICLE_ZH + r"[^？?。]{2,})[？?]")
_WHY_EN = re.compile(
    r"^why (?:does|do|did|is|are|was|were|must|should|would|can'?t|doesn'?t|don'?t|isn'?t|aren'?t) (.{8,}?)\??\s*$",
    re.IGNORECASE,
)
# "<a statement about the rules>. <a question>?": the statement is taken as given when it
# speaks of the rules (a user's own story is context, not a claim about the documents).
# Not the full stop of an abbreviation: "Under Notice No. 1103, may…?" states nothing.
_STATED_THEN_ASKED = re.compile(r"^(.{12,}?(?:(?<!\bNo)(?<!\bArt)(?<!\bNos)\.|。))\s*([^.。]{4,}[?？])\s*$")
# "Audit check: is it true that under the SME payment regulation a large enterprise must pay
# within 30 days?": the claim follows "that".
_IS_IT_TRUE_THAT = re.compile(
    r"\b(?:is it|isn'?t it|is it really) (?:true|right|correct|accurate|the case) that (.{8,}?)[?？]", re.IGNORECASE
)
# "第三十四条是不是说送礼一千元以下不算违法？那…", "…是由信用中心认定的吧？那…": a claim to
# confirm, then the question that rests on it.
_CONFIRMED_FIRST = re.compile(
    r"^(.{4,}?)(?:是不是|是否)(?:说|规定|要求|写着)(.{4,}?)[？?]\s*(?=\S)"
    # "《民营经济促进法》第六十二条不是规定扣押最长不能超过三个月吗？现在…" (r27, r31): asked back
    r"|^(?:[^？?]*[。！!])?([^。？?]{4,}?)不是(?:规定|说|要求|写着)(?:了)?([^。？?]{4,}?)(?:吗|嘛|么)[，,？?]\s*(?=\S)"
    r"|^(.{6,}?)(?:的吧|对吧|是吧|对吗|是吗|对不对|是不是|是真的吗|真的吗|是这样吗)[？?]\s*(?=\S)"
    # "…处分期满后得他本人写申请、经监委批准才能解除吧？我们人事部要不要…" (r30)
    r"|^(.{10,}?)(?<![好行])吧[？?]\s*(?=\S)"
    # "The Guangzhou … Guidelines apply across all of Guangdong, right? We're a supplier … which…?" (r22)
    r"|^(.{12,}?),\s*(?:right|correct|isn'?t (?:it|that so)|don'?t they|doesn'?t it)[？?]\s*(?=\S)",
    re.IGNORECASE,
)
# "The zone office is billing each company its share of the cost, which it says the Business
# Environment Regulations allow. How should our share be calculated?" (r17): what a party does,
# said to be what a document allows, and built on.
_WHICH_DOCUMENT_ALLOWS = re.compile(
    r"(?:^|(?<=[.!?]\s))([^.!?]{10,}?),\s*which (?:it|they|he|she|the [\w-]+(?: [\w-]+)?) "
    r"(?:says?|said|claims?|insists?|argues?|maintains?) "
    r"(the (?:[\w'-]+ ){0,5}?(?:notice|law|regulations?|measures|guidelines|rules)) "
    r"(?:allows?|permits?|requires?|lets? (?:it|them|us)|backs?|supports?)\b[^.?!]*[.]\s+\S[^.]*[?]\s*$",
    re.IGNORECASE,
)
# "我们是一家小型装修公司…对方要求履约保证金必须交现金…": the user introducing themselves tells
# what happened to them, and 要求, 必须 or 按规定流程 in it are the other side's demand or their
# own conduct, not a rule they claim the documents make; unless they say a document says it
# ("对方说按照《保障中小企业款项支付条例》…", "The SME payment regulation says…").
_INTRODUCES_ONESELF = re.compile(
    r"^(?:我们?(?:是|在|公司|集团|单位|厂|家)|(?:we|i)(?:'re|'m| are| am| run| own| work)\b"
    # "我局一名副科长…", "我们这条美食街上全是做外卖的小店" (r50, r52)
    r"|我(?:局|司|院|厂|校)|我们这"
    # "Our subsidiary counts as a large enterprise under…"
    r"|(?:our|my) (?:[\w-]+ ){0,3}?(?:company|firm|subsidiary|group|business|factory|client|unit)\b)", re.IGNORECASE
)
# "我们集团是央企，正按《中央企业合规管理办法》设首席合规官" (r43): what the user is doing by a
# document is their own conduct, not a rule they say it makes.
_OWN_CONDUCT = re.compile(r"(?:正在?|准备|打算|计划)(?:按|按照|根据|依照)《[^》]{2,40}》")
# "We are a large enterprise under the SME payment Regulations", "Our subsidiary counts as a
# 'large enterprise' under…": what the user's company is under a document is their own status
# (a fact of theirs the documents cannot check), not a rule they say the document makes.
_OWN_STATUS = re.compile(
    r"\b(?:are|am|is|'re|'m|'s|counts? as|qualif(?:y|ies) as|(?:are|is|'re|'s) (?:classed|classified|treated"
    r"|considered|deemed|defined) as)\s+(?:an?|the)\s+['‘“\"]?[\w -]{2,40}?['’”\"]?"
    r"\s+(?:under|per|according to|within the meaning of|as defined (?:in|by))\s+[^,.;?!]{2,80}",
    re.IGNORECASE,
)
_CITES_A_DOCUMENT = re.compile(
    r"《|法规定|法里|条例|办法|通知|指引|\b(?:law|regulations?|notice|measures|guidelines?|rules)\b", re.IGNORECASE
)


# "区里一个部门通知我们公司必须报名参加评选", "the bureau told us we must…": a demand made of the
# user is what happened to them, like a story they introduce themselves (its 通知 is a verb).
_DEMAND_ON_US = re.compile(
    r"(?:通知|要求|让|叫|告诉|逼|强制|强迫)(?:我们|我司|我|本公司)"
    # "街道办打电话说要搞个…排名，每家店都必须派人去" (r21): an office's demand, told
    r"|打电话(?:来|过来)?(?:说|通知)|[发下](?:了个?)?通知[，,]?\s*(?:说|要求)"
    # "街道办上周挨家通知，每家必须报名…" (r52), "区教育局开会口头通知，说每家民办园都要交…" (r49)
    r"|挨家(?:挨户)?通知|(?:口头|开会|电话)通知[，,]?\s*(?:说|要求)|通知[，,]\s*说"
    r"|\b(?:told|asked|ordered|required|forced|pressured|pushed) (?:us|me|our (?:company|firm|staff|team))\b"
    # "The township government sent a notice to every private factory…" (r6), "Members … are told
    # they must use a particular consultancy" (r45)
    r"|\bsent (?:a |an )?(?:notice|letter|circular|message|memo)s? to\b|\b(?:are|were|was|is|get|got|been) told\b"
    # ... or an argument put to them: "模拟法庭中，对方代理人主张：…" (r34)
    r"|(?:对方|原告|被告|代理人|律师|当事人)[\u4e00-\u9fff]{0,4}?(?:主张|声称|辩称)[：:，,]",
    re.IGNORECASE,
)


# "Say a manager … does all her homework, gets every sign-off the rules require, and …": a case
# supposed, to ask about, not a claim about the rules (r16: refused as "too broad").
_SUPPOSED = re.compile(
    r"\s*(?:(?:(?:let'?s )?say|suppose|supposing|imagine|assume|hypothetically|what if)\b|如果|假如|假设|假定|要是|万一)",
    re.IGNORECASE,
)


# "A department head … was just convicted … and got three years", "Our county government was
# confirmed as dishonest under the NDRC notice", "某干部有两项违法行为，经认定…": what happened in
# a particular case, told to ask about it; its figures and "under the notice" are the case's,
# not a rule the user claims a document makes (r20, r21).
_NARRATED_EVENT = re.compile(
    r"\b(?:was|were|got|has been|have been|had been)\s+(?:(?:just|recently|already|apparently|reportedly"
    r"|allegedly|officially|publicly)\s+)?"
    r"(?:confirmed|convicted|sentenced|found guilty|fined|blacklisted|listed|punished|sanctioned"
    r"|investigated|dismissed|expelled|demoted|suspended|detained|arrested|identified|flagged|marked"
    # "was apparently logged as 'dishonest' under the NDRC's notice" (r40)
    r"|logged|recorded|labell?ed|entered)\b"
    r"|(?:^|[：:，,。])(?:某|有个|有一个|有位|有一位)[\u4e00-\u9fff]{0,6}?(?:干部|公职人员|公务员|官员|人员|局长|处长|科长"
    # a trainee's case question ("案例分析题：某县公务员小王…": r29)
    r"|主任|经理|公司|企业|单位)|案例(?:分析)?题?[：:]",
    re.IGNORECASE,
)


# "Quick one. Our subsidiary counts as…" (r54): an opening word to the reader, before the story.
_OPENING_WORD = re.compile(
    r"^(?:quick (?:one|question|q)|hi(?: there)?|hello|hey|question|ok(?:ay)?|so)[.!:,]\s+", re.IGNORECASE
)


def _own_story(text: str) -> bool:
    text = _OPENING_WORD.sub("", text.strip())
    if _NARRATED_EVENT.search(text):
        return True
    if not (_INTRODUCES_ONESELF.match(text) or _DEMAND_ON_US.search(text)):
        return False
    return not _CITES_A_DOCUMENT.search(
        _OWN_STATUS.sub(" ", _OWN_CONDUCT.sub(" ", _DEMAND_ON_US.sub(" ", text)))
    )


_ABOUT_THE_RULES = re.compile(
    r"规定|要求|按照|根据|必须|应当|不得"
    r"|\b(?:under the|according to|must|shall|requires?|required|liable|exempt|suspended|prohibited|allowed)\b"
    # ("Per the NDRC notice, …": r54)
    r"|\b(?:per the|as per)\b"
    # "The NDRC notice says…" (not "our trainer says…": what a person says is their story)
    r"|\b(?:notice|law|regulations?|measures|guidelines?|rules|report|article \d+|clause)\s+(?:says?|states?|provides?)\b"
    # "按国资委的合规办法，央企要…" (r16)
    r"|按(?:照)?[^，,。？?]{0,12}?(?:办法|条例|法|规定|通知|指引)"
    # What a document does, covers or who issued it (r14): "The NDRC notice fines a local
    # government 5% of…", "《中央企业合规管理办法》适用于所有国有企业", "The Guangdong Department
    # of Commerce issued the Guidelines with 50 scenarios".
    r"|适用|(?:印发|发布|出台|制定)了?《"
    # ("The 2019 Business Environment Regulations cap any deposit at 5%…", "measures apply directly
    # to every state-owned enterprise": r22, r23)
    r"|\b(?:notice|law|regulations?|measures|guidelines?|rules)\s+(?:fines?|penali[sz]es?|caps?|limits?|sets?|lets?"
    r"|gives?|bans?|bars?|prohibits?|restricts?|forbids?|covers?|lists?|treats?|imposes?"
    r"|appl(?:y|ies)(?: \w+ly)? to|makes?|forces?|obliges?|exempts?)\b"
    r"|\b(?:issued|published|released|drafted)\s+(?:the|a|its)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:notice|law|regulations?|measures|guidelines?|rules)\b",
    re.IGNORECASE,
)


# "…, and it says the NDRC notice treats personnel changes like force majeure. What proof…?",
# "他听人说《民营经济促进法》里的“民营经济组织”只算公司，所以…": someone in the user's story says
# what a document says, and the question builds on it.
_TOLD_DOCUMENT_SAYS = re.compile(
    r"\b(?:says?|said|saying|insists?|claims?|told (?:us|me)|tells (?:us|me)|argues?|maintains?)(?: that)? "
    r"(the (?:[\w'-]+ ){0,5}?(?:notice|law|regulations?|measures|guidelines|rules)\b[^.?!;]{8,}?)"
    r"(?=, since\b|, so\b|[.;!?](?:\s|$))"
    r"|(?:说|讲|认为|声称|告诉我们)(《[^》]{2,30}》[^。？?]{4,}?)(?=[，,]\s*(?:所以|因此|那)|。)",
    re.IGNORECASE,
)


# "My manager says a demotion runs for 36 months, so he can't be promoted until 2028": a rule
# heard second-hand that the user builds on (not "Our trainer says X. Is that so?", which
# asks; a person's word alone is their story).
_TOLD_AND_BUILT_ON = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:my|our|a|the) (?:manager|boss|colleague|lawyer|supervisor|director|"
    r"trainer|friend|partner|accountant|consultant)s?"
    # "A colleague in our compliance team says…" (r18)
    r"(?: (?:in|on|from|at) (?:our|my|the|his|her|their) [\w-]+(?: [\w-]+)?)?|he|she|they) "
    r"(?:says?|said|insists?|claims?|told (?:me|us)) "
    r"(?:that )?(.{10,}?), so\b"
    # "听同事说，复审期间原处分就先暂停执行了，所以…"
    r"|听(?:同事|朋友|别人|人|领导|律师|他们|他|她)(?:说|讲)[，,：:]?(.{6,}?)[，,]\s*(?:所以|因此)",
    re.IGNORECASE,
)
# The document a heard claim names at its head: "the SME regulation (says)", "《政务处分法》里规定".
# Checked in that document, the claim is compared without it: "the SME regulation requires…
# within 30 days" is not a sentence of the regulation, "requires … within 30 days" is.
_SOURCE_LEAD = re.compile(
    r"^(the (?:[\w'-]+ ){0,5}?(?:notice|law|regulations?|measures|guidelines|rules)"
    r"(?:\s+(?:says|states|provides|holds)(?:\s+that)?)?)\s+"
    r"|^(《[^》]{2,30}》(?:里|中)?(?:的)?(?:规定|说|写着|明确)?)",
    re.IGNORECASE,
)


# "…. That's correct, right?", "，对吗？": all that follows the claim is a confirmation tag.
_ONLY_A_TAG = re.compile(
    r"[\s.,;。，]*(?:(?:that'?s|that is|this is) )?" + _TAG_WORDS
    + r"(?:[,，]\s*" + _TAG_WORDS + r")?\s*[?？]\s*",
    re.IGNORECASE,
)


def _heard(claim: str, confirming: bool, attributed: bool = False) -> Premise:
    """A claim heard from someone, with the document it names at its head split off."""
    claim = claim.strip()
    lead = _SOURCE_LEAD.match(claim)
    if lead and len(claim) - lead.end() >= 6:
        source = lead.group(0).strip()
        return Premise(claim[lead.end() :].strip(), confirming, attributed=True, source=source)
    return Premise(claim, confirming, attributed=attributed)


_ASKS_IF_SO = re.compile(
    r"[\s.,;。，]*(?:(?:does|did|do|is|are|was|can|may) (?:\w+ ){0,3}?(?:actually |really |truly )?"
    r"(?:say|said|state|provide|allow|let|true|right|correct|so)\b"
    r"|is (?:that|this|it|she|he|they) (?:right|true|correct|so)"
    r"|.{0,12}(?:是真的吗|对吗|是这样吗|真的吗|对不对|是不是这样|有没有这个规定|真这么规定))",
    re.IGNORECASE,
)


def premise(question: str) -> Premise | None:
    """The claim in "X，对吗？" (to confirm), or taken as given: "既然X，Y？", "X法规定…，Y？",
    "为什么X？", "<story>. Since X, Y?", "<rule stated>. <question>?", "X, which they say the
    regulations allow. <question>?"; None for other questions."""
    question = question.strip()
    # A statement quoted to be judged ("Exam draft: "…". Correct the statement.", "Both halves
    # are wrong, I think."): the user does not take it as given (r55).
    if _QUOTED_TO_JUDGE.search(question):
        return None
    given = _GIVEN.search(question)
    if given:
        claim = next(group for group in given.groups() if group).strip()
        # What the user reads in an article they name ("民营经济促进法第七十条规定政府不得以换届为由
        # 违约，那…") is their wording of a clause shown to them.
        return Premise(claim, confirming=False, as_understood=_ARTICLE_NAMED.search(claim) is not None)
    understood = _AS_UNDERSTOOD.search(question)
    if understood:
        claim = next(group for group in understood.groups() if group)
        return Premise(claim.strip(), confirming=False, as_understood=True)
    # "保障中小企业款项支付条例既然允许…，这种约定…？": the subject before 既然 is the claim's, when
    # it is a document ("我们既然已经投诉了，…" is the user's own story).
    given_after = _GIVEN_AFTER_SUBJECT.search(question)
    if given_after and _CITES_A_DOCUMENT.search(given_after.group(1)):
        return Premise("".join(given_after.groups()).strip(), confirming=False)
    why = _WHY_ARTICLE_ZH.search(question) or _WHY_ZH.search(question)
    if why:
        return Premise((why.group(1) + why.group(2)).strip("，, "), confirming=False, asks_why=True)
    why = _WHY_EN.search(question)
    if why:
        return Premise(why.group(1).strip(), confirming=False, asks_why=True)
    told = _TOLD_DOCUMENT_SAYS.search(question)
    if told and re.search(r"[?？]\s*$", question[told.end() :]):
        claim = next(group for group in told.groups() if group)
        # "Does the notice actually say that?" asks; "Which article gives them that right?" builds.
        rest = question[told.end() :]
        asks_if_so = bool(_ASKS_IF_SO.match(rest) or _ONLY_A_TAG.fullmatch(rest))
        return _heard(claim, confirming=asks_if_so, attributed=True)
    heard = _TOLD_AND_BUILT_ON.search(question)
    if heard:
        return _heard(next(group for group in heard.groups() if group), confirming=False)
    said = _ARTICLE_SAYS_THEN_ASKED.search(question)
    if said:
        return Premise(next(group for group in said.groups() if group).strip(), confirming=False)
    stated = _STATED_THEN_ASKED.search(question)
    if (
        stated
        and (_ABOUT_THE_RULES.search(stated.group(1)) or _figure_under_a_clause(stated.group(1)))
        and not _own_story(stated.group(1))
        and not _SUPPOSED.match(stated.group(1))
    ):
        # "A colleague says that under the notice X. Is she right?": the statement is to confirm.
        tag = stated.group(2).rstrip("?？ ")
        asks_if_so = bool(_ASKS_IF_SO.fullmatch(tag) or _ASKS_IF_RIGHT.fullmatch(tag))
        return Premise(stated.group(1).strip(" .。"), confirming=asks_if_so)
    asked_if_true = _IS_IT_TRUE_THAT.search(question)
    if asked_if_true:
        return Premise(asked_if_true.group(1).strip(" ,"), confirming=True, asked_outright=True)
    tag = _CONFIRMATION_TAG.search(question)
    if tag and tag.start() >= 4 and not _CONDITION_BEFORE_TAG.search(question[: tag.start()]):
        return Premise(_confirmed_claim(question[: tag.start()]), confirming=True)
    confirmed = _CONFIRMED_FIRST.search(question)
    if confirmed:  # "X是不是说Y" claims that X states Y; "Z的吧" claims Z
        # (the last statement before the tag: "我老婆开了家店。同事说…一律撤职，是真的吗？…" r17)
        claim = "规定".join(g for g in confirmed.groups() if g).strip("，, ")
        return Premise(_confirmed_claim(claim).strip("，, "), confirming=True)
    which_allows = _WHICH_DOCUMENT_ALLOWS.search(question)
    if which_allows:
        claim, source = which_allows.groups()
        return Premise(claim.strip(), confirming=False, attributed=True, source=source)
    if not _ASKS_ANYTHING.search(question) and _STATES.search(question) and len(question) >= 8:
        return Premise(question.strip(" .。!！"), confirming=True, statement=True)
    return None


# "Under item II.(2) of the NDRC notice, a government body gets 30 days to rectify…", "Under
# Article 70 …, provided it gives the company 90 days' notice" (r56): a figure the user reads in
# a clause. (Without one, the reading is their wording of the clause: "Under Article 52 …, the
# appointing unit can suspend an official…", which the verifier compares across languages
# too crudely to refuse on.)
_UNDER_A_CLAUSE = re.compile(r"\bunder (?:item|article|art\.|section|clause|paragraph)\b", re.IGNORECASE)


def _figure_under_a_clause(text: str) -> bool:
    return _UNDER_A_CLAUSE.search(text) is not None and bool(quantities(text))


_QUOTED_TO_JUDGE = re.compile(
    r"\bcorrect (?:the|this|that) (?:statement|claim|sentence)\b"
    r"|\bwhich (?:statement|half|part|claim|one)s? (?:is|are) (?:right|wrong|correct|true|false|accurate)\b"
    r"|\b(?:both|the two) (?:halves|parts|statements|claims) (?:are|is) (?:wrong|false|incorrect)\b"
    r"|\btrue or false\b"
    r"|判断(?:正误|对错|真假)|(?:纠正|改正|指出)(?:这个|该|以下|下列|上述)?(?:说法|表述)|哪(?:个|一个|句)(?:说法|表述)(?:对|正确|错)",
    re.IGNORECASE,
)


# A verb that makes a statement of it: "records are permanent", "处分期是12个月" (not the
# keywords of a question, "SME payment deadline large firms", "政府换届 合同违约").
_STATES = re.compile(
    r"是|为|可以|不得|应当|必须|不能|不会|不用|无需|一律|永久"
    r"|\b(?:is|are|was|were|be|been|must|shall|can|cannot|may|never|will|has|have|only|always|need not)\b",
    re.IGNORECASE,
)


# Any mark of a question: a question mark, a question word, or an English question's opening.
_ASKS_ANYTHING = re.compile(
    r"[?？]|吗|呢|么|什么|怎么|怎样|如何|哪|几|多少|多久|多长|是否|能否|可否|是不是|有没有|能不能|可不可以"
    r"|要不要|会不会|算不算|行不行|对不对|请问|咋|啥"
    r"|\b(?:what|how|why|when|where|which|who|whom|whose|whether)\b"
    r"|^\s*(?:can|could|may|might|must|shall|should|will|would|do|does|did|is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)


# "…. Is she right?", "…. Are they correct?": the tag is a question of its own.
_ASKS_IF_RIGHT = re.compile(
    r"[.。]?\s*\b(?:(?:is|are|was|were) (?:she|he|they|it|that|this|my \w+|our \w+)"
    r"|(?:that'?s|that is|this is|is that|is this) (?:correct|right|true|so))[,，]?\s*$",
    re.IGNORECASE,
)


def _confirmed_claim(before_tag: str) -> str:
    """The claim a confirmation tag asks about: the last statement before it. "Internal audit
    found …. He retired last year. A colleague insists the law can't touch him any more. Is
    she right?" asks about what the colleague insists, not about the user's story."""
    claim = _ASKS_IF_RIGHT.sub("", before_tag).strip()
    sentences = [s for s in _STATEMENT_END.split(claim) if s.strip()]
    return sentences[-1].strip() if sentences else claim


def asked_beyond(question: str, claimed: Premise | None) -> str | None:
    """What a question asks beyond the premise it takes as given: "既然记过的期间是十二个月，那
    记大过呢？" asks about 记大过, and a quote about 记过 answers only the premise. None when
    the question confirms its claim or asks why, or when nothing is left to ask."""
    if claimed is None or claimed.confirming or claimed.asks_why or claimed.claim not in question:
        return None
    rest = question.split(claimed.claim, 1)[1].strip("，,。. ")
    return rest if len(rest) >= 4 else None


# A question about the text before a revision ("原条例", "修订前", "the original 2020 version"):
# the index holds the documents as they are, so quoting today's clause would answer another
# question. Not 原文 ("the wording"), 原则 (principle) or 原因 (reason).
_EARLIER_VERSION = re.compile(
    r"原(?:条例|办法|规定|法律|通知|指引|" + _ARTICLE_ZH + r")|(?:修订|修改|修正)(?:之)?前"
    r"|旧(?:版|条例|办法|规定|法)|老版本|已(?:被)?废止"
    # "出台前是怎么规定的" (not "出台前要合法性审核吗": a step before issuing one)
    r"|(?:出台|发布|印发|定稿)(?:之)?前(?:的|，|,)?(?:规定|做法|政策|条例|办法|版本|是怎么|怎么规定)"
    r"|(?:草案|征求意见稿)[^，。？?]{0,10}(?:怎么|如何|是什么|说)"
    # "2024年10月公开征求意见的草案里，账款支付是第几条" (r21)
    r"|征求意见的(?:草案|稿|版本)|(?:草案|征求意见稿)(?:里|中|当中)"
    # "2020年公布的原版《…》…和现在有什么不同？", "民营经济促进法 草案 征求意见稿 拖欠账款条款"
    r"|原版|原始版本|最初的?版本|(?:第一|首)版(?!权)|(?:和|与|跟)现(?:在|行)[^，。？?]{0,8}(?:不同|区别|变化)"
    r"|(?:法|条例|办法|通知|指引)》?\s*的?\s*(?:草案|征求意见稿)|[一二三]审稿|送审稿"
    r"|(?:以前|之前|原来)的(?:规定|办法|条例|文件|政策)"
    r"|\b(?:original|previous|former|old|earlier|superseded|repealed) (?:\d{4} )?"
    r"(?:version|edition|text|regulation|law|measures|rules|notice|guidelines)\b"
    r"|\b(?:before|prior to) (?:the |its )?(?:\d{4} )?(?:revision|amendment)s?\b"
    # "before Notice No. 1103 came out" (not "before the misconduct came out": a document's)
    r"|\b(?:before|prior to)\b(?=[^.?!]{0,60}?\b(?:law|regulations?|notice|measures|guidelines|rules|document|batch|no\.)(?:\W|$))"
    r"[^.?!]{0,60}\b(?:came out|was issued|was published|took effect|was finali[sz]ed)\b"
    r"|\bdraft (?:version )?of (?:the |this |its )(?:[\w-]+ ){0,6}?(?:guidelines|notice|regulations?|law|measures|rules)\b"
    # "…Law, October 2024 draft for comment: what did it say", "the exposure draft"
    r"|\bdrafts? (?:released |published |issued )?for (?:public )?comments?\b|\b(?:exposure|consultation) drafts?\b"
    # "2020年版本里…", "the 2019 version of the notice", "修订改了哪些地方", "before No. 1103 replaced it"
    # "2020年那一版", "这次修订到底改了哪些"
    r"|\d{4}\s*年?(?:的|那一?个?|旧)?(?:版本|版(?![权面图画]))|(?:修订|修改|修正)(?:时|后)?(?:到底|究竟|都)?(?:改|变|动)了(?:哪些|什么)"
    r"|\b(?:the )?\d{4} (?:version|edition)\b"
    r"|\b(?:replaced|superseded) (?:it|the (?:earlier|old|previous|original|\d{4}) "
    r"(?:version|text|notice|regulation|law|measures|rules|guidelines))\b"
    # "2020年国务院令第728号公布的那版", "跟2025年修订后的比，改了哪些" (r27)
    r"|\d{4}\s*年[^，。？?]{0,20}?(?:公布|发布|印发|出台|颁布)的(?:那一?|那个)?(?:版本|版(?![权面图画]))"
    r"|(?:和|与|跟|同)\s*(?:\d{4}\s*年?)?(?:修订|修改|修正)(?:后|之后)的?(?:版本|版|条例|文本)?(?:相?比|比较|对比)"
    # "a draft was put out for public comment … How did the draft's article … differ from the
    # final Article 70?" (not "must a draft regulation be put out for comment?": BE 第六十二条)
    r"|\b(?:differ(?:s|ed)?|chang(?:e|es|ed)) (?:from|in) the (?:final|adopted|enacted) (?:text|version|law|article|regulations?|measures)\b",
    re.IGNORECASE,
)

# "胜诉的可能性大吗", "what are our chances of winning": the documents state rules, not odds.
_PREDICTION = re.compile(
    r"胜诉|败诉|(?:赢|输)的?(?:可能|几率|概率|把握)|能(?:不能)?(?:打)?赢|(?:可能性|几率|概率|把握)(?:大|高|有多)"
    # "胜算有多大、钱真能要回来的成功率有几成？" (r36)
    r"|胜算|赢面|成功率|有几成(?:把握|希望)?"
    # Cantonese "有几大机会", "what are the odds" (r47, r48)
    r"|几大机会|机会(?:有)?几大|\bodds\b"
    r"|\bchances? (?:of|that|to)\b|\bwill (?:we|i|they|the court) (?:win|lose|succeed)\b"
    r"|\bhow likely\b|\blikel(?:y|ihood) (?:of|to) (?:win|succeed|lose)",
    re.IGNORECASE,
)


# "Has the notice actually reduced defaults? Are there any figures?", "实际效果怎么样，有没有数据？":
# the documents state rules, not what came of them.
_OUTCOME = re.compile(
    r"\b(?:notice|law|regulations?|measures|guidelines|rules?|polic(?:y|ies))\b[^?.]{0,30}"
    r"\b(?:actually|really) (?:reduced|lowered|increased|improved|worked|helped|made a difference)\b"
    r"|\b(?:any|the latest|recent|official) (?:figures|statistics|stats)\b"
    # "what share of China's GDP, tax revenue and urban jobs does the private sector account for" (r56)
    r"|\bwhat (?:share|proportion|percentage|part) of (?:China'?s |the )?(?:GDP|economy|tax|jobs|employment|exports)"
    r"|(?:GDP|税收|就业|出口)[^，。？?]{0,10}(?:占比|比重|贡献)"
    r"|实际效果|效果(?:怎么样|如何|好不好)|有没有(?:相关)?(?:统计|数据(?![^，。？?]{0,4}(?:共享|安全|保护|泄露)))"
    r"|(?:统计数据|数据)(?:显示|表明)",
    re.IGNORECASE,
)


def asks_outcome(question: str) -> str | None:
    """The question asks what a rule has achieved, or for statistics: no clause reports that."""
    return "outcome" if _OUTCOME.search(question) else None


def asks_prediction(question: str) -> str | None:
    """The question asks how a particular case will turn out, which no clause can say."""
    return "prediction" if _PREDICTION.search(question) else None


# "旧规定处分更重，新法更轻的，按哪个来？", "本法施行前的案件适用新法还是旧法？": which of the old
# and the new rule applies, which the law itself answers (政务处分法 第六十七条).
_OLD_AGAINST_NEW = re.compile(r"新(?:法|规定|条例|办法|规)|\bnew (?:law|rules?|regulations?)\b", re.IGNORECASE)
# "2020年版", "the 2025 version": an edition of a year.
_OF_YEAR = re.compile(r"(\d{4})\s*年?(?:的|那一?个?|旧)?(?:版本|版(?![权面图画]))|\b(?:the )?(\d{4}) (?:version|edition)\b", re.IGNORECASE)


# "2025年修订公布的那版" names its year: the indexed edition, if the document was issued then.
_PUBLISHED_EDITION = re.compile(r"(\d{4})\s*年[^，。？?]{0,20}?(?:公布|发布|印发|出台|颁布)的(?:那一?|那个)?版")


def earlier_version(question: str, current_years: Iterable[str] = ()) -> str | None:
    """The question asks about a document as it was before a revision. An edition of one of
    ``current_years`` (the documents name it so, "《企业廉洁合规建设指引（2023年版）》", or it is
    the year the document asked about was issued or revised, "the 2025 version of the SME
    payment regulation") is an indexed text, not an earlier one."""
    found = list(_EARLIER_VERSION.finditer(question))
    if not found or _OLD_AGAINST_NEW.search(question):
        return None
    current = set(current_years)
    for match in found:
        edition = _OF_YEAR.fullmatch(match.group(0).strip()) or _PUBLISHED_EDITION.match(match.group(0))
        year = next((g for g in edition.groups() if g), None) if edition else None
        if year is None or year not in current:
            return "earlier version"
    return None


def edition_years(text: str) -> set[str]:
    """The years ``text`` names editions by: "（2023年版）", "(2023 Edition)"."""
    return {m.group(1) or m.group(2) for m in _OF_YEAR.finditer(text)}


# A question about amendments made since ("Was the law amended after 2020?", "has the State
# Council amended the regulations since…", "最新修订改了什么", "条例后来有没有修订过"). Not a
# company's own rules being revised ("公司制度要及时修订吗"): a document's name or a time after.
_LATER_AMENDMENT = re.compile(
    r"(?:最新|最近一次)(?:的)?(?:一次)?(?:修订|修正)"
    # "听说条例出了修订版，…跟2019年那版比改了哪些？" (r17)
    r"|(?:修订|修正)版"
    r"|(?:法|条例|办法|通知|指引)[^，。？?]{0,8}(?:后来|此后|之后|以后|再次|又)(?:的)?(?:一次)?(?:修订|修正)"
    r"|(?:法|条例|办法|通知|指引)[^，。？?]{0,10}(?:有没有|是否|有无|已经|又)(?:被)?(?:修订|修正|修改)"
    r"|(?:法|条例|办法|通知|指引)[^，。？?]{0,10}\d{4}\s*年(?:以?后|之后)[^，。？?]{0,12}(?:修订|修正|修改)"
    # "2026年新修订的《优化营商环境条例》" (r44)
    r"|\d{4}\s*年(?:新|最新)?(?:修订|修正|修改)(?:后)?的《"
    # "政务处分法2024年修正以后，…" (r38)
    r"|(?:法|条例|办法|通知|指引)》?\s*\d{4}\s*年(?:的)?(?:修订|修正|修改)(?:以?后|之后)"
    r"|\b(?:latest|most recent|newest|subsequent|later) (?:amendments?|revisions?)\b"
    # "the 2024 amendments to the sanctions law"
    r"|\b(?:the )?\d{4} (?:amendments?|revisions?) (?:to|of)\b"
    # "What did the 2023 Edition require, and what changed in the later edition?" (r24)
    r"|\b(?:later|newer|subsequent|updated|next) (?:editions?|versions?)\b"
    r"|\b(?:law|regulations?|measures|notice|guidelines|rules|act)\b[^.?!]{0,40}"
    r"\b(?:been|was|were|get|got) (?:\w+ )?(?:amended|revised)\b"
    # "Was the … Law amended after 2020?", "has the State Council amended the Regulations on …"
    r"|\b(?:law|regulations?|measures|notice|guidelines|rules|act) (?:been )?(?:amended|revised)\b"
    r"|\b(?:amended|revised) (?:the )?(?:[\w'-]+ ){0,8}?(?:law|regulations?|measures|notice|guidelines|rules)\b",
    re.IGNORECASE,
)
# A document that records its own revisions: "2025年3月17日国务院令第802号修订".
_AMENDMENT_RECORD = re.compile(
    r"(?:令第\d+号|决定|会议)[^，。）)]{0,6}(?:修订|修正)|第[一二三四五六七八九十]+次修正"
    r"|\b(?:amended|revised) (?:by|on|at)\b",
    re.IGNORECASE,
)


def later_version(question: str, document_texts: Iterable[str]) -> str | None:
    """The question asks how a document was amended after the text indexed, and the document
    (``document_texts``: its clauses) records no amendment: the index cannot tell whether or
    how it changed since. One that records its revisions answers when it was revised."""
    if not _LATER_AMENDMENT.search(question):
        return None
    if any(_AMENDMENT_RECORD.search(text) for text in document_texts):
        return None
    return "later version"


# "SASAC's 2018 trial guidelines", "2018年版的指引", "2016年出台的办法", "the 2016 State Council
# Guiding Opinions": a document of a year.
_EDITION_OF_YEAR = re.compile(
    r"\b(\d{4})\s+(?:trial |interim |draft |old |original )?"
    # "2007 civil servant punishment regs": a few words naming it, none a sentence's
    r"(?:(?!(?:the|a|an|our|its|their|we|they|was|were|is|are|and|to|in|of)\b)[a-z-]+\s+){0,3}?"
    r"(?:version|edition|guidelines|measures|regulations?|regs|notice|rules|opinions?|law|act)\b"
    # "国务院2016年那份关于加强政务诚信建设的指导意见" (r20)
    r"|(\d{4})\s*年?(?:版|发布的|印发的|出台的)的?(?:试行|暂行)?[^，。？?]{0,6}(?:指引|办法|条例|通知|规定|意见)"
    r"|(\d{4})\s*年(?:的)?那(?:一)?[份个](?:关于)?[^，。？?]{0,16}?(?:指引|办法|条例|通知|规定|意见)",
    re.IGNORECASE,
)


def unknown_edition(question: str, corpus_text: str) -> str | None:
    """The question asks about a document of a year that no indexed document mentions at all
    ("Under those 2018 guidelines, who chaired…?"): that edition is not indexed."""
    for match in _EDITION_OF_YEAR.finditer(question):
        year = next(group for group in match.groups() if group)
        if year not in corpus_text:
            return f"other edition: {year}"
    return None


_QUOTED_TERM = re.compile(r"[“\"「『(（]([^“”\"「」『』()（）]{2,20})[”\"」』)）]")
# A word counted this often in jieba's dictionary is among the ~9,600 commonest words of two or
# more characters: quoted, it is emphasis ("找他们“推荐”的那家公司") or a figure of speech (合规
# “体检”, counted 583 times: r17), not a term a document would name. Policy terms (试行 368,
# 背靠背, 注册资本, 国家赔偿) are counted less often.
_EVERYDAY_WORD = 500
_SPOKEN_WORD = 10_000
# Derivational suffixes: “场景化” is “场景” made a manner (scenario-based), “规范性” a quality.
_DERIVATIONAL_SUFFIXES = "化性式型"


# A quote with a pause or a person in it is something said (“那是上一届定的，我们不认”), not a
# name: a term a document could use has neither.
_SPEECH_MARKS = re.compile(r"[，,。！!？?；;：:…]|[我你他她咱]")


# A verb of saying just before the quote: 说“…”, 说：“…”, 暗示要“…”, 称“…” (not 说的“…”, 所谓“…”:
# a term someone names); or of writing, quoting the user's own papers: 合同写的是“东西查收没问题后
# 60天内付款”, 协议里写着“…” (not 约定“背靠背”付款, which names a kind of term).
_SAID = re.compile(
    r"(?:说|讲|称|暗示|表示|喊|问|答|回复|回答|告诉我们|嚷|写|注明|载明|标明)(?:的是|要|是|道|着|了|明)?[:：，,]?\s*$"
)
# "这种“一锅端”", "这样的“关照”": the user's own name for what the story has just told (r18).
_LABELS_THE_STORY = re.compile(r"(?:这种|这样的|这类|那种|此类|这般)\s*$")
# "拿“没验收”当挡箭牌", "以“还在走流程”为由": an excuse someone gives, in their words.
_AS_EXCUSE = re.compile(r"(?:拿|以|用|借|找)\s*$")
_TAKEN_AS_EXCUSE = re.compile(r"\s*(?:当|作为|做|为由|来?搪塞|推脱)")


def _quoted_speech(term: str) -> bool:
    """Whether a quoted phrase is words someone said ("话里话外暗示我们“表示表示”", "说是“支持一下
    工作”"): every word of it among the very commonest (counted ≥ 10,000 times: about 800
    words). A name made of common words is counted less: “信用中国”'s 信用 is
    counted 1,745 times (dev split: two answerable questions quoting speech were refused as
    naming an unknown term, and no unanswerable one quoted only such words)."""
    if _SPEECH_MARKS.search(term):
        return True
    words = [w for w in jieba_words(term) if w.strip()]
    return len(words) >= 2 and all(word_frequency(w) >= _SPOKEN_WORD for w in words)


_NAMED_THING = re.compile(r"\s*(?:网站|网|平台|系统|app|小程序|公众号|热线|网页|官网)", re.IGNORECASE)


def unknown_term(
    question: str, corpus_text: str, names_document: Callable[[str], bool] = lambda term: False
) -> str | None:
    """The question asks about a term it quotes (in “”, 「」 or brackets) that no indexed
    document contains. A term quoted in the user's story before the question ("…不报名他们搞的
    “诚信企业”评选…。我们可以不理会吗？") is the story's, not what is asked about; one naming an
    indexed document (its number in brackets: "（发改财金〔2023〕1103号）") names what is asked of."""
    asking = asking_part(question)
    for match in _QUOTED_TERM.finditer(question):
        if match.group(0) not in asking:
            continue
        term = match.group(1)
        if names_document(term):
            continue
        if match.group(0)[0] in "(（" and ("的" in term or question[: match.start()].endswith("》")):
            # "去找卫健局（医院的主管部门）" (r36): the user's gloss on a name, not a term; nor is a
            # document's status after its name ("《…实施细则》（征求意见稿）": r46)
            continue
        if 0 <= question.find(match.group(0)) < question.rfind(asking):
            # "镇里说要先交一笔“诚信保证金”…这“诚信保证金”也莫听说过啊，这合规矩不？" (r57): a
            # term the story quoted first is the story's, asked about again.
            continue
        if not has_chinese(term):
            continue  # English phrases are paraphrases of Chinese text, not terms of it
        if word_frequency(term) >= _EVERYDAY_WORD or _quoted_speech(term):
            continue
        before = question[max(0, match.start() - 6) : match.start()]
        if _SAID.search(before):
            continue  # 新班子说“那是上一届的事”, 暗示要“懂点事”: what someone said
        if _LABELS_THE_STORY.search(before):
            continue  # "…连货款都一起冻住了。法律对这种“一锅端”有没有限制？": the user's name for it
        if _AS_EXCUSE.search(before) and _TAKEN_AS_EXCUSE.match(question, match.end()):
            continue  # 财务就拿“没验收”当挡箭牌 (r55): the excuse someone gives
        # A Chinese term may stand for the English wording of an English document.
        forms = [term]
        if len(term) > 2 and term[-1] in _DERIVATIONAL_SUFFIXES:
            forms.append(term[:-1])
        renderings = [normalize(f) for f in forms] + [t for f in forms for t in translate_renderings(f)]
        # ... and an everyday term for the documents' wording (“背靠背” for 以收到第三方付款作为…
        # 条件, “管理费” for 涉企行政事业性收费): one colloquial.tsv gives, whole. Not the name of a
        # website or platform (“信用中国”网站), which the documents name or do not.
        if not _NAMED_THING.match(question, match.end()):
            renderings += [normalize(t) for f in forms for t in formal_wordings(f)]
        if not any(r in corpus_text for r in renderings):
            return f"“{term}” not found"
    return None


# A standard named by its code ("ISO 37301", "GB/T 35770-2022"): the documents name none.
_STANDARD_CODE = re.compile(
    r"(?<![A-Za-z0-9])(?:ISO(?:/IEC)?|IEC|GB(?:/T)?|BS|EN|ANSI)\s?\d{3,5}(?:[-:]\d{1,4})?(?!\d)"
)


def unknown_standard(question: str, corpus_text: str) -> str | None:
    """The question asks about a standard, by its code, that no indexed document names."""
    for match in _STANDARD_CODE.finditer(question):
        if normalize(match.group(0)) not in corpus_text:
            return f"“{match.group(0)}” not found"
    return None


# "“特定关系人”具体是指哪些人？", "What does 'compliance risk' mean?": a definition asked for,
# and the term it is asked of (quoted, or just before the asking words).
_ASKS_DEFINITION = re.compile(
    r"是什么意思|指的是什么|是指什么|指什么|具体指|是指哪些|指哪些|的含义|的定义|怎么定义|如何定义|何谓"
    r"|\bwhat (?:does|do) .{2,60}? mean\b|\b(?:meaning|definition) of\b|\bwhat is meant by\b|\bhow .{2,40}? defined\b",
    re.IGNORECASE,
)
_DEFINITION_ASKED_OF = [
    re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:到底|究竟)?(?:具体)?(?:是什么意思|指的是什么|是指什么|指什么|是指哪些|指哪些|的含义|的定义|怎么定义|如何定义)"),
    re.compile(r"何谓([\u4e00-\u9fff]{2,12})"),
    re.compile(r"\bwhat (?:does|do) (?:the term |the word )?['‘\"“]?([a-z][a-z -]{2,40}?)['’\"”]? mean\b", re.I),
    re.compile(r"\b(?:meaning|definition) of (?:the term |an? |the )?['‘\"“]?([a-z][a-z -]{2,40}?)['’\"”]?(?=\?|$|,| in\b| under\b| for\b)", re.I),
    re.compile(r"\bwhat is meant by (?:an? |the )?['‘\"“]?([a-z][a-z -]{2,40}?)['’\"”]?(?=\?|$|,| in\b| under\b)", re.I),
]


def _definition_asked_of(question: str) -> str | None:
    quoted = [m.group(1) for m in _QUOTED_TERM.finditer(question)] + [
        m.group(1) for m in re.finditer(r"['‘]([^'’]{2,40})['’]", question)
    ]
    if quoted:
        return quoted[0].strip()
    for pattern in _DEFINITION_ASKED_OF:
        if match := pattern.search(question):
            return match.group(1).strip()
    return None


@functools.lru_cache(maxsize=4)
def _defined_terms(corpus_text: str) -> frozenset[str]:
    """The terms the documents define ("本办法所称合规风险，是指…", "“X” means …")."""
    return frozenset(
        normalize(next(g for g in m.groups() if g).split("所称")[-1])
        for m in _DEFINED_TERM.finditer(corpus_text)
    ) | frozenset(
        normalize(next(g for g in m.groups() if g)) for m in _SCOPE_STATED.finditer(corpus_text)
    )


# The documents' other way of saying what a term covers: "The scope of breach of contract and
# dishonesty includes…", "本法所称公职人员，是指…", "违约失信的范围包括…".
_SCOPE_STATED = re.compile(
    r"所称([\u4e00-\u9fff]{2,12})[，,]"
    r"|([\u4e00-\u9fff]{2,12})的(?:范围|认定范围)(?:包括|为|是)"
    r"|\bthe scope of ([a-z][a-z -]{2,60}?) (?:includes?|covers?|is|shall include)\b",
    re.IGNORECASE,
)


def undefined_term(question: str, corpus_text: str, headings: str = "") -> str | None:
    """The question asks what a term means that the documents use only in passing, never
    defining it ("特定关系人" runs through the sanctions law undefined): a clause using it is no
    definition of it. A term the documents do not use at all is `unknown_term`'s; one that
    heads a document or a clause (``headings``: 政务处分 of 《公职人员政务处分法》, 信用修复 of
    "第五十四条 健全失信惩戒和信用修复制度") is what those clauses are about, so they answer."""
    if not _ASKS_DEFINITION.search(question):
        return None
    term = _definition_asked_of(question)
    if term is None:
        return None
    if has_chinese(term) and normalize(term) not in corpus_text:
        # "政务处分法里的特定关系人是指什么": the longest end of the run the documents use.
        ends = [term[i:] for i in range(len(term) - 1) if normalize(term[i:]) in corpus_text]
        term = ends[0] if ends else term
    # The term and its renderings in the other language, as the documents would write them.
    forms = {normalize(term)} | {normalize(t) for t in glossary_counterparts(term)}
    forms = {f for f in forms if len(f) >= 2}
    if not any(f in corpus_text for f in forms):
        return None
    defined = _defined_terms(corpus_text)
    if any(f in d or d in f for f in forms for d in defined) or any(f in headings for f in forms):
        return None
    return f"term not defined: {term}"


_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_ENGLISH_ORDINAL = rf"({'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"


@dataclass(frozen=True)
class _Series:
    """Numbered installments of something the documents report: the Guidelines' batches, the
    lecture hall's sessions."""

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


def unknown_batch(question: str, corpus_text: str) -> str | None:
    """The question asks about a batch of a document ("the third batch of the Guangzhou
    Guidelines" where they speak of two), or a session of the lecture hall, that the documents
    never mention, in either language."""
    for series in _SERIES:
        asked = [(m, _value(m.group(1))) for m in series.chinese.finditer(question)]
        for m in series.english.finditer(question):
            word = m.group(1).lower()
            asked.append((m, float(_ORDINALS.index(word) + 1 if word in _ORDINALS else int(word[:-2]))))
        for match, number in asked:
            reach = 8 if has_chinese(match.group(0)) else 50  # characters: a few words either way
            if not series.near.search(question[max(0, match.start() - reach) : match.end() + reach]):
                continue
            if number is None or not 1 <= number <= 99:
                continue
            if not any(form in corpus_text for form in series.forms(int(number))):
                return f"“{match.group(0)}” not found"
    return None


# A document's kind alone ("《条例》", "《指引》"): the user names a document by its context.
DOCUMENT_KINDS = frozenset({"指引", "通知", "条例", "办法", "意见", "规定", "法", "指南", "方案", "决定"})


# "我局正在起草《县级信用修复工作规程》，…请问《民营经济促进法》…" (r46): a document the user's own
# unit is drafting is what they are doing, not a document they ask about.
_OWN_DRAFT = re.compile(
    r"(?:我|我们|我局|我司|我院|我委|我办|本单位|本局)[^，。,；;]{0,6}?(?:起草|拟订|拟定|制定|编制|草拟|修订|修改)$"
)


def unknown_document(question: str, titles: list[str]) -> str | None:
    """The question names a document (in 《》) that is not among the indexed ones."""
    for match in _NAMED_TITLE.finditer(question):
        name = match.group(1)
        # "广州市纪委出的那两批政商交往《指引》" (r39): a document's kind alone names it by
        # what precedes, as the user refers to it.
        if name in DOCUMENT_KINDS or _OWN_DRAFT.search(question[: match.start()]):
            continue
        if not any(_same_document(name, title) for title in titles):
            return f"《{name}》 not indexed"
    return None


# Another country's law ("the UK Bribery Act", "US law", "the Foreign Corrupt Practices Act"):
# no indexed document is any other country's. (Not any "… Act": users call the indexed Chinese
# laws Acts too, "the Public Officials Sanctions Act", in words the catalog cannot always match.)
_NAMED_ACT = re.compile(
    r"\b((?:UK|U\.?S\.?|EU|American|British|European|Hong Kong|Singapore(?:an)?|Japanese|German|French)"
    r"(?:\s+[A-Z][\w'’-]*){0,4}\s+(?i:laws?|act|regulations?|rules|code|directive))\b"
    r"|\b(Foreign Corrupt Practices Act|FCPA|Sarbanes-Oxley Act|Bribery Act 2010)\b"
)


# "…与《中央企业合规管理办法》第十八条相比有哪些不同？", "跟现在政务处分法第八条一样吗？",
# "How does it differ from …?": the question compares two texts.
_COMPARES = re.compile(r"相比|比较|对比|不同|区别|一样吗|一致吗|\bcompar(?:e|ed|ing|ison)\b|\bdiffer", re.IGNORECASE)


def compares(question: str) -> bool:
    """Whether the question compares two texts."""
    return _COMPARES.search(question) is not None


# "What does the text of those Opinions itself say about clearing arrears?" (r38, r44): the
# CPC Central Committee and State Council's Opinions the NDRC notice implements are named in
# it, not indexed, and no indexed document is an Opinions.
_OPINIONS_ASKED = re.compile(
    r"\bwhat (?:exactly )?(?:do|does|did) (?:the (?:text|wording|section|part|chapter) of )?(?:those|that|these|the)"
    # ("What exactly does the section of those Opinions on government integrity require?": r51)
    r" Opinions?\b(?: (?:document|text))?(?: on [\w\s-]{3,40}?)?(?: (?:itself|themselves))?"
    r" (?:exactly )?(?:say|state|provide|require|set out)\b",
    re.IGNORECASE,
)


def asks_of_the_opinions(question: str, titles: Iterable[str]) -> str | None:
    """The question asks what the Opinions themselves say, and no indexed document is one."""
    if not _OPINIONS_ASKED.search(question) or any("opinion" in t.lower() or "意见" in t for t in titles):
        return None
    return "the Opinions not indexed"


# "For comparison with the EU Late Payment Directive: under China's … Law, may…", "Coming from
# the UK Bribery Act world: does China's … Law say…" (r46, r51): another country's law named as
# the user's background, before what they ask of an indexed document.
_BACKGROUND_LEAD = re.compile(
    r"\s*(?:for (?:comparison|contrast) with|coming from|compared (?:with|to)|unlike|in contrast (?:with|to)"
    r"|by contrast with)\b[^:;?]{0,100}?[:;]",
    re.IGNORECASE,
)


def unindexed_act(question: str, is_indexed: Callable[[str], bool]) -> str | None:
    """The question names another country's law, which is not indexed (unless only as the
    background to what it asks of an indexed document)."""
    background = _BACKGROUND_LEAD.match(question)
    if background and is_indexed(question[background.end() :]):
        question = question[background.end() :]
    for match in _NAMED_ACT.finditer(question):
        name = (match.group(1) or match.group(2)).strip()
        if not is_indexed(name):
            return f"the {name} not indexed"
    return None


def _same_document(name: str, title: str) -> bool:
    name, title = normalize(name), normalize(title)
    if name in title or title in name:
        return True
    if not has_chinese(title):
        # A Chinese name of a document indexed in English: 《政商交往典型场景指引和问答》 is
        # "the Guidelines for Government-Business Interactions" of the Guangzhou report.
        # Most of the name must be glossary terms: 《中央企业合规管理指引（试行）》 renders as
        # "compliance guidelines" alone, which the report's title also has (r21).
        rendered = set(tokenize(translate_terms(name)))
        return (
            len(rendered) >= 2
            and len(rendered & set(tokenize(title))) / len(rendered) >= 0.6
            and _glossary_share(name) >= 0.6
        )
    bigrams = {name[i : i + 2] for i in range(len(name) - 1)}
    title_bigrams = {title[i : i + 2] for i in range(len(title) - 1)}
    return bool(bigrams) and len(bigrams & title_bigrams) / len(bigrams) >= 0.8


def _glossary_share(name: str) -> float:
    """The share of a Chinese name's characters that belong to glossary terms."""
    covered: set[int] = set()
    for entry in glossary_entries_in(name):
        start = name.find(entry[0])
        while start >= 0:
            covered.update(range(start, start + len(entry[0])))
            start = name.find(entry[0], start + 1)
    chinese = [i for i, ch in enumerate(name) if has_chinese(ch)]
    return len(covered.intersection(chinese)) / len(chinese) if chinese else 0.0


# Who issued a document, as users name the bodies: a claim "the Guangzhou Guidelines were put
# out by the city's SASAC" / "指引是市商务局出的吧" is checked against the issuer the documents
# record (the metadata's, and "X has issued … the Guidelines" in a report about them).
_BODIES = {
    "discipline inspection": r"纪委|纪检|监委|监察委|\bdiscipline\b|\bCDI\b",
    "state-owned assets": r"国资委|国有资产监督管理|\bSASAC\b|state-owned assets supervision",
    "commerce": r"商务(?:局|部|厅|委)|\b(?:ministry|bureau|department|commission) of commerce\b"
    r"|\bcommerce (?:bureau|department|ministry)\b|\bMOFCOM\b",
    "development and reform": r"发改委|发展改革委|发展和改革委员会|\bNDRC\b|development and reform",
    "state council": r"国务院(?!国有资产)|\bstate council\b(?! (?:state-owned|sasac))",
    "legislature": r"人大|人民代表大会|\bNPC\b|people'?s congress",
    "industry and commerce federation": r"工商联|工商业联合会|federation of industry and commerce",
    "market regulation": r"市场监管|市场监督管理|\bSAMR\b|market regulation",
    "credit information center": r"信用信息中心|credit information cent(?:er|re)",
    "industry and information technology": r"工信部|工业和信息化|\bMIIT\b|industry and information technology",
    "finance": r"财政(?:部|局|厅)|\b(?:ministry|bureau|department) of finance\b",
    "association": r"协会|\bassociation\b",
    "public security": r"公安|\bpublic security\b|\bpolice\b",
    # ("apply to the people's procuratorate for a payment order", "report to the board's audit
    # committee": r43)
    "procuratorate": r"检察院|检察机关|\bprocuratorates?\b",
    "audit committee": r"审计委员会|\baudit committees?\b",
    # ("issued jointly with the People's Bank of China": r51)
    "central bank": r"人民银行|央行|\bpeople'?s bank of china\b|\bPBO?C\b|\bcentral bank\b",
}
_BODY_PATTERNS = {body: re.compile(pattern, re.IGNORECASE) for body, pattern in _BODIES.items()}
# (A document's name just before: "a complaint made by the finance bureau" claims no issuer.)
_ISSUED_BY = re.compile(
    r"\b(?:guidelines?|notice|law|regulations?|measures|rules)\b[^.?!]{0,60}?"
    # ("enacted by the Guangzhou People's Congress as a local regulation": r40)
    # ("issued jointly with the People's Bank of China and…", "adopted by the Municipal People's
    # Congress": r51)
    r"\b(?:(?:put out|issued|published|released|drafted|formulated|enacted|promulgated|adopted) by"
    r"|(?:issued|published|released) jointly with|(?:jointly|co-)issued with) (?:the )?(.{3,60}?)"
    r"(?=[,.?;!]|\s+(?:do|does|did|is|are|was|were|so|apply|cover|as)\b|\s+and\b(?!\s+(?-i:[A-Z]))|$)"
    r"|(?:指引|指南|通知|办法|条例|法|规定)[^，。？?]{0,6}?(?:是|由)([^，。？?、\s]{2,15}?)"
    r"(?:出的|发的|发布的|印发的|制定的|出台的|起草的|出台|发布|印发|制定)"
    # ... and said the other way round: "Since the Guangzhou Public Security Bureau issued the
    # government-business interaction Guidelines, …" (r15)
    # (the body's name in any case: users type "the guangzhou public security bureau" too)
    r"|(?:\b(?:since|given that|now that|because|as)\s+|^|[,.]\s*)(?:the\s+)?([a-z][^,.?!;]{2,60}?)\s+"
    r"(?:has\s+)?(?:put out|issued|published|released|drafted|formulated|enacted|promulgated)\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}?"
    r"(?:guidelines?|notice|law|regulations?|measures|rules)\b"
    # "广州市纪委出的两批政商交往场景指引" (r16)
    r"|([^，,。？?、\s的]{2,12}?)(?:出的|发的|发布的|印发的|制定的|出台的)[^，,。？?]{0,12}?(?:指引|指南|通知|办法|条例)",
    re.IGNORECASE,
)
# "Since last year, the Guangzhou Municipal Commission for Discipline Inspection and Supervision
# has issued two batches of the Guidelines", "国务院印发": a document's own record of an issuer.
_ISSUE_STATEMENT = re.compile(
    r"[^.。?？!！\n]*(?:\bhas issued\b|\bissued by\b|印发|发布了)[^.。?？!！\n]*", re.IGNORECASE
)


def bodies(text: str) -> set[str]:
    """The public bodies ``text`` names, as _BODIES' keys."""
    return {body for body, pattern in _BODY_PATTERNS.items() if pattern.search(text)}


# A body named as a document's issuer, in the document's name ("the NDRC notice", "SASAC's 2022
# Measures", "《中央企业合规管理办法》", "发改委那份通知"), is no body the claim gives a part.
_DOCUMENT_MENTION = re.compile(
    r"《[^》]*》"
    r"|\b(?:the )?(?:NDRC|SASAC|State Council|MIIT)(?:['’]s)?\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:notice|measures|regulations?|rules|guidelines|law|document|order)\b"
    r"|(?:发改委|国资委|国务院|工信部)(?:的|那份|那个|这份)?[^，。；,;]{0,6}?(?:通知|办法|条例|文件|令)",
    re.IGNORECASE,
)


# What completes a Chinese body's name after the words that identify it (市场监督管理 + 部门).
_BODY_TAIL = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:部门|机关|委员会|局|厅|部)")


def named_bodies(text: str) -> dict[str, str]:
    """The public bodies ``text`` names, each with its wording there ("市场监督管理部门"),
    those in a document's name aside."""
    text = _DOCUMENT_MENTION.sub(" ", text)
    named = {}
    for body, pattern in _BODY_PATTERNS.items():
        if match := pattern.search(text):
            tail = _BODY_TAIL.match(text, match.end())
            named[body] = match.group(0) + (tail.group(0) if tail and has_chinese(match.group(0)) else "")
    return named


def claimed_issuer(question: str) -> tuple[str, set[str]] | None:
    """The body a question says issued a document ("put out by the city's SASAC", "是市商务局出
    的"), as (the words, the bodies they name); None when it claims no issuer we can name."""
    match = _ISSUED_BY.search(question)
    if not match:
        return None
    words = next(group for group in match.groups() if group)
    named = bodies(words)
    return (words, named) if named else None


# The body an issue statement names: "the Guangzhou Municipal Commission for … has issued",
# "国务院印发".
_ISSUING_BODY = re.compile(
    r"(?:^|,\s*|\bthe\s+)([A-Z][\w’'&\- ]{2,80}?)\s+(?:has issued|issued)\b"
    r"|([\u4e00-\u9fff]{0,8}?(?:纪委监委|委员会|工商联|协会|国务院|[委局部厅院]))[^，。]{0,8}?(?:印发|发布了)",
)


def other_issuer(claim: str, text: str) -> tuple[str, str] | None:
    """The body a claim says issued a document and the one ``text`` records issuing it, when
    they differ ("…were issued by the Federation of Industry and Commerce" against "the
    Commission for Discipline Inspection and Supervision has issued two batches…")."""
    issuer = claimed_issuer(claim)
    if issuer is None:
        return None
    words, claimed = issuer
    statement = wrong_issuer(claimed, "", [text])
    if not statement:
        return None
    body = _ISSUING_BODY.search(statement)
    return words, (body.group(1) or body.group(2)) if body else statement


def wrong_issuer(claimed: set[str], recorded_issuer: str, document_texts: list[str]) -> str | None:
    """The issuer the documents record, when it is none of the ``claimed`` bodies."""
    statements = [m.group(0).strip() for text in document_texts for m in _ISSUE_STATEMENT.finditer(text)]
    recorded = bodies(" ".join([recorded_issuer, *statements]))
    if not recorded or claimed & recorded:
        return None
    return next((s for s in statements if bodies(s)), recorded_issuer)
