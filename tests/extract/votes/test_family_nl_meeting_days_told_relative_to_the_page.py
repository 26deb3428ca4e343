"""A local news report dates the council's decisions relative to its own page ('VUGHT - LOKAAL NIEUWS  vrijdag 4
december 2026' / 'De gemeenteraad heeft donderdagavond ingestemd met ...'; 'Gepubliceerd op 12 maart 2026' / 'De raad
stemde gisteravond in met ...'): the rows' meeting day is that weekday, the latest one not after the page, or that
many days before it. A report naming the meeting's full date keeps it; minutes dated by their head are no report."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _dates(text: str) -> list[str | None]:
    return [r.meeting_date for r in votes(text, "nl")]


@pytest.mark.parametrize(
    ("head", "sentence", "day"),
    [
        (
            "VUGHT – LOKAAL NIEUWS                        vrijdag 4 december 2026",
            "De gemeenteraad van Vught heeft donderdagavond ingestemd met de bouw van een nieuwe sporthal.",
            "2026-12-03",
        ),
        (
            "Gepubliceerd op woensdag 11 maart 2026",
            "De gemeenteraad heeft dinsdagavond besloten het zwembad te renoveren.",
            "2026-03-10",
        ),
        (
            "Gepubliceerd op 12 maart 2026",
            "De raad stemde gisteravond in met het nieuwe parkeerbeleid.",
            "2026-03-11",
        ),
        (
            "DE STEDENDRIEHOEK  donderdag 5 februari 2026",
            "De gemeenteraad van Apeldoorn heeft maandag ingestemd met de woonvisie.",
            "2026-02-02",
        ),
        (
            "Gepubliceerd op vrijdag 13 november 2026",
            "De gemeenteraad heeft eergisteren de begroting 2027 vastgesteld.",
            "2026-11-11",
        ),
        (
            "Gepubliceerd op dinsdag 10 februari 2026",
            "De gemeenteraad heeft dinsdagmiddag ingestemd met het bestemmingsplan.",
            "2026-02-10",
        ),
    ],
)
def test_a_weekday_told_relative_to_the_page_dates_the_meeting(head, sentence, day):
    assert _dates(f"{head}\n\nRaad stemt in\n\n{sentence}\n") == [day]


def test_a_full_meeting_date_in_the_prose_wins_over_the_weekday():
    text = (
        "Gepubliceerd op vrijdag 4 december 2026\n\nDe gemeenteraad heeft donderdagavond, in de vergadering van "
        "1 december 2026, ingestemd met de bouw van een nieuwe sporthal.\n"
    )
    assert _dates(text) == ["2026-12-01"]


def test_minutes_dated_by_their_head_keep_the_head_date():
    text = (
        "Notulen van de gemeenteraad\nVergadering van dinsdag 3 maart 2026\n\n"
        "Agendapunt 5 Sporthal\nDe gemeenteraad heeft donderdag ingestemd met de bouw van een nieuwe sporthal.\n"
    )
    assert set(_dates(text)) <= {"2026-03-03"}
