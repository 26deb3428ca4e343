"""A twin-town page that gives each partner town a status ("Borås, Sverige – aktiv", "Tartu / Status:
Sat i bero") names no action (written for these tests); an action whose title only mentions a
town ("Udveksling af elever med Lahti") stays one."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PAGES = [
    (
        "da",
        (
            "Venskabsbyer\n"
            "\n"
            "Kommunen har følgende venskabsbyer:\n"
            "• Lahti, Finland – siden 1955\n"
            "• Tartu, Estland – samarbejdet er sat i bero\n"
            "• Gdynia, Polen – samarbejdet ophørte i 2019\n"
            "• Borås, Sverige – aktiv\n"
        ),
        [],
    ),
    (
        "da",
        ("Venskabsbyer\nLahti\nStatus: Aktiv\nTartu\nStatus: Sat i bero\nGdynia\nStatus: Ophørt\n"),
        [],
    ),
    (
        "da",
        (
            "Status på den internationale strategi\n"
            "\n"
            "Udveksling af elever med Lahti\n"
            "Status: I gang\n"
            "\n"
            "Busforbindelse til Aarhus\n"
            "Status: Gennemført\n"
            "\n"
            "Kulturfestival med Tartu\n"
            "Status: Aflyst\n"
        ),
        [
            (None, "Udveksling af elever med Lahti", "in_progress"),
            (None, "Busforbindelse til Aarhus", "completed"),
            (None, "Kulturfestival med Tartu", "cancelled"),
        ],
    ),
    (
        "nb",
        (
            "Vennskapsbyer\n"
            "\n"
            "Kommunen har disse vennskapsbyene:\n"
            "• Lahti, Finland – siden 1955\n"
            "• Tartu, Estland – samarbeidet er satt på pause\n"
            "• Gdynia, Polen – samarbeidet ble avsluttet i 2019\n"
            "• Borås, Sverige – aktiv\n"
        ),
        [],
    ),
    (
        "nl",
        (
            "Stedenbanden\n"
            "\n"
            "Onze gemeente heeft de volgende stedenbanden:\n"
            "• Lahti, Finland – sinds 1955\n"
            "• Tartu, Estland – de band is tijdelijk stilgelegd\n"
            "• Gdynia, Polen – de stedenband is in 2019 beëindigd\n"
            "• Borås, Zweden – actief\n"
        ),
        [],
    ),
    (
        "nl",
        (
            "Voortgang internationaal beleid\n"
            "\n"
            "• Scholierenuitwisseling met Oldenburg: loopt\n"
            "• Fietsroute naar Gent: gerealiseerd\n"
            "• Muziekfestival met Tartu: geschrapt\n"
        ),
        [
            (None, "Scholierenuitwisseling met Oldenburg", "in_progress"),
            (None, "Fietsroute naar Gent", "completed"),
            (None, "Muziekfestival met Tartu", "cancelled"),
        ],
    ),
    (
        "nn",
        (
            "Vennskapskommunar\n"
            "\n"
            "Kommunen har desse vennskapskommunane:\n"
            "• Lahti, Finland – sidan 1955\n"
            "• Tartu, Estland – samarbeidet er sett på pause\n"
            "• Gdynia, Polen – samarbeidet vart avslutta i 2019\n"
            "• Borås, Sverige – aktiv\n"
        ),
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PAGES)
def test_a_partner_town_with_a_status_is_no_action(language, text, expected):
    assert rows(text, language) == expected
