"""The persisted index: a Chroma collection of clause chunks plus a docstore of file hashes.

llama-index's ``IngestionPipeline`` with a docstore (strategy UPSERTS) does the bookkeeping: an
unchanged file embeds nothing, a changed file's old chunks are deleted before its new ones are
added. Removing files that left the folder is explicit (``prune``). A manifest beside the
collection records which embedding model built the index, so vectors of two models never mix.

The page and the CLI may share one index from two processes. Writers take a file lock and start
from the manifest on disk, so one never drops the documents another added; a reader that finds
the manifest changed on disk reopens the store, because an embedded Chroma client keeps its
vector index in memory and does not see vectors another process added.
"""

from __future__ import annotations

import fnmatch
import json
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.ingestion import DocstoreStrategy, IngestionPipeline
from llama_index.core.schema import Document, TextNode
from llama_index.core.storage.docstore import SimpleDocumentStore
from llama_index.core.vector_stores.types import BasePydanticVectorStore

from .metadata import extract_metadata
from .parsing import SUPPORTED_SUFFIXES, ParseError, parse_file
from .schema import DocumentInfo, IngestReport
from .splitting import ClauseNodeParser

MANIFEST = "manifest.json"
WRITE_LOCK = "write.lock"
SPLITTER_VERSION = "clauses-1"
DOCSTORE = "docstore.json"


class IndexProblem(RuntimeError):
    """An index problem a person can act on (wrong model, nothing indexed)."""


class EmbeddingModelMismatch(IndexProblem):
    pass


class UnknownDocument(IndexProblem):
    """A question or claim limited to documents the index does not hold."""

    def __init__(self, missing: list[str], indexed: list[str]) -> None:
        self.missing, self.indexed = missing, indexed
        super().__init__(self.message("en"))

    def message(self, language: str) -> str:
        """The error in the language of the question it stopped ("zh" or "en")."""
        missing, indexed = ", ".join(self.missing), ", ".join(self.indexed)
        if language == "zh":
            return f"索引中没有这些文件：{missing}。已索引的文件：{indexed or '无'}（见 `assistant list`）。"
        return f"not in the index: {missing}. Indexed documents: {indexed or 'none'} (see `assistant list`)."


def find_files(paths: Iterable[Path], ignore: list[str]) -> list[Path]:
    """Supported files under the given files/folders, skipping ignored names, sorted."""
    found: list[Path] = []
    for path in paths:
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        for candidate in candidates:
            if candidate.is_dir() or any(fnmatch.fnmatch(candidate.name, p) for p in ignore):
                continue
            if path.is_dir() and candidate.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            found.append(candidate)
    return found


