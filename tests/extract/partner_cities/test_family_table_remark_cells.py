"""A partner table whose last column is a remark written as a sentence ('Luleå   Sverige   1996   Avtalen ble
fornyet i 2016.'), maybe running on to a second line between two rows: each row is still an item of the list
under the table's heading, so its town takes the heading's relation and the year column its start. Prose under
the table, and a row-like sentence with no table above it, stay prose."""

from __future__ import annotations

import pytest

HEADER = "By                 Land       Avtale fra   Merknad\n"

ROWS = [
    (
        "nb",
        "Vardø",
        "Vennskapsbyer\n\n" + HEADER + "Luleå              Sverige    1996         Avtalen ble fornyet i 2016.\n"
        "Kemi               Finland    2003         Skoleutveksling.",
        {"Luleå": ("twin", 1996), "Kemi": ("twin", 2003)},
    ),
    (
        "nb",
        "Vardø",
        "Vennskapsbyer\n\n" + HEADER + "Archangelsk        Russland   1989         Samarbeidet er satt på pause\n"
        "                                            siden mars 2022.\n"
        "Kemi               Finland    2003         Skoleutveksling.",
        {"Arkhangel’sk": ("twin", 1989), "Kemi": ("twin", 2003)},
    ),
    (
        "da",
        "Tønder",
        "Venskabsbyer\n\nBy | Land | Siden | Bemærkning\nHusum | Tyskland | 1983 | Fælles kulturuge hvert år.\n"
        "Höganäs | Sverige | 1996 | Skoleudveksling.",
        {"Husum": ("twin", 1983), "Höganäs": ("twin", 1996)},
    ),
    (
        "nn",
        "Voss",
        "Vennskapskommunar\n\nKommune\tLand\tFrå\tMerknad\nKalmar\tSverige\t1976\tUtveksling av lærarar.\n"
        "Rauma\tFinland\t1990\tKulturveke kvart år.",
        {"Kalmar": ("twin", 1976), "Rauma": ("twin", 1990)},
    ),
    (
        "nl",
        "Deventer",
        "Stedenbanden\n\nStad | Land | Sinds | Opmerking\nSibiu | Roemenië | 1994 | Uitwisseling van scholen.\n"
        "Kalmar | Zweden | 1997 | Jaarlijks bezoek.",
        {"Sibiu": ("twin", 1994), "Kalmar": ("twin", 1997)},
    ),
]

PROSE = [
    (
        "nb",
        "Vardø",
        "Vennskapsbyer\n\n" + HEADER + "Luleå              Sverige    1996         Skoleutveksling.\n\n"
        "Ordføreren besøkte også Tromsø og Rovaniemi i fjor.",
        {"Luleå": ("twin", 1996)},
    ),
    (
        "nb",
        "Vardø",
        "Næringsliv\n\nI fjor reiste ordføreren til Rovaniemi   og Kiruna   for å se på gruvedrift.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ROWS)
def test_a_table_row_ending_in_a_remark_sentence_is_a_partner_row(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PROSE)
def test_prose_below_or_without_a_table_is_no_row(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
