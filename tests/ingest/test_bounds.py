"""One deadline and one memory bound per document, parse to last extractor; the next document is untouched."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from child_calls import allocate, stuck_in
from hostile_files import DANISH, docx_bomb

from pipeline.dataset.results import DocResult
from pipeline.ingest.deadline import WARM_LANGUAGES, MemoryLimit, TimedOut, call_with_deadline
from pipeline.ingest.pull import Source
from pipeline.process import Options, process_source

pytestmark = pytest.mark.timeout(300)
ROOT = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, name: str, data: bytes, **options) -> DocResult:
    path = tmp_path / name
    path.write_bytes(data)
    return process_source(Source(str(path)), Options(cache_dir=tmp_path / "cache", **options))


def test_timeout_names_the_stage_the_document_was_in():
    with pytest.raises(TimedOut, match=r"^timed out after 3 s in votes$"):
        call_with_deadline(stuck_in, "in votes", seconds=3)


def test_memory_limit_names_the_stage_and_the_limit():
    with pytest.raises(MemoryLimit, match=r"^memory limit of 100 MB exceeded while allocating$"):
        call_with_deadline(allocate, 400, seconds=60, memory=100 * 2**20)
    assert call_with_deadline(allocate, 20, seconds=60, memory=100 * 2**20) == 20 * 2**20


def test_document_over_the_time_limit_in_any_stage_fails_with_that_stage(tmp_path):
    prose = (DANISH + " Kommunen samarbejder med venskabsbyer om klima, kultur og skoler.\n") * 6000  # ~1 MB
    slow = run(tmp_path, "long.txt", prose.encode("utf-8"), time_limit=3).document
    assert slow.status == "failed"
    assert re.fullmatch(r"timed out after 3 s (while [a-z ]+|in [a-z_]+)", slow.error), slow.error
    assert run(tmp_path, "short.txt", DANISH.encode("utf-8")).document.status == "ok"


def test_decompression_bomb_fails_on_the_memory_limit_and_the_next_document_is_read(tmp_path):
    bomb = run(tmp_path, "bomb.docx", docx_bomb(60), memory_limit=0.125).document
    assert (bomb.status, bomb.error) == ("failed", "memory limit of 128 MB exceeded while parsing")
    assert run(tmp_path, "next.txt", DANISH.encode("utf-8")).document.status == "ok"


def test_text_over_the_cap_is_cut_with_a_warning(tmp_path):
    prose = (DANISH + "\n") * 3000  # ~310 KB
    row = run(tmp_path, "long.txt", prose.encode("utf-8"), max_text=100_000).document
    assert row.status == "ok"
    assert re.fullmatch(r"only the first 97.7 KB of 30\d KB of text were read", row.error), row.error
    assert row.n_chars <= 100_000


def test_library_called_from_a_script_without_main_guard(tmp_path):
    """The child must not re-run the caller's script (it would process everything again, or fail)."""
    script = tmp_path / "quick.py"
    (tmp_path / "doc.txt").write_text(DANISH + "\n", encoding="utf-8")
    script.write_text(textwrap.dedent(f"""
        from pipeline.ingest.pull import Source
        from pipeline.process import Options, process_source
        print("script body ran")
        result = process_source(Source({str(tmp_path / "doc.txt")!r}), Options(cache_dir={str(tmp_path)!r}))
        print(result.document.status, result.document.error, result.document.language)
    """), encoding="utf-8")
    # the script's forkserver loads no language's rules (as a short command-line run's does): the one Danish
    # document's child builds its own; the full warm-up of four languages cost ~15 CPU s here, this ~10 s
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=280,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", WARM_LANGUAGES: "0"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["script body ran", "ok None da"]
