"""A programme's own chapters as its themes: a coalition agreement or college programme without a cue
word ("Coalitieakkoord 2022-2026" / "1. Wonen" ... "2. Economie" ...) is built from its themes, so its
numbered chapters name them, the document's own parts ("Inleiding", "Financiën") left out. Read only
when no announced list was found."""

from __future__ import annotations

import re

from pipeline.extract.focus_areas.rules import Cues
from pipeline.text import structure as lists
from pipeline.text.structure import Line, Span

_CHAPTER = re.compile(r"^\s*(?P<n>\d{1,2})(?:[.)]\s*|\s+)(?=[^\W\d])")  # "1. Wonen", "2) Zorg", "3 Economie"


def programme_chapters(lines: list[Line], rules: Cues) -> list[Span]:
    """The numbered top-level chapter headings of a document whose title names a programme."""
    if not any(rules.programme_title.search(line.text) for line in lines[: rules.rules.title_lines]):
        return []
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
    themes = [span for span in chapters if not rules.not_themes.fullmatch(span.text)]
    return themes if len(themes) >= rules.rules.min_chapters else []
