"""`latest` moves only to a run with an ok document, after its report is written; staging left by killed runs goes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipeline.dataset.consolidate import finish_run
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import DocumentRow
from pipeline.dataset.write import remove_stale_staging


def ok(name: str) -> DocResult:
    return DocResult(document=DocumentRow(doc_id=name[0] * 16, source=f"{name}.txt"))


def failed(name: str) -> DocResult:
    return DocResult(document=DocumentRow(doc_id=name[0] * 16, source=f"{name}.txt", status="failed", error="x"))


def test_latest_stays_when_no_document_was_ok(tmp_path):
    finish_run([ok("old")], tmp_path, "run-1", "t")
    summary = finish_run([failed("missing")], tmp_path, "run-2", "t")
    assert (tmp_path / "latest").resolve().name == "run-1"
    assert summary.latest_kept == "no document was processed ok"
    assert (tmp_path / "run-2" / "run.json").is_file()  # the run is kept, only not made latest
    empty = finish_run([], tmp_path, "run-3", "t")
    assert empty.latest_kept and (tmp_path / "latest").resolve().name == "run-1"


def test_latest_stays_on_failures_when_they_are_not_allowed(tmp_path):
    finish_run([ok("old")], tmp_path, "run-1", "t")
    summary = finish_run([ok("new"), failed("bad")], tmp_path, "run-2", "t", require_all_ok=True)
    assert (tmp_path / "latest").resolve().name == "run-1"
    assert "1 document(s) failed" in summary.latest_kept
    assert finish_run([ok("new"), failed("bad")], tmp_path, "run-3", "t").latest_kept is None
    assert (tmp_path / "latest").resolve().name == "run-3"


def test_the_report_is_written_before_latest_switches(tmp_path):
    seen = []

    def before_switch(folder: Path) -> None:
        seen.append(((tmp_path / "latest").exists(), folder.name))

    finish_run([ok("a")], tmp_path, "run-1", "t", before_switch=before_switch)
    assert seen == [(False, "run-1")]
    assert (tmp_path / "latest").resolve().name == "run-1"


def test_staging_of_killed_runs_is_removed_and_that_of_live_runs_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stale = [tmp_path / f".tmp-run-20260101T000000Z-ab12.{dead_pid}", tmp_path / ".tmp-run-20250101T000000Z-cd34"]
    live = tmp_path / f".tmp-run-20260101T000000Z-ef56.{os.getpid()}"
    for folder in (*stale, live):
        folder.mkdir()
        (folder / "documents.csv").write_text("half written")
    (tmp_path / f".latest.{dead_pid}").symlink_to("run-gone")
    finish_run([ok("a")], tmp_path, "run-1", "t")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([live.name, "latest", "run-1"])
    assert remove_stale_staging(tmp_path) == []
