"""A vote-results table with columns of its own for the votes for and against may put the parties beside each count
("| 15 (A 8, C 5, V 2) | 4 (Ø 3, F 1) |", "| 31 (Ap 20, H 11) | 14 (FrP 9, R 5) |"): the numbers are the row's counts
and the against cell's parties are the parties against; the for cell's parties are no parties against. Look-alikes:
a row with only one count cell filled, or with a dash, is not counted. Tables written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEADS = {
    "da": "Afstemningsresultater\nKommunalbestyrelsen, tirsdag den 8. september 2026\n\n",
    "nb": "Voteringer\nBystyret, møte 17. september 2026\n\n",
}


@pytest.mark.parametrize(
    ("language", "table", "expected"),
    [
        (
            "da",
            "| Pkt. | Titel | Resultat | For | Imod | Undlod |\n|---|---|---|---|---|---|\n"
            "| 3 | Budget 2027, 2. behandling | Vedtaget | 15 (A 8, C 5, V 2) | 4 (Ø 3, F 1) | 2 (O 2) |\n",
            [("3", "Budget 2027, 2. behandling", "adopted", 15, 4, {"Ø": 3, "F": 1})],
        ),
        (
            "da",
            "| Nr | Sag | Beslutning | For | Imod |\n|---|---|---|---|---|\n"
            "| 7 | Forslag fra Ø om gratis busser | Forkastet | 5 (Ø 3, F 2) | 20 (A 11, V 6, C 3) |\n"
            "| 8 | Lokalplan 12, Bakken | Godkendt | 22 | 3 (Ø 3) |\n",
            [
                ("7", "Forslag fra Ø om gratis busser", "rejected", 5, 20, {"A": 11, "V": 6, "C": 3}),
                ("8", "Lokalplan 12, Bakken", "adopted", 22, 3, {"Ø": 3}),
            ],
        ),
        (
            "nb",
            "| Sak | Tittel | Resultat | For | Mot |\n|---|---|---|---|---|\n"
            "| 102/26 | Reguleringsplan for Sjøsiden | Vedtatt | 31 (Ap 20, H 11) | 14 (FrP 9, R 5) |\n",
            [("102/26", "Reguleringsplan for Sjøsiden", "adopted", 31, 14, {"FrP": 9, "R": 5})],
        ),
        (
            "da",
            "| Pkt. | Titel | Resultat | For | Imod |\n|---|---|---|---|---|\n"
            "| 11 | Salg af grund på Havnevej | Vedtaget | 19 (A 10, V 9) | 0 |\n",
            [("11", "Salg af grund på Havnevej", "adopted", 19, 0, None)],
        ),
    ],
)
def test_count_cells_give_the_counts_and_the_against_cells_parties(
    language: str, table: str, expected: list[tuple]
) -> None:
    assert vote_cells(HEADS[language] + table, language) == expected


@pytest.mark.parametrize(
    "table",
    [
        "| Pkt. | Titel | Resultat | For | Imod |\n|---|---|---|---|---|\n"
        "| 5 | Status på klimaplan | Taget til efterretning | (A, V) | - |\n",
        "| Pkt. | Titel | Resultat | For | Imod |\n|---|---|---|---|---|\n"
        "| 6 | Takster 2027 | Godkendt | 12 (A 12) | |\n",
    ],
)
def test_a_row_without_both_counts_is_not_counted(table: str) -> None:
    assert [cells[3:] for cells in vote_cells(HEADS["da"] + table, "da")] == [(None, None, None)]
