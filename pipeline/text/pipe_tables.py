"""Text tables drawn with pipes ("E3 | Udfasning af oliefyr | Delvist gennemført | 9 af 12 fyr; de"): a
row whose first column is empty ("   |   |   | sidste 3 afventer fjernvarme.") holds the cells the row
above wrapped, so its texts are joined to that row's cells and the record stays one line. A grid table
ruled with "+----+----+" is read whole (`table_runs`): the lines between two rules are one row, each
column's lines one cell (`split_at_filled` reads a grid ruled only around its header). Hand-written:
the shape is plain text, no table library reads it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.text.wrapped_cells import joined_cell, joined_lines


def _box_drawing() -> dict[int, str]:
    """Unicode box drawing ("┌──┬──┐", "│ 71 │ Title │") as the ASCII table marks the table readers know: a line
    "-", a side "|", a corner or junction "+"; read from the characters' names, so every weight and style maps."""
    marks = {}
    for code in range(0x2500, 0x2580):
        name = unicodedata.name(chr(code), "")
        horizontal, vertical = "HORIZONTAL" in name, "VERTICAL" in name
        if horizontal and not vertical and " AND " not in name:
            marks[code] = "-"
        elif vertical and not horizontal and " AND " not in name:
            marks[code] = "|"
        elif name:
            marks[code] = "+"
    return marks


BOX_DRAWING = _box_drawing()
_BOX_CHARS = re.compile(f"[{''.join(map(chr, BOX_DRAWING))}]")


def box_drawing_as_marks(text: str) -> str:
    """`text` with its box drawing as ASCII table marks (BOX_DRAWING). Few texts draw boxes, and a translation costs
    a dictionary look-up per character once a text leaves ASCII ('æ', 'ø'): searched for first."""
    return text.translate(BOX_DRAWING) if _BOX_CHARS.search(text) else text


_PIPE = re.compile(r"(?:^|\s)\|(?:\s|$)")
_SPLIT = re.compile(r"\s*\|\s*")


def is_pipe_row(line: str) -> bool:
    """A line laid out as cells between pipes ("A1 | Cykelsti | I gang", "| A1 | Cykelsti |"); a line whose only pipe
    opens it is the side of a box drawn round a block ("|  Resultat: FALT     For: 6"), not a row."""
    if "|" not in line:
        return False  # most lines hold no pipe: no scan
    return (line.startswith("|") and "|" in line[1:]) or bool(_PIPE.search(line[1:] if line.startswith("|") else line))


def _cells(line: str, outer: bool) -> list[str]:
    inner = line[1:] if outer and line.startswith("|") else line
    inner = inner[:-1] if outer and inner.endswith("|") else inner
    return _SPLIT.split(inner.strip())


def _continues(row: str, line: str) -> list[str] | None:
    """`row`'s cells with `line`'s texts added, when `line` is its wrapped continuation, else None."""
    outer = row.startswith("|")
    above, below = _cells(row, outer), _cells(line, outer)
    if len(above) != len(below) or len(above) < 2 or below[0] or not above[0] or not any(below):
        return None
    return [joined_cell(a, b) for a, b in zip(above, below, strict=True)]


def merge_wrapped_cells(lines: list[str]) -> list[str]:
    """`lines` with each pipe row's wrapped continuation rows folded into it."""
    out: list[str] = []
    for line in lines:
        joined = _continues(out[-1], line) if out and is_pipe_row(line) and is_pipe_row(out[-1]) else None
        if joined is None:
            out.append(line)
            continue
        outer = out[-1].startswith("|")
        out[-1] = ("| " if outer else "") + " | ".join(joined) + (" |" if outer else "")
    return out


# a list numbered in a gutter left of one bar ("3 | Title"), its further lines opening on the bar ("| Approved.")
_GUTTER_NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*[a-z]?\.?) ?\| (?P<text>[^|]+)$")
_GUTTER_FURTHER = re.compile(r"^\| (?P<text>[^|]+)$")


def unguttered(lines: list[str]) -> list[str]:
    """`lines` with each gutter-numbered list read as plain numbered items: the item's number then its text, the
    lines that open on the bar as the item's own lines below it. A list is such a run (blank lines inside it) of two
    numbered lines or more with a line opening on the bar among them; a bar on its own is a box's side, and a line
    with more bars a table's row, so neither starts one."""
    out = list(lines)
    run: list[int] = []
    for index, line in enumerate([*lines, "end"]):
        numbered, further = _GUTTER_NUMBERED.match(line), _GUTTER_FURTHER.match(line)
        if numbered or (further and run):
            run.append(index)
            continue
        if line == "" and run:
            continue
        if sum(1 for i in run if _GUTTER_NUMBERED.match(lines[i])) >= 2 and any(lines[i][0] == "|" for i in run):
            for i in run:
                m = _GUTTER_NUMBERED.match(lines[i])
                out[i] = f"{m['number']} {m['text']}" if m else lines[i][2:]
        run = []
    return out


_GRID_RULER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")  # "+------+-------+", "+======+=======+"
_PIPE_RULER = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")  # "|---|:---|"
_DASH_RULER = re.compile(r"^\s*[-=]{3,}(?:[ \t]+[-=]{3,})+\s*$")  # "------  --------  ----": a space-aligned table
_CROSS_RULER = re.compile(r"^\s*[-=]{3,}(?:\+[-=]{3,})+\s*$")  # "-----+------+----": pipes without outer ones


@dataclass(frozen=True)
class Record:
    """One row of a text table: its cells, and the indexes of its first and last line."""

    cells: list[str]
    first: int
    last: int


