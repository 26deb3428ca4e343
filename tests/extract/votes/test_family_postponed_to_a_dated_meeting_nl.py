"""A council deciding to postpone an item to a later, dated meeting ("De gemeenteraad beslist het punt te
verdagen naar de zitting van 27 april 2026"): the date is where the item goes, not the date of an earlier
decision being recalled, so the sentence is this meeting's decision. A decision dated in the past is still
background."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen van de zitting van de gemeenteraad van maandag 23 maart 2026\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeenteraad beslist het punt te verdagen naar de zitting van 27 april 2026, in afwachting van het advies.",
        "De gemeenteraad beslist het punt uit te stellen tot de vergadering van maandag 4 mei 2026.",
        "De raad besluit het voorstel aan te houden tot de raadsvergadering van 16 april 2026.",
        "De gemeenteraad beslist dit agendapunt te verdagen naar de volgende zitting van 20 april 2026.",
        "De gemeenteraad besluit het punt van de agenda te halen en naar de zitting van 18 mei 2026 te verdagen.",
    ],
)
def test_a_postponement_to_a_dated_meeting_is_this_meetings_decision(sentence):
    rows = votes(HEAD + f"6. Samenwerkingsovereenkomst met de hulpverleningszone\n{sentence}\n", "nl")
    assert [(r.case_number, r.meeting_date, r.outcome) for r in rows] == [("6", "2026-03-23", "postponed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bij besluit van 15 december 2025 werd de overeenkomst goedgekeurd.",
        "De gemeenteraad besluit van 26 januari 2026 blijft van kracht.",
    ],
)
def test_a_decision_dated_before_the_meeting_stays_background(sentence):
    rows = votes(HEAD + f"6. Samenwerkingsovereenkomst met de hulpverleningszone\n{sentence}\n", "nl")
    assert rows == []
