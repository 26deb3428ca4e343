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
