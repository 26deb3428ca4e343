"""A bare Danish approval said to be given by the whole body ("Godkendt af et enigt udvalg.", "Vedtaget af en
samlet kommunalbestyrelse.") is unanimous and, like "Godkendt.", about the case: its title is the subject.
Look-alikes: a total amount ("et samlet beløb") states no unanimity, and a decision by a majority ("Godkendt af
et flertal i udvalget.") is not unanimous.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Miljø- og Teknikudvalget\nMødedato: 7. september 2026\n\nPunkt 115  Revision af affaldsregulativ\nBeslutning\n"


def _row(decision: str) -> tuple[str | None, str, bool | None]:
    (row,) = votes(HEAD + decision + "\n", "da")
    return row.subject, row.outcome, row.unanimous


@pytest.mark.parametrize(
    "decision",
    [
        "Godkendt af et enigt udvalg.",
        "Godkendt af et samlet udvalg.",
        "Vedtaget af en enig kommunalbestyrelse.",
        "Godkendt af et enigt økonomiudvalg.",
        "Tiltrådt af et samlet byråd.",
    ],
)
def test_an_approval_by_the_whole_body_is_unanimous_and_about_the_case(decision):
    assert _row(decision) == ("Revision af affaldsregulativ", "adopted", True)


def test_a_total_amount_states_no_unanimity():
    assert _row("Godkendt med et samlet beløb på 2 mio. kr.")[2] is None


def test_a_majority_is_not_unanimous():
    assert _row("Godkendt af et flertal i udvalget.")[2] is not True
