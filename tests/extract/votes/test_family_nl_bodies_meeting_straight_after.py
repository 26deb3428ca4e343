"""Family: a second body's part marked as held straight after the council's meeting (nl, mostly Flemish).

Minutes of the gemeenteraad whose head names only the council go on with the OCMW council's part under a heading
that says it followed on ("OCMW-RAAD (aansluitend)", "Raad voor maatschappelijk welzijn - aansluitend aan de
gemeenteraad"): that part met the same day, so its rows carry the head's date. A second body's heading without
that mark keeps no date of its own (tests/extract/votes/test_family_nl_joint_session_heads.py), and "aansluitend"
inside a sentence is no heading. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

GR = "1. Jaarrekening 2025 van de gemeente\nStemming: goedgekeurd met 18 stemmen voor en 9 stemmen tegen.\n\n"
RMW = "1. Jaarrekening 2025 van het OCMW\nStemming: goedgekeurd met 18 stemmen voor en 9 stemmen tegen.\n\n"


@pytest.mark.parametrize(
    ("head", "heading", "date"),
    [
        (
            "Gemeente Rotselaar          Notulen gemeenteraad 26 januari 2026\n\n",
            "OCMW-RAAD (aansluitend)\n\n",
            "2026-01-26",
        ),
        ("Notulen gemeenteraad\nZitting van dinsdag 3 februari 2026\n\n", "OCMW-raad (aansluitend)\n\n", "2026-02-03"),
        (
            "Besluitenlijst gemeenteraad - zitting van 19 oktober 2026\n\n",
            "Raad voor maatschappelijk welzijn - aansluitend aan de gemeenteraad\n\n",
            "2026-10-19",
        ),
        (
            "Verslag van de gemeenteraad van maandag 8 juni 2026\n\n",
            "RAAD VOOR MAATSCHAPPELIJK WELZIJN (aansluitend op de gemeenteraad)\n\n",
            "2026-06-08",
        ),
        ("Notulen gemeenteraad van 12 maart 2026\n\n", "Raad voor maatschappelijk welzijn (vervolg)\n\n", "2026-03-12"),
    ],
)
def test_a_body_meeting_straight_after_keeps_the_heads_day(head: str, heading: str, date: str) -> None:
    rows = [(str(r.meeting_date), r.subject) for r in votes(head + "OPENBARE ZITTING\n\n" + GR + heading + RMW, "nl")]
    assert rows == [(date, "Jaarrekening 2025 van de gemeente"), (date, "Jaarrekening 2025 van het OCMW")]


def test_a_second_body_without_the_mark_keeps_no_day() -> None:
    text = "Notulen gemeenteraad 26 januari 2026\n\n" + GR + "OCMW-RAAD\n\n" + RMW
    assert [str(r.meeting_date) for r in votes(text, "nl")] == ["2026-01-26", "None"]


def test_following_on_in_a_sentence_is_no_heading() -> None:
    text = (
        "Notulen gemeenteraad 26 januari 2026\n\n"
        "1. Benoeming lid rekenkamercommissie\n"
        "De heer Hoeks is benoemd met 17 stemmen. Hij legt aansluitend de eed af.\n\n"
    )
    assert [(str(r.meeting_date), r.subject) for r in votes(text, "nl")] == [
        ("2026-01-26", "Benoeming lid rekenkamercommissie")
    ]
