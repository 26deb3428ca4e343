"""Command line: `python -m pipeline run | evaluate | report`.

Exit codes: 0 the run completed (even with failed documents); 1 with --fail-on-error when
any document failed; 2 usage error (one line, found before any document is processed); 3 the
run itself could not complete; 130 / 143 interrupted (Ctrl-C / SIGTERM; flows.supervise).
Everything but `evaluate`'s score table goes to stderr.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from flows import settings
from flows.runners import DEFAULT_RUNNER, RunnerName, fitting_runner
from flows.supervise import supervise, supervised, watch_parent
from pipeline.ingest.deadline import prestart

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract focus areas, partner cities, networks, votes and action statuses from municipal documents.",
)
console = Console(stderr=True, soft_wrap=not sys.stderr.isatty())  # piped output is never hard-wrapped

EXIT_FAILED_DOCUMENTS = 1
EXIT_USAGE = 2
EXIT_RUN_FAILED = 3


def usage_error(message: str) -> typer.Exit:
    """One line on stderr and exit 2."""
    console.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(EXIT_USAGE)


def writable_folder(folder: Path) -> str | None:
    """None when `folder` can be created and written; otherwise why not."""
    from pipeline.dataset.cache import usable_cache_dir  # loads the pipeline: not for --help or a usage error

    if folder.exists() and not folder.is_dir():
        return "it is a file"
    return usable_cache_dir(folder)


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
        typer.Option(help="Manifest CSV (`,` `;` or tab): source, municipality, country, doc_type[, title].",
                     exists=True),
    ] = None,
    cache_dir: Annotated[Path, typer.Option(help="Cache of raw downloads and per-document results.")]
    = Path(".cache/raw"),
    max_pages: Annotated[int, typer.Option(help="Read at most this many pages per PDF.", min=1)] = 500,
    timeout: Annotated[float, typer.Option(help="HTTP connect/read timeout in seconds.", min=0.1)] = 30.0,
    time_limit: Annotated[float, typer.Option(help="Seconds one document may take, parse to last extractor; slower "
                                              "ones fail with 'timed out after N s in <stage>'.", min=0.001)] = 120.0,
    memory_limit: Annotated[float, typer.Option(help="GB one document may use beyond the loaded models; more fails "
                                                "with 'memory limit of N GB exceeded'. 0: no limit.", min=0)] = 1.5,
    fail_on_error: Annotated[bool, typer.Option(help="Exit 1 when any document failed (and keep "
                                                "OUT/latest where it was).")] = False,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's run logs.")] = False,
    report: Annotated[bool, typer.Option(help="Write report.html (an offline summary) into the run folder.")] = True,
    full: Annotated[bool, typer.Option("--full", help="Process every document again, ignoring cached results.")]
    = False,
    runner: Annotated[RunnerName, typer.Option(help="Task runner for the documents.")] = DEFAULT_RUNNER,
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
    """Run the pipeline flow and write all six tables (Parquet, CSV, DuckDB), run.json and report.html."""
    from pipeline.ingest.sources import ManifestError, expand_sources  # rules and gazetteers: not for --help

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format=settings.LOG_FORMAT,
                        datefmt=settings.LOG_DATE_FORMAT)
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    locations = [str(s) for s in sources or []]
    listed = locations or manifest or not municipality  # portals alone: not the default corpus
    try:
        found = expand_sources(locations, manifest) if listed else []
    except ManifestError as exc:
        raise usage_error(str(exc)) from None
    if listed and not found:
        raise usage_error(f"no documents found in {', '.join(locations) or manifest}")
    problem = writable_folder(out)
    if problem:
        raise usage_error(f"output folder {out} cannot be written ({problem})")
    if found and fitting_runner(runner, workers, len(found)) == "thread":
        from pipeline.process import warm_up_languages

        # the models load in the forkserver while Prefect's server comes up; a process that reads fewer documents
        # than there are languages (none pulled from portals) and then ends reads them one at a time in one child,
        # which loads the models while the server comes up and builds rules only for its documents' languages
        few = supervised() and not municipality and len(found) < warm_up_languages()
        prestart(shared_only=few)
        workers = workers or (1 if few else None)
    from flows.main import pipeline_flow
    from flows.server import ServerStartError, prefect_api
    from pipeline.dataset.cache import usable_cache_dir

    options = portal_options(date_from, date_to, portal, portal_delay, portal_retries, registry,
                             municipality or []) | {"since_last": since_last}
    started = time.monotonic()
    with ExitStack() as stack:
        problem = usable_cache_dir(cache_dir)
        if problem:
            console.print(f"[yellow]warning:[/yellow] cache folder {escape(str(cache_dir))} cannot be written "
                          f"({escape(problem)}); running uncached", highlight=False)
            cache_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="pipeline-cache-")))
        try:
            stack.enter_context(prefect_api())
            summary = pipeline_flow(
                sources=locations,
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
                report=report,
                require_all_ok=fail_on_error,
                municipalities=list(municipality or []),
                portal_options=options,
                release_models=supervised(),  # the command's own process ends with the run; a caller of `app` may not
            )
        except ServerStartError as exc:
            console.print(f"[red]run failed:[/red] {escape(str(exc))}", highlight=False)
            raise typer.Exit(EXIT_RUN_FAILED) from exc
        except Exception as exc:
            console.print(f"[red]run failed:[/red] {type(exc).__name__}: {escape(str(exc))}", highlight=False)
            raise typer.Exit(EXIT_RUN_FAILED) from exc
    print_summary(summary, time.monotonic() - started, out, report)
    incomplete = print_pulls(summary.extra.get("pulls", []))
    if fail_on_error and (summary.n_failed or incomplete):
        raise typer.Exit(EXIT_FAILED_DOCUMENTS)


def print_summary(summary, elapsed: float, out: Path, report: bool) -> None:
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
        console.print(f"  [yellow]{escape(error['source'])}[/yellow]: {escape(error['error'])}", highlight=False)
    if summary.coverage:
        docs = len({c["doc_id"] for c in summary.coverage})
        console.print(
            f"[yellow]coverage warning:[/yellow] {len(summary.coverage)} vote-word sentences in {docs} documents "
            "gave no vote (see run.json 'coverage')"
        )
    if report and (summary.folder / "report.html").is_file():
        console.print(f"report: {summary.folder / 'report.html'}", highlight=False)
    if summary.latest_kept:
        console.print(f"outputs: {summary.folder}; [yellow]{out / 'latest'} not moved[/yellow]: "
                      f"{escape(summary.latest_kept)}", highlight=False)
    else:
        console.print(f"outputs: {summary.folder} (also {out / 'latest'})", highlight=False)


def checked_run(run_dir: Path) -> Path:
    """`run_dir` when it is a run folder (it has run.json); a usage error otherwise."""
    if not (run_dir / "run.json").is_file():
        raise usage_error(f"{run_dir} is not a run folder (no run.json): give one written by `pipeline run`, "
                          "e.g. outputs/latest")
    return run_dir


def gold_beside_inputs(run_dir: Path) -> Path | None:
    """A `gold/` folder beside the run's inputs (its folders, files or manifest), as run.json records them."""
    inputs = json.loads((run_dir / "run.json").read_text(encoding="utf-8")).get("inputs") or {}
    given = [*(inputs.get("sources") or []), *([inputs["manifest"]] if inputs.get("manifest") else [])]
    for location in given:
        if "://" not in location and (Path(location).parent / "gold").is_dir():
            return Path(location).parent / "gold"
    return None


