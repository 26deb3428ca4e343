"""The main Prefect flow: thin orchestration over the `pipeline` library.

Every source is looked up in the per-document result cache (pipeline.dataset.cache) as its
bytes arrive: unchanged documents are reused as they are, and each new or changed one becomes
a task at once (one task per document: Prefect's per-task overhead is 10–90 ms here, so never
finer), so downloads overlap processing and a dead URL holds up nobody. A URL's bytes go with
its task, so it is fetched once per run. Results are small rows, never texts, and are cached by
this flow as they arrive, so workers need no shared disk. Consolidation then writes the run
folder with every document, reused ones included, writes the report, and only then may switch
`latest` (pipeline.dataset.consolidate.finish_run).
"""

from __future__ import annotations

import tempfile
from contextlib import ExitStack, nullcontext
from functools import partial
from pathlib import Path

from prefect import Flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner
from prefect.utilities.annotations import quote

from flows import server
from flows.dispatch import LargestFirst
from flows.progress import Progress
from flows.runners import (
    DEFAULT_RUNNER,
    RunnerName,
    fitting_runner,
    light_worker_warm_up,
    make_runner,
    worker_count,
    workers_share_api,
)
from pipeline.dataset.cache import Lookup, ResultCache, fingerprint, look_up_each, usable_cache_dir
from pipeline.dataset.consolidate import RunSummary, finish_run, new_run_id, utc_now
from pipeline.dataset.results import DocResult
from pipeline.ingest import deadline
from pipeline.ingest.portals import PortalPulls, PullState, account_documents, fill_meeting_metadata, pull_for_run
from pipeline.ingest.pull import Source, expand_sources
from pipeline.process import Options, process_source


@task(
    name="process-document",
    retries=1,
    retry_delay_seconds=2,
    task_run_name="process {source.location}",
    cache_policy=NO_CACHE,  # pipeline.dataset.cache does the caching, keyed on the document's bytes
    persist_result=False,
)
def process_document(source: Source, options: Options, data: bytes | None = None) -> DocResult:
    """Parse and extract one source (fetched first unless its bytes came along); failures are `failed` rows."""
    return process_source(source, options, data)


def write_report_safely(folder: Path) -> Path | None:
    """The run's report.html; a report that cannot be drawn is a warning, never a lost dataset."""
    from pipeline.report import write_report

    try:
        return write_report(folder)
    except Exception as exc:  # the tables are written already: keep them
        get_run_logger().warning("report not written: %s: %s", type(exc).__name__, exc)
        return None


@task(name="pull-portals", cache_policy=NO_CACHE, persist_result=False)
def pull_portals(municipalities: list[str], portal_options: dict, cache_dir: str) -> PortalPulls:
    """Discover the municipalities' meeting documents and vote records on their council portals."""
    return pull_for_run(municipalities, cache_dir=cache_dir, **portal_options)


@task(name="write-dataset", cache_policy=NO_CACHE, persist_result=False)
def write_dataset(
    results: list[DocResult], out_dir: Path, run_id: str, started: str, extra: dict, report: bool, require_all_ok: bool
) -> RunSummary:
    return finish_run(
        results,
        out_dir,
        run_id,
        started,
        extra,
        require_all_ok=require_all_ok,
        before_switch=write_report_safely if report else None,
    )


def process_all(
    found: list[Source],
    options: Options,
    cache: ResultCache,
    run_fingerprint: str,
    full: bool,
    progress: Progress,
    runner: TaskRunner,
    places: int | None,
) -> tuple[list[DocResult], int, int]:
    """Every source's result: reused from the cache or processed by a task, largest documents first, `places` at a
    time (flows.dispatch).

    The runner starts with the first document to process: a run served from the cache starts no pool.
    Returns the results, how many were reused and how many were processed (unfetchable ones are neither).
    """
    results: list[DocResult] = []
    reused = processed = 0
    with ExitStack() as running:

        def start() -> TaskRunner:
            running.enter_context(workers_share_api())
            return running.enter_context(runner)

        def submit(pool: TaskRunner, lookup: Lookup) -> PrefectFuture:
            return pool.submit(process_document, {"source": lookup.source, "options": options, "data": lookup.data})

        dispatch = LargestFirst(submit, start, places)
        for lookup, result in dispatch.run(look_up_each(found, options, cache, run_fingerprint, full=full)):
            if lookup.result is not None:
                reused += lookup.reused
            else:
                cache.store(lookup, result)
                processed += 1
            results.append(result)
            progress.advance(result.document.source)
    return results, reused, processed


def on_temporary_api() -> bool:
    """Whether this run reports to a server that lives only as long as this process: Prefect's own temporary
    server (no API configured) or the one `flows.server.prefect_api` started."""
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    return url is None or url == server.temporary_url


