"""Proposals named by a label on a vote page: "F1  Kari Dahl (V): «...»" listed once, then voted on by its
label alone ("VOTERING 1 – F1 (Kari Dahl, V)", "Røysting 2: Framlegg 3").

A vote page lists the proposals put forward with a short label each (letters and a number, or a kind word
and a number: models/votes/<lang>.json `decision_tables.label_kinds`) and the proposal's words quoted on the
same line, its mover before them. A vote line that names a label only (a bracket with the mover may follow)
is about that proposal as written in the list; a label no line above defines with quoted words (a proposal
announced and withdrawn) resolves to nothing and the vote line stays as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.rules import literals

_WORD_LINES = 3  # a listed proposal's words wrap over a few lines at most
_CODE = r"[A-ZÆØÅ]{1,2}\d{1,2}[a-z]?"  # "F1", "A2", "TF3"
_QUOTED = re.compile(r"[«\"“](?P<words>[^\n«»\"“”]{3,400})[»\"”]")
_MOVER = re.compile(
    r"^[ \t:–-]*(?P<name>[A-ZÆØÅ][\w.'’-]+(?:[ \t]+[A-ZÆØÅ][\w.'’-]+){1,3})[ \t]*\((?P<party>[^()\n]{1,20})\)"
)


# after the label, the proposal's kind and its mover in brackets ("Utsetjingsframlegg (Tusvik)", "(Kari Dahl, V)")
_KIND_AND_MOVER = re.compile(r"(?:[^\W\d_][\w-]*[ \t]*){0,3}(?:\([^()\n]{1,80}\))?")


@dataclass(frozen=True)
class Defined:
    """A labelled proposal's words as listed, and its mover and party where the list names them."""

    words: str
    name: str | None
    party: str | None


@cache
def _label(kinds: tuple[str, ...]) -> re.Pattern[str]:
    kind = literals(kinds) if kinds else r"(?!)"
    return re.compile(rf"(?P<label>{_CODE}|(?i:{kind})[ \t]+(?:(?i:nr)\.?[ \t]*)?\d{{1,2}})(?![\w-])")


def _key(label: str) -> str:
    return re.sub(r"[\s.]+|nr", "", label.lower())


def defined_proposal(opening: str, raw: str, before: int, lex: Lexicon) -> Defined | None:
    """The proposal a vote line's value names by its label only ("F1 (Kari Dahl, V)", "Forslag 3"), as the
    lines above `before` in `raw` define it with quoted words; None for any other value."""
    pattern = _label(tuple(lex.tables.get("label_kinds", ())))
    named = pattern.match(opening.strip())
    rest = opening.strip()[named.end() :].strip() if named else ""
    if named is None or (rest and not _KIND_AND_MOVER.fullmatch(rest)):
        return None
    key = _key(named.group("label"))
    lines = raw[:before].split("\n")
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        head = pattern.match(line.strip(" \t*-•"))
        if head is None or _key(head.group("label")) != key:
            continue
        after = line.strip(" \t*-•")[head.end() :]
        quoted = _QUOTED.search(after)
        words = quoted.group("words") if quoted else _words_below(lines, index, pattern)
        if not words:
            return None  # "F4 ... varslet et forslag, men trakk det": listed, never put to the vote
        mover = _MOVER.match(after[: quoted.start()] if quoted else after)
        return Defined(words.strip(), *(mover.group("name", "party") if mover else (None, None)))
    return None


def _words_below(lines: list[str], index: int, label: re.Pattern[str]) -> str | None:
    """The proposal's words on the lines right under its label line ("F1  Kari Dahl (V) – framlegg" / "Saka vert
    utsett."), when the label line quotes none: up to the sentence's end, the next label, a blank line or a heading
    (a line without lower case)."""
    words: list[str] = []
    for line in lines[index + 1 : index + 1 + _WORD_LINES]:
        text = line.strip(" \t*-•")
        if not text or label.match(text) or not any(ch.islower() for ch in text):
            break
        words.append(text)
        if text.endswith((".", "!", "»")):
            break
    return " ".join(words) or None
