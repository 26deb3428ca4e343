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


COLUMNS = [
    (
        "da",
        "Venskabsbyer\n\n| By | Land | Siden | Bemærkning |\n|---|---|---|---|\n"
        "| Nässjö | Sverige | 1947 | Aktivt |\n"
        "| Lohja | Finland | 1952 | |\n",
        "Skive",
        {"Nässjö": ("twin", 1947), "Lohja": ("twin", 1952)},
    ),
    (
        "nb",
        "Vennskapsbyer\n\n| By | Land | Fra år | Status |\n|---|---|---|---|\n| Kiruna | Sverige | 1948 | Aktiv |\n"
        "| Oulu | Finland | 1960 | Pause |\n",
        "Bodø",
        {"Kiruna": ("twin", 1948), "Oulu": ("twin", 1960)},
    ),
    (
        "nl",
        "Stedenbanden\n\n| Stad | Land | Sinds | Opmerking |\n|---|---|---|---|\n"
        "| Kleve | Duitsland | 1975 | Actief |\n"
        "| Tartu | Estland | 1991 | |\n",
        "Zeist",
        {"Kleve": ("twin", 1975), "Tartu": ("twin", 1991)},
    ),
    (
        "nn",
        "Venskapskommunar\n\n| Kommune | Land | Sidan | Merknad |\n|---|---|---|---|\n"
        "| Hjo | Sverige | 1967 | Aktiv |\n"
        "| Lohja | Finland | 1972 | |\n",
        "Gloppen",
        {"Hjo": ("twin", 1967), "Lohja": ("twin", 1972)},
    ),
    (
        "da",
        "Venskabsbyer\n\nBy\tLand\tSiden\tBemærkning\nNässjö\tSverige\t1947\tAktivt samarbejde\n"
        "Akranes\tIsland\t1964\tSat i bero\n",
        "Skive",
        {"Nässjö": ("twin", 1947), "Akranes": ("twin", 1964)},
    ),
]


@pytest.mark.parametrize(("language", "text", "issuer", "expected"), COLUMNS)
def test_the_start_year_column_is_read_with_a_comment_column_after_it(rows, language, text, issuer, expected):
    assert rows(text, language, issuer) == expected
