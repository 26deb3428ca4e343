"""Minutes whose head names the meeting keep that meeting's date when a proposal names a weekday.

A council sentence with a weekday in it ("De gemeenteraad beslist om het parkeren op zaterdag gratis te maken") reads
like a news report telling a decision relative to its page ("De raad heeft donderdagavond ingestemd"), whose first
dated head line is the page's dateline. In minutes that first dated line names the meeting itself ("Notulen
gemeenteraad - zitting van dinsdag 28 april 2026", "Besluitenlijst van de vergadering van de raad van donderdag 12
maart 2026"): it dates every decision, and an item title naming an earlier sitting ("Goedkeuring notulen van de
zitting van 24 maart 2026") or a later one ("verdaagd naar de zitting van 26 mei 2026") does not.

Look-alikes: a news page's dateline ("BOXTEL – NIEUWS  vrijdag 4 december 2026") names no meeting, and a decision it
tells relative to that day ("heeft donderdagavond ingestemd") still has no meeting date of its own.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

ITEMS = (
    "1. Goedkeuring notulen en zittingsverslag van de zitting van 24 maart 2026\nBesluit:\nEenparig goedgekeurd.\n\n"
    "2. Retributiereglement op het gebruik van de sporthal - wijziging\nBesluit:\n"
    "Het punt wordt verdaagd naar de zitting van 26 mei 2026, op vraag van de schepen van sport.\n\n"
)


@pytest.mark.parametrize(
    ("head", "proposal", "date"),
    [
        (
            "Gemeente Testbeke\nNotulen van de gemeenteraad - zitting van dinsdag 28 april 2026\n\n"
            "Openbare zitting\n\n",
            'De gemeenteraad beslist om het parkeren op zaterdag gratis te maken in de blauwe zone."',
            "2026-04-28",
        ),
        (
            "Stad Testbeke\nNOTULEN GEMEENTERAAD - zitting van maandag 9 maart 2026\n\nOPENBARE ZITTING\n\n",
            'De gemeenteraad vraagt het college om de bibliotheek op maandag open te houden."',
            "2026-03-09",
        ),
        (
            "Gemeente Testbeke\nBesluitenlijst gemeenteraad - zitting van 22 juni 2026\n\n",
            'De gemeenteraad beslist de recyclageparken op zaterdagnamiddag open te houden."',
            "2026-06-22",
        ),
        (
            "Gemeente Testbeke\nNotulen gemeenteraad\nZitting van donderdag 19 maart 2026 om 20.00 uur\n\n",
            'De raad wil dat de markt voortaan op woensdag plaatsvindt in de Kerkstraat."',
            "2026-03-19",
        ),
        (
            "Gemeente Testbeke\nVerslag van de gemeenteraad van woensdag 14 januari 2026\n\n",
            'De gemeenteraad beslist het zwembad op zondagochtend gratis open te stellen voor kinderen."',
            "2026-01-14",
        ),
    ],
)
def test_minutes_keep_their_meeting_date_beside_a_weekday_in_a_proposal(head, proposal, date):
    item = (
        "3. Aanvullend agendapunt van raadslid Mark Vos (Vlaams Belang): een nieuw voorstel\n"
        f'Voorstel van het raadslid:\n"{proposal}\nStemming: 6 stemmen voor en 27 stemmen tegen.\n'
        "Besluit:\nHet voorstel wordt niet aangenomen.\n"
    )
    rows = votes(head + ITEMS + item, "nl")
    assert {row.meeting_date for row in rows} == {date}
    assert [row.case_number for row in rows][:2] == ["1", "2"]


@pytest.mark.parametrize(
    ("report", "date"),
    [
        (
            "BOXTEL – NIEUWS                vrijdag 4 december 2026\n\nRaad kiest voor zwembad\n\n"
            "BOXTEL – De gemeenteraad van Boxtel heeft donderdagavond ingestemd met de bouw van een nieuw zwembad.\n",
            "2026-12-03",
        ),
        (
            "Nieuws – 12 maart 2026\n\nDe gemeenteraad heeft dinsdagavond met 19 stemmen voor en 8 tegen het "
            "parkeerplan voor de binnenstad vastgesteld.\n",
            "2026-03-10",
        ),
    ],
)
def test_a_news_dateline_dates_the_meeting_by_the_weekday_it_tells(report, date):
    """A news page's stamp is no meeting date; the weekday its text tells ('donderdagavond' on a Friday page) is."""
    rows = votes(report, "nl")
    assert rows and {row.meeting_date for row in rows} == {date}
