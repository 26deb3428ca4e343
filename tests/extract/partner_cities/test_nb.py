"""Norwegian Bokmål partner-city families: lists, small towns and spellings, districts, project partners,
start years, and what looks like a partner but is not. The issuer is Bodø throughout."""

from __future__ import annotations

import pytest

T, C, P, INTENT = "twin", "cooperation_agreement", "project_partner", "intention_agreement"

LISTS = [
    (
        "Våre vennskapsbyer er: Kiruna (Sverige), Akureyri (Island), Tórshavn og Rovaniemi.",
        {"Kiruna": (T, None), "Akureyri": (T, None), "Tórshavn": (T, None), "Rovaniemi": (T, None)},
    ),
    (
        "Vennskapsbyer\n\nLuleå, Sverige\nOulu, Finland\nAlta, Norge\n",
        {"Luleå": (T, None), "Oulu": (T, None), "Alta": (T, None)},
    ),
    (
        "Vennskapsby, land\n\nSiden\n\nGdynia, Polen\n\n1976\n\nPärnu, Estland\n\n1994\n",
        {"Gdynia": (T, 1976), "Pärnu": (T, 1994)},
    ),
    (
        "Kommunen har samarbeidsavtaler med disse byene:\n- Sisimiut (Grønland)\n- Vaasa (Finland)\n- Umeå (Sverige)",
        {"Sisimiut": (C, None), "Vaasa": (C, None), "Umeå": (C, None)},
    ),
    (
        "Vennskapsbyer: Falun – Sverige · Lahti – Finland · Nuuk – Grønland",
        {"Falun": (T, None), "Lahti": (T, None), "Nuuk": (T, None)},
    ),
]

SMALL_TOWNS = [
    ("Vennskapsbyen Isafjordur ligger på Vestfjordene.", {"Ísafjörður": (T, None)}),
    ("Kommunen har hatt vennskapsby i Klaksvik på Færøyene siden 1981.", {"Klaksvík": (T, 1981)}),
    ("Vår vennskapsby Hveragerdi har om lag 2 600 innbyggere.", {"Hveragerði": (T, None)}),
    ("Vennskapsbyene er Gøteborg og Helsingfors.", {"Gothenburg": (T, None), "Helsinki": (T, None)}),
    ("Vi har vennskapsbyene Kuressaare og Viljandi i Estland.", {"Kuressaare": (T, None), "Viljandi": (T, None)}),
    ("Vennskapsbyen Siglufjordur (Island) sendte et kor hit i fjor.", {"Siglufjörður": (T, None)}),
]

DISTRICTS = [
    ("Kommunen har en vennskapsby i bydelen Pankow i Berlin.", {"Pankow": (T, None)}),
    ("Vår vennskapsby er Berlin-Neukölln.", {"Neukölln": (T, None)}),
    ("Siden 1995 har kommunen vært vennskapsby med Majorna i Göteborg.", {"Majorna": (T, 1995)}),
    ("Vi har en samarbeidsavtale med Kallio (Helsingfors) om kultur.", {"Kallio": (C, None)}),
    (
        "Vennskapsbydelene Marzahn i Berlin og Vasastaden i Göteborg deltok.",
        {"Marzahn": (T, None), "Vasastaden": (T, None)},
    ),
]

PROJECTS = [
    (
        "Partnerne i prosjektet er Tallinn, Riga og Vilnius.",
        {"Tallinn": (P, None), "Riga": (P, None), "Vilnius": (P, None)},
    ),
    ("I et nytt Interreg-prosjekt samarbeider kommunen med Luleå og Oulu.", {"Luleå": (P, None), "Oulu": (P, None)}),
    ("Prosjektpartnere: Turku, Tartu og Klaipėda.", {"Turku": (P, None), "Tartu": (P, None), "Klaipėda": (P, None)}),
    ("I prosjektet BlueCoast samarbeider vi med Rostock og Gdańsk.", {"Rostock": (P, None), "Gdańsk": (P, None)}),
    ("Sammen med Lyon og Leipzig deltar kommunen i et URBACT-prosjekt.", {"Lyon": (P, None), "Leipzig": (P, None)}),
]

SINCE = [
    ("Vi har vært vennskapsby med Lahti siden 1952.", {"Lahti": (T, 1952)}),
    ("Intensjonsavtalen med Umeå ble inngått i 1998.", {"Umeå": (INTENT, 1998)}),
    ("Samarbeidsavtalen med Gdynia ble undertegnet i 2004.", {"Gdynia": (C, 2004)}),
    ("Vennskapsavtalen med Luleå ble fornyet i 2010.", {"Luleå": (T, None)}),
    ("I 2018 feiret vi 50-årsjubileum med vennskapsbyen Oulu.", {"Oulu": (T, None)}),
    ("Ordføreren besøkte vennskapsbyen Tartu i 2019.", {"Tartu": (T, None)}),
]

NOT_PARTNERS = [
    "Bodø kommune har vennskapsbyer i hele Norden.",
    "Side 3 av 10: Vennskapsbyer",
    "Lederen i vennskapsbyforeningen er født i Tromsø.",
    "Vennskapsbykoordinatoren, som er oppvokst i Malmö, fortalte om arbeidet.",
    "På vennskapsbyturen reiste gruppen videre til Roma.",
    "Vennskapsbytreffet ble avholdt i Saltstraumen og Kjerringøy.",
    "Mark, Vik og Side er ikke vennskapsbyer, men ord i en tekst om vennskapsbyer.",
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_every_town_of_a_twin_list_is_a_partner_with_the_lists_relation(rows, text, expected):
    assert rows(text, "nb", "Bodø") == expected


@pytest.mark.parametrize(("text", "expected"), SMALL_TOWNS)
def test_small_towns_are_found_in_every_spelling(rows, text, expected):
    assert rows(text, "nb", "Bodø") == expected


@pytest.mark.parametrize(("text", "expected"), DISTRICTS)
def test_a_district_is_the_partner_not_its_city(rows, text, expected):
    assert rows(text, "nb", "Bodø") == expected


@pytest.mark.parametrize(("text", "expected"), PROJECTS)
def test_cities_named_as_partners_of_a_project_are_project_partners(rows, text, expected):
    assert rows(text, "nb", "Bodø") == expected


@pytest.mark.parametrize(("text", "expected"), SINCE)
def test_start_years_count_and_renewals_anniversaries_visits_do_not(rows, text, expected):
    assert rows(text, "nb", "Bodø") == expected


@pytest.mark.parametrize("text", NOT_PARTNERS)
def test_issuer_common_words_home_towns_travel_and_venues_are_not_partners(rows, text):
    assert rows(text, "nb", "Bodø") == {}
