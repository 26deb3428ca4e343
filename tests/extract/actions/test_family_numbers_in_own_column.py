"""Family: a follow-up report whose item headings carry their number in a column of its own ("1.<tab>Nieuwe
atletiekbaan", "1.1<tab>Ladestasjonar ved rådhuset") or without a dot ("1 Ny kunstgressbane", "3 Sikre
skoleveje"), each over its "Status: ..." line: the heading names the record (not a table row) and the number is the
item's id, not part of its title. Look-alike: a budget list numbered the same way, with amounts and no status
lines, gives no row. Documents written for these tests (documents/round3/numbers_in_own_column)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, written


@pytest.mark.parametrize(("language", "text", "expected"), written("numbers_in_own_column"))
def test_a_number_in_its_own_column_or_without_a_dot_is_the_items_id(language, text, expected):
    assert rows(text, language) == expected
