"""Family (nl): an item noted "as proposed" ("Besluit: Voor kennisgeving aangenomen, conform het voorstel van het
presidium.", "Kennis genomen, conform het advies van de commissie.", "Ter kennisname aangenomen overeenkomstig het
voorstel van het college."): the tail names whose proposal it was, so the row is noted and named after its item,
not adopted and named after the sentence. Look-alikes: an item adopted as proposed stays adopted, and a noting
followed by another decision is not read as a bare noting. All items are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Raadsvergadering donderdag 11 juni 2026, 20:00 uur\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agendapunt 6  |  Lijst van ingekomen stukken\n"
            "Besluit: Voor kennisgeving aangenomen, conform het advies van het presidium.\n",
            [("noted", "Lijst van ingekomen stukken")],
        ),
        (
            "6. Ingekomen stukken\nVoor kennisgeving aangenomen conform voorstel presidium.\n",
            [("noted", "Ingekomen stukken")],
        ),
        (
            "Agendapunt 9  |  Jaarverslag Wmo-adviesraad 2025\n"
            "Besluit: Kennis genomen, conform het advies van de commissie Samenleving.\n",
            [("noted", "Jaarverslag Wmo-adviesraad 2025")],
        ),
        (
            "12. Raadsinformatiebrief voortgang woningbouw\n"
            "Ter kennisname aangenomen overeenkomstig het voorstel van het college.\n",
            [("noted", "Raadsinformatiebrief voortgang woningbouw")],
        ),
        (
            "Agendapunt 4  |  Evaluatie burgerparticipatie\n"
            "Uitslag: voor kennisgeving aangenomen op voorstel van de agendacommissie\n",
            [("noted", "Evaluatie burgerparticipatie")],
        ),
    ],
)
def test_a_noting_as_proposed_is_noted_under_its_item(text: str, expected: list[tuple]) -> None:
    assert outcomes(HEAD + text, "nl") == expected


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Agendapunt 5  |  Verordening parkeren\nBesluit: Conform het voorstel aangenomen.\n", "adopted"),
        (
            "Agendapunt 5  |  Verordening parkeren\nBesluit: Aangenomen, conform het voorstel van het college.\n",
            "adopted",
        ),
    ],
)
def test_an_adoption_as_proposed_stays_adopted(text: str, outcome: str) -> None:
    assert [o for o, _ in outcomes(HEAD + text, "nl")] == [outcome]
