"""Readers' feedback on answers: thumbs up or down and a comment, kept in SQLite in the index
folder, exported as JSON Lines for whoever reviews answers.

Each record keeps the question, the answer text and its citations as they were shown, so a
later change to the index or the answerer does not change what the feedback was about.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from .schema import Citation

__all__ = ["FEEDBACK_FILE", "Feedback", "FeedbackStore"]

FEEDBACK_FILE = "feedback.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL
)
"""


class Feedback(BaseModel):
    """One reader's verdict on one answer, as stored and exported."""

    id: int
    created: str  # ISO 8601, UTC
    rating: Literal["up", "down"]
    comment: str
    question: str
    answer: str
    citations: list[Citation]


class FeedbackStore:
    """Feedback records in one SQLite file (``FEEDBACK_FILE`` in the index folder by default)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as db, db:
            db.execute(_SCHEMA)

    @classmethod
    def in_index(cls, index_dir: Path) -> FeedbackStore:
        return cls(Path(index_dir) / FEEDBACK_FILE)

    def _connect(self) -> sqlite3.Connection:
        # One short connection per call: the page's handlers run on several threads.
        return sqlite3.connect(self.path, timeout=10)

    def add(
        self,
        rating: Literal["up", "down"],
        question: str,
        answer: str,
        citations: list[Citation],
        comment: str = "",
    ) -> Feedback:
        """Store one verdict; ``rating`` is 'up' or 'down'."""
        if rating not in ("up", "down"):
            raise ValueError(f"rating must be 'up' or 'down', not {rating!r}")
        created = datetime.now(timezone.utc).isoformat(timespec="seconds")
        cited = json.dumps([c.model_dump() for c in citations], ensure_ascii=False)
        with closing(self._connect()) as db, db:
            cursor = db.execute(
                "INSERT INTO feedback (created, rating, comment, question, answer, citations)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (created, rating, comment.strip(), question, answer, cited),
            )
            row_id = cursor.lastrowid
        return Feedback(
            id=row_id,
            created=created,
            rating=rating,
            comment=comment.strip(),
            question=question,
            answer=answer,
            citations=citations,
        )

    def all(self) -> list[Feedback]:
        """Every record, oldest first."""
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT id, created, rating, comment, question, answer, citations"
                " FROM feedback ORDER BY id"
            ).fetchall()
        return [
            Feedback(
                id=row[0],
                created=row[1],
                rating=row[2],
                comment=row[3],
                question=row[4],
                answer=row[5],
                citations=json.loads(row[6]),
            )
            for row in rows
        ]

    def export_jsonl(self, path: Path) -> int:
        """Write every record as one JSON object per line; return how many were written."""
        records = self.all()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(record.model_dump_json() + "\n")
        return len(records)
