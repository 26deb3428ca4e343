"""Status tables whose status cell points to a note below the table ("Se note 1", "Zie noot 2"): the
note's report gives the row's status; and a comment that counts the units done beside a status of
work going on ("I gang" / "14 mentorpar er etableret") is progress, not the item done. Tables written
for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

NOTES = [
    (
        "da",
        "| Nr. | Initiativ | Status | Kommentar |\n|---|---|---|---|\n| 2.1 | Ny badebro | Gennemført | |\n"
        "| 2.2 | Cykelrute langs kysten | Se note 1 | |\n\nNote 1: Cykelruten er sat i bero til 2027.\n",
        [("2.1", "Ny badebro", "completed"), ("2.2", "Cykelrute langs kysten", "paused")],
    ),
    (
        "nb",
        "| Nr. | Tiltak | Status |\n|---|---|---|\n| 1 | Ny gangbru | Se note 2 |\n| 2 | Ladepunkter | Pågår |\n\n"
        "Note 1: Gjelder hele planen.\nNote 2: Gangbrua ble åpnet i mai.\n",
        [("1", "Ny gangbru", "completed"), ("2", "Ladepunkter", "in_progress")],
    ),
    (
        "nl",
        "| Nr. | Actie | Status |\n|---|---|---|\n| A1 | Warmtenet Oost | Zie noot 1 |\n"
        "| A2 | Groene daken | Afgerond |\n\n"
        "Noot 1: Het warmtenet is stopgezet na de aanbesteding.\n",
        [("A1", "Warmtenet Oost", "cancelled"), ("A2", "Groene daken", "completed")],
    ),
    (
        "nn",
        "| Nr. | Tiltak | Status |\n|---|---|---|\n| 1 | Ny kai | Sjå merknad 1 |\n| 2 | Turveg | Ferdig |\n\n"
        "Merknad 1: Arbeidet med kaia er ikkje starta.\n",
        [("1", "Ny kai", "not_started"), ("2", "Turveg", "completed")],
    ),
    (
        "da",
        "ID    Handling                 Status        Bemærkning\n1.1   Solceller på skolen      Se note 3     -\n"
        "1.2   Ny sti ved søen          I gang        -\n\nNote 3: Projektet er gennemført i marts.\n",
        [("1.1", "Solceller på skolen", "completed"), ("1.2", "Ny sti ved søen", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), NOTES)
def test_a_status_cell_pointing_to_a_note_takes_the_notes_status(language, text, expected):
    assert rows(text, language) == expected


COUNTS = [
    (
        "da",
        "| Nr. | Initiativ | Status | Kommentar |\n|---|---|---|---|\n"
        "| 1 | Mentorordning | I gang | 14 mentorpar er etableret. |\n",
    ),
    (
        "nb",
        "| Nr. | Tiltak | Status | Kommentar |\n|---|---|---|---|\n"
        "| 1 | Mentorordning | Pågår | 12 mentorpar er etablert. |\n",
    ),
    (
        "nl",
        "| Nr. | Actie | Status | Toelichting |\n|---|---|---|---|\n"
        "| 1 | Buurtcoaches | In uitvoering | 6 coaches zijn aangesteld. |\n",
    ),
    (
        "nn",
        "| Nr. | Tiltak | Status | Merknad |\n|---|---|---|---|\n"
        "| 1 | Mentorordning | Under arbeid | 9 mentorpar er etablert. |\n",
    ),
    (
        "da",
        "| Nr. | Initiativ | Status | Kommentar |\n|---|---|---|---|\n| 1 | Elbiler | I gang | 62 % er udskiftet. |\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), COUNTS)
def test_a_count_of_units_done_beside_work_going_on_keeps_it_in_progress(language, text):
    assert [status for _, _, status in rows(text, language)] == ["in_progress"]
