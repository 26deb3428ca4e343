"""Run one call in a child process and kill it when it overruns its deadline.

Hostile bytes can make a parser spin inside C code (PDFium, regex engines), where no
signal or thread can interrupt it; only a separate process can be stopped for sure.
Children come from a "forkserver": a clean, single-threaded process that has the parsers
imported already, so a child starts in milliseconds and never inherits a lock that one
of the parent's threads happened to hold. As with any spawned process, a script that reaches
this must guard its entry point with `if __name__ == "__main__":`. A child that dies (e.g. a crash in C code)
is reported too instead of taking the run down.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
_PRELOAD = ["__main__", "pipeline.ingest.parse"]  # __main__ once in the server, not again in every child


class TimedOut(Exception):
    """The call did not finish within its deadline; str() is "timed out after N s"."""


class ChildDied(Exception):
    """The child process ended without an answer (killed, crashed in C code, out of memory)."""


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _child(conn: Connection, func: Callable[..., Any], args: tuple) -> None:
    try:
        answer = (True, func(*args))
    except Exception as exc:  # handed to the parent, which re-raises it
        answer = (False, exc)
    conn.send(answer)
    conn.close()


def call_with_deadline(func: Callable[..., T], *args: Any, seconds: float) -> T:
    """func(*args) in a child process; raises TimedOut after `seconds`, or what func raised.

    `func` must be importable by name (a module-level function). Inside a daemonic worker
    (e.g. a Dask worker), which may not start processes, the call runs in-process with no limit.
    """
    if multiprocessing.current_process().daemon:
        log.warning("daemonic worker: time limit not enforced")
        return func(*args)
    receive, send = multiprocessing.Pipe(duplex=False)
    child = _context().Process(target=_child, args=(send, func, args), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise TimedOut(f"timed out after {seconds:g} s")
        try:
            done, value = receive.recv()
        except EOFError:
            child.join()
            raise ChildDied(f"parser process died (exit code {child.exitcode})") from None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()
    if not done:
        raise value
    return value
