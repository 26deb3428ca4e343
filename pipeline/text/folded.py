"""A case-insensitive rule pattern read as a case-sensitive one on the folded text (literals.fold).

sre tries each alternative of an IGNORECASE alternation at every position, where a case-sensitive one skips an
alternative on its first letter: matching `fold(text)` with the pattern's literals lowered answers the same and
costs a half to a quarter (metadata's doc-type cues). `folded_twin` builds that pattern from the parse tree, and
only where it provably answers the same: a literal whose case class `fold` does not reach (the micro sign's Greek
mu, a pattern's own "ı" or "ſ"), a back reference or a local case flag leave the pattern as it is. The twin's
spans are the original's (`fold` keeps the length); its groups hold folded text, so callers read spans only.
"""

from __future__ import annotations

import re
from functools import cache
from re import _casefix, _parser
from re import _constants as sre

from pipeline.rules.compiled import from_tree

_FOLDED_EXTRAS = {ord("i"): {ord("ı")}, ord("s"): {ord("ſ")}}  # what fold reads as "i" and "s" besides case
_MAX_RANGE = 1024  # a class range is spelt out letter by letter, lowered; a larger one is left alone


class _Unsure(Exception):
    """The pattern holds a part whose folded reading may differ."""


@cache
def folded_twin(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive pattern matching `fold(text)` exactly where IGNORECASE `regex` matches `text`, or None."""
    if not regex.flags & re.IGNORECASE:
        return None
    tree = _parser.parse(regex.pattern, regex.flags)
    try:
        _lower_items(tree.data)
    except _Unsure:
        return None
    tree.state.flags &= ~re.IGNORECASE
    return from_tree(regex.pattern, regex.flags & ~re.IGNORECASE, tree)


def match(regex: re.Pattern[str], text: str, folded: str) -> re.Match[str] | None:
    """`regex.match(text)`, read on `folded` (literals.fold(text)) when the pattern has a twin: use its span only."""
    twin = folded_twin(regex)
    return twin.match(folded) if twin is not None else regex.match(text)


def _lower(code: int) -> int:
    low = ord(chr(code).lower()) if code != 0x130 else ord("i")
    if set(_casefix._EXTRA_CASES.get(low, ())) - _FOLDED_EXTRAS.get(low, set()):
        raise _Unsure
    return low


def _lower_items(items: list) -> None:
    for index, (op, av) in enumerate(items):
        items[index] = (op, _lower_node(op, av))


def _lower_node(op: object, av: object) -> object:
    if op is sre.LITERAL or op is sre.NOT_LITERAL:
        return _lower(av)
    if op is sre.IN:
        return _lower_class(av)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        _lower_items(av[1].data if isinstance(av[1], _parser.SubPattern) else av[1])
        return av
    if op is sre.SUBPATTERN:
        if (av[1] | av[2]) & re.IGNORECASE:
            raise _Unsure  # a local case flag: the twin would read it case-sensitively
        _lower_items(av[3].data)
        return av
    if op is sre.ATOMIC_GROUP:
        _lower_items(av.data)
        return av
    if op is sre.BRANCH:
        for branch in av[1]:
            _lower_items(branch.data)
        return av
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        _lower_items(av[2].data)
        return av
    if op in (sre.AT, sre.ANY):
        return av
    raise _Unsure  # a back reference compares case-insensitively; anything else is not known here


def _lower_class(items: list) -> list:
    lowered: list = []
    for op, av in items:
        if op is sre.LITERAL:
            lowered.append((op, _lower(av)))
        elif op is sre.RANGE:
            if av[1] - av[0] > _MAX_RANGE:
                raise _Unsure
            lowered += [(sre.LITERAL, _lower(code)) for code in range(av[0], av[1] + 1)]
        elif op is sre.NEGATE or op is sre.CATEGORY:
            lowered.append((op, av))  # \w, \s, \d: a letter and its lower case are of one category
        else:
            raise _Unsure
    return lowered
