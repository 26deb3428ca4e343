"""Vote lines under a decision block that name each side by party without a count ("Stemmen voor: N-VA, Vooruit;
stemmen tegen: Groen"): someone voted against, so the decision is not unanimous, and the counts stay unknown.
Layouts varied: both sides on one line split by a semicolon, one line per side, a colon label with the decision
on the same line or the next, the against side first, other parties. Look-alikes: a decision block without vote
lines keeps unanimity unknown, and "met algemene stemmen" stays unanimous. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeenteraad\n\nZitting van 16 maart 2026\n\n8. Retributiereglement parkeren\n"


def _row(block: str) -> tuple:
    (row,) = votes(HEAD + block, "nl")
    return row.outcome, row.unanimous, row.votes_for, row.votes_against


@pytest.mark.parametrize(
    "block",
    [
        "Besluit: De gemeenteraad keurt het reglement goed.\nStemmen voor: Open Vld, Samen; stemmen tegen: Groen\n",
        "Besluit:\nDe gemeenteraad keurt het reglement goed.\nStemmen voor: CD&V, Vooruit\nStemmen tegen: Groen\n",
        "Besluit: De gemeenteraad keurt het reglement goed.\nStemmen tegen: Groen, Vooruit\nStemmen voor: N-VA, CD&V\n",
        "Besluit:\nHet reglement wordt goedgekeurd.\nStemmen voor: N-VA\nStemmen tegen: Vooruit, Groen\n",
        "Besluit: Het reglement wordt goedgekeurd.\nStemmen voor: Open Vld, CD&V; stemmen tegen: Groen, N-VA\n",
    ],
)
def test_sides_named_without_counts_make_the_decision_not_unanimous(block):
    assert _row(block) == ("adopted", False, None, None)


def test_a_block_without_vote_lines_keeps_unanimity_unknown():
    assert _row("Besluit: De gemeenteraad keurt het reglement goed.\n") == ("adopted", None, None, None)


def test_general_assent_stays_unanimous():
    assert _row("Besluit: De gemeenteraad keurt het reglement goed.\nMet algemene stemmen.\n")[:2] == ("adopted", True)
