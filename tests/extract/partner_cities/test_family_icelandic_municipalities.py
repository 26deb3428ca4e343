"""Icelandic partners are often named as a municipality no GeoNames town carries ('Skagafjörður', 'Múlaþing',
'Fjarðabyggð'); the gazetteer knows them from pycountry's ISO 3166-2:IS subdivisions, so a relation cue names
them like any town. An Icelandic region (a subdivision of another type, 'Vesturland') is no municipality."""

from __future__ import annotations

import pytest

ICELANDIC_MUNICIPALITIES = [
    (
        "nn",
        "Sauda",
        "Sauda og Skagafjörður skreiv i 2025 under ei intensjonsavtale om samarbeid om industri og kultur.",
        {"Skagafjörður": ("intention_agreement", 2025)},
    ),
    (
        "nb",
        "Vefsn",
        "Vefsn har siden 2012 vært vennskapskommune med Múlaþing på Øst-Island.",
        {"Múlaþing": ("twin", 2012)},
    ),
    (
        "da",
        "Frederikshavn",
        "Kommunens venskabsbyer er Fjarðabyggð i Island og Borlänge i Sverige.",
        {"Fjarðabyggð": ("twin", None), "Borlänge": ("twin", None)},
    ),
    (
        "nl",
        "Harlingen",
        "Harlingen heeft sinds 2019 een stedenband met de IJslandse gemeente Vesturbyggð.",
        {"Vesturbyggð": ("twin", 2019)},
    ),
    (
        "nb",
        "Vardø",
        "Vennskapskommuner:\n* Dalvíkurbyggð (Island), siden 1998\n* Luleå (Sverige), siden 1975",
        {"Dalvíkurbyggð": ("twin", 1998), "Luleå": ("twin", 1975)},
    ),
]

NOT_MUNICIPALITIES = [
    (
        "nb",
        "Vefsn",
        "Vefsn har siden 2012 et vennskapssamarbeid med regionen Vesturland på Island.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ICELANDIC_MUNICIPALITIES)
def test_an_icelandic_municipality_is_named_like_a_town(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_MUNICIPALITIES)
def test_an_icelandic_region_is_no_partner_municipality(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
