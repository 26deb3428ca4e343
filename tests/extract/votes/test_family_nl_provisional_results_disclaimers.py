"""A results page closes with a disclaimer: the results are provisional and the record (verslag, notulen,
besluitenlijst) will be adopted later, at a next meeting or on a date ('Het officiële verslag wordt later
vastgesteld.'). That sentence tells what will happen to the record; it is no decision of this meeting. The record
adopted at this meeting ('De notulen van de vergadering van 8 mei 2026 worden vastgesteld.') stays a row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGE = (
    "Stemmingsuitslagen gemeenteraad 12 juni 2026\n\n"
    "Agendapunt 4  Raadsvoorstel Parkeerbeleid 2026\n"
    "  Uitslag: aangenomen met 20 stemmen voor en 9 stemmen tegen.\n\n"
    'Agendapunt 5  Motie "Gratis zwemles"\n'
    "  Uitslag: verworpen met 12 stemmen voor en 17 stemmen tegen.\n\n"
)
ROWS = [("4", "adopted", 20, 9), ("5", "rejected", 12, 17)]


def _rows(closing: str) -> list[tuple]:
    return [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in votes(PAGE + closing + "\n", "nl")]


@pytest.mark.parametrize(
    "closing",
    [
        "De stemmingsuitslagen zijn voorlopig. Het officiële verslag wordt later vastgesteld.",
        "Aan deze uitslagen kunnen geen rechten worden ontleend. De besluitenlijst wordt op 3 juli vastgesteld.",
        "De stemmingsuitslagen zijn voorlopig. De definitieve besluitenlijst\n"
        "wordt vastgesteld in de volgende raadsvergadering.",
        "Deze uitslagen zijn voorlopig. De notulen worden pas in de vergadering van 10 juli goedgekeurd.",
        "Onder voorbehoud. Het zittingsverslag zal in de zitting van 30 september worden goedgekeurd.",
        "Let op: de uitslagen worden definitief vastgesteld met de besluitenlijst.",
    ],
)
def test_a_disclaimer_on_the_record_adopted_later_is_no_decision(closing):
    assert _rows(closing) == ROWS


@pytest.mark.parametrize(
    "item",
    [
        "Agendapunt 6  Notulen\n  De notulen van de vergadering van 8 mei 2026 worden vastgesteld.",
        "Agendapunt 6  Besluitenlijst\n  De besluitenlijst van de vorige vergadering wordt ongewijzigd vastgesteld.",
    ],
)
def test_the_record_adopted_at_this_meeting_stays_a_decision(item):
    rows = _rows(item)
    assert rows[:2] == ROWS and [(r[0], r[1]) for r in rows[2:]] == [("6", "adopted")]
