"""The literal text a rule regex cannot match without, to skip a pattern on a text that lacks it.

Most cue patterns open with a word boundary (`\\bvenskabs...`), which leaves Python's regex engine no literal
prefix to scan for: it tries a match at every position, about 50 ns a character per pattern, so forty patterns
over a 150,000-character document cost 300 ms. A substring test (`"venskabs" in text`) is some hundred times
faster, and a pattern whose required literal is absent cannot match: skipping it changes no result.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre
from re import _parser as sre_parse

Requirement = tuple[str, ...]  # at least one of these substrings is in every text the pattern matches

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _best(requirements: list[Requirement]) -> Requirement | None:
    """The most selective requirement: the one whose shortest alternative is longest."""
    return max(requirements, key=lambda r: min(map(len, r)), default=None)


def _requirements(items: sre_parse.SubPattern | list) -> list[Requirement]:
    """What a parsed sequence needs: its runs of literal characters, and what its groups, repeats of at least
    one and alternations (one literal per branch) need. Anything else (classes, lookarounds) adds nothing."""
    found: list[Requirement] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(("".join(run),))
            run = []
        if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            found += _requirements(av[3])
        elif op in _REPEATS and av[0] >= 1:
            found += _requirements(av[2])
        elif op is sre.ATOMIC_GROUP:
            found += _requirements(av)
        elif op is sre.BRANCH:
            branches = [_best(_requirements(branch)) for branch in av[1]]
            if all(branches):
                found.append(tuple(dict.fromkeys(text for branch in branches for text in branch)))
    if run:
        found.append(("".join(run),))
    return found


@cache
def requirements(pattern: re.Pattern) -> tuple[Requirement, ...]:
    """Every requirement of `pattern` (none for a case-insensitive one, whose literals match either case)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    return tuple(r for r in _requirements(sre_parse.parse(pattern.pattern, pattern.flags)) if all(r))


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when `pattern` cannot match anywhere in `text`: a required literal is missing."""
    return all(any(literal in text for literal in requirement) for requirement in requirements(pattern))
