"""The extractor registry: one module per output table, each exposing `extract(doc) -> list[Row]`.

A failing extractor never takes the others down: its error is reported as
"<table>: <ExceptionType>: <message>" and the other tables keep their rows.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from pipeline.dataset.rows import ExtractedRow
from pipeline.document import Document

EXTRACTED_TABLES = ("focus_areas", "partner_cities", "networks", "votes", "actions")

Extractor = Callable[[Document], list[ExtractedRow]]


def registry() -> dict[str, Extractor]:
    """Table name → extract function, imported from pipeline/extract/<table>.py."""
    return {table: import_module(f"pipeline.extract.{table}").extract for table in EXTRACTED_TABLES}


def run_extractors(
    doc: Document, on_start: Callable[[str], None] | None = None
) -> tuple[dict[str, list[ExtractedRow]], list[str]]:
    """Run every extractor on `doc`; returns rows per table and one error line per failed extractor.

    `on_start(table)` is called before each extractor (the per-document deadline reports it).
    Running out of memory is not one extractor's bug: MemoryError ends the document.
    """
    rows: dict[str, list[ExtractedRow]] = {}
    errors: list[str] = []
    for table, extract in registry().items():
        if on_start is not None:
            on_start(table)
        try:
            rows[table] = extract(doc)
        except MemoryError:
            raise
        except Exception as exc:  # one extractor's bug must not lose the others' rows
            rows[table] = []
            message = " ".join(str(exc).split())[:300]
            errors.append(f"{table}: {type(exc).__name__}: {message}")
    return rows, errors
