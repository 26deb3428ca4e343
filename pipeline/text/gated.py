"""A rule pattern read only on the lines holding the words it cannot match without.

A pattern run over a whole section ("<who> fremmet følgende forslag:" at every line start) costs
its lazy prefix on every line; when no match can cross a line break, only the lines holding one of
its required words (literals.py) can hold a match, and those alone are scanned. Provably the same
matches: `one_line` accepts only patterns that consume no line break, look ahead only within the line (a line
scan ends the text at the line's end, which such a look-ahead reads as it reads the break: nothing it can
consume, a non-word neighbour), know no end of the whole text, and match no empty string.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _constants as sre
from re import _parser

from pipeline.text.literals import Words, fold, words_of

_BREAKS = (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_DIGIT, sre.CATEGORY_NOT_WORD)  # \s, \D, \W hold "\n"


class Gated:
    """`regex.finditer(text)`, the same matches, reading only the lines where one can be."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        tree = _parser.parse(regex.pattern, regex.flags)
        self.need: tuple[Words, ...] = words_of(tree)
        self.words: Words | None = min(self.need, key=len) if self.need and _one_line(tree) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self.need:
            yield from self.regex.finditer(text)
            return
        folded = fold(text)
        if not all(any(word in folded for word in words) for words in self.need):
            return
        if self.words is None:
            yield from self.regex.finditer(text)
            return
        for start, end in _lines_with(folded, self.words):
            yield from self.regex.finditer(text, start, end)


@cache
def gated(regex: re.Pattern[str]) -> Gated:
    """The gated form of a compiled rule pattern, built once."""
    return Gated(regex)


def _lines_with(folded: str, words: Words) -> list[tuple[int, int]]:
    """The lines (start, end without the break) holding one of `words`, in order."""
    starts = set()
    for word in words:
        pos = folded.find(word)
        while pos >= 0:
            starts.add(folded.rfind("\n", 0, pos) + 1)
            pos = folded.find(word, pos + 1)
    lines = []
    for start in sorted(starts):
        end = folded.find("\n", start)
        lines.append((start, len(folded) if end < 0 else end))
    return lines


def one_line(pattern: str, flags: int = 0) -> bool:
    """No match of `pattern` holds a line break or depends on the text past its line; none is empty."""
    return _one_line(_parser.parse(pattern, flags))


def _one_line(tree: _parser.SubPattern) -> bool:
    return tree.getwidth()[0] > 0 and _within_line(tree, tree.state.flags)


def _within_line(items: list, flags: int) -> bool:
    return all(_node_within_line(op, av, flags) for op, av in items)


def _node_within_line(op: object, av: object, flags: int) -> bool:
    if op is sre.LITERAL:
        return av != ord("\n")
    if op is sre.NOT_LITERAL:
        return av == ord("\n")
    if op is sre.ANY:
        return not flags & re.DOTALL
    if op is sre.IN:
        return not _class_holds_break(av)
    if op is sre.AT:  # "$" without MULTILINE and "\Z" know the whole text's end, which a line scan moves
        return av is not sre.AT_END_STRING and (av is not sre.AT_END or bool(flags & re.MULTILINE))
    if op is sre.ASSERT or op is sre.ASSERT_NOT:  # a look-behind reads the real text before the line
        return av[0] < 0 or _within_line(av[1], flags)  # a look-ahead held in the line: "\n" and the cut end alike
    if op is sre.SUBPATTERN:
        _, add, remove, items = av
        return _within_line(items, (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _within_line(av, flags)
    if op is sre.BRANCH:
        return all(_within_line(items, flags) for items in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _within_line(av[2], flags)
    return op is sre.GROUPREF  # a back reference repeats a group, itself within the line


def _class_holds_break(items: list) -> bool:
    negated = holds = False
    for op, av in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            holds |= av == ord("\n")
        elif op is sre.RANGE:
            holds |= av[0] <= ord("\n") <= av[1]
        elif op is sre.CATEGORY:
            holds |= av in _BREAKS
        else:
            return True  # not known: taken to hold one
    return holds != negated
