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
