"""Family (da): a labelled vote line listing several parties each with its count ("Imod:   V (3), C (2), O (1)",
"For: A (9), F (2) og Ø (1)"), as the 'Imod stemte:' lines are read: every party counts, not only the first.
Look-alikes: one count after a list of parties ("For: A, F, Ø, B (15)") is that list's total, and a single party
with its count ("Imod: V (3)") stays a one-party line.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import CASE, votes


def _cells(text: str) -> list[tuple]:
    rows = votes(CASE["da"] + text + "\n", "da")
    return [(r.votes_for, r.votes_against, json.loads(r.against_parties) if r.against_parties else None) for r in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Afstemning:\n  For:    A, F, Ø, B (15)\n  Imod:   V (3), C (2), O (1)\nLokalplanen er vedtaget.",
            (15, 6, {"V": 3, "C": 2, "O": 1}),
        ),
        (
            "Afstemning:\nFor: A (9), F (2) og Ø (1)\nImod: V (5), O (2)\nIndstillingen blev godkendt.",
            (12, 7, {"V": 5, "O": 2}),
        ),
        (
            "Indstillingen blev godkendt.\nFor: A (11), B (2)\nImod: C (3), D (1), I (1)",
            (13, 5, {"C": 3, "D": 1, "I": 1}),
        ),
        ("Forslaget blev forkastet.\nFor: Ø (2), F (1)\nImod: A (9), V (6)", (3, 15, {"A": 9, "V": 6})),
        (
            "Indstillingen blev godkendt.\nStemmer for: A (7), SF (2)\nStemmer imod: V (4), LA (1)",
            (9, 5, {"V": 4, "LA": 1}),
        ),
    ],
)
def test_every_party_on_a_labelled_line_counts(text: str, expected: tuple) -> None:
    assert _cells(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indstillingen blev godkendt.\nFor: A, F, Ø, B (15)\nImod: V (3)", (15, 3, {"V": 3})),
        ("Indstillingen blev godkendt.\nFor: A, B (12)\nImod: C, O (4)", (12, 4, None)),
    ],
)
def test_one_count_after_a_list_is_its_total(text: str, expected: tuple) -> None:
    assert _cells(text) == [expected]
