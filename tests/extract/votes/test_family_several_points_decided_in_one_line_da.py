"""A Danish decision on several points of the recommendation in one line ("Indstillingens pkt. 1 og 2 godkendt.",
"Pkt. 1 og 2 ikke godkendt.", "Pkt. 1-3 anbefales.") is a decision of its own, beside the line deciding the
remaining point ("Pkt. 3 udsat."): two rows, not one, the points' row about the case (its title). The
abbreviation's stop ("pkt.") ends no sentence.
Look-alikes: a line deciding one point keeps reading as that point's decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Plan- og Miljøudvalget\nMødedato: 13-04-2026\n\n31. Forslag til Klimatilpasningsplan 2026\nIndstilling\n"
    "Plan og Miljø indstiller,\n1. at forslaget sendes i offentlig høring i otte uger,\n"
    "2. at planen offentliggøres på hjemmesiden, og\n3. at der afsættes 400.000 kr. til borgermøder.\n"
    "Beslutning i Plan- og Miljøudvalget den 13-04-2026\n"
)


def _outcomes(body: str) -> list[str]:
    return [r.outcome for r in votes(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Indstillingens pkt. 1 og 2 godkendt.\nPkt. 3 udsat.", ["adopted", "postponed"]),
        ("Pkt. 1 og 2 godkendt.\nPkt. 3 udsat til næste møde.", ["adopted", "postponed"]),
        ("Indstillingens pkt. 1, 2 og 3 godkendt.", ["adopted"]),
        ("Pkt. 1 og 2 ikke godkendt.\nPkt. 3 godkendt.", ["rejected", "adopted"]),
        ("Indstillingens pkt. 1 og 2 anbefales.\nPkt. 3 udsat.", ["adopted", "postponed"]),
    ],
)
def test_a_line_deciding_several_points_is_a_decision(body, expected):
    assert _outcomes(body) == expected


def test_the_row_of_several_points_is_about_the_case():
    rows = votes(HEAD + "Indstillingens pkt. 1 og 2 godkendt.\nPkt. 3 udsat.\n", "da")
    assert rows[0].subject == "Forslag til Klimatilpasningsplan 2026"


def test_a_line_deciding_one_point_reads_as_before():
    rows = votes(HEAD + "Indstillingens pkt. 1 godkendt.\nPkt. 2 udsat.\n", "da")
    first = ("at forslaget sendes i offentlig høring i otte uger", "adopted")
    assert [(r.subject, r.outcome) for r in rows][0] == first
    assert [r.outcome for r in rows] == ["adopted", "postponed"]
