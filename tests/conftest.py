"""Shared fixtures: one Prefect test instance per session (starting one costs 8–18 s here)."""

from __future__ import annotations

import pytest

import flows  # noqa: F401  (applies the Prefect settings this machine needs before Prefect loads)


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield
