"""Family: a memo or report whose plan items are lettered with a dot ("a. Uitwisseling van ...", "b. Felles
studietur ...") under numbered sections, each item over its own "Status: ..." line. The letter is the item's id and
the status line its status; the record ends at the next numbered section ("2. Økonomi"), whose prose ("Arbeidet
pågår.") is no status of the last item. Look-alikes: a plan's lettered list of measures without status lines, and
lettered items over other fields (responsible unit, budget), give no row. Documents written for these tests
(documents/round3/dotted_letter_items)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, written

DOCUMENTS = written("dotted_letter_items")


@pytest.mark.parametrize(("language", "text", "expected"), [d for d in DOCUMENTS if d[2]])
def test_a_dotted_letter_names_the_item_over_its_status_line(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [d for d in DOCUMENTS if not d[2]])
def test_lettered_measures_without_a_status_line_give_no_row(language, text, expected):
    assert rows(text, language) == expected
