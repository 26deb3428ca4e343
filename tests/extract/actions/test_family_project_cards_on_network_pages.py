"""A page about the municipality's networks and EU projects gives each project a card: a heading with its programme
and years, a few lines about it and a "Status:" field ("Status: I gang", "Status: afgerond in 2025"). The status is
the project's on an information page, not an action's of a plan. A coded item of an action plan about international
work ("Tiltak 2 ... / Status: Pågår") stays an action. Pages written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

PAGES = [
    (
        "da",
        text_of(
            "Internationale netværk og EU-projekter",
            "",
            "Kommunen deltager i to europæiske projekter.",
            "",
            "Klimavenlige havne (Interreg Nordsøen, 2025-2028)",
            "Sammen med to hollandske og en norsk havneby udvikler vi landstrøm til færger.",
            "Status: I gang",
            "",
            "Unge i job (Erasmus+, 2023-2025)",
            "Udveksling af praktikanter mellem erhvervsskoler.",
            "Status: Afsluttet i december 2025",
        ),
    ),
    (
        "nb",
        text_of(
            "Nettverk og EU-prosjekter",
            "",
            "Smarte fjordbyer (Interreg Europe, 2024-2027)",
            "Vi utveksler erfaringer om grønn skipsfart med tre andre byer.",
            "Status: pågår",
            "",
            "Digitale skoler (Erasmus+, 2022-2024)",
            "Lærere fra fem land har hospitert hos oss.",
            "Status: avsluttet",
        ),
    ),
    (
        "nn",
        text_of(
            "Internasjonalt samarbeid og nettverk",
            "",
            "Kystkultur i rørsle (Creative Europe, 2025-2027)",
            "Museet samarbeider med partnarar i Skottland og på Island.",
            "Status: Under arbeid",
        ),
    ),
    (
        "nl",
        text_of(
            "Netwerken en Europese projecten",
            "",
            "Groene dorpspleinen (LEADER, 2024-2026)",
            "Met Europese steun worden drie dorpspleinen vergroend.",
            "Status: lopend",
            "",
            "Fietsende scholen (Interreg Vlaanderen-Nederland, 2022-2025)",
            "Veilige schoolroutes over de grens.",
            "Status: afgerond in juni 2025",
        ),
    ),
    (
        "nl",
        text_of(
            "Internationale samenwerking",
            "",
            "Europees project Slimme Havens (Horizon Europe, 2025-2029)",
            "De gemeente test sensoren in de jachthaven.",
            "Status: Gestart",
        ),
    ),
]


@pytest.mark.parametrize(("language", "text"), PAGES)
def test_a_project_card_on_a_network_page_is_no_action(language, text):
    assert rows(text, language) == []


def test_coded_items_of_an_international_action_plan_stay():
    text = text_of(
        "Handlingsplan for internasjonalt samarbeid 2026",
        "",
        "Tiltak 1 Skoleutveksling med vennskapsbyen",
        "Status: Fullført",
        "",
        "Tiltak 2 Felles søknad til Erasmus+",
        "Status: Pågår",
    )
    assert [(r[0], r[2]) for r in rows(text, "nb")] == [("1", "completed"), ("2", "in_progress")]
