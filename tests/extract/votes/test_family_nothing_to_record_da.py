"""A Danish decision field that only says there is nothing to record ("Intet til referat.", "Ingen at referere.")
under a news or 'Eventuelt' item decides nothing: no row, as for "Intet." and "Ingen bemærkninger.".
Look-alikes: noting a report ("Orienteringen blev taget til efterretning.") is a noted row, and a field that
goes on to decide something ("Intet at bemærke, og regnskabet blev godkendt.") is a row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Klima- og Miljøudvalget\nMødedato: 8. september 2026\n\nPunkt 7: Affaldsplan 2027\nBeslutning\nGodkendt.\n\n"


def _rows(item: str) -> list[tuple[str | None, str]]:
    return [(r.case_number, r.outcome) for r in votes(HEAD + item, "da")]


@pytest.mark.parametrize(
    "item",
    [
        "Punkt 8: Meddelelser\nBeslutning\nIntet til referat.\n",
        "Punkt 8: Meddelelser\nBeslutning\nIntet til referat\n",
        "Punkt 8: Eventuelt\nBeslutning:\nIngen til referat.\n",
        "Punkt 8: Orientering fra formanden\nBeslutning\nIntet at referere.\n",
        "Punkt 8: Eventuelt\nBeslutning: Ingen at referere.\n",
    ],
)
def test_nothing_to_record_gives_no_row(item):
    assert _rows(item) == [("7", "adopted")]


def test_noting_a_report_is_a_noted_row():
    item = "Punkt 8: Orientering om affaldsindsamling\nBeslutning\nOrienteringen blev taget til efterretning.\n"
    assert _rows(item) == [("7", "adopted"), ("8", "noted")]


def test_a_field_that_goes_on_to_decide_is_a_row():
    item = "Punkt 8: Regnskab 2025\nBeslutning\nIntet at bemærke, og regnskabet blev godkendt.\n"
    assert _rows(item) == [("7", "adopted"), ("8", "adopted")]
