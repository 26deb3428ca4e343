"""Family: two lines of Dutch decision lists that name no decision of their own (nl).

A vote explanation ("Stemverklaring: de fractie van de ChristenUnie stemt in met de motie, maar ...",
"Stemverklaring D66: ...") tells why a fraction voted as it did; its verbs ("stemt in met", "keurt goed") decide
nothing, and the item's own result line stays the item's only row. A decision label naming only the proposal it
decides ("Besluit raadsvoorstel: aangenomen met 20 stemmen voor en 6 tegen.") is about the item, named by its
title, as the amendment decided beside it is named by its own. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Testby\nBesluitenlijst van de openbare raadsvergadering van 26 maart 2026\n\n"


@pytest.mark.parametrize(
    "explanation",
    [
        "Stemverklaring: de fractie van de ChristenUnie stemt in met de motie, maar\nvraagt ook naar Heeten te kijken.",
        "Stemverklaring D66: de fractie stemt in met het voorstel omdat de woningbouw voorgaat.",
        "Stemverklaring VVD: wij keuren het plan goed, maar missen de dekking.",
        "Stemverklaring: de fractie van het CDA besluit voor te stemmen, met tegenzin.",
        "Stemverklaringen (SP bij 9, PvdA bij 10): beide fracties stemmen in met het voorstel.",
    ],
)
def test_a_vote_explanation_is_no_row(explanation: str) -> None:
    text = (
        HEAD
        + "9. Motie M2 (CDA, BBB) 'Behoud van de pinautomaat'\nBesluit: unaniem aangenomen.\n\n"
        + explanation
        + "\n"
    )
    rows = votes(text, "nl")
    assert [(r.case_number, r.outcome, r.unanimous) for r in rows] == [("9", "adopted", True)]


def test_a_decision_after_an_explanation_still_counts() -> None:
    text = HEAD + (
        "9. Motie M2 'Behoud van de pinautomaat'\nStemverklaring PVV: wij stemmen in met de motie.\n"
        "Besluit: aangenomen met 20 stemmen voor en 7 stemmen tegen.\n"
    )
    assert [(r.outcome, r.votes_for, r.votes_against) for r in votes(text, "nl")] == [("adopted", 20, 7)]


@pytest.mark.parametrize(
    ("label", "outcome"),
    [
        ("Besluit raadsvoorstel: aangenomen met 20 stemmen voor en 6 stemmen tegen.", "adopted"),
        ("Besluit raadsvoorstel: unaniem aangenomen.", "adopted"),
        ("Besluit voorstel: verworpen met 8 stemmen voor en 19 stemmen tegen.", "rejected"),
        ("Besluit over het raadsvoorstel: aangenomen.", "adopted"),
        ("Besluit ontwerpbesluit: aangenomen met algemene stemmen.", "adopted"),
    ],
)
def test_a_decision_label_naming_the_proposal_is_about_the_item(label: str, outcome: str) -> None:
    text = HEAD + (
        "6. Bestemmingsplan Heino-Noord fase 2\n"
        "Amendement A1 (VVD, PVV) 'Maximaal twee bouwlagen'\n"
        "Besluit amendement: verworpen met 6 stemmen voor en 20 stemmen tegen.\n"
        f"{label}\n"
    )
    rows = votes(text, "nl")
    assert [(r.subject, r.outcome) for r in rows][-1] == ("Bestemmingsplan Heino-Noord fase 2", outcome)
    assert rows[0].outcome == "rejected" and "Maximaal twee bouwlagen" in (rows[0].subject or "")


def test_a_decision_label_naming_its_own_proposal_keeps_it() -> None:
    """A label naming the proposal in full ("Besluit raadsvoorstel Woonvisie:") is not the generic label."""
    text = HEAD + "6. Woonvisie 2026-2035\nBesluit raadsvoorstel Woonvisie: aangenomen.\n"
    assert [r.subject for r in votes(text, "nl")] == ["Besluit raadsvoorstel Woonvisie"]
