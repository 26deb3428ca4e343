"""Required literals of a regular expression, for a cheap pre-check before trying many patterns.

A line is tried against dozens of rules in order, and most lines match none: a regex search costs
microseconds each, a substring test tens of nanoseconds. Each pattern is read by the standard
library's own parser (so every construct means what it means to `re`) into a set of literals of
which every match must contain one; a pattern whose shape gives no such set is always tried. Text
and literals are both folded to lower case, which can only widen what passes, so the pre-check
never drops a pattern that would match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from re import _constants as sre  # the standard library's regex parser (3.11+), the one `re` compiles from
from re import _parser

Need = frozenset[str] | None  # one of these literals is in every match; None: no literal is known
# Characters whose lower case `re` may also match by another character ("ı" ~ "i", "ſ" ~ "s"), and
# "İ", whose full lower case is two characters: folded to the letter a literal holds.
_EQUIVALENTS = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})
_SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 !\"#%&',-./:;<=>@_`~æøåäöüéèêëàáâïíìîóòôúùûçñß")
MEMO = 4096  # texts whose answer is kept, per gate
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """The text as the literals are compared with it."""
    return text.translate(_EQUIVALENTS).lower()


def required(pattern: str | re.Pattern[str]) -> Need:
    """The literals (folded) one of which every match of `pattern` contains; None when none is known."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    return _sequence(list(_parser.parse(source, flags)))


def _sequence(items: Sequence[tuple]) -> Need:
    """A sequence needs the most selective of its parts' needs: a run of literals, or a group's."""
    needs: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        char = chr(av).lower() if op is sre.LITERAL else ""
        if len(char) == 1 and char in _SAFE:
            run.append(char)
            continue
        if run:
            needs.append(frozenset(["".join(run)]))
            run = []
        need = _item(op, av)
        if need:
            needs.append(need)
    if run:
        needs.append(frozenset(["".join(run)]))
    return max(needs, key=lambda need: (min(map(len, need)), -len(need)), default=None)


def _item(op: object, av: object) -> Need:
    """The need of one parsed item that is not a plain literal."""
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in _REPEATS:
        low, _, body = av
        return _sequence(body) if low >= 1 else None
    if op is sre.BRANCH:
        needs = [_sequence(branch) for branch in av[1]]
        return None if any(need is None for need in needs) else frozenset().union(*needs)
    return None  # a class, an anchor, a look-around or a back-reference: nothing certain


class LiteralGate:
    """Which of an ordered list of patterns may match a text, by their required literals. Answers are
    kept per text: a document repeats its running headers, and readers ask about the same line again."""

    def __init__(self, patterns: Iterable[str | re.Pattern[str]]) -> None:
        needs = [required(p) for p in patterns]
        self._always = frozenset(i for i, need in enumerate(needs) if need is None)
        self._by_literal: dict[str, list[int]] = {}
        for i, need in enumerate(needs):
            for literal in need or ():
                self._by_literal.setdefault(literal, []).append(i)
        self._literals = tuple(self._by_literal)
        self.open = lru_cache(maxsize=MEMO)(self._open)

    def _open(self, text: str) -> tuple[int, ...]:
        """The indexes of the patterns that may match `text`, in order."""
        folded = fold(text)
        found = set(self._always)
        for literal in self._literals:
            if literal in folded:
                found.update(self._by_literal[literal])
        return tuple(sorted(found))
