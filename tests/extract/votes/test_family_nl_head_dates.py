"""Family: the meeting date in the head line of Dutch and Flemish minutes, whatever follows it (nl).

A head line names the sitting ("Zitting van dinsdag 3 maart 2026 om 19.30 uur – raadzaal, Markt 1",
"Vergadering van de gemeenteraad van 12 mei 2025, Raadhuis"): its date is the meeting's even when place or
time follow, and a date in an agenda item (the minutes of an earlier sitting, a deadline, a later meeting)
never replaces it. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

ITEMS = (
    "OPENBARE ZITTING\n"
    "  1.  Goedkeuring van de notulen van de zitting van 10 februari 2026\n"
    "      Goedgekeurd.\n"
    "  2.  Retributiereglement markten\n"
    "      Goedgekeurd met 19 stemmen voor en 6 stemmen tegen.\n"
    "  3.  Ontwerp rooilijnplan Veldstraat\n"
    "      Uitgesteld naar de zitting van 21 april 2026.\n"
)


@pytest.mark.parametrize(
    ("head", "date"),
    [
        (
            "Stad Oostkamp\nBESLUITENLIJST GEMEENTERAAD\n"
            "Zitting van dinsdag 3 maart 2026 om 20.00 uur – raadzaal, Markt 1\n",
            "2026-03-03",
        ),
        (
            "Gemeente Lebbeke\nNotulen gemeenteraad\nZitting van maandag 16 maart 2026, raadzaal gemeentehuis\n",
            "2026-03-16",
        ),
        (
            "Gemeente Heerde\nBesluitenlijst raad\n"
            "Vergadering van donderdag 5 maart 2026 om 19.30 uur in het gemeentehuis, Dorpsstraat\n",
            "2026-03-05",
        ),
        ("GEMEENTERAAD ZELE\nzitting van 30 maart 2026 – 19u30 – Raadzaal De Vrijheid\n", "2026-03-30"),
        (
            "Gemeente Loon op Zand\nBesluitenlijst gemeenteraad\n"
            "Zitting van woensdag 25 maart 2026 (aanvang 20.00 uur), Raadhuis\n",
            "2026-03-25",
        ),
        (
            "Gemeente Bree\nNotulen van de gemeenteraad\nzitting van 2 maart 2026 in de raadzaal van het stadhuis\n",
            "2026-03-02",
        ),
    ],
)
def test_the_head_line_dates_every_item_even_with_place_and_time_after_it(head, date):
    rows = votes(head + "\n" + ITEMS, "nl")
    assert [(r.meeting_date, r.case_number) for r in rows] == [(date, "1"), (date, "2"), (date, "3")]


@pytest.mark.parametrize(
    "item",
    [
        "1. Notulen van de zitting van 10 februari 2026\n   Goedgekeurd.\n",
        "1. Goedkeuring verslag vorige zitting (zitting van 10 februari 2026)\n   Eenparig goedgekeurd.\n",
        "1. Besluitenlijst van de vergadering van 10 februari 2026\n   Vastgesteld.\n",
        "1.  Zienswijze begroting 2027 – termijn 15 april 2026\n    Vastgesteld.\n",
        "1. Verslag zitting 10.02.2026\n   Goedgekeurd.\n",
    ],
)
def test_a_date_in_the_first_item_does_not_redate_the_meeting(item):
    head = (
        "Gemeente Zonhoven\nBESLUITENLIJST GEMEENTERAAD\nZitting van dinsdag 3 maart 2026 om 20.00 uur – raadzaal\n\n"
    )
    rows = votes(head + item + "2. Belastingreglement op tweede verblijven\n   Goedgekeurd.\n", "nl")
    assert [r.meeting_date for r in rows] == ["2026-03-03", "2026-03-03"]


def test_a_news_sentence_about_a_decision_day_is_still_no_head_date():
    text = (
        "Nieuwsbericht\n\nDe gemeenteraad besloot dinsdag 3 maart 2026 met 20 stemmen voor en 5 tegen "
        "het plan voor de markt aan te nemen.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against) == ("adopted", 20, 5)
