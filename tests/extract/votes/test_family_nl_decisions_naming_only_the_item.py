"""Family: a Dutch decision sentence that names only the item it stands under (nl).

A besluitenlijst records the decision on a titled item as a sentence that points back at the item by a bare
noun ("de lijst wordt voor kennisgeving aangenomen", "De raad heeft de nota voor kennisgeving aangenomen") or at
the recommendation, with the count before it ("de raad besluit met 13 stemmen voor en 6 stemmen tegen conform
het raadsvoorstel"). The sentence names nothing of its own: the row is about the item's title. A sentence that
names what it decides ("... het bestemmingsplan vast te stellen", "de lijst van te verkopen percelen") keeps
its words. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "BESLUITENLIJST van de openbare vergadering van de gemeenteraad,\ngehouden op donderdag 29 januari 2026.\n\n"


@pytest.mark.parametrize(
    ("item", "decision", "outcome"),
    [
        ("3.  Lijst van ingekomen stukken", "Besluit: de lijst wordt voor kennisgeving aangenomen.", "noted"),
        (
            "3.  Lijst ingekomen stukken",
            "Besluit: De lijst ingekomen stukken wordt voor kennisgeving aangenomen.",
            "noted",
        ),
        ("3.  Informatienota Sociaal Domein", "De raad heeft de nota voor kennisgeving aangenomen.", "noted"),
        (
            "3.  Jaarverslag 2025 Klachtencommissie",
            "De gemeenteraad heeft het jaarverslag ter kennisgeving aangenomen.",
            "noted",
        ),
        ("3.  Kwartaalrapportage", "Besluit: deze nota wordt voor kennisgeving aangenomen.", "noted"),
    ],
)
def test_a_noting_that_names_the_item_by_a_bare_noun_is_about_the_item(item, decision, outcome):
    (row,) = vote_cells(HEAD + item + "\n    " + decision + "\n", "nl")
    assert (row[1], row[2]) == (item.split(None, 1)[1], outcome)


@pytest.mark.parametrize(
    "decision",
    [
        "Besluit: de raad besluit met 13 stemmen voor en 6 stemmen tegen conform het raadsvoorstel.",
        "Besluit: de raad besluit met 13 stemmen voor en 6 tegen overeenkomstig het voorstel.",
        "Besluit: De gemeenteraad besluit met 13 voor en 6 tegen conform het voorstel van het college.",
        "De raad besloot met 13 stemmen voor en 6 stemmen tegen volgens het raadsvoorstel.",
        "Besluit: de raad heeft besloten met 13 stemmen voor en 6 stemmen tegen conform het ontwerpbesluit.",
    ],
)
def test_a_decision_as_proposed_with_its_count_is_about_the_item(decision):
    (row,) = vote_cells(HEAD + "4.  Bestemmingsplan Hillegom-Oost, 2e herziening\n    " + decision + "\n", "nl")
    assert row[1:5] == ("Bestemmingsplan Hillegom-Oost, 2e herziening", "adopted", 13, 6)


def test_a_decision_naming_what_it_adopts_keeps_its_words():
    text = HEAD + "4.  Bestemmingsplan Oost\n    Besluit: de raad besluit met 13 stemmen voor en 6 stemmen tegen het "
    text += "bestemmingsplan Oost gewijzigd vast te stellen.\n"
    (row,) = vote_cells(text, "nl")
    assert row[1].startswith("de raad besluit") and row[2:5] == ("adopted", 13, 6)


def test_a_named_list_noted_keeps_its_words():
    text = HEAD + "6.  Vastgoed\n    Besluit: de lijst van te verkopen percelen aan de Dorpsstraat wordt voor "
    text += "kennisgeving aangenomen.\n"
    (row,) = vote_cells(text, "nl")
    assert row[1].startswith("de lijst van te verkopen percelen") and row[2] == "noted"
