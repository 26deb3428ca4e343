"""Verbatim minutes in which the chair asks to record the outcome ('De VOORZITTER: Kan ik constateren dat dit voorstel
met algemene stemmen is aangenomen? Dat is het geval.'), the question wrapped over a line or not: the item is decided
as asked, about its title; unanimous when the question says so. Answered no, it decides nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "NOTULEN van de openbare vergadering van de gemeenteraad, gehouden op dinsdag 27 januari 2026.\n\n"
TITLE = "Verordening afvalstoffenheffing 2026 (gewijzigd)"


def _rows(turn: str) -> list[tuple]:
    text = f"{HEAD}Agendapunt 8. {TITLE}\n\nDe VOORZITTER: {turn}\n"
    return [(r.case_number, r.subject, r.outcome, r.unanimous) for r in votes(text, "nl")]


@pytest.mark.parametrize(
    ("turn", "outcome", "unanimous"),
    [
        ("Kan ik constateren dat dit voorstel met algemene stemmen\nis aangenomen? Dat is het geval.", "adopted", True),
        ("Kan ik constateren dat het voorstel is aangenomen? Dat is het geval.", "adopted", None),
        ("Mag ik vaststellen dat de verordening met algemene stemmen is vastgesteld? Dat is zo.", "adopted", True),
        ("Kan ik concluderen dat de motie wordt aangehouden? Dat is het geval.", "postponed", None),
        ("Mag ik ervan uitgaan dat dit voorstel\nis aangenomen? (Instemming)", "adopted", None),
    ],
)
def test_the_chair_asking_to_record_an_outcome_decides_the_item(turn, outcome, unanimous):
    assert _rows(turn) == [("8", TITLE, outcome, unanimous)]


@pytest.mark.parametrize(
    "turn",
    [
        "Kan ik constateren dat het voorstel is aangenomen? Nee, de VVD vraagt om stemming.",
        "Kan ik constateren dat het college de brief heeft verstuurd?",
    ],
)
def test_a_question_answered_no_or_about_something_else_decides_nothing(turn):
    assert _rows(turn) == []
