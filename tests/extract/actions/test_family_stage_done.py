"""Family: the report says a first stage of the item is done ("Første etape ved søen er færdig", "Fase 1
er fullført, fase 2 er i gang", "De eerste fase van de herinrichting is afgerond"): the item is partly
completed, as the dev convention codes a first step done with the next still to come. The precision
side: a preparatory step done ("Udbuddet er afsluttet") beside work going on is work going on.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.status import classify

STAGES = {
    "da": ["Første etape ved Slotssøen er færdig. Anden etape er i udbud.",
           "Etape 1 er afsluttet, etape 2 starter i 2027.",
           "Første del af stien langs åen er færdig.", "Fase 1 blev gennemført i foråret.",
           "Første byggeetape på skolen er nu afsluttet."],
    "nb": ["Fase 1 er fullført, fase 2 er i gang.", "Første etappe av gang- og sykkelveien er ferdig.",
           "Byggetrinn 1 ble ferdigstilt i mai.", "Første del av turveien rundt vannet er ferdig.",
           "Etappe 1 er nå fullført."],
    "nn": ["Fase 1 er fullført, fase 2 er i gang.", "Første byggetrinn på skulen er ferdig.",
           "Etappe 1 vart ferdig i mai.", "Første del av turvegen langs elva er ferdig.", "Fase 1 er no avslutta."],
    "nl": ["Fase 1 is opgeleverd; fase 2 is in uitvoering.", "De eerste fase van de herinrichting is afgerond.",
           "Etappe 1 werd opgeleverd in mei.", "Het eerste deel van de fietsroute is klaar.",
           "Tranche 1 is inmiddels uitgevoerd."],
}


@pytest.mark.parametrize(("language", "sentence"), [(lang, s) for lang, ss in STAGES.items() for s in ss])
def test_a_first_stage_done_is_the_item_partly_completed(language, sentence):
    assert classify(sentence, language).status == "partly_completed"


PREPARATORY = {
    "da": "Udbuddet er afsluttet, og byggeriet er i gang.",
    "nb": "Anbudet er avsluttet, og byggingen er i gang.",
    "nn": "Anbodet er avslutta, og bygginga er i gang.",
    "nl": "De aanbesteding is afgerond en de bouw is in uitvoering.",
}


@pytest.mark.parametrize("language", sorted(PREPARATORY))
def test_a_preparatory_step_done_beside_work_going_on_is_work_going_on(language):
    assert classify(PREPARATORY[language], language).status == "in_progress"
