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
_GRACE_SECONDS = 1.5  # between SIGTERM and SIGKILL for the run's processes
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


def stop_processes(processes: list[psutil.Process], grace: float = _GRACE_SECONDS) -> None:
    """SIGTERM, then SIGKILL whatever is still alive after `grace` seconds."""
    for process in processes:
        try:
            process.terminate()
        except psutil.NoSuchProcess:
            continue
    _, alive = psutil.wait_procs(processes, timeout=grace)
    for process in alive:
        try:
            process.kill()
        except psutil.NoSuchProcess:
            continue
    psutil.wait_procs(alive, timeout=grace)


def supervise(argv: list[str]) -> int:
    """Run `python -m pipeline <argv>` as a supervised child; returns its exit code (130 / 143 when interrupted)."""
    token = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
    child = subprocess.Popen([sys.executable, "-m", "pipeline", *argv], env={**os.environ, RUN_TOKEN: token},
                             process_group=0)

    def interrupt(signum: int, _frame: object) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stop_processes([psutil.Process(child.pid), *run_processes(token, os.getpid())])
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
        stop_processes(run_processes(token, os.getpid()), grace=0.5)
        os._exit(128 + signal.SIGKILL)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()
