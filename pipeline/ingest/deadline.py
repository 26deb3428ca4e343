"""Run one call in a child process bounded in time and memory, and kill it when it overruns.

Hostile bytes can make a parser spin inside C code (PDFium, regex engines), where no
signal or thread can interrupt it, or allocate until the machine swaps; only a separate
process can be stopped for sure. Children come from a "forkserver": a clean,
single-threaded process that has the pipeline imported and its models loaded already
(pipeline.ingest.warm), so a child starts in milliseconds, never inherits a lock that one of
the parent's threads happened to hold, and shares the models' memory with its siblings. A child
that answered reads the next call too (up to `REUSE_CALLS`, while it has not grown by
`REUSE_GROWTH`); one that overran, raised or ran out of memory is killed.

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
import threading
import time
from collections.abc import Callable
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerProcess
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
PRELOAD = ["pipeline.ingest.warm"]  # imported once by the forkserver; never the caller's __main__
WARM_LANGUAGES = "PIPELINE_WARM_LANGUAGES"  # "0": the forkserver loads no language's rules (prestart)
_MAIN_KEYS = ("init_main_from_name", "init_main_from_path")
_channel: Connection | None = None  # set in a child: where stage() reports to
REUSE_CALLS = 32  # calls one child reads before a fresh one takes over: bounds what its caches hold
_preload = PRELOAD  # what the forkserver imports when it starts: nothing after prestart(shared_only=True)
_warming: threading.Thread | None = None  # starting the one child of prestart(shared_only=True)
_WARM_SECONDS = 300.0  # for that child's warm-up (~4 CPU s on a quiet machine)
REUSE_GROWTH = 128 * 2**20  # resident bytes a child may have grown by and still read another call (~25 MB in 24 PDFs)


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
    multiprocessing.get_context("forkserver").set_forkserver_preload(_preload)
    return True


def prestart(shared_only: bool = False) -> None:
    """Start the forkserver now, so it loads the models while the caller does other work.

    The forkserver loads everything in its own process: a run that starts it before its
    orchestration (a Prefect server takes seconds to come up) gets its first child at once.
    `shared_only`, for a process that reads a few documents, one at a time, and ends: the forkserver loads
    nothing, and one child, started now, loads what every document needs (no language's rules, built for each
    document's language as it comes) and then reads the documents. A forkserver of models beside one child
    would hold them twice (~160 MB RSS); each document stays bounded in the child, and a child that overran is
    replaced by a fresh one from the bare forkserver, which loads what it needs itself.
    No effect on a forkserver already running.
    """
    global _preload, _warming
    if not _has_forkserver() or _forkserver_running():
        return
    if not shared_only:
        forkserver.ensure_running()
        return
    from pipeline.process import warm_up  # here, not at import: the library imports this module

    _preload = []
    _warming = threading.Thread(target=_warm_child, args=(warm_up,), name="warm-child", daemon=True)
    _warming.start()


def _warm_child(warm_up: Callable[..., None]) -> None:
    """Start a child that loads what every document needs, and leave it waiting for the first document."""
    try:
        _call(warm_up, (False, True), _WARM_SECONDS, None, settle=True)  # no language's rules; gc.freeze
    except Exception:  # only costs time: the first document's child then loads what it needs itself
        log.exception("warm-up child failed")


def _forkserver_running() -> bool:
    return forkserver._forkserver._forkserver_pid is not None  # what ensure_running itself checks


def stop() -> None:
    """Stop the forkserver and the children waiting for a call, and free the models they hold; the next call
    starts a fresh one.

    multiprocessing has no public way to stop it: ForkServer._stop is what CPython's own tests use.
    """
    global _preload, _warming
    if _warming is not None:
        _warming.join()
    _preload, _warming = PRELOAD, None
    stop_children()
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


def _statm(field: int) -> int | None:
    """Bytes of this process's address space (field 0) or resident memory (field 1); None without /proc."""
    if not os.path.exists("/proc/self/statm"):
        return None
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[field]) * resource.getpagesize()


