"""Shared by the sentence-file tests: cases from one `sentences/<file>.json` ({"towns": {lang: town},
family: {lang: [[text, [network names]], ...]}}) and the network names found in one text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.build import document_from_text
from pipeline.extract.networks.extractor import extract

SENTENCES = Path(__file__).parent / "sentences"


def file_cases(name: str, family: str, shape: type = set) -> list:
    """(language, town, text, expected names) for every sentence of `family` in `sentences/<name>.json`;
    `shape=dict` keeps a {name: kind} expectation."""
    data = json.loads((SENTENCES / f"{name}.json").read_text(encoding="utf-8"))
    return [
        pytest.param(language, data["towns"][language], text, shape(expected), id=f"{language}-{n}")
        for language, sentences in data[family].items()
        for n, (text, expected) in enumerate(sentences)
    ]


def networks(text: str, language: str, town: str) -> set[str]:
    return {row.network for row in extract(document_from_text(text, language=language, municipality=town))}
