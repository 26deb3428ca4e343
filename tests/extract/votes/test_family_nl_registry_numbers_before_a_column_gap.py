"""Flemish decision lists may print an item's registry number as a column, its title after a gap and no dash
("2026_GR_00062  Jaarrekening 2025 - vaststelling"): the registry number is the case, the title the subject, as
with the dashed form ("2026_GR_00062 - Jaarrekening ...")."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

SESSION = "GEMEENTE TESTBY\nBesluitenlijst gemeenteraad\nZitting van maandag 11 mei 2026 om 20.00 uur\n\n"
SESSION += "Openbare zitting\n"
RULER = "_" * 60

ITEMS = [
    ("2026_GR_00062  Jaarrekening 2025 - vaststelling", "2026_GR_00062", "Jaarrekening 2025 - vaststelling"),
    ("2025_GR_00114\tRetributiereglement sporthal", "2025_GR_00114", "Retributiereglement sporthal"),
    ("2026_OCMWR_00031   Huishoudelijk reglement", "2026_OCMWR_00031", "Huishoudelijk reglement"),
    ("2024_GR_00007 Verkoop perceel Stationsstraat", "2024_GR_00007", "Verkoop perceel Stationsstraat"),
    ('2026_GR_00090  "Buurtbudgetten" - goedkeuring', "2026_GR_00090", '"Buurtbudgetten" - goedkeuring'),
]

RESULTS = [
    ("Goedgekeurd\nStemresultaat: Unaniem", "adopted"),
    ("Verworpen\nStemresultaat: 9 stemmen voor, 17 stemmen tegen", "rejected"),
    ("Verdaagd", "postponed"),
]


@pytest.mark.parametrize(("heading", "case", "title"), ITEMS)
@pytest.mark.parametrize(("result", "outcome"), RESULTS)
def test_a_registry_number_before_a_gap_is_the_case_and_the_rest_its_title(heading, case, title, result, outcome):
    rows = votes(f"{SESSION}{RULER}\n{heading}\n{result}\n{RULER}\n", "nl")
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [(case, title, outcome)]


def test_each_registry_numbered_item_between_rulers_is_a_case_of_its_own():
    text = SESSION + "".join(f"{RULER}\n{heading}\nGoedgekeurd\n" for heading, _, _ in ITEMS[:3]) + RULER + "\n"
    assert [(r.case_number, r.subject) for r in votes(text, "nl")] == [(case, title) for _, case, title in ITEMS[:3]]


def test_a_registry_number_opening_a_sentence_is_no_item_header():
    text = f"{SESSION}{RULER}\n2026_GR_00061 werd in de vorige zitting besproken.\nGoedgekeurd\n"
    assert all(r.subject != "werd in de vorige zitting besproken." for r in votes(text, "nl"))


def test_a_year_and_a_number_without_a_body_code_are_no_registry_number():
    text = f"{SESSION}{RULER}\n2026 00062  Jaarrekening 2025 - vaststelling\nGoedgekeurd\n"
    assert all(r.case_number != "2026 00062" for r in votes(text, "nl"))
