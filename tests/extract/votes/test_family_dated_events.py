"""Dates inside a case's text do not re-date the meeting: a line that opens with a date and goes on
with an event ("7. november 2022 besluttede Byrådet ...", "12.01.2024 – Oppstartsmøte med vegvesenet")
tells of the case's history. A date line with nothing after it but a time still opens a new meeting.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": ("Økonomiudvalget\n\nMødedato: 12. september 2023\n\n113. Budgetopfølgning\n\n", "Beslutning\n\nGodkendt.\n"),
    "nb": (
        "Utvalg: Kommunestyret\nMøtedato: 19.06.2024\n\nPS 41/24 Gang- og sykkelvei\n\n",
        "Vedtak:\nSaken ble enstemmig vedtatt.\n",
    ),
    "nn": (
        "Utval: Kommunestyret\nMøtedato: 30.11.2023\n\nPS 96/23 Ny skulestruktur\n\n",
        "Vedtak:\nSaka vart samrøystes vedteken.\n",
    ),
}
MEETING = {"da": "2023-09-12", "nb": "2024-06-19", "nn": "2023-11-30"}


def _dates(language: str, middle: str) -> list[str | None]:
    head, decision = HEAD[language]
    return [r.meeting_date for r in votes(f"{head}{middle}\n\n{decision}", language)]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("da", "7. november 2022 besluttede Byrådet at afsætte en pulje på 5 mio. kr."),
        ("da", "15. marts 2023 - projektet blev igangsat"),
        ("da", "1. januar 2024: Den nye ordning trådte i kraft."),
        ("da", "Mandag den 4. marts 2024 holdt udvalget borgermøde om sagen."),
        ("da", "03-05-2023 Udbud annonceret"),
        ("nb", "12.01.2024 – Oppstartsmøte med Statens vegvesen."),
        ("nb", "05.03.2024 – Reguleringsplan for gang- og sykkelveien godkjent av planutvalget."),
        ("nb", "2. mai 2024 – Kontrakt med entreprenør signert."),
        ("nb", "18.09.2024 Halvårsrapport lagt fram."),
        ("nb", "14. mars 2023: Kommunestyret ba om en utredning."),
        ("nn", "12.01.2024 – Oppstartsmøte med Statens vegvesen."),
        ("nn", "3. mars 2022 vedtok heradsstyret skulebruksplanen."),
        ("nn", "20.10.2023 – Høyringsfristen gjekk ut."),
        ("nn", "1. september 2023: Saka vart send på høyring."),
        ("nn", "15.06.2023 Synfaring på staden"),
    ],
)
def test_a_dated_event_in_a_case_does_not_re_date_the_meeting(language, line):
    assert _dates(language, f"Historikk\n{line}") == [MEETING[language]]


@pytest.mark.parametrize(
    ("language", "line", "date"),
    [
        ("da", "Mødedato: 3. oktober 2023", "2023-10-03"),
        ("da", "Tirsdag den 3. oktober 2023 kl. 16.00", "2023-10-03"),
        ("da", "3. oktober 2023", "2023-10-03"),
        ("nb", "Møtedato: 20.06.2024", "2024-06-20"),
        ("nn", "Møtedato: 01.12.2023", "2023-12-01"),
    ],
)
def test_a_date_line_with_only_a_time_still_dates_what_follows(language, line, date):
    assert _dates(language, line) == [date]
