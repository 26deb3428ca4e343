"""A case's treatment labelled with the meeting compound ("Møtebehandling:", "Møtehandsaming:", as case-handling
systems print it) is the treatment in the meeting, like "Behandling i møtet:": a send-back, postponement or outcome
written under it is the case's decision. The compound inside running text, or a label naming another meeting's
treatment in a sentence, decides nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

TREATED = [
    (
        "nb",
        "Møtebehandling:\nFormannskapet ønsker bedre utredning av konsekvensene. Saken sendes tilbake til "
        "administrasjonen.\n",
        "postponed",
    ),
    ("nb", "Møtebehandling: Saken utsettes til neste møte.\n", "postponed"),
    (
        "nn",
        "Møtehandsaming:\nUtvalet vil synfare tomta først. Saka vert send attende til kommunedirektøren.\n",
        "postponed",
    ),
    ("nn", "Møtehandsaming: Saka vert utsett til juni.\n", "postponed"),
    ("nb", "Møtebehandling:\nSaken sendes tilbake til kommunedirektøren for ny vurdering.\n", "postponed"),
]


@pytest.mark.parametrize(("language", "body", "outcome"), TREATED)
def test_a_meeting_treatment_label_carries_the_cases_decision(language, body, outcome):
    assert [r.outcome for r in votes(CASE[language] + body, language)] == [outcome]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Saksopplysninger:\nMøtebehandlingen i utvalget ble utsatt en gang i fjor, og saken er nå klar.\n"),
        ("nn", "Saksutgreiing:\nEtter møtehandsaminga i fjor vart saka send attende til kommunedirektøren.\n"),
    ],
)
def test_the_compound_in_background_text_decides_nothing(language, body):
    assert votes(CASE[language] + body, language) == []
