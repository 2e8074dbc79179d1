"""Figures in text, as values a question and a clause can be compared by.

Every number with its unit (30日, 十八个月, "60 days", 万分之五 read as a per cent), every
calendar date (2025年6月1日, "June 1, 2025"), and the year an event is dated by ("established
in 2021").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numerals import chinese_number, to_chinese_numeral
from ..tokenizing import normalize


_NUMERAL = r"(?:\d+(?:\.\d+)?|[零一二三四五六七八九十百千万两]+)"
# Longest units first, so "个工作日" is not read as "日".
ZH_UNITS = {
    "个工作日": "workday", "工作日": "workday", "个月": "month", "小时": "hour",
    "亿元": "yuan", "万元": "yuan", "元": "yuan", "日": "day", "天": "day", "年": "year", "月": "month",
    "名": "person", "人": "person", "%": "percent", "％": "percent", "倍": "times",
    # training time ("每年不得少于16学时": r52)
    "学时": "hour", "课时": "hour",
    # money as people say it ("5万块", "三千块钱"); 块 alone only after ten or more ("800块"), as
    # "两块牌子" counts signs
    "万块钱": "yuan", "万块": "yuan", "千块钱": "yuan", "千块": "yuan", "块钱": "yuan", "块": "yuan",
}
# Units that carry a multiple of their number: 5万元 is 50,000 yuan, as 五万元 and 50000元 are.
_UNIT_MULTIPLES = {"万": 1e4, "亿": 1e8, "千": 1e3}
EN_UNITS = {
    "working days": "workday", "working day": "workday", "business days": "workday",
    "days": "day", "day": "day", "months": "month", "month": "month", "years": "year",
    "year": "year", "hours": "hour", "yuan": "yuan", "rmb": "yuan", "percent": "percent",
    "%": "percent", "people": "person", "persons": "person", "staff": "person",
    "guests": "person", "participants": "person", "attendees": "person", "points": "point",
}
_ZH_QUANTITY = re.compile(
    _NUMERAL + "(" + "|".join(map(re.escape, ZH_UNITS)) + ")"
)
# Numbers written as words, as English text and questions often put periods: "five years"; a
# word may stand between the number and its unit ("for two full months").
EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90,
}
_EN_QUANTITY = re.compile(
    r"(?<![\d.])\b(\d+(?:\.\d+)?|" + "|".join(EN_NUMBER_WORDS) + r")[\s-]*"
    r"(?:(?:full|whole)\s+)?("
    + "|".join(map(re.escape, EN_UNITS)) + r")\b",
    re.IGNORECASE,
)
# Calendar dates, read as one figure (unit "date", value YYYYMMDD) before any number-with-unit,
# so that 2025年6月1日 is not also read as "1日" (one day) or "6月".
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH = "(" + "|".join(MONTHS) + ")"
# (号 as said aloud: "2025年7月1号", r166, r171)
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# A day of every year ("每年3月31日前"): a date too (value MMDD), not "3月" and "31日".
_ZH_YEARLY_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# ... or the end of a month ("6月底前公开"): its last day (6月底 is 630, 3月底 is 3月31日).
_ZH_MONTH_END = re.compile(r"(?<!\d)(?<!\d年)(?<!\d\s年)(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:底|末|份底)")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_EN_DATES = [  # (pattern, group of year, month, day)
    (re.compile(_MONTH + r"\s+(\d{1,2}),?\s+(\d{4})", re.IGNORECASE), (3, 1, 2)),
    (re.compile(r"(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})", re.IGNORECASE), (3, 2, 1)),
]
# A day of every year in English ("by June 30 each year", "before 31 March"): value MMDD, as
# 每年3月31日前 (r52). Not "may 5": the verb, as often as the month.
_YEARLY_MONTH = "(" + "|".join(m for m in MONTHS if m != "may") + ")"
_EN_YEARLY_DATES = [  # (pattern, group of month, day)
    (re.compile(r"\b" + _YEARLY_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE), (1, 2)),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _YEARLY_MONTH + r"\b", re.IGNORECASE), (2, 1)),
]
# 万分之五 (five ten-thousandths), 百分之三: rates stated as fractions, read in per cent.
_ZH_FRACTION = re.compile(r"(百|千|万)分之([零一二三四五六七八九十百两\d]+)")
_FRACTION_BASE = {"百": 100, "千": 1000, "万": 10000}
_PER_MILLE = re.compile(r"(\d+(?:\.\d+)?)\s*‰")

@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str


def numeral_value(numeral: str) -> float | None:
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
        month_number = int(month) if month.isdigit() else MONTHS.index(month.lower()) + 1
        found.add(Quantity(float(int(year) * 10000 + month_number * 100 + int(day)), "date"))

    for match in _ZH_DATE.finditer(text):
        take(*match.groups())
    text = _ZH_DATE.sub(" ", text)
    text = _month_ends_as_days(text)  # (6月底 is read as 6月30日, a day of every year)
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


# A calendar year ("2020年国务院令第728号公布"), not two thousand years.
_CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d年")
# Before a number-with-unit, these make it name one year or month, not an amount of them.
_PARTICULAR = set("第上下同当这那")


def _names_a_period(text: str, match: re.Match[str]) -> bool:
    """Whether a number-with-unit names a particular year or month rather than an amount of
    them: 上一年度 (the previous year's), 同一年, 第一年."""
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    return before in _PARTICULAR or after == "度"


_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")
# Money written with its currency first: "RMB 200", "¥5000", "CNY 1,000".
_CURRENCY_FIRST = re.compile(r"(?:\brmb|\bcny|[¥￥])\s*(\d+(?:\.\d+)?)", re.IGNORECASE)
# A year and a half (一年半, 两年半, "one and a half years"), in months: a period no whole number
# of years states, that 十八个月 does.
# (Not 半年 alone: "拖了小半年", "快半年了" tell a story, as loosely as "half a year" does.)
_AND_A_HALF_ZH = re.compile(r"([一二两三四五六七八九十\d]+)\s*(?:(年)半|个半月)")
_AND_A_HALF_EN = re.compile(r"\b(?:(one|a)\s+year\s+and\s+a\s+half|one and a half years)\b", re.IGNORECASE)


def as_documents_write(text: str) -> str:
    """``text`` with a year and a half and a month's end written as the documents write them
    (一年半 → 十八个月, 3月底 → 3月31日): the words retrieval matches the clause by."""

    def months(match: re.Match[str]) -> str:
        value = numeral_value(match.group(1))
        if value is None or not match.group(2):
            return match.group(0)
        return f"{to_chinese_numeral(int(value * 12 + 6))}个月"

    return _month_ends_as_days(_AND_A_HALF_ZH.sub(months, text))


def _month_ends_as_days(text: str) -> str:
    """``text`` with each month's end as its last day: 6月底 → 6月30日."""

    def last_day(match: re.Match[str]) -> str:
        month = int(numeral_value(match.group(1)) or 0)
        return f"{month}月{_MONTH_DAYS[month - 1]}日"

    return _ZH_MONTH_END.sub(last_day, text)


# A figure restated in brackets in another unit: "一个月（30天）", "18 months (1.5 years)". The
# bracketed one is the figure meant; read as two, one would go unstated.
_RESTATED_IN_BRACKETS = re.compile(
    r"[\d零一二三四五六七八九十百千万两]+\s*(?:个工作日|工作日|个月|日|天|年)(?=\s*[（(]\s*[\d零一二三四五六七八九十百千万两.]+\s*"
    r"(?:个工作日|工作日|个月|日|天|年|days?|months?|years?)\s*[）)])"
    r"|\b\d+(?:\.\d+)?\s*(?:working days?|days?|months?|years?)(?=\s*\(\s*\d+(?:\.\d+)?\s*(?:working days?|days?|months?|years?)\s*\))",
    re.IGNORECASE,
)


def quantities(text: str) -> set[Quantity]:
    """Every number-with-unit in ``text``: 30日, 十八个月, 60 days, 5%, dates (2025年6月1日),
    years in a row (连续两年) and multiples ("treble damages")."""
    found, text = _dates(normalize(text))
    for match in _IN_A_ROW.finditer(text):
        number, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        value = EN_NUMBER_WORDS.get(number) or numeral_value(number)
        if value is not None:
            found.add(Quantity(float(value), _IN_A_ROW_UNITS[unit.rstrip("s")]))
    text = _IN_A_ROW.sub(" ", text)
    # "5,000 yuan" is 5000 yuan, not "000 yuan" (r72); after the dates, so "June 1,2025" stays one
    text = _THOUSANDS_SEPARATOR.sub("", text)
    text = _RESTATED_IN_BRACKETS.sub(" ", text)
    for match in _CURRENCY_FIRST.finditer(text):
        found.add(Quantity(float(match.group(1)), "yuan"))
    for match in _AND_A_HALF_ZH.finditer(text):
        if (value := numeral_value(match.group(1))) is not None:
            found.add(Quantity(value * 12 + 6 if match.group(2) else value + 0.5, "month"))
    text = _AND_A_HALF_ZH.sub(" ", text)
    for _ in _AND_A_HALF_EN.finditer(text):
        found.add(Quantity(18.0, "month"))
    text = _AND_A_HALF_EN.sub(" ", text)
    for match in _ZH_QUANTITY.finditer(text):
        if _names_a_period(text, match) or _CALENDAR_YEAR.fullmatch(match.group(0)):
            continue
        unit = match.group(1)
        number = match.group(0)[: -len(unit)]
        value = numeral_value(number)
        if value is None or (unit == "块" and value < 10):
            continue
        found.add(Quantity(value * _UNIT_MULTIPLES.get(unit[0], 1), ZH_UNITS[unit]))
    for match in _ZH_FRACTION.finditer(text):
        value = numeral_value(match.group(2))
        if value is not None:
            # in per cent, so that "0.05% per day" and 每日利率万分之五 are one figure
            found.add(Quantity(round(value * 100 / _FRACTION_BASE[match.group(1)], 6), "percent"))
    # "1‰ per day" (per mille), in per cent as 万分之五 is
    for match in _PER_MILLE.finditer(text):
        found.add(Quantity(round(float(match.group(1)) / 10, 6), "percent"))
    for match in _EN_QUANTITY.finditer(text):
        number = match.group(1).lower()
        value = float(EN_NUMBER_WORDS.get(number) or number)
        found.add(Quantity(value, EN_UNITS[match.group(2).lower()]))
    # weeks, in days: "一般不少于两周" against 不少于30日 (r160); not how often (每两周), nor 周年, 周岁
    for match in _WEEKS.finditer(text):
        number = (match.group(1) or match.group(2)).lower()
        value = EN_NUMBER_WORDS.get(number) or numeral_value(number)
        if value is not None:
            found.add(Quantity(float(value) * 7, "day"))
    for match in _EN_MULTIPLE.finditer(text):
        word = match.group(1) or match.group(2)
        value = _EN_MULTIPLE_WORDS.get(word) or EN_NUMBER_WORDS.get(word) or float(word)
        found.add(Quantity(float(value), "times"))
    return found


_WEEKS = re.compile(
    r"(?<!每)(?<!每隔)(" + _NUMERAL + r")\s*个?(?:周|星期|礼拜)(?![年岁边末期围转到全知])"
    r"|(?<![\d.])(?<!every )(?<!each )\b(\d+|" + "|".join(EN_NUMBER_WORDS) + r")[\s-]+weeks?\b(?!ly)",
    re.IGNORECASE,
)


# Years (months, days) in a row: "连续两年", "for two consecutive years" (r126) count how often
# something recurred, compared only with another such count, not a period a question asks for
# ("How long is the observation period?" is not answered by "issued … for two consecutive years").
_IN_A_ROW = re.compile(
    r"连续\s*(" + _NUMERAL + r")\s*(年|个月|天|日)"
    r"|\b(\d+|" + "|".join(EN_NUMBER_WORDS) + r")\s+(?:consecutive|successive|straight)\s+(years?|months?|days?)\b"
)
_IN_A_ROW_UNITS = {
    "年": "years running", "个月": "months running", "天": "days running", "日": "days running",
    "year": "years running", "month": "months running", "day": "days running",
}


# A multiple of an amount in English, as 三倍赔偿 is one in Chinese: "treble damages", "double
# compensation", "three times the loss" (r53, r128). Only of a sum, not "double-check".
_EN_MULTIPLE_WORDS = {"double": 2, "twice": 2, "treble": 3, "triple": 3, "quadruple": 4}
_EN_MULTIPLE = re.compile(
    r"\b(?:(double|twice|treble|triple|quadruple)|(\d+|two|three|four|five|ten)(?:-fold| ?times))\s+"
    r"(?=(?:the\s+|their\s+|its\s+)?(?:actual\s+|direct\s+)?(?:damages|compensation|amount|interest|loss(?:es)?|penalty|fine|refund|sum)\b)"
)


# The events a year dates where no full date is given, by the verbs that tell them in each
# language: "was established in 2021", "set up by the provincial government in 2019",
# "2021年成立", "成立于2021年".
_DATED_EVENTS = {
    "founded": (r"established|founded|set up|created|formed|launched", r"成立|设立|创立|创办|组建"),
    "issued": (r"issued|published|promulgated|released|adopted|enacted", r"发布|印发|公布|颁布|出台"),
    "in force": (r"took effect|came into (?:force|effect)|entered into force", r"施行|生效"),
    "revised": (r"revised|amended", r"修订|修正"),
    "held": (r"held|convened|hosted", r"举办|举行|召开"),
}
_EVENT_YEARS = [
    (
        event,
        re.compile(rf"\b(?:{english})\b(?:\s+[\w'’-]+){{0,8}}?\s+in\s+((?:19|20)\d\d)\b", re.IGNORECASE),
        re.compile(rf"((?:19|20)\d\d)\s*年(?:\d{{1,2}}\s*月(?:\d{{1,2}}\s*日)?)?[^，。；,;\d]{{0,8}}?(?:{chinese})"
                   rf"|(?:{chinese})于\s*((?:19|20)\d\d)\s*年"),
    )
    for event, (english, chinese) in _DATED_EVENTS.items()
]


def event_years(text: str) -> set[Quantity]:
    """The years ``text`` dates an event by, with the event as the unit ("in:founded"): a year
    is compared only with a year of the same event, and one naming a document or an edition
    ("the 2023 notice", "2020年版") dates nothing."""
    text = normalize(text)
    return {
        Quantity(float(next(g for g in match.groups() if g)), f"in:{event}")
        for event, english, chinese in _EVENT_YEARS
        for pattern in (english, chinese)
        for match in pattern.finditer(text)
    }


# How often something is done, by the days between two times: 每年 and "annually" 365, 每季度
# and "every quarter" 91, 每两年 730. Not 年度 ("上一年度", an annual report names a period, not a
# recurrence), nor 每日 (每日利率万分之五 is a rate), nor "a year" ("within a year").
_PERIOD_DAYS = {"年": 365, "半年": 182, "季度": 91, "季": 91, "月": 30, "周": 7, "星期": 7,
                "year": 365, "quarter": 91, "month": 30, "week": 7}
# ("按季度公示", "按月付息": by the quarter, by the month, r107)
_ZH_EVERY = re.compile(r"(?:每(?:一)?([两二三四五六\d])?(?:个)?|按)(半年|年(?!度)|季度|季|月|周|星期)(?!化|利率)")
_EN_EVERY = re.compile(
    # ("upload … once a month", r149)
    r"\b(?:every|each|per|once a) (?:(two|three|four|five|six|\d+) )?(year|quarter|month|week)s?\b"
    r"|\b(annually|yearly|quarterly|monthly|weekly|semi-annually|biannually|biennially)\b",
    re.IGNORECASE,
)
_EN_ADVERB_DAYS = {"annually": 365, "yearly": 365, "quarterly": 91, "monthly": 30, "weekly": 7,
                   "semi-annually": 182, "biannually": 182, "biennially": 730}


def frequencies(text: str) -> set[Quantity]:
    """How often ``text`` says something recurs, as a Quantity of unit "every" (days between
    two times): "每季度公开" is (91, "every"), "publish annually" (365, "every")."""
    days = [_periods(count) * _PERIOD_DAYS[period] for count, period in _ZH_EVERY.findall(text)]
    for count, period, adverb in _EN_EVERY.findall(text):
        days.append(_EN_ADVERB_DAYS[adverb.lower()] if adverb else _periods(count) * _PERIOD_DAYS[period.lower()])
    return {Quantity(float(d), "every") for d in days}


def _periods(count: str) -> float:
    """How many periods "每两年" or "every two years" spans (one when no number is given)."""
    if not count:
        return 1
    return EN_NUMBER_WORDS.get(count.lower()) or numeral_value(count) or 1
