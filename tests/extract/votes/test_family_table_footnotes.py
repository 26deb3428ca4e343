"""A vote table marks a row's cell ("Godkendt *)", "Vedtaget ¹", "Godkendt (*)") and tells more of that row's vote
in a footnote under the table opening with the same mark ("*) Imod stemte Ø (2), F (2) og Å (1)."). The footnote is
the marked row's: its parties against are that row's, and it is no row of its own (it was read as a decision of
the table's last item). A note under a counted row ("Imod: V (3), C (1)") gives that row's parties the same way.

Look-alikes: a footnote whose mark no row carries, or two rows carry, stays apart and adds parties to no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Byrådet - torsdag den 19. marts 2026\n\n"
TABLES = [
    (
        "Pkt. | Sag                          | Resultat     | For | Imod\n"
        "-----+------------------------------+--------------+-----+-----\n"
        " 20  | Godkendelse af dagsorden     | Godkendt     |  25 |    0\n"
        " 21  | Ny helhedsplan for Søndermark | Godkendt *)  |  20 |    5\n"
        " 22  | Salg af byggegrunde          | Godkendt     |  25 |    0\n\n"
        "*) Imod stemte Ø (3) og O (2).\n"
    ),
    (
        "Nr.   Sag                            Beslutning     For  Imod\n"
        "----  -----------------------------  -------------  ---  ----\n"
        " 20   Godkendelse af dagsorden       Godkendt        25     0\n"
        " 21   Ny helhedsplan for Søndermark  Godkendt ¹      20     5\n"
        " 22   Salg af byggegrunde            Godkendt        25     0\n"
        "\n¹ Imod: Ø (3), O (2)\n"
    ),
    (
        "Punkt | Sag | Resultat | For | Imod\n"
        "20 | Godkendelse af dagsorden | Godkendt | 25 | 0\n"
        "21 | Ny helhedsplan for Søndermark | Godkendt (*) | 20 | 5\n"
        "22 | Salg af byggegrunde | Godkendt | 25 | 0\n"
        "(*) Imod stemte Ø (3) og O (2).\n"
    ),
]


@pytest.mark.parametrize("table", TABLES)
def test_a_footnote_tells_the_marked_rows_parties(table: str) -> None:
    rows = vote_cells(HEAD + table, "da")
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("20", "adopted", 25, 0, None),
        ("21", "adopted", 20, 5, {"Ø": 3, "O": 2}),
        ("22", "adopted", 25, 0, None),
    ]


def test_a_note_under_a_counted_row_tells_its_parties() -> None:
    table = (
        "Pkt.  Sag                            For  Imod  Resultat\n"
        "----  -----------------------------  ---  ----  --------\n"
        " 20   Ny helhedsplan for Søndermark   21     4  Godkendt\n"
        "        Imod: V (3), C (1)\n"
        " 21   Salg af byggegrunde             25     0  Godkendt\n"
    )
    rows = vote_cells(HEAD + table, "da")
    assert [(r[0], r[5]) for r in rows] == [("20", {"V": 3, "C": 1}), ("21", None)]


@pytest.mark.parametrize(
    "cells",
    [("Godkendt", "Godkendt"), ("Godkendt *)", "Godkendt *)")],  # no row marked; two rows marked
)
def test_a_footnote_no_single_row_carries_gives_no_row_its_parties(cells: tuple[str, str]) -> None:
    table = (
        "Pkt. | Sag                 | Resultat     | For | Imod\n"
        "-----+---------------------+--------------+-----+-----\n"
        f" 20  | Ny helhedsplan      | {cells[0]:<12} |  20 |    5\n"
        f" 21  | Salg af byggegrunde | {cells[1]:<12} |  20 |    5\n\n"
        "*) Imod stemte Ø (3) og O (2).\n"
    )
    rows = vote_cells(HEAD + table, "da")
    assert [r[5] for r in rows if r[0] == "20"] == [None]
