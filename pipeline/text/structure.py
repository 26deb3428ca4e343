"""Shared reading of document structure: lines, list items, table columns, headings, sentences.

Focus areas and actions both read enumerations ("- 1. Label", "• Label", "2) Label", one item
a line, a table's first column) and headings; they share this one parser so both tables see
the same structure. Everything works on the normalised text, where a paragraph is one line
and list items and table rows keep their own lines; offsets always point into `Document.text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from pipeline.rules import alternation, load_json

# A run-in list start after a colon ("Det er:1) At blive ..."): the item gets its own line.
_RUN_IN_LIST = re.compile(r":\s*(?=1[.)]\s+\S)")
BULLET = r"[-–—•*·▪●◦○■□►▸▶➢➤‣⁃◆❖✓]"  # every list bullet the project reads; one definition for all tables
RULE_MARKS = "-_=─━~*+"  # what a line drawn across the page is made of; one definition for every ruler reader
# a line that is a ruler alone ("=====", "-----"), marks in one unbroken run of five or more
RULER_LINE = re.compile(rf"^[ \t]*[{RULE_MARKS}]{{5,}}[ \t]*$", re.M)
_MARKER = re.compile(
    rf"^\s*(?:(?P<bullet>{BULLET})\s*)?"
    r"(?:(?P<num>\d{1,2}(?:\.\d{1,2})+)\.?(?=\s)|(?P<num1>\d{1,2})(?:[.)](?=\s)|(?=\t))|(?P<letter>[a-z])\)(?=\s))?\s*"
)
_LIST_MARKER = re.compile(rf"^\s*(?:{BULLET}|\d{{1,2}}[.)])\s+")
# a pipe with a space on at least one side, or closing the row ("| Se note|": as "| Se note |", an empty cell after)
_CELL_SPLIT = re.compile(r"\t+|\s+\|\s*|\s*\|\s+|\|$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'«»“”(]?[A-ZÆØÅÄÖÜ0-9])")
_END_PUNCT = " \t.,;:!?"
_QUOTES = "\"'«»“”„‘’"
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class Span(NamedTuple):
    """A stretch of the document text; `start`/`end` index `Document.text`.

    Spans and items are NamedTuples: a 1 MB document makes hundreds of thousands of them.
    """

    start: int
    end: int
    text: str


# A non-blank line of the document text, trimmed (leading tabs kept: they mark an empty first table cell).
Line = Span


class Item(NamedTuple):
    """A list item with its marker removed; kind is number, bullet, letter, plain or cell."""

    start: int
    end: int
    text: str
    kind: str
    number: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True)
class Conventions:
    """A language's writing conventions from models/lists/<lang>.json."""

    abbreviations: frozenset[str] = frozenset()  # their full stop ends no sentence ("jfr.", "bl.a.")
    conjunctions: tuple[str, ...] = ()  # join the last item of an enumeration ("a, b og c")


