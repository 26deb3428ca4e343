"""Norwegian Bokmål: the four families of issue 13 in sentences written for these tests."""

from __future__ import annotations

import pytest

LANG, TOWN = "nb", "Narvik"

GAZETTEER = [
    ("Kommunen er medlem og følger Ordførerpaktens retningslinjer.", {"Covenant of Mayors": "city_network"}),
    ("Kommunen er medlem av Ordførerpakten.", {"Covenant of Mayors": "city_network"}),
    ("Narvik deltar i Sunne kommuner – WHOs norske nettverk.", {"Sunne kommuner": "city_network"}),
    ("Kommunen er medlem av Nordsjøkommisjonen gjennom fylket.", {"North Sea Commission": "organisation"}),
    ("Prosjektet er finansiert av EØS-midlene.", {"EEA and Norway Grants": "eu_programme"}),
    ("Kommunen er medlem av Osloregionens Europakontor.", {"Oslo Region European Office": "organisation"}),
    ("Narvik deltar i Interreg Nordsjøprogrammet med to prosjekter.", {"Interreg": "eu_programme"}),
]

UNKNOWN_NAMES = [
    ("Kommunen er medlem av nettverket Fjordbyene.", {"Fjordbyene": "city_network"}),
    ("Vi deltar i Kystforum sammen med seks kommuner.", {"Kystforum": "other"}),
    ("Kommunen ble i 2020 medlem av Arctic Mobility Partnership.", {"Arctic Mobility Partnership": "other"}),
    ("Kommunen har sluttet seg til Alliance of Northern Towns.", {"Alliance of Northern Towns": "city_network"}),
    ("Narvik er medlem av Barents-nettverket.", {"Barents-nettverket": "other"}),
    ("Kommunen er medlem av Nordlandsbyenes Forum.", {"Nordlandsbyenes Forum": "city_network"}),
]

MEMBERSHIP = [
    "Bystyret vedtok at kommunen skal tre ut av Energy Cities.",
    "Kommunen signerte Ordførerpakten i 2012.",
    "Kommunen er med i ICORN og tar imot en fribyforfatter.",
    "Narvik har vært medlem av ICLEI siden 2010.",
    "Formannskapet innstiller på at kommunen melder seg ut av Eurocities.",
    "Kommunen har betalt kontingent til ICLEI for 2023.",
    "Kommunen ble sertifisert som Trygt lokalsamfunn i 2019.",
]

NOT_MEMBERSHIP = [
    "Ambisjonen er at alle kommuner i fylket signerer Ordførerpakten.",
    "Vi håper å bli medlem av Eurocities innen 2026.",
    "Kommunen deltar i prosjektet Energy Cities Academy.",
    "Administrasjonen vurderer medlemskap i Eurocities.",
    "Rådmannen anbefaler å melde kommunen inn i C40.",
    "Kommunen meldte seg ut av ICLEI i 2016.",
    "Kommunen er ikke lenger med i Energy Cities.",
    "Eurocities holder årsmøte i Oslo.",
    "Ordføreren signerte Aalborg-erklæringen om bærekraftige byer.",
]

NOT_NETWORKS = [
    ("Ordføreren deltok på Arendalsuka og på Kommuneforum 2024.", set()),
    ("Kommunen er medlem av Vestland fylkeskommunes Klimanettverk.", set()),
    ("Kommunen er medlem av Norsk kulturforum.", set()),
    ("Kommunen er medlem av KS.", set()),
    ("Kommunen er medlem av Kommunesektorens organisasjon.", set()),
    ("Rådgivningen ble levert av Multiconsult og Asplan Viak.", set()),
    ("Kommunen har fått støtte fra Enova og Husbanken.", set()),
    ("Kommunen er medlem av Vestlandsrådet og Osloregionen.", set()),
    ("Kommunen er medlem av ICLEI, KS og Energy Cities.", {"ICLEI", "Energy Cities"}),
]


@pytest.mark.parametrize(("text", "expected"), GAZETTEER)
def test_gazetteer_names_and_norwegian_aliases_give_canonical_rows_with_kind(rows, text, expected):
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
def test_considered_recommended_left_and_declarations_are_not_rows(rows, text):
    assert rows(text, LANG, TOWN) == {}


@pytest.mark.parametrize(("text", "expected"), NOT_NETWORKS)
def test_national_associations_agencies_and_providers_are_not_networks(rows, text, expected):
    assert set(rows(text, LANG, TOWN)) == expected
