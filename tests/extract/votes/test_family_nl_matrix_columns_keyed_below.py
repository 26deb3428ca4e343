"""Family (nl): a vote matrix whose columns are agenda-point numbers ("Fractie (zetels) | 3 | 5 | 5.1"), a
party's mark in each cell, an outcome row at its foot ("Resultaat | aang. | verw.", abbreviated or written out),
and a key below it naming each point ("5.1  Amendement ..."): each column is one decision about the point its key
names, counted from the totals row or the party marks. Look-alikes: the same matrix without an outcome row and a
key of points with no matrix decide nothing from the matrix. All pages are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

PIPES = """\
Stemmingsuitslagen raadsvergadering 12 mei 2026
Gemeente Testby

V = voor, T = tegen.

Fractie (zetels)   | 3     | 5     | 5.1   | 9
-------------------+-------+-------+-------+------
Lokaal Belang (6)  | V     | V     | T     | V
VVD (5)            | V     | T     | T     | V
GroenLinks (4)     | V     | V     | V     | T
CDA (3)            | V     | V     | T     | V
-------------------+-------+-------+-------+------
Uitslag            | 18-0  | 13-5  | 4-14  | 14-4
Resultaat          | aang. | aang. | verw. | aang.

Toelichting agendapunten
3    Jaarrekening 2025 Omgevingsdienst
5    Raadsvoorstel Parkeervisie binnenstad
5.1  Amendement "Blauwe zone" (GroenLinks)
9    Motie "Bankjes in het park" (CDA)
"""
SPACED = """\
Stemgedrag gemeenteraad Testby, vergadering van donderdag 5 maart 2026

Fractie            12          14          14.2
D66 (7)            voor        voor        tegen
CDA (5)            voor        tegen       tegen
SP (3)             tegen       voor        voor
PvdA (2)           voor        voor        voor
                   aangenomen  aangenomen  verworpen

12   Verordening afvalstoffenheffing 2026
14   Raadsvoorstel nieuwbouw brandweerkazerne
14.2 Motie "Oefenterrein behouden" (SP, PvdA)
"""
WRITTEN_OUT = """\
Stemmingen raadsvergadering van donderdag 19 november 2026

Fractie (zetels; aanwezig)  | 6            | 6.1          | 8
----------------------------+--------------+--------------+-------------
Stadspartij (8; 7 aanwezig) | V            | T            | V
VVD (6)                     | V            | T            | T
PvdA (4)                    | T            | V            | V
ChristenUnie (2)            | V            | V            | V
Uitkomst                    | aangenomen   | verworpen    | aangenomen

6     Begroting 2027
6.1   Amendement "OZB-verhoging schrappen" (PvdA, ChristenUnie)
8     Motie vreemd aan de orde "Zwerfafval" (PvdA)
"""
NO_OUTCOME_ROW = """\
Stemmingen raadsvergadering van donderdag 19 november 2026

Fractie (zetels)   | 6    | 8
-------------------+------+------
Stadspartij (8)    | V    | V
VVD (6)            | V    | T
PvdA (4)           | T    | V

6     Begroting 2027
8     Motie "Zwerfafval" (PvdA)
"""


def _cells(text: str) -> list[tuple]:
    return [cells[:5] for cells in vote_cells(text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PIPES,
            [
                ("3", "Jaarrekening 2025 Omgevingsdienst", "adopted", 18, 0),
                ("5", "Raadsvoorstel Parkeervisie binnenstad", "adopted", 13, 5),
                ("5.1", "Amendement Blauwe zone", "rejected", 4, 14),
                ("9", "Motie Bankjes in het park", "adopted", 14, 4),
            ],
        ),
        (
            SPACED,
            [
                ("12", "Verordening afvalstoffenheffing 2026", "adopted", 14, 3),
                ("14", "Raadsvoorstel nieuwbouw brandweerkazerne", "adopted", 12, 5),
                ("14.2", "Motie Oefenterrein behouden", "rejected", 5, 12),
            ],
        ),
        (
            WRITTEN_OUT,
            [
                ("6", "Begroting 2027", "adopted", 15, 4),
                ("6.1", "Amendement OZB-verhoging schrappen", "rejected", 6, 13),
                ("8", "Motie vreemd aan de orde Zwerfafval", "adopted", 13, 6),
            ],
        ),
    ],
)
def test_matrix_columns_named_by_a_key_below(text: str, expected: list[tuple]) -> None:
    assert _cells(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        NO_OUTCOME_ROW,
        "Besluitenlijst raadsvergadering van 4 juni 2026\n\nToelichting agendapunten\n3    Jaarrekening 2025\n"
        "5    Raadsvoorstel Parkeervisie\n",
    ],
)
def test_no_matrix_row_without_an_outcome_row(text: str) -> None:
    assert _cells(text) == []


@pytest.mark.parametrize(("abbreviated", "outcome"), [("aang.", "adopted"), ("verw.", "rejected")])
def test_abbreviated_outcome_cells(abbreviated: str, outcome: str) -> None:
    text = (
        "Stemmingsuitslagen raadsvergadering van 2 juli 2026\n\n"
        "Nr. | Onderwerp | Uitslag\n4 | Verordening marktgelden 2027 | " + abbreviated + "\n"
    )
    assert [c[2] for c in _cells(text)] == [outcome]
