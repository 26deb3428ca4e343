"""Family: a besluitenlijst written as a table of text rows (nl).

"Nr. | Onderwerp | Besluit" with one row per item ("5 | Nota reserves | Aangenomen met 25 stemmen voor en
4 tegen"): each row is a case with its number, its title as subject and its result. Tables of other
things (a contents list, a planning) give no row. All rows are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Besluitenlijst gemeenteraad Oosterwold\nRaadsvergadering van dinsdag 12 maart 2024\n\nNr. | Onderwerp | Besluit\n"
)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("4 | Verordening afvalstoffenheffing 2025 | Unaniem aangenomen", ("4", "adopted", True, None, 0)),
        (
            "5 | Nota reserves en voorzieningen | Aangenomen met 25 stemmen voor en 4 tegen",
            ("5", "adopted", False, 25, 4),
        ),
        ("6 | Krediet renovatie zwembad | Verworpen", ("6", "rejected", None, None, None)),
        ("7a | Parkeervisie binnenstad | Aangehouden", ("7a", "postponed", None, None, None)),
        ("8 | Raadsinformatiebrief jeugdzorg | Voor kennisgeving aangenomen", ("8", "noted", None, None, None)),
        ("9. | Treasurystatuut 2025 | Conform voorstel", ("9", "adopted", None, None, None)),
    ],
)
def test_each_table_row_is_a_case_with_its_result(row, expected):
    (found,) = votes(HEAD + row + "\n", "nl")
    title = row.split("|")[1].strip()
    assert (found.case_number, found.outcome, found.unanimous, found.votes_for, found.votes_against) == expected
    assert (found.subject, found.meeting_date) == (title, "2024-03-12")


def test_the_rows_of_one_table_are_rows_in_order():
    rows = votes(
        HEAD + "1 | Opening | –\n2 | Vaststelling agenda | Vastgesteld\n3 | Sportnota 2024-2028 | Hamerstuk\n",
        "nl",
    )
    assert [(r.case_number, r.outcome) for r in rows] == [("2", "adopted"), ("3", "adopted")]


@pytest.mark.parametrize(
    "row",
    [
        "2 | Inleiding | pagina 3",
        "3 | Planning | vaststelling in het voorjaar",
        "4 | Onderwerp van gesprek | de raad wordt geïnformeerd",
    ],
)
def test_a_table_row_without_a_result_is_no_row(row):
    assert votes(HEAD + row + "\n", "nl") == []
