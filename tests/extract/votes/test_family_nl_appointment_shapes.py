"""Appointments in more shapes (nl): several people named together ("Mevrouw A. Bakker en de heer P. Jansen worden
benoemd tot lid"), the nominees as a group ("De voorgedragen kandidaten worden benoemd."), and by acclamation
("wordt bij acclamatie benoemd tot voorzitter"). Each decides the item: one adopted row about the agenda item,
unanimous or counted when it says so. A news item reporting the council's appointment ("benoemde de raad X tot
griffier", "De gemeenteraad koos X als voorzitter") is a row of its own, its sentence the subject. An appointment
in an earlier year ("In 2019 werd ... benoemd") gives no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeenteraad\n\nvergadering van dinsdag 14 mei 2024\n\nAgendapunt 9 Benoeming leden adviesraad sociaal domein\n"
TITLE = "Benoeming leden adviesraad sociaal domein"


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in votes(f"{HEAD}\n{body}\n", "nl")]


@pytest.mark.parametrize(
    ("body", "vote"),
    [
        ("De voorgedragen kandidaten worden benoemd.", (None, None, None)),
        ("De genomineerde leden werden unaniem aangewezen als lid van de adviesraad.", (True, None, 0)),
        ("De voorgestelde kandidaten zijn met 25 stemmen voor en 4 tegen verkozen.", (False, 25, 4)),
        ("Mevrouw A. Bakker en de heer P. Jansen worden benoemd tot lid van de adviesraad.", (None, None, None)),
        (
            "Mevrouw A. Bakker, de heer P. Jansen en mevrouw K. de Wit worden met algemene stemmen benoemd tot lid.",
            (True, None, 0),
        ),
        ("Mevrouw A. Bakker wordt bij acclamatie benoemd tot voorzitter.", (None, None, None)),
        ("De heer P. Jansen wordt bij acclamatie verkozen tot voorzitter van de adviesraad.", (None, None, None)),
    ],
)
def test_an_appointment_in_any_shape_is_one_adopted_row_about_the_item(body, vote):
    assert _rows(body) == [(TITLE, "adopted", *vote)]


@pytest.mark.parametrize(
    "body",
    [
        "In 2019 werd mevrouw A. Bakker benoemd tot voorzitter van de adviesraad.",
        "Sinds maart 2021 is de heer P. Jansen benoemd tot lid van de adviesraad.",
    ],
)
def test_an_appointment_in_an_earlier_year_gives_no_row(body):
    assert _rows(body) == []


NEWS = "Nieuws uit de raad van 12 november 2026\n\nZwembad\nDe raad stemde in met de bouw van een zwembad.\n\n"


@pytest.mark.parametrize(
    ("item", "unanimous"),
    [
        (
            "Nieuwe griffier\nZonder stemming benoemde de raad Anouk de Wit tot nieuwe griffier. Zij begint in mei.",
            None,
        ),
        ("Nieuwe voorzitter\nDaarna koos de raad unaniem Piet Smit als voorzitter van de rekenkamer.", True),
        ("Nieuwe voorzitter\nDe gemeenteraad koos Piet Smit als voorzitter van de rekenkamer.", None),
        ("Nieuw lid\nVervolgens verkoos de gemeenteraad Els Peeters tot lid van de adviesraad.", None),
        ("Nieuwe ombudsman\nDe raad benoemde Karin Vos met algemene stemmen tot ombudsman.", True),
    ],
)
def test_an_appointment_reported_in_a_news_item_is_one_more_adopted_row(item, unanimous):
    rows = votes(NEWS + item + "\n", "nl")
    assert [r.outcome for r in rows] == ["adopted", "adopted"]
    assert rows[1].unanimous is unanimous and rows[1].subject in item


def test_an_appointment_in_an_earlier_year_in_a_news_item_gives_no_row():
    text = NEWS + "Historie\nIn 2019 benoemde de raad Anouk de Wit tot griffier.\n"
    assert len(votes(text, "nl")) == 1
