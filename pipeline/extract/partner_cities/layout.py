"""A document's lines and sentence units as the partner-city rules read them: where a mention sits.

Units are spaCy sentences cut at line ends (a list item or heading line stays one unit); the lines
tell headings, list items and the heading a list hangs from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.text.structure import has_list_marker, is_rule_row

_YEAR_STOP = re.compile(r"(?<=\b(?:1[89]|20)\d\d)\.[ \t]+(?=[A-ZÆØÅÄÖÜ])")
# a site's path ('Heim > Kultur > Vennskapskommunar', 'Home › Bestuur › Partnersteden'): short cells, two arrows
_CRUMBS = re.compile(r"^[ \t]*[^\n>›»]{1,60}(?:[ \t]+[>›»][ \t]+[^\n>›»]{1,60}){2,}[ \t]*$", re.MULTILINE)
_CELL_GAP = re.compile(r"[\t|]| {3,}")  # between the cells of a plain-text table row
# a field line of an entry ('Sinds ....... 1972', 'Land: Polen'): a short label, a dot leader or colon, its value
_FIELD = re.compile(r"^[^\W\d_][\w ]{0,24}?\s*(?:\.{3,}|:)\s*\S")
ROW_MIN_GAPS = 2  # a row has at least three cells: town, country, year, a remark
CONTINUATION_LINES = 2  # lines a remark cell may run on between two rows
WRAPPED_LINES = 2  # lines a prose sentence wrapped at the page width is read over, each way


@dataclass(frozen=True)
class Unit:
    """A sentence cut at line ends: the evidence a decision is read from."""

    start: int
    end: int
    line: int


@dataclass
class Layout:
    """Lines, sentence units and list blocks of one document."""

    text: str
    line_starts: list[int]
    units: list[Unit]
    heading_max_chars: int
    unit_starts: list[int] = field(default_factory=list)
    row_lines: dict[int, bool] = field(default_factory=dict, repr=False)  # memo: is_item asks once per sentence

    @classmethod
    def of(cls, doc: Doc, text: str, heading_max_chars: int) -> Layout:
        """Units are spaCy sentences cut at line ends; a list item or heading line stays one unit."""
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        layout = cls(text, line_starts, [], heading_max_chars)
        pieces: list[tuple[int, int]] = []
        for sent in doc.sents:
            for m in re.finditer(r"[^\n]+", text[sent.start_char : sent.end_char]):
                pieces += _split_after_years(sent.start_char + m.start(), m.group())
        for start, end in pieces:
            line = bisect_right(line_starts, start) - 1
            if layout.is_item(line):
                start, end = line_starts[line], layout.line_end(line)
            chunk = text[start:end]
            start, end = start + len(chunk) - len(chunk.lstrip()), end - (len(chunk) - len(chunk.rstrip()))
            if end > start and not (layout.units and layout.units[-1].start == start):
                layout.units.append(Unit(start, end, line))
        layout.unit_starts = [u.start for u in layout.units]
        return layout

    def sentence(self, index: int) -> Unit:
        """The unit with the pieces of its prose sentence wrapped onto the lines above and below ('De verbroedering
        met X werd in 1973' / 'officieel bekrachtigd.'): a piece continues the one before when that one closes no
        sentence and neither is a list item, a heading or a table row. At most WRAPPED_LINES lines each way."""
        first = last = index
        while first > 0 and index - first < WRAPPED_LINES and self.wraps_into(first - 1, first):
            first -= 1
        while last + 1 < len(self.units) and last - index < WRAPPED_LINES and self.wraps_into(last, last + 1):
            last += 1
        unit = self.units[index]
        return unit if first == last == index else Unit(self.units[first].start, self.units[last].end, unit.line)

    def wraps_into(self, before: int, after: int, from_item: bool = False) -> bool:
        """Does unit `before` run on into `after` on the next line (`from_item`: also a list item's first line)?"""
        a, b = self.units[before], self.units[after]
        return (
            b.line == a.line + 1
            and not self.unit_text(a).endswith((".", "!", "?", ":", ";"))
            and not ((self.is_item(a.line) and not from_item) or self.is_item(b.line))
            and not self.is_field(b.line)  # 'Tema: ...' under a record's wrapped 'Partnere:' opens a field of its own
        )

    def unit_at(self, offset: int) -> int:
        return max(bisect_right(self.unit_starts, offset) - 1, 0)

    def line_end(self, index: int) -> int:
        return self.line_starts[index + 1] - 1 if index + 1 < len(self.line_starts) else len(self.text)

    def line(self, index: int) -> str:
        return self.text[self.line_starts[index] : self.line_end(index)].strip()

    def unit_text(self, unit: Unit) -> str:
        return self.text[unit.start : unit.end]

    def is_heading(self, index: int) -> bool:
        line = self.line(index)
        short = bool(line) and len(line) <= self.heading_max_chars
        return short and not line.endswith(".") and not has_list_marker(line)

    def is_field(self, index: int) -> bool:
        """A field line of an entry card ('Sinds ....... 1972', 'Land: Polen'): the card's own data, no heading."""
        return bool(_FIELD.match(self.line(index)))

    def is_item(self, index: int) -> bool:
        line = self.line(index)
        short = len(line) <= self.heading_max_chars and not line.endswith((".", ":"))
        return has_list_marker(line) or short or self._table_row(index)

    def _table_row(self, index: int) -> bool:
        """A plain-text table row whose last cell is a remark sentence ('Luleå | Sverige | 1996 | Avtalen ble
        fornyet i 2016.'), or that remark running on between two rows: still an item of the table's list."""
        if self._is_row(index):
            return True
        last = len(self.line_starts) - 1
        above = any(self._is_row(i) for i in range(max(0, index - CONTINUATION_LINES), index))
        below = any(self._is_row(i) for i in range(index + 1, min(last, index + CONTINUATION_LINES) + 1))
        return above and below and bool(self.line(index))

    def is_row(self, index: int) -> bool:
        """A plain-text table row: three or more cells."""
        return self._is_row(index)

    def is_table_head(self, index: int) -> bool:
        """A table's column header or the ruler under it ('Kommune  Land  Sidan', '-----  ----'): a row of cells
        or a line of drawing only, right above the table's rows."""
        if is_rule_row(self.line(index)):
            return True
        below = index + 1 < len(self.line_starts) and (self._is_row(index + 1) or is_rule_row(self.line(index + 1)))
        return below and self._is_row(index)

    def _is_row(self, index: int) -> bool:
        if index not in self.row_lines:
            self.row_lines[index] = len(_CELL_GAP.findall(self.line(index))) >= ROW_MIN_GAPS
        return self.row_lines[index]

    def heads_above(self, line_index: int, limit: int) -> list[int]:
        """Up to `limit` heading, title, label or list-item lines right above this one, nearest first, up to the first
        paragraph of sentences: a project's heading and fact lines over its 'Partners:' line; a title is a line ending
        in no sentence mark, however long ('GrensPark – "Water Verbindt" (Interreg Vlaanderen-Nederland, 2024)')."""
        lines = []
        for index in range(line_index - 1, max(-1, line_index - 1 - limit), -1):
            title = not self.line(index).endswith((".", "!", "?"))
            if not (title or self.is_heading(index) or self.is_item(index)):
                break
            lines.append(index)
        return lines

    def heading_before(self, line_index: int) -> int | None:
        for index in range(line_index - 1, -1, -1):
            if self.is_heading(index):
                return index
        return None

    def list_heading(self, line_index: int, is_header: Callable[[str], bool] = lambda _: False) -> int | None:
        """The 'heading:' line whose list holds this line (blank lines allowed inside the list), or the first
        line above the list's items for which `is_header` holds (a table's column header 'Venskabsby, Land')."""
        index = line_index
        if not self.is_item(index):
            return None
        while index > 0:
            index -= 1
            line = self.line(index)
            if not line:
                continue
            if line.endswith(":") or (self.is_item(index) and is_header(line)):
                return index
            if not self.is_item(index):
                return None
        return None


def _split_after_years(start: int, line: str) -> list[tuple[int, int]]:
    """'... siden 1956. Byen ligger ...' is two sentences: a Norwegian tagger reads '1956.' as an ordinal
    and keeps them together, so a year with a full stop before a capital ends the unit."""
    cuts = [start] + [start + m.end() for m in _YEAR_STOP.finditer(line)]
    return list(zip(cuts, [*cuts[1:], start + len(line)], strict=True))


def breadcrumb_spans(text: str) -> list[tuple[int, int]]:
    """The lines of a site's path: navigation, so a town-named crumb ('Heim', 'Forside') or a section named after a
    partner is no mention of one."""
    return [(m.start(), m.end()) for m in _CRUMBS.finditer(text)]
