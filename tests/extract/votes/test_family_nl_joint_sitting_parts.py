"""Family (nl): a Flemish sitting in parts, each headed by its body and the part of the sitting ("RAAD VOOR
MAATSCHAPPELIJK WELZIJN - OPENBARE ZITTING", "OCMW-raad – openbare zitting")
under a head that dates only the first body: a part without a date of its own is held at the same sitting, so its
rows keep the head's day (models/votes/nl.json `follow_on_heads`). Look-alikes: a part heading with its own date
keeps that date; a body named in a heading with no part of a sitting gets no day from the head. All pages are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad - zitting van dinsdag 17 maart 2026\n\n"
FIRST = "GEMEENTERAAD - OPENBARE ZITTING\n\n1  Belastingreglement op tweede verblijven\n   Goedgekeurd.\n\n"
ITEM = "\n\n1  Budgetwijziging 2026\n   Goedgekeurd.\n   Stemming: eenparig.\n"


def _dated(text: str) -> list[tuple[str | None, str | None]]:
    return [(r.body, r.meeting_date) for r in votes(text, "nl")]


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("RAAD VOOR MAATSCHAPPELIJK WELZIJN - OPENBARE ZITTING", "raad voor maatschappelijk welzijn"),
        ("Raad voor maatschappelijk welzijn – openbare zitting", "raad voor maatschappelijk welzijn"),
        ("OCMW-RAAD - OPENBARE ZITTING", "ocmw-raad"),
        ("OCMW-raad – openbare zitting", "ocmw-raad"),
        ("Raad voor maatschappelijk welzijn - besloten zitting", "raad voor maatschappelijk welzijn"),
        ("OCMW-RAAD – BESLOTEN ZITTING", "ocmw-raad"),
    ],
)
def test_a_later_part_of_the_sitting_keeps_the_heads_day(heading: str, body: str) -> None:
    rows = _dated(HEAD + FIRST + heading + ITEM)
    assert [(b.lower() if b else b, d) for b, d in rows] == [("gemeenteraad", "2026-03-17"), (body, "2026-03-17")]


def test_a_part_with_its_own_date_keeps_it() -> None:
    rows = _dated(HEAD + FIRST + "OCMW-raad - openbare zitting van dinsdag 24 maart 2026" + ITEM)
    assert rows[-1][1] == "2026-03-24"


def test_a_body_heading_without_a_part_of_the_sitting_gets_no_day() -> None:
    rows = _dated(HEAD + FIRST + "OCMW-RAAD" + ITEM)
    assert rows[-1][1] is None
