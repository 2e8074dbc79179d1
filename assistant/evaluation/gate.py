"""The CI gate: headline metrics compared with the floors recorded in eval/thresholds.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

from .runner import Comparison


def check_thresholds(comparison: Comparison, path: Path) -> list[str]:
    """Every metric of ours outside its recorded bound, as "name: value < floor" lines.

    The file holds ``[minimum]`` (the metric must be at least this) and ``[maximum]`` (at most
    this, for rates where lower is better such as false_refusal), and the same for the
    verifier's scores on the labelled claims under ``[verifier.minimum]`` and
    ``[verifier.maximum]``. ``split`` names the gold split the bounds were measured on;
    scoring another split is an error, not a pass.
    """
    bounds = tomllib.loads(path.read_text(encoding="utf-8"))
    expected_split = bounds.get("split")
    if expected_split and expected_split != comparison.split:
        return [f"thresholds are for split {expected_split!r}, this run scored {comparison.split!r}"]
    failures = []
    if bounds.get("hard_gates") and not comparison.ours.hard_gates_passed:
        failures.append("hard gates: a cited id, quote or article number failed verification")
    failures += _outside(comparison.ours.model_dump(), bounds, "")
    # `assistant verify` on the labelled claims.
    verifier = comparison.verifier.model_dump() if comparison.verifier else {}
    failures += _outside(verifier, bounds.get("verifier", {}), "verifier ")
    return failures


def _outside(scores: dict, bounds: dict, prefix: str) -> list[str]:
    """The scores below their ``minimum`` or above their ``maximum`` (a missing one fails)."""
    failures = []
    for name, floor in bounds.get("minimum", {}).items():
        value = scores.get(name)
        if value is None or value < floor:
            failures.append(f"{prefix}{name}: {value} < {floor}")
    for name, ceiling in bounds.get("maximum", {}).items():
        value = scores.get(name)
        if value is None or value > ceiling:
            failures.append(f"{prefix}{name}: {value} > {ceiling}")
    return failures
