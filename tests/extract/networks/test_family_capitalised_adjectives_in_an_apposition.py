"""A known network followed by an apposition that describes it with a capitalised adjective before a network noun
('..., het Belgisch-Nederlandse netwerk van grensgemeenten', '..., det Internasjonale nettverket'): the adjective
is no second network coordinated with the known one. Proper names listed beside a known network stay."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

APPOSITIONS = [
    (
        "nl",
        "Winterswijk",
        "Winterswijk is lid van de Euregio Rijn-Waal, het Nederlands-Duitse samenwerkingsverband in de grensstreek.",
        {"Euregio Rijn-Waal"},
    ),
    (
        "nl",
        "Baarle-Nassau",
        "Baarle-Nassau is lid van Cittaslow, het Belgisch-Nederlandse netwerk van grensgemeenten.",
        {"Cittaslow"},
    ),
    (
        "da",
        "Aabenraa",
        "Aabenraa Kommune er medlem af Region Sønderjylland-Schleswig, det Dansk-Tyske samarbejde.",
        {"Region Sønderjylland-Schleswig"},
    ),
    ("nb", "Halden", "Halden er medlem av Cittaslow, det Internasjonale nettverket for små byer.", {"Cittaslow"}),
    ("nn", "Voss", "Voss herad er med i Cittaslow, det Internasjonale nettverket for små byar.", {"Cittaslow"}),
]

LISTS = [
    (
        "da",
        "Aalborg",
        "Aalborg Kommune er medlem af EUniverCities, Nordisk Vejforum og CIVITAS.",
        {"EUniverCities", "Nordisk Vejforum", "CIVITAS"},
    ),
    (
        "nl",
        "Peel en Maas",
        "Wij zijn lid van Cittaslow, Klimaatverbond Nederland en Energie Samen.",
        {"Cittaslow", "Klimaatverbond Nederland", "Energie Samen"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), APPOSITIONS + LISTS)
def test_an_adjective_before_a_network_noun_is_no_network(language, town, text, expected):
    assert networks(text, language, town) == expected
