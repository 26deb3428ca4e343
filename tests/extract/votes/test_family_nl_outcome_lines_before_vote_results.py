"""Family: short outcome lines followed by their vote result on the same line (nl).

Flemish besluitenlijsten record each vote under an item as "<what> <outcome>. Stemresultaat: <counts>."
("Amendement verworpen. Stemresultaat: ...", "Reglement goedgekeurd. Stemresultaat: ...", "Niet goedgekeurd.
Stemresultaat: ..."). Each such line is its own row with its own counts. A generic noun for the item
("Reglement", "De verkoop") is about the item's title; "Niet goedgekeurd" rejects the item. A line whose
outcome word is inside a longer sentence stays that sentence's row. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Besluitenlijst gemeenteraad\nZitting van donderdag 12 maart 2026\n\n"


@pytest.mark.parametrize(
    ("line", "outcome", "counts"),
    [
        ("Reglement goedgekeurd. Stemresultaat: 20 ja-stemmen, 7 neen-stemmen.", "adopted", (20, 7)),
        ("Verkoop goedgekeurd. Stemming: 15 ja-stemmen, 12 neen-stemmen.", "adopted", (15, 12)),
        ("Het reglement goedgekeurd. Stemresultaat: 18 ja-stemmen, 9 neen-stemmen.", "adopted", (18, 9)),
        ("Niet goedgekeurd. Stemresultaat: 4 ja-stemmen, 23 neen-stemmen.", "rejected", (4, 23)),
        ("Overeenkomst aangenomen. Uitslag: 25 ja-stemmen, 2 neen-stemmen.", "adopted", (25, 2)),
    ],
)
def test_a_generic_outcome_line_is_about_the_item(line, outcome, counts):
    text = HEAD + "04  Retributiereglement op de markten - herziening\n    " + line + "\n"
    assert vote_cells(text, "nl") == [("04", "Retributiereglement op de markten - herziening", outcome, *counts, None)]


def test_an_amendment_line_and_the_item_line_are_two_rows():
    text = (
        HEAD
        + "05  Subsidiereglement jeugdwerking - herziening\n"
        + "    Amendement ingediend door de fractie Groen: hogere werkingstoelage.\n"
        + "    Amendement verworpen. Stemresultaat: 3 ja-stemmen, 17 neen-stemmen, 7 onthoudingen.\n"
        + "    Reglement goedgekeurd. Stemresultaat: 20 ja-stemmen, 7 onthoudingen.\n"
    )
    rows = vote_cells(text, "nl")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("05", "rejected", 3, 17), ("05", "adopted", 20, None)]
    assert rows[1][1] == "Subsidiereglement jeugdwerking - herziening"


@pytest.mark.parametrize(
    "line",
    [
        "Het voorstel om de markt te verplaatsen wordt niet goedgekeurd. Stemresultaat: 4 ja-stemmen.",
        "De raad merkt op dat het reglement niet goedgekeurd is. Stemming: geen.",
    ],
)
def test_a_sentence_is_not_a_short_outcome_line(line):
    text = HEAD + "04  Retributiereglement op de markten - herziening\n    " + line + "\n"
    assert all(r[1] not in ("Niet", "Reglement") for r in vote_cells(text, "nl"))
