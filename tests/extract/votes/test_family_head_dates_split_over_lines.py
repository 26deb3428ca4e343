"""Family: a protocol head whose date PDF extraction broke over two lines, the year alone opening the next line.

The day and month at one line's end and the year opening the next are one meeting date; a year that opens the next
line after a date that already has its year, or a day and month followed by a line of other numbers, date nothing
more. All snippets are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

ITEMS = {
    "da": "\n\n5. Budgetopfølgning\n\nBeslutning\nGodkendt.\n",
    "nb": "\n\nPS 5/26 Budsjettoppfølging\n\nVedtak:\nInnstillingen ble enstemmig vedtatt.\n",
    "nn": "\n\nPS 5/26 Budsjettoppfølging\n\nVedtak:\nInnstillinga vart samrøystes vedteken.\n",
    "nl": "\n\n4. Verordening parkeerbelastingen\n\nBesluit: aangenomen met algemene stemmen.\n",
}


@pytest.mark.parametrize(
    ("language", "head", "date"),
    [
        ("da", "Referat\nByrådet\n27. januar\n2026", "2026-01-27"),
        ("da", "Beslutningsprotokol\nØkonomiudvalget\nmandag den 2. feb.\n2026 kl. 15.00", "2026-02-02"),
        ("nb", "Møteprotokoll\nKommunestyret\n17. juni\n2026 kl. 10.00", "2026-06-17"),
        ("nb", "Formannskapet\nonsdag 4. mars\n2026", "2026-03-04"),
        ("nn", "Møtebok\nHeradsstyret\nfredag 14. november\n2025", "2025-11-14"),
        ("nl", "Besluitenlijst gemeenteraad\ndonderdag 9 april\n2026", "2026-04-09"),
        ("nl", "Notulen OCMW-raad\n23 februari\n2026, 20.00 uur", "2026-02-23"),
    ],
)
def test_a_day_and_month_with_the_year_on_the_next_line_date_the_meeting(language, head, date):
    (row,) = votes(head + ITEMS[language], language)
    assert row.meeting_date == date


@pytest.mark.parametrize(
    ("language", "head", "date"),
    [
        ("da", "Referat\nByrådet\n27. januar 2026\n2027 budget", "2026-01-27"),  # the date had its year
        ("nb", "Møteprotokoll\nKommunestyret\nMøtedato: 17.06.2026\n17. juni\n2030-planen", "2026-06-17"),
        ("nl", "Besluitenlijst gemeenteraad\n9 april\n12 punten", None),  # no year follows
        ("nb", "Møteprotokoll\nKommunestyret\n17. juni\n2030-planen", None),  # a plan's name, no year
    ],
)
def test_a_year_or_number_that_completes_no_day_adds_no_date(language, head, date):
    (row,) = votes(head + ITEMS[language], language)
    assert row.meeting_date == date
