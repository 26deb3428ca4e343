"""Extractor for the `actions` table (filled by its own issue)."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.rows import ActionRow


def extract(doc: Document) -> list[ActionRow]:
    return []
