"""Family 6 in Danish: vote pages with one line per member, name lists behind counts, and the chair's casting vote."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADER = "Byrådet\nMødedato: 27-01-2020\n12. Lokalplan for boliger\n\n"


@pytest.mark.parametrize(
    ("page", "votes_for", "votes_against", "parties"),
    [
        (
            "Afstemning ved navneopråb:\nMette Hansen (A): For\nLars Jensen (V): Imod\nJens Ravn (F): For\n"
            "Pia Holm (O): Imod\nOle Bak (A): For\nKim Lund (V): Undlod\nForslaget blev vedtaget.\n",
            3,
            2,
            '{"V":1,"O":1}',
        ),
        (
            "Beslutning\nMette Hansen | Socialdemokratiet | For\nLars Jensen | Venstre | Imod\nJens Ravn | SF | For\n"
            "Pia Holm | Dansk Folkeparti | Imod\nOle Bak | Løsgænger | For\n",
            3,
            2,
            '{"Venstre":1,"Dansk Folkeparti":1}',
        ),
        (
            "Beslutning\nFor stemte 3: Mette Hansen (A), Jens Ravn (F) og Ole Bak (Løsgænger).\n"
            "Imod stemte 2: Lars Jensen (V) og Pia Holm (O).\n",
            3,
            2,
            '{"V":1,"O":1}',
        ),
        (
            "Stemmeafgivning:\nAnne Berg (Socialdemokratiet) – For\nBent Dahl (Venstre) – Imod\n"
            "Carla Ebbe (Enhedslisten) – For\nDan Falk (Venstre) – Imod\nEva Gram (Socialdemokratiet) – For\n",
            3,
            2,
            '{"Venstre":2}',
        ),
        (
            "Beslutning\nImod stemte 3: Ulla Winther (O), Vagn Yde (O) og Åse Øst (Løsgænger).\n"
            "For stemte 4: Per Lind (A), Rita Mos (A), Sune Ny (B) og Tove Ris (F).\nIndstillingen blev godkendt.\n",
            4,
            3,
            '{"O":2,"Løsgænger":1}',
        ),
    ],
)
def test_danish_member_pages_and_name_lists_are_counted(page, votes_for, votes_against, parties):
    (row,) = votes(HEADER + page, "da")
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (
        "adopted",
        votes_for,
        votes_against,
        False,
    )
    assert row.against_parties == parties


@pytest.mark.parametrize(
    "sentence",
    [
        "Indstillingen blev godkendt med 3 stemmer for og 3 imod, idet borgmesterens stemme var udslagsgivende.",
        "Godkendt med 7 stemmer mod 7, idet formandens stemme var afgørende.",
        "Forslaget blev vedtaget med 12 stemmer for og 12 imod ved borgmesterens udslagsgivende stemme.",
        "Vedtaget ved formandens udslagsgivende stemme (5 for, 5 imod).",
        "Indstillingen blev vedtaget, idet formandens stemme var afgørende.",
    ],
)
def test_the_chairs_casting_vote(sentence):
    (row,) = votes(HEADER + "Beslutning\n" + sentence + "\n", "da")
    assert (row.outcome, row.casting_vote) == ("adopted", True)
