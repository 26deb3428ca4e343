"""Family: what the council decides to do with an item, said with a verb (nl).

"De raad besluit het voorstel aan te houden" is a postponement, "… niet over te nemen" a rejection,
"De raad besluit conform het voorstel" names nothing (the item title is the subject), and a withdrawn
motion or item ("Besluit: ingetrokken") is no decision at all. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\n\nRaadsvergadering van dinsdag 12 maart 2024\n\nAgendapunt 6. Nota grondbeleid\n\n"


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Besluit: De raad besluit het voorstel aan te houden tot de volgende vergadering.", "postponed"),
        ("De gemeenteraad beslist het agendapunt uit te stellen tot september.", "postponed"),
        ("De raad besloot de nota terug te sturen naar de commissie.", "postponed"),
        ("De raad besluit de motie niet over te nemen.", "rejected"),
        ("Besluit: de gemeenteraad beslist het reglement niet goed te keuren.", "rejected"),
        ("De raad besluit de nota vast te stellen.", "adopted"),
    ],
)
def test_the_verb_after_besluit_gives_the_outcome(sentence, outcome):
    (row,) = votes(HEAD + sentence + "\n", "nl")
    assert (row.case_number, row.outcome) == ("6", outcome)


@pytest.mark.parametrize(
    "sentence",
    [
        "Besluit: De raad besluit conform het voorstel.",
        "De gemeenteraad besluit overeenkomstig het raadsvoorstel.",
        "Besluit: de raad besluit unaniem conform het ontwerpbesluit.",
        "De raad heeft besloten conform het advies.",
        "Besluit: De raad besloot volgens het voorstel van het college.",
    ],
)
def test_deciding_as_proposed_is_about_the_item(sentence):
    (row,) = votes(HEAD + sentence + "\n", "nl")
    assert (row.subject, row.outcome) == ("Nota grondbeleid", "adopted")


@pytest.mark.parametrize(
    "sentence",
    [
        "Besluit: ingetrokken",
        "Besluit: De motie is ingetrokken.",
        "Besluit: Het amendement wordt ingetrokken door de indiener.",
    ],
)
def test_a_withdrawn_proposal_is_no_decision(sentence):
    assert votes(HEAD + sentence + "\n", "nl") == []
