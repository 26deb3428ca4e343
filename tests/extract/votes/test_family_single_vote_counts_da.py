"""A Danish count of one vote is written in the singular ("med 1 stemme for og 6 imod", "med 6 stemmer for og 1
stemme imod", "med én stemme for"): it is the same count as the plural's. Look-alikes: "med én stemmes flertal"
(a majority of one) gives no count, and a count in the plural keeps reading as before.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Økonomiudvalget\nMødedato: 13-11-2024\n\n205. Frigivelse af midler til landsbypuljen\nBeslutning\n"


def _counts(body: str) -> list[tuple]:
    return [(r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Forslaget faldt med 1 stemme for og 6 imod.", ("rejected", 1, 6)),
        ("Forslaget blev forkastet med 1 stemme for og 6 stemmer imod.", ("rejected", 1, 6)),
        ("Godkendt med 6 stemmer for og 1 stemme imod.", ("adopted", 6, 1)),
        ("Indstillingen blev godkendt med 6 stemmer for, 1 stemme imod.", ("adopted", 6, 1)),
        ("Ændringsforslaget faldt med én stemme for og 8 imod.", ("rejected", 1, 8)),
        ("Anbefales med 5 stemmer for og 1 stemme imod (Ø).", ("adopted", 5, 1)),
    ],
)
def test_a_count_of_one_in_the_singular_is_a_count(body, expected):
    assert _counts(body) == [expected]


def test_a_majority_of_one_is_no_count():
    assert _counts("Godkendt med én stemmes flertal.") == [("adopted", None, None)]


def test_plural_counts_read_as_before():
    assert _counts("Forslaget faldt med 2 stemmer for og 5 imod.") == [("rejected", 2, 5)]
