"""A vote record lists several votes one under the other, each a label line naming what is voted on and a result
field ("Amendement A1 ..." / quoted words / "Stemming: ... verworpen", then "Raadsvoorstel Zandzoom" /
"Stemming: aangenomen ..."). What a vote is about lies between its result field and the result field above it:
the quoted words of the amendment voted before belong to that amendment, not to the next vote."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeente Testby\nBESLUITENLIJST van de openbare vergadering van de gemeenteraad\n"
    "gehouden op donderdag 29 januari 2026\n\n"
)
POINT = "Toelichting bij agendapunt 5 - Bestemmingsplan Zandzoom\n\n"

AMENDMENTS = [
    ('Amendement A1 (GroenLinks):\n"In artikel 4.2 wordt het aantal woningen 200."\n', "Stemming: 7 voor, 15 tegen."),
    ('Amendement A2 (PvdA):\n"De bouwhoogte blijft beperkt tot drie lagen."\n', "Stemming: verworpen met 9 tegen 13."),
    ('Amendement 3 (CDA)\n"Het speelveld blijft behouden."\n', "Uitslag: verworpen, 5 voor en 17 tegen"),
]

PROPOSALS = [
    ("Raadsvoorstel bestemmingsplan Zandzoom, deelgebied 3", "Stemming: aangenomen met 16 stemmen voor en 6 tegen."),
    ("Raadsvoorstel Kaderbrief 2027 (geamendeerd)", "Uitslag: aangenomen, 30 voor en 5 tegen"),
    ("Geamendeerd raadsvoorstel Zandzoom", "Stemming: aangenomen met 18 stemmen voor en 4 tegen."),
]


@pytest.mark.parametrize(("amendment", "amendment_result"), AMENDMENTS)
@pytest.mark.parametrize(("proposal", "result"), PROPOSALS)
def test_the_vote_after_an_amendment_is_about_its_own_label_line(amendment, amendment_result, proposal, result):
    text = f"{HEAD}{POINT}{amendment}{amendment_result} Het amendement is verworpen.\n\n{proposal}\n{result}\n"
    rows = votes(text, "nl")
    assert rows[-1].subject == proposal
    assert rows[-1].outcome == "adopted"


def test_an_amendment_alone_keeps_its_quoted_words():
    text = f"{HEAD}{POINT}{AMENDMENTS[0][0]}{AMENDMENTS[0][1]}\n"
    assert [r.subject for r in votes(text, "nl")] == ["In artikel 4.2 wordt het aantal woningen 200"]


def test_a_sentence_about_the_proposal_is_no_label_naming_the_vote():
    text = f"{HEAD}{POINT}Het raadsvoorstel wordt in stemming gebracht.\n"
    text += "Stemming: aangenomen met 16 stemmen voor en 6 tegen.\n"
    assert all(r.subject != "Het raadsvoorstel wordt in stemming gebracht." for r in votes(text, "nl"))


@pytest.mark.parametrize("label", ["Raadsvoorstel", "  Raadsvoorstel"])
def test_a_bare_proposal_label_leaves_the_vote_to_its_case_title(label):
    """Gold authors name a vote under a bare "Raadsvoorstel" line by the case's title (5 rows in 4 documents
    against 3), one under a label with a title or a qualifier by that label (4 documents against none)."""
    text = f"{HEAD}Agendapunt 7 - Kadernota sociaal domein 2026-2030\n"
    text += "Amendement A1 'Geen bezuiniging op mantelzorg' (SP)\nUitslag: verworpen\n"
    text += f"{label}\nUitslag: aangenomen met 17 stemmen voor en 5 tegen\n"
    assert [(r.subject, r.outcome) for r in votes(text, "nl")][-1] == ("Kadernota sociaal domein 2026-2030", "adopted")


def test_a_qualified_proposal_label_names_the_vote():
    text = f"{HEAD}Agendapunt 7 - Woonvisie\nAmendement A1 'Betaalbaar bouwen' (CDA)\n"
    text += "Besluit: aangenomen met 17 stemmen voor en 13 stemmen tegen.\n"
    text += "Raadsvoorstel (zoals geamendeerd)\nBesluit: aangenomen met algemene stemmen.\n"
    assert [(r.subject, r.outcome) for r in votes(text, "nl")][-1] == ("Raadsvoorstel (zoals geamendeerd)", "adopted")
