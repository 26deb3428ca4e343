"""Extractor for the `focus_areas` table (filled by its own issue)."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.rows import FocusAreaRow


def extract(doc: Document) -> list[FocusAreaRow]:
    return []
