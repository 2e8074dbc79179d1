"""Clause-aware splitting: one chunk is one article or item, found from the document's own structure.

Recognised structure, by document style:
- Chinese legal texts: 第X编/章/节 headings → 第X条 articles → （一） items;
- numbered notices: I./II. sections → (1)/(2) items (also "Article N" and "Chapter N");
- reports and Markdown: headed sections → paragraphs.
An article is split (at item or paragraph boundaries, then sentences) only when it is too long
for the embedding model; tiny paragraphs of a report are merged. Every chunk keeps its path
(title › chapter › article), its pages and its character offsets in the parsed text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from llama_index.core.node_parser import NodeParser
from llama_index.core.schema import BaseNode, NodeRelationship, TextNode

_NUM = "零一二三四五六七八九十百千两〇"
ARTICLE_RE = re.compile(rf"^第([{_NUM}\d]+)条")
HEADING_RE = re.compile(rf"^第([{_NUM}\d]+)([编章节])(?:[ \u3000]*(.{{0,40}}))?$")
CN_ITEM_RE = re.compile(rf"^[（(]([{_NUM}]+)[）)]")
ROMAN_RE = re.compile(r"^([IVXLC]+)\.\s+(.+)$")
NUM_ITEM_RE = re.compile(r"^\((\d+)\)\s")
EN_ARTICLE_RE = re.compile(r"^Article\s+(\d+)\b", re.IGNORECASE)
EN_CHAPTER_RE = re.compile(r"^Chapter\s+([\dIVXLC]+)\b.{0,80}$", re.IGNORECASE)
MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.+)$")
_CJK = re.compile(r"[\u3400-\u9fff]")
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])|(?<=[.])\s+(?=[A-Z“\"(])")
SEPARATOR = " › "


def estimate_tokens(text: str) -> int:
    """Rough model tokens: one per CJK character, 1.3 per English word."""
    cjk = len(_CJK.findall(text))
    words = len(re.findall(r"[A-Za-z0-9]+", text))
    return cjk + int(words * 1.3)


@dataclass
class Clause:
    """A span of the parsed text that becomes one chunk."""

    start: int
    end: int
    path: list[str] = field(default_factory=list)  # headings, then the article label
    article: str | None = None  # the article/item the span belongs to: 第九条, III.(4)
    part: str = ""  # which part of a split article: （一）-（三）, or ""


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    lines, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(offset + lead, offset + lead + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


def split_clauses(text: str, max_tokens: int = 400, min_chars: int = 120) -> list[Clause]:
    """Find the clauses of a parsed document, in order, covering all of its text."""
    lines = _lines(text)
    articles = sum(1 for ln in lines if ARTICLE_RE.match(ln.text) or EN_ARTICLE_RE.match(ln.text))
    numbered = sum(1 for ln in lines if NUM_ITEM_RE.match(ln.text) or ROMAN_RE.match(ln.text))
    if articles >= 3:
        units = _article_units(lines)
    elif numbered >= 3:
        units = _numbered_units(lines)
    else:
        units = _paragraph_units(lines, min_chars)
    clauses: list[Clause] = []
    for unit in units:
        clauses.extend(_fit(unit, text, max_tokens))
    return clauses


@dataclass
class _Unit:
    lines: list[_Line]
    path: list[str]
    article: str | None


def _article_units(lines: list[_Line]) -> list[_Unit]:
    units: list[_Unit] = []
    headings: dict[int, str] = {}
    current: _Unit | None = None
    preamble: list[_Line] = []
    for line in lines:
        heading = HEADING_RE.match(line.text) or EN_CHAPTER_RE.match(line.text)
        article = ARTICLE_RE.match(line.text) or EN_ARTICLE_RE.match(line.text)
        if heading and not article:
            level = "编章节".find(heading.group(2)) if HEADING_RE.match(line.text) else 1
            headings = {k: v for k, v in headings.items() if k < level}
            headings[level] = re.sub(r"\s+", " ", line.text)
            current = None
            continue
        if article:
            label = article.group(0) if ARTICLE_RE.match(line.text) else f"Article {article.group(1)}"
            current = _Unit([line], [*_ordered(headings), label], label)
            units.append(current)
        elif current is not None:
            current.lines.append(line)
        else:
            preamble.append(line)
    if preamble:
        units.insert(0, _Unit(preamble, [], None))
    return units


def _numbered_units(lines: list[_Line]) -> list[_Unit]:
    units: list[_Unit] = []
    section: tuple[str, str] | None = None  # ("II.", "II. Establish a Mechanism ...")
    current: _Unit | None = None
    preamble: list[_Line] = []
    for line in lines:
        roman = ROMAN_RE.match(line.text)
        item = NUM_ITEM_RE.match(line.text)
        if roman and len(line.text) <= 200:
            section = (f"{roman.group(1)}.", line.text)
            current = None
        elif item:
            label = f"({item.group(1)})"
            article = f"{section[0]}{label}" if section else label
            current = _Unit([line], [section[1]] if section else [], article)
            current.path.append(label)
            units.append(current)
        elif current is not None:
            current.lines.append(line)
        elif section is not None:
            # Text under a section heading before its first item: the section's own clause.
            current = _Unit([line], [section[1]], section[0])
            units.append(current)
        else:
            preamble.append(line)
    if preamble:
        units.insert(0, _Unit(preamble, [], None))
    return units


def _is_report_heading(line: str, following: str | None) -> bool:
    if MD_HEADING_RE.match(line):
        return True
    if following is None or len(following) < len(line):
        return False
    if _CJK.search(line):
        return len(line) <= 30 and not line.endswith(("。", "；", "：", "，"))
    words = line.split()
    return 2 <= len(words) <= 25 and not line.endswith((".", ":", ";", ",", "”", '"', "…"))


def _paragraph_units(lines: list[_Line], min_chars: int) -> list[_Unit]:
    units: list[_Unit] = []
    heading: str | None = None
    pending: _Unit | None = None
    paragraph_no = 0
    for i, line in enumerate(lines):
        following = lines[i + 1].text if i + 1 < len(lines) else None
        if i > 0 and _is_report_heading(line.text, following):
            md = MD_HEADING_RE.match(line.text)
            heading = md.group(2) if md else line.text
            pending = None
            continue
        paragraph_no += 1
        if pending is not None and sum(len(ln.text) for ln in pending.lines) < min_chars:
            pending.lines.append(line)  # tiny paragraphs (captions, list items) travel together
            continue
        pending = _Unit([line], [heading] if heading else [], f"¶{paragraph_no}")
        units.append(pending)
    return units


def _ordered(headings: dict[int, str]) -> list[str]:
    return [headings[k] for k in sorted(headings)]


def _fit(unit: _Unit, text: str, max_tokens: int) -> list[Clause]:
    """One clause for the unit, or several when it is too long for the embedding model."""
    start, end = unit.lines[0].start, unit.lines[-1].end
    if estimate_tokens(text[start:end]) <= max_tokens:
        return [Clause(start, end, unit.path, unit.article)]
    pieces: list[_Line] = []
    for line in unit.lines:  # paragraphs (款/items) first, sentences when one is still too long
        if estimate_tokens(line.text) <= max_tokens:
            pieces.append(line)
        else:
            pieces.extend(_sentences(line, max_tokens))
    groups: list[list[_Line]] = [[]]
    for piece in pieces:
        candidate = groups[-1] + [piece]
        if groups[-1] and estimate_tokens(text[candidate[0].start : piece.end]) > max_tokens:
            groups.append([piece])
        else:
            groups[-1] = candidate
    clauses = []
    for n, group in enumerate(groups, 1):
        part = _items_label(group) or f"part {n}/{len(groups)}"
        path = unit.path[:-1] + [f"{unit.path[-1]}{part}"] if unit.path else [part]
        clauses.append(Clause(group[0].start, group[-1].end, path, unit.article, part))
    return clauses


def _items_label(group: list[_Line]) -> str:
    items = [m.group(0) for ln in group if (m := CN_ITEM_RE.match(ln.text) or NUM_ITEM_RE.match(ln.text))]
    if not items or len(items) != len(group):
        return ""
    items = [i.strip() for i in items]
    return items[0] if len(items) == 1 else f"{items[0]}-{items[-1]}"


def _sentences(line: _Line, max_tokens: int) -> list[_Line]:
    out, cursor = [], line.start
    for piece in _SENTENCE_END.split(line.text):
        if not piece:
            continue
        offset = line.text.find(piece, cursor - line.start) + line.start
        out.append(_Line(offset, offset + len(piece), piece))
        cursor = offset + len(piece)
    merged: list[_Line] = []
    for sentence in out:
        if merged and estimate_tokens(merged[-1].text + sentence.text) <= max_tokens:
            last = merged[-1]
            merged[-1] = _Line(last.start, sentence.end, last.text + sentence.text)
        else:
            merged.append(sentence)
    return [ln for ln in merged if ln.text.strip()]


# Metadata keys that describe where a chunk is; they stay out of the embedded text.
LOCATION_KEYS = ["document", "doc_number", "issuer", "language", "article", "part",
                 "page_start", "page_end", "issue_date", "effective_date"]


class ClauseNodeParser(NodeParser):
    """llama-index transformation: parsed Documents in, one TextNode per clause out.

    Expects the Document metadata written by ``indexing.to_document``: ``title``,
    ``page_starts`` (comma-separated offsets, empty for text files) and the document fields.
    """

    max_tokens: int = 400
    # The parser writes each chunk's metadata itself; llama-index's default would also copy
    # every Document field (page map included) into every chunk.
    include_metadata: bool = False

    @classmethod
    def class_name(cls) -> str:
        return "ClauseNodeParser"

    def _parse_nodes(
        self, nodes: Sequence[BaseNode], show_progress: bool = False, **kwargs: Any
    ) -> list[BaseNode]:
        out: list[BaseNode] = []
        for document in nodes:
            out.extend(self._clause_nodes(document))
        return out

    def _clause_nodes(self, document: BaseNode) -> list[TextNode]:
        text = document.get_content()
        meta = dict(document.metadata)
        page_starts = [int(p) for p in str(meta.pop("page_starts", "") or "").split(",") if p]
        meta.pop("splitter", None)
        title = meta.get("title") or meta.get("document", "")
        nodes = []
        for clause in split_clauses(text, self.max_tokens):
            page_start = _page(page_starts, clause.start)
            page_end = _page(page_starts, clause.end - 1)
            metadata = {
                **{k: v for k, v in meta.items() if v is not None},
                "section": SEPARATOR.join([title, *clause.path]),
                "article": clause.article or "",
                "part": clause.part,
                "page_start": page_start if page_start is not None else -1,
                "page_end": page_end if page_end is not None else -1,
            }
            node = TextNode(
                id_=f"{meta.get('document')}#{clause.start}",
                text=text[clause.start : clause.end],
                metadata=metadata,
                start_char_idx=clause.start,
                end_char_idx=clause.end,
                excluded_embed_metadata_keys=[k for k in metadata if k not in ("title", "section")],
                excluded_llm_metadata_keys=list(LOCATION_KEYS) + ["sha256", "path", "pages"],
            )
            node.relationships[NodeRelationship.SOURCE] = document.as_related_node_info()
            nodes.append(node)
        return nodes


def _page(page_starts: list[int], offset: int) -> int | None:
    if not page_starts:
        return None
    import bisect

    return max(1, bisect.bisect_right(page_starts, offset))


def main(argv: list[str] | None = None) -> None:
    """`python -m assistant.splitting FILE...`: print each clause's article, path and span."""
    import sys

    from .parsing import parse_file

    for path in argv if argv is not None else sys.argv[1:]:
        doc = parse_file(path)
        for clause in split_clauses(doc.text):
            snippet = doc.text[clause.start : clause.end][:60].replace("\n", " ")
            print(f"{clause.article or '-'}\t{clause.start}-{clause.end}\t"
                  f"{SEPARATOR.join(clause.path)}\t{snippet}")


if __name__ == "__main__":
    main()
