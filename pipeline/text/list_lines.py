"""Lines that open like items of one list: each is a line of its own, never a wrap run on to the next."""

from __future__ import annotations

import re

_BRACKET_THEN_WORD = re.compile(r"^[^()]{2,60}\(([^()]{1,40})\)\s+([^\W\d_]+)")
# an item number of one to three digits (a year is no item number) before a word: "13 Vandløbsregulativer", "7. Budget"
_ITEM_NUMBER = re.compile(r"^(\d{1,3})[.)]?\s+[^\W\d_]")


def same_opening(prev: str, line: str) -> bool:
    """Both lines open with the same capitalised word followed by more text, or both are a name with a
    bracket and the same next word ("Hans Mose (Løsgænger) stemte imod" / "Anne Jensen (V) stemte for"),
    or they number items in sequence ("13 Vandløb ..." / "14 Status ..."): items of one list, not a wrap."""
    first, rest = prev.split(" ", 1)[0], line.split(" ", 1)
    if len(rest) == 2 and len(first) > 1 and first[0].isupper() and first.isalpha() and rest[0] == first:
        return True
    if _numbered_in_sequence(prev, line):
        return True
    a, b = _BRACKET_THEN_WORD.match(prev), _BRACKET_THEN_WORD.match(line)
    return bool(a and b) and a.group(2).casefold() == b.group(2).casefold() and max(len(prev), len(line)) <= 80


def _numbered_in_sequence(prev: str, line: str) -> bool:
    """A table of contents or an agenda numbers its items one after another ("13  ..." / "14  ..."); a line
    at the wrap width before the next number is a full title, not a sentence running on to a number."""
    a, b = _ITEM_NUMBER.match(prev), _ITEM_NUMBER.match(line)
    return bool(a and b) and int(b.group(1)) == int(a.group(1)) + 1
