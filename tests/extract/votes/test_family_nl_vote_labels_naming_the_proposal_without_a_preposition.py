"""A besluitenlijst labels the vote on the item's own proposal without a preposition ('Stemming raadsvoorstel:
aangenomen met 12 stemmen voor en 3 stemmen tegen.', 'Stemming ontwerpbesluit: goedgekeurd ...') as it does with one
('Stemming over het raadsvoorstel: ...'): the vote is about the item, never about the label's words. A label naming
an amendment ('Stemming amendement A1: verworpen ...') stays that amendment's vote."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad\ngehouden op donderdag 29 januari 2026\n\n"
TITLE = "Bestemmingsplan Veerweg-Zuid"


def _rows(lines: str) -> list[tuple]:
    rows = votes(f"{HEAD}Agendapunt 5 – {TITLE}\n{lines}\n", "nl")
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("line", "outcome", "counts"),
    [
        ("Stemming raadsvoorstel: aangenomen met 12 stemmen voor en 3 stemmen tegen.", "adopted", (12, 3)),
        ("Stemming ontwerpbesluit: goedgekeurd met 20 stemmen voor en 5 stemmen tegen.", "adopted", (20, 5)),
        ("Stemming geamendeerd raadsvoorstel: aangenomen met 15 stemmen voor en 2 stemmen tegen.", "adopted", (15, 2)),
        ("Stemming raadsvoorstel: verworpen met 7 stemmen voor en 8 stemmen tegen.", "rejected", (7, 8)),
        ("Stemmingen raadsvoorstel: aangenomen met 14 stemmen voor en 1 stem tegen.", "adopted", (14, 1)),
    ],
)
def test_a_label_naming_the_items_proposal_is_about_the_item(line, outcome, counts):
    assert _rows(line) == [(TITLE, outcome, *counts)]


def test_a_label_naming_an_amendment_stays_the_amendments_vote():
    rows = _rows(
        "Amendement A1 (CDA) 'Behoud van de groenstrook'\n"
        "Stemming amendement A1: verworpen met 6 stemmen voor en 9 stemmen tegen.\n"
        "Stemming raadsvoorstel: aangenomen met 12 stemmen voor en 3 stemmen tegen."
    )
    assert [(outcome, yes, no) for _, outcome, yes, no in rows] == [("rejected", 6, 9), ("adopted", 12, 3)]
    assert "groenstrook" in rows[0][0] and rows[1][0] == TITLE
