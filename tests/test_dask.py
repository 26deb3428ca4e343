"""Scale-out: the flow on a real Dask LocalCluster of two worker processes writes the same tables as the default run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.dataset.write import read_run

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DOCS = ("001_57a4fe48539ba290.pdf", "002_a1e10ab50720f0e2.txt", "003_259c048bf72ba3f8.txt")


def test_dask_local_cluster_writes_the_same_tables_as_the_default_process_runner(prefect_harness, tmp_path):
    from flows.main import pipeline_flow

    folder = tmp_path / "in"
    folder.mkdir()
    for name in DOCS:
        shutil.copy(ROOT / "corpus" / name, folder / name)
    tables, facts = {}, {}
    for runner in ("process", "dask"):
        summary = pipeline_flow(sources=[str(folder)], out=str(tmp_path / runner),
                                cache_dir=str(tmp_path / f"{runner}-cache"), runner=runner, workers=2)
        tables[runner] = read_run(summary.folder)
        facts[runner] = json.loads((summary.folder / "run.json").read_text(encoding="utf-8"))["incremental"]
    assert facts["dask"]["processed"] == facts["process"]["processed"] == len(DOCS)
    assert set(tables["dask"]["documents"]["status"]) == {"ok"}
    for name, frame in tables["process"].items():
        pd.testing.assert_frame_equal(tables["dask"][name], frame, obj=name)
