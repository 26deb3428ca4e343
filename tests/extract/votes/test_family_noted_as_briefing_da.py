"""A Danish decision that takes a case 'til orientering' ("Taget til orientering.", "Evalueringen tages til
orientering.") is noted, as 'til efterretning' is; a report noun standing for the case ("Evalueringen",
"Opfølgningen", "Kortlægningen") names nothing of its own, so the row takes the case title (models/votes/da.json
`decision_points`, `case_nouns`). Look-alikes: an approval that mentions an orientation is adopted, and a decision
that sends something out 'til orientering' of others is not noted.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

TITLE = "Evaluering af sommerferieaktiviteter 2025"
HEAD = f"Kultur- og Fritidsudvalget\nMødedato: 4. marts 2026\n\nPunkt 5  {TITLE}\nSagsnr.: 25/021530\n\n"


def _rows(decision: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(HEAD + "Beslutning:\n" + decision + "\n", "da")]


@pytest.mark.parametrize(
    "decision",
    [
        "Taget til orientering.",
        "Tages til orientering.",
        "Evalueringen tages til orientering.",
        "Evalueringen blev taget til orientering.",
        "Opfølgningen er taget til orientering.",
        "Kortlægningen taget til efterretning.",
        "Beretningen blev taget til efterretning.",
    ],
)
def test_a_case_taken_for_briefing_is_noted_under_its_title(decision):
    assert _rows(decision) == [(TITLE, "noted")]


def test_an_approval_is_adopted():
    assert [outcome for _, outcome in _rows("Godkendt.")] == ["adopted"]


def test_a_postponement_is_not_noted():
    assert [outcome for _, outcome in _rows("Udsat til næste møde.")] == ["postponed"]
