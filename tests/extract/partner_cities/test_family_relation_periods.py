"""A twinning or agreement told as a period ('De verbroedering met X liep van 1975 tot 2019', 'Fra 1993 til 2015 var
Y venskabsby', 'stedenband met Z (1993–2015)'): the period's first year is the relation's start (an ended relation
keeps its row). A project's period, a renewal's period and an event's dates start no relation."""

from __future__ import annotations

import pytest

PERIODS = [
    (
        "nl",
        "Oudenaarde",
        "De verbroedering met Montélimar (Frankrijk) liep van 1975 tot 2019.",
        {"Montélimar": ("twin", 1975)},
    ),
    (
        "nl",
        "Smallingerland",
        "Van 1991 tot 2015 had Smallingerland een stedenband met Zalău in Roemenië.",
        {"Zalău": ("twin", 1991)},
    ),
    ("da", "Aabenraa", "Fra 1993 til 2015 var Tartu venskabsby med Aabenraa.", {"Tartu": ("twin", 1993)}),
    ("nb", "Hamar", "Vennskapsavtalen med Viborg gjaldt fra 1988 til 2012.", {"Viborg": ("twin", 1988)}),
    ("nn", "Voss", "Voss var venskapskommune med Kuopio frå 1976 til 2010.", {"Kuopio": ("twin", 1976)}),
    ("nl", "Weert", "Weert had een stedenband met Kleve (1993–2015).", {"Kleve": ("twin", 1993)}),
]

NO_START = [
    (
        "nl",
        "Oss",
        "In het project FoodBridge werkt Oss van 2023 tot 2027 samen met Roeselare.",
        {"Roeselare": ("project_partner", None)},
    ),
    (
        "nb",
        "Bodø",
        "Samarbeidsavtalen med Kiruna ble fornyet for perioden 2020–2024.",
        {"Kiruna": ("cooperation_agreement", None)},
    ),
    ("da", "Aabenraa", "Venskabsbyen Tartu deltog i kulturugen 2019-2020.", {"Tartu": ("twin", None)}),
    (
        "nl",
        "Weert",
        "De stedenband met Kleve uit 1993 werd verlengd voor de periode 2020-2024.",
        {"Kleve": ("twin", 1993)},
    ),
    (
        "nb",
        "Bodø",
        "Bodø har vært vennskapsby med Kiruna siden 1998. Avtalen ble fornyet for perioden 2020–2024.",
        {"Kiruna": ("twin", 1998)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PERIODS)
def test_a_relations_period_starts_in_its_first_year(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NO_START)
def test_project_renewal_and_event_periods_start_no_relation(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
