"""Shared helpers for the partner_cities tests: a document from a sentence, and its rows by city."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.partner_cities.extractor import extract


def partners(text: str, language: str, municipality: str | None) -> dict[str, tuple[str, int | None]]:
    """City -> (relation, since_year) of the rows extracted from `text`."""
    doc = document_from_text(text, language=language, municipality=municipality)
    return {row.city: (row.relation, row.since_year) for row in extract(doc)}


@pytest.fixture
def rows():
    return partners
