"""Families: motions numbered in many shapes, and appointments (nl).

Councils number motions and amendments by letter and number ("M5", "A1a"), by year and number
("2024-12", "M24-07", "2024/3") or plainly ("nr. 5"); an outcome line below refers back to the
numbered heading. An appointment is recorded as "Mevrouw X is benoemd." or "De heer Y wordt gekozen
tot voorzitter." and is a decision about the agenda item. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen gemeenteraad\n\nRaadsvergadering van donderdag 7 november 2024\n\nAgendapunt 9. Begroting 2025\n\n"


@pytest.mark.parametrize(
    ("heading", "outcome_line", "ident"),
    [
        ("Motie 2024-12 (VVD) 'Meer bomen in de wijk'", "De motie wordt verworpen.", "2024-12"),
        ("Motie M24-07 van de fractie van D66: Meer bomen in de wijk", "De motie is aangenomen.", "M24-07"),
        ("Amendement 2024/3 'Meer bomen in de wijk' (PvdA)", "Het amendement wordt aangenomen.", "2024/3"),
        ("Motie nr. 5 (CDA) Meer bomen in de wijk", "De motie wordt verworpen.", "nr. 5"),
        ("Amendement A1a (ChristenUnie) 'Meer bomen in de wijk'", "Het amendement is verworpen.", "A1a"),
    ],
)
def test_an_outcome_refers_to_the_numbered_heading_above(heading, outcome_line, ident):
    (row,) = votes(HEAD + heading + "\n\n" + outcome_line + "\n", "nl")
    assert ident in row.subject
    assert "Meer bomen" in row.subject
    assert row.proposer_party is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Mevrouw Jansen is benoemd.",
        "De heer P. de Vries wordt benoemd tot lid van de rekenkamercommissie.",
        "Mevrouw El Amrani is met algemene stemmen gekozen.",
        "Dhr. Bakker wordt herbenoemd als plaatsvervangend voorzitter.",
        "Bij schriftelijke stemming worden 27 stembriefjes ingeleverd. Zij is gekozen.",
    ],
)
def test_an_appointment_is_a_decision_about_the_item(sentence):
    text = "Notulen gemeenteraad\n\nRaadsvergadering van donderdag 7 november 2024\n\n"
    text += "Agendapunt 7. Benoeming lid rekenkamercommissie\n\n" + sentence + "\n"
    (row,) = votes(text, "nl")
    assert (row.case_number, row.subject, row.outcome) == ("7", "Benoeming lid rekenkamercommissie", "adopted")


@pytest.mark.parametrize(
    "sentence",
    [
        "Mevrouw Jansen werd in 2019 benoemd tot wethouder.",
        "De heer De Vries is gekozen tot fractievoorzitter van de VVD, meldt de griffie.",
        "Motie 2024 was een jaar met veel moties.",
    ],
)
def test_a_past_appointment_or_a_year_is_no_row(sentence):
    assert votes(HEAD + sentence + "\n", "nl") == []
