"""Run one call in a child process bounded in time and memory, and kill it when it overruns.

Hostile bytes can make a parser spin inside C code (PDFium, regex engines), where no
signal or thread can interrupt it, or allocate until the machine swaps; only a separate
process can be stopped for sure. Children come from a "forkserver": a clean,
single-threaded process that has the pipeline imported and its models loaded already
(pipeline.ingest.warm), so a child starts in milliseconds, never inherits a lock that one of
the parent's threads happened to hold, and shares the models' memory with its siblings.

Unlike multiprocessing's own children, these never import the caller's `__main__`: a
script or notebook without an `if __name__ == "__main__":` guard can call the library.
The child reports which stage it is in (`stage`), so an overrun says where it happened:
"timed out after 120 s in votes", "memory limit of 1.5 GB exceeded while parsing".
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import os
import resource
import signal
import time
from collections.abc import Callable
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerProcess
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
PRELOAD = ["pipeline.ingest.warm"]  # imported once by the forkserver; never the caller's __main__
_MAIN_KEYS = ("init_main_from_name", "init_main_from_path")
_channel: Connection | None = None  # set in a child: where stage() reports to


class TimedOut(Exception):
    """The call did not finish within its deadline; str() is "timed out after N s[ in <stage>]"."""


class MemoryLimit(Exception):
    """The call needed more memory than allowed; str() is "memory limit of N GB exceeded[ <stage>]"."""


class ChildDied(Exception):
    """The child process ended without an answer (killed, crashed in C code)."""


def human_size(n: float) -> str:
    """1610612736 -> "1.5 GB"."""
    for unit, size in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= size:
            return f"{n / size:.3g} {unit}"
    return f"{n:g} bytes"


def stage(where: str) -> None:
    """Tell the parent what the child does now ("while parsing", "in votes"); a no-op outside a child."""
    if _channel is not None:
        _channel.send(("stage", where))


class _Popen(popen_forkserver.Popen):
    """The forkserver start, minus the instruction to re-import the caller's main module in the child."""

    def _launch(self, process_obj: Any) -> None:
        prep_data = {k: v for k, v in spawn.get_preparation_data(process_obj._name).items() if k not in _MAIN_KEYS}
        buf = io.BytesIO()
        popen_forkserver.set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            popen_forkserver.set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)
        parent_w = os.dup(w)  # the child's sentinel of its parent
        self.finalizer = util.Finalize(self, util.close_fds, (parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Process(ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _Popen:  # noqa: N802 (multiprocessing's name)
        return _Popen(process_obj)


def _has_forkserver() -> bool:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    return True


def prestart() -> None:
    """Start the forkserver now, so it loads the models while the caller does other work.

    The forkserver loads everything in its own process: a run that starts it before its
    orchestration (a Prefect server takes seconds to come up) gets its first child at once.
    """
    if _has_forkserver():
        forkserver.ensure_running()


def stop() -> None:
    """Stop the forkserver and free the models it holds; the next call starts a fresh one.

    multiprocessing has no public way to stop it: ForkServer._stop is what CPython's own tests use.
    """
    server = getattr(forkserver, "_forkserver", None)
    stopper = getattr(server, "_stop", None)
    if stopper is not None:
        stopper()


def _start(target: Callable[..., None], args: tuple) -> multiprocessing.process.BaseProcess:
    if _has_forkserver():
        child = _Process(target=target, args=args, daemon=True)
    else:  # no forkserver (Windows): spawn, which does import the caller's main module
        child = multiprocessing.get_context("spawn").Process(target=target, args=args, daemon=True)
    child.start()
    return child


def _limit_memory(limit: int) -> None:
    """Allow `limit` bytes of address space on top of what the (shared, preloaded) child holds already."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        held = int(fh.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (held + limit, held + limit))


def _child(conn: Connection, func: Callable[..., Any], args: tuple, memory: int | None) -> None:
    global _channel
    os.setpgid(0, 0)  # its own process group: a kill also stops tools it started (tesseract)
    _channel = conn
    try:
        if memory and os.path.exists("/proc/self/statm"):
            _limit_memory(memory)
        answer: tuple[str, Any] = ("done", func(*args))
    except MemoryError:
        answer = ("memory", None)
    except Exception as exc:  # handed to the parent, which re-raises it
        answer = ("raised", exc)
    conn.send(answer)
    conn.close()


def _kill(child: multiprocessing.process.BaseProcess) -> None:
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        if child.is_alive():
            child.kill()
    child.join()


def call_with_deadline(func: Callable[..., T], *args: Any, seconds: float, memory: int | None = None) -> T:
    """func(*args) in a child process limited to `seconds` and `memory` bytes (None: no memory limit).

    Raises TimedOut, MemoryLimit or ChildDied, or re-raises what func raised. `func` must be
    importable by name (a module-level function or a partial of one). Inside a daemonic worker
    (e.g. a Dask worker), which may not start processes, the call runs in-process with no limit.
    """
    if multiprocessing.current_process().daemon:
        log.warning("daemonic worker: time and memory limits not enforced")
        return func(*args)
    receive, send = multiprocessing.Pipe(duplex=False)
    child = _start(_child, (send, func, args, memory))
    send.close()
    deadline, where = time.monotonic() + seconds, ""
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not receive.poll(left):
                raise TimedOut(f"timed out after {seconds:g} s{where}")
            try:
                kind, value = receive.recv()
            except EOFError:
                child.join()
                raise ChildDied(f"document process died (exit code {child.exitcode}){where}") from None
            if kind != "stage":
                break
            where = f" {value}"
    finally:
        receive.close()
        _kill(child)
    if kind == "memory":
        raise MemoryLimit(f"memory limit of {human_size(memory or 0)} exceeded{where}")
    if kind == "raised":
        raise value
    return value
