"""Family: a status table's row whose status cell says the work has not started and whose remark says what it
waits for ("Ikke påbegyndt | Afventer varmeplan", "Ikkje starta | Ventar på fylkesvegplanen", "Niet gestart |
In afwachting van de warmtevisie"), even where the remark shares a word with the title (Fjernvarme /
varmeplan): waiting before the start is no pause, the cell stands. Look-alikes: a cell saying the work is
paused keeps its pause, so does a cell putting the work off ("Udskudt til 2027"), and a remark
reporting the work begun still overrules a not-started cell. Tables written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

HEADERS = {
    "da": "Nr.\tHandling\tStatus\tBemærkning",
    "nb": "Nr.\tTiltak\tStatus\tKommentar",
    "nn": "Nr.\tTiltak\tStatus\tMerknad",
    "nl": "Nr.\tActie\tStatus\tToelichting",
}
TITLES = {
    "da": "Statusrapport for klimaplanen",
    "nb": "Statusrapport for klimaplanen",
    "nn": "Statusrapport for klimaplanen",
    "nl": "Voortgangsrapportage klimaplan",
}

WAITING = [
    ("da", "Fjernvarme til Balling og Rødding", "Ikke påbegyndt", "Afventer varmeplan"),
    ("da", "Varmeplan for Søby", "Ikke påbegyndt", "Afventer nyt varmeværk"),
    ("da", "Ladestandere ved havnen", "Ikke igangsat", "Venter på havnens nye ladeplan"),
    ("nb", "Fjernvarme til Sentrum", "Ikke startet", "Avventer ny varmeplan"),
    ("nb", "Gang- og sykkelvei langs fylkesveien", "Ikke påbegynt", "Venter på fylkesveiplanen"),
    ("nn", "Fartsdemping ved skulane", "Ikkje starta", "Ventar på ny skulestruktur"),
    ("nn", "Varmepumpe i Bindal sjukeheim", "Ikkje starta", "Avventar varmeplanen"),
    ("nl", "Warmtenet in de wijk Noord", "Niet gestart", "In afwachting van de warmtevisie"),
    ("nl", "Zonnepanelen op sporthal De Zon", "Niet gestart", "Wacht op het zonnepanelenplan van de provincie"),
]


def _table(language: str, title: str, cell: str, remark: str) -> str:
    return f"{TITLES[language]}\n\n{HEADERS[language]}\nA1\t{title}\t{cell}\t{remark}\n"


@pytest.mark.parametrize(("language", "title", "cell", "remark"), WAITING)
def test_a_not_started_cell_beside_what_it_waits_for_stays_not_started(language, title, cell, remark):
    assert rows(_table(language, title, cell, remark), language) == [("A1", title, "not_started")]


LOOK_ALIKES = [
    ("da", "Fjernvarme til Munkebo", "Sat i bero", "Afventer ny varmeplan", "paused"),
    ("nb", "Fjernvarme til Sentrum", "Satt på vent", "Avventer ny varmeplan", "paused"),
    ("da", "Fjernvarme til Balling", "Ikke påbegyndt", "Fjernvarmeledningen blev påbegyndt i maj.", "in_progress"),
    ("nn", "Varmepumpe i Torpo skule", "Ikkje starta", "Varmepumpa i skulen er sett i drift.", "completed"),
    ("nl", "Warmtenet in Noord", "Niet gestart", "De aanleg van het warmtenet is in mei gestart.", "in_progress"),
    ("da", "Cykelparkering ved stationen", "Udskudt til 2027", "Projektet afventer statslige midler.", "paused"),
    ("nb", "Sykkelparkering ved stasjonen", "Utsatt til 2027", "Prosjektet avventer statlige midler.", "paused"),
]


@pytest.mark.parametrize(("language", "title", "cell", "remark", "status"), LOOK_ALIKES)
def test_a_paused_cell_or_a_remark_reporting_the_start_still_decides(language, title, cell, remark, status):
    assert rows(_table(language, title, cell, remark), language) == [("A1", title, status)]
