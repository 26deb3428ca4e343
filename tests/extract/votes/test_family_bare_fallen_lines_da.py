"""A decision block that records a rejection by the verb alone, without naming what fell ("Faldt med 6 stemmer mod
19.", "Beslutning: Faldt med 11 mod 14 stemmer.", "Bortfaldt med 3 stemmer mod 22.", "Faldt."): the case was
rejected, with the counts the line gives, about the case. Look-alikes: a figure that fell in a report sentence
("Prisen faldt med 3 procent") rejects nothing, and a named proposal that fell stays that proposal's row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunalbestyrelsen\nMødedato: 27. januar 2026\n\n12. Ny skolestruktur\n"


@pytest.mark.parametrize(
    ("block", "counts"),
    [
        ("Beslutning:\nFaldt med 6 stemmer mod 19.\n", (6, 19)),
        ("Beslutning:\nFaldt med 9 stemmer imod 16.\n", (9, 16)),
        ("Beslutning: Faldt med 11 mod 14 stemmer.\n", (11, 14)),
        ("Beslutning:\nBortfaldt med 3 stemmer mod 22 (A, V, C og Ø).\n", (3, 22)),
        ("Beslutning:\nFaldt.\n", (None, None)),
        ("Beslutning: Faldt\n", (None, None)),
    ],
)
def test_a_bare_fallen_line_rejects_the_case(block, counts):
    rows = votes(HEAD + block, "da")
    assert [(r.case_number, r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        ("12", "Ny skolestruktur", "rejected", *counts)
    ]


def test_a_figure_that_fell_rejects_nothing():
    rows = votes(HEAD + "Beslutning:\nGodkendt.\nOmsætningen faldt med 12 mio. kr. i 2025.\n", "da")
    assert [(r.subject, r.outcome) for r in rows] == [("Ny skolestruktur", "adopted")]


def test_a_named_proposal_that_fell_keeps_its_name():
    rows = votes(HEAD + "Beslutning:\nIndstillingen blev godkendt. Ændringsforslaget faldt.\n", "da")
    assert ("Ændringsforslaget", "rejected") in [(r.subject, r.outcome) for r in rows]
