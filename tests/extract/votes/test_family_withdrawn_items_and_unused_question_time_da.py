"""Decision blocks that record that nothing was decided: another agenda item dropped from the agenda ("Punkt 37 er
udgået", "Pkt. 12 udgår", "Punkt 5 udgik af dagsordenen") or question time nobody signed up for ("Der var ingen
tilmeldte spørgsmål"). Neither is a decision of its own, and a dropped item noted under the agenda's approval
leaves that approval as the only row. Look-alikes: an approval that drops an item as its amendment
("Godkendt med den ændring, at punkt 5 udgår") is still the approval, and a postponed item is a decision."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

_HEAD = "Kommunalbestyrelsen\nMødedato: mandag den 8. juni 2026\n\n"
_AGENDA = _HEAD + "61. Godkendelse af dagsorden\n\nBeslutning i Kommunalbestyrelsen den 8. juni 2026:\n"
_QUESTIONS = _HEAD + "62. Spørgetid for borgerne\n\nBeslutning:\n"

NOTHING = [
    (_AGENDA + "Godkendt.\nPunkt 68 er udgået, jf. nedenfor.\n", [("adopted", "Godkendelse af dagsorden")]),
    (_AGENDA + "Godkendt.\nPkt. 70 udgår.\n", [("adopted", "Godkendelse af dagsorden")]),
    (_AGENDA + "Godkendt.\nPunkt 66 udgik af dagsordenen.\n", [("adopted", "Godkendelse af dagsorden")]),
    (_AGENDA + "Punkt 64 er udgået.\n", []),
    (_QUESTIONS + "Der var ingen tilmeldte spørgsmål.\n", []),
    (_QUESTIONS + "Ingen tilmeldte spørgsmål.\n", []),
    (_QUESTIONS + "Der var ingen anmeldte spørgsmål til mødet.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), NOTHING)
def test_a_dropped_item_or_empty_question_time_decides_nothing(text, expected):
    assert outcomes(text, "da") == expected


LOOK_ALIKES = [
    (_AGENDA + "Godkendt med den ændring, at punkt 65 udgår.\n", [("adopted", "Godkendelse af dagsorden")]),
    (
        _HEAD + "63. Ny legeplads i Vestbyen\n\nBeslutning:\nUdsat til næste møde.\n",
        [("postponed", "Ny legeplads i Vestbyen")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_an_approval_or_a_postponement_is_still_a_decision(text, expected):
    assert outcomes(text, "da") == expected
