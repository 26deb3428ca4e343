"""A twin list that places each town in its country and then dates it in brackets ('Moss i Norge (siden 1951),
Eskilstuna i Sverige (siden 1958) og Borgå i Finland (siden 1962)'): the bracket after the country parts no
town from the list, so every town takes the list's relation and its own year. A town after the list in another
clause ('..., mens skolerne ...') is no member of it."""

from __future__ import annotations

import pytest

LISTS = [
    (
        "da",
        "Vordingborg",
        "Vordingborg er venskabsby med tre byer i Norden: Moss i Norge (siden 1951), Eskilstuna i Sverige "
        "(siden 1958) og Borgå i Finland (siden 1962).",
        {"Moss": ("twin", 1951), "Porvoo": ("twin", 1962), "Eskilstuna": ("twin", 1958)},
    ),
    (
        "nb",
        "Tønsberg",
        "Tønsberg har vennskapsbyer i Norden: Halmstad i Sverige (fra 1948), Nyborg i Danmark (fra 1950) og Loimaa i "
        "Finland (fra 1952).",
        {"Halmstad": ("twin", 1948), "Nyborg": ("twin", 1950), "Loimaa": ("twin", 1952)},
    ),
    (
        "nn",
        "Voss",
        "Voss har to vennskapskommunar: Orsa i Sverige (sidan 1972) og Nurmes i Finland (sidan 1974).",
        {"Orsa": ("twin", 1972), "Nurmes": ("twin", 1974)},
    ),
    (
        "nl",
        "Harderwijk",
        "Harderwijk heeft twee zustersteden: Kalmar in Zweden (sinds 1960) en Gdynia in Polen (sinds 1995).",
        {"Kalmar": ("twin", 1960), "Gdynia": ("twin", 1995)},
    ),
    (
        "da",
        "Fredericia",
        "Fredericia har venskabsbyer i Kristiansund i Norge (siden 1948), Kristianstad i Sverige (siden 1948) og "
        "Kokkola i Finland (siden 1949).",
        {"Kristiansund": ("twin", 1948), "Kristianstad": ("twin", 1948), "Kokkola": ("twin", 1949)},
    ),
]

NOT_LISTED = [
    (
        "da",
        "Holbæk",
        "Holbæk har venskabsby i Lahti i Finland (siden 1990), mens musikskolen har spillet i Tampere og Turku.",
        {"Lahti": ("twin", 1990)},
    ),
]


@pytest.mark.parametrize(("language", "municipality", "text", "expected"), LISTS + NOT_LISTED)
def test_towns_dated_after_their_country_stay_in_one_list(rows, language, municipality, text, expected):
    assert rows(text, language, municipality) == expected
