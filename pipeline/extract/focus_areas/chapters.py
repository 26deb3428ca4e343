"""A programme's own chapters as its themes: a coalition agreement or college programme without a cue
word ("Coalitieakkoord 2022-2026" / "1. Wonen" ... "2. Economie" ...) is built from its themes, so its
numbered chapters name them, the document's own parts ("Inleiding", "Financiën") left out. Read only
when no announced list was found."""

from __future__ import annotations

import re

from pipeline.extract.focus_areas.rules import Cues
from pipeline.text import sections
from pipeline.text import structure as lists
from pipeline.text.structure import Line, Span

_CHAPTER = re.compile(r"^\s*(?P<n>\d{1,2})(?:[.)]\s*|\s+)(?=[^\W\d])")  # "1. Wonen", "2) Zorg", "3 Economie"


def programme_chapters(lines: list[Line], rules: Cues) -> list[Span]:
    """The chapter headings of a document whose title names a programme: numbered ones, else unnumbered
    headings each opening a text, read from just under the title."""
    title = lines[: rules.rules.title_lines]
    if not any(rules.programme_title.search(line.text) and not lists.is_sentence(line.text) for line in title):
        return []
    return _themes(_numbered_chapters(lines), rules) or _themes(_unnumbered_chapters(lines, rules), rules)


def _themes(chapters: list[Span], rules: Cues) -> list[Span]:
    """The chapters after the opening parts ("Voorwoord", "Inleiding") up to the first closing part
    ("Financiën", "Tot slot"): what follows a closing part is the document's own business again."""
    parts = [bool(rules.not_themes.fullmatch(span.text)) for span in chapters]
    start = parts.index(False) if False in parts else len(chapters)
    end = parts.index(True, start) if True in parts[start:] else len(chapters)
    themes = chapters[start:end]
    return themes if rules.rules.min_chapters <= len(themes) <= rules.rules.max_chapters else []


def _unnumbered_chapters(lines: list[Line], rules: Cues) -> list[Span]:
    """The longest run of headings with a text each that starts on one of the title's lines or just under."""
    runs = (
        sections.headings_with_text_after(lines, index, skip=rules.navigation)
        for index in range(min(rules.rules.title_lines, len(lines)))
    )
    return [lists.clean_label(item.span) for item in max(runs, key=len, default=[])]


def _numbered_chapters(lines: list[Line]) -> list[Span]:
    """Top-level headings numbered 1, 2, ... ("1. Wonen", "2 Economie")."""
    chapters: list[Span] = []
    for line in lines:
        found = _CHAPTER.match(line.text)
        if not found or not lists.is_heading(line.text):
            continue
        if int(found.group("n")) != len(chapters) + 1:
            if chapters:
                break
            continue
        chapters.append(lists.clean_label(lists.trim(line.start + found.end(), line.text[found.end() :])))
    return chapters
