"""Extractor for the `partner_cities` table (filled by its own issue)."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.rows import PartnerCityRow


def extract(doc: Document) -> list[PartnerCityRow]:
    return []
