"""Family: dates inside an agenda item are its history, not a new meeting (nl).

Dutch and Flemish minutes record one meeting per document: the header dates it ("gehouden op maandag
13 mei 2024", "Zitting van 26 februari 2024"). Under an item, a line that only gives a date
("Raadsvergadering 22 april 2024", "Commissievergadering van 8 april 2024") tells when the item was
treated before, and a numbered item about earlier minutes ("2. Notulen van de vergadering van 15 april
2024") is an item, not a header. Every decision keeps the meeting's own date. All text is written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Besluitenlijst van de openbare vergadering van de gemeenteraad van Oosterwold, gehouden op maandag "
    "13 mei 2024 in de raadzaal\n\n"
)
FLEMISH = "Gemeente Oosterveld\nNotulen gemeenteraad\nZitting van maandag 13 mei 2024 om 20.00 uur\n\n"


@pytest.mark.parametrize(
    "item",
    [
        "5. Actualisatie parkeernota\nRaadsvergadering 22 april 2024\n\nBesluit: aangehouden.\n",
        "5. Actualisatie parkeernota\nCommissievergadering van 8 april 2024\n\nBesluit: aangehouden.\n",
        "5. Actualisatie parkeernota\nVergadering van 15 januari 2024\n\nBesluit: aangehouden.\n",
        "5. Actualisatie parkeernota\n\nZitting van 29 januari 2024\n\nBesluit: aangehouden.\n",
        "5. Actualisatie parkeernota\nRaadsvergadering d.d. 4 maart 2024\n\nBesluit: aangehouden.\n",
    ],
)
def test_a_date_line_under_an_item_keeps_the_meeting_date(item):
    for head in (HEAD, FLEMISH):
        (row,) = votes(head + "4. Opening\n\n" + item, "nl")
        assert (row.meeting_date, row.case_number, row.outcome) == ("2024-05-13", "5", "postponed")


@pytest.mark.parametrize(
    "item",
    [
        "2. Notulen van de vergadering van 15 april 2024\nBesluit: conform vastgesteld.\n",
        "2. Verslag van de zitting van 29 januari 2024\nBesluit: goedgekeurd.\n",
        "2. Besluitenlijst van de raadsvergadering van 8 april 2024\nBesluit: vastgesteld.\n",
        "2 Notulen raadsvergadering 15 april 2024\nBesluit: conform vastgesteld.\n",
        "2. Zittingsverslag van de vergadering van 26 februari 2024\nBeslissing: goedgekeurd.\n",
    ],
)
def test_an_item_approving_earlier_minutes_is_a_case_of_this_meeting(item):
    rows = votes(HEAD + "1. Opening\nDe voorzitter opent de vergadering.\n\n" + item, "nl")
    assert [(r.meeting_date, r.case_number, r.outcome) for r in rows] == [("2024-05-13", "2", "adopted")]


def test_a_second_meeting_with_its_own_body_and_date_is_still_read():
    text = (
        HEAD + "3. Woonvisie\nBesluit: aangenomen.\n\n"
        "Gemeenteraad, vergadering van 10 juni 2024\n\n1. Jaarrekening 2023\nBesluit: vastgesteld.\n"
    )
    rows = votes(text, "nl")
    assert [(r.meeting_date, r.case_number) for r in rows] == [("2024-05-13", "3"), ("2024-06-10", "1")]
