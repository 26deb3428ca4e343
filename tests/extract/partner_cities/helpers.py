"""Shared by the sentence-file tests: cases from one `sentences/<file>.json` ({family: {lang: [[issuer, text,
{city: [relation, since_year]}], ...]}})."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SENTENCES = Path(__file__).parent / "sentences"


def file_cases(name: str, family: str) -> list:
    """(language, issuer, text, {city: (relation, since_year)}) for every sentence of `family` in `name`.json."""
    data = json.loads((SENTENCES / f"{name}.json").read_text(encoding="utf-8"))
    return [
        pytest.param(language, issuer, text, {c: tuple(v) for c, v in expected.items()}, id=f"{language}-{n}")
        for language, sentences in data[family].items()
        for n, (issuer, text, expected) in enumerate(sentences)
    ]
