"""Family: a note that minutes or a decision list will be approved at the next meeting (nl).

Decision lists and vote pages close or open with a line saying their own record is still to be approved
("De volledige notulen worden goedgekeurd in de volgende zitting.", "de besluitenlijst wordt in de volgende
vergadering vastgesteld"). That approval is still to come: no row, also when the line stands in the last
item's text. A real postponement to the next meeting, and the approval of the previous meeting's minutes,
are rows. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\nzitting van maandag 9 maart 2026\n\n"
ITEM = "1  Verkoop perceel Dorpsstraat 4 - goedkeuring\n   Eenparig goedgekeurd.\n\n"


@pytest.mark.parametrize(
    "note",
    [
        "De volledige notulen worden goedgekeurd in de volgende zitting.",
        "De notulen worden goedgekeurd tijdens de eerstvolgende zitting van de gemeenteraad.",
        "Deze uitslagen zijn voorlopig; de besluitenlijst wordt in de volgende\nvergadering vastgesteld.",
        "De besluitenlijst wordt op de volgende raadsvergadering definitief vastgesteld.",
        "Het verslag van deze zitting wordt in de eerstvolgende zitting ter goedkeuring voorgelegd.",
        "De notulen van deze vergadering worden in de komende vergadering goedgekeurd.",
    ],
)
def test_an_approval_still_to_come_is_no_row(note):
    for text in (HEAD + note + "\n\n" + ITEM, HEAD + ITEM + note + "\n"):
        rows = votes(text, "nl")
        assert [(r.case_number, r.outcome) for r in rows] == [("1", "adopted")], text


def test_a_postponement_to_the_next_meeting_is_a_row():
    text = HEAD + "2  Retributiereglement markten - aanpassing\n   Het punt wordt verdaagd naar de volgende zitting.\n"
    (row,) = votes(text, "nl")
    assert (row.case_number, row.outcome) == ("2", "postponed")


def test_the_previous_meetings_minutes_approved_now_are_a_row():
    text = HEAD + "1  Notulen van de zitting van 9 februari 2026\n   De notulen worden eenparig goedgekeurd.\n"
    (row,) = votes(text, "nl")
    assert (row.case_number, row.outcome, row.unanimous) == ("1", "adopted", True)
