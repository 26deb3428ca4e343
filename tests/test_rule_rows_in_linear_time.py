"""A table's ruler ("-----+-----", "|---|:--|", "------  ------") is told from a line that only opens with dashes
("------------ Side 2 af 4", a ruler run into a page footer) without trying every split of the dash run: a long
run followed by text is no ruler and is answered at once (24 dashes took the plain pattern
seconds, every further dash doubling it)."""

from __future__ import annotations

import time

import pytest

from pipeline.text.structure import is_rule_row


@pytest.mark.parametrize(
    "line",
    ["-----+------------+-----", "|---|:--|---:|", "------  ------  ---", "+======+=======+", "=" * 80, "- - - - -"],
)
def test_a_ruler_is_a_rule_row(line):
    assert is_rule_row(line)


@pytest.mark.parametrize(
    "line",
    ["-" * 24 + " Side 2 af 4", "=" * 24 + "x", "|" + "-" * 24 + "||", "-" * 24 + " Punkt 12 " + "-" * 24, "Godkendt."],
)
def test_a_line_opening_with_dashes_is_no_rule_row_and_is_answered_at_once(line):
    start = time.perf_counter()
    assert not is_rule_row(line)
    assert time.perf_counter() - start < 0.5