class ClauseIndex:
    def __init__(
        self,
        index_dir: Path,
        open_store: Callable[..., BasePydanticVectorStore],
        embed_model: BaseEmbedding,
        model_id: str,
        max_tokens: int = 400,
        max_file_bytes: int | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        """``open_store(reset=False, fresh=False)`` opens the vector store: ``reset`` drops its
        collection, ``fresh`` reopens it past what this process has cached. ``on_wait`` hears
        why a write waits (another process is writing)."""
        self.index_dir = Path(index_dir)
        self.open_store = open_store
        self.vector_store = open_store()
        self.embed_model = embed_model
        self.model_id = model_id
        self.max_tokens = max_tokens
        self.max_file_bytes = max_file_bytes
        self.on_wait = on_wait
        self._write_lock = FileLock(str(self.index_dir / WRITE_LOCK))
        self._stamp = self._manifest_stamp()
        self._manifest = self._read_manifest()
        self._nodes: list[TextNode] | None = None

    # --- manifest -------------------------------------------------------------------------
    def _read_manifest(self) -> dict:
        path = self.index_dir / MANIFEST
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
        return {"embedding_model": None, "documents": {}, "version": 0}

    def _write_manifest(self) -> None:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self._manifest["version"] = self._manifest.get("version", 0) + 1
        tmp = self.index_dir / (MANIFEST + ".tmp")
        tmp.write_text(json.dumps(self._manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.index_dir / MANIFEST)  # atomic: a crash never leaves half a manifest
        self._nodes = None

    def _manifest_stamp(self) -> tuple[int, int] | None:
        try:
            stat = (self.index_dir / MANIFEST).stat()
        except FileNotFoundError:
            return None
        return stat.st_mtime_ns, stat.st_size

    def refresh(self) -> bool:
        """Take up what another process wrote to this index since; True when there was some.
        Asked before every question, so a file's stamp is compared before its content."""
        stamp = self._manifest_stamp()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        on_disk = self._read_manifest()
        if on_disk.get("version", 0) == self.version:
            return False
        self._manifest = on_disk
        self._nodes = None
        self.vector_store = self.open_store(fresh=True)
        return True

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the index's write lock (re-entrant), starting from what is on disk."""
        self.index_dir.mkdir(parents=True, exist_ok=True)
        try:
            self._write_lock.acquire(timeout=0)
        except Timeout:
            if self.on_wait:
                self.on_wait(f"Another process is writing to the index in {self.index_dir}; waiting for it.")
            self._write_lock.acquire()
        try:
            self.refresh()
            yield
        finally:
            self._write_lock.release()

    def reset_store(self) -> None:
        """Drop the vector collection (a rebuild with another embedding model needs a new one)."""
        with self.writing():
            self.vector_store = self.open_store(reset=True)

    @property
    def built_with(self) -> str | None:
        return self._manifest.get("embedding_model")

    @property
    def version(self) -> int:
        return self._manifest.get("version", 0)

    def check_model(self) -> None:
        if self.built_with and self.built_with != self.model_id:
            raise EmbeddingModelMismatch(
                f"The index in {self.index_dir} was built with the embedding model "
                f"'{self.built_with}', but the settings ask for '{self.model_id}'. Vectors of two "
                "models cannot be mixed: set the embedding model back, or rebuild the index with "
                "`assistant ingest --rebuild`."
            )

    # --- writing --------------------------------------------------------------------------
    def _docstore(self) -> SimpleDocumentStore:
        path = self.index_dir / DOCSTORE
        return SimpleDocumentStore.from_persist_path(str(path)) if path.exists() else SimpleDocumentStore()

    def ingest(
        self,
        files: list[Path],
        prune: bool = False,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> IngestReport:
        """Bring the index in line with ``files``; with ``prune``, drop documents not among them."""
        with self.writing():
            return self._ingest(files, prune, progress)

    def _ingest(
        self, files: list[Path], prune: bool, progress: Callable[[str, int, int], None] | None
    ) -> IngestReport:
        started = time.perf_counter()
        self.check_model()
        report = IngestReport()
        docstore = self._docstore()
        pipeline = IngestionPipeline(
            transformations=[ClauseNodeParser(max_tokens=self.max_tokens), self.embed_model],
            vector_store=self.vector_store,
            docstore=docstore,
            docstore_strategy=DocstoreStrategy.UPSERTS,
        )
        documents = self._manifest["documents"]
        seen: dict[str, Path] = {}
        for n, path in enumerate(files, 1):
            if progress:
                progress(path.name, n, len(files))
            if path.name in seen:
                report.failed[str(path)] = (
                    f"{path.name}: another file with the same name ({seen[path.name]}) is in this "
                    "ingest; documents are identified by file name, so rename one of them."
                )
                continue
            seen[path.name] = path
            try:
                parsed = parse_file(path, self.max_file_bytes)
            except ParseError as exc:
                report.failed[str(path)] = str(exc)
                continue
            meta = extract_metadata(parsed)
            document = Document(
                id_=parsed.name,
                text=parsed.text,
                metadata={
                    "document": parsed.name,
                    **meta.as_dict(),
                    "page_starts": ",".join(map(str, parsed.page_starts)),
                    # Part of the document's hash: a new splitting setting re-splits the file.
                    "splitter": f"{SPLITTER_VERSION} max_tokens={self.max_tokens}",
                },
            )
            known = parsed.name in documents
            if not known:
                # A store shared with another machine may hold chunks this docstore never saw.
                self.vector_store.delete(parsed.name)
            nodes = pipeline.run(documents=[document])
            if not nodes:
                report.unchanged.append(parsed.name)
                documents[parsed.name]["path"] = str(path.resolve())
                continue
            (report.updated if known else report.added).append(parsed.name)
            report.chunks_embedded += len(nodes)
            documents[parsed.name] = DocumentInfo(
                document=parsed.name,
                path=str(path.resolve()),
                title=meta.title,
                doc_number=meta.doc_number,
                issuer=meta.issuer,
                issue_date=meta.issue_date,
                effective_date=meta.effective_date,
                language=meta.language,
                pages=parsed.pages,
                chunks=len(nodes),
                sha256=parsed.sha256,
            ).model_dump() | {"page_starts": parsed.page_starts}
            self._manifest["embedding_model"] = self.model_id
            # Persist after every file: a crash leaves the docstore and Chroma in step.
            docstore.persist(str(self.index_dir / DOCSTORE))
            self._write_manifest()
        if prune:
            keep = {p.name for p in files}
            for name in sorted(set(documents) - keep):
                self._remove(name, docstore)
                report.removed.append(name)
        docstore.persist(str(self.index_dir / DOCSTORE))
        self._write_manifest()
        report.seconds = time.perf_counter() - started
        return report

    def remove(self, name: str) -> bool:
        """Delete one document and its chunks; False when it was not indexed."""
        with self.writing():
            if name not in self._manifest["documents"]:
                return False
            docstore = self._docstore()
            self._remove(name, docstore)
            docstore.persist(str(self.index_dir / DOCSTORE))
            self._write_manifest()
            return True

    def _remove(self, name: str, docstore: SimpleDocumentStore) -> None:
        self.vector_store.delete(name)
        docstore.delete_document(name, raise_error=False)
        self._manifest["documents"].pop(name, None)

    def clear(self) -> None:
        """Remove every document (before a rebuild with another embedding model)."""
        with self.writing():
            docstore = self._docstore()
            for name in list(self._manifest["documents"]):
                self._remove(name, docstore)
            docstore.persist(str(self.index_dir / DOCSTORE))
            self._manifest["embedding_model"] = None
            self._write_manifest()

    # --- reading --------------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        return [DocumentInfo(**info) for _, info in sorted(self._manifest["documents"].items())]

    def require(self, names: list[str]) -> None:
        """Raise ``UnknownDocument`` unless every name is an indexed document: a question
        limited to a document that is not there would otherwise search nothing and read like
        an empty index."""
        missing = [name for name in names if name not in self._manifest["documents"]]
        if missing:
            raise UnknownDocument(missing, sorted(self._manifest["documents"]))

    def document(self, name: str) -> DocumentInfo | None:
        info = self._manifest["documents"].get(name)
        return DocumentInfo(**info) if info else None

    def page_starts(self, name: str) -> list[int]:
        """Offsets where each page of a PDF starts in its parsed text ([] for text files)."""
        return self._manifest["documents"].get(name, {}).get("page_starts", [])

    def nodes(self) -> list[TextNode]:
        """Every chunk in the index, in document order (for BM25 and exact article lookup)."""
        if self._nodes is None:
            from llama_index.core.vector_stores.utils import metadata_dict_to_node

            collection = self.vector_store.client  # ChromaVectorStore exposes the collection
            got = collection.get(include=["metadatas", "documents", "embeddings"])
            nodes = []
            for node_id, meta, text, vector in zip(
                got["ids"], got["metadatas"], got["documents"], got["embeddings"]
            ):
                node = metadata_dict_to_node(meta, text)
                node.id_ = node_id
                node.embedding = [float(x) for x in vector]
                nodes.append(node)
            nodes.sort(key=lambda n: (n.metadata.get("document", ""), n.start_char_idx or 0))
            self._nodes = nodes
        return self._nodes

