"""Family: a vote page's matrix of fractions under one agenda point (nl).

Stemmingsuitslagen pages lay out each agenda point's votes as a matrix: one row per voted text (amendment,
motion, raadsvoorstel), a column per fraction holding its vote (V / T, J / N, voor / tegen) and a last column
with the result and its count ("verworpen 9-18", "aangenomen 27-0"). Each row is a vote of its own, under
the point's number, about the text it names. A row whose last cell has no result count (a legend, a row of a
seat table) is no vote. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Raadsinformatie\nVergadering: Gemeenteraad\nDatum: dinsdag 10 maart 2026\n\nStemmingsuitslagen\n\n"
RULE = "------------------------------------  --- --- --- --- ---  ----------------\n"


def _matrix(rows: list[str]) -> str:
    header = "Stuk                                  ABC VVD CDA D66 SP   Uitslag\n"
    return HEAD + "Agendapunt 6  Kadernota 2027\n\n" + header + RULE + "".join(r + "\n" for r in rows)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "Amendement A1 Hondenbelasting         T   V   T   T   V    verworpen 9-18",
            ("6", "Amendement A1 Hondenbelasting", "rejected", 9, 18),
        ),
        (
            "Motie M3 Speeltuin Zuid               V   V   V   V   V    aangenomen 27-0",
            ("6", "Motie M3 Speeltuin Zuid", "adopted", 27, 0),
        ),
        (
            "Raadsvoorstel Kadernota 2027          V   V*  V   T   T    aangenomen 21-6",
            ("6", "Raadsvoorstel Kadernota 2027", "adopted", 21, 6),
        ),
        (
            "Motie M4 Bankjes in het park          J   N   J   J   N    Aangenomen 15 - 12",
            ("6", "Motie M4 Bankjes in het park", "adopted", 15, 12),
        ),
        (
            "Amendement A3 Parkeren                voor tegen voor tegen tegen  afgewezen 8-19",
            ("6", "Amendement A3 Parkeren", "rejected", 8, 19),
        ),
    ],
)
def test_each_row_of_a_vote_matrix_is_a_vote_under_the_point(row, expected):
    assert [cells[:5] for cells in vote_cells(_matrix([row]), "nl")] == [expected]


def test_several_rows_under_one_point_are_several_votes():
    rows = [
        "Amendement A1 Hondenbelasting         T   V   T   T   V    verworpen 9-18",
        "Motie M3 Speeltuin Zuid               V   V   V   V   V    aangenomen 27-0",
        "Raadsvoorstel Kadernota 2027          V   V   V   T   T    aangenomen 21-6",
    ]
    found = vote_cells(_matrix(rows), "nl")
    assert [(c[0], c[2], c[3], c[4]) for c in found] == [
        ("6", "rejected", 9, 18),
        ("6", "adopted", 27, 0),
        ("6", "adopted", 21, 6),
    ]


@pytest.mark.parametrize(
    "row",
    [
        "Zetels                                7   5   3   3   2    27",
        "Aanwezig                              V   V   V   V   V    alle leden",
    ],
)
def test_a_row_without_a_result_count_is_no_vote(row):
    assert vote_cells(_matrix([row]), "nl") == []
