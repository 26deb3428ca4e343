"""Family: an annual report's chapter numbered in digits ("5.3 Status for tiltak i handlingsplanen") holds a table
of items coded with letters ("H1", "A2", "IB-3"): the chapter is the document's, and so are its sibling chapters
("5.1 Vennskapsbyer", "3.1 Partnerskaber", "4.1 Netwerken"), though their prose reports something paused or going
on. Only the coded items are actions (items numbered in digits over sub-items in digits keep their siblings:
test_family_sub_items_before_next_parent). Documents written for these tests
(documents/round3/chapters_over_coded_items)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, written


@pytest.mark.parametrize(("language", "text", "expected"), written("chapters_over_coded_items"))
def test_chapters_beside_a_chapter_of_coded_items_are_no_actions(language, text, expected):
    assert rows(text, language) == expected
