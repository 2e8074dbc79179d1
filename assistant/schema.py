"""Plain data types shared by the library, the CLI and the page.

The JSON contract of ``assistant ask --json`` (and of the page's ``/ask`` endpoint) is
``Answer.model_dump_json()``: fields may be added here, never renamed or removed.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class Citation(BaseModel):
    """One cited clause, with the exact span of it that the answer quotes."""

    id: int = Field(description="Marker number used in the answer text, [1], [2], ...")
    document: str = Field(description="File name of the source document.")
    title: str
    doc_number: str | None = Field(description="Document number (文号), if the document has one.")
    section: str = Field(description="Path of the clause: title › chapter › article.")
    page: int | None = Field(description="1-based page of the quote (PDFs); None for text files.")
    quote: str = Field(description="Verbatim span of the parsed document text.")
    text: str = Field(description="Full text of the cited clause (chunk).")
    score: float = Field(description="Retrieval confidence of the clause, 0-1.")
    # Extensions beyond the original contract (added, never renamed).
    article: str | None = Field(None, description="Article/item id, e.g. 第九条 or II.(2).")
    start: int = Field(-1, description="Offset of the quote in the parsed document text.")
    end: int = Field(-1, description="End offset (exclusive) of the quote.")


class Answer(BaseModel):
    question: str
    answer: str
    refused: bool
    citations: list[Citation] = Field(default_factory=list)
    # Extension: on refusal, the nearest clauses, shown as "related, not an answer".
    related: list[Citation] = Field(default_factory=list)
    confidence: float = Field(0.0, description="Retrieval confidence the refusal rule compared.")
    reranker_score: float | None = Field(
        None, description="The configured reranker's best score of the nearest clauses (None without one)."
    )


class DocumentInfo(BaseModel):
    """A document in the index, as `assistant list --json` prints it."""

    document: str = Field(description="File name (the document's id in the index).")
    path: str
    title: str
    doc_number: str | None = None
    issuer: str | None = None
    issue_date: str | None = None
    effective_date: str | None = None
    language: str
    pages: int | None = None
    chunks: int
    sha256: str


class IngestReport(BaseModel):
    """What one `ingest` run did, per file."""

    added: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    failed: dict[str, str] = Field(default_factory=dict, description="file -> reason a person reads")
    chunks_embedded: int = 0
    seconds: float = 0.0


class RetrievedChunk(BaseModel):
    """One ranked retrieval result: a clause and where it sits in its document."""

    document: str
    article: str | None
    section: str
    start: int = Field(description="Offset of the chunk in the parsed document text.")
    end: int
    text: str
    score: float
