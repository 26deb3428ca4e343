"""A motion or amendment adopted 'zonder stemming' / 'bij hamerslag' is that motion or amendment, not the point.

Notulen and besluitenlijsten name the proposal, then record its adoption with a manner after the auxiliary: 'Het
amendement wordt zonder stemming aangenomen, omdat ...', 'De motie wordt bij hamerslag aangenomen.', 'Deze motie
wordt zonder stemming aangenomen.' The two words after the verb give how it was adopted, not what: the subject is
the proposal named before the auxiliary (its heading above).

Look-alike: an inverted sentence whose subject follows the auxiliary ('Op verzoek van de wethouder wordt het punt
verdaagd.') is about the point.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

MINUTES = (
    "Notulen van de openbare vergadering van de gemeenteraad van Testby,\ngehouden op donderdag 7 november 2024.\n\n"
)
FLEMISH = "Besluitenlijst gemeenteraad\nZitting van maandag 23 maart 2026\n\n"


@pytest.mark.parametrize(
    ("head", "item", "subject"),
    [
        (
            MINUTES,
            "Agendapunt 10. Bibliotheekbeleid 2025-2028\n"
            "Amendement 'Behoud bibliotheekfiliaal Nijeveen', ingediend door mevrouw\n"
            "Jansen (CDA). Het amendement wordt zonder stemming aangenomen, omdat\n"
            "geen van de fracties een stemming verlangt.\n",
            "Behoud bibliotheekfiliaal Nijeveen",
        ),
        (
            MINUTES,
            "Agendapunt 13. Sportnota 2025\nMotie M3 'Sporten voor iedereen' (PvdA). Deze motie wordt zonder stemming "
            "aangenomen.\n",
            "Motie M3 Sporten voor iedereen",
        ),
        (
            FLEMISH,
            "5. Mobiliteitsplan 2026-2031\n   Amendement A2 'Schoolstraten in elke deelgemeente' (Groen).\n"
            "   Het amendement wordt bij hamerslag aangenomen.\n",
            "Amendement A2 Schoolstraten in elke deelgemeente",
        ),
        (
            FLEMISH,
            "6. Cultuurbeleidsplan\n   Motie 'Gratis toegang tot de bib' van de fractie Vooruit.\n"
            "   De motie werd zonder stemming aangenomen.\n",
            "Motie Gratis toegang tot de bib",
        ),
        (
            MINUTES,
            "Agendapunt 11. Motie vreemd aan de orde van de dag 'Meer groen in de wijk' (GroenLinks)\n"
            "De motie wordt bij hamerslag aangenomen.\n",
            "Motie vreemd aan de orde van de dag Meer groen in de wijk",
        ),
    ],
)
def test_a_proposal_adopted_with_a_manner_is_the_proposal(head: str, item: str, subject: str) -> None:
    assert outcomes(head + item, "nl") == [("adopted", subject)]


def test_an_inverted_sentence_with_its_subject_after_the_verb_is_the_point() -> None:
    item = "Agendapunt 15. Nota cultuur\nOp verzoek van de wethouder wordt het punt verdaagd.\n"
    assert outcomes(MINUTES + item, "nl") == [("postponed", "Nota cultuur")]
