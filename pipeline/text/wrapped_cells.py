"""One table cell wrapped over several lines, joined back into one text: the one convention every table reader
(pipe, grid, tab and ruler-cut tables) shares, so a title reads the same whichever layout carried it."""

from __future__ import annotations

import re
from functools import cache, reduce

from pipeline.rules import load_json

_WORD_BREAK = re.compile(r"(?<=[^\W_])-$")  # "Til efterret-", "2026-": a word broken at the cell's edge


@cache
def _coordinators() -> frozenset[str]:
    """Words after which a hyphen suspends a compound ("Børne- og Unge..."): the de-hyphenation list of
    models/normalise.json, the one normalise reads for line ends."""
    return frozenset(load_json("normalise.json")["hyphen_coordinators"])


def joined_cell(cell: str, wrapped: str) -> str:
    """A cell and the rest it wrapped onto the next line, by normalise's rules for line ends. A word broken after a
    hyphen goes on unspaced and loses the hyphen ("Til efterret-" / "ning": "Til efterretning"); a suspended
    compound keeps hyphen and space ("Børne- og ..."); after an abbreviation or a number, or before a capital or a
    digit, or after a name of several capitalised words, the hyphen is the word's own ("EU-" / "midler", "Nord-" /
    "Norge", "2026-" / "2029", "Healthy Cities-" / "netværket")."""
    if not cell or not wrapped:
        return (cell or wrapped).strip()
    first = wrapped.split(" ", 1)[0].rstrip(",.;:").casefold()
    if not _WORD_BREAK.search(cell) or not wrapped[:1].isalnum() or first in _coordinators():
        return f"{cell} {wrapped}".strip()
    words = cell.split()
    prefix = words[-1][:-1]
    before = [w for w in words[:-1] if not (w.islower() and len(w) <= 3)]  # "Covenant of Mayors-": past "of"
    named = bool(before) and prefix[:1].isupper() and before[-1][:1].isupper()  # "Healthy Cities-" / "netværket"
    if not wrapped[:1].islower() or named or prefix.isupper() or any(c in "-0123456789" for c in prefix):
        return cell + wrapped
    return cell[:-1] + wrapped


def joined_lines(parts: list[str]) -> str:
    """A wrapped cell's lines, in order, as one text."""
    return reduce(joined_cell, (part.strip() for part in parts), "")
