"""Family (precision): a table of partner towns with a status column ("Skellefteå | Sverige | Aktiv",
"Kemi | Finland | Aktiv") is no tracker: when most rows name a town, none of its rows is an action, also
a town whose name is an everyday word ("Kemi", "Mo"). A tracker whose rows are projects stays one.
Tables written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TOWNS = [
    ("nb", "Vennskapsby\tLand\tStatus\nSkellefteå\tSverige\tAktiv\nKemi\tFinland\tAktiv\nKirovsk\tRussland\tPause"),
    ("nn", "Vennskapsby\tLand\tStatus\nUmeå\tSverige\tAktiv\nKemi\tFinland\tAktiv\nTartu\tEstland\tAvslutta"),
    ("da", "Venskabsby\tLand\tStatus\nKalmar\tSverige\tAktiv\nKemi\tFinland\tAktiv\nTartu\tEstland\tSat i bero"),
    ("nl", "Zusterstad\tLand\tStatus\nKleve\tDuitsland\tActief\nKemi\tFinland\tActief\nTartu\tEstland\tStopgezet"),
    ("nb", "| By | Land | Status |\n|---|---|---|\n| Luleå | Sverige | Aktiv |\n| Kemi | Finland | Pause |\n"
           "| Oulu | Finland | Aktiv |"),
]


@pytest.mark.parametrize(("language", "text"), TOWNS)
def test_a_table_of_partner_towns_gives_no_action(language, text):
    assert rows(text, language) == []


def test_a_tracker_of_projects_stays_a_tracker():
    text = "Tiltak\tAnsvar\tStatus\nNy turvei\tTeknisk\tFullført\nNy kai\tHavn\tPågår\nBybuss\tSamferdsel\tIkke startet"
    assert [status for _, _, status in rows(text, "nb")] == ["completed", "in_progress", "not_started"]


SMALL_TOWNS = [
    ("nb", "By\tLand\tType avtale\tStatus\nLerwick\tSkottland\tVennskapsby\tAktiv\nPorto\tPortugal\tIntensjonsavtale\t"
           "Under oppfølging\nKirkenes\tNorge\tSamarbeid\tSatt på pause\nVardø\tNorge\tSamarbeid\tAktiv"),
    ("da", "By\tLand\tAftale\tStatus\nPorto\tPortugal\tVenskabsby\tAktiv\nTórshavn\tFærøerne\tVenskabsby\tAktiv\n"
           "Skagen\tDanmark\tSamarbejde\tSat i bero"),
    ("nl", "Stad\tLand\tSoort\tStatus\nPorto\tPortugal\tPartnerstad\tActief\nLerwick\tSchotland\tProject\tAfgerond\n"
           "Vaals\tNederland\tProject\tLoopt"),
    ("nn", "By\tLand\tStatus\nLerwick\tSkottland\tAktiv\nPorto\tPortugal\tPå pause\nVik\tNoreg\tAktiv"),
    ("nb", "Kommune\tLand\tStatus\nHaparanda\tSverige\tAktiv\nTornio\tFinland\tAktiv\nPorto\tPortugal\tAvsluttet"),
]


@pytest.mark.parametrize(("language", "text"), SMALL_TOWNS)
def test_rows_that_name_a_country_beside_a_small_or_everyday_town_are_partner_towns(language, text):
    assert rows(text, language) == []


HEADINGS = [
    ("nb", "Lerwick og Härnösand\nSamarbeidet med Lerwick startet med fiskeriutveksling i 1985.\n"),
    ("da", "Kalmar og Tórshavn\nSamarbejdet med Kalmar er i gang igen efter en pause.\n"),
    ("nl", "Kleve en Lerwick\nDe samenwerking met Kleve is in uitvoering.\n"),
    ("nn", "Umeå og Lerwick\nSamarbeidet med Umeå starta med skuleutveksling.\n"),
    ("nb", "Tartu, Lerwick og Umeå\nSamarbeidet pågår med årlige besøk.\n"),
]


@pytest.mark.parametrize(("language", "text"), HEADINGS)
def test_a_heading_naming_partner_towns_is_no_action(language, text):
    assert rows(text, language) == []


def test_a_heading_naming_a_project_with_a_town_stays_an_action():
    text = "Ny kai i Lerwick og Härnösand\nStatus: Under arbeid.\n"
    assert [status for _, _, status in rows(text, "nb")] == ["in_progress"]
