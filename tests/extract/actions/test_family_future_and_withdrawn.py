"""Tense decides the status (sentences written for these tests): a finish announced for later is work
going on ("blir ferdig i 2025"), a start announced for later is not started ("arbeidet starter i mai"),
a withdrawn proposal is cancelled ("saken er trukket"), a continued measure is going on ("videreført"),
and a share of the work done is part done ("halvdelen af bilerne er udskiftet"). The same words in
the past tense, or in another sense ("trukket frem"), keep their own reading."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.status import classify

FUTURE_FINISH = {
    "da": [
        "Planen bliver færdig i 2025.",
        "Den nye hal bliver efter planen færdig til sommer.",
        "Skolen står færdig i løbet af 2026.",
        "Cykelstien vil stå færdig i efteråret.",
        "Renoveringen forventes afsluttet ultimo 2025.",
        "Naturlegepladsen bliver først færdiggjort næste år.",
    ],
    "nb": [
        "Planen blir ferdig i 2025.",
        "Den nye hallen blir etter planen ferdig til sommeren.",
        "Skolen står ferdig i løpet av 2026.",
        "Gang- og sykkelveien vil stå ferdig i september.",
        "Strategien blir ferdigstilt våren 2026.",
        "Bygget skal stå ferdig innen desember.",
    ],
    "nn": [
        "Planen blir ferdig i 2025.",
        "Den nye hallen vert truleg ferdig til sommaren.",
        "Skulen står ferdig i løpet av 2026.",
        "Turvegen vert ferdigstilt hausten 2025.",
        "Kaia skal stå ferdig innan mai.",
        "Bustadplanen vil bli ferdig neste år.",
    ],
    "nl": [
        "Naar verwachting is de bouw eind 2025 klaar.",
        "Het onderzoek is naar verwachting in het najaar afgerond.",
        "Het plan wordt in 2025 afgerond.",
        "De school wordt in 2026 opgeleverd.",
        "Naar verwachting zijn de werkzaamheden in mei gereed.",
    ],
}

FUTURE_START = {
    "da": [
        "Arbejdet starter i maj.",
        "Anlægget begynder i foråret 2025.",
        "Byggeriet går i gang efter sommeren.",
        "Projektet sættes i gang i januar.",
        "Udbuddet er afsluttet, og arbejdet starter op i august.",
    ],
    "nb": [
        "Arbeidet starter i mai.",
        "Byggingen begynner høsten 2025.",
        "Oppstart er planlagt i januar.",
        "Prosjektet kommer i gang etter sommeren.",
        "Anbudet er lyst ut, og arbeidet starter opp i august.",
    ],
    "nn": [
        "Arbeidet tek til i mai.",
        "Bygginga byrjar hausten 2025.",
        "Oppstart er planlagt i januar.",
        "Prosjektet kjem i gang etter sommaren.",
        "Anbodet er lyst ut, og arbeidet startar i august.",
    ],
    "nl": [
        "De werkzaamheden starten in mei.",
        "De bouw begint in het voorjaar van 2025.",
        "Het project gaat van start in januari.",
        "De aanleg start naar verwachting medio 2026.",
        "De aanbesteding is gegund; de uitvoering begint na de zomer.",
    ],
}

WITHDRAWN = {
    "da": [
        "Forslaget er trukket.",
        "Sagen blev trukket af forslagsstilleren.",
        "Ansøgningen er blevet trukket igen.",
        "Projektet er lukket ned.",
        "Medborgerhuset blev lukket ned i 2023.",
    ],
    "nb": [
        "Saken er trukket.",
        "Forslaget ble trukket av forslagsstiller.",
        "Søknaden er blitt trukket.",
        "Interpellasjonen ble trukket før møtet.",
        "Verbalforslaget er trukket etter dialog med administrasjonen.",
    ],
    "nn": [
        "Forslaget er trekt.",
        "Saka vart trekt.",
        "Søknaden er trekt av kommunen.",
        "Interpellasjonen blei trekt før møtet.",
        "Framlegget har vorte trekt.",
    ],
}

CONTINUED = {
    "da": [
        "Indsatsen er videreført.",
        "Ordningen blev videreført i 2024.",
        "Projektet kører efter planen.",
        "Lektiecaféen kører videre i 2025.",
        "Forsøget er blevet videreført et år mere.",
    ],
    "nb": [
        "Tiltaket er videreført fra 2022.",
        "Ordningen ble videreført i 2024.",
        "Prosjektet er blitt videreført.",
        "Tilbudet er videreført med samme ramme.",
        "Forsøket blir videreført ut året.",
    ],
}

PART_DONE = {
    "da": [
        "Halvdelen af bilerne er udskiftet.",
        "En tredjedel af lamperne er nu skiftet.",
        "Størstedelen af stierne er asfalteret.",
        "Hovedparten af skolerne er blevet renoveret.",
        "En del af træerne blev plantet i foråret.",
    ],
    "nb": [
        "Halvparten av bilene er byttet.",
        "En tredjedel av lyktene er nå skiftet.",
        "Størstedelen av stiene er asfaltert.",
        "Hoveddelen av skolene er blitt renovert.",
        "En del av trærne ble plantet i vår.",
    ],
    "nn": [
        "Halvparten av bilane er bytte.",
        "Ein tredjedel av lyktene er no skifta.",
        "Størstedelen av stiane er asfaltert.",
        "Hovuddelen av skulane har vorte renovert.",
        "Ein del av trea vart planta i vår.",
    ],
    "nl": [
        "De helft van de lantaarnpalen is vervangen.",
        "Een derde van de bomen is inmiddels geplant.",
        "Het grootste deel van de fietspaden is verbreed.",
        "Een kwart van de woningen werd geïsoleerd.",
        "Een groot deel van de schoolpleinen is vergroend.",
    ],
}

NOT_THESE = [  # the past tense, or the words in another sense
    ("da", "Arbejdet startede i maj.", "in_progress"),
    ("da", "Skolen blev færdig i 2023.", "completed"),
    ("da", "Emnet blev trukket frem på mødet, og projektet er gennemført.", "completed"),
    ("nb", "Arbeidet startet i mai.", "in_progress"),
    ("nb", "Skolen ble ferdig i 2023.", "completed"),
    ("nb", "Saken ble trukket fram på møtet, og tiltaket er gjennomført.", "completed"),
    ("nn", "Arbeidet starta i mai.", "in_progress"),
    ("nn", "Skulen vart ferdig i 2023.", "completed"),
    ("nn", "Saka vart trekt fram på møtet, og tiltaket er gjennomført.", "completed"),
    ("nl", "De werkzaamheden zijn in mei gestart.", "in_progress"),
    ("nl", "De bouw is in 2023 afgerond.", "completed"),
]


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(language, sentence) for language, sentences in table.items() for sentence in sentences]


@pytest.mark.parametrize(("language", "sentence"), _cases(FUTURE_FINISH))
def test_a_finish_announced_for_later_is_work_going_on(language, sentence):
    assert classify(sentence, language).status == "in_progress"


@pytest.mark.parametrize(("language", "sentence"), _cases(FUTURE_START))
def test_a_start_announced_for_later_is_not_started(language, sentence):
    assert classify(sentence, language).status == "not_started"


@pytest.mark.parametrize(("language", "sentence"), _cases(WITHDRAWN))
def test_a_withdrawn_or_closed_item_is_cancelled(language, sentence):
    assert classify(sentence, language).status == "cancelled"


@pytest.mark.parametrize(("language", "sentence"), _cases(CONTINUED))
def test_a_continued_measure_is_work_going_on(language, sentence):
    assert classify(sentence, language).status == "in_progress"


@pytest.mark.parametrize(("language", "sentence"), _cases(PART_DONE))
def test_a_share_of_the_work_done_is_part_done(language, sentence):
    assert classify(sentence, language).status == "partly_completed"


@pytest.mark.parametrize(("language", "sentence", "status"), NOT_THESE)
def test_past_tense_and_other_senses_keep_their_own_reading(language, sentence, status):
    assert classify(sentence, language).status == status
