"""Family: a follow-up report that groups the plan's items under status headings ("GENNEMFØRT", "I GANG",
"IKKE IGANGSAT"), keeping the plan's own numbers, so they skip (1, 2, 5 / 3, 6, 8); a comment under an item may
report a later stage. Every item is read with its heading's status, none is lost at a gap in the numbering, a
status heading is never an item, and a sentence about items ("Initiativ 7 og 10 gennemføres først i 2027") is
none. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REPORTS = [
    (
        "da",
        "GENNEMFØRT\n\n  1. Ny legeplads i Tranebjerg\n  4. Nyt tag på hallen\n\nI GANG\n\n  2. Udvidet åbningstid"
        " på biblioteket\n     Den endelige løsning ventes klar til sommer.\n  7. Ny cykelsti\n\nIKKE IGANGSAT\n\n"
        "  3. Istandsættelse af havnen\n  9. Nyt busstoppested\n\nInitiativ 5 og 6 gennemføres først i 2027.\n",
        [("1", "Ny legeplads i Tranebjerg", "completed"), ("4", "Nyt tag på hallen", "completed"),
         ("2", "Udvidet åbningstid på biblioteket", "in_progress"), ("7", "Ny cykelsti", "in_progress"),
         ("3", "Istandsættelse af havnen", "not_started"), ("9", "Nyt busstoppested", "not_started")],
    ),
    (
        "nb",
        "Gjennomført\n\n1. Ny gangbru over elva\n3. Ladepunkter ved rådhuset\n\nPågår\n\n2. Ny barnehage i sentrum\n"
        "5. Sykkelhotell ved stasjonen\n   Anbudet er lyst ut.\n\nIkke startet\n\n4. Ny kai\n8. Bydelshus på Moen\n",
        [("1", "Ny gangbru over elva", "completed"), ("3", "Ladepunkter ved rådhuset", "completed"),
         ("2", "Ny barnehage i sentrum", "in_progress"), ("5", "Sykkelhotell ved stasjonen", "in_progress"),
         ("4", "Ny kai", "not_started"), ("8", "Bydelshus på Moen", "not_started")],
    ),
    (
        "nn",
        "Fullført\n\n2. Ny lysløype\n6. Nytt tak på skulen\n\nPågår\n\n1. Ny leikeplass\n4. Turveg langs elva\n\n"
        "Avlyst\n\n3. Badeplass ved fjorden\n   Tiltaket er avlyst fordi tomta ikkje kan nyttast.\n",
        [("2", "Ny lysløype", "completed"), ("6", "Nytt tak på skulen", "completed"),
         ("1", "Ny leikeplass", "in_progress"), ("4", "Turveg langs elva", "in_progress"),
         ("3", "Badeplass ved fjorden", "cancelled")],
    ),
    (
        "nl",
        "AFGEROND\n\n1. Laadpalen bij het gemeentehuis\n5. Groene daken op scholen\n\nIN UITVOERING\n\n"
        "2. Warmtevisie\n3. Hittekaart\n6. Deelauto's in de wijken\n\nACTIE 4 EN 7 VOLGEN IN 2027.\n",
        [("1", "Laadpalen bij het gemeentehuis", "completed"), ("5", "Groene daken op scholen", "completed"),
         ("2", "Warmtevisie", "in_progress"), ("3", "Hittekaart", "in_progress"),
         ("6", "Deelauto's in de wijken", "in_progress")],
    ),
    (
        "da",
        "I gang\n\n- Ny skolevej ved Nordskolen\n- Regnbede i midtbyen\n  Arbejdet fortsætter i foråret.\n\n"
        "Afsluttet\n\n- Solceller på rådhuset\n",
        [(None, "Ny skolevej ved Nordskolen", "in_progress"), (None, "Regnbede i midtbyen", "in_progress"),
         (None, "Solceller på rådhuset", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), REPORTS)
def test_items_grouped_under_status_headings_keep_their_headings_status_across_numbering_gaps(
    language, text, expected
):
    assert rows(text, language) == expected


def test_a_sentence_joining_two_item_numbers_is_no_item():
    assert rows("Tiltak 4 og 7 gjennomføres først i 2027 og inngår ikke i denne rapporten.\n", "nb") == []


TWO_LEVEL = [  # two-level plan numbers that skip across chapters (1.2, 2.1, 3.3), status heading as a phrase
    (
        "nb",
        "TILTAK SOM ER FULLFØRT\n  1.2  Gratis hall for ungdom\n  2.1  Ny frisklivssentral\n\nTILTAK SOM PÅGÅR\n"
        "  1.1  Møteplass for eldre\n  3.2  Turkart for bygda\n",
        [("1.2", "Gratis hall for ungdom", "completed"), ("2.1", "Ny frisklivssentral", "completed"),
         ("1.1", "Møteplass for eldre", "in_progress"), ("3.2", "Turkart for bygda", "in_progress")],
    ),
    (
        "da",
        "INDSATSER DER ER GENNEMFØRT\n1.3 Ny legeplads\n2.2 Nyt tag på hallen\n\nINDSATSER DER ER I GANG\n"
        "1.1 Ny cykelsti\n3.4 Flere bænke i parken\n",
        [("1.3", "Ny legeplads", "completed"), ("2.2", "Nyt tag på hallen", "completed"),
         ("1.1", "Ny cykelsti", "in_progress"), ("3.4", "Flere bænke i parken", "in_progress")],
    ),
    (
        "nn",
        "Tiltak som er fullførte\n1.2 Ny lysløype\n3.1 Nytt tak på skulen\n\nTiltak som ikkje er starta\n"
        "2.1 Badeplass ved fjorden\n2.3 Ny kai\n",
        [("1.2", "Ny lysløype", "completed"), ("3.1", "Nytt tak på skulen", "completed"),
         ("2.1", "Badeplass ved fjorden", "not_started"), ("2.3", "Ny kai", "not_started")],
    ),
    (
        "nl",
        "ACTIES DIE ZIJN AFGEROND\n1.2 Nieuwe speeltuin\n2.1 Groen dak op het stadhuis\n\nACTIES DIE NOG NIET "
        "ZIJN GESTART\n1.3 Fietsbrug\n3.2 Nieuwe bibliotheek\n",
        [("1.2", "Nieuwe speeltuin", "completed"), ("2.1", "Groen dak op het stadhuis", "completed"),
         ("1.3", "Fietsbrug", "not_started"), ("3.2", "Nieuwe bibliotheek", "not_started")],
    ),
    (
        "nb",
        "Fullførte tiltak\n1.1 Ny gangbru\n2.4 Ladepunkter\n4.1 Sykkelhotell\n\nUtsatte tiltak\n3.2 Ny kai\n",
        [("1.1", "Ny gangbru", "completed"), ("2.4", "Ladepunkter", "completed"), ("4.1", "Sykkelhotell", "completed"),
         ("3.2", "Ny kai", "paused")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TWO_LEVEL)
def test_two_level_numbers_skipping_across_chapters_keep_the_group_and_the_heading_is_no_item(
    language, text, expected
):
    assert rows(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "FULLFØRTE TILTAK\n1.1 Oppstart av frisklivssentral\n2.3 Ny gangbru\n",
         [("1.1", "Oppstart av frisklivssentral", "completed"), ("2.3", "Ny gangbru", "completed")]),
        ("da", "GENNEMFØRTE INDSATSER\n1.2 Igangsætning af natteravne\n3.1 Nye bænke\n",
         [("1.2", "Igangsætning af natteravne", "completed"), ("3.1", "Nye bænke", "completed")]),
        ("nl", "AFGERONDE ACTIES\n2.1 Start van het jongerenloket\n2.4 Nieuwe speeltuin\n",
         [("2.1", "Start van het jongerenloket", "completed"), ("2.4", "Nieuwe speeltuin", "completed")]),
    ],
)
def test_a_status_heading_wins_over_status_words_in_an_items_title(language, text, expected):
    assert rows(text, language) == expected
