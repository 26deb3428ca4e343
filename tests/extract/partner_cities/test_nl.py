"""Dutch and Flemish partner-city families: lists, small towns and exonyms, districts, project partners,
start years, and what looks like a partner but is not. The issuer is Utrecht throughout."""

from __future__ import annotations

import pytest

T, C, P, S = "twin", "cooperation_agreement", "project_partner", "strategic_partner"

LISTS = [
    (
        "Onze partnersteden zijn: Keulen (Duitsland), Luik (België), Rijsel en Praag.",
        {"Cologne": (T, None), "Liège": (T, None), "Lille": (T, None), "Prague": (T, None)},
    ),
    (
        "Zustersteden\n\nTartu, Estland\nGoslar, Duitsland\nSopot, Polen\n",
        {"Tartu": (T, None), "Goslar": (T, None), "Sopot": (T, None)},
    ),
    (
        "Partnerstad, land\n\nSinds\n\nHusum, Duitsland\n\n1974\n\nCēsis, Letland\n\n1996\n",
        {"Husum": (T, 1974), "Cēsis": (T, 1996)},
    ),
    (
        "De gemeente heeft samenwerkingsovereenkomsten met de volgende steden:\n"
        "- Płock (Polen)\n- Rakvere (Estland)\n- Viljandi (Estland)",
        {"Płock": (C, None), "Rakvere": (C, None), "Viljandi": (C, None)},
    ),
    (
        "Stedenbanden: Goslar – Duitsland · Kuressaare – Estland · Jūrmala – Letland",
        {"Goslar": (T, None), "Kuressaare": (T, None), "Jūrmala": (T, None)},
    ),
]

SMALL_TOWNS = [
    ("Onze partnerstad Siglufjordur ligt in het noorden van IJsland.", {"Siglufjörður": (T, None)}),
    ("Sinds 1988 heeft de gemeente een stedenband met Eidi op de Faeröer.", {"Eiði": (T, 1988)}),
    ("De zustergemeente Klaksvik telt ruim 5000 inwoners.", {"Klaksvík": (T, None)}),
    ("Onze partnersteden zijn Aken en Keulen.", {"Aachen": (T, None), "Cologne": (T, None)}),
    ("Er is een jumelage met Jurmala en Cesis in Letland.", {"Jūrmala": (T, None), "Cēsis": (T, None)}),
]

DISTRICTS = [
    ("Utrecht heeft een stedenband met het stadsdeel Berlijn-Spandau.", {"Spandau": (T, None)}),
    ("Onze partnerstad is het stadsdeel Kreuzberg in Berlijn.", {"Kreuzberg": (T, None)}),
    ("Sinds 1990 is er een stedenband met Schaerbeek in Brussel.", {"Schaerbeek": (T, 1990)}),
    ("Er is een samenwerkingsovereenkomst met Borgerhout (Antwerpen) over jeugdwerk.", {"Borgerhout": (C, None)}),
    (
        "De partnerstadsdelen Neukölln in Berlijn en Södermalm in Stockholm deden mee.",
        {"Neukölln": (T, None), "Södermalm": (T, None)},
    ),
]

PROJECTS = [
    (
        "De partners in het project zijn Tallinn, Riga en Gdańsk.",
        {"Tallinn": (P, None), "Riga": (P, None), "Gdańsk": (P, None)},
    ),
    (
        "Samen met de partnersteden Lyon, Leipzig en Bologna dient de gemeente een Interreg-project in.",
        {"Lyon": (P, None), "Leipzig": (P, None), "Bologna": (P, None)},
    ),
    ("Projectpartners: Turku, Tartu en Klaipėda.", {"Turku": (P, None), "Tartu": (P, None), "Klaipėda": (P, None)}),
    ("In het project GreenPort werken we samen met Rostock en Gdynia.", {"Rostock": (P, None), "Gdynia": (P, None)}),
    (
        "Binnen het URBACT-programma werkt de gemeente samen met Porto en Gent.",
        {"Porto": (P, None), "Ghent": (P, None)},
    ),
]

SINCE = [
    ("Sinds 1963 is Goslar onze partnerstad.", {"Goslar": (T, 1963)}),
    ("Het vriendschapsverdrag met Husum werd in 1988 ondertekend.", {"Husum": (T, 1988)}),
    ("De samenwerkingsovereenkomst met Płock werd gesloten in 2004.", {"Płock": (C, 2004)}),
    ("De stedenband met Tartu werd in 2012 verlengd.", {"Tartu": (T, None)}),
    ("In 2018 vierden we het 25-jarig jubileum van de stedenband met Sopot.", {"Sopot": (T, None)}),
    ("De burgemeester bezocht partnerstad Cēsis in 2019.", {"Cēsis": (T, None)}),
]

CLOSE_CONTACTS = [
    ("Er zijn nauwe contacten met steden als Lyon en Porto.", {"Lyon": (S, None), "Porto": (S, None)}),
    ("De gemeente onderhoudt intensieve banden met Shenzhen.", {"Shenzhen": (S, None)}),
    ("Met Malmö en Aarhus bestaan hechte relaties met steden in het Noorden.", {}),
    ("Er is een strategische samenwerking met Hamburg.", {"Hamburg": (S, None)}),
    (
        "Onze partnerstad Goslar en de intensieve contacten met Lyon versterken elkaar.",
        {"Goslar": (T, None), "Lyon": (S, None)},
    ),
]

NOT_PARTNERS = [
    "Gemeente Utrecht heeft partnersteden in heel Europa.",
    "Pagina 3: Stedenbanden | Side 4",
    "De voorzitter van de stichting Stedenbanden is geboren in Groningen.",
    "De coördinator van de stedenband, afkomstig uit Rotterdam, vertelde over het werk.",
    "Tijdens de stedenbandreis reisde de groep door naar Rome.",
    "De stedenbanddag werd gehouden in Zeist en Bunnik.",
    "Mark, Vik en Side zijn geen partnersteden maar woorden in een tekst over stedenbanden.",
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_every_town_of_a_twin_list_is_a_partner_with_the_lists_relation(rows, text, expected):
    assert rows(text, "nl", "Utrecht") == expected


@pytest.mark.parametrize(("text", "expected"), SMALL_TOWNS)
def test_small_towns_and_exonyms_are_found_in_every_spelling(rows, text, expected):
    assert rows(text, "nl", "Utrecht") == expected


@pytest.mark.parametrize(("text", "expected"), DISTRICTS)
def test_a_district_is_the_partner_not_its_city(rows, text, expected):
    assert rows(text, "nl", "Utrecht") == expected


@pytest.mark.parametrize(("text", "expected"), PROJECTS)
def test_cities_named_as_partners_of_a_project_are_project_partners(rows, text, expected):
    assert rows(text, "nl", "Utrecht") == expected


@pytest.mark.parametrize(("text", "expected"), SINCE)
def test_start_years_count_and_renewals_anniversaries_visits_do_not(rows, text, expected):
    assert rows(text, "nl", "Utrecht") == expected


@pytest.mark.parametrize(("text", "expected"), CLOSE_CONTACTS)
def test_close_contacts_with_cities_are_strategic_partnerships(rows, text, expected):
    assert rows(text, "nl", "Utrecht") == expected


@pytest.mark.parametrize("text", NOT_PARTNERS)
def test_issuer_common_words_home_towns_travel_and_venues_are_not_partners(rows, text):
    assert rows(text, "nl", "Utrecht") == {}
