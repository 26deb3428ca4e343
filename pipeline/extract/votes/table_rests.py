"""The rest of a decision table after a line that is no row of its width. A vote overview breaks its runs of rows
of one width in three ways: a page break (blank lines, a running header), an item that only names its case above
the sub-rows voted on ("42 <tab> 25/1887 <tab> Lokalplan 612" over "42a ... Forkastet" and "42b ... Vedtaget"),
and note lines under a row ("Imod: A (10), V (8)", "Stemmelighed - forslaget er ikke vedtaget."). A sub-row
leaves the table's archive-number column blank, so it comes one cell short: that cell is put back empty."""

from __future__ import annotations

import re

from pipeline.text.pipe_tables import Record, is_ruler

_PAGE_GAP = 3  # lines: a page break between two parts of one table
_NOTE_GAP = 6  # lines: the note and case lines that may stand between two rows of one table
_NOTE_WIDTH = 120  # chars: a note under a row is a short line
_ITEM = re.compile(r"\d{1,4}(?:[/.]\d{1,4})?[a-z]?\.?")  # "42", "42a", "4.1": a row's own item number


def goes_on(above: tuple[dict[str, int], int, int], record: Record, lines: list[str]) -> bool:
    """A headerless run of rows is the rest of the decision table just above it (`above`: its roles, width and
    last line): as wide, only blank lines, rulers and wrapped cells between; or a row of the table's items, as
    wide or one cell short, right under the table's notes and case lines, with no blank line between."""
    _, width, last = above
    gap = lines[last + 1 : record.first]
    wrapped = [line for line in gap if "\t" in line and line.count("\t") < width - 1]  # a cell's wrapped remainder
    rest = [line for line in gap if line.strip() and not is_ruler(line) and line not in wrapped]
    if len(record.cells) == width and len(gap) <= _PAGE_GAP and not rest:
        return True
    return (
        width - 1 <= len(record.cells) <= width
        and _ITEM.fullmatch(record.cells[0].strip()) is not None
        and len(gap) <= _NOTE_GAP
        and all(line.strip() and "\t" not in line and len(line) <= _NOTE_WIDTH for line in rest)
    )


def filled(record: Record, roles: dict[str, int], width: int) -> Record:
    """`record` as wide as its table: a row one cell short that opens with its item number gets back the blank
    cell of the table's one column no role names (an archive number a sub-row leaves empty)."""
    free = [index for index in range(width) if index not in roles.values()]
    if len(record.cells) != width - 1 or len(free) != 1 or not _ITEM.fullmatch(record.cells[0].strip()):
        return record
    cells = list(record.cells)
    cells.insert(free[0], "")
    return Record(cells, record.first, record.last)
