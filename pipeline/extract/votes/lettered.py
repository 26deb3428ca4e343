"""A case header opened by a list letter ("a) Sak 51/26 - Tertialrapport", "B. PS 12/26 Budsjett"): protocols that
letter their cases in order. The letter is no part of the header. A lettered decision point ("a) Kommunestyret
vedtek ...") opens no case and keeps its letter."""

from __future__ import annotations

import re

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.meeting import header_fields

_LETTER = re.compile(r"[^\W\d_][).][ \t]+(?=\S)")  # one letter and its bracket or stop


def letter_width(line: str, lex: Lexicon) -> int:
    """How many characters of `line` a list letter before a case header takes (0 when none does)."""
    found = _LETTER.match(line)
    if found is None:
        return 0
    parsed = header_fields(line[found.end() :], lex)
    return found.end() if parsed is not None and parsed[0].get("case_number") else 0