@cache
def conventions(language: str) -> Conventions:
    """Loaded once per language; other languages get none (no abbreviations, no conjunctions)."""
    try:
        data = load_json(f"lists/{language}.json")
    except FileNotFoundError:
        return Conventions()
    return Conventions(frozenset(a.lower() for a in data["abbreviations"]), tuple(data["conjunctions"]))


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with offsets; a run-in numbered list after a colon starts a new line."""
    out: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        if raw.strip() and ":" in raw:
            out.extend(_trimmed_parts(offset, raw))
        elif raw.strip():
            span = _trim_keeping_tabs(offset, raw)
            out.append(Line(span.start, span.end, span.text))
        offset += len(raw) + 1
    return out


def _trimmed_parts(offset: int, raw: str) -> Iterable[Line]:
    cuts = [0] + [m.end() for m in _RUN_IN_LIST.finditer(raw)] + [len(raw)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        span = _trim_keeping_tabs(offset + a, raw[a:b])
        if span.text.strip():
            yield Line(span.start, span.end, span.text)


def _trim_keeping_tabs(start: int, text: str) -> Span:
    """Trim a line but keep leading tabs: they mark a table row whose first cell is empty."""
    span = trim(start, text.rstrip(), " \u00a0")
    return span if span.text.startswith("\t") else trim(span.start, span.text)


def trim(start: int, text: str, chars: str | None = None) -> Span:
    """Strip `chars` (whitespace by default) from both ends, keeping offsets right."""
    left = len(text) - len(text.lstrip(chars))
    stripped = text.strip(chars)
    return Span(start + left, start + left + len(stripped), stripped)


def words(text: str) -> list[str]:
    """The words of a text (hyphenated compounds count as one)."""
    return list(_line_words(text)) if len(text) <= _LINE_CHARS else _WORD.findall(text)


_LINE_CHARS = 2000  # a line's words are remembered; a longer text's are read each time and not kept


@lru_cache(maxsize=65536)  # a line's words are counted by many readers (~80,000 asks over the bench's 40 PDFs)
def _line_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


def has_list_marker(text: str) -> bool:
    """The text opens as a list item: a bullet or a "1." / "2)" number, then a space."""
    return bool(_LIST_MARKER.match(text))


def cells(line: Line) -> list[Span]:
    """Table cells of a row ("a\\tb" or "a | b"); one cell when the line is no table row."""
    if "\t" not in line.text and "|" not in line.text:
        return [trim(line.start, line.text)]  # no cell separator: most lines, asked by many readers
    out, pos = [], 0
    for sep in _CELL_SPLIT.finditer(line.text):
        out.append(trim(line.start + pos, line.text[pos : sep.start()]))
        pos = sep.end()
    out.append(trim(line.start + pos, line.text[pos:]))
    return out


_PIPE_ROW = re.compile(r"^\|(?P<inner>.*?)\|?$")
# possessive dash runs: a run is never split between repeats, so a long ruler followed by text fails in linear
# time (the plain "[-=]+" tried every split of "-----...----- Side 2" before failing)
_RULE_ROW = re.compile(r"^[|+]?\s*:?[-=]++:?\s*(?:(?:[|+]\s*)?:?[-=]++:?\s*)*[|+]?$")


def is_rule_row(text: str) -> bool:
    """The ruler under a table's header ("|---|:--|", "-----+-----", "+=====+", "------  ------"): no cells,
    only the table's drawing."""
    return bool(_RULE_ROW.match(text.strip()))


def table_cells(line: Line) -> list[Span]:
    """Cells of a table row, a row drawn with outer pipes included ("| E1 | Ny hal | I gang |");
    any other line as `cells` reads it. Cells left empty inside the pipes are kept (as empty spans)."""
    match = _PIPE_ROW.match(line.text)
    if not match or "|" not in match.group("inner"):
        return cells(line)
    inner_start = line.start + match.start("inner")
    out, pos = [], 0
    inner = match.group("inner")
    for sep in re.finditer(r"\|", inner):
        out.append(trim(inner_start + pos, inner[pos : sep.start()]))
        pos = sep.end()
    out.append(trim(inner_start + pos, inner[pos:]))
    return out


@lru_cache(maxsize=65536)  # a line is read as an item by many readers
def parse_item(line: Line) -> Item:
    """The line as a list item: marker kind, its number, and the text after the marker."""
    match = _MARKER.match(line.text)
    body = trim(line.start + match.end(), line.text[match.end() :])
    number = match.group("num") or match.group("num1")
    if number:
        return Item(body.start, body.end, body.text, "number", number)
    if match.group("letter"):
        return Item(body.start, body.end, body.text, "letter", match.group("letter"))
    if match.group("bullet"):
        return Item(body.start, body.end, body.text, "bullet")
    return Item(body.start, body.end, body.text, "plain")


