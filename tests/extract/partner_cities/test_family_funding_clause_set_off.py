"""A project's funding named in a clause set off by commas before its partners ('Andøy deltar i prosjektet P,
finansiert av Interreg Aurora, sammen med Luleå kommun og Oulu'): the clause is said of the project, the towns after
it are the project's partners. Funding running straight into the list ('finansiert av X sammen med Luleå') makes the
towns co-funders, no partners."""

from __future__ import annotations

import pytest

PARTNERS = [
    (
        "nb",
        "Andøy",
        "Andøy deltar i prosjektet ArcticSpace, finansiert av Interreg Aurora, sammen med Luleå kommun og Oulu.",
        {"Luleå", "Oulu"},
    ),
    (
        "nb",
        "Alta",
        "Alta er med i prosjektet Nordlys, støttet av Interreg Nord, sammen med Kiruna og Rovaniemi.",
        {"Kiruna", "Rovaniemi"},
    ),
    (
        "nb",
        "Narvik",
        "Narvik leder prosjektet RailNorth, medfinansiert av EU, sammen med Luleå og Umeå.",
        {"Luleå", "Umeå"},
    ),
    ("nb", "Bodø", "Bodø deltar i prosjektet Kystliv, finansiert av Interreg, sammen med Tromsø og Oulu.", {"Oulu"}),
    (
        "nb",
        "Hamar",
        "Hamar deltar i prosjektet Lakes, finansiert av Erasmus+, sammen med Tartu og Pärnu.",
        {"Tartu", "Pärnu"},
    ),
    (
        "da",
        "Vejle",
        "Kommunen deltager i projektet GreenPort, finansieret af Interreg, sammen med Kiel og Malmö.",
        {"Kiel", "Malmö"},
    ),
    (
        "da",
        "Aalborg",
        "Aalborg er partner i projektet SeaLink, støttet af Interreg, sammen med Gdynia og Klaipėda.",
        {"Gdynia", "Klaipėda"},
    ),
    (
        "da",
        "Sorø",
        "Sorø leder projektet Skolebro, finansieret af Erasmus+, sammen med Tartu og Riga.",
        {"Tartu", "Riga"},
    ),
    (
        "da",
        "Skive",
        "Skive deltager i projektet FjordLife, medfinansieret af EU, sammen med Bergen og Lund.",
        {"Bergen", "Lund"},
    ),
    (
        "da",
        "Ærø",
        "Ærø er med i projektet SmallIslands, finansieret af LIFE, sammen med Visby og Mariehamn.",
        {"Visby", "Mariehamn"},
    ),
    (
        "nn",
        "Voss",
        "Voss deltek i prosjektet Fjellvatn, finansiert av Interreg, saman med Östersund og Umeå.",
        {"Östersund", "Umeå"},
    ),
    (
        "nn",
        "Stryn",
        "Stryn er med i prosjektet Breen, støtta av Erasmus+, saman med Innsbruck og Chamonix.",
        {"Innsbruck"},
    ),
    (
        "nn",
        "Sogndal",
        "Sogndal leier prosjektet Fjordskule, finansiert av Erasmus+, saman med Tartu og Riga.",
        {"Tartu", "Riga"},
    ),
    (
        "nn",
        "Førde",
        "Førde deltek i prosjektet Elvar, finansiert av EU, saman med Kalmar og Växjö.",
        {"Kalmar", "Växjö"},
    ),
    (
        "nn",
        "Ørsta",
        "Ørsta er med i prosjektet Kyst, finansiert av Interreg, saman med Skagen og Lysekil.",
        {"Skagen", "Lysekil"},
    ),
    (
        "nl",
        "Venlo",
        "Venlo neemt deel aan het project GreenLink, gefinancierd door Interreg, samen met Krefeld en Mönchengladbach.",
        {"Krefeld", "Mönchengladbach"},
    ),
    (
        "nl",
        "Gent",
        "Gent leidt het project Havenstad, gesteund door Interreg, samen met Duinkerke en Calais.",
        {"Dunkirk", "Calais"},
    ),
    (
        "nl",
        "Delft",
        "Delft werkt in het project Water, gefinancierd door LIFE, samen met Aarhus en Tartu.",
        {"Aarhus", "Tartu"},
    ),
    (
        "nl",
        "Assen",
        "Assen doet mee aan het project Sport, gefinancierd door Erasmus+, samen met Oldenburg en Lublin.",
        {"Oldenburg", "Lublin"},
    ),
    (
        "nl",
        "Breda",
        "Breda zit in het project Licht, medegefinancierd door de EU, samen met Eindhoven en Aken.",
        {"Aachen"},
    ),
]

CO_FUNDERS = [
    ("nb", "Andøy", "Prosjektet er finansiert av Nordisk ministerråd sammen med Luleå og Oulu.", "Luleå"),
    ("da", "Vejle", "Projektet er finansieret af Region Syddanmark sammen med Kiel og Malmö.", "Kiel"),
    ("nl", "Venlo", "Het project wordt gefinancierd door de provincie samen met Krefeld en Duisburg.", "Krefeld"),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), PARTNERS)
def test_towns_after_a_funding_clause_set_off_by_commas_are_project_partners(rows, language, town, text, expected):
    found = rows(text, language, town)
    assert expected <= set(found)
    assert all(found[city][0] == "project_partner" for city in expected)


@pytest.mark.parametrize(("language", "town", "text", "city"), CO_FUNDERS)
def test_towns_right_after_the_funding_are_co_funders(rows, language, town, text, city):
    assert city not in rows(text, language, town)
