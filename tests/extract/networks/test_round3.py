"""Round 3 network families: membership sentences with names no list knows and regional climate partnerships
(Nynorsk above all), and what is no membership: friendship associations, funding possibilities, another body's
membership. Data: `sentences/round3.json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.build import document_from_text
from pipeline.extract.networks.extractor import extract

DATA = json.loads((Path(__file__).parent / "sentences" / "round3.json").read_text(encoding="utf-8"))


def cases(family: str) -> list:
    return [
        pytest.param(language, DATA["towns"][language], text, set(expected), id=f"{language}-{n}")
        for language, sentences in DATA[family].items()
        for n, (text, expected) in enumerate(sentences)
    ]


def networks(text: str, language: str, town: str) -> set[str]:
    return {row.network for row in extract(document_from_text(text, language=language, municipality=town))}


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("memberships"))
def test_membership_sentences_give_named_networks_and_regional_climate_partnerships(language, town, text, expected):
    assert networks(text, language, town) == expected


@pytest.mark.parametrize(("language", "town", "text", "expected"), cases("not_networks"))
def test_friendship_associations_funding_possibilities_and_other_bodies_memberships_are_no_rows(
    language, town, text, expected
):
    assert networks(text, language, town) == expected
