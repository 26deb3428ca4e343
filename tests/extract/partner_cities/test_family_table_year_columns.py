"""A table of partners whose start year stands in a column of its own ('By | Land | Siden | Type', 'Stad  Land
Sinds', 'By  Land  Avtale fra  Status'): each town's year is read from its own row, under the header naming the
start, whatever the cells around it say; a dash there means no year is known, so a year stated in prose about
another town is not taken. A column naming an ending ('Avsluttet') or a visit gives no start year."""

from __future__ import annotations

import pytest

TABLES = [
    (
        "nb",
        "Vefsn",
        "VENNSKAPSBYER\n\nBy            Land        Siden   Type\nSkövde        Sverige     1953    Vennskapsby\n"
        "Kajaani       Finland     1961    Vennskapsby\nTábor         Tsjekkia    2020    Intensjonsavtale\n",
        {"Skövde": ("twin", 1953), "Kajaani": ("twin", 1961), "Tábor": ("intention_agreement", 2020)},
    ),
    (
        "nb",
        "Vefsn",
        "Oversikt over avtalene\n\n  By           Land       Type avtale          Fra     Status\n"
        "  -----------  ---------  -------------------  ------  ---------------\n"
        "  Skövde       Sverige    Vennskapsby          1953    Aktiv\n"
        "  Kajaani      Finland    Vennskapsby          1961    Satt på pause 2022\n"
        "  Tábor        Tsjekkia   Intensjonsavtale     2020    Under oppfølging\n",
        {"Skövde": ("twin", 1953), "Kajaani": ("twin", 1961), "Tábor": ("intention_agreement", 2020)},
    ),
    (
        "nl",
        "Venray",
        "Stedenbanden\n| Stad | Land | Sinds | Soort band |\n|------|------|-------|------------|\n"
        "| Tczew | Polen | 1996 | stedenband |\n| Olpe | Duitsland | 2004 | stedenband |\n"
        "| Hasselt | België | 2023 | samenwerkingsovereenkomst |\n",
        {"Tczew": ("twin", 1996), "Olpe": ("twin", 2004), "Hasselt": ("cooperation_agreement", 2023)},
    ),
    (
        "da",
        "Vordingborg",
        "VENSKABSBYER\n\nVenskabsby            Land        Fra      Kontakt\n"
        "Kalmar                 Sverige     1948     Kulturforvaltningen\n"
        "Kuopio                 Finland     1955     Skoleafdelingen\n",
        {"Kalmar": ("twin", 1948), "Kuopio": ("twin", 1955)},
    ),
    (
        "nn",
        "Voss",
        "VENSKAPSKOMMUNAR\n\nKommune        Land       Avtale frå   Status\n"
        "Leksand        Sverige    1987         Aktiv\n"
        "Ikaalinen      Finland    1993         Avslutta 2016\nVarberg        Sverige    -            Aktiv\n\n"
        "Venskapsavtalen med Leksand vart underteikna i 1987 under Vossajazz.",
        {"Leksand": ("twin", 1987), "Ikaalinen": ("twin", 1993), "Varberg": ("twin", None)},
    ),
    (
        "nb",
        "Vefsn",
        "VENNSKAPSBYER\n\nBy            Land        Avtale fra   Status\nSkövde        Sverige     1953         Aktiv\n"
        "Kajaani       Finland     -            Aktiv (avtalen fornyet 2015)\n\n"
        "Avtalen med Skövde ble undertegnet i 1953 under en idrettsstevne.",
        {"Skövde": ("twin", 1953), "Kajaani": ("twin", None)},
    ),
]

HEADERLESS = [
    (
        "nl",
        "Venray",
        "Zustersteden\n\n  Tczew             Polen            verbroederd sinds 1996\n"
        "  Olpe              Duitsland        verbroederd sinds 2004\n",
        {"Tczew": ("twin", 1996), "Olpe": ("twin", 2004)},
    ),
]

NO_START_COLUMN = [
    (
        "nb",
        "Vefsn",
        "VENNSKAPSBYER\n\nBy            Land        Avsluttet   Type\n"
        "Skövde        Sverige     2012        Vennskapsby\n"
        "Kajaani       Finland     2019        Vennskapsby\n",
        {"Skövde": ("twin", None), "Kajaani": ("twin", None)},
    ),
    (
        "da",
        "Vordingborg",
        "VENSKABSBYER\n\nVenskabsby            Land        Sidste besøg\nKalmar                 Sverige     2024\n"
        "Kuopio                 Finland     2023\n",
        {"Kalmar": ("twin", None), "Kuopio": ("twin", None)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), TABLES)
def test_the_start_year_is_read_from_the_towns_row(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), HEADERLESS)
def test_a_table_with_no_header_row_dates_each_row_by_its_own_phrase(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NO_START_COLUMN)
def test_a_column_of_end_or_visit_years_starts_nothing(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
