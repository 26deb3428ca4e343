"""A Danish committee step headed as the committee's recommendation to the council, with its meeting
date ("Indstilling fra Økonomiudvalget, 9. juni 2026, pkt. 45" / "Anbefales.") is that committee's
decision: a row with its body, date and item number. Without a date the same words only label a
recommendation and record no step.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASE = """Byrådet
Mødedato: 16. juni 2026

45. Anlægsbevilling til ny skole

Indstilling
Forvaltningen indstiller, at der gives en anlægsbevilling på 12 mio. kr.

{step}
{decision}

Beslutning i Byrådet den 16. juni 2026
Godkendt.
"""


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("Indstilling fra Økonomiudvalget, 9. juni 2026, pkt. 45", ("Økonomiudvalget", "2026-06-09", "45")),
        ("Indstilling fra Økonomiudvalget den 9. juni 2026", ("Økonomiudvalget", "2026-06-09", "45")),
        ("Anbefaling fra Teknik- og Miljøudvalget 03.06.2026", ("Teknik- og Miljøudvalget", "2026-06-03", "45")),
        (
            "Indstilling fra Børne- og Skoleudvalget - 2. juni 2026, punkt 17",
            ("Børne- og Skoleudvalget", "2026-06-02", "17"),
        ),
        ("Indstilling fra Økonomiudvalget 9. juni 2026:", ("Økonomiudvalget", "2026-06-09", "45")),
        (
            "Indstilling fra Plan- og Miljøudvalget, 2. juni 2026, sag 88",
            ("Plan- og Miljøudvalget", "2026-06-02", "88"),
        ),
    ],
)
def test_a_dated_recommendation_step_is_the_committees_row(step, expected):
    rows = [(r.body, r.meeting_date, r.case_number) for r in votes(CASE.format(step=step, decision="Anbefales."), "da")]
    assert rows == [expected, ("Byrådet", "2026-06-16", "45")]


def test_an_undated_recommendation_label_records_no_step():
    text = CASE.format(
        step="Indstilling fra Økonomiudvalget", decision="Økonomiudvalget indstiller, at sagen godkendes."
    )
    assert [r.body for r in votes(text, "da")] == ["Byrådet"]


@pytest.mark.parametrize(
    ("decision", "subject"),
    [
        ("Udvalget anbefaler, at der gives en anlægsbevilling.", "at der gives en anlægsbevilling"),
        ("Økonomiudvalget indstiller, at bevillingen gives som foreslået.", "at bevillingen gives som foreslået"),
        ("Udvalget indstiller til Byrådet, at skolen udvides med to klasser.", "at skolen udvides med to klasser"),
        (
            "Børne- og Skoleudvalget anbefaler over for Byrådet, at projektet igangsættes i 2027.",
            "at projektet igangsættes i 2027",
        ),
        ("Et enigt udvalg anbefaler, at rammen hæves til 14 mio. kr.", "at rammen hæves til 14 mio. kr"),
    ],
)
def test_a_committees_own_recommendation_under_its_dated_step_is_its_row(decision, subject):
    text = CASE.format(step="Indstilling fra Økonomiudvalget, 9. juni 2026, pkt. 45:", decision=decision)
    rows = [(r.body, r.subject, r.outcome) for r in votes(text, "da")]
    assert rows[0] == ("Økonomiudvalget", subject, "adopted")
