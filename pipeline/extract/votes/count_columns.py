"""A decision table's separate columns of the votes for and against ("| For | Imod | Undlod |"), read as one vote
cell the table's count pattern understands."""

from __future__ import annotations

import re
from collections.abc import Callable

# a count column's cell: a number, its parties in brackets ("15 (A 8, C 5, V 2)"), or a dash for an item not voted on
_COUNT_CELL = re.compile(r"(?P<count>\d{1,3})(?:\s*\((?P<parties>[^()\n]*)\))?")


def count_columns(cell: Callable[[str], str]) -> str:
    """A row's counts from separate columns of the votes for and against ("For  Imod  Undlod" / "14  3  2"), written
    as a vote cell ("14 3", "15 4 (Ø 3, F 1)" when the against cell names its parties); "" when the table has no such
    columns or the item was not voted on ("-")."""
    votes_for, against = cell("votes_for"), cell("votes_against")
    counted_for, counted_against = _COUNT_CELL.fullmatch(votes_for), _COUNT_CELL.fullmatch(against)
    if counted_for and counted_against:
        parties = counted_against.group("parties")
        return f"{counted_for['count']} {counted_against['count']}" + (f" ({parties})" if parties else "")
    spanning = votes_for[:1].isalpha() and not against  # "Godkendt <tab> enstemmigt": a word across the counts
    return votes_for if spanning else ""
