"""A partner table whose remark cell ends on a town at home ('fra Skævinge Kommune', 'arva frå Naustdal kommune'):
the town closing one row and the town opening the next are two cells, not a list, so what leaves out the home town
(a former municipality after 'fra') does not leave out the partner on the next row. The home town itself stays out."""

from __future__ import annotations

import pytest

_RULE = "-----------------  ----------  ------  ------------------------------\n"

ROWS = [
    (
        "da",
        "Gribskov",
        "Venskabsbyer\n\nBy                 Land        Siden   Bemærkning\n"
        + _RULE
        + "Mora               Sverige     1968    fra Helsinge Kommune\n"
        "Haapsalu           Estland     1993    aftalen fornyet i 2014\n"
        "Kołobrzeg          Polen       2003    -\n",
        {"Mora": 1968, "Haapsalu": 1993, "Kołobrzeg": 2003},
    ),
    (
        "da",
        "Vesthimmerland",
        "Venskabsbyer\n\nBy                 Land        Siden   Bemærkning\n"
        + _RULE
        + "Sigtuna            Sverige     1971    arvet fra Aars Kommune\n"
        "Raahe              Finland     1977    arvet fra Løgstør Kommune\n"
        "Viljandi           Estland     1992    -\n",
        {"Sigtuna": 1971, "Raahe": 1977, "Viljandi": 1992},
    ),
    (
        "nb",
        "Indre Østfold",
        "Vennskapsbyer\n\nBy                 Land        Fra     Merknad\n"
        + _RULE
        + "Eskilstuna         Sverige     1956    overtatt fra Askim kommune\n"
        "Tartu              Estland     1990    fornyet i 2011\n",
        {"Eskilstuna": 1956, "Tartu": 1990},
    ),
    (
        "nn",
        "Sunnfjord",
        "Vennskapsbyar\n\nBy                 Land        Frå     Merknad\n"
        + _RULE
        + "Sundsvall          Sverige     1960    arva frå Førde kommune\n"
        "Pärnu              Estland     1994    -\n",
        {"Sundsvall": 1960, "Pärnu": 1994},
    ),
    (
        "nl",
        "Altena",
        "Stedenbanden\n\nStad               Land        Sinds   Opmerking\n"
        + _RULE
        + "Lahr               Duitsland   1978    via de voormalige gemeente Werkendam\n"
        "Ustka              Polen       2004    -\n",
        {"Lahr": 1978, "Ustka": 2004},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ROWS)
def test_the_next_rows_partner_is_kept_and_the_home_town_left_out(rows, language, issuer, text, expected):
    assert {city: year for city, (_, year) in rows(text, language, issuer).items()} == expected


def test_a_list_over_two_lines_outside_a_table_stays_one_list(rows):
    text = "Venskabsbyer\n\nKommunen har venskabsbyerne Mora, Haapsalu og\nKołobrzeg i Polen.\n"
    assert set(rows(text, "da", "Gribskov")) == {"Mora", "Haapsalu", "Kołobrzeg"}
