"""Command line: `python -m pipeline run | evaluate | report`.

Exit codes: 0 the run completed (even with failed documents); 1 with
--fail-on-error when any document failed; 2 usage error; 3 the run itself
could not complete.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from flows.runners import RunnerName
from pipeline.evaluate import as_dict, evaluate
from pipeline.report import write_report

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract focus areas, partner cities, networks, votes and action statuses from municipal documents.",
)
console = Console(stderr=True)

EXIT_FAILED_DOCUMENTS = 1
EXIT_RUN_FAILED = 3


@app.command()
def run(
    sources: Annotated[
        list[str] | None,
        typer.Argument(help="Files, folders (searched recursively), http(s) URLs or manifest CSVs. "
                       "Default: corpus/manifest.csv."),
    ] = None,
    out: Annotated[Path, typer.Option(help="Output folder; the run goes to OUT/<run_id>, OUT/latest points at it.")]
    = Path("outputs"),
    manifest: Annotated[
        Path | None,
        typer.Option(help="Manifest CSV: source, municipality, country, doc_type[, title].", exists=True),
    ] = None,
    cache_dir: Annotated[Path, typer.Option(help="Cache of raw downloads and per-document results.")]
    = Path(".cache/raw"),
    max_pages: Annotated[int, typer.Option(help="Read at most this many pages per PDF.", min=1)] = 500,
    timeout: Annotated[float, typer.Option(help="HTTP connect/read timeout in seconds.", min=0.1)] = 30.0,
    time_limit: Annotated[float, typer.Option(help="Seconds one document may take, parse to last extractor; slower "
                                              "ones fail with 'timed out after N s in <stage>'.", min=0.001)] = 120.0,
    memory_limit: Annotated[float, typer.Option(help="GB one document may use beyond the loaded models; more fails "
                                                "with 'memory limit of N GB exceeded'. 0: no limit.", min=0)] = 1.5,
    fail_on_error: Annotated[bool, typer.Option(help="Exit 1 when any document failed.")] = False,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's run logs.")] = False,
    report: Annotated[bool, typer.Option(help="Write report.html (an offline summary) into the run folder.")] = True,
    full: Annotated[bool, typer.Option("--full", help="Process every document again, ignoring cached results.")]
    = False,
    runner: Annotated[RunnerName, typer.Option(help="Task runner for the documents.")] = "process",
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: one per core).", min=1)] = None,
    dask_address: Annotated[str | None, typer.Option(help="Dask scheduler, e.g. tcp://host:8786 (with --runner dask; "
                                                     "default: a local cluster).")] = None,
    municipality: Annotated[list[str] | None, typer.Option(help="Pull this municipality's meeting documents from "
                                                           "its council portal(s) (models/portals.csv); repeatable.")]
    = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First meeting date (ISO) to pull from portals.")]
    = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last meeting date (ISO) to pull; default today.")] = None,
    portal: Annotated[str | None, typer.Option(help="Only this portal (notubiz, ibabs, gemeenteoplossingen, "
                                                     "einnsyn, elements, acos, firstagenda).")] = None,
    portal_delay: Annotated[float, typer.Option(help="Seconds between two requests to a portal.", min=0)] = 1.0,
    portal_retries: Annotated[int, typer.Option(help="Retries of a failed portal request.", min=0)] = 3,
    registry: Annotated[Path | None, typer.Option(help="Portal registry CSV (default models/portals.csv).",
                                                  exists=True)] = None,
    since_last: Annotated[bool, typer.Option("--since-last", help="Pull each municipality from the day after the "
                                             "last meeting of its previous complete pull.")] = False,
) -> None:
    """Run the pipeline flow and write all six tables (Parquet, CSV, DuckDB) and run.json."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows.main import pipeline_flow

    options = portal_options(date_from, date_to, portal, portal_delay, portal_retries, registry,
                             municipality or []) | {"since_last": since_last}
    started = time.monotonic()
    try:
        summary = pipeline_flow(
            sources=[str(s) for s in sources or []],
            manifest=str(manifest) if manifest else None,
            out=str(out),
            cache_dir=str(cache_dir),
            max_pages=max_pages,
            timeout=timeout,
            time_limit=time_limit,
            memory_limit=memory_limit,
            show_progress=progress,
            full=full,
            runner=runner,
            workers=workers,
            dask_address=dask_address,
            municipalities=list(municipality or []),
            portal_options=options,
        )
    except Exception as exc:
        console.print(f"[red]run failed:[/red] {type(exc).__name__}: {exc}")
        raise typer.Exit(EXIT_RUN_FAILED) from exc
    print_summary(summary, time.monotonic() - started, out)
    incomplete = print_pulls(summary.extra.get("pulls", []))
    if report:
        console.print(f"report: {write_report(summary.folder)}")
    if fail_on_error and (summary.n_failed or incomplete):
        raise typer.Exit(EXIT_FAILED_DOCUMENTS)


def print_summary(summary, elapsed: float, out: Path) -> None:
    table = Table(title=f"run {summary.run_id}", show_header=True)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in summary.counts.items():
        table.add_row(name, str(count))
    console.print(table)
    console.print(
        f"documents: [green]{summary.n_ok} ok[/green], [red]{summary.n_failed} failed[/red], "
        f"{summary.n_extractor_errors} with extractor errors; {elapsed:.1f} s"
    )
    incremental = summary.extra.get("incremental")
    if incremental:
        console.print(f"reused from the cache: {incremental['reused']}, processed: {incremental['processed']}")
    for error in summary.errors:
        console.print(f"  [yellow]{error['source']}[/yellow]: {error['error']}")
    if summary.coverage:
        docs = len({c["doc_id"] for c in summary.coverage})
        console.print(
            f"[yellow]coverage warning:[/yellow] {len(summary.coverage)} vote-word sentences in {docs} documents "
            "gave no vote (see run.json 'coverage')"
        )
    console.print(f"outputs: {summary.folder} (also {out / 'latest'})")


