"""A status cell pointing to a note without a number ("Se note", "Zie toelichting") whose note below names the row
by its id ("Note til C.3: ...", "Merknad til tiltak 2.2: ...", "Noot bij actie B2: ..."): that note's report is the
row's status. A row whose last cell closes on its pipe ("| Se note|") keeps its cells. A note naming another row, or
no row, is not this row's; a row with a status of its own ignores notes. Tables written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text import structure
from pipeline.text.structure import Span
from tests.extract.actions.helpers import rows

NAMED = [
    (
        "da",
        "Nr.  | Handling                     | Status | Bemærkning\n"
        "-----+------------------------------+--------+-----------\n"
        "A.1  | Landsbypulje                 | G      | Puljen er udmøntet.\n"
        "A.2  | Kortlægning af erhvervsgrunde | Se note| \n\n"
        "Note til A.2: Kortlægningen er delvist gennemført.\n",
        [("A.1", "Landsbypulje", "completed"), ("A.2", "Kortlægning af erhvervsgrunde", "partly_completed")],
    ),
    (
        "da",
        "| Nr. | Initiativ | Status | Kommentar |\n|---|---|---|---|\n| 1.1 | Ny badebro | Se note | |\n"
        "| 1.2 | Cykelrute | Gennemført | |\n\nNote til 1.1: Badebroen er sat i bero til 2027.\n",
        [("1.1", "Ny badebro", "paused"), ("1.2", "Cykelrute", "completed")],
    ),
    (
        "nb",
        "| Nr. | Tiltak | Status |\n|---|---|---|\n| 2.1 | Ny gangbru | Pågår |\n| 2.2 | Ladepunkter | Se merknad |\n\n"
        "Merknad til tiltak 2.2: Ladepunktene ble satt i drift i mai.\n",
        [("2.1", "Ny gangbru", "in_progress"), ("2.2", "Ladepunkter", "completed")],
    ),
    (
        "nn",
        "| Nr. | Tiltak | Status |\n|---|---|---|\n| B1 | Ny kai | Sjå merknad|\n| B2 | Turveg | Ferdig |\n\n"
        "Merknad til B1: Arbeidet med kaia er ikkje starta.\n",
        [("B1", "Ny kai", "not_started"), ("B2", "Turveg", "completed")],
    ),
    (
        "nl",
        "| Nr. | Actie | Status |\n|---|---|---|\n| A1 | Warmtenet Oost | Zie toelichting |\n"
        "| A2 | Groene daken | Afgerond |\n\nToelichting bij actie A1: Het warmtenet is stopgezet.\n",
        [("A1", "Warmtenet Oost", "cancelled"), ("A2", "Groene daken", "completed")],
    ),
    (
        "nl",
        "Nr. | Maatregel | Status\n3.1 | Deelfietsen | In uitvoering\n3.2 | Laadpalen | Zie noot|\n\n"
        "Noot bij 3.2: De laadpalen zijn geplaatst.\n",
        [("3.1", "Deelfietsen", "in_progress"), ("3.2", "Laadpalen", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), NAMED)
def test_a_note_naming_the_row_reports_its_status(language, text, expected):
    assert rows(text, language) == expected


def test_a_note_naming_another_row_is_not_this_rows():
    text = (
        "| Nr. | Initiativ | Status | Kommentar |\n|---|---|---|---|\n| 1.1 | Ny badebro | Se note | |\n"
        "| 1.2 | Cykelrute | Gennemført | |\n\nNote til 1.2: Cykelruten blev indviet i maj.\n"
    )
    assert rows(text, "da") == [("1.1", "Ny badebro", "unknown"), ("1.2", "Cykelrute", "completed")]


def test_a_row_with_its_own_status_ignores_a_note_naming_it():
    text = (
        "| Nr. | Tiltak | Status |\n|---|---|---|\n"
        "| 2.1 | Ny gangbru | Ferdig |\n| 2.2 | Ladepunkter | Se merknad |\n\n"
        "Merknad til 2.1: Arbeidet er stanset.\n"
    )
    assert rows(text, "nb")[0] == ("2.1", "Ny gangbru", "completed")


def test_a_pipe_closing_the_row_ends_its_last_cell():
    text = "C.3 | Kortlægning | Se note|"
    assert [c.text for c in structure.cells(Span(0, len(text), text))] == ["C.3", "Kortlægning", "Se note", ""]
    glued = "km/t|t"  # a pipe inside a word, not closing a row, splits nothing
    assert [c.text for c in structure.cells(Span(0, len(glued), glued))] == [glued]
