"""Family: procedure and vote explanations are not decisions (nl).

A suspension ("De raad besluit om 21.30 uur te schorsen"), a vote explanation ("Stemverklaring: de
fractie van X stemt tegen, omdat ...") or a member's note that she wishes to be recorded as voting
against give no row of their own. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\n\nRaadsvergadering van dinsdag 12 maart 2024\n\nAgendapunt 6. Nota grondbeleid\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad besluit om 21.30 uur te schorsen.",
        "Op verzoek van de VVD besluit de voorzitter de vergadering te schorsen.",
        "De raad besloot na de pauze te heropenen om 22.00 uur.",
        "Stemverklaring: de fractie van GroenLinks stemt tegen, omdat het pand een buurtfunctie moet houden.",
        "De fractie van de SP geeft een stemverklaring: wij stemmen voor, maar met pijn in het hart.",
        "Mevrouw Jansen (CDA) vraagt aantekening dat zij geacht wenst te worden tegen te hebben gestemd.",
        "De voorzitter heropent de vergadering om 21.45 uur.",
    ],
)
def test_procedure_and_explanations_give_no_row(sentence):
    assert votes(HEAD + sentence + "\n", "nl") == []


def test_a_vote_explanation_does_not_hide_the_decision_below_it():
    text = HEAD + (
        "Stemverklaring: de fractie van de PVV stemt tegen.\n"
        "Besluit: Het raadsvoorstel wordt aangenomen met 30 stemmen voor en 3 tegen.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against) == ("adopted", 30, 3)
