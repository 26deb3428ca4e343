"""A year in a network membership's clause ('medlem av nettverket X fra 2019, og deltar i prosjektet Y sammen med
A') dates the membership, not a relation of the towns the sentence names later: they take no start year from it.
A twin-town network's own year ('venskabsbynetværket blev stiftet i 1948') and a relation's year in its own
clause still start the relation."""

from __future__ import annotations

import pytest

MEMBERSHIP_YEARS = [
    (
        "nb",
        "Vardø",
        "Vardø kommune er medlem av nettverket Sunne kommuner fra 2019, og deltar i Interreg Aurora gjennom"
        " prosjektet «Kystarv» sammen med Luleå kommun og Oulu.",
        {"Luleå": ("project_partner", None), "Oulu": ("project_partner", None)},
    ),
    (
        "da",
        "Tønder",
        "Tønder har været medlem af netværket Grænsebyer siden 2017, og deltager i Interreg-projektet «Grøn Grænse»"
        " sammen med Husum.",
        {"Husum": ("project_partner", None)},
    ),
    (
        "nn",
        "Vinje",
        "Vinje vart med i nettverket Fjellkommunar i 2020, og deltek i Interreg-prosjektet «Fjellvegen» saman med"
        " Östersund.",
        {"Östersund": ("project_partner", None)},
    ),
    (
        "nl",
        "Lochem",
        "Lochem is sinds 2016 lid van het netwerk Hanzesteden, en werkt in het Interreg-project 'Groene Grens'"
        " samen met Kleve.",
        {"Kleve": ("project_partner", None)},
    ),
    (
        "nb",
        "Alta",
        "Kommunen ble med i nettverket Arktiske byer i 2018, og deltar nå i prosjektet «Nordlys» sammen med Kiruna.",
        {"Kiruna": ("project_partner", None)},
    ),
]

RELATION_YEARS = [
    (
        "nb",
        "Vardø",
        "Vardø har vært vennskapsby med Luleå siden 1996, og er også medlem av nettverket Sunne kommuner.",
        {"Luleå": ("twin", 1996)},
    ),
    (
        "da",
        "Tønder",
        "Tønder har siden 1985 været venskabsby med Husum, og kommunen er med i netværket Grænsebyer.",
        {"Husum": ("twin", 1985)},
    ),
    (
        "da",
        "Sønderborg",
        "Venskabsbyen Kaunas i Litauen har været en del af kommunens netværk siden 1992.",
        {"Kaunas": ("twin", 1992)},
    ),
    (
        "nb",
        "Vardø",
        "Vennskapsbyen Luleå i Sverige har vært en del av kommunens nettverk siden 1996.",
        {"Luleå": ("twin", 1996)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), MEMBERSHIP_YEARS)
def test_a_network_membership_year_starts_no_partnership(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), RELATION_YEARS)
def test_a_relation_year_beside_a_network_membership_still_starts_it(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
