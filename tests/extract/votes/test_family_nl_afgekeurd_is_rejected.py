"""'Afgekeurd' (Flemish and Dutch for turned down) is a rejection wherever 'verworpen' or 'afgewezen' is one: an item's
proposal, amendment or regulation 'wordt afgekeurd' is rejected, never read as adopted or as nothing. Look-alikes:
'goedgekeurd' stays adopted, and an adjective 'afgekeurde' naming an earlier refusal decides nothing by itself."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

VL_HEAD = "Notulen gemeenteraad\n\nZitting van donderdag 12 maart 2026\n\n5. Verkoop pastorij Zogge\n"
NL_HEAD = "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nAgendapunt 7 – Nota grondbeleid 2026\n"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (VL_HEAD + "Het reglement wordt afgekeurd met 6 stemmen voor en 15 stemmen tegen.\n", (6, 15)),
        (VL_HEAD + "Het voorstel wordt afgekeurd.\n", (None, None)),
        (VL_HEAD + "Besluit: afgekeurd.\n", (None, None)),
        (VL_HEAD + "Het ontwerp van besluit werd afgekeurd met 9 stemmen voor en 16 stemmen tegen.\n", (9, 16)),
        (NL_HEAD + "Het raadsvoorstel wordt afgekeurd met 12 stemmen voor en 17 stemmen tegen.\n", (12, 17)),
        (NL_HEAD + "Besluit: afgekeurd.\n", (None, None)),
    ],
)
def test_afgekeurd_is_a_rejection(text, counts):
    rows = votes(text, "nl")
    assert [(r.outcome, r.votes_for, r.votes_against) for r in rows] == [("rejected", *counts)]


@pytest.mark.parametrize(
    "text",
    [
        VL_HEAD + "Het reglement wordt goedgekeurd met 15 stemmen voor en 6 stemmen tegen.\n",
        VL_HEAD + "De vorig jaar afgekeurde aanvraag wordt nu goedgekeurd met 15 stemmen voor en 6 stemmen tegen.\n",
    ],
)
def test_goedgekeurd_and_an_earlier_refusal_stay_adopted(text):
    assert [r.outcome for r in votes(text, "nl")] == ["adopted"]