def follows(prev: str, nxt: str) -> bool:
    """True when numbers run on: 1→2, 2.1→2.2, a→b."""
    p, n = prev.split("."), nxt.split(".")
    if len(p) != len(n) or p[:-1] != n[:-1]:
        return False
    if p[-1].isdigit() and n[-1].isdigit():
        return int(n[-1]) == int(p[-1]) + 1
    return len(p[-1]) == 1 and len(n[-1]) == 1 and ord(n[-1]) == ord(p[-1]) + 1


def is_sentence(text: str) -> bool:
    """A running-text line: ends with sentence punctuation or holds several sentences."""
    return text.rstrip()[-1:] in ".!?" or bool(_SENTENCE_END.search(text))


@lru_cache(maxsize=65536)  # a line is asked about by many readers (~150,000 asks over the bench's 40 PDFs)
def is_heading(text: str, max_words: int = 10) -> bool:
    """A short line without closing punctuation that starts like a title."""
    stripped = text.strip()
    if not stripped or len(stripped) > 20 * max_words or stripped[-1] in ".,;:!?":
        return False
    if _CELL_SPLIT.search(stripped):
        return False
    first = stripped[_MARKER.match(stripped).end() :][:1]
    return (first.isupper() or first.isdigit()) and len(stripped.split()) <= max_words


def list_after(lines: list[Line], index: int, *, allow_plain: bool, limit: int | None = None) -> list[Item]:
    """The list starting on the line after `index`: marked items of one kind, or short plain lines.

    A numbered list stops where numbering breaks; plain lines (one item a line) are only read
    when the caller's cue says a list follows, and stop at the first running-text line.
    """
    if index + 1 >= len(lines):
        return []
    first = parse_item(lines[index + 1])
    if first.kind == "plain" and not allow_plain:
        return []
    items = [first]
    for position in range(index + 2, len(lines)):
        line = lines[position]
        if limit is not None and len(items) >= limit:
            break
        item = parse_item(line)
        if item.kind != first.kind:
            break
        if item.number and not follows(items[-1].number or "", item.number):
            break
        items.append(item)
    if first.kind == "plain":
        items = _plain_run(items)
    return items


_LABELLED_LINE = re.compile(r"^[A-ZÆØÅÄÖÜ][^.:;!?–—]{1,60}?(?:\s[–—-]\s|:\s)\S")  # "Kulturarv – vi passer på ..."
LABEL_WORDS = 6  # the label of a labelled line is a name, not a clause


def _plain_run(items: list[Item]) -> list[Item]:
    """Leading plain lines that read as list entries, not paragraphs or sub-lists: short lines, or
    (all of them) a short label with its explanation after a dash or colon ("Kulturarv – vi passer på
    vores historie.")."""
    run = []
    labelled = bool(items) and _labelled(items[0].text)
    for item in items:
        if labelled and not _labelled(item.text):
            break
        if not labelled and (is_sentence(item.text) or item.text.endswith(":") or len(words(item.text)) > 12):
            break
        run.append(item)
    return run


def _labelled(text: str) -> bool:
    match = _LABELLED_LINE.match(text)
    return bool(match) and len(words(text[: match.end() - 1])) <= LABEL_WORDS


def table_column(lines: list[Line], header: int, limit: int | None = None) -> list[Item]:
    """First-column cells of the table rows under a header row. A row with an empty first cell, or
    with fewer cells than the header (the normaliser drops empty cells), continues the row above."""
    return table_column_at(lines, header, 0, limit)


def continues_cell(line: Line) -> bool:
    """A line that goes on with a table cell above it: it opens in lower case, mid-sentence."""
    return line.text[:1].islower()


