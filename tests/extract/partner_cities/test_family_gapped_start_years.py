"""A start verb said once for several partners, each later one followed by its own year ('Kungälv ble vennskapsby
i 1948, Skagen i 1952', 'Soest werd in 1975 zusterstad en Tczew in 1999'): a year right after a town, only a short
preposition between, is that town's start; the first town keeps the year nearest the verb. A town followed by a
longer phrase before a year, or a visit's year, takes no other town's gapped year."""

from __future__ import annotations

import pytest

GAPPED = [
    (
        "nb",
        "Steinkjer",
        "Steinkjer har vennskapsbyer i Norden. Kiruna ble vennskapsby i 1949, Kemijärvi i 1961.",
        {"Kiruna": ("twin", 1949), "Kemijärvi": ("twin", 1961)},
    ),
    (
        "da",
        "Holbæk",
        "Holbæk har to venskabsbyer. Kolding? Nej: Hamar blev venskabsby i 1947 og Falun i 1950.",
        {"Hamar": ("twin", 1947), "Falun": ("twin", 1950)},
    ),
    (
        "nl",
        "Brummen",
        "Brummen heeft twee zustersteden. Hameln werd in 1975 zusterstad en Tczew in 1999.",
        {"Hameln": ("twin", 1975), "Tczew": ("twin", 1999)},
    ),
    (
        "nn",
        "Odda",
        "Odda har vennskapsbyar i Norden. Rjukan? Nei. Tornio vart vennskapsby i 1962, Lerwick i 1984.",
        {"Tornio": ("twin", 1962), "Lerwick": ("twin", 1984)},
    ),
    (
        "nb",
        "Kongsvinger",
        "Arvika og Jyväskylä er vennskapsbyer. Arvika ble vennskapsby i 1950 og Jyväskylä i 1956.",
        {"Arvika": ("twin", 1950), "Jyväskylä": ("twin", 1956)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), GAPPED)
def test_each_town_of_a_gapped_clause_takes_its_own_year(rows, language, town, text, expected):
    got = rows(text, language, town)
    assert {c: got.get(c) for c in expected} == expected


NOT_GAPPED = [
    (
        "nb",
        "Steinkjer",
        "Steinkjer ble vennskapsby med Kiruna i 1949, etter et besøk fra Kemijärvi året før.",
        {"Kiruna": ("twin", 1949)},
    ),
    (
        "da",
        "Holbæk",
        "Venskabsbyaftalen med Hamar blev underskrevet i 1947.",
        {"Hamar": ("twin", 1947)},
    ),
    (
        "nl",
        "Brummen",
        "De verbroedering met Minden werd in 1975 gesloten en in 2015 vernieuwd.",
        {"Minden": ("twin", 1975)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), NOT_GAPPED)
def test_a_single_start_keeps_its_year(rows, language, town, text, expected):
    assert rows(text, language, town) == expected
