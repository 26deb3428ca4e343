"""Which task runner processes the documents: threads by default, a process pool on request, Dask to scale out.

Chosen per run (a flow parameter), not per flow definition, so a deployment or the CLI can
switch to a Dask cluster without another flow. Every document is read in a bounded child forked
from this process's warm forkserver (pipeline.ingest.deadline; a child that answered reads the next
document), so a task only waits for its child: threads use every core while the GIL is free, and
no pool worker imports Prefect, loads the models and warms a forkserver of its own first
(measured in benchmarks/RESULTS.md: 40 % less memory, the same CPU). `process` keeps a pool of
worker processes (each with its own forkserver); a run of no more documents than workers gets
threads instead (`fitting_runner`).
Prefect and Dask are imported on demand, so the CLI can name the runners without loading either.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from prefect.task_runners import TaskRunner

RunnerName = Literal["thread", "process", "dask"]
DEFAULT_RUNNER: RunnerName = "thread"


def make_runner(name: RunnerName, workers: int | None = None, dask_address: str | None = None) -> TaskRunner:
    """A fresh, unstarted task runner; `dask` joins `dask_address` or starts a local cluster of `workers` processes."""
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    if name == "process":
        return ProcessPoolTaskRunner(max_workers=workers)
    if name == "thread":  # each task waits on its own forked child: threads run them in parallel
        return ThreadPoolTaskRunner(max_workers=worker_count(workers))
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
    forked children either way, one document at a time each.
    """
    return "thread" if name == "process" and documents <= worker_count(workers) else name


@contextmanager
def light_worker_warm_up(name: RunnerName, documents: int, workers: int | None) -> Iterator[None]:
    """Pool or Dask worker processes started inside warm a forkserver without any language's rules when each
    reads fewer documents than the full warm-up has languages (pipeline.ingest.warm).

    Each worker warms a forkserver of its own; building four languages' rules (~2 CPU s each here) to read one
    or two documents costs more than the children building their own documents' languages. The workers read
    the setting from the environment they start with; it is removed again when the block ends.
    """
    from pipeline.ingest.deadline import WARM_LANGUAGES
    from pipeline.process import warm_up_languages

    per_worker = -(-documents // worker_count(workers))
    if name == "thread" or WARM_LANGUAGES in os.environ or per_worker >= warm_up_languages():
        yield
        return
    os.environ[WARM_LANGUAGES] = "0"
    try:
        yield
    finally:
        os.environ.pop(WARM_LANGUAGES, None)


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
