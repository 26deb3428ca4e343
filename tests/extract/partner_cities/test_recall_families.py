"""Recall families of round 3: small towns in every alphabet and with German suffixes, second lists after a
repeated preposition, Nordic cooperation sentences, and partners named in decisions and multi-year plans.
Data: `sentences/recall.json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = json.loads((Path(__file__).parent / "sentences" / "recall.json").read_text(encoding="utf-8"))


def cases(family: str) -> list:
    return [
        pytest.param(language, issuer, text, {c: tuple(v) for c, v in expected.items()}, id=f"{language}-{n}")
        for language, sentences in DATA[family].items()
        for n, (issuer, text, expected) in enumerate(sentences)
    ]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("spellings_and_lists"))
def test_small_towns_in_every_spelling_and_second_lists_are_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("decisions_and_plans"))
def test_partners_named_in_decisions_and_plans_are_found(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
