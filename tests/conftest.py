"""Shared fixtures: one Prefect test instance per session (starting one costs 8–18 s here)."""

from __future__ import annotations

import pytest

import flows  # noqa: F401  (applies the Prefect settings this machine needs before Prefect loads)


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
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
