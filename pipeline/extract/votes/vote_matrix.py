"""Vote matrices: parties (or members) down, the labels voted on across, a vote mark in each cell, and
optionally a totals row ("Totaal voor / tegen   7/13   16/4") and an outcome row under it.

  Fractie (zetels)          A1    5    M1
  VVD (4; 3 aanwezig)       T     V    V
  D66 (3)                   V     V    V
  Totaal voor / tegen      7/13  16/4 20/0

A header counts as a matrix's when every cell after its first names a label the page defines
(label_results.py) or the item's own recommendation (`decision_tables.matrix_recommendation`: "Raadsvoorstel",
"Innstilling"). Each party row gives its seats present (the last number in its bracket, else 1) to the
column's for or against side by its mark (models/votes/<lang>.json `decision_tables.matrix_for` /
`matrix_against`). Each column becomes one count cell, "7-13 (VVD 3, CDA 3)", read as a decision table's
vote cell; a totals row gives the counts when it has them. A matrix ending in an outcome row ("verworpen
aangenomen") is a decision list of its own: one row per column. Any other row shape ends the matrix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.votes.item_lists import opens_outcome
from pipeline.extract.votes.lexicon import Lexicon

_CELLS = re.compile(r"\t+|[ ]{2,}|[ \t]*\|[ \t]*")
_WORDS = re.compile(r"\s+")
_RULER = re.compile(r"^[ \t]*[-=_+|]{3,}[ \t]*$")
_TOTAL = re.compile(r"(?P<for>\d{1,3})[ \t]*[/–-][ \t]*(?P<against>\d{1,3})")
_SEATS = re.compile(r"\((?P<inside>[^()]*)\)")
_MAX_ROWS = 60


@dataclass(frozen=True)
class Matrix:
    """One vote matrix: its header line, its column names, each column's count cell, and the outcome row's
    cells with that row's line when the matrix ends in one."""

    header: int
    last: int
    columns: list[str]
    counts: list[str]
    outcomes: list[str] | None


def _cells(line: str) -> list[str]:
    return [cell for cell in _CELLS.split(line.strip().strip("|")) if cell]


def find_matrices(lines: list[str], labels: set[str], lex: Lexicon) -> list[Matrix]:
    """The document's vote matrices whose columns are labels it defines or its items' recommendations."""
    marks_for = {m.lower() for m in lex.tables.get("matrix_for", [])}
    marks_against = {m.lower() for m in lex.tables.get("matrix_against", [])}
    own = {m.lower() for m in lex.tables.get("matrix_recommendation", [])}
    if not (labels or own) or not marks_for or not marks_against:
        return []
    found: list[Matrix] = []
    for index, line in enumerate(lines):
        header = _cells(line)
        names = header[1:]
        if len(header) < 2 or header[0] in labels or not all(c in labels or c.lower() in own for c in names):
            continue
        if not any(c in labels for c in names) and len(names) < 2:
            continue  # one column naming a recommendation alone is any table's header
        matrix = _read(lines, index, names, (marks_for, marks_against), lex)
        if matrix is not None:
            found.append(matrix)
    return found


def matrix_counts(matrices: list[Matrix]) -> dict[str, str]:
    """Each matrix column's count cell by its label ("A1" -> "7-13 (VVD 3, CDA 3)")."""
    return {name: count for m in matrices for name, count in zip(m.columns, m.counts, strict=True)}


def _read(
    lines: list[str], header: int, columns: list[str], marks: tuple[set[str], set[str]], lex: Lexicon
) -> Matrix | None:
    """The matrix under `header`, or None when fewer than two party rows follow it."""
    marks_for, marks_against = marks
    width = len(columns)
    sides: list[tuple[int, int, list[str]]] = [(0, 0, []) for _ in columns]
    totals: list[tuple[int, int] | None] = [None] * width
    party_rows, last, outcomes = 0, header, None
    for index in range(header + 1, min(len(lines), header + 1 + _MAX_ROWS)):
        line = lines[index]
        if _RULER.match(line):
            continue
        cells = _cells(line)
        tail = cells[-width:] if len(cells) in (width, width + 1) else []
        if tail and party_rows >= 2 and all(opens_outcome(c, lex) for c in tail):
            outcomes, last = tail, index  # "verworpen  aangenomen" under the totals, with a row label or not
            break
        if len(cells) == 1 and width > 1 and party_rows >= 2:
            words = _WORDS.split(cells[0])
            if len(words) == width and all(opens_outcome(w, lex) for w in words):
                outcomes, last = words, index  # the outcome row's cells set one space apart
            break
        if len(cells) != width + 1:
            break
        row_marks = [cell.lower().strip(" .") for cell in cells[1:]]
        if all(m in marks_for or m in marks_against for m in row_marks):
            seats = _seats(cells[0])
            party = _SEATS.sub("", cells[0]).strip()
            for i, mark in enumerate(row_marks):
                yes, no, against = sides[i]
                if mark in marks_for:
                    sides[i] = (yes + seats, no, against)
                else:
                    sides[i] = (yes, no + seats, [*against, f"{party} {seats}"])
            party_rows, last = party_rows + 1, index
        elif party_rows >= 2 and all(_TOTAL.fullmatch(cell) for cell in cells[1:]):
            totals = [(int(m.group("for")), int(m.group("against"))) for c in cells[1:] if (m := _TOTAL.fullmatch(c))]
            last = index
        else:
            break
    if party_rows < 2:
        return None
    counts: list[str] = []
    for (yes, no, against), total in zip(sides, totals, strict=True):
        yes, no = total if total else (yes, no)
        counts.append(f"{yes}-{no}" + (f" ({', '.join(against)})" if against and no else ""))
    return Matrix(header, last, columns, counts, outcomes)


def _seats(cell: str) -> int:
    """A party's votes: its seats present ("(4; 3 aanwezig)" -> 3, "(3)" -> 3), a member's row one."""
    m = _SEATS.search(cell)
    numbers = re.findall(r"\d+", m.group("inside")) if m else []
    return int(numbers[-1]) if numbers else 1
