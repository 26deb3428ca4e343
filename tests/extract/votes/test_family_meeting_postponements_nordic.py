"""Postponements recorded without a decision label (da, nb, nn): the body deciding to postpone in the active voice
("Utvalet vedtok samrøystes å utsetje saka til neste møte", "Udvalget besluttede enstemmigt at udsætte sagen"),
and a postponement under the meeting's own treatment heading ("Handsaming i møtet:", "Behandling i møtet:",
"Behandling på mødet:") below a recommendation. Each is one postponed row about the case."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

TITLE = {"da": "Budget 2021", "nb": "Budsjett 2024", "nn": "Budsjett 2024"}

ACTIVE = [
    ("da", "Udvalget besluttede enstemmigt at udsætte sagen til næste møde.\n", True),
    ("da", "Byrådet vedtog at udsætte sagen, så høringssvarene kan indgå.\n", None),
    ("da", "Økonomiudvalget besluttede at udsætte behandlingen til næste møde.\n", None),
    ("da", "Kommunalbestyrelsen besluttede enstemmigt at udsætte punktet.\n", True),
    ("da", "Udvalget beslutter at udsætte sagen\ntil et senere møde.\n", None),
    ("nb", "Formannskapet vedtok å utsette saken til neste møte.\n", None),
    ("nb", "Utvalget vedtok enstemmig å utsette behandlingen.\n", True),
    ("nb", "Kommunestyret besluttet å utsette saken til september.\n", None),
    ("nb", "Bystyret vedtok enstemmig å utsette saken, slik at høringen kan avsluttes.\n", True),
    ("nb", "Hovedutvalget bestemte å utsette saken\ntil neste møte.\n", None),
    ("nn", "Utvalet vedtok samrøystes å utsetje saka til neste møte.\n", True),
    ("nn", "Formannskapet vedtok å utsetje handsaminga til juni.\n", None),
    ("nn", "Kommunestyret vedtok samrøystes å utsette saka.\n", True),
    ("nn", "Hovudutvalet vedtok å utsetje saka, slik at grendalaget kan uttale seg.\n", None),
    ("nn", "Utvalet vedtek å utsetje saka\ntil neste møte.\n", None),
]


@pytest.mark.parametrize(("language", "body", "unanimous"), ACTIVE)
def test_a_body_deciding_to_postpone_postpones_the_case(language, body, unanimous):
    rows = votes(CASE[language] + body, language)
    assert [(r.outcome, r.subject, r.unanimous) for r in rows] == [("postponed", TITLE[language], unanimous)]


RECOMMENDATION = {
    "da": "Indstilling:\nForvaltningen indstiller, at tilladelse gives.\n",
    "nb": "Rådmannens innstilling:\nKafé Nord får skjenkebevilling.\n",
    "nn": "Tilråding frå hovudutval for helse:\nKafé Nord får løyve til sal av alkohol gruppe 1.\n",
}
TREATED = [
    ("da", "Behandling på mødet:\nSagen blev udsat.\n"),
    ("da", "Behandling i mødet:\nSagen udsættes til næste møde, idet udvalget ønsker en udtalelse fra politiet.\n"),
    ("da", "Behandling på mødet:\n  Sagen blev udsat til august.\n"),
    ("da", "Behandling på mødet:\nSagen udsættes, til der foreligger en ny høring.\n"),
    ("da", "Behandling i mødet:\nSagen blev sendt tilbage til forvaltningen.\n"),
    ("nb", "Behandling i møtet:\nSaken ble utsatt.\n"),
    ("nb", "Behandling i møtet:\nSaken ble utsatt. Kommunestyret ønsker uttalelse fra politiet før vedtak.\n"),
    ("nb", "Behandling i møte:\nSaken utsettes til neste møte.\n"),
    ("nb", "Behandling i møtet:\nSaken ble sendt tilbake til rådmannen.\n"),
    ("nb", "Behandling i møtet:\n   Saken ble utsatt til juni.\n"),
    ("nn", "Handsaming i møtet:\nSaka vart utsett. Kommunestyret ønskjer fråsegn frå politiet før vedtak.\n"),
    ("nn", "Handsaming i møtet:\nSaka vert utsett til neste møte.\n"),
    ("nn", "Handsaming i møte:\nSaka vart send attende til kommunedirektøren.\n"),
    ("nn", "Handsaming i møtet:\nSaka vart utsett.\n"),
    ("nn", "Behandling i møtet:\n  Saka vart utsett til juni.\n"),
]


@pytest.mark.parametrize(("language", "body"), TREATED)
def test_a_postponement_under_the_meetings_treatment_heading_is_a_row(language, body):
    rows = votes(CASE[language] + RECOMMENDATION[language] + body, language)
    assert [(r.outcome, r.subject) for r in rows] == [("postponed", TITLE[language])]


NOT_POSTPONED = [
    ("da", "Udvalget besluttede at godkende sagen.\n"),
    ("nb", "Formannskapet vedtok å godkjenne saken.\n"),
    ("nn", "Utvalet vedtok å godkjenne saka.\n"),
]


@pytest.mark.parametrize(("language", "body"), NOT_POSTPONED)
def test_deciding_to_approve_the_case_postpones_nothing(language, body):
    rows = votes(CASE[language] + body, language)
    assert "postponed" not in {r.outcome for r in rows}


NOTED = [
    ("nb", "Vedtak: Orienteringene tas til orientering.\n"),
    ("nn", "Vedtak: Orienteringane vert tekne til vitande.\n"),
    ("nn", "Vedtak:\nOrienteringane vart tekne til orientering.\n"),
]


@pytest.mark.parametrize(("language", "body"), NOTED)
def test_briefings_taken_for_information_are_a_noted_row_about_the_case(language, body):
    rows = votes(CASE[language] + body, language)
    assert [(r.outcome, r.subject) for r in rows] == [("noted", TITLE[language])]
