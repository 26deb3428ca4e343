"""Family: an item put off to a later year or season ("Utsatt til 2027 på grunn av budsjettet", "Uitgesteld tot
2028 wegens de aanbesteding", a tracker field "Status: Udskudt til foråret") is paused: read-set gold codes the
postponement of an item paused six times and not started once. Look-alike: a postponed START ("Byggestarten er
utsatt til 2027", "de start is uitgesteld tot 2027") is a start not yet made, not started. Snippets written for
these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.status import classify
from tests.extract.actions.helpers import rows, text_of

PUT_OFF = [
    ("nb", "Utsatt til 2027 på grunn av budsjettsituasjonen i kommunen."),
    ("nb", "Kommunestyret har utsatt tiltaket til 2028."),
    ("nn", "Tiltaket vart utsett til hausten 2027 fordi tomta ikkje er klar."),
    ("da", "Handlingen er udskudt til 2028 efter budgetforliget."),
    ("da", "Byrådet har besluttet at udskyde renoveringen til næste år."),
    ("nl", "De herinrichting is uitgesteld tot 2028 wegens de aanbesteding."),
    ("nl", "Uitgesteld tot het najaar door personeelstekort."),
]


@pytest.mark.parametrize(("language", "text"), PUT_OFF)
def test_an_item_put_off_to_a_later_time_is_paused(language, text):
    assert classify(text, language).status == "paused"


START_PUT_OFF = [
    ("nb", "Byggestarten er utsatt til 2027."),
    ("nn", "Oppstarten av prosjektet er utsett til 2027."),
    ("da", "Opstarten er udskudt til 2027."),
    ("nl", "De start van de werken is uitgesteld tot 2027."),
]


@pytest.mark.parametrize(("language", "text"), START_PUT_OFF)
def test_a_start_put_off_to_a_later_time_is_not_started(language, text):
    assert classify(text, language).status == "not_started"


TRACKERS = [
    ("nb", text_of("Tiltak 1.1 Ny flerbrukshall", "Status: Utsatt til 2028"), "1.1", "Ny flerbrukshall"),
    ("da", text_of("Handling 2.3 Ny legeplads", "Status: Udskudt til foråret"), "2.3", "Ny legeplads"),
    ("nl", text_of("Actie 4 Groen schoolplein", "Status: Uitgesteld tot 2027"), "4", "Groen schoolplein"),
    ("nn", text_of("Tiltak 3.2 Ny kai i Vika", "Status: Utsett til 2027"), "3.2", "Ny kai i Vika"),
]


@pytest.mark.parametrize(("language", "text", "code", "title"), TRACKERS)
def test_a_tracker_field_putting_the_item_off_gives_paused(language, text, code, title):
    assert rows(text, language) == [(code, title, "paused")]
