"""Status lists drawn with dot leaders between an item and its status ("1.1 Solceller ....... Gennemført"),
under group headings that number the items ("Indsats 1: Energi" over "1.1", "1.2"): each item is an
action with the status after its leader; a group heading with items numbered under it is no action.
Lists written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

LEADERS = [
    (
        "da",
        "Indsats 1: Energi\n  1.1 Solceller på skolerne ............ Gennemført\n"
        "  1.2 Varmepumper i landsbyerne ......... Forsinket\nIndsats 2: Transport\n"
        "  2.1 Elbusser i bybusnettet ............ Opgivet\n",
        [
            ("1.1", "Solceller på skolerne", "completed"),
            ("1.2", "Varmepumper i landsbyerne", "in_progress"),
            ("2.1", "Elbusser i bybusnettet", "cancelled"),
        ],
    ),
    (
        "nb",
        "Tiltak 1: Klima\n1.1 Ladepunkter ved rådhuset ....... Fullført\n1.2 Ny sykkelvei ....... Ikke startet\n",
        [("1.1", "Ladepunkter ved rådhuset", "completed"), ("1.2", "Ny sykkelvei", "not_started")],
    ),
    (
        "nl",
        "Actie 3: Groen\n3.1 Groene schoolpleinen ………… Afgerond\n3.2 Bomenplan centrum ………… In uitvoering\n",
        [("3.1", "Groene schoolpleinen", "completed"), ("3.2", "Bomenplan centrum", "in_progress")],
    ),
    (
        "nn",
        "Tiltak 2: Folkehelse\n2.1 Turstiar i bygdene ........ Ferdig\n2.2 Frisklivssentral ........ Sett på vent\n",
        [("2.1", "Turstiar i bygdene", "completed"), ("2.2", "Frisklivssentral", "paused")],
    ),
    (
        "da",
        "1.1 Ny hal i Vestby .... I gang\n1.2 Ny skatepark .... Ikke påbegyndt\n1.3 Byhaver .... Gennemført\n",
        [
            ("1.1", "Ny hal i Vestby", "in_progress"),
            ("1.2", "Ny skatepark", "not_started"),
            ("1.3", "Byhaver", "completed"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LEADERS)
def test_a_dot_leader_separates_an_item_from_its_status(language, text, expected):
    assert rows(text, language) == expected


def test_a_numbered_item_without_sub_items_stays_an_action():
    text = "Handling 1: Ny hal i Vestby\nStatus: I gang.\nHandling 2: Ny skatepark\nStatus: Gennemført.\n"
    assert rows(text, "da") == [("1", "Ny hal i Vestby", "in_progress"), ("2", "Ny skatepark", "completed")]
