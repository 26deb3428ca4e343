"""Family: a result field adopting an item as proposed, its treatment after a comma (nl).

Vote pages and besluitenlijsten write an item adopted without a vote as "Uitslag: conform vastgesteld, zonder
stemming." or "Besluit: conform, zonder hoofdelijke stemming." as well as with the treatment in brackets
("conform vastgesteld (zonder stemming)"). Either way the item is adopted, about its title, and the note
says nothing about unanimity. A field naming only how the vote went ("Uitslag: zonder stemming") or a
remark that there was no vote on something else is no such row. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Stemmingsuitslagen raadsvergadering donderdag 12 maart 2026\n\n"
ITEM = "Agendapunt 10 Vaststellen besluitenlijst 12 februari 2026\n     "


@pytest.mark.parametrize(
    "field",
    [
        "Uitslag: conform vastgesteld, zonder stemming.",
        "Uitslag: conform vastgesteld (zonder stemming).",
        "Besluit: conform, zonder hoofdelijke stemming.",
        "Uitslag: conform aangenomen, bij hamerslag.",
        "Besluit: conform besloten, zonder beraadslaging en zonder stemming.",
        "Uitslag: vastgesteld, als hamerstuk.",
    ],
)
def test_an_item_adopted_as_proposed_with_its_treatment_after_a_comma(field):
    assert vote_cells(HEAD + ITEM + field + "\n", "nl") == [
        ("10", "Vaststellen besluitenlijst 12 februari 2026", "adopted", None, None, None)
    ]


@pytest.mark.parametrize(
    "field",
    [
        "Uitslag: zonder stemming.",
        "Opmerking: over de agenda werd niet gestemd, zonder stemming verder.",
    ],
)
def test_a_treatment_alone_is_no_adoption(field):
    assert vote_cells(HEAD + ITEM + field + "\n", "nl") == []
