"""One source in, one DocResult out: fetch, parse, build the Document, extract.

Never raises for a bad document: every failure becomes a `failed` documents row
with a one-line error, so a run always goes on with the other documents. Everything after
the fetch (parse, normalise, language, metadata, every extractor) runs in one child process
bounded by `Options.time_limit` and `Options.memory_limit` (pipeline.ingest.deadline), so a
document that makes a parser spin or an extractor allocate without end fails alone
("timed out after 120 s in votes") instead of hanging the run or taking the machine down.
Texts longer than `Options.max_text` are cut, with a warning, so cost stays bounded.
"""

from __future__ import annotations

import gc
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.build import build_document, doc_id_for
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import DocumentRow
from pipeline.document import Document
from pipeline.extract import run_extractors
from pipeline.extract import warm_up as warm_extractors
from pipeline.extract.votes.coverage import check
from pipeline.ingest.deadline import ChildDied, MemoryLimit, TimedOut, call_with_deadline, human_size, stage
from pipeline.ingest.pull import PullError, Source, fetch
from pipeline.rules import load_json

if TYPE_CHECKING:
    from pipeline.ingest.parse import Parsed

log = logging.getLogger(__name__)


@dataclass
class Options:
    cache_dir: Path = Path(".cache/raw")
    timeout: float = 30.0
    max_bytes: int = 100 * 2**20
    max_pages: int = 500
    time_limit: float = 120.0  # seconds one document may take, parse to last extractor, before it is stopped
    memory_limit: float = 1.5  # GB one document may allocate on top of the loaded models; 0: no limit
    max_text: int = 2 * 2**20  # characters read per document (500 full PDF pages are ~1.5 million)
    download_limit: float = 300.0  # seconds one URL's download may take in total, retries included


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
    return DocResult(document=row)


def logged(result: DocResult) -> DocResult:
    """Log a document's failure or extractor errors in the calling process.

    The document itself is read in a child process whose log records never reach the caller's
    handlers (nor Prefect's API), so the outcome is logged here, once, from the result.
    """
    row = result.document
    if row.status == "failed":
        log.warning("%s: failed: %s", row.source, row.error)
    for message in result.extractor_errors:
        log.warning("%s: extractor error: %s", row.source, message)
    return result


def document_row(
    doc: Document, n_pages: int | None, warnings: list[str], ocr_confidence: float | None = None
) -> DocumentRow:
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
        ocr=ocr_confidence is not None,
        ocr_confidence=ocr_confidence,
        status="ok",
        error="; ".join(warnings) or None,
    )


def cut_text(parsed: Parsed, max_chars: int) -> None:
    """Keep the first `max_chars` characters of the pages, ending at a line break, with a warning."""
    total = sum(len(page) for page in parsed.pages)
    if total <= max_chars:
        return
    kept: list[str] = []
    room = max_chars
    for page in parsed.pages:
        if len(page) > room:
            end = page.rfind("\n", 0, room)
            kept.append(page[: end if end > room // 2 else room])
            break
        kept.append(page)
        room -= len(page)
    parsed.pages = kept
    parsed.warnings.append(f"only the first {human_size(max_chars)} of {human_size(total)} of text were read")


def analyse(data: bytes, source: Source, options: Options) -> DocResult:
    """Parse, build and extract one document, unbounded: process_bytes runs this in a bounded child.

    The parsers are imported here, not with the module: the flow's process only hands documents to children
    (forked from a forkserver that has them loaded) and would hold pypdfium2 and the HTML parsers (~15 MB) for nothing.
    """
    from pipeline.ingest.parse import ParseError, parse

    doc_id = doc_id_for(data)
    stage("while parsing")
    try:
        parsed = parse(data, max_pages=options.max_pages)
    except ParseError as exc:
        return failed(source, one_line(exc), doc_id)
    cut_text(parsed, options.max_text)
    manifest = {
        "municipality": source.municipality,
        "country": source.country,
        "doc_type": source.doc_type,
        "title": source.title,
    }
    doc = build_document(parsed.pages, doc_id=doc_id, source=source.location, paged=parsed.paged, manifest=manifest)
    if not doc.text.strip():
        return failed(source, "no text", doc_id)
    rows, errors, language_warnings = run_extractors(doc, on_start=lambda table: stage(f"in {table}"))
    stage("while checking coverage")
    coverage, coverage_note = check(doc, rows.get("votes", []))
    warnings = list(parsed.warnings) + language_warnings + errors
    n_pages = len(parsed.pages) if parsed.paged else None
    return DocResult(
        document=document_row(doc, n_pages, warnings, parsed.ocr_confidence),
        rows=rows,
        coverage=coverage,
        coverage_note=coverage_note,
        extractor_errors=tuple(errors),
    )


def process_bytes(data: bytes, source: Source, options: Options) -> DocResult:
    """Parse, build and extract one document whose raw bytes are at hand, bounded in time and memory."""
    memory = int(options.memory_limit * 2**30) or None
    try:
        return logged(call_with_deadline(analyse, data, source, options, seconds=options.time_limit, memory=memory))
    except (TimedOut, MemoryLimit, ChildDied) as exc:
        return logged(failed(source, one_line(exc), doc_id_for(data)))


def warm_up(languages: bool = True, freeze: bool = False) -> None:
    """Load every model, gazetteer and rule file once, by analysing a short text in each language, and what the
    extractors read only for some documents' words. Without `languages`, what every document needs: a text in
    a language no extractor has rules for reads the text machinery and gazetteers, not one language's rules.
    `freeze`: then move what was loaded out of the garbage collector's sight (gc.freeze), so the full collections
    of the process (and of children forked from it) do not walk the ~180,000 loaded objects again."""
    texts = load_json("warm_up.json")
    for text in texts["texts"] if languages else [texts["shared"]]:
        analyse(text.encode("utf-8"), Source("<warm-up>"), Options())
    warm_extractors()
    if freeze:
        gc.collect()
        gc.freeze()


def warm_up_languages() -> int:
    """How many languages the full warm-up builds rules for: a run of fewer documents gains by building none."""
    return len(load_json("warm_up.json")["texts"])


def _internal_error(source: Source, exc: Exception, doc_id: str | None = None) -> DocResult:
    log.exception("%s: unexpected error", source.location)
    return failed(source, f"internal error: {type(exc).__name__}: {one_line(exc)}", doc_id)


def fetch_source(source: Source, options: Options) -> bytes | DocResult:
    """The source's raw bytes, or the `failed` result that says why they could not be had."""
    try:
        return fetch(
            source,
            options.cache_dir,
            timeout=options.timeout,
            max_bytes=options.max_bytes,
            deadline=options.download_limit,
        )
    except PullError as exc:
        return logged(failed(source, one_line(exc)))
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
