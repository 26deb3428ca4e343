"""Which task runner processes the documents: processes by default, threads for small runs, Dask to scale out.

Chosen per run (a flow parameter), not per flow definition, so a deployment or the CLI can
switch to a Dask cluster without another flow. Processes, not threads, use both cores: the
extractors are pure Python and hold the GIL; each worker loads the models once. Prefect and
Dask are imported on demand, so the CLI can name the runners without loading either.

A run with no more documents than workers gets no pool (`fitting_runner`): every document is
read in a bounded child forked from the flow process's warm forkserver
(pipeline.ingest.deadline), so one thread per document runs them as much in parallel as a pool
would, without spawning workers that each import Prefect and load the models again first.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from prefect.task_runners import TaskRunner

RunnerName = Literal["process", "thread", "dask"]


def make_runner(name: RunnerName, workers: int | None = None, dask_address: str | None = None) -> TaskRunner:
    """A fresh, unstarted task runner; `dask` joins `dask_address` or starts a local cluster of `workers` processes."""
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    if name == "process":
        return ProcessPoolTaskRunner(max_workers=workers)
    if name == "thread":
        # one thread by default: spaCy vocabularies are shared and not thread-safe (seen: E084 under 4 threads)
        return ThreadPoolTaskRunner(max_workers=workers or 1)
    if name == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        cluster = {"processes": True, "threads_per_worker": 1, "dashboard_address": None}
        return DaskTaskRunner(cluster_kwargs=cluster | ({"n_workers": workers} if workers else {}))
    raise ValueError(f"unknown runner {name!r}: choose one of {', '.join(get_args(RunnerName))}")


def worker_count(workers: int | None) -> int:
    """How many documents the process runner reads at once: `workers`, or one per core."""
    return workers or os.cpu_count() or 1


def fitting_runner(name: RunnerName, workers: int | None, documents: int) -> RunnerName:
    """`thread` instead of a process pool for a run of no more documents than workers, else `name`.

    The pool's start-up (each worker imports Prefect and the pipeline and warms its own
    forkserver, several CPU seconds each) is then pure cost: the documents are read in
    forked children either way, one per document at a time.
    """
    return "thread" if name == "process" and documents <= worker_count(workers) else name


@contextmanager
def workers_share_api() -> Iterator[None]:
    """Worker processes report to this flow's Prefect API, also a temporary one or one set only in Prefect's settings.

    Spawned workers see the environment, not the parent's settings: without PREFECT_API_URL
    each would start a temporary server of its own (8–18 s each here) and record its task
    runs there. Dask workers inherit the environment when the local cluster starts.
    """
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    if "PREFECT_API_URL" in os.environ or context is None:
        yield
        return
    os.environ["PREFECT_API_URL"] = str(context.client.api_url).rstrip("/")
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)