def _limit_memory(limit: int | None) -> None:
    """Allow `limit` bytes of address space on top of what the child holds now (None: no limit).

    Only the soft limit moves, so the next call in the same child can be given its own allowance.
    """
    held = _statm(0)
    if held is None:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = hard if limit is None else held + limit
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _serve(conn: Connection) -> None:
    """A child's life: read calls one after another, answer each, report its stages; end when the parent hangs up."""
    global _channel
    os.setpgid(0, 0)  # its own process group: a kill also stops tools it started (tesseract)
    _channel = conn
    born = _statm(1) or 0
    while True:
        try:
            func, args, memory, settle = conn.recv()
        except EOFError:
            return
        try:
            _limit_memory(memory)
            answer: tuple[str, Any] = ("done", func(*args))
        except MemoryError:
            answer = ("memory", None)
        except Exception as exc:  # handed to the parent, which re-raises it
            answer = ("raised", exc)
        grown = (_statm(1) or born) - born
        if settle:  # a warm-up: what it loaded is the child's to keep, not growth that retires it
            born, grown = born + grown, 0
        conn.send((*answer, grown))


class _Child:
    """A bounded child that reads calls until it overruns, fails, or has read `REUSE_CALLS` of them.

    A fresh child per document paid ~15 % more CPU than one reading them in turn (measured on 11 synthetic
    PDFs): the words, names and fuzzy matches a document caches were lost with its child, and every page the
    child touched was copied from the forkserver again. The bounds do not change: each call gets its own
    deadline and memory allowance, and a child that overran, raised or ran out of memory is killed, never reused.
    """

    def __init__(self) -> None:
        self.conn, child_end = multiprocessing.Pipe(duplex=True)
        self.process = _start(_serve, (child_end,))
        child_end.close()
        self.calls = 0

    def kill(self) -> None:
        self.conn.close()
        _kill(self.process)


_idle: list[_Child] = []  # children waiting for their next call
_idle_lock = threading.Lock()


def _idle_child() -> _Child | None:
    with _idle_lock:
        while _idle:
            child = _idle.pop()
            if child.process.is_alive():
                return child
            child.kill()
    return None


def stop_children() -> None:
    """Kill every waiting child (they hold the models of the forkserver they came from)."""
    with _idle_lock:
        children = list(_idle)
        _idle.clear()
    for child in children:
        child.kill()


def _kill(child: multiprocessing.process.BaseProcess) -> None:
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        if child.is_alive():
            child.kill()
    child.join()


def _send(call: bytes) -> _Child:
    """A child that has been handed the pickled call: a waiting one, or a fresh one if none waits or it is gone.

    While prestart's child is warming, a call waits for it: a second child would load the models again.
    """
    warming = _warming
    if warming is not None and warming is not threading.current_thread():
        warming.join()
    child = _idle_child()
    if child is not None:
        try:
            child.conn.send_bytes(call)
            return child
        except OSError:  # it died while waiting
            child.kill()
    child = _Child()
    try:
        child.conn.send_bytes(call)
    except BaseException:
        child.kill()
        raise
    return child


def call_with_deadline(func: Callable[..., T], *args: Any, seconds: float, memory: int | None = None) -> T:
    """func(*args) in a child process limited to `seconds` and `memory` bytes (None: no memory limit).

    Raises TimedOut, MemoryLimit or ChildDied, or re-raises what func raised. `func` must be
    importable by name (a module-level function or a partial of one). Inside a daemonic worker
    (e.g. a Dask worker), which may not start processes, the call runs in-process with no limit.
    """
    if multiprocessing.current_process().daemon:
        log.warning("daemonic worker: time and memory limits not enforced")
        return func(*args)
    return _call(func, args, seconds, memory, settle=False)


def _call(func: Callable[..., T], args: tuple, seconds: float, memory: int | None, settle: bool) -> T:
    """call_with_deadline's work; `settle`: what the call loads counts as the child's start, not as its growth."""
    child = _send(reduction.ForkingPickler.dumps((func, args, memory, settle)))  # what cannot be pickled fails here
    deadline, where, reuse = time.monotonic() + seconds, "", False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not child.conn.poll(left):
                raise TimedOut(f"timed out after {seconds:g} s{where}")
            try:
                message = child.conn.recv()
            except EOFError:
                child.process.join()
                raise ChildDied(f"document process died (exit code {child.process.exitcode}){where}") from None
            if message[0] != "stage":
                break
            where = f" {message[1]}"
        kind, value, grown = message
        child.calls += 1
        reuse = kind == "done" and child.calls < REUSE_CALLS and grown < REUSE_GROWTH
    finally:
        if reuse:
            with _idle_lock:
                _idle.append(child)
        else:
            child.kill()
    if kind == "memory":
        raise MemoryLimit(f"memory limit of {human_size(memory or 0)} exceeded{where}")
    if kind == "raised":
        raise value
    return value
