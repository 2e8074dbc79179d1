"""Questions people ask that a clause answers (assistant/data/clause_questions/*.tsv): each is
anchored in its clause, and everyday questions reach the clause through them."""

from __future__ import annotations

import pytest

from assistant.clause_questions import attached, clause_questions
from assistant.parsing import parse_file
from .conftest import CORPUS


def test_every_written_question_is_anchored_verbatim_in_its_document():
    texts = {path.name: parse_file(path).text for path in CORPUS.iterdir() if path.name != "SOURCES.md"}
    lines = clause_questions()
    assert len(lines) > 1000
    assert [(d, a) for d, a, _ in lines if d not in texts or a not in texts[d]] == []
    assert len({q for _, _, q in lines}) == len(lines), "no question is written twice"


def test_every_written_question_attaches_to_an_indexed_clause(assistant):
    nodes = assistant.catalog().nodes
    assert len(attached(nodes)) == len(clause_questions())
    # Each of the seven documents has written questions.
    assert {nodes[i].metadata["document"] for i, _ in attached(nodes)} == {
        n.metadata["document"] for n in nodes
    }


@pytest.mark.parametrize(("question", "document", "articles"), [
    # "刁难…暗示要好处" shares no word with 故意刁难、吃拿卡要 that BM25 weighs.
    ("窗口的人一直刁难我们，暗示要好处，这种人会被怎么处理？",
     "cn_law_public_official_sanctions_2020.txt", {"第三十八条"}),
    # A promise broken by a new party secretary: the rule against 政府换届 as an excuse.
    ("Our county government promised us a subsidy, then the new party secretary said the old "
     "deal doesn't count. Is that allowed?",
     "cn_law_private_economy_promotion_2025.txt", {"第七十条"}),
])
def test_an_everyday_question_reaches_the_clause_through_the_questions_written_for_it(
    assistant, question, document, articles
):
    answer = assistant.ask(question)
    assert not answer.refused
    first = answer.citations[0]
    assert (first.document, first.article) in {(document, a) for a in articles}
