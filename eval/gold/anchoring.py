"""Gold evidence anchored through the project's own parser and splitter (shared by the build scripts).

Offsets refer to the PARSED text (`assistant.parsing.parse_file(...).text`) and article ids are the
ones `assistant.splitting.split_clauses` gives ("第九条", "II.(2)", "¶13", "-" for a preamble). A
quote is looked up inside its article's chunk(s) only, so if the parser or splitter changes, a
rebuild re-anchors every quote, and fails loudly if a quote no longer lies inside its article.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from assistant.parsing import parse_file  # noqa: E402
from assistant.splitting import split_clauses  # noqa: E402

CORPUS = ROOT / "corpus"
ZH = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=None)
def parsed(name: str) -> str:
    return parse_file(CORPUS / name).text


def corpus_names() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".txt", ".pdf") and p.name != "SOURCES.md")


@lru_cache(maxsize=None)
def chunks(name: str) -> tuple[tuple[str, int, int], ...]:
    """(article id, start, end) of every chunk the splitter makes; '-' for unlabelled chunks."""
    return tuple((c.article or "-", c.start, c.end) for c in split_clauses(parsed(name)))


def article_spans(name: str, article: str) -> list[tuple[int, int]]:
    spans = [(s, e) for a, s, e in chunks(name) if a == article]
    if not spans:
        raise ValueError(f"{name}: the splitter has no article {article!r}")
    return spans


def _space_tolerant(s: str) -> re.Pattern:
    """A pattern for s in which a plain space also matches a no-break space (the GZ report has 69 of
    them, around the italicised title "the\xa0Guidelines"); the gold file stores the verbatim text."""
    return re.compile("".join("[ \u00a0]" if ch == " " else re.escape(ch) for ch in s))


def anchor(name: str, article: str, quote: str) -> dict:
    text = parsed(name)
    pat = _space_tolerant(quote)
    for s, e in article_spans(name, article):
        m = pat.search(text, s, e)
        if m:
            return {"document": name, "article": article, "start": m.start(), "end": m.end(),
                    "quote": m.group(0)}
    raise ValueError(f"{name} {article}: quote not found in the article's chunk(s): {quote!r}")


def evidence_chunk_text(evidence: list[dict]) -> str:
    out = []
    for ev in evidence:
        text = parsed(ev["document"])
        for a, s, e in chunks(ev["document"]):
            if a == ev["article"] and s <= ev["start"] < e:
                out.append(text[s:e])
    return "\n".join(out)


def verbatim_fact(fact: str, chunk_text: str) -> str:
    m = _space_tolerant(fact).search(chunk_text)
    if not m:
        raise ValueError(f"required fact not in the evidence chunks: {fact!r}")
    return m.group(0)


def span_errors(it: dict) -> list[str]:
    """Quotes against the parser's chunks, required facts against the evidence, question language."""
    errors: list[str] = []
    iid = it["id"]
    if bool(ZH.search(it["question"])) != (it["language"] == "zh") and it["language"] == "zh":
        errors.append(f"{iid}: zh question without Chinese")
    if it["language"] == "en" and len(ZH.findall(it["question"])) > 6:
        errors.append(f"{iid}: en question mostly Chinese")
    for key in ("evidence", "related_evidence"):
        for ev in it[key]:
            doc = ev["document"]
            text = parsed(doc)
            q = ev["quote"]
            if text[ev["start"]:ev["end"]] != q:
                errors.append(f"{iid}: {key} offsets do not give the quote {q!r}")
            if not 10 <= len(q) <= 80 or "\n" in q:
                errors.append(f"{iid}: quote length {len(q)} / line break: {q!r}")
            spans = [(s, e) for a, s, e in chunks(doc) if a == ev["article"]]
            if not spans:
                errors.append(f"{iid}: article {ev['article']!r} not produced by the splitter for {doc}")
            elif not any(s <= ev["start"] and ev["end"] <= e for s, e in spans):
                errors.append(f"{iid}: evidence {q!r} not inside a chunk of {ev['article']}")
    if it["answerable"]:
        chunk_text = evidence_chunk_text(it["evidence"])
        for fact in it["required_facts"]:
            if fact not in chunk_text:
                errors.append(f"{iid}: required fact not in the evidence chunks: {fact!r}")
    return errors
