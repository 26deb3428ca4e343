"""Family: an item with several voted texts (amendments, motions, the proposal), each with its own result line that
carries its counts in columns ("Uitslag: aangenomen <gap> Voor: 15 <gap> Tegen: 7").

Each result line is one row about the voted text above it, with the counts beside it, as when the counts stand on
lines of their own: the first text must not take every count below it. Look-alikes: one text whose counts are spread
over several lines (one row), and party lines or a party table that break a stated total down (they add no votes).
All text is written for these tests.
"""

from __future__ import annotations

import re

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Gemeente Testby\nStemmingsuitslagen raadsvergadering dinsdag 14 april 2026\n\n"

DUTCH = (
    "Agendapunt 9 - Woonvisie 2026-2030\n"
    "Amendement A (D66, GroenLinks) - Meer sociale huur\n"
    "Uitslag: verworpen        Voor: 12        Tegen: 17\n"
    "Motie M1 (SP) - Huurteam\n"
    "Uitslag: aangenomen       Voor: 29        Tegen: 0\n"
    "Raadsvoorstel Woonvisie 2026-2030\n"
    "Uitslag: aangenomen       Voor: 24        Tegen: 5\n"
)
INDENTED = (
    "Agendapunt 4 - Verordening afvalstoffenheffing 2026\n"
    "  Motie 4.1 CDA - Kwijtschelding\n"
    "    Uitslag: aangenomen       Voor: 20   Tegen: 7\n"
    "  Motie 4.2 PVV - Geen heffing\n"
    "    Uitslag: verworpen        Voor: 3    Tegen: 24\n"
    "  Raadsvoorstel\n"
    "    Uitslag: aangenomen       Voor: 21   Tegen: 6\n"
)
FLEMISH = (
    "5.  Meerjarenplan 2026-2031 - aanpassing 2\n"
    "    Amendement van de fractie Groen over fietspaden\n"
    "    Beslissing: verworpen\t\tStemmen voor: 8\t\tStemmen tegen: 19\n"
    "    Amendement van de fractie Vooruit over jeugdwerk\n"
    "    Beslissing: goedgekeurd\t\tStemmen voor: 27\t\tStemmen tegen: 0\n"
    "    Aanpassing meerjarenplan\n"
    "    Beslissing: goedgekeurd\t\tStemmen voor: 19\t\tStemmen tegen: 8\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            DUTCH,
            [
                ("9", "Amendement A (D66, GroenLinks) - Meer sociale huur", "rejected", 12, 17, None),
                ("9", "Motie M1 (SP) - Huurteam", "adopted", 29, 0, None),
                ("9", "Woonvisie 2026-2030", "adopted", 24, 5, None),
            ],
        ),
        (
            INDENTED,
            [
                ("4", "Motie 4.1 CDA - Kwijtschelding", "adopted", 20, 7, None),
                ("4", "Motie 4.2 PVV - Geen heffing", "rejected", 3, 24, None),
                ("4", "Verordening afvalstoffenheffing 2026", "adopted", 21, 6, None),
            ],
        ),
        (
            FLEMISH,
            [
                ("5", "Amendement van de fractie Groen over fietspaden", "rejected", 8, 19, None),
                ("5", "Amendement van de fractie Vooruit over jeugdwerk", "adopted", 27, 0, None),
                ("5", "Meerjarenplan 2026-2031 - aanpassing 2", "adopted", 19, 8, None),
            ],
        ),
    ],
    ids=["dutch-besluitenlijst", "indented-motions", "flemish-tabbed"],
)
def test_each_result_line_with_count_columns_is_its_own_row(body: str, expected: list[tuple]) -> None:
    assert vote_cells(HEAD + body, "nl") == expected


@pytest.mark.parametrize("gap", ["   ", "          ", "\t", " \t "])
def test_any_column_gap_ends_the_outcome_cell(gap: str) -> None:
    body = (
        "Agendapunt 3 - Subsidieregeling sport\n"
        f"Amendement 3.1 VVD - Lagere huur\nUitslag: verworpen{gap}Voor: 10{gap}Tegen: 19\n"
        f"Raadsvoorstel\nUitslag: aangenomen{gap}Voor: 19{gap}Tegen: 10\n"
    )
    assert [row[2:5] for row in vote_cells(HEAD + body, "nl")] == [("rejected", 10, 19), ("adopted", 19, 10)]


def test_the_same_lines_without_counts_keep_one_row_each() -> None:
    bare = re.sub(r"(?<=\S) {3,}.*", "", INDENTED)
    assert [row[1:5] for row in vote_cells(HEAD + bare, "nl")] == [
        ("Motie 4.1 CDA - Kwijtschelding", "adopted", None, None),
        ("Motie 4.2 PVV - Geen heffing", "rejected", None, None),
        ("Verordening afvalstoffenheffing 2026", "adopted", None, None),
    ]


def test_one_text_with_its_counts_on_lines_below_is_one_row() -> None:
    body = "Agendapunt 4 - Verordening afvalstoffenheffing 2026\n  Uitslag: aangenomen\n  Voor: 21\n  Tegen: 6\n"
    assert vote_cells(HEAD + body, "nl") == [("4", "Verordening afvalstoffenheffing 2026", "adopted", 21, 6, None)]


def test_party_lines_below_a_columned_total_break_it_down() -> None:
    body = (
        "Agendapunt 6 - Programmabegroting 2027\n"
        "  Amendement 6.1 CDA, SGP - Behoud zwembad\n"
        "    Uitslag: aangenomen          Voor: 15   Tegen: 7\n"
        "    Voor:  CDA (6), SGP (5), ChristenUnie (4)\n"
        "    Tegen: VVD (4), D66 (3)\n"
        "  Programmabegroting 2027 (geamendeerd)\n"
        "    Uitslag: aangenomen          Voor: 19   Tegen: 3\n"
        "    Tegen: PVV (3)\n"
    )
    assert [row[2:] for row in vote_cells(HEAD + body, "nl")] == [
        ("adopted", 15, 7, {"VVD": 4, "D66": 3}),
        ("adopted", 19, 3, {"PVV": 3}),
    ]


def test_a_party_table_below_a_stated_total_adds_no_votes() -> None:
    body = (
        "Agendapunt 8  Mobiliteitsplan 2026-2035\n"
        "Uitslag: AANGENOMEN     Voor: 25     Tegen: 8\n\n"
        "  Fractie              Zetels   Stem\n"
        "  GroenLinks           8        voor\n"
        "  D66                  6        voor\n"
        "  VVD                  5        tegen\n"
        "  PvdA                 5        voor\n"
        "  CDA                  3        tegen\n"
        "  SP                   3        voor\n\n"
        "Agendapunt 9  Verordening marktgelden 2026\n"
        "Uitslag: aangenomen     Voor: 33     Tegen: 0\n"
    )
    assert vote_cells(HEAD + body, "nl") == [
        ("8", "Mobiliteitsplan 2026-2035", "adopted", 25, 8, {"VVD": 5, "CDA": 3}),
        ("9", "Verordening marktgelden 2026", "adopted", 33, 0, None),
    ]
