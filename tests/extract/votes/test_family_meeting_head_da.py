"""A Danish protocol's head names the meeting in a line of its own kind: the body after the
municipality's name ("Viborg Kommune - Byrådet") and the date in the minutes' title ("Referat fra
ordinært møde onsdag 18. marts 2026"). With the meeting known, a committee step below ("Indstilling
fra Økonomiudvalget, 11. marts 2026, pkt. 52:") is that committee's row and the council's own decision
keeps the case's item number.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASE = """Pkt. 31  Lokalplan 88 for erhvervsområde ved Vestvej

Indstilling fra Økonomiudvalget, 11. marts 2026, pkt. 52:
Anbefales.

Beslutning i Byrådet den 18. marts 2026:
Godkendt.
"""


@pytest.mark.parametrize(
    "head",
    [
        "Viborg Kommune - Byrådet\nReferat fra ordinært møde onsdag 18. marts 2026\n\n",
        "Ringkøbing-Skjern Kommune – Byrådet\nBeslutningsprotokol fra møde den 18. marts 2026 kl. 17.00\n\n",
        "Lemvig Kommune · Byrådet\nReferat fra ekstraordinært møde 18-03-2026, Rådhuset\n\n",
        "Frederiksberg Kommune | Byrådet\nProtokol for møde mandag den 18.03.2026\n\n",
        "Høje-Taastrup Kommune - Byrådet\nReferat fra byrådsmøde 18. marts 2026\n\n",
    ],
)
def test_the_head_names_the_meeting_and_steps_keep_their_own(head):
    rows = [(r.body, r.meeting_date, r.case_number) for r in votes(head + CASE, "da")]
    assert rows == [("Økonomiudvalget", "2026-03-11", "52"), ("Byrådet", "2026-03-18", "31")]


def test_a_municipality_line_without_a_body_names_no_meeting():
    rows = votes("Viborg Kommune - Velkommen\nReferat fra ordinært møde onsdag 18. marts 2026\n\n" + CASE, "da")
    assert "Velkommen" not in {r.body for r in rows}
