"""Codes and names of items: a case or item code in a heading or field ("Motie 12", "K-sak 12/24",
"T-114"), the name left without it, and the fields ("Label: value") trackers are written in."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.actions.rules import Lexicon
from pipeline.text import structure
from pipeline.text.structure import Line, Span

_LETTERED = re.compile(r"^(?P<code>\d{1,2}(?:\.\d{1,2})*[a-z])[.)]?\s+(?=[A-ZÆØÅ])")  # "1a Gevelfonds", "2.1b) Ny hal"
_LIST_MARKER = re.compile(r"\(?\d{1,3}[.)]\s+")
LETTER_DOT = re.compile(r"^\s*(?P<letter>[a-z])\.\s+(?=[\"«“„]?[A-ZÆØÅ])")  # "b. Ny kai": a lettered sub-item
TOP_CHAPTER = re.compile(r"^\d{1,2}\.?\s+(?=[^\W\d_])")  # "4 Samarbeid", "1. Innledning"; not "3.1 Ny hall"
_CODE_SEPARATOR = re.compile(r"^[\s:.,–—-]+")
MAX_TITLE_FIELD_WORDS = 25  # a title field's value names an item in a few words


def field_of(line: Line, lex: Lexicon) -> tuple[str, Span] | None:
    """A "Label: value" line or a label line on its own (its value then on the next line)."""
    match = lex.field.match(line.text)
    if not match:
        return None
    value = structure.trim(line.start + match.start("value"), match.group("value"))
    return match.group("label").strip(), value


def names_item(value: Span, lex: Lexicon) -> bool:
    """A title field's value names an item: a few words, not a sentence reporting a decision or
    status ("Vedtak: Saken ble utsatt." in minutes, "Vedtak: Eiendommen selges." quoted in a
    follow-up report: the decision, not a name)."""
    text = value.text
    short = len(structure.words(text)) <= MAX_TITLE_FIELD_WORDS
    return short and not structure.is_sentence(text) and not lex.status_start.match(text)


def code_in(span: Span, lex: Lexicon) -> str | None:
    """The code a heading or id field carries: "Motie 12", "T-114", "4.012"."""
    return _code_in(span.text, lex.keyword_code, lex.code)


@lru_cache(maxsize=65536)  # each reader asks again of the same headings; running headers repeat on every page
def _code_in(text: str, keyword_code: re.Pattern[str], code: re.Pattern[str]) -> str | None:
    keyword = keyword_code.search(text)
    if keyword:
        return keyword.group("id")
    found = code.search(text)
    return found.group() if found else None


def leading_code(title: Span, lex: Lexicon) -> tuple[str | None, Span]:
    """A title's own number or code at its start ("1. Flere stier", "M2023-07 Vuurwerkvrije zones",
    "Motie 12 – Meer bomen") and the title without it."""
    item = structure.parse_item(title)
    if item.kind == "number" and structure.words(item.text):
        keyed = lex.keyword_code.match(item.text)  # "7) K-sak 90/25 - Digitalt postmottak": the case number
        if keyed:
            return keyed.group("id"), without_code(item.span, keyed.group("id"), lex)
        return item.number, item.span
    code = code_in(title, lex)
    if code and (title.text.startswith(code) or lex.keyword_code.match(title.text)):
        return code, without_code(title, code, lex)
    lettered = _LETTERED.match(title.text)
    if lettered:
        return lettered.group("code"), structure.trim(title.start + lettered.end(), title.text[lettered.end() :])
    return None, title


def without_code(title: Span, code: str | None, lex: Lexicon) -> Span:
    """The heading without a leading keyword and code ("Motie M2023-07: Vuurwerkvrije zones")."""
    if not code:
        return title
    marker = _LIST_MARKER.match(title.text)  # "1) K-sak 12/24 - Ny barneskole": the list's number first
    if marker and lex.keyword_code.match(title.text[marker.end() :]):
        title = structure.trim(title.start + marker.end(), title.text[marker.end() :])
    if title.text.endswith(f"({code})"):  # "Ny skatepark i sentrum (K-12)"
        return structure.trim(title.start, title.text[: -len(code) - 2])
    at = title.text.find(code)
    if at < 0 or (title.text[:at].strip() and not lex.keyword_code.match(title.text)):
        return title
    rest = title.text[at + len(code) :]
    cut = _CODE_SEPARATOR.match(rest)
    rest_at = at + len(code) + (cut.end() if cut else 0)
    remainder = structure.trim(title.start + rest_at, title.text[rest_at:])
    return remainder if structure.words(remainder.text) else title


def lettered_item(title: Span) -> tuple[str, Span] | None:
    """A lettered sub-item's letter and name: "d) Elbilar i heimetenesta", or "b. Ny kai" where a capital
    opens the name (not "f. eks." or "d. 5. maj" run onto a line)."""
    item = structure.parse_item(title)
    if item.kind == "letter":
        return item.number or "", item.span
    dotted = LETTER_DOT.match(title.text)
    if dotted is None:
        return None
    return dotted.group("letter"), structure.trim(title.start + dotted.end(), title.text[dotted.end() :])
