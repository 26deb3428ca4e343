"""Which lines can hold a cue word: a cheap literal pre-check before the cue regex runs per line.

A cue pattern (`\\b\\w*(?:word|word)\\b`, case-insensitive) backtracks through every word of every
line, which is slow on long documents. Each cue word starts with a fixed run of letters (its
required literal: "referat" in `referat(?:et|er)?`); a line without any of its kind's literals
cannot match, so only lines that show one are handed to the regex and the counts stay the same.
The literals are found in the lowered text with `str.find`; that equals the regex's case folding
except for a few characters (dotless ı, long ſ, dotted İ), and texts holding one of those are scanned
in full.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from functools import cache

# A leading lookbehind, then letters and single spaces; the character after says whether the last
# letter is optional (`s?`, `e*`, `n{0,1}`).
_LITERAL = re.compile(r"(?:\(\?<[=!][^()]*\))?([^\W\d_]+(?: [^\W\d_]+)*)(.?)")


def required_literal(word: str) -> str | None:
    """The lowered letters every match of `word` starts with, or None when none can be told."""
    if _top_level_alternation(word):
        return None
    found = _LITERAL.match(word)
    if not found:
        return None
    literal, after = found.groups()
    if after and after in "?*{":
        literal = literal[:-1]
    return literal.lower() or None


def _top_level_alternation(word: str) -> bool:
    """A `|` outside parentheses (or any `|` next to a character class, to be safe)."""
    if "|" in word and "[" in word:
        return True
    depth, escaped = 0, False
    for ch in word:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return True
    return False


def literals_of(words: list[str]) -> tuple[str, ...] | None:
    """Every word's required literal, or None when one word has none (its lines are all scanned)."""
    found = tuple(required_literal(word) for word in words)
    return None if any(lit is None for lit in found) else found


@cache
def _cased_characters() -> str:
    """Every character with another case (~3,000 of all code points), read once per process: only these can
    match a letter case-insensitively without being that letter, so the search need not see the rest."""
    return "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch != ch.lower() or ch != ch.upper())


@cache
def _fold_exceptions(letters: frozenset[str]) -> re.Pattern | None:
    """Characters the case-insensitive regex matches to one of `letters` whose `str.lower()` differs."""
    matcher = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.I)
    odd = {
        ch
        for ch in set(matcher.findall(_cased_characters()))
        if any(re.fullmatch(re.escape(c), ch, re.I) and ch.lower() != c for c in letters)
    }
    return re.compile("[" + re.escape("".join(sorted(odd))) + "]") if odd else None


class LineFinder:
    """The lowered lines of one text, ready to tell which lines show a kind's literals."""

    def __init__(self, lines: list[str], letters: frozenset[str]) -> None:
        self.count = len(lines)
        odd = _fold_exceptions(letters)
        lowered = "\n".join(line.lower() for line in lines)
        self.text = None if odd is not None and odd.search("\n".join(lines)) else lowered
        self.starts: list[int] = []
        if self.text is not None:
            offset = 0
            for line in self.text.split("\n"):
                self.starts.append(offset)
                offset += len(line) + 1

    def candidates(self, literals: tuple[str, ...] | None) -> list[int] | range:
        """Indices of the lines (in order) that show one of `literals`; all lines when unknown."""
        if literals is None or self.text is None:
            return range(self.count)
        found: set[int] = set()
        for literal in literals:
            at = self.text.find(literal)
            while at != -1:
                found.add(bisect_right(self.starts, at) - 1)
                at = self.text.find(literal, at + 1)
        return sorted(found)
