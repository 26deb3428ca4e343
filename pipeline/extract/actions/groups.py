"""Coded headings that group a plan's items, or number the document's chapters, are no actions themselves: a
plan's goal or theme over its coded items ("BD1 Een levendige gemeente" over "1.1.1 | ... | Lopend"), and a
report's chapters ("7.4 Status for tiltakene" over "A1 ...", "2. Voortgang" over "1.1 ...") with their siblings."""

from __future__ import annotations

import bisect
import re

from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.tables import columns
from pipeline.text import structure
from pipeline.text.structure import Line


def without_groups(actions: list[Candidate]) -> list[Candidate]:
    """The actions without the coded headings that group others ("BD1 Een levendige gemeente" over a table of
    "1.1.1 | Heraanleg ... | Lopend" rows): a heading whose text holds the titles of items coded in another shape
    is the plan's goal or theme, and the status read under it is its items'. Items coded alike ("1." over "2.")
    are siblings. A chapter numbered in digits over letter-coded items ("7.3 Status for tiltak" over "T1 ...") makes
    its sibling headings ("7.1 Samarbeidspartnere") chapters too; so does one whose items up to its next sibling are
    lettered, not under its own number ("7.4 Status" / "Innsatsområde A" / "A1 ...", the items outside its body).
    Digits under digits ("1." before "2.1") are one scheme's items and sub-items. `actions` are in text order."""
    starts = [a.title.start for a in actions]
    shapes = [_CODE_SHAPE.sub(_shape_of, a.action_id) if a.action_id else None for a in actions]

    def grouped(at: int) -> set[str]:
        """The shapes of the other-coded items standing in the body of the item at `at`."""
        found = set()
        for span in actions[at].body:
            for i in range(bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)):
                if shapes[i] is not None and shapes[i] != shapes[at]:
                    found.add(shapes[i])
        return found

    def strangers(at: int) -> int:
        """How many items up to the next item coded like the one at `at` bear letter codes not numbered under its
        code ("A1", "T2" after "7.4", unlike "7.4a"): its chapter holds another scheme's items."""
        code = actions[at].action_id or ""
        end = next((i for i in range(at + 1, len(actions)) if shapes[i] == shapes[at]), len(actions))
        return sum(1 for i in range(at + 1, end) if _lettered_code(shapes[i]) and not _numbered_under(actions[i], code))

    kinds = [grouped(i) if shapes[i] is not None else set() for i in range(len(actions))]
    chapters = {_parent(actions[i].action_id) for i, k in enumerate(kinds) if _chapter_over_codes(shapes[i], k)}
    chapters |= {
        _parent(actions[i].action_id)
        for i in range(len(actions))
        if _digits_only(shapes[i]) and strangers(i) >= MIN_STRANGERS
    }
    return [
        a
        for i, a in enumerate(actions)
        if shapes[i] is None or not (kinds[i] or (_digits_only(shapes[i]) and _parent(a.action_id) in chapters))
    ]


MIN_STRANGERS = 2  # items of another scheme under a heading before it counts as a chapter; one may be a stray


def _numbered_under(item: Candidate, code: str) -> bool:
    """The item's code continues `code` ("7.4.1" or "7.4a" under "7.4"), not a number of its own ("7.41", "A1")."""
    own = item.action_id or ""
    return own.startswith(code) and (len(own) == len(code) or not own[len(code)].isdigit())


def _lettered_code(shape: str | None) -> bool:
    """A code opening on letters and holding a number ("A1", "IB-3"): a scheme apart from chapters in digits."""
    return shape is not None and shape.startswith("A") and "9" in shape


def _chapter_over_codes(shape: str | None, grouped: set[str]) -> bool:
    """A heading numbered in digits alone over items coded with letters ("7.3 Status for tiltak" over "T1", "T2"):
    a chapter of the document, whose sibling headings ("7.1 Samarbeidspartnere") are chapters too."""
    return _digits_only(shape) and any("A" in other for other in grouped)


def _digits_only(shape: str | None) -> bool:
    return shape is not None and "A" not in shape


def _parent(code: str | None) -> str:
    """The number a code is numbered under: "7" for "7.3", "" for "3"."""
    return (code or "").rpartition(".")[0]


_CODE_SHAPE = re.compile(r"\d+|[^\W\d_]+")  # a code's runs of digits and letters: "BD1" and "1.1.1" differ in shape


def _shape_of(run: re.Match[str]) -> str:
    """A run of a code as its kind alone, so codes are compared by layout, not by number."""
    return "9" if run.group().isdigit() else "A"


def captions_table(lines: list[Line], at: int, lex: Lexicon) -> bool:
    """The line at `at` is no table row and the next is a status table's header ("Nr | Tiltak | Status"): it is the
    table's chapter, theme or caption ("2.1 Transport", "Tabell 3 Status for tiltakene"), never one of its rows (the
    last row of a table right over the next one's header stays a row)."""
    if at + 1 >= len(lines) or len(structure.table_cells(lines[at])) > 1:
        return False
    header = structure.table_cells(lines[at + 1])
    return len(header) > 1 and columns(header, lex) is not None
