"""A body that sends a case back in the active voice (da, nb, nn) postpones it, like the passive "Sagen sendes
tilbage": "Udvalget sender sagen tilbage til forvaltningen med ønske om ...", "Formannskapet sendte saken tilbake
til kommunedirektøren", "Utvalet sender saka attende", "... besluttede at sende sagen retur", "returnerer saken",
and an adopted member's proposal to send the case back. Sending a case on (to a hearing, to the council) is no
send-back: that decision is adopted."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

TITLE = {"da": "Budget 2021", "nb": "Budsjett 2024", "nn": "Budsjett 2024"}

SEND_BACKS = [
    (
        "da",
        "Beslutning: Udvalget sender sagen tilbage til forvaltningen med ønske om en beskrivelse af "
        "alternative placeringer, før der træffes beslutning.\n",
    ),
    ("da", "Beslutning:\nØkonomiudvalget sendte sagen tilbage til administrationen for yderligere belysning.\n"),
    ("da", "Beslutning: Byrådet sender sagen retur til Teknik- og Miljøudvalget.\n"),
    ("da", "Beslutning:\nKommunalbestyrelsen besluttede at sende sagen tilbage til udvalget.\n"),
    ("da", "Beslutning: Udvalget returnerer sagen til forvaltningen\nmed ønske om en ny høring.\n"),
    ("nb", "Vedtak: Formannskapet sender saken tilbake til kommunedirektøren for en ny vurdering.\n"),
    ("nb", "Vedtak:\nKommunestyret sendte saken tilbake til formannskapet.\n"),
    ("nb", "Vedtak: Utvalget returnerer saken til administrasjonen med ønske om alternative tomter.\n"),
    ("nb", "Vedtak:\nBystyret vedtok å sende saken tilbake til kommunedirektøren.\n"),
    ("nb", "Vedtak: Hovedutvalget sender saken\ntilbake til rådmannen.\n"),
    ("nn", "Vedtak: Utvalet sender saka attende til kommunedirektøren for vidare utgreiing.\n"),
    ("nn", "Vedtak:\nFormannskapet sende saka tilbake til administrasjonen.\n"),
    ("nn", "Vedtak: Kommunestyret vedtok å sende saka attende til formannskapet.\n"),
    ("nn", "Vedtak: Hovudutvalet returnerer saka til kommunedirektøren.\n"),
    ("nn", "Vedtak:\nUtvalet sendte saka attende til rådmannen med ønskje om ny vurdering.\n"),
]


@pytest.mark.parametrize(("language", "body"), SEND_BACKS)
def test_a_body_sending_the_case_back_postpones_it(language, body):
    rows = votes(CASE[language] + body, language)
    assert [(r.outcome, r.subject) for r in rows] == [("postponed", TITLE[language])]


PROPOSED = [
    (
        "da",
        "Beslutning:\nLene Holm (F) stillede forslag om at sende sagen tilbage til forvaltningen. "
        "Forslaget blev vedtaget med 5 stemmer mod 2.\n",
    ),
    (
        "da",
        "Beslutning:\nPer Dam (V) stillede forslag om, at sagen sendes retur til udvalget.\n"
        "Forslaget blev vedtaget med 15 stemmer mod 10.\n",
    ),
    (
        "nb",
        "Behandling:\nSara Li (MDG) fremmet forslag om å sende saken tilbake til kommunedirektøren for en "
        "vurdering av drift. Forslaget fikk 4 stemmer og ble vedtatt.\n",
    ),
    (
        "nb",
        "Behandling:\nKari Dahl (Sp) fremmet forslag om å returnere saken til administrasjonen.\n"
        "Forslaget ble vedtatt med 20 mot 15 stemmer.\n",
    ),
    (
        "nn",
        "Handsaming:\nOla Vik (KrF) sette fram framlegg om å sende saka attende til kommunedirektøren.\n"
        "Framlegget vart vedteke med 14 mot 11 røyster.\n",
    ),
]


@pytest.mark.parametrize(("language", "body"), PROPOSED)
def test_an_adopted_proposal_to_send_the_case_back_postpones_it(language, body):
    rows = votes(CASE[language] + body, language)
    assert "postponed" in {r.outcome for r in rows}
    assert "adopted" not in {r.outcome for r in rows}


SENT_ON = [
    ("da", "Beslutning: Udvalget sender forslaget i offentlig høring.\n"),
    ("da", "Beslutning:\nØkonomiudvalget sender sagen videre til Byrådet med anbefaling.\n"),
    ("nb", "Vedtak: Formannskapet sender saken videre til kommunestyret.\n"),
    ("nb", "Vedtak:\nKommunedirektøren sender planen på høring.\n"),
    ("nn", "Vedtak: Utvalet sender saka vidare til kommunestyret.\n"),
    ("nn", "Vedtak:\nFramlegget vert sendt på høyring.\n"),
]


@pytest.mark.parametrize(("language", "body"), SENT_ON)
def test_sending_a_case_on_is_no_send_back(language, body):
    rows = votes(CASE[language] + body, language)
    assert rows and {r.outcome for r in rows} == {"adopted"}
