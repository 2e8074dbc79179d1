"""The index: incremental, never duplicated, pruned on request, tied to one embedding model."""

from __future__ import annotations

import pytest

from assistant.app import Assistant
from assistant.indexing import EmbeddingModelMismatch
from assistant.settings import EmbeddingSettings, Settings


@pytest.fixture
def fresh(tmp_path):
    return Assistant(Settings(index_dir=tmp_path / "index"))


def _chunk_ids(assistant: Assistant) -> list[str]:
    return assistant.index.vector_store.client.get(include=[])["ids"]


def test_reingesting_an_unchanged_corpus_embeds_nothing(fresh, small_corpus):
    first = fresh.ingest([small_corpus])
    assert len(first.added) == 2 and first.chunks_embedded > 0
    again = fresh.ingest([small_corpus])
    assert again.chunks_embedded == 0
    assert sorted(again.unchanged) == sorted(first.added)
    ids = _chunk_ids(fresh)
    assert len(ids) == len(set(ids)) == first.chunks_embedded


def test_a_changed_file_replaces_its_chunks_and_leaves_none_stale(fresh, small_corpus):
    fresh.ingest([small_corpus])
    path = small_corpus / "cn_sasac_central_soe_compliance_measures_2022.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("第三条 本办法所称合规", "第三条 本办法所称的合规（修订）"), encoding="utf-8")
    report = fresh.ingest([small_corpus])
    assert report.updated == [path.name]
    texts = fresh.index.vector_store.client.get(where={"document": path.name}, include=["documents"])["documents"]
    assert any("（修订）" in t for t in texts)
    assert not any("第三条 本办法所称合规，" in t for t in texts)
    ids = _chunk_ids(fresh)
    assert len(ids) == len(set(ids))
    assert fresh.index.document(path.name).chunks == len(texts)


def test_prune_removes_a_deleted_document(fresh, small_corpus):
    fresh.ingest([small_corpus])
    gone = small_corpus / "ndrc_government_integrity_notice_2023_en.pdf"
    gone.unlink()
    kept = fresh.ingest([small_corpus])
    assert gone.name in [d.document for d in fresh.documents()], "without --prune nothing is removed"
    assert kept.removed == []
    pruned = fresh.ingest([small_corpus], prune=True)
    assert pruned.removed == [gone.name]
    assert gone.name not in [d.document for d in fresh.documents()]
    assert fresh.index.vector_store.client.get(where={"document": gone.name}, include=[])["ids"] == []


def test_a_bad_file_is_reported_and_loses_nothing(fresh, small_corpus):
    fresh.ingest([small_corpus])
    before = sorted(_chunk_ids(fresh))
    (small_corpus / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    report = fresh.ingest([small_corpus])
    assert list(report.failed.values()) == ["broken.pdf: not a readable PDF (it may be damaged): " +
                                            report.failed[next(iter(report.failed))].split(": ", 2)[2]]
    assert sorted(_chunk_ids(fresh)) == before


def test_the_index_refuses_vectors_from_a_second_model(tmp_path, small_corpus):
    index_dir = tmp_path / "index"
    Assistant(Settings(index_dir=index_dir)).ingest([small_corpus])
    other = Assistant(Settings(index_dir=index_dir, embedding=EmbeddingSettings(model="minilm")))
    with pytest.raises(EmbeddingModelMismatch, match="--rebuild"):
        other.ingest([small_corpus])
    with pytest.raises(EmbeddingModelMismatch):
        other.ask("What is compliance?")
    report = other.ingest([small_corpus], rebuild=True)
    assert len(report.added) == 2
    assert other.index.built_with.startswith("sentence-transformers/all-MiniLM-L6-v2")


def test_documents_list_their_metadata_and_chunk_counts(assistant):
    docs = {d.document: d for d in assistant.documents()}
    assert len(docs) == 7
    sme = docs["cn_regs_sme_payment_guarantee_2025.pdf"]
    assert (sme.doc_number, sme.pages, sme.language, sme.chunks) == ("国务院令第802号", 5, "zh", 38)
    assert docs["ndrc_government_integrity_notice_2023_en.pdf"].doc_number.endswith("[2023] No. 1103")
