"""The baseline: the RAG a user would write with plain llama-index in ten lines.

A ``VectorStoreIndex`` (in-memory ``SimpleVectorStore``) over ``SentenceSplitter`` chunks at
llama-index's default size, embedded with the same model as the Assistant, over the same parsed
texts (so chunk offsets and citation offsets compare with the gold evidence). It has no
clause-aware splitting, no lexical retrieval, no refusal and no grounding checks.

Its answer, to keep the comparison about retrieval and citation rather than prose: for each of
the top 3 chunks, the chunk's sentence sharing the most content units with the question,
followed by its marker, [1] [2] [3]. It always answers; its confidence is the top similarity.
"""

from __future__ import annotations

from pathlib import Path

from llama_index.core import Document, VectorStoreIndex
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.node_parser import SentenceSplitter

from ..schema import Answer, Citation, RetrievedChunk
from ..settings import EmbeddingSettings
from .support import content_units, sentence_spans

CITED_CHUNKS = 3


class BaselineSystem:
    """Plain llama-index retrieval with the Assistant's ``ask``/``retrieve`` interface."""

    def __init__(self, index: VectorStoreIndex, titles: dict[str, str]):
        self._index = index
        self._titles = titles

    @classmethod
    def build(
        cls, texts: dict[str, str], titles: dict[str, str], embed_model: BaseEmbedding
    ) -> "BaselineSystem":
        """Index parsed texts keyed by file name."""
        documents = [
            Document(text=text, metadata={"document": name}) for name, text in texts.items()
        ]
        nodes = SentenceSplitter().get_nodes_from_documents(documents)
        return cls(VectorStoreIndex(nodes, embed_model=embed_model), titles)

    @classmethod
    def from_corpus(
        cls, corpus_dir: Path, embedding: EmbeddingSettings, ignore: list[str]
    ) -> "BaselineSystem":
        """Index the corpus folder's documents, parsed as the Assistant parses them."""
        from ..components import build_embed_model
        from ..indexing import find_files
        from ..metadata import extract_metadata
        from ..parsing import parse_file

        texts, titles = {}, {}
        for path in find_files([corpus_dir], ignore):
            parsed = parse_file(path)
            texts[path.name] = parsed.text
            titles[path.name] = extract_metadata(parsed).title
        return cls.build(texts, titles, build_embed_model(embedding))

    def retrieve(
        self, question: str, history: list[str] | None = None, k: int = 10
    ) -> list[RetrievedChunk]:
        # No query rewriting: the conversation so far is simply prepended to the question.
        query = " ".join([*(history or []), question])
        results = self._index.as_retriever(similarity_top_k=k).retrieve(query)
        return [
            RetrievedChunk(
                document=result.node.metadata["document"],
                article=None,
                section=result.node.metadata["document"],
                start=result.node.start_char_idx if result.node.start_char_idx is not None else -1,
                end=result.node.end_char_idx if result.node.end_char_idx is not None else -1,
                text=result.node.get_content(),
                score=result.score or 0.0,
            )
            for result in results
        ]

    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        chunks = self.retrieve(question, history, k=CITED_CHUNKS)
        wanted = content_units(question)
        citations, parts = [], []
        for number, chunk in enumerate(chunks, 1):
            spans = sentence_spans(chunk.text) or [(0, len(chunk.text))]
            # max() keeps the first of equally good sentences.
            start, end = max(
                spans, key=lambda span: len(wanted & content_units(chunk.text[span[0] : span[1]]))
            )
            quote = chunk.text[start:end]
            citations.append(
                Citation(
                    id=number,
                    document=chunk.document,
                    title=self._titles.get(chunk.document, chunk.document),
                    doc_number=None,
                    section=chunk.section,
                    page=None,
                    quote=quote,
                    text=chunk.text,
                    score=chunk.score,
                    start=chunk.start + start if chunk.start >= 0 else -1,
                    end=chunk.start + end if chunk.start >= 0 else -1,
                )
            )
            parts.append(f"{quote}[{number}]")
        return Answer(
            question=question,
            answer=" ".join(parts),
            refused=False,
            citations=citations,
            confidence=chunks[0].score if chunks else 0.0,
        )
