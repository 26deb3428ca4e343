"""Numbered headings that head other items, never an item themselves: a contents entry with the next heading right
under it, and a chapter over a table or list of its own numbered rows."""

from __future__ import annotations

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
