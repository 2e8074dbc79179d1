"""The gold set in eval/gold/ is consistent with the corpus it is about.

Each test checks one property over all items and lists every offending item, so one run shows
all that needs fixing.
"""

import functools
import json

import pytest

from assistant.evaluation.gold import ALTERNATIVES_FILE, GOLD_DIR, GoldError, load_gold, type_mix
from assistant.evaluation.support import normalize
from assistant.settings import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "corpus"

pytestmark = pytest.mark.skipif(
    not any(GOLD_DIR.glob("*.jsonl")), reason=f"no gold files in {GOLD_DIR} yet"
)


@functools.cache
def parsed_text(document: str) -> str:
    from assistant.parsing import parse_file

    return parse_file(CORPUS / document).text


@functools.cache
def clauses(document: str) -> tuple[tuple[int, int, str | None], ...]:
    """(start, end, article id) of each chunk the index makes of the document."""
    from assistant.splitting import split_clauses

    return tuple((c.start, c.end, c.article) for c in split_clauses(parsed_text(document)))


@pytest.fixture(scope="module")
def items():
    return load_gold()


def all_evidence(items):
    for item in items:
        for kind in ("evidence", "related_evidence", "alternative_evidence"):
            for evidence in getattr(item, kind):
                yield item, kind, evidence


def test_gold_files_follow_the_schema_with_unique_ids(items):
    # load_gold raises on a bad line or a reused id, naming the file and line.
    assert len({item.id for item in items}) == len(items)


def test_every_quote_is_the_parsed_text_of_its_document_at_its_offsets(items):
    problems = []
    for item, kind, evidence in all_evidence(items):
        if not (CORPUS / evidence.document).is_file():
            problems.append(f"{item.id} {kind}: no document {evidence.document}")
            continue
        found = parsed_text(evidence.document)[evidence.start : evidence.end]
        if found != evidence.quote:
            problems.append(f"{item.id} {kind} [{evidence.start}, {evidence.end}): {found!r}")
    assert problems == []


def test_every_article_id_names_the_clause_its_quote_sits_in(items):
    # The clause overlapping the quote has the gold article id, or a sub-item of it (gold
    # 第九条, chunk 第九条（一）), or is the article a gold item id belongs to (gold 第九条（一）,
    # chunk 第九条 when the article was not split). "-" marks text outside any article (title,
    # preamble): the clause there has no article id.
    problems = []
    for item, kind, evidence in all_evidence(items):
        if not (CORPUS / evidence.document).is_file():
            continue
        articles = {
            article
            for start, end, article in clauses(evidence.document)
            if start < evidence.end and evidence.start < end
        }
        if evidence.article == "-":
            named = articles == {None}
        else:
            named = any(
                a and (a.startswith(evidence.article) or evidence.article.startswith(a))
                for a in articles
            )
        if not named:
            problems.append(f"{item.id} {kind}: {evidence.article} but the clause is {articles}")
    assert problems == []


def test_required_facts_are_stated_by_the_clauses_holding_the_evidence(items):
    # Otherwise required_fact_recall could not reach 1 even for a perfect answer.
    problems = []
    for item in items:
        if not item.answerable or not all((CORPUS / e.document).is_file() for e in item.evidence):
            continue
        clause_texts = [
            parsed_text(e.document)[start:end]
            for e in item.evidence
            for start, end, _ in clauses(e.document)
            if start < e.end and e.start < end
        ]
        stated = normalize("\n".join(clause_texts)).replace(" ", "")
        missing = [f for f in item.required_facts if normalize(f).replace(" ", "") not in stated]
        if missing:
            problems.append(f"{item.id}: {missing}")
    assert problems == []


def test_answerable_items_have_evidence_and_unanswerable_ones_an_absence_check(items):
    # Also enforced by the schema; stated here as the rule the gold writers follow.
    assert [i.id for i in items if i.answerable and not i.evidence] == []
    assert [i.id for i in items if not i.answerable and i.absence_check is None] == []


def test_alternative_evidence_is_another_clause_of_a_question_with_one_answer(items):
    # An alternative (eval/gold/alternatives/) stands for the item's evidence: "cite this one
    # instead" only means something for questions that one clause answers, and an alternative
    # that is the evidence's own clause would add nothing.
    one_clause_types = {"single", "cross_lingual", "paraphrase", "follow_up"}
    problems = []
    for item in items:
        for alternative in item.alternative_evidence:
            if item.type not in one_clause_types:
                problems.append(f"{item.id}: alternative for a {item.type} question")
            own = {(e.document, e.article) for e in item.evidence}
            if (alternative.document, alternative.article) in own:
                problems.append(f"{item.id}: alternative {alternative.article} is the evidence's clause")
    assert problems == []


def test_report_the_type_mix(items):
    mix = type_mix(items)
    splits = {split: sum(i.split == split for i in items) for split in ("dev", "test")}
    alternatives = sum(bool(i.alternative_evidence) for i in items)
    print(f"\n{len(items)} gold items, {splits}: {mix}; {alternatives} with alternative evidence")
    assert sum(mix.values()) == len(items)


def test_alternatives_are_attached_to_their_item_and_an_unknown_id_is_named(tmp_path):
    item = load_gold()[0]
    (tmp_path / "gold.jsonl").write_text(
        item.model_dump_json(exclude={"alternative_evidence"}) + "\n", encoding="utf-8"
    )
    other = {"document": "x.txt", "article": "第一条", "start": 0, "end": 2, "quote": "第一"}
    path = tmp_path / ALTERNATIVES_FILE
    path.parent.mkdir()
    path.write_text(json.dumps({"id": item.id, "alternatives": [other], "why": "same rule"}) + "\n")
    assert [e.quote for e in load_gold(tmp_path)[0].alternative_evidence] == ["第一"]

    path.write_text(json.dumps({"id": "nope", "alternatives": [other], "why": "?"}) + "\n")
    with pytest.raises(GoldError, match="alternatives.jsonl:1: no gold item 'nope'"):
        load_gold(tmp_path)
