"""Family: which title goes with a status. The item's name, without its number or code wherever the
plan writes it ("1. Ny skolevej", "Ny skatepark (K-12)", "Toezegging T-114: ..."), from a title field
when the numbered line carries no name ("Handling 2.3" / "Titel: ..."), and never the field label or
the status sentence; a status field holding a sentence about the item itself ("Status: Projektet er
gennemført i 2024.") still reports it. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    (
        "da",
        "Handling 2.3\nTitel: Flere grønne tage\nStatus: I gang\n\nHandling 2.4\nTitel: Regnbede i midtbyen\n"
        "Status: Gennemført",
        [("2.3", "Flere grønne tage", "in_progress"), ("2.4", "Regnbede i midtbyen", "completed")],
    ),
    (
        "da",
        "1. Ny skolevej til Østskolen\nStatus: Gennemført\nAnsvarlig: Vej og Park\n\n2. Flere bænke ved søen\n"
        "Status: Ikke påbegyndt\nAnsvarlig: Vej og Park",
        [("1", "Ny skolevej til Østskolen", "completed"), ("2", "Flere bænke ved søen", "not_started")],
    ),
    (
        "da",
        "Ny skolevej\nStatus: Projektet er gennemført i 2024.\n\nFlere bænke\nStatus: Arbejdet er ikke påbegyndt.",
        [(None, "Ny skolevej", "completed"), (None, "Flere bænke", "not_started")],
    ),
    (
        "nb",
        "Ny skatepark i sentrum (K-12)\nStatus: Ferdig\n\nFlere gatelys i Nordby (K-13)\nStatus: Ikke startet",
        [("K-12", "Ny skatepark i sentrum", "completed"), ("K-13", "Flere gatelys i Nordby", "not_started")],
    ),
    (
        "nb",
        "Tiltak\tStatus\tKommentar\nNy barnehage\tGjennomført i 2024\t\nGatelys\tIkke påbegynt\tMangler midler",
        [(None, "Ny barnehage", "completed"), (None, "Gatelys", "not_started")],
    ),
    (
        "nb",
        "Tiltak 3.1\nTittel: Trygg skolevei\nStatus: Under arbeid\n\nTiltak 3.2\nTittel: Ny lekeplass\nStatus: Avlyst",
        [("3.1", "Trygg skolevei", "in_progress"), ("3.2", "Ny lekeplass", "cancelled")],
    ),
    (
        "nn",
        "Tiltak: Ny gangbru over elva\nStatus: Ferdig\nAnsvarleg: Teknisk\n\nTiltak: Fleire ladepunkt\n"
        "Status: Under arbeid\nAnsvarleg: Eigedom",
        [(None, "Ny gangbru over elva", "completed"), (None, "Fleire ladepunkt", "in_progress")],
    ),
    (
        "nn",
        "1. Ny kai i hamna\nStatus: Stilt i bero\n\n2. Turveg rundt vatnet\nStatus: Fullført",
        [("1", "Ny kai i hamna", "paused"), ("2", "Turveg rundt vatnet", "completed")],
    ),
    (
        "nl",
        "Toezegging T-114: Onderzoek naar parkeren\nStand van zaken: afgedaan\n\n"
        "Toezegging T-115: Evaluatie hondenbeleid\nStand van zaken: in behandeling",
        [("T-114", "Onderzoek naar parkeren", "completed"), ("T-115", "Evaluatie hondenbeleid", "in_progress")],
    ),
    (
        "nl",
        "Maatregel 1.1 – Groene daken\nStatus: afgerond\nToelichting: Alle daken zijn vergroend.\n\n"
        "Maatregel 1.2 – Waterbuffer\nStatus: on hold\nToelichting: Wacht op vergunning.",
        [("1.1", "Groene daken", "completed"), ("1.2", "Waterbuffer", "paused")],
    ),
    (
        "nl",
        "Speeltuin Oost (A-7)\nStatus: gerealiseerd\n\nFietsstraat Dorpsweg (A-8)\nStatus: niet gestart",
        [("A-7", "Speeltuin Oost", "completed"), ("A-8", "Fietsstraat Dorpsweg", "not_started")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_title_is_the_items_name_without_its_code_or_label(language, text, expected):
    assert rows(text, language) == expected
