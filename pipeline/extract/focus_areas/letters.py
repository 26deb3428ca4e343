"""Themes lettered A, B, C ... (or numbered I, II, III), one a line with or without text between them:
"A  Gode oppvekstvilkår" <text> "B  Et inkluderende arbeidsliv" <bullets> ..., in any letter shape
("A. ", "A) ", "a) ", "(A) ", "A: ", "A – ", "A " before a capital). A plan letters its themes where others
number them; the letter only gives the place, the label is the text after it.

Every item has the shape of the first (case, brackets, separator), so a theme's own lettered actions in
another shape ("a) Bygge ny skole" under "A. Oppvekst") are part of its text, and a letter out of order
in the same shape ("A" again: an appendix list) ends the run, as does a heading naming a part of the
document ("Oppfølging", "Vedlegg"). Lettered inline in one sentence ("tre satsingsområder: a) oppvekst,
b) arbeid og næring og c) by og klima"), the letters part the items, so a conjunction inside an item
stays in it."""

from __future__ import annotations

import re

from pipeline.extract.focus_areas.parts import is_part
from pipeline.extract.focus_areas.rules import Cues
from pipeline.rules import whole_words
from pipeline.text import structure as lists
from pipeline.text.structure import Item, Line, Span

# "(A) ", "A. ", "a) ", "A: ", "A – ", "II. ", and a bare capital before a capital ("A Levande lokalsamfunn").
_MARK = re.compile(
    r"^(?P<open>\()?(?P<mark>[A-Ja-j]|[IVX]{1,4})"
    r"(?:(?(open)\)|(?P<sep>[.):]|\s[–—-]))\s+(?=\S)|(?(open)(?!)|\s+(?=(?-i:[A-ZÆØÅÄÖÜ]))))"
)
# "a) ", "(a) ", "a. ", "A) ", "1) " inside a sentence, after a space, a colon or the start.
_INLINE_MARK = re.compile(
    r"(?:^|(?<=[\s:;,]))(?P<open>\()?(?P<mark>[a-jA-J]|\d{1,2})(?(open)\)|(?P<sep>[).]))\s+(?=\w)"
)
# The first inline mark right after a cue, only punctuation before it ("tre indsatsområder, a) ...").
FIRST_INLINE_MARK = re.compile(r"[\s,–—-]*(?=\(?[aA1][.)]\s)")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def lettered_items(lines: list[Line], start: int, limit: int, rules: Cues) -> list[Item]:
    """Items lettered from A (or I) on the line after `start`, each next letter in the same shape, with
    any lines between them (a theme's text, lead-ins, bullets); at most `limit`, at least two."""
    if start + 1 >= len(lines):
        return []
    first = _MARK.match(lines[start + 1].text)
    if first is None or first.group("mark").upper() not in ("A", "I"):
        return []
    roman = first.group("mark").upper() == "I"
    if roman and not (first.group("open") or first.group("sep")):
        return []  # "I Testkommune skal ...": a sentence opening with "I" (in), no numeral
    items = [_item(lines[start + 1], first, roman)]
    for line in lines[start + 2 :]:
        if len(items) >= limit:
            break
        found = _MARK.match(line.text)
        if found and _shape(found) == _shape(first):
            if _position(found.group("mark"), roman) != len(items) + 1:
                break  # "A" again, or a letter skipped: another list
            items.append(_item(line, found, roman))
        elif lists.is_heading(line.text) and is_part(line.text, rules):
            break
    return items if len(items) >= 2 else []


def _shape(found: re.Match) -> tuple[bool, bool, str]:
    """What makes two marks the same list's: brackets, case and separator ("A.", "a)", "(A)", "A –")."""
    return bool(found.group("open")), found.group("mark").isupper(), (found.group("sep") or " ").strip()


def _position(mark: str, roman: bool) -> int:
    mark = mark.upper()
    if roman:
        return _ROMAN.index(mark) + 1 if mark in _ROMAN else 0
    return ord(mark) - ord("A") + 1 if len(mark) == 1 else 0


def _item(line: Line, found: re.Match, roman: bool) -> Item:
    body = lists.trim(line.start + found.end(), line.text[found.end() :])
    return Item(body.start, body.end, body.text, "letter", found.group("mark").upper())


def inline_lettered_parts(body: Span, conjunctions: tuple[str, ...]) -> list[Span]:
    """The items of an enumeration lettered (or numbered) inline from a, A or 1 in one shape, each without the
    separator and conjunction before the next letter ("oppvekst, b)" -> "oppvekst"); [] unless at
    least two letters run on in order."""
    marks: list[re.Match] = []
    for found in _INLINE_MARK.finditer(body.text):
        if _inline_position(found.group("mark")) == len(marks) + 1 and (
            not marks or _inline_shape(found) == _inline_shape(marks[0])
        ):
            marks.append(found)
    if len(marks) < 2:
        return []
    joiner = re.compile(rf"(?:[\s,;]+{whole_words(map(re.escape, conjunctions))})?[\s,;]*$", re.IGNORECASE)
    ends = [m.start() for m in marks[1:]] + [len(body.text)]
    parts = []
    for found, end in zip(marks, ends, strict=True):
        text = body.text[found.end() : end]
        text = text[: joiner.search(text).start()]
        parts.append(lists.clean_label(lists.trim(body.start + found.end(), text)))
    return [part for part in parts if part.text]


def lettered_line(lines: list[Line], start: int, conjunctions: tuple[str, ...]) -> list[Item]:
    """The line after `start` holding a whole enumeration lettered or numbered inline ("1) wonen, 2) werk
    en inkomen en 3) klimaat", given its own line after the cue's colon)."""
    if start + 1 >= len(lines) or not FIRST_INLINE_MARK.match(lines[start + 1].text):
        return []
    parts = inline_lettered_parts(lines[start + 1], conjunctions)
    return [Item(part.start, part.end, part.text, "letter") for part in parts]


def _inline_position(mark: str) -> int:
    return int(mark) if mark.isdigit() else _position(mark, roman=False)


def _inline_shape(found: re.Match) -> tuple[bool, bool, bool, str]:
    mark = found.group("mark")
    return bool(found.group("open")), mark.isdigit(), mark.isupper(), found.group("sep") or ""
