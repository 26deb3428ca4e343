"""Danish minutes that give another committee's step and then this meeting's own decision under a label with its
decision on the same line ("Beslutning i Kultur- og Fritidsudvalget den 7. april 2026, punkt 31:" / "Anbefales." /
"" / "Beslutning: Anbefales over for Byrådet."): once the step's own lines recorded its decision and a blank line
ended them, the label is the meeting's decision, in the meeting's body, date and item. Look-alikes: a step whose
lines only discussed the case ("Sagen blev drøftet.") keeps the label below as its own decision; a bare label on its
own line closes as before.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Assens Kommune · Økonomiudvalget\nBeslutningsprotokol — tirsdag den 14. april 2026 kl. 15.00\n\n"
    "43. Anlægsregnskab: Ny hal ved Glamsbjerg Idrætscenter\nSagsnr.: 24/18836\n"
    "Indstilling: Direktionen indstiller, at anlægsregnskabet godkendes.\n\n"
)
STEP = ("Kultur- og Fritidsudvalget", "2026-04-07", "adopted")
OWN = ("Økonomiudvalget", "2026-04-14", "43", "adopted")


def _rows(body: str) -> list[tuple]:
    return [(r.body, r.meeting_date, r.case_number, r.outcome) for r in votes(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    "body",
    [
        "Beslutning i Kultur- og Fritidsudvalget den 7. april 2026:\nAnbefales.\n\nBeslutning: Anbefales over for "
        "Byrådet.",
        "Beslutning i Kultur- og Fritidsudvalget den 7. april 2026:\nAnbefales godkendt.\n\nBeslutning: Godkendt.",
        "Beslutning i Kultur- og Fritidsudvalget den 7. april 2026:\nUdvalget anbefaler indstillingen.\n\n"
        "Afgørelse: Anbefales enstemmigt over for Byrådet.",
        "Beslutning i Kultur- og Fritidsudvalget den 7. april 2026:\nIndstillingen anbefales med 5 stemmer mod 2.\n\n"
        "Beslutning: Anbefales over for Byrådet med 6 stemmer mod 1.",
        "Beslutning i Kultur- og Fritidsudvalget den 7. april 2026:\nAnbefales.\n\nBeslutning:\nGodkendt.",
    ],
)
def test_a_labelled_decision_after_a_decided_step_is_the_meetings_own(body):
    rows = _rows(body)
    assert [(b, d, o) for b, d, _, o in rows[:1]] == [STEP]
    assert rows[1:] == [OWN]


def test_the_steps_item_number_stays_on_the_step():
    body = (
        "Beslutning i Kultur- og Fritidsudvalget den 7. april 2026, punkt 31:\nAnbefales.\n\n"
        "Beslutning: Anbefales over for Byrådet."
    )
    assert _rows(body) == [("Kultur- og Fritidsudvalget", "2026-04-07", "31", "adopted"), OWN]


def test_a_step_that_only_discussed_keeps_the_label_as_its_own_decision():
    body = "Behandling i Kultur- og Fritidsudvalget den 7. april 2026:\nSagen blev drøftet.\n\nBeslutning: Anbefales."
    assert [(b, d, o) for b, d, _, o in _rows(body)] == [STEP]
