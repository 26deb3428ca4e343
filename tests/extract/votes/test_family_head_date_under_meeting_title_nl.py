"""A decision list's head that names its municipality and the day ('Gemeente Ede - dinsdag 7 april 2026') and, on
another line, only the kind of record ('BESLUITENLIJST RAADSVERGADERING', 'Notulen', 'Besluitenlijst van de openbare
raadsvergadering') dates the meeting: the record title names a meeting although no body is named.

Look-alike: a news page head ('Nieuws - 4 december 2026') over a report names no meeting: its rows stay undated.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

ITEMS = (
    "\nAgendapunt 4. Verordening op de precariobelasting 2026\nBesluit: aangenomen met 18 stemmen voor en 7 tegen.\n"
    "\nAgendapunt 5. Zienswijze op de begroting 2027 van de omgevingsdienst\nBesluit: unaniem aangenomen.\n"
)

HEADS = {
    "capitals": ("Gemeente Zeewolde - woensdag 20 mei 2026\nBESLUITENLIJST RAADSVERGADERING\n", "2026-05-20"),
    "title first": (
        "Besluitenlijst van de openbare raadsvergadering\nGemeente Oldebroek – 9 juni 2026\n",
        "2026-06-09",
    ),
    "notulen": ("Gemeente Loon op Zand, donderdag 2 juli 2026\nNotulen\n", "2026-07-02"),
    "besluitenlijst alone": ("BESLUITENLIJST\nGemeente Heumen - maandag 14 september 2026\n", "2026-09-14"),
    "vergadering": ("Gemeente Nuenen - dinsdag 6 oktober 2026\nBesluitenlijst vergadering\n", "2026-10-06"),
}


@pytest.mark.parametrize(("head", "date"), HEADS.values(), ids=HEADS.keys())
def test_a_dated_head_under_a_record_title_dates_the_meeting(head, date):
    rows = votes(head + ITEMS, "nl")
    assert [(r.case_number, r.meeting_date) for r in rows] == [("4", date), ("5", date)]


def test_a_news_head_without_a_record_title_dates_no_meeting():
    text = (
        "Nieuws - 4 december 2026\nNieuwe speeltuin in het park\n\n"
        "De speeltuin aan de Vijverlaan wordt vernieuwd. Het plan is vorig jaar unaniem aangenomen.\n"
    )
    assert all(r.meeting_date is None for r in votes(text, "nl"))
