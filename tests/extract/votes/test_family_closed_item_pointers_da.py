"""A closed item's decision field that points to the closed record ("Beslutningen fremgår af det lukkede
referat.", "Se den lukkede protokol.") records nothing the public minutes show: no row, whichever article the
pointer takes (models/votes/da.json `empty_decisions`). Look-alike: a closed item whose decision is written out
("Godkendt.") is a row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Økonomiudvalget\nDato: 15-04-2026\n\nPunkt 66  Budgetopfølgning pr. 31. marts 2026\nBeslutning\nGodkendt.\n\n"


def _cases(item: str) -> list[tuple[str | None, str]]:
    return [(r.case_number, r.outcome) for r in votes(HEAD + item, "da")]


@pytest.mark.parametrize(
    "item",
    [
        "Punkt 67  Personalesag (lukket punkt)\nBeslutning\nBeslutningen fremgår af det lukkede referat.\n",
        "Punkt 67  Personalesag (lukket punkt)\nBeslutning\nFremgår af det lukkede referat.\n",
        "Punkt 67  Salg af grund (lukket)\nBeslutning\nBeslutningen er ført i det lukkede referat.\n",
        "Punkt 67  Køb af ejendom\nBeslutning\nFremgår af den lukkede protokol.\n",
        "Punkt 67  Køb af ejendom\nBeslutning\nSe det lukkede referat.\n",
    ],
)
def test_a_pointer_to_the_closed_record_gives_no_row(item):
    assert _cases(item) == [("66", "adopted")]


def test_a_closed_item_with_its_decision_is_a_row():
    assert _cases("Punkt 67  Personalesag (lukket punkt)\nBeslutning\nGodkendt.\n") == [
        ("66", "adopted"),
        ("67", "adopted"),
    ]
