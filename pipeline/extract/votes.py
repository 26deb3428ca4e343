"""Extractor for the `votes` table (filled by its own issue)."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.rows import VoteRow


def extract(doc: Document) -> list[VoteRow]:
    return []
