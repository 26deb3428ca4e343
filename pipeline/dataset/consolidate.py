"""Merge per-document results into the contract's tables and run.json facts."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import SCHEMA_VERSION
from pipeline.extract import EXTRACTED_TABLES
from pipeline.rules import rules_hash

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)


def new_run_id(now: datetime | None = None) -> str:
    """Sortable and unique: UTC time plus a short random suffix."""
    now = now or datetime.now(UTC)
    return f"run-{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(2)}"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class RunSummary:
    run_id: str
    folder: Path
    counts: dict[str, int]
    n_ok: int
    n_failed: int
    n_extractor_errors: int
    errors: list[dict] = field(default_factory=list)
    coverage: list[dict] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # run facts added by the caller, e.g. "incremental"
    latest_kept: str | None = None  # why `latest` was not moved to this run; None when it was


def consolidate(results: Iterable[DocResult]) -> tuple[dict[str, pd.DataFrame], list[dict], list[dict], list[dict]]:
    """Tables checked against the contract, per-document errors, coverage warnings and contract violations.

    Rows of duplicate documents are kept once; extracted rows that break the contract are dropped
    (pipeline/dataset/contract.py) and listed.
    """
    # pandas and duckdb (~90 MB) load when a run is written, not in a flow process waiting on its documents
    from pipeline.dataset.contract import enforce
    from pipeline.dataset.write import sort_table, to_frame

    documents, errors, coverage = [], [], []
    extracted: dict[str, list] = {t: [] for t in EXTRACTED_TABLES}
    seen: set[str] = set()
    for result in results:
        row = result.document
        documents.append(row)
        if row.error:
            errors.append({"doc_id": row.doc_id, "source": row.source, "status": row.status, "error": row.error})
        if row.doc_id in seen:
            continue
        seen.add(row.doc_id)
        coverage.extend(result.coverage)
        for table in EXTRACTED_TABLES:
            for r in result.rows.get(table, []):
                r.municipality = r.municipality or row.municipality
                extracted[table].append(r)
    tables = {"documents": sort_table("documents", to_frame("documents", documents))}
    for table, rows in extracted.items():
        tables[table] = sort_table(table, to_frame(table, rows))
    errors.sort(key=lambda e: (e["source"], e["doc_id"]))
    tables, violations = enforce(tables)
    return tables, errors, coverage, violations


def coverage_not_applicable(results: Iterable[DocResult]) -> list[dict]:
    """Documents the coverage check did not read and why (their type is not read for votes), once per doc_id."""
    notes = {r.coverage_note["doc_id"]: r.coverage_note for r in results if r.coverage_note}
    return [notes[doc_id] for doc_id in sorted(notes)]


def latest_refusal(n_ok: int, n_failed: int, require_all_ok: bool = False) -> str | None:
    """Why a run must not become `latest` (None: it may): it has no ok document, or failures were not allowed."""
    if n_ok == 0:
        return "no document was processed ok"
    if require_all_ok and n_failed:
        return f"{n_failed} document(s) failed and failures were not allowed"
    return None


def finish_run(
    results: Iterable[DocResult],
    out_dir: Path,
    run_id: str,
    started: str,
    extra: dict | None = None,
    *,
    require_all_ok: bool = False,
    before_switch: Callable[[Path], object] | None = None,
) -> RunSummary:
    """Consolidate, write the run folder atomically with its run.json (plus any `extra` facts), then switch `latest`.

    `latest` moves only to a run with at least one ok document (and none failed when `require_all_ok`);
    `before_switch(folder)` runs first (e.g. writes the report), so `latest` never shows a run without it.
    """
    from pipeline.dataset.write import point_latest, write_run

    results = list(results)
    tables, errors, coverage, violations = consolidate(results)
    for v in violations:
        log.error(
            "contract violation in %s.%s (%s): %r of document %s",
            v["table"],
            v["column"],
            v["check"],
            v["value"],
            v["doc_id"],
        )
    docs = tables["documents"]
    info = {
        "run_id": run_id,
        "started_utc": started,
        "finished_utc": utc_now(),
        "pipeline_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "rules_hash": rules_hash(),
        "errors": errors,
        "coverage": coverage,
        "coverage_not_applicable": coverage_not_applicable(results),
        "schema_violations": violations,
        **(extra or {}),
    }
    folder = write_run(out_dir, run_id, tables, info)
    n_ok, n_failed = int((docs["status"] == "ok").sum()), int((docs["status"] == "failed").sum())
    if before_switch is not None:
        before_switch(folder)
    refusal = latest_refusal(n_ok, n_failed, require_all_ok)
    if refusal is None:
        point_latest(out_dir, run_id)
    return RunSummary(
        run_id=run_id,
        folder=folder,
        counts={name: len(frame) for name, frame in tables.items()},
        n_ok=n_ok,
        n_failed=n_failed,
        n_extractor_errors=sum(1 for r in results if r.extractor_errors),
        errors=errors,
        coverage=coverage,
        extra=dict(extra or {}),
        latest_kept=refusal,
    )
