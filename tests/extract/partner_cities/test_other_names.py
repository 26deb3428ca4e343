"""A partner named with its other name in brackets ('Lohja (Lojo), Finland', 'Turku (Åbo)') is one
mention of one city; a word opening a sentence that is only another name GeoNames lists for a city
('Desse er ...': a Nynorsk pronoun, listed for Dessie) is no place unless the text lists it as one;
'vart vennskapskommune i 1967' starts a twinning in that year."""

from __future__ import annotations

import pytest

BRACKETED = [
    (
        "Vennskapskommunar\n\nLohja (Lojo), Finland\nAvtalen med Lohja vart underskriven i 1972.\n",
        "nn",
        "Gloppen",
        {"Lohja": ("twin", 1972)},
    ),
    ("Vores venskabsby Turku (Åbo) i Finland har været med siden 1958.", "da", "Vejle", {"Turku": ("twin", 1958)}),
    ("Vennskapsavtalen med Tampere (Tammerfors) ble inngått i 1966.", "nb", "Hamar", {"Tampere": ("twin", 1966)}),
    ("Onze zusterstad Lille (Rijsel) ligt in Frankrijk.", "nl", "Utrecht", {"Lille": ("twin", None)}),
    ("Venskabsbyer\n- Lübeck (Lybæk), Tyskland\n- Gdańsk (Danzig), Polen\n", "da", "Vejle", {"Lübeck", "Gdańsk"}),
]


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), BRACKETED)
def test_a_partner_with_its_other_name_in_brackets_is_one_partner(rows, text, language, issuer, expected):
    found = rows(text, language, issuer)
    assert (set(found) if isinstance(expected, set) else found) == expected


OPENINGS = [
    "Vennskapskommunar\nMed Stranda og Stryn har vi ein avtale om reiseliv. Desse er norske nabokommunar.",
    "Samarbeidsavtalar\nDesse avtalane gjeld kultur og skule.",
    "Vennskapskommunar: Hjo i Sverige sidan 1967.\nDesse besøkjer kvarandre kvart år.",
    "Internasjonalt samarbeid\nKommunen har fleire avtalar. Desse vert følgde opp av kulturkontoret.",
    "Vennskapskommunar\nDesse kommunane er med: Hjo og Lohja.",
]


@pytest.mark.parametrize("text", OPENINGS)
def test_a_sentence_opening_on_another_name_of_a_city_names_no_partner(rows, text):
    assert "Dessie" not in rows(text, "nn", "Gloppen")


YEARS = [
    ("Hjo vart vennskapskommune i 1967.", "nn", "Gloppen", {"Hjo": ("twin", 1967)}),
    ("Umeå vart venskapskommune i 1972.", "nn", "Voss", {"Umeå": ("twin", 1972)}),
    ("Tartu vart vennskapsby i 1990.", "nn", "Voss", {"Tartu": ("twin", 1990)}),
    ("Kiruna ble vennskapskommune i 1948.", "nb", "Bodø", {"Kiruna": ("twin", 1948)}),
    ("Lahti blev venskabskommune i 1951.", "da", "Herning", {"Lahti": ("twin", 1951)}),
]


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), YEARS)
def test_becoming_a_twin_in_a_year_starts_the_twinning_then(rows, text, language, issuer, expected):
    assert rows(text, language, issuer) == expected
