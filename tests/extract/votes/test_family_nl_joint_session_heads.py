"""Family: Flemish decision lists of a joint session (nl): one head names the gemeenteraad and the raad voor
maatschappelijk welzijn ("Besluitenlijst gemeenteraad en raad voor maatschappelijk welzijn" / "Zitting van 23 april
2026"), and a heading in the list opens the second body's part ("RAAD VOOR MAATSCHAPPELIJK WELZIJN - OPENBARE
ZITTING"). The head's date is the meeting day of every body the head names; a body the head does not name keeps no
date of its own. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

GR = "01  Jaarrekening 2025 van de gemeente\n    Vastgesteld. Stemresultaat: 18 ja-stemmen, 9 neen-stemmen.\n\n"
RMW = "01  Jaarrekening 2025 van het OCMW\n    Vastgesteld. Stemresultaat: 18 ja-stemmen, 9 neen-stemmen.\n\n"


@pytest.mark.parametrize(
    ("head", "heading", "date"),
    [
        (
            "Besluitenlijst gemeenteraad en raad voor maatschappelijk welzijn\nZitting van donderdag 23 april 2026\n\n",
            "RAAD VOOR MAATSCHAPPELIJK WELZIJN - OPENBARE ZITTING\n\n",
            "2026-04-23",
        ),
        (
            "GEMEENTE PUURS\nBesluitenlijst van de gemeenteraad en de raad voor maatschappelijk welzijn\n"
            "Vergadering van 12 maart 2026\n\n",
            "Raad voor maatschappelijk welzijn\n\n",
            "2026-03-12",
        ),
        (
            "Notulen gemeenteraad en raad voor maatschappelijk welzijn - zitting van 3 februari 2026\n\n",
            "RAAD VOOR MAATSCHAPPELIJK WELZIJN\n\n",
            "2026-02-03",
        ),
        (
            "Besluitenlijst gemeenteraad / raad voor maatschappelijk welzijn\nZitting van maandag 8 juni 2026\n\n",
            "RAAD VOOR MAATSCHAPPELIJK WELZIJN - OPENBARE ZITTING\n\n",
            "2026-06-08",
        ),
        (
            "Zitting gemeenteraad en raad voor maatschappelijk welzijn van 19 oktober 2026\n\n",
            "RAAD VOOR MAATSCHAPPELIJK WELZIJN - OPENBARE ZITTING\n\n",
            "2026-10-19",
        ),
    ],
)
def test_the_second_body_of_the_head_keeps_its_date(head: str, heading: str, date: str) -> None:
    text = head + "GEMEENTERAAD - OPENBARE ZITTING\n\n" + GR + heading + RMW
    rows = [(r.body.lower(), str(r.meeting_date), r.subject) for r in votes(text, "nl")]
    assert rows == [
        ("gemeenteraad", date, "Jaarrekening 2025 van de gemeente"),
        ("raad voor maatschappelijk welzijn", date, "Jaarrekening 2025 van het OCMW"),
    ]


def test_a_part_of_the_sitting_the_head_does_not_name_keeps_the_sittings_day() -> None:
    """Read-set gold dates such a part at the head's sitting (4 of 4 documents): its heading says it is a part of
    the sitting ("- OPENBARE ZITTING"). A bare body heading keeps no date (test_family_nl_joint_sitting_parts)."""
    text = (
        "Besluitenlijst gemeenteraad\nZitting van donderdag 23 april 2026\n\nGEMEENTERAAD - OPENBARE ZITTING\n\n"
        + GR
        + "RAAD VOOR MAATSCHAPPELIJK WELZIJN - OPENBARE ZITTING\n\n"
        + RMW
    )
    assert [str(r.meeting_date) for r in votes(text, "nl")] == ["2026-04-23", "2026-04-23"]


def test_a_head_naming_only_the_council_on_another_day_dates_only_the_council() -> None:
    text = (
        "Besluitenlijst gemeenteraad\nZitting van 23 april 2026\n\n"
        + GR
        + "Raad voor maatschappelijk welzijn - zitting van 24 april 2026\n\n"
        + RMW
    )
    assert [str(r.meeting_date) for r in votes(text, "nl")] == ["2026-04-23", "2026-04-24"]
