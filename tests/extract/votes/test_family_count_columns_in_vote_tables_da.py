"""A vote-results table drawn with spaces may give the votes for and against in columns of their own ("Pkt  Emne
For  Imod  Undlod  Resultat", "Nr.  Sag  Ja  Nej  Blank  Beslutning"): each row with an outcome is one decision
about its item, counted from those columns (abstentions are no votes against); a dash in them is an item not voted
on, and a tie that makes a proposal lapse ("Bortfaldt (stemmelighed)") is rejected. Header words:
models/votes/da.json `decision_tables.votes_for`, `votes_against`, `abstentions`. Look-alikes: a table of counts
without a decision column (a budget, an attendance list) and a row withdrawn or closed decide nothing. All tables
are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Afstemningsresultater\nKommunalbestyrelsen, onsdag den 27. maj 2026\n\n"


def _cells(table: str) -> list[tuple]:
    return [cells[:5] for cells in vote_cells(HEAD + table, "da")]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "Pkt  Emne                                          For  Imod  Undlod  Resultat\n"
            "---  --------------------------------------------  ---  ----  ------  ----------\n"
            " 3   Regnskab 2025                                  19     0       0  Godkendt\n"
            " 4   Kommuneplantillæg 12 for Ordrup                14     3       2  Godkendt\n",
            [("3", "Regnskab 2025", "adopted", 19, 0), ("4", "Kommuneplantillæg 12 for Ordrup", "adopted", 14, 3)],
        ),
        (
            "Nr.   Sag                                   Ja    Nej   Blank   Beslutning\n"
            "12    Lokalplan 88 for Havnefronten         17     8      0     Vedtaget\n"
            "13    Salg af Skolevej 4                    25     0      0     Vedtaget\n",
            [("12", "Lokalplan 88 for Havnefronten", "adopted", 17, 8), ("13", "Salg af Skolevej 4", "adopted", 25, 0)],
        ),
        (
            "Punkt   Titel                                  For   Imod   Afgørelse\n"
            "21      Takster for hjemmepleje 2027            11     6    Godkendt\n"
            "22      Forslag fra Ø om gratis busser           4    13    Forkastet\n",
            [
                ("21", "Takster for hjemmepleje 2027", "adopted", 11, 6),
                ("22", "Forslag fra Ø om gratis busser", "rejected", 4, 13),
            ],
        ),
        (
            "Pkt.  Emne                                     For  Imod  Undl.  Resultat\n"
            "----  ---------------------------------------  ---  ----  -----  -----------\n"
            " 7    Forslag fra Venstre om lavere p-afgift     9     9     0   Bortfaldt\n"
            "                                                                 (stemmelighed)\n"
            " 8    Budgetopfølgning 1. kvartal                -     -     -   Godkendt\n",
            [
                ("7", "Forslag fra Venstre om lavere p-afgift", "rejected", 9, 9),
                ("8", "Budgetopfølgning 1. kvartal", "adopted", None, None),
            ],
        ),
        (
            "Pkt   Emne                                      For   Imod   Undlod   Resultat\n"
            " 5    Ny skolestruktur i Vestbyen                20     10        1   Vedtaget\n"
            " 6    Orientering om ventelister                  -      -        -   Taget til efterretning\n",
            [
                ("5", "Ny skolestruktur i Vestbyen", "adopted", 20, 10),
                ("6", "Orientering om ventelister", "noted", None, None),
            ],
        ),
    ],
)
def test_a_vote_table_with_count_columns_gives_one_counted_row_per_item(table: str, expected: list[tuple]) -> None:
    assert _cells(table) == expected


def test_an_item_withdrawn_or_closed_in_a_count_table_decides_nothing() -> None:
    table = (
        "Pkt   Emne                                      For   Imod   Undlod   Resultat\n"
        " 5    Forslag fra B om gratis skolemælk           -      -        -   Trukket\n"
        " 6    Salg af ejendom (lukket punkt)              -      -        -   Se lukket protokol\n"
        " 7    Takster for idrætshaller 2027              12      7        0   Godkendt\n"
    )
    assert _cells(table) == [("7", "Takster for idrætshaller 2027", "adopted", 12, 7)]


def test_a_table_of_counts_without_a_decision_column_is_no_decision_list() -> None:
    table = (
        "Nr.  Emne                                   For  Imod  Undlod\n"
        " 1   Budgetforslag fra Socialdemokratiet     14     9       2\n"
        " 2   Budgetforslag fra Venstre                8    15       2\n"
    )
    assert _cells(table) == []
