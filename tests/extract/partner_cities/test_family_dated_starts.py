"""An agreement that starts on a date ('loopt vanaf 1 maart 2026', 'gaat in op 1 november 2026', 'gælder fra 1.
januar 2026', 'trer i kraft 1. mai 2025', 'tek til å gjelde 1. mars 2026') starts in that date's year, whether the
date comes before or after the town, in its sentence or the next one about the agreement. A date about something
else after a sentence that already dates the tie ('Fra 1. marts 2026 har kommunen en ny borgmester') is no start."""

from __future__ import annotations

import pytest

DATED = [
    (
        "nl",
        "Ieper",
        "Samenwerkingsovereenkomst met de stad Arras (Frankrijk)\nDe overeenkomst loopt vanaf 1 maart 2026 voor vier"
        " jaar en betreft erfgoed.",
        {"Arras": ("cooperation_agreement", 2026)},
    ),
    (
        "nl",
        "Keerbergen",
        "De raad keurt de verbroederingsovereenkomst met de gemeente Kürten goed. De verbroedering gaat in op 1"
        " november 2026.",
        {"Kürten": ("twin", 2026)},
    ),
    ("nl", "Oss", "De stedenband met Kleve treedt in werking op 1 januari 2027.", {"Kleve": ("twin", 2027)}),
    (
        "nl",
        "Oss",
        "Ingaande 1 april 2025 heeft Oss een samenwerkingsovereenkomst met Lünen.",
        {"Lünen": ("cooperation_agreement", 2025)},
    ),
    (
        "nl",
        "Oss",
        "De samenwerkingsovereenkomst met Gdynia geldt vanaf 15 september 2024.",
        {"Gdynia": ("cooperation_agreement", 2024)},
    ),
    ("da", "Billund", "Venskabsbyaftalen med Jelgava gælder fra 1. januar 2026.", {"Jelgava": ("twin", 2026)}),
    (
        "da",
        "Billund",
        "Samarbejdsaftalen med Tartu træder i kraft 1. maj 2025.",
        {"Tartu": ("cooperation_agreement", 2025)},
    ),
    ("da", "Billund", "Fra den 1. marts 2026 er Kuldīga kommunens nye venskabsby.", {"Kuldīga": ("twin", 2026)}),
    (
        "da",
        "Billund",
        "Samarbejdsaftalen med Pärnu trådte i kraft i 2019.",
        {"Pärnu": ("cooperation_agreement", 2019)},
    ),
    (
        "nb",
        "Hole",
        "Intensjonsavtalen med Ingå gjelder fra 1. juli 2026.",
        {"Ingå": ("intention_agreement", 2026)},
    ),
    ("nb", "Hole", "Vennskapsavtalen med Tartu trer i kraft 1. mai 2025.", {"Tartu": ("twin", 2025)}),
    ("nb", "Hole", "Fra 1. januar 2024 er Jelgava ny vennskapsby.", {"Jelgava": ("twin", 2024)}),
    (
        "nb",
        "Hole",
        "Samarbeidsavtalen med Umeå trådte i kraft i 2018.",
        {"Umeå": ("cooperation_agreement", 2018)},
    ),
    ("nn", "Vang", "Vennskapsavtalen med Karpacz gjeld frå 1. juni 2026.", {"Karpacz": ("twin", 2026)}),
    (
        "nn",
        "Vang",
        "Samarbeidsavtalen med Bolzano trer i kraft 1. mai 2025.",
        {"Bolzano": ("cooperation_agreement", 2025)},
    ),
    ("nn", "Vang", "Frå 1. januar 2024 er Innsbruck ny vennskapskommune.", {"Innsbruck": ("twin", 2024)}),
    (
        "nn",
        "Vang",
        "Intensjonsavtalen med Östersund tek til å gjelde 1. mars 2026.",
        {"Östersund": ("intention_agreement", 2026)},
    ),
]

DATED_ELSE = [
    (
        "nl",
        "Oss",
        "De stedenband met Kleve werd in 1980 gesloten. Vanaf 1 maart 2026 is er een nieuw bestuur.",
        {"Kleve": ("twin", 1980)},
    ),
    (
        "da",
        "Billund",
        "Billund har siden 1990 været venskabsby med Jelgava. Fra 1. marts 2026 har kommunen en ny borgmester.",
        {"Jelgava": ("twin", 1990)},
    ),
    (
        "nb",
        "Hole",
        "Hole har vært vennskapskommune med Lidköping siden 1987. Fra 1. januar 2026 er kommunen en del av en ny"
        " region.",
        {"Lidköping": ("twin", 1987)},
    ),
    (
        "nn",
        "Vang",
        "Vang har vore vennskapskommune med Karpacz sidan 1998. Frå 1. januar 2026 har kommunen ny ordførar.",
        {"Karpacz": ("twin", 1998)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DATED)
def test_an_agreement_starting_on_a_date_starts_in_its_year(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DATED_ELSE)
def test_a_later_date_about_something_else_is_no_start(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
