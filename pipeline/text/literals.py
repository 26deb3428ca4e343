"""The words a regex cannot match without, read from its parse tree: a cheap test that rules it out.

A vote rule that needs "fik" or "opnåede" cannot match in a stretch of text holding neither, so
`Union` leaves it out there instead of trying its lazy subject prefix at every capital letter; an
action's status rules are tried on a line only when it holds their words (`LiteralGate`).
The words are derived from the compiled pattern itself, so no rule file declares them and they
cannot drift from the rule. Both words and text are compared folded (`fold`): lower case, with
the characters `re.IGNORECASE` treats as one letter mapped to one, so a word is found in the
folded text wherever the pattern could match, case-sensitive or not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from re import _constants as sre  # the parse tree's opcodes; stable across 3.11+
from re import _parser

Words = frozenset[str]
Need = tuple[Words, ...]  # every set must have one of its words in the text (an AND of ORs)

# Characters a literal word may hold, in either case: the test suite checks over every Unicode character
# that any character `re.IGNORECASE` matches to one of them folds as that one does, so a word needs no
# case of its own (a literal inside "(?i:...)" or not is read alike).
_LOWER = "abcdefghijklmnopqrstuvwxyz0123456789æøåäöüéèêëáàâíìîïóòôúùûç -'’,.:;/()%&"
LETTERS = frozenset(_LOWER + _LOWER.upper())
_MAX_WORDS = 64  # more alternatives than this (a list of body names) is no cheap test
_MIN_LENGTH = 3  # a shorter word is in almost every window: no test at all
_CHARS_PER_WORD = 4  # below this text length per required word, the three-letter index is the cheaper read
MEMO = 65536  # lines whose open patterns a gate keeps: a document repeats its running headers, readers re-ask


@lru_cache(maxsize=16)  # the same section is folded for each rule read over it
def fold(text: str) -> str:
    """`text` in lower case, "ı" and "ſ" read as "i" and "s" as `re.IGNORECASE` does; same length as `text`.

    "İ" is replaced before lowering: its lower case is two characters, re reads it as "i".
    """
    return text.replace("\u0130", "i").lower().replace("ı", "i").replace("ſ", "s")


def required_words(pattern: str, flags: int = 0) -> Need:
    """Sets of folded words, one of each set present in any text `pattern` matches in."""
    return words_of(_parser.parse(pattern, flags))


_NEEDS: dict[tuple[str, int], Need] = {}  # by pattern text and flags: equal patterns compiled apart share it


def need_of(pattern: re.Pattern[str]) -> Need:
    """`required_words` of a compiled pattern, read once per pattern."""
    key = (pattern.pattern, pattern.flags)
    need = _NEEDS.get(key)
    if need is None:
        need = _NEEDS[key] = words_of(_parser.parse(pattern.pattern, pattern.flags))
    return need


def remember_need(pattern: re.Pattern[str], need: Need) -> None:
    """Keep `need` as `pattern`'s, read by a caller from the parse tree it compiled `pattern` from."""
    _NEEDS[(pattern.pattern, pattern.flags)] = need


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when `pattern` cannot match anywhere in `text`: a word it cannot match without is missing.
    For a single pattern over one text; `LiteralGate` sorts out many patterns over many lines."""
    folded = fold(text)
    return all(any(word in folded for word in words) for words in need_of(pattern))


def words_of(tree: _parser.SubPattern) -> Need:
    """`required_words` of a pattern already parsed."""
    _, need = _sequence(tree)
    return tuple(dict.fromkeys(_shortest(words) for words in need if _useful(words)))


def _shortest(words: Words) -> Words:
    """The words that hold no other word of the set: finding "vedtaget" finds "vedtaget." too."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _useful(words: Words) -> bool:
    return 0 < len(words) <= _MAX_WORDS and min(map(len, words)) >= _MIN_LENGTH


def _best(need: Need) -> Words | None:
    useful = [words for words in need if _useful(words)]
    return max(useful, key=lambda words: (min(map(len, words)), -len(words)), default=None)


# each node gives (exact, need): every string it can match when few and known, else None; and its Need
def _sequence(items: list) -> tuple[Words | None, Need]:
    need: list[Words] = []
    run: Words | None = frozenset({""})  # the strings the current run of exact nodes spells
    whole: Words | None = run
    for op, av in items:
        exact, inner = _node(op, av)
        need.extend(inner)
        joined = _join(run, exact) if run is not None and exact is not None else None
        whole = _join(whole, exact) if whole is not None and exact is not None else None
        if joined is None and run is not None and "" not in run:
            need.append(run)
        run = joined if joined is not None else exact
    if run is not None and "" not in run:
        need.append(run)
    return whole, tuple(need)


def _join(left: Words, right: Words) -> Words | None:
    if len(left) * len(right) > _MAX_WORDS:
        return None
    return frozenset(a + b for a in left for b in right)


