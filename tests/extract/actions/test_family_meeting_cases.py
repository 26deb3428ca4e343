"""Family: what a meeting did with its agenda is no action status. In minutes laid out as an agenda table
("Nr | Onderwerp | Besluit", "Nr | Sag | Beslutning", "Nr | Sak | Vedtak") a point without a status of its own
("Lijst ingekomen stukken", "Mødets afslutning", "Referatsaker") gives no row; and on any page, news about a
meeting included, a sentence on the case itself with a meeting outcome ("Saka vart utsett.", "Sagen blev udsat.",
"Dit punt wordt uitgesteld tot de zitting van juni") records the meeting's decision. Look-alike that stays: a status
report whose project "er udsat til 2027" is an action not started. Documents written for these tests
(documents/round3/meeting_cases)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, written


@pytest.mark.parametrize(("language", "text", "expected"), written("meeting_cases"))
def test_a_meetings_agenda_points_and_put_off_cases_are_no_actions(language, text, expected):
    assert rows(text, language) == expected
