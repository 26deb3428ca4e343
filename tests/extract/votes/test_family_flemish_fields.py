"""Flemish decision lists in fields: an item headed by its decision number ("2024_GR_00212 – Titel"), then
"Beslissing:" and "Stemming:" lines. The item's title is the subject, the session header's date holds
for every item (an item approving an earlier session's minutes names that session's date), and a
"Stemming: eenparig" line records the unanimity of the decision above it, not a second decision."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

SESSION = "Gemeenteraad {town} – besluitenlijst\nZitting van 14 oktober 2024\n\n"


def _rows(text: str) -> list[tuple]:
    rows = votes(text, "nl")
    return [(r.meeting_date, r.subject, r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("item", "outcome"),
    [
        ("2024_GR_00212 – Retributiereglement sporthal – Wijziging\nBeslissing: goedgekeurd", "adopted"),
        ("2024_GR_00087 - Aankoop van een perceel aan de Molenstraat\nBeslissing: goedgekeurd", "adopted"),
        ("2023_OCMWR_00041 – Rechtspositieregeling personeel – Aanpassing\nBeslissing: goedgekeurd", "adopted"),
        ("2024_GR_00300 – Toegevoegd punt van raadslid An Peeters: speelstraten\nBeslissing: verworpen",
         "rejected"),
        ("2025_GR_00012 – Jaarverslag van de cultuurraad 2024 – Kennisname\nBeslissing: kennis genomen", "noted"),
    ],
)
def test_an_item_headed_by_its_decision_number_gives_its_title_as_subject(item, outcome):
    title = item.split("\n")[0].split(" ", 2)[2]
    ((date, subject, found, *_),) = _rows(SESSION.format(town="Ninove") + item + "\n")
    assert (date, subject, found) == ("2024-10-14", title, outcome)


@pytest.mark.parametrize(
    "title",
    [
        "Goedkeuring van de notulen van de zitting van 16 september 2024",
        "Notulen van de vergadering van 9 september 2024 – goedkeuring",
        "Vaststelling van het verslag van de zitting van 23 september 2024",
        "Goedkeuren van de notulen en het zittingsverslag van de vergadering van 2 september 2024",
        "Het verslag van de zitting van 30 september 2024 – vaststelling",
    ],
)
def test_an_item_approving_earlier_minutes_keeps_the_sessions_own_date(title):
    text = SESSION.format(town="Geel") + f"2024_GR_00211 – {title}\nBeslissing: goedgekeurd\n"
    assert [row[0] for row in _rows(text)] == ["2024-10-14"]


@pytest.mark.parametrize(
    "header",
    [
        "Notulen van de zitting van 14 oktober 2024",
        "Zittingsverslag gemeenteraad – vergadering van 14 oktober 2024",
        "Verslag van de vergadering van maandag 14 oktober 2024",
    ],
)
def test_a_document_titled_as_the_minutes_of_a_session_still_dates_it(header):
    text = f"Gemeenteraad Herentals\n{header}\n\n2024_GR_00213 – Mobiliteitsplan\nBeslissing: goedgekeurd\n"
    assert [row[0] for row in _rows(text)] == ["2024-10-14"]


@pytest.mark.parametrize(
    "record", ["Stemming: eenparig", "Stemming: unaniem", "Stemming: met algemeenheid van stemmen",
               "Stemming: eenparig goedgekeurd", "Stemming: met eenparigheid van stemmen"],
)
def test_a_unanimity_line_under_a_decision_is_that_decisions_unanimity(record):
    item = f"2024_GR_00214 – Subsidiereglement jeugdwerk\nBeslissing: goedgekeurd\n{record}\n"
    text = SESSION.format(town="Bilzen") + item
    assert [row[2:] for row in _rows(text)] == [("adopted", True, None, 0)]


def test_a_count_line_under_a_decision_gives_that_decisions_counts():
    text = SESSION.format(town="Lommel") + (
        "2024_GR_00215 – Onteigeningsplan Kerkveld – Voorlopige vaststelling\nBeslissing: goedgekeurd\n"
        "Stemming: 21 ja-stemmen, 6 neen-stemmen, 2 onthoudingen\n"
    )
    assert [row[2:] for row in _rows(text)] == [("adopted", False, 21, 6)]


def test_two_items_each_keep_their_own_decision():
    text = SESSION.format(town="Tienen") + (
        "2024_GR_00216 – Budgetwijziging kerkfabriek – Advies\nBeslissing: gunstig advies\nStemming: eenparig\n\n"
        "2024_GR_00217 – Politiereglement markten\nBeslissing: goedgekeurd\nStemming: 20 ja-stemmen, 9 neen-stemmen\n"
    )
    rows = _rows(text)
    assert [(r[1], r[3]) for r in rows] == [
        ("Budgetwijziging kerkfabriek – Advies", True),
        ("Politiereglement markten", False),
    ]
