"""The line announcing the next meeting ("Neste møte: 21.09.2026", "Neste møte i kommunestyret: torsdag 10.12.2026.")
closes the minutes: it runs on under the last item's decision but decides nothing, so the item's outcome is read
from its own decision ("Vedtak: Referatsakene tas til orientering." stays noted). Look-alikes: a decision that
itself moves a case to the next meeting, and a noting decision with no closing line.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = {
    "nb": "Kommunestyret\nMøtedato: 16.06.2026\n\nPS 47/26 Referatsaker\n",
    "nn": "Kommunestyret\nMøtedato: 18.06.2026\n\nPS 37/26 Meldingar\n",
}


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Vedtak: Referatsakene tas til orientering.\nNeste møte i kommunestyret: 21.09.2026"),
        ("nb", "Vedtak: Saken tas til orientering.\nNeste møte: torsdag 12.03.2026."),
        ("nb", "Vedtak: Meldingene tas til orientering.\n\nNeste møte i bystyret: torsdag 10. desember 2026."),
        ("nn", "Vedtak: Meldingane vert tekne til vitande.\nNeste møte: tysdag 8. desember 2026."),
        ("nn", "Vedtak: Kommunestyret tek meldingane til vitande.\nNeste møte i heradsstyret: 18.06.2026"),
    ],
)
def test_a_next_meeting_line_leaves_the_last_decision_noted(language, body):
    assert [outcome for outcome, _ in outcomes(HEAD[language] + body + "\n", language)] == ["noted"]


@pytest.mark.parametrize(
    ("language", "body", "outcome"),
    [
        ("nb", "Vedtak: Saken utsettes til neste møte 21.09.2026.", "postponed"),  # the decision itself
        ("nn", "Vedtak: Meldingane vert tekne til vitande.", "noted"),  # no closing line
    ],
)
def test_a_decision_naming_the_next_meeting_keeps_its_own_outcome(language, body, outcome):
    assert [o for o, _ in outcomes(HEAD[language] + body + "\n", language)] == [outcome]
