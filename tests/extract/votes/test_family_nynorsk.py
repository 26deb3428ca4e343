"""Family 4: Nynorsk phrasings (nn)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADER = "Kommunestyret si handsaming i møte 14.11.2023:\n\n"


@pytest.mark.parametrize(
    ("text", "outcome", "unanimous", "against"),
    [
        ("Innstillinga vart samrøystes vedteken.\n", "adopted", True, 0),
        ("Framlegget frå Sp vart vedteke med 15 mot 4 røyster.\n", "adopted", False, 4),
        ("Framlegget frå Høgre fall med 12 mot 7 røyster.\n", "rejected", None, None),
        ("Planen vert godkjend.\n", "adopted", None, None),
        ("Rapporten vert teken til orientering.\n", "noted", None, None),
        ("Innstilling frå kommunedirektøren: samrøystes vedteke.\n", "adopted", True, 0),
        ("Saka vart utsett til neste møte.\n", "postponed", None, None),
    ],
)
def test_nynorsk_results(text, outcome, unanimous, against):
    (row,) = votes(HEADER + text, "nn")
    assert (row.body, row.meeting_date, row.outcome) == ("Kommunestyret", "2023-11-14", outcome)
    if unanimous is not None:
        assert (row.unanimous, row.votes_against) == (unanimous, against)
