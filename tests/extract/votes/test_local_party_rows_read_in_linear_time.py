"""A party table's unknown (local) party row counts when a known party's row lies within the list's gap; the line
breaks between two rows are counted from the text's break offsets, once per text, not by reading the text between
every pair of rows (a page of many party rows far apart was quadratic)."""

from __future__ import annotations

import random
import re

from pipeline.extract.votes.members import _breaks_in


def test_breaks_between_two_offsets_are_the_texts_own_count() -> None:
    rng = random.Random(11)
    text = "".join(rng.choice(["\n", "a", " ", "\n\n", "Trots Dorp\t2\ttegen"]) for _ in range(400))
    breaks = [m.start() for m in re.finditer("\n", text)]
    for _ in range(2000):
        start, end = rng.randrange(len(text) + 5), rng.randrange(len(text) + 5)
        assert (_breaks_in(breaks, start, end) <= 3) == (text.count("\n", start, end) <= 3)
        if start <= end:
            assert _breaks_in(breaks, start, end) == text.count("\n", start, end)


def test_a_text_without_breaks_has_none_between_any_two_offsets() -> None:
    assert _breaks_in([], 0, 50) == 0
    assert _breaks_in([3], 5, 2) == 0
