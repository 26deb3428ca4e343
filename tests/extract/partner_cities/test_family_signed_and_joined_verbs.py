"""The start of a partnership told with a particle verb: 'skreiv ordføraren under ein intensjonsavtale' (signed,
the particle after the subject) or 'kom med i kjeden i 1986' (joined a chain of twin towns). The year of that
verb is the start year; a year told with another verb in the same text ('besøk i 2025') is not."""

from __future__ import annotations

import pytest

STARTS = [
    (
        "nn",
        "Voss",
        "Avtale med Tromsø\nI 2021 skreiv ordføraren under ei intensjonsavtale med Keflavík om samarbeid innan "
        "reiseliv.",
        {"Keflavík": ("intention_agreement", 2021)},
    ),
    (
        "nb",
        "Vefsn",
        "Samarbeidsavtale med Umeå\nI mars 2019 skrev Vefsn kommune under en samarbeidsavtale med Umeå om "
        "skogbruk.",
        {"Umeå": ("cooperation_agreement", 2019)},
    ),
    (
        "da",
        "Vordingborg",
        "Vordingborg og Kalmar skrev i 2017 under på en samarbejdsaftale om kystturisme.",
        {"Kalmar": ("cooperation_agreement", 2017)},
    ),
    (
        "nn",
        "Voss",
        "VENSKAPSKOMMUNAR\n\nIkaalinen, Finland\nIkaalinen kom med i den nordiske venskapsbykjeda i 1984. Avtalen "
        "vart fornya i 2014.",
        {"Ikaalinen": ("twin", 1984)},
    ),
    (
        "da",
        "Vordingborg",
        "Venskabsbyer\nKalmar har været venskabsby siden 1952. Kuopio i Finland kom med i venskabsbysamarbejdet i "
        "1979.",
        {"Kalmar": ("twin", 1952), "Kuopio": ("twin", 1979)},
    ),
]

OTHER_VERBS = [
    (
        "nn",
        "Voss",
        "VENSKAPSKOMMUNAR\n\nIkaalinen, Finland\nIkaalinen er venskapskommune. I 2025 kom ei gruppe med elevar på "
        "besøk til Voss.",
        {"Ikaalinen": ("twin", None)},
    ),
    (
        "nb",
        "Vefsn",
        "Vennskapsby: Umeå, Sverige. Ordføreren skrev i 2024 en kronikk under tittelen «Nordisk samarbeid».",
        {"Umeå": ("twin", None)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), STARTS)
def test_the_year_of_signing_or_joining_starts_the_partnership(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), OTHER_VERBS)
def test_a_year_told_with_another_verb_starts_nothing(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
