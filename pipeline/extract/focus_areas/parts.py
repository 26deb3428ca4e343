"""A document's own parts are no themes: its introduction, vision, reading guide, cross-cutting
principles and perspectives, follow-up, finances and appendices ("Indledning", "Vision og hovedmål", "Sådan følger vi
op", "Financieel kader", "Vedlegg"), a heading that is the cue word itself ("Satsingsområder", "Onze
speerpunten") and the document's own title. A run of headings or a table of contents mixes them with
the themes: the parts before the themes are passed over and the first part after them ends the run.
The catalogue of parts is models/focus_areas/<lang>.json `document_parts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from pipeline.extract.focus_areas.rules import Cues
from pipeline.text import sections
from pipeline.text import structure as lists
from pipeline.text.structure import Line, Span

T = TypeVar("T")

# What a heading carries around its name: a markdown mark, a chapter number or letter, a closing colon.
_MARK = re.compile(r"^\s*(?:#{1,6}\s*)?(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Ja-j][.)]|[IVX]{1,4}\.)\s+)?")


def title_of(lines: list[Line], rules: Cues) -> frozenset[str]:
    """The document's title, folded: those of its first lines that name a strategy or plan and are no
    sentence ("Klimastrategi 2025-2030"); a list right under the title is no title."""
    return frozenset(
        line.text.casefold()
        for line in lines[: rules.rules.title_lines]
        if rules.strategy_title.search(line.text) and not lists.is_sentence(line.text)
    )


def is_part(text: str, rules: Cues, title: frozenset[str] = frozenset()) -> bool:
    """A heading naming a part of the document, the list's own cue, cross-cutting perspectives ("Tverrgående
    temaer"), or the document's title."""
    name = _name(text)
    if not name:
        return False
    return bool(
        rules.document_parts.fullmatch(name)
        or rules.cue_heading.fullmatch(name)
        or rules.cross_cutting_heading.fullmatch(name)
        or name.casefold() in title
    )


def is_cue_heading(text: str, rules: Cues) -> bool:
    """A heading that is the list's cue word itself ("Satsingsområde", "3 Onze speerpunten")."""
    name = _name(text)
    return bool(name) and rules.cue_heading.fullmatch(name) is not None


def between_parts(
    entries: Sequence[T], rules: Cues, title: frozenset[str] = frozenset(), text: Callable[[T], str] = str
) -> list[T]:
    """The entries after the document parts that open a run and before the first part after them."""
    parts = [is_part(text(entry), rules, title) for entry in entries]
    start = parts.index(False) if False in parts else len(entries)
    end = parts.index(True, start) if True in parts[start:] else len(entries)
    return list(entries[start:end])


def _name(text: str) -> str:
    """A heading's name without its number, markdown mark, page reference and closing colon."""
    span = Span(0, len(text), text.strip())
    span = sections.without_page_ref(span) or span
    return span.text[_MARK.match(span.text).end() :].strip().rstrip(":").strip()
