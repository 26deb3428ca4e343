"""Danish: the four families of issue 13 in sentences written for these tests."""

from __future__ import annotations

import pytest

LANG, TOWN = "da", "Vejle"

GAZETTEER = [
    (
        "Kommunen er medlem af ICLEI og lever op til Borgmesterpagtens krav.",
        {"ICLEI": "city_network", "Covenant of Mayors": "city_network"},
    ),
    ("Kommunen tilsluttede sig Borgmesterpagten i 2009.", {"Covenant of Mayors": "city_network"}),
    (
        "Vejle er medlem af WHO's Sunde Byer og af Sund By Netværket.",
        {"WHO Healthy Cities": "city_network", "Sund By Netværket": "city_network"},
    ),
    (
        "Vi deltager aktivt i Østersøbyernes Union og i Nordisk Bynetværk.",
        {"Union of the Baltic Cities": "city_network", "Nordic City Network": "city_network"},
    ),
    ("Kommunen har været medlem af Borgmestre for Fred siden 2015.", {"Mayors for Peace": "city_network"}),
    ("Projektet er finansieret af Interreg Øresund-Kattegat-Skagerrak.", {"Interreg": "eu_programme"}),
    ("Kommunen er medlem af Syddansk EU-kontor.", {"South Denmark European Office": "organisation"}),
    (
        "Vejle deltager i to Horisont Europa-projekter og et Erasmus+-projekt.",
        {"Horizon Europe": "eu_programme", "Erasmus+": "eu_programme"},
    ),
]

UNKNOWN_NAMES = [
    ("Kommunen er medlem af netværket Kystbyerne.", {"Kystbyerne": "city_network"}),
    ("Vi deltager i Havnebyforum sammen med otte andre kommuner.", {"Havnebyforum": "other"}),
    ("Vejle blev i 2021 medlem af Lakeside Cities Network.", {"Lakeside Cities Network": "city_network"}),
    ("Kommunen er medlem af Nordic Water Alliance.", {"Nordic Water Alliance": "other"}),
    ("Kommunen har tilsluttet sig Union of Lake Towns.", {"Union of Lake Towns": "city_network"}),
    ("Vejle deltager i Vadehavs-netværket.", {"Vadehavs-netværket": "other"}),
    (
        "Som medlem af Netværk for Kystkommuner deltager Vejle i to arbejdsgrupper.",
        {"Netværk for Kystkommuner": "city_network"},
    ),
]

MEMBERSHIP = [
    "Byrådet besluttede at tilslutte kommunen Energy Cities.",
    "Kommunen huser sekretariatet for Cittaslow Danmark.",
    "Økonomiudvalget indstiller, at kommunen melder sig ud af Energy Cities.",
    "Kommunen underskrev i 2019 Borgmesterpagten.",
    "Kommunen har i mange år været aktiv i Eurocities.",
    "Kommunen betaler et årligt kontingent til Energy Cities på 25.000 kr.",
    "Borgmesteren er næstformand i bestyrelsen for Eurocities.",
]

NOT_MEMBERSHIP = [
    "Vores ambition er, at alle danske kommuner på sigt underskriver Borgmesterpagten.",
    "Kommunen deltager i projektet Networking the Covenant of Mayors.",
    "Forvaltningen overvejer at melde kommunen ind i Eurocities.",
    "Forvaltningen anbefaler, at kommunen undersøger et medlemskab af C40.",
    "Kommunen meldte sig ud af Energy Cities i 2015.",
    "Kommunen er ikke længere medlem af ICLEI.",
    "Eurocities afholder sit årsmøde i Gent.",
    "Borgmesteren underskrev Aalborg-erklæringen om bæredygtige byer.",
    "Kommunen deltager i projektet Grøn Omstilling Nord.",
]

NOT_NETWORKS = [
    ("Borgmesteren deltog i Folkemødet og i Klimaforum 2023.", set()),
    ("Medarbejderne deltager i KL's Klimanetværk.", set()),
    ("Kommunen deltager i Region Midtjyllands Klimaforum.", set()),
    ("Kommunen er medlem af KL og af Danske Regioner.", set()),
    ("Kommunen er medlem af Kommunernes Landsforening.", set()),
    ("Projektet gennemføres i samarbejde med Energistyrelsen og Realdania.", set()),
    ("Kommunen deltager i KKR Syddanmark og Business Region Aarhus.", set()),
    ("Kommunen er medlem af netværket COWI.", set()),
    ("Kommunen er medlem af ICLEI, KL og Energy Cities.", {"ICLEI", "Energy Cities"}),
]


@pytest.mark.parametrize(("text", "expected"), GAZETTEER)
def test_gazetteer_names_and_danish_aliases_give_canonical_rows_with_kind(rows, text, expected):
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
def test_considered_recommended_left_declarations_and_projects_are_not_rows(rows, text):
    assert rows(text, LANG, TOWN) == {}


@pytest.mark.parametrize(("text", "expected"), NOT_NETWORKS)
def test_national_associations_agencies_and_providers_are_not_networks(rows, text, expected):
    assert set(rows(text, LANG, TOWN)) == expected
