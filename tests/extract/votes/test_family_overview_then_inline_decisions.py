"""Minutes that open with an overview table of their items and then record each item under "101. Title" with an
inline decision ("Beslutning: Godkendt."): the restated item line and its decision read like one more numbered
list row, but the overview's row is the first row about the item (decision_tables.without_explanations), so the
item recorded in full gives one row, not one per table and one for the record. Look-alike: an item the overview
lists without a full record below keeps its table row. Lines written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Høje-Taastrup Kommune\nBYRÅDET – REFERAT\nTirsdag den 23. juni 2026, kl. 18.00\n\n"
TABLE = (
    "| Pkt. | Sag                                        | Resultat                  |\n"
    "|------|--------------------------------------------|---------------------------|\n"
    "| 101  | Godkendelse af dagsorden                   | Godkendt                  |\n"
    "| 102  | Tillægsbevilling til vintertjeneste        | Udsat                     |\n"
    "| 103  | Årsberetning 2025 for Ældrerådet           | Til efterretning          |\n\n"
)


@pytest.mark.parametrize(
    ("record", "outcome"),
    [
        ("101. Godkendelse af dagsorden\nBeslutning: Godkendt.\n", "adopted"),
        ("101. Godkendelse af dagsorden\nBeslutning: Dagsordenen blev godkendt.\n", "adopted"),
        (
            "101. Godkendelse af dagsorden\nBeslutning i Byrådet den 23. juni 2026: Godkendt uden bemærkninger.\n",
            "adopted",
        ),
        ("101 Godkendelse af dagsorden\nBeslutning: Godkendt.\n", "adopted"),
        ("101. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n", "adopted"),
    ],
)
def test_an_item_recorded_in_full_below_the_overview_is_one_row(record, outcome):
    rows = votes(HEAD + TABLE + record + "\n102. Tillægsbevilling til vintertjeneste\nBeslutning: Udsat.\n", "da")
    first = [(r.case_number, r.outcome) for r in rows if r.case_number == "101"]
    assert first == [("101", outcome)]
    assert [(r.case_number, r.outcome) for r in rows if r.case_number == "102"] == [("102", "postponed")]


def test_look_alike_an_item_listed_only_in_the_overview_keeps_its_row():
    rows = votes(HEAD + TABLE + "101. Godkendelse af dagsorden\nBeslutning: Godkendt.\n", "da")
    assert ("103", "noted") in [(r.case_number, r.outcome) for r in rows]
