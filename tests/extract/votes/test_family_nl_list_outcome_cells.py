"""Dutch and Flemish decision lists: the outcome cell of an item.

- A bracket saying how the item was treated ('Conform voorstel (hamerstuk)', 'Aangenomen (bespreekstuk)') is no
  part of the outcome: the cell still records it.
- In a hard-wrapped besluitenlijst, an outcome line opening with 'Eenparig', 'Kennis genomen' or 'Akte genomen'
  stays on its own line under a title at full line width, so the item keeps its row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

TABLE = (
    "Gemeenteraad\nBesluitenlijst openbare vergadering van de gemeenteraad\nDatum: dinsdag 10 maart 2026\n\n"
    "| Nr.  | Onderwerp                          | Besluit                      | Stemming |\n"
    "|------|------------------------------------|------------------------------|----------|\n"
)


@pytest.mark.parametrize(
    ("cell", "outcome"),
    [
        ("Conform voorstel (hamerstuk)", "adopted"),
        ("Aangenomen (hamerstuk)", "adopted"),
        ("Conform raadsvoorstel (hamerstuk)", "adopted"),
        ("Vastgesteld (bespreekstuk)", "adopted"),
        ("Verworpen (bespreekstuk)", "rejected"),
    ],
)
def test_a_treatment_bracket_leaves_the_outcome(cell, outcome):
    text = TABLE + f"| 4.1  | Zienswijze ontwerpbegroting 2027 GGD | {cell} | Unaniem |\n"
    rows = vote_cells(text, "nl")
    assert [(case, subject, got) for case, subject, got, *_ in rows] == [
        ("4.1", "Zienswijze ontwerpbegroting 2027 GGD", outcome)
    ]


def test_a_treatment_bracket_alone_decides_nothing():
    text = TABLE + "| 4.1  | Zienswijze ontwerpbegroting 2027 GGD | Zie bijlage (hamerstuk) | - |\n"
    assert vote_cells(text, "nl") == []


WRAPPED = (
    "GEMEENTE TESTBY\nBesluitenlijst gemeenteraad\n\nZitting van maandag 23 november 2026\n\n"
    "1.  Goedkeuring van het verslag van de zitting van 26 oktober 2026 en bijlagen\n"
    "    Het verslag wordt goedgekeurd zonder opmerkingen van de raadsleden.\n\n"
    "2.  Kennisname jaarrapport organisatiebeheersing van de gemeente Testby\n"
    "    {outcome}\n\n"
    "3.  Verkoop van een perceel bouwgrond aan de Kerkstraat aan de sociale\n"
    "    huisvestingsmaatschappij, met de voorwaarden uit het ontwerp\n"
    "    Goedgekeurd met 17 stemmen voor en 10 stemmen tegen.\n"
)


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Kennis genomen.", "noted"),
        ("Akte genomen.", "noted"),
        ("Eenparig goedgekeurd.", "adopted"),
        ("Eenparig aanvaard.", "adopted"),
        ("Kennis genomen van het rapport.", "noted"),
    ],
)
def test_an_outcome_line_under_a_full_width_title_keeps_its_item(line, outcome):
    rows = vote_cells(WRAPPED.replace("{outcome}", line), "nl")
    assert [(case, got) for case, _, got, *_ in rows] == [("1", "adopted"), ("2", outcome), ("3", "adopted")]
    assert rows[1][1] == "Kennisname jaarrapport organisatiebeheersing van de gemeente Testby"


def test_a_sentence_under_a_title_is_no_outcome_line():
    text = WRAPPED.replace("{outcome}", "De schepen licht het rapport toe. Geen besluit.")
    assert [case for case, *_ in vote_cells(text, "nl")] == ["1", "3"]
