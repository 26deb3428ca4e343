"""An offline HTML summary of a run: one self-contained `report.html` in the run folder.

Charts and styles are inlined, so the file opens anywhere (a laptop, an e-mail
attachment, an archive) without a network or the rest of the run folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pipeline.dataset.write import read_run
from pipeline.gazetteers.cities import gazetteer
from pipeline.report.page import build, render

REPORT = "report.html"


def locate(name: str, country: str | None = None) -> tuple[float, float] | None:
    """(longitude, latitude) of a city from the partner-city gazetteer, so the map and the data agree."""
    city = gazetteer().lookup(name, country)
    return (city.longitude, city.latitude) if city and city.latitude is not None else None


def write_report(run_dir: Path) -> Path:
    """Render the run's tables and run.json into `run_dir/report.html` (replaced atomically) and return its path."""
    run_dir = Path(run_dir)
    info = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    html = render(build(read_run(run_dir), info, locate))
    target = run_dir / REPORT
    staging = run_dir / f".{REPORT}.{os.getpid()}"
    staging.write_text(html, encoding="utf-8")
    os.replace(staging, target)
    return target
