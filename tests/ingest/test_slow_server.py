"""A server that drips one byte a second never trips a read timeout: the total download deadline stops it."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipeline.ingest.pull import PullError, Source, fetch


class _Drip(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()
        try:
            for _ in range(1000):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(1)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def drip_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/protokol.pdf"
    server.shutdown()


def test_dripping_server_fails_after_the_total_download_deadline(tmp_path, drip_url):
    started = time.monotonic()
    with pytest.raises(PullError, match=r"^download took longer than 3 s$"):
        fetch(Source(drip_url), tmp_path, timeout=5, deadline=3, backoff=0.01)
    assert time.monotonic() - started < 30  # one attempt, not four of 1000 s
