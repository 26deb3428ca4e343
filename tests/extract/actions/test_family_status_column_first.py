"""Family: a status table whose status column comes first ("Status | Nr | Tiltak | Ansvarlig", "Stand van zaken
<tab> Nr <tab> Actie", "Status | Handling | Ansvarlig"): where another column is headed as the item's title column,
the first column is the status of each row. Look-alike: a document-information table ("Status | Versjon | Dato")
names no item column and gives no row. Documents written for these tests (documents/round3/status_column_first)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, written


@pytest.mark.parametrize(("language", "text", "expected"), written("status_column_first"))
def test_a_status_column_before_the_title_column_is_read(language, text, expected):
    assert rows(text, language) == expected
