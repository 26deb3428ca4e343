"""Shared fixtures: one Prefect test server for the whole run (starting one costs 8–18 s and ~11 CPU s here)."""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

import flows  # noqa: F401  (applies the Prefect settings this machine needs before Prefect loads)

# Seconds per file of a full run (session 27's `--durations=0`, -n 2 at load ~10-14, so about four times a quiet
# run's; test_dask and test_flow from the second run, after their cuts); only their order matters: the longest
# are handed out first, so no long file is left to run alone at the end.
COSTS = {
    "ingest/test_bounds.py": 350, "ingest/test_hostile_folder.py": 335, "test_fuzz_extractors.py": 311,
    "ingest/test_forkserver_lifecycle.py": 282, "test_dask.py": 120, "test_flow.py": 94, "test_server.py": 180,
    "test_hostile_inputs.py": 163, "extract/votes/test_coverage.py": 138, "ingest/test_ocr.py": 125,
    "test_run_integrity.py": 101, "test_report.py": 97, "test_language.py": 91, "cli/test_run_output.py": 90,
    "cli/test_temporary_server.py": 83, "ingest/test_big_inputs.py": 78, "cli/test_fresh_clone.py": 60,
    "cli/test_signals.py": 55, "ingest/portals/test_flow_portals.py": 52, "extract/actions/test_rule_gate.py": 33,
    "test_incremental.py": 32, "dataset/test_lazy_imports.py": 27, "extract/partner_cities/test_round7.py": 23,
    "extract/actions/test_actions.py": 22, "extract/votes/test_context.py": 21, "extract/votes/test_rule_union.py": 21,
    "cli/test_usage_errors.py": 17, "cli/test_latest.py": 16, "cli/test_downloads.py": 16,
}
# test_network_faults.py (~100 s) is left out on purpose: its 60-s limit per test was overrun (load ~20) when it
# ran beside the end-to-end files at the start; among the short files it met it in every run so far.
SLOW_DEFAULT = 30  # a file with a slow test that COSTS does not name yet
TESTS = Path(__file__).resolve().parent


@contextmanager
def _one_at_a_time(lock: Path) -> Iterator[None]:
    with open(lock, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


class _SharedServer:
    """Who serves and who uses the run's one Prefect test server: a JSON file beside the workers' folders.

    The first pytest process that needs a server starts it (`prefect_test_harness`) and writes its
    address; the others use that address. The one that started it stops it last: at its own end it
    waits until every other user has finished or died.
    """

    def __init__(self, folder: Path) -> None:
        self.lock, self.file = folder / "prefect-harness.lock", folder / "prefect-harness.json"

    def read(self) -> dict:
        return json.loads(self.file.read_text(encoding="utf-8")) if self.file.exists() else {}

    def write(self, state: dict) -> None:
        self.file.write_text(json.dumps(state), encoding="utf-8")

    def leave(self, pid: int) -> None:
        with _one_at_a_time(self.lock):
            state = self.read()
            if state:
                self.write({**state, "users": [p for p in state["users"] if p != pid]})

    def close_when_alone(self, pid: int, seconds: float = 3600) -> None:
        """Wait (lock released) until no other live process uses the server, then withdraw its address."""
        end = time.monotonic() + seconds
        while True:
            with _one_at_a_time(self.lock):
                users = [p for p in self.read().get("users", []) if p != pid and _alive(p)]
                if not users or time.monotonic() > end:
                    self.file.unlink(missing_ok=True)
                    return
            time.sleep(0.5)


def _drain_to_server() -> None:
    """Send this process's queued logs and events before the server may stop (as the harness does at its end)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    try:
        APILogWorker.instance().drain()
    except RuntimeError:  # never started
        pass
    EventsWorker.drain_all()


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):
    """One Prefect test server for the whole run, shared by the pytest-xdist workers of `make test`.

    Each worker starting its own cost ~11 CPU s and, as they started one after the other (two servers
    creating their databases at once on a loaded 2-core machine missed the start-up timeout), the
    second worker's wait. The run's shared temporary folder holds the lock and the server's address.
    """
    import prefect.context
    from prefect.settings import PREFECT_API_URL, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    base = tmp_path_factory.getbasetemp()
    # the workers' folders share the run's folder; a run without workers keeps to its own (other pytest
    # runs on the machine share the folder above it)
    shared, pid = _SharedServer(base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base), os.getpid()
    stack = ExitStack()
    with _one_at_a_time(shared.lock):
        state = shared.read()
        owner = not state or not _alive(state["owner"])
        if owner:
            stack.enter_context(prefect_test_harness(server_startup_timeout=180))
            state = {"url": PREFECT_API_URL.value(), "owner": pid, "users": []}
        else:
            stack.enter_context(temporary_settings(updates={PREFECT_API_URL: state["url"]}))
            stack.enter_context(prefect.context._temporary_global_settings_context(  # as the harness does
                prefect.context.get_settings_context()))
        shared.write({**state, "users": [*state["users"], pid]})
    yield
    if owner:  # after the last test (pytest_sessionfinish), outside any test's time limit
        _AT_SESSION_END.append(lambda: (shared.close_when_alone(pid), stack.close()))
    else:
        _drain_to_server()
        shared.leave(pid)
        stack.close()


_AT_SESSION_END: list[Callable[[], object]] = []


def pytest_sessionfinish() -> None:
    """The shared server's owner waits for its other users here, not in a test's teardown (a test's time limit
    would count the wait); pytest-xdist reports the worker finished only after this returns."""
    while _AT_SESSION_END:
        _AT_SESSION_END.pop()()


@pytest.fixture
def prefect_api_env(prefect_harness, monkeypatch):
    """The session's Prefect API in the environment, for one test: a `python -m pipeline run` it starts reports there.

    Without PREFECT_API_URL every command-line run starts a temporary server of its own
    (several CPU seconds and 8–18 s here). The tests of that temporary server's life
    (tests/cli/test_signals.py) do not use this fixture.
    """
    from prefect.settings import PREFECT_API_URL

    monkeypatch.setenv("PREFECT_API_URL", PREFECT_API_URL.value())


@pytest.fixture(scope="session")
def chromium() -> str:
    """The headless browser the report tests open pages in (tests/browser.py); they skip without one."""
    import browser

    try:
        return browser.ensure_chromium()
    except browser.BrowserUnavailable as exc:
        pytest.skip(str(exc))


def _cost(path: Path) -> float:
    return COSTS.get(path.relative_to(TESTS).as_posix(), 0) if path.is_relative_to(TESTS) else 0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files longest first (known costs, then other files with a slow test), each file's own order kept.

    `make test` hands whole files to its workers in this order (pytest-xdist, --dist loadscope
    --no-loadscope-reorder): the long ones start at once and the many short files fill the gaps,
    instead of one long file running alone at the end while the other worker is idle.
    """
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: -(_cost(item.path) or (SLOW_DEFAULT if item.path in slow else 0)))
