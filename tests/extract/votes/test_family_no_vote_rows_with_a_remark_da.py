"""A space-aligned vote table of a Danish meeting portal marks items not voted on "Ingen afstemning", on a row
shorter than the table (no count columns), often with a remark line under it ("Bemærkning: Taget til
efterretning."). Several such short rows may follow one another before the next full row: they stay in the table.
A remark stating the outcome decides the row the cell leaves undecided; a short row without one records nothing.
Look-alikes: a full row keeps its counts, and a short row whose remark states no outcome gives no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Testby Kommune - Politik\nKommunalbestyrelsen | Møde 11.11.2026 kl. 17.00\n\nAFSTEMNINGER\n\n"
    "Pkt.  Titel                                   Resultat          For  Imod  Undl.\n"
    "----  --------------------------------------  ----------------  ---  ----  -----\n"
    "61    Godkendelse af dagsorden                Godkendt            -     -     -\n"
)
TAIL = "65    Takster for affald 2027                 Godkendt           19     4     0\n"


def _rows(middle: str) -> list[tuple[str | None, str | None, str, int | None]]:
    return [(r.case_number, r.subject, r.outcome, r.votes_for) for r in votes(HEAD + middle + TAIL, "da")]


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        (
            "62    Status for klimaplanen 2026             Ingen afstemning\n"
            "      Bemærkning: Taget til efterretning.\n",
            [("62", "Status for klimaplanen 2026", "noted", None)],
        ),
        (
            "62    Orientering om ventelister i            Ingen afstemning\n      hjemmeplejen\n"
            "      Bemærkning: Orienteringen blev taget til efterretning.\n"
            "63    Spørgsmål fra Mette Lund (V) om         Ingen afstemning\n      skolebusser\n",
            [("62", "Orientering om ventelister i hjemmeplejen", "noted", None)],
        ),
        (
            "62    Regnskab for havnen 2025                Ingen afstemning\n"
            "      Bemærkning: Til efterretning.\n"
            "63    Status for klimaplanen 2026             Ingen afstemning\n"
            "      Bemærkning: Taget til orientering.\n"
            "64    Lokalplan 88, Nørreby                   Ingen afstemning\n"
            "      Bemærkning: Udsat til næste møde.\n",
            [
                ("62", "Regnskab for havnen 2025", "noted", None),
                ("63", "Status for klimaplanen 2026", "noted", None),
                ("64", "Lokalplan 88, Nørreby", "postponed", None),
            ],
        ),
        (
            "62    Spørgsmål fra Ib Holm (O) om            Ingen afstemning\n      vejbelysning\n",
            [],
        ),
        (
            "62    Status for klimaplanen 2026             Ingen afstemning\n"
            "      Bemærkning: Punktet blev behandlet for åbne døre.\n",
            [],
        ),
    ],
)
def test_a_short_row_is_decided_by_its_remark(middle, expected):
    rows = _rows(middle)
    assert rows[0] == ("61", "Godkendelse af dagsorden", "adopted", None)
    assert rows[-1] == ("65", "Takster for affald 2027", "adopted", 19)
    assert rows[1:-1] == expected
