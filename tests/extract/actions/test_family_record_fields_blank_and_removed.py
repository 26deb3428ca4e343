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


# A record's share-done field beside its status ("Realisatiegraad: 40 %", "Gjennomføringsgrad: 70 %") is a measure of
# the record, never an item of its own; the status field states the status.
SHARE_FIELDS = [
    ("nl", "Actie 1.1.1  Restauratie van het paviljoen\nStatus: On hold\nRealisatiegraad: 10 %\n"
     "Toelichting: Wacht op de nieuwe huisstijl.\n", [("1.1.1", "Restauratie van het paviljoen", "paused")]),
    ("nl", "Actie 2.1  Dorpsrestaurant\nStatus: Lopend\nUitvoeringsgraad: 40 %\n",
     [("2.1", "Dorpsrestaurant", "in_progress")]),
    ("nb", "Tiltak 3.1 Ny gangbru\nStatus: Fullført\nGjennomføringsgrad: 100 %\n",
     [("3.1", "Ny gangbru", "completed")]),
    ("nn", "Tiltak 4.2 Ny kai\nStatus: Utsett\nGjennomføringsgrad: 20 %\n", [("4.2", "Ny kai", "paused")]),
    ("da", "Handling 5.1 Ny legeplads\nStatus: I gang\nFærdiggørelsesgrad: 60 %\n",
     [("5.1", "Ny legeplads", "in_progress")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SHARE_FIELDS)
def test_a_share_done_field_beside_the_status_is_no_item(language, text, expected):
    assert rows(text, language) == expected
