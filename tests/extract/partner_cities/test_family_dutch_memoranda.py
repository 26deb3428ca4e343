"""The Dutch name of a memorandum of understanding, 'memorandum van overeenstemming', is an MoU with its signing
year, not a cooperation agreement; one only explored is no relation yet."""

from __future__ import annotations

import pytest

SIGNED = [
    (
        "Damme",
        "Met de Nederlandse buurgemeente Sluis werd in 2022 een memorandum van overeenstemming getekend over toerisme.",
        {"Sluis": ("mou", 2022)},
    ),
    (
        "Roeselare",
        "In 2024 ondertekende Roeselare een memorandum van overeenstemming met de Poolse stad Kalisz.",
        {"Kalisz": ("mou", 2024)},
    ),
    (
        "Venlo",
        "Venlo en Krefeld (Duitsland) sloten in 2019 een memorandum van overeenstemming over de grensarbeid.",
        {"Krefeld": ("mou", 2019)},
    ),
    ("Tilburg", "Memorandum van overeenstemming met Lodz (Polen), getekend in 2021.", {"Łódź": ("mou", 2021)}),
    (
        "Leuven",
        "Het memorandum van overeenstemming met Krakau uit 2018 loopt nog door.",
        {"Kraków": ("mou", 2018)},
    ),
]

NOT_YET = [
    ("Gent", "De stad onderzoekt of een memorandum van overeenstemming met Mannheim zinvol is.", {}),
]


@pytest.mark.parametrize(("issuer", "text", "expected"), SIGNED)
def test_a_memorandum_van_overeenstemming_is_an_mou(rows, issuer, text, expected):
    assert rows(text, "nl", issuer) == expected


@pytest.mark.parametrize(("issuer", "text", "expected"), NOT_YET)
def test_a_memorandum_only_explored_is_no_relation(rows, issuer, text, expected):
    assert rows(text, "nl", issuer) == expected
