"""Family: a committee step or decision line giving its outcome, then the count lines of that vote.

"Byrådet, 18. maj 2026: Godkendt." followed (no blank line) by "For stemte: A, F, Ø (15)" / "Imod stemte:
V, O (9)" records one decision: the count lines are its vote, not a second row back in the meeting's own
context. The same shape in Norwegian ("Vedtatt." / "For: Ap, Sp (17)") and Dutch ("Besluit: aangenomen." /
"Voor: VVD, CDA (19)"). Count lines after a blank line under a new proposal, and a second step with its own
count lines, stay decisions of their own. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

DA = "Byrådet\n\nReferat af møde 18. maj 2026\n\nSag 12  Lokalplan 88 – boliger ved Skovvej\n\n"
TITLE = "Lokalplan 88 – boliger ved Skovvej"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            DA + "Teknisk Udvalg, 4. maj 2026: Anbefales.\n\nByrådet, 18. maj 2026: Godkendt.\n"
            "For stemte: A, F, Ø (15)\nImod stemte: V, O (9)\nUndlod at stemme: C (2)\n",
            "da",
            ("12", TITLE, "adopted", 15, 9, None),
        ),
        (
            DA + "Kommunalbestyrelsen, 18. maj 2026: Vedtaget.\n- For stemte: A, F, Ø (15)\n- Imod stemte: V, O (9)\n",
            "da",
            ("12", TITLE, "adopted", 15, 9, None),
        ),
        (
            DA + "Beslutning i Byrådet den 18. maj 2026: Godkendt.\nFor stemte: A, B, F (14)\nImod stemte: V (11)\n"
            "Undlod at stemme: C (2)\n",
            "da",
            ("12", TITLE, "adopted", 14, 11, {"V": 11}),
        ),
        (
            DA + "Byrådet, 18.05.2026: Godkendt.\n  For stemte:  A (5), V (6), C (2)\n  Imod stemte: Ø (2)\n",
            "da",
            ("12", TITLE, "adopted", 13, 2, {"Ø": 2}),
        ),
        (
            "Bystyret\n\nMøtedato: 14.11.2023\n\nPS 41/23 Reguleringsplan for Storgata\n\n"
            "Bystyrets behandling 14.11.2023:\nVedtatt.\nFor: Ap, Sp (17)\nMot: H, FrP (8)\n",
            "nb",
            ("41/23", "Reguleringsplan for Storgata", "adopted", 17, 8, None),
        ),
        (
            "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nAgendapunt 7 Klimaatadaptatie\n\n"
            "Besluit: aangenomen.\nVoor: VVD, CDA (19)\nTegen: PVV (4)\n",
            "nl",
            ("7", "Klimaatadaptatie", "adopted", 19, 4, {"PVV": 4}),
        ),
    ],
)
def test_count_lines_under_an_outcome_line_are_its_vote(text, language, expected):
    assert vote_cells(text, language) == [expected]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_counts_of_a_new_proposal_below_the_decision_are_that_proposal_s(gap):
    text = (
        DA + "Byrådet, 18. maj 2026: Godkendt." + gap + "Ændringsforslag fra V om at udsætte sagen:\n"
        "For stemte: V, O (9)\nImod stemte: A, F, Ø (15)\nÆndringsforslaget blev forkastet.\n"
    )
    assert vote_cells(text, "da") == [
        ("12", TITLE, "adopted", None, None, None),
        ("12", "Ændringsforslag fra V om at udsætte sagen", "rejected", 9, 15, None),
    ]


def test_an_amendment_under_the_counted_decision_keeps_its_own_counts():
    text = (
        DA + "Byrådet, 18. maj 2026: Godkendt.\nFor stemte: A, F, Ø (15)\nImod stemte: V (9)\n\n"
        "Ændringsforslag fra O om en ny vej blev forkastet med 3 stemmer mod 21.\n"
    )
    assert vote_cells(text, "da") == [
        ("12", TITLE, "adopted", 15, 9, {"V": 9}),
        ("12", "Ændringsforslag fra O om en ny vej", "rejected", 3, 21, None),
    ]


def test_two_steps_each_with_their_count_lines_are_two_decisions():
    text = (
        DA + "Økonomiudvalget, 4. maj 2026: Anbefales.\nFor stemte: A, F (6)\nImod stemte: V (3)\n\n"
        "Byrådet, 18. maj 2026: Godkendt.\nFor stemte: A, F, Ø (15)\nImod stemte: V, O (9)\n"
    )
    rows = vote_cells(text, "da")
    assert [(r[2], r[3], r[4]) for r in rows] == [("adopted", 6, 3), ("adopted", 15, 9)]
