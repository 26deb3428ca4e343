"""Fellow members of a network and a partner's own partners, named on a partner page, are no partners of the
issuer; a town a cue names right beside it, or a chain the issuer belongs to, stays. Data: `sentences/fellows.json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = json.loads((Path(__file__).parent / "sentences" / "fellows.json").read_text(encoding="utf-8"))


def cases(family: str) -> list:
    return [
        pytest.param(language, issuer, text, {c: tuple(v) for c, v in expected.items()}, id=f"{language}-{n}")
        for language, sentences in DATA[family].items()
        for n, (issuer, text, expected) in enumerate(sentences)
    ]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("fellows"))
def test_fellow_network_members_and_a_partners_own_ties_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), cases("controls"))
def test_towns_a_cue_names_beside_them_or_the_issuers_own_chain_stay_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
