"""Family: a record's status field beside a comment that only says the work keeps to its plan ("som
planlagt", "volgens planning", "som planlagt fra august"): a weak cue tells no news, so the field stands.
A comment reporting the work begun or done still overrules a "not started" field. Snippets written for
these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

ON_SCHEDULE = [
    ("nb", "Oppfølging av vedtak 2026\n\nSak: PS 4/26\nTittel: Gratis leksehjelp\nStatus: Ikke påbegynt\n"
           "Kommentar: Innføres fra august som planlagt.\n", [("PS 4/26", "Gratis leksehjelp", "not_started")]),
    ("nb", "Oppfølging av vedtak 2026\n\nSak: PS 9/26\nTittel: Ny lekeplass på Haugen\nStatus: Ikke startet\n"
           "Kommentar: Bygges neste år som planlagt.\n", [("PS 9/26", "Ny lekeplass på Haugen", "not_started")]),
    ("nb", "Oppfølging av vedtak 2026\n\nSak: PS 11/26\nTittel: Nye benker i sentrum\nStatus: Pågår\n"
           "Kommentar: Som planlagt.\n", [("PS 11/26", "Nye benker i sentrum", "in_progress")]),
    ("nn", "Oppfølging av vedtak 2026\n\nSak: PS 7/26\nTittel: Ny symjehall\nStatus: Ikkje starta\n"
           "Kommentar: Byggjast frå hausten som planlagt.\n", [("PS 7/26", "Ny symjehall", "not_started")]),
    ("da", "Opfølgning på beslutninger 2026\n\nSag: 12/26\nTitel: Ny skaterbane\nStatus: Ikke påbegyndt\n"
           "Bemærkning: Anlægges til foråret som planlagt.\n", [("12/26", "Ny skaterbane", "not_started")]),
]

NEWS = [
    ("nb", "Oppfølging av vedtak 2026\n\nSak: PS 5/26\nTittel: Ny gangvei\nStatus: Ikke påbegynt\n"
           "Kommentar: Gangveien ble åpnet i mai.\n", [("PS 5/26", "Ny gangvei", "completed")]),
    ("nb", "Oppfølging av vedtak 2026\n\nSak: PS 6/26\nTittel: Ny brannstasjon\nStatus: Ikke påbegynt\n"
           "Kommentar: Byggingen er i gang.\n", [("PS 6/26", "Ny brannstasjon", "in_progress")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ON_SCHEDULE)
def test_an_on_schedule_comment_leaves_the_field(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NEWS)
def test_a_comment_reporting_the_work_begun_still_overrules(language, text, expected):
    assert rows(text, language) == expected
