"""End-anchored patterns searched over a text's last characters only."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]  # the width of a pattern, as re itself computes it


class TailPattern:
    """A pattern anchored at the text's end ("...(?:i|på|van)$") whose match is at most `width` characters long:
    searched from its last `width + 1` characters, not from every position of a long line. The answer is the same:
    `\\b` and lookbehinds still see the characters before `pos`, and `$` may stand before a final newline."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.regex = re.compile(source, flags)
        _, high = _parser.parse(source, flags).getwidth()
        self.width = high if high < _parser.MAXREPEAT else None

    def search(self, text: str) -> re.Match[str] | None:
        if self.width is None:
            return self.regex.search(text)
        return self.regex.search(text, max(0, len(text) - self.width - 1))
