"""Per-document results kept on disk, so a re-run only parses and extracts what changed.

A result is stored under a key made of the sha256 of the document's raw bytes and a
fingerprint of everything else that decides it: the pipeline version, a hash of the
pipeline's own code (so an edited extractor never serves stale rows), `rules_hash()` of
models/, the manifest metadata given for the source and `max_pages`. A changed rule file
therefore re-extracts every document. Only `ok` results are kept: a failure is cheap to
reproduce and may be transient. Looking up reads the bytes (a conditional GET for URLs)
but never parses them; the pickles hold rows only, never document texts.
"""

from __future__ import annotations

import contextvars
import hashlib
import logging
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__
from pipeline.build import doc_id_for
from pipeline.dataset.results import DocResult
from pipeline.files import write_atomic
from pipeline.ingest.pull import Source
from pipeline.process import Options, fetch_source, one_line
from pipeline.rules import rules_hash

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the whole pipeline package
_LOOKUP_THREADS = 8  # lookups are I/O: file reads and conditional GETs


def _sha256(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def code_hash(package_dir: Path = PACKAGE_DIR) -> str:
    """sha256 over the pipeline's Python files: changes whenever the code that makes a result changes."""
    files = sorted(package_dir.rglob("*.py"))
    return _sha256(*(str(p.relative_to(package_dir)).encode() + b"\0" + p.read_bytes() for p in files))[:16]


def fingerprint(options: Options) -> str:
    """Everything besides a document's bytes and manifest row that its result depends on."""
    return _sha256(__version__.encode(), code_hash().encode(), rules_hash().encode(), str(options.max_pages).encode())


def document_key(data: bytes, source: Source, run_fingerprint: str) -> str:
    """The cache key of one source's result: its bytes, its manifest metadata and the run's fingerprint."""
    manifest = "\x1f".join(v or "" for v in (source.municipality, source.country, source.doc_type, source.title))
    return _sha256(data, manifest.encode(), run_fingerprint.encode())


@dataclass
class Lookup:
    """A source after its cache lookup: `result` is set when no processing is needed (cached or unfetchable)."""

    source: Source
    key: str | None = None
    doc_id: str | None = None
    result: DocResult | None = None
    data: bytes | None = None  # a URL's downloaded bytes, handed on to processing so it is fetched once per run
    size: int = 0  # bytes of the document: the larger are processed first (flows.dispatch)

    @property
    def reused(self) -> bool:
        return self.key is not None and self.result is not None


class ResultCache:
    """results/<key[:2]>/<key>.pkl under the cache folder; writes are atomic, unreadable entries are misses."""

    def __init__(self, cache_dir: Path) -> None:
        self.root = cache_dir / "results"

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pkl"

    def load(self, key: str, source: Source) -> DocResult | None:
        """The stored result, re-stamped with the source's current location; None when absent or unreadable."""
        path = self._path(key)
        if not path.is_file():
            return None
        try:
            result = pickle.loads(path.read_bytes())
        except Exception as exc:  # a truncated or stale pickle is a miss, never a failed run
            log.warning("%s: ignoring unreadable cache entry %s: %s", source.location, path.name, one_line(exc))
            return None
        result.document.source = source.location
        return result

    def store(self, lookup: Lookup, result: DocResult) -> bool:
        """Keep an `ok` result made from the very bytes the key was computed on; returns whether it was kept."""
        if lookup.key is None or not result.ok or result.document.doc_id != lookup.doc_id:
            return False
        write_atomic(self._path(lookup.key), pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        return True


def look_up(source: Source, options: Options, cache: ResultCache, run_fingerprint: str, full: bool) -> Lookup:
    """Fetch one source's bytes and find its stored result (skipped when `full`); a failed fetch is a result."""
    data = fetch_source(source, options)
    if isinstance(data, DocResult):
        return Lookup(source, result=data)
    key = document_key(data, source, run_fingerprint)
    result = None if full else cache.load(key, source)
    return Lookup(source, key, doc_id_for(data), result, data if source.is_url and result is None else None, len(data))


def usable_cache_dir(cache_dir: Path) -> str | None:
    """None when `cache_dir` can be created and written; otherwise the one-line reason it cannot."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=cache_dir):
            pass
    except OSError as exc:
        return f"{exc.strerror or type(exc).__name__}"
    return None


def _submit_all(
    pool: ThreadPoolExecutor,
    sources: Iterable[Source],
    options: Options,
    cache: ResultCache,
    run_fingerprint: str,
    full: bool,
) -> list[Future[Lookup]]:
    """One lookup a source, each in a copy of the caller's context, so its log records keep the caller's run
    (e.g. a flow's)."""
    return [
        pool.submit(contextvars.copy_context().run, look_up, s, options, cache, run_fingerprint, full) for s in sources
    ]


def look_up_each(
    sources: Iterable[Source], options: Options, cache: ResultCache, run_fingerprint: str, *, full: bool = False
) -> Iterator[Lookup]:
    """Lookups for every source as each one's bytes arrive (a slow URL holds up nobody); I/O runs in a few threads."""
    with ThreadPoolExecutor(_LOOKUP_THREADS) as pool:
        for future in as_completed(_submit_all(pool, sources, options, cache, run_fingerprint, full)):
            yield future.result()


def look_up_all(
    sources: Iterable[Source], options: Options, cache: ResultCache, run_fingerprint: str, *, full: bool = False
) -> list[Lookup]:
    """Lookups for every source, in order; I/O runs in a few threads, one document's bytes at a time each."""
    with ThreadPoolExecutor(_LOOKUP_THREADS) as pool:
        return [future.result() for future in _submit_all(pool, sources, options, cache, run_fingerprint, full)]
