"""Clause-aware splitting: one chunk per article or item, with its path, pages and offsets."""

from __future__ import annotations

from llama_index.core.schema import Document

from assistant.parsing import parse_file
from assistant.splitting import ClauseNodeParser, split_clauses

from .conftest import CORPUS, NDRC_PDF, SME_PDF


def _nodes(path):
    doc = parse_file(path)
    document = Document(
        id_=doc.name,
        text=doc.text,
        metadata={"document": doc.name, "title": "T", "page_starts": ",".join(map(str, doc.page_starts))},
    )
    return doc, ClauseNodeParser().get_nodes_from_documents([document])


def test_each_article_of_the_chinese_pdf_is_one_chunk_with_its_chapter_and_page():
    doc, nodes = _nodes(SME_PDF)
    by_article = {n.metadata["article"]: n for n in nodes}
    ninth = by_article["第九条"]
    assert ninth.metadata["section"] == "T › 第二章 款项支付规定 › 第九条"
    assert (ninth.metadata["page_start"], ninth.metadata["page_end"]) == (2, 2)
    assert ninth.text.startswith("第九条 机关、事业单位从中小企业采购货物")
    assert ninth.text.endswith("付款期限应当自双方确认结算金额之日起算。")
    assert doc.text[ninth.start_char_idx : ninth.end_char_idx] == ninth.text
    assert len([a for a in by_article if a.startswith("第")]) == 37


def test_items_of_the_english_notice_carry_their_roman_section():
    _, nodes = _nodes(NDRC_PDF)
    by_article = {n.metadata["article"]: n for n in nodes}
    assert set(by_article) >= {"I.", "II.(1)", "II.(2)", "III.(4)", "IV.(9)"}
    second = by_article["II.(2)"]
    assert "II. Establish a Mechanism for the Source Acquisition" in second.metadata["section"]
    assert second.metadata["section"].endswith("› (2)")
    assert (second.metadata["page_start"], second.metadata["page_end"]) == (2, 2)
    assert "personnel changes" in second.text


def test_text_files_have_no_pages():
    _, nodes = _nodes(CORPUS / "cn_law_public_official_sanctions_2020.txt")
    assert all(n.metadata["page_start"] == -1 for n in nodes)


def test_a_long_article_is_split_at_its_items_and_keeps_its_article_id():
    items = "".join(f"（{n}）{'应当依法履行合同约定的付款义务并及时公开信息' * 6}；\n" for n in "一二三四五六")
    text = f"第一章 总则\n第一条 有下列情形之一的，依法处理：\n{items}第二条 短条。\n第三条 本条例自公布之日起施行。"
    clauses = split_clauses(text, max_tokens=300)
    first = [c for c in clauses if c.article == "第一条"]
    assert len(first) > 1
    assert all(c.path[0] == "第一章 总则" for c in first)
    assert first[1].part.startswith("（")
    covered = "".join(text[c.start : c.end] for c in first)
    assert "（六）" in covered


def test_headed_reports_are_split_into_paragraphs_under_their_headings():
    clauses = split_clauses((CORPUS / "gz_lecture_hall_guidelines_2025_en.txt").read_text(encoding="utf-8"))
    headed = [c for c in clauses if c.path and c.path[0] == "Member Composition"]
    assert len(headed) == 1
    assert all(c.article.startswith("¶") for c in clauses)
