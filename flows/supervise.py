"""Stop a run cleanly on Ctrl-C or SIGTERM, and leave no process behind when the run is killed.

`python -m pipeline run` is two processes. The one the user started (the supervisor) runs
the real command in a child with its own process group, so a terminal's Ctrl-C reaches the
supervisor alone: no worker prints a traceback and no one waits on a dying worker. On SIGINT
or SIGTERM the supervisor stops every process of the run, prints one line and exits 130 / 143.
Every process of the run carries RUN_TOKEN in its environment (inherited by the temporary
Prefect server, worker pools, forkservers and parse children alike), which is how the
stragglers that left the process group are found. The child watches its parent: when the
supervisor is gone (even after SIGKILL), it stops the run's processes, itself last.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid

import psutil

RUN_TOKEN = "PIPELINE_RUN_TOKEN"  # "<supervisor pid>-<random>": marks every process of one run
INTERRUPTED = "interrupted; outputs/latest unchanged"
_WAIT_SECONDS = 2.0  # for killed processes to be gone
_WATCH_SECONDS = 0.5


def supervised() -> bool:
    """Whether this process is the child doing a supervised run."""
    return RUN_TOKEN in os.environ


def run_processes(token: str, exclude: int) -> list[psutil.Process]:
    """Every live process carrying `token` in its environment, except `exclude` and its ancestors."""
    skip = {exclude, *(p.pid for p in psutil.Process(exclude).parents())}
    found = []
    for process in psutil.process_iter():
        if process.pid in skip:
            continue
        try:
            if process.environ().get(RUN_TOKEN) == token:
                found.append(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def stop_processes(processes: list[psutil.Process], wait: float = _WAIT_SECONDS) -> None:
    """SIGKILL at once: a run's processes hold nothing worth a graceful end (SIGTERM makes some print warnings)."""
    for process in processes:
        try:
            process.kill()
        except psutil.NoSuchProcess:
            continue
    deadline = time.monotonic() + wait
    while not all(_gone(p) for p in processes) and time.monotonic() < deadline:
        time.sleep(0.05)


def _gone(process: psutil.Process) -> bool:
    """Ended; a zombie counts (in a container nobody may reap an orphan soon)."""
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def supervise(argv: list[str]) -> int:
    """Run `python -m pipeline <argv>` as a supervised child; returns its exit code (130 / 143 when interrupted)."""
    token = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
    child = subprocess.Popen([sys.executable, "-m", "pipeline", *argv], env={**os.environ, RUN_TOKEN: token},
                             process_group=0)

    def interrupt(signum: int, _frame: object) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        child.kill()  # at once: it would report its workers' deaths as a crash
        stop_processes(run_processes(token, os.getpid()))
        sys.stderr.write(f"{chr(10) if sys.stderr.isatty() else ''}{INTERRUPTED}\n")  # past a progress bar
        sys.stderr.flush()
        os._exit(128 + signum)

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    code = child.wait()
    leftovers = run_processes(token, os.getpid())
    if leftovers:  # the child was killed outright: its workers and server are still here
        stop_processes(leftovers)
    return code if code >= 0 else 128 - code


def watch_parent() -> None:
    """In the supervised child: when the supervisor dies, stop every process of the run, this one last."""
    parent = os.getppid()
    token = os.environ[RUN_TOKEN]

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_SECONDS)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # the run is over: its workers' deaths are no news to anyone
        os.dup2(devnull, 2)
        stop_processes(run_processes(token, os.getpid()))
        os._exit(128 + signal.SIGKILL)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()
