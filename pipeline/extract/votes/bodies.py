"""Whether two body names written in a text name the same body."""

from __future__ import annotations


def same_body(a: str | None, b: str | None) -> bool:
    """The same body, also where one name leads with the place and writes the noun bare ("Hemnes kommunestyre")
    and the other writes the noun alone in its definite form ("Kommunestyret", "Byrådet" / "Aarhus Byråd")."""
    if not (a and b):
        return False
    a, b = a.strip().lower(), b.strip().lower()
    return a == b or _place_and_noun(a, b) or _place_and_noun(b, a)


_DEFINITE_END = 3  # letters a definite ending adds to a body noun ("-t", "-et", "-en")
_BODY_NOUN = 5  # a shorter noun ("råd") names too many bodies to be matched by its ending


def _place_and_noun(named: str, bare: str) -> bool:
    """`named` is a place and a body noun ("hemnes kommunestyre"), `bare` that noun alone with a definite ending."""
    words = named.split()
    if len(words) != 2 or " " in bare or len(words[1]) < _BODY_NOUN:
        return False
    return bare.startswith(words[1]) and 0 < len(bare) - len(words[1]) <= _DEFINITE_END
