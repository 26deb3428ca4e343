"""Network faults against real local servers (127.0.0.1 only): each ends as one failed row, nothing hangs,
nothing is written outside the raw cache. Basic 404/5xx/size/scheme cases live in test_pull.py."""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.ingest.pull import PullError, Source, fetch
from pipeline.process import Options, process_source

FAST = {"backoff": 0.01}
pytestmark = pytest.mark.timeout(60)  # a hang fails the test instead of blocking the suite


class StallingServer:
    """Accepts connections and sends `greeting` (maybe nothing), then holds them open, silent."""

    def __init__(self, greeting: bytes = b""):
        self.greeting = greeting
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/doc.pdf"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed at teardown
                return
            conn.recv(65536)
            conn.sendall(self.greeting)
            self.held.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.fixture
def stalling() -> Iterator[type[StallingServer]]:
    servers: list[StallingServer] = []

    def start(greeting: bytes = b"") -> StallingServer:
        servers.append(StallingServer(greeting))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def only_hashed_names_inside(cache: Path, root: Path) -> bool:
    """Everything written under `root` lies in `cache` and is named by a sha256, never by the server."""
    written = files_under(root)
    return bool(written) and all(p.is_relative_to(cache) and re.fullmatch("[0-9a-f]{64}", p.name) for p in written)


def options(tmp_path: Path, **kwargs) -> Options:
    return Options(cache_dir=tmp_path / "cache", **kwargs)


@pytest.mark.parametrize(("status", "reason"), [(404, "HTTP 404 Not Found"), (410, "HTTP 410 Gone")])
def test_missing_document_is_one_failed_row_without_retry(httpserver, tmp_path, status, reason):
    httpserver.expect_request("/doc.pdf").respond_with_data("nope", status=status)
    result = process_source(Source(httpserver.url_for("/doc.pdf"), municipality="Vejle"), options(tmp_path))
    row = result.document
    assert (row.status, row.error, row.municipality) == ("failed", reason, "Vejle")
    assert len(httpserver.log) == 1


def test_server_error_then_success_gives_an_ok_row(httpserver, tmp_path):
    httpserver.expect_ordered_request("/doc.txt").respond_with_data("boom", status=500)
    text = "Byrådet vedtog enstemmigt at indgå en venskabsbyaftale med Tammerfors i Finland.\n"
    httpserver.expect_ordered_request("/doc.txt").respond_with_data(text.encode("utf-8"))
    result = process_source(Source(httpserver.url_for("/doc.txt")), options(tmp_path))
    assert (result.document.status, result.document.error) == ("ok", None)
    assert len(httpserver.log) == 2


def test_connection_that_never_answers_times_out(stalling, tmp_path):
    server = stalling()
    with pytest.raises(PullError, match=r"^timed out after 0.3 s$"):
        fetch(Source(server.url), tmp_path, timeout=0.3, retries=1, **FAST)
    assert not files_under(tmp_path)


def test_body_that_stalls_after_the_headers_times_out(stalling, tmp_path):
    server = stalling(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n%PDF-1.7 and then nothing")
    with pytest.raises(PullError, match=r"^timed out after 0.3 s$"):
        fetch(Source(server.url), tmp_path, timeout=0.3, retries=0)
    assert not files_under(tmp_path)


def test_connection_dropped_mid_body_is_retried_then_reported(tmp_path):
    listener = socket.create_server(("127.0.0.1", 0))

    def drop_after_a_few_bytes() -> None:
        for _ in range(2):
            conn, _ = listener.accept()
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n%PDF-1.7 cut")
            conn.close()

    threading.Thread(target=drop_after_a_few_bytes, daemon=True).start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/doc.pdf"
    try:
        with pytest.raises(PullError, match=r"^connection failed: RemoteProtocolError$"):
            fetch(Source(url), tmp_path, retries=1, **FAST)
    finally:
        listener.close()
    assert not files_under(tmp_path)


def test_oversized_download_is_a_failed_row_and_nothing_is_cached(httpserver, tmp_path):
    httpserver.expect_request("/big.pdf").respond_with_data(b"%PDF-1.7\n" + b"0" * 50_000)
    result = process_source(Source(httpserver.url_for("/big.pdf")), options(tmp_path, max_bytes=20 * 1024))
    assert (result.document.status, result.document.error) == ("failed", "download larger than 20 KB")
    assert not files_under(tmp_path)


def test_redirect_loop_fails_after_the_redirect_limit_without_retries(httpserver, tmp_path):
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=301, headers={"Location": "/a"})
    result = process_source(Source(httpserver.url_for("/a")), options(tmp_path))
    assert (result.document.status, result.document.error) == ("failed", "more than 10 redirects")
    assert len(httpserver.log) == 11


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("ftp://127.0.0.1/doc.pdf", "redirect to a non-http(s) URL refused: ftp"),
        ("file:///etc/passwd", "redirect to a non-http(s) URL refused: file"),
        ("FILE:/etc/passwd", "redirect to a non-http(s) URL refused: file"),
        ("javascript:alert(1)", "invalid URL: For absolute URLs, path must be empty or begin with '/'"),
    ],
)
def test_redirect_away_from_http_is_refused(httpserver, tmp_path, target, reason):
    httpserver.expect_request("/doc").respond_with_data("", status=302, headers={"Location": target})
    result = process_source(Source(httpserver.url_for("/doc")), options(tmp_path))
    assert (result.document.status, result.document.error) == ("failed", reason)
    assert not files_under(tmp_path)


def test_malformed_url_is_a_failed_row_not_an_exception(tmp_path):
    result = process_source(Source("http://[::1/doc.pdf"), options(tmp_path))
    assert result.document.status == "failed"
    assert result.document.error.startswith("invalid URL: ")


@pytest.mark.parametrize("filename", ["../../escaped.txt", "/tmp/absolute.txt", "..%2F..%2Fescaped.txt"])
def test_content_disposition_filename_is_never_used_as_a_path(httpserver, tmp_path, filename):
    body = "Kommunen deltager i netværket Eurocities.\n".encode()
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    httpserver.expect_request("/download").respond_with_data(body, headers=headers)
    workdir = tmp_path / "work"
    result = process_source(Source(httpserver.url_for("/download")), options(workdir))
    assert result.document.status == "ok"
    assert only_hashed_names_inside(workdir / "cache", tmp_path)


@pytest.mark.parametrize("path", ["/../../outside.pdf", "/%2e%2e/%2e%2e/outside.pdf", "/a/..%2F..%2F..%2Fx?f=../../y"])
def test_raw_cache_only_writes_hashed_names_inside_its_folder(httpserver, tmp_path, path):
    any_path = re.compile(".*")  # client and server may normalise the dots away
    httpserver.expect_request(any_path).respond_with_data(b"Vedtak: innstillingen ble enstemmig vedtatt.")
    cache = tmp_path / "inside" / "cache"
    assert fetch(Source(httpserver.url_for("/").rstrip("/") + path), cache, **FAST).startswith(b"Vedtak")
    assert only_hashed_names_inside(cache, tmp_path)
