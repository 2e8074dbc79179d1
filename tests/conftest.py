"""Shared fixtures: real components throughout (Chroma on disk, the bundled embedding model,
the sample corpus), each test pointed at its own temporary index folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "corpus"
SME_PDF = CORPUS / "cn_regs_sme_payment_guarantee_2025.pdf"
NDRC_PDF = CORPUS / "ndrc_government_integrity_notice_2023_en.pdf"


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch, tmp_path):
    """No test reads the developer's assistant.toml or ASSISTANT_* variables by accident."""
    for name in list(os.environ):
        if name.startswith("ASSISTANT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("ASSISTANT_CONFIG", str(tmp_path / "no-such-assistant.toml"))


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Path:
    """An index of the whole sample corpus, built once per test session."""
    from assistant.app import Assistant
    from assistant.settings import Settings

    index_dir = tmp_path_factory.mktemp("corpus-index")
    report = Assistant(Settings(index_dir=index_dir)).ingest([CORPUS])
    assert not report.failed, report.failed
    return index_dir


@pytest.fixture(scope="session")
def assistant(corpus_index):
    """An Assistant over the sample corpus index (shared: tests must not change it)."""
    from assistant.app import Assistant
    from assistant.settings import Settings

    return Assistant(Settings(index_dir=corpus_index))


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    """A private copy of two corpus documents that a test may edit or delete."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("cn_sasac_central_soe_compliance_measures_2022.txt", NDRC_PDF.name):
        shutil.copy(CORPUS / name, folder / name)
    return folder