def _node(op: object, av: object) -> tuple[Words | None, Need]:
    if op is sre.LITERAL:
        char = chr(av)
        return (frozenset({fold(char)}), ()) if char in LETTERS else (None, ())
    if op is sre.IN:
        return _one_letter(av), ()
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""}), ()  # zero width: it consumes nothing
    if op is sre.SUBPATTERN:
        return _sequence(av[3])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:
        return _branch(av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, items = av
        exact, need = _sequence(items)
        if low == 0:
            return (exact | {""} if exact is not None and high == 1 else None), ()
        own = (exact,) if exact is not None and "" not in exact else ()
        return (exact if low == high == 1 else None), need + own
    return None, ()  # any character, a category, a back reference: nothing known


def _one_letter(items: list) -> Words | None:
    """A class of one letter in its cases ("[Vv]"): that letter; any other class is unknown."""
    chars = {chr(av) for op, av in items if op is sre.LITERAL}
    if len(chars) != len(items) or not chars <= LETTERS:
        return None
    folded = {fold(c) for c in chars}
    return frozenset(folded) if len(folded) == 1 else None


def _branch(alternatives: list) -> tuple[Words | None, Need]:
    exacts, bests = [], []
    for items in alternatives:
        exact, need = _sequence(items)
        exacts.append(exact)
        bests.append(_best(need + ((exact,) if exact is not None else ())))
    exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None
    if exact is not None and len(exact) > _MAX_WORDS:
        exact = None
    if any(b is None for b in bests):
        return exact, ()
    return exact, (frozenset().union(*bests),)


class LiteralGate:
    """Which of an ordered list of patterns can match a text: those whose required words it holds.

    A short text is compared only with the words that open with one of its own three-letter runs (a few
    instead of hundreds); a text longer than a few characters per word is searched for each word, which
    then costs less than cutting the text into runs.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]], needs: Iterable[Need] | None = None) -> None:
        """`needs`: the patterns' `need_of`, when the caller has their parse trees at hand already."""
        self.needs = tuple(needs) if needs is not None else tuple(need_of(p) for p in patterns)
        self._words = frozenset(word for need in self.needs for words in need for word in words)  # _MIN_LENGTH+
        self._by_start: dict[str, list[str]] = {}
        for word in self._words:
            self._by_start.setdefault(word[:_MIN_LENGTH], []).append(word)
        self._starts = frozenset(self._by_start)
        self._indexed_below = _CHARS_PER_WORD * len(self._words)
        # each distinct word set once, and per pattern the sets it needs: patterns share sets ("stemmer", the
        # options), so a text's sets are tested once and a pattern's need is one subset test
        self._sets = tuple(dict.fromkeys(words for need in self.needs for words in need))
        number = {words: i for i, words in enumerate(self._sets)}
        self._need_sets = tuple(frozenset(number[words] for words in need) for need in self.needs)
        # indexed both ways, so a text's met sets and open patterns come from its present words alone: most lines hold
        # none or a few of hundreds of words, and testing every set and every pattern per line cost more than the rest
        sets_of: dict[str, list[int]] = {}
        for i, words in enumerate(self._sets):
            for word in words:
                sets_of.setdefault(word, []).append(i)
        self._sets_of = {word: tuple(found) for word, found in sets_of.items()}
        needing: dict[int, list[int]] = {}
        for i, sets in enumerate(self._need_sets):
            for k in sets:
                needing.setdefault(k, []).append(i)
        self._needing = {k: tuple(found) for k, found in needing.items()}
        self._always = tuple(i for i, sets in enumerate(self._need_sets) if not sets)
        self.open = lru_cache(maxsize=MEMO)(self.candidates)  # for lines, asked again and again

    def present(self, text: str) -> set[str]:
        """The required words that occur in `text`."""
        folded = fold(text)
        if len(folded) >= self._indexed_below:
            return {word for word in self._words if word in folded}
        # the text's runs of _MIN_LENGTH chars, cut by zip and join in C (a slice per position from Python cost twice);
        # zip stops at the shortest tail, so only full runs are cut, the only ones a word's start can be
        shifted = (folded[k:] for k in range(_MIN_LENGTH))
        runs = self._starts.intersection(map("".join, zip(*shifted, strict=False)))
        return {word for run in runs for word in self._by_start[run] if word in folded}

    def candidates(self, text: str) -> tuple[int, ...]:
        """Indices of the patterns whose required words all occur in `text`, in order."""
        present = self.present(text)
        if not present:
            return self._always
        met = {k for word in present for k in self._sets_of[word]}
        need = self._need_sets
        found = {i for k in met for i in self._needing[k] if need[i] <= met}
        return tuple(sorted(found.union(self._always)))


def after_literal(literal: str, tail: re.Pattern[str], text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """The matches of `re.escape(literal) + tail.pattern` in `text`, as `re.finditer` gives them, without compiling a
    pattern per literal (a subject or label met once): (where the literal starts, the tail's match right after it).
    A literal matches only itself, so each place it stands is found by a plain string search and the tail tried where
    it ends; the tail sees the same text on both sides (look-behinds, '^'). `literal` must not be empty; `tail` must be
    compiled without flags and read alone as it reads joined (no leading quantifier, no top-level '|')."""
    if not literal:
        raise ValueError("after_literal needs a literal to search for")
    pos = text.find(literal)
    while pos >= 0:
        m = tail.match(text, pos + len(literal))
        if m:
            yield pos, m
        pos = text.find(literal, m.end() if m else pos + 1)
