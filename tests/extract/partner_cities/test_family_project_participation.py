"""A project cooperation written as one compound noun ('projektsamarbejde med', 'prosjektsamarbeid med',
'projectsamenwerking met') or as taking part in a project together with towns ('deltager i projektet X med',
'deltar i prosjektet X med', 'neemt deel aan het project X met'): the towns right after it are the project's
partners. Taking part in a project with no 'with' after it names no partner: a visit in the next sentence, a
conference about project cooperation, or the town leading the project are no partners."""

from __future__ import annotations

import pytest

PARTICIPATION = [
    (
        "da",
        "Billund",
        "Kommunen indgår et treårigt projektsamarbejde med Pärnu i Estland om grønne lufthavne.",
        ["Pärnu"],
    ),
    ("da", "Syddjurs", "Kommunen deltager i projektet Grønne Kyster med Gdynia og Klaipėda.", ["Gdynia", "Klaipėda"]),
    ("da", "Syddjurs", "Projektsamarbejdet med Tartu og Riga løber fra 2025 til 2027.", ["Tartu", "Riga"]),
    (
        "da",
        "Syddjurs",
        'I 2024 deltog vi i Erasmus+-projektet "Unge Stemmer" med Tallinn og Turku.',
        ["Tallinn", "Turku"],
    ),
    ("da", "Syddjurs", "Ungdomsskolen og kommunen har et projektsamarbejde med Lübeck om klimatilpasning.", ["Lübeck"]),
    ("nb", "Ålesund", "Kommunen inngår et prosjektsamarbeid med Vigo i Spania om utslippsfrie havner.", ["Vigo"]),
    ("nb", "Ålesund", "Ålesund deltar i prosjektet BlueHarbour med Esbjerg og Vigo.", ["Esbjerg", "Vigo"]),
    ("nb", "Ålesund", "Prosjektsamarbeidet med Aberdeen og Esbjerg varer til 2027.", ["Aberdeen", "Esbjerg"]),
    (
        "nb",
        "Ålesund",
        "I 2025 deltok kommunen i Interreg-prosjektet Kystliv med Haparanda og Luleå.",
        ["Haparanda", "Luleå"],
    ),
    ("nb", "Ålesund", "Kommunen deltar i det nye prosjektet Havbyer, sammen med Aberdeen.", ["Aberdeen"]),
    ("nn", "Vang", "Kommunen inngår eit prosjektsamarbeid med Östersund om turløyper.", ["Östersund"]),
    ("nn", "Vang", "Vang deltek i prosjektet Fjellvegar med Östersund og Trondheim.", ["Östersund", "Trondheim"]),
    ("nn", "Vang", "Prosjektsamarbeidet med Tartu og Riga varer til 2027.", ["Tartu", "Riga"]),
    ("nn", "Vang", "I 2024 deltok kommunen i Interreg-prosjektet Fjellstiar med Östersund.", ["Östersund"]),
    ("nn", "Vang", "Vang deltek i eit Erasmus+-prosjekt saman med Bolzano og Innsbruck.", ["Bolzano", "Innsbruck"]),
    (
        "nl",
        "Merelbeke-Melle",
        "Merelbeke-Melle neemt deel aan het Interreg-project 'Schelde Rivierpark' met de stad Terneuzen en de gemeente"
        " Hulst.",
        ["Terneuzen", "Hulst"],
    ),
    (
        "nl",
        "Oss",
        "Oss neemt deel aan het project FoodBridge met Roeselare en Wageningen.",
        ["Roeselare", "Wageningen"],
    ),
    (
        "nl",
        "Oss",
        "In 2025 nam de gemeente deel aan het Erasmus+-project Jong Europa met Tartu en Gdynia.",
        ["Tartu", "Gdynia"],
    ),
    ("nl", "Oss", "De projectsamenwerking met Lünen en Kleve loopt tot 2027.", ["Lünen", "Kleve"]),
    ("nl", "Oss", "Vorig jaar namen we deel aan het Interreg-project Grensloos Fietsen met Kleef.", ["Kleve"]),
]

NO_PARTNER = [
    ("da", "Syddjurs", "Kommunen deltager i projektet Grønne Kyster. Borgmesteren besøgte samme år Berlin."),
    ("da", "Syddjurs", "Kommunen deltog i en konference om projektsamarbejde i Bruxelles."),
    ("da", "Syddjurs", "Kommunen deltager i projektet Grønne Kyster, der ledes fra København."),
    ("nb", "Ålesund", "Kommunen deltar i prosjektet BlueHarbour. Ordføreren besøkte også Brussel i mai."),
    ("nb", "Ålesund", "Kommunen deltok på et seminar om prosjektsamarbeid i Oslo."),
    ("nn", "Vang", "Kommunen deltek i prosjektet Fjellvegar. Ordføraren var på besøk i Bergen i mai."),
    ("nl", "Oss", "Oss neemt deel aan het project FoodBridge. De wethouder bezocht daarna Brussel."),
    ("nl", "Oss", "De gemeente nam deel aan een congres over projectsamenwerking in Gent."),
    ("nl", "Oss", "Oss neemt deel aan het project FoodBridge, dat wordt geleid vanuit Rotterdam."),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PARTICIPATION)
def test_towns_after_a_project_participation_are_project_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == {city: ("project_partner", None) for city in expected}


@pytest.mark.parametrize(("language", "issuer", "text"), NO_PARTNER)
def test_taking_part_in_a_project_without_a_with_names_no_partner(rows, language, issuer, text):
    assert rows(text, language, issuer) == {}
