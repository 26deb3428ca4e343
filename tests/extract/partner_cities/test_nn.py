"""Nynorsk partner-city families: lists, small towns and spellings, districts, project partners,
start years, and what looks like a partner but is not. The issuer is Voss throughout."""

from __future__ import annotations

import pytest

T, C, P = "twin", "cooperation_agreement", "project_partner"

LISTS = [
    (
        "Venskapskommunane våre er: Kiruna (Sverige), Akureyri (Island), Tórshavn og Rovaniemi.",
        {"Kiruna": (T, None), "Akureyri": (T, None), "Tórshavn": (T, None), "Rovaniemi": (T, None)},
    ),
    (
        "Vennskapsbyar\n\nLuleå, Sverige\nOulu, Finland\nSisimiut, Grønland\n",
        {"Luleå": (T, None), "Oulu": (T, None), "Sisimiut": (T, None)},
    ),
    (
        "Venskapsby, land\n\nSidan\n\nGdynia, Polen\n\n1976\n\nPärnu, Estland\n\n1994\n",
        {"Gdynia": (T, 1976), "Pärnu": (T, 1994)},
    ),
    (
        "Kommunen har samarbeidsavtalar med desse byane:\n- Sisimiut (Grønland)\n- Vaasa (Finland)\n- Umeå (Sverige)",
        {"Sisimiut": (C, None), "Vaasa": (C, None), "Umeå": (C, None)},
    ),
    (
        "Venskapsbyar: Falun – Sverige · Lahti – Finland · Nuuk – Grønland",
        {"Falun": (T, None), "Lahti": (T, None), "Nuuk": (T, None)},
    ),
]

SMALL_TOWNS = [
    ("Venskapsbyen Isafjordur ligg på Vestfjordane.", {"Ísafjörður": (T, None)}),
    ("Kommunen har hatt venskapsby i Klaksvik på Færøyane sidan 1981.", {"Klaksvík": (T, 1981)}),
    ("Venskapsbyen vår Hveragerdi har om lag 2 600 innbyggjarar.", {"Hveragerði": (T, None)}),
    ("Venskapsbyane er Gøteborg og Helsingfors.", {"Gothenburg": (T, None), "Helsinki": (T, None)}),
    ("Vi har venskapsbyane Kuressaare og Viljandi i Estland.", {"Kuressaare": (T, None), "Viljandi": (T, None)}),
]

DISTRICTS = [
    ("Kommunen har ein venskapsby i bydelen Pankow i Berlin.", {"Pankow": (T, None)}),
    ("Venskapsbyen vår er Berlin-Neukölln.", {"Neukölln": (T, None)}),
    ("Sidan 1995 har kommunen vore venskapsby med Majorna i Göteborg.", {"Majorna": (T, 1995)}),
    ("Vi har ein samarbeidsavtale med Kallio (Helsingfors) om kultur.", {"Kallio": (C, None)}),
    (
        "Venskapsbydelane Marzahn i Berlin og Vasastaden i Göteborg var med.",
        {"Marzahn": (T, None), "Vasastaden": (T, None)},
    ),
]

PROJECTS = [
    (
        "Partnarane i prosjektet er Tallinn, Riga og Vilnius.",
        {"Tallinn": (P, None), "Riga": (P, None), "Vilnius": (P, None)},
    ),
    ("I eit nytt Interreg-prosjekt samarbeider kommunen med Luleå og Oulu.", {"Luleå": (P, None), "Oulu": (P, None)}),
    ("Prosjektpartnarar: Turku, Tartu og Klaipėda.", {"Turku": (P, None), "Tartu": (P, None), "Klaipėda": (P, None)}),
    ("I prosjektet BlueCoast samarbeider vi med Rostock og Gdańsk.", {"Rostock": (P, None), "Gdańsk": (P, None)}),
    ("Saman med Lyon og Leipzig er kommunen med i eit URBACT-prosjekt.", {"Lyon": (P, None), "Leipzig": (P, None)}),
]

SINCE = [
    ("Vi har vore venskapsby med Lahti sidan 1952.", {"Lahti": (T, 1952)}),
    ("Samarbeidsavtalen med Gdynia vart underteikna i 2004.", {"Gdynia": (C, 2004)}),
    ("Venskapsby frå 1971: Kristiansand i Noreg og Oulu i Finland.", {"Kristiansand": (T, 1971), "Oulu": (T, 1971)}),
    ("Venskapsavtalen med Luleå vart fornya i 2010.", {"Luleå": (T, None)}),
    ("I 2018 feira vi 50-årsjubileum med venskapsbyen Oulu.", {"Oulu": (T, None)}),
    ("Ordføraren vitja venskapsbyen Tartu i 2019.", {"Tartu": (T, None)}),
]

NOT_PARTNERS = [
    "Voss kommune har venskapsbyar i heile Norden.",
    "Side 3 av 10: Venskapsbyar",
    "Leiaren i venskapsbylaget er fødd i Bergen.",
    "Venskapsbykoordinatoren, som er oppvaksen i Malmö, fortalde om arbeidet.",
    "På venskapsbyturen reiste gruppa vidare til Roma.",
    "Venskapsbytreffet vart halde i Vossevangen og Bolstadøyri.",
    "Mark, Vik og Side er ikkje venskapsbyar, men ord i ein tekst om venskapsbyar.",
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_every_town_of_a_twin_list_is_a_partner_with_the_lists_relation(rows, text, expected):
    assert rows(text, "nn", "Voss") == expected


@pytest.mark.parametrize(("text", "expected"), SMALL_TOWNS)
def test_small_towns_are_found_in_every_spelling(rows, text, expected):
    assert rows(text, "nn", "Voss") == expected


@pytest.mark.parametrize(("text", "expected"), DISTRICTS)
def test_a_district_is_the_partner_not_its_city(rows, text, expected):
    assert rows(text, "nn", "Voss") == expected


@pytest.mark.parametrize(("text", "expected"), PROJECTS)
def test_cities_named_as_partners_of_a_project_are_project_partners(rows, text, expected):
    assert rows(text, "nn", "Voss") == expected


@pytest.mark.parametrize(("text", "expected"), SINCE)
def test_start_years_count_and_renewals_anniversaries_visits_do_not(rows, text, expected):
    assert rows(text, "nn", "Voss") == expected


@pytest.mark.parametrize("text", NOT_PARTNERS)
def test_issuer_common_words_home_towns_travel_and_venues_are_not_partners(rows, text):
    assert rows(text, "nn", "Voss") == {}
