"""What is said around the votes in Dutch minutes and is no vote of this meeting (nl): a motion or amendment
announced, a stemverklaring, the chair closing the meeting, and a motion voted in an earlier meeting."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

ITEM = "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n6. Nota Wonen 2024\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mevrouw Jansen (SP) kondigt een motie aan over huurbevriezing.",
        "De fractie van GroenLinks kondigt aan een amendement in te dienen bij de begroting.",
        "De heer Pieters (PVV) legt een stemverklaring af: zijn fractie stemt tegen.",
        "Stemverklaring van de heer De Vries (CDA): wij stemmen in met het voorstel.",
        "De voorzitter sluit de vergadering om 22.45 uur.",
        "In de vergadering van maart werd een vergelijkbare motie verworpen.",
        "In de vorige raadsvergadering is een motie over dit onderwerp aangenomen.",
        "Een vergelijkbare motie van de SP werd vorig jaar verworpen.",
        "Tijdens de raadsvergadering van januari werd een soortgelijk amendement aangenomen.",
        "Bij een eerdere zitting werd het amendement van Groen afgewezen.",
    ],
)
def test_talk_around_the_votes_gives_no_row(sentence):
    assert votes(f"{ITEM}{sentence}\n", "nl") == []


def test_an_announced_motion_gives_no_row_but_the_submitted_one_does():
    text = (
        "Mevrouw Jansen (SP) kondigt een motie aan over huurbevriezing.\n"
        "In de vergadering van februari werd een vergelijkbare motie verworpen.\n"
        "Motie M2 (SP) 'Huurbevriezing': verworpen met 9 stemmen voor en 24 tegen.\n"
    )
    (row,) = votes(ITEM + text, "nl")
    assert (row.subject, row.outcome, row.votes_for, row.votes_against) == (
        "Motie M2 (SP) Huurbevriezing",
        "rejected",
        9,
        24,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In de vergadering van 9 april 2024 heeft de raad het voorstel aangenomen.",
        "De raad heeft in deze vergadering het voorstel met 20 stemmen voor en 9 tegen aangenomen.",
    ],
)
def test_the_meetings_own_decision_still_counts(sentence):
    (row,) = votes(f"{ITEM}{sentence}\n", "nl")
    assert row.outcome == "adopted"
