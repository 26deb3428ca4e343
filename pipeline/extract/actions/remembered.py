"""Pattern answers remembered by text, for the rules every reader of a document asks about the same lines."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.text.literals import LiteralGate

MEMO = 4096  # texts remembered per pattern: a document's distinct lines; older documents' answers drop out


class Remembered:
    """A pattern whose answers are remembered by text: every reader asks again of the same lines (over the 40 bench
    PDFs `status_start` answered 56,800 matches on 9,500 texts distinct within their document, each trying ~200
    alternatives). A pure function of its text, so an answer given once is the answer; other attributes read the
    pattern itself."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.regex = compiled
        self.match = lru_cache(maxsize=MEMO)(compiled.match)
        self.fullmatch = lru_cache(maxsize=MEMO)(compiled.fullmatch)
        self.search = lru_cache(maxsize=MEMO)(compiled.search)

    def __getattr__(self, name: str) -> object:
        if name == "regex":  # not set yet (a copy being built): no pattern to read
            raise AttributeError(name)
        return getattr(self.regex, name)


def any_search(patterns: tuple[re.Pattern[str], ...], gate: LiteralGate) -> Callable[[str], bool]:
    """Whether any of `patterns` is found in a text, among those `gate` leaves open, remembered by text."""

    def found(text: str) -> bool:
        return any(patterns[i].search(text) for i in gate.open(text))

    return lru_cache(maxsize=MEMO)(found)
