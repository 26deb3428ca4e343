"""A partner table aligned with spaces, no pipes, standing after a paragraph rather than under a heading that names
the relation ('By  Land  Avtaletype  Fra  Status'): the header row names the columns and every row keeps its cells
under them, so a town's start year is the cell under the column naming the start, whatever the remark after it
says. A line that breaks the table ('Hankø? nei - se merknad') does not end it. A column of population figures, of
end years or of visits, and a year written as a renewal, start nothing."""

from __future__ import annotations

import pytest

_INTRO = {
    "nb": "Kommunen har i mange år hatt avtaler med byer i Norden og Europa, og oversikten nedenfor viser status.\n\n",
    "nn": "Kommunen har i mange år hatt avtalar med byar i Norden og Europa, og oversikta nedanfor viser status.\n\n",
    "da": "Kommunen har i mange år haft aftaler med byer i Norden og Europa, og oversigten nedenfor viser status.\n\n",
    "nl": "De gemeente heeft al jaren banden met steden in Europa, en het overzicht hieronder toont de stand.\n\n",
}

ALIGNED = [
    (
        "nb",
        "Sandefjord",
        "VENNSKAPSBYER OG AVTALER\n\n"
        + _INTRO["nb"]
        + "By                 Land        Avtaletype              Fra    Status\n"
        "-----------------  ----------  ----------------------  -----  ----------\n"
        "Uddevalla          Sverige     vennskapsby             1961   aktiv\n"
        "Tjøme? nei – se merknad\n"
        "Kolding            Danmark     vennskapsby             1966   aktiv\n"
        "Porvoo             Finland     vennskapsby             1975   avsluttet\n"
        "Szczecin           Polen       samarbeidsavtale        2018   aktiv\n",
        {"Uddevalla": 1961, "Kolding": 1966, "Porvoo": 1975, "Szczecin": 2018},
    ),
    (
        "da",
        "Vordingborg",
        "INTERNATIONALT SAMARBEJDE\n\n" + _INTRO["da"] + "Venskabsby      Land        Aftale fra   Bemærkning\n"
        "Kalmar          Sverige     1948         aftalen fornyet i 2019\n"
        "Kuopio          Finland     1955         sat i bero\n"
        "Gdańsk          Polen       2021\n",
        {"Kalmar": 1948, "Kuopio": 1955, "Gdańsk": 2021},
    ),
    (
        "nl",
        "Venray",
        "Internationale samenwerking\n\n"
        + _INTRO["nl"]
        + "Stad            Land          Soort band         Sinds   Opmerking\n"
        "Tczew           Polen         stedenband         1996    actief\n"
        "Olpe            Duitsland     partnerstad        2004    uitwisseling scholen\n"
        "Hasselt         België        samenwerking       2023    nieuw\n",
        {"Tczew": 1996, "Olpe": 2004, "Hasselt": 2023},
    ),
    (
        "nn",
        "Voss",
        "INTERNASJONALT ARBEID\n\n" + _INTRO["nn"] + "Venskapskommune   Land       Avtale frå   Status\n"
        "Leksand           Sverige    1987         aktiv\n"
        "Ikaalinen         Finland    1993         avslutta 2016\n",
        {"Leksand": 1987, "Ikaalinen": 1993},
    ),
    (
        "nb",
        "Alta",
        "Internasjonalt samarbeid\n\n" + _INTRO["nb"] + "  Vennskapsby    Land        Siden     Kontakt\n"
        "  ------------  ----------  --------  ------------------\n"
        "  Kiruna        Sverige     2009      næringsavdelingen\n"
        "  Rovaniemi     Finland     1972      kulturkontoret\n",
        {"Kiruna": 2009, "Rovaniemi": 1972},
    ),
]

NOT_A_START = [
    (
        "nb",
        "Sandefjord",
        "VENNSKAPSBYER\n\nSandefjord har vennskapsbyene Uddevalla og Kolding.\n\n"
        "By                 Land        Innbyggere   Areal km2\n"
        "Uddevalla          Sverige     1956         637\n"
        "Kolding            Danmark     1980         610\n",
        {"Uddevalla": None, "Kolding": None},
    ),
    (
        "da",
        "Vordingborg",
        "VENSKABSBYER\n\nVordingborg har venskabsbyerne Kalmar og Kuopio.\n\n"
        "By              Land        Sidste besøg   Fornyet\n"
        "Kalmar          Sverige     2024           2019\n"
        "Kuopio          Finland     2023           2015\n",
        {"Kalmar": None, "Kuopio": None},
    ),
    (
        "nl",
        "Venray",
        "Zustersteden\n\nVenray heeft de zustersteden Tczew en Olpe.\n\n"
        "Stad            Land          Beëindigd   Soort band\n"
        "Tczew           Polen         2012        stedenband\n"
        "Olpe            Duitsland     2019        partnerstad\n",
        {"Tczew": None, "Olpe": None},
    ),
]


def _years(rows, language, issuer, text):
    return {city: year for city, (_, year) in rows(text, language, issuer).items()}


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ALIGNED)
def test_the_start_year_is_the_cell_under_the_start_column(rows, language, issuer, text, expected):
    assert _years(rows, language, issuer, text) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_A_START)
def test_a_column_of_other_figures_or_years_starts_nothing(rows, language, issuer, text, expected):
    assert _years(rows, language, issuer, text) == expected
