"""Labelled claims (eval/labels/claims.jsonl) and how `assistant verify` is scored on them: the
file is checked against the corpus; the scores are defined on hand-made judgements; the CI
gate holds the verifier to its measured floors."""

from __future__ import annotations

import typing

import pytest

from assistant.evaluation.claims import (
    VERDICTS,
    ClaimKind,
    Judgement,
    LabelledClaim,
    VerifierScores,
    claim_half,
    load_claims,
    score_verifier,
)
from assistant.evaluation.gate import check_thresholds
from assistant.evaluation.labels import HandLabelError
from assistant.evaluation.report import markdown_summary

from .conftest import CORPUS
from .test_report import comparison, ours, baseline  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def claims():
    return load_claims()


def test_the_claims_cover_every_verdict_kind_language_and_document(claims):
    assert 80 <= len(claims) <= 120
    assert {c.verdict for c in claims} == set(VERDICTS)
    assert {c.kind for c in claims} == set(typing.get_args(ClaimKind))
    assert {c.language for c in claims} == {"zh", "en"}
    documents = {p.name for p in CORPUS.iterdir() if p.suffix in (".txt", ".pdf")}
    assert {c.document for c in claims if c.document} == documents
    halves = [claim_half(c) for c in claims]
    assert 0.3 <= halves.count("dev") / len(halves) <= 0.7


def test_every_deciding_clause_is_a_clause_of_the_index(claims, assistant):
    labelled = {(n.metadata.get("document"), n.metadata.get("article")) for n in assistant.index.nodes()}
    for claim in claims:
        if claim.verdict == "not_found" and claim.document is None:
            continue
        assert claim.document, claim.id
        if claim.article is not None:
            assert (claim.document, claim.article) in labelled, claim.id


def test_the_loader_names_the_line_that_breaks_the_schema(tmp_path):
    path = tmp_path / "claims.jsonl"
    good = LabelledClaim(id="c1", claim="x", language="zh", verdict="supported",
                         document="a.txt", article="第一条", kind="verbatim", why="y")
    path.write_text(good.model_dump_json() + "\n" + '{"id": "c2"}\n', encoding="utf-8")
    with pytest.raises(HandLabelError, match="claims.jsonl:2"):
        load_claims(path)
    path.write_text(good.model_dump_json() + "\n" + good.model_dump_json() + "\n", encoding="utf-8")
    with pytest.raises(HandLabelError, match="already used at line 1"):
        load_claims(path)


def _claim(id: str, verdict: str, kind: str, article: str | None = "第九条") -> LabelledClaim:
    return LabelledClaim(id=id, claim=id, language="zh", verdict=verdict,
                         document="sme.pdf" if article else None, article=article, kind=kind,
                         why="hand-made")


LABELLED = [
    _claim("true-1", "supported", "verbatim"),
    _claim("true-2", "supported", "paraphrase"),
    _claim("false-1", "contradicted", "figure_changed"),
    _claim("unstated-1", "not_found", "not_in_corpus", article=None),
]
SAID = {
    "true-1": Judgement(verdict="supported", document="sme.pdf", article="第九条"),
    "true-2": Judgement(verdict="contradicted", document="sme.pdf", article="第十六条"),
    "false-1": Judgement(verdict="contradicted", document="sme.pdf", article="第十条"),
    "unstated-1": Judgement(verdict="not_found"),
}


def test_the_verifier_is_scored_by_verdict_and_by_the_clause_it_shows():
    scores = score_verifier(SAID.__getitem__, LABELLED)
    assert scores.accuracy == 3 / 4
    # A true claim called contradicted is the error that misleads an auditor most.
    assert scores.false_contradiction == 1 / 3
    assert scores.false_support == 0.0  # vouching for a false or unstated claim: none here
    assert scores.contradiction_recall == 1.0
    assert scores.support_recall == 1 / 2
    # Right verdicts with a deciding clause: true-1 shows 第九条, false-1 shows 第十条.
    assert scores.right_clause == 1 / 2
    assert scores.confusion["supported"] == {"supported": 1, "contradicted": 1, "not_found": 0}
    assert scores.by_kind == {"verbatim": 1.0, "paraphrase": 0.0, "figure_changed": 1.0,
                              "not_in_corpus": 1.0}
    assert set(scores.ci) == {"accuracy", "false_contradiction", "false_support",
                              "contradiction_recall", "support_recall", "right_clause"}


def test_the_gate_and_the_summary_read_the_verifier_scores(comparison, tmp_path):  # noqa: F811
    scores = score_verifier(SAID.__getitem__, LABELLED)
    with_verifier = comparison.model_copy(update={"verifier": scores})
    assert "Verifier on 4 labelled claims: accuracy 0.750" in markdown_summary(with_verifier)
    bounds = tmp_path / "thresholds.toml"
    bounds.write_text('split = "dev"\n[verifier.minimum]\naccuracy = 0.8\n'
                      "[verifier.maximum]\nfalse_contradiction = 0.3\n", encoding="utf-8")
    assert check_thresholds(with_verifier, bounds) == [
        "verifier accuracy: 0.75 < 0.8",
        f"verifier false_contradiction: {1 / 3} > 0.3",
    ]
    # A run without verifier scores fails a verifier floor rather than passing it.
    assert check_thresholds(comparison, bounds)[0] == "verifier accuracy: None < 0.8"


def test_the_json_contract_carries_the_verifier_scores(comparison):  # noqa: F811
    scores = score_verifier(SAID.__getitem__, LABELLED)
    data = comparison.model_copy(update={"verifier": scores}).model_dump(mode="json")
    assert VerifierScores.model_validate(data["verifier"]) == scores
