"""A vote table's sub-row that names the sides of the row above it in the subject column ("| 188 | Budget 2027 |
Vedtaget | 19 | 6 |" then "|     |   Imod: Ø 3, F 2 |     |"): the text's tables join the sub-row to the row as a
wrapped cell ("Budget 2027 Imod: Ø 3, F 2"), but it wraps no subject words; it is the row's count line, read as a note
under the row (its against side), and the subject is the words before it."""

from __future__ import annotations

import re

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.phrases import find_tallies

_WORD_START = re.compile(r"(?<=\s)(?=[^\W\d_])")  # where a count line's label could open inside the cell


def split_tally_tail(cell: str, lex: Lexicon) -> tuple[str, str] | None:
    """(the cell's words before a trailing count line, the count line) when the cell ends in a whole count line
    of the language after its subject words ("Ny affaldsordning Imod: V 5, C 4"); None otherwise."""
    for m in _WORD_START.finditer(cell):
        tail = cell[m.start() :].strip()
        hits = find_tallies(tail, lex)
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end >= len(tail.rstrip(" .")):
            head = cell[: m.start()].strip()
            return (head, tail) if head else None
    return None


def with_tally_note(subject_cell: str, note: str, lex: Lexicon) -> tuple[str, str]:
    """The subject cell without a trailing count line, and the row's note with that count line added to it."""
    if parted := split_tally_tail(subject_cell, lex):
        return parted[0], " ".join(filter(None, (note, parted[1])))
    return subject_cell, note
