"""A list numbered in a gutter left of one bar ("3  | Title", the item's next lines "   | Approved.") reads as plain
numbered items: the number then the title, the lines opening on the bar as the item's own lines. A box's side (a bar
with no numbered line beside it), a pipe table's row (more bars) and one lone numbered line keep their layout."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import clean_lines
from tests.extract.votes.helpers import votes

# own lists: other councils, numbering styles (dot, sub-number, letter), gaps, wrapped titles, no blank lines
GUTTERS = [
    (
        "Openbare vergadering\n\n"
        "1  | Vaststelling van de agenda\n   | Ongewijzigd vastgesteld.\n\n"
        "2  | Grondexploitatie Zuidrand 2026\n   | Aangenomen met 19 stemmen voor en 6 stemmen tegen.\n",
        ["1 Vaststelling van de agenda", "Ongewijzigd vastgesteld.", "", "2 Grondexploitatie Zuidrand 2026"],
    ),
    (
        "4.1 | Belastingreglement op tweede verblijven\n    | Goedgekeurd met 15 stemmen voor en 8 onthoudingen.\n"
        "4.2 | Retributie op het gebruik van de sporthal\n    | Verdaagd.\n",
        ["4.1 Belastingreglement op tweede verblijven", "Goedgekeurd met 15 stemmen voor en 8 onthoudingen."],
    ),
    (
        "12. | Kennisname jaarverslag intergemeentelijke vereniging\n    | Kennis genomen.\n"
        "13. | Aankoop perceel aan de Dorpsstraat\n    | Goedgekeurd.\n",
        ["12. Kennisname jaarverslag intergemeentelijke vereniging", "Kennis genomen."],
    ),
    (
        "7a | Motie over de bibliotheek in de kern\n   | van Noordwijk\n   | Verworpen (9 voor, 16 tegen).\n"
        "7b | Motie over het zwembad\n   | Aangenomen.\n",
        ["7a Motie over de bibliotheek in de kern", "van Noordwijk", "Verworpen (9 voor, 16 tegen)."],
    ),
    (
        "Sag | Beslutning\n5 | Budgetopfølgning 1. kvartal\n  | Godkendt.\n6 | Ny skolestruktur\n  | Udsat.\n",
        ["Sag | Beslutning", "5 Budgetopfølgning 1. kvartal", "Godkendt."],
    ),
]


@pytest.mark.parametrize(("raw", "head"), GUTTERS)
def test_a_gutter_numbered_list_reads_as_numbered_items(raw, head):
    lines = clean_lines(raw)
    start = lines.index(head[0])
    assert lines[start : start + len(head)] == head


# look-alikes: a box's sides, a table with bars between cells, one lone numbered line, a bar list with no number
KEPT = [
    "|  Resultat: FALT      For: 6\n|  Mot: 9\n",
    "| 4 | Vaststellen agenda | 24 |\n| 5 | Begroting 2026 | 20 |\n",
    "3 | Jaarrekening\n| Vastgesteld.\n\nOverige punten volgen.\n",
    "Nr | Onderwerp\n1 | Agenda\n2 | Notulen\n",
    "| Toelichting bij de stemming\n| De fractie stemt tegen.\n",
]


@pytest.mark.parametrize("raw", KEPT)
def test_a_look_alike_keeps_its_bars(raw):
    assert any("|" in line for line in clean_lines(raw))


def test_a_gutter_list_of_decisions_gives_one_row_per_item_under_its_title():
    text = (
        "GEMEENTERAAD\nZitting van 14 oktober 2026\n\nOpenbare zitting\n----------------\n"
        "1  | Goedkeuring notulen vorige zitting\n   | Goedgekeurd met eenparigheid van stemmen.\n\n"
        "2  | Aanpassing meerjarenplan 2026-2031\n   | Vastgesteld met 14 stemmen voor, 9 stemmen tegen.\n\n"
        "3  | Reglement op de buurtfeesten\n   | Verdaagd naar de zitting van 18 november 2026 (advies\n"
        "   | van de adviesraad ontbreekt).\n\n"
        "4  | Jaarverslag woonmaatschappij\n   | Kennis genomen.\n"
    )
    rows = votes(text, "nl")
    assert [(r.subject, r.outcome, r.meeting_date) for r in rows] == [
        ("Goedkeuring notulen vorige zitting", "adopted", "2026-10-14"),
        ("Aanpassing meerjarenplan 2026-2031", "adopted", "2026-10-14"),
        ("Reglement op de buurtfeesten", "postponed", "2026-10-14"),
        ("Jaarverslag woonmaatschappij", "noted", "2026-10-14"),
    ]
