"""Unit vectors of texts, embedded once and cached beside the index."""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Each row scaled to length 1 (a zero row stays zero), so that dot products are cosines."""
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def embedded(
    embed_model: BaseEmbedding, texts: list[str], cache: Path | None, model_id: str = ""
) -> np.ndarray:
    """The unit vectors of ``texts``, one row each, read from ``cache`` when it holds exactly
    these texts embedded by the model ``model_id`` names (a digest of both is stored with the
    vectors) and written there otherwise."""
    digest = hashlib.sha256("\x00".join([model_id, *texts]).encode("utf-8")).hexdigest()
    if cache is not None and cache.exists():
        try:
            with np.load(cache) as stored:
                if "digest" in stored and str(stored["digest"]) == digest:
                    return stored["vectors"]
        except (OSError, ValueError, zipfile.BadZipFile):
            pass  # unreadable (an older format, a damaged file): embed again
    vectors = (
        unit_rows(np.array(embed_model.get_text_embedding_batch(texts), dtype=np.float32))
        if texts
        else np.zeros((0, 1), dtype=np.float32)
    )
    if cache is not None:
        # Written beside and moved into place: the chat page and the CLI may start together,
        # and neither may read the other's half-written file.
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache.parent, suffix=".tmp", delete=False) as handle:
            np.savez(handle, vectors=vectors, digest=np.array(digest))
        os.replace(handle.name, cache)
    return vectors
