"""Fixtures for the page's tests: the real app launched on 127.0.0.1 and a free port.

Import them into a test module (``from .ui_fixtures import served_page``); the index fixtures
they build on come from conftest.py.
"""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

from dataclasses import dataclass
from typing import Any

import pytest

from .conftest import CORPUS

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@dataclass
class ServedPage:
    app: Any  # the launched gr.Blocks
    settings: Any

    @property
    def url(self) -> str:
        return self.app.local_url


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def isolated_settings(**fields):
    """Settings from ``fields`` and defaults only: module-scoped fixtures run before the
    per-test isolation in conftest, so the developer's ASSISTANT_* variables and
    assistant.toml are shut out here too."""
    from assistant.settings import Settings

    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith("ASSISTANT_"):
                patch.delenv(name)
        patch.setenv("ASSISTANT_CONFIG", os.devnull + "-no-such-assistant.toml")
        return Settings(**fields)


@pytest.fixture(scope="module")
def served_page(corpus_index, tmp_path_factory):
    """The page over the sample-corpus index (read-only: nothing here uploads or deletes),
    served by ``ui.launch`` exactly as `assistant serve` does."""
    from assistant.settings import ServerSettings
    from assistant.ui import launch

    settings = isolated_settings(
        index_dir=corpus_index,
        corpus_dir=tmp_path_factory.mktemp("uploads"),
        server=ServerSettings(host="127.0.0.1", port=free_port()),
    )
    app = launch(settings, block=False)
    yield ServedPage(app, settings)
    app.close()


@pytest.fixture(scope="module")
def own_page(tmp_path_factory):
    """A page with its own corpus folder (a copy of corpus/) and an empty index, which
    ``launch`` fills first, as `assistant serve` does: tests may upload and delete here."""
    from assistant.settings import ServerSettings
    from assistant.ui import launch

    root = tmp_path_factory.mktemp("own-page")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = isolated_settings(
        index_dir=root / "index",
        corpus_dir=corpus,
        server=ServerSettings(host="127.0.0.1", port=free_port(), max_upload_mb=5),
    )
    app = launch(settings, block=False)
    yield ServedPage(app, settings)
    app.close()
