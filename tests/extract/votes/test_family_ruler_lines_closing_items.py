"""A line drawn across the page ("=====", "-----", "*****") between two items closes the item above it: it is
no sentence of that item's decision, and the lines under it (the next item, the signatures under the last
one) are none either. An item whose decision field says nothing the public minutes show ("Fremgår af den
lukkede protokol.", "Intet.") gives no row, whatever mark the ruler is drawn with.
Look-alikes: a label underlined by a ruler ("Beslutning" / "==========" / "Godkendt.") keeps its decision,
and so does a counted decision written under a ruler.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "ØKONOMIUDVALGET - BESLUTNINGSPROTOKOL\nMødedato: 14.04.2026\n\n"


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(r.case_number, r.subject, r.outcome) for r in votes(HEAD + text, "da")]


def _item(number: int, title: str, decision: str, ruler: str) -> str:
    return f"{ruler}\nPunkt {number}      {title}\nBeslutning:   {decision}\n"


@pytest.mark.parametrize("mark", ["=", "-", "*", "_", "~"])
def test_a_closed_item_between_rulers_gives_no_row(mark):
    ruler = mark * 60
    text = (
        _item(12, "Orientering om likviditet", "Taget til efterretning.", ruler)
        + _item(13, "Køb af ejendom i Vestby (lukket punkt)", "Fremgår af den lukkede protokol.", ruler)
        + _item(14, "Frigivelse af midler til cykelsti", "Udsat.", ruler)
        + ruler
        + "\n"
    )
    assert _rows(text) == [
        ("12", "Orientering om likviditet", "noted"),
        ("14", "Frigivelse af midler til cykelsti", "postponed"),
    ]


@pytest.mark.parametrize(
    "signatures",
    [
        "Underskrifter:\nAnne Holm    Bo Dahl    Carl Friis\nUdskrevet 15.04.2026 09:12\n",
        "Underskrifter: Anne Holm, Bo Dahl, Carl Friis\n",
        "Underskriftsblad:\nAnne Holm, Bo Dahl, Carl Friis\n",
    ],
)
def test_the_signatures_under_the_last_items_ruler_give_no_row(signatures):
    ruler = "=" * 70
    text = _item(20, "Budget 2027 - tidsplan", "Godkendt.", ruler) + _item(21, "Eventuelt", "Intet.", ruler)
    assert _rows(text + ruler + "\n" + signatures) == [("20", "Budget 2027 - tidsplan", "adopted")]


def test_a_label_underlined_by_a_ruler_keeps_its_decision():
    text = "Punkt 30  Lokalplan 88 for Skovparken\nBeslutning\n==========\nGodkendt.\n"
    assert _rows(text) == [("30", "Lokalplan 88 for Skovparken", "adopted")]


def test_a_counted_decision_under_a_ruler_keeps_its_counts():
    text = "Punkt 31  Salg af grund ved Havnen\nBeslutning:\n--------------------\nGodkendt med 5 stemmer mod 2 (O).\n"
    rows = votes(HEAD + text, "da")
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in rows] == [("31", "adopted", 5, 2)]
