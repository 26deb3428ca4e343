"""A Danish approval that counts only the votes against ("Godkendt med 4 stemmer imod (Ø 3, Å 1).", "Godkendt mod 4
stemmer (Ø).", "Indstillingen godkendt. Imod: 3 (Ø).", "..., idet 3 medlemmer (Ø) stemte imod.") gives votes_against
and the parties against, and no votes_for. Look-alikes: "med 15 stemmer" alone counts those for; "med 13 stemmer mod
12" and "med 20 stemmer for og 4 stemmer imod" are both counts, read as before.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Byrådet\nMødedato: 24-03-2026\n\n35. Anlægsbevilling til ny daginstitution\nBeslutning\n"
TITLE = "Anlægsbevilling til ny daginstitution"


def _cells(body: str) -> list[tuple]:
    return [cells[1:] for cells in vote_cells(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    ("body", "against", "parties"),
    [
        ("Godkendt med 4 stemmer imod (Ø 3, Å 1).", 4, {"Ø": 3, "Å": 1}),
        ("Godkendt mod 4 stemmer (Ø).", 4, {"Ø": 4}),
        ("Indstillingen godkendt. Imod: 3 (Ø).", 3, {"Ø": 3}),
        ("Indstillingen blev godkendt, idet 3 medlemmer (Ø) stemte imod.", 3, {"Ø": 3}),
        ("Vedtaget med 1 stemme imod (Å).", 1, {"Å": 1}),
        ("Anbefales mod 2 stemmer (F, Ø).", 2, None),
    ],
)
def test_an_approval_counting_only_those_against(body, against, parties):
    assert _cells(body) == [(TITLE, "adopted", None, against, parties)]


@pytest.mark.parametrize(
    ("body", "votes_for", "against", "parties"),
    [
        ("Vedtaget med 15 stemmer.", 15, None, None),
        ("Vedtaget med 13 stemmer mod 12.", 13, 12, None),
        ("Godkendt med 20 stemmer for og 4 stemmer imod (Ø).", 20, 4, {"Ø": 4}),
    ],
)
def test_counts_of_both_sides_read_as_before(body, votes_for, against, parties):
    assert _cells(body) == [(TITLE, "adopted", votes_for, against, parties)]
