"""Title family: a minutes' head line dates the meeting, and what surrounds the date names no document. The
field label, weekday and separators before the date and the hour, room and address after it are dropped, so
the title is the body, the genre and the date. Lines without a date, or that are only a date, stay as they
are. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import title

DATED_HEADS = [
    ("Økonomiudvalget – Referat – Mødedato: Tirsdag den 3. februar 2026\n\nPunkt 1",
     "Økonomiudvalget – Referat 3. februar 2026"),
    ("Byrådet – Beslutningsprotokol – onsdag den 14. januar 2026 kl. 17.00, Byrådssalen, Rådhuset\n\n1. Godkendelse",
     "Byrådet – Beslutningsprotokol 14. januar 2026"),
    ("Møtebok – Formannskapet – Møtedato: 05.02.2026\tTid: 09:00\tSted: Kommunestyresalen\n\nSak 1/26",
     "Møtebok – Formannskapet 05.02.2026"),
    ("Møteprotokoll – Heradsstyret – Møtedag: tysdag 9. juni 2026 kl. 10.00–15.40\n\nSak 12/26",
     "Møteprotokoll – Heradsstyret 9. juni 2026"),
    ("Notulen gemeenteraad – Zitting van donderdag 12 maart 2026 om 20.00 uur\n\n1. Goedkeuring",
     "Notulen gemeenteraad – Zitting van 12 maart 2026"),
    ("Besluitenlijst gemeenteraad – maandag 30-03-2026, aanvang 19.30 uur\n\n1. Opening",
     "Besluitenlijst gemeenteraad 30-03-2026"),
]


@pytest.mark.parametrize(("text", "expected"), DATED_HEADS)
def test_a_meeting_head_line_ends_at_its_date(text, expected):
    assert title(text) == expected


def test_a_date_on_the_next_line_joins_without_its_label():
    text = "Teknikudvalget - Referat\n\nMødedato: Mandag den 13. april 2026\nMødetid: 15:30\n\nPunkt 1"
    assert title(text) == "Teknikudvalget - Referat 13. april 2026"


def test_a_long_head_line_is_a_title_once_its_meeting_details_are_dropped():
    text = (
        "Besluitenlijst van de gemeenteraad van Westerdam gehouden op dinsdag 3 februari 2026 in het raadhuis, "
        "aanvang 19.30 uur, raadzaal eerste verdieping\n\nVoorzitter: de burgemeester\n\n1. Opening"
    )
    assert title(text) == "Besluitenlijst van de gemeenteraad Westerdam 3 februari 2026"


LOOK_ALIKES = [
    "Klimaplan 2026-2030 – statusrapport for andet halvår\n\nIndledning",  # years, no day: no meeting date
    "12. marts 2026\n\nNyhed om venskabsbyer",  # only a date: kept as it is
    "Handlingsplan for trafiksikkerhed\n\nVedtaget af byrådet",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_line_without_a_meeting_date_before_text_is_kept(text):
    assert title(text) == text.split("\n")[0]
