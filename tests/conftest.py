"""Shared fixtures: one Prefect test instance per session (starting one costs 8–18 s here)."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

import flows  # noqa: F401  (applies the Prefect settings this machine needs before Prefect loads)


@contextmanager
def _one_at_a_time(lock: Path) -> Iterator[None]:
    with open(lock, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):
    """One Prefect test server per pytest process (per worker under `make test`).

    Workers start theirs one after the other (a lock in the run's shared temporary folder): two
    servers creating their databases at once on a loaded 2-core machine missed the start-up timeout.
    """
    from prefect.testing.utilities import prefect_test_harness

    with ExitStack() as stack:
        with _one_at_a_time(tmp_path_factory.getbasetemp().parent / "prefect-harness.lock"):
            stack.enter_context(prefect_test_harness(server_startup_timeout=180))
        yield


@pytest.fixture
def prefect_api_env(prefect_harness, monkeypatch):
    """The session's Prefect API in the environment, for one test: a `python -m pipeline run` it starts reports there.

    Without PREFECT_API_URL every command-line run starts a temporary server of its own
    (several CPU seconds and 8–18 s here). The tests of that temporary server's life
    (tests/cli/test_signals.py) do not use this fixture.
    """
    from prefect.settings import PREFECT_API_URL

    monkeypatch.setenv("PREFECT_API_URL", PREFECT_API_URL.value())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files with a slow test first, each file's own order kept.

    `make test` hands whole files to its workers in this order (pytest-xdist, --dist loadscope
    --no-loadscope-reorder): the long ones start at once and the many short files fill the gaps,
    instead of one long file running alone at the end while the other worker is idle.
    """
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow)
