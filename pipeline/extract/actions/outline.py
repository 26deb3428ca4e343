"""Numbered headings that head other items, never an item themselves: a contents entry with the next heading right
under it, and a chapter over a table or list of its own numbered rows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.text import structure
from pipeline.text.structure import Line

if TYPE_CHECKING:
    from pipeline.extract.actions.items import Candidate

MIN_LISTED_ROWS = 2  # numbered rows under a heading that make it their chapter, not an item


def outline_entry(heading: Candidate, lines: list[Line], headings: list[Candidate]) -> bool:
    """A heading with nothing under it and the next numbered heading on the next line: a contents entry."""
    if heading.body or heading.status is not None:
        return False
    starts = {h.title.start for h in headings}
    after = next((line for line in lines if line.start > heading.title.end), None)
    return after is not None and any(after.start <= start <= after.end for start in starts)


def over_items(heading: Candidate) -> bool:
    """A numbered heading over a list or table of its own numbered items ("2.1 Transport" over the rows "1.1 ...",
    "1.2 ..."): the chapter of those items, never an item itself."""
    numbers = [structure.parse_item(line).number or "" for line in heading.body]
    return sum("." in number for number in numbers) >= MIN_LISTED_ROWS


def beside_status_chapter(headings: list[Candidate], cue: re.Pattern[str]) -> set[int]:
    """Indexes of sub-chapter headings that sit beside the report's own status chapter ("9.4 Status for tiltakene"
    over a table of rows, with "9.2 Vennskapskommune", "9.3 Nettverk" beside it): the chapters of an annual report,
    whose items are the rows under the status chapter, not its sibling chapters."""
    chapters = {
        _parent(h.action_id)
        for h in headings
        if h.action_id and "." in h.action_id.rstrip(".") and cue.search(h.title.text) and _over_rows(h)
    }
    return {i for i, h in enumerate(headings) if h.action_id and _parent(h.action_id) in chapters}


def _parent(number: str) -> tuple[str, int]:
    """ "9.4" -> ("9", 2): the number it is under and its depth."""
    parts = number.rstrip(".").split(".")
    return ".".join(parts[:-1]), len(parts)


def _over_rows(heading: Candidate) -> bool:
    """A heading over rows of a table or numbered list ("| 1 | ...", "  1   Ungdomsutveksling ...")."""
    kinds = (structure.parse_item(line) for line in heading.body)
    rows = [line for line, item in zip(heading.body, kinds, strict=True) if item.kind == "number" or "|" in line.text]
    return len(rows) >= MIN_LISTED_ROWS
