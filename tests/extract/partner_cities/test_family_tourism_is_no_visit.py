"""'Reiseliv' / 'rejseliv' (tourism) is the subject of an agreement, no journey: the year the agreement was made
stays its start year. A journey ('reiste', 'rejste', 'reisen') in the year's clause still makes it a visit year."""

from __future__ import annotations

import pytest

TOURISM = [
    (
        "nb",
        "Alta",
        "• Inari kommune i Finland: samarbeidsavtale inngått i 2019 om reiseliv og beredskap.",
        {"Inari": ("cooperation_agreement", 2019)},
    ),
    (
        "nn",
        "Vang",
        "Vang underteikna i 2025 ei intensjonsavtale med Sälen om reiseliv.",
        {"Sälen": ("intention_agreement", 2025)},
    ),
    (
        "da",
        "Skagen",
        "Kommunen indgik i 2021 en samarbejdsaftale med Strömstad om rejseliv og havne.",
        {"Strömstad": ("cooperation_agreement", 2021)},
    ),
    (
        "nb",
        "Narvik",
        "Narvik inngikk i 2018 en samarbeidsavtale med Kiruna om reiselivssamarbeid.",
        {"Kiruna": ("cooperation_agreement", 2018)},
    ),
    (
        "nn",
        "Lom",
        "Lom underteikna i 2016 ei samarbeidsavtale med Bolzano om reiselivet i fjellet.",
        {"Bolzano": ("cooperation_agreement", 2016)},
    ),
]

JOURNEYS = [
    (
        "nb",
        "Alta",
        "Samarbeidsavtalen med Kiruna ble inngått i 1995. I 2019 reiste ordføreren til Kiruna.",
        {"Kiruna": ("cooperation_agreement", 1995)},
    ),
    (
        "da",
        "Skagen",
        "Venskabsbyaftalen med Strömstad blev underskrevet i 1980; i 2020 rejste borgmesteren dertil.",
        {"Strömstad": ("twin", 1980)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), TOURISM + JOURNEYS)
def test_tourism_as_a_subject_is_no_journey(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
