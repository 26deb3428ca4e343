"""A case list's row whose title names a membership is no network-table header, also when its case number sits
behind a table bar ('| 115 |') or a short case prefix ('FS 31/26', 'PS 12/26', 'Pkt. 7'): the cells under it (other
case titles, archive-number lines) name no network. A real header row with a bar keeps its column."""

from __future__ import annotations

import pytest

CASE_ROWS = [
    (
        "da",
        "Brøndby",
        "| 214 | Medlemskab af Energy Cities | Godkendt |\n| 215 | Orientering | Taget til efterretning |\n",
    ),
    ("da", "Ishøj", "| Pkt. 7 | Medlemskab af netværk | Godkendt |\n| Pkt. 8 | Meddelelser | Til efterretning |\n"),
    (
        "nn",
        "Suldal",
        "FS 12/26\tInnmelding i Sunne kommunar - WHOs norske nettverk\nArkivsak:  26/118\nVedtak: Samrøystes.\n",
    ),
    ("nb", "Hurdal", "PS 40/26\tMedlemskap i nettverk\nArkivsak-dok.  25/00412\nInnstillingen ble vedtatt.\n"),
    ("nl", "Oldebroek", "| 9 | Lidmaatschap netwerken | Aangenomen |\n| 10 | Rondvraag | - |\n"),
]

HEADERS = [
    (
        "da",
        "Roskilde",
        "| Netværk | Medlem siden |\n| Eurocities | 2008 |\n| Energy Cities | 2019 |\n",
        {"Eurocities", "Energy Cities"},
    ),
    (
        "nb",
        "Askim",
        "Nettverk\tMedlem fra\nNordic Safe Cities\t2021\nFjordbyenes Forum\t2019\n",
        {"Nordic Safe Cities", "Fjordbyenes Forum"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text"), CASE_ROWS)
def test_a_case_row_behind_a_bar_or_a_case_prefix_is_no_network_table_header(rows, language, town, text):
    found = set(rows(text, language, town))
    assert not {"Orientering", "Meddelelser", "Rondvraag"} & found
    assert not any(any(ch.isdigit() for ch in name) for name in found)


@pytest.mark.parametrize(("language", "town", "text", "expected"), HEADERS)
def test_a_header_row_naming_networks_keeps_its_column(rows, language, town, text, expected):
    assert expected <= set(rows(text, language, town))
