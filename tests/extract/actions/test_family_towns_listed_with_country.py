"""Family (precision): a page's table gives its partner towns with their country ("Kitzbühel  Østerrike
1994  Vennskapsby (avsluttet 2012)"); a heading or row naming such a town alone, with what became of the
relation under it, is no action, however small the town. A project named after a place that no row gives
with a country stays an action. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PAGES = [
    (
        "nb",
        "Vennskapsbyer\n\nBy            Land        Fra     Type\nLeksand       Sverige     1961    Vennskapsby\n"
        "Kitzbühel     Østerrike   1994    Vennskapsby (avsluttet 2012)\n\nKitzbühel\nSamarbeidet med Kitzbühel ble "
        "avsluttet etter vedtak i kommunestyret i 2012.\n",
    ),
    (
        "nb",
        "Internasjonalt arbeid\n\nBy                 Land        Avtaletype        Fra    Status\n"
        "-----------------  ----------  ----------------  -----  ----------\nGrebbestad         Sverige     "
        "vennskapsby       1958   aktiv\nmerknad: se under\nSkagen             Danmark     vennskapsby       1964   "
        "avsluttet\n",
    ),
    (
        "da",
        "Venskabsbyer\n\nBy, land, siden\nMariehamn, Finland, 1972\nSkagen, Danmark, 1980\n\nMariehamn\n"
        "Samarbejdet blev afsluttet i 2019, da der ikke længere var aktivitet.\n",
    ),
    (
        "nn",
        "Vennskapskommunar\n\n| Kommune | Land | Status |\n|---|---|---|\n| Sunne | Sverige | aktiv |\n\n"
        "Sunne\nSamarbeidet vart sett på pause i 2021.\n",
    ),
    (
        "nl",
        "Stedenbanden\n\nStad\tLand\tSinds\nBad Ems\tDuitsland\t1968\n\nBad Ems\nDe stedenband is in 2020 "
        "beëindigd.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), PAGES)
def test_a_town_listed_with_its_country_is_no_action(language, text):
    assert rows(text, language) == []


def test_a_project_named_after_a_place_stays_an_action():
    text = (
        "Status for tiltak\n\nTiltak\tAnsvar\tStatus\nNy kai i Leksand\tHavn\tFullført\nSkagen gjestehavn\t"
        "Havn\tPågår\nBybuss\tSamferdsel\tIkke startet\n"
    )
    assert [status for _, _, status in rows(text, "nb")] == ["completed", "in_progress", "not_started"]


def test_a_town_without_a_country_row_keeps_its_project():
    text = (
        "Status for stedsutvikling\n\nTiltak\tStatus\nMiland\tFullført\nNy gangbru\tPågår\nAtrå\tIkke startet\n\n"
        "Sted\tFylke\nMiland\tTelemark\n"
    )
    assert [status for _, _, status in rows(text, "nb")] == ["completed", "in_progress", "not_started"]
