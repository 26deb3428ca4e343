"""A decision list's bare decision with a vote explanation noted after it ('Besluit: Conform voorstel besloten
(hamerstuk), met een stemverklaring van de fractie van BBB.'): the explanation is no part of what was decided,
so the decision still names nothing but the item, and the item's title is the subject. A stemverklaring is
no vote against either."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\n\nvergadering van donderdag 12 februari 2026\n\n"
TITLE = "Zienswijze ontwerpbegroting Regio Foodvalley 2027"


@pytest.mark.parametrize(
    "decision",
    [
        "Besluit: Conform voorstel besloten (hamerstuk), met een stemverklaring van de fractie van BBB.",
        "Besluit: Conform voorstel besloten, met een stemverklaring van de SGP.",
        "Besluit: Conform voorstel besloten (hamerstuk) met stemverklaringen van VVD en CDA.",
        "Besluit: Aangenomen, met een stemverklaring van de fractie van D66.",
        "Besluit: Conform besloten (zonder stemming), met een stemverklaring van ChristenUnie.",
    ],
)
def test_a_bare_decision_with_a_vote_explanation_is_about_the_item(decision):
    rows = votes(f"{HEAD}4b. {TITLE}\n{decision}\n", "nl")
    assert [(r.case_number, r.subject, r.outcome, r.votes_against) for r in rows] == [("4b", TITLE, "adopted", None)]


def test_counts_before_a_vote_explanation_stay_the_decisions():
    rows = votes(
        f"{HEAD}5. {TITLE}\nBesluit: aangenomen met 20 stemmen voor en 9 stemmen tegen, met stemverklaring SGP.\n",
        "nl",
    )
    assert [(r.outcome, r.votes_for, r.votes_against) for r in rows] == [("adopted", 20, 9)]


def test_an_explanation_on_a_line_of_its_own_is_no_decision():
    rows = votes(
        f"{HEAD}5. {TITLE}\nBesluit: Conform voorstel besloten.\nStemverklaring: de fractie van JA21 stemt tegen.\n",
        "nl",
    )
    assert [(r.subject, r.outcome) for r in rows] == [(TITLE, "adopted")]
