"""Ctrl-C, SIGTERM and SIGKILL on a real run: one line, the right exit code, and no process left behind.

Each run hangs on a URL whose server accepts the connection and never answers, so the run is
surely still going when the signal arrives; the signal is sent once documents are being read in
forked children (the default runner) or pool workers (`--runner process`).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from flows.server import waited_for_cpu
from flows.supervise import INTERRUPTED

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


@pytest.fixture
def silent_server():
    """A TCP port that accepts connections and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield f"http://127.0.0.1:{server.getsockname()[1]}/never.pdf"


def start_run(tmp_path: Path, url: str, runner: str = "thread") -> subprocess.Popen:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("002_a1e10ab50720f0e2.txt", "004_3fd0d7c3ff358457.txt"):
        shutil.copy(ROOT / "corpus" / name, folder / name)
    args = [sys.executable, "-m", "pipeline", "run", str(folder), url, "--out", str(tmp_path / "out"),
            "--cache-dir", str(tmp_path / "cache"), "--timeout", "300", "--no-progress", "--workers", "2",
            "--runner", runner]
    return subprocess.Popen(args, cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True)


def command(process: psutil.Process) -> str:
    try:
        return " ".join(process.cmdline())
    except psutil.Error:  # ended (or a zombie) meanwhile
        return ""


def wait_for_workers(run: subprocess.Popen) -> list[psutil.Process]:
    """The run's processes once documents are being read (server, forkserver and its children, pool workers)."""
    deadline = time.monotonic() + 400
    while time.monotonic() < deadline:
        assert run.poll() is None, run.stderr.read()
        processes = psutil.Process(run.pid).children(recursive=True)
        if any("forkserver" in command(p) or "spawn_main" in command(p) for p in processes):
            return processes
        time.sleep(0.5)
    raise AssertionError("no document process ever started")


def alive(processes: list[psutil.Process]) -> list[psutil.Process]:
    left = []
    for process in processes:
        try:
            if process.status() != psutil.STATUS_ZOMBIE:
                left.append(process)
        except psutil.NoSuchProcess:
            continue
    return left


def wait_gone(processes: list[psutil.Process], seconds: float) -> list[psutil.Process]:
    """The processes still alive after `seconds` in which they had a CPU to end on: the time one waited for a
    CPU (a loaded machine, not a process that lingers) is added, as for the temporary server's start-up."""
    started, waited = time.monotonic(), {p.pid: waited_for_cpu(p.pid) for p in processes}
    while left := alive(processes):
        if time.monotonic() - started - max(waited_for_cpu(p.pid) - waited[p.pid] for p in left) >= seconds:
            break
        time.sleep(0.2)
    return alive(processes)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_run_prints_one_line_exits_and_stops_every_process(tmp_path, silent_server, signum, code):
    run = start_run(tmp_path, silent_server)
    processes = wait_for_workers(run)
    os.killpg(run.pid, signum)  # what a terminal's Ctrl-C does: the whole foreground group gets it
    assert run.wait(timeout=5) == code
    assert run.stderr.read().strip().splitlines() == [INTERRUPTED]
    assert wait_gone(processes, 1) == []
    assert not (tmp_path / "out" / "latest").exists()


@pytest.mark.parametrize("runner", ["thread", "process"])
def test_no_process_outlives_a_killed_run_by_more_than_ten_seconds(tmp_path, silent_server, runner):
    run = start_run(tmp_path, silent_server, runner)
    processes = wait_for_workers(run)
    run.kill()
    run.wait(timeout=5)
    assert wait_gone(processes, 10) == []
