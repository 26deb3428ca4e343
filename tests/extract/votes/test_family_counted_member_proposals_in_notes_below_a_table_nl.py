"""A note below a decision table recording a member's proposal voted with its own count is a row of its own.

Dutch decision lists give each item one table row and explain it in numbered notes below ('Ad 4. ...'). A note
that records an amendment or a motion, its mover named and its count given ('Ad 4. Amendement A1 van de SP
("...") is verworpen met 5 stemmen voor en 16 stemmen tegen.') is another vote on that item, not an explanation
of the row: it keeps its row next to the row's.

Look-alikes: a note retelling the row's vote without a mover ('Ad 5. Na de verwerping van het amendement stemde de
raad in met het voorstel.'), a note naming who voted against ('Ad 4. De SP-fractie stemde tegen.') and a note
restating the recommendation's own count add no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "BESLUITENLIJST\nvan de openbare vergadering van de gemeenteraad van Testdorp,\n"
    "gehouden op dinsdag 10 maart 2026.\n\n"
    "| Nr. | Onderwerp                     | Besluit      | Stemverhouding   |\n"
    "|-----|-------------------------------|--------------|------------------|\n"
    "| 2   | Vaststelling agenda           | Vastgesteld  | unaniem          |\n"
    "| 4   | Kadernota 2027                | Vastgesteld  | 18 voor, 3 tegen |\n"
    "| 5   | Nota parkeren                 | Vastgesteld  | 14 voor, 7 tegen |\n\n"
)


def _rows(text: str) -> list[tuple]:
    return sorted((r.case_number, r.outcome, r.votes_for, r.votes_against) for r in votes(text, "nl"))


TABLE_ROWS = [("2", "adopted", None, 0), ("4", "adopted", 18, 3), ("5", "adopted", 14, 7)]


@pytest.mark.parametrize(
    ("note", "extra"),
    [
        (
            'Ad 4. Amendement A1 van de SP ("Verlaag de parkeertarieven in het centrum.") is\n'
            "verworpen met 5 stemmen voor en 16 stemmen tegen.\n",
            ("4", "rejected", 5, 16),
        ),
        (
            "Ad 5. Motie M3 van D66 over deelauto's is verworpen met 4 stemmen voor en 17 stemmen tegen.\n",
            ("5", "rejected", 4, 17),
        ),
        (
            'Ad 4. Het amendement van het CDA ("Geen verhoging van de OZB") werd met 12 stemmen voor en\n'
            "9 stemmen tegen aangenomen.\n",
            ("4", "adopted", 12, 9),
        ),
        (
            'Ad 5. Amendement A3 van GroenLinks ("Meer fietsparkeren bij het station.") is verworpen met\n'
            "6 stemmen voor en 15 stemmen tegen. Amendement A4 is ingetrokken.\n",
            ("5", "rejected", 6, 15),
        ),
        (
            "Ad 4. De motie van de VVD over de hondenbelasting is verworpen met 8 stemmen voor en 13 stemmen tegen.\n",
            ("4", "rejected", 8, 13),
        ),
    ],
)
def test_a_counted_member_proposal_in_a_note_is_a_row(note: str, extra: tuple) -> None:
    assert _rows(HEAD + note) == sorted([*TABLE_ROWS, extra])


@pytest.mark.parametrize(
    "note",
    [
        "Ad 5. Na de verwerping van het amendement stemde de raad in met het voorstel.\n",
        "Ad 4. De SP-fractie stemde tegen.\n",
        "Ad 4. Het voorstel is aangenomen met 18 stemmen voor en 3 stemmen tegen.\n",
    ],
)
def test_a_note_explaining_its_row_adds_none(note: str) -> None:
    assert _rows(HEAD + note) == TABLE_ROWS
