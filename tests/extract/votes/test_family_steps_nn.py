"""Nynorsk møtebøker: handsaming i utval og kommunestyre, each a row of its own body and date."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = "Møtebok\n\nKommunestyret\nMøtedato: 14.11.2023\n\nPS 41/23 Budsjett 2024\n\n"


@pytest.mark.parametrize(
    ("step", "body", "date", "outcome", "unanimous", "against"),
    [
        (
            "Handsaming i Formannskapet 31.10.2023:\nRøysting:\nInnstillinga vart samrøystes vedteken.",
            "Formannskapet",
            "2023-10-31",
            "adopted",
            True,
            0,
        ),
        (
            "Formannskapet si handsaming i møte 03.10.2023:\nFramlegget frå Sp vart vedteke med 5 mot 2 røyster.",
            "Formannskapet",
            "2023-10-03",
            "adopted",
            False,
            2,
        ),
        (
            "Handsaming i Levekårsutvalet - 24.10.2023\nFramlegget frå Høgre fall med 3 mot 6 røyster.",
            "Levekårsutvalet",
            "2023-10-24",
            "rejected",
            False,
            6,
        ),
        (
            "Plan- og næringsutvalet 17.10.2023: Samrøystes tilrådd.",
            "Plan- og næringsutvalet",
            "2023-10-17",
            "adopted",
            True,
            0,
        ),
        (
            "Handsaming i Formannskapet den 2. oktober 2023:\nMeldinga vert teken til vitande.",
            "Formannskapet",
            "2023-10-02",
            "noted",
            None,
            None,
        ),
    ],
)
def test_a_handsaming_in_committee_is_a_row_of_that_committee_inside_the_case(
    step, body, date, outcome, unanimous, against
):
    row = votes(MEETING + step + "\n", "nn")[0]
    assert (row.body, row.meeting_date, row.outcome, row.case_number) == (body, date, outcome, "41/23")
    assert (row.unanimous, row.votes_against) == (unanimous, against)


@pytest.mark.parametrize(
    ("text", "outcome", "unanimous", "votes_for", "against"),
    [
        ("Vedtak:\nSamrøystes vedteke.", "adopted", True, None, 0),
        ("Røysting:\nFramlegget fall.", "rejected", None, None, None),
        (
            "Røysting:\nInnstillinga frå formannskapet vart vedteken med 12 mot 5 røyster (Sp, H).",
            "adopted",
            False,
            12,
            5,
        ),
        ("Kommunestyret sitt vedtak:\nMeldinga vert teke til vitande.", "noted", None, None, None),
        ("Vedtak:\nKommunestyret tek rapporten til vitande.", "noted", None, None, None),
        ("Røysting:\nFramlegget frå Frp fekk 4 røyster og fall.", "rejected", False, 4, None),
    ],
)
def test_the_councils_own_decision_in_nynorsk(text, outcome, unanimous, votes_for, against):
    (row,) = votes(MEETING + text + "\n", "nn")
    assert (row.body, row.meeting_date, row.case_number) == ("Kommunestyret", "2023-11-14", "41/23")
    assert (row.outcome, row.unanimous, row.votes_for, row.votes_against) == (outcome, unanimous, votes_for, against)
    assert row.subject not in ("Vedtak", "Røysting")
