"""Which runner a run gets: small runs skip the process pool, whose start-up would cost more than their documents."""

from __future__ import annotations

import os

import pytest

from flows.runners import fitting_runner, worker_count


@pytest.mark.parametrize(("workers", "documents"), [(2, 1), (2, 2), (4, 3), (None, 1), (1, 0)])
def test_a_run_of_no_more_documents_than_workers_reads_them_in_threads(workers, documents):
    assert fitting_runner("process", workers, documents) == "thread"


@pytest.mark.parametrize(("workers", "documents"), [(2, 3), (1, 2), (None, 1000)])
def test_a_run_of_more_documents_than_workers_gets_the_process_pool(workers, documents):
    assert fitting_runner("process", workers, documents) == "process"


@pytest.mark.parametrize("runner", ["thread", "dask"])
def test_a_runner_asked_for_by_name_other_than_the_pool_is_kept(runner):
    assert fitting_runner(runner, 2, 1) == runner


def test_the_default_worker_count_is_one_per_core():
    assert worker_count(None) == (os.cpu_count() or 1)
    assert worker_count(3) == 3
