"""Document-level metadata read from the text: title, issuer, 文号, dates, language."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from .parsing import ParsedDocument

_CJK = re.compile(r"[\u3400-\u9fff]")
_CN_DATE = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_MONTHS = "January February March April May June July August September October November December".split()
_EN_DATE = r"(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),\s*(\d{4})"

# 文号 forms: 发改财金〔2023〕1103号, 国办发[2019]12号, 国务院令第722号, 国资委令第42号,
# and the English rendering "Development and Reform Finance [2023] No. 1103".
_DOC_NUMBER_PATTERNS = (
    re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号"),
    re.compile(r"(?:[\u4e00-\u9fff]{0,16}?)令第\s*\d+\s*号"),
    re.compile(r"[A-Z][A-Za-z ]{2,60}\[\d{4}\]\s*No\.\s*\d+"),
)
_ISSUER_BY_ORDER = (
    ("国务院国有资产监督管理委员会令", "国务院国有资产监督管理委员会"),
    ("国资委令", "国务院国有资产监督管理委员会"),
    ("国务院令", "国务院"),
)
_NPC_STANDING = re.compile(r"全国人民代表大会常务委员会|全国人大常委会")


@dataclass
class DocumentMetadata:
    title: str
    doc_number: str | None
    issuer: str | None
    issue_date: str | None
    effective_date: str | None
    language: str

    def as_dict(self) -> dict:
        return asdict(self)


def detect_language(text: str) -> str:
    """'zh' when a meaningful share of letters are CJK, else 'en'."""
    sample = text[:5000]
    letters = sum(ch.isalpha() for ch in sample) or 1
    return "zh" if len(_CJK.findall(sample)) / letters > 0.2 else "en"


def extract_metadata(doc: ParsedDocument) -> DocumentMetadata:
    head = doc.text[:3000]
    title, title_note = _title(doc)
    context = f"{title_note}\n{head}"
    return DocumentMetadata(
        title=title,
        doc_number=_doc_number(context),
        issuer=_issuer(context, doc.text),
        issue_date=_issue_date(context, doc.text),
        effective_date=_effective_date(context) or _effective_date(doc.text[-1500:]),
        language=detect_language(doc.text),
    )


def _title(doc: ParsedDocument) -> tuple[str, str]:
    """The title, and any parenthetical note that followed it (it often holds dates and 文号)."""
    candidates = [doc.pdf_title] if doc.pdf_title else []
    candidates += [line.strip() for line in doc.text.split("\n")[:8] if line.strip()]
    for line in candidates:
        if _looks_like_title(line):
            match = re.match(r"^(.*?)[（(]([^（）()]*(?:\d{4}|令)[^（）()]*)[）)]\s*$", line)
            if match and _CJK.search(line):
                return match.group(1).strip(), match.group(2)
            return line.rstrip(":："), ""
    return doc.path.stem, ""


def _looks_like_title(line: str) -> bool:
    if _CJK.search(line):
        return len(_CJK.findall(line)) >= 6 and not line.startswith("第")
    words = line.split()
    # A one-line rubric ("Rule of Law & Regulation") is not the title; a sentence isn't either.
    return 6 <= len(words) <= 40 and not line.endswith((".", "。"))


def _doc_number(text: str) -> str | None:
    for pattern in _DOC_NUMBER_PATTERNS:
        found = [re.sub(r"\s+", "", m.group(0)) if _CJK.search(m.group(0)) else m.group(0).strip()
                 for m in pattern.finditer(text)]
        if found:
            # A revised regulation cites the original order and the revising one; the
            # revising order is the number of the text in force.
            revised = [n for n in found if re.search(re.escape(n) + r"\s*修订", re.sub(r"\s+", "", text))]
            number = revised[-1] if revised else found[0]
            return _shorten_order(number)
    return None


def _shorten_order(number: str) -> str:
    # "中华人民共和国国务院令第722号" -> "国务院令第722号"; a date's last character ("…23日国务院…")
    # can precede the issuing body without a separator.
    return re.sub(r"^(?:[日月年])?(?:中华人民共和国)?", "", number)


def _issuer(head: str, text: str) -> str | None:
    for marker, issuer in _ISSUER_BY_ORDER:
        if marker in head.replace(" ", ""):
            return issuer
    if _NPC_STANDING.search(head):
        return "全国人民代表大会常务委员会"
    # English notices end with a signature block: the issuing body, then the date.
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if len(lines) >= 2 and re.fullmatch(_EN_DATE, lines[-1]) and len(lines[-2].split()) <= 12:
        return lines[-2]
    match = re.search(r"Hosted by the ([A-Z][^,(]{5,120}?)\s*\(", text)
    return match.group(1).strip() if match else None


def _iso(year: str, month: str, day: str) -> str:
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def _issue_date(head: str, text: str) -> str | None:
    compact = head.replace(" ", "")
    for verb in ("公布", "发布", "印发", "修订", "通过"):
        match = re.search(_CN_DATE + r"[^，。\n]{0,40}?" + verb, compact)
        if match:
            # With a revision and an original promulgation, the revision dates the text in force.
            revised = re.findall(_CN_DATE + r"[^，。\n]{0,40}?修订", compact)
            if revised:
                return _iso(*revised[-1])
            return _iso(*match.groups())
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if lines and (match := re.fullmatch(_EN_DATE, lines[-1])):
        month, day, year = match.groups()
        return _iso(year, str(_MONTHS.index(month) + 1), day)
    return None


def _effective_date(head: str) -> str | None:
    compact = head.replace(" ", "")
    match = re.search(_CN_DATE + r"(?:起)?施行", compact) or re.search(
        r"自" + _CN_DATE + r"起施行", compact
    )
    if match:
        return _iso(*match.groups())
    match = re.search(r"effective (?:from|on|as of) " + _EN_DATE, head, re.IGNORECASE)
    if match:
        month, day, year = match.groups()
        return _iso(year, str(_MONTHS.index(month.capitalize()) + 1), day)
    return None
