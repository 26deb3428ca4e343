"""Family: a tracker record whose first status-like field is left blank ("Fremdrift: –") and whose next status
field speaks ("Status: Avsluttet"), a record whose comment says the item was taken out of the plan ('tatt ut av
planen', 'taget ud af planen', 'uit het plan gehaald'), and records whose fields stand in two columns ("Status:<TAB>
Fullført"), which are never a table header. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RECORDS = [
    (
        "nb",
        "Tiltak 4.3     Pendlerparkering ved stasjonen\nAnsvarlig:     Kommunalteknikk\nFremdrift:     –\n"
        "Status:        Avsluttet\nKommentar:     Tiltaket er tatt ut av planen fordi fylket bygger selv.\n",
        [("4.3", "Pendlerparkering ved stasjonen", "cancelled")],
    ),
    (
        "da",
        "Handling 2.4   Delebiler i landsbyerne\nAnsvarlig:     Teknik og Miljø\nFremdrift:     -\n"
        "Status:        Afsluttet\nBemærkning:    Handlingen er taget ud af handleplanen.\n",
        [("2.4", "Delebiler i landsbyerne", "cancelled")],
    ),
    (
        "nn",
        "Tiltak 3.1     Ny kai i Vikøy\nAnsvarleg:     Teknisk\nFramdrift:     –\nStatus:        Ferdig\n",
        [("3.1", "Ny kai i Vikøy", "completed")],
    ),
    (
        "nl",
        "Actie 5.2      Deelfietsen in de kernen\nTrekker:       Mobiliteit\nVoortgang:     –\n"
        "Status:        Afgesloten\nToelichting:   De actie is uit het actieplan gehaald.\n",
        [("5.2", "Deelfietsen in de kernen", "cancelled")],
    ),
    (
        "nb",
        "Tiltak 2.1     Ny barnehage\nAnsvarlig:     Oppvekst\nFremdrift:     100 %\nStatus:        Fullført\n"
        "Kommentar:     Barnehagen ble tatt i bruk i august.\n\n"
        "Tiltak 2.2     Ny ungdomsskole\nAnsvarlig:     Eiendom\n"
        "Fremdrift:     45 %\nStatus:        Pågår\nKommentar:     Fløy A er ferdig.\n",
        [("2.1", "Ny barnehage", "completed"), ("2.2", "Ny ungdomsskole", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RECORDS)
def test_a_blank_field_defers_to_the_next_status_field_and_a_removed_item_is_cancelled(language, text, expected):
    assert rows(text, language) == expected


def test_a_blank_status_field_alone_takes_the_comments_status():
    text = "Vedtak 17/2024 Gratis leie av gymsaler\nStatus: –\nKommentar: Ordningen er ennå ikke startet.\n"
    assert rows(text, "nb") == [("17/2024", "Gratis leie av gymsaler", "not_started")]
