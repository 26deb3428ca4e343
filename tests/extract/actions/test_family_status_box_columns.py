"""Family: a plain-text tracker whose item lines carry a status box in a column of their own after the title
("1.1  LED-belysning på alle skoler      [A]", "T1   Solceller på rådhustaket    (F)", "A1  Nærmiljøanlegg   ●"),
explained by the document's legend, with the item's "Status: ..." line below; a box left blank ("[-]") over
"Status: - (ingen tilbagemelding ...)" is an item with an unknown status. Theme headings over the items
("TEMA 2 – TRANSPORT", "Innsatsområde 1 Energi") are no items. Legends may write their boxes in round brackets
("(G) gennemført  (I) i gang"). Look-alikes: a budget or a timeline whose items end in a bracketed year, and
minutes naming parties in brackets ("Anne Hansen (V)"), give no row. Documents written for these tests
(documents/round3/status_box_columns)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, written

DOCUMENTS = written("status_box_columns")


@pytest.mark.parametrize(("language", "text", "expected"), [d for d in DOCUMENTS if d[2]])
def test_an_item_with_its_status_box_in_a_column_reads_the_status_line_below(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [d for d in DOCUMENTS if not d[2]])
def test_bracketed_years_and_party_letters_are_no_status_boxes(language, text, expected):
    assert rows(text, language) == expected
