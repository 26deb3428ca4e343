"""A treatment heading whose lines send the case back, with no decision label (da, nb, nn):
"Formannskapets behandling:\\n Saken sendes tilbake til kommunedirektøren ...\\n Enstemmig." is one row,
postponed (a case sent back for more information), unanimous when stated. The meeting's own treatment names
the case (its title); another committee's step names its own send-back sentence (steps.send_back_subjects) in
Norwegian minutes, the case title in Danish ones, whose steps are all named by the case (`step_subject_from`).
A send-back recalled in the case text ("Saken ble sendt tilbake i 2023 ...") is background, no row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

TITLE = {"da": "Budget 2021", "nb": "Budsjett 2024", "nn": "Budsjett 2024"}

TREATMENTS = [
    ("da", "Udvalgets behandling: Sagen sendes tilbage til forvaltningen. Enstemmigt.\n", True),
    ("da", "Behandling:\nSagen blev sendt tilbage til administrationen med henblik på en ny høring.\n", None),
    ("da", "Byrådets behandling\n\nSagen sendes tilbage til Teknik- og Miljøudvalget.\nEnstemmigt.\n", True),
    ("da", "Behandling: Sagen udsættes til næste møde.\n", None),
    ("da", "Udvalgets behandling:\n  Sagen sendes tilbage til direktionen for en belysning af økonomien.\n", None),
    ("nb", "Behandling:\nSaken sendes tilbake til kommunedirektøren for nærmere utredning.\nEnstemmig.\n", True),
    ("nb", "Bystyrets behandling: Saken sendes tilbake til administrasjonen. Enstemmig.\n", True),
    ("nb", "Behandling\n\n   Saken utsettes til neste møte.\n", None),
    ("nb", "Bystyret sin behandling:\nSaken returneres til rådmannen for ny vurdering av tomtevalget.\n", None),
    ("nb", "Behandling:\nSaken ble sendt tilbake til administrasjonen.\nEnstemmig.\n", True),
    ("nn", "Handsaming:\nSaka vert send attende til kommunedirektøren.\n", None),
    (
        "nn",
        "Kommunestyret si handsaming:\nSaka vert send attende til kommunedirektøren for meir utgreiing.\nSamrøystes.\n",
        True,
    ),
    ("nn", "Handsaming: Saka vart utsett. Samrøystes.\n", True),
    ("nn", "Behandling:\n   Saka vert sendt attende til administrasjonen.\n", None),
    ("nn", "Kommunestyrets handsaming\n\nSaka vert send attende til formannskapet.\n", None),
]


@pytest.mark.parametrize(("language", "body", "unanimous"), TREATMENTS)
def test_treatment_sending_case_back_is_one_postponed_row(language, body, unanimous):
    rows = votes(CASE[language] + body, language)
    assert [(r.outcome, r.subject, r.unanimous) for r in rows] == [("postponed", TITLE[language], unanimous)]


def _step(language: str) -> str:
    return {
        "da": "Behandling i Økonomiudvalget den 20. april 2026:\n"
        "Sagen sendes tilbage til forvaltningen med henblik på en ny beregning.\nEnstemmigt.\n",
        "nb": "Formannskapets behandling:\n"
        "   Saken sendes tilbake til kommunedirektøren for nærmere utredning av kostnadene.\n   Enstemmig.\n",
        "nn": "Formannskapet si handsaming:\n"
        "Saka vert send attende til kommunedirektøren for ny utgreiing.\nSamrøystes.\n",
    }[language]


@pytest.mark.parametrize("language", ["da", "nb", "nn"])
def test_another_committee_sending_back_names_its_own_sentence_or_the_case(language):
    rows = votes(CASE[language] + _step(language), language)
    sentence = _step(language).split("\n")[1].strip().rstrip(".")
    subject = TITLE[language] if language == "da" else sentence
    assert [(r.outcome, r.subject, r.unanimous) for r in rows] == [("postponed", subject, True)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Sagen blev sendt tilbage i 2024 og er nu færdigbehandlet i forvaltningen.\n"),
        ("nb", "Saken ble sendt tilbake i 2023 og er nå ferdig utredet.\n"),
        ("nb", "Saken har tidligere vært sendt tilbake til administrasjonen for utredning.\n"),
        ("nn", "Saka vart send attende i 2024 og er no ferdig utgreidd.\n"),
    ],
)
def test_send_back_recalled_in_case_text_gives_no_row(language, body):
    assert votes(CASE[language] + body, language) == []
