"""One source in, one DocResult out: fetch, parse, build the Document, extract.

Never raises for a bad document: every failure becomes a `failed` documents row
with a one-line error, so a run always goes on with the other documents. Parsing runs
in a child process under `Options.time_limit` (pipeline.ingest.deadline), so hostile bytes that
make a parser spin fail one document ("timed out after 120 s") instead of hanging the run.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from pipeline.build import build_document, doc_id_for
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import DocumentRow
from pipeline.document import Document
from pipeline.extract import run_extractors
from pipeline.extract.votes.extractor import uncovered
from pipeline.ingest.deadline import ChildDied, TimedOut, call_with_deadline
from pipeline.ingest.parse import ParseError, parse
from pipeline.ingest.pull import PullError, Source, fetch

log = logging.getLogger(__name__)


@dataclass
class Options:
    cache_dir: Path = Path(".cache/raw")
    timeout: float = 30.0
    max_bytes: int = 100 * 2**20
    max_pages: int = 500
    time_limit: float = 120.0  # seconds a document's parse may take before it is stopped


def one_line(exc: BaseException) -> str:
    """An exception as the single readable line the documents table shows."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:500]


def failed(source: Source, error: str, doc_id: str | None = None) -> DocResult:
    """A `failed` row; without bytes the id is derived from the source location."""
    doc_id = doc_id or hashlib.sha256(source.location.encode("utf-8")).hexdigest()[:16]
    row = DocumentRow(
        doc_id=doc_id,
        source=source.location,
        municipality=source.municipality,
        country=source.country,
        doc_type=source.doc_type or "other",
        title=source.title,
        status="failed",
        error=error,
    )
    log.warning("%s: failed: %s", source.location, error)
    return DocResult(document=row)


def document_row(doc: Document, n_pages: int | None, warnings: list[str]) -> DocumentRow:
    return DocumentRow(
        doc_id=doc.doc_id,
        source=doc.source,
        municipality=doc.municipality,
        country=doc.country,
        doc_type=doc.doc_type,
        language=doc.language,
        language_score=doc.language_score,
        title=doc.title,
        n_pages=n_pages,
        n_chars=len(doc.text),
        status="ok",
        error="; ".join(warnings) or None,
    )


def process_bytes(data: bytes, source: Source, options: Options) -> DocResult:
    """Parse, build and extract one document whose raw bytes are at hand."""
    doc_id = doc_id_for(data)
    try:
        parsed = call_with_deadline(partial(parse, max_pages=options.max_pages), data, seconds=options.time_limit)
    except (ParseError, TimedOut, ChildDied) as exc:
        return failed(source, one_line(exc), doc_id)
    manifest = {
        "municipality": source.municipality,
        "country": source.country,
        "doc_type": source.doc_type,
        "title": source.title,
    }
    doc = build_document(parsed.pages, doc_id=doc_id, source=source.location, paged=parsed.paged, manifest=manifest)
    if not doc.text.strip():
        return failed(source, "no text", doc_id)
    rows, errors, language_warnings = run_extractors(doc)
    warnings = list(parsed.warnings) + language_warnings + errors
    for message in errors:
        log.warning("%s: extractor error: %s", source.location, message)
    n_pages = len(parsed.pages) if parsed.paged else None
    return DocResult(
        document=document_row(doc, n_pages, warnings),
        rows=rows,
        coverage=uncovered(doc, rows.get("votes", [])),
        extractor_errors=tuple(errors),
    )


def _internal_error(source: Source, exc: Exception, doc_id: str | None = None) -> DocResult:
    log.exception("%s: unexpected error", source.location)
    return failed(source, f"internal error: {type(exc).__name__}: {one_line(exc)}", doc_id)


def fetch_source(source: Source, options: Options) -> bytes | DocResult:
    """The source's raw bytes, or the `failed` result that says why they could not be had."""
    try:
        return fetch(source, options.cache_dir, timeout=options.timeout, max_bytes=options.max_bytes)
    except PullError as exc:
        return failed(source, one_line(exc))
    except Exception as exc:  # e.g. the cache's disk is full: this document fails, the run goes on
        return _internal_error(source, exc)


def process_source(source: Source, options: Options, data: bytes | None = None) -> DocResult:
    """Fetch (unless the bytes are given) then process; any failure is a `failed` row, never an exception."""
    data = fetch_source(source, options) if data is None else data
    if isinstance(data, DocResult):
        return data
    try:
        return process_bytes(data, source, options)
    except Exception as exc:  # a bug on one document must not end the run
        return _internal_error(source, exc, doc_id_for(data))
