"""Bare case lines numbered in sequence: a vote listing's case headers printed without prefix, rule or list."""

from __future__ import annotations

_STEP = 3  # case numbers apart at most in one listing of bare case lines (cases without votes left out)


def numbered_in_sequence(bare: list[dict[str, str | None] | None]) -> set[int]:
    """Positions of bare case lines numbered in sequence with another of the same year ("68/25 Title" ... "69/25
    Title"): a vote listing's case headers; a lone one may be a date or a share."""
    split = [(k, (f.get("case_number") or "").split("/")) for k, f in enumerate(bare) if f]
    numbered = [(k, *parts) for k, parts in split if len(parts) == 2]
    pairs = zip(numbered, numbered[1:], strict=False)
    steps = [
        (k, k2)
        for (k, n, y), (k2, n2, y2) in pairs
        if y == y2 and n.isdigit() and n2.isdigit() and 0 < int(n2) - int(n) <= _STEP
    ]
    return {k for pair in steps for k in pair}
