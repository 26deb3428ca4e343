"""A Danish vote page's result field gives the outcome with its unanimity right after it, no bracket or comma
between ("Resultat: Vedtaget enstemmigt", "Resultat: Godkendt enstemmigt (29 for, 0 imod)"); an item decided
without a vote says so before its bare outcome ("Ingen afstemning. Godkendt.", "Uden afstemning – vedtaget.").
Each is the decision of its item. Look-alikes: "Ingen afstemning." or "Ingen spørgsmål." alone decides nothing;
a result field that postpones stays postponed. All pages are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "AFSTEMNINGSRESULTATER\nByrådets møde tirsdag den 23. juni 2026 kl. 17.00\n\n"
    "Punkt 41  Takster for musikskolen 2027                 Sag 26/01111\n"
    "  Afstemning om: Børne- og Ungeudvalgets indstilling\n  Resultat:  Forkastet\n\n"
    "Punkt 42  Valg af nyt medlem til Ældrerådet             Sag 26/02221\n"
)


def _rows(body: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome, r.unanimous) for r in votes(HEAD + body, "da")][1:]


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("  Resultat:  Vedtaget enstemmigt\n", ("42", "Valg af nyt medlem til Ældrerådet", "adopted", True)),
        (
            "  Afstemning om: Økonomiudvalgets indstilling\n  Resultat:  Godkendt enstemmigt (29 for, 0 imod)\n",
            ("42", "Økonomiudvalgets indstilling", "adopted", True),
        ),
        ("  Resultat: Tiltrådt enstemmigt.\n", ("42", "Valg af nyt medlem til Ældrerådet", "adopted", True)),
        ("  Ingen afstemning. Godkendt.\n", ("42", "Valg af nyt medlem til Ældrerådet", "adopted", None)),
        ("  Uden afstemning – vedtaget.\n", ("42", "Valg af nyt medlem til Ældrerådet", "adopted", None)),
        ("  Ingen afstemning: Godkendt enstemmigt.\n", ("42", "Valg af nyt medlem til Ældrerådet", "adopted", True)),
    ],
)
def test_a_result_with_its_unanimity_or_after_no_vote_is_the_items_decision(body, row):
    assert _rows(body) == [row]


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        ("  Ingen afstemning.\n", []),
        ("  Ingen spørgsmål.\n", []),
        ("  Resultat: Udsat\n", [("42", "Valg af nyt medlem til Ældrerådet", "postponed", None)]),
    ],
)
def test_no_vote_alone_decides_nothing_and_a_postponement_stays_one(body, rows):
    assert _rows(body) == rows
