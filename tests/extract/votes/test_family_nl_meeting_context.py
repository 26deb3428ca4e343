"""Family: meeting context of Dutch and Flemish decision lists and minutes (nl).

The date and body come from the header in whatever shape it is written; a sentence that mentions
another meeting's date is no header. Case headers ("Agendapunt 4c", "RV 24-031", "Punt 3.") give
the item number and title. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

ITEM = "\n\n4. Verordening parkeerbelastingen 2025\n\nBesluit: aangenomen met algemene stemmen.\n"


@pytest.mark.parametrize(
    ("header", "date", "body"),
    [
        (
            "Besluitenlijst van de openbare vergadering van de gemeenteraad van Zandwijk d.d. 12 maart 2024",
            "2024-03-12",
            "gemeenteraad",
        ),
        ("Raadsvergadering 12-03-2024", "2024-03-12", "gemeenteraad"),
        ("Vergadering van dinsdag 9 april 2024", "2024-04-09", "gemeenteraad"),
        ("Datum: 9 april 2024, 19.30 uur", "2024-04-09", "gemeenteraad"),
        ("Zitting van 25 juni 2024", "2024-06-25", "gemeenteraad"),
        ("Gemeenteraad van 25.06.2024", "2024-06-25", "Gemeenteraad"),
        ("Notulen van de gemeenteraad van donderdag 7 november 2024", "2024-11-07", "gemeenteraad"),
        ("Besluitenlijst raadsvergadering 2024-10-31", "2024-10-31", "gemeenteraad"),
        ("Openbare zitting gemeenteraad 3 februari 2025", "2025-02-03", "gemeenteraad"),
        ("Gemeenteraad – zitting van maandag 16 december 2024", "2024-12-16", "Gemeenteraad"),
    ],
)
def test_a_meeting_header_in_any_shape_dates_the_decisions_below(header, date, body):
    (row,) = votes(header + ITEM, "nl")
    assert (row.meeting_date, row.body.lower(), row.case_number) == (date, body.lower(), "4")


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("Raadscommissie Ruimte d.d. 14 mei 2024", "Raadscommissie Ruimte"),
        ("Commissie Bestuur en Middelen van 14 mei 2024", "Commissie Bestuur en Middelen"),
        ("OCMW-raad van 14.05.2024", "OCMW-raad"),
        ("Provinciale Staten 14 mei 2024", "Provinciale Staten"),
        ("Algemeen bestuur, 14 mei 2024", "Algemeen bestuur"),
    ],
)
def test_the_body_named_in_the_header_is_the_deciding_body(header, body):
    (row,) = votes(header + ITEM, "nl")
    assert (row.body, row.meeting_date) == (body, "2024-05-14")


@pytest.mark.parametrize(
    ("case_header", "case_number", "title"),
    [
        ("Agendapunt 4c Grondexploitatie De Hoven", "4c", "Grondexploitatie De Hoven"),
        ("Agendapunt 7.b: Jaarstukken 2023", "7.b", "Jaarstukken 2023"),
        ("Punt 3. Aanpassing rechtspositieregeling", "3", "Aanpassing rechtspositieregeling"),
        ("Punt 12: Reglement op de begraafplaatsen", "12", "Reglement op de begraafplaatsen"),
        ("RV 24-031 Vaststellen Integraal Huisvestingsplan", "24-031", "Vaststellen Integraal Huisvestingsplan"),
        ("15. Retributiereglement markten - goedkeuring", "15", "Retributiereglement markten - goedkeuring"),
    ],
)
def test_a_case_header_gives_number_and_title(case_header, case_number, title):
    text = "Gemeenteraad\n\nZitting van 25 juni 2024\n\n" + case_header + "\n\nUnaniem aangenomen.\n"
    (row,) = votes(text, "nl")
    assert (row.case_number, row.subject, row.meeting_date) == (case_number, title, "2024-06-25")


@pytest.mark.parametrize(
    "sentence",
    [
        "De notulen van de zitting van 28 mei 2024 worden goedgekeurd.",
        "Het verslag van de vergadering van 13 februari 2024 is vastgesteld.",
        "De notulen van de zitting van 28.05.2024 werden goedgekeurd.",
        "Het besluit van de raadsvergadering van 9 april 2024 wordt uitgevoerd.",
        "De besluitenlijst van de vergadering van 5 maart 2024 wordt ongewijzigd vastgesteld.",
    ],
)
def test_a_sentence_naming_an_earlier_meeting_does_not_change_the_meeting_date(sentence):
    text = (
        "Gemeenteraad\n\nZitting van 25 juni 2024\n\n1. Notulen\n\n"
        + sentence
        + "\n\n2. Retributiereglement sporthal\n\nGoedgekeurd met 17 stemmen voor en 6 stemmen tegen.\n"
    )
    rows = votes(text, "nl")
    assert [r.meeting_date for r in rows] == ["2024-06-25"] * len(rows)
    assert rows[-1].case_number == "2"
