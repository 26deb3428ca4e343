"""A Danish committee step that asks for something before the case goes on ("Udvalget ønsker en beregning af
konsekvensen for en gennemsnitlig husstand, før sagen behandles videre.", "..., inden sagen endeligt afgøres.")
postpones the case, also when the sentence wraps over two lines. Look-alikes: an approval that asks for something
before a later treatment elsewhere ("Godkendt. Udvalget ønsker en orientering, før sagen behandles i
kommunalbestyrelsen.") or before something else ("Anbefales. Udvalget ønsker en status, før anlægget tages i
brug.") is adopted.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Kommunalbestyrelsen\nMødedato: 27-05-2026\n\n91. Takstblad for vand og spildevand 2027\nSagsnr. 26/04477\n"
    "Indstilling\nKommunaldirektøren indstiller, at takstbladet godkendes.\n\n"
    "Teknik- og Miljøudvalget, 5. maj 2026, pkt. 62:\n"
)


def _rows(body: str) -> list[tuple]:
    return [(r.body, r.meeting_date, r.outcome) for r in votes(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    "body",
    [
        "Udvalget ønsker en beregning af konsekvensen for en gennemsnitlig\nhusstand, før sagen behandles videre.",
        "Udvalget ønsker yderligere oplysninger, før sagen behandles videre.",
        "Udvalget ønsker en besigtigelse, inden sagen endeligt afgøres.",
        "Der ønskes en redegørelse for driftsudgifterne, før sagen færdigbehandles.",
        "Udvalget beder om en ny trafiktælling, før der tages endelig stilling.",
    ],
)
def test_a_step_waiting_for_more_before_going_on_postpones(body):
    assert _rows(body) == [("Teknik- og Miljøudvalget", "2026-05-05", "postponed")]


@pytest.mark.parametrize(
    "body",
    [
        "Godkendt. Udvalget ønsker en orientering, før sagen behandles i kommunalbestyrelsen.",
        "Anbefales. Udvalget ønsker en status, før anlægget tages i brug.",
    ],
)
def test_an_approval_asking_for_more_later_is_adopted(body):
    assert _rows(body) == [("Teknik- og Miljøudvalget", "2026-05-05", "adopted")]
