"""The whole CLI over a folder of 34 kinds of good and hostile files: it finishes, exit 0, one row per file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hostile_folder import hostile_folder

from pipeline.ingest.parse import ocr

pytestmark = [pytest.mark.timeout(900), pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def test_hostile_folder_runs_to_completion_with_one_row_per_file(prefect_api_env, tmp_path):
    expected = hostile_folder(tmp_path / "in")
    if not ocr.available():
        expected["17-scanned.pdf"] = "failed"  # "scanned PDF: install tesseract-ocr to read it"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
         "--cache-dir", str(tmp_path / "cache"), "--no-report", "--no-progress", "--time-limit", "600"],
        capture_output=True, text=True, cwd=ROOT, timeout=880,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    documents = pd.read_parquet(tmp_path / "out" / "latest" / "documents.parquet")
    got = {Path(source).name: status for source, status in zip(documents["source"], documents["status"], strict=True)}
    assert got == expected
    for error in documents.loc[documents["status"] == "failed", "error"]:
        assert error and "\n" not in error and "Traceback" not in error and len(error) < 300
