"""Danish: the minutes' sign-off that lists who approved the record ("Protokollen er godkendt af: Torben Lykke, Lise
Kjær, ...", "Referatet blev underskrevet af: ...") under an item's decision is no decision of that item
(models/votes/da.json `sign_offs`): the item keeps its own outcome, and an item whose decision is "Ingen." gives
no row. Look-alike: an agenda item approving the previous minutes ("Referatet blev godkendt.") is a decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Økonomiudvalget\nReferat\nMødedato: 14. april 2026\n\n"

SIGN_OFFS = [
    "Protokollen er godkendt af: Torben Lykke, Lise Kjær, Ole Hansen",
    "Referatet er godkendt af: Bo Risgaard (V), Helle Fisker (V), Anders Kvist (V)",
    "Beslutningsprotokollen blev underskrevet af: Mette Holm, Jens Bak",
    "Protokol godkendt af:\nKaren Nørby, Ulla Friis, Morten Kjær",
    "Referatet er signeret af : Peter Lund og Ib Kragh",
]


@pytest.mark.parametrize("sign_off", SIGN_OFFS)
def test_an_item_deciding_nothing_above_the_sign_off_gives_no_row(sign_off):
    text = HEAD + "12. Meddelelser\nFormanden orienterede om temamødet.\nBeslutning: Ingen.\n" + "=" * 60 + "\n"
    assert votes(text + sign_off + "\n", "da") == []


@pytest.mark.parametrize("sign_off", SIGN_OFFS)
def test_the_item_above_the_sign_off_keeps_its_own_outcome(sign_off):
    text = HEAD + "11. Salg af grund, Møllevej 3\nBeslutning:\nSagen blev udsat.\n\n" + sign_off + "\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "da")] == [("11", "postponed")]


def test_look_alike_approving_the_previous_minutes_is_a_decision():
    text = HEAD + "1. Godkendelse af referat fra mødet den 10. marts 2026\nBeslutning:\nReferatet blev godkendt.\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "da")] == [("1", "adopted")]
