"""Questions about a document as a whole: what it is for, what it covers, how it is laid out.

"民营经济促进法的立法目的是什么？" is answered by the sentence in which the law states its own
purpose (第一条 "为了…，制定本法"), not by 第六十四条, which merely shares the word 目的;
"发改委1103号文件主要讲了什么？" by the notice's statement of purpose and the headings of its
parts, not by its title. The purpose sentence is a verbatim quote with a citation like any
other; the outline is read from the section headings the parser kept for each clause.

Only a question that asks nothing beyond the document as a whole counts: "民营经济促进法里信用
修复的目的是什么？" asks about credit restoration and is answered clause by clause.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from llama_index.core.schema import TextNode

from .sentences import Span, sentence_spans
from .tokenizing import normalize, tokenize

Aspect = Literal["purpose", "overview", "outline"]

_ASKS = {
    "purpose": re.compile(
        r"立法目的|目的|宗旨|初衷|为什么(?:要)?(?:制定|出台|发布|印发|颁布)|为何(?:制定|出台|发布|印发|颁布)"
        r"|\bpurposes?\b|\baims?\b|\bobjectives?\b|\bgoals?\b|\bwhy\b.*\b(?:issued|adopted|enacted|made|introduced)\b",
        re.IGNORECASE,
    ),
    "outline": re.compile(
        r"几章|多少章|哪几章|哪些章|章节|结构|目录|框架|几个部分|哪几个部分|哪些部分"
        r"|\bchapters?\b|\bstructured?\b|\btable of contents\b|\boutline\b|\bparts?\b|\bsections?\b"
        r"|\bhow is\b.*\borgani[sz]ed\b",
        re.IGNORECASE,
    ),
    "overview": re.compile(
        r"主要(?:内容|讲|说|规定|要求|涉及)|(?:讲|说|规定)(?:了|的是)?(?:些)?什么|概述|概括|总结|简介|介绍|大意|要点"
        r"|核心内容|重点内容|内容是什么"
        r"|\boverview\b|\bsummar(?:y|ise|ize)\b|\babout\b|\bcover(?:s|ed)?\b|\bmain (?:points|content|provisions|ideas?)\b"
        r"|\bkey (?:points|provisions|requirements)\b|\bgist\b|\bin (?:a nutshell|brief)\b",
        re.IGNORECASE,
    ),
}

# What a question about a whole document may say besides naming it and asking: "这份", "文件",
# "give me", "the document", its number ("1103号"). Anything else is a question about something
# in the document.
_FILLER_WORDS = (
    """这份 那份 这部 那部 这个 那个 文件 通知 条例 法 法律 办法 规定 指引 指南 一下 给 讲讲 说说 请 简单 简要
    一共 共 总共 分 分为 部分 立法 制定 本 全文 整体 整个 内容 主要 号 文 令
    give me tell explain brief briefly short quick quickly please document notice law regulation regulations
    measure measures guideline guidelines rule rules whole entire text main mainly general generally"""
)


@functools.lru_cache(maxsize=1)
def _filler() -> frozenset[str]:
    """The filler words, English also as stems. (Built on first use: tokenizing loads jieba's
    dictionary, which an ingest does not otherwise need.)"""
    return frozenset(_FILLER_WORDS.split()) | frozenset(tokenize(_FILLER_WORDS))

# A document's own statement of why it was made: "第一条 为了…，制定本法。", "To thoroughly
# implement …, the following work is hereby notified."
_PURPOSE_SENTENCE = re.compile(
    r"^(?:第[一1]条\s*)?为了?.{4,}?(?:制定|特制定)本(?:法|条例|办法|规定|细则)"
    r"|^(?:in order to|to)\b.{20,}\b(?:hereby|are formulated|is formulated|are enacted|is enacted|are issued|is issued)\b",
    re.IGNORECASE | re.DOTALL,
)
# The heading of a chapter or part as the parser kept it in a clause's section path.
_PART_HEADING = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章编]\s*\S|[IVXL]+\.\s+\S)")


@dataclass(frozen=True)
class DocumentQuestion:
    document: str
    aspects: frozenset[Aspect]


def about_document(
    question: str, named: set[str], without_names: str, title_words: set[str]
) -> DocumentQuestion | None:
    """The one document ``question`` asks about as a whole, and what it asks (its purpose,
    what it covers, its outline); None for any other question. ``named`` are the documents it
    names, ``without_names`` the question with their names blanked, ``title_words`` the words
    of the named document's title ("Summarize the NDRC notice on government integrity")."""
    if len(named) != 1:
        return None
    rest = normalize(without_names)
    aspects = {aspect for aspect, pattern in _ASKS.items() if pattern.search(rest)}
    if not aspects:
        return None
    for pattern in _ASKS.values():
        rest = pattern.sub(" ", rest)
    left = [t for t in tokenize(rest) if t not in _filler() | title_words and not t.isdigit()]
    if left:
        return None
    return DocumentQuestion(next(iter(named)), frozenset(aspects))


def purpose_spans(text: str) -> list[Span]:
    """The sentences of a clause in which the document states its purpose (none in most)."""
    return [s for s in sentence_spans(text) if _PURPOSE_SENTENCE.search(s.text)]


def purpose_clause(document: str, nodes: Iterable[TextNode]) -> TextNode | None:
    """The first clause of ``document`` stating the document's purpose, if it states one."""
    for node in _in_order(document, nodes):
        if purpose_spans(node.get_content()):
            return node
    return None


def outline(document: str, nodes: Iterable[TextNode]) -> list[str]:
    """The headings of the document's chapters (or numbered parts), in order, from the section
    paths of its clauses: ["第一章 总则", "第二章 公平竞争", …]."""
    headings: list[str] = []
    for node in _in_order(document, nodes):
        for part in str(node.metadata.get("section") or "").split(" › ")[1:]:
            if _PART_HEADING.match(part) and part not in headings:
                headings.append(part)
    return headings


def _in_order(document: str, nodes: Iterable[TextNode]) -> list[TextNode]:
    own = [n for n in nodes if n.metadata.get("document") == document]
    return sorted(own, key=lambda n: n.start_char_idx or 0)
