"""Norwegian Nynorsk: the four families of issue 13 in sentences written for these tests."""

from __future__ import annotations

import pytest

LANG, TOWN = "nn", "Voss"

GAZETTEER = [
    ("Kommunen er medlem og følgjer Ordførarpaktas retningsliner.", {"Covenant of Mayors": "city_network"}),
    ("Kommunen er medlem i Ordførarpakta.", {"Covenant of Mayors": "city_network"}),
    ("Kommunen er med i Sunne kommunar.", {"Sunne kommuner": "city_network"}),
    ("Kommunen deltek i eit Interreg-prosjekt om reiseliv.", {"Interreg": "eu_programme"}),
    ("Kommunen er medlem av Vest-Noregs Brusselkontor.", {"West Norway Office": "organisation"}),
    ("Kommunen deltek i Erasmus+ gjennom skulane.", {"Erasmus+": "eu_programme"}),
    ("Voss er medlem av Østersjøbyenes union.", {"Union of the Baltic Cities": "city_network"}),
]

UNKNOWN_NAMES = [
    ("Kommunen er medlem i nettverket Fjellbygdene.", {"Fjellbygdene": "other"}),
    ("Kommunen deltek i Fjordforum saman med fire kommunar.", {"Fjordforum": "other"}),
    ("Kommunen vart medlem av Mountain Towns Network i fjor.", {"Mountain Towns Network": "city_network"}),
    ("Kommunen har slutta seg til Union of Valley Villages.", {"Union of Valley Villages": "city_network"}),
    ("Kommunen er med i Hardanger-nettverket.", {"Hardanger-nettverket": "other"}),
    ("Voss er medlem av Vestlandsbyane Forum.", {"Vestlandsbyane Forum": "city_network"}),
]

MEMBERSHIP = [
    "Kommunestyret vedtok å melde kommunen ut av Energy Cities.",
    "Kommunen signerte Ordførarpakta i 2015.",
    "Kommunen har vore medlem av ICLEI sidan 2010.",
    "Kommunen deltek aktivt i Eurocities.",
    "Kommunen er vertskommune for sekretariatet til Nordic Safe Cities.",
    "Kommunen betalte kontingent til Energy Cities i fjor.",
]

NOT_MEMBERSHIP = [
    "Ambisjonen er at alle kommunane i fylket signerer Ordførarpakta.",
    "Kommunen deltek i prosjektet Energy Cities Academy.",
    "Administrasjonen vurderer medlemskap i Eurocities.",
    "Kommunedirektøren tilrår å melde kommunen inn i C40.",
    "Kommunen melde seg ut av ICLEI i 2016.",
    "Kommunen er ikkje lenger medlem av Energy Cities.",
    "Eurocities held årsmøte i Bergen.",
]

NOT_NETWORKS = [
    ("Ordføraren deltok på Kommuneforum 2024 i Bergen.", set()),
    ("Kommunen er medlem av KS sitt Klimanettverk.", set()),
    ("Kommunen er medlem av KS.", set()),
    ("Kommunen er medlem av Kommunesektorens organisasjon.", set()),
    ("Kommunen har fått tilskot frå Enova og Husbanken.", set()),
    ("Kommunen er med i Vestlandsrådet.", set()),
    ("Kommunen er medlem i Hardanger regionråd.", set()),
    ("Kommunen er medlem av ICLEI, KS og Energy Cities.", {"ICLEI", "Energy Cities"}),
]


@pytest.mark.parametrize(("text", "expected"), GAZETTEER)
def test_gazetteer_names_and_nynorsk_aliases_give_canonical_rows_with_kind(rows, text, expected):
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
def test_national_associations_agencies_and_domestic_bodies_are_not_networks(rows, text, expected):
    assert set(rows(text, LANG, TOWN)) == expected
