"""Danish minutes that close with the day the record was approved ("Referatet er godkendt den 13.05.2026.") sign
the record off: no decision of the last case (an 'Eventuelt' item that decided nothing stays without a row).
Look-alikes: a case approving an earlier meeting's minutes keeps its row, and a case decision dated in its sentence
("Planen er godkendt den 12. maj 2026 med virkning fra 1. juli.") is a decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Økonomiudvalget\n\nMødedato: 12. maj 2026\n\n"
LAST = "7. Eventuelt\n\nBeslutning\nIntet.\n\n"


@pytest.mark.parametrize(
    "footer",
    [
        "Referatet er godkendt den 13.05.2026.\n",
        "Underskriftsblad: Lise Vandborg, Peter Linde\nReferatet er godkendt den 13. maj 2026.\n",
        "Referatet blev godkendt den 14-05-2026\n",
        "Beslutningsprotokollen er godkendt den 13.05.2026.\n",
        "Protokollen er godkendt den 15/5 2026.\n",
    ],
)
def test_minutes_approved_on_a_day_are_no_decision(footer):
    assert votes(HEAD + LAST + footer, "da") == []


def test_an_item_approving_earlier_minutes_keeps_its_row():
    text = HEAD + "1. Godkendelse af referat fra mødet den 14. april 2026\n\nBeslutning\nGodkendt.\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "da")] == [("1", "adopted")]


def test_a_decision_dated_in_its_sentence_is_a_row():
    text = HEAD + "4. Parkeringsplan\n\nBeslutning\nPlanen er godkendt den 12. maj 2026 med virkning fra 1. juli.\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "da")] == [("4", "adopted")]
