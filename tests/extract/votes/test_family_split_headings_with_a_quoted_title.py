"""An agenda item whose heading breaks before its quoted title ("9. Motie vreemd aan de orde van de dag M2
(SP, PvdD):" / "'Stop de verkoop van vuurwerk'", or "3." / "“Kermis op het plein”"): the quote marks do not hide
the title, so the number is the row's case number. A quoted lower-case clause or a quoted sentence under a numbered
line is the text of a decision point, not an item's title.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Testdam\nBesluitenlijst van de gemeenteraad\nVergadering van donderdag 12 februari 2026\n\n"
FIRST = "2. Vaststellen van de agenda\nBesluit: de agenda wordt ongewijzigd vastgesteld.\n\n"


@pytest.mark.parametrize(
    ("item", "case", "outcome"),
    [
        (
            "9. Motie vreemd aan de orde van de dag M2 (SP, PvdD):\n'Stop de verkoop van vuurwerk aan minderjarigen'\n"
            "Besluit: verworpen met 3 stemmen voor en 21 tegen.\n",
            "9",
            "rejected",
        ),
        ('7. Motie M4 (CDA):\n"Behoud de bibliotheek in Zuilichem"\nBesluit: aangenomen.\n', "7", "adopted"),
        ("12. Amendement A2 van de VVD:\n“Lagere leges voor verenigingen”\nBesluit: verworpen.\n", "12", "rejected"),
        (
            "5. Toegevoegd punt van raadslid Els Peeters (Groen):\n„Gratis zwemmen voor kinderen“\n"
            "Besluit: op verzoek van de indiener aangehouden.\n",
            "5",
            "postponed",
        ),
        ("3.\n'Kermis op het Marktplein'\nBesluit: unaniem aangenomen.\n", "3", "adopted"),
    ],
)
def test_a_heading_broken_before_its_quoted_title_numbers_the_item(item, case, outcome):
    rows = votes(HEAD + FIRST + item, "nl")
    assert [(r.case_number, r.outcome) for r in rows] == [("2", "adopted"), (case, outcome)]


def test_a_quoted_clause_under_a_numbered_point_is_no_item():
    text = HEAD + (
        "6. Omgevingsvisie Testdam 2040\nBesluit:\n1. De raad besluit:\n'de omgevingsvisie vast te stellen'\n"
        "Aangenomen met algemene stemmen.\n"
    )
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")] == [("6", "adopted")]


def test_a_quoted_sentence_under_a_numbered_point_is_no_item():
    text = HEAD + (
        "6. Omgevingsvisie Testdam 2040\nBesluit:\n1. De raad besluit:\n"
        "'De omgevingsvisie wordt vastgesteld en het college rapporteert jaarlijks.'\n"
        "Aangenomen met algemene stemmen.\n"
    )
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")] == [("6", "adopted")]
