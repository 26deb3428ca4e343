"""The main Prefect flow: thin orchestration over the `pipeline` library.

Every source is first looked up in the per-document result cache (pipeline.dataset.cache):
unchanged documents are reused as they are, and only new or changed ones become tasks,
one task per document (Prefect's per-task overhead is 10–90 ms here, so never finer),
run by the task runner chosen for the run (flows.runners). Results are small rows, never
texts, and are cached by this flow as they arrive, so workers need no shared disk.
Consolidation then writes the run folder with every document, reused ones included.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import TaskRunner

from flows.progress import Progress
from flows.runners import RunnerName, make_runner, workers_share_api
from pipeline.dataset.cache import Lookup, ResultCache, fingerprint, look_up_all
from pipeline.dataset.consolidate import RunSummary, finish_run, new_run_id, utc_now
from pipeline.dataset.results import DocResult
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
def process_document(source: Source, options: Options) -> DocResult:
    """Fetch, parse and extract one source; failures come back as a `failed` row."""
    return process_source(source, options)


@task(name="pull-portals", cache_policy=NO_CACHE, persist_result=False)
def pull_portals(municipalities: list[str], portal_options: dict, cache_dir: str) -> PortalPulls:
    """Discover the municipalities' meeting documents and vote records on their council portals."""
    return pull_for_run(municipalities, cache_dir=cache_dir, **portal_options)


@task(name="write-dataset", cache_policy=NO_CACHE, persist_result=False)
def write_dataset(results: list[DocResult], out_dir: Path, run_id: str, started: str, extra: dict) -> RunSummary:
    return finish_run(results, out_dir, run_id, started, extra)


def process_missing(
    todo: list[Lookup], options: Options, cache: ResultCache, progress: Progress, runner: TaskRunner
) -> list[DocResult]:
    """Run one task per document not found in the cache, caching each result as it arrives."""
    if not todo:
        return []
    results = []
    with workers_share_api(), runner as pool:
        futures = {pool.submit(process_document, {"source": lk.source, "options": options}): lk for lk in todo}
        for future in as_completed(list(futures)):
            result = future.result()
            cache.store(futures[future], result)
            results.append(result)
            progress.advance(result.document.source)
    return results


@flow(name="municipal-international")
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
    runner: RunnerName = "process",
    workers: int | None = None,
    dask_address: str | None = None,
    municipalities: list[str] | None = None,
    portal_options: dict | None = None,
) -> RunSummary:
    """Pull every source, extract all tables, write `out/<run_id>` and switch `out/latest`.

    Unchanged documents are reused from the cache under `cache_dir` unless `full`. `runner`
    is `process` (default: a process per core, or `workers`), `thread`, or `dask` (the
    cluster at `dask_address`, or a local one). `municipalities` are pulled from their council
    portals (`portal_options`: date_from, date_to, portal, delay, retries, registry, since_last; see
    pipeline.ingest.portals.pull_for_run) and join the other sources; run.json `pulls` says how complete.
    """
    logger = get_run_logger()
    started = utc_now()
    run_id = new_run_id()
    pulls = pull_portals(municipalities, portal_options or {}, cache_dir) if municipalities else PortalPulls()
    listed = sources or manifest or not municipalities  # no sources with portals: not the default corpus
    found = (expand_sources(list(sources or []), Path(manifest) if manifest else None) if listed else [])
    found += pulls.sources
    options = Options(
        cache_dir=Path(cache_dir),
        max_pages=max_pages,
        timeout=timeout,
        time_limit=time_limit,
        memory_limit=memory_limit,
    )
    cache = ResultCache(Path(cache_dir))
    run_fingerprint = fingerprint(options)
    lookups = look_up_all(found, options, cache, run_fingerprint, full=full)
    ready = [lk.result for lk in lookups if lk.result is not None]
    todo = [lk for lk in lookups if lk.result is None]
    reused = sum(lk.reused for lk in lookups)
    logger.info("run %s: %d sources, %d reused from the cache, %d to process (%s runner)",
                run_id, len(found), reused, len(todo), runner)
    with Progress(len(found), enabled=show_progress) as progress:
        for result in ready:
            progress.advance(result.document.source)
        pool = make_runner(runner, workers, dask_address)
        results = ready + pulls.records + process_missing(todo, options, cache, progress, pool)
    incremental = {"full": full, "reused": reused, "processed": len(todo), "fingerprint": run_fingerprint}
    extra = {"incremental": incremental}
    if municipalities:
        account_documents(pulls, results)
        fill_meeting_metadata(pulls, results)
        extra["pulls"] = [report.as_dict() for report in pulls.reports]
    summary = write_dataset(results, Path(out), run_id, started, extra)
    if municipalities:
        PullState(Path(cache_dir)).record(pulls.reports)
    logger.info("run %s written to %s: %s", run_id, summary.folder, summary.counts)
    return summary
