"""Family: an application to a programme that was not selected or not granted ('die werd niet weerhouden', 'ble ikke
innvilget', 'blev ikke imødekommet', 'vart ikkje innvilga'), in the mention's sentence, also after a semicolon: no
participation. A granted or selected application still is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TOWNS = {"da": "Skive", "nb": "Bodø", "nn": "Voss", "nl": "Kortemark"}

NOT_SELECTED = [
    (
        "nl",
        "Voor het Horizon Europe-project 'Smart Villages' diende Kortemark in 2025 een aanvraag in; die werd niet "
        "weerhouden.",
    ),
    ("nl", "De gemeente diende bij LIFE een aanvraag in voor het project; de aanvraag werd niet geselecteerd."),
    ("nl", "Onze aanvraag bij Interreg Vlaanderen-Nederland werd niet gehonoreerd."),
    ("da", "Kommunen søgte midler fra LIFE til projektet, men ansøgningen blev ikke imødekommet."),
    ("da", "Skive Kommunes ansøgning til Horizon Europe blev ikke udvalgt."),
    ("nb", "Kommunen søkte om midler fra Interreg Aurora i 2025; søknaden ble ikke innvilget."),
    ("nb", "Bodø kommune søkte Horizon Europe om støtte, men prosjektet ble ikke valgt ut."),
    ("nn", "Kommunen søkte om midlar frå Interreg Aurora, men søknaden vart ikkje innvilga."),
    ("nn", "Voss herad søkte LIFE om støtte; prosjektet vart ikkje valt ut."),
]

SELECTED = [
    (
        "nl",
        "Kortemark neemt deel aan Interreg Vlaanderen-Nederland; de aanvraag werd in 2025 weerhouden.",
        {"Interreg"},
    ),
    ("nb", "Kommunen søkte om midler fra Interreg Aurora, og søknaden ble innvilget i 2025.", {"Interreg"}),
    ("da", "Skive Kommunes ansøgning til LIFE blev imødekommet, og projektet starter i år.", {"LIFE"}),
]


@pytest.mark.parametrize(("language", "text"), NOT_SELECTED)
def test_an_application_not_selected_is_no_participation(language, text):
    assert networks(text, language, TOWNS[language]) == set()


@pytest.mark.parametrize(("language", "text", "expected"), SELECTED)
def test_a_selected_application_is_participation(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected
