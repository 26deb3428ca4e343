"""Rule patterns compiled once per process, and what the gates read from a pattern, from the same one parse.

Every language's rules are expanded from shared fragments (bodies, parties, number words) and common.json
entries, so the same pattern text turns up in several tables and languages; Python's own `re` cache keeps
only 512 patterns, far fewer than the ~4,700 distinct ones a full warm-up builds, so it cannot be relied on
to dedupe them. Parsing is most of the cost of compiling a pattern, and the literal gates (literals.py) and
the vote union read the same parse tree: `compile_rule` parses once and compiles from that tree.
"""

from __future__ import annotations

import _sre
import re
from re import _compiler, _parser
from typing import NamedTuple

from pipeline.text.literals import Need, remember_need, words_of

_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}
_RULES: dict[tuple[str, int], CompiledRule] = {}


class CompiledRule(NamedTuple):
    """A compiled pattern with what its parse tree says about it."""

    regex: re.Pattern[str]
    need: Need  # literals.required_words
    empty: bool  # whether it can match the empty string


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled once per process for all its callers."""
    key = (pattern, int(flags))
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = re.compile(pattern, flags)
    return found


def compile_rule(pattern: str, flags: int = 0) -> CompiledRule:
    """`pattern` compiled and its required words, from one parse, once per process."""
    key = (pattern, int(flags))
    found = _RULES.get(key)
    if found is None:
        tree = _parser.parse(pattern, key[1])
        need = words_of(tree)  # read before compiling: the tree is then handed on to the compiler
        try:
            compiled = _COMPILED.get(key) or _from_tree(pattern, key[1], tree)
        except (AttributeError, TypeError):  # another CPython's private compiler API: compile the plain way
            compiled = re.compile(pattern, key[1])
        _COMPILED[key] = compiled
        remember_need(compiled, need)
        found = _RULES[key] = CompiledRule(compiled, need, tree.getwidth()[0] == 0)
    return found


def _from_tree(pattern: str, flags: int, tree: _parser.SubPattern) -> re.Pattern[str]:
    """What `re.compile(pattern, flags)` returns, from its parse tree: re._compiler.compile (CPython 3.11+)
    without its own parse. Equal to re.compile's pattern, code included (the test suite compares them)."""
    code = _compiler._code(tree, flags)
    names = tree.state.groupdict
    index_names: list[str | None] = [None] * tree.state.groups
    for name, index in names.items():
        index_names[index] = name
    return _sre.compile(pattern, flags | tree.state.flags, code, tree.state.groups - 1, names, tuple(index_names))
