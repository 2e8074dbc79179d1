"""Document-level metadata: title, 文号, issuer, dates and language, read from the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.metadata import extract_metadata
from assistant.parsing import ParsedDocument, parse_file

from .conftest import CORPUS, NDRC_PDF, SME_PDF


def test_the_ndrc_notice_number_is_extracted():
    meta = extract_metadata(parse_file(NDRC_PDF))
    assert meta.doc_number == "Development and Reform Finance [2023] No. 1103"
    assert meta.issuer == "National Development and Reform Commission"
    assert meta.issue_date == "2023-08-05"
    assert meta.language == "en"


def test_a_revised_regulation_is_numbered_by_its_revising_order():
    meta = extract_metadata(parse_file(SME_PDF))
    assert meta.title == "保障中小企业款项支付条例"
    assert meta.doc_number == "国务院令第802号"
    assert meta.issuer == "国务院"
    assert meta.issue_date == "2025-03-17"
    assert meta.effective_date == "2025-06-01"
    assert meta.language == "zh"


@pytest.mark.parametrize(
    ("file", "title", "doc_number", "effective"),
    [
        ("cn_regs_optimizing_business_environment_2019.txt", "优化营商环境条例", "国务院令第722号", "2020-01-01"),
        ("cn_sasac_central_soe_compliance_measures_2022.txt", "中央企业合规管理办法",
         "国务院国有资产监督管理委员会令第42号", "2022-10-01"),
        ("cn_law_private_economy_promotion_2025.txt", "中华人民共和国民营经济促进法", None, "2025-05-20"),
    ],
)
def test_chinese_text_metadata(file, title, doc_number, effective):
    meta = extract_metadata(parse_file(CORPUS / file))
    assert (meta.title, meta.doc_number, meta.effective_date) == (title, doc_number, effective)


def test_a_bracketed_document_number_in_chinese():
    text = "关于完善政府诚信履约机制优化民营经济发展环境的通知\n发改财金〔2023〕1103号\n各省、自治区、直辖市：\n"
    meta = extract_metadata(ParsedDocument(path=Path("notice.txt"), text=text))
    assert meta.doc_number == "发改财金〔2023〕1103号"
    assert meta.title == "关于完善政府诚信履约机制优化民营经济发展环境的通知"


def test_a_rubric_line_above_the_title_is_not_taken_for_the_title():
    meta = extract_metadata(parse_file(CORPUS / "gz_lecture_hall_guidelines_2025_en.txt"))
    assert meta.title.startswith("Session 12 of the")
