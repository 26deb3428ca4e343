"""A Danish committee step that passes a case on to the council without a recommendation ("Sagen oversendes til
Byrådet uden indstilling.", "Udvalget kunne ikke nå til enighed og sender sagen videre uden indstilling.")
records no decision on the matter: no row for that step, while the council's own decision below keeps its row
(models/votes/da.json `empty_decisions`). Look-alikes: a case sent back ("sendes tilbage ... uden indstilling")
stays a send-back; a step that recommends ("Anbefales over for Byrådet") keeps its row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nBeslutningsprotokol\nOnsdag den 24. juni 2026\n\n"


def _case(step_line: str) -> str:
    return (
        HEAD + "Pkt. 36  Ny styrelsesvedtægt\n\n"
        "Beslutning i Økonomiudvalget den 16. juni 2026, pkt. 104:\n"
        f"{step_line}\n\n"
        "Beslutning i Byrådet den 24. juni 2026:\n"
        "Enstemmigt godkendt.\n"
    )


@pytest.mark.parametrize(
    "step_line",
    [
        "Sagen oversendes til Byrådet uden indstilling.",
        "Sagen oversendes til byrådet uden indstilling.",
        "Udvalget kunne ikke nå til enighed og sender sagen videre uden indstilling.",
        "Udvalget kunne ikke nå til enighed, og sagen oversendes uden indstilling.",
        "Sagen blev sendt videre til Byrådet uden anbefaling.",
        "Økonomiudvalget videresender sagen til byrådets afgørelse uden indstilling.",
    ],
)
def test_a_step_passing_the_case_on_without_recommendation_gives_no_row(step_line):
    rows = votes(_case(step_line), "da")
    assert [(r.body, r.case_number, r.outcome) for r in rows] == [("Byrådet", "36", "adopted")]


def test_a_step_that_recommends_keeps_its_row():
    rows = votes(_case("Anbefales over for Byrådet."), "da")
    assert [(r.body, r.case_number, r.outcome) for r in rows] == [
        ("Økonomiudvalget", "104", "adopted"),
        ("Byrådet", "36", "adopted"),
    ]


def test_a_case_sent_back_without_recommendation_stays_a_send_back():
    rows = votes(_case("Sagen sendes tilbage til fagudvalget uden indstilling."), "da")
    assert ("Økonomiudvalget", "postponed") in [(r.body, r.outcome) for r in rows]
