"""Family: a vote line labelled with the word for the vote's ratio or result (nl).

"Stemverhouding: aangenomen met 14 stemmen voor en 5 stemmen tegen (PVV 3, SP 2).", "Stemuitslag: verworpen
met 8 stemmen voor en 15 tegen.": the label names nothing; the row is the item's, about its title, with the
counts and parties of the line. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad van Dijkhoven\nDatum: 19 maart 2026\n\n"


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        (
            "Stemverhouding: aangenomen met 14 stemmen voor en 5 stemmen tegen (PVV 3, SP 2).",
            ("adopted", 14, 5, {"PVV": 3, "SP": 2}),
        ),
        ("Stemuitslag: verworpen met 8 stemmen voor en 15 stemmen tegen.", ("rejected", 8, 15, None)),
        ("Stemresultaat: aangenomen met 20 stemmen voor en 3 tegen (CDA 3).", ("adopted", 20, 3, {"CDA": 3})),
        ("Stemmingsuitslag: aangenomen met 17 stemmen voor en 6 tegen.", ("adopted", 17, 6, None)),
        ("Uitslag stemming: verworpen met 10 stemmen voor en 11 stemmen tegen.", ("rejected", 10, 11, None)),
        (
            "Stemverhouding:\naangenomen met 12 stemmen voor en 9 stemmen tegen (VVD 5, D66 4).",
            ("adopted", 12, 9, {"VVD": 5, "D66": 4}),
        ),
    ],
)
def test_a_labelled_vote_line_is_about_the_item(line, cells):
    text = HEAD + "6. Bestemmingsplan Kerkstraat 14-18\n" + line + "\n\n7. Sluiting\n"
    assert vote_cells(text, "nl") == [("6", "Bestemmingsplan Kerkstraat 14-18", *cells)]


@pytest.mark.parametrize(
    "line",
    [
        "Stemverhouding: zie bijlage.",
        "Stemming: geen.",
        "De stemverhouding in de raad is 15 zetels coalitie en 12 zetels oppositie.",
    ],
)
def test_a_ratio_label_without_an_outcome_is_no_row(line):
    assert vote_cells(HEAD + "6. Bestemmingsplan Kerkstraat 14-18\n" + line + "\n", "nl") == []


@pytest.mark.parametrize(
    "decision",
    ["Besluit: conform voorstel aangenomen.", "Besluit: aangenomen.", "Besluit:\nconform besloten."],
)
def test_a_ratio_line_under_a_bare_decision_adds_its_counts(decision):
    line = "Stemverhouding: aangenomen met 14 stemmen voor en 5 stemmen tegen (PVV 3, SP 2)."
    text = HEAD + "6. Bestemmingsplan Kerkstraat 14-18\n" + decision + "\n" + line + "\n"
    assert vote_cells(text, "nl") == [("6", "Bestemmingsplan Kerkstraat 14-18", "adopted", 14, 5, {"PVV": 3, "SP": 2})]
