"""The scheduled deployment of the main flow, served by this process: `make serve` or `python -m flows.deploy`.

It registers with whatever Prefect API is configured (PREFECT_API_URL) and runs the flow on
a cron schedule with the given sources and output folder; runs can also be triggered from
the UI or the API. Schedules fire only on a real `prefect server start`, never on an
ephemeral server (shared/ENVIRONMENT.md). Stopping the process pauses the schedule.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from prefect import serve as prefect_serve
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

from flows.main import pipeline_flow
from flows.runners import DEFAULT_RUNNER, RunnerName

DEPLOYMENT_NAME = "scheduled"
DEFAULT_CRON = "0 3 * * 1"  # Mondays at 03:00, when nobody waits for the machine
DEFAULT_TIMEZONE = "Europe/Copenhagen"

# the serving options every deployment command shares
OutOption = Annotated[Path, typer.Option("--out", help="Output folder of the scheduled runs.")]
CronOption = Annotated[str, typer.Option("--cron", help="Cron schedule of the runs.")]
TimezoneOption = Annotated[str, typer.Option("--timezone", help="IANA time zone the cron schedule is read in.")]
NameOption = Annotated[str, typer.Option("--name", help="Deployment name.")]
RunnerOption = Annotated[RunnerName, typer.Option("--runner", help="Task runner for the documents.")]
CacheDirOption = Annotated[
    Path, typer.Option("--cache-dir", help="Cache of downloads, per-document results and last-pulled marks.")
]


def build_deployment(
    *,
    name: str = DEPLOYMENT_NAME,
    cron: str = DEFAULT_CRON,
    timezone: str = DEFAULT_TIMEZONE,
    sources: list[str] | None = None,
    manifest: Path | None = None,
    out: Path = Path("outputs"),
    cache_dir: Path = Path(".cache/raw"),
    runner: RunnerName = DEFAULT_RUNNER,
) -> RunnerDeployment:
    """The deployment object; local paths become absolute, so runs do not depend on the serving folder."""
    local = [s if "://" in s else str(Path(s).resolve()) for s in sources or []]
    parameters = {"sources": local, "manifest": str(manifest.resolve()) if manifest else None}
    return scheduled(
        name, cron, timezone, {**parameters, **run_parameters(out, cache_dir, runner)},
        "Incremental batch run over the configured sources; only changed documents are processed.", "batch",
    )


def run_parameters(out: Path, cache_dir: Path, runner: RunnerName) -> dict:
    """The flow parameters every deployment sets, with absolute paths."""
    return {"out": str(out.resolve()), "cache_dir": str(cache_dir.resolve()), "runner": runner}


def scheduled(name: str, cron: str, timezone: str, parameters: dict, description: str, tag: str) -> RunnerDeployment:
    """The main flow as a deployment on a cron schedule."""
    return pipeline_flow.to_deployment(name=name, schedule=Cron(cron, timezone=timezone), parameters=parameters,
                                       description=description, tags=[tag])


def serve(
    sources: Annotated[list[str] | None, typer.Argument(help="Files, folders, URLs or manifests; default: the corpus.")]
    = None,
    manifest: Annotated[Path | None, typer.Option(help="Manifest CSV.", exists=True)] = None,
    out: OutOption = Path("outputs"),
    cache_dir: CacheDirOption = Path(".cache/raw"),
    cron: CronOption = DEFAULT_CRON,
    timezone: TimezoneOption = DEFAULT_TIMEZONE,
    name: NameOption = DEPLOYMENT_NAME,
    runner: RunnerOption = DEFAULT_RUNNER,
) -> None:
    """Register the deployment and serve it until interrupted."""
    deployment = build_deployment(name=name, cron=cron, timezone=timezone, sources=sources, manifest=manifest,
                                  out=out, cache_dir=cache_dir, runner=runner)
    prefect_serve(deployment)


if __name__ == "__main__":  # spawned worker processes re-import this module: serve only in the parent
    typer.run(serve)
