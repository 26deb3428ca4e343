"""Family: a follow-up report numbers items in digits and splits one of them into sub-items, each over its own
"Status: ..." line ("2. Renovering af svømmehallen" / "2.1 Nyt tag" / "2.2 Nye omklædningsrum" / "3. Motionsruter").
The last sub-item's record ends at the next item of its parent's level ("3."), so the sub-item keeps its own status
and row, and the item after it is not read as grouped under it. Documents written for these tests
(documents/round3/sub_items_before_next_parent)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, written


@pytest.mark.parametrize(("language", "text", "expected"), written("sub_items_before_next_parent"))
def test_the_last_sub_item_ends_at_the_next_item_of_its_parent(language, text, expected):
    assert rows(text, language) == expected
