"""Many rule patterns scanned as one alternation: at each position the first pattern in file order wins."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.rules.compiled import compile_rule
from pipeline.text.literals import LiteralGate, Need

UnionMatch = tuple[int, re.Match[str], dict[str, str]]  # pattern index, match, that pattern's groups
COUNT_GROUPS = ("for", "against", "n")  # the groups holding a count of votes


def read_counts(groups: dict[str, str | None], number_words: dict[str, int]) -> dict[str, str]:
    """The groups that matched, a count written as a word ("fem mot fire") given as its digits, so every
    reader of a count parses digits only."""
    return {
        k: str(number_words.get(v.lower(), v)) if k in COUNT_GROUPS else v for k, v in groups.items() if v is not None
    }


class Union:
    """Many patterns read as one alternation: at each position the first pattern (in file order) that
    matches wins and scanning resumes after it, which is the priority rule the rule files are written for.

    Faster than scanning the alternation itself: a pattern whose required words (literals.py) are
    absent from a window is not tried there, and the rest are searched one by one and merged by
    position, then by file order, each with the search optimisations re gives a lone pattern (a
    literal prefix, a first-letter set). The merge equals the alternation's scan because no pattern
    may match the empty string (rejected here): after a match every pattern resumes at its end,
    as the alternation does.
    """

    def __init__(self, patterns: list[str], number_words: dict[str, int] | None = None) -> None:
        rules = [compile_rule(pattern, re.MULTILINE) for pattern in patterns]
        for pattern, each in zip(patterns, rules, strict=True):
            if each.empty:
                raise ValueError(f"a vote rule pattern must not match the empty string: {pattern[:80]}")
        self.patterns = tuple(each.regex for each in rules)
        # the required words read from the trees the patterns were compiled from: parsing a rule again costs more
        self.gate = LiteralGate(self.patterns, needs=[each.need for each in rules])
        self.needs: tuple[Need, ...] = self.gate.needs
        self.number_words = number_words or {}

    def search(self, text: str) -> bool:
        """Whether any pattern matches anywhere in `text`."""
        return any(self.patterns[i].search(text) for i in self.candidates(text))

    def finditer(self, text: str, windows: list[tuple[int, int]] | None = None) -> Iterator[UnionMatch]:
        """(pattern index, match, the pattern's own named groups that matched) per match, within `windows`."""
        for start, end in windows if windows is not None else [(0, len(text))]:
            yield from self._scan(text, start, end)

    def candidates(self, window: str) -> tuple[int, ...]:
        """Indices of the patterns whose required words all occur in `window`, in file order."""
        return self.gate.candidates(window)

    def _scan(self, text: str, start: int, end: int) -> Iterator[UnionMatch]:
        found = {i: self.patterns[i].search(text, start, end) for i in self.candidates(text[start:end])}
        pending = {i: m for i, m in found.items() if m is not None}  # each pattern's first match from `pos`
        while pending:
            index = min(pending, key=lambda i: (pending[i].start(), i))
            m = pending[index]
            yield index, m, read_counts(m.groupdict(), self.number_words)
            for i, other in list(pending.items()):
                if other.start() < m.end():
                    again = self.patterns[i].search(text, m.end(), end)
                    if again is None:
                        del pending[i]
                    else:
                        pending[i] = again
