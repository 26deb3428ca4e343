"""Columns laid out with spaces whose gaps are narrow in some rows.

A table typed with spaces keeps its columns at fixed character positions, but a long cell can leave only one
or two spaces before the next column ("13   Anlægsregnskab – stiforbindelse ved Dragør Fort Godkendt", "Nr.  Sag
Resultat"), which the three-space rule of `normalise.clean_lines` reads as words of one cell. Here a column is a
position where at least three lines of a run of consecutive lines start a cell after a gap of two or more
spaces, one of them after three or more (a column the three-space rule already sees in some row). Every line
of the run with such a gap at a column is cut, with a tab, at each column its text starts at after a space,
unless the text before ends a label ("Møtedato:  ..."). Lines with no aligned gap (prose, headings) are left
as they are. Hand-written: the layout is plain text, no table library reads columns from character positions.
"""

from __future__ import annotations

import re
from collections import Counter

_GAP_END = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")
_WIDE_GAP_END = re.compile(r"(?<=\S)[ ]{3,}(?=\S)")
_MIN_LINES = 3  # lines that must start a cell at a position for it to be a column


def aligned_columns(lines: list[str]) -> list[str]:
    """`lines` with the cells of space-aligned runs parted by tabs; other lines unchanged."""
    out = list(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].strip() and "\t" not in lines[end] and "|" not in lines[end]:
            end += 1
        if end - start >= _MIN_LINES:
            out[start:end] = _cut_run(lines[start:end])
        start = max(end, start + 1)
    return out


def _cut_run(run: list[str]) -> list[str]:
    gaps = [{m.end() for m in _GAP_END.finditer(line)} for line in run]
    wide = {m.end() for line in run for m in _WIDE_GAP_END.finditer(line)}  # columns the three-space rule sees
    counts = Counter(position for found in gaps for position in found)
    columns = sorted(position for position, n in counts.items() if n >= _MIN_LINES and position in wide)
    if not columns:
        return run
    return [_cut(line, columns) if found & set(columns) else line for line, found in zip(run, gaps, strict=True)]


def _cut(line: str, columns: list[int]) -> str:
    """`line` with a tab in place of the spaces before each column its text starts at."""
    cuts = [c for c in columns if c < len(line) and line[c] != " " and line[c - 1] == " "]
    cuts = [c for c in cuts if not line[:c].rstrip().endswith(":")]  # "Møtedato:  ...": a field, no column
    pieces, last = [], 0
    for c in cuts:
        pieces.append(line[last:c].rstrip(" "))
        last = c
    pieces.append(line[last:])
    return "\t".join(pieces)
