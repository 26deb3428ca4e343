"""A scheduled deployment that pulls everything new on the council portals since the last complete pull.

`python -m flows.deploy_portals --municipality Almere --municipality Lingewaard` registers it with the
configured Prefect API and serves it. Each run pulls every listed municipality from the day after the
last meeting its previous complete pull reached (kept in CACHE_DIR/portals/last_pulled.json; a pull
with a gap does not move the mark, so the gap is tried again next time) up to the run's day, and
processes only documents it has not seen. Schedules need a real `prefect server start`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from prefect import serve as prefect_serve
from prefect.deployments.runner import RunnerDeployment

from flows.deploy import (
    DEFAULT_CRON,
    DEFAULT_TIMEZONE,
    CacheDirOption,
    CronOption,
    NameOption,
    OutOption,
    RunnerOption,
    TimezoneOption,
    run_parameters,
    scheduled,
)
from flows.runners import DEFAULT_RUNNER, RunnerName

DEPLOYMENT_NAME = "portals-since-last-run"


def build_portal_deployment(
    municipalities: list[str],
    *,
    name: str = DEPLOYMENT_NAME,
    cron: str = DEFAULT_CRON,
    timezone: str = DEFAULT_TIMEZONE,
    portal: str | None = None,
    registry: Path | None = None,
    delay: float = 1.0,
    out: Path = Path("outputs"),
    cache_dir: Path = Path(".cache/raw"),
    runner: RunnerName = DEFAULT_RUNNER,
) -> RunnerDeployment:
    """The deployment object; paths become absolute so runs do not depend on the serving folder."""
    options = {"portal": portal, "registry": str(registry.resolve()) if registry else None, "delay": delay,
               "since_last": True}
    parameters = {"sources": [], "municipalities": list(municipalities), "portal_options": options}
    return scheduled(
        name, cron, timezone, {**parameters, **run_parameters(out, cache_dir, runner)},
        "Pulls every meeting document and vote record new on the council portals since the last complete pull; "
        "run.json `pulls` says what each portal listed against what was fetched.", "portals",
    )


def serve(
    municipality: Annotated[list[str], typer.Option(help="Municipality as in models/portals.csv; repeatable.")],
    portal: Annotated[str | None, typer.Option(help="Only this portal.")] = None,
    registry: Annotated[Path | None, typer.Option(help="Portal registry CSV.", exists=True)] = None,
    delay: Annotated[float, typer.Option(help="Seconds between two requests to a portal.", min=0)] = 1.0,
    out: OutOption = Path("outputs"),
    cache_dir: CacheDirOption = Path(".cache/raw"),
    cron: CronOption = DEFAULT_CRON,
    timezone: TimezoneOption = DEFAULT_TIMEZONE,
    name: NameOption = DEPLOYMENT_NAME,
    runner: RunnerOption = DEFAULT_RUNNER,
) -> None:
    """Register the portal deployment and serve it until interrupted."""
    prefect_serve(build_portal_deployment(municipality, name=name, cron=cron, timezone=timezone, portal=portal,
                                          registry=registry, delay=delay, out=out, cache_dir=cache_dir,
                                          runner=runner))


if __name__ == "__main__":  # spawned worker processes re-import this module: serve only in the parent
    typer.run(serve)
