"""A motion or amendment named by its label and a title in double quotes is voted on as its title.

Dutch besluitenlijsten and notulen name a member's proposal by kind, number, movers and title ('Motie M1 (GroenLinks)
"Natuurinclusief bouwen"', 'Amendement A2 van VVD en CDA: "Lagere leges"', 'M4 (CDA) "Behoud bibliotheek"',
'Motie vreemd aan de orde van de dag M2 "Schoon zwemwater" (CDA)'). The row's subject is the title alone; the
movers stay in proposer and proposer_party.

Look-alikes: a title in single quotes ('Motie M2 (SP) \\'Huurbevriezing\\'') keeps its label, as most read sets write
it; a quoted sentence ending in a stop is the proposal's own text, not a title, and keeps the label; a
raadsvoorstel named with a quoted plan is no member's proposal.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeente Testdam\nBesluitenlijst van de openbare vergadering van de gemeenteraad\n"
    "Datum: donderdag 29 januari 2026, aanvang 19.30 uur\n\n"
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            'Motie M1 (GroenLinks) "Natuurinclusief bouwen in de Noordpolder"',
            "Natuurinclusief bouwen in de Noordpolder",
        ),
        ('Amendement A2 van VVD en CDA: "Lagere leges voor verenigingen"', "Lagere leges voor verenigingen"),
        ("Motie M3 (Samen Testdam, D66) “Pendelbus vanaf het transferium”", "Pendelbus vanaf het transferium"),
        ('M4 (CDA) "Behoud bibliotheekvestiging Oudorp"', "Behoud bibliotheekvestiging Oudorp"),
        ('Motie vreemd aan de orde van de dag M2 "Schoon zwemwater in de plas" (CDA)', "Schoon zwemwater in de plas"),
        ('Subamendement A1.1 (PvdA) "Ook de Dorpsstraat autoluw"', "Ook de Dorpsstraat autoluw"),
    ],
)
def test_a_double_quoted_title_is_the_subject(line, title):
    text = HEAD + f"6. Omgevingsplan Testdam\n{line}\nBesluit: verworpen. Stemverhouding: 9 voor, 17 tegen.\n"
    rows = votes(text, "nl")
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [(title, "rejected", 9, 17)]


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ("Motie M2 (SP) 'Huurbevriezing bij de corporaties'", "Motie M2 (SP) 'Huurbevriezing bij de corporaties'"),
        (
            'Amendement A1 (GroenLinks, D66): "Voeg aan het besluit toe dat de helft sociale huur wordt."',
            'Amendement A1 (GroenLinks, D66): "Voeg aan het besluit toe dat de helft sociale huur wordt."',
        ),
    ],
)
def test_single_quotes_and_quoted_sentences_keep_the_label(line, subject):
    text = HEAD + f"6. Omgevingsplan Testdam\n{line}\nBesluit: verworpen. Stemverhouding: 9 voor, 17 tegen.\n"
    assert [r.subject for r in votes(text, "nl")] == [subject]


def test_a_proposal_of_the_college_with_a_quoted_plan_keeps_its_name():
    text = HEAD + '7. Raadsvoorstel "Nota grondbeleid 2026"\nBesluit: aangenomen met 21 stemmen voor en 5 tegen.\n'
    assert [r.subject for r in votes(text, "nl")] == ['Raadsvoorstel "Nota grondbeleid 2026"']
