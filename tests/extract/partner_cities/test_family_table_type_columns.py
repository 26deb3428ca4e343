"""A table of partners whose column names the kind of tie ('Type avtale', 'Avtale', 'Samarbejdsform', 'Soort band'):
the cell in a town's own row decides its relation, over a heading or prose elsewhere calling every town a twin.
A column that names something else (a contact person, a status, a last visit) decides nothing, and a cell that names
no relation leaves the relation to the prose."""

from __future__ import annotations

import pytest

TYPED = [
    (
        "nb",
        "Vefsn",
        "VENNSKAPSBYER\n\nVefsn har tre vennskapsbyer: Skövde, Kajaani og Tábor.\n\n"
        "By            Land        Siden   Type\nSkövde        Sverige     1953    Vennskapsby\n"
        "Kajaani       Finland     1961    Vennskapsby\nTábor         Tsjekkia    2020    Intensjonsavtale\n",
        {"Skövde": ("twin", 1953), "Kajaani": ("twin", 1961), "Tábor": ("intention_agreement", 2020)},
    ),
    (
        "nn",
        "Voss",
        "VENSKAPSKOMMUNAR\n\nKommune        Land       Avtale              Frå\n"
        "Leksand        Sverige    Venskapskommune     1987\n"
        "Ikaalinen      Finland    Samarbeidsavtale    2011\n\n"
        "Vossajazz har i mange år hatt besøk frå venskapskommunane Leksand og Ikaalinen.",
        {"Leksand": ("twin", 1987), "Ikaalinen": ("cooperation_agreement", 2011)},
    ),
    (
        "da",
        "Vordingborg",
        "Venskabsbyer\n\n| By | Land | Samarbejdsform | Siden |\n|----|------|----------------|-------|\n"
        "| Kalmar | Sverige | Venskabsby | 1948 |\n| Kuopio | Finland | Samarbejdsaftale | 2016 |\n\n"
        "Vordingborgs venskabsbyer Kalmar og Kuopio deltog i kulturugen.",
        {"Kalmar": ("twin", 1948), "Kuopio": ("cooperation_agreement", 2016)},
    ),
    (
        "nl",
        "Venray",
        "Zustersteden\n\nVenray onderhoudt banden met de zustersteden Tczew, Olpe en Hasselt.\n\n"
        "| Stad | Land | Soort band | Sinds |\n|------|------|------------|-------|\n"
        "| Tczew | Polen | stedenband | 1996 |\n| Olpe | Duitsland | partnerstad | 2004 |\n"
        "| Hasselt | België | intentieverklaring | 2025 |\n",
        {"Tczew": ("twin", 1996), "Olpe": ("twin", 2004), "Hasselt": ("intention_agreement", 2025)},
    ),
    (
        "nb",
        "Alta",
        "Vennskapsbyer og avtaler\n\n  By          Land       Type avtale          Fra     Status\n"
        "  ----------  ---------  -------------------  ------  ----------\n"
        "  Kiruna      Sverige    Samarbeidsavtale     2009    Aktiv\n"
        "  Rovaniemi   Finland    Vennskapsby          1972    Aktiv\n\n"
        "Alta og vennskapsbyen Kiruna arrangerte i fjor en felles næringskonferanse.",
        {"Kiruna": ("cooperation_agreement", 2009), "Rovaniemi": ("twin", 1972)},
    ),
]

UNTYPED = [
    (
        "nb",
        "Vefsn",
        "VENNSKAPSBYER\n\nVefsn har to vennskapsbyer: Skövde og Tábor.\n\n"
        "By            Land        Siden   Kontaktperson\nSkövde        Sverige     1953    Kulturkontoret\n"
        "Tábor         Tsjekkia    2020    Ordførerens kontor\n",
        {"Skövde": ("twin", 1953), "Tábor": ("twin", 2020)},
    ),
    (
        "nl",
        "Venray",
        "Zustersteden\n\nVenray heeft twee zustersteden: Tczew en Olpe.\n\n"
        "| Stad | Land | Soort band | Sinds |\n|------|------|------------|-------|\n"
        "| Tczew | Polen | jumelage | 1996 |\n| Olpe | Duitsland | - | 2004 |\n",
        {"Tczew": ("twin", 1996), "Olpe": ("twin", 2004)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), TYPED)
def test_the_type_cell_of_a_towns_row_decides_its_relation(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), UNTYPED)
def test_a_column_or_cell_naming_no_tie_leaves_the_relation_to_the_prose(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
