"""Family (nl): a vote overview written as a table with the counts in columns of their own ("Agp | Stuk | Voor |
Tegen | Uitslag", Flemish "Nr. | Onderwerp | Ja | Nee | Onth. | Besluit"): each row is a case with its title
as subject, the counts from the columns and the outcome from the result cell; nobody against is unanimous. A
row without counts keeps today's reading, a withdrawn motion ("- | - | ingetrokken") gives no row. All rows
are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

DUTCH = "Stemmingsoverzicht raadsvergadering\nRaadsvergadering van maandag 18 mei 2026\n\n"
FLEMISH = "Gemeente Wingene\nNotulen gemeenteraad\nZitting van 24 maart 2025\n\n"

TABLES = [
    (
        DUTCH + "| Agp | Stuk | Voor | Tegen | Uitslag |\n|-----|------|------|-------|---------|\n"
        "| 4 | Vaststellen agenda | 24 | 0 | aangenomen |\n"
        "| 7a | Raadsvoorstel Kadernota 2027 | 16 | 8 | aangenomen |\n",
        [
            ("4", "Vaststellen agenda", "adopted", 24, 0, True),
            ("7a", "Raadsvoorstel Kadernota 2027", "adopted", 16, 8, False),
        ],
    ),
    (
        DUTCH + "Nr. | Onderwerp | Voor | Tegen | Uitslag\n"
        "7b | Amendement 7b-1 Geen OZB-verhoging | 11 | 13 | verworpen\n"
        "9 | Motie 9-1 Zonnepanelen | - | - | ingetrokken\n",
        [("7b", "Amendement 7b-1 Geen OZB-verhoging", "rejected", 11, 13, False)],
    ),
    (
        DUTCH + "| Punt | Voorstel | Voor | Tegen | Besluit |\n"
        "| 12 | Verordening jeugdhulp 2027 | 31 | 2 | Aangenomen |\n"
        "| 13 | Krediet sporthal De Meent | 29 | 4 | Vastgesteld |\n",
        [
            ("12", "Verordening jeugdhulp 2027", "adopted", 31, 2, False),
            ("13", "Krediet sporthal De Meent", "adopted", 29, 4, False),
        ],
    ),
    (
        FLEMISH + "Nr. | Onderwerp | Ja | Nee | Onth. | Besluit\n"
        "5 | Retributiereglement parkeren | 21 | 6 | 2 | goedgekeurd\n"
        "6 | Aankoop perceel Molenstraat | 29 | 0 | 0 | goedgekeurd\n",
        [
            ("5", "Retributiereglement parkeren", "adopted", 21, 6, False),
            ("6", "Aankoop perceel Molenstraat", "adopted", 29, 0, True),
        ],
    ),
    (
        FLEMISH + "| Nr. | Onderwerp | Ja | Nee | Onthoudingen | Besluit |\n"
        "| 8 | Meerjarenplan 2026-2031 - aanpassing | 17 | 12 | 0 | goedgekeurd |\n"
        "| 9 | Voorstel N-VA gratis zwemmen | 12 | 17 | 0 | verworpen |\n",
        [
            ("8", "Meerjarenplan 2026-2031 - aanpassing", "adopted", 17, 12, False),
            ("9", "Voorstel N-VA gratis zwemmen", "rejected", 12, 17, False),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_count_columns_of_a_vote_table_give_each_row_its_counts(text, expected):
    rows = votes(text, "nl")
    got = [(r.case_number, r.subject, r.outcome, r.votes_for, r.votes_against, r.unanimous) for r in rows]
    assert got == expected


def test_a_row_without_count_columns_keeps_its_result_cell_reading():
    rows = votes(DUTCH + "Nr. | Onderwerp | Besluit\n4 | Verordening afvalstoffenheffing | Unaniem aangenomen\n", "nl")
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against, r.unanimous) for r in rows] == [
        ("4", "adopted", None, 0, True)
    ]


def test_a_table_of_numbers_without_a_result_cell_gives_no_row():
    text = DUTCH + "Nr. | Onderwerp | Voor | Tegen\n4 | Zetels per fractie | 24 | 0\n"
    assert votes(text, "nl") == []
