"""A Danish 'Beslutning' that records only a discussion or that nothing was remarked ("Drøftet.", "Sagen blev
drøftet.", "Intet at bemærke.", "Ingen kommentarer.") decides nothing: no row, as the dev set's 'Beslutning /
Ingen.' (models/votes/da.json `empty_decisions`; gold in heldout26 gives no row for either shape).
Look-alikes: a discussion followed by an approval ("Drøftet og godkendt.") or a postponement is a decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

TITLE = "Temadrøftelse: Budget 2027-2030"
HEAD = f"Økonomiudvalget\nMødedato: 4. marts 2026\n\nPunkt 26   {TITLE}\nSagsnr.: 26/0412\n\n"


def _rows(decision: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(HEAD + "Beslutning\n" + decision + "\n", "da")]


@pytest.mark.parametrize(
    "decision",
    [
        "Drøftet.",
        "Drøftet. Udvalget vender tilbage til temaerne på seminaret i april.",
        "Sagen blev drøftet.",
        "Punktet blev drøftet i udvalget.",
        "Intet at bemærke.",
        "Ingen kommentarer.",
        "Økonomiudvalget drøftede sagen.",
        "Intet til bemærkning",
    ],
)
def test_a_discussion_or_nothing_remarked_gives_no_row(decision):
    assert _rows(decision) == []


def test_discussed_and_approved_is_a_decision():
    assert _rows("Drøftet og godkendt.") == [(TITLE, "adopted")]


def test_discussed_then_postponed_is_a_decision():
    assert [outcome for _, outcome in _rows("Sagen blev drøftet og udsat til næste møde.")] == ["postponed"]
