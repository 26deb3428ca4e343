"""An action's title apart from what is written onto it: the status after a dash, a colon or in brackets
("Ny turveg – starta", "Ny hal (utsett)"), fields run into it ("(Ansvar: IT)") and a milestone's planned date."""

from __future__ import annotations

import re

from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.status import value_status
from pipeline.text import structure
from pipeline.text.structure import Span


class _Separated:
    """A pattern tried only on a text holding one of its separators: its lazy title tries every separator at
    every character, so a line with none cost a full scan (four in five lines of a plan have none)."""

    def __init__(self, pattern: re.Pattern[str], separator: re.Pattern[str]) -> None:
        self.pattern, self.separator = pattern, separator

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.separator.search(text) else None


# a bracket in the title is closed in it: "Ny nettstad (Ansvar: IT) – fullført"; dot leaders: "Ny hal ..... I gang"
INLINE_STATUS = _Separated(
    re.compile(
        r"^(?P<title>(?:[^()]|\([^()]*\))+?)\s*(?:\s[–—-]\s|:\s|\t|\s\|\s|\s?(?:\.{3,}|…+)\s?)\s*(?P<status>[^:]+?)\s*$"
    ),
    re.compile(r"\s[–—-]\s|:\s|\t|\s\|\s|\.{3}|…"),  # each separator INLINE_STATUS can cut at
)
_TAIL = re.compile(r"^(?P<head>.+?)\s*(?:\s[–—-]\s|\s\|\s|\t)\s*(?P<tail>[^–—|\t]+?)\s*[–—-]?\s*$")
_BRACKETED_FIELD = re.compile(r"\s*\((?P<field>[^\W\d][\w ]{0,30}:\s*[^()]*)\)")
BRACKETED_STATUS = re.compile(r"^(?P<title>.+?)\s*\((?P<status>[^()]+)\)\s*$")
# "Nytt reinseanlegg i Vik ●": a symbol (no letter, no digit) closing the title after a space, read through the legend
TRAILING_MARK = re.compile(r"^(?P<title>.*?\w[^\w]*?)\s+(?P<status>[^\w\s()]{1,3})\s*$")


def title_without_status(title: Span, lex: Lexicon) -> Span:
    """A title without the status written after it ("Ny turveg – starta", "Ny hal (utsett)") or a
    status field's label run onto it when the page was unwrapped ("Ny leikeplass Status")."""
    split = status_after(title, lex)
    title = _without_fields(structure.clean_label(split[0]) if split else title, lex)
    head, _, last = title.text.rpartition(" ")
    if structure.words(head) and lex.status_field.match(last):
        return structure.trim(title.start, head.rstrip(" :–—-|"))  # "Ny skatepark – status: i gang"
    return title


def status_after(title: Span, lex: Lexicon) -> tuple[Span, Span] | None:
    """A title and the status value written after it, after a dash, a colon or in brackets
    ("A2 Flexwoningen – oranje", "Ny hal (utsett)"); None when nothing after it states a status."""
    for shape in (BRACKETED_STATUS, INLINE_STATUS, TRAILING_MARK):
        match = shape.match(title.text)
        if match and shape is TRAILING_MARK and not lex.is_mark(match.group("status")):
            continue
        if match and value_status(structure.trim(0, match.group("status")), lex):
            head = structure.trim(title.start + match.start("title"), match.group("title"))
            if structure.words(head.text) and not lex.status_start.match(head.text):
                return head, structure.trim(title.start + match.start("status"), match.group("status"))
    return None


def _without_fields(title: Span, lex: Lexicon) -> Span:
    """A title without the fields written into it: "(Ansvar: IT)" and trailing "– Ansvar: IT –"
    parts, so the item keeps its name alone."""
    text = _BRACKETED_FIELD.sub(lambda m: "" if lex.field.match(m.group("field")) else m.group(), title.text)
    while (tail := _TAIL.match(text)) and lex.field.match(tail.group("tail")):
        text = tail.group("head")  # "Ny nettside – Ansvar: IT – Status": a field or a bare label
    return structure.trim(title.start, text) if structure.words(text) else title


def without_date(title: Span, lex: Lexicon) -> Span:
    """A milestone's name without its planned date ("Oppstart gravearbeid: 01.03.21")."""
    head, colon, tail = title.text.rpartition(":")
    if colon and structure.words(head) and lex.is_date(tail):
        return structure.trim(title.start, head)
    return title
