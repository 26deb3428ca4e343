"""Family: an appointment followed by the ballots that carried it (nl).

Minutes of a written ballot say who was appointed and then with how many votes: "Mevrouw Kessels is benoemd
met 31 stemmen; 2 briefjes waren blanco.", "Zij is gekozen met 20 stemmen, 3 blanco.", "De heer Jansen is tot
wethouder benoemd met 25 stemmen." The appointment is the item's row, adopted, its votes for the ballots
named. A ballot count with nobody appointed, or an appointment by another body, is no such row. All
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Notulen van de openbare vergadering van de gemeenteraad van dinsdag 6 oktober 2026\n\n"
ITEM = "Punt 14. Benoeming lid rekenkamercommissie\n\n"


@pytest.mark.parametrize(
    ("sentence", "votes_for"),
    [
        ("De VOORZITTER: Mevrouw Kessels is benoemd met 31 stemmen; 2 briefjes waren blanco.", 31),
        ("De VOORZITTER: Zij is gekozen met 20 stemmen, 3 blanco.", 20),
        ("De VOORZITTER: De heer Jansen is tot lid benoemd met 25 stemmen.", 25),
        ("De VOORZITTER: Mevrouw De Vries is benoemd met 27 stemmen en 2 blanco.", 27),
        ("De VOORZITTER: De heer Smit is met 29 stemmen benoemd.", 29),
    ],
)
def test_an_appointment_with_its_ballots_is_the_items_row(sentence, votes_for):
    (row,) = vote_cells(HEAD + ITEM + sentence + "\n", "nl")
    assert (row[0], row[1], row[2], row[3]) == ("14", "Benoeming lid rekenkamercommissie", "adopted", votes_for)


@pytest.mark.parametrize(
    "sentence",
    [
        "De VOORZITTER: Bij de schriftelijke stemming zijn 33 briefjes ingeleverd, waarvan 2 blanco.",
        "De VOORZITTER: De heer Smit is door de provincie benoemd met ingang van 1 januari.",
    ],
)
def test_ballots_without_an_appointment_here_are_no_row(sentence):
    assert vote_cells(HEAD + ITEM + sentence + "\n", "nl") == []
