"""Items written 'Punt 5 - Title' or '5 - Title' (a dash between number and title, often under a ruled line):
the sentence on the next line is the item's own text, never the title's wrapped end, and an item approving
an earlier session's minutes ('Punt 1 - Goedkeuring notulen en zittingsverslag van 14 september 2026') names
that session's date, not the date of the meeting the rows belong to."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

RULE = "-" * 73
HEAD = "Gemeenteraad Testbeek - notulen\nZitting van maandag 12 oktober 2026\n\nAanwezig: de voorzitter\n\n"


def _rows(items: str) -> list[tuple]:
    return [(r.case_number, r.meeting_date, r.subject, r.outcome) for r in votes(HEAD + items, "nl")]


@pytest.mark.parametrize(
    ("item", "outcome"),
    [
        (
            "Punt 5 - Kennisname van het jaarverslag 2025 van de lokale politie\n"
            "De gemeenteraad neemt akte van het jaarverslag.",
            "noted",
        ),
        (
            "Punt 5 – Verslag van de adviesraad voor cultuur over de werking in 2025\n"
            "De gemeenteraad neemt kennis van het verslag.",
            "noted",
        ),
        (
            "Punt 5 - Rooilijnplan Kerkstraat en omgeving - definitieve vaststelling\nHet punt wordt verdaagd.",
            "postponed",
        ),
        (
            "Agendapunt 5 - Samenwerkingsovereenkomst met de buurgemeente over de bibliotheek\n"
            "Goedgekeurd met 20 stemmen voor en 7 stemmen tegen.",
            "adopted",
        ),
        (
            "Punt 5 - Retributiereglement op het gebruik van de gemeentelijke zalen\n"
            "Het reglement wordt eenparig goedgekeurd.",
            "adopted",
        ),
    ],
)
def test_the_sentence_under_a_dashed_item_line_is_its_decision(item, outcome):
    rows = _rows(f"{RULE}\n{item}\n{RULE}\n")
    assert [(case, date, found) for case, date, _, found in rows] == [("5", "2026-10-12", outcome)]


@pytest.mark.parametrize(
    "title",
    [
        "Goedkeuring notulen en zittingsverslag van 14 september 2026",
        "Goedkeuring van het verslag van de vergadering van 14 september 2026",
        "Vaststelling notulen van de zitting van maandag 14 september 2026",
    ],
)
def test_an_item_approving_earlier_minutes_does_not_date_the_meeting(title):
    rows = _rows(
        f"{RULE}\nPunt 1 - {title}\nDe voorzitter vraagt of er opmerkingen zijn. Er zijn geen.\n"
        "Besluit: eenparig goedgekeurd.\n"
        f"{RULE}\nPunt 2 - Budgetwijziging 2026 nr. 2\nBesluit: goedgekeurd met 22 stemmen voor en 9 stemmen tegen.\n"
    )
    assert [(case, date) for case, date, _, _ in rows] == [("1", "2026-10-12"), ("2", "2026-10-12")]


@pytest.mark.parametrize(
    "line",
    [
        "Zitting van maandag 14 september 2026",
        "Gemeenteraad - zitting van 14 september 2026",
    ],
)
def test_a_session_line_still_dates_the_rows_below_it(line):
    rows = votes(f"Gemeenteraad Testbeek - notulen\n{line}\n\nPunt 2 - Budgetwijziging\nBesluit: goedgekeurd.\n", "nl")
    assert [r.meeting_date for r in rows] == ["2026-09-14"]
