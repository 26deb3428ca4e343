"""A table's ruler ("-----+-----", "|---|:--|", "------  ------") is told from a line that only opens with dashes
("------------ Side 2 af 4", a ruler run into a page footer) without trying every split of the dash run: a long
run followed by text is no ruler and is answered in time linear in its length (24 dashes took the plain pattern
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
def test_a_line_opening_with_dashes_is_no_rule_row(line):
    assert not is_rule_row(line)


GROWTH = 10.0  # four times the run may take at most ten times the CPU (the old pattern doubled per dash)
FLOOR_SECONDS = 0.02  # below this the CPU clock's resolution decides, not the pattern


def _cpu_seconds(run: int) -> float:
    """Least CPU time of three rounds of 50 readings of a dash run followed by a page footer."""
    line = "-" * run + " Side 2 af 4"
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for _ in range(50):
            is_rule_row(line)
        best = min(best, time.process_time() - started)
    return best


def test_a_dash_run_followed_by_text_is_answered_in_time_linear_in_its_length():
    assert _cpu_seconds(8000) <= GROWTH * max(_cpu_seconds(2000), FLOOR_SECONDS)
