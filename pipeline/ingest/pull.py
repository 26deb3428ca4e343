"""Fetch the raw bytes of a source (pipeline.ingest.sources finds them): local files and URLs.

Downloads are streamed with timeouts (per read, and in total per URL: a server that drips a
byte a second never trips a read timeout) and a size cap, retried with exponential backoff on
server errors and dropped connections (never on 4xx), and cached by content: an index
file named by sha256(URL) holds the sha256 of the bytes, stored under that name, so a
re-run reads from disk instead of downloading again. Server-given file names are never used.
When the server gave an ETag or Last-Modified, a re-run asks it with a conditional GET
whether the document changed (304: the cached bytes are used), and falls back on the
cached copy when the server cannot be reached.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from pipeline.files import write_atomic
from pipeline.ingest.deadline import human_size
from pipeline.ingest.sources import (  # noqa: F401  (re-exported: callers import sources from here)
    DEFAULT_MANIFEST,
    ManifestError,
    Source,
    expand_sources,
    is_manifest,
    read_manifest,
)

_SCHEMES = ("http", "https")
_MAX_REDIRECTS = 10
_VALIDATORS = {"etag": "If-None-Match", "last-modified": "If-Modified-Since"}  # response header -> request header


class PullError(Exception):
    """A source that cannot be fetched; str() is a one-line reason ("HTTP 404 Not Found")."""




def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Cache:
    """index/<sha256 of URL> holds the content hash; blobs/<sha256 of bytes> holds the bytes."""

    def __init__(self, root: Path):
        self.root = root

    def _index(self, url: str) -> Path:
        return self.root / "index" / _sha256(url.encode("utf-8"))

    def get(self, url: str) -> bytes | None:
        index = self._index(url)
        if not index.is_file():
            return None
        blob = self.root / "blobs" / index.read_text(encoding="ascii").strip()
        return blob.read_bytes() if blob.is_file() else None

    def put(self, url: str, data: bytes) -> None:
        digest = _sha256(data)
        write_atomic(self.root / "blobs" / digest, data)
        write_atomic(self._index(url), digest.encode("ascii"))

    def _validators(self, url: str) -> Path:
        return self.root / "validators" / _sha256(url.encode("utf-8"))

    def conditional_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since for a cached URL whose server gave an ETag / Last-Modified."""
        path = self._validators(url)
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    def remember(self, url: str, response_headers: dict[str, str]) -> None:
        headers = {_VALIDATORS[k]: v for k, v in response_headers.items() if k in _VALIDATORS}
        write_atomic(self._validators(url), json.dumps(headers).encode("utf-8"))


class _Retry(Exception):
    """A failure worth another attempt (5xx, dropped connection, timeout)."""


class _TooSlow(Exception):
    """The URL's total download deadline passed."""


_NOT_HTTP = "only http and https URLs are accepted"


def _check_scheme(url: str, reason: str = _NOT_HTTP) -> None:
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as exc:  # "http://[::1/doc": an unclosed IPv6 bracket
        raise PullError(f"invalid URL: {exc}") from None
    if scheme not in _SCHEMES:
        raise PullError(reason)


def _download_once(
    client: httpx.Client,
    url: str,
    max_bytes: int,
    timeout: float,
    headers: dict[str, str] | None = None,
    validators: dict[str, str] | None = None,
    give_up: float = math.inf,
) -> bytes | None:
    """One attempt, following redirects by hand so every hop's scheme is checked.

    With conditional `headers`, None means 304 Not Modified; `validators` receives the
    response's ETag / Last-Modified. Past `give_up` (time.monotonic()) the download is abandoned.
    """
    too_big = f"download larger than {human_size(max_bytes)}"
    try:
        for _ in range(_MAX_REDIRECTS + 1):
            with client.stream("GET", url, headers=headers) as response:
                if headers and response.status_code == httpx.codes.NOT_MODIFIED:
                    return None
                if response.is_redirect:
                    url = urljoin(url, response.headers["location"])
                    _check_scheme(url, f"redirect to a non-http(s) URL refused: {url.split(':', 1)[0]}")
                    continue
                reason = f"HTTP {response.status_code} {httpx.codes.get_reason_phrase(response.status_code)}".strip()
                if response.status_code >= 500:
                    raise _Retry(reason)
                if response.status_code >= 400:
                    raise PullError(reason)
                if int(response.headers.get("content-length") or 0) > max_bytes:
                    raise PullError(too_big)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise PullError(too_big)
                    if time.monotonic() > give_up:
                        raise _TooSlow
                    chunks.append(chunk)
                if validators is not None:
                    validators.update({k.lower(): v for k, v in response.headers.items() if k.lower() in _VALIDATORS})
                return b"".join(chunks)
        raise PullError(f"more than {_MAX_REDIRECTS} redirects")
    except httpx.TimeoutException:
        raise _Retry(f"timed out after {timeout:g} s") from None
    except httpx.TransportError as exc:
        raise _Retry(f"connection failed: {type(exc).__name__}") from None
    except httpx.InvalidURL as exc:  # a malformed URL, or a redirect to one ("javascript:alert(1)")
        raise PullError(f"invalid URL: {exc}") from None


def _read_local(path: Path, max_bytes: int) -> bytes:
    if not path.is_file():
        raise PullError("file not found")
    if path.stat().st_size > max_bytes:
        raise PullError(f"file larger than {human_size(max_bytes)}")
    return path.read_bytes()


def fetch(
    source: Source,
    cache_dir: Path,
    *,
    timeout: float = 30.0,
    max_bytes: int = 100 * 2**20,
    retries: int = 3,
    backoff: float = 0.5,
    deadline: float = 300.0,
) -> bytes:
    """Raw bytes of a source. `retries` extra attempts wait backoff, 2*backoff, 4*backoff... seconds.

    `deadline` bounds the whole download of a URL, retries included; past it the cached copy
    is used when there is one.
    """
    if not source.is_url:
        return _read_local(source.path, max_bytes)
    _check_scheme(source.location)
    cache = _Cache(cache_dir)
    cached = cache.get(source.location)
    conditional = cache.conditional_headers(source.location) if cached is not None else {}
    if cached is not None and not conditional:
        return cached
    validators: dict[str, str] = {}
    limits = httpx.Timeout(timeout, connect=min(timeout, 10.0))
    give_up = time.monotonic() + deadline
    with httpx.Client(timeout=limits, follow_redirects=False) as client:
        for attempt in range(retries + 1):
            try:
                data = _download_once(client, source.location, max_bytes, timeout, conditional, validators, give_up)
                break
            except (_Retry, _TooSlow) as exc:
                wait = backoff * 2**attempt
                if isinstance(exc, _Retry) and attempt < retries and time.monotonic() + wait < give_up:
                    time.sleep(wait)
                    continue
                if cached is not None:  # the server is unreachable or too slow: the last run's copy is still good
                    return cached
                raise PullError(str(exc) or f"download took longer than {deadline:g} s") from None
    if data is None:  # 304 Not Modified
        return cached
    cache.put(source.location, data)
    cache.remember(source.location, validators)
    return data
