"""Evaluation over the gold set: metrics, the offline support checker, the baseline, reports.

``assistant eval`` calls ``run_evaluation`` and renders its result with ``markdown_summary``,
``write_html_report`` or ``Comparison.model_dump_json()``.
"""

from .gold import GoldItem, load_gold
from .report import REPORTS_DIR, markdown_summary, render_html, write_html_report
from .runner import Comparison, EvalResult, EvalRun, evaluate, run_evaluation
from .support import SupportChecker, calibrate

__all__ = [
    "REPORTS_DIR",
    "Comparison",
    "EvalResult",
    "EvalRun",
    "GoldItem",
    "SupportChecker",
    "calibrate",
    "evaluate",
    "load_gold",
    "markdown_summary",
    "render_html",
    "run_evaluation",
    "write_html_report",
]
