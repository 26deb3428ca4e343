"""A result line that gives its outcome, a dash and then the counts ('Uitslag: AANGENOMEN - 16 voor, 5 tegen') is the
item's decision with those counts, about the item it stands under, as the same line with the counts in brackets is.

Vote pages of Dutch councils write one such line per agenda item, motion and amendment, often in capitals, with a
hyphen, an en dash or an em dash. Look-alikes: a postponement followed by a dash and its reason ('AANGEHOUDEN - de
indiener ...') stays a postponement.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Griffie gemeente Testby\nStemmingsuitslagen raadsvergadering dinsdag 3 november 2026\n\n"

LINES = {
    "capitals hyphen": ("Uitslag: AANGENOMEN - 16 voor, 5 tegen", "adopted", 16, 5),
    "lower en dash": ("Resultaat: aangenomen – 22 voor, 9 tegen", "adopted", 22, 9),
    "rejected em dash": ("Uitslag: VERWORPEN — 8 voor, 13 tegen", "rejected", 8, 13),
    "besluit label": ("Besluit: verworpen - 11 voor, 14 tegen", "rejected", 11, 14),
    "stemming label": ("Stemming: VASTGESTELD - 27 voor, 2 tegen", "adopted", 27, 2),
    "no label": ("AANGENOMEN - 19 voor, 12 tegen", "adopted", 19, 12),
}


@pytest.mark.parametrize(("line", "outcome", "for_", "against"), LINES.values(), ids=LINES.keys())
def test_a_dash_counted_outcome_line_is_the_items_decision(line, outcome, for_, against):
    item = f"Agendapunt 7  Verordening parkeerbelastingen 2027\n{line}\n"
    rows = vote_cells(HEAD + item, "nl")
    assert [row[:5] for row in rows] == [("7", "Verordening parkeerbelastingen 2027", outcome, for_, against)]


def test_a_postponement_with_a_dashed_reason_stays_a_postponement():
    item = (
        "Agendapunt 8  Motie M4 (SP) Gratis openbaar vervoer\nUitslag: AANGEHOUDEN - de indiener houdt de motie aan.\n"
    )
    rows = vote_cells(HEAD + item, "nl")
    assert [row[:5] for row in rows] == [("8", "Motie M4 (SP) Gratis openbaar vervoer", "postponed", None, None)]
