"""The chat page's rendering: pure functions from answers, citations and verdicts to HTML
and Markdown.

Every piece of document text is escaped before it reaches HTML or Markdown: documents (and
uploaded file names) may carry hostile markup.
"""

from __future__ import annotations

import html
import re
from typing import Any

from .library import file_status
from .page_text import TEXT
from .schema import Answer, Citation, DocumentInfo, IngestReport
from .verification import Verdict

CONTEXT_CHARS = 600  # surrounding text shown around a quote in the source viewer
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$<>])")


def escape_html(text: str) -> str:
    """HTML-escape, also ${ } so no template engine ever reads document text as code."""
    return html.escape(text, quote=True).replace("$", "&#36;").replace("{", "&#123;").replace("}", "&#125;")


def escape_markdown(text: str) -> str:
    """Text shown literally in a Markdown component: HTML-escaped, Markdown syntax disarmed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def answer_items(answer: Answer) -> list[tuple[str, str, int | None]]:
    """The answer split into its quotes: (text, marker as written, citation id).

    A quote may span paragraphs, so items end at each citation's marker (in citation order),
    not at line breaks.
    """
    text, items = answer.answer, []
    for citation in answer.citations:
        marker = re.search(rf"\s*\[{citation.id}\][ \t]*(?:\n|$)", text)
        if not marker:
            break
        items.append((text[: marker.start()], marker.group(0).rstrip("\n"), citation.id))
        text = text[marker.end() :]
    if text.strip():
        items.append((text, "", None))
    return items


def limit_sources(answer: Answer, count: int) -> Answer:
    """The answer with at most ``count`` citations (and only the quotes that cite them)."""
    if answer.refused:
        return answer.model_copy(update={"related": answer.related[:count]})
    kept = [body + marker for body, marker, cited in answer_items(answer) if cited is None or cited <= count]
    citations = [c for c in answer.citations if c.id <= count]
    return answer.model_copy(update={"answer": "\n".join(kept), "citations": citations})


def answer_lines(answer: Answer, turn: int, lang: str) -> list[str]:
    """The answer as Markdown, one entry per quote, each ending in a clickable marker."""
    if answer.refused:
        lines = [escape_markdown(answer.answer)]
        if answer.related:
            lines.append(f"**{TEXT[lang]['related']}:**")
            lines += [f"{_marker(turn, c.id)} {escape_markdown(_where(c))}" for c in answer.related]
        return lines
    return [
        escape_markdown(body) + (f" {_marker(turn, cited)}" if cited else "")
        for body, _, cited in answer_items(answer)
    ]


def _marker(turn: int, citation_id: int) -> str:
    return f"[\\[{citation_id}\\]](#cite-{turn}-{citation_id})"


def _where(citation: Citation) -> str:
    return " › ".join(part for part in (citation.title, citation.article) if part)


def _section_path(citation: Citation) -> str:
    """chapter › article: the section without its leading document title."""
    parts = citation.section.split(" › ")
    if parts and parts[0] == citation.title:
        parts = parts[1:]
    return " › ".join(parts) or (citation.article or "")


def _card(citation: Citation, ref: str | None, lang: str, related: bool = False, quote_html: str | None = None) -> str:
    text = TEXT[lang]
    meta = [
        f"{text['doc_number']} {escape_html(citation.doc_number)}" if citation.doc_number else "",
        escape_html(_section_path(citation)),
        (f"第 {citation.page} 页" if lang == "zh" else f"p. {citation.page}") if citation.page else "",
    ]
    clickable = f' data-cite="{escape_html(ref)}" role="button" tabindex="0"' if ref else ""
    classes = "cite-card related" if related else "cite-card"
    return (
        f'<div class="{classes}"{clickable}>'
        f'<div class="cite-head">[{citation.id}] {escape_html(citation.title)}</div>'
        f'<div class="cite-meta">{" · ".join(m for m in meta if m)}</div>'
        f"<blockquote>{quote_html or escape_html(citation.quote)}</blockquote></div>"
    )


def cards_html(answer: Answer | None, turn: int, lang: str) -> str:
    """One card per citation of the answer (or per related clause of a refusal)."""
    text = TEXT[lang]
    if answer is None or not (answer.citations or answer.related):
        return f'<div class="cards-title">{text["sources"]}</div><p>{text["no_sources"]}</p>'
    related = answer.refused
    shown = answer.related if related else answer.citations
    title = text["related"] if related else text["sources"]
    cards = "".join(_card(c, f"{turn}-{c.id}", lang, related) for c in shown)
    return f'<div class="cards-title">{title}</div>{cards}'


def source_html(citation: Citation, document_text: str | None, lang: str) -> str:
    """The clause in its surrounding text with the quoted span highlighted.

    Uses the parsed document when its text at [start, end) is the quote; otherwise (the file
    changed or moved since indexing) the clause text alone.
    """
    if document_text is not None and document_text[citation.start : citation.end] == citation.quote:
        text, start, end = document_text, citation.start, citation.end
    else:
        text = citation.text
        start = max(0, text.find(citation.quote))
        end = start + len(citation.quote)
    before = max(0, start - CONTEXT_CHARS)
    after = min(len(text), end + CONTEXT_CHARS)
    # Start and stop at line breaks when one is near, so the context reads as whole paragraphs.
    cut = text.find("\n", before, start)
    before = cut + 1 if before > 0 and cut != -1 else before
    cut = text.rfind("\n", end, after)
    after = cut if after < len(text) and cut != -1 else after
    body = (
        ("…" if before > 0 else "")
        + escape_html(text[before:start])
        + f'<mark id="source-quote">{escape_html(text[start:end])}</mark>'
        + escape_html(text[end:after])
        + ("…" if after < len(text) else "")
    )
    header = _card(citation, None, lang)
    return f'<div class="cards-title">{TEXT[lang]["source"]}</div>{header}<div class="source-text">{body}</div>'


def verdict_html(verdict: Verdict, lang: str) -> str:
    """The verdict, its explanation, and the compared clauses with the matching span marked."""
    cards = []
    for clause in verdict.clauses:
        at = clause.text.find(clause.quote)
        if at >= 0:
            quote_html = (
                escape_html(clause.text[:at]) + f"<mark>{escape_html(clause.quote)}</mark>"
                + escape_html(clause.text[at + len(clause.quote):])
            )
        else:
            quote_html = f"<mark>{escape_html(clause.quote)}</mark>"
        cards.append(_card(clause, None, lang, quote_html=f'<span class="source-text-inline">{quote_html}</span>'))
    return (
        f'<div class="verdict {verdict.verdict}" data-verdict="{verdict.verdict}">'
        f"{TEXT[lang][verdict.verdict]}</div>"
        f"<p>{escape_html(verdict.explanation)}</p>{''.join(cards)}"
    )


def documents_table(documents: list[DocumentInfo], lang: str) -> list[list[Any]]:
    status = TEXT[lang]["status"]
    return [
        [d.title, d.doc_number or "", d.issuer or "", d.issue_date or "", d.effective_date or "",
         d.language, d.pages or "", d.chunks, status[file_status(d)], d.document]
        for d in documents
    ]


def report_markdown(report: IngestReport, lang: str) -> str:
    text = TEXT[lang]
    lines = [
        f"**{text[key]}:** {escape_markdown(', '.join(getattr(report, key)))}"
        for key in ("added", "updated", "unchanged", "removed")
        if getattr(report, key)
    ]
    lines += [f"**{text['failed']}:** {escape_markdown(reason)}" for reason in report.failed.values()]
    return "\n\n".join(lines)


# --- the conversation: citations by reference, turns as chat messages -------------------------
def find_citation(turns: list[dict], ref: str) -> Citation | None:
    """The citation a marker or card names: "<turn>-<id>"."""
    match = re.fullmatch(r"(\d+)-(\d+)", ref or "")
    if not match or int(match.group(1)) >= len(turns):
        return None
    answer = Answer.model_validate(turns[int(match.group(1))])
    for citation in answer.citations + answer.related:
        if citation.id == int(match.group(2)):
            return citation
    return None


def chat_messages(turns: list[dict], lang: str) -> list[dict[str, str]]:
    messages = []
    for turn, data in enumerate(turns):
        answer = Answer.model_validate(data)
        messages.append({"role": "user", "content": escape_markdown(answer.question)})
        messages.append({"role": "assistant", "content": "\n".join(answer_lines(answer, turn, lang))})
    return messages
