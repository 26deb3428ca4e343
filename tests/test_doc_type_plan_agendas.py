"""doc_type of a Dutch policy agenda: a title naming an agenda and the period it runs ("Internationale agenda
2026-2030", "Agenda Grensland 2025–2028") names a strategy, though the word "agenda" alone also heads a meeting's
agenda. A meeting agenda (a date, no period) and an implementation agenda ("Uitvoeringsagenda 2026-2028") are no
strategy. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import infer

BODY = "\nDe gemeente werkt samen met haar buren over de grens.\nWe kiezen drie speerpunten.\n"


@pytest.mark.parametrize(
    "head",
    [
        "Internationale agenda 2026-2030",
        'Internationale Agenda Westerdam 2026-2030\n"Over de grens kijken"',
        "Europese agenda 2025–2029",
        "Agenda Grensland 2025-2028",
        "Internationale agenda 2026/2030\nVastgesteld door de gemeenteraad op 4 juni 2026",
        # an agenda named by its field: "Economische agenda", "Sociale agenda", "Culturele agenda"
        "Economische agenda 2026–2030\n'Werk maken van de regio'",
        "Sociale Agenda 2025-2028",
        "Culturele agenda 2024 - 2027\nGemeente Westerdam",
        "Regionale agenda 2026-2030",
    ],
)
def test_an_agenda_naming_its_period_is_a_strategy(head):
    assert infer(head + BODY, "nl")["doc_type"] == "strategy"


@pytest.mark.parametrize(
    "text",
    [
        "Agenda raadsvergadering 2026-03-12\n1. Opening\n2. Vaststelling agenda\n"
        "3. Besluitenlijst vorige vergadering\n",
        "Agenda commissie Ruimte 12 maart 2026\n1. Opening\n2. Mededelingen\n",
        "Openbare agenda 2026-03-12\n1. Opening\n2. Mededelingen\n",  # a meeting date, no period
        "Voorlopige agenda raadsvergadering 14 april 2026\n1. Opening\n",
    ],
)
def test_a_meetings_agenda_is_no_strategy(text):
    assert infer(text, "nl")["doc_type"] != "strategy"
