"""The gazetteer matcher's shortcuts pick what reading every alias would: the aliases a window's length can reach,
and the tokens whose first letters can open a one-token alias."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process

from pipeline.extract.networks.matcher import _index, _may_open_alias
from pipeline.extract.networks.rules import cues

WINDOWS = ["Eurocitties", "EUniversities", "Interreg Europa", "Covenant of Mayers", "Nordisk Bynetvaerk", "Xy", "İzmir"]


@pytest.mark.parametrize("language", ["da", "nl"])
def test_aliases_within_reach_score_as_all_aliases_do(language: str) -> None:
    rules = cues(language)
    index = _index(language, rules.fuzzy_min_length)
    for size, (_, folded, _) in index.fuzzy.items():
        for window in WINDOWS + [alias[:-1] + "x" for alias in folded[:40]]:
            key = window.casefold()
            every = process.extractOne(key, folded, scorer=fuzz.ratio, score_cutoff=rules.fuzzy_cutoff)
            choices, near = index.within_reach(size, len(key), rules.fuzzy_cutoff)
            some = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=rules.fuzzy_cutoff)
            assert (every and (every[0], every[1], every[2])) == (some and (some[0], some[1], near[some[2]]))


@pytest.mark.parametrize("language", ["da", "nb", "nl"])
def test_only_tokens_opening_like_an_alias_are_cut(language: str) -> None:
    index = _index(language, cues(language).fuzzy_min_length)
    for key in index.single:
        head = key[:1].upper() + key[1:]  # a compound's first part: 'Eurocitiesnetværket', 'URBACTprojekt'
        if len(key) >= 3 and (head in index.single or head.lower() in index.single):
            assert _may_open_alias(head + "netværket", index.openings)
    assert not _may_open_alias("Qqqprojekt", index.openings)
    assert _may_open_alias("İzmirprojekt", index.openings)  # not ASCII: always cut
