"""Which runner a run gets: threads waiting on forked children by default; small runs skip a requested process pool."""

from __future__ import annotations

import inspect
import os

import pytest

from flows.runners import DEFAULT_RUNNER, fitting_runner, light_worker_warm_up, make_runner, worker_count
from pipeline.ingest.deadline import WARM_LANGUAGES


@pytest.mark.parametrize(("workers", "documents"), [(2, 1), (2, 2), (4, 3), (None, 1), (1, 0)])
def test_a_run_of_no_more_documents_than_workers_reads_them_in_threads(workers, documents):
    assert fitting_runner("process", workers, documents) == "thread"


@pytest.mark.parametrize(("workers", "documents"), [(2, 3), (1, 2), (None, 1000)])
def test_a_run_of_more_documents_than_workers_gets_the_process_pool(workers, documents):
    assert fitting_runner("process", workers, documents) == "process"


@pytest.mark.parametrize("runner", ["thread", "dask"])
def test_a_runner_asked_for_by_name_other_than_the_pool_is_kept(runner):
    assert fitting_runner(runner, 2, 1) == runner


@pytest.mark.parametrize(("runner", "workers", "documents"), [("process", 2, 3), ("process", 2, 6), ("dask", 3, 9),
                                                               ("dask", 1, 3)])
def test_workers_that_each_read_fewer_documents_than_there_are_languages_warm_no_language(runner, workers, documents,
                                                                                          monkeypatch):
    monkeypatch.delenv(WARM_LANGUAGES, raising=False)
    with light_worker_warm_up(runner, documents, workers):
        assert os.environ[WARM_LANGUAGES] == "0"  # what a worker started now inherits (pipeline.ingest.warm)
    assert WARM_LANGUAGES not in os.environ


@pytest.mark.parametrize(("runner", "workers", "documents"), [("process", 2, 7), ("process", 1, 4), ("dask", 2, 8),
                                                               ("thread", 2, 1), ("thread", 8, 3)])
def test_workers_with_as_many_documents_each_as_languages_and_threads_keep_the_full_warm_up(runner, workers,
                                                                                           documents, monkeypatch):
    monkeypatch.delenv(WARM_LANGUAGES, raising=False)
    with light_worker_warm_up(runner, documents, workers):
        assert WARM_LANGUAGES not in os.environ


def test_a_warm_up_setting_already_in_the_environment_is_left_as_it_is(monkeypatch):
    monkeypatch.setenv(WARM_LANGUAGES, "0")
    with light_worker_warm_up("process", 100, 2):
        assert os.environ[WARM_LANGUAGES] == "0"
    with light_worker_warm_up("process", 3, 2):
        pass
    assert os.environ[WARM_LANGUAGES] == "0"


def test_the_default_worker_count_is_one_per_core():
    assert worker_count(None) == (os.cpu_count() or 1)
    assert worker_count(3) == 3


def test_the_default_runner_is_one_thread_per_core_and_the_flow_and_cli_use_it():
    from flows.cli import run
    from flows.main import pipeline_flow

    runner = make_runner(DEFAULT_RUNNER)
    assert DEFAULT_RUNNER == "thread"
    assert type(runner).__name__ == "ThreadPoolTaskRunner"
    assert runner._max_workers == worker_count(None)
    assert pipeline_flow.parameters.properties["runner"]["default"] == DEFAULT_RUNNER
    assert inspect.signature(run).parameters["runner"].default == DEFAULT_RUNNER
