"""Family: an item with several voted texts (amendments, motions, the proposal), each with its own result line that
carries its counts in columns ("Uitslag: aangenomen <gap> Voor: 15 <gap> Tegen: 7", "Resultat: Vedtaget <gap> For: 14
<gap> Imod: 11", "Resultat: Falt <gap> For: 14 <gap> Mot: 21").

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
                ("9", "Raadsvoorstel Woonvisie 2026-2030", "adopted", 24, 5, None),  # its own label line
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


NORDIC = {
    "da": (
        "Byrådet\nMødedato: 12. november 2026\n\n12. Budget 2027\n",
        [
            ("Ændringsforslag fra Venstre om skolebusser", "Resultat: Forkastet", "For: 9", "Imod: 16"),
            ("Ændringsforslag fra SF om klimapulje", "Resultat: Vedtaget", "For: 14", "Imod: 11"),
        ],
    ),
    "nb": (
        "Bystyret\nMøtedato: 12.11.2026\n\nPS 41/26 Budsjett 2027\n",
        [
            ("Endringsforslag fra Høyre om eiendomsskatt", "Resultat: Falt", "For: 14", "Mot: 21"),
            ("Endringsforslag fra SV om skolemat", "Resultat: Vedtatt", "For: 19", "Mot: 16"),
        ],
    ),
    "nn": (
        "Kommunestyret\nMøtedato: 12.11.2026\n\nPS 41/26 Budsjett 2027\n",
        [
            ("Endringsforslag frå Høgre om eigedomsskatt", "Resultat: Falt", "For: 14", "Mot: 21"),
            ("Endringsforslag frå SV om skulemat", "Resultat: Vedteke", "For: 19", "Mot: 16"),
        ],
    ),
}


def _count(cell: str) -> int:
    return int(cell.split()[-1])


@pytest.mark.parametrize("language", sorted(NORDIC))
@pytest.mark.parametrize("gap", ["      ", "\t"])
def test_nordic_count_columns_beside_each_proposals_result(language: str, gap: str) -> None:
    head, proposals = NORDIC[language]
    body = "".join(f"{title}\n{result}{gap}{yes}{gap}{no}\n" for title, result, yes, no in proposals)
    assert [row[1:5] for row in vote_cells(head + body, language)] == [
        (title, outcome, _count(yes), _count(no))
        for (title, _, yes, no), outcome in zip(proposals, ["rejected", "adopted"], strict=True)
    ]


@pytest.mark.parametrize("language", sorted(NORDIC))
def test_nordic_counts_on_lines_of_their_own_stay_one_row(language: str) -> None:
    head, proposals = NORDIC[language]
    title, result, yes, no = proposals[1]
    rows = vote_cells(head + f"{title}\n{result}\n{yes}\n{no}\n", language)
    assert [row[1:5] for row in rows] == [(title, "adopted", _count(yes), _count(no))]


def test_a_count_line_of_label_and_number_cells_adds_no_row_nor_half_counts() -> None:
    body = (
        "14. Belastingreglement 2027\n"
        "Stemming over het amendement van raadslid Peeters\n"
        "  ja          9   nee 20   onthouding 0\n"
        "Het amendement is verworpen.\n"
    )
    rows = vote_cells(HEAD + body, "nl")
    assert [row[2] for row in rows] == ["rejected"]
    assert rows[0][3:5] in {(None, None), (9, 20)}  # never one side's cell read without the other's
