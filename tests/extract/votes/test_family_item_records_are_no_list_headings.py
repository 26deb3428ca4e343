"""An item's own record may take several lines (ballots, counts, then "Uitslag: Benoemd"); its last line stands
right above the next item. It closes the item above, it is no heading deciding the items below: the next item's
amendments and motions, each with its own result, stay votes of their own."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Stemmingsuitslagen raadsvergadering donderdag 19 november 2026\n\n"

RECORDS = [
    "Agendapunt 5 - Benoeming commissielid Ruimte\n  Uitgebrachte stemmen: 22 voor mevrouw L. Vermeulen, 3 blanco\n"
    "  Uitslag: Benoemd\n",
    "Agendapunt 5 - Benoeming lid rekenkamer\n  Schriftelijke stemming: 20 stemmen voor, 2 blanco.\n"
    "  Uitslag: benoemd\n",
    "Agendapunt 5 - Verordening jeugdhulp\n  Voor: CDA, VVD, SGP\n  Tegen: PVV\n  Uitslag: Aangenomen\n",
    "Agendapunt 5 - Belastingverordeningen 2027\n  Hoofdelijke stemming op verzoek van de VVD.\n"
    "  Uitslag: aangenomen\n",
    "Agendapunt 5 - Zienswijze begroting\n  Uitslag: Aangenomen\n",
]

ITEM = (
    "Agendapunt 6 - Programmabegroting 2027-2030\n\n"
    '  Amendement A3 "Sportaccommodaties niet duurder"\n  Ingediend door: VVD\n  Uitslag: Aangenomen\n'
    "  Voor (14): CDA (6), VVD (4), PVV (4)\n  Tegen (11): SGP (3), D66 (8)\n\n"
    '  Motie M12 "Onderzoek gratis parkeren"\n  Ingediend door: CDA\n  Uitslag: Aangehouden\n'
)


@pytest.mark.parametrize("record", RECORDS)
def test_the_votes_under_the_next_item_keep_their_own_subjects(record):
    rows = votes(HEAD + record + ITEM, "nl")
    assert [(r.case_number, r.subject, r.outcome) for r in rows if r.case_number == "6"] == [
        ("6", "Amendement A3 Sportaccommodaties niet duurder", "adopted"),
        ("6", "Motie M12 Onderzoek gratis parkeren", "postponed"),
    ]


def test_a_heading_giving_the_outcome_of_the_items_below_still_decides_them():
    text = HEAD + "Zonder stemming aangenomen:\n3. Verordening afvalstoffen\n4. Verordening marktgelden\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")] == [("3", "adopted"), ("4", "adopted")]


def test_a_result_line_after_a_blank_line_is_not_the_record_of_the_item_above():
    text = HEAD + "Agendapunt 5 - Zienswijze begroting\n\nHamerstukken, zonder stemming aangenomen:\n"
    text += "6. Verordening afvalstoffen\n7. Verordening marktgelden\n"
    assert {(r.case_number, r.outcome) for r in votes(text, "nl")} >= {("6", "adopted"), ("7", "adopted")}
