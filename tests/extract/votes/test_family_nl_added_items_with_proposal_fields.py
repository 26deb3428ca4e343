"""Family: a Flemish item added by a council member, its proposal in a field, voted by "Het voorstel" (nl).

Flemish notulen title an item a member put on the agenda by who asked for it ("Toegevoegd punt van raadslid X
(Groen): ...", "Punt toegevoegd door raadslid X (N-VA): ...", "Toegevoegd punt op verzoek van raadslid X"),
give the proposal's words in a field ("Voorstel: De gemeenteraad vraagt het college ...", quoted or not, on
one line or wrapped) and record the vote as "Het voorstel wordt verworpen". That vote is about the proposal's
first sentence, as the contract names a proposal by its text. An item of the college with a proposal field keeps
its decision sentence, a member's item without one its title. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Notulen gemeenteraad\nZitting van maandag 16 maart 2026\n\n"
VOTE = "Stemming: met 9 stemmen voor en 20 stemmen tegen\n"


@pytest.mark.parametrize(
    ("title", "field", "result"),
    [
        (
            "7. Toegevoegd punt van raadslid Els Peeters (Groen): deelfietsen",
            'Voorstel: "De gemeenteraad vraagt het college om deelfietsen aan te bieden in elke deelgemeente."',
            "Besluit: Het voorstel wordt verworpen.",
        ),
        (
            "7. Punt toegevoegd door raadslid Bart Claes (N-VA): deelfietsen",
            "Voorstel: De gemeenteraad vraagt het college om deelfietsen aan te bieden in elke deelgemeente.",
            "Besluit\nHet voorstel wordt verworpen.",
        ),
        (
            "7. Toegevoegd punt op verzoek van raadslid Ann Maes (Vooruit): deelfietsen",
            "Voorstel van besluit: De gemeenteraad vraagt het college om deelfietsen aan te bieden in\n"
            "elke deelgemeente.",
            "Besluit: Het voorstel wordt niet goedgekeurd.",
        ),
        (
            "7. Bijkomend agendapunt ingediend door raadslid Tom Wouters (Vlaams Belang): deelfietsen",
            "Voorstel: De gemeenteraad vraagt het college om deelfietsen aan te bieden in elke deelgemeente. "
            "Het budget wordt voorzien in de volgende aanpassing van het meerjarenplan.",
            "Besluit: Het voorstel wordt verworpen.",
        ),
        (
            "7. Toegevoegd punt van raadslid Els Peeters (Groen): deelfietsen",
            "Voorstel: De gemeenteraad vraagt het college om deelfietsen aan te bieden in elke deelgemeente.",
            "Besluit: Het ingediende voorstel wordt niet aangenomen.",
        ),
    ],
)
def test_the_vote_on_a_members_item_is_about_its_proposal_text(title, field, result):
    (row,) = vote_cells(HEAD + title + "\n" + field + "\n" + VOTE + result + "\n", "nl")
    assert row[:5] == (
        "7",
        "De gemeenteraad vraagt het college om deelfietsen aan te bieden in elke deelgemeente",
        "rejected",
        9,
        20,
    )


def test_a_college_item_with_a_proposal_field_keeps_its_decision_sentence():
    text = (
        HEAD
        + "3. Reglement deelfietsen - goedkeuring\n"
        + "Voorstel: De gemeenteraad keurt het reglement deelfietsen goed.\n"
        + "Stemming: met 20 stemmen voor en 9 stemmen tegen\n"
        + "Besluit: Het voorstel wordt goedgekeurd.\n"
    )
    (row,) = vote_cells(text, "nl")
    assert row[:5] == ("3", "Reglement deelfietsen - goedkeuring", "adopted", 20, 9)  # the point, not the field's words


def test_a_members_item_without_a_proposal_field_keeps_its_title():
    text = HEAD + "7. Toegevoegd punt van raadslid Els Peeters (Groen): deelfietsen\n" + VOTE
    text += "Besluit: Het voorstel wordt verworpen.\n"
    (row,) = vote_cells(text, "nl")
    assert row[1] == "Toegevoegd punt van raadslid Els Peeters (Groen): deelfietsen"
