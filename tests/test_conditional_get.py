"""Re-fetching a cached URL asks the server whether it changed (ETag / Last-Modified), over a real local HTTP server."""

from __future__ import annotations

from werkzeug import Request, Response

from pipeline.ingest.pull import Source, fetch

FAST = {"backoff": 0.01}
LAST_MODIFIED = "Wed, 21 Oct 2026 07:28:00 GMT"


class Versioned:
    """A document whose ETag is its version; answers 304 to a request that names the current version."""

    def __init__(self, body: bytes, etag: str) -> None:
        self.body, self.etag = body, etag

    def __call__(self, request: Request) -> Response:
        if request.headers.get("If-None-Match") == self.etag:
            return Response(status=304, headers={"ETag": self.etag})
        return Response(self.body, headers={"ETag": self.etag})


def test_unchanged_document_is_revalidated_with_its_etag_and_not_downloaded_again(httpserver, tmp_path):
    document = Versioned(b"Vedtak om venskabsby", '"v1"')
    httpserver.expect_request("/vedtak.txt").respond_with_handler(document)
    source = Source(httpserver.url_for("/vedtak.txt"))
    assert fetch(source, tmp_path, **FAST) == b"Vedtak om venskabsby"
    assert fetch(source, tmp_path, **FAST) == b"Vedtak om venskabsby"
    first, second = (request for request, _ in httpserver.log)
    assert "If-None-Match" not in first.headers
    assert second.headers["If-None-Match"] == '"v1"'
    assert [response.status_code for _, response in httpserver.log] == [200, 304]


def test_changed_document_is_downloaded_again_and_its_new_etag_kept(httpserver, tmp_path):
    document = Versioned(b"Udkast", '"v1"')
    httpserver.expect_request("/vedtak.txt").respond_with_handler(document)
    source = Source(httpserver.url_for("/vedtak.txt"))
    assert fetch(source, tmp_path, **FAST) == b"Udkast"
    document.body, document.etag = b"Vedtaget", '"v2"'
    assert fetch(source, tmp_path, **FAST) == b"Vedtaget"
    assert fetch(source, tmp_path, **FAST) == b"Vedtaget"
    assert [response.status_code for _, response in httpserver.log] == [200, 200, 304]
    assert httpserver.log[-1][0].headers["If-None-Match"] == '"v2"'


def test_last_modified_is_sent_back_as_if_modified_since(httpserver, tmp_path):
    def handler(request: Request) -> Response:
        if request.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return Response(status=304)
        return Response(b"Protokol", headers={"Last-Modified": LAST_MODIFIED})

    httpserver.expect_request("/protokol.txt").respond_with_handler(handler)
    source = Source(httpserver.url_for("/protokol.txt"))
    assert fetch(source, tmp_path, **FAST) == fetch(source, tmp_path, **FAST) == b"Protokol"
    assert [response.status_code for _, response in httpserver.log] == [200, 304]


def test_cached_copy_is_used_when_the_server_is_down_at_revalidation(httpserver, tmp_path):
    document = Versioned(b"Strategi", '"v1"')
    httpserver.expect_ordered_request("/strategi.txt").respond_with_handler(document)
    for _ in range(4):
        httpserver.expect_ordered_request("/strategi.txt").respond_with_data("down", status=503)
    source = Source(httpserver.url_for("/strategi.txt"))
    assert fetch(source, tmp_path, **FAST) == b"Strategi"
    assert fetch(source, tmp_path, **FAST) == b"Strategi"
    assert len(httpserver.log) == 5
