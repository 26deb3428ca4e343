"""A Flemish decision may name the person it appoints without a title ("Bij geheime stemming wordt Eline
Vanherck aangeduid met 21 stemmen", "Marc Desmet wordt aangeduid als vertegenwoordiger."): a bare first and
last name before or after the verb is an appointee like "mevrouw Vanherck", so the item is decided."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\nZitting van maandag 27 april 2026\n\n"
ITEM = "7.  Aanduiding van een vertegenwoordiger in de algemene vergadering van Fluvius\n    "
TITLE = "Aanduiding van een vertegenwoordiger in de algemene vergadering van Fluvius"

SENTENCES = [
    ("Bij geheime stemming wordt Eline Vanherck aangeduid met 21 stemmen; 2 stemmen zijn blanco.", 21),
    ("Marc Desmet wordt aangeduid als vertegenwoordiger.", None),
    ("Met 19 stemmen voor wordt Jan van den Broeck aangesteld als lid.", None),
    ("Annelies De Wit is verkozen tot voorzitter.", None),
    ("Na geheime stemming werd Koen Peeters benoemd met 22 stemmen.", 22),
]


@pytest.mark.parametrize(("sentence", "yes"), SENTENCES)
def test_a_bare_name_appointed_decides_the_item(sentence, yes):
    rows = votes(f"{HEAD}{ITEM}{sentence}\n", "nl")
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [("7", TITLE, "adopted")]
    assert rows[0].votes_for == yes


@pytest.mark.parametrize(
    "sentence",
    ["Het College wordt aangeduid als trekker van het project.", "De Lijn wordt gevraagd een plan op te maken."],
)
def test_an_article_and_a_noun_are_no_appointee(sentence):
    assert votes(f"{HEAD}{ITEM}{sentence}\n", "nl") == []
