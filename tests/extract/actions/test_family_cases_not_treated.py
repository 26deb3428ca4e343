"""Family (precision): in minutes, a case the meeting did not treat ("Saken ble trukket av søkeren før
møtet og ble ikke behandlet", "Het punt werd niet behandeld") is the meeting's outcome, not an action
cancelled. In a plan's report the same words about an item stay its status. Snippets written for these
tests."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions

MINUTES = [
    ("nb", "Møtebok - Formannskapet\n\nFS 31/26  Søknad om salgsbevilling - Nærbutikken\nArkivsaksnr.: 26/0412\n"
           "Saken ble trukket av søkeren før møtet og ble ikke behandlet.\n"),
    ("nb", "Møteprotokoll - Hovedutvalg for teknikk\n\nSak 8/26 Dispensasjon for naust\nSaksnr.: 25/998\n"
           "Saken blir ikke behandlet før befaring er gjennomført.\n"),
    ("nn", "Møtebok - Formannskapet\n\nPS 14/26  Søknad om løyve - Kafé Fjorden\nArkivsak: 26/120\n"
           "Saka vart trekt av søkjaren og vart ikkje handsama.\n"),
    ("da", "Referat - Teknik- og Miljøudvalget\n\nPunkt 44  Ansøgning om dispensation - Strandvej 4\nSagsnr.: 26/331\n"
           "Sagen blev trukket af ansøgeren og blev ikke behandlet.\n"),
    ("nl", "Besluitenlijst gemeenteraad\n\nAgendapunt 9  Verzoek om ontheffing - Marktplein\nZaaknummer: Z/26/118\n"
           "Het verzoek is ingetrokken door de aanvrager en werd niet behandeld.\n"),
]


@pytest.mark.parametrize(("language", "text"), MINUTES)
def test_a_case_the_meeting_did_not_treat_is_no_action(language, text):
    doc = document_from_text(text, language=language, municipality="Testkommune", doc_type="case_protocol")
    assert actions.extract(doc) == []


def test_a_plan_item_not_treated_in_a_report_keeps_its_status():
    text = (
        "Rapportering på handlingsplan 2026\n\nTiltak 1.1 Ny turvei\nStatus: Fullført.\n\nTiltak 1.2 Ny gapahuk\n"
        "Status: Ikke startet. Søknaden om tilskudd ble ikke behandlet i 2026.\n"
    )
    doc = document_from_text(text, language="nb", municipality="Testkommune", doc_type="report")
    assert [row.status for row in actions.extract(doc)] == ["completed", "not_started"]


def test_stages_reported_in_a_case_stay_actions():
    text = (
        "Møtebok - Formannskapet\n\nPS 17/26 Status for flomsikring\nKommunedirektøren orienterer om tre "
        "etapper:\n  Etappe 1, Sentrum: Ferdigstilt i mai 2026.\n  Etappe 2, Elvebakken: Arbeidet er i gang.\n"
    )
    doc = document_from_text(text, language="nb", municipality="Testkommune", doc_type="case_protocol")
    assert [row.status for row in actions.extract(doc)] == ["completed", "in_progress"]
