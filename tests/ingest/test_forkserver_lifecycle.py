"""The forkserver that holds the models starts early on request and is stopped when a one-shot run is done reading."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from child_calls import allocate, frozen_objects, votes_rules_around_a_danish_document

from pipeline.ingest import deadline

pytestmark = pytest.mark.timeout(300)
ROOT = Path(__file__).resolve().parents[2]


def forkservers() -> list[psutil.Process]:
    children = psutil.Process().children()
    return [p for p in children if "multiprocessing.forkserver" in " ".join(p.cmdline())]


def wait_for(condition, seconds: float = 30.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def light_forkserver(monkeypatch):
    """A forkserver started in the test loads no language's rules (~5 CPU s less each here): these tests are about its
    life, not its models; it may serve the next tests, and the first full one it meets is a command-line run's."""
    monkeypatch.setenv(deadline.WARM_LANGUAGES, "0")


def test_prestart_starts_the_forkserver_before_any_document_needs_it(light_forkserver):
    deadline.stop()
    assert not forkservers()
    deadline.prestart()
    assert wait_for(lambda: len(forkservers()) == 1)
    assert deadline.call_with_deadline(allocate, 1, seconds=120) == 2**20
    assert len(forkservers()) == 1  # the call used the one started early


def test_children_inherit_the_loaded_models_frozen_out_of_the_garbage_collector():
    """A child's full collections walk only what it made itself, not the models it shares with its siblings."""
    assert deadline.call_with_deadline(frozen_objects, seconds=120) > 10_000


def test_stop_frees_the_forkserver_and_the_next_call_starts_a_fresh_one(light_forkserver):
    assert deadline.call_with_deadline(allocate, 1, seconds=120) == 2**20
    deadline.stop()
    assert wait_for(lambda: not forkservers())
    deadline.stop()  # stopping twice is harmless
    assert deadline.call_with_deadline(allocate, 2, seconds=120) == 2 * 2**20
    assert len(forkservers()) == 1


def minutes(folder: Path) -> Path:
    source = folder / "referat.txt"
    source.write_text("Byrådet\nSag 4/2024: Venskabsby\nByrådet godkendte aftalen med Lübeck enstemmigt.\n",
                      encoding="utf-8")
    return source


def test_flow_run_releasing_models_leaves_no_forkserver_behind(prefect_harness, tmp_path):
    from flows.main import pipeline_flow

    source = minutes(tmp_path)
    summary = pipeline_flow(sources=[str(source)], out=str(tmp_path / "out"), cache_dir=str(tmp_path / "cache"),
                            release_models=True)
    assert summary.n_ok == 1
    assert wait_for(lambda: not forkservers())


def test_a_command_line_run_in_a_process_that_goes_on_keeps_its_forkserver(prefect_harness, tmp_path, monkeypatch):
    """Only `python -m pipeline run`'s own process releases the models at the end; a caller of the CLI's `app` in
    a process that goes on (a notebook, these tests) keeps them warm for its next run."""
    from typer.testing import CliRunner

    from flows.cli import app

    monkeypatch.delenv("PREFECT_LOGGING_LEVEL", raising=False)  # the run sets it for its process
    args = ["run", str(minutes(tmp_path)), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"),
            "--no-progress", "--no-report"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "1 ok" in result.output
    assert len(forkservers()) == 1


SHORT_RUN = """
from child_calls import votes_rules_around_a_danish_document
from pipeline.ingest import deadline
deadline.prestart(shared_only=True)
print(*deadline.call_with_deadline(votes_rules_around_a_danish_document, seconds=240))
"""


def test_a_short_run_s_forkserver_builds_no_language_s_rules_and_each_child_builds_its_own():
    """A process that reads fewer documents than there are languages (the command line's `run` of one to three)
    does not build the rules of languages it may never meet; the full forkserver (this process's) has them all."""
    done = subprocess.run([sys.executable, "-c", SHORT_RUN], cwd=ROOT, capture_output=True, text=True, timeout=280,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "tests")})
    assert done.returncode == 0, done.stderr[-2000:]
    short_before, short_after = map(int, done.stdout.split())
    assert short_after == short_before + 1  # the child built Danish for its document
    before, after = deadline.call_with_deadline(votes_rules_around_a_danish_document, seconds=240)
    assert before == after  # da, nb, nn, nl built once, before the fork
    assert before - short_before >= 3  # the short run's forkserver built none of them (a language without rules: no
    # rules to build, its empty answer kept like the others)


LEAN_RUN = """
import os
import psutil
from child_calls import frozen_objects
from pipeline.ingest import deadline
deadline.prestart(shared_only=True)
first, second = (deadline.call_with_deadline(os.getpid, seconds=240) for _ in range(2))
server = next(p for p in psutil.Process().children() if "forkserver" in " ".join(p.cmdline()))
print(first == second, server.memory_info().rss // 2**20, deadline.call_with_deadline(frozen_objects, seconds=240))
"""


def test_a_short_run_reads_in_one_warm_child_of_a_bare_forkserver():
    """A process that reads a few documents and ends holds the models once: in the one child started early, which
    loads them (frozen out of the collector's sight, as a forkserver's) and reads the calls in turn, not in a
    forkserver as well."""
    done = subprocess.run([sys.executable, "-c", LEAN_RUN], cwd=ROOT, capture_output=True, text=True, timeout=280,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "tests")})
    assert done.returncode == 0, done.stderr[-2000:]
    same, forkserver_mb, frozen = done.stdout.split()
    assert same == "True"  # the warm child read both calls
    assert int(forkserver_mb) < 60  # nothing loaded in the forkserver (a loaded one holds ~160-240 MB)
    assert int(frozen) > 10_000
