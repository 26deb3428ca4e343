"""Cue searches over a unit's lowered text: yes/no gates that scan a unit once per pattern set, and their answers
remembered, so a unit asked about again for each town in it is not scanned again."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TypeVar

from pipeline.rules import any_of
from pipeline.rules.compiled import regex
from pipeline.text.literals import LiteralGate

Patterns = tuple[re.Pattern, ...]
T = TypeVar("T")

LONG_TEXT = 2000  # chars: a unit this long is searched once per kind of cue, then remembered
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_BACK_REFERENCE = re.compile(r"\(\?P=|\\[1-9]")
OWN: set[int] = set()  # ids of the cached lexicons' own pattern sets: they live as long as the process


def _by_identity(build: Callable[..., T]) -> Callable[..., T]:
    """`build(patterns, *args)` cached by value, and a lexicon's own sets also by identity: hashing a tuple of
    compiled patterns hashes each pattern's whole program (~10 µs for a set of 40), once per unit and cue kind."""
    by_value = cache(build)
    by_id: dict[tuple, T] = {}

    def get(patterns: Patterns, *args: object) -> T:
        key = (id(patterns), *args)
        if key in by_id:
            return by_id[key]
        value = by_value(patterns, *args)
        if id(patterns) in OWN:
            by_id[key] = value
        return value

    return get


@_by_identity
def _gate(patterns: Patterns) -> re.Pattern | None:
    """`patterns` as one alternation for a yes/no search: one scan of a long unit instead of one per pattern (about
    40x faster on the relation cues), and most units hold no cue at all. Group names are dropped (two patterns may
    name a group alike); None when they cannot share one regex (a back-reference, an inline global flag)."""
    sources = [p.pattern for p in patterns]
    if any(_BACK_REFERENCE.search(s) for s in sources):
        return None
    try:
        return regex(any_of(_NAMED_GROUP.sub("(?:", s) for s in sources))
    except re.error:
        return None


@_by_identity
def opening_gate(patterns: Patterns, reach: int) -> re.Pattern | None:
    """`_gate` for a match starting within the first `reach` chars of a text: the scan stops there."""
    gate = _gate(patterns)
    return regex(rf"(?s:.{{0,{reach}}}?)(?:{gate.pattern})") if gate else None


@_by_identity
def literal_gate(patterns: Patterns) -> LiteralGate:
    return LiteralGate(patterns)


def open_patterns(patterns: Patterns, lowered: str) -> Patterns:
    """The patterns, in order, whose required words all occur in `lowered` (`may_match` of each): the words are
    looked up once for the set, not once per pattern, and most patterns of a set need words a unit lacks."""
    return tuple(patterns[i] for i in literal_gate(patterns).candidates(lowered))


def _search(patterns: Patterns, lowered: str) -> bool:
    gate = _gate(patterns)
    return gate.search(lowered) is not None if gate else any(p.search(lowered) for p in patterns)


@lru_cache(maxsize=64)
def _search_long(patterns: Patterns, lowered: str) -> bool:
    """`_search` remembered for long texts: the same unit is asked about again for each town in it."""
    return _search(patterns, lowered)


class _Answers:
    """`_search` remembered for a lexicon's own pattern sets, by the set's identity (no pattern hashed): a unit is
    asked about again for each town and cue in it (47,000 searches over 20 bench PDFs, 2,100 of them distinct).
    Emptied once the texts it keeps pass `chars`, so a process reading many documents stays small."""

    def __init__(self, chars: int) -> None:
        self.chars, self.held, self.answers = chars, 0, dict[tuple[int, str], bool]()

    def search(self, patterns: Patterns, lowered: str) -> bool:
        key = (id(patterns), lowered)
        found = self.answers.get(key)
        if found is None:
            if self.held > self.chars:
                self.answers.clear()
                self.held = 0
            found = self.answers[key] = _search(patterns, lowered)
            self.held += len(lowered)
        return found


_ANSWERS = _Answers(chars=1 << 22)


def found(patterns: Patterns, lowered: str) -> bool:
    """Does any of `patterns` match somewhere in `lowered`?"""
    if id(patterns) in OWN:
        return _ANSWERS.search(patterns, lowered)
    return (_search_long if len(lowered) >= LONG_TEXT else _search)(patterns, lowered)
