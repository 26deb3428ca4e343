"""A home-country town opening its own item of a partner list, its relation told later in that item ('• Gembloers –
sinds 1972. Een jumelage binnen België'): the item is about the town, so the cue names its relation (twin towns at
home are rare but real), however near the town lies. A home-country town in a sentence whose cue names another
town's relation, or a bare municipality item, stays no partner."""

from __future__ import annotations

import pytest

ITEM_HEADS = [
    (
        "nl",
        "Kortrijk",
        "Onze partnersteden:\n- Kassel (Duitsland) – sinds 1970.\n- Luik – sinds 1985. Een jumelage"
        " met een Waalse stad.",
        {"Kassel": ("twin", 1970), "Liège": ("twin", 1985)},
    ),
    (
        "nl",
        "Mechelen",
        "Onze zustersteden:\n  • Esslingen am Neckar (Duitsland) – sinds 1958.\n  • Gembloers – sinds"
        " 1972. Een jumelage"
        " binnen België, om de band tussen Vlaanderen\n    en Wallonië te versterken.",
        {"Esslingen": ("twin", 1958), "Gembloux": ("twin", 1972)},
    ),
    (
        "nb",
        "Alta",
        "Vennskapsbyer:\n- Kiruna (Sverige), siden 1960\n- Hammerfest, siden 1990. Den eneste norske"
        " vennskapsbyen vår.",
        {"Kiruna": ("twin", 1960), "Hammerfest": ("twin", 1990)},
    ),
    (
        "da",
        "Vejle",
        "Venskabsbyer:\n1. Lund (Sverige), siden 1950\n2. Sønderborg, siden 1982. Et venskab inden for landets grænser,"
        " som venskabsby.",
        {"Lund": ("twin", 1950), "Sønderborg": ("twin", 1982)},
    ),
    (
        "nn",
        "Voss",
        "Venskapskommunar:\n• Kuopio (Finland), sidan 1976\n• Røros, sidan 1995 – ein venskapskommune i Noreg.",
        {"Kuopio": ("twin", 1976), "Røros": ("twin", 1995)},
    ),
]

NOT_ITEM_HEADS = [
    (
        "nb",
        "Drammen",
        "Vennskapsbyer:\n- Kiruna (Sverige), siden 1960\n\nSammen med Lier var Drammen vertskap for"
        " vennskapsbytreffet.",
        {"Kiruna": ("twin", 1960)},
    ),
    (
        "nb",
        "Drammen",
        "Vennskapsbyer:\n- Kiruna (Sverige), siden 1960\n- Lier kommune\n- Tartu: vennskapsby siden 1992.",
        {"Kiruna": ("twin", 1960), "Tartu": ("twin", 1992)},
    ),
    (
        "nl",
        "Kortrijk",
        "Nieuws:\n- Samen met Menen ontving Kortrijk de zusterstad Kassel.",
        {"Kassel": ("twin", None)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ITEM_HEADS)
def test_a_home_country_town_heading_its_item_takes_the_items_relation(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_ITEM_HEADS)
def test_a_home_country_town_beside_another_towns_relation_is_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
