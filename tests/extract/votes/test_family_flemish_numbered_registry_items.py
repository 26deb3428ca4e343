"""Flemish notulen number each agenda point and give its registry number before the title ("4. 2025_GR_00074 -
Verkoop perceel"): the point is the case number, the title is the subject of a decision that names nothing of
its own ("Goedgekeurd met 24 stemmen voor ...", "Eenparig goedgekeurd."), and every point is a case of its own."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

SESSION = "Gemeente Wingene\nNotulen gemeenteraad\nZitting van 24 maart 2025\n\nOpenbare zitting\n\n"

ITEMS = [
    (
        "1. 2025_GR_00031 - Aankoop van een perceel aan de Molenstraat",
        "Aankoop van een perceel aan de Molenstraat",
        "1",
    ),
    ("2. 2025/GR/0032 – Retributiereglement sporthal – wijziging", "Retributiereglement sporthal – wijziging", "2"),
    (
        "3. GR-2025-033 - Samenwerkingsovereenkomst met de bibliotheek",
        "Samenwerkingsovereenkomst met de bibliotheek",
        "3",
    ),
    ("12. 2025_OCMWR_00014 - Rechtspositieregeling personeel", "Rechtspositieregeling personeel", "12"),
    ("7 2025_GR_00107 — Meerjarenplan 2026-2031 - aanpassing", "Meerjarenplan 2026-2031 - aanpassing", "7"),
]

OUTCOMES = [
    ("Stemming op het ontwerpbesluit\nGoedgekeurd met 18 stemmen voor en 7 stemmen tegen.", "adopted", 18, 7),
    ("Besluit\nEenparig goedgekeurd.", "adopted", None, 0),
]


@pytest.mark.parametrize(("heading", "title", "point"), ITEMS)
@pytest.mark.parametrize(("result", "outcome", "yes", "no"), OUTCOMES)
def test_a_numbered_registry_item_is_the_case_and_its_title_the_subject(
    heading, title, point, result, outcome, yes, no
):
    rows = votes(f"{SESSION}{heading}\n{result}\n", "nl")
    assert [(r.case_number, r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        (point, title, outcome, yes, no)
    ]


def test_each_numbered_registry_item_is_a_case_of_its_own():
    text = SESSION + "\n\n".join(f"{heading}\nBesluit\nEenparig goedgekeurd." for heading, _, _ in ITEMS[:3])
    assert [(r.case_number, r.subject) for r in votes(text, "nl")] == [(point, title) for _, title, point in ITEMS[:3]]


def test_a_numbered_point_whose_text_is_a_sentence_is_no_registry_item():
    text = SESSION + "1. 2025_GR_00031 werd in de vorige zitting besproken en wordt hernomen.\nEenparig goedgekeurd.\n"
    assert all(r.subject != "werd in de vorige zitting besproken en wordt hernomen." for r in votes(text, "nl"))
