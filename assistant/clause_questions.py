"""Questions people ask that a clause answers: doc2query, written by people.

Users ask in everyday words and stories ("请官员打麻将故意输钱给他，这种算什么？") and the laws
speak in theirs (收受…礼品、礼金、有价证券等财物), so neither BM25 nor the weak offline encoders
bring the clause up. What the multilingual encoder does well is compare a question with a
question. ``data/clause_questions/*.tsv`` holds, for the sample corpus's clauses, the questions
users would ask that the clause answers, in both languages and everyday words: one line
``document<TAB>anchor<TAB>question``, where the anchor is a verbatim span of the clause, so
a line stays attached to its clause whatever the splitter does. They were written from the
documents alone, by people who saw neither the eval questions nor the assistant's answers.

A user's question is then matched against those questions too, and the clauses whose
questions are nearest form one more ranking in the fusion. A document without such lines
(a user's own) is found as before.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.schema import TextNode

from .tokenizing import normalize
from .vectors import embedded


def clause_questions() -> list[tuple[str, str, str]]:
    """Every (document, anchor, question) line of the data files."""
    lines = []
    folder = resources.files("assistant.data") / "clause_questions"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".tsv"):
            for line in entry.read_text(encoding="utf-8").splitlines():
                document, anchor, question = line.split("\t")
                lines.append((document.strip(), anchor.strip(), question.strip()))
    return lines


def attached(nodes: list[TextNode]) -> list[tuple[int, str]]:
    """(index of the clause in ``nodes``, question) for every written question whose anchor is
    in an indexed clause of its document: the first clause holding it. A document indexed
    under another name, or another version of it, simply has none."""
    by_document: dict[str, list[tuple[int, str]]] = {}
    for index, node in enumerate(nodes):
        by_document.setdefault(str(node.metadata.get("document")), []).append(
            (index, normalize(node.get_content()))
        )
    found = []
    for document, anchor, question in clause_questions():
        anchor = normalize(anchor)
        owner = next((i for i, text in by_document.get(document, []) if anchor in text), None)
        if owner is not None:
            found.append((owner, question))
    return found


class ClauseQuestions:
    """The written questions of the indexed clauses, embedded by the index's model."""

    def __init__(
        self, nodes: list[TextNode], embed_model: BaseEmbedding, cache: Path | None, model_id: str
    ) -> None:
        found = attached(nodes)
        self.owner = np.array([owner for owner, _ in found], dtype=np.int32)
        self.questions = [question for _, question in found]
        self.vectors = embedded(embed_model, self.questions, cache, model_id) if found else None
        self.node_count = len(nodes)

    def similarity(self, query_vector: np.ndarray) -> np.ndarray:
        """Per clause, the cosine of the (unit) query vector with the nearest of the clause's
        written questions; -1 for a clause without any."""
        best = np.full(self.node_count, -1.0, dtype=np.float32)
        if self.vectors is not None:
            np.maximum.at(best, self.owner, self.vectors @ query_vector)
        return best
