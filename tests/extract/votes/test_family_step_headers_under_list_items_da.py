"""A committee step header under a numbered item ("4. Title" / "Sagsnr.: ..." / "Beslutning Økonomiudvalget den
19-01-2026" / "Til efterretning.") is the item's own record of minutes, not a wrapped title of a decision list
whose outcome sits on the next line: each step is a row for its committee, with its own date, and the item's
title stays the subject. Look-alike: a real decision list, outcomes right under the items, still reads as a list.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nMødedato: 22-09-2026\n\n"


def _rows(text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(r.body, r.subject, r.outcome, str(r.meeting_date)) for r in votes(HEAD + text, "da")]


@pytest.mark.parametrize(
    ("step", "body", "date"),
    [
        ("Beslutning Kultur- og Fritidsudvalget den 02-09-2026", "Kultur- og Fritidsudvalget", "2026-09-02"),
        ("Beslutning Økonomiudvalget den 14-09-2026", "Økonomiudvalget", "2026-09-14"),
        ("Beslutning i Social- og Seniorudvalget den 3. september 2026", "Social- og Seniorudvalget", "2026-09-03"),
        ("Behandlet i Børne- og Skoleudvalget den 01.09.2026", "Børne- og Skoleudvalget", "2026-09-01"),
        ("Beslutning Teknik- og Miljøudvalget den 07-09-2026", "Teknik- og Miljøudvalget", "2026-09-07"),
    ],
)
@pytest.mark.parametrize(
    ("decision", "outcome"), [("Til efterretning.", "noted"), ("Anbefales til godkendelse.", "adopted")]
)
def test_a_step_header_under_an_item_is_the_items_record(step, body, date, decision, outcome):
    text = (
        f"4. Orientering om ventelister på plejecentre\nSagsnr.: 26/1733\n\n{step}\n{decision}\n\n"
        "5. Ansøgning om kommunegaranti\nSagsnr.: 26/1734\n\nBeslutning Økonomiudvalget den 10-09-2026\nAnbefales.\n"
    )
    assert _rows(text) == [
        (body, "Orientering om ventelister på plejecentre", outcome, date),
        ("Økonomiudvalget", "Ansøgning om kommunegaranti", "adopted", "2026-09-10"),
    ]


def test_a_decision_list_with_outcomes_under_its_items_is_still_a_list():
    text = "4. Lokalplan 12 for Søparken\nGodkendt.\n\n5. Budgetopfølgning pr. 31. august\nTaget til efterretning.\n"
    assert _rows(text) == [
        ("Byrådet", "Lokalplan 12 for Søparken", "adopted", "2026-09-22"),
        ("Byrådet", "Budgetopfølgning pr. 31. august", "noted", "2026-09-22"),
    ]
