"""A strategy announces what will be done; a project one of its sentences quotes or names in passing ('Projektet
"Grøn Varme Vest" er søgt', 'de programma\'s "Dorp van kansen" en "Dorp in balans" lopen door') is earlier or other
work, no action reported on, whatever status word stands beside it. A status report quoting its projects with their
status keeps them. Documents written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

STRATEGIES = [
    (
        "da",
        text_of(
            "Klimastrategi 2026-2030",
            "Strategi for Testkommune",
            "",
            "Indsatsområde 1: Energi",
            'Vi vil udbygge fjernvarmen i alle landsbyer. Projektet "Grøn Varme Vest" er søgt hos',
            "Energistyrelsen, men endnu ikke bevilget.",
            "",
            "Indsatsområde 2: Transport",
            'Vi vil have flere elbusser. Initiativet "Bussen til alle" fra den forrige plan er afsluttet.',
        ),
        [],
    ),
    (
        "nl",
        text_of(
            "Duurzaamheidsstrategie 2026-2030",
            "Strategie van de gemeente Testdorp",
            "",
            "Inleiding",
            'De vorige strategie werkte met de programma\'s "Dorp van kansen" en "Dorp in balans"; die',
            "lopen door tot de afronding van de lopende projecten. Deze strategie kiest nieuwe speerpunten.",
            "",
            "1. Energie",
            "Wij isoleren alle scholen.",
        ),
        [],
    ),
    (
        "nb",
        text_of(
            "Strategi for internasjonalt samarbeid 2026-2029",
            "",
            "Innsatsområde 1: Ungdom",
            'Vi vil bruke Erasmus+ til utveksling. Prosjektet "Unge stemmer i nord" er søkt, men ikke innvilget.',
            "Innsatsområde 2: Næring",
            'Prosjektet "Felles reiselivsportal" ble avsluttet i 2025, og erfaringene tas med videre.',
        ),
        [],
    ),
]
REPORTS = [
    (
        "da",
        text_of(
            "Statusrapport for klimahandleplanen 2025",
            "",
            'Projektet "Grøn Varme Vest" er gennemført, og 300 huse er koblet på fjernvarmen.',
            'Initiativet "Bussen til alle" er sat i bero, indtil budgettet for 2027 er kendt.',
        ),
        [(None, "Grøn Varme Vest", "completed"), (None, "Bussen til alle", "paused")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), STRATEGIES)
def test_a_project_a_strategy_names_in_passing_is_no_action(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), REPORTS)
def test_a_report_quoting_its_projects_with_their_status_keeps_them(language, text, expected):
    assert rows(text, language) == expected
