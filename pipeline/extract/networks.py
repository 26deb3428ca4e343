"""Extractor for the `networks` table (filled by its own issue)."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.rows import NetworkRow


def extract(doc: Document) -> list[NetworkRow]:
    return []