class LocalFlow(Flow):
    """A flow that, called in this process on a temporary API, sends no heartbeats.

    Heartbeats let a lasting server mark a flow run whose process died as crashed; a temporary server dies
    with the process, so nobody reads them, and stopping the heartbeat thread made every run wait for the
    thread's one-second sleep (warm 40-PDF run 1.1-1.3 -> 0.8-1.0 s here). Deployments are run by Prefect's
    runner, not through this call, and keep them.
    """

    def __call__(self, *args, **kwargs):  # typed by Flow.__call__'s overloads
        from prefect.settings import temporary_settings

        quiet = temporary_settings(updates={"flows.heartbeat_frequency": None}) if on_temporary_api() else None
        with quiet or nullcontext():
            return super().__call__(*args, **kwargs)


@partial(LocalFlow, name="municipal-international")
def pipeline_flow(
    sources: list[str] | None = None,
    manifest: str | None = None,
    out: str = "outputs",
    cache_dir: str = ".cache/raw",
    max_pages: int = 500,
    timeout: float = 30.0,
    time_limit: float = 120.0,
    memory_limit: float = 1.5,
    show_progress: bool = False,
    full: bool = False,
    runner: RunnerName = DEFAULT_RUNNER,
    workers: int | None = None,
    dask_address: str | None = None,
    municipalities: list[str] | None = None,
    portal_options: dict | None = None,
    report: bool = False,
    require_all_ok: bool = False,
    release_models: bool = False,
) -> RunSummary:
    """Pull every source, extract all tables, write `out/<run_id>` and switch `out/latest`.

    Unchanged documents are reused from the cache under `cache_dir` unless `full`; a cache folder
    that cannot be written is a warning and the run goes on uncached. `runner` is `thread`
    (default: a thread per core, or `workers`, each waiting on its document's forked child),
    `process` (a pool of worker processes), or `dask` (the cluster at `dask_address`, or a local one).
    `latest` moves only to a run with an ok document (and no failed one with `require_all_ok`),
    after `report.html` is written (with `report`). `release_models` stops the forkserver that holds
    the models once every document is read, so writing does not hold them too: for a process that
    ends with this run (the command line), not for one that runs flows again; the children that read the
    documents are stopped either way.
    `municipalities` are pulled from their council portals (`portal_options`: date_from, date_to, portal,
    delay, retries, registry, since_last; see pipeline.ingest.portals.pull_for_run) and join the other
    sources; run.json `pulls` says how complete.
    """
    logger = get_run_logger()
    started = utc_now()
    run_id = new_run_id()
    pulls = pull_portals(municipalities, portal_options or {}, cache_dir) if municipalities else PortalPulls()
    listed = sources or manifest or not municipalities  # no sources with portals: not the default corpus
    found = expand_sources(list(sources or []), Path(manifest) if manifest else None) if listed else []
    found += pulls.sources
    with ExitStack() as stack:
        cache_path = Path(cache_dir)
        problem = usable_cache_dir(cache_path)
        if problem:
            logger.warning("cache folder %s cannot be written (%s); running uncached", cache_dir, problem)
            cache_path = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="pipeline-cache-")))
        options = Options(
            cache_dir=cache_path, max_pages=max_pages, timeout=timeout, time_limit=time_limit, memory_limit=memory_limit
        )
        cache = ResultCache(cache_path)
        run_fingerprint = fingerprint(options)
        chosen = fitting_runner(runner, workers, len(found))
        threads = max(len(found), 1) if chosen != runner else workers  # one per document: no pool to wait for
        logger.info("run %s: %d sources to process (%s runner)", run_id, len(found), chosen)
        with Progress(len(found), enabled=show_progress) as progress:
            pool = make_runner(chosen, threads, dask_address)
            places = None if chosen == "dask" else worker_count(threads)
            with light_worker_warm_up(chosen, len(found), threads):
                results, reused, processed = process_all(
                    found, options, cache, run_fingerprint, full, progress, pool, places
                )
    # the children that read the documents hold the models (their RSS counts them again beside the forkserver's)
    # and are of no use while the dataset is written; a later run forks fresh ones in milliseconds
    if release_models:
        deadline.stop()
    else:
        deadline.stop_children()
    incremental = {"full": full, "reused": reused, "processed": processed, "fingerprint": run_fingerprint}
    extra = {"incremental": incremental, "inputs": {"sources": list(sources or []), "manifest": manifest}}
    if municipalities:
        results += pulls.records
        account_documents(pulls, results)
        fill_meeting_metadata(pulls, results)
        extra["pulls"] = [report.as_dict() for report in pulls.reports]
    # quoted: Prefect would otherwise walk every row of every result twice looking for futures (inputs, resolving)
    summary = write_dataset(quote(results), Path(out), run_id, started, extra, report, require_all_ok)
    if municipalities:
        PullState(Path(cache_dir)).record(pulls.reports)
    logger.info("run %s written to %s: %s", run_id, summary.folder, summary.counts)
    return summary
