"""Families of Dutch decision lists (nl), all text written for these tests:

- an item header with its number, a dash and its title ("4 - Verordening parkeerbelasting 2026", "12 – Nota
  grondbeleid"): a case header like "4. Titel", so the decision under it is that item's;
- the council putting the item off in the active voice ("De raad verdaagt het punt.", "De gemeenteraad houdt het
  voorstel aan tot ...", "De raad stelt de besluitvorming uit ..."): postponed, about the item;
- the council deciding to take a document for information ("De raad besluit het jaarverslag ter kennisname aan te
  nemen.", "De raad neemt het rapport ter kennisname aan."): noted, about the item;
- a motion or amendment listed with its outcome and counts after a dash on its own line ("M2 Titel (VVD) – verworpen
  met 10 tegen 17 stemmen"): a row named by the entry as written, with those counts.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Waterland\nBesluitenlijst gemeenteraad 14 mei 2026\n\n"


@pytest.mark.parametrize(
    ("header", "number", "title"),
    [
        ("4 - Verordening parkeerbelasting 2026", "4", "Verordening parkeerbelasting 2026"),
        ("12 – Nota grondbeleid", "12", "Nota grondbeleid"),
        ("7 — Subsidieregeling sport", "7", "Subsidieregeling sport"),
        ("3.2 - Jaarrekening 2025 Veiligheidsregio", "3.2", "Jaarrekening 2025 Veiligheidsregio"),
        ("9 - Zienswijze begroting GGD", "9", "Zienswijze begroting GGD"),
    ],
)
def test_a_number_dash_title_line_opens_the_item(header, number, title):
    (row,) = votes(HEAD + f"{header}\nConform besloten.\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == (number, title, "adopted")


def test_a_dashed_list_line_inside_an_item_is_no_header():
    text = HEAD + "5. Kadernota\nDe raad besluit:\n1 - de kadernota vast te stellen;\nZo besloten.\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")] == [("5", "adopted")]


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad verdaagt het punt.",
        "De raad verdaagt het punt naar de vergadering van 11 juni 2026.",
        "De gemeenteraad houdt het voorstel aan tot na de zomer.",
        "De raad stelt de besluitvorming uit naar de vergadering van juni.",
        "De raad verdaagde het agendapunt op verzoek van het college.",
        "De gemeenteraad hield het raadsvoorstel aan in afwachting van het advies.",
    ],
)
def test_the_council_putting_the_item_off_is_a_postponement(sentence):
    (row,) = votes(HEAD + f"6. Bestemmingsplan Havenkwartier\n{sentence}\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("6", "Bestemmingsplan Havenkwartier", "postponed")


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad besluit het jaarverslag ter kennisname aan te nemen.",
        "De raad besluit het jaarverslag voor kennisgeving aan te nemen.",
        "De gemeenteraad besluit om het rapport voor kennisgeving aan te nemen.",
        "De raad neemt het jaarverslag ter kennisname aan.",
        "De gemeenteraad neemt het verslag ter kennisname aan.",
    ],
)
def test_deciding_to_take_the_item_for_information_is_noted(sentence):
    (row,) = votes(HEAD + f"3. Jaarverslag klachten 2025\n{sentence}\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("3", "Jaarverslag klachten 2025", "noted")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("M1 Zwerfafval aanpakken (D66) – aangenomen met 20 voor en 7 tegen", ("adopted", 20, 7)),
        ("M2 Geen windturbines bij de dijk (VVD) – verworpen met 10 tegen 17 stemmen", ("rejected", 10, 17)),
        ("M3 Meer handhaving (CDA) - verworpen met 12 stemmen voor en 15 stemmen tegen", ("rejected", 12, 15)),
        ("Motie 4 Warme school (SP) — aangenomen met 25 stemmen voor en 2 tegen", ("adopted", 25, 2)),
        ("A1 Extra geld voor sport (PvdA) – verworpen, 11 voor / 16 tegen", ("rejected", 11, 16)),
        ("M6 Bankjes langs de dijk (PvdD) – aangehouden", ("postponed", None, None)),
    ],
)
def test_an_entry_with_its_outcome_after_a_dash_is_a_row_named_by_the_entry(line, expected):
    (row,) = votes(HEAD + f"7. Moties vreemd aan de orde\n{line}\n", "nl")
    assert row.subject == line.split(" –")[0].split(" -")[0].split(" —")[0]
    assert (row.outcome, row.votes_for, row.votes_against) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Toelichting - aangenomen moties worden door het college uitgevoerd",
        "Een motie - aangenomen of niet - wordt altijd gepubliceerd",
    ],
)
def test_a_dash_in_prose_about_motions_is_no_row(line):
    text = HEAD + "7. Moties vreemd aan de orde\nM1 Zwerfafval aanpakken (D66): aangenomen\n\n" + line + "\n"
    assert [r.subject for r in votes(text, "nl")] == ["M1 Zwerfafval aanpakken (D66)"]


@pytest.mark.parametrize(
    "line",
    [
        "Stemresultaat: geheime stemming - goedgekeurd",
        "Stemming: schriftelijk – aangenomen",
        "Uitslag: na hoofdelijke stemming - verworpen",
    ],
)
def test_a_labelled_field_before_the_dash_is_no_entry(line):
    rows = votes(HEAD + f"8. Aanstelling van een waarnemend directeur\n{line}\n", "nl")
    assert "geheime" not in " ".join(r.subject or "" for r in rows)
    assert all(":" not in (r.subject or "") for r in rows)
