"""A Norwegian decision block that only says the matter was taken for information, in any case and with
or without a unanimity word ("Tatt til orientering.", "Enstemmig tatt til orientering.", "Samrøystes teke
til vitande."), is `noted` and names nothing: the case title is its subject.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("decision", "language"),
    [
        ("Tatt til orientering.", "nb"),
        ("Enstemmig tatt til orientering.", "nb"),
        ("Tatt til etterretning.", "nb"),
        ("Tas til orientering.", "nb"),
        ("Samrøystes teke til vitande.", "nn"),
        ("Teke til orientering.", "nn"),
        ("Teken til vitande samrøystes.", "nn"),
    ],
)
def test_a_bare_noting_decision_is_noted_and_about_the_case(decision, language):
    rows = votes(f"{CASE[language]}Vedtak:\n{decision}\n", language)
    assert [(r.subject, r.outcome) for r in rows] == [("Budsjett 2024", "noted")]
