"""Finding sources (files, folders, manifests) and fetching them, over a real local HTTP server."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from werkzeug import Request, Response

from pipeline.ingest.pull import DEFAULT_MANIFEST, ManifestError, PullError, Source, expand_sources, fetch

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PDF = (CORPUS / "003_259c048bf72ba3f8.pdf").read_bytes()
FAST = {"backoff": 0.01}


def write(path: Path, text: str = "tekst") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_is_expanded_recursively_sorted_without_hidden_files_and_manifests(tmp_path):
    write(tmp_path / "b.txt")
    write(tmp_path / "a" / "z.pdf")
    write(tmp_path / "a" / "c.html")
    write(tmp_path / ".hidden.txt")
    write(tmp_path / ".git" / "config")
    write(tmp_path / "manifest.csv", "source,municipality\nb.txt,Aalborg\n")
    write(tmp_path / "table.csv", "by,land\nVejle,DK\n")
    sources = expand_sources([str(tmp_path)])
    assert [s.location for s in sources] == ["a/c.html", "a/z.pdf", "b.txt", "table.csv"]  # relative to the folder
    assert [s.path for s in sources] == [tmp_path / p for p in ("a/c.html", "a/z.pdf", "b.txt", "table.csv")]


def test_manifest_rows_carry_metadata_and_resolve_relative_paths(tmp_path):
    manifest = write(
        tmp_path / "docs" / "list.csv",
        "source,municipality,country,doc_type,title\n"
        "strategi.pdf,Aalborg,DK,strategy,International strategi\n"
        "https://example.org/program.html,,NL,programme,\n"
        "/abs/path/protokoll.txt,Trondheim,NO,case_protocol,Saksprotokoll\n",
    )
    sources = expand_sources([], manifest=manifest)
    base = str(tmp_path / "docs")
    assert sources == [
        Source("strategi.pdf", "Aalborg", "DK", "strategy", "International strategi", base=base),
        Source("https://example.org/program.html", None, "NL", "programme", None),
        Source("/abs/path/protokoll.txt", "Trondheim", "NO", "case_protocol", "Saksprotokoll", base=base),
    ]
    assert [s.path for s in sources[::2]] == [tmp_path / "docs" / "strategi.pdf", Path("/abs/path/protokoll.txt")]


def test_csv_location_with_source_column_is_read_as_manifest_and_each_file_once(tmp_path):
    manifest = write(tmp_path / "m.csv", "\ufeffsource,municipality,country,doc_type\nx.txt,Ballerup,DK,evaluation\n")
    sources = expand_sources([str(manifest), "https://example.org/a.pdf", str(tmp_path / "x.txt")])
    assert [(s.location, s.municipality) for s in sources] == [
        ("x.txt", "Ballerup"),
        ("https://example.org/a.pdf", None),
    ]


def test_csv_location_without_source_column_is_a_usage_error_not_a_document(tmp_path):
    table = write(tmp_path / "data.csv", "by;land\nVejle;DK\n")
    with pytest.raises(ManifestError, match=r"data.csv is a CSV without a 'source' column.*columns found: by, land"):
        expand_sources([str(table)])


def test_no_locations_means_the_embedded_corpus():
    sources = expand_sources([])
    assert sources == expand_sources([], manifest=DEFAULT_MANIFEST)
    assert len(sources) == 5 and all(s.path.is_file() and not Path(s.location).is_absolute() for s in sources)
    assert {s.path.suffix for s in sources} == {".txt", ".pdf", ".html"}  # one rendering of each document
    assert len({s.path.stem for s in sources}) == 5


def test_manifest_without_source_column_is_refused(tmp_path):
    with pytest.raises(ManifestError, match="no 'source' column"):
        expand_sources([], manifest=write(tmp_path / "m.csv", "path,municipality\nx.txt,Aalborg\n"))


def test_local_file_is_read_and_missing_file_fails(tmp_path):
    assert fetch(Source(str(write(tmp_path / "a.txt", "Vedtak"))), tmp_path / "cache") == b"Vedtak"
    with pytest.raises(PullError, match="^file not found$"):
        fetch(Source(str(tmp_path / "missing.pdf")), tmp_path / "cache")


def test_url_is_downloaded_and_cached_so_a_rerun_makes_no_request(httpserver, tmp_path):
    httpserver.expect_request("/strategi.pdf").respond_with_data(PDF, content_type="application/pdf")
    source = Source(httpserver.url_for("/strategi.pdf"))
    assert fetch(source, tmp_path, **FAST) == PDF
    assert fetch(source, tmp_path, **FAST) == PDF
    assert len(httpserver.log) == 1
    blobs = list((tmp_path / "blobs").iterdir())
    assert len(blobs) == 1 and blobs[0].read_bytes() == PDF


def test_server_error_is_retried_until_success(httpserver, tmp_path):
    httpserver.expect_ordered_request("/doc").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/doc").respond_with_data("dokument")
    assert fetch(Source(httpserver.url_for("/doc")), tmp_path, **FAST) == b"dokument"
    assert len(httpserver.log) == 2


def test_persistent_server_error_fails_after_the_retries(httpserver, tmp_path):
    httpserver.expect_request("/doc").respond_with_data("boom", status=500)
    with pytest.raises(PullError, match=r"^HTTP 500 Internal Server Error$"):
        fetch(Source(httpserver.url_for("/doc")), tmp_path, retries=2, **FAST)
    assert len(httpserver.log) == 3


def test_not_found_fails_without_retry(httpserver, tmp_path):
    httpserver.expect_request("/gone").respond_with_data("nope", status=404)
    with pytest.raises(PullError, match=r"^HTTP 404 Not Found$"):
        fetch(Source(httpserver.url_for("/gone")), tmp_path, **FAST)
    assert len(httpserver.log) == 1


def test_oversized_streamed_download_is_aborted(httpserver, tmp_path):
    def endless(_request: Request) -> Response:
        return Response((b"x" * 1024 for _ in range(64)), content_type="text/plain")  # chunked, no length

    httpserver.expect_request("/big").respond_with_handler(endless)
    with pytest.raises(PullError, match=r"^download larger than 10 KB$"):
        fetch(Source(httpserver.url_for("/big")), tmp_path, max_bytes=10 * 1024, **FAST)
    assert not (tmp_path / "blobs").exists()


def test_oversized_declared_length_is_refused(httpserver, tmp_path):
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000)
    with pytest.raises(PullError, match=r"^download larger than 1000 bytes$"):
        fetch(Source(httpserver.url_for("/big")), tmp_path, max_bytes=1000, **FAST)


@pytest.mark.parametrize("url", ["ftp://example.org/a.pdf", "file:///etc/passwd"])
def test_non_http_scheme_is_refused(url, tmp_path):
    with pytest.raises(PullError, match=r"^only http and https URLs are accepted$"):
        fetch(Source(url), tmp_path)


def test_redirect_is_followed_but_not_to_another_scheme(httpserver, tmp_path):
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data("flyttet")
    httpserver.expect_request("/evil").respond_with_data("", status=302, headers={"Location": "file:///etc/passwd"})
    assert fetch(Source(httpserver.url_for("/old")), tmp_path, **FAST) == b"flyttet"
    with pytest.raises(PullError, match=r"^redirect to a non-http\(s\) URL refused: file$"):
        fetch(Source(httpserver.url_for("/evil")), tmp_path, **FAST)


def test_slow_server_times_out_with_a_clear_reason(httpserver, tmp_path):
    def slow(_request: Request) -> Response:
        time.sleep(0.6)
        return Response("sent")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with pytest.raises(PullError, match=r"^timed out after 0.2 s$"):
        fetch(Source(httpserver.url_for("/slow")), tmp_path, timeout=0.2, retries=0)


def test_refused_connection_is_retried_then_reported(tmp_path):
    with pytest.raises(PullError, match=r"^connection failed: ConnectError$"):
        fetch(Source("http://127.0.0.1:9/doc.pdf"), tmp_path, retries=1, **FAST)
