"""An URBACT network ('het URBACT-netwerk Living Station Areas', 'URBACT-netværket Green Food') is an EU project of
a handful of cities, not a membership network: the towns named with the municipality in it are its project partners.
The fellow members of a membership network ('het netwerk Energy Cities, samen met ...') stay no partners."""

from __future__ import annotations

import pytest

PROJECT_PARTNERS = [
    (
        "nl",
        "Roosendaal",
        "Roosendaal neemt deel aan het URBACT-netwerk Living Station Areas, samen met Tartu en Pécs.",
        {"Tartu", "Pécs"},
    ),
    (
        "nl",
        "Tilburg",
        "Via het URBACT-netwerk Thriving Streets werkt Tilburg samen met Bologna en Gdańsk.",
        {"Bologna", "Gdańsk"},
    ),
    (
        "nl",
        "Gent",
        "Gent leidt het URBACT netwerk Food Corridors samen met Vilnius en Porto.",
        {"Vilnius", "Porto"},
    ),
    (
        "nl",
        "Leuven",
        "In het URBACT-netwerk Healthy Schools werkt Leuven samen met Turku, Tartu en Lublin.",
        {"Turku", "Tartu", "Lublin"},
    ),
    (
        "nl",
        "Breda",
        "Breda is partner in het URBACT-netwerk Playful Cities, samen met Udine en Klaipėda.",
        {"Udine", "Klaipėda"},
    ),
    (
        "da",
        "Vejle",
        "Vejle deltager i URBACT-netværket Green Food sammen med Mouans-Sartoux, Tartu og Gdansk.",
        {"Tartu", "Gdańsk"},
    ),
    (
        "da",
        "Aarhus",
        "Gennem URBACT-netværket Tech Revolution samarbejder Aarhus med Bydgoszcz og Porto.",
        {"Bydgoszcz", "Porto"},
    ),
    (
        "da",
        "Odense",
        "Odense er partner i URBACT-netværket Playful Paradigm sammen med Udine og Esch-sur-Alzette.",
        {"Udine"},
    ),
    (
        "da",
        "Horsens",
        "Horsens deltager i URBACT-netværket Tourism Friendly Cities sammen med Genova og Dubrovnik.",
        {"Genoa", "Dubrovnik"},
    ),
    ("da", "Viborg", "I URBACT-netværket Healthy Cities arbejder Viborg sammen med Vic og Loulé.", {"Vic", "Loulé"}),
    (
        "nb",
        "Bodø",
        "Bodø deltar i URBACT-nettverket Urban Regeneration sammen med Gdynia og Turku.",
        {"Gdynia", "Turku"},
    ),
    (
        "nb",
        "Drammen",
        "Drammen er med i URBACT-nettverket Rivers of Life sammen med Łódź og Bilbao.",
        {"Łódź", "Bilbao"},
    ),
    (
        "nb",
        "Larvik",
        "Gjennom URBACT-nettverket Blue Coast samarbeider Larvik med Split og Gdańsk.",
        {"Split", "Gdańsk"},
    ),
    ("nb", "Hamar", "Hamar deltar i URBACT-nettverket Lakes sammen med Tartu og Jyväskylä.", {"Tartu", "Jyväskylä"}),
    ("nb", "Moss", "Moss er partner i URBACT-nettverket Small Ports sammen med Koper og Rijeka.", {"Koper", "Rijeka"}),
    ("nn", "Voss", "Voss deltek i URBACT-nettverket Mountain Towns saman med Bled og Chamonix.", {"Bled"}),
    ("nn", "Førde", "Førde er med i URBACT-nettverket Small Towns saman med Ljutomer og Jelgava.", {"Jelgava"}),
    (
        "nn",
        "Sogndal",
        "Gjennom URBACT-nettverket Fjord Cities samarbeider Sogndal med Kotor og Split.",
        {"Kotor", "Split"},
    ),
    (
        "nn",
        "Stord",
        "Stord deltek i URBACT-nettverket Maritime Skills saman med Gdynia og Klaipėda.",
        {"Gdynia", "Klaipėda"},
    ),
    ("nn", "Ørsta", "Ørsta er partnar i URBACT-nettverket Youth Voices saman med Tartu og Pärnu.", {"Tartu", "Pärnu"}),
]

FELLOW_MEMBERS = [
    (
        "nl",
        "Roosendaal",
        "Roosendaal is lid van het netwerk Energy Cities, samen met onder meer Tartu en Pécs.",
        "Tartu",
    ),
    ("da", "Vejle", "Vejle er medlem af netværket Eurocities sammen med Tartu og Gdansk.", "Tartu"),
    ("nb", "Bodø", "Bodø er medlem av nettverket Eurocities sammen med Gdynia og Turku.", "Gdynia"),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), PROJECT_PARTNERS)
def test_towns_of_an_urbact_network_are_project_partners(rows, language, town, text, expected):
    found = rows(text, language, town)
    assert expected <= set(found)
    assert all(found[city][0] == "project_partner" for city in expected)


@pytest.mark.parametrize(("language", "town", "text", "city"), FELLOW_MEMBERS)
def test_fellow_members_of_a_membership_network_are_no_partners(rows, language, town, text, city):
    assert city not in rows(text, language, town)
