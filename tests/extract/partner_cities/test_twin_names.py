"""A twinning named as 'City-City', and the less common words for a twin town (venneby, søsterkommune,
zusterdorp, friendship town), in every language."""

from __future__ import annotations

import pytest

PAIRS = [
    ("De stedenband Arnhem-Wuhan bestaat sinds 1999.", "nl", "Arnhem", {"Wuhan": ("twin", 1999)}),
    ("Venskabsbysamarbejdet Aarhus-Turku blev indgået i 1964.", "da", "Aarhus", {"Turku": ("twin", 1964)}),
    ("Vennskapsbyavtalen Bodø-Luleå ble undertegnet i 1960.", "nb", "Bodø", {"Luleå": ("twin", 1960)}),
    ("Venskapsbysamarbeidet Voss-Oulu starta i 1971.", "nn", "Voss", {"Oulu": ("twin", 1971)}),
    ("De jumelage Utrecht-Brno is een van de oudste.", "nl", "Utrecht", {"Brno": ("twin", None)}),
]

WORDS = [
    ("Mellem Herning og de nordiske vennebyer Växjö og Lahti er der tætte bånd.", "da", "Herning", {"Växjö", "Lahti"}),
    ("Kommunens søsterkommune er Sibbo i Finland.", "da", "Vejle", {"Sibbo"}),
    ("Vennebyene våre er Kiruna og Oulu.", "nb", "Bodø", {"Kiruna", "Oulu"}),
    ("Systerkommunen vår er Umeå i Sverige.", "nn", "Voss", {"Umeå"}),
    ("Ons zusterdorp Husum ligt aan de Noordzee.", "nl", "Utrecht", {"Husum"}),
    ("Our friendship towns are Kiruna and Tartu.", "en", "Bodø", {"Kiruna", "Tartu"}),
]


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), PAIRS)
def test_a_twinning_named_as_two_joined_cities_gives_the_other_city(rows, text, language, issuer, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), WORDS)
def test_less_common_twin_words_are_twin_cues(rows, text, language, issuer, expected):
    assert set(rows(text, language, issuer)) == expected
