"""A vote written as count sentences run together on one line, with or without an 'Afstemning:' label ("Afstemning:
For 2 (F, Ø). Imod 3 (A, V, C).", "For 14 (A, F), imod 11 (V, C, O), undlod 2 (Ø)."): each option's count is read as
on a line of its own, so the decision carries the counts and the outcome they give. Look-alikes: "For 2 år siden
..." counts no vote, and a 'For' count with no 'Imod' count after it stays unread."""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Økonomiudvalget\nMødedato: 3. februar 2026\n\n8. Ny parkeringsstrategi\nBeslutning:\n"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Afstemning: For 2 (F, Ø). Imod 3 (A, V, C).\n", ("rejected", 2, 3, None)),
        ("Afstemning: For 14 (A, F). Imod 11 (V, C, O). Forslaget blev vedtaget.\n", ("adopted", 14, 11, None)),
        ("For 14 (A, F), imod 11 (V, C, O), undlod 2 (Ø).\n", ("adopted", 14, 11, None)),
        ("For 9; imod 16. Indstillingen faldt.\n", ("rejected", 9, 16, None)),
        ("Afstemning: For 20 (A 9, V 5, F 4, Ø 2). Imod 5 (C 3, O 2).\n", ("adopted", 20, 5, {"C": 3, "O": 2})),
        ("Afstemning: for 4 (A, F). Imod 3 (V).\n", ("adopted", 4, 3, {"V": 3})),
    ],
)
def test_count_sentences_on_one_line_are_the_vote(block, expected):
    rows = votes(HEAD + block, "da")
    assert [
        (r.outcome, r.votes_for, r.votes_against, json.loads(r.against_parties) if r.against_parties else None)
        for r in rows
    ] == [expected]


@pytest.mark.parametrize(
    "block",
    [
        "Godkendt. For 2 år siden blev en lignende sag udsat.\n",
        "Godkendt. For 3 af projekterne er der givet tilsagn.\n",
    ],
)
def test_a_for_phrase_that_counts_no_vote_is_no_count(block):
    rows = votes(HEAD + block, "da")
    assert [(r.outcome, r.votes_for, r.votes_against) for r in rows] == [("adopted", None, None)]
