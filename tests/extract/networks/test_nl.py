"""Dutch and Flemish: the four families of issue 13 in sentences written for these tests."""

from __future__ import annotations

import pytest

LANG, TOWN = "nl", "Zeist"

GAZETTEER = [
    ("Als lid volgt de gemeente de richtlijnen van Cittaslows keurmerk.", {"Cittaslow": "city_network"}),
    ("De gemeente heeft het Burgemeestersconvenant ondertekend.", {"Covenant of Mayors": "city_network"}),
    (
        "Zeist is lid van de Europese Coalitie van Steden tegen Racisme.",
        {"European Coalition of Cities Against Racism": "city_network"},
    ),
    ("De gemeente neemt deel aan het Interreg Vlaanderen-Nederland programma.", {"Interreg": "eu_programme"}),
    ("Sinds 2018 is de gemeente aangesloten bij Mayors for Peace.", {"Mayors for Peace": "city_network"}),
    ("De gemeente is lid van het Klimaatverbond.", {"Klimaatverbond Nederland": "city_network"}),
    (
        "De gemeente is lid van het Huis van de Nederlandse Provincies.",
        {"Huis van de Nederlandse Provincies": "organisation"},
    ),
]

UNKNOWN_NAMES = [
    ("De gemeente is lid van het netwerk Slimme Dijken.", {"Slimme Dijken": "other"}),
    ("Wij nemen deel aan het Deltaforum.", {"Deltaforum": "other"}),
    ("De gemeente is lid van de European Port Towns Alliance.", {"European Port Towns Alliance": "city_network"}),
    ("De gemeente sloot zich in 2019 aan bij het Netwerk Kleine Kernen.", {"Netwerk Kleine Kernen": "other"}),
    ("De gemeente is toegetreden tot de Union of River Cities.", {"Union of River Cities": "city_network"}),
    ("De gemeente is lid van het Maas-netwerk.", {"Maas-netwerk": "other"}),
    (
        "De burgemeester is voorzitter van het Europees Netwerk van Vestingsteden.",
        {"Europees Netwerk van Vestingsteden": "city_network"},
    ),
]

MEMBERSHIP = [
    "De raad besluit het lidmaatschap van Energy Cities op te zeggen.",
    "Het college stelt voor om uit te treden uit ICLEI.",
    "De gemeente ondertekende in 2012 het Burgemeestersconvenant.",
    "De gemeente is gastheer van het secretariaat van Cittaslow Nederland.",
    "Sinds 2015 neemt de gemeente actief deel aan Eurocities.",
    "De gemeente betaalt jaarlijks contributie aan Energy Cities.",
    "De burgemeester is vicevoorzitter van het bestuur van Eurocities.",
]

NOT_MEMBERSHIP = [
    "Wij hopen in 2025 lid te worden van Eurocities.",
    "De gemeente streeft ernaar om toe te treden tot Energy Cities.",
    "De gemeente neemt deel aan het project Networking the Covenant of Mayors.",
    "Het college onderzoekt of lidmaatschap van Eurocities zinvol is.",
    "De adviescommissie beveelt aan om lid te worden van C40.",
    "De gemeente heeft haar lidmaatschap van ICLEI in 2016 opgezegd.",
    "De gemeente is niet langer lid van Energy Cities.",
    "Eurocities houdt haar jaarcongres in Rotterdam.",
]

NOT_NETWORKS = [
    ("De wethouder nam deel aan het Klimaatforum 2022 in Utrecht.", set()),
    ("De gemeente is lid van het provinciale Klimaatplatform.", set()),
    ("De gemeente is lid van de VNG.", set()),
    ("De gemeente is lid van de VVSG en van Mayors for Peace.", {"Mayors for Peace"}),
    ("Het advies is opgesteld door Arcadis en Royal HaskoningDHV.", set()),
    ("De gemeente ontvangt subsidie van RVO en het Kadaster.", set()),
    ("De gemeente neemt deel aan de Omgevingsdienst Regio Utrecht en de Veiligheidsregio.", set()),
    ("De gemeente is lid van ICLEI, VNG en Energy Cities.", {"ICLEI", "Energy Cities"}),
]


@pytest.mark.parametrize(("text", "expected"), GAZETTEER)
def test_gazetteer_names_and_dutch_aliases_give_canonical_rows_with_kind(rows, text, expected):
    found = rows(text, LANG, TOWN)
    assert {name: row.kind for name, row in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), UNKNOWN_NAMES)
def test_unknown_name_with_a_network_head_word_in_a_membership_sentence_is_a_row(rows, text, expected):
    found = rows(text, LANG, TOWN)
    assert {name: row.kind for name, row in found.items()} == expected


@pytest.mark.parametrize("text", MEMBERSHIP)
def test_membership_joining_signing_hosting_and_proposals_to_leave_are_rows(rows, text):
    assert len(rows(text, LANG, TOWN)) == 1


@pytest.mark.parametrize("text", NOT_MEMBERSHIP)
def test_considered_recommended_and_left_networks_are_not_rows(rows, text):
    assert rows(text, LANG, TOWN) == {}


@pytest.mark.parametrize(("text", "expected"), NOT_NETWORKS)
def test_national_associations_agencies_and_providers_are_not_networks(rows, text, expected):
    assert set(rows(text, LANG, TOWN)) == expected
