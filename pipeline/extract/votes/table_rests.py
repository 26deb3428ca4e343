"""The rest of a decision table after a line that is no row of its width. A vote overview breaks its runs of rows
of one width in three ways: a page break (blank lines, a running header), an item that only names its case above
the sub-rows voted on ("42 <tab> 25/1887 <tab> Lokalplan 612" over "42a ... Forkastet" and "42b ... Vedtaget"),
and note lines under a row ("Imod: A (10), V (8)", "Stemmelighed - forslaget er ikke vedtaget."). A sub-row
leaves one column blank, so it comes one cell short: the archive number ("42a <tab> Ændringsforslag ..."), put back
empty, or its own item number ("Ændringsforslag fra A ... <tab> 9 <tab> 9"), the number of the case line above."""

from __future__ import annotations

import re

from pipeline.text.pipe_tables import Record, is_ruler, is_tabbed, split_at_filled

_PAGE_GAP = 3  # lines: a page break between two parts of one table
_NOTE_GAP = 6  # lines: the note and case lines that may stand between two rows of one table
_NOTE_WIDTH = 120  # chars: a note under a row is a short line
_ITEM = re.compile(r"\d{1,4}(?:[/.]\d{1,4})?[a-z]?\.?")  # "42", "42a", "4.1": a row's own item number


def goes_on(above: tuple[dict[str, int], int, int], record: Record, lines: list[str]) -> bool:
    """A headerless run of rows is the rest of the decision table just above it (`above`: its roles, width and
    last line): as wide, only blank lines, rulers and wrapped cells between; or a row of the table's items, as
    wide or one cell short with a blank cell that can be put back (`filled`), right under the table's notes and
    case lines. A row short of a cell the table cannot spare (two cells run together) is left to the prose."""
    roles, width, last = above
    gap = lines[last + 1 : record.first]
    wrapped = [line for line in gap if "\t" in line and line.count("\t") < width - 1]  # a cell's wrapped remainder
    rest = [line for line in gap if line.strip() and not is_ruler(line) and line not in wrapped]
    if len(record.cells) == width and len(gap) <= _PAGE_GAP and not rest:
        return True
    numbered = _ITEM.fullmatch(record.cells[0].strip()) is not None
    short = len(record.cells) == width - 1  # a sub-row whose blank cell can be put back, or no row of the table
    return (
        (not short or filled(record, roles, width, case_above(lines, record.first, width)) is not record)
        and width - 1 <= len(record.cells) <= width
        and (numbered or (len(record.cells) == width - 1 and case_above(lines, record.first, width) is not None))
        and len(gap) <= _NOTE_GAP
        and all(line.strip() and "\t" not in line and len(line) <= _NOTE_WIDTH for line in rest)
    )


def case_above(lines: list[str], first: int, width: int) -> str | None:
    """The item number of the case line right above line `first` ("3 <tab> Budgetopfølgning 2": a number and a
    title, narrower than the table's rows of `width` cells), over the sub-rows that follow it; None when the line
    above is a row of the table or no case line."""
    for line in reversed(lines[max(0, first - _NOTE_GAP) : first]):
        number, tab, rest = line.strip().partition("\t")
        if tab and _ITEM.fullmatch(number) and rest.strip() and line.count("\t") < width - 2:
            return number.rstrip(".")
        if "\t" in line or not line.strip():
            return None  # a row of the table, or a blank line: no case line opens these rows
    return None


def filled(record: Record, roles: dict[str, int], width: int, case: str | None = None) -> Record:
    """`record` as wide as its table: a row one cell short gets back its blank cell, the table's one column no
    role names (an archive number a sub-row leaves empty) when it opens with its item number, else its item
    number `case` (the number of the case line above it)."""
    if len(record.cells) != width - 1:
        return record
    cells = list(record.cells)
    free = [index for index in range(width) if index not in roles.values()]
    if _ITEM.fullmatch(cells[0].strip()):
        if len(free) != 1:
            return record
        cells.insert(free[0], "")
    elif case is not None and roles["number"] == 0:
        cells.insert(0, case)
    else:
        return record
    return Record(cells, record.first, record.last)


def numbered_parts(
    lines: list[str], record: Record, roles: dict[str, int], width: int, case: str | None
) -> list[Record]:
    """`record` split at its lines filling the key column, each part as wide as its table: the sub-rows a tab-parted
    case line holds ("52 <tab> Lokalplan 210" over "Ændringsforslag fra V ... <tab> 9 <tab> 20") take its number."""
    parts = split_at_filled(lines, record, roles["number"])
    if len(parts) > 1 and is_tabbed(lines[record.first]):
        case = parts[0].cells[roles["number"]].strip() if roles["number"] < len(parts[0].cells) else case
    return [filled(part, roles, width, case) for part in parts]
