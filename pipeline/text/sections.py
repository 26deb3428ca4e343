"""Runs of section headings and table-of-contents entries after a line.

A strategy announces its themes and then gives them as headings through the document: numbered
("1. Klima" <text> "2. Skole"), unnumbered with a body under each, with subtitles, or as the
entries of its table of contents. These readers start after the announcing line and stop where
the run breaks; they build on the line and item parser of `pipeline.text.structure`.
"""

from __future__ import annotations

import re

from pipeline.text.structure import Item, Line, Span, follows, is_heading, is_sentence, parse_item, trim, words

_PAGE_REF = re.compile(r"(?:\.{2,}|…|\s)\s*\d{1,3}$")
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s+(?=[^\W\d])")  # a chapter number without its full stop


def numbered_headings_after(lines: list[Line], index: int, limit: int | None = None) -> list[Item]:
    """Numbered headings with running text between them ("1. Klima" <paragraph> "2. Skole" ...),
    read from the line after `index` until the numbering breaks or an unnumbered heading comes."""
    items: list[Item] = []
    for position in range(index + 1, len(lines)):
        if limit is not None and len(items) >= limit:
            break
        line = lines[position]
        if not is_heading(line.text):
            if not items:
                return []
            continue
        item = parse_item(line)
        if item.kind != "number" or (items and not follows(items[-1].number or "", item.number or "")):
            break
        items.append(item)
    return items


def numbered_sections_after(lines: list[Line], index: int, limit: int | None = None) -> list[Item]:
    """Numbered headings whose sections hold their own lead-ins, text and sub-items of another kind
    ("1. Helse" / "Mål:" / "- Færre røykere" / "2. Utdanning"), read from the line after `index` while
    the numbering runs on; an unnumbered heading or a number out of sequence ends the run."""
    if index + 1 >= len(lines):
        return []
    first = parse_item(lines[index + 1])
    if first.kind != "number" or not is_heading(lines[index + 1].text):
        return []
    items = [first]
    for line in lines[index + 2 :]:
        if limit is not None and len(items) >= limit:
            break
        item = parse_item(line)
        if item.kind == "number":
            if not (follows(items[-1].number or "", item.number or "") and is_heading(line.text)):
                break
            items.append(item)
        elif item.kind == "plain" and is_heading(line.text):
            break
    return items


def headings_with_text_after(
    lines: list[Line], index: int, limit: int | None = None, skip: re.Pattern | None = None
) -> list[Item]:
    """Unnumbered section headings, each followed by running text or its own marked sub-list
    ("Wonen" <paragraph> "Werken" <bullets> ...), read from the line after `index`. Lines matching
    `skip` (links such as "Lees meer", photo captions) are passed over. Stops at two headings in a
    row or `limit`: sections are only read while every heading opens a body."""
    kept = [line for line in lines[index + 1 :] if not (skip and skip.match(line.text))]
    items: list[Item] = []
    position = 0
    while position + 1 < len(kept) and (limit is None or len(items) < limit):
        line = kept[position]
        if not is_heading(line.text) or parse_item(line).kind != "plain" or not _opens_body(kept, position + 1):
            break
        items.append(Item(line.start, line.end, line.text, "heading"))
        position += 1
        while position < len(kept) and _opens_body(kept, position):
            position += 1
    return items


def subtitled_headings_after(
    lines: list[Line], index: int, limit: int | None = None, skip: re.Pattern | None = None
) -> list[Item]:
    """Like `headings_with_text_after`, but each heading may carry one short subtitle line before its
    text ("Aangenaam wonen" / "Een fijne plek voor iedereen" / <paragraph>); the subtitle is passed over."""
    kept = [line for line in lines[index + 1 :] if not (skip and skip.match(line.text))]
    items: list[Item] = []
    position = 0
    while position + 1 < len(kept) and (limit is None or len(items) < limit):
        line = kept[position]
        if not is_heading(line.text) or parse_item(line).kind != "plain":
            break
        body_at = position + 1
        if not _is_body(kept[body_at]) and is_heading(kept[body_at].text) and body_at + 1 < len(kept):
            body_at += 1
        if not _is_body(kept[body_at]):
            break
        items.append(Item(line.start, line.end, line.text, "heading"))
        position = body_at
        while position < len(kept) and _is_body(kept[position]):
            position += 1
    return items


def _opens_body(lines: list[Line], position: int) -> bool:
    """Section body at `position`: running text, marked items, or a short lead-in ending in a colon
    whose marked items follow ("Mål:" / "- Færre rygere")."""
    line = lines[position]
    if _is_body(line):
        return True
    return (
        line.text.endswith(":")
        and len(words(line.text)) <= 6
        and position + 1 < len(lines)
        and parse_item(lines[position + 1]).kind != "plain"
    )


def _is_body(line: Line) -> bool:
    """What a section holds under its heading: running text (a sentence, or a paragraph too long for a
    heading, cut before its full stop) or marked list items (its sub-goals)."""
    return is_sentence(line.text) or len(words(line.text)) > 12 or parse_item(line).kind != "plain"


def looks_like_toc(items: list[Item]) -> bool:
    """Most entries end in a page number ("Mål og strategi .... 12"): a table of contents."""
    return bool(items) and sum(bool(_PAGE_REF.search(i.text)) for i in items) * 2 > len(items)


_CHAPTER_ENTRY = re.compile(r"^\s*(\d{1,2})\.?\s+(?=[^\W\d])")  # "5  Oppfølging", "4. Monitoring"


def contents_entry(lines: list[Line], index: int) -> bool:
    """Line `index` is an entry of a table of contents without page numbers: a numbered chapter heading right
    next to another numbered one before or after it ("4  Gjennomgåande perspektiv" / "5  Oppfølging"), no text
    between them. In the body a chapter heading stands over its own text."""
    own = _CHAPTER_ENTRY.match(lines[index].text)
    if own is None or not is_heading(lines[index].text):
        return False
    number = int(own.group(1))
    for neighbour, expected in ((index - 1, number - 1), (index + 1, number + 1)):
        if 0 <= neighbour < len(lines) and is_heading(lines[neighbour].text):
            found = _CHAPTER_ENTRY.match(lines[neighbour].text)
            if found and int(found.group(1)) == expected:
                return True
    return False


def without_page_ref(span: Span) -> Span | None:
    """A table-of-contents entry without its page number ("Klima og miljø .... 12" -> "Klima og miljø");
    None when the text ends in no page number."""
    ref = _PAGE_REF.search(span.text)
    if not ref or ref.start() == 0:
        return None
    return trim(span.start, span.text[: ref.start()], " .…\t")


def toc_sub_entries(lines: list[Line], index: int, limit: int | None = None) -> list[Item]:
    """The numbered sub-entries of a table-of-contents entry ("2. Satsingsområder 5" or "2 Satsingsområder 5",
    followed by "2.1 Klima 6", "2.2 Oppvekst 9", then "3. Økonomi 12"), page numbers dropped."""
    parent = parse_item(lines[index])
    bare = _BARE_NUMBER.match(lines[index].text)
    number = parent.number if parent.kind == "number" else bare.group(1) if bare else None
    if number is None or without_page_ref(parent.span) is None:
        return []
    items: list[Item] = []
    for line in lines[index + 1 :]:
        if limit is not None and len(items) >= limit:
            break
        item = parse_item(line)
        expected = f"{number}.{len(items) + 1}"
        entry = without_page_ref(item.span)
        if item.number != expected or entry is None:
            break
        items.append(Item(entry.start, entry.end, entry.text, "number", item.number))
    return items
