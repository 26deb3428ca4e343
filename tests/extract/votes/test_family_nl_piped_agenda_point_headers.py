"""Family: an agenda point header whose number and title a bar separates ("Agendapunt 5 | Raadsvoorstel Kadernota"),
as vote-result pages print them (nl).

The bar is the header's separator, like its dash or colon: the title starts after it, and the row's subject is the
title without the bar. A bar inside the title, or a table row that merely starts with a number, is not read so.
All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeenteraad Testby\nStemmingsuitslagen raadsvergadering donderdag 9 april 2026\n\n"


@pytest.mark.parametrize(
    ("header", "case", "title"),
    [
        ("Agendapunt 5 | Raadsvoorstel Kadernota 2027", "5", "Raadsvoorstel Kadernota 2027"),
        ("Agendapunt 12 | Vaststelling agenda", "12", "Vaststelling agenda"),
        ("Agendapunt 7a | Raadsvoorstel herinrichting Marktplein", "7a", "Raadsvoorstel herinrichting Marktplein"),
        ("agendapunt 3.2 | Verordening reclamebelasting 2027", "3.2", "Verordening reclamebelasting 2027"),
        ("AGENDAPUNT 9  |  Jaarrekening 2025 Veiligheidsregio", "9", "Jaarrekening 2025 Veiligheidsregio"),
    ],
)
def test_the_title_after_the_bar_is_the_subject(header: str, case: str, title: str) -> None:
    rows = votes(HEAD + f"{header}\nUitslag: aangenomen met algemene stemmen\n", "nl")
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [(case, title, "adopted")]


def test_a_bar_inside_the_title_stays() -> None:
    rows = votes(HEAD + "Agendapunt 4 - Sportnota | deel 2\nUitslag: aangenomen\n", "nl")
    assert [(r.case_number, r.subject) for r in rows] == [("4", "Sportnota | deel 2")]


def test_a_count_row_is_no_agenda_point() -> None:
    """A bare number before a bar is a table cell, not an agenda point: it opens no case."""
    rows = votes(HEAD + "Agendapunt 6 - Motie Zwemles\nUitslag: aangenomen\n21 | 6 | 0\n", "nl")
    assert [(r.case_number, r.subject) for r in rows] == [("6", "Motie Zwemles")]
