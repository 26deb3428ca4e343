"""A table framed in bars ('| Netwerk | Soort |') whose padded column has a cell touching its bar
('| Vereniging Kleine Kernen Zeeland| vereniging |') is still read column by column, and the bar is no part of the
name. A memo's header field ('Onderwerp:<TAB>Lidmaatschappen en netwerken') is a label and its value, not a
column header: the reference under it ('Kenmerk: RIB-2026-031') is no network."""

from __future__ import annotations

import pytest

FRAMED = [
    (
        "nl",
        "Zaanstad",
        "| Lidmaatschap / netwerk      | Soort            |\n"
        "|-----------------------------|------------------|\n"
        "| Klimaatverbond Nederland    | netwerk          |\n"
        "| Platform31                  | kennisnetwerk    |\n",
        {"Klimaatverbond Nederland", "Platform31"},
    ),
    (
        "nl",
        "Zaanstad",
        "| Netwerk                       | Bijdrage |\n"
        "|-------------------------------|----------|\n"
        "| Eurocities                    | € 12.000 |\n"
        "| Vereniging Kleine Kernen Zeeland| € 3.000 |\n",
        {"Eurocities", "Vereniging Kleine Kernen Zeeland"},
    ),
    (
        "da",
        "Vejle",
        "| Netværk                     | Kontingent |\n"
        "|-----------------------------|------------|\n"
        "| Energy Cities               | 25.000 kr  |\n"
        "| Nordisk Klimaforum for Byer| 4.000 kr   |\n",
        {"Energy Cities", "Nordisk Klimaforum for Byer"},
    ),
    (
        "nb",
        "Bodø",
        "| Nettverk                   | Status        |\n"
        "|----------------------------|---------------|\n"
        "| Nordic Safe Cities         | medlem        |\n"
        "| Arktisk Byforum for Kommuner| medlem        |\n",
        {"Nordic Safe Cities", "Arktisk Byforum for Kommuner"},
    ),
    (
        "nl",
        "Gouda",
        "| Lidmaatschap               | Sinds |\n"
        "|----------------------------|-------|\n"
        "| Cittaslow                  | 2019  |\n",
        {"Cittaslow"},
    ),
]

MEMO_FIELDS = [
    ("nl", "Schiedam", "Onderwerp:\tLidmaatschappen en netwerken\nKenmerk:\tRIB-2025-114\n\nGeachte raadsleden,\n"),
    ("da", "Vejle", "Emne:\tKommunens netværk\nJournalnr.:\tNOT-2026-07\n\nKære byrådsmedlemmer,\n"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), FRAMED)
def test_a_framed_table_is_read_by_column_even_where_a_cell_touches_its_bar(rows, language, issuer, text, expected):
    assert set(rows(text, language, issuer)) == expected


@pytest.mark.parametrize(("language", "issuer", "text"), MEMO_FIELDS)
def test_a_memo_header_field_naming_networks_is_no_table_of_networks(rows, language, issuer, text):
    assert rows(text, language, issuer) == {}
