"""Server mode: the same ingest and answers against a real `chroma run` server on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.app import Assistant
from assistant.settings import Settings, StoreSettings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = _free_port()
    process = subprocess.Popen(
        [chroma, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "server")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("chroma run did not start within 60 s")
    yield port
    process.terminate()
    process.wait(timeout=30)


def test_ingest_and_answer_through_a_chroma_server(tmp_path, small_corpus, chroma_server):
    settings = Settings(
        index_dir=tmp_path / "local",
        store=StoreSettings(chroma_host="127.0.0.1", chroma_port=chroma_server, collection="server-test"),
    )
    assistant = Assistant(settings)
    report = assistant.ingest([small_corpus])
    assert len(report.added) == 2
    assert not (tmp_path / "local" / "chroma").exists(), "vectors live on the server"
    answer = assistant.ask("What does (4) of the NDRC notice say?")
    assert answer.citations[0].article == "III.(4)"
    # A second client (another machine) sees the same chunks and adds no duplicates.
    again = Assistant(settings.model_copy(update={"index_dir": tmp_path / "other"}))
    again.ingest([small_corpus])
    ids = again.index.vector_store.client.get(include=[])["ids"]
    assert len(ids) == len(set(ids)) == report.chunks_embedded
