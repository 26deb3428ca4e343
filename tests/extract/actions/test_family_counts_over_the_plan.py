"""Family: a sum over the plan's items with a possessive or quantifier before the count ("22 af planens 41
initiativer er gennemført", "av i alt 38 tiltak er 12 fullført", "van de in totaal 15 acties"): a summary, no
item's status, so a note or heading carrying it is no action. Look-alike: a count of things inside one item
("12 af 30 biler er leveret") stays that item's progress."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

SUMMARIES = [
    ("da", "Bemærkninger til punkt 4", "Status viser, at 18 af planens 35 initiativer er gennemført, mens 3 er udsat."),
    ("da", "Samlet status", "Ud af i alt 27 handlinger er 11 gennemført og 2 opgivet."),
    ("nb", "Merknader til sak 12", "Av planens 38 tiltak er 14 fullført og 5 satt på vent."),
    ("nn", "Merknad til sak 9", "Av dei totalt 20 tiltaka er 8 fullførte og 2 utsette."),
    ("nl", "Toelichting bij punt 6", "Van de in totaal 15 acties zijn er 9 afgerond en 2 uitgesteld."),
]


@pytest.mark.parametrize(("language", "heading", "summary"), SUMMARIES)
def test_a_sum_over_the_plans_items_is_no_action(language: str, heading: str, summary: str) -> None:
    assert rows(text_of("Beslutningsliste", "", heading, summary), language) == []


def test_a_count_inside_one_item_is_its_progress() -> None:
    text = text_of(
        "Status på klimaplanen",
        "",
        "Handling 1 Elbiler i hjemmeplejen",
        "Status: I gang. 12 af 30 biler er leveret.",
    )
    assert [s for _, _, s in rows(text, "da")] == ["in_progress"]
