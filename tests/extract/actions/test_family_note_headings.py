"""Family (precision): a heading that points a note at an item of the report ("Toelichting bij actie 7",
"Merknad til tiltak 2.3", "Bemærkning til handling 4") explains that item; it is no action of its own.
The item keeps its row, and a plan item whose title merely contains such words stays an action.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REPORTS = [
    (
        "nl",
        "Voortgang uitvoeringsagenda\n\nNr  | Actie            | Stand van zaken\n----+------------------+-----------\n"
        "1   | Groene daken     | Afgerond\n2   | Deelfietsen      | On hold\n\nToelichting bij actie 2\nHet project "
        "is on hold gezet tot de herinrichting in 2027.\n",
    ),
    (
        "nl",
        "Stand van zaken maatregelen\n\nMaatregel\tStatus\nLaadpalen\tLoopt\nWarmtescan\tGereed\n\nUitleg bij "
        "maatregel 2\nDe warmtescan is in mei afgerond.\n",
    ),
    (
        "nb",
        "Rapportering handlingsplan\n\nTiltak\tStatus\nNy turvei\tFullført\nNy gapahuk\tUtsatt\n\nMerknad til tiltak "
        "2\nArbeidet er utsatt til 2027 på grunn av grunnforholdene.\n",
    ),
    (
        "nn",
        "Rapportering på tiltaka\n\nTiltak\tStatus\nNy badeplass\tFullført\nNy lysløype\tUtsett\n\nKommentar til "
        "tiltak 2\nArbeidet er utsett til 2027.\n",
    ),
    (
        "da",
        "Status på handleplanen\n\nHandling\tStatus\nNy legeplads\tGennemført\nNy sti\tSat i bero\n\nBemærkning til "
        "handling 2\nArbejdet er sat i bero, indtil lodsejeraftalen er på plads.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), REPORTS)
def test_a_note_heading_pointing_at_an_item_is_no_action(language, text):
    titles = [title for _, title, _ in rows(text, language)]
    assert len(titles) == 2
    assert not any(word in title for title in titles for word in ("Toelichting", "Uitleg", "Merknad", "Kommentar",
                                                                   "Bemærkning"))


def test_an_item_about_explaining_stays_an_action():
    text = (
        "Status på handleplanen\n\nHandling\tStatus\nDigital kommentarfunktion til høringer\tGennemført\n"
        "Ny sti\tI gang\n"
    )
    assert [status for _, _, status in rows(text, "da")] == ["completed", "in_progress"]


def test_an_explanation_project_with_its_own_status_stays_an_action():
    text = "Voortgang\n\nActie\tStatus\nToelichting bij de energierekening voor huurders\tAfgerond\nLaadpalen\tLoopt\n"
    assert [status for _, _, status in rows(text, "nl")] == ["completed", "in_progress"]
