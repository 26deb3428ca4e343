"""Swedish partners written with their official municipality names in a coordinated list: 'Höganäs Kommun og
Lysekils Kommun i Sverige samt Larvik kommune i Norge'. The municipality word may be capitalised ('Kommun', 'Stad')
and the town stands in the genitive before it ('Lysekils kommun', 'Jönköpings kommun', 'Stockholms stad'): every
town of the list is a partner. A genitive before any other word ('Lysekils hamn') names no municipality, and a word
that only looks like a genitive stays no town."""

from __future__ import annotations

import pytest

LISTS = [
    (
        "da",
        "Odsherred",
        "Projektet udvikler naturturisme. Partnere er Höganäs Kommun og Lysekils Kommun i Sverige samt Larvik "
        "kommune i Norge.",
        {"Höganäs", "Lysekil", "Larvik"},
    ),
    (
        "da",
        "Hjørring",
        "I Interreg-projektet BlueCoast er partnerne Strömstads kommun, Uddevalla kommun og Sandefjord kommune.",
        {"Strömstad", "Uddevalla", "Sandefjord"},
    ),
    (
        "nb",
        "Halden",
        "Kommunen har en samarbeidsavtale med Strömstads Kommun og Trollhättans Kommun om grensehandel og turisme.",
        {"Strömstad", "Trollhättan"},
    ),
    (
        "nb",
        "Narvik",
        "Prosjektet ledes av Narvik, og partnerne er Kiruna kommun,\nGällivare kommun og Lycksele kommun.",
        {"Kiruna", "Gällivare", "Lycksele"},
    ),
    (
        "nn",
        "Voss",
        "Voss har vennskapsbyane Jönköpings kommun i Sverige og Ringsted Kommune i Danmark.",
        {"Jönköping", "Ringsted"},
    ),
    (
        "nl",
        "Zwolle",
        "In het Europese project RiverLink werkt Zwolle samen met Västerås Stad en Karlstads kommun in Zweden.",
        {"Västerås", "Karlstad"},
    ),
    (
        "da",
        "Frederikshavn",
        "Venskabsbyer: Borås Stad, Motala kommun og Lidköpings kommun i Sverige.",
        {"Borås", "Motala", "Lidköping"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), LISTS)
def test_every_town_of_a_list_of_official_names_is_a_partner(rows, language, town, text, expected):
    assert expected <= set(rows(text, language, town))


def test_a_genitive_before_another_word_names_no_municipality(rows):
    found = rows("Delegationen besøgte Lysekils hamn og Göteborgs universitet i maj.", "da", "Odsherred")
    assert not {"Lysekil", "Gothenburg"} & set(found)


def test_a_genitive_of_a_visited_town_is_no_partner(rows):
    found = rows("Borgmesteren holdt et oplæg for Lysekils kommun på en konference om havmiljø.", "da", "Odsherred")
    assert "Lysekil" not in found
