"""A news paragraph closing with a bracketed reference to its agenda item ("... blev udsat til august. (Punkt 12)",
"... med 25 stemmer mod 6. (pkt. 10)"): the paragraph reports that item's decision, so the reference numbers the
decisions of its own paragraph and of the headline right above it, not the ones below; the line is prose, never a
case header. The labels are the
language's case labels (models/votes/<lang>.json `header_labels.case`)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.votes.lexicon import Lexicon, lexicon

if TYPE_CHECKING:  # context.py's scanner opens the item while it splits the text
    from pipeline.extract.votes.context import _Scanner


@cache
def _reference(language: str) -> re.Pattern[str] | None:
    lex = lexicon(language)
    labels = sorted((k for k, v in lex.label_fields.items() if v == "case"), key=len, reverse=True) if lex else []
    if not labels:
        return None
    alternation = "|".join(re.escape(label) for label in labels)
    return re.compile(
        rf"[.!?][ \t]*\((?:{alternation})\.?[ \t]*(?:nr\.?[ \t]*)?(?P<number>\d{{1,4}}[a-z]?)\)[ \t]*$", re.I
    )


def closing_reference(line: str, lex: Lexicon) -> str | None:
    """The item number a prose line closes with in brackets after a sentence's stop, or None."""
    pattern = _reference(lex.language)
    m = pattern.search(line) if pattern is not None and line.rstrip().endswith(")") else None
    return m.group("number") if m else None


_HEADLINE = 160  # chars: a news headline over its paragraph is one short line without a closing stop


def paragraph_item(scanner: _Scanner, lines: list[str], index: int, end: int, lex: Lexicon) -> bool:
    """Open the item the line at `index` (ending at `end`, the next line's start) closes by number, from its
    headline on; the text below it is outside the item again. False when the line closes with no reference."""
    ref = closing_reference(lines[index].strip(), lex)
    if ref is None:
        return False
    before = scanner.base
    scanner.header(paragraph_start(lines, index, end - len(lines[index]) - 1), "", 0, {"case_number": ref}, None)
    scanner.open_section(end)
    scanner.push(end, before)
    scanner.base = before
    return True


def paragraph_start(lines: list[str], index: int, line_start: int) -> int:
    """Where the item a closing reference numbers begins: the headline right above its paragraph line when there is
    one ("Gratis busser blev stemt ned" over "... (Punkt 9)"), else the paragraph line itself."""
    above = lines[index - 1].strip() if index > 0 else ""
    headline = 0 < len(above) <= _HEADLINE and not above.endswith((".", ":", ";", ",", ")"))
    return line_start - len(lines[index - 1]) - 1 if headline else line_start
