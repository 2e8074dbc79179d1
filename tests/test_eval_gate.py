"""CI gate: the gold-set evaluation on the frozen test split meets eval/thresholds.toml."""

from __future__ import annotations

import pytest

from assistant.evaluation import run_evaluation
from assistant.evaluation.gate import check_thresholds
from assistant.settings import Settings

from .conftest import PROJECT


@pytest.mark.eval
def test_headline_metrics_meet_the_recorded_thresholds(corpus_index):
    run = run_evaluation(Settings(index_dir=corpus_index), split="test", baseline=False)
    assert check_thresholds(run.comparison, PROJECT / "eval" / "thresholds.toml") == []
