"""Family: decision lists of the executive (college van B&W, college van burgemeester en schepenen, vast bureau).

The executive's decisions are no council votes: a list headed by the college yields no rows, whatever its layout,
while a council list that names the college in its text or in a "Van:" line below the council keeps its rows.
All snippets are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

ITEM = "\n\n3. Subsidie speeltuinvereniging\n\nBesluit: conform voorstel vastgesteld.\n"


@pytest.mark.parametrize(
    "header",
    [
        "Besluitenlijst college van burgemeester en wethouders\nDatum vergadering: 14 januari 2026",
        "Openbare besluitenlijst van het college van B&W d.d. 3 februari 2026",
        "Zitting van het college van burgemeester en schepenen van maandag 9 maart 2026",
        "Collegebesluiten | Besluitenlijst College van B en W | 21 april 2026",
        "Notulen schepencollege\n12.05.2026",
        "Besluitenlijst vast bureau van 2 juni 2026",
    ],
)
def test_a_list_headed_by_the_executive_yields_no_council_votes(header):
    assert votes(header + ITEM, "nl") == []


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("Besluitenlijst gemeenteraad 14 januari 2026\nAan: de gemeenteraad\nVan: het college van B&W", "gemeenteraad"),
        ("Gemeenteraad 3 februari 2026\nVoorstel van het college van burgemeester en wethouders", "gemeenteraad"),
        ("Zitting van de gemeenteraad van 9 maart 2026\nNotulist: de algemeen directeur", "gemeenteraad"),
        ("OCMW-raad van 21 april 2026\nVoorzitter: de voorzitter van het vast bureau", "OCMW-raad"),
    ],
)
def test_a_council_list_naming_the_executive_below_its_head_keeps_its_rows(header, body):
    (row,) = votes(header + ITEM, "nl")
    assert row.body.lower() == body.lower()
