"""The CI gate: headline metrics compared with the floors recorded in eval/thresholds.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

from .runner import Comparison


def check_thresholds(comparison: Comparison, path: Path) -> list[str]:
    """Every metric of ours outside its recorded bound, as "name: value < floor" lines.

    The file holds ``[minimum]`` (the metric must be at least this) and ``[maximum]`` (at most
    this, for rates where lower is better such as false_refusal). ``split`` names the gold
    split the bounds were measured on; scoring another split is an error, not a pass.
    """
    bounds = tomllib.loads(path.read_text(encoding="utf-8"))
    expected_split = bounds.get("split")
    if expected_split and expected_split != comparison.split:
        return [f"thresholds are for split {expected_split!r}, this run scored {comparison.split!r}"]
    scores = comparison.ours.model_dump()
    failures = []
    if bounds.get("hard_gates") and not comparison.ours.hard_gates_passed:
        failures.append("hard gates: a cited id, quote or article number failed verification")
    for name, floor in bounds.get("minimum", {}).items():
        value = scores.get(name)
        if value is None or value < floor:
            failures.append(f"{name}: {value} < {floor}")
    for name, ceiling in bounds.get("maximum", {}).items():
        value = scores.get(name)
        if value is None or value > ceiling:
            failures.append(f"{name}: {value} > {ceiling}")
    return failures
