"""Danish partner-city families: lists, small towns and spellings, districts, project partners,
start years, and what looks like a partner but is not. The issuer is Aarhus throughout."""

from __future__ import annotations

import pytest

T, C, P = "twin", "cooperation_agreement", "project_partner"

LISTS = [
    (
        "Vores venskabsbyer er: Jyväskylä (Finland), Ísafjörður (Island), Eskilstuna og Drammen.",
        {"Jyväskylä": (T, None), "Ísafjörður": (T, None), "Eskilstuna": (T, None), "Drammen": (T, None)},
    ),
    (
        "Venskabsbyer\n\nLahti, Finland\nVäxjö, Sverige\nKristiansund, Norge\n",
        {"Lahti": (T, None), "Växjö": (T, None), "Kristiansund": (T, None)},
    ),
    (
        "Venskabsby, land\n\nKontaktår\n\nLübeck, Tyskland\n\n1968\n\nKlaipėda, Litauen\n\n1992\n",
        {"Lübeck": (T, 1968), "Klaipėda": (T, 1992)},
    ),
    (
        "Kommunen har samarbejdsaftaler med følgende byer:\n- Gdynia (Polen)\n- Tartu (Estland)\n- Rostock (Tyskland)",
        {"Gdynia": (C, None), "Tartu": (C, None), "Rostock": (C, None)},
    ),
    (
        "Venskabsbyer: Falun – Sverige · Tampere – Finland · Akureyri – Island",
        {"Falun": (T, None), "Tampere": (T, None), "Akureyri": (T, None)},
    ),
]

SMALL_TOWNS = [
    ("Venskabsbyen Siglufjord ligger i det nordlige Island.", {"Siglufjörður": (T, None)}),
    ("Kommunen har været venskabsby med Eidi på Færøerne siden 1978.", {"Eiði": (T, 1978)}),
    ("Vores venskabsby Klaksvik har godt 5.000 indbyggere.", {"Klaksvík": (T, None)}),
    ("Venskabsbyerne er Göteborg og Tammerfors.", {"Gothenburg": (T, None), "Tampere": (T, None)}),
    ("Vi har venskabsbyerne Slesvig og Flensborg syd for grænsen.", {"Schleswig": (T, None), "Flensburg": (T, None)}),
    ("Venskabsbyen Hveragerdi (Island) har 2.600 indbyggere.", {"Hveragerði": (T, None)}),
]

DISTRICTS = [
    ("Kommunen har en venskabsby i bydelen Spandau i Berlin.", {"Spandau": (T, None)}),
    ("Vores venskabsby er Berlin-Kreuzberg.", {"Kreuzberg": (T, None)}),
    ("Siden 1992 har kommunen været venskabsby med Södermalm i Stockholm.", {"Södermalm": (T, 1992)}),
    ("Vi har en samarbejdsaftale med Kallio (Helsinki) om ungdomsudveksling.", {"Kallio": (C, None)}),
    (
        "Venskabsbydelene Neukölln i Berlin og Kungsholmen i Stockholm deltog.",
        {"Neukölln": (T, None), "Kungsholmen": (T, None)},
    ),
]

PROJECTS = [
    (
        "Partnerne i projektet er Tallinn, Riga og Gdańsk.",
        {"Tallinn": (P, None), "Riga": (P, None), "Gdańsk": (P, None)},
    ),
    ("I et nyt Interreg-projekt samarbejder kommunen med Kiel og Malmö.", {"Kiel": (P, None), "Malmö": (P, None)}),
    ("Projektpartnere: Turku, Tartu og Klaipėda.", {"Turku": (P, None), "Tartu": (P, None), "Klaipėda": (P, None)}),
    ("I projektet GreenPort samarbejder vi med Rostock og Gdynia.", {"Rostock": (P, None), "Gdynia": (P, None)}),
    ("Sammen med Lyon og Leipzig deltager kommunen i et URBACT-projekt.", {"Lyon": (P, None), "Leipzig": (P, None)}),
]

SINCE = [
    ("Vi har været venskabsby med Lahti siden 1952.", {"Lahti": (T, 1952)}),
    ("Venskabsby fra 1971: Kristiansund i Norge.", {"Kristiansund": (T, 1971)}),
    ("Samarbejdsaftalen med Gdynia blev underskrevet i 1998.", {"Gdynia": (C, 1998)}),
    ("Venskabsbyaftalen med Växjö blev fornyet i 2010.", {"Växjö": (T, None)}),
    ("I 2022 fejrede vi 50-års jubilæum med venskabsbyen Lahti.", {"Lahti": (T, None)}),
    ("Borgmesteren besøgte venskabsbyen Tartu i 2019.", {"Tartu": (T, None)}),
]

NOT_PARTNERS = [
    "Århus Kommune har venskabsbyer i hele Norden.",
    "Side 4 af 12: Venskabsbyer",
    "Venskabsbyforeningens formand er født i Odense.",
    "Venskabsbykoordinatoren, der er opvokset i Malmö, fortalte om arbejdet.",
    "På venskabsbyturen rejste gruppen videre til Rom.",
    "Venskabsbystævnet blev afholdt i Skanderborg og Ry.",
    "Mark, Vik og Side er ikke venskabsbyer, men ord i en tekst om venskabsbyer.",
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_every_town_of_a_twin_list_is_a_partner_with_the_lists_relation(rows, text, expected):
    assert rows(text, "da", "Aarhus") == expected


@pytest.mark.parametrize(("text", "expected"), SMALL_TOWNS)
def test_small_towns_are_found_in_every_spelling(rows, text, expected):
    assert rows(text, "da", "Aarhus") == expected


@pytest.mark.parametrize(("text", "expected"), DISTRICTS)
def test_a_district_is_the_partner_not_its_city(rows, text, expected):
    assert rows(text, "da", "Aarhus") == expected


@pytest.mark.parametrize(("text", "expected"), PROJECTS)
def test_cities_named_as_partners_of_a_project_are_project_partners(rows, text, expected):
    assert rows(text, "da", "Aarhus") == expected


@pytest.mark.parametrize(("text", "expected"), SINCE)
def test_start_years_count_and_renewals_anniversaries_visits_do_not(rows, text, expected):
    assert rows(text, "da", "Aarhus") == expected


@pytest.mark.parametrize("text", NOT_PARTNERS)
def test_issuer_common_words_home_towns_travel_and_venues_are_not_partners(rows, text):
    assert rows(text, "da", "Aarhus") == {}
