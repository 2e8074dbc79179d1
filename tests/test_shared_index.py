"""One index, two processes: the chat page keeps running while the CLI ingests into its index.

Real processes throughout: the CLI runs as `python -m assistant.cli` beside the Assistant the
test holds (standing for the page), both on the same embedded Chroma folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading

from llama_index.core import VectorStoreIndex

from assistant.app import Assistant
from assistant.indexing import WRITE_LOCK
from assistant.settings import Settings

from .conftest import CORPUS

SANCTIONS_LAW = "cn_law_public_official_sanctions_2020.txt"
SANCTIONS_QUESTION = "公职人员受到警告处分的期间是多长？"


def _cli_ingest(index_dir, *paths) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--index", str(index_dir), "ingest", *map(str, paths)],
        capture_output=True, text=True, timeout=300, check=True,
    )


def _chunks_in_store(assistant: Assistant) -> dict[str, int]:
    counts: dict[str, int] = {}
    for meta in assistant.index.vector_store.client.get(include=["metadatas"])["metadatas"]:
        counts[meta["document"]] = counts.get(meta["document"], 0) + 1
    return counts


def test_the_page_answers_from_a_document_the_cli_ingested_while_it_ran(tmp_path, small_corpus):
    page = Assistant(Settings(index_dir=tmp_path / "index"))
    page.ingest([small_corpus])
    page.ask(SANCTIONS_QUESTION)  # the page has loaded its retriever and the store's vectors

    _cli_ingest(tmp_path / "index", CORPUS / SANCTIONS_LAW)

    assert SANCTIONS_LAW in [d.document for d in page.documents()]
    answer = page.ask(SANCTIONS_QUESTION)
    assert not answer.refused and answer.citations[0].document == SANCTIONS_LAW
    # The dense half sees the new vectors too, not only the lexical half: an embedded Chroma
    # client keeps the vectors it loaded until the store is reopened.
    dense = VectorStoreIndex.from_vector_store(page.index.vector_store, embed_model=page.embed_model)
    found = dense.as_retriever(similarity_top_k=5).retrieve(SANCTIONS_QUESTION)
    assert any(hit.node.metadata["document"] == SANCTIONS_LAW for hit in found)


def test_an_upload_on_the_page_keeps_what_the_cli_added_meanwhile(tmp_path, small_corpus):
    page = Assistant(Settings(index_dir=tmp_path / "index"))
    page.ingest([small_corpus])
    _cli_ingest(tmp_path / "index", CORPUS / SANCTIONS_LAW)
    upload = tmp_path / "upload"
    upload.mkdir()
    shutil.copy(CORPUS / "cn_regs_sme_payment_guarantee_2025.pdf", upload)

    page.ingest([upload])

    listed = {d.document: d.chunks for d in page.documents()}
    assert SANCTIONS_LAW in listed and "cn_regs_sme_payment_guarantee_2025.pdf" in listed
    # The manifest, the docstore and Chroma agree: every listed chunk is stored, nothing else.
    assert _chunks_in_store(page) == listed
    cli_view = Assistant(Settings(index_dir=tmp_path / "index"))
    assert {d.document: d.chunks for d in cli_view.documents()} == listed


def test_a_second_writer_waits_for_the_first_and_says_so(tmp_path, small_corpus):
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    holder = subprocess.Popen(  # another process in the middle of a write
        [sys.executable, "-c",
         "import sys, time; from filelock import FileLock; lock = FileLock(sys.argv[1]); lock.acquire();"
         " print('holding', flush=True); time.sleep(120)", str(index_dir / WRITE_LOCK)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        writer = Assistant(Settings(index_dir=index_dir))
        heard: list[str] = []
        writer.index.on_wait = heard.append
        done = threading.Event()
        thread = threading.Thread(target=lambda: (writer.ingest([small_corpus]), done.set()))
        thread.start()
        assert not done.wait(3), "the ingest must wait while another process writes"
        assert heard and "Another process is writing" in heard[0]
    finally:
        holder.kill()
        holder.wait()
    thread.join(timeout=300)
    assert done.is_set()
    assert len(writer.documents()) == 2
