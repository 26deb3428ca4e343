"""A Danish alternative vote that states each count before the option it went to ("Ved alternativ afstemning
stemte 4 for model 1 (A 3, F 1) og 3 for model 2 (V 2, O 1)"; the parties either after the count or after the
option): one row for the winning option, the votes for the loser are the votes against it (DATASET.md: one row
per vote). Look-alikes that must stay two rows or an ordinary count: two votes one after another, an amendment
and then the amended recommendation, and a 'For stemte N ... imod stemte M' count. All texts are written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, vote_cells

LEAD = "Indstilling:\nForvaltningen indstiller, at sagen godkendes.\nBeslutning:\n"


def _rows(text: str) -> list[tuple]:
    return [row[1:6] for row in vote_cells(CASE["da"] + LEAD + text + "\n", "da")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Ved alternativ afstemning stemte 4 for model 1 (A 3, F 1) og 3 for model 2 (V 2, O 1).",
            ("Model 1 (alternativ afstemning mod model 2)", "adopted", 4, 3, {"V": 2, "O": 1}),
        ),
        (
            "Ved alternativ afstemning stemte 4 (A, F) for model B og 3 (V, C) for\nmodel A. Udvalget anbefaler "
            "model B.",
            ("Model B (alternativ afstemning mod model A)", "adopted", 4, 3, None),
        ),
        (
            "Ved alternativ afstemning stemte 12 for Økonomiudvalgets indstilling\n(A, F, Ø, B), og 9 stemte for "
            "ændringsforslaget (V, C, O, I).",
            ("Økonomiudvalgets indstilling (alternativ afstemning mod ændringsforslaget)", "adopted", 12, 9, None),
        ),
        (
            "Ved den alternative afstemning stemte 5 for forslag A (V 3, C 2) og 10 for forslag B.",
            ("Forslag B (alternativ afstemning mod forslag A)", "adopted", 10, 5, {"V": 3, "C": 2}),
        ),
        (
            "Ved alternativ afstemning mellem de to forslag stemte 15 for Teknik- og Miljøudvalgets indstilling "
            "og 10 stemte for Venstres ændringsforslag (V 8, K 2).",
            (
                "Teknik- og Miljøudvalgets indstilling (alternativ afstemning mod Venstres ændringsforslag)",
                "adopted",
                15,
                10,
                {"V": 8, "K": 2},
            ),
        ),
        (
            "Ved alternativ afstemning stemte 7 for alternativ 1 (A 5, SF 2), mens 20 stemte for alternativ 2.",
            ("Alternativ 2 (alternativ afstemning mod alternativ 1)", "adopted", 20, 7, {"A": 5, "SF": 2}),
        ),
    ],
)
def test_counts_stated_before_each_option_make_one_row_for_the_winner(text, row):
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Ændringsforslaget fra V blev forkastet med 3 stemmer mod 12.\n"
            "Indstillingen blev herefter godkendt med 12 stemmer mod 3.",
            2,
        ),
        (
            "Ændringsforslaget fra V blev vedtaget med 15 stemmer mod 10.\n"
            "Indstillingen med den vedtagne ændring blev herefter godkendt med 21 stemmer mod 4.",
            2,
        ),
    ],
)
def test_two_votes_one_after_another_stay_two_rows(text, rows):
    assert len(_rows(text)) == rows


def test_a_for_and_against_count_is_no_alternative_vote():
    rows = _rows("For stemte 12 (A, F, Ø, B), imod stemte 9 (V, C, O, I).\nIndstillingen blev godkendt.")
    assert [(outcome, for_, against) for _, outcome, for_, against, _ in rows] == [("adopted", 12, 9)]
