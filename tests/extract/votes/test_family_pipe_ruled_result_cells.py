"""A vote's result line whose cells are ruled by pipes ("Uitslag: aangenomen | Voor: 17 | Tegen: 3", one line per
voted text, as stemmingsuitslagen pages export them) reads as the outcome cell followed by its counts, as a line
whose cells stand apart by a column gap does: each voted text under an item gets its own row with its own counts,
and a row's subject is what the lines above name, never the outcome cell. A pipe table's row and a result line
without counts read as before.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Stemmingsuitslagen\nGemeenteraad, maandag 15 december 2025\n\n"


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            "Agendapunt 8  Bestemmingsplan Zieuwentseweg\n"
            "Amendement 8.1 - Geen tweede bedrijfswoning (GroenLinks-PvdA)\n"
            "Uitslag: verworpen | Voor: 4 | Tegen: 16\nRaadsvoorstel\nUitslag: aangenomen | Voor: 17 | Tegen: 3\n",
            [("8", "rejected", 4, 16), ("8", "adopted", 17, 3)],
        ),
        (
            "Agendapunt 5  Kadernota 2027\nAmendement A1 (VVD)\nStemuitslag: verworpen | voor: 9 | tegen: 18\n"
            "Motie M2 (CDA)\nStemuitslag: aangenomen | voor: 20 | tegen: 7\n",
            [("5", "rejected", 9, 18), ("5", "adopted", 20, 7)],
        ),
        (
            "Agendapunt 9  Motie Laadpalen bij de kerkdorpen (D66)\nUitslag: aangenomen | Voor: 11 | Tegen: 9\n\n"
            "Agendapunt 10  Motie Bankjes in het park (CDA)\nUitslag: verworpen | Voor: 8 | Tegen: 12\n",
            [("9", "adopted", 11, 9), ("10", "rejected", 8, 12)],
        ),
        (
            "Agendapunt 4  Verordening afvalstoffenheffing 2026\nAmendement A3 (SP)\n"
            "Uitslag: verworpen | Voor: 2 | Tegen: 19\nAmendement A4 (PvdA)\n"
            "Uitslag: aangenomen | Voor: 12 | Tegen: 9\n"
            "Raadsvoorstel, zoals geamendeerd\nUitslag: aangenomen | Voor: 21 | Tegen: 0\n",
            [("4", "rejected", 2, 19), ("4", "adopted", 12, 9), ("4", "adopted", 21, 0)],
        ),
        (
            "Agendapunt 12  Zienswijze begroting GGD\nMotie M7 (VVD)\nUitslag: verworpen  |  Voor: 6  |  Tegen: 15\n"
            "Raadsvoorstel\nUitslag: aangenomen  |  Voor: 19  |  Tegen: 2\n",
            [("12", "rejected", 6, 15), ("12", "adopted", 19, 2)],
        ),
    ],
)
def test_each_pipe_ruled_result_line_is_its_voted_texts_row(items, expected):
    rows = votes(HEAD + items, "nl")
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in rows] == expected
    assert all(r.subject and "|" not in r.subject for r in rows)


def test_a_pipe_table_row_still_reads_as_a_table():
    text = HEAD + "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n| 5 | Kadernota 2027 | Aangenomen |\n" + (
        "| 6 | Jaarrekening 2025 | Verworpen |\n"
    )
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")] == [("5", "adopted"), ("6", "rejected")]


def test_a_result_line_without_counts_is_one_row():
    text = HEAD + "Agendapunt 7  Treasurystatuut 2026\nHamerstuk. Aangenomen zonder stemming.\n"
    rows = votes(text, "nl")
    assert [(r.case_number, r.outcome, r.votes_for) for r in rows] == [("7", "adopted", None)]
