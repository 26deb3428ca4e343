"""What a run prints: nothing on stdout, one log format and unwrapped lines on stderr; an unwritable cache warns."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOG_RECORD = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} \| (DEBUG|INFO|WARNING|ERROR|CRITICAL) *\| ")


def test_a_run_writes_only_to_stderr_unwrapped_and_goes_on_without_a_writable_cache(prefect_api_env, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "corpus" / "002_a1e10ab50720f0e2.txt", folder / "ballerup.txt")
    missing = "a-document-with-a-very-long-name-that-does-not-exist-anywhere-on-this-machine-" + "x" * 40 + ".pdf"
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(folder), missing, "--out", str(tmp_path / "out"),
         "--cache-dir", str(blocked / "cache"), "--runner", "thread"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert any(line.startswith("warning: cache folder") and line.endswith("running uncached") for line in lines)
    assert f"  {missing}: file not found" in lines  # one line, however long
    assert "documents: 1 ok, 1 failed, 0 with extractor errors" in done.stderr
    records = [line for line in lines if " | " in line and ("WARNING" in line or "INFO" in line)]
    assert records and all(LOG_RECORD.match(line) for line in records), records
    assert not (blocked.parent / "cache").exists() and blocked.read_text() == "not a folder"


def test_the_progress_bar_names_a_document_by_its_file_name_cut_on_the_right():
    from flows.progress import short_name

    assert short_name("/very/long/folder/path/strategi-2016.pdf") == "strategi-2016.pdf"
    assert short_name("https://example.org/docs/protokoll.pdf") == "protokoll.pdf"
    long = "internationale-strategie-van-de-gemeente-utrecht-2019-2023-definitief.pdf"
    assert short_name(long) == long[:49] + "…"
