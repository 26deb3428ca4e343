"""Downloads overlap processing, and each URL is requested once per run (lookup and processing share the bytes)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from werkzeug import Request, Response

pytestmark = pytest.mark.slow  # the first test in a process starts the session's Prefect test server
ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "corpus" / "002_a1e10ab50720f0e2.txt").read_bytes()


def run_flow(sources: list[str], tmp_path: Path):
    from flows.main import pipeline_flow

    return pipeline_flow(sources=sources, out=str(tmp_path / "out"), cache_dir=str(tmp_path / "cache"),
                         runner="thread", workers=1, timeout=120)


def test_a_url_is_requested_once_per_run_even_when_its_server_gives_validators(prefect_harness, httpserver, tmp_path):
    httpserver.expect_request("/strategi.txt").respond_with_data(TEXT, headers={"ETag": '"v1"'})
    summary = run_flow([httpserver.url_for("/strategi.txt")], tmp_path)
    assert summary.n_ok == 1
    assert len(httpserver.log) == 1


def test_local_documents_are_processed_while_a_slow_download_is_still_going(
    prefect_harness, httpserver, tmp_path, monkeypatch
):
    import flows.main

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "corpus" / "004_3fd0d7c3ff358457.txt", folder / "evaluering.txt")
    local_done = threading.Event()
    seen_by_server: list[bool] = []
    process = flows.main.process_source

    def process_and_tell(source, options, data=None):
        result = process(source, options, data)
        if source.location == "evaluering.txt":
            local_done.set()
        return result

    def slow(request: Request) -> Response:
        seen_by_server.append(local_done.wait(timeout=120))  # answers once the local document is done
        return Response(TEXT)

    monkeypatch.setattr(flows.main, "process_source", process_and_tell)
    httpserver.expect_request("/slow.txt").respond_with_handler(slow)
    summary = run_flow([str(folder), httpserver.url_for("/slow.txt")], tmp_path)
    assert seen_by_server == [True]
    assert summary.n_ok == 2
