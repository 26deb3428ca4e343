"""A news page closing with the next meeting named by the council's own word rather than 'vergadering'
("De eerstvolgende gemeenteraad is gepland op dinsdag 22 september 2026", "De volgende raadszitting is op ...",
"Volgende zitting van de gemeenteraad: ..."): that day dates no row. The meeting reported is dated by its own day.
All pages are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_NEXT = [
    (
        "Nieuws\n\nGepubliceerd 1 juli 2026\n\nDe gemeenteraad vergaderde dinsdag 30 juni 2026.\n\nDe raad keurde "
        "het nieuwe parkeerplan goed met 17 stemmen voor en 6 tegen. De eerstvolgende gemeenteraad is gepland op "
        "dinsdag 22 september 2026.\n",
        {"2026-06-30"},
    ),
    (
        "Actueel\n\nGepubliceerd 15 oktober 2026\n\nDe gemeenteraad vergaderde woensdag 14 oktober 2026.\n\n"
        "De raad stelde de woonvisie met algemene stemmen vast.\n\nDe volgende raad vindt plaats op 11 november "
        "2026.\n",
        {"2026-10-14"},
    ),
    (
        "REGIO NIEUWS\nwoensdag 24 juni 2026, 07:12\n\nDe gemeenteraad heeft op dinsdag 23 juni 2026 beslist om de "
        "verbroedering met Gniezno stop te zetten. Het voorstel werd goedgekeurd met 17 stemmen voor en 8 tegen."
        "\n\nDe eerstvolgende gemeenteraad is gepland op dinsdag 22 september 2026.\n",
        {"2026-06-23"},
    ),
    (
        "Nieuws uit de gemeenteraad\nGepubliceerd op 29 april 2026\n\nIn de zitting van maandag 27 april 2026 "
        "keurde de gemeenteraad het reglement op de buurtfeesten eenparig goed.\n\nDe komende "
        "gemeenteraadszitting is op maandag 25 mei 2026.\n",
        {"2026-04-27"},
    ),
    (
        "Infoblad\nGepubliceerd 2 maart 2026\n\nIn de zitting van donderdag 26 februari 2026 werd het "
        "retributiereglement goedgekeurd met 19 stemmen voor en 6 tegen.\n\nVolgende zitting van de "
        "gemeenteraad: donderdag 26 maart 2026.\n",
        {"2026-02-26"},
    ),
    (
        "Nieuws\nGepubliceerd 10 december 2026\n\nDe gemeenteraad vergaderde woensdag 9 december 2026 en keurde "
        "de begroting goed met 15 stemmen voor en 8 tegen. De volgende raadszitting is op woensdag 27 januari "
        "2027.\n",
        {"2026-12-09"},
    ),
]


@pytest.mark.parametrize(("text", "dates"), _NEXT)
def test_a_next_council_named_by_its_body_word_dates_no_row(text: str, dates: set) -> None:
    assert {r.meeting_date for r in votes(text, "nl")} == dates


def test_a_council_that_met_on_a_named_day_still_dates_its_decision() -> None:
    text = (
        "Nieuws\nGepubliceerd 23 september 2026\n\nDe gemeenteraad van dinsdag 22 september 2026 keurde de "
        "verkoop van de pastorie goed met 14 stemmen voor en 9 tegen.\n"
    )
    assert {r.meeting_date for r in votes(text, "nl")} == {"2026-09-22"}
