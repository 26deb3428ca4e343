"""A Danish vote overview exported as a table shortens its result cell to fit the column ("Taget til efterretn.",
"Taget til orient.", "Til efterretn."), often wrapped over two rows of a ruled cell: the item was noted.

The shortened word matched no noting, so the row had no outcome and was lost.

Look-alike: a cell that only refers to the closed protocol ("Se lukket protokol") notes nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Testby Kommune\nByrådet · Afstemningsoversigt\n\nMøde: onsdag den 9. september 2026, kl. 16.00\n\n"
RULE = "+-----+-------------------------------------+------------+-------+-------+\n"
HEADER = "| Nr. | Sag                                 | Resultat   | For   | Imod  |\n"


def _table(*rows: str) -> str:
    return HEAD + RULE + HEADER + RULE + "".join(row + RULE for row in rows)


@pytest.mark.parametrize(
    "cell_rows",
    [
        "| 41  | Status på klimaplanen               | Taget til  | -     | -     |\n"
        "|     |                                     | efterretn. |       |       |\n",
        "| 41  | Status på klimaplanen               | Taget til  |       |       |\n"
        "|     |                                     | orient.    |       |       |\n",
        "| 41  | Status på klimaplanen               | Til        | -     | -     |\n"
        "|     |                                     | efterretn. |       |       |\n",
        "| 41  | Status på klimaplanen               | Taget til efterretn. | - | - |\n",
        "| 41  | Status på klimaplanen               | Tages til  |       |       |\n"
        "|     |                                     | efterretn. |       |       |\n",
    ],
)
def test_a_shortened_noting_cell_notes_the_item(cell_rows: str) -> None:
    text = _table("| 40  | Regnskab 2025                       | Godkendt   | 21    | 0     |\n", cell_rows)
    rows = votes(text, "da")
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [
        ("40", "Regnskab 2025", "adopted"),
        ("41", "Status på klimaplanen", "noted"),
    ]


def test_a_cell_pointing_to_the_closed_protocol_notes_nothing() -> None:
    text = _table(
        "| 40  | Regnskab 2025                       | Godkendt   | 21    | 0     |\n",
        "| 42  | Lukket punkt: Salg af grund         | Se lukket  |       |       |\n"
        "|     |                                     | protokol   |       |       |\n",
    )
    assert [r.case_number for r in votes(text, "da")] == ["40"]
