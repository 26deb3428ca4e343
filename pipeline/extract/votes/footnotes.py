"""Footnotes under a vote table: a row's cell carries a mark ("Godkendt *)", "Vedtaget ¹") and a line under the table
opens with the same mark ("*) Imod stemte Ø (2), F (2) og Å (1).") to tell more of that row's vote, mostly who voted
against. The footnote is the marked row's note, no decision of its own (it took the last row's case)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.votes.decision_tables import TableRow

_FOOTNOTE = re.compile(r"[ \t]*\(?(?P<mark>\*{1,3}|[¹²³⁴⁵])\)?[ \t]+(?P<text>\S[^\n]*)")
_REACH = 2  # blank lines between a table and its footnotes


def _mark_in(cell: str, mark: str) -> re.Match[str] | None:
    """The mark standing alone in a cell ("Godkendt *)", "Godkendt (*)", "Vedtaget¹"), not inside a word."""
    return re.search(rf"[ \t]*\(?(?<![*\w]){re.escape(mark)}(?!\*)\)?(?=\s|$)", cell)


def with_footnotes(
    rows: list[TableRow], spans: list[tuple[int, int]], lines: list[str], starts: list[int]
) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """`rows` with each footnote under their table added to the one row marked by it (the mark taken out of the
    decision cell), and `spans` with the footnotes' lines: they are the table's."""
    rows, found = list(rows), []
    for start, end in spans:
        inside = [k for k, row in enumerate(rows) if start <= row.start < end]
        last = max((rows[k].end for k in inside), default=end)  # a footnote line may close the table's own lines
        index, blank = bisect_right(starts, last - 1), 0
        while index < len(lines) and blank <= _REACH:
            if not lines[index].strip():
                index, blank = index + 1, blank + 1
                continue
            note = _FOOTNOTE.fullmatch(lines[index])
            if note is None:
                break
            marked = [(k, cell) for k in inside if (cell := _mark_in(rows[k].decision, note["mark"]))]
            if len(marked) == 1:
                ((k, cell),) = marked
                row = rows[k]
                decision = (row.decision[: cell.start()] + row.decision[cell.end() :]).strip()
                rows[k] = replace(row, decision=decision, note=f"{row.note} {note['text']}".strip())
                found.append((starts[index], starts[index] + len(lines[index])))
            index, blank = index + 1, 0
    return rows, sorted(spans + found)
