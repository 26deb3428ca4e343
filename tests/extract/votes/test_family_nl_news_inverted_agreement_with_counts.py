"""Family: on a Dutch or Flemish news page, the council agreeing in an inverted sentence with its counts after the
object ("Daarna stemde de raad in met het voorstel met 20 stemmen voor en 3 tegen.") is an adoption with those
counts: the "tegen" of the count closes the tally, it is no vote against by the council (models/votes/nl.json
`news_inverted_no`: no "in met" before its "tegen"). Look-alikes: the council voting against in an inverted sentence
("Toen stemde de raad tegen het voorstel.") is still a refusal. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeente Testbeek > Nieuws\n\nDit besloot de gemeenteraad op 12 mei\n\nGepubliceerd: woensdag 13 mei 2026\n\n"
    "De gemeenteraad van Testbeek vergaderde dinsdagavond 12 mei. Een overzicht van de belangrijkste besluiten.\n\n"
)


def _rows(paragraph: str) -> list[tuple]:
    return [(r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD + paragraph + "\n\nMeer nieuws\n", "nl")]


@pytest.mark.parametrize(
    ("paragraph", "counts"),
    [
        (
            "Parkeerverordening\n"
            "Daarna stemde de raad in met de parkeerverordening met 20 stemmen voor en 3 tegen.",
            (20, 3),
        ),
        (
            "Sporthal\n"
            "Vervolgens stemde de gemeenteraad in met het krediet voor de sporthal met 15 stemmen voor en 8 tegen.",
            (15, 8),
        ),
        (
            "Reglement\n"
            "Uiteindelijk stemde de raad in met het nieuwe reglement, met 19 stemmen voor en 4 tegen.",
            (19, 4),
        ),
        (
            "Jeugdbeleid\n"
            "Tot slot stemde de raad in met de nota jeugdbeleid met zeventien stemmen voor en zes tegen.",
            (17, 6),
        ),
        (
            "Begraafplaats\n"
            "Na een lang debat stemde de raad in met de uitbreiding van de begraafplaats met 21 voor en 2 tegen.",
            (21, 2),
        ),
    ],
)
def test_an_inverted_agreement_with_counts_is_an_adoption(paragraph: str, counts: tuple) -> None:
    assert _rows(paragraph) == [("adopted", *counts)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Parkeerverordening\nDaarna stemde de raad tegen het voorstel over de parkeerverordening.",
        "Zwembad\nUiteindelijk stemde de gemeenteraad unaniem tegen de sluiting van het zwembad.",
    ],
)
def test_an_inverted_vote_against_is_still_a_refusal(paragraph: str) -> None:
    assert [row[0] for row in _rows(paragraph)] == ["rejected"]
