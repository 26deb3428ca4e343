"""`make test` on a fresh clone: tests that read the shared folder beside the repository skip with a reason."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a pytest of its own
ROOT = Path(__file__).resolve().parents[2]


def test_language_tests_skip_with_a_reason_when_the_shared_folder_is_absent(tmp_path):
    env = {**os.environ, "PIPELINE_SHARED": str(tmp_path / "no-shared")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tests/test_language.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    assert "failed" not in done.stdout
    assert "no seed documents at" in done.stdout
