"""A Danish proposal that lapses in inverted word order: the verb before the proposal after a fronted clause or
adverb ("Da der var stemmelighed, bortfaldt forslaget.", "Dermed faldt ændringsforslaget.", "Ved stemmelighed
faldt forslaget.") is rejected, about the proposal it names, never adopted. Look-alikes: a proposal adopted after a
tie, and "faldt" about something else than a proposal.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Teknik- og Miljøudvalget\nMødedato: 02-03-2026\n\n8. Forslag fra Rikke Lund (Ø) om gratis parkering\n"
    "Beslutning\nRikke Lund (Ø) stillede forslag om:\n\"Parkering ved stationen er gratis i weekenden.\"\n"
)
SUBJECT = "Parkering ved stationen er gratis i weekenden"


@pytest.mark.parametrize(
    "line",
    [
        "Da der var stemmelighed, bortfaldt forslaget.",
        "Dermed faldt forslaget.",
        "Ved stemmelighed faldt forslaget.",
        "For stemte 4, imod stemte 4. Da stemmerne stod lige, faldt forslaget.",
        "Herefter bortfaldt forslaget, idet der var stemmelighed.",
        "Hermed bortfaldt ændringsforslaget.",
    ],
)
def test_a_proposal_lapsing_in_inverted_order_is_rejected(line):
    rows = [(r.subject.rstrip("."), r.outcome) for r in votes(HEAD + line + "\n", "da")]
    assert rows == [(SUBJECT, "rejected")]


def test_a_proposal_adopted_after_a_tie_is_adopted():
    rows = votes(HEAD + "Forslaget blev vedtaget, idet formandens stemme var udslagsgivende ved stemmelighed.\n", "da")
    assert [r.outcome for r in rows] == ["adopted"]


def test_prices_that_fell_are_no_lapse():
    rows = votes(HEAD + "Da renten steg, faldt priserne.\nForslaget blev vedtaget.\n", "da")
    assert [r.outcome for r in rows] == ["adopted"]
