"""Fixed-width text tables under a ruler of dash runs ("------  -----------  ------"): the runs mark
where each column starts, so a row is cut there even where only one or two spaces part two cells
("Under arbeid  Oppvekst"), and a line whose first column is blank and whose texts fit their columns
("        første trinn") is the row above wrapped, joined to that row's cells. A line under a row that
runs across the columns or closes a sentence ("        Kommentar: Hallen ble åpnet.") is the row's
comment and stays a line of its own, unless it fills only the cell under the row's last cell, which
stopped mid-sentence ("De lijst wordt voor" / "kennisgeving aangenomen."): that finishes the cell.
Hand-written: the shape is plain text, no table library reads it."""

from __future__ import annotations

import re
from functools import cache

from pipeline.rules import load_json
from pipeline.text.structure import BULLET
from pipeline.text.tail import TailPattern
from pipeline.text.wrapped_cells import joined_cell

_RULER = re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")
_HEADER_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # a gap between two header words naming two columns
_NARROW_HEADER_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # "Status  Toelichting": a header's narrower gap
_WIDE_GAP = "   "  # what the normaliser reads as a column gap by itself
MIN_NARROW_COLUMNS = 3  # a header read by its two-space gaps names at least three columns ("Nr  Actie  Status")
MIN_NARROW_ROWS = 2  # rows under such a header
_NOT_HEADER = re.compile(r"\d|\||:\s")
_MAX_SCAN = 200  # rows of a ruler-less table read to find its wrapped lines
_SENTENCE_END = re.compile(r"[.!?]\s*$")
# "a) ...", "2. ...", "- ...": an item of its own, marked with any bullet the project reads
_MARKED = re.compile(rf"(?:{BULLET}|\(?(?:\d{{1,2}}|[A-Za-z])[.)])\s")


def _columns(ruler: str) -> list[int]:
    """Where each column starts: the first dash of each run."""
    return [run.start() for run in re.finditer(r"-+", ruler)]


def _cut(line: str, starts: list[int]) -> list[str] | None:
    """`line` cut at the column starts; None when a text runs across a column's start (no cell)."""
    if line[: starts[0]].strip():
        return None
    if any(0 < start < len(line) and line[start - 1] != " " and line[start] != " " for start in starts):
        return None
    return [line[start:end].strip() for start, end in zip(starts, [*starts[1:], len(line)], strict=True)]


def _is_comment(cells: list[str] | None, line: str, label: re.Pattern[str]) -> bool:
    """A line under a row that is its comment, not a cell of the table: it runs across the columns,
    or, its first column blank, it closes a sentence or opens with a label ("Kommentar: -")."""
    if cells is None:
        return True
    return not cells[0] and (bool(_SENTENCE_END.search(line)) or bool(label.match(line.strip())))


def _indent(line: str, start: int) -> int:
    """How far the first column's text sits in from the column's start."""
    cell = line[start:]
    return len(cell) - len(cell.lstrip(" "))


def _wraps(cells: list[str], row: list[str] | None, hanging: bool) -> bool:
    """A line that goes on with the row above: its first column blank and fewer cells filled than the
    row has besides its first (an id-less row fills its title and status), or as many, going on in lower
    case; or its first cell indented further than the row's ("C. Kompetanse og" / "   rekruttering"),
    not a marked item of its own, and no more cells filled than the row has."""
    if row is None:
        return False
    filled, above = sum(map(bool, cells[1:])), sum(map(bool, row[1:]))
    if not cells[0]:  # every cell going on ("     foredling     Jæren»"): the first starts in lower case
        lower = next(c for c in cells if c)[:1].islower()
        return filled < above or (filled == above and (lower or _runs_on(cells, row)))
    return hanging and not _MARKED.match(cells[0]) and filled <= above


@cache
def _dangling_end() -> TailPattern:
    """A cell ending in a preposition, article or conjunction stops mid-phrase: normalise's rule for line ends."""
    return TailPattern(load_json("normalise.json")["dangling_end"])


def _runs_on(cells: list[str], row: list[str]) -> bool:
    """One cell filled, under the row's last filled cell, which stops mid-phrase: onto a lower-case word
    ("wordt voor" / "kennisgeving aangenomen."), or after a preposition, article or comma ("Helårsturisme knyttet
    til" / "Atnsjøen og villreinfjellet"). A capitalised line under a title that ended whole ("Godkjenning av
    protokoll fra 20.01.2026" / "Godkjent uten merknader.") is the decision under it, a line of its own."""
    last = max(n for n, cell in enumerate(row) if cell)
    filled = [n for n, cell in enumerate(cells) if cell]
    if filled != [last] or last == 0 or _SENTENCE_END.search(row[last]):
        return False
    return cells[last][:1].islower() or row[last].endswith(",") or bool(_dangling_end().search(row[last]))


