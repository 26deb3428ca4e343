"""Danish votes called on a member's proposal ("Lise Bergs forslag blev sat til afstemning." then
"Forslaget blev forkastet."): the result is about that member's proposal, moved by that member.
Unanimity written after the verb ("Indstillingen blev godkendt enstemmigt.") counts like before it.
A party's proposal called to vote names no member.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\n\nMødedato: 21. marts 2024\n\nPunkt 42 Medlemsforslag om gratis bus\n\n"


def _rows(text: str) -> list[tuple]:
    rows = votes(f"{HEAD}Beslutning i Byrådet den 21. marts 2024\n{text}\n", "da")
    return [(r.outcome, r.subject, r.proposer, r.votes_for, r.votes_against, r.unanimous) for r in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lise Bergs forslag blev sat til afstemning.\nFor stemte 3 (Ø).\nImod stemte 26 (A, B, C, SF, V, O og Æ)."
            "\nForslaget blev forkastet.",
            ("rejected", "Lise Bergs forslag", "Lise Berg", 3, 26, False),
        ),
        (
            "Jens Holm Nielsens ændringsforslag blev sat til afstemning.\nForslaget blev forkastet.",
            ("rejected", "Jens Holm Nielsens ændringsforslag", "Jens Holm Nielsen", None, None, None),
        ),
        (
            "Anne Dahls medlemsforslag blev sat til afstemning.\nFor stemte 12 (V, C).\nImod stemte 17 (A, F, Ø).\n"
            "Forslaget blev forkastet.",
            ("rejected", "Anne Dahls medlemsforslag", "Anne Dahl", 12, 17, False),
        ),
        (
            "Peter Krogs forslag sættes til afstemning.\nForslaget blev vedtaget.",
            ("adopted", "Peter Krogs forslag", "Peter Krog", None, None, None),
        ),
        (
            "Mette Bak Holms tillægsforslag blev bragt til afstemning.\nForslaget blev godkendt enstemmigt.",
            ("adopted", "Mette Bak Holms tillægsforslag", "Mette Bak Holm", None, 0, True),
        ),
    ],
)
def test_a_vote_called_on_a_members_proposal_is_about_it(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Indstillingen blev godkendt enstemmigt.",
        "Indstillingen blev godkendt, enstemmigt.",
        "Indstillingen blev enstemmigt godkendt.",
        "Indstillingen er godkendt enstemmigt.",
        "Sagen blev vedtaget enstemmigt.",
    ],
)
def test_unanimity_after_the_verb_is_unanimity(text):
    assert [(r[0], r[5], r[4]) for r in _rows(text)] == [("adopted", True, 0)]


def test_a_partys_proposal_called_to_vote_names_no_member():
    text = "Venstres forslag blev sat til afstemning.\nForslaget blev forkastet."
    assert [r[2] for r in _rows(text)] == [None]
