"""A Danish decision written as "Som indstillet." ("as recommended"), alone or on a step line ("Byrådet,
29.06.2026: Som indstillet.", "Som indstillet af Økonomiudvalget.", "Som indstillet, idet V stemte imod.") adopts the
case's recommendation: a row about the case, as "Godkendt." is. Look-alikes: a sentence that only mentions the
recommendation ("Sagen behandles som indstillet på næste møde.", "Som indstillet i sag 45 blev ...") decides
nothing of its own; "Godkendt som indstillet." keeps reading as an approval.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "TESTBY KOMMUNE      REFERAT\nByrådet\nMødedato: 29.06.2026, kl. 18:00\n\n"
    "Punkt 114  Medborgerskabspolitik - godkendelse\nIndstilling:\n  Direktionen indstiller, at\n"
    "  a) Medborgerskabspolitikken godkendes, og\n  b) politikken evalueres i 2028.\n"
)
TITLE = "Medborgerskabspolitik - godkendelse"


def _rows(body: str) -> list[tuple]:
    return [(r.body, r.meeting_date, r.subject, r.outcome) for r in votes(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    "body",
    [
        "Behandling:\n  Byrådet, 29.06.2026: Som indstillet.",
        "Beslutning i Byrådet den 29. juni 2026:\nSom indstillet.",
        "Beslutning:\nSom indstillet af Økonomiudvalget.",
        "Beslutning:\nSom indstillet, idet V stemte imod.",
        "Beslutning:\nSom foreslået.",
        "Beslutning:\nGodkendt som indstillet.",
    ],
)
def test_as_recommended_adopts_the_case(body):
    assert _rows(body) == [("Byrådet", "2026-06-29", TITLE, "adopted")]


def test_every_step_as_recommended_is_its_own_row():
    body = "Behandling:\n  Økonomiudvalget, 15.06.2026: Som indstillet.\n  Byrådet, 29.06.2026: Som indstillet."
    assert _rows(body) == [
        ("Økonomiudvalget", "2026-06-15", TITLE, "adopted"),
        ("Byrådet", "2026-06-29", TITLE, "adopted"),
    ]


def test_a_sentence_mentioning_the_recommendation_decides_nothing():
    body = "Resumé:\nSagen behandles som indstillet på næste møde.\nSom indstillet i sag 45 blev puljen fordelt i 2025."
    assert _rows(body) == []