def _rows(lines: list[str], starts: list[int], first: int, label: re.Pattern[str]) -> tuple[list[str], int]:
    """The rows from `first` on, cut at the column starts, as tab-joined cells, each wrapped line folded
    into its row; and the index of the first line after the table (a blank line ends it)."""
    out: list[str] = []
    row: list[str] | None = None
    row_indent = 0
    index = first
    while index < len(lines) and lines[index].strip():
        line = lines[index]
        cells = _cut(line, starts)
        # the rest of a last cell cut mid-sentence ("wordt voor" / "kennisgeving aangenomen."), not a comment
        finishes = cells is not None and row is not None and not label.match(line.strip()) and _runs_on(cells, row)
        if cells is None or (not finishes and _is_comment(cells, line, label)):
            row = None  # the next line continues no row
            out.append(line)
        elif finishes or _wraps(cells, row, _indent(line, starts[0]) > row_indent):
            row = [joined_cell(a, b) for a, b in zip(row, cells, strict=True)]
            out[-1] = "\t".join(row)
        else:
            row, row_indent = cells, _indent(line, starts[0])
            out.append("\t".join(cells))
        index += 1
    return out, index


def cut_ruled_tables(lines: list[str], label: re.Pattern[str]) -> list[str]:
    """`lines` with every table under a dash ruler cut into tab-separated cells at the ruler's
    columns, its header line above the ruler too; so is a table without a ruler whose header's words
    mark the columns and whose rows wrap under them; `label` opens a comment line ("Merknad: ...")."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        if _RULER.match(lines[index]):
            starts = _columns(lines[index])
            header = _cut(out[-1], starts) if out and out[-1].strip() else None
            if header is not None:
                out[-1] = "\t".join(header)
            out.append(lines[index])
            rows, index = _rows(lines, starts, index + 1, label)
            out.extend(rows)
            continue
        starts = _header_columns(lines, index, label)
        if starts is None:
            out.append(lines[index])
            index += 1
            continue
        rows, index = _rows(lines, starts, index, label)
        out.extend(rows)
    return out


def _header_columns(lines: list[str], index: int, label: re.Pattern[str]) -> list[int] | None:
    """Where the columns of a table without a ruler start, read from its header ("Nr.   Tiltak      Status"):
    each word run after a gap of three spaces; only for a table some row of which wraps onto a line whose
    first column is blank or indented ("      Hasle Skole"), which the gaps alone would read as a new row.
    Every row must cut cleanly at the header's columns, or the line is no header; a note opening on a label at the
    left edge right under the last row ("Merknad til tema 2: ...") ends the table, whatever columns it runs across."""
    header = lines[index]
    if header[:1].isspace() or not _HEADER_GAP.search(header) or _NOT_HEADER.search(header):
        return None  # a header names its columns in words: no number, no pipe, no field label
    starts = [0, *(gap.end() for gap in _HEADER_GAP.finditer(header))]
    body = []
    for line in lines[index + 1 : index + 1 + _MAX_SCAN]:
        if not line.strip() or body and label.match(line) and _cut(line, starts) is None:
            break
        body.append(line)
    first = body[0] if body else ""
    if _RULER.match(first):
        return None  # a table under a dash ruler is cut at the ruler's columns
    cells = _cut(first, starts) if first and not first[:1].isspace() else None
    if cells is None or sum(map(bool, cells)) < 2:
        return None  # the first row fills its own columns from the left edge
    wraps = [line for line in body if line[:1] == " " and not _MARKED.match(line.strip())]
    if not wraps:
        return _narrow_columns(header, body)
    if any(_cut(line, starts) is None for line in body):
        return None
    return starts


def _narrow_columns(header: str, body: list[str]) -> list[int] | None:
    """The column starts of a table without wrapped rows whose cells a narrow gap parts ("1.1  Energiecoach
    voor huurders             [A]     Afgerond", "1.2  Isolatieregeling particuliere woningen [L]     Loopt",
    under "Nr   Actie   Status  Toelichting"): the header's words after gaps of two or more spaces, when every
    row cuts cleanly there into two or more cells and some row has a cell the normaliser's wide gap alone
    would not part from its neighbour. A table whose gaps are all wide needs no cutting."""
    starts = [0, *(gap.end() for gap in _NARROW_HEADER_GAP.finditer(header))]
    if len(starts) < MIN_NARROW_COLUMNS or len(body) < MIN_NARROW_ROWS or any(line[:1].isspace() for line in body):
        return None
    cuts = [_cut(line, starts) for line in body]
    if any(cells is None or sum(map(bool, cells)) < 2 for cells in cuts):
        return None
    narrow = any(
        line[start - 1] == " " and line[max(0, start - len(_WIDE_GAP)) : start] != _WIDE_GAP
        for line in body
        for start in starts[1:]
        if start < len(line) and line[start] != " "
    )
    return starts if narrow else None
