"""The main Prefect flow: thin orchestration over the `pipeline` library.

pull+parse+extract run as one task per document (Prefect's per-task overhead is
10–90 ms here, so never finer than that); consolidation writes the run folder.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.pull import Source, expand_sources
from prefect import flow, get_run_logger, task
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from flows.progress import Progress
from pipeline.consolidate import RunSummary, finish_run, new_run_id, utc_now
from pipeline.process import Options, process_source
from pipeline.results import DocResult


@task(name="process-document", retries=1, retry_delay_seconds=2, task_run_name="process {source.location}")
def process_document(source: Source, options: Options) -> DocResult:
    """Fetch, parse and extract one source; failures come back as a `failed` row."""
    return process_source(source, options)


@task(name="write-dataset")
def write_dataset(results: list[DocResult], out_dir: Path, run_id: str, started: str) -> RunSummary:
    return finish_run(results, out_dir, run_id, started)


@flow(name="municipal-international", task_runner=ThreadPoolTaskRunner(max_workers=4))
def pipeline_flow(
    sources: list[str] | None = None,
    manifest: str | None = None,
    out: str = "outputs",
    cache_dir: str = ".cache/raw",
    max_pages: int = 500,
    timeout: float = 30.0,
    show_progress: bool = False,
) -> RunSummary:
    """Pull every source, extract all tables, write `out/<run_id>` and switch `out/latest`."""
    logger = get_run_logger()
    started = utc_now()
    run_id = new_run_id()
    found = expand_sources(list(sources or []), Path(manifest) if manifest else None)
    logger.info("run %s: %d sources", run_id, len(found))
    options = Options(cache_dir=Path(cache_dir), max_pages=max_pages, timeout=timeout)
    futures = [process_document.submit(source, options) for source in found]
    results: list[DocResult] = []
    with Progress(len(futures), enabled=show_progress) as progress:
        for future in as_completed(futures):
            result = future.result()
            results.append(result)
            if not result.ok:
                logger.warning("%s: %s", result.document.source, result.document.error)
            progress.advance(result.document.source)
    summary = write_dataset(results, Path(out), run_id, started)
    logger.info("run %s written to %s: %s", run_id, summary.folder, summary.counts)
    return summary