@app.command("evaluate")
def evaluate_command(
    run_dir: Annotated[Path, typer.Option("--run", help="A run folder, e.g. outputs/latest.", exists=True)]
    = Path("outputs/latest"),
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files named after document file stems.",
                                       exists=True, file_okay=False)] = Path("../shared/gold"),
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the scores as JSON here.")] = None,
    show_misses: Annotated[bool, typer.Option("--misses", help="List unmatched gold and extra rows.")] = False,
) -> None:
    """Score a run against gold: precision, recall, F1 per table and attribute accuracies."""
    scores, n_docs = evaluate(run_dir, gold)
    table = Table(title=f"{run_dir} vs {gold} ({n_docs} documents with gold)")
    for column in ("table", "P", "R", "F1", "tp", "fp", "fn", "attribute accuracy"):
        table.add_column(column)
    for name, s in scores.items():
        attrs = ", ".join(f"{a} {fmt(s.accuracy(a))}" for a in s.attributes)
        table.add_row(name, fmt(s.precision), fmt(s.recall), fmt(s.f1), str(s.tp), str(s.fp), str(s.fn), attrs)
    Console().print(table)
    if show_misses:
        for name, s in scores.items():
            for miss in s.misses:
                Console().print(f"{name}: {miss}")
    if json_out:
        json_out.write_text(json.dumps(as_dict(scores), indent=2, ensure_ascii=False), encoding="utf-8")


@app.command("report")
def report_command(
    run_dir: Annotated[Path, typer.Option("--run", help="A run folder, e.g. outputs/latest.", exists=True,
                                          file_okay=False)] = Path("outputs/latest"),
) -> None:
    """Write report.html into a run folder: one offline HTML file with charts, every row linked to its evidence."""
    typer.echo(write_report(run_dir))


def portal_options(date_from: str | None, date_to: str | None, portal: str | None, delay: float, retries: int,
                   registry: Path | None, municipalities: list[str]) -> dict:
    """Portal pull options for the flow; bad dates, portals or unregistered municipalities are usage errors."""
    from pipeline.ingest.portals import CONNECTORS, RegistryError, find_entries, load_registry

    for name, value in (("--from", date_from), ("--to", date_to)):
        try:
            value and date.fromisoformat(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)", param_hint=name) from None
    if portal and portal not in CONNECTORS:
        raise typer.BadParameter(f"choose one of {', '.join(CONNECTORS)}", param_hint="--portal")
    try:
        entries = load_registry(registry) if registry else None
        for name in municipalities:
            find_entries(name, portal, entries)
    except RegistryError as exc:
        raise typer.BadParameter(str(exc), param_hint="--municipality") from None
    return {"date_from": date_from, "date_to": date_to, "portal": portal, "delay": delay, "retries": retries,
            "registry": str(registry) if registry else None}


def print_pulls(pulls: list[dict]) -> int:
    """One line per portal pull; an incomplete pull is a warning with its gaps. Returns how many were incomplete."""
    for pull in pulls:
        colour = "green" if pull["status"] == "complete" else "yellow"
        console.print(
            f"pull [{colour}]{pull['status']}[/{colour}]: {pull['portal']} {pull['municipality']} "
            f"{pull['date_from']}..{pull['date_to']}: {pull['meetings_fetched']}/{pull['meetings_listed']} meetings, "
            f"{pull['documents_listed']} documents ({pull['documents_failed']} failed), "
            f"{pull['vote_records']} vote records")
        for gap in pull["gaps"]:
            console.print(f"  [yellow]gap:[/yellow] {gap}")
        for warning in pull["warnings"]:
            console.print(f"  [yellow]warning:[/yellow] {warning}")
    return sum(pull["status"] != "complete" for pull in pulls)


@app.command("discover")
def discover_command(
    municipality: Annotated[list[str], typer.Option(help="Municipality as in models/portals.csv; repeatable.")],
    date_from: Annotated[str | None, typer.Option("--from", help="First meeting date (ISO); default a year ago.")]
    = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last meeting date (ISO); default today.")] = None,
    portal: Annotated[str | None, typer.Option(help="Only this portal.")] = None,
    portal_delay: Annotated[float, typer.Option(help="Seconds between two requests to a portal.", min=0)] = 1.0,
    portal_retries: Annotated[int, typer.Option(help="Retries of a failed portal request.", min=0)] = 3,
    registry: Annotated[Path | None, typer.Option(help="Portal registry CSV.", exists=True)] = None,
    fail_on_error: Annotated[bool, typer.Option(help="Exit 1 when a pull is incomplete.")] = False,
) -> None:
    """Write a manifest CSV (to stdout) of every meeting document the portals list; the pull summary goes to stderr."""
    from pipeline.ingest.portals import pull_for_run, write_manifest

    options = portal_options(date_from, date_to, portal, portal_delay, portal_retries, registry, municipality)
    try:
        pulls = pull_for_run(list(municipality), **options)
    except ValueError as exc:  # --from after --to
        raise typer.BadParameter(str(exc), param_hint="--from") from None
    write_manifest(pulls.sources, sys.stdout)
    incomplete = print_pulls([r.as_dict() for r in pulls.reports])
    if pulls.records:
        console.print(f"{len(pulls.records)} structured vote records: use `run --municipality` to keep them")
    if fail_on_error and incomplete:
        raise typer.Exit(EXIT_FAILED_DOCUMENTS)


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def main() -> None:
    app()
