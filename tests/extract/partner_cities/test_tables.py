"""Partner tables with cells (tabs or pipes): the relation from the header's cue, the start year from a
column whose header names the start ('Siden', 'Sinds', 'År'), never from another year column."""

from __future__ import annotations

import pytest

TABLES = [
    (
        "Vennskapsby\tLand\tSiden\nLuleå\tSverige\t1960\nOulu\tFinland\t1972\n",
        "nb",
        "Bodø",
        {"Luleå": 1960, "Oulu": 1972},
    ),
    (
        "Partnerstad | Land | Sinds\nGoslar | Duitsland | 1963\nTartu | Estland | 1991\n",
        "nl",
        "Utrecht",
        {"Goslar": 1963, "Tartu": 1991},
    ),
    (
        "Venskabsby\tLand\tÅr\nLahti\tFinland\t1952\nVäxjö\tSverige\t1960",
        "da",
        "Aarhus",
        {"Lahti": 1952, "Växjö": 1960},
    ),
    (
        "Venskapsby\tLand\tSidan\nLuleå\tSverige\t1960\nOulu\tFinland\t1972\n",
        "nn",
        "Voss",
        {"Luleå": 1960, "Oulu": 1972},
    ),
    (
        "Twin town | Country | Since\nKiruna | Sweden | 1985\nTartu | Estonia | 1993\n",
        "en",
        "Bodø",
        {"Kiruna": 1985, "Tartu": 1993},
    ),
    (
        "Venskabsby\tLand\tSidste besøg\nLahti\tFinland\t2019\nVäxjö\tSverige\t2022",
        "da",
        "Aarhus",
        {"Lahti": None, "Växjö": None},
    ),
]


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), TABLES)
def test_a_partner_table_gives_twins_and_the_start_column_their_years(rows, text, language, issuer, expected):
    assert rows(text, language, issuer) == {city: ("twin", year) for city, year in expected.items()}
