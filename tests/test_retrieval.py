"""Hybrid retrieval details: fusion, the optional reranker, article references."""

from __future__ import annotations

import pytest
from llama_index.core.postprocessor.types import BaseNodePostprocessor

from assistant.numerals import to_chinese_numeral
from assistant.retrieval import ArticleReference, find_references


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (10, "十"), (15, "十五"), (70, "七十"), (102, "一百零二"), (110, "一百一十")])
def test_chinese_numerals_of_article_numbers(n, text):
    assert to_chinese_numeral(n) == text


@pytest.mark.parametrize(
    ("question", "references"),
    [
        ("第七十条", [ArticleReference("第七十条", None)]),
        ("条例第17条怎么规定", [ArticleReference("第十七条", None)]),
        ("Article 9 of the SME payment regulations", [ArticleReference("第九条", None)]),
        ("(4) of the NDRC notice", [ArticleReference(None, 4)]),
        ("What is compliance?", []),
    ],
)
def test_article_references_in_questions(question, references):
    assert find_references(question) == references


class ReverseOrder(BaseNodePostprocessor):
    """A deterministic stand-in for a cross-encoder (none ships with its weights offline):
    it reverses the candidates, so the test can see that the reranker's order is used."""

    def _postprocess_nodes(self, nodes, query_bundle=None):
        return list(reversed(nodes))


def test_a_configured_reranker_reorders_fused_candidates_but_not_exact_lookups(assistant):
    hybrid = assistant._hybrid()
    question = "机关、事业单位从中小企业采购货物，应当在多少日内支付款项？"
    plain = [c.node.node_id for c in hybrid.retrieve(question, 5)]
    hybrid.reranker = ReverseOrder()
    try:
        reranked = [c.node.node_id for c in hybrid.retrieve(question, 40)]
        assert reranked[0] != plain[0]
        assert plain[0] in reranked
        exact = hybrid.retrieve("第九条 of the SME payment regulation", 3)
        assert exact[0].exact and exact[0].node.metadata["article"] == "第九条"
    finally:
        hybrid.reranker = None
