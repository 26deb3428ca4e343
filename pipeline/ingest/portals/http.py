"""Polite HTTP for portals: a user agent naming the project, a delay between requests, retries that honour Retry-After.

Retries (tenacity) cover 429, 5xx, timeouts, dropped connections and truncated bodies;
401/403 are auth errors and 4xx are final, both raised at once. Every retry is written to
the pull's report as a warning, so throttling is never silent. Secrets (API keys, tokens)
travel in headers or parameters and are replaced by "***" in every message.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from pipeline import __version__
from pipeline.ingest.portals.base import PortalError, PullReport

Parse = Callable[[httpx.Response], Any]  # turns a good response into data; ValueError/ParseError = truncated

USER_AGENT = (f"municipal-intl-pipeline/{__version__} (research pipeline for municipal council documents; "
              "+https://github.com/municipal-intl-pipeline)")


@dataclass
class HttpSettings:
    delay: float = 1.0  # seconds between two requests to the same portal
    timeout: float = 30.0
    attempts: int = 4  # tries per request, the first included
    backoff: float = 2.0  # seconds before the first retry; doubles each time
    max_wait: float = 120.0  # a Retry-After longer than this is waited only this long
    secrets: tuple[str, ...] = field(default=(), repr=False)


class _Transient(Exception):
    """A failure worth another attempt; `wait` is the server's Retry-After, if any."""

    def __init__(self, message: str, wait: float | None = None):
        super().__init__(message)
        self.wait = wait


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        return None  # an HTTP date: fall back on the backoff


class _RedactSecrets(logging.Filter):
    """httpx logs every request URL at INFO: a token sent as a query parameter must not reach the log."""

    def __init__(self, redact: Callable[[str], str]):
        super().__init__()
        self.redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self.redact(record.getMessage()), ()
        return True


class PortalHttp:
    """One client per pull: rate-limited, retrying, and reporting what it had to retry."""

    def __init__(self, settings: HttpSettings, report: PullReport, headers: dict[str, str] | None = None):
        self.settings = settings
        self.report = report
        self.client = httpx.Client(headers={"User-Agent": USER_AGENT, **(headers or {})},
                                   timeout=settings.timeout, follow_redirects=True)
        self._last = 0.0
        self._filter = _RedactSecrets(self.redact)

    def __enter__(self) -> PortalHttp:
        logging.getLogger("httpx").addFilter(self._filter)
        return self

    def __exit__(self, *exc: object) -> None:
        logging.getLogger("httpx").removeFilter(self._filter)
        self.client.close()

    def redact(self, text: str) -> str:
        for secret in self.settings.secrets:
            if secret:
                text = text.replace(secret, "***")
        return text

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        backoff = self.settings.backoff * 2 ** (state.attempt_number - 1)
        wait = exc.wait if isinstance(exc, _Transient) and exc.wait is not None else backoff
        return min(wait, self.settings.max_wait)

    def _note_retry(self, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        self.report.warn(f"retried: {self.redact(str(exc))}")

    def _once(self, method: str, url: str, parse: Parse, **kwargs: Any) -> Any:
        pause = self.settings.delay - (time.monotonic() - self._last)
        if pause > 0:
            time.sleep(pause)
        self._last = time.monotonic()
        where = self.redact(str(httpx.URL(url, params=kwargs.get("params"))))
        try:
            response = self.client.request(method, url, **kwargs)
        except httpx.TimeoutException:
            raise _Transient(f"timed out after {self.settings.timeout:g} s: {where}") from None
        except httpx.TransportError as exc:
            raise _Transient(f"connection failed ({type(exc).__name__}): {where}") from None
        status = response.status_code
        if status == 429:
            wait = _retry_after(response)
            raise _Transient(f"HTTP 429 Too Many Requests (Retry-After {wait if wait is not None else '-'} s): "
                             f"{where}", wait)
        if status >= 500:
            raise _Transient(f"HTTP {status} {response.reason_phrase}: {where}".replace("  ", " "))
        if status in (401, 403):
            raise PortalError(f"HTTP {status} {response.reason_phrase} (check the credentials): {where}", "auth")
        if status >= 400:
            raise PortalError(f"HTTP {status} {response.reason_phrase}: {where}")
        try:
            return parse(response)
        except (ValueError, ElementTree.ParseError) as exc:
            raise _Transient(f"truncated or invalid response ({type(exc).__name__}): {where}") from None

    def request(self, method: str, url: str, parse: Parse, **kwargs: Any) -> Any:
        """`parse(response)` of the first good response; PortalError when every attempt failed."""
        retrying = Retrying(
            stop=stop_after_attempt(self.settings.attempts),
            wait=self._wait,
            retry=retry_if_exception_type(_Transient),
            before_sleep=self._note_retry,
            reraise=True,
        )
        try:
            return retrying(self._once, method, url, parse, **kwargs)
        except _Transient as exc:
            kind = "timeout" if "timed out" in str(exc) else "http"
            raise PortalError(f"{exc} (after {self.settings.attempts} attempts)", kind) from None

    def get_json(self, url: str, params: dict | None = None, headers: dict | None = None) -> Any:
        return self.request("GET", url, lambda r: json.loads(r.content), params=params, headers=headers)

    def post_xml(self, url: str, body: str, headers: dict | None = None) -> ElementTree.Element:
        return self.request("POST", url, lambda r: ElementTree.fromstring(r.content),
                            content=body.encode("utf-8"), headers=headers)
