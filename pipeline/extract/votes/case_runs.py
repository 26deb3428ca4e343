"""Bare case lines numbered in sequence: a vote listing's case headers printed without prefix, rule or list."""

from __future__ import annotations

import re

_STEP = 3  # case numbers apart at most in one listing of bare case lines (cases without votes left out)
# "[41]  Title", "[Punkt 7] Title", "[PS 12/26] Title": a portal export's item number in brackets before its title
_BRACKETED = re.compile(r"\[(?P<number>(?:[^\W\d_]{1,12}\.?[ \t]+)?\d{1,4}(?:[/.]\d{1,4})?[a-z]?)\][ \t]+(?=\S)")
_PLAIN_RUN = 3  # plain numbers ("61  Title") in sequence before they count: two may be a count and a date


def numbered_in_sequence(bare: list[dict[str, str | None] | None]) -> set[int]:
    """Positions of bare case lines numbered in sequence with another of the same year ("68/25 Title" ... "69/25
    Title"), or plain numbers in a run of at least three ("61  Title" ... "63  Title", a portal export's item
    headers, each over its own field block): a listing's case headers; a lone one may be a date or a share."""
    split = [(k, (f.get("case_number") or "").split("/")) for k, f in enumerate(bare) if f]
    numbered = [(k, *parts) for k, parts in split if len(parts) == 2]
    pairs = zip(numbered, numbered[1:], strict=False)
    steps = [
        (k, k2)
        for (k, n, y), (k2, n2, y2) in pairs
        if y == y2 and n.isdigit() and n2.isdigit() and 0 < int(n2) - int(n) <= _STEP
    ]
    return {k for pair in steps for k in pair} | _plain_runs(split)


def _plain_runs(split: list[tuple[int, list[str]]]) -> set[int]:
    """Positions of plain-numbered lines in a rising run of at least `_PLAIN_RUN`, no other case line between."""
    runs: list[list[int]] = []
    last: int | None = None
    for k, parts in split:
        number = int(parts[0]) if len(parts) == 1 and parts[0].isdigit() else None
        if number is None:
            last = None
            continue
        if last is not None and runs and 0 < number - last <= _STEP:
            runs[-1].append(k)
        else:
            runs.append([k])
        last = number
    return {k for run in runs if len(run) >= _PLAIN_RUN for k in run}


def unbracketed(line: str) -> str:
    """A case line whose item number a portal export prints in brackets, written as a numbered header ("[41]  Title"
    -> "41. Title", "[Punkt 7] Title" -> "Punkt 7 Title"): the brackets set the number off as a full stop or a rule
    does, so the language's header patterns read it. Other lines as they are."""
    if not (m := _BRACKETED.match(line)):
        return line
    number = m.group("number")
    return number + ("." if number.isdigit() else "") + " " + line[m.end() :]
