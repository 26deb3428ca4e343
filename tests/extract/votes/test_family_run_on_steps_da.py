"""Danish committee steps whose header line runs on into the decision ("Behandling i Økonomiudvalget den
10. juni 2026, pkt. 112 Anbefales." - a header and its one-line decision joined when the text is reflowed):
after the step's item number, a capitalised sentence is the step's decision. And a closing label naming
another body ("Byrådets beslutning") under a committee's treatment ("Behandling i Økonomiudvalget ...") is
the meeting's own final decision, not the committee's. Look-alikes: a header without an item number keeps
its date-and-body reading; the committee's own label ("Økonomiudvalgets beslutning") stays the step's.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nMødedato: 18. juni 2026\n\nPkt. 95 Lokalplan 1241 - Boliger ved Ådalsparken\nSagsnr.: 25/8812\n\n"


def _rows(body: str) -> list[tuple]:
    return [(r.body, r.meeting_date, r.case_number, r.outcome) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        (
            "Behandling i Økonomiudvalget den 10. juni 2026, pkt. 112 Anbefales.\n",
            [("Økonomiudvalget", "2026-06-10", "112", "adopted")],
        ),
        (
            "Behandling i Plan- og Miljøudvalget den 2. juni 2026, pkt. 71 Anbefales. Lars Winther (Ø) stemte imod.\n",
            [("Plan- og Miljøudvalget", "2026-06-02", "71", "adopted")],
        ),
        (
            "Beslutning i Teknik- og Miljøudvalget den 03-06-2026, pkt. 40 Udsat.\n",
            [("Teknik- og Miljøudvalget", "2026-06-03", "40", "postponed")],
        ),
        (
            "Behandlet i Økonomiudvalget den 10.06.2026 - punkt 113 Kan ikke anbefales.\n",
            [("Økonomiudvalget", "2026-06-10", "113", "rejected")],
        ),
        (
            "Behandling i Børne- og Skoleudvalget den 1. juni 2026, pkt. 55 Anbefales.\n"
            "Behandling i Økonomiudvalget den 10. juni 2026, pkt. 112 Anbefales.\n"
            "Byrådets beslutning\nGodkendt.\n",
            [
                ("Børne- og Skoleudvalget", "2026-06-01", "55", "adopted"),
                ("Økonomiudvalget", "2026-06-10", "112", "adopted"),
                ("Byrådet", "2026-06-18", "95", "adopted"),
            ],
        ),
    ],
)
def test_a_step_header_running_on_into_its_decision(steps, expected):
    assert _rows(steps) == expected


@pytest.mark.parametrize(
    "steps",
    [
        "Behandling i Økonomiudvalget den 10. juni 2026, pkt. 113\nAnbefales over for byrådet.\n\n"
        "Byrådets beslutning\nGodkendt.\n",
        "Behandling i Økonomiudvalget den 10. juni 2026\nAnbefales.\n\nByrådets beslutning:\nGodkendt.\n",
    ],
)
def test_another_bodys_label_under_a_treatment_is_the_final_decision(steps):
    assert [(b, d) for b, d, _, _ in _rows(steps)] == [("Økonomiudvalget", "2026-06-10"), ("Byrådet", "2026-06-18")]


def test_the_committees_own_label_under_its_treatment_stays_the_steps():
    rows = _rows("Behandling i Økonomiudvalget den 10. juni 2026\nDrøftet.\n\nØkonomiudvalgets beslutning\nAnbefales.")
    assert [(b, d) for b, d, _, _ in rows] == [("Økonomiudvalget", "2026-06-10")]


def test_a_step_header_without_an_item_number_does_not_take_the_sentence_as_its_decision():
    rows = _rows("Behandling i Økonomiudvalget den 10. juni 2026\nAnbefales.\n")
    assert [(b, c) for b, _, c, _ in rows] == [("Økonomiudvalget", "95")]
