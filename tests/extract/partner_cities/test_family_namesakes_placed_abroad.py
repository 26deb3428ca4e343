"""A town the text places in a foreign country ('Vardö | Finland', 'Skagen i Norge') that the city set knows only at
home (the issuer's own town, or a home-country namesake) is the foreign place the text names: a partner in that
country, not one of the issuer's own towns. A name with no foreign country after it stays the home-country town."""

from __future__ import annotations

import pytest

ABROAD = [
    (
        "nb",
        "Vardø",
        "Vennskapsbyer\nBy | Land | Fra\nLuleå | Sverige | 1996\nVardö | Finland | 2003",
        {"Luleå": ("twin", 1996), "Vardö": ("twin", 2003)},
    ),
    ("nb", "Vardø", "Vennskapsbyen Vardö (Finland) besøkte Vardø i mai.", {"Vardö": ("twin", None)}),
    ("da", "Skagen", "Venskabsbyen Skagen i Norge.", {"Skagen": ("twin", None)}),
    (
        "nn",
        "Sund",
        "Vennskapskommunen Sund i Finland og Sund kommune har samarbeidd sidan 1993.",
        {"Sund": ("twin", 1993)},
    ),
    (
        "nb",
        "Molde",
        "Vennskapsbyer: Vejle (Danmark), Borås (Sverige) og Moss (Finland).",
        {"Vejle": ("twin", None), "Borås": ("twin", None), "Moss": ("twin", None)},
    ),
]

AT_HOME = [
    (
        "nb",
        "Vardø",
        "Vennskapsbyer\nBy | Land | Fra\nLuleå | Sverige | 1996\nVardø | Norge | 2003",
        {"Luleå": ("twin", 1996)},
    ),
    ("da", "Skagen", "Venskabsbyen Tórshavn besøgte Skagen i maj.", {"Tórshavn": ("twin", None)}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ABROAD)
def test_a_namesake_the_text_places_abroad_is_a_foreign_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), AT_HOME)
def test_a_home_country_name_without_a_foreign_country_stays_at_home(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
