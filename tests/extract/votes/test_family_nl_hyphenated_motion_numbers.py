"""Griffies number motions and amendments with a hyphen as well as without ("Motie M-11", "Amendement A-03",
"Motie M 4"): a hyphenated number is a motion's number like "M11": the vote's subject is the motion cited by that
number and its quoted title ("Motie M-11 Warme maaltijd voor ouderen", test_family_nl_cited_proposal_titles)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Stemmingsuitslagen raadsvergadering donderdag 19 november 2026\n\n"
HEAD += "Agendapunt 6 - Programmabegroting 2027-2030\n\n"

LABELS = [
    ('Amendement A-03 "Sportaccommodaties niet duurder"', "Amendement A-03 Sportaccommodaties niet duurder"),
    ('Motie M-11 "Warme maaltijd voor ouderen"', "Motie M-11 Warme maaltijd voor ouderen"),
    ('Motie M-4a "Onderzoek gratis parkeren"', "Motie M-4a Onderzoek gratis parkeren"),
    ('Amendement A-12 (VVD) "Geen hogere tarieven"', "Amendement A-12 (VVD) Geen hogere tarieven"),
    ('Motie M-2 "Groen schoolplein"', "Motie M-2 Groen schoolplein"),
]

RESULTS = [
    ("Uitslag: Aangenomen", "adopted"),
    ("Uitslag: verworpen", "rejected"),
    ("Ingediend door: CDA\nUitslag: Aangehouden", "postponed"),
]


@pytest.mark.parametrize(("label", "title"), LABELS)
@pytest.mark.parametrize(("result", "outcome"), RESULTS)
def test_a_hyphenated_motion_number_keeps_the_quoted_title(label, title, result, outcome):
    rows = votes(f"{HEAD}{label}\n{result}\n", "nl")
    assert [(r.subject, r.outcome) for r in rows] == [(title, outcome)]


def test_a_date_with_hyphens_is_no_motion_number():
    rows = votes(f"{HEAD}Motie van 12-03 over het schoolplein\nUitslag: verworpen\n", "nl")
    assert all(r.subject != "12-03" for r in rows)
