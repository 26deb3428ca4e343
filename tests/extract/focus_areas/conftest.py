"""Shared helper for the per-language focus-area tests: the labels one text gives, in order."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.focus_areas import extract


def read_labels(text: str, language: str) -> list[str]:
    """Focus-area labels of `text` read as a document in `language`; ordinals must run 1..n."""
    rows = extract(document_from_text(text, language=language, municipality="Testkommune"))
    assert [r.ordinal for r in rows] == list(range(1, len(rows) + 1))
    return [r.label for r in rows]


@pytest.fixture
def labels():
    return read_labels
