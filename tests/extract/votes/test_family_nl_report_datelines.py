"""Family: a news report's dateline is the page's date, not the meeting's (nl).

A local news page opens with its dateline ("VUGHT – LOKAAL NIEUWS  vrijdag 4 december 2026", "Nieuws – 4
december 2026") and tells the decision relative to it ("De gemeenteraad van X heeft donderdagavond ingestemd
met ..."). The weekday told relative to the page dates the meeting: the latest such day not after the
dateline, as the read sets' gold dates it (heldout11, heldout24, heldout32), unless the report writes the
meeting's full date anywhere ("De raadsvergadering van 3 december 2026 duurde tot middernacht"). Minutes
dated in their head keep that date even when their prose names a weekday.
All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

REPORTS = [
    "BOXTEL – LOKAAL NIEUWS                vrijdag 4 december 2026\n\nRaad kiest voor zwembad\n\n"
    "BOXTEL – De gemeenteraad van Boxtel heeft donderdagavond ingestemd met de bouw van een nieuw zwembad.\n",
    "Nieuws – 4 december 2026\n\nDe gemeenteraad heeft gisteravond met 20 stemmen voor en 7 tegen het "
    "bestemmingsplan voor de Kerkstraat vastgesteld.\n",
    "Dinsdag 10 maart 2026 | Politiek\n\nZonnepark Heidehoek gaat door\n\nDe raad van Oirschot besloot "
    "maandagavond het zonnepark Heidehoek toe te staan.\n",
    "Gemeente nieuws, 12 mei 2026\n\nDe gemeenteraad van Son heeft dinsdag unaniem ingestemd met het nieuwe "
    "speelruimteplan.\n",
    "LOKAAL – 26 november 2026\n\nDe Bergeijkse gemeenteraad heeft woensdagavond de begroting vastgesteld.\n",
]


@pytest.mark.parametrize(
    ("report", "day"),
    list(zip(REPORTS, ["2026-12-03", "2026-12-03", "2026-03-09", "2026-05-12", "2026-11-25"], strict=True)),
)
def test_a_decision_told_relative_to_the_dateline_is_dated_by_that_weekday(report, day):
    rows = votes(report, "nl")
    assert rows and all(r.meeting_date == day for r in rows)


@pytest.mark.parametrize("report", REPORTS)
def test_a_report_that_writes_the_meetings_full_date_anywhere_dates_its_rows(report):
    rows = votes(report + "De raadsvergadering van 1 december 2026 duurde tot middernacht.\n", "nl")
    assert rows and all(r.meeting_date == "2026-12-01" for r in rows)


def test_minutes_dated_in_their_head_keep_the_date_when_prose_names_a_weekday():
    text = (
        "Gemeenteraad Boxtel\nVergadering van 3 december 2026\n\n1. Zwembad\n"
        "De wethouder meldt dat de gemeenteraad dinsdag al werd geïnformeerd.\n"
        "Besluit: aangenomen.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.meeting_date, row.outcome) == ("2026-12-03", "adopted")


@pytest.mark.parametrize(
    "head",
    ["Nieuws – 4 december 2026", "Lokaal nieuws | 4 december 2026", "Redactie Lokaal, 4 december 2026"],
)
def test_a_head_date_naming_neither_body_nor_meeting_dates_no_row(head):
    text = head + "\n\nDe raad besloot zonder stemming om het jubileum te vieren met een uitwisseling.\n"
    (row,) = votes(text, "nl")
    assert (row.meeting_date, row.outcome) == (None, "adopted")
