"""Shared helper: the networks extractor run on one short text, rows keyed by canonical network."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.dataset.rows import NetworkRow
from pipeline.extract.networks.extractor import extract


def network_rows(text: str, language: str, municipality: str | None) -> dict[str, NetworkRow]:
    doc = document_from_text(text, language=language, municipality=municipality)
    return {row.network: row for row in extract(doc)}


@pytest.fixture
def rows():
    return network_rows
