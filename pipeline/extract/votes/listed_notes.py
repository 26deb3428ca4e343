"""Notes under a decision list that name their item by the short number ("00072 Goedgekeurd met 18 ja-stemmen ...")
of a list row numbered in full ("2026_GR_00072"): a besluitenlijst's table gives each item's full number, the vote
list under it only the running number at its end."""

from __future__ import annotations

import re

from pipeline.extract.votes.decision_tables import note_number
from pipeline.extract.votes.lexicon import Lexicon

# a zero-padded running number opening a line, its note's text after a stop or a gap ("00072  Goedgekeurd ...")
_BARE_NOTE = re.compile(r"(?P<case>\d{3,6})(?:[ \t]*[.:)][ \t]+(?=\S)|[ \t]+(?=[A-ZÆØÅ(\"“'‘]))")
_SEPARATOR = "_/-. "  # what parts a full number's running number from its prefix ("2026_GR_00072", "GR/2026/072")


def listed_note(line: str, listed: dict[str, str], lex: Lexicon) -> tuple[str, int] | None:
    """(the listed case, where the note's text begins) for a note naming a listed item by its number or by the
    running number its full number ends with; None for any other line."""
    note = note_number(line, lex)
    if note and note.group("case") in listed:
        return note.group("case"), note.end()
    short = note or _BARE_NOTE.match(line)
    if short is None:
        return None
    number = short.group("case")
    ends = [case for case in listed if case.endswith(number) and case[: -len(number)][-1:] in tuple(_SEPARATOR)]
    return (ends[0], short.end()) if len(ends) == 1 and len(number) >= 3 else None
