"""The document library's file handling: uploads checked and saved under safe names, the
state of indexed files on disk, and their parsed text for the source viewer."""

from __future__ import annotations

import functools
import hashlib
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .parsing import SUPPORTED_SUFFIXES, ParseError, parse_file
from .schema import DocumentInfo, IngestReport

if TYPE_CHECKING:
    from .app import Assistant

_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069<>:\"|?*]")


def safe_filename(name: str) -> str:
    """A plain file name for an upload: no folders (``../../x.pdf`` → ``x.pdf``), no control or
    bidi characters, no leading dots (hidden files, ``..``), at most 150 characters."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME.sub("", name).strip().lstrip(".").strip()
    stem, dot, suffix = name.rpartition(".")
    if dot and len(name) > 150:
        name = stem[: 149 - len(suffix)] + "." + suffix
    return name[:150]


def add_uploads(
    assistant: Assistant,
    uploads: list[str | Path],
    corpus_dir: Path,
    max_bytes: int,
    progress: Callable[[str, int, int], None] | None = None,
) -> IngestReport:
    """Check uploaded files (type, size, parseable), save the good ones under ``corpus_dir``
    with safe names, and index them. A bad file is reported in ``failed``; nothing already in
    the corpus or the index is touched by it. Files are only copied and parsed, never run."""
    failed: dict[str, str] = {}
    accepted: list[Path] = []
    corpus_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as staging:
        for upload in uploads:
            source = Path(upload)
            name = safe_filename(source.name)
            problem = _upload_problem(source, name, max_bytes, {p.name for p in accepted})
            if problem:
                failed[name or source.name] = problem
                continue
            staged = Path(staging) / name
            shutil.copyfile(source, staged)
            try:
                parse_file(staged, max_bytes)  # before it reaches the corpus folder
            except ParseError as exc:
                failed[name] = str(exc)
                continue
            target = corpus_dir / name
            shutil.copyfile(staged, target)
            accepted.append(target)
    report = assistant.ingest(accepted, progress=progress) if accepted else IngestReport()
    report.failed.update(failed)
    return report


def _upload_problem(source: Path, name: str, max_bytes: int, taken: set[str]) -> str | None:
    suffix = Path(name).suffix.lower()
    if not name or suffix not in SUPPORTED_SUFFIXES:
        return (
            f"{name or source.name}: unsupported file type '{suffix or '(none)'}'; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}."
        )
    size = source.stat().st_size
    if size > max_bytes:
        return (
            f"{name}: {size / 2**20:.1f} MiB is over the {max_bytes / 2**20:.0f} MiB upload limit "
            "(setting server.max_upload_mb)."
        )
    if name in taken:
        return f"{name}: another file in this upload has the same name."
    return None


def file_status(document: DocumentInfo) -> str:
    """'indexed', 'changed' (the file differs from what was indexed) or 'missing'."""
    path = Path(document.path)
    if not path.is_file():
        return "missing"
    return "indexed" if _sha256(path) == document.sha256 else "changed"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@functools.lru_cache(maxsize=16)
def _parsed_text(path: str, sha256: str, modified: int) -> str | None:
    """The parsed text of a file as indexed; None if the file changed since (its offsets
    would no longer match the citations')."""
    try:
        parsed = parse_file(path)
    except ParseError:
        return None
    return parsed.text if parsed.sha256 == sha256 else None


def document_text(assistant: Assistant, name: str) -> tuple[str | None, Path | None]:
    info = assistant.index.document(name)
    if info is None or not Path(info.path).is_file():
        return None, None
    path = Path(info.path)
    return _parsed_text(info.path, info.sha256, path.stat().st_mtime_ns), path
