"""Consolidate rows into the contract's tables and write a run folder atomically.

A run is written into a hidden staging folder (`.tmp-<run_id>.<pid>`), renamed to
`outputs/<run_id>`, and only then may `outputs/latest` be switched (an atomic symlink
replace, `point_latest`), so a crash at any moment leaves the previous `latest` complete.
Staging folders and temporary links left by killed runs are removed by the next run;
those of runs still going (their process is alive) are left alone.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

import duckdb
import pandas as pd
import psutil

from pipeline.dataset.rows import TABLES, columns, dtypes

LATEST = "latest"
_LEFTOVER = re.compile(r"^\.(?:tmp-run-.*|latest)\.(\d+)$|^\.tmp-run-[^.]*$")  # the old layout had no pid


def to_frame(table: str, rows: Iterable) -> pd.DataFrame:
    """Rows (dataclasses) as a DataFrame in contract column order and nullable dtypes."""
    records = [asdict(r) for r in rows]
    frame = pd.DataFrame.from_records(records, columns=columns(table))
    return frame.astype({c: t for c, t in dtypes(table).items() if c in frame.columns})


def sort_table(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Deterministic row order, so identical inputs give identical tables."""
    keys = ["source", "doc_id"] if table == "documents" else ["doc_id", "char_start", "char_end"]
    rest = [c for c in frame.columns if c not in keys]
    return frame.sort_values(keys + rest, kind="stable", na_position="last").reset_index(drop=True)


def _write_tables(folder: Path, tables: dict[str, pd.DataFrame]) -> None:
    db = duckdb.connect(str(folder / "dataset.duckdb"))
    try:
        for name, frame in tables.items():
            frame.to_parquet(folder / f"{name}.parquet", index=False)
            frame.to_csv(folder / f"{name}.csv", index=False, encoding="utf-8")
            db.register("frame_view", frame)
            db.execute(f'CREATE TABLE "{name}" AS SELECT * FROM frame_view')
            db.unregister("frame_view")
    finally:
        db.close()


def remove_stale_staging(out_dir: Path) -> list[Path]:
    """Remove staging folders and temporary `latest` links whose writing process is gone; returns them."""
    removed = []
    for path in out_dir.glob(".*") if out_dir.is_dir() else []:
        match = _LEFTOVER.match(path.name)
        if not match or (match.group(1) and psutil.pid_exists(int(match.group(1)))):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def point_latest(out_dir: Path, run_id: str) -> None:
    """Point `out_dir/latest` at the run folder `run_id` in one atomic rename."""
    tmp_link = out_dir / f".{LATEST}.{os.getpid()}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    tmp_link.symlink_to(run_id, target_is_directory=True)
    latest = out_dir / LATEST
    if latest.exists() and not latest.is_symlink():
        shutil.rmtree(latest)  # a plain folder from an older layout: replace it
    os.replace(tmp_link, latest)


def write_run(out_dir: Path, run_id: str, tables: dict[str, pd.DataFrame], run_info: dict) -> Path:
    """Write every table (Parquet, CSV, DuckDB) and run.json into `out_dir/run_id`; `latest` is not touched."""
    missing = set(TABLES) - set(tables)
    if missing:
        raise ValueError(f"tables missing from the run: {sorted(missing)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(out_dir)
    staging = out_dir / f".tmp-{run_id}.{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    _write_tables(staging, {name: tables[name] for name in TABLES})
    info = {**run_info, "counts": {name: len(tables[name]) for name in TABLES}}
    (staging / "run.json").write_text(json.dumps(info, indent=2, ensure_ascii=False, default=str), "utf-8")
    final = out_dir / run_id
    os.replace(staging, final)
    return final


def read_run(run_dir: Path) -> dict[str, pd.DataFrame]:
    """The tables of a written run, read back from Parquet."""
    return {name: pd.read_parquet(run_dir / f"{name}.parquet") for name in TABLES}
