"""A Danish vote may say in words that nobody voted against ("med 19 stemmer for, ingen imod", "Ingen stemte
imod."): the count against is 0, so the vote is unanimous (models/votes/da.json `number_words`, "ingen" is 0 in
the `count` fragment). Look-alikes: "Ingen bemærkninger." records nothing; "ingen stemte for" is 0 for, not a
unanimous adoption; a count against that is written stays as written.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nBeslutningsprotokol\nTorsdag den 26. februar 2026\n\nPunkt 14  Planstrategi 2026\nBeslutning\n"


@pytest.mark.parametrize(
    ("decision", "votes_for"),
    [
        ("Indstillingen godkendt med 19 stemmer for, ingen imod.", 19),
        ("Indstillingen godkendt med 19 stemmer for. Ingen stemte imod.", 19),
        ("Udvalgets indstilling godkendt med 27 stemmer.\nIngen stemte imod. Venstre (3) undlod at stemme.", 27),
        ("Godkendt med 25 stemmer for, ingen\nimod.", 25),
        ("Godkendt. Ingen stemte imod.", None),
        ("Vedtaget med 21 stemmer for og ingen imod.", 21),
    ],
)
def test_nobody_against_in_words_is_a_unanimous_vote(decision, votes_for):
    rows = votes(HEAD + decision + "\n", "da")
    assert [(r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in rows] == [("adopted", True, votes_for, 0)]


def test_no_remarks_record_nothing():
    assert votes(HEAD + "Ingen bemærkninger.\n", "da") == []


def test_nobody_for_is_no_unanimous_adoption():
    rows = votes(HEAD + "Forslaget faldt, idet ingen stemte for.\n", "da")
    assert [(r.outcome, r.votes_for, r.unanimous) for r in rows] == [("rejected", 0, None)]


def test_a_written_count_against_stays():
    rows = votes(HEAD + "Godkendt med 19 stemmer for og 4 imod.\n", "da")
    assert [(r.unanimous, r.votes_for, r.votes_against) for r in rows] == [(False, 19, 4)]
