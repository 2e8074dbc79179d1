"""Chinese numerals both ways: 二十三 → 23 (reading figures), 23 → 二十三 (naming 第X条)."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万"
_WRITE = "零一二三四五六七八九"


def chinese_number(numeral: str) -> int:
    """Value of a Chinese numeral: 九 → 9, 二十三 → 23, 一百零五 → 105, 二〇一九 → 2019.

    Raises KeyError for a character that is not part of a numeral.
    """
    if not any(ch in UNITS for ch in numeral):
        return int("".join(str(DIGITS[ch]) for ch in numeral))
    total, section, digit = 0, 0, 0
    for ch in numeral:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch == "万":
            total += (section + digit) * 10000
            section, digit = 0, 0
        else:
            # A bare 十 at the start means 一十.
            section += (digit or 1) * UNITS[ch]
            digit = 0
    return total + section + digit


def to_chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 15 → 十五, 70 → 七十, 102 → 一百零二 (the numbering of 第X条)."""
    if n < 10:
        return _WRITE[n]
    if n < 20:
        return "十" + (_WRITE[n % 10] if n % 10 else "")
    if n < 100:
        return _WRITE[n // 10] + "十" + (_WRITE[n % 10] if n % 10 else "")
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return _WRITE[hundreds] + "百"
    if rest < 10:
        return _WRITE[hundreds] + "百零" + _WRITE[rest]
    tens = to_chinese_numeral(rest)
    return _WRITE[hundreds] + "百" + ("一" + tens if rest < 20 else tens)
