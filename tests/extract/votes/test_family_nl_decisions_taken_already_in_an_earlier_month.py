"""Family: a news page recalling what the council already decided in an earlier month (nl).

A page reporting a meeting adds what the council decided before: "In maart besloot de raad al tot de bouw van
de nieuwe school.", "Eind januari stemde de gemeenteraad al in met het plan.", "Begin februari nam de raad al
een besluit over ...". The month and "al" (already) place it before the meeting: no row. A decision of the
meeting itself, also one naming its own month, is a row. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Dit besloot de raad op 9 juni\nGepubliceerd: 10 juni 2026\n\n"
    "De gemeenteraad van Testby vergaderde dinsdagavond 9 juni 2026.\n\n"
    "Sporthal\nDe raad stelde het krediet voor de nieuwe sporthal met algemene stemmen vast.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In maart besloot de raad al tot de bouw van de nieuwe brede school.",
        "Eind januari stemde de gemeenteraad al in met het plan voor de markt.",
        "Begin februari nam de raad al een besluit over het zwembad.",
        "In april koos de raad al voor een nieuwe locatie.",
        "Medio mei keurde de gemeenteraad al het bestemmingsplan goed.",
    ],
)
def test_a_decision_the_council_already_took_in_an_earlier_month_is_no_row(sentence):
    rows = votes(HEAD + "Eerder dit jaar\n" + sentence + "\n", "nl")
    assert [(r.outcome, r.unanimous) for r in rows] == [("adopted", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In juni besloot de raad tot de bouw van een fietsenstalling.",
        "De raad stemde al snel in met het plan voor de markt.",
    ],
)
def test_a_decision_of_the_meeting_itself_is_a_row(sentence):
    assert len(votes(HEAD + "Markt\n" + sentence + "\n", "nl")) == 2
