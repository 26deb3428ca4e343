"""Notes under a vote table that explain its rows one by one ("Agp 7a Kadernota 2027 - tegen: VVD (2), CDA (3).",
"Punt 8 – tegen: PVV, SP"): each names a listed row by its item number, perhaps with the row's own words
("Amendement 7b-1"), and says who voted against it. A note is no decision and no new case: the scanner passes
over it, its words are blanked from the section text, and its against side goes to the row it names. The note
shape is data (models/votes/<lang>.json `row_note`, `row_note_against`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.extract.votes.counts import consistent, parse_breakdown
from pipeline.extract.votes.lexicon import Lexicon

if TYPE_CHECKING:  # context.py passes over notes while it splits the sections these read
    from pipeline.extract.votes.context import Protocol
    from pipeline.extract.votes.decisions import Decision

_LINE_START = re.compile(r"^", re.M)
_NAMED = re.compile(r"\S*\d\S*")  # "7b-1", "2027": words of the note that must be the row's own


@dataclass(frozen=True)
class RowNote:
    """A note line (document offsets), the row it names and the party list on its against side."""

    start: int
    end: int
    case: str
    label: str
    against: str | None


def is_row_note(line: str, listed: set[str], lex: Lexicon) -> bool:
    """`line` is a note about a row of a vote table above it (its case number is among `listed`)."""
    m = lex.row_note.match(line) if lex.row_note is not None and listed else None
    return m is not None and m.group("case").lower() in listed


def row_notes(text: str, protocol: Protocol, lex: Lexicon) -> list[RowNote]:
    """The notes in a document's text about the rows of its vote tables."""
    rows = [row for section in protocol.sections for row in section.listings]
    listed = {(protocol.context_at(row.start).case_number or "").lower() for row in rows} - {""}
    if lex.row_note is None or not listed:
        return []
    out = []
    for line in _LINE_START.finditer(text):
        pos = line.start()
        while (m := lex.row_note.match(text, pos)) and m.group("case").lower() in listed:  # notes run together
            side = lex.row_note_against.search(m.group("note")) if lex.row_note_against is not None else None
            against = side.group("parties").strip() if side else None
            label = m.group("label").strip(" \t-–—:")
            out.append(RowNote(m.start(), m.end(), m.group("case").lower(), label, against))
            pos = m.end()
    return out


def annotate(decision: Decision, case: str | None, notes: list[RowNote], lex: Lexicon) -> None:
    """Give a listed row the against side of the note naming it: by its case number and, when the note
    names more ("Amendement 7b-1"), by those words being the row's. Parties without numbers count only
    as the package counts any party list: a lone party takes the stated total, several give none."""
    note = next((n for n in notes if n.case == (case or "").lower() and _names(n, decision.subject)), None)
    if note is None or note.against is None:
        return
    breakdown = parse_breakdown(note.against, lex)
    decision.against_parties = breakdown.counted(decision.votes_against)
    decision.counts_consistent = consistent(decision.votes_against, breakdown)
    if breakdown.parties and decision.unanimous is None:
        decision.unanimous = False


def _names(note: RowNote, subject: str | None) -> bool:
    """Every numbered word of the note's label ("7b-1", "2027") is in the row's subject."""
    words = (subject or "").lower().split()
    return all(any(word.strip(".,:;") in own for own in words) for word in _NAMED.findall(note.label.lower()))