def is_ruler(line: str) -> bool:
    """A table's rule line: "|---|---|" under a header, "+----+----+" between grid rows, "----  ----" under a
    space-aligned header."""
    return any(ruler.match(line) for ruler in (_GRID_RULER, _PIPE_RULER, _DASH_RULER, _CROSS_RULER))


def row_cells(line: str) -> list[str]:
    """A pipe row's cells, or a tab-parted row's (columns laid out with spaces, cut at their gaps)."""
    return _cells(line, line.lstrip().startswith("|")) if is_pipe_row(line) else line.split("\t")


def _grid_record(lines: list[str], first: int, last: int) -> Record:
    """The lines between two grid rulers as one row: each column's lines joined into one cell."""
    rows = [row_cells(lines[i]) for i in range(first, last + 1)]
    width = max(len(r) for r in rows)
    return Record([joined_lines([r[c] for r in rows if c < len(r) and r[c]]) for c in range(width)], first, last)


def table_runs(lines: list[str]) -> list[list[Record]]:
    """Each text table in `lines` as its rows in order, rulers left out: a run of pipe rows (a grid
    table's "+----+" rulers included; the lines between two of them are one row whose cells wrapped)
    or of tab-parted rows of one width."""
    runs: list[list[Record]] = []
    index = 0
    while index < len(lines):
        end = index
        tabbed = is_tabbed(lines[index])
        while end < len(lines) and (
            _in_run(lines[end], tabbed, lines[index]) or (tabbed and _under_row(lines, end, lines[index]))
        ):
            end += 1
        if end == index:
            index += 1
            continue
        runs.append(_records(lines, index, end))
        index = end
    return [run for run in runs if run]


def _in_run(line: str, tabbed: bool, first: str) -> bool:
    if tabbed:  # a space-aligned table's dash rule under its header stays in the run
        return "\t" in line and line.count("\t") == first.count("\t") or bool(_DASH_RULER.match(line))
    return is_pipe_row(line.strip()) or is_ruler(line)


_WIDE = 3  # tabs of a tab-parted table wide enough (four columns or more) to read short rows and notes in it
_SHORT_REACH = 6  # lines with fewer cells read past, without a blank one, to the next row of the table's width


def _under_row(lines: list[str], index: int, first: str) -> bool:
    """In a wide tab-parted table (header `first`), a line with fewer cells between two rows stays in the table: a row
    whose last cell spans the columns left ("41 <tab> Dagsorden <tab> Godkendt <tab> enstemmigt"), or a note under a
    row ("Imod: Ø 1, F 1"), when a row of the table's width follows with only such lines between, no blank one (several
    short rows and their notes in turn: "62 <tab> Status <tab> Ingen afstemning" / "Bemærkning: ...")."""
    width = first.count("\t")
    if width < _WIDE or lines[index].count("\t") >= width or not lines[index].strip():
        return False
    for line in lines[index + 1 : index + 1 + _SHORT_REACH]:
        if not line.strip():
            return False
        if line.count("\t") == width:
            return True
    return False


def _is_note(line: str, width: int) -> bool:
    """A line under a row of a tab-parted table, with fewer cells, its first cell no item number: the row's note."""
    return line.count("\t") < width and not line.lstrip()[:1].isdigit()


def _records(lines: list[str], start: int, end: int) -> list[Record]:
    grid = any(_GRID_RULER.match(lines[i]) for i in range(start, end))
    if not grid:
        width = lines[start].count("\t")
        out: list[Record] = []
        for i in range(start, end):
            if is_ruler(lines[i]):
                continue
            if out and width >= _WIDE and _is_note(lines[i], width):
                out[-1] = Record(out[-1].cells, out[-1].first, i)  # "Imod: Ø 1, F 1": the row above's note
            else:
                out.append(Record(row_cells(lines[i]), i, i))
        return out
    out, first = [], None
    for i in range(start, end):
        if is_ruler(lines[i]):
            if first is not None:
                out.append(_grid_record(lines, first, i - 1))
            first = None
        elif first is None:
            first = i
    if first is not None:
        out.append(_grid_record(lines, first, end - 1))
    return out


def is_tabbed(line: str) -> bool:
    """A tab-parted table's row (columns laid out with spaces), no pipe row."""
    return "\t" in line and not is_pipe_row(line)


def notes_under(lines: list[str], record: Record) -> str:
    """A tab-parted row's lines under it, its notes, as one line ("" for a grid row, whose lines are its cells)."""
    under = lines[record.first + 1 : record.last + 1] if is_tabbed(lines[record.first]) else []
    return " ".join(" ".join(under).split())


def split_at_filled(lines: list[str], record: Record, column: int) -> list[Record]:
    """A grid record ruled only around the table's header holds every row: each line filling `column` (the
    key column, such as the item number) opens a row, the lines under it hold the cells that row wrapped. A
    tab-parted record splits at its lines of cells (sub-rows read as its notes); a line without cells under
    one ("Bemærkning: Taget til efterretning.") stays with it as its note."""
    tabbed = is_tabbed(lines[record.first])
    opening = [i for i in range(record.first, record.last + 1) if _cell(lines[i], column) and _opens(lines[i], tabbed)]
    if len(opening) < 2:
        return [record]
    opening[0] = record.first
    ends = [*(i - 1 for i in opening[1:]), record.last]
    if tabbed:
        return [Record(row_cells(lines[a]), a, b) for a, b in zip(opening, ends, strict=True)]
    return [_grid_record(lines, a, b) for a, b in zip(opening, ends, strict=True)]


def _opens(line: str, tabbed: bool) -> bool:
    return not tabbed or "\t" in line


def _cell(line: str, column: int) -> str:
    cells = row_cells(line)
    return cells[column] if column < len(cells) else ""
