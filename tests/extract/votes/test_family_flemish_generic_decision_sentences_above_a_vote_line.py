"""Flemish minutes record an item's decision as a sentence and its vote on the line below ("De gemeenteraad keurt
de notulen goed." / "Stemming: eenparig"). Where that sentence names only the item itself (the minutes, "het
punt", "dit voorstel": a generic decision, as it would be without the vote line), the vote is about the item: its
title, as the same sentence gives with no vote line. A sentence naming what it approves keeps its words.

Look-alike: a decision sentence naming its own object ("keurt het gewijzigde reglement goed") stays the subject."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente {town} - notulen gemeenteraad\nZitting van maandag 23 februari 2026\n\n"


def _rows(town: str, item: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.unanimous) for r in votes(HEAD.format(town=town) + item, "nl")]


@pytest.mark.parametrize(
    ("town", "title", "lines"),
    [
        (
            "Boechout",
            "Notulen zitting 26 januari 2026 - goedkeuring",
            "De gemeenteraad keurt de notulen goed.\nStemming: eenparig\n",
        ),
        (
            "Ranst",
            "Goedkeuring notulen zitting 28 april 2026",
            "   De gemeenteraad keurt de notulen goed.\n   Stemming: eenparig.\n",
        ),
        (
            "Zandhoven",
            "Notulen en zittingsverslag van 15 december 2025 - goedkeuring",
            "De gemeenteraad keurt het zittingsverslag en de notulen goed.\nMet algemeenheid van stemmen.\n",
        ),
        (
            "Wommelgem",
            "Reglement op de sporthal - wijziging",
            "De gemeenteraad keurt het punt goed.\nMet algemeenheid van stemmen.\n",
        ),
        (
            "Kontich",
            "Verkoop van een perceel aan de Mechelsesteenweg",
            "De gemeenteraad keurt dit voorstel goed.\nStemming: eenparig\n",
        ),
    ],
)
def test_a_generic_decision_sentence_above_its_vote_gives_the_items_title(town, title, lines):
    assert _rows(town, f"1. {title}\n{lines}") == [(title, "adopted", True)]


def test_a_sentence_naming_its_own_object_keeps_its_words():
    item = (
        "4. Reglement sporthal - wijziging\nDe gemeenteraad keurt het gewijzigde reglement goed.\nStemming: eenparig\n"
    )
    assert _rows("Edegem", item) == [("De gemeenteraad keurt het gewijzigde reglement goed", "adopted", True)]
