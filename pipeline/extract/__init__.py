"""The extractor registry: one module per output table, each exposing `extract(doc) -> list[Row]`.

A failing extractor never takes the others down: its error is reported as
"<table>: <ExceptionType>: <message>" and the other tables keep their rows. Languages are
gated here, once for every table: a document in a language no table has rules for gets no
rows and the warning "no rules for language de; nothing extracted" (the cue words of other
languages would otherwise give partial, misleading rows); a table with rule files for some
languages but not this one is skipped for it.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import NamedTuple

from pipeline.dataset.rows import ExtractedRow
from pipeline.document import Document
from pipeline.rules import MODELS_DIR, has_language

EXTRACTED_TABLES = ("focus_areas", "partner_cities", "networks", "votes", "actions")

Extractor = Callable[[Document], list[ExtractedRow]]


class Extraction(NamedTuple):
    rows: dict[str, list[ExtractedRow]]
    errors: list[str]  # one line per failed extractor
    warnings: list[str]  # e.g. the document's language has no rules


def registry() -> dict[str, Extractor]:
    """Table name → extract function, imported from pipeline/extract/<table>.py."""
    return {table: import_module(f"pipeline.extract.{table}").extract for table in EXTRACTED_TABLES}


def warm_up() -> None:
    """Load what each extractor reads only for some documents (its package's optional `warm_up`), once."""
    for table in EXTRACTED_TABLES:
        warm = getattr(import_module(f"pipeline.extract.{table}"), "warm_up", None)
        if warm is not None:
            warm()


def _has_rules(table: str, language: str) -> bool:
    """A table without a rule folder of its own (its data lives elsewhere) runs for every supported language."""
    return has_language(table, language) or not (MODELS_DIR / table).is_dir()


def supported_language(language: str) -> bool:
    """Whether any table has rules for `language`."""
    return any(has_language(table, language) for table in EXTRACTED_TABLES)


def run_extractors(doc: Document, on_start: Callable[[str], None] | None = None) -> Extraction:
    """Run every extractor with rules for the document's language; rows per table, errors and warnings.

    `on_start(table)` is called before each extractor (the per-document deadline reports it).
    Running out of memory is not one extractor's bug: MemoryError ends the document.
    """
    rows: dict[str, list[ExtractedRow]] = {table: [] for table in EXTRACTED_TABLES}
    if not supported_language(doc.language):
        return Extraction(rows, [], [f"no rules for language {doc.language}; nothing extracted"])
    errors: list[str] = []
    for table, extract in registry().items():
        if not _has_rules(table, doc.language):
            continue
        if on_start is not None:
            on_start(table)
        try:
            rows[table] = extract(doc)
        except MemoryError:
            raise
        except Exception as exc:  # one extractor's bug must not lose the others' rows
            message = " ".join(str(exc).split())[:300]
            errors.append(f"{table}: {type(exc).__name__}: {message}")
    return Extraction(rows, errors, [])
