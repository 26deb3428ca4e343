"""News pages telling an item put off to a later meeting by its day alone: "Saka vart utsett til møtet 16. april.",
"Forslaget ble utsatt til bystyremøtet 4. juni", "sendt tilbake til møtet 2. september".

The day after "til" names the meeting the case is sent on to, not the meeting the page reports: it dates no row.
Read as a meeting held, it dated every row of the page to that day, or (a day after the page's own stamp) left
the page with no rows at all. Look-alikes: a day after "på/i møtet" still names the meeting held.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = {
    "nb": (
        "Testby kommune > Aktuelt > Politikk\n\nNytt fra bystyret\nPublisert 13.03.2025\n\n"
        "Bystyret hadde møte onsdag 12. mars. Her er et sammendrag av de viktigste sakene.\n\n"
    ),
    "nn": (
        "Testby kommune / Aktuelt / Politikk\n\nNytt frå kommunestyret\nPublisert 13.03.2025 kl. 10:15\n\n"
        "Kommunestyret hadde møte onsdag 12. mars. Her er eit samandrag av dei viktigaste sakene.\n\n"
    ),
}
_TAIL = {
    "nb": "Legevakten\nBystyret tok orienteringen om legevakten til orientering.\n",
    "nn": "Legevakta\nKommunestyret tok orienteringa om legevakta til vitande.\n",
}


@pytest.mark.parametrize(
    ("language", "item"),
    [
        ("nn", "Bompengar\nFramlegget om nye bomstasjonar vart utsett til møtet 16. april.\n\n"),
        ("nn", "Hamneplan\nSaka om ny hamneplan vart utsett til møtet 20. februar.\n\n"),
        ("nb", "Parkering\nSaken om nye parkeringsavgifter ble utsatt til bystyremøtet 4. juni.\n\n"),
        ("nb", "Idrettshall\nForslaget om ny idrettshall ble enstemmig utsatt til møtet 28. januar.\n\n"),
        ("nb", "Gatenavn\nSaken om gatenavn i Sentrum ble sendt tilbake og tas opp igjen til møtet 2. september.\n\n"),
        (
            "nn",
            "Skulebruksplan\nSkulebruksplanen vart utsett til kommunestyremøtet 11. juni, "
            "slik at FAU får uttale seg.\n\n",
        ),
    ],
)
def test_a_later_meeting_day_dates_no_row(language: str, item: str) -> None:
    rows = votes(_HEAD[language] + item + _TAIL[language], language)
    assert [r.outcome for r in rows] == ["postponed", "noted"]
    assert {r.meeting_date for r in rows} == {"2025-03-12"}


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "nb",
            "Testby kommune > Aktuelt\n\nNytt fra bystyret\nPublisert 13.03.2025\n\n"
            "På møtet 11. mars vedtok bystyret enstemmig ny plan for idrett.\n",
            "2025-03-11",
        ),
        (
            "nn",
            "Testby kommune / Aktuelt\n\nNytt frå kommunestyret\nPublisert 13.03.2025\n\n"
            "I møtet 10. mars vedtok kommunestyret samrøystes ny plan for idrett.\n",
            "2025-03-10",
        ),
    ],
)
def test_the_meeting_held_still_dates_the_rows(language: str, text: str, day: str) -> None:
    assert [r.meeting_date for r in votes(text, language)] == [day]
