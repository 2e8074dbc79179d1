"""Parsing: page numbers survive, PDF line breaks are repaired, bad files get readable errors."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from assistant.parsing import ParseError, parse_file, repair_pdf_pages

from .conftest import NDRC_PDF, SME_PDF


def test_page_of_a_known_clause_in_the_chinese_pdf():
    doc = parse_file(SME_PDF)
    assert doc.pages == 5
    offset = doc.text.index("第九条 机关、事业单位从中小企业采购货物")
    assert doc.page_at(offset) == 2
    assert doc.page_at(doc.text.index("第三十七条 本条例自2025年6月1日起施行")) == 5


def test_page_of_a_known_item_in_the_english_pdf():
    doc = parse_file(NDRC_PDF)
    assert doc.pages == 4
    assert doc.page_at(doc.text.index("(4) Make full use of the")) == 3
    assert doc.page_at(doc.text.index("Failure to perform due to institutional adjustments")) == 2


def test_chinese_lines_wrapped_inside_a_sentence_are_joined_without_a_space():
    doc = parse_file(SME_PDF)
    # In the PDF this sentence is broken after "优" at the end of a visual line.
    assert "维护中小企业合法权益，优化营商环境" in doc.text
    # pypdf puts spaces between digits and Chinese; the repair removes them.
    assert "交付之日起30日内支付款项" in doc.text
    assert "30 日" not in doc.text


def test_an_english_sentence_wrapped_across_a_page_break_is_one_sentence():
    doc = parse_file(NDRC_PDF)
    assert "the State Council's \"Internet + Supervision\" platform" in doc.text


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # a CJK wrap joins with nothing
        ([["第一条 为了促进机关及时支付中小企业款项，维护中小企业合法权益，优", "化营商环境，制定本条例。"]],
         "第一条 为了促进机关及时支付中小企业款项，维护中小企业合法权益，优化营商环境，制定本条例。"),
        # a hyphenated English word is rejoined, an ordinary wrap gets one space
        ([["The department shall strengthen the enforce-", "ment of contracts signed with private enterprises in all"]],
         "The department shall strengthen the enforcement of contracts signed with private enterprises in all"),
        # a new article always starts a new paragraph
        ([["第一条 本条例自公布之日起施行。这一行写得很长很长很长很长很长很长很长", "第二条 另一条。"]],
         "第一条 本条例自公布之日起施行。这一行写得很长很长很长很长很长很长很长\n第二条 另一条。"),
    ],
)
def test_repair_of_visual_lines(pages, expected):
    text, starts = repair_pdf_pages(["\n".join(lines) for lines in pages])
    assert text == expected
    assert starts == [0]


def test_running_headers_and_page_numbers_are_dropped():
    bodies = ["第一条 为了规范政务处分，制定本法。", "第二条 本法适用于监察机关。",
              "第三条 监察机关应当加强监督。", "第四条 给予政务处分，坚持集体讨论决定。"]
    pages = [f"某某市人民政府文件\n{body}\n- {n} -" for n, body in enumerate(bodies, 1)]
    text, starts = repair_pdf_pages(pages)
    assert "某某市人民政府文件" not in text
    assert "- 2 -" not in text
    assert len(starts) == 4
    assert text[starts[2]:].startswith("第三条")


def _pdf_bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_encrypted_pdf_is_refused_with_a_clear_message(tmp_path):
    writer = PdfWriter(clone_from=PdfReader(NDRC_PDF))
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "locked.pdf"
    path.write_bytes(_pdf_bytes(writer))
    with pytest.raises(ParseError, match="password-protected"):
        parse_file(path)


def test_scanned_pdf_without_a_text_layer_is_refused_with_advice(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf_bytes(writer))
    with pytest.raises(ParseError, match="no text layer.*OCR"):
        parse_file(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.pdf", b"%PDF-1.7\n this is not really a pdf", "not a readable PDF"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary"),
        ("slides.pptx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_files_get_a_message_a_person_understands(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ParseError, match=message):
        parse_file(path)


def test_files_over_the_size_limit_are_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("第一条 内容。\n" * 200_000, encoding="utf-8")
    with pytest.raises(ParseError, match="over the 1 MiB limit"):
        parse_file(path, max_bytes=2**20)


def test_encoding_is_detected_not_assumed(tmp_path):
    text = "中央企业合规管理办法\n第一条 为深入贯彻习近平法治思想，推动中央企业加强合规管理，切实防控风险。\n"
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gb18030"))
    assert parse_file(path).text == text


def test_hostile_control_characters_are_removed(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text("标题\n第一条 正常\u202e文本\x07。\n", encoding="utf-8")
    assert parse_file(path).text == "标题\n第一条 正常文本。\n"
