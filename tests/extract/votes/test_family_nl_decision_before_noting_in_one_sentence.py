"""A decision block whose one sentence decides and then takes a paper for information ("De gemeenteraad stelt het
plan vast en neemt de nota voor kennisgeving aan."): it decides more than noting, so the row is adopted, as it is
where the noting comes first ("neemt ... kennis van ... en keurt ... goed"). Layouts varied: label and sentence on
one line or two, "stelt vast", "keurt goed", "verleent", the council named as "de raad" or "de gemeenteraad".
Look-alikes: a block that only notes stays noted. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeenteraad\n\nZitting van 19 januari 2026\n\n3. Beleidsplan ruimte\n"


def _outcomes(block: str) -> list[str]:
    return [r.outcome for r in votes(HEAD + block, "nl")]


@pytest.mark.parametrize(
    "block",
    [
        "Besluit: De gemeenteraad stelt het beleidsplan vast en neemt de nota voor kennisgeving aan.\n",
        "Besluit:\nDe raad stelt het uitvoeringsprogramma vast en neemt het verslag voor kennisgeving aan.\n",
        "Besluit: De gemeenteraad keurt de begrotingswijziging goed en neemt de rapportage voor kennisgeving aan.\n",
        "Besluit:\nDe gemeenteraad verleent het krediet en neemt de evaluatie voor kennisgeving aan.\n",
        "Besluit: De raad keurt het convenant goed en neemt de brief van de provincie voor kennisgeving aan.\n",
    ],
)
def test_a_decision_beside_noting_in_one_sentence_is_adopted(block):
    assert _outcomes(block) == ["adopted"]


@pytest.mark.parametrize(
    "block",
    [
        "Besluit: De gemeenteraad neemt de nota voor kennisgeving aan.\n",
        "Besluit:\nDe raad neemt het verslag van de klachtencommissie voor kennisgeving aan.\n",
    ],
)
def test_noting_alone_stays_noted(block):
    assert _outcomes(block) == ["noted"]
