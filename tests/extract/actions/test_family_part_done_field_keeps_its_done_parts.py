"""A status field or cell saying the work is part done ("Delvist", "Delvis utført", "Gedeeltelijk uitgevoerd")
beside a comment reporting what is finished ("Marstal færdig, Ærøskøbing mangler", "12 van de 20 laadpalen
geplaatst"): the comment names the parts done, which the field already says, so the item stays part done. A field
saying the work is going on or planned is still overruled by a comment reporting the item itself done."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PART_DONE = [
    (
        "da",
        "| Nr. | Handling | Status | Bemærkning |\n|-----|----------|--------|------------|\n"
        "| T1 | Cykelstier i Nyby og Åby | Delvist | Nyby færdig, Åby mangler |\n"
        "| T2 | Elbusser på linje 3 | I gang | - |\n",
        [("T1", "Cykelstier i Nyby og Åby", "partly_completed"), ("T2", "Elbusser på linje 3", "in_progress")],
    ),
    (
        "da",
        "Indsats 4.1  Nye legepladser i landsbyerne\nStatus: Delvist gennemført\n"
        "Bemærkning: Legepladsen i Brænde er færdig og indviet.\n",
        [("4.1", "Nye legepladser i landsbyerne", "partly_completed")],
    ),
    (
        "nb",
        "Sak     Tittel                                   Status\n"
        "41/25   Nye nettsider for kommunen               Delvis utført\n"
        "        Kommentar: Nettsidene er lansert, mens engelsk versjon gjenstår.\n",
        [("41/25", "Nye nettsider for kommunen", "partly_completed")],
    ),
    (
        "nn",
        "Tiltak 2.3   Gatelys i Myrvoll og Sande\nStatus:      Delvis gjennomført\n"
        "Kommentar:   Gatelysa i Myrvoll er ferdige.\n",
        [("2.3", "Gatelys i Myrvoll og Sande", "partly_completed")],
    ),
    (
        "nl",
        "Nr | Actie | Status | Toelichting\n"
        "4.1 | Fietsenstallingen bij scholen | Gedeeltelijk uitgevoerd | 6 van de 9 stallingen geplaatst\n"
        "4.2 | Groene daken | Afgerond | -\n",
        [("4.1", "Fietsenstallingen bij scholen", "partly_completed"), ("4.2", "Groene daken", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PART_DONE)
def test_a_part_done_field_stays_part_done_beside_the_parts_reported_finished(language, text, expected):
    assert rows(text, language) == expected


NOT_PART_DONE = [
    (
        "da",
        "| Nr. | Handling | Status | Bemærkning |\n|-----|----------|--------|------------|\n"
        "| T1 | Ny bypark i Åby | I gang | Byparken blev indviet i juni |\n",
        [("T1", "Ny bypark i Åby", "completed")],
    ),
    (
        "nb",
        "Nr.   Tiltak                              Status          Merknad\n"
        "6.1   Ny barnehage på Vik                  Under arbeid    Barnehagen ble åpnet i august.\n",
        [("6.1", "Ny barnehage på Vik", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), NOT_PART_DONE)
def test_a_field_of_work_going_on_is_still_overruled_by_the_item_reported_done(language, text, expected):
    assert rows(text, language) == expected
