"""Text tables drawn with pipes ("E3 | Udfasning af oliefyr | Delvist gennemført | 9 af 12 fyr; de"): a
row whose first column is empty ("   |   |   | sidste 3 afventer fjernvarme.") holds the cells the row
above wrapped, so its texts are joined to that row's cells and the record stays one line. Hand-written:
the shape is plain text, no table library reads it."""

from __future__ import annotations

import re

_PIPE = re.compile(r"(?:^|\s)\|(?:\s|$)")
_SPLIT = re.compile(r"\s*\|\s*")


def is_pipe_row(line: str) -> bool:
    """A line laid out as cells between pipes ("A1 | Cykelsti | I gang", "| A1 | Cykelsti |")."""
    return bool(_PIPE.search(line)) or line.startswith("|")


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
    return [f"{a} {b}".strip() if b else a for a, b in zip(above, below, strict=True)]


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
