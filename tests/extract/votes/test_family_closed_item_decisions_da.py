"""A closed item whose decision field only says it is closed ("Beslutning: Lukket punkt.") records no decision the
public minutes show: no row, whatever the label's layout. Look-alikes: a closed item whose decision is given
("Godkendt.") is a row, and so is a decision that closes something else ("Vejen lukkes for gennemkørsel.").
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunalbestyrelsen\nMødedato: 18. maj 2026\n\nPkt. 65  Cykelsti langs Strandvejen\nBeslutning: Godkendt.\n\n"


def _cases(item: str) -> list[tuple[str | None, str]]:
    return [(r.case_number, r.outcome) for r in votes(HEAD + item, "da")]


@pytest.mark.parametrize(
    "item",
    [
        "Pkt. 66  Salg af areal ved Strandparken (lukket)\nBeslutning: Lukket punkt.\n",
        "Pkt. 66  Salg af areal ved Strandparken (lukket)\nBeslutning:\nLukket punkt.\n",
        "Pkt. 66  Køb af ejendom (lukket punkt)\nBeslutning\nLukket sag.\n",
        "Pkt. 66  Personalesag\nBeslutning (Kommunalbestyrelsen 18.05.2026):\nLukket punkt\n",
        "Pkt. 66  Salg af grund\nBeslutning i Kommunalbestyrelsen den 18.05.2026\nLukket møde.\n",
    ],
)
def test_a_closed_item_without_its_decision_gives_no_row(item):
    assert _cases(item) == [("65", "adopted")]


def test_a_closed_item_with_its_decision_is_a_row():
    assert _cases("Pkt. 66  Køb af ejendom (lukket punkt)\nBeslutning:\nGodkendt.\n") == [
        ("65", "adopted"),
        ("66", "adopted"),
    ]


def test_a_decision_closing_a_road_is_a_row():
    item = "Pkt. 66  Trafikplan for Havdrup\nBeslutning:\nVejen lukkes for gennemkørsel. Godkendt.\n"
    assert _cases(item) == [("65", "adopted"), ("66", "adopted")]
