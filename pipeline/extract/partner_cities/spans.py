"""Char spans of a document asked about once per mention: explanations, network names, matched places."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

Span = tuple[int, int]


class Cover:
    """Spans asked once per mention whether one holds a stretch or which lie inside one: sorted starts and the
    running maximum of their ends answer by bisection, so a long document's thousands cost no square."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.spans = sorted(spans)
        self._starts = [a for a, _ in self.spans]
        self._reach = list(accumulate((b for _, b in self.spans), max))

    def holds(self, start: int, end: int) -> bool:
        """One span holds [start, end)."""
        last = bisect_right(self._starts, start) - 1
        return last >= 0 and self._reach[last] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """One span shares a char with [start, end)."""
        last = bisect_left(self._starts, end) - 1
        return last >= 0 and self._reach[last] > start

    def within(self, start: int, end: int) -> list[Span]:
        """The spans inside [start, end), in order."""
        first, last = bisect_left(self._starts, start), bisect_right(self._starts, end)
        return [span for span in self.spans[first:last] if span[1] <= end]