def table_column_at(lines: list[Line], header: int, column: int, limit: int | None = None) -> list[Item]:
    """Cells of one column (0-based) of the table rows under a header row; rows as in `table_column`."""
    width = len(cells(lines[header]))
    items: list[Item] = []
    for position in range(header + 1, len(lines)):
        if limit is not None and len(items) >= limit:
            break
        if is_rule_row(lines[position].text):
            continue  # the ruler under the header ("------  ------")
        row = cells(lines[position])
        if len(row) < 2 and items and continues_cell(lines[position]):
            continue  # a wrapped cell's rest ("eit aktivt lagsliv.")
        if len(row) < 2:
            break
        if row[0].text and len(row) >= width and row[column].text:
            items.append(Item(row[column].start, row[column].end, row[column].text, "cell"))
    return items


def pipe_table_column_at(lines: list[Line], header: int, column: int, limit: int | None = None) -> list[Item]:
    """Cells of one column (0-based) of a table drawn with outer pipes ("| Tema | Status |"), under its
    header row; the ruler row ("|---|---|") is skipped, a line that is no table row ends the table."""
    items: list[Item] = []
    for position in range(header + 1, len(lines)):
        if limit is not None and len(items) >= limit:
            break
        if is_rule_row(lines[position].text):
            continue
        row = table_cells(lines[position])
        if len(row) < 2:
            break
        if column < len(row) and row[column].text:
            items.append(Item(row[column].start, row[column].end, row[column].text, "cell"))
    return items


def sentences(start: int, text: str, abbreviations: frozenset[str] = frozenset()) -> list[Span]:
    """Sentence spans of a text; a full stop after a known abbreviation ("jfr.", "bl.a.") does not end one."""
    return list(_sentence_spans(start, text, abbreviations))


def first_sentence(start: int, text: str, abbreviations: frozenset[str] = frozenset()) -> Span:
    """The first of `sentences` (the trimmed text when it holds none), read no further than its end:
    a reader trying several openings of one long line pays for each opening's sentence, not the line."""
    return next(_sentence_spans(start, text, abbreviations), trim(start, text))


def _sentence_spans(start: int, text: str, abbreviations: frozenset[str]) -> Iterator[Span]:
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        last = text[pos : match.start()].rsplit(None, 1) if abbreviations else ()  # the word before the stop only
        if last and last[-1].lower() in abbreviations:
            continue
        if (span := trim(start + pos, text[pos : match.start()])).text:
            yield span
        pos = match.end()
    if (span := trim(start + pos, text[pos:])).text:
        yield span


def clean_label(span: Span) -> Span:
    """Drop surrounding quotes and trailing punctuation from a label, keeping offsets right."""
    span = trim(span.start, span.text, _QUOTES + " ")
    span = trim(span.start, span.text, _END_PUNCT + _QUOTES)
    return span


def split_enumeration(span: Span, conjunctions: Iterable[str]) -> list[Span]:
    """Split "a, b og c" into its parts, offsets kept: commas first, then the last part at its
    last conjunction, so "Skarset og Fræneidet samt Vikan" keeps "Skarset og Fræneidet" whole."""
    parts, pos = [], 0
    for comma in re.finditer(r",\s*", span.text):
        parts.append(Span(span.start + pos, span.start + comma.start(), span.text[pos : comma.start()]))
        pos = comma.end()
    last = Span(span.start + pos, span.end, span.text[pos:])
    # "by- og boligudvikling": a conjunction after a hyphenated first part joins a compound, not items
    words = alternation(map(re.escape, conjunctions))
    joins = list(re.finditer(rf"(?<!-)\s+{words}\s+", last.text, re.IGNORECASE))
    serial = re.match(rf"{words}\s+", last.text, re.IGNORECASE) if parts else None
    if serial:  # "a, b, og c og d": after a serial comma the conjunction opens the last item, which stays whole
        last = Span(last.start + serial.end(), last.end, last.text[serial.end() :])
    elif joins:
        cut = joins[-1]
        parts.append(Span(last.start, last.start + cut.start(), last.text[: cut.start()]))
        last = Span(last.start + cut.end(), last.end, last.text[cut.end() :])
    parts.append(last)
    cleaned = [clean_label(p) for p in parts]
    return [p for p in cleaned if p.text]
