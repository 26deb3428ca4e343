"""People named with a party in brackets ('Kari Solberg (Sp)', 'Peter Holm (V)'): a first name that is also a town's
('Kari', 'Anna') is no partner town there, nor where the same words recur without the party ('Nytt medlem i
eldrerådet etter Kari Solberg'). A name of two to four capitalised words right before a short capitalised
bracket makes the person; a town with its country code ('Bad Homburg (DE)') is a known place and stays one."""

from __future__ import annotations

import re
from functools import cache

import pycountry

from pipeline.gazetteers.cities import gazetteer
from pipeline.gazetteers.names import country_code, fold
from pipeline.rules.compiled import regex
from pipeline.text.gated import Gated, gated

_BRACKET = re.compile(r" ?\(([^\W\d_][\w+\-]{0,4})\)")  # '(Sp)', '(KrF)', '(CDA)', '(D66)' after a name
_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:-[^\W\d_]+)*$")
_MIN_WORDS, _MAX_WORDS = 2, 4


def _name_before(text: str, end: int) -> str | None:
    """The run of two to four capitalised words, one space apart, that ends at `end` on its line."""
    words: list[str] = []
    pos = end
    while len(words) < _MAX_WORDS:
        start = text.rfind(" ", 0, pos) + 1
        newline = text.rfind("\n", 0, pos) + 1
        start = max(start, newline)
        word = text[start:pos]
        if not (word[:1].isupper() and _WORD.match(word) and not word.isupper()):
            break
        words.insert(0, word)
        if start == newline or start < 1 or text[start - 1] != " " or start >= 2 and text[start - 2] == " ":
            break
        pos = start - 1
    return " ".join(words) if len(words) >= _MIN_WORDS else None


def _is_place(words: list[str], code: str, known: set[str]) -> bool:
    """The words end in a known town of two or more words ('Bad Homburg'), or hold a one-word town before a
    country code ('Kiruna (SE)', 'Varberg Kommun (SE)')."""
    tails = [" ".join(words[k:]) for k in range(len(words))]
    country = len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None
    return any(fold(tail) in known for tail in tails if " " in tail) or country and any(fold(w) in known for w in words)


def person_spans(text: str) -> list[tuple[int, int]]:
    """Char spans of a person's name written with a party in brackets, and of every later occurrence of its last
    two words (first name and surname) anywhere in the text."""
    found = []
    for match in _BRACKET.finditer(text):
        party = match.group(1)[:1].isupper() and country_code(match.group(1)) is None  # '(Island)' is a country
        name = _name_before(text, match.start()) if party else None
        if name is not None:
            found.append((match.start() - len(name), match.start(), name.split(), match.group(1)))
    words = {fold(" ".join(w[k:])) for _, _, w, _ in found for k in range(len(w))} | {
        fold(word) for _, _, w, _ in found for word in w
    }
    known = set(gazetteer().entries(words))
    spans, names = [], set()
    for start, end, name, code in found:
        if not _is_place(name, code, known):
            spans.append((start, end))
            names.add(" ".join(name[-_MIN_WORDS:]))
    for name in names:
        spans += [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return spans


_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+(?:(?:van|de|der|den|ter|von)[ \t]+)*[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}"


def role_person_spans(text: str, roles: tuple[str, ...]) -> list[tuple[int, int]]:
    """Char spans of a person's name next to a role on a contact or signature line ('rådgiver Kari Eide, tlf.',
    'Pieter Smet, voorzitter'): two or three capitalised words, not a known town's name ('Bad Kreuznach')."""
    if not roles:
        return []
    before, after = _role_patterns(roles)
    found = [m for pattern in (before, after) for m in pattern.finditer(text)]
    known = set(gazetteer().entries({fold(m.group(1)) for m in found}))
    return [m.span(1) for m in found if fold(m.group(1)) not in known]  # 'met Bad Kreuznach, voorzitter ...


@cache
def _role_patterns(roles: tuple[str, ...]) -> tuple[Gated, Gated]:
    """A name after its role and a name before it, each read only on the lines naming a role (gated.py: a scan of
    every position for a role costs more than the rest of the reading)."""
    role = "(?i:" + "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True)) + ")"
    before = gated(regex(rf"(?<![\w-]){role}[ \t]+({_NAME})"))
    return before, gated(regex(rf"({_NAME}),[ \t]+{role}(?![\w-])"))
