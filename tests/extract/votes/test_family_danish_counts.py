"""Family 5: Danish counted votes in every shape (da)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADER = "Byrådet\n\nMødedato: 27. januar 2020\n\n12. Lokalplan for boliger\n\n"


@pytest.mark.parametrize(
    ("text", "outcome", "votes_for", "votes_against"),
    [
        (
            "Beslutning\nFor stemte 17 (A, B og SF)\nImod stemte 6 (V, I og O)\nUndlod at stemme 2 (C)\n",
            "adopted",
            17,
            6,
        ),
        ("Forslaget blev forkastet med 29 stemmer imod 18.\n", "rejected", 18, 29),
        ("Indstillingen blev vedtaget med 31 stemmer mod 19, 3 undlod.\n", "adopted", 31, 19),
        (
            "Afstemning: For stemte 20 (A, F, Ø), imod stemte 11 (V, C, O).\nIndstillingen blev vedtaget.\n",
            "adopted",
            20,
            11,
        ),
        ("For stemte: A, B, F og Ø (15 stemmer). Imod stemte: V og O (10 stemmer)\n", "adopted", 15, 10),
        ("Indstillingen blev vedtaget med 21 stemmer for og 4 imod.\n", "adopted", 21, 4),
    ],
)
def test_danish_counted_votes(text, outcome, votes_for, votes_against):
    (row,) = votes(HEADER + text, "da")
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (outcome, votes_for, votes_against, False)


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against", "parties"),
    [
        ("Godkendt med 21 stemmer for (A, F, Ø og løsgænger Per Hansen) og 4 imod (V og O).\n", 21, 4, None),
        ("Indstillingen blev vedtaget med 20 stemmer for, 5 imod og 2 der undlod at stemme.\n", 20, 5, None),
        (
            "Afstemning:\nFor: 15 (A, F, Ø)\nImod: 10 (V, C, O)\nUndlod: 2 (I)\nIndstillingen er godkendt.\n",
            15,
            10,
            None,
        ),
        ("Godkendt med 23 stemmer for. 2 stemte imod (O).\n", 23, 2, '{"O":2}'),
        ("Anbefalingen blev godkendt med 19 stemmer for og 8 stemmer imod (V og O).\n", 19, 8, None),
        ("Beslutning\nFor stemte 17 (A, B og SF)\nImod stemte 6 (V, I og O)\nUndlod at stemme 2 (C)\n", 17, 6, None),
    ],
)
def test_danish_counts_with_brackets_colons_and_members(text, votes_for, votes_against, parties):
    (row,) = votes(HEADER + text, "da")
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (
        "adopted",
        votes_for,
        votes_against,
        False,
    )
    assert row.against_parties == parties
    assert row.subject not in ("Beslutning", "Afstemning:")


@pytest.mark.parametrize(
    "text",
    [
        "Et flertal (A, F og Ø) godkendte indstillingen. Et mindretal (V og O) stemte imod.\n",
        "Godkendt. V og O stemte imod.\n",
        "Indstillingen blev godkendt, idet Dansk Folkeparti stemte imod.\n",
        "Anbefales, idet Ø ikke kan anbefale.\n",
        "Godkendt. Liberal Alliance og Nye Borgerlige kan ikke godkende.\n",
    ],
)
def test_parties_against_without_counts_make_the_vote_not_unanimous(text):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.unanimous, row.votes_against, row.against_parties) == ("adopted", False, None, None)


@pytest.mark.parametrize(
    "text",
    ["Godkendt. C tager forbehold.\n", "Godkendt.\nFraværende: Lars Jensen (V)\n", "Anbefales. B tager forbehold.\n"],
)
def test_a_reservation_or_an_absence_is_no_vote_against(text):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.unanimous) == ("adopted", None)
