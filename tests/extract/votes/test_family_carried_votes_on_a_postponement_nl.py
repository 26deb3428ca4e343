"""A result line carried right below a postponement is the vote that put the case off, not a second decision.

Dutch vote pages and Flemish minutes state the postponement and then its vote: 'De raad besluit de nota aan te houden
tot ...' / 'Uitslag: aangenomen met algemene stemmen', 'Besluit: het punt wordt verdaagd.' / 'Stemming:
aangenomen, 15 voor - 6 tegen'. What carried is the postponement: one row, postponed, with the vote's unanimity or
counts.

Look-alikes: a motion or an amendment carried on the next line names its own proposal and stays its own row; a
result in the next paragraph (after a blank line) is another decision; an adoption without a postponement above it
is one adopted row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGE = "Stemmingsuitslagen raadsvergadering dinsdag 14 april 2026\n\n"
FLEMISH = "Notulen gemeenteraad - zitting van maandag 16 maart 2026\n\nOPENBARE ZITTING\n\n"
LIST = "Besluitenlijst raadsvergadering gemeente Testdorp (openbaar), 3 februari 2026\n\n"


def _cells(text: str) -> list[tuple]:
    return [(r.case_number, r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in votes(text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PAGE + "Agendapunt 9 – Ordevoorstel: Nota parkeren 2026\n"
            "  De raad besluit de nota aan te houden tot de vergadering van 2 juni 2026.\n"
            "  Uitslag: aangenomen met algemene stemmen\n",
            [("9", "postponed", True, None, 0)],
        ),
        (
            PAGE + "5. Verordening marktgelden 2027\n"
            "De raad besluit het punt te verdagen naar de volgende vergadering.\nStemming: unaniem aangenomen\n",
            [("5", "postponed", True, None, 0)],
        ),
        (
            FLEMISH + "4. Herinrichting Dorpsstraat - ontwerp\n"
            "Besluit: het voorstel wordt aangehouden.\nStemming: aangenomen, 15 voor - 6 tegen\n",
            [("4", "postponed", False, 15, 6)],
        ),
        (
            LIST + "Punt 12 – Subsidieregeling sportclubs 2027\n"
            "De gemeenteraad beslist het punt uit te stellen tot de zitting van april.\n"
            "Uitslag: aangenomen met 19 stemmen voor en 4 stemmen tegen\n",
            [("12", "postponed", False, 19, 4)],
        ),
        (
            PAGE + "Agendapunt 3 – Parkeerbeleid binnenstad\n"
            "De raad besluit het raadsvoorstel aan te houden.\nUitslag: aangenomen (21 voor, 0 tegen)\n",
            [("3", "postponed", True, 21, 0)],
        ),
    ],
)
def test_a_carried_vote_below_a_postponement_is_its_vote(text: str, expected: list[tuple]) -> None:
    assert _cells(text) == expected


def test_a_motion_carried_below_a_postponement_is_its_own_row() -> None:
    text = (
        PAGE + "Agendapunt 6 – Kadernota 2027\nDe raad besluit de kadernota aan te houden.\n"
        "Motie M2 'Meer groen' (D66): aangenomen met algemene stemmen\n"
    )
    assert [r.outcome for r in votes(text, "nl")] == ["postponed", "adopted"]


def test_a_result_in_the_next_paragraph_is_another_decision() -> None:
    text = (
        PAGE + "Agendapunt 6 – Kadernota 2027\nDe raad besluit de kadernota aan te houden.\n\n"
        "Agendapunt 7 – Jaarstukken 2025\nUitslag: aangenomen met algemene stemmen\n"
    )
    assert _cells(text) == [("6", "postponed", None, None, None), ("7", "adopted", True, None, 0)]


def test_an_adoption_without_a_postponement_stays_adopted() -> None:
    text = (
        PAGE
        + "Agendapunt 8 – Kadernota 2027\nDe raad stelt de Kadernota 2027 vast.\n"
        + "Uitslag: aangenomen, 15 voor - 6 tegen\n"
    )
    assert [(r.outcome, r.votes_for, r.votes_against) for r in votes(text, "nl")] == [("adopted", 15, 6)]