@app.command("evaluate")
def evaluate_command(
    run_dir: Annotated[Path, typer.Option("--run", help="A run folder, e.g. outputs/latest.")]
    = Path("outputs/latest"),
    gold: Annotated[Path | None, typer.Option(help="Folder of gold JSON files named after document file stems "
                                              "(default: gold/ beside the run's inputs).",
                                              exists=True, file_okay=False)] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the scores as JSON here.")] = None,
    show_misses: Annotated[bool, typer.Option("--misses", help="List unmatched gold and extra rows.")] = False,
) -> None:
    """Score a run against gold: precision, recall, F1 per table and attribute accuracies."""
    checked_run(run_dir)
    gold = gold or gold_beside_inputs(run_dir)
    if gold is None:
        raise usage_error("no --gold given and no gold/ folder beside the run's inputs")
    from pipeline.evaluate import as_dict, evaluate  # pandas (~0.8 CPU s): not for a usage error

    scores, n_docs = evaluate(run_dir, gold)
    if n_docs == 0:
        raise usage_error(f"0 gold documents matched: no file in {gold} is named after an ok document of {run_dir} "
                          "(aalborg-2016.json scores aalborg-2016.pdf)")
    table = Table(title=f"{run_dir} vs {gold} ({n_docs} documents with gold)")
    for column in ("table", "P", "R", "F1", "tp", "fp", "fn", "attribute accuracy"):
        table.add_column(column)
    for name, s in scores.items():
        attrs = ", ".join(f"{a} {fmt(s.accuracy(a))}" for a in s.attributes)
        table.add_row(name, fmt(s.precision), fmt(s.recall), fmt(s.f1), str(s.tp), str(s.fp), str(s.fn), attrs)
    Console(soft_wrap=not sys.stdout.isatty()).print(table)
    if show_misses:
        for name, s in scores.items():
            for miss in s.misses:
                Console(soft_wrap=True).print(f"{name}: {miss}", highlight=False, markup=False)
    if json_out:
        json_out.write_text(json.dumps(as_dict(scores), indent=2, ensure_ascii=False), encoding="utf-8")


@app.command("report")
def report_command(
    run_dir: Annotated[Path, typer.Option("--run", help="A run folder, e.g. outputs/latest.")]
    = Path("outputs/latest"),
) -> None:
    """Write report.html into a run folder: one offline HTML file with charts, every row linked to its evidence."""
    checked_run(run_dir)
    from pipeline.report import write_report  # pandas and the charts (~1.5 CPU s): not for a usage error

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
    """The console entry point: `run` is supervised (flows.supervise); the child watches its supervisor.

    `run --help` only prints: no child process for it.
    """
    argv = sys.argv[1:]
    if argv[:1] == ["run"] and "--help" not in argv and not supervised():
        sys.exit(supervise(argv))
    if supervised():
        watch_parent()
    app()
