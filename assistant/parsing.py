"""Turn a file into one parsed text with a page map.

Every offset elsewhere in the product (chunks, citations, gold evidence) refers to
``ParsedDocument.text``. Text files keep their text verbatim (newlines normalised), so their
offsets are offsets into the file. PDFs are repaired, because pypdf gives visual lines: lines
wrapped inside a Chinese sentence are joined without a space, hyphenated English words are
rejoined, running headers/footers and page numbers are dropped.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md", ".markdown")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
# Punctuation that can end a paragraph in a PDF line (Chinese and Western).
_PARAGRAPH_END = tuple("。！？：；…”」』）)!?:;.")
# A line that starts a new structural unit always starts a new paragraph.
_STRUCTURE_START = re.compile(
    r"^(第[零一二三四五六七八九十百千\d]+[编章节条]|[（(][一二三四五六七八九十\d]+[）)]|"
    r"[IVXLC]+\.\s|\d+\.\s|Article\s+\d+|Chapter\s+[\dIVXLC]+|[•·●▪-]\s)"
)
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*\d+\s*[-–—]|\d+|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|"
    r"(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*/\s*\d+)\s*$",
    re.IGNORECASE,
)
# pypdf puts spaces between CJK characters and digits/Latin runs that the source did not have.
_SPACE_AFTER_CJK = re.compile(f"(?<=[{_CJK}，。；：、（）《》])[ \t]+(?=[0-9A-Za-z])")
_SPACE_BEFORE_CJK = re.compile(f"(?<=[0-9A-Za-z%])[ \t]+(?=[{_CJK}，。；：、（）《》])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


class ParseError(ValueError):
    """A file that cannot be indexed, with a message a person understands."""


@dataclass
class ParsedDocument:
    path: Path
    text: str
    # Offsets where each page starts in ``text`` (PDFs); empty for text files.
    page_starts: list[int] = field(default_factory=list)
    pdf_title: str | None = None
    sha256: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) or None

    def page_at(self, offset: int) -> int | None:
        """1-based page holding the character at ``offset`` (None for text files)."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))


def parse_file(path: str | Path, max_bytes: int | None = None) -> ParsedDocument:
    """Parse a PDF, text or Markdown file; raise ParseError with a readable reason if it can't."""
    path = Path(path)
    if not path.is_file():
        raise ParseError(f"{path.name}: no such file.")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ParseError(
            f"{path.name}: unsupported file type '{suffix or '(none)'}'; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}."
        )
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise ParseError(
            f"{path.name}: {size / 2**20:.1f} MiB is over the {max_bytes / 2**20:.0f} MiB limit "
            "(setting max_file_mb)."
        )
    raw = path.read_bytes()
    if not raw.strip():
        raise ParseError(f"{path.name}: the file is empty.")
    digest = hashlib.sha256(raw).hexdigest()
    if suffix == ".pdf":
        doc = _parse_pdf(path, raw)
    else:
        doc = ParsedDocument(path=path, text=_clean(decode_text(raw, path.name)))
    if not doc.text.strip():
        raise ParseError(f"{path.name}: no text found in the file.")
    doc.sha256 = digest
    return doc


