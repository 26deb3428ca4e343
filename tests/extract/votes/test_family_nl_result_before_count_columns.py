"""Family (nl): a vote-results list whose outcome cell stands before the count cells ("Nr. | Onderwerp | Uitslag |
Voor | Tegen", Flemish "Nr. | Onderwerp | Besluit | Ja | Nee | Onth."), a submitting fraction perhaps wrapped onto
a line of its own: each row is one decision about its item, counted from its own cells (row shape:
models/votes/nl.json `header_lines`). Blocks below the list that restate an item without counts ("Agendapunt 4 -
... / Tegen: Lokaal Belang (5), SP (3)", "Unaniem aangenomen.") add no row: they give the counted row its party
split. Look-alikes: a table of counts without an outcome cell, and a withdrawn row, decide nothing. All tables are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Stemmingsuitslagen raadsvergadering dinsdag 3 februari 2026\n\nUitslagen van de stemmingen.\n\n"
FLEMISH = "Gemeente Zonnebeke\nBesluitenlijst gemeenteraad\nZitting van 16 maart 2026\n\n"


def _cells(text: str) -> list[tuple]:
    return [cells[:5] for cells in vote_cells(text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEAD + "Nr.  | Onderwerp                          | Uitslag    | Voor | Tegen\n"
            "-----+------------------------------------+------------+------+------\n"
            "4    | Verordening parkeerbelasting 2026  | aangenomen |  19  |   8\n"
            "5    | Bestemmingsplan Molenweg           | aangenomen |  27  |   0\n",
            [
                ("4", "Verordening parkeerbelasting 2026", "adopted", 19, 8),
                ("5", "Bestemmingsplan Molenweg", "adopted", 27, 0),
            ],
        ),
        (
            HEAD + "Agendapunt | Onderwerp                     | Uitslag   | Voor | Tegen\n"
            "-----------+-------------------------------+-----------+------+------\n"
            "6.1        | Amendement A2 'Geen paaltjes' | verworpen |   9  |  22\n"
            "           | (SP, Lokaal Belang)           |           |      |\n"
            "6.2        | Motie M4 'Speeltuin Oost'     | aangenomen|  31  |   0\n"
            "           | (GroenLinks-PvdA)             |           |      |\n",
            [
                ("6.1", "Amendement A2 Geen paaltjes", "rejected", 9, 22),
                ("6.2", "Motie M4 Speeltuin Oost", "adopted", 31, 0),
            ],
        ),
        (
            HEAD + "| Punt | Voorstel | Besluit | Voor | Tegen |\n|---|---|---|---|---|\n"
            "| 11 | Krediet brug Havenkade | Aangenomen | 17 | 12 |\n"
            "| 12 | Zienswijze begroting GGD | Aangenomen | 29 | 0 |\n",
            [
                ("11", "Krediet brug Havenkade", "adopted", 17, 12),
                ("12", "Zienswijze begroting GGD", "adopted", 29, 0),
            ],
        ),
        (
            FLEMISH + "Nr. | Onderwerp | Besluit | Ja | Nee | Onth.\n"
            "7 | Retributiereglement markten | goedgekeurd | 18 | 5 | 2\n"
            "8 | Voorstel raadslid gratis fietsstalling | verworpen | 7 | 18 | 0\n",
            [
                ("7", "Retributiereglement markten", "adopted", 18, 5),
                ("8", "Voorstel raadslid gratis fietsstalling", "rejected", 7, 18),
            ],
        ),
        (
            HEAD + "Nr. | Titel                     | Resultaat  | Stemmen voor | Stemmen tegen\n"
            "3   | Jaarstukken 2025          | aangenomen | 25           | 2\n"
            "9   | Motie M1 Hondenlosloopveld| aangehouden| -            | -\n",
            [("3", "Jaarstukken 2025", "adopted", 25, 2), ("9", "Motie M1 Hondenlosloopveld", "postponed", None, None)],
        ),
    ],
)
def test_outcome_column_before_the_counts(text: str, expected: list[tuple]) -> None:
    assert _cells(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "Fractie | Zetels | Voor | Tegen\nVVD | 5 | 5 | 0\nCDA | 4 | 0 | 4\n",  # a tally, no outcome column
        HEAD + "Nr. | Onderwerp | Uitslag | Voor | Tegen\n10 | Motie M7 Hondenbelasting | ingetrokken | - | -\n",
        HEAD + "Jaar | Omschrijving | Voor | Tegen\n2025 | Begroting | 12.000 | 3.000\n",  # a budget, no outcome
    ],
)
def test_no_decision_without_an_outcome(text: str) -> None:
    assert _cells(text) == []


RESTATED = [
    (  # a block per item below the table: the against side with seats, and a bare "unaniem" line
        HEAD + "Nr. | Onderwerp | Uitslag | Voor | Tegen\n"
        "4 | Verordening parkeerbelasting 2026 | aangenomen | 19 | 8\n"
        "5 | Bestemmingsplan Molenweg | aangenomen | 27 | 0\n\n"
        "Stemgedrag per fractie\n\n"
        "Agendapunt 4 - Verordening parkeerbelasting\n  Voor: VVD, CDA, D66\n  Tegen: Lokaal Belang (5), SP (3)\n\n"
        "Agendapunt 5 - Bestemmingsplan Molenweg\n  Unaniem aangenomen.\n",
        [
            ("4", "Verordening parkeerbelasting 2026", "adopted", 19, 8, {"Lokaal Belang": 5, "SP": 3}),
            ("5", "Bestemmingsplan Molenweg", "adopted", 27, 0, None),
        ],
    ),
    (  # "Punt" blocks, the against side only
        HEAD + "| Punt | Voorstel | Besluit | Voor | Tegen |\n|---|---|---|---|---|\n"
        "| 11 | Krediet brug Havenkade | Aangenomen | 17 | 12 |\n"
        "| 12 | Motie M3 Stiltegebied | Verworpen | 9 | 20 |\n\n"
        "Punt 11 Krediet brug Havenkade\nTegen: Stadsbelang (7), PvdA (5)\n\n"
        "Punt 12 Motie M3 Stiltegebied\nTegen: Stadsbelang, VVD, CDA\n",
        [
            ("11", "Krediet brug Havenkade", "adopted", 17, 12, {"Stadsbelang": 7, "PvdA": 5}),
            ("12", "Motie M3 Stiltegebied", "rejected", 9, 20, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED)
def test_blocks_below_restating_a_counted_row_add_no_row(text: str, expected: list[tuple]) -> None:
    assert vote_cells(text, "nl") == expected
