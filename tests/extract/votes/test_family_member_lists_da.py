"""Danish vote lines that name the members instead of a number ("For stemte: Ole Brink (V), Hanne Skov
(A) og Thomas Friis (V).", "Imod stemte: Jonas Hald (Ø) og Pia Kragh (O), idet ..."): the members are
counted into votes_for / votes_against, and those against by party. A stated number wins over a count.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Økonomiudvalget\n\nMødedato: 12. september 2023\n\n114. Frigivelse af anlægsmidler til cykelsti\n\n"


def _row(decision: str) -> tuple:
    rows = votes(f"{HEAD}Beslutning\n\n{decision}\n", "da")
    assert len(rows) == 1
    r = rows[0]
    return r.outcome, r.votes_for, r.votes_against, r.against_parties, r.unanimous


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        (
            "Anbefales over for Byrådet.\nFor stemte: Ole Brink (V), Hanne Skov (A), Mads Tofte (C), Birgit Lund (A)"
            " og Thomas Friis (V).\nImod stemte: Jonas Hald (Ø) og Pia Kragh (O).",
            ("adopted", 5, 2, '{"Ø":1,"O":1}', False),
        ),
        (
            "Godkendt.\nFor stemte: Anne Berg (A), Per Holm (A) og Lis Dam (F).\nImod stemte: Ib Kjær (V).",
            ("adopted", 3, 1, '{"V":1}', False),
        ),
        (
            "Indstillingen blev godkendt.\nFor stemte: Karen Møller (S), Jens Bak (SF), Ole Vind (RV) og Mia Krogh (S)."
            "\nImod stemte: Bo Lind (DF), Eva Kok (DF) og Kim Hald (V), idet de ønsker en mindre ramme.",
            ("adopted", 4, 3, '{"DF":2,"V":1}', False),
        ),
        (
            "For stemte: Martin Sand (V) og Jette Holm (C).\nImod stemte: Kasper Ny (A), Trine Bæk (F), Said Lund (Ø),"
            " Ulla Brix (B) og Peter Krog (A).\nForslaget er dermed bortfaldet.",
            ("rejected", 2, 5, '{"A":2,"F":1,"Ø":1,"B":1}', False),
        ),
        (
            "Anbefales.\nFor stemte: Lone Friis (A), Erik Dahl (C), Ane Vest (A), Hans Nør (O) og Sif Ravn (F)\n"
            "Imod stemte: Knud Bay (Ø)",
            ("adopted", 5, 1, '{"Ø":1}', False),
        ),
    ],
)
def test_members_named_in_vote_lines_are_counted(decision, expected):
    assert _row(decision) == expected


def test_a_stated_number_wins_over_the_members_named():
    decision = "Godkendt.\nFor stemte 7 (A, F, B).\nImod stemte 2: Martin Sand (V) og Jette Holm (C)."
    assert _row(decision)[1:3] == (7, 2)


@pytest.mark.parametrize(
    "decision",
    [
        "Godkendt.\nBirgit Lund (A) deltog ikke i behandlingen.",
        "Godkendt.\nFraværende: Ole Brink (V) og Pia Kragh (O).",
        "Godkendt.\nMads Tofte (C) og Jonas Hald (Ø) tog forbehold.",
        "Godkendt.\nFormanden Ole Brink (V) stemte for at sende sagen videre.",
        "Godkendt.\nFor udvalget: Ole Brink (V) og Pia Kragh (O).",
    ],
)
def test_members_named_outside_a_vote_line_are_not_counted(decision):
    assert _row(decision)[1:3] == (None, None)