def decode_text(raw: bytes, name: str) -> str:
    """Decode bytes whose encoding is detected, not assumed (UTF-8 first, then a detector)."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError(f"{name}: this looks like a binary file, not text.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ParseError(f"{name}: the text encoding could not be detected; save it as UTF-8.")
    return str(best)


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    # Control and bidi-override characters can hide or reorder text in what a user sees.
    return _CONTROL.sub("", text)


def _parse_pdf(path: Path, raw: bytes) -> ParsedDocument:
    import io

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            # Many PDFs are "encrypted" with an empty user password only to restrict editing.
            try:
                if not reader.decrypt(""):
                    raise FileNotDecryptedError
            except (FileNotDecryptedError, NotImplementedError) as exc:
                raise ParseError(
                    f"{path.name}: the PDF is password-protected; remove the password and "
                    "upload it again."
                ) from exc
        page_texts = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except ParseError:
        raise
    except (PdfReadError, FileNotDecryptedError, ValueError, KeyError, TypeError) as exc:
        raise ParseError(f"{path.name}: not a readable PDF (it may be damaged): {exc}") from exc
    if not page_texts:
        raise ParseError(f"{path.name}: the PDF has no pages.")
    if not any(t.strip() for t in page_texts):
        raise ParseError(
            f"{path.name}: the PDF has {len(page_texts)} page(s) but no text layer; it is "
            "probably scanned. Run OCR on it first (e.g. ocrmypdf) and upload the result."
        )
    text, page_starts = repair_pdf_pages([_clean(t) for t in page_texts])
    return ParsedDocument(
        path=path,
        text=text,
        page_starts=page_starts,
        pdf_title=str(title).strip() if title else None,
    )


def repair_pdf_pages(page_texts: list[str]) -> tuple[str, list[int]]:
    """Join the visual lines of PDF pages into paragraphs; return text and page start offsets."""
    pages = [[line.strip() for line in t.split("\n")] for t in page_texts]
    pages = _drop_running_lines(pages)
    full_width = _typical_line_length(pages)

    out: list[str] = []
    length = 0
    page_starts: list[int] = []
    previous: str | None = None
    for lines in pages:
        page_start: int | None = None
        for line in lines:
            if not line:
                continue
            line = _SPACE_BEFORE_CJK.sub("", _SPACE_AFTER_CJK.sub("", line))
            joiner = "" if previous is None else _joiner(previous, line, full_width)
            if joiner == _REJOIN:
                out[-1] = out[-1][:-1]  # drop the line-end hyphen of "enforce-\nment"
                length -= 1
                joiner = ""
            if page_start is None:
                page_start = length + len(joiner)
            out.append(joiner + line)
            length += len(joiner) + len(line)
            previous = line
        # A page without text starts where the next text will.
        page_starts.append(length if page_start is None else page_start)
    return "".join(out), page_starts


_REJOIN = "rejoin"


def _joiner(previous: str, line: str, full_width: float) -> str:
    """What goes between two visual lines: paragraph break, nothing, a space, or a rejoin."""
    if _STRUCTURE_START.match(line):
        return "\n"
    width = _visual_length(previous)
    if width < 0.6 * full_width:
        return "\n"  # far short of the margin: a heading, a date line or a paragraph's end
    if previous.endswith(_PARAGRAPH_END) and width < 0.85 * full_width:
        return "\n"
    if previous.endswith("-") and re.match(r"[a-z]", line) and re.search(r"[A-Za-z]{2}-$", previous):
        return _REJOIN
    if _CJK_CHAR.search(previous[-1:]) or _CJK_CHAR.search(line[:1]):
        return ""
    if previous[-1:] in "，、（《“" or line[:1] in "，。、；：）》”":
        return ""
    return " "


def _visual_length(line: str) -> float:
    # A CJK character is about twice as wide as a Latin one.
    return sum(2.0 if _CJK_CHAR.match(ch) or unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in line)


def _typical_line_length(pages: list[list[str]]) -> float:
    widths = sorted(_visual_length(line) for lines in pages for line in lines if line)
    if not widths:
        return 0.0
    # The 90th percentile: most body lines run to the right margin.
    return widths[int(0.9 * (len(widths) - 1))]


_RUNNING_LINE_MAX = 60


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers and headers/footers repeated at the top or bottom of most pages."""
    edge = Counter()
    for lines in pages:
        nonempty = [line for line in lines if line]
        for line in set(nonempty[:2] + nonempty[-2:]):
            if len(line) <= _RUNNING_LINE_MAX:  # headers and footers are short
                edge[_digits_masked(line)] += 1
    repeated = {
        key for key, count in edge.items() if len(pages) >= 3 and count >= max(3, len(pages) // 2)
    }
    cleaned = []
    for lines in pages:
        nonempty_idx = [i for i, line in enumerate(lines) if line]
        edges = set(nonempty_idx[:2] + nonempty_idx[-2:])
        kept = []
        for i, line in enumerate(lines):
            if i in edges and (_PAGE_NUMBER.match(line) or _digits_masked(line) in repeated):
                continue
            kept.append(line)
        cleaned.append(kept)
    return cleaned


def _digits_masked(line: str) -> str:
    return re.sub(r"\d+", "#", line)
