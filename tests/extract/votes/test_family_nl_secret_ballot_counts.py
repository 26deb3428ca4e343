"""Family: Flemish appointments by secret ballot whose count line names the kind of vote before the counts (nl):
"Stemming: geheime stemming, 20 stemmen voor, 3 blanco." / "Besluit: Mieke Janssens wordt aangesteld." The count
line is the item's vote: the row is about the item (its title the subject) with the votes for as counted. A count
line without counts, or a ballot kind named in running text, counts nothing. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Rijkevorsel - notulen gemeenteraad\nZitting van maandag 27 april 2026\n\n"
ITEM = "9. Aanstelling van een kandidaat-voorzitter voor het bijzonder comité\n"
TITLE = "Aanstelling van een kandidaat-voorzitter voor het bijzonder comité"


@pytest.mark.parametrize(
    ("lines", "votes_for"),
    [
        ("Stemming: geheime stemming, 20 stemmen voor, 3 blanco.\nBesluit: Mieke Janssens wordt aangesteld.\n", 20),
        ("Stemming: geheime stemming: 25 stemmen voor, 2 onthoudingen.\nBesluit: Jan Peeters wordt aangesteld.\n", 25),
        ("Uitslag: schriftelijke stemming, 18 stemmen voor, 1 blanco.\nBesluit: Els Maes wordt aangeduid.\n", 18),
        ("Stemming: Geheime stemming, 22 ja-stemmen, 4 blanco.\nBesluit: Tom Claes wordt aangesteld.\n", 22),
        ("Geheime stemming, 19 stemmen voor, 2 blanco.\nBesluit: An Wouters wordt aangesteld als voorzitter.\n", 19),
    ],
)
def test_a_secret_ballot_count_line_counts_the_items_vote(lines: str, votes_for: int) -> None:
    rows = votes(HEAD + ITEM + lines, "nl")
    assert [(r.case_number, r.subject, r.outcome, r.votes_for) for r in rows] == [("9", TITLE, "adopted", votes_for)]


def test_a_secret_ballot_without_counts_counts_nothing() -> None:
    rows = votes(HEAD + ITEM + "Stemming: geheime stemming.\nBesluit: Mieke Janssens wordt aangesteld.\n", "nl")
    assert [r.votes_for for r in rows] == [None]


def test_a_ballot_named_in_running_text_counts_nothing() -> None:
    text = HEAD + ITEM + "De voorzitter legt uit hoe de geheime stemming verloopt, 20 minuten later volgt de uitslag.\n"
    assert [r.votes_for for r in votes(text, "nl") if r.votes_for is not None] == []
