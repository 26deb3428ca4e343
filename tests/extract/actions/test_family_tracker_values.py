"""Tracker status values of one or two words (written for these tests): a closed case is completed,
a withdrawn one cancelled, an open one in progress; the same words inside a sentence about
something else ("Vejen er lukket i uge 12") state no status."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.status import classify
from tests.extract.actions.helpers import rows

VALUES = [
    ("nn", "Trekt", "cancelled"),
    ("nn", "Trekt attende", "cancelled"),
    ("nn", "Lukka", "completed"),
    ("nn", "Open", "in_progress"),
    ("nb", "Trukket", "cancelled"),
    ("nb", "Trukket tilbake", "cancelled"),
    ("nb", "Lukket", "completed"),
    ("nb", "Åpen", "in_progress"),
    ("da", "Trukket", "cancelled"),
    ("da", "Trukket tilbage", "cancelled"),
    ("da", "Lukket.", "completed"),
    ("da", "Åben", "in_progress"),
    ("nl", "Gesloten", "completed"),
    ("nl", "Afgesloten", "completed"),
    ("nl", "Open", "in_progress"),
    ("nl", "Ingetrokken", "cancelled"),
    ("da", "Vejen er lukket i uge 12.", "unknown"),
    ("nb", "Veien er stengt i uke 12.", "unknown"),
]


@pytest.mark.parametrize(("language", "value", "status"), VALUES)
def test_short_tracker_values_give_their_status(language, value, status):
    assert classify(value, language).status == status


def test_a_follow_up_table_with_open_closed_and_withdrawn_rows():
    text = (
        "Vedtaksoppfølging\nSaksnr.\tVedtak\tStatus\n24/3\tNy gapahuk\tLukka\n24/7\tNy bru\tTrekt\n24/9\tNy benk\tOpen"
    )
    assert rows(text, "nn") == [
        ("24/3", "Ny gapahuk", "completed"),
        ("24/7", "Ny bru", "cancelled"),
        ("24/9", "Ny benk", "in_progress"),
    ]
